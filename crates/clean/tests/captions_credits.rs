//! Captions and credit lines told apart from sub-headings: sub-headings
//! inside the body stay body and credit no one (even when they open with
//! "Von", "By" or "Mit", or name a place), captions closed by a picture
//! credit in any of its forms are boilerplate and credit no photographer,
//! and credit lines in unusual places (after the last paragraph,
//! "Mitarbeit:", "Reporting by", "contributed reporting") give their names.
//! Our own lines, copied from no page.

mod common;
use common::*;

/// The cleaned result of a page with `l` between two paragraphs.
fn between(a: &str, l: &str, b: &str) -> milcoop_clean::Cleaned {
    run(&format!("{a}\n{l}\n{b}\n"))
}

#[test]
fn sub_headings_stay_body_and_credit_no_one() {
    for (a, b, heads) in [
        (
            P1,
            P2,
            &[
                "Von Panzern und Drohnen",
                "Von Kiew nach Brüssel",
                "Mit Partnern in Asien",
                "Kritik aus Moskau",
                "Reaktionen aus Warschau und Vilnius",
                "Bilder aus der Fabrik",
                "Übung soll jährlich stattfinden",
                "Zweite Lieferung im Frühjahr",
                "Quelle der Spannungen",
                "Streit um Arbeitsanteile",
                "Deutschland und Polen uneins",
            ][..],
        ),
        (
            E1,
            E2,
            &[
                "By land and sea",
                "By the numbers",
                "With Russia and China",
                "Lessons from Ukraine",
                "Reporting from the front line",
                "Source of tension",
                "Photo finish in Warsaw",
                "Biggest defence export for Japan",
                "Why it matters",
                "Poland and Germany at odds",
            ][..],
        ),
    ] {
        for h in heads {
            let c = between(a, h, b);
            assert!(!is_bp(&c, h), "should be body: {h:?}");
            assert!(c.clean.credits.is_empty(), "{h:?} -> {:?}", c.clean.credits);
        }
    }
}

#[test]
fn captions_with_a_credit_in_any_form() {
    for (a, b, caps) in [
        (
            P1,
            P2,
            &[
                "Soldaten bei der Übergabe in Vilnius (Foto: dpa)",
                "Ein Leopard-Panzer auf dem Übungsplatz. © Bundeswehr/Jana Neumann",
                "Ein Leopard-Panzer auf dem Übungsplatz. Bildrechte: Bundeswehr",
                "Ein Leopard-Panzer auf dem Übungsplatz | Foto: Anna Berg/dpa",
                "Ein Leopard-Panzer auf dem Übungsplatz. (Foto: Bundeswehr/Jana Neumann)",
            ][..],
        ),
        (
            E1,
            E2,
            &[
                "Troops unload a launcher at the port. Photo: Reuters",
                "Troops unload a launcher at the port. (AP Photo/Jane Harlow)",
                "Troops unload a launcher at the port. Photograph: Jane Harlow/AFP/Getty Images",
                "Troops unload a launcher at the port. Credit: Jane Harlow/The Example Times",
                "Troops unload a launcher at the port. (Reuters: Jane Harlow)",
                "Troops unload a launcher at the port. (Supplied: Ministry of Defence)",
                "Troops unload a launcher at the port. (Supplied)",
                "The minister says the frigates will be built in Japan. (Reuters: Jane Harlow)",
                "Troops unload a launcher at the port during a drill on Monday. (Joint Chiefs of Staff)",
                "Troops unload a launcher at the port. (AFP-Yonhap)",
                "Troops unload a launcher at the port [Jane Harlow/Reuters]",
                "Troops unload a launcher at the port. REUTERS/Jane Harlow",
            ][..],
        ),
    ] {
        for cap in caps {
            let c = between(a, cap, b);
            assert!(is_bp(&c, cap), "should be boilerplate: {cap:?}");
            assert!(
                c.clean.credits.is_empty(),
                "{cap:?} -> {:?}",
                c.clean.credits
            );
        }
    }
    // A paragraph closed by an agency tag, or by an abbreviation, stays body.
    for (a, b, keep, credits) in [
        (
            E1,
            E2,
            "North Korea fired several missiles into the sea on Monday, officials said. (Yonhap)",
            &["Yonhap"][..],
        ),
        (
            P1,
            P2,
            "Die Systeme sollen noch vor dem Winter eintreffen, sagte ein Sprecher. (dpa/AFP)",
            &["dpa", "AFP"][..],
        ),
        (
            E1,
            E2,
            "The order was placed with the Joint Chiefs of Staff (JCS) in Seoul.",
            &[][..],
        ),
    ] {
        let c = between(a, keep, b);
        assert!(!is_bp(&c, keep), "should be body: {keep:?}");
        assert_eq!(c.clean.credits, credits, "{keep:?}");
    }
}

