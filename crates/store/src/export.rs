//! Export of events, claims and articles (CSV, JSON Lines, Parquet) and of
//! the actor network (GraphML). Rows are streamed from the database and
//! Parquet is written in row groups, so memory stays flat whatever the size.
//!
//! Parquet columns are flat: lists are joined with `;` (as in CSV), the
//! status history is a JSON string; numbers and booleans keep their types.

use crate::StoreError;
use crate::db::{Conn, Value};
use crate::output::{Row, cells, flat};
use crate::query::{self, Filter};
use parquet::basic::Compression;
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::sync::Arc;

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportTable {
    /// Events.
    Events,
    /// Claims.
    Claims,
    /// Articles (with their text).
    Articles,
    /// The actor network (GraphML only).
    Network,
}

impl std::str::FromStr for ExportTable {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "events" => Ok(ExportTable::Events),
            "claims" => Ok(ExportTable::Claims),
            "articles" => Ok(ExportTable::Articles),
            "network" => Ok(ExportTable::Network),
            _ => Err(format!(
                "unknown table {s:?} (events, claims, articles, network)"
            )),
        }
    }
}

/// The file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// CSV with a header.
    Csv,
    /// JSON Lines.
    Jsonl,
    /// Apache Parquet (Snappy-compressed).
    Parquet,
    /// GraphML (the actor network).
    Graphml,
}

impl std::str::FromStr for ExportFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "csv" => Ok(ExportFormat::Csv),
            "jsonl" | "ndjson" => Ok(ExportFormat::Jsonl),
            "parquet" => Ok(ExportFormat::Parquet),
            "graphml" => Ok(ExportFormat::Graphml),
            _ => Err(format!(
                "unknown format {s:?} (csv, jsonl, parquet, graphml)"
            )),
        }
    }
}

/// One article in an export.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleRow {
    id: Option<String>,
    url: Option<String>,
    outlet: Option<String>,
    title: Option<String>,
    published: Option<String>,
    language: Option<String>,
    duplicate_of: Option<String>,
    duplicate_kind: Option<String>,
    n_events: Option<i64>,
    skipped: Option<String>,
    text: Option<String>,
}

impl Row for ArticleRow {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "url",
        "outlet",
        "title",
        "published",
        "language",
        "duplicate_of",
        "duplicate_kind",
        "n_events",
        "skipped",
        "text",
    ];
    const TABLE: &'static [&'static str] = &[
        "id",
        "published",
        "outlet",
        "title",
        "duplicate_of",
        "n_events",
    ];
}

fn article_from_row(r: Vec<Value>) -> Result<ArticleRow, StoreError> {
    let t = |i: usize| r[i].text();
    Ok(ArticleRow {
        id: t(0),
        url: t(1),
        outlet: t(2),
        title: t(3),
        published: t(4),
        language: t(5),
        duplicate_of: t(6),
        duplicate_kind: t(7),
        n_events: r[8].int(),
        skipped: t(9),
        text: t(10),
    })
}

#[derive(Clone, Copy)]
enum Kind {
    Str,
    Int,
    Float,
    Bool,
}

fn kind_of(col: &str) -> Kind {
    match col {
        "quantity_min" | "quantity_max" | "span_start" | "span_end" | "n_events" | "n_articles"
        | "n_outlets" => Kind::Int,
        "value_amount" | "confidence" => Kind::Float,
        "unordered" | "contested" => Kind::Bool,
        _ => Kind::Str,
    }
}

/// A sink that takes rows one at a time.
trait Sink<R: Row> {
    fn push(&mut self, row: R) -> Result<(), StoreError>;
    fn finish(self: Box<Self>) -> Result<(), StoreError>;
}

struct CsvSink<W: Write>(csv::Writer<W>);
impl<R: Row, W: Write> Sink<R> for CsvSink<W> {
    fn push(&mut self, row: R) -> Result<(), StoreError> {
        Ok(self.0.write_record(cells(&row, R::COLUMNS)?)?)
    }
    fn finish(mut self: Box<Self>) -> Result<(), StoreError> {
        Ok(self.0.flush()?)
    }
}

struct JsonlSink<W: Write>(W);
impl<R: Row, W: Write> Sink<R> for JsonlSink<W> {
    fn push(&mut self, row: R) -> Result<(), StoreError> {
        serde_json::to_writer(&mut self.0, &row)?;
        Ok(self.0.write_all(b"\n")?)
    }
    fn finish(mut self: Box<Self>) -> Result<(), StoreError> {
        Ok(self.0.flush()?)
    }
}

