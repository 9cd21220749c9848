//! The frame engine: interprets the trigger and cue rules of a language over
//! the sentences and mentions of one article.

use crate::quant::{NumberExpr, after_value_word, find_numbers};
use crate::rules::{
    Cue, Frame, LangRules, Tense, TenseWords, Trigger, cue_kind, load_embedded, load_foes,
};
use crate::time::{TimeExpr, find_times_on, parse_published};
use milcoop_analyze::lexicon::{
    DataError, EntityKind, Hit, MatchMode, WordMatcher, longest_non_overlapping,
};
use milcoop_analyze::mention::{self, Mention, MentionKind, PartyKind};
use milcoop_analyze::token::{Token, tokenize};
use milcoop_analyze::{Lexicon, lower_same_len};
use milcoop_core::{Certainty, Event, EventType, ItemCategory, Sentence, Span, Status, TimeRange};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

mod assign;
mod build;
mod candidates;
mod certainty;
mod fields;
mod filters;
mod names;
mod readings;
mod speakers;
mod status;

use assign::*;
use certainty::*;
use fields::*;
use filters::*;
use names::*;
use readings::*;
use status::*;

/// What the engine needs of one article.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// `article.text`, as it arrived.
    pub text: &'a str,
    /// Sentences of the body (the headline included), in order.
    pub sentences: &'a [Sentence],
    /// ISO 639-1 language of the article.
    pub lang: &'a str,
    /// Publication date `YYYY-MM-DD`, if known.
    pub published: Option<&'a str>,
}

/// Why the engine did what it did in one sentence (for `milcoop explain`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentenceTrace {
    /// Sentence index.
    pub index: usize,
    /// Span into the text.
    pub span: Span,
    /// Mentions found: span and a description.
    pub mentions: Vec<(Span, String)>,
    /// Rules that fired, with the event they made.
    pub fired: Vec<String>,
    /// Triggers that did not make an event, and why.
    pub misses: Vec<String>,
    /// Attribution found for the sentence.
    pub attribution: Vec<String>,
}

/// The loaded engine: gazetteers and rules of every language.
pub struct Engine {
    lex: Lexicon,
    /// Per language, one automaton over the lower-cased text for item words,
    /// role nouns, stop phrases, triggers and cues: one pass instead of five.
    words: HashMap<String, WordMatcher<Word>>,
    /// Per language, the kind of each entry of `words` ([`word_kind`]), by payload index:
    /// a small table that sorts a sentence's hits without reading their payloads.
    word_kinds: HashMap<String, Vec<u8>>,
    /// Per language, the status words the status rules look up (`tense` cues), with
    /// the word classes of [`word_bits`] marked.
    /// (a list: two or three languages are found faster by comparing than by hashing,
    /// and every trigger asks)
    tense: Vec<(String, TenseWords)>,
    /// The word classes of [`word_bits`] alone, for a language without rules.
    no_tense: TenseWords,
    /// Rule ids of the triggers flagged `tie` (everyday words that need a military word
    /// or an item near them).
    tie: HashSet<String>,
    /// Pairs of parties at war, in both orders (`foes.tsv`).
    foes: HashSet<(String, String)>,
}

/// What a lower-case word entry of the one-pass automaton is.
enum Word {
    Item(milcoop_analyze::lexicon::Item),
    Role(std::sync::Arc<str>),
    Stop,
    Trigger(Trigger),
    Cue(Cue),
}

/// The part of the one-pass automaton's hits a word entry belongs to in [`Engine::analyze`]
/// (overlaps are resolved within each part).
fn word_kind(w: &Word) -> u8 {
    match w {
        Word::Item(_) => 0,
        Word::Role(_) => 1,
        Word::Stop => 2,
        Word::Trigger(_) => 3,
        // a government noun stays beside the longer cue it is part of ("die Regierung")
        Word::Cue(Cue::Seat) => 5,
        Word::Cue(_) => 4,
    }
}

/// The automaton hits of one sentence: entities, systems, lower-case words.
type SentHits<'h> = (&'h [(Span, usize)], &'h [(Span, usize)], &'h [Hit]);

/// The spans and payloads of `hits` that `f` accepts.
fn payloads<'w, 'h, T: ?Sized + 'w>(
    words: &'w WordMatcher<Word>,
    hits: &'h [Hit],
    f: impl Fn(&'w Word) -> Option<&'w T> + 'h,
) -> impl Iterator<Item = (Span, &'w T)> + 'h
where
    'w: 'h,
{
    hits.iter()
        .filter_map(move |h| f(words.payload(h)).map(|p| (h.span, p)))
}

/// The buffers [`Engine::analyze`] fills for each sentence and reads before the next:
/// one set for the whole article, emptied for each sentence (the hits of each part, and
/// the items, roles and stop words that the mentions are found from).
#[derive(Default)]
struct Scratch<'w> {
    parts: [Vec<Hit>; 6],
    items: Vec<(Span, &'w milcoop_analyze::lexicon::Item)>,
    roles: Vec<(Span, &'w std::sync::Arc<str>)>,
    stops: Vec<Span>,
}

fn build_words(
    lex: &Lexicon,
    rules: &HashMap<String, LangRules>,
) -> HashMap<String, WordMatcher<Word>> {
    rules
        .iter()
        .map(|(lang, r)| {
            let mut e: Vec<(MatchMode, String, Word)> = Vec::new();
            for (m, s, it) in lex.item_entries.get(lang).into_iter().flatten() {
                e.push((*m, s.clone(), Word::Item(it.clone())));
            }
            for (m, s, role) in lex.role_entries.get(lang).into_iter().flatten() {
                e.push((*m, s.clone(), Word::Role(role.clone())));
            }
            for s in &lex.stop_surfaces {
                e.push((MatchMode::Word, s.clone(), Word::Stop));
            }
            for (m, s, t) in &r.trigger_entries {
                e.push((*m, s.clone(), Word::Trigger(t.clone())));
            }
            for (m, s, c) in &r.cue_entries {
                e.push((*m, s.clone(), Word::Cue(c.clone())));
            }
            (lang.clone(), WordMatcher::new_dfa(e))
        })
        .collect()
}

/// How a party mention is marked in its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    None,
    Recipient,
    Target,
    Actor,
    With,
    Dative,
    Loc,
    Via,
}

/// What the noun after an adjective party is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Head {
    /// Not an adjective.
    Noun,
    /// An item ("iranische Drohnen"): the maker.
    Item,
    /// People ("ukrainische Piloten", "North Korean troops").
    People,
    /// Firms and bodies ("russische Einrichtungen", "Serbian companies"): act for their state.
    Firm,
    /// Anything else ("russische Bemühungen"): acts like a noun.
    Other,
}

#[derive(Debug, Clone)]
struct Cand {
    span: Span,
    /// The party id (shared with the gazetteer entry: a copy costs no allocation).
    id: std::sync::Arc<str>,
    marker: Marker,
    head: Head,
    clause: usize,
    speaker: bool,
    genitive: bool,
    /// Parties joined by "und", "and" or commas share a chain number
    /// ("The United States, Germany and Italy will provide").
    chain: usize,
}

