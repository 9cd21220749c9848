//! Property tests: no input makes a reader panic or loop, and good records
//! survive next to bad ones.

use milcoop_ingest::{Format, ReadOptions, Record, read_from};
use proptest::prelude::*;

fn run(name: &str, data: Vec<u8>, format: Option<Format>) -> Vec<Record> {
    let opts = ReadOptions {
        max_record_bytes: 4096,
        ..Default::default()
    };
    read_from(name, Box::new(std::io::Cursor::new(data)), format, &opts)
        .take(10_000)
        .collect()
}

const FORMATS: [Option<Format>; 7] = [
    None,
    Some(Format::Text),
    Some(Format::Html),
    Some(Format::Json),
    Some(Format::JsonLines),
    Some(Format::Feed),
    Some(Format::Warc),
];

/// Bytes that look a bit like the formats, so parsers get past their first check.
fn structured_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"{".to_vec()),
        Just(b"}".to_vec()),
        Just(b"[".to_vec()),
        Just(b"]".to_vec()),
        Just(b"\"".to_vec()),
        Just(b"\\".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\"text\":\"a\"".to_vec()),
        Just(b"<item>".to_vec()),
        Just(b"</item>".to_vec()),
        Just(b"<entry>".to_vec()),
        Just(b"<description>".to_vec()),
        Just(b"<![CDATA[".to_vec()),
        Just(b"]]>".to_vec()),
        Just(b"<!--".to_vec()),
        Just(b"-->".to_vec()),
        Just(b"&amp;".to_vec()),
        Just(b"WARC/1.0\r\n".to_vec()),
        Just(b"Content-Length: 5\r\n".to_vec()),
        Just(b"WARC-Type: response\r\n".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"HTTP/1.1 200 OK\r\n".to_vec()),
        Just(b"\x1f\x8b".to_vec()),
        prop::collection::vec(any::<u8>(), 0..8),
        "[a-zA-Z <>/=\"']{0,12}".prop_map(String::into_bytes),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(data in prop::collection::vec(any::<u8>(), 0..600), f in 0usize..7) {
        let recs = run("x", data, FORMATS[f]);
        prop_assert!(recs.len() < 10_000);
    }

    #[test]
    fn structured_garbage_never_panics(data in structured_bytes(), f in 0usize..7) {
        let recs = run("x", data, FORMATS[f]);
        prop_assert!(recs.len() < 10_000);
    }

    #[test]
    fn good_json_lines_survive_bad_ones(
        lines in prop::collection::vec(
            prop_oneof![
                ("[a-z0-9]{1,8}", "\\PC{1,30}").prop_map(|(id, text)| (true, id, text)),
                // junk without control characters: a file made mostly of them (DEL
                // included) is rejected whole as binary, by design, and has no line numbers
                "[^\\x00-\\x1f\\x7f]{0,30}".prop_map(|junk| (false, String::new(), junk)),
            ],
            1..30,
        )
    ) {
        let mut data = String::new();
        let mut expected = Vec::new();
        for (i, (good, id, text)) in lines.iter().enumerate() {
            if *good {
                let line = serde_json::json!({"id": id, "text": text}).to_string();
                data.push_str(&line);
                if !text.trim().is_empty() {
                    expected.push((i as u64 + 1, Some(id.clone())));
                } else {
                    expected.push((i as u64 + 1, None));
                }
            } else {
                let bad = format!("{{{text}");
                data.push_str(&bad);
                expected.push((i as u64 + 1, None));
            }
            data.push('\n');
        }
        let recs = run("l.jsonl", data.into_bytes(), None);
        prop_assert_eq!(recs.len(), expected.len());
        for (rec, (line, id)) in recs.iter().zip(&expected) {
            match (rec, id) {
                (Ok((o, a)), Some(id)) => {
                    prop_assert_eq!(o.line, Some(*line));
                    prop_assert_eq!(&a.id, id);
                }
                (Err(e), None) => prop_assert_eq!(e.origin().line, Some(*line)),
                (r, want) => prop_assert!(false, "line {line}: got {r:?}, wanted {want:?}"),
            }
        }
    }

    #[test]
    fn good_feed_entries_survive_broken_ones(
        entries in prop::collection::vec((any::<bool>(), "[a-zA-Z ]{1,20}"), 1..20)
    ) {
        let mut xml = String::from("<rss version=\"2.0\"><channel><title>T</title>\n");
        for (i, (good, text)) in entries.iter().enumerate() {
            if *good {
                xml.push_str(&format!("<item><link>https://e.example/{i}</link><description>x{text}</description></item>\n"));
            } else {
                xml.push_str(&format!("<item><description>x{text}<b></description></item>\n"));
            }
        }
        xml.push_str("</channel></rss>");
        let recs = run("f.rss", xml.into_bytes(), None);
        prop_assert_eq!(recs.len(), entries.len());
        for (i, (rec, (good, text))) in recs.iter().zip(&entries).enumerate() {
            prop_assert_eq!(rec.is_ok(), *good, "entry {}: {:?}", i + 1, rec);
            match rec {
                Ok((o, a)) => {
                    prop_assert_eq!(o.entry, Some(i as u64 + 1));
                    let want = format!("x{text}");
                    prop_assert_eq!(a.text.as_str(), want.split_whitespace().collect::<Vec<_>>().join(" "));
                }
                Err(e) => prop_assert_eq!(e.origin().entry, Some(i as u64 + 1)),
            }
        }
    }
}
