//! `milcoop ingest PATH...`: read, extract and store articles.
//!
//! Three stages overlap: a reader thread reads records and cuts them into
//! chunks; a pool of workers (one per core by default) runs the CPU work on
//! whole chunks (clean, analyze, extract, then the store's preparation:
//! validation, hashes, MinHash); the calling thread puts the chunks back in
//! input order and writes them in batches, one transaction each, each
//! batch in parts (a part's articles and events as it fills, the claims and
//! the commit at the batch's end), so that the workers go on while it
//! writes. Because the writer sees the articles in input order, whatever
//! the number of workers, ids, duplicates and claims are those of a
//! sequential run.
//!
//! Memory stays bounded: the reader dispatches a chunk only with a credit,
//! and the writer gives one back per chunk it takes, so at most
//! [`WINDOW_CHUNKS`] chunks and two per worker are in flight besides the
//! part being filled or written.
//!
//! A killed ingest loses at most the batch in flight; running it again
//! skips every stored article, so the end state equals a clean run's.

use super::events::DbArgs;
use crate::pipeline::Pipeline;
use milcoop_core::{Article, Prediction};
use milcoop_store::{BatchReport, Outcome, Prepared, Store, prepare};
use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Instant;

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
    /// Articles per transaction (a batch ends sooner at four times as many
    /// events). Larger batches write each changed index page once for more
    /// rows; a killed ingest redoes at most one.
    #[arg(long, default_value_t = 5000)]
    batch: usize,
    /// Worker threads that extract and prepare articles (0: one per core).
    #[arg(long, default_value_t = 0)]
    threads: usize,
    /// Print nothing but errors and the summary.
    #[arg(long, short)]
    quiet: bool,
}

/// How to run an ingest (the command's options without the database).
#[derive(Debug, Clone)]
pub(crate) struct Options {
    /// Inputs.
    pub paths: Vec<PathBuf>,
    /// The inputs are predictions.
    pub predictions: bool,
    /// Articles per transaction.
    pub batch: usize,
    /// Workers (0: one per core).
    pub threads: usize,
    /// Report duplicates (errors and conflicts are always reported).
    pub quiet: bool,
}

/// What an ingest did.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Totals {
    pub stored: u64,
    pub dups: u64,
    pub events: u64,
    pub unchanged: u64,
    pub conflicts: u64,
    pub failed: u64,
}

/// Where an ingest's threads spent their time (for `milcoop bench ingest`):
/// nanoseconds, wall-clock unless named CPU (a thread's CPU time is read
/// from /proc at its end, in 10 ms ticks).
#[derive(Debug, Default)]
pub(crate) struct Stats {
    /// Reader: CPU; waiting for a credit (the window is full).
    pub reader_cpu: AtomicU64,
    pub reader_wait: AtomicU64,
    /// Workers (summed): CPU; extraction; the store's preparation;
    /// waiting for a chunk.
    pub worker_cpu: AtomicU64,
    pub worker_extract: AtomicU64,
    pub worker_prepare: AtomicU64,
    pub worker_wait: AtomicU64,
    /// Writer: waiting for the next chunk in order; matching and inserting
    /// (ingest); the end of a batch (claims, full-text index, commit).
    pub writer_wait: AtomicU64,
    pub writer_store: AtomicU64,
}

impl Stats {
    fn add(slot: &AtomicU64, since: Instant) {
        slot.fetch_add(since.elapsed().as_nanos() as u64, Ordering::Relaxed);
    }
    fn add_cpu(slot: &AtomicU64) {
        if let Some(s) = thread_cpu_seconds() {
            slot.fetch_add((s * 1e9) as u64, Ordering::Relaxed);
        }
    }
    /// Seconds in a slot.
    pub fn secs(slot: &AtomicU64) -> f64 {
        slot.load(Ordering::Relaxed) as f64 / 1e9
    }
}

/// User + system CPU seconds of the calling thread so far (Linux).
pub(crate) fn thread_cpu_seconds() -> Option<f64> {
    stat_cpu_seconds("/proc/thread-self/stat")
}

