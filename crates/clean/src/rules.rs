//! The furniture lexicons of `data/clean/`, compiled once.
//!
//! Literal patterns go into Aho-Corasick DFAs, matched
//! ASCII-case-insensitively on the line as it stands (no lower-cased copy;
//! a pattern starting with a non-ASCII letter also gets its capitalised
//! form), so a line costs one pass however many rules there are: prefix
//! rules only scan the line's first bytes, the other rules the whole line,
//! and a long paragraph only meets the few rules without a short word
//! limit. Whole-line rules are a hash lookup and the few regex rules only
//! run on short lines. All languages'
//! rules apply to every article: furniture in English ("Twitter", "Getty
//! Images") is common on German pages and the other way round.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use milcoop_core::dfa::FlatDfa;
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// The rule files, embedded.
const RULE_FILES: &[(&str, &str)] = &[
    ("common.tsv", include_str!("../../../data/clean/common.tsv")),
    ("de.tsv", include_str!("../../../data/clean/de.tsv")),
    ("en.tsv", include_str!("../../../data/clean/en.tsv")),
];
const AGENCIES: &str = include_str!("../../../data/clean/agencies.txt");
const ORGS: &str = include_str!("../../../data/clean/orgs.tsv");
const ROLES: &str = include_str!("../../../data/clean/roles.txt");
const REPORTING: &str = include_str!("../../../data/clean/reporting.txt");

/// How a rule's pattern is matched against a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Match {
    /// The whole (normalised) line.
    Line,
    /// The line starts with the pattern.
    Prefix,
    /// The line ends with the pattern.
    Suffix,
    /// The pattern occurs anywhere.
    Contains,
    /// A regex over the whole lower-cased line.
    Regex,
}

/// What a matching line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Action {
    /// A line naming the body the article is taken from.
    Source,
    /// A "Source: X" line whose X is always the original source, known or
    /// not (an unknown name becomes a slug id).
    Origin,
    /// Names follow the pattern.
    Credit,
    /// A byline: names, then maybe a date.
    Byline,
    /// Names stand before the pattern.
    Reporter,
    /// A photo caption or credit.
    Photo,
    /// Plain boilerplate.
    Bp,
    /// A label whose value stands on the next line ("Zitierhinweis" /
    /// the citation): boilerplate, and so is that value.
    Label,
    /// Where names stop (regex only, not a line rule).
    Cut,
}

/// The entries of a word-list file (one per line, `#` comments), lower case.
fn word_list(src: &str) -> impl Iterator<Item = String> + '_ {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
}

/// One rule of a data file.
#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub kind: Match,
    pub action: Action,
    /// Longest line (in words) the rule applies to; 0 = any.
    pub max_words: usize,
    pub pattern: String,
}

/// A rule that matched a line, with where its pattern stands in the
/// lower-cased line.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit<'r> {
    pub rule: &'r Rule,
    pub start: usize,
    pub end: usize,
}

/// The compiled rules.
pub(crate) struct Rules {
    literal: Vec<Rule>,
    /// Prefix rules (pattern id -> index into `literal`, automaton).
    prefix: (Vec<usize>, AhoCorasick),
    /// Longest prefix pattern, in bytes.
    prefix_len: usize,
    /// The first three bytes (ASCII lower-cased) of every prefix pattern, sorted,
    /// when every pattern has three: a prefix hit must start the line's text, so
    /// a line opening otherwise needs no search.
    prefix_heads: Option<Vec<[u8; 3]>>,
    /// Contains and suffix rules.
    anywhere: (Vec<usize>, AhoCorasick),
    /// Whether a line holds any pattern of `anywhere` (and so of `anywhere_long`) at
    /// all: most lines hold none, and this walk is cheaper than the search.
    anywhere_any: FlatDfa,
    /// Contains and suffix rules that also apply to lines of more than
    /// [`LONG_LINE`] words.
    anywhere_long: (Vec<usize>, AhoCorasick),
    /// The largest word limit of a whole-line or regex rule.
    pub(crate) max_short: usize,
    /// The largest word limit of a whole-line rule (`usize::MAX` when one has none).
    max_whole: usize,
    whole: HashMap<String, Rule>,
    regexes: Vec<(Regex, Rule)>,
    /// Which regexes a line may match, as bit sets by what tells them ([`RegexMasks`]).
    regex_masks: RegexMasks,
    /// Per regex, literals a matching line must hold ([`RegexLits`]).
    regex_lits: Vec<RegexLits>,
    cut: Vec<Regex>,
    agencies: HashSet<String>,
    roles: Vec<String>,
    /// Words of reporting and sourcing (`reporting.txt`).
    reporting: HashSet<String>,
    orgs: HashMap<String, String>,
    org_names: Vec<String>,
    org_automaton: AhoCorasick,
}

