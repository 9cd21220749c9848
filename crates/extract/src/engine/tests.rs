//! Engine tests on sentences we wrote, with a small lexicon so that each
//! test shows the knowledge it relies on.

use super::*;
use milcoop_analyze::lexicon::Sources;
use milcoop_core::Quantity;

const STATES: &str = "\
IRN\tIRN\tname\t*\tIran
IRN\tIRN\tadj\tde\tiranische
IRN\tIRN\tadj\tde\tiranischen
IRN\tIRN\tadj\ten\tIranian
IRN\tIRN\tcapital\t*\tTeheran
RUS\tRUS\tname\tde\tRussland
RUS\tRUS\tname\ten\tRussia
RUS\tRUS\tadj\ten\tRussian
RUS\tRUS\tadj\tde\trussische
RUS\tRUS\tadj\tde\trussischen
RUS\tRUS\tcapital\tde\tMoskau
RUS\tRUS\tcapital\ten\tMoscow
UKR\tUKR\tname\t*\tUkraine
UKR\tUKR\tadj\tde\tukrainische
UKR\tUKR\tadj\tde\tukrainischen
UKR\tUKR\tadj\ten\tUkrainian
USA\tUSA\tname\t*\tUSA
USA\tUSA\tname\ten\tU.S.
USA\tUSA\tname\t*\tUS
DEU\tDEU\tname\tde\tDeutschland
PRK\tPRK\tname\ten\tNorth Korea
PRK\tPRK\tadj\ten\tNorth Korean
PRK\tPRK\tcapital\ten\tPyongyang
PRK\tPRK\tadj\tde\tnordkoreanischer
IRN\tIRN\tadj\tde\tiranischer
ARM\tARM\tdemonym\ten\tArmenian
ARE\tARE\tdemonym\t*\tEmirati
KGZ\tKGZ\tdemonym\ten\tKyrgyz
ARM\tARM\tadj\tde\tarmenische
ARE\tARE\tadj\tde\temiratische
KGZ\tKGZ\tadj\tde\tkirgisische
";
const ORGS: &str = "org:eu\t-\tintl\t*\tEU\norg:reuters\t-\tmedia\t*\tReuters\norg:rheinmetall\tDEU\tcompany\t*\tRheinmetall\n";
const PERSONS: &str = "person:john-kirby\tUSA\tspokesperson\t*\tJohn Kirby\nperson:john-kirby\tUSA\tspokesperson\t*\tKirby\n";
const SYSTEMS: &str = "Shahed-136\tuav\tIRN\t*\tShahed-136\nSu-35\tcombat_aircraft\tRUS\t*\tSu-35\nLeopard 2\tarmoured_vehicle\tDEU\t*\tLeopard 2\n";
const ITEMS_DE: &str = "uav\tsuffix\tdrohnen\nuav\tprefix\tdrohnen\nmissile\tsuffix\traketen\nweapons_unspecified\tsuffix\twaffen\ncombat_aircraft\tsuffix\tkampfjets\nammunition\tsuffix\tmunition\n";
const ITEMS_EN: &str = "uav\tword\tdrones\nuav\tword\tdrone\nammunition\tword\tshells\nmissile\tword\tmissiles\nweapons_unspecified\tword\tweapons\n";

fn engine() -> Engine {
    let lex = Lexicon::load(&Sources {
        entities: &[
            ("states.tsv", STATES),
            ("orgs.tsv", ORGS),
            ("persons.tsv", PERSONS),
        ],
        systems: SYSTEMS,
        items: &[("de", ITEMS_DE), ("en", ITEMS_EN)],
        roles: "de\tspokesperson\tSprecher\nen\tofficial\tofficials\n",
        stop: "",
    })
    .unwrap();
    Engine::with(lex, load_embedded().unwrap())
}

/// Runs the engine on sentences (one per line) and checks that every
/// evidence is verbatim and inside its sentence.
fn events(lang: &str, text: &str, published: Option<&str>) -> Vec<Event> {
    let mut sentences = Vec::new();
    let mut pos = 0;
    for line in text.split('\n') {
        if !line.is_empty() {
            sentences.push(Sentence {
                span: Span::new(pos, pos + line.len()),
                headline: false,
            });
        }
        pos += line.len() + 1;
    }
    let evs = engine().extract(&Input {
        text,
        sentences: &sentences,
        lang,
        published,
    });
    for ev in &evs {
        assert_eq!(ev.span.slice(text), Some(ev.evidence.as_str()));
        assert!(sentences[ev.sentence].span.contains(&ev.span));
    }
    evs
}

