//! The language server: keeps open drafts in ropes, runs the engine on every
//! change and publishes versioned diagnostics and quick-fixes.

pub async fn run_stdio() {}
