//! # milcoop-extract
//!
//! The rule engine that turns sentences and mentions into events, exactly as
//! `eval/GUIDELINES.md` decides them. The rules are data (`data/rules/`):
//! trigger words with argument frames, and cue words for status, certainty,
//! attribution and argument roles. One engine ([`Engine`]) interprets them
//! for every language.
//!
//! How an event is built, in order:
//! 1. mentions (parties, items, roles) come from `milcoop-analyze`;
//! 2. each trigger word opens a candidate event of its type;
//! 3. its frame assigns actor and recipient from the parties of its clause,
//!    by their markers (prepositions, dative articles, adjectives on item or
//!    people nouns) and their order; missing parties come from other clauses,
//!    from a pronoun's antecedent within two sentences, or from the maker of a
//!    named weapon system;
//! 4. status comes from the trigger's own form and the modal and tense cues
//!    of its clause; certainty from the hedges before the end of its clause
//!    (a hedge in a main clause covers its `dass`/`that` clause) and from
//!    negation in its clause; attribution from the sentence's speakers, a
//!    quote's speaker, or "sagte er" resolved to the last named speaker;
//! 5. items, quantity, value and time from the clause (then the sentence).

pub mod engine;
pub mod quant;
pub mod rules;
pub mod time;

pub use engine::{Engine, Input, SentenceTrace};
