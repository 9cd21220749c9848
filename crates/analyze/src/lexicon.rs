//! Gazetteers and word lists, loaded once from the data files.
//!
//! Formats (see `data/gazetteer/README.md`): TSV, `#` comments.
//! - entities (`states.tsv`, `orgs.tsv`, `persons.tsv`): `id state kind lang surface`
//! - `systems.tsv`: `name category maker lang surface`
//! - `items-LANG.tsv`: `category match surface`
//! - `roles.tsv`: `lang role surface`
//!
//! Entities are matched case-sensitively on the original text (a surface
//! written in lower case also matches with a capital first letter, for the
//! start of a sentence); item words, roles and rule triggers are matched on
//! the lower-cased text by a [`WordMatcher`], which knows whole words,
//! prefixes and suffixes of German compounds, and keeps the longest match.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, MatchKind};
use milcoop_core::dfa::FlatDfa;
use milcoop_core::{ItemCategory, Span};
use std::collections::HashMap;
use std::sync::Arc;

/// Where in a word a lexicon entry may match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchMode {
    /// The whole word (or words).
    Word,
    /// The start of a word ("drohnen" in "Drohnenlieferungen").
    Prefix,
    /// The end of a word ("drohnen" in "Kamikazedrohnen").
    Suffix,
    /// Anywhere inside a word.
    Contains,
}

impl MatchMode {
    /// Parses `word`, `prefix`, `suffix`, `contains`.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "word" => MatchMode::Word,
            "prefix" => MatchMode::Prefix,
            "suffix" => MatchMode::Suffix,
            "contains" => MatchMode::Contains,
            _ => return None,
        })
    }
}

/// An error in a data file: which file, which line, what.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct DataError {
    /// The data file.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Iterates the data rows of a TSV text: (line number, columns), skipping
/// comments and blank lines.
pub fn tsv_rows(src: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    src.lines().enumerate().filter_map(|(i, l)| {
        let l = l.trim_end_matches('\r');
        if l.trim().is_empty() || l.trim_start().starts_with('#') {
            None
        } else {
            Some((i + 1, l.split('\t').map(str::trim).collect()))
        }
    })
}

#[inline(always)]
fn is_alnum_at(text: &str, i: usize, before: bool) -> bool {
    // ASCII neighbours (the common case) need no decoding
    let b = if before {
        i.checked_sub(1).map(|j| text.as_bytes()[j])
    } else {
        text.as_bytes().get(i).copied()
    };
    match b {
        None => return false,
        Some(b) if b < 0x80 => return b.is_ascii_alphanumeric(),
        _ => {}
    }
    if before {
        text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric())
    } else {
        text[i..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric())
    }
}

/// A hit of a [`WordMatcher`]: byte span into the searched text and the
/// index of the entry's payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Byte span into the text searched.
    pub span: Span,
    /// Index of the payload in the matcher.
    pub payload: usize,
}

/// Matches lower-case word entries by [`MatchMode`] in lower-cased text and
/// keeps, among overlapping hits, the longest.
pub struct WordMatcher<T> {
    ac: Option<AhoCorasick>,
    /// The same automaton as a DFA ([`WordMatcher::new_dfa`]), copied into a
    /// table of our own: walked by a loop without the dynamic dispatch of the
    /// `AhoCorasick` iterator or the bounds checks of the crate's DFA at every byte.
    dfa: Option<FlatDfa>,
    modes: Vec<MatchMode>,
    payload_of: Vec<usize>,
    payloads: Vec<T>,
}

impl<T> WordMatcher<T> {
    /// Builds a matcher from `(mode, surface, payload)`; surfaces are lower-cased.
    pub fn new(entries: Vec<(MatchMode, String, T)>) -> Self {
        Self::build(entries, false)
    }

    /// Like [`WordMatcher::new`], with a DFA: several times the memory of the
    /// default automaton and slower to build, but fewer steps per byte, for the
    /// one matcher that runs over every sentence.
    pub fn new_dfa(entries: Vec<(MatchMode, String, T)>) -> Self {
        Self::build(entries, true)
    }

    fn build(entries: Vec<(MatchMode, String, T)>, dfa: bool) -> Self {
        let mut pats = Vec::with_capacity(entries.len());
        let mut modes = Vec::with_capacity(entries.len());
        let mut payload_of = Vec::with_capacity(entries.len());
        let mut payloads = Vec::with_capacity(entries.len());
        for (i, (mode, surface, payload)) in entries.into_iter().enumerate() {
            pats.push(crate::token::lower_same_len(&surface));
            modes.push(mode);
            payload_of.push(i);
            payloads.push(payload);
        }
        let (ac, dfa) = if pats.is_empty() {
            (None, None)
        } else if dfa {
            let d = aho_corasick::dfa::Builder::new()
                .match_kind(MatchKind::Standard)
                .prefilter(false)
                .start_kind(aho_corasick::StartKind::Unanchored)
                .build(&pats)
                .expect("automaton");
            (None, Some(FlatDfa::new(&d, &pats, false)))
        } else {
            let ac = AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build(&pats)
                .expect("automaton");
            (Some(ac), None)
        };
        WordMatcher {
            ac,
            dfa,
            modes,
            payload_of,
            payloads,
        }
    }

    /// The payload of a hit.
    pub fn payload(&self, hit: &Hit) -> &T {
        &self.payloads[hit.payload]
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.payloads.len()
    }

    /// True when the matcher has no entry.
    pub fn is_empty(&self) -> bool {
        self.payloads.is_empty()
    }

    /// All non-overlapping longest hits in `lower[span]` (offsets into `lower`).
    pub fn find(&self, lower: &str, span: Span) -> Vec<Hit> {
        longest_non_overlapping(self.find_raw(lower, span))
    }

    /// Every hit whose match mode fits, overlapping ones included.
    pub fn find_raw(&self, lower: &str, span: Span) -> Vec<Hit> {
        let mut hits: Vec<Hit> = Vec::with_capacity(span.len() / 8);
        self.find_raw_into(lower, span, &mut hits);
        hits
    }