struct Sent<'r> {
    idx: usize,
    span: Span,
    toks: Vec<Token>,
    mentions: Vec<Mention>,
    triggers: Vec<(Span, &'r Trigger)>,
    cues: Vec<(Span, &'r Cue)>,
    /// The kinds of `cues`, as the bits of [`Cue::kind_bit`] ([`Sent::cues_of`]).
    cue_kinds: u64,
    /// Byte offsets where clauses start (the first is the sentence start).
    clauses: Vec<usize>,
    cands: Vec<Cand>,
    attribution: Vec<String>,
    /// The numbers of the sentence ([`sent_numbers`]), made on first ask: they serve only
    /// the events of its own triggers, and many triggers make none.
    numbers: std::cell::OnceCell<Vec<NumberExpr>>,
    /// The time expressions of the sentence ([`sent_times`]), made on first ask.
    times: std::cell::OnceCell<Vec<TimeExpr>>,
    /// The article's text, its language and publication date (what numbers and times need).
    text: &'r str,
    lang: &'r str,
    published: Option<(i32, u32)>,
    published_day: Option<chrono::NaiveDate>,
    /// The article's lower-cased text (shared).
    lower_text: &'r str,
    /// The lower-cased words of the sentence, by token ([`sent_words`]), made on first use.
    words: std::cell::OnceCell<Vec<&'r str>>,
    /// The classes of the sentence's words for the tense checks, by token
    /// ([`word_bits`]), made on first use.
    wbits: std::cell::OnceCell<Vec<u64>>,
    /// The last [`tok_index`] search: (byte offset, tokens ending by it); the rules
    /// ask for a trigger's token many times over.
    tok_memo: std::cell::Cell<(usize, usize)>,
    /// A headline line without final punctuation.
    headline: bool,
    /// A word for "each" ("jeweils", "per"): the money named is no total (set where the
    /// sentence has triggers).
    per_unit: bool,
    /// "soll", "sollen" or "solle" is a word of the sentence (set where it has triggers):
    /// without one, no clause needs a look for reported speech.
    soll: bool,
    /// "zu" is a word of the sentence: without one, no clause holds " zu ".
    zu: bool,
}

/// A party named by its adjective ("Iranian", "russische").
fn is_party_adjective(m: &Mention) -> bool {
    matches!(
        m.kind,
        MentionKind::Party {
            form: PartyKind::Adjective,
            ..
        }
    )
}

/// Whether a party adjective and the party right after it are coordinated ("Russian and
/// Belarusian troops"), not one qualifying the other ("jemenitischer Houthi-Miliz").
fn coordinated_adjectives(lower: &str, adj: Span, next: Span) -> bool {
    matches!(
        lower[adj.end..next.start].trim(),
        "and" | "or" | "und" | "oder" | ","
    )
}

/// The byte ranges of German phrases of occasion: "beim NATO-Gipfel in Washington",
/// "bei dem Treffen der Verteidigungsminister", "auf dem EU-Gipfel in Brüssel",
/// "während des Ramstein-Treffens": an opener, at most two words, a meeting noun (or a
/// compound ending in one), and a following genitive or place ("der NATO", "in Vilnius")
/// up to the next comma or verb-like word.
fn german_venues(s: &Sent, lower: &str) -> Vec<std::ops::Range<usize>> {
    const NOUNS: [&str; 10] = [
        "gipfel",
        "gipfels",
        "treffen",
        "treffens",
        "konferenz",
        "tagung",
        "sitzung",
        "gipfeltreffen",
        "gipfeltreffens",
        "ministertreffen",
    ];
    let words: Vec<&str> = s
        .toks
        .iter()
        .map(|t| &lower[t.span.start..t.span.end])
        .collect();
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let opener = match *w {
            "beim" => 1,
            "bei" | "auf" | "während" => {
                if matches!(
                    words.get(i + 1).copied(),
                    Some("dem" | "einem" | "des" | "eines" | "der")
                ) {
                    2
                } else {
                    continue;
                }
            }
            _ => continue,
        };
        let Some(k) = (i + opener..(i + opener + 3).min(words.len())).find(|&k| {
            NOUNS
                .iter()
                .any(|n| words[k] == *n || words[k].ends_with(&format!("-{n}")))
        }) else {
            continue;
        };
        // the phrase goes on over a genitive or a place: "der NATO", "in Washington",
        // "im September", up to four words, not past a comma
        let mut end = k;
        while end + 1 < words.len()
            && end < k + 4
            && matches!(
                words[end + 1],
                "der" | "des" | "in" | "im" | "am" | "von" | "vom"
            )
            && end + 2 < words.len()
            && words[end + 2] != ","
        {
            end += 2;
        }
        out.push(s.toks[i].span.start..s.toks[end].span.end);
    }
    out
}

/// A verb of banning ([`Cue::Ban`]) that governs the act at `act` in the clause
/// `from..to`: right before it (at most three words between, "banned the export",
/// "verbietet die Ausfuhr", "restricted arms exports") or, in German, closing the clause
/// after it ("hat den Export … untersagt", "… verbieten will"): `true` where it lifts or
/// eases a ban, `false` where it imposes one, with the span of its word.
fn ban_in_clause(s: &Sent, act: Span, from: usize, to: usize) -> Option<(bool, Span)> {
    if s.cue_kinds & cue_kind::BAN == 0 {
        return None;
    }
    let mut found: Option<(bool, Span)> = None;
    // "das Verbot, Rüstungsgüter nach Russland auszuführen": a German noun of banning that
    // closes the clause before a zu-infinitive governs it
    let act_word = &s.lower_text[act.start..act.end];
    let zu_infinitive = s.lang == "de"
        && act_word.ends_with("en")
        && (act_word.get(2..).is_some_and(|r| r.contains("zu"))
            || s.lower_text[from..act.start].split_whitespace().last() == Some("zu"));
    let reach_back = match s.clauses.iter().rposition(|&c| c < from) {
        Some(p) if zu_infinitive => s.clauses[p],
        _ => from,
    };
    for (cs, c) in s.cues_in(reach_back, to) {
        if cs.start < from && (cs.end > from || s.lower_text[cs.end..from].trim() != ",") {
            continue;
        }
        if let Cue::Ban(lift, particle) = c {
            // "Die EU hebt das Embargo gegen Belarus auf": a separable verb counts only
            // with its particle closing the clause
            if let Some(p) = particle {
                let last = s
                    .toks
                    .iter()
                    .rev()
                    .find(|t| {
                        t.span.end <= to
                            && t.span.start >= cs.end
                            && s.lower_text.as_bytes()[t.span.start].is_ascii_alphanumeric()
                    })
                    .map(|t| s.lower_of(t));
                if last != Some(p.as_str()) {
                    continue;
                }
            }
            let governs = cs.start < from
                || (cs.end <= act.start && token_gap(&s.toks, cs.end, act.start) <= 3)
                || (s.lang == "de"
                    && cs.start >= act.end
                    && s.toks
                        .iter()
                        .filter(|t| t.span.start >= cs.end && t.span.end <= to)
                        .filter(|t| {
                            t.span.end - t.span.start > 1
                                || s.lower_text.as_bytes()[t.span.start].is_ascii_alphanumeric()
                        })
                        .count()
                        <= 2);
            if governs && found.is_none_or(|(l, _)| !l) {
                found = Some((*lift, *cs));
            }
        }
    }
    found
}

/// The lower-cased text of a span of the sentence's article.
fn text_lower<'a>(s: &Sent<'a>, span: Span) -> &'a str {
    &s.lower_text[span.start..span.end]
}

