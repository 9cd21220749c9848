//! `milcoop bench html DIR` and `milcoop bench text`: quality and speed.
//!
//! `html` scores main-content extraction on a folder of pages with ground
//! truth (see `milcoop_html::bench`); only extraction is timed.
//!
//! `text` measures the text pipeline's throughput on a synthetic corpus: it
//! writes N German and English articles (deterministic, from sentence
//! templates with names of states, weapons and places, plus boilerplate
//! lines) to a temporary JSON Lines file, then streams that file through
//! `milcoop_ingest::read` and [`Pipeline::process`], as `milcoop extract`
//! does. The timed run includes ingest (parsing the JSON Lines) and the
//! whole pipeline; writing the corpus is reported apart. Peak memory is the
//! process's `VmHWM`. Every article is distinct (ids, numbers and sentence
//! choices vary), so nothing can be served from a cache.

use crate::pipeline::Pipeline;
use milcoop_core::Article;
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `milcoop bench`.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand, Debug)]
enum Command {
    /// HTML main-content extraction: shingle F1 and speed on a benchmark folder.
    Html(HtmlArgs),
    /// Text pipeline throughput on a synthetic corpus.
    Text(TextArgs),
    /// `milcoop ingest` end to end (read, extract on every core, store in SQLite) on the synthetic corpus.
    Ingest(IngestArgs),
}

/// Arguments of `milcoop bench ingest`.
#[derive(clap::Args, Debug)]
struct IngestArgs {
    /// Number of synthetic articles (raw text, as `bench text` writes them).
    #[arg(long, default_value_t = 20_000)]
    articles: usize,
    /// Extraction workers (0: one per core, as `milcoop ingest`).
    #[arg(long, default_value_t = 0)]
    threads: usize,
    /// Articles per transaction.
    #[arg(long, default_value_t = 5000)]
    batch: usize,
    /// How many acts the articles state: `dense` (every sentence from the
    /// act templates, about 27 events an article) or `realistic` (one
    /// sentence in four, the rest unrelated news: about 8 events an
    /// article, as the dev gold's articles average).
    #[arg(long, value_enum, default_value_t = Density::Dense)]
    density: Density,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    /// Keep the generated corpus (JSON Lines of articles) at this path.
    #[arg(long)]
    keep: Option<PathBuf>,
}

/// How many acts the synthetic articles of `bench text` and `bench ingest` state.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
enum Density {
    /// Every body sentence from the act templates.
    Dense,
    /// One body sentence in four from the act templates.
    Realistic,
}

impl Density {
    /// Out of 100 body sentences, how many come from the act templates.
    fn share(self) -> usize {
        match self {
            Density::Dense => 100,
            Density::Realistic => 25,
        }
    }
}

/// Arguments of `milcoop bench html`.
#[derive(clap::Args, Debug)]
struct HtmlArgs {
    /// Benchmark folder: `html/ID.html.gz` and `ground-truth.json`.
    dir: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    /// Also print each page's scores (worst first).
    #[arg(long)]
    per_page: bool,
    /// Extract every page this many times for a steadier speed figure.
    #[arg(long, default_value_t = 1)]
    repeat: usize,
    /// Only the first N pages (in id order).
    #[arg(long)]
    limit: Option<usize>,
    /// Score this file of other predictions (`{ID: text}`) instead of
    /// running the extractor, with the same scorer.
    #[arg(long)]
    predictions: Option<PathBuf>,
}

