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

    /// Party candidates with their markers and heads.
    fn candidates(&self, text: &str, lower: &str, s: &Sent) -> Vec<Cand> {
        // (at most one candidate per mention: one allocation)
        let mut out = Vec::with_capacity(s.mentions.len());
        for (mi, m) in s.mentions.iter().enumerate() {
            let MentionKind::Party { entity, form } = &m.kind else {
                continue;
            };
            if !entity.kind.can_be_party() {
                continue;
            }
            // "das deutsch-französische Unternehmen KNDS", "Airbus": a firm of no one state
            // acts for no party the guidelines name
            if entity.kind == EntityKind::Company && entity.state.is_none() {
                continue;
            }
            // a person of no known state (a name read after a title) only speaks
            if entity.kind == EntityKind::Person && entity.state.is_none() {
                continue;
            }
            // "Luxemburg (dpa) - Die EU hat …", "Brüssel - Bereits …": a dateline names where
            // the report was filed, not a party
            // (all whitespace: the same test as an empty trim, stopping at the first
            // other character)
            if text[s.span.start..m.span.start]
                .chars()
                .all(char::is_whitespace)
                && is_dateline(&text[m.span.end..s.span.end])
            {
                continue;
            }
            // marker: the nearest marker cue before, with at most 3 lower-case words between
            let mut marker = Marker::None;
            // (tokens are in text order: those ending before the mention are a prefix)
            let before_toks = &s.toks[..s.toks.partition_point(|t| t.span.end <= m.span.start)];
            // "dass es Russland Munition lieferte", "Man habe Russland Drohnen überlassen": a
            // party named right after a nominative pronoun is its object, the dative
            // (a one-word pronoun cue: "er", "es", "sie", "wir", "man"), also over the
            // finite verb of a clause it opens ("Er habe Russland Drohnen überlassen")
            let pron_tok = |t: &Token| {
                s.cue_kinds & (cue_kind::PRON | cue_kind::OWN_PRON) != 0
                    && s.cues_at(t.span)
                        .any(|c| matches!(c, Cue::Pron(_) | Cue::OwnPron(_)))
            };
            let after_subj_pron = s.lang == "de"
                && *form == PartyKind::Noun
                && match before_toks {
                    [.., t] if pron_tok(t) => lower[t.span.end..m.span.start].trim().is_empty(),
                    [rest @ .., p, v] if pron_tok(p) => {
                        let opens = rest.last().is_none_or(|b| {
                            b.span.end <= s.span.start
                                || text[b.span.end..p.span.start]
                                    .contains([',', ';', ':', '"', '„', '“', '«', '»'])
                        }) || p.span.start == s.span.start;
                        let verb = &lower[v.span.start..v.span.end];
                        // (an auxiliary or modal, or the act's own verb: "Wir verurteilen
                        // Nordkorea dafür, dass …" keeps its object for the clause after it)
                        let aux_or_act =
                            s.cues.iter().any(|(cs, c)| {
                                *cs == v.span && matches!(c, Cue::Status(_) | Cue::Hedge(_))
                            }) || s.triggers.iter().any(|(ts, _)| ts.overlaps(&v.span));
                        opens
                            && aux_or_act
                            && text[v.span.start..].starts_with(char::is_lowercase)
                            && !matches!(verb, "und" | "oder" | "sowie" | "noch")
                            && lower[p.span.end..m.span.start]
                                .chars()
                                .all(|c| c.is_alphanumeric() || c == ' ')
                    }
                    _ => false,
                };
            if after_subj_pron {
                marker = Marker::Dative;
            }
            let mut between = 0usize;
            for t in before_toks.iter().rev().take_while(|_| !after_subj_pron) {
                let w = &lower[t.span.start..t.span.end];
                // "pleased to say that Biden …": a one-word clause opener ends the search
                if s.cue_kinds & cue_kind::CLAUSE != 0
                    && s.cues_at(t.span).any(|c| matches!(c, Cue::Clause))
                {
                    break;
                }
                let cue = s.cues_of(MARKER_CUES).find(|(cs, c)| {
                    cs.end == t.span.end
                        && matches!(
                            c,
                            Cue::Recipient
                                | Cue::Target
                                | Cue::Actor
                                | Cue::With
                                | Cue::Dative
                                | Cue::Via
                        )
                });
                if let Some((_, c)) = cue {
                    let mk = match c {
                        Cue::Recipient => Marker::Recipient,
                        Cue::Target => Marker::Target,
                        Cue::Actor => Marker::Actor,
                        Cue::With => Marker::With,
                        Cue::Dative => Marker::Dative,
                        Cue::Via => Marker::Via,
                        _ => Marker::None,
                    };
                    if mk == Marker::Dative {
                        // "aus dem Iran": a preposition before the article wins
                        marker = Marker::Dative;
                        continue;
                    }
                    if mk != Marker::None {
                        marker = mk;
                        break;
                    }
                }
                if matches!(w, "in" | "im" | "at" | "inside" | "within") {
                    // "die Regierung in Minsk", "the government in Kyiv": the seat names its state
                    let seat = s.cues_of(cue_kind::SEAT).any(|(cs, c)| {
                        matches!(c, Cue::Seat)
                            && cs.end < t.span.start
                            && token_gap(&s.toks, cs.end, t.span.start) == 0
                    });
                    // "through shell companies in Armenia", "über Firmen in Kasachstan": the
                    // place of the go-betweens a route passes through is on the route too
                    let route = s.cues_of(cue_kind::VIA).any(|(cs, c)| {
                        matches!(c, Cue::Via)
                            && matches!(
                                &lower[cs.start..cs.end],
                                "über" | "via" | "through" | "by way of"
                            )
                            && cs.end <= t.span.start
                            && token_gap(&s.toks, cs.end, t.span.start) <= 3
                            && !text[cs.end..t.span.start].contains([',', ';', ':', '.'])
                            && !s.mentions.iter().any(|x| {
                                x.span.start >= cs.end
                                    && x.span.end <= t.span.start
                                    && matches!(x.kind, MentionKind::Party { .. })
                            })
                    });
                    if route {
                        marker = Marker::Via;
                    } else if !seat {
                        marker = Marker::Loc;
                    }
                    break;
                }
                if marker == Marker::Dative {
                    break;
                }
                if (w == "der"
                    && between <= 2
                    && is_feminine(mention_word(text, m.span))
                    && t.span.start > s.span.start)
                    || (w == "den"
                        && between == 0
                        && is_plural_country(&text[m.span.start..m.span.end]))
                {
                    // a dative article; a preposition before it still wins ("von der Bundesregierung")
                    marker = Marker::Dative;
                    continue;
                }
                let tt = &text[t.span.start..t.span.end];
                let lowercase_word = tt.chars().next().is_some_and(|c| c.is_lowercase());
                // other party mentions (adjectives in "der russische Außenminister") do not block;
                // a party name does: the marker is its own ("der von Russland angegriffenen Ukraine")
                // (one pass over the mentions for both)
                let (mut is_mention, mut is_party_name) = (false, false);
                for x in s.mentions.iter().filter(|x| x.span.overlaps(&t.span)) {
                    is_mention = true;
                    if matches!(
                        &x.kind,
                        MentionKind::Party {
                            form: PartyKind::Noun,
                            ..
                        }
                    ) {
                        is_party_name = true;
                        break;
                    }
                }
                if is_party_name {
                    // a coordination carries the marker on ("to either Ukraine or Russia")
                    let coordinated = lower[t.span.end..m.span.start]
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .all(|w| {
                            matches!(
                                w,
                                "und" | "and" | "or" | "oder" | "sowie" | "nor" | "the" | "die"
                            )
                        });
                    if !coordinated {
                        break;
                    }
                }
                between += 1;
                if between > 3 || !(lowercase_word || is_mention) {
                    break;
                }
                // a separating punctuation stops the search
                if text[t.span.end..m.span.start].contains([',', ';', ':', '.']) {
                    break;
                }
            }
            // "before they reached Russia", "arrived in Ukraine", "bevor sie Russland
            // erreichten", "in der Ukraine eintrafen": the destination of a verb of motion is
            // where the things given go, so it receives (in a sentence with an act of giving)
            if *form != PartyKind::Adjective
                && matches!(marker, Marker::None | Marker::Loc)
                && motion_destination(s, m.span)
                && s.triggers.iter().any(|(_, tg)| {
                    !tg.block && matches!(tg.frame, Frame::Give | Frame::Receive | Frame::With)
                })
            {
                marker = Marker::Recipient;
            }
            // head of an adjective: the next few tokens
            let head = if *form == PartyKind::Adjective {
                let mut h = Head::Other;
                let first_after = s.toks.partition_point(|t| t.span.start < m.span.end);
                let after = &s.toks[first_after..(first_after + 3).min(s.toks.len())];
                // a hyphen compound: the head is the rest of the same word ("US-Hersteller")
                let compound = text[m.span.end..].starts_with('-');
                // "Iranian-made drones", "in China produzierte": an origin compound qualifies
                // the noun after it, like a plain adjective
                let origin_compound = compound && {
                    let rest: String = lower[m.span.end + 1..]
                        .chars()
                        .take_while(|c| c.is_alphanumeric())
                        .collect();
                    matches!(
                        rest.as_str(),
                        "made"
                            | "built"
                            | "produced"
                            | "designed"
                            | "supplied"
                            | "origin"
                            | "manufactured"
                            | "type"
                    )
                };
                let compound = compound && !origin_compound;
                // "Chinese-made attack and reconnaissance drones": what is made is an item,
                // however far its noun
                if origin_compound {
                    h = Head::Item;
                }
                for (k, t) in after.iter().enumerate() {
                    let is_item = s.mentions.iter().any(|x| {
                        x.span.overlaps(&t.span) && matches!(x.kind, MentionKind::Item { .. })
                    }) || (compound
                        && s.mentions.iter().enumerate().any(|(xi, x)| {
                            xi != mi
                                && matches!(x.kind, MentionKind::Item { .. })
                                && x.span.start >= m.span.end
                                && x.span.start <= m.span.end + 1
                        }));
                    let is_people = s
                        .cues
                        .iter()
                        .any(|(cs, c)| matches!(c, Cue::Person) && cs.overlaps(&t.span))
                        || s.triggers.iter().any(|(ts, tg)| {
                            tg.frame == Frame::Deploy && tg.noun && ts.overlaps(&t.span)
                        });
                    let is_role = s.mentions.iter().any(|x| {
                        x.span.overlaps(&t.span) && matches!(x.kind, MentionKind::Role { .. })
                    });
                    let is_firm = s
                        .cues
                        .iter()
                        .any(|(cs, c)| matches!(c, Cue::Firm) && cs.overlaps(&t.span));
                    if is_firm {
                        h = Head::Firm;
                        break;
                    }
                    if is_people {
                        h = Head::People;
                        break;
                    }
                    if is_role {
                        h = Head::Noun;
                        break;
                    }
                    if is_item {
                        h = Head::Item;
                        // "Chinese drone experts": people after the item word win
                        continue;
                    }
                    let tt = &text[t.span.start..t.span.end];
                    let starts_upper = tt.chars().next().is_some_and(|c| c.is_uppercase());
                    if (starts_upper || k >= 1) && h == Head::Other && !compound {
                        break;
                    }
                    if compound {
                        break;
                    }
                }
                h
            } else if entity.kind == EntityKind::Organ
                && s.toks.iter().any(|t| {
                    // the mention's last word ("French troops") or the word right after it
                    let last = t.span.end == m.span.end;
                    let next = t.span.start >= m.span.end
                        && token_gap(&s.toks, m.span.end, t.span.start) == 0;
                    (last || next)
                        && s.cues_of(cue_kind::PERSON)
                            .any(|(cs, c)| matches!(c, Cue::Person) && cs.overlaps(&t.span))
                })
            {
                // "Russian military instructors", "French troops": people of the body
                Head::People
            } else if (entity.kind == EntityKind::Company || {
                // "US weaponry", "UK missiles": an abbreviated name used as an adjective
                let surface = &text[m.span.start..m.span.end];
                surface.len() <= 4
                    && surface.chars().all(|c| c.is_ascii_uppercase() || c == '.')
                    && !s.triggers.iter().any(|(ts, _)| {
                        ts.end <= m.span.start && token_gap(&s.toks, ts.end, m.span.start) <= 1
                    })
                    // "the US aircraft carrier" takes part itself
                    && before_toks
                        .last()
                        .is_none_or(|t| lower[t.span.start..t.span.end] != *"the")
            }) && s
                .toks
                .iter()
                .find(|t| t.span.start >= m.span.end)
                .is_some_and(|t| {
                    s.mentions.iter().any(|x| {
                        x.span.overlaps(&t.span) && matches!(x.kind, MentionKind::Item { .. })
                    })
                })
            {
                // "Lockheed Martin radars": a maker named before its product, as an adjective
                Head::Item
            } else {
                Head::Noun
            };
            // "der von Russland angegriffenen Ukraine": the agent of an attributive
            // participle is no party of the act
            if marker == Marker::Actor
                && let Some(next) = s.toks.iter().find(|t| t.span.start >= m.span.end)
            {
                let w = &lower[next.span.start..next.span.end];
                let participle = (w.starts_with("ge")
                    || w.contains("ge")
                    || w.ends_with("ierten")
                    || w.ends_with("ierte"))
                    && (w.ends_with("ten")
                        || w.ends_with("enen")
                        || w.ends_with("te")
                        || w.ends_with("ene"))
                    && text[next.span.start..].starts_with(|c: char| c.is_lowercase());
                // ("die von der Bundesregierung geplante Lieferung": the agent of a
                // participle on an act's noun does the act)
                let on_act = s
                    .toks
                    .iter()
                    .find(|t| t.span.start >= next.span.end)
                    .is_some_and(|t| {
                        s.triggers
                            .iter()
                            .any(|(ts, tg)| ts.overlaps(&t.span) && !tg.block)
                    });
                // ("die von Iran gelieferten Drohnen": a participle that is itself an act
                // keeps its agent as that act's giver)
                let own_act = s
                    .triggers
                    .iter()
                    .any(|(ts, tg)| ts.overlaps(&next.span) && !tg.block && !tg.noun);
                if participle
                    && !on_act
                    && !own_act
                    && token_gap(&s.toks, m.span.end, next.span.start) == 0
                {
                    continue;
                }
            }
            // "jemenitischer Houthi-Miliz", "russischen Außenminister Lawrow": the adjective
            // qualifies the party noun after it

            if *form == PartyKind::Adjective {
                let next_party = s.mentions.iter().find(|x| {
                    x.span.start >= m.span.end
                        && matches!(
                            &x.kind,
                            MentionKind::Party {
                                form: PartyKind::Noun,
                                ..
                            }
                        )
                        && token_gap(&s.toks, m.span.end, x.span.start) <= 1
                        && !text[m.span.end..x.span.start].contains([',', ';', ':', '.'])
                });
                // ("Russian and Belarusian troops": two adjectives of one noun are two parties)
                // ("the Iran-backed Houthis": a party fused to a participle of an act is that
                // act's side, not a qualifier of the party after it)
                let fused_participle = s.lang == "en" && lower[m.span.end..].starts_with('-') && {
                    let rest: String = lower[m.span.end + 1..]
                        .chars()
                        .take_while(|c| c.is_alphabetic())
                        .collect();
                    rest.ends_with("ed")
                        && s.triggers
                            .iter()
                            .any(|(ts, tg)| ts.start == m.span.end + 1 && !tg.block)
                };
                if !fused_participle
                    && next_party.is_some_and(|x| !coordinated_adjectives(lower, m.span, x.span))
                {
                    continue;
                }
            }
            // a qualified go-between is a side, not a route ("via a Russian intermediary");
            // a qualified place stays a route ("über die syrisch-libanesische Grenze")
            if marker == Marker::Via && matches!(head, Head::People | Head::Firm | Head::Item) {
                marker = Marker::None;
            }
            // "Kyiv's Western backers have sent tanks", "Ukraine's allies delivered": the
            // allies of a party act for it, not as it; the party is the one helped
            if s.lang == "en"
                && *form == PartyKind::Genitive
                && marker == Marker::None
                && s.toks
                    .iter()
                    .filter(|t| t.span.start >= m.span.end)
                    .map(|t| &lower[t.span.start..t.span.end])
                    .filter(|w| !matches!(*w, "'s" | "’s" | "s" | "'" | "’"))
                    .take(2)
                    .any(|w| {
                        matches!(
                            w,
                            "allies" | "backers" | "partners" | "supporters" | "sponsors"
                        )
                    })
            {
                // (named again as the one who receives, "… sent tanks to Ukraine": no party here)
                let pid = entity.party_id();
                if s.mentions.iter().any(|x| {
                    x.span.start >= m.span.end
                        && matches!(&x.kind, MentionKind::Party { entity: e, .. } if e.party_id() == pid)
                }) {
                    continue;
                }
                marker = Marker::Recipient;
            }
            // "die Sanktionen der Europäischen Union", "die Lieferungen des Iran": an article
            // between a noun and a party name makes a genitive, not a dative
            let noun_genitive = *form == PartyKind::Noun && {
                // (the two tokens before the mention: `near` right before it)
                match before_toks {
                    [.., far, near] => {
                        matches!(&lower[near.span.start..near.span.end], "der" | "des")
                            && far.span.start > s.span.start
                            && text[far.span.start..].starts_with(|c: char| c.is_uppercase())
                            && text[far.span.end..m.span.start]
                                .chars()
                                .all(|c| c.is_alphanumeric() || c.is_whitespace())
                            && !s.mentions.iter().any(|x| x.span.overlaps(&far.span))
                    }
                    _ => false,
                }
            };
            if noun_genitive && matches!(marker, Marker::Dative | Marker::None) {
                marker = Marker::None;
            }
            let noun_genitive = noun_genitive && marker == Marker::None;
            // "Trump withheld US military aid to Ukraine": a party name ("US military") that
            // runs into a trigger ("military aid") stands before the act, as its modifier
            let span =
                match s.triggers.iter().find(|(ts, _)| {
                    s.lang == "en" && ts.start > m.span.start && ts.start < m.span.end
                }) {
                    Some((ts, _)) => {
                        let end = m.span.start + text[m.span.start..ts.start].trim_end().len();
                        Span::new(m.span.start, end)
                    }
                    None => m.span,
                };
            out.push(Cand {
                span,
                id: entity.state.clone().unwrap_or_else(|| entity.id.clone()),
                marker,
                head,
                clause: s.clause_of(m.span.start),
                speaker: false,
                // "des russischen Angriffskrieges": an adjective in a genitive phrase is no subject
                genitive: *form == PartyKind::Genitive
                    || noun_genitive
                    || (*form == PartyKind::Adjective
                        && head == Head::Other
                        && before_toks.last().is_some_and(|t| {
                            matches!(
                                &lower[t.span.start..t.span.end],
                                "des" | "eines" | "seines" | "ihres" | "dieses"
                            )
                        })),
                chain: out.len(),
            });
        }
        // a listing after a route's place is on the route too ("through shell companies in
        // Armenia, the United Arab Emirates and Kyrgyzstan")
        for i in 1..out.len() {
            if out[i - 1].marker == Marker::Via && out[i].marker == Marker::None {
                let gap = &lower[out[i - 1].span.end..out[i].span.start];
                let listed = gap
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .all(|w| {
                        matches!(
                            w,
                            "and" | "und" | "or" | "oder" | "sowie" | "the" | "die" | "den"
                        )
                    });
                if listed && !gap.contains([';', ':', '.']) {
                    out[i].marker = Marker::Via;
                }
            }
        }
        // "Beim NATO-Gipfel in Washington sagten Deutschland und die Niederlande der Ukraine
        // … zu", "Beim Ramstein-Treffen sagte Deutschland …": the parties of a German phrase
        // of occasion (a meeting noun after "beim", "bei dem", "auf dem", "während des")
        // name where it happened; like a route, they are no side of another act (meetings
        // keep them) where the clause has a bare party of its own outside the phrase
        if s.lang == "de" {
            let venues = german_venues(s, lower);
            if !venues.is_empty() {
                let inside = |c: &Cand| {
                    venues
                        .iter()
                        .any(|v| v.start <= c.span.start && c.span.end <= v.end)
                };
                let has_own = |c: &Cand| {
                    out.iter().any(|o| {
                        o.clause == c.clause
                            && o.marker == Marker::None
                            && o.head == Head::Noun
                            && !o.speaker
                            && !inside(o)
                    })
                };
                let marks: Vec<usize> = (0..out.len())
                    .filter(|&i| inside(&out[i]) && has_own(&out[i]))
                    .collect();
                for i in marks {
                    out[i].marker = Marker::Via;
                }
            }
        }
        for i in (1..out.len()).rev() {
            let raw = lower[out[i - 1].span.end..out[i].span.start].trim();
            // "sanctions on Chinese and Iranian firms": two party adjectives joined by a
            // conjunction share the firm noun after the second, and so its head (so too
            // item and people nouns: "Iranian and North Korean arms", "iranische und
            // nordkoreanische Drohnen"; a list too, from its last: "Armenian, Emirati and
            // Kyrgyz firms")
            if matches!(
                raw,
                "and" | "or" | "und" | "oder" | "," | ", and" | ", or" | ", und" | ", oder"
            ) && out[i - 1].head == Head::Other
                && matches!(out[i].head, Head::Firm | Head::Item | Head::People)
                && [out[i - 1].span, out[i].span].iter().all(|sp| {
                    s.mentions
                        .iter()
                        .any(|x| x.span.start == sp.start && is_party_adjective(x))
                })
            {
                out[i - 1].head = out[i].head;
            }
        }
        // coordination chains
        let mut conj_chains: Vec<usize> = Vec::new();
        for i in 1..out.len() {
            let raw = lower[out[i - 1].span.end..out[i].span.start].trim();
            let gap = raw.trim_start_matches(',').trim();
            let gap = gap
                .strip_suffix(" the")
                .or_else(|| gap.strip_suffix(" die"))
                .or_else(|| gap.strip_suffix(" der"))
                .unwrap_or(gap)
                .trim();
            // adjacent nouns are no coordination ("liefert Belarus Russland Panzer")
            // "in den Emiraten und in Indien", "an Polen und an die Ukraine": a repeated
            // preposition (the same marker on both) after the conjunction
            let repeated = out[i].marker == out[i - 1].marker
                && out[i].marker != Marker::None
                && gap.split_once(' ').is_some_and(|(c, rest)| {
                    matches!(c, "und" | "and" | "sowie" | "or" | "oder")
                        && !rest.is_empty()
                        && rest.split(' ').count() <= 2
                });
            let joined = (matches!(gap, "und" | "and" | "sowie" | "or" | "oder" | "as well as")
                || repeated
                || (raw.starts_with(',') && matches!(gap, "" | "the" | "die" | "der")))
                && !lower[out[i - 1].span.end..out[i].span.start]
                    .contains(['.', ';', ':', '(', ')'])
                && out[i].head == out[i - 1].head;
            if joined {
                out[i].chain = out[i - 1].chain;
                if !raw.starts_with(',')
                    || (!gap.is_empty() && !matches!(gap, "the" | "die" | "der"))
                {
                    conj_chains.push(out[i].chain);
                }
            }
        }
        // a list ends with "and" ("Germany, the Netherlands and Italy"); commas alone
        // join clauses, not parties ("If China supplies Russia, the US will …")
        for (i, c) in out.iter_mut().enumerate() {
            if !conj_chains.contains(&c.chain) {
                c.chain = i;
            }
        }
        out
    }

    /// Finds the speakers of reporting verbs and source markers; marks their
    /// mentions as speakers (not parties) and fills the sentence attribution.
    fn speakers(&self, text: &str, s: &mut Sent, english: bool) {
        let mut attribution: Vec<String> = Vec::new();
        let mut speaker_spans: Vec<Span> = Vec::new();
        let reports: Vec<(Span, Cue, bool)> = s
            .cues_of(
                cue_kind::REPORT
                    | cue_kind::SOURCE_NEXT
                    | cue_kind::SOURCE_PREV
                    | cue_kind::CITE
                    | cue_kind::HEDGE,
            )
            .filter_map(|(sp, c)| match c {
                Cue::Report(_) | Cue::SourceNext | Cue::SourcePrev | Cue::Cite => {
                    Some((*sp, (*c).clone(), true))
                }
                // "The Netherlands has not yet confirmed the delivery": who does not confirm
                // is a source of the unconfirmed claim (not a passive "has not been confirmed")
                Cue::Hedge(Certainty::Unconfirmed) if english => {
                    let w = &s.lower_text[sp.start..sp.end];
                    ((w.contains("confirm") || w.contains("verif"))
                        && w.contains("not")
                        && !w.contains("been")
                        && !w.starts_with("un"))
                    .then_some((*sp, Cue::Report(true), false))
                }
                _ => None,
            })
            .collect();
        // `marks`: the speaker's mention is no party of the act (false where the one who
        // does not confirm is also the one said to act)
        for (rs, cue, marks) in reports {
            // "Die Niederlande sagen Kiew Jets zu": a separable verb whose particle closes
            // the clause is the act, not a report
            let separable = s.triggers.iter().any(|(ts, tg)| {
                *ts == rs
                    && tg.particle.as_ref().is_some_and(|p| {
                        let end = s.clause_end(s.clause_of(rs.start));
                        s.toks
                            .iter()
                            .rev()
                            .find(|t| t.span.end <= end)
                            .is_some_and(|t| s.lower_of(t) == *p)
                            || particle_before_value(s, s.lower_text, rs, end, p)
                    })
            });
            if separable || (english && adds_to(s, rs)) {
                continue;
            }
            // "The company was added to the sanctions list", "sanctions on North Korean
            // dealers were announced": a passive reporting verb has no speaker before it
            // (but "was quoted as saying", "was cited by")
            if english
                && matches!(cue, Cue::Report(_))
                && let Some(i) = tok_index(s, rs)
                && i > 0
                && matches!(
                    sent_words(s)[i - 1],
                    "was" | "were" | "been" | "being" | "is" | "are" | "be"
                )
                && !sent_words(s)[i].starts_with("quot")
                && !sent_words(s)[i].starts_with("cit")
            {
                continue;
            }
            // "firms accused of supplying": a passive participle right before "of" names
            // the accused, no accuser who speaks
            if english
                && s.lower_text[rs.start..rs.end].starts_with("accused")
                && s.lower_text[rs.end..].trim_start().starts_with("of ")
            {
                continue;
            }
            // German "so" reports only after a comma (", so Kirby"), not in "so bestrebt"
            if s.lower_text[rs.start..rs.end] == *"so"
                && !text[..rs.start].trim_end().ends_with(',')
            {
                continue;
            }

            let after: Vec<&Mention> = s
                .mentions
                .iter()
                .filter(|m| m.span.start >= rs.end && !matches!(m.kind, MentionKind::Item { .. }))
                .filter(|m| {
                    token_gap(&s.toks, rs.end, m.span.start) <= 3
                        || (english
                            && matches!(cue, Cue::SourceNext | Cue::Cite)
                            && source_np(&s.lower_text[rs.end..m.span.start]))
                })
                .collect();
            // "sagte, dass Russland…": after a comma or a clause word comes the content, not the speaker
            let after_blocked = after.first().is_none_or(|m| {
                text[rs.end..m.span.start].contains([',', ';', ':', '.', '„', '“', '"'])
                    || s.cues_of(cue_kind::CLAUSE).any(|(cs, c)| {
                        matches!(c, Cue::Clause) && cs.start >= rs.end && cs.end <= m.span.start
                    })
            });
            // English puts the speaker after the verb only at the end of a clause
            // ("…, said Kirby." but not "said Tehran had not provided")
            let after_blocked = after_blocked
                || (english
                    && matches!(cue, Cue::Report(_))
                    && after.first().is_some_and(|m| {
                        let rest = text[m.span.end..s.span.end].trim_start();
                        let next_word = rest.split_whitespace().next().unwrap_or("");
                        let clause_end = rest.is_empty()
                            || rest.starts_with(|c: char| ".,;:!?\"“”'’)".contains(c))
                            || matches!(
                                next_word,
                                "on" | "in" | "at" | "to" | "of" | "and" | "who" | "told"
                            );
                        !(clause_end || matches!(m.kind, MentionKind::Role { .. }))
                    }));
            // "The ministry said Russian and Chinese warships had completed a patrol": party
            // adjectives right after the verb open the content clause; they name a speaker only
            // on a source noun or a role ("said Russian officials", "said the Iranian minister")
            let after_blocked = after_blocked
                || (english
                    && matches!(cue, Cue::Report(_))
                    && after.first().is_some_and(|m| {
                        is_party_adjective(m) && {
                            // the noun after the adjectives ("Russian and Chinese warships")
                            let mut end = m.span.end;
                            for x in after.iter().skip(1) {
                                let gap = s.lower_text[end..x.span.start].trim();
                                if matches!(gap, "" | "and" | "," | "or") {
                                    end = x.span.end;
                                } else {
                                    break;
                                }
                            }
                            let noun = s.toks.iter().find(|t| t.span.start >= end);
                            !noun.is_some_and(|t| {
                                s.cues_of(cue_kind::SOURCE)
                                    .any(|(cs, c)| matches!(c, Cue::Source) && cs.overlaps(&t.span))
                                    || s.mentions.iter().any(|x| {
                                        matches!(x.kind, MentionKind::Role { .. })
                                            && x.span.overlaps(&t.span)
                                    })
                            })
                        }
                    }));
            // German inversion puts a noun after the verb ("bestätigte das Ministerium"); an
            // adjective there qualifies the object ("bestätigte den Erhalt iranischer Raketen")
            let after_blocked = after_blocked
                || (!english
                    && matches!(cue, Cue::Report(_))
                    && after.first().is_some_and(|m| {
                        is_party_adjective(m)
                            && s.toks.iter().any(|t| {
                                // a noun between: "bestätigte den Erhalt iranischer", not
                                // "berichtet eine ukrainische Militärquelle"
                                t.span.start >= rs.end
                                    && t.span.end <= m.span.start
                                    && text[t.span.start..].starts_with(char::is_uppercase)
                            })
                            && !after.get(1).is_some_and(|r| {
                                // "sagte ein russischer Sprecher", "meldete die belarussische
                                // Staatsagentur Belta": the adjective qualifies the speaker
                                r.span.start < m.span.end
                                    || token_gap(&s.toks, m.span.end, r.span.start) <= 1
                            })
                    }));
            let after: Vec<&Mention> =
                if after_blocked && !matches!(cue, Cue::SourceNext | Cue::Cite) {
                    vec![]
                } else {
                    after
                };
            let before: Vec<&Mention> = s
                .mentions
                .iter()
                .filter(|m| m.span.end <= rs.start && !matches!(m.kind, MentionKind::Item { .. }))
                .filter(|m| token_gap(&s.toks, m.span.end, rs.start) <= 4)
                .collect();
            // the subject right before the verb: nothing but a role phrase in between
            let before: Vec<&Mention> = match before.last() {
                Some(m) => {
                    let gap = &text[m.span.end..rs.start];
                    let role_between = s.mentions.iter().any(|x| {
                        matches!(x.kind, MentionKind::Role { .. })
                            && x.span.start >= m.span.end
                            && x.span.end <= rs.start
                    });
                    let clause_between = s.cues_of(cue_kind::CLAUSE).any(|(cs, c)| {
                        matches!(c, Cue::Clause) && cs.start >= m.span.end && cs.end <= rs.start
                    });
                    if (gap.contains([',', ';', ':', '.', '„', '“', '"', '»', '«'])
                        && !role_between)
                        || clause_between
                    {
                        vec![]
                    } else {
                        before
                    }
                }
                None => before,
            };
            let pron_after = s.cues_of(cue_kind::PRON).any(|(cs, c)| {
                matches!(c, Cue::Pron(_))
                    && cs.start >= rs.end
                    && token_gap(&s.toks, rs.end, cs.start) <= 1
            });
            let pron_before = s.cues_of(cue_kind::PRON).any(|(cs, c)| {
                matches!(c, Cue::Pron(_))
                    && cs.end <= rs.start
                    && token_gap(&s.toks, cs.end, rs.start) <= 1
            });
            // "Vucic, who has denied …", "Vucic, der … bestritten hat": a relative pronoun
            // opening the verb's clause stands for the party named right before the comma
            let clause_start = s.clauses[s.clause_of(rs.start)];
            let rel_subject: Option<&Mention> = relpron_opening(s, clause_start)
                .filter(|rp| rp.end <= rs.start)
                .and_then(|_| {
                    text[..clause_start]
                        .trim_end()
                        .ends_with(',')
                        .then_some(())?;
                    // "North Korea, which has denied the reports, sent troops to Russia": a
                    // relative clause closed before the main verb of an act speaks of its
                    // antecedent, who is the main clause's subject, not the sentence's source
                    (!relative_then_act(s, text, rs.end)).then_some(())?;
                    s.mentions
                        .iter()
                        .rfind(|m| m.span.end <= clause_start)
                        .filter(|m| {
                            !matches!(m.kind, MentionKind::Item { .. })
                                && text[m.span.end..clause_start].trim() == ","
                        })
                });
            let before: Vec<&Mention> = match rel_subject {
                Some(m) if before.is_empty() && !matches!(cue, Cue::SourcePrev) => vec![m],
                _ => before,
            };
            // "Kirby, the White House spokesman, said": the name before the appositive
            let appos = if english && before.is_empty() && matches!(cue, Cue::Report(_)) {
                appositive_speaker(text, s, rs)
            } else {
                None
            };
            // "it was announced that": an impersonal passive has no speaker
            let pron_before = pron_before && !(english && impersonal_it(s, rs));
            // "Iran says it has …": the pronoun opens the reported clause; only a pronoun
            // closing the clause is the speaker ("…, said he")
            let pron_after = pron_after && !(english && pron_opens_clause(text, s, rs));
            let group: Vec<&Mention> = match cue {
                Cue::SourcePrev => before.iter().rev().take(2).rev().copied().collect(),
                // "Nach Einschätzung von Experten könnte Russland …": a verb between the
                // marker and the next party ends the source's phrase before that party
                Cue::SourceNext | Cue::Cite
                    if after.first().is_some_and(|m| {
                        s.triggers
                            .iter()
                            .any(|(ts, _)| ts.start >= rs.end && ts.end <= m.span.start)
                            || s.cues.iter().any(|(cs, c)| {
                                cs.start >= rs.end
                                    && cs.end <= m.span.start
                                    && matches!(
                                        c,
                                        Cue::Status(_) | Cue::Hedge(_) | Cue::Neg | Cue::Report(_)
                                    )
                            })
                    }) =>
                {
                    vec![]
                }
                Cue::SourceNext | Cue::Cite => cut_at_trigger(s, group_after(text, s, &after)),
                _ => {
                    let before_only = matches!(cue, Cue::Report(true));
                    if !before_only
                        && !after.is_empty()
                        && token_gap(&s.toks, rs.end, after[0].span.start) <= 2
                    {
                        cut_at_trigger(s, group_after(text, s, &after))
                    } else if pron_before || (pron_after && !before_only) {
                        vec![]
                    } else if let Some(g) = appos {
                        g
                    } else if !before.is_empty() {
                        // the subject group right before the verb
                        let mut g: Vec<&Mention> = vec![before[before.len() - 1]];
                        // English lists of speakers ("the US, UK and France said"): commas
                        // join once an "and" has joined the last two
                        let mut listed = false;
                        for m in before.iter().rev().skip(1) {
                            let gap = &text[m.span.end..g[g.len() - 1].span.start];
                            let words = s.lower_text[m.span.end..g[g.len() - 1].span.start]
                                .trim_matches(|c: char| c == ',' || c.is_whitespace())
                                .to_string();
                            let conj = english
                                && !gap.contains([';', ':', '.', '(', ')'])
                                && matches!(
                                    words.as_str(),
                                    "and" | "and the" | "or" | "" | "the" | "as well as"
                                )
                                && (words.starts_with("and")
                                    || words.starts_with("or")
                                    || words.starts_with("as well")
                                    || listed)
                                // "… worth billions to Russia, and Western officials say": a
                                // role after a comma and "and" opens a clause of its own
                                && !(gap.contains(',')
                                    && matches!(g[g.len() - 1].kind, MentionKind::Role { .. }));
                            if conj {
                                listed = true;
                                g.push(m);
                                continue;
                            }
                            if gap.contains([',', ';', ':', '.', '(', ')'])
                                || token_gap(&s.toks, m.span.end, g[g.len() - 1].span.start) > 1
                            {
                                break;
                            }
                            g.push(m);
                        }
                        // "US Secretary of State Antony Blinken said": the state before a
                        // title goes with it, however long the name after the title
                        while english
                            && let Some(last) = g.last()
                            && matches!(last.kind, MentionKind::Role { .. })
                            && let Some(m) = s.mentions.iter().rfind(|m| {
                                m.span.end <= last.span.start
                                    && !matches!(m.kind, MentionKind::Item { .. })
                            })
                            && token_gap(&s.toks, m.span.end, last.span.start) == 0
                            && !text[m.span.end..last.span.start]
                                .contains([',', ';', ':', '.', '(', ')'])
                            && !g.iter().any(|x| x.span == m.span)
                        {
                            g.push(m);
                        }
                        g.reverse();
                        g
                    } else {
                        after.iter().take(3).copied().collect()
                    }
                }
            };
            // "wie das Ministerium mitteilte": the body of the last named speaker
            let desc = s.cues_of(cue_kind::SPEAKER_DESC).any(|(cs, c)| {
                matches!(c, Cue::SpeakerDesc)
                    && ((cs.end <= rs.start && token_gap(&s.toks, cs.end, rs.start) <= 1)
                        || (cs.start >= rs.end
                            && !matches!(cue, Cue::Report(true))
                            && token_gap(&s.toks, rs.end, cs.start) <= 1))
            });
            if group.is_empty() && desc {
                attribution.push("@lastbody".into());
                continue;
            }
            // "…, the allies said": a plural description of the sentence's own parties
            if english && group.is_empty() && matches!(cue, Cue::Report(_)) {
                let collective = collective_speaker(s, rs);
                if !collective.is_empty() {
                    push_unique(&mut attribution, collective);
                    continue;
                }
                // "…, state media reported": the state whose leader or capital the sentence names
                if let Some(st) = state_media_of(s, rs) {
                    push_unique(&mut attribution, [st]);
                    continue;
                }
            }
            if group.is_empty() && (pron_after || pron_before) {
                // "sagte er": the last named speaker, filled in by the article pass
                attribution.push("@last".into());
                continue;
            }
            let mut ids = Vec::new();
            for m in &group {
                match &m.kind {
                    MentionKind::Party { entity, .. } => {
                        if matches!(cue, Cue::Cite) {
                            // the cited body's state (and the body itself)
                            push_unique(&mut ids, speaker_ids(entity));
                        } else {
                            push_unique(&mut ids, speaker_ids(entity));
                        }
                        if marks {
                            speaker_spans.push(m.span);
                        }
                    }
                    MentionKind::Role { .. } if marks => speaker_spans.push(m.span),
                    MentionKind::Role { .. } => {}
                    MentionKind::Item { .. } => {}
                }
            }
            // people first, then bodies, then states
            ids.sort_by_key(|i| {
                if i.starts_with("person:") {
                    0
                } else if i.starts_with("org:") {
                    1
                } else {
                    2
                }
            });
            push_unique(&mut attribution, ids);
        }
        // "Ukraine receives 6 F-16 fighters from Netherlands – The Times": an outlet after a
        // closing dash is the source of the line
        if english && let Some(m) = s.mentions.last() {
            let tail = s.lower_text[m.span.end..s.span.end].trim();
            // (the "the"s at the end stripped one by one: `trim_end_matches` with a word
            // builds a searcher on every call)
            let mut dash = s.lower_text[s.span.start..m.span.start].trim_end();
            while let Some(d) = dash.strip_suffix("the") {
                dash = d;
            }
            let dash = dash.trim_end();
            if let MentionKind::Party { entity, .. } = &m.kind
                && matches!(
                    entity.kind,
                    EntityKind::Media | EntityKind::StateMedia | EntityKind::ThinkTank
                )
                && tail.chars().all(|c| ".)".contains(c))
                && (dash.ends_with(" –") || dash.ends_with(" -") || dash.ends_with(" —"))
            {
                speaker_spans.push(m.span);
                push_unique(&mut attribution, speaker_ids(entity));
            }
        }
        // "nach ukrainischen Angaben", "britische Geheimdienste", "U.S. officials": an
        // unnamed source gives its state
        for m in &s.mentions {
            let MentionKind::Party {
                entity,
                form: PartyKind::Adjective | PartyKind::Genitive,
            } = &m.kind
            else {
                continue;
            };

            let next = s.toks.iter().filter(|t| t.span.start >= m.span.end).take(2);
            let compound_src = s.cues_of(cue_kind::SOURCE).any(|(cs, c)| {
                matches!(c, Cue::Source) && cs.start >= m.span.end && cs.start <= m.span.end + 1
            });
            let src = compound_src
                || next.clone().any(|t| {
                    s.cues_of(cue_kind::SOURCE)
                        .any(|(cs, c)| matches!(c, Cue::Source) && cs.overlaps(&t.span))
                });
            // "er sagte, dass sich russische und iranische Behörden in der Endphase eines
            // Abkommens befinden": a source noun that is the subject of a "dass"/"that"
            // clause holding an act (after it) and no reporting word is a party of that act
            let ci = s.clause_of(m.span.start);
            let (c0, c1) = (s.clauses[ci], s.clause_end(ci));
            let clause_subject = ci > 0
                && s.cues_of(cue_kind::CLAUSE)
                    .any(|(cs, c)| matches!(c, Cue::Clause) && cs.start == c0)
                && s.triggers
                    .iter()
                    .any(|(ts, _)| ts.start >= m.span.end && ts.end <= c1)
                && !s.cues_in(c0, c1).any(|(_, c)| {
                    matches!(
                        c,
                        Cue::Report(_) | Cue::SourceNext | Cue::SourcePrev | Cue::Cite
                    )
                });
            // "Belarussische Behörden liefern Russland Munition": a source noun right before
            // the verb of an act, in a clause with no reporting word, is the act's subject
            let verb_subject = s.lang == "de"
                && !clause_subject
                && s.cues
                    .iter()
                    .find(|(cs, c)| {
                        matches!(c, Cue::Source)
                            && cs.start >= m.span.end
                            && token_gap(&s.toks, m.span.end, cs.start) <= 1
                    })
                    .is_some_and(|(cs, _)| {
                        s.triggers.iter().any(|(ts, tg)| {
                            !tg.noun
                                && ts.start >= cs.end
                                && token_gap(&s.toks, cs.end, ts.start) == 0
                                && s.text[ts.start..].starts_with(char::is_lowercase)
                        })
                    })
                && !s.cues_in(c0, c1).any(|(_, c)| {
                    matches!(
                        c,
                        Cue::Report(_) | Cue::SourceNext | Cue::SourcePrev | Cue::Cite
                    )
                });
            if src && !clause_subject && !verb_subject {
                speaker_spans.push(m.span);
                push_unique(&mut attribution, [entity.party_id().to_string()]);
            }
        }
        speaker_spans.extend(affiliation_places(text, s));
        for c in s.cands.iter_mut() {
            if speaker_spans.iter().any(|sp| sp.overlaps(&c.span)) {
                c.speaker = true;
            }
        }
        s.attribution = attribution;
    }

    #[allow(clippy::too_many_arguments)]
    fn build(
        &self,
        text: &str,
        lower: &str,
        s: &Sent,
        tspan: Span,
        trig: &Trigger,
        attribution: &[String],
        ctx: &Context,
        lang: &str,
    ) -> Result<Event, Cow<'static, str>> {
        let tw = self.tense_words(lang);
        let clause = s.clause_of(tspan.start);
        let c_start = s.clauses[clause];
        let c_end = s.clause_end(clause);
        // the word that closes the trigger's clause: a separable particle there makes or
        // changes the verb ("sagen Kiew Jets zu", "gibt die Verluste mit 1351 an")
        // (tokens are ordered: those ending by `c_end` are a prefix, and only its last may
        // start after the trigger if any does)
        let closing = s.toks[..s.toks.partition_point(|t| t.span.end <= c_end)]
            .last()
            .filter(|t| t.span.start >= tspan.end)
            .map(|t| &lower[t.span.start..t.span.end]);
        if let Some(p) = &trig.particle
            && closing != Some(p.as_str())
            && !particle_before_value(s, lower, tspan, c_end, p)
        {
            return Err(format!("separable verb without its particle {p:?}").into());
        }
        if let Some(w) = closing
            && trig.not_particles.iter().any(|p| p == w)
        {
            return Err(format!("the particle {w:?} closing the clause makes another verb").into());
        }
        if trig.verb_only
            && token_at(s, tspan).is_some_and(|t| {
                t.span.start > s.span.start && text[t.span.start..].starts_with(char::is_uppercase)
            })
        {
            return Err(
                "a capitalised form of a verb-only trigger is a noun of another sense".into(),
            );
        }
        // "an der Produktion russischer Drohnen beteiligt": a noun that is an act only where
        // a party takes part in it
        let produced_in = if trig.part && participation(s, tspan, trig, clause, true).is_none() {
            match production_in_place(s, tspan, ctx) {
                Some(p) => Some(p),
                None => return Err("an act noun with no party taking part in it".into()),
            }
        } else {
            None
        };
        // "versprach, Kiew Kampfjets zu schicken": a giving verb that governs an infinitive
        // of the same act is its modal, not an act of its own
        if lang == "de"
            && !trig.noun
            && clause + 1 < s.clauses.len()
            // (a trigger of several words may reach past the next clause's start: no slice)
            && lower
                .get(tspan.end..s.clauses[clause + 1])
                .is_some_and(|t| t.trim() == ",")
        {
            let (n_start, n_end) = (s.clauses[clause + 1], s.clause_end(clause + 1));
            let governs = s.triggers.iter().any(|(ts, tg)| {
                tg.kind == trig.kind
                    && !tg.block
                    && !tg.noun
                    && ts.start >= n_start
                    && ts.end <= n_end
                    && (lower[n_start..ts.start].split_whitespace().last() == Some("zu")
                        || token_at(s, *ts).is_some_and(|t| {
                            lower[t.span.start..t.span.end]
                                .get(2..)
                                .is_some_and(|r| r.contains("zu"))
                        }))
            });
            if governs {
                return Err(
                    "governs an infinitive of the same act ('versprach, … zu liefern')".into(),
                );
            }
        }
        // an inflected participle before a noun describes the items of another act of the
        // clause ("Die zugesagten Panzer sind eingetroffen")
        if lang == "de"
            && !trig.noun
            && token_at(s, tspan).is_some_and(|t| {
                let w = &lower[t.span.start..t.span.end];
                ["ten", "te", "tes", "tem", "ter", "nen", "ene", "enes"]
                    .iter()
                    .any(|e| w.ends_with(e))
                    && s.toks
                        .iter()
                        .find(|n| n.span.start >= t.span.end)
                        .is_some_and(|n| text[n.span.start..].starts_with(char::is_uppercase))
            })
            && s.triggers.iter().any(|(ts, tg)| {
                tg.kind == trig.kind
                    && !tg.block
                    && ts.start >= c_start
                    && ts.end <= c_end
                    && !ts.overlaps(&tspan)
                    && ts.start > tspan.end
                    // (a verb of reaching is an act only with a party right after it:
                    // "Die gelieferten Systeme haben eine Quote von 90 Prozent erreicht")
                    && (!tg.reach
                        || s.cands.iter().any(|c| {
                            c.span.start >= ts.end && token_gap(&s.toks, ts.end, c.span.start) <= 1
                        }))
            })
        {
            return Err("an attributive participle describes the items of another act".into());
        }
        // "Kooperation bei Bezahlkarten": a word for cooperation of any kind counts where
        // the sentence is about arms or the one before held an event
        if trig.mil
            && !s.cues_of(cue_kind::MILITARY).any(|(_, c)| matches!(c, Cue::Military))
            && !s
                .mentions
                .iter()
                .any(|m| matches!(m.kind, MentionKind::Item { .. }))
            && ctx.recent_events.is_empty()
            // (an act of another kind in the sentence ties it too: "sanctions on firms that
            // supply Russia")
            && !s
                .triggers
                .iter()
                .any(|(_, tg)| !tg.block && !tg.mil && tg.kind != trig.kind)
        {
            return Err("cooperation with no military word, item or event near it".into());
        }
        // "trade talks", "a partial trade deal", "Gespräche über Handel": talks or a deal
        // of a civil domain
        let civil_next_to = |t: Span| {
            s.cues_of(cue_kind::CIVIL).any(|(cs, c)| {
                matches!(c, Cue::Civil)
                    && ((cs.end <= t.start && token_gap(&s.toks, cs.end, t.start) == 0)
                        || (cs.start >= t.end && token_gap(&s.toks, t.end, cs.start) == 0))
            })
        };
        // "expected to sign a partial trade deal": a verb of agreeing or meeting whose
        // object is a civil deal or talks is of that domain too
        let civil_object = !trig.noun
            && s.triggers.iter().any(|(ts, tg)| {
                tg.noun
                    && tg.kind == trig.kind
                    && ts.start >= tspan.end
                    && ts.end <= c_end
                    && token_gap(&s.toks, tspan.end, ts.start) <= 4
                    && civil_next_to(*ts)
            });
        if matches!(trig.kind, EventType::Meeting | EventType::Agreement)
            && (civil_next_to(tspan) || civil_object)
        {
            return Err("talks or a deal of a civil domain (trade, climate, peace)".into());
        }
        // "withdrew from the INF treaty", "suspended its participation in the New START
        // treaty", "accused Moscow of violating the deal": leaving or breaking an
        // agreement is no agreement (GUIDELINES: signed, in negotiation or concluded)
        if trig.kind == EventType::Agreement
            && trig.noun
            && s.cues_of(cue_kind::WITHDRAW).any(|(ws, w)| {
                matches!(w, Cue::Withdraw)
                    && ws.start >= c_start
                    && ws.end <= tspan.start
                    && token_gap(&s.toks, ws.end, tspan.start) <= 6
            })
        {
            return Err("an agreement left, suspended or broken".into());
        }
        // "bildet ukrainische Soldaten in Deutschland aus": people being trained are the
        // trainees, not a deployment
        if trig.frame == Frame::Deploy
            && trig.noun
            && s.triggers.iter().any(|(ts, tg)| {
                tg.frame == Frame::Train
                    && !tg.block
                    && ts.start >= c_start
                    && ts.end <= c_end
                    && !ts.overlaps(&tspan)
            })
        {
            return Err("people trained in the clause are trainees, not a deployment".into());
        }

        // "a manufacturer under Western sanctions", "firms facing sanctions": being under
        // sanctions is a state, not an act
        if trig.kind == EventType::Sanction
            && s.cues_of(cue_kind::SANCTION_STATE).any(|(cs, c)| {
                matches!(c, Cue::SanctionState)
                    && cs.end <= tspan.start
                    && token_gap(&s.toks, cs.end, tspan.start) <= 2
            })
        {
            return Err("sanctions as a state ('under sanctions'), not an act".into());
        }
        // "Russia's share of world arms exports", "Anteil an den weltweiten
        // Waffenexporten": an act noun counted in a share is a figure of a trade, no act
        // between two parties (GUIDELINES: an event is one party giving to another)
        if s.cues_of(cue_kind::STATISTIC).any(|(cs, c)| {
            matches!(c, Cue::Statistic)
                && cs.end <= tspan.start
                && token_gap(&s.toks, cs.end, tspan.start) <= 3
                && !s.cands.iter().any(|k| {
                    k.head != Head::Item && k.span.start >= cs.end && k.span.end <= tspan.start
                })
        }) {
            return Err(
                "an act noun counted in a share ('share of arms exports'): a figure, no act".into(),
            );
        }
        if trig.kind == EventType::Meeting && internal_meeting(s, tspan, trig, c_end) {
            return Err("a meeting within one body ('Treffen der EU-Außenminister')".into());
        }
        if trig.kind == EventType::Meeting && venue_meeting(s, tspan, trig) {
            return Err("a meeting named as the venue of another act ('at the summit')".into());
        }
        // (a sharing or passing verb needs what is shared: "shares intelligence with")
        if trig.fac
            && !s
                .cues_of(cue_kind::FACILITY)
                .any(|(cs, c)| matches!(c, Cue::Facility) && cs.start >= c_start && cs.end <= c_end)
        {
            return Err("a verb of sharing or passing with nothing military shared".into());
        }
        if lang == "en"
            && let Some(why) = english_non_act(s, tspan, trig, c_start, c_end, tw)
        {
            return Err(why.into());
        }
        // "received shipments of drones", "erhielt Lieferungen": the noun is the object
        // of the receiving verb, which tells the act
        if trig.noun
            && trig.frame == Frame::Give
            && s.triggers.iter().any(|(ts, tg)| {
                tg.frame == Frame::Receive
                    && !tg.noun
                    && !tg.block
                    && ts.end <= tspan.start
                    && token_gap(&s.toks, ts.end, tspan.start) <= 2
                    && !s
                        .cands
                        .iter()
                        .any(|c| c.span.start >= ts.end && c.span.end <= tspan.start)
            })
        {
            return Err("the object of a receiving verb, which makes the event".into());
        }
        // "dass Iran Unterstützung von Russland erhalten werde": the nominal act before a
        // verb-final receiving verb is the act; the verb only tells who receives it
        if lang == "de"
            && trig.frame == Frame::Receive
            && !trig.noun
            && s.triggers.iter().any(|(ts, tg)| {
                tg.noun
                    && !tg.block
                    && tg.kind != EventType::Supply
                    && matches!(tg.frame, Frame::Support | Frame::Train)
                    // (not people: "sind russische Militärausbilder eingetroffen")
                    && !s
                        .cues
                        .iter()
                        .any(|(cs, c)| matches!(c, Cue::Person) && cs.overlaps(ts))
                    && ts.end <= tspan.start
                    && s.clause_of(ts.start) == s.clause_of(tspan.start)
                    && token_gap(&s.toks, ts.end, tspan.start) <= 4
            })
        {
            return Err("the receiving verb of a nominal act before it".into());
        }
        // "Pezeshkian described the treaty as a strong foundation", "called the deal a
        // milestone", "bezeichnete das Abkommen als historisch": an evaluation of a deal
        // named before characterises it; it states no act (GUIDELINES: characterisations)
        if trig.noun && trig.kind == EventType::Agreement && evaluated_deal(s, tspan) {
            return Err("an evaluation of a deal named before: a characterisation".into());
        }
        // "Russland und Iran haben eine Vereinbarung getroffen": "treffen" with a thing as its
        // object (no "sich", no person) is making it (an agreement, a decision), not meeting
        if lang == "de"
            && trig.kind == EventType::Meeting
            && !trig.noun
            && made_not_met(s, tspan, c_start)
        {
            return Err("'getroffen' with a thing as its object: made, not met".into());
        }
        let passive = is_passive(lower, s, tspan, trig, c_start, lang);
        let self_train = self_training(s, trig, tspan, passive);
        if passive && trig.active_only {
            return Err(
                "this verb's passive means something else ('wurde schwer getroffen')".into(),
            );
        }
        // "Kim Jong Un received Sergei Shoigu": receiving a person is a meeting
        let meeting_trig;
        let trig = if trig.frame == Frame::Receive
            && !trig.noun
            && s.mentions
                .iter()
                .find(|m| m.span.start >= tspan.end)
                .is_some_and(|m| {
                    token_gap(&s.toks, tspan.end, m.span.start) <= 1
                        // not the speaker after a verb-final clause ("… erhalten, sagte Kirby")
                        && s.clause_of(m.span.start) == s.clause_of(tspan.start)
                        && matches!(
                            &m.kind,
                            MentionKind::Role { .. }
                                | MentionKind::Party {
                                    entity: milcoop_analyze::lexicon::Entity {
                                        kind: EntityKind::Person,
                                        ..
                                    },
                                    ..
                                }
                        )
                }) {
            meeting_trig = Trigger {
                kind: EventType::Meeting,
                frame: Frame::Pair,
                ..trig.clone()
            };
            &meeting_trig
        } else {
            trig
        };
        // "Russia is being supplied with Iranian drones": a passive giving verb with "with"
        // has the receiver as its subject, as the with-frame does
        let with_trig;
        let trig = if trig.frame == Frame::Give
            && passive
            && s.toks
                .iter()
                .find(|t| t.span.start >= tspan.end)
                .is_some_and(|t| matches!(&lower[t.span.start..t.span.end], "with" | "mit"))
        {
            with_trig = Trigger {
                frame: Frame::With,
                ..trig.clone()
            };
            &with_trig
        } else {
            trig
        };
        let nominal = is_nominal(text, s, tspan, trig);
        let (mut actor, mut recipient) = assign(s, trig, tspan, clause, passive, nominal);
        // "die Drohnen, die ihm der Iran überlassen hatte", "the drones Iran had sent them":
        // the subject of the relative clause gives; the dative pronoun receives, and stands
        // for the party named before the clause (or, failing one, a pronoun's antecedent)
        let mut dative_pron = false;
        if trig.frame == Frame::Give
            && !passive
            && !nominal
            && let Some((a, r)) = dative_pron_relative(s, tspan, clause)
        {
            actor = Some(a);
            dative_pron = r.is_none();
            recipient = r;
        }
        // (an act another party is called on to do is still to come: planned)
        let mut demanded = false;
        // "Kyiv expects Washington to provide more Patriot systems", "Moscow wants Pyongyang to
        // send shells", "called on Berlin to deliver": the object of a control verb is the
        // subject of its to-infinitive, and who expects it receives where no other is named
        if lang == "en"
            && !trig.noun
            && matches!(trig.frame, Frame::Give | Frame::Support)
            && let Some(i) = tok_index(s, tspan)
            && i >= 3
            && sent_words(s)[i - 1] == "to"
            && let Some(obj) = s.cands.iter().find(|c| {
                !c.speaker
                    && (c.marker == Marker::None
                        || tok_index(s, c.span)
                            .and_then(|k| k.checked_sub(1))
                            .is_some_and(|k| sent_words(s)[k] == "on"))
                    && !c.genitive
                    && c.span.end == s.toks[i - 2].span.end
            })
            && let Some(oi) = tok_index(s, obj.span)
            && {
                let w = sent_words(s);
                let v = match oi.checked_sub(1).map(|k| w[k]) {
                    Some("the") | Some("on") => oi.checked_sub(2).map(|k| w[k]),
                    other => other,
                };
                v.is_some_and(|v| {
                    matches!(
                        v,
                        "expects"
                            | "expect"
                            | "expected"
                            | "wants"
                            | "want"
                            | "wanted"
                            | "urged"
                            | "urges"
                            | "urge"
                            | "pressed"
                            | "presses"
                            | "press"
                            | "encouraged"
                            | "encourages"
                            | "needs"
                            | "need"
                            | "needed"
                            | "called"
                            | "calls"
                            | "call"
                            | "pushed"
                            | "pushes"
                    ) && (w[oi - 1] != "on" || v.starts_with("call"))
                })
            }
        {
            if recipient.as_ref().is_some_and(|r| r.id == obj.id) {
                recipient = actor.take().filter(|a| a.id != obj.id);
            }
            actor = Some(obj.clone());
            demanded = true;
        }
        // "Selenskyj fordert Deutschland auf, der Ukraine Taurus zu liefern", "drängt Berlin,
        // … bereitzustellen": the object of a German verb of demanding is the subject of the
        // zu-infinitive after it, and who demands it receives where no other is named
        if lang == "de"
            && !trig.noun
            && !passive
            && matches!(trig.frame, Frame::Give | Frame::Support)
            && clause > 0
            && let Some(i) = tok_index(s, tspan)
            && {
                let w = sent_words(s);
                (i >= 1 && w[i - 1] == "zu") || fused_zu_infinitive(w[i])
            }
            && let Some(main) = prev_clause(s, clause)
            && let Some((subject, object, permits)) = demand_parties(s, main)
        {
            // "erlaubt Berlin Polen, Leopard-Panzer an die Ukraine abzugeben": who permits
            // gives nothing and receives nothing; the one permitted gives
            if permits {
                if recipient
                    .as_ref()
                    .is_some_and(|r| r.id == object.id || r.id == subject.id)
                {
                    recipient = None;
                }
            } else if recipient.is_none() || recipient.as_ref().is_some_and(|r| r.id == object.id) {
                recipient = Some(subject.clone()).filter(|c| c.id != object.id);
            }
            actor = Some(object.clone());
            demanded = true;
        }
        // "Kiew erwartet, dass Washington weitere Patriot-Systeme zusichert", "Kyiv hopes that
        // Berlin will deliver": the subject of the "dass"/"that" clause gives, and who expects,
        // hopes for or demands it (the main clause's subject) receives where no other is named
        if matches!(trig.frame, Frame::Give | Frame::Support)
            && !trig.noun
            && !passive
            && recipient.is_none()
            && clause > 0
            && clause_words(s, c_start, c_end)
                .first()
                .is_some_and(|w| matches!(*w, "dass" | "that"))
        {
            let main = prev_clause(s, clause).unwrap_or(0);
            let m_start = s.clauses[main];
            let expects = clause_words(s, m_start, c_start).iter().any(|w| {
                matches!(
                    *w,
                    "erwartet"
                        | "erwarten"
                        | "erwartete"
                        | "hofft"
                        | "hoffen"
                        | "hoffte"
                        | "fordert"
                        | "fordern"
                        | "forderte"
                        | "verlangt"
                        | "verlangen"
                        | "verlangte"
                        | "rechnet"
                        | "rechnen"
                        | "rechnete"
                        | "expects"
                        | "expect"
                        | "expected"
                        | "hopes"
                        | "hope"
                        | "hoped"
                        | "demands"
                        | "demand"
                        | "demanded"
                        | "wants"
                        | "want"
                        | "wanted"
                )
            });
            let giver = actor.as_ref().map(|a| a.id.clone());
            if expects
                && giver.is_some()
                && let Some(m) = s.cands.iter().find(|c| {
                    c.clause == main
                        && c.marker == Marker::None
                        && !c.genitive
                        && matches!(c.head, Head::Noun | Head::Other | Head::People)
                        && Some(&c.id) != giver.as_ref()
                })
            {
                recipient = Some(m.clone());
            }
        }
        // "North Korea, a close ally of Moscow, has supplied Russia with shells", "Nordkorea,
        // ein Verbündeter Moskaus, hat Russland Raketen geliefert", "Iran, which denies it, has
        // sent drones": a clause that opens with its verb after an apposition or a relative
        // clause has the party before them as its subject
        if matches!(trig.frame, Frame::Give | Frame::Support)
            && !trig.noun
            && !passive
            && clause >= 2
        {
            let w = sent_words(s);
            let r = clause_range(s, c_start, c_end);
            let aside_clause = prev_clause(s, clause).unwrap_or(0);
            let subj_clause = prev_clause(s, aside_clause);
            let p_start = s.clauses[aside_clause];
            let pr = clause_range(s, p_start, c_start);
            let opens_verb = w.get(r.start).is_some_and(|v| {
                matches!(
                    *v,
                    "has"
                        | "have"
                        | "had"
                        | "is"
                        | "was"
                        | "will"
                        | "would"
                        | "hat"
                        | "haben"
                        | "hatte"
                        | "hatten"
                        | "wird"
                        | "werden"
                        | "wollen"
                        | "soll"
                        | "sollen"
                        | "ist"
                        | "sind"
                ) || tok_index(s, tspan) == Some(r.start)
            });
            let aside = w.get(pr.start).is_some_and(|v| {
                matches!(
                    *v,
                    "a" | "an"
                        | "the"
                        | "ein"
                        | "eine"
                        | "einer"
                        | "der"
                        | "die"
                        | "das"
                        | "which"
                        | "who"
                        | "dessen"
                        | "deren"
                )
            });
            let subject = s.cands.iter().rfind(|c| {
                Some(c.clause) == subj_clause
                    && c.marker == Marker::None
                    && !c.genitive
                    && matches!(c.head, Head::Noun | Head::Other)
                    && s.text[c.span.end..p_start].trim() == ","
            });
            if opens_verb
                && aside
                && let Some(subj) = subject
                && actor.as_ref().is_none_or(|a| a.id != subj.id)
            {
                let old = actor.replace(subj.clone());
                if recipient.as_ref().is_some_and(|r| r.id == subj.id) {
                    recipient = None;
                }
                if recipient.is_none() {
                    recipient = old.filter(|o| {
                        o.clause == clause && matches!(o.head, Head::Noun | Head::Other)
                    });
                }
            }
        }
        if lang == "en" {
            // "accused of helping to supply drones to Russia": help to give is the giving act,
            // told by the giving verb's own event
            if trig.kind == EventType::Support
                && let Some(i) = tok_index(s, tspan)
            {
                let w = sent_words(s);
                let j = if w.get(i + 1) == Some(&"to") {
                    i + 2
                } else {
                    i + 1
                };
                if s.triggers.iter().any(|(ts, t)| {
                    t.kind == EventType::Supply
                        && !t.block
                        && !t.noun
                        && tok_index(s, *ts) == Some(j)
                }) {
                    return Err("help to give is the giving act".into());
                }
                // "engineers helped restart a drone production line": help with no party
                // helped before the verb of a more specific act (within four words) is
                // that act, told by its own trigger
                if let Some(&(ps, _)) = s.triggers.iter().find(|(ts, t)| {
                    matches!(t.kind, EventType::JointProduction | EventType::Training)
                        && !t.block
                        && tok_index(s, *ts).is_some_and(|k| k > j && k <= j + 4)
                }) && !s.cands.iter().any(|c| {
                    c.head == Head::Noun && c.span.start >= tspan.end && c.span.end <= ps.start
                }) {
                    return Err("help to make is the making act".into());
                }
            }
            // "Canberra weighs Kyiv's request for Abrams tanks": the one who asks (right
            // before the request) receives; the one asked ("from"/"to" after it, else the
            // clause's subject) gives
            // "Kyiv asked Sweden for Gripen fighters": the subject asks and receives, the
            // party right after the verb (before "for") is asked and gives
            if trig.ask && !trig.noun {
                if passive {
                    return Err("a passive request: the one asked is its subject".into());
                }
                let after = &lower[tspan.end..s.span.end];
                let asked = s
                    .cands
                    .iter()
                    .find(|c| {
                        c.span.start >= tspan.end
                            && token_gap(&s.toks, tspan.end, c.span.start) == 0
                            && lower[c.span.end..].starts_with(" for ")
                    })
                    .cloned();
                let for_at = match &asked {
                    Some(c) => c.span.end + 5,
                    None if after.starts_with(" for ") => tspan.end + 5,
                    None => return Err("a request verb without \"for\"".into()),
                };
                let to = text[for_at..s.span.end]
                    .find([',', ';'])
                    .map_or(s.span.end, |k| for_at + k);
                let first_item = s
                    .mentions
                    .iter()
                    .filter(|m| {
                        matches!(m.kind, MentionKind::Item { .. })
                            && m.span.start >= for_at
                            && m.span.end <= to
                    })
                    .map(|m| m.span.start)
                    .min();
                let Some(first_item) = first_item else {
                    return Err("a request for no materiel".into());
                };
                // "asked Berlin for the delivery of Taurus missiles": the act named after
                // "for" is the request's own event
                if token_gap(&s.toks, for_at, first_item) > 4
                    || s.triggers
                        .iter()
                        .any(|(ts, tg)| !tg.block && ts.start >= for_at && ts.end <= first_item)
                {
                    return Err("a request for an act named after it".into());
                }
                let asker = s
                    .cands
                    .iter()
                    .rev()
                    .find(|c| c.span.end <= tspan.start && c.clause == clause && !c.speaker)
                    .cloned();
                if asker.is_none() {
                    return Err("a request without the party that asks".into());
                }
                actor = asked;
                recipient = asker;
            } else if trig.ask {
                // (up to the next comma: a hyphen in "F-16 jets" opens no clause here)
                let to = text[tspan.end..s.span.end]
                    .find([',', ';'])
                    .map_or(s.span.end, |k| tspan.end + k);
                if !s.mentions.iter().any(|m| {
                    matches!(m.kind, MentionKind::Item { .. })
                        && m.span.start >= tspan.end
                        && m.span.end <= to
                }) {
                    return Err("a request for no materiel".into());
                }
                let Some(asker) = s
                    .cands
                    .iter()
                    .rev()
                    .find(|c| {
                        c.span.end <= tspan.start
                            && c.span.start >= c_start
                            && token_gap(&s.toks, c.span.end, tspan.start) <= 1
                    })
                    .cloned()
                else {
                    return Err("a request without the party that asks".into());
                };
                let giver = cand_after(s, tspan, clause, |x| {
                    x.id != asker.id && matches!(x.marker, Marker::Actor | Marker::Recipient)
                })
                .or_else(|| {
                    s.cands
                        .iter()
                        .rev()
                        .find(|c| {
                            c.span.end <= asker.span.start
                                && c.span.start >= c_start
                                && !c.speaker
                                && c.id != asker.id
                        })
                        .cloned()
                });
                actor = giver;
                recipient = Some(asker);
            }
            // "Umerov thanked Britain for its support", "held out thanks to US aid": the one
            // thanked gives, the one who thanks receives
            if matches!(
                trig.kind,
                EventType::Support | EventType::Supply | EventType::Training
            ) && let Some((thanked, thanker)) = thanked_giver(s, tspan)
            {
                actor = Some(thanked);
                if thanker.is_some() {
                    recipient = thanker;
                }
            }
            // "sanctions on Iranian officials accused of supplying drones to Russia": the
            // target stands before the act it is blamed for, whose parties are no target
            if trig.frame == Frame::Sanction
                && let Some(cut) = blamed_act_start(s, tspan)
                && recipient.as_ref().is_some_and(|r| r.span.start >= cut)
                && let Some(t) = s.cands.iter().find(|c| {
                    c.span.start >= tspan.end
                        && c.span.end <= cut
                        && !c.speaker
                        && actor.as_ref().is_none_or(|a| a.id != c.id)
                })
            {
                recipient = Some(t.clone());
            }
            english_maker(s, trig, tspan, clause, tw, &mut actor, &recipient);
            // "Ukraine has been promised 60 F-16s by its allies", "Kyiv was given tanks":
            // the subject of a passive giving verb with the thing given after it receives
            if trig.frame == Frame::Give
                && passive
                && !nominal
                && let Some(subj) = passive_receiver(s, tspan, clause)
            {
                if actor
                    .as_ref()
                    .is_some_and(|a| a.id == subj.id || a.span.end <= tspan.start)
                {
                    actor = cand_after(s, tspan, clause, |c| c.marker == Marker::Actor);
                }
                recipient = Some(subj);
            }
            // "North Korea condemned the drills by the US and South Korea": who criticises
            // a joint act (its object) takes no part in it; the parties are those after it
            if trig.frame == Frame::Pair
                && let Some(cw) = critic_before(s, tspan, c_start, tw)
            {
                let critic = |c: &Option<Cand>| c.as_ref().is_some_and(|c| c.span.end <= cw);
                if critic(&actor) || critic(&recipient) {
                    let after: Vec<&Cand> = s
                        .cands
                        .iter()
                        .filter(|c| {
                            c.span.start >= cw
                                && c.span.end <= c_end
                                && !c.speaker
                                && c.marker != Marker::Via
                        })
                        .collect();
                    let second = after.iter().find(|c| c.id != after[0].id);
                    match (after.first(), second) {
                        (Some(a), Some(b)) => {
                            actor = Some((*a).clone());
                            recipient = Some((*b).clone());
                        }
                        _ => return Err("the critic of a joint act takes no part in it".into()),
                    }
                }
            }
        }
        // "was manufacturing drones using Chinese components": the maker of the parts
        // supplies the producer, it does not produce with it
        let parts_maker = |c: &Option<Cand>| {
            c.as_ref().is_some_and(|c| {
                c.head == Head::Item
                    && c.span.start > tspan.end
                    && s.mentions
                        .iter()
                        .find(|m| {
                            m.span.start >= c.span.end && matches!(m.kind, MentionKind::Item { .. })
                        })
                        .is_some_and(|m| {
                            token_gap(&s.toks, c.span.end, m.span.start) <= 1
                                && matches!(
                                    m.kind,
                                    MentionKind::Item {
                                        ref category,
                                        ..
                                    } if *category == ItemCategory::Components
                                )
                        })
            })
        };
        let parts_supply = trig.kind == EventType::JointProduction
            && (parts_maker(&actor) || parts_maker(&recipient));
        if parts_supply && parts_maker(&recipient) {
            std::mem::swap(&mut actor, &mut recipient);
        }
        // "Er traf in Brüssel seinen ukrainischen Amtskollegen": a pronoun subject, not the venue
        if trig.frame == Frame::Pair
            && matches!(trig.kind, EventType::Meeting | EventType::Exercise)
            && s.cues_of(cue_kind::PRON).any(|(cs, c)| {
                matches!(c, Cue::Pron(_)) && cs.start >= c_start && cs.end <= tspan.start
            })
        {
            let other = |c: &Option<Cand>| c.as_ref().map(|c| String::from(&*c.id));
            let ante = |not: Option<String>| {
                er_speaker_state(s, ctx, c_start, tspan.start, not.as_deref()).or_else(|| {
                    ctx.recent
                        .iter()
                        .rev()
                        .find(|(i, id)| *i < s.idx && Some(id) != not.as_ref())
                        .map(|(_, id)| id.clone())
                })
            };
            let (not_a, not_r) = (other(&recipient), other(&actor));
            if let Some(a) = actor.as_mut().filter(|a| a.marker == Marker::Loc) {
                if let Some(id) = ante(not_a) {
                    a.id = id.into();
                }
            } else if let Some(r) = recipient.as_mut().filter(|r| r.marker == Marker::Loc)
                && let Some(id) = ante(not_r)
            {
                r.id = id.into();
            }
        }

        // "designated five Chinese companies for supplying Russia": the one blamed acts
        if lang == "en"
            && matches!(
                trig.frame,
                Frame::Give | Frame::With | Frame::Support | Frame::Train | Frame::Deploy
            )
            && let Some(c) = blamed_doer(s, tspan, nominal || trig.noun)
        {
            // the one blamed stands before the act: a recipient there is the blamed one or
            // the blamer's; the act's own recipient follows it ("for supplying Russia with",
            // "over deliveries of drones to Russia")
            if recipient
                .as_ref()
                .is_some_and(|r| r.id == c.id || r.span.end <= tspan.start)
            {
                recipient = cand_after(s, tspan, clause, |x| {
                    x.id != c.id
                        && matches!(x.marker, Marker::None | Marker::Recipient | Marker::Dative)
                        && token_gap(&s.toks, tspan.end, x.span.start) <= 6
                });
            }
            actor = Some(c);
        }
        // "designated three companies tied to the RSF for procuring weapons": the one blamed
        // receives; the giver is only one named after the act ("from China"), never the one
        // who blames
        if lang == "en"
            && trig.frame == Frame::Receive
            && let Some(c) = blamed_doer(s, tspan, nominal || trig.noun)
        {
            actor = cand_after(s, tspan, clause, |x| {
                x.id != c.id
                    && x.marker == Marker::Actor
                    && token_gap(&s.toks, tspan.end, x.span.start) <= 6
            });
            recipient = Some(c);
        }
        // "The Treasury targeted suppliers of Iranian drones to Russia": suppliers that are the
        // object of another verb are not its subject; the makers of the items after "of" supply
        if lang == "en"
            && trig.noun
            && let Some(c) = supplier_object(s, tspan, &actor, tw)
        {
            if recipient
                .as_ref()
                .is_some_and(|r| c.as_ref().is_some_and(|c| c.id == r.id))
            {
                recipient = None;
            }
            actor = c;
        }
        // "Sanktionen gegen iranische Firmen, die Russland mit Drohnen beliefern", "Chinese
        // companies that supply Russia": the firms or people a relative clause follows act
        if clause > 0
            && matches!(
                trig.frame,
                Frame::Give | Frame::With | Frame::Support | Frame::Train
            )
            && let Some(rp) = opening_rel_pron(s, c_start, tspan)
            && let Some(ante) = s
                .cands
                .iter()
                .rev()
                .find(|c| c.span.end <= rp.start && !c.speaker)
                .filter(|c| {
                    // "gegen iranische Personen und Firmen zu übernehmen, die …": over the
                    // noun group and a verb group put before the relative clause
                    matches!(c.head, Head::People | Head::Firm)
                        && token_gap(&s.toks, c.span.end, rp.start) <= 7
                })
            // no subject of its own before the verb: the relative pronoun is the subject
            // (a reporting clause does not count: "firms that Washington says helped …")
            && !s.cands.iter().any(|c| {
                c.span.start >= rp.end
                    && c.span.end <= tspan.start
                    && c.marker == Marker::None
                    && !reports_before(s, c, tspan)
                    && Some(&c.id) != actor.as_ref().map(|a| &a.id)
                    && Some(&c.id) != recipient.as_ref().map(|r| &r.id)
            })
        {
            let other = [recipient.take(), actor.take()]
                .into_iter()
                .flatten()
                .find(|c| c.clause == clause && c.id != ante.id);
            actor = Some(ante.clone());
            recipient = other;
        }
        // "seeking the Kremlin's assistance", "asked for Beijing's help": the possessor right
        // before a noun of help (over an adjective) gives it, and the clause's other party
        // receives it
        let help_noun = kind_support_noun(trig, s, tspan, tw);
        if help_noun
            && let Some(g) = s.cands.iter().find(|c| {
                c.genitive
                    && !c.speaker
                    && c.span.end <= tspan.start
                    && token_gap(&s.toks, c.span.end, tspan.start) <= 2
                    && !lower[c.span.end..tspan.start].contains(',')
            })
            && actor.as_ref().is_some_and(|a| a.id != g.id)
        {
            help_giver(&mut actor, &mut recipient, g);
        }
        // "built the drone with the help of Chinese engineers", "with Russian help": the
        // party on the word of help after "with" gives, the clause's other party receives
        if help_noun
            && s.cues_of(cue_kind::WITH).any(|(cs, c)| {
                matches!(c, Cue::With)
                    && cs.end <= tspan.start
                    && token_gap(&s.toks, cs.end, tspan.start) <= 2
            })
            && let Some(g) = s.cands.iter().find(|c| {
                !c.speaker
                    && c.head != Head::Item
                    && ((c.span.end <= tspan.start
                        && token_gap(&s.toks, c.span.end, tspan.start) == 0)
                        || (c.span.start >= tspan.end
                            && token_gap(&s.toks, tspan.end, c.span.start) <= 2))
            })
            && actor.as_ref().is_some_and(|a| a.id != g.id)
        {
            help_giver(&mut actor, &mut recipient, g);
        }
        // "Sanktionen gegen Firmen, die Russland mit Drohnenteilen beliefern": firms of no
        // named state right before the relative pronoun act (the plural verb agrees with
        // them, not with the singular state in the clause), and the state receives
        if lang == "de"
            && clause > 0
            && matches!(
                trig.frame,
                Frame::Give | Frame::With | Frame::Support | Frame::Train
            )
            && let Some(rp) = opening_rel_pron(s, c_start, tspan)
            && lower[..rp.start].trim_end().ends_with(',')
            && let Some(head) = s
                .toks
                .iter()
                .rev()
                .find(|t| t.span.end <= rp.start && lower[t.span.start..t.span.end] != *",")
            && s.cues_of(cue_kind::FIRM)
                .any(|(cs, c)| matches!(c, Cue::Firm) && cs.overlaps(&head.span))
            && !s.cands.iter().any(|c| {
                c.span.end <= head.span.end && token_gap(&s.toks, c.span.end, head.span.start) == 0
            })
            && s.toks
                .iter()
                .find(|t| t.span.overlaps(&tspan))
                .is_some_and(|t| lower[t.span.start..t.span.end].ends_with('n'))
        {
            let inside = [actor.take(), recipient.take()]
                .into_iter()
                .flatten()
                .find(|c| {
                    c.clause == clause && c.span.start >= rp.end && c.span.end <= tspan.start
                });
            recipient = inside;
        }
        // a German zu-infinitive ("bestreitet, Russland Raketen geschickt zu haben") and an
        // English to-infinitive after a comma take the subject of the main clause
        let zu_inf = clause > 0 && {
            let before = lower[c_start..tspan.start].split_whitespace().next_back();
            let after = lower[tspan.end..c_end].split_whitespace().next();
            before == Some("zu")
                || before == Some("to")
                || after == Some("zu")
                // (a fused infinitive, "bereitzustellen"; not a noun, "Unterstützung"; not
                // the particle of a finite verb, "dass Washington … zusichert")
                || (!trig.noun
                    && token_at(s, tspan).is_some_and(|t| {
                        let w = &lower[t.span.start..t.span.end];
                        w.ends_with('n') && w.get(2..).is_some_and(|r| r.contains("zu"))
                    }))
        };
        if zu_inf && trig.frame != Frame::Pair && !self_train && !demanded {
            // "die russischen Bemühungen, … zu beschaffen", "Russlands Versuch, … zu kaufen":
            // an infinitive clause after a noun has the noun's owner as its subject
            let noun_owner = s
                .toks
                .iter()
                .rev()
                .find(|t| t.span.end <= c_start)
                .filter(|t| {
                    text[t.span.start..t.span.end].starts_with(|c: char| c.is_uppercase())
                        && !s.mentions.iter().any(|m| m.span.overlaps(&t.span))
                        && text[t.span.end..c_start].trim() == ","
                })
                .and_then(|noun| {
                    s.cands.iter().find(|c| {
                        !c.speaker
                            && c.span.end <= noun.span.start
                            && token_gap(&s.toks, c.span.end, noun.span.start) == 0
                            && (c.genitive || c.head == Head::Other)
                    })
                })
                .cloned();
            // "Blinken warf China vor, Russland … zu helfen": the one accused acts
            let accused = s
                .cues
                .iter()
                .filter(|(cs, c)| matches!(c, Cue::Accuse) && cs.end <= c_start)
                .find_map(|(cs, _)| {
                    s.cands.iter().find(|c| {
                        !c.speaker
                            && c.span.start >= cs.end
                            && c.span.end <= c_start
                            && matches!(
                                c.head,
                                Head::Noun | Head::Other | Head::People | Head::Firm
                            )
                    })
                })
                .cloned();
            let main_subject = noun_owner.or(accused).or_else(|| {
                s.cands
                    .iter()
                    .find(|c| {
                        // "Teheran bestreitet, … geschickt zu haben": the subject of a denial may be
                        // its speaker, not of a plain reporting verb ("sagte, … zu liefern")
                        // "Iranische Beamte erwägen, … bereitzustellen": people and firms of a
                        // state act for it, even where they also stand as an unnamed source
                        let people = matches!(c.head, Head::People | Head::Firm)
                            && !matches!(trig.frame, Frame::Train | Frame::Deploy);
                        (!c.speaker || denial_before(s, c) || people)
                            && c.span.end <= c_start
                            && c.marker == Marker::None
                            && (matches!(c.head, Head::Noun | Head::Other) || people)
                    })
                    .cloned()
            });
            if let Some(ms) = main_subject {
                let in_clause = |c: &Option<Cand>| {
                    c.as_ref()
                        .is_some_and(|c| c.clause == clause && c.id != ms.id)
                };
                if trig.frame == Frame::Receive {
                    // "versucht, in Teheran Raketen zu beschaffen": the clause's place gives
                    if !in_clause(&actor) {
                        actor = if in_clause(&recipient) {
                            recipient.take()
                        } else {
                            None
                        };
                    }
                    recipient = Some(ms);
                } else {
                    let other = if in_clause(&recipient) {
                        recipient.take()
                    } else if in_clause(&actor) {
                        actor.take()
                    } else {
                        recipient.take().filter(|r| r.id != ms.id)
                    };
                    actor = Some(ms);
                    recipient = other;
                }
            }
        }

        // "Russische Firmen sind am Erwerb iranischer Drohnen beteiligt", "Firmen, die an der
        // Produktion russischer Drohnen beteiligt sind": who takes part in a nominal act
        // does it; the party after the noun is the other side
        if let Some(at) = participation(s, tspan, trig, clause, nominal) {
            let subject = s
                .cands
                .iter()
                .rfind(|c| {
                    c.clause == clause && c.span.end <= at && !c.speaker && c.head != Head::Item
                })
                .or_else(|| rel_antecedent(s, trig, clause, tspan))
                .or_else(|| participant_firm(s, clause))
                .cloned();
            if let Some(subj) = subject {
                let other = s
                    .cands
                    .iter()
                    .find(|c| {
                        c.clause == clause
                            && c.span.start >= tspan.end
                            && c.id != subj.id
                            && !c.speaker
                            && matches!(c.marker, Marker::None | Marker::Actor | Marker::Recipient)
                    })
                    .cloned();
                if trig.frame == Frame::Receive {
                    recipient = Some(subj);
                    actor = other
                        .or(actor.filter(|a| Some(&a.id) != recipient.as_ref().map(|r| &r.id)));
                } else {
                    actor = Some(subj);
                    recipient = other
                        .or(recipient.filter(|r| Some(&r.id) != actor.as_ref().map(|a| &a.id)));
                }
            }
        }
        // "designating two North Korean officials involved in arranging the transfer of
        // missiles to Russia": the people or firms involved in the act do it
        if trig.id.starts_with("en.")
            && !matches!(trig.frame, Frame::Pair | Frame::Receive | Frame::Sanction)
            && let Some(doer) = involved_doer(s, tspan)
        {
            if recipient.as_ref().is_some_and(|r| r.id == doer.id) {
                recipient = None;
            }
            actor = Some(doer);
        }
        // (the trigger and at most three parties: one allocation)
        let mut evidence = Vec::with_capacity(4);
        evidence.push(tspan);
        if let Some(a) = &actor {
            evidence.push(a.span);
        }
        if let Some(r) = &recipient {
            evidence.push(r.span);
        }
        // "iranische Drohnen in russischen Händen", "Waffen in den Händen der Hisbollah": a
        // nominal origin trigger of holding names the holder right before it (an
        // adjective) or right after it, and the items held stand just before it
        if trig.origin && trig.noun {
            let gap = |a: usize, b: usize| token_gap(&s.toks, a, b);
            let holder = s.cands.iter().find(|c| {
                !c.speaker
                    && c.head != Head::Item
                    && ((c.span.end <= tspan.start && gap(c.span.end, tspan.start) == 0)
                        || (c.span.start >= tspan.end && gap(tspan.end, c.span.start) <= 1))
            });
            let held = s.mentions.iter().any(|m| {
                matches!(m.kind, MentionKind::Item { .. })
                    && m.span.start >= c_start
                    && m.span.end <= tspan.start
                    && gap(m.span.end, tspan.start) <= 4
            });
            match holder {
                Some(h) if held => {
                    recipient = Some(h.clone());
                    actor = None;
                }
                _ => return Err("a phrase of holding without its holder or the items held".into()),
            }
        }
        // "seized Iranian weapons meant for the Houthis": the items' origin gives
        if trig.origin
            && actor.as_ref().is_none_or(|a| a.marker != Marker::Actor)
            && let Some(c) = s.cands.iter().find(|c| c.head == Head::Item && !c.speaker)
        {
            evidence.push(c.span);
            actor = Some(c.clone());
        }
        // "Komponenten, die aus dem Iran stammen", "Die Raketen der Huthi stammen aus dem
        // Iran": a verb of provenance has the items as its subject, so no party of the
        // clause's subject position receives; the place after "aus" gives, and the holder
        // is a party right after the items (a genitive) or, failing one, the context's
        if trig.from {
            let Some(giver) = s
                .cands
                .iter()
                .find(|c| c.clause == clause && c.marker == Marker::Actor && !c.speaker)
                .cloned()
            else {
                return Err("a verb of provenance without its origin".into());
            };
            // (the items are what comes from there: "Viele Gäste kamen aus Frankreich" is
            // no transfer)
            if !s.mentions.iter().any(|m| {
                // (or before it: "Bauteile, die aus Nordkorea stammen")
                matches!(m.kind, MentionKind::Item { .. }) && m.span.end <= c_end
            }) {
                return Err("a verb of provenance with no items before its clause ends".into());
            }
            let holder = s
                .cands
                .iter()
                .find(|c| {
                    c.id != giver.id
                        && !c.speaker
                        && c.head != Head::Item
                        && s.mentions.iter().any(|m| {
                            matches!(m.kind, MentionKind::Item { .. })
                                && m.span.end <= c.span.start
                                && token_gap(&s.toks, m.span.end, c.span.start) <= 1
                        })
                })
                .cloned();
            evidence.push(giver.span);
            actor = Some(giver);
            recipient = holder;
        }
        // "Die iranischen Drohnen erreichten Russland", "Die ersten Leopard 2 erreichen die
        // Ukraine": a verb of reaching has the items as its subject; the bare party right
        // after it receives, the items' origin ("aus dem Iran"), their adjective or their
        // maker gives. Weapons that reach a foe or their targets are an attack.
        let mut reach_maker: Option<String> = None;
        if trig.reach {
            let items_before = s.mentions.iter().any(|m| {
                matches!(m.kind, MentionKind::Item { .. })
                    && m.span.start >= c_start
                    && m.span.end <= tspan.start
            });
            let receiver = s
                .cands
                .iter()
                .find(|c| {
                    c.clause == clause
                        && !c.speaker
                        && c.span.start >= tspan.end
                        && c.marker == Marker::None
                        && c.head == Head::Noun
                        && token_gap(&s.toks, tspan.end, c.span.start) <= 1
                })
                .cloned();
            let attack = sent_words(s).iter().any(|w| {
                [
                    "angriff",
                    "angegriffen",
                    "abgefangen",
                    "abgeschossen",
                    "einschl",
                    "explodi",
                    "ziel",
                ]
                .iter()
                .any(|p| w.starts_with(p))
            });
            let (true, Some(r), false) = (items_before, receiver, attack) else {
                return Err(
                    "a verb of reaching without items before it or a party right after it".into(),
                );
            };
            // the clause's marked actor, or the party on the items before the verb
            let sender = s.cands.iter().find(|c| {
                c.clause == clause
                    && !c.speaker
                    && c.id != r.id
                    && (c.marker == Marker::Actor
                        || (c.head == Head::Item && c.span.end <= tspan.start))
            });
            let giver = sender.map(|c| String::from(&*c.id)).or_else(|| {
                s.mentions.iter().find_map(|m| match &m.kind {
                    MentionKind::Item {
                        maker: Some(mk),
                        system: true,
                        ..
                    } if m.span.start >= c_start && m.span.end <= tspan.start => {
                        Some(String::from(&**mk))
                    }
                    _ => None,
                })
            });
            if giver
                .as_ref()
                .is_some_and(|g| self.foes.contains(&(g.clone(), String::from(&*r.id))))
            {
                return Err("weapons of a foe that reach a party are an attack".into());
            }
            actor = sender.cloned();
            if actor.is_none() {
                reach_maker = giver;
            }
            evidence.push(r.span);
            recipient = Some(r);
        }
        // "…, sagte eine Sprecherin des EU-Außenbeauftragten Josep Borrell": a person who
        // speaks for no state or body is no party (the parties are states and bodies)
        // "KNDS soll künftig in der Ukraine Granaten produzieren": a firm of no one state
        // (or an unnamed firm) that produces in a place produces for it; the producer is null
        let placed = made_in_place(s, trig, c_start, tspan, &actor, &recipient);
        if let Some(p) = &placed {
            actor = None;
            recipient = Some(p.clone());
        }
        if let Some((p, _)) = &produced_in {
            actor = None;
            evidence.push(p.span);
            recipient = Some(p.clone());
        }
        // "Russia is using North Korean soldiers": a `staff` trigger stands only with people
        // of another party after it in its clause, and they are its actor
        // "Belarus hosts Russian troops": hosting people of another party is no meeting
        let staff_after = |c: &Cand| {
            c.head == Head::People
                && !c.speaker
                && c.clause == clause
                && c.span.start >= tspan.end
                && token_gap(&s.toks, tspan.end, c.span.start) <= 4
        };
        if !trig.staff
            && trig.frame == Frame::Pair
            && s.triggers.iter().any(|(ts, tg)| tg.staff && *ts == tspan)
            && s.cands.iter().any(staff_after)
        {
            return Err("people of a party hosted are personnel, no meeting".into());
        }
        if trig.staff {
            let staff = s.cands.iter().find(|c| staff_after(c));
            match staff {
                Some(p) if recipient.as_ref().is_some_and(|r| r.id != p.id) => {
                    actor = Some(p.clone());
                }
                _ => return Err("no people of another party right after it".into()),
            }
        }
        let stateless = |id: &String| id.starts_with("person:");
        let mut actor_id = actor
            .take()
            .map(|c| String::from(&*c.id))
            .filter(|id| !stateless(id));

        let mut recipient_id = recipient
            .take()
            .map(|c| String::from(&*c.id))
            .filter(|id| !stateless(id));
        if let Some((_, maker)) = &produced_in {
            actor_id = maker.clone();
        }
        if actor_id.is_none() && reach_maker.is_some() {
            actor_id = reach_maker;
        }
        // "North Korea denied sending troops to Russia": the denier of a deployment is the
        // one said to deploy (the speaker is no party of the clause otherwise)
        if actor_id.is_none()
            && trig.frame == Frame::Deploy
            && recipient_id.is_some()
            && let Some(c) = s.cands.iter().find(|c| {
                c.speaker
                    && c.span.end <= tspan.start
                    && denial_before(s, c)
                    && recipient_id.as_deref() != Some(&*c.id)
            })
        {
            actor_id = Some(String::from(&*c.id));
            evidence.push(c.span);
        }
        // "Pyongyang admits its troops fought in Kursk": people the speaker calls its own
        // ("its troops", "their soldiers") are the speaker's
        if actor_id.is_none()
            && lang == "en"
            && trig.frame == Frame::Deploy
            && trig.noun
            && recipient_id.is_some()
            && let Some(i) = tok_index(s, tspan)
            && i >= 1
            && matches!(sent_words(s)[i - 1], "its" | "their")
            && let Some(c) = s.cands.iter().rfind(|c| {
                c.speaker
                    && c.span.end <= s.toks[i - 1].span.start
                    && c.head == Head::Noun
                    && recipient_id.as_deref() != Some(&*c.id)
            })
        {
            actor_id = Some(String::from(&*c.id));
        }
        // "Iran rüstet Huthis mit Raketenteilen aus. … Komponenten, die aus dem Iran stammen":
        // a provenance with no holder named goes on with the latest transfer of the same
        // giver within two sentences (or of the headline), whose receiver holds the items
        if trig.from
            && recipient_id.is_none()
            && let Some(giver) = actor_id.as_deref()
        {
            recipient_id = ctx
                .recent()
                .rev()
                .filter(|(i, _)| *i < s.idx && s.idx - *i <= 2)
                .map(|(_, e)| e)
                .chain(ctx.titles())
                .find(|e| e.kind == EventType::Supply && e.actor.as_deref() == Some(giver))
                .and_then(|e| e.recipient.clone());
        }
        let in_sentence = (actor_id.is_some() as u8) + (recipient_id.is_some() as u8);
        // "sollen Kampfhubschrauber vom Typ Mi-28 an die iranischen Luftstreitkräfte
        // gegangen sein": a named system's maker is the giver the sentence names
        let maker_named = trig.weak
            && actor_id.is_none()
            && recipient_id.is_some()
            && matches!(trig.frame, Frame::Give | Frame::Receive | Frame::With)
            && s.mentions.iter().any(|m| {
                matches!(&m.kind, MentionKind::Item { maker: Some(mk), system: true, .. }
                    if Some(&**mk) != recipient_id.as_deref())
            });
        // "Moskau hilft dem Regime", "Beijing is helping the reclusive state": a description
        // (a `pron` cue of value `partner`) in the trigger's clause stands for the side
        // a weak trigger misses; it must resolve to a party within two sentences (below)
        let desc_in_clause = s
            .cues_of(cue_kind::PRON)
            .any(|(cs, c)| matches!(c, Cue::Pron(true)) && cs.start >= c_start && cs.end <= c_end);
        let desc_side = trig.weak && in_sentence == 1 && desc_in_clause;
        // "Nordkorea hat 3.000 Soldaten nach Russland geschickt. … die Soldaten würden bald
        // eingesetzt": a definite noun of people with no party in its sentence goes on with
        // the personnel act of the two sentences before (GUIDELINES: an anaphor takes the
        // parties of its antecedent)
        let people_anaphor = trig.weak
            && trig.noun
            && trig.kind == EventType::Personnel
            // (the sentence's speaker is no side: "Pistorius sagte, die Soldaten würden …")
            && (in_sentence == 0
                || in_sentence == 1
                    && !s.cands.iter().any(|c| !c.speaker)
                    && s.cands.iter().any(|c| {
                        actor_id.as_deref().or(recipient_id.as_deref()) == Some(&*c.id)
                    }))
            && definite_np(s, lower, tspan)
            && ctx
                .recent()
                .rev()
                .filter(|(i, _)| *i < s.idx && s.idx - *i <= 2)
                .any(|(_, e)| {
                    e.kind == EventType::Personnel && e.actor.is_some() && e.recipient.is_some()
                });
        if trig.weak
            && !people_anaphor
            && in_sentence
                + u8::from(maker_named || placed.is_some() || produced_in.is_some() || desc_side)
                < 2
        {
            return Err("weak trigger without both parties in its sentence".into());
        }
        if people_anaphor {
            actor_id = None;
            recipient_id = None;
        }
        if trig.weak && trig.frame == Frame::Pair && who_pair_without_parties(s, tspan) {
            return Err("the relative clause of a person names no parties of its own".into());
        }
        // "diese Firmen", "these companies": the firms named just before, by their state
        if actor_id.is_none() || recipient_id.is_none() {
            let firm_anaphor = s.cues_of(cue_kind::FIRM_PRON).find(|(cs, c)| {
                matches!(c, Cue::FirmPron) && cs.start >= c_start && cs.end <= c_end
            });
            if let Some((fs, _)) = firm_anaphor {
                let other = actor_id.as_ref().or(recipient_id.as_ref()).cloned();
                let ante = ctx
                    .recent_firms
                    .iter()
                    .rev()
                    .find(|(i, id)| *i < s.idx && Some(id) != other.as_ref())
                    .map(|(_, id)| id.clone());
                if let Some(a) = ante {
                    // the description's role: before the trigger it is the subject
                    if actor_id.is_none() && (fs.start < tspan.start || recipient_id.is_some()) {
                        actor_id = Some(a);
                    } else if recipient_id.is_none() {
                        recipient_id = Some(a);
                    }
                }
            }
        }
        // "Iran has denied sending weapons": the one who denies is the one said to act;
        // "The U.S. Treasury announced sanctions": the one who announces an act named
        // right after the verb is its actor
        // English action nouns by their endings ("confirms donation of …")
        let token = token_at(s, tspan).map_or("", |t| &s.lower_text[t.span.start..t.span.end]);
        let action_noun = trig.noun
            || (trig.id.starts_with("en.")
                && [
                    "tion", "tions", "sion", "sions", "ment", "ments", "ance", "ances", "ery",
                    "eries",
                ]
                .iter()
                .any(|e| token.ends_with(e)));
        let announces = |c: &Cand| {
            action_noun
                && s.cues_of(cue_kind::REPORT).any(|(cs, cue)| {
                    matches!(cue, Cue::Report(_))
                        && cs.start >= c.span.end
                        && cs.end <= tspan.start
                        && token_gap(&s.toks, c.span.end, cs.start) <= 3
                        && (token_gap(&s.toks, cs.end, tspan.start) <= 3
                            // "announced a new $400 million military aid package": an
                            // English object noun phrase with amounts and adjectives, in
                            // one clause and naming no other party
                            || (lang == "en"
                                && token_gap(&s.toks, cs.end, tspan.start) <= 8
                                && s.clause_of(cs.start) == s.clause_of(tspan.start)
                                && !s.lower_text[cs.end..tspan.start].contains([',', ';', ':'])
                                && !s
                                    .cands
                                    .iter()
                                    .any(|k| k.span.start >= cs.end && k.span.end <= tspan.start)))
                })
        };
        // "Großbritannien kündigte an, der Ukraine Drohnen bereitzustellen": who announces
        // or promises an act of an infinitive with zu/to does it (not who warns or demands)
        let infinitive = !trig.noun && {
            let w = token_at(s, tspan).map_or("", |t| &s.lower_text[t.span.start..t.span.end]);
            fused_zu_infinitive(w)
                || s.toks
                    .iter()
                    .rev()
                    .find(|t| t.span.end <= tspan.start)
                    .is_some_and(|t| matches!(&s.lower_text[t.span.start..t.span.end], "zu" | "to"))
        };
        let controls = |c: &Cand| {
            infinitive
                && s.cues_of(cue_kind::COMMIT).any(|(cs, cue)| {
                    matches!(cue, Cue::Commit)
                        && cs.start >= c.span.end
                        && cs.end <= tspan.start
                        && token_gap(&s.toks, c.span.end, cs.start) <= 3
                })
        };
        if actor_id.is_none()
            && !people_anaphor
            && trig.frame != Frame::Receive
            && let Some(c) = s.cands.iter().find(|c| {
                c.speaker
                    && c.span.end <= tspan.start
                    && (denial_before(s, c)
                        || announces(c)
                        || controls(c)
                        || says_pron(s, c, tspan))
            })
            && recipient_id.as_deref() != Some(&*c.id)
        {
            actor_id = Some(String::from(&*c.id));
            evidence.push(c.span);
        }
        // "his country would transfer": the state the sentence's source speaks for
        let own_pron = s.cues_in(c_start, tspan.start).any(|(_, c)| {
            matches!(c, Cue::OwnPron(false)) || (matches!(c, Cue::OwnPron(true)) && !nominal)
        });
        if actor_id.is_none() && own_pron {
            actor_id = attribution
                .iter()
                .find(|a| !a.contains(':') && recipient_id.as_ref() != Some(*a))
                .cloned();
        }
        // "Norway says its first F-16 jets have arrived in Ukraine": a state that reports
        // an arrival it is not the receiver of sent what arrived
        if actor_id.is_none()
            && !people_anaphor
            && trig.moves
            && let Some(c) = s.cands.iter().find(|c| {
                c.speaker
                    && c.span.end <= tspan.start
                    && c.head == Head::Noun
                    && !c.id.contains(':')
                    && recipient_id.as_deref() != Some(&*c.id)
            })
        {
            actor_id = Some(String::from(&*c.id));
            evidence.push(c.span);
        }
        // a supplier named just before ("the arrival of the F-16s" after "from the Netherlands")

        // "receive jets from its Western partners": a giver named, but as no party
        // ("with help from other allies": likewise right after any act)
        let unnamed_giver = s.cues_of(cue_kind::ACTOR).any(|(cs, c)| {
            matches!(c, Cue::Actor)
                && cs.start >= tspan.end
                && cs.end <= c_end
                && (trig.frame == Frame::Receive
                    || (lang == "en" && token_gap(&s.toks, tspan.end, cs.start) == 0))
                && !s
                    .cands
                    .iter()
                    .any(|k| k.span.start >= cs.end && k.span.end <= c_end)
        });
        if unnamed_giver && matches!(trig.frame, Frame::Give | Frame::Support) {
            actor_id = None;
        }
        if actor_id.is_none()
            && recipient_id.is_some()
            && !unnamed_giver
            && matches!(trig.frame, Frame::Give | Frame::Receive | Frame::With)
        {
            // of the latest sentence with such an act, its first (main) act: "six jets have
            // arrived from the Netherlands, with more expected from Denmark. … the arrival"
            let found: Vec<(usize, &Event)> = ctx
                .recent()
                .filter(|(i, e)| {
                    *i < s.idx
                        && e.kind == trig.kind
                        && e.recipient == recipient_id
                        && e.actor.is_some()
                })
                .collect();
            let latest = found.iter().map(|(i, _)| *i).max();
            actor_id = found
                .iter()
                .find(|(i, _)| Some(*i) == latest)
                .and_then(|(_, e)| e.actor.clone());
        }
        // the maker of a named system supplies where no one else is named, unless a
        // pronoun stands for the subject ("his country would transfer F-16s")
        let pron_subject = s.cues_of(cue_kind::PRON).any(|(cs, c)| {
            matches!(c, Cue::Pron(_)) && cs.start >= c_start && cs.end <= tspan.start
        });
        if actor_id.is_none()
            && !unnamed_giver
            && !(pron_subject && trig.frame == Frame::Give)
            && matches!(trig.frame, Frame::Give | Frame::Receive | Frame::With)
        {
            let maker = s
                .mentions
                .iter()
                .filter(|m| m.span.start >= c_start && m.span.end <= c_end)
                .chain(s.mentions.iter())
                .find_map(|m| match &m.kind {
                    MentionKind::Item {
                        maker: Some(mk),
                        system: true,
                        ..
                    } if Some(&**mk) != recipient_id.as_deref() => Some(String::from(&**mk)),
                    _ => None,
                })
                .or_else(|| {
                    s.cands
                        .iter()
                        .find(|c| {
                            c.head == Head::Item
                                && !c.speaker
                                && recipient_id.as_deref() != Some(&*c.id)
                        })
                        .map(|c| String::from(&*c.id))
                });
            actor_id = maker;
        }
        // "Russland produziert Shahed-Drohnen in Lizenz": building another's named system
        // joins its maker
        if trig.kind == EventType::JointProduction && actor_id.is_none() != recipient_id.is_none() {
            let known = actor_id.as_ref().or(recipient_id.as_ref());
            let maker = s
                .mentions
                .iter()
                .filter(|m| m.span.start >= c_start && m.span.end <= c_end)
                .find_map(|m| match &m.kind {
                    MentionKind::Item {
                        maker: Some(mk),
                        system: true,
                        ..
                    } if Some(&**mk) != known.map(String::as_str) => Some(String::from(&**mk)),
                    _ => None,
                });
            fill_missing_side(&mut actor_id, &mut recipient_id, maker);
        }
        // "Nach einem Treffen mit Xi sagte Putin, …": a meeting's other side is the one
        // who speaks of it
        if trig.kind == EventType::Meeting
            && trig.noun
            && (actor_id.is_none() != recipient_id.is_none())
            && {
                let r = lower[tspan.end..].trim_start();
                r.starts_with("mit ") || r.starts_with("with ")
            }
        {
            let other = actor_id.as_ref().or(recipient_id.as_ref()).cloned();
            if let Some(sp) = s
                .cands
                .iter()
                .find(|c| c.speaker && c.head == Head::Noun && other.as_deref() != Some(&*c.id))
            {
                if actor_id.is_none() {
                    actor_id = Some(String::from(&*sp.id));
                } else {
                    recipient_id = Some(String::from(&*sp.id));
                }
            }
        }
        let mut anaphor = false;
        let mut ante_status: Option<Status> = None;
        let mut people_on = false;
        // "The two countries signed a pact", "both sides agreed": a description of two
        // parties at once names the two of the latest act with both (or of the latest
        // sentence naming two), in this sentence before the clause or the two before it
        // ("The two countries held talks in Tokyo": the place of a meeting may be one of
        // the two)
        let known_one = actor_id.as_ref().xor(recipient_id.as_ref()).cloned();
        if (actor_id.is_none() || recipient_id.is_none())
            && (trig.kind.is_unordered() || trig.frame == Frame::Pair)
            && (s.cues_in(c_start, c_end)
                .any(|(_, c)| matches!(c, Cue::PairPron))
                // ("The four ministers also held their second "two-plus-two" talks": a
                // quote cuts the clause; the description still opens the sentence)
                || lang == "en" && s.cues_in(s.span.start, tspan.start).any(|(cs, c)| {
                    matches!(c, Cue::PairPron)
                        && !s
                            .cands
                            .iter()
                            .any(|p| !p.speaker && p.span.start < tspan.start && p.span.end > cs.end)
                }))
        {
            let mut here: Vec<&str> = Vec::new();
            for c in s
                .cands
                .iter()
                .filter(|c| c.span.end <= c_start && !c.speaker)
            {
                if !here.contains(&&*c.id) {
                    here.push(&c.id);
                }
            }
            let pair = if here.len() >= 2 {
                Some((here[0].to_string(), here[1].to_string()))
            } else {
                (1..=2)
                    .filter_map(|back| s.idx.checked_sub(back))
                    .find_map(|i| {
                        ctx.recent()
                            .rev()
                            .filter(|(j, _)| *j == i)
                            .map(|(_, e)| e)
                            .find_map(|e| e.actor.clone().zip(e.recipient.clone()))
                            .or_else(|| {
                                ctx.recent_pairs
                                    .iter()
                                    .find(|(j, _, _)| *j == i)
                                    .map(|(_, a, b)| (String::from(&**a), String::from(&**b)))
                            })
                    })
            };
            if let Some((a, b)) = pair.or_else(|| {
                ctx.titles()
                    .find_map(|e| e.actor.clone().zip(e.recipient.clone()))
            }) && known_one.as_ref().is_none_or(|k| *k == a || *k == b)
            {
                actor_id = Some(a);
                recipient_id = Some(b);
            }
        }
        // pronouns and descriptions: the antecedent within two sentences
        let has_pron = s
            .cues_of(cue_kind::PRON)
            .any(|(cs, c)| matches!(c, Cue::Pron(_)) && cs.start >= c_start && cs.end <= c_end)
            || (lang == "en" && possessed_act(s, tspan, trig.noun || nominal, tw))
            || dative_pron;
        // "Die Drohnen werden in China produziert. Anschließend sollen sie nach Russland
        // geliefert werden": the pronoun of a passive is what is given, and the place where
        // it was made (GUIDELINES: the maker names the supplier) gives it
        if has_pron && passive && trig.frame == Frame::Give && actor_id.is_none() && lang == "de" {
            actor_id = ctx
                .recent_makers
                .iter()
                .rev()
                .find(|(i, id)| *i < s.idx && Some(id) != recipient_id.as_ref())
                .map(|(_, id)| id.clone());
        }
        // "Anschließend sollen sie nach Russland geliefert werden": the pronoun of a
        // passive is what is given (or, "sie wurden mit Drohnen beliefert", who receives)
        let pron_fills = (!passive || (trig.frame == Frame::With && recipient_id.is_none()))
            && !(actor_id.is_none() && self_train);
        if has_pron && pron_fills && (actor_id.is_none() || recipient_id.is_none()) {
            let other = actor_id.as_ref().or(recipient_id.as_ref()).cloned();
            // "Beijing has insisted that it does not provide weapons": the speaker of the
            // sentence comes first, then subjects and actors of the sentences before
            let speaker = s
                .cands
                .iter()
                .find(|c| {
                    c.speaker
                        && c.span.end <= tspan.start
                        && c.head == Head::Noun
                        && other.as_deref() != Some(&*c.id)
                })
                .map(|c| String::from(&*c.id));
            // "his country would transfer": the state the sentence's source speaks for
            let speaker = speaker.or_else(|| {
                attribution
                    .iter()
                    .find(|a| own_pron && !a.contains(':') && Some(*a) != other.as_ref())
                    .cloned()
            });
            // "Russland hat Nordkorea Raketen geliefert. Moskau hilft dem abgeschotteten
            // Staat": a description beside a named party stands for that party's partner in
            // the latest act (or sentence) of the two before naming both, else the headline's
            let partner = other
                .as_deref()
                .filter(|_| desc_in_clause)
                .and_then(|k| latest_partner(ctx, s.idx, k));
            let ante = speaker
                .or(partner)
                .or_else(|| er_speaker_state(s, ctx, c_start, c_end, other.as_deref()))
                .or_else(|| {
                    ctx.recent
                        .iter()
                        .rev()
                        .find(|(i, id)| *i < s.idx && Some(id) != other.as_ref())
                        .map(|(_, id)| id.clone())
                });

            if ante.is_some() {
                if passive {
                    recipient_id = ante;
                } else if actor_id.is_none() {
                    actor_id = ante;
                } else {
                    recipient_id = ante;
                }
            }
        }
        if desc_side && (actor_id.is_none() || recipient_id.is_none()) {
            return Err("weak trigger whose description names no earlier party".into());
        }
        // "der Flugzeugtyp wurde auch in andere Länder exportiert": the other side is
        // named as unknown parties
        let others = s
            .cues_in(c_start, c_end)
            .any(|(_, c)| matches!(c, Cue::Others));
        if actor_id.is_none() && recipient_id.is_none() {
            // "Die ersten Fahrzeuge sollen im Herbst übergeben werden": the act of the
            // sentence before (or of the headline) goes on, with its parties
            // "the shipments", "these deliveries", "the package" (a definite noun) and
            // verbs take the act of the two sentences before (GUIDELINES: an antecedent
            // within two sentences), else the headline's act of the same kind in the
            // article's first sentences; German likewise: "wegen der Drohnenlieferungen",
            // "Die Lieferungen werden … finanziert"
            let definite = trig.noun && definite_np(s, lower, tspan);
            // "The troops … are expected to be sent to the front", "some 12,000 troops could
            // eventually be sent": people as the passive subject of a giving verb, in a
            // sentence naming no party, are more of those sent in the personnel act before
            people_on = lang == "en" && passive && people_sent_passive(s, tspan, trig);
            let want = if people_on {
                EventType::Personnel
            } else {
                trig.kind
            };
            let prev = ctx
                .recent()
                .rev()
                .filter(|(i, _)| *i < s.idx && s.idx - *i <= 2)
                .map(|(_, e)| e)
                .find(|e| {
                    // "… hat bei Raytheon Flugkörper in Auftrag gegeben. Der Vertrag umfasst
                    // …": an order (a supply agreed) is the deal a contract noun goes on with
                    (e.kind == want
                        || want == EventType::Agreement
                            && e.kind == EventType::Supply
                            && e.status == Status::Agreed)
                        && e.actor.is_some()
                        && e.recipient.is_some()
                })
                // GUIDELINES: a missing party comes from the headline too
                .or_else(|| {
                    (s.idx <= 3)
                        .then(|| {
                            ctx.titles().find(|e| {
                                e.kind == want && e.actor.is_some() && e.recipient.is_some()
                            })
                        })
                        .flatten()
                });
            match prev {
                Some(e)
                    if people_on || people_anaphor || (!trig.weak && (!trig.noun || definite)) =>
                {
                    anaphor = true;
                    ante_status = Some(e.status);
                    actor_id = e.actor.clone();
                    if !others {
                        recipient_id = e.recipient.clone();
                    }
                }
                _ => return Err("no party found".into()),
            }
        }

        // "Im Gegenzug erhält Nordkorea Technologie", "in return, Iran gets jets": the act
        // answers the latest act of its named party, whose other party is its missing side
        if actor_id.is_none() != recipient_id.is_none()
            && s.cues_in(s.span.start, tspan.start)
                .any(|(_, c)| matches!(c, Cue::InReturn))
        {
            let known = actor_id.as_ref().or(recipient_id.as_ref());
            // "Mit den USA sei vereinbart, dass Deutschland im Gegenzug Systeme erhalte",
            // "dass der Hersteller im Gegenzug liefern werde, damit Deutschland …": a party
            // the sentence names beside it is the other side of the exchange
            let beside = s
                .cands
                .iter()
                .find(|c| {
                    !c.speaker && known.map(String::as_str) != Some(&*c.id) && c.head != Head::Item
                })
                .map(|c| String::from(&*c.id));
            let other = beside.or_else(|| {
                ctx.recent()
                    .rev()
                    .filter(|(i, _)| *i <= s.idx && s.idx - *i <= 2)
                    // (a giver now was the receiver then, and the other way round)
                    .find_map(|(_, e)| match (&e.actor, &e.recipient) {
                        (Some(a), Some(r)) if recipient_id.is_some() && Some(a) == known => {
                            Some(r.clone())
                        }
                        (Some(a), Some(r)) if actor_id.is_some() && Some(r) == known => {
                            Some(a.clone())
                        }
                        _ => None,
                    })
            });
            if let Some(o) = other {
                if actor_id.is_none() {
                    actor_id = Some(o);
                } else {
                    recipient_id = Some(o);
                }
            }
        }
        // "Western governments have imposed sanctions on Iranian firms": the doer is a group
        // of states the text does not name
        let group_doer = trig.kind == EventType::Sanction
            && actor_id.is_none()
            && recipient_id.is_some()
            && s.cues_in(c_start, tspan.start)
                .any(|(_, c)| matches!(c, Cue::Group));
        // one party missing: the same kind of act in the two sentences before, or in the headline
        if (actor_id.is_none() || recipient_id.is_none())
            && !group_doer
            && !trig.weak
            && !(others && actor_id.is_some())
            // (the trained of a self-training verb name no trainer: "trainiert den Umgang mit")
            && !(actor_id.is_none() && self_train)
            && !(unnamed_giver && actor_id.is_none())
        {
            let recent = ctx
                .recent()
                .rev()
                .filter(|(i, _)| *i < s.idx)
                .map(|(_, e)| e)
                .chain(ctx.titles());
            let mut fill: Option<String> = None;
            let mut loose: Option<String> = None;
            for e in recent {
                if e.kind != trig.kind {
                    continue;
                }
                if actor_id.is_none() {
                    if e.recipient == recipient_id && e.actor.is_some() {
                        fill = e.actor.clone();
                        break;
                    }
                    if loose.is_none() && e.actor.is_some() && e.actor != recipient_id {
                        loose = e.actor.clone();
                    }
                } else {
                    if e.actor == actor_id && e.recipient.is_some() {
                        fill = e.recipient.clone();
                        break;
                    }
                    if loose.is_none() && e.recipient.is_some() && e.recipient != actor_id {
                        loose = e.recipient.clone();
                    }
                }
            }
            // "Iran will provide Russia with drones. Training for Russian operators …": a
            // giving act of another kind to (or from) the same party names the other
            let giving = |k: EventType| {
                matches!(
                    k,
                    EventType::Supply
                        | EventType::Training
                        | EventType::Personnel
                        | EventType::Support
                )
            };
            // (German: not for support, whose words are vaguer: "unterstützt" names help
            // of any kind)
            let cross = if (lang == "en" || trig.kind != EventType::Support) && giving(trig.kind) {
                ctx.recent()
                    .rev()
                    .filter(|(i, e)| *i < s.idx && e.kind != trig.kind && giving(e.kind))
                    .find_map(|(_, e)| {
                        if actor_id.is_none() {
                            e.actor
                                .clone()
                                .filter(|_| recipient_id.is_some() && e.recipient == recipient_id)
                        } else {
                            e.recipient.clone().filter(|_| e.actor == actor_id)
                        }
                    })
            } else {
                None
            };
            // "Die Niederlande liefern der Ukraine Jets. Dänemark will Piloten ausbilden":
            // trainees of no named side are those of the latest giving act's receiver
            let trainees = if trig.kind == EventType::Training && actor_id.is_some() {
                ctx.recent()
                    .rev()
                    .filter(|(i, e)| *i < s.idx && s.idx - *i <= 2 && giving(e.kind))
                    .find_map(|(_, e)| e.recipient.clone().filter(|r| Some(r) != actor_id.as_ref()))
            } else {
                None
            };
            // "Poland signed a contract with Seoul. 116 tanks will be shipped from South
            // Korea": a delivery by one side of a deal just before goes to its other side
            let deal = if trig.kind == EventType::Supply && actor_id.is_some() {
                ctx.recent()
                    .rev()
                    .filter(|(i, e)| {
                        *i < s.idx && s.idx - *i <= 2 && e.kind == EventType::Agreement
                    })
                    .find_map(|(_, e)| {
                        if e.actor == actor_id {
                            e.recipient.clone()
                        } else if e.recipient == actor_id {
                            e.actor.clone()
                        } else {
                            None
                        }
                    })
            } else {
                None
            };
            // "Er traf den ukrainischen Amtskollegen, um über weitere Lieferungen zu
            // sprechen": a German act noun names its one side without case; when that side
            // is the other role of an act of its kind in the two sentences before, the noun
            // goes on with that act's pair
            let swap = if lang == "de" && (trig.noun || nominal) && fill.is_none() && !others {
                ctx.recent()
                    .rev()
                    .filter(|(i, e)| {
                        *i < s.idx
                            && s.idx - *i <= 2
                            && e.kind == trig.kind
                            && e.actor.is_some()
                            && e.recipient.is_some()
                    })
                    .map(|(_, e)| e)
                    .find(|e| {
                        (actor_id.is_some() && e.recipient == actor_id)
                            || (recipient_id.is_some() && e.actor == recipient_id)
                    })
                    .map(|e| (e.actor.clone(), e.recipient.clone()))
            } else {
                None
            };
            if let Some((a, r)) = swap {
                actor_id = a;
                recipient_id = r;
            } else if let Some(f) = fill.or(loose).or(cross).or(trainees).or(deal) {
                if actor_id.is_none() {
                    actor_id = Some(f);
                } else {
                    recipient_id = Some(f);
                }
            }
        }
        // "Putin empfing den iranischen Präsidenten. Dabei ging es um die Lieferung iranischer
        // Raketen": a nominal giving act with one side named, in the sentence right after a
        // meeting of that side, has the meeting's other party as its other side
        if lang == "de"
            && (trig.noun || nominal)
            && matches!(
                trig.kind,
                EventType::Supply | EventType::Training | EventType::Personnel | EventType::Support
            )
            && actor_id.is_none() != recipient_id.is_none()
            && !others
            && !unnamed_giver
        {
            let known = actor_id.as_ref().or(recipient_id.as_ref()).cloned();
            let alone = s
                .cands
                .iter()
                .all(|c| c.speaker || Some(&*c.id) == known.as_deref());
            let other = ctx
                .recent()
                .rev()
                .filter(|(i, _)| *i + 1 == s.idx)
                .map(|(_, e)| e)
                .find(|e| {
                    e.kind == EventType::Meeting
                        && (e.actor == known || e.recipient == known)
                        && e.actor.is_some()
                        && e.recipient.is_some()
                })
                .and_then(|e| {
                    if e.actor == known {
                        e.recipient.clone()
                    } else {
                        e.actor.clone()
                    }
                });
            if alone && let Some(o) = other {
                if actor_id.is_none() {
                    actor_id = Some(o);
                } else {
                    recipient_id = Some(o);
                }
            }
        }
        if trig.kind == EventType::Sanction
            && let Some(t) = conditional_target(s, tspan, recipient_id.as_deref())
        {
            recipient_id = Some(t);
        }
        if actor_id == recipient_id {
            return Err("actor and recipient are the same party".into());
        }
        // "ordered new bombers from its own defence industry", "kauft Panzer aus eigener
        // Produktion": bought at home, from no other party
        if trig.kind == EventType::Supply
            && actor_id.is_none()
            && domestic_source(clause_words(s, c_start, c_end))
        {
            return Err("procured from the buyer's own industry".into());
        }
        if trig.anaph && !anaphor {
            // "the package, drawn from US stockpiles, includes …": a definite noun whose
            // parties an act of its kind in the two sentences before (or the headline) shares
            let ante = (lang == "en" && definite_np(s, lower, tspan))
                .then(|| {
                    ctx.recent()
                        .rev()
                        .filter(|(i, _)| *i < s.idx && s.idx - *i <= 2)
                        .map(|(_, e)| e)
                        .chain(ctx.titles())
                        .find(|e| {
                            e.kind == trig.kind
                                && (e.actor.is_some() && e.actor == actor_id
                                    || e.recipient.is_some() && e.recipient == recipient_id)
                        })
                })
                .flatten();
            match ante {
                Some(e) => ante_status = Some(e.status),
                None => return Err("an anaphor-only trigger without an act before it".into()),
            }
        }
        let unordered_kind = trig.kind.is_unordered();
        if lang == "de"
            && (unordered_kind || trig.frame == Frame::Pair)
            && actor_id.is_none() != recipient_id.is_none()
            && placed.is_none()
        {
            let known = actor_id.as_ref().or(recipient_id.as_ref()).cloned();
            if let Some(o) = mit_partner(s, ctx, tspan, known.as_deref()) {
                if actor_id.is_none() {
                    actor_id = Some(o);
                } else {
                    recipient_id = Some(o);
                }
            }
        }
        // "Estonia signs deal for six HIMARS launchers": the maker of the items a deal is for
        // is its other side where none is named (GUIDELINES)
        if lang == "en"
            && trig.kind == EventType::Agreement
            && actor_id.is_none() != recipient_id.is_none()
        {
            let known = actor_id.as_ref().or(recipient_id.as_ref()).cloned();
            let maker = deal_items(s, tspan)
                .into_iter()
                .find_map(|m| match &m.kind {
                    MentionKind::Item {
                        maker: Some(mk), ..
                    } if Some(&**mk) != known.as_deref() => Some(mk.to_string()),
                    _ => None,
                });
            fill_missing_side(&mut actor_id, &mut recipient_id, maker);
        }
        // "The two Baltic neighbours have been in talks with Diehl", "has visited all three
        // capitals": a description of a group of the parties named just before is the other
        // side, one act with each of them (the first here, the others beside it)
        if lang == "en"
            && (unordered_kind || trig.frame == Frame::Pair)
            && actor_id.is_none() != recipient_id.is_none()
            && placed.is_none()
        {
            let known = actor_id.as_ref().or(recipient_id.as_ref()).cloned();
            if let Some(first) = group_members(s, tspan, ctx, known.as_deref())
                .into_iter()
                .next()
            {
                fill_missing_side(&mut actor_id, &mut recipient_id, Some(first));
            }
        }
        // "Inzwischen werde eine abgewandelte Version in Alabuga in Lizenz gefertigt", "built
        // under licence in Russia": licence production names where it is made (the
        // licensee); the licensor is the maker of a system the sentence names, else the
        // giver of the latest supply within two sentences (what is made is what it gave)
        if trig.kind == EventType::JointProduction
            && actor_id.is_none() != recipient_id.is_none()
            && {
                let w = &lower[tspan.start..tspan.end];
                w.contains("lizenz") || w.contains("licen")
            }
        {
            let known = actor_id.as_ref().or(recipient_id.as_ref()).cloned();
            let licensor = s
                .mentions
                .iter()
                .find_map(|m| match &m.kind {
                    MentionKind::Item {
                        maker: Some(mk), ..
                    } if Some(&**mk) != known.as_deref() => Some(mk.to_string()),
                    _ => None,
                })
                .or_else(|| {
                    ctx.recent()
                        .rev()
                        .filter(|(i, _)| *i < s.idx && s.idx - *i <= 2)
                        .map(|(_, e)| e)
                        .find(|e| {
                            e.kind == EventType::Supply
                                && e.actor.is_some()
                                && e.actor != known
                                && e.certainty != Certainty::Negated
                        })
                        .and_then(|e| e.actor.clone())
                });
            if let Some(l) = licensor {
                if actor_id.is_some() {
                    recipient_id = actor_id.take();
                }
                actor_id = Some(l);
            }
        }
        // "Russia will deliver S-400 squadrons to India. Three have been received under the
        // contract signed with Moscow": an agreement naming only the side after "with"/"mit"
        // is made by that side's partner in the latest act of the two sentences before (or
        // the headline's)
        if trig.kind == EventType::Agreement
            && actor_id.is_some() != recipient_id.is_some()
            && placed.is_none()
            && let Some(k) = actor_id.as_deref().or(recipient_id.as_deref())
            && s.cands.iter().any(|c| {
                c.marker == Marker::With
                    && *c.id == *k
                    && c.span.start >= c_start
                    && c.span.end <= c_end
            })
        {
            let p = latest_partner(ctx, s.idx, k);
            fill_missing_side(&mut actor_id, &mut recipient_id, p);
        }
        if (unordered_kind || trig.frame == Frame::Pair)
            && (actor_id.is_none() || recipient_id.is_none())
            && placed.is_none()
        {
            return Err("a joint act needs two parties".into());
        }
        // (the trained of a self-training verb stand alone: no trainer is named)
        let trained_alone = recipient_id.is_some() && self_train;
        if !matches!(trig.kind, EventType::Supply)
            && (actor_id.is_none() || recipient_id.is_none())
            && !trained_alone
            && !group_doer
            && placed.is_none()
        {
            return Err("a nominal trigger with one party".into());
        }
        // items of the clause (then of the sentence, for supply; found once the parties are)
        let mut items = items_in(s, c_start, list_end(s, clause, lang), lang);
        // "The aircraft will be equipped with Lockheed Martin radars": what a `with` verb
        // gives follows it; items before it are the thing equipped
        if lang == "en" && trig.frame == Frame::With {
            let from = s
                .cues_of(cue_kind::WITH)
                .find(|(cs, c)| matches!(c, Cue::With) && cs.start >= tspan.end && cs.end <= c_end)
                .map_or(tspan.end, |(cs, _)| cs.end);
            let after = items_in(s, from, list_end(s, clause, lang), lang);
            if !after.is_empty() {
                items = after;
            }
        }
        if items.is_empty() && matches!(trig.kind, EventType::Supply | EventType::JointProduction) {
            items = items_in(s, s.span.start, s.span.end, lang);
        }
        // "Die Ukraine erhält Militärhilfe in Höhe von …": a nominal giving act as the
        // object of a receiving verb in its clause is that verb's act; the clause's subject
        // receives it, it does not give it
        if trig.noun
            && trig.frame == Frame::Give
            && actor_id.is_some()
            && recipient_id.is_none()
            && s.triggers.iter().any(|(ts, t)| {
                t.frame == Frame::Receive
                    && !t.noun
                    && ts.start >= c_start
                    && ts.end <= c_end
                    && *ts != tspan
            })
        {
            return Err("a nominal act that the clause's receiving verb carries".into());
        }
        // "die Ukraine mit Startgeräten unterstützen": support with materiel is supply
        let mut kind = if parts_supply {
            EventType::Supply
        } else {
            trig.kind
        };
        // "hat dem Iran technische Hilfe beim Bau von Satelliten geleistet": the German verb
        // of rendering ("leisten") with a plain noun of help as its object gives support,
        // not materiel ("Militärhilfe geleistet" stays supply: aid is money or materiel)
        if lang == "de"
            && kind == EventType::Supply
            && !trig.noun
            && trig.frame == Frame::Give
            && text_lower(s, tspan).contains("leist")
            && clause_words(s, c_start, c_end)
                .iter()
                .any(|w| matches!(*w, "hilfe" | "unterstützung" | "beistand" | "hilfestellung"))
        {
            kind = EventType::Support;
        }
        // tokens of the trigger's clause, and the money named in it
        let tok_in = |i: usize| {
            s.toks
                .get(i)
                .is_some_and(|t| t.span.start >= c_start && t.span.end <= c_end)
        };
        let money_in_clause = sent_numbers(s)
            .iter()
            .filter(|n| tok_in(n.first))
            .find_map(|n| n.money.as_ref());
        // (not people a transfer goes to or through: "an die ukrainischen Streitkräfte
        // überstellt", "über Zwischenhändler abwickeln")
        let people_word = s.cues_of(cue_kind::PERSON).any(|(cs, c)| {
            matches!(c, Cue::Person)
                && cs.start >= c_start
                && cs.end <= c_end
                && !s.cues.iter().any(|(ms, m)| {
                    matches!(m, Cue::Recipient | Cue::Via)
                        && ms.end <= cs.start
                        && s.lower_text[ms.end..cs.start].split_whitespace().count() <= 2
                })
                // "$500 million in military financing to help Manila modernise its armed
                // forces": money given for forces a party owns sends no people
                && !(sent_numbers(s).iter().any(|n| n.money.is_some())
                    && s.lower_text[c_start.max(s.span.start)..cs.start]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| {
                            matches!(w, "its" | "their" | "ihre" | "ihren" | "ihrer" | "seine")
                        }))
        });
        // "Russian military instructors arrived in Niger", "schickt Soldaten": people
        // sent without materiel are personnel
        let facility = s
            .cues_of(cue_kind::FACILITY)
            .any(|(cs, c)| matches!(c, Cue::Facility) && cs.start >= c_start && cs.end <= c_end);
        // "Kim Jong Un ist zu einem Treffen eingetroffen": a person arriving, not materiel
        if kind == EventType::Supply
            && trig.frame == Frame::Receive
            && !trig.noun
            && items.is_empty()
            && money_in_clause.is_none()
            && s.mentions.iter().any(|m| {
                m.span.start >= c_start
                    && m.span.end <= tspan.start
                    && matches!(&m.kind, MentionKind::Party { entity, .. } if entity.kind == EntityKind::Person)
            })
        {
            // "Kim Jong Un empfängt den russischen Verteidigungsminister": hosting a visitor
            // (the visitor may be named by an adjective alone: "den russischen Minister")
            let visitor = actor_id.clone().or_else(|| {
                s.cands
                    .iter()
                    .find(|c| c.clause == clause && !c.speaker && recipient_id.as_deref() != Some(&*c.id))
                    .map(|c| String::from(&*c.id))
            });
            if trig.host && visitor.is_some() && recipient_id.is_some() {
                actor_id = visitor;
                kind = EventType::Meeting;
            } else {
                return Err("a person arrives or receives, no materiel named".into());
            }
        }
        if kind == EventType::Supply && items.is_empty() && facility && money_in_clause.is_none() {
            // "stellt Russland Flugplätze zur Verfügung": giving what is no materiel is
            // support
            kind = EventType::Support;
        } else if kind == EventType::Supply && items.is_empty() {
            // (not the people of another act after it: "sent advisers to help Russian forces")
            let people = s.cands.iter().find(|c| {
                c.head == Head::People
                    && !c.speaker
                    && c.clause == clause
                    && !matches!(c.marker, Marker::Recipient | Marker::Via)
                    && !s.triggers.iter().any(|(ts, tg)| {
                        !tg.block && ts.start >= tspan.end && ts.end <= c.span.start
                    })
            });
            if let Some(p) = people {
                kind = EventType::Personnel;
                if recipient_id.as_deref() == Some(&*p.id) {
                    recipient_id = actor_id.clone().filter(|a| **a != *p.id);
                }
                actor_id = Some(String::from(&*p.id));
            } else if people_word && actor_id.is_some() && recipient_id.is_some() {
                kind = EventType::Personnel;
            } else if passive
                && actor_id.is_some()
                && recipient_id.is_some()
                && rel_antecedent(s, trig, clause, tspan).is_some_and(|c| c.head == Head::People)
            {
                // "North Korean officers, who were sent to Russia last month": people sent
                // in a relative clause on them
                kind = EventType::Personnel;
            }
        }
        // "einige iranische Mitarbeiter halten sich in der Ukraine auf, um russische
        // Angriffe zu unterstützen": people of a state who are in a place in order to help
        // (the help in the clause after theirs) are personnel sent to the one helped
        if kind == EventType::Support
            && items.is_empty()
            && let Some(p) = s.cands.iter().find(|c| {
                c.head == Head::People
                    && !c.speaker
                    && c.clause < clause
                    && c.clause + 2 >= clause
                    && s.cands.iter().any(|l| {
                        l.marker == Marker::Loc && l.clause == c.clause && l.span.start > c.span.end
                    })
            })
        {
            let other = [recipient_id.clone(), actor_id.clone()]
                .into_iter()
                .flatten()
                .find(|o| **o != *p.id);
            if other.is_some() {
                kind = EventType::Personnel;
                actor_id = Some(p.id.to_string());
                recipient_id = other;
            }
        }
        if people_on {
            kind = EventType::Personnel;
        }
        // "hat in Belarus Atomwaffen stationiert": stationing materiel, not people, is
        // a supply
        if kind == EventType::Personnel
            && !trig.noun
            && !nominal
            && !items.is_empty()
            && !s
                .cands
                .iter()
                .any(|c| c.head == Head::People && c.clause == clause)
            && !people_word
        {
            kind = EventType::Supply;
        }

        if kind == EventType::Support
            && trig.frame == Frame::Support
            && s.cues_of(cue_kind::WITH).any(|(cs, c)| {
                matches!(c, Cue::With)
                    && cs.start >= c_start
                    && cs.end <= c_end
                    && s.mentions.iter().any(|m| {
                        matches!(m.kind, MentionKind::Item { .. })
                            && m.span.start >= cs.end
                            && token_gap(&s.toks, cs.end, m.span.start) <= 3
                            // "assisting Russia with missile technology": help with
                            // technology (a `plain` item, or an item word on one) after
                            // the trigger is support; GUIDELINES: technology transfer is
                            // support ("provided X with technology to help" is a supply)
                            && (cs.end <= tspan.start
                                || !(plain_item(s, m.span)
                                    || s.mentions.iter().any(|n| {
                                        n.span.start >= m.span.end
                                            && token_gap(&s.toks, m.span.end, n.span.start)
                                                == 0
                                            && plain_item(s, n.span)
                                    })))
                    })
            })
        {
            kind = EventType::Supply;
        }
        // "is financing more IRIS-T launchers for Kyiv", "funded 155mm shells for Ukraine":
        // paying for named materiel is supply (GUIDELINES: materiel or money for it)
        if kind == EventType::Support
            && trig.frame == Frame::Support
            && !trig.noun
            && {
                let w = &lower[tspan.start..tspan.end];
                (lang == "en" && (w.starts_with("financ") || w.starts_with("fund")))
                    || (lang == "de" && w.starts_with("finanz"))
            }
            && s.mentions.iter().any(|m| {
                matches!(m.kind, MentionKind::Item { .. })
                    && m.span.end <= c_end
                    && if lang == "de" {
                        // (German: the verb closes its clause, "hat … Skynex-Systeme
                        // finanziert")
                        m.span.start >= c_start
                    } else {
                        m.span.start >= tspan.end
                            && token_gap(&s.toks, tspan.end, m.span.start) <= 3
                    }
            })
        {
            kind = EventType::Supply;
        }
        // "… IRIS-T-Feuereinheiten geliefert, finanziert aus dem Bundeshaushalt": a
        // participle of paying after a supply act in its sentence tells how that act was
        // paid, it is no act of its own
        if kind == EventType::Support
            && lang == "de"
            && trig.frame == Frame::Support
            && lower[tspan.start..tspan.end].starts_with("finanz")
            && s.triggers.iter().any(|(ts, tg)| {
                tg.kind == EventType::Supply
                    && !tg.block
                    && ts.end <= c_start
                    && ts.start >= s.span.start
            })
            && s.mentions.iter().any(|m| {
                matches!(m.kind, MentionKind::Item { .. })
                    && m.span.end <= c_start
                    && m.span.start >= s.span.start
            })
        {
            return Err("paying for a supply act just named in the sentence".into());
        }
        // "Chinese specialists have visited the plant": people of expertise who visit a
        // party's site are personnel sent there; a meeting is of officials or states
        if kind == EventType::Meeting && !trig.noun && expert_subject(s, tspan, tw) {
            kind = EventType::Personnel;
        }
        // "designed and produced in China in collaboration with Russian firms": cooperation
        // in making something is joint production
        // (the words of making before it; "designed and produced": a past act)
        let made = if kind == EventType::Support && trig.frame == Frame::Pair && lang == "en" {
            clause_words(s, s.clauses[clause.saturating_sub(1)], tspan.start)
                .iter()
                .copied()
                .filter(|w| tw.is(w, Tense::Produce))
                .collect::<Vec<_>>()
        } else if kind == EventType::Support && trig.frame == Frame::Pair && lang == "de" {
            // "wollen bei der Herstellung von Drohnen zusammenarbeiten", "Kooperation bei
            // der Produktion von Munition": a noun of making in the clause, before or after
            clause_words(s, c_start, c_end)
                .iter()
                .copied()
                .filter(|w| tw.is(w, Tense::Produce))
                .collect::<Vec<_>>()
        } else {
            vec![]
        };
        if !made.is_empty() {
            kind = EventType::JointProduction;
        }
        let warned = warned_against(s, lower, tspan, tw);
        let mut status = if warned || demanded {
            Status::Planned
        } else if made.iter().any(|w| w.ends_with("ed")) {
            Status::Completed
        } else {
            status_of(text, s, tspan, trig, nominal, c_start, c_end, lower, tw)
        };
        // "The package includes ammunition": telling what an act named before contains
        // keeps that act's status
        if let Some(st) = ante_status
            && clause_words(s, tspan.end, s.span.end)
                .iter()
                .take(8)
                .any(|w| {
                    matches!(
                        *w,
                        "includes" | "include" | "included" | "contains" | "comprises" | "consists"
                    )
                })
        {
            status = st;
        }
        let mut certainty = match certainty_of(s, tspan, trig, c_start, c_end, lower) {
            Certainty::Asserted if warned => Certainty::Possible,
            c => c,
        };
        // a verb of banning in the clause of a giving act: "Die EU verbietet die Ausfuhr
        // von Drohnenteilen nach Russland", "Washington banned the export of chips to
        // China" is a sanction of the banning party (the subject, named before the act)
        // against the destination; an act with a doer of its own after it ("die Weitergabe
        // durch Deutschland an die Ukraine hat Bern untersagt") is denied, not a sanction.
        // Lifting a ban ("lifted the export ban", "lockert das Ausfuhrverbot") is no new one.
        if let Some((lift, ban)) = ban_in_clause(s, tspan, c_start, c_end) {
            if lift && matches!(kind, EventType::Sanction | EventType::Supply) {
                return Err("a ban lifted or eased is no sanction".into());
            }
            if !lift && kind == EventType::Supply && trig.frame == Frame::Give {
                let subject_before = actor_id.as_deref().is_some_and(|a| {
                    s.cands
                        .iter()
                        .any(|c| &*c.id == a && c.span.end <= tspan.start && !c.speaker)
                });
                if subject_before {
                    kind = EventType::Sanction;
                    // the tense is the banning verb's ("banned", "hat … untersagt")
                    let w = &lower[ban.start..ban.end];
                    let verb = Trigger {
                        noun: false,
                        past: w.ends_with("ed")
                            || (lang == "de"
                                && (w.ends_with('t') || w.ends_with("ten") || w == "verbot")
                                && !matches!(w, "verbietet" | "untersagt" | "beschränkt")),
                        ..trig.clone()
                    };
                    // (the ban's own clause: "das Verbot, … auszuführen" stands in the one before)
                    let bc = s.clause_of(ban.start);
                    let (b_start, b_end) = (s.clauses[bc], s.clause_end(bc));
                    status = status_of(text, s, ban, &verb, false, b_start, b_end, lower, tw);
                } else {
                    certainty = Certainty::Negated;
                }
            }
        }
        // the article pass has resolved "sagte er" and "das Ministerium" already
        let attribution: Vec<String> =
            if own_announcement(s, tspan, trig, attribution) || narrated_occasion(s, tspan, trig) {
                vec![]
            } else {
                attribution.to_vec()
            };
        // quantity and value: the first count in the clause, money in the clause
        let quantity = sent_numbers(s)
            .iter()
            .filter(|n| n.money.is_none() && tok_in(n.first))
            .find(|n| counts_something(s, n, kind))
            .or_else(|| {
                sent_numbers(s)
                    .iter()
                    .filter(|n| n.money.is_none())
                    .find(|n| counts_something(s, n, kind))
            })
            .map(|n| n.range);

        // money outside the clause: the sentence's only sum, as the worth of something
        // ("The deal, worth more than $200 million, also covers …", "…, valued at $6.5 billion")
        let value = if s.per_unit {
            None
        } else {
            money_in_clause.cloned().or_else(|| {
                let mut sums = sent_numbers(s).iter().filter(|n| n.money.is_some());
                match (sums.next(), sums.next()) {
                    (Some(n), None)
                        if kind != EventType::Sanction
                            && after_value_word(s.lower_text, &s.toks, n.first) =>
                    {
                        n.money.clone()
                    }
                    _ => None,
                }
            })
        };
        let dates_act = |t: &&TimeExpr| act_time(s, lower, t, nominal, tw);
        let time = sent_times(s)
            .iter()
            .filter(dates_act)
            .find(|t| tok_in(t.first))
            .or_else(|| sent_times(s).iter().find(dates_act))
            .map(|t| TimeRange {
                start: Some(t.start.clone()),
                end: None,
            });
        // the present tense of an act dated after publication is a plan
        // ("liefert im Herbst", "takes part next month")
        let mut status = match (status, &time, &ctx.published) {
            (Status::Ongoing, Some(TimeRange { start: Some(t), .. }), Some(p))
                if p.get(..t.len()).is_some_and(|pp| t.as_str() > pp) =>
            {
                Status::Planned
            }
            // a chronology's line dated before publication tells a past act in the
            // historical present ("Juni 2022: Die ersten Haubitzen treffen ein")
            (Status::Ongoing, Some(TimeRange { start: Some(t), .. }), Some(p))
                if p.get(..t.len()).is_some_and(|pp| t.as_str() < pp)
                    && dated_line(s.text, s.span) =>
            {
                Status::Completed
            }
            (st, _, _) => st,
        };
        let span = evidence.iter().fold(tspan, |a, b| a.cover(b));
        let span = Span::new(span.start.max(s.span.start), span.end.min(s.span.end));
        let confidence = match in_sentence {
            2 => 0.9,
            1 => 0.7,
            _ => 0.5,
        } * match certainty {
            Certainty::Asserted | Certainty::Negated => 1.0,
            _ => 0.9,
        };
        let mut unordered = trig.kind == EventType::Support && trig.frame == Frame::Pair;
        // "a treaty which obliges both to provide military aid to one another if attacked":
        // help given to each other is mutual support, agreed where the sentence names a pact;
        // the items named elsewhere in the sentence are not given
        if matches!(kind, EventType::Supply | EventType::Support)
            && matches!(trig.frame, Frame::Give | Frame::Support | Frame::With)
            && reciprocal_after(s, tspan, c_end, tw)
        {
            kind = EventType::Support;
            unordered = true;
            items.clear();
            // "Russia and Belarus … to one another": the other party of the pair named before
            if recipient_id.is_none()
                && let Some(c) = s.cands.iter().find(|c| {
                    !c.speaker
                        && c.head != Head::Item
                        && c.span.end <= tspan.start
                        && actor_id.as_deref() != Some(&*c.id)
                })
            {
                recipient_id = Some(c.id.to_string());
            }
            if s.triggers
                .iter()
                .any(|(_, t)| t.kind == EventType::Agreement && !t.block)
            {
                status = Status::Agreed;
            }
        }
        Ok(Event {
            kind,
            actor: actor_id,
            recipient: recipient_id,
            // meetings and sanctions carry no items; drills do ("naval drills")
            items: if matches!(kind, EventType::Meeting | EventType::Sanction) {
                vec![]
            } else {
                items
            },
            status,
            certainty,
            attribution,
            time,
            quantity,
            value,
            evidence: text[span.start..span.end].to_string(),
            unordered,
            span,
            sentence: s.idx,
            rule: trig.id.clone(),
            confidence,
        })
    }
}

fn describe(m: &Mention) -> String {
    match &m.kind {
        MentionKind::Party { entity, form } => {
            format!("party {} ({:?}, {:?})", entity.id, entity.kind, form)
        }
        MentionKind::Item {
            category,
            maker,
            system,
        } => {
            format!(
                "item {category}{}{}",
                if *system { " system" } else { "" },
                maker
                    .as_deref()
                    .map(|m| format!(" made by {m}"))
                    .unwrap_or_default()
            )
        }
        MentionKind::Role { role } => format!("role {role}"),
    }
}

/// An event as `explain` shows what a rule made: `kind actor → recipient (status, certainty)`.
fn outcome(ev: &Event) -> String {
    format!(
        "{} {} → {} ({}, {})",
        ev.kind,
        ev.actor.as_deref().unwrap_or("∅"),
        ev.recipient.as_deref().unwrap_or("∅"),
        ev.status,
        ev.certainty
    )
}

/// Whether the trigger at `ts` is a nominal one.
fn noun_at(s: &Sent, ts: Span) -> bool {
    s.triggers
        .iter()
        .find(|(sp, _)| *sp == ts)
        .is_some_and(|(_, t)| t.noun)
}

fn same_key(a: &Event, b: &Event) -> bool {
    same_key_as(a, b, b.status)
}

/// [`same_key`] with `b_status` for the status of `b` (no copy of `b` to change it).
fn same_key_as(a: &Event, b: &Event, b_status: Status) -> bool {
    // "ongoing" is what a trigger gets when nothing says otherwise: the same act told by a
    // noun and a verb ("instructors … trained") is one event, with the telling status
    let ongoing_vs_told = (a.status == Status::Ongoing) != (b_status == Status::Ongoing)
        && a.certainty == b.certainty;
    if a.kind != b.kind || (a.status != b_status && !ongoing_vs_told) {
        return false;
    }
    if a.kind.is_unordered() || a.unordered {
        (a.actor == b.actor && a.recipient == b.recipient)
            || (a.actor == b.recipient && a.recipient == b.actor)
    } else {
        a.actor == b.actor && a.recipient == b.recipient
    }
}

fn is_feminine(name: &str) -> bool {
    let last = name.rsplit('-').next().unwrap_or(name);
    matches!(
        last,
        "Ukraine"
            | "Türkei"
            | "Schweiz"
            | "Slowakei"
            | "Mongolei"
            | "EU"
            | "Nato"
            | "NATO"
            | "Bundesregierung"
            | "Regierung"
            | "Miliz"
            | "Armee"
            | "Marine"
            | "Luftwaffe"
            | "Führung"
            | "Gruppe"
            | "Organisation"
            | "Bewegung"
    ) || last.ends_with("ei")
        || last.ends_with("ung")
}

fn is_plural_country(name: &str) -> bool {
    name.starts_with("USA")
        || name.starts_with("Vereinigten")
        || name.starts_with("Niederlande")
        || name.contains("Emirate")
        || name.starts_with("Philippinen")
}

/// A separable particle followed only by a value phrase moved after it ("sagt der Ukraine
/// Hilfe zu im Umfang von 500 Millionen Euro", "stellt … bereit im Wert von …").
fn particle_before_value(s: &Sent, lower: &str, tspan: Span, c_end: usize, p: &str) -> bool {
    let toks: Vec<&str> = s
        .toks
        .iter()
        .filter(|t| t.span.start >= tspan.end && t.span.end <= c_end)
        .map(|t| &lower[t.span.start..t.span.end])
        .collect();
    toks.windows(3).any(|w| {
        w[0] == p
            && matches!(
                (w[1], w[2]),
                ("im", "wert" | "umfang" | "gesamtwert" | "volumen") | ("in", "höhe")
            )
    })
}

/// A speaker's phrase ends at an act's trigger: in "Laut Kiew überlasse Teheran Moskau
/// Raketen" the Konjunktiv verb (which looks like an inflected adjective) opens the clause.
fn cut_at_trigger<'m>(s: &Sent, mut g: Vec<&'m Mention>) -> Vec<&'m Mention> {
    if let Some(i) = (1..g.len()).find(|&i| {
        let (a, b) = (g[i - 1].span.end, g[i].span.start);
        s.triggers
            .iter()
            .any(|(ts, _)| ts.start >= a && ts.end <= b)
    }) {
        g.truncate(i);
    }
    g
}

/// The speaker group after a reporting verb: the first mention and those
/// that continue it ("der Sprecher des Nationalen Sicherheitsrates, John Kirby").
fn group_after<'m>(text: &str, s: &Sent, after: &[&'m Mention]) -> Vec<&'m Mention> {
    let toks = &s.toks[..];
    let mut g: Vec<&Mention> = Vec::new();
    for m in after.iter().copied() {
        if let Some(last) = g.last() {
            let gap = &text[last.span.end..m.span.start];
            // a noun phrase goes on over articles, "of", "and" and adjectives, not over a verb
            let phrase_words = gap
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(|w| {
                    matches!(
                        w,
                        "der"
                            | "die"
                            | "das"
                            | "des"
                            | "dem"
                            | "den"
                            | "the"
                            | "of"
                            | "a"
                            | "an"
                            | "und"
                            | "and"
                            | "sowie"
                            | "von"
                            | "vom"
                    ) || (w.chars().next().is_some_and(|c| c.is_lowercase())
                        && w.len() > 3
                        && ["e", "en", "er", "es", "em"].iter().any(|e| w.ends_with(e)))
                });
            // "die EU-Außenbeauftragte Kaja Kallas": the rest of a hyphen compound
            let compound_tail = gap.starts_with('-') && gap[1..].split_whitespace().count() == 1;
            // "nach Angaben der Nato Russland mit Teilen beliefert": a state's name right
            // after another party's name, with only a space between, opens the next phrase
            let next_name = gap.trim().is_empty()
                && !matches!(last.kind, MentionKind::Role { .. })
                && matches!(&m.kind, MentionKind::Party { entity, .. }
                    if matches!(entity.kind, EntityKind::Name | EntityKind::Capital));
            // "Laut US-Beamten liefert China Russland …": a verb between ends the phrase,
            // even after a role noun
            let verb_between = s
                .triggers
                .iter()
                .any(|(ts, tg)| !tg.noun && ts.start >= last.span.end && ts.end <= m.span.start);
            let continues = !next_name
                && !verb_between
                && token_gap(toks, last.span.end, m.span.start) <= 3
                && (matches!(last.kind, MentionKind::Role { .. })
                    || compound_tail
                    || (!gap.contains([',', ';', ':', '.', '(', ')']) && phrase_words));

            if !continues || g.len() >= 3 {
                break;
            }
        }
        g.push(m);
    }
    g
}

/// A request verb governing a nominal act through "um"/"for" ("bat Israel um die Lieferung",
/// "asked Berlin for deliveries"), with no punctuation between.
/// English plural descriptions of the parties of a sentence as its speakers
/// ("the allies said", "the two countries said in a joint statement").
const COLLECTIVE_SPEAKERS: &[&str] = &[
    "allies",
    "countries",
    "governments",
    "leaders",
    "partners",
    "nations",
    "sides",
    "signatories",
    "ministers",
    "states",
];

/// The parties a collective speaker stands for: the longest coordination of party nouns
/// before the reporting verb ("The United States, Germany and Italy will provide …, the
/// allies said").
fn collective_speaker(s: &Sent, rs: Span) -> Vec<String> {
    let Some(i) = s.toks.iter().rposition(|t| t.span.end <= rs.start) else {
        return vec![];
    };
    let noun = s.lower_of(&s.toks[i]);
    if !COLLECTIVE_SPEAKERS.contains(&noun) {
        return vec![];
    }
    // "the allies", "the two countries", "both sides", "all three countries"
    let det_ok = s.toks[..i]
        .iter()
        .rev()
        .take(2)
        .any(|t| matches!(s.lower_of(t), "the" | "both" | "all" | "their" | "these"));
    if !det_ok {
        return vec![];
    }
    let before: Vec<&Cand> = s
        .cands
        .iter()
        .filter(|c| c.span.end <= s.toks[i].span.start && c.head == Head::Noun)
        .collect();
    let mut best: Vec<String> = Vec::new();
    for c in &before {
        let mut ids: Vec<String> = Vec::new();
        push_unique(
            &mut ids,
            before
                .iter()
                .filter(|d| d.chain == c.chain)
                .map(|d| String::from(&*d.id)),
        );
        if ids.len() >= 2 && ids.len() > best.len() {
            best = ids;
        }
    }
    best
}

/// English "state media reported" with no state named: the state of the first person or
/// state the sentence names (the news is about that state's leader, told by its own media).
fn state_media_of(s: &Sent, rs: Span) -> Option<String> {
    let before = &s.lower_text[s.span.start..rs.start];
    let before = before.trim_end();
    let bare = [
        "state media",
        "state television",
        "state tv",
        "state news agency",
        "state-run media",
        "state broadcaster",
    ]
    .iter()
    .any(|w| {
        before.strip_suffix(w).is_some_and(|rest| {
            let rest = rest.trim_end();
            rest.is_empty() || rest.ends_with(',') || rest.ends_with(" the")
        })
    });
    if !bare {
        return None;
    }
    s.mentions.iter().find_map(|m| match &m.kind {
        MentionKind::Party { entity, .. } if m.span.end <= rs.start => match entity.kind {
            EntityKind::Person | EntityKind::Organ => entity.state.as_ref().map(|x| x.to_string()),
            EntityKind::Name | EntityKind::Capital | EntityKind::Metonym | EntityKind::Gov => {
                Some(entity.party_id().to_string())
            }
            _ => None,
        },
        _ => None,
    })
}

fn request_before(s: &Sent, tspan: Span) -> Option<Span> {
    s.cues_of(cue_kind::REQUEST)
        .rfind(|(cs, c)| {
            matches!(c, Cue::Request(_))
                && cs.end <= tspan.start
                && !s.lower_text[cs.end..tspan.start].contains([',', ';', ':', '.'])
                && (s
                    .toks
                    .iter()
                    .filter(|t| t.span.start >= cs.end && t.span.end <= tspan.start)
                    .any(|t| matches!(&s.lower_text[t.span.start..t.span.end], "um" | "for"))
                    // "requested Moscow's military assistance": the act is the object
                    || (matches!(c, Cue::Request(true))
                        && token_gap(&s.toks, cs.end, tspan.start) <= 4))
        })
        .map(|(cs, _)| *cs)
}

/// A German request verb closing the clause of a nominal act after "um" ("hat Deutschland
/// um die Lieferung von Raketen gebeten"): the start of that "um".
fn request_after(s: &Sent, tspan: Span) -> Option<usize> {
    // (only a request cue after the act can close its clause)
    if !s
        .cues_of(cue_kind::REQUEST)
        .any(|(cs, c)| matches!(c, Cue::Request(_)) && cs.start >= tspan.end)
    {
        return None;
    }
    let clause = s.clause_of(tspan.start);
    let c_end = s.clause_end(clause);
    let c_start = s.clauses[clause.saturating_sub(1)];
    let um = s
        .toks
        .iter()
        .rev()
        .filter(|t| t.span.start >= c_start && t.span.end <= tspan.start)
        .take(3)
        .find(|t| &s.lower_text[t.span.start..t.span.end] == "um")?;
    let last = s.toks.iter().rev().find(|t| {
        t.span.end <= c_end
            && s.lower_text[t.span.start..t.span.end].starts_with(char::is_alphanumeric)
    })?;
    s.cues_of(cue_kind::REQUEST)
        .any(|(cs, c)| {
            matches!(c, Cue::Request(_)) && cs.start >= tspan.end && cs.overlaps(&last.span)
        })
        .then_some(um.span.start)
}

/// "Kirby, the White House spokesman, said", "TASS, the state news agency, reported": the
/// person or body named right before a short appositive that closes with a comma right
/// before the reporting verb, with the appositive's own parties and roles.
fn appositive_speaker<'m>(text: &str, s: &'m Sent, rs: Span) -> Option<Vec<&'m Mention>> {
    let head = text[s.span.start..rs.start].trim_end().strip_suffix(',')?;
    let close = s.span.start + head.len();
    let open = s.span.start + head.rfind(',')?;
    let appos = &text[open + 1..close];
    let words = appos.split_whitespace().count();
    if words == 0 || words > 8 || appos.contains([';', ':', '.', '"', '“', '”', '(', ')']) {
        return None;
    }
    // a clause or an act in between is no appositive ("Iran, which sent drones, said")
    if s.cues_of(cue_kind::CLAUSE | cue_kind::REL_PRON | cue_kind::REPORT)
        .any(|(cs, c)| {
            matches!(c, Cue::Clause | Cue::RelPron | Cue::Report(_))
                && cs.start > open
                && cs.end <= close
        })
        || s.triggers
            .iter()
            .any(|(ts, _)| ts.start > open && ts.end <= close)
    {
        return None;
    }
    let name = s
        .mentions
        .iter()
        .rfind(|m| m.span.end <= open)
        .filter(|m| text[m.span.end..open].trim().is_empty())?;
    let MentionKind::Party { entity, .. } = &name.kind else {
        return None;
    };
    if !(entity.id.starts_with("person:") || entity.id.starts_with("org:")) {
        return None;
    }
    let mut g = vec![name];
    g.extend(s.mentions.iter().filter(|m| {
        m.span.start > open && m.span.end <= close && !matches!(m.kind, MentionKind::Item { .. })
    }));
    Some(g)
}

/// A relative clause on the things given whose subject gives them to a dative pronoun:
/// "die Drohnen, die ihm der Iran überlassen hatte", "the drones (that) Iran had sent
/// them". Returns the subject (the giver) and the party named last before the clause
/// other than it (whom the pronoun stands for; `None` where the sentence names none, for
/// the antecedents of the sentences before).
fn dative_pron_relative(s: &Sent, tspan: Span, clause: usize) -> Option<(Cand, Option<Cand>)> {
    let ti = tok_index(s, tspan)?;
    let words = sent_words(s);
    let party_noun =
        |c: &&Cand| !c.speaker && c.head == Head::Noun && matches!(c.marker, Marker::None);
    // (the start of the relative clause: where the subject's phrase begins)
    let (subject, clause_start) = if s.lang == "en" {
        // "sent them", "had sent it": the object pronoun right after the verb, with no
        // thing given after it
        let t_end = s.toks[ti].span.end.max(tspan.end);
        let after = s.toks.partition_point(|t| t.span.start < t_end);
        let pron = s.toks.get(after).map(|t| s.lower_of(t))?;
        if !matches!(pron, "them" | "it" | "him" | "her") {
            return None;
        }
        let subject = s
            .cands
            .iter()
            .filter(party_noun)
            .rfind(|c| c.span.end <= tspan.start)?;
        // only auxiliaries and adverbs between the subject and the verb
        if token_gap(&s.toks, subject.span.end, tspan.start) > 3
            || s.lower_text[subject.span.end..tspan.start].contains([',', ';', ':'])
        {
            return None;
        }
        // an item right before the subject, or before "that"/"which" before it
        let si = tok_index(s, subject.span)?;
        let mut k = si;
        if k > 0 && matches!(words[k - 1], "that" | "which") {
            k -= 1;
        }
        let item = s.mentions.iter().find(|m| {
            matches!(m.kind, MentionKind::Item { .. })
                && k > 0
                && m.span.end <= s.toks[k].span.start
                && m.span.end >= s.toks[k - 1].span.start
        })?;
        (subject.clone(), item.span.start)
    } else if s.lang == "de" {
        let rp = relpron_opening(s, s.clauses[clause])?;
        if rp.end > tspan.start {
            return None;
        }
        let pi = s.toks.partition_point(|t| t.span.start < rp.end);
        let pron = s.toks.get(pi).map(|t| s.lower_of(t))?;
        let next = s.toks.get(pi + 1)?;
        let next_party = s.cands.iter().any(|c| c.span.start == next.span.start);
        let dative = match pron {
            "ihm" | "ihnen" => true,
            // (not the possessive: "die ihr Verbündeter geliefert hat")
            "ihr" => next_party || matches!(s.lower_of(next), "der" | "die" | "das"),
            _ => false,
        };
        if !dative {
            return None;
        }
        let subject = s
            .cands
            .iter()
            .filter(|c| c.clause == clause && c.span.start > rp.end && c.span.end <= tspan.start)
            .find(|c| {
                !c.speaker
                    && c.head == Head::Noun
                    && matches!(c.marker, Marker::None | Marker::Dative)
            })?;
        (subject.clone(), rp.start)
    } else {
        return None;
    };
    let ante = s
        .cands
        .iter()
        .rfind(|c| {
            !c.speaker
                && c.span.end <= clause_start
                && c.id != subject.id
                && matches!(c.head, Head::Noun | Head::Other)
                && c.marker != Marker::Via
        })
        .cloned();
    let mut subject = subject;
    subject.marker = Marker::None;
    Some((subject, ante))
}

/// Whether the party at `span` is the destination of a verb of motion: the object of
/// "reach" ("before they reached Russia"), the place after "arrive in/at", the object of
/// a German clause-final "erreichen" ("bevor sie Russland erreichten") or the place after
/// "in" before "eintreffen"/"ankommen" ("als sie in der Ukraine eintrafen").
fn motion_destination(s: &Sent, span: Span) -> bool {
    const ARTICLES: &[&str] = &["the", "der", "die", "das", "den", "dem"];
    let first_after = s.toks.partition_point(|t| t.span.start < span.end);
    let last_before = s.toks.partition_point(|t| t.span.end <= span.start);
    let before: Vec<&str> = s.toks[..last_before]
        .iter()
        .rev()
        .map(|t| s.lower_of(t))
        .filter(|w| !ARTICLES.contains(w))
        .take(2)
        .collect();
    let after: Vec<&str> = s.toks[first_after..]
        .iter()
        .take(3)
        .map(|t| s.lower_of(t))
        .collect();
    if s.lang == "en" {
        return match before.as_slice() {
            [w, ..] if matches!(*w, "reached" | "reach" | "reaches" | "reaching") => true,
            [p, v, ..] => {
                matches!(*p, "in" | "at")
                    && matches!(*v, "arrived" | "arrive" | "arrives" | "arriving")
            }
            _ => false,
        };
    }
    if s.lang != "de" {
        return false;
    }
    // a clause-final "erreichen": what follows is the clause's end or an auxiliary
    let reach_final = matches!(
        after.as_slice(),
        [v, rest @ ..] if matches!(*v, "erreichten" | "erreichte" | "erreicht" | "erreichen")
            && rest.first().is_none_or(|w| {
                !w.starts_with(char::is_alphanumeric)
                    || matches!(
                        *w,
                        "hatten" | "hatte" | "hat" | "haben" | "habe" | "sind" | "waren"
                            | "werden" | "wurden" | "sollen" | "sollten" | "konnten" | "können"
                    )
            })
    );
    let arrive_in = matches!(before.first(), Some(&("in" | "im")))
        && after.iter().take(2).any(|w| {
            matches!(
                *w,
                "eintrafen"
                    | "eintraf"
                    | "eintrifft"
                    | "eintreffen"
                    | "eingetroffen"
                    | "ankamen"
                    | "ankam"
                    | "ankommt"
                    | "ankommen"
                    | "angekommen"
            )
        });
    reach_final || arrive_in
}

/// "…," said Lim, a researcher at a Seoul defence institute", "…, sagte ein Experte der
/// Stiftung Wissenschaft und Politik in Berlin": after a reporting verb that follows what it
/// reports (after a comma or a closing quote) and closes the sentence with no act after it,
/// a party in the speaker's role or affiliation phrase (after a preposition, or after the
/// comma of an appositive) is where the speaker works or speaks, not a party of the act.
fn affiliation_places(text: &str, s: &Sent) -> Vec<Span> {
    let mut out = Vec::new();
    for (rs, c) in s.cues_of(cue_kind::REPORT) {
        if !matches!(c, Cue::Report(_)) || rs.start < s.span.start || rs.end > s.span.end {
            continue;
        }
        let before = text[s.span.start..rs.start].trim_end();
        let post = before.ends_with(',')
            || (before.ends_with(['"', '“', '”', '»', '«'])
                && before[..before.len() - before.chars().next_back().map_or(0, char::len_utf8)]
                    .trim_end()
                    .ends_with([',', '.', '!', '?']));
        if !post
            || !s
                .triggers
                .iter()
                .any(|(ts, tg)| ts.end <= rs.start && !tg.block)
            || s.triggers.iter().any(|(ts, _)| ts.start >= rs.end)
            // (a clause after it: "said Kirby, who …"; "der" after no comma is an article)
            || s.cues_in(rs.end, s.span.end).any(|(cs, c)| {
                matches!(c, Cue::Clause | Cue::Report(_))
                    || (matches!(c, Cue::RelPron) && text[..cs.start].trim_end().ends_with(','))
            })
        {
            continue;
        }
        for m in &s.mentions {
            if m.span.start < rs.end || !matches!(m.kind, MentionKind::Party { .. }) {
                continue;
            }
            let gap = &s.lower_text[rs.end..m.span.start];
            let prev = gap
                .split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .rev()
                .find(|w| {
                    !matches!(
                        *w,
                        "a" | "an"
                            | "the"
                            | "der"
                            | "die"
                            | "das"
                            | "des"
                            | "dem"
                            | "den"
                            | "einer"
                            | "eines"
                            | "einem"
                    )
                });
            let affiliation = matches!(
                prev,
                Some(
                    "at" | "of"
                        | "with"
                        | "from"
                        | "in"
                        | "im"
                        | "bei"
                        | "am"
                        | "an"
                        | "von"
                        | "vom"
                        | "aus"
                )
            );
            if gap.contains(',') || affiliation {
                out.push(m.span);
            }
        }
    }
    out
}

/// "Iran says it has sold …": a pronoun right after the speaker's reporting verb (or its
/// "that") is the subject of the act that follows, and stands for the speaker.
fn says_pron(s: &Sent, c: &Cand, tspan: Span) -> bool {
    s.cues_of(cue_kind::REPORT).any(|(rs, cue)| {
        matches!(cue, Cue::Report(_))
            && rs.start >= c.span.end
            && token_gap(&s.toks, c.span.end, rs.start) <= 1
            && s.cues_of(cue_kind::PRON).any(|(ps, pc)| {
                matches!(pc, Cue::Pron(_))
                    && ps.start >= rs.end
                    && ps.end <= tspan.start
                    && token_gap(&s.toks, rs.end, ps.start) <= 1
                    && matches!(
                        &s.lower_text[ps.start..ps.end],
                        "it" | "they" | "he" | "she"
                    )
            })
    })
}

/// "am Erwerb … beteiligt", "an der Produktion … beteiligt": a nominal act after "am",
/// "beim" or "an der" whose clause goes on to a verb of taking part. Returns where the
/// preposition starts (the subject stands before it).
fn participation(
    s: &Sent,
    tspan: Span,
    trig: &Trigger,
    clause: usize,
    nominal: bool,
) -> Option<usize> {
    if !trig.id.starts_with("de.") || !(trig.noun || nominal) {
        return None;
    }
    let t = s.toks.partition_point(|t| t.span.end <= tspan.start);
    let w = |i: usize| sent_words(s).get(i).copied();
    let at = match (t.checked_sub(2).and_then(w), t.checked_sub(1).and_then(w)) {
        (_, Some("am" | "beim")) => t - 1,
        (Some("an"), Some("der" | "dem" | "den")) => t - 2,
        _ => return None,
    };
    let c_end = s.clause_end(clause);
    let takes_part = clause_words(s, tspan.end, c_end).iter().any(|w| {
        matches!(
            *w,
            "beteiligt" | "beteiligte" | "beteiligten" | "mitgewirkt" | "mitwirken" | "mitwirkt"
        )
    });
    takes_part.then(|| s.toks[at].span.start)
}

/// "General Dynamics prüft eine Produktion in der Ukraine", "Rheinmetall … Die Fertigung in
/// der Ukraine könnte anlaufen": a noun of making right before "in" and a state is
/// production for that place, where a firm stands in the sentence or the two before it (a
/// firm makes there; "Die Produktion in Russland steigt" names none). Gives the place and
/// the firm's state when it is another (a firm of no one state makes for null).
fn production_in_place(s: &Sent, tspan: Span, ctx: &Context) -> Option<(Cand, Option<String>)> {
    let place = s.cands.iter().find(|c| {
        !c.speaker
            && c.head != Head::Item
            && c.span.start >= tspan.end
            && s.lower_text
                .get(tspan.end..c.span.start)
                .is_some_and(|w| matches!(w.trim(), "in" | "in der" | "in den" | "im"))
    })?;
    let company = |c: &Cand| {
        c.head == Head::Firm
            || s.mentions.iter().any(|m| {
                m.span.overlaps(&c.span)
                    && matches!(&m.kind, MentionKind::Party { entity, .. }
                        if entity.kind == EntityKind::Company)
            })
    };
    let here = s
        .cands
        .iter()
        .find(|c| !c.speaker && c.id != place.id && company(c));
    let firm_cue = s
        .cues_of(cue_kind::FIRM)
        .any(|(_, c)| matches!(c, Cue::Firm));
    let earlier = ctx
        .recent_firms
        .iter()
        .rev()
        .find(|(i, id)| *i < s.idx && *id != *place.id);
    if let Some(c) = here {
        return Some((place.clone(), Some(String::from(&*c.id))));
    }
    if let Some((_, id)) = earlier {
        return Some((place.clone(), Some(id.clone())));
    }
    firm_cue.then(|| (place.clone(), None))
}

/// "KNDS soll in der Ukraine Granaten produzieren", "Rüstungsfirmen wollen in der Ukraine
/// Munition herstellen": a production act whose only party is the place produced in, with
/// a firm of no one state (or a firm noun of no state) before the trigger in its clause.
/// Gives the place, which the act is for.
fn made_in_place(
    s: &Sent,
    trig: &Trigger,
    c_start: usize,
    tspan: Span,
    actor: &Option<Cand>,
    recipient: &Option<Cand>,
) -> Option<Cand> {
    if trig.kind != EventType::JointProduction {
        return None;
    }
    let before = |sp: Span| sp.start >= c_start && sp.end <= tspan.start;
    // "das deutsch-französische Unternehmen": the firm of two states joined by a hyphen
    // is of no one state
    let joint_firm = |c: &Cand| {
        before(c.span)
            && s.cands.iter().any(|o| {
                o.id != c.id
                    && (o.head == Head::Firm || c.head == Head::Firm)
                    && (s.lower_text.get(o.span.end..c.span.start) == Some("-")
                        || s.lower_text.get(c.span.end..o.span.start) == Some("-"))
            })
    };
    let place = s
        .cands
        .iter()
        .find(|c| c.marker == Marker::Loc && before(c.span) && !joint_firm(c))?;
    // every party the act has besides the place is such a firm
    if [actor, recipient]
        .into_iter()
        .flatten()
        .any(|c| c.id != place.id && !joint_firm(c))
    {
        return None;
    }
    let firm = s.cands.iter().any(joint_firm)
        || s.mentions.iter().any(|m| {
            before(m.span)
                && matches!(&m.kind, MentionKind::Party { entity, .. }
                if entity.kind == EntityKind::Company && entity.state.is_none())
        })
        || s.cues_of(cue_kind::FIRM).any(|(cs, c)| {
            matches!(c, Cue::Firm)
                && before(*cs)
                && !s
                    .cands
                    .iter()
                    .any(|k| k.head == Head::Firm && k.span.end == cs.end)
        });
    firm.then(|| place.clone())
}

/// "setzte drei russische Firmen auf die Liste, von denen es heißt, dass sie am Erwerb
/// iranischer Drohnen beteiligt sind": where the clause of taking part names no party of
/// its own, the firms or bodies named last in an earlier clause of the sentence take part.
fn participant_firm<'a>(s: &'a Sent, clause: usize) -> Option<&'a Cand> {
    let c_start = s.clauses[clause];
    let c_end = s.clause_end(clause);
    if s.cands
        .iter()
        .any(|c| c.span.start >= c_start && c.span.end <= c_end && c.head != Head::Item)
    {
        return None;
    }
    s.cands
        .iter()
        .rfind(|c| c.span.end <= c_start && !c.speaker && c.head == Head::Firm)
}

/// "Pistorius betonte: „…“ Er traf am Dienstag seinen ukrainischen Amtskollegen": German
/// "er" in a sentence within two of one sourced to a named person stands for that person,
/// who acts for the state he speaks for.
fn er_speaker_state(
    s: &Sent,
    ctx: &Context,
    from: usize,
    to: usize,
    not: Option<&str>,
) -> Option<String> {
    let (at, src) = ctx.last_reported.as_ref()?;
    if *at > s.idx || s.idx - at > 2 || !src.iter().any(|a| a.starts_with("person:")) {
        return None;
    }
    s.cues_of(cue_kind::PRON).find(|(cs, c)| {
        matches!(c, Cue::Pron(_))
            && cs.start >= from
            && cs.end <= to
            && s.lower_text[cs.start..cs.end] == *"er"
    })?;
    src.iter()
        .find(|a| !a.contains(':') && Some(a.as_str()) != not)
        .cloned()
}

/// The partner of party `k` in the latest act of the two sentences before sentence `idx`
/// (or in the latest of them naming `k` and one other party), else in the headline's act:
/// what "the reclusive state", "its ally" or the other side of "the contract signed with
/// Moscow" stand for.
fn latest_partner(ctx: &Context, idx: usize, k: &str) -> Option<String> {
    let other_side = |a: &str, r: &str| {
        (a == k && r != k)
            .then(|| r.to_string())
            .or_else(|| (r == k && a != k).then(|| a.to_string()))
    };
    ctx.recent()
        .rev()
        .filter(|(i, _)| *i < idx && idx - *i <= 2)
        .map(|(_, e)| e)
        .find_map(|e| other_side(e.actor.as_deref()?, e.recipient.as_deref()?))
        .or_else(|| {
            ctx.recent_pairs
                .iter()
                .rev()
                .filter(|(i, _, _)| *i < idx)
                .find_map(|(_, a, b)| other_side(a, b))
        })
        .or_else(|| {
            ctx.titles()
                .find_map(|e| other_side(e.actor.as_deref()?, e.recipient.as_deref()?))
        })
}

/// "Teheran prüft Raketenlieferungen" over an article on Iran and Russia: a headline act
/// with one side missing takes it from the first act of its kind in the body (within
/// eight sentences) whose named side is the same, in the same role.
fn headline_partner(done: &mut [Event], titles: &[usize]) {
    for &k in titles {
        let (a, r) = (done[k].actor.clone(), done[k].recipient.clone());
        if a.is_some() == r.is_some() {
            continue;
        }
        let (sent, kind) = (done[k].sentence, done[k].kind);
        let fill = done
            .iter()
            .filter(|e| e.sentence > sent && e.sentence <= sent + 8 && e.kind == kind)
            .find_map(|e| match (&e.actor, &e.recipient) {
                (Some(x), Some(y)) if a.as_ref() == Some(x) && x != y => Some(y.clone()),
                (Some(x), Some(y)) if r.as_ref() == Some(y) && x != y => Some(x.clone()),
                _ => None,
            });
        if let Some(f) = fill {
            if a.is_none() {
                done[k].actor = Some(f);
            } else {
                done[k].recipient = Some(f);
            }
        }
    }
}

/// "Lawrow sagte, die militärische Zusammenarbeit mit dem Iran …", "Die Firmen sollen
/// Waffen entwickeln – in Zusammenarbeit mit russischen Unternehmen": a German joint act
/// whose only named party follows it after "mit" is shared with the firms a description
/// before it stands for ("diese Firmen"), or else with the state of the sentence's own
/// speaker.
fn mit_partner(s: &Sent, ctx: &Context, tspan: Span, known: Option<&str>) -> Option<String> {
    let known = known?;
    // the named party is the "mit" party right after the trigger
    s.cands.iter().find(|c| {
        *c.id == *known
            && c.marker == Marker::With
            && !c.speaker
            && c.span.start >= tspan.end
            && token_gap(&s.toks, tspan.end, c.span.start) <= 3
    })?;
    let firms = s
        .cues
        .iter()
        .any(|(cs, c)| matches!(c, Cue::FirmPron) && cs.end <= tspan.start);
    if firms
        && let Some((_, id)) = ctx
            .recent_firms
            .iter()
            .rev()
            .find(|(i, id)| *i < s.idx && id != known)
    {
        return Some(id.clone());
    }
    // (the sentence's own speaker, not a source carried on from the sentences before)
    if !s
        .cands
        .iter()
        .any(|c| c.speaker && c.span.end <= tspan.start)
    {
        return None;
    }
    s.attribution
        .iter()
        .find(|a| !a.contains(':') && a.as_str() != known)
        .cloned()
}

/// "Treffen der EU-Außenminister", "a meeting of NATO defence ministers": a meeting noun
/// whose genitive names the members of one international body, with no "mit"/"with" party
/// after it, is held within that body.
fn internal_meeting(s: &Sent, tspan: Span, trig: &Trigger, c_end: usize) -> bool {
    if !trig.noun {
        return false;
    }
    let t = s.toks.partition_point(|t| t.span.start < tspan.end);
    let w = |i: usize| sent_words(s).get(i).copied();
    let members = match (w(t), w(t + 1)) {
        (Some("der" | "des" | "of"), Some(_)) => t + 1,
        _ => return false,
    };
    let members = if w(members) == Some("the") {
        members + 1
    } else {
        members
    };
    let (Some(tok), Some(word)) = (s.toks.get(members), w(members)) else {
        return false;
    };
    let heads = [
        "minister",
        "ministern",
        "ministers",
        "chefs",
        "mitgliedstaaten",
        "staaten",
    ];
    let body = s.mentions.iter().any(|m| {
        m.span.start >= tok.span.start
            && m.span.end <= tok.span.end
            && matches!(&m.kind, MentionKind::Party { entity, .. } if entity.kind == EntityKind::Intl)
    });
    let with_other = clause_words(s, tspan.end, c_end)
        .iter()
        .any(|w| matches!(*w, "mit" | "with"));
    word.contains('-') && heads.iter().any(|h| word.ends_with(h)) && body && !with_other
}

/// "Macron sagte nach einem Gespräch mit Selenskyj, …", "said after talks with": a
/// meeting named as the occasion of the speaking, in the reporting verb's own clause, is
/// told by the article, not by the speaker.
fn narrated_occasion(s: &Sent, tspan: Span, trig: &Trigger) -> bool {
    if !trig.noun || trig.kind != EventType::Meeting {
        return false;
    }
    let clause = s.clause_of(tspan.start);
    let before = s.toks.partition_point(|t| t.span.end <= tspan.start);
    let temporal = sent_words(s)[..before].iter().rev().take(3).any(|w| {
        matches!(
            *w,
            "nach" | "vor" | "bei" | "während" | "after" | "before" | "during"
        )
    });
    temporal
        && s.cues_of(cue_kind::REPORT).any(|(cs, c)| {
            matches!(c, Cue::Report(_)) && cs.end <= tspan.start && s.clause_of(cs.start) == clause
        })
}

/// "The U.S. Treasury announced sanctions", "UK confirms donation of missiles": a body
/// or state that announces an act named as the verb's object makes it, and is no source
/// of it (a named person announcing stays the source).
fn own_announcement(s: &Sent, tspan: Span, trig: &Trigger, attribution: &[String]) -> bool {
    if !trig.id.starts_with("en.")
        || attribution.is_empty()
        || s.cues_of(cue_kind::NEG | cue_kind::HEDGE)
            .any(|(_, c)| matches!(c, Cue::Neg | Cue::Hedge(_)))
        || attribution
            .iter()
            .any(|a| a.starts_with("person:") || a.starts_with('@'))
    {
        return false;
    }
    let token = token_at(s, tspan).map_or("", |t| &s.lower_text[t.span.start..t.span.end]);
    let action_noun = trig.noun
        || [
            "tion", "tions", "sion", "sions", "ment", "ments", "ance", "ances", "ery", "eries",
            "ing",
        ]
        .iter()
        .any(|e| token.ends_with(e));
    // "'The Department announced new aid,' the statement said": another reporting verb
    // after the act reports the announcement
    // (not a reporting verb of a relative clause: "sanctions against firms that the
    // administration said helped Russia")
    let reported_after = s.cues_of(cue_kind::REPORT).any(|(rs, c)| {
        matches!(c, Cue::Report(_))
            && rs.start >= tspan.end
            && !clause_words(s, tspan.end, rs.start)
                .iter()
                .any(|w| matches!(*w, "that" | "which" | "who"))
    });
    action_noun
        && !reported_after
        && s.cues.iter().any(|(rs, c)| {
            let verb = &s.lower_text[rs.start..rs.end];
            matches!(c, Cue::Report(_))
                && (verb.starts_with("announc") || verb.starts_with("confirm"))
                && rs.end <= tspan.start
                && token_gap(&s.toks, rs.end, tspan.start) <= 6
                && !s.lower_text[rs.end..tspan.start].contains([',', ';', ':', '"', '“'])
                && !s.cues_of(cue_kind::CLAUSE).any(|(cs, cc)| {
                    matches!(cc, Cue::Clause) && cs.start >= rs.end && cs.end <= tspan.start
                })
        })
}

/// "two North Korean officials involved in arranging the transfer of …": the party right
/// before "involved in" ("engaged in", "responsible for") does the act that follows within
/// three words.
fn involved_doer(s: &Sent, tspan: Span) -> Option<Cand> {
    let pre = &s.lower_text.as_bytes()[s.span.start..tspan.start];
    // the last of the phrases in the text before the trigger: every phrase opens with a
    // space, so the spaces are tried from the right (one pass, no searcher per phrase)
    let (at, phrase) = (0..pre.len())
        .rev()
        .filter(|&i| pre[i] == b' ')
        .find_map(|i| {
            [
                " involved in ",
                " engaged in ",
                " responsible for ",
                " implicated in ",
            ]
            .iter()
            .find(|p| pre[i..].starts_with(p.as_bytes()))
            .map(|p| (s.span.start + i + 1, p.trim()))
        })?;
    let end = at + phrase.len();
    if token_gap(&s.toks, end, tspan.start) > 3
        || s.lower_text[end..tspan.start].contains([',', ';'])
    {
        return None;
    }
    s.cands
        .iter()
        .rev()
        .find(|c| {
            !c.speaker
                && c.head != Head::Item
                && c.span.end <= at
                && token_gap(&s.toks, c.span.end, at) <= 2
                && !s.lower_text[c.span.end..at].contains([',', ';'])
        })
        .cloned()
}

/// "the 65th aid package", "a new package", "another delivery": the word before an act
/// (text up to its trigger) names another act than the one before, so it is no anaphor.
fn fresh_act(pre: &str) -> bool {
    pre.split_whitespace().rev().take(2).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        matches!(w, "new" | "another" | "additional")
            || (w.len() > 2
                && w.starts_with(|c: char| c.is_ascii_digit())
                && ["st", "nd", "rd", "th"].iter().any(|e| w.ends_with(e)))
    })
}

/// "officials, who discussed the sanctions": a weak pair verb right after "who" has the
/// people before the comma as its subject; with no party after "who" it is no meeting of
/// the parties named before.
fn who_pair_without_parties(s: &Sent, tspan: Span) -> bool {
    s.cues_of(cue_kind::REL_PRON).any(|(rs, c)| {
        matches!(c, Cue::RelPron)
            && &s.lower_text[rs.start..rs.end] == "who"
            && rs.end <= tspan.start
            && token_gap(&s.toks, rs.end, tspan.start) <= 1
            && !s
                .cands
                .iter()
                .any(|c| !c.speaker && c.head != Head::Item && c.span.start >= rs.end)
    })
}

/// "said in a joint statement at the NATO summit": an English meeting noun after "at" (or
/// "on the sidelines of") is the venue of another act, not a meeting of the clause's
/// parties, unless its own parties follow ("at the meeting of", "at talks with").
fn venue_meeting(s: &Sent, tspan: Span, trig: &Trigger) -> bool {
    if !trig.id.starts_with("en.") || !trig.noun {
        return false;
    }
    let pre = &s.lower_text[s.span.start..tspan.start];
    let words: Vec<&str> = pre.split_whitespace().rev().take(4).collect();
    let Some(at) = words.iter().position(|w| *w == "at" || *w == "sidelines") else {
        return false;
    };
    if words[..at].iter().any(|w| w.contains([',', ';', ':'])) {
        return false;
    }
    let next = s.lower_text[tspan.end..s.span.end]
        .split_whitespace()
        .next()
        .unwrap_or("");
    !matches!(next, "of" | "between" | "with" | "on")
}

/// "If China supplies weapons to Russia, the US will impose sanctions", "Falls Teheran
/// Raketen liefert, will die EU Sanktionen verhängen": sanctions in the main clause after
/// a condition, without a target of their own there, target the condition's subject.
fn conditional_target(s: &Sent, tspan: Span, recipient: Option<&str>) -> Option<String> {
    let (cs, _) = s
        .cues
        .iter()
        .find(|(cs, c)| matches!(c, Cue::Cond) && cs.end <= tspan.start)?;
    let comma = cs.end + s.lower_text[cs.end..tspan.start].find(',')?;
    // the subject of the condition: its first unmarked party
    let subject = s
        .cands
        .iter()
        .find(|c| c.span.start >= cs.end && c.span.end <= comma && c.marker == Marker::None)?;
    let in_cond = |id: &str| {
        s.cands
            .iter()
            .any(|c| c.span.start >= cs.end && c.span.end <= comma && *c.id == *id)
    };
    let own = |id: &str| {
        s.cands.iter().any(|c| {
            c.span.start > comma
                && *c.id == *id
                && matches!(c.marker, Marker::Target | Marker::Recipient)
        })
    };
    match recipient {
        Some(r) if own(r) || !in_cond(r) => None,
        _ => Some(String::from(&*subject.id)),
    }
}

/// "Canada added three firms to its sanctions list": "add" with an object and "to" is
/// no reporting verb.
fn adds_to(s: &Sent, rs: Span) -> bool {
    if !matches!(&s.lower_text[rs.start..rs.end], "added" | "adds" | "add") {
        return false;
    }
    let rest = &s.lower_text[rs.end..s.span.end];
    let mut phrase = rest
        .split([';', ':', '.', '"', '“', '”'])
        .next()
        .unwrap_or("");
    // the object ends at a comma, except one within a list of names ("added the Armenian,
    // Emirati and Kyrgyz firms to …": a capital after the comma)
    let orig = &s.text[rs.end..s.span.end];
    if let Some(c) = phrase.match_indices(',').map(|(i, _)| i).find(|&i| {
        !orig[i + 1..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }) {
        phrase = &phrase[..c];
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    words.first().is_some_and(|w| *w != "that" && *w != "to") && words.contains(&"to")
}

/// The index of the sentence token that holds a span's start.
fn tok_index(s: &Sent, span: Span) -> Option<usize> {
    // tokens are ordered and disjoint: the one holding `span.start` is the first that
    // ends after it, if it starts at or before it
    let i = match s.tok_memo.get() {
        (at, i) if at == span.start => i,
        _ => {
            let i = s.toks.partition_point(|t| t.span.end <= span.start);
            s.tok_memo.set((span.start, i));
            i
        }
    };
    s.toks
        .get(i)
        .is_some_and(|t| t.span.start <= span.start)
        .then_some(i)
}

/// The lower-cased words of the tokens that lie within `from..to` (a run of the
/// ordered tokens: those starting at `from` or later are a suffix, those ending by
/// `to` a prefix).
fn clause_words<'a>(s: &'a Sent, from: usize, to: usize) -> &'a [&'a str] {
    sent_words(s).get(clause_range(s, from, to)).unwrap_or(&[])
}

/// The token indices of [`clause_words`] (empty where none lie within `from..to`).
fn clause_range(s: &Sent, from: usize, to: usize) -> std::ops::Range<usize> {
    let first = s.toks.partition_point(|t| t.span.start < from);
    let end = s.toks.partition_point(|t| t.span.end <= to);
    clause_range_of(first, end)
}

/// The token indices from `first` up to `end` (empty where `end` comes first).
fn clause_range_of(first: usize, end: usize) -> std::ops::Range<usize> {
    first..end.max(first)
}

/// Whether any word of `bits` has any of the bits of `mask`.
fn any_bits(bits: &[u64], mask: u64) -> bool {
    bits.iter().fold(0, |m, b| m | b) & mask != 0
}

/// The lower-cased words of the sentence, by token (made once per sentence).
fn sent_words<'a>(s: &'a Sent) -> &'a [&'a str] {
    s.words.get_or_init(|| {
        s.toks
            .iter()
            .map(|t| &s.lower_text[t.span.start..t.span.end])
            .collect()
    })
}

/// "training is delivered by instructors", "provided training to", "receive training":
/// a giving verb whose object is a training noun, or whose agent is an instructor, gives
/// no materiel (the training noun is the act).
fn training_not_materiel(s: &Sent, tspan: Span, tw: &TenseWords) -> bool {
    let w = sent_words(s);
    let Some(i) = tok_index(s, tspan) else {
        return false;
    };
    // the object right after the verb, over an article or an adjective or two
    let after = w
        .iter()
        .skip(i + 1)
        .take(3)
        .take_while(|x| !matches!(**x, "to" | "for" | "by" | "and" | "with"))
        .any(|x| tw.is(x, Tense::Course));
    // the subject of a passive right before it ("training is delivered", "training delivered")
    let mut k = i;
    while k > 0
        && matches!(
            w[k - 1],
            "is" | "are" | "was" | "were" | "been" | "being" | "be" | "will" | "has" | "have"
        )
    {
        k -= 1;
    }
    let before = k > 0 && k < i + 1 && tw.is(w[k - 1], Tense::Course);
    // "delivered by (British) instructors"
    let by_instructors = w.get(i + 1) == Some(&"by")
        && w.iter()
            .skip(i + 2)
            .take(3)
            .any(|x| tw.is(x, Tense::Teacher));
    after || before || by_instructors
}

/// "to provide aid to one another", "help each other": a reciprocal pronoun (`tense
/// recipdet` and `tense recip`) after the act at `tspan`, within its clause.
fn reciprocal_after(s: &Sent, tspan: Span, c_end: usize, tw: &TenseWords) -> bool {
    let w = sent_words(s);
    let Some(i) = tok_index(s, tspan) else {
        return false;
    };
    (i + 1..w.len().saturating_sub(1))
        .take_while(|&k| s.toks[k].span.end <= c_end)
        .take(8)
        .any(|k| tw.is(w[k], Tense::RecipDet) && tw.is(w[k + 1], Tense::Recip))
}

/// A support or giving act named by a word of help (`tense help`: "assistance",
/// "military assistance", "support"; a prefix trigger "assist" does not tell the noun from
/// the verb).
/// The party `g` named with a word of help gives; the other party of the clause
/// (the actor first) receives.
fn help_giver(actor: &mut Option<Cand>, recipient: &mut Option<Cand>, g: &Cand) {
    let other = [actor.take(), recipient.take()]
        .into_iter()
        .flatten()
        .find(|c| c.id != g.id);
    *actor = Some(g.clone());
    *recipient = other;
}

fn kind_support_noun(trig: &Trigger, s: &Sent, tspan: Span, tw: &TenseWords) -> bool {
    matches!(trig.kind, EventType::Support | EventType::Supply)
        && tok_index(s, tspan).is_some_and(|i| tw.is(sent_words(s)[i], Tense::Help))
}

/// "Chinese engineers have repeatedly visited", "experts who visited": the subject of the
/// verb at `tspan`, over auxiliaries and adverbs (`tense aux`, `tense between`), is a noun
/// of people of expertise (`tense expert`).
fn expert_subject(s: &Sent, tspan: Span, tw: &TenseWords) -> bool {
    let w = sent_words(s);
    let Some(i) = tok_index(s, tspan) else {
        return false;
    };
    w[..i]
        .iter()
        .rev()
        .take(4)
        .find(|x| !(tw.is(x, Tense::Aux) || tw.is(x, Tense::Between)))
        .is_some_and(|x| tw.is(x, Tense::Expert))
}

/// "provided material support to", "gives technical assistance": the object of the giving
/// verb, over an adjective or two, is a noun of help (`tense help`).
fn gives_help(s: &Sent, tspan: Span, tw: &TenseWords) -> bool {
    let w = sent_words(s);
    let Some(i) = tok_index(s, tspan) else {
        return false;
    };
    w.iter()
        .skip(i + 1)
        .take(3)
        .take_while(|x| !matches!(**x, "to" | "for" | "by" | "and" | "with"))
        .any(|x| tw.is(x, Tense::Help))
}

/// "gave no figures", "provided no evidence": a giving verb with "no" and nothing of
/// materiel after it gives nothing.
fn gives_nothing(s: &Sent, tspan: Span, tw: &TenseWords) -> bool {
    let w = sent_words(s);
    let Some(i) = tok_index(s, tspan) else {
        return false;
    };
    if w.get(i + 1) == Some(&"no") {
        return true;
    }
    // "provided information about", "gave further details": words, not materiel
    w.iter()
        .skip(i + 1)
        .take(3)
        .skip_while(|x| {
            matches!(
                **x,
                "the"
                    | "more"
                    | "further"
                    | "few"
                    | "any"
                    | "some"
                    | "additional"
                    | "new"
                    | "an"
                    | "a"
                    | "its"
                    | "their"
            )
        })
        .take(1)
        .any(|x| tw.is(x, Tense::Info))
}

/// English: the giving verb at token `i` has people as its only object ("sent troops to",
/// "sent 10,000 soldiers"), or as its passive subject ("advisers were sent", "troops have
/// been sent"): a personnel trigger on a `person` word, with no item between it and the
/// verb nor right after it.
fn gives_people(s: &Sent, i: usize) -> bool {
    let w = sent_words(s);
    let person_at = |j: usize| {
        let ts = s.toks[j].span;
        s.cues_of(cue_kind::PERSON)
            .any(|(cs, c)| matches!(c, Cue::Person) && cs.overlaps(&ts))
            && s.triggers
                .iter()
                .any(|(tgs, tg)| tg.kind == EventType::Personnel && tgs.overlaps(&ts))
    };
    let item_at = |j: usize| {
        let ts = s.toks[j].span;
        s.mentions
            .iter()
            .any(|m| matches!(m.kind, MentionKind::Item { .. }) && m.span.overlaps(&ts))
    };
    let stop = |x: &str| {
        matches!(
            x,
            "to" | "into" | "in" | "for" | "with" | "from" | "by" | "as" | "," | "." | ";"
        )
    };
    // object: the first person word within four words, before any preposition
    let mut j = i + 1;
    while j < w.len() && j <= i + 4 && !stop(w[j]) {
        if item_at(j) {
            return false;
        }
        if person_at(j) {
            // "troops and ammunition": materiel goes along
            let k = j + 1;
            return !(k < w.len()
                && matches!(w[k], "and" | "plus")
                && (k + 1..(k + 4).min(w.len())).any(item_at));
        }
        j += 1;
    }
    // passive: "advisers were sent", "troops have been sent", "troops are being sent"
    let mut k = i;
    let mut aux = false;
    while k > 0
        && matches!(
            w[k - 1],
            "was"
                | "were"
                | "been"
                | "have"
                | "has"
                | "had"
                | "are"
                | "is"
                | "being"
                | "be"
                | "will"
                | "already"
        )
    {
        aux |= matches!(w[k - 1], "was" | "were" | "been" | "are" | "is" | "be");
        k -= 1;
    }
    aux && k > 0 && person_at(k - 1)
}

/// "The two Baltic neighbours have been in talks with …", "visited all three capitals",
/// "both countries": a number word (or "both") before a noun of states, in the trigger's
/// sentence and not after the trigger's clause, names the parties of the latest of the two
/// sentences before that names exactly that many parties besides `known`, the other side,
/// named in the sentence (those members, in order; empty when there is no such phrase or
/// sentence, or `known` is not named here).
fn group_members(s: &Sent, tspan: Span, ctx: &Context, known: Option<&str>) -> Vec<String> {
    let w = sent_words(s);
    let Some(ti) = tok_index(s, tspan) else {
        return Vec::new();
    };
    // (the other side is named in the sentence itself)
    if !known.is_some_and(|k| s.cands.iter().any(|c| !c.speaker && *c.id == *k)) {
        return Vec::new();
    }
    let c_end = s.clause_end(s.clause_of(tspan.start));
    let noun = |x: &str| {
        matches!(
            x,
            "countries"
                | "nations"
                | "states"
                | "neighbours"
                | "neighbors"
                | "capitals"
                | "allies"
                | "partners"
                | "governments"
        )
    };
    let count = |x: &str| match x {
        "both" | "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        _ => None,
    };
    let Some(n) = (0..w.len()).find_map(|j| {
        let n = count(w[j])?;
        // (the noun right after it, or after one modifier: "the two Baltic neighbours")
        let k = (j + 1..(j + 3).min(w.len())).find(|&k| noun(w[k]))?;
        let ok = (j + 1..k).all(|m| !s.mentions.iter().any(|x| x.span.overlaps(&s.toks[m].span)))
            && s.toks[k].span.end <= c_end
            && k != ti;
        ok.then_some(n)
    }) else {
        return Vec::new();
    };
    ctx.recent_parties
        .iter()
        .rev()
        .filter(|(i, _)| *i < s.idx && s.idx - *i <= 2)
        .map(|(_, ids)| {
            ids.iter()
                .filter(|id| Some(&***id) != known && !id.starts_with("person:"))
                .map(|id| id.to_string())
                .collect::<Vec<_>>()
        })
        .find(|ids| ids.len() == n)
        .unwrap_or_default()
}

/// "its defence cooperation with Russia", "their joint drills": a possessive pronoun
/// (class `poss`) right before a nominal act, with at most two modifiers between them
/// (no preposition, article, conjunction or party), names a party of the act.
fn possessed_act(s: &Sent, tspan: Span, noun: bool, tw: &TenseWords) -> bool {
    let w = sent_words(s);
    let Some(i) = tok_index(s, tspan) else {
        return false;
    };
    // (a noun: a nominal trigger or a word of a noun's ending, "cooperation", "deployment";
    // not the verb after a possessed noun, "their forces deploy")
    let noun = noun
        || [
            "tion", "tions", "ment", "ments", "ance", "ances", "ship", "ships",
        ]
        .iter()
        .any(|e| w[i].ends_with(e));
    if !noun {
        return false;
    }
    (1..=3).take_while(|&k| k <= i).any(|k| {
        tw.is(w[i - k], Tense::Poss)
            && (i - k + 1..i).all(|j| {
                w[j].chars().all(|ch| ch.is_alphabetic() || ch == '-')
                    && !matches!(
                        w[j],
                        "of" | "to"
                            | "for"
                            | "with"
                            | "and"
                            | "or"
                            | "the"
                            | "a"
                            | "an"
                            | "in"
                            | "on"
                            | "by"
                            | "from"
                            | "own"
                    )
                    && !s.mentions.iter().any(|m| {
                        m.span.overlaps(&s.toks[j].span)
                            && matches!(m.kind, MentionKind::Party { .. })
                    })
            })
    })
}

/// "The troops … are expected to be sent", "12,000 troops could eventually be sent": a
/// giving verb of supply whose sentence names people who are sent (a `person` word that
/// triggers `personnel`) before it and no item: the people are what is given.
fn people_sent_passive(s: &Sent, tspan: Span, trig: &Trigger) -> bool {
    trig.kind == EventType::Supply
        && !trig.noun
        && trig.frame == Frame::Give
        && !s
            .mentions
            .iter()
            .any(|m| matches!(m.kind, MentionKind::Item { .. }))
        && s.cues_of(cue_kind::PERSON).any(|(cs, c)| {
            matches!(c, Cue::Person)
                && cs.end <= tspan.start
                && s.triggers
                    .iter()
                    .any(|(tgs, tg)| tg.kind == EventType::Personnel && tgs.overlaps(cs))
        })
}

/// "the two sanctioned states", "a sanctioned Russian bank": the participle after an
/// article, a number or a possessive qualifies a noun; being sanctioned is a state.
fn attributive_sanctioned(s: &Sent, tspan: Span) -> bool {
    let w = sent_words(s);
    let Some(i) = tok_index(s, tspan) else {
        return false;
    };
    if w[i] != "sanctioned" || i == 0 {
        return false;
    }
    let prev = w[i - 1];
    matches!(
        prev,
        "the"
            | "a"
            | "an"
            | "two"
            | "three"
            | "several"
            | "its"
            | "their"
            | "his"
            | "her"
            | "other"
            | "already"
            | "heavily"
            | "internationally"
            | "many"
            | "some"
            | "these"
            | "those"
            | "of"
            | "with"
            | "and"
    ) || prev.chars().all(|c| c.is_ascii_digit())
}

/// "the two leaders discussed military cooperation", "talked about cooperation": cooperation
/// as the topic of talks is no act of support.
fn talk_topic(s: &Sent, tspan: Span, tw: &TenseWords) -> bool {
    let w = sent_words(s);
    let Some(i) = tok_index(s, tspan) else {
        return false;
    };
    // ("talks on military and political cooperation": up to four words between)
    (1..=5).any(|d| {
        i >= d
            && (tw.is(w[i - d], Tense::Discuss)
                || (matches!(w[i - d], "talks" | "talk") && matches!(w[i - d + 1], "on" | "about")))
            && (i - d + 1..i).all(|j| {
                !s.cands.iter().any(|c| {
                    c.span.start >= s.toks[j].span.start && c.span.end <= s.toks[j].span.end
                })
            })
    })
}

/// English: an agent noun of giving ("suppliers", "exporters") that is the object of a verb
/// of another act ("targeted suppliers", "Treasury Targets Suppliers of Iranian Arms"): its
/// subject does not supply. Returns the new actor (the maker of the items after "of", or
/// none), or `None` where the noun is no such object or has a party of its own on it.
fn supplier_object(
    s: &Sent,
    tspan: Span,
    actor: &Option<Cand>,
    tw: &TenseWords,
) -> Option<Option<Cand>> {
    let w = sent_words(s);
    let i = tok_index(s, tspan)?;
    if !tw.is(w[i], Tense::Supplier) {
        return None;
    }
    let t_start = s.toks[i].span.start;
    if actor.as_ref().is_none_or(|a| a.span.start >= t_start) {
        return None;
    }
    let mut p = i;
    while p > 0 {
        p -= 1;
        if !matches!(
            w[p],
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "key"
                | "main"
                | "major"
                | "top"
                | "foreign"
                | "other"
                | "several"
                | "two"
                | "three"
                | "some"
                | "leading"
                | "alleged"
        ) {
            break;
        }
    }
    // a party on the noun supplies ("sanctioned Chinese suppliers", "Russia's supplier")
    if p < i
        && let Some(c) = s.cands.iter().find(|c| c.span.overlaps(&s.toks[p].span))
    {
        return actor
            .as_ref()
            .is_some_and(|a| a.id != c.id && c.head != Head::Noun)
            .then(|| Some(c.clone()));
    }
    let verb = p < i
        && (s
            .cues
            .iter()
            .any(|(cs, c)| matches!(c, Cue::Blame) && cs.overlaps(&s.toks[p].span))
            || (w[p].ends_with("ed") && w[p].len() > 4));
    if !verb {
        return None;
    }
    let maker = (w.get(i + 1) == Some(&"of"))
        .then(|| {
            let of_end = s.toks[i + 1].span.end;
            // "of Iranian drones", "of Iranian and North Korean arms" (an adjective of a chain)
            s.cands.iter().find(|c| {
                matches!(c.head, Head::Item | Head::Other)
                    && c.span.start >= of_end
                    && token_gap(&s.toks, of_end, c.span.start) <= 3
            })
        })
        .flatten()
        .cloned();
    Some(maker)
}

/// "designated five Chinese companies for supplying Russia", "accused Serbian firms of
/// funneling arms", "sanctioning officials over arms transfers": the one blamed or punished
/// is the doer of the act named after "for", "of" or "over".
fn blamed_doer(s: &Sent, tspan: Span, nominal: bool) -> Option<Cand> {
    let w = sent_words(s);
    let i = tok_index(s, tspan)?;
    if i < 2 {
        return None;
    }
    // "over the supply of engines": a determiner between the preposition and a nominal act
    let p = if nominal && i >= 3 && matches!(w[i - 1], "the" | "their" | "its") {
        i - 2
    } else if !nominal && i >= 4 && w[i - 1] == "to" && matches!(w[i - 2], "helping" | "help") {
        // "accused of helping to supply": the one blamed helps, and so supplies
        i - 3
    } else {
        i - 1
    };
    let prep = w[p];
    let ok_prep = if nominal {
        matches!(prep, "for" | "over")
    } else {
        (w[i].ends_with("ing") || p + 1 < i) && matches!(prep, "for" | "of" | "against" | "from")
    };
    if !ok_prep {
        return None;
    }
    let p_start = s.toks[p].span.start;
    let c = s
        .cands
        .iter()
        .rev()
        .find(|c| !c.speaker && c.span.end <= p_start)?;
    // "Chinese firms were placed on the US entity list for supplying", "was hit with EU
    // sanctions for": a party qualifying a sanction noun imposes it; the passive subject
    // before it is the one blamed
    let sanction_noun_after = |c: &Cand| {
        s.triggers.iter().any(|(ts, tg)| {
            tg.frame == Frame::Sanction
                && tg.noun
                && ts.start >= c.span.end
                && ts.end <= p_start
                && token_gap(&s.toks, c.span.end, ts.start) <= 1
        })
    };
    if sanction_noun_after(c) {
        let sub = s
            .cands
            .iter()
            .rev()
            .find(|k| !k.speaker && k.span.end <= c.span.start && k.id != c.id)?;
        let passive_between = (0..p).any(|k| {
            s.toks[k].span.start >= sub.span.end
                && s.toks[k].span.end <= c.span.start
                && matches!(w[k], "was" | "were" | "been" | "is" | "are")
        });
        return (passive_between
            && sub.marker == Marker::None
            && s.clause_of(sub.span.start) == s.clause_of(p_start))
        .then(|| sub.clone());
    }
    // "imposed sanctions on three Chinese firms for supplying": the party a sanction
    // targets ("on", "against") is blamed like a bare object
    // "four Iranian officials and two entities accused of": a reduced passive participle
    // right before the preposition follows a longer noun phrase
    let participle = p >= 1 && matches!(w[p - 1], "accused" | "suspected");
    if token_gap(&s.toks, c.span.end, p_start) > if participle { 5 } else { 2 }
        || !matches!(c.marker, Marker::None | Marker::Target | Marker::Recipient)
    {
        return None;
    }
    // a blaming or punishing verb before the one blamed (cues-en.tsv `blame`)
    let governed = s
        .cues
        .iter()
        .any(|(cs, cue)| matches!(cue, Cue::Blame) && cs.end <= c.span.start);
    governed.then(|| c.clone())
}

/// The items a deal is for: after "for" within six words of the trigger (no comma or "to"
/// between, inside its clause) and at most four words after "for", or a named system right
/// before it ("K2 tank deal", not "missile agreement").
fn deal_items<'s>(s: &'s Sent, tspan: Span) -> Vec<&'s Mention> {
    let w = sent_words(s);
    let Some(i) = tok_index(s, tspan) else {
        return Vec::new();
    };
    let c_end = s.clause_end(s.clause_of(tspan.start));
    let for_at = (i + 1..w.len().min(i + 8))
        .take_while(|&k| s.toks[k].span.end <= c_end && !matches!(w[k], "," | ";" | "." | "to"))
        // (German "ein Kaufvertrag über 44 Kampfpanzer": "über" but no act noun between,
        // "ein Abkommen über die Lieferung von …" is that supply's own event)
        .find(|&k| w[k] == "for" || s.lang == "de" && w[k] == "über");
    if s.lang == "de"
        && for_at.is_some_and(|k| {
            s.triggers.iter().any(|(ts, tg)| {
                !tg.block
                    && tg.kind == EventType::Supply
                    && ts.start > s.toks[k].span.start
                    && token_gap(&s.toks, s.toks[k].span.end, ts.start) <= 4
            })
        })
    {
        return Vec::new();
    }
    let item = |m: &&Mention| matches!(m.kind, MentionKind::Item { .. });
    // the items right before it, one after the other ("Abrams tank deal")
    let mut before: Vec<&Mention> = Vec::new();
    let mut at = tspan.start;
    for m in s.mentions.iter().filter(item).rev() {
        // (a generic word inside a system's name overlaps it: "K2 tank" and "tank")
        if m.span.start < at
            && m.span.end <= tspan.start
            && (m.span.end >= at || token_gap(&s.toks, m.span.end, at) == 0)
        {
            before.push(m);
            at = m.span.start;
        }
    }
    if !before
        .iter()
        .any(|m| matches!(m.kind, MentionKind::Item { system: true, .. }))
    {
        before.clear();
    }
    let after = s.mentions.iter().filter(item).filter(|m| {
        for_at.is_some_and(|k| {
            m.span.start >= s.toks[k].span.end
                && m.span.end <= c_end
                && token_gap(&s.toks, s.toks[k].span.end, m.span.start) <= 4
        })
    });
    before.into_iter().chain(after).collect()
}

/// "who thanked Britain for its support": the party thanked (between a form of "thank" and
/// the act, within eight words) and the party before the thanks (none where none is named).
fn thanked_giver(s: &Sent, tspan: Span) -> Option<(Cand, Option<Cand>)> {
    let w = sent_words(s);
    let i = tok_index(s, tspan)?;
    let k = (i.saturating_sub(8)..i)
        .rev()
        .find(|&k| matches!(w[k], "thanked" | "thanks" | "thank" | "thanking"))?;
    let kspan = s.toks[k].span;
    let thanked = s
        .cands
        .iter()
        .find(|c| c.span.start >= kspan.end && c.span.end <= tspan.start && !c.speaker)?
        .clone();
    let thanker = s
        .cands
        .iter()
        .rev()
        .find(|c| c.span.end <= kspan.start && c.id != thanked.id && !c.id.starts_with("person:"))
        .cloned();
    Some((thanked, thanker))
}

/// "Estonia signs deal for six HIMARS launchers", "a contract with Hyundai Rotem for 180 K2
/// tanks", "Poland inks K2 tank deal": an agreement noun with materiel after "for" (within
/// six words, no comma between) or right before it commits a delivery (GUIDELINES): a supply
/// event, from the side that makes the items, else from the partner (the agreement's
/// recipient) to its subject.
fn deal_supply(s: &Sent, tspan: Span, trig: &Trigger, agreement: &Event) -> Option<Event> {
    if agreement.kind != EventType::Agreement || !trig.noun {
        return None;
    }
    let (a, r) = (agreement.actor.as_ref()?, agreement.recipient.as_ref()?);
    let item_mentions = deal_items(s, tspan);
    if item_mentions.is_empty() {
        return None;
    }
    let mut items: Vec<ItemCategory> = Vec::new();
    let mut giver = r;
    let mut buyer = a;
    for m in &item_mentions {
        if let MentionKind::Item {
            category, maker, ..
        } = &m.kind
        {
            if !items.contains(category) {
                items.push(*category);
            }
            if maker.as_deref() == Some(a.as_str()) {
                (giver, buyer) = (a, r);
            }
        }
    }
    items.sort();
    Some(Event {
        kind: EventType::Supply,
        actor: Some(giver.clone()),
        recipient: Some(buyer.clone()),
        items,
        ..agreement.clone()
    })
}

/// "blacklisted Chinese firms accused of supplying Russia", "sanctions on officials for
/// helping Iran": the start of the act a sanction's target is blamed for (a participle
/// "accused"/"suspected" before "of", or "for"/"over" before an -ing verb) after the trigger.
fn blamed_act_start(s: &Sent, tspan: Span) -> Option<usize> {
    let w = sent_words(s);
    let i = tok_index(s, tspan)?;
    (i + 1..w.len().saturating_sub(1))
        .find(|&k| {
            (matches!(w[k], "accused" | "suspected") && w[k + 1] == "of")
                || (matches!(w[k], "for" | "over") && w[k + 1].ends_with("ing"))
        })
        .map(|k| s.toks[k].span.start)
}

/// English words and constructions that look like an act and are none; the reason.
fn english_non_act(
    s: &Sent,
    tspan: Span,
    trig: &Trigger,
    c_start: usize,
    c_end: usize,
    tw: &TenseWords,
) -> Option<&'static str> {
    let no_items = || items_in(s, c_start, c_end, "en").is_empty();
    if trig.kind == EventType::Sanction && attributive_sanctioned(s, tspan) {
        return Some("'the sanctioned states': being sanctioned is a state");
    }
    if trig.kind == EventType::Supply
        && !trig.noun
        && matches!(trig.frame, Frame::Give | Frame::Receive | Frame::With)
        && training_not_materiel(s, tspan, tw)
        && no_items()
    {
        return Some("training delivered or received is no materiel");
    }
    // a giving verb of supply ("gave", "provided", "sent"): what its object is decides
    let verbal_give = trig.kind == EventType::Supply && !trig.noun && trig.frame == Frame::Give;
    if verbal_give && gives_nothing(s, tspan, tw) && no_items() {
        return Some("'gave no figures': nothing given");
    }
    // "providing material support to Russia", "gave technical assistance": the object is a
    // noun of help, whose own event is support (GUIDELINES: supply needs materiel or money)
    // ("receives support from Iran", "got military assistance from": help received is the
    // same help, reported by its receiver)
    let verbal_receive =
        trig.kind == EventType::Supply && !trig.noun && trig.frame == Frame::Receive;
    if (verbal_give || verbal_receive) && gives_help(s, tspan, tw) && no_items() {
        return Some("'provided support': help given is support, not supply");
    }
    if trig.kind == EventType::Support && trig.frame == Frame::Pair && talk_topic(s, tspan, tw) {
        return Some("cooperation as the topic of talks");
    }
    let w = sent_words(s);
    let i = tok_index(s, tspan)?;
    // "has not commented on the new deployment", "declined to comment on the deliveries":
    // a comment on an act, given or withheld, neither states nor denies it
    if (2..=5).any(|d| {
        i >= d
            && w[i - d + 1] == "on"
            && matches!(
                w[i - d],
                "comment" | "comments" | "commented" | "commenting"
            )
            && (i - d + 2..i).all(|j| {
                !s.cands.iter().any(|c| {
                    c.span.start >= s.toks[j].span.start && c.span.end <= s.toks[j].span.end
                })
            })
    }) {
        return Some("'commented on the deployment': a comment on an act is no act");
    }
    // "pledged to deepen military ties", "promised to help": the promise's act is the
    // infinitive after it, which makes its own event
    if trig.kind == EventType::Supply
        && !trig.noun
        && tw.is(w[i], Tense::Pledge)
        && w.get(i + 1) == Some(&"to")
        && let Some(t) = s.toks.get(i + 2)
        && !s.mentions.iter().any(|m| m.span.overlaps(&t.span))
        && !matches!(
            w[i + 2],
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
        )
    {
        return Some("'pledged to do': the act is the infinitive");
    }
    // "The exercise comes a week after Putin and Kim signed a pact", "The drills came as
    // …": the noun is the subject of a verb that sets it beside another act; the parties
    // after that verb are those of the other act, and the drill itself is one reported
    // before (or in its own sentence with its parties before it)
    if trig.noun
        && matches!(
            trig.kind,
            EventType::Exercise | EventType::Meeting | EventType::Agreement
        )
        && w.get(i + 1).is_some_and(|x| tw.is(x, Tense::Follows))
        && !s.cands.iter().any(|c| c.span.end <= tspan.start)
    {
        return Some("'the exercise comes after …': the parties after it are another act's");
    }
    // "North Korea sent troops to Russia", "Iranian advisers were sent to Crimea": a giving
    // verb whose object (or passive subject) is people sends personnel, which its own
    // event (the personnel noun) reports; no materiel changes hands
    // (with no party in the sentence, the people may be more of those sent just before:
    // see `people_sent_passive`)
    if verbal_give && gives_people(s, i) && s.cands.iter().any(|c| !c.speaker) {
        return Some("'sent troops': people sent are personnel, not supply");
    }
    // "Russian military instructors arrive in Niger", "sent instructors to Mali": instructors
    // who arrive or are sent are personnel; the training is a later act of its own
    if trig.kind == EventType::Training
        && trig.noun
        && tw.is(w[i], Tense::Instructor)
        && w[i.saturating_sub(3)..(i + 4).min(w.len())]
            .iter()
            .any(|x| tw.is(x, Tense::Arrive))
    {
        return Some("instructors who arrive or are sent: personnel, not training");
    }
    // "ordered French troops to leave": ordering someone to do something buys nothing
    if trig.buy
        && !trig.noun
        && no_items()
        && let Some(k) = (i + 1..(i + 5).min(w.len())).find(|&k| w[k] == "to")
        && k + 1 < w.len()
        && !matches!(w[k + 1], "the" | "a" | "an" | "be")
        && !s
            .mentions
            .iter()
            .any(|m| m.span.overlaps(&s.toks[k + 1].span))
        && !s.lower_text[tspan.end..s.toks[k].span.start].contains([',', ';'])
    {
        return Some("'ordered X to do': a command, not a purchase");
    }
    // "The missiles give Ukraine the best chance": materiel as the subject of a giving
    // verb in the present gives no one anything
    if trig.frame == Frame::Give
        && !trig.noun
        && !trig.past
        && i > 0
        && s.mentions.iter().any(|m| {
            matches!(m.kind, MentionKind::Item { .. }) && m.span.overlaps(&s.toks[i - 1].span)
        })
        && !s
            .cands
            .iter()
            .any(|c| c.head != Head::Item && c.span.start >= c_start && c.span.end <= tspan.start)
    {
        return Some("materiel as the subject of 'give': no act");
    }
    // "measures against the suppliers": an agent noun in such a phrase names a target
    if trig.noun
        && (w[i].ends_with("er") || w[i].ends_with("ers"))
        && s.cues_of(cue_kind::NP_BLOCK).any(|(cs, c)| {
            matches!(c, Cue::NpBlock)
                && cs.end <= tspan.start
                && token_gap(&s.toks, cs.end, tspan.start) <= 2
                && !s
                    .cands
                    .iter()
                    .any(|k| k.span.start >= cs.end && k.span.end <= tspan.start)
        })
    {
        return Some("an agent noun after 'against' names a target, not an act");
    }
    // "Russia's state arms exporter Rosoboronexport said …": an agent noun right before the
    // name of a firm or body is that firm's title; it reports no act
    if trig.noun
        && (w[i].ends_with("er") || w[i].ends_with("ers"))
        && s.toks.get(i + 1).is_some_and(|t| {
            s.mentions.iter().any(|m| {
                m.span.start == t.span.start
                    && matches!(&m.kind, MentionKind::Party { entity, .. }
                        if matches!(entity.kind, EntityKind::Company | EntityKind::Organ))
            })
        })
    {
        return Some("an agent noun right before a firm's name is its title");
    }
    // "South Korea, a major arms exporter, has …": an agent noun in an apposition that
    // names no other party characterises its head, it reports no act
    if trig.noun
        && (w[i].ends_with("er") || w[i].ends_with("ers"))
        && let Some(a) = w[..i].iter().rposition(|x| matches!(*x, "a" | "an"))
        && i - a <= 4
        && a > 0
        && s.toks[a].span.start > s.span.start
        && (s.lower_text[s.toks[a - 1].span.end..s.toks[a].span.start].contains(',')
            // "India has become a notable exporter itself": a predicate after a copula
            || (s.lang == "en"
                && matches!(w[a - 1], "become" | "becomes" | "became" | "remains" | "remained")))
    {
        let close = s.toks[i + 1..]
            .iter()
            .find(|t| s.lower_text[s.toks[i].span.end..t.span.start].contains([',', ';', '.', ':']))
            .map_or(s.span.end, |t| t.span.start);
        let named = s.cands.iter().any(|k| {
            k.span.start >= s.toks[a].span.end && k.span.end <= close && k.head != Head::Item
        });
        if !named {
            return Some("an agent noun in an apposition characterises its head");
        }
    }
    if trig.frame == Frame::Deploy {
        let people = s
            .cues
            .iter()
            .any(|(cs, c)| matches!(c, Cue::Person) && cs.start >= c_start && cs.end <= c_end);
        // "help it deploy spy satellites": deploying materiel sends no people
        if !trig.noun
            && !people
            && s.mentions.iter().any(|m| {
                matches!(m.kind, MentionKind::Item { .. })
                    && m.span.start >= tspan.end
                    && token_gap(&s.toks, tspan.end, m.span.start) <= 2
            })
        {
            return Some("deploying materiel is no personnel");
        }
        // "Chinese engineers were sent": a noun of experts (flag `own`) names people sent
        // only with their state's adjective on it; "designed in China with the help of
        // local engineers" sends no one (the help is support)
        if trig.noun
            && trig.own
            && !s.mentions.iter().any(|m| {
                is_party_adjective(m)
                    && m.span.end <= tspan.start
                    && token_gap(&s.toks, m.span.end, tspan.start) <= 2
            })
        {
            return Some("experts of no named state are no people sent");
        }
        // "trained North Korean soldiers", "the training of Ukrainian soldiers": trainees
        if trig.noun
            && s.triggers.iter().any(|(ts, t)| {
                t.frame == Frame::Train && ts.end <= tspan.start && {
                    let gap = token_gap(&s.toks, ts.end, tspan.start);
                    gap <= 3
                }
            })
        {
            return Some("people trained are trainees, not personnel sent");
        }
    }
    // "The first of four systems promised by Berlin has arrived": a participle describing
    // the items of another act
    if trig.kind == EventType::Supply
        && trig.status == Some(Status::Planned)
        && w.get(i + 1) == Some(&"by")
        && i > 0
        && !matches!(
            w[i - 1],
            "is" | "are" | "was" | "were" | "been" | "be" | "being" | "has" | "have" | "had"
        )
        && s.triggers
            .iter()
            .any(|(ts, t)| t.kind == EventType::Supply && ts.start > tspan.end && ts.end <= c_end)
    {
        return Some("a participle describing the items of another act");
    }
    None
}

/// "the systems promised by Berlin have arrived": an English participle with "by" after a
/// noun, before the act and not after an auxiliary, qualifies the noun.
fn reduced_relative(s: &Sent, sp: Span, tspan: Span) -> bool {
    if sp.end > tspan.start {
        return false;
    }
    let w = sent_words(s);
    let Some(i) = tok_index(s, sp) else {
        return false;
    };
    w[i].ends_with("ed")
        && w.get(i + 1) == Some(&"by")
        && i > 0
        && !matches!(
            w[i - 1],
            "is" | "are" | "was" | "were" | "been" | "be" | "being" | "has" | "have" | "had"
        )
        && s.toks.get(i + 2).is_some_and(|t| t.span.end <= tspan.start)
}

/// "Seoul believes the North may have sent missiles": in an article on the Koreas, "the
/// North" standing alone (not "the North Korean army", "the North Sea") is North Korea.
fn the_north(text: &str, toks: &[Token], mentions: &mut Vec<Mention>, lang: &str) {
    let german = lang == "de";
    for (i, t) in toks.iter().enumerate() {
        let w = &text.as_bytes()[t.span.start..t.span.end];
        let art = |k: usize| &text.as_bytes()[toks[k].span.start..toks[k].span.end];
        if i == 0
            || !(if german {
                // "dem Norden", "der Norden", "des Nordens" (not a place: "in den Norden")
                matches!(w, b"Norden" | b"Nordens")
                    && matches!(art(i - 1), b"der" | b"dem" | b"den" | b"des" | b"Der")
                    && (i < 2
                        || !matches!(
                            art(i - 2),
                            b"in" | b"In" | b"aus" | b"Aus" | b"nach" | b"durch" | b"ganz"
                        ))
            } else {
                w == b"North" && matches!(art(i - 1), b"the" | b"The")
            })
            || mentions.iter().any(|m| m.span.overlaps(&t.span))
        {
            continue;
        }
        // (German nouns are capitalised: only a genitive name after it makes a region,
        // "der Norden Syriens", as do "des Landes", "von Syrien")
        let alone = toks.get(i + 1).is_none_or(|n| {
            let nw = &text[n.span.start..n.span.end];
            if german {
                !(matches!(nw, "des" | "der" | "von" | "vom")
                    || (nw.starts_with(char::is_uppercase) && nw.ends_with('s')))
            } else {
                !nw.starts_with(char::is_uppercase)
            }
        }) && !text[t.span.end..].starts_with(['-', '\u{2019}', '\''])
            && !text[t.span.end..].trim_start().starts_with("of ");
        let keys: &[&str] = if german {
            &["Korea", "Pjöngjang", "Pjongjang", "Kim Jong"]
        } else {
            &["Korea", "Seoul", "Pyongyang", "Kim Jong"]
        };
        let korea = keys.iter().any(|k| text.contains(k));
        if !(alone && korea) {
            continue;
        }
        insert_noun_party(mentions, t.span, "PRK", Some("PRK"), EntityKind::Metonym);
    }
}

/// Inserts a party named by a noun at `span`, keeping `mentions` in text order.
fn insert_noun_party(
    mentions: &mut Vec<Mention>,
    span: Span,
    id: &str,
    state: Option<&str>,
    kind: EntityKind,
) {
    let entity = milcoop_analyze::lexicon::Entity {
        id: std::sync::Arc::from(id),
        state: state.map(std::sync::Arc::from),
        kind,
        role: None,
    };
    let at = mentions.partition_point(|m| m.span.start < span.start);
    mentions.insert(
        at,
        Mention {
            span,
            kind: MentionKind::Party {
                entity,
                form: PartyKind::Noun,
            },
        },
    );
}

/// "The Council today adopted ...", "Der Rat hat ... beschlossen": in a text that names
/// the European Union and no other council, "the Council" alone (or opening a headline
/// after a colon) is the Council of the EU, `org:eu` (GUIDELINES: the EU imposing
/// sanctions is `org:eu`).
fn the_council(text: &str, toks: &[Token], mentions: &mut Vec<Mention>, lang: &str) {
    let german = lang == "de";
    // the candidates first (most articles have none), then the text-wide tests
    let heads: Vec<usize> = (1..toks.len())
        .filter(|&i| {
            let w = &text[toks[i].span.start..toks[i].span.end];
            let prev = &text[toks[i - 1].span.start..toks[i - 1].span.end];
            if german {
                w == "Rat" && matches!(prev, "Der" | "der")
            } else {
                w == "Council" && (matches!(prev, "The" | "the") || prev == ":")
            }
        })
        .collect();
    if heads.is_empty() {
        return;
    }
    let eu = [
        "European Union",
        "EU ",
        "EU's",
        "EU-",
        "EU,",
        "EU.",
        "Europäische Union",
    ]
    .iter()
    .any(|k| text.contains(k));
    let other = [
        "Security Council",
        "Sicherheitsrat",
        "Atlantic Council",
        "NATO-Russia Council",
        "City Council",
        "Council of Europe",
        "Europarat",
        "State Council",
        "Staatsrat",
        "Council on",
        "Council for",
        "Security Council of Russia",
    ]
    .iter()
    .any(|k| text.contains(k));
    if !eu || other {
        return;
    }
    for i in heads {
        let t = &toks[i];
        if mentions.iter().any(|m| m.span.overlaps(&t.span)) {
            continue;
        }
        // (not a longer name: "the Council of Europe", "the Council's Legal Service")
        let alone = toks.get(i + 1).is_none_or(|n| {
            let nw = &text[n.span.start..n.span.end];
            !nw.starts_with(char::is_uppercase) && nw != "of" && nw != "der" && nw != "des"
        }) && !text[t.span.end..].starts_with(['-', '\u{2019}', '\'']);
        if !alone {
            continue;
        }
        insert_noun_party(mentions, t.span, "org:eu", None, EntityKind::Intl);
    }
}

/// A person named in full ("Kim Jong Un", "Wladimir Putin") is later named by one part
/// of the name alone ("Kim sagte"): the first and the last word of each full name, unless two
/// persons of the article share it.
fn learn_surnames<'t>(
    text: &'t str,
    s: &Sent,
    surnames: &mut Vec<(&'t str, Option<milcoop_analyze::lexicon::Entity>)>,
) {
    for m in &s.mentions {
        let MentionKind::Party { entity, .. } = &m.kind else {
            continue;
        };
        if entity.kind != EntityKind::Person {
            continue;
        }
        let name = &text[m.span.start..m.span.end];
        let parts: Vec<&str> = name.split_whitespace().collect();
        if parts.len() < 2 {
            continue;
        }
        for w in [parts[0], parts[parts.len() - 1]] {
            if w.chars().count() < 2
                || !w.starts_with(|c: char| c.is_uppercase())
                || !w.chars().all(char::is_alphabetic)
            {
                continue;
            }
            match surnames.iter_mut().find(|(k, _)| *k == w) {
                Some((_, e)) => {
                    if e.as_ref().is_some_and(|e| e.id != entity.id) {
                        *e = None;
                    }
                }
                None => surnames.push((w, Some(entity.clone()))),
            }
        }
    }
}

/// The speaker before a colon that opens sentence `s` ("Brandstetter:", "UNO-Experten:",
/// "Kremlin spokesman Peskov:"): a person or a body named within the first four tokens, the
/// colon after it (a word joined by a hyphen may follow the name).
fn colon_speaker(text: &str, s: &Sent) -> Option<Vec<String>> {
    let at = s.span.start + text[s.span.start..s.span.end].find(':')?;
    if s.toks.iter().take_while(|t| t.span.end <= at).count() > 4 {
        return None;
    }
    let head = &text[s.span.start..at];
    if head.contains([',', '"', '“', '„', '(', '.']) {
        return None;
    }
    let m = s.mentions.iter().rev().find(|m| m.span.end <= at)?;
    let MentionKind::Party { entity, .. } = &m.kind else {
        return None;
    };
    if !matches!(
        entity.kind,
        EntityKind::Person
            | EntityKind::Organ
            | EntityKind::Intl
            | EntityKind::Media
            | EntityKind::StateMedia
            | EntityKind::ThinkTank
    ) {
        return None;
    }
    let gap = &text[m.span.end..at];
    if !(gap.is_empty() || (gap.starts_with('-') && !gap.contains(char::is_whitespace))) {
        return None;
    }
    Some(speaker_ids(entity))
}

/// The ASCII slug of a person's name ("Jens Plötner" is `jens-ploetner`).
fn person_slug(name: &str) -> String {
    milcoop_core::text::ascii_fold(&name.to_lowercase())
        .chars()
        .filter_map(|c| match c {
            ' ' | '-' => Some('-'),
            c if c.is_ascii_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

/// A word that may be part of a person's name: capitalised, with lower-case letters
/// after the first, of letters and hyphens only ("Pevkur", "Magnus-Valdemar").
fn name_word(w: &str) -> bool {
    w.chars().count() >= 2
        && w.starts_with(|c: char| c.is_uppercase())
        && w.chars().skip(1).any(char::is_lowercase)
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// "Defense Minister Hanno Pevkur", "ECDI director Magnus-Valdemar Saar": two or three
/// capitalised words right after a title, not in the gazetteer, name a person (who may
/// then speak, and be named later by one part of the name).
fn role_named_persons(text: &str, mentions: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        let MentionKind::Role { role } = &m.kind else {
            continue;
        };
        let rest = &text[m.span.end..];
        let Some(rest) = rest.strip_prefix(' ') else {
            continue;
        };
        let mut end = 0;
        let mut words = 0;
        for w in rest.split(' ') {
            let core = w.trim_end_matches([',', '.', ';', ':']);
            if !name_word(core) {
                break;
            }
            end += if words == 0 { 0 } else { 1 } + core.len();
            words += 1;
            if core.len() != w.len() || words == 3 {
                break;
            }
        }
        if !(2..=3).contains(&words) {
            continue;
        }
        let span = Span::new(m.span.end + 1, m.span.end + 1 + end);
        let next = mentions.get(k + 1);
        if next.is_some_and(|n| n.span.start < span.end) {
            continue;
        }
        found.push((span, role.clone()));
    }
    // "Elena Marsh, deputy assistant secretary of defense, said": a name before a comma
    // and its title (up to three lower-case words between)
    for (k, m) in mentions.iter().enumerate() {
        let MentionKind::Role { role } = &m.kind else {
            continue;
        };
        let head = &text[..m.span.start];
        let Some(comma) = head.rfind(", ") else {
            continue;
        };
        let between = &head[comma + 2..];
        if between.split_whitespace().count() > 3
            || between
                .split_whitespace()
                .any(|w| !w.chars().all(|c| c.is_lowercase()))
        {
            continue;
        }
        let before = &head[..comma];
        let ws: Vec<&str> = before.rsplit(char::is_whitespace).take(4).collect();
        let n = ws.iter().take_while(|w| name_word(w)).count();
        if !(2..=3).contains(&n) {
            continue;
        }
        // the name opens its sentence or follows a lower-case word
        let len: usize = ws[..n].iter().map(|w| w.len()).sum::<usize>() + n - 1;
        let start = comma - len;
        let prev = text[..start].trim_end_matches(' ');
        if !(prev.is_empty()
            || prev.ends_with(['.', '\n', ':', '"', '“'])
            || ws
                .get(n)
                .is_some_and(|w| w.chars().all(|c| c.is_lowercase())))
        {
            continue;
        }
        let span = Span::new(start, comma);
        if mentions[..k]
            .iter()
            .any(|x| x.span.end > span.start && x.span.start < span.end)
        {
            continue;
        }
        found.push((span, role.clone()));
    }
    found.sort_by_key(|(sp, _)| sp.start);
    found.dedup_by_key(|(sp, _)| sp.start);
    for (span, role) in found {
        let id = format!("person:{}", person_slug(&text[span.start..span.end]));
        let at = mentions.partition_point(|m| m.span.start < span.start);
        mentions.insert(
            at,
            Mention {
                span,
                kind: MentionKind::Party {
                    entity: milcoop_analyze::lexicon::Entity {
                        id: id.into(),
                        state: None,
                        kind: EntityKind::Person,
                        role: Some(role),
                    },
                    form: PartyKind::Noun,
                },
            },
        );
    }
}

/// Mentions for the parts of full names [`learn_surnames`] found in earlier sentences.
fn surname_mentions(
    text: &str,
    toks: &[Token],
    mentions: &mut Vec<Mention>,
    surnames: &[(&str, Option<milcoop_analyze::lexicon::Entity>)],
) {
    if surnames.is_empty() {
        return;
    }
    for t in toks {
        let w = &text[t.span.start..t.span.end];
        let Some(entity) = surnames
            .iter()
            .find(|(k, _)| *k == w)
            .and_then(|(_, e)| e.clone())
        else {
            continue;
        };
        if mentions.iter().any(|m| m.span.overlaps(&t.span)) {
            continue;
        }
        let at = mentions.partition_point(|m| m.span.start < t.span.start);
        mentions.insert(
            at,
            Mention {
                span: t.span,
                kind: MentionKind::Party {
                    entity,
                    form: PartyKind::Noun,
                },
            },
        );
    }
}

/// "according to a new report by": a source noun phrase that names its author last.
fn source_np(gap: &str) -> bool {
    if gap.contains([',', ';', ':', '.', '"', '“', '”', '(', ')']) {
        return false;
    }
    let mut words: Vec<&str> = gap.split_whitespace().collect();
    if words.last() == Some(&"the") {
        words.pop();
    }
    words.len() <= 8
        && words
            .last()
            .is_some_and(|w| matches!(*w, "by" | "from" | "of" | "at"))
        && words.iter().any(|w| {
            matches!(
                *w,
                "report"
                    | "reports"
                    | "study"
                    | "statement"
                    | "statements"
                    | "analysis"
                    | "assessment"
                    | "investigation"
                    | "data"
                    | "estimates"
                    | "figures"
                    | "documents"
                    | "survey"
                    | "research"
                    | "findings"
                    | "officials"
                    | "sources"
            )
        })
}

/// "it was announced that", "it is reported that": an impersonal passive before the verb.
fn impersonal_it(s: &Sent, rs: Span) -> bool {
    let before: Vec<&Token> = s.toks.iter().filter(|t| t.span.end <= rs.start).collect();
    let n = before.len();
    n >= 2
        && s.lower_of(before[n - 2]) == "it"
        && matches!(
            s.lower_of(before[n - 1]),
            "is" | "was" | "has" | "had" | "been" | "be"
        )
}

/// "Iran says it has finalised …": a pronoun right after the verb that does not close
/// the clause opens the reported clause.
fn pron_opens_clause(text: &str, s: &Sent, rs: Span) -> bool {
    let Some(p) = s.cues_of(cue_kind::PRON).find(|(cs, c)| {
        matches!(c, Cue::Pron(_)) && cs.start >= rs.end && token_gap(&s.toks, rs.end, cs.start) <= 1
    }) else {
        return false;
    };
    let rest = text[p.0.end..s.span.end].trim_start();
    !(rest.is_empty() || rest.starts_with(|c: char| ".,;:!?\"“”'’)".contains(c)))
}

/// A genitive right after a nominal act, directly or over its article ("die Lieferungen
/// Nordkoreas", "die Sanktionen der Europäischen Union").
fn genitive_after(s: &Sent, tspan: Span, c: &Cand) -> bool {
    c.genitive
        && c.span.start >= tspan.end
        && match token_gap(&s.toks, tspan.end, c.span.start) {
            0 => true,
            1 => matches!(s.lower_text[tspan.end..c.span.start].trim(), "der" | "des"),
            _ => false,
        }
}

/// True when `c` is the subject of a reporting verb right after it and before the act
/// ("firms that Washington says helped Russia", "companies that officials said supplied"):
/// an embedded reporting clause, not the act's own subject.
fn reports_before(s: &Sent, c: &Cand, tspan: Span) -> bool {
    s.cues_of(cue_kind::REPORT).any(|(rs, k)| {
        matches!(k, Cue::Report(_))
            && rs.start >= c.span.end
            && rs.end <= tspan.start
            && token_gap(&s.toks, c.span.end, rs.start) == 0
            && token_gap(&s.toks, rs.end, tspan.start) == 0
    })
}

/// The span of a relative pronoun ("who", "die") that opens the clause starting at `c_start`.
fn relpron_opening(s: &Sent, c_start: usize) -> Option<Span> {
    s.cues_of(cue_kind::REL_PRON)
        .find(|(cs, c)| {
            matches!(c, Cue::RelPron)
                && cs.start >= c_start
                && token_gap(&s.toks, c_start, cs.start) == 0
        })
        .map(|(cs, _)| *cs)
}

/// The party a relative pronoun opening the trigger's clause stands for, where no
/// subject stands between the pronoun and the trigger ("Chinese firms that supply
/// Russia"): the party right before the pronoun, or an adjective on the noun before it.
fn rel_antecedent<'a>(s: &'a Sent, trig: &Trigger, clause: usize, tspan: Span) -> Option<&'a Cand> {
    let rp = relpron_opening(s, s.clauses[clause])?;
    // English puts the subject right before the verb; a German relative clause puts its
    // objects between the pronoun and the final verb ("Firmen, die Russland … beliefern")
    let german = trig.id.starts_with("de.");
    if rp.end > tspan.start
        || (!german
            && s.cands.iter().any(|c| {
                c.span.start >= rp.end
                    && c.span.end <= tspan.start
                    && c.marker == Marker::None
                    && !reports_before(s, c, tspan)
            }))
    {
        return None;
    }
    s.cands
        .iter()
        .rfind(|c| c.span.end <= rp.start)
        .filter(|c| {
            // its marker belongs to the main clause ("sanctions on Chinese firms that …"),
            // but "an agreement with Kim, which pledged" is the agreement's
            !c.speaker
                && !matches!(c.marker, Marker::With | Marker::Actor)
                && match c.head {
                    // "iranische Personen und Firmen, die …"
                    Head::Firm | Head::People => token_gap(&s.toks, c.span.end, rp.start) <= 3,
                    Head::Noun => token_gap(&s.toks, c.span.end, rp.start) == 0,
                    _ => false,
                }
        })
}

/// True when the preposition marking `c` as a doer is one of agency ("durch Deutschland",
/// "seitens der USA", "by Germany"), not of origin ("aus", "von", "from").
fn agent_prep(s: &Sent, c: &Cand) -> bool {
    prep_before(s, c).is_some_and(|w| matches!(w, "durch" | "seitens" | "by"))
}

/// The nearest clause before `clause` that holds a word (a comma and the "dass" or
/// "which" after it each open one, so the clause between them is empty).
fn prev_clause(s: &Sent, clause: usize) -> Option<usize> {
    (0..clause)
        .rev()
        .find(|&k| !clause_words(s, s.clauses[k], s.clause_end(k)).is_empty())
}

/// The preposition before a party, over its article ("on the Iranian firms" gives "on").
fn prep_before<'a>(s: &'a Sent, c: &Cand) -> Option<&'a str> {
    s.toks
        .iter()
        .rev()
        .filter(|t| t.span.end <= c.span.start)
        .take(3)
        .map(|t| &s.lower_text[t.span.start..t.span.end])
        .find(|w| !matches!(*w, "der" | "die" | "das" | "dem" | "den" | "des" | "the"))
}

/// The agent of a passive: the party after "von", "durch", "seitens" or "by" ("von der EU
/// verhängt", "sanctioned by the US Treasury"); "aus", "bei" and "from" name an origin.
fn passive_agent(s: &Sent, c: &Cand) -> bool {
    prep_before(s, c).is_some_and(|w| matches!(w, "von" | "vom" | "durch" | "seitens" | "by"))
}

/// A German past participle by its form, wider than [`participle_form`]: also "-iert"
/// ("sanktioniert") and strong "ge-…-en" ("getroffen"), and "beschlossen", "erlassen".
fn de_participle(w: &str) -> bool {
    participle_form(w)
        || (w.ends_with("iert") && w.len() > 6)
        || (w.starts_with("ge") && w.ends_with("en") && w.len() > 6 && !w.starts_with("gegen"))
        || matches!(
            w,
            "beschlossen" | "erlassen" | "ausgesprochen" | "verabschiedet" | "angeordnet"
        )
}

/// Whether a clause is passive: German "wurde(n)"/"worden", or "wird"/"werden", with a
/// participle after it in the clause ("Gegen Iran wurden neue Sanktionen verhängt");
/// English a form of "be" right before a participle ("was sanctioned", "were imposed").
fn passive_clause(s: &Sent, clause: usize, english: bool) -> bool {
    let r = clause_range(s, s.clauses[clause], s.clause_end(clause));
    let w = &sent_words(s)[r];
    if english {
        w.iter().enumerate().any(|(i, a)| {
            matches!(*a, "was" | "were" | "been" | "being" | "is" | "are" | "be")
                && w[i + 1..].iter().take(3).any(|p| {
                    (p.ends_with("ed") && p.len() > 4) || matches!(*p, "hit" | "put" | "set")
                })
        })
    } else {
        // ("sind von Japan sanktioniert worden": "worden" closes the clause)
        (w.contains(&"worden") && w.iter().any(|p| de_participle(p)))
            || w.iter().enumerate().any(|(i, a)| {
                matches!(*a, "wurde" | "wurden" | "wird" | "werden")
                    && w[i + 1..].iter().any(|p| de_participle(p))
            })
    }
}

/// True when `rest`, the text right after a sentence-initial place, makes it a dateline:
/// an optional agency in brackets, then a dash ("Luxemburg (dpa) - ", "Brüssel – ").
fn is_dateline(rest: &str) -> bool {
    let mut r = rest.trim_start();
    if let Some(inner) = r.strip_prefix('(') {
        match inner.find(')') {
            Some(close) if close <= 40 => r = inner[close + 1..].trim_start(),
            _ => return false,
        }
    }
    r.starts_with(['-', '–', '—'])
        && r[r.chars().next().map_or(0, char::len_utf8)..].starts_with(' ')
}

fn token_gap(toks: &[Token], from: usize, to: usize) -> usize {
    // tokens are in text order and do not overlap: those starting at `from` or later
    // are a suffix, those ending by `to` a prefix
    let first = toks.partition_point(|t| t.span.start < from);
    let end = toks.partition_point(|t| t.span.end <= to);
    end.saturating_sub(first)
}

/// "… visited since the second quarter of last year. During this period, the plant received
/// …": a sentence with a phrase that refers back to the time before it ("during this
/// period") and no time of its own takes the first time of the sentence before, placed at
/// that phrase.
fn period_times(sents: &mut [Sent]) {
    for i in 1..sents.len() {
        let (before, rest) = sents.split_at_mut(i);
        let (prev, cur) = (&before[i - 1], &mut rest[0]);
        // (the times are made here only where the phrase is)
        if cur.triggers.is_empty() {
            continue;
        }
        let Some(at) = cur
            .cues
            .iter()
            .find(|(_, c)| matches!(c, Cue::TimeRef))
            .map(|(cs, _)| cur.toks.partition_point(|t| t.span.start < cs.start))
        else {
            continue;
        };
        if !sent_times(cur).is_empty() {
            continue;
        }
        if let Some(start) = sent_times(prev)
            .iter()
            .find(|t| !after_report(prev, t.first))
            .map(|t| t.start.clone())
            && let Some(times) = cur.times.get_mut()
        {
            times.push(TimeExpr {
                first: at,
                last: at,
                start,
            });
        }
    }
}

/// The numbers of the sentence, made on first ask (none in a sentence without triggers:
/// they serve only the events of its own triggers).
fn sent_numbers<'a>(s: &'a Sent) -> &'a [NumberExpr] {
    s.numbers.get_or_init(|| {
        if s.triggers.is_empty() {
            vec![]
        } else {
            find_numbers(s.text, s.lower_text, &s.toks, s.lang)
        }
    })
}

/// The time expressions of the sentence against the publication date, made on first ask
/// (none in a sentence without triggers, nor without a date).
fn sent_times<'a>(s: &'a Sent) -> &'a [TimeExpr] {
    s.times.get_or_init(|| match s.published {
        Some(p) if !s.triggers.is_empty() => {
            find_times_on(s.lower_text, &s.toks, p, s.published_day)
        }
        _ => vec![],
    })
}

/// English: "its engine had been made in China and sold to a Russian firm": the place
/// after a word of making and "in", before a giving act, is the giver (GUIDELINES: the
/// maker state names the supplier), over a party of an earlier clause.
fn english_maker(
    s: &Sent,
    trig: &Trigger,
    tspan: Span,
    clause: usize,
    tw: &TenseWords,
    actor: &mut Option<Cand>,
    recipient: &Option<Cand>,
) {
    let lower = s.lower_text;
    if trig.frame == Frame::Give
        && let Some(maker) = s.cands.iter().rfind(|c| {
            !c.speaker && c.span.end <= tspan.start && c.clause + 1 >= clause && {
                let mut back = lower[s.span.start..c.span.start].split_whitespace().rev();
                back.next() == Some("in") && back.next().is_some_and(|w| tw.is(w, Tense::Maker))
            }
        })
        && actor
            .as_ref()
            .is_none_or(|a| a.span.end <= maker.span.start)
        && recipient.as_ref().is_none_or(|r| r.id != maker.id)
    {
        *actor = Some(maker.clone());
    }
}

/// The relative pronoun that opens the trigger's clause ("…, die Russland … beliefern",
/// "companies that supply Russia"), where one stands before the trigger.
fn opening_rel_pron(s: &Sent, c_start: usize, tspan: Span) -> Option<Span> {
    s.cues_of(cue_kind::REL_PRON)
        .find(|(cs, c)| {
            matches!(c, Cue::RelPron)
                && cs.start >= c_start
                && cs.end <= tspan.start
                && token_gap(&s.toks, c_start, cs.start) == 0
        })
        .map(|(cs, _)| *cs)
}

/// The first party after the trigger in its clause, not a speaker, that `also` accepts.
fn cand_after(s: &Sent, tspan: Span, clause: usize, also: impl Fn(&Cand) -> bool) -> Option<Cand> {
    s.cands
        .iter()
        .find(|c| c.span.start >= tspan.end && c.clause == clause && !c.speaker && also(c))
        .cloned()
}

/// English: the party that is the subject of a passive giving verb followed by the thing
/// given ("Ukraine was given Patriot systems", "has been promised 60 F-16s"), not by "to".
fn passive_receiver(s: &Sent, tspan: Span, clause: usize) -> Option<Cand> {
    let w = sent_words(s);
    let i = tok_index(s, tspan)?;
    let next = *w.get(i + 1)?;
    if matches!(
        next,
        "to" | "for"
            | "by"
            | "with"
            | "into"
            | "in"
            | "on"
            | "at"
            | "via"
            | "from"
            | "through"
            | "over"
            | "across"
            | "as"
            | "and"
            | "or"
            | "under"
            | "since"
            | "last"
            | "this"
    ) {
        return None;
    }
    // the thing given within the next four words
    let t_end = s.toks[i].span.end;
    let limit = s.toks.get(i + 5).map_or(s.span.end, |t| t.span.start);
    let item = s.mentions.iter().any(|m| {
        matches!(m.kind, MentionKind::Item { .. }) && m.span.start >= t_end && m.span.start < limit
    });
    if !item {
        return None;
    }
    s.cands
        .iter()
        .rfind(|c| {
            c.span.end <= tspan.start
                && c.clause == clause
                && c.marker == Marker::None
                && !c.speaker
                && matches!(c.head, Head::Noun | Head::Other)
        })
        .cloned()
}

/// English: the end of a word of criticism ("condemned", "denounced"; `tense critic`)
/// standing before the trigger in its clause, with at most four words between them
/// ("condemned the joint drills", "criticised the planned exercises").
fn critic_before(s: &Sent, tspan: Span, c_start: usize, tw: &TenseWords) -> Option<usize> {
    let w = sent_words(s);
    let i = tok_index(s, tspan)?;
    (i.saturating_sub(5)..i)
        .rev()
        .find(|&k| s.toks[k].span.start >= c_start && tw.is(w[k], Tense::Critic))
        .map(|k| s.toks[k].span.end)
}

/// English: "have warned Moscow against transferring weapons to Iran": the act warned
/// against is a feared future one (planned, possible).
fn warned_against(s: &Sent, lower: &str, tspan: Span, tw: &TenseWords) -> bool {
    let Some(t) = token_at(s, tspan) else {
        return false;
    };
    if !lower[t.span.start..t.span.end].ends_with("ing") {
        return false;
    }
    let before: Vec<&str> = lower[s.span.start..t.span.start]
        .split_whitespace()
        .rev()
        .take(5)
        .collect();
    before.first() == Some(&"against") && before[1..].iter().any(|w| tw.is(w, Tense::Warn))
}

/// Whether the time `t` of the sentence may date its act: not a time of telling right after
/// a reporting verb ("said on Monday"), unless the verb announces a nominal act itself
/// ("announced sanctions on Thursday", "a package to be announced today"; not "announced
/// today that ..."), and not the date of a document ("a letter dated 1 July").
fn act_time(s: &Sent, lower: &str, t: &TimeExpr, nominal: bool, tw: &TenseWords) -> bool {
    let word = |i: usize| {
        s.toks
            .get(i)
            .map_or("", |t| &lower[t.span.start..t.span.end])
    };
    if t.first > 0 && tw.is(word(t.first - 1), Tense::Dated) {
        return false;
    }
    if !after_report(s, t.first) {
        return true;
    }
    let Some(first) = s.toks.get(t.first) else {
        return false;
    };
    let announced = s.cues_of(cue_kind::REPORT).any(|(cs, c)| {
        matches!(c, Cue::Report(_))
            && cs.end <= first.span.start
            && token_gap(&s.toks, cs.end, first.span.start) <= 2
            && tw.is(&lower[cs.start..cs.end], Tense::Announce)
    });
    nominal && announced && (t.last + 1..t.last + 4).all(|i| word(i) != "that")
}

fn after_report(s: &Sent, tok: usize) -> bool {
    let Some(t) = s.toks.get(tok) else {
        return false;
    };
    s.cues_of(cue_kind::REPORT).any(|(cs, c)| {
        matches!(c, Cue::Report(_))
            && cs.end <= t.span.start
            && token_gap(&s.toks, cs.end, t.span.start) <= 2
    })
}

/// English: the end of a clause whose items go on in a comma list ("will receive RIM-7 and
/// other air defence equipment, M113 armoured personnel carriers, HIMARS ammunition, ...").
/// The following clauses join while each holds an item and no party, trigger or cue.
fn list_end(s: &Sent, clause: usize, lang: &str) -> usize {
    let mut end = s.clause_end(clause);
    if lang != "en" {
        return end;
    }
    let has_item = |from: usize, to: usize| {
        s.mentions.iter().any(|m| {
            m.span.start >= from && m.span.end <= to && matches!(m.kind, MentionKind::Item { .. })
        })
    };
    if !has_item(s.clauses[clause], end) {
        return end;
    }
    // a word inside an item name ("personnel" in "armoured personnel carriers") is no trigger
    let in_item = |sp: &Span| {
        s.mentions.iter().any(|m| {
            matches!(m.kind, MentionKind::Item { .. })
                && m.span.start <= sp.start
                && sp.end <= m.span.end
        })
    };
    let mut c = clause + 1;
    while c < s.clauses.len() {
        let (from, to) = (s.clauses[c], s.clause_end(c));
        // "technology ... as well as tanks and aircraft": a clause opened by "as well as"
        // goes on with the list
        let as_well = s.lower_text[from..].starts_with("as well as");
        let ends_list = !as_well
            && !s.lower_text[s.clauses[c - 1]..from]
                .trim_end()
                .ends_with(',');
        let foreign = s.mentions.iter().any(|m| {
            m.span.start >= from && m.span.end <= to && !matches!(m.kind, MentionKind::Item { .. })
        }) || s
            .triggers
            .iter()
            .map(|(sp, _)| sp)
            .chain(s.cues.iter().map(|(sp, _)| sp))
            .any(|sp| {
                sp.start >= from && sp.end <= to && !in_item(sp) && !(as_well && sp.start == from)
            });
        if ends_list || foreign || !has_item(from, to) {
            break;
        }
        end = to;
        c += 1;
    }
    end
}

/// English: an item word standing right before another inside one noun phrase
/// ("HIMARS ammunition", "drone engines", "air defence equipment"). The more specific word
/// names the item: the head, unless the head is a generic word (equipment, weapons), which
/// the word before it describes.
fn compound_modifier(s: &Sent, a: Span, b: Span, b_cat: ItemCategory) -> Option<bool> {
    let gap = s.lower_text.get(a.end..b.start).unwrap_or("");
    if !(gap == " " || gap == "-") {
        return None;
    }
    let generic = matches!(
        b_cat,
        ItemCategory::Equipment | ItemCategory::WeaponsUnspecified
    );
    // true: the first word is only a modifier; false: the second word is generic
    Some(!generic)
}

/// English head nouns after an item word that make it a description of a party or a place,
/// not a thing given ("drone makers", "missile factory").
const MAKER_HEADS: &[&str] = &[
    "maker",
    "makers",
    "manufacturer",
    "manufacturers",
    "producer",
    "producers",
    "industry",
    "industries",
    "factory",
    "factories",
    "plant",
    "plants",
    "company",
    "companies",
    "firm",
    "firms",
    "programme",
    "programmes",
    "program",
    "programs",
    "developer",
    "developers",
];

fn items_in(s: &Sent, from: usize, to: usize, lang: &str) -> Vec<ItemCategory> {
    let items: Vec<(Span, ItemCategory)> = s
        .mentions
        .iter()
        .filter(|m| m.span.start >= from && m.span.end <= to)
        .filter_map(|m| match &m.kind {
            MentionKind::Item { category, .. } => Some((m.span, *category)),
            _ => None,
        })
        .collect();
    // (the last `k` words before `sp`, nearest first: tokens are ordered and disjoint,
    // those ending by `sp.start` a prefix)
    let word_before = |sp: Span, k: usize| {
        s.toks[..s.toks.partition_point(|t| t.span.end <= sp.start)]
            .iter()
            .rev()
            .take(k)
            .map(|t| s.lower_of(t))
    };
    let en = lang == "en";
    let mut v: Vec<ItemCategory> = Vec::new();
    // maker-head items left out, kept where nothing else is named
    let mut makers: Vec<ItemCategory> = Vec::new();
    let mut prev_purpose = false;
    let mut other_weapons = false;
    for (idx, (sp, cat)) in items.iter().enumerate() {
        // "Munition für Artilleriesysteme", "microelectronics for missiles": the purpose is no item
        let mut purpose = idx > 0
            && (word_before(*sp, 3).any(|w| matches!(w, "für" | "for"))
                // "six jets, part of efforts to strengthen Ukraine's air defence": the
                // purpose of an act is no item of it
                || s.cues_of(cue_kind::PURPOSE).any(|(cs, c)| {
                    matches!(c, Cue::Purpose)
                        && cs.end <= sp.start
                        && cs.start >= items[idx - 1].0.end
                        && token_gap(&s.toks, cs.end, sp.start) <= 4
                }));
        // "shells for rocket launchers and howitzers": the purpose goes on through its list
        if en && !purpose && prev_purpose {
            let gap = s
                .lower_text
                .get(items[idx - 1].0.end..sp.start)
                .unwrap_or("")
                .trim();
            // the words between are the rest of the previous name ("rocket systems and")
            let words: Vec<&str> = gap.split_whitespace().collect();
            purpose = words.len() <= 3
                && words
                    .last()
                    .is_some_and(|w| matches!(*w, "and" | "or") || w.ends_with(','));
        }
        prev_purpose = purpose;
        if purpose {
            continue;
        }
        if en {
            // "HIMARS ammunition": the head names the item; "air defence equipment": the modifier
            if let Some((sp2, c2)) = items.get(idx + 1)
                && compound_modifier(s, *sp, *sp2, *c2) == Some(true)
            {
                continue;
            }
            if idx > 0 && compound_modifier(s, items[idx - 1].0, *sp, *cat) == Some(false) {
                continue;
            }
            // "Russian drone makers": the item word describes a party
            let next = s
                .toks
                .iter()
                .find(|t| t.span.start >= sp.end)
                .filter(|t| s.lower_text.get(sp.end..t.span.start) == Some(" "));
            if next.is_some_and(|t| MAKER_HEADS.contains(&&s.lower_text[t.span.start..t.span.end]))
            {
                makers.push(*cat);
                continue;
            }
        }
        // "Ausrüstung wie Hubschrauber", "weapons such as drones": the examples name the items
        let generic = matches!(
            cat,
            ItemCategory::Equipment | ItemCategory::WeaponsUnspecified
        );
        let examples_follow = generic
            && items.iter().skip(idx + 1).any(|(sp2, c2)| {
                c2 != cat
                    && word_before(*sp2, 4).any(|w| {
                        matches!(
                            w,
                            "wie" | "such" | "including" | "darunter" | "etwa" | "namentlich"
                        )
                    })
            });
        if examples_follow {
            continue;
        }
        // "tanks, ammunition and other weaponry": more weapons than those named
        if en
            && *cat == ItemCategory::WeaponsUnspecified
            && word_before(*sp, 1).next().is_some_and(|w| w == "other")
        {
            other_weapons = true;
        }
        v.push(*cat);
    }
    if v.is_empty() {
        v = makers;
    }
    v.sort();
    v.dedup();
    if v.len() > 1 && !other_weapons {
        v.retain(|c| *c != ItemCategory::WeaponsUnspecified);
    }
    v
}

fn counts_something(s: &Sent, n: &NumberExpr, kind: EventType) -> bool {
    let Some(last) = s.toks.get(n.last) else {
        return false;
    };
    // "seit August 2022", "since 2023", "im Jahr 2024": a year is no count
    if n.first == n.last && crate::quant::is_year(s.lower_of(last)) {
        let prev = n
            .first
            .checked_sub(1)
            .and_then(|i| s.toks.get(i))
            .map(|t| s.lower_of(t))
            .unwrap_or_default();
        let prev_is_date = crate::time::is_month_word(prev)
            || matches!(
                prev,
                "seit"
                    | "since"
                    | "in"
                    | "im"
                    | "bis"
                    | "ab"
                    | "until"
                    | "by"
                    | "jahr"
                    | "year"
                    | "von"
                    | "from"
                    | "anfang"
                    | "ende"
                    | "mitte"
                    // seasons and parts of a year ("im Frühjahr 2022", "in early 2024")
                    | "frühjahr"
                    | "frühling"
                    | "sommer"
                    | "herbst"
                    | "winter"
                    | "jahresende"
                    | "jahresbeginn"
                    | "spring"
                    | "summer"
                    | "autumn"
                    | "fall"
                    | "early"
                    | "mid"
                    | "late"
            );
        if prev_is_date || n.first == 0 {
            return false;
        }
    }

    // the counted noun stands within the next three tokens, or after a partitive
    // ("zwei ihrer noch neun Patriots", "two of its nine launchers")
    let partitive = s.toks.get(n.last + 1).is_some_and(|t| {
        matches!(
            s.lower_of(t),
            "ihrer" | "seiner" | "unserer" | "deren" | "dessen" | "der" | "dieser" | "of"
        )
    });
    let window_end = s
        .toks
        .get(n.last + if partitive { 5 } else { 3 })
        .map(|t| t.span.end)
        .unwrap_or(s.span.end);
    let counted = s.mentions.iter().any(|m| {
        m.span.start >= last.span.end
            && m.span.start <= window_end
            && matches!(m.kind, MentionKind::Item { .. })
    });
    let people = matches!(
        kind,
        EventType::Personnel | EventType::Training | EventType::Exercise
    ) && (s.cues_of(cue_kind::PERSON).any(|(cs, c)| {
        matches!(c, Cue::Person) && cs.start >= last.span.end && cs.start <= window_end
    }) || s.mentions.iter().any(|m| {
        // "zehntausende Ukrainer trainiert": people named by their nation
        m.span.start >= last.span.end
            && m.span.start <= window_end
            && matches!(&m.kind, MentionKind::Party { entity, form: PartyKind::Noun }
                if entity.kind == EntityKind::Demonym)
    }));
    // count nouns: "13,000 containers", "zwei Systeme", "three batteries"
    let units = s.toks[n.last + 1..(n.last + 3).min(s.toks.len())]
        .iter()
        .any(|t| {
            let w = s.lower_of(t);
            // "Feuereinheiten", "Flugabwehrsysteme"
            w.ends_with("einheiten")
                || w.ends_with("systeme")
                || matches!(
                    w,
                    "containers"
                        | "container"
                        | "systeme"
                        | "systems"
                        | "system"
                        | "einheiten"
                        | "units"
                        | "squadrons"
                        | "squadron"
                        | "staffeln"
                        | "batallione"
                        | "battalions"
                        | "stück"
                        | "batterien"
                        | "batteries"
                        | "exemplare"
                        | "fahrzeuge"
                        | "vehicles"
                        | "boote"
                        | "boats"
                        | "lieferungen"
                        | "shipments"
                        | "pakete"
                        | "packages"
                )
        });

    counted || people || units
}

fn is_passive(
    lower: &str,
    s: &Sent,
    tspan: Span,
    trig: &Trigger,
    c_start: usize,
    lang: &str,
) -> bool {
    if trig.noun || !trig.past {
        return false;
    }
    let c_end = s.clause_end(s.clause_of(tspan.start));
    let aux: &[&str] = if lang == "de" {
        &["wurde", "wurden", "worden", "werden", "wird", "geworden"]
    } else {
        &["was", "were", "been", "be", "being", "is", "are"]
    };
    // English: the auxiliary right before the participle
    let end = if lang == "de" { c_end } else { tspan.start };
    s.toks
        .iter()
        .filter(|t| t.span.start >= c_start && t.span.end <= end && t.span != tspan)
        .any(|t| {
            let w = &lower[t.span.start..t.span.end];
            aux.contains(&w) && (lang == "de" || token_gap(&s.toks, t.span.end, tspan.start) <= 2)
        })
}

/// "Wagner-Personal trainiert den Umgang mit den Drohnen": a training verb whose object is
/// the handling of a weapon (a `selftrain` cue in its clause) has the trained as subject.
fn self_training(s: &Sent, trig: &Trigger, tspan: Span, passive: bool) -> bool {
    trig.frame == Frame::Train
        && !trig.noun
        && !passive
        && s.cues_of(cue_kind::SELF_TRAIN).any(|(cs, c)| {
            matches!(c, Cue::SelfTrain) && s.clause_of(cs.start) == s.clause_of(tspan.start)
        })
}

/// An act with one side named takes `party` (the maker of its items) as the
/// other side: the actor where the actor is missing, else the recipient.
fn fill_missing_side(
    actor: &mut Option<String>,
    recipient: &mut Option<String>,
    party: Option<String>,
) {
    if party.is_none() {
        return;
    }
    if actor.is_none() {
        *actor = party;
    } else {
        *recipient = party;
    }
}

/// Assigns actor and recipient for a trigger by its frame.
/// The candidates [`assign`] picks from, kept on the stack up to 16.
type PartyRefs<'a> = smallvec::SmallVec<[&'a Cand; 16]>;

fn assign(
    s: &Sent,
    trig: &Trigger,
    tspan: Span,
    clause: usize,
    passive: bool,
    nominal: bool,
) -> (Option<Cand>, Option<Cand>) {
    // "EU bereitet wegen der Drohnenlieferungen Sanktionen vor", "talks about deliveries":
    // a nominal act inside such a phrase is not done by the clause's subject
    let embedded_at = if nominal && matches!(trig.frame, Frame::Give | Frame::Support) {
        s.cues
            .iter()
            .filter(|(cs, c)| {
                // "concern about the supply of": a hedge ending in such a preposition too
                let hedge_prep = matches!(c, Cue::Hedge(_)) && {
                    let w = &s.lower_text[cs.start..cs.end];
                    w.ends_with(" about") || w.ends_with(" over")
                };
                (matches!(c, Cue::NpBlock) || hedge_prep)
                    && cs.end <= tspan.start
                    && token_gap(&s.toks, cs.end, tspan.start) <= 3
                    && !s.cands.iter().any(|k| {
                        k.span.start >= cs.end && k.span.end <= tspan.start && k.head == Head::Noun
                    })
                    // "Pjöngjang weist Berichte über Waffenlieferungen zurück": who denies
                    // reports about an act denies doing it
                    && !s.cues_of(cue_kind::STANCE).any(|(ss, sc)| {
                        matches!(sc, Cue::Stance(..))
                            && ss.end <= cs.start
                            && s.clause_of(ss.start) == s.clause_of(cs.start)
                    })
            })
            .map(|(cs, _)| cs.start)
            .max()
    } else {
        None
    };
    // "könnte London Raketen an Kiew abgeben und von Deutschland Ersatz erhalten": parties
    // after an "und" right behind a German verb-final trigger are the next conjunct's
    let conj_after = if trig.id.starts_with("de.") && !trig.noun {
        let t_end = token_at(s, tspan).map_or(tspan.end, |t| t.span.end);
        s.toks
            .get(s.toks.partition_point(|t| t.span.start < t_end))
            .filter(|t| {
                matches!(
                    &s.lower_text[t.span.start..t.span.end],
                    "und" | "oder" | "sowie"
                )
            })
            .map(|t| t.span.start)
    } else {
        None
    };
    // (on the stack: a sentence rarely has more parties)
    let usable: PartyRefs = s
        .cands
        .iter()
        .filter(|c| !c.speaker && !c.span.overlaps(&tspan))
        .filter(|c| conj_after.is_none_or(|at| c.span.start < at))
        // "Waffen aus dem Iran über Syrien": a route is no party of the act
        .filter(|c| c.marker != Marker::Via || trig.frame == Frame::Pair)
        // "heading to the Iran-backed Houthi movement": a party fused to a participle of
        // support is a side of that support only
        .filter(|c| {
            s.lang != "en"
                || !s.lower_text[c.span.end..].starts_with('-')
                || !s.triggers.iter().any(|(ts, tg)| {
                    ts.start == c.span.end + 1
                        && *ts != tspan
                        && tg.frame == Frame::Support
                        && !tg.block
                        && s.lower_text[ts.start..ts.end].ends_with("ed")
                })
        })
        .filter(|c| {
            // the clause's bare parties before or after the phrase ("Wegen der Lieferungen will
            // die EU …"); those inside it stay ("wegen iranischer Lieferungen")
            embedded_at.is_none_or(|at| {
                let inside = c.span.start >= at && c.span.end <= tspan.start;
                // (a marked party before the phrase is the clause's too: "sanctions were
                // imposed on Iran by Britain over deliveries to Russia")
                let before = c.span.end <= at && c.marker != Marker::Via;
                inside
                    || c.genitive
                    || !((c.marker == Marker::None || before) && c.clause == s.clause_of(at))
            })
        })
        .collect();
    let in_clause: PartyRefs = usable
        .iter()
        .copied()
        .filter(|c| c.clause == clause)
        .collect();
    // a nominal trigger qualified by an adjective or compound party: "iranische Lieferungen", "EU-Sanktionen"
    // (measured to the start of the trigger's word: "iranische Waffen|lieferungen")
    let t_word = token_at(s, tspan).map_or(tspan.start, |t| t.span.start.min(tspan.start));
    let adj_on_trigger = usable.iter().copied().find(|c| {
        (c.head == Head::Other || c.head == Head::Item)
            && c.span.end <= t_word
            && t_word - c.span.end <= 2
    });
    let first = |v: &[&Cand], f: &dyn Fn(&Cand) -> bool| v.iter().copied().find(|c| f(c)).cloned();
    let english = trig.id.starts_with("en.");
    // companies and people of a state act for it ("Serbian companies supplying ammunition"),
    // except where the frame gives people a role of their own (trainees, troops, targets)
    let people_act = matches!(
        trig.frame,
        Frame::Give | Frame::With | Frame::Receive | Frame::Support | Frame::Pair
    );
    let bare = |c: &Cand| {
        c.marker == Marker::None
            && (matches!(c.head, Head::Noun | Head::Other)
                || (people_act && c.head == Head::People)
                // "Chinese firms helped Russia build drones"
                // (German likewise: "Chinesische Firmen sollen … verkauft haben")
                || (people_act && c.head == Head::Firm))
    };
    let sanction = trig.frame == Frame::Sanction;
    // "sanctions against entities in Russia": the place of the targets is the target
    let recip_marked = |c: &Cand| {
        matches!(c.marker, Marker::Recipient | Marker::Dative)
            || (sanction && matches!(c.marker, Marker::Target | Marker::Loc))
    };

    // "mit der Ausbildung von ukrainischen Piloten für die zugesagten Jets": a "von" right
    // after another nominal act marks that act's party
    let other_acts_von = |c: &Cand| {
        s.cues
            .iter()
            .rfind(|(cs, cue)| {
                matches!(cue, Cue::Actor)
                    && cs.end <= c.span.start
                    && token_gap(&s.toks, cs.end, c.span.start) <= 3
            })
            .and_then(|(cs, _)| s.toks.iter().rev().find(|t| t.span.end <= cs.start))
            .is_some_and(|t| {
                let w = &s.lower_text[t.span.start..t.span.end];
                let noun = w.ends_with("ung") || w.ends_with("ungen");
                s.triggers.iter().any(|(ts, tg)| {
                    ts.overlaps(&t.span) && !ts.overlaps(&tspan) && (tg.noun || noun)
                })
            })
    };
    // (receiving keeps it: "Unterstützung von Russland erhalten")
    let actor_marked = |c: &Cand| {
        c.marker == Marker::Actor && (trig.frame == Frame::Receive || !other_acts_von(c))
    };
    let people = |c: &Cand| matches!(c.head, Head::People | Head::Firm);
    let pick_other = |v: &[&Cand], not: &Option<Cand>, f: &dyn Fn(&Cand) -> bool| {
        v.iter()
            .copied()
            .find(|c| {
                f(c) && not
                    .as_ref()
                    .is_none_or(|n| n.id != c.id && n.span != c.span && n.chain != c.chain)
            })
            .cloned()
    };
    let scopes: [&[&Cand]; 2] = [&in_clause, &usable];
    let mut actor: Option<Cand> = None;
    let mut recipient: Option<Cand> = None;
    // "Die Ukraine bat Israel um die Lieferung von Luftabwehrsystemen", "Kyiv asked Berlin
    // for deliveries of tanks": the one asked gives, the one who asks receives
    // (a trigger after "um"/"for" is a noun whatever its match)
    // ("Niger turned to Moscow for security cooperation": cooperation asked for is
    // directed too)
    if (matches!(trig.frame, Frame::Give | Frame::Support)
        || (trig.frame == Frame::Pair && trig.kind == EventType::Support))
        && let Some(rs) = request_before(s, tspan)
    {
        let asked = usable
            .iter()
            .copied()
            .find(|c| {
                c.span.start >= rs.end
                    && c.span.end <= tspan.start
                    // ("asked for Moscow's help": a possessor after "for")
                    && (matches!(c.marker, Marker::None | Marker::Dative) || c.genitive)
                    && c.head != Head::Item
            })
            // "requested air defence systems from Germany": the party after "from"
            .or_else(|| {
                usable.iter().copied().find(|c| {
                    c.span.start >= tspan.end
                        && c.marker == Marker::Actor
                        && c.head != Head::Item
                        && token_gap(&s.toks, tspan.end, c.span.start) <= 4
                })
            })
            .cloned();
        let asks = |c: &Cand| c.span.end <= rs.start && c.clause == s.clause_of(rs.start);
        // ("Niger's government ordered French troops to leave and turned to Moscow for
        // cooperation": the possessor opening the clause asks, not the object after it)
        let asking = usable
            .iter()
            .copied()
            .find(|c| asks(c))
            .filter(|c| c.genitive && c.head != Head::Item)
            .or_else(|| usable.iter().copied().rfind(|c| asks(c) && bare(c)))
            .cloned();
        if asked.is_some() || asking.is_some() {
            return (asked, asking);
        }
    }
    // "Selenskyj hat Deutschland um die Lieferung gebeten": the subject asks, the next
    // party before "um" is asked
    if matches!(trig.frame, Frame::Give | Frame::Support)
        && let Some(um) = request_after(s, tspan)
    {
        // ("um" may open a clause of its own: the asking clause is the one before it)
        let clause_start = s.clauses[s.clause_of(um.saturating_sub(1))];
        let mut parties: Vec<&Cand> = Vec::new();
        // (from all parties: "um" embeds the act, which hides the clause's own)
        for c in s.cands.iter().filter(|c| {
            !c.speaker
                && c.span.start >= clause_start
                && c.span.end <= um
                && matches!(c.marker, Marker::None | Marker::Dative)
                && c.head != Head::Item
        }) {
            // ("der ukrainische Präsident Selenskyj" is one party)
            if parties.last().is_none_or(|p| p.id != c.id) {
                parties.push(c);
            }
        }
        if let [asking, asked, ..] = parties[..] {
            return (Some(asked.clone()), Some(asking.clone()));
        }
    }
    // a genitive right after a nominal act (over its article) does it
    let genitive_actor = if trig.noun || nominal {
        in_clause
            .iter()
            .copied()
            .find(|c| genitive_after(s, tspan, c))
            .cloned()
    } else {
        None
    };
    match trig.frame {
        Frame::Give | Frame::Support => {
            // "Russia's most important supplier", "Moskaus wichtigster Unterstützer":
            // the possessor of a nominal trigger receives
            // "die Lieferungen Nordkoreas an Russland": a genitive right after the noun gives
            // only for agent nouns ("supplier", "Lieferant", "Unterstützer"); the possessor of
            // an action noun acts ("Kremlin's assistance", "Irans Lieferungen")
            let tw = &text_lower(s, tspan);
            let agentive = ["er", "ers", "ern", "ant", "anten", "or", "ors"]
                .iter()
                .any(|e| tw.ends_with(e));
            // "einer der wichtigsten Waffenlieferanten Russlands": the genitive after an agent
            // noun is the one supplied
            if trig.noun && agentive && genitive_actor.is_some() {
                recipient = genitive_actor.clone();
            } else {
                actor = genitive_actor.clone();
            }
            if trig.noun && actor.is_none() && recipient.is_none() && agentive {
                // (over an opening quote: "von Russlands „obersten Unterstützern“")
                recipient = usable
                    .iter()
                    .copied()
                    .rfind(|c| {
                        c.genitive && c.span.end <= tspan.start && tspan.start - c.span.end < 60
                    })
                    .cloned();
            }
            // "Iranian-supplied weapons": a party fused to the trigger gives
            let mut in_np = false;
            if let Some(c) = usable.iter().copied().find(|c| {
                c.span.end + 1 == tspan.start && s.lower_text[c.span.end..tspan.start] == *"-"
            }) {
                actor = Some(c.clone());
                // (a party after the noun is no receiver unless marked: "Iranian-supplied
                // drones struck Kyiv")
                in_np = true;
            }
            // "Die von Iran gelieferten Drohnen greifen Kiew an": an inflected participle
            // before a noun holds its act in the noun phrase; the party after "von" in it
            // gives, and a party after the noun receives only where marked ("an", "für")
            if !english
                && !trig.noun
                && let Some(ti) = tok_index(s, tspan)
                && ["ten", "te", "tes", "tem", "ter", "nen", "ene", "enes"]
                    .iter()
                    .any(|e| sent_words(s)[ti].ends_with(e))
                && s.toks
                    .get(ti + 1)
                    .is_some_and(|n| s.text[n.span.start..].starts_with(char::is_uppercase))
                && let Some(c) = usable.iter().copied().rfind(|c| {
                    c.marker == Marker::Actor
                        && c.span.end <= tspan.start
                        && token_gap(&s.toks, c.span.end, tspan.start) <= 3
                        && !s.lower_text[c.span.end..tspan.start].contains([',', ';', ':'])
                })
            {
                actor = Some(c.clone());
                in_np = true;
            }
            // "Chinese companies supplying the Russian military", "two firms accused of
            // shipping engines to the Houthis": an -ing participle right after a noun of firms
            // or people (or after "accused of" on one) has that noun's party as its subject
            if english
                && actor.is_none()
                && !passive
                && !trig.noun
                && text_lower(s, tspan).ends_with("ing")
                && let Some(ti) = tok_index(s, tspan)
            {
                let w = sent_words(s);
                let j = if ti >= 2
                    && w[ti - 1] == "of"
                    && matches!(w[ti - 2], "accused" | "suspected" | "caught")
                {
                    ti - 2
                } else {
                    ti
                };
                if j >= 1 {
                    let noun = s.toks[j - 1].span;
                    let is_noun = s
                        .cues
                        .iter()
                        .any(|(cs, c)| matches!(c, Cue::Firm | Cue::Person) && cs.overlaps(&noun));
                    if is_noun
                        && let Some(c) = usable.iter().copied().rfind(|c| {
                            c.span.end <= noun.start
                                && token_gap(&s.toks, c.span.end, noun.start) <= 1
                                && !s.lower_text[c.span.end..noun.start].contains([',', ';', ':'])
                        })
                    {
                        actor = Some(c.clone());
                        // the participle's object, after it in its clause, receives
                        if recipient.as_ref().is_none_or(|r| r.span.end <= tspan.start) {
                            recipient = usable
                                .iter()
                                .copied()
                                .find(|k| {
                                    k.clause == clause
                                        && k.span.start >= tspan.end
                                        && k.id != c.id
                                        && k.head != Head::Item
                                        && !matches!(k.marker, Marker::Actor | Marker::Via)
                                })
                                .cloned()
                                .or(recipient.take());
                        }
                    }
                }
            }
            // "iranische Waffenlieferungen": an adjective on a nominal act names its giver
            // before any subject ("Die Huthis sind auf iranische Waffenlieferungen angewiesen")
            if actor.is_none()
                && (trig.noun || nominal)
                && let Some(a) = adj_on_trigger
            {
                actor = Some(a.clone());
            }
            // "verweist auf die Überlassung iranischer Drohnen an Russland", "criticised the
            // transfer of Iranian drones to Russia": the party on the items right after a
            // nominal act gives, not the clause's subject, where a receiver is marked after them
            // (an English stem of verb and noun is the noun before "of": "the transfer of")
            let t_end = token_at(s, tspan).map_or(tspan.end, |t| t.span.end);
            let noun_of = english && s.lower_text[t_end..].starts_with(" of ");
            if actor.is_none()
                && trig.frame == Frame::Give
                && (trig.noun || nominal || noun_of)
                && !passive
                && let Some(a) = in_clause.iter().copied().find(|c| {
                    c.head == Head::Item
                        && c.span.start >= t_end
                        && token_gap(&s.toks, t_end, c.span.start) <= 3
                        && !s.lower_text[t_end..c.span.start].contains([',', ';', ':'])
                })
                && in_clause.iter().any(|r| {
                    r.span.start > a.span.end && r.marker == Marker::Recipient && r.id != a.id
                })
            {
                actor = Some(a.clone());
            }
            // "Chinese firms that supply Russia", "Iran, which supplies Russia": a relative
            // clause's subject is the party its pronoun stands for
            if actor.is_none()
                && !passive
                && let Some(a) = rel_antecedent(s, trig, clause, tspan)
            {
                actor = Some(a.clone());
            }
            // "Moscow and Pyongyang …, with the North supplying missiles": the party between
            // "with" and an -ing verb is its subject, and the other of a pair named in the
            // sentence receives
            if english
                && actor.is_none()
                && !passive
                && !trig.noun
                && text_lower(s, tspan).ends_with("ing")
                && let Some(c) = usable.iter().copied().find(|c| {
                    c.marker == Marker::With
                        && c.span.end <= tspan.start
                        && token_gap(&s.toks, c.span.end, tspan.start) == 0
                })
            {
                actor = Some(c.clone());
                if recipient.is_none() {
                    recipient = usable
                        .iter()
                        .copied()
                        .find(|k| {
                            k.id != c.id
                                && k.span.end <= c.span.start
                                && usable
                                    .iter()
                                    .any(|o| o.chain == k.chain && o.id == c.id && o.span != c.span)
                        })
                        .cloned();
                }
            }
            // "Putin thanked North Korea for its support": the one thanked gave, the one who
            // thanks received
            if english
                && actor.is_none()
                && let Some(i) = tok_index(s, tspan)
                && i >= 3
                && matches!(sent_words(s)[i - 1], "its" | "their")
                && sent_words(s)[i - 2] == "for"
                && let Some(c) = usable.iter().copied().rfind(|c| {
                    c.span.end <= s.toks[i - 2].span.start
                        && token_gap(&s.toks, c.span.end, s.toks[i - 2].span.start) == 0
                })
                && let Some(ti) = tok_index(s, c.span)
                && ti >= 1
                && matches!(
                    sent_words(s)[ti - 1],
                    "thank" | "thanks" | "thanked" | "thanking"
                )
            {
                actor = Some(c.clone());
                recipient = usable
                    .iter()
                    .copied()
                    .rfind(|k| k.span.end <= s.toks[ti - 1].span.start && k.id != c.id && bare(k))
                    .cloned();
            }
            // "Schiffe, die iranische Rüstungsgüter transportiert haben": a relative clause
            // whose pronoun stands for no party and is its subject (no bare party between
            // the pronoun and the trigger) is not done by the main clause's subject; the
            // maker of the items in it gives (GUIDELINES: the maker names the supplier)
            if actor.is_none()
                && !passive
                && let Some(rp) = relpron_opening(s, s.clauses[clause])
                && rp.end <= tspan.start
                && rel_antecedent(s, trig, clause, tspan).is_none()
                && !in_clause.iter().any(|c| {
                    c.span.start >= rp.end
                        && c.span.end <= tspan.start
                        && c.head != Head::Item
                        && matches!(c.marker, Marker::None | Marker::Actor)
                })
                && let Some(m) = in_clause.iter().copied().find(|c| {
                    c.head == Head::Item && c.marker == Marker::None && c.span.start >= rp.end
                })
            {
                actor = Some(m.clone());
            }
            // "Munition aus Schweizer Produktion durch Deutschland an die Ukraine": the agent
            // after "durch"/"seitens"/"by" passes the items on, over their origin ("aus")
            if actor.is_none()
                && let Some(a) = in_clause
                    .iter()
                    .copied()
                    .filter(|c| c.marker == Marker::Actor && agent_prep(s, c))
                    .find(|c| recipient.as_ref().is_none_or(|r| r.id != c.id))
            {
                actor = Some(a.clone());
            }
            for (wide, sc) in scopes.iter().enumerate() {
                let sc: &[&Cand] = sc;
                if actor.is_none() {
                    actor = pick_other(sc, &recipient, &actor_marked)
                        .or_else(|| {
                            if passive && trig.frame == Frame::Give {
                                None
                            } else {
                                pick_other(sc, &recipient, &|c| {
                                    // a genitive right before a nominal act owns it; an
                                    // English possessive makes any trigger a noun ("China's
                                    // support for Russia")
                                    let possessive = s.lower_text[c.span.end..].starts_with("'s")
                                        || s.lower_text[c.span.end..].starts_with("’s");
                                    bare(c) && !c.genitive
                                        || ((trig.noun || nominal || possessive)
                                            && c.genitive
                                            && c.span.end <= tspan.start
                                            && token_gap(&s.toks, c.span.end, tspan.start) <= 3)
                                })
                            }
                        })
                        .or_else(|| adj_on_trigger.cloned());
                }
                if recipient.is_none() {
                    recipient = pick_other(sc, &actor, &recip_marked)
                        .or_else(|| {
                            pick_other(sc, &actor, &|c| {
                                c.head == Head::People && trig.frame == Frame::Support
                            })
                        })
                        .or_else(|| {
                            // beyond its clause a bare noun is another act's party
                            if wide > 0 {
                                None
                            } else if passive
                                && english
                                && trig.frame == Frame::Support
                                && !trig.noun
                                && !nominal
                            {
                                // "The Houthis are supported by Iran", "Hezbollah, which is
                                // funded by Iran": the subject of an English passive of helping
                                // (or the party its relative pronoun stands for) is helped
                                pick_other(sc, &actor, &|c| {
                                    bare(c)
                                        && !c.genitive
                                        && !c.speaker
                                        && c.span.end <= tspan.start
                                })
                                .or_else(|| {
                                    rel_antecedent(s, trig, clause, tspan)
                                        .filter(|c| {
                                            actor
                                                .as_ref()
                                                .is_none_or(|a| a.id != c.id && a.chain != c.chain)
                                        })
                                        .cloned()
                                })
                            } else if passive {
                                // "Russland wurden von Nordkorea Raketen geliefert", "wurden
                                // der Ukraine übergeben": in a German passive the items are the
                                // subject, so a bare party before the participle is a dative
                                (!english && trig.frame == Frame::Give && !trig.noun && !nominal)
                                    .then(|| {
                                        pick_other(sc, &actor, &|c| {
                                            bare(c)
                                                && !c.genitive
                                                && !c.speaker
                                                && c.span.end <= tspan.start
                                        })
                                    })
                                    .flatten()
                            } else {
                                pick_other(sc, &actor, &|c| bare(c))
                            }
                        })
                        .or_else(|| {
                            // the party of the act beside it ("die Ausbildung ukrainischer
                            // Piloten für die zugesagten Jets")
                            if wide > 0 {
                                None
                            } else {
                                pick_other(sc, &actor, &|c| {
                                    c.marker == Marker::Actor && other_acts_von(c)
                                })
                            }
                        });
                }
                if actor.is_some() && recipient.is_some() {
                    break;
                }
            }
            // (an act inside a noun phrase: a party after its noun receives only where marked;
            // the noun itself may be the one helped, "the Iran-backed Houthis")
            if in_np
                && recipient.as_ref().is_some_and(|r| {
                    r.span.start >= tspan.end
                        && token_gap(&s.toks, tspan.end, r.span.start) > 0
                        && r.marker != Marker::Recipient
                })
            {
                recipient = None;
            }
            // "Iranian-made drones were shipped to Russia": without an agent, the maker of
            // the items passed on gives
            if english && passive && trig.frame == Frame::Give && actor.is_none() {
                actor = pick_other(&in_clause, &recipient, &|c| {
                    c.head == Head::Item && c.marker == Marker::None
                });
            }
        }
        Frame::With => {
            if actor.is_none()
                && !passive
                && let Some(a) = rel_antecedent(s, trig, clause, tspan)
            {
                actor = Some(a.clone());
            }
            for sc in scopes {
                if passive {
                    if recipient.is_none() {
                        recipient = first(sc, &|c| bare(c) || recip_marked(c));
                    }
                    if actor.is_none() {
                        // "will be equipped with US weaponry": the maker of the items gives
                        actor = pick_other(sc, &recipient, &actor_marked).or_else(|| {
                            pick_other(sc, &recipient, &|c| {
                                c.head == Head::Item && c.span.start > tspan.end
                            })
                        });
                    }
                } else {
                    if actor.is_none() {
                        actor = first(sc, &|c| bare(c) || actor_marked(c));
                    }
                    if recipient.is_none() {
                        recipient = pick_other(sc, &actor, &|c| bare(c) || recip_marked(c));
                    }
                }
                if actor.is_some() && recipient.is_some() {
                    break;
                }
            }
        }
        Frame::Receive => {
            // "kauft Munition für die Ukraine": the buyer gives to the one it buys for
            if trig.buy
                && let Some(r) = in_clause.iter().copied().find(|c| {
                    // "hat … für die Ukraine gekauft": in German before the verb too
                    c.marker == Marker::Recipient
                        && (c.span.start >= tspan.end || trig.id.starts_with("de."))
                        // "für" or "for" right before the party or its article
                        && s.toks
                            .iter()
                            .rev()
                            .filter(|t| t.span.end <= c.span.start)
                            .take(2)
                            .any(|t| matches!(&s.lower_text[t.span.start..t.span.end], "für" | "for"))
                })
            {
                recipient = Some(r.clone());
                actor = pick_other(&in_clause, &recipient, &|c| bare(c) && c.span.start < tspan.start)
                    .or_else(|| pick_other(&usable, &recipient, &|c| bare(c) && c.span.start < tspan.start));
            }
            // "Iran shipped the drones before they arrived in Russia": the destination of a
            // verb of motion receives; where the things moving are its subject, the subject
            // of the clause before sends them
            if !trig.buy
                && recipient.is_none()
                && let Some(r) = in_clause
                    .iter()
                    .copied()
                    .find(|c| c.marker == Marker::Recipient && motion_destination(s, c.span))
            {
                recipient = Some(r.clone());
                actor = pick_other(&in_clause, &recipient, &|c| {
                    actor_marked(c)
                        || (trig.moves && c.head == Head::People && c.marker != Marker::With)
                })
                .or_else(|| {
                    usable
                        .iter()
                        .copied()
                        .rfind(|c| bare(c) && c.span.end <= tspan.start && c.id != r.id)
                        .cloned()
                });
            }
            for sc in scopes {
                if recipient.is_none() {
                    // "arrived in Ukraine": the place of an arrival receives; where one buys
                    // ("in den USA kaufen") sells
                    // (people arriving are the giver's: "Russian instructors arrived in Niger")
                    recipient = first(sc, &|c| {
                        (bare(c) || c.genitive)
                            && c.marker == Marker::None
                            && !(trig.moves && c.head == Head::People)
                    })
                    .or_else(|| first(sc, &|c| c.marker == Marker::Loc && !trig.buy))
                    .or_else(|| first(sc, &|c| c.head == Head::Other && c.marker == Marker::None));
                }
                if actor.is_none() {
                    actor = pick_other(sc, &recipient, &|c| {
                        actor_marked(c)
                            || c.head == Head::Item
                            // ("arrive in 2024, with Estonian crews to be trained": people
                            // after "with" come along, they send nothing)
                            || (trig.moves && c.head == Head::People && c.marker != Marker::With)
                    })
                    .or_else(|| {
                        if trig.buy || recipient.as_ref().is_some_and(|r| r.marker == Marker::None)
                        {
                            pick_other(sc, &recipient, &|c| c.marker == Marker::Loc)
                        } else {
                            None
                        }
                    });
                }
                if actor.is_some() && recipient.is_some() {
                    break;
                }
            }
        }
        Frame::Sanction => {
            // "die Sanktionen der Europäischen Union gegen …": a genitive right after a
            // nominal act imposes it
            actor = genitive_actor.clone();
            // "Gegen Iran wurden von der EU neue Sanktionen verhängt", "Iran was sanctioned by
            // the US Treasury", "new sanctions were imposed on Iran by Britain", "Iran wurde
            // von den USA mit Sanktionen belegt": in a passive clause the agent after
            // "von"/"durch"/"by" imposes, and the party after "gegen"/"against"/"on" is the
            // target, else the clause's unmarked subject (the one the sanction is laid on)
            if actor.is_none()
                && passive_clause(s, clause, english)
                && let Some(agent) = in_clause.iter().copied().find(|c| {
                    c.marker == Marker::Actor && passive_agent(s, c) && !other_acts_von(c)
                })
            {
                let after_block = |c: &Cand| {
                    s.cues_of(cue_kind::NP_BLOCK).any(|(cs, cue)| {
                        matches!(cue, Cue::NpBlock)
                            && cs.end <= c.span.start
                            && token_gap(&s.toks, cs.end, c.span.start) <= 3
                    })
                };
                let other = |c: &Cand| c.id != agent.id && c.chain != agent.chain;
                let target = in_clause
                    .iter()
                    .copied()
                    .find(|c| other(c) && c.marker == Marker::Target)
                    .or_else(|| {
                        in_clause.iter().copied().find(|c| {
                            other(c)
                                && english
                                && c.marker == Marker::Recipient
                                && prep_before(s, c) == Some("on")
                        })
                    })
                    .or_else(|| {
                        in_clause.iter().copied().find(|c| {
                            other(c) && c.marker == Marker::None && !c.genitive && !after_block(c)
                        })
                    })
                    .cloned();
                return (Some(agent.clone()), target);
            }
            // "The drone maker was hit with EU sanctions", "Two firms were placed on the US
            // entity list", "The company was added to the sanctions list": with a passive verb
            // before a nominal sanction, its subject is the target and a party right before
            // the noun (a modifier) imposes
            if english
                && trig.noun
                && actor.is_none()
                && let Some(ti) = tok_index(s, tspan)
            {
                let w = sent_words(s);
                let cl_start = s.clauses[clause];
                let aux = (0..ti).rev().take(8).find(|&i| {
                    s.toks[i].span.start >= cl_start
                        && matches!(
                            w[i],
                            "was" | "were" | "been" | "being" | "is" | "are" | "got"
                        )
                        && w.get(i + 1).is_some_and(|v| {
                            matches!(*v, "hit" | "put" | "set" | "slapped" | "placed" | "added")
                                || (v.ends_with("ed") && i + 1 < ti && {
                                    let n = w.get(i + 2).copied().unwrap_or("");
                                    matches!(n, "with" | "on" | "to" | "onto" | "under")
                                })
                        })
                });
                if let Some(ai) = aux {
                    let a_start = s.toks[ai].span.start;
                    let subject = usable
                        .iter()
                        .copied()
                        .rfind(|c| {
                            c.span.end <= a_start
                                && c.span.start >= cl_start
                                && c.marker == Marker::None
                        })
                        .cloned();
                    if subject.is_some() {
                        let t_start = s.toks[ti].span.start;
                        let modifier = usable
                            .iter()
                            .copied()
                            .find(|c| {
                                c.span.start > a_start
                                    && c.span.end <= t_start
                                    && token_gap(&s.toks, c.span.end, t_start) <= 1
                                    && matches!(c.head, Head::Noun | Head::Other)
                            })
                            .cloned();
                        return (modifier, subject);
                    }
                }
            }
            // "Three Chinese firms were sanctioned by the United States", "the sanctions
            // imposed by Washington on …": the party after "by" right behind the act imposes;
            // in the passive, the subject before it is the target
            if english && actor.is_none() {
                actor = first(&in_clause, &|c| {
                    actor_marked(c)
                        // ("blacklisting dozens of Chinese and Iranian entities": "of" marks
                        // the targets, not the one who imposes)
                        && prep_before(s, c) != Some("of")
                        && c.span.start >= tspan.end
                        && token_gap(&s.toks, tspan.end, c.span.start) <= 3
                });
                if actor.is_some() && passive && !trig.noun {
                    recipient = pick_other(&usable, &actor, &|c| {
                        c.span.end <= tspan.start
                            && (bare(c) || matches!(c.head, Head::People | Head::Firm))
                    });
                }
            }
            for sc in scopes {
                if actor.is_none() {
                    actor = first(sc, &|c| bare(c) && c.span.start <= tspan.start)
                        .or_else(|| adj_on_trigger.cloned());
                }
                if recipient.is_none() {
                    // "wegen der Lieferungen an Russland … Sanktionen gegen den Iran": the
                    // party after "gegen"/"against" is the target before any other
                    recipient = pick_other(sc, &actor, &|c| c.marker == Marker::Target)
                        // "setzte iranische Firmen wegen Lieferungen an Russland auf die
                        // Sanktionsliste": a listing's object stands before it, unmarked
                        // "Großbritannien belegt iranische Rüstungsfirmen mit Sanktionen": the
                        // object of "belegen … mit" stands before the noun
                        .or_else(|| {
                            let w = sent_words(s);
                            let belegt = !english
                                && trig.noun
                                && tok_index(s, tspan).is_some_and(|ti| {
                                    (ti.saturating_sub(3)..ti).any(|k| w[k] == "mit")
                                        // (the participle closes a perfect: "haben
                                        // Iran mit Sanktionen belegt")
                                        && clause_range(
                                            s,
                                            s.clauses[clause],
                                            s.clause_end(clause),
                                        )
                                        .any(|k| w[k].starts_with("beleg"))
                                });
                            belegt
                                .then(|| {
                                    pick_other(sc, &actor, &|c| {
                                        (bare(c) || people(c)) && c.span.start < tspan.start
                                    })
                                })
                                .flatten()
                        })
                        .or_else(|| {
                            (trig.obj_before && trig.noun && trig.id.starts_with("de."))
                                .then(|| {
                                    pick_other(sc, &actor, &|c| {
                                        bare(c) && c.span.start < tspan.start
                                    })
                                })
                                .flatten()
                        })
                        .or_else(|| {
                            pick_other(sc, &actor, &|c| {
                                recip_marked(c)
                                    || people(c)
                                    || (bare(c) && c.span.start > tspan.start)
                            })
                        })
                        .or_else(|| {
                            // a verb at the end of a German clause has its object before it
                            // ("Die EU hat Belarus sanktioniert")
                            if (nominal || trig.noun) && !trig.obj_before {
                                None
                            } else {
                                pick_other(sc, &actor, &|c| bare(c) && c.span.start < tspan.start)
                            }
                        });
                }
                if actor.is_some() && recipient.is_some() {
                    break;
                }
            }
        }
        Frame::Train => {
            // "Russian instructors", "British trainers": the people named by the trigger
            // itself train
            let trainer_noun = trig.noun
                && s.cues_of(cue_kind::PERSON)
                    .any(|(cs, c)| matches!(c, Cue::Person) && cs.overlaps(&tspan));
            // "We will keep training Ukraine's soldiers": a genitive party right before a
            // noun of people after the verb owns the trainees
            // (a noun form right before it is a gerund: "training Ukraine's pilots")
            let english = trig.id.starts_with("en.");
            if english && !passive && recipient.is_none() {
                recipient = usable
                    .iter()
                    .copied()
                    .find(|c| {
                        c.genitive
                            && c.span.start >= tspan.end
                            && (!trig.noun || token_gap(&s.toks, tspan.end, c.span.start) == 0)
                            && c.clause == clause
                            && s.cues.iter().any(|(cs, cue)| {
                                matches!(cue, Cue::Person)
                                    && cs.start >= c.span.end
                                    && token_gap(&s.toks, c.span.end, cs.start) == 0
                            })
                    })
                    .cloned();
            }
            // "Russian instructors are teaching them", "Russische Ausbilder trainieren die
            // Armee von Burkina Faso": people named by a trainer noun before a training verb
            // train
            if !trainer_noun && !passive && !trig.noun {
                let trainers = usable
                    .iter()
                    .copied()
                    .find(|c| {
                        c.head == Head::People
                            && c.span.end <= tspan.start
                            && s.triggers.iter().any(|(ts, t)| {
                                t.kind == EventType::Training
                                    && t.noun
                                    && ts.start >= c.span.end
                                    && ts.end <= tspan.start
                                    && token_gap(&s.toks, c.span.end, ts.start) == 0
                                    && s.cues.iter().any(|(cs, cue)| {
                                        matches!(cue, Cue::Person) && cs.overlaps(ts)
                                    })
                            })
                    })
                    .cloned();
                // (German: the party after the verb is trained, "die Armee von Burkina Faso")
                if !english
                    && recipient.is_none()
                    && let Some(t) = &trainers
                {
                    recipient = usable
                        .iter()
                        .copied()
                        .find(|c| c.span.start >= tspan.end && c.clause == clause && c.id != t.id)
                        .cloned();
                }
                if english || trainers.is_some() {
                    actor = trainers;
                }
            }
            if trainer_noun {
                actor = usable
                    .iter()
                    .copied()
                    .find(|c| {
                        c.head == Head::People
                            && c.span.end <= tspan.start
                            && token_gap(&s.toks, c.span.end, tspan.start) == 0
                    })
                    .cloned();
            }
            // "Wagner-Personal trainiert den Umgang mit den Drohnen": the handling is the
            // object, so the subject is trained and the trainer is not named
            if self_training(s, trig, tspan, passive) {
                // (the subject may stand before a zu-infinitive: "hat begonnen, den Umgang
                // mit … zu trainieren")
                let subject = usable
                    .iter()
                    .copied()
                    .filter(|c| c.span.end <= tspan.start)
                    .rfind(|c| people(c) || bare(c))
                    .cloned();
                if subject.is_some() {
                    recipient = subject;
                    actor = usable
                        .iter()
                        .copied()
                        .find(|c| {
                            c.clause == clause
                                && actor_marked(c)
                                && Some(&c.id) != recipient.as_ref().map(|r| &r.id)
                        })
                        .cloned();
                    return (actor, recipient);
                }
            }
            // "Russian officers are training them": with a pronoun as its object, the
            // people before an active training verb train (the pronoun is trained)
            // (an object pronoun right after it makes a noun form a verb: "are training
            // them")
            if english
                && !passive
                && actor.is_none()
                && s.cues.iter().any(|(cs, c)| {
                    matches!(c, Cue::Pron(_))
                        && cs.start >= tspan.end
                        && token_gap(&s.toks, tspan.end, cs.start) == 0
                        && (!trig.noun || s.lower_text[cs.start..cs.end] == *"them")
                })
            {
                actor = usable
                    .iter()
                    .copied()
                    .rfind(|c| people(c) && c.span.end <= tspan.start && c.clause == clause)
                    .cloned();
            }
            for sc in scopes {
                // "Ukrainian soldiers were trained by British forces": in the passive, the
                // people after "by" train
                if passive && actor.is_none() {
                    actor = pick_other(sc, &recipient, &|c| {
                        actor_marked(c) && c.span.start >= tspan.end
                    });
                }
                // "Russische Ausbilder trainieren nordkoreanische Soldaten": in the active,
                // of two groups of people the first trains the second
                if recipient.is_none() && !passive && !trig.noun {
                    let groups: Vec<&Cand> = sc.iter().copied().filter(|c| people(c)).collect();
                    if let [a, b, ..] = groups[..]
                        && a.id != b.id
                    {
                        recipient = Some(b.clone());
                        actor = Some(a.clone());
                    }
                }
                if recipient.is_none() {
                    // (of people before and after it, those after are trained: "US troops
                    // are training Taiwanese forces")
                    // ("received instruction from American troops": people after "from"
                    // train)
                    recipient = pick_other(sc, &actor, &|c| {
                        people(c) && c.span.start > tspan.end && !actor_marked(c)
                    })
                    .or_else(|| pick_other(sc, &actor, &people))
                    .or_else(|| pick_other(sc, &actor, &recip_marked));
                }
                if actor.is_none() {
                    actor = pick_other(sc, &recipient, &|c| {
                        actor_marked(c)
                            // "die Ausbildung ukrainischer Soldaten in Deutschland": the place
                            // of a passive or nominal training trains
                            || (c.marker == Marker::Loc && (passive || trig.noun))
                            || (bare(c) && !passive)
                            || (people(c) && !passive && c.span.end <= tspan.start)
                    });
                }
                // (instructors with no trainees named train no one yet)
                if recipient.is_none() && !trainer_noun {
                    recipient = pick_other(sc, &actor, &bare);
                }
                if actor.is_some() && recipient.is_some() {
                    break;
                }
            }
        }
        Frame::Deploy => {
            // "troops from North Korea", "soldiers from Nepal": the party after "from" right
            // after a noun of people sends them
            let from_after = |c: &Cand| {
                trig.noun
                    && c.marker == Marker::Actor
                    && c.span.start >= tspan.end
                    && s.lower_text[tspan.end..c.span.start].trim() == "from"
            };
            for sc in scopes {
                if actor.is_none() {
                    actor = first(sc, &people)
                        .or_else(|| first(sc, &|c| bare(c) && c.span.start < tspan.start))
                        .or_else(|| first(sc, &from_after));
                }
                if recipient.is_none() {
                    // (a place in another clause is where something else happens)
                    recipient = pick_other(sc, &actor, &|c| {
                        (recip_marked(c) && (!trig.noun || c.clause == clause))
                            || (c.marker == Marker::Loc && c.clause == clause)
                    });
                }
                if actor.is_some() && recipient.is_some() {
                    break;
                }
            }
        }
        Frame::Pair => {
            // two parties in the trigger's clause act together; failing that, the nearest
            // coordination before it ("Moskau und Teheran erwägen, eine Produktionslinie …")
            let distinct = |v: &[&Cand]| {
                let mut ids: Vec<&str> = v.iter().map(|c| &*c.id).collect();
                ids.dedup();
                ids.len()
            };
            if distinct(&in_clause) < 2 {
                let chain = usable
                    .iter()
                    .copied()
                    .filter(|c| c.span.end <= tspan.start)
                    .rev()
                    .find(|c| usable.iter().any(|d| d.chain == c.chain && d.id != c.id))
                    .map(|c| c.chain);
                // only where the clause names no other party (but the venue of a meeting:
                // "Japan and South Korea agreed …, after a meeting of their ministers in
                // Singapore"; the host of a drill takes part, GUIDELINES)
                let venue = |c: &Cand| c.marker == Marker::Loc && trig.kind == EventType::Meeting;
                if let Some(ch) =
                    chain.filter(|ch| in_clause.iter().all(|c| c.chain == *ch || venue(c)))
                {
                    let members: Vec<&Cand> =
                        usable.iter().copied().filter(|c| c.chain == ch).collect();
                    actor = members.first().map(|c| (*c).clone());
                    recipient = members
                        .iter()
                        .find(|c| actor.as_ref().is_none_or(|a| a.id != c.id))
                        .map(|c| (*c).clone());
                }
            }
            for sc in scopes {
                let mut parties: Vec<&Cand> = sc
                    .iter()
                    .copied()
                    // ("russische und chinesische Kriegsschiffe" in a drill take part in it)
                    .filter(|c| {
                        c.head != Head::Item
                            || matches!(trig.kind, EventType::JointProduction | EventType::Exercise)
                    })
                    .collect();
                // the venue of a meeting or drill ("in Brüssel", "in Singapore") is a party
                // only where two others are missing ("zu einem Staatsbesuch in Moskau")
                if matches!(trig.kind, EventType::Meeting | EventType::Exercise) {
                    let mut others: Vec<&str> = parties
                        .iter()
                        .filter(|c| c.marker != Marker::Loc)
                        .map(|c| &*c.id)
                        .collect();
                    others.sort_unstable();
                    others.dedup();
                    if others.len() >= 2 {
                        parties.retain(|c| c.marker != Marker::Loc);
                    }
                }

                if actor.is_none() {
                    actor = parties.first().map(|c| (*c).clone());
                }
                if recipient.is_none() {
                    recipient = parties
                        .iter()
                        .find(|c| actor.as_ref().is_none_or(|a| a.id != c.id))
                        .map(|c| (*c).clone());
                }
                if actor.is_some() && recipient.is_some() {
                    break;
                }
            }
        }
    }
    (actor, recipient)
}

/// Whether a sentence says anything military: a military or war word, an item (a weapon
/// system counts as its item), a defence minister, officer or intelligence chief, or
/// troops or drills (their words are person cues and
/// triggers too, which a `topic` cue does not stand beside).
/// An item mention that is a word of everyday use (a `plain` cue on the same words:
/// "technology", "vehicles").
fn plain_item(s: &Sent<'_>, span: Span) -> bool {
    s.cues_of(cue_kind::PLAIN)
        .any(|(cs, c)| matches!(c, Cue::Plain) && *cs == span)
}

/// A sentence whose items are all words of everyday use ("received new technology").
fn plain_items_only(s: &Sent<'_>) -> bool {
    let mut items = s
        .mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Item { .. }))
        .peekable();
    items.peek().is_some() && items.all(|m| plain_item(s, m.span))
}

fn military_signal(s: &Sent<'_>) -> bool {
    s.cues_of(cue_kind::MILITARY | cue_kind::TOPIC)
        .any(|(_, c)| matches!(c, Cue::Military | Cue::Topic))
        || s.triggers.iter().any(|(_, t)| {
            !t.block
                && !t.tie
                && !t.staff
                && matches!(t.kind, EventType::Personnel | EventType::Exercise)
        })
        || s.mentions.iter().any(|m| {
            const MILITARY_ROLES: [&str; 3] =
                ["defence_minister", "military", "intelligence_chief"];
            match &m.kind {
                MentionKind::Item { .. } => !plain_item(s, m.span),
                MentionKind::Party { entity, .. } => entity
                    .role
                    .as_deref()
                    .is_some_and(|r| MILITARY_ROLES.contains(&r)),
                MentionKind::Role { role } => MILITARY_ROLES.contains(&&**role),
            }
        })
}

#[allow(clippy::too_many_arguments)]
fn status_of(
    text: &str,
    s: &Sent,
    tspan: Span,
    trig: &Trigger,
    nominal: bool,
    c_start: usize,
    c_end: usize,
    lower: &str,
    tw: &TenseWords,
) -> Status {
    // "sagte Macron nach einem Gespräch mit Selenskyj", "after talks with": a meeting
    // named as what came before is over
    if trig.noun && trig.kind == EventType::Meeting {
        let mut back = lower[c_start..tspan.start].split_whitespace().rev();
        let mut w = back.next();
        if w.is_some_and(|w| {
            matches!(
                w,
                "dem" | "einem" | "einer" | "der" | "ihrem" | "seinem" | "ihren" | "den"
            ) || tw.is(w, Tense::Det)
        }) {
            w = back.next();
        }
        if w.is_some_and(|w| w == "nach" || tw.is(w, Tense::After)) {
            return Status::Completed;
        }
        // "Xi war im März zu einem Staatsbesuch in Moskau": a visit in the past tense
        let words = clause_words(s, c_start, c_end);
        if words.iter().any(|w| matches!(*w, "war" | "waren"))
            && !words
                .iter()
                .any(|w| matches!(*w, "soll" | "sollte" | "sollen" | "geplant"))
        {
            return Status::Completed;
        }
    }
    // a trigger in an infinitive clause ("erwäge, ... zu schicken") takes the main clause's modals
    let clause = s.clause_of(tspan.start);
    // German separable verbs fuse "zu" inside the infinitive ("bereitzustellen", "abzugeben")
    let fused_zu = trig.id.starts_with("de.")
        && token_at(s, tspan).is_some_and(|t| {
            let w = &lower[t.span.start..t.span.end];
            w.get(2..).is_some_and(|rest| rest.contains("zu")) && w.ends_with('n') && !trig.noun
        });
    // "erwägen, eine gemeinsame Produktionslinie einzurichten": a nominal act in a clause
    // that a fused zu-infinitive closes
    let fused_close = trig.noun
        && trig.id.starts_with("de.")
        // (the clause's last token: tokens are ordered, those ending by `c_end` a prefix)
        && s.toks[..s.toks.partition_point(|t| t.span.end <= c_end)]
            .last()
            .filter(|t| t.span.start >= tspan.end)
            .is_some_and(|t| fused_zu_infinitive(&lower[t.span.start..t.span.end]));
    // the clause's last word before the trigger (asked for below more than once)
    let prev_word = lower[c_start..tspan.start].split_whitespace().next_back();
    // (the substring search last)
    let zu_clause = fused_close
        || fused_zu
        || prev_word == Some("zu")
        || lower[c_start..tspan.start].ends_with("to ")
        || (s.zu && lower[c_start..c_end].contains(" zu "));
    let from = if zu_clause && clause > 0 {
        s.clauses[clause - 1]
    } else {
        c_start
    };
    // a modal counts before the trigger, or right after it in a German verb-final clause
    // ("liefern will"), never after a coordinated verb ("schicke … und erwäge")
    // (status cues only: the tests below are asked of them alone)
    let cues: Vec<(Span, Status)> = s
        .cues_in(from, c_end)
        .filter_map(|(sp, c)| match c {
            Cue::Status(st) => Some((*sp, *st)),
            _ => None,
        })
        .filter(|(sp, _)| {
            sp.start < tspan.start || token_gap(&s.toks, tspan.end, sp.start) <= 1 || nominal
        })
        // "had not supplied and would not supply": a modal after a coordinator belongs to
        // the verb coordinated with the trigger, not to the trigger
        .filter(|(sp, _)| {
            nominal
                || sp.start < tspan.end
                || !lower[tspan.end..sp.start]
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| matches!(w, "and" | "or" | "but" | "und" | "oder" | "aber"))
        })
        // "the systems promised by Berlin have arrived": a participle in a reduced relative
        // clause before the act is no modal of it
        .filter(|(sp, _)| !reduced_relative(s, *sp, tspan))
        // "Die von der Bundesregierung zugesagten Panzer sind eingetroffen": an inflected
        // participle before a noun qualifies that noun, not the clause's verb
        .filter(|(sp, _)| {
            nominal
                || sp.end > tspan.start
                || !trig.id.starts_with("de.")
                || !{
                    let w = token_at(s, *sp).map_or(&lower[sp.start..sp.end], |t| {
                        &lower[t.span.start..t.span.end]
                    });
                    let inflected = ["ten", "te", "tes", "tem", "ter", "nen", "ene", "enes"]
                        .iter()
                        .any(|e| w.ends_with(e));
                    // (tokens are in text order: the first starting at or after the cue's end)
                    inflected
                        && !lower[sp.end..].starts_with(',')
                        && s.toks
                            .get(s.toks.partition_point(|t| t.span.start < sp.end))
                            .is_some_and(|t| {
                                t.span.end <= tspan.start
                                    && text[t.span.start..].starts_with(char::is_uppercase)
                            })
                }
        })
        // "erwäge, andere Waffen, wie etwa Raketen, zu schicken": the governing verb right
        // before a comma, over asides
        .chain(
            s.cues_in(s.clauses[clause.saturating_sub(3)], from)
                .filter(|(sp, _)| zu_clause && lower[sp.end..].starts_with(','))
                .filter_map(|(sp, c)| match c {
                    Cue::Status(st) => Some((*sp, *st)),
                    _ => None,
                }),
        )
        .collect();
    let has = |st: Status| cues.iter().any(|(_, s)| *s == st);
    if decided_before(s, lower, clause) {
        return Status::Agreed;
    }
    if trig.id.starts_with("en.") {
        let mut back = lower[s.span.start..tspan.start]
            .split_whitespace()
            .rev()
            .filter(|w| !tw.is(w, Tense::Det));
        let before = back.next();
        // "under a new agreement", "under the contract": an agreement acted under is
        // concluded
        if trig.kind == EventType::Agreement
            && trig.noun
            && (before.is_some_and(|w| tw.is(w, Tense::Under))
                || before.is_some_and(|w| w == "new")
                    && back.next().is_some_and(|w| tw.is(w, Tense::Under)))
        {
            return Status::Agreed;
        }
        // "has not yet confirmed the delivery", "denied the transfer": the act confirmed or
        // denied is one that is said to have happened
        if nominal
            && lower[s.span.start..tspan.start]
                .trim_end()
                .ends_with(|c: char| c.is_alphabetic())
            && lower[s.span.start..tspan.start]
                .split_whitespace()
                .rev()
                .nth(1)
                .is_some_and(|w| tw.is(w, Tense::Confirm))
            && lower[s.span.start..tspan.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| tw.is(w, Tense::Det))
        {
            return if trig.kind == EventType::Agreement {
                Status::Agreed
            } else {
                Status::Completed
            };
        }
    }
    // "has refused to supply", "declined to send": the refused act has no status of its own
    if trig.id.starts_with("en.") && !trig.noun {
        let mut back = lower[s.span.start..tspan.start].split_whitespace().rev();
        if back.next() == Some("to") && back.next().is_some_and(|w| tw.is(w, Tense::Refuse)) {
            return Status::Unknown;
        }
    }
    // a requested act is planned ("bat Israel um die Lieferung")
    if request_before(s, tspan).is_some() || request_after(s, tspan).is_some() {
        return Status::Planned;
    }
    // (token indices, found once: the first token starting at or after `c_start`, the
    // first ending after `c_end`; the words between are the clause's)
    let i_c0 = s.toks.partition_point(|t| t.span.start < c_start);
    let i_c1 = s.toks.partition_point(|t| t.span.end <= c_end).max(i_c0);
    let words = &sent_words(s)[i_c0..i_c1];
    let word_has = |w: &str| words.contains(&w);
    if has(Status::Considered) {
        return Status::Considered;
    }
    // a headline's "to" speaks of the future ("Russia to get Iranian missiles")
    if s.headline && !trig.noun && prev_word == Some("to") {
        return Status::Planned;
    }
    // a seized or intercepted shipment was sent
    if trig.kind == EventType::Supply
        && s.cues_of(cue_kind::INTERCEPT)
            .any(|(_, c)| matches!(c, Cue::Intercept))
    {
        return Status::Completed;
    }
    let soll = s.soll && (word_has("soll") || word_has("sollen") || word_has("solle"));
    // "soll geliefert haben": reported, completed
    if soll && (word_has("haben") || word_has("sein")) && !word_has("werden") {
        return Status::Completed;
    }
    let reportive_soll = soll && (!soll_is_future(words) || soll_reported(words));
    if let Some(st) = trig.status {
        if st == Status::Agreed && has(Status::Planned) && !trig.noun {
            return Status::Planned;
        }
        return st;
    }
    // German preterite and participles of verbs matched by their stem ("lieferten", "verhängt")
    let token = token_at(s, tspan)
        .map(|t| &lower[t.span.start..t.span.end])
        .unwrap_or("");
    // the inflection after the matched stem: "liefer|ten" is preterite, "erhalten" is not
    let t_start = token_at(s, tspan)
        .map(|t| t.span.start)
        .unwrap_or(tspan.start);
    let ending = token.get(tspan.end - t_start..).unwrap_or("");
    let de_past = !trig.noun && matches!(ending, "te" | "ten" | "tet" | "test" | "ete" | "eten");
    // clause auxiliaries: a participle with "wird"/"werden" is a present passive,
    // with "hat"/"wurde" a past; "verkauft" alone is a present tense
    // (the clause's auxiliaries as bits, from one pass over its words on first use)
    // (and every other class of the clause's words, as the bits of any of them)
    let all_words = sent_words(s);
    let all_bits = word_bits(s, tw);
    let clause_mask = all_bits[i_c0..i_c1].iter().fold(0, |m, b| m | b);
    let aux_words = |set: u64| clause_mask & set != 0;
    // "sollen demnach nach Russland geliefert werden": with a source marker, "sollen"
    // reports what is said to happen now
    let present_passive = trig.past
        && aux_words(AUX_WIRD | AUX_WERDEN)
        && !aux_words(AUX_WILL | AUX_WOLLEN | AUX_WORDEN)
        && (!soll || soll_reported(words));
    // weak verbs with an inseparable prefix: participle and present look alike ("verkauft")
    let bare_participle = trig.past
        && trig.id.starts_with("de.")
        && token.ends_with('t')
        && (token.starts_with("ver")
            || token.starts_with("be")
            || token.starts_with("ent")
            || token.ends_with("iert"))
        && !aux_words(
            AUX_HAT
                | AUX_HABEN
                | AUX_HABE
                | AUX_HATTE
                | AUX_HATTEN
                | AUX_WURDE
                | AUX_WURDEN
                | AUX_WORDEN
                | AUX_IST
                | AUX_SIND
                | AUX_SEI
                | AUX_SEIEN
                | AUX_WIRD
                | AUX_WERDEN
                | AUX_WAR
                | AUX_WAREN,
        );
    if present_passive || bare_participle {
        return Status::Ongoing;
    }
    // a conditional or a modal of possibility before the act speaks of the future
    // ("Falls Nordkorea Truppen schickt", "Iran could send"), unless perfect ("could have sent")
    let cond = s.cue_kinds & cue_kind::COND != 0
        && s.cues_in(c_start.min(from), tspan.start)
            .any(|(_, c)| matches!(c, Cue::Cond));
    // (the words of the tokens from `c_start` up to `modal_end`)
    // (the first token ending after the trigger's start)
    let i_t = s.toks.partition_point(|t| t.span.end <= tspan.start);
    let modal = clause_range_of(i_c0, if nominal { i_c1 } else { i_t }).any(|i| {
        all_bits[i] & W_MODAL != 0
            // "continued in May": a capitalised "May" inside a sentence is the month
            && !(all_words[i] == "may"
                && s.toks.get(i).is_some_and(|t| {
                    t.span.start > s.span.start
                        && &text[t.span.start..t.span.end] == "May"
                        && !text[s.span.start..t.span.start]
                            .trim_end()
                            .ends_with(['"', '“', ':'])
                }))
    });
    let perfect = aux_words(AUX_HABEN | AUX_HAETTE | AUX_HAETTEN | tense_bit(Tense::Perfect));
    // an unreal condition or open question in the subjunctive II ("Ob Berlin Taurus
    // liefern würde"): an act still to come, its "würde" after the verb
    let unreal = trig.id.starts_with("de.") && unreal_condition(s, lower, tspan);
    if (cond || modal || unreal) && !perfect && !trig.past {
        return Status::Planned;
    }
    // "If Germany delivered Taurus, Russia would respond": a past tense in a condition whose
    // consequence is a "would" is unreal, an act still to come
    if cond
        && !perfect
        && trig.past
        && !trig.noun
        && all_words
            .iter()
            .any(|w| matches!(*w, "would" | "würde" | "würden"))
        && !all_words
            .iter()
            .any(|w| matches!(*w, "had" | "have" | "hätte" | "hätten"))
    {
        return Status::Planned;
    }

    // sanctions take effect when announced; a delivery announced is still to come
    let planned_cue = cues.iter().any(|(sp, st)| {
        let w = &lower[sp.start..sp.end];
        *st == Status::Planned
            && !(reportive_soll && matches!(w, "soll" | "sollen" | "solle"))
            && !(trig.kind == EventType::Sanction && w.starts_with("announce"))
    });

    if planned_cue {
        // "hatte die Lieferung angekündigt": announced = planned
        return Status::Planned;
    }
    if trig.kind == EventType::Agreement && (trig.past || has(Status::Agreed)) {
        return Status::Agreed;
    }
    // "concluded their annual exercise": a drill, meeting or training that is ended is
    // over, where a deal concluded is agreed
    if matches!(
        trig.kind,
        EventType::Exercise | EventType::Meeting | EventType::Training
    ) && cues
        .iter()
        .any(|(sp, st)| *st == Status::Agreed && tw.is(&lower[sp.start..sp.end], Tense::Ended))
    {
        return Status::Completed;
    }
    if has(Status::Agreed)
        && matches!(
            trig.kind,
            EventType::Agreement
                | EventType::Supply
                | EventType::JointProduction
                | EventType::Training
                | EventType::Support
                | EventType::Exercise
        )
    {
        return Status::Agreed;
    }
    // "Der Iran hat Russland … Drohnen überlassen": a perfect auxiliary before a
    // verb-final trigger (whose participle looks like its infinitive)
    let t_end = token_at(s, tspan).map(|t| t.span.end).unwrap_or(tspan.end);
    // (the first token starting at or after the trigger's token's end)
    let i_te = s.toks.partition_point(|t| t.span.start < t_end);
    let verb_final = all_bits[clause_range_of(i_te, i_c1)]
        .iter()
        .all(|b| b & W_VERB_FINAL != 0);
    let aux_before = any_bits(
        &all_bits[clause_range_of(i_c0, i_t)],
        AUX_HAT | AUX_HABEN | AUX_HABE | AUX_HATTE | AUX_HATTEN | AUX_HAETTEN,
    );
    let being = prev_word.is_some_and(|w| tw.is(w, Tense::Progressive));
    if being {
        return Status::Ongoing;
    }
    // "dass Belarus Russland Munition überlassen hat": the auxiliary after it, verb-final
    let aux_after = trig.id.starts_with("de.")
        && s.toks.get(i_te).is_some_and(|t| {
            t.span.end <= c_end
                && matches!(
                    &lower[t.span.start..t.span.end],
                    "hat" | "haben" | "hatte" | "hatten"
                )
        });
    // "The Houthis are supported by Iran", "the Iran-backed Houthis": a present passive of
    // support, or one fused to its party as an adjective, is a support that goes on
    if trig.id.starts_with("en.")
        && trig.kind == EventType::Support
        && !trig.noun
        && token.ends_with("ed")
        && (lower[..tspan.start].ends_with('-')
            || prev_word.is_some_and(|p| tw.is(p, Tense::Present)))
    {
        return Status::Ongoing;
    }
    // "seien per Bahn transportiert worden": a perfect passive is done
    let worden_after = trig.id.starts_with("de.")
        && !trig.noun
        && s.toks
            .get(i_te)
            .is_some_and(|t| t.span.end <= c_end && &lower[t.span.start..t.span.end] == "worden");
    if trig.past
        || de_past
        || token.ends_with("ed")
        || worden_after
        || (!trig.noun && verb_final && (aux_before || aux_after))
    {
        return if trig.kind == EventType::Agreement {
            Status::Agreed
        } else {
            Status::Completed
        };
    }
    // "denied sending": the denied act is a past one
    if token.ends_with("ing") {
        let prev = prev_word.unwrap_or("");
        if tw.is(prev, Tense::Denial) {
            return Status::Completed;
        }
    }
    let past_aux = AUX_WURDE | AUX_WURDEN | AUX_HAT | AUX_HATTE | AUX_HATTEN | AUX_HABEN | AUX_HABE;
    // "have expressed concern about the supply of": an English nominal act inside such a
    // phrase does not take the tense of the clause's verb
    if trig.noun
        && trig.id.starts_with("en.")
        && s.cues.iter().any(|(cs, c)| {
            cs.end <= tspan.start
                && token_gap(&s.toks, cs.end, tspan.start) <= 3
                && (matches!(c, Cue::NpBlock)
                    || (matches!(c, Cue::Hedge(_))
                        && (lower[cs.start..cs.end].ends_with(" about")
                            || lower[cs.start..cs.end].ends_with(" over"))))
        })
    {
        return Status::Ongoing;
    }
    if trig.noun {
        // "hat … Sanktionen verhängt", "have imposed sanctions", "stießen … an"
        let aux = aux_words(past_aux | tense_bit(Tense::Aux));
        // (separable participles, weak ones with a prefix, "-ed" and irregular ones)
        let participle = aux_words(W_PARTICIPLE);
        // English simple past right before a nominal trigger: "imposed sanctions", "signed a deal"
        // a listing names its object between the verb and the list ("added three firms to
        // its sanctions list"): the verb may stand further back
        let reach = if trig.obj_before { 12 } else { 3 };
        // (tokens are ordered and disjoint: those ending by the trigger are a prefix, those
        // starting at `c_start` or later a suffix, and only the last `reach + 1` of the
        // prefix lie within `reach` tokens of the trigger)
        let before_end = i_t;
        let window = i_c0
            .max(before_end.saturating_sub(reach + 1))
            .min(before_end);
        let en_past_verb = (window..before_end).any(|j| {
            let t = &s.toks[j];
            // (an "-ed" form of more than four letters, not of class NotPast)
            all_bits[j] & W_ED_PAST != 0
                && t.span.end <= tspan.start
                && t.span.start >= c_start
                && token_gap(&s.toks, t.span.end, tspan.start) <= reach
                && {
                    // "training is delivered by instructors": a present passive
                    let present_passive = s.toks[..before_end]
                        .iter()
                        .rev()
                        .find(|p| p.span.end <= t.span.start)
                        .is_some_and(|p| tw.is(&lower[p.span.start..p.span.end], Tense::Present));
                    // "expressed concern about the supply of": the verb governs another noun
                    let embedded =
                        s.cues_of(cue_kind::NP_BLOCK | cue_kind::HEDGE)
                            .any(|(cs, c)| {
                                cs.start >= t.span.end
                                    && cs.end <= tspan.start
                                    && (matches!(c, Cue::NpBlock)
                                        || (matches!(c, Cue::Hedge(_))
                                            && (lower[cs.start..cs.end].ends_with(" about")
                                                || lower[cs.start..cs.end].ends_with(" over"))))
                            });
                    !present_passive && !embedded
                }
        });
        if en_past_verb {
            return if trig.kind == EventType::Agreement {
                Status::Agreed
            } else {
                Status::Completed
            };
        }

        let preterite = aux_words(W_PRETERITE);
        // a weak German preterite right after the subject: "Washington verhängte
        // Strafmaßnahmen" (but "die verhängten Sanktionen" is an adjective)
        let de_preterite = trig.id.starts_with("de.")
            && clause_range_of(i_c0, i_t).any(|j| {
                let t = &s.toks[j];
                // (a weak preterite's form: [`de_preterite_form`])
                all_bits[j] & W_DE_PRETERITE != 0
                && text[t.span.start..].starts_with(char::is_lowercase)
                && s.mentions.iter().any(|m| {
                    matches!(m.kind, MentionKind::Party { form, .. } if form != PartyKind::Genitive)
                        && m.span.end <= t.span.start
                        && token_gap(&s.toks, m.span.end, t.span.start) == 0
                })
            });
        if (aux && participle) || preterite || de_preterite {
            return if trig.kind == EventType::Agreement {
                Status::Agreed
            } else {
                Status::Completed
            };
        }
        if trig.kind == EventType::Agreement {
            return Status::Agreed;
        }
        return Status::Ongoing;
    }
    if trig.kind == EventType::Agreement {
        return Status::Agreed;
    }
    Status::Ongoing
}

/// The auxiliary verbs the tense checks of [`status_of`] look for, each with its bit.
const AUX_WORDS: [(&str, u64); 25] = [
    ("wird", AUX_WIRD),
    ("werden", AUX_WERDEN),
    ("will", AUX_WILL),
    ("wollen", AUX_WOLLEN),
    ("worden", AUX_WORDEN),
    ("hat", AUX_HAT),
    ("haben", AUX_HABEN),
    ("habe", AUX_HABE),
    ("hatte", AUX_HATTE),
    ("hatten", AUX_HATTEN),
    ("wurde", AUX_WURDE),
    ("wurden", AUX_WURDEN),
    ("ist", AUX_IST),
    ("sind", AUX_SIND),
    ("sei", AUX_SEI),
    ("seien", AUX_SEIEN),
    ("war", AUX_WAR),
    ("waren", AUX_WAREN),
    ("have", AUX_HAVE),
    ("hätte", AUX_HAETTE),
    ("hätten", AUX_HAETTEN),
    ("had", AUX_HAD),
    ("has", AUX_HAS),
    ("was", AUX_WAS),
    ("were", AUX_WERE),
];

const AUX_WIRD: u64 = 1 << 24;
const AUX_WERDEN: u64 = 1 << 25;
const AUX_WILL: u64 = 1 << 26;
const AUX_WOLLEN: u64 = 1 << 27;
const AUX_WORDEN: u64 = 1 << 28;
const AUX_HAT: u64 = 1 << 29;
const AUX_HABEN: u64 = 1 << 30;
const AUX_HABE: u64 = 1 << 31;
const AUX_HATTE: u64 = 1 << 32;
const AUX_HATTEN: u64 = 1 << 33;
const AUX_WURDE: u64 = 1 << 34;
const AUX_WURDEN: u64 = 1 << 35;
const AUX_IST: u64 = 1 << 36;
const AUX_SIND: u64 = 1 << 37;
const AUX_SEI: u64 = 1 << 38;
const AUX_SEIEN: u64 = 1 << 39;
const AUX_WAR: u64 = 1 << 40;
const AUX_WAREN: u64 = 1 << 41;
const AUX_HAVE: u64 = 1 << 42;
const AUX_HAETTE: u64 = 1 << 43;
const AUX_HAETTEN: u64 = 1 << 44;
const AUX_HAD: u64 = 1 << 45;
const AUX_HAS: u64 = 1 << 46;
const AUX_WAS: u64 = 1 << 47;
const AUX_WERE: u64 = 1 << 48;
/// A German modal of possibility ("könnte", "kann") or a word of class [`Tense::Modal`].
const W_MODAL: u64 = 1 << 56;
/// A participle by its form ("ausgeweitet", "verhängt", "imposed") or of class
/// [`Tense::Participle`].
const W_PARTICIPLE: u64 = 1 << 57;
/// A German strong preterite ("trafen", "gab") or a word of class [`Tense::Preterite`].
const W_PRETERITE: u64 = 1 << 58;
/// A weak German preterite by its form ("verhängte"; [`de_preterite_form`]).
const W_DE_PRETERITE: u64 = 1 << 59;
/// An English past by its form: "-ed", more than four letters, not of class
/// [`Tense::NotPast`].
const W_ED_PAST: u64 = 1 << 60;
/// A word that may follow a verb-final trigger in its clause ("haben", "worden", "zu").
const W_VERB_FINAL: u64 = 1 << 61;

/// The bit of a [`Tense`] class in [`word_bits`].
const fn tense_bit(t: Tense) -> u64 {
    // only the classes up to `Ended`, which lie in the low 64 bits
    t.bit() as u64
}

/// Marks the word classes of [`word_bits`] that are word lists (auxiliaries, German
/// modals, strong preterites and verb-final words) in a language's status words, so one
/// look-up gives all of a word's listed classes.
fn mark_word_classes(tw: &mut TenseWords) {
    for (w, bit) in AUX_WORDS {
        tw.mark(w, bit);
    }
    for w in [
        "könnte", "könnten", "könne", "kann", "können", "sollte", "sollten",
    ] {
        tw.mark(w, W_MODAL);
    }
    for w in [
        "stießen", "trafen", "traf", "fand", "fanden", "gab", "gaben", "kam", "kamen",
    ] {
        tw.mark(w, W_PRETERITE);
    }
    for w in [
        "haben", "hat", "habe", "worden", "sein", "wurde", "wurden", "zu",
    ] {
        tw.mark(w, W_VERB_FINAL);
    }
}

/// The classes of each word of the sentence (by token, as [`sent_words`]) that the tense
/// checks of [`status_of`] ask for: auxiliaries ([`AUX_WORDS`]), the [`TenseWords`]
/// classes and the `W_` classes, made once per sentence.
fn word_bits<'a>(s: &'a Sent, tw: &TenseWords) -> &'a [u64] {
    s.wbits.get_or_init(|| {
        sent_words(s)
            .iter()
            .map(|w| {
                let mut b = tw.bits(w);
                if b & tense_bit(Tense::Modal) != 0 {
                    b |= W_MODAL;
                }
                if b & tense_bit(Tense::Participle) != 0 {
                    b |= W_PARTICIPLE;
                }
                if b & tense_bit(Tense::Preterite) != 0 {
                    b |= W_PRETERITE;
                }
                // the classes by form, by the last byte first
                match w.as_bytes().last() {
                    Some(b'd') if w.ends_with("ed") && w.len() > 4 => {
                        b |= W_PARTICIPLE;
                        if b & tense_bit(Tense::NotPast) == 0 {
                            b |= W_ED_PAST;
                        }
                    }
                    Some(b't' | b'n') => {
                        if participle_form(w) {
                            b |= W_PARTICIPLE;
                        }
                        if de_preterite_form(w) {
                            b |= W_DE_PRETERITE;
                        }
                    }
                    Some(b'e') if de_preterite_form(w) => {
                        b |= W_DE_PRETERITE;
                    }
                    _ => {}
                }
                b
            })
            .collect()
    })
}

/// A participle by its form: separable ("ausgeweitet", "aufgenommen", "eingestellt"),
/// weak with a prefix ("verhängt", "beschlossen" is not), or English "-ed".
fn participle_form(w: &str) -> bool {
    // separable participles: "ausgeweitet", "aufgenommen", "eingestellt"
    // (the "ge" after a particle of two to four letters: tested first, as few words have it)
    let ge_at = |k: usize| w.as_bytes().get(k..k + 2) == Some(b"ge".as_slice());
    let sep_ge = (w.ends_with('t') || w.ends_with("en"))
        && (ge_at(2) || ge_at(3) || ge_at(4))
        && [
            "aus", "ab", "an", "auf", "ein", "zu", "vor", "nach", "fest", "hoch",
        ]
        .iter()
        .any(|p| {
            w.strip_prefix(p)
                .is_some_and(|r| r.starts_with("ge") && r.len() > 4)
        });
    sep_ge
        || (w.len() > 5
            && (w.starts_with("ge")
                || w.starts_with("ver")
                || w.starts_with("be")
                || w.starts_with("er"))
            && w.ends_with('t'))
        || (w.ends_with("ed") && w.len() > 4)
}

/// A weak German preterite by its form ("verhängte", "lieferten"), not a present tense
/// of a verb whose stem ends in -t ("halten") nor a superlative ("obersten").
fn de_preterite_form(w: &str) -> bool {
    w.len() > 4
        && (w.ends_with("te") || w.ends_with("ten"))
        // present tenses of verbs whose stem ends in -t ("halten … ab")
        && !["halten", "bieten", "treten", "gelten", "leisten", "richten",
            "arbeiten", "starten", "beobachten", "warten", "fürchten",
            "berichten", "errichten", "unterhalten", "vertreten", "bitten",
            "veranstalten", "gestalten", "enthalten", "halte", "biete", "trete"]
            .contains(&w)
        // a superlative after a genitive is no verb ("Russlands obersten")
        && !w.ends_with("sten")
}

/// A sentence that opens its line with a date label and a colon, as the lines of a
/// chronology do ("26. Februar 2022: …", "Juni 2022: …", "March 2023: …"): the label is
/// numbers and at most two words, one of them a year.
fn dated_line(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end_matches([' ', '\t']);
    let line_start = before.is_empty() || before.ends_with('\n');
    let sent = &text[span.start..span.end];
    let Some(colon) = sent.find(':').filter(|&c| c <= 24) else {
        return false;
    };
    let words: Vec<&str> = sent[..colon].split_whitespace().collect();
    let year = |w: &str| {
        w.len() == 4
            && w.chars().all(|c| c.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"))
    };
    line_start
        && words.iter().any(|w| year(w))
        && words
            .iter()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            <= 2
        && words.iter().all(|w| {
            w.trim_end_matches('.').chars().all(|c| c.is_ascii_digit())
                || w.chars().all(char::is_alphabetic) && w.starts_with(char::is_uppercase)
        })
}

/// A sentence that takes a stance on the act reported just before ("Peking bestreitet
/// das", "Bestätigt ist das nicht", "Vucic denied the allegations"): that act again, with
/// the stance's certainty. A denial is the denier's; an unverified claim keeps its source
/// and adds whoever could not verify it.
fn stance_event(
    text: &str,
    s: &Sent,
    si: usize,
    lang: &str,
    attribution: &[String],
    ctx: &Context,
) -> Option<Event> {
    let (cs, cert) = s.cues.iter().find_map(|(sp, c)| match c {
        Cue::Stance(cert, particle) => {
            let ok = particle.as_ref().is_none_or(|p| {
                s.toks
                    .iter()
                    .any(|t| t.span.start >= sp.end && s.lower_of(t) == *p)
            });
            ok.then_some((*sp, *cert))
        }
        _ => None,
    })?;
    // ("Bestätigt ist das nicht": a stance of three words or more is a clause of its own,
    // its object inside it)
    let whole_clause =
        lang == "de" && s.lower_text[cs.start..cs.end].split_whitespace().count() >= 3;
    if !whole_clause
        && !s
            .cues_of(cue_kind::STANCE_OBJ)
            .any(|(_, c)| matches!(c, Cue::StanceObj))
    {
        return None;
    }
    // who takes the stance: the party named last before the stance word, in its clause,
    // with the parties coordinated with it ("Pjöngjang und Moskau weisen … zurück")
    let c_start = s.clauses[s.clause_of(cs.start)];
    let parties: Vec<(Span, Vec<String>)> = s
        .mentions
        .iter()
        .filter(|m| m.span.end <= cs.start && m.span.start >= c_start)
        .filter_map(|m| match &m.kind {
            MentionKind::Party { entity, .. } => Some((m.span, speaker_ids(entity))),
            _ => None,
        })
        .collect();
    let mut subject: Vec<String> = Vec::new();
    let mut next_start: Option<usize> = None;
    for (sp, ids) in parties.iter().rev() {
        if let Some(ns) = next_start {
            let gap = s.lower_text[sp.end.min(ns)..ns].trim();
            if !matches!(gap, "und" | "and" | "," | "sowie") {
                break;
            }
        }
        let mut ids = ids.clone();
        push_unique(&mut ids, subject.drain(..));
        subject = ids;
        next_start = Some(sp.start);
    }
    let state = subject
        .iter()
        .find(|i| i.len() == 3 && i.chars().all(|c| c.is_ascii_uppercase()));
    let prev: Vec<&Event> = ctx
        .recent()
        .rev()
        .filter(|(i, _)| *i + 1 == si)
        .map(|(_, e)| e)
        .collect();
    let before: Vec<&Event> = ctx
        .recent()
        .rev()
        .filter(|(i, _)| *i + 2 == si)
        .map(|(_, e)| e)
        .collect();
    let acts = |e: &&&Event| state.is_some_and(|st| e.actor.as_deref() == Some(st.as_str()));
    // a state denies its own acts: those of the sentence before, else those of the one
    // before it ("China liefert … Die USA haben chinesische Firmen sanktioniert. Peking
    // weist die Vorwürfe zurück": the charge, not the sanction); failing that, an act it
    // received; a party sanctioned denies no sanction
    let pick = prev
        .iter()
        .find(acts)
        .or_else(|| before.iter().find(acts))
        .or_else(|| {
            prev.iter().find(|e| {
                e.kind != EventType::Sanction
                    && state.is_some_and(|st| e.recipient.as_deref() == Some(st.as_str()))
            })
        })
        .or_else(|| prev.first())?;
    let mut ev = (*pick).clone();
    ev.certainty = cert;
    ev.attribution = if cert == Certainty::Negated {
        if subject.is_empty() {
            attribution.to_vec()
        } else {
            subject
        }
    } else {
        let mut a = subject;
        push_unique(&mut a, attribution.iter().cloned());
        push_unique(&mut a, pick.attribution.iter().cloned());
        a
    };
    ev.quantity = None;
    ev.value = None;
    let sent = &text[s.span.start..s.span.end];
    let trimmed = sent.trim_end_matches(|c: char| c == '.' || c.is_whitespace());
    let start = s.span.start + (trimmed.len() - trimmed.trim_start().len());
    ev.span = Span::new(start, s.span.start + trimmed.len());
    ev.evidence = text[ev.span.start..ev.span.end].to_string();
    ev.sentence = si;
    ev.rule = format!(
        "{lang}.stance.{}",
        s.lower_text[cs.start..cs.end].replace(' ', "_")
    );
    Some(ev)
}

/// True for a nominal trigger: flagged as a noun, or a capitalised German word inside
/// the sentence ("die Lieferung … angekündigt"), whose rule may be a verb's.
fn is_nominal(text: &str, s: &Sent, tspan: Span, trig: &Trigger) -> bool {
    trig.noun
        || (trig.id.starts_with("en.") && english_noun_form(s, tspan))
        || (trig.id.starts_with("de.")
            && token_at(s, tspan).is_some_and(|t| {
                t.span.start > s.span.start && text[t.span.start..].starts_with(char::is_uppercase)
            }))
}

/// English: a trigger matched by a verb stem whose word is a noun ("deliver" in "the
/// delivery", "deliveries"): the act is nominal, so a modal after it in its clause counts
/// ("the delivery of the first aircraft will take place soon").
fn english_noun_form(s: &Sent, tspan: Span) -> bool {
    token_at(s, tspan).is_some_and(|t| {
        let w = &s.lower_text[t.span.start..t.span.end];
        t.span.end > tspan.end && (w.ends_with("ery") || w.ends_with("eries"))
    })
}

/// German "sollen" speaks of the future when the clause says when (künftig,
/// bald, in den kommenden Tagen, bis Ende …) or has a future passive ("soll
/// geliefert werden"); otherwise it reports ("soll liefern": reportedly).
fn soll_is_future(words: &[&str]) -> bool {
    words.iter().any(|w| {
        matches!(
            *w,
            "künftig"
                | "bald"
                | "demnächst"
                | "zunächst"
                | "nun"
                | "kommenden"
                | "nächsten"
                | "nächstes"
                | "später"
                | "dann"
                | "werden"
                | "bis"
                | "ab"
                | "jahresende"
                | "anschließend"
                | "zukünftig"
                | "schon"
                | "sofort"
        )
    })
}

/// "Es wurde beschlossen, dass KNDS Granaten produzieren soll": a decision right before
/// the "dass"/"that" clause of the act agrees it (its "sollen" is no reported speech).
fn decided_before(s: &Sent, lower: &str, clause: usize) -> bool {
    clause > 0
        && s.cues_in(s.clauses[clause.saturating_sub(2)], s.clauses[clause])
            .any(|(sp, c)| {
                let after = lower[sp.end..].trim_start();
                let comma = after.strip_prefix(',').map(str::trim_start);
                matches!(c, Cue::Status(Status::Agreed) | Cue::Decision)
                    && (matches!(
                        comma,
                        Some(r) if r.starts_with("dass ")
                            || r.starts_with("wonach ")
                            || r.starts_with("that ")
                            || r.starts_with("under which ")
                    ) || (matches!(c, Cue::Decision) && after.starts_with("under which ")))
            })
}

/// A German infinitive with "zu" inside, after a separable particle ("einzurichten",
/// "bereitzustellen", "aufzubauen").
fn fused_zu_infinitive(w: &str) -> bool {
    const PARTICLES: [&str; 24] = [
        "ab", "an", "auf", "aus", "bei", "bereit", "dar", "durch", "ein", "fest", "fort", "frei",
        "her", "hin", "los", "mit", "nach", "statt", "teil", "um", "vor", "weiter", "zurück",
        "zusammen",
    ];
    w.ends_with('n')
        && PARTICLES.iter().any(|p| {
            w.strip_prefix(p)
                .and_then(|r| r.strip_prefix("zu"))
                .is_some_and(|r| r.len() >= 4)
        })
}

/// "sollen demnach … geliefert werden": a source marker in the clause makes "sollen"
/// reported speech, whatever time words it has.
fn soll_reported(words: &[&str]) -> bool {
    words.iter().any(|w| {
        matches!(
            *w,
            "demnach" | "zufolge" | "laut" | "angeblich" | "mutmaßlich"
        )
    })
}

/// The whole token a span lies in.
fn token_at<'a>(s: &'a Sent, span: Span) -> Option<&'a Token> {
    tok_index(s, span).map(|i| &s.toks[i])
}

/// German: "eine Vereinbarung getroffen", "Entscheidungen getroffen", "keine Absprache
/// treffen": the meeting verb has a thing as its object (an accusative determiner with a
/// noun, or a plural noun of making, right before the verb), there is no "sich" in its
/// clause, and the object is no party or person.
fn made_not_met(s: &Sent, tspan: Span, c_start: usize) -> bool {
    let Some(ti) = tok_index(s, tspan) else {
        return false;
    };
    let lw = s.lower_of(&s.toks[ti]);
    if !(lw.starts_with("getroffen") || lw.starts_with("treffen") || lw.starts_with("trifft")) {
        return false;
    }
    let first = s
        .toks
        .iter()
        .position(|t| t.span.start >= c_start)
        .unwrap_or(0);
    if s.toks[first..ti].iter().any(|t| s.lower_of(t) == "sich") {
        return false;
    }
    // "eine Vereinbarung über Drohnen getroffen": an agreement named before it in its clause
    if s.triggers.iter().any(|(ts, t)| {
        t.noun && t.kind == EventType::Agreement && ts.start >= c_start && ts.end <= tspan.start
    }) {
        return true;
    }
    // the noun right before the verb, written with a capital, no party or person
    let Some(noun) = ti.checked_sub(1).map(|i| &s.toks[i]) else {
        return false;
    };
    if noun.span.start < c_start
        || !s.text[noun.span.start..noun.span.end].starts_with(|c: char| c.is_uppercase())
        || s.mentions.iter().any(|m| m.span.overlaps(&noun.span))
    {
        return false;
    }
    let lo = s.lower_of(noun);
    let plural_making = [
        "entscheidungen",
        "vereinbarungen",
        "absprachen",
        "maßnahmen",
        "vorkehrungen",
    ]
    .contains(&lo);
    plural_making
        || s.toks[first.max(ti.saturating_sub(4))..ti - 1]
            .iter()
            .any(|t| {
                matches!(
                    s.lower_of(t),
                    "eine"
                        | "einen"
                        | "ein"
                        | "keine"
                        | "keinen"
                        | "kein"
                        | "diese"
                        | "diesen"
                        | "solche"
                        | "weitere"
                        | "neue"
                )
            })
}

/// A yes/no question: the sentence ends with a question mark and opens with a finite verb
/// ("Will Iran send …?", "Is Iran sending …?", "Liefert China …?", "Hat Nordkorea …?"),
/// not with a question word, a party or a noun phrase.
fn yes_no_question(s: &Sent, lower: &str) -> bool {
    let text = lower[s.span.start..s.span.end].trim_end();
    let text = text.trim_end_matches(['"', '“', '”', '»', '«', '\'', '’']);
    if !text.ends_with('?') {
        return false;
    }
    let Some(first) = s.toks.first() else {
        return false;
    };
    if s.mentions.iter().any(|m| m.span.overlaps(&first.span)) {
        return false;
    }
    let w = s.lower_of(first);
    const EN: [&str; 19] = [
        "is", "are", "was", "were", "will", "would", "does", "do", "did", "has", "have", "had",
        "can", "could", "should", "may", "might", "shall", "must",
    ];
    const DE: [&str; 26] = [
        "ist", "sind", "war", "waren", "wird", "werden", "würde", "würden", "hat", "haben",
        "hatte", "hatten", "kann", "können", "könnte", "könnten", "soll", "sollen", "sollte",
        "sollten", "will", "wollen", "darf", "dürfen", "muss", "müssen",
    ];
    if EN.contains(&w) || DE.contains(&w) {
        return true;
    }
    // a German verb first: a finite form in -t of a trigger verb ("Liefert", "Schickt")
    s.triggers
        .iter()
        .any(|(ts, t)| !t.noun && ts.overlaps(&first.span) && t.id.starts_with("de."))
}

/// German: "Wenn Deutschland Taurus geliefert hätte, …", "Wenn China Waffen liefern würde":
/// a "wenn" clause before the act (or holding it) with a verb of the subjunctive II in it is
/// an unreal condition, and so is its consequence (a plain "wenn" is also "when"). An open
/// question in the subjunctive II ("Ob Berlin Taurus liefern würde, ist offen") is as
/// uncertain.
fn unreal_condition(s: &Sent, lower: &str, tspan: Span) -> bool {
    let Some(i) = s
        .toks
        .iter()
        .position(|t| t.span.end <= tspan.start && matches!(s.lower_of(t), "wenn" | "ob"))
    else {
        return false;
    };
    let c = s.clause_of(s.toks[i].span.start);
    let end = s.clause_end(c);
    let _ = lower;
    s.toks[i..]
        .iter()
        .take_while(|t| t.span.end <= end)
        .any(|t| {
            matches!(
                s.lower_of(t),
                "hätte" | "hätten" | "würde" | "würden" | "wäre" | "wären"
            )
        })
}

/// German: in clause `main`, a verb of demanding or urging ("fordert … auf", "drängt",
/// "ruft … auf", "appelliert an") with a party before it (who demands) and one right after
/// it (who is asked): (subject, object).
fn demand_parties<'a>(s: &'a Sent, main: usize) -> Option<(&'a Cand, &'a Cand, bool)> {
    let start = s.clauses[main];
    let end = s.clause_end(main);
    let words = clause_words(s, start, end);
    let verb = s.toks.iter().position(|t| {
        t.span.start >= start
            && t.span.end <= end
            && matches!(
                s.lower_of(t),
                "fordert"
                    | "forderte"
                    | "forderten"
                    | "fordern"
                    | "aufgefordert"
                    | "drängt"
                    | "drängte"
                    | "drängten"
                    | "drängen"
                    | "gedrängt"
                    | "ruft"
                    | "rief"
                    | "riefen"
                    | "aufgerufen"
                    | "appelliert"
                    | "appellierte"
                    | "appellierten"
                    | "erlaubt"
                    | "erlaubte"
                    | "erlaubten"
                    | "erlauben"
                    | "gestattet"
                    | "gestattete"
                    | "gestatteten"
                    | "gestatten"
            )
    })?;
    let v = s.lower_of(&s.toks[verb]);
    let permits = v.starts_with("erlaub") || v.starts_with("gestatt");
    // "fordert"/"ruft" take the particle "auf" closing the clause
    if matches!(
        v,
        "fordert" | "forderte" | "forderten" | "fordern" | "ruft" | "rief" | "riefen"
    ) && words.last() != Some(&"auf")
    {
        return None;
    }
    let vspan = s.toks[verb].span;
    let after: Vec<&Cand> = s
        .cands
        .iter()
        .filter(|c| c.clause == main && !c.genitive && c.span.start >= vspan.end)
        .collect();
    let (subject, object) = match s
        .cands
        .iter()
        .rfind(|c| c.clause == main && c.span.end <= vspan.start && !c.genitive)
    {
        Some(subj) => (subj, *after.first()?),
        // "Am Montag forderte Selenskyj Deutschland auf": the subject after the verb
        None => (*after.first()?, *after.get(1)?),
    };
    (subject.id != object.id).then_some((subject, object, permits))
}

/// A source of the buyer's own: "from its own industry", "from domestic manufacturers",
/// "aus eigener Produktion", "bei heimischen Herstellern" (a word of source and, within
/// three words after it, a word of one's own), bought for no other party.
fn domestic_source(words: &[&str]) -> bool {
    // ("bei einem heimischen Hersteller … für die Ukraine gekauft": bought for another
    // party, the home maker gives to it)
    if words.iter().any(|w| matches!(*w, "für" | "for")) {
        return false;
    }
    // "bei ihrem staatlichen Hersteller", "from its state manufacturer": the buyer's own
    // maker, named by a possessive on a maker noun
    let own_maker = |after: &[&str]| {
        let near = &after[..after.len().min(3)];
        near.iter().any(|o| {
            matches!(
                *o,
                "ihrem" | "ihren" | "ihrer" | "seinem" | "seinen" | "seiner" | "its" | "their"
            )
        }) && near.iter().any(|o| {
            o.starts_with("hersteller")
                || o.ends_with("industrie")
                || o.starts_with("manufacturer")
                || o.starts_with("industr")
                || o.starts_with("producer")
        })
    };
    words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "from" | "aus" | "bei" | "von")
            && (own_maker(&words[i + 1..])
                || words[i + 1..].iter().take(3).any(|o| {
                    matches!(
                        *o,
                        "own"
                            | "domestic"
                            | "domestically"
                            | "eigener"
                            | "eigenen"
                            | "eigenem"
                            | "heimischen"
                            | "heimischer"
                            | "inländischen"
                            | "inländischer"
                    )
                }))
    })
}

/// After the reporting verb at `from` of a relative clause, the clause closes with a comma
/// and the main clause goes on with an act: a trigger or an auxiliary right after the comma.
fn relative_then_act(s: &Sent, text: &str, from: usize) -> bool {
    let Some(close) = text[from..s.span.end].find(',').map(|i| from + i + 1) else {
        return false;
    };
    let Some(next) = s.toks.iter().find(|t| t.span.start >= close) else {
        return false;
    };
    s.triggers
        .iter()
        .any(|(ts, t)| !t.noun && ts.overlaps(&next.span))
        || matches!(
            s.lower_of(next),
            "has" | "have" | "had" | "is" | "was" | "will" | "hat" | "haben" | "hatte" | "wird"
        )
}

/// "described the treaty as …", "called the deal …", "hailed the pact", "bezeichnete das
/// Abkommen als …": a verb of evaluating, a definite determiner and the agreement noun,
/// with no party of the deal named right after it ("between", "with", "zwischen", "mit").
fn evaluated_deal(s: &Sent, tspan: Span) -> bool {
    let Some(ti) = tok_index(s, tspan) else {
        return false;
    };
    if ti < 2 {
        return false;
    }
    let det = s.lower_of(&s.toks[ti - 1]);
    let verb = s.lower_of(&s.toks[ti - 2]);
    let next = s.toks.get(ti + 1).map(|t| s.lower_of(t)).unwrap_or("");
    matches!(
        det,
        "the" | "this" | "that" | "das" | "den" | "die" | "dieses" | "diesen" | "diese"
    ) && matches!(
        verb,
        "described"
            | "describes"
            | "called"
            | "calls"
            | "hailed"
            | "hails"
            | "praised"
            | "praises"
            | "lauded"
            | "termed"
            | "dubbed"
            | "bezeichnete"
            | "bezeichnet"
            | "nannte"
            | "nennt"
            | "lobte"
            | "lobt"
            | "würdigte"
    ) && !matches!(next, "between" | "with" | "zwischen" | "mit")
}

/// "Iran, which denies any role, has shipped drones to Russia", "Iran, das jede Beteiligung
/// bestreitet, hat Russland Drohnen geliefert": a cue inside a relative clause set off by
/// commas (or brackets) that closes before the trigger, or opens after it, speaks of that
/// clause's own verb; negation and hedges are scoped to the clause of the trigger.
fn in_relative_insert(s: &Sent, lower: &str, cue: Span, tspan: Span) -> bool {
    if cue.end > tspan.start && cue.start < tspan.end {
        return false;
    }
    let head = &lower[s.span.start..cue.start];
    let Some(open) = head.rfind([',', '(']).map(|i| s.span.start + i) else {
        return false;
    };
    // "met with officials from Chad, who rejected any suggestion …": a relative clause
    // after the act, opened after it, speaks of its own verb
    let after_act = cue.start >= tspan.end;
    if after_act && open < tspan.end {
        return false;
    }
    // the relative pronoun opens the insert, after at most one preposition ("mit dem")
    let rel = s.cues_in(open, cue.start).any(|(sp, c)| {
        matches!(c, Cue::RelPron) && lower[open + 1..sp.start].split_whitespace().count() <= 1
    });
    if !rel {
        return false;
    }
    if after_act {
        return true;
    }
    // the insert closes before the trigger, and no clause word in between takes the trigger
    // into a clause of the insert ("…, der bestreitet, dass …")
    let Some(close) = lower[cue.end..tspan.start]
        .find([',', ')'])
        .map(|i| cue.end + i)
    else {
        return false;
    };
    // ("…, das bestreitet, Russland Drohnen geliefert zu haben": the denied infinitive)
    let after = lower[close + 1..tspan.start].trim_start();
    let tail = &lower[close + 1..s.clause_end(s.clause_of(tspan.start)).max(close + 1)];
    !(after.starts_with("dass ")
        || after.starts_with("that ")
        || after.starts_with("to ")
        || tail
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "zu" || fused_zu_infinitive(w)))
}

fn certainty_of(
    s: &Sent,
    tspan: Span,
    trig: &Trigger,
    c_start: usize,
    c_end: usize,
    lower: &str,
) -> Certainty {
    let mut best = Certainty::Asserted;
    // (only hedges and conditionals count here: none to scan where the sentence has none)
    for (sp, c) in s.cues_of(cue_kind::HEDGE | cue_kind::COND) {
        match c {
            // "expressed concern about the supply of …": such a hedge covers its object only
            Cue::Hedge(_)
                if (lower[sp.start..sp.end].ends_with(" about")
                    || lower[sp.start..sp.end].ends_with(" over"))
                    && (sp.end > tspan.start || token_gap(&s.toks, sp.end, tspan.start) > 4) => {}
            // "Die USA gehen davon aus, dass …, da Moskau und Teheran erwägen": the reason
            // clause is the speaker's own ground, outside the hedge
            Cue::Hedge(_)
                if sp.end <= tspan.start
                    && s.cues_of(cue_kind::SCOPE_STOP).any(|(ss, k)| {
                        matches!(k, Cue::ScopeStop)
                            && ss.start >= sp.end
                            && ss.end <= tspan.start
                            && lower[..ss.start].trim_end().ends_with(',')
                    }) => {}
            // "hat sich mit Kim getroffen und dabei wahrscheinlich über … gesprochen": a
            // hedge in the next conjunct after a participle is that conjunct's
            Cue::Hedge(_)
                if trig.past
                    && !trig.noun
                    && sp.start >= tspan.end
                    && lower[tspan.end..sp.start]
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| matches!(w, "und" | "oder" | "and" | "or")) => {}
            // "troops deployed to the Kursk region are probably being used": a participle
            // right after its noun (a reduced relative) is outside the hedge of the main verb
            Cue::Hedge(_)
                if sp.start >= tspan.end
                    && hedge_outside_participle(s, tspan, trig, *sp, lower) => {}
            // "sprachen wahrscheinlich über die Lieferung …", "probably talked about arms
            // deliveries": a hedge on a talk covers the talk, not the acts of its topic
            Cue::Hedge(_) if sp.end <= tspan.start && talk_hedge(s, *sp, tspan) => {}
            // "Russland beschafft offenbar Munition – Teheran prüft Lieferungen": a headline's
            // dash joins two headlines, a hedge of the first is not the second's
            Cue::Hedge(_)
                if s.headline
                    && sp.end <= tspan.start
                    && s.clauses.iter().any(|&c| {
                        c > sp.end
                            && c <= tspan.start
                            && lower[..c].trim_end().ends_with(['–', '—', '-', '|'])
                    }) => {}
            // "Russia, which probably received shells, attacked Kharkiv": a hedge of a
            // relative clause before the act is that clause's
            Cue::Hedge(_) if in_relative_insert(s, lower, *sp, tspan) => {}
            Cue::Hedge(h) if sp.start < c_end && h.strength() < best.strength() => best = *h,
            Cue::Cond
                if sp.end <= tspan.start && Certainty::Possible.strength() < best.strength() =>
            {
                best = Certainty::Possible
            }
            _ => {}
        }
    }
    // "Will Iran send missiles to Russia?", "Liefert China Waffen an Russland?": a yes/no
    // question asks whether the act happens (decided in tests/sentences/README.md:
    // `possible`); a wh-question asserts what it presupposes
    // "Wenn Deutschland Taurus geliefert hätte, …": a condition in the subjunctive
    if (yes_no_question(s, lower) || unreal_condition(s, lower, tspan))
        && Certainty::Possible.strength() < best.strength()
    {
        best = Certainty::Possible;
    }
    // reported speech with "soll ... haben/sein": unconfirmed
    let words = clause_words(s, c_start, c_end);
    let soll = s.soll
        && words
            .iter()
            .any(|w| matches!(*w, "soll" | "sollen" | "solle"));
    let perfect = || {
        words
            .iter()
            .any(|w| matches!(*w, "haben" | "sein" | "worden"))
            && !words.contains(&"werden")
    };
    if soll
        && !decided_before(s, lower, s.clause_of(tspan.start))
        && (perfect() || !soll_is_future(words) || soll_reported(words))
    {
        best = if Certainty::Unconfirmed.strength() < best.strength() {
            Certainty::Unconfirmed
        } else {
            best
        };
    }
    // "Pjöngjang weist Berichte über Waffenlieferungen zurück": a separable denial verb
    // around the act, its particle closing the clause
    for (sp, c) in s.cues_of(cue_kind::STANCE) {
        // "Die Lieferung von Taurus lehnt Scholz ab": a nominal act put first as the
        // object of the denial verb after it, in the same clause
        // (asked of a denial verb only)
        let object_first = || {
            sp.start >= tspan.end
                && s.clause_of(sp.start) == s.clause_of(tspan.start)
                && is_nominal(s.text, s, tspan, trig)
        };
        if let Cue::Stance(Certainty::Negated, Some(p)) = c
            && (sp.end <= tspan.start || object_first())
        {
            let end = s.clause_end(s.clause_of(sp.start));
            let last = s.toks.iter().rev().find(|t| t.span.end <= end);
            if tspan.end <= end && last.is_some_and(|t| lower[t.span.start..t.span.end] == *p) {
                return Certainty::Negated;
            }
        }
    }
    // negation: denial verbs anywhere; "nicht"/"not" in the clause before the trigger
    for (sp, c) in s.cues_of(cue_kind::NEG) {
        if !matches!(c, Cue::Neg) {
            continue;
        }
        // "Iran, which denies any role, has shipped drones": the denial of a relative
        // clause before the act is not the act's
        if in_relative_insert(s, lower, *sp, tspan) {
            continue;
        }
        let w = &lower[sp.start..sp.end];
        let denial = !matches!(
            w,
            "nicht"
                | "nie"
                | "niemals"
                | "keine"
                | "keinen"
                | "kein"
                | "keinerlei"
                | "not"
                | "never"
                | "no"
                | "n't"
        );
        // "denies supplying arms but has provided dual-use goods": a denial does not reach
        // over "but" to a later act
        if denial
            && trig.id.starts_with("en.")
            && sp.end <= tspan.start
            && lower[sp.end..tspan.start].contains(" but ")
        {
            continue;
        }
        // "hat der Ukraine Drohnen verkauft, bestreitet aber Lieferungen an Russland",
        // "sold drones to Ukraine but denies arming Russia": a denial after the act and a
        // contrast word is about the act it names
        if denial
            && sp.start >= tspan.end
            && s.triggers.iter().any(|(ts, _)| ts.start >= sp.end)
            && {
                let between = &lower[tspan.end..sp.start];
                [" aber ", " jedoch ", " doch ", " but ", " however "]
                    .iter()
                    .any(|w| between.contains(w))
                    || [" aber", " jedoch", " but", " however"].iter().any(|w| {
                        // the rest of the word a prefix cue matched ("bestreit|et aber")
                        let rest = &lower[sp.end..];
                        let word_end = rest
                            .find(|c: char| !c.is_alphanumeric())
                            .unwrap_or(rest.len());
                        rest[word_end..].starts_with(w)
                    })
            }
        {
            continue;
        }
        if denial {
            return Certainty::Negated;
        }
        let in_clause = sp.start >= c_start && sp.end <= c_end;
        // "stehen nicht in Zusammenhang mit dem Krieg, sondern mit …": a plain negation
        // whose clause is followed by a corrective clause denies what it contrasts, not
        // the act (an act named between them is what it contrasts: "nicht wegen der
        // Lieferungen, sondern …" keeps it denied)
        let nc = s.clause_of(sp.start);
        let ne = s.clause_end(nc);
        if ne < s.span.end
            && !(tspan.start >= sp.end && tspan.end <= ne)
            && s.cues_in(ne, s.span.end).next().is_some_and(|(cs, c)| {
                matches!(c, Cue::Contrast) && token_gap(&s.toks, ne, cs.start) == 0
            })
        {
            continue;
        }
        let next = &lower[sp.end..s.span.end];
        let not_only = next.trim_start().starts_with("nur")
            || next.trim_start().starts_with("only")
            || next.trim_start().starts_with("longer");
        if in_clause
            && !not_only
            && (sp.end <= tspan.start || w == "nicht" || w.starts_with("kein"))
        {
            return Certainty::Negated;
        }
    }
    best
}

/// English: whether `tspan` is a participle right after the people or items it
/// describes ("troops deployed to …", "drones supplied by Iran …") and the hedge at `hedge`
/// stands at or after the finite verb of the main clause ("… are probably used").
fn hedge_outside_participle(
    s: &Sent,
    tspan: Span,
    trig: &Trigger,
    hedge: Span,
    lower: &str,
) -> bool {
    if !trig.id.starts_with("en.") {
        return false;
    }
    let finite = |w: &str| {
        matches!(
            w,
            "are"
                | "is"
                | "were"
                | "was"
                | "have"
                | "has"
                | "had"
                | "will"
                | "would"
                | "may"
                | "might"
                | "could"
                | "can"
        )
    };
    // "North Korean troops deployed to Kursk are probably …": the people noun of a
    // deployment with its participle after it
    if trig.noun {
        let Some(next) = s.toks.iter().find(|t| t.span.start >= tspan.end) else {
            return false;
        };
        let w = &lower[next.span.start..next.span.end];
        return trig.kind == EventType::Personnel
            && (w.ends_with("ed") || w == "sent")
            && next.span.end <= hedge.start
            && lower[next.span.end..hedge.end]
                .split(|c: char| !c.is_alphanumeric())
                .any(finite);
    }
    // (the whole word of a prefix trigger: "deploy" in "deployed")
    let tspan = token_at(s, tspan).map_or(tspan, |t| t.span);
    let tw = &lower[tspan.start..tspan.end];
    if !(trig.past || tw.ends_with("ed") || tw == "sent") {
        return false;
    }
    let Some(prev) = s.toks.iter().rev().find(|t| t.span.end <= tspan.start) else {
        return false;
    };
    let noun_before = s
        .cues
        .iter()
        .any(|(cs, c)| matches!(c, Cue::Person) && cs.overlaps(&prev.span))
        || s.mentions
            .iter()
            .any(|m| m.span.end == prev.span.end && matches!(m.kind, MentionKind::Item { .. }));
    if !noun_before {
        return false;
    }
    lower[tspan.end..hedge.end]
        .split(|c: char| !c.is_alphanumeric())
        .any(finite)
}

/// Whether a hedge right next to a talk verb ("sprachen wahrscheinlich", "probably
/// talked") stands before a topic phrase ("über …", "about …") that holds the trigger.
fn talk_hedge(s: &Sent, hedge: Span, tspan: Span) -> bool {
    s.triggers.iter().any(|(ms, mt)| {
        mt.kind == EventType::Meeting
            && !mt.noun
            && ms.end <= tspan.start
            && s.clause_of(ms.start) == s.clause_of(hedge.start)
            && if ms.end <= hedge.start {
                token_gap(&s.toks, ms.end, hedge.start) <= 1
            } else {
                token_gap(&s.toks, hedge.end, ms.start) <= 1
            }
            && s.cues_of(cue_kind::NP_BLOCK).any(|(cs, c)| {
                matches!(c, Cue::NpBlock)
                    && cs.start >= ms.end.max(hedge.end)
                    && cs.end <= tspan.start
            })
    })
}

/// For each sentence inside a quotation that runs over several sentences,
/// the speaker named where the quote ends ("…“, sagte Kirby.") or just before
/// it begins ("Kirby sagte: „…").
fn quote_attribution(text: &str, sents: &[Sent]) -> Vec<Option<Vec<String>>> {
    let mut out: Vec<Option<Vec<String>>> = vec![None; sents.len()];
    let mut i = 0;
    while i < sents.len() {
        let st = sents[i].span.slice(text).unwrap_or("").trim_start();
        let opens = st.starts_with(|c: char| QUOTE_OPEN.contains(&c));
        if !opens {
            i += 1;
            continue;
        }
        // find the sentence where the quote closes
        let mut j = i;
        while j < sents.len() && j < i + 6 {
            let t = sents[j].span.slice(text).unwrap_or("").trim_start();
            let inner = if j == i {
                let mut cs = t.chars();
                cs.next();
                cs.as_str()
            } else {
                t
            };
            if inner.contains(['“', '”', '"', '«', '»']) || !sents[j].attribution.is_empty() {
                break;
            }
            j += 1;
        }
        let j = j.min(sents.len() - 1);
        let mut speaker = if !sents[j].attribution.is_empty() {
            Some(sents[j].attribution.clone())
        } else {
            None
        };
        if speaker.is_none()
            && j + 1 < sents.len()
            && !sents[j + 1].attribution.is_empty()
            && sents[j + 1].toks.len() <= 8
        {
            speaker = Some(sents[j + 1].attribution.clone());
        }
        if speaker.is_none() && i > 0 && !sents[i - 1].attribution.is_empty() {
            let prev = sents[i - 1].span.slice(text).unwrap_or("").trim_end();
            if prev.ends_with(':') || prev.ends_with('.') {
                speaker = Some(sents[i - 1].attribution.clone());
            }
        }
        if let Some(sp) = speaker {
            for o in out.iter_mut().take(j + 1).skip(i) {
                *o = Some(sp.clone());
            }
        }
        i = j + 1;
    }
    // 'Healey said: "Our commitment is firm. We will keep training …"': a quote opened
    // after its speaker and left open runs on into the sentences after it, up to the one
    // that closes it
    for i in 0..sents.len() {
        if sents[i].attribution.is_empty() || sents[i].lang != "en" {
            continue;
        }
        let t = sents[i].span.slice(text).unwrap_or("");
        let straight = t.matches('"').count();
        let open = straight % 2 == 1 || t.matches('“').count() > t.matches('”').count();
        if !open {
            continue;
        }
        for j in i + 1..sents.len().min(i + 6) {
            if out[j].is_some() || !sents[j].attribution.is_empty() {
                break;
            }
            out[j] = Some(sents[i].attribution.clone());
            if sents[j]
                .span
                .slice(text)
                .unwrap_or("")
                .contains(['“', '”', '"'])
            {
                break;
            }
        }
    }
    out
}

/// The whole word a mention stands in, with a following head noun
/// ("Houthi-Miliz", "Hisbollah Miliz" gives "Miliz").
fn mention_word(text: &str, span: Span) -> &str {
    let rest = &text[span.end..];
    let word_end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .unwrap_or(rest.len());
    &text[span.start..span.end + word_end]
}

/// "The US and Europe imposed sanctions", "Norway and Belgium will contribute jets":
/// a party joined to the actor or recipient by "und"/"and"/a comma acts too, one
/// event per pair (GUIDELINES.md, multilateral acts).
fn conjuncts(text: &str, s: &Sent, ev: &Event) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    for role in [0usize, 1] {
        let id = if role == 0 { &ev.actor } else { &ev.recipient };
        let Some(id) = id else { continue };
        let Some(anchor) = s
            .cands
            .iter()
            .find(|c| *c.id == **id && ev.span.contains(&c.span) && (!c.speaker || role == 0))
        else {
            continue;
        };
        // "Norway, Canada and Sweden announced funding for the training": speakers who
        // are the actor act together
        // every other member of the anchor's coordination, before or after it
        // joint acts take the whole coordination; directed acts the parties after the anchor
        let whole = ev.kind.is_unordered() || ev.unordered;
        let member = |c: &&Cand| {
            c.chain == anchor.chain
                && c.span != anchor.span
                && (!c.speaker || anchor.speaker)
                && (whole || role == 0 || c.span.start > anchor.span.start)
        };
        // (most anchors stand alone: no copies of the event for them)
        if !s.cands.iter().any(|c| member(&c)) {
            continue;
        }
        // "Tokyo and Seoul imposed sanctions on North Korean and Russian entities": each
        // actor of the coordination with each target of the other (directed acts only)
        // (the bases are `ev` and then the events of `out` made so far, read in place:
        // the events pushed below come after them)
        let n_bases = if role == 1 && !whole {
            1 + out.len()
        } else {
            1
        };
        let first_new = out.len();
        for b in 0..n_bases {
            for c in s.cands.iter().filter(member) {
                let base = if b == 0 { ev } else { &out[b - 1] };
                let taken = base.actor.as_deref() == Some(&*c.id)
                    || base.recipient.as_deref() == Some(&*c.id)
                    || out.iter().enumerate().any(|(k, e)| {
                        if role == 0 {
                            e.actor.as_deref() == Some(&*c.id)
                        } else {
                            e.recipient.as_deref() == Some(&*c.id)
                                && (k >= first_new || n_bases == 1)
                                && e.actor == base.actor
                        }
                    });
                if taken {
                    continue;
                }
                let mut e = base.clone();
                if role == 0 {
                    e.actor = Some(String::from(&*c.id));
                } else {
                    e.recipient = Some(String::from(&*c.id));
                }
                e.span = e.span.cover(&c.span);
                e.evidence = text[e.span.start..e.span.end].to_string();
                out.push(e);
            }
        }
    }
    out
}

/// English: the trigger heads a definite noun phrase ("the shipments", "these first
/// deliveries", "the new package"): a determiner before it with at most two lower-case
/// words between that are no trigger.
fn definite_np(s: &Sent, lower: &str, tspan: Span) -> bool {
    let before = &s.toks[..s.toks.partition_point(|t| t.span.end <= tspan.start)];
    for (k, t) in before.iter().rev().enumerate() {
        let w = &lower[t.span.start..t.span.end];
        if matches!(
            w,
            "the"
                | "these"
                | "those"
                | "this"
                | "such"
                | "der"
                | "die"
                | "den"
                | "des"
                | "dem"
                | "diese"
                | "dieser"
                | "diesen"
                | "dieses"
                | "solche"
                | "solcher"
        ) {
            return true;
        }
        let word = w.chars().all(|c| c.is_alphabetic() || c == '-');
        if k >= 2
            || !word
            || s.triggers.iter().any(|(ts, _)| ts.overlaps(&t.span))
            || s.mentions.iter().any(|m| m.span.overlaps(&t.span))
        {
            return false;
        }
    }
    false
}

/// True when a denial verb follows the candidate in its clause ("Teheran bestreitet").
fn denial_before(s: &Sent, c: &Cand) -> bool {
    let end = s.clause_end(c.clause);
    s.cues_of(cue_kind::NEG).any(|(cs, cue)| {
        matches!(cue, Cue::Neg)
            && cs.start >= c.span.end
            && cs.end <= end
            && token_gap(&s.toks, c.span.end, cs.start) <= 2
    })
}

/// An act in a sentence of a civil domain ("tariffs on Chinese imports if no deal is
/// reached", "roll back tariffs, people familiar with the talks say") with nothing
/// military in it or in the sentences next to it (no military or war word, no weapon,
/// no defence office holder) is of that domain: trade, climate, peace talks. GUIDELINES: diplomatic statements not about
/// military cooperation are no events.
fn drop_civil(done: &mut Vec<Event>, sents: &[Sent<'_>], trace: Option<&mut Vec<SentenceTrace>>) {
    let civil = |si: usize| {
        sents.get(si).is_some_and(|s| {
            // (a civil word inside a party's name, "das US-Handelsministerium" that keeps
            // the Entity List, is the name of a body, not a civil domain)
            s.cues_of(cue_kind::CIVIL).any(|(cs, c)| {
                matches!(c, Cue::Civil)
                    && !s
                        .mentions
                        .iter()
                        .any(|m| matches!(m.kind, MentionKind::Party { .. }) && m.span.overlaps(cs))
            })
        }) && !sents[si.saturating_sub(1)..(si + 2).min(sents.len())]
            .iter()
            .any(military_signal)
    };
    drop_events(
        done,
        trace,
        "a sentence of a civil domain (trade, climate, peace) with nothing military in it or next to it",
        |e| civil(e.sentence),
    );
}

/// Talks or a deal between a party and a non-state armed group in an article that
/// speaks of peace ("talks between his government and the Taliban, who refused to
/// negotiate peace"; later "Washington and the Taliban held direct talks") are peace talks with a side of the war, not military cooperation with
/// it (GUIDELINES: meetings on security or military cooperation; diplomacy about other
/// things is no event).
fn drop_peace_talks(
    done: &mut Vec<Event>,
    sents: &[Sent<'_>],
    trace: Option<&mut Vec<SentenceTrace>>,
) {
    let groups: HashSet<&str> = sents
        .iter()
        .flat_map(|s| &s.mentions)
        .filter_map(|m| match &m.kind {
            MentionKind::Party { entity, .. } if entity.kind == EntityKind::Group => {
                Some(entity.party_id())
            }
            _ => None,
        })
        .collect();
    if groups.is_empty() {
        return;
    }
    if !sents.iter().any(|s| {
        s.cues_of(cue_kind::PEACE)
            .any(|(_, c)| matches!(c, Cue::Peace))
    }) {
        return;
    }
    drop_events(
        done,
        trace,
        "talks or a deal with an armed group on peace: no military cooperation",
        |e| {
            matches!(e.kind, EventType::Meeting | EventType::Agreement)
                && [&e.actor, &e.recipient]
                    .iter()
                    .any(|p| p.as_deref().is_some_and(|p| groups.contains(p)))
        },
    );
}

/// Troops that leave ("an agreement for US troops to begin leaving Afghanistan", "der
/// Abzug der russischen Soldaten aus Syrien") are no personnel sent to help: a
/// personnel event whose evidence names people (`person`) and then a `withdraw` word is
/// dropped.
fn drop_withdrawal(
    done: &mut Vec<Event>,
    sents: &[Sent<'_>],
    trace: Option<&mut Vec<SentenceTrace>>,
) {
    drop_events(
        done,
        trace,
        "troops that leave are no personnel sent to help",
        |e| {
            e.kind == EventType::Personnel
                && sents.get(e.sentence).is_some_and(|s| {
                    let inside = |cs: &Span| cs.start >= e.span.start && cs.end <= e.span.end;
                    // the people named first, then their leaving ("troops to begin leaving"),
                    // not a leaving before the people sent ("nach dem Abzug der Amerikaner
                    // Soldaten nach Syrien")
                    s.cues_of(cue_kind::PERSON).any(|(ps, p)| {
                        matches!(p, Cue::Person)
                            && inside(ps)
                            && s.cues_of(cue_kind::WITHDRAW).any(|(ws, w)| {
                                matches!(w, Cue::Withdraw) && inside(ws) && ws.start >= ps.end
                            })
                    })
                })
        },
    );
}

/// "Russian troops will arrive in Belarus for a joint exercise": people who come to
/// exercise with a party are the exercise's participants, not personnel sent to help it
/// (GUIDELINES: personnel are deployed to help another party). A personnel event is
/// dropped where its sentence makes an exercise of the same two parties that the
/// people come for ("for a joint exercise", "zu einem Manöver", "to take part in"), not
/// one told beside them ("mit Truppen an der Battlegroup und übt mit").
fn drop_exercise_people(
    done: &mut Vec<Event>,
    sents: &[Sent<'_>],
    trace: Option<&mut Vec<SentenceTrace>>,
) {
    let came_for = |s: &Sent<'_>| {
        s.triggers.iter().any(|(ts, tg)| {
            tg.kind == EventType::Exercise
                && !tg.block
                && s.lower_text[s.span.start..ts.start]
                    .split_whitespace()
                    .rev()
                    .take(4)
                    .any(|w| {
                        matches!(
                            w,
                            "for"
                                | "für"
                                | "zu"
                                | "zum"
                                | "zur"
                                | "join"
                                | "joining"
                                | "attend"
                                | "participate"
                                | "part"
                        )
                    })
        })
    };
    let drills: Vec<(usize, Option<String>, Option<String>)> = done
        .iter()
        .filter(|e| e.kind == EventType::Exercise && sents.get(e.sentence).is_some_and(came_for))
        .map(|e| (e.sentence, e.actor.clone(), e.recipient.clone()))
        .collect();
    drop_events(
        done,
        trace,
        "people who come for an exercise take part in it, they are not sent to help",
        |e| {
            e.kind == EventType::Personnel
                && e.actor.is_some()
                && drills.iter().any(|(si, a, r)| {
                    *si == e.sentence
                        && ((*a == e.actor && *r == e.recipient)
                            || (*a == e.recipient && *r == e.actor))
                })
        },
    );
}

/// A party named only as the place of a `place` noun ("visited the U.S.-Mexico border",
/// "the southern U.S. border", "an der polnischen Grenze") is a place visited, not a
/// side of a meeting: a meeting or agreement with such a party is dropped ("an der Grenze
/// zu Belarus"). GUIDELINES: a meeting is officials of two parties meeting.
fn drop_place_meetings(
    done: &mut Vec<Event>,
    sents: &[Sent<'_>],
    trace: Option<&mut Vec<SentenceTrace>>,
) {
    let place_only = |s: &Sent<'_>, id: &str| {
        let mut named = s
            .mentions
            .iter()
            .filter(|m| m.entity().is_some_and(|e| e.party_id() == id))
            .peekable();
        named.peek().is_some()
            && named.all(|m| {
                s.cues_of(cue_kind::PLACE).any(|(cs, c)| {
                    matches!(c, Cue::Place)
                        && ((cs.start >= m.span.end
                            && token_gap(&s.toks, m.span.end, cs.start) == 0)
                            // "an der Grenze zu Belarus", "the border with Belarus"
                            || (cs.end <= m.span.start
                                && token_gap(&s.toks, cs.end, m.span.start) == 1
                                && matches!(
                                    s.lower_text[cs.end..m.span.start].trim(),
                                    "zu" | "mit" | "with" | "to"
                                )))
                })
            })
    };
    drop_events(
        done,
        trace,
        "a party named only as a place (a border) is no side of a meeting",
        |e| {
            matches!(e.kind, EventType::Meeting | EventType::Agreement)
                && sents.get(e.sentence).is_some_and(|s| {
                    [&e.actor, &e.recipient]
                        .iter()
                        .any(|p| p.as_deref().is_some_and(|p| place_only(s, p)))
                })
        },
    );
}

/// A supply with a party missing and neither items nor money ("Trump sent", "received
/// FDA clearance for sales in the US", "Starship will be able to deliver") names no
/// materiel changing hands between two parties: everyday verbs of giving and getting
/// (send, deliver, get, receive, buy) say this of letters, cargo, plans and houses.
/// GUIDELINES: supply is materiel or money for it; with one side unknown and nothing
/// given named, nothing identifies the act as military.
fn drop_bare_supply(done: &mut Vec<Event>, trace: Option<&mut Vec<SentenceTrace>>) {
    let bare = |e: &Event| {
        e.kind == EventType::Supply
            && (e.actor.is_none() || e.recipient.is_none())
            && e.items.is_empty()
            && e.value.is_none()
    };
    drop_events(
        done,
        trace,
        "a supply with a party missing and no item or money: nothing given is named",
        |e| bare(e),
    );
}

/// Drops the events `out` picks and, for `explain`, tells each one's sentence why
/// ("RULE: why").
fn drop_events(
    done: &mut Vec<Event>,
    trace: Option<&mut Vec<SentenceTrace>>,
    why: &str,
    mut out: impl FnMut(&Event) -> bool,
) {
    // (the dropped rules are listed for `explain` only)
    let traced = trace.is_some();
    let mut dropped = Vec::new();
    done.retain(|e| {
        let o = out(e);
        if o && traced {
            dropped.push((e.sentence, e.rule.clone()));
        }
        !o
    });
    if let Some(tv) = trace {
        for (si, rule) in dropped {
            if let Some(t) = tv.iter_mut().find(|t| t.index == si) {
                t.misses.push(format!("{rule}: {why}"));
            }
        }
    }
}

#[cfg(test)]
mod tests;
