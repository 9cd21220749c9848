//! Page metadata: title, site name, canonical URL, date, language, authors.
//!
//! Sources are read in one walk over the parsed document (before the
//! content extractor changes it), plus the JSON-LD blocks the prepass kept.
//! Each field takes the first source in a fixed order of trust: explicit
//! machine-readable markup (Open Graph, JSON-LD, `<link>`) before visible
//! markup (`<h1>`, `<time>`) before the `<title>` element.

use dom_query::{Document, NodeRef};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Metadata gathered from a page.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Meta {
    pub title: Option<String>,
    pub site_name: Option<String>,
    pub canonical_url: Option<String>,
    pub published: Option<String>,
    pub language: Option<String>,
    pub authors: Vec<String>,
}

/// Title keys of `<meta>` (property, name, itemprop or http-equiv).
const TITLE_KEYS: &[&str] = &["og:title", "twitter:title"];
/// Site-name keys.
const SITE_KEYS: &[&str] = &["og:site_name", "application-name"];
/// Keys of the publication date, after `article:published_time`.
const DATE_KEYS: &[&str] = &[
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
];
/// Keys of the language.
const LANGUAGE_KEYS: &[&str] = &["content-language", "language", "dc.language"];
/// Keys of the authors.
const AUTHOR_KEYS: &[&str] = &[
    "author",
    "article:author",
    "dc.creator",
    "parsely-author",
    "sailthru.author",
];
/// Keys read one by one.
const OTHER_KEYS: &[&str] = &[
    "og:url",
    "og:locale",
    "article:published_time",
    "og:article:published_time",
];

/// True for a `<meta>` key that [`collect`] reads.
fn is_wanted(key: &str) -> bool {
    [
        TITLE_KEYS,
        SITE_KEYS,
        DATE_KEYS,
        LANGUAGE_KEYS,
        AUTHOR_KEYS,
        OTHER_KEYS,
    ]
    .iter()
    .any(|keys| keys.contains(&key))
}

/// Raw values found in the document, first occurrence wins.
#[derive(Default)]
struct Found {
    meta: HashMap<String, String>,
    canonical: Option<String>,
    html_lang: Option<String>,
    title_el: Option<String>,
    h1: Option<String>,
    time: Option<String>,
    itemprop_date: Option<String>,
    itemprop_authors: Vec<String>,
}

/// Reads the metadata of `doc`; `json_ld` are the JSON-LD block bodies and
/// `url` the page address, if known.
pub(crate) fn collect(doc: &Document, json_ld: &[String], url: Option<&str>) -> Meta {
    let f = walk(doc);
    let ld = JsonLd::parse(json_ld);
    let get = |keys: &[&str]| keys.iter().find_map(|k| f.meta.get(*k).cloned());

    let canonical_url = f
        .canonical
        .clone()
        .or_else(|| get(&["og:url"]))
        .and_then(|c| absolutize(&c, url))
        .or_else(|| url.map(str::to_string));
    let site_name = get(SITE_KEYS)
        .or_else(|| ld.publisher.clone())
        .or_else(|| canonical_url.as_deref().and_then(host));
    let title = get(TITLE_KEYS)
        .map(|t| strip_site_suffix(&t, site_name.as_deref(), false))
        .or_else(|| ld.headline.clone())
        .or_else(|| f.h1.clone())
        .or_else(|| {
            f.title_el
                .as_deref()
                .map(|t| strip_site_suffix(t, site_name.as_deref(), true))
        })
        .filter(|t| !t.is_empty());
    let published = [
        get(&["article:published_time", "og:article:published_time"]),
        ld.date_published.clone(),
        f.itemprop_date.clone(),
        f.time.clone(),
        get(DATE_KEYS),
    ]
    .into_iter()
    .flatten()
    .find_map(|d| normalize_date(&d));
    let language = [
        f.html_lang.clone(),
        get(&["og:locale"]),
        get(LANGUAGE_KEYS),
        ld.language.clone(),
    ]
    .into_iter()
    .flatten()
    .find_map(|l| normalize_language(&l));

    let mut authors = Vec::new();
    let meta_authors = get(AUTHOR_KEYS);
    let candidates = ld
        .authors
        .iter()
        .cloned()
        .chain(f.itemprop_authors.iter().cloned())
        .chain(meta_authors.iter().flat_map(|a| split_authors(a)));
    for a in candidates {
        let a = collapse_ws(&a);
        let a = a.strip_prefix("By ").unwrap_or(&a).trim().to_string();
        if a.is_empty() || a.contains("://") || a.len() > 80 || a.starts_with('@') {
            continue;
        }
        if !authors.iter().any(|x: &String| x.eq_ignore_ascii_case(&a)) {
            authors.push(a);
        }
    }

    Meta {
        title,
        site_name,
        canonical_url,
        published,
        language,
        authors,
    }
}