    /// [`WordMatcher::find_raw`], appending the hits to `hits` (a buffer an engine
    /// fills for all sentences of an article: no vector per sentence).
    pub fn find_raw_into(&self, lower: &str, span: Span, hits: &mut Vec<Hit>) {
        if let Some(dfa) = &self.dfa {
            // every match of every state passed, in the order the overlapping iterator
            // reports them: by end, then by the state's match list
            let bytes = &lower.as_bytes()[..span.end];
            let mut sid = dfa.start();
            let mut at = span.start;
            while at < bytes.len() {
                let (n, next) = dfa.walk_to_match(&bytes[at..], sid);
                at += n;
                sid = next;
                if dfa.is_match(sid) {
                    // whether a word ends here is the same for every match of the state
                    let ok_end = !is_alnum_at(lower, at, false);
                    for &(pid, len) in dfa.matches(sid) {
                        let s = at - len as usize;
                        let pid = pid as usize;
                        let ok = match self.modes[pid] {
                            MatchMode::Word => ok_end && !is_alnum_at(lower, s, true),
                            MatchMode::Prefix => !is_alnum_at(lower, s, true),
                            MatchMode::Suffix => ok_end,
                            MatchMode::Contains => true,
                        };
                        if ok {
                            hits.push(Hit {
                                span: Span::new(s, at),
                                payload: self.payload_of[pid],
                            });
                        }
                    }
                }
            }
            return;
        }
        let Some(ac) = &self.ac else { return };
        let hay = &lower[span.start..span.end];
        for m in ac.find_overlapping_iter(hay) {
            let (s, e) = (span.start + m.start(), span.start + m.end());
            self.push_hit(lower, s, e, m.pattern().as_usize(), hits);
        }
    }

    /// Pushes the hit of pattern `pid` at `s..e` when its match mode fits.
    #[inline]
    fn push_hit(&self, lower: &str, s: usize, e: usize, pid: usize, hits: &mut Vec<Hit>) {
        let ok_start = !is_alnum_at(lower, s, true);
        let ok_end = !is_alnum_at(lower, e, false);
        let ok = match self.modes[pid] {
            MatchMode::Word => ok_start && ok_end,
            MatchMode::Prefix => ok_start,
            MatchMode::Suffix => ok_end,
            MatchMode::Contains => true,
        };
        if ok {
            hits.push(Hit {
                span: Span::new(s, e),
                payload: self.payload_of[pid],
            });
        }
    }
}

/// Keeps the longest of overlapping hits (earlier first among equals), in text order.
pub fn longest_non_overlapping(mut hits: Vec<Hit>) -> Vec<Hit> {
    if hits.len() < 2 {
        return hits;
    }
    // Hits already in text order, none overlapping another (the same span
    // repeated in a row aside): all are kept, in the order given (what the two
    // stable sorts below give them). Hits of a matcher come by end, so this is
    // the common case of a sentence without overlaps.
    if hits.iter().all(|h| h.span.start < h.span.end)
        && hits
            .windows(2)
            .all(|w| w[0].span == w[1].span || w[0].span.end <= w[1].span.start)
    {
        return hits;
    }
    hits.sort_by(|a, b| {
        b.span
            .len()
            .cmp(&a.span.len())
            .then(a.span.start.cmp(&b.span.start))
    });
    // the hits kept are compacted to the front of the vector, in the order taken
    let mut n = 0;
    for i in 0..hits.len() {
        let h = hits[i];
        // entries with the very same span all stay: "announced" is a reporting verb and a status cue
        if !hits[..n]
            .iter()
            .any(|k| k.span.overlaps(&h.span) && k.span != h.span)
        {
            hits[n] = h;
            n += 1;
        }
    }
    hits.truncate(n);
    hits.sort_by_key(|h| h.span.start);
    hits
}

/// What kind of name an entity surface is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// A state's name or short form.
    Name,
    /// German genitive ("Irans").
    Gen,
    /// Adjective ("iranische", "Iranian").
    Adj,
    /// Demonym ("Iraner", "Iranians").
    Demonym,
    /// Capital or seat of power used as metonym ("Teheran").
    Capital,
    /// Other metonym ("Kreml").
    Metonym,
    /// Government phrase ("Biden-Regierung").
    Gov,
    /// A body of a state (ministry, armed forces, intelligence).
    Organ,
    /// A company acting for its state.
    Company,
    /// State media (TASS, IRNA).
    StateMedia,
    /// A news outlet or agency.
    Media,
    /// A think tank.
    ThinkTank,
    /// A non-state armed group.
    Group,
    /// An international organisation.
    Intl,
    /// A person (the role key is kept separately).
    Person,
}

impl EntityKind {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "name" => EntityKind::Name,
            "gen" => EntityKind::Gen,
            "adj" => EntityKind::Adj,
            "demonym" => EntityKind::Demonym,
            "capital" => EntityKind::Capital,
            "metonym" => EntityKind::Metonym,
            "gov" => EntityKind::Gov,
            "organ" => EntityKind::Organ,
            "company" => EntityKind::Company,
            "statemedia" => EntityKind::StateMedia,
            "media" => EntityKind::Media,
            "thinktank" => EntityKind::ThinkTank,
            "group" => EntityKind::Group,
            "intl" => EntityKind::Intl,
            _ => return None,
        })
    }
    /// True for kinds that can be a party of an event (not outlets, think tanks).
    pub fn can_be_party(&self) -> bool {
        !matches!(self, EntityKind::Media | EntityKind::ThinkTank)
    }
}

/// One entity surface form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// `RUS`, `org:irgc`, `person:john-kirby` (shared: a mention's copy costs no allocation).
    pub id: Arc<str>,
    /// The state it acts or speaks for, if any.
    pub state: Option<Arc<str>>,
    /// What kind of surface this is.
    pub kind: EntityKind,
    /// For persons: the role key (`foreign_minister`, ...).
    pub role: Option<Arc<str>>,
}

