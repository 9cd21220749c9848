//! `milcoop extract` on bad input (SPEC.md, Bad input): each bad record gets
//! one error on stderr naming the file and line or entry, the good records
//! still come out on stdout, a summary ends the run, and the exit status is
//! 1 when any record failed (0 when all were good).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What one run of `milcoop extract` gave.
struct Run {
    code: Option<i32>,
    /// The ids of the articles on stdout, in order.
    ids: Vec<String>,
    stderr: String,
}

fn extract(args: &[&Path], stdin: Option<&[u8]>) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_milcoop"));
    cmd.arg("extract").args(args);
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("milcoop runs");
    if let Some(data) = stdin {
        let mut pipe = child.stdin.take().unwrap();
        pipe.write_all(data).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8(out.stdout).expect("stdout is UTF-8");
    let ids = stdout
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("each stdout line is JSON");
            v["article"]["id"]
                .as_str()
                .expect("an article id")
                .to_string()
        })
        .collect();
    Run {
        code: out.status.code(),
        ids,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn write(dir: &Path, name: &str, data: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, data).unwrap();
    p
}

/// A gzip stream of `data` in stored (uncompressed) deflate blocks, without
/// its trailer: enough for a stream that is cut off anyway.
fn gzip_stored(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    for block in data.chunks(65_535) {
        let len = block.len() as u16;
        out.push(0);
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(block);
    }
    out
}

fn good(dir: &Path) -> PathBuf {
    write(
        dir,
        "gut.txt",
        "Iran hat Russland Drohnen geliefert.\n".as_bytes(),
    )
}

/// Asserts that one error line on stderr contains all of `parts`.
fn assert_error(run: &Run, parts: &[&str]) {
    let found = run
        .stderr
        .lines()
        .any(|l| l.starts_with("milcoop: ") && parts.iter().all(|p| l.contains(p)));
    assert!(found, "no error line with {parts:?} in:\n{}", run.stderr);
}

fn assert_summary(run: &Run, ok: usize, failed: usize) {
    let line = run
        .stderr
        .lines()
        .find(|l| l.starts_with("milcoop extract: "));
    let found = line.is_some_and(|l| {
        l.starts_with(&format!("milcoop extract: {ok} articles "))
            && l.ends_with(&format!(", {failed} failed"))
    });
    assert!(
        found,
        "no summary with {ok} articles and {failed} failed in:\n{}",
        run.stderr
    );
}

#[test]
fn all_good_exits_zero() {
    let d = tempfile::tempdir().unwrap();
    let a = good(d.path());
    let b = write(
        d.path(),
        "b.jsonl",
        b"{\"id\":\"b1\",\"text\":\"Text eins.\"}\n{\"id\":\"b2\",\"text\":\"Text zwei.\"}\n",
    );
    let run = extract(&[&a, &b], None);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.ids, ["gut", "b1", "b2"]);
    assert_summary(&run, 3, 0);
}

#[test]
fn empty_file() {
    let d = tempfile::tempdir().unwrap();
    let e = write(d.path(), "leer.txt", b"");
    let run = extract(&[&e, &good(d.path())], None);
    assert_eq!(run.code, Some(1));
    assert_error(&run, &["leer.txt", "empty input"]);
    assert_eq!(run.ids, ["gut"]);
    assert_summary(&run, 1, 1);
}

#[test]
fn binary_file() {
    let d = tempfile::tempdir().unwrap();
    let b = write(
        d.path(),
        "programm.txt",
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00",
    );
    let run = extract(&[&b, &good(d.path())], None);
    assert_eq!(run.code, Some(1));
    assert_error(&run, &["programm.txt", "binary"]);
    assert_eq!(run.ids, ["gut"]);
}

#[test]
fn invalid_utf8_text_is_read_lossily_json_is_rejected() {
    let d = tempfile::tempdir().unwrap();
    let t = write(d.path(), "latin.txt", b"Gr\xfc\xdfe aus Kyjiw.");
    let run = extract(&[&t], None);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.ids, ["latin"]);
    let j = write(
        d.path(),
        "latin.jsonl",
        b"{\"id\":\"x\",\"text\":\"Gr\xfc\xdfe\"}\n",
    );
    let run = extract(&[&j, &t], None);
    assert_eq!(run.code, Some(1));
    assert_error(&run, &["latin.jsonl:1", "invalid UTF-8"]);
    assert_eq!(run.ids, ["latin"]);
}

#[test]
fn malformed_json_line() {
    let d = tempfile::tempdir().unwrap();
    let j = write(
        d.path(),
        "zeilen.jsonl",
        b"{\"id\":\"z1\",\"text\":\"eins\"}\n{\"id\":\"z2\",\"text\":}\n{\"id\":\"z3\",\"text\":\"drei\"}\n",
    );
    let run = extract(&[&j], None);
    assert_eq!(run.code, Some(1));
    assert_error(&run, &["zeilen.jsonl:2", "invalid JSON"]);
    assert_eq!(run.ids, ["z1", "z3"]);
    assert_summary(&run, 2, 1);
}

