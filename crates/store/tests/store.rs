//! The store's behaviour, run on SQLite and (where reachable) PostgreSQL.

mod common;
use common::*;
use milcoop_core::*;
use milcoop_store::{ExportFormat, ExportTable, Filter, Outcome};

const T1: &str = "Iran hat Russland nach Angaben aus Washington Hunderte Kampfdrohnen geliefert. \
    Die Lieferungen begannen im August.";
const T2: &str = "North Korea shipped artillery shells to Russia, South Korean officials said. \
    Tehran denied that it had sent any drones to Moscow.";
const T3: &str =
    "Britain will train Ukrainian pilots next year. Germany and France signed a defence pact.";

fn corpus() -> Vec<Prediction> {
    let mut e1 = ev(
        "supply",
        Some("IRN"),
        Some("RUS"),
        &["uav"],
        "Iran hat Russland nach Angaben aus Washington Hunderte Kampfdrohnen geliefert",
    );
    e1.attribution = vec!["USA".into()];
    e1.time = Some(TimeRange {
        start: Some("2022-08".into()),
        end: None,
    });
    let e2 = ev(
        "supply",
        Some("PRK"),
        Some("RUS"),
        &["ammunition"],
        "North Korea shipped artillery shells to Russia",
    );
    let mut e3 = ev(
        "supply",
        Some("IRN"),
        Some("RUS"),
        &["uav"],
        "Tehran denied that it had sent any drones to Moscow",
    );
    e3.certainty = Certainty::Negated;
    let mut e4 = ev(
        "training",
        Some("GBR"),
        Some("UKR"),
        &[],
        "Britain will train Ukrainian pilots next year",
    );
    e4.status = Status::Planned;
    e4.time = Some(TimeRange {
        start: Some("2024".into()),
        end: None,
    });
    let e5 = ev(
        "agreement",
        Some("FRA"),
        Some("DEU"),
        &[],
        "Germany and France signed a defence pact",
    );
    vec![
        pred("a1", "zeit.de", "2022-10-20", "de", T1, vec![e1]),
        pred("a2", "example.com", "2022-11-02", "en", T2, vec![e2, e3]),
        pred("a3", "example.org", "2023-05-01", "en", T3, vec![e4, e5]),
    ]
}

#[test]
fn ingest_is_idempotent_and_consolidates() {
    for (name, mut s, _dir) in backends("idem") {
        let r = s.ingest(&corpus()).unwrap();
        assert_eq!(r.stored(), 3, "{name}");
        assert_eq!(r.events(), 5, "{name}");
        let dump = s.dump().unwrap();
        let r2 = s.ingest(&corpus()).unwrap();
        assert!(
            r2.outcomes.iter().all(|(_, o)| *o == Outcome::Unchanged),
            "{name}"
        );
        assert_eq!(
            s.dump().unwrap(),
            dump,
            "{name}: second ingest changed the data"
        );
        let c = s.counts().unwrap();
        assert_eq!((c.articles, c.events, c.claims), (3, 5, 4), "{name}");
        // the denial joined the claim it denies
        let k = s
            .claims(&Filter {
                actor: Some("IRN".into()),
                ..Filter::default()
            })
            .unwrap();
        assert_eq!(k.len(), 1, "{name}");
        assert!(k[0].contested, "{name}");
        assert_eq!(k[0].n_outlets, 2, "{name}");
        assert_eq!(k[0].first_article, "a1", "{name}");
        assert_eq!(k[0].certainty, "asserted", "{name}");
        assert_eq!(k[0].attributions, vec!["USA"], "{name}");
        // the same article id with another text keeps the stored version
        let mut changed = corpus();
        changed[0].article.text.push_str(" Nachtrag.");
        let r3 = s.ingest(&changed[..1]).unwrap();
        assert_eq!(r3.outcomes[0].1, Outcome::Conflict, "{name}");
        assert_eq!(s.dump().unwrap(), dump, "{name}");
    }
}

