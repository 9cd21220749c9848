//! Storing predictions: validation, duplicates, events, incremental claims.
//!
//! For each article, in order: validate (a bad record is reported and
//! skipped, the batch goes on); skip it when its id is stored already (same
//! text: unchanged; other text: a conflict, the stored version is kept, so
//! re-running never rewrites history); link it to the first copy when its
//! normalised text hash or its SimHash matches a stored article (its events
//! are then not stored: a syndicated copy never counts twice); else store
//! its events and fold each into a claim ([`milcoop_consolidate`]).

use crate::StoreError;
use crate::db::{Conn, Dialect, Value};
use milcoop_consolidate::{self as cons, ClaimKey, ClaimState, Mention, Scope};
use milcoop_core::{
    Certainty, Event, EventType, ItemCategory, Prediction, Span, Status, TimeRange,
};
// FxHash: the keys are claim ids and parties (a few dozen bytes), hashed
// for every event; SipHash cost about 1% of the writer
use rustc_hash::FxHashMap as HashMap;

/// Texts with fewer words than this are not checked for near-duplicates:
/// a few shared phrases would make them look alike.
const MIN_WORDS_NEAR_DUP: usize = 25;

/// What happened to one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Stored with this many events.
    Stored(usize),
    /// A copy of an earlier article (`exact` or `near`); stored, events not counted.
    Duplicate {
        /// The first copy.
        of: String,
        /// `exact` or `near`.
        kind: &'static str,
    },
    /// Already stored with the same text: nothing changed.
    Unchanged,
    /// Already stored with another text: the stored version is kept.
    Conflict,
    /// Not stored: the record is bad.
    Bad(String),
}

/// The result of one batch.
#[derive(Debug, Clone, Default)]
pub struct BatchReport {
    /// Per article id, in input order.
    pub outcomes: Vec<(String, Outcome)>,
}

impl BatchReport {
    /// Articles newly stored (duplicates included).
    pub fn stored(&self) -> usize {
        self.outcomes
            .iter()
            .filter(|(_, o)| matches!(o, Outcome::Stored(_) | Outcome::Duplicate { .. }))
            .count()
    }
    /// Events newly stored.
    pub fn events(&self) -> usize {
        self.outcomes
            .iter()
            .map(|(_, o)| if let Outcome::Stored(n) = o { *n } else { 0 })
            .sum()
    }
    /// Errors for the bad records.
    pub fn errors(&self) -> Vec<StoreError> {
        self.outcomes
            .iter()
            .filter_map(|(id, o)| match o {
                Outcome::Bad(m) => Some(StoreError::BadRecord {
                    id: id.clone(),
                    message: m.clone(),
                }),
                _ => None,
            })
            .collect()
    }
}

fn valid_party(p: &str) -> bool {
    let b = p.as_bytes();
    (b.len() == 3 && b.iter().all(u8::is_ascii_uppercase))
        || p.split_once(':').is_some_and(|(k, slug)| {
            !k.is_empty()
                && k.bytes().all(|c| c.is_ascii_lowercase())
                && !slug.is_empty()
                && slug
                    .bytes()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-' || c == b'_')
        })
}

/// Checks one prediction; returns the events with their spans resolved.
fn validate(p: &Prediction) -> Result<Vec<Event>, String> {
    let text = &p.article.text;
    if let Some(d) = &p.article.published
        && cons::day_range(d).is_none_or(|(a, b)| a != b)
    {
        return Err(format!("published date {d:?} is not YYYY-MM-DD"));
    }
    let mut out = Vec::with_capacity(p.events.len());
    for (i, ev) in p.events.iter().enumerate() {
        let mut ev = ev.clone();
        if ev.evidence.is_empty() {
            return Err(format!("event {i}: empty evidence"));
        }
        if ev.span.is_empty() {
            let Some(at) = text.find(&ev.evidence) else {
                return Err(format!(
                    "event {i}: evidence {:?} is not in the text",
                    ev.evidence
                ));
            };
            ev.span = Span::new(at, at + ev.evidence.len());
        } else if ev.span.slice(text) != Some(ev.evidence.as_str()) {
            return Err(format!(
                "event {i}: evidence {:?} is not at [{}, {}) of the text",
                ev.evidence, ev.span.start, ev.span.end
            ));
        }
        for party in [&ev.actor, &ev.recipient].into_iter().flatten() {
            if !valid_party(party) {
                return Err(format!(
                    "event {i}: party {party:?} is neither ISO alpha-3 nor kind:slug"
                ));
            }
        }
        if let Some(t) = &ev.time {
            for s in [&t.start, &t.end].into_iter().flatten() {
                if cons::day_range(s).is_none() {
                    return Err(format!(
                        "event {i}: time {s:?} is not YYYY, YYYY-MM or YYYY-MM-DD"
                    ));
                }
            }
        }
        if !(0.0..=1.0).contains(&ev.confidence) {
            return Err(format!(
                "event {i}: confidence {} outside [0, 1]",
                ev.confidence
            ));
        }
        ev.items = cons::normalize_items(&ev.items);
        out.push(ev);
    }
    Ok(out)
}

