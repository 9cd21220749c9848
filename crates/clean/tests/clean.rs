//! Behaviour of `milcoop_clean::clean` on texts written for these tests:
//! one test per kind of furniture, the structure of a whole page, titles,
//! credits, sources, languages, and the offsets contract.

use milcoop_clean::clean;

mod common;
use common::*;

/// Each line is furniture when placed between two body paragraphs.
fn assert_furniture(lines: &[&str]) {
    for l in lines {
        let text = format!("{P1}\n{l}\n{P2}\n");
        let c = run(&text);
        assert!(
            is_bp(&c, l.trim()),
            "should be boilerplate: {l:?} -> {:?}",
            c.clean.boilerplate
        );
        assert!(!is_bp(&c, P1) && !is_bp(&c, P2));
    }
}

/// Each line is body when placed between two body paragraphs.
fn assert_body(lines: &[&str]) {
    for l in lines {
        let text = format!("{E1}\n{l}\n{E2}\n");
        let c = run(&text);
        assert!(!is_bp(&c, l.trim()), "should be body: {l:?}");
    }
}

#[test]
fn navigation_and_section_lines() {
    assert_furniture(&[
        "Zum Inhalt springen",
        "Skip to main content",
        "Ausland",
        "- News",
        "Zur Startseite",
        "Mehr zum Thema",
    ]);
}

#[test]
fn comment_share_and_newsletter_prompts() {
    assert_furniture(&[
        "Kommentare",
        "Schreiben Sie einen Kommentar zu diesem Artikel",
        "Leave a comment",
        "Artikel teilen",
        "Share this article",
        "Facebook Twitter WhatsApp E-Mail",
        "Jetzt den Newsletter abonnieren",
        "Sign up for our daily briefing",
        "Folgen Sie uns auf Instagram",
        "Lesen Sie auch: Was die neue Lieferung bedeutet",
        "Read also: Why the front line is moving",
        "Anzeige",
        "Advertisement",
    ]);
}

#[test]
fn embed_and_consent_notices() {
    assert_furniture(&[
        "Instagram",
        "Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube.",
        "Inhalt laden",
        "Externen Inhalt laden",
        "We use cookies to improve your experience on our site.",
        "By clicking accept you agree to our privacy policy.",
    ]);
}

#[test]
fn audio_time_tags_and_counters() {
    assert_furniture(&[
        "12:45",
        "03:10 min",
        "Diese Audioversion wurde mit einer Computerstimme erzeugt.",
        "4 min read",
        "Lesezeit: 3 Minuten",
        "abc-en-1234",
        "7 out of 10,000",
        "14.03.2025, 09:12 Uhr",
        "March 14, 2025 - World News",
        "Aktualisiert am 14.03.2025",
        "Editor's note: An earlier version of this story misstated a date.",
    ]);
}

#[test]
fn photo_captions_and_credits() {
    assert_furniture(&[
        "Soldaten bei einer Übung nahe der Grenze. Foto: Max Muster/dpa",
        "Ein Panzer auf einem Übungsplatz © Erika Muster / dpa",
        "A soldier stands next to a howitzer near the front line. (John Doe/AFP via Getty Images)",
        "(Foto: picture alliance / Beispielagentur)",
        "Illustrative purposes only: a warehouse with crates of ammunition.",
        "Image: Ministry of Defence",
        "Symbolbild: Ein Kampfjet beim Start",
    ]);
}

#[test]
fn captions_above_photo_credits() {
    let caption = "Ein Kampfjet bei einer Übung über der Ostsee.";
    let c = run(&format!(
        "{P1} {P2}\n{caption}\n(Foto: picture alliance / Beispiel)\n{P2}\n"
    ));
    assert!(is_bp(&c, caption));
    // A paragraph right above a credit stays.
    let c = run(&format!(
        "{P1}\n{P2} {P2}\n(Foto: picture alliance / Beispiel)\n"
    ));
    assert_eq!(c.clean.boilerplate, ["(Foto: picture alliance / Beispiel)"]);
}

