//! Sentence segmentation with byte offsets into the original text.
//!
//! One pass over the bytes of each body line looks for terminators (`.`,
//! `!`, `?`, `…`, runs of them). Only there does the splitter look around:
//! the closing quotes and brackets after the terminator belong to the
//! sentence (`„Wir sind besorgt.“`), whitespace must follow, and then a
//! handful of rules decide, from the word before the dot and the word after
//! it, whether the dot ends a sentence:
//!
//! * a closing double quote after the terminator always ends the sentence
//!   (`„Wir sind besorgt.“ sagte er.` is two);
//! * otherwise a lower-case word after it means no end (`ca. zehn`,
//!   `U.S. officials`, `Wirklich? ja, sagte er.`);
//! * `?`, `!` and a closing single quote end a sentence before anything else;
//! * abbreviations come from data (`data/abbrev/{de,en}.txt`): `[never]`
//!   ones (`Dr.`, `Nr.`, `Sept.`, `z. B.`) never end a sentence, `[final]`
//!   ones (`Inc.`, `U.S.`, `etc.`) only before a typical sentence starter
//!   (`The`, `Die`, ...), and so do initials (`John F. Kennedy`) and
//!   dotted acronyms not in the list;
//! * in German, a number of up to three digits before a capitalised word
//!   that is not a sentence starter is an ordinal (`am 29. März`,
//!   `im 21. Jahrhundert`), and a number opening a sentence is a list mark.
//!
//! Dots without whitespace after them (`2.400`, `1.5`, `U.S.-Präsident`,
//! `www.nato.int`) are never candidates. A sentence never crosses a line;
//! a line that yields one sentence without final punctuation is a headline.
//! The lexicons are parsed once, on first use.

use milcoop_core::{Sentence, Span};
// (short keys looked up at every candidate sentence end: a fast hash)
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// What a dot after an abbreviation may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Never ends a sentence.
    Never,
    /// Ends one only before a sentence starter.
    Final,
}

/// The abbreviation knowledge of one language.
#[derive(Debug, Default)]
struct Lexicon {
    /// Abbreviations without their final dot (lower-case ones also capitalised).
    abbrev: HashMap<String, Class>,
    /// Words that typically open a sentence.
    starters: HashSet<String>,
    /// True where nouns are capitalised (German): a capital after `…` or
    /// after `29.` does not show that a sentence begins, and `29.` before a
    /// noun is an ordinal.
    capital_nouns: bool,
}

impl Lexicon {
    /// Adds the entries of one data file (format: see `data/abbrev/de.txt`).
    fn load(&mut self, data: &str) {
        let mut section = "";
        for line in data.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if line.starts_with('[') {
                section = line;
                continue;
            }
            let class = match section {
                "[never]" => Class::Never,
                "[final]" => Class::Final,
                "[starters]" => {
                    self.starters.insert(line.to_string());
                    continue;
                }
                _ => continue,
            };
            // "vgl." also opens sentences as "Vgl."; the reverse does not
            // hold ("No." is an abbreviation, "no." is a word).
            for variant in [line.to_string(), capitalize(line)] {
                // A [never] entry wins over a [final] one of another list.
                let e = self.abbrev.entry(variant).or_insert(class);
                if class == Class::Never {
                    *e = Class::Never;
                }
            }
        }
    }

    fn starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }
}

/// `word` with its first letter in upper case.
fn capitalize(word: &str) -> String {
    let mut c = word.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

const DE: &str = include_str!("../../../data/abbrev/de.txt");
const EN: &str = include_str!("../../../data/abbrev/en.txt");

/// The lexicon for `lang` (`de`, `en`; anything else gets both lists).
fn lexicon(lang: &str) -> &'static Lexicon {
    static LEX: OnceLock<[Lexicon; 3]> = OnceLock::new();
    let all = LEX.get_or_init(|| {
        let mut de = Lexicon {
            capital_nouns: true,
            ..Lexicon::default()
        };
        de.load(DE);
        let mut en = Lexicon::default();
        en.load(EN);
        let mut any = Lexicon::default();
        any.load(EN);
        any.load(DE);
        [de, en, any]
    });
    let l = lang.as_bytes();
    if l.len() >= 2 && l[..2].eq_ignore_ascii_case(b"de") {
        &all[0]
    } else if l.len() >= 2 && l[..2].eq_ignore_ascii_case(b"en") {
        &all[1]
    } else {
        &all[2]
    }
}