/// Lines of more words than this are paragraphs: only rules without a word
/// limit, or with a larger one, are looked for in them.
const LONG_LINE: usize = 40;

/// The rules, compiled on first use.
pub(crate) static RULES: LazyLock<Rules> = LazyLock::new(Rules::load);

fn parse_rule(file: &str, no: usize, line: &str) -> Option<Rule> {
    let line = line.trim_end_matches('\r');
    if line.trim().is_empty() || line.starts_with('#') {
        return None;
    }
    let mut cols = line.splitn(4, '\t');
    let (m, a, w, p) = (cols.next()?, cols.next()?, cols.next()?, cols.next());
    let bad = || -> ! { panic!("data/clean/{file}:{}: bad rule {line:?}", no + 1) };
    let kind = match m {
        "line" => Match::Line,
        "prefix" => Match::Prefix,
        "suffix" => Match::Suffix,
        "contains" => Match::Contains,
        "regex" => Match::Regex,
        _ => bad(),
    };
    let action = match a {
        "bp" => Action::Bp,
        "label" => Action::Label,
        "photo" => Action::Photo,
        "credit" => Action::Credit,
        "byline" => Action::Byline,
        "reporter" => Action::Reporter,
        "source" => Action::Source,
        "origin" => Action::Origin,
        "cut" => Action::Cut,
        _ => bad(),
    };
    let max_words = w.parse().unwrap_or_else(|_| bad());
    let pattern = p.unwrap_or_else(|| bad());
    if pattern.is_empty() {
        bad();
    }
    Some(Rule {
        kind,
        action,
        max_words,
        pattern: pattern.to_string(),
    })
}