const ROW_GROUP: usize = 65_536;

struct ParquetSink<W: Write + Send> {
    writer: SerializedFileWriter<W>,
    columns: &'static [&'static str],
    buf: Vec<Vec<serde_json::Value>>,
}

impl<W: Write + Send> ParquetSink<W> {
    fn new(out: W, name: &str, columns: &'static [&'static str]) -> Result<Self, StoreError> {
        let mut msg = format!("message {name} {{\n");
        for c in columns {
            let t = match kind_of(c) {
                Kind::Str => "BYTE_ARRAY",
                Kind::Int => "INT64",
                Kind::Float => "DOUBLE",
                Kind::Bool => "BOOLEAN",
            };
            let ann = if matches!(kind_of(c), Kind::Str) {
                " (UTF8)"
            } else {
                ""
            };
            msg.push_str(&format!("  OPTIONAL {t} {c}{ann};\n"));
        }
        msg.push('}');
        let schema = Arc::new(parquet::schema::parser::parse_message_type(&msg)?);
        let props = Arc::new(
            WriterProperties::builder()
                .set_compression(Compression::SNAPPY)
                .build(),
        );
        Ok(ParquetSink {
            writer: SerializedFileWriter::new(out, schema, props)?,
            columns,
            buf: Vec::new(),
        })
    }

    fn flush_group(&mut self) -> Result<(), StoreError> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let mut rg = self.writer.next_row_group()?;
        let mut i = 0;
        while let Some(mut col) = rg.next_column()? {
            let name = self.columns[i];
            let vals = self.buf.iter().map(|r| &r[i]);
            let def: Vec<i16> = vals.clone().map(|v| i16::from(!v.is_null())).collect();
            match kind_of(name) {
                Kind::Str => {
                    let data: Vec<ByteArray> = vals
                        .filter(|v| !v.is_null())
                        .map(|v| ByteArray::from(flat(v).into_bytes()))
                        .collect();
                    col.typed::<ByteArrayType>()
                        .write_batch(&data, Some(&def), None)?;
                }
                Kind::Int => {
                    let data: Vec<i64> = vals.filter_map(|v| v.as_i64()).collect();
                    col.typed::<Int64Type>()
                        .write_batch(&data, Some(&def), None)?;
                }
                Kind::Float => {
                    let data: Vec<f64> = vals.filter_map(|v| v.as_f64()).collect();
                    col.typed::<DoubleType>()
                        .write_batch(&data, Some(&def), None)?;
                }
                Kind::Bool => {
                    let data: Vec<bool> = vals.filter_map(|v| v.as_bool()).collect();
                    col.typed::<BoolType>()
                        .write_batch(&data, Some(&def), None)?;
                }
            }
            col.close()?;
            i += 1;
        }
        rg.close()?;
        self.buf.clear();
        Ok(())
    }
}

impl<R: Row, W: Write + Send> Sink<R> for ParquetSink<W> {
    fn push(&mut self, row: R) -> Result<(), StoreError> {
        let v = serde_json::to_value(&row)?;
        self.buf
            .push(self.columns.iter().map(|c| v[*c].clone()).collect());
        if self.buf.len() >= ROW_GROUP {
            self.flush_group()?;
        }
        Ok(())
    }
    fn finish(mut self: Box<Self>) -> Result<(), StoreError> {
        self.flush_group()?;
        self.writer.close()?;
        Ok(())
    }
}

fn sink<'a, R: Row + 'a, W: Write + Send + 'a>(
    format: ExportFormat,
    name: &str,
    out: W,
) -> Result<Box<dyn Sink<R> + 'a>, StoreError> {
    Ok(match format {
        ExportFormat::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(R::COLUMNS)?;
            Box::new(CsvSink(w))
        }
        ExportFormat::Jsonl => Box::new(JsonlSink(out)),
        ExportFormat::Parquet => Box::new(ParquetSink::new(out, name, R::COLUMNS)?),
        ExportFormat::Graphml => {
            return Err(StoreError::Schema(
                "GraphML is for the actor network: export network".into(),
            ));
        }
    })
}

