//! `milcoop`: turns news articles into an evidence-linked database of
//! military cooperation. Each sub-command lives in `cmd/`.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod cmd;
pub mod pipeline;

/// mimalloc serves the pipeline's many small allocations faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// milcoop: military cooperation events from news articles, with evidence.
#[derive(Parser, Debug)]
#[command(name = "milcoop", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Clean and extract articles; write predictions as JSON Lines (eval/FORMAT.md).
    Extract(cmd::extract::Args),
    /// Score predictions against gold files (eval/FORMAT.md).
    Eval(cmd::eval::Args),
    /// Benchmarks: HTML extraction quality and speed, text pipeline throughput.
    Bench(cmd::bench::Args),
    /// Show, sentence by sentence, the mentions found and the rules that fired.
    Explain(cmd::explain::Args),
    /// Read, extract and store articles in the database (SQLite file or PostgreSQL URL).
    Ingest(cmd::ingest::Args),
    /// List stored events with filters, as a table, JSON, JSON Lines or CSV.
    Events(cmd::events::Args),
    /// List consolidated claims with filters, as a table, JSON, JSON Lines or CSV.
    Claims(cmd::claims::Args),
    /// Show one claim with all its evidence and sources, or one article with its events.
    Show(cmd::show::Args),
    /// Export events, claims or articles (CSV, JSON Lines, Parquet) or the actor network (GraphML).
    Export(cmd::export::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => cmd::extract::run(a),
        Command::Eval(a) => cmd::eval::run(a),
        Command::Bench(a) => cmd::bench::run(a),
        Command::Explain(a) => cmd::explain::run(a),
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Events(a) => cmd::events::run(a),
        Command::Claims(a) => cmd::claims::run(a),
        Command::Show(a) => cmd::show::run(a),
        Command::Export(a) => cmd::export::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("milcoop: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