/// User + system CPU seconds from a /proc `stat` file (Linux; `None` elsewhere).
pub(crate) fn stat_cpu_seconds(path: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(path).ok()?;
    // fields after the command name in parentheses; utime and stime are fields 14 and 15
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// One record as read, before the CPU work.
enum Job {
    /// An article to extract.
    Article(Article),
    /// A line of predictions, with its place (`FILE:LINE`).
    Line(String, String),
    /// A record that could not be read.
    Error(String),
}

/// Records per chunk: enough that handing chunks between threads costs
/// nothing next to extracting them, few enough that every worker has some.
const CHUNK: usize = 64;

/// Articles the writer stores at a time ([`Store::ingest_part`]): it holds
/// a part of a batch, not a whole batch, so that the chunks in flight can
/// cover the batch's end (its claims and commit) with the memory the old
/// whole batch took. Parts of 500 to 2,500 articles cost the writer the
/// same instructions as whole batches of 5,000 (within 2%).
const PART: usize = 1000;

/// Chunks in flight besides two per worker: 1,536 articles, what the
/// workers make on one core while the writer stores a part or ends a
/// batch (a quarter of a second or so), so that they seldom stop. A
/// window of 8 chunks stopped them for 3.7 s of a 5 s run while the writer
/// stored whole batches of 5,000 (the window then came on top of the
/// batch: 24 chunks cost 35 to 50 MB more peak RSS).
const WINDOW_CHUNKS: usize = 24;

/// The CPU work of one record.
fn work(pipeline: Option<&Pipeline>, job: Job, stats: &Stats) -> Result<Prepared, String> {
    let t0 = Instant::now();
    let pred = match job {
        Job::Article(a) => match pipeline {
            Some(p) => p.process(a),
            None => return Err("no pipeline".into()),
        },
        Job::Line(at, line) => {
            serde_json::from_str::<Prediction>(&line).map_err(|e| format!("{at}: {e}"))?
        }
        Job::Error(e) => return Err(e),
    };
    Stats::add(&stats.worker_extract, t0);
    let t1 = Instant::now();
    let p = prepare(pred);
    Stats::add(&stats.worker_prepare, t1);
    Ok(p)
}

/// [`work`], with a panic (a defect) reported as the record's error, so
/// that one bad article neither stops the run nor leaves a gap in the order.
fn guarded(pipeline: Option<&Pipeline>, job: Job, stats: &Stats) -> Result<Prepared, String> {
    let what = match &job {
        Job::Article(a) => format!("article {}", a.id),
        Job::Line(at, _) => at.clone(),
        Job::Error(_) => String::new(),
    };
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(pipeline, job, stats)))
        .unwrap_or_else(|_| Err(format!("{what}: internal error (panic) while processing")))
}

/// Reads the records of `paths` and hands them on in chunks, each taking a
/// credit; stops when the credits or the workers are gone.
fn read(
    opts: &Options,
    credits: &mpsc::Receiver<()>,
    jobs: &mpsc::SyncSender<(u64, Vec<Job>)>,
    stats: &Stats,
) {
    read_records(opts, credits, jobs, stats);
    Stats::add_cpu(&stats.reader_cpu);
}

