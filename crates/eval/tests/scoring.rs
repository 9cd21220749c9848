//! Scores checked against values computed by hand, against the gold itself,
//! and against the reference scorer `eval/score.py` where Python is present.

use milcoop_eval::{GoldSet, Report, Scores, load_predictions, parse_predictions, score};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// `../shared` relative to the workspace root, if present.
fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    p.join("eval/score.py").exists().then_some(p)
}

fn fixture_report(per_article: bool) -> Report {
    let gold = GoldSet::load(&fixtures().join("gold")).unwrap();
    let pred = load_predictions(&fixtures().join("pred.jsonl")).unwrap();
    assert!(pred.errors.is_empty());
    score(&gold, &pred.by_id, per_article)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

#[track_caller]
fn assert_ratio(got: Option<f64>, want: Option<(u32, u32)>, what: &str) {
    match (got, want) {
        (None, None) => {}
        (Some(g), Some((n, d))) => assert!(
            close(g, f64::from(n) / f64::from(d)),
            "{what}: {g} != {n}/{d}"
        ),
        _ => panic!("{what}: {got:?} != {want:?}"),
    }
}

/// The fixture's scores, worked out by hand (see the comments in each check).
#[test]
fn fixture_scores_match_hand_computation() {
    let r = fixture_report(true);
    let names: Vec<_> = r.groups.iter().map(|(k, _)| k.as_str()).collect();
    // a1 is English and comes first, so `en` precedes `de`.
    assert_eq!(names, ["all", "en", "de"]);
    let all = r.group("all").unwrap();
    let en = r.group("en").unwrap();
    let de = r.group("de").unwrap();

    // Counts: a1 3 gold / 4 known-type preds (the "rumour" one is ignored) / 3 matched / 3 relaxed;
    // a2 3/4/2/3; a3 1/0/0/0 (no prediction); a4 2/2/1/1 (greedy tie, see below).
    assert_eq!(
        (all.articles, all.gold, all.pred, all.matched),
        (4, 9, 10, 6)
    );
    assert_eq!((en.articles, en.gold, en.pred, en.matched), (3, 6, 6, 4));
    assert_eq!((de.articles, de.gold, de.pred, de.matched), (1, 3, 4, 2));
    assert!(close(all.precision, 0.6) && close(all.recall, 6.0 / 9.0));
    assert!(close(all.f1, 12.0 / 19.0), "{}", all.f1);
    assert!(close(all.relaxed_f1, 14.0 / 19.0), "{}", all.relaxed_f1);
    assert!(close(en.f1, 2.0 / 3.0) && close(en.relaxed_f1, 2.0 / 3.0));
    // de: the PRK->UKR prediction only matches relaxed (actor right, recipient wrong).
    assert!(close(de.f1, 4.0 / 7.0) && close(de.relaxed_f1, 6.0 / 7.0));

    // Slots over the matched pairs a1 (g0,p0) (g2,p2) (g1,p1), a2 (h1,q1) (h2,q2), a4 (k0,r0).
    let slots = |s: &Scores| {
        [
            s.acc_items,
            s.acc_status,
            s.acc_certainty,
            s.acc_certainty_hedged,
            s.acc_attribution,
            s.acc_time,
            s.acc_quantity,
            s.acc_value,
        ]
    };
    let want_all = [
        Some((5, 6)), // items: a1 g1 gets {uav, missile}
        Some((5, 6)), // status: a1 g1 ongoing != completed
        Some((4, 6)), // certainty: a1 g2 possible != asserted, g1 unconfirmed != likely
        Some((5, 6)), // hedged: unconfirmed ~ likely counts
        Some((6, 6)), // attribution: "USA" in gold list; both empty elsewhere
        Some((1, 2)), // time: 2023-08-15 ok for 2023-08; 2023 not for 2023-05
        Some((1, 1)), // quantity: [100, open) overlaps [200, 200]
        Some((1, 1)), // value: 2,020,000 EUR is exactly 1 % off 2,000,000
    ];
    let want_en = [
        Some((3, 4)),
        Some((3, 4)),
        Some((2, 4)),
        Some((3, 4)),
        Some((4, 4)),
        Some((1, 2)),
        Some((1, 1)),
        None,
    ];
    let want_de = [
        Some((1, 1)),
        Some((1, 1)),
        Some((1, 1)),
        Some((1, 1)),
        Some((1, 1)),
        None,
        None,
        Some((1, 1)),
    ];
    for (group, want) in [(all, want_all), (en, want_en), (de, want_de)] {
        for (i, (g, w)) in slots(group).into_iter().zip(want).enumerate() {
            assert_ratio(g, w, &format!("slot {i}"));
        }
    }

    // Cleaning: a1 gold 3 / pred 3 (one is whitespace-different only) / 2 shared;
    // a2 1/2/1; a4 1/0/0 (no clean at all).
    assert_ratio(all.clean_recall, Some((3, 5)), "clean_recall");
    assert_ratio(all.clean_precision, Some((3, 5)), "clean_precision");
    assert_ratio(en.clean_recall, Some((2, 4)), "en clean_recall");
    assert_ratio(en.clean_precision, Some((2, 3)), "en clean_precision");
    assert_ratio(de.clean_precision, Some((1, 2)), "de clean_precision");
    // Title: a2 gives one where gold has none. Credits: a2 invents "ISW";
    // a1's differ only in order and spaces. Source: a4 misses org:isw;
    // a1's "" equals null.
    assert_ratio(all.title_acc, Some((3, 4)), "title");
    assert_ratio(all.credits_acc, Some((3, 4)), "credits");
    assert_ratio(all.source_acc, Some((3, 4)), "source");
    assert_ratio(en.source_acc, Some((2, 3)), "en source");
    assert_ratio(de.title_acc, Some((0, 1)), "de title");

    // Per article.
    let a4 = r.article("a4").unwrap();
    // k0 overlaps r0 and r1, k1 only r0; all agree equally, so greedy pairs
    // (k0, r0) first and k1 is left without a partner.
    assert_eq!((a4.gold, a4.pred, a4.matched), (2, 2, 1));
    let a3 = r.article("a3").unwrap();
    assert_eq!((a3.gold, a3.pred, a3.matched, a3.f1), (1, 0, 0, 0.0));
    assert_eq!(a3.acc_items, None);
    assert_eq!(r.per_article.len(), 4);
}

#[test]
fn table_and_json_have_score_py_shape() {
    let r = fixture_report(true);
    let table = r.to_table();
    let mut lines = table.lines();
    assert_eq!(
        lines.next().unwrap(),
        format!("{:22}{:>10}{:>10}{:>10}", "", "all", "en", "de")
    );
    assert!(
        table.contains("\nf1                         0.632     0.667     0.571\n"),
        "{table}"
    );
    assert!(
        table.contains("\nacc_value                  1.000         -     1.000\n"),
        "{table}"
    );
    assert!(
        table.contains("\na4             gold   2 pred   2 matched   1 f1 0.500\n"),
        "{table}"
    );
    let v: Value = serde_json::from_str(&r.to_json()).unwrap();
    let keys: Vec<_> = v.as_object().unwrap().keys().cloned().collect();
    for k in ["all", "en", "de", "per_article"] {
        assert!(keys.contains(&k.to_string()), "{keys:?}");
    }
    assert_eq!(v["all"]["acc_value"], json!(1.0));
    assert_eq!(v["en"]["acc_value"], Value::Null);
    assert_eq!(v["all"]["matched"], json!(6));
    assert_eq!(v["per_article"]["a3"]["gold"], json!(1));
    assert!(
        fixture_report(false)
            .to_json()
            .find("per_article")
            .is_none()
    );
}

/// Gold scored against itself: every score is 1 (or `-` where nothing is scored).
fn assert_perfect(gold: &GoldSet) {
    let pred: HashMap<String, Value> = gold.records().iter().cloned().collect();
    let r = score(gold, &pred, true);
    for (name, s) in r.groups.iter().chain(&r.per_article) {
        assert_eq!(s.matched, s.gold, "{name}");
        assert_eq!(s.pred, s.gold, "{name}");
        if s.gold > 0 {
            for (k, v) in [
                ("p", s.precision),
                ("r", s.recall),
                ("f1", s.f1),
                ("relaxed", s.relaxed_f1),
            ] {
                assert_eq!(v, 1.0, "{name} {k}");
            }
        }
        for key in milcoop_eval::METRICS.iter().skip(4) {
            if let Some(v) = s.metric(key)
                && (s.gold > 0 || key.starts_with("clean") || key.ends_with("_acc"))
            {
                assert_eq!(v, 1.0, "{name} {key}");
            }
        }
    }
}

#[test]
fn gold_against_itself_is_perfect() {
    assert_perfect(&GoldSet::load(&fixtures().join("gold")).unwrap());
    match shared() {
        Some(s) => assert_perfect(&GoldSet::load(&s.join("eval/dev")).unwrap()),
        None => eprintln!("skipping the dev half: ../shared/eval is absent"),
    }
}

#[test]
fn bad_lines_are_named_and_the_rest_is_read() {
    let text = "{\"article\": {\"id\": \"a\"}, \"events\": []}\n\n{not json\n{\"article\": {}}\r\n{\"article\": {\"id\": \"b\"}}";
    let p = parse_predictions(text, Path::new("p.jsonl"));
    let msgs: Vec<String> = p.errors.iter().map(ToString::to_string).collect();
    assert_eq!(msgs.len(), 2, "{msgs:?}");
    assert!(msgs[0].starts_with("p.jsonl:3: not JSON"), "{}", msgs[0]);
    assert!(
        msgs[1].starts_with("p.jsonl:4: article.id is missing"),
        "{}",
        msgs[1]
    );
    let mut ids: Vec<_> = p.by_id.keys().cloned().collect();
    ids.sort();
    assert_eq!(ids, ["a", "b"]);
}

#[test]
fn odd_predictions_never_crash() {
    let gold = GoldSet::from_records(vec![json!({
        "article": {"id": "x", "language": null, "text": "Ä Iran sent drones to Russia."},
        "clean": {"title": null, "boilerplate": ["Menu"], "credits": [], "original_source": null},
        "events": [{"type": "supply", "actor": "IRN", "recipient": "RUS", "items": ["uav"], "status": "completed",
                    "certainty": "asserted", "attribution": [], "time": {"start": "2022"},
                    "quantity": {"min": 1, "max": 5}, "value": {"amount": 10, "currency": "USD"},
                    "evidence": "Iran sent drones"}]
    })])
    .unwrap();
    let pred = json!({"article": {"id": "x"}, "clean": {"title": 7, "boilerplate": "Menu", "credits": null},
        "events": [5, null, {"type": 3}, {"type": "supply", "actor": "IRN", "recipient": "RUS", "evidence": 12},
                   {"type": "supply", "actor": "IRN", "recipient": "RUS", "evidence": "drones",
                    "items": "uav", "status": ["completed"], "certainty": {}, "attribution": "USA",
                    "time": {"start": 2022}, "quantity": {"min": "1"}, "value": {"amount": "10", "currency": "USD"}}]});
    let r = score(
        &gold,
        &[("x".to_string(), pred)].into_iter().collect(),
        false,
    );
    let s = r.group("all").unwrap();
    assert_eq!(r.groups[1].0, "?");
    // Five events listed, two of a known type; the one with evidence 12 has no span.
    assert_eq!((s.pred, s.matched), (2, 1));
    // A string of items iterates its characters, as in Python: not {uav}.
    assert_eq!(s.acc_items, Some(0.0));
    assert_eq!(s.acc_time, Some(0.0));
    assert_eq!(s.acc_quantity, Some(0.0));
    assert_eq!(s.acc_value, Some(0.0));
    // "Menu" as a string iterates to characters, so the gold line is missed.
    assert_eq!(s.clean_recall, Some(0.0));
}

/// A deterministic variation of each dev gold record: dropped, swapped,
/// shortened and retyped events, wrong slots, partly wrong cleaning.
fn perturb(gold: &Value, k: usize) -> Value {
    let mut events = Vec::new();
    for (i, e) in gold["events"].as_array().unwrap().iter().enumerate() {
        let mut e = e.clone();
        let o = e.as_object_mut().unwrap();
        o.remove("unordered");
        match (i + k) % 11 {
            0 => {}
            1 => continue,
            2 => {
                let a = o["actor"].clone();
                o.insert("actor".into(), o["recipient"].clone());
                o.insert("recipient".into(), a);
            }
            3 => {
                let ev = o["evidence"].as_str().unwrap();
                let cut = ev
                    .char_indices()
                    .nth(ev.chars().count() / 2)
                    .map_or(ev.len(), |(b, _)| b);
                o.insert("evidence".into(), json!(ev[cut..].to_string()));
            }
            4 => {
                o.insert("items".into(), json!(["uav"]));
                o.insert("status".into(), json!("unknown"));
            }
            5 => {
                o.insert("certainty".into(), json!("possible"));
                o.insert("attribution".into(), json!(["USA"]));
            }
            6 => {
                if let Some(s) = o["time"]["start"].as_str() {
                    let t = if s.len() > 4 {
                        s[..4].to_string()
                    } else {
                        format!("{s}-01")
                    };
                    o.insert("time".into(), json!({"start": t}));
                }
                o.insert("quantity".into(), json!({"min": 10, "max": null}));
            }
            7 => {
                if let Some(a) = o["value"]["amount"].as_f64() {
                    o.insert(
                        "value".into(),
                        json!({"amount": a * 1.02, "currency": o["value"]["currency"]}),
                    );
                }
                events.push(json!({"type": "bogus", "evidence": o["evidence"]}));
            }
            8 => {
                o.insert("actor".into(), json!("XXX"));
            }
            9 => {
                events.push(e.clone());
            }
            _ => {
                o.insert("evidence".into(), json!("the"));
            }
        }
        events.push(e);
    }
    let mut clean = gold["clean"].clone();
    let c = clean.as_object_mut().unwrap();
    if let Some(bp) = c.get_mut("boilerplate").and_then(Value::as_array_mut) {
        if k.is_multiple_of(2) && !bp.is_empty() {
            bp.remove(0);
        }
        if let Some(first) = gold["article"]["text"]
            .as_str()
            .and_then(|t| t.lines().nth(2))
        {
            bp.push(json!(format!("  {first} ")));
        }
    }
    if k.is_multiple_of(3) {
        c.insert("title".into(), Value::Null);
        c.insert("original_source".into(), json!("org:x"));
    }
    if let Some(cr) = c.get_mut("credits").and_then(Value::as_array_mut) {
        cr.reverse();
        if k % 4 == 1 {
            cr.push(json!("Someone Else"));
        }
    }
    json!({"article": {"id": gold["article"]["id"]}, "clean": clean, "events": events})
}

/// Runs score.py --json --per-article and compares every number.
fn cross_check(shared: &Path, gold_dir: &Path, pred_path: &Path) {
    let out = std::process::Command::new("python3")
        .arg(shared.join("eval/score.py"))
        .args([gold_dir, pred_path])
        .args(["--json", "--per-article"])
        .output();
    let out = match out {
        Ok(o) if o.status.success() => o,
        Ok(o) => panic!("score.py failed: {}", String::from_utf8_lossy(&o.stderr)),
        Err(e) => {
            eprintln!("skipping cross-check: python3 not runnable: {e}");
            return;
        }
    };
    let want: Value = serde_json::from_slice(&out.stdout).unwrap();
    let gold = GoldSet::load(gold_dir).unwrap();
    let pred = load_predictions(pred_path).unwrap();
    let got = serde_json::to_value(score(&gold, &pred.by_id, true)).unwrap();
    let (want_o, got_o) = (want.as_object().unwrap(), got.as_object().unwrap());
    assert_eq!(
        want_o.keys().collect::<Vec<_>>(),
        got_o.keys().collect::<Vec<_>>()
    );
    let mut compared = 0;
    let mut cmp = |path: &str, w: &Value, g: &Value| {
        let (wo, go) = (w.as_object().unwrap(), g.as_object().unwrap());
        assert_eq!(wo.len(), go.len(), "{path}: keys differ");
        for (k, wv) in wo {
            let gv = &go[k];
            match (wv.as_f64(), gv.as_f64()) {
                (Some(a), Some(b)) => {
                    assert!((a - b).abs() < 1e-9, "{path}.{k}: python {a} rust {b}")
                }
                _ => assert_eq!(wv, gv, "{path}.{k}"),
            }
            compared += 1;
        }
    };
    for (name, w) in want_o {
        if name == "per_article" {
            for (id, wa) in w.as_object().unwrap() {
                cmp(&format!("per_article.{id}"), wa, &got["per_article"][id]);
            }
        } else {
            cmp(name, w, &got[name]);
        }
    }
    assert!(compared > 50);
}

#[test]
fn agrees_with_score_py() {
    let Some(shared) = shared() else {
        eprintln!("skipping cross-check: ../shared/eval/score.py is absent");
        return;
    };
    if std::process::Command::new("python3")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipping cross-check: python3 is not installed");
        return;
    }
    cross_check(
        &shared,
        &fixtures().join("gold"),
        &fixtures().join("pred.jsonl"),
    );

    let dev = shared.join("eval/dev");
    let gold = GoldSet::load(&dev).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let pred_path = dir.path().join("pred.jsonl");
    let mut lines = String::new();
    for (k, (_, g)) in gold.records().iter().enumerate() {
        if k == 5 {
            continue; // one article without a prediction
        }
        lines.push_str(&perturb(g, k).to_string());
        lines.push('\n');
    }
    std::fs::write(&pred_path, lines).unwrap();
    cross_check(&shared, &dev, &pred_path);
    let r = score(&gold, &load_predictions(&pred_path).unwrap().by_id, false);
    let all = r.group("all").unwrap();
    // The perturbation must leave a mixed picture, or the check proves little.
    assert!(all.matched > 0 && all.matched < all.gold, "{all:?}");
    assert!(all.relaxed_f1 > all.f1);
}

