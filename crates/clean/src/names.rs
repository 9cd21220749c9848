//! Names from credit lines, bylines and agency tags (GUIDELINES.md,
//! Decided cases: agency tags are credits as written, split on "/").
//!
//! A credit line only counts when what follows its prefix looks like a list
//! of names; otherwise the line is body ("By the end of the year, ..." is
//! not a byline). That check is what keeps these rules precise.

use crate::rules::Rules;
use regex::Regex;
use std::sync::LazyLock;

/// "Berlin (dpa) - ", "PARIS (dpa-AFX) - ", "MOSCOW, Oct 3 (Reuters) - ".
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\p{Lu}[\p{L}\d .,'’/\[\]-]{0,50}?:?\s*)?\(([^()]{1,40})\)\s*(?:[-–—:]{1,2}\s|\p{Lu})",
    )
    .expect("dateline")
});
/// "MOSCOW, March 3. /TASS/. ": an agency between slashes after the place and date.
static SLASH_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}\d .,'’-]{0,50}?\s/(\p{L}[\p{L} -]{1,20})/\.?\s")
        .expect("slash dateline")
});
/// "... (dpa)" or "... (AFP/dpa)." closing a paragraph.
static CLOSING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([^()]{1,40})\)\s*\.?\s*$").expect("closing"));
/// A sign-off after the last sentence: "...investieren wollen./evs/DP/ngu".
static SIGNOFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"[.!?"“”»)]\s*/\s*(\p{L}{1,6}(?:\s*/\s*\p{L}{1,6}){0,5})\s*$"#).expect("signoff")
});
/// An agency after a dash closing a paragraph: "... said. — Reuters".
static DASH_SIGNOFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"[.!?"”»]\s+[—–-]\s*(\p{L}[\p{L}-]{1,15})\s*$"#).expect("dash signoff")
});
/// A line that is only a tag: "dpa/mh", "(AFP)", "/svv/DP/ngu".
static TAG_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[(\[]?\s*/?\s*(\p{L}[\p{L}.-]{0,11}(?:\s*[/,]\s*\p{L}[\p{L}.-]{0,11}){0,5})\s*[)\]]?\.?$")
        .expect("tag line")
});
/// A sign-off of editors' initials and agencies: "ab/cd (AFP, dpa)".
static INITIALS_AGENCIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Ll}{1,5}(?:\s*/\s*\p{Ll}{1,5}){0,4})\s*\(([^()]{1,60})\)\.?$")
        .expect("initials and agencies")
});
/// " in Kyiv", " in London" after a reporter's name.
static IN_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+(?:in|aus|from)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$").expect("in place")
});
/// True when `s` is only " in Kyiv" / " from London": the place a
/// contribution came from.
pub(crate) fn place_only(s: &str) -> bool {
    IN_PLACE.find(s).is_some_and(|m| m.start() == 0)
}

/// A photo label inside a credit line: ", Fotos:", "| Photos:".
static PHOTO_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[,;|]?\s*\b(?:fotos?|photos?|photographs?|bilder?|images?|grafiken?|illustrations?)\s*:")
        .expect("photo label")
});

/// True when `s` ends in " in Kyiv" / " from London".
pub(crate) fn place_only_tail(s: &str) -> bool {
    IN_PLACE.is_match(s)
}

/// Separators inside a list of names.
static NAME_SEP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*(?:[,;/&]|\band\b|\bund\b|\bwith\b|\bmit\b)\s*").expect("sep")
});

/// Words that stand for unnamed agencies ("Mit Material von
/// Nachrichtenagenturen"): no credit.
const GENERIC: &[&str] = &[
    "agenturen",
    "agentur",
    "nachrichtenagentur",
    "news agency",
    "nachrichtenagenturen",
    "agencies",
    "news agencies",
    "wire services",
    "wires",
    "staff",
    "staff writer",
    "staff writers",
    "redaktion",
];

/// True when a dateline's bracket names an agency we do not know: the
/// place in capitals with a date ("DUBAI, July 16 (Wirewatch) - "), one or
/// two capitalised words without digits in the brackets, a dash after them.
fn wire_dateline_agency(line: &str, c: &regex::Captures) -> bool {
    let (Some(all), Some(inner)) = (c.get(0), c.get(1)) else {
        return false;
    };
    let after = line[inner.end()..all.end()]
        .trim_start_matches(')')
        .trim_start();
    dateline_names_agency(line, inner) && after.starts_with(['-', '–', '—'])
}

