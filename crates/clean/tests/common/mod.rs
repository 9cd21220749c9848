//! Helpers shared by the clean integration tests: the offsets contract checked on
//! every result, and body paragraphs to put test lines between.
#![allow(dead_code)] // each test crate uses a part

use milcoop_clean::{Cleaned, clean};
use milcoop_core::Article;

pub fn article(text: &str) -> Article {
    Article {
        id: "t".into(),
        text: text.into(),
        ..Article::default()
    }
}

/// The offsets contract, checked on every result: body spans slice the text
/// to a whole (trimmed) line, in order, without overlap; the title span is a
/// body span; body and boilerplate together are every non-empty line.
pub fn check_offsets(a: &Article, c: &Cleaned) {
    let text = &a.text;
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    let mut last_end = 0;
    for sp in &c.body {
        let s = sp
            .slice(text)
            .expect("body span on char boundaries inside the text");
        assert!(sp.start >= last_end, "body spans in order");
        last_end = sp.end;
        assert!(!s.is_empty() && s == s.trim(), "trimmed line {s:?}");
        assert!(lines.contains(&s), "body span is a whole line: {s:?}");
    }
    if let Some(t) = c.title_span {
        assert!(c.body.contains(&t), "title span is a body span");
        assert_eq!(t.slice(text).map(str::trim), c.clean.title.as_deref());
    }
    for b in &c.clean.boilerplate {
        assert!(
            text.split('\n').any(|l| l.trim_end_matches('\r') == b),
            "boilerplate is a line: {b:?}"
        );
    }
    assert_eq!(
        c.body.len() + c.clean.boilerplate.len(),
        lines.len(),
        "every line is body or boilerplate"
    );
    let joined: Vec<&str> = c.body.iter().filter_map(|s| s.slice(text)).collect();
    let body_lines: Vec<&str> = c
        .clean
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(body_lines, joined);
}

pub fn run(text: &str) -> Cleaned {
    let a = article(text);
    let c = clean(&a);
    check_offsets(&a, &c);
    c
}

pub fn is_bp(c: &Cleaned, line: &str) -> bool {
    c.clean.boilerplate.iter().any(|b| b.trim() == line)
}

/// Each line stays body between the body paragraphs `a` and `b`.
pub fn body_between(a: &str, b: &str, lines: &[&str]) {
    for l in lines {
        let c = run(&format!("{a}\n{l}\n{b}\n"));
        assert!(!is_bp(&c, l), "should be body: {l:?}");
    }
}

pub const P1: &str = "Die Regierung in Berlin hat am Montag ein weiteres Paket mit Luftabwehrsystemen für die Ukraine angekündigt.";
pub const P2: &str = "Nach Angaben des Ministeriums sollen die ersten Systeme noch vor dem Winter eintreffen und ältere Geräte ersetzen.";
pub const E1: &str = "The defence ministry announced on Monday that a further package of air defence systems would be sent to Ukraine.";
pub const E2: &str = "According to officials, the first systems are expected to arrive before winter and will replace older equipment.";

/// Each line is boilerplate between two paragraphs.
pub fn furniture(a: &str, b: &str, lines: &[&str]) {
    for l in lines {
        let c = run(&format!("{a}\n{l}\n{b}\n"));
        assert!(
            is_bp(&c, l),
            "should be boilerplate: {l:?} -> {:?}",
            c.clean.boilerplate
        );
        assert!(!is_bp(&c, a) && !is_bp(&c, b), "{l:?}");
    }
}
