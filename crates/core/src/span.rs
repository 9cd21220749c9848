//! Byte spans into an article's original text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into `Article::text`.
///
/// Serialised as a two-element array `[start, end]`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(from = "(usize, usize)", into = "(usize, usize)")]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given in reverse).
    pub fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// True when `other` lies inside `self`.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// The text this span covers, if it lies on char boundaries inside `text`.
    pub fn slice<'a>(&self, text: &'a str) -> Option<&'a str> {
        text.get(self.start..self.end)
    }
    /// The smallest span covering both.
    pub fn cover(&self, other: &Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

impl From<(usize, usize)> for Span {
    fn from((s, e): (usize, usize)) -> Self {
        Span::new(s, e)
    }
}
impl From<Span> for (usize, usize) {
    fn from(s: Span) -> Self {
        (s.start, s.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn overlap_and_slice() {
        let a = Span::new(0, 5);
        let b = Span::new(4, 9);
        let c = Span::new(5, 9);
        assert!(a.overlaps(&b));
        assert!(!a.overlaps(&c));
        assert_eq!(a.cover(&c), Span::new(0, 9));
        assert_eq!(Span::new(2, 0), Span::new(0, 2));
        assert_eq!(Span::new(0, 3).slice("Iran"), Some("Ira"));
        // not on a char boundary
        assert_eq!(Span::new(0, 1).slice("Ä"), None);
        let j = serde_json::to_string(&Span::new(3, 7)).unwrap();
        assert_eq!(j, "[3,7]");
        let back: Span = serde_json::from_str(&j).unwrap();
        assert_eq!(back, Span::new(3, 7));
    }
}
