//! Furniture kinds of news sites and agencies that the dev and gold sets do
//! not show (agency names alone, bylines closed by an agency, e-mail
//! addresses after names, wire captions, reader widgets, subscription and
//! comment prompts, author notes), written for outlets the rules were not
//! drawn from. Our own lines, copied from no page; each kind with lines
//! that must stay body.

mod common;
use common::*;

/// The credits of an article whose last line is `l`.
fn credits_after(a: &str, b: &str, l: &str) -> Vec<String> {
    let c = run(&format!("{a}\n{b}\n{l}\n"));
    assert!(is_bp(&c, l), "{l:?} -> {:?}", c.clean.boilerplate);
    c.clean.credits
}

/// The credits of an article with `l` under its headline.
fn credits_under_title(title: &str, a: &str, b: &str, l: &str) -> Vec<String> {
    let c = run(&format!("{title}\n{l}\n{a}\n{b}\n"));
    assert!(is_bp(&c, l), "{l:?} -> {:?}", c.clean.boilerplate);
    assert_eq!(c.clean.title.as_deref(), Some(title));
    c.clean.credits
}

const TE: &str = "Norway orders two more submarines from Germany";
const TD: &str = "Polen bestellt weitere Kampfpanzer in Südkorea";

#[test]
fn agency_names_alone_are_credits() {
    assert_eq!(
        credits_after(E1, E2, "The Associated Press"),
        ["The Associated Press"]
    );
    assert_eq!(
        credits_after(E1, E2, "— Agence France-Presse"),
        ["Agence France-Presse"]
    );
    assert_eq!(
        credits_after(E1, E2, "With AFP and Reuters"),
        ["AFP", "Reuters"]
    );
    assert_eq!(credits_after(P1, P2, "Nachrichtenagentur dpa"), ["dpa"]);
    // A sentence naming an agency stays body.
    body_between(
        E1,
        E2,
        &["The Associated Press reported the deal on Monday."],
    );
}

#[test]
fn bylines_closed_by_an_agency() {
    assert_eq!(
        credits_under_title(TE, E1, E2, "By Jane Harlow | Reuters"),
        ["Jane Harlow", "Reuters"]
    );
    assert_eq!(
        credits_under_title(TD, P1, P2, "Von Anna Berg, dpa"),
        ["Anna Berg", "dpa"]
    );
    assert_eq!(
        credits_under_title(TE, E1, E2, "By JANE HARLOW and TOM REED Associated Press"),
        ["JANE HARLOW", "TOM REED", "Associated Press"]
    );
    // A place after the names is no credit.
    assert_eq!(
        credits_under_title(TD, P1, P2, "Von Anna Berg, Warschau"),
        ["Anna Berg"]
    );
}

#[test]
fn names_stop_at_an_email_address() {
    assert_eq!(
        credits_under_title(TE, E1, E2, "By Jane Harlow (jane.harlow@example.com)"),
        ["Jane Harlow"]
    );
    assert_eq!(
        credits_after(E1, E2, "Write to Tom Reed at tom.reed@example.com"),
        ["Tom Reed"]
    );
}

#[test]
fn captions_of_wire_pictures() {
    furniture(
        E1,
        E2,
        &[
            "In this file photo, soldiers unload a launcher at a base near the border.",
            "In this image released by the navy, a frigate fires a missile during a drill.",
            "Troops unload a launcher at a base near the border. (File)",
        ],
    );
    furniture(
        P1,
        P2,
        &["Soldaten entladen einen Raketenwerfer an der Grenze. (Archivbild)"],
    );
    body_between(
        E1,
        E2,
        &[
            "In this war, the army has lost more launchers than it can replace.",
            "The ministry released a file on the deal to reporters on Monday.",
        ],
    );
}