#[test]
fn credit_lines_after_the_last_paragraph() {
    for (a, b, line, want) in [
        (
            P1,
            P2,
            "Mitarbeit: Anna Berg, Tom Lind",
            &["Anna Berg", "Tom Lind"][..],
        ),
        (
            P1,
            P2,
            "Mitarbeit: Anna Berg und Tom Lind",
            &["Anna Berg", "Tom Lind"][..],
        ),
        (P1, P2, "(Mitarbeit: Anna Berg)", &["Anna Berg"][..]),
        (P1, P2, "Mitarbeit: Anna Berg (Kiew)", &["Anna Berg"][..]),
        (P1, P2, "Recherche: Anna Berg", &["Anna Berg"][..]),
        (
            P1,
            P2,
            "Aus dem Englischen von Lena Hoff",
            &["Lena Hoff"][..],
        ),
        (
            P1,
            P2,
            "Aus dem Russischen übersetzt von Lena Hoff und Tom Lind",
            &["Lena Hoff", "Tom Lind"][..],
        ),
        (
            E1,
            E2,
            "Translated from the Ukrainian by Iryna Bond.",
            &["Iryna Bond"][..],
        ),
        (
            E1,
            E2,
            "Example Public Radio's Tom Reed contributed reporting from Manila.",
            &["Tom Reed"][..],
        ),
        (P1, P2, "Text: Anna Berg", &["Anna Berg"][..]),
        (P1, P2, "(mit AFP/dpa)", &["AFP", "dpa"][..]),
        (
            E1,
            E2,
            "Reporting by Jane Harlow; Editing by Tom Reed",
            &["Jane Harlow", "Tom Reed"][..],
        ),
        (
            E1,
            E2,
            "Additional reporting by Jane Harlow in Kyiv and Tom Reed in Warsaw",
            &["Jane Harlow", "Tom Reed"][..],
        ),
        (
            E1,
            E2,
            "Jane Harlow contributed reporting.",
            &["Jane Harlow"][..],
        ),
        (
            E1,
            E2,
            "Jane Harlow and Tom Reed contributed reporting from Kyiv.",
            &["Jane Harlow", "Tom Reed"][..],
        ),
        (
            E1,
            E2,
            "Jane Harlow in Kyiv contributed to this report.",
            &["Jane Harlow"][..],
        ),
        (
            E1,
            E2,
            "Writing by Jane Harlow; Editing by Tom Reed",
            &["Jane Harlow", "Tom Reed"][..],
        ),
        (E1, E2, "Compiled by Jane Harlow", &["Jane Harlow"][..]),
        (E1, E2, "Edited by Tom Reed", &["Tom Reed"][..]),
    ] {
        let c = run(&format!("{a}\n{b}\n{line}\n"));
        assert!(is_bp(&c, line), "should be boilerplate: {line:?}");
        assert_eq!(c.clean.credits, want, "{line:?}");
    }
    // Sentences about reporting stay body.
    body_between(
        E1,
        E2,
        &[
            "Reporting by local media suggested the deal had been delayed.",
            "Several outlets contributed reporting to the joint investigation, the group said.",
        ],
    );
    body_between(
        P1,
        P2,
        &["Die Mitarbeit der Partner sei entscheidend, sagte der Minister."],
    );
}