/// [`events`] as `type actor>recipient status certainty [items]`.
fn run(lang: &str, text: &str, published: Option<&str>) -> Vec<String> {
    let evs = events(lang, text, published);
    evs.iter()
        .map(|ev| {
            format!(
                "{} {}>{} {} {} {:?}",
                ev.kind,
                ev.actor.as_deref().unwrap_or("-"),
                ev.recipient.as_deref().unwrap_or("-"),
                ev.status,
                ev.certainty,
                ev.items.iter().map(|i| i.as_str()).collect::<Vec<_>>()
            )
        })
        .collect()
}

#[test]
fn german_dative_without_preposition() {
    assert_eq!(
        run("de", "Der Iran liefert Russland Drohnen.", None),
        ["supply IRN>RUS ongoing asserted [\"uav\"]"]
    );
    assert_eq!(
        run("de", "Russland liefert dem Iran Kampfjets.", None),
        ["supply RUS>IRN ongoing asserted [\"combat_aircraft\"]"]
    );
}

#[test]
fn german_perfect_and_prepositions() {
    assert_eq!(
        run(
            "de",
            "Seit August hat der Iran mehrere hundert Drohnen nach Russland geliefert.",
            None
        ),
        ["supply IRN>RUS completed asserted [\"uav\"]"]
    );
}

#[test]
fn german_receive_frame() {
    assert_eq!(
        run("de", "Russland erhielt Raketen aus dem Iran.", None),
        ["supply IRN>RUS completed asserted [\"missile\"]"]
    );
}

#[test]
fn german_passive_with_von() {
    assert_eq!(
        run(
            "de",
            "Die Drohnen wurden von Iran an Russland geliefert.",
            None
        ),
        ["supply IRN>RUS completed asserted [\"uav\"]"]
    );
}

#[test]
fn german_hedges_and_future() {
    assert_eq!(
        run(
            "de",
            "Russland liefere dem Iran möglicherweise Kampfjets.",
            None
        ),
        ["supply RUS>IRN ongoing possible [\"combat_aircraft\"]"]
    );
    assert_eq!(
        run(
            "de",
            "Der Iran wird wahrscheinlich Waffen an Russland liefern.",
            None
        ),
        ["supply IRN>RUS planned likely [\"weapons_unspecified\"]"]
    );
    assert_eq!(
        run(
            "de",
            "Der Iran erwägt, Raketen an Russland zu liefern.",
            None
        ),
        ["supply IRN>RUS considered asserted [\"missile\"]"]
    );
}

#[test]
fn german_denial() {
    assert_eq!(
        run(
            "de",
            "Teheran bestreitet, Drohnen an Russland geliefert zu haben.",
            None
        ),
        ["supply IRN>RUS completed negated [\"uav\"]"]
    );
    assert_eq!(
        run(
            "de",
            "Der Iran hat keine Raketen an Russland geliefert.",
            None
        ),
        ["supply IRN>RUS completed negated [\"missile\"]"]
    );
}

#[test]
fn system_maker_is_supplier() {
    assert_eq!(
        run(
            "de",
            "Russland setzt Shahed-136 ein, die an Moskau geliefert wurden.",
            None
        )[0],
        "supply IRN>RUS completed asserted [\"uav\"]"
    );
}

#[test]
fn english_frames() {
    assert_eq!(
        run("en", "Iran sent drones to Russia.", None),
        ["supply IRN>RUS completed asserted [\"uav\"]"]
    );
    assert_eq!(
        run("en", "Russia reportedly received missiles from Iran.", None),
        ["supply IRN>RUS completed unconfirmed [\"missile\"]"]
    );
    assert_eq!(
        run(
            "en",
            "North Korea could have sent over 6 million shells to Russia.",
            None
        ),
        ["supply PRK>RUS completed possible [\"ammunition\"]"]
    );
    assert_eq!(
        run("en", "Iran has denied sending weapons to Russia.", None),
        ["supply IRN>RUS completed negated [\"weapons_unspecified\"]"]
    );
    assert_eq!(
        run("en", "The U.S. will send more shells to Ukraine.", None),
        ["supply USA>UKR planned asserted [\"ammunition\"]"]
    );
}

#[test]
fn attribution_from_speakers_and_pronouns() {
    let text = "Iran sent drones to Russia, Kirby said.\nRussia also received missiles from Iran, he said.";
    let evs = events("en", text, None);
    assert_eq!(evs.len(), 2);
    assert_eq!(evs[0].attribution, ["person:john-kirby", "USA"]);
    assert_eq!(evs[1].attribution, ["person:john-kirby", "USA"]);
}