impl Entity {
    /// The id that stands for this entity as a party of an event: the state
    /// it acts for, else its own id (groups, international bodies).
    pub fn party_id(&self) -> &str {
        self.state.as_deref().unwrap_or(&self.id)
    }
}

/// A weapon system or generic item word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Item category.
    pub category: ItemCategory,
    /// The state that makes it (systems only; `None` for multinational or generic;
    /// shared: a mention's copy costs no allocation).
    pub maker: Option<Arc<str>>,
    /// Canonical system name, `None` for generic words.
    pub system: Option<String>,
}

/// All loaded knowledge of the analysis stage.
pub struct Lexicon {
    /// Entity surfaces, indexed by the entity automaton's pattern id.
    pub entities: Vec<Entity>,
    /// Systems (case-sensitive names).
    pub systems: Vec<Item>,
    /// One automaton of the entity surfaces (pattern ids `0..entities.len()`) and the
    /// system names (after them): both gazetteers in one walk from each word start.
    gazetteer: Option<Gazetteer>,
    /// Generic item words per language.
    pub items: HashMap<String, WordMatcher<Item>>,
    /// Role nouns per language: payload is the role key.
    pub roles: HashMap<String, WordMatcher<Arc<str>>>,
    /// Person surfaces by entity id, for "sagte Kirby".
    pub persons: HashMap<String, Vec<usize>>,
    /// Phrases that contain a surface but name nothing ("Latin America", "think tank").
    pub stop: WordMatcher<()>,
    /// The item word entries per language, for engines that fold them into one automaton.
    pub item_entries: HashMap<String, Vec<(MatchMode, String, Item)>>,
    /// The role noun entries per language, likewise.
    pub role_entries: HashMap<String, Vec<(MatchMode, String, Arc<str>)>>,
    /// The stop phrases, likewise.
    pub stop_surfaces: Vec<String>,
}

/// The texts of every data file, so that tests can load small lexicons.
#[derive(Debug, Clone, Copy, Default)]
pub struct Sources<'a> {
    /// `(file name, content)` of entity files.
    pub entities: &'a [(&'a str, &'a str)],
    /// `systems.tsv`.
    pub systems: &'a str,
    /// `(language, content)` of item word files.
    pub items: &'a [(&'a str, &'a str)],
    /// `roles.tsv`.
    pub roles: &'a str,
    /// `stop.tsv`: `lang surface`.
    pub stop: &'a str,
}

fn capitalised(s: &str) -> Option<String> {
    let mut cs = s.chars();
    let f = cs.next()?;
    if !f.is_lowercase() {
        return None;
    }
    Some(f.to_uppercase().chain(cs).collect())
}

fn derr(file: &str, line: usize, message: impl Into<String>) -> DataError {
    DataError {
        file: file.to_string(),
        line,
        message: message.into(),
    }
}

impl Lexicon {
    /// Loads every data file compiled into the binary.
    pub fn embedded() -> Result<Self, DataError> {
        Self::load(&crate::lexicon::EMBEDDED)
    }

    /// Loads from the given sources.
    pub fn load(src: &Sources<'_>) -> Result<Self, DataError> {
        let mut entities = Vec::new();
        let mut pats: Vec<String> = Vec::new();
        let mut pat_entity: Vec<usize> = Vec::new();
        let mut persons: HashMap<String, Vec<usize>> = HashMap::new();
        for (file, text) in src.entities {
            for (line, cols) in tsv_rows(text) {
                if cols.len() < 5 {
                    return Err(derr(
                        file,
                        line,
                        format!("expected 5 columns, found {}", cols.len()),
                    ));
                }
                let (id, state, kind, _lang, surface) =
                    (cols[0], cols[1], cols[2], cols[3], cols[4]);
                if surface.is_empty() {
                    continue;
                }
                let is_person = id.starts_with("person:");
                let ekind = if is_person {
                    EntityKind::Person
                } else {
                    EntityKind::parse(kind)
                        .ok_or_else(|| derr(file, line, format!("unknown kind {kind:?}")))?
                };
                let state = if state == "-" || state.is_empty() {
                    None
                } else {
                    Some(Arc::from(state))
                };
                let idx = entities.len();
                entities.push(Entity {
                    id: Arc::from(id),
                    state,
                    kind: ekind,
                    role: if is_person {
                        Some(Arc::from(kind))
                    } else {
                        None
                    },
                });
                if is_person {
                    persons.entry(id.to_string()).or_default().push(idx);
                }
                pats.push(surface.to_string());
                pat_entity.push(idx);
                if let Some(c) = capitalised(surface) {
                    pats.push(c);
                    pat_entity.push(idx);
                }
            }
        }
        // Re-index: one entity record per pattern keeps lookups trivial.
        let entities: Vec<Entity> = pat_entity.iter().map(|&i| entities[i].clone()).collect();

        let mut systems = Vec::new();
        let mut spats = Vec::new();
        for (line, cols) in tsv_rows(src.systems) {
            if cols.len() < 5 {
                return Err(derr("systems.tsv", line, "expected 5 columns"));
            }
            let category = ItemCategory::parse(cols[1]).ok_or_else(|| {
                derr(
                    "systems.tsv",
                    line,
                    format!("unknown category {:?}", cols[1]),
                )
            })?;
            let maker = if cols[2] == "-" || cols[2].is_empty() {
                None
            } else {
                Some(Arc::from(cols[2]))
            };
            systems.push(Item {
                category,
                maker,
                system: Some(cols[0].to_string()),
            });
            spats.push(cols[4].to_string());
        }
        // entity surfaces first: a pattern id below `entities.len()` is an entity's
        pats.extend(spats);
        let gazetteer = build_ac(&pats);

        let mut items = HashMap::new();
        let mut item_entries = HashMap::new();
        for (lang, text) in src.items {
            let mut entries = Vec::new();
            for (line, cols) in tsv_rows(text) {
                if cols.len() < 3 {
                    return Err(derr(
                        &format!("items-{lang}.tsv"),
                        line,
                        "expected 3 columns",
                    ));
                }
                let category = ItemCategory::parse(cols[0]).ok_or_else(|| {
                    derr(
                        &format!("items-{lang}.tsv"),
                        line,
                        format!("unknown category {:?}", cols[0]),
                    )
                })?;
                let mode = MatchMode::parse(cols[1]).ok_or_else(|| {
                    derr(
                        &format!("items-{lang}.tsv"),
                        line,
                        format!("unknown match {:?}", cols[1]),
                    )
                })?;
                entries.push((
                    mode,
                    cols[2].to_string(),
                    Item {
                        category,
                        maker: None,
                        system: None,
                    },
                ));
            }
            item_entries.insert(lang.to_string(), entries.clone());
            items.insert(lang.to_string(), WordMatcher::new(entries));
        }

        let mut role_entries: HashMap<String, Vec<(MatchMode, String, Arc<str>)>> = HashMap::new();
        for (line, cols) in tsv_rows(src.roles) {
            if cols.len() < 3 {
                return Err(derr("roles.tsv", line, "expected 3 columns"));
            }
            let langs: Vec<&str> = if cols[0] == "*" {
                vec!["de", "en"]
            } else {
                vec![cols[0]]
            };
            for l in langs {
                role_entries.entry(l.to_string()).or_default().push((
                    MatchMode::Word,
                    cols[2].to_string(),
                    Arc::from(cols[1]),
                ));
            }
        }
        let role_raw = role_entries.clone();
        let roles = role_entries
            .into_iter()
            .map(|(k, v)| (k, WordMatcher::new(v)))
            .collect();

        let stop_surfaces: Vec<String> = tsv_rows(src.stop)
            .filter(|(_, c)| c.len() >= 2)
            .map(|(_, c)| c[1].to_string())
            .collect();
        let stop = WordMatcher::new(
            tsv_rows(src.stop)
                .filter(|(_, c)| c.len() >= 2)
                .map(|(_, c)| (MatchMode::Word, c[1].to_string(), ()))
                .collect(),
        );
        Ok(Lexicon {
            entities,
            systems,
            gazetteer,
            items,
            roles,
            persons,
            stop,
            item_entries,
            role_entries: role_raw,
            stop_surfaces,
        })
    }

