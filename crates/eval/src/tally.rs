//! Counts over a group of articles and the scores derived from them
//! (`score.py`'s `Tally`).

use crate::matching::{self, SLOTS, Slot};
use crate::py;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Scores of one group (a language, all articles, or one article), with the
/// keys of `score.py --json`. Ratios are `None` where their denominator is 0.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Scores {
    /// Gold articles scored.
    pub articles: u64,
    /// Gold events.
    pub gold: u64,
    /// Predicted events of a known type.
    pub pred: u64,
    /// Matched pairs.
    pub matched: u64,
    /// matched / pred.
    pub precision: f64,
    /// matched / gold.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
    /// F1 where one of actor and recipient suffices.
    pub relaxed_f1: f64,
    /// Item-set accuracy over matched pairs.
    pub acc_items: Option<f64>,
    /// Status accuracy.
    pub acc_status: Option<f64>,
    /// Certainty accuracy.
    pub acc_certainty: Option<f64>,
    /// Attribution accuracy.
    pub acc_attribution: Option<f64>,
    /// Time-start accuracy.
    pub acc_time: Option<f64>,
    /// Quantity-overlap accuracy.
    pub acc_quantity: Option<f64>,
    /// Value accuracy.
    pub acc_value: Option<f64>,
    /// Certainty accuracy with likely/possible/unconfirmed as one value.
    pub acc_certainty_hedged: Option<f64>,
    /// Share of gold boilerplate lines the system removed.
    pub clean_recall: Option<f64>,
    /// Share of removed lines that are gold boilerplate.
    pub clean_precision: Option<f64>,
    /// Title exact-match rate.
    pub title_acc: Option<f64>,
    /// Credits exact-match rate.
    pub credits_acc: Option<f64>,
    /// original_source exact-match rate.
    pub source_acc: Option<f64>,
}

impl Scores {
    /// A metric by its `score.py` key, as a number (`None` for `-`).
    pub fn metric(&self, key: &str) -> Option<f64> {
        Some(match key {
            "articles" => self.articles as f64,
            "gold" => self.gold as f64,
            "pred" => self.pred as f64,
            "matched" => self.matched as f64,
            "precision" => self.precision,
            "recall" => self.recall,
            "f1" => self.f1,
            "relaxed_f1" => self.relaxed_f1,
            "acc_items" => return self.acc_items,
            "acc_status" => return self.acc_status,
            "acc_certainty" => return self.acc_certainty,
            "acc_attribution" => return self.acc_attribution,
            "acc_time" => return self.acc_time,
            "acc_quantity" => return self.acc_quantity,
            "acc_value" => return self.acc_value,
            "acc_certainty_hedged" => return self.acc_certainty_hedged,
            "clean_recall" => return self.clean_recall,
            "clean_precision" => return self.clean_precision,
            "title_acc" => return self.title_acc,
            "credits_acc" => return self.credits_acc,
            "source_acc" => return self.source_acc,
            _ => return None,
        })
    }
}

/// Table rows in `score.py`'s order.
pub const METRICS: [&str; 21] = [
    "articles",
    "gold",
    "pred",
    "matched",
    "precision",
    "recall",
    "f1",
    "relaxed_f1",
    "acc_items",
    "acc_status",
    "acc_certainty",
    "acc_certainty_hedged",
    "acc_attribution",
    "acc_time",
    "acc_quantity",
    "acc_value",
    "clean_recall",
    "clean_precision",
    "title_acc",
    "credits_acc",
    "source_acc",
];

/// Running counts over a group of articles.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    n_gold: u64,
    n_pred: u64,
    m: u64,
    m_rel: u64,
    /// `[right, scored]` per slot in [`SLOTS`] order, then certainty_hedged.
    slot: [[u64; 2]; 8],
    bp_gold: u64,
    bp_pred: u64,
    bp_hit: u64,
    title: [u64; 2],
    credits: [u64; 2],
    source: [u64; 2],
    articles: u64,
}

/// A collection of normalised lines (`{norm_line(x) for x in v or []}`).
fn line_set(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = py::iter(py::or_none(v))
        .iter()
        .map(|x| py::norm_line(&py::text_of(x)))
        .collect();
    out.sort();
    out.dedup();
    out
}

