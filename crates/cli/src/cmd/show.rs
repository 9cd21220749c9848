//! `milcoop show CLAIM|ARTICLE`: one claim with every sentence that
//! asserts, hedges or denies it and who said it where; or one article with
//! its events.

use super::events::DbArgs;
use milcoop_store::EventRow;
use std::io::Write;
use std::process::ExitCode;

/// Arguments of `milcoop show`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// A claim id (`c-...`) or an article id.
    pub id: String,
    #[command(flatten)]
    db: DbArgs,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("?")
}

/// The sentence with the evidence marked by `»…«`.
fn marked(e: &EventRow) -> String {
    match e.sentence.find(&e.evidence) {
        Some(i) => format!(
            "{}»{}«{}",
            &e.sentence[..i],
            &e.evidence,
            &e.sentence[i + e.evidence.len()..]
        ),
        None => format!("»{}«", e.evidence),
    }
}

fn source(e: &EventRow) -> String {
    let by = if e.attribution.is_empty() {
        "the article".to_string()
    } else {
        e.attribution.join(", ")
    };
    format!(
        "{} {} [{}] {}/{}, according to {}",
        opt(&e.published),
        opt(&e.outlet),
        e.article_id,
        e.certainty,
        e.status,
        by
    )
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = args.db.open()?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if let Some(c) = store.claim(&args.id)? {
        if args.json {
            serde_json::to_writer_pretty(&mut out, &c)?;
            writeln!(out)?;
        } else {
            let k = &c.claim;
            writeln!(
                out,
                "claim {}: {} {} -> {}",
                k.id,
                k.kind,
                opt(&k.actor),
                opt(&k.recipient)
            )?;
            writeln!(out, "  items:      {}", k.items.join(", "))?;
            writeln!(
                out,
                "  time:       {}{}",
                opt(&k.time_start),
                k.time_end
                    .as_deref()
                    .map(|e| format!(" .. {e}"))
                    .unwrap_or_default()
            )?;
            let hist: Vec<String> = k
                .status_history
                .iter()
                .map(|p| format!("{} {}", p.date.as_deref().unwrap_or("?"), p.status))
                .collect();
            writeln!(out, "  status:     {} ({})", k.status, hist.join(" -> "))?;
            writeln!(
                out,
                "  certainty:  {}{}",
                k.certainty,
                if k.contested { ", CONTESTED" } else { "" }
            )?;
            writeln!(
                out,
                "  first:      {} [{}]",
                opt(&k.first_reported),
                k.first_article
            )?;
            writeln!(
                out,
                "  sources:    {} events, {} articles, {} independent outlets",
                k.n_events, k.n_articles, k.n_outlets
            )?;
            writeln!(out, "  outlets:    {}", k.outlets.join(", "))?;
            writeln!(out, "  attributed: {}", k.attributions.join(", "))?;
            writeln!(out)?;
            for e in &c.events {
                writeln!(out, "- {}", source(e))?;
                writeln!(out, "  {}", marked(e))?;
            }
        }
    } else if let Some(a) = store.article(&args.id)? {
        if args.json {
            serde_json::to_writer_pretty(&mut out, &a)?;
            writeln!(out)?;
        } else {
            writeln!(
                out,
                "article {}: {}",
                a.id,
                a.title.as_deref().unwrap_or("(no title)")
            )?;
            writeln!(
                out,
                "  outlet:    {}  published: {}  language: {}",
                opt(&a.outlet),
                opt(&a.published),
                opt(&a.language)
            )?;
            if let Some(u) = &a.url {
                writeln!(out, "  url:       {u}")?;
            }
            if let Some(d) = &a.duplicate_of {
                writeln!(
                    out,
                    "  copy of:   {d} ({}); its events count there",
                    opt(&a.duplicate_kind)
                )?;
            }
            if !a.duplicates.is_empty() {
                writeln!(out, "  copies:    {}", a.duplicates.join(", "))?;
            }
            if let Some(s) = &a.skipped {
                writeln!(out, "  skipped:   {s}")?;
            }
            writeln!(out, "  events:    {}", a.events.len())?;
            writeln!(out)?;
            for e in &a.events {
                writeln!(
                    out,
                    "- {} {} {} -> {} [{}] {}/{} claim {}",
                    e.id,
                    e.kind,
                    opt(&e.actor),
                    opt(&e.recipient),
                    e.items.join(" "),
                    e.certainty,
                    e.status,
                    e.claim_id
                )?;
                writeln!(out, "  {}", marked(e))?;
            }
        }
    } else {
        out.flush()?;
        eprintln!("milcoop show: no claim or article {:?}", args.id);
        return Ok(ExitCode::from(1));
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
