//! # milcoop-clean
//!
//! Separates an article's body from site furniture, finds its title, credits
//! and original source, and identifies its language (SPEC.md, Clean).
//!
//! Interface contract: [`clean`] never panics; every span it returns points
//! into `article.text`.
//!
//! ## How
//! The engine is language-independent; what furniture looks like is data
//! (`data/clean/*.tsv`, read by the private `rules` module). Cleaning works line by line, because
//! pages put every paragraph, caption and widget on a line of its own:
//!
//! 1. **Line rules.** Each line is matched once against every literal
//!    pattern (one Aho-Corasick pass, case ignored), a hash of
//!    whole-line furniture and a few regexes for short lines. A matching rule
//!    makes the line boilerplate, and credit, byline and source rules also
//!    take the names or the outlet from it. Lines that are only an agency tag
//!    ("dpa/mh", "ab/cd (AFP, dpa)"), a name closed by an agency or a role
//!    ("Jane Doe, Reuters", "Jane Doe, Defence Editor"), a role and a name
//!    ("FOCUS-online-Redakteur Jane Doe"), a dated sign-off ("(red, APA,
//!    12.3.2024)": the names, not the date) and a photographer
//!    with an agency ("Jane Doe/AP", no credit) are boilerplate too.
//! 2. **Structure.** What no single line tells: author boxes (a name above a
//!    role line, or above the date line before the first paragraph; "Jane
//!    Doe in Kyiv" before it), image alt texts (a lone
//!    lower-case phrase), the headline (a first short line without final
//!    punctuation followed by body, or the line matching the metadata
//!    title), a run of kickers and navigation labels above it, repeated or ASCII-folded copies of it,
//!    captions standing above a photo credit (under the headline, repeated,
//!    or short between paragraphs, or between furniture in the header), the
//!    site's own name alone on a line or opening its dateline (from the
//!    outlet or host), long captions without final punctuation
//!    alone between paragraphs, other articles' headlines under a closing
//!    label ("Mehr zum Thema") after the last paragraph, and copies of
//!    boilerplate lines. Sub-headings
//!    and repeated standfirsts stay body: these rules are narrow on purpose,
//!    as removing a body sentence costs more than keeping a caption.
//! 3. **Credits** also come from agency tags inside body lines ("Berlin
//!    (dpa) -", "SEOUL, May 2 (Yonhap) --", "MOSCOW, May 2. /TASS/.",
//!    "(Reuters)" closing a paragraph, "./evs/DP/ngu", ". dpa",
//!    ". — Reuters"), which leave the line in the body.
//!
//! Rules that look at punctuation (headlines, captions, alt texts) are
//! switched off for hard-wrapped text, where most lines end mid-sentence.

pub mod lang;
mod names;
mod rules;

use milcoop_core::text::{ascii_fold, lines_with_spans, norm_ws};
use milcoop_core::{Article, Clean, LanguageInfo, Span};
use regex::Regex;
use rules::{Action, Hit, Match, RULES, Rules, strip_bullets};
use std::cell::LazyCell;
use std::sync::LazyLock;

/// The cleaning result with the spans later stages need.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cleaned {
    /// The FORMAT.md `clean` record (with `text` filled).
    pub clean: Clean,
    /// Spans of the body lines in `article.text`, in order. The title line,
    /// when it is a headline of the body, is included (its events count).
    pub body: Vec<Span>,
    /// Span of the headline in `article.text`, if the text carries one.
    pub title_span: Option<Span>,
    /// The language found.
    pub language: LanguageInfo,
}

/// What a line turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Body,
    Title,
    Boiler,
}

/// One non-empty line of the article and what is known about it.
struct Line<'a> {
    /// Span of the line without surrounding whitespace.
    span: Span,
    /// The line as it stands.
    raw: &'a str,
    /// The line without surrounding whitespace.
    text: &'a str,
    words: usize,
    /// Ends with sentence punctuation.
    sentence: bool,
    class: Class,
    /// Boilerplate that is only a photo credit ("(Foto: ...)").
    photo_credit: bool,
    /// A label line whose value is the next line ("Zitierhinweis").
    label: bool,
    /// Names this boilerplate line credits.
    names: Vec<String>,
}

/// Lower-cases `s` char by char, keeping a char whose lower case has
/// another UTF-8 length, so byte offsets in the result are offsets in `s`.
fn lower_keep_offsets(s: &str) -> String {
    milcoop_core::text::lower_same_len(s)
}

/// The part of a line its whole-line key is made of: without leading bullets and
/// trailing spaces, colons or arrows.
fn key_part(s: &str) -> &str {
    strip_bullets(s).trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '›' | '»' | '→' | '…' | '|')
    })
}

/// True when `b` (UTF-8) holds a whitespace character outside ASCII (the
/// `char::is_whitespace` ones: U+0085, U+00A0, U+1680, U+2000 to U+200A,
/// U+2028, U+2029, U+202F, U+205F, U+3000), found by their lead bytes.
fn has_unicode_space(b: &[u8]) -> bool {
    memchr::memchr3_iter(0xC2, 0xE1, 0xE2, b).any(|i| {
        matches!(
            b[i..],
            [0xC2, 0x85 | 0xA0, ..]
                | [0xE1, 0x9A, 0x80, ..]
                | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..]
                | [0xE2, 0x81, 0x9F, ..]
        )
    }) || memchr::memmem::find(b, "\u{3000}".as_bytes()).is_some()
}

/// `line_key(&lower_keep_offsets(s))`: the bullets, spaces and closing marks
/// it drops have no case, and lower case never makes or unmakes a space, so
/// trimming first, lower-casing the rest (offsets kept) and collapsing its
/// whitespace gives the same key. Most lines have nothing to collapse: a
/// control byte (tabs, line breaks), two spaces in a row or a space outside
/// ASCII send a line through `norm_ws`, which leaves any other line as it is.
pub(crate) fn lower_line_key(s: &str) -> String {
    let s = key_part(s);
    let b = s.as_bytes();
    // (a fold, not `any`: no early exit, so the loop runs on whole vectors)
    let control = b.iter().fold(false, |a, &c| a | (c < 0x20));
    let lower = milcoop_core::text::lower_same_len(s);
    if control
        || memchr::memmem::find(b, b"  ").is_some()
        || (!s.is_ascii() && has_unicode_space(b))
    {
        return norm_ws(&lower);
    }
    lower
}

/// The first and last bytes of `lower_line_key(s)` (256 for both when the key
/// is empty), without building it: a line whose key cannot open or close a
/// regex's match needs no key.
pub(crate) fn key_edges(s: &str) -> (usize, usize) {
    let s = key_part(s);
    let (Some(a), Some(z)) = (s.chars().next(), s.chars().next_back()) else {
        return (256, 256);
    };
    // (the key is trimmed: its first and last characters are those of `s`, lower-cased)
    let low = |c: char| {
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
            _ => c,
        }
    };
    let mut buf = [0u8; 4];
    let first = low(a).encode_utf8(&mut buf).as_bytes()[0];
    let z = low(z);
    let last = z.encode_utf8(&mut buf).as_bytes()[z.len_utf8() - 1];
    (usize::from(first), usize::from(last))
}

/// Number of words: runs of bytes above ASCII space (eight bytes at a time,
/// as this runs on every line; Unicode spaces inside a line are rare enough not
/// to matter for the word limits it feeds).
fn count_words(s: &str) -> usize {
    const LO7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const ADD: u64 = 0x5f5f_5f5f_5f5f_5f5f;
    let b = s.as_bytes();
    let mut n = 0usize;
    // the top bit of each byte above ASCII space (bytes of 0x80 and more count as
    // word bytes), of the previous word's last byte at the bottom's top bit
    let mut prev_top = 0u64;
    let mut i = 0;
    while i + 8 <= b.len() {
        let x = milcoop_core::text::word8(b, i);
        // (low seven bits + 0x5f) has its top bit set where they are 0x21 or more
        let word = (((x & LO7) + ADD) | x) & milcoop_core::text::HIGH_BITS;
        // a word starts where a word byte follows a space byte
        n += (word & !((word << 8) | prev_top)).count_ones() as usize;
        prev_top = word >> 56;
        i += 8;
    }
    let mut prev = prev_top != 0;
    for &c in &b[i..] {
        let cur = c > b' ';
        n += usize::from(cur && !prev);
        prev = cur;
    }
    n
}

