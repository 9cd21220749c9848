//! Inputs that hold one article: plain text and whole web pages; and the
//! decoding of bytes to text that they (and WARC payloads) share.

use crate::meta::{assign_id, host, non_blank, normalize_date, normalize_language};
use crate::{IngestError, Origin, Record, Warnings, limit, warn};
use milcoop_core::Article;
use std::io::Read;

/// Decodes plain text: UTF-8 (a byte-order mark is dropped), UTF-16 with a
/// byte-order mark, else lossy UTF-8 with a warning.
pub(crate) fn decode_text(bytes: Vec<u8>, origin: &Origin, warnings: &Warnings) -> String {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(&bytes)
        && enc != encoding_rs::UTF_8
    {
        let (s, had_errors) = enc.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            warn(
                warnings,
                origin.clone(),
                format!("invalid {} replaced by U+FFFD", enc.name()),
            );
        }
        return s.into_owned();
    }
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            warn(
                warnings,
                origin.clone(),
                format!("invalid UTF-8 (first at byte {at}) replaced by U+FFFD"),
            );
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    }
}

/// Decodes a web page: UTF-8 or a byte-order mark; else the charset the page
/// declares (`<meta charset>`, or `content_type` from HTTP); else lossy
/// UTF-8 with a warning.
pub(crate) fn decode_html(
    bytes: Vec<u8>,
    content_type: Option<&str>,
    origin: &Origin,
    warnings: &Warnings,
) -> String {
    if encoding_rs::Encoding::for_bom(&bytes).is_some() || std::str::from_utf8(&bytes).is_ok() {
        return decode_text(bytes, origin, warnings);
    }
    let declared = content_type.and_then(charset_in).or_else(|| {
        let head = &bytes[..bytes.len().min(4096)];
        charset_in(&String::from_utf8_lossy(head))
    });
    if let Some(enc) = declared.and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes()))
        && enc != encoding_rs::UTF_8
    {
        let (s, _, had_errors) = enc.decode(&bytes);
        if had_errors {
            warn(
                warnings,
                origin.clone(),
                format!("invalid {} replaced by U+FFFD", enc.name()),
            );
        }
        return s.into_owned();
    }
    decode_text(bytes, origin, warnings)
}

/// The value of the first `charset=` in `s`.
fn charset_in(s: &str) -> Option<String> {
    let lower = s.to_ascii_lowercase();
    let i = lower.find("charset")?;
    let rest = lower[i + 7..].trim_start().strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    (end > 0).then(|| rest[..end].to_string())
}

/// Reads a whole single-article input, within the size limit.
fn read_whole(input: &mut dyn Read, origin: &Origin, cap: usize) -> Result<Vec<u8>, IngestError> {
    match limit::read_all(input, cap) {
        Ok(Some(b)) => Ok(b),
        Ok(None) => Err(IngestError::TooLarge {
            origin: origin.clone(),
            limit: cap,
        }),
        Err(source) => Err(IngestError::Io {
            origin: origin.clone(),
            source,
        }),
    }
}

/// A plain-text input: the whole text, as it is, is one article.
pub(crate) fn read_text(
    input: &mut dyn Read,
    origin: &Origin,
    file_id: Option<&str>,
    cap: usize,
    warnings: &Warnings,
) -> Record {
    let bytes = read_whole(input, origin, cap)?;
    let text = decode_text(bytes, origin, warnings);
    if text.trim().is_empty() {
        return Err(IngestError::Empty {
            origin: origin.clone(),
        });
    }
    let id = assign_id(None, file_id, None, &text);
    Ok((
        origin.clone(),
        Article {
            id,
            text,
            ..Default::default()
        },
    ))
}

/// A web-page input: its main content is one article.
pub(crate) fn read_html(
    input: &mut dyn Read,
    origin: &Origin,
    file_id: Option<&str>,
    cap: usize,
    warnings: &Warnings,
) -> Record {
    let bytes = read_whole(input, origin, cap)?;
    let html = decode_html(bytes, None, origin, warnings);
    if html.trim().is_empty() {
        return Err(IngestError::Empty {
            origin: origin.clone(),
        });
    }
    let article = article_from_html(
        &html,
        &PageInfo {
            file_id,
            ..Default::default()
        },
    )
    .map_err(|m| IngestError::malformed(origin.clone(), m))?;
    Ok((origin.clone(), article))
}

/// What is known about a page besides its HTML.
#[derive(Debug, Default)]
pub(crate) struct PageInfo<'a> {
    /// The id of the file, if it holds only this page.
    pub file_id: Option<&'a str>,
    /// Where the page was fetched from.
    pub url: Option<&'a str>,
    /// When it was fetched (a fallback for the published date).
    pub fetched: Option<&'a str>,
}

