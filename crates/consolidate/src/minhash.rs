//! MinHash over word 3-shingles, for near-duplicate articles.
//!
//! SimHash was tried first and rejected: on news-length texts (a few hundred
//! words) one added credit line flips a dozen of its 64 bits. MinHash
//! estimates the Jaccard similarity of the shingle sets directly, which is
//! what "a syndicated copy with another credit line" means.
//!
//! Words are lower-cased runs of letters and digits; each window of three
//! words is hashed once (64-bit FNV-1a with a final mix: stable across
//! platforms and releases, unlike `std`'s hasher, since signatures are
//! stored), and [`SIG_LEN`] cheap permutations of that hash give the
//! signature (eight values at a time with AVX-512, four with AVX2, where
//! the CPU has them: bit-identical to the plain loop). Locality-sensitive
//! hashing finds the candidates: [`BANDS`] bands of [`ROWS`] values each;
//! texts with Jaccard similarity 0.8 share at least one band with
//! probability 0.98.

/// Number of values in a signature.
pub const SIG_LEN: usize = BANDS * ROWS;
/// Number of LSH bands.
pub const BANDS: usize = 10;
/// Values per band.
pub const ROWS: usize = 5;
/// Estimated Jaccard similarity from which two texts are near-duplicates.
pub const NEAR_DUP_MIN_SIMILARITY: f64 = 0.8;

const SHINGLE: usize = 3;

/// A MinHash signature.
pub type Signature = [u32; SIG_LEN];

fn mix(mut h: u64) -> u64 {
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58476d1ce4e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d049bb133111eb);
    h ^ (h >> 31)
}

fn fnv1a(words: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for w in words {
        for &b in w.as_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100000001b3);
        }
        h ^= u64::from(b' ');
        h = h.wrapping_mul(0x100000001b3);
    }
    mix(h)
}

/// The multipliers of the [`SIG_LEN`] permutations (odd).
const MUL: [u64; SIG_LEN] = {
    let mut m = [0u64; SIG_LEN];
    let mut i = 0;
    while i < SIG_LEN {
        m[i] = 0x9e3779b97f4a7c15 ^ ((i as u64) << 1 | 1);
        i += 1;
    }
    m
};

/// The MinHash signature of a text's word 3-shingles (of its words, when it
/// has fewer than three); all `u32::MAX` for a text without words.
pub fn minhash(text: &str) -> Signature {
    minhash_lower(&text.to_lowercase())
}

/// [`minhash`] of a text from its lower-case form (`str::to_lowercase`, or
/// [`hash_form`]'s, whose collapsed whitespace splits the same words).
pub fn minhash_lower(lower: &str) -> Signature {
    let mut words: Vec<&str> = Vec::with_capacity(lower.len() / 6 + 1);
    let b = lower.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        let (word, n) = if b[i] < 0x80 {
            (b[i].is_ascii_alphanumeric(), 1)
        } else {
            let c = lower[i..].chars().next().expect("a char starts here");
            (c.is_alphanumeric(), c.len_utf8())
        };
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push(&lower[s..i]);
                start = None;
            }
            _ => {}
        }
        i += n;
    }
    if let Some(s) = start {
        words.push(&lower[s..]);
    }
    if words.is_empty() {
        return [u32::MAX; SIG_LEN];
    }
    let hashes: Vec<u64> = if words.len() < SHINGLE {
        vec![fnv1a(&words)]
    } else {
        words.windows(SHINGLE).map(fnv1a).collect()
    };
    // permutation i: multiply by an odd constant, add, keep the high bits;
    // one permutation over all the hashes at a time (a loop the compiler
    // unrolls and vectorises)
    let mut sig = [u32::MAX; SIG_LEN];
    mins(&hashes, &mut sig);
    sig
}

