//! The database commands end to end: ingest, events, claims, show, export,
//! and a killed-and-resumed ingest that must equal a clean run.

use milcoop_store::{Store, synth};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

fn milcoop() -> Command {
    Command::new(env!("CARGO_BIN_EXE_milcoop"))
}

/// Writes `n` synthetic predictions as JSON Lines.
fn corpus(path: &Path, seed: u64, n: u64) {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    for i in 0..n {
        serde_json::to_writer(&mut f, &synth::prediction(seed, i, 3)).unwrap();
        f.write_all(b"\n").unwrap();
    }
    f.flush().unwrap();
}

fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn ingest_query_show_export() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    corpus(&input, 1, 40);
    // one malformed line and one bad record among good ones
    let mut bad = synth::prediction(1, 999, 1);
    bad.events[0].evidence = "nowhere in the text".into();
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(&input)
        .unwrap();
    writeln!(f, "{{not json").unwrap();
    writeln!(f, "{}", serde_json::to_string(&bad).unwrap()).unwrap();
    drop(f);
    let db = dir.path().join("m.db");
    let db = db.to_str().unwrap();
    let (code, _, err) = run(milcoop()
        .args(["ingest", "--predictions", "--db", db])
        .arg(&input));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("in.jsonl:41:"), "{err}");
    assert!(
        err.contains("article gen-1-999: event 0: evidence"),
        "{err}"
    );
    assert!(err.contains("40 articles stored"), "{err}");
    assert!(err.contains("2 failed"), "{err}");

    // a second run changes nothing
    let before = Store::open(db).unwrap().dump().unwrap();
    let (_, _, err) = run(milcoop()
        .args(["ingest", "--predictions", "--db", db])
        .arg(&input));
    assert!(
        err.contains("0 articles stored") && err.contains("40 unchanged"),
        "{err}"
    );
    assert_eq!(Store::open(db).unwrap().dump().unwrap(), before);

    let (code, out, err) =
        run(milcoop().args(["events", "--db", db, "--format", "json", "--limit", "0"]));
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 120);
    let actor = v[0]["actor"].as_str().unwrap().to_string();
    let (_, out, _) = run(milcoop().args([
        "events", "--db", db, "--format", "jsonl", "--limit", "0", "--actor", &actor,
    ]));
    assert!(out.lines().count() >= 1);
    for l in out.lines() {
        let e: serde_json::Value = serde_json::from_str(l).unwrap();
        assert!(
            e["actor"] == actor.as_str() || e["recipient"] == actor.as_str(),
            "{l}"
        );
    }
    let (code, out, _) =
        run(milcoop().args(["claims", "--db", db, "--format", "csv", "--type", "supply"]));
    assert_eq!(code, 0);
    assert!(out.starts_with("id,type,actor,recipient,"), "{out}");
    assert!(
        out.lines()
            .skip(1)
            .all(|l| l.split(',').nth(1) == Some("supply")),
        "{out}"
    );
    let (_, table, _) = run(milcoop().args(["claims", "--db", db, "--limit", "3"]));
    assert!(
        table.starts_with("ID ") && table.contains("(3 rows)"),
        "{table}"
    );
    // a full page says how many more rows match; pages follow each other
    assert!(
        table.contains("more rows match (--offset 3 for the next page"),
        "{table}"
    );
    let (_, page, _) = run(milcoop().args([
        "events", "--db", db, "--format", "json", "--limit", "7", "--offset", "5",
    ]));
    let page: serde_json::Value = serde_json::from_str(&page).unwrap();
    assert_eq!(page.as_array().unwrap()[..], v.as_array().unwrap()[5..12]);
    assert!(run(milcoop().args(["claims", "--db", db, "--item", "nonsense"])).0 != 0);

    let claim = v[0]["claim_id"].as_str().unwrap();
    let (code, out, _) = run(milcoop().args(["show", "--db", db, claim]));
    assert_eq!(code, 0);
    assert!(out.starts_with(&format!("claim {claim}:")), "{out}");
    assert!(out.contains('»') && out.contains("according to"), "{out}");
    let (code, out, _) = run(milcoop().args(["show", "--db", db, "gen-1-0"]));
    assert_eq!(code, 0);
    assert!(out.starts_with("article gen-1-0"), "{out}");
    assert_eq!(run(milcoop().args(["show", "--db", db, "no-such-id"])).0, 1);

    let pq = dir.path().join("e.parquet");
    let (code, _, err) = run(milcoop()
        .args(["export", "--db", db, "-f", "parquet", "-o"])
        .arg(&pq));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("120 rows"), "{err}");
    assert_eq!(&std::fs::read(&pq).unwrap()[..4], b"PAR1");
    let (code, out, _) = run(milcoop().args(["export", "--db", db, "-f", "graphml"]));
    assert_eq!(code, 0);
    assert!(out.contains("<graphml") && out.contains("<edge "), "{out}");
    let (_, out, _) = run(milcoop().args(["export", "--db", db, "-f", "csv", "--table", "claims"]));
    assert!(out.starts_with("id,type,"), "{out}");
}

fn nanos() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos() as u64
}