/// Items as stored: sorted names separated by one space.
pub(crate) fn items_to_text(items: &[ItemCategory]) -> String {
    items
        .iter()
        .map(|i| i.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Items from their stored form (unknown names are an error).
pub(crate) fn items_from_text(s: &str) -> Result<Vec<ItemCategory>, StoreError> {
    s.split_whitespace()
        .map(|w| ItemCategory::parse(w).ok_or_else(|| StoreError::Corrupt(format!("item {w:?}"))))
        .collect()
}

fn parse_enum<T>(v: &Value, f: fn(&str) -> Option<T>, what: &str) -> Result<T, StoreError> {
    v.as_str()
        .and_then(f)
        .ok_or_else(|| StoreError::Corrupt(format!("{what} {v:?}")))
}

fn day_lo_hi(days: Option<(i32, i32)>) -> (Value, Value) {
    match days {
        Some((a, b)) => (Value::Int(a.into()), Value::Int(b.into())),
        None => (Value::Null, Value::Null),
    }
}

const MENTION_COLS: &str = "id, article_id, idx, outlet, published, type, actor, recipient, items, \
     status, certainty, attribution, time_start, time_end, unordered";

fn mention_from_row(r: &[Value]) -> Result<Mention, StoreError> {
    let time = match (r[12].text(), r[13].text()) {
        (None, None) => None,
        (start, end) => Some(TimeRange { start, end }),
    };
    Ok(Mention {
        event_id: r[0].text().unwrap_or_default(),
        article_id: r[1].text().unwrap_or_default(),
        index: r[2].int().unwrap_or(0) as usize,
        outlet: r[3].text(),
        published: r[4].text(),
        kind: parse_enum(&r[5], EventType::parse, "type")?,
        actor: r[6].text(),
        recipient: r[7].text(),
        items: items_from_text(r[8].as_str().unwrap_or(""))?,
        status: parse_enum(&r[9], Status::parse, "status")?,
        certainty: parse_enum(&r[10], Certainty::parse, "certainty")?,
        attribution: serde_json::from_str(r[11].as_str().unwrap_or("[]"))?,
        time,
        unordered: r[14].int() == Some(1),
    })
}

/// The columns [`claim_values`] lists, in order.
const CLAIM_VALUE_COLS: [&str; 22] = [
    "actor",
    "recipient",
    "items",
    "time_start",
    "time_end",
    "day_lo",
    "day_hi",
    "when_lo",
    "when_hi",
    "status",
    "certainty",
    "contested",
    "first_reported",
    "first_article",
    "n_events",
    "n_articles",
    "n_outlets",
    "articles",
    "outlets",
    "attributions",
    "status_history",
    "state",
];

/// Indexed columns among [`CLAIM_VALUE_COLS`], by position, in the groups
/// an update sets together: an UPDATE that sets a column rewrites the index
/// entries over it even when its value stays, so a claim's update sets
/// these only when one of the group changes (actor, recipient and first
/// report date share the party indexes; the act's days have theirs).
const CLAIM_INDEXED: [&[usize]; 2] = [&[0, 1, 12], &[7, 8]];

/// The row of a claim of state `state`, in [`CLAIM_VALUE_COLS`] order.
fn claim_values(id: &str, state: &ClaimState) -> Result<Vec<Value>, StoreError> {
    let c = state.claim(id);
    let days = state.days();
    let (lo, hi) = day_lo_hi(days);
    // for the time filters: the stated time, else the dates of the reports
    let (when_lo, when_hi) = day_lo_hi(days.or(state.reported));
    Ok(vec![
        c.actor.clone().into(),
        c.recipient.clone().into(),
        items_to_text(&c.items).into(),
        c.time.as_ref().and_then(|t| t.start.clone()).into(),
        c.time.as_ref().and_then(|t| t.end.clone()).into(),
        lo,
        hi,
        when_lo,
        when_hi,
        c.status.as_str().into(),
        c.certainty.as_str().into(),
        c.contested.into(),
        c.first_reported.clone().into(),
        c.first_article.clone().into(),
        (c.n_events as i64).into(),
        (c.articles.len() as i64).into(),
        (c.n_outlets as i64).into(),
        serde_json::to_string(&c.articles)?.into(),
        serde_json::to_string(&c.outlets)?.into(),
        serde_json::to_string(&c.attributions)?.into(),
        serde_json::to_string(&c.status_history)?.into(),
        serde_json::to_string(state)?.into(),
    ])
}

/// Inserts rows ([`Conn::insert`]: in SQLite many to a statement): `head`
/// is `INSERT INTO table (columns)`; `row` gives the values of one row.
fn insert_rows<'v, R>(
    conn: &mut Conn,
    head: &str,
    ncols: usize,
    rows: &'v [R],
    row: impl Fn(&'v R) -> Vec<&'v Value>,
) -> Result<(), StoreError> {
    conn.insert(head, ncols, rows.iter().map(row))?;
    Ok(())
}

/// Finds the first copy of a text among the stored originals and those
/// the batch has yet to write (`pending`), if any.
fn find_original(
    conn: &mut Conn,
    seen: &Seen,
    pending: &PendingArticles<'_>,
    hash: &str,
    sig: Option<&cons::Signature>,
) -> Result<Option<(String, &'static str)>, StoreError> {
    let stored = if seen.may_hold(SeenKey::Hash(hash)) {
        let rows = conn.query(
            "SELECT id FROM articles WHERE content_hash = ? AND duplicate_of IS NULL ORDER BY id LIMIT 1",
            &[hash.into()],
        )?;
        rows.first().and_then(|r| r[0].text())
    } else {
        None
    };
    let batch = pending.by_hash.get(hash).copied();
    let first = match (stored, batch) {
        (Some(s), Some(b)) if b < s.as_str() => Some(b.to_string()),
        (Some(s), _) => Some(s),
        (None, b) => b.map(str::to_string),
    };
    if let Some(id) = first {
        return Ok(Some((id, "exact")));
    }
    let Some(sig) = sig else { return Ok(None) };
    // the articles sharing a band (usually none) with their signatures,
    // from a table of their own (read from the articles, each would walk
    // the overflow pages of its text); one probe of the band index per
    // band, through one cached statement (a statement with the bands as
    // an IN list builds a temporary table of them and of its subquery's
    // rows, for every article); then the batch's own
    let mut cands: Vec<(String, cons::Signature)> = Vec::new();
    let band_keys = cons::bands(sig);
    let bands: Vec<[Value; 1]> = band_keys
        .iter()
        .filter(|&&b| seen.may_hold(SeenKey::Band(b)))
        .map(|&b| [Value::Int(b)])
        .collect();
    // (none for a new article while the filter is loaded)
    if !bands.is_empty() {
        conn.query_each_of(
            "SELECT s.article_id, s.minhash FROM article_bands b \
         JOIN article_sigs s ON s.article_id = b.article_id WHERE b.band = ?",
            bands.iter().map(|b| b.as_slice()),
            |r| {
                if let (Some(id), Some(other)) = (
                    r[0].as_str(),
                    r[1].as_str().and_then(cons::signature_from_hex),
                ) {
                    cands.push((id.to_string(), other));
                }
                Ok(())
            },
        )?;
    }
    for b in band_keys {
        for &k in pending.by_band.get(&b).into_iter().flatten() {
            let (id, other) = pending.sigs[k];
            cands.push((id.to_string(), *other));
        }
    }
    cands.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    cands.dedup_by(|a, b| a.0 == b.0);
    let mut best: Option<(f64, String)> = None;
    for (id, other) in cands {
        let s = cons::similarity(sig, &other);
        // the most similar, then the smallest id (ids come in order)
        if s >= cons::NEAR_DUP_MIN_SIMILARITY && best.as_ref().is_none_or(|(b, _)| s > *b) {
            best = Some((s, id));
        }
    }
    Ok(best.map(|(_, id)| (id, "near")))
}

/// The articles of a batch, written at its end (many rows a statement),
/// and what the checks of the batch's later articles look up in them.
#[derive(Default)]
struct PendingArticles<'a> {
    /// Each article row's values, in input order: the body and its
    /// duplicate-of, duplicate kind and event count.
    rows: Vec<(&'a Body, [Value; 3])>,
    /// Id: content hash, of every pending article.
    by_id: HashMap<&'a str, &'a str>,
    /// Content hash: the smallest id of a pending original with it.
    by_hash: HashMap<&'a str, &'a str>,
    /// Pending originals with a signature (id, signature), in input order.
    sigs: Vec<(&'a str, &'a cons::Signature)>,
    /// Band: positions in `sigs`.
    by_band: HashMap<i64, Vec<usize>>,
}

impl PendingArticles<'_> {
    /// Writes the articles, their bands and their signatures.
    fn flush(self, conn: &mut Conn) -> Result<(), StoreError> {
        insert_rows(
            conn,
            "INSERT INTO articles (id, url, outlet, title, published, language, text, content_hash, minhash, \
             clean, skipped, duplicate_of, duplicate_kind, n_events)",
            ARTICLE_ROW_COLS + 3,
            &self.rows,
            |(b, extra)| b.article.iter().chain(extra.iter()).collect(),
        )?;
        // a band row goes into the B-tree of (band, article), a random
        // place: in key order, one insert lands next to the one before
        let mut bands: Vec<(i64, &str)> = self
            .by_band
            .iter()
            .flat_map(|(&b, ks)| ks.iter().map(move |&k| (b, k)))
            .map(|(b, k)| (b, self.sigs[k].0))
            .collect();
        bands.sort_unstable();
        let bands: Vec<[Value; 2]> = bands
            .into_iter()
            .map(|(b, id)| [Value::Int(b), id.into()])
            .collect();
        insert_rows(
            conn,
            "INSERT INTO article_bands (band, article_id)",
            2,
            &bands,
            |r| r.iter().collect(),
        )?;
        let sigs: Vec<&[Value]> = self
            .rows
            .iter()
            .filter(|(b, extra)| b.sig.is_some() && extra[0] == Value::Null)
            .map(|(b, _)| b.article.as_slice())
            .collect();
        insert_rows(
            conn,
            "INSERT INTO article_sigs (article_id, minhash)",
            2,
            &sigs,
            |a| vec![&a[0], &a[8]],
        )?;
        Ok(())
    }
}

/// What the writer knows of the claims of each key: their ids (in order)
/// and scopes, the candidates a new event is matched against. It lives
/// with the connection across batches while nothing else writes (SQLite's
/// `data_version` tells; on PostgreSQL it lasts one batch), and holds at
/// most [`CACHE_MAX_CLAIMS`] claims.
///
/// It also keeps the parsed states of the claims the last batches wrote
/// (with their indexed columns as written), so that a claim a later batch
/// joins again is not read and parsed back from its row: the rows stay the
/// source of truth (the states are what they hold, dropped with the rest
/// when another connection writes or a batch fails), and at most
/// [`CACHE_MAX_STATE_BYTES`] of state JSON is kept.
#[derive(Debug, Default)]
pub(crate) struct ClaimCache {
    by_key: HashMap<ClaimKey, Vec<(String, Scope)>>,
    claims: usize,
    /// Claim id: its state, its [`CLAIM_LOAD`] columns as stored (in
    /// that order) and the length of its JSON.
    states: HashMap<String, (ClaimState, [Value; CLAIM_LOAD.len()], usize)>,
    /// The length of the states' JSON, summed.
    state_bytes: usize,
    /// SQLite's `data_version` under which the cache is current.
    version: Option<i64>,
    /// The keys the articles tables may hold (SQLite).
    seen: Seen,
    /// Articles handed to this writer so far (kept by [`ClaimCache::clear`]).
    handed: usize,
}

/// The most claims the cache holds between batches (about 100 bytes each).
const CACHE_MAX_CLAIMS: usize = 250_000;

/// The most state JSON (in bytes) whose parsed states the cache keeps
/// between batches (a parsed state takes about twice its JSON).
const CACHE_MAX_STATE_BYTES: usize = 48 << 20;

/// A Bloom filter of the keys the articles tables hold (ids, content
/// hashes, LSH bands), so that the writer probes the database only for a
/// key it may hold: a new article (nearly every one) then costs no index
/// lookup for its id, its hash or its ten bands. A key the filter says
/// may be there is looked up as before, so a false positive costs only
/// the probe it saves otherwise; the filter never misses a stored key (it
/// is loaded from the tables and gets every key the writer adds).
///
/// It lives in the [`ClaimCache`] (dropped with it when another connection
/// writes or a batch fails) and is loaded only while the tables are small
/// next to what this writer has ingested ([`SEEN_LOAD_FACTOR`]), so that a
/// small ingest into a large database never reads every key.
#[derive(Debug, Default)]
struct Seen {
    /// The bits (a power of two of them); empty: not loaded.
    bits: Vec<u64>,
    /// Keys added.
    keys: usize,
}

/// Bits per key (three probes: about 0.2% false positives at capacity).
const SEEN_BITS_PER_KEY: usize = 16;

/// The filter is loaded when the stored articles number at most this many
/// times the articles this writer has handed over (loading reads about
/// twelve keys an article in index order, far cheaper than probing them).
const SEEN_LOAD_FACTOR: usize = 8;

/// The kinds of key in [`Seen`].
#[derive(Clone, Copy)]
enum SeenKey<'a> {
    Id(&'a str),
    Hash(&'a str),
    Band(i64),
}

impl SeenKey<'_> {
    fn hash(self) -> u64 {
        use std::hash::{BuildHasher, Hash, Hasher};
        let mut h = rustc_hash::FxBuildHasher.build_hasher();
        match self {
            SeenKey::Id(s) => (0u8, s).hash(&mut h),
            SeenKey::Hash(s) => (1u8, s).hash(&mut h),
            SeenKey::Band(b) => (2u8, b).hash(&mut h),
        }
        // FxHash mixes little: a full avalanche for the bit positions
        let mut x = h.finish();
        x ^= x >> 30;
        x = x.wrapping_mul(0xbf58476d1ce4e5b9);
        x ^= x >> 27;
        x = x.wrapping_mul(0x94d049bb133111eb);
        x ^ (x >> 31)
    }
}

impl Seen {
    fn loaded(&self) -> bool {
        !self.bits.is_empty()
    }

    /// The three bit positions of a key.
    fn positions(&self, key: SeenKey<'_>) -> [usize; 3] {
        let h = key.hash();
        let n = self.bits.len() * 64;
        let (a, b) = (h as u32 as usize, (h >> 32) as usize | 1);
        [a % n, a.wrapping_add(b) % n, a.wrapping_add(2 * b) % n]
    }

    fn add(&mut self, key: SeenKey<'_>) {
        if !self.loaded() {
            return;
        }
        for p in self.positions(key) {
            self.bits[p / 64] |= 1 << (p % 64);
        }
        self.keys += 1;
    }

    /// False when the tables surely do not hold the key; always true when
    /// the filter is not loaded.
    fn may_hold(&self, key: SeenKey<'_>) -> bool {
        !self.loaded()
            || self
                .positions(key)
                .iter()
                .all(|&p| self.bits[p / 64] & 1 << (p % 64) != 0)
    }

    /// Loads the filter from the tables of `stored` articles, sized for
    /// `expected` more keys.
    fn load(&mut self, conn: &mut Conn, stored: usize, expected: usize) -> Result<(), StoreError> {
        // ids, hashes and bands: about twelve keys an article
        let keys = 12 * stored + expected;
        let words = (keys * SEEN_BITS_PER_KEY / 64)
            .next_power_of_two()
            .max(1 << 10);
        self.bits = vec![0; words];
        self.keys = 0;
        // each from its own index, in index order (the rows hold the texts)
        conn.query_each("SELECT id FROM articles ORDER BY id", &[], |r| {
            if let Some(id) = r[0].as_str() {
                self.add(SeenKey::Id(id));
            }
            Ok(())
        })?;
        conn.query_each(
            "SELECT content_hash FROM articles ORDER BY content_hash",
            &[],
            |r| {
                if let Some(h) = r[0].as_str() {
                    self.add(SeenKey::Hash(h));
                }
                Ok(())
            },
        )?;
        conn.query_each("SELECT band FROM article_bands", &[], |r| {
            if let Some(b) = r[0].int() {
                self.add(SeenKey::Band(b));
            }
            Ok(())
        })?;
        Ok(())
    }

    /// True when the filter holds more keys than it was sized for.
    fn full(&self) -> bool {
        self.keys * SEEN_BITS_PER_KEY > self.bits.len() * 64
    }
}

impl ClaimCache {
    /// Forgets everything (after a rollback, or when the tables change).
    pub(crate) fn clear(&mut self) {
        self.by_key.clear();
        self.claims = 0;
        self.clear_states();
        self.version = None;
        self.seen = Seen::default();
    }

    fn clear_states(&mut self) {
        self.states.clear();
        self.state_bytes = 0;
    }

    /// At the start of a batch, inside its write transaction: keeps what
    /// is cached only if no other connection has written since.
    fn begin(&mut self, conn: &mut Conn, batch: usize) -> Result<(), StoreError> {
        let version = match conn.dialect() {
            Dialect::Sqlite => conn
                .query("PRAGMA data_version", &[])?
                .first()
                .and_then(|r| r[0].int()),
            Dialect::Postgres => None,
        };
        if version.is_none() || version != self.version || self.claims > CACHE_MAX_CLAIMS {
            self.clear();
        } else if self.state_bytes > CACHE_MAX_STATE_BYTES {
            self.clear_states();
        }
        self.version = version;
        self.handed += batch;
        if version.is_some() {
            if self.seen.full() {
                self.seen = Seen::default();
            }
            if !self.seen.loaded() {
                let stored = conn
                    .query("SELECT COALESCE(MAX(rowid), 0) FROM articles", &[])?
                    .first()
                    .and_then(|r| r[0].int())
                    .unwrap_or(0) as usize;
                if stored <= SEEN_LOAD_FACTOR * self.handed {
                    // room for as many again and the batch
                    self.seen.load(conn, stored, 12 * (stored + batch))?;
                }
            }
        }
        Ok(())
    }

    /// The claims with this key, in id order.
    fn candidates(
        &mut self,
        conn: &mut Conn,
        key: &ClaimKey,
    ) -> Result<&mut Vec<(String, Scope)>, StoreError> {
        if !self.by_key.contains_key(key) {
            let rows = conn.query(
                "SELECT id, items, day_lo, day_hi FROM claims \
                 WHERE type = ? AND party_a = ? AND party_b = ? AND unordered = ? ORDER BY id",
                &[
                    key.kind.as_str().into(),
                    key.party_a.as_str().into(),
                    key.party_b.as_str().into(),
                    key.unordered.into(),
                ],
            )?;
            let cands = rows
                .iter()
                .map(|r| {
                    let days = match (r[2].int(), r[3].int()) {
                        (Some(a), Some(b)) => Some((a as i32, b as i32)),
                        _ => None,
                    };
                    let scope = Scope {
                        items: items_from_text(r[1].as_str().unwrap_or(""))?,
                        days,
                    };
                    Ok((r[0].text().unwrap_or_default(), scope))
                })
                .collect::<Result<Vec<_>, StoreError>>()?;
            self.claims += cands.len();
            self.by_key.insert(key.clone(), cands);
        }
        Ok(self.by_key.get_mut(key).expect("just inserted"))
    }
}

/// A claim an event of the batch joined: its state with the batch's
/// members added, and for a claim stored before the batch its indexed
/// columns as stored.
struct Touched {
    id: String,
    origin: Origin,
    state: ClaimState,
}

/// Where a claim the batch touched comes from.
enum Origin {
    /// Started by an event of the batch, with this key.
    New(ClaimKey),
    /// Stored before the batch, with these values of the
    /// [`CLAIM_INDEXED`] columns (in [`CLAIM_VALUE_COLS`] positions, the
    /// others null).
    Stored(Vec<Value>),
}

/// The stored columns of a claim that [`Batch::existing`] reads: its state
/// and its indexed columns.
const CLAIM_LOAD: [(&str, usize); 5] = [
    ("actor", 0),
    ("recipient", 1),
    ("first_reported", 12),
    ("when_lo", 7),
    ("when_hi", 8),
];

/// What a part of a batch writes at the part's end: its articles and
/// events (whose claims are known as soon as they are matched).
#[derive(Default)]
struct Writes<'a> {
    articles: PendingArticles<'a>,
    events: Vec<(&'a PreparedEvent, Value)>,
}

impl Writes<'_> {
    /// Writes the articles, then the events.
    fn flush(self, conn: &mut Conn) -> Result<(), StoreError> {
        self.articles.flush(conn)?;
        insert_rows(
            conn,
            "INSERT INTO events (id, article_id, idx, type, actor, recipient, party_a, party_b, unordered, items, \
             status, certainty, attribution, time_start, time_end, day_lo, day_hi, quantity_min, quantity_max, \
             value_amount, value_currency, evidence, sentence_text, span_start, span_end, sentence, rule, \
             confidence, outlet, published, language, claim_id)",
            EVENT_ROW_COLS + 1,
            &self.events,
            |(ev, claim)| ev.row.iter().chain(std::iter::once(claim)).collect(),
        )
    }
}

