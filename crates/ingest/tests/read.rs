//! End-to-end tests of `milcoop_ingest::read` on files in a temporary
//! folder: every input form, and every kind of bad input of SPEC.md.

use flate2::Compression;
use flate2::write::GzEncoder;
use milcoop_ingest::{Format, IngestError, ReadOptions, Reader, read, read_from};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What a record turned into, for assertions: `Ok((origin, id, text))` or
/// `Err(message)`.
type Got = Result<(String, String, String), String>;

fn collect(it: impl Iterator<Item = milcoop_ingest::Record>) -> Vec<Got> {
    it.map(|r| {
        r.map(|(o, a)| (o.to_string(), a.id, a.text))
            .map_err(|e| e.to_string())
    })
    .collect()
}

fn read_paths(paths: &[&Path]) -> Vec<Got> {
    let paths: Vec<PathBuf> = paths.iter().map(|p| p.to_path_buf()).collect();
    collect(read(&paths, &ReadOptions::default()))
}

fn write(dir: &Path, name: &str, data: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, data).unwrap();
    p
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn err(g: &Got) -> &str {
    g.as_ref()
        .err()
        .map(String::as_str)
        .unwrap_or_else(|| panic!("expected an error, got {g:?}"))
}

fn ok(g: &Got) -> &(String, String, String) {
    g.as_ref()
        .unwrap_or_else(|e| panic!("expected an article, got {e}"))
}

#[test]
fn text_file_is_one_article_kept_as_is() {
    let d = tempfile::tempdir().unwrap();
    let p = write(
        d.path(),
        "seed-7.txt",
        b"Titel\r\nNordkorea liefert Granaten.\n\n",
    );
    let got = read_paths(&[&p]);
    assert_eq!(got.len(), 1);
    let (o, id, text) = ok(&got[0]);
    assert!(o.ends_with("seed-7.txt"));
    assert_eq!(id, "seed-7");
    assert_eq!(text, "Titel\r\nNordkorea liefert Granaten.\n\n");
}

#[test]
fn utf16_text_file_is_not_taken_for_binary() {
    let d = tempfile::tempdir().unwrap();
    let mut bytes = vec![0xFF, 0xFE];
    for u in "Granaten für Moskau.".encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let p = write(d.path(), "utf16.txt", &bytes);
    let got = read_paths(&[&p]);
    assert_eq!(ok(&got[0]).2, "Granaten für Moskau.");
}

#[test]
fn empty_file_is_an_error_naming_it() {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "leer.txt", b"");
    let q = write(d.path(), "blank.jsonl", b"\n  \n");
    let got = read_paths(&[&p, &q]);
    assert_eq!(got.len(), 2);
    assert!(err(&got[0]).ends_with("leer.txt: empty input"), "{got:?}");
    assert!(
        err(&got[1]).ends_with("blank.jsonl: empty input"),
        "{got:?}"
    );
}

#[test]
fn binary_file_is_an_error_naming_it() {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "bild.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    let q = write(
        d.path(),
        "noise",
        &(0u8..32).cycle().take(4000).collect::<Vec<_>>(),
    );
    let got = read_paths(&[&p, &q]);
    assert!(
        err(&got[0]).contains("bild.txt: binary data, not text"),
        "{got:?}"
    );
    assert!(err(&got[1]).contains("noise: binary data"), "{got:?}");
}

#[test]
fn invalid_utf8_text_is_decoded_with_a_warning_json_rejected() {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "latin1.txt", b"Stra\xdfe nach Kyjiw");
    let q = write(
        d.path(),
        "latin1.jsonl",
        b"{\"id\":\"a\",\"text\":\"Stra\xdfe\"}\n{\"id\":\"b\",\"text\":\"gut\"}\n",
    );
    let mut r = Reader::new(&[p, q], &ReadOptions::default());
    let got = collect(&mut r);
    assert_eq!(ok(&got[0]).2, "Stra\u{FFFD}e nach Kyjiw");
    assert!(
        err(&got[1]).contains("latin1.jsonl:1: invalid UTF-8"),
        "{got:?}"
    );
    assert_eq!(ok(&got[2]).1, "b");
    let warnings = r.take_warnings();
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0]
            .to_string()
            .contains("latin1.txt: invalid UTF-8"),
        "{}",
        warnings[0]
    );
}

