//! SimHash over word shingles, for near-duplicate articles.
//!
//! Words are lower-cased runs of letters and digits; each window of three
//! consecutive words is hashed with 64-bit FNV-1a (stable across platforms
//! and releases, unlike `std`'s hasher, since hashes are stored).

/// Two texts whose SimHashes differ in at most this many bits are
/// near-duplicates (about 95 % of shingles shared in practice).
pub const NEAR_DUP_MAX_DISTANCE: u32 = 4;

const SHINGLE: usize = 3;

fn fnv1a(words: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for w in words {
        for b in w.bytes().chain(std::iter::once(b' ')) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    // FNV's low bits mix poorly for short keys; finish with a splitmix step.
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58476d1ce4e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d049bb133111eb);
    h ^ (h >> 31)
}

/// The 64-bit SimHash of a text's word 3-shingles (of its words, when it has
/// fewer than three).
pub fn simhash(text: &str) -> u64 {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return 0;
    }
    let mut acc = [0i32; 64];
    let mut add = |h: u64| {
        for (bit, a) in acc.iter_mut().enumerate() {
            if h >> bit & 1 == 1 {
                *a += 1;
            } else {
                *a -= 1;
            }
        }
    };
    if words.len() < SHINGLE {
        add(fnv1a(&words));
    } else {
        for w in words.windows(SHINGLE) {
            add(fnv1a(w));
        }
    }
    acc.iter()
        .enumerate()
        .fold(0u64, |h, (bit, a)| if *a > 0 { h | 1 << bit } else { h })
}

/// Number of differing bits.
pub fn hamming(a: u64, b: u64) -> u32 {
    (a ^ b).count_ones()
}

/// True when two SimHashes are within [`NEAR_DUP_MAX_DISTANCE`].
pub fn is_near_duplicate(a: u64, b: u64) -> bool {
    hamming(a, b) <= NEAR_DUP_MAX_DISTANCE
}

/// Number of [`bands`]: one more than [`NEAR_DUP_MAX_DISTANCE`], so that two
/// near-duplicates agree on at least one band (pigeonhole).
pub const BANDS: usize = NEAR_DUP_MAX_DISTANCE as usize + 1;

/// The bands of a SimHash (13, 13, 13, 13 and 12 bits); near-duplicates
/// share at least one. Each band is tagged with its number in the top bits so
/// that all bands can live in one indexed column.
pub fn bands(h: u64) -> [i64; BANDS] {
    const W: [u32; BANDS] = [13, 13, 13, 13, 12];
    let mut out = [0i64; BANDS];
    let mut shift = 0;
    for (i, w) in W.iter().enumerate() {
        let v = (h >> shift) & ((1u64 << w) - 1);
        out[i] = ((i as i64) << 16) | v as i64;
        shift += w;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "Iran has delivered several hundred attack drones to Russia since the summer, \
        according to officials in Washington who spoke on Tuesday about the new intelligence. \
        The drones were shipped across the Caspian Sea and assembled near the front line, the \
        officials said, adding that Tehran had also sent instructors to train Russian crews.";

    const A2: &str = "Satellite images published by a research group show new warehouses at an \
        airfield where the drones are believed to be stored before they are moved to launch sites. \
        Ukrainian air defence units say they shoot down most of the drones, but the attacks on power \
        plants and water works have left millions of people without heating for days at a time. \
        European governments answered with new sanctions on the companies that build the engines.";

    #[test]
    fn copies_and_re_edits_are_near() {
        let copy = A.replace("  ", " ");
        assert_eq!(simhash(A), simhash(&copy));
        // a syndicated copy: same body, another outlet's credit line and a changed word
        let long = format!("{A} {A2}");
        let edited = format!(
            "{} Reporting by our staff.",
            long.replace("Tuesday", "Wednesday")
        );
        assert!(
            is_near_duplicate(simhash(&long), simhash(&edited)),
            "{}",
            hamming(simhash(&long), simhash(&edited))
        );
        let other = "North Korea has shipped millions of artillery shells to Russia by rail, \
            South Korean intelligence said on Monday, and more trains are expected next month.";
        assert!(!is_near_duplicate(simhash(A), simhash(other)));
        let h = simhash(A);
        let b = bands(h);
        assert_eq!(b[4] >> 16, 4);
        let flipped = h ^ 1 ^ (1 << 20) ^ (1 << 40) ^ (1 << 63);
        assert_eq!(hamming(h, flipped), 4);
        assert!(bands(flipped).iter().zip(b.iter()).any(|(x, y)| x == y));
        assert_eq!(simhash(""), 0);
    }
}