fn read_records(
    opts: &Options,
    credits: &mpsc::Receiver<()>,
    jobs: &mpsc::SyncSender<(u64, Vec<Job>)>,
    stats: &Stats,
) {
    let credit = || {
        let t = Instant::now();
        let ok = credits.recv().is_ok();
        Stats::add(&stats.reader_wait, t);
        ok
    };
    let mut seq = 0u64;
    let mut chunk = Vec::with_capacity(CHUNK);
    let mut push = |job: Job, chunk: &mut Vec<Job>| -> bool {
        chunk.push(job);
        if chunk.len() < CHUNK {
            return true;
        }
        let full = std::mem::replace(chunk, Vec::with_capacity(CHUNK));
        let ok = credit() && jobs.send((seq, full)).is_ok();
        seq += 1;
        ok
    };
    if opts.predictions {
        'files: for path in &opts.paths {
            let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
                Box::new(std::io::stdin().lock())
            } else {
                match std::fs::File::open(path) {
                    Ok(f) => Box::new(std::io::BufReader::new(f)),
                    Err(e) => {
                        if !push(Job::Error(format!("{}: {e}", path.display())), &mut chunk) {
                            return;
                        }
                        continue;
                    }
                }
            };
            for (n, line) in reader.lines().enumerate() {
                let at = || format!("{}:{}", path.display(), n + 1);
                let job = match line {
                    Ok(l) if l.trim().is_empty() => continue,
                    Ok(l) => Job::Line(at(), l),
                    Err(e) => {
                        if !push(Job::Error(format!("{}: {e}", at())), &mut chunk) {
                            return;
                        }
                        continue 'files;
                    }
                };
                if !push(job, &mut chunk) {
                    return;
                }
            }
        }
    } else {
        for rec in milcoop_ingest::read(&opts.paths, &Default::default()) {
            let job = match rec {
                Ok((_origin, article)) => Job::Article(article),
                Err(e) => Job::Error(e.to_string()),
            };
            if !push(job, &mut chunk) {
                return;
            }
        }
    }
    if !chunk.is_empty() && credit() {
        let _ = jobs.send((seq, chunk));
    }
}

/// Reads, extracts (on a pool of workers) and stores everything in `opts`;
/// reports each bad record and conflict on standard error as it comes.
pub(crate) fn ingest(store: &mut Store, opts: &Options, stats: &Stats) -> anyhow::Result<Totals> {
    let batch = opts.batch.max(1);
    let threads = if opts.threads > 0 {
        opts.threads
    } else {
        std::thread::available_parallelism().map_or(2, |n| n.get())
    };
    let pipeline = (!opts.predictions).then(Pipeline::new);
    // in flight (read, being worked on, or waiting for an earlier chunk):
    // enough chunks to cover the writer's longest stretch without taking
    // any (a part's rows, or a batch's claims and commit), and two per
    // worker so that none waits. Not tied to the batch: prepared articles
    // hold their rows (about 3 KB an event)
    let window = WINDOW_CHUNKS + 2 * threads;
    let (credit_tx, credit_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        credit_tx.send(()).expect("credits fit the channel");
    }
    let (job_tx, job_rx) = mpsc::sync_channel::<(u64, Vec<Job>)>(threads);
    // the workers own the receiver: when the last one stops, the reader's
    // send fails and it stops too
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (done_tx, done_rx) = mpsc::channel::<(u64, Vec<Result<Prepared, String>>)>();
    let (spent_tx, spent_rx) = mpsc::channel::<Vec<Prepared>>();
    std::thread::scope(|s| {
        s.spawn(move || read(opts, &credit_rx, &job_tx, stats));
        s.spawn(move || spent_rx.into_iter().for_each(drop));
        for _ in 0..threads {
            let (job_rx, done_tx, pipeline) = (job_rx.clone(), done_tx.clone(), pipeline.as_ref());
            s.spawn(move || {
                loop {
                    let t = Instant::now();
                    let next = match job_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => break,
                    };
                    Stats::add(&stats.worker_wait, t);
                    let Ok((seq, jobs)) = next else { break };
                    let out = jobs
                        .into_iter()
                        .map(|j| guarded(pipeline, j, stats))
                        .collect();
                    if done_tx.send((seq, out)).is_err() {
                        break;
                    }
                }
                Stats::add_cpu(&stats.worker_cpu);
            });
        }
        drop((done_tx, job_rx));
        // the writer: chunks back in input order, batches to the store;
        // returning drops the credits and the results, which stops the others
        write(store, opts, batch, done_rx, credit_tx, spent_tx, stats)
    })
}

