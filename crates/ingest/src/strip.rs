//! A small tag stripper for HTML snippets (feed descriptions and titles).
//!
//! Main-content extraction (`milcoop_html::extract`) is for whole pages: it
//! looks for the article among navigation and asides, and a two-sentence
//! snippet may look like neither. A snippet is all content, so here tags are
//! simply dropped, block tags turn into paragraph breaks, and entities are
//! decoded.

/// Tags after which a new paragraph starts.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "table",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "pre",
    "hr",
    "dl",
    "dt",
    "dd",
    "aside",
    "main",
];

/// Plain text from an HTML fragment: paragraphs separated by `\n\n`, `<br>`
/// as `\n`, runs of white space collapsed, entities decoded, `<script>` and
/// `<style>` dropped.
pub fn strip_tags(html: &str) -> String {
    let mut raw = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_text(&mut raw, &rest[..lt]);
        let after = &rest[lt + 1..];
        if let Some(body) = after.strip_prefix("!--") {
            rest = body.find("-->").map_or("", |i| &body[i + 3..]);
            continue;
        }
        if let Some(body) = after.strip_prefix("![CDATA[") {
            let end = body.find("]]>").unwrap_or(body.len());
            push_text(&mut raw, &body[..end]);
            rest = body.get(end + 3..).unwrap_or("");
            continue;
        }
        let starts_tag = after
            .starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!' || c == '?');
        if !starts_tag {
            raw.push('<');
            rest = after;
            continue;
        }
        let Some(gt) = after.find('>') else {
            rest = "";
            break;
        };
        let tag = &after[..gt];
        rest = &after[gt + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if (name == "script" || name == "style") && !tag.starts_with('/') && !tag.ends_with('/') {
            let close = format!("</{name}");
            let lower = rest.to_ascii_lowercase();
            rest = match lower.find(&close) {
                Some(i) => rest[i..].find('>').map_or("", |j| &rest[i + j + 1..]),
                None => "",
            };
            continue;
        }
        if name == "br" {
            raw.push('\n');
        } else if BLOCK.contains(&name.as_str()) {
            raw.push_str("\n\n");
        } else {
            // Inline tags separate nothing, but `a<b>b</b>` must not glue
            // words that the markup kept apart by a line break.
        }
    }
    push_text(&mut raw, rest);
    tidy(&raw)
}

fn push_text(out: &mut String, text: &str) {
    if text.contains('&') {
        out.push_str(&html_escape::decode_html_entities(text));
    } else {
        out.push_str(text);
    }
}

/// Collapses white space inside lines, trims lines, and keeps at most one
/// empty line between paragraphs.
fn tidy(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut blank_run = 0usize;
    for line in raw.split('\n') {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(&words.join(" "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_and_keeps_paragraphs() {
        let html = "<p>Iran  liefert <b>Drohnen</b>&nbsp;an Russland.</p><p>Zweiter&amp;Absatz<br>neue Zeile</p>\
                    <script>var x = '<p>';</script><!-- c --><style>p{}</style>";
        assert_eq!(
            strip_tags(html),
            "Iran liefert Drohnen an Russland.\n\nZweiter&Absatz\nneue Zeile"
        );
    }

    #[test]
    fn plain_text_and_odd_markup_survive() {
        assert_eq!(strip_tags("a < b and c > d"), "a < b and c > d");
        assert_eq!(strip_tags("x &lt;p&gt; y"), "x <p> y");
        assert_eq!(
            strip_tags("<![CDATA[raw <text>]]> after"),
            "raw <text> after"
        );
        assert_eq!(strip_tags("unclosed <a href="), "unclosed");
        assert_eq!(strip_tags(""), "");
    }
}