#[test]
fn bylines_and_credit_lines_give_names() {
    let c = run(&format!(
        "By Anna Berg and Tom Lind March 3, 2025 9:15 AM 3 min read\n{E1}\n{E2}\nReporting by Ulla Sand in Kyiv; Editing by Piet Moor\n"
    ));
    assert!(is_bp(
        &c,
        "By Anna Berg and Tom Lind March 3, 2025 9:15 AM 3 min read"
    ));
    assert!(is_bp(
        &c,
        "Reporting by Ulla Sand in Kyiv; Editing by Piet Moor"
    ));
    let mut credits = c.clean.credits.clone();
    credits.sort();
    assert_eq!(credits, ["Anna Berg", "Piet Moor", "Tom Lind", "Ulla Sand"]);

    let c = run(&format!(
        "{P1}\n{P2}\nZusätzliche Berichterstattung von Lena Wolf\nAutorin: Mia Stein\n"
    ));
    assert_eq!(c.clean.credits, ["Lena Wolf", "Mia Stein"]);
    assert_eq!(c.clean.boilerplate.len(), 2);

    let c = run(&format!("{P1}\nKarl Brandt berichtet aus Brüssel\n{P2}\n"));
    assert_eq!(c.clean.credits, ["Karl Brandt"]);
    assert!(is_bp(&c, "Karl Brandt berichtet aus Brüssel"));

    let c = run(&format!(
        "Authors: Anna Berg, The Example Post news desk\n{E1}\n{E2}\n"
    ));
    assert_eq!(c.clean.credits, ["Anna Berg", "The Example Post news desk"]);
}

#[test]
fn agency_tags_are_credits_as_written() {
    // A line that is only a tag: boilerplate and credits.
    let c = run(&format!("{P1}\n{P2}\nafp/kle\n"));
    assert!(is_bp(&c, "afp/kle"));
    assert_eq!(c.clean.credits, ["afp", "kle"]);
    // Tags inside body lines leave the lines in the body.
    let c = run(&format!("Kiew (AFP) - {P1}\n{P2} (dpa)\n"));
    assert!(c.clean.boilerplate.is_empty());
    assert_eq!(c.clean.credits, ["AFP", "dpa"]);
    let c = run(&format!("HAMBURG (dpa-AFX) - {P1}\n{P2}/abc/XY/zz\n"));
    assert!(c.clean.boilerplate.is_empty());
    assert_eq!(c.clean.credits, ["dpa-AFX", "abc", "XY", "zz"]);
    // An agency cited inside a sentence is no credit.
    let c = run(
        "Die Agentur Reuters berichtete unter Berufung auf Diplomaten von neuen Lieferungen.\n",
    );
    assert!(c.clean.credits.is_empty());
}

#[test]
fn source_lines() {
    let c = run(&format!(
        "{P1}\n{P2}\nDie vollständige Lageeinschätzung gibt es direkt bei UNDERSTANDING WAR.\nUNDERSTANDING WAR im Internet\n"
    ));
    assert_eq!(c.clean.original_source.as_deref(), Some("org:isw"));
    assert_eq!(c.clean.boilerplate.len(), 2);
    let c = run(&format!("{E1}\n{E2}\nRead more: nytimes.com\n"));
    assert_eq!(c.clean.original_source.as_deref(), Some("org:nyt"));
    assert!(is_bp(&c, "Read more: nytimes.com"));
    let c = run(&format!(
        "{E1}\nSource: Reuters, citing two officials\n{E2}\n"
    ));
    assert_eq!(c.clean.original_source.as_deref(), Some("org:reuters"));
    assert!(c.clean.credits.is_empty());
    let c = run(&format!("{E1}\nSource: Example Pravda\n{E2}\n"));
    assert_eq!(
        c.clean.original_source.as_deref(),
        Some("org:example-pravda")
    );
    // "Quelle:" naming the site itself: credits, no source.
    let mut a = article(&format!("{P1}\n{P2}\nQuelle: beispiel.de, abc/dpa\n"));
    a.outlet = Some("www.beispiel.de".into());
    let c = clean(&a);
    check_offsets(&a, &c);
    assert_eq!(c.clean.original_source, None);
    assert_eq!(c.clean.credits, ["beispiel.de", "abc", "dpa"]);
    let c = run(&format!(
        "{E1}\n{E2}\nThis article was originally published by Example Weekly.\n"
    ));
    assert_eq!(c.clean.boilerplate.len(), 1);
}