#[test]
fn indirect_speech_goes_on_reporting_the_last_speaker() {
    // Konjunktiv I continues the speaker; an indicative sentence is the article's own voice
    let text = "Iran liefert Russland Drohnen, sagte Kirby.\nDaher könne Russland weitere Drohnen vom Iran erhalten.\nIran liefert Russland Raketen.";
    let evs = events("de", text, None);
    assert_eq!(evs.len(), 3);
    assert_eq!(evs[1].attribution, ["person:john-kirby", "USA"]);
    assert!(evs[2].attribution.is_empty(), "{:?}", evs[2].attribution);
    // too far from its speaker, indirect speech is not attributed
    let text = "Iran liefert Russland Drohnen, sagte Kirby.\nA.\nB.\nC.\nDaher könne Russland weitere Drohnen vom Iran erhalten.";
    let evs = events("de", text, None);
    assert!(evs.last().unwrap().attribution.is_empty());
}

#[test]
fn speaker_description_is_the_last_speakers_body() {
    let text = "Iran sent drones to Russia, Kirby said.\nRussia also received missiles from Iran, the ministry said.";
    let evs = events("en", text, None);
    assert_eq!(evs[1].attribution, ["USA"]);
}

#[test]
fn stance_restates_the_act_just_reported() {
    let text = "Iran hat Russland Drohnen geliefert.\nTeheran bestreitet das.";
    let evs = events("de", text, None);
    assert_eq!(evs.len(), 2);
    assert_eq!(evs[1].certainty, Certainty::Negated);
    assert_eq!(
        (evs[1].actor.as_deref(), evs[1].recipient.as_deref()),
        (Some("IRN"), Some("RUS"))
    );
    assert_eq!(evs[1].attribution, ["IRN"]);
    assert_eq!(evs[1].evidence, "Teheran bestreitet das");
    // the denial does not source the sentence before it
    assert!(evs[0].attribution.is_empty());
    let text = "Iran sent drones to Russia, Kirby said.\nReuters could not independently verify the claims.";
    let evs = events("en", text, None);
    assert_eq!(evs[1].certainty, Certainty::Unconfirmed);
    assert_eq!(
        evs[1].attribution,
        ["org:reuters", "person:john-kirby", "USA"]
    );
    // without an anaphoric object a denial says nothing about the act before it
    let evs = events(
        "de",
        "Iran hat Russland Drohnen geliefert.\nTeheran bestreitet jede Schuld am Krieg.",
        None,
    );
    assert_eq!(evs.len(), 1);
    // coordinated deniers each deny; "den Vorwurf" is an anaphoric object
    let text =
        "Iran hat Russland Drohnen geliefert.\nTeheran und Moskau weisen den Vorwurf zurück.";
    let evs = events("de", text, None);
    assert_eq!(evs.len(), 2);
    assert_eq!(evs[1].certainty, Certainty::Negated);
    assert_eq!(evs[1].attribution, ["IRN", "RUS"]);
}

#[test]
fn meeting_and_sanction() {
    assert_eq!(
        run(
            "en",
            "Kirby met military officials of North Korea in Pyongyang.",
            None
        ),
        ["meeting USA>PRK completed asserted []"]
    );
    let r = run(
        "de",
        "Die EU verhängt Sanktionen gegen iranische Drohnenhersteller.",
        None,
    );
    assert_eq!(r, ["sanction org:eu>IRN ongoing asserted []"]);
    // sanctions with no military tie (no military word, item or act near) are no event
    assert!(run("de", "Die EU verhängt Sanktionen gegen den Iran.", None).is_empty());
}

#[test]
fn time_and_quantity() {
    let text = "Seit August hat der Iran mehrere hundert Drohnen nach Russland geliefert.";
    let ev = events("de", text, Some("2022-12-10"));
    assert_eq!(
        ev[0].time.as_ref().unwrap().start.as_deref(),
        Some("2022-08")
    );
    assert_eq!(
        ev[0].quantity,
        Some(Quantity {
            min: Some(200),
            max: Some(999)
        })
    );
}

/// The quantity bounds of the first event of `text`, which must make one.
fn q(lang: &str, text: &str) -> Option<(Option<u64>, Option<u64>)> {
    let ev = events(lang, text, None);
    assert!(!ev.is_empty(), "{text}");
    ev[0].quantity.map(|q| (q.min, q.max))
}

#[test]
fn a_year_after_a_season_is_no_count_and_swiss_thousands_are() {
    assert_eq!(
        q(
            "de",
            "Deutschland wollte der Ukraine im Frühjahr 2022 Munition liefern."
        ),
        None
    );
    assert_eq!(
        q("en", "Germany delivered drones to Ukraine in early 2023."),
        None
    );
    assert_eq!(
        q(
            "de",
            "Deutschland wollte der Ukraine im Frühjahr 2022 rund 12'400 Schuss Munition liefern."
        ),
        Some((Some(11160), Some(13640)))
    );
}