/// True when the line ends a sentence: final `.`, `!`, `?`, `…` or `;`,
/// possibly inside closing quotes or brackets.
fn ends_sentence(s: &str) -> bool {
    let s = s.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}')
    });
    // "... the agency said. (Yonhap)": a sentence closed by a short tag.
    if let Some(inner) = s.strip_suffix(')')
        && let Some(open) = inner.rfind('(')
        && !inner[open + 1..].contains(['.', '!', '?'])
        && count_words(&inner[open + 1..]) <= 4
        && inner[..open]
            .trim_end()
            .ends_with(['.', '!', '?', '…', '"', '”', '“', '»'])
        && ends_sentence(inner[..open].trim_end())
    {
        return true;
    }
    let t = s.trim_end_matches(['"', '“', '”', '»', '«', '\'', '’', ')', ']']);
    let quoted = t.len() < s.len();
    match t.chars().next_back() {
        Some('.' | '!' | '?' | '…') => true,
        Some(';') => !quoted,
        _ => false,
    }
}

/// Folded, lower-cased alphanumeric tokens, for comparing titles.
fn tokens(s: &str) -> Vec<String> {
    if s.is_ascii() {
        // folding changes no ASCII character, and ASCII lower case is all of it
        return s
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|t| !t.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
    }
    ascii_fold(s)
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// True when two titles are the same words, give or take folding,
/// punctuation, a missing last word or an outlet suffix.
fn similar(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < 3 || short.len() * 2 < long.len() {
        return false;
    }
    let inter = short.iter().filter(|t| long.contains(t)).count();
    inter * 10 >= short.len() * 9
}

/// A host in a line ("nytimes.com"): a country code or a common generic
/// top-level domain closes it.
static HOST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)\.(?:[a-z]{2}|com|org|net|gov|mil|int|edu|info|news|online|media|example)\b")
        .expect("host")
});

/// A sign-off of editors' initials alone on a line: "ck/dja", "(jd-lb/ach)".
/// A quote widget's change alone on a line: "+3,21 %", "−0.8%".
static QUOTE_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[+\-−–]\s?\d{1,4}(?:[.,]\d{1,3})?\s?%$").expect("quote change regex")
});

/// The first line of a sign-off over two lines: "Einen guten Start in den
/// Tag wünscht Ihnen", "Herzliche Grüße".
static SIGNOFF_WISH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\b(?:wünscht|wünschen|grüßt|grüßen)\s+(?:ihnen|sie|euch)|^(?:herzliche|viele|beste|liebe) grüße),?$")
        .expect("sign-off wish")
});

static SIGNOFF_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(?[a-z]{1,4}(?:-[a-z]{1,4})?(?:\s?/\s?[a-z]{1,4}(?:-[a-z]{1,4})?){1,4}\)?$")
        .expect("signoff line")
});

/// The org id of the outlet a source line names: a known name, else a host
/// turned into a slug.
fn source_org(rules: &Rules, lower: &str) -> Option<String> {
    if let Some(id) = rules.org_in(lower) {
        return Some(id.to_string());
    }
    let m = HOST.find(lower)?;
    if let Some(id) = rules.org_exact(m.as_str()) {
        return Some(id.to_string());
    }
    let c = HOST.captures(lower)?;
    let label = c.get(1)?.as_str().rsplit('.').next()?;
    (!label.is_empty()).then(|| format!("org:{label}"))
}

/// True when `name` is the site's own name without the generic word its
/// host adds ("KOMPASS" on kompass-magazin.example, "Example" on
/// example-online.example): the print edition of the site itself.
fn own_print_name(article: &Article, name: &str) -> bool {
    const TAILS: &[&str] = &[
        "magazin",
        "magazine",
        "mag",
        "online",
        "news",
        "zeitung",
        "nachrichten",
        "verlag",
        "media",
        "medien",
        "de",
    ];
    let key = site_letters(name);
    key.len() >= 4
        && site_name(article)
            .and_then(|s| s.strip_prefix(key.as_str()).map(|t| TAILS.contains(&t)))
            .unwrap_or(false)
}