#[test]
fn every_filter_selects() {
    for (name, mut s, _dir) in backends("filters") {
        s.ingest(&corpus()).unwrap();
        let ids = |s: &mut milcoop_store::Store, f: Filter| -> Vec<String> {
            let mut v: Vec<String> = s.events(&f).unwrap().into_iter().map(|e| e.id).collect();
            v.sort();
            v
        };
        let f = Filter::default;
        assert_eq!(ids(&mut s, f()).len(), 5, "{name}");
        assert_eq!(
            ids(
                &mut s,
                Filter {
                    actor: Some("IRN".into()),
                    ..f()
                }
            ),
            ["a1#0", "a2#1"],
            "{name}"
        );
        assert_eq!(
            ids(
                &mut s,
                Filter {
                    recipient: Some("UKR".into()),
                    ..f()
                }
            ),
            ["a3#0"],
            "{name}"
        );
        // unordered acts: actor as stated; either side with `party`
        assert!(
            ids(
                &mut s,
                Filter {
                    actor: Some("DEU".into()),
                    ..f()
                }
            )
            .is_empty(),
            "{name}"
        );
        assert_eq!(
            ids(
                &mut s,
                Filter {
                    actor: Some("FRA".into()),
                    ..f()
                }
            ),
            ["a3#1"],
            "{name}"
        );
        assert_eq!(
            ids(
                &mut s,
                Filter {
                    party: Some("DEU".into()),
                    ..f()
                }
            ),
            ["a3#1"],
            "{name}"
        );
        assert_eq!(
            ids(
                &mut s,
                Filter {
                    party: Some("RUS".into()),
                    ..f()
                }
            )
            .len(),
            3,
            "{name}"
        );
        assert_eq!(
            ids(
                &mut s,
                Filter {
                    kind: Some(EventType::Training),
                    ..f()
                }
            ),
            ["a3#0"],
            "{name}"
        );
        assert_eq!(
            ids(
                &mut s,
                Filter {
                    item: Some(ItemCategory::Ammunition),
                    ..f()
                }
            ),
            ["a2#0"],
            "{name}"
        );
        assert_eq!(
            ids(
                &mut s,
                Filter {
                    status: Some(Status::Planned),
                    ..f()
                }
            ),
            ["a3#0"],
            "{name}"
        );
        assert_eq!(
            ids(
                &mut s,
                Filter {
                    certainty: Some(Certainty::Negated),
                    ..f()
                }
            ),
            ["a2#1"],
            "{name}"
        );
        assert_eq!(
            ids(
                &mut s,
                Filter {
                    outlet: Some("zeit.de".into()),
                    ..f()
                }
            ),
            ["a1#0"],
            "{name}"
        );
        assert_eq!(
            ids(
                &mut s,
                Filter {
                    language: Some("de".into()),
                    ..f()
                }
            ),
            ["a1#0"],
            "{name}"
        );
        assert_eq!(
            ids(
                &mut s,
                Filter {
                    text: Some("ARTILLERY".into()),
                    ..f()
                }
            ),
            ["a2#0"],
            "{name}"
        );
        assert_eq!(
            ids(
                &mut s,
                Filter {
                    text: Some("hunderte, KAMPFDROHNEN".into()),
                    ..f()
                }
            ),
            ["a1#0"],
            "{name}"
        );
        assert!(
            ids(
                &mut s,
                Filter {
                    text: Some("hunderte pact".into()),
                    ..f()
                }
            )
            .is_empty(),
            "{name}"
        );
        assert!(
            ids(
                &mut s,
                Filter {
                    text: Some(" ,; ".into()),
                    ..f()
                }
            )
            .is_empty(),
            "{name}"
        );
        // time: the event's own time, else the report's date
        assert_eq!(
            ids(
                &mut s,
                Filter {
                    since: Some("2024".into()),
                    ..f()
                }
            ),
            ["a3#0"],
            "{name}"
        );
        assert_eq!(
            ids(
                &mut s,
                Filter {
                    until: Some("2022-08".into()),
                    ..f()
                }
            ),
            ["a1#0"],
            "{name}"
        );
        assert_eq!(
            ids(
                &mut s,
                Filter {
                    since: Some("2022-11".into()),
                    until: Some("2023-12".into()),
                    ..f()
                }
            ),
            ["a2#0", "a2#1", "a3#1"],
            "{name}"
        );
        assert_eq!(
            s.events(&Filter {
                limit: Some(2),
                ..f()
            })
            .unwrap()
            .len(),
            2,
            "{name}"
        );
        // newest first
        assert_eq!(s.events(&f()).unwrap()[0].article_id, "a3", "{name}");

        let claims = |s: &mut milcoop_store::Store, f: Filter| s.claims(&f).unwrap().len();
        // claims: their stated time, else the dates of their reports
        assert_eq!(
            claims(
                &mut s,
                Filter {
                    since: Some("2022-11".into()),
                    ..f()
                }
            ),
            3,
            "{name}"
        );
        assert_eq!(
            claims(
                &mut s,
                Filter {
                    until: Some("2022-10".into()),
                    ..f()
                }
            ),
            1,
            "{name}"
        );
        assert_eq!(claims(&mut s, f()), 4, "{name}");
        assert_eq!(
            claims(
                &mut s,
                Filter {
                    contested: Some(true),
                    ..f()
                }
            ),
            1,
            "{name}"
        );
        assert_eq!(
            claims(
                &mut s,
                Filter {
                    outlet: Some("example.com".into()),
                    ..f()
                }
            ),
            2,
            "{name}"
        );
        assert_eq!(
            claims(
                &mut s,
                Filter {
                    item: Some(ItemCategory::Uav),
                    ..f()
                }
            ),
            1,
            "{name}"
        );
        assert_eq!(
            claims(
                &mut s,
                Filter {
                    text: Some("pact".into()),
                    ..f()
                }
            ),
            1,
            "{name}"
        );
        assert_eq!(
            claims(
                &mut s,
                Filter {
                    language: Some("de".into()),
                    ..f()
                }
            ),
            1,
            "{name}"
        );
        // the article filter: its events, and the claims they joined
        // (a2's denial joined a1's claim)
        assert_eq!(
            ids(
                &mut s,
                Filter {
                    article: Some("a2".into()),
                    ..f()
                }
            ),
            ["a2#0", "a2#1"],
            "{name}"
        );
        assert_eq!(
            claims(
                &mut s,
                Filter {
                    article: Some("a2".into()),
                    ..f()
                }
            ),
            2,
            "{name}"
        );
        assert_eq!(
            claims(
                &mut s,
                Filter {
                    article: Some("a2".into()),
                    outlet: Some("zeit.de".into()),
                    ..f()
                }
            ),
            // each condition on any of the claim's events: a1 is zeit.de's
            1,
            "{name}"
        );
        assert_eq!(
            claims(
                &mut s,
                Filter {
                    article: Some("a1".into()),
                    actor: Some("IRN".into()),
                    ..f()
                }
            ),
            1,
            "{name}"
        );
        assert!(
            s.events(&Filter {
                since: Some("20x".into()),
                ..f()
            })
            .is_err(),
            "{name}"
        );
    }
}

