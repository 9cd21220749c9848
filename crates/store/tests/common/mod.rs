//! Test helpers: predictions built by hand, and every backend to run on.
#![allow(dead_code)]

use milcoop_core::*;
use milcoop_store::{Options, Store};

/// An event whose evidence is `evidence` (must occur in the text).
pub fn ev(
    kind: &str,
    actor: Option<&str>,
    recipient: Option<&str>,
    items: &[&str],
    evidence: &str,
) -> Event {
    Event {
        kind: kind.parse().unwrap(),
        actor: actor.map(Into::into),
        recipient: recipient.map(Into::into),
        items: items.iter().map(|i| i.parse().unwrap()).collect(),
        status: Status::Completed,
        certainty: Certainty::Asserted,
        attribution: vec![],
        time: None,
        quantity: None,
        value: None,
        evidence: evidence.into(),
        unordered: false,
        span: Span::default(),
        sentence: 0,
        rule: "test".into(),
        confidence: 0.9,
    }
}

/// A prediction for an article.
pub fn pred(
    id: &str,
    outlet: &str,
    date: &str,
    lang: &str,
    text: &str,
    events: Vec<Event>,
) -> Prediction {
    Prediction {
        article: Article {
            id: id.into(),
            url: None,
            outlet: Some(outlet.into()),
            title: None,
            published: Some(date.into()),
            language: Some(lang.into()),
            text: text.into(),
        },
        events,
        ..Prediction::default()
    }
}

/// A store per reachable backend: SQLite in a temp dir always; PostgreSQL
/// at `MILCOOP_PG_URL` (default the local test server) in a fresh schema,
/// skipped with a printed reason when unreachable.
pub fn backends(test: &str) -> Vec<(String, Store, Cleanup)> {
    let mut out = Vec::new();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    out.push((
        "sqlite".to_string(),
        Store::open(path.to_str().unwrap()).unwrap(),
        Cleanup::Dir(dir),
    ));
    if let Some((s, c)) = pg_store(test) {
        out.push(("postgres".to_string(), s, c));
    }
    out
}

/// What to remove when a test is done.
pub enum Cleanup {
    /// A temp dir (removed by its own Drop).
    Dir(tempfile::TempDir),
    /// A PostgreSQL schema: (url, name).
    Schema(String, String),
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        if let Cleanup::Schema(url, name) = self {
            match postgres::Client::connect(url, postgres::NoTls) {
                Ok(mut c) => {
                    if let Err(e) = c.batch_execute(&format!(
                        "SET client_min_messages TO WARNING; DROP SCHEMA IF EXISTS {name} CASCADE"
                    )) {
                        eprintln!("cleanup of schema {name}: {e}");
                    }
                }
                Err(e) => eprintln!("cleanup of schema {name}: {e}"),
            }
        }
    }
}

/// The PostgreSQL URL for tests.
pub fn pg_url() -> String {
    std::env::var("MILCOOP_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// A PostgreSQL store in a fresh schema, or None (with a printed reason).
pub fn pg_store(test: &str) -> Option<(Store, Cleanup)> {
    let url = pg_url();
    if std::env::var("MILCOOP_PG_SKIP").is_ok() {
        eprintln!("skipping PostgreSQL: MILCOOP_PG_SKIP is set");
        return None;
    }
    let schema = format!("t_{}_{}_{}", test, std::process::id(), nanos());
    match Store::open_with(
        &url,
        &Options {
            pg_schema: Some(schema.clone()),
        },
    ) {
        Ok(store) => {
            eprintln!("PostgreSQL: {url}, schema {schema}");
            Some((store, Cleanup::Schema(url, schema)))
        }
        Err(e) => {
            eprintln!("skipping PostgreSQL: {url} unreachable: {e}");
            None
        }
    }
}

fn nanos() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() % 1_000_000_000)
        .unwrap_or(0)
}