fn walk(doc: &Document) -> Found {
    let mut f = Found::default();
    let mut stack: Vec<NodeRef> = vec![doc.root()];
    while let Some(node) = stack.pop() {
        if node.is_element() {
            visit(&node, &mut f);
        }
        // Children pushed last-first, so they pop in document order.
        stack.extend(node.children_it(true).filter(|c| c.is_element()));
    }
    f
}

fn visit(node: &NodeRef, f: &mut Found) {
    let Some(name) = node.node_name() else { return };
    match &*name {
        "html" if f.html_lang.is_none() => {
            f.html_lang = node
                .attr("lang")
                .or_else(|| node.attr("xml:lang"))
                .map(|s| s.to_string());
        }
        "meta" => {
            let key = node
                .attr("property")
                .or_else(|| node.attr("name"))
                .or_else(|| node.attr("itemprop"))
                .or_else(|| node.attr("http-equiv"));
            if let Some(k) = key {
                let k = k.to_ascii_lowercase();
                if is_wanted(&k)
                    && !f.meta.contains_key(&k)
                    && let Some(v) = node.attr("content")
                {
                    let v = collapse_ws(&v);
                    if !v.is_empty() {
                        f.meta.insert(k, v);
                    }
                }
            }
        }
        "link"
            if f.canonical.is_none()
                && node
                    .attr("rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("canonical")) =>
        {
            f.canonical = node
                .attr("href")
                .map(|h| h.trim().to_string())
                .filter(|h| !h.is_empty());
        }
        "title" if f.title_el.is_none() => {
            f.title_el = Some(collapse_ws(&node.text())).filter(|t| !t.is_empty());
        }
        "h1" if f.h1.is_none() => {
            f.h1 = Some(collapse_ws(&node.text())).filter(|t| !t.is_empty());
        }
        "time" if f.time.is_none() => {
            f.time = node.attr("datetime").map(|s| s.to_string());
        }
        _ => {}
    }
    if let Some(prop) = node.attr("itemprop") {
        let prop = prop.to_ascii_lowercase();
        if prop == "datepublished" && f.itemprop_date.is_none() {
            f.itemprop_date = node
                .attr("datetime")
                .or_else(|| node.attr("content"))
                .map(|s| s.to_string())
                .or_else(|| Some(node.text().to_string()));
        } else if prop == "author" && f.itemprop_authors.len() < 8 {
            let name = node
                .attr("content")
                .map(|s| s.to_string())
                .unwrap_or_else(|| node.text().to_string());
            f.itemprop_authors.push(name);
        }
    }
}

/// What JSON-LD says about the article.
#[derive(Default)]
struct JsonLd {
    headline: Option<String>,
    date_published: Option<String>,
    authors: Vec<String>,
    publisher: Option<String>,
    language: Option<String>,
}

impl JsonLd {
    fn parse(blocks: &[String]) -> JsonLd {
        let mut out = JsonLd::default();
        for b in blocks {
            let b = b.trim();
            let b = b.strip_prefix("<![CDATA[").unwrap_or(b);
            let b = b.strip_suffix("]]>").unwrap_or(b);
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(b) {
                out.visit(&v, 0);
            }
        }
        out
    }

    fn visit(&mut self, v: &serde_json::Value, depth: usize) {
        if depth > 6 {
            return;
        }
        match v {
            serde_json::Value::Array(items) => items.iter().for_each(|i| self.visit(i, depth + 1)),
            serde_json::Value::Object(map) => {
                if let Some(g) = map.get("@graph") {
                    self.visit(g, depth + 1);
                }
                let has_date = map.get("datePublished").and_then(|d| d.as_str());
                if let Some(d) = has_date {
                    if self.date_published.is_none() {
                        self.date_published = Some(d.to_string());
                    }
                    if self.headline.is_none() {
                        self.headline = map
                            .get("headline")
                            .and_then(|h| h.as_str())
                            .map(collapse_ws);
                    }
                    if let (true, Some(a)) = (self.authors.is_empty(), map.get("author")) {
                        self.authors = names(a);
                    }
                    if self.publisher.is_none() {
                        self.publisher = map
                            .get("publisher")
                            .and_then(|p| names(p).into_iter().next());
                    }
                    if self.language.is_none() {
                        self.language = map
                            .get("inLanguage")
                            .and_then(|l| l.as_str())
                            .map(str::to_string);
                    }
                }
            }
            _ => {}
        }
    }
}

fn names(v: &serde_json::Value) -> Vec<String> {
    match v {
        serde_json::Value::String(s) => vec![s.clone()],
        serde_json::Value::Array(a) => a.iter().flat_map(names).take(8).collect(),
        serde_json::Value::Object(o) => o
            .get("name")
            .and_then(|n| n.as_str())
            .map(|n| vec![n.to_string()])
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

fn split_authors(s: &str) -> Vec<String> {
    s.split([',', ';', '|'])
        .flat_map(|p| p.split(" and ").flat_map(|q| q.split(" und ")))
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// Collapses runs of whitespace to one space and trims.
pub(crate) fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Host of an absolute URL, without `www.`.
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let h = rest.split(['/', '?', '#']).next()?;
    let h = h.rsplit('@').next()?.split(':').next()?;
    let h = h.strip_prefix("www.").unwrap_or(h).to_ascii_lowercase();
    (!h.is_empty()).then_some(h)
}

/// Makes a root-relative or protocol-relative link absolute against `base`.
fn absolutize(link: &str, base: Option<&str>) -> Option<String> {
    let link = link.trim();
    if link.contains("://") {
        return Some(link.to_string());
    }
    let base = base?;
    let (scheme, rest) = base.split_once("://")?;
    if let Some(l) = link.strip_prefix("//") {
        return Some(format!("{scheme}://{l}"));
    }
    if link.starts_with('/') {
        let authority = rest.split(['/', '?', '#']).next()?;
        return Some(format!("{scheme}://{authority}{link}"));
    }
    None
}

/// Removes a trailing ` | Site` (or ` - Site`, ` – Site`, ` :: Site`) part of
/// a title: when it names the site, or (for `<title>`, `loose`) when it is
/// short and the rest is longer.
fn strip_site_suffix(title: &str, site: Option<&str>, loose: bool) -> String {
    let title = collapse_ws(title);
    for sep in [" | ", " – ", " — ", " - ", " :: ", " · ", " » "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail_l = tail.to_lowercase();
            let names_site = site.is_some_and(|s| {
                let s = s.to_lowercase();
                tail_l == s
                    || tail_l.replace(' ', "") == s.replace(' ', "")
                    || s.starts_with(&tail_l)
            });
            let short =
                tail.split_whitespace().count() <= 3 && head.split_whitespace().count() >= 3;
            if names_site || (loose && short) {
                return strip_site_suffix(head, site, loose);
            }
        }
    }
    title
}

static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:19|20)\d\d)(?:[-/.]([01]?\d)[-/.]([0-3]?\d)|([01]\d)([0-3]\d))(?:\b|T|_)")
        .expect("valid regex")
});
static DMY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([0-3]?\d)\.\s?([01]?\d)\.\s?((?:19|20)\d\d)\b").expect("valid regex")
});
static NAMED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:([0-3]?\d)\.?\s+([a-zä]{3,9})\.?,?\s+((?:19|20)\d\d)|([a-zä]{3,9})\.?\s+([0-3]?\d)(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d))\b",
    )
    .expect("valid regex")
});