#[test]
fn people_and_unit_counts() {
    // count nouns of air defence
    assert_eq!(
        q(
            "de",
            "Deutschland liefert der Ukraine zwei weitere Feuereinheiten IRIS-T."
        ),
        Some((Some(2), Some(2)))
    );
}

#[test]
fn partitive_quantity_counts_the_part() {
    let one = |lang: &str, text: &str| {
        let ev = events(lang, text, None);
        assert_eq!(ev.len(), 1, "{text}");
        ev[0].quantity
    };
    let two = Some(Quantity {
        min: Some(2),
        max: Some(2),
    });
    assert_eq!(
        one(
            "de",
            "Deutschland will zwei seiner noch neun Drohnen an die Ukraine abgeben."
        ),
        two
    );
    assert_eq!(
        one("en", "Germany will send two of its nine drones to Ukraine."),
        two
    );
}

#[test]
fn definite_german_act_continues_the_act_before() {
    let r = run(
        "de",
        "Deutschland will ukrainische Soldaten ausbilden.\nMit der Ausbildung soll sofort begonnen werden.",
        None,
    );
    assert_eq!(
        r.iter()
            .filter(|e| e.starts_with("training DEU>UKR"))
            .count(),
        2,
        "{r:?}"
    );
}

#[test]
fn not_events() {
    assert!(run("en", "Russia attacked Ukrainian cities overnight.", None).is_empty());
    assert!(
        run(
            "de",
            "Der Iran fordert eine Rückkehr zum Atomabkommen.",
            None
        )
        .iter()
        .all(|e| !e.starts_with("supply"))
    );
}

#[test]
fn unsupported_language_gives_nothing() {
    assert!(run("fr", "L'Iran a livré des drones à la Russie.", None).is_empty());
}

#[test]
fn present_tense_dated_after_publication_is_planned() {
    let text = "Der Iran liefert im Oktober 2024 Raketen an Russland.";
    let ev = events("de", text, Some("2024-06-01"));
    assert_eq!(ev[0].status, Status::Planned);
    let ev = events("de", text, Some("2024-11-20"));
    assert_eq!(ev[0].status, Status::Ongoing);
}

#[test]
fn origin_compounds_name_the_maker() {
    let mut r = run("en", "Russia received Iranian-made drones.", None);
    r.sort();
    assert_eq!(r, ["supply IRN>RUS completed asserted [\"uav\"]"]);
}

#[test]
fn a_headline_dash_ends_a_hedge() {
    let text = "Russland beschafft offenbar Drohnen aus dem Iran – Teheran prüft Raketenlieferungen an Moskau";
    let certainties = |headline: bool| {
        let sentences = [Sentence {
            span: Span::new(0, text.len()),
            headline,
        }];
        engine()
            .extract(&Input {
                text,
                sentences: &sentences,
                lang: "de",
                published: None,
            })
            .iter()
            .map(|e| format!("{} {}", e.status, e.certainty))
            .collect::<Vec<_>>()
    };
    // two headlines joined by a dash: the hedge of the first stays there
    assert_eq!(certainties(true), ["ongoing likely", "considered asserted"]);
    // in a body sentence the dash is an aside, and the hedge before it still counts
    assert_eq!(
        certainties(false).last().map(String::as_str),
        Some("considered likely")
    );
}

#[test]
fn a_firm_of_no_one_state_is_no_party() {
    let lex = Lexicon::load(&Sources {
        entities: &[
            ("states.tsv", STATES),
            ("orgs.tsv", "org:knds\t-\tcompany\t*\tKNDS\n"),
        ],
        systems: SYSTEMS,
        items: &[("de", ITEMS_DE), ("en", ITEMS_EN)],
        roles: "",
        stop: "",
    })
    .unwrap();
    let text = "KNDS liefert der Ukraine Munition.";
    let sentences = [Sentence {
        span: Span::new(0, text.len()),
        headline: false,
    }];
    let evs = Engine::with(lex, load_embedded().unwrap()).extract(&Input {
        text,
        sentences: &sentences,
        lang: "de",
        published: None,
    });
    assert_eq!(evs.len(), 1);
    assert_eq!(evs[0].actor, None);
    assert_eq!(evs[0].recipient.as_deref(), Some("UKR"));
}