#[test]
fn reader_widgets_and_prompts() {
    furniture(
        E1,
        E2,
        &[
            "Text size",
            "Listen to article",
            "Gift this article",
            "Most read stories",
            "Top stories in World",
            "You have been successfully subscribed!",
            "If you enjoyed this article, please share it with a friend.",
            "Have a tip? Send it to our newsroom.",
            "Issued on: 24/11/2026 - 10:15",
            "10:15 GMT, 24 Nov 2026",
            "Updated Nov 24, 10:15 a.m. ET: This story was updated with comment from the ministry.",
            "Privacy Notice: Newsletters may contain information about charities and online ads.",
            "Read more about: Norway, Germany",
            "Comments are closed.",
            "Your email address will not be published.",
            "This document is subject to copyright.",
            "Citation: Norway orders submarines (2026, November 24) retrieved 25 November 2026 from https://example.com/news",
            "Opinion Columnist",
        ],
    );
    furniture(
        P1,
        P2,
        &[
            "Artikel hören",
            "Zurück zur Übersicht",
            "Ähnliche Artikel",
            "Hat Ihnen dieser Artikel gefallen?",
            "Bestens informiert mit unserem Digitalabo – 14 Tage kostenlos zur Probe lesen.",
            "Jetzt Abo abschließen",
            "Dieser Artikel gehört zum Angebot von Rundschau plus.",
            "Mit einem Klick auf \"Inhalt anzeigen\" stimmen Sie zu, dass Ihnen externe Inhalte angezeigt werden.",
            "Grafik: Anna Berg",
            "Diese Nachricht wurde am 24.11.2026 im Programm gesendet.",
            "Dieser Artikel ist mit Hilfe maschineller Unterstützung entstanden und wurde von der Redaktion geprüft.",
        ],
    );
    body_between(
        E1,
        E2,
        &[
            "The ministry said the text of the agreement would be published next week.",
            "Subscribers to the programme include several Nordic states, officials said.",
        ],
    );
    body_between(
        P1,
        P2,
        &[
            "Die Karte der Frontlinie hat sich seit dem Sommer kaum verändert, sagte ein Sprecher.",
            "Der Artikel 5 des Nato-Vertrags regelt den Bündnisfall.",
        ],
    );
}

#[test]
fn author_notes_credit_people_not_things() {
    assert_eq!(
        credits_after(E1, E2, "Tom Reed is Example News' Europe correspondent."),
        ["Tom Reed"]
    );
    assert!(
        credits_after(
            P1,
            P2,
            "Dieser Artikel ist Teil unserer Serie über die Nato."
        )
        .is_empty()
    );
}

#[test]
fn a_headline_under_a_read_more_label_is_a_link() {
    let c = run(&format!(
        "{P1}\nLesen Sie auch:\nNato-Gipfel: Was die Allianz jetzt plant\n{P2}\n"
    ));
    assert!(is_bp(&c, "Nato-Gipfel: Was die Allianz jetzt plant"));
    // A sub-heading under a paragraph stays body.
    body_between(P1, P2, &["Was die Allianz jetzt plant"]);
}

#[test]
fn a_standfirst_above_a_bare_photo_credit_stays_body() {
    let lead = "Litauen hat in Norwegen weitere Flugabwehrsysteme für die Armee bestellt. Die Regierung in Vilnius will damit die lange Grenze zu Belarus besser schützen.";
    let c = run(&format!(
        "{TD}\nVon Anna Berg\n{lead}\nFoto: IMAGO/Example\n{P1}\n{P2}\n"
    ));
    assert!(!is_bp(&c, lead), "{:?}", c.clean.boilerplate);
    assert!(is_bp(&c, "Foto: IMAGO/Example"));
    // A one-sentence caption there is still a caption.
    let cap = "Ein Flugabwehrsystem bei einer Übung in Litauen.";
    let c = run(&format!(
        "{TD}\nVon Anna Berg\n{cap}\nFoto: IMAGO/Example\n{P1}\n{P2}\n"
    ));
    assert!(is_bp(&c, cap));
}

#[test]
fn a_headline_above_a_standfirst_without_a_full_stop() {
    let stand = "Warsaw says the deal will make its army one of the strongest in Europe";
    let c = run(&format!("War in Ukraine\n{TE}\n{stand}\n{E1}\n{E2}\n"));
    assert_eq!(c.clean.title.as_deref(), Some(TE));
    assert!(is_bp(&c, "War in Ukraine"));
    assert!(!is_bp(&c, stand));
}

