//! Quantities and money (GUIDELINES.md "Quantity and value"): digits in
//! German and English notation, word numbers, vague counts ("mehrere
//! hundert", "dozens"), and their modifiers ("mehr als", "about", "up to").

use milcoop_analyze::Token;
use milcoop_core::{Money, Quantity};
use std::hash::Hasher;
use std::sync::LazyLock;

/// FNV-1a: a fast hash for the short words of the keyword sets below.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A set of keywords, for a cheap check before a chain of string matches:
/// bitmaps of (length, first byte) and (length, last byte) reject most words
/// without hashing; a word that passes them is compared with the few keywords
/// of its first byte and length (no hash of the word).
pub(crate) struct WordSet {
    /// The keywords sorted by first byte, then length.
    words: Vec<&'static str>,
    /// `words[start[b]..start[b + 1]]` are the keywords that start with byte `b`.
    start: [u16; 257],
    seen: [[u64; 4]; 32],
    seen_last: [[u64; 4]; 32],
}

impl WordSet {
    pub(crate) fn new(words: &[&'static str]) -> Self {
        let mut seen = [[0u64; 4]; 32];
        let mut seen_last = [[0u64; 4]; 32];
        for w in words {
            let b = w.as_bytes()[0] as usize;
            seen[w.len().min(31)][b / 64] |= 1 << (b % 64);
            let b = w.as_bytes()[w.len() - 1] as usize;
            seen_last[w.len().min(31)][b / 64] |= 1 << (b % 64);
        }
        let mut sorted: Vec<&'static str> = words.to_vec();
        sorted.sort_unstable_by(|a, b| {
            (a.as_bytes()[0], a.len(), *a).cmp(&(b.as_bytes()[0], b.len(), *b))
        });
        sorted.dedup();
        let mut start = [0u16; 257];
        for b in 0..256 {
            start[b + 1] = sorted.partition_point(|w| usize::from(w.as_bytes()[0]) <= b) as u16;
        }
        WordSet {
            words: sorted,
            start,
            seen,
            seen_last,
        }
    }

    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        let (Some(&b), Some(&e)) = (w.as_bytes().first(), w.as_bytes().last()) else {
            return false;
        };
        let (b, e, n) = (b as usize, e as usize, w.len().min(31));
        self.seen[n][b / 64] & (1 << (b % 64)) != 0
            && self.seen_last[n][e / 64] & (1 << (e % 64)) != 0
            && self.has(b, w)
    }

    /// Whether `w` (first byte `b`) is one of the keywords.
    fn has(&self, b: usize, w: &str) -> bool {
        let bucket = &self.words[usize::from(self.start[b])..usize::from(self.start[b + 1])];
        bucket
            .iter()
            .take_while(|k| k.len() <= w.len())
            .any(|k| k.len() == w.len() && k.as_bytes() == w.as_bytes())
    }
}

/// The words other than digits that can start a number (every word the
/// branches of [`find_numbers`] look at first).
static NUMBER_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "zwei",
        "zweier",
        "two",
        "drei",
        "dreier",
        "three",
        "vier",
        "four",
        "fünf",
        "five",
        "sechs",
        "six",
        "sieben",
        "seven",
        "acht",
        "eight",
        "neun",
        "nine",
        "zehn",
        "ten",
        "elf",
        "eleven",
        "zwölf",
        "twelve",
        "fünfzehn",
        "fifteen",
        "zwanzig",
        "twenty",
        "dreißig",
        "thirty",
        "vierzig",
        "forty",
        "fünfzig",
        "fifty",
        "hundert",
        "einhundert",
        "hundred",
        "tausend",
        "eintausend",
        "thousand",
        "dutzende",
        "dutzenden",
        "dozens",
        "hunderte",
        "hunderten",
        "hundreds",
        "tausende",
        "tausenden",
        "thousands",
        "zehntausende",
        "zehntausenden",
        "hunderttausende",
        "hunderttausenden",
        "tens",
        "mehrere",
        "several",
        "einige",
        "some",
        "dozen",
        "dutzend",
        "milliarden",
        "billions",
        "millionen",
        "millions",
        "million",
    ])
});

