//! The text pipeline for one article: clean → analyze → extract.

use milcoop_core::{Article, Prediction};

/// Loaded knowledge (gazetteers, rules), built once and shared.
#[derive(Default)]
pub struct Pipeline {}

impl Pipeline {
    /// Loads every lexicon.
    pub fn new() -> Self {
        Pipeline {}
    }

    /// Runs one article through clean, analyze and extract.
    pub fn process(&self, article: Article) -> Prediction {
        let cleaned = milcoop_clean::clean(&article);
        Prediction {
            language: Some(cleaned.language.clone()),
            clean: cleaned.clean,
            article,
            ..Prediction::default()
        }
    }
}
