//! # milcoop-consolidate
//!
//! Pure logic that turns events into claims; no I/O. The store calls it as
//! articles arrive, so consolidation is incremental:
//!
//! 1. every event gets a [`ClaimKey`]: its type and its parties (sorted for
//!    the unordered types). Only claims with the same key are candidates,
//!    which lets a database find them with one index lookup;
//! 2. among the candidates, [`choose`] picks the claim whose items overlap
//!    and whose time range is compatible ([`compatible`]); ties go to the
//!    candidate with the smallest id, so the result does not depend on storage order;
//! 3. a claim's fields are a function of its member events only
//!    ([`summarize`]), so re-running on the same input gives the same
//!    claims; a [`ClaimState`] holds what they are computed from (first
//!    report, time hull, certainties, one entry per article) and takes one
//!    new member at a time, so the store updates a claim from the new events
//!    alone, whatever its size, and the result equals [`summarize`] over all
//!    the members.
//!
//! Near-duplicate articles (syndicated copies, re-edits) are recognised by
//! the Jaccard similarity of their word 3-shingles, estimated with MinHash
//! ([`minhash`]); locality-sensitive [`bands`] let a database find the
//! candidates with exact index lookups.

use milcoop_core::{Certainty, Event, EventType, ItemCategory, Status, TimeRange};
use serde::{Deserialize, Serialize};

mod dates;
mod minhash;

pub use dates::{day_range, day_to_date};
pub use minhash::{
    BANDS, NEAR_DUP_MIN_SIMILARITY, Signature, bands, hash_form, is_near_duplicate, minhash,
    minhash_lower, signature_from_hex, signature_to_hex, similarity,
};

/// The key under which events about one act are looked for: type and
/// parties (an absent party is the empty string).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ClaimKey {
    /// The event type.
    pub kind: EventType,
    /// The actor, or for unordered types the smaller of the two parties.
    pub party_a: String,
    /// The recipient, or for unordered types the larger of the two parties.
    pub party_b: String,
    /// True when the parties are unordered.
    pub unordered: bool,
}

impl ClaimKey {
    /// The key of an event.
    pub fn of(ev: &Event) -> ClaimKey {
        Self::of_parties(
            ev.kind,
            ev.actor.as_deref(),
            ev.recipient.as_deref(),
            ev.unordered,
        )
    }

    /// The key of a type and parties; `unordered` is forced for the
    /// unordered types.
    pub fn of_parties(
        kind: EventType,
        actor: Option<&str>,
        recipient: Option<&str>,
        unordered: bool,
    ) -> ClaimKey {
        let a = actor.unwrap_or_default().to_string();
        let b = recipient.unwrap_or_default().to_string();
        let unordered = kind.is_unordered() || unordered;
        let (party_a, party_b) = if unordered && b < a { (b, a) } else { (a, b) };
        ClaimKey {
            kind,
            party_a,
            party_b,
            unordered,
        }
    }
}

/// What a claim must agree on with a new event, beyond its key.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Scope {
    /// Item categories (sorted, no duplicates).
    pub items: Vec<ItemCategory>,
    /// Days since 1970-01-01 covered, inclusive, where a time is known.
    pub days: Option<(i32, i32)>,
}

impl Scope {
    /// The scope of a claim after an event of scope `ev` joins it: the
    /// same as [`summarize`] then [`Claim::scope`] over all its members
    /// (items: the union, without `weapons_unspecified` beside another;
    /// days: the hull), without going over the members again.
    pub fn widen(&mut self, ev: &Scope) {
        let mut items = self.items.clone();
        items.extend(ev.items.iter().copied());
        items = normalize_items(&items);
        if items.len() > 1 {
            items.retain(|i| *i != ItemCategory::WeaponsUnspecified);
        }
        self.items = items;
        self.days = match (self.days, ev.days) {
            (Some(a), Some(b)) => Some((a.0.min(b.0), a.1.max(b.1))),
            (a, b) => a.or(b),
        };
    }

    /// The scope of one event.
    pub fn of(ev: &Event) -> Scope {
        Scope {
            items: normalize_items(&ev.items),
            days: ev.time.as_ref().and_then(time_days),
        }
    }
}

/// Items sorted and deduplicated.
pub fn normalize_items(items: &[ItemCategory]) -> Vec<ItemCategory> {
    let mut v = items.to_vec();
    v.sort();
    v.dedup();
    v
}

/// True when an item list names no kind of item: empty, or only
/// `weapons_unspecified`. Such a list is compatible with any other.
pub fn items_generic(items: &[ItemCategory]) -> bool {
    items.iter().all(|i| *i == ItemCategory::WeaponsUnspecified)
}

