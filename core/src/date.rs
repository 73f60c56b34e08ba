//! Calendar dates (ISO 8601, `YYYY-MM-DD`) for effective dates, without a clock: the core
//! never reads the time; callers pass today's date where it matters.

use crate::message::Arg;
use crate::words::w;
use std::fmt;

/// A proleptic Gregorian calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date `year-month-day`, if it exists (years 1000–9999).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if !(1000..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month)
        {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` strictly.
    pub fn parse(s: &str) -> Option<Date> {
        let bytes = s.as_bytes();
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return None;
        }
        let num = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = s.get(range)?;
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let year = num(0..4)?;
        let month = u8::try_from(num(5..7)?).ok()?;
        let day = u8::try_from(num(8..10)?).ok()?;
        Date::new(year, month, day)
    }

    /// The date `days` days after 1970-01-01 (for callers that read a clock).
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        // Howard Hinnant's civil-from-days algorithm.
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(u16::try_from(year).ok()?, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }
}

/// Parses an ISO date found at `path`, or the problem that says it is not one.
pub(crate) fn parse_at(path: &str, value: &str) -> Result<Date, crate::error::Problem> {
    Date::parse(value).ok_or_else(|| not_a_date(path, value))
}

/// The problem that `value`, found at `path`, is not a date.
pub(crate) fn not_a_date(path: &str, value: &str) -> crate::error::Problem {
    {
        crate::error::Problem::new(
            crate::error::ErrorCode::InvalidValue,
            path,
            w!(DateDate { value: Arg::Str(crate::error::quote(value).to_string().into()) }).text(),
        )
        .with_hint(w!(DATE_DATES_ISO_YYYY_MM).text())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// What a date's reader says it reads; the input layer words an error of it as "not a date".
pub(crate) const EXPECTING: &str = "a date YYYY-MM-DD";

/// In JSON a date is its ISO 8601 text, `YYYY-MM-DD`.
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Reads `YYYY-MM-DD` strictly; anything else, an impossible day included, is an error that
/// the reader reports as "`…` is not a date".
impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Iso;
        impl serde::de::Visitor<'_> for Iso {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(EXPECTING)
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Date, E> {
                Date::parse(s).ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(s), &self))
            }
        }
        deserializer.deserialize_str(Iso)
    }
}

impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_iso_dates() {
        assert_eq!(Date::parse("2016-09-02").map(|d| d.to_string()), Some("2016-09-02".into()));
        assert!(Date::parse("2016-02-29").is_some());
        assert!(Date::parse("2015-02-29").is_none());
        for bad in
            ["2016-9-02", "2016-13-01", "2016-00-10", "20160902", "2016-09-02T00:00", "", "abcd-ef-gh", "+016-09-02"]
        {
            assert!(Date::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn orders_chronologically_and_converts_from_epoch_days() {
        assert!(Date::parse("2015-12-31") < Date::parse("2016-01-01"));
        assert_eq!(Date::from_days_since_epoch(0), Date::new(1970, 1, 1));
        assert_eq!(Date::from_days_since_epoch(17_046), Date::new(2016, 9, 2));
        assert_eq!(Date::from_days_since_epoch(20_414), Date::new(2025, 11, 22));
    }
}
