//! # milcoop-clean
//!
//! Separates an article's body from site furniture, finds its title, credits
//! and original source, and identifies its language.
//!
//! Interface contract: [`clean`] never panics; every span it returns points
//! into `article.text`.

use milcoop_core::{Article, Clean, LanguageInfo, Span};

/// The cleaning result with the spans later stages need.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cleaned {
    /// The FORMAT.md `clean` record (with `text` filled).
    pub clean: Clean,
    /// Spans of the body lines in `article.text`, in order. The title line,
    /// when it is a headline of the body, is included (its events count).
    pub body: Vec<Span>,
    /// Span of the headline in `article.text`, if the text carries one.
    pub title_span: Option<Span>,
    /// The language found.
    pub language: LanguageInfo,
}

/// Cleans one article.
pub fn clean(article: &Article) -> Cleaned {
    let body = if article.text.is_empty() {
        vec![]
    } else {
        vec![Span::new(0, article.text.len())]
    };
    Cleaned {
        clean: Clean {
            text: article.text.clone(),
            ..Clean::default()
        },
        body,
        title_span: None,
        language: LanguageInfo {
            code: article.language.clone().unwrap_or_else(|| "und".into()),
            confidence: 0.0,
            supported: true,
        },
    }
}
