//! Python semantics over loosely typed JSON values.
//!
//! The reference scorer (`eval/score.py`) reads predictions as plain Python
//! objects, so its verdicts follow Python's rules: `None`, `0`, `""`, `[]`
//! and `{}` are false, `1 == 1.0`, `x in "text"` is a substring test, a
//! string iterates over its characters. These helpers reproduce those rules
//! on [`serde_json::Value`] so that the port scores odd predictions exactly as
//! the reference does. Where Python would raise an exception (comparing a
//! string with a number, calling `.get` on a list) the helpers return the
//! answer that makes the slot fail instead of crashing.

use serde_json::Value;
use std::cmp::Ordering;

static NULL: Value = Value::Null;

/// `v.get(key)` of a Python dict: the value, or `None` (null) where the key is
/// missing or `v` is not an object.
pub fn get<'a>(v: &'a Value, key: &str) -> &'a Value {
    match v {
        Value::Object(m) => m.get(key).unwrap_or(&NULL),
        _ => &NULL,
    }
}

/// Python truthiness.
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// `v or None`: the value where it is truthy, else null.
pub fn or_none(v: &Value) -> &Value {
    if truthy(v) { v } else { &NULL }
}

/// A JSON number or boolean as Python compares it (`True == 1`).
pub fn as_number(v: &Value) -> Option<Num> {
    match v {
        Value::Bool(b) => Some(Num::Int(i128::from(*b))),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Some(Num::Int(i128::from(i)))
            } else if let Some(u) = n.as_u64() {
                Some(Num::Int(i128::from(u)))
            } else {
                n.as_f64().map(Num::Float)
            }
        }
        _ => None,
    }
}

/// A Python number: an exact integer or a float.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Num {
    /// An integer (JSON number without fraction or exponent).
    Int(i128),
    /// A float.
    Float(f64),
}

impl Num {
    /// The value as a float (Python's `float(x)`).
    pub fn to_f64(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Float(f) => f,
        }
    }

    /// `abs(self)`.
    pub fn abs(self) -> Num {
        match self {
            Num::Int(i) => Num::Int(i.abs()),
            Num::Float(f) => Num::Float(f.abs()),
        }
    }

    /// `self - other` as Python computes it (exact for two integers).
    pub fn minus(self, other: Num) -> Num {
        match (self, other) {
            (Num::Int(a), Num::Int(b)) => Num::Int(a - b),
            (a, b) => Num::Float(a.to_f64() - b.to_f64()),
        }
    }

    /// Python's mixed int/float comparison, which is exact.
    pub fn partial_cmp(self, other: Num) -> Option<Ordering> {
        match (self, other) {
            (Num::Int(a), Num::Int(b)) => Some(a.cmp(&b)),
            (Num::Float(a), Num::Float(b)) => a.partial_cmp(&b),
            (Num::Int(a), Num::Float(b)) => cmp_int_float(a, b),
            (Num::Float(a), Num::Int(b)) => cmp_int_float(b, a).map(Ordering::reverse),
        }
    }
}

/// Exact comparison of an integer with a float.
fn cmp_int_float(i: i128, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    // |f| < 2^127 for every finite f64 that a JSON integer can be compared
    // with meaningfully; clamp the rest.
    if fl >= 1.7e38 {
        return Some(Ordering::Less);
    }
    if fl <= -1.7e38 {
        return Some(Ordering::Greater);
    }
    let fi = fl as i128;
    match i.cmp(&fi) {
        Ordering::Equal if f > fl => Some(Ordering::Less),
        o => Some(o),
    }
}

/// Python `==` on JSON values (numbers compare by value, `True == 1`).
pub fn eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::String(x), Value::String(y)) => x == y,
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| eq(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| eq(v, w)))
        }
        _ => match (as_number(a), as_number(b)) {
            (Some(x), Some(y)) => x.partial_cmp(y) == Some(Ordering::Equal),
            _ => false,
        },
    }
}

/// Python `x in container`: membership for lists, substring for strings,
/// key membership for dicts; false where Python would raise.
pub fn contains(container: &Value, x: &Value) -> bool {
    match container {
        Value::Array(a) => a.iter().any(|y| eq(x, y)),
        Value::String(s) => x.as_str().is_some_and(|needle| s.contains(needle)),
        Value::Object(o) => x.as_str().is_some_and(|k| o.contains_key(k)),
        _ => false,
    }
}

/// The elements Python's `for x in v` yields: list items, a string's
/// characters, a dict's keys; nothing for anything else.
pub fn iter(v: &Value) -> Vec<Value> {
    match v {
        Value::Array(a) => a.clone(),
        Value::String(s) => s.chars().map(|c| Value::String(c.to_string())).collect(),
        Value::Object(o) => o.keys().map(|k| Value::String(k.clone())).collect(),
        _ => Vec::new(),
    }
}

/// True for the characters Python's `str.split()` splits on: Unicode
/// `White_Space` plus the four C0 separators U+001C..U+001F.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// The scorer's `norm_line`: `" ".join(s.split())`.
pub fn norm_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(is_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// A value as text for `norm_line`: strings as they are, falsy values as
/// `""`, anything else (where Python would raise) as its JSON text.
pub fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        v if !truthy(v) => String::new(),
        v => v.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn python_equality_and_truth() {
        assert!(eq(&json!(1), &json!(1.0)));
        assert!(eq(&json!(true), &json!(1)));
        assert!(!eq(&json!("1"), &json!(1)));
        assert!(eq(&json!(null), &json!(null)));
        assert!(eq(&json!({"a": [1, 2]}), &json!({"a": [1.0, 2]})));
        assert!(!truthy(&json!(0.0)));
        assert!(!truthy(&json!("")));
        assert!(truthy(&json!([0])));
        assert!(contains(&json!("USA"), &json!("US")));
        assert!(!contains(&json!(["USA"]), &json!("US")));
        assert_eq!(iter(&json!("ab")), vec![json!("a"), json!("b")]);
    }

    #[test]
    fn norm_line_splits_like_python() {
        assert_eq!(norm_line(" a\u{1c}b\u{a0} c\u{3000}\n"), "a b c");
        assert_eq!(norm_line("a\u{200b}b"), "a\u{200b}b");
        assert_eq!(norm_line(""), "");
    }

    #[test]
    fn int_float_comparison_is_exact() {
        let big = Num::Int(9_007_199_254_740_993);
        assert_eq!(
            big.partial_cmp(Num::Float(9_007_199_254_740_992.0)),
            Some(Ordering::Greater)
        );
        assert_eq!(
            Num::Float(0.5).partial_cmp(Num::Int(0)),
            Some(Ordering::Greater)
        );
        assert_eq!(
            Num::Int(-1).partial_cmp(Num::Float(-0.5)),
            Some(Ordering::Less)
        );
        assert_eq!(
            Num::Int(3).partial_cmp(Num::Float(f64::INFINITY)),
            Some(Ordering::Less)
        );
    }
}
