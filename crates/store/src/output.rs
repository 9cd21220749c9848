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
pub fn write_rows<R: Row>(
    rows: &[R],
    format: Format,
    out: &mut dyn Write,
) -> Result<(), StoreError> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, rows)?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            for r in rows {
                serde_json::to_writer(&mut *out, r)?;
                writeln!(out)?;
            }
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(R::COLUMNS)?;
            for r in rows {
                w.write_record(cells(r, R::COLUMNS)?)?;
            }
            w.flush()?;
        }
        Format::Table => write_table(rows, out)?,
    }
    Ok(())
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
