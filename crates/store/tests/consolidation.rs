//! The consolidation test set (tests/consolidation): 24 short articles we
//! wrote, in German and English, several outlets reporting a few acts in
//! different words, with hedges, denials and syndicated copies; the events a
//! correct extractor produces for them (events.jsonl); and the claims they
//! must consolidate into (expected_claims.json). Run on every backend.

mod common;
use milcoop_core::{Article, Event, Prediction};
use milcoop_store::{ClaimRow, Filter, Store};
use serde_json::{Value, json};
use std::path::PathBuf;

fn set_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/consolidation")
}

/// The articles with their hand-made events, in file-name order.
fn predictions() -> Vec<Prediction> {
    let dir = set_dir();
    let mut events: std::collections::HashMap<String, Vec<Event>> = Default::default();
    for line in std::fs::read_to_string(dir.join("events.jsonl"))
        .unwrap()
        .lines()
    {
        let v: Value = serde_json::from_str(line).unwrap();
        let evs: Vec<Event> = serde_json::from_value(v["events"].clone()).unwrap();
        events.insert(v["id"].as_str().unwrap().to_string(), evs);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            let article: Article =
                serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
            let events = events
                .remove(&article.id)
                .expect("events for every article");
            Prediction {
                article,
                events,
                ..Prediction::default()
            }
        })
        .collect()
}

/// The fields of a claim the test set fixes; unordered parties sorted.
pub fn projection(c: &ClaimRow) -> Value {
    let mut parties = vec![
        c.actor.clone().unwrap_or_default(),
        c.recipient.clone().unwrap_or_default(),
    ];
    if c.unordered {
        parties.sort();
    }
    let mut articles = c.articles.clone();
    articles.sort();
    json!({
        "type": c.kind, "parties": parties, "items": c.items, "time_start": c.time_start,
        "time_end": c.time_end, "status": c.status, "certainty": c.certainty, "contested": c.contested,
        "first_article": c.first_article, "articles": articles, "n_outlets": c.n_outlets,
        "attributions": c.attributions,
    })
}

fn sorted(mut v: Vec<Value>) -> Vec<Value> {
    v.sort_by_key(|x| x.to_string());
    v
}

/// Compares a store's claims with the expected ones, naming every difference.
pub fn check(store: &mut Store, name: &str) {
    let expected: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(set_dir().join("expected_claims.json")).unwrap(),
    )
    .unwrap();
    let got: Vec<Value> = store
        .claims(&Filter::default())
        .unwrap()
        .iter()
        .map(projection)
        .collect();
    let (expected, got) = (sorted(expected), sorted(got));
    let missing: Vec<&Value> = expected.iter().filter(|e| !got.contains(e)).collect();
    let extra: Vec<&Value> = got.iter().filter(|g| !expected.contains(g)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{name}: claims differ\nmissing:\n{}\nunexpected:\n{}",
        missing
            .iter()
            .map(|v| v.to_string())
            .collect::<Vec<_>>()
            .join("\n"),
        extra
            .iter()
            .map(|v| v.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn hand_made_events_consolidate_into_the_expected_claims() {
    let preds = predictions();
    assert!(preds.len() >= 20);
    for (name, mut store, _cleanup) in common::backends("consolidation") {
        // incrementally, a few articles at a time, as they would arrive
        for chunk in preds.chunks(5) {
            let r = store.ingest(chunk).unwrap();
            assert!(r.errors().is_empty(), "{name}: {:?}", r.errors());
        }
        check(&mut store, &name);
        let c = store.counts().unwrap();
        assert_eq!(c.duplicates, 3, "{name}: cs-06, cs-07 and cs-21 are copies");
    }
}

#[test]
fn arrival_order_does_not_change_the_claims() {
    let mut preds = predictions();
    preds.reverse();
    for (name, mut store, _cleanup) in common::backends("consolidation_rev") {
        // reversed, the copies come first and the originals are the copies;
        // the claims must be the same up to which copy is counted
        let r = store.ingest(&preds).unwrap();
        assert!(r.errors().is_empty(), "{name}: {:?}", r.errors());
        let got = store.claims(&Filter::default()).unwrap();
        assert_eq!(got.len(), 11, "{name}");
        let a = got
            .iter()
            .find(|c| c.kind == "supply" && c.items == ["uav"])
            .unwrap();
        assert_eq!(a.n_outlets, 5, "{name}");
        assert!(a.contested, "{name}");
        assert_eq!(a.first_article, "cs-03", "{name}");
    }
}