impl Rules {
    /// Parses and compiles the embedded data. The data is part of the
    /// binary, so a malformed rule is a build defect: the unit test
    /// `rules_compile` catches it before it ships.
    fn load() -> Rules {
        let mut literal = Vec::new();
        let mut whole = HashMap::new();
        let mut regexes = Vec::new();
        let mut cut = Vec::new();
        for (file, text) in RULE_FILES {
            for (no, line) in text.lines().enumerate() {
                let Some(rule) = parse_rule(file, no, line) else {
                    continue;
                };
                match (rule.kind, rule.action) {
                    (Match::Regex, Action::Cut) => {
                        cut.push(Regex::new(&format!("(?i){}", rule.pattern)).expect("cut regex"));
                    }
                    (Match::Regex, _) => {
                        let re = Regex::new(&rule.pattern).expect("rule regex");
                        regexes.push((re, rule));
                    }
                    (Match::Line, _) => {
                        whole.insert(rule.pattern.clone(), rule);
                    }
                    _ => literal.push(rule),
                }
            }
        }
        let build = |keep: &dyn Fn(&Rule) -> bool, kind: MatchKind| {
            let mut ids = Vec::new();
            let mut pats = Vec::new();
            for (i, r) in literal.iter().enumerate() {
                if !keep(r) {
                    continue;
                }
                ids.push(i);
                pats.push(r.pattern.clone());
                if let Some(cap) = capitalised(&r.pattern) {
                    ids.push(i);
                    pats.push(cap);
                }
            }
            let ac = AhoCorasickBuilder::new()
                .match_kind(kind)
                .ascii_case_insensitive(true)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&pats)
                .expect("rule automaton");
            (ids, ac)
        };
        // Prefix rules: every pattern matching at the start (overlapping:
        // "von " and "von x" may both apply). Elsewhere the longest match at
        // each place is enough, and lets the automaton skip ahead fast.
        let prefix = build(&|r| r.kind == Match::Prefix, MatchKind::Standard);
        let prefix_heads = literal
            .iter()
            .filter(|r| r.kind == Match::Prefix)
            .flat_map(|r| std::iter::once(r.pattern.clone()).chain(capitalised(&r.pattern)))
            .map(|p| p.as_bytes().get(..3).map(head3))
            .collect::<Option<Vec<[u8; 3]>>>()
            .map(|mut v| {
                v.sort_unstable();
                v.dedup();
                v
            });
        let prefix_len = literal
            .iter()
            .filter(|r| r.kind == Match::Prefix)
            .map(|r| r.pattern.len())
            .max()
            .unwrap_or(0);
        let anywhere = build(&|r| r.kind != Match::Prefix, MatchKind::LeftmostLongest);
        let anywhere_any = {
            // the patterns (and their capitalised twins) as the search sees them: ASCII
            // letters in any case
            let pats: Vec<String> = literal
                .iter()
                .filter(|r| r.kind != Match::Prefix)
                .flat_map(|r| std::iter::once(r.pattern.clone()).chain(capitalised(&r.pattern)))
                .map(|p| p.to_ascii_lowercase())
                .collect();
            let dfa = aho_corasick::dfa::Builder::new()
                .match_kind(MatchKind::Standard)
                .prefilter(false)
                .start_kind(aho_corasick::StartKind::Unanchored)
                .build(&pats)
                .expect("rule automaton");
            FlatDfa::new(&dfa, &pats, true)
        };
        let anywhere_long = build(
            &|r| r.kind != Match::Prefix && (r.max_words == 0 || r.max_words > LONG_LINE),
            MatchKind::LeftmostLongest,
        );
        let max_short = whole
            .values()
            .chain(regexes.iter().map(|(_, r)| r))
            .map(|r| r.max_words)
            .max()
            .unwrap_or(0);
        let regex_edges: Vec<_> = regexes
            .iter()
            .map(|(re, _)| {
                (
                    edge_bytes(re.as_str(), false),
                    edge_bytes(re.as_str(), true),
                )
            })
            .collect();
        let regex_masks = RegexMasks::new(&regexes, &regex_edges, max_short);
        let regex_lits = regexes
            .iter()
            .map(|(re, _)| RegexLits::of(re.as_str()))
            .collect();
        let max_whole = whole
            .values()
            .map(|r| {
                if r.max_words == 0 {
                    usize::MAX
                } else {
                    r.max_words
                }
            })
            .max()
            .unwrap_or(0);
        let agencies = word_list(AGENCIES).collect();
        let roles = word_list(ROLES).collect();
        let reporting = word_list(REPORTING).collect();
        let mut orgs = HashMap::new();
        let mut org_names = Vec::new();
        for line in ORGS.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some((name, id)) = line.split_once('\t') {
                orgs.insert(name.trim().to_lowercase(), id.trim().to_string());
                org_names.push(name.trim().to_lowercase());
            }
        }
        let org_automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&org_names)
            .expect("org automaton");
        Rules {
            literal,
            prefix,
            prefix_len,
            prefix_heads,
            anywhere,
            anywhere_any,
            anywhere_long,
            max_short,
            max_whole,
            whole,
            regexes,
            regex_masks,
            regex_lits,
            cut,
            agencies,
            roles,
            reporting,
            orgs,
            org_names,
            org_automaton,
        }
    }

    /// Every rule that matches the line, in the order of their actions.
    /// `text` is the trimmed line, `words` its word count.
    pub(crate) fn hits<'r>(&'r self, text: &str, words: usize, out: &mut Vec<Hit<'r>>) {
        out.clear();
        let fits = |r: &Rule| r.max_words == 0 || words <= r.max_words;
        if words <= self.max_short {
            // The whole-line form ([`line_key`]), built only when a rule may need it:
            // most lines are too long for every whole-line rule, and open or close
            // with a byte no regex that fits them does.
            let mut key: Option<String> = None;
            // the key's bytes and byte pairs, once a regex's literals need them
            let mut sig: Option<KeySig> = None;
            if words <= self.max_whole
                && let Some(r) = self
                    .whole
                    .get(key.insert(crate::lower_line_key(text)).as_str())
                    .filter(|r| fits(r))
            {
                out.push(Hit {
                    rule: r,
                    start: 0,
                    end: text.len(),
                });
            }
            // (an empty key has no first or last byte: every regex runs)
            let (b0, b1) = crate::key_edges(text);
            let m = &self.regex_masks;
            let rows = [
                m.row(&m.fit, words),
                m.row(&m.first, b0),
                m.row(&m.last, b1),
            ];
            // the regexes that fit the line's length and its first and last bytes, in order
            for (w, ((fit, first), last)) in rows[0].iter().zip(rows[1]).zip(rows[2]).enumerate() {
                let mut bits = fit & first & last;
                while bits != 0 {
                    let i = w * 64 + bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    let (re, r) = &self.regexes[i];
                    let key = key.get_or_insert_with(|| crate::lower_line_key(text));
                    if self.regex_lits[i].may_match_with(key.as_bytes(), &mut sig)
                        && re.is_match(key)
                    {
                        out.push(Hit {
                            rule: r,
                            start: 0,
                            end: text.len(),
                        });
                    }
                }
            }
        }
        // Where the line's text starts once leading bullets are skipped.
        let body_start = text.len() - strip_bullets(text).len();
        let mut head_end = (body_start + self.prefix_len).min(text.len());
        while !text.is_char_boundary(head_end) {
            head_end += 1;
        }
        let anywhere = if words <= LONG_LINE {
            &self.anywhere
        } else {
            &self.anywhere_long
        };
        let mut push = |pattern: usize, ids: &[usize], start: usize, end: usize| {
            let r = &self.literal[ids[pattern]];
            let ok = fits(r)
                && match r.kind {
                    Match::Prefix => start == body_start,
                    Match::Suffix => text[end..].trim_end_matches(['.', ':', ' ']).is_empty(),
                    _ => true,
                };
            if ok {
                out.push(Hit {
                    rule: r,
                    start,
                    end,
                });
            }
        };
        let may_prefix = self.prefix_heads.as_ref().is_none_or(|heads| {
            text.as_bytes()
                .get(body_start..body_start + 3)
                .is_none_or(|b| heads.binary_search(&head3(b)).is_ok())
        });
        if may_prefix {
            for m in self.prefix.1.find_overlapping_iter(&text[..head_end]) {
                push(m.pattern().as_usize(), &self.prefix.0, m.start(), m.end());
            }
        }
        if self.anywhere_any.any_match(text.as_bytes()) {
            for m in anywhere.1.find_iter(text) {
                push(m.pattern().as_usize(), &anywhere.0, m.start(), m.end());
            }
        }
        out.sort_by_key(|h| h.rule.action);
    }

    /// Byte offset where names stop in a byline remainder (a date, a time,
    /// "min read"), if anywhere.
    pub(crate) fn name_cut(&self, s: &str) -> Option<usize> {
        self.cut
            .iter()
            .filter_map(|re| re.find(s).map(|m| m.start()))
            .min()
    }

    /// True for a news agency name ("dpa", "Reuters"), any case.
    pub(crate) fn is_agency(&self, s: &str) -> bool {
        self.agencies.contains(&s.trim().to_lowercase())
    }

    /// True for a line with a word of reporting or sourcing ("the officials said",
    /// "nach Angaben", "zufolge"): news told by a source, not a photo caption.
    pub(crate) fn reports(&self, line: &str) -> bool {
        line.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .any(|w| self.reporting.contains(&w.to_lowercase()))
    }

    /// True for a word naming a role ("writer", "FOCUS-online-Redakteur").
    pub(crate) fn is_role(&self, word: &str) -> bool {
        let w = word.to_lowercase();
        // "-{r}" closing the word, without a string built per role
        // (a long role closes a compound too: "Auslandsredakteurin")
        self.roles.iter().any(|r| {
            w == *r
                || w.strip_suffix(r.as_str()).is_some_and(|head| {
                    head.ends_with('-') || r.len() >= 8 && head.chars().count() >= 3
                })
        })
    }

    /// The org id of an outlet name or host ("reuters.com", "UNDERSTANDING WAR").
    pub(crate) fn org_exact(&self, name: &str) -> Option<&str> {
        let n = name.trim().trim_end_matches('.').to_lowercase();
        let n = n.strip_prefix("www.").unwrap_or(&n);
        self.orgs.get(n).map(String::as_str)
    }

    /// The first known outlet or body named in `lower` (a lower-cased line),
    /// matched on word boundaries.
    pub(crate) fn org_in(&self, lower: &str) -> Option<&str> {
        for m in self.org_automaton.find_iter(lower) {
            let before = lower[..m.start()].chars().next_back();
            let after = lower[m.end()..].chars().next();
            let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            if boundary(before) && boundary(after) {
                return self
                    .orgs
                    .get(&self.org_names[m.pattern().as_usize()])
                    .map(String::as_str);
            }
        }
        None
    }
}

