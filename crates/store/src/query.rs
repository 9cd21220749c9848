//! Filtered reads of events and claims, and the detail of one claim or
//! article. Each filter is one indexed condition; the planner picks the most
//! selective index (see the migrations for the indexes).

use crate::StoreError;
use crate::db::{Conn, Dialect, Value};
use crate::ingest::items_from_text;
use crate::output::Row;
use milcoop_consolidate::{StatusPoint, day_range};
use milcoop_core::{Certainty, EventType, ItemCategory, Status};
use serde::Serialize;

/// What to select. Every field set must hold; `None` means any.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Actor as stated (for either side of an unordered act use `party`).
    pub actor: Option<String>,
    /// Recipient as stated.
    pub recipient: Option<String>,
    /// Either party.
    pub party: Option<String>,
    /// Event type.
    pub kind: Option<EventType>,
    /// Item category.
    pub item: Option<ItemCategory>,
    /// Status.
    pub status: Option<Status>,
    /// Certainty.
    pub certainty: Option<Certainty>,
    /// Acts whose time (else the report's date) ends on or after this date.
    pub since: Option<String>,
    /// Acts whose time (else the report's date) starts on or before this date.
    pub until: Option<String>,
    /// Outlet (claims: any source in it).
    pub outlet: Option<String>,
    /// Article language (claims: any source in it).
    pub language: Option<String>,
    /// Words that must all occur in the evidence sentence (case-insensitive,
    /// whole words; full-text indexed).
    pub text: Option<String>,
    /// Only contested claims (or only uncontested with `Some(false)`).
    pub contested: Option<bool>,
    /// Events of this claim.
    pub claim: Option<String>,
    /// Events of this article.
    pub article: Option<String>,
    /// At most this many rows.
    pub limit: Option<usize>,
}

/// One event as the queries return it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRow {
    /// Event id (`ARTICLE#N`).
    pub id: String,
    /// Article id.
    pub article_id: String,
    /// The claim it belongs to.
    pub claim_id: String,
    /// Type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Actor.
    pub actor: Option<String>,
    /// Recipient.
    pub recipient: Option<String>,
    /// Items.
    pub items: Vec<String>,
    /// Status.
    pub status: String,
    /// Certainty.
    pub certainty: String,
    /// Attribution ids.
    pub attribution: Vec<String>,
    /// Time start.
    pub time_start: Option<String>,
    /// Time end.
    pub time_end: Option<String>,
    /// Quantity lower bound.
    pub quantity_min: Option<i64>,
    /// Quantity upper bound.
    pub quantity_max: Option<i64>,
    /// Value amount.
    pub value_amount: Option<f64>,
    /// Value currency.
    pub value_currency: Option<String>,
    /// Verbatim evidence.
    pub evidence: String,
    /// The sentence holding the evidence.
    pub sentence: String,
    /// Outlet of the article.
    pub outlet: Option<String>,
    /// Publication date of the article.
    pub published: Option<String>,
    /// Language of the article.
    pub language: Option<String>,
    /// Evidence start (byte offset in the article text).
    pub span_start: i64,
    /// Evidence end.
    pub span_end: i64,
    /// Rule that produced the event.
    pub rule: String,
    /// Confidence.
    pub confidence: f64,
}

impl Row for EventRow {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "article_id",
        "claim_id",
        "type",
        "actor",
        "recipient",
        "items",
        "status",
        "certainty",
        "attribution",
        "time_start",
        "time_end",
        "quantity_min",
        "quantity_max",
        "value_amount",
        "value_currency",
        "evidence",
        "sentence",
        "outlet",
        "published",
        "language",
        "span_start",
        "span_end",
        "rule",
        "confidence",
    ];
    const TABLE: &'static [&'static str] = &[
        "id",
        "published",
        "type",
        "actor",
        "recipient",
        "items",
        "status",
        "certainty",
        "outlet",
        "evidence",
    ];
}

const EVENT_COLS: &str = "id, article_id, claim_id, type, actor, recipient, items, status, certainty, \
    attribution, time_start, time_end, quantity_min, quantity_max, value_amount, value_currency, evidence, \
    sentence_text, outlet, published, language, span_start, span_end, rule, confidence";

