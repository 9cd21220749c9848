//! Body lines that look like the furniture of market pages, podcasts,
//! newsletters, broadcasters, fact checks and opinion pages: sentences of
//! reporting that start with "Read", "Follow", "Watch" or "Download", contain
//! "subscribe", "delayed", "not available" or "letter to the editor", short
//! answers and quotes. Each must stay body next to the rules for that
//! furniture (`outlet_types.rs`, `tests/unseen/`). Our own lines.

mod common;
use common::*;

/// Each line stays body between `a` and `b`; lists every line that does not.
fn all_body(a: &str, b: &str, lines: &[&str]) {
    let cut: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| is_bp(&run(&format!("{a}\n{l}\n{b}\n")), l))
        .collect();
    assert!(cut.is_empty(), "cut as furniture: {cut:#?}");
}

#[test]
fn reporting_that_starts_like_a_prompt_stays_body() {
    all_body(
        E1,
        E2,
        &[
            "Read together, the two statements suggest the deal is close.",
            "Read out in parliament, the letter named three suppliers of drones.",
            "Follow-up talks on the latest arms package made headlines in Warsaw.",
            "Follow the money, one analyst said, and the latest news makes sense.",
            "Watch towers along the border were fitted with new radars.",
            "Listen to the generals and you hear a different story about the tanks.",
            "Download speeds at the base improved after the new satellite link.",
            "Get the latest drones to the front, the commander told reporters.",
            "Support for the deal in parliament has grown since the summer.",
            "Hosted by Poland, the summit brought together 30 defence ministers.",
            "Presented by the defence minister, the plan foresees 48 new jets.",
            "Welcome as the order is, readers of the contract will find few details.",
        ],
    );
}

#[test]
fn reporting_with_furniture_words_stays_body() {
    all_body(
        E1,
        E2,
        &[
            "Poland will subscribe to the joint procurement scheme, the minister said.",
            "Kyiv has asked its allies to subscribe today to the drone coalition's fund.",
            "Media reports said the system is not available for export.",
            "The video, which is not available to the public, shows the launchers.",
            "In a letter to the editor of a Warsaw daily, the minister defended the deal.",
            "The transcript, which was edited by the Kremlin, shows the leaders discussed missiles.",
            "The transcript of the call was generated from notes taken by both sides.",
            "Charts released by the ministry show the delivery was delayed by a year.",
            "Quotes from the contract show the delivery was delayed by six months.",
            "Broadcast on Oct. 2, the footage showed launchers near the border.",
            "Aired on state television on 4 November, the footage showed 12 jets.",
            "The drones use auto-generated flight paths, the company said.",
            "The report was written by a team of 12 analysts at the institute.",
            "The statement does not reflect the views of all member states, a diplomat said.",
            "Sources said the jets would arrive in spring.",
            "More analysis is needed before the deal is signed, officials said.",
            "Previous reviews of the programme found delays in the deliveries.",
            "Stocks of artillery shells are running low, the general said.",
            "Prices of air defence missiles have doubled since 2022.",
        ],
    );
}

#[test]
fn short_body_lines_and_quotes_stay_body() {
    all_body(
        E1,
        E2,
        &[
            "Mostly.",
            "Why not?",
            "Up 2%",
            "Eleven in total.",
            "\"Read my lips,\" the minister said.",
            "\u{201c}More news will follow,\u{201d} a spokesman said.",
            "\"Subscribe to the coalition or stay out,\" he said.",
            "Earlier reviews flagged delays",
            "Conflicting reports",
            "Intelligence reports",
            "Related talks",
            "What the deal covers",
        ],
    );
    all_body(
        P1,
        P2,
        &[
            "24.02.2022 | Russland greift die Ukraine an",
            "24.02.2022 · Beginn der Invasion",
            "1 | Warum Polen kauft",
            "Die Hensoldt AG, Taufkirchen, liefert 2026 weitere Radargeräte.",
            "Plus 3 Prozent",
        ],
    );
}

/// Body lines that look like the translator and compiler credits, ticker
/// stamps, teasers, sign-offs and prompts of `tests/unseen/{de-gastbeitrag-uebersetzt,
/// de-ticker-zusammengestellt,de-regional-korrespondenten,de-newsletter-briefing,
/// en-oped-translated,en-tabloid-caps,en-magazine-multi}.txt`.
#[test]
fn lines_like_credits_and_teasers_of_other_layouts_stay_body() {
    all_body(
        P1,
        P2,
        &[
            "Hintergrund: Die Bundeswehr hat 2023 weitere Leopard-Panzer bestellt.",
            "Hintergrund der Lieferung ist ein Abkommen aus dem Jahr 2024.",
            "Aus dem Englischen von Beratern übersetzt, liegt der Vertrag nun dem Parlament vor.",
            "Zusammengestellt von Nato-Planern, umfasst die Liste 40 Waffensysteme.",
            "Die Soldaten wünschen Ihnen alles Gute, sagte der Oberst.",
            "+++ Eilmeldung: Polen kauft weitere Panzer +++",
            "Ort der Übergabe war der Stützpunkt Rukla.",
            "Das Ministerium grüßt Sie, heißt es in dem Schreiben an die Partner.",
        ],
    );
    all_body(
        E1,
        E2,
        &[
            "Translated by the ministry, the letter lists 12 howitzers and 40 drones.",
            "Translated from the Korean by a state agency, the statement praised Moscow.",
            "Read more about the deal in the ministry's report, officials said.",
            "Do you have a story to tell, the soldier asked the reporters.",
            "From the start, the 2025 deal was meant to cover 48 jets.",
            "This article of the treaty appears in the draft sent to Seoul.",
            "The Pipeline",
            "Show of force",
            "Most read in the ministry's report was the list of 12 howitzers.",
            "Most viewed in Kyiv as a signal, the deal covers 48 jets.",
        ],
    );
}
