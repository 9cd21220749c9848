//! Deals, licence production and sanctions on the full embedded data: a civil word
//! inside a party's name is no civil domain, a licence to build is licence production
//! and a licence to export is not, civil deals stay empty.

#[allow(dead_code)]
mod common;

use milcoop_extract::Engine;

fn got(engine: &Engine, lang: &str, text: &str) -> Vec<String> {
    let (_, events, _) = common::extract_text(engine, text, lang);
    events
        .iter()
        .map(|e| {
            format!(
                "{} {}>{}",
                e.kind,
                e.actor.as_deref().unwrap_or("-"),
                e.recipient.as_deref().unwrap_or("-")
            )
        })
        .collect()
}

#[test]
fn civil_word_inside_a_party_name() {
    let engine = Engine::new().expect("embedded data");
    // "Handels…" is a civil word (trade), but inside the name of the US Commerce
    // Department, which keeps the Entity List, it names a body
    let r = got(
        &engine,
        "de",
        "Das US-Handelsministerium setzte 42 chinesische Firmen auf die Entity List.",
    );
    assert_eq!(r, ["sanction USA>CHN"]);
    // deals of civil domains stay empty
    for (lang, text) in [
        (
            "de",
            "China und Brasilien schlossen ein Handelsabkommen über Sojabohnen.",
        ),
        (
            "de",
            "Deutschland und Norwegen unterzeichneten ein Wasserstoffabkommen.",
        ),
        (
            "de",
            "Großbritannien und Indien einigten sich auf ein Freihandelsabkommen.",
        ),
        ("en", "Germany and Norway signed a hydrogen deal."),
        ("en", "The EU froze accession talks with Turkey."),
        (
            "en",
            "France and Morocco signed contracts for high-speed trains.",
        ),
        ("en", "Japan designated a new ambassador to China."),
    ] {
        assert!(got(&engine, lang, text).is_empty(), "{text}");
    }
}

#[test]
fn licence_production_and_plants() {
    let engine = Engine::new().expect("embedded data");
    for (lang, text) in [
        ("en", "India builds Su-30 fighters under a Russian licence."),
        ("de", "Indien baut Su-30-Kampfjets in russischer Lizenz."),
        (
            "de",
            "Der türkische Drohnenhersteller Baykar errichtet ein Werk in der Ukraine.",
        ),
        (
            "en",
            "Russia and Iran are assembling Shahed drones at a plant in Yelabuga.",
        ),
    ] {
        let r = got(&engine, lang, text);
        assert!(
            r.iter().any(|e| e.starts_with("joint_production")),
            "{text}: {r:?}"
        );
    }
    // a licence to export, a car plant, a power plant: no production
    for (lang, text) in [
        (
            "en",
            "Germany granted an export licence for tanks to Qatar.",
        ),
        (
            "de",
            "Deutschland erteilte eine Lizenz für den Export von Panzern nach Katar.",
        ),
        ("de", "Volkswagen baut ein Werk in Indien."),
        ("en", "Russian troops shelled the power plant in Ukraine."),
    ] {
        let r = got(&engine, lang, text);
        assert!(
            r.iter().all(|e| !e.starts_with("joint_production")),
            "{text}: {r:?}"
        );
    }
}