    /// Entity hits in `text[span]`: `(span, entity index)`, longest first, non-overlapping.
    /// A name may be followed by a non-letter (hyphen compounds) or a possessive `s`.
    pub fn find_entities(&self, text: &str, span: Span) -> Vec<(Span, usize)> {
        self.find_gazetteers(text, span).0
    }

    /// System hits in `text[span]`: `(span, system index)`. A system name may
    /// be followed by a hyphen compound ("Su-35-Kampfflugzeuge") or a plural `s`.
    pub fn find_systems(&self, text: &str, span: Span) -> Vec<(Span, usize)> {
        self.find_gazetteers(text, span).1
    }

    /// [`Lexicon::find_entities`] and [`Lexicon::find_systems`] in one pass: one walk of
    /// the joint automaton from each word start ([`word_starts`]) finds both.
    #[allow(clippy::type_complexity)]
    pub fn find_gazetteers(
        &self,
        text: &str,
        span: Span,
    ) -> (Vec<(Span, usize)>, Vec<(Span, usize)>) {
        let (mut entities, mut systems) = (Vec::new(), Vec::new());
        self.find_gazetteers_into(text, span, &mut entities, &mut systems);
        (entities, systems)
    }

    /// [`Lexicon::find_gazetteers`], appending the hits to `entities` and `systems`
    /// (buffers an engine fills for all sentences of an article: no vectors per sentence).
    pub fn find_gazetteers_into(
        &self,
        text: &str,
        span: Span,
        entities: &mut Vec<(Span, usize)>,
        systems: &mut Vec<(Span, usize)>,
    ) {
        let Some(g) = &self.gazetteer else {
            return;
        };
        let ne = self.entities.len();
        // each gazetteer's walks start only at word starts, and after its own hit at its end
        let mut next = (span.start, span.start);
        let bytes = text.as_bytes();
        // (small, so inlined into the loop over word starts with the tests that reject
        // most of them: a call per word start cost more than those tests)
        for_word_starts(text, span, |pos| {
            if (pos >= next.0 || pos >= next.1) && g.may_walk(bytes, span, pos) {
                g.take(text, span, pos, ne, &mut next, entities, systems);
            }
        });
    }
}

/// After an entity surface: a possessive or genitive `s`.
#[inline]
fn entity_suffix_ok(rest: &str) -> bool {
    rest.starts_with("s ") || rest.starts_with("s,") || rest.starts_with("s.") || rest == "s"
}

/// After a system name: a plural `s`.
#[inline]
fn system_suffix_ok(rest: &str) -> bool {
    rest.starts_with('s') && !rest[1..].starts_with(|c: char| c.is_alphanumeric())
}