#[test]
fn title_kicker_and_repeated_titles() {
    let title = "Berlin schickt weitere Flugabwehr in die Ukraine";
    let c = run(&format!("Politik\n{title}\n{title}\n{P1}\n{P2}\n"));
    assert_eq!(c.clean.title.as_deref(), Some(title));
    assert!(is_bp(&c, "Politik"));
    assert!(is_bp(&c, title), "the repeated copy is boilerplate");
    assert_eq!(c.body.len(), 3, "the headline itself stays in the body");

    // A kicker ending in a colon.
    let c = run(&format!("Krieg in Nahost:\n{title}\n{P1}\n"));
    assert_eq!(c.clean.title.as_deref(), Some(title));
    assert!(is_bp(&c, "Krieg in Nahost:"));

    // An ASCII-folded, shortened copy of the title.
    let title = "Bundesregierung bestätigt Lieferung moderner Flugabwehrsysteme für Kiew";
    let folded = "Bundesregierung bestaetigt Lieferung moderner Flugabwehrsysteme fuer";
    let c = run(&format!("{title}\n\n{folded}\n\n{P1}\n{P2}\n"));
    assert_eq!(c.clean.title.as_deref(), Some(title));
    assert!(is_bp(&c, folded));

    // A first line that is a paragraph: no title.
    let c = run(&format!("{P1}\n{P2}\n"));
    assert_eq!(c.clean.title, None);
    assert_eq!(c.title_span, None);

    // A question headline.
    let c = run(&format!(
        "Kommt jetzt die Wende an der Front?\n{P1}\n{P2}\n"
    ));
    assert_eq!(
        c.clean.title.as_deref(),
        Some("Kommt jetzt die Wende an der Front?")
    );

    // The metadata title picks the line.
    let mut a = article(&format!(
        "Nachrichten aus aller Welt\nLuftabwehr für Kiew: Berlin liefert nach\n{P1}\n"
    ));
    a.title = Some("Luftabwehr für Kiew: Berlin liefert nach | Beispiel-Zeitung".into());
    let c = clean(&a);
    check_offsets(&a, &c);
    assert_eq!(
        c.clean.title.as_deref(),
        Some("Luftabwehr für Kiew: Berlin liefert nach")
    );
}

#[test]
fn subheadings_and_standfirsts_stay() {
    let c = run(&format!("{P1}\nLieferung vor dem Winter\n{P2}\n"));
    assert!(c.clean.boilerplate.is_empty());
    // A standfirst repeated below the title is body.
    let stand = "Die Bundesregierung hat weitere Hilfe für die Ukraine zugesagt.";
    let c = run(&format!("Neue Hilfe für Kiew\n{stand}\n{stand}\n{P1}\n"));
    assert!(!is_bp(&c, stand));
    // Lists are body.
    let c = run(&format!(
        "{E1}\n- artillery shells for howitzers\n- spare parts\n- armoured vehicles\n{E2}\nshells and spare parts for the army\nmore spare parts for the navy\n"
    ));
    assert!(c.clean.boilerplate.is_empty(), "{:?}", c.clean.boilerplate);
}

#[test]
fn body_sentences_that_look_like_furniture_stay() {
    assert_body(&[
        "By the end of the year, Kyiv expects to receive further deliveries of air defence systems.",
        "Reporting by state media suggested that the shipment had already left port.",
        "Source of the drones remains unclear, officials in Washington said on Tuesday.",
        "The video was shared on Twitter by a regional governor on Sunday.",
        "Photos released by the ministry showed the launchers at an airfield in the east.",
        "Subscribers to the service were told the data had been secured, the company said.",
        "Von Moskau aus werden die Lieferungen offenbar über das Kaspische Meer gesteuert.",
        "Quelle der Informationen sei ein Bericht des britischen Geheimdienstes, hieß es.",
        "Die Länder gaben ihre Zustimmung zu dem Abkommen, das im Mai unterzeichnet wurde.",
        "Help us, the mayor wrote in a message to the international community.",
    ]);
}

