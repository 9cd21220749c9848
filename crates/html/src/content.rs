//! Main-text extraction: a readability pass (`dom_smoothie`) framed by two
//! passes of our own.
//!
//! 1. Before: elements that are furniture by their markup are removed:
//!    captions, buttons and iframes always; reader comments and
//!    recommendation widgets (class/id `comment...`, `outbrain`...) always;
//!    `<nav>`, `<form>`, `<menu>` and elements with a furniture class/id
//!    word (share, byline, related, newsletter...) only while small or
//!    mostly links, so a page that wraps its whole body in a `<form>` or a
//!    `class="article-share"` keeps it. Readability drops class names, so
//!    this has to happen first.
//! 2. Readability picks the main content block.
//! 3. After: our own serialisation of that block into lines (blocks become
//!    paragraphs, `<br>` a line break, inline tags glue as a browser
//!    renders them), dropping link-list entries (short lines that are
//!    nearly all link text), date stamps, lone e-mail addresses and the
//!    lines [`crate::furniture`] recognises; a closing-furniture heading
//!    ("Related stories", "Mehr zum Thema") in the last third of the text
//!    ends it.

use crate::furniture::{FURNITURE, Verdict};
use aho_corasick::{AhoCorasick, MatchKind};
use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability, TextMode};
use std::sync::LazyLock;

/// Elements removed before readability whatever their size.
const DROP_TAGS: &[&str] = &["figcaption", "button", "select", "iframe", "noscript"];

/// Elements removed before readability when small or mostly links (some
/// sites wrap the whole page in a `<form>`).
const DROP_TAGS_GUARDED: &[&str] = &["nav", "form", "dialog", "menu"];

/// Class/id words that mark furniture (matched as substrings of the
/// lower-cased `class` and `id`).
const FURNITURE_CLASSES: &[&str] = &[
    "caption",
    "credit",
    "byline",
    "dateline",
    "timestamp",
    "share",
    "social",
    "related",
    "newsletter",
    "promo",
    "subscri",
    "advert",
    "sponsor",
    "breadcrumb",
    "comment",
    "author",
    "recommend",
    "trending",
    "popular",
    "signup",
    "sign-up",
    "outbrain",
    "taboola",
    "toolbar",
    "disclaimer",
    "tags",
    "teaser",
    "more-stories",
    "read-more",
    "readmore",
    "cookie",
    "consent",
    "paywall",
    "meta",
];

/// Class/id token prefixes that mark furniture whatever its size (reader
/// comments, recommendation widgets).
const STRONG_FURNITURE: &[&str] = &[
    "comment",
    "disqus",
    "outbrain",
    "taboola",
    "jp-relatedposts",
];

/// Class/id substrings that look like furniture words but are not.
const FALSE_FRIENDS: &[&str] = &["metadata-body", "article-body", "articlebody", "story-body"];

/// Largest text (chars) a furniture-classed element may have and still go.
const MAX_FURNITURE_CHARS: usize = 400;

/// Main text of a parsed document.
pub(crate) fn main_text(doc: Document, url: Option<&str>) -> String {
    preclean(&doc);
    let cfg = Config {
        disable_json_ld: true,
        text_mode: TextMode::Raw,
        ..Config::default()
    };
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let Ok(mut r) = Readability::with_document(doc, url, Some(cfg)) else {
        return String::new();
    };
    let Ok(article) = r.parse() else {
        return String::new();
    };
    // Readability leaves its result in its document, under a known id.
    let _ = article;
    let root = r.doc.select_single("#readability-page-1");
    match root.nodes().first() {
        Some(node) => serialize(*node),
        None => String::new(),
    }
}

/// Matcher over class/id values: [`FURNITURE_CLASSES`] then [`FALSE_FRIENDS`].
static CLASS_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(FURNITURE_CLASSES.iter().chain(FALSE_FRIENDS))
        .expect("class patterns compile")
});

fn is_furniture_class(node: &NodeRef) -> bool {
    let (mut furniture, mut friend) = (false, false);
    for v in [node.attr("class"), node.attr("id")].into_iter().flatten() {
        for m in CLASS_MATCHER.find_overlapping_iter(v.as_ref()) {
            if m.pattern().as_usize() < FURNITURE_CLASSES.len() {
                furniture = true;
            } else {
                friend = true;
            }
        }
    }
    furniture && !friend
}

/// True if a class or id token starts with a [`STRONG_FURNITURE`] word.
fn is_strong_furniture(node: &NodeRef) -> bool {
    let class = node.attr("class");
    let id = node.attr("id");
    class
        .iter()
        .chain(id.iter())
        .flat_map(|s| s.split_whitespace())
        .any(|tok| {
            let tok = tok.to_ascii_lowercase();
            STRONG_FURNITURE.iter().any(|w| tok.starts_with(w))
        })
}

