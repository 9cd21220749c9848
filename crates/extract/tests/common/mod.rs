//! Shared by the table tests over short texts (`tests/sentences/*-*.tsv` whose
//! first column holds sentences separated by ` | `).

use milcoop_core::{Event, Sentence, Span};
use milcoop_extract::{Engine, Input};

/// The rows of a table in `tests/sentences/` (header skipped, blank lines
/// dropped), each split at tabs.
pub fn rows(name: &str) -> Vec<Vec<String>> {
    let path = format!(
        "{}/../../tests/sentences/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let table = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    table
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

/// A text whose sentences are separated by ` | `, extracted as one article
/// (one sentence a line): the text, its events and the last sentence's span.
pub fn extract_text(engine: &Engine, row: &str, lang: &str) -> (String, Vec<Event>, Span) {
    let parts: Vec<&str> = row.split(" | ").collect();
    let text = parts.join("\n");
    let mut sentences = Vec::new();
    let mut at = 0;
    for p in &parts {
        sentences.push(Sentence {
            span: Span::new(at, at + p.len()),
            headline: false,
        });
        at += p.len() + 1;
    }
    let last = sentences[sentences.len() - 1].span;
    let events = engine.extract(&Input {
        text: &text,
        sentences: &sentences,
        lang,
        published: None,
    });
    (text, events, last)
}
