//! An Aho-Corasick DFA copied into a flat table of our own, for the automata
//! that run over every byte of every article: the walk is a tight loop (one
//! table load per byte, one comparison for a match) without the dynamic
//! dispatch and per-byte checks of the `aho-corasick` crate's search loop.

use aho_corasick::Anchored;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use std::collections::HashMap;

/// An unanchored Aho-Corasick DFA (standard semantics) as a flat table: state
/// ids are premultiplied by the number of byte classes, and the match states
/// come first, so that one comparison tells a match.
pub struct FlatDfa {
    /// Byte class of every byte: bytes no pattern contains share class 0.
    classes: [u16; 256],
    /// `trans[sid + class]`: the next state.
    trans: Vec<u32>,
    /// The length of a row (the number of byte classes).
    stride: usize,
    start: u32,
    /// States below this id are match states.
    match_limit: u32,
    /// `ceil(2^32 / row length)`: a state's row is `(sid * recip) >> 32`, without a division.
    recip: u64,
    /// Per match state (by row): its range in `match_list`.
    match_ranges: Vec<(u32, u32)>,
    /// `(pattern, pattern length)` of each match, in the crate's order.
    match_list: Vec<(u32, u32)>,
}

/// A hasher for state ids (small integers): one multiplication.
#[derive(Default, Clone, Copy)]
struct IdHash(u64);

impl std::hash::Hasher for IdHash {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0 ^ u64::from(n)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

impl std::hash::BuildHasher for IdHash {
    type Hasher = IdHash;
    fn build_hasher(&self) -> IdHash {
        IdHash(0)
    }
}

impl FlatDfa {
    /// Copies `dfa`, an unanchored DFA built from `pats` with standard match
    /// semantics. With `fold_ascii`, an upper-case ASCII letter of the text
    /// reads as its lower-case twin (for patterns without upper-case ASCII letters).
    pub fn new(dfa: &DFA, pats: &[impl AsRef<[u8]>], fold_ascii: bool) -> Self {
        // a byte no pattern contains leads every state to the start state: one class
        let mut used = [false; 256];
        for p in pats {
            for &b in p.as_ref() {
                used[usize::from(b)] = true;
            }
        }
        if fold_ascii {
            for b in b'A'..=b'Z' {
                used[usize::from(b)] = used[usize::from(b.to_ascii_lowercase())];
            }
        }
        let mut classes = [0u16; 256];
        let mut reps: Vec<u8> = vec![];
        // class 0: the unused bytes (a representative, if any)
        reps.push((0..=255u8).find(|&b| !used[usize::from(b)]).unwrap_or(0));
        for b in 0..=255u8 {
            if used[usize::from(b)] && !(fold_ascii && b.is_ascii_uppercase()) {
                classes[usize::from(b)] = u16::try_from(reps.len()).expect("at most 257 classes");
                reps.push(b);
            }
        }
        if fold_ascii {
            for b in b'A'..=b'Z' {
                classes[usize::from(b)] = classes[usize::from(b.to_ascii_lowercase())];
            }
        }
        let stride = reps.len();
        // the reachable states in breadth-first order
        let start = dfa.start_state(Anchored::No).expect("unanchored start");
        let mut order = vec![start];
        let mut seen: HashMap<StateID, usize, IdHash> = HashMap::default();
        seen.insert(start, 0);
        // the successors of each state (in breadth-first order) by class, as indices in `order`
        let mut succ: Vec<u32> = Vec::new();
        let mut i = 0;
        while i < order.len() {
            let sid = order[i];
            for &b in &reps {
                let n = dfa.next_state(Anchored::No, sid, b);
                let k = *seen.entry(n).or_insert_with(|| {
                    order.push(n);
                    order.len() - 1
                });
                succ.push(u32::try_from(k).expect("state count"));
            }
            i += 1;
        }
        // match states first: `row[k]` is the new row of the state `order[k]`
        let is_match = |sid: StateID| dfa.is_special(sid) && dfa.is_match(sid);
        let mut numbered: Vec<usize> = (0..order.len()).filter(|&k| is_match(order[k])).collect();
        let n_match = numbered.len();
        numbered.extend((0..order.len()).filter(|&k| !is_match(order[k])));
        let mut row = vec![0u32; order.len()];
        for (i, &k) in numbered.iter().enumerate() {
            row[k] = u32::try_from(i * stride).expect("table size");
        }
        let mut trans = vec![0u32; numbered.len() * stride];
        let mut match_ranges = Vec::with_capacity(n_match);
        let mut match_list = vec![];
        for (i, &k) in numbered.iter().enumerate() {
            let sid = order[k];
            for c in 0..reps.len() {
                trans[i * stride + c] = row[succ[k * reps.len() + c] as usize];
            }
            debug_assert!((0..=255u8).all(|b| {
                let b = if fold_ascii {
                    b.to_ascii_lowercase()
                } else {
                    b
                };
                let n = dfa.next_state(Anchored::No, sid, b);
                trans[i * stride + usize::from(classes[usize::from(b)])] == row[seen[&n]]
            }));
            if i < n_match {
                let from = match_list.len() as u32;
                for k in 0..dfa.match_len(sid) {
                    let pid = dfa.match_pattern(sid, k);
                    match_list.push((pid.as_u32(), dfa.pattern_len(pid) as u32));
                }
                match_ranges.push((from, match_list.len() as u32));
            }
        }
        // every entry is a row start and every class is below the row length: the
        // invariant that lets [`FlatDfa::next`] read without bounds checks
        assert!(trans.iter().all(|&t| t as usize + stride <= trans.len()));
        assert!(classes.iter().all(|&c| usize::from(c) < stride));
        FlatDfa {
            classes,
            trans,
            stride,
            start: row[0],
            match_limit: u32::try_from(n_match * stride).expect("table size"),
            // exact for every multiple of `stride` below 2^32, and the product fits in 64 bits
            recip: (1u64 << 32).div_ceil(stride as u64),
            match_ranges,
            match_list,
        }
    }

