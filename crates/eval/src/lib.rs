//! # milcoop-eval
//!
//! Scores predictions against gold files exactly as `eval/FORMAT.md` defines,
//! as a port of the reference scorer `eval/score.py`: the same numbers, the
//! same JSON keys, the same table.
//!
//! Predictions are read loosely, as [`serde_json::Value`], and judged with
//! Python's semantics (see [`py`]): extra fields are ignored, odd values make
//! a slot wrong instead of failing the run, and a line that is not JSON is
//! reported with its file and line number while the other lines are scored.
//!
//! ```
//! use milcoop_eval::{GoldSet, score};
//! use serde_json::json;
//! let gold = json!({"article": {"id": "a", "language": "en", "text": "Iran sent drones to Russia."},
//!                   "clean": {}, "events": [{"type": "supply", "actor": "IRN", "recipient": "RUS",
//!                   "evidence": "Iran sent drones"}]});
//! let gold = GoldSet::from_records(vec![gold]).unwrap();
//! let pred = json!({"article": {"id": "a"}, "events": [{"type": "supply", "actor": "IRN",
//!                   "recipient": "RUS", "evidence": "drones to Russia"}]});
//! let report = score(&gold, &[("a".to_string(), pred)].into_iter().collect(), false);
//! assert_eq!(report.group("all").unwrap().f1, 1.0);
//! ```

pub mod matching;
pub mod py;
mod tally;

pub use tally::{METRICS, Scores, Tally};

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What can go wrong while loading gold files or predictions.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file or folder could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The gold path is not a folder.
    #[error("{0}: not a folder")]
    NotADir(PathBuf),
    /// A gold file is not a gold record.
    #[error("{path}: {msg}")]
    BadGold {
        /// The gold file.
        path: PathBuf,
        /// What is wrong.
        msg: String,
    },
    /// A prediction line is not a prediction record.
    #[error("{path}:{line}: {msg}")]
    BadPrediction {
        /// The predictions file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        msg: String,
    },
}

/// Gold records keyed by article id, in the order `score.py` visits them
/// (files sorted by name; a later file with the same id replaces the record
/// but keeps the first one's place, as a Python dict does).
#[derive(Debug, Clone, Default)]
pub struct GoldSet {
    records: Vec<(String, Value)>,
}

/// The id of a record (`article.id`), which must be a string.
fn record_id(v: &Value) -> Result<String, String> {
    match py::get(py::get(v, "article"), "id") {
        Value::String(s) => Ok(s.clone()),
        Value::Null => Err("article.id is missing".into()),
        other => Err(format!("article.id is not a string: {other}")),
    }
}

impl GoldSet {
    /// Builds a set from parsed gold records.
    pub fn from_records(records: Vec<Value>) -> Result<Self, String> {
        let mut set = GoldSet::default();
        for r in records {
            set.insert(record_id(&r)?, r);
        }
        Ok(set)
    }

    /// Loads every `*.json` file of `dir` (hidden ones too, as pathlib's glob does).
    pub fn load(dir: &Path) -> Result<Self, EvalError> {
        if !dir.is_dir() {
            return Err(EvalError::NotADir(dir.to_path_buf()));
        }
        let io = |source| EvalError::Io {
            path: dir.to_path_buf(),
            source,
        };
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(io)? {
            let path = entry.map_err(io)?.path();
            if path.is_file()
                && path
                    .file_name()
                    .is_some_and(|n| n.as_encoded_bytes().ends_with(b".json"))
            {
                files.push(path);
            }
        }
        files.sort();
        let mut set = GoldSet::default();
        for path in files {
            let text = std::fs::read_to_string(&path).map_err(|source| EvalError::Io {
                path: path.clone(),
                source,
            })?;
            let bad = |msg: String| EvalError::BadGold {
                path: path.clone(),
                msg,
            };
            let v: Value = serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?;
            let id = record_id(&v).map_err(bad)?;
            set.insert(id, v);
        }
        Ok(set)
    }

    fn insert(&mut self, id: String, v: Value) {
        match self.records.iter_mut().find(|(k, _)| *k == id) {
            Some(slot) => slot.1 = v,
            None => self.records.push((id, v)),
        }
    }

    /// The records as `(article id, gold JSON)`.
    pub fn records(&self) -> &[(String, Value)] {
        &self.records
    }

    /// Number of gold articles.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// True when there is no gold article.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// The `article` of each gold record, as the system under test receives it.
    pub fn articles(&self) -> Vec<Result<milcoop_core::Article, String>> {
        self.records
            .iter()
            .map(|(id, v)| {
                serde_json::from_value(py::get(v, "article").clone())
                    .map_err(|e| format!("gold {id}: article: {e}"))
            })
            .collect()
    }
}

/// Predictions keyed by article id (a later line with the same id wins), and
/// the lines that could not be read.
#[derive(Debug, Default)]
pub struct Predictions {
    /// Prediction records by `article.id`.
    pub by_id: HashMap<String, Value>,
    /// One error per unusable line.
    pub errors: Vec<EvalError>,
}

/// Splits on `\n`, `\r\n` and `\r`, as Python's text-mode line iteration does.
fn universal_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let s = rest?;
        match s.find(['\n', '\r']) {
            Some(i) => {
                let skip = if s[i..].starts_with("\r\n") { 2 } else { 1 };
                rest = Some(&s[i + skip..]);
                Some(&s[..i])
            }
            None => {
                rest = None;
                (!s.is_empty()).then_some(s)
            }
        }
    })
}