/// Letters and digits of an outlet name or host, for "is this the site itself".
fn outlet_key(s: &str) -> String {
    outlet_host(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The host of a URL or outlet name, lower case, without `www.`.
fn outlet_host(s: &str) -> String {
    let s = s.trim().to_lowercase();
    let s = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .unwrap_or(&s);
    let host = s.split('/').next().unwrap_or("");
    host.strip_prefix("www.").unwrap_or(host).to_string()
}

/// The letters and digits of the site's own name, from its outlet name or
/// host ("www.example-post.co.uk" -> "examplepost"), when long enough to
/// tell a masthead line by (five or more).
fn site_key(article: &Article) -> Option<String> {
    site_name(article).filter(|k| k.len() >= 5)
}

/// The letters and digits of the site's own name, of any length.
fn site_name(article: &Article) -> Option<String> {
    let o = article.outlet.as_deref().or(article.url.as_deref())?;
    let host = outlet_host(o);
    let mut labels: Vec<&str> = host.split('.').collect();
    if labels.len() > 1 {
        labels.pop();
        // a second-level label of a country domain ("co.uk", "com.ua")
        if labels.len() > 1
            && ["com", "co", "org", "net", "gov", "ac"].contains(&labels[labels.len() - 1])
        {
            labels.pop();
        }
        labels.drain(..labels.len() - 1);
    }
    let key = site_letters(&labels.join(""));
    (!key.is_empty()).then_some(key)
}

/// True for the masthead of a site whose name is a short acronym ("ABC
/// News" on abc.example, "SCB" on scb.example): the acronym, written in
/// capitals, alone or with a word for news.
fn short_masthead(short: &str, l: &Line) -> bool {
    const NEWS: &[&str] = &[
        "",
        "news",
        "online",
        "nachrichten",
        "aktuell",
        "tv",
        "radio",
        "24",
    ];
    l.words <= 3
        && l.text.contains(&short.to_uppercase())
        && site_letters(l.text)
            .strip_prefix(short)
            .is_some_and(|rest| NEWS.contains(&rest))
}

/// Folded, lower-cased letters and digits of `s`, for comparing site names.
fn site_letters(s: &str) -> String {
    ascii_fold(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// An org slug of a name: lower case, runs of other characters as "-".
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in ascii_fold(name).to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// What a source or credit line says.
enum SourceVerdict {
    Org(String),
    Names(Vec<String>),
    Nothing,
}

/// A "Source: X, ..." / "Quelle: X" line: credits when X is the site
/// itself or unknown, the original source when X is another known outlet.
fn source_line(rules: &Rules, article: &Article, line: &Line, hit: &Hit) -> SourceVerdict {
    let labelled = hit.rule.pattern.ends_with(':')
        && hit.start == line.text.len() - strip_bullets(line.text).len();
    if labelled {
        let rest = &line.text[hit.end..];
        // Only agencies ("Quelle: AFP, Reuters"): agency credits, not a source.
        // "Quelle: Mit Material der Nachrichtenagenturen dpa und AFP".
        let lead = [
            "mit material von ",
            "mit material der ",
            "mit informationen von ",
            "mit informationen der ",
        ]
        .iter()
        .find(|p| rest.trim_start().to_lowercase().starts_with(*p))
        .map_or(0, |p| p.len());
        let body = rest.trim_start();
        let body = if body.is_char_boundary(lead) {
            &body[lead..]
        } else {
            body
        };
        let parts: Vec<&str> = body
            .split([',', ';', '/', '&'])
            .flat_map(|p| p.split(" und ").flat_map(|q| q.split(" and ")))
            .map(|p| names::strip_generic(p.trim().trim_end_matches('.')))
            .filter(|p| !p.is_empty())
            .collect();
        if !parts.is_empty() && parts.iter().all(|p| rules.is_agency(p)) {
            return SourceVerdict::Names(parts.into_iter().map(str::to_string).collect());
        }
        let first = rest.split([',', ';', '(']).next().unwrap_or("").trim();
        let first_org = rules
            .org_exact(first)
            .or_else(|| rules.org_in(&lower_keep_offsets(first)));
        let own = [article.outlet.as_deref(), article.url.as_deref()]
            .into_iter()
            .flatten()
            .any(|o| {
                !first.is_empty()
                    && (outlet_key(o) == outlet_key(first)
                        || first_org.is_some() && first_org == rules.org_exact(&outlet_host(o)))
            });
        if !own {
            if let Some(id) = first_org {
                return SourceVerdict::Org(id.to_string());
            }
            if HOST.is_match(&first.to_lowercase())
                && let Some(id) = source_org(rules, &first.to_lowercase())
            {
                return SourceVerdict::Org(id);
            }
        }
        if !own && hit.rule.action == Action::Origin {
            let slug = slug(first);
            if !slug.is_empty()
                && first.starts_with(char::is_uppercase)
                && first.split_whitespace().count() <= 4
            {
                return SourceVerdict::Org(format!("org:{slug}"));
            }
        }
        return match names::split_names(rules, rest) {
            Some(n) => SourceVerdict::Names(n),
            None => SourceVerdict::Nothing,
        };
    }
    if let Some(id) = source_org(rules, &lower_keep_offsets(line.text)) {
        return SourceVerdict::Org(id);
    }
    // "... originally published by Example Weekly.": an unknown outlet
    // named after the phrase becomes a slug (not the site itself).
    let name = outlet_after(&line.text[hit.end..]);
    let own = [article.outlet.as_deref(), article.url.as_deref()]
        .into_iter()
        .flatten()
        .any(|o| outlet_key(o) == outlet_key(&name))
        || own_print_name(article, &name);
    let slug = slug(&name);
    if !slug.is_empty() && !own {
        return SourceVerdict::Org(format!("org:{slug}"));
    }
    SourceVerdict::Nothing
}

/// The capitalised name after a source phrase ("by The Example Weekly." ->
/// "The Example Weekly"), up to five words, or "" when there is none.
fn outlet_after(rest: &str) -> String {
    const LINKS: &[&str] = &[
        "by",
        "in",
        "on",
        "at",
        "from",
        "published",
        "appeared",
        "posted",
        "bei",
        "von",
        "auf",
        "im",
        "erschienen",
        "veröffentlicht",
    ];
    let mut words = rest.split_whitespace().peekable();
    while let Some(w) = words.peek() {
        if LINKS.contains(&w.to_lowercase().as_str()) {
            words.next();
        } else {
            break;
        }
    }
    let mut name: Vec<&str> = Vec::new();
    for w in words {
        let clean = w.trim_end_matches(['.', ',', ';', ':', ')', '!']);
        if name.len() == 5 {
            return String::new();
        }
        if !clean.starts_with(char::is_uppercase) {
            break;
        }
        name.push(clean);
        if clean.len() != w.len() {
            break;
        }
    }
    if name.len() > 1 && ["The", "Der", "Die", "Das"].contains(&name[0]) {
        name.remove(0);
    }
    name.join(" ")
}

/// Applies the line rules to one line; returns the original source it names.
fn line_rules<'r>(
    rules: &'r Rules,
    article: &Article,
    line: &mut Line,
    hits: &mut Vec<Hit<'r>>,
) -> Option<String> {
    rules.hits(line.text, line.words, hits);
    for hit in hits.iter() {
        // A phrase of furniture inside a sentence that tells news from a
        // source ("Poland will subscribe to the scheme, the minister said."):
        // the sentence is body.
        if hit.rule.kind == Match::Contains
            && hit.rule.action == Action::Bp
            && line.sentence
            && rules.reports(line.text)
        {
            continue;
        }
        match hit.rule.action {
            Action::Source | Action::Origin => {
                line.class = Class::Boiler;
                match source_line(rules, article, line, hit) {
                    SourceVerdict::Org(id) => return Some(id),
                    SourceVerdict::Names(n) => line.names = n,
                    SourceVerdict::Nothing => {}
                }
                return None;
            }
            Action::Credit => {
                if let Some(n) = names::split_names(rules, &line.text[hit.end..]) {
                    line.class = Class::Boiler;
                    line.names = n;
                    return None;
                }
            }
            Action::Byline => {
                if let Some(n) = names::byline(rules, &line.text[hit.end..], line.sentence) {
                    line.class = Class::Boiler;
                    line.names = n;
                    return None;
                }
            }
            Action::Reporter => {
                // A sentence only when the pattern closes it ("... contributed to this report.").
                let rest = line.text[hit.end..].trim_end_matches('.');
                // "... reports from Kyiv.": only a place after the pattern.
                let place = {
                    let w: Vec<&str> = rest.split_whitespace().collect();
                    (1..=2).contains(&w.len())
                        && w.iter().all(|w| w.starts_with(char::is_uppercase))
                };
                let closes = rest.trim().is_empty() || names::place_only(rest) || place;
                if (!line.sentence || closes)
                    && let Some(n) = names::split_names(rules, &line.text[..hit.start])
                    // "Jane Doe reports" alone: whole names ("Intelligence
                    // reports" is a sub-heading)
                    && (hit.rule.pattern != "reports"
                        || n.iter().all(|n| {
                            (2..=4).contains(&n.split_whitespace().count())
                                && n.split_whitespace()
                                    .all(|w| w.starts_with(char::is_uppercase))
                        }))
                {
                    line.class = Class::Boiler;
                    line.names = n;
                    return None;
                }
            }
            Action::Photo => {
                // "(dpa/AFP)" matches "/afp)" but is an agency tag: not a photo.
                if hit.rule.pattern.starts_with('/')
                    && let Some(open) = line.text[..hit.start].rfind('(')
                    && names::agency_tags(
                        rules,
                        names::strip_with(&line.text[open + 1..hit.end - 1]),
                    )
                    .is_some()
                {
                    continue;
                }
                // "Foto: X" counts when only a credit follows the marker.
                if hit.rule.pattern.ends_with(':')
                    && line.text[hit.end..].split_whitespace().count() > 12
                    && !credit_closes(rules, &line.text[hit.end..])
                {
                    continue;
                }
                line.class = Class::Boiler;
                let head =
                    line.text[..hit.start].trim_matches(|c: char| c.is_whitespace() || c == '(');
                line.photo_credit =
                    head.is_empty() || line.text.starts_with('(') && line.text.ends_with(')');
                return None;
            }
            Action::Bp | Action::Cut | Action::Label => {
                line.class = Class::Boiler;
                line.label = hit.rule.action == Action::Label;
                // An author note: "Jane Doe is the paper's correspondent."
                if line.sentence
                    && let Some((who, _)) = line
                        .text
                        .split_once(" is ")
                        .or_else(|| line.text.split_once(" ist "))
                    && !determiner_head(who)
                    && let Some(n) = names::split_names(rules, who)
                    && n.len() == 1
                    && (2..=4).contains(&n[0].split_whitespace().count())
                    && n[0]
                        .split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase))
                {
                    line.names = n;
                }
                // "Jane Doe | Reuters" also has the shape of a breadcrumb.
                if line.words <= 6
                    && let Some(n) = names::name_agency_line(rules, line.text)
                {
                    line.names = n;
                }
                return None;
            }
        }
    }
    // An agency and the date of its copy: "ANI | Updated: Nov 03, 2025 14:05 IST".
    if line.class == Class::Body
        && !line.sentence
        && line.words <= 12
        && let Some(n) = names::agency_date_line(rules, line.text)
    {
        line.class = Class::Boiler;
        line.names = n;
        return None;
    }
    if line.words <= 6 {
        if let Some(tags) = names::tag_line(rules, line.text)
            .or_else(|| names::name_agency_line(rules, line.text))
            .or_else(|| names::agency_name_line(rules, line.text))
        {
            line.class = Class::Boiler;
            line.names = tags;
        } else if let Some(n) = names::dated_signoff(rules, line.text).or_else(|| {
            (!line.sentence)
                .then(|| names::role_name_line(rules, line.text))
                .flatten()
        }) {
            line.class = Class::Boiler;
            line.names = n;
        } else if names::photo_credit_line(rules, line.text) {
            line.class = Class::Boiler;
            line.photo_credit = true;
        }
    }
    // A caption closed by the picture's source in brackets: "... built in
    // Japan. (Supplied: Department of Defence)", "... (Reuters: Jane Doe)",
    // "... drills on Monday. (Joint Chiefs of Staff)", "... (KCNA-Yonhap)".
    if line.class == Class::Body
        && line.words <= 40
        && let Some(inner) = line.text.strip_suffix(')')
        && let Some(open) = inner.rfind('(')
        && bracket_credit(rules, &inner[open + 1..], &inner[..open])
    {
        line.class = Class::Boiler;
        return None;
    }
    // A caption closed by a photo credit: "Soldiers near Pokrovsk. Jane
    // Doe/AP", "... (IMAGO/Jane Doe)", "... | Jane Doe/Reuters".
    if line.class == Class::Body && line.words <= 40 && line.text.contains('/') {
        let t = line.text.trim_end();
        let tail = if t.ends_with(')') {
            t.rfind('(').map(|i| &t[i..])
        } else {
            t.rfind(". ")
                .map(|i| &t[i + 2..])
                .or_else(|| t.rfind(" | ").map(|i| &t[i + 3..]))
        };
        if tail.is_some_and(|tail| names::photo_credit_line(rules, tail)) {
            line.class = Class::Boiler;
        }
    }
    None
}

/// True when `inner`, the brackets closing a line after `before`, credit a
/// picture: a source and a photographer ("Reuters: Jane Doe", "Supplied:
/// Department of Defence"), two agencies joined by a hyphen
/// ("KCNA-Yonhap"), or, after a full sentence that reports nothing, a
/// capitalised name of two to six words ("Joint Chiefs of Staff"). A lone
/// agency ("(Yonhap)") is the tag of a paragraph, not a picture's credit.
fn bracket_credit(rules: &Rules, inner: &str, before: &str) -> bool {
    const SMALL: &[&str] = &["of", "the", "and", "for", "de", "von", "der", "des", "und"];
    let capitalised = |s: &str, max: usize| {
        let w: Vec<&str> = s.split_whitespace().collect();
        (1..=max).contains(&w.len())
            && w[0].starts_with(char::is_uppercase)
            && w.iter()
                .all(|w| w.starts_with(char::is_uppercase) || SMALL.contains(w))
    };
    let before = before.trim_end();
    if before.is_empty() || inner.contains(|c: char| c.is_ascii_digit() || "()/.!?;,\"".contains(c))
    {
        return false;
    }
    if let Some((head, tail)) = inner.split_once(':') {
        let h = head.trim();
        let known = rules.is_agency(h)
            || names::is_photo_agency(h)
            || [
                "supplied", "photo", "picture", "image", "foto", "bild", "handout", "courtesy",
                "file",
            ]
            .contains(&h.to_lowercase().as_str())
            || h.ends_with(" News");
        return capitalised(head, 3)
            && capitalised(tail, 5)
            && (known || ends_sentence(before) && !rules.reports(before));
    }
    if let Some((a, b)) = inner.split_once('-')
        && rules.is_agency(a.trim())
        && rules.is_agency(b.trim())
        && !rules.is_agency(inner.trim())
    {
        return true;
    }
    capitalised(inner, 6)
        && inner.split_whitespace().count() >= 2
        && names::agency_tags(rules, inner).is_none()
        && ends_sentence(before)
        && !rules.reports(before)
}

/// True when a caption closes with a labelled credit ("... in Estonia.
/// Source: Example Forces", "... Foto: Jane Doe"): a photo or source rule
/// whose pattern ends in ":" opens its last sentence.
fn credit_closes(rules: &Rules, rest: &str) -> bool {
    let Some(i) = rest.rfind(". ") else {
        return false;
    };
    let tail = rest[i + 2..].trim();
    let words = count_words(tail);
    if words > 8 {
        return false;
    }
    let mut hits = Vec::new();
    rules.hits(tail, words, &mut hits);
    hits.iter().any(|h| {
        h.start == 0
            && h.rule.pattern.ends_with(':')
            && matches!(
                h.rule.action,
                Action::Photo | Action::Source | Action::Origin
            )
    })
}

/// A line that may be a headline: short, no final full stop (a question
/// may be), not a list item, not a lead-in.
fn headline_candidate(l: &Line) -> bool {
    // a question or an exclamation of one sentence ("Putin bekommt neue Raketen!")
    let question = l.words <= 20
        && (l.text.ends_with('?')
            || l.text.ends_with('!') && !l.text[..l.text.len() - 1].contains(['.', '!', '?']));
    let starts_ok = l.text.chars().next().is_some_and(|c| !c.is_lowercase());
    let bullet = strip_bullets(l.text).len() != l.text.len();
    (!l.sentence || question)
        && starts_ok
        && !bullet
        && l.words <= 30
        && l.text.len() <= 300
        && !l.text.ends_with([':', ',', '-', '–'])
}

/// Kickers and navigation labels: a few words above a longer headline
/// ("Ukraine-Krieg:", "World > Europe", "Analyse"). A short line with a
/// colon inside is a headline ("Ukraine war: live"), not a kicker.
fn kicker_like(l: &Line) -> bool {
    l.words <= 4
        && !l.sentence
        && !l.text.starts_with(char::is_lowercase)
        && !l.text.trim_end_matches(':').contains(": ")
}

/// Finds the headline (and a kicker above it) among the lines not yet
/// boilerplate; returns the title line's index.
fn find_title(
    lines: &mut [Line],
    meta: Option<&str>,
    url: Option<&str>,
    wrapped: bool,
) -> Option<usize> {
    let open: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].class == Class::Body)
        .collect();
    let meta_hit = meta.filter(|m| !m.trim().is_empty()).and_then(|meta| {
        // (tokenised only when a line is not the very same words)
        let mt = LazyCell::new(|| tokens(meta));
        open.iter().take(12).copied().find(|&i| {
            // (`norm_ws` of both equal: the same words; the line is trimmed)
            lines[i].text == meta.trim()
                || lines[i].text.split_whitespace().eq(meta.split_whitespace())
                || (!lines[i].sentence && similar(&tokens(lines[i].text), &mt))
        })
    });
    // Without a metadata title, the headline the URL's slug spells
    // (".../poland-inks-second-k2-tank-deal/").
    let hit = meta_hit.or_else(|| {
        (meta.is_none_or(|m| m.trim().is_empty()))
            .then(|| slug_title(lines, &open, url?))
            .flatten()
    });
    {
        if let Some(h) = hit {
            // a run of kickers right above it ("Studio Example", "Defense")
            let at = open.iter().position(|&i| i == h).unwrap_or(0);
            let run = open[..at]
                .iter()
                .rev()
                .take_while(|&&k| kicker_like(&lines[k]))
                .count();
            for &k in &open[at - run..at] {
                lines[k].class = Class::Boiler;
            }
            return hit;
        }
    }
    if wrapped {
        return None;
    }
    let first = *open.first()?;
    let body_after = |from: usize| open.iter().any(|&j| j > from && lines[j].sentence);
    // Short header lines above a much longer one right above the first
    // paragraph ("Meetings Coverage and Press Releases", "SECURITY COUNCIL",
    // the headline): labels of the site, the long line is the headline.
    let head: Vec<usize> = open
        .iter()
        .copied()
        .take_while(|&i| headline_candidate(&lines[i]) && !lines[i].sentence)
        .take(6)
        .collect();
    if let [above @ .., last] = head.as_slice()
        && !above.is_empty()
        && open
            .iter()
            .find(|&&j| j > *last)
            .is_some_and(|&j| lines[j].sentence && lines[j].words > 12)
        && lines[*last].words >= 6
        && above
            .iter()
            .all(|&k| lines[k].words * 3 <= lines[*last].words * 2)
        && !headline_over_standfirst(lines, above)
    {
        for &k in above {
            lines[k].class = Class::Boiler;
        }
        return Some(*last);
    }
    let lead = open
        .iter()
        .take(4)
        .take_while(|&&i| kicker_like(&lines[i]))
        .count();
    if lead > 0
        && let Some(&head) = open.get(lead)
    {
        let kicker_words = open[..lead].iter().map(|&i| lines[i].words).max();
        if headline_candidate(&lines[head])
            && !lines[head].sentence
            && kicker_words.is_some_and(|k| lines[head].words > k)
            && body_after(head)
        {
            for &k in &open[..lead] {
                lines[k].class = Class::Boiler;
            }
            return Some(head);
        }
        // A short headline under navigation labels ("Politik", "Nato rüstet
        // auf"), the paragraph right under it: the longest of the lead.
        let last = open[lead - 1];
        let above = open[..lead - 1].iter().map(|&i| lines[i].words).max();
        if lines[head].sentence
            && above.is_some_and(|a| lines[last].words > a)
            && headline_candidate(&lines[last])
        {
            for &k in &open[..lead - 1] {
                lines[k].class = Class::Boiler;
            }
            return Some(last);
        }
    }
    (headline_candidate(&lines[first]) && body_after(first)).then_some(first)
}