/// Kills `milcoop ingest` (SIGKILL) mid-run four times, runs it again to
/// the end, and compares every table with a clean run's, for two stores
/// `clean` and `killed` (SQLite paths or PostgreSQL URLs). Each kill comes
/// when the store holds another sixth of the articles (watched through a
/// connection of its own), so it lands mid-run however fast or loaded the
/// machine is: no timing is assumed.
fn crash_case(clean: &str, killed: &str, articles: u64, batch: &str) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    corpus(&input, 2, articles);
    // syndicated copies too: exact duplicates under other ids
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(&input)
        .unwrap();
    for i in 0..articles / 60 {
        let mut p = synth::prediction(2, i * 7, 3);
        p.article.id = format!("copy-{i}");
        writeln!(f, "{}", serde_json::to_string(&p).unwrap()).unwrap();
    }
    drop(f);
    let total = articles + articles / 60;
    let ingest = |db: &str| {
        let mut c = milcoop();
        c.args([
            "ingest",
            "--predictions",
            "--quiet",
            "--batch",
            batch,
            "--db",
            db,
        ])
        .arg(&input);
        c
    };
    let (code, _, err) = run(&mut ingest(clean));
    assert_eq!(code, 0, "{err}");

    let mut watch = Store::open(killed).unwrap();
    let mut kills = 0;
    for round in 1..=4 {
        let mut child = ingest(killed)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mark = total * round / 6;
        loop {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            if watch.counts().unwrap().articles >= mark {
                child.kill().unwrap(); // SIGKILL
                kills += 1;
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        child.wait().unwrap();
    }
    drop(watch);
    let partial = Store::open(killed).unwrap().counts().unwrap().articles;
    eprintln!("killed {kills} times, {partial} articles stored before the last run");
    assert!(
        kills >= 1 && partial < total,
        "the kills did not interrupt the ingest"
    );
    let (code, _, err) = run(&mut ingest(killed));
    assert_eq!(code, 0, "{err}");
    let a = Store::open(clean).unwrap().dump().unwrap();
    let b = Store::open(killed).unwrap().dump().unwrap();
    assert!(a.lines().count() as u64 > articles);
    if a != b {
        let diff = a.lines().zip(b.lines()).find(|(x, y)| x != y);
        panic!(
            "dumps differ ({} vs {} lines); first difference: {diff:?}",
            a.lines().count(),
            b.lines().count()
        );
    }
}

#[test]
fn killed_and_resumed_ingest_equals_a_clean_run() {
    sqlite_crash_case(3000, "100");
}

/// The same with batches of 1,500 articles, each stored in parts (the
/// writer's parts are 1,000 articles): kills land inside a batch whose
/// first part is written but not committed. 4,066 records make the last
/// batch a large one, so the kill at two thirds (after the commit at 3,000)
/// always comes before the end (with 3,050 records only 50 followed that
/// commit and the run could end between two looks of the watcher).
#[test]
fn killed_and_resumed_ingest_in_parts_equals_a_clean_run() {
    sqlite_crash_case(4000, "1500");
}

/// [`crash_case`] on two SQLite files of a temporary folder.
fn sqlite_crash_case(articles: u64, batch: &str) {
    let dir = tempfile::tempdir().unwrap();
    let clean = dir.path().join("clean.db");
    let killed = dir.path().join("killed.db");
    crash_case(
        clean.to_str().unwrap(),
        killed.to_str().unwrap(),
        articles,
        batch,
    );
}

#[test]
fn killed_and_resumed_ingest_equals_a_clean_run_on_postgres() {
    let url = std::env::var("MILCOOP_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    let mut client = match postgres::Client::connect(&url, postgres::NoTls) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("skipping PostgreSQL: {url} unreachable: {e}");
            return;
        }
    };
    let tag = format!("{}_{}", std::process::id(), nanos());
    let (a, b) = (format!("crash_clean_{tag}"), format!("crash_killed_{tag}"));
    let sep = if url.contains('?') { '&' } else { '?' };
    struct Drop_<'a>(&'a mut postgres::Client, [&'a str; 2]);
    impl Drop for Drop_<'_> {
        fn drop(&mut self) {
            for s in self.1 {
                let _ = self.0.batch_execute(&format!(
                    "SET client_min_messages TO WARNING; DROP SCHEMA IF EXISTS {s} CASCADE"
                ));
            }
        }
    }
    let _cleanup = Drop_(&mut client, [&a, &b]);
    // PostgreSQL answers each statement over a socket: a smaller corpus
    crash_case(
        &format!("{url}{sep}schema={a}"),
        &format!("{url}{sep}schema={b}"),
        1000,
        "10",
    );
}

/// Raw articles extracted on several workers are stored as a sequential
/// run stores them: the same ids, duplicates, events and claims.
#[test]
fn parallel_extraction_stores_what_a_sequential_run_stores() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = tempfile::tempdir().unwrap();
    let dump = |threads: &str| {
        let db = dir.path().join(format!("t{threads}.db"));
        let db = db.to_str().unwrap();
        let (code, _, err) = run(milcoop()
            .args([
                "ingest",
                "--quiet",
                "--batch",
                "7",
                "--threads",
                threads,
                "--db",
                db,
            ])
            .arg(root.join("examples/articles"))
            .arg(root.join("tests/consolidation/articles")));
        assert!(code == 0 || code == 1, "{err}");
        Store::open(db).unwrap().dump().unwrap()
    };
    let one = dump("1");
    assert!(one.lines().count() > 50, "{one}");
    assert_eq!(dump("3"), one);
}