#[test]
fn a_whole_page() {
    // The structure of a typical German news page, in our words.
    let text = "Zum Inhalt springen\n\
Ausland\n\
Teheran liefert weitere Drohnen an Moskau\n\
Teheran liefert weitere Drohnen an Moskau\n\
08:15\n\
Diese Audioversion wurde künstlich erzeugt. Mehr Infos\n\
Drohnen bei einer Militärparade in Teheran.\n\
(Foto: picture alliance / Beispielbild)\n\
Moskau (dpa) - Der Iran hat nach Angaben westlicher Geheimdienste weitere Kampfdrohnen an Russland geliefert.\n\
Die Lieferung sei bereits im Herbst erfolgt, hieß es in einem Bericht.\n\
Neue Produktionsstätte\n\
Zudem helfe Teheran beim Aufbau einer Fabrik östlich von Moskau.\n\
Twitter\n\
Mit dem Laden des Tweets akzeptieren Sie die Datenschutzerklärung von Twitter.\n\
Mehr erfahren\n\
Inhalt laden\n\
Die Regierung in Teheran wies die Vorwürfe zurück.\n\
Quelle: beispiel.de, xyz/dpa\n\
Newsletter\n\
Schreibe einen Kommentar\n";
    let mut a = article(text);
    a.outlet = Some("beispiel.de".into());
    let c = clean(&a);
    check_offsets(&a, &c);
    assert_eq!(
        c.clean.title.as_deref(),
        Some("Teheran liefert weitere Drohnen an Moskau")
    );
    let body: Vec<&str> = c.clean.text.lines().collect();
    assert_eq!(
        body,
        [
            "Teheran liefert weitere Drohnen an Moskau",
            "Moskau (dpa) - Der Iran hat nach Angaben westlicher Geheimdienste weitere Kampfdrohnen an Russland geliefert.",
            "Die Lieferung sei bereits im Herbst erfolgt, hieß es in einem Bericht.",
            "Neue Produktionsstätte",
            "Zudem helfe Teheran beim Aufbau einer Fabrik östlich von Moskau.",
            "Die Regierung in Teheran wies die Vorwürfe zurück.",
        ]
    );
    let mut credits = c.clean.credits.clone();
    credits.sort();
    assert_eq!(credits, ["beispiel.de", "dpa", "xyz"]);
    assert_eq!(c.clean.original_source, None);
    assert_eq!(c.language.code, "de");
}

#[test]
fn an_english_page() {
    let text = "Skip to content\n\
Seoul says Pyongyang shipped more shells to Moscow\n\
by Anna Berg June 2, 2025 4:10 PM 2 min read\n\
Kim Jong Un inspects an artillery unit in this undated photo. (Photo by Example Agency/AFP via Getty Images)\n\
North Korea has shipped several million artillery shells to Russia since last year, South Korea's military said on Monday.\n\
The shipments were sent by rail and by sea, officials said, citing satellite imagery.\n\
Moscow and Pyongyang have denied any arms trade.\n\
Authors: Anna Berg\n";
    let c = run(text);
    assert_eq!(
        c.clean.title.as_deref(),
        Some("Seoul says Pyongyang shipped more shells to Moscow")
    );
    assert_eq!(c.clean.credits, ["Anna Berg"]);
    assert_eq!(c.clean.boilerplate.len(), 4);
    assert_eq!(c.language.code, "en");
    assert!(c.language.supported);
}

#[test]
fn languages_through_clean() {
    let cases = [
        (
            "ru",
            "Министерство обороны сообщило о поставке новых систем противовоздушной обороны в понедельник.",
        ),
        (
            "uk",
            "Міністерство оборони повідомило про постачання нових систем протиповітряної оборони у понеділок.",
        ),
        (
            "fr",
            "Le ministère de la Défense a annoncé lundi la livraison de nouveaux systèmes de défense aérienne.",
        ),
    ];
    for (code, text) in cases {
        let c = run(text);
        assert_eq!(c.language.code, code);
        assert!(!c.language.supported);
    }
    let mut a = article("Der Minister sprach von einer neuen Phase der Zusammenarbeit.");
    a.language = Some("de".into());
    let c = clean(&a);
    assert_eq!(
        (c.language.code.as_str(), c.language.confidence),
        ("de", 1.0)
    );
    assert_eq!(run("").language.code, "und");
    assert_eq!(run("Ok.").language.code, "und");
}

#[test]
fn odd_inputs() {
    let c = run("");
    assert!(c.body.is_empty() && c.clean.boilerplate.is_empty() && c.clean.title.is_none());
    let c = run("\r\n\r\n   \n");
    assert!(c.body.is_empty());
    let c = run(
        "  Eingerückte Zeile ohne Punkt\r\nZweite Zeile mit einem vollständigen Satz über die Lieferung.\r\n",
    );
    assert_eq!(
        c.clean.title.as_deref(),
        Some("Eingerückte Zeile ohne Punkt")
    );
}

#[test]
fn contributor_lines() {
    let c = run(&format!(
        "{E1}\n{E2}\nExample Press writers Jane Roe in Kyiv and Max Poe in Moscow contributed to this report.\n"
    ));
    assert_eq!(c.clean.credits, ["Jane Roe", "Max Poe"]);
    assert_eq!(c.clean.boilerplate.len(), 1);
    // A sentence merely containing the phrase stays.
    assert_body(&[
        "Officials said the new data contributed to this report on the supply routes of the drones.",
    ]);
    let c = run(&format!(
        "{E1}\nPublished March 3, 2025\nUpdated 9:15 AM GMT\n___\n{E2}\n"
    ));
    assert_eq!(c.clean.boilerplate.len(), 3);
}

