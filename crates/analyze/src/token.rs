//! Word tokens with byte offsets into the original text.
//!
//! A token is a maximal run of alphanumeric characters, with inner hyphens
//! and apostrophes kept ("Su-35", "Shahed-136-Drohnen", "North Korea's" is
//! `North`, `Korea's`). Offsets are bytes into the text given.

use crate::lexicon::{ASCII_ALNUM, ascii_alnum_run};
use milcoop_core::Span;

/// A word token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte span into the original text.
    pub span: Span,
}

impl Token {
    /// The token's text in `text` (the original).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span.start..self.span.end]
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// The character at byte `i` of `s` and its length (ASCII without decoding).
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        (b as char, 1)
    } else {
        let c = s[i..].chars().next().unwrap_or('\0');
        (c, c.len_utf8())
    }
}

/// Tokenises `text[span]`; offsets are into `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let s = &text[span.start..span.end];
    let bytes = s.as_bytes();
    let end = bytes.len();
    let mut out = Vec::with_capacity(s.len() / 6);
    let mut i = 0;
    'outside: while i < end {
        // outside a token: ASCII other than letters and digits is skipped, a
        // word character starts a token
        let b = bytes[i];
        if b < 0x80 {
            if !ASCII_ALNUM[usize::from(b)] {
                i += 1;
                continue;
            }
        } else {
            let (c, len) = char_at(s, i);
            if !is_word(c) {
                i += len;
                continue;
            }
        }
        let st = i;
        // inside a token, at a word character
        loop {
            // the run of ASCII letters and digits at once
            i += ascii_alnum_run(&bytes[i..]);
            if i >= end {
                out.push(Token {
                    span: Span::new(span.start + st, span.end),
                });
                break 'outside;
            }
            let (c, len) = char_at(s, i);
            if c >= '\u{80}' && is_word(c) {
                i += len;
                continue;
            }
            // `c` is no word character and the one before it is one: a digit
            // only if ASCII (a continuation byte is none). An inner hyphen or
            // apostrophe followed by a word character keeps the token going, and
            // so does a dot or comma between digits.
            let next = || (i + len < end).then(|| char_at(s, i + len).0);
            let joins = (matches!(c, '-' | '\'' | '’' | '‑') && next().is_some_and(is_word))
                || (matches!(c, '.' | ',')
                    && bytes[i - 1].is_ascii_digit()
                    && next().is_some_and(|n| n.is_ascii_digit()));
            if joins {
                i += len;
                continue;
            }
            out.push(Token {
                span: Span::new(span.start + st, span.start + i),
            });
            i += len;
            continue 'outside;
        }
    }
    out
}

pub use milcoop_core::text::lower_same_len;

#[cfg(test)]
mod tests {
    use super::*;
    /// The tokeniser as it was written first (one character at a time).
    fn reference_tokenize(text: &str, span: Span) -> Vec<Token> {
        let s = &text[span.start..span.end];
        let bytes = s.as_bytes();
        let mut out = Vec::with_capacity(s.len() / 6);
        let mut start: Option<usize> = None;
        // inside a token, the character before a non-word one is a word character
        // (a joiner is always followed by one): remember whether it was a digit
        let mut prev_digit = false;
        let mut i = 0;
        while i < s.len() {
            let b = bytes[i];
            // ASCII outside a token: a letter or digit starts one, anything else is skipped
            if b < 0x80 && start.is_none() && !ASCII_ALNUM[usize::from(b)] {
                i += 1;
                continue;
            }
            let (c, len) = char_at(s, i);
            if is_word(c) {
                if start.is_none() {
                    start = Some(i);
                }
                i += len;
                // the rest of a run of ASCII letters and digits at once
                i += ascii_alnum_run(&bytes[i..]);
                // the last word character: a digit only if ASCII (a continuation byte is none)
                prev_digit = bytes[i - 1].is_ascii_digit();
                continue;
            }
            if let Some(st) = start {
                // inner hyphen or apostrophe followed by a word char keeps the token going
                let next = || (i + len < s.len()).then(|| char_at(s, i + len).0);
                let joins = (matches!(c, '-' | '\'' | '’' | '‑') && next().is_some_and(is_word))
                    || (matches!(c, '.' | ',')
                        && prev_digit
                        && next().is_some_and(|n| n.is_ascii_digit()));
                if joins {
                    i += len;
                    continue;
                }
                out.push(Token {
                    span: Span::new(span.start + st, span.start + i),
                });
                start = None;
            }
            i += len;
        }
        if let Some(st) = start {
            out.push(Token {
                span: Span::new(span.start + st, span.end),
            });
        }
        out
    }

