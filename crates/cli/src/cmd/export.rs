//! `milcoop export`: events, claims or articles to CSV, JSON Lines or
//! Parquet; the actor network to GraphML.

use super::events::{DbArgs, FilterArgs};
use milcoop_store::{ExportFormat, ExportTable};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `milcoop export`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Format: csv, jsonl, parquet, graphml.
    #[arg(long, short)]
    format: ExportFormat,
    /// What to export: events, claims, articles, network [default: events; network for graphml].
    #[arg(long)]
    table: Option<ExportTable>,
    /// Output file (standard output when absent; required for parquet).
    #[arg(long, short)]
    out: Option<PathBuf>,
    #[command(flatten)]
    db: DbArgs,
    #[command(flatten)]
    filter: FilterArgs,
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let table = args
        .table
        .unwrap_or(if args.format == ExportFormat::Graphml {
            ExportTable::Network
        } else {
            ExportTable::Events
        });
    let mut store = args.db.open()?;
    let f = args.filter.filter();
    let n = match &args.out {
        Some(p) => {
            let file =
                std::fs::File::create(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
            store.export(table, args.format, &f, std::io::BufWriter::new(file))?
        }
        None if args.format == ExportFormat::Parquet => anyhow::bail!("parquet needs --out FILE"),
        None => store.export(
            table,
            args.format,
            &f,
            std::io::BufWriter::new(std::io::stdout()),
        )?,
    };
    let what = if table == ExportTable::Network {
        "edges"
    } else {
        "rows"
    };
    eprintln!("milcoop export: {n} {what}");
    Ok(ExitCode::SUCCESS)
}