/// Days covered by a time range (start's first day to end's last day, or to
/// start's last day when there is no end).
pub fn time_days(t: &TimeRange) -> Option<(i32, i32)> {
    let start = t.start.as_deref().and_then(day_range);
    let end = t.end.as_deref().and_then(day_range);
    match (start, end) {
        (Some(s), Some(e)) => Some((s.0.min(e.0), s.1.max(e.1))),
        (Some(s), None) => Some(s),
        (None, Some(e)) => Some(e),
        (None, None) => None,
    }
}

/// How far apart two time ranges may lie and still be compatible. Reports
/// of one act date it loosely ("since August" in one, "in September and
/// early October" in another, and FORMAT.md has no open-ended start), so
/// ranges within about six weeks of each other count as the same time.
pub const TIME_SLACK_DAYS: i32 = 45;

/// True when an event with scope `ev` may be about the same act as a claim
/// with scope `claim`: items overlap (or either names no kind) and the time
/// ranges overlap, give or take [`TIME_SLACK_DAYS`] (or either is unknown).
pub fn compatible(claim: &Scope, ev: &Scope) -> bool {
    let items_ok = items_generic(&claim.items)
        || items_generic(&ev.items)
        || claim.items.iter().any(|i| ev.items.contains(i));
    let time_ok = match (claim.days, ev.days) {
        (Some(a), Some(b)) => a.0 <= b.1 + TIME_SLACK_DAYS && b.0 <= a.1 + TIME_SLACK_DAYS,
        _ => true,
    };
    items_ok && time_ok
}

/// How well an event fits a compatible claim: shared items count most, then
/// a known overlapping time.
fn fit(claim: &Scope, ev: &Scope) -> u32 {
    let shared = claim.items.iter().filter(|i| ev.items.contains(i)).count() as u32;
    let timed = u32::from(claim.days.is_some() && ev.days.is_some());
    shared * 2 + timed
}

/// Picks, among candidate claims with the event's key, the one the event
/// belongs to: the best-fitting compatible one, the first listed on ties.
/// `None` means the event starts a new claim.
pub fn choose<'a, I>(candidates: I, ev: &Scope) -> Option<usize>
where
    I: IntoIterator<Item = &'a Scope>,
{
    let mut best: Option<(usize, u32)> = None;
    for (i, c) in candidates.into_iter().enumerate() {
        if !compatible(c, ev) {
            continue;
        }
        let f = fit(c, ev);
        if best.is_none_or(|(_, bf)| f > bf) {
            best = Some((i, f));
        }
    }
    best.map(|(i, _)| i)
}

/// The id of a claim, derived from the id of the event that started it, so
/// that the same input gives the same ids on every backend.
pub fn claim_id(first_event_id: &str) -> String {
    format!(
        "c-{}",
        milcoop_core::ids::short_hash(first_event_id.as_bytes(), 16)
    )
}

/// The id of the `index`-th event of an article.
pub fn event_id(article_id: &str, index: usize) -> String {
    format!("{article_id}#{index}")
}

/// One event as a member of a claim, with what the claim needs of its article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Event id ([`event_id`]).
    pub event_id: String,
    /// The article it comes from.
    pub article_id: String,
    /// Position of the event in its article.
    pub index: usize,
    /// The article's outlet.
    pub outlet: Option<String>,
    /// The article's publication date (`YYYY-MM-DD`).
    pub published: Option<String>,
    /// The event type.
    pub kind: EventType,
    /// Actor as the event states it.
    pub actor: Option<String>,
    /// Recipient as the event states it.
    pub recipient: Option<String>,
    /// Items.
    pub items: Vec<ItemCategory>,
    /// Status.
    pub status: Status,
    /// Certainty.
    pub certainty: Certainty,
    /// Attribution ids.
    pub attribution: Vec<String>,
    /// Time of the act.
    pub time: Option<TimeRange>,
    /// True where the event's parties are unordered.
    #[serde(default)]
    pub unordered: bool,
}

/// A status at a point of reporting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusPoint {
    /// Publication date of the report, if known.
    pub date: Option<String>,
    /// The status reported.
    pub status: Status,
    /// The article that reported it.
    pub article: String,
}