impl Tally {
    /// Adds one gold article and its prediction (`{"events": [], "clean": {}}`
    /// where the system gave none).
    pub fn add(&mut self, gold: &Value, pred: &Value) {
        self.articles += 1;
        let text = py::get(py::get(gold, "article"), "text")
            .as_str()
            .unwrap_or("");
        let gev: &[Value] = py::get(gold, "events")
            .as_array()
            .map_or(&[], Vec::as_slice);
        let pev: Vec<&Value> = match py::or_none(py::get(pred, "events")) {
            Value::Array(a) => a.iter().filter(|e| matching::known_type(e)).collect(),
            _ => Vec::new(),
        };
        self.n_gold += gev.len() as u64;
        self.n_pred += pev.len() as u64;
        let pairs = matching::match_events(gev, &pev, text, false);
        self.m += pairs.len() as u64;
        self.m_rel += matching::match_events(gev, &pev, text, true).len() as u64;
        for &(gi, pi) in &pairs {
            let (g, p) = (&gev[gi], pev[pi]);
            for (k, &s) in SLOTS.iter().enumerate() {
                if matching::gold_has(s, g) {
                    self.slot[k][1] += 1;
                    self.slot[k][0] += u64::from(matching::slot_ok(s, g, p, false));
                }
            }
            if !py::get(g, "certainty").is_null() {
                self.slot[7][1] += 1;
                self.slot[7][0] += u64::from(matching::slot_ok(Slot::Certainty, g, p, true));
            }
        }
        let gc = py::or_none(py::get(gold, "clean"));
        let pc = py::or_none(py::get(pred, "clean"));
        let gb = line_set(py::get(gc, "boilerplate"));
        let pb = line_set(py::get(pc, "boilerplate"));
        self.bp_gold += gb.len() as u64;
        self.bp_pred += pb.len() as u64;
        self.bp_hit += gb.iter().filter(|x| pb.binary_search(x).is_ok()).count() as u64;
        let title = |c: &Value| py::norm_line(&py::text_of(py::get(c, "title")));
        self.title[1] += 1;
        self.title[0] += u64::from(title(gc) == title(pc));
        let credits = |c: &Value| {
            let mut v: Vec<String> = py::iter(py::or_none(py::get(c, "credits")))
                .iter()
                .map(|x| py::norm_line(&py::text_of(x)))
                .collect();
            v.sort();
            v
        };
        self.credits[1] += 1;
        self.credits[0] += u64::from(credits(gc) == credits(pc));
        self.source[1] += 1;
        let source = |c: &Value| py::or_none(py::get(c, "original_source")).clone();
        self.source[0] += u64::from(py::eq(&source(gc), &source(pc)));
    }

    /// The scores of the counts so far.
    pub fn report(&self) -> Scores {
        fn f1(m: u64, ng: u64, np: u64) -> (f64, f64, f64) {
            let p = if np > 0 { m as f64 / np as f64 } else { 0.0 };
            let r = if ng > 0 { m as f64 / ng as f64 } else { 0.0 };
            let f = if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            };
            (p, r, f)
        }
        fn ratio(ok: u64, n: u64) -> Option<f64> {
            (n > 0).then(|| ok as f64 / n as f64)
        }
        let (precision, recall, f1_) = f1(self.m, self.n_gold, self.n_pred);
        let (_, _, relaxed_f1) = f1(self.m_rel, self.n_gold, self.n_pred);
        let acc = |k: usize| ratio(self.slot[k][0], self.slot[k][1]);
        Scores {
            articles: self.articles,
            gold: self.n_gold,
            pred: self.n_pred,
            matched: self.m,
            precision,
            recall,
            f1: f1_,
            relaxed_f1,
            acc_items: acc(0),
            acc_status: acc(1),
            acc_certainty: acc(2),
            acc_attribution: acc(3),
            acc_time: acc(4),
            acc_quantity: acc(5),
            acc_value: acc(6),
            acc_certainty_hedged: acc(7),
            clean_recall: ratio(self.bp_hit, self.bp_gold),
            clean_precision: ratio(self.bp_hit, self.bp_pred),
            title_acc: ratio(self.title[0], self.title[1]),
            credits_acc: ratio(self.credits[0], self.credits[1]),
            source_acc: ratio(self.source[0], self.source[1]),
        }
    }
}
