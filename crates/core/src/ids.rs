//! Article ids: the one given, else derived from the URL, else from a hash of
//! the text (SPEC.md, Ingest).

use sha2::{Digest, Sha256};

/// Hex SHA-256 of `data`, truncated to `n` hex digits (n <= 64).
pub fn short_hash(data: &[u8], n: usize) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(data);
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push(HEX[usize::from(b >> 4)] as char);
        s.push(HEX[usize::from(b & 15)] as char);
    }
    s.truncate(n.min(64));
    s
}

/// An id derived from a URL: `url-` and 16 hex digits of its hash, after
/// dropping the fragment and a trailing slash, so the same page gets the same id.
pub fn id_from_url(url: &str) -> String {
    let u = url.trim();
    let u = u.split('#').next().unwrap_or(u);
    let u = u.trim_end_matches('/');
    format!("url-{}", short_hash(u.as_bytes(), 16))
}

/// An id derived from the text: `txt-` and 16 hex digits of the hash of its
/// normalised form ([`crate::text::normalize_for_hash`]).
pub fn id_from_text(text: &str) -> String {
    format!(
        "txt-{}",
        short_hash(crate::text::normalize_for_hash(text).as_bytes(), 16)
    )
}

/// The id of a file that holds one article: its name without any extension
/// (`a/b/seed-000.json.gz` → `seed-000`).
pub fn id_from_file_name(path: &std::path::Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    let stem = name.split('.').next().unwrap_or(name);
    if stem.is_empty() {
        None
    } else {
        Some(stem.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn ids_are_stable() {
        assert_eq!(
            id_from_url("https://a.b/x/"),
            id_from_url("https://a.b/x#top")
        );
        assert_ne!(id_from_url("https://a.b/x"), id_from_url("https://a.b/y"));
        assert_eq!(
            id_from_text("Iran  liefert\nDrohnen"),
            id_from_text("Iran liefert Drohnen")
        );
        assert_eq!(
            id_from_file_name(std::path::Path::new("a/b/seed-000.json.gz")).as_deref(),
            Some("seed-000")
        );
        assert_eq!(short_hash(b"", 8), "e3b0c442");
    }
}
