//! `milcoop explain FILE`: each sentence with the mentions found, the rules
//! that fired (and the event each made), and why a trigger did not make an
//! event, so an analyst or a lexicon author sees why.

use crate::pipeline::Pipeline;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `milcoop explain`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// An article file (any input form milcoop reads); every article in it is explained.
    pub file: PathBuf,
    /// Only sentences whose text contains this string.
    #[arg(long)]
    pub grep: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let pipeline = Pipeline::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = 0;
    for rec in milcoop_ingest::read(std::slice::from_ref(&args.file), &Default::default()) {
        let article = match rec {
            Ok((_, a)) => a,
            Err(e) => {
                eprintln!("milcoop: {e}");
                failed += 1;
                continue;
            }
        };
        let (pred, traces) = pipeline.explain(article);
        let text = &pred.article.text;
        if args.json {
            let v = serde_json::json!({
                "id": pred.article.id,
                "language": pred.language,
                "skipped": pred.skipped,
                "sentences": traces.iter().map(|t| serde_json::json!({
                    "index": t.index, "span": t.span, "text": t.span.slice(text),
                    "mentions": t.mentions.iter().map(|(s, d)| serde_json::json!({"span": s, "text": s.slice(text), "what": d})).collect::<Vec<_>>(),
                    "fired": t.fired, "misses": t.misses, "attribution": t.attribution,
                })).collect::<Vec<_>>(),
                "events": pred.events,
            });
            writeln!(out, "{v}")?;
            continue;
        }
        let lang = pred
            .language
            .as_ref()
            .map(|l| l.code.as_str())
            .unwrap_or("und");
        writeln!(
            out,
            "# {} ({lang}){}",
            pred.article.id,
            pred.skipped
                .as_deref()
                .map(|s| format!(": skipped, {s}"))
                .unwrap_or_default()
        )?;
        if let Some(t) = &pred.clean.title {
            writeln!(out, "title: {t}")?;
        }
        for b in &pred.clean.boilerplate {
            writeln!(out, "boilerplate: {b}")?;
        }
        for t in &traces {
            let st = t.span.slice(text).unwrap_or("");
            if args.grep.as_deref().is_some_and(|g| !st.contains(g)) {
                continue;
            }
            writeln!(out, "\n[{}] {st}", t.index)?;
            for (s, d) in &t.mentions {
                writeln!(out, "    mention {:?}: {d}", s.slice(text).unwrap_or(""))?;
            }
            if !t.attribution.is_empty() {
                writeln!(out, "    source: {}", t.attribution.join(", "))?;
            }
            for f in &t.fired {
                writeln!(out, "  + {f}")?;
            }
            for m in &t.misses {
                writeln!(out, "  - {m}")?;
            }
        }
        writeln!(out, "\nevents: {}", pred.events.len())?;
        for e in &pred.events {
            writeln!(
                out,
                "  {} {} → {} [{}] {} {} src={:?} rule={} | {}",
                e.kind,
                e.actor.as_deref().unwrap_or("∅"),
                e.recipient.as_deref().unwrap_or("∅"),
                e.items
                    .iter()
                    .map(|i| i.as_str())
                    .collect::<Vec<_>>()
                    .join(","),
                e.status,
                e.certainty,
                e.attribution,
                e.rule,
                e.evidence
            )?;
        }
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