/// Bit sets of the line regexes (bit `i` for regex `i`, in rows of `words` words):
/// per word count up to `max_short`, those whose word limit a line of that many
/// words fits; per byte (256 for an empty key), those whose match may start
/// (`first`) or end (`last`) with it ([`edge_bytes`]). A line's candidates are the
/// intersection of three rows: no test per regex for most of them.
struct RegexMasks {
    words: usize,
    fit: Vec<u64>,
    first: Vec<u64>,
    last: Vec<u64>,
}

impl RegexMasks {
    fn new(
        regexes: &[(Regex, Rule)],
        edges: &[([bool; 256], [bool; 256])],
        max_short: usize,
    ) -> Self {
        let words = regexes.len().div_ceil(64);
        let set = |rows: usize, has: &dyn Fn(usize, usize) -> bool| {
            let mut v = vec![0u64; rows * words];
            for row in 0..rows {
                for i in 0..regexes.len() {
                    if has(row, i) {
                        v[row * words + i / 64] |= 1 << (i % 64);
                    }
                }
            }
            v
        };
        let fit = set(max_short + 1, &|w, i| {
            regexes[i].1.max_words == 0 || w <= regexes[i].1.max_words
        });
        let first = set(257, &|b, i| edges[i].0.get(b).is_none_or(|&ok| ok));
        let last = set(257, &|b, i| edges[i].1.get(b).is_none_or(|&ok| ok));
        RegexMasks {
            words,
            fit,
            first,
            last,
        }
    }