#[test]
fn english_anaphors() {
    // "the two countries": both parties of the sentence before
    assert_eq!(
        run(
            "en",
            "Russia and North Korea have deepened their ties.\nThe two countries signed a defence pact.",
            None
        ),
        ["agreement RUS>PRK agreed asserted []"]
    );
    // a definite nominal trigger takes the act of the sentences before, and "includes"
    // keeps that act's status
    assert_eq!(
        run(
            "en",
            "The US announced a new aid package for Ukraine.\nThe package includes artillery shells.",
            None
        ),
        [
            "supply USA>UKR planned asserted []",
            "supply USA>UKR planned asserted [\"ammunition\"]"
        ]
    );
}

#[test]
fn next_clause_byte_finds_the_first_mark() {
    for t in [
        "",
        "abc",
        "Iran liefert Drohnen, sagte er",
        "Der Iran (dpa) - liefert „Drohnen“: ja; nein",
        "abcdefghijklmnopqrstuvwxyz–ü",
        "0123456789\"",
        "Ölpreise steigen",
    ] {
        let b = t.as_bytes();
        for i in 0..=b.len() {
            let want = (i..b.len())
                .find(|&j| CLAUSE_BYTES[usize::from(b[j])])
                .unwrap_or(b.len());
            assert_eq!(next_clause_byte(b, i), want, "{t:?} {i}");
        }
    }
}

#[test]
fn everyday_words_need_something_military_near() {
    // an article with no military word, war word or item reports no military cooperation
    assert!(
        run(
            "en",
            "The United States sent a letter to Russia.\nThe two sides will meet in June.\nThe letter was short.",
            None
        )
        .is_empty()
    );
    // a generic verb with no item stands only next to something military
    let text = "Iran gets cleaner air.\nThe weather was mild.\nThe sky was blue.\nIran sent drones to Russia.";
    assert_eq!(
        run("en", text, None),
        ["supply IRN>RUS completed asserted [\"uav\"]"]
    );
    let text = "Iran sent drones to Russia.\nMoscow also gets money from Iran.";
    assert_eq!(run("en", text, None).len(), 2);
    // talks or a deal of a civil domain are no military cooperation
    let text = "Russia supplies missiles to Iran.\nRussia and Ukraine held trade talks.";
    assert_eq!(
        run("en", text, None),
        ["supply RUS>IRN ongoing asserted [\"missile\"]"]
    );
}

#[test]
fn german_headline_takes_its_missing_side_from_the_body() {
    // "Teheran erwägt Raketenlieferungen": the headline names no receiver; the body's
    // first act of that kind by the same giver does
    assert_eq!(
        run(
            "de",
            "Teheran erwägt Drohnenlieferungen\nDer Iran liefert Russland seit Monaten Drohnen.",
            None
        ),
        [
            "supply IRN>RUS considered asserted [\"uav\"]",
            "supply IRN>RUS ongoing asserted [\"uav\"]"
        ]
    );
}

#[test]
fn german_joint_act_with_described_firms() {
    // "diese Firmen" stands for the firms named just before; they cooperate with the
    // party after "mit"
    let evs = run(
        "de",
        "Die USA verhängten Sanktionen gegen iranische Unternehmen.\nDiese Firmen sollen Drohnen entwickeln – in enger Zusammenarbeit mit russischen Rüstungsunternehmen.",
        None,
    );
    // (unordered: either order)
    assert!(
        evs.iter()
            .any(|e| e.starts_with("support IRN>RUS") || e.starts_with("support RUS>IRN")),
        "{evs:?}"
    );
}

#[test]
fn german_er_after_a_named_speaker_is_his_state() {
    // "Er" in the sentence after one sourced to Kirby stands for Kirby, who acts for the USA
    let evs = run(
        "de",
        "Kirby sagte, die USA würden reagieren.\nEr traf am Dienstag seinen ukrainischen Amtskollegen.",
        None,
    );
    // (unordered: either order)
    assert!(
        evs.iter()
            .any(|e| e.starts_with("meeting USA>UKR") || e.starts_with("meeting UKR>USA")),
        "{evs:?}"
    );
}

#[test]
fn german_stance_clause_with_its_object_inside() {
    // "Bestätigt ist das nicht": the stance restates the act just reported, unconfirmed
    assert_eq!(
        run(
            "de",
            "Der Iran soll Russland Raketen geliefert haben.\nBestätigt ist das nicht.",
            None
        ),
        [
            "supply IRN>RUS completed unconfirmed [\"missile\"]",
            "supply IRN>RUS completed unconfirmed [\"missile\"]"
        ]
    );
}

