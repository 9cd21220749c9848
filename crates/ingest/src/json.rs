//! JSON and JSON Lines: article objects (`{"id":..., "text":...}`) or
//! gold-shaped objects (`{"article": {...}, "clean": ..., "events": ...}`).
//!
//! JSON Lines is read line by line, each line parsed on its own, so a broken
//! line costs only itself. A `.json` file may hold one object, an array, or
//! several concatenated values; a small scanner that knows only strings and
//! brackets cuts the top-level values (or the elements of a top-level array)
//! out of the stream, and serde parses each one. Invalid UTF-8 is an error:
//! JSON must be UTF-8, and serde rejects anything else.

use crate::limit::{self, Line};
use crate::meta::{assign_id, normalize_date, normalize_language};
use crate::{IngestError, Input, Origin, Record};
use milcoop_core::Article;
use serde_json::{Map, Value};
use std::io::{self, BufRead};

/// An article from a parsed JSON value. `file_id` is the id for an input
/// that holds only this article.
pub(crate) fn article_from_value(v: Value, file_id: Option<&str>) -> Result<Article, String> {
    let Value::Object(mut obj) = v else {
        return Err(format!("expected a JSON object, found {}", kind(&v)));
    };
    if obj.contains_key("article") {
        match obj.remove("article") {
            Some(Value::Object(inner)) => obj = inner,
            Some(other) => {
                return Err(format!(
                    "`article` must be an object, found {}",
                    kind(&other)
                ));
            }
            None => unreachable!("checked by contains_key"),
        }
    }
    let text = match obj.remove("text") {
        Some(Value::String(s)) => s,
        None | Some(Value::Null) => return Err("the article has no `text`".into()),
        Some(other) => return Err(format!("`text` must be a string, found {}", kind(&other))),
    };
    if text.trim().is_empty() {
        return Err("the article's `text` is empty".into());
    }
    let id = match obj.remove("id") {
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        None | Some(Value::Null) => None,
        Some(other) => return Err(format!("`id` must be a string, found {}", kind(&other))),
    };
    let url = string_field(&mut obj, "url")?;
    let published = string_field(&mut obj, "published")?;
    let language = string_field(&mut obj, "language")?;
    let id = assign_id(id.as_deref(), file_id, url.as_deref(), &text);
    Ok(Article {
        id,
        url,
        outlet: string_field(&mut obj, "outlet")?,
        title: string_field(&mut obj, "title")?,
        published: published.as_deref().and_then(normalize_date),
        language: language.as_deref().and_then(normalize_language),
        text,
    })
}

fn string_field(obj: &mut Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match obj.remove(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(format!("`{key}` must be a string, found {}", kind(&other))),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Parses one JSON text into an article. An error comes with the number of
/// lines between the start of the value and the fault, so the caller can name
/// the line in the file; the message names the column.
fn parse(bytes: &[u8], file_id: Option<&str>) -> Result<Article, (u64, String)> {
    if let Err(e) = std::str::from_utf8(bytes) {
        let at = e.valid_up_to();
        let lines = memchr::memchr_iter(b'\n', &bytes[..at]).count() as u64;
        let col = at
            - bytes[..at]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1)
            + 1;
        return Err((
            lines,
            format!("invalid UTF-8 at column {col} (JSON must be UTF-8)"),
        ));
    }
    let v: Value = serde_json::from_slice(bytes).map_err(|e| {
        let msg = e.to_string();
        let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
        (
            e.line().saturating_sub(1) as u64,
            format!("invalid JSON: {msg} at column {}", e.column()),
        )
    })?;
    article_from_value(v, file_id).map_err(|m| (0, m))
}

/// JSON Lines: one record per non-blank line.
pub(crate) struct JsonLines {
    input: Input,
    origin: Origin,
    cap: usize,
    line: u64,
    buf: Vec<u8>,
    done: bool,
}

impl JsonLines {
    pub(crate) fn new(input: Input, origin: Origin, cap: usize) -> Self {
        JsonLines {
            input,
            origin,
            cap,
            line: 0,
            buf: Vec::new(),
            done: false,
        }
    }
}

impl Iterator for JsonLines {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        while !self.done {
            self.line += 1;
            let at = self.origin.at_line(self.line);
            match limit::read_line(&mut *self.input, &mut self.buf, self.cap) {
                Err(source) => {
                    self.done = true;
                    return Some(Err(IngestError::Io { origin: at, source }));
                }
                Ok(Line::Eof) => self.done = true,
                Ok(Line::TooLong) => {
                    return Some(Err(IngestError::TooLarge {
                        origin: at,
                        limit: self.cap,
                    }));
                }
                Ok(Line::Ok) => {
                    let mut bytes = &self.buf[..];
                    if self.line == 1 {
                        bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
                    }
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let rec =
                        parse(bytes, None).map_err(|(_, m)| IngestError::malformed(at.clone(), m));
                    if self.buf.capacity() > 1 << 20 {
                        self.buf = Vec::new();
                    }
                    return Some(rec.map(|a| (at, a)));
                }
            }
        }
        None
    }
}

