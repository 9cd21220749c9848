//! Page furniture (share prompts, captions, bylines, newsletter boxes,
//! "Read more", "Anzeige"...) recognised line by line, from per-language
//! data files embedded in the binary (`data/furniture.*.txt`, syntax in
//! `furniture.en.txt`).
//!
//! All languages' rules apply to every page: pages often lack a language
//! tag, and the phrases are specific enough not to collide.

use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

const SOURCES: [&str; 2] = [
    include_str!("../data/furniture.en.txt"),
    include_str!("../data/furniture.de.txt"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Exact,
    Prefix,
    /// A prefix that holds only on lines without final sentence punctuation.
    Byline,
    Contains,
    Tail,
}

#[derive(Debug)]
struct Rule {
    kind: Kind,
    max_words: usize,
}

/// The compiled rule set.
pub(crate) struct Furniture {
    /// Prefix, byline and contains rules, by pattern index of `matcher`.
    rules: Vec<Rule>,
    matcher: AhoCorasick,
    /// Whole-line rules: normalised line to kind (exact or tail).
    lines: std::collections::HashMap<String, Kind>,
    /// No rule holds for a line of more words than this.
    max_words: usize,
}

/// Rules of every language, compiled once.
pub(crate) static FURNITURE: LazyLock<Furniture> = LazyLock::new(|| Furniture::parse(&SOURCES));

/// What a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Article text, as far as the rules know.
    Body,
    /// Furniture: drop the line.
    Furniture,
    /// A heading opening the closing furniture.
    Tail,
}

impl Furniture {
    fn parse(sources: &[&str]) -> Furniture {
        let mut rules = Vec::new();
        let mut patterns = Vec::new();
        let mut lines = std::collections::HashMap::new();
        let mut max_words = 0;
        for line in sources.iter().flat_map(|s| s.lines()) {
            let line = line.trim_start();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((head, text)) = line.split_once(':') else {
                continue;
            };
            let mut head = head.split_whitespace();
            let kind = match head.next() {
                Some("exact") => Kind::Exact,
                Some("prefix") => Kind::Prefix,
                Some("byline") => Kind::Byline,
                Some("contains") => Kind::Contains,
                Some("tail") => Kind::Tail,
                _ => continue,
            };
            // Without a limit, a rule holds for lines of up to 40 words.
            let rule_words = head.next().and_then(|n| n.parse().ok()).unwrap_or(40);
            // One leading space separates the syntax from the text; a
            // trailing space is part of the text ("by ").
            let text = text.strip_prefix(' ').unwrap_or(text).to_lowercase();
            let text = if matches!(kind, Kind::Exact | Kind::Tail) {
                normalize(&text)
            } else {
                text
            };
            if text.is_empty() {
                continue;
            }
            if matches!(kind, Kind::Exact | Kind::Tail) {
                max_words = max_words.max(text.split_whitespace().count());
                lines.entry(text).or_insert(kind);
                continue;
            }
            max_words = max_words.max(rule_words);
            rules.push(Rule {
                kind,
                max_words: rule_words,
            });
            patterns.push(text);
        }
        let matcher = AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(&patterns)
            .expect("furniture patterns compile");
        Furniture {
            rules,
            matcher,
            lines,
            max_words,
        }
    }

    /// Classifies one line of extracted text.
    pub(crate) fn classify(&self, line: &str) -> Verdict {
        let words = line.split_whitespace().count();
        if words > self.max_words {
            return Verdict::Body;
        }
        let lower = line.trim().to_lowercase();
        match self.lines.get(&normalize(&lower)) {
            Some(Kind::Tail) => return Verdict::Tail,
            Some(_) => return Verdict::Furniture,
            None => {}
        }
        let sentence_end = lower.ends_with(['.', '!', '?', '"', '”', '»', '“']);
        for m in self.matcher.find_overlapping_iter(&lower) {
            let rule = &self.rules[m.pattern().as_usize()];
            if words > rule.max_words {
                continue;
            }
            let hit = match rule.kind {
                Kind::Contains => true,
                Kind::Prefix => m.start() == 0,
                Kind::Byline => m.start() == 0 && !sentence_end,
                Kind::Exact | Kind::Tail => false,
            };
            if hit {
                return Verdict::Furniture;
            }
        }
        Verdict::Body
    }
}

/// Lower-cased line without surrounding punctuation and symbols, inner
/// whitespace collapsed.
pub(crate) fn normalize(s: &str) -> String {
    let t = s.trim_matches(|c: char| !c.is_alphanumeric());
    t.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_english_and_german_furniture() {
        let f = &*FURNITURE;
        assert_eq!(f.classify("Read more »"), Verdict::Furniture);
        assert_eq!(f.classify("ANZEIGE"), Verdict::Furniture);
        assert_eq!(f.classify("Photo: Jane Roe, AP"), Verdict::Furniture);
        assert_eq!(
            f.classify("Sign up for our daily newsletter."),
            Verdict::Furniture
        );
        assert_eq!(
            f.classify(
                "Mit dem Laden des Tweets akzeptieren Sie die Datenschutzerklärung von Twitter."
            ),
            Verdict::Furniture
        );
        assert_eq!(f.classify("Mehr zum Thema"), Verdict::Tail);
        assert_eq!(f.classify("You may also like..."), Verdict::Tail);
    }

    #[test]
    fn keeps_body_text() {
        let f = &*FURNITURE;
        assert_eq!(
            f.classify("The shells were shipped by rail in October."),
            Verdict::Body
        );
        assert_eq!(
            f.classify("By the end of the year, Russia had received 300 drones."),
            Verdict::Body
        );
        // Long paragraph mentioning a newsletter is body.
        let long = "The ministry said in its weekly newsletter that the deliveries, which began in \
                    spring, had grown to several hundred units a month and would continue through \
                    the winter despite the new sanctions announced by the European Union.";
        assert_eq!(f.classify(long), Verdict::Body);
        assert_eq!(f.classify("Home Secretary defends the plan"), Verdict::Body);
    }
}