    #[inline]
    fn row<'m>(&self, set: &'m [u64], row: usize) -> &'m [u64] {
        &set[row * self.words..(row + 1) * self.words]
    }
}

/// The first three bytes of `b`, ASCII lower-cased (the prefix rules ignore ASCII case).
fn head3(b: &[u8]) -> [u8; 3] {
    [
        b[0].to_ascii_lowercase(),
        b[1].to_ascii_lowercase(),
        b[2].to_ascii_lowercase(),
    ]
}

/// Literals that every match of a line regex holds: one of `prefixes` at its
/// start (when the regex is anchored there and opens with a few literals), and
/// one of each list of `inner` somewhere (a part every match holds that must
/// match one of a few literals, such as "ist" or one of "»", ">", "›"). A
/// necessary condition only, tested before the regex runs: most line regexes
/// open with a word list or need a word that most lines lack.
#[derive(Default)]
struct RegexLits {
    prefixes: Option<Vec<Vec<u8>>>,
    inner: Vec<Vec<InnerLit>>,
}

/// One inner literal: its searcher, and the byte pairs it holds as places in
/// [`KeySig`] (none for a literal of one byte: its search is a `memchr`).
struct InnerLit {
    finder: memchr::memmem::Finder<'static>,
    pairs: Box<[u16]>,
}

impl InnerLit {
    fn new(lit: &[u8]) -> InnerLit {
        InnerLit {
            finder: memchr::memmem::Finder::new(lit).into_owned(),
            pairs: lit.windows(2).map(|w| pair_slot(w[0], w[1])).collect(),
        }
    }

    /// True when `key` (whose signature is `sig`) holds the literal: the
    /// signature rules most literals out without a search.
    #[inline]
    fn in_key(&self, key: &[u8], sig: &KeySig) -> bool {
        self.pairs.iter().all(|&p| sig.0[usize::from(p)] != 0) && self.finder.find(key).is_some()
    }
}

/// The place of a byte pair in [`KeySig`].
#[inline]
fn pair_slot(a: u8, b: u8) -> u16 {
    ((u16::from(a) << 3) ^ u16::from(b)) & (KEY_SIG_SLOTS as u16 - 1)
}

const KEY_SIG_SLOTS: usize = 1024;

/// The byte pairs a line key holds, hashed to 1,024 places: one pass over the
/// key, after which an inner literal with a pair the key lacks needs no
/// substring search (a short line meets about 27 regexes and their literals).
struct KeySig([u8; KEY_SIG_SLOTS]);