fn month_number(name: &str) -> Option<u32> {
    let n = name.to_lowercase();
    let months = [
        ["jan", "jän"],
        ["feb", "feb"],
        ["mar", "mär"],
        ["apr", "apr"],
        ["may", "mai"],
        ["jun", "jun"],
        ["jul", "jul"],
        ["aug", "aug"],
        ["sep", "sep"],
        ["oct", "okt"],
        ["nov", "nov"],
        ["dec", "dez"],
    ];
    months
        .iter()
        .position(|m| m.iter().any(|p| n.starts_with(p)))
        .map(|i| i as u32 + 1)
}

fn ymd(y: &str, m: u32, d: &str) -> Option<String> {
    let y: u32 = y.parse().ok()?;
    let d: u32 = d.parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// Normalises a date in a common form (ISO 8601, `YYYY/MM/DD`, `DD.MM.YYYY`,
/// `Nov 19, 2019`, `19. November 2019`) to `YYYY-MM-DD`.
pub(crate) fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    if let Some(c) = ISO_DATE.captures(s)
        && let (Some(m), Some(d)) = (c.get(2).or(c.get(4)), c.get(3).or(c.get(5)))
        && let Some(d) = ymd(&c[1], m.as_str().parse().ok()?, d.as_str())
    {
        return Some(d);
    }
    if let Some(c) = DMY_DATE.captures(s)
        && let Some(d) = ymd(&c[3], c[2].parse().ok()?, &c[1])
    {
        return Some(d);
    }
    if let Some(c) = NAMED_DATE.captures(s) {
        if let (Some(d), Some(m), Some(y)) = (c.get(1), c.get(2), c.get(3)) {
            return ymd(y.as_str(), month_number(m.as_str())?, d.as_str());
        }
        if let (Some(m), Some(d), Some(y)) = (c.get(4), c.get(5), c.get(6)) {
            return ymd(y.as_str(), month_number(m.as_str())?, d.as_str());
        }
    }
    None
}

