//! # milcoop-analyze
//!
//! Sentences, gazetteer mentions and coreference for the extraction engine.

pub mod sentence;