pub(crate) fn event_from_row(r: Vec<Value>) -> Result<EventRow, StoreError> {
    let t = |i: usize| r[i].text();
    Ok(EventRow {
        id: t(0).unwrap_or_default(),
        article_id: t(1).unwrap_or_default(),
        claim_id: t(2).unwrap_or_default(),
        kind: t(3).unwrap_or_default(),
        actor: t(4),
        recipient: t(5),
        items: items_from_text(r[6].as_str().unwrap_or(""))?
            .iter()
            .map(|i| i.as_str().to_string())
            .collect(),
        status: t(7).unwrap_or_default(),
        certainty: t(8).unwrap_or_default(),
        attribution: serde_json::from_str(r[9].as_str().unwrap_or("[]"))?,
        time_start: t(10),
        time_end: t(11),
        quantity_min: r[12].int(),
        quantity_max: r[13].int(),
        value_amount: r[14].real(),
        value_currency: t(15),
        evidence: t(16).unwrap_or_default(),
        sentence: t(17).unwrap_or_default(),
        outlet: t(18),
        published: t(19),
        language: t(20),
        span_start: r[21].int().unwrap_or(0),
        span_end: r[22].int().unwrap_or(0),
        rule: t(23).unwrap_or_default(),
        confidence: r[24].real().unwrap_or(0.0),
    })
}

/// One claim as the queries return it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimRow {
    /// Claim id.
    pub id: String,
    /// Type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Actor.
    pub actor: Option<String>,
    /// Recipient.
    pub recipient: Option<String>,
    /// True when the parties are unordered.
    pub unordered: bool,
    /// Items.
    pub items: Vec<String>,
    /// Time start.
    pub time_start: Option<String>,
    /// Time end.
    pub time_end: Option<String>,
    /// Latest known status.
    pub status: String,
    /// Strongest certainty of the non-denying sources.
    pub certainty: String,
    /// True when a source denies it.
    pub contested: bool,
    /// Date of the first report.
    pub first_reported: Option<String>,
    /// Article of the first report.
    pub first_article: String,
    /// Number of events.
    pub n_events: i64,
    /// Number of articles.
    pub n_articles: i64,
    /// Number of independent outlets.
    pub n_outlets: i64,
    /// Outlets.
    pub outlets: Vec<String>,
    /// Attribution ids of all sources.
    pub attributions: Vec<String>,
    /// Articles, first report first.
    pub articles: Vec<String>,
    /// Status over time.
    pub status_history: Vec<StatusPoint>,
}

impl Row for ClaimRow {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "type",
        "actor",
        "recipient",
        "unordered",
        "items",
        "time_start",
        "time_end",
        "status",
        "certainty",
        "contested",
        "first_reported",
        "first_article",
        "n_events",
        "n_articles",
        "n_outlets",
        "outlets",
        "attributions",
        "articles",
        "status_history",
    ];
    const TABLE: &'static [&'static str] = &[
        "id",
        "first_reported",
        "type",
        "actor",
        "recipient",
        "items",
        "time_start",
        "status",
        "certainty",
        "contested",
        "n_outlets",
        "attributions",
    ];
}

const CLAIM_COLS: &str = "id, type, actor, recipient, unordered, items, time_start, time_end, status, \
    certainty, contested, first_reported, first_article, n_events, n_articles, n_outlets, outlets, \
    attributions, articles, status_history";