#[test]
fn english_act_times() {
    let times = |text: &str| -> Vec<Option<String>> {
        events("en", text, Some("2024-09-06"))
            .iter()
            .map(|e| e.time.as_ref().and_then(|t| t.start.clone()))
            .collect()
    };
    // announcing a nominal act dates the act
    assert_eq!(
        times("The US announced today new military aid for Ukraine."),
        [Some("2024-09-06".to_string())]
    );
    // a time of telling before a clause does not
    assert_eq!(
        times("Kirby said today that Iran had sent drones to Russia."),
        [None]
    );
    // the date of a letter is no time of the act
    assert_eq!(
        times("Kirby wrote in a letter dated 1 July that Iran will send drones to Russia."),
        [None]
    );
    // "during this period" takes the time of the sentence before
    assert_eq!(
        times(
            "Iran sent drones to Russia last year.\nDuring this period, Iran also sent shells to Russia."
        ),
        [Some("2023".to_string()), Some("2023".to_string())]
    );
}

#[test]
fn german_passive_pronoun_takes_the_maker() {
    // "sie" of a passive is what is given; where it was made names the giver
    let got = run(
        "de",
        "Die Drohnen werden im Iran hergestellt.\nAnschließend sollen sie nach Russland geliefert werden.",
        None,
    );
    assert!(
        got.iter().any(|e| e.starts_with("supply IRN>RUS")),
        "{got:?}"
    );
    // without a place of making the giver stays unknown
    let got = run(
        "de",
        "Die Drohnen sind teuer.\nAnschließend sollen sie nach Russland geliefert werden.",
        None,
    );
    assert!(!got.iter().any(|e| e.starts_with("supply IRN")), "{got:?}");
}

#[test]
fn german_nominal_act_received_by_the_subject() {
    // the receiving verb carries the act; "Militärhilfe" gives no act of the receiver
    assert_eq!(
        run(
            "de",
            "Die Ukraine erhält Militärhilfe in Höhe von sieben Milliarden Euro.",
            None
        ),
        ["supply ->UKR ongoing asserted []"]
    );
}

#[test]
fn english_people_sent_are_personnel_not_supply() {
    for text in [
        "North Korea has sent troops to Russia.",
        "Iranian advisers were sent to Russia.",
    ] {
        let evs = run("en", text, None);
        assert!(
            evs.iter().all(|e| !e.starts_with("supply")),
            "{text}: {evs:?}"
        );
        assert!(
            evs.iter().any(|e| e.starts_with("personnel")),
            "{text}: {evs:?}"
        );
    }
    // materiel sent along is still supplied
    let evs = run(
        "en",
        "North Korea has sent troops and shells to Russia.",
        None,
    );
    assert!(
        evs.iter().any(|e| e.starts_with("supply PRK>RUS")),
        "{evs:?}"
    );
}

#[test]
fn english_drills_that_come_after_another_act() {
    let evs = run(
        "en",
        "The joint drills come a week after Russia and North Korea signed a defence pact.",
        None,
    );
    assert!(evs.iter().all(|e| !e.starts_with("exercise")), "{evs:?}");
}

#[test]
fn german_nominal_act_after_a_meeting_takes_its_other_party() {
    // the sentence after a meeting names one side of a nominal act: the meeting's
    // other party is its other side
    let got = run(
        "de",
        "Der russische Verteidigungsminister reiste nach Teheran.\nDabei ging es um die Lieferung von Raketen aus dem Iran.",
        None,
    );
    assert!(
        got.iter().any(|e| e.starts_with("meeting RUS>IRN")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|e| e.starts_with("supply IRN>RUS")),
        "{got:?}"
    );
    // with no meeting before it, the other side stays open
    let got = run(
        "de",
        "Der Krieg dauert an.\nDabei ging es um die Lieferung von Raketen aus dem Iran.",
        None,
    );
    assert!(got.iter().all(|e| !e.contains(">RUS")), "{got:?}");
}

#[test]
fn a_person_named_in_full_is_later_named_by_one_part_of_the_name() {
    let text = "Kim Jong Un empfing Putin in Pjöngjang.\nKim sagte Russland volle Unterstützung im Krieg zu.";
    let nl = text.find('\n').unwrap();
    let sentences = [
        Sentence {
            span: Span::new(0, nl),
            headline: false,
        },
        Sentence {
            span: Span::new(nl + 1, text.len()),
            headline: false,
        },
    ];
    let evs = Engine::new().unwrap().extract(&Input {
        text,
        sentences: &sentences,
        lang: "de",
        published: None,
    });
    assert!(
        evs.iter().any(|e| e.sentence == 1
            && e.actor.as_deref() == Some("PRK")
            && e.recipient.as_deref() == Some("RUS")),
        "{evs:?}"
    );
}

