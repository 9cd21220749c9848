//! Precision probe and speed check: runs the cleaner on the human-made
//! article bodies of the extraction benchmark (pure body text, so every line
//! removed is a false positive, give or take a caption the annotators kept)
//! and prints the lines removed, then articles per second.
//!
//! ```text
//! cargo run --release -p milcoop-clean --example body_precision -- [GROUND_TRUTH_JSON]
//! ```

use milcoop_core::Article;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/bench/article-extraction/ground-truth.json".into());
    let truth: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(&path)?)?;
    let articles: Vec<Article> = truth
        .iter()
        .map(|(id, v)| Article {
            id: id.clone(),
            url: v["url"].as_str().map(str::to_string),
            text: v["articleBody"].as_str().unwrap_or("").to_string(),
            ..Article::default()
        })
        .collect();
    let (mut lines, mut removed) = (0usize, 0usize);
    for a in &articles {
        let c = milcoop_clean::clean(a);
        lines += a.text.lines().filter(|l| !l.trim().is_empty()).count();
        removed += c.clean.boilerplate.len();
        for b in &c.clean.boilerplate {
            println!("{:.12} REMOVED {:.150}", a.id, b);
        }
    }
    println!(
        "{removed} of {lines} lines removed from {} bodies",
        articles.len()
    );
    // ROUNDS=n sets the timing rounds (0 skips timing; the difference of
    // two runs' CPU time under `perf stat` gives the cost on a busy machine).
    let rounds: usize = std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(20);
    if rounds == 0 {
        return Ok(());
    }
    let t = Instant::now();
    for _ in 0..rounds {
        for a in &articles {
            std::hint::black_box(milcoop_clean::clean(a));
        }
    }
    let n = (rounds * articles.len()) as f64;
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    println!(
        "{:.0} articles/s ({:.0} bytes/article on average)",
        n / t.elapsed().as_secs_f64(),
        bytes as f64 / articles.len() as f64
    );
    let t = Instant::now();
    for _ in 0..rounds {
        for a in &articles {
            std::hint::black_box(milcoop_clean::lang::identify(&a.text, None));
        }
    }
    println!(
        "language id alone: {:.0} articles/s",
        n / t.elapsed().as_secs_f64()
    );
    Ok(())
}
