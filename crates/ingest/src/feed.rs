//! RSS 2.0, RSS 1.0 and Atom feeds: one article per `<item>` or `<entry>`.
//!
//! A feed is read in two steps. A byte scanner that knows only the shapes of
//! XML tokens (tags with quoted attributes, comments, CDATA, declarations)
//! cuts each `<item>...</item>` / `<entry>...</entry>` out of the stream;
//! quick-xml then parses that one entry. So a broken entry (a tag left open,
//! a stray `&`) is one error with its entry number, the entries after it are
//! still read, and a feed of any size is read one entry at a time. The part
//! before the first entry (at most [`HEADER_LIMIT`] bytes) gives the
//! channel's title (the outlet) and language.

use crate::meta::{assign_id, host, normalize_date, normalize_language};
use crate::strip::strip_tags;
use crate::{IngestError, Input, Origin, Record};
use milcoop_core::Article;
use quick_xml::events::{BytesStart, Event};
use std::io;

/// How much of the feed before the first entry is kept for its metadata.
const HEADER_LIMIT: usize = 1 << 20;

/// What the scanner is inside of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Text,
    /// A `<` was seen; the next bytes tell what it opens.
    Tag,
    Comment,
    CData,
    /// `<!DOCTYPE ...>` and the like, with `[...]` subsets.
    Decl,
    /// `<?...?>`.
    Pi,
}

/// Channel metadata from the feed's header.
#[derive(Debug, Default, Clone)]
struct Channel {
    title: Option<String>,
    language: Option<String>,
    link: Option<String>,
}

/// The articles of a feed, entry by entry.
pub(crate) struct Feed {
    input: Input,
    origin: Origin,
    cap: usize,
    line: u64,
    entries: u64,
    channel: Channel,
    /// Header bytes (before the first entry), or the current entry's bytes.
    buf: Vec<u8>,
    in_header: bool,
    in_item: bool,
    item_name: Vec<u8>,
    item_line: u64,
    overflow: bool,
    // Token state.
    tok: Tok,
    tag_line: u64,
    tag_pos: usize,
    head: Vec<u8>,
    closing: bool,
    name: Vec<u8>,
    name_done: bool,
    quote: Option<u8>,
    bracket: u32,
    last: [u8; 2],
    done: bool,
}

impl Feed {
    pub(crate) fn new(input: Input, origin: Origin, cap: usize) -> Self {
        Feed {
            input,
            origin,
            cap,
            line: 1,
            entries: 0,
            channel: Channel::default(),
            buf: Vec::new(),
            in_header: true,
            in_item: false,
            item_name: Vec::new(),
            item_line: 0,
            overflow: false,
            tok: Tok::Text,
            tag_line: 1,
            tag_pos: 0,
            head: Vec::new(),
            closing: false,
            name: Vec::new(),
            name_done: false,
            quote: None,
            bracket: 0,
            last: [0; 2],
            done: false,
        }
    }

    fn entry_origin(&self) -> Origin {
        self.origin.at_line(self.item_line).at_entry(self.entries)
    }

    /// Feeds one byte to the scanner; returns true when an entry is complete.
    fn step(&mut self, b: u8) -> bool {
        if b == b'\n' {
            self.line += 1;
        }
        if self.in_item && !self.overflow {
            if self.buf.len() >= self.cap {
                self.overflow = true;
                self.buf = Vec::new();
            } else {
                self.buf.push(b);
            }
        } else if self.in_header {
            if self.buf.len() >= HEADER_LIMIT {
                self.in_header = false;
                self.parse_header();
            } else {
                self.buf.push(b);
            }
        }
        let ended = match self.tok {
            Tok::Text => {
                if b == b'<' {
                    self.tok = Tok::Tag;
                    self.tag_line = self.line;
                    self.tag_pos = self.buf.len().saturating_sub(1);
                    self.head.clear();
                    self.name.clear();
                    self.closing = false;
                    self.name_done = false;
                    self.quote = None;
                    self.bracket = 0;
                }
                false
            }
            Tok::Tag => self.tag_byte(b),
            Tok::Comment => b == b'>' && self.last == *b"--",
            Tok::CData => b == b'>' && self.last == *b"]]",
            Tok::Pi => b == b'>' && self.last[1] == b'?',
            Tok::Decl => {
                match (self.quote, b) {
                    (Some(q), _) if q == b => self.quote = None,
                    (Some(_), _) => {}
                    (None, b'"' | b'\'') => self.quote = Some(b),
                    (None, b'[') => self.bracket += 1,
                    (None, b']') => self.bracket = self.bracket.saturating_sub(1),
                    _ => {}
                }
                b == b'>' && self.quote.is_none() && self.bracket == 0
            }
        };
        self.last = [self.last[1], b];
        if ended {
            let was_tag = self.tok == Tok::Tag;
            self.tok = Tok::Text;
            if was_tag {
                return self.tag_done();
            }
        }
        false
    }