/// True when the line right above a long header line is itself a
/// headline (six or more words, not a shouted label like "SECURITY
/// COUNCIL"): the long line under it is the standfirst without final
/// punctuation, not the headline.
fn headline_over_standfirst(lines: &[Line], above: &[usize]) -> bool {
    above.last().is_some_and(|&k| {
        let t = lines[k].text;
        // (a headline in capitals is longer than a shouted label: "IRAN'S
        // KILLER DRONES ROLL OFF RUSSIAN PRODUCTION LINE")
        lines[k].words >= 6
            && (t.chars().any(char::is_lowercase) || lines[k].words >= 7)
            && headline_candidate(&lines[k])
            && !t.contains(['|', '>', '»', '/'])
    })
}

/// Folded words of a slug or a line for comparing them: lower case, German
/// umlauts as a URL spells them ("ue" and "ü" both "u"), words of three or
/// more letters, no numbers or ids.
fn slug_words(s: &str) -> Vec<String> {
    let lower = s
        .to_lowercase()
        .replace('ß', "ss")
        .replace(['ä', 'á', 'à', 'â'], "a")
        .replace(['ö', 'ó', 'ò', 'ô'], "o")
        .replace(['ü', 'ú', 'ù', 'û'], "u")
        .replace("ae", "a")
        .replace("oe", "o")
        .replace("ue", "u");
    ascii_fold(&lower)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| {
            t.len() >= 3 && !t.chars().any(|c| c.is_ascii_digit())
                || t.len() >= 2
                    && t.chars().any(|c| c.is_ascii_alphabetic())
                    && t.chars().any(|c| c.is_ascii_digit())
                    && t.len() <= 4
        })
        .map(str::to_string)
        .collect()
}

