//! Rows as a table, JSON, JSON Lines or CSV. A row type names its columns
//! once ([`Row`]); every format takes them from its serde form, so the
//! formats cannot drift apart. Flat formats (CSV, table) join lists with
//! `;` and write nested objects as JSON.

use crate::StoreError;
use serde::Serialize;
use std::io::Write;

/// A row type that can be written in every format.
pub trait Row: Serialize {
    /// Every column, in output order (serde field names).
    const COLUMNS: &'static [&'static str];
    /// The columns of the human-readable table.
    const TABLE: &'static [&'static str];
}

/// An output format for query results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// An aligned text table (a subset of the columns).
    Table,
    /// One JSON array.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// CSV with a header.
    Csv,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "table" => Ok(Format::Table),
            "json" => Ok(Format::Json),
            "jsonl" | "ndjson" => Ok(Format::Jsonl),
            "csv" => Ok(Format::Csv),
            _ => Err(format!("unknown format {s:?} (table, json, jsonl, csv)")),
        }
    }
}

/// A JSON value as one flat cell.
pub fn flat(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(a) => a
            .iter()
            .map(|x| {
                if x.is_object() {
                    x.to_string()
                } else {
                    flat(x)
                }
            })
            .collect::<Vec<_>>()
            .join(";"),
        other => other.to_string(),
    }
}

/// The cells of a row for the given columns.
pub fn cells<R: Row>(row: &R, columns: &[&str]) -> Result<Vec<String>, StoreError> {
    let v = serde_json::to_value(row)?;
    Ok(columns.iter().map(|c| flat(&v[*c])).collect())
}

/// Writes rows in a format.
pub fn write_rows<R: Row + Clone>(
    rows: &[R],
    format: Format,
    out: &mut dyn Write,
) -> Result<(), StoreError> {
    let mut w = RowWriter::new(format, out)?;
    for r in rows {
        w.push(r.clone())?;
    }
    w.finish()?;
    Ok(())
}

/// Writes rows in a format as they come: JSON, JSON Lines and CSV stream
/// (memory does not grow with the rows); a table keeps its rows to size
/// its columns.
pub struct RowWriter<'a, R: Row> {
    state: State<'a, R>,
    rows: u64,
}

enum State<'a, R> {
    Json(&'a mut dyn Write),
    Jsonl(&'a mut dyn Write),
    Csv(Box<csv::Writer<&'a mut dyn Write>>),
    Table(&'a mut dyn Write, Vec<R>),
}

impl<'a, R: Row> RowWriter<'a, R> {
    /// A writer of `format` to `out` (CSV writes its header now).
    pub fn new(format: Format, out: &'a mut dyn Write) -> Result<Self, StoreError> {
        let state = match format {
            Format::Json => State::Json(out),
            Format::Jsonl => State::Jsonl(out),
            Format::Csv => {
                let mut w = csv::Writer::from_writer(out);
                w.write_record(R::COLUMNS)?;
                State::Csv(Box::new(w))
            }
            Format::Table => State::Table(out, Vec::new()),
        };
        Ok(RowWriter { state, rows: 0 })
    }

    /// Writes (or, for a table, keeps) one row.
    pub fn push(&mut self, row: R) -> Result<(), StoreError> {
        match &mut self.state {
            State::Json(out) => {
                out.write_all(if self.rows == 0 { b"[\n" } else { b",\n" })?;
                let text = serde_json::to_string_pretty(&row)?;
                for (i, line) in text.lines().enumerate() {
                    if i > 0 {
                        out.write_all(b"\n")?;
                    }
                    out.write_all(b"  ")?;
                    out.write_all(line.as_bytes())?;
                }
            }
            State::Jsonl(out) => {
                serde_json::to_writer(&mut *out, &row)?;
                out.write_all(b"\n")?;
            }
            State::Csv(w) => w.write_record(cells(&row, R::COLUMNS)?)?,
            State::Table(_, rows) => rows.push(row),
        }
        self.rows += 1;
        Ok(())
    }

    /// Rows written so far.
    pub fn rows(&self) -> u64 {
        self.rows
    }

    /// Ends the output (the closing bracket, the table); returns the rows.
    pub fn finish(self) -> Result<u64, StoreError> {
        match self.state {
            State::Json(out) => {
                out.write_all(if self.rows == 0 { b"[]\n" } else { b"\n]\n" })?;
            }
            State::Jsonl(_) => {}
            State::Csv(mut w) => w.flush()?,
            State::Table(out, rows) => write_table(&rows, out)?,
        }
        Ok(self.rows)
    }
}

fn clip(s: &str, max: usize) -> String {
    let s = s.replace(['\n', '\r', '\t'], " ");
    if s.chars().count() <= max {
        return s;
    }
    let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
    t.push('…');
    t
}

fn write_table<R: Row>(rows: &[R], out: &mut dyn Write) -> Result<(), StoreError> {
    let cols = R::TABLE;
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|r| cells(r, cols).map(|c| c.iter().map(|x| clip(x, 60)).collect()))
        .collect::<Result<_, _>>()?;
    let mut width: Vec<usize> = cols.iter().map(|c| c.len()).collect();
    for r in &body {
        for (w, c) in width.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::new();
        for (i, (c, w)) in cells.iter().zip(&width).enumerate() {
            if i + 1 == cells.len() {
                s.push_str(c);
            } else {
                s.push_str(c);
                s.push_str(&" ".repeat(w - c.chars().count() + 2));
            }
        }
        s
    };
    let head: Vec<String> = cols.iter().map(|c| c.to_uppercase()).collect();
    writeln!(out, "{}", line(&head))?;
    for r in &body {
        writeln!(out, "{}", line(r))?;
    }
    writeln!(out, "({} rows)", rows.len())?;
    Ok(())
}
