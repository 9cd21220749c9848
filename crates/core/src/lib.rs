//! # milcoop-core
//!
//! The domain model shared by every stage of the milcoop pipeline
//! (ingest → clean → analyze → extract → consolidate → store):
//! [`Article`] as it arrives, [`Clean`] as the cleaning stage leaves it,
//! [`Event`] as extraction finds it, and [`Prediction`], the JSON Lines record
//! of `milcoop extract`, whose shape is `eval/FORMAT.md`'s.
//!
//! Every offset in this crate is a byte offset into `Article::text` as it
//! arrived, so evidence is always verbatim (see [`Span`]).

pub mod dfa;
pub mod ids;
pub mod model;
pub mod span;
pub mod text;

pub use model::*;
pub use span::Span;
