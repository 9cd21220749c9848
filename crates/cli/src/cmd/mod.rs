//! One module per sub-command.
pub mod bench;
pub mod eval;
pub mod explain;
pub mod extract;
