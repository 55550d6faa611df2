//! The `copydesk` binary: reads the command line and hands over to the checker
//! (`copydesk check`) or the language server (`copydesk lsp`).

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use copydesk::cli::CheckArgs;

/// The engine makes many small, short-lived allocations on every keystroke;
/// mimalloc serves them in a fraction of the system allocator's time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Reads news drafts like a copy editor: quotes without a speaker, unclosed
/// quotes, figures that disagree, names spelled two ways or wrong.
#[derive(Debug, Parser)]
#[command(name = "copydesk", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check drafts (files, directories, or `-` for stdin) and report findings.
    Check(CheckArgs),
    /// Run the language server over stdin/stdout.
    Lsp,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => ExitCode::from(copydesk::cli::check(&args)),
        Command::Lsp => match copydesk::server::run_stdio() {
            Ok(ending) => ending.exit_code(),
            Err(e) => {
                eprintln!("error: language server: {e:#}");
                ExitCode::from(2)
            }
        },
    }
}
