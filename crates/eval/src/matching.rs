//! Event matching and slot checks (FORMAT.md "Matching" and "Scores").
//!
//! Every function mirrors the function of the same name in `score.py`.
//! Spans are byte offsets where Python's are code-point offsets: the map from
//! code-point to byte offsets is strictly increasing, so two spans overlap in
//! one unit exactly when they overlap in the other, and a UTF-8 needle can
//! only match at a character boundary, so the set of occurrences is the same.

use crate::py::{self, Num};
use serde_json::Value;
use std::cmp::Ordering;

/// The nine event types (FORMAT.md); predicted events of another type are ignored.
pub const TYPES: [&str; 9] = [
    "supply",
    "training",
    "joint_production",
    "support",
    "personnel",
    "agreement",
    "exercise",
    "meeting",
    "sanction",
];

/// Types whose actor and recipient are unordered.
pub const UNORDERED: [&str; 4] = ["agreement", "exercise", "meeting", "joint_production"];

/// Certainty values that count as one under hedged accuracy.
pub const HEDGED: [&str; 3] = ["likely", "possible", "unconfirmed"];

/// The scored slots, in report order.
pub const SLOTS: [Slot; 7] = [
    Slot::Items,
    Slot::Status,
    Slot::Certainty,
    Slot::Attribution,
    Slot::Time,
    Slot::Quantity,
    Slot::Value,
];

/// A scored event slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// Item categories (set equality).
    Items,
    /// Status (exact).
    Status,
    /// Certainty (exact, or hedged).
    Certainty,
    /// Attribution (any predicted id in the gold list).
    Attribution,
    /// Time start (prefix at the gold's granularity).
    Time,
    /// Quantity (ranges overlap).
    Quantity,
    /// Value (within 1 %, same currency).
    Value,
}

impl Slot {
    /// The slot's JSON key.
    pub fn key(self) -> &'static str {
        match self {
            Slot::Items => "items",
            Slot::Status => "status",
            Slot::Certainty => "certainty",
            Slot::Attribution => "attribution",
            Slot::Time => "time",
            Slot::Quantity => "quantity",
            Slot::Value => "value",
        }
    }
}

/// True when `v` is a string in `set`.
fn str_in(v: &Value, set: &[&str]) -> bool {
    v.as_str().is_some_and(|s| set.contains(&s))
}

/// True when a predicted event counts at all (its type is one of [`TYPES`]).
pub fn known_type(event: &Value) -> bool {
    str_in(py::get(event, "type"), &TYPES)
}