    /// The start state.
    pub fn start(&self) -> u32 {
        self.start
    }

    /// True for a match state.
    #[inline(always)]
    pub fn is_match(&self, sid: u32) -> bool {
        sid < self.match_limit
    }

    /// True when some pattern occurs in `bytes`.
    pub fn any_match(&self, bytes: &[u8]) -> bool {
        // (an empty pattern makes the start state a match)
        let (_, sid) = self.walk_long(bytes, self.start);
        self.is_match(self.start) || self.is_match(sid)
    }

    /// [`Self::walk_to_match`] for long texts that rarely match (whole lines): four
    /// bytes per step, with one test of the four states (the rare step that enters a
    /// match state finds which one). Slower than the byte loop on short walks.
    #[inline(never)]
    fn walk_long(&self, bytes: &[u8], mut sid: u32) -> (usize, u32) {
        self.check(sid);
        let mut k = 0;
        while let Some(c) = bytes.get(k..k + 4) {
            let s1 = self.next(sid, c[0]);
            let s2 = self.next(s1, c[1]);
            let s3 = self.next(s2, c[2]);
            let s4 = self.next(s3, c[3]);
            if s1.min(s2).min(s3.min(s4)) < self.match_limit {
                for (j, s) in [s1, s2, s3, s4].into_iter().enumerate() {
                    if s < self.match_limit {
                        return (k + j + 1, s);
                    }
                }
            }
            sid = s4;
            k += 4;
        }
        let (n, sid) = self.walk_to_match(&bytes[k..], sid);
        (k + n, sid)
    }

    /// Panics unless a walk may start from `sid`: its row lies inside the table.
    #[inline(always)]
    fn check(&self, sid: u32) {
        assert!(
            sid as usize + self.stride <= self.trans.len(),
            "state {sid} out of the table"
        );
    }

