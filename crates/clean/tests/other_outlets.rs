//! Furniture of outlets the rules were not first written from: page shapes
//! that any site may use (download links with a file size, document numbers,
//! update notices, follow prompts naming the site, print notes, sign-off
//! rules before an agency tag, source hosts of any country). Our own lines,
//! copied from no page.

mod common;
use common::*;

#[test]
fn download_links_document_numbers_and_notices() {
    furniture(
        P1,
        P2,
        &[
            "Beitrag herunterladen (4 MB | MP3)",
            "Studie als PDF (PDF, 1,2 MB)",
            "Hinweis: Dieser Beitrag wurde am Abend ergänzt.",
            "Der Artikel wurde nach der Pressekonferenz aktualisiert.",
            "(Print-Ausgabe, 3.4.2025)",
            "PR/20417",
            "AB/CD/2024/17",
        ],
    );
    furniture(
        E1,
        E2,
        &[
            "Download the briefing (PDF, 850 KB)",
            "Editor's note: This story has been updated with a statement from the ministry.",
            "This article was amended on Friday.",
            "Follow The Example Post on Instagram and X for more!",
            "Loading more posts",
            "For the press only. Not an official record.",
        ],
    );
    // Sentences about files, updates or following stay body.
    body_between(
        E1,
        E2,
        &[
            "The ministry said the report (12 MB) was leaked to reporters on Monday.",
            "The system was updated last year, the ministry said.",
            "Followers of the group on Telegram shared the video widely.",
        ],
    );
    body_between(
        P1,
        P2,
        &[
            "Der Vertrag wurde im Herbst ergänzt, sagte ein Sprecher.",
            "Die Printausgabe der Zeitung erschien am Montag nicht.",
        ],
    );
}

#[test]
fn agency_tag_after_a_rule_line() {
    let c = run(&format!("{E1}\n{E2}\n==AFP\n"));
    assert!(is_bp(&c, "==AFP"));
    assert_eq!(c.clean.credits, ["AFP"]);
}

#[test]
fn read_more_hosts_of_any_country() {
    let c = run(&format!("{E1}\n{E2}\nRead more: riga-courier.lv\n"));
    assert!(is_bp(&c, "Read more: riga-courier.lv"));
    assert_eq!(c.clean.original_source.as_deref(), Some("org:riga-courier"));
    assert!(c.clean.credits.is_empty());
}

/// Cleans `text` as a page of `outlet` with the metadata title `title`.
fn run_page(text: &str, outlet: &str, title: Option<&str>) -> milcoop_clean::Cleaned {
    let mut a = article(text);
    a.outlet = Some(outlet.to_string());
    a.title = title.map(str::to_string);
    let c = milcoop_clean::clean(&a);
    check_offsets(&a, &c);
    c
}

#[test]
fn the_sites_own_name_and_its_dateline() {
    let title = "Norwegen liefert weitere Flugabwehr an Kiew";
    let text = format!(
        "Radio Fjordwelle\n{title}\nFJORDWELLE – 3. Mai 2025 – 14:05 | Politik\n{P1}\n{P2}\n"
    );
    let c = run_page(&text, "fjordwelle.example", None);
    assert!(is_bp(&c, "Radio Fjordwelle"));
    assert!(is_bp(&c, "FJORDWELLE – 3. Mai 2025 – 14:05 | Politik"));
    assert_eq!(c.clean.title.as_deref(), Some(title));
    // A host as the masthead, and the name of a site under a country domain.
    let text = format!("harbour-ledger.co.uk\nHarbour Ledger\n{E1}\n{E2}\n");
    let c = run_page(&text, "www.harbour-ledger.co.uk", None);
    assert!(is_bp(&c, "harbour-ledger.co.uk") && is_bp(&c, "Harbour Ledger"));
    // A sentence naming the site, and a long line, stay body.
    let keep = "Harbour Ledger reported in 2024 that the deliveries had begun.";
    let c = run_page(
        &format!("{E1}\n{keep}\n{E2}\n"),
        "harbour-ledger.co.uk",
        None,
    );
    assert!(!is_bp(&c, keep));
    // A short site name tells nothing.
    let c = run_page(&format!("{E1}\nThe Hub\n{E2}\n"), "hub.example", None);
    assert!(!is_bp(&c, "The Hub"));
}

#[test]
fn kickers_above_the_metadata_title() {
    let title = "Ukrainische Besatzungen üben in der Heide";
    let text = format!("Studio Nordheide\nRegion\n{title}\n{P1}\n{P2}\n");
    let c = run_page(&text, "example.org", Some(title));
    assert_eq!(c.clean.title.as_deref(), Some(title));
    assert!(is_bp(&c, "Studio Nordheide") && is_bp(&c, "Region"));
    // A standfirst above the headline stays.
    let lead = "Die Ausbildung soll bis zum Sommer dauern.";
    let c = run_page(
        &format!("{lead}\n{title}\n{P1}\n"),
        "example.org",
        Some(title),
    );
    assert!(!is_bp(&c, lead));
}