/// True when a slash dateline names an agency we do not know: the place in
/// capitals with a date before it ("MOSCOW, October 25. /Example/. "), one or
/// two capitalised words between the slashes.
fn slash_wire_agency(line: &str, c: &regex::Captures) -> bool {
    let Some(inner) = c.get(1) else {
        return false;
    };
    dateline_names_agency(line, inner)
}

/// The part a wire dateline's agency shares in either form: a place in
/// capitals with a date before the mark that opens `inner`, and in `inner`
/// one or two capitalised words without digits.
fn dateline_names_agency(line: &str, inner: regex::Match) -> bool {
    let place = &line[..inner.start().saturating_sub(1)];
    let caps = place
        .split([',', ' '])
        .next()
        .is_some_and(|w| w.chars().count() >= 3 && w.chars().all(char::is_uppercase));
    let dated = place.chars().any(|c| c.is_ascii_digit());
    let t = inner.as_str().trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    caps && dated
        && (1..=2).contains(&words.len())
        && t.len() <= 20
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}

/// Splits agency tags on "/" (and ","), keeping them as written.
fn split_tags(s: &str) -> Vec<String> {
    s.split(['/', ','])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// Tags of a parenthesis if at least one is a known agency and all are
/// short tokens.
pub(crate) fn agency_tags(rules: &Rules, inner: &str) -> Option<Vec<String>> {
    let mut tags = split_tags(inner);
    // "(red, APA, 12.3.2024)": the date closing a sign-off is no tag.
    tags.retain(|t| !is_numeric_date(t));
    // (an agency of several words, "RIA Novosti", is one tag)
    let short = tags
        .iter()
        .all(|t| t.len() <= 14 && !t.contains(' ') || rules.is_agency(t));
    (short && tags.iter().any(|t| rules.is_agency(t))).then_some(tags)
}

/// True for a numeric date alone ("12.3.2024", "12.03.24").
fn is_numeric_date(t: &str) -> bool {
    t.contains('.')
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// A sign-off of names and a date in brackets closing an article ("(Anna
/// Berg, 12.3.2024)", "(red, APA, 12.3.2024)"): the names.
pub(crate) fn dated_signoff(rules: &Rules, line: &str) -> Option<Vec<String>> {
    let inner = line.trim().strip_prefix('(')?.strip_suffix(')')?;
    let (names, date) = inner.rsplit_once(',')?;
    if !is_numeric_date(date.trim()) || names.len() > 60 {
        return None;
    }
    split_names(rules, names)
}

/// A line naming only agencies, of any number of words, maybe after a
/// sign-off dash or "With": "The Associated Press", "— Agence
/// France-Presse", "With AFP and Reuters". The agencies as written.
pub(crate) fn agency_name_line(rules: &Rules, line: &str) -> Option<Vec<String>> {
    let t = line
        .trim()
        .trim_start_matches(['-', '–', '—', ' '])
        .trim_end_matches('.');
    // "(mit AFP/dpa)": the agencies a text was written with, in brackets.
    let t = t
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(t);
    let t = strip_with(t).trim();
    if t.is_empty() || t.len() > 60 {
        return None;
    }
    let mut out = Vec::new();
    for part in t.split([',', '/', '&']) {
        for a in part.split(" and ").flat_map(|p| p.split(" und ")) {
            let a = a.trim();
            if !rules.is_agency(a) {
                return None;
            }
            out.push(a.to_string());
        }
    }
    Some(out)
}

/// A line that is nothing but an agency tag ("dpa/mh", "(Reuters)").
pub(crate) fn tag_line(rules: &Rules, line: &str) -> Option<Vec<String>> {
    // "— Reuters", "- dpa", "==AFP": a sign-off dash or rule before the tag.
    let line = line.trim().trim_start_matches(['-', '–', '—', '=', ' ']);
    if line.len() > 60 {
        return None;
    }
    if let Some(c) = TAG_LINE.captures(line) {
        return agency_tags(rules, c.get(1)?.as_str());
    }
    // Editors' initials before the agencies: "ab/cd (AFP, Reuters)".
    let c = INITIALS_AGENCIES.captures(line)?;
    let agencies = split_tags(&c[2]);
    if !agencies.iter().all(|a| rules.is_agency(a)) {
        return None;
    }
    let mut out = split_tags(&c[1]);
    out.extend(agencies);
    Some(out)
}

/// Agency names from tags inside a body line: a dateline at its start, a
/// tag closing it, a sign-off after its last sentence.
pub(crate) fn inline_tags(rules: &Rules, line: &str, out: &mut Vec<String>) {
    let line = line.trim();
    // Cheap checks first: the regexes only run where a tag can stand.
    let head = &line[..floor_boundary(line, 70)];
    if head.contains('(')
        && let Some(c) = DATELINE.captures(line)
    {
        if let Some(tags) = agency_tags(rules, &c[1]) {
            out.extend(tags);
        } else if wire_dateline_agency(line, &c) {
            // "DUBAI, July 16 (Wirewatch) - ...": an agency we do not know,
            // in the dateline of wire copy, credited as written.
            out.push(c[1].trim().to_string());
        }
    }
    if head.contains('/')
        && let Some(c) = SLASH_DATELINE.captures(line)
        && (rules.is_agency(&c[1]) || slash_wire_agency(line, &c))
    {
        out.push(c[1].to_string());
    }
    let tail = &line[ceil_boundary(line, line.len().saturating_sub(50))..];
    if tail.trim_end_matches(['.', ' ']).ends_with(')')
        && let Some(c) = CLOSING.captures(tail)
        && let Some(tags) = agency_tags(rules, strip_with(&c[1]))
    {
        out.extend(tags);
    }
    // "... weitere Systeme. dpa", "... Systeme. AFP/dpa/jk": a bare sign-off
    // after the last sentence, led by an agency.
    if let Some((head, last)) = line.rsplit_once(' ')
        && head.trim_end().ends_with(['.', '!', '?', '"', '”', '»'])
        && !last.contains(['(', ')'])
        && let Some(first) = last.split('/').next()
        && rules.is_agency(first)
    {
        out.extend(split_tags(last));
    }
    // "... said. — Reuters": an agency signing off after a dash.
    let spaced_hyphen =
        memchr::memchr_iter(b'-', tail.as_bytes()).any(|i| i > 0 && tail.as_bytes()[i - 1] == b' ');
    if (tail.contains('—') || tail.contains('–') || spaced_hyphen)
        && let Some(c) = DASH_SIGNOFF.captures(tail)
        && rules.is_agency(&c[1])
    {
        out.push(c[1].to_string());
    }
    if tail.contains('/')
        && let Some(c) = SIGNOFF.captures(tail)
    {
        out.extend(split_tags(&c[1]));
    }
}

/// A closing tag without its "mit"/"with" ("(mit dpa)", "(with AFP)").
pub(crate) fn strip_with(s: &str) -> &str {
    let t = s.trim_start();
    ["mit ", "with ", "Mit ", "With "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .unwrap_or(s)
}

/// The largest char boundary of `s` at or below `i`.
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or above `i`.
fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The names part of a byline without the word that led to the cut-off
/// date ("Jane Doe on" -> "Jane Doe", "Max Muster am" -> "Max Muster").
fn trim_connector(s: &str) -> &str {
    let s = s.trim_end_matches(|c: char| c.is_whitespace() || ",|•·-–—".contains(c));
    match s.rsplit_once(char::is_whitespace) {
        Some((head, last)) if last.len() <= 3 && last.chars().all(char::is_lowercase) => {
            head.trim_end()
        }
        _ => s,
    }
}

/// A short credit line of names closed by an agency ("Jane Doe, Reuters",
/// "Jane Doe | dpa"): the names and the agency, as written.
pub(crate) fn name_agency_line(rules: &Rules, line: &str) -> Option<Vec<String>> {
    let (names, agency) = line.trim().rsplit_once([',', '|'])?;
    let agency = agency.trim();
    // "Jane Doe, Defence Editor": a name and the role, the role no credit.
    let role = agency.split_whitespace().count() <= 3
        && agency.starts_with(char::is_uppercase)
        && agency
            .split_whitespace()
            .next_back()
            .is_some_and(|w| rules.is_role(w));
    if role {
        let out = split_names(rules, names)?;
        return (out.len() == 1 && out[0].split_whitespace().count() >= 2).then_some(out);
    }
    if !rules.is_agency(agency) {
        return None;
    }
    let mut out = split_names(rules, names)?;
    // ("Jane Doe with Reuters, AFP": an agency among the names)
    if out
        .iter()
        .any(|n| n.split_whitespace().count() < 2 && !rules.is_agency(n))
    {
        return None;
    }
    out.push(agency.to_string());
    Some(out)
}

/// An agency line with the date of the copy ("ANI | Updated: Nov 03, 2025
/// 14:05 IST", "dpa - 03.11.2025 14:05"): the agencies.
pub(crate) fn agency_date_line(rules: &Rules, line: &str) -> Option<Vec<String>> {
    let (head, tail) = [" | ", " - ", " – ", " — ", " · ", " • "]
        .iter()
        .filter_map(|sep| line.split_once(sep))
        .min_by_key(|(h, _)| h.len())?;
    let dated = tail.bytes().filter(u8::is_ascii_digit).count() >= 4;
    if !dated || tail.contains(['.', '!', '?']) && tail.trim_end().ends_with(['!', '?']) {
        return None;
    }
    let head = head.trim().trim_matches(['(', ')']);
    agency_tags(rules, head)
}

/// A role and a name ("FOCUS-online-Redakteur Jane Doe", "Korrespondentin
/// Anna Berg"): the name.
pub(crate) fn role_name_line(rules: &Rules, line: &str) -> Option<Vec<String>> {
    let (role, rest) = line.trim().split_once(' ')?;
    if !rules.is_role(role) {
        return None;
    }
    let n = split_names(rules, rest)?;
    (n.len() == 1
        && (2..=4).contains(&n[0].split_whitespace().count())
        && n[0]
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase)))
    .then_some(n)
}

/// A photo credit alone on a line: a photographer's name and an agency
/// ("Jane Doe/AP", "Jane Doe / Reuters"). Photographers are no credits.
pub(crate) fn photo_credit_line(rules: &Rules, line: &str) -> bool {
    let line = line.trim().trim_matches(['(', ')', '[', ']']);
    let Some((who, agency)) = line.rsplit_once('/') else {
        return false;
    };
    // "IMAGO/Jane Doe", "AFP/Jane Doe": the agency first.
    let (who, agency) = match line.split_once('/') {
        Some((a, w)) if rules.is_agency(a.trim()) || is_photo_agency(a) => (w, a),
        _ => (who, agency),
    };
    let who = who.trim();
    let words = who.split_whitespace().count();
    (rules.is_agency(agency.trim()) || is_photo_agency(agency))
        && (2..=4).contains(&words)
        && !who.contains(['.', '(', ')', ','])
        && who
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || w.len() <= 3)
        && looks_like_name(rules, who)
}