#[test]
fn widget_buttons_counters_and_page_prompts() {
    assert_furniture(&[
        "Inhalt anzeigen",
        "Kommentare anzeigen (5)",
        "Liveblog aktualisieren",
        "Show more comments",
        "Kommentare (3)",
        "Comments (14)",
        "Seite teilen",
        "Diesen Beitrag teilen",
        "Jetzt kommentieren",
        "Hinterlasse einen Kommentar",
        "Fehler gefunden? Jetzt melden.",
        "Is this page useful? Yes / No",
        "Report a problem with this page",
        "Read more about our corrections policy",
        "Key events",
        "Related coverage",
        "X (formerly Twitter)",
        "###",
        "Weitere Meldungen aus dem Ressort Ausland",
        "Alle älteren Einträge finden Sie hier.",
        "The full list of designated firms is online, click here.",
        "Pressestelle des Beispielministeriums",
    ]);
    // Sub-headings and short body lines of the same words stay.
    assert_body(&[
        "Reactions",
        "View from Kyiv",
        "Open questions",
        "Sharing the burden",
        "The minister said he would show more resolve on the matter.",
    ]);
}

#[test]
fn timestamps_datelines_and_labels() {
    assert_furniture(&[
        "7.05pm BST",
        "11:20 CET",
        "9.15 Uhr",
        "Publiziert heute um 09:12 Uhr",
        "Posted : 2025-03-02 08:30",
        "Kiew, 12.03.2025",
        "Brüssel, 5. Mai 2024",
        "Tags: Iran, drones, sanctions",
        "Topics: Air defence, Ukraine",
        "From: Example Ministry of Defence",
    ]);
    assert_body(&["3.50 euros", "Kyiv 2025"]);
}

#[test]
fn author_notes_and_credit_shapes() {
    assert_furniture(&[
        "Mira Holt is the paper's security correspondent.",
        "Karl Brandt ist Korrespondent in Moskau.",
        "This report is part of a series. Sign up for our weekly security newsletter.",
    ]);
    // A sentence about a person's office stays.
    assert_body(&["Mira Holt is the country's defence minister and a former general."]);

    let c = run(&format!("Analysis by Mira Holt\n{E1}\n{E2}\n"));
    assert!(is_bp(&c, "Analysis by Mira Holt"));
    assert_eq!(c.clean.credits, ["Mira Holt"]);

    let c = run(&format!(
        "{E1}\n{E2}\n(Reporting by Anna Berg in Kyiv and Tom Lind in Riga; Editing by Ulla Sand)\n"
    ));
    assert_eq!(c.clean.boilerplate.len(), 1);
    assert_eq!(c.clean.credits, ["Anna Berg", "Tom Lind", "Ulla Sand"]);

    // A byline closing with the reporter's place: the place is no credit.
    let c = run(&format!("Von Lena Wolf, Kopenhagen\n{P1}\n{P2}\n"));
    assert_eq!(c.clean.credits, ["Lena Wolf"]);
}

#[test]
fn agency_only_source_lines_are_credits() {
    let c = run(&format!("{P1}\n{P2}\nQuelle: AFP, Reuters\n"));
    assert!(is_bp(&c, "Quelle: AFP, Reuters"));
    assert_eq!(c.clean.credits, ["AFP", "Reuters"]);
    assert_eq!(c.clean.original_source, None);
    // A pointer to the full report names the original source.
    let c = run(&format!(
        "{P1}\n{P2}\nDen vollständigen Bericht finden Sie bei UNDERSTANDING WAR.\n"
    ));
    assert_eq!(c.clean.original_source.as_deref(), Some("org:isw"));
}

#[test]
fn kicker_runs_above_headlines() {
    let title = "Norwegen liefert die ersten Kampfjets an die Ukraine";
    let c = run(&format!("Politik\nAusland\n{title}\n{P1}\n{P2}\n"));
    assert_eq!(c.clean.title.as_deref(), Some(title));
    assert!(is_bp(&c, "Politik") && is_bp(&c, "Ausland"));
    // A short headline with a colon inside is no kicker.
    let c = run(&format!("Krieg: neue Jets\nNorwegen liefert Jets\n{P1}\n"));
    assert_eq!(c.clean.title.as_deref(), Some("Krieg: neue Jets"));
    // A short headline under a navigation label.
    let c = run(&format!("Welt\nNato rüstet auf\n{P1}\n{P2}\n"));
    assert_eq!(c.clean.title.as_deref(), Some("Nato rüstet auf"));
    assert!(is_bp(&c, "Welt"));
}