#[test]
fn show_claim_and_article() {
    for (name, mut s, _dir) in backends("show") {
        let mut c = corpus();
        c[1].sentences = vec![
            Sentence {
                span: Span::new(0, T2.find(" Tehran").unwrap()),
                headline: false,
            },
            Sentence {
                span: Span::new(T2.find("Tehran").unwrap(), T2.len()),
                headline: false,
            },
        ];
        s.ingest(&c).unwrap();
        let k = s
            .claims(&Filter {
                actor: Some("IRN".into()),
                ..Filter::default()
            })
            .unwrap();
        let d = s.claim(&k[0].id).unwrap().unwrap();
        assert_eq!(d.events.len(), 2, "{name}");
        assert_eq!(d.events[0].article_id, "a1", "{name}");
        // no sentences given: the sentence is found around the evidence
        assert_eq!(
            d.events[0].sentence,
            "Iran hat Russland nach Angaben aus Washington Hunderte Kampfdrohnen geliefert.",
            "{name}"
        );
        assert_eq!(
            d.events[1].sentence, "Tehran denied that it had sent any drones to Moscow.",
            "{name}"
        );
        assert_eq!(d.events[1].outlet.as_deref(), Some("example.com"), "{name}");
        let a = s.article("a2").unwrap().unwrap();
        assert_eq!(a.events.len(), 2, "{name}");
        assert_eq!(a.text, T2, "{name}");
        assert!(s.article("nope").unwrap().is_none(), "{name}");
        assert!(s.claim("nope").unwrap().is_none(), "{name}");
    }
}

fn long_text() -> String {
    "Russia has received a new shipment of artillery shells from North Korea, according to \
     officials who described satellite images of trains crossing the border near the port of Rajin. \
     The shipment is the latest in a series that began last year and that Western governments say \
     has allowed Russian forces to keep up their barrages along the front in eastern Ukraine. \
     Pyongyang and Moscow deny any arms trade, but both sides have praised their growing ties."
        .to_string()
}

#[test]
fn duplicates_never_count_twice() {
    for (name, mut s, _dir) in backends("dups") {
        let text = long_text();
        let evd = "Russia has received a new shipment of artillery shells from North Korea";
        let e = || ev("supply", Some("PRK"), Some("RUS"), &["ammunition"], evd);
        let exact = text.replace(". ", ".  ");
        // a syndicated copy: another outlet's credit line, one word changed
        let near = format!("{}\nReporting by Staff", text.replace("latest", "newest"));
        let other = T2.to_string();
        let r = s
            .ingest(&[
                pred("d1", "one.example", "2024-01-10", "en", &text, vec![e()]),
                pred("d2", "two.example", "2024-01-11", "en", &exact, vec![e()]),
                pred("d3", "three.example", "2024-01-12", "en", &near, vec![e()]),
                pred("d4", "four.example", "2024-01-12", "en", &other, vec![]),
            ])
            .unwrap();
        assert_eq!(r.outcomes[0].1, Outcome::Stored(1), "{name}");
        assert_eq!(
            r.outcomes[1].1,
            Outcome::Duplicate {
                of: "d1".into(),
                kind: "exact"
            },
            "{name}"
        );
        assert_eq!(
            r.outcomes[2].1,
            Outcome::Duplicate {
                of: "d1".into(),
                kind: "near"
            },
            "{name}"
        );
        assert_eq!(r.outcomes[3].1, Outcome::Stored(0), "{name}");
        let k = s.claims(&Filter::default()).unwrap();
        assert_eq!(k.len(), 1, "{name}");
        assert_eq!(k[0].n_outlets, 1, "{name}");
        assert_eq!(k[0].n_events, 1, "{name}");
        let a = s.article("d1").unwrap().unwrap();
        assert_eq!(a.duplicates, vec!["d2", "d3"], "{name}");
        assert_eq!(
            s.article("d3").unwrap().unwrap().duplicate_of.as_deref(),
            Some("d1"),
            "{name}"
        );
    }
}

