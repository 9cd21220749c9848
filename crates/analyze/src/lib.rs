//! # milcoop-analyze
//!
//! Sentences, tokens, gazetteer mentions and coreference for the extraction
//! engine. The knowledge (gazetteers, item words, role nouns) lives in data
//! files under `data/` at the workspace root, embedded at compile time and
//! loaded once into Aho-Corasick automata ([`lexicon::Lexicon`]).

pub mod lexicon;
pub mod mention;
pub mod sentence;
pub mod token;

pub use lexicon::Lexicon;
pub use mention::{Mention, MentionKind, PartyKind};
pub use token::{Token, lower_same_len};
