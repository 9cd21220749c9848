//! Runs the cleaner on the dev gold articles and writes predictions for the
//! reference scorer:
//!
//! ```text
//! cargo run -p milcoop-clean --example dev_clean -- [GOLD_DIR] [OUT.jsonl]
//! python3 ../shared/eval/score.py ../shared/eval/dev pred.jsonl
//! ```
//!
//! Defaults: `../shared/eval/dev` and `pred.jsonl`. With `--diff` it also
//! prints, per article, the boilerplate lines missed and wrongly removed.
//! With `--bench N` it then cleans the articles N times over (language not
//! declared, so identification runs too) and prints articles per second.

use milcoop_core::Gold;
use milcoop_core::text::norm_ws;
use std::collections::BTreeSet;
use std::io::Write;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let diff = args.iter().any(|a| a == "--diff");
    let pos: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--bench"))
        .map(|(_, a)| a)
        .collect();
    let dir = pos.first().map_or("../shared/eval/dev", |s| s.as_str());
    let out = pos.get(1).map_or("pred.jsonl", |s| s.as_str());
    let mut files: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut w = std::io::BufWriter::new(std::fs::File::create(out)?);
    for f in &files {
        let gold: Gold = serde_json::from_str(&std::fs::read_to_string(f)?)?;
        let c = milcoop_clean::clean(&gold.article);
        let rec = serde_json::json!({
            "article": {"id": gold.article.id},
            "clean": c.clean,
            "language": c.language,
            "events": [],
        });
        writeln!(w, "{rec}")?;
        if diff {
            let g: BTreeSet<String> = gold.clean.boilerplate.iter().map(|s| norm_ws(s)).collect();
            let p: BTreeSet<String> = c.clean.boilerplate.iter().map(|s| norm_ws(s)).collect();
            let id = &gold.article.id;
            for m in g.difference(&p) {
                println!("{id} MISSED  {m:.120}");
            }
            for m in p.difference(&g) {
                println!("{id} EXTRA   {m:.120}");
            }
            if gold.clean.title.as_deref().map(norm_ws) != c.clean.title.as_deref().map(norm_ws) {
                println!(
                    "{id} TITLE   gold={:?} pred={:?}",
                    gold.clean.title, c.clean.title
                );
            }
            let mut gc: Vec<String> = gold.clean.credits.iter().map(|s| norm_ws(s)).collect();
            let mut pc: Vec<String> = c.clean.credits.iter().map(|s| norm_ws(s)).collect();
            gc.sort();
            pc.sort();
            if gc != pc {
                println!("{id} CREDITS gold={gc:?} pred={pc:?}");
            }
            if gold.clean.original_source != c.clean.original_source {
                println!(
                    "{id} SOURCE  gold={:?} pred={:?}",
                    gold.clean.original_source, c.clean.original_source
                );
            }
            println!("{id} lang {} {:.2}", c.language.code, c.language.confidence);
        }
    }
    eprintln!("{} articles -> {out}", files.len());
    if let Some(i) = args.iter().position(|a| a == "--bench") {
        let rounds: usize = args.get(i + 1).and_then(|r| r.parse().ok()).unwrap_or(200);
        let mut articles = Vec::new();
        for f in &files {
            let mut a = serde_json::from_str::<Gold>(&std::fs::read_to_string(f)?)?.article;
            a.language = None;
            articles.push(a);
        }
        let t = std::time::Instant::now();
        for _ in 0..rounds {
            for a in &articles {
                std::hint::black_box(milcoop_clean::clean(a));
            }
        }
        let n = (rounds * articles.len()) as f64;
        eprintln!(
            "{:.0} articles/s (wall clock)",
            n / t.elapsed().as_secs_f64()
        );
    }
    Ok(())
}