    /// A byte inside `<...`; returns true when the tag ends.
    fn tag_byte(&mut self, b: u8) -> bool {
        if self.head.len() < 9 {
            self.head.push(b);
            match self.head.as_slice() {
                [c] if !(c.is_ascii_alphabetic()
                    || matches!(c, b'/' | b'!' | b'?' | b'_' | b':')) =>
                {
                    // A bare `<` in text: not markup.
                    self.tok = Tok::Text;
                    return false;
                }
                [b'?'] => {
                    self.tok = Tok::Pi;
                    return false;
                }
                [b'/'] => {
                    self.closing = true;
                    return false;
                }
                b"!--" => {
                    self.tok = Tok::Comment;
                    self.last = [0; 2];
                    return false;
                }
                b"![CDATA[" => {
                    self.tok = Tok::CData;
                    self.last = [0; 2];
                    return false;
                }
                [b'!', rest @ ..]
                    if !rest.is_empty()
                        && !b"--".starts_with(rest)
                        && !b"[CDATA[".starts_with(rest) =>
                {
                    self.tok = Tok::Decl;
                    return self.step_decl_start(b);
                }
                _ => {}
            }
        }
        if let Some(q) = self.quote {
            if q == b {
                self.quote = None;
            }
            return false;
        }
        match b {
            b'"' | b'\'' => {
                self.name_done = true;
                self.quote = Some(b);
            }
            b'>' => return true,
            b'/' if self.closing && self.name.is_empty() => {}
            c if c.is_ascii_whitespace() || c == b'/' => self.name_done = true,
            c if !self.name_done && self.name.len() < 64 => self.name.push(c),
            _ => {}
        }
        false
    }

    fn step_decl_start(&mut self, b: u8) -> bool {
        if b == b'[' {
            self.bracket += 1;
        }
        b == b'>'
    }

    /// A start or end tag is complete; returns true when it closes an entry.
    fn tag_done(&mut self) -> bool {
        let local = match self.name.iter().rposition(|&c| c == b':') {
            Some(i) => self.name[i + 1..].to_ascii_lowercase(),
            None => self.name.to_ascii_lowercase(),
        };
        let self_closing = self.last[0] == b'/';
        if !self.in_item {
            if self.closing || (local != b"item" && local != b"entry") {
                return false;
            }
            if self.in_header {
                self.in_header = false;
                let item_start = self.buf.split_off(self.tag_pos.min(self.buf.len()));
                self.parse_header();
                self.buf = item_start;
            } else {
                // Only the `<` was not collected before the entry began.
                self.buf.clear();
                let tag = format!("<{}", String::from_utf8_lossy(&self.name));
                self.buf.extend_from_slice(tag.as_bytes());
                self.buf
                    .extend_from_slice(if self_closing { b"/>" } else { b">" });
            }
            self.in_item = true;
            self.overflow = false;
            self.entries += 1;
            self.item_line = self.tag_line;
            self.item_name = local;
            return self_closing;
        }
        self.closing && local == self.item_name
    }

    fn parse_header(&mut self) {
        self.channel = parse_channel(&self.buf);
        self.buf = Vec::new();
    }

    fn finish_item(&mut self) -> Record {
        self.in_item = false;
        let origin = self.entry_origin();
        let bytes = std::mem::take(&mut self.buf);
        if self.overflow {
            return Err(IngestError::TooLarge {
                origin,
                limit: self.cap,
            });
        }
        let text = String::from_utf8_lossy(&bytes);
        parse_entry(&text, &self.channel)
            .map(|a| (origin.clone(), a))
            .map_err(|m| IngestError::malformed(origin, m))
    }
}