/// An article from a web page, by `milcoop_html::extract`; an error when
/// the page yields no text.
pub(crate) fn article_from_html(html: &str, info: &PageInfo<'_>) -> Result<Article, String> {
    let doc = milcoop_html::extract(html, info.url);
    article_from_doc(doc, info)
}

pub(crate) fn article_from_doc(
    doc: milcoop_html::HtmlDoc,
    info: &PageInfo<'_>,
) -> Result<Article, String> {
    if doc.text.trim().is_empty() {
        return Err("no article text found in the HTML page (no body or no main content)".into());
    }
    let url = non_blank(doc.canonical_url).or_else(|| info.url.map(str::to_string));
    let outlet = non_blank(doc.site_name).or_else(|| url.as_deref().and_then(host));
    let published = doc
        .published
        .as_deref()
        .and_then(normalize_date)
        .or_else(|| info.fetched.and_then(normalize_date));
    let language = doc.language.as_deref().and_then(normalize_language);
    let id = assign_id(None, info.file_id, url.as_deref(), &doc.text);
    Ok(Article {
        id,
        url,
        outlet,
        title: non_blank(doc.title),
        published,
        language,
        text: doc.text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use milcoop_html::HtmlDoc;

    #[test]
    fn text_is_kept_as_is() {
        let w = Warnings::default();
        let o = Origin::file("a.txt");
        let mut input: &[u8] = b"\xEF\xBB\xBFTitel\r\n\r\nIran liefert Drohnen.  \n";
        let (_, a) = read_text(&mut input, &o, Some("a"), 1000, &w).unwrap();
        assert_eq!(a.text, "Titel\r\n\r\nIran liefert Drohnen.  \n");
        assert_eq!(a.id, "a");
        assert!(w.lock().unwrap().is_empty());
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily_with_a_warning() {
        let w = Warnings::default();
        let o = Origin::file("b.txt");
        let mut input: &[u8] = b"Gr\xfc\xdfe";
        let (_, a) = read_text(&mut input, &o, None, 1000, &w).unwrap();
        assert_eq!(a.text, "Gr\u{FFFD}\u{FFFD}e");
        let ws = w.lock().unwrap();
        assert_eq!(ws.len(), 1);
        assert!(
            ws[0].to_string().contains("b.txt: invalid UTF-8"),
            "{}",
            ws[0]
        );
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let w = Warnings::default();
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Kyjiw, März".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(
            decode_text(bytes, &Origin::file("u.txt"), &w),
            "Kyjiw, März"
        );
        assert!(w.lock().unwrap().is_empty());
    }

    #[test]
    fn empty_and_too_large() {
        let w = Warnings::default();
        let o = Origin::file("c.txt");
        let e = read_text(&mut &b" \n\t"[..], &o, None, 1000, &w).unwrap_err();
        assert_eq!(e.to_string(), "c.txt: empty input");
        let e = read_text(&mut &b"0123456789"[..], &o, None, 5, &w).unwrap_err();
        assert!(matches!(e, IngestError::TooLarge { limit: 5, .. }), "{e}");
    }

    #[test]
    fn html_charset_is_honoured() {
        let w = Warnings::default();
        let o = Origin::file("d.html");
        let page =
            b"<html><head><meta charset=\"iso-8859-1\"></head><body>Gr\xfc\xdfe</body></html>"
                .to_vec();
        assert!(decode_html(page, None, &o, &w).contains("Grüße"));
        let s = decode_html(
            b"Gr\xfc\xdfe".to_vec(),
            Some("text/html; charset=windows-1252"),
            &o,
            &w,
        );
        assert_eq!(s, "Grüße");
        assert!(w.lock().unwrap().is_empty());
    }

    #[test]
    fn page_metadata_maps_to_the_article() {
        let doc = HtmlDoc {
            text: "Nordkorea liefert Granaten.".into(),
            title: Some(" Granaten ".into()),
            site_name: None,
            canonical_url: Some("https://www.example.org/a/1".into()),
            published: Some("2024-01-02T10:00:00+01:00".into()),
            language: Some("de-DE".into()),
            authors: vec![],
        };
        let a = article_from_doc(doc.clone(), &PageInfo::default()).unwrap();
        assert_eq!(
            a.id,
            milcoop_core::ids::id_from_url("https://www.example.org/a/1")
        );
        assert_eq!(a.outlet.as_deref(), Some("example.org"));
        assert_eq!(a.title.as_deref(), Some("Granaten"));
        assert_eq!(a.published.as_deref(), Some("2024-01-02"));
        assert_eq!(a.language.as_deref(), Some("de"));
        let a = article_from_doc(
            doc,
            &PageInfo {
                file_id: Some("page"),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(a.id, "page");
        let empty = HtmlDoc {
            text: " \n".into(),
            ..Default::default()
        };
        assert!(article_from_doc(empty, &PageInfo::default()).is_err());
    }
}