/// A name without a leading generic word ("Nachrichtenagentur Reuters",
/// "news agency AFP" -> the agency).
pub(crate) fn strip_generic(name: &str) -> &str {
    const LEADS: &[&str] = &[
        "nachrichtenagenturen ",
        "nachrichtenagentur ",
        "agenturen ",
        "agentur ",
        "news agencies ",
        "news agency ",
        "agencies ",
        "the news agency ",
    ];
    let lower = name.to_lowercase();
    for l in LEADS {
        if lower.starts_with(l) && name.is_char_boundary(l.len()) {
            return name[l.len()..].trim_start();
        }
    }
    name
}

/// A name without academic titles before it ("Dr. Jane Doe", "Prof. Dr.
/// Jane Doe" -> "Jane Doe"): the person is credited, not the degree.
pub(crate) fn strip_academic(name: &str) -> &str {
    let mut n = name;
    while let Some(rest) = ["Prof. ", "Dr. ", "Dr.-Ing. ", "PD "]
        .iter()
        .find_map(|t| n.strip_prefix(t))
    {
        if rest.split_whitespace().count() < 2 {
            break;
        }
        n = rest.trim_start();
    }
    n
}

/// A picture agency that is no news agency ("IMAGO", "Getty Images").
pub(crate) fn is_photo_agency(s: &str) -> bool {
    const PHOTO: &[&str] = &[
        "imago",
        "imago images",
        "getty images",
        "picture alliance",
        "picture-alliance",
        "shutterstock",
        "epa",
        "epa-efe",
        "pool",
    ];
    PHOTO.contains(&s.trim().to_lowercase().as_str())
}

