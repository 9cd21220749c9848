//! The article-extraction benchmark: quality ([`crate::score`]) and speed
//! of [`crate::extract`] on a folder of pages with ground truth.
//!
//! The folder holds `html/ID.html.gz` and `ground-truth.json`
//! (`{ID: {"articleBody": ..., "url": ...}}`). Pages are decompressed
//! before the clock starts: only extraction is timed.

use crate::score::{self, PageCounts};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Why the benchmark could not run.
#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    /// A file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// The ground truth (or a predictions file) is not the expected JSON.
    #[error("{path}: {source}")]
    Json {
        /// The file.
        path: PathBuf,
        /// The error.
        source: serde_json::Error,
    },
}

/// What to run.
#[derive(Debug, Clone, Default)]
pub struct BenchOptions {
    /// Only the first `limit` pages (in id order).
    pub limit: Option<usize>,
    /// Extract every page this many times for a steadier speed figure
    /// (0 counts as 1). Quality is scored on the first pass.
    pub repeat: usize,
}

/// Score of one page.
#[derive(Debug, Clone, Serialize)]
pub struct PageScore {
    /// Page id (file stem).
    pub id: String,
    /// Page URL from the ground truth.
    pub url: Option<String>,
    /// Normalised tp/fp/fn.
    pub counts: PageCounts,
    /// Page precision, if defined.
    pub precision: Option<f64>,
    /// Page recall, if defined.
    pub recall: Option<f64>,
    /// Page F1.
    pub f1: f64,
}

/// Result of a benchmark run.
#[derive(Debug, Clone, Serialize)]
pub struct BenchReport {
    /// Pages scored.
    pub pages: usize,
    /// Mean precision.
    pub precision: f64,
    /// Mean recall.
    pub recall: f64,
    /// F1 of mean precision and mean recall.
    pub f1: f64,
    /// Uncompressed HTML bytes extracted (one pass).
    pub bytes: u64,
    /// Wall-clock seconds spent in extraction (all passes).
    pub seconds: f64,
    /// Pages per second.
    pub pages_per_sec: f64,
    /// Megabytes (10^6 bytes) of HTML per second.
    pub mb_per_sec: f64,
    /// CPU seconds this thread spent in extraction (Linux), a steadier
    /// figure than wall-clock time on a shared machine.
    pub cpu_seconds: Option<f64>,
    /// Pages per CPU second.
    pub pages_per_cpu_sec: Option<f64>,
    /// Per-page scores, in id order.
    pub per_page: Vec<PageScore>,
}

#[derive(Deserialize)]
struct Truth {
    #[serde(rename = "articleBody", default)]
    article_body: String,
    #[serde(default)]
    url: Option<String>,
}

/// One benchmark page, decompressed.
#[derive(Debug, Clone)]
pub struct Page {
    /// Page id.
    pub id: String,
    /// Page URL.
    pub url: Option<String>,
    /// The HTML.
    pub html: String,
    /// The true article body.
    pub truth: String,
}

/// Loads the pages of a benchmark folder in id order.
pub fn load(dir: &Path, limit: Option<usize>) -> Result<Vec<Page>, BenchError> {
    let gt_path = dir.join("ground-truth.json");
    let raw = std::fs::read(&gt_path).map_err(|source| BenchError::Io {
        path: gt_path.clone(),
        source,
    })?;
    let truth: BTreeMap<String, Truth> =
        serde_json::from_slice(&raw).map_err(|source| BenchError::Json {
            path: gt_path.clone(),
            source,
        })?;
    let mut pages = Vec::new();
    for (id, t) in truth.into_iter().take(limit.unwrap_or(usize::MAX)) {
        let path = dir.join("html").join(format!("{id}.html.gz"));
        let html = read_gz(&path).map_err(|source| BenchError::Io { path, source })?;
        pages.push(Page {
            id,
            url: t.url,
            html,
            truth: t.article_body,
        });
    }
    Ok(pages)
}