/// The open line among the first twelve that the URL's slug spells: a
/// headline candidate sharing at least three words with the slug and most of
/// the slug's words (the slug may be shortened, the headline longer).
fn slug_title(lines: &[Line], open: &[usize], url: &str) -> Option<usize> {
    let path = url.split("://").nth(1).unwrap_or(url);
    let path = path.split(['?', '#']).next().unwrap_or("");
    let slug = path
        .split('/')
        .skip(1)
        .map(slug_words)
        .max_by_key(Vec::len)?;
    if slug.len() < 3 {
        return None;
    }
    let mut best: Option<(usize, usize)> = None;
    for &i in open.iter().take(12) {
        let l = &lines[i];
        if !headline_candidate(l) || l.sentence && !l.text.ends_with(['?', '!']) {
            continue;
        }
        let words = slug_words(l.text);
        let shared = slug.iter().filter(|t| words.contains(t)).count();
        if shared >= 3 && shared * 10 >= slug.len() * 6 && best.is_none_or(|(_, b)| shared > b) {
            best = Some((i, shared));
        }
    }
    best.map(|(i, _)| i)
}

/// A headline of another article: a capitalised line of 2 to 20 words
/// without final punctuation, not a list item, a price or a number.
fn teaser_like(l: &Line) -> bool {
    let digits = l.text.chars().filter(char::is_ascii_digit).count();
    let letters = l.text.chars().filter(|c| c.is_alphabetic()).count();
    !l.sentence
        && (2..=20).contains(&l.words)
        && letters > 4 * digits
        && !l.text.contains(" : ")
        && l.text.starts_with(char::is_uppercase)
        && strip_bullets(l.text).len() == l.text.len()
        && !l.text.ends_with([':', ',', ';'])
}

/// A headline of another article phrased as a question ("Finland joins
/// Nato - what changes?"): short, capitalised, one sentence.
fn question_teaser(l: &Line) -> bool {
    l.text.ends_with('?')
        && (3..=15).contains(&l.words)
        && l.text.starts_with(char::is_uppercase)
        && !l.text[..l.text.len() - 1].contains(['.', '!', '?', '"', '“', '„', '«', '»'])
}

/// True when the line holds a year of this or the last century ("2025").
/// The names of a byline `line` whose part `head` is capitalised words and
/// connectors only ("Jane Doe and John Roe", "Jane Doe, Oslo"), each name of
/// two or three words.
fn names_alone(rules: &Rules, head: &str, line: &str) -> Option<Vec<String>> {
    // ("The Pipeline", "Die Fabrik": a headline, not a name)
    if determiner_head(head) {
        return None;
    }
    if !head
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase) || ["und", "and", "&"].contains(&w))
    {
        return None;
    }
    names::byline(rules, line, false).filter(|n| {
        n.iter()
            .all(|n| (2..=3).contains(&n.split_whitespace().count()))
    })
}

fn has_year(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(4).enumerate().any(|(i, w)| {
        (w.starts_with(b"19") || w.starts_with(b"20"))
            && w.iter().all(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
    })
}

/// A lower-case phrase without punctuation, the shape of an image's alt text.
fn alt_text_like(l: &Line) -> bool {
    !l.sentence
        && (2..=12).contains(&l.words)
        && l.text.starts_with(char::is_lowercase)
        && !l
            .text
            .chars()
            .any(|c| c.is_uppercase() || c.is_ascii_digit() || "(),:;".contains(c))
}

/// True for a paragraph of several sentences and more than 20 words: a
/// standfirst or first paragraph, not the caption of the picture whose
/// bare credit follows it (captions are one sentence or short).
fn standfirst_like(l: &Line) -> bool {
    l.words > 20
        && l.text.trim_end().char_indices().any(|(i, c)| {
            matches!(c, '.' | '!' | '?')
                && l.text[i + 1..].starts_with(' ')
                && l.text[i + 1..].trim_start().starts_with(char::is_uppercase)
        })
}

/// True when a phrase opens with an article or demonstrative ("Dieser
/// Artikel ist ...", "The report is ..."): a thing, not a person's name.
fn determiner_head(s: &str) -> bool {
    s.split_whitespace().next().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "der"
                | "die"
                | "das"
                | "dieser"
                | "diese"
                | "dieses"
                | "ein"
                | "eine"
                | "the"
                | "this"
                | "a"
                | "an"
        )
    })
}

