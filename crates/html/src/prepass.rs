//! A byte-level pass, before the HTML parser runs, that drops what is never
//! article text: `<script>`, `<style>`, `<svg>` and `<template>` elements,
//! comments, and the page's `<nav>`, `<footer>` and `<select>` elements.
//!
//! On news pages these are most of the bytes (about 60 % on the benchmark),
//! and tokenising them dominates parse time. The pass follows the HTML
//! rules for where they end (a script ends at the first `</script`, a
//! comment at the first `-->`), so it removes exactly what the parser would
//! have put in those elements (nested `<nav>` or `<svg>` are balanced).
//! JSON-LD scripts are kept aside for metadata. Dropping footers costs
//! nothing measurable in F1 on the benchmark and saves parse time.

use memchr::memmem;

/// Elements dropped with their content: raw text (ends at the first end
/// tag) or elements that may nest (ends at the balancing end tag).
const DROPPED: [&[u8]; 7] = [
    b"script",
    b"style",
    b"svg",
    b"template",
    b"nav",
    b"select",
    b"footer",
];

/// Raw-text elements: their content is not markup, so they cannot nest.
fn is_raw_text(name: &[u8]) -> bool {
    name == b"script" || name == b"style"
}

/// The HTML with hidden parts removed, and the JSON-LD bodies found.
pub(crate) struct Stripped {
    /// The remaining HTML.
    pub html: String,
    /// Bodies of `<script type="application/ld+json">` elements.
    pub json_ld: Vec<String>,
}

/// Removes scripts, styles, SVG, templates and comments from `html`.
pub(crate) fn strip(html: &str) -> Stripped {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut json_ld = Vec::new();
    let mut keep_from = 0;
    let mut i = 0;
    let mut depth = 0usize;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let lt = i + off;
        let rest = &b[lt + 1..];
        if rest.starts_with(b"!--") {
            let end = memmem::find(&rest[3..], b"-->").map_or(b.len(), |e| lt + 1 + 3 + e + 3);
            out.push_str(&html[keep_from..lt]);
            keep_from = end;
            i = end;
            continue;
        }
        let Some(name) = DROPPED.iter().find(|n| starts_with_tag(rest, n)) else {
            // Any other tag: track nesting, and drop start tags past the cap.
            if let Some(name) = tag_name(rest) {
                if counts_depth(name) {
                    if depth >= MAX_DEPTH {
                        let end = memchr::memchr(b'>', rest).map_or(b.len(), |g| lt + 1 + g + 1);
                        out.push_str(&html[keep_from..lt]);
                        keep_from = end;
                        i = end;
                        continue;
                    }
                    depth += 1;
                }
                if let Some(len) = rewrite_start_tag(html, lt, name.len(), &mut out, keep_from) {
                    keep_from = lt + len;
                    i = keep_from;
                    continue;
                }
            } else if rest.first() == Some(&b'/')
                && let Some(name) = tag_name(&rest[1..])
                && counts_depth(name)
            {
                depth = depth.saturating_sub(1);
            }
            i = lt + 1;
            continue;
        };
        // End of the start tag.
        let Some(gt) = memchr::memchr(b'>', rest) else {
            break;
        };
        let start_tag = &rest[..gt];
        let body_start = lt + 1 + gt + 1;
        let self_closed = start_tag.ends_with(b"/") && *name == b"svg";
        let (body_end, end) = if self_closed {
            (body_start, body_start)
        } else {
            find_end_tag(b, body_start, name, !is_raw_text(name))
        };
        if *name == b"script" && contains_ignore_case(start_tag, b"ld+json") {
            json_ld.push(html[body_start..body_end].to_string());
        }
        out.push_str(&html[keep_from..lt]);
        keep_from = end;
        i = end;
    }
    if keep_from < b.len() {
        out.push_str(&html[keep_from..]);
    }
    Stripped { html: out, json_ld }
}