pub(crate) fn claim_from_row(r: Vec<Value>) -> Result<ClaimRow, StoreError> {
    let t = |i: usize| r[i].text();
    let j = |i: usize| -> Result<Vec<String>, StoreError> {
        Ok(serde_json::from_str(r[i].as_str().unwrap_or("[]"))?)
    };
    Ok(ClaimRow {
        id: t(0).unwrap_or_default(),
        kind: t(1).unwrap_or_default(),
        actor: t(2),
        recipient: t(3),
        unordered: r[4].int() == Some(1),
        items: items_from_text(r[5].as_str().unwrap_or(""))?
            .iter()
            .map(|i| i.as_str().to_string())
            .collect(),
        time_start: t(6),
        time_end: t(7),
        status: t(8).unwrap_or_default(),
        certainty: t(9).unwrap_or_default(),
        contested: r[10].int() == Some(1),
        first_reported: t(11),
        first_article: t(12).unwrap_or_default(),
        n_events: r[13].int().unwrap_or(0),
        n_articles: r[14].int().unwrap_or(0),
        n_outlets: r[15].int().unwrap_or(0),
        outlets: j(16)?,
        attributions: j(17)?,
        articles: j(18)?,
        status_history: serde_json::from_str(r[19].as_str().unwrap_or("[]"))?,
    })
}

/// A WHERE clause under construction.
struct Where {
    conds: Vec<String>,
    params: Vec<Value>,
}

impl Where {
    fn new() -> Self {
        Where {
            conds: Vec::new(),
            params: Vec::new(),
        }
    }
    fn add(&mut self, cond: &str, params: impl IntoIterator<Item = Value>) {
        self.conds.push(cond.to_string());
        self.params.extend(params);
    }
    fn sql(&self) -> String {
        if self.conds.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.conds.join(" AND "))
        }
    }
}

fn day(s: &str, end: bool) -> Result<i64, StoreError> {
    let (a, b) = day_range(s)
        .ok_or_else(|| StoreError::Schema(format!("bad date {s:?}: use YYYY[-MM[-DD]]")))?;
    Ok(i64::from(if end { b } else { a }))
}

/// Items are stored as their names separated by spaces; the condition
/// looks for one whole name.
fn item_condition(w: &mut Where, item: ItemCategory) {
    let name = item.as_str().replace('_', "\\_");
    w.add(
        "(' ' || items || ' ') LIKE ? ESCAPE '\\'",
        [Value::Text(format!("% {name} %"))],
    );
}

/// The events of one article: a range of the primary key (event ids are
/// `ARTICLE#N`), so no index on `article_id` is needed.
fn article_condition(w: &mut Where, article: &str) {
    w.add(
        "id >= ? AND id < ? AND article_id = ?",
        [
            format!("{article}#").into(),
            format!("{article}$").into(),
            article.into(),
        ],
    );
}

/// The words of a text query.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The condition that selects events whose sentence holds every word of
/// `text` (full-text index: FTS5 in SQLite, GIN over `to_tsvector` in
/// PostgreSQL), with `events` as `alias`.
fn text_condition(w: &mut Where, d: Dialect, alias: &str, text: &str) {
    let ws = words(text);
    if ws.is_empty() {
        w.add("1 = 0", []);
        return;
    }
    match d {
        Dialect::Sqlite => {
            let q: Vec<String> = ws.iter().map(|x| format!("\"{x}\"")).collect();
            w.add(
                &format!(
                    "{alias}.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"
                ),
                [Value::Text(q.join(" "))],
            );
        }
        Dialect::Postgres => w.add(
            &format!(
                "to_tsvector('simple', {alias}.sentence_text) @@ plainto_tsquery('simple', ?)"
            ),
            [Value::Text(ws.join(" "))],
        ),
    }
}

fn limit_sql(limit: Option<usize>) -> String {
    limit.map(|n| format!(" LIMIT {n}")).unwrap_or_default()
}

fn desc(dialect: Dialect) -> &'static str {
    // SQLite sorts NULL first ascending, so last descending; say the same for PostgreSQL.
    match dialect {
        Dialect::Sqlite => "DESC",
        Dialect::Postgres => "DESC NULLS LAST",
    }
}

/// The order of results: latest act first when a time range is asked for
/// (the days index then answers in order and stops at the limit), else
/// latest report first.
fn order(f: &Filter, date_col: &str, days: (&str, &str), d: Dialect) -> String {
    let o = desc(d);
    if f.since.is_some() || f.until.is_some() {
        format!("{} {o}, {} {o}, id {o}", days.0, days.1)
    } else {
        format!("{date_col} {o}, id {o}")
    }
}