/// Splits a list of names ("Jane Doe in Kyiv and John Roe; Editing by Ann
/// Poe"), or `None` when something in it does not look like a name.
pub(crate) fn split_names(rules: &Rules, s: &str) -> Option<Vec<String>> {
    let s = match rules.name_cut(s) {
        Some(i) => trim_connector(&s[..i]),
        None => s,
    };
    // "Mira Holt, Fotos: Karl Brandt": photographers are no credits.
    let s = match PHOTO_LABEL.find(s) {
        Some(m) if m.start() > 0 => &s[..m.start()],
        _ => s,
    };
    let mut out = Vec::new();
    let mut generic = false;
    // a place closed the last name ("Jane Doe in Kyiv, Ukraine"): a single
    // capitalised word after it is the place's country, no name
    let mut after_place = false;
    for part in NAME_SEP.split(s) {
        let mut name = part
            .trim()
            .trim_matches(|c: char| ".:-–—|•·()".contains(c) || c.is_whitespace());
        if std::mem::take(&mut after_place)
            && !name.contains(char::is_whitespace)
            && name.starts_with(char::is_uppercase)
            && !rules.is_agency(name)
        {
            continue;
        }
        // A later credit phrase inside the list: "Editing by Ann Poe".
        if let Some(i) = name.find(" by ").or_else(|| name.find(" von ")) {
            let head = &name[..i];
            if head
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_alphabetic))
            {
                name = name[i..].trim_start()[3..].trim();
            }
        }
        // "Anna Berg (Kiew)": the reporter's place in brackets.
        if let Some(i) = name.find(" (") {
            let inner = name[i + 2..].trim_end_matches(')');
            // (or a live blog's note on when the writer took over: "Jane Doe (now)")
            let note = !inner.contains(char::is_whitespace)
                && (3..=10).contains(&inner.len())
                && inner.chars().all(|c| c.is_lowercase());
            if ((1..=3).contains(&inner.split_whitespace().count())
                && inner.starts_with(char::is_uppercase)
                || note)
                && !inner.contains(['(', ')'])
            {
                name = name[..i].trim_end();
            }
        }
        if let Some(m) = IN_PLACE.find(name) {
            name = &name[..m.start()];
            after_place = true;
        }
        // "Jane Doe for The Example Times": the outlet is no credit.
        if let Some(i) = name.find(" for ")
            && name[i + 5..].starts_with(char::is_uppercase)
        {
            name = &name[..i];
        }
        // "Associated Press writer Jane Doe" -> "Jane Doe"; "CNN's Jane Doe" -> "Jane Doe".
        let words: Vec<&str> = name.split_whitespace().collect();
        // "Jane Doe, Kyiv correspondent": a role after the names.
        if !out.is_empty() && words.len() > 1 && words.last().is_some_and(|w| rules.is_role(w)) {
            continue;
        }
        // (the outlet's name may have several words: "Example Public Radio's Jane Doe")
        let possessive = words
            .iter()
            .take(4)
            .rposition(|w| w.ends_with("'s") || w.ends_with("’s"))
            .filter(|&i| {
                i + 1 < words.len()
                    && words[..=i]
                        .iter()
                        .all(|w| w.starts_with(char::is_uppercase))
            });
        let skip = match words.iter().rposition(|w| rules.is_role(w)) {
            Some(i) if i + 1 < words.len() => i + 1,
            _ => possessive.map_or(0, |i| i + 1),
        };
        if skip > 0 {
            let start = name.find(words[skip]).unwrap_or(0);
            name = &name[start..];
        }
        name = strip_academic(strip_generic(name));
        if name.is_empty() {
            continue;
        }
        // "Jane Doe, ARD-Studio Stockholm", "Jane Doe, Moscow bureau": the
        // reporter's studio or bureau after the names, no credit.
        if !out.is_empty()
            && name.split_whitespace().any(|w| {
                let w = w.to_lowercase();
                [
                    "studio",
                    "büro",
                    "bureau",
                    "programme",
                    "program",
                    "programm",
                    "hauptstadtstudio",
                    "auslandsstudio",
                ]
                .iter()
                .any(|s| w == *s || w.ends_with(&format!("-{s}")))
            })
        {
            continue;
        }
        if GENERIC.contains(&name.to_lowercase().as_str()) {
            generic = true;
            continue;
        }
        if !looks_like_name(rules, name) {
            return None;
        }
        out.push(name.to_string());
    }
    (!out.is_empty() || generic).then_some(out)
}