/// False for a word that no branch of [`find_numbers`] starts a number with.
fn may_start_number(words: &WordSet, w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_digit) || words.contains(w)
}

/// A number found in a sentence, with the tokens it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberExpr {
    /// Index of the first token (modifier included).
    pub first: usize,
    /// Index of the last token (multiplier or currency included).
    pub last: usize,
    /// The count range.
    pub range: Quantity,
    /// Money, when a currency follows or precedes.
    pub money: Option<Money>,
    /// A vague amount ("billions of dollars").
    pub vague: bool,
}

fn word_number(w: &str) -> Option<u64> {
    Some(match w {
        "zwei" | "zweier" | "two" => 2,
        "drei" | "dreier" | "three" => 3,
        "vier" | "four" => 4,
        "fünf" | "five" => 5,
        "sechs" | "six" => 6,
        "sieben" | "seven" => 7,
        "acht" | "eight" => 8,
        "neun" | "nine" => 9,
        "zehn" | "ten" => 10,
        "elf" | "eleven" => 11,
        "zwölf" | "twelve" => 12,
        "fünfzehn" | "fifteen" => 15,
        "zwanzig" | "twenty" => 20,
        "dreißig" | "thirty" => 30,
        "vierzig" | "forty" => 40,
        "fünfzig" | "fifty" => 50,
        "hundert" | "einhundert" | "hundred" => 100,
        "tausend" | "eintausend" | "thousand" => 1000,
        _ => return None,
    })
}

/// Vague counts: (min, max).
fn vague_count(w: &str) -> Option<(u64, Option<u64>)> {
    Some(match w {
        "dutzende" | "dutzenden" | "dozens" => (24, Some(99)),
        "hunderte" | "hunderten" | "hundreds" => (200, Some(999)),
        "tausende" | "tausenden" | "thousands" => (2000, Some(9999)),
        "zehntausende" | "zehntausenden" => (20000, Some(99999)),
        "millionen" | "millions" => (2_000_000, Some(9_999_999)),
        "hunderttausende" | "hunderttausenden" => (200000, Some(999999)),
        _ => return None,
    })
}

fn multiplier(w: &str) -> Option<f64> {
    Some(match w {
        "tausend" | "thousand" => 1e3,
        "million" | "millions" | "millionen" | "mio" | "mln" | "m" => 1e6,
        "milliarde" | "milliarden" | "mrd" | "billion" | "billions" | "bn" | "b" => 1e9,
        "billionen" | "trillion" => 1e12,
        _ => return None,
    })
}

fn currency(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" | "us-dollar" | "usd" | "$" => "USD",
        "euro" | "euros" | "eur" | "€" => "EUR",
        "pfund" | "pounds" | "gbp" | "£" => "GBP",
        "rubel" | "rubles" | "roubles" | "rub" => "RUB",
        "yuan" | "cny" => "CNY",
        "won" => "KRW",
        "yen" | "jpy" => "JPY",
        _ => return None,
    })
}