/// The day columns the time filters use: events have their stated time,
/// else their report's date; claims their stated time, else the span of
/// their reports' dates.
const EVENT_DAYS: (&str, &str) = ("day_lo", "day_hi");
const CLAIM_DAYS: (&str, &str) = ("when_lo", "when_hi");

fn common(w: &mut Where, f: &Filter, days: (&str, &str)) -> Result<(), StoreError> {
    let s = |x: &Option<String>| x.clone().map(Value::Text);
    // actor and recipient as the text states them, each one indexed
    // condition; for unordered acts (meetings, agreements) `party` is the
    // filter that finds either side
    if let Some(a) = s(&f.actor) {
        w.add("actor = ?", [a]);
    }
    if let Some(r) = s(&f.recipient) {
        w.add("recipient = ?", [r]);
    }
    if let Some(p) = s(&f.party) {
        w.add("(party_a = ? OR party_b = ?)", [p.clone(), p]);
    }
    if let Some(k) = f.kind {
        w.add("type = ?", [k.as_str().into()]);
    }
    if let Some(st) = f.status {
        w.add("status = ?", [st.as_str().into()]);
    }
    if let Some(c) = f.certainty {
        w.add("certainty = ?", [c.as_str().into()]);
    }
    if let Some(since) = &f.since {
        w.add(
            &format!("{} >= ?", days.1),
            [Value::Int(day(since, false)?)],
        );
    }
    if let Some(until) = &f.until {
        w.add(&format!("{} <= ?", days.0), [Value::Int(day(until, true)?)]);
    }
    Ok(())
}

pub(crate) fn events(conn: &mut Conn, f: &Filter) -> Result<Vec<EventRow>, StoreError> {
    let (sql, params) = events_query(f, conn.dialect())?;
    conn.query(&sql, &params)?
        .into_iter()
        .map(event_from_row)
        .collect()
}

/// The SQL and parameters that select events.
pub(crate) fn events_query(f: &Filter, d: Dialect) -> Result<(String, Vec<Value>), StoreError> {
    let mut w = Where::new();
    common(&mut w, f, EVENT_DAYS)?;
    if let Some(i) = f.item {
        item_condition(&mut w, i);
    }
    if let Some(a) = &f.article {
        article_condition(&mut w, a);
    }
    for (col, v) in [
        ("outlet", &f.outlet),
        ("language", &f.language),
        ("claim_id", &f.claim),
    ] {
        if let Some(v) = v {
            w.add(&format!("{col} = ?"), [v.into()]);
        }
    }
    if let Some(t) = &f.text {
        text_condition(&mut w, d, "events", t);
    }
    if let Some(c) = f.contested {
        w.add(
            "EXISTS (SELECT 1 FROM claims c WHERE c.id = events.claim_id AND c.contested = ?)",
            [c.into()],
        );
    }
    let sql = format!(
        "SELECT {EVENT_COLS} FROM events{} ORDER BY {}{}",
        w.sql(),
        order(f, "published", EVENT_DAYS, d),
        limit_sql(f.limit),
    );
    Ok((sql, w.params))
}

pub(crate) fn claims(conn: &mut Conn, f: &Filter) -> Result<Vec<ClaimRow>, StoreError> {
    let (sql, params) = claims_query(f, conn.dialect())?;
    conn.query(&sql, &params)?
        .into_iter()
        .map(claim_from_row)
        .collect()
}

/// The SQL and parameters that select claims.
pub(crate) fn claims_query(f: &Filter, d: Dialect) -> Result<(String, Vec<Value>), StoreError> {
    let mut w = Where::new();
    common(&mut w, f, CLAIM_DAYS)?;
    if let Some(i) = f.item {
        item_condition(&mut w, i);
    }
    for (col, v) in [
        ("outlet", &f.outlet),
        ("language", &f.language),
        ("article_id", &f.article),
    ] {
        if let Some(v) = v {
            w.add(
                &format!(
                    "EXISTS (SELECT 1 FROM events e WHERE e.claim_id = claims.id AND e.{col} = ?)"
                ),
                [v.into()],
            );
        }
    }
    if let Some(c) = &f.claim {
        w.add("id = ?", [c.into()]);
    }
    if let Some(t) = &f.text {
        let mut inner = Where::new();
        text_condition(&mut inner, d, "e", t);
        w.add(
            &format!("id IN (SELECT e.claim_id FROM events e{})", inner.sql()),
            inner.params,
        );
    }
    if let Some(c) = f.contested {
        w.add("contested = ?", [c.into()]);
    }
    let sql = format!(
        "SELECT {CLAIM_COLS} FROM claims{} ORDER BY {}{}",
        w.sql(),
        order(f, "first_reported", CLAIM_DAYS, d),
        limit_sql(f.limit),
    );
    Ok((sql, w.params))
}