impl<'r> Sent<'r> {
    /// The lower-cased text of a token.
    fn lower_of(&self, t: &Token) -> &'r str {
        &self.lower_text[t.span.start..t.span.end]
    }
    /// The cues, in order, where the sentence holds a cue of one of the kinds `kinds`
    /// ([`cue_kind`] bits); none at all where it holds none, so that a rule that looks
    /// for a kind the sentence lacks scans nothing.
    fn cues_of(&self, kinds: u64) -> std::slice::Iter<'_, (Span, &'r Cue)> {
        if self.cue_kinds & kinds == 0 {
            [].iter()
        } else {
            self.cues.iter()
        }
    }
    /// The cues whose span is exactly `span`, in order (the cues are ordered by their
    /// start: those starting at `span.start` are found by a binary search).
    fn cues_at(&self, span: Span) -> impl Iterator<Item = &'r Cue> + '_ {
        let first = self.cues.partition_point(|(s, _)| s.start < span.start);
        self.cues[first..]
            .iter()
            .take_while(move |(s, _)| s.start == span.start)
            .filter(move |(s, _)| *s == span)
            .map(|(_, c)| *c)
    }
    fn clause_of(&self, pos: usize) -> usize {
        self.clauses.iter().rposition(|&c| c <= pos).unwrap_or(0)
    }
    fn clause_end(&self, c: usize) -> usize {
        self.clauses.get(c + 1).copied().unwrap_or(self.span.end)
    }
    /// The cues within `from..to`, in order. (The cues are ordered by their start: those
    /// starting at `from` or later are a suffix, and none starting after `to` ends by it.)
    fn cues_in(&self, from: usize, to: usize) -> impl Iterator<Item = &(Span, &Cue)> {
        let first = self.cues.partition_point(|(s, _)| s.start < from);
        self.cues[first..]
            .iter()
            .take_while(move |(s, _)| s.start <= to)
            .filter(move |(s, _)| s.end <= to)
    }
}

/// The [`cue_kind`] bits of the cues that mark a party's role ([`Marker`]).
const MARKER_CUES: u64 = cue_kind::RECIPIENT
    | cue_kind::TARGET
    | cue_kind::ACTOR
    | cue_kind::WITH
    | cue_kind::DATIVE
    | cue_kind::VIA;

/// Article-level state carried from sentence to sentence.
#[derive(Default)]
struct Context {
    last_speaker: Vec<String>,
    /// English: the bodies and states of the last source named, for "the report says".
    last_body: Vec<String>,
    /// The latest sentence with a source, and that source (named, resolved or continued).
    last_reported: Option<(usize, Vec<String>)>,
    /// Subject-like parties of recent sentences: (sentence index, party id).
    recent: Vec<(usize, String)>,
    /// The article's events so far, in order (what `run` returns).
    done: Vec<Event>,
    /// Events of recent sentences, for anaphoric items: (sentence index, index in `done`).
    recent_events: Vec<(usize, usize)>,
    /// Events of the headline (indices in `done`): the article's topic, the last resort
    /// for a missing party.
    title_events: Vec<usize>,
    /// Sentences naming two parties or more: (sentence index, first, second), for "the
    /// two countries" (shared ids: a copy costs no allocation).
    recent_pairs: Vec<(usize, std::sync::Arc<str>, std::sync::Arc<str>)>,
    /// The parties of each recent sentence (sentence index, distinct ids by first
    /// appearance), for "the two Baltic neighbours", "all three capitals".
    recent_parties: Vec<(usize, Vec<std::sync::Arc<str>>)>,
    /// Firms named recently by their state ("chinesische Unternehmen"), for "diese Firmen".
    recent_firms: Vec<(usize, String)>,
    /// German: places named as where things are made ("in China entwickelt und
    /// produziert"): (sentence index, party id), for "sie sollen … geliefert werden".
    recent_makers: Vec<(usize, String)>,
    /// The publication date, to tell future acts told in the present tense.
    published: Option<String>,
}

impl Context {
    /// The events of recent sentences, oldest first, with their sentence index.
    fn recent(&self) -> impl DoubleEndedIterator<Item = (usize, &Event)> {
        self.recent_events.iter().map(|&(i, k)| (i, &self.done[k]))
    }

    /// The events of the headline.
    fn titles(&self) -> impl Iterator<Item = &Event> {
        self.title_events.iter().map(|&k| &self.done[k])
    }
}

/// The bytes where the clause scan of [`Engine::analyze`] looks closer: the ASCII
/// marks that may open a clause and the first bytes of non-ASCII characters
/// (dashes, quotes).
static CLAUSE_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(
            b as u8,
            b',' | b';' | b':' | b'(' | b')' | b'"' | b'-' | 0xC0..
        );
        b += 1;
    }
    t
};

