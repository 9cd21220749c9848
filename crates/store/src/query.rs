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
    /// Skip this many rows first (the next page).
    pub offset: Option<usize>,
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

/// Takes the text out of a row's cell (each cell is read once).
fn take(r: &mut [Value], i: usize) -> Option<String> {
    match std::mem::replace(&mut r[i], Value::Null) {
        Value::Text(s) => Some(s),
        _ => None,
    }
}

/// Item names from their stored form, checked.
fn item_names(s: &str) -> Result<Vec<String>, StoreError> {
    Ok(items_from_text(s)?
        .iter()
        .map(|i| i.as_str().to_string())
        .collect())
}

pub(crate) fn event_from_row(mut r: Vec<Value>) -> Result<EventRow, StoreError> {
    let r = r.as_mut_slice();
    let mut t = |i: usize| take(r, i);
    Ok(EventRow {
        id: t(0).unwrap_or_default(),
        article_id: t(1).unwrap_or_default(),
        claim_id: t(2).unwrap_or_default(),
        kind: t(3).unwrap_or_default(),
        actor: t(4),
        recipient: t(5),
        items: item_names(t(6).as_deref().unwrap_or(""))?,
        status: t(7).unwrap_or_default(),
        certainty: t(8).unwrap_or_default(),
        attribution: serde_json::from_str(t(9).as_deref().unwrap_or("[]"))?,
        time_start: t(10),
        time_end: t(11),
        quantity_min: r[12].int(),
        quantity_max: r[13].int(),
        value_amount: r[14].real(),
        value_currency: take(r, 15),
        evidence: take(r, 16).unwrap_or_default(),
        sentence: take(r, 17).unwrap_or_default(),
        outlet: take(r, 18),
        published: take(r, 19),
        language: take(r, 20),
        span_start: r[21].int().unwrap_or(0),
        span_end: r[22].int().unwrap_or(0),
        rule: take(r, 23).unwrap_or_default(),
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

pub(crate) fn claim_from_row(mut r: Vec<Value>) -> Result<ClaimRow, StoreError> {
    let r = r.as_mut_slice();
    let j = |v: &Value| -> Result<Vec<String>, StoreError> {
        Ok(serde_json::from_str(v.as_str().unwrap_or("[]"))?)
    };
    Ok(ClaimRow {
        id: take(r, 0).unwrap_or_default(),
        kind: take(r, 1).unwrap_or_default(),
        actor: take(r, 2),
        recipient: take(r, 3),
        unordered: r[4].int() == Some(1),
        items: item_names(r[5].as_str().unwrap_or(""))?,
        time_start: take(r, 6),
        time_end: take(r, 7),
        status: take(r, 8).unwrap_or_default(),
        certainty: take(r, 9).unwrap_or_default(),
        contested: r[10].int() == Some(1),
        first_reported: take(r, 11),
        first_article: take(r, 12).unwrap_or_default(),
        n_events: r[13].int().unwrap_or(0),
        n_articles: r[14].int().unwrap_or(0),
        n_outlets: r[15].int().unwrap_or(0),
        outlets: j(&r[16])?,
        attributions: j(&r[17])?,
        articles: j(&r[18])?,
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

/// The words of a text query.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// What a query selects: events, or the claims they make up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Events,
    Claims,
}

impl Target {
    fn table(self) -> &'static str {
        match self {
            Target::Events => "events",
            Target::Claims => "claims",
        }
    }

    fn columns(self) -> &'static str {
        match self {
            Target::Events => EVENT_COLS,
            Target::Claims => CLAIM_COLS,
        }
    }

    /// The date of the report (events) or of the first report (claims).
    fn date(self) -> &'static str {
        match self {
            Target::Events => "published",
            Target::Claims => "first_reported",
        }
    }

    /// The day columns the time filters use: events have their stated
    /// time, else their report's date; claims their stated time, else the
    /// span of their reports' dates.
    fn days(self) -> (&'static str, &'static str) {
        match self {
            Target::Events => ("day_lo", "day_hi"),
            Target::Claims => ("when_lo", "when_hi"),
        }
    }
}

/// How claims are selected by a condition on their events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Via {
    /// Each claim tests its own events, as the claims are walked in order:
    /// for conditions without an index (language), where most claims
    /// match and the first rows come at once.
    Exists,
    /// The matching events (from an index that holds their claim: outlet)
    /// make a set, and the claims walked in order are tested against it:
    /// for conditions many events match.
    Scan,
    /// The matching events name their claims, looked up by id: for
    /// conditions few events match (article, words).
    Lookup,
}

/// The conditions of a filter on the target's rows. Both tables carry the
/// act's own columns (type, parties, items, status, certainty, days); what
/// belongs to a report (outlet, language, article, sentence) is a column of
/// events, and a claim matches when one of its events does; whether a claim
/// is contested is a column of claims, and an event matches when its claim
/// does.
///
/// `all_rows` says that every matching row is read (no page, no capped
/// count): a filter no index leads may then be tested on a small covering
/// index first instead of every row of the table.
fn conditions(f: &Filter, t: Target, d: Dialect, all_rows: bool) -> Result<Where, StoreError> {
    let mut w = Where::new();
    let text = |x: &Option<String>| x.clone().map(Value::Text);
    // actor and recipient as the text states them, each one indexed
    // condition; for unordered acts (meetings, agreements) `party` is the
    // filter that finds either side
    if let Some(a) = text(&f.actor) {
        w.add("actor = ?", [a]);
    }
    if let Some(r) = text(&f.recipient) {
        w.add("recipient = ?", [r]);
    }
    if let Some(p) = text(&f.party) {
        // the same rows either way (the parties in key order are the actor
        // and recipient); for a page, the date-ordered walk stops at the
        // limit, for all rows the two party indexes find just the matches
        if f.limit.is_some() {
            w.add("(party_a = ? OR party_b = ?)", [p.clone(), p]);
        } else {
            w.add("(actor = ? OR recipient = ?)", [p.clone(), p]);
        }
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
    let (lo, hi) = t.days();
    if let Some(since) = &f.since {
        w.add(&format!("{hi} >= ?"), [Value::Int(day(since, false)?)]);
    }
    if let Some(until) = &f.until {
        w.add(&format!("{lo} <= ?"), [Value::Int(day(until, true)?)]);
    }
    if let Some(item) = f.item {
        // items are stored as their names separated by spaces; the
        // condition looks for one whole name
        let name = item.as_str().replace('_', "\\_");
        let like = "(' ' || items || ' ') LIKE ? ESCAPE '\\'";
        // all events of an item, with no other indexed condition: the item
        // is tested on the claim index, which carries the items (a tenth
        // of the table's bytes), and only the matching rows are read
        let alone = f.actor.is_none()
            && f.recipient.is_none()
            && f.party.is_none()
            && f.claim.is_none()
            && f.article.is_none()
            && f.text.is_none()
            && f.outlet.is_none()
            && f.since.is_none()
            && f.until.is_none();
        if all_rows && alone && t == Target::Events && d == Dialect::Sqlite {
            w.add(
                &format!("rowid IN (SELECT rowid FROM events WHERE {like})"),
                [Value::Text(format!("% {name} %"))],
            );
        } else {
            w.add(like, [Value::Text(format!("% {name} %"))]);
        }
    }
    // conditions on events, as they apply to the target (`e` is the
    // events table)
    let on_events = |w: &mut Where, cond: Where, how: Via| match (t, how) {
        (Target::Events, _) => {
            w.conds.extend(cond.conds);
            w.params.extend(cond.params);
        }
        (Target::Claims, Via::Exists) => w.add(
            &format!(
                "EXISTS (SELECT 1 FROM events e WHERE e.claim_id = claims.id AND {})",
                cond.conds.join(" AND ")
            ),
            cond.params,
        ),
        (Target::Claims, via) => w.add(
            &format!(
                "{}id IN (SELECT e.claim_id FROM events e{})",
                // `+id` (SQLite): for a page, the claims in date order
                // each tested against the set, stopping at the limit; for
                // all rows, each claim of the set by its primary key
                if via == Via::Scan && d == Dialect::Sqlite && f.limit.is_some() {
                    "+"
                } else {
                    ""
                },
                cond.sql()
            ),
            cond.params,
        ),
    };
    let e = match t {
        Target::Events => "events",
        Target::Claims => "e",
    };
    if let Some(o) = &f.outlet {
        let mut c = Where::new();
        c.add(&format!("{e}.outlet = ?"), [o.into()]);
        on_events(&mut w, c, Via::Scan);
    }
    if let Some(l) = &f.language {
        let mut c = Where::new();
        c.add(&format!("{e}.language = ?"), [l.into()]);
        on_events(&mut w, c, Via::Exists);
    }
    if let Some(a) = &f.article {
        let mut c = Where::new();
        c.add(
            &format!("{} AND {e}.article_id = ?", article_events(d, e)),
            [
                a.into(),
                format!("{a}#").into(),
                format!("{a}$").into(),
                a.into(),
            ],
        );
        on_events(&mut w, c, Via::Lookup);
    }
    if let Some(text) = &f.text {
        // every word in the evidence sentence: full-text index (FTS5 in
        // SQLite, GIN over `to_tsvector` in PostgreSQL)
        let ws = words(text);
        let mut c = Where::new();
        if ws.is_empty() {
            c.add("1 = 0", []);
        } else {
            match d {
                Dialect::Sqlite => {
                    let q: Vec<String> = ws.iter().map(|x| format!("\"{x}\"")).collect();
                    c.add(
                        &format!(
                            "{e}.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"
                        ),
                        [Value::Text(q.join(" "))],
                    );
                }
                Dialect::Postgres => c.add(
                    &format!(
                        "to_tsvector('simple', {e}.sentence_text) @@ plainto_tsquery('simple', ?)"
                    ),
                    [Value::Text(ws.join(" "))],
                ),
            }
        }
        on_events(&mut w, c, Via::Lookup);
    }
    if let Some(c) = &f.claim {
        match t {
            Target::Events => w.add("claim_id = ?", [c.into()]),
            Target::Claims => w.add("id = ?", [c.into()]),
        }
    }
    if let Some(c) = f.contested {
        match t {
            Target::Events => w.add(
                "EXISTS (SELECT 1 FROM claims c WHERE c.id = events.claim_id AND c.contested = ?)",
                [c.into()],
            ),
            Target::Claims => w.add("contested = ?", [c.into()]),
        }
    }
    Ok(w)
}

/// The condition that finds an article's events by an index, with three
/// parameters (the article id, then `ID#` and `ID$`): event ids are
/// `ARTICLE#N`, a range of the PostgreSQL primary key; SQLite keeps no
/// index of the ids (schema 6), but an event's date is its article's, so
/// they are a range of the date index.
fn article_events(d: Dialect, e: &str) -> String {
    match d {
        Dialect::Sqlite => format!(
            "{e}.published IS (SELECT published FROM articles WHERE id = ?) AND {e}.id >= ? AND {e}.id < ?"
        ),
        Dialect::Postgres => format!(
            "{e}.published IS NOT DISTINCT FROM (SELECT published FROM articles WHERE id = ?) \
             AND {e}.id >= ? AND {e}.id < ?"
        ),
    }
}

/// The SQL and parameters that select the target's rows: latest act first
/// when a time range is asked for (the days index then answers in order
/// and stops at the limit), else latest report first.
fn select(f: &Filter, t: Target, d: Dialect) -> Result<(String, Vec<Value>), StoreError> {
    let w = conditions(f, t, d, f.limit.is_none())?;
    // SQLite sorts NULL first ascending, so last descending; say the same
    // for PostgreSQL
    let o = match d {
        Dialect::Sqlite => "DESC",
        Dialect::Postgres => "DESC NULLS LAST",
    };
    let order = if f.since.is_some() || f.until.is_some() {
        let (lo, hi) = t.days();
        format!("{lo} {o}, {hi} {o}, id {o}")
    } else {
        format!("{} {o}, id {o}", t.date())
    };
    let limit = match (f.limit, f.offset.filter(|&o| o > 0), d) {
        (Some(n), Some(o), _) => format!(" LIMIT {n} OFFSET {o}"),
        (Some(n), None, _) => format!(" LIMIT {n}"),
        (None, Some(o), Dialect::Sqlite) => format!(" LIMIT -1 OFFSET {o}"),
        (None, Some(o), Dialect::Postgres) => format!(" OFFSET {o}"),
        (None, None, _) => String::new(),
    };
    let sql = format!(
        "SELECT {} FROM {}{} ORDER BY {order}{limit}",
        t.columns(),
        t.table(),
        w.sql(),
    );
    Ok((sql, w.params))
}

/// How many rows of the target match (limit and offset aside), counting
/// at most `cap` (the count stops there: a filter no index holds then
/// reads only as many rows as it takes to find `cap`).
fn count(conn: &mut Conn, f: &Filter, t: Target, cap: Option<u64>) -> Result<u64, StoreError> {
    // without an order, the party filter through its indexes
    let f = Filter {
        limit: None,
        offset: None,
        ..f.clone()
    };
    let w = conditions(&f, t, conn.dialect(), cap.is_none())?;
    let sql = match cap {
        Some(n) => format!(
            "SELECT COUNT(*) FROM (SELECT 1 FROM {}{} LIMIT {n}) AS m",
            t.table(),
            w.sql()
        ),
        None => format!("SELECT COUNT(*) FROM {}{}", t.table(), w.sql()),
    };
    Ok(conn
        .query(&sql, &w.params)?
        .first()
        .and_then(|r| r[0].int())
        .unwrap_or(0) as u64)
}

/// How many events match, up to `cap`.
pub(crate) fn count_events(
    conn: &mut Conn,
    f: &Filter,
    cap: Option<u64>,
) -> Result<u64, StoreError> {
    count(conn, f, Target::Events, cap)
}

/// How many claims match, up to `cap`.
pub(crate) fn count_claims(
    conn: &mut Conn,
    f: &Filter,
    cap: Option<u64>,
) -> Result<u64, StoreError> {
    count(conn, f, Target::Claims, cap)
}

/// Hands each matching event to `each`, as the database returns it.
pub(crate) fn events_each(
    conn: &mut Conn,
    f: &Filter,
    mut each: impl FnMut(EventRow) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let (sql, params) = events_query(f, conn.dialect())?;
    conn.query_each(&sql, &params, |r| each(event_from_row(r)?))
}

/// Hands each matching claim to `each`, as the database returns it.
pub(crate) fn claims_each(
    conn: &mut Conn,
    f: &Filter,
    mut each: impl FnMut(ClaimRow) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let (sql, params) = claims_query(f, conn.dialect())?;
    conn.query_each(&sql, &params, |r| each(claim_from_row(r)?))
}

pub(crate) fn events(conn: &mut Conn, f: &Filter) -> Result<Vec<EventRow>, StoreError> {
    let mut out = Vec::new();
    events_each(conn, f, |r| {
        out.push(r);
        Ok(())
    })?;
    Ok(out)
}

/// The SQL and parameters that select events.
pub(crate) fn events_query(f: &Filter, d: Dialect) -> Result<(String, Vec<Value>), StoreError> {
    select(f, Target::Events, d)
}

pub(crate) fn claims(conn: &mut Conn, f: &Filter) -> Result<Vec<ClaimRow>, StoreError> {
    let mut out = Vec::new();
    claims_each(conn, f, |r| {
        out.push(r);
        Ok(())
    })?;
    Ok(out)
}

/// The SQL and parameters that select claims.
pub(crate) fn claims_query(f: &Filter, d: Dialect) -> Result<(String, Vec<Value>), StoreError> {
    select(f, Target::Claims, d)
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
                "SELECT {EVENT_COLS} FROM events e WHERE {} AND article_id = ? ORDER BY idx",
                article_events(conn.dialect(), "e")
            ),
            &[
                id.into(),
                format!("{id}#").into(),
                format!("{id}$").into(),
                id.into(),
            ],
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