impl Iterator for Feed {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        while !self.done {
            // The input is taken out for the loop so that `step` may borrow
            // the scanner mutably while the buffer is borrowed.
            let mut input = std::mem::replace(&mut self.input, Box::new(io::empty()));
            let scanned = match input.fill_buf() {
                Ok(avail) => {
                    let mut used = 0;
                    let mut complete = false;
                    for &b in avail {
                        used += 1;
                        if self.step(b) {
                            complete = true;
                            break;
                        }
                    }
                    input.consume(used);
                    Ok((used, complete))
                }
                Err(e) => Err(e),
            };
            self.input = input;
            match scanned {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(source) => {
                    self.done = true;
                    let origin = if self.in_item {
                        self.entry_origin()
                    } else {
                        self.origin.at_line(self.line)
                    };
                    return Some(Err(IngestError::Io { origin, source }));
                }
                Ok((0, _)) => {
                    self.done = true;
                    if self.in_item {
                        let origin = self.entry_origin();
                        return Some(Err(IngestError::malformed(
                            origin,
                            "the feed ends inside this entry",
                        )));
                    }
                    if self.entries == 0 {
                        return Some(Err(IngestError::malformed(
                            self.origin.clone(),
                            "no RSS <item> or Atom <entry> found in the feed",
                        )));
                    }
                    return None;
                }
                Ok((_, true)) => return Some(self.finish_item()),
                Ok((_, false)) => {}
            }
        }
        None
    }
}

/// Decodes a general entity reference (`amp`, `nbsp`, `#x41`).
fn entity(name: &str) -> String {
    let raw = format!("&{name};");
    let decoded = html_escape::decode_html_entities(&raw);
    decoded.into_owned()
}

fn attr(e: &BytesStart<'_>, key: &[u8]) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.as_ref() == key || a.key.local_name().as_ref() == key)
        .map(|a| {
            let v = String::from_utf8_lossy(&a.value).into_owned();
            html_escape::decode_html_entities(&v).into_owned()
        })
}

fn local_lower(name: &[u8]) -> String {
    let local = name.rsplit(|&c| c == b':').next().unwrap_or(name);
    String::from_utf8_lossy(local).to_ascii_lowercase()
}

/// Channel title, language and link from the feed's header, leniently: a
/// header cut off by the first entry is not well-formed XML.
fn parse_channel(header: &[u8]) -> Channel {
    let mut ch = Channel::default();
    let mut r = quick_xml::Reader::from_reader(header);
    r.config_mut().check_end_names = false;
    let mut stack: Vec<String> = Vec::new();
    let mut buf = Vec::new();
    let mut text = String::new();
    loop {
        match r.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => {
                let name = local_lower(e.name().as_ref());
                if matches!(name.as_str(), "rss" | "channel" | "feed" | "rdf")
                    && ch.language.is_none()
                {
                    ch.language = attr(&e, b"lang").as_deref().and_then(normalize_language);
                }
                stack.push(name);
                text.clear();
            }
            Ok(Event::Empty(e)) => {
                let name = local_lower(e.name().as_ref());
                let parent = stack.last().map(String::as_str);
                if name == "link" && parent == Some("feed") && ch.link.is_none() {
                    let rel = attr(&e, b"rel");
                    if rel.as_deref().is_none_or(|r| r == "alternate") {
                        ch.link = attr(&e, b"href");
                    }
                }
            }
            Ok(Event::Text(t)) => text.push_str(&String::from_utf8_lossy(&t)),
            Ok(Event::CData(t)) => text.push_str(&String::from_utf8_lossy(&t)),
            Ok(Event::GeneralRef(g)) => text.push_str(&entity(&String::from_utf8_lossy(&g))),
            Ok(Event::End(_)) => {
                let name = stack.pop().unwrap_or_default();
                let parent = stack.last().map(String::as_str);
                if matches!(parent, Some("channel" | "feed")) {
                    let value = strip_tags(&text);
                    if !value.is_empty() {
                        match name.as_str() {
                            "title" if ch.title.is_none() => ch.title = Some(value),
                            "language" if ch.language.is_none() => {
                                ch.language = normalize_language(&value)
                            }
                            "link" if ch.link.is_none() => ch.link = Some(value),
                            _ => {}
                        }
                    }
                }
                text.clear();
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
        buf.clear();
    }
    ch
}

/// The fields of one entry, as text.
#[derive(Debug, Default)]
struct Fields {
    title: Option<String>,
    link: Option<String>,
    guid: Option<String>,
    description: Option<String>,
    content: Option<String>,
    published: Option<String>,
    updated: Option<String>,
    language: Option<String>,
}

/// Tags inside Atom `type="xhtml"` content that start a new paragraph.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div" | "br" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "tr"
    )
}