/// Deepest element nesting passed on to the parser. Deeper start tags are
/// dropped (their text stays): tree building is quadratic in depth, and
/// no real page nests this deep. Browsers cap nesting similarly.
const MAX_DEPTH: usize = 512;

/// The tag name at the start of `rest` (after `<` or `</`), if it is one.
fn tag_name(rest: &[u8]) -> Option<&[u8]> {
    if !rest.first()?.is_ascii_alphabetic() {
        return None;
    }
    let n = rest
        .iter()
        .position(|c| !(c.is_ascii_alphanumeric() || *c == b'-' || *c == b':'))
        .unwrap_or(rest.len());
    Some(&rest[..n])
}

/// True for elements counted in the nesting depth: all but void elements
/// and those whose end tag is usually implied (`p`, `li`, table parts...),
/// which the parser closes by itself.
fn counts_depth(name: &[u8]) -> bool {
    const UNCOUNTED: &[&[u8]] = &[
        b"area",
        b"base",
        b"br",
        b"col",
        b"embed",
        b"hr",
        b"img",
        b"input",
        b"link",
        b"meta",
        b"source",
        b"track",
        b"wbr",
        b"param",
        b"p",
        b"li",
        b"dt",
        b"dd",
        b"tr",
        b"td",
        b"th",
        b"option",
        b"optgroup",
        b"thead",
        b"tbody",
        b"tfoot",
        b"rt",
        b"rp",
        b"html",
        b"head",
        b"body",
        b"colgroup",
        b"caption",
    ];
    !UNCOUNTED.iter().any(|u| u.eq_ignore_ascii_case(name))
}

/// Attributes passed on to the parser: those metadata, furniture detection
/// and readability read. The others (`data-*`, `srcset`, `alt`, event
/// handlers...) are a large share of a page's markup and only cost parse time.
const KEPT_ATTRIBUTES: &[&[u8]] = &[
    b"class",
    b"id",
    b"style",
    b"hidden",
    b"aria-hidden",
    b"role",
    b"lang",
    b"xml:lang",
    b"href",
    b"src",
    b"itemprop",
    b"property",
    b"name",
    b"content",
    b"rel",
    b"datetime",
    b"type",
    b"http-equiv",
    b"charset",
    b"itemtype",
    b"itemscope",
];

/// Writes the start tag at `html[lt..]` (name `name_len` bytes long) to
/// `out` with only [`KEPT_ATTRIBUTES`], after the text from `keep_from`.
/// Returns the tag's length in the input, or `None` (nothing written) when
/// the tag is not terminated or keeps all its attributes.
fn rewrite_start_tag(
    html: &str,
    lt: usize,
    name_len: usize,
    out: &mut String,
    keep_from: usize,
) -> Option<usize> {
    let b = &html.as_bytes()[lt..];
    let mut j = 1 + name_len;
    let mut kept: Vec<(usize, usize)> = Vec::new();
    let mut dropped = false;
    loop {
        while j < b.len() && (b[j].is_ascii_whitespace() || b[j] == b'/') {
            j += 1;
        }
        if j >= b.len() {
            return None;
        }
        if b[j] == b'>' {
            j += 1;
            break;
        }
        let start = j;
        j += 1; // an attribute name has at least one byte, even `=`
        while j < b.len()
            && !matches!(
                b[j],
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>' | b'='
            )
        {
            j += 1;
        }
        let name = &b[start..j];
        let mut k = j;
        while k < b.len() && b[k].is_ascii_whitespace() {
            k += 1;
        }
        if k < b.len() && b[k] == b'=' {
            k += 1;
            while k < b.len() && b[k].is_ascii_whitespace() {
                k += 1;
            }
            if k < b.len() && (b[k] == b'"' || b[k] == b'\'') {
                let q = b[k];
                k = memchr::memchr(q, &b[k + 1..]).map(|e| k + 1 + e + 1)?;
            } else {
                while k < b.len() && !b[k].is_ascii_whitespace() && b[k] != b'>' {
                    k += 1;
                }
            }
            j = k;
        }
        if KEPT_ATTRIBUTES.iter().any(|a| a.eq_ignore_ascii_case(name)) {
            kept.push((start, j));
        } else {
            dropped = true;
        }
    }
    if !dropped {
        return None;
    }
    out.push_str(&html[keep_from..lt]);
    out.push_str(&html[lt..lt + 1 + name_len]);
    for (s, e) in kept {
        out.push(' ');
        out.push_str(&html[lt + s..lt + e]);
    }
    out.push('>');
    Some(j)
}

