//! Small text helpers shared by several stages.

/// Collapses every run of Unicode whitespace to one space and trims the ends
/// (the scorer's `norm_line`).
pub fn norm_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The form of a text whose hash recognises exact duplicates: lower case,
/// whitespace collapsed.
pub fn normalize_for_hash(s: &str) -> String {
    norm_ws(s).to_lowercase()
}

/// Folds diacritics to ASCII the way sites do when they build slugs or
/// titles: German umlauts and ß by German convention ("militärische" →
/// "militaerische", "Unterstützung" → "Unterstuetzung"), every other accented
/// Latin letter to its base letter ("é" → "e", "Łukasz Kamiński" → "Lukasz
/// Kaminski", by `deunicode`), no-break and thin spaces to spaces. Other
/// characters stay as they are. Used to recognise ASCII-folded copies of a
/// title and to build ASCII person slugs.
pub fn ascii_fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'Ä' => out.push_str("Ae"),
            'Ö' => out.push_str("Oe"),
            'Ü' => out.push_str("Ue"),
            'ß' => out.push_str("ss"),
            '\u{a0}' | '\u{202f}' | '\u{2009}' => out.push(' '),
            // Latin-1 letters and Latin Extended-A/B (not × and ÷)
            '\u{c0}'..='\u{24f}' if c.is_alphabetic() => match deunicode::deunicode_char(c) {
                Some(f) if f.bytes().all(|b| b.is_ascii_alphabetic()) => out.push_str(f),
                _ => out.push(c),
            },
            _ => out.push(c),
        }
    }
    out
}

/// Lower-cases `text` without changing any byte offset: a character whose
/// lower-case form has another UTF-8 length is kept as it is.
pub fn lower_same_len(text: &str) -> String {
    // ASCII bytes are lower-cased in one pass; other characters are decoded at
    // their first byte only and overwritten in place (same length, so the bytes
    // stay valid UTF-8)
    let mut out = text.as_bytes().to_vec();
    out.make_ascii_lowercase();
    let mut i = 0;
    while i < out.len() {
        // eight ASCII bytes at a time
        if let Some(chunk) = out.get(i..i + 8)
            && u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8])) & 0x8080_8080_8080_8080
                == 0
        {
            i += 8;
            continue;
        }
        if out[i] < 0xC0 {
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        let mut l = c.to_lowercase();
        if let (Some(lc), None) = (l.next(), l.next())
            && lc != c
            && lc.len_utf8() == len
        {
            lc.encode_utf8(&mut out[i..i + len]);
        }
        i += len;
    }
    debug_assert_eq!(out.len(), text.len());
    debug_assert!(std::str::from_utf8(&out).is_ok());
    // SAFETY: `out` is `text`'s valid UTF-8 with ASCII letters lower-cased and some
    // characters, at their first byte (a char boundary of `text`: `text[i..]` above would
    // panic otherwise), overwritten by the UTF-8 of a character of the same length; the
    // bytes of every other character are untouched (no second validation pass over the text)
    unsafe { String::from_utf8_unchecked(out) }
}

/// Lines of `text` with their byte spans, split on `\n` (a trailing `\r` is
/// excluded from the line).
pub fn lines_with_spans(text: &str) -> impl Iterator<Item = (crate::Span, &str)> {
    // `split('\n')` with the vectorised search of `memchr`: each line ends at a
    // line break, the last one at the end of the text
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    let mut next = 0usize;
    ends.map(move |end| {
        let start = next;
        next = end + 1;
        let raw = &text[start..end];
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        (crate::Span::new(start, start + line.len()), line)
    })
}

/// The top bit of every byte of a word ([`word8`] scans).
pub const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Eight bytes at `i` as a little-endian word, for word-at-a-time scans.
#[inline]
pub fn word8(b: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(w)
}

/// The top bit of the bytes of `x` equal to `byte` (the classic
/// `(y - 0x01..01) & !y & 0x80..80` zero-byte test on `x ^ byte*0x01..01`): the
/// lowest flag is exact, so `trailing_zeros() / 8` of a non-zero mask is the first
/// such byte.
#[inline]
pub fn byte_eq_mask(x: u64, byte: u8) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    let y = x ^ (LO * u64::from(byte));
    y.wrapping_sub(LO) & !y & HIGH_BITS
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn lower_same_len_keeps_offsets() {
        // (ẞ and İ lower-case to forms of another length: kept as they are)
        let t = "Die USA und ÄGYPTEN: ẞ İZMIR Ωmega, 12,5 MIO. Dollar — „Drohnen“ ﬁx";
        let l = lower_same_len(t);
        assert_eq!(l.len(), t.len());
        assert_eq!(
            l,
            "die usa und ägypten: ẞ İzmir ωmega, 12,5 mio. dollar — „drohnen“ ﬁx"
        );
    }
    #[test]
    fn folding_and_ws() {
        assert_eq!(norm_ws("  a \u{a0} b\n c "), "a b c");
        assert_eq!(
            ascii_fold("militärische Unterstützung"),
            "militaerische Unterstuetzung"
        );
        assert_eq!(
            ascii_fold("Łukasz Kamiński, Jiří Šedivý, Søren Dahl, Ioana-Dragoș Dumitrescu"),
            "Lukasz Kaminski, Jiri Sedivy, Soren Dahl, Ioana-Dragos Dumitrescu"
        );
        // punctuation and other scripts stay
        assert_eq!(ascii_fold("„Ωmega“ — Жуков × 2"), "„Ωmega“ — Жуков × 2");
        let t = "ab\r\ncd\n\nef";
        let v: Vec<_> = lines_with_spans(t).collect();
        assert_eq!(v.len(), 4);
        assert_eq!(v[0].1, "ab");
        assert_eq!(v[1], (crate::Span::new(4, 6), "cd"));
        for (sp, l) in v {
            assert_eq!(sp.slice(t), Some(l));
        }
    }

    #[test]
    fn lines_are_the_pieces_of_split() {
        for t in ["", "\n", "a", "a\n", "\na\r\n\r\nb\rc\n", "über\n\nköln\r"] {
            let mut pos = 0;
            let reference: Vec<_> = t
                .split('\n')
                .map(|raw| {
                    let start = pos;
                    pos += raw.len() + 1;
                    let line = raw.strip_suffix('\r').unwrap_or(raw);
                    (crate::Span::new(start, start + line.len()), line)
                })
                .collect();
            assert_eq!(lines_with_spans(t).collect::<Vec<_>>(), reference, "{t:?}");
        }
    }
}
