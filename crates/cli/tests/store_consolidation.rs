//! The consolidation test set through the whole pipeline: `milcoop ingest`
//! on the articles of tests/consolidation must give the expected claims.
//! (crates/store/tests/consolidation.rs checks the same claims from the
//! hand-made events, without extraction.)

use serde_json::{Value, json};
use std::path::PathBuf;
use std::process::Command;

fn set_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/consolidation")
}

fn projection(c: &Value) -> Value {
    let mut parties = vec![
        c["actor"].as_str().unwrap_or("").to_string(),
        c["recipient"].as_str().unwrap_or("").to_string(),
    ];
    if c["unordered"] == true {
        parties.sort();
    }
    let mut articles: Vec<String> = c["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_string())
        .collect();
    articles.sort();
    json!({
        "type": c["type"], "parties": parties, "items": c["items"], "time_start": c["time_start"],
        "time_end": c["time_end"], "status": c["status"], "certainty": c["certainty"],
        "contested": c["contested"], "first_article": c["first_article"], "articles": articles,
        "n_outlets": c["n_outlets"], "attributions": c["attributions"],
    })
}

#[test]
fn pipeline_consolidates_the_articles_into_the_expected_claims() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let db = db.to_str().unwrap();
    let bin = env!("CARGO_BIN_EXE_milcoop");
    let out = Command::new(bin)
        .args(["ingest", "--db", db])
        .arg(set_dir().join("articles"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = Command::new(bin)
        .args(["claims", "--db", db, "--format", "json", "--limit", "0"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let got: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let mut got: Vec<Value> = got.iter().map(projection).collect();
    let mut expected: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(set_dir().join("expected_claims.json")).unwrap(),
    )
    .unwrap();
    got.sort_by_key(|v| v.to_string());
    expected.sort_by_key(|v| v.to_string());
    let missing: Vec<String> = expected
        .iter()
        .filter(|e| !got.contains(e))
        .map(|v| v.to_string())
        .collect();
    let extra: Vec<String> = got
        .iter()
        .filter(|g| !expected.contains(g))
        .map(|v| v.to_string())
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "claims differ\nmissing:\n{}\nunexpected:\n{}",
        missing.join("\n"),
        extra.join("\n")
    );
}