/// Splits the body lines `lines` (spans into `text`) into sentences.
/// A sentence never crosses a line break; `lang` is an ISO 639-1 code and
/// selects the abbreviation list. Spans are trimmed of whitespace and never
/// empty; lines that are not valid spans of `text` are skipped.
pub fn split(text: &str, lines: &[Span], lang: &str) -> Vec<Sentence> {
    let lex = lexicon(lang);
    let mut out = Vec::with_capacity(text.len() / 100 + lines.len());
    for line in lines {
        if line.start <= line.end && text.get(line.start..line.end).is_some() {
            split_line(text, line.start, line.end, lex, &mut out);
        }
    }
    out
}

/// Quotes and brackets that close a sentence after its terminator.
/// The value is the quote's weight: 0 for a bracket, 1 for a single quote
/// (which may also be an apostrophe: "the U.S.' allies"), 2 for a double one.
fn closer(c: char) -> Option<u8> {
    match c {
        ')' | ']' => Some(0),
        '\'' | '’' | '‘' | '›' | '‹' => Some(1),
        '"' | '“' | '”' | '»' | '«' => Some(2),
        _ => None,
    }
}

/// Punctuation that may open the next sentence before its first word.
fn opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '„'
            | '“'
            | '”'
            | '‚'
            | '‘'
            | '’'
            | '»'
            | '«'
            | '›'
            | '‹'
            | '-'
            | '–'
            | '—'
            | '*'
            | '•'
            | '¿'
            | '¡'
    )
}

/// Appends `[s, e)` trimmed of whitespace, unless nothing is left.
fn push(text: &str, s: usize, e: usize, out: &mut Vec<Sentence>) {
    let raw = &text[s..e];
    let lead = raw.len() - raw.trim_start().len();
    let body = raw.trim();
    if !body.is_empty() {
        let start = s + lead;
        out.push(Sentence {
            span: Span::new(start, start + body.len()),
            headline: false,
        });
    }
}

/// The terminators found at one position.
struct Terminator {
    /// First byte of the run.
    start: usize,
    /// One past the run.
    end: usize,
    /// The run holds `?` or `!`.
    strong: bool,
    /// The run is an ellipsis (`…` or two dots or more).
    ellipsis: bool,
}

/// Reads the run of terminators at `i`, if there is one.
fn terminator(b: &[u8], i: usize, le: usize) -> Option<Terminator> {
    let mut t = Terminator {
        start: i,
        end: i,
        strong: false,
        ellipsis: false,
    };
    let mut dots = 0;
    let mut j = i;
    loop {
        match b.get(j) {
            Some(b'.') if j < le => {
                dots += 1;
                j += 1;
            }
            Some(b'!' | b'?') if j < le => {
                t.strong = true;
                j += 1;
            }
            Some(0xE2) if j + 3 <= le && b[j + 1] == 0x80 && b[j + 2] == 0xA6 => {
                t.ellipsis = true;
                j += 3;
            }
            _ => break,
        }
    }
    if j == i {
        return None;
    }
    t.ellipsis |= dots >= 2;
    t.end = j;
    Some(t)
}

fn split_line(text: &str, ls: usize, le: usize, lex: &Lexicon, out: &mut Vec<Sentence>) {
    let b = text.as_bytes();
    let first = out.len();
    let mut start = ls;
    let mut i = ls;
    loop {
        i = next_candidate(b, i, le);
        if i >= le {
            break;
        }
        let Some(t) = terminator(b, i, le) else {
            i += 1;
            continue;
        };
        // Closing quotes and brackets belong to the sentence.
        let mut k = t.end;
        let mut quoted = 0;
        let mut rest = text[k..le].chars();
        let next = loop {
            match rest.next() {
                Some(c) => match closer(c) {
                    Some(q) => {
                        quoted = quoted.max(q);
                        k += c.len_utf8();
                    }
                    None => break Some(c),
                },
                None => break None,
            }
        };
        match next {
            None => break,
            Some(c) if !c.is_whitespace() => {
                i = k.max(t.end);
                continue;
            }
            Some(_) => {}
        }
        let n = k + (text[k..le].len() - text[k..le].trim_start().len());
        if n >= le {
            break;
        }
        if ends_sentence(text, start, &t, quoted, n, le, lex) {
            push(text, start, k, out);
            start = n;
        }
        i = n;
    }
    push(text, start, le, out);
    if out.len() == first + 1 {
        let s = &mut out[first];
        let body = text[s.span.start..s.span.end].trim_end_matches(|c| closer(c).is_some());
        s.headline = !body.ends_with(['.', '!', '?', '…', ':', ';']);
    }
}

