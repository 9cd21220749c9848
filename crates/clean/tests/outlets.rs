//! Furniture of many kinds of news pages, German and English, written for
//! these tests in the manner of the outlets' page furniture (our own text,
//! copied from no page): each line must be boilerplate between two body
//! paragraphs, body sentences that open like furniture must stay, and
//! whole articles give the expected credits, source and title.

mod common;
use common::*;

/// Each line is boilerplate between two paragraphs, and only it is.
fn furniture(a: &str, b: &str, lines: &[&str]) {
    for l in lines {
        let c = run(&format!("{a}\n{l}\n{b}\n"));
        assert!(
            is_bp(&c, l),
            "should be boilerplate: {l:?} -> {:?}",
            c.clean.boilerplate
        );
        assert_eq!(
            c.clean.boilerplate.len(),
            1,
            "{l:?}: {:?}",
            c.clean.boilerplate
        );
    }
}

/// Each line stays body between two paragraphs.
fn body(lines: &[&str]) {
    body_between(E1, E2, lines);
}

#[test]
fn german_players_rights_and_paywalls() {
    furniture(
        P1,
        P2,
        &[
            "Audio: Anna Berg, ARD Berlin, 12.05.2024 · 09:30 Uhr",
            "Audio: Neue Flugabwehr für Kiew",
            "Audio herunterladen",
            "Podcast abonnieren",
            "Mehr Videos",
            "Mehr zum Krieg in der Ukraine",
            "Alle Informationen zum Nahost-Konflikt",
            "Hier geht es zum Liveblog",
            "Russlands Angriff im Liveblog",
            "Hier können Sie die Rechte an diesem Artikel erwerben.",
            "Artikelrechte erwerben",
            "Direkt aus dem dpa-Newskanal",
            "Weiterlesen mit SPIEGEL+",
            "Jetzt weiterlesen",
            "Jetzt kostenlos testen",
            "Sie haben bereits ein Digital-Abo?",
            "Sie haben einen Fehler entdeckt?",
            "Exklusiv für Abonnenten",
            "Passend zum Artikel",
            "Aus der Serie: Europas Verteidigung",
            "Artikelzusammenfassung",
            "Artikel zum Hören • 4 Min",
            "Weitere Optionen zum Teilen",
            "Feedback senden",
            "Senden Sie uns Ihr Feedback!",
            "Folgen Sie der Redaktion auf X",
            "Eine Anzeige",
            "Zur Übersicht",
            "Korrekturhinweis",
        ],
    );
}

#[test]
fn english_rights_paywalls_appeals_and_lists() {
    furniture(
        E1,
        E2,
        &[
            "Purchase Licensing Rights",
            "Acquire Licensing Rights, opens new tab",
            "Explore more on these topics",
            "Reuse this content",
            "Link Copied!",
            "Video Ad Feedback",
            "Other Topics of Interest",
            "See Other Headlines",
            "In Other News",
            "Recommended Stories",
            "list of 3 items",
            "end of list",
            "Loading...",
            "(END)",
            "Already a member? Log in",
            "Create an account or log in to continue reading",
            "You have reached your free article limit.",
            "To continue reading, subscribe",
            "Support UP or become our patron!",
            "Journalists fight on their own frontline. Support Ukrainska Pravda or become our patron!",
            "Contact the author: jane@example.com",
            "jane@example.co.kr",
            "Guardian staff and agencies",
            "Copyright 2024 The Example Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
        ],
    );
}

#[test]
fn handout_courtesy_and_screenshot_credits() {
    furniture(
        E1,
        E2,
        &[
            "Photo for illustrative purposes only",
            "Ukrainian Defence Ministry press service via AP",
            "Handout/Ukrainian Defence Ministry",
            "Courtesy photo",
            "Courtesy of the U.S. Army",
            "U.S. Army photo by Sgt. Jane Doe",
            "(U.S. Navy photo by Petty Officer John Roe)",
            "Photo by Jane Doe",
            "Photo courtesy of the Ukrainian General Staff",
            "Screenshot / Telegram",
            "Screenshot from video",
        ],
    );
}

#[test]
fn sentences_that_open_like_furniture_stay_body() {
    body(&[
        "A photo by a local resident showed three tanks near the border.",
        "More from the shipment is expected next month, officials said.",
        "Courtesy calls between the two ministers took place on Monday.",
        "Screenshots of the documents were shared with reporters.",
        "Copyright law was not discussed at the summit, the minister said.",
        "Mehr zum Krieg sagte der Minister nicht.",
        "Folgen Sie dem Geld, sagte der Abgeordnete über die Lieferungen.",
        "Die Information stammt von einem Sprecher der Armee.",
        "Subscribers to the agreement include Poland and the Baltic states.",
        "Handouts of food were distributed in the city, the UN said.",
    ]);
}