/// One act as reported by every source: the consolidation of its events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable id ([`claim_id`]).
    pub id: String,
    /// The event type.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// Actor (for unordered types: one of the parties).
    pub actor: Option<String>,
    /// Recipient (for unordered types: the other party).
    pub recipient: Option<String>,
    /// True when the parties are unordered.
    #[serde(default)]
    pub unordered: bool,
    /// Union of the members' items.
    pub items: Vec<ItemCategory>,
    /// Hull of the members' times.
    pub time: Option<TimeRange>,
    /// The latest known status (by report date).
    pub status: Status,
    /// Status as reported over time, one point per change.
    pub status_history: Vec<StatusPoint>,
    /// The strongest certainty any non-denying source gives; `negated` when
    /// every source denies it.
    pub certainty: Certainty,
    /// True when some source denies what others report.
    pub contested: bool,
    /// Publication date of the first report, if known.
    pub first_reported: Option<String>,
    /// The article of the first report.
    pub first_article: String,
    /// Every article that reports it (first report first).
    pub articles: Vec<String>,
    /// Every outlet that reports it, sorted.
    pub outlets: Vec<String>,
    /// Every attribution id of any member, sorted.
    pub attributions: Vec<String>,
    /// Number of member events.
    pub n_events: usize,
    /// Number of independent outlets (articles without an outlet count one each).
    pub n_outlets: usize,
}

fn status_rank(s: Status) -> u8 {
    match s {
        Status::Unknown => 0,
        Status::Considered => 1,
        Status::Planned => 2,
        Status::Agreed => 3,
        Status::Ongoing => 4,
        Status::Completed => 5,
    }
}

/// The order of reports: dated before undated, then by date, article, index.
fn report_order(m: &Mention) -> (bool, &str, &str, usize) {
    (
        m.published.is_none(),
        m.published.as_deref().unwrap_or(""),
        m.article_id.as_str(),
        m.index,
    )
}

/// Computes a claim from its members (at least one). The result does not
/// depend on the order of `members`.
pub fn summarize(id: &str, members: &[Mention]) -> Option<Claim> {
    let mut ms: Vec<&Mention> = members.iter().collect();
    ms.sort_by(|a, b| report_order(a).cmp(&report_order(b)));
    let first = *ms.first()?;

    let mut items: Vec<ItemCategory> = ms.iter().flat_map(|m| m.items.iter().copied()).collect();
    items = normalize_items(&items);
    if items.len() > 1 {
        items.retain(|i| *i != ItemCategory::WeaponsUnspecified);
    }

    // time: hull of the members' ranges, written at the members' granularity.
    let mut lo: Option<(i32, String)> = None;
    let mut hi: Option<(i32, String)> = None;
    for m in &ms {
        let Some(t) = &m.time else { continue };
        for s in [&t.start, &t.end].into_iter().flatten() {
            let Some((a, b)) = day_range(s) else { continue };
            if lo.as_ref().is_none_or(|(d, _)| a < *d) {
                lo = Some((a, s.clone()));
            }
            if hi.as_ref().is_none_or(|(d, _)| b > *d) {
                hi = Some((b, s.clone()));
            }
        }
    }
    let time = lo.map(|(_, start)| {
        let end = hi.map(|(_, e)| e).filter(|e| *e != start);
        TimeRange {
            start: Some(start),
            end,
        }
    });

    // status over time: per article, the most advanced status it reports;
    // denials say nothing about the status.
    let mut history: Vec<StatusPoint> = Vec::new();
    let mut i = 0;
    while i < ms.len() {
        let art = &ms[i].article_id;
        let mut best = Status::Unknown;
        let mut j = i;
        while j < ms.len() && ms[j].article_id == *art {
            if ms[j].certainty != Certainty::Negated
                && status_rank(ms[j].status) > status_rank(best)
            {
                best = ms[j].status;
            }
            j += 1;
        }
        if best != Status::Unknown && history.last().is_none_or(|p| p.status != best) {
            history.push(StatusPoint {
                date: ms[i].published.clone(),
                status: best,
                article: art.clone(),
            });
        }
        i = j;
    }
    let status = history.last().map(|p| p.status).unwrap_or(Status::Unknown);

    let denied = ms.iter().any(|m| m.certainty == Certainty::Negated);
    let certainty = ms
        .iter()
        .filter(|m| m.certainty != Certainty::Negated)
        .map(|m| m.certainty)
        .max_by_key(|c| c.strength())
        .unwrap_or(Certainty::Negated);
    let contested = denied && certainty != Certainty::Negated;

    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    let mut articles: Vec<String> = Vec::new();
    for m in &ms {
        if seen.insert(m.article_id.as_str()) {
            articles.push(m.article_id.clone());
        }
    }
    let mut outlets: Vec<String> = ms.iter().filter_map(|m| m.outlet.clone()).collect();
    outlets.sort();
    outlets.dedup();
    let mut no_outlet: Vec<&str> = ms
        .iter()
        .filter(|m| m.outlet.is_none())
        .map(|m| m.article_id.as_str())
        .collect();
    no_outlet.sort();
    no_outlet.dedup();
    let mut attributions: Vec<String> = ms
        .iter()
        .flat_map(|m| m.attribution.iter().cloned())
        .collect();
    attributions.sort();
    attributions.dedup();

    let key = ClaimKey::of_mention(first);
    Some(Claim {
        id: id.to_string(),
        kind: first.kind,
        actor: first.actor.clone(),
        recipient: first.recipient.clone(),
        unordered: key.unordered,
        items,
        time,
        status,
        status_history: history,
        certainty,
        contested,
        first_reported: first.published.clone(),
        first_article: first.article_id.clone(),
        n_events: ms.len(),
        n_outlets: outlets.len() + no_outlet.len(),
        articles,
        outlets,
        attributions,
    })
}

