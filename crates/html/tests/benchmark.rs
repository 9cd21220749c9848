//! The extraction benchmark on a handful of pages of
//! `../shared/bench/article-extraction` (skipped when absent).

use std::path::PathBuf;

fn bench_dir() -> Option<PathBuf> {
    let dir =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/bench/article-extraction");
    dir.join("ground-truth.json").exists().then_some(dir)
}

#[test]
fn f1_on_first_pages_stays_above_floor() {
    let Some(dir) = bench_dir() else {
        eprintln!("skipped: ../shared/bench/article-extraction not found");
        return;
    };
    let opts = milcoop_html::bench::BenchOptions {
        limit: Some(20),
        repeat: 1,
    };
    let report = milcoop_html::bench::run(&dir, &opts).expect("benchmark runs");
    assert_eq!(report.pages, 20);
    assert_eq!(report.per_page.len(), 20);
    eprintln!(
        "first 20 pages: P {:.4} R {:.4} F1 {:.4}",
        report.precision, report.recall, report.f1
    );
    // Measured 0.975 on these pages; the floor leaves room for small changes.
    assert!(report.f1 > 0.965, "F1 {:.4}", report.f1);
}

#[test]
fn scoring_external_predictions_matches_truth() {
    let Some(dir) = bench_dir() else {
        eprintln!("skipped: ../shared/bench/article-extraction not found");
        return;
    };
    // The ground truth scored against itself is perfect.
    let gt: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("ground-truth.json")).unwrap()).unwrap();
    let tmp = std::env::temp_dir().join(format!("milcoop-html-truth-{}.json", std::process::id()));
    std::fs::write(&tmp, serde_json::to_vec(&gt).unwrap()).unwrap();
    let report = milcoop_html::bench::score_predictions(&dir, &tmp).expect("scores");
    let _ = std::fs::remove_file(&tmp);
    assert_eq!(report.pages, 181);
    assert!((report.f1 - 1.0).abs() < 1e-12, "F1 {}", report.f1);
}