#[test]
fn teasers_under_a_closing_label() {
    let c = run(&format!(
        "{P1}\n{P2}\nMehr zum Thema\nWas der neue Pakt für Europa bedeutet\nLuftabwehr: Die Lage im Überblick\n"
    ));
    assert!(is_bp(&c, "Was der neue Pakt für Europa bedeutet"));
    assert!(is_bp(&c, "Luftabwehr: Die Lage im Überblick"));
    // Without a label, a closing line stays; so does a price list.
    let c = run(&format!("{P1}\n{P2}\nWas der neue Pakt bedeutet\n"));
    assert!(!is_bp(&c, "Was der neue Pakt bedeutet"));
}

#[test]
fn more_byline_and_credit_shapes() {
    let cases: &[(&str, &[&str])] = &[
        (
            "BY MIRA HOLT AND KARL BRANDT",
            &["MIRA HOLT", "KARL BRANDT"],
        ),
        ("Mira Holt | Reuters", &["Mira Holt", "Reuters"]),
        ("Mira Holt, AFP", &["Mira Holt", "AFP"]),
        ("By Mira Holt, Kyiv correspondent", &["Mira Holt"]),
        ("— Reuters", &["Reuters"]),
        ("Mira Holt contributed reporting from Riga.", &["Mira Holt"]),
        ("Mit Material von Nachrichtenagenturen", &[]),
        ("Mit Agenturmaterial", &[]),
        // A photographer alone on a line: a photo credit, no credit.
        ("Mira Holt/AP", &[]),
    ];
    for (line, want) in cases {
        let c = run(&format!("{E1}\n{line}\n{E2}\n"));
        assert!(is_bp(&c, line), "should be boilerplate: {line:?}");
        assert_eq!(&c.clean.credits, want, "{line}");
    }
    // An author box: the name above a role line.
    let c = run(&format!("{E1}\n{E2}\nMira Holt\nSenior correspondent\n"));
    assert!(is_bp(&c, "Mira Holt") && is_bp(&c, "Senior correspondent"));
    assert_eq!(c.clean.credits, ["Mira Holt"]);
    // A sub-heading above a paragraph stays.
    let c = run(&format!("{E1}\nAir Defence\n{E2}\n"));
    assert!(c.clean.boilerplate.is_empty());
}

#[test]
fn more_timestamps_breadcrumbs_and_notices() {
    assert_furniture(&[
        "vor 3 Stunden",
        "5 hours ago",
        "Thu 6 Mar 2025 09.41 GMT",
        "Last modified on Thu 6 Mar 2025 09.41 GMT",
        "Home » World » Europe",
        "Startseite > Politik > Ausland",
        "Story continues below advertisement",
        "Follow Mira Holt on Bluesky",
        "Link kopieren",
        "Teilen auf Facebook",
        "This article has been updated.",
        "Ukrainian troops near Pokrovsk [Mira Holt/Reuters]",
    ]);
    assert_body(&[
        "Iran / Russia",
        "9.30 A.M. / 7.00 P.M.",
        "Follow the money",
        "More from the front",
    ]);
}

#[test]
fn editor_signoffs_and_closing_agencies() {
    let c = run(&format!("{E1}\n{E2}\nxy/zq (AFP, AP)\n"));
    assert!(is_bp(&c, "xy/zq (AFP, AP)"));
    assert_eq!(c.clean.credits, ["xy", "zq", "AFP", "AP"]);
    // Agencies closing a paragraph leave it in the body.
    let c = run(&format!("{E1}\n{E2} — Reuters\n"));
    assert!(c.clean.boilerplate.is_empty());
    assert_eq!(c.clean.credits, ["Reuters"]);
    let c = run(&format!("{P1} (mit dpa)\n{P2}\n"));
    assert!(c.clean.boilerplate.is_empty());
    assert_eq!(c.clean.credits, ["dpa"]);
    // A dash before an ordinary word is no tag.
    let c = run(&format!("{E1}\nThe answer came quickly. — Nothing\n"));
    assert!(c.clean.credits.is_empty());
    for line in [
        "Editor: Mira Holt",
        "Kommentar von Mira Holt",
        "Schlagworte: Ukraine, Iran",
        "Zum Liveblog",
        "This story has been corrected.",
    ] {
        let c = run(&format!("{E1}\n{line}\n{E2}\n"));
        assert!(is_bp(&c, line), "should be boilerplate: {line:?}");
    }
}