/// A person's, desk's or agency's name: at most six words, the first one
/// capitalised (or a short sign-off or a host like "ntv.de"), few lower-case
/// words, no sentence punctuation.
fn looks_like_name(rules: &Rules, name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || name.len() > 60 {
        return false;
    }
    if name.contains(['!', '?', '"', '“', '„', ':', '|'])
        || name.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    if words.len() == 1 && (rules.is_agency(name) || name.contains('.') && !name.ends_with('.')) {
        return true;
    }
    let first_upper = words[0].chars().next().is_some_and(char::is_uppercase);
    if words.len() == 1 {
        return first_upper || (name.len() <= 4 && name.chars().all(char::is_alphabetic));
    }
    // Lower-case words: name particles anywhere ("Anna von Berg"), others
    // ("news desk") only after two capitalised words and at most two.
    const PARTICLES: &[&str] = &[
        "von", "van", "de", "der", "den", "da", "di", "del", "du", "bin", "al", "el", "le", "la",
        "zu", "ten", "ter",
    ];
    let mut capitalised = 0;
    let mut lower = 0;
    for w in &words {
        if w.chars().next().is_some_and(char::is_lowercase) {
            if PARTICLES.contains(w) {
                continue;
            }
            if capitalised < 2 {
                return false;
            }
            lower += 1;
        } else {
            capitalised += 1;
        }
    }
    first_upper && lower <= 2
}

