//! `milcoop`: turns news articles into an evidence-linked database of
//! military cooperation. Each sub-command lives in `cmd/`.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod cmd;
pub mod pipeline;

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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => cmd::extract::run(a),
        Command::Eval(a) => cmd::eval::run(a),
        Command::Bench(a) => cmd::bench::run(a),
        Command::Explain(a) => cmd::explain::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("milcoop: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
