//! `milcoop ingest PATH...`: read, extract and store articles.
//!
//! A reader thread reads, extracts and prepares (hashes, MinHash, checks:
//! all pure CPU), the main thread writes batches to the store, one
//! transaction each, so the two cores overlap. A killed ingest loses at most the batch in flight;
//! running it again skips every stored article, so the end state equals a
//! clean run's.

use super::events::DbArgs;
use crate::pipeline::Pipeline;
use milcoop_core::Prediction;
use milcoop_store::{Outcome, Prepared, prepare};
use std::io::BufRead;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `milcoop ingest`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files, folders, or `-` for standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    db: DbArgs,
    /// The inputs are predictions (JSON Lines of `milcoop extract`): store them as they are.
    #[arg(long)]
    predictions: bool,
    /// Articles per transaction. Larger batches write each changed index
    /// page once for more rows; a killed ingest redoes at most one.
    #[arg(long, default_value_t = 5000)]
    batch: usize,
    /// Print nothing but errors and the summary.
    #[arg(long, short)]
    quiet: bool,
}

/// One item from the reader thread.
enum Item {
    Batch(Vec<Prepared>),
    Error(String),
}

fn read_predictions(paths: &[PathBuf], batch: usize, tx: &std::sync::mpsc::SyncSender<Item>) {
    let mut buf = Vec::with_capacity(batch);
    for path in paths {
        let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            match std::fs::File::open(path) {
                Ok(f) => Box::new(std::io::BufReader::new(f)),
                Err(e) => {
                    let _ = tx.send(Item::Error(format!("{}: {e}", path.display())));
                    continue;
                }
            }
        };
        for (n, line) in reader.lines().enumerate() {
            let line = match line {
                Ok(l) => l,
                Err(e) => {
                    let _ = tx.send(Item::Error(format!("{}:{}: {e}", path.display(), n + 1)));
                    break;
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<Prediction>(&line) {
                Ok(p) => {
                    buf.push(prepare(p));
                    if buf.len() >= batch && tx.send(Item::Batch(std::mem::take(&mut buf))).is_err()
                    {
                        return;
                    }
                }
                Err(e) => {
                    let _ = tx.send(Item::Error(format!("{}:{}: {e}", path.display(), n + 1)));
                }
            }
        }
    }
    if !buf.is_empty() {
        let _ = tx.send(Item::Batch(buf));
    }
}

fn read_articles(paths: &[PathBuf], batch: usize, tx: &std::sync::mpsc::SyncSender<Item>) {
    let pipeline = Pipeline::new();
    let mut buf = Vec::with_capacity(batch);
    for rec in milcoop_ingest::read(paths, &Default::default()) {
        match rec {
            Ok((_origin, article)) => {
                buf.push(prepare(pipeline.process(article)));
                if buf.len() >= batch && tx.send(Item::Batch(std::mem::take(&mut buf))).is_err() {
                    return;
                }
            }
            Err(e) => {
                let _ = tx.send(Item::Error(e.to_string()));
            }
        }
    }
    if !buf.is_empty() {
        let _ = tx.send(Item::Batch(buf));
    }
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = args.db.open()?;
    let batch = args.batch.max(1);
    // two batches ready while one is written: the reader stays ahead
    // without holding many batches in memory
    let (tx, rx) = std::sync::mpsc::sync_channel::<Item>(2);
    let paths = args.paths.clone();
    let predictions = args.predictions;
    let reader = std::thread::spawn(move || {
        if predictions {
            read_predictions(&paths, batch, &tx)
        } else {
            read_articles(&paths, batch, &tx)
        }
    });
    let started = std::time::Instant::now();
    let (mut stored, mut dups, mut events, mut unchanged, mut conflicts, mut failed) =
        (0u64, 0u64, 0u64, 0u64, 0u64, 0u64);
    for item in rx {
        match item {
            Item::Error(e) => {
                eprintln!("milcoop: {e}");
                failed += 1;
            }
            Item::Batch(preds) => {
                let report = store.ingest_prepared(&preds)?;
                for (id, o) in &report.outcomes {
                    match o {
                        Outcome::Stored(n) => {
                            stored += 1;
                            events += *n as u64;
                        }
                        Outcome::Duplicate { of, kind } => {
                            stored += 1;
                            dups += 1;
                            if !args.quiet {
                                eprintln!("milcoop: article {id}: {kind} duplicate of {of}");
                            }
                        }
                        Outcome::Unchanged => unchanged += 1,
                        Outcome::Conflict => {
                            conflicts += 1;
                            eprintln!(
                                "milcoop: article {id}: stored with another text; kept the stored version"
                            );
                        }
                        Outcome::Bad(m) => {
                            failed += 1;
                            eprintln!("milcoop: article {id}: {m}");
                        }
                    }
                }
            }
        }
    }
    if reader.join().is_err() {
        anyhow::bail!("the reader thread failed");
    }
    store.optimize()?;
    let counts = store.counts()?;
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "milcoop ingest: {stored} articles stored ({dups} duplicates), {events} events, {unchanged} unchanged, \
         {conflicts} conflicts, {failed} failed in {secs:.1}s; database: {} articles, {} events, {} claims",
        counts.articles, counts.events, counts.claims
    );
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