/// A label pointing to other articles, of up to five words ("Lesen Sie
/// auch:", "Das könnte Sie auch interessieren:"): the headline under it is
/// a link, like the value under a short label.
fn pointer_label(l: &Line) -> bool {
    l.words <= 5 && {
        let t = l.text.to_lowercase();
        [
            "lesen sie",
            "auch interessant",
            "interessieren",
            "read more",
            "also read",
            "see also",
            "related",
            "mehr zum",
            "weiterlesen",
            "more on",
        ]
        .iter()
        .any(|k| t.contains(k))
    }
}

/// True for a line that looks like a photo caption without a credit: see
/// the call site.
fn uncredited_caption(lines: &[Line], i: usize) -> bool {
    let l = &lines[i];
    let t = l.text;
    if l.sentence || !(12..=25).contains(&l.words) || strip_bullets(t).len() != t.len() {
        return false;
    }
    if t.ends_with([',', ';', '-', '–'])
        || t.contains([
            ':', ',', '—', '–', '&', '"', '“', '”', '„', '«', '»', '*', '|', '?', '!',
        ])
    {
        return false;
    }
    if t.starts_with(|c: char| c.is_ascii_digit() || "'‘’(".contains(c))
        || t.contains(". ")
        || t.contains("http")
    {
        return false;
    }
    let lower_words = t
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    if lower_words < 3 {
        return false;
    }
    // Neighbours that are not boilerplate must both be paragraphs.
    let prev = lines[..i].iter().rev().find(|p| p.class != Class::Boiler);
    let next = lines[i + 1..].iter().find(|n| n.class != Class::Boiler);
    matches!((prev, next), (Some(p), Some(n)) if p.class == Class::Body && p.sentence && n.sentence)
}

/// Builds the line rules now (a pipeline set up once calls this, so that the first
/// article does not pay for compiling them).
pub fn preload() {
    LazyLock::force(&RULES);
    LazyLock::force(&HOST);
}

