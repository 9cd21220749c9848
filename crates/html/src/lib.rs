//! # milcoop-html
//!
//! Main-content extraction from whole web pages, with the page's metadata
//! (title, site name, canonical URL, published date, language).
//!
//! Interface contract (other crates rely on it): [`extract`] never fails and
//! never panics; a page without a body gives an empty `text`.
//!
//! How (details in each module):
//! 1. a byte-level prepass drops scripts, styles, SVG, navigation and comments
//!    at the byte level (most of a news page's bytes) and caps nesting depth;
//! 2. the rest is parsed once (html5ever via `dom_query`); metadata is read
//!    from that tree;
//! 3. furniture elements are removed, `dom_smoothie` (a readability port)
//!    picks the main block, and our serialiser turns it into lines, dropping
//!    link lists and furniture lines listed per language in `data/`.
//!
//! [`bench`] measures it on the article-extraction benchmark with the
//! shingle score of [`score`]: F1 0.973 on its 181 pages, against 0.960
//! for Python trafilatura 2.3.1 scored the same way, at about 11 times its
//! speed on one core (`tools/bench/trafilatura_compare.sh`).

pub mod bench;
mod content;
mod furniture;
mod meta;
mod prepass;
pub mod score;

/// What a web page yields: its main text and metadata.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HtmlDoc {
    /// Main article text: paragraphs separated by `\n\n`, headings and list
    /// items on lines of their own.
    pub text: String,
    /// Headline (`og:title`, `<h1>`, `<title>` minus the site suffix).
    pub title: Option<String>,
    /// Outlet (`og:site_name`, else the host of the canonical URL).
    pub site_name: Option<String>,
    /// `<link rel=canonical>` or `og:url`, else the URL given.
    pub canonical_url: Option<String>,
    /// Publication date as `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Language from `<html lang>` or meta tags, as ISO 639-1.
    pub language: Option<String>,
    /// Byline author(s), if marked up.
    pub authors: Vec<String>,
}

/// Extracts the main content and metadata of an HTML page. `url` is where the
/// page came from, if known.
pub fn extract(html: &str, url: Option<&str>) -> HtmlDoc {
    // Past this size a page is not an article page; the rest is ignored.
    let html = truncate(html, MAX_HTML_BYTES);
    // The parsers are not ours: should one of them panic on some input, the
    // page yields an empty document rather than taking the caller down.
    std::panic::catch_unwind(|| extract_unguarded(html, url)).unwrap_or_default()
}

/// Largest HTML input read, in bytes.
pub const MAX_HTML_BYTES: usize = 16 << 20;

fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn extract_unguarded(html: &str, url: Option<&str>) -> HtmlDoc {
    let stripped = prepass::strip(html);
    let doc = dom_query::Document::from(stripped.html.as_str());
    let m = meta::collect(&doc, &stripped.json_ld, url);
    HtmlDoc {
        text: content::main_text(doc, url),
        title: m.title,
        site_name: m.site_name,
        canonical_url: m.canonical_url,
        published: m.published,
        language: m.language,
        authors: m.authors,
    }
}
