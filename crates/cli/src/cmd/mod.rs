//! One module per sub-command.
pub mod bench;
pub mod claims;
pub mod eval;
pub mod events;
pub mod explain;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod show;
