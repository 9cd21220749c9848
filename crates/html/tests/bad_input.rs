//! `extract` never panics and degrades gracefully on bad input.

use milcoop_html::extract;

#[test]
fn empty_string() {
    let d = extract("", None);
    assert_eq!(d.text, "");
    assert_eq!(d.title, None);
}

#[test]
fn page_without_body() {
    let d = extract(
        "<html><head><title>Only a head - Example</title></head></html>",
        Some("https://example.org/x"),
    );
    assert_eq!(d.text, "");
    assert_eq!(d.title.as_deref(), Some("Only a head"));
    assert_eq!(d.site_name.as_deref(), Some("example.org"));
}

#[test]
fn binary_garbage() {
    let mut bytes = Vec::new();
    let mut x: u32 = 12345;
    for _ in 0..200_000 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        bytes.push((x >> 16) as u8);
    }
    let s = String::from_utf8_lossy(&bytes);
    let d = extract(&s, None);
    assert!(d.text.len() < s.len());
}

#[test]
fn unclosed_tags_and_stray_markup() {
    let html = "<html><body><div><p>The first paragraph about shells delivered by rail to the front \
        in the east of the country, as officials confirmed on Monday, is long enough to count.\
        <p>A second paragraph follows without closing tags, and it too describes the deliveries \
        of artillery ammunition in some detail for the reader.<div><span><b>unclosed <i>markup \
        <script>var x = '<p>not text</p>';";
    let d = extract(html, None);
    assert!(d.text.contains("first paragraph"), "{:?}", d.text);
    assert!(d.text.contains("second paragraph"), "{:?}", d.text);
    assert!(!d.text.contains("not text"));
}

#[test]
fn deeply_nested_elements() {
    let html = format!(
        "<html><body>{}<p>deep</p></body></html>",
        "<div>".repeat(50_000)
    );
    let _ = extract(&html, None);
    let html = format!("<html><body>{}</body></html>", "<b>x".repeat(20_000));
    let _ = extract(&html, None);
}

#[test]
fn huge_page() {
    let para = "<p>Officials said the convoy carried howitzers and spare parts across the border \
        during the night, and that further deliveries were planned for the spring.</p>\n";
    let html = format!(
        "<html><body><article>{}</article></body></html>",
        para.repeat(40_000)
    );
    let d = extract(&html, None);
    assert!(d.text.contains("convoy carried howitzers"));
}
