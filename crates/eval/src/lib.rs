//! # milcoop-eval
//!
//! Scores predictions against gold files exactly as `eval/FORMAT.md` defines.