/// The claims a batch's events joined, written once, at the batch's end
/// (a batch may come in several parts, each writing its articles and
/// events at its own end: see [`Batch`]).
#[derive(Default)]
pub(crate) struct Batch {
    claims: Vec<Touched>,
    slot: HashMap<String, usize>,
}

impl Batch {
    /// The slot of a claim stored before the batch, loading its state (one
    /// row: the claim's members are not read).
    fn existing(
        &mut self,
        conn: &mut Conn,
        cache: &mut ClaimCache,
        id: &str,
    ) -> Result<usize, StoreError> {
        if let Some(&k) = self.slot.get(id) {
            return Ok(k);
        }
        if let Some((state, load, len)) = cache.states.remove(id) {
            cache.state_bytes -= len;
            let mut old = vec![Value::Null; CLAIM_VALUE_COLS.len()];
            for ((_, at), v) in CLAIM_LOAD.iter().zip(load) {
                old[*at] = v;
            }
            return Ok(self.push(Touched {
                id: id.to_string(),
                origin: Origin::Stored(old),
                state,
            }));
        }
        let cols: Vec<&str> = CLAIM_LOAD.iter().map(|c| c.0).collect();
        let sql = format!("SELECT state, {} FROM claims WHERE id = ?", cols.join(", "));
        let mut rows = conn.query(&sql, &[id.into()])?;
        let Some(mut row) = rows.pop() else {
            return Err(StoreError::Corrupt(format!("claim {id} is missing")));
        };
        let state = match row[0].as_str() {
            Some(json) => serde_json::from_str(json)?,
            // a claim stored before claims kept their state (schema 3)
            None => {
                let sql = format!("SELECT {MENTION_COLS} FROM events WHERE claim_id = ?");
                let members = conn
                    .query(&sql, &[id.into()])?
                    .iter()
                    .map(|r| mention_from_row(r))
                    .collect::<Result<Vec<_>, _>>()?;
                ClaimState::of_members(&members)
                    .ok_or_else(|| StoreError::Corrupt(format!("claim {id} has no events")))?
            }
        };
        let mut old = vec![Value::Null; CLAIM_VALUE_COLS.len()];
        for (k, (_, at)) in CLAIM_LOAD.iter().enumerate() {
            old[*at] = std::mem::replace(&mut row[k + 1], Value::Null);
        }
        Ok(self.push(Touched {
            id: id.to_string(),
            origin: Origin::Stored(old),
            state,
        }))
    }