impl KeySig {
    fn of(key: &[u8]) -> KeySig {
        let mut sig = KeySig([0; KEY_SIG_SLOTS]);
        for (&a, &b) in key.iter().zip(key.iter().skip(1)) {
            sig.0[usize::from(pair_slot(a, b))] = 1;
        }
        sig
    }
}

impl RegexLits {
    fn of(pattern: &str) -> RegexLits {
        use regex_syntax::hir::literal::{ExtractKind, Extractor};
        use regex_syntax::hir::{Hir, HirKind, Look};
        let Ok(hir) = regex_syntax::parse(pattern) else {
            return RegexLits::default();
        };
        // the literals that open `h`'s matches: a finite set of at most eight, none empty
        let lits = |h: &Hir| -> Option<Vec<Vec<u8>>> {
            let seq = Extractor::new().kind(ExtractKind::Prefix).extract(h);
            let lits = seq.literals()?;
            if lits.is_empty() || lits.len() > 8 || lits.iter().any(|l| l.is_empty()) {
                return None;
            }
            Some(lits.iter().map(|l| l.as_bytes().to_vec()).collect())
        };
        let anchored = hir.properties().look_set_prefix().contains(Look::Start);
        let prefixes = if anchored { lits(&hir) } else { None };
        let mut inner = Vec::new();
        // the parts every match holds: the items of the top-level sequence, and
        // within them those of a group that must match at least once
        fn required<'h>(h: &'h Hir, out: &mut Vec<&'h Hir>) {
            match h.kind() {
                HirKind::Capture(c) => required(&c.sub, out),
                HirKind::Repetition(r) if r.min >= 1 => required(&r.sub, out),
                HirKind::Concat(xs) => xs.iter().for_each(|x| required(x, out)),
                _ => out.push(h),
            }
        }
        let mut parts = Vec::new();
        required(&hir, &mut parts);
        for x in parts {
            // (a one-byte literal only where it is no letter or digit: those are everywhere)
            let rare = |l: &Vec<u8>| l.len() >= 2 || !l[0].is_ascii_alphanumeric();
            if let Some(l) = lits(x).filter(|l| l.iter().all(rare)) {
                inner.push(l.iter().map(|l| InnerLit::new(l)).collect());
            }
        }
        RegexLits { prefixes, inner }
    }

    /// False when `key` cannot match the regex; `sig` gives the key's
    /// [`KeySig`], built on the first call that needs it.
    #[inline]
    fn may_match_with(&self, key: &[u8], sig: &mut Option<KeySig>) -> bool {
        self.prefixes
            .as_ref()
            .is_none_or(|ps| ps.iter().any(|p| key.starts_with(p)))
            && (self.inner.is_empty() || {
                let sig = sig.get_or_insert_with(|| KeySig::of(key));
                self.inner
                    .iter()
                    .all(|fs| fs.iter().any(|f| f.in_key(key, sig)))
            })
    }

    /// False when `key` cannot match the regex.
    #[cfg(test)]
    fn may_match(&self, key: &[u8]) -> bool {
        self.may_match_with(key, &mut None)
    }
}