#[test]
fn greedy_prefers_the_pair_that_agrees_most() {
    let ev = |evidence: &str, status: &str, certainty: &str| {
        json!({"type": "training", "actor": "BLR", "recipient": "RUS", "items": [], "status": status,
               "certainty": certainty, "attribution": [], "time": null, "quantity": null, "value": null,
               "evidence": evidence})
    };
    let gold = GoldSet::from_records(vec![json!({
        "article": {"id": "t", "language": "en", "text": "Belarus trains Russian crews and Belarus trains Russian pilots."},
        "clean": {}, "events": [ev("Belarus trains Russian crews", "ongoing", "asserted"),
                                 ev("Belarus trains Russian pilots", "completed", "likely")]
    })])
    .unwrap();
    // "Belarus trains Russian" occurs twice, so it overlaps both gold events;
    // it agrees with the second on every slot and with the first on two.
    let pred = json!({"article": {"id": "t"}, "events": [ev("Belarus trains Russian", "completed", "likely")]});
    let r = score(
        &gold,
        &[("t".to_string(), pred)].into_iter().collect(),
        false,
    );
    let s = r.group("all").unwrap();
    assert_eq!((s.gold, s.pred, s.matched), (2, 1, 1));
    assert_eq!(
        (s.acc_status, s.acc_certainty, s.acc_items),
        (Some(1.0), Some(1.0), Some(1.0))
    );
    assert_eq!(s.acc_time, None);
}