/// Every permutation's minimum over `hashes`, the widest way the CPU has.
fn mins(hashes: &[u64], sig: &mut Signature) {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx512dq") {
            // SAFETY: the CPU has AVX-512 F and DQ (DQ implies F).
            unsafe { mins_avx512(hashes, sig) };
            return;
        }
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has AVX2.
            unsafe { mins_avx2(hashes, sig) };
            return;
        }
    }
    mins_scalar(hashes, sig);
}

fn mins_scalar(hashes: &[u64], sig: &mut Signature) {
    for (i, s) in sig.iter_mut().enumerate() {
        *s = min_of(hashes, i);
    }
}

/// The minimum of permutation `i` over `hashes` (u32::MAX for none).
fn min_of(hashes: &[u64], i: usize) -> u32 {
    let (m, add) = (MUL[i], i as u64);
    hashes
        .iter()
        .map(|&h| (h.wrapping_mul(m).wrapping_add(add) >> 32) as u32)
        .fold(u32::MAX, u32::min)
}

/// [`min_of`] for every permutation, four hashes at a time: the high half
/// of `h * m + i` (mod 2^64) from 32-bit products, the high half of
/// `lo(h) * lo(m) + i` plus the low halves of the cross products.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn mins_avx2(hashes: &[u64], sig: &mut Signature) {
    use std::arch::x86_64::*;
    let quads = hashes.len() / 4;
    let low = _mm256_set1_epi64x(0xffff_ffff);
    for (i, s) in sig.iter_mut().enumerate() {
        let m = MUL[i];
        let m_lo = _mm256_set1_epi64x((m & 0xffff_ffff) as i64);
        let m_hi = _mm256_set1_epi64x((m >> 32) as i64);
        let add = _mm256_set1_epi64x(i as i64);
        let mut acc = low;
        for q in 0..quads {
            // SAFETY: 4 * q + 3 < hashes.len(); an unaligned load.
            let h = unsafe { _mm256_loadu_si256(hashes.as_ptr().add(4 * q).cast()) };
            let h_hi = _mm256_srli_epi64(h, 32);
            let p = _mm256_add_epi64(_mm256_mul_epu32(h, m_lo), add);
            let cross = _mm256_add_epi64(_mm256_mul_epu32(h_hi, m_lo), _mm256_mul_epu32(h, m_hi));
            let v = _mm256_and_si256(_mm256_add_epi64(_mm256_srli_epi64(p, 32), cross), low);
            acc = _mm256_min_epu32(acc, v);
        }
        let mut lanes = [0u64; 4];
        // SAFETY: an unaligned store into four u64.
        unsafe { _mm256_storeu_si256(lanes.as_mut_ptr().cast(), acc) };
        let vec_min = lanes.iter().map(|&x| x as u32).min().unwrap_or(u32::MAX);
        *s = vec_min.min(min_of(&hashes[4 * quads..], i));
    }
}

/// [`min_of`] for every permutation, eight hashes at a time: AVX-512 DQ
/// multiplies 64-bit lanes (the low half of the product, as
/// `wrapping_mul`), so each value takes a multiply, an add and a shift.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512dq")]
unsafe fn mins_avx512(hashes: &[u64], sig: &mut Signature) {
    use std::arch::x86_64::*;
    let octs = hashes.len() / 8;
    for (i, s) in sig.iter_mut().enumerate() {
        let m = _mm512_set1_epi64(MUL[i] as i64);
        let add = _mm512_set1_epi64(i as i64);
        let mut acc = _mm512_set1_epi64(i64::from(u32::MAX));
        for q in 0..octs {
            // SAFETY: 8 * q + 7 < hashes.len(); an unaligned load.
            let h = unsafe { _mm512_loadu_si512(hashes.as_ptr().add(8 * q).cast()) };
            let v = _mm512_srli_epi64::<32>(_mm512_add_epi64(_mm512_mullo_epi64(h, m), add));
            acc = _mm512_min_epu64(acc, v);
        }
        let vec_min = _mm512_reduce_min_epu64(acc) as u32;
        *s = vec_min.min(min_of(&hashes[8 * octs..], i));
    }
}

