//! # milcoop-ingest
//!
//! Reads articles from every input form (text, HTML, JSON, JSON Lines, RSS,
//! Atom, WARC, folders, stdin, any of them gzipped), streaming.
//!
//! Interface contract: [`Reader`] yields one [`Record`] per article or per
//! bad record; a bad record never stops the stream.
//!
//! ## Design
//!
//! * **Streaming.** Every multi-article format is read record by record from
//!   a [`BufRead`]: JSON Lines line by line, JSON arrays element by element
//!   (a small bracket scanner finds the element boundaries, serde parses each
//!   element), feeds item by item (a tag scanner cuts out each `<item>` /
//!   `<entry>`, quick-xml parses it), WARC record by record. Gzip is
//!   decompressed on the fly. No record may exceed
//!   [`ReadOptions::max_record_bytes`]; a larger one is skipped with an error
//!   without ever being held in memory, so peak memory is bounded by that
//!   limit, not by the input size.
//! * **One error per bad record.** Parsing each record on its own is also
//!   what makes errors local: a malformed line, feed entry or WARC record
//!   gives one [`IngestError`] naming the file and the line or entry, and
//!   reading goes on with the next one. An I/O error (a truncated gzip
//!   stream) ends that file after the records read so far.
//! * **Text is kept as it arrived.** Offsets of later stages point into
//!   `Article.text`, so line endings and spacing are never normalised. Only
//!   the encoding is: text and HTML that are not valid UTF-8 are decoded with
//!   the charset they declare (HTML) or lossily (U+FFFD), with a
//!   [`Warning`]. JSON, whose standard demands UTF-8, is rejected with an
//!   error naming the line instead, because a JSON producer that emits
//!   invalid UTF-8 is broken in ways a decoder should not guess at.
//! * **Ids** follow SPEC.md: the id given in the input; for a file that holds
//!   a single article, the file name without extensions; else derived from
//!   the URL; else from a hash of the text.

mod feed;
mod json;
mod limit;
mod meta;
mod sniff;
mod source;
mod strip;
mod text;
mod warc;

use milcoop_core::Article;
use std::io::{BufRead, Read};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

pub use sniff::{Format, is_binary, sniff};
pub use source::Reader;
pub use strip::strip_tags;

/// Where a record came from: a file and, inside it, a line or entry number.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Origin {
    /// The file (or `-` for stdin).
    pub path: String,
    /// 1-based line where the record starts (JSON Lines, JSON, feeds), if known.
    pub line: Option<u64>,
    /// 1-based number of the record inside its file (feed entry, WARC record,
    /// JSON array element), if the file holds several.
    pub entry: Option<u64>,
}

impl Origin {
    /// The origin of a whole file.
    pub fn file(path: impl Into<String>) -> Self {
        Origin {
            path: path.into(),
            line: None,
            entry: None,
        }
    }

    /// This origin at a line.
    pub fn at_line(&self, line: u64) -> Self {
        Origin {
            line: Some(line),
            ..self.clone()
        }
    }

    /// This origin at an entry.
    pub fn at_entry(&self, entry: u64) -> Self {
        Origin {
            entry: Some(entry),
            ..self.clone()
        }
    }
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.path)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        if let Some(e) = self.entry {
            write!(f, " (entry {e})")?;
        }
        Ok(())
    }
}

/// Why a record could not be read.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// An I/O error reading the input (missing file, truncated gzip...).
    #[error("{origin}: {source}")]
    Io {
        /// Where.
        origin: Origin,
        /// The error.
        source: std::io::Error,
    },
    /// The record is malformed.
    #[error("{origin}: {message}")]
    Malformed {
        /// Where.
        origin: Origin,
        /// What is wrong.
        message: String,
    },
    /// The input holds nothing (no bytes, or only white space).
    #[error("{origin}: empty input")]
    Empty {
        /// Where.
        origin: Origin,
    },
    /// The input is not text (NUL bytes or many control bytes).
    #[error("{origin}: binary data, not text (found {reason})")]
    Binary {
        /// Where.
        origin: Origin,
        /// What gave it away.
        reason: String,
    },
    /// One record is larger than [`ReadOptions::max_record_bytes`].
    #[error("{origin}: record larger than the limit of {limit} bytes; skipped")]
    TooLarge {
        /// Where.
        origin: Origin,
        /// The limit in force.
        limit: usize,
    },
}

impl IngestError {
    /// Where the error happened.
    pub fn origin(&self) -> &Origin {
        match self {
            IngestError::Io { origin, .. }
            | IngestError::Malformed { origin, .. }
            | IngestError::Empty { origin }
            | IngestError::Binary { origin, .. }
            | IngestError::TooLarge { origin, .. } => origin,
        }
    }

    pub(crate) fn malformed(origin: Origin, message: impl Into<String>) -> Self {
        IngestError::Malformed {
            origin,
            message: message.into(),
        }
    }
}

/// One article, or the error for one bad record.
pub type Record = Result<(Origin, Article), IngestError>;

/// Something worth telling that did not stop a record from being read
/// (invalid UTF-8 decoded lossily, an undeclared charset).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// Where.
    pub origin: Origin,
    /// What happened.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

/// Shared list of warnings a [`Reader`] collects while it reads.
pub(crate) type Warnings = Arc<Mutex<Vec<Warning>>>;

pub(crate) fn warn(w: &Warnings, origin: Origin, message: impl Into<String>) {
    if let Ok(mut v) = w.lock() {
        v.push(Warning {
            origin,
            message: message.into(),
        });
    }
}

/// Default for [`ReadOptions::max_record_bytes`]: 16 MiB. Real articles,
/// even whole HTML pages, are far smaller; the limit keeps one giant record
/// (and the stages after ingest, which hold a few copies of its text) well
/// inside the 150 MB memory budget.
pub const DEFAULT_MAX_RECORD_BYTES: usize = 16 << 20;

/// Options for reading.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Largest record (a text or HTML file, a JSON line or value, a feed
    /// entry, a WARC record), in bytes, after decompression. Larger ones are
    /// skipped with [`IngestError::TooLarge`].
    pub max_record_bytes: usize,
    /// Read files of this format whatever their extension or content says.
    pub format: Option<Format>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_record_bytes: DEFAULT_MAX_RECORD_BYTES,
            format: None,
        }
    }
}

/// Streams the articles of `paths` (files, folders, `-`).
pub fn read(paths: &[PathBuf], opts: &ReadOptions) -> Box<dyn Iterator<Item = Record>> {
    Box::new(Reader::new(paths, opts))
}

/// Streams the articles in `input`, named `name` in errors. The format is
/// `format`, else guessed from the extension of `name`, else sniffed from the
/// content; gzip is recognised by its magic bytes. `name` is also used for
/// the id of a single-article input (pass `-` for none).
pub fn read_from(
    name: &str,
    input: Box<dyn Read + Send>,
    format: Option<Format>,
    opts: &ReadOptions,
) -> Box<dyn Iterator<Item = Record> + Send> {
    let warnings: Warnings = Default::default();
    source::open_stream(name, input, format, opts, &warnings)
}

/// A boxed buffered reader, the input of every format reader.
pub(crate) type Input = Box<dyn BufRead + Send>;
