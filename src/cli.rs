//! The command line: `copydesk check` renders findings for people (rustc style)
//! or machines (JSON).