fn read_gz(path: &Path) -> std::io::Result<String> {
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(file).read_to_end(&mut bytes)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Runs [`crate::extract`] over the folder and scores it.
pub fn run(dir: &Path, opts: &BenchOptions) -> Result<BenchReport, BenchError> {
    let pages = load(dir, opts.limit)?;
    Ok(run_pages(&pages, opts.repeat))
}

/// Runs [`crate::extract`] over loaded pages and scores it.
pub fn run_pages(pages: &[Page], repeat: usize) -> BenchReport {
    let start = Instant::now();
    let cpu_start = thread_cpu_seconds();
    let mut texts: Vec<String> = pages
        .iter()
        .map(|p| crate::extract(&p.html, p.url.as_deref()).text)
        .collect();
    for _ in 1..repeat.max(1) {
        texts = pages
            .iter()
            .map(|p| crate::extract(&p.html, p.url.as_deref()).text)
            .collect();
    }
    let seconds = start.elapsed().as_secs_f64();
    let cpu_seconds = match (cpu_start, thread_cpu_seconds()) {
        (Some(a), Some(b)) => Some(b - a),
        _ => None,
    };
    let mut report = score_texts(pages, &texts);
    let n = (pages.len() * repeat.max(1)) as f64;
    report.seconds = seconds;
    report.cpu_seconds = cpu_seconds;
    report.pages_per_cpu_sec = cpu_seconds.filter(|c| *c > 0.0).map(|c| n / c);
    if seconds > 0.0 {
        report.pages_per_sec = n / seconds;
        report.mb_per_sec = report.bytes as f64 * repeat.max(1) as f64 / 1e6 / seconds;
    }
    report
}

/// Scores externally made predictions (`{ID: text}` or
/// `{ID: {"articleBody": text}}`), for comparison with other extractors.
/// Pages without a prediction count as empty. Speed fields are zero.
pub fn score_predictions(dir: &Path, predictions: &Path) -> Result<BenchReport, BenchError> {
    let pages = load(dir, None)?;
    let raw = std::fs::read(predictions).map_err(|source| BenchError::Io {
        path: predictions.to_path_buf(),
        source,
    })?;
    let map: HashMap<String, serde_json::Value> =
        serde_json::from_slice(&raw).map_err(|source| BenchError::Json {
            path: predictions.to_path_buf(),
            source,
        })?;
    let texts: Vec<String> = pages
        .iter()
        .map(|p| match map.get(&p.id) {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(v) => v
                .get("articleBody")
                .and_then(|b| b.as_str())
                .unwrap_or_default()
                .to_string(),
            None => String::new(),
        })
        .collect();
    Ok(score_texts(&pages, &texts))
}

fn score_texts(pages: &[Page], texts: &[String]) -> BenchReport {
    let per_page: Vec<PageScore> = pages
        .iter()
        .zip(texts)
        .map(|(p, text)| {
            let counts = score::compare(&p.truth, text);
            PageScore {
                id: p.id.clone(),
                url: p.url.clone(),
                counts,
                precision: counts.precision(),
                recall: counts.recall(),
                f1: counts.f1(),
            }
        })
        .collect();
    let counts: Vec<PageCounts> = per_page.iter().map(|p| p.counts).collect();
    let (precision, recall, f1) = score::aggregate(&counts);
    BenchReport {
        pages: pages.len(),
        precision,
        recall,
        f1,
        bytes: pages.iter().map(|p| p.html.len() as u64).sum(),
        seconds: 0.0,
        pages_per_sec: 0.0,
        mb_per_sec: 0.0,
        cpu_seconds: None,
        pages_per_cpu_sec: None,
        per_page,
    }
}

/// CPU time of the calling thread in seconds, from
/// `/proc/thread-self/schedstat` (nanoseconds on CPU); `None` elsewhere.
pub fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns as f64 / 1e9)
}
