//! Article metadata as the sources write it, normalised: dates to
//! `YYYY-MM-DD`, languages to ISO 639-1, and ids by the rule of SPEC.md.

use chrono::{DateTime, NaiveDate};
use milcoop_core::ids;

/// The id of an article: the one given; else, for an input that holds one
/// article, the file name without extensions (`file_id`); else derived from
/// the URL; else from the text.
pub(crate) fn assign_id(
    given: Option<&str>,
    file_id: Option<&str>,
    url: Option<&str>,
    text: &str,
) -> String {
    if let Some(g) = given.map(str::trim).filter(|g| !g.is_empty()) {
        return g.to_string();
    }
    if let Some(f) = file_id {
        return f.to_string();
    }
    if let Some(u) = url.map(str::trim).filter(|u| !u.is_empty()) {
        return ids::id_from_url(u);
    }
    ids::id_from_text(text)
}

/// `YYYY-MM-DD` from a date or timestamp as sources write them (ISO 8601,
/// RFC 2822 as in RSS, `DD.MM.YYYY`, `12 May 2024`), else `None`. The date
/// is the one in the writer's own time zone, not converted to UTC.
pub(crate) fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    let fmt = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    if let Some(head) = s.get(..10) {
        if let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d") {
            return Some(fmt(d));
        }
        if let Ok(d) = NaiveDate::parse_from_str(head, "%d.%m.%Y") {
            return Some(fmt(d));
        }
        if let Ok(d) = NaiveDate::parse_from_str(head, "%Y/%m/%d") {
            return Some(fmt(d));
        }
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(fmt(dt.date_naive()));
    }
    // RFC 2822 with a zone chrono does not know ("CEST"), or a free form
    // "12 May 2024": find day, month name and year next to each other.
    let toks: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .collect();
    for w in toks.windows(3) {
        let cand = format!("{} {} {}", w[0].trim_end_matches('.'), w[1], w[2]);
        if let Ok(d) = NaiveDate::parse_from_str(&cand, "%d %b %Y") {
            return Some(fmt(d));
        }
        if let Ok(d) = NaiveDate::parse_from_str(&cand, "%d %B %Y") {
            return Some(fmt(d));
        }
    }
    None
}

/// ISO 639-1 code from a language tag (`en-US`, `de_DE`, `DE`), else `None`.
pub(crate) fn normalize_language(s: &str) -> Option<String> {
    let primary = s.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    if (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase()) {
        Some(primary)
    } else {
        None
    }
}

/// The host of an absolute URL, without `www.`.
pub(crate) fn host(url: &str) -> Option<String> {
    let rest = url.trim().split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    if host.is_empty() { None } else { Some(host) }
}

/// `Some(trimmed)` unless blank.
pub(crate) fn non_blank(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        let d = |s: &str| normalize_date(s);
        assert_eq!(d("2024-03-05").as_deref(), Some("2024-03-05"));
        assert_eq!(
            d("2024-03-05T23:30:00-05:00").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(
            d("Tue, 05 Mar 2024 23:30:00 GMT").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(
            d("Tue, 5 Mar 2024 23:30:00 CEST").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(d("05.03.2024").as_deref(), Some("2024-03-05"));
        assert_eq!(d("5 March 2024").as_deref(), Some("2024-03-05"));
        assert_eq!(d("2024-13-05"), None);
        assert_eq!(d("gestern"), None);
        assert_eq!(d(""), None);
    }

    #[test]
    fn languages_and_hosts() {
        assert_eq!(normalize_language("en-US").as_deref(), Some("en"));
        assert_eq!(normalize_language("DE").as_deref(), Some("de"));
        assert_eq!(normalize_language("1234"), None);
        assert_eq!(
            host("https://www.Example.org:8080/a?b").as_deref(),
            Some("example.org")
        );
        assert_eq!(host("not a url"), None);
    }

    #[test]
    fn ids_follow_the_rule() {
        assert_eq!(
            assign_id(Some(" a-1 "), Some("f"), Some("https://x.y/z"), "t"),
            "a-1"
        );
        assert_eq!(assign_id(None, Some("f"), Some("https://x.y/z"), "t"), "f");
        assert_eq!(
            assign_id(Some(""), None, Some("https://x.y/z"), "t"),
            ids::id_from_url("https://x.y/z")
        );
        assert_eq!(assign_id(None, None, None, "t"), ids::id_from_text("t"));
    }
}
