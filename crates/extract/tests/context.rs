//! Context tests on short German and English texts we wrote
//! (`tests/sentences/context-de.tsv`, `context-en.tsv`):
//! an act noun in the last sentence whose sides come from the sentences before.
//! Each row: the text (sentences separated by ` | `) and the expected event's type,
//! actor and recipient, found among the events of the last sentence; a row of type
//! `none` (a look-alike where the context must not be used) expects no event from the
//! last sentence. Every row must hold.

mod common;

use milcoop_core::EventType;
use milcoop_extract::Engine;

#[test]
fn german_context() {
    context_rows("context-de.tsv", "de");
}

#[test]
fn english_context() {
    context_rows("context-en.tsv", "en");
}

fn context_rows(file: &str, lang: &str) {
    let engine = Engine::new().expect("embedded data");
    let opt = |s: &str| (s != "-" && !s.is_empty()).then(|| s.to_string());
    let mut failures = Vec::new();
    let rows = common::rows(file);
    let n = rows.len();
    for row in &rows {
        let c: Vec<&str> = row.iter().map(String::as_str).collect();
        let (text, events, last) = common::extract_text(&engine, c[0], lang);
        let in_last = |e: &milcoop_core::Event| {
            (last.start..=last.end).contains(&text.find(e.evidence.as_str()).unwrap_or(0))
        };
        // a look-alike: the context must not be used, no event in the last sentence
        if c[1] == "none" {
            let got: Vec<String> = events
                .iter()
                .filter(|e| in_last(e))
                .map(|e| {
                    format!(
                        "{:?} {:?}>{:?} '{}'",
                        e.kind, e.actor, e.recipient, e.evidence
                    )
                })
                .collect();
            if !got.is_empty() {
                failures.push(format!("expected none: {} (got {got:?})", c[0]));
            }
            continue;
        }
        let kind = EventType::parse(c[1]).expect("type");
        let (actor, recipient) = (opt(c[2]), opt(c[3]));
        let unordered = matches!(
            kind,
            EventType::JointProduction | EventType::Meeting | EventType::Agreement
        );
        let hit = events.iter().any(|e| {
            e.kind == kind
                && ((e.actor == actor && e.recipient == recipient)
                    || (unordered && e.actor == recipient && e.recipient == actor))
                && e.evidence.as_str().len() < 200
                && in_last(e)
        });
        if !hit {
            let got: Vec<String> = events
                .iter()
                .map(|e| {
                    format!(
                        "{:?} {:?}>{:?} '{}'",
                        e.kind, e.actor, e.recipient, e.evidence
                    )
                })
                .collect();
            failures.push(format!(
                "no {} {actor:?}>{recipient:?}: {} (got {got:?})",
                c[1], c[0]
            ));
        }
    }
    for f in &failures {
        println!("{f}");
    }
    assert!(failures.is_empty(), "{} of {n} rows fail", failures.len());
}
