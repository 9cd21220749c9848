//! WARC files (ISO 28500, versions 0.18 to 1.1): one article per `response`
//! (or `resource`) record whose payload is an HTML page.
//!
//! WARC framing is simple enough to read by hand, record by record: a
//! version line, header lines, a blank line, `Content-Length` bytes of
//! content, two line breaks. Records are never held in memory beyond the
//! size limit: larger ones and records of other types (`request`,
//! `warcinfo`, `metadata`) are skipped by count. A `.warc.gz` is a series of
//! gzip members, one per record, which the gzip layer reads as one stream.
//! The HTTP message in a `response` record is unpacked here: status line and
//! headers skipped, chunked transfer coding and gzip/deflate content coding
//! undone. `WARC-Target-URI` is the page's URL (unless the page names a
//! canonical one) and `WARC-Date`, the crawl time, stands in for the
//! publication date when the page has none.

use crate::limit::{self, Line};
use crate::text::{PageInfo, article_from_html, decode_html};
use crate::{IngestError, Input, Origin, Record, Warnings, is_binary};
use std::io::{self, Read};

/// Longest WARC or HTTP header line kept.
const HEADER_LINE_LIMIT: usize = 64 * 1024;
/// Most header lines in one WARC record.
const HEADER_COUNT_LIMIT: usize = 1000;

/// The articles of a WARC file, record by record.
pub(crate) struct Warc {
    input: Input,
    origin: Origin,
    cap: usize,
    warnings: Warnings,
    record: u64,
    line: Vec<u8>,
    /// The framing was lost: skip to the next `WARC/` line.
    resync: bool,
    done: bool,
}

/// The WARC headers milcoop uses.
#[derive(Debug, Default)]
struct Header {
    kind: Option<String>,
    length: Option<u64>,
    uri: Option<String>,
    date: Option<String>,
    content_type: Option<String>,
}

impl Warc {
    pub(crate) fn new(input: Input, origin: Origin, cap: usize, warnings: Warnings) -> Self {
        Warc {
            input,
            origin,
            cap,
            warnings,
            record: 0,
            line: Vec::new(),
            resync: false,
            done: false,
        }
    }

    fn here(&self) -> Origin {
        self.origin.at_entry(self.record)
    }

    fn io_error(&mut self, source: io::Error) -> Option<Record> {
        self.done = true;
        Some(Err(IngestError::Io {
            origin: self.here(),
            source,
        }))
    }

    /// Finds the next version line. `Ok(None)` at the end of the input;
    /// `Err(message)` when something else stood where a record should start.
    fn version_line(&mut self) -> io::Result<Option<Result<(), String>>> {
        loop {
            match limit::read_line(&mut *self.input, &mut self.line, HEADER_LINE_LIMIT)? {
                Line::Eof => return Ok(None),
                Line::TooLong => {
                    if !self.resync {
                        self.resync = true;
                        return Ok(Some(Err(
                            "expected a WARC record, found a very long line".into()
                        )));
                    }
                }
                Line::Ok => {
                    if self.line.starts_with(b"WARC/") {
                        self.resync = false;
                        return Ok(Some(Ok(())));
                    }
                    if self.line.iter().all(u8::is_ascii_whitespace) || self.resync {
                        continue;
                    }
                    self.resync = true;
                    let shown: String = String::from_utf8_lossy(&self.line)
                        .trim()
                        .chars()
                        .take(40)
                        .collect();
                    return Ok(Some(Err(format!(
                        "expected a WARC record, found {shown:?}"
                    ))));
                }
            }
        }
    }

    fn headers(&mut self) -> io::Result<Result<Header, String>> {
        let mut h = Header::default();
        for _ in 0..HEADER_COUNT_LIMIT {
            match limit::read_line(&mut *self.input, &mut self.line, HEADER_LINE_LIMIT)? {
                Line::Eof => {
                    return Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        "input ends in a WARC header",
                    ));
                }
                Line::TooLong => continue,
                Line::Ok => {}
            }
            let line = String::from_utf8_lossy(&self.line);
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                return Ok(Ok(h));
            }
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim().to_string();
            match name.trim().to_ascii_lowercase().as_str() {
                "warc-type" => h.kind = Some(value.to_ascii_lowercase()),
                "content-length" => h.length = value.parse().ok(),
                "warc-target-uri" => h.uri = Some(value.trim_matches(['<', '>']).to_string()),
                "warc-date" => h.date = Some(value),
                "content-type" => h.content_type = Some(value.to_ascii_lowercase()),
                _ => {}
            }
        }
        Ok(Err("WARC header without end".into()))
    }
}