/// Names of a byline ("By Jane Doe and John Roe August 27, 2024 5:54 PM"):
/// the words after the prefix, up to a date. `None` unless they look like
/// names and the line is not a sentence.
pub(crate) fn byline(rules: &Rules, rest: &str, line_is_sentence: bool) -> Option<Vec<String>> {
    // "By Jane Doe | Reuters": the agency after the names is a credit too,
    // though the separator before it stops the names.
    if let Some((head, agency)) = closing_agency(rules, rest) {
        let mut names = byline_names(rules, head, line_is_sentence)?;
        if !names.iter().any(|n| n.eq_ignore_ascii_case(agency)) {
            names.push(agency.to_string());
        }
        return Some(names);
    }
    let names = byline_names(rules, rest, line_is_sentence)?;
    // "Von Panzern und Drohnen": single words that are no agency, acronym
    // or host are nouns of a sub-heading, not names.
    let noun = |n: &String| {
        !n.contains([' ', '.']) && !rules.is_agency(n) && n.chars().skip(1).any(char::is_lowercase)
    };
    (!names.iter().all(noun)).then_some(names)
}

/// An agency closing a byline, after a separator ("Jane Doe, dpa", "Jane
/// Doe | Reuters", "Jane Doe / AFP") or, for an agency of several words,
/// after a space ("JANE DOE Associated Press"): the names before it and
/// the agency as written.
fn closing_agency<'a>(rules: &Rules, rest: &'a str) -> Option<(&'a str, &'a str)> {
    let t = rest.trim_end().trim_end_matches('.');
    // the agency is one to three words at the end
    let mut starts: Vec<usize> = t
        .char_indices()
        .filter(|&(i, c)| c.is_whitespace() && i > 0)
        .map(|(i, _)| i)
        .collect();
    starts.reverse();
    for &i in starts.iter().take(3) {
        let agency = t[i..]
            .trim()
            .trim_start_matches([',', '|', '/', '–', '—', '-', ' ']);
        if agency.is_empty() || !rules.is_agency(agency) {
            continue;
        }
        let head = t[..i].trim_end();
        let (head, sep) = match head.strip_suffix([',', '|', '/', '–', '—', '-']) {
            Some(h) => (h.trim_end(), true),
            None => (
                head,
                t[i..]
                    .trim_start()
                    .starts_with([',', '|', '/', '–', '—', '-']),
            ),
        };
        // without a separator only an agency of several words closes the names
        if !sep && !agency.contains(' ') {
            continue;
        }
        // at least one name of two words before it
        if head.split_whitespace().count() >= 2 {
            return Some((head, agency));
        }
    }
    None
}

