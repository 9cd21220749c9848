//! `milcoop eval` run as a binary on the eval crate's hand-made fixtures.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../eval/tests/fixtures")
}

fn milcoop(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_milcoop"))
        .args(args)
        .output()
        .expect("run milcoop")
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn json_output_has_the_fixture_scores() {
    let (gold, pred) = (fixtures().join("gold"), fixtures().join("pred.jsonl"));
    let out = milcoop(&[
        "eval",
        "--gold",
        path(&gold),
        "--pred",
        path(&pred),
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["all"]["matched"], 6);
    assert_eq!(v["de"]["gold"], 3);
    assert!((v["all"]["f1"].as_f64().unwrap() - 12.0 / 19.0).abs() < 1e-12);
    assert!(v["en"]["acc_value"].is_null());
    assert!(v.get("per_article").is_none());
}

#[test]
fn per_article_table() {
    let (gold, pred) = (fixtures().join("gold"), fixtures().join("pred.jsonl"));
    let out = milcoop(&[
        "eval",
        "--gold",
        path(&gold),
        "--pred",
        path(&pred),
        "--per-article",
    ]);
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.starts_with(&format!("{:22}{:>10}{:>10}{:>10}\n", "", "all", "en", "de")),
        "{table}"
    );
    assert!(
        table.contains("\nrelaxed_f1                 0.737     0.667     0.857\n"),
        "{table}"
    );
    assert!(
        table.contains("\na3             gold   1 pred   0 matched   0 f1 0.000\n"),
        "{table}"
    );
    let out = milcoop(&[
        "eval",
        "--gold",
        path(&gold),
        "--pred",
        path(&pred),
        "--per-article",
        "--json",
    ]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["per_article"]["a4"]["matched"], 1);
}

#[test]
fn bad_prediction_line_is_named_and_the_rest_scored() {
    let dir = tempfile::tempdir().unwrap();
    let pred = dir.path().join("pred.jsonl");
    let good = std::fs::read_to_string(fixtures().join("pred.jsonl")).unwrap();
    let mut lines: Vec<&str> = good.lines().collect();
    lines.insert(1, "{\"article\": {\"id\": \"a9\"}, \"events\": [");
    std::fs::write(&pred, lines.join("\n")).unwrap();
    let gold = fixtures().join("gold");
    let out = milcoop(&[
        "eval",
        "--gold",
        path(&gold),
        "--pred",
        path(&pred),
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{}:2:", pred.display())), "{err}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["all"]["matched"], 6);
}

#[test]
fn unusable_arguments_exit_2() {
    let out = milcoop(&["eval", "--gold", "/nonexistent/gold"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/gold"));
    let gold = fixtures().join("gold");
    let out = milcoop(&[
        "eval",
        "--gold",
        path(&gold),
        "--pred",
        "/nonexistent/pred.jsonl",
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn without_pred_the_pipeline_runs_on_the_gold_articles() {
    let gold = fixtures().join("gold");
    let out = milcoop(&["eval", "--gold", path(&gold), "--json", "--per-article"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["all"]["articles"], 4);
    assert_eq!(v["all"]["gold"], 9);
    assert_eq!(v["per_article"].as_object().unwrap().len(), 4);
}