/// One top-level value cut out of a JSON stream.
struct Chunk {
    line: u64,
    entry: Option<u64>,
    /// The value's bytes, or `None` when it exceeded the limit.
    bytes: Option<Vec<u8>>,
}

/// JSON: one object, an array of objects, or concatenated values.
pub(crate) struct JsonValues {
    input: Input,
    origin: Origin,
    file_id: Option<String>,
    cap: usize,
    line: u64,
    in_array: bool,
    started: bool,
    entries: u64,
    ahead: Option<Result<Chunk, io::Error>>,
    first: bool,
    done: bool,
}

impl JsonValues {
    pub(crate) fn new(input: Input, origin: Origin, file_id: Option<String>, cap: usize) -> Self {
        JsonValues {
            input,
            origin,
            file_id,
            cap,
            line: 1,
            in_array: false,
            started: false,
            entries: 0,
            ahead: None,
            first: true,
            done: false,
        }
    }

    fn peek_byte(&mut self) -> io::Result<Option<u8>> {
        loop {
            match self.input.fill_buf() {
                Ok(b) => return Ok(b.first().copied()),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    fn bump(&mut self, b: u8) {
        if b == b'\n' {
            self.line += 1;
        }
        self.input.consume(1);
    }

    /// The next top-level value (or array element), `None` at the end.
    fn next_chunk(&mut self) -> io::Result<Option<Chunk>> {
        loop {
            let Some(b) = self.peek_byte()? else {
                return Ok(None);
            };
            match b {
                b' ' | b'\t' | b'\r' | b'\n' => self.bump(b),
                0xEF if !self.started => {
                    // A byte-order mark: EF BB BF.
                    for _ in 0..3 {
                        if let Some(x) = self.peek_byte()? {
                            self.bump(x);
                        }
                    }
                }
                b',' if self.in_array => self.bump(b),
                b'[' if !self.started => {
                    self.started = true;
                    self.in_array = true;
                    self.bump(b);
                }
                b']' if self.in_array => {
                    self.in_array = false;
                    self.bump(b);
                }
                _ => {
                    self.started = true;
                    return self.read_value().map(Some);
                }
            }
        }
    }

    fn read_value(&mut self) -> io::Result<Chunk> {
        let line = self.line;
        let entry = if self.in_array {
            self.entries += 1;
            Some(self.entries)
        } else {
            None
        };
        let mut out = Some(Vec::new());
        let mut depth = 0usize;
        let mut in_str = false;
        let mut esc = false;
        let mut first = true;
        let mut scalar = false;
        'outer: loop {
            let avail = match self.input.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if avail.is_empty() {
                break;
            }
            let mut n = 0;
            let mut finished = false;
            for &b in avail {
                // A value is at least one byte long, whatever it starts with,
                // so a stray `]` or `}` is consumed (and reported), not
                // seen again and again.
                let at_start = first;
                if first {
                    first = false;
                    scalar = !matches!(b, b'{' | b'[' | b'"');
                }
                if scalar
                    && !at_start
                    && matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b',' | b']' | b'}')
                {
                    finished = true;
                    break;
                }
                n += 1;
                if b == b'\n' {
                    self.line += 1;
                }
                if in_str {
                    match (esc, b) {
                        (true, _) => esc = false,
                        (false, b'\\') => esc = true,
                        (false, b'"') => {
                            in_str = false;
                            if depth == 0 {
                                finished = true;
                                break;
                            }
                        }
                        _ => {}
                    }
                    continue;
                }
                match b {
                    b'"' => in_str = true,
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            finished = true;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            if let Some(v) = out.as_mut() {
                if v.len() + n > self.cap {
                    out = None;
                } else {
                    v.extend_from_slice(&avail[..n]);
                }
            }
            self.input.consume(n);
            if finished {
                break 'outer;
            }
        }
        Ok(Chunk {
            line,
            entry,
            bytes: out,
        })
    }

    fn fetch(&mut self) -> Option<Result<Chunk, io::Error>> {
        if self.done {
            return None;
        }
        let r = self.next_chunk().transpose();
        if matches!(r, None | Some(Err(_))) {
            self.done = true;
        }
        r
    }
}

impl Iterator for JsonValues {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        let cur = match self.ahead.take() {
            Some(c) => c,
            None => self.fetch()?,
        };
        let single = if self.first {
            self.first = false;
            self.ahead = self.fetch();
            self.ahead.is_none()
        } else {
            false
        };
        let chunk = match cur {
            Ok(c) => c,
            Err(source) => {
                let origin = self.origin.at_line(self.line);
                return Some(Err(IngestError::Io { origin, source }));
            }
        };
        let mut origin = self.origin.at_line(chunk.line);
        origin.entry = chunk.entry;
        let Some(bytes) = chunk.bytes else {
            return Some(Err(IngestError::TooLarge {
                origin,
                limit: self.cap,
            }));
        };
        let file_id = if single {
            self.file_id.as_deref()
        } else {
            None
        };
        Some(
            parse(&bytes, file_id)
                .map(|a| (origin.clone(), a))
                .map_err(|(lines, m)| {
                    let at = origin.at_line(chunk.line + lines);
                    IngestError::malformed(at, m)
                }),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(s: &str) -> Input {
        Box::new(io::BufReader::with_capacity(
            7,
            io::Cursor::new(s.as_bytes().to_vec()),
        ))
    }

    fn run(it: impl Iterator<Item = Record>) -> Vec<Result<(String, String), String>> {
        it.map(|r| {
            r.map(|(o, a)| (o.to_string(), a.id))
                .map_err(|e| e.to_string())
        })
        .collect()
    }

    #[test]
    fn both_shapes_and_ids() {
        let a = article_from_value(
            serde_json::json!({"article": {"id": "g-1", "text": "T", "published": "2024-05-01T12:00:00Z", "language": "DE"}, "events": []}),
            Some("file"),
        )
        .unwrap();
        assert_eq!(
            (a.id.as_str(), a.published.as_deref(), a.language.as_deref()),
            ("g-1", Some("2024-05-01"), Some("de"))
        );
        let b = article_from_value(
            serde_json::json!({"url": "https://x.org/1", "text": "T"}),
            None,
        )
        .unwrap();
        assert_eq!(b.id, milcoop_core::ids::id_from_url("https://x.org/1"));
        let c = article_from_value(
            serde_json::json!({"id": 7, "text": "T", "title": null}),
            None,
        )
        .unwrap();
        assert_eq!((c.id.as_str(), c.title), ("7", None));
        assert!(
            article_from_value(serde_json::json!({"id": "x"}), None)
                .unwrap_err()
                .contains("no `text`")
        );
        assert!(
            article_from_value(serde_json::json!([1]), None)
                .unwrap_err()
                .contains("an array")
        );
        assert!(
            article_from_value(serde_json::json!({"text": "T", "url": 3}), None)
                .unwrap_err()
                .contains("`url`")
        );
    }

    #[test]
    fn jsonl_bad_line_does_not_stop_the_stream() {
        let data = "{\"id\":\"a\",\"text\":\"x\"}\n\n{\"id\": \"b\", \"text\": }\r\n{\"text\":\"y\"}\n{\"id\":\"c\",\"text\":\"z\"}";
        let got = run(JsonLines::new(input(data), Origin::file("f.jsonl"), 1000));
        assert_eq!(got[0], Ok(("f.jsonl:1".into(), "a".into())));
        let e = got[1].as_ref().unwrap_err();
        assert!(
            e.starts_with("f.jsonl:3: invalid JSON: expected value at column"),
            "{e}"
        );
        assert_eq!(
            got[2],
            Ok(("f.jsonl:4".into(), milcoop_core::ids::id_from_text("y")))
        );
        assert_eq!(got[3], Ok(("f.jsonl:5".into(), "c".into())));
        assert_eq!(got.len(), 4);
    }

    #[test]
    fn jsonl_long_line_and_bad_utf8() {
        let long = format!("{{\"text\":\"{}\"}}\n", "x".repeat(100));
        let data = format!("{long}{{\"id\":\"ok\",\"text\":\"x\"}}\n");
        let got = run(JsonLines::new(input(&data), Origin::file("l.jsonl"), 50));
        assert!(
            got[0]
                .as_ref()
                .unwrap_err()
                .contains("l.jsonl:1: record larger than the limit of 50 bytes")
        );
        assert_eq!(got[1], Ok(("l.jsonl:2".into(), "ok".into())));
        let bad: Input = Box::new(io::Cursor::new(b"{\"text\":\"Gr\xfc\"}\n".to_vec()));
        let got = run(JsonLines::new(bad, Origin::file("u.jsonl"), 50));
        assert!(
            got[0]
                .as_ref()
                .unwrap_err()
                .contains("u.jsonl:1: invalid UTF-8"),
            "{got:?}"
        );
    }

    #[test]
    fn json_array_object_and_stream() {
        let data = "\u{feff}[\n {\"id\":\"a\",\"text\":\"x [not] {a} \\\" bracket\"},\n {\"id\":\"b\",\"text\":},\n {\"article\":{\"text\":\"y\"}}\n]";
        let got = run(JsonValues::new(
            input(data),
            Origin::file("f.json"),
            Some("f".into()),
            1000,
        ));
        assert_eq!(got[0], Ok(("f.json:2 (entry 1)".into(), "a".into())));
        assert!(
            got[1]
                .as_ref()
                .unwrap_err()
                .starts_with("f.json:3 (entry 2): invalid JSON"),
            "{got:?}"
        );
        assert_eq!(
            got[2],
            Ok((
                "f.json:4 (entry 3)".into(),
                milcoop_core::ids::id_from_text("y")
            ))
        );
        assert_eq!(got.len(), 3);

        let one =
            "{\n  \"article\": {\"text\": \"x\"},\n  \"events\": [{\"type\": \"supply\"}]\n}\n";
        let got = run(JsonValues::new(
            input(one),
            Origin::file("g.json"),
            Some("g".into()),
            1000,
        ));
        assert_eq!(got, vec![Ok(("g.json:1".into(), "g".into()))]);

        let two = "{\"text\":\"x\"} {\"text\":\"y\"}";
        let got = run(JsonValues::new(
            input(two),
            Origin::file("h.json"),
            Some("h".into()),
            1000,
        ));
        assert_eq!(got.len(), 2);
        assert_eq!(
            got[0],
            Ok(("h.json:1".into(), milcoop_core::ids::id_from_text("x")))
        );
    }

    #[test]
    fn json_truncated_and_too_large() {
        let got = run(JsonValues::new(
            input("[{\"text\":\"x\"}, {\"text\":\"y"),
            Origin::file("t.json"),
            None,
            1000,
        ));
        assert!(got[0].is_ok());
        assert!(
            got[1].as_ref().unwrap_err().contains("invalid JSON: EOF"),
            "{got:?}"
        );
        let big = format!(
            "[{{\"text\":\"{}\"}}, {{\"id\":\"s\",\"text\":\"y\"}}]",
            "z".repeat(200)
        );
        let got = run(JsonValues::new(
            input(&big),
            Origin::file("b.json"),
            None,
            100,
        ));
        assert!(
            got[0]
                .as_ref()
                .unwrap_err()
                .contains("b.json:1 (entry 1): record larger"),
            "{got:?}"
        );
        assert_eq!(got[1], Ok(("b.json:1 (entry 2)".into(), "s".into())));
    }
}