/// The form of a text whose hash recognises exact copies
/// (`milcoop_core::text::normalize_for_hash`: whitespace collapsed, lower
/// case), in one pass, with its number of words.
pub fn hash_form(text: &str) -> (String, usize) {
    // a capital sigma lower-cases by its neighbours: the library's way
    if text.contains('\u{3a3}') {
        let norm = milcoop_core::text::normalize_for_hash(text);
        let words = norm.split(' ').filter(|w| !w.is_empty()).count();
        return (norm, words);
    }
    let mut out = String::with_capacity(text.len());
    let mut words = 0;
    let mut in_word = false;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let space = if c < 0x80 {
            i += 1;
            // char::is_whitespace among ASCII (with the vertical tab)
            matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ')
        } else {
            let ch = text[i..].chars().next().expect("a char starts here");
            i += ch.len_utf8();
            ch.is_whitespace()
        };
        if space {
            in_word = false;
            continue;
        }
        if !in_word {
            if words > 0 {
                out.push(' ');
            }
            words += 1;
            in_word = true;
        }
        if c < 0x80 {
            out.push(char::from(c.to_ascii_lowercase()));
        } else {
            let ch = text[..i].chars().next_back().expect("the char just read");
            out.extend(ch.to_lowercase());
        }
    }
    (out, words)
}

/// Estimated Jaccard similarity of two signatures.
pub fn similarity(a: &Signature, b: &Signature) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / SIG_LEN as f64
}

/// True when two signatures are near-duplicates.
pub fn is_near_duplicate(a: &Signature, b: &Signature) -> bool {
    similarity(a, b) >= NEAR_DUP_MIN_SIMILARITY
}

/// The LSH band keys of a signature, each tagged with its band number in
/// the top bits so that all bands can live in one indexed column.
pub fn bands(sig: &Signature) -> [i64; BANDS] {
    let mut out = [0i64; BANDS];
    for (b, chunk) in sig.chunks(ROWS).enumerate() {
        let mut h: u64 = 0xcbf29ce484222325;
        for v in chunk {
            h = mix(h ^ u64::from(*v));
        }
        out[b] = ((b as i64) << 56) | (h >> 8) as i64;
    }
    out
}

/// A signature as stored: hex, 8 digits per value.
pub fn signature_to_hex(sig: &Signature) -> String {
    sig.iter().map(|v| format!("{v:08x}")).collect()
}