fn is_hidden(node: &NodeRef) -> bool {
    node.has_attr("hidden")
        || node
            .attr("aria-hidden")
            .is_some_and(|v| v.as_ref() == "true")
        || node.attr("style").is_some_and(|s| {
            let s = s.to_ascii_lowercase().replace(' ', "");
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

/// Removes furniture elements from the whole document (module docs, step 1).
fn preclean(doc: &Document) {
    let mut doomed = Vec::new();
    let Some(body) = doc.body() else { return };
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        for child in node.children_it(false) {
            if !child.is_element() {
                continue;
            }
            let name = child.node_name();
            let name = name.as_deref().unwrap_or("");
            let drop = DROP_TAGS.contains(&name)
                || is_hidden(&child)
                || (name != "body" && is_strong_furniture(&child))
                || (DROP_TAGS_GUARDED.contains(&name) && small_or_links(&child))
                || (name != "body"
                    && name != "article"
                    && name != "main"
                    && is_furniture_class(&child)
                    && small_or_links(&child));
            if drop {
                doomed.push(child);
            } else {
                stack.push(child);
            }
        }
    }
    for n in doomed {
        n.remove_from_parent();
    }
}

/// True if the element's text is short enough to be furniture, or mostly
/// link text without any long run of plain text (a paragraph).
fn small_or_links(node: &NodeRef) -> bool {
    let (mut n, mut links, mut longest_plain) = (0, 0, 0);
    let mut stack = vec![(*node, false)];
    while let Some((x, in_link)) = stack.pop() {
        if x.is_text() {
            let c = x.text().chars().filter(|c| !c.is_whitespace()).count();
            n += c;
            if in_link {
                links += c;
            } else {
                longest_plain = longest_plain.max(c);
            }
        } else {
            let link = in_link || x.has_name("a");
            stack.extend(x.children_it(false).map(|c| (c, link)));
        }
    }
    n <= MAX_FURNITURE_CHARS || (links * 2 > n && longest_plain < 150)
}

/// Elements that start and end a line of text.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "aside"
            | "blockquote"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "pre"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "figure"
            | "figcaption"
            | "address"
            | "details"
            | "summary"
            | "hr"
            | "center"
            | "caption"
    )
}

/// Elements whose content is never text.
fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "svg"
            | "template"
            | "button"
            | "select"
            | "textarea"
            | "iframe"
            | "object"
            | "embed"
            | "figcaption"
            | "input"
    )
}

/// One line being built.
#[derive(Default)]
struct Line {
    text: String,
    link_chars: usize,
    chars: usize,
    heading: bool,
    item: bool,
}

struct Writer {
    lines: Vec<Line>,
    cur: Line,
    in_link: usize,
    /// Whitespace seen since the last word.
    space: bool,
}

impl Writer {
    fn push_text(&mut self, t: &str) {
        if t.starts_with(char::is_whitespace) {
            self.space = true;
        }
        for (i, word) in t.split_whitespace().enumerate() {
            if !self.cur.text.is_empty() && (i > 0 || self.space) {
                self.cur.text.push(' ');
            }
            self.cur.text.push_str(word);
            let n = word.chars().count();
            self.cur.chars += n;
            if self.in_link > 0 {
                self.cur.link_chars += n;
            }
            self.space = false;
        }
        // Text ending in whitespace is separated from what follows; text
        // ending in a word glues to the next text (`<b>Wash</b>ington`).
        if t.ends_with(char::is_whitespace) {
            self.space = true;
        }
    }

    fn flush(&mut self) {
        self.space = false;
        let mut line = std::mem::take(&mut self.cur);
        let trimmed = line.text.trim();
        if trimmed.is_empty() {
            return;
        }
        line.text = trimmed.to_string();
        self.lines.push(line);
    }
}

/// Text of the readability content (module docs, step 3).
fn serialize(root: NodeRef) -> String {
    let mut w = Writer {
        lines: Vec::new(),
        cur: Line::default(),
        in_link: 0,
        space: false,
    };
    // Iterative walk: (node, entering); leaving an element is an explicit event.
    enum Ev<'a> {
        Enter(NodeRef<'a>),
        Leave(String),
    }
    let mut stack = vec![Ev::Enter(root)];
    while let Some(ev) = stack.pop() {
        match ev {
            Ev::Enter(node) => {
                if node.is_text() {
                    w.push_text(&node.text());
                    continue;
                }
                let name = node.node_name().map(|n| n.to_string()).unwrap_or_default();
                if is_skipped(&name) {
                    continue;
                }
                if name == "br" {
                    w.flush();
                    continue;
                }
                if is_block(&name) {
                    w.flush();
                }
                match name.as_str() {
                    "a" => w.in_link += 1,
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => w.cur.heading = true,
                    "li" => w.cur.item = true,
                    _ => {}
                }
                stack.push(Ev::Leave(name));
                let kids: Vec<NodeRef> = node.children_it(true).collect();
                stack.extend(kids.into_iter().map(Ev::Enter));
            }
            Ev::Leave(name) => {
                if name == "a" {
                    w.in_link = w.in_link.saturating_sub(1);
                }
                if is_block(&name) {
                    w.flush();
                }
            }
        }
    }
    w.flush();
    finish(w.lines)
}