    /// The state after `sid` reads `b`. `sid` is a state a walk was checked to start
    /// from ([`FlatDfa::check`]) or an entry of the table; either way its row lies inside
    /// the table (the invariant [`FlatDfa::new`] asserts), and a class is below the row
    /// length, so the index is in bounds: no bounds check at every byte.
    #[inline(always)]
    fn next(&self, sid: u32, b: u8) -> u32 {
        let i = sid as usize + usize::from(self.classes[usize::from(b)]);
        debug_assert!(i < self.trans.len());
        // SAFETY: `i < self.trans.len()` by the invariant above.
        unsafe { *self.trans.get_unchecked(i) }
    }

    /// Walks `bytes` from `sid` until it enters a match state: the number of
    /// bytes read and the state (all of `bytes` and the last state if no match).
    #[inline(never)]
    pub fn walk_to_match(&self, bytes: &[u8], mut sid: u32) -> (usize, u32) {
        self.check(sid);
        for (k, &b) in bytes.iter().enumerate() {
            sid = self.next(sid, b);
            if sid < self.match_limit {
                return (k + 1, sid);
            }
        }
        (bytes.len(), sid)
    }

    /// `(pattern, pattern length)` of the matches of a match state, in the order
    /// of the crate's overlapping search.
    #[inline]
    pub fn matches(&self, sid: u32) -> &[(u32, u32)] {
        let (a, b) = self.match_ranges[((u64::from(sid) * self.recip) >> 32) as usize];
        &self.match_list[a as usize..b as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind, StartKind};

    fn flat(pats: &[&str], fold: bool) -> FlatDfa {
        let dfa = aho_corasick::dfa::Builder::new()
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Unanchored)
            .build(pats)
            .unwrap();
        FlatDfa::new(&dfa, pats, fold)
    }

    #[test]
    fn long_walks_stop_where_byte_walks_stop() {
        let d = flat(&["abc", "x", "zz"], false);
        for text in [
            "",
            "a",
            "ab",
            "abc",
            "qqqqabc",
            "qqqqqqqqqqqqzz",
            "qqqqqqqqqqqqq",
            "qqqx",
            "qqqqx",
            "abababababababc",
        ] {
            let b = text.as_bytes();
            assert_eq!(
                d.walk_long(b, d.start),
                d.walk_to_match(b, d.start),
                "{text:?}"
            );
        }
    }

    #[test]
    fn walks_report_what_the_crate_reports() {
        let pats = ["foto", "mehr zum thema", "über", "dpa", "a", "zum"];
        let f = flat(&pats, false);
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(pats)
            .unwrap();
        for t in [
            "",
            "xyz",
            "Foto: dpa",
            "mehr zum thema über",
            "ÜBER",
            "zzzum",
        ] {
            let want: Vec<(usize, usize)> = ac
                .find_overlapping_iter(t)
                .map(|m| (m.end(), m.pattern().as_usize()))
                .collect();
            let mut got = vec![];
            let (b, mut at, mut sid) = (t.as_bytes(), 0, f.start());
            while at < b.len() {
                let (n, s) = f.walk_to_match(&b[at..], sid);
                at += n;
                sid = s;
                if f.is_match(sid) {
                    got.extend(f.matches(sid).iter().map(|&(p, _)| (at, p as usize)));
                }
            }
            assert_eq!(got, want, "{t:?}");
            assert_eq!(f.any_match(b), !want.is_empty(), "{t:?}");
        }
    }

    #[test]
    fn row_by_reciprocal_is_exact() {
        for stride in 1u64..=300 {
            let recip = (1u64 << 32).div_ceil(stride);
            let top = u64::from(u32::MAX) / stride;
            for k in (0..2000).chain(top - 2000..=top) {
                assert_eq!((k * stride).checked_mul(recip).map(|p| p >> 32), Some(k));
            }
        }
    }

    #[test]
    fn folded_walks_ignore_ascii_case_only() {
        let f = flat(&["foto:", "über", "(dpa)"], true);
        assert!(f.any_match("FOTO: x".as_bytes()));
        assert!(f.any_match("ein Foto:".as_bytes()));
        assert!(f.any_match("Berlin (DPA) -".as_bytes()));
        assert!(f.any_match("über".as_bytes()));
        assert!(!f.any_match("ÜBER".as_bytes()));
        assert!(!f.any_match("photo".as_bytes()));
    }
}