#[test]
fn malformed_json_line_names_file_and_line_and_the_rest_goes_on() {
    let d = tempfile::tempdir().unwrap();
    let data = "{\"id\":\"a\",\"text\":\"eins\"}\n{\"id\":\"b\",\"text\":\"zw\n{\"id\":\"c\",\"text\":\"drei\"}\n";
    let p = write(d.path(), "mix.jsonl", data.as_bytes());
    let got = read_paths(&[&p]);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(ok(&got[0]).1, "a");
    assert!(
        err(&got[1]).contains("mix.jsonl:2: invalid JSON"),
        "{got:?}"
    );
    assert_eq!(ok(&got[2]).1, "c");
}

#[test]
fn truncated_gzip_keeps_what_came_before() {
    let d = tempfile::tempdir().unwrap();
    let mut lines = String::new();
    for i in 0..2000 {
        lines.push_str(&format!(
            "{{\"id\":\"n{i}\",\"text\":\"Artikel {i} über Lieferungen von {}\"}}\n",
            i * 7919
        ));
    }
    let gz = gzip(lines.as_bytes());
    let p = write(d.path(), "cut.jsonl.gz", &gz[..gz.len() * 2 / 3]);
    let got = read_paths(&[&p]);
    let last = got.last().unwrap();
    assert!(err(last).contains("cut.jsonl.gz:"), "{last:?}");
    let good = got.iter().filter(|g| g.is_ok()).count();
    assert!(good > 100 && good < 2000, "{good} good records");
    assert_eq!(got.len(), good + 1);
    // Those produced are the first ones, in order.
    assert_eq!(ok(&got[good - 1]).1, format!("n{}", good - 1));
}

#[test]
fn gzip_is_recognised_by_magic_and_by_suffix() {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "a.txt.gz", &gzip(b"Iran liefert Drohnen."));
    let q = write(
        d.path(),
        "b.jsonl",
        &gzip(b"{\"id\":\"x\",\"text\":\"t\"}\n"),
    );
    let got = read_paths(&[&p, &q]);
    assert_eq!(ok(&got[0]).1, "a");
    assert_eq!(ok(&got[0]).2, "Iran liefert Drohnen.");
    assert_eq!(ok(&got[1]).1, "x");
}

#[test]
fn huge_single_line_is_a_clear_error_or_processed() {
    let d = tempfile::tempdir().unwrap();
    let mut data = Vec::with_capacity(50 << 20);
    data.extend_from_slice(b"{\"id\":\"big\",\"text\":\"");
    data.resize(50 << 20, b'x');
    data.extend_from_slice(b"\"}\n{\"id\":\"small\",\"text\":\"ok\"}\n");
    let p = write(d.path(), "huge.jsonl", &data);
    drop(data);
    let got = read_paths(&[&p]);
    assert_eq!(got.len(), 2);
    assert!(
        err(&got[0]).contains("huge.jsonl:1: record larger than the limit"),
        "{got:?}"
    );
    assert_eq!(ok(&got[1]).1, "small");
    // With a higher limit the same line is read.
    let opts = ReadOptions {
        max_record_bytes: 64 << 20,
        ..Default::default()
    };
    let got = collect(read(&[p], &opts));
    assert_eq!(ok(&got[0]).2.len(), (50 << 20) - 20);
}

/// A small news page written for these tests.
const PAGE: &str = "<!DOCTYPE html><html lang=\"de-DE\"><head><title>Drohnen für Moskau | Beispielblatt</title>\
    <meta property=\"og:site_name\" content=\"Beispielblatt\"></head><body><nav><a href=\"/\">Start</a></nav>\
    <article><h1>Drohnen für Moskau</h1>\
    <p>Nach Angaben westlicher Geheimdienste hat Teheran im Herbst weitere Kampfdrohnen an Moskau übergeben, \
    die seither bei Angriffen auf die ukrainische Energieversorgung eingesetzt werden.</p>\
    <p>Die Regierung in Kiew forderte daraufhin neue Sanktionen gegen iranische Hersteller und \
    verlangte von ihren Partnern zusätzliche Systeme zur Luftverteidigung.</p></article>\
    <footer>Impressum</footer></body></html>";

#[test]
fn html_page_gives_its_main_text_and_metadata() {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "seite.html", PAGE.as_bytes());
    let got: Vec<_> = read(&[p], &ReadOptions::default()).collect();
    let (_, a) = got[0].as_ref().unwrap();
    assert_eq!(a.id, "seite");
    assert!(
        a.text.contains("Teheran im Herbst weitere Kampfdrohnen"),
        "{:?}",
        a.text
    );
    assert!(!a.text.contains("Impressum"));
    assert_eq!(a.language.as_deref(), Some("de"));
    assert_eq!(a.outlet.as_deref(), Some("Beispielblatt"));
    assert!(
        a.title
            .as_deref()
            .is_some_and(|t| t.starts_with("Drohnen für Moskau")),
        "{:?}",
        a.title
    );
}

