//! Time expressions normalised against the publication date
//! (GUIDELINES.md "Time"): "seit August" in an article of 2022-12-10 is
//! `2022-08`; "nächstes Jahr" the next year; "last year" the previous one.

use crate::quant::{WordSet, is_year};
use milcoop_analyze::Token;
use std::sync::LazyLock;

/// Every word that a branch of [`find_times_on`] looks at first (years aside).
static TIME_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        // relative years
        "nächstes",
        "nächsten",
        "kommendes",
        "kommenden",
        "next",
        "letztes",
        "letzten",
        "vergangenes",
        "vergangenen",
        "vorigen",
        "last",
        "previous",
        "dieses",
        "diesem",
        "this",
        // relative days
        "montag",
        "monday",
        "dienstag",
        "tuesday",
        "mittwoch",
        "wednesday",
        "donnerstag",
        "thursday",
        "freitag",
        "friday",
        "freitagabend",
        "freitagmorgen",
        "samstag",
        "sonnabend",
        "saturday",
        "sonntag",
        "sunday",
        "heute",
        "today",
        "gestern",
        "yesterday",
        "week",
        "woche",
        "month",
        "monat",
        "weeks",
        "wochen",
        "days",
        "tagen",
        // seasons, the year
        "frühjahr",
        "frühling",
        "spring",
        "sommer",
        "summer",
        "herbst",
        "autumn",
        "fall",
        "winter",
        "jahresende",
        "jahresbeginn",
        "jahresanfang",
        "jahres",
        // months
        "januar",
        "jänner",
        "january",
        "jan",
        "februar",
        "february",
        "feb",
        "märz",
        "march",
        "mar",
        "april",
        "apr",
        "mai",
        "may",
        "juni",
        "june",
        "jun",
        "juli",
        "july",
        "jul",
        "august",
        "aug",
        "september",
        "sept",
        "sep",
        "oktober",
        "october",
        "oct",
        "okt",
        "november",
        "nov",
        "dezember",
        "december",
        "dec",
        "dez",
    ])
});

/// False for a word that starts no time expression: neither a year nor a time word.
fn may_start_time(words: &WordSet, w: &str, digits: bool) -> bool {
    digits && w.bytes().any(|b| b.is_ascii_digit())
        || words.contains(w)
        || (w.ends_with('.') && words.contains(w.trim_end_matches('.')))
}

/// `YYYY-MM` or `YYYY-MM-DD`, as `format!("{y:04}-{m:02}-{d:02}")` writes
/// them, without the formatting machinery (this runs for every month name
/// of a sentence with a trigger).
/// A relative year right after a month name, from token `at`: "last year", "this year",
/// "next year", "(des) vergangenen/letzten/vorigen Jahres", "(des) Vorjahres", "vorigen Jahres",
/// "dieses Jahres", "nächsten/kommenden Jahres". Returns the shift from the publication year
/// and the index of the phrase's last token.
fn relative_year_after<'a>(
    toks: &[Token],
    at: usize,
    w: &impl Fn(usize) -> &'a str,
) -> Option<(i32, usize)> {
    let word = |k: usize| (k < toks.len()).then(|| w(k));
    let mut k = at;
    if word(k) == Some("des") {
        k += 1;
    }
    let shift = |s: &str| match s {
        "last" | "previous" | "letzten" | "vergangenen" | "vorigen" => Some(-1),
        "this" | "dieses" | "diesen" => Some(0),
        "next" | "nächsten" | "kommenden" => Some(1),
        _ => None,
    };
    match word(k)? {
        "vorjahres" | "vorjahrs" => Some((-1, k)),
        s => {
            let d = shift(s)?;
            matches!(word(k + 1)?, "year" | "year's" | "jahres" | "jahrs").then_some((d, k + 1))
        }
    }
}

fn year_month(y: i32, m: u32, d: Option<u32>) -> String {
    if !(0..=9999).contains(&y) || m > 99 || d.is_some_and(|d| d > 99) {
        return match d {
            Some(d) => format!("{y:04}-{m:02}-{d:02}"),
            None => format!("{y:04}-{m:02}"),
        };
    }
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    let y = y as u32;
    let mut s = String::with_capacity(10);
    s.extend([digit(y / 1000), digit(y / 100), digit(y / 10), digit(y)]);
    s.extend(['-', digit(m / 10), digit(m)]);
    if let Some(d) = d {
        s.extend(['-', digit(d / 10), digit(d)]);
    }
    s
}

