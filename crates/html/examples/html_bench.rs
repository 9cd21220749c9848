//! Dev tool: runs the benchmark and dumps per-page texts.
//! `cargo run --release -p milcoop-html --example html_bench -- DIR [OUTDIR]`
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = Path::new(
        args.get(1)
            .map(String::as_str)
            .unwrap_or("../shared/bench/article-extraction"),
    );
    let pages = milcoop_html::bench::load(dir, None).expect("load");
    let rep = std::env::var("REPEAT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let r = milcoop_html::bench::run_pages(&pages, rep);
    println!(
        "P {:.4} R {:.4} F1 {:.4}  {:.1} pages/s {:.2} MB/s  {:.1} pages/cpu-s",
        r.precision,
        r.recall,
        r.f1,
        r.pages_per_sec,
        r.mb_per_sec,
        r.pages_per_cpu_sec.unwrap_or(0.0)
    );
    if let Some(out) = args.get(2) {
        std::fs::create_dir_all(out).unwrap();
        let mut rows = r.per_page.clone();
        rows.sort_by(|a, b| a.f1.partial_cmp(&b.f1).unwrap());
        for s in &rows {
            println!(
                "{:.3} P {:.3} R {:.3} {} {}",
                s.f1,
                s.precision.unwrap_or(-1.0),
                s.recall.unwrap_or(-1.0),
                &s.id[..8],
                s.url.as_deref().unwrap_or("")
            );
        }
        for p in &pages {
            let t = milcoop_html::extract(&p.html, p.url.as_deref()).text;
            std::fs::write(format!("{out}/{}.pred.txt", &p.id[..8]), t).unwrap();
            std::fs::write(format!("{out}/{}.true.txt", &p.id[..8]), &p.truth).unwrap();
        }
    }
}