#[test]
fn truncated_gzip() {
    let d = tempfile::tempdir().unwrap();
    let mut lines = String::new();
    for i in 0..3000 {
        lines.push_str(&format!(
            "{{\"id\":\"g{i}\",\"text\":\"Meldung {i}: {}\"}}\n",
            i * 104_729
        ));
    }
    let gz = gzip_stored(lines.as_bytes());
    let p = write(d.path(), "teil.jsonl.gz", &gz[..gz.len() / 2]);
    let run = extract(&[&p], None);
    assert_eq!(run.code, Some(1));
    assert_error(&run, &["teil.jsonl.gz:"]);
    assert!(
        run.ids.len() > 100,
        "only {} records before the cut",
        run.ids.len()
    );
    assert_eq!(run.ids[0], "g0");
    assert_summary(&run, run.ids.len(), 1);
}

#[test]
fn huge_single_line() {
    let d = tempfile::tempdir().unwrap();
    let mut data = b"{\"id\":\"riesig\",\"text\":\"".to_vec();
    data.resize(50 << 20, b'a');
    data.extend_from_slice(b"\"}\n{\"id\":\"klein\",\"text\":\"ok\"}\n");
    let p = write(d.path(), "gross.jsonl", &data);
    drop(data);
    let run = extract(&[&p], None);
    assert_eq!(run.code, Some(1));
    assert_error(&run, &["gross.jsonl:1", "larger than the limit"]);
    assert_eq!(run.ids, ["klein"]);
}

#[test]
fn html_without_body() {
    let d = tempfile::tempdir().unwrap();
    let h = write(
        d.path(),
        "leer.html",
        b"<!DOCTYPE html><html><head><title>x</title></head></html>",
    );
    let run = extract(&[&h, &good(d.path())], None);
    assert_eq!(run.code, Some(1));
    assert_error(&run, &["leer.html", "no article text"]);
    assert_eq!(run.ids, ["gut"]);
}

#[test]
fn feed_with_broken_entries() {
    let d = tempfile::tempdir().unwrap();
    let feed = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Beispiel</title>\n\
        <item><guid>f1</guid><link>https://f.example/1</link><description>Erste Meldung.</description></item>\n\
        <item><description>Zweite <i>Meldung.</description></item>\n\
        <item><title>Nur Titel</title></item>\n\
        <item><link>https://f.example/4</link><description>Vierte Meldung.</description></item>\n\
        </channel></rss>\n";
    let p = write(d.path(), "feed.xml", feed.as_bytes());
    let run = extract(&[&p], None);
    assert_eq!(run.code, Some(1));
    assert_error(&run, &["feed.xml:4 (entry 2)", "malformed XML"]);
    assert_error(&run, &["feed.xml:5 (entry 3)", "no text"]);
    let want: Vec<String> = ["https://f.example/1", "https://f.example/4"]
        .iter()
        .map(|u| milcoop_core::ids::id_from_url(u))
        .collect();
    assert_eq!(run.ids, want);
    assert_summary(&run, 2, 2);
}

#[test]
fn unknown_extension_is_sniffed() {
    let d = tempfile::tempdir().unwrap();
    let p = write(
        d.path(),
        "export.dat",
        b"{\"id\":\"s1\",\"text\":\"a\"}\n{\"id\":\"s2\",\"text\":\"b\"}\n",
    );
    let q = write(
        d.path(),
        "notiz",
        "Nur ein Satz über Lieferungen.".as_bytes(),
    );
    let run = extract(&[&p, &q], None);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.ids, ["s1", "s2", "notiz"]);
}

#[test]
fn directory_with_mixed_files() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "a.txt", b"Erster Artikel.");
    write(
        d.path(),
        "b.jsonl",
        b"{\"id\":\"b1\",\"text\":\"x\"}\n[kaputt\n",
    );
    write(
        d.path(),
        "c/d.json",
        b"{\"article\":{\"id\":\"gold\",\"text\":\"y\"},\"events\":[]}",
    );
    write(d.path(), "c/e.bin", b"\x00\x01\x02\x03");
    write(d.path(), ".versteckt.txt", b"nicht lesen");
    let run = extract(&[d.path()], None);
    assert_eq!(run.code, Some(1));
    assert_eq!(run.ids, ["a", "b1", "gold"]);
    assert_error(&run, &["b.jsonl:2", "invalid JSON"]);
    assert_error(&run, &["e.bin", "binary"]);
    assert_summary(&run, 3, 2);
}

#[test]
fn nonexistent_path() {
    let d = tempfile::tempdir().unwrap();
    let missing = d.path().join("gibt-es-nicht.txt");
    let run = extract(&[&missing, &good(d.path())], None);
    assert_eq!(run.code, Some(1));
    assert_error(&run, &["gibt-es-nicht.txt"]);
    assert_eq!(run.ids, ["gut"]);
}

#[test]
fn stdin_is_sniffed() {
    let run = extract(
        &[Path::new("-")],
        Some(b"{\"id\":\"in1\",\"text\":\"x\"}\n{\"id\":\"in2\",\"text\":\"y\"}\n"),
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.ids, ["in1", "in2"]);
    let run = extract(&[Path::new("-")], Some(b""));
    assert_eq!(run.code, Some(1));
    assert_error(&run, &["-: empty input"]);
}