/// Parses digits in the notation of `lang` ("2.400" and "6,5" in German,
/// "13,000" and "1.5" in English).
pub fn parse_digits(s: &str, lang: &str) -> Option<f64> {
    // Swiss thousands: "12'400", "1’200’000", groups of exactly three digits
    if s.contains(['\'', '’']) {
        let mut groups = s.split(['\'', '’']);
        let head = groups.next()?;
        let mut t = head.to_string();
        for g in groups {
            let digits = g.split(['.', ',']).next()?;
            if digits.len() != 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            t.push_str(g);
        }
        return (!head.is_empty() && head.len() <= 3 && head.bytes().all(|b| b.is_ascii_digit()))
            .then(|| parse_digits(&t, lang))
            .flatten();
    }
    if !s.starts_with(|c: char| c.is_ascii_digit())
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    // digits alone (most numbers): no separator to read
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok();
    }
    let (thousands, decimal) = if lang == "de" { ('.', ',') } else { (',', '.') };
    let mut t = String::with_capacity(s.len());
    let groups: Vec<&str> = s.split(thousands).collect();
    // a thousands separator is followed by exactly three digits
    if groups.len() > 1
        && groups[1..]
            .iter()
            .all(|g| g.split(decimal).next().is_some_and(|x| x.len() == 3))
    {
        for g in groups {
            t.push_str(g);
        }
    } else if groups.len() > 1 {
        // the other notation, e.g. "1.5" in a German text
        t = s.replace(thousands, ".");
    } else {
        t = s.to_string();
    }
    t.replace(decimal, ".").parse().ok()
}

