//! Attribution tests on short texts we wrote (`tests/sentences/attribution-en.tsv`).
//! Each row: the text (sentences separated by ` | `), the expected event's type,
//! actor and recipient, found among the events of the last sentence, and the
//! expected attribution as a comma-separated set (`-` for the article's own voice).
//! Every row must hold.

mod common;

use milcoop_core::EventType;
use milcoop_extract::Engine;

#[test]
fn english_attribution() {
    let engine = Engine::new().expect("embedded data");
    let opt = |s: &str| (s != "-" && !s.is_empty()).then(|| s.to_string());
    let mut failures = Vec::new();
    let rows = common::rows("attribution-en.tsv");
    let n = rows.len();
    for row in &rows {
        let c: Vec<&str> = row.iter().map(String::as_str).collect();
        let (text, events, last) = common::extract_text(&engine, c[0], "en");
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
