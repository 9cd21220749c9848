//! Guessing an input's format from its name or its first bytes, and telling
//! text from binary data.

use std::path::Path;

/// The input formats milcoop reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text: the whole input is one article.
    Text,
    /// A web page: the whole input is one article, main content extracted.
    Html,
    /// JSON: one article or gold object, an array of them, or several
    /// concatenated.
    Json,
    /// JSON Lines: one article or gold object per line.
    JsonLines,
    /// An RSS 2.0, RSS 1.0 or Atom feed: one article per item or entry.
    Feed,
    /// A WARC file: one article per `response` record with an HTML payload.
    Warc,
}

impl Format {
    /// The format a file name's extension stands for (`.gz` is looked
    /// through), if any.
    pub fn from_path(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = name.rsplit_once('.')?.1;
        Some(match ext {
            "txt" | "text" | "md" => Format::Text,
            "html" | "htm" | "xhtml" | "shtml" => Format::Html,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::JsonLines,
            "xml" | "rss" | "atom" | "rdf" => Format::Feed,
            "warc" => Format::Warc,
            _ => return None,
        })
    }

    /// A short name for messages.
    pub fn name(&self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "HTML",
            Format::Json => "JSON",
            Format::JsonLines => "JSON Lines",
            Format::Feed => "feed",
            Format::Warc => "WARC",
        }
    }
}

/// Guesses the format of an input from its first bytes (a few KB are
/// enough): WARC, JSON or JSON Lines, a feed, HTML, else text.
pub fn sniff(head: &[u8]) -> Format {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let body = &head[start..];
    if body.starts_with(b"WARC/") {
        return Format::Warc;
    }
    match body.first() {
        Some(b'[') => return Format::Json,
        Some(b'{') => {
            return if first_line_is_complete_value(body) {
                Format::JsonLines
            } else {
                Format::Json
            };
        }
        Some(b'<') => {}
        _ => return Format::Text,
    }
    let lower: Vec<u8> = body.iter().take(4096).map(u8::to_ascii_lowercase).collect();
    let has = |needle: &[u8]| memchr::memmem::find(&lower, needle).is_some();
    if has(b"<html") || has(b"<!doctype html") {
        return Format::Html;
    }
    if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") || has(b"<channel") {
        return Format::Feed;
    }
    if has(b"<body") || has(b"<head") || has(b"<p>") || has(b"<div") || has(b"<article") {
        return Format::Html;
    }
    if lower.starts_with(b"<?xml") {
        return Format::Feed;
    }
    Format::Text
}

/// True when the first line of `body` (which starts with `{`) closes the
/// value it opens: JSON Lines, rather than a pretty-printed object.
fn first_line_is_complete_value(body: &[u8]) -> bool {
    let mut depth = 0i64;
    let mut in_str = false;
    let mut esc = false;
    for &b in body {
        if in_str {
            match (esc, b) {
                (true, _) => esc = false,
                (false, b'\\') => esc = true,
                (false, b'"') => in_str = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_str = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return true;
                }
            }
            b'\n' => return false,
            _ => {}
        }
    }
    // The head ended inside a long first line: a JSON Lines record is far
    // more likely than a pretty-printed object without line breaks.
    true
}

/// If `head` (the first bytes of an input) looks binary, says why: a NUL
/// byte, or more than 10% control bytes other than tab, line feed, carriage
/// return, form feed and escape.
pub fn is_binary(head: &[u8]) -> Option<String> {
    if let Some(pos) = memchr::memchr(0, head) {
        return Some(format!("a NUL byte at offset {pos}"));
    }
    let control = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)) || b == 0x7f)
        .count();
    if !head.is_empty() && control * 10 > head.len() {
        return Some(format!(
            "{control} control bytes in the first {} bytes",
            head.len()
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_names() {
        let f = |s: &str| Format::from_path(Path::new(s));
        assert_eq!(f("a/b.txt"), Some(Format::Text));
        assert_eq!(f("a/b.JSONL.gz"), Some(Format::JsonLines));
        assert_eq!(f("crawl.warc.gz"), Some(Format::Warc));
        assert_eq!(f("page.htm"), Some(Format::Html));
        assert_eq!(f("news.atom"), Some(Format::Feed));
        assert_eq!(f("README"), None);
        assert_eq!(f("x.bin"), None);
    }

    #[test]
    fn sniffs_formats() {
        assert_eq!(sniff(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n"), Format::Warc);
        assert_eq!(sniff(b"  [{\"id\":1}]"), Format::Json);
        assert_eq!(
            sniff(b"{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\"}"),
            Format::JsonLines
        );
        assert_eq!(sniff(b"{\n  \"article\": {\n"), Format::Json);
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"),
            Format::Feed
        );
        assert_eq!(
            sniff(b"<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            Format::Feed
        );
        assert_eq!(sniff(b"<!DOCTYPE html><html><body>"), Format::Html);
        assert_eq!(sniff(b"\xEF\xBB\xBF<html lang=de>"), Format::Html);
        assert_eq!(sniff(b"<p>Kurz</p>"), Format::Html);
        assert_eq!(sniff(b"Iran liefert Drohnen.\n"), Format::Text);
        assert_eq!(sniff(b"<3 this article"), Format::Text);
        assert_eq!(sniff(b""), Format::Text);
    }

    #[test]
    fn detects_binary() {
        assert!(is_binary(b"PK\x03\x04\x00\x00").is_some());
        assert!(is_binary(&[1, 2, 3, 4, 5, b'a', b'b']).is_some());
        assert!(is_binary("Grüße aus Kyjiw\r\n\tmit Tab".as_bytes()).is_none());
        assert!(is_binary(b"").is_none());
    }
}