/// Finds numbers in the tokens `toks` of `text` (`lower` is its lower-cased twin).
pub fn find_numbers(text: &str, lower: &str, toks: &[Token], lang: &str) -> Vec<NumberExpr> {
    let w = |i: usize| -> &str { &lower[toks[i].span.start..toks[i].span.end] };
    let mut out = Vec::new();
    let number_words: &WordSet = &NUMBER_WORDS;
    let mut i = 0;
    while i < toks.len() {
        let word = w(i);
        // a cheap skip of the words that no branch below starts with: a new
        // keyword of a branch below must also go into NUMBER_WORDS
        if !may_start_number(number_words, word) {
            i += 1;
            continue;
        }
        let mut value: Option<f64> = None;
        let mut range: Option<(u64, Option<u64>)> = None;
        let mut last = i;
        let mut vague = false;
        if let Some(v) = parse_digits(word, lang) {
            value = Some(v);
        } else if let Some(v) = word_number(word) {
            value = Some(v as f64);
        } else if matches!(word, "hundreds" | "tens")
            && i + 2 < toks.len()
            && w(i + 1) == "of"
            && w(i + 2) == "thousands"
        {
            range = Some(if word == "hundreds" {
                (200_000, Some(999_999))
            } else {
                (20_000, Some(99_999))
            });
            last = i + 2;
        } else if matches!(word, "million" | "millionen")
            && i > 0
            && matches!(w(i - 1), "eine" | "one" | "a")
        {
            // "mehr als eine Million Granaten", "one million shells"
            value = Some(1e6);
        } else if let Some(r) = vague_count(word).filter(|_| {
            // "Millionen Euro", "millions of dollars": vague money, below
            !(matches!(word, "millionen" | "millions")
                && (i + 1..(i + 3).min(toks.len())).any(|j| currency(w(j)).is_some()))
        }) {
            range = Some(r);
            vague = true;
        } else if (word == "mehrere" || word == "several" || word == "einige" || word == "some")
            && i + 1 < toks.len()
            && matches!(
                w(i + 1),
                "hundert"
                    | "hundred"
                    | "tausend"
                    | "thousand"
                    | "dutzend"
                    | "dozen"
                    | "hunderttausend"
            )
        {
            range = Some(match w(i + 1) {
                "hunderttausend" => (200_000, Some(999_999)),
                "hundert" | "hundred" => (200, Some(999)),
                "tausend" | "thousand" => (2000, Some(9999)),
                _ => (24, Some(99)),
            });
            last = i + 1;
        } else if (word == "dozen" || word == "dutzend") && i > 0 && matches!(w(i - 1), "a" | "ein")
        {
            value = Some(12.0);
        } else if let Some((v, m)) = glued_number(word, lang) {
            // "$375m", "1.5bn": a number and its multiplier written together
            value = Some(v * m);
        } else if let Some(m) = multiplier(word)
            .filter(|_| matches!(word, "milliarden" | "billions" | "millionen" | "millions"))
        {
            // "billions of dollars", "Milliarden Euro": vague money
            let next_cur = (i + 1..(i + 3).min(toks.len())).find_map(|j| currency(w(j)));
            if let Some(c) = next_cur {
                out.push(NumberExpr {
                    first: i,
                    last: i + 1,
                    range: Quantity::default(),
                    money: Some(Money {
                        amount: 2.0 * m,
                        currency: c.to_string(),
                    }),
                    vague: true,
                });
            }
            i += 1;
            continue;
        }
        if value.is_none() && range.is_none() {
            i += 1;
            continue;
        }
        // an ordinal ("29. März") or a date/year is not a count
        let after = &text[toks[i].span.end..];
        if value.is_some()
            && after.starts_with('.')
            && !after.starts_with("..")
            && word.chars().all(|c| c.is_ascii_digit())
            && lang == "de"
        {
            i += 1;
            continue;
        }
        // multiplier and currency after the number
        let mut mult = 1.0;
        if last + 1 < toks.len()
            && let Some(m) = multiplier(w(last + 1))
        {
            mult = m;
            last += 1;
        }
        let mut cur: Option<&str> = None;
        // "$1.5 billion", "€200 million": currency sign before the number
        let before = &text[..toks[i].span.start];
        if let Some(c) = before
            .trim_end()
            .chars()
            .next_back()
            .and_then(|c| currency(c.encode_utf8(&mut [0u8; 4])))
        {
            cur = Some(c);
        }
        if last + 1 < toks.len()
            && let Some(c) = currency(w(last + 1))
        {
            cur = Some(c);
            last += 1;
        } else if last + 2 < toks.len() && w(last + 1) == "us" && currency(w(last + 2)).is_some() {
            cur = currency(w(last + 2));
            last += 2;
        }
        // "6 bis 6,5 Milliarden Euro": a range of money takes the lower bound
        if cur.is_none()
            && value.is_some()
            && last + 3 < toks.len()
            && matches!(w(last + 1), "bis" | "to")
            && parse_digits(w(last + 2), lang).is_some()
        {
            let m2 = multiplier(w(last + 3)).unwrap_or(1.0);
            let c_idx = if multiplier(w(last + 3)).is_some() {
                last + 4
            } else {
                last + 3
            };
            if c_idx < toks.len()
                && let Some(c) = currency(w(c_idx))
            {
                mult = m2;
                cur = Some(c);
                last = c_idx;
            }
        }
        // modifiers before the number ("more than a dozen": the article belongs to the number)
        let mut first =
            if (matches!(word, "dozen" | "dutzend") && i > 0 && matches!(w(i - 1), "a" | "ein"))
                || (matches!(word, "million" | "millionen")
                    && i > 0
                    && matches!(w(i - 1), "eine" | "one" | "a"))
            {
                i - 1
            } else {
                i
            };

        let prev = |k: usize| if k >= 1 { Some(w(k - 1)) } else { None };
        let prev2 = |k: usize| {
            if k >= 2 {
                Some((w(k - 2), w(k - 1)))
            } else {
                None
            }
        };
        #[derive(PartialEq)]
        enum Md {
            None,
            MoreThan,
            About,
            UpTo,
            AtLeast,
            LessThan,
        }
        let mut md = Md::None;
        if let Some(p2) = prev2(first) {
            md = match p2 {
                ("mehr", "als") | ("more", "than") | ("as", "many") => Md::MoreThan,
                ("bis", "zu") | ("up", "to") => Md::UpTo,
                ("at", "least") => Md::AtLeast,
                ("weniger", "als") | ("less", "than") | ("fewer", "than") => Md::LessThan,
                _ => Md::None,
            };
            if md != Md::None {
                first -= 2;
            }
        }
        if md == Md::None
            && let Some(p) = prev(first)
        {
            // "verfügt über 40 Maschinen": the verb's preposition (has 40), not "more than"
            // "Kaufvertrag über 44 Panzer", "Auftrag über 3 Systeme": the object of a contract
            let verb_prep = p == "über"
                && first >= 2
                && (w(first - 2).starts_with("verfüg")
                    || [
                        "vertrag",
                        "verträge",
                        "auftrag",
                        "aufträge",
                        "vereinbarung",
                        "abkommen",
                        "bestellung",
                    ]
                    .iter()
                    .any(|x| w(first - 2).ends_with(x)));
            md = match p {
                "über" if verb_prep => Md::None,
                "über" | "over" | "mehr" => Md::MoreThan,
                "rund" | "etwa" | "ca" | "circa" | "ungefähr" | "about" | "around"
                | "approximately" | "roughly" | "nearly" | "fast" => Md::About,
                // "some 12,000 troops" (not "some" before a vague word, read above)
                "some" if value.is_some() => Md::About,
                "mindestens" => Md::AtLeast,
                _ => Md::None,
            };
            if md != Md::None {
                first -= 1;
            }
        }
        // "as many as more than 6 million": "more than" wins
        if md == Md::MoreThan
            && first >= 2
            && matches!((w(first - 2), w(first - 1)), ("as", "many"))
        {
            first -= 2;
        }
        // money is the amount stated ("etwa 7 Milliarden Euro" is 7000000000,
        // GUIDELINES "Decided cases"); a range of money takes its lower bound
        let stated = match range {
            Some((lo, _)) => lo as f64,
            None => (value.unwrap_or(0.0) * mult).round(),
        };
        let q = if let Some((lo, hi)) = range {
            Quantity {
                min: Some(lo),
                max: hi,
            }
        } else {
            let n = value.unwrap_or(0.0) * mult;
            let n_u = n.round() as u64;
            match md {
                Md::MoreThan => Quantity {
                    min: Some(n_u + 1),
                    max: None,
                },
                Md::About => Quantity {
                    min: Some((n * 0.9).round() as u64),
                    max: Some((n * 1.1).round() as u64),
                },
                Md::UpTo => Quantity {
                    min: None,
                    max: Some(n_u),
                },
                Md::AtLeast => Quantity {
                    min: Some(n_u),
                    max: None,
                },
                Md::LessThan => Quantity {
                    min: None,
                    max: Some(n_u.saturating_sub(1)),
                },
                Md::None => Quantity {
                    min: Some(n_u),
                    max: Some(n_u),
                },
            }
        };
        let money = cur.map(|c| Money {
            amount: stated,
            currency: c.to_string(),
        });
        out.push(NumberExpr {
            first,
            last,
            range: q,
            money,
            vague,
        });
        i = last + 1;
    }
    out
}

