//! Property tests: any text is cleaned without panic, and every span lies on
//! char boundaries inside the text and slices it to a whole line.

use milcoop_clean::clean;
use milcoop_core::Article;
use proptest::prelude::*;

/// Lines built from pieces that trigger the rules (furniture, tags, names,
/// punctuation, multi-byte characters) and random text.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,80}",
        Just("Twitter".to_string()),
        Just("(Foto: picture alliance / X)".to_string()),
        Just("By Ä Ö and Ü ß March 3, 2025 2 min read".to_string()),
        Just("Quelle: ntv.de, ab/dpa".to_string()),
        Just("Berlin (dpa) - Ein Satz.".to_string()),
        Just("Ein Satz./ab/CD".to_string()),
        Just("dpa/mh".to_string()),
        Just("Source: Reuters, citing".to_string()),
        Just("Überschrift ohne Punkt".to_string()),
        Just("ein kleiner satz ohne punkt".to_string()),
        Just("\u{a0}\u{202f}\t ".to_string()),
        "[a-zäöüß .,:()/-]{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_valid(lines in prop::collection::vec(line(), 0..14), crlf in any::<bool>()) {
        let text = lines.join(if crlf { "\r\n" } else { "\n" });
        let a = Article { id: "p".into(), text: text.clone(), ..Article::default() };
        let c = clean(&a);
        for sp in c.body.iter().chain(c.title_span.iter()) {
            prop_assert!(sp.start <= sp.end && sp.end <= text.len());
            let s = sp.slice(&text);
            prop_assert!(s.is_some(), "span off char boundaries");
            let s = s.unwrap();
            prop_assert!(!s.contains('\n'));
            prop_assert!(text.split('\n').any(|l| l.trim() == s));
        }
        for b in &c.clean.boilerplate {
            prop_assert!(text.split('\n').any(|l| l.trim_end_matches('\r') == b));
        }
        prop_assert!(["und", "de", "en"].contains(&c.language.code.as_str()) || c.language.code.len() == 2);
    }
}