#[test]
fn notes_on_credited_authors_but_not_on_the_interviewed() {
    let head = "Polen bestellt weitere Kampfpanzer in Südkorea\nVon Anna Berg";
    let note = "Dr. Anna Berg ist Wissenschaftlerin in der Forschungsgruppe Sicherheitspolitik.";
    let c = run(&format!("{head}\n{P1}\n{P2}\n{note}\n"));
    assert!(is_bp(&c, note), "{:?}", c.clean.boilerplate);
    assert_eq!(c.clean.credits, ["Anna Berg"]);
    // every academic title the credit line knows, stacked, before the note's name
    let note = "PD Dr. Anna Berg ist Privatdozentin für Internationale Politik an der Universität Potsdam.";
    let c = run(&format!("{head}\n{P1}\n{P2}\n{note}\n"));
    assert!(is_bp(&c, note), "{:?}", c.clean.boilerplate);
    let other = "Lea Brandt ist Wissenschaftlerin am Institut für Sicherheitsstudien in Graz.";
    let c = run(&format!("{head}\n{P1}\n{P2}\n{other}\n"));
    assert!(!is_bp(&c, other));
    assert_eq!(c.clean.credits, ["Anna Berg"]);
    // The interviewer and a broadcaster's programme notes.
    let c = run(&format!(
        "Interview: Jonas Weck\nSendung vom 05.11.2025, 07:15 Uhr\nAudio (6:42 min)\n{P1}\n{P2}\nDiese Sendung zum Nachhören\nZur Drucksache 20/13102 (PDF)\n"
    ));
    for l in [
        "Interview: Jonas Weck",
        "Sendung vom 05.11.2025, 07:15 Uhr",
        "Audio (6:42 min)",
        "Diese Sendung zum Nachhören",
        "Zur Drucksache 20/13102 (PDF)",
    ] {
        assert!(is_bp(&c, l), "{l:?}");
    }
    assert_eq!(c.clean.credits, ["Jonas Weck"]);
    body_between(
        P1,
        P2,
        &["Interview: Scholz über die Lieferung weiterer Panzer an die Ukraine"],
    );
}

#[test]
fn unknown_wire_agencies_and_commentary_notes() {
    let c = run(&format!(
        "DUBAI, July 16 (Wirewatch) - {E1}\n{E2}\nThe views expressed are the author's own.\nNotes\n[1] Treaty text as published by the ministry, 17 January 2025.\n"
    ));
    assert_eq!(c.clean.credits, ["Wirewatch"]);
    assert!(is_bp(&c, "Notes"));
    assert!(is_bp(&c, "The views expressed are the author's own."));
    assert!(is_bp(
        &c,
        "[1] Treaty text as published by the ministry, 17 January 2025."
    ));
    // A place in brackets is no agency.
    let c = run(&format!("Berlin (Brandenburg) - {P1}\n{P2}\n"));
    assert!(c.clean.credits.is_empty(), "{:?}", c.clean.credits);
    let c = run(&format!(
        "Example title of the commentary here\nHelena Varga, Senior Fellow, Eurasia Programme\n20 June 2025\n{E1}\n{E2}\n"
    ));
    assert_eq!(c.clean.credits, ["Helena Varga"]);
    let c = run(&format!(
        "{E1}\nDefence Desk | New Delhi | Updated: February 14, 2025 09:12 IST\n{E2}\n"
    ));
    assert!(is_bp(
        &c,
        "Defence Desk | New Delhi | Updated: February 14, 2025 09:12 IST"
    ));
}
