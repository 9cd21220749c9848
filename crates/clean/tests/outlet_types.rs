//! Furniture of outlet types the earlier rules were not written for (market
//! pages, podcasts, newsletters, press reviews, fact checks, broadcasters'
//! players, local weeklies, syndicated portal copy), their credit lines, and
//! body lines of the same outlets that only look like furniture. Our own
//! lines, copied from no page (whole articles in `tests/unseen/`).

mod common;
use common::*;

/// The credits of an article whose last line is `l` (which must be furniture).
fn credits_after(a: &str, b: &str, l: &str) -> Vec<String> {
    let c = run(&format!("{a}\n{b}\n{l}\n"));
    assert!(is_bp(&c, l), "{l:?} -> {:?}", c.clean.boilerplate);
    c.clean.credits
}

#[test]
fn market_widgets_and_disclaimers() {
    furniture(
        E1,
        E2,
        &[
            "+2.14%",
            "−0.85 %",
            "AIR.PA",
            "(NYSE: LMT)",
            "ISIN: DE000A0D6554 | WKN: A0D655",
            "Price: 1,702.50 GBp",
            "Quotes delayed at least 20 minutes.",
            "Disclaimer: This page is for information only.",
            "Nothing on this page is investment advice and it does not constitute investment advice.",
        ],
    );
    furniture(
        P1,
        P2,
        &[
            "Kurs: 48,20 EUR",
            "Kurse zeitverzögert um 15 Minuten",
            "Diese Analyse ist keine Anlageberatung.",
        ],
    );
    // Delays and prices in the news stay body.
    body_between(
        E1,
        E2,
        &[
            "The delivery has been delayed by at least six months, officials said.",
            "Data from the ministry show the first batch was delayed.",
            "Prices of artillery shells have risen by 60 percent since 2022.",
        ],
    );
    body_between(
        P1,
        P2,
        &["Die Auslieferung der Fregatten hat sich um ein Jahr verzögert, teilte die Werft mit."],
    );
}

#[test]
fn podcast_and_broadcast_furniture() {
    furniture(
        E1,
        E2,
        &[
            "42 min | Oct 2, 2025",
            "Follow the show on Apple Podcasts or Spotify",
            "This transcript was generated automatically and has not been checked.",
            "Listen to the full interview on The Evening Desk.",
            "Video unavailable in your country",
            "Broadcast on 2 October 2025",
            "Questions for the team? Write to desk@example.org",
        ],
    );
    furniture(
        P1,
        P2,
        &[
            "27:40 Min. | Verfügbar bis 02.10.2026",
            "Dieses Audio ist nicht mehr verfügbar.",
            "Sendung: Morgenmagazin, 02.10.2025, 06:10 Uhr",
            "Das ganze Gespräch hier in der Audiothek nachhören.",
            "Alle Folgen im Überblick",
            "Manuskript herunterladen",
            "Dieses Manuskript wurde für das Internet gekürzt.",
        ],
    );
    // The news about a transcript or a broadcast stays body.
    body_between(
        E1,
        E2,
        &[
            "The transcript of the call shows both leaders discussed the missiles.",
            "Broadcast on state television, the footage showed the launchers.",
            "More from the front",
        ],
    );
    body_between(P1, P2, &["Das Video zeigt Panzer auf einem Güterzug."]);
}

#[test]
fn newsletter_furniture_and_sign_offs() {
    furniture(
        E1,
        E2,
        &[
            "Good morning, readers, and welcome to the weekly briefing.",
            "You're receiving this newsletter because you subscribed on our website.",
            "Example Media Ltd, 5 Quay Road, Leeds, LS1 4AB",
        ],
    );
    furniture(
        P1,
        P2,
        &[
            "Liebe Leserinnen und Leser,",
            "Sie erhalten diese E-Mail, weil Sie unseren Newsletter bestellt haben.",
            "Beispiel Medien GmbH, Marktplatz 3, 04109 Leipzig",
        ],
    );
    assert_eq!(
        credits_after(E1, E2, "This edition was written by Ruth Calder."),
        ["Ruth Calder"]
    );
    assert_eq!(
        credits_after(P1, P2, "Herzliche Grüße, Ihre Jana Möller"),
        ["Jana Möller"]
    );
    // A company named in a sentence with a year stays body.
    body_between(
        P1,
        P2,
        &["Die Beispiel Rüstung AG, die 2024 gegründet wurde, liefert 2026 die ersten Drohnen."],
    );
}

#[test]
fn production_and_co_author_credits() {
    assert_eq!(
        credits_after(E1, E2, "Hosted by Mia Collins"),
        ["Mia Collins"]
    );
    assert_eq!(
        credits_after(P1, P2, "Moderation: Jonas Reiter"),
        ["Jonas Reiter"]
    );
    assert_eq!(
        credits_after(P1, P2, "Text und Fotos: Lea Brandt"),
        ["Lea Brandt"]
    );
    assert_eq!(credits_after(E1, E2, "Tom Avery reports"), ["Tom Avery"]);
    // "Staff Reports" credits no one.
    assert!(credits_after(E1, E2, "Staff Reports").is_empty());
    // Hosting a summit is news.
    body_between(
        E1,
        E2,
        &["Hosted by Poland, the summit brought together 30 defence ministers."],
    );
}

#[test]
fn photo_credits_of_local_papers_and_magazines() {
    furniture(
        E1,
        E2,
        &[
            "Courtesy photo",
            "Submitted photos",
            "Illustration by Kai Moreno",
            "Photographs by Ines Alder",
        ],
    );
    assert!(credits_after(E1, E2, "Illustration by Kai Moreno").is_empty());
}

#[test]
fn opinion_disclaimers_and_press_reviews() {
    furniture(
        E1,
        E2,
        &[
            "The opinions in this column do not necessarily reflect the position of the paper.",
            "Press reviews are compiled by the night desk.",
            "Previous press reviews",
            "More defence news",
        ],
    );
    furniture(
        P1,
        P2,
        &[
            "Kommentare geben die Meinung der Autorin wieder.",
            "Die Presseschau wurde von der Nachrichtenredaktion zusammengestellt.",
            "Weitere Presseschauen",
        ],
    );
    // Quotes of other papers in a press review stay body.
    body_between(
        P1,
        P2,
        &[
            "Die OSTSEE-POST meint:",
            "„Zu spät, aber richtig.“",
            "Der Minister gibt die Meinung der Regierung wieder.",
        ],
    );
}

#[test]
fn correction_notes() {
    // English outlets set a correction apart as a note under the article
    // ("Correction, Oct. 3, 2025: ..."): furniture, as before.
    furniture(
        E1,
        E2,
        &[
            "Correction, Oct. 3, 2025: An earlier version of this article gave the wrong number of launchers.",
        ],
    );
    // A German correction note stays body (an annotated article keeps one).
    body_between(
        P1,
        P2,
        &["Korrektur: In einer früheren Fassung stand, es seien vier Systeme."],
    );
}
