//! Store benchmarks (no criterion: a plain harness, `cargo bench -p milcoop-store`).
//!
//! 1. ingest throughput into SQLite of synthetic predictions (3 events each),
//!    in batches of 5,000 articles (`milcoop ingest`'s default), one
//!    transaction each;
//! 2. filtered queries on a database of `MILCOOP_BENCH_EVENTS` events
//!    (default 1,000,000), built once under `target/` and reused: each
//!    shape for its first 100 rows, then for all its rows.
//!
//! Environment: `MILCOOP_BENCH_ARTICLES` (ingest run, default 20,000; 0
//! skips it), `MILCOOP_BENCH_BATCH` (articles per transaction, default
//! 5,000), `MILCOOP_BENCH_EVENTS`, `MILCOOP_BENCH_DIR` (where the
//! databases go), `MILCOOP_BENCH_QUERY` (only the query shapes whose name
//! holds this).

use milcoop_store::{Filter, Store, synth};
use std::time::Instant;

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// CPU seconds (user + system) this thread used so far, from /proc
/// (Linux); wall-clock figures lie on a machine shared with other jobs.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// Seconds this thread has waited, runnable, for a CPU (from
/// /proc/thread-self/schedstat): the share of the wall-clock time that other
/// jobs on the machine took.
fn thread_wait_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().nth(1)?.parse().ok()?;
    Some(ns / 1e9)
}

/// Ingests `n` synthetic articles the way `milcoop ingest` does on two
/// cores: one thread generates and prepares, this one writes. Returns wall
/// seconds, and this (writer) thread's CPU seconds and seconds waiting for
/// a CPU.
fn ingest(
    store: &mut Store,
    seed: u64,
    range: std::ops::Range<u64>,
    events: usize,
) -> (f64, Option<f64>, Option<f64>) {
    let size = env("MILCOOP_BENCH_BATCH", 5000) as usize;
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<milcoop_store::Prepared>>(2);
    let t = Instant::now();
    let cpu0 = thread_cpu_seconds();
    let wait0 = thread_wait_seconds();
    let producer = std::thread::spawn(move || {
        let mut batch = Vec::with_capacity(size);
        for i in range {
            batch.push(milcoop_store::prepare(synth::prediction(seed, i, events)));
            if batch.len() == size {
                tx.send(std::mem::take(&mut batch)).expect("send");
            }
        }
        if !batch.is_empty() {
            tx.send(batch).expect("send");
        }
    });
    for batch in rx {
        store.ingest_prepared(&batch).expect("ingest");
    }
    producer.join().expect("producer");
    let cpu = thread_cpu_seconds().zip(cpu0).map(|(b, a)| b - a);
    let wait = thread_wait_seconds().zip(wait0).map(|(b, a)| b - a);
    (t.elapsed().as_secs_f64(), cpu, wait)
}

fn main() {
    let dir = match std::env::var("MILCOOP_BENCH_DIR") {
        Ok(d) => std::path::PathBuf::from(d),
        Err(_) => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-store"),
    };
    std::fs::create_dir_all(&dir).expect("bench dir");

    // 1. ingest throughput
    let n = env("MILCOOP_BENCH_ARTICLES", 20_000);
    if n > 0 {
        bench_ingest(&dir, n);
    }
    bench_queries(&dir);
}

