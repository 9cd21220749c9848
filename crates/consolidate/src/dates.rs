//! Dates at the granularities of FORMAT.md (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`)
//! as ranges of days since 1970-01-01, so that times compare as intervals.

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`).
fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// The first and last day (inclusive) a date string covers, or `None` when it
/// is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn day_range(s: &str) -> Option<(i32, i32)> {
    let mut parts = s.trim().split('-');
    let y: i32 = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
    let m: Option<u32> = match parts.next() {
        Some(p) if p.len() == 2 => Some(p.parse().ok().filter(|m| (1..=12).contains(m))?),
        Some(_) => return None,
        None => None,
    };
    let d: Option<u32> = match parts.next() {
        Some(p) if p.len() == 2 && m.is_some() => Some(p.parse().ok()?),
        Some(_) => return None,
        None => None,
    };
    if parts.next().is_some() {
        return None;
    }
    match (m, d) {
        (None, _) => Some((days_from_civil(y, 1, 1), days_from_civil(y, 12, 31))),
        (Some(m), None) => Some((
            days_from_civil(y, m, 1),
            days_from_civil(y, m, days_in_month(y, m)),
        )),
        (Some(m), Some(d)) => {
            if d == 0 || d > days_in_month(y, m) {
                return None;
            }
            let x = days_from_civil(y, m, d);
            Some((x, x))
        }
    }
}

/// The `YYYY-MM-DD` of a day number (inverse of the day numbers above).
pub fn day_to_date(z: i32) -> String {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn ranges() {
        assert_eq!(day_range("1970-01-01"), Some((0, 0)));
        assert_eq!(day_range("1970"), Some((0, 364)));
        assert_eq!(day_range("2024-02"), Some((19754, 19782)));
        assert_eq!(day_to_date(19782), "2024-02-29");
        assert_eq!(day_to_date(0), "1970-01-01");
        assert_eq!(day_range("2023-02-29"), None);
        assert_eq!(day_range("22-01"), None);
        assert_eq!(day_range("2022-13"), None);
        assert_eq!(day_range("2022-01-01-01"), None);
        assert_eq!(day_range("abcd"), None);
    }
}
