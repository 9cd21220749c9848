//! Property tests: arbitrary input never panics `extract`.

use milcoop_html::extract;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_strings_never_panic(s in any::<String>()) {
        let d = extract(&s, None);
        prop_assert!(d.text.len() <= s.len() * 4 + 16);
    }

    #[test]
    fn random_markup_never_panics(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("<p>".to_string()), Just("</p>".to_string()), Just("<div class=\"share\">".to_string()),
                Just("</div>".to_string()), Just("<script>".to_string()), Just("<!--".to_string()),
                Just("-->".to_string()), Just("<nav>".to_string()), Just("<br>".to_string()),
                Just("<a href=\"/x\">".to_string()), Just("</a>".to_string()), Just("<h2>".to_string()),
                Just("<meta property=\"og:title\" content=\"T\">".to_string()),
                Just("<time datetime=\"2024-02-30\">".to_string()),
                "[a-zA-Zäöü .,<>/\"=]{0,40}",
            ],
            0..60,
        ),
        url in proptest::option::of("(https?://)?[a-z./]{0,20}"),
    ) {
        let html = parts.concat();
        let _ = extract(&html, url.as_deref());
    }
}
