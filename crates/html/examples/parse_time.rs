//! Dev tool: how much of extraction time is HTML parsing.
use std::path::Path;
use std::time::Instant;
fn main() {
    let pages =
        milcoop_html::bench::load(Path::new("../shared/bench/article-extraction"), None).unwrap();
    for round in 0..2 {
        let t = Instant::now();
        let mut n = 0;
        for p in &pages {
            let d = dom_query::Document::from(p.html.as_str());
            n += d.root().children().len();
        }
        let parse = t.elapsed().as_secs_f64();
        let t = Instant::now();
        for p in &pages {
            let d = dom_query::Document::from(p.html.as_str());
            let mut r = dom_smoothie::Readability::with_document(
                d,
                None,
                Some(dom_smoothie::Config {
                    text_mode: dom_smoothie::TextMode::Formatted,
                    ..Default::default()
                }),
            )
            .unwrap();
            let _ = r.parse_with_policy(dom_smoothie::ParsePolicy::Strict);
        }
        let strict = t.elapsed().as_secs_f64();
        let t = Instant::now();
        for p in &pages {
            let _ = milcoop_html::extract(&p.html, None);
        }
        let full = t.elapsed().as_secs_f64();
        println!(
            "round {round}: parse {:.1} p/s, strict-only {:.1} p/s, full {:.1} p/s ({n})",
            pages.len() as f64 / parse,
            pages.len() as f64 / strict,
            pages.len() as f64 / full
        );
    }
}