/// A time expression: its first token and the normalised start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpr {
    /// Index of the first token.
    pub first: usize,
    /// Index of the last token.
    pub last: usize,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub start: String,
}

fn month(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    Some(match w {
        "januar" | "jänner" | "january" | "jan" => 1,
        "februar" | "february" | "feb" => 2,
        "märz" | "march" | "mar" => 3,
        "april" | "apr" => 4,
        "mai" | "may" => 5,
        "juni" | "june" | "jun" => 6,
        "juli" | "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "oktober" | "october" | "oct" | "okt" => 10,
        "november" | "nov" => 11,
        "dezember" | "december" | "dec" | "dez" => 12,
        _ => return None,
    })
}

/// True for a month name or abbreviation in German or English.
pub fn is_month_word(w: &str) -> bool {
    month(w).is_some()
}

fn weekday(w: &str) -> Option<u32> {
    // days since Monday
    Some(match w {
        "montag" | "monday" => 0,
        "dienstag" | "tuesday" => 1,
        "mittwoch" | "wednesday" => 2,
        "donnerstag" | "thursday" => 3,
        "freitag" | "friday" | "freitagabend" | "freitagmorgen" => 4,
        "samstag" | "sonnabend" | "saturday" => 5,
        "sonntag" | "sunday" => 6,
        _ => return None,
    })
}

fn season(w: &str) -> Option<u32> {
    // the month a season starts
    Some(match w {
        "frühjahr" | "frühling" | "spring" => 3,
        "sommer" | "summer" => 6,
        "herbst" | "autumn" | "fall" => 9,
        "winter" => 12,
        _ => return None,
    })
}

/// Parses `YYYY-MM-DD` into (year, month).
pub fn parse_published(p: &str) -> Option<(i32, u32)> {
    let y: i32 = p.get(0..4)?.parse().ok()?;
    let m: u32 = p.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1);
    Some((y, m))
}

/// Parses the publication day as `NaiveDate::parse_from_str(p, "%Y-%m-%d")` does: the
/// common `YYYY-MM-DD` without the format machinery, anything else through chrono.
pub fn parse_published_day(p: &str) -> Option<chrono::NaiveDate> {
    let b = p.as_bytes();
    if b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&k| b[k].is_ascii_digit())
    {
        let n = |r: std::ops::Range<usize>| {
            b[r].iter().fold(0u32, |a, &d| a * 10 + u32::from(d - b'0'))
        };
        return chrono::NaiveDate::from_ymd_opt(n(0..4) as i32, n(5..7), n(8..10));
    }
    chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d").ok()
}

/// Finds time expressions in `toks`; `published` is `(year, month)`.
pub fn find_times(lower: &str, toks: &[Token], published: (i32, u32)) -> Vec<TimeExpr> {
    find_times_on(lower, toks, published, None)
}