/// Reads predictions from JSON Lines text; `path` names the source in errors.
pub fn parse_predictions(text: &str, path: &Path) -> Predictions {
    let mut out = Predictions::default();
    for (n, raw) in universal_lines(text).enumerate() {
        let line = raw.trim_matches(py::is_space);
        if line.is_empty() {
            continue;
        }
        let bad = |msg: String| EvalError::BadPrediction {
            path: path.to_path_buf(),
            line: n + 1,
            msg,
        };
        match serde_json::from_str::<Value>(line) {
            Ok(v) => match record_id(&v) {
                Ok(id) => {
                    out.by_id.insert(id, v);
                }
                Err(msg) => out.errors.push(bad(msg)),
            },
            Err(e) => out.errors.push(bad(format!("not JSON: {e}"))),
        }
    }
    out
}

/// Reads a JSON Lines predictions file (invalid UTF-8 is replaced, so that it
/// surfaces as a bad line rather than a failed file).
pub fn load_predictions(path: &Path) -> Result<Predictions, EvalError> {
    let bytes = std::fs::read(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(parse_predictions(&String::from_utf8_lossy(&bytes), path))
}

/// The scores of one run: per group (`all` first, then each language in the
/// order it first appears) and, if asked for, per article.
///
/// Serialises to `score.py --json`'s shape:
/// `{"all": {...}, "de": {...}, ..., "per_article": {"id": {...}}}`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// `(group name, scores)`: `all`, then languages.
    pub groups: Vec<(String, Scores)>,
    /// `(article id, scores)` in gold order; empty unless asked for.
    pub per_article: Vec<(String, Scores)>,
}

impl Report {
    /// The scores of a group (`all`, `de`, `en`, ...).
    pub fn group(&self, name: &str) -> Option<&Scores> {
        self.groups.iter().find(|(k, _)| k == name).map(|(_, s)| s)
    }

    /// The scores of one article (with `per_article`).
    pub fn article(&self, id: &str) -> Option<&Scores> {
        self.per_article
            .iter()
            .find(|(k, _)| k == id)
            .map(|(_, s)| s)
    }

    /// The report as `score.py --json` prints it (one-space indent).
    pub fn to_json(&self) -> String {
        let mut buf = Vec::new();
        let fmt = serde_json::ser::PrettyFormatter::with_indent(b" ");
        let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
        // Serialising plain structs of numbers and strings cannot fail.
        let _ = self.serialize(&mut ser);
        String::from_utf8(buf).unwrap_or_default()
    }

    /// The report as `score.py` prints its table: one row per metric, one
    /// column per group, then one line per article.
    pub fn to_table(&self) -> String {
        let mut out = String::new();
        let _ = write!(out, "{:22}", "");
        for (name, _) in &self.groups {
            let _ = write!(out, "{name:>10}");
        }
        out.push('\n');
        for key in METRICS {
            let _ = write!(out, "{key:<22}");
            for (_, s) in &self.groups {
                let cell = match (key, s.metric(key)) {
                    (_, None) => "-".to_string(),
                    ("articles" | "gold" | "pred" | "matched", Some(v)) => format!("{}", v as u64),
                    (_, Some(v)) => format!("{v:.3}"),
                };
                let _ = write!(out, "{cell:>10}");
            }
            out.push('\n');
        }
        for (id, r) in &self.per_article {
            let _ = writeln!(
                out,
                "{id:<14} gold {:3} pred {:3} matched {:3} f1 {:.3}",
                r.gold, r.pred, r.matched, r.f1
            );
        }
        out
    }
}

impl Serialize for Report {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Ordered<'a>(&'a [(String, Scores)]);
        impl Serialize for Ordered<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(self.0.len()))?;
                for (k, v) in self.0 {
                    m.serialize_entry(k, v)?;
                }
                m.end()
            }
        }
        let extra = usize::from(!self.per_article.is_empty());
        let mut m = s.serialize_map(Some(self.groups.len() + extra))?;
        for (k, v) in &self.groups {
            m.serialize_entry(k, v)?;
        }
        if !self.per_article.is_empty() {
            m.serialize_entry("per_article", &Ordered(&self.per_article))?;
        }
        m.end()
    }
}

/// Scores `pred` (by article id) against `gold`. A gold article without a
/// prediction counts as one with no events and an empty `clean`.
pub fn score(gold: &GoldSet, pred: &HashMap<String, Value>, per_article: bool) -> Report {
    let empty = serde_json::json!({"events": [], "clean": {}});
    let mut groups: Vec<(String, Tally)> = vec![("all".into(), Tally::default())];
    let mut per = Vec::new();
    for (id, g) in gold.records() {
        let p = pred.get(id).unwrap_or(&empty);
        let lang = match py::or_none(py::get(py::get(g, "article"), "language")) {
            Value::String(s) => s.clone(),
            Value::Null => "?".to_string(),
            other => other.to_string(),
        };
        for key in ["all", lang.as_str()] {
            let i = match groups.iter().position(|(k, _)| k == key) {
                Some(i) => i,
                None => {
                    groups.push((key.to_string(), Tally::default()));
                    groups.len() - 1
                }
            };
            groups[i].1.add(g, p);
        }
        if per_article {
            let mut t = Tally::default();
            t.add(g, p);
            per.push((id.clone(), t.report()));
        }
    }
    Report {
        groups: groups.into_iter().map(|(k, t)| (k, t.report())).collect(),
        per_article: per,
    }
}