impl Iterator for Warc {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        while !self.done {
            match self.version_line() {
                Err(e) => return self.io_error(e),
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Ok(Some(Err(msg))) => {
                    let origin = self.origin.at_entry(self.record + 1);
                    return Some(Err(IngestError::malformed(origin, msg)));
                }
                Ok(Some(Ok(()))) => {}
            }
            self.record += 1;
            let header = match self.headers() {
                Err(e) => return self.io_error(e),
                Ok(Err(msg)) => {
                    self.resync = true;
                    return Some(Err(IngestError::malformed(self.here(), msg)));
                }
                Ok(Ok(h)) => h,
            };
            let Some(len) = header.length else {
                self.resync = true;
                return Some(Err(IngestError::malformed(
                    self.here(),
                    "WARC record without a valid Content-Length",
                )));
            };
            let wanted = matches!(header.kind.as_deref(), Some("response" | "resource"));
            if !wanted || len > self.cap as u64 {
                if let Err(e) = limit::skip(&mut *self.input, len) {
                    return self.io_error(e);
                }
                if wanted {
                    return Some(Err(IngestError::TooLarge {
                        origin: self.here(),
                        limit: self.cap,
                    }));
                }
                continue;
            }
            let mut block = vec![0u8; len as usize];
            if let Err(e) = self.input.read_exact(&mut block) {
                let e = if e.kind() == io::ErrorKind::UnexpectedEof {
                    io::Error::new(io::ErrorKind::UnexpectedEof, "the WARC record is truncated")
                } else {
                    e
                };
                return self.io_error(e);
            }
            if let Some(rec) = self.article(header, block) {
                return Some(rec);
            }
        }
        None
    }
}

impl Warc {
    /// The article in one record's content, `None` when the record is not
    /// an HTML page (an image, a redirect, a `request`).
    fn article(&self, h: Header, block: Vec<u8>) -> Option<Record> {
        let origin = self.here();
        let uri = h.uri.as_deref().unwrap_or("");
        let fail = |m: String| {
            Some(Err(IngestError::malformed(
                origin.clone(),
                format!("{uri}: {m}"),
            )))
        };
        let ct = h.content_type.as_deref().unwrap_or("");
        let (body, http_type) = if ct.starts_with("application/http") || block.starts_with(b"HTTP/")
        {
            match http_body(block, self.cap) {
                Ok(Some(x)) => x,
                Ok(None) => return None,
                Err(m) => return fail(m),
            }
        } else if ct.contains("html") {
            (block, Some(ct.to_string()))
        } else {
            return None;
        };
        let head = &body[..body.len().min(8192)];
        if let Some(reason) = is_binary(head) {
            return Some(Err(IngestError::Binary { origin, reason }));
        }
        let html = decode_html(body, http_type.as_deref(), &origin, &self.warnings);
        let info = PageInfo {
            file_id: None,
            url: h.uri.as_deref(),
            fetched: h.date.as_deref(),
        };
        match article_from_html(&html, &info) {
            Ok(a) => Some(Ok((origin, a))),
            Err(m) => fail(m),
        }
    }
}

/// An HTTP body and its `Content-Type`.
type HttpBody = (Vec<u8>, Option<String>);

/// The body of an HTTP response with its `Content-Type`, or `None` when it
/// is not a successful HTML response.
fn http_body(block: Vec<u8>, cap: usize) -> Result<Option<HttpBody>, String> {
    let (head_end, sep) = match memchr::memmem::find(&block, b"\r\n\r\n") {
        Some(i) => (i, 4),
        None => match memchr::memmem::find(&block, b"\n\n") {
            Some(i) => (i, 2),
            None => return Err("HTTP headers without end".into()),
        },
    };
    let head = String::from_utf8_lossy(&block[..head_end]).into_owned();
    let mut lines = head.lines();
    let status = lines.next().unwrap_or("");
    let code: u16 = status
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    if !(200..300).contains(&code) {
        return Ok(None);
    }
    let (mut ctype, mut chunked, mut coding) = (None, false, None);
    for l in lines {
        let Some((n, v)) = l.split_once(':') else {
            continue;
        };
        let v = v.trim().to_ascii_lowercase();
        match n.trim().to_ascii_lowercase().as_str() {
            "content-type" => ctype = Some(v),
            "transfer-encoding" => chunked = v.contains("chunked"),
            "content-encoding" => coding = Some(v),
            _ => {}
        }
    }
    if let Some(t) = &ctype
        && !(t.contains("html") || t.starts_with("text/plain"))
    {
        return Ok(None);
    }
    let mut body = block;
    body.drain(..head_end + sep);
    if chunked {
        body = dechunk(&body).ok_or("broken chunked transfer coding")?;
    }
    match coding.as_deref() {
        Some("gzip" | "x-gzip") => {
            body = inflate(flate2::read::MultiGzDecoder::new(&body[..]), cap)?
        }
        Some("deflate") => body = inflate(flate2::read::ZlibDecoder::new(&body[..]), cap)?,
        Some("identity") | None => {}
        Some(other) => return Err(format!("unsupported content coding {other:?}")),
    }
    Ok(Some((body, ctype)))
}