/// The report order of a member: dated before undated, then by date,
/// article, and position in the article (the order [`summarize`] reads
/// members in).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportKey(pub Option<String>, pub String, pub usize);

impl ReportKey {
    /// The key of a member.
    pub fn of(m: &Mention) -> ReportKey {
        ReportKey(m.published.clone(), m.article_id.clone(), m.index)
    }
    fn order(&self) -> (bool, &str, &str, usize) {
        (
            self.0.is_none(),
            self.0.as_deref().unwrap_or(""),
            self.1.as_str(),
            self.2,
        )
    }
}

impl PartialOrd for ReportKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ReportKey {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.order().cmp(&other.order())
    }
}

/// One end of a claim's time hull: its day, the text it is written in, and
/// which member (and which of its two ends, 0 start, 1 end) gave it; on a
/// tie of days the member reported first wins, as in [`summarize`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeBound {
    /// Day number (the first day for the start, the last for the end).
    pub day: i32,
    /// As written (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub text: String,
    /// The member that gave it.
    pub key: ReportKey,
    /// 0 when it is the member's start, 1 its end.
    pub pos: u8,
}

/// One article reporting a claim, as the claim's state keeps it (stored as
/// a JSON array, one per article of the claim, so kept short).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Publication date.
    #[serde(rename = "d")]
    pub published: Option<String>,
    /// Article id.
    #[serde(rename = "a")]
    pub article: String,
    /// The most advanced status its non-denying members report.
    #[serde(rename = "s", default = "unknown", skip_serializing_if = "is_unknown")]
    pub status: Status,
    /// True when the article has no outlet (it then counts as one outlet).
    #[serde(rename = "n", default, skip_serializing_if = "std::ops::Not::not")]
    pub no_outlet: bool,
}

fn is_unknown(s: &Status) -> bool {
    *s == Status::Unknown
}

fn unknown() -> Status {
    Status::Unknown
}

impl Source {
    fn order(&self) -> (bool, &str, &str) {
        (
            self.published.is_none(),
            self.published.as_deref().unwrap_or(""),
            self.article.as_str(),
        )
    }
}

/// Everything a claim's fields are computed from, kept so that a new member
/// updates it without the other members: the first report, the time hull
/// with the members that gave its ends, the certainties, and one entry per
/// article (its date and status, for the status over time). It is a
/// function of the set of members only (the order they come in does not
/// matter), and [`ClaimState::claim`] equals [`summarize`] over them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimState {
    /// The first report.
    pub first: ReportKey,
    /// Type.
    pub kind: EventType,
    /// Actor of the first report.
    pub actor: Option<String>,
    /// Recipient of the first report.
    pub recipient: Option<String>,
    /// True when the parties are unordered.
    pub unordered: bool,
    /// Items as the claim shows them.
    pub items: Vec<ItemCategory>,
    /// Start of the time hull.
    pub lo: Option<TimeBound>,
    /// End of the time hull.
    pub hi: Option<TimeBound>,
    /// The strongest certainty of a non-denying member.
    pub certainty: Option<Certainty>,
    /// True when some member denies it.
    pub denied: bool,
    /// Articles in report order.
    pub sources: Vec<Source>,
    /// Outlets, sorted.
    pub outlets: Vec<String>,
    /// Attribution ids, sorted.
    pub attributions: Vec<String>,
    /// Number of members.
    pub n_events: usize,
    /// Days from the first to the last publication date of a member.
    pub reported: Option<(i32, i32)>,
}

/// Inserts into a sorted vector unless present.
fn insert_sorted(v: &mut Vec<String>, x: &str) {
    if let Err(at) = v.binary_search_by(|y| y.as_str().cmp(x)) {
        v.insert(at, x.to_string());
    }
}

