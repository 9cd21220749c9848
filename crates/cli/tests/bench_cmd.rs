//! `milcoop bench text` and `bench ingest` run as a binary on small corpora:
//! the reports count what was processed (speed itself is never asserted).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles")
}

fn milcoop(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_milcoop"))
        .args(args)
        .output()
        .expect("run milcoop")
}

fn json_report(args: &[&str]) -> Value {
    let out = milcoop(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("a JSON report")
}

#[test]
fn text_on_the_generated_corpus_counts_articles_and_events() {
    let dense = json_report(&["bench", "text", "--articles", "40", "--json"]);
    assert_eq!(dense["articles"], 40);
    assert_eq!(dense["failed"], 0);
    assert_eq!(dense["input"], false);
    let realistic = json_report(&[
        "bench",
        "text",
        "--articles",
        "40",
        "--density",
        "realistic",
        "--json",
    ]);
    assert_eq!(realistic["articles"], 40);
    // one act sentence in four instead of every sentence
    let (d, r) = (
        dense["events"].as_u64().unwrap(),
        realistic["events"].as_u64().unwrap(),
    );
    assert!(r > 0 && r * 2 < d, "dense {d} events, realistic {r}");
}

#[test]
fn text_on_given_articles_repeats_them_to_the_count() {
    let one = examples().join("ex-de-iran-drohnen-seeweg.txt");
    let run = |n: &str, path: &Path| {
        json_report(&[
            "bench",
            "text",
            "--articles",
            n,
            "--input",
            path.to_str().unwrap(),
            "--json",
        ])
    };
    let once = run("1", &one);
    assert_eq!(once["input"], true);
    assert_eq!(once["articles"], 1);
    let events = once["events"].as_u64().unwrap();
    assert!(events > 0);
    let thrice = run("3", &one);
    assert_eq!(thrice["articles"], 3);
    assert_eq!(thrice["events"].as_u64().unwrap(), 3 * events);
    // a folder of every input form
    let folder = run("50", &examples());
    assert_eq!(folder["articles"], 50);
    assert_eq!(folder["failed"], 0);
    assert!(folder["events"].as_u64().unwrap() > 50);
}

#[test]
fn text_with_unreadable_input_fails_with_a_message() {
    let out = milcoop(&[
        "bench",
        "text",
        "--articles",
        "5",
        "--input",
        "/nonexistent/milcoop-bench-input",
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("milcoop-bench-input"), "{err}");
}

#[test]
fn ingest_stores_the_generated_corpus() {
    let r = json_report(&[
        "bench",
        "ingest",
        "--articles",
        "300",
        "--density",
        "realistic",
        "--json",
    ]);
    assert_eq!(r["articles"], 300);
    assert!(r["events"].as_u64().unwrap() > 300);
    assert!(r["claims"].as_u64().unwrap() > 0);
    assert!(r["stored"].as_u64().unwrap() + r["duplicates"].as_u64().unwrap() <= 300);
}