    fn push(&mut self, t: Touched) -> usize {
        self.slot.insert(t.id.clone(), self.claims.len());
        self.claims.push(t);
        self.claims.len() - 1
    }

    /// Writes the claims; keeps their states in the cache.
    fn flush(self, conn: &mut Conn, cache: &mut ClaimCache) -> Result<(), StoreError> {
        let mut new: Vec<Vec<Value>> = Vec::new();
        let mut kept = Vec::with_capacity(self.claims.len());
        for t in self.claims {
            let mut values = claim_values(&t.id, &t.state)?;
            let state_len = values[CLAIM_VALUE_COLS.len() - 1]
                .as_str()
                .map_or(0, str::len);
            let stored = CLAIM_LOAD.map(|(_, at)| values[at].clone());
            match &t.origin {
                Origin::New(key) => {
                    values.extend([
                        t.id.as_str().into(),
                        t.state.kind.as_str().into(),
                        key.party_a.as_str().into(),
                        key.party_b.as_str().into(),
                        key.unordered.into(),
                    ]);
                    new.push(values);
                }
                Origin::Stored(old) => update_claim(conn, &t.id, old, values)?,
            }
            kept.push((t.id, t.state, stored, state_len));
        }
        insert_rows(
            conn,
            &format!(
                "INSERT INTO claims ({}, id, type, party_a, party_b, unordered)",
                CLAIM_VALUE_COLS.join(", ")
            ),
            CLAIM_VALUE_COLS.len() + 5,
            &new,
            |r| r.iter().collect(),
        )?;
        for (id, state, stored, len) in kept {
            cache.state_bytes += len;
            cache.states.insert(id, (state, stored, len));
        }
        Ok(())
    }
}