#[test]
fn names_with_roles_outlets_and_photographers() {
    let cases: &[(&str, &[&str])] = &[
        ("Mira Holt, Security Editor", &["Mira Holt"]),
        ("By Mira Holt for The Example Herald", &["Mira Holt"]),
        ("Text: Mira Holt, Fotos: Karl Brandt", &["Mira Holt"]),
        ("Additional reporting by agencies", &[]),
    ];
    for (line, want) in cases {
        let c = run(&format!("{E1}\n{line}\n{E2}\n"));
        assert!(is_bp(&c, line), "should be boilerplate: {line:?}");
        assert_eq!(&c.clean.credits, want, "{line}");
    }
    // Two names alone, without a role or a prefix, are not taken.
    let c = run(&format!("{E1}\nMira Holt and Karl Brandt\n{E2}\n"));
    assert!(c.clean.credits.is_empty());
}

#[test]
fn agency_credits_behind_generic_words() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Mit Material der Nachrichtenagenturen AFP und dpa",
            &["AFP", "dpa"],
        ),
        (
            "Quelle: Mit Material der Nachrichtenagentur Reuters",
            &["Reuters"],
        ),
        ("Mit Informationen der Nachrichtenagentur AP", &["AP"]),
    ];
    for (line, want) in cases {
        let c = run(&format!("{P1}\n{P2}\n{line}\n"));
        assert!(is_bp(&c, line), "should be boilerplate: {line:?}");
        assert_eq!(&c.clean.credits, want, "{line}");
        assert_eq!(c.clean.original_source, None, "{line}");
    }
}

#[test]
fn agency_tags_in_body_lines_of_other_shapes() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Riga/Vilnius (dpa/AFP) - Die Staaten kaufen gemeinsam Munition.",
            &["dpa", "AFP"],
        ),
        (
            "Riga (AFP) Die Staaten kaufen gemeinsam Munition.",
            &["AFP"],
        ),
        ("Die Staaten kaufen gemeinsam Munition. dpa", &["dpa"]),
        (
            "Die Staaten kaufen gemeinsam Munition. AFP/dpa/xy",
            &["AFP", "dpa", "xy"],
        ),
        (
            "Die Staaten kaufen gemeinsam Munition. (ab/dpa)",
            &["ab", "dpa"],
        ),
        (
            "Die Staaten kaufen gemeinsam Munition. (mit dpa/AFP)",
            &["dpa", "AFP"],
        ),
    ];
    for (line, want) in cases {
        let c = run(&format!("{P1}\n{line}\n{P2}\n"));
        assert!(!is_bp(&c, line), "should stay body: {line:?}");
        assert_eq!(&c.clean.credits, want, "{line}");
    }
    // A sentence ending in an ordinary word is no sign-off.
    let c = run(&format!("{P1}\nDas sagte er. Danach\n{P2}\n"));
    assert!(c.clean.credits.is_empty());
}

#[test]
fn author_notes_and_boxes_give_names() {
    let c = run(&format!(
        "{E1}\n{E2}\nMira Holt is the paper's security correspondent.\n"
    ));
    assert_eq!(c.clean.credits, ["Mira Holt"]);
    // A name above the date line, before the first paragraph.
    let c = run(&format!(
        "Jets arrive in Ukraine\nMira Holt\nThursday 6 March 2025 09:41\n{E1}\n{E2}\n"
    ));
    assert!(is_bp(&c, "Mira Holt"));
    assert_eq!(c.clean.credits, ["Mira Holt"]);
    // A sub-heading above a date further down stays body.
    let c = run(&format!("{E1}\n{E2}\nAir Defence\nMarch 6, 2025\n{E1}\n"));
    assert!(!is_bp(&c, "Air Defence"));
}

#[test]
fn bylines_with_a_place_and_agency_notes() {
    let c = run(&format!(
        "Jets arrive in Ukraine\nMira Holt and Karl Brandt in Kyiv\n{E1}\n{E2}\n"
    ));
    assert!(is_bp(&c, "Mira Holt and Karl Brandt in Kyiv"));
    assert_eq!(c.clean.credits, ["Mira Holt", "Karl Brandt"]);
    // The same shape after the first paragraph is body (a sub-heading).
    let c = run(&format!("{E1}\nTalks in Kyiv\n{E2}\n"));
    assert!(c.clean.boilerplate.is_empty());
    let c = run(&format!(
        "{E1}\n{E2}\nMira Holt reports from Riga.\nWith agencies\n"
    ));
    assert!(is_bp(&c, "Mira Holt reports from Riga.") && is_bp(&c, "With agencies"));
    assert_eq!(c.clean.credits, ["Mira Holt"]);
}