#[test]
fn government_banners_section_navigation_and_appeals() {
    furniture(
        E1,
        E2,
        &[
            "An official website of the Republic of Examplia",
            "Ministry of Transport | Press Office",
            "Home | World | Europe | Defence | Video",
            "12 MAR, 09:05",
            "Mar 12, 09:05",
            "Independent reporting from the front line costs money. Consider supporting the Example Herald.",
        ],
    );
    body_between(
        E1,
        E2,
        &[
            "The navy's press office said the frigate | a Type 26 | had sailed.",
            "Norway ordered two submarines. Consider what that means for the fleet.",
            "The ministry's press office confirmed the order on Monday.",
        ],
    );
    assert_eq!(
        credits_after(
            E1,
            E2,
            "(Compiled by Jane Harlow in Oslo; Editing by Tom Berg)"
        ),
        ["Jane Harlow", "Tom Berg"]
    );
}

#[test]
fn a_desk_label_before_a_date_stamp() {
    furniture(
        P1,
        P2,
        &[
            "Redaktion Politik | 24.02.2025, 06:00 Uhr",
            "Ressort Wirtschaft • 03.11.2024",
        ],
    );
    furniture(E1, E2, &["World desk | 2024-03-12, 14:30"]);
    body_between(
        E1,
        E2,
        &["The contract was signed in Oslo | on 12.03.2024 the first boat followed."],
    );
}

#[test]
fn teaser_labels_and_pointers_of_regional_and_trade_outlets() {
    furniture(
        E1,
        E2,
        &[
            "More from Industry",
            "Related research",
            "[Related] Seoul and Tokyo to resume defence talks",
            "[Read also: Why tank orders keep slipping]",
            "[Related: Our tracker of arms deliveries]",
            "Font size A+ A-",
            "Subscriber content. Unlock full access with a Pro subscription.",
            "+32 2 281 00 00",
            "Kim Min-ji minji.kim@example.org",
        ],
    );
    body_between(
        E1,
        E2,
        &[
            "More from the same factory will follow next year, the company said.",
            "More from the front",
            "Related research by the institute found that deliveries had slowed.",
            "Kim Min-ji said the order was signed on Monday.",
        ],
    );
}

#[test]
fn bylines_before_a_dated_stamp_under_a_standfirst() {
    // headline, standfirst (a full sentence), then "names | place, date"
    let stand = "Die Auftragsbücher der Rüstungskonzerne sind so voll wie nie, und neue Werke entstehen in ganz Europa.";
    for (line, want) in [
        (
            "Jana Vogt, Markus Ilg | Bremen, 10.09.2025 – 06:00 Uhr",
            vec!["Jana Vogt", "Markus Ilg"],
        ),
        (
            "Lena Odermatt, Bundeshaus | 18.09.2025, 05:30 Uhr",
            vec!["Lena Odermatt"],
        ),
        (
            "Tom Reed and Ana Silva | March 3, 2025",
            vec!["Tom Reed", "Ana Silva"],
        ),
    ] {
        let c = run(&format!("{TD}\n{stand}\n{line}\n{P1}\n{P2}\n"));
        assert!(is_bp(&c, line), "{line:?} -> {:?}", c.clean.boilerplate);
        assert_eq!(c.clean.credits, want, "{line:?}");
        assert!(!is_bp(&c, stand));
    }
    // a sentence with a pipe and a date stays body
    body_between(
        P1,
        P2,
        &["Die Firma liefert Munition | Seit 2024 baut sie ein Werk in Litauen."],
    );
}

#[test]
fn market_strips_and_section_paths_between_middots() {
    furniture(
        P1,
        P2,
        &[
            "Rüstungsaktie: +2,1 % | Hensoldt: +0,8 % | Renk: -1,2 %",
            "Unternehmen · Industrie · Rüstung",
            "World • Europe • Ukraine",
        ],
    );
    body_between(
        E1,
        E2,
        &[
            "Analysts said: the order book is full | the plants are not.",
            "The shares rose 2.1 % after the order, the company said.",
            "Kiel · Hamburg · Bremen: the yards that will build the frigates are busy.",
        ],
    );
}