/// Cleans one article.
pub fn clean(article: &Article) -> Cleaned {
    let rules = &*RULES;
    let text = article.text.as_str();
    let mut lines: Vec<Line> = lines_with_spans(text)
        .filter(|(_, raw)| !raw.trim().is_empty())
        .map(|(span, raw)| {
            let t = raw.trim();
            let start = span.start + (raw.len() - raw.trim_start().len());
            let span = Span::new(start, start + t.len());
            let words = count_words(t);
            Line {
                span,
                raw,
                text: t,
                words,
                sentence: ends_sentence(t),
                class: Class::Body,
                photo_credit: false,
                label: false,
                names: Vec::new(),
            }
        })
        .collect();

    // 1. Line rules.
    let mut source = None;
    let mut hits = Vec::new();
    for line in lines.iter_mut() {
        let s = line_rules(rules, article, line, &mut hits);
        if source.is_none() {
            source = s;
        }
    }
    // Hard-wrapped text: most longer lines the rules left in the body end
    // mid-sentence (furniture without a full stop, a credit or a date line,
    // tells nothing about wrapping).
    let long: Vec<&Line> = lines
        .iter()
        .filter(|l| l.text.len() >= 40 && l.class == Class::Body)
        .collect();
    let open_ended = long.iter().filter(|l| !l.sentence).count();
    let wrapped = long.len() >= 5 && open_ended * 10 > long.len() * 6;
    // The site's own name alone on a line ("Example Post", "Radio Example",
    // "example-post.com"), or opening a line with a date ("Example Post -
    // 3 May 2024 - 14:05 | World"): the masthead and the site's dateline.
    let site = site_key(article);
    if let Some(short) = site_name(article).filter(|k| (2..5).contains(&k.len())) {
        for l in lines.iter_mut() {
            if l.class == Class::Body && !l.sentence && short_masthead(&short, l) {
                l.class = Class::Boiler;
            }
        }
    }
    if let Some(site) = &site {
        for l in lines.iter_mut() {
            if l.class != Class::Body || l.sentence || l.words > 15 {
                continue;
            }
            let key = site_letters(l.text);
            let masthead = l.words <= 4 && key.contains(site) && key.len() <= site.len() + 12;
            if masthead || key.starts_with(site) && has_year(l.text) {
                l.class = Class::Boiler;
            }
        }
    }
    // An image's alt text: a lone lower-case phrase without punctuation
    // (a run of them is a list).
    if !wrapped {
        let alt: Vec<bool> = lines.iter().map(alt_text_like).collect();
        for i in 0..lines.len() {
            let lonely = (i == 0 || !alt[i - 1]) && !alt.get(i + 1).copied().unwrap_or(false);
            if alt[i] && lonely && lines[i].class == Class::Body {
                lines[i].class = Class::Boiler;
            }
        }
    }

    // An author box: a name alone on a line above a role line ("Jane Doe" /
    // "Senior correspondent"), or above the date line before the first
    // paragraph after a standfirst ("Jane Doe" / "Sunday 12 March 2025
    // 14:05"): the names are credits ("Jane Doe and John Roe", a place after
    // them is none: "Jane Doe, Oslo").
    let mut paras = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.class == Class::Body && l.sentence && l.words > 12)
        .map(|(i, _)| i);
    let first_para = paras.next().unwrap_or(lines.len());
    let second_para = paras.next().unwrap_or(lines.len());
    for i in 1..lines.len() {
        let role = &lines[i];
        let is_role_line = role.class == Class::Boiler
            && role.words <= 4
            && role
                .text
                .split_whitespace()
                .next_back()
                .is_some_and(|w| rules.is_role(w));
        let is_date_line = i < second_para
            && role.class == Class::Boiler
            && role.words <= 12
            && role.names.is_empty()
            && has_year(role.text);
        // "Jane Doe" / "Example News, Tallinn": the site's name and the
        // reporter's place under the name, before the first paragraph.
        let is_site_line = i < first_para
            && role.class == Class::Boiler
            && role.words <= 6
            && site
                .as_ref()
                .is_some_and(|s| site_letters(role.text).starts_with(s.as_str()));
        // "Jane Doe in Kyiv" alone before the first paragraph: a byline.
        let l = &lines[i];
        if i < first_para
            && l.class == Class::Body
            && !l.sentence
            && l.words <= 8
            && names::place_only_tail(l.text)
            && let Some(n) = names::split_names(rules, l.text)
            && n.iter().all(|n| {
                (2..=4).contains(&n.split_whitespace().count())
                    && n.split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase))
            })
        {
            lines[i].class = Class::Boiler;
            lines[i].names = n;
            continue;
        }
        // "Jane Doe, John Roe | Oslo, 10.09.2025 – 06:00 Uhr", "Jane Doe,
        // Parliament | 18.09.2025": names (a desk or place may close them)
        // before a separator and a dated stamp, in the header (a standfirst
        // may stand above it): a byline.
        if i < second_para
            && l.class == Class::Body
            && !l.sentence
            && l.words <= 14
            && let Some((head, stamp)) = l.text.split_once(" | ")
            && has_year(stamp)
            && let Some(n) = names_alone(rules, head, l.text)
        {
            lines[i].class = Class::Boiler;
            lines[i].names = n;
            continue;
        }
        // "Updated 12 minutes ago" / "Jane Doe and John Roe" / the first
        // paragraph: names alone under the header's time stamp, with the
        // headline above them.
        if i + 1 == first_para
            && i >= 2
            && l.class == Class::Body
            && !l.sentence
            && (2..=10).contains(&l.words)
            && lines[i - 1].class == Class::Boiler
            && lines[i - 1].names.is_empty()
            && lines[i - 1].words <= 8
            && lines[i - 1].text.contains(|c: char| c.is_ascii_digit())
            && lines[..i - 1]
                .iter()
                .any(|h| h.class == Class::Body && !h.sentence)
            && let Some(n) = names_alone(rules, l.text, l.text)
        {
            lines[i].class = Class::Boiler;
            lines[i].names = n;
            continue;
        }
        // "Heard on Morning Edition" / "Jane Doe" / "4-Minute Listen": a name
        // alone between header furniture (one of it with a number: a date, a
        // time, a player's length) under the headline, before the first
        // paragraph.
        if i + 1 < first_para
            && i >= 2
            && l.class == Class::Body
            && !l.sentence
            && (2..=7).contains(&l.words)
            && [&lines[i - 1], &lines[i + 1]]
                .iter()
                .all(|n| n.class == Class::Boiler && n.names.is_empty() && n.words <= 8)
            && [&lines[i - 1], &lines[i + 1]]
                .iter()
                .any(|n| n.text.contains(|c: char| c.is_ascii_digit()))
            && lines[..i]
                .iter()
                .filter(|h| h.class == Class::Body && h.sentence)
                .count()
                <= 1
            && lines[..i - 1]
                .iter()
                .any(|h| h.class == Class::Body && !h.sentence && h.words > l.words)
            && let Some(n) = names_alone(rules, l.text, l.text)
        {
            lines[i].class = Class::Boiler;
            lines[i].names = n;
            continue;
        }
        // "Einen guten Start wünscht Ihnen" / "Ihr Max Roth": a newsletter's
        // sign-off over two lines; the name line is a credit.
        if i + 1 >= first_para
            && l.class == Class::Body
            && !l.sentence
            && (3..=5).contains(&l.words)
            && lines[i - 1].class == Class::Boiler
            && lines[i - 1].names.is_empty()
            && SIGNOFF_WISH.is_match(&lines[i - 1].text.to_lowercase())
            && let Some(rest) = ["Ihr ", "Ihre ", "Euer ", "Eure "]
                .iter()
                .find_map(|p| l.text.strip_prefix(p))
            && let Some(n) = names_alone(rules, rest, rest)
        {
            lines[i].class = Class::Boiler;
            lines[i].names = n;
            continue;
        }
        let p = &lines[i - 1];
        if (is_role_line || is_date_line || is_site_line)
            && p.class == Class::Body
            && !p.sentence
            && (2..=10).contains(&p.words)
            && p.text.split_whitespace().all(|w| {
                w.starts_with(char::is_uppercase)
                    || ["und", "and", "&"].contains(&w)
                    // a live blog's writers: "Jane Doe (now) and John Roe (earlier)"
                    || w.starts_with('(') && w.ends_with(')')
            })
            && let Some(n) = names::byline(rules, p.text, false)
            && n.iter()
                .all(|n| (2..=4).contains(&n.split_whitespace().count()) || rules.is_agency(n))
        {
            lines[i - 1].class = Class::Boiler;
            lines[i - 1].names = n;
        }
    }

    // 2. Structure.
    let title = find_title(
        &mut lines,
        article.title.as_deref(),
        article.url.as_deref(),
        wrapped,
    );
    if let Some(t) = title {
        lines[t].class = Class::Title;
        let ttext = lines[t].text;
        let tt = LazyCell::new(|| tokens(ttext));
        let twords = lines[t].words;
        for (i, l) in lines.iter_mut().enumerate() {
            if i != t
                && l.class == Class::Body
                && (l.text == ttext
                    || (!l.sentence && l.words <= twords + 3 && similar(&tokens(l.text), &tt)))
            {
                l.class = Class::Boiler;
            }
        }
    }
    // A quote widget: the security's name right above its change ("Example
    // Defence AG" / "+3,21 %") is the widget's label, not a sub-heading.
    for c in 1..lines.len() {
        let p = &lines[c - 1];
        if lines[c].class == Class::Boiler
            && QUOTE_CHANGE.is_match(lines[c].text)
            && p.class == Class::Body
            && p.words <= 4
            && !p.sentence
        {
            lines[c - 1].class = Class::Boiler;
        }
    }
    // Captions above a photo credit line.
    for c in 1..lines.len() {
        // An agency alone on a line in the header, under a short line that
        // stands right under furniture: a picture's credit ("APA/AFP").
        let agency_credit = c < second_para
            && lines[c].class == Class::Boiler
            && !lines[c].names.is_empty()
            && lines[c].names.iter().all(|n| rules.is_agency(n));
        // (a line telling news from a source, "…, officials said", is a paragraph)
        if !(lines[c].photo_credit || agency_credit)
            || lines[c - 1].class != Class::Body
            || lines[c - 1].words > 30
            || rules.reports(lines[c - 1].text)
        {
            continue;
        }
        let p = c - 1;
        let dup = lines
            .iter()
            .enumerate()
            .any(|(j, l)| j != p && l.text == lines[p].text);
        // Only furniture (a title, a kicker, a copy of it) above it: the
        // photo under the headline.
        let header = p > 0
            && lines[..p]
                .iter()
                .all(|l| l.class != Class::Body || l.text == lines[p].text);
        // A short line between paragraphs, right above a credit: a caption
        // (a body paragraph is longer than this, and a picture without a
        // caption rarely follows one that short).
        let short = lines[p].words <= 20
            && lines[..p]
                .iter()
                .any(|l| l.class == Class::Body && l.words > 20);
        // A short line in the header between furniture (a byline or date
        // above, the credit below): the caption of the lead picture.
        let boxed =
            c < second_para && p > 0 && lines[p].words <= 20 && lines[p - 1].class == Class::Boiler;
        if agency_credit {
            if boxed || header {
                lines[p].class = Class::Boiler;
                lines[c].names.clear();
                lines[c].photo_credit = true;
            }
        } else if dup || header && !standfirst_like(&lines[p]) || short || boxed {
            lines[p].class = Class::Boiler;
        }
    }
    // Long captions without final punctuation, standing alone between body
    // paragraphs. Sub-headings are body, so only lines unlike headings
    // count: long, not Title Case, no inner sentence end, colon or quote,
    // not numbered, not part of a run of such lines (a list).
    if !wrapped {
        for i in 0..lines.len() {
            if lines[i].class == Class::Body && uncredited_caption(&lines, i) {
                lines[i].class = Class::Boiler;
            }
        }
    }
    // Teasers under a closing label ("Mehr zum Thema", "Related"): after the
    // last paragraph, below a short boilerplate line, short lines without
    // final punctuation are other articles' headlines.
    if !wrapped
        && let Some(last) = lines
            .iter()
            .rposition(|l| l.class == Class::Body && l.sentence && !question_teaser(l))
    {
        let mut label = false;
        for l in &mut lines[last + 1..] {
            match l.class {
                Class::Boiler if l.words <= 6 => label = true,
                // (and tags or link labels of up to three words: "Link:", "Nato")
                Class::Body
                    if label
                        && (teaser_like(l)
                            || question_teaser(l)
                            || l.words <= 3
                                && !l.sentence
                                && l.text.starts_with(char::is_uppercase)) =>
                {
                    l.class = Class::Boiler
                }
                _ => {}
            }
        }
    }
    // The value under a label line ("From:" / "Ministry of Defence",
    // "Link:" / "UNO-Sicherheitsrat"): a short line, no sentence. Under a
    // label of the rules ("Zitierhinweis", "Suggested citation") the value
    // may be a longer reference ending in a full stop, with a year or
    // without final punctuation.
    for i in 1..lines.len() {
        let p = &lines[i - 1];
        let short_value = p.class == Class::Boiler
            && (p.words <= 2 || pointer_label(p))
            && p.text.ends_with(':')
            && lines[i].words <= 12
            && !lines[i].sentence;
        let labelled =
            p.label && lines[i].words <= 60 && (has_year(lines[i].text) || !lines[i].sentence);
        if lines[i].class == Class::Body && (short_value || labelled) {
            lines[i].class = Class::Boiler;
        }
    }
    // Editors' initials signing off after the last paragraph ("ck/dja",
    // "(jd-lb/ach)"): boilerplate, and credits as written.
    if let Some(last) = lines
        .iter()
        .rposition(|l| l.class == Class::Body && l.sentence && l.words > 6)
    {
        for l in &mut lines[last + 1..] {
            if l.class == Class::Body && SIGNOFF_LINE.is_match(l.text) {
                l.class = Class::Boiler;
                l.names = l
                    .text
                    .trim_matches(['(', ')'])
                    .split('/')
                    .map(|t| t.trim().to_string())
                    .collect();
            }
        }
    }
    // A note on an author the header credits, after the first paragraph
    // ("Dr. Jane Doe ist Wissenschaftlerin in ...", "Jane Doe reports on
    // defence from Berlin."): one sentence opening with the credited name
    // and a verb of description. (A note on someone interviewed names no
    // one credited, and stays body.)
    let credited: Vec<String> = lines
        .iter()
        .filter(|l| l.class == Class::Boiler)
        .flat_map(|l| l.names.iter())
        .filter(|n| n.split_whitespace().count() >= 2)
        .cloned()
        .collect();
    if !credited.is_empty() {
        const VERBS: &[&str] = &[
            "ist",
            "war",
            "leitet",
            "arbeitet",
            "schreibt",
            "berichtet",
            "lebt",
            "is",
            "was",
            "leads",
            "heads",
            "works",
            "writes",
            "reports",
            "covers",
            "lives",
        ];
        for l in lines.iter_mut().skip(first_para + 1) {
            if l.class != Class::Body || !l.sentence || l.words > 40 {
                continue;
            }
            let t = names::strip_academic(l.text);
            let note = credited.iter().any(|n| {
                t.strip_prefix(n.as_str())
                    .and_then(|r| r.strip_prefix(' '))
                    .and_then(|r| r.split_whitespace().next())
                    .is_some_and(|v| VERBS.contains(&v))
            });
            if note {
                l.class = Class::Boiler;
            }
        }
    }
    // Copies of boilerplate lines are boilerplate.
    let boiler: std::collections::HashSet<String> = lines
        .iter()
        .filter(|l| l.class == Class::Boiler)
        .map(|l| norm_ws(l.text))
        .collect();
    if !boiler.is_empty() {
        // only a line as long as some boilerplate line can be one (no hash of the others)
        let lens: Vec<usize> = boiler.iter().map(String::len).collect();
        for l in lines.iter_mut().filter(|l| l.class == Class::Body) {
            if lens.contains(&l.text.len()) && boiler.contains(l.text) {
                l.class = Class::Boiler;
            }
        }
    }

    // 3. Credits, in line order.
    let mut credits: Vec<String> = Vec::new();
    let mut found = Vec::new();
    for l in &lines {
        found.clear();
        match l.class {
            Class::Boiler => found.extend(l.names.iter().cloned()),
            _ => names::inline_tags(rules, l.text, &mut found),
        }
        for n in found.drain(..) {
            if !credits.contains(&n) {
                credits.push(n);
            }
        }
    }

    let body: Vec<Span> = lines
        .iter()
        .filter(|l| l.class != Class::Boiler)
        .map(|l| l.span)
        .collect();
    let mut body_text = String::with_capacity(text.len());
    for l in lines.iter().filter(|l| l.class != Class::Boiler) {
        if !body_text.is_empty() {
            body_text.push('\n');
        }
        body_text.push_str(l.raw);
    }
    let language = lang::identify(&body_text, article.language.as_deref());
    Cleaned {
        clean: Clean {
            title: title.map(|t| lines[t].text.to_string()),
            boilerplate: lines
                .iter()
                .filter(|l| l.class == Class::Boiler)
                .map(|l| l.raw.to_string())
                .collect(),
            credits,
            original_source: source,
            text: body_text,
        },
        body,
        title_span: title.map(|t| lines[t].span),
        language,
    }
}

