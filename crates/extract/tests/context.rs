//! Context tests on short German texts we wrote (`tests/sentences/context-de.tsv`):
//! an act noun in the last sentence whose sides come from the sentences before.
//! Each row: the text (sentences separated by ` | `) and the expected event's type,
//! actor and recipient, found among the events of the last sentence. Every row must hold.

use milcoop_core::{EventType, Sentence, Span};
use milcoop_extract::{Engine, Input};

#[test]
fn german_context() {
    let path = format!(
        "{}/../../tests/sentences/context-de.tsv",
        env!("CARGO_MANIFEST_DIR")
    );
    let table = std::fs::read_to_string(&path).expect("context table");
    let engine = Engine::new().expect("embedded data");
    let opt = |s: &str| (s != "-" && !s.is_empty()).then(|| s.to_string());
    let mut failures = Vec::new();
    let mut n = 0;
    for line in table.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        n += 1;
        let c: Vec<&str> = line.split('\t').collect();
        let parts: Vec<&str> = c[0].split(" | ").collect();
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
            lang: "de",
            published: None,
        });
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
                && (last.start..=last.end).contains(&text.find(e.evidence.as_str()).unwrap_or(0))
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