fn stream<R: Row>(
    conn: &mut Conn,
    sql: &str,
    params: &[Value],
    convert: fn(Vec<Value>) -> Result<R, StoreError>,
    mut sink: Box<dyn Sink<R> + '_>,
) -> Result<u64, StoreError> {
    let mut n = 0u64;
    conn.query_each(sql, params, |row| {
        n += 1;
        sink.push(convert(row)?)
    })?;
    sink.finish()?;
    Ok(n)
}

pub(crate) fn export<W: Write + Send>(
    conn: &mut Conn,
    table: ExportTable,
    format: ExportFormat,
    filter: &Filter,
    out: W,
) -> Result<u64, StoreError> {
    let d = conn.dialect();
    match (table, format) {
        (ExportTable::Network, ExportFormat::Graphml) => network(conn, filter, out),
        (ExportTable::Network, _) | (_, ExportFormat::Graphml) => Err(StoreError::Schema(
            "the actor network is exported as GraphML only".into(),
        )),
        (ExportTable::Events, f) => {
            let (sql, params) = query::events_query(filter, d)?;
            stream(
                conn,
                &sql,
                &params,
                query::event_from_row,
                sink(f, "events", out)?,
            )
        }
        (ExportTable::Claims, f) => {
            let (sql, params) = query::claims_query(filter, d)?;
            stream(
                conn,
                &sql,
                &params,
                query::claim_from_row,
                sink(f, "claims", out)?,
            )
        }
        (ExportTable::Articles, f) => {
            let sql = "SELECT id, url, outlet, title, published, language, duplicate_of, duplicate_kind, \
                       n_events, skipped, text FROM articles ORDER BY id";
            stream(conn, sql, &[], article_from_row, sink(f, "articles", out)?)
        }
    }
}

fn xml_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => o.push(c),
        }
    }
    o
}

/// The actor network: one node per party, one edge per (actor, recipient,
/// type) with the number of claims and the sum of their independent outlets.
fn network<W: Write>(conn: &mut Conn, filter: &Filter, mut out: W) -> Result<u64, StoreError> {
    let (sql, params) = query::claims_query(filter, conn.dialect())?;
    // (actor, recipient, type) -> (claims, outlets, contested, unordered)
    type Edge = (u64, i64, u64, bool);
    let mut edges: BTreeMap<(String, String, String), Edge> = BTreeMap::new();
    let mut nodes: BTreeMap<String, u64> = BTreeMap::new();
    conn.query_each(&sql, &params, |r| {
        let c = query::claim_from_row(r)?;
        let (Some(a), Some(b)) = (c.actor, c.recipient) else {
            return Ok(());
        };
        *nodes.entry(a.clone()).or_default() += 1;
        *nodes.entry(b.clone()).or_default() += 1;
        let e = edges.entry((a, b, c.kind)).or_default();
        e.0 += 1;
        e.1 += c.n_outlets;
        e.2 += u64::from(c.contested);
        e.3 = c.unordered;
        Ok(())
    })?;
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#
    )?;
    for (id, for_, name, ty) in [
        ("label", "node", "label", "string"),
        ("kind", "node", "kind", "string"),
        ("degree", "node", "claims", "int"),
        ("type", "edge", "type", "string"),
        ("weight", "edge", "claims", "int"),
        ("outlets", "edge", "outlets", "int"),
        ("contested", "edge", "contested", "int"),
    ] {
        writeln!(
            out,
            r#"  <key id="{id}" for="{for_}" attr.name="{name}" attr.type="{ty}"/>"#
        )?;
    }
    writeln!(out, r#"  <graph id="actors" edgedefault="directed">"#)?;
    for (n, deg) in &nodes {
        let kind = n.split_once(':').map_or("state", |(k, _)| k);
        let id = xml_escape(n);
        writeln!(
            out,
            r#"    <node id="{id}"><data key="label">{id}</data><data key="kind">{}</data><data key="degree">{deg}</data></node>"#,
            xml_escape(kind)
        )?;
    }
    for (i, ((a, b, t), (n, outlets, contested, unordered))) in edges.iter().enumerate() {
        let directed = if *unordered {
            r#" directed="false""#
        } else {
            ""
        };
        writeln!(
            out,
            r#"    <edge id="e{i}" source="{}" target="{}"{directed}><data key="type">{}</data><data key="weight">{n}</data><data key="outlets">{outlets}</data><data key="contested">{contested}</data></edge>"#,
            xml_escape(a),
            xml_escape(b),
            xml_escape(t)
        )?;
    }
    writeln!(out, "  </graph>\n</graphml>")?;
    out.flush()?;
    Ok(edges.len() as u64)
}
