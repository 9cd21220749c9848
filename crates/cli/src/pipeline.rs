//! The text pipeline for one article: clean → analyze → extract.
//!
//! [`Pipeline::new`] loads every lexicon and rule file once; [`Pipeline::process`]
//! is then pure and cheap, and can be shared across threads.

use milcoop_core::{Article, Prediction};
use milcoop_extract::{Engine, Input, SentenceTrace};

/// Loaded knowledge (gazetteers, rules), built once and shared.
pub struct Pipeline {
    engine: Engine,
    events: bool,
}

impl Default for Pipeline {
    fn default() -> Self {
        Self::new()
    }
}

impl Pipeline {
    /// Loads every lexicon. The data is compiled in, so a failure here is a
    /// defect of the build, not of the input: it panics with the file and line.
    pub fn new() -> Self {
        // the line rules of clean, built once here rather than by the first article
        milcoop_clean::preload();
        match Engine::new() {
            Ok(engine) => Pipeline {
                engine,
                events: true,
            },
            Err(e) => panic!("milcoop: embedded data is invalid: {e}"),
        }
    }

    /// A pipeline that stops after cleaning, language and sentences (for the
    /// text-pipeline benchmark without events).
    pub fn without_events(mut self) -> Self {
        self.events = false;
        self
    }

    /// Runs one article through clean, analyze and extract.
    pub fn process(&self, article: Article) -> Prediction {
        self.run(article, false).0
    }

    /// Like [`Pipeline::process`], with the engine's reasons per sentence.
    pub fn explain(&self, article: Article) -> (Prediction, Vec<SentenceTrace>) {
        self.run(article, true)
    }

    fn run(&self, article: Article, trace: bool) -> (Prediction, Vec<SentenceTrace>) {
        let cleaned = milcoop_clean::clean(&article);
        let lang = cleaned.language.code.clone();
        let mut p = Prediction {
            language: Some(cleaned.language.clone()),
            clean: cleaned.clean,
            ..Prediction::default()
        };
        if article.text.trim().is_empty() {
            p.skipped = Some("empty text".into());
            p.article = article;
            return (p, vec![]);
        }
        let split_lang = if lang == "de" { "de" } else { "en" };
        let sentences = milcoop_analyze::sentence::split(&article.text, &cleaned.body, split_lang);
        let mut traces = Vec::new();
        if !self.events {
            p.skipped = Some("extraction disabled".into());
        } else if self.engine.supports(&lang) {
            let input = Input {
                text: &article.text,
                sentences: &sentences,
                lang: &lang,
                published: article.published.as_deref(),
            };
            if trace {
                let (ev, tr) = self.engine.explain(&input);
                p.events = ev;
                traces = tr;
            } else {
                p.events = self.engine.extract(&input);
            }
        } else {
            p.skipped = Some(format!("language {lang:?} is not supported for extraction"));
        }
        p.sentences = sentences;
        p.article = article;
        (p, traces)
    }
}