/// Updates a stored claim to `values`, setting the indexed columns only
/// where they change.
fn update_claim(
    conn: &mut Conn,
    id: &str,
    old: &[Value],
    values: Vec<Value>,
) -> Result<(), StoreError> {
    // which groups of indexed columns stay as they are (a bit each): the
    // statement for each of the four cases is made once
    static SQL: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let same = |g: &[usize]| g.iter().all(|&i| old.get(i) == Some(&values[i]));
    let mask = CLAIM_INDEXED
        .iter()
        .enumerate()
        .filter(|(_, g)| same(g))
        .fold(0usize, |m, (k, _)| m | 1 << k);
    let skipped = |mask: usize, i: usize| {
        CLAIM_INDEXED
            .iter()
            .enumerate()
            .any(|(k, g)| mask & 1 << k != 0 && g.contains(&i))
    };
    let sql = &SQL.get_or_init(|| {
        (0..1usize << CLAIM_INDEXED.len())
            .map(|mask| {
                let sets: Vec<String> = CLAIM_VALUE_COLS
                    .iter()
                    .enumerate()
                    .filter(|&(i, _)| !skipped(mask, i))
                    .map(|(_, c)| format!("{c} = ?"))
                    .collect();
                format!("UPDATE claims SET {} WHERE id = ?", sets.join(", "))
            })
            .collect()
    })[mask];
    let idv = Value::from(id);
    let params: Vec<&Value> = values
        .iter()
        .enumerate()
        .filter(|&(i, _)| !skipped(mask, i))
        .map(|(_, v)| v)
        .chain([&idv])
        .collect();
    conn.exec_refs(sql, &params)?;
    Ok(())
}