#[test]
fn bad_records_are_reported_and_skipped() {
    for (name, mut s, _dir) in backends("bad") {
        let mut c = corpus();
        c[0].events[0].evidence = "not in the text".into();
        c[2].events[0].actor = Some("Britain".into());
        let mut spanned = c[1].clone();
        spanned.article.id = "a9".into();
        spanned.article.text = "Other text about Iran. Iran sent drones.".into();
        let mut e = ev("supply", Some("IRN"), None, &["uav"], "Iran sent drones");
        e.span = Span::new(0, 16); // wrong place
        spanned.events = vec![e];
        c.push(spanned);
        let r = s.ingest(&c).unwrap();
        let errs: Vec<String> = r.errors().iter().map(|e| e.to_string()).collect();
        assert_eq!(errs.len(), 3, "{name}: {errs:?}");
        assert!(
            errs[0].starts_with("article a1: event 0: evidence"),
            "{name}: {errs:?}"
        );
        assert!(
            errs[1].contains("article a3") && errs[1].contains("Britain"),
            "{name}: {errs:?}"
        );
        assert!(errs[2].contains("article a9"), "{name}: {errs:?}");
        assert_eq!(r.stored(), 1, "{name}");
        // a correct span is accepted
        c[3].events[0].span = Span::new(23, 39);
        let r = s.ingest(&c[3..]).unwrap();
        assert_eq!(r.outcomes[0].1, Outcome::Stored(1), "{name}");
    }
}