fn inflate(r: impl Read, cap: usize) -> Result<Vec<u8>, String> {
    let mut r = r;
    match limit::read_all(&mut r, cap) {
        Ok(Some(b)) => Ok(b),
        Ok(None) => Err(format!(
            "decompressed page larger than the limit of {cap} bytes"
        )),
        Err(e) => Err(format!("broken compressed page: {e}")),
    }
}

/// Undoes HTTP chunked transfer coding; `None` when it is broken.
fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    loop {
        let eol = memchr::memmem::find(data, b"\r\n")?;
        let size_field = std::str::from_utf8(&data[..eol]).ok()?;
        let size = usize::from_str_radix(size_field.split(';').next()?.trim(), 16).ok()?;
        data = &data[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size..)?;
        data = data.strip_prefix(b"\r\n").unwrap_or(data);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One WARC record with the given type, headers and content.
    pub(crate) fn record(kind: &str, uri: &str, content: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-02-03T04:05:06Z\r\n\
             Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
            content.len()
        )
        .into_bytes();
        r.extend_from_slice(content);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn run(data: Vec<u8>, cap: usize) -> Vec<Result<String, String>> {
        let input: Input = Box::new(io::BufReader::with_capacity(16, io::Cursor::new(data)));
        Warc::new(input, Origin::file("c.warc"), cap, Warnings::default())
            .map(|r| r.map(|(o, _)| o.to_string()).map_err(|e| e.to_string()))
            .collect()
    }

    #[test]
    fn framing_skips_and_errors() {
        let page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body></body></html>";
        let mut data = record("warcinfo", "", b"software: test\r\n");
        data.extend(record(
            "request",
            "https://a.example/1",
            b"GET /1 HTTP/1.1\r\n\r\n",
        ));
        data.extend(record("response", "https://a.example/1", page));
        data.extend(record(
            "response",
            "https://a.example/img",
            b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
        ));
        data.extend(record(
            "response",
            "https://a.example/r",
            b"HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n",
        ));
        data.extend(b"garbage line\r\nmore garbage\r\n");
        data.extend(record("response", "https://a.example/big", &[b'x'; 300]));
        let mut truncated = record("response", "https://a.example/t", page);
        truncated.truncate(truncated.len() - 20);
        data.extend(truncated);
        let got = run(data, 200);
        // The stub extractor (and a page without body) yields no text.
        assert!(
            got[0]
                .as_ref()
                .unwrap_err()
                .starts_with("c.warc (entry 3): https://a.example/1: no article text"),
            "{got:?}"
        );
        assert!(
            got[1]
                .as_ref()
                .unwrap_err()
                .contains("c.warc (entry 6): expected a WARC record, found \"garbage line\"")
        );
        assert!(
            got[2]
                .as_ref()
                .unwrap_err()
                .contains("c.warc (entry 6): record larger than the limit of 200")
        );
        assert!(
            got[3]
                .as_ref()
                .unwrap_err()
                .contains("c.warc (entry 7): the WARC record is truncated"),
            "{got:?}"
        );
        assert_eq!(got.len(), 4);
    }

    #[test]
    fn http_payloads_are_unpacked() {
        let chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html; charset=utf-8\r\n\r\n5\r\nHallo\r\n6;x=y\r\n Welt!\r\n0\r\n\r\n";
        let (body, ct) = http_body(chunked.to_vec(), 1000).unwrap().unwrap();
        assert_eq!(body, b"Hallo Welt!");
        assert_eq!(ct.as_deref(), Some("text/html; charset=utf-8"));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, b"<p>komprimiert</p>").unwrap();
        let mut msg = b"HTTP/1.0 200 OK\nContent-Encoding: gzip\n\n".to_vec();
        msg.extend(gz.finish().unwrap());
        assert_eq!(
            http_body(msg, 1000).unwrap().unwrap().0,
            b"<p>komprimiert</p>"
        );
        assert!(
            http_body(b"HTTP/1.1 404 Not Found\r\n\r\n".to_vec(), 10)
                .unwrap()
                .is_none()
        );
        assert!(
            http_body(
                b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n".to_vec(),
                10
            )
            .is_err()
        );
    }
}