/// Parses one `<item>` or `<entry>` into an article.
fn parse_entry(xml: &str, channel: &Channel) -> Result<Article, String> {
    let mut r = quick_xml::Reader::from_str(xml);
    r.config_mut().check_end_names = true;
    let mut f = Fields::default();
    let mut depth = 0usize;
    // The direct child being read: its name, `type` and collected text.
    let mut child: Option<(String, Option<String>, String)> = None;
    loop {
        let ev = r
            .read_event()
            .map_err(|e| format!("malformed XML in this entry: {e}"))?;
        match ev {
            Event::Start(e) => {
                depth += 1;
                let name = String::from_utf8_lossy(e.name().as_ref()).to_ascii_lowercase();
                if depth == 1 {
                    f.language = attr(&e, b"lang").as_deref().and_then(normalize_language);
                } else if depth == 2 {
                    child = Some((name, attr(&e, b"type"), String::new()));
                } else if let Some((_, _, text)) = child.as_mut()
                    && is_block(&local_lower(name.as_bytes()))
                {
                    text.push_str("\n\n");
                }
            }
            Event::Empty(e) => {
                let name = local_lower(e.name().as_ref());
                if depth == 1 && name == "link" && f.link.is_none() {
                    let rel = attr(&e, b"rel");
                    if rel.as_deref().is_none_or(|r| r == "alternate") {
                        f.link = attr(&e, b"href");
                    }
                } else if let Some((_, _, text)) = child.as_mut()
                    && is_block(&name)
                {
                    text.push('\n');
                }
            }
            Event::End(e) => {
                if depth == 2 {
                    if let Some((name, kind, text)) = child.take() {
                        store(&mut f, &name, kind.as_deref(), text);
                    }
                } else if let Some((_, _, text)) = child.as_mut()
                    && is_block(&local_lower(e.name().as_ref()))
                {
                    text.push_str("\n\n");
                }
                depth = depth.saturating_sub(1);
            }
            Event::Text(t) => {
                if let Some((_, _, text)) = child.as_mut() {
                    text.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::CData(t) => {
                if let Some((_, _, text)) = child.as_mut() {
                    text.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::GeneralRef(g) => {
                if let Some((_, _, text)) = child.as_mut() {
                    text.push_str(&entity(&String::from_utf8_lossy(&g)));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if depth != 0 {
        return Err("malformed XML in this entry: an element is not closed".into());
    }
    let text = [&f.content, &f.description]
        .into_iter()
        .flatten()
        .map(|s| strip_tags(s))
        .find(|s| !s.is_empty())
        .ok_or("the entry has no text (no description, content or summary)")?;
    let url = f
        .link
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .or_else(|| {
            f.guid
                .filter(|g| g.starts_with("http://") || g.starts_with("https://"))
        });
    let title = f.title.map(|t| strip_tags(&t)).filter(|t| !t.is_empty());
    let published = f
        .published
        .or(f.updated)
        .as_deref()
        .and_then(normalize_date);
    let language = f.language.or_else(|| channel.language.clone());
    let outlet = channel
        .title
        .clone()
        .or_else(|| url.as_deref().and_then(host))
        .or_else(|| channel.link.as_deref().and_then(host));
    let id = assign_id(None, None, url.as_deref(), &text);
    Ok(Article {
        id,
        url,
        outlet,
        title,
        published,
        language,
        text,
    })
}

/// Keeps a child element's text in the field it stands for.
fn store(f: &mut Fields, name: &str, kind: Option<&str>, text: String) {
    // Atom `text` and `xhtml` constructs are no longer markup here (XHTML
    // tags were parsed already): protect them from the tag stripper.
    let text = if matches!(kind, Some("text" | "xhtml")) {
        text.replace('&', "&amp;").replace('<', "&lt;")
    } else {
        text
    };
    let set = |slot: &mut Option<String>, v: String| {
        if slot.is_none() && !v.trim().is_empty() {
            *slot = Some(v);
        }
    };
    match name {
        "title" => set(&mut f.title, text),
        "link" => set(&mut f.link, text),
        "guid" | "id" => set(&mut f.guid, text.trim().to_string()),
        "description" | "summary" => set(&mut f.description, text),
        "content:encoded" | "content" => set(&mut f.content, text),
        "pubdate" | "published" | "dc:date" | "issued" => set(&mut f.published, text),
        "updated" | "modified" | "dcterms:modified" => set(&mut f.updated, text),
        "dc:language" => f.language = normalize_language(&text).or(f.language.take()),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(xml: &str) -> Vec<Result<(String, Article), String>> {
        let input: Input = Box::new(io::BufReader::with_capacity(
            5,
            io::Cursor::new(xml.as_bytes().to_vec()),
        ));
        Feed::new(input, Origin::file("f.xml"), 10_000)
            .map(|r| {
                r.map(|(o, a)| (o.to_string(), a))
                    .map_err(|e| e.to_string())
            })
            .collect()
    }

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss [ <!ENTITY x "y"> ]>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Beispiel &amp; Co</title>
  <link>https://news.example.org/</link>
  <language>de-de</language>
  <!-- <item> in a comment is no item -->
  <item>
    <title>Iran liefert Drohnen</title>
    <link>https://news.example.org/a/1</link>
    <pubDate>Tue, 05 Mar 2024 10:00:00 +0100</pubDate>
    <description>&lt;p&gt;Teheran hat &lt;b&gt;Drohnen&lt;/b&gt; geliefert.&lt;/p&gt;&lt;p&gt;Zweitens &amp;amp; so.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Kaputt</title>
    <description>offen <b>nie geschlossen</description>
  </item>
  <item>
    <title>Ohne Text</title>
    <link>https://news.example.org/a/3</link>
  </item>
  <item>
    <guid>https://news.example.org/a/4</guid>
    <content:encoded><![CDATA[<p>Pjöngjang liefert Granaten. </item> im Text</p>]]></content:encoded>
    <description>kurz</description>
  </item>
</channel>
</rss>"#;

    #[test]
    fn rss_items_and_broken_ones() {
        let got = run(RSS);
        assert_eq!(got.len(), 4, "{got:?}");
        let (o, a) = got[0].as_ref().unwrap();
        assert_eq!(o, "f.xml:9 (entry 1)");
        assert_eq!(a.text, "Teheran hat Drohnen geliefert.\n\nZweitens & so.");
        assert_eq!(a.title.as_deref(), Some("Iran liefert Drohnen"));
        assert_eq!(a.url.as_deref(), Some("https://news.example.org/a/1"));
        assert_eq!(
            a.id,
            milcoop_core::ids::id_from_url("https://news.example.org/a/1")
        );
        assert_eq!(a.published.as_deref(), Some("2024-03-05"));
        assert_eq!(a.language.as_deref(), Some("de"));
        assert_eq!(a.outlet.as_deref(), Some("Beispiel & Co"));
        let e = got[1].as_ref().unwrap_err();
        assert!(e.starts_with("f.xml:15 (entry 2): malformed XML"), "{e}");
        let e = got[2].as_ref().unwrap_err();
        assert!(
            e.starts_with("f.xml:19 (entry 3): the entry has no text"),
            "{e}"
        );
        let (_, a) = got[3].as_ref().unwrap();
        // The CDATA section did not end the entry; as HTML, `</item>` is a tag.
        assert_eq!(a.text, "Pjöngjang liefert Granaten. im Text");
        assert_eq!(a.url.as_deref(), Some("https://news.example.org/a/4"));
    }

    #[test]
    fn atom_entries() {
        let xml = r#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title type="text">Example Wire</title>
<link rel="self" href="https://wire.example.com/feed"/>
<entry>
  <title type="html">Seoul &amp;amp; Kyiv</title>
  <link rel="alternate" href="https://wire.example.com/s/1"/>
  <updated>2024-06-01T08:00:00Z</updated>
  <summary>Short.</summary>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First para.</p><p>Second &lt;para&gt;.</p></div></content>
</entry>
<entry><title>No body</title><content type="text">   </content></entry>
</feed>"#;
        let got = run(xml);
        assert_eq!(got.len(), 2, "{got:?}");
        let (o, a) = got[0].as_ref().unwrap();
        assert_eq!(o, "f.xml:4 (entry 1)");
        assert_eq!(a.title.as_deref(), Some("Seoul & Kyiv"));
        assert_eq!(a.text, "First para.\n\nSecond <para>.");
        assert_eq!(a.published.as_deref(), Some("2024-06-01"));
        assert_eq!(a.language.as_deref(), Some("en"));
        assert_eq!(a.outlet.as_deref(), Some("Example Wire"));
        assert!(
            got[1]
                .as_ref()
                .unwrap_err()
                .contains("(entry 2): the entry has no text")
        );
    }

    #[test]
    fn truncated_and_empty_feeds() {
        let got = run(
            "<rss><channel><item><title>a</title><description>b</description></item><item><title>c",
        );
        assert!(got[0].is_ok());
        assert!(
            got[1]
                .as_ref()
                .unwrap_err()
                .contains("(entry 2): the feed ends inside this entry")
        );
        let got = run("<rss><channel><title>x</title></channel></rss>");
        assert_eq!(
            got,
            vec![Err(
                "f.xml: no RSS <item> or Atom <entry> found in the feed".into()
            )]
        );
        let got =
            run("<rss><channel><item/><item><description>ok</description></item></channel></rss>");
        assert!(
            got[0]
                .as_ref()
                .unwrap_err()
                .contains("(entry 1): the entry has no text")
        );
        assert!(got[1].is_ok());
    }
}