/// Whether a word of value ("worth", "valued", "im Wert von", "in Höhe von",
/// "costing") stands within three words before token `first`: the money after it is
/// the price of something named before it ("The deal, worth $200 million, …").
pub fn after_value_word(lower: &str, toks: &[Token], first: usize) -> bool {
    const VALUE_WORDS: &[&str] = &[
        "worth",
        "valued",
        "value",
        "costing",
        "cost",
        "priced",
        "totalling",
        "totaling",
        "amounting",
        "wert",
        "höhe",
        "volumen",
        "kosten",
        "gesamtwert",
    ];
    toks[first.saturating_sub(3)..first.min(toks.len())]
        .iter()
        .any(|t| VALUE_WORDS.contains(&&lower[t.span.start..t.span.end]))
}

/// True when `w` looks like a year (1900 to 2100).
pub fn is_year(w: &str) -> bool {
    w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

/// "375m", "1.5bn", "2b", "10k": digits with a multiplier suffix.
fn glued_number(w: &str, lang: &str) -> Option<(f64, f64)> {
    let split = w.find(|c: char| c.is_ascii_alphabetic())?;
    let (num, suffix) = w.split_at(split);
    let m = match suffix {
        "m" | "mn" | "mln" => 1e6,
        "bn" | "b" | "mrd" => 1e9,
        "k" => 1e3,
        _ => return None,
    };
    Some((parse_digits(num, lang)?, m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use milcoop_analyze::token::tokenize;
    use milcoop_core::Span;

    #[test]
    fn word_set_holds_exactly_its_words() {
        let words = ["may", "mai", "märz", "mar", "march", "m", "mio", "mai", "x"];
        let set = WordSet::new(&words);
        for w in words {
            assert!(set.contains(w), "{w}");
        }
        for w in [
            "", "ma", "mays", "maz", "mär", "märzen", "marc", "xx", "y", "mi", "mio.", "Mai",
        ] {
            assert!(!set.contains(w), "{w}");
        }
    }

    fn nums(t: &str, lang: &str) -> Vec<NumberExpr> {
        let toks = tokenize(t, Span::new(0, t.len()));
        let l = milcoop_analyze::lower_same_len(t);
        find_numbers(t, &l, &toks, lang)
    }

    #[test]
    fn digits_in_both_notations() {
        assert_eq!(parse_digits("2.400", "de"), Some(2400.0));
        assert_eq!(parse_digits("6,5", "de"), Some(6.5));
        assert_eq!(parse_digits("13,000", "en"), Some(13000.0));
        assert_eq!(parse_digits("1.5", "en"), Some(1.5));
        assert_eq!(parse_digits("1.5", "de"), Some(1.5));
        assert_eq!(parse_digits("abc", "de"), None);
        // Swiss thousands with an apostrophe, straight or typographic
        assert_eq!(parse_digits("12'400", "de"), Some(12400.0));
        assert_eq!(parse_digits("1’200’000", "de"), Some(1_200_000.0));
        assert_eq!(parse_digits("2'500.5", "en"), Some(2500.5));
        assert_eq!(parse_digits("12'40", "de"), None);
        assert_eq!(parse_digits("1234'000", "de"), None);
        assert_eq!(parse_digits("'400", "de"), None);
        assert_eq!(
            nums("rund 12'400 Schuss Munition", "de")[0].range.min,
            Some(11160)
        );
    }

    #[test]
    fn millions_some_and_contracts() {
        let q = |t: &str, lang: &str| nums(t, lang).first().map(|n| (n.range.min, n.range.max));
        for (t, lang, want) in [
            (
                "it has sold Russia millions of artillery shells",
                "en",
                (Some(2_000_000), Some(9_999_999)),
            ),
            (
                "Pjöngjang hat Millionen Artilleriegranaten geliefert",
                "de",
                (Some(2_000_000), Some(9_999_999)),
            ),
            (
                "mehr als eine Million Artilleriegeschosse verschifft",
                "de",
                (Some(1_000_001), None),
            ),
            (
                "sent one million shells",
                "en",
                (Some(1_000_000), Some(1_000_000)),
            ),
            (
                "some 12,000 troops could be sent",
                "en",
                (Some(10_800), Some(13_200)),
            ),
            (
                "den Kaufvertrag über 44 Kampfpanzer unterzeichnet",
                "de",
                (Some(44), Some(44)),
            ),
            ("hat über 40 Panzer geliefert", "de", (Some(41), None)),
        ] {
            assert_eq!(q(t, lang), Some(want), "{t}");
        }
        // "Millionen Euro" stays money
        let n = nums("Hilfe für Millionen Euro", "de");
        assert!(n.iter().all(|n| n.money.is_some()), "{n:?}");
    }

    #[test]
    fn counts_and_money() {
        let n = nums("Iran hat mehrere hundert Drohnen geliefert", "de");
        assert_eq!(
            n[0].range,
            Quantity {
                min: Some(200),
                max: Some(999)
            }
        );
        let n = nums("weitere 275 Millionen Dollar an Hilfe", "de");
        assert_eq!(
            n[0].money,
            Some(Money {
                amount: 275e6,
                currency: "USD".into()
            })
        );
        let n = nums("a package worth $1.5 billion", "en");
        assert_eq!(
            n[0].money,
            Some(Money {
                amount: 1.5e9,
                currency: "USD".into()
            })
        );
        let n = nums(
            "could contain as many as more than 6 million artillery shells",
            "en",
        );
        assert_eq!(
            n[0].range,
            Quantity {
                min: Some(6_000_001),
                max: None
            }
        );
        // money is the amount stated, whatever hedges it
        for (t, lang, amount, cur) in [
            (
                "Hilfe im Wert von rund 7,1 Milliarden Euro",
                "de",
                7.1e9,
                "EUR",
            ),
            ("military aid worth around €400 million", "en", 4e8, "EUR"),
            ("radars worth about 600 million yen", "en", 6e8, "JPY"),
            ("a deal worth more than $200 million", "en", 2e8, "USD"),
        ] {
            let m = nums(t, lang)[0].money.clone().unwrap();
            assert_eq!((m.amount, m.currency.as_str()), (amount, cur), "{t}");
        }
        // a word of value right before the sum marks it as a price
        for (t, lang, worth) in [
            (
                "The deal, worth more than $200 million, also covers shells",
                "en",
                true,
            ),
            (
                "a contract for 180 tanks, valued at roughly $6.5 billion",
                "en",
                true,
            ),
            ("Hilfe im Wert von rund 7,1 Milliarden Euro", "de", true),
            (
                "eine Initiative, die rund 5,4 Milliarden Euro umfasst",
                "de",
                false,
            ),
        ] {
            let toks = tokenize(t, Span::new(0, t.len()));
            let lower = milcoop_analyze::lower_same_len(t);
            let n = find_numbers(t, &lower, &toks, lang);
            let m = n.iter().find(|n| n.money.is_some()).unwrap();
            assert_eq!(after_value_word(&lower, &toks, m.first), worth, "{t}");
        }
        let n = nums("about 50 missiles", "en");
        assert_eq!(
            n[0].range,
            Quantity {
                min: Some(45),
                max: Some(55)
            }
        );
        let n = nums("dozens of ballistic missiles", "en");
        assert_eq!(
            n[0].range,
            Quantity {
                min: Some(24),
                max: Some(99)
            }
        );
        let n = nums("6 bis 6,5 Milliarden Euro", "de");
        assert_eq!(
            n[0].money,
            Some(Money {
                amount: 6e9,
                currency: "EUR".into()
            })
        );
        let n = nums("billions of dollars in aid", "en");
        assert_eq!(
            n[0].money,
            Some(Money {
                amount: 2e9,
                currency: "USD".into()
            })
        );
        // an ordinal date is not a count
        assert!(nums("am 29. März", "de").is_empty());
        let n = nums("Frankreich verfügt über 40 Maschinen", "de");
        assert_eq!(
            n[0].range,
            Quantity {
                min: Some(40),
                max: Some(40)
            }
        );
        let n = nums("received more than a dozen drones", "en");
        assert_eq!(
            n[0].range,
            Quantity {
                min: Some(13),
                max: None
            }
        );
        let n = nums("hundreds of thousands of shells", "en");
        assert_eq!(
            n[0].range,
            Quantity {
                min: Some(200_000),
                max: Some(999_999)
            }
        );
        let n = nums("a new $375m aid package", "en");
        assert_eq!(
            n[0].money,
            Some(Money {
                amount: 375e6,
                currency: "USD".into()
            })
        );
        let n = nums("mehrere hunderttausend Granaten", "de");
        assert_eq!(
            n[0].range,
            Quantity {
                min: Some(200_000),
                max: Some(999_999)
            }
        );
    }
}