impl ClaimState {
    /// The state of a claim of one member.
    pub fn new(m: &Mention) -> ClaimState {
        let mut s = ClaimState {
            first: ReportKey::of(m),
            kind: m.kind,
            actor: m.actor.clone(),
            recipient: m.recipient.clone(),
            unordered: ClaimKey::of_mention(m).unordered,
            items: Vec::new(),
            lo: None,
            hi: None,
            certainty: None,
            denied: false,
            sources: Vec::new(),
            outlets: Vec::new(),
            attributions: Vec::new(),
            n_events: 0,
            reported: None,
        };
        s.add(m);
        s
    }

    /// The state of a claim of these members (at least one).
    pub fn of_members(members: &[Mention]) -> Option<ClaimState> {
        let (first, rest) = members.split_first()?;
        let mut s = ClaimState::new(first);
        for m in rest {
            s.add(m);
        }
        Some(s)
    }

    /// Adds a member (one not added before).
    pub fn add(&mut self, m: &Mention) {
        let key = ReportKey::of(m);
        if key < self.first {
            self.first = key.clone();
            self.kind = m.kind;
            self.actor = m.actor.clone();
            self.recipient = m.recipient.clone();
            self.unordered = ClaimKey::of_mention(m).unordered;
        }
        if self.n_events == 0 {
            self.items = normalize_items(&m.items);
            if self.items.len() > 1 {
                self.items
                    .retain(|i| *i != ItemCategory::WeaponsUnspecified);
            }
        } else {
            let mut sc = Scope {
                items: std::mem::take(&mut self.items),
                days: None,
            };
            sc.widen(&Scope {
                items: normalize_items(&m.items),
                days: None,
            });
            self.items = sc.items;
        }
        if let Some(t) = &m.time {
            for (pos, s) in [(0u8, &t.start), (1u8, &t.end)] {
                let Some(s) = s else { continue };
                let Some((a, b)) = day_range(s) else { continue };
                let bound = |day| TimeBound {
                    day,
                    text: s.clone(),
                    key: key.clone(),
                    pos,
                };
                let earlier = |x: &TimeBound| (&key, pos) < (&x.key, x.pos);
                if self
                    .lo
                    .as_ref()
                    .is_none_or(|x| a < x.day || (a == x.day && earlier(x)))
                {
                    self.lo = Some(bound(a));
                }
                if self
                    .hi
                    .as_ref()
                    .is_none_or(|x| b > x.day || (b == x.day && earlier(x)))
                {
                    self.hi = Some(bound(b));
                }
            }
        }
        if m.certainty == Certainty::Negated {
            self.denied = true;
        } else if self
            .certainty
            .is_none_or(|c| m.certainty.strength() > c.strength())
        {
            self.certainty = Some(m.certainty);
        }
        let status = if m.certainty == Certainty::Negated {
            Status::Unknown
        } else {
            m.status
        };
        let order = (
            m.published.is_none(),
            m.published.as_deref().unwrap_or(""),
            m.article_id.as_str(),
        );
        match self.sources.binary_search_by(|s| s.order().cmp(&order)) {
            Ok(i) => {
                let s = &mut self.sources[i];
                if status_rank(status) > status_rank(s.status) {
                    s.status = status;
                }
            }
            Err(i) => self.sources.insert(
                i,
                Source {
                    published: m.published.clone(),
                    article: m.article_id.clone(),
                    status,
                    no_outlet: m.outlet.is_none(),
                },
            ),
        }
        if let Some(o) = &m.outlet {
            insert_sorted(&mut self.outlets, o);
        }
        for a in &m.attribution {
            insert_sorted(&mut self.attributions, a);
        }
        self.n_events += 1;
        if let Some(d) = m.published.as_deref().and_then(day_range) {
            self.reported = Some(match self.reported {
                Some(r) => (r.0.min(d.0), r.1.max(d.1)),
                None => d,
            });
        }
    }

    /// The days of the claim's time, if known.
    pub fn days(&self) -> Option<(i32, i32)> {
        Some((self.lo.as_ref()?.day, self.hi.as_ref()?.day))
    }