/// The bytes a match of `pattern` can start with (`last`: end with), when
/// every match starts at the start of the text (ends at its end: `^` opens,
/// `$` closes every branch); every byte otherwise. A necessary condition
/// only: a line whose first (last) byte is not in the set cannot match, so
/// the regex need not run (most line regexes start with a digit, a word or a
/// bullet and end with a digit or a word, most lines with something else).
fn edge_bytes(pattern: &str, last: bool) -> [bool; 256] {
    use regex_syntax::hir::{Class, Hir, HirKind, Look};
    /// Marks the bytes `h` can start (end) with; true when `h` can match the empty string.
    fn walk(h: &Hir, last: bool, set: &mut [bool; 256]) -> bool {
        match h.kind() {
            HirKind::Empty | HirKind::Look(_) => true,
            HirKind::Literal(l) => match if last { l.0.last() } else { l.0.first() } {
                Some(&b) => {
                    set[usize::from(b)] = true;
                    false
                }
                None => true,
            },
            HirKind::Class(Class::Unicode(c)) => {
                // UTF-8 lead bytes rise with the code point: a range of
                // characters starts with a range of bytes; a character of
                // more than one byte ends with a continuation byte
                let lead = |c: char| c.encode_utf8(&mut [0; 4]).as_bytes()[0];
                for r in c.iter() {
                    if !last {
                        for b in lead(r.start())..=lead(r.end()) {
                            set[usize::from(b)] = true;
                        }
                        continue;
                    }
                    for c in r.start()..=r.end().min('\u{7f}') {
                        set[usize::from(lead(c))] = true;
                    }
                    if !r.end().is_ascii() {
                        set[0x80..0xC0].fill(true);
                    }
                }
                false
            }
            HirKind::Class(Class::Bytes(c)) => {
                for r in c.iter() {
                    for b in r.start()..=r.end() {
                        set[usize::from(b)] = true;
                    }
                }
                false
            }
            HirKind::Repetition(r) => walk(&r.sub, last, set) || r.min == 0,
            HirKind::Capture(c) => walk(&c.sub, last, set),
            HirKind::Concat(xs) if last => xs.iter().rev().all(|x| walk(x, last, set)),
            HirKind::Concat(xs) => xs.iter().all(|x| walk(x, last, set)),
            HirKind::Alternation(xs) => {
                // every branch marks its bytes
                let mut nullable = false;
                for x in xs {
                    nullable |= walk(x, last, set);
                }
                nullable
            }
        }
    }
    let mut set = [true; 256];
    if let Ok(hir) = regex_syntax::parse(pattern) {
        let props = hir.properties();
        let anchor = if last {
            props.look_set_suffix().contains(Look::End)
        } else {
            props.look_set_prefix().contains(Look::Start)
        };
        if anchor {
            set = [false; 256];
            // a regex that may match the empty string matches before any byte
            if walk(&hir, last, &mut set) {
                set = [true; 256];
            }
        }
    }
    set
}

/// The pattern with its first letter capitalised, when that letter is not
/// ASCII (ASCII case is already ignored) and keeps its length.
fn capitalised(p: &str) -> Option<String> {
    let c = p.chars().next()?;
    if c.is_ascii() {
        return None;
    }
    let mut up = c.to_uppercase();
    match (up.next(), up.next()) {
        (Some(u), None) if u != c && u.len_utf8() == c.len_utf8() => {
            Some(format!("{u}{}", &p[c.len_utf8()..]))
        }
        _ => None,
    }
}

/// The line without leading bullets, dashes and spaces.
pub(crate) fn strip_bullets(s: &str) -> &str {
    s.trim_start_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '-' | '–' | '—' | '•' | '·' | '*' | '|' | '>' | '›' | '»' | '▶' | '►'
            )
    })
}

