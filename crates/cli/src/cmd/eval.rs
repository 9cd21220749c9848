//! `milcoop eval --gold DIR [--pred FILE] [--json] [--per-article]`: scores
//! predictions against gold files with `eval/score.py`'s rules and output.
//!
//! Without `--pred`, the pipeline runs on the gold articles itself, reading
//! only each gold file's `article` (what a system under test receives).
//!
//! Exit status: 0 when scored, 1 when scored but some prediction lines could
//! not be read (each is named on standard error), 2 when the arguments are
//! unusable (no such gold folder or predictions file).

use crate::pipeline::Pipeline;
use anyhow::Context;
use milcoop_eval::{GoldSet, load_predictions, score};
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `milcoop eval`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Folder of gold files (`*.json`, eval/FORMAT.md).
    #[arg(long)]
    pub gold: PathBuf,
    /// Predictions as JSON Lines; without it, the pipeline runs on the gold articles.
    #[arg(long)]
    pub pred: Option<PathBuf>,
    /// Print the scores as JSON (score.py --json's shape).
    #[arg(long)]
    pub json: bool,
    /// Also score each article on its own.
    #[arg(long)]
    pub per_article: bool,
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let gold = GoldSet::load(&args.gold).context("cannot read the gold files")?;
    let mut bad_lines = 0usize;
    let predictions: HashMap<String, serde_json::Value> = match &args.pred {
        Some(path) => {
            let p = load_predictions(path).context("cannot read the predictions")?;
            for e in &p.errors {
                eprintln!("milcoop eval: {e}");
            }
            bad_lines = p.errors.len();
            p.by_id
        }
        None => {
            let pipeline = Pipeline::new();
            let mut out = HashMap::new();
            for (article, (id, _)) in gold.articles().into_iter().zip(gold.records()) {
                match article {
                    Ok(a) => {
                        let p = pipeline.process(a);
                        out.insert(id.clone(), serde_json::to_value(&p)?);
                    }
                    Err(e) => eprintln!("milcoop eval: {e}"),
                }
            }
            out
        }
    };
    let report = score(&gold, &predictions, args.per_article);
    if args.json {
        println!("{}", report.to_json());
    } else {
        print!("{}", report.to_table());
    }
    if bad_lines > 0 {
        eprintln!("milcoop eval: {bad_lines} prediction lines could not be read");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