#[cfg(test)]
mod tests {
    use super::rules::line_key;
    use super::{count_words, lower_keep_offsets, lower_line_key};

    #[test]
    fn lower_line_key_is_line_key_of_the_lower_line() {
        for s in [
            "",
            "  ",
            "- News",
            "  Mehr zum Thema:  ",
            "• Share   this",
            "ÜBER UNS »",
            "Straße\u{a0}und\tWEG …",
            "İstanbul Kİ ẞ ǅ",
            "» Ärger | ",
            "— ÖL: Preise →",
            "x\u{2003}Y\u{3000}Z",
        ] {
            assert_eq!(lower_line_key(s), line_key(&lower_keep_offsets(s)), "{s:?}");
        }
    }

    #[test]
    fn unicode_spaces_are_found_by_their_bytes() {
        for c in (0x80..=0x10ffff).filter_map(char::from_u32) {
            let s = format!("a{c}b");
            assert_eq!(
                super::has_unicode_space(s.as_bytes()),
                c.is_whitespace(),
                "{:x}",
                c as u32
            );
        }
    }

    #[test]
    fn key_edges_are_the_keys_ends() {
        for s in [
            "",
            "  ",
            "- News",
            "  Mehr zum Thema:  ",
            "ÜBER UNS »",
            "» Ärger | ",
            "İ",
            "ẞ x Ǆ",
            "— ÖL: Preise →",
            "x\u{2003}Y\u{3000}Z",
            "Correction: this",
            "a",
        ] {
            let k = lower_line_key(s);
            let want = match k.as_bytes() {
                [] => (256, 256),
                b => (usize::from(b[0]), usize::from(b[b.len() - 1])),
            };
            assert_eq!(super::key_edges(s), want, "{s:?}");
        }
    }

    #[test]
    fn ascii_tokens_are_the_folded_ones() {
        fn reference(s: &str) -> Vec<String> {
            milcoop_core::text::ascii_fold(s)
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|t| !t.is_empty())
                .map(str::to_string)
                .collect()
        }
        for s in [
            "",
            "Iran: Drohnen fuer Russland",
            "U.S. sends ATACMS-2 to Kyiv (Reuters) -- 12,5 %",
            "\tA\x0bB  c_d",
            "Über Köln",
        ] {
            assert_eq!(super::tokens(s), reference(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn lower_line_key_is_line_key_of_the_lower_line_anywhere(
            s in "[ aB:|»…\\t\\n\\r\\u{b}\\u{c}\\u{1c}\\u{a0}•\\-Ü.]{0,24}"
        ) {
            proptest::prop_assert_eq!(lower_line_key(&s), line_key(&lower_keep_offsets(&s)));
        }
    }

    #[test]
    fn count_words_counts_runs_of_non_space_bytes() {
        // the definition: runs of bytes above ASCII space
        fn reference(s: &str) -> usize {
            s.split(|c: char| c <= ' ')
                .filter(|w| !w.is_empty())
                .count()
        }
        for s in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "a  b\tc\nd",
            "  Über   Köln —  x ",
            "\u{a0}x",
            "abcdefg hijklmno",
            "abcdefgh ijklmnop qr",
            "       a        b       ",
            "Über Köln — die Straße\tnach\nBerlin, 12 Kilometer",
            "\u{1}\u{2}x\u{7f}y\u{20}z!~ \u{21}\u{20}\u{80}abcdefghijklmnopqrstuvwxyz",
        ] {
            assert_eq!(count_words(s), reference(s), "{s:?}");
        }
    }
}