#[test]
fn credit_lines_of_other_shapes() {
    let cases: &[(&str, &str, &[&str])] = &[
        // (text, the boilerplate line, credits)
        (
            "Von unserem Korrespondenten Tomas Lind",
            "Von unserem Korrespondenten Tomas Lind",
            &["Tomas Lind"],
        ),
        (
            "Ulla Sand berichtete aus Riga.",
            "Ulla Sand berichtete aus Riga.",
            &["Ulla Sand"],
        ),
        ("(mit Agenturen)", "(mit Agenturen)", &[]),
        (
            "Piet Vos reported from Vilnius.",
            "Piet Vos reported from Vilnius.",
            &["Piet Vos"],
        ),
        (
            "— With assistance from Ines Koll and Bo Strand.",
            "— With assistance from Ines Koll and Bo Strand.",
            &["Ines Koll", "Bo Strand"],
        ),
    ];
    for (line, bp, credits) in cases {
        let c = run(&format!("{P1}\n{P2}\n{line}\n"));
        assert!(is_bp(&c, bp), "{line:?}: {:?}", c.clean.boilerplate);
        assert_eq!(c.clean.credits, *credits, "{line:?}");
    }
    // A sentence of news with the same verbs stays body.
    body_between(
        E1,
        E2,
        &["The broadcaster reported from the front line that the attacks had resumed on Sunday."],
    );
}

#[test]
fn author_boxes_with_places_and_several_names() {
    let title = "Schweden stockt die Hilfe für Kiew auf";
    let lead = "Die Regierung will weitere Artilleriegeschosse und Ersatzteile liefern.";
    for (names_line, credits) in [
        ("Lena Falk, Stockholm", vec!["Lena Falk"]),
        (
            "Lena Falk und Jon Berg, Malmö",
            vec!["Lena Falk", "Jon Berg"],
        ),
        ("Lena Falk and Jon Berg", vec!["Lena Falk", "Jon Berg"]),
    ] {
        // the author box under a standfirst, above the date line
        let text = format!("{title}\n{lead}\n{names_line}\n14.10.2024, 05.30 Uhr\n{P1}\n{P2}\n");
        let c = run(&text);
        assert!(
            is_bp(&c, names_line),
            "{names_line}: {:?}",
            c.clean.boilerplate
        );
        assert_eq!(c.clean.credits, credits);
        assert!(!is_bp(&c, lead));
    }
    // A heading above a date line after two paragraphs is no author box.
    let text = format!("{title}\n{P1}\n{P2}\nNeue Lieferungen\n14.10.2024, 05.30 Uhr\n{P1}\n");
    let c = run(&text);
    assert!(!is_bp(&c, "Neue Lieferungen"));
    assert!(c.clean.credits.is_empty());
}

#[test]
fn lead_picture_captions_in_the_header() {
    let title = "Finnland kauft weitere Haubitzen";
    let lead = "Die Armee will ihre Artillerie bis 2027 deutlich verstärken.";
    let caption = "Eine Haubitze bei einer Übung im Norden des Landes.";
    // under a standfirst and a byline, above a photographer's credit
    let text =
        format!("{title}\n{lead}\nVon Lena Falk\n{caption}\nMikko Salo / Imago\n{P1}\n{P2}\n");
    let c = run(&text);
    assert!(is_bp(&c, caption) && !is_bp(&c, lead));
    assert_eq!(c.clean.credits, ["Lena Falk"]);
    // above an agency credit: the agencies took the picture, no credits
    let text = format!("{title}\nVon Lena Falk\nTeilen\n{caption}\nAPA/AFP\n{P1}\n{P2}\n");
    let c = run(&text);
    assert!(is_bp(&c, caption) && is_bp(&c, "APA/AFP"));
    assert_eq!(c.clean.credits, ["Lena Falk"]);
    // an agency tag closing the article stays a credit
    let c = run(&format!("{title}\n{P1}\n{P2}\nAPA/AFP\n"));
    assert_eq!(c.clean.credits, ["APA", "AFP"]);
}

#[test]
fn long_captions_closed_by_a_credit_and_closing_tags() {
    let cap = "Photo: Soldiers load a rocket launcher during a night exercise near the border of the two countries. Source: Example Defence Forces";
    let c = run(&format!("{E1}\n{cap}\n{E2}\n"));
    assert!(is_bp(&c, cap));
    // a long line after the label without a closing credit stays
    let long = "Photo: the ministry said the launchers would arrive in spring and that crews would be trained abroad beforehand.";
    let c = run(&format!("{E1}\n{long}\n{E2}\n"));
    assert!(!is_bp(&c, long));
    // tags and a link label under a closing label after the last paragraph
    let c = run(&format!(
        "{P1}\n{P2}\nSchlagwörter\nNato\nLink:\nLuftabwehr\n"
    ));
    for l in ["Nato", "Link:", "Luftabwehr"] {
        assert!(is_bp(&c, l), "{l}");
    }
    // without a label they stay
    let c = run(&format!("{P1}\n{P2}\nNato\n"));
    assert!(!is_bp(&c, "Nato"));
}