/// Credits, source and boilerplate of a whole article.
fn article_gives(text: &str, credits: &[&str], source: Option<&str>, bp: &[&str]) {
    let c = run(text);
    assert_eq!(c.clean.credits, credits, "{text}");
    assert_eq!(c.clean.original_source.as_deref(), source, "{text}");
    for l in bp {
        assert!(is_bp(&c, l), "{l:?} -> {:?}", c.clean.boilerplate);
    }
    assert_eq!(
        c.clean.boilerplate.len(),
        bp.len(),
        "{:?}",
        c.clean.boilerplate
    );
}

#[test]
fn agency_datelines_of_other_shapes() {
    article_gives(
        "MOSCOW, May 2. /TASS/. Russia and Belarus will hold joint military drills in September, the Russian Defence Ministry said on Sunday.\nThe exercise will involve about 10,000 troops, the ministry said.\n",
        &["TASS"],
        None,
        &[],
    );
    article_gives(
        "SEOUL, May 2 (Yonhap) -- North Korea has shipped more artillery shells to Russia, South Korea's spy agency said Sunday.\nThe shipments were made by sea, the agency told lawmakers.\njane@example.co.kr\n(END)\n",
        &["Yonhap"],
        None,
        &["jane@example.co.kr", "(END)"],
    );
}

#[test]
fn dated_signoffs_give_names_without_the_date() {
    article_gives(
        &format!("{P1}\n{P2}\n(Anna Berg, 12.5.2024)\n"),
        &["Anna Berg"],
        None,
        &["(Anna Berg, 12.5.2024)"],
    );
    article_gives(
        &format!("{P1}\n{P2}\n(red, APA, 12.5.2024)\n"),
        &["red", "APA"],
        None,
        &["(red, APA, 12.5.2024)"],
    );
    // closing a paragraph: the names, the line stays body
    article_gives(
        &format!("{P1}\n{P2} (red, APA, 12.5.2024)\n"),
        &["red", "APA"],
        None,
        &[],
    );
}

#[test]
fn credit_lines_of_other_shapes() {
    article_gives(
        &format!("{E1}\n{E2}\nBased on reporting by Reuters and AFP\n"),
        &["Reuters", "AFP"],
        None,
        &["Based on reporting by Reuters and AFP"],
    );
    article_gives(
        &format!("{E1}\n{E2}\nJane Doe in Kyiv and agencies\n"),
        &["Jane Doe"],
        None,
        &["Jane Doe in Kyiv and agencies"],
    );
    article_gives(
        &format!("Turkey to supply drones to Kyiv\nPosted by Jane Doe | May 2, 2024\n{E1}\n{E2}\n"),
        &["Jane Doe"],
        None,
        &["Posted by Jane Doe | May 2, 2024"],
    );
    article_gives(
        &format!("{P1}\nFOCUS-online-Redakteurin Anna Berg\n{P2}\n"),
        &["Anna Berg"],
        None,
        &["FOCUS-online-Redakteurin Anna Berg"],
    );
}

#[test]
fn republishing_notes_name_the_original_source() {
    article_gives(
        &format!(
            "{E1}\n{E2}\nCopyright (c) 2024. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty, Washington DC.\n"
        ),
        &[],
        Some("org:rferl"),
        &[
            "Copyright (c) 2024. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty, Washington DC.",
        ],
    );
    article_gives(
        &format!("{P1}\n{P2}\nDieser Artikel stammt von der Deutschen Welle.\n"),
        &[],
        Some("org:dw"),
        &["Dieser Artikel stammt von der Deutschen Welle."],
    );
}

#[test]
fn a_whole_page_of_a_public_broadcaster() {
    let text = "Nato-Manöver in Litauen: Bundeswehr übt mit Partnern\n\
Stand: 12.05.2024 09:30 Uhr\n\
Die Bundeswehr hat in Litauen eine große Übung mit mehreren Nato-Partnern begonnen. Beteiligt sind nach Angaben des Heeres rund 3.000 Soldaten.\n\
Von Max Muster, ARD-Hauptstadtstudio\n\
Die Übung soll zwei Wochen dauern und die schnelle Verlegung von Truppen an die Ostflanke erproben.\n\
Audio: Max Muster, ARD Berlin, 12.05.2024 · 09:30 Uhr\n\
Mehr zum Krieg in der Ukraine\n\
Dieses Thema im Programm: Das Erste, 12. Mai 2024, 20:00 Uhr\n";
    let c = run(text);
    assert_eq!(
        c.clean.title.as_deref(),
        Some("Nato-Manöver in Litauen: Bundeswehr übt mit Partnern")
    );
    assert_eq!(c.clean.credits, ["Max Muster"]);
    assert_eq!(c.clean.boilerplate.len(), 5, "{:?}", c.clean.boilerplate);
}