/// The sentence that holds an event's evidence: from the prediction's
/// sentences, else the evidence widened to the nearest sentence ends
/// (`.`, `!`, `?` before a space, or a line break) around it.
fn sentence_text<'a>(p: &'a Prediction, ev: &'a Event) -> &'a str {
    let text = &p.article.text;
    let covers = |s: &milcoop_core::Sentence| s.span.contains(&ev.span);
    if let Some(s) = p
        .sentences
        .get(ev.sentence)
        .filter(|s| covers(s))
        .or_else(|| p.sentences.iter().find(|s| covers(s)))
        .and_then(|s| s.span.slice(text))
    {
        return s;
    }
    let (Some(before), Some(after)) = (text.get(..ev.span.start), text.get(ev.span.end..)) else {
        return &ev.evidence;
    };
    let start = before
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            c == '\n' || (matches!(c, '.' | '!' | '?') && before[i + 1..].starts_with(' '))
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = after
        .char_indices()
        .find(|&(i, c)| {
            c == '\n'
                || (matches!(c, '.' | '!' | '?')
                    && (after[i + 1..].is_empty() || after[i + 1..].starts_with(' ')))
        })
        .map_or(text.len(), |(i, c)| {
            ev.span.end + i + if c == '\n' { 0 } else { 1 }
        });
    text[start..end].trim()
}

/// A prediction with everything the store derives from it without the
/// database (validation, content hash, MinHash signature, evidence
/// sentences, the rows to write). [`prepare`] makes it on any thread, so
/// that the thread that writes to the database only writes.
#[derive(Debug, Clone)]
pub struct Prepared {
    id: String,
    body: Result<Body, String>,
}