/// True for the bytes of ASCII letters and digits.
pub static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The length of the run of ASCII letters and digits that starts `b` (byte
/// by byte: the runs are words, mostly shorter than the eight bytes a
/// word-at-a-time test would need to pay off; measured slower).
#[inline]
pub fn ascii_alnum_run(b: &[u8]) -> usize {
    b.iter()
        .position(|&c| !ASCII_ALNUM[usize::from(c)])
        .unwrap_or(b.len())
}

/// The byte offsets in `text[span]` where a gazetteer walk may start: character
/// boundaries whose preceding character (in `text`, so also before the span) is no
/// letter or digit, in order.
pub fn word_starts(text: &str, span: Span) -> Vec<usize> {
    let mut out = Vec::with_capacity(span.len() / 4);
    for_word_starts(text, span, |i| out.push(i));
    out
}

/// Calls `f` with each of the [`word_starts`] of `text[span]`, in order.
#[inline(always)]
fn for_word_starts(text: &str, span: Span, mut f: impl FnMut(usize)) {
    let bytes = text.as_bytes();
    let end = span.end.min(bytes.len());
    let mut prev_alnum = text
        .get(..span.start)
        .and_then(|t| t.chars().next_back())
        .is_some_and(char::is_alphanumeric);
    let mut i = span.start;
    // (one call of `f` in the loop, so that it is inlined once)
    while i < end {
        let b = bytes[i];
        let (boundary, alnum, len) = if b < 0x80 {
            (true, ASCII_ALNUM[usize::from(b)], 1)
        } else if b < 0xC0 {
            // inside a character (only where a span does not start at a boundary)
            (false, prev_alnum, 1)
        } else {
            let c = text.get(i..).and_then(|t| t.chars().next()).unwrap_or(' ');
            (true, c.is_alphanumeric(), c.len_utf8())
        };
        if boundary && !prev_alnum {
            f(i);
        }
        prev_alnum = alnum;
        i += len;
        // the rest of a run of ASCII letters and digits starts nothing
        if b < 0x80 && alnum {
            i += ascii_alnum_run(&bytes[i..end]);
        }
    }
}

#[cfg(test)]
/// Leftmost-longest hits of `ac` in `text[span]` that start a word and end one,
/// or end where `suffix_ok` accepts the rest of the text. Where the longest match at a
/// position does not end a word ("britischer Geheimdienst|e"), the shorter ones at the
/// same start are tried ("britischer").
///
/// Since a hit must start a word, this walks the automaton anchored from each
/// position after a non-alphanumeric character (what a leftmost-longest search
/// that drops hits inside words finds), keeping every match on the way so that
/// the shorter ones need no second search.
fn bounded_hits(
    ac: Option<&Gazetteer>,
    text: &str,
    span: Span,
    starts: &[usize],
    suffix_ok: impl Fn(&str) -> bool,
) -> Vec<(Span, usize)> {
    let Some(ac) = ac else {
        return vec![];
    };
    // (the reference for [`Gazetteer::walk`])
    let Gazetteer {
        nfa, start, first, ..
    } = ac;
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // the walks start only at word starts ([`word_starts`]), and after a hit at its end
    let mut next = span.start;
    for &pos in starts {
        if pos < next || pos >= span.end {
            continue;
        }
        // a byte no surface starts with
        if !first[usize::from(bytes[pos])] {
            continue;
        }
        // no surface starts with these three bytes (nor is a shorter one): no walk
        if pos + 3 <= span.end && !ac.may_start(&bytes[pos..pos + 3]) {
            continue;
        }
        // the longest match of the walk that ends a word or is followed by what
        // `suffix_ok` accepts: (end, pattern)
        let mut hit: Option<(usize, usize)> = None;
        let mut sid = *start;
        for (k, &byte) in bytes[pos..span.end.min(bytes.len())].iter().enumerate() {
            let at = pos + k;
            sid = nfa.next_state(Anchored::Yes, sid, byte);
            if nfa.is_special(sid) {
                if nfa.is_dead(sid) {
                    break;
                }
                if nfa.is_match(sid) {
                    let pid = nfa.match_pattern(sid, 0);
                    let e = at + 1;
                    // a match copied from a failure state starts later: not this walk's
                    if e - nfa.pattern_len(pid) == pos
                        && (!is_alnum_at(text, e, false) || suffix_ok(&text[e..]))
                    {
                        hit = Some((e, pid.as_usize()));
                    }
                }
            }
        }
        if let Some((e, pid)) = hit {
            out.push((Span::new(pos, e), pid));
            next = e;
        }
    }
    out
}

/// A case-sensitive gazetteer automaton, walked anchored from word starts.
struct Gazetteer {
    nfa: NFA,
    /// The anchored start state.
    start: StateID,
    /// The bytes some surface starts with.
    first: [bool; 256],
    /// A hashed set of the first three bytes of the surfaces of three bytes
    /// or more: most word starts leave the automaton within three bytes.
    prefix3: Box<[u64; PREFIX3_WORDS]>,
    /// The first two bytes of every three that start with a surface of one
    /// or two bytes (a set of byte pairs).
    short: Box<[u64; PREFIX3_WORDS]>,
    /// A hashed set of the first four bytes of the surfaces of four bytes or more:
    /// many word starts that pass [`Gazetteer::prefix3`] leave within four bytes.
    prefix4: Box<[u64; PREFIX3_WORDS]>,
    /// A hashed set of the surfaces of three bytes.
    three: Box<[u64; PREFIX3_WORDS]>,
}

const PREFIX3_WORDS: usize = 1024;

fn prefix3_hash(b: &[u8]) -> usize {
    let x = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
    (x.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

fn prefix4_hash(b: &[u8]) -> usize {
    let x = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    (x.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

#[inline]
fn bit(set: &[u64; PREFIX3_WORDS], h: usize) -> bool {
    set[h >> 6] & (1 << (h & 63)) != 0
}

impl Gazetteer {
    /// False when no surface can match at the start of `b` (four bytes) where
    /// [`Gazetteer::may_start`] found that one might.
    #[inline]
    fn may_start4(&self, b: &[u8]) -> bool {
        let p = (usize::from(b[0]) << 8) | usize::from(b[1]);
        bit(&self.prefix4, prefix4_hash(b))
            || bit(&self.three, prefix3_hash(b))
            || bit(&self.short, p)
    }

    /// The walk from word start `pos` of `text[span]`: the longest entity surface
    /// (pattern id below `ne`) and the longest system name (the other ids) that start
    /// there and end a word or are followed by what their suffix test accepts,
    /// as `(end, pattern)`. Where the longest match at a position does not end a word
    /// ("britischer Geheimdienst|e"), the shorter ones at the same start are taken
    /// ("britischer"): every match on the way is kept.
    ///
    /// Only where [`Gazetteer::may_walk`] is true (the walk finds nothing elsewhere).
    #[inline]
    #[allow(clippy::type_complexity)]
    fn walk(
        &self,
        text: &str,
        span: Span,
        pos: usize,
        ne: usize,
    ) -> (Option<(usize, usize)>, Option<(usize, usize)>) {
        let bytes = text.as_bytes();
        let (mut ent, mut sys) = (None, None);
        let nfa = &self.nfa;
        let mut sid = self.start;
        for (k, &byte) in bytes[pos..span.end.min(bytes.len())].iter().enumerate() {
            sid = nfa.next_state(Anchored::Yes, sid, byte);
            if nfa.is_special(sid) {
                if nfa.is_dead(sid) {
                    break;
                }
                if nfa.is_match(sid) {
                    let e = pos + k + 1;
                    // the state's own patterns (in id order, so entities first) come
                    // before the matches copied from failure states, which start later
                    let (mut e_pid, mut s_pid) = (None, None);
                    for i in 0..nfa.match_len(sid) {
                        let pid = nfa.match_pattern(sid, i);
                        if e - nfa.pattern_len(pid) != pos {
                            break;
                        }
                        let pid = pid.as_usize();
                        if pid < ne {
                            e_pid.get_or_insert(pid);
                        } else {
                            s_pid.get_or_insert(pid);
                            break;
                        }
                    }
                    if e_pid.is_none() && s_pid.is_none() {
                        continue;
                    }
                    let word_end = !is_alnum_at(text, e, false);
                    if let Some(pid) = e_pid
                        && (word_end || entity_suffix_ok(&text[e..]))
                    {
                        ent = Some((e, pid));
                    }
                    if let Some(pid) = s_pid
                        && (word_end || system_suffix_ok(&text[e..]))
                    {
                        sys = Some((e, pid));
                    }
                }
            }
        }
        (ent, sys)
    }

    /// The walk from word start `pos` ([`Gazetteer::walk`]) for the gazetteers whose
    /// last hit (`next`: entities, systems) ends at or before it: their hits go to
    /// `entities` and `systems` and move `next` to their ends.
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn take(
        &self,
        text: &str,
        span: Span,
        pos: usize,
        ne: usize,
        next: &mut (usize, usize),
        entities: &mut Vec<(Span, usize)>,
        systems: &mut Vec<(Span, usize)>,
    ) {
        let (e, s) = self.walk(text, span, pos, ne);
        if pos >= next.0
            && let Some((e, pid)) = e
        {
            entities.push((Span::new(pos, e), pid));
            next.0 = e;
        }
        if pos >= next.1
            && let Some((e, pid)) = s
        {
            systems.push((Span::new(pos, e), pid - ne));
            next.1 = e;
        }
    }

    /// False when no surface can start at word start `pos` of `bytes[..span.end]`.
    #[inline(always)]
    fn may_walk(&self, bytes: &[u8], span: Span, pos: usize) -> bool {
        // a byte no surface starts with
        if !self.first[usize::from(bytes[pos])] {
            return false;
        }
        // no surface starts with these three bytes (nor is a shorter one): no walk
        if pos + 3 <= span.end && !self.may_start(&bytes[pos..pos + 3]) {
            return false;
        }
        // nor with these four bytes (nor is one of three bytes)
        pos + 4 > span.end || self.may_start4(&bytes[pos..pos + 4])
    }

    /// False when no surface can match at the start of `b` (three bytes).
    #[inline]
    fn may_start(&self, b: &[u8]) -> bool {
        let h = prefix3_hash(b);
        let p = (usize::from(b[0]) << 8) | usize::from(b[1]);
        self.prefix3[h >> 6] & (1 << (h & 63)) != 0 || self.short[p >> 6] & (1 << (p & 63)) != 0
    }
}

fn build_ac(pats: &[String]) -> Option<Gazetteer> {
    if pats.is_empty() {
        return None;
    }
    let nfa = aho_corasick::nfa::contiguous::Builder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(pats)
        .expect("automaton");
    let start = nfa.start_state(Anchored::Yes).expect("anchored start");
    let mut first = [false; 256];
    let mut prefix3 = Box::new([0u64; PREFIX3_WORDS]);
    let mut short = Box::new([0u64; PREFIX3_WORDS]);
    let mut prefix4 = Box::new([0u64; PREFIX3_WORDS]);
    let mut three = Box::new([0u64; PREFIX3_WORDS]);
    for p in pats {
        let b = p.as_bytes();
        if let Some(&f) = b.first() {
            first[usize::from(f)] = true;
        }
        if b.len() >= 3 {
            let h = prefix3_hash(b);
            prefix3[h >> 6] |= 1 << (h & 63);
            let (set, h) = if b.len() >= 4 {
                (&mut prefix4, prefix4_hash(b))
            } else {
                (&mut three, h)
            };
            set[h >> 6] |= 1 << (h & 63);
        } else if !b.is_empty() {
            // a surface of one byte: every pair it starts
            let seconds = if b.len() == 2 { b[1]..=b[1] } else { 0..=255 };
            for b1 in seconds {
                let p = (usize::from(b[0]) << 8) | usize::from(b1);
                short[p >> 6] |= 1 << (p & 63);
            }
        }
    }
    Some(Gazetteer {
        nfa,
        start,
        first,
        prefix3,
        short,
        prefix4,
        three,
    })
}

/// The data files compiled into the binary.
pub static EMBEDDED: Sources<'static> = Sources {
    entities: &[
        (
            "states.tsv",
            include_str!("../../../data/gazetteer/states.tsv"),
        ),
        ("orgs.tsv", include_str!("../../../data/gazetteer/orgs.tsv")),
        (
            "persons.tsv",
            include_str!("../../../data/gazetteer/persons.tsv"),
        ),
    ],
    systems: include_str!("../../../data/gazetteer/systems.tsv"),
    items: &[
        ("de", include_str!("../../../data/gazetteer/items-de.tsv")),
        ("en", include_str!("../../../data/gazetteer/items-en.tsv")),
    ],
    roles: include_str!("../../../data/gazetteer/roles.tsv"),
    stop: include_str!("../../../data/gazetteer/stop.tsv"),
};

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const STATES: &str = "IRN\tIRN\tname\t*\tIran\nIRN\tIRN\tadj\tde\tiranische\nRUS\tRUS\tname\tde\tRussland\nRUS\tRUS\tcapital\t*\tMoskau\nUSA\tUSA\tname\t*\tUSA\nUSA\tUSA\tname\ten\tU.S.\n";
    pub(crate) const ORGS: &str =
        "org:irgc\tIRN\torgan\t*\tIRGC\norg:reuters\t-\tmedia\t*\tReuters\n";
    pub(crate) const PERSONS: &str = "person:john-kirby\tUSA\tspokesperson\t*\tJohn Kirby\nperson:john-kirby\tUSA\tspokesperson\t*\tKirby\n";
    pub(crate) const SYSTEMS: &str =
        "Shahed-136\tuav\tIRN\t*\tShahed-136\nSu-35\tcombat_aircraft\tRUS\t*\tSu-35\n";
    pub(crate) const ITEMS_DE: &str = "uav\tsuffix\tdrohnen\nuav\tprefix\tdrohnen\nair_defence\tprefix\tdrohnenabwehr\ncombat_aircraft\tsuffix\tkampfflugzeuge\n";

    pub(crate) fn small() -> Lexicon {
        Lexicon::load(&Sources {
            entities: &[
                ("states.tsv", STATES),
                ("orgs.tsv", ORGS),
                ("persons.tsv", PERSONS),
            ],
            systems: SYSTEMS,
            items: &[("de", ITEMS_DE)],
            roles: "de\tforeign_minister\tAußenminister\n",
            stop: "en\tLatin America\n",
        })
        .unwrap()
    }

    #[test]
    fn alnum_runs_match_a_byte_loop() {
        fn reference(b: &[u8]) -> usize {
            b.iter()
                .position(|&c| !c.is_ascii_alphanumeric())
                .unwrap_or(b.len())
        }
        // every byte value at every place of a chunk and in the tail
        for len in 0..=17 {
            for at in 0..len {
                for v in 0..=255u8 {
                    let mut b = vec![b'a'; len];
                    b[at] = v;
                    assert_eq!(ascii_alnum_run(&b), reference(&b), "{b:?}");
                    b.fill(b'Z');
                    b[at] = v;
                    assert_eq!(ascii_alnum_run(&b), reference(&b), "{b:?}");
                }
            }
        }
        for t in [
            "",
            "abc def",
            "Su35-Kampf",
            "0123456789abcdefghijklmnopqrstuvwxyzAB Z",
            "ÄÖÜ",
            "x\u{80}y",
        ] {
            for i in 0..=t.len() {
                assert_eq!(
                    ascii_alnum_run(&t.as_bytes()[i..]),
                    reference(&t.as_bytes()[i..])
                );
            }
        }
    }

    /// [`longest_non_overlapping`] without its shortcut.
    fn longest_by_sorting(mut hits: Vec<Hit>) -> Vec<Hit> {
        hits.sort_by(|a, b| {
            b.span
                .len()
                .cmp(&a.span.len())
                .then(a.span.start.cmp(&b.span.start))
        });
        let mut kept: Vec<Hit> = vec![];
        for h in hits {
            if !kept
                .iter()
                .any(|k| k.span.overlaps(&h.span) && k.span != h.span)
            {
                kept.push(h);
            }
        }
        kept.sort_by_key(|h| h.span.start);
        kept
    }

    proptest::proptest! {
        #[test]
        fn longest_non_overlapping_matches_sorting(
            raw in proptest::collection::vec((0usize..12, 0usize..4, 0usize..3), 0..8)
        ) {
            let hits: Vec<Hit> = raw
                .iter()
                .enumerate()
                .map(|(i, &(s, l, p))| Hit { span: Span::new(s, s + l), payload: i * 10 + p })
                .collect();
            proptest::prop_assert_eq!(longest_non_overlapping(hits.clone()), longest_by_sorting(hits.clone()));
            // the order a matcher gives: by end
            let mut by_end = hits;
            by_end.sort_by_key(|h| h.span.end);
            proptest::prop_assert_eq!(longest_non_overlapping(by_end.clone()), longest_by_sorting(by_end));
        }
    }

    /// The surfaces of the entity and system files, as the joint automaton has them.
    fn surfaces(src: &Sources<'_>) -> (Vec<String>, Vec<String>) {
        let mut ents = vec![];
        for (_, text) in src.entities {
            for (_, cols) in tsv_rows(text) {
                if cols.len() >= 5 && !cols[4].is_empty() {
                    ents.push(cols[4].to_string());
                    ents.extend(capitalised(cols[4]));
                }
            }
        }
        let sys = tsv_rows(src.systems)
            .filter(|(_, c)| c.len() >= 5)
            .map(|(_, c)| c[4].to_string())
            .collect();
        (ents, sys)
    }

    #[test]
    fn joint_gazetteer_walk_finds_what_two_walks_find() {
        // the embedded data, with surfaces shared by both files and by several entries
        let lx = Lexicon::embedded().unwrap();
        let (ents, sys) = surfaces(&EMBEDDED);
        let (ea, sa) = (build_ac(&ents).unwrap(), build_ac(&sys).unwrap());
        let mut words: Vec<&str> = ents.iter().chain(&sys).map(String::as_str).collect();
        words.sort_unstable();
        words.dedup();
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut rnd = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let glue = [
            " ", "s ", "-", "s", "'s ", "e ", ", ", "„", "“ ", "x", ".", "s.",
        ];
        for _ in 0..3000 {
            let mut t = String::new();
            for _ in 0..1 + rnd(6) {
                t.push_str(words[rnd(words.len())]);
                t.push_str(glue[rnd(glue.len())]);
            }
            for span in [Span::new(0, t.len()), Span::new(0, t.len() / 2)] {
                if !t.is_char_boundary(span.end) {
                    continue;
                }
                let starts = word_starts(&t, span);
                let want_e = bounded_hits(Some(&ea), &t, span, &starts, entity_suffix_ok);
                let want_s = bounded_hits(Some(&sa), &t, span, &starts, system_suffix_ok);
                assert_eq!(lx.find_gazetteers(&t, span), (want_e, want_s), "{t:?}");
            }
        }
    }

    #[test]
    fn word_starts_are_boundaries_after_no_letter() {
        let t = "Irans „Su-35“ in Köln, 3.400 Ölpreise ÄÖ x";
        for span in [
            Span::new(0, t.len()),
            Span::new(1, 20),
            Span::new(7, t.len()),
        ] {
            let want: Vec<usize> = (span.start..span.end)
                .filter(|&i| t.is_char_boundary(i) && !is_alnum_at(t, i, true))
                .collect();
            assert_eq!(word_starts(t, span), want, "{span:?}");
        }
    }
    #[test]
    fn entities_case_and_boundaries() {
        let lx = small();
        let t = "Die iranische Führung: Iranische Drohnen, Irans Hilfe, Irania nicht, IRGC und U.S. officials.";
        let hits: Vec<&str> = lx
            .find_entities(t, Span::new(0, t.len()))
            .iter()
            .map(|(s, _)| s.slice(t).unwrap())
            .collect();
        assert_eq!(hits, ["iranische", "Iranische", "Iran", "IRGC", "U.S."]);
    }

    #[test]
    fn shorter_entity_where_the_longest_does_not_end_a_word() {
        // "iranische Führungsriege": the longer surface "iranische Führung" does not end
        // a word, so the adjective alone is the hit
        let lx = Lexicon::load(&Sources {
            entities: &[(
                "states.tsv",
                "IRN\tIRN\tadj\tde\tiranische\nIRN\tIRN\tgov\tde\tiranische Führung\n",
            )],
            systems: "",
            items: &[],
            roles: "",
            stop: "",
        })
        .unwrap();
        let t = "Die iranische Führungsriege und die iranische Führung.";
        let hits: Vec<&str> = lx
            .find_entities(t, Span::new(0, t.len()))
            .iter()
            .map(|(s, _)| s.slice(t).unwrap())
            .collect();
        assert_eq!(hits, ["iranische", "iranische Führung"]);
    }

    #[test]
    fn items_longest_match_in_compounds() {
        let lx = small();
        let t = "Kamikazedrohnen und Drohnenabwehrsysteme und Su-35-Kampfflugzeuge";
        let l = crate::token::lower_same_len(t);
        let m = &lx.items["de"];
        let hits: Vec<(String, ItemCategory)> = m
            .find(&l, Span::new(0, l.len()))
            .iter()
            .map(|h| (h.span.slice(t).unwrap().to_string(), m.payload(h).category))
            .collect();
        assert_eq!(
            hits,
            [
                ("drohnen".to_string(), ItemCategory::Uav),
                ("Drohnenabwehr".to_string(), ItemCategory::AirDefence),
                ("Kampfflugzeuge".to_string(), ItemCategory::CombatAircraft)
            ]
        );
        let sys = lx.find_systems(t, Span::new(0, t.len()));
        assert_eq!(sys.len(), 1);
        assert_eq!(sys[0].0.slice(t), Some("Su-35"));
    }

    #[test]
    fn flat_dfa_finds_what_the_automaton_finds() {
        let entries = || -> Vec<(MatchMode, String, usize)> {
            [
                (MatchMode::Word, "drohnen"),
                (MatchMode::Suffix, "drohnen"),
                (MatchMode::Prefix, "drohnenabwehr"),
                (MatchMode::Contains, "panzer"),
                (MatchMode::Word, "an"),
                (MatchMode::Word, "n"),
                (MatchMode::Word, "über"),
                (MatchMode::Suffix, "lieferung"),
                (MatchMode::Word, "s-300"),
            ]
            .into_iter()
            .enumerate()
            .map(|(i, (m, w))| (m, w.to_string(), i))
            .collect()
        };
        let plain = WordMatcher::new(entries());
        let dfa = WordMatcher::new_dfa(entries());
        for t in [
            "",
            "n",
            "Kamikazedrohnen an die Ukraine, Drohnenabwehrsysteme über Panzerlieferungen",
            "ÜBER S-300 und s-300s, an-an n n; Schützenpanzer drohnendrohnen",
        ] {
            let l = crate::token::lower_same_len(t);
            for span in [Span::new(0, l.len()), Span::new(l.len() / 3, l.len())] {
                if !l.is_char_boundary(span.start) {
                    continue;
                }
                assert_eq!(
                    plain.find_raw(&l, span),
                    dfa.find_raw(&l, span),
                    "{t:?} {span:?}"
                );
            }
        }
    }

    #[test]
    fn stop_phrases_hide_mentions() {
        let lx = Lexicon::load(&Sources {
            entities: &[("states.tsv", "USA\tUSA\tname\t*\tAmerica\n")],
            stop: "en\tLatin America\n",
            ..Default::default()
        })
        .unwrap();
        let t = "Exports to Latin America grew, America said.";
        let l = crate::lower_same_len(t);
        let ms = crate::mention::find(&lx, t, &l, Span::new(0, t.len()), "en");
        assert_eq!(ms.len(), 1);
        assert_eq!(ms[0].span.slice(t), Some("America"));
        assert_eq!(ms[0].span.start, 31);
    }

    #[test]
    fn bad_data_names_file_and_line() {
        let e = Lexicon::load(&Sources {
            entities: &[("states.tsv", "# c\nIRN\tIRN\tbogus\t*\tIran\n")],
            ..Default::default()
        })
        .err()
        .unwrap();
        assert_eq!(e.file, "states.tsv");
        assert_eq!(e.line, 2);
    }
}
