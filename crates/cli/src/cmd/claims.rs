//! `milcoop claims`: consolidated claims, filtered, in a format.

use super::events::{DbArgs, FilterArgs};
use milcoop_store::output::{Format, write_rows};
use std::process::ExitCode;

/// Arguments of `milcoop claims`.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    db: DbArgs,
    #[command(flatten)]
    filter: FilterArgs,
    /// Only claims reported by this article.
    #[arg(long)]
    article: Option<String>,
    /// At most this many rows, latest first report first (0: all).
    #[arg(long, default_value_t = 100)]
    limit: usize,
    /// Output format: table, json, jsonl, csv.
    #[arg(long, short, default_value = "table")]
    format: Format,
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = args.db.open()?;
    let mut f = args.filter.filter(args.limit);
    f.article = args.article;
    let rows = store.claims(&f)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    write_rows(&rows, args.format, &mut out)?;
    std::io::Write::flush(&mut out)?;
    Ok(ExitCode::SUCCESS)
}