fn bench_ingest(dir: &std::path::Path, n: u64) {
    let path = dir.join("ingest.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let mut store = Store::open(path.to_str().unwrap()).expect("open");
    let (secs, writer_cpu, writer_wait) = ingest(&mut store, 7, 0..n, 3);
    let c = store.counts().expect("counts");
    println!(
        "ingest: {n} articles ({} events, {} claims) in {secs:.2}s wall = {:.0} articles/s (2 threads)",
        c.events,
        c.claims,
        n as f64 / secs
    );
    if let Some(cpu) = writer_cpu {
        println!(
            "ingest: writer thread {cpu:.2} CPU seconds = {:.0} articles per writer CPU-second \
             (the bound on an unloaded 2-core machine)",
            n as f64 / cpu
        );
    }
    if let Some(wait) = writer_wait {
        println!(
            "ingest: the writer waited {wait:.2}s for a CPU (run queue: other jobs on a shared \
             machine): {:.0} articles/s on the wall-clock time less that wait",
            n as f64 / (secs - wait)
        );
    }
}

/// 2. queries on a large database
fn bench_queries(dir: &std::path::Path) {
    let target = env("MILCOOP_BENCH_EVENTS", 1_000_000);
    let big = dir.join(format!("query-{target}.db"));
    let mut store = Store::open(big.to_str().unwrap()).expect("open");
    let have = store.counts().expect("counts").events;
    if have < target {
        let per_article = 5;
        let articles = target.div_ceil(per_article as u64);
        eprintln!("building a database of {target} events ({articles} articles)...");
        let start = have / per_article as u64;
        let (secs, ..) = ingest(&mut store, 11, start..articles, per_article);
        store.optimize().expect("optimize");
        eprintln!("built in {secs:.0}s");
    }
    let c = store.counts().expect("counts");
    println!(
        "query database: {} articles, {} events, {} claims",
        c.articles, c.events, c.claims
    );
    let f = Filter::default;
    let lim = Some(100);
    let cases: Vec<(&str, Filter)> = vec![
        ("latest 100", Filter { limit: lim, ..f() }),
        (
            "actor",
            Filter {
                actor: Some("IRN".into()),
                limit: lim,
                ..f()
            },
        ),
        (
            "recipient+type",
            Filter {
                recipient: Some("RUS".into()),
                kind: "supply".parse().ok(),
                limit: lim,
                ..f()
            },
        ),
        (
            "party",
            Filter {
                party: Some("PRK".into()),
                limit: lim,
                ..f()
            },
        ),
        (
            "item",
            Filter {
                item: "uav".parse().ok(),
                limit: lim,
                ..f()
            },
        ),
        (
            "actor+recipient+item",
            Filter {
                actor: Some("IRN".into()),
                recipient: Some("RUS".into()),
                item: "uav".parse().ok(),
                limit: lim,
                ..f()
            },
        ),
        (
            "status+certainty",
            Filter {
                status: "planned".parse().ok(),
                certainty: "likely".parse().ok(),
                limit: lim,
                ..f()
            },
        ),
        (
            "time range",
            Filter {
                since: Some("2023-03".into()),
                until: Some("2023-04".into()),
                limit: lim,
                ..f()
            },
        ),
        (
            "outlet",
            Filter {
                outlet: Some("outlet7.example".into()),
                limit: lim,
                ..f()
            },
        ),
        (
            "language+actor",
            Filter {
                language: Some("de".into()),
                actor: Some("CHN".into()),
                limit: lim,
                ..f()
            },
        ),
        (
            "text",
            Filter {
                text: Some("tridel".into()),
                limit: lim,
                ..f()
            },
        ),
    ];
    // every filtered shape again without a limit: all matching rows, bound
    // by how many rows match as much as by the filter
    let all: Vec<(String, Filter)> = cases
        .iter()
        .skip(1)
        .map(|(name, f)| {
            (
                format!("{name}, all rows"),
                Filter {
                    limit: None,
                    ..f.clone()
                },
            )
        })
        .chain([
            (
                "actor+type, all rows".to_string(),
                Filter {
                    actor: Some("IRN".into()),
                    kind: "training".parse().ok(),
                    ..f()
                },
            ),
            (
                "actor+recipient, all rows".to_string(),
                Filter {
                    actor: Some("IRN".into()),
                    recipient: Some("RUS".into()),
                    ..f()
                },
            ),
        ])
        .collect();
    let run = |store: &mut Store, what: &str, filter: &Filter, reps: usize| {
        let mut best = f64::MAX;
        let mut rows = 0;
        for _ in 0..reps {
            let t = Instant::now();
            rows = if what == "events" {
                store.events(filter).expect("events").len()
            } else {
                store.claims(filter).expect("claims").len()
            };
            best = best.min(t.elapsed().as_secs_f64() * 1000.0);
        }
        (rows, best)
    };
    // MILCOOP_BENCH_QUERY=WORDS runs only the shapes whose name holds them
    let only = std::env::var("MILCOOP_BENCH_QUERY").unwrap_or_default();
    let cases: Vec<(&str, Filter)> = cases
        .into_iter()
        .filter(|(name, _)| name.contains(only.as_str()))
        .collect();
    let all: Vec<(String, Filter)> = all
        .into_iter()
        .filter(|(name, _)| name.contains(only.as_str()))
        .collect();
    let mut worst = 0f64;
    for (name, filter) in &cases {
        for what in ["events", "claims"] {
            let (rows, ms) = run(&mut store, what, filter, 5);
            worst = worst.max(ms);
            println!("query {what:6} {name:32} {rows:7} rows {ms:8.2} ms");
        }
    }
    println!("slowest filtered query (first 100 rows): {worst:.1} ms");
    let (mut fast, mut slow) = (0, Vec::new());
    for (name, filter) in &all {
        for what in ["events", "claims"] {
            let (rows, ms) = run(&mut store, what, filter, 3);
            println!("query {what:6} {name:32} {rows:7} rows {ms:8.2} ms");
            if ms < 50.0 {
                fast += 1;
            } else {
                slow.push(format!("{what} {name} ({rows} rows, {ms:.0} ms)"));
            }
        }
    }
    println!(
        "all-rows queries under 50 ms: {fast} of {}; over: {}",
        fast + slow.len(),
        if slow.is_empty() {
            "none".to_string()
        } else {
            slow.join("; ")
        }
    );
}
