//! The article-extraction score: 4-token shingles, counted as multisets.
//!
//! Definition (benchmark README, `../shared/bench/article-extraction/`):
//! tokens are the `\w+` runs of a text; shingles are runs of 4 consecutive
//! tokens. Per page, tp/fp/fn are the multiset intersection, the excess
//! predicted and the missing shingles, each divided by their sum so that
//! every page weighs the same. Precision is the mean of tp/(tp+fp) over the
//! pages with tp+fp > 0, recall the mean of tp/(tp+fn) over the pages with
//! tp+fn > 0; a page with fp = fn = 0 counts 1 for both.
//!
//! Two details follow the benchmark's reference implementation, which the
//! README's published figures come from: `\w` is Python's Unicode word class
//! (alphanumeric or `_`, case kept), and a text of 1 to 3 tokens is one
//! shingle of all its tokens (so a near-empty prediction is not free).

use std::collections::HashMap;

/// Shingle length in tokens.
pub const SHINGLE: usize = 4;

/// The `\w+` runs of `text`, borrowed.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric() || c == '_';
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// The multiset of shingles of `text`: shingle (tokens joined by a space) to count.
pub fn shingles(text: &str) -> HashMap<String, u32> {
    let toks = tokens(text);
    let mut map = HashMap::new();
    if toks.is_empty() {
        return map;
    }
    let n = toks.len().saturating_sub(SHINGLE - 1).max(1);
    for i in 0..n {
        let end = (i + SHINGLE).min(toks.len());
        *map.entry(toks[i..end].join(" ")).or_insert(0) += 1;
    }
    map
}

/// Normalised counts of one page: tp, fp and fn divided by their sum.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct PageCounts {
    /// Share of shingles both predicted and true.
    pub tp: f64,
    /// Share of shingles predicted in excess.
    pub fp: f64,
    /// Share of true shingles missing.
    pub fn_: f64,
}

impl PageCounts {
    /// Precision of the page, if defined (see module docs).
    pub fn precision(&self) -> Option<f64> {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            Some(1.0)
        } else if self.tp + self.fp > 0.0 {
            Some(self.tp / (self.tp + self.fp))
        } else {
            None
        }
    }

    /// Recall of the page, if defined (see module docs).
    pub fn recall(&self) -> Option<f64> {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            Some(1.0)
        } else if self.tp + self.fn_ > 0.0 {
            Some(self.tp / (self.tp + self.fn_))
        } else {
            None
        }
    }

    /// F1 of the page alone (0 when undefined).
    pub fn f1(&self) -> f64 {
        f1(
            self.precision().unwrap_or(0.0),
            self.recall().unwrap_or(0.0),
        )
    }
}

/// Compares a predicted text with the true one.
pub fn compare(truth: &str, predicted: &str) -> PageCounts {
    let t = shingles(truth);
    let p = shingles(predicted);
    let (mut tp, mut fp, mut fn_) = (0u64, 0u64, 0u64);
    for (k, &pc) in &p {
        let tc = t.get(k).copied().unwrap_or(0);
        tp += u64::from(pc.min(tc));
        fp += u64::from(pc.saturating_sub(tc));
    }
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        fn_ += u64::from(tc.saturating_sub(pc));
    }
    let sum = (tp + fp + fn_) as f64;
    if sum == 0.0 {
        return PageCounts::default();
    }
    PageCounts {
        tp: tp as f64 / sum,
        fp: fp as f64 / sum,
        fn_: fn_ as f64 / sum,
    }
}

/// Harmonic mean of precision and recall (0 when both are 0).
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Corpus precision, recall and F1 over pages (module docs).
pub fn aggregate(pages: &[PageCounts]) -> (f64, f64, f64) {
    let mean = |xs: Vec<f64>| {
        if xs.is_empty() {
            0.0
        } else {
            xs.iter().sum::<f64>() / xs.len() as f64
        }
    };
    let p = mean(pages.iter().filter_map(PageCounts::precision).collect());
    let r = mean(pages.iter().filter_map(PageCounts::recall).collect());
    (p, r, f1(p, r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unicode_word_runs() {
        assert_eq!(
            tokens("Grüße, Straße_1 — 3.5 l'été!"),
            vec!["Grüße", "Straße_1", "3", "5", "l", "été"]
        );
        assert!(tokens(" ,.; ").is_empty());
    }

    #[test]
    fn shingles_count_repeats() {
        // a b a b a b: tokens 6, shingles "a b a b" x2 and "b a b a" x1.
        let s = shingles("a b a b a b");
        assert_eq!(s.len(), 2);
        assert_eq!(s["a b a b"], 2);
        assert_eq!(s["b a b a"], 1);
    }

    #[test]
    fn short_text_is_one_shingle() {
        let s = shingles("only three words");
        assert_eq!(s.len(), 1);
        assert_eq!(s["only three words"], 1);
        assert!(shingles("").is_empty());
    }

    #[test]
    fn hand_computed_page() {
        // truth: a b c d e f -> abcd, bcde, cdef
        // pred:  b c d e f g -> bcde, cdef, defg
        // tp = 2, fp = 1, fn = 1 -> 0.5, 0.25, 0.25
        let c = compare("a b c d e f", "b c d e f g");
        assert_eq!(
            c,
            PageCounts {
                tp: 0.5,
                fp: 0.25,
                fn_: 0.25
            }
        );
        assert_eq!(c.precision(), Some(2.0 / 3.0));
        assert_eq!(c.recall(), Some(2.0 / 3.0));
    }

    #[test]
    fn multiset_intersection() {
        // truth has "x y z w" twice (x y z w x y z w -> xyzw, yzwx, zwxy, wxyz, xyzw)
        // pred has it once: tp 1, fp 0, fn 4
        let c = compare("x y z w x y z w", "x y z w");
        assert_eq!(c.precision(), Some(1.0));
        assert!((c.recall().unwrap() - 0.2).abs() < 1e-12);
    }

    #[test]
    fn aggregate_skips_undefined_pages() {
        let perfect = compare("a b c d", "a b c d");
        let empty_pred = compare("a b c d e", "");
        assert_eq!(perfect.precision(), Some(1.0));
        assert_eq!(empty_pred.precision(), None);
        assert_eq!(empty_pred.recall(), Some(0.0));
        let (p, r, f) = aggregate(&[perfect, empty_pred]);
        assert_eq!(p, 1.0);
        assert_eq!(r, 0.5);
        assert!((f - 2.0 / 3.0).abs() < 1e-12);
        // Both empty: fp = fn = 0 counts as perfect.
        assert_eq!(compare("", "").precision(), Some(1.0));
    }
}