#[test]
fn acts_of_other_senses_are_dropped() {
    // a supply with a party missing and nothing given named
    assert!(
        run(
            "en",
            "The US sent a similar message ahead of the vote.",
            None
        )
        .is_empty()
    );
    assert!(run("de", "Die USA schickten vor der Wahl eine Botschaft.", None).is_empty());
    // a sentence of a civil domain with nothing military in it or next to it
    assert!(
        run(
            "en",
            "The US will raise tariffs on imports from Iran if no deal is reached.",
            None
        )
        .is_empty()
    );
    // a civil word beside a weapon leaves the act
    assert_eq!(
        run(
            "en",
            "Iran sent drones to Russia in exchange for oil.",
            None
        ),
        ["supply IRN>RUS completed asserted [\"uav\"]"]
    );
    // troops that leave are not deployed
    assert!(run("en", "Iran ordered Russian troops to leave Ukraine.", None).is_empty());
}

/// The parties of the act of an earlier sentence, as `actor>recipient` of the events of
/// the last sentence.
fn last_pairs(lang: &str, text: &str) -> Vec<String> {
    let evs = events(lang, text, None);
    let last = evs.iter().map(|e| e.sentence).max().unwrap_or(0);
    evs.iter()
        .filter(|e| e.sentence == last && last > 0)
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
fn german_missing_parties_from_context() {
    // an act with no party takes those of its kind two sentences before
    assert_eq!(
        last_pairs(
            "de",
            "Iran liefert Russland Drohnen.\nDas berichten mehrere Medien am Montag übereinstimmend.\nDie Lieferungen sollen über das Kaspische Meer erfolgen."
        ),
        ["supply IRN>RUS"]
    );
    // a giving act of another kind names the other side of one with one side
    assert_eq!(
        last_pairs(
            "de",
            "Iran liefert Russland Drohnen.\nZudem sollen russische Soldaten an den Drohnen ausgebildet werden."
        ),
        ["training IRN>RUS"]
    );
    // "der Konzern": the firm of the sentence before
    assert_eq!(
        last_pairs(
            "de",
            "Rheinmetall baut seine Produktion aus.\nDer Konzern will der Ukraine im Sommer weitere Munition liefern."
        ),
        ["supply DEU>UKR"]
    );
}

#[test]
fn chronology_line_in_the_historical_present_is_past() {
    // a line that opens with a date before publication tells a finished act
    let text = "Juni 2022: Deutschland liefert der Ukraine die ersten Drohnen.";
    assert_eq!(
        run("de", text, Some("2025-02-24")),
        ["supply DEU>UKR completed asserted [\"uav\"]"]
    );
    let text = "12. März 2023: Iran schickt Russland weitere Drohnen.";
    assert_eq!(
        run("de", text, Some("2025-02-24")),
        ["supply IRN>RUS completed asserted [\"uav\"]"]
    );
    // "seit" opens no date label: the act goes on
    let text = "Seit Juni 2022 liefert Deutschland der Ukraine Drohnen.";
    assert_eq!(
        run("de", text, Some("2025-02-24")),
        ["supply DEU>UKR ongoing asserted [\"uav\"]"]
    );
    // a label after publication stays a plan
    let text = "Juni 2026: Deutschland liefert der Ukraine weitere Drohnen.";
    assert_eq!(
        run("de", text, Some("2025-02-24")),
        ["supply DEU>UKR planned asserted [\"uav\"]"]
    );
}

#[test]
fn coordinated_party_adjectives_share_their_noun() {
    // a title-cased line: the demonym before an item word is its adjective
    let mut got = run(
        "en",
        "New Deliveries of Iranian and North Korean Drones to Russia",
        None,
    );
    got.sort();
    assert_eq!(
        got.iter().map(|e| &e[..14]).collect::<Vec<_>>(),
        ["supply IRN>RUS", "supply PRK>RUS"]
    );
    let mut got = run(
        "de",
        "Die Lieferung iranischer und nordkoreanischer Raketen an Russland geht weiter.",
        None,
    );
    got.sort();
    assert_eq!(
        got.iter().map(|e| &e[..14]).collect::<Vec<_>>(),
        ["supply IRN>RUS", "supply PRK>RUS"]
    );
}

#[test]
fn denial_by_anaphor_reaches_past_a_sanction_on_the_denier() {
    let text = "Iran liefert Russland Drohnen.\nDie USA haben iranische Firmen mit Sanktionen belegt.\nTeheran weist die Vorwürfe zurück.";
    let evs = events("de", text, None);
    let last = evs.last().unwrap();
    assert_eq!(last.sentence, 2);
    assert_eq!(last.kind, EventType::Supply);
    assert_eq!(last.certainty, Certainty::Negated);
    assert_eq!(
        (last.actor.as_deref(), last.recipient.as_deref()),
        (Some("IRN"), Some("RUS"))
    );
    assert_eq!(last.attribution, ["IRN"]);
}

#[test]
fn open_question_in_the_subjunctive_is_possible() {
    let text = "Ob Deutschland der Ukraine Raketen liefern würde, ist offen.";
    assert_eq!(
        run("de", text, None),
        ["supply DEU>UKR planned possible [\"missile\"]"]
    );
    // an indicative act beside an "ob" clause keeps its certainty
    let text = "Deutschland liefert der Ukraine Raketen, ob die USA zustimmen oder nicht.";
    assert_eq!(
        run("de", text, None),
        ["supply DEU>UKR ongoing asserted [\"missile\"]"]
    );
}

#[test]
fn a_role_after_comma_and_opens_its_own_clause() {
    // "Russia" before ", and officials say" is the recipient, not a speaker
    let got = run(
        "en",
        "Iranian firms have shipped drones worth millions to Russia, and officials say more will follow.",
        None,
    );
    assert_eq!(got.len(), 1);
    assert!(got[0].starts_with("supply IRN>RUS"), "{got:?}");
}

#[test]
fn help_before_a_more_specific_act_is_that_act() {
    let got = run(
        "en",
        "Iranian engineers helped restart a Russian drone production line last year.",
        None,
    );
    assert!(got.iter().all(|e| !e.starts_with("support")), "{got:?}");
    assert!(
        got.iter().any(|e| e.starts_with("joint_production")),
        "{got:?}"
    );
}

#[test]
fn german_the_north_is_north_korea_in_a_korean_text() {
    assert_eq!(
        last_pairs(
            "de",
            "Kim Jong Un empfängt eine Delegation aus Russland.\nMoskau will dem Norden Raketen liefern."
        ),
        ["supply RUS>PRK"]
    );
    // a region is no party
    assert!(last_pairs(
        "de",
        "Kim Jong Un empfängt eine Delegation aus Russland.\nMoskau verlegt Raketen in den Norden des Landes."
    )
    .iter()
    .all(|p| !p.contains("PRK")));
}

#[test]
fn the_party_on_the_items_of_a_nominal_act_gives() {
    // the clause's subject only speaks of the act
    assert_eq!(
        run(
            "de",
            "Deutschland verurteilt die Lieferung iranischer Drohnen an Russland.",
            None
        )
        .iter()
        .map(|e| &e[..14])
        .collect::<Vec<_>>(),
        ["supply IRN>RUS"]
    );
    assert_eq!(
        run(
            "en",
            "The USA condemned the transfer of Iranian drones to Russia.",
            None
        )
        .iter()
        .map(|e| &e[..14])
        .collect::<Vec<_>>(),
        ["supply IRN>RUS"]
    );
}

#[test]
fn a_list_of_party_adjectives_shares_its_noun() {
    let mut got = run(
        "en",
        "The U.S. on Friday put Armenian, Emirati and Kyrgyz trading firms on the Entity List.",
        None,
    );
    got.sort();
    assert_eq!(
        got.iter().map(|e| &e[..16]).collect::<Vec<_>>(),
        ["sanction USA>ARE", "sanction USA>ARM", "sanction USA>KGZ"]
    );
    // "added" with a listed object and "to" is no reporting verb
    let mut got = run(
        "en",
        "The U.S. on Friday added the Kyrgyz, Armenian and Emirati trading firms to the Entity List.",
        None,
    );
    got.sort();
    assert_eq!(
        got.iter().map(|e| &e[..16]).collect::<Vec<_>>(),
        ["sanction USA>ARE", "sanction USA>ARM", "sanction USA>KGZ"]
    );
}

// The party a dative pronoun of a relative clause points back to receives; the
// nominative party inside the clause gives.
#[test]
fn a_relative_clause_with_a_dative_pronoun_keeps_the_giver() {
    let got = run(
        "de",
        "Russland setzte die Drohnen ein, die ihm der Iran überlassen hatte.",
        None,
    );
    assert!(
        !got.is_empty() && got.iter().all(|e| e.starts_with("supply IRN>RUS")),
        "{got:?}"
    );
    let got = run(
        "en",
        "Russia fired the drones Iran had sent it at Kyiv.",
        None,
    );
    assert!(
        !got.is_empty() && got.iter().all(|e| e.starts_with("supply IRN>RUS")),
        "{got:?}"
    );
    // the antecedent in the sentence before: resolved like other pronouns
    let got = run(
        "de",
        "Russland greift die Ukraine mit Drohnen an.\nDabei setzt es die Drohnen ein, die ihm der Iran überlassen hatte.",
        None,
    );
    assert!(
        got.iter().any(|e| e.starts_with("supply IRN>RUS")),
        "{got:?}"
    );
}
