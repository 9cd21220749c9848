//! Attribution tests on short texts we wrote (`tests/sentences/attribution-en.tsv`).
//! Each row: the text (sentences separated by ` | `), the expected event's type,
//! actor and recipient, found among the events of the last sentence, and the
//! expected attribution as a comma-separated set (`-` for the article's own voice).
//! Every row must hold.

use milcoop_core::{EventType, Sentence, Span};
use milcoop_extract::{Engine, Input};

#[test]
fn english_attribution() {
    let path = format!(
        "{}/../../tests/sentences/attribution-en.tsv",
        env!("CARGO_MANIFEST_DIR")
    );
    let table = std::fs::read_to_string(&path).expect("attribution table");
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
            lang: "en",
            published: None,
        });
        let kind = EventType::parse(c[1]).expect("type");
        let (actor, recipient) = (opt(c[2]), opt(c[3]));
        let mut want: Vec<String> = match c[4] {
            "-" => vec![],
            s => s.split(',').map(|x| x.trim().to_string()).collect(),
        };
        want.sort();
        let hit = events.iter().find(|e| {
            e.kind == kind
                && e.actor == actor
                && e.recipient == recipient
                && text[last.start..last.end].contains(e.evidence.as_str())
        });
        match hit {
            Some(e) => {
                let mut got = e.attribution.clone();
                got.sort();
                if got != want {
                    failures.push(format!("attribution {got:?}, expected {want:?}: {}", c[0]));
                }
            }
            None => failures.push(format!("no {} {actor:?}>{recipient:?}: {}", c[1], c[0])),
        }
    }
    for f in &failures {
        println!("{f}");
    }
    assert!(failures.is_empty(), "{} of {n} rows fail", failures.len());
}
