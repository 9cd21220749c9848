//! Shared by the fuzz targets: read bytes as one format and check the
//! reader's promises.

use milcoop_ingest::{Format, ReadOptions, read_from};

/// Reads `data` as `format` (sniffed when `None`) with a small record limit
/// and checks that every record names its input and that no article has an
/// empty id or text.
pub fn check(data: &[u8], format: Option<Format>) {
    let opts = ReadOptions { max_record_bytes: 1 << 16, ..Default::default() };
    let input = Box::new(std::io::Cursor::new(data.to_vec()));
    for rec in read_from("fuzz", input, format, &opts).take(100_000) {
        match rec {
            Ok((origin, article)) => {
                assert_eq!(origin.path, "fuzz");
                assert!(!article.id.is_empty());
                assert!(!article.text.trim().is_empty());
                if let Some(p) = &article.published {
                    assert_eq!(p.len(), 10, "published {p:?}");
                }
            }
            Err(e) => assert_eq!(e.origin().path, "fuzz"),
        }
    }
}