/// Normalises a language tag (`en-US`, `de_DE`, `deu`) to ISO 639-1.
pub(crate) fn normalize_language(s: &str) -> Option<String> {
    let primary = s
        .trim()
        .split(['-', '_', ',', ';', ' '])
        .next()?
        .to_ascii_lowercase();
    let code = match primary.as_str() {
        "deu" | "ger" => "de",
        "eng" => "en",
        "fra" | "fre" => "fr",
        "rus" => "ru",
        "ukr" => "uk",
        "spa" => "es",
        "ita" => "it",
        p if p.len() == 2 && p.bytes().all(|b| b.is_ascii_lowercase()) => p,
        _ => return None,
    };
    Some(code.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(html: &str, url: Option<&str>) -> Meta {
        let s = crate::prepass::strip(html);
        collect(&Document::from(s.html.as_str()), &s.json_ld, url)
    }

    #[test]
    fn open_graph_and_link_tags() {
        let m = meta(
            r#"<html lang="de-DE"><head><title>Drohnen für Moskau | Beispielblatt</title>
            <meta property="og:site_name" content="Beispielblatt">
            <meta property="article:published_time" content="2024-03-05T08:00:00+01:00">
            <meta name="author" content="Anna Beispiel, Karl Muster">
            <link rel="canonical" href="/politik/drohnen-123"></head><body><h1>Drohnen</h1></body></html>"#,
            Some("https://www.beispielblatt.de/x?utm=1"),
        );
        assert_eq!(m.title.as_deref(), Some("Drohnen"));
        assert_eq!(m.site_name.as_deref(), Some("Beispielblatt"));
        assert_eq!(
            m.canonical_url.as_deref(),
            Some("https://www.beispielblatt.de/politik/drohnen-123")
        );
        assert_eq!(m.published.as_deref(), Some("2024-03-05"));
        assert_eq!(m.language.as_deref(), Some("de"));
        assert_eq!(m.authors, vec!["Anna Beispiel", "Karl Muster"]);
    }

    #[test]
    fn title_element_loses_site_suffix_and_host_is_site() {
        let m = meta(
            "<html><head><title>Shells shipped across the border - Example News</title></head><body><p>x</p></body></html>",
            Some("https://www.example.org/a/b"),
        );
        assert_eq!(m.title.as_deref(), Some("Shells shipped across the border"));
        assert_eq!(m.site_name.as_deref(), Some("example.org"));
        assert_eq!(
            m.canonical_url.as_deref(),
            Some("https://www.example.org/a/b")
        );
        assert_eq!(m.language, None);
        assert_eq!(m.published, None);
    }

    #[test]
    fn og_title_suffix_only_when_it_names_the_site() {
        let m = meta(
            r#"<head><meta property="og:title" content="Talks end - no deal | The Daily Example">
            <meta property="og:site_name" content="The Daily Example"></head>"#,
            None,
        );
        assert_eq!(m.title.as_deref(), Some("Talks end - no deal"));
    }

    #[test]
    fn json_ld_graph_date_and_authors() {
        let m = meta(
            r#"<head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Site"},
            {"@type":"NewsArticle","headline":"Aid package approved","datePublished":"2023-11-20T10:00:00Z",
             "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],
             "publisher":{"@type":"Organization","name":"Example Wire"},"inLanguage":"en-GB"}]}</script></head>"#,
            None,
        );
        assert_eq!(m.title.as_deref(), Some("Aid package approved"));
        assert_eq!(m.published.as_deref(), Some("2023-11-20"));
        assert_eq!(m.authors, vec!["Jane Roe", "John Doe"]);
        assert_eq!(m.site_name.as_deref(), Some("Example Wire"));
        assert_eq!(m.language.as_deref(), Some("en"));
    }

    #[test]
    fn time_element_and_og_url() {
        let m = meta(
            r#"<head><meta property="og:url" content="https://ex.com/a"><meta property="og:locale" content="en_US"></head>
            <body><time datetime="2019-11-19T21:02:00Z">Nov 19</time></body>"#,
            None,
        );
        assert_eq!(m.published.as_deref(), Some("2019-11-19"));
        assert_eq!(m.canonical_url.as_deref(), Some("https://ex.com/a"));
        assert_eq!(m.site_name.as_deref(), Some("ex.com"));
        assert_eq!(m.language.as_deref(), Some("en"));
    }

    #[test]
    fn dates_in_common_forms() {
        assert_eq!(
            normalize_date("2019-11-19T21:02:00Z").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(normalize_date("2019/1/9").as_deref(), Some("2019-01-09"));
        assert_eq!(normalize_date("20191119").as_deref(), Some("2019-11-19"));
        assert_eq!(
            normalize_date("05.03.2024, 08:00").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(
            normalize_date("Nov. 19, 2019").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(
            normalize_date("19. März 2024").as_deref(),
            Some("2024-03-19")
        );
        assert_eq!(normalize_date("Tuesday, 3rd of"), None);
        assert_eq!(normalize_date("2019-13-40"), None);
    }

    #[test]
    fn language_tags() {
        assert_eq!(normalize_language("en-US").as_deref(), Some("en"));
        assert_eq!(normalize_language("de_DE").as_deref(), Some("de"));
        assert_eq!(normalize_language("ger").as_deref(), Some("de"));
        assert_eq!(normalize_language("x-klingon"), None);
        assert_eq!(normalize_language(""), None);
    }
}
