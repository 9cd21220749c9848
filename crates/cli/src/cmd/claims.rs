//! `milcoop claims`: consolidated claims, filtered, in a format.

use super::events::{DbArgs, FilterArgs, PageArgs, list};
use milcoop_store::Store;
use milcoop_store::output::Format;
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
    #[command(flatten)]
    page: PageArgs,
    /// Output format: table, json, jsonl, csv.
    #[arg(long, short, default_value = "table")]
    format: Format,
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = args.db.open()?;
    let mut f = args.filter.filter();
    f.article = args.article;
    list(
        &mut store,
        args.format,
        &args.page,
        &f,
        |s, f, each| s.claims_each(f, each),
        Store::count_claims,
    )
}
