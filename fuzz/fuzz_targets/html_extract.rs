//! `cargo fuzz run html_extract`: `milcoop_html::extract` on arbitrary bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let doc = milcoop_html::extract(&html, Some("https://example.org/a"));
    // The text is made of the input's characters, never more than it.
    assert!(doc.text.len() <= html.len() * 4 + 16);
});