/// The whole-line key of a lower-cased line: bullets, surrounding spaces
/// and trailing colons or arrows removed, inner whitespace collapsed (the
/// definition `lower_line_key` in the crate root implements in one pass).
#[cfg(test)]
pub(crate) fn line_key(lower: &str) -> String {
    let s =
        strip_bullets(lower).trim_end_matches(|c: char| c.is_whitespace() || ":›»→…|".contains(c));
    milcoop_core::text::norm_ws(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regex_literals_never_reject_a_match() {
        let r = &*RULES;
        let keys = [
            "copyright 2024 dpa",
            "facebook twitter whatsapp",
            "teilen",
            "anna maier ist korrespondentin in berlin",
            "john smith is the defence correspondent of the paper",
            "politik » ausland » europa",
            "news | world | europe",
            "veröffentlicht am 12.03.2024",
            "published on march 3, 2024",
            "mon, 3 march 2024",
            "march 3, 2024",
            "lesezeit: 4 min",
            "follow the latest updates",
            "follow us on https://x.com/abc",
            "vor 3 stunden",
            "show more comments",
            "senior correspondent",
            "12:30",
            "the army said on monday",
        ];
        let mut matched = 0;
        for key in keys {
            for ((re, _), lits) in r.regexes.iter().zip(&r.regex_lits) {
                if re.is_match(key) {
                    matched += 1;
                    assert!(lits.may_match(key.as_bytes()), "{key:?} {}", re.as_str());
                }
            }
        }
        assert!(matched >= 15, "{matched}");
        // the literal tests do reject lines
        let plain = "the army said on monday that it had sent tanks";
        assert!(
            r.regex_lits
                .iter()
                .filter(|l| !l.may_match(plain.as_bytes()))
                .count()
                > 10
        );
    }

    #[test]
    fn prefix_heads_keep_every_prefix_rule() {
        // each prefix pattern opening a line (also capitalised, also upper case) still hits
        let r = &*RULES;
        let mut out = Vec::new();
        for rule in r.literal.iter().filter(|r| r.kind == Match::Prefix) {
            let forms = [
                Some(rule.pattern.clone()),
                capitalised(&rule.pattern),
                Some(rule.pattern.to_ascii_uppercase()),
            ];
            for p in forms.into_iter().flatten() {
                for line in [format!("{p} x"), format!("• {p}")] {
                    r.hits(&line, 1, &mut out);
                    assert!(out.iter().any(|h| std::ptr::eq(h.rule, rule)), "{line:?}");
                }
            }
        }
    }

    #[test]
    fn rules_compile() {
        let r = &*RULES;
        assert!(r.literal.len() > 50);
        assert_eq!(
            capitalised("übersetzt von").as_deref(),
            Some("Übersetzt von")
        );
        assert_eq!(capitalised("foto:"), None);
        assert!(r.whole.len() > 50);
        assert!(!r.regexes.is_empty());
        assert!(!r.cut.is_empty());
        assert!(r.is_agency("DPA"));
        assert_eq!(r.org_exact("www.Reuters.com"), Some("org:reuters"));
        // Every regex is anchored, so it judges the whole line.
        for (re, _) in &r.regexes {
            assert!(
                re.as_str().starts_with('^') && re.as_str().ends_with('$'),
                "{}",
                re.as_str()
            );
        }
    }

    #[test]
    fn org_lookup_respects_word_boundaries() {
        let r = &*RULES;
        assert_eq!(
            r.org_in("the full report is at understanding war"),
            Some("org:isw")
        );
        assert_eq!(r.org_in("diskwrite"), None);
        assert_eq!(r.org_in("read more: nytimes.com"), Some("org:nyt"));
    }

    /// The bytes `edge_bytes` allows at a pattern's end (`last`) or start.
    fn edge_set(p: &str, last: bool) -> Vec<u8> {
        let f = edge_bytes(p, last);
        (0..=255u8).filter(|&b| f[usize::from(b)]).collect()
    }

    #[test]
    fn last_bytes_of_anchored_patterns() {
        let set = |p: &str| edge_set(p, true);
        assert_eq!(set(r"^a[0-9]{1,4}$"), b"0123456789");
        assert_eq!(set(r"^(?:da|bc)d?$"), b"acd");
        assert_eq!(set(r"x[0-9](?:\s*y)?$"), b"0123456789y");
        // a literal's last byte; a class of characters of two bytes or more,
        // any continuation byte
        assert_eq!(set(r"^.*ü$"), vec![0xBC]);
        assert_eq!(set(r"^[äöü]$"), (0x80..0xC0).collect::<Vec<u8>>());
        let l = set(r"^\p{L}$");
        assert!(l.contains(&b'a') && l.contains(&0x80) && !l.contains(&b'.'));
        // not anchored, or not in every branch: any byte
        assert_eq!(set(r"\d+").len(), 256);
        assert_eq!(set(r"a$|b").len(), 256);
        assert_eq!(set(r"^(?:ab)*$").len(), 256);
    }

    #[test]
    fn first_bytes_of_anchored_patterns() {
        let set = |p: &str| edge_set(p, false);
        assert_eq!(set(r"^[0-9]{1,4}$"), b"0123456789");
        // Unicode digits start with other bytes too
        let d = set(r"^\d{1,4}$");
        assert!(d.starts_with(b"0123456789") && !d.contains(&b'a') && d.len() > 10);
        assert_eq!(set(r"^(?:a|bc)?d"), b"abd");
        assert_eq!(set(r"^(?:x\s*)?[0-9]"), b"0123456789x");
        assert_eq!(set(r"^ü"), vec![0xC3]);
        // not anchored, or not in every branch: any byte
        assert_eq!(set(r"\d+").len(), 256);
        assert_eq!(set(r"^a|b").len(), 256);
        // a regex that may match nothing at all: any byte
        assert_eq!(set(r"^(?:ab)*$").len(), 256);
        assert_eq!(set(r"^(?:ab)*").len(), 256);
    }

    #[test]
    fn keys_drop_bullets_and_colons() {
        assert_eq!(line_key("- news"), "news");
        assert_eq!(line_key("  mehr zum thema:  "), "mehr zum thema");
        assert_eq!(line_key("• share   this"), "share this");
    }
}