/// Arguments of `milcoop bench text`.
#[derive(clap::Args, Debug)]
struct TextArgs {
    /// Number of synthetic articles.
    #[arg(long, default_value_t = 50_000)]
    articles: usize,
    /// Worker threads running the pipeline (1: the single-core figure).
    #[arg(long, default_value_t = 1)]
    threads: usize,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    /// Keep the generated corpus at this path instead of a temporary file.
    #[arg(long)]
    keep: Option<PathBuf>,
    /// Stop after cleaning, language and sentences (the text pipeline without events).
    #[arg(long)]
    no_events: bool,
    /// How many acts the articles state: `dense` (every sentence from the
    /// act templates, about 27 events an article) or `realistic` (one
    /// sentence in four, the rest unrelated news), as `bench ingest`.
    #[arg(long, value_enum, default_value_t = Density::Dense)]
    density: Density,
    /// Real articles to measure on instead of the generated corpus (any
    /// form `milcoop extract` reads: files, folders, JSON Lines, HTML, WARC).
    /// They are repeated in turn, each copy under its own id, until
    /// `--articles` are written.
    #[arg(long, num_args = 1..)]
    input: Vec<PathBuf>,
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.command {
        Command::Html(a) => html(a),
        Command::Text(a) => text(a),
        Command::Ingest(a) => ingest(a),
    }
}