#[test]
fn exports() {
    for (name, mut s, _dir) in backends("export") {
        s.ingest(&corpus()).unwrap();
        let f = Filter::default();
        let mut csv = Vec::new();
        assert_eq!(
            s.export(ExportTable::Events, ExportFormat::Csv, &f, &mut csv)
                .unwrap(),
            5,
            "{name}"
        );
        let csv = String::from_utf8(csv).unwrap();
        assert!(csv.starts_with("id,article_id,claim_id,type,"), "{name}");
        assert_eq!(csv.lines().count(), 6, "{name}");
        let mut jl = Vec::new();
        s.export(ExportTable::Claims, ExportFormat::Jsonl, &f, &mut jl)
            .unwrap();
        let jl = String::from_utf8(jl).unwrap();
        assert_eq!(jl.lines().count(), 4, "{name}");
        let v: serde_json::Value = serde_json::from_str(jl.lines().next().unwrap()).unwrap();
        assert!(v["n_outlets"].is_i64(), "{name}");
        let mut pq = Vec::new();
        s.export(ExportTable::Events, ExportFormat::Parquet, &f, &mut pq)
            .unwrap();
        assert_eq!(&pq[..4], b"PAR1", "{name}");
        use parquet::file::reader::FileReader;
        let reader =
            parquet::file::serialized_reader::SerializedFileReader::new(bytes::Bytes::from(pq))
                .unwrap();
        assert_eq!(reader.metadata().file_metadata().num_rows(), 5, "{name}");
        let mut g = Vec::new();
        s.export(ExportTable::Network, ExportFormat::Graphml, &f, &mut g)
            .unwrap();
        let g = String::from_utf8(g).unwrap();
        assert!(g.contains(r#"<node id="IRN">"#), "{name}");
        assert!(g.contains(r#"source="IRN" target="RUS""#), "{name}");
        assert!(g.contains(r#"directed="false""#), "{name}");
        assert_eq!(g.matches("<edge ").count(), 4, "{name}");
        assert!(
            s.export(ExportTable::Events, ExportFormat::Graphml, &f, Vec::new())
                .is_err(),
            "{name}"
        );
    }
}

#[test]
fn concurrent_writers_take_turns() {
    // two writers ingest the same articles at once into one store; the
    // result must be what one writer makes
    let dir = tempfile::tempdir().unwrap();
    let mut specs = vec![(
        "sqlite".to_string(),
        dir.path().join("c.db").to_str().unwrap().to_string(),
    )];
    let mut keep = Vec::new();
    if let Some((_, cleanup)) = pg_store("conc") {
        if let Cleanup::Schema(url, schema) = &cleanup {
            let sep = if url.contains('?') { '&' } else { '?' };
            specs.push(("postgres".into(), format!("{url}{sep}schema={schema}")));
        }
        keep.push(cleanup);
    }
    let mut docs: Vec<Prediction> = (0..300)
        .map(|i| milcoop_store::synth::prediction(5, i, 3))
        .collect();
    for i in 0..10 {
        let mut copy = docs[i * 3].clone();
        copy.article.id = format!("copy-{i}");
        docs.push(copy);
    }
    let one = {
        let d = tempfile::tempdir().unwrap();
        let mut s = milcoop_store::Store::open(d.path().join("one.db").to_str().unwrap()).unwrap();
        s.ingest(&docs).unwrap();
        s.counts().unwrap()
    };
    for (name, spec) in specs {
        let barrier = std::sync::Arc::new(std::sync::Barrier::new(2));
        let threads: Vec<_> = (0..2)
            .map(|k| {
                let (spec, barrier) = (spec.clone(), barrier.clone());
                // the same articles, in another order for the second writer
                let mut docs = docs.clone();
                if k == 1 {
                    docs.reverse();
                }
                std::thread::spawn(move || {
                    // both open the new store at once too; never leave the
                    // other thread waiting at the barrier
                    let s = milcoop_store::Store::open(&spec);
                    barrier.wait();
                    let mut s = s.unwrap();
                    for chunk in docs.chunks(20) {
                        s.ingest(chunk).unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let mut s = milcoop_store::Store::open(&spec).unwrap();
        let c = s.counts().unwrap();
        assert_eq!(
            (c.articles, c.duplicates, c.events),
            (one.articles, one.duplicates, one.events),
            "{name}"
        );
    }
}

#[test]
fn writers_taking_turns_see_each_others_claims() {
    // two stores on one SQLite file write alternate batches; each keeps a
    // cache of claims between its batches, which must not miss the claims
    // the other wrote: the data equals one store's
    let docs: Vec<Prediction> = (0..240)
        .map(|i| {
            let mut p = milcoop_store::synth::prediction(9, i, 3);
            // few parties, so that events of different batches meet in claims
            for e in &mut p.events {
                e.actor = Some(["IRN", "PRK"][i as usize % 2].into());
                e.recipient = Some("RUS".into());
            }
            p
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let one = dir.path().join("one.db");
    let mut s = milcoop_store::Store::open(one.to_str().unwrap()).unwrap();
    for chunk in docs.chunks(40) {
        s.ingest(chunk).unwrap();
    }
    let want = s.dump().unwrap();
    let two = dir.path().join("two.db");
    let mut a = milcoop_store::Store::open(two.to_str().unwrap()).unwrap();
    let mut b = milcoop_store::Store::open(two.to_str().unwrap()).unwrap();
    for (k, chunk) in docs.chunks(40).enumerate() {
        if k % 2 == 0 { &mut a } else { &mut b }
            .ingest(chunk)
            .unwrap();
    }
    assert_eq!(a.dump().unwrap(), want);
    assert!(a.counts().unwrap().claims < 600, "the events met in claims");
}

#[test]
fn writers_taking_turns_see_each_others_articles() {
    // two stores on one SQLite file write alternate batches; each batch
    // sends again an article of the batch before (the other store's) and
    // copies of its articles under other ids: a store's filter of stored
    // keys must not hide the other's articles, so the data equals one
    // store's (unchanged, exact duplicates)
    let docs: Vec<Prediction> = (0..120)
        .map(|i| milcoop_store::synth::prediction(11, i, 2))
        .collect();
    let batches: Vec<Vec<Prediction>> = docs
        .chunks(20)
        .enumerate()
        .map(|(k, chunk)| {
            let mut b = chunk.to_vec();
            if k > 0 {
                let before = &docs[(k - 1) * 20..k * 20];
                b.push(before[0].clone());
                for p in &before[..5] {
                    let mut c = p.clone();
                    c.article.id = format!("copy-{}", p.article.id);
                    b.push(c);
                }
            }
            b
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let one = dir.path().join("one.db");
    let mut s = milcoop_store::Store::open(one.to_str().unwrap()).unwrap();
    let mut unchanged = 0;
    for b in &batches {
        let r = s.ingest(b).unwrap();
        unchanged += r
            .outcomes
            .iter()
            .filter(|(_, o)| *o == milcoop_store::Outcome::Unchanged)
            .count();
    }
    let want = s.dump().unwrap();
    assert_eq!(unchanged, batches.len() - 1);
    assert_eq!(
        s.counts().unwrap().duplicates,
        5 * (batches.len() as u64 - 1)
    );
    let two = dir.path().join("two.db");
    let mut a = milcoop_store::Store::open(two.to_str().unwrap()).unwrap();
    let mut b = milcoop_store::Store::open(two.to_str().unwrap()).unwrap();
    for (k, batch) in batches.iter().enumerate() {
        if k % 2 == 0 { &mut a } else { &mut b }
            .ingest(batch)
            .unwrap();
    }
    assert_eq!(a.dump().unwrap(), want);
}

#[test]
fn pages_and_counts() {
    for (name, mut s, _dir) in backends("pages") {
        s.ingest(&corpus()).unwrap();
        let all = s.events(&Filter::default()).unwrap();
        assert_eq!(
            s.count_events(&Filter::default(), None).unwrap(),
            5,
            "{name}"
        );
        let f = Filter {
            recipient: Some("RUS".into()),
            ..Filter::default()
        };
        assert_eq!(s.count_events(&f, None).unwrap(), 3, "{name}");
        assert_eq!(s.count_claims(&f, None).unwrap(), 2, "{name}");
        assert_eq!(s.count_events(&f, Some(2)).unwrap(), 2, "{name}");
        assert_eq!(s.count_claims(&f, Some(9)).unwrap(), 2, "{name}");
        let mut paged = Vec::new();
        for offset in [0, 2, 4] {
            let page = Filter {
                limit: Some(2),
                offset: Some(offset),
                ..Filter::default()
            };
            paged.extend(s.events(&page).unwrap());
        }
        assert_eq!(paged, all, "{name}");
        let rest = Filter {
            offset: Some(3),
            ..Filter::default()
        };
        assert_eq!(s.events(&rest).unwrap()[..], all[3..], "{name}");
        let mut streamed = Vec::new();
        s.claims_each(&f, |c| {
            streamed.push(c);
            Ok(())
        })
        .unwrap();
        assert_eq!(streamed, s.claims(&f).unwrap(), "{name}");
        // a page and all rows take different plans; the rows are the same
        for f in [
            Filter {
                party: Some("DEU".into()),
                ..Filter::default()
            },
            Filter {
                party: Some("RUS".into()),
                ..Filter::default()
            },
            Filter {
                outlet: Some("example.com".into()),
                ..Filter::default()
            },
            Filter {
                status: Some(Status::Completed),
                certainty: Some(Certainty::Asserted),
                ..Filter::default()
            },
        ] {
            let page = Filter {
                limit: Some(100),
                ..f.clone()
            };
            let all = s.events(&f).unwrap();
            assert!(!all.is_empty(), "{name} {f:?}");
            assert_eq!(s.events(&page).unwrap(), all, "{name} {f:?}");
            let all = s.claims(&f).unwrap();
            assert!(!all.is_empty(), "{name} {f:?}");
            assert_eq!(s.claims(&page).unwrap(), all, "{name} {f:?}");
        }
    }
}

/// A dense corpus: few parties, so that claims gather many events from many
/// articles, some without an outlet or a date.
fn dense_corpus(n: u64) -> Vec<Prediction> {
    (0..n)
        .map(|i| {
            let mut p = milcoop_store::synth::prediction(21, i, 6);
            for (k, e) in p.events.iter_mut().enumerate() {
                e.actor = Some(["IRN", "PRK"][(i as usize + k) % 2].into());
                e.recipient = Some("RUS".into());
                e.kind = ["supply", "meeting"][k % 2].parse().unwrap();
                e.items = [
                    &["uav"][..],
                    &["missile", "uav"],
                    &["weapons_unspecified"],
                    &[],
                ][(i as usize + k) % 4]
                    .iter()
                    .map(|x| x.parse().unwrap())
                    .collect();
                let (start, end) = [
                    (None, None),
                    (Some("2024"), None),
                    (Some("2024-03"), None),
                    (Some("2024-02-10"), Some("2024-04")),
                    (Some("2024-01"), None),
                ][(i as usize * 3 + k) % 5];
                e.time = start.map(|s| TimeRange {
                    start: Some(s.into()),
                    end: end.map(Into::into),
                });
            }
            if i % 7 == 3 {
                p.article.outlet = None;
            }
            if i % 11 == 5 {
                p.article.published = None;
            }
            p
        })
        .collect()
}

/// A claim as its events say it should be: summarised from scratch.
fn recomputed(
    s: &mut milcoop_store::Store,
    c: &milcoop_store::ClaimRow,
) -> milcoop_consolidate::Claim {
    let f = Filter {
        claim: Some(c.id.clone()),
        ..Filter::default()
    };
    let members: Vec<milcoop_consolidate::Mention> = s
        .events(&f)
        .unwrap()
        .into_iter()
        .map(|e| milcoop_consolidate::Mention {
            index: e.id.rsplit('#').next().unwrap().parse().unwrap(),
            event_id: e.id,
            article_id: e.article_id,
            outlet: e.outlet,
            published: e.published,
            kind: e.kind.parse().unwrap(),
            actor: e.actor,
            recipient: e.recipient,
            items: e.items.iter().map(|i| i.parse().unwrap()).collect(),
            status: e.status.parse().unwrap(),
            certainty: e.certainty.parse().unwrap(),
            attribution: e.attribution,
            time: match (e.time_start, e.time_end) {
                (None, None) => None,
                (start, end) => Some(TimeRange { start, end }),
            },
            unordered: false,
        })
        .collect();
    milcoop_consolidate::summarize(&c.id, &members).unwrap()
}

/// The fields of a stored claim in the form of a computed one.
fn as_claim(c: &milcoop_store::ClaimRow) -> milcoop_consolidate::Claim {
    milcoop_consolidate::Claim {
        id: c.id.clone(),
        kind: c.kind.parse().unwrap(),
        actor: c.actor.clone(),
        recipient: c.recipient.clone(),
        unordered: c.unordered,
        items: c.items.iter().map(|i| i.parse().unwrap()).collect(),
        time: (c.time_start.is_some() || c.time_end.is_some()).then(|| TimeRange {
            start: c.time_start.clone(),
            end: c.time_end.clone(),
        }),
        status: c.status.parse().unwrap(),
        status_history: c.status_history.clone(),
        certainty: c.certainty.parse().unwrap(),
        contested: c.contested,
        first_reported: c.first_reported.clone(),
        first_article: c.first_article.clone(),
        articles: c.articles.clone(),
        outlets: c.outlets.clone(),
        attributions: c.attributions.clone(),
        n_events: c.n_events as usize,
        n_outlets: c.n_outlets as usize,
    }
}

#[test]
fn claims_updated_batch_by_batch_equal_a_recompute() {
    // the same corpus in one batch, and in batches of uneven sizes (each
    // event then joins claims stored by earlier batches, whose state is
    // read, not their events): the same claims, each equal to a summary
    // of its events from scratch; on SQLite, claims without a stored state
    // (a database from before it was kept) get it from their events
    let docs = dense_corpus(150);
    let dir = tempfile::tempdir().unwrap();
    let one_path = dir.path().join("one.db");
    let mut one = milcoop_store::Store::open(one_path.to_str().unwrap()).unwrap();
    one.ingest(&docs).unwrap();
    let want = one.claims(&Filter::default()).unwrap();
    assert!(want.len() < 40, "{} claims", want.len());
    assert!(want.iter().any(|c| c.n_articles > 20));
    assert!(want.iter().any(|c| c.status_history.len() > 3));
    for c in &want {
        assert_eq!(as_claim(c), recomputed(&mut one, c), "single batch");
    }
    let want_events: Vec<(String, String)> = one
        .events(&Filter::default())
        .unwrap()
        .into_iter()
        .map(|e| (e.id, e.claim_id))
        .collect();
    let sizes = [1usize, 2, 13, 7, 31, 1, 40];
    for (name, mut s, _c) in common::backends("claims_batch_by_batch") {
        let mut at = 0;
        let mut k = 0;
        while at < docs.len() {
            let n = sizes[k % sizes.len()].min(docs.len() - at);
            s.ingest(&docs[at..at + n]).unwrap();
            at += n;
            k += 1;
        }
        let got = s.claims(&Filter::default()).unwrap();
        assert_eq!(got.len(), want.len(), "{name}");
        for (g, w) in got.iter().zip(&want) {
            assert_eq!(g, w, "{name}");
            assert_eq!(as_claim(g), recomputed(&mut s, g), "{name}");
        }
        let events: Vec<(String, String)> = s
            .events(&Filter::default())
            .unwrap()
            .into_iter()
            .map(|e| (e.id, e.claim_id))
            .collect();
        assert_eq!(events, want_events, "{name}");
        // the same input again changes nothing
        for chunk in docs.chunks(50) {
            s.ingest(chunk).unwrap();
        }
        assert_eq!(s.claims(&Filter::default()).unwrap(), got, "{name}");
    }
    // SQLite, a database of schema 3 (claims without state, signatures
    // only in the articles; migration 6 runs again on its events): migration 4 copies the signatures, and the
    // next batches compute the states of the claims they touch from their
    // events
    let old_path = dir.path().join("old.db");
    let mut old = milcoop_store::Store::open(old_path.to_str().unwrap()).unwrap();
    old.ingest(&docs[..60]).unwrap();
    drop(old);
    rusqlite::Connection::open(&old_path)
        .unwrap()
        .execute_batch(
            "DROP TABLE article_sigs; ALTER TABLE claims DROP COLUMN state; \
             DELETE FROM milcoop_migrations WHERE version IN (4, 6)",
        )
        .unwrap();
    let mut old = milcoop_store::Store::open(old_path.to_str().unwrap()).unwrap();
    old.ingest(&docs[60..100]).unwrap();
    old.ingest(&docs[100..]).unwrap();
    assert_eq!(old.claims(&Filter::default()).unwrap(), want);
    // events stored before migration 6 (which rebuilt the events table
    // without its key index and the full-text index) are found by article
    // and by the words of their sentence
    let id = docs[7].article.id.clone();
    let mine = old
        .events(&Filter {
            article: Some(id.clone()),
            ..Filter::default()
        })
        .unwrap();
    assert!(!mine.is_empty() && mine.iter().all(|e| e.article_id == id));
    let word = mine[0]
        .sentence
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| w.len() > 3)
        .unwrap()
        .to_string();
    let found = old
        .events(&Filter {
            text: Some(word),
            ..Filter::default()
        })
        .unwrap();
    assert!(found.iter().any(|e| e.id == mine[0].id));
    // a re-edited copy of an article stored before the migration is found
    let mut copy = docs[5].clone();
    copy.article.id = "copy-of-5".into();
    copy.article.text = copy.article.text.replacen(". ", "! ", 1);
    let r = old.ingest(&[copy]).unwrap();
    assert_eq!(
        r.outcomes[0].1,
        Outcome::Duplicate {
            of: docs[5].article.id.clone(),
            kind: "near"
        }
    );
}

/// Many rows in one batch: SQLite writes up to 32 rows a statement,
/// PostgreSQL up to 256 and the rest in statements of a power of two rows
/// each; both engines hold the same rows as a batch written a few rows at
/// a time.
#[test]
fn large_batches_equal_small_ones() {
    // 1,371 events (5 full PostgreSQL statements and a rest of 91 =
    // 64 + 16 + 8 + 2 + 1), articles, bands and signatures
    let preds: Vec<Prediction> = (0..457)
        .map(|i| milcoop_store::synth::prediction(33, i, 3))
        .collect();
    let mut dumps = Vec::new();
    for (name, mut store, _c) in backends("large_batches") {
        store.ingest(&preds).unwrap();
        let c = store.counts().unwrap();
        assert_eq!(c.articles, 457, "{name}");
        assert_eq!(c.events, 1371, "{name}");
        dumps.push((name, store.dump().unwrap()));
    }
    for (name, mut store, _c) in backends("small_batches") {
        for chunk in preds.chunks(3) {
            store.ingest(chunk).unwrap();
        }
        let small = store.dump().unwrap();
        let large = &dumps.iter().find(|(n, _)| *n == name).unwrap().1;
        assert!(
            *large == small,
            "{name}: one batch differs from batches of 3"
        );
    }
}

/// A batch stored in parts (each part's articles and events written as it
/// comes, the claims at the commit) ends as the same batch stored at once:
/// the same outcomes, duplicates and claims, every table identical; a batch
/// never committed leaves nothing.
#[test]
fn a_batch_in_parts_equals_the_batch_at_once() {
    let text = long_text();
    let evd = "Russia has received a new shipment of artillery shells from North Korea";
    let e = || ev("supply", Some("PRK"), Some("RUS"), &["ammunition"], evd);
    let mut all = corpus();
    all.extend([
        pred("d1", "one.example", "2024-01-10", "en", &text, vec![e()]),
        pred(
            "d2",
            "two.example",
            "2024-01-11",
            "en",
            &text.replace(". ", ".  "),
            vec![e()],
        ),
        pred(
            "d3",
            "three.example",
            "2024-01-12",
            "en",
            &format!("{text}\nReporting by Staff"),
            vec![e()],
        ),
        // the same id again in the batch: unchanged
        pred("d1", "one.example", "2024-01-10", "en", &text, vec![e()]),
    ]);
    let prepared: Vec<_> = all.iter().cloned().map(milcoop_store::prepare).collect();
    let whole = backends("parts_whole");
    let parts = backends("parts_split");
    for ((name, mut a, _da), (_, mut b, _db)) in whole.into_iter().zip(parts) {
        let at_once = a.ingest_prepared(&prepared).unwrap();
        let mut outcomes = Vec::new();
        for part in prepared.chunks(2) {
            outcomes.extend(b.ingest_part(part, prepared.len()).unwrap().outcomes);
        }
        b.commit_batch().unwrap();
        assert_eq!(at_once.outcomes, outcomes, "{name}");
        assert_eq!(a.dump().unwrap(), b.dump().unwrap(), "{name}");
        // again, in parts: nothing changes
        for part in prepared.chunks(3) {
            let r = b.ingest_part(part, prepared.len()).unwrap();
            assert!(
                r.outcomes.iter().all(|(_, o)| *o == Outcome::Unchanged),
                "{name}"
            );
        }
        b.commit_batch().unwrap();
        assert_eq!(a.dump().unwrap(), b.dump().unwrap(), "{name}");
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let path = path.to_str().unwrap();
    let mut s = milcoop_store::Store::open(path).unwrap();
    s.ingest_part(&prepared[..3], prepared.len()).unwrap();
    drop(s);
    let mut s = milcoop_store::Store::open(path).unwrap();
    assert_eq!(
        s.counts().unwrap().articles,
        0,
        "an uncommitted batch stays out"
    );
}