#[test]
fn gallery_player_and_pager_labels() {
    assert_furniture(&[
        "Bild 2 von 9",
        "Page 2 of 3",
        "Enlarge this image",
        "Play",
        "Nächste Seite",
        "Ausklappen",
    ]);
    assert_body(&["Page 2 of the report lists 40 firms."]);
}

#[test]
fn photo_agency_first_credit_lines() {
    for line in [
        "IMAGO/Mira Holt",
        "AFP/Karl Brandt",
        "Mira Holt/Getty Images",
    ] {
        let c = run(&format!("{E1}\n{line}\n{E2}\n"));
        assert!(is_bp(&c, line), "should be boilerplate: {line:?}");
        assert!(c.clean.credits.is_empty(), "{line}: {:?}", c.clean.credits);
    }
}

#[test]
fn captions_closed_by_a_photographer_and_agency() {
    for line in [
        "Soldiers load a howitzer near Pokrovsk. Mira Holt/AP",
        "Soldiers load a howitzer near Pokrovsk (IMAGO/Mira Holt)",
        "Soldiers load a howitzer near Pokrovsk | Mira Holt/Reuters",
    ] {
        let c = run(&format!("{E1}\n{line}\n{E2}\n"));
        assert!(is_bp(&c, line), "should be boilerplate: {line:?}");
        assert!(c.clean.credits.is_empty());
    }
    // A paragraph closed by agency tags stays.
    let line = "Soldiers loaded a howitzer near Pokrovsk, the army said. (AFP/dpa)";
    let c = run(&format!("{E1}\n{line}\n{E2}\n"));
    assert!(!is_bp(&c, line));
}

#[test]
fn unknown_outlets_after_source_phrases() {
    let cases = [
        (
            "This article first appeared on The Example Review.",
            Some("org:example-review"),
        ),
        ("Read more at Example Weekly", Some("org:example-weekly")),
        (
            "This article was originally published by a local paper in Riga.",
            None,
        ),
    ];
    for (line, want) in cases {
        let c = run(&format!("{E1}\n{E2}\n{line}\n"));
        assert!(is_bp(&c, line), "should be boilerplate: {line:?}");
        assert_eq!(c.clean.original_source.as_deref(), want, "{line}");
    }
    // The site itself is no original source.
    let mut a = article(&format!(
        "{E1}\n{E2}\nThis story first appeared on Example Weekly.\n"
    ));
    a.outlet = Some("Example Weekly".into());
    let c = clean(&a);
    check_offsets(&a, &c);
    assert_eq!(c.clean.original_source, None);
}

#[test]
fn date_lines_of_other_shapes() {
    assert_furniture(&[
        "Do., 6.03.2025, 09:41",
        "6.03.2025 – 09:41",
        "2025-03-06T09:41:00Z",
        "06/03/2025 09:41",
        "March 6, 2025 at 9:41 a.m. EST",
    ]);
    assert_body(&["2025 – 2030"]);
}

#[test]
fn reported_news_above_a_photo_credit_is_a_paragraph() {
    // the lead right under the headline, then a credit: a paragraph with a source
    let lead = "Iran has shipped hundreds of drones to Russia, two officials said on Friday.";
    let c = run(&format!(
        "Iran ships drones to Russia\n{lead}\nFILE PHOTO: A drone over Kyiv. REUTERS/Jane Doe\n{E1}\n{E2}\n"
    ));
    assert!(!is_bp(&c, lead), "{:?}", c.clean.boilerplate);
    // a short paragraph between longer ones, above a credit, sourced by "demnach"
    let short = "Die Lieferungen kamen demnach über das Kaspische Meer.";
    let c = run(&format!(
        "{P1} {P2}\n{short}\nBild: picture alliance/dpa | Max Muster\n{P2}\n"
    ));
    assert!(!is_bp(&c, short), "{:?}", c.clean.boilerplate);
    assert!(is_bp(&c, "Bild: picture alliance/dpa | Max Muster"));
    // a caption without a source above a credit still goes
    let caption = "Ein Kampfjet bei einer Übung über der Ostsee.";
    let c = run(&format!(
        "{P1} {P2}\n{caption}\n(Foto: picture alliance / Beispiel)\n{P2}\n"
    ));
    assert!(is_bp(&c, caption));
}

#[test]
fn unedited_agency_notices_and_image_labels() {
    assert_furniture(&[
        "ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet. Sie wurde automatisch von der Deutschen Presse-Agentur (dpa) übernommen.",
        "(Symbolbild)",
        "(Archivbild)",
    ]);
}
