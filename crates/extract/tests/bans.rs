//! Bans and routes on sentences we wrote (`tests/sentences/bans-{de,en}.tsv`): an
//! export under a verb of banning is a sanction of the banning party against the
//! destination, lifting a ban is none, and a place or firm an export passes through
//! is a route, not the supplier. Each row lists every event of its sentence.

mod common;

use milcoop_extract::Engine;

#[test]
fn german_bans_and_routes() {
    check("bans-de.tsv", "de");
}

#[test]
fn english_bans_and_routes() {
    check("bans-en.tsv", "en");
}

fn check(file: &str, lang: &str) {
    let engine = Engine::new().expect("embedded data");
    let mut failures = Vec::new();
    for row in common::rows(file) {
        let (_, events, _) = common::extract_text(&engine, &row[0], lang);
        // "noactor ARM KGZ": no event of the row has one of these parties as its actor
        if let Some(ids) = row[1].strip_prefix("noactor ") {
            let bad: Vec<&str> = ids.split(' ').collect();
            if events
                .iter()
                .any(|e| e.actor.as_deref().is_some_and(|a| bad.contains(&a)))
            {
                failures.push(format!("{}\n  a route's place acts: {events:?}", row[0]));
            }
            continue;
        }
        let mut got: Vec<String> = events
            .iter()
            .map(|e| {
                format!(
                    "{} {}>{} {} {}",
                    e.kind,
                    e.actor.as_deref().unwrap_or("-"),
                    e.recipient.as_deref().unwrap_or("-"),
                    e.status,
                    e.certainty
                )
            })
            .collect();
        got.sort();
        got.dedup();
        let mut want: Vec<String> = if row[1] == "none" {
            vec![]
        } else {
            row[1].split(" ; ").map(str::to_string).collect()
        };
        want.sort();
        if got != want {
            failures.push(format!("{}\n  want {want:?}\n  got  {got:?}", row[0]));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