fn byline_names(rules: &Rules, rest: &str, line_is_sentence: bool) -> Option<Vec<String>> {
    let cut = rules.name_cut(rest).unwrap_or(rest.len());
    let head = trim_connector(rest[..cut].trim());
    if head.is_empty() || head.split_whitespace().count() > 12 {
        return None;
    }
    // A sentence ending in a full stop is body unless a date follows the names.
    if line_is_sentence && cut == rest.len() {
        return None;
    }
    let mut names = split_names(rules, head)?;
    // "Von Anna Berg, Kopenhagen": a single mixed-case word after a full
    // name closes the byline with the reporter's place (an agency or a
    // short credential like "MS" stays).
    if names.len() >= 2
        && let [.., prev, last] = names.as_slice()
        && prev.split_whitespace().count() >= 2
        && !last.contains(char::is_whitespace)
        && last.chars().skip(1).any(char::is_lowercase)
        && !last.contains('.')
        && !rules.is_agency(last)
    {
        names.pop();
    }
    Some(names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RULES;

    #[test]
    fn tags_split_on_slash() {
        let r = &*RULES;
        assert_eq!(
            tag_line(r, "afp/kle"),
            Some(vec!["afp".to_string(), "kle".to_string()])
        );
        assert_eq!(tag_line(r, "(Reuters)"), Some(vec!["Reuters".to_string()]));
        assert_eq!(tag_line(r, "Kommentare"), None);
        assert_eq!(tag_line(r, "Moskau/Kiew"), None);
    }

    #[test]
    fn inline_tags_found() {
        let r = &*RULES;
        let mut v = Vec::new();
        inline_tags(r, "Kiew (AFP) - Die Ukraine erhält neue Panzer.", &mut v);
        assert_eq!(v, ["AFP"]);
        v.clear();
        inline_tags(
            r,
            "SEOUL, May 2 (Yonhap) -- Die Ukraine erhält neue Panzer.",
            &mut v,
        );
        assert_eq!(v, ["Yonhap"]);
        v.clear();
        inline_tags(
            r,
            "MOSCOW, May 2. /TASS/. Russia and Belarus will hold drills.",
            &mut v,
        );
        assert_eq!(v, ["TASS"]);
        v.clear();
        inline_tags(
            r,
            "MINSK, June 4. /Belwire/. Belarus and Russia began a staff drill.",
            &mut v,
        );
        assert_eq!(v, ["Belwire"]);
        v.clear();
        // No place in capitals with a date: a slash inside a sentence is no tag.
        inline_tags(r, "Minsk says /Belwire/ is wrong about the drill.", &mut v);
        assert!(v.is_empty());
        inline_tags(
            r,
            "ST. PETERSBURG, May 2 (RIA Novosti) - Talks began.",
            &mut v,
        );
        assert_eq!(v, ["RIA Novosti"]);
        v.clear();
        inline_tags(r, "Die Gespräche dauern an. (red, APA, 12.5.2024)", &mut v);
        assert_eq!(v, ["red", "APA"]);
        v.clear();
        inline_tags(
            r,
            "Die Regierung bestätigte das am Abend. (AFP/dpa)",
            &mut v,
        );
        assert_eq!(v, ["AFP", "dpa"]);
        v.clear();
        inline_tags(r, "Weitere Details blieben offen./abc/XY", &mut v);
        assert_eq!(v, ["abc", "XY"]);
        v.clear();
        inline_tags(r, "Das Ministerium (MoD) - so hieß es - schwieg.", &mut v);
        assert!(v.is_empty());
        inline_tags(r, "Siehe https://example.org/a/b", &mut v);
        assert!(v.is_empty());
    }

    #[test]
    fn names_split() {
        let r = &*RULES;
        assert_eq!(
            split_names(r, "Anna Berg in Kyiv and Tom Lind; Editing by Ulla Sand"),
            Some(vec![
                "Anna Berg".into(),
                "Tom Lind".into(),
                "Ulla Sand".into()
            ])
        );
        assert_eq!(
            split_names(r, "ntv.de, abc/dpa"),
            Some(vec!["ntv.de".into(), "abc".into(), "dpa".into()])
        );
        assert_eq!(
            split_names(
                r,
                "the end of the year, prices rose sharply across the region"
            ),
            None
        );
    }

    #[test]
    fn bylines() {
        let r = &*RULES;
        assert_eq!(
            split_names(r, "Mira Holt, MS, RD on November 14, 2019"),
            Some(vec!["Mira Holt".into(), "MS".into(), "RD".into()])
        );
        assert_eq!(
            byline(
                r,
                "Mira Holt and The Example Post news desk March 3, 2025 9:15 AM 3 min read",
                false
            ),
            Some(vec![
                "Mira Holt".into(),
                "The Example Post news desk".into()
            ])
        );
        assert_eq!(
            byline(r, "the end of 2025, Kyiv expects more jets.", true),
            None
        );
        assert_eq!(
            byline(r, "Moskau aus wird die Lieferung gesteuert.", true),
            None
        );
    }
}