    /// The claim's fields.
    pub fn claim(&self, id: &str) -> Claim {
        let time = self.lo.as_ref().map(|lo| TimeRange {
            start: Some(lo.text.clone()),
            end: self
                .hi
                .as_ref()
                .map(|h| h.text.clone())
                .filter(|e| *e != lo.text),
        });
        let mut history: Vec<StatusPoint> = Vec::new();
        for s in &self.sources {
            if s.status != Status::Unknown && history.last().is_none_or(|p| p.status != s.status) {
                history.push(StatusPoint {
                    date: s.published.clone(),
                    status: s.status,
                    article: s.article.clone(),
                });
            }
        }
        let status = history.last().map_or(Status::Unknown, |p| p.status);
        let certainty = self.certainty.unwrap_or(Certainty::Negated);
        let first = &self.sources[0];
        Claim {
            id: id.to_string(),
            kind: self.kind,
            actor: self.actor.clone(),
            recipient: self.recipient.clone(),
            unordered: self.unordered,
            items: self.items.clone(),
            time,
            status,
            status_history: history,
            certainty,
            contested: self.denied && certainty != Certainty::Negated,
            first_reported: first.published.clone(),
            first_article: first.article.clone(),
            articles: self.sources.iter().map(|s| s.article.clone()).collect(),
            outlets: self.outlets.clone(),
            attributions: self.attributions.clone(),
            n_events: self.n_events,
            n_outlets: self.outlets.len() + self.sources.iter().filter(|s| s.no_outlet).count(),
        }
    }
}

impl ClaimKey {
    fn of_mention(m: &Mention) -> ClaimKey {
        Self::of_parties(
            m.kind,
            m.actor.as_deref(),
            m.recipient.as_deref(),
            m.unordered,
        )
    }
}

impl Claim {
    /// The scope new events are matched against.
    pub fn scope(&self) -> Scope {
        Scope {
            items: self.items.clone(),
            days: self.time.as_ref().and_then(time_days),
        }
    }
}

/// An in-memory incremental consolidator: the reference the store's
/// database-backed consolidation follows, and a tool for tests.
#[derive(Debug, Default)]
pub struct Consolidator {
    claims: Vec<(ClaimKey, Claim, Vec<Mention>)>,
}

impl Consolidator {
    /// An empty consolidator.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the events of one article; returns the claim id of each event.
    pub fn add(&mut self, mentions: Vec<(Event, Mention)>) -> Vec<String> {
        let mut out = Vec::with_capacity(mentions.len());
        for (ev, m) in mentions {
            let key = ClaimKey::of(&ev);
            let scope = Scope::of(&ev);
            // candidates in id order, as the store lists them
            let mut idxs: Vec<usize> = (0..self.claims.len())
                .filter(|&i| self.claims[i].0 == key)
                .collect();
            idxs.sort_by(|&x, &y| self.claims[x].1.id.cmp(&self.claims[y].1.id));
            let scopes: Vec<Scope> = idxs.iter().map(|&i| self.claims[i].1.scope()).collect();
            let slot = match choose(&scopes, &scope) {
                Some(k) => idxs[k],
                None => {
                    let id = claim_id(&m.event_id);
                    let c = summarize(&id, std::slice::from_ref(&m)).expect("one member");
                    self.claims.push((key, c, Vec::new()));
                    self.claims.len() - 1
                }
            };
            let entry = &mut self.claims[slot];
            entry.2.push(m);
            if let Some(c) = summarize(&entry.1.id, &entry.2) {
                entry.1 = c;
            }
            out.push(entry.1.id.clone());
        }
        out
    }