/// Takes the workers' chunks in input order and stores them in batches,
/// each in parts of [`PART`] articles.
fn write(
    store: &mut Store,
    opts: &Options,
    batch: usize,
    done: mpsc::Receiver<(u64, Vec<Result<Prepared, String>>)>,
    credits: mpsc::SyncSender<()>,
    spent: mpsc::Sender<Vec<Prepared>>,
    stats: &Stats,
) -> anyhow::Result<Totals> {
    let part_len = PART.min(batch);
    let mut t = Totals::default();
    let mut waiting: BTreeMap<u64, Vec<Result<Prepared, String>>> = BTreeMap::new();
    let mut next = 0u64;
    let mut part: Vec<Prepared> = Vec::with_capacity(part_len);
    // the open batch's articles and events (the part's included)
    let (mut articles, mut events) = (0usize, 0usize);
    while let Ok((seq, chunk)) = {
        let clock = Instant::now();
        let r = done.recv();
        Stats::add(&stats.writer_wait, clock);
        r
    } {
        waiting.insert(seq, chunk);
        while let Some(chunk) = waiting.remove(&next) {
            next += 1;
            // the reader may be gone already: a credit nobody takes is fine
            let _ = credits.try_send(());
            for r in chunk {
                match r {
                    Ok(p) => {
                        articles += 1;
                        events += p.events();
                        part.push(p);
                    }
                    Err(e) => {
                        eprintln!("milcoop: {e}");
                        t.failed += 1;
                    }
                }
                // a batch ends at `batch` articles, or sooner at four
                // events an article: memory stays bounded for articles
                // with many events
                let end = articles >= batch || events >= 4 * batch;
                if end || part.len() >= part_len {
                    let clock = Instant::now();
                    let full = std::mem::replace(&mut part, Vec::with_capacity(part_len));
                    count(opts, &store.ingest_part(&full, batch)?, &mut t);
                    if end {
                        store.commit_batch()?;
                        (articles, events) = (0, 0);
                    }
                    Stats::add(&stats.writer_store, clock);
                    // freed on a thread of its own: a twentieth of the
                    // writer's instructions
                    let _ = spent.send(full);
                }
            }
        }
    }
    if !waiting.is_empty() {
        anyhow::bail!("a worker thread failed");
    }
    let clock = Instant::now();
    if !part.is_empty() {
        count(opts, &store.ingest_part(&part, batch)?, &mut t);
    }
    store.commit_batch()?;
    Stats::add(&stats.writer_store, clock);
    Ok(t)
}

/// Counts and reports the outcomes of a part.
fn count(opts: &Options, report: &BatchReport, t: &mut Totals) {
    for (id, o) in &report.outcomes {
        match o {
            Outcome::Stored(n) => {
                t.stored += 1;
                t.events += *n as u64;
            }
            Outcome::Duplicate { of, kind } => {
                t.stored += 1;
                t.dups += 1;
                if !opts.quiet {
                    eprintln!("milcoop: article {id}: {kind} duplicate of {of}");
                }
            }
            Outcome::Unchanged => t.unchanged += 1,
            Outcome::Conflict => {
                t.conflicts += 1;
                eprintln!(
                    "milcoop: article {id}: stored with another text; kept the stored version"
                );
            }
            Outcome::Bad(m) => {
                t.failed += 1;
                eprintln!("milcoop: article {id}: {m}");
            }
        }
    }
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = args.db.open()?;
    let opts = Options {
        paths: args.paths,
        predictions: args.predictions,
        batch: args.batch,
        threads: args.threads,
        quiet: args.quiet,
    };
    let started = std::time::Instant::now();
    let t = ingest(&mut store, &opts, &Stats::default())?;
    store.optimize()?;
    let counts = store.counts()?;
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "milcoop ingest: {} articles stored ({} duplicates), {} events, {} unchanged, \
         {} conflicts, {} failed in {secs:.1}s; database: {} articles, {} events, {} claims",
        t.stored,
        t.dups,
        t.events,
        t.unchanged,
        t.conflicts,
        t.failed,
        counts.articles,
        counts.events,
        counts.claims
    );
    Ok(if t.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