fn html(a: HtmlArgs) -> anyhow::Result<ExitCode> {
    use milcoop_html::bench;
    let report = match &a.predictions {
        Some(p) => bench::score_predictions(&a.dir, p)?,
        None => bench::run(
            &a.dir,
            &bench::BenchOptions {
                limit: a.limit,
                repeat: a.repeat,
            },
        )?,
    };
    if a.json {
        let mut value = serde_json::to_value(&report)?;
        if !a.per_page
            && let Some(o) = value.as_object_mut()
        {
            o.remove("per_page");
        }
        println!("{}", serde_json::to_string_pretty(&value)?);
        return Ok(ExitCode::SUCCESS);
    }
    if a.per_page {
        let mut rows: Vec<_> = report.per_page.iter().collect();
        rows.sort_by(|x, y| x.f1.total_cmp(&y.f1));
        println!("{:>6} {:>6} {:>6}  page", "F1", "P", "R");
        for r in rows {
            let f = |v: Option<f64>| v.map_or_else(|| "-".to_string(), |v| format!("{v:.3}"));
            println!(
                "{:>6.3} {:>6} {:>6}  {} {}",
                r.f1,
                f(r.precision),
                f(r.recall),
                r.id.get(..12).unwrap_or(&r.id),
                r.url.as_deref().unwrap_or("")
            );
        }
    }
    println!(
        "pages {}  precision {:.4}  recall {:.4}  F1 {:.4}",
        report.pages, report.precision, report.recall, report.f1
    );
    if a.predictions.is_none() {
        println!(
            "extraction {:.3} s  {:.1} pages/s  {:.2} MB/s  ({:.1} MB of HTML{})",
            report.seconds,
            report.pages_per_sec,
            report.mb_per_sec,
            report.bytes as f64 / 1e6,
            if a.repeat > 1 {
                format!(", {} passes", a.repeat)
            } else {
                String::new()
            }
        );
        if let (Some(cpu), Some(pps)) = (report.cpu_seconds, report.pages_per_cpu_sec) {
            println!("cpu {cpu:.3} s  {pps:.1} pages/cpu-s");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Result of `milcoop bench ingest`.
#[derive(Debug, Serialize)]
struct IngestReport {
    articles: u64,
    density: Density,
    threads: usize,
    cores: usize,
    seconds: f64,
    articles_per_sec: f64,
    stored: u64,
    duplicates: u64,
    events: u64,
    claims: u64,
    /// CPU seconds of the writer (the thread that stores).
    writer_cpu_seconds: Option<f64>,
    /// Articles per CPU second of the writer: the store's share.
    articles_per_writer_cpu_sec: Option<f64>,
    /// CPU seconds of the process (all threads) in the timed run.
    cpu_seconds: Option<f64>,
    /// Articles per CPU second (all stages together).
    articles_per_cpu_sec: Option<f64>,
    /// The machine's 1-minute load average before and after the run.
    load_before: Option<f64>,
    load_after: Option<f64>,
    peak_rss_mb: Option<f64>,
    /// Seconds per stage (see `ingest::Stats`).
    stages: std::collections::BTreeMap<&'static str, f64>,
}

/// The 1-minute load average (Linux).
fn load_average() -> Option<f64> {
    std::fs::read_to_string("/proc/loadavg")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// The articles read from `paths`, repeated in turn until there are `n`; each
/// copy after the first gets its own id (`ID#2`, …). Yielded lazily.
fn repeat_inputs(paths: &[PathBuf], n: usize) -> anyhow::Result<impl Iterator<Item = Article>> {
    let mut originals = Vec::new();
    for rec in milcoop_ingest::read(paths, &milcoop_ingest::ReadOptions::default()) {
        match rec {
            Ok((_, article)) => originals.push(article),
            Err(e) => eprintln!("warning: {e}"),
        }
    }
    if originals.is_empty() {
        anyhow::bail!("no article could be read from the --input paths");
    }
    // Lazily, so that the corpus is never held in memory whole (peak RSS is
    // the pipeline's, not the corpus's).
    Ok((0..n).map(move |i| {
        let mut a = originals[i % originals.len()].clone();
        let round = i / originals.len();
        if round > 0 {
            a.id = format!("{}#{}", a.id, round + 1);
        }
        a
    }))
}

/// Writes the articles of a corpus as JSON Lines; returns their text bytes.
fn write_corpus_with(
    path: &std::path::Path,
    corpus: impl IntoIterator<Item = Article>,
) -> anyhow::Result<u64> {
    let mut w = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut bytes = 0u64;
    for article in corpus {
        bytes += article.text.len() as u64;
        serde_json::to_writer(&mut w, &article)?;
        w.write_all(b"\n")?;
    }
    w.flush()?;
    Ok(bytes)
}

fn ingest(a: IngestArgs) -> anyhow::Result<ExitCode> {
    let dir = tempfile::Builder::new()
        .prefix("milcoop-bench-")
        .tempdir()?;
    let input = a
        .keep
        .clone()
        .unwrap_or_else(|| dir.path().join("articles.jsonl"));
    write_corpus_with(
        &input,
        corpus::Corpus::with_share(a.articles, a.density.share()),
    )?;
    let db = dir.path().join("bench.db");
    let mut store = milcoop_store::Store::open(&db.to_string_lossy())?;
    let opts = super::ingest::Options {
        paths: vec![input],
        predictions: false,
        batch: a.batch,
        threads: a.threads,
        quiet: true,
    };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let load_before = load_average();
    let cpu0 = cpu_seconds();
    let writer0 = thread_cpu_seconds();
    let start = Instant::now();
    let stats = super::ingest::Stats::default();
    let t = super::ingest::ingest(&mut store, &opts, &stats)?;
    let seconds = start.elapsed().as_secs_f64();
    let cpu = cpu_seconds().zip(cpu0).map(|(b, a)| b - a);
    let writer = thread_cpu_seconds().zip(writer0).map(|(b, a)| b - a);
    let counts = store.counts()?;
    let n = t.stored + t.unchanged + t.failed;
    let report = IngestReport {
        articles: n,
        density: a.density,
        threads: if a.threads > 0 { a.threads } else { cores },
        cores,
        seconds,
        articles_per_sec: n as f64 / seconds.max(1e-9),
        stored: t.stored,
        duplicates: t.dups,
        events: t.events,
        claims: counts.claims,
        writer_cpu_seconds: writer,
        articles_per_writer_cpu_sec: writer.map(|c| n as f64 / c.max(1e-9)),
        cpu_seconds: cpu,
        articles_per_cpu_sec: cpu.map(|c| n as f64 / c.max(1e-9)),
        load_before,
        load_after: load_average(),
        peak_rss_mb: peak_rss_kb().map(|kb| kb as f64 / 1024.0),
        stages: {
            use super::ingest::Stats as S;
            [
                ("reader_cpu", &stats.reader_cpu),
                ("reader_wait", &stats.reader_wait),
                ("worker_cpu", &stats.worker_cpu),
                ("worker_extract", &stats.worker_extract),
                ("worker_prepare", &stats.worker_prepare),
                ("worker_wait", &stats.worker_wait),
                ("writer_wait", &stats.writer_wait),
                ("writer_store", &stats.writer_store),
            ]
            .into_iter()
            .map(|(k, v)| (k, S::secs(v)))
            .collect()
        },
    };
    if a.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        let f = |x: Option<f64>| x.map_or_else(|| "n/a".into(), |v| format!("{v:.2}"));
        println!(
            "ingest end to end: {} {:?} articles ({} duplicates, {} events, {} claims) in {:.2} s = {:.0} articles/s \
             ({} workers, {} cores)",
            report.articles,
            report.density,
            report.duplicates,
            report.events,
            report.claims,
            report.seconds,
            report.articles_per_sec,
            report.threads,
            report.cores
        );
        println!(
            "cpu {} s (writer {} s = {} articles per writer CPU second)  {} articles per CPU second  \
             load average {} before, {} after  peak RSS {} MB",
            f(report.cpu_seconds),
            f(report.writer_cpu_seconds),
            report
                .articles_per_writer_cpu_sec
                .map_or("n/a".into(), |v| format!("{v:.0}")),
            report
                .articles_per_cpu_sec
                .map_or("n/a".into(), |v| format!("{v:.0}")),
            f(report.load_before),
            f(report.load_after),
            f(report.peak_rss_mb)
        );
        println!(
            "stages (s): {}",
            report
                .stages
                .iter()
                .map(|(k, v)| format!("{k} {v:.2}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    Ok(if t.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Result of `milcoop bench text`.
#[derive(Debug, Serialize)]
struct TextReport {
    articles: u64,
    /// The generated corpus's density (meaningless with `input`).
    density: Density,
    /// Whether the articles were the user's (`--input`), not generated.
    input: bool,
    failed: u64,
    bytes: u64,
    threads: usize,
    generate_seconds: f64,
    seconds: f64,
    articles_per_sec: f64,
    mb_per_sec: f64,
    events: u64,
    peak_rss_mb: Option<f64>,
    /// CPU seconds (user + system) of the timed run: on a shared machine the
    /// honest measure of one core's throughput.
    cpu_seconds: Option<f64>,
    /// Articles per CPU second.
    articles_per_cpu_sec: Option<f64>,
}

use super::ingest::{stat_cpu_seconds, thread_cpu_seconds};

/// User + system CPU seconds of this process so far, from /proc/self/stat.
fn cpu_seconds() -> Option<f64> {
    stat_cpu_seconds("/proc/self/stat")
}

fn text(a: TextArgs) -> anyhow::Result<ExitCode> {
    let threads = a.threads.max(1);
    let t0 = Instant::now();
    let tmp;
    let path = match &a.keep {
        Some(p) => p.clone(),
        None => {
            tmp = tempfile::Builder::new()
                .prefix("milcoop-bench-")
                .suffix(".jsonl")
                .tempfile()?;
            tmp.path().to_path_buf()
        }
    };
    let bytes = if a.input.is_empty() {
        write_corpus_with(
            &path,
            corpus::Corpus::with_share(a.articles, a.density.share()),
        )?
    } else {
        write_corpus_with(&path, repeat_inputs(&a.input, a.articles)?)?
    };
    let generate_seconds = t0.elapsed().as_secs_f64();

    let pipeline = if a.no_events {
        Pipeline::new().without_events()
    } else {
        Pipeline::new()
    };
    let start = Instant::now();
    let cpu0 = cpu_seconds();
    // The corpus is JSON Lines whatever the name given to --keep (a `.txt`
    // name would otherwise be read back as one text article).
    let read_opts = milcoop_ingest::ReadOptions {
        format: Some(milcoop_ingest::Format::JsonLines),
        ..Default::default()
    };
    let records = milcoop_ingest::read(std::slice::from_ref(&path), &read_opts);
    let (articles, failed, events) = if threads == 1 {
        let (mut ok, mut failed, mut events) = (0u64, 0u64, 0u64);
        for rec in records {
            match rec {
                Ok((_, article)) => {
                    events += pipeline.process(article).events.len() as u64;
                    ok += 1;
                }
                Err(_) => failed += 1,
            }
        }
        (ok, failed, events)
    } else {
        run_threads(&pipeline, records, threads)
    };
    let seconds = start.elapsed().as_secs_f64();
    let cpu = match (cpu0, cpu_seconds()) {
        (Some(a), Some(b)) => Some(b - a),
        _ => None,
    };
    if articles == 0 {
        anyhow::bail!("ingest yielded no articles from {}", path.display());
    }
    let report = TextReport {
        articles,
        density: a.density,
        input: !a.input.is_empty(),
        failed,
        bytes,
        threads,
        generate_seconds,
        seconds,
        articles_per_sec: articles as f64 / seconds.max(1e-9),
        mb_per_sec: bytes as f64 / 1e6 / seconds.max(1e-9),
        events,
        peak_rss_mb: peak_rss_kb().map(|kb| kb as f64 / 1024.0),
        cpu_seconds: cpu,
        articles_per_cpu_sec: cpu.map(|c| articles as f64 / c.max(1e-9)),
    };
    if a.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!(
            "articles {} {} ({} failed)  text {:.1} MB  threads {}  (corpus written in {:.2} s)",
            report.articles,
            if report.input {
                "from --input".to_string()
            } else {
                format!("{:?}", report.density)
            },
            report.failed,
            report.bytes as f64 / 1e6,
            report.threads,
            report.generate_seconds
        );
        println!(
            "ingest + pipeline {:.2} s  {:.0} articles/s  {:.2} MB/s  events {}  peak RSS {}",
            report.seconds,
            report.articles_per_sec,
            report.mb_per_sec,
            report.events,
            report
                .peak_rss_mb
                .map_or_else(|| "n/a".to_string(), |m| format!("{m:.1} MB"))
        );
        if let (Some(c), Some(r)) = (report.cpu_seconds, report.articles_per_cpu_sec) {
            println!("cpu {c:.2} s  {r:.0} articles per CPU second");
        }
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Ingest on this thread, the pipeline on `threads` workers.
fn run_threads(
    pipeline: &Pipeline,
    records: Box<dyn Iterator<Item = milcoop_ingest::Record>>,
    threads: usize,
) -> (u64, u64, u64) {
    use std::sync::{Mutex, mpsc};
    let (tx, rx) = mpsc::sync_channel::<Article>(threads * 64);
    let rx = Mutex::new(rx);
    let mut failed = 0u64;
    let (ok, events) = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                let rx = &rx;
                s.spawn(move || {
                    let (mut ok, mut events) = (0u64, 0u64);
                    loop {
                        let next = match rx.lock() {
                            Ok(r) => r.recv(),
                            Err(_) => break,
                        };
                        let Ok(article) = next else { break };
                        events += pipeline.process(article).events.len() as u64;
                        ok += 1;
                    }
                    (ok, events)
                })
            })
            .collect();
        for rec in records {
            match rec {
                Ok((_, article)) => {
                    if tx.send(article).is_err() {
                        break;
                    }
                }
                Err(_) => failed += 1,
            }
        }
        drop(tx);
        workers
            .into_iter()
            .filter_map(|w| w.join().ok())
            .fold((0, 0), |(a, b), (x, y)| (a + x, b + y))
    });
    (ok, failed, events)
}

/// Peak resident set size of this process in KiB (`VmHWM`), on Linux.
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
}

/// The synthetic corpus: deterministic articles from templates.
mod corpus {
    use milcoop_core::Article;

    /// A small deterministic generator (SplitMix64).
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
        fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
            xs[self.below(xs.len())]
        }
    }

    struct Lang {
        code: &'static str,
        states: &'static [&'static str],
        weapons: &'static [&'static str],
        places: &'static [&'static str],
        people: &'static [&'static str],
        sources: &'static [&'static str],
        months: &'static [&'static str],
        sentences: &'static [&'static str],
        /// Sentences about other things (no military cooperation).
        fillers: &'static [&'static str],
        boilerplate: &'static [&'static str],
        outlets: &'static [&'static str],
    }

    const EN: Lang = Lang {
        code: "en",
        states: &[
            "Russia",
            "Iran",
            "North Korea",
            "Ukraine",
            "Belarus",
            "China",
            "Germany",
            "the United States",
            "Poland",
            "France",
            "the United Kingdom",
            "Turkey",
        ],
        weapons: &[
            "Shahed-136 drones",
            "artillery shells",
            "ballistic missiles",
            "air defence systems",
            "armoured vehicles",
            "anti-tank missiles",
            "fighter jets",
            "howitzers",
            "glide bombs",
            "rocket launchers",
        ],
        places: &[
            "Kyiv",
            "Moscow",
            "Tehran",
            "Pyongyang",
            "Minsk",
            "Rzeszow",
            "Odesa",
            "Kharkiv",
            "Berlin",
            "Warsaw",
        ],
        people: &[
            "Defence Minister Anna Kowal",
            "a senior official",
            "Foreign Minister Jon Berg",
            "the president's spokesman",
            "General Ivan Petrenko",
            "an intelligence officer",
        ],
        sources: &[
            "according to intelligence officials",
            "a ministry statement said",
            "two people familiar with the matter said",
            "satellite images suggest",
            "officials said on condition of anonymity",
        ],
        months: &[
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        sentences: &[
            "{A} delivered {N} {W} to {B} in {M}, {S}.",
            "{P} said {A} had agreed to supply {B} with {W}.",
            "The shipment of {W} reached {C} by rail in early {M}.",
            "{A} denied sending {W} to {B}, calling the reports baseless.",
            "Analysts in {C} estimate that {B} received about {N} {W} last year.",
            "{A} and {B} signed a defence cooperation agreement in {C} on {D} {M}.",
            "The European Union imposed new sanctions on companies in {A} over deliveries of {W}.",
            "{P} visited {C} to discuss joint production of {W}.",
            "Soldiers from {A} are being trained in {B} to operate {W}, {S}.",
            "Weather delayed the convoy near {C}, and the talks were postponed until {M}.",
            "The parliament in {C} approved an aid package worth {N} million euros for {B}.",
            "Prices for grain rose again in {M}, the statistics office reported.",
        ],
        fillers: &[
            "Prices for grain rose again in {M}, the statistics office reported.",
            "Heavy rain is expected across the region over the weekend, forecasters said.",
            "The local football club won its third match in a row on {D} {M}.",
            "Unemployment fell to {N} thousand in {M}, the lowest level in a decade.",
            "The museum will reopen after renovation work that cost {N} million euros.",
            "Train services were disrupted for several hours after a signal failure.",
            "Schools will close early for the holidays, the education authority announced.",
            "A new bridge over the river is due to open next spring.",
            "The central bank left interest rates unchanged in {M}.",
            "Tickets for the summer festival sold out within {N} minutes.",
        ],
        boilerplate: &[
            "Share this article",
            "Read more: Inside the arms trade",
            "Advertisement",
            "Sign up for our daily newsletter",
            "Photo: Example Agency",
            "Related stories",
            "Copyright 2024 Example Wire. All rights reserved.",
        ],
        outlets: &[
            "example-times.com",
            "daily-example.co.uk",
            "example-wire.org",
        ],
    };

    const DE: Lang = Lang {
        code: "de",
        states: &[
            "Russland",
            "der Iran",
            "Nordkorea",
            "die Ukraine",
            "Belarus",
            "China",
            "Deutschland",
            "die USA",
            "Polen",
            "Frankreich",
            "Großbritannien",
            "die Türkei",
        ],
        weapons: &[
            "Kampfdrohnen",
            "Artilleriegranaten",
            "ballistische Raketen",
            "Flugabwehrsysteme",
            "Schützenpanzer",
            "Panzerabwehrraketen",
            "Kampfjets",
            "Haubitzen",
            "Gleitbomben",
            "Raketenwerfer",
        ],
        places: &[
            "Kiew",
            "Moskau",
            "Teheran",
            "Pjöngjang",
            "Minsk",
            "Rzeszów",
            "Odessa",
            "Charkiw",
            "Berlin",
            "Warschau",
        ],
        people: &[
            "Verteidigungsministerin Anna Kowal",
            "ein hochrangiger Beamter",
            "Außenminister Jon Berg",
            "der Regierungssprecher",
            "General Iwan Petrenko",
            "ein Geheimdienstmitarbeiter",
        ],
        sources: &[
            "wie Geheimdienstkreise berichten",
            "teilte das Ministerium mit",
            "sagten zwei mit der Sache vertraute Personen",
            "wie Satellitenbilder nahelegen",
            "hieß es aus Regierungskreisen",
        ],
        months: &[
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        sentences: &[
            "{A} hat im {M} {N} {W} an {B} geliefert, {S}.",
            "{P} sagte, {A} habe zugesagt, {B} mit {W} zu versorgen.",
            "Die Lieferung der {W} erreichte {C} Anfang {M} per Bahn.",
            "{A} bestritt, {W} an {B} geschickt zu haben.",
            "Fachleute in {C} schätzen, dass {B} im vergangenen Jahr etwa {N} {W} erhielt.",
            "{A} und {B} unterzeichneten am {D}. {M} in {C} ein Abkommen über militärische Zusammenarbeit.",
            "Die EU verhängte neue Sanktionen gegen Firmen aus {A} wegen der Lieferung von {W}.",
            "{P} reiste nach {C}, um über die gemeinsame Produktion von {W} zu sprechen.",
            "Soldaten aus {A} werden in {B} an {W} ausgebildet, {S}.",
            "Wegen des Wetters verzögerte sich der Konvoi bei {C}; die Gespräche wurden auf {M} verschoben.",
            "Das Parlament in {C} billigte ein Hilfspaket über {N} Millionen Euro für {B}.",
            "Die Getreidepreise stiegen im {M} erneut, meldete das Statistikamt.",
        ],
        fillers: &[
            "Die Getreidepreise stiegen im {M} erneut, meldete das Statistikamt.",
            "Für das Wochenende erwarten die Meteorologen kräftigen Regen in der ganzen Region.",
            "Der örtliche Fußballverein gewann am {D}. {M} sein drittes Spiel in Folge.",
            "Die Arbeitslosigkeit sank im {M} auf {N} Tausend, den niedrigsten Stand seit zehn Jahren.",
            "Das Museum öffnet nach Umbauarbeiten, die {N} Millionen Euro kosteten, wieder.",
            "Nach einer Signalstörung war der Zugverkehr mehrere Stunden unterbrochen.",
            "Die Schulen schließen früher für die Ferien, teilte die Schulbehörde mit.",
            "Eine neue Brücke über den Fluss soll im kommenden Frühjahr eröffnet werden.",
            "Die Zentralbank ließ die Leitzinsen im {M} unverändert.",
            "Die Karten für das Sommerfestival waren nach {N} Minuten ausverkauft.",
        ],
        boilerplate: &[
            "Anzeige",
            "Lesen Sie auch: Der Waffenhandel im Überblick",
            "Newsletter abonnieren",
            "Foto: Beispielagentur",
            "Mehr zum Thema",
            "Zur Startseite",
            "Mit dem Laden des Tweets akzeptieren Sie die Datenschutzerklärung.",
        ],
        outlets: &[
            "beispiel-zeitung.de",
            "example-nachrichten.de",
            "beispielblatt.at",
        ],
    };

    fn capitalize(s: &str) -> String {
        let mut c = s.chars();
        match c.next() {
            Some(f) => f.to_uppercase().chain(c).collect(),
            None => String::new(),
        }
    }

    fn sentence(rng: &mut Rng, l: &Lang) -> String {
        let template = rng.pick(l.sentences);
        fill(rng, l, template)
    }

    fn fill(rng: &mut Rng, l: &Lang, template: &str) -> String {
        let a = rng.pick(l.states);
        let mut b = rng.pick(l.states);
        while b == a {
            b = rng.pick(l.states);
        }
        let mut out = String::with_capacity(template.len() + 64);
        let mut rest = template;
        while let Some(i) = rest.find('{') {
            out.push_str(&rest[..i]);
            let key = &rest[i + 1..i + 2];
            match key {
                "A" => out.push_str(a),
                "B" => out.push_str(b),
                "W" => out.push_str(rng.pick(l.weapons)),
                "C" => out.push_str(rng.pick(l.places)),
                "P" => out.push_str(rng.pick(l.people)),
                "S" => out.push_str(rng.pick(l.sources)),
                "M" => out.push_str(rng.pick(l.months)),
                "N" => out.push_str(&(10 + rng.below(990)).to_string()),
                "D" => out.push_str(&(1 + rng.below(28)).to_string()),
                _ => {}
            }
            rest = &rest[i + 3..];
        }
        out.push_str(rest);
        capitalize(&out)
    }

    /// Iterator over `n` synthetic articles.
    pub(super) struct Corpus {
        rng: Rng,
        i: usize,
        n: usize,
        /// Out of 100 sentences of the body, how many come from the
        /// templates (most of which state an act); the others are about
        /// other things. 100: the dense corpus (about 27 events an article).
        share: usize,
    }

    impl Corpus {
        /// A corpus where `share` of 100 body sentences come from the
        /// templates, the rest from unrelated news.
        pub(super) fn with_share(n: usize, share: usize) -> Self {
            Corpus {
                rng: Rng(0x6d69_6c63_6f6f_7021),
                i: 0,
                n,
                share,
            }
        }
    }

    impl Iterator for Corpus {
        type Item = Article;

        fn next(&mut self) -> Option<Article> {
            if self.i >= self.n {
                return None;
            }
            self.i += 1;
            let rng = &mut self.rng;
            let l = if rng.below(2) == 0 { &EN } else { &DE };
            let target = 2000 + rng.below(2000);
            let title = sentence(rng, l);
            let title = title.trim_end_matches('.').to_string();
            let mut text = format!("{title}\n\n");
            while text.len() < target {
                let k = 2 + rng.below(3);
                let share = self.share;
                let para: Vec<String> = (0..k)
                    .map(|_| {
                        if share >= 100 || rng.below(100) < share {
                            sentence(rng, l)
                        } else {
                            let t = rng.pick(l.fillers);
                            fill(rng, l, t)
                        }
                    })
                    .collect();
                text.push_str(&para.join(" "));
                text.push_str("\n\n");
                if rng.below(4) == 0 {
                    text.push_str(rng.pick(l.boilerplate));
                    text.push_str("\n\n");
                }
            }
            let outlet = rng.pick(l.outlets);
            let day = 1 + rng.below(28);
            let month = 1 + rng.below(12);
            Some(Article {
                id: format!("bench-{:06}", self.i),
                url: Some(format!("https://{outlet}/a/{}", self.i)),
                outlet: Some(outlet.to_string()),
                title: Some(title),
                published: Some(format!("2024-{month:02}-{day:02}")),
                language: Some(l.code.to_string()),
                text: text.trim_end().to_string(),
            })
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn corpus_is_deterministic_and_sized() {
            let a: Vec<Article> = Corpus::with_share(20, 100).collect();
            let b: Vec<Article> = Corpus::with_share(20, 100).collect();
            assert_eq!(a, b);
            assert_eq!(a.len(), 20);
            for x in &a {
                assert!((2000..4600).contains(&x.text.len()), "{}", x.text.len());
                assert!(!x.text.contains('{'));
            }
            assert!(a.iter().any(|x| x.language.as_deref() == Some("de")));
            assert!(a.iter().any(|x| x.language.as_deref() == Some("en")));
        }
    }
}
