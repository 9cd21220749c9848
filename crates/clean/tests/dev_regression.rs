//! Regression on the dev gold articles (`../shared/eval/dev`): the cleaning
//! scores, computed as `score.py` does (sets of whitespace-normalised lines,
//! exact title, credits as a sorted list, source), must stay above floors
//! set just below the figures measured when the rules were written.
//! Skipped, with a reason, when `../shared` is absent.

use milcoop_core::Gold;
use milcoop_core::text::norm_ws;
use std::collections::HashSet;
use std::path::Path;

const RECALL_FLOOR: f64 = 0.97;
const PRECISION_FLOOR: f64 = 0.97;
const TITLE_FLOOR: f64 = 0.95;
const CREDITS_FLOOR: f64 = 0.95;
const SOURCE_FLOOR: f64 = 0.95;

#[test]
fn dev_cleaning_scores() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/dev");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!(
            "skipped: {} not found (the shared eval data is absent)",
            dir.display()
        );
        return;
    };
    let mut files: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    files.sort();
    assert!(!files.is_empty(), "no gold files in {}", dir.display());
    let (mut bp_gold, mut bp_pred, mut hit) = (0usize, 0usize, 0usize);
    let (mut title_ok, mut credits_ok, mut source_ok) = (0usize, 0usize, 0usize);
    for f in &files {
        let gold: Gold = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        let c = milcoop_clean::clean(&gold.article);
        let g: HashSet<String> = gold.clean.boilerplate.iter().map(|s| norm_ws(s)).collect();
        let p: HashSet<String> = c.clean.boilerplate.iter().map(|s| norm_ws(s)).collect();
        bp_gold += g.len();
        bp_pred += p.len();
        hit += g.intersection(&p).count();
        let norm = |t: &Option<String>| norm_ws(t.as_deref().unwrap_or(""));
        title_ok += usize::from(norm(&gold.clean.title) == norm(&c.clean.title));
        let sorted = |v: &[String]| {
            let mut v: Vec<String> = v.iter().map(|s| norm_ws(s)).collect();
            v.sort();
            v
        };
        credits_ok += usize::from(sorted(&gold.clean.credits) == sorted(&c.clean.credits));
        source_ok += usize::from(gold.clean.original_source == c.clean.original_source);
    }
    let n = files.len() as f64;
    let recall = hit as f64 / bp_gold.max(1) as f64;
    let precision = hit as f64 / bp_pred.max(1) as f64;
    let (title, credits, source) = (
        title_ok as f64 / n,
        credits_ok as f64 / n,
        source_ok as f64 / n,
    );
    eprintln!(
        "clean recall {recall:.3} precision {precision:.3} title {title:.3} credits {credits:.3} source {source:.3}"
    );
    assert!(recall >= RECALL_FLOOR, "clean recall {recall:.3}");
    assert!(
        precision >= PRECISION_FLOOR,
        "clean precision {precision:.3}"
    );
    assert!(title >= TITLE_FLOOR, "title accuracy {title:.3}");
    assert!(credits >= CREDITS_FLOOR, "credits accuracy {credits:.3}");
    assert!(source >= SOURCE_FLOOR, "source accuracy {source:.3}");
}