#[test]
fn warc_response_gives_the_page_with_its_url_and_date() {
    let d = tempfile::tempdir().unwrap();
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{PAGE}");
    let mut data = format!(
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: <https://blatt.example/a/7>\r\n\
         WARC-Date: 2024-02-03T04:05:06Z\r\nContent-Type: application/http; msgtype=response\r\n\
         Content-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    data.extend_from_slice(http.as_bytes());
    data.extend_from_slice(b"\r\n\r\n");
    let p = write(d.path(), "one.warc.gz", &gzip(&data));
    let got: Vec<_> = read(&[p], &ReadOptions::default()).collect();
    assert_eq!(got.len(), 1);
    let (o, a) = got[0].as_ref().unwrap();
    assert_eq!(o.entry, Some(1));
    assert_eq!(a.url.as_deref(), Some("https://blatt.example/a/7"));
    assert_eq!(
        a.id,
        milcoop_core::ids::id_from_url("https://blatt.example/a/7")
    );
    assert_eq!(a.published.as_deref(), Some("2024-02-03"));
    assert!(a.text.contains("Kampfdrohnen"));
}

#[test]
fn html_without_body_is_an_error() {
    let d = tempfile::tempdir().unwrap();
    let p = write(
        d.path(),
        "kopf.html",
        b"<html><head><title>Nur Kopf</title></head></html>",
    );
    let got = read_paths(&[&p]);
    assert_eq!(got.len(), 1);
    assert!(
        err(&got[0]).contains("kopf.html: no article text found"),
        "{got:?}"
    );
}

#[test]
fn feed_with_broken_entry_keeps_the_good_ones() {
    let d = tempfile::tempdir().unwrap();
    let rss = "<rss version=\"2.0\"><channel><title>T</title>\n\
        <item><title>a</title><link>https://n.example/1</link><description>Erster Text.</description></item>\n\
        <item><title>b</title><description>kaputt <b>ohne Ende</description></item>\n\
        <item><title>c</title><link>https://n.example/3</link><description>Dritter Text.</description></item>\n\
        </channel></rss>";
    let p = write(d.path(), "news.rss", rss.as_bytes());
    let got = read_paths(&[&p]);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(ok(&got[0]).2, "Erster Text.");
    assert!(
        err(&got[1]).contains("news.rss:3 (entry 2): malformed XML"),
        "{got:?}"
    );
    assert_eq!(
        ok(&got[2]).1,
        milcoop_core::ids::id_from_url("https://n.example/3")
    );
}

#[test]
fn json_errors_name_the_line_in_the_file() {
    let d = tempfile::tempdir().unwrap();
    let p = write(
        d.path(),
        "pretty.json",
        b"{\n  \"id\": \"p\",\n  \"text\": \"x\",\n  \"url\": ,\n}\n",
    );
    let got = read_paths(&[&p]);
    assert!(
        err(&got[0]).ends_with("pretty.json:4: invalid JSON: expected value at column 10"),
        "{got:?}"
    );
}

#[test]
fn unknown_extension_is_sniffed() {
    let d = tempfile::tempdir().unwrap();
    let a = write(d.path(), "feed.dat", b"<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><summary>S</summary></entry></feed>");
    let b = write(
        d.path(),
        "lines.out",
        b"{\"id\":\"l1\",\"text\":\"x\"}\n{\"id\":\"l2\",\"text\":\"y\"}\n",
    );
    let c = write(d.path(), "README", b"Einfacher Text.");
    let e = write(
        d.path(),
        "one.data",
        b"{\n \"id\": \"single\",\n \"text\": \"x\"\n}\n",
    );
    let got = read_paths(&[&a, &b, &c, &e]);
    let ids: Vec<&str> = got.iter().map(|g| ok(g).1.as_str()).collect();
    assert_eq!(ids[1..], ["l1", "l2", "README", "single"]);
    assert_eq!(ok(&got[0]).2, "S");
}

#[test]
fn folders_are_walked_sorted_skipping_hidden_and_bad_files_do_not_stop_it() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "b/2.txt", b"zwei");
    write(d.path(), "b/1.txt", b"eins");
    write(
        d.path(),
        "a.json",
        b"{\"article\": {\"id\": \"gold-1\", \"text\": \"gold\"}, \"events\": []}",
    );
    write(d.path(), "c-empty.txt", b"");
    write(d.path(), "d-bad.jsonl", b"{\"text\": \"ok\"}\nnot json\n");
    write(d.path(), ".hidden.txt", b"versteckt");
    write(d.path(), ".git/config", b"[core]");
    let got = read_paths(&[d.path()]);
    let summary: Vec<String> = got
        .iter()
        .map(|g| match g {
            Ok((_, id, _)) => id.clone(),
            Err(e) => format!("ERR {}", e.rsplit('/').next().unwrap()),
        })
        .collect();
    assert_eq!(
        summary,
        [
            "gold-1".to_string(),
            "1".into(),
            "2".into(),
            "ERR c-empty.txt: empty input".into(),
            milcoop_core::ids::id_from_text("ok"),
            "ERR d-bad.jsonl:2: invalid JSON: expected ident at column 2".into(),
        ]
    );
}