/// True if `rest` (after `<`) opens element `name`.
fn starts_with_tag(rest: &[u8], name: &[u8]) -> bool {
    rest.len() > name.len()
        && rest[..name.len()].eq_ignore_ascii_case(name)
        && matches!(
            rest[name.len()],
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>' | b'/'
        )
}

/// Finds the end tag of `name` from `from` (the balancing one when
/// `nested`): returns (start of the end tag, byte after its `>`).
fn find_end_tag(b: &[u8], from: usize, name: &[u8], nested: bool) -> (usize, usize) {
    let mut depth = 0usize;
    let mut j = from;
    while let Some(off) = memchr::memchr(b'<', &b[j..]) {
        let at = j + off;
        let rest = &b[at + 1..];
        if rest.first() == Some(&b'/') && starts_with_tag(&rest[1..], name) {
            if depth == 0 {
                let end = memchr::memchr(b'>', &b[at..]).map_or(b.len(), |g| at + g + 1);
                return (at, end);
            }
            depth -= 1;
        } else if nested && starts_with_tag(rest, name) {
            depth += 1;
        }
        j = at + 1;
    }
    (b.len(), b.len())
}

fn contains_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_hidden_parts_and_keeps_json_ld() {
        let html = "<p>a</p><SCRIPT>x = '</div>';</script ><!-- c <script> -->\
            <style>p{}</style><script type=\"application/ld+json\">{\"a\":1}</script>\
            <svg><svg></svg><text>t</text></svg><scripts>kept</scripts><nav><nav>x</nav>y</nav><p>b</p>";
        let s = strip(html);
        assert_eq!(s.html, "<p>a</p><scripts>kept</scripts><p>b</p>");
        assert_eq!(s.json_ld, vec!["{\"a\":1}".to_string()]);
    }

    #[test]
    fn keeps_only_read_attributes() {
        let s = strip(
            r#"<div class="a" data-x='1>2' srcset=x.jpg id=b>t</div><img alt="y" src="i.png"/><p>"#,
        );
        assert_eq!(s.html, r#"<div class="a" id=b>t</div><img src="i.png"><p>"#);
        // Tags without dropped attributes are copied as they are.
        assert_eq!(strip("<a href='/x' >y</a>").html, "<a href='/x' >y</a>");
        // An unterminated tag is left to the parser.
        assert_eq!(strip("<div data-x=\"1").html, "<div data-x=\"1");
    }

    #[test]
    fn caps_nesting_depth() {
        let html = format!(
            "{}x{}",
            "<div>".repeat(MAX_DEPTH + 10),
            "</div>".repeat(MAX_DEPTH + 10)
        );
        let s = strip(&html);
        assert_eq!(s.html.matches("<div>").count(), MAX_DEPTH);
        assert!(s.html.contains('x'));
        // Void and implied-end elements do not count.
        let flat = "<p>a<br><img src=x><li>b".repeat(1000);
        assert_eq!(strip(&flat).html, flat);
    }

    #[test]
    fn unterminated_parts_run_to_the_end() {
        assert_eq!(strip("<p>a</p><script>x").html, "<p>a</p>");
        assert_eq!(strip("<p>a</p><!-- x").html, "<p>a</p>");
        assert_eq!(strip("<p>a</p><script").html, "<p>a</p><script");
        assert_eq!(strip("é<").html, "é<");
    }
}