/// The first position in `b[i..end]` holding `.`, `!`, `?` or 0xE2 (the
/// first byte of `…`), or `end`: the (vectorised) search for the three
/// ASCII terminators, then for 0xE2 before the one found.
fn next_candidate(b: &[u8], i: usize, end: usize) -> usize {
    if i >= end {
        return end;
    }
    let hay = &b[i..end];
    let ascii = memchr::memchr3(b'.', b'!', b'?', hay).unwrap_or(hay.len());
    let ellipsis = memchr::memchr(0xE2, &hay[..ascii]).unwrap_or(ascii);
    i + ellipsis
}

/// The first word of the text at `n` (after opening quotes and dashes).
fn next_word(text: &str, n: usize, le: usize) -> &str {
    let s = text[n..le].trim_start_matches(|c: char| opener(c) || c.is_whitespace());
    let end = s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len());
    &s[..end]
}

/// The token that ends at `end` (back to whitespace, not before `start`),
/// and where it begins.
fn token_before(text: &str, start: usize, end: usize) -> (usize, &str) {
    let s = &text[start..end];
    let from = s
        .rfind(char::is_whitespace)
        .map_or(0, |p| p + s[p..].chars().next().map_or(1, char::len_utf8));
    (start + from, &s[from..])
}

/// Decides whether the terminator `t`, followed by whitespace and the text
/// at `n`, ends the sentence that began at `start`.
fn ends_sentence(
    text: &str,
    start: usize,
    t: &Terminator,
    quoted: u8,
    n: usize,
    le: usize,
    lex: &Lexicon,
) -> bool {
    let next = next_word(text, n, le);
    let first = next.chars().next();
    let lower = first.is_some_and(char::is_lowercase);
    // A closing double quote ends the sentence even before a lower-case
    // word: „Wir sind besorgt.“ sagte er.
    if quoted == 2 {
        return true;
    }
    if lower {
        return false;
    }
    if t.strong || quoted == 1 {
        return true;
    }
    let upper = first.is_some_and(char::is_uppercase);
    if t.ellipsis {
        return lex.starter(next) || (upper && !lex.capital_nouns);
    }
    let (tok_start, raw) = token_before(text, start, t.start);
    let word = raw.trim_matches(|c: char| opener(c) || closer(c).is_some());
    if word.is_empty() {
        return true;
    }
    if word
        .bytes()
        .all(|c| c.is_ascii_digit() || c == b'.' || c == b',')
    {
        if tok_start == start {
            return false; // a list mark: "1. Iran liefert ..."
        }
        // "14 000." is a cardinal with a space between digit groups.
        let before = text[start..tok_start].trim_end();
        let grouped =
            before.len() < tok_start - start && before.ends_with(|c: char| c.is_ascii_digit());
        let ordinal = lex.capital_nouns
            && !grouped
            && word.len() <= 3
            && word.bytes().all(|c| c.is_ascii_digit());
        return !(ordinal && upper && !lex.starter(next));
    }
    // Two-part abbreviations: "z. B.", "u. a.", "v. Chr.".
    if word.chars().count() <= 3 && tok_start > start {
        let before = text[start..tok_start].trim_end();
        let (_, prev) = token_before(text, start, start + before.len());
        if prev.ends_with('.') {
            let key = format!("{prev} {word}");
            if let Some(class) = lex.abbrev.get(key.trim_start_matches(opener)) {
                return *class == Class::Final && lex.starter(next);
            }
        }
    }
    if let Some(class) = lex.abbrev.get(word) {
        return *class == Class::Final && lex.starter(next);
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        // A single letter: "z.", "d." never end one; initials rarely do.
        return c.is_uppercase() && lex.starter(next);
    }
    if word.contains('.')
        && word
            .split('.')
            .all(|p| !p.is_empty() && p.chars().all(char::is_alphabetic))
    {
        // An acronym not in the list ("U.N.", "N.A.T.O.").
        return !word.starts_with(char::is_lowercase) && lex.starter(next);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use milcoop_core::text::lines_with_spans;

    /// Splits `text` (all its lines) and asserts that the spans slice the
    /// text to exactly `want`, in order.
    #[track_caller]
    fn check(lang: &str, text: &str, want: &[&str]) {
        let lines: Vec<Span> = lines_with_spans(text).map(|(s, _)| s).collect();
        let got: Vec<&str> = split(text, &lines, lang)
            .iter()
            .map(|s| s.span.slice(text).expect("span on char boundaries"))
            .collect();
        assert_eq!(got, want, "{lang}: {text:?}");
    }

    #[test]
    fn lexicons_load() {
        let de = lexicon("de");
        assert_eq!(de.abbrev.get("bzw"), Some(&Class::Never));
        assert_eq!(de.abbrev.get("Bzw"), Some(&Class::Never));
        assert_eq!(de.abbrev.get("z. B"), Some(&Class::Never));
        assert!(de.starter("Die") && de.capital_nouns);
        let en = lexicon("en-GB");
        assert_eq!(en.abbrev.get("U.S"), Some(&Class::Final));
        assert!(en.starter("The") && !en.capital_nouns);
        assert_eq!(
            en.abbrev.get("no"),
            None,
            "only lower-case entries get a second case"
        );
        assert!(lexicon("fr").abbrev.contains_key("vgl"));
    }

    #[test]
    fn plain_sentences() {
        check(
            "en",
            "Iran sent drones. Russia used them! Why? Nobody knows.",
            &[
                "Iran sent drones.",
                "Russia used them!",
                "Why?",
                "Nobody knows.",
            ],
        );
        check(
            "de",
            "  Iran liefert Drohnen.   Russland setzt sie ein.  ",
            &["Iran liefert Drohnen.", "Russland setzt sie ein."],
        );
    }

    #[test]
    fn german_abbreviations() {
        check(
            "de",
            "Das betrifft z. B. Drohnen und Raketen. Die Lieferung begann im Mai.",
            &[
                "Das betrifft z. B. Drohnen und Raketen.",
                "Die Lieferung begann im Mai.",
            ],
        );
        check(
            "de",
            "Russland erhielt u. a. Granaten aus Nordkorea. Das bestätigte Kiew.",
            &[
                "Russland erhielt u. a. Granaten aus Nordkorea.",
                "Das bestätigte Kiew.",
            ],
        );
        check(
            "de",
            "Es geht um Munition, d. h. um Granaten. Z. B. Die Bundeswehr prüft das.",
            &[
                "Es geht um Munition, d. h. um Granaten.",
                "Z. B. Die Bundeswehr prüft das.",
            ],
        );
        check(
            "de",
            "Dr. Anna Weber und Prof. Klaus Berg warnen. Sie fordern Sanktionen.",
            &[
                "Dr. Anna Weber und Prof. Klaus Berg warnen.",
                "Sie fordern Sanktionen.",
            ],
        );
        check(
            "de",
            "Die Resolution Nr. 2231 verbietet das. Der Iran ignoriert sie.",
            &[
                "Die Resolution Nr. 2231 verbietet das.",
                "Der Iran ignoriert sie.",
            ],
        );
        check(
            "de",
            "Der Iran bzw. die Garden lieferten ca. 400 Drohnen. Vgl. dazu den Bericht.",
            &[
                "Der Iran bzw. die Garden lieferten ca. 400 Drohnen.",
                "Vgl. dazu den Bericht.",
            ],
        );
        check(
            "de",
            "Die Fabrik liegt bei St. Petersburg. Dort entstehen Drohnen.",
            &[
                "Die Fabrik liegt bei St. Petersburg.",
                "Dort entstehen Drohnen.",
            ],
        );
        check(
            "de",
            "Drohnen, Raketen usw. Das alles kam aus dem Iran. Es kamen Drohnen usw. Munition auch.",
            &[
                "Drohnen, Raketen usw.",
                "Das alles kam aus dem Iran.",
                "Es kamen Drohnen usw. Munition auch.",
            ],
        );
        check(
            "de",
            "Die Bundeswehr bildet u. a. Piloten aus. Gen. Breuer sprach von 1,5 Mrd. Euro.",
            &[
                "Die Bundeswehr bildet u. a. Piloten aus.",
                "Gen. Breuer sprach von 1,5 Mrd. Euro.",
            ],
        );
    }

    #[test]
    fn german_words_that_look_like_abbreviations() {
        check(
            "de",
            "Die Drohnen kamen aus den USA. Russland bestreitet das.",
            &["Die Drohnen kamen aus den USA.", "Russland bestreitet das."],
        );
        check(
            "de",
            "Das kostet 5 Mio. Die Summe steigt auf 2 Mrd. Euro.",
            &["Das kostet 5 Mio.", "Die Summe steigt auf 2 Mrd. Euro."],
        );
    }

    #[test]
    fn data_files_only_use_known_sections() {
        for data in [DE, EN] {
            let mut section = None;
            for line in data.lines() {
                let line = line.split('#').next().unwrap_or("").trim();
                if line.starts_with('[') {
                    assert!(
                        ["[never]", "[final]", "[starters]"].contains(&line),
                        "{line}"
                    );
                    section = Some(line);
                } else if !line.is_empty() {
                    assert!(section.is_some(), "entry {line:?} before any section");
                }
            }
        }
    }

    #[test]
    fn german_ordinals_dates_and_numbers() {
        check(
            "de",
            "Am 29. März unterzeichneten beide das Abkommen. Der 3. Oktober ist ein Feiertag. \
             Im 21. Jahrhundert ändert sich das.",
            &[
                "Am 29. März unterzeichneten beide das Abkommen.",
                "Der 3. Oktober ist ein Feiertag.",
                "Im 21. Jahrhundert ändert sich das.",
            ],
        );
        check(
            "de",
            "Nordkorea lieferte 2.400 Container. Das sind 3,5 Prozent mehr.",
            &[
                "Nordkorea lieferte 2.400 Container.",
                "Das sind 3,5 Prozent mehr.",
            ],
        );
        check(
            "de",
            "Das Treffen fand am 13.09.2023 statt. Danach reiste er ab.",
            &[
                "Das Treffen fand am 13.09.2023 statt.",
                "Danach reiste er ab.",
            ],
        );
        check(
            "de",
            "Die Lieferung erfolgte 2023. Im Jahr 2024 folgten Raketen.",
            &[
                "Die Lieferung erfolgte 2023.",
                "Im Jahr 2024 folgten Raketen.",
            ],
        );
        check(
            "de",
            "Kiew nennt 14 000. Moskau nennt 1351. Am 2. Mai kam mehr.",
            &[
                "Kiew nennt 14 000.",
                "Moskau nennt 1351.",
                "Am 2. Mai kam mehr.",
            ],
        );
        check(
            "de",
            "Die Zahl stieg auf 12. Die Polizei ermittelt.",
            &["Die Zahl stieg auf 12.", "Die Polizei ermittelt."],
        );
        check(
            "de",
            "1. Iran liefert Drohnen. 2. Russland zahlt.",
            &["1. Iran liefert Drohnen.", "2. Russland zahlt."],
        );
    }

    #[test]
    fn german_quotes() {
        check(
            "de",
            "„Wir sind besorgt.“ sagte der Sprecher am Montag.",
            &["„Wir sind besorgt.“", "sagte der Sprecher am Montag."],
        );
        check(
            "de",
            "„Die Lieferungen gehen weiter. Wir haben Beweise.“, sagte Kirby. Er nannte keine Zahlen.",
            &[
                "„Die Lieferungen gehen weiter.",
                "Wir haben Beweise.“, sagte Kirby.",
                "Er nannte keine Zahlen.",
            ],
        );
        check(
            "de",
            "»Das bricht Völkerrecht. Wir reagieren.« Der Minister verließ den Saal.",
            &[
                "»Das bricht Völkerrecht.",
                "Wir reagieren.«",
                "Der Minister verließ den Saal.",
            ],
        );
        check(
            "de",
            "«Wir liefern keine Waffen.» Das erklärte Peking.",
            &["«Wir liefern keine Waffen.»", "Das erklärte Peking."],
        );
        check(
            "de",
            "„Liefert Teheran Raketen?“, fragte ein Reporter. Er bekam keine Antwort!",
            &[
                "„Liefert Teheran Raketen?“, fragte ein Reporter.",
                "Er bekam keine Antwort!",
            ],
        );
        check(
            "de",
            "Wirklich? ja, sagte er. Wie viele? Das blieb offen.",
            &["Wirklich? ja, sagte er.", "Wie viele?", "Das blieb offen."],
        );
    }

    #[test]
    fn ellipses() {
        check(
            "de",
            "Die Verhandlungen laufen … aber ohne Ergebnis. Es bleibt unklar... Die Gespräche gehen weiter.",
            &[
                "Die Verhandlungen laufen … aber ohne Ergebnis.",
                "Es bleibt unklar...",
                "Die Gespräche gehen weiter.",
            ],
        );
        check(
            "de",
            "Sie wollen […] Drohnen kaufen.",
            &["Sie wollen […] Drohnen kaufen."],
        );
        check(
            "en",
            "He said the deliveries... were ongoing. The talks stalled… Nobody knows why.",
            &[
                "He said the deliveries... were ongoing.",
                "The talks stalled…",
                "Nobody knows why.",
            ],
        );
    }

    #[test]
    fn english_abbreviations() {
        check(
            "en",
            "The U.S. sent more aid. U.S. officials confirmed it.",
            &["The U.S. sent more aid.", "U.S. officials confirmed it."],
        );
        check(
            "en",
            "The shells went to the U.S. The deal was signed in May. The U.S. Army agreed.",
            &[
                "The shells went to the U.S.",
                "The deal was signed in May.",
                "The U.S. Army agreed.",
            ],
        );
        check(
            "en",
            "The U.K. and France agreed. Mr. Smith and Mrs. Jones attended.",
            &[
                "The U.K. and France agreed.",
                "Mr. Smith and Mrs. Jones attended.",
            ],
        );
        check(
            "en",
            "Gen. Valery Gerasimov met Lt. Col. Ivan Petrov and Sen. Jack Reed. Rep. Mike Rogers was absent.",
            &[
                "Gen. Valery Gerasimov met Lt. Col. Ivan Petrov and Sen. Jack Reed.",
                "Rep. Mike Rogers was absent.",
            ],
        );
        check(
            "en",
            "Resolution No. 2231 bans transfers. Acme Inc. and Boeing Corp. denied this.",
            &[
                "Resolution No. 2231 bans transfers.",
                "Acme Inc. and Boeing Corp. denied this.",
            ],
        );
        check(
            "en",
            "It was built by Acme Inc. The company makes drones.",
            &["It was built by Acme Inc.", "The company makes drones."],
        );
        check(
            "en",
            "Some systems, e.g. the Shahed-136, are cheap. Others, i.e. cruise missiles, cost more. Russia vs. Ukraine.",
            &[
                "Some systems, e.g. the Shahed-136, are cheap.",
                "Others, i.e. cruise missiles, cost more.",
                "Russia vs. Ukraine.",
            ],
        );
        check(
            "en",
            "Oh, no. It was the sun. Resolution No. 5 passed.",
            &["Oh, no.", "It was the sun.", "Resolution No. 5 passed."],
        );
        check(
            "en",
            "The U.N. Security Council met. The N.A.T.O. The end.",
            &["The U.N. Security Council met.", "The N.A.T.O.", "The end."],
        );
    }

    #[test]
    fn english_names_dates_numbers() {
        check(
            "en",
            "John F. Kennedy signed it. Bradley T. Smith, a U.S. official, agreed.",
            &[
                "John F. Kennedy signed it.",
                "Bradley T. Smith, a U.S. official, agreed.",
            ],
        );
        check(
            "en",
            "The deal was signed on Sept. 13, 2023, in Moscow. It covers drones.",
            &[
                "The deal was signed on Sept. 13, 2023, in Moscow.",
                "It covers drones.",
            ],
        );
        check(
            "en",
            "Talks began on Jan. 5 and ended on Feb. 2. Aug. 24 is a holiday.",
            &[
                "Talks began on Jan. 5 and ended on Feb. 2.",
                "Aug. 24 is a holiday.",
            ],
        );
        check(
            "en",
            "Kyiv received 1.5 billion dollars. The package held 2,400 shells. It came in 2023. More followed.",
            &[
                "Kyiv received 1.5 billion dollars.",
                "The package held 2,400 shells.",
                "It came in 2023.",
                "More followed.",
            ],
        );
        check(
            "en",
            "He met Dr. Smith. The plan was called Plan B. The Kremlin rejected it.",
            &[
                "He met Dr. Smith.",
                "The plan was called Plan B.",
                "The Kremlin rejected it.",
            ],
        );
    }

    #[test]
    fn english_quotes_questions() {
        check(
            "en",
            "\"We are concerned. We will act.\" Kirby said that on Monday.",
            &[
                "\"We are concerned.",
                "We will act.\"",
                "Kirby said that on Monday.",
            ],
        );
        check(
            "en",
            "“Iran is supplying drones,” he said. “This must stop.”",
            &["“Iran is supplying drones,” he said.", "“This must stop.”"],
        );
        check(
            "en",
            "Is Iran sending missiles? Officials think so! They warned Tehran (again.) Then they left.",
            &[
                "Is Iran sending missiles?",
                "Officials think so!",
                "They warned Tehran (again.)",
                "Then they left.",
            ],
        );
        check(
            "en",
            "The U.S.' allies agreed. 'Go.' That was all.",
            &["The U.S.' allies agreed.", "'Go.'", "That was all."],
        );
        check(
            "en",
            "\"Why?\" he asked. 'Because.' That was all.",
            &["\"Why?\"", "he asked.", "'Because.'", "That was all."],
        );
    }

    #[test]
    fn lines_offsets_and_headlines() {
        let text =
            "Ärger über Drohnen\r\n\r\n  Überall: Iran liefert.  \n„Wir prüfen das“\nNeu? Ja.\n";
        let lines: Vec<Span> = lines_with_spans(text).map(|(s, _)| s).collect();
        let s = split(text, &lines, "de");
        let got: Vec<(&str, bool)> = s
            .iter()
            .map(|s| (s.span.slice(text).unwrap(), s.headline))
            .collect();
        assert_eq!(
            got,
            [
                ("Ärger über Drohnen", true),
                ("Überall: Iran liefert.", false),
                ("„Wir prüfen das“", true),
                ("Neu?", false),
                ("Ja.", false),
            ]
        );
        // Only the given lines are split; a sentence never crosses a line.
        let only = split(text, &lines[2..3], "de");
        assert_eq!(only.len(), 1);
        assert_eq!(only[0].span.slice(text), Some("Überall: Iran liefert."));
        let joined = "Iran liefert\nDrohnen.";
        let all = split(joined, &[Span::new(0, joined.len())], "de");
        assert_eq!(all.len(), 1, "one given span is one line");
        // Spans outside the text or off char boundaries are skipped, not a panic.
        assert!(split("Ä.", &[Span::new(1, 3), Span::new(0, 9)], "de").is_empty());
    }

    proptest::proptest! {
        #[test]
        fn candidate_scan_matches_a_plain_loop(
            bytes in proptest::collection::vec(proptest::sample::select(vec![b'a', b'.', b'!', b'?', 0xE2, 0x01, 0x2D, 0xFF, 0x2F]), 0..40),
            from in 0usize..40,
        ) {
            let from = from.min(bytes.len());
            let naive = (from..bytes.len())
                .find(|&i| matches!(bytes[i], b'.' | b'!' | b'?' | 0xE2))
                .unwrap_or(bytes.len());
            proptest::prop_assert_eq!(next_candidate(&bytes, from, bytes.len()), naive);
        }

        #[test]
        fn spans_are_well_formed(
            text in "[a-zA-Z0-9äÄßÜ .,!?…„“”»«\"'()\u{a0}\n\r-]{0,160}",
            pick in proptest::collection::vec(proptest::bool::ANY, 0..20),
            lang in proptest::sample::select(vec!["de", "en", "fr"]),
        ) {
            well_formed(&text, &pick, lang)?;
        }

        #[test]
        fn spans_are_well_formed_on_tricky_tokens(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "z.", "B.", "u.", "a.", "U.S.", "Dr.", "Nr.", "Sept.", "Inc.", "F.", "e.g.", "14", "000.",
                "29.", "2.400", "„", "“", "»", "«", "\"", "'", "(", ")", "...", "…", "?", "!", ".",
                "Die", "The", "drones", "Drohnen", "März", "Ärger", " ", " ", " ", "\u{a0}", "\n", "\r\n",
            ]), 0..60),
            pick in proptest::collection::vec(proptest::bool::ANY, 0..20),
            lang in proptest::sample::select(vec!["de", "en"]),
        ) {
            well_formed(&words.concat(), &pick, lang)?;
        }
    }

    /// The invariants of [`split`] on any text: spans sorted, disjoint,
    /// non-empty, trimmed, on char boundaries, inside the given lines, and
    /// together covering every non-blank character of those lines.
    fn well_formed(
        text: &str,
        pick: &[bool],
        lang: &str,
    ) -> Result<(), proptest::test_runner::TestCaseError> {
        let lines: Vec<Span> = lines_with_spans(text)
            .map(|(s, _)| s)
            .enumerate()
            .filter(|(i, _)| pick.get(*i).copied().unwrap_or(true))
            .map(|(_, s)| s)
            .collect();
        let sentences = split(text, &lines, lang);
        let mut prev_end = 0;
        for s in &sentences {
            let sp = s.span;
            proptest::prop_assert!(sp.start < sp.end, "empty {sp:?}");
            proptest::prop_assert!(sp.start >= prev_end, "unsorted or overlapping {sp:?}");
            let body = sp.slice(text);
            proptest::prop_assert!(body.is_some(), "not on char boundaries {sp:?}");
            let body = body.unwrap();
            proptest::prop_assert_eq!(body.trim(), body);
            proptest::prop_assert!(
                lines.iter().any(|l| l.contains(&sp)),
                "outside the lines {sp:?}"
            );
            prev_end = sp.end;
        }
        for l in &lines {
            for (i, c) in text[l.start..l.end].char_indices() {
                let at = l.start + i;
                if !c.is_whitespace() {
                    proptest::prop_assert!(
                        sentences
                            .iter()
                            .any(|s| s.span.start <= at && at < s.span.end),
                        "{c:?} at {at} lost"
                    );
                }
            }
        }
        Ok(())
    }

    #[test]
    fn headline() {
        let text = "Iran schickt Drohnen nach Russland\nDer Iran hat Drohnen geliefert. Das sagen die USA.";
        let lines: Vec<Span> = lines_with_spans(text).map(|(s, _)| s).collect();
        let s = split(text, &lines, "de");
        assert_eq!(s.len(), 3);
        assert!(s[0].headline && !s[1].headline && !s[2].headline);
        assert_eq!(
            s[0].span.slice(text),
            Some("Iran schickt Drohnen nach Russland")
        );
    }
}

