//! # milcoop-html
//!
//! Main-content extraction from whole web pages, with the page's metadata
//! (title, site name, canonical URL, published date, language).
//!
//! Interface contract (other crates rely on it): [`extract`] never fails and
//! never panics; a page without a body gives an empty `text`.

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
