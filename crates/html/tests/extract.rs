//! End-to-end behaviour of `extract` on small hand-written pages.

use milcoop_html::extract;

const PAGE: &str = r##"<!doctype html>
<html lang="en-GB"><head>
<title>Drone deliveries continue | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2024-05-02T09:30:00Z">
<meta name="author" content="Jane Roe">
<link rel="canonical" href="https://example.org/world/drones">
<script>window.ads = "<p>not text</p>";</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<article>
<h1>Drone deliveries continue</h1>
<p class="byline">By Jane Roe</p>
<p>Shipments of attack drones from one state to another continued through the spring,
officials in several capitals said on Thursday, describing rail convoys and cargo flights.</p>
<figure><img src="a.jpg"><figcaption>A convoy seen from the air. Photo: Example Agency</figcaption></figure>
<h2>Training on site</h2>
<p>According to the officials, instructors travelled with the shipments to train crews,
and the training took place at an airfield near the border over several weeks.</p>
<ul><li>First delivery in March, about forty units.</li><li>Second delivery in April, about sixty units.</li></ul>
<p>Advertisement</p>
<p>The ministry declined to comment on the reports when asked about them on Friday,
saying only that it would not discuss questions of military cooperation in public.</p>
<p>Sign up for our daily newsletter</p>
</article>
<aside class="related-stories"><h3>Related stories</h3><ul>
<li><a href="/a">Another story about something else entirely</a></li>
<li><a href="/b">Yet another story about something else</a></li></ul></aside>
<footer><p>Copyright 2024 Example Wire. All rights reserved.</p></footer>
</body></html>"##;

#[test]
fn main_text_keeps_body_and_drops_furniture() {
    let d = extract(PAGE, Some("https://example.org/world/drones?ref=x"));
    let t = &d.text;
    assert!(t.contains("Shipments of attack drones"), "{t}");
    assert!(t.contains("instructors travelled"), "{t}");
    assert!(t.contains("declined to comment"), "{t}");
    for furniture in [
        "Share on Facebook",
        "Advertisement",
        "newsletter",
        "Photo: Example Agency",
        "Another story",
        "All rights reserved",
        "not text",
        "color: red",
        "By Jane Roe",
    ] {
        assert!(!t.contains(furniture), "{furniture:?} in {t}");
    }
}

#[test]
fn text_layout_paragraphs_headings_items() {
    let d = extract(PAGE, None);
    let lines: Vec<&str> = d.text.split('\n').collect();
    // Heading on a line of its own, paragraphs separated by blank lines.
    assert!(lines.contains(&"Training on site"), "{:?}", d.text);
    assert!(
        d.text.contains("\n\nAccording to the officials"),
        "{:?}",
        d.text
    );
    // Consecutive list items on consecutive lines.
    assert!(
        d.text.contains(
            "First delivery in March, about forty units.\nSecond delivery in April, about sixty units."
        ),
        "{:?}",
        d.text
    );
    // Whitespace inside a paragraph is collapsed.
    assert!(
        d.text.contains("spring, officials in several capitals"),
        "{:?}",
        d.text
    );
}

#[test]
fn metadata_of_the_page() {
    let d = extract(PAGE, Some("https://example.org/world/drones?ref=x"));
    assert_eq!(d.title.as_deref(), Some("Drone deliveries continue"));
    assert_eq!(d.site_name.as_deref(), Some("Example Wire"));
    assert_eq!(
        d.canonical_url.as_deref(),
        Some("https://example.org/world/drones")
    );
    assert_eq!(d.published.as_deref(), Some("2024-05-02"));
    assert_eq!(d.language.as_deref(), Some("en"));
    assert_eq!(d.authors, vec!["Jane Roe".to_string()]);
}

#[test]
fn german_furniture_is_dropped() {
    let html = r#"<html lang="de"><body><article>
<p>Die Lieferungen von Artilleriegranaten an die Front gingen nach Angaben aus Regierungskreisen
auch im Sommer weiter, wie mehrere Beamte am Donnerstag bestätigten.</p>
<p>Anzeige</p>
<p>Mit dem Laden des Tweets akzeptieren Sie die Datenschutzerklärung von Twitter.</p>
<p>Nach diesen Angaben wurden die Granaten per Bahn transportiert und an mehreren Orten
entladen, bevor sie an die Einheiten verteilt wurden.</p>
<p>Lesen Sie auch: Ein ganz anderes Thema</p>
</article></body></html>"#;
    let d = extract(html, None);
    assert!(d.text.contains("Artilleriegranaten"), "{}", d.text);
    assert!(d.text.contains("per Bahn transportiert"), "{}", d.text);
    assert!(!d.text.contains("Anzeige"), "{}", d.text);
    assert!(!d.text.contains("Tweets"), "{}", d.text);
    assert!(!d.text.contains("Lesen Sie auch"), "{}", d.text);
    assert_eq!(d.language.as_deref(), Some("de"));
}
