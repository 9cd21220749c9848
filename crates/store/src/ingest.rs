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
use crate::db::{Conn, Value};
use milcoop_consolidate::{self as cons, ClaimKey, Mention, Scope};
use milcoop_core::{
    Certainty, Event, EventType, ItemCategory, Prediction, Span, Status, TimeRange,
};

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

/// Writes a claim after an event joined it. A new claim (`old_items` is
/// `None`) has just that event, `first`; an existing one is recomputed from
/// its stored members and updated in place, so only the indexes whose
/// columns changed are touched.
fn refresh_claim(
    conn: &mut Conn,
    id: &str,
    old_items: Option<&[ItemCategory]>,
    first: Mention,
) -> Result<(), StoreError> {
    let members = match old_items {
        None => vec![first],
        Some(_) => {
            let sql = format!("SELECT {MENTION_COLS} FROM events WHERE claim_id = ?");
            let rows = conn.query(&sql, &[id.into()])?;
            rows.iter()
                .map(|r| mention_from_row(r))
                .collect::<Result<Vec<_>, _>>()?
        }
    };
    let Some(c) = cons::summarize(id, &members) else {
        return Ok(());
    };
    let days = c.time.as_ref().and_then(cons::time_days);
    let (lo, hi) = day_lo_hi(days);
    // for the time filters: the stated time, else the dates of the reports
    let reported = members
        .iter()
        .filter_map(|m| m.published.as_deref().and_then(cons::day_range))
        .reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)));
    let (when_lo, when_hi) = day_lo_hi(days.or(reported));
    let mut values: Vec<Value> = vec![
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
    ];
    match old_items {
        None => {
            let key = ClaimKey::of_parties(
                c.kind,
                c.actor.as_deref(),
                c.recipient.as_deref(),
                c.unordered,
            );
            values.extend([
                c.id.as_str().into(),
                c.kind.as_str().into(),
                key.party_a.into(),
                key.party_b.into(),
                c.unordered.into(),
            ]);
            conn.exec(
                "INSERT INTO claims (actor, recipient, items, time_start, time_end, day_lo, day_hi, when_lo, when_hi, \
                 status, certainty, contested, first_reported, first_article, n_events, n_articles, \
                 n_outlets, articles, outlets, attributions, status_history, id, type, party_a, party_b, \
                 unordered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                &values,
            )?;
        }
        Some(_) => {
            values.push(id.into());
            conn.exec(
                "UPDATE claims SET actor = ?, recipient = ?, items = ?, time_start = ?, time_end = ?, \
                 day_lo = ?, day_hi = ?, when_lo = ?, when_hi = ?, status = ?, certainty = ?, contested = ?, first_reported = ?, \
                 first_article = ?, n_events = ?, n_articles = ?, n_outlets = ?, articles = ?, \
                 outlets = ?, attributions = ?, status_history = ? WHERE id = ?",
                &values,
            )?;
        }
    }
    Ok(())
}

/// Finds the first copy of a text among stored originals, if any.
fn find_original(
    conn: &mut Conn,
    hash: &str,
    sig: Option<&cons::Signature>,
) -> Result<Option<(String, &'static str)>, StoreError> {
    let rows = conn.query(
        "SELECT id FROM articles WHERE content_hash = ? AND duplicate_of IS NULL ORDER BY id LIMIT 1",
        &[hash.into()],
    )?;
    if let Some(id) = rows.first().and_then(|r| r[0].text()) {
        return Ok(Some((id, "exact")));
    }
    let Some(sig) = sig else { return Ok(None) };
    let params: Vec<Value> = cons::bands(sig).iter().map(|x| Value::Int(*x)).collect();
    let marks = vec!["?"; params.len()].join(", ");
    let rows = conn.query(
        &format!(
            "SELECT DISTINCT a.id, a.minhash FROM article_bands b JOIN articles a ON a.id = b.article_id \
             WHERE b.band IN ({marks})"
        ),
        &params,
    )?;
    // the most similar, then the smallest id
    let best = rows
        .iter()
        .filter_map(|r| Some((r[0].text()?, cons::signature_from_hex(r[1].as_str()?)?)))
        .map(|(id, other)| (cons::similarity(sig, &other), id))
        .filter(|(s, _)| *s >= cons::NEAR_DUP_MIN_SIMILARITY)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(&a.1)));
    Ok(best.map(|(_, id)| (id, "near")))
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
/// sentences). [`prepare`] makes it on any thread, so that the thread that
/// writes to the database only writes.
#[derive(Debug, Clone)]
pub struct Prepared {
    id: String,
    pred: Prediction,
    checked: Result<Vec<Event>, String>,
    hash: String,
    empty: bool,
    sig: Option<cons::Signature>,
    sentences: Vec<String>,
}