/// The first position in `b[i..]` holding a byte of [`CLAUSE_BYTES`], or `b.len()`.
/// Looks at eight bytes at a time with the sentence splitter's word test
/// ([`milcoop_core::text::byte_eq_mask`]); a byte of 0xC0 or more has its top two bits set.
fn next_clause_byte(b: &[u8], mut i: usize) -> usize {
    use milcoop_core::text::{HIGH_BITS, byte_eq_mask, word8};
    while i + 8 <= b.len() {
        let x = word8(b, i);
        let m = byte_eq_mask(x, b',')
            | byte_eq_mask(x, b';')
            | byte_eq_mask(x, b':')
            | byte_eq_mask(x, b'(')
            | byte_eq_mask(x, b')')
            | byte_eq_mask(x, b'"')
            | byte_eq_mask(x, b'-')
            | (x & (x << 1) & HIGH_BITS);
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && !CLAUSE_BYTES[usize::from(b[i])] {
        i += 1;
    }
    i
}

const QUOTE_OPEN: &[char] = &['„', '“', '"', '«', '»', '‚'];

fn is_quote(c: char) -> bool {
    matches!(c, '„' | '“' | '”' | '"' | '«' | '»' | '‚' | '‘' | '’')
}

fn speaker_ids(e: &milcoop_analyze::lexicon::Entity) -> Vec<String> {
    let mut v = Vec::new();
    match e.kind {
        EntityKind::Person | EntityKind::Organ | EntityKind::Company | EntityKind::StateMedia => {
            v.push(String::from(&*e.id));
            if let Some(s) = &e.state {
                v.push(s.to_string());
            }
        }
        EntityKind::Media | EntityKind::ThinkTank | EntityKind::Group | EntityKind::Intl => {
            v.push(String::from(&*e.id))
        }
        _ => v.push(e.party_id().to_string()),
    }
    v
}

fn push_unique(v: &mut Vec<String>, ids: impl IntoIterator<Item = String>) {
    for id in ids {
        if !v.contains(&id) {
            v.push(id);
        }
    }
}

impl Engine {
    /// Loads the embedded gazetteers and rules (once per process is enough).
    pub fn new() -> Result<Self, DataError> {
        Ok(Self::with(Lexicon::embedded()?, load_embedded()?))
    }

    /// Builds an engine from a lexicon and rules (for tests).
    pub fn with(lex: Lexicon, rules: HashMap<String, LangRules>) -> Self {
        let words = build_words(&lex, &rules);
        let word_kinds = words
            .iter()
            .map(|(l, m)| {
                let kinds = (0..m.len())
                    .map(|payload| {
                        word_kind(m.payload(&Hit {
                            span: Span::new(0, 0),
                            payload,
                        }))
                    })
                    .collect();
                (l.clone(), kinds)
            })
            .collect();
        let tie = rules
            .values()
            .flat_map(|r| &r.trigger_entries)
            .filter(|(_, _, t)| t.tie)
            .map(|(_, _, t)| t.id.clone())
            .collect();
        let tense = rules
            .into_iter()
            .map(|(l, mut r)| {
                mark_word_classes(&mut r.tense);
                (l, r.tense)
            })
            .collect();
        let mut no_tense = TenseWords::default();
        mark_word_classes(&mut no_tense);
        Engine {
            lex,
            words,
            word_kinds,
            tense,
            tie,
            no_tense,
            foes: load_foes(),
        }
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    /// The status words of `lang` (the word classes alone for a language without rules).
    fn tense_words(&self, lang: &str) -> &TenseWords {
        self.tense
            .iter()
            .find(|(l, _)| l == lang)
            .map_or(&self.no_tense, |(_, tw)| tw)
    }

    /// True when rules exist for `lang`.
    pub fn supports(&self, lang: &str) -> bool {
        self.words.contains_key(lang)
    }

    /// Extracts the events of one article.
    pub fn extract(&self, inp: &Input<'_>) -> Vec<Event> {
        self.run(inp, None)
    }

    /// Extracts the events of one article and records why, sentence by sentence.
    pub fn explain(&self, inp: &Input<'_>) -> (Vec<Event>, Vec<SentenceTrace>) {
        let mut trace = Vec::new();
        let ev = self.run(inp, Some(&mut trace));
        (ev, trace)
    }

    fn run(&self, inp: &Input<'_>, mut trace: Option<&mut Vec<SentenceTrace>>) -> Vec<Event> {
        let (Some(words), Some(kinds)) = (self.words.get(inp.lang), self.word_kinds.get(inp.lang))
        else {
            return vec![];
        };
        let text = inp.text;
        let lower = lower_same_len(text);
        let published = inp.published.and_then(parse_published);
        let published_day = inp.published.and_then(crate::time::parse_published_day);
        // each automaton runs over all sentences in turn, while it is in the cache; one
        // walk from each word start finds both gazetteers' hits
        // (the hits of all sentences in three vectors, with where each sentence's end)
        let n = inp.sentences.len();
        let (mut entities, mut systems) = (Vec::new(), Vec::new());
        let mut gaz_ends = Vec::with_capacity(n);
        for s in inp.sentences {
            self.lex
                .find_gazetteers_into(text, s.span, &mut entities, &mut systems);
            gaz_ends.push((entities.len(), systems.len()));
        }
        let mut raw = Vec::with_capacity(text.len() / 8);
        let mut raw_ends = Vec::with_capacity(n);
        for s in inp.sentences {
            words.find_raw_into(&lower, s.span, &mut raw);
            raw_ends.push(raw.len());
        }
        let mut surnames: Vec<(&str, Option<milcoop_analyze::lexicon::Entity>)> = Vec::new();
        let mut scratch = Scratch::default();
        let mut sents: Vec<Sent> = inp
            .sentences
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let ((e0, s0), r0) = match i {
                    0 => ((0, 0), 0),
                    _ => (gaz_ends[i - 1], raw_ends[i - 1]),
                };
                let ((e1, s1), r1) = (gaz_ends[i], raw_ends[i]);
                let hits = (&entities[e0..e1], &systems[s0..s1], &raw[r0..r1]);
                let mut sent = self.analyze(
                    words,
                    kinds,
                    text,
                    &lower,
                    i,
                    s.span,
                    hits,
                    inp.lang,
                    published,
                    published_day,
                    &surnames,
                    &mut scratch,
                );
                learn_surnames(text, &sent, &mut surnames);
                sent.headline = s.headline;
                sent
            })
            .collect();
        period_times(&mut sents);
        let quote_speakers = quote_attribution(text, &sents);
        let mut ctx = Context {
            published: inp.published.map(str::to_string),
            // (about one event per trigger: the events are large, regrowing copies them)
            done: Vec::with_capacity(sents.iter().map(|s| s.triggers.len()).sum()),
            ..Context::default()
        };
        // the events of one sentence, the trigger span of each (and whether it is a noun)
        // and which of them are purchases (flag `buy`), by index: one set of buffers for
        // the whole article, emptied for each sentence
        let mut sent_events: Vec<Event> = Vec::new();
        let mut sent_triggers: Vec<(Span, bool)> = Vec::new();
        let mut sent_buy: Vec<bool> = Vec::new();
        // "Brandstetter: Ja. …", "UNO-Experten: Iran rüstet …": a line opened by a
        // speaker and a colon (an interview answer, a headline) is that speaker's
        let mut line_speaker: Option<(usize, Vec<String>)> = None;
        for (si, s) in sents.iter().enumerate() {
            let mut attribution = s.attribution.clone();
            let line_start = text[..s.span.start].rfind('\n').map_or(0, |i| i + 1);
            if text[line_start..s.span.start].trim().is_empty() {
                line_speaker = colon_speaker(text, s).map(|ids| (line_start, ids));
            }
            if attribution.is_empty()
                && let Some((ls, ids)) = &line_speaker
                && *ls == line_start
            {
                attribution = ids.clone();
            }
            if attribution.is_empty()
                && let Some(q) = &quote_speakers[si]
            {
                attribution = q.clone();
            }
            // "TASS reported the information." sources the sentence before it
            if attribution.is_empty()
                && let Some(n) = sents.get(si + 1)
                && n.triggers.is_empty()
                && n.toks.len() <= 10
                // (a reporting verb; "Nach Informationen des Spiegel prüft …" tells its own news)
                && n.cues_of(cue_kind::REPORT).any(|(_, c)| matches!(c, Cue::Report(_)))
                && !n
                    .cues
                    .iter()
                    .any(|(_, c)| matches!(c, Cue::Stance(..) | Cue::Neg))
                && !n.attribution.is_empty()
            {
                attribution = n.attribution.clone();
            }
            // "sagte er", "das Ministerium": the last named speaker (its body and state)
            if attribution.iter().any(|a| a.starts_with('@')) {
                let mut resolved = Vec::new();
                for a in &attribution {
                    match a.as_str() {
                        "@last" => push_unique(&mut resolved, ctx.last_speaker.iter().cloned()),
                        "@lastbody" if inp.lang == "en" && !ctx.last_body.is_empty() => {
                            push_unique(&mut resolved, ctx.last_body.iter().cloned())
                        }
                        "@lastbody" => push_unique(
                            &mut resolved,
                            ctx.last_speaker
                                .iter()
                                .filter(|x| !x.starts_with("person:"))
                                .cloned(),
                        ),
                        _ => push_unique(&mut resolved, [a.clone()]),
                    }
                }
                attribution = resolved;
            }
            // German indirect speech ("Daher könne Deutschland…") goes on reporting
            // the speaker of the sentences just before
            if attribution.is_empty()
                && s.cues_of(cue_kind::INDIRECT)
                    .any(|(_, c)| matches!(c, Cue::Indirect))
                && let Some((at, src)) = &ctx.last_reported
                && si - at <= 3
            {
                attribution = src.clone();
            }
            // "…, the statement said. In particular, Ukraine will receive …": a sentence
            // opening with a connective goes on with the report just before it
            if attribution.is_empty()
                && s.cues_of(cue_kind::CONTINUES).any(|(cs, c)| {
                    matches!(c, Cue::Continues)
                        && text[s.span.start..cs.start]
                            .trim_matches(|ch: char| ch.is_whitespace() || "\"“'‘".contains(ch))
                            .is_empty()
                })
                && let Some((at, src)) = &ctx.last_reported
                && at + 1 == si
            {
                attribution = src.clone();
            }
            if !attribution.is_empty() {
                ctx.last_reported = Some((si, attribution.clone()));
            }
            let mut tr = trace.as_ref().map(|_| SentenceTrace {
                index: si,
                span: s.span,
                mentions: s.mentions.iter().map(|m| (m.span, describe(m))).collect(),
                // "sagte er": shown as the speaker it stands for
                attribution: attribution.clone(),
                ..Default::default()
            });
            sent_events.clear();
            sent_triggers.clear();
            sent_buy.clear();
            for &(tspan, trig) in &s.triggers {
                // "the Collective Security Treaty Organization", "the Shanghai Cooperation
                // Organisation": a word inside the name of an international body is no act
                if s.mentions.iter().any(|m| {
                    matches!(&m.kind, MentionKind::Party { entity, .. } if entity.kind == EntityKind::Intl)
                        && m.span.start <= tspan.start
                        && tspan.end <= m.span.end
                        && m.span != tspan
                }) {
                    continue;
                }
                match self.build(text, &lower, s, tspan, trig, &attribution, &ctx, inp.lang) {
                    Ok(first) => {
                        let nominal = is_nominal(text, s, tspan, trig);
                        let mut extra = conjuncts(text, s, &first);
                        // "has visited all three capitals": the other members of the group
                        if inp.lang == "en"
                            && (first.kind.is_unordered() || trig.frame == Frame::Pair)
                        {
                            let members = [&first.actor, &first.recipient].iter().find_map(|k| {
                                let other = if *k == &first.actor {
                                    first.recipient.as_deref()
                                } else {
                                    first.actor.as_deref()
                                };
                                let m = group_members(s, tspan, &ctx, other);
                                (k.is_some() && m.first() == k.as_ref()).then_some((other, m))
                            });
                            if let Some((Some(other), m)) = members {
                                for id in m.into_iter().skip(1) {
                                    extra.push(Event {
                                        actor: Some(other.to_string()),
                                        recipient: Some(id),
                                        ..first.clone()
                                    });
                                }
                            }
                        }
                        // "Estonia signs a deal for six HIMARS launchers": a deal for
                        // materiel commits a delivery (GUIDELINES)
                        if matches!(inp.lang, "en" | "de")
                            && let Some(ev) = deal_supply(s, tspan, trig, &first)
                        {
                            extra.push(ev);
                        }
                        // "Russian instructors arrived in Niger with an air defence system":
                        // the people who bring materiel are deployed too
                        if trig.moves
                            && first.kind == EventType::Supply
                            && first.recipient.is_some()
                            && s.cands.iter().any(|c| {
                                c.head == Head::People
                                    && !c.speaker
                                    && first.actor.as_deref() == Some(&*c.id)
                                    && c.span.end <= tspan.start
                            })
                        {
                            extra.push(Event {
                                kind: EventType::Personnel,
                                items: vec![],
                                quantity: None,
                                value: None,
                                ..first.clone()
                            });
                        }
                        for ev in std::iter::once(first).chain(extra) {
                            if let Some(t) = tr.as_mut() {
                                t.fired.push(format!(
                                    "{} at {:?} → {}",
                                    trig.id,
                                    tspan.slice(text).unwrap_or(""),
                                    outcome(&ev)
                                ));
                            }
                            // "Iran schicke Russland Drohnen und erwäge, Raketen zu schicken":
                            // two verbs in two clauses with their own statuses are two acts
                            let dup = sent_events
                                .iter_mut()
                                .zip(&sent_triggers)
                                .find(|(e, (ts, ts_nominal))| {
                                    let same_clause =
                                        s.clause_of(ts.start) == s.clause_of(tspan.start);
                                    // "would sign the treaty": a noun that is the object of a
                                    // verb of the same act in its clause takes the verb's status
                                    let (a, b) = if ts.start < tspan.start {
                                        (*ts, tspan)
                                    } else {
                                        (tspan, *ts)
                                    };
                                    let near = a.end <= b.start
                                        && token_gap(&s.toks, a.end, b.start) <= 6
                                        && !text[a.end..b.start].contains([',', ';', '.']);
                                    let noun_of_verb = near
                                        && noun_at(s, *ts) != trig.noun
                                        && e.certainty == ev.certainty
                                        && same_key_as(e, &ev, e.status);
                                    // "continues to furnish Russia with drones and has shipped
                                    // missiles": a second verb with its own auxiliary after
                                    // "and" is a predicate of its own, with its own status
                                    let own_aux = !*ts_nominal
                                        && !nominal
                                        && !trig.noun
                                        && !noun_at(s, *ts)
                                        && e.status != ev.status
                                        && a.end <= b.start
                                        && {
                                            let between = &s.lower_text[a.end..b.start];
                                            [" and has ", " and have ", " and had ", " and will "]
                                                .iter()
                                                .any(|p| between.contains(p))
                                        };
                                    noun_of_verb
                                        || !own_aux
                                            && same_key(e, &ev)
                                            && (e.status == ev.status
                                                || *ts_nominal
                                                || nominal
                                                || same_clause)
                                })
                                .map(|(e, (ts, _))| (e, noun_at(s, *ts)));
                            match dup {
                                Some((e, e_noun)) => {
                                    if e.status == Status::Ongoing || (e_noun && !trig.noun) {
                                        e.status = ev.status;
                                    }
                                    for it in &ev.items {
                                        if !e.items.contains(it) {
                                            e.items.push(*it);
                                        }
                                    }
                                    e.items.sort();
                                    e.span = e.span.cover(&ev.span);
                                    e.evidence = text[e.span.start..e.span.end].to_string();
                                    if e.quantity.is_none() {
                                        e.quantity = ev.quantity;
                                    }
                                    if e.value.is_none() {
                                        e.value = ev.value.clone();
                                    }
                                }
                                None => {
                                    sent_events.push(ev);
                                    sent_triggers.push((tspan, nominal));
                                    sent_buy.push(trig.buy);
                                }
                            }
                        }
                    }
                    Err(why) => {
                        if let Some(t) = tr.as_mut() {
                            t.misses.push(format!(
                                "{} at {:?}: {why}",
                                trig.id,
                                tspan.slice(text).unwrap_or("")
                            ));
                        }
                    }
                }
            }
            // "Iran schicke Russland Drohnen und erwäge, Raketen zu schicken": a second telling
            // of an act by the same giver, without a receiver of its own, goes to the first's
            // receiver, unless its clause names unknown others ("in andere Länder exportiert")
            let others_at = |ts: Span| {
                let c = s.clause_of(ts.start);
                s.cues_in(s.clauses[c], s.clause_end(c))
                    .any(|(_, k)| matches!(k, Cue::Others))
            };
            for (i, (ts, _)) in sent_triggers.iter().enumerate().skip(1) {
                let others = others_at(*ts);
                let (done, rest) = sent_events.split_at_mut(i);
                let e = &mut rest[0];
                if e.recipient.is_none()
                    && !others
                    && e.actor.is_some()
                    && matches!(e.kind, EventType::Supply | EventType::Support)
                    && let Some(prev) = done.iter().rev().find(|p| {
                        p.kind == e.kind
                            && p.actor == e.actor
                            && p.recipient.is_some()
                            && p.status != e.status
                    })
                {
                    e.recipient = prev.recipient.clone();
                }
            }
            // "Systeme in den USA zu kaufen und in die Ukraine zu bringen": a giving act joined
            // to a purchase goes from the buyer, not from the place bought in
            for i in 1..sent_events.len() {
                let (done, rest) = sent_events.split_at_mut(i);
                let e = &mut rest[0];
                let ts = sent_triggers[i].0;
                if e.kind == EventType::Supply
                    && e.actor.is_some()
                    && !sent_buy[i]
                    && let Some((j, prev)) = done.iter().enumerate().rev().find(|(j, p)| {
                        sent_buy[*j]
                            && p.kind == e.kind
                            && p.actor == e.actor
                            && p.recipient.is_some()
                            && p.recipient != e.recipient
                    })
                {
                    let pe = sent_triggers[j].0.end;
                    let joined = pe <= ts.start
                        && s.lower_text[pe..ts.start]
                            .split(|ch: char| !ch.is_alphanumeric())
                            .any(|w| w == "und" || w == "and");
                    if joined {
                        e.actor = prev.recipient.clone();
                    }
                }
            }
            // "Sanktionen gegen den Iran wegen der Drohnenlieferungen an Russland", "designated
            // Chinese firms for supplying Russia": the act a sanction is for is its target's
            for i in 0..sent_events.len() {
                let e = &sent_events[i];
                if !matches!(
                    e.kind,
                    EventType::Supply
                        | EventType::Support
                        | EventType::Training
                        | EventType::Personnel
                ) {
                    continue;
                }
                let ts = sent_triggers[i].0;
                let reason = sent_events
                    .iter()
                    .zip(&sent_triggers)
                    .find(|(se, (st, _))| {
                        se.kind == EventType::Sanction
                            && se.recipient.is_some()
                            && (e.actor.is_none() || e.actor == se.actor)
                            && se.recipient != e.recipient
                            && s.cues.iter().any(|(cs, c)| {
                                // after the sanction: "Sanktionen gegen X wegen der Lieferungen"
                                let after = st.end <= ts.start
                                    && matches!(c, Cue::NpBlock | Cue::Recipient)
                                    && cs.start >= st.end;
                                // before it: "Wegen der Lieferungen an Russland verhängt die EU
                                // Sanktionen gegen den Iran"
                                let before = ts.end <= st.start
                                    && matches!(c, Cue::NpBlock)
                                    && s.clause_of(ts.start) == s.clause_of(st.start);
                                (after || before)
                                    && cs.end <= ts.start
                                    && token_gap(&s.toks, cs.end, ts.start) <= 2
                            })
                    });
                if let Some((se, _)) = reason {
                    let target = se.recipient.clone();
                    sent_events[i].actor = target;
                }
            }
            // "Kanada belegt iranische Firmen mit Sanktionen, weil sie Raketen aus Nordkorea
            // gekauft haben", "the US sanctioned Chinese firms because they sold Russia drone
            // parts": the pronoun subject of a causal clause after a sanction stands for its
            // target, so the imposer (found in the main clause) is no party of the act there
            for i in 0..sent_events.len() {
                let (ts, _) = sent_triggers[i];
                let e = &sent_events[i];
                if e.kind == EventType::Sanction {
                    continue;
                }
                let c_start = s.clauses[s.clause_of(ts.start)];
                let w = clause_words(s, c_start, ts.start);
                let causal = matches!(
                    w,
                    [
                        "weil" | "da" | "because" | "since",
                        "sie" | "er" | "es" | "diese" | "they" | "it" | "he",
                        ..
                    ]
                );
                if !causal {
                    continue;
                }
                let Some(se) = sent_events
                    .iter()
                    .zip(&sent_triggers)
                    .find(|(se, (st, _))| {
                        se.kind == EventType::Sanction
                            && se.actor.is_some()
                            && se.recipient.is_some()
                            && st.end <= c_start
                    })
                    .map(|(se, _)| (se.actor.clone(), se.recipient.clone()))
                else {
                    continue;
                };
                let (imposer, target) = se;
                let e = &mut sent_events[i];
                if e.recipient == imposer {
                    e.recipient = target;
                } else if e.actor == imposer {
                    e.actor = target;
                } else if sent_buy[i] && e.recipient.is_none() {
                    // (the buyer receives)
                    e.recipient = target;
                } else if !sent_buy[i] && e.actor.is_none() {
                    e.actor = target;
                }
            }
            // "Teheran prüft Raketenlieferungen" after two sentences on Iran's deliveries to
            // Russia: a giver's act with no receiver goes to the receiver of its recent act
            for (e, (ts, _)) in sent_events.iter_mut().zip(&sent_triggers) {
                if e.recipient.is_none()
                    && !others_at(*ts)
                    && e.actor.is_some()
                    && e.kind == EventType::Supply
                    && let Some((_, prev)) = ctx.recent().rev().find(|(i, p)| {
                        si - *i <= 2
                            && p.kind == e.kind
                            && p.actor == e.actor
                            && p.recipient.is_some()
                    })
                {
                    e.recipient = prev.recipient.clone();
                }
            }
            // anaphoric items: "die Lieferung", "the aircraft" take the antecedent's items
            // ("the 65th aid package", "a new package": another act, no anaphor)
            // (asked only of the events the test below reaches: no vector of flags)
            let fresh_of = inp.lang == "en" && sent_triggers.len() == sent_events.len();
            for (k, e) in sent_events.iter_mut().enumerate() {
                if e.items.is_empty()
                    && matches!(e.kind, EventType::Supply | EventType::Training)
                    && !(fresh_of && fresh_act(&lower[s.span.start..sent_triggers[k].0.start]))
                    && let Some((_, prev)) = ctx.recent().rev().find(|(i, p)| {
                        si - *i <= 2
                            && !p.items.is_empty()
                            && p.kind == e.kind
                            && p.actor == e.actor
                            && p.recipient == e.recipient
                    })
                {
                    e.items = prev.items.clone();
                }
            }
            // "Peking bestreitet das", "could not verify the claims": a stance on the act
            // just reported restates it
            if sent_events.is_empty()
                && let Some(ev) = stance_event(text, s, si, inp.lang, &attribution, &ctx)
            {
                if let Some(t) = tr.as_mut() {
                    t.fired.push(format!("{} → {}", ev.rule, outcome(&ev)));
                }
                sent_events.push(ev);
            }
            // update context
            if !s.attribution.is_empty() {
                let named = s.attribution.iter().any(|a| a.starts_with("person:"));
                let body = |a: &&String| !a.starts_with("person:") && !a.starts_with('@');
                if s.attribution.iter().any(|a| body(&a)) {
                    ctx.last_body = s.attribution.iter().filter(body).cloned().collect();
                }
                if (named || ctx.last_speaker.is_empty())
                    && !s.attribution.iter().any(|a| a.starts_with('@'))
                {
                    ctx.last_speaker = s.attribution.clone();
                }
            }
            for c in s
                .cands
                .iter()
                .filter(|c| c.head == Head::Firm && !c.speaker)
            {
                ctx.recent_firms.push((si, String::from(&*c.id)));
            }
            ctx.recent_firms.retain(|(i, _)| si - i <= 2);
            if inp.lang == "de" {
                let tw = self.tense_words(inp.lang);
                for c in s.cands.iter().filter(|c| !c.speaker) {
                    let lower = s.lower_text;
                    let before = lower[s.span.start..c.span.start]
                        .split_whitespace()
                        .next_back();
                    // (the words after it are read only after "in"/"im")
                    let made = || {
                        lower[c.span.end..s.span.end]
                            .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
                            .filter(|w| !w.is_empty())
                            .take(4)
                            .any(|w| tw.is(w, Tense::Maker))
                    };
                    if matches!(before, Some("in" | "im")) && made() {
                        ctx.recent_makers.push((si, String::from(&*c.id)));
                    }
                }
                ctx.recent_makers.retain(|(i, _)| si - i <= 2);
            }
            {
                // (the first two parties by first appearance)
                let mut parties = s.cands.iter().filter(|c| !c.speaker).map(|c| &c.id);
                if let Some(first) = parties.next()
                    && let Some(second) = parties.find(|id| ***id != **first)
                {
                    ctx.recent_pairs.push((si, first.clone(), second.clone()));
                }
                ctx.recent_pairs.retain(|(i, _, _)| si - i <= 2);
                // (shared ids: a copy costs no allocation)
                let mut ids: Vec<std::sync::Arc<str>> = Vec::new();
                for c in s
                    .cands
                    .iter()
                    .filter(|c| !c.speaker && c.head != Head::Item)
                {
                    if !ids.contains(&c.id) {
                        ids.push(c.id.clone());
                    }
                }
                ctx.recent_parties.push((si, ids));
                ctx.recent_parties.retain(|(i, _)| si - i <= 2);
            }
            // antecedents for pronouns: the sentence's subject (its first unmarked noun)
            // and the actors of its events, the subject last so that it is found first
            for e in &sent_events {
                if let Some(a) = &e.actor {
                    ctx.recent.push((si, a.clone()));
                }
            }
            if let Some(c) = s.cands.iter().find(|c| {
                !c.speaker
                    && c.marker == Marker::None
                    && matches!(c.head, Head::Noun | Head::Other | Head::Firm)
            }) {
                ctx.recent.push((si, String::from(&*c.id)));
            }

            // the events move to `done`; the context keeps their indices
            let title = si == 0 || inp.sentences[si].headline;
            let first = ctx.done.len();
            ctx.done.append(&mut sent_events);
            for k in first..ctx.done.len() {
                ctx.recent_events.push((si, k));
                if title {
                    ctx.title_events.push(k);
                }
            }
            ctx.recent.retain(|(i, _)| si - i <= 2);
            ctx.recent_events.retain(|(i, _)| si - i <= 2);
            if let (Some(t), Some(tv)) = (tr, trace.as_deref_mut()) {
                tv.push(t);
            }
        }
        if inp.lang == "de" {
            headline_partner(&mut ctx.done, &ctx.title_events);
        }
        // an article that names no military word and no item anywhere (a trade deal,
        // talks on tariffs, a sports "meeting") reports no military cooperation: its
        // "deal", "talks" and "gives" are of other things
        // (a text of one or two sentences has no context to judge its words by: it is
        // taken at its word)
        let judged = sents.len() >= 3;
        let signal: Vec<bool> = if judged {
            sents.iter().map(military_signal).collect()
        } else {
            vec![]
        };
        if judged && !ctx.done.is_empty() && !signal.contains(&true) {
            if let Some(tv) = trace {
                for t in tv.iter_mut() {
                    if !t.fired.is_empty() {
                        t.misses.push(
                            "the article names no military word or item: its events are dropped"
                                .into(),
                        );
                    }
                }
            }
            return vec![];
        }
        // everyday words ("gets", "offered", "talks") stand only with items or next to
        // something military
        if judged && !self.tie.is_empty() {
            let near = |si: usize| {
                signal[si.saturating_sub(1)..(si + 2).min(signal.len())].contains(&true)
            };
            drop_events(
                &mut ctx.done,
                trace.as_deref_mut(),
                "an everyday word with no item and nothing military in its sentence or the ones next to it",
                // (the cheapest test first: a look at two or three flags)
                |e| {
                    !(near(e.sentence)
                        || (!e.items.is_empty() && !plain_items_only(&sents[e.sentence]))
                        || !self.tie.contains(&e.rule))
                },
            );
        }
        drop_civil(&mut ctx.done, &sents, trace.as_deref_mut());
        drop_peace_talks(&mut ctx.done, &sents, trace.as_deref_mut());
        drop_withdrawal(&mut ctx.done, &sents, trace.as_deref_mut());
        drop_exercise_people(&mut ctx.done, &sents, trace.as_deref_mut());
        // "Ukrainian troops fighting in the Kursk region", "Russian troops in Ukraine":
        // people of one side in the land of its enemy fight it; GUIDELINES: personnel are
        // deployed to help another party
        drop_events(
            &mut ctx.done,
            trace.as_deref_mut(),
            "people of a party in the land of its foe fight it, they are not sent to help",
            |e| {
                e.kind == EventType::Personnel
                    && e.actor
                        .as_ref()
                        .zip(e.recipient.as_ref())
                        .is_some_and(|(a, r)| self.foes.contains(&(a.clone(), r.clone())))
            },
        );
        // "UN peacekeepers from Ghana are deployed in Lebanon", "Blauhelme der UN": a
        // mission of the United Nations is no party's help to another (GUIDELINES:
        // personnel are deployed to help another party)
        drop_events(
            &mut ctx.done,
            trace.as_deref_mut(),
            "peacekeepers of the United Nations help no party; the UN gives no materiel",
            |e| {
                e.actor.as_deref() == Some("org:un")
                    && (e.kind == EventType::Personnel
                        || (e.kind == EventType::Supply && e.items.is_empty()))
            },
        );
        // GUIDELINES (decided): "to Yemen" in an article about the Houthis is
        // `org:houthis`; arms, people and help sent to Yemen (or stationed in Sanaa) there go
        // to the group that holds the land
        if sents.iter().any(|s| {
            s.mentions
                .iter()
                .any(|m| m.entity().is_some_and(|e| e.party_id() == "org:houthis"))
        }) {
            for e in ctx.done.iter_mut() {
                if matches!(
                    e.kind,
                    EventType::Supply
                        | EventType::Personnel
                        | EventType::Support
                        | EventType::Training
                ) && e.recipient.as_deref() == Some("YEM")
                    && e.actor.as_deref() != Some("org:houthis")
                {
                    e.recipient = Some("org:houthis".to_string());
                }
            }
        }
        drop_place_meetings(&mut ctx.done, &sents, trace.as_deref_mut());
        drop_bare_supply(&mut ctx.done, trace);
        ctx.done
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze<'r>(
        &self,
        words: &'r WordMatcher<Word>,
        kinds: &[u8],
        text: &'r str,
        lower: &'r str,
        idx: usize,
        span: Span,
        (entities, systems, raw): SentHits<'_>,
        lang: &'r str,
        published: Option<(i32, u32)>,
        published_day: Option<chrono::NaiveDate>,
        surnames: &[(&str, Option<milcoop_analyze::lexicon::Entity>)],
        scratch: &mut Scratch<'r>,
    ) -> Sent<'r> {
        let toks = tokenize(text, span);
        // one pass of the lower-case automaton (`raw`); overlaps are resolved within each kind
        // (the part of each hit, from the engine's table: [`word_kind`])
        let kind = |h: &Hit| usize::from(kinds[h.payload]);
        // (the article's buffers, emptied: see below)
        let Scratch {
            parts,
            items: item_refs,
            roles: role_refs,
            stops: stop_spans,
        } = scratch;
        for &h in raw {
            parts[kind(&h)].push(h);
        }
        // (`longest_non_overlapping` keeps the hits in the vector it is given)
        for part in parts.iter_mut() {
            // (a part of one hit or none has no overlaps)
            if part.len() >= 2 {
                *part = longest_non_overlapping(std::mem::take(part));
            }
        }
        let [items, roles, stops, trig_hits, cue_hits, seat_hits] = &*parts;
        item_refs.extend(payloads(words, items, |w| match w {
            Word::Item(it) => Some(it),
            _ => None,
        }));
        role_refs.extend(payloads(words, roles, |w| match w {
            Word::Role(r) => Some(r),
            _ => None,
        }));
        stop_spans.extend(stops.iter().map(|h| h.span));
        let mut mentions = mention::find_from(
            &self.lex, text, entities, systems, item_refs, role_refs, stop_spans,
        );
        if lang == "en" || lang == "de" {
            the_north(text, &toks, &mut mentions, lang);
            the_council(text, &toks, &mut mentions, lang);
        }
        role_named_persons(text, &mut mentions);
        surname_mentions(text, &toks, &mut mentions, surnames);
        let triggers: Vec<_> = payloads(words, trig_hits, |w| match w {
            // a blocking word has shadowed shorter triggers; it makes no event itself
            Word::Trigger(t) if !t.block => Some(t),
            _ => None,
        })
        .collect();
        let mut cues: Vec<_> = payloads(words, cue_hits, |w| match w {
            Word::Cue(c) => Some(c),
            _ => None,
        })
        .collect();
        if !seat_hits.is_empty() {
            cues.extend(payloads(words, seat_hits, |w| match w {
                Word::Cue(c) => Some(c),
                _ => None,
            }));
            cues.sort_by_key(|(sp, _)| sp.start);
        }
        // the buffers, emptied for the next sentence
        for part in parts.iter_mut() {
            part.clear();
        }
        item_refs.clear();
        role_refs.clear();
        stop_spans.clear();
        // "the No. 2 official", "No 10 Downing Street": the abbreviation of a number,
        // not a negation
        cues.retain(|(sp, c)| {
            !(matches!(c, Cue::Neg) && text[sp.start..sp.end].eq_ignore_ascii_case("no") && {
                let rest = text[sp.end..].strip_prefix('.').unwrap_or(&text[sp.end..]);
                let rest = rest.strip_prefix(' ').unwrap_or(rest);
                rest.starts_with(|c: char| c.is_ascii_digit())
            })
        });
        // "in May" is the month, not the modal: a capitalised "May" inside a sentence
        cues.retain(|(sp, _)| {
            !(sp.start > span.start
                && &text[sp.start..sp.end] == "May"
                && !text[span.start..sp.start]
                    .trim_end()
                    .ends_with(['"', '“', ':']))
        });

        // clause starts: punctuation and clause words
        let mut clauses = Vec::with_capacity(8);
        clauses.push(span.start);
        let stext = &text[span.start..span.end];
        // a short aside in brackets ("(«Launcher»)", "(SPD)") does not open a clause
        let aside_end = |i: usize| -> Option<usize> {
            let rest = &stext[i + 1..];
            let j = rest.find(')')?;
            let inner = &rest[..j];
            (!inner.contains([',', ';', ':', '.', '(']) && inner.split_whitespace().count() <= 3)
                .then_some(i + 1 + j + 1)
        };
        let sb = stext.as_bytes();
        let mut i = 0;
        while i < sb.len() {
            // the next byte that may open a clause: these ASCII marks or a non-ASCII character
            i = next_clause_byte(sb, i);
            if i >= sb.len() {
                break;
            }
            let b = sb[i];
            // ASCII bytes as they are; other characters decoded at their first byte only
            let c = if b < 0x80 {
                b as char
            } else {
                stext[i..].chars().next().unwrap_or(' ')
            };
            // a comma inside a number ("3,000 troops", "1,5 Milliarden") opens no clause
            if c == ','
                && i > 0
                && stext.as_bytes()[i - 1].is_ascii_digit()
                && stext.as_bytes().get(i + 1).is_some_and(u8::is_ascii_digit)
            {
                i += 1;
                continue;
            }
            // "the Armenian, Emirati and Kyrgyz firms": a comma within a list of party
            // adjectives opens no clause
            if c == ','
                && [true, false].iter().all(|&before| {
                    let at = span.start + i;
                    mentions.iter().any(|m| {
                        is_party_adjective(m)
                            && if before {
                                m.span.end == at
                            } else {
                                text[at + 1..].starts_with(' ') && m.span.start == at + 2
                            }
                    })
                })
            {
                i += 1;
                continue;
            }
            if c == '('
                && let Some(e) = aside_end(i)
            {
                i = e;
                continue;
            }
            // a spaced hyphen stands for a dash ("Kiew (dpa) - Der Iran …")
            if c == '-' {
                if stext[..i].ends_with(' ') && stext[i + 1..].starts_with(' ') {
                    clauses.push(span.start + i + 1);
                }
                i += 1;
                continue;
            }
            // "hat Russland nicht nur Granaten, sondern auch Raketen geliefert": the comma
            // before "sondern" joins two objects of one verb, it opens no clause
            if c == ','
                && lower[span.start + i + 1..span.end]
                    .trim_start()
                    .starts_with("sondern auch ")
            {
                i += 1;
                continue;
            }
            if matches!(c, ',' | ';' | ':' | '(' | ')' | '–' | '—') || (is_quote(c) && i > 0) {
                clauses.push(span.start + i + c.len_utf8());
            }
            i += 1;
        }
        for (s, c) in &cues {
            if matches!(c, Cue::Clause) {
                clauses.push(s.start);
            }
        }
        // one pass over the words: clause words, and for the sentence's triggers a word
        // for "each" ("jeweils", "per": the money named is no total), "soll" and "zu"
        let (mut per_unit, mut soll, mut zu) = (false, false, false);
        for t in &toks {
            match &lower.as_bytes()[t.span.start..t.span.end] {
                b"dass" | b"that" | b"wonach" | b"whether" | b"ob" => clauses.push(t.span.start),
                b"jeweils" | b"each" | b"per" | b"apiece" | b"pro" | b"st\xc3\xbcck" => {
                    per_unit = true
                }
                b"soll" | b"sollen" | b"solle" => soll = true,
                b"zu" => zu = true,
                _ => {}
            }
        }
        clauses.sort_unstable();
        clauses.dedup();
        let per_unit = per_unit && !triggers.is_empty();
        let soll = soll && !triggers.is_empty();
        let cue_kinds = cues.iter().fold(0, |m, (_, c)| m | c.kind_bit());
        let mut s = Sent {
            per_unit,
            soll,
            zu,
            idx,
            span,
            toks,
            mentions,
            triggers,
            cues,
            cue_kinds,
            clauses,
            cands: vec![],
            attribution: vec![],
            numbers: std::cell::OnceCell::new(),
            times: std::cell::OnceCell::new(),
            text,
            lang,
            published,
            published_day,
            lower_text: lower,
            words: std::cell::OnceCell::new(),
            wbits: std::cell::OnceCell::new(),
            tok_memo: std::cell::Cell::new((usize::MAX, 0)),
            headline: false,
        };
        s.cands = self.candidates(text, lower, &s);
        self.speakers(text, &mut s, lang == "en");
        s
    }
}

#[cfg(test)]
mod tests;