/// Like [`find_times`], with the full publication date for relative days
/// ("am Freitag", "today", "last week").
pub fn find_times_on(
    lower: &str,
    toks: &[Token],
    published: (i32, u32),
    day: Option<chrono::NaiveDate>,
) -> Vec<TimeExpr> {
    let (py, pm) = published;
    let w = |i: usize| -> &str { &lower[toks[i].span.start..toks[i].span.end] };
    let mut out = Vec::new();
    let time_words: &WordSet = &TIME_WORDS;
    // whether the words' stretch of `lower` has a digit at all (a branch-free
    // pass the compiler vectorises): most sentences have none, and then no
    // word needs its own scan
    let digits = match (toks.first(), toks.last()) {
        (Some(a), Some(b)) => lower.as_bytes()[a.span.start..b.span.end]
            .iter()
            .fold(false, |a, b| a | b.is_ascii_digit()),
        _ => false,
    };
    let mut i = 0;
    while i < toks.len() {
        let word = w(i);
        // a cheap skip of the words that no branch below starts with: a new
        // keyword of a branch below must also go into TIME_WORDS
        if !may_start_time(time_words, word, digits) {
            i += 1;
            continue;
        }
        let next = if i + 1 < toks.len() {
            Some(w(i + 1))
        } else {
            None
        };
        let prev = if i >= 1 { Some(w(i - 1)) } else { None };
        // relative years
        let rel = match (word, next) {
            (
                "nächstes" | "nächsten" | "kommendes" | "kommenden" | "next",
                Some("jahr" | "jahres" | "year"),
            ) => Some(py + 1),
            (
                "letztes" | "letzten" | "vergangenes" | "vergangenen" | "vorigen" | "last"
                | "previous",
                Some("jahr" | "jahres" | "year"),
            ) => Some(py - 1),
            ("dieses" | "diesem" | "this", Some("jahr" | "jahres" | "year")) => Some(py),
            _ => None,
        };
        if let Some(y) = rel {
            out.push(TimeExpr {
                first: i,
                last: i + 1,
                start: y.to_string(),
            });
            i += 2;
            continue;
        }
        // relative days and months against the publication day
        if let Some(d) = day {
            use chrono::{Datelike, Duration};
            let rel_day = if let Some(wd) = weekday(word) {
                // the last such weekday on or before publication ("on Thursday" in Friday's paper)
                let back = (d.weekday().num_days_from_monday() + 7 - wd) % 7;
                Some(
                    (d - Duration::days(back as i64))
                        .format("%Y-%m-%d")
                        .to_string(),
                )
            } else if matches!(word, "heute" | "today") {
                Some(d.format("%Y-%m-%d").to_string())
            } else if matches!(word, "gestern" | "yesterday") {
                Some((d - Duration::days(1)).format("%Y-%m-%d").to_string())
            } else if matches!(word, "week" | "woche")
                && matches!(
                    prev,
                    Some("last" | "letzte" | "letzten" | "vergangene" | "vergangenen" | "previous")
                )
            {
                Some((d - Duration::days(7)).format("%Y-%m").to_string())
            } else if word == "week" && prev == Some("this") {
                // "signed a pact this week", "earlier this week": the week of publication
                Some(d.format("%Y-%m").to_string())
            } else if word == "week" && prev == Some("next") {
                Some((d + Duration::days(7)).format("%Y-%m").to_string())
            } else if matches!(word, "month" | "monat")
                && matches!(
                    prev,
                    Some("last" | "letzten" | "vergangenen" | "previous" | "vorigen")
                )
            {
                Some(
                    (d.with_day(1).unwrap_or(d) - Duration::days(1))
                        .format("%Y-%m")
                        .to_string(),
                )
            } else if matches!(word, "month" | "monat")
                && matches!(prev, Some("this" | "diesen" | "diesem"))
            {
                // "as soon as this month", "noch in diesem Monat"
                Some(d.format("%Y-%m").to_string())
            } else if matches!(word, "month" | "monat")
                && matches!(prev, Some("next" | "nächsten" | "kommenden"))
            {
                let first = d.with_day(1).unwrap_or(d);
                Some(
                    (first + Duration::days(31))
                        .with_day(1)
                        .unwrap_or(first)
                        .format("%Y-%m")
                        .to_string(),
                )
            } else if matches!(word, "weeks" | "wochen" | "days" | "tagen")
                && matches!(prev, Some("recent" | "vergangenen" | "letzten" | "past"))
            {
                Some(d.format("%Y-%m").to_string())
            } else if matches!(word, "week" | "weeks" | "days")
                && next == Some("after")
                && (i.saturating_sub(4)..i)
                    .any(|k| matches!(w(k), "come" | "comes" | "came" | "coming"))
            {
                // "the drills come a week after Putin and Kim signed a pact": what follows
                // happened about a week before publication
                Some((d - Duration::days(7)).format("%Y-%m").to_string())
            } else {
                None
            };
            if let Some(start) = rel_day {
                out.push(TimeExpr {
                    first: i,
                    last: i,
                    start,
                });
                i += 1;
                continue;
            }
        }
        // seasons and the end of the year: the year ("im Frühjahr", "bis Jahresende")
        if let Some(sm) = season(word) {
            let since = matches!(
                prev,
                Some("seit" | "since" | "dem" | "last" | "letzten" | "vergangenen")
            );
            let y = if since && sm > pm { py - 1 } else { py };
            out.push(TimeExpr {
                first: i,
                last: i,
                start: y.to_string(),
            });
            i += 1;
            continue;
        }
        if matches!(word, "jahresende" | "jahresbeginn" | "jahresanfang")
            || (word == "jahres" && matches!(prev, Some("des")))
        {
            out.push(TimeExpr {
                first: i,
                last: i,
                start: py.to_string(),
            });
            i += 1;
            continue;
        }

        if let Some(m) = month(word) {
            // a bare "may"/"mar" is too ambiguous in English without context
            let ambiguous = matches!(
                word,
                "may"
                    | "mar"
                    | "jan"
                    | "jun"
                    | "jul"
                    | "sep"
                    | "oct"
                    | "nov"
                    | "dec"
                    | "feb"
                    | "apr"
                    | "aug"
            ) && !matches!(
                prev,
                Some(
                    "in" | "since"
                        | "seit"
                        | "im"
                        | "late"
                        | "early"
                        | "mid"
                        | "on"
                        | "from"
                        | "until"
                )
            );
            let title_word = toks[i].span.len() >= 3;
            if !ambiguous && title_word {
                let mut last = i;
                let mut year = None;
                let mut day: Option<u32> = None;
                // "Sept. 13, 2023" / "März 2023" / "29. März"
                if let Some(n) = next {
                    if is_year(n) {
                        year = n.parse().ok();
                        last = i + 1;
                    } else if n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()) {
                        day = n.parse().ok();
                        last = i + 1;
                        if i + 2 < toks.len() && is_year(w(i + 2)) {
                            year = w(i + 2).parse().ok();
                            last = i + 2;
                        }
                    }
                }
                if day.is_none()
                    && let Some(p) = prev
                    && p.len() <= 2
                    && p.chars().all(|c| c.is_ascii_digit())
                {
                    day = p.parse().ok();
                }
                if year.is_none() && i + 1 < toks.len() && is_year(w(i + 1)) {
                    year = w(i + 1).parse().ok();
                }
                // "August last year", "im August des vergangenen Jahres", "March next year"
                if year.is_none()
                    && let Some((shift, end)) = relative_year_after(toks, i + 1, &w)
                {
                    year = Some(py + shift);
                    last = end;
                }
                let y = year.unwrap_or(if m > pm { py - 1 } else { py });
                // a day the month does not have ("30. Februar") keeps only the month
                let start = match day {
                    Some(d) if chrono::NaiveDate::from_ymd_opt(y, m, d).is_some() => {
                        year_month(y, m, Some(d))
                    }
                    _ => year_month(y, m, None),
                };
                let first = if day.is_some()
                    && prev.is_some_and(|p| p.chars().all(|c| c.is_ascii_digit()))
                {
                    i - 1
                } else {
                    i
                };
                out.push(TimeExpr { first, last, start });
                i = last + 1;
                continue;
            }
        }
        // "2023", "mid-2022", "im Jahr 2023", "since 2022"
        let yword = word
            .strip_prefix("mid-")
            .or_else(|| word.strip_prefix("mitte-"))
            .unwrap_or(word);
        // "mehr als 2000 Drohnen", "about 2000 shells": a count, not a year
        let counted = prev.is_some_and(|p| {
            matches!(
                p,
                "als"
                    | "than"
                    | "rund"
                    | "etwa"
                    | "knapp"
                    | "fast"
                    | "about"
                    | "around"
                    | "nearly"
                    | "almost"
                    | "some"
                    | "approximately"
                    | "ungefähr"
                    | "circa"
                    | "insgesamt"
                    | "total"
            )
        });
        if is_year(yword) && !counted {
            out.push(TimeExpr {
                first: i,
                last: i,
                start: yword.to_string(),
            });
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn year_month_writes_what_format_writes() {
        for y in [-12, 0, 7, 99, 999, 2024, 9999, 10000, 123456] {
            for m in [0, 1, 9, 10, 12, 99, 100] {
                assert_eq!(super::year_month(y, m, None), format!("{y:04}-{m:02}"));
                for d in [1, 9, 10, 31, 99, 100] {
                    assert_eq!(
                        super::year_month(y, m, Some(d)),
                        format!("{y:04}-{m:02}-{d:02}")
                    );
                }
            }
        }
    }

    use super::*;
    use milcoop_analyze::token::tokenize;
    use milcoop_core::Span;

    #[test]
    fn published_day_parses_as_chrono_does() {
        for p in [
            "2024-03-09",
            "2024-02-30",
            "2023-02-29",
            "2024-02-29",
            "0000-01-01",
            "9999-12-31",
            "2024-13-01",
            "2024-00-10",
            "2024-1-5",
            "2024-01-05T10:00",
            "+2024-01-05",
            " 2024-01-05",
            "2024-01-0x",
            "2024/01/05",
            "",
        ] {
            assert_eq!(
                super::parse_published_day(p),
                chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d").ok(),
                "{p:?}"
            );
        }
    }

    #[test]
    fn a_count_is_no_year() {
        assert!(times("mehr als 2000 iranische Drohnen", (2022, 10)).is_empty());
        assert!(times("about 2000 shells", (2023, 10)).is_empty());
        assert_eq!(times("seit 2022", (2023, 10)), vec!["2022"]);
    }

    #[test]
    fn a_day_the_month_lacks_keeps_the_month() {
        assert_eq!(times("am 30. Februar 2023", (2023, 3)), vec!["2023-02"]);
        assert_eq!(times("on November 31, 2024", (2024, 12)), vec!["2024-11"]);
        assert_eq!(times("am 29. Februar 2024", (2024, 3)), vec!["2024-02-29"]);
    }

    fn times(t: &str, p: (i32, u32)) -> Vec<String> {
        let toks = tokenize(t, Span::new(0, t.len()));
        let l = milcoop_analyze::lower_same_len(t);
        find_times(&l, &toks, p)
            .into_iter()
            .map(|t| t.start)
            .collect()
    }

    #[test]
    fn normalises_against_publication() {
        assert_eq!(times("Seit August hat der Iran", (2022, 12)), ["2022-08"]);
        assert_eq!(times("Seit Oktober hat der Iran", (2023, 2)), ["2022-10"]);
        assert_eq!(times("nächstes Jahr liefern", (2022, 12)), ["2023"]);
        assert_eq!(times("received drones last year", (2025, 9)), ["2024"]);
        assert_eq!(times("since August last year", (2024, 9)), ["2023-08"]);
        assert_eq!(
            times("seit August des vergangenen Jahres", (2024, 9)),
            ["2023-08"]
        );
        assert_eq!(times("im März des Vorjahres", (2024, 9)), ["2023-03"]);
        assert_eq!(times("by March next year", (2024, 9)), ["2025-03"]);
        assert_eq!(times("in December this year", (2024, 9)), ["2024-12"]);
        assert_eq!(times("since mid-2022", (2024, 8)), ["2022"]);
        assert_eq!(times("In late June, Putin visited", (2024, 8)), ["2024-06"]);
        assert_eq!(times("am 29. März in Moskau", (2023, 4)), ["2023-03-29"]);
        assert_eq!(times("on Sept. 13, 2023.", (2024, 8)), ["2023-09-13"]);
        assert!(times("Iran may send drones", (2024, 8)).is_empty());
    }

    fn times_on(t: &str, day: &str) -> Vec<String> {
        let toks = tokenize(t, Span::new(0, t.len()));
        let l = milcoop_analyze::lower_same_len(t);
        let d = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
        let p = parse_published(day).unwrap();
        find_times_on(&l, &toks, p, Some(d))
            .into_iter()
            .map(|t| t.start)
            .collect()
    }

    #[test]
    fn relative_days_weeks_and_seasons() {
        // 2024-06-28 is a Friday
        assert_eq!(
            times_on("on Thursday began their exercise", "2024-06-28"),
            ["2024-06-27"]
        );
        assert_eq!(
            times_on("hat am Freitag beschlossen", "2024-06-28"),
            ["2024-06-28"]
        );
        assert_eq!(
            times_on("held a joint patrol last month", "2024-06-28"),
            ["2024-05"]
        );
        assert_eq!(
            times_on("met him in London last week", "2023-05-11"),
            ["2023-05"]
        );
        assert_eq!(
            times_on(
                "the drills come a week after they signed a pact",
                "2024-07-03"
            ),
            ["2024-06"]
        );
        assert_eq!(
            times_on("signed a defence pact earlier this week", "2024-07-02"),
            ["2024-07"]
        );
        assert_eq!(
            times_on("will send jets next week", "2024-06-28"),
            ["2024-07"]
        );
        assert_eq!(
            times_on("will announce a package today", "2024-09-06"),
            ["2024-09-06"]
        );
        assert_eq!(
            times_on("seit dem Sommer geliefert", "2022-03-10"),
            ["2021"]
        );
        assert_eq!(times_on("wollen im Frühjahr üben", "2024-01-15"), ["2024"]);
        assert_eq!(
            times_on("bis Jahresende ausgeliefert", "2023-06-14"),
            ["2023"]
        );
    }
}