impl Prepared {
    /// The article id.
    pub fn id(&self) -> &str {
        &self.id
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
    let checked = validate(&pred);
    let norm = milcoop_core::text::normalize_for_hash(&a.text);
    let hash = milcoop_core::ids::short_hash(norm.as_bytes(), 32);
    let words = norm.split(' ').filter(|w| !w.is_empty()).count();
    let sig = (words >= MIN_WORDS_NEAR_DUP).then(|| cons::minhash(&a.text));
    let sentences = match &checked {
        Ok(evs) => evs
            .iter()
            .map(|ev| sentence_text(&pred, ev).to_string())
            .collect(),
        Err(_) => Vec::new(),
    };
    Prepared {
        id,
        checked,
        hash,
        empty: norm.is_empty(),
        sig,
        sentences,
        pred,
    }
}

pub(crate) fn ingest_batch(conn: &mut Conn, batch: &[Prepared]) -> Result<BatchReport, StoreError> {
    let mut report = BatchReport::default();
    for p in batch {
        let outcome = ingest_one(conn, p)?;
        report.outcomes.push((p.id.clone(), outcome));
    }
    Ok(report)
}

fn ingest_one(conn: &mut Conn, prep: &Prepared) -> Result<Outcome, StoreError> {
    let events = match &prep.checked {
        Ok(e) => e,
        Err(m) => return Ok(Outcome::Bad(m.clone())),
    };
    let (id, p, hash) = (prep.id.as_str(), &prep.pred, &prep.hash);
    let a = &p.article;
    let stored = conn.query(
        "SELECT content_hash FROM articles WHERE id = ?",
        &[id.into()],
    )?;
    if let Some(row) = stored.first() {
        return Ok(if row[0].as_str() == Some(hash.as_str()) {
            Outcome::Unchanged
        } else {
            Outcome::Conflict
        });
    }
    let sig = prep.sig;
    let original = if prep.empty {
        None
    } else {
        find_original(conn, hash, sig.as_ref())?
    };
    let language = p
        .language
        .as_ref()
        .map(|l| l.code.clone())
        .or_else(|| a.language.clone());
    let n_events = if original.is_some() { 0 } else { events.len() };
    conn.exec(
        "INSERT INTO articles (id, url, outlet, title, published, language, text, content_hash, minhash, \
         duplicate_of, duplicate_kind, clean, skipped, n_events) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        &[
            id.into(),
            a.url.clone().into(),
            a.outlet.clone().into(),
            a.title.clone().or_else(|| p.clean.title.clone()).into(),
            a.published.clone().into(),
            language.clone().into(),
            a.text.as_str().into(),
            hash.as_str().into(),
            sig.as_ref().map(cons::signature_to_hex).into(),
            original.as_ref().map(|o| o.0.clone()).into(),
            original.as_ref().map(|o| o.1).into(),
            serde_json::to_string(&p.clean)?.into(),
            p.skipped.clone().into(),
            (n_events as i64).into(),
        ],
    )?;
    if let Some((of, kind)) = original {
        return Ok(Outcome::Duplicate { of, kind });
    }
    if let Some(sig) = &sig {
        for b in cons::bands(sig) {
            conn.exec(
                "INSERT INTO article_bands (band, article_id) VALUES (?, ?)",
                &[Value::Int(b), id.into()],
            )?;
        }
    }
    let published_days = a.published.as_deref().and_then(cons::day_range);
    for (i, ev) in events.iter().enumerate() {
        let key = ClaimKey::of(ev);
        let scope = Scope::of(ev);
        let cands = conn.query(
            "SELECT id, items, day_lo, day_hi FROM claims \
             WHERE type = ? AND party_a = ? AND party_b = ? AND unordered = ? ORDER BY id",
            &[
                key.kind.as_str().into(),
                key.party_a.as_str().into(),
                key.party_b.as_str().into(),
                key.unordered.into(),
            ],
        )?;
        let scopes = cands
            .iter()
            .map(|r| {
                let days = match (r[2].int(), r[3].int()) {
                    (Some(a), Some(b)) => Some((a as i32, b as i32)),
                    _ => None,
                };
                Ok(Scope {
                    items: items_from_text(r[1].as_str().unwrap_or(""))?,
                    days,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let eid = cons::event_id(id, i);
        let chosen = cons::choose(&scopes, &scope);
        let claim = match chosen {
            Some(k) => cands[k][0].text().unwrap_or_default(),
            None => cons::claim_id(&eid),
        };
        let (lo, hi) = day_lo_hi(scope.days.or(published_days));
        let sentence = prep.sentences[i].as_str();
        conn.exec(
            "INSERT INTO events (id, article_id, idx, type, actor, recipient, party_a, party_b, unordered, items, \
             status, certainty, attribution, time_start, time_end, day_lo, day_hi, quantity_min, quantity_max, \
             value_amount, value_currency, evidence, sentence_text, span_start, span_end, sentence, rule, \
             confidence, outlet, published, language, claim_id) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            &[
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
                sentence.into(),
                (ev.span.start as i64).into(),
                (ev.span.end as i64).into(),
                (ev.sentence as i64).into(),
                ev.rule.as_str().into(),
                ev.confidence.into(),
                a.outlet.clone().into(),
                a.published.clone().into(),
                language.clone().into(),
                claim.as_str().into(),
            ],
        )?;
        // The claim must reflect this event before the next one is matched.
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
        let old_items = chosen.map(|k| scopes[k].items.as_slice());
        refresh_claim(conn, &claim, old_items, mention)?;
    }
    Ok(Outcome::Stored(events.len()))
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
}