/// Filters lines and joins them: paragraphs by a blank line, list items
/// and headings on lines of their own.
fn finish(lines: Vec<Line>) -> String {
    let total: usize = lines.iter().map(|l| l.chars).sum();
    let mut seen = 0;
    let mut out = String::new();
    let mut prev_item = false;
    for line in lines {
        seen += line.chars;
        // A short line that is nearly all link text is a link list entry.
        let link_dense =
            line.link_chars * 5 > line.chars * 4 && line.text.split_whitespace().count() < 25;
        if link_dense {
            continue;
        }
        if is_dateline(&line.text) || is_bare_address(&line.text) {
            continue;
        }
        match FURNITURE.classify(&line.text) {
            Verdict::Body => {}
            Verdict::Furniture => continue,
            Verdict::Tail => {
                if seen * 3 >= total * 2 {
                    break;
                }
                continue;
            }
        }
        if !out.is_empty() {
            out.push_str(if line.item && prev_item { "\n" } else { "\n\n" });
        }
        out.push_str(&line.text);
        prev_item = line.item;
        let _ = line.heading;
    }
    out
}

/// Words of a date or time line besides numbers (English and German).
const DATE_WORDS: &[&str] = &[
    "jan",
    "january",
    "januar",
    "jän",
    "feb",
    "february",
    "februar",
    "mar",
    "march",
    "märz",
    "apr",
    "april",
    "may",
    "mai",
    "jun",
    "june",
    "juni",
    "jul",
    "july",
    "juli",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "okt",
    "oktober",
    "nov",
    "november",
    "dec",
    "december",
    "dez",
    "dezember",
    "mon",
    "monday",
    "montag",
    "tue",
    "tues",
    "tuesday",
    "dienstag",
    "wed",
    "wednesday",
    "mittwoch",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "donnerstag",
    "fri",
    "friday",
    "freitag",
    "sat",
    "saturday",
    "samstag",
    "sonnabend",
    "sun",
    "sunday",
    "sonntag",
    "am",
    "pm",
    "utc",
    "gmt",
    "est",
    "edt",
    "cst",
    "cdt",
    "pst",
    "pdt",
    "bst",
    "cet",
    "cest",
    "mez",
    "mesz",
    "uhr",
    "st",
    "nd",
    "rd",
    "th",
    "um",
    "at",
    "on",
];

/// True for a line that is only a date or time stamp ("Nov. 20, 2019,
/// 9:28 AM UTC", "Updated: 11:05, Tue, Nov 19, 2019", "19.11.2019, 14:05 Uhr"):
/// at most one word besides numbers and date words, and a year or a time.
fn is_dateline(line: &str) -> bool {
    if line.len() > 80 || line.ends_with(['.', '!', '?']) && !line.ends_with(" a.m.") {
        return false;
    }
    let mut other = 0;
    let mut year_or_time = line.contains(':') && line.bytes().any(|b| b.is_ascii_digit());
    for tok in line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
    {
        if tok.bytes().all(|b| b.is_ascii_digit()) {
            year_or_time |= tok.len() == 4 && (tok.starts_with("19") || tok.starts_with("20"));
            continue;
        }
        let lower = tok.to_lowercase();
        if !DATE_WORDS.contains(&lower.as_str()) {
            other += 1;
            if other > 1 {
                return false;
            }
        }
    }
    year_or_time
}

/// True for a line that is a lone e-mail address or handle.
fn is_bare_address(line: &str) -> bool {
    !line.contains(char::is_whitespace) && line.contains('@') && line.len() < 80
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        assert!(is_dateline("Nov. 20, 2019, 9:28 AM UTC"));
        assert!(is_dateline("| UPDATED: 11:05, Tue, Nov 19, 2019"));
        assert!(is_dateline("19.11.2019, 14:05 Uhr"));
        assert!(is_dateline("Veröffentlicht am 3. März 2024"));
        assert!(!is_dateline("2018 Jeongdong Theater Tradition Series"));
        assert!(!is_dateline("The talks began on March 3, 2024."));
        assert!(!is_dateline("Meal 3"));
    }

    #[test]
    fn bare_addresses() {
        assert!(is_bare_address("jane.roe@example.org"));
        assert!(!is_bare_address("Write to jane.roe@example.org"));
    }
}