#[test]
fn nonexistent_path_is_an_error_and_the_rest_goes_on() {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "da.txt", b"Text");
    let missing = d.path().join("fehlt.txt");
    let got = read_paths(&[&missing, &p]);
    assert_eq!(got.len(), 2);
    assert!(err(&got[0]).contains("fehlt.txt: "), "{got:?}");
    assert_eq!(ok(&got[1]).1, "da");
}

#[test]
fn warc_records_become_articles() {
    // A WARC whose only page has no body gives one error naming the record;
    // a WARC with only non-HTML records says it found none.
    fn rec(kind: &str, uri: &str, content: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nContent-Length: {}\r\n\r\n",
            content.len()
        )
        .into_bytes();
        r.extend_from_slice(content);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }
    let d = tempfile::tempdir().unwrap();
    let mut data = rec("warcinfo", "", b"x: y\r\n");
    data.extend(rec(
        "response",
        "https://w.example/1",
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html></html>",
    ));
    // Each record its own gzip member, as crawlers write them.
    let gz: Vec<u8> = data.split_inclusive(|_| false).flat_map(gzip).collect();
    let p = write(d.path(), "crawl.warc.gz", &gz);
    let q = write(d.path(), "info.warc", &rec("warcinfo", "", b"x: y\r\n"));
    let got = read_paths(&[&p, &q]);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        err(&got[0]).contains("crawl.warc.gz (entry 2): https://w.example/1: no article text"),
        "{got:?}"
    );
    assert!(
        err(&got[1]).contains("info.warc: no HTML response records"),
        "{got:?}"
    );
}

#[test]
fn read_from_sniffs_a_stream() {
    let opts = ReadOptions::default();
    let got = collect(read_from(
        "-",
        Box::new(&b"{\"id\":\"s\",\"text\":\"x\"}\n"[..]),
        None,
        &opts,
    ));
    assert_eq!(ok(&got[0]).1, "s");
    let got = collect(read_from("-", Box::new(&b"Nur Text"[..]), None, &opts));
    assert_eq!(ok(&got[0]).1, milcoop_core::ids::id_from_text("Nur Text"));
    let got = collect(read_from(
        "x.txt",
        Box::new(&b"[1]"[..]),
        Some(Format::Json),
        &opts,
    ));
    assert!(
        err(&got[0]).contains("x.txt:1 (entry 1): expected a JSON object, found a number"),
        "{got:?}"
    );
}

#[test]
fn reader_is_send() {
    fn send<T: Send>(_: &T) {}
    send(&Reader::new(&[], &ReadOptions::default()));
}

#[test]
fn errors_are_typed() {
    let got: Vec<_> = read(
        &[PathBuf::from("/nonexistent/milcoop/x.txt")],
        &ReadOptions::default(),
    )
    .collect();
    assert!(
        matches!(&got[0], Err(IngestError::Io { origin, .. }) if origin.path.ends_with("x.txt"))
    );
}

#[test]
fn dev_gold_files_keep_their_ids() {
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/dev");
    if !dev.is_dir() {
        eprintln!("skipped: {} not found", dev.display());
        return;
    }
    let got = read_paths(&[&dev]);
    assert!(got.len() >= 20);
    for g in &got {
        let (o, id, text) = ok(g);
        assert!(o.contains(&format!("/{id}.json")), "{o} has id {id}");
        assert!(!text.is_empty());
    }
}