/// A signature from its stored form.
pub fn signature_from_hex(s: &str) -> Option<Signature> {
    if s.len() != SIG_LEN * 8 || !s.is_ascii() {
        return None;
    }
    let mut sig = [0u32; SIG_LEN];
    for (i, v) in sig.iter_mut().enumerate() {
        *v = u32::from_str_radix(&s[i * 8..i * 8 + 8], 16).ok()?;
    }
    Some(sig)
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "Iran has delivered several hundred attack drones to Russia since the summer, \
        according to officials in Washington who spoke on Tuesday about the new intelligence. \
        The drones were shipped across the Caspian Sea and assembled near the front line, the \
        officials said, adding that Tehran had also sent instructors to train Russian crews.";

    /// The signature as first written (kept to check the fast one).
    fn minhash_reference(text: &str) -> Signature {
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let mut sig = [u32::MAX; SIG_LEN];
        let mut add = |h: u64| {
            for (i, s) in sig.iter_mut().enumerate() {
                let p = h
                    .wrapping_mul(0x9e3779b97f4a7c15 ^ ((i as u64) << 1 | 1))
                    .wrapping_add(i as u64);
                let v = (p >> 32) as u32;
                if v < *s {
                    *s = v;
                }
            }
        };
        let fnv = |words: &[&str]| {
            let mut h: u64 = 0xcbf29ce484222325;
            for w in words {
                for b in w.bytes().chain(std::iter::once(b' ')) {
                    h ^= u64::from(b);
                    h = h.wrapping_mul(0x100000001b3);
                }
            }
            mix(h)
        };
        if words.is_empty() {
            return sig;
        }
        if words.len() < SHINGLE {
            add(fnv(&words));
        } else {
            for w in words.windows(SHINGLE) {
                add(fnv(w));
            }
        }
        sig
    }

    #[test]
    fn fast_forms_equal_the_reference() {
        let texts = [
            A,
            "",
            "   ",
            "one",
            "Two words",
            "  Die Bundeswehr   liefert\tPanzer\u{a0}an die UKRAINE.\n\nÄrger über Straße ",
            "ΟΔΥΣΣΕΥΣ ΣΑΣ Σ ΑΣ. ΑΣ\u{2003}Β σοφός",
            "İstanbul ǅ ﬁre ẞ\u{0b}x\u{0c}y\u{1c}z\u{85}w",
            "a1 b2-c3_d4 e5\u{2028}f6\u{3000}g7 ½ ٣",
        ];
        for t in texts {
            let (norm, words) = hash_form(t);
            let core = milcoop_core::text::normalize_for_hash(t);
            assert_eq!(norm, core, "{t:?}");
            assert_eq!(
                words,
                core.split(' ').filter(|w| !w.is_empty()).count(),
                "{t:?}"
            );
            assert_eq!(minhash(t), minhash_reference(t), "{t:?}");
            assert_eq!(minhash_lower(&norm), minhash_reference(t), "{t:?}");
            let long = t.repeat(7);
            assert_eq!(minhash(&long), minhash_reference(&long), "{t:?}");
        }
    }

    #[test]
    fn every_path_gives_the_same_minima() {
        let mut x: u64 = 7;
        let hashes: Vec<u64> = (0..1003)
            .map(|_| {
                x = mix(x.wrapping_add(0x9e3779b97f4a7c15));
                x
            })
            .collect();
        for n in [0, 1, 3, 4, 7, 8, 9, 15, 16, 17, 64, 1003] {
            let h = &hashes[..n];
            let mut want = [u32::MAX; SIG_LEN];
            mins_scalar(h, &mut want);
            #[cfg(target_arch = "x86_64")]
            {
                if std::arch::is_x86_feature_detected!("avx2") {
                    let mut got = [u32::MAX; SIG_LEN];
                    unsafe { mins_avx2(h, &mut got) };
                    assert_eq!(got, want, "avx2, {n} hashes");
                }
                if std::arch::is_x86_feature_detected!("avx512dq") {
                    let mut got = [u32::MAX; SIG_LEN];
                    unsafe { mins_avx512(h, &mut got) };
                    assert_eq!(got, want, "avx512, {n} hashes");
                } else {
                    eprintln!("no AVX-512 DQ here: its path is not tested");
                }
            }
        }
    }

    #[test]
    fn copies_and_re_edits_are_near() {
        let copy = A.replace(", ", " , ").to_uppercase();
        assert_eq!(minhash(A), minhash(&copy));
        let edited = format!("{}\nReporting by Staff", A.replace("Tuesday", "Wednesday"));
        let s = similarity(&minhash(A), &minhash(&edited));
        assert!(is_near_duplicate(&minhash(A), &minhash(&edited)), "{s}");
        let b1 = bands(&minhash(A));
        assert!(
            b1.iter()
                .zip(bands(&minhash(&edited)).iter())
                .any(|(x, y)| x == y)
        );
        let other = "North Korea has shipped millions of artillery shells to Russia by rail, \
            South Korean intelligence said on Monday, and more trains are expected next month.";
        assert!(similarity(&minhash(A), &minhash(other)) < 0.2);
        let h = minhash(A);
        assert_eq!(signature_from_hex(&signature_to_hex(&h)), Some(h));
        assert_eq!(signature_from_hex("zz"), None);
        assert_eq!(b1[9] >> 56, 9);
    }
}
