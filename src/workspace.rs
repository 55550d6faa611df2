//! Workspace: finds the `copydesk.toml` that governs a draft (from its folder
//! upwards) and reads it and the reference lists it names (the engine's I/O).