/// Every occurrence of `needle` in `text` (overlapping ones included) as byte
/// spans; none for an empty needle.
pub fn spans(text: &str, needle: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let mut i = 0;
    while let Some(j) = text[i..].find(needle).map(|k| k + i) {
        out.push((j, j + needle.len()));
        // Step one character, as Python's `i = j + 1` steps one code point.
        i = j + text[j..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// The spans of an event's evidence (none where it is not a non-empty string).
pub fn evidence_spans(text: &str, event: &Value) -> Vec<(usize, usize)> {
    match py::get(event, "evidence") {
        Value::String(s) => spans(text, s),
        _ => Vec::new(),
    }
}

/// True when any span of `a` overlaps any span of `b`.
pub fn overlaps(a: &[(usize, usize)], b: &[(usize, usize)]) -> bool {
    a.iter()
        .any(|&(x0, x1)| b.iter().any(|&(y0, y1)| x0 < y1 && y0 < x1))
}

/// True when the gold event's parties are unordered.
pub fn unordered(g: &Value) -> bool {
    str_in(py::get(g, "type"), &UNORDERED) || py::truthy(py::get(g, "unordered"))
}

/// Rule 2 of matching: actor and recipient agree (`relaxed`: one of them).
pub fn parties_match(g: &Value, p: &Value, relaxed: bool) -> bool {
    let (ga, gr) = (py::get(g, "actor"), py::get(g, "recipient"));
    let (pa, pr) = (py::get(p, "actor"), py::get(p, "recipient"));
    let eq = py::eq;
    if unordered(g) {
        if relaxed {
            return eq(pa, ga) || eq(pa, gr) || eq(pr, ga) || eq(pr, gr);
        }
        return (eq(pa, ga) && eq(pr, gr)) || (eq(pa, gr) && eq(pr, ga));
    }
    if relaxed {
        return eq(pa, ga) || eq(pr, gr);
    }
    eq(pa, ga) && eq(pr, gr)
}

/// True when two Python collections hold the same set of elements.
fn same_set(a: &[Value], b: &[Value]) -> bool {
    a.iter().all(|x| b.iter().any(|y| py::eq(x, y)))
        && b.iter().all(|y| a.iter().any(|x| py::eq(x, y)))
}

/// A quantity bound: null is open.
fn bound(q: &Value, key: &str, open: f64) -> Option<Num> {
    match py::get(q, key) {
        Value::Null => Some(Num::Float(open)),
        v => py::as_number(v),
    }
}

/// `a <= b` in Python's number order.
fn le(a: Num, b: Num) -> bool {
    matches!(a.partial_cmp(b), Some(Ordering::Less | Ordering::Equal))
}

/// Whether the predicted slot is right (`score.py`'s `slot_ok`).
pub fn slot_ok(slot: Slot, g: &Value, p: &Value, hedged: bool) -> bool {
    let (gv, pv) = (py::get(g, slot.key()), py::get(p, slot.key()));
    match slot {
        Slot::Items => same_set(&py::iter(py::or_none(gv)), &py::iter(py::or_none(pv))),
        Slot::Status => py::eq(gv, pv),
        Slot::Certainty => {
            if hedged {
                (str_in(gv, &HEDGED) && str_in(pv, &HEDGED)) || py::eq(gv, pv)
            } else {
                py::eq(gv, pv)
            }
        }
        Slot::Attribution => {
            let (gl, pl) = (py::or_none(gv), py::or_none(pv));
            (gl.is_null() && pl.is_null()) || py::iter(pl).iter().any(|x| py::contains(gl, x))
        }
        Slot::Time => {
            let gs = py::get(py::or_none(gv), "start");
            let ps = py::or_none(py::get(py::or_none(pv), "start"));
            match (gs, ps) {
                (Value::String(gs), Value::String(ps)) => ps.starts_with(gs.as_str()),
                (Value::String(gs), Value::Null) => gs.is_empty(),
                _ => false,
            }
        }
        Slot::Quantity => {
            if !py::truthy(pv) || !gv.is_object() || !pv.is_object() {
                return false;
            }
            let (Some(a0), Some(a1), Some(b0), Some(b1)) = (
                bound(gv, "min", f64::NEG_INFINITY),
                bound(gv, "max", f64::INFINITY),
                bound(pv, "min", f64::NEG_INFINITY),
                bound(pv, "max", f64::INFINITY),
            ) else {
                return false;
            };
            le(a0, b1) && le(b0, a1)
        }
        Slot::Value => {
            if !py::truthy(pv) || !gv.is_object() || !pv.is_object() {
                return false;
            }
            if !py::eq(py::get(pv, "currency"), py::get(gv, "currency")) {
                return false;
            }
            let amount = |v: &Value| match py::or_none(py::get(v, "amount")) {
                Value::Null => Some(Num::Int(0)),
                x => py::as_number(x),
            };
            let (Some(ga), Some(pa)) = (amount(gv), amount(pv)) else {
                return false;
            };
            le(pa.minus(ga).abs(), Num::Float(0.01 * ga.abs().to_f64()))
        }
    }
}

/// Whether the gold event sets the slot, so that it is scored.
pub fn gold_has(slot: Slot, g: &Value) -> bool {
    let v = py::get(g, slot.key());
    match slot {
        Slot::Time => py::truthy(v) && !py::get(v, "start").is_null(),
        _ => !v.is_null(),
    }
}

/// Greedy one-to-one pairing, most agreeing slots first; returns
/// `(gold index, predicted index)` pairs in the order they were formed.
pub fn match_events(
    gold: &[Value],
    pred: &[&Value],
    text: &str,
    relaxed: bool,
) -> Vec<(usize, usize)> {
    let pred_spans: Vec<_> = pred.iter().map(|p| evidence_spans(text, p)).collect();
    let mut cands = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let gsp = evidence_spans(text, g);
        let gtype = py::get(g, "type");
        for (pi, p) in pred.iter().enumerate() {
            if !py::eq(py::get(p, "type"), gtype) || !parties_match(g, p, relaxed) {
                continue;
            }
            if !overlaps(&gsp, &pred_spans[pi]) {
                continue;
            }
            let agree = SLOTS
                .iter()
                .filter(|&&s| gold_has(s, g) && slot_ok(s, g, p, false))
                .count();
            cands.push((std::cmp::Reverse(agree), gi, pi));
        }
    }
    cands.sort();
    let mut used_g = vec![false; gold.len()];
    let mut used_p = vec![false; pred.len()];
    let mut pairs = Vec::new();
    for (_, gi, pi) in cands {
        if used_g[gi] || used_p[pi] {
            continue;
        }
        used_g[gi] = true;
        used_p[pi] = true;
        pairs.push((gi, pi));
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn spans_find_overlapping_occurrences_in_bytes() {
        assert_eq!(spans("aaa", "aa"), vec![(0, 2), (1, 3)]);
        assert_eq!(spans("äa äa", "äa"), vec![(0, 3), (4, 7)]);
        assert!(spans("abc", "").is_empty());
    }

    #[test]
    fn time_prefix_rule() {
        let g = json!({"time": {"start": "2022-08"}});
        for (p, ok) in [
            (json!({"time": {"start": "2022-08-03"}}), true),
            (json!({"time": {"start": "2022-08"}}), true),
            (json!({"time": {"start": "2022"}}), false),
            (json!({"time": {"start": "2022-09"}}), false),
            (json!({"time": null}), false),
            (json!({"time": {"start": 2022}}), false),
        ] {
            assert_eq!(slot_ok(Slot::Time, &g, &p, false), ok, "{p}");
        }
    }

    #[test]
    fn quantity_and_value() {
        let g = json!({"quantity": {"min": 200, "max": null}, "value": {"amount": 1000, "currency": "USD"}});
        assert!(slot_ok(
            Slot::Quantity,
            &g,
            &json!({"quantity": {"min": null, "max": 200}}),
            false
        ));
        assert!(!slot_ok(
            Slot::Quantity,
            &g,
            &json!({"quantity": {"min": 1, "max": 199}}),
            false
        ));
        assert!(!slot_ok(
            Slot::Quantity,
            &g,
            &json!({"quantity": {}}),
            false
        ));
        assert!(slot_ok(
            Slot::Value,
            &g,
            &json!({"value": {"amount": 1010, "currency": "USD"}}),
            false
        ));
        assert!(!slot_ok(
            Slot::Value,
            &g,
            &json!({"value": {"amount": 1010.5, "currency": "USD"}}),
            false
        ));
        assert!(!slot_ok(
            Slot::Value,
            &g,
            &json!({"value": {"amount": 1000, "currency": "EUR"}}),
            false
        ));
    }
}
