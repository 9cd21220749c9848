//! # milcoop-extract
//!
//! The rule engine that turns sentences and mentions into events.