/// A claim with every event that reports it.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimDetail {
    /// The claim.
    pub claim: ClaimRow,
    /// Its events, first report first, each with its sentence and source.
    pub events: Vec<EventRow>,
}

/// An article with its events and copies.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleDetail {
    /// Id.
    pub id: String,
    /// URL.
    pub url: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// Language.
    pub language: Option<String>,
    /// The text as it arrived.
    pub text: String,
    /// The first copy, if this is a duplicate.
    pub duplicate_of: Option<String>,
    /// `exact` or `near`, if this is a duplicate.
    pub duplicate_kind: Option<String>,
    /// Later copies of this article.
    pub duplicates: Vec<String>,
    /// Why extraction was skipped, if it was.
    pub skipped: Option<String>,
    /// Cleaning results.
    pub clean: serde_json::Value,
    /// Its events.
    pub events: Vec<EventRow>,
}

pub(crate) fn claim(conn: &mut Conn, id: &str) -> Result<Option<ClaimDetail>, StoreError> {
    let rows = conn.query(
        &format!("SELECT {CLAIM_COLS} FROM claims WHERE id = ?"),
        &[id.into()],
    )?;
    let Some(row) = rows.into_iter().next() else {
        return Ok(None);
    };
    let claim = claim_from_row(row)?;
    let mut events: Vec<EventRow> = conn
        .query(
            &format!("SELECT {EVENT_COLS} FROM events WHERE claim_id = ?"),
            &[id.into()],
        )?
        .into_iter()
        .map(event_from_row)
        .collect::<Result<_, _>>()?;
    events.sort_by(|a, b| {
        (
            a.published.is_none(),
            &a.published,
            &a.article_id,
            a.span_start,
        )
            .cmp(&(
                b.published.is_none(),
                &b.published,
                &b.article_id,
                b.span_start,
            ))
    });
    Ok(Some(ClaimDetail { claim, events }))
}

pub(crate) fn article(conn: &mut Conn, id: &str) -> Result<Option<ArticleDetail>, StoreError> {
    let rows = conn.query(
        "SELECT id, url, outlet, title, published, language, text, duplicate_of, duplicate_kind, skipped, clean \
         FROM articles WHERE id = ?",
        &[id.into()],
    )?;
    let Some(r) = rows.into_iter().next() else {
        return Ok(None);
    };
    let duplicates = conn
        .query(
            "SELECT id FROM articles WHERE duplicate_of = ? ORDER BY id",
            &[id.into()],
        )?
        .into_iter()
        .filter_map(|r| r[0].text())
        .collect();
    let events = conn
        .query(
            &format!(
                "SELECT {EVENT_COLS} FROM events WHERE id >= ? AND id < ? AND article_id = ? ORDER BY idx"
            ),
            &[format!("{id}#").into(), format!("{id}$").into(), id.into()],
        )?
        .into_iter()
        .map(event_from_row)
        .collect::<Result<_, _>>()?;
    Ok(Some(ArticleDetail {
        id: r[0].text().unwrap_or_default(),
        url: r[1].text(),
        outlet: r[2].text(),
        title: r[3].text(),
        published: r[4].text(),
        language: r[5].text(),
        text: r[6].text().unwrap_or_default(),
        duplicate_of: r[7].text(),
        duplicate_kind: r[8].text(),
        skipped: r[9].text(),
        clean: serde_json::from_str(r[10].as_str().unwrap_or("{}"))?,
        duplicates,
        events,
    }))
}