#[cfg(test)]
mod dev_tests {
    use super::*;
    use milcoop_core::text::lines_with_spans;
    use std::path::Path;

    /// Every gold evidence of the dev set lies inside one sentence.
    #[test]
    fn dev_evidence_stays_inside_one_sentence() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/dev");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("skipping: {} is absent", dir.display());
            return;
        };
        let (mut total, mut bad) = (0, Vec::new());
        for e in entries.flatten() {
            let g: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(e.path()).unwrap()).unwrap();
            let text = g["article"]["text"].as_str().unwrap();
            let lang = g["article"]["language"].as_str().unwrap_or("und");
            let lines: Vec<Span> = lines_with_spans(text).map(|(s, _)| s).collect();
            let sentences = split(text, &lines, lang);
            for ev in g["events"].as_array().unwrap() {
                let ev = ev["evidence"].as_str().unwrap();
                total += 1;
                let Some(at) = text.find(ev) else { continue };
                let span = Span::new(at, at + ev.len());
                if !sentences.iter().any(|s| s.span.contains(&span)) {
                    bad.push(ev.to_string());
                }
            }
        }
        eprintln!(
            "{} of {total} evidences cross a sentence boundary",
            bad.len()
        );
        for b in &bad {
            eprintln!("  {b}");
        }
        assert!(bad.is_empty(), "{bad:?}");
    }
}