/// A valid prediction, ready to write.
#[derive(Debug, Clone)]
struct Body {
    hash: String,
    empty: bool,
    sig: Option<cons::Signature>,
    /// The article row but its duplicate and event-count columns
    /// ([`ARTICLE_ROW_COLS`] values).
    article: Vec<Value>,
    events: Vec<PreparedEvent>,
}

/// An event, ready to write.
#[derive(Debug, Clone)]
struct PreparedEvent {
    key: ClaimKey,
    scope: Scope,
    /// The id of the claim it starts if it joins none.
    new_claim: String,
    mention: Mention,
    /// The event row but its claim ([`EVENT_ROW_COLS`] values).
    row: Vec<Value>,
}

/// Values in [`Body::article`].
const ARTICLE_ROW_COLS: usize = 11;
/// Values in [`PreparedEvent::row`].
const EVENT_ROW_COLS: usize = 31;

impl Prepared {
    /// The article id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// How many events it has to store (0 for a bad record).
    pub fn events(&self) -> usize {
        self.body.as_ref().map_or(0, |b| b.events.len())
    }
}

/// Prepares a prediction for [`crate::Store::ingest_prepared`].
pub fn prepare(pred: Prediction) -> Prepared {
    let a = &pred.article;
    let id = if a.id.trim().is_empty() {
        match &a.url {
            Some(u) => milcoop_core::ids::id_from_url(u),
            None => milcoop_core::ids::id_from_text(&a.text),
        }
    } else {
        a.id.clone()
    };
    let body =
        validate(&pred).and_then(|events| body(&id, &pred, events).map_err(|e| e.to_string()));
    Prepared { id, body }
}

fn body(id: &str, p: &Prediction, events: Vec<Event>) -> Result<Body, StoreError> {
    let a = &p.article;
    let (norm, words) = cons::hash_form(&a.text);
    let hash = milcoop_core::ids::short_hash(norm.as_bytes(), 32);
    let sig = (words >= MIN_WORDS_NEAR_DUP).then(|| cons::minhash_lower(&norm));
    let language = p
        .language
        .as_ref()
        .map(|l| l.code.clone())
        .or_else(|| a.language.clone());
    let article = vec![
        id.into(),
        a.url.clone().into(),
        a.outlet.clone().into(),
        a.title.clone().or_else(|| p.clean.title.clone()).into(),
        a.published.clone().into(),
        language.clone().into(),
        a.text.as_str().into(),
        hash.as_str().into(),
        sig.as_ref().map(cons::signature_to_hex).into(),
        serde_json::to_string(&p.clean)?.into(),
        p.skipped.clone().into(),
    ];
    debug_assert_eq!(article.len(), ARTICLE_ROW_COLS);
    let published_days = a.published.as_deref().and_then(cons::day_range);
    let mut out = Vec::with_capacity(events.len());
    for (i, ev) in events.iter().enumerate() {
        let key = ClaimKey::of(ev);
        let scope = Scope::of(ev);
        let eid = cons::event_id(id, i);
        let (lo, hi) = day_lo_hi(scope.days.or(published_days));
        let row: Vec<Value> = vec![
            eid.as_str().into(),
            id.into(),
            (i as i64).into(),
            ev.kind.as_str().into(),
            ev.actor.clone().into(),
            ev.recipient.clone().into(),
            key.party_a.as_str().into(),
            key.party_b.as_str().into(),
            key.unordered.into(),
            items_to_text(&ev.items).into(),
            ev.status.as_str().into(),
            ev.certainty.as_str().into(),
            serde_json::to_string(&ev.attribution)?.into(),
            ev.time.as_ref().and_then(|t| t.start.clone()).into(),
            ev.time.as_ref().and_then(|t| t.end.clone()).into(),
            lo,
            hi,
            ev.quantity.and_then(|q| q.min).map(|x| x as i64).into(),
            ev.quantity.and_then(|q| q.max).map(|x| x as i64).into(),
            ev.value.as_ref().map(|v| v.amount).into(),
            ev.value.as_ref().map(|v| v.currency.clone()).into(),
            ev.evidence.as_str().into(),
            sentence_text(p, ev).into(),
            (ev.span.start as i64).into(),
            (ev.span.end as i64).into(),
            (ev.sentence as i64).into(),
            ev.rule.as_str().into(),
            ev.confidence.into(),
            a.outlet.clone().into(),
            a.published.clone().into(),
            language.clone().into(),
        ];
        debug_assert_eq!(row.len(), EVENT_ROW_COLS);
        let mention = Mention {
            event_id: eid.clone(),
            article_id: id.to_string(),
            index: i,
            outlet: a.outlet.clone(),
            published: a.published.clone(),
            kind: ev.kind,
            actor: ev.actor.clone(),
            recipient: ev.recipient.clone(),
            items: ev.items.clone(),
            status: ev.status,
            certainty: ev.certainty,
            attribution: ev.attribution.clone(),
            time: ev.time.clone(),
            unordered: ev.unordered,
        };
        out.push(PreparedEvent {
            key,
            scope,
            new_claim: cons::claim_id(&eid),
            mention,
            row,
        });
    }
    Ok(Body {
        hash,
        empty: norm.is_empty(),
        sig,
        article,
        events: out,
    })
}

/// Begins a batch of about `expected` articles, inside its write
/// transaction.
pub(crate) fn begin_batch(
    conn: &mut Conn,
    cache: &mut ClaimCache,
    expected: usize,
) -> Result<Batch, StoreError> {
    cache.begin(conn, expected)?;
    Ok(Batch::default())
}

