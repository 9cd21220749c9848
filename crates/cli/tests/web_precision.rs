//! Precision check on real web pages that are mostly not about military cooperation
//! (`../shared/bench/article-extraction/html`: 181 general news pages). Nearly every
//! event found there is a false positive (trade deals, peace talks, a house bought, a
//! rocket that delivers cargo), so the number of events must stay under a ceiling set
//! just above the figure measured when it was set. The pages live outside the
//! repository; where they are absent the test is skipped with a printed reason.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Events extracted from the 181 pages when the ceiling was set: 46 (94 before the
/// precision rules of this change). A rule that adds
/// events there is most likely firing on words of another sense.
const CEILING: usize = 48;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn web_pages_yield_few_events() {
    let html = root().join("../shared/bench/article-extraction/html");
    if !html.is_dir() {
        eprintln!(
            "skipped: {} is absent (the shared bench pages are only on the project's machines)",
            html.display()
        );
        return;
    }
    let out_file =
        std::env::temp_dir().join(format!("milcoop-web181-{}.jsonl", std::process::id()));
    let out = Command::new(env!("CARGO_BIN_EXE_milcoop"))
        .arg("extract")
        .arg(&html)
        .arg("-o")
        .arg(&out_file)
        .output()
        .expect("run milcoop extract");
    assert!(
        out.status.success(),
        "milcoop extract failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&out_file).expect("extract output");
    let _ = std::fs::remove_file(&out_file);
    let mut articles = 0;
    let mut events = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        articles += 1;
        events += v["events"].as_array().map_or(0, Vec::len);
    }
    assert_eq!(articles, 181, "one output line per page");
    assert!(
        events <= CEILING,
        "{events} events on the {articles} web pages, above the ceiling {CEILING}: \
         new events there are usually false positives (compare the runs with pdiff)"
    );
}