    #[test]
    fn tokenize_matches_the_reference_on_tricky_text() {
        let t = "Ein 2.400-Euro-Paket, 12,5 Mio. — „Drohnen“ 3. Su-35s' Iran's Ärger‑Über x-  y- -z 1., 2,a 3.4.5 ÄÖÜ-Ö ﬁx 日本-語 Ⅻ-1 abcdefghijklmnopqrstuvwxyz0123456789-";
        for a in 0..=t.len() {
            for b in a..=t.len() {
                if t.is_char_boundary(a) && t.is_char_boundary(b) {
                    let sp = Span::new(a, b);
                    assert_eq!(tokenize(t, sp), reference_tokenize(t, sp), "{:?}", &t[a..b]);
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn tokenize_matches_the_reference(
            t in "[a-cA-C0-9 .,'’‑\\-äÄß€„“ﬁ日Ⅻ\\u{300}]{0,40}"
        ) {
            let sp = Span::new(0, t.len());
            proptest::prop_assert_eq!(tokenize(&t, sp), reference_tokenize(&t, sp));
        }
    }

    #[test]
    fn tokens_keep_inner_hyphens() {
        let t = "Der Iran schickt 2.400 Shahed-136-Drohnen – an Russland's Armee.";
        let toks: Vec<&str> = tokenize(t, Span::new(0, t.len()))
            .iter()
            .map(|k| k.text(t))
            .collect();
        assert_eq!(
            toks,
            [
                "Der",
                "Iran",
                "schickt",
                "2.400",
                "Shahed-136-Drohnen",
                "an",
                "Russland's",
                "Armee"
            ]
        );
        let l = lower_same_len("ÄÖÜ İstanbul Straße");
        assert_eq!(l.len(), "ÄÖÜ İstanbul Straße".len());
        assert!(l.starts_with("äöü"));
    }
    #[test]
    fn lower_same_len_matches_char_by_char() {
        // the definition: each character lower-cased where that keeps its UTF-8 length
        fn reference(text: &str) -> String {
            text.chars()
                .map(|c| {
                    let mut l = c.to_lowercase();
                    match (l.next(), l.next()) {
                        (Some(lc), None) if lc.len_utf8() == c.len_utf8() => lc,
                        _ => c,
                    }
                })
                .collect()
        }
        for t in [
            "",
            "ABC def",
            "Über MÄRZ İstanbul ẞ ΣΑΣ Ωmega €5 Ⅻ ﬁ 日本 🚀 Ǆ",
            "Kampfdrohnen-Lieferung an die UKRAINE.",
        ] {
            assert_eq!(lower_same_len(t), reference(t), "{t}");
        }
        let t = "Ein 2.400-Euro-Paket, 12,5 Mio. — „Drohnen“ 3.";
        let toks: Vec<&str> = tokenize(t, Span::new(0, t.len()))
            .iter()
            .map(|k| k.text(t))
            .collect();
        assert_eq!(
            toks,
            ["Ein", "2.400-Euro-Paket", "12,5", "Mio", "Drohnen", "3"]
        );
    }
    #[test]
    fn tokens_inside_sub_span() {
        let t = "xx Iran yy";
        let v = tokenize(t, Span::new(3, 7));
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].text(t), "Iran");
    }
}