    /// The claims so far, in order of creation.
    pub fn claims(&self) -> impl Iterator<Item = &Claim> {
        self.claims.iter().map(|(_, c, _)| c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use milcoop_core::Span;

    fn ev(kind: EventType, a: &str, r: &str, items: &[ItemCategory], time: Option<&str>) -> Event {
        Event {
            kind,
            actor: Some(a.into()),
            recipient: Some(r.into()),
            items: items.to_vec(),
            status: Status::Completed,
            certainty: Certainty::Asserted,
            attribution: vec![],
            time: time.map(|t| TimeRange {
                start: Some(t.into()),
                end: None,
            }),
            quantity: None,
            value: None,
            evidence: "x".into(),
            unordered: false,
            span: Span::new(0, 1),
            sentence: 0,
            rule: String::new(),
            confidence: 1.0,
        }
    }

    fn mention(
        e: &Event,
        art: &str,
        i: usize,
        outlet: Option<&str>,
        date: Option<&str>,
    ) -> Mention {
        Mention {
            event_id: event_id(art, i),
            article_id: art.into(),
            index: i,
            outlet: outlet.map(Into::into),
            published: date.map(Into::into),
            kind: e.kind,
            actor: e.actor.clone(),
            recipient: e.recipient.clone(),
            items: e.items.clone(),
            status: e.status,
            certainty: e.certainty,
            attribution: e.attribution.clone(),
            time: e.time.clone(),
            unordered: e.unordered,
        }
    }

    #[test]
    fn unordered_keys_ignore_direction() {
        let a = ev(EventType::Meeting, "RUS", "PRK", &[], None);
        let b = ev(EventType::Meeting, "PRK", "RUS", &[], None);
        assert_eq!(ClaimKey::of(&a), ClaimKey::of(&b));
        let c = ev(EventType::Supply, "RUS", "PRK", &[], None);
        let d = ev(EventType::Supply, "PRK", "RUS", &[], None);
        assert_ne!(ClaimKey::of(&c), ClaimKey::of(&d));
    }

    #[test]
    fn compatibility_needs_items_and_time() {
        use ItemCategory::*;
        let s = |items: &[ItemCategory], t: Option<&str>| Scope {
            items: items.to_vec(),
            days: t.and_then(day_range),
        };
        assert!(compatible(
            &s(&[Uav], Some("2022")),
            &s(&[Uav, Missile], Some("2022-08"))
        ));
        assert!(!compatible(&s(&[Uav], None), &s(&[Missile], None)));
        assert!(compatible(
            &s(&[Uav], None),
            &s(&[WeaponsUnspecified], None)
        ));
        assert!(compatible(&s(&[], None), &s(&[Missile], None)));
        assert!(!compatible(
            &s(&[Uav], Some("2022-08")),
            &s(&[Uav], Some("2023-01"))
        ));
        assert!(compatible(&s(&[Uav], Some("2022-08")), &s(&[Uav], None)));
        // prefers the claim that shares items over a generic one
        let cands = [s(&[], None), s(&[Uav], None)];
        assert_eq!(choose(&cands, &s(&[Uav], None)), Some(1));
        assert_eq!(choose(&cands[..1], &s(&[Uav], None)), Some(0));
        assert_eq!(choose(&[s(&[Missile], None)], &s(&[Uav], None)), None);
    }

    #[test]
    fn consolidates_across_articles_with_denial() {
        use ItemCategory::*;
        let mut c = Consolidator::new();
        let e1 = ev(EventType::Supply, "IRN", "RUS", &[Uav], Some("2022-08"));
        let mut e2 = ev(EventType::Supply, "IRN", "RUS", &[Uav], None);
        e2.status = Status::Planned;
        e2.certainty = Certainty::Likely;
        e2.attribution = vec!["USA".into()];
        let mut e3 = ev(EventType::Supply, "IRN", "RUS", &[Uav], None);
        e3.certainty = Certainty::Negated;
        let e4 = ev(EventType::Supply, "IRN", "RUS", &[Missile], None);
        let ids1 = c.add(vec![(
            e2.clone(),
            mention(&e2, "a1", 0, Some("x.com"), Some("2022-07-01")),
        )]);
        let ids2 = c.add(vec![
            (
                e1.clone(),
                mention(&e1, "a2", 0, Some("y.com"), Some("2022-10-01")),
            ),
            (
                e4.clone(),
                mention(&e4, "a2", 1, Some("y.com"), Some("2022-10-01")),
            ),
        ]);
        let ids3 = c.add(vec![(
            e3.clone(),
            mention(&e3, "a3", 0, None, Some("2022-10-02")),
        )]);
        assert_eq!(ids1[0], ids2[0]);
        assert_eq!(ids1[0], ids3[0]);
        assert_ne!(ids2[0], ids2[1]);
        let claims: Vec<&Claim> = c.claims().collect();
        assert_eq!(claims.len(), 2);
        let k = claims[0];
        assert_eq!(k.n_events, 3);
        assert_eq!(k.n_outlets, 3);
        assert_eq!(k.articles, vec!["a1", "a2", "a3"]);
        assert_eq!(k.first_article, "a1");
        assert_eq!(k.status, Status::Completed);
        assert_eq!(k.status_history.len(), 2);
        assert_eq!(k.status_history[0].status, Status::Planned);
        assert_eq!(k.certainty, Certainty::Asserted);
        assert!(k.contested);
        assert_eq!(
            k.time.as_ref().and_then(|t| t.start.as_deref()),
            Some("2022-08")
        );
        assert_eq!(k.attributions, vec!["USA"]);
        assert_eq!(k.id, claim_id("a1#0"));
        assert!(!claims[1].contested);
    }

    #[test]
    fn widening_a_scope_equals_summarizing_the_members() {
        use ItemCategory::*;
        let steps: [(&[ItemCategory], Option<&str>); 7] = [
            (&[WeaponsUnspecified], None),
            (&[], Some("2022-08")),
            (&[Uav], Some("2022")),
            (&[WeaponsUnspecified], Some("2021-12-30")),
            (&[Missile, Uav], None),
            (&[], Some("2023-01")),
            (&[WeaponsUnspecified, Missile], Some("2022-08-15")),
        ];
        let mut members = Vec::new();
        let mut scope: Option<Scope> = None;
        for (i, (items, t)) in steps.iter().enumerate() {
            let e = ev(EventType::Supply, "IRN", "RUS", items, *t);
            let art = format!("a{}", 7 - i);
            members.push(mention(&e, &art, 0, None, Some("2022-01-01")));
            match &mut scope {
                None => scope = Some(summarize("c", &members).unwrap().scope()),
                Some(sc) => sc.widen(&Scope::of(&e)),
            }
            assert_eq!(
                scope.as_ref(),
                Some(&summarize("c", &members).unwrap().scope()),
                "after step {i}"
            );
        }
    }

    #[test]
    fn state_updated_member_by_member_equals_the_summary() {
        use ItemCategory::*;
        // a small deterministic generator
        let mut seed = 0x1234_5678_9abc_def0u64;
        let mut below = |n: usize| {
            seed = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = seed;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            ((z ^ (z >> 31)) % n as u64) as usize
        };
        let times = [
            None,
            Some(("2022", None)),
            Some(("2022-01", None)),
            Some(("2022-01-01", Some("2022-12"))),
            Some(("2021-12", Some("2022"))),
            Some(("2022-12-31", None)),
            Some(("2022-06", Some("2022-06"))),
        ];
        let dates = [
            None,
            Some("2022-01-01"),
            Some("2022-02-01"),
            Some("2022-03-01"),
        ];
        let outlets = [None, Some("a.com"), Some("b.com")];
        let itemsets: [&[ItemCategory]; 4] = [&[], &[WeaponsUnspecified], &[Uav], &[Uav, Missile]];
        for round in 0..200 {
            let n_articles = 1 + below(6);
            let mut members = Vec::new();
            for a in 0..n_articles {
                let art = format!("a{}", below(10) * 10 + a);
                let date = dates[below(dates.len())];
                let outlet = outlets[below(outlets.len())];
                for i in 0..1 + below(3) {
                    let (kind, actor, recipient) = if below(2) == 0 {
                        (EventType::Meeting, "RUS", "PRK")
                    } else {
                        (EventType::Meeting, "PRK", "RUS")
                    };
                    let mut e = ev(kind, actor, recipient, itemsets[below(4)], None);
                    e.time = times[below(times.len())].map(|(s, e)| TimeRange {
                        start: Some(s.into()),
                        end: e.map(Into::into),
                    });
                    e.status = Status::ALL[below(Status::ALL.len())];
                    e.certainty = Certainty::ALL[below(Certainty::ALL.len())];
                    if below(3) == 0 {
                        e.attribution = vec![["USA", "GBR"][below(2)].into()];
                    }
                    members.push(mention(&e, &art, i, outlet, date));
                }
            }
            let want = summarize("c", &members).unwrap();
            // in input order, then shuffled, then through a serialised state
            let s = ClaimState::of_members(&members).unwrap();
            assert_eq!(s.claim("c"), want, "round {round}");
            let mut shuffled = members.clone();
            for i in (1..shuffled.len()).rev() {
                shuffled.swap(i, below(i + 1));
            }
            let k = below(shuffled.len());
            let t = ClaimState::of_members(&shuffled[..=k]).unwrap();
            let t: ClaimState = serde_json::from_str(&serde_json::to_string(&t).unwrap()).unwrap();
            let mut t = t;
            for m in &shuffled[k + 1..] {
                t.add(m);
            }
            assert_eq!(t, s, "round {round}: the state depends on the order");
            assert_eq!(t.claim("c"), want, "round {round}");
        }
    }

    #[test]
    fn summary_is_order_independent() {
        let e = ev(EventType::Training, "GBR", "UKR", &[], Some("2023"));
        let a = mention(&e, "b", 0, Some("o1"), Some("2023-02-01"));
        let b = mention(&e, "a", 0, Some("o1"), Some("2023-01-01"));
        let s1 = summarize("c", &[a.clone(), b.clone()]).unwrap();
        let s2 = summarize("c", &[b, a]).unwrap();
        assert_eq!(s1, s2);
        assert_eq!(s1.n_outlets, 1);
        assert_eq!(s1.first_article, "a");
        assert!(summarize("c", &[]).is_none());
    }
}
