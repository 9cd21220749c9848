//! # milcoop-ingest
//!
//! Reads articles from every input form (text, HTML, JSON, JSON Lines, RSS,
//! Atom, WARC, folders, stdin, any of them gzipped), streaming.
//!
//! Interface contract: [`Reader`] yields one [`Record`] per article or per
//! bad record; a bad record never stops the stream.

use milcoop_core::Article;
use std::path::PathBuf;

/// Where a record came from: a file and, inside it, a line or entry number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file (or `-` for stdin).
    pub path: String,
    /// 1-based line (JSON Lines) or entry (feed, WARC) number, if any.
    pub line: Option<u64>,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}", self.path, l),
            None => f.write_str(&self.path),
        }
    }
}

/// Why a record could not be read.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// An I/O error reading the input.
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
}

/// One article, or the error for one bad record.
pub type Record = Result<(Origin, Article), IngestError>;

/// Options for reading.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {}

/// Streams the articles of `paths` (files, folders, `-`).
pub fn read(paths: &[PathBuf], opts: &ReadOptions) -> Box<dyn Iterator<Item = Record>> {
    let _ = (paths, opts);
    Box::new(std::iter::empty())
}