/// Stores a part of a batch: matches its articles in order, writes their
/// rows and events at the part's end; their claims wait for the batch's
/// end ([`end_batch`]). The articles of earlier parts are in the tables by
/// then (and the writer's filter has their keys), so a batch's outcomes,
/// ids and claims are the same in one part or in many.
pub(crate) fn ingest_part(
    conn: &mut Conn,
    cache: &mut ClaimCache,
    batch: &mut Batch,
    part: &[Prepared],
) -> Result<BatchReport, StoreError> {
    let mut writes = Writes::default();
    let mut report = BatchReport::default();
    for p in part {
        let outcome = ingest_one(conn, cache, &mut writes, batch, p)?;
        report.outcomes.push((p.id.clone(), outcome));
    }
    writes.flush(conn)?;
    Ok(report)
}

/// Ends a batch: writes the claims its events joined.
pub(crate) fn end_batch(
    conn: &mut Conn,
    cache: &mut ClaimCache,
    batch: Batch,
) -> Result<(), StoreError> {
    batch.flush(conn, cache)
}

fn ingest_one<'a>(
    conn: &mut Conn,
    cache: &mut ClaimCache,
    writes: &mut Writes<'a>,
    batch: &mut Batch,
    prep: &'a Prepared,
) -> Result<Outcome, StoreError> {
    let body = match &prep.body {
        Ok(b) => b,
        Err(m) => return Ok(Outcome::Bad(m.clone())),
    };
    let id = prep.id.as_str();
    let pending = &mut writes.articles;
    if let Some(&hash) = pending.by_id.get(id) {
        return Ok(if hash == body.hash {
            Outcome::Unchanged
        } else {
            Outcome::Conflict
        });
    }
    let stored = if cache.seen.may_hold(SeenKey::Id(id)) {
        conn.query(
            "SELECT content_hash FROM articles WHERE id = ?",
            &[id.into()],
        )?
    } else {
        Vec::new()
    };
    if let Some(row) = stored.first() {
        return Ok(if row[0].as_str() == Some(body.hash.as_str()) {
            Outcome::Unchanged
        } else {
            Outcome::Conflict
        });
    }
    let original = if body.empty {
        None
    } else {
        find_original(conn, &cache.seen, pending, &body.hash, body.sig.as_ref())?
    };
    let n_events = if original.is_some() {
        0
    } else {
        body.events.len()
    };
    let (of, kind): (Value, Value) = match &original {
        Some((of, kind)) => (of.as_str().into(), (*kind).into()),
        None => (Value::Null, Value::Null),
    };
    pending
        .rows
        .push((body, [of, kind, Value::Int(n_events as i64)]));
    pending.by_id.insert(id, &body.hash);
    cache.seen.add(SeenKey::Id(id));
    cache.seen.add(SeenKey::Hash(&body.hash));
    if let Some((of, kind)) = original {
        return Ok(Outcome::Duplicate { of, kind });
    }
    pending
        .by_hash
        .entry(&body.hash)
        .and_modify(|first| *first = (*first).min(id))
        .or_insert(id);
    if let Some(sig) = &body.sig {
        let k = pending.sigs.len();
        pending.sigs.push((id, sig));
        for b in cons::bands(sig) {
            pending.by_band.entry(b).or_default().push(k);
            cache.seen.add(SeenKey::Band(b));
        }
    }
    for ev in &body.events {
        let cands = cache.candidates(conn, &ev.key)?;
        // the claim's scope must reflect this event before the next one is
        // matched: widened in place (the claim's row is summarised once, at
        // the end of the batch)
        let slot = match cons::choose(cands.iter().map(|c| &c.1), &ev.scope) {
            Some(k) => {
                cands[k].1.widen(&ev.scope);
                let cid = cands[k].0.clone();
                batch.existing(conn, cache, &cid)?
            }
            None => {
                let cid = ev.new_claim.clone();
                let at = cands.partition_point(|c| c.0 < cid);
                cands.insert(at, (cid.clone(), ev.scope.clone()));
                cache.claims += 1;
                batch.push(Touched {
                    id: cid,
                    origin: Origin::New(ev.key.clone()),
                    state: ClaimState::new(&ev.mention),
                });
                writes.events.push((ev, Value::from(ev.new_claim.as_str())));
                continue;
            }
        };
        let t = &mut batch.claims[slot];
        t.state.add(&ev.mention);
        writes.events.push((ev, Value::from(t.id.as_str())));
    }
    Ok(Outcome::Stored(body.events.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn parties() {
        assert!(valid_party("RUS"));
        assert!(valid_party("org:wagner-group"));
        assert!(valid_party("person:john-kirby"));
        assert!(!valid_party("Russia"));
        assert!(!valid_party("org:"));
        assert!(!valid_party("rus"));
    }

    #[test]
    fn seen_never_misses_a_key() {
        let off = Seen::default();
        assert!(
            off.may_hold(SeenKey::Id("any")),
            "not loaded: everything may be"
        );
        let mut s = Seen {
            bits: vec![0; 1 << 13],
            keys: 0,
        };
        let ids: Vec<String> = (0..10_000).map(|i| format!("a-{i}")).collect();
        for (i, id) in ids.iter().enumerate() {
            s.add(SeenKey::Id(id));
            s.add(SeenKey::Band(i as i64));
        }
        assert!(!s.full());
        for (i, id) in ids.iter().enumerate() {
            assert!(s.may_hold(SeenKey::Id(id)) && s.may_hold(SeenKey::Band(i as i64)));
        }
        // a key of another kind, or another key, is seldom taken for one
        let others = (0..10_000)
            .filter(|i| {
                let h = format!("a-{i}");
                s.may_hold(SeenKey::Hash(&h)) || s.may_hold(SeenKey::Band(-1 - *i as i64))
            })
            .count();
        assert!(others < 200, "{others} false positives");
        s.add(SeenKey::Id("one more"));
        for i in 0..20_000 {
            s.add(SeenKey::Band(i + 20_000));
        }
        assert!(s.full(), "sized for 16 bits a key");
    }
}
