//! The report as the rest of the program sees it: plain data, already validated.
//!
//! - [`figure`]: numbers with qualifiers, their intervals and their wording.
//! - [`figure_text`]: figures read as people type them ("over 33.6 billion", "≥ 701").
//! - [`series`]: what each figure is about (section, series, category, role, time).
//! - [`unknown`]: fields this version does not know, kept so that nothing is lost.

pub mod figure;
pub mod figure_text;
pub mod series;
pub mod unknown;

use std::fmt;

use figure::Figure;
pub use unknown::Unknown;

/// A calendar date (`YYYY-MM-DD`), checked to be real.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    /// Year, 1900–2200.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

impl Date {
    /// Earliest year the format accepts.
    pub const MIN_YEAR: i32 = 1900;
    /// Latest year the format accepts.
    pub const MAX_YEAR: i32 = 2200;

    /// Parses `YYYY-MM-DD`; `None` unless it is a real date within the accepted years.
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = &text[range];
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        let year = i32::try_from(digits(0..4)?).ok()?;
        let month = u8::try_from(digits(5..7)?).ok()?;
        let day = u8::try_from(digits(8..10)?).ok()?;
        let date = Self { year, month, day };
        (date.year_in_range() && (1..=12).contains(&month) && day >= 1 && day <= date.days_in_month()).then_some(date)
    }

    fn year_in_range(self) -> bool {
        (Self::MIN_YEAR..=Self::MAX_YEAR).contains(&self.year)
    }

    fn days_in_month(self) -> u8 {
        match self.month {
            4 | 6 | 9 | 11 => 30,
            2 if is_leap(self.year) => 29,
            2 => 28,
            _ => 31,
        }
    }

    /// The date for a count of days since 1970-01-01 (used to stamp exports without a clock crate).
    pub fn from_days_since_epoch(days: i64) -> Self {
        // Howard Hinnant's civil-from-days algorithm.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Self {
            year: i32::try_from(year).unwrap_or(Self::MAX_YEAR),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The time a report covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Period {
    /// First day covered.
    pub from: Date,
    /// Last day covered.
    pub to: Date,
}

impl Period {
    /// True when any day of `year` lies in the period.
    pub fn covers_year(&self, year: i32) -> bool {
        self.from.year <= year && year <= self.to.year
    }
}

/// A publication the report's figures come from.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Source {
    /// Headline or title of the publication.
    pub title: String,
    /// Who published it.
    pub publisher: Option<String>,
    /// When it was published.
    pub date: Option<Date>,
    /// Where to read it.
    pub url: Option<String>,
    /// Fields this version does not know, kept as they were.
    #[serde(skip_serializing_if = "Unknown::is_empty")]
    pub unknown: Unknown,
}

impl Source {
    /// "Mizzima, 2026-01-05: NUG reports …" for captions and tooltips.
    pub fn citation(&self) -> String {
        let mut out = String::new();
        if let Some(publisher) = &self.publisher {
            out.push_str(publisher);
        }
        if let Some(date) = self.date {
            if !out.is_empty() {
                out.push_str(", ");
            }
            out.push_str(&date.to_string());
        }
        if out.is_empty() {
            self.title.clone()
        } else {
            format!("{out}: {}", self.title)
        }
    }
}

/// Labelled figures in the file's order (`breakdown`, `other`).
pub type Parts = Vec<(String, Figure)>;

/// Money a report says went to a purpose in one year.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Funding {
    /// Calendar year.
    pub year: i32,
    /// What the money was for ("Battalion support").
    pub label: String,
    /// Amount in kyats.
    pub mmk: Option<Figure>,
    /// Amount in US dollars.
    pub usd: Option<Figure>,
    /// The entry repeats a year before the report's period (for comparison, maybe changed).
    pub restated: bool,
    /// Free text.
    pub note: Option<String>,
    /// Fields this version does not know, kept as they were.
    #[serde(skip_serializing_if = "Unknown::is_empty")]
    pub unknown: Unknown,
}

impl Funding {
    /// A year's entry with no amount yet.
    pub fn new(year: i32, label: String) -> Self {
        Self {
            year,
            label,
            mmk: None,
            usd: None,
            restated: false,
            note: None,
            unknown: Unknown::new(),
        }
    }

    /// Kyats per US dollar implied by the two amounts, when both are given and non-zero.
    pub fn implied_rate(&self) -> Option<f64> {
        match (&self.mmk, &self.usd) {
            (Some(mmk), Some(usd)) if usd.value > 0.0 => Some(mmk.value / usd.value),
            _ => None,
        }
    }
}

/// `implied_rate_words`, in a language.
pub fn implied_rate_words_in(tr: crate::i18n::Tr, mmk: &Figure, usd: &Figure) -> Option<String> {
    if usd.value <= 0.0 {
        return None;
    }
    let point = mmk.value / usd.value;
    let (m, u) = (mmk.interval(), usd.interval());
    let lo = m.lo / u.hi;
    let hi = if u.lo > 0.0 { m.hi / u.lo } else { f64::INFINITY };
    let n = |v: f64| tr.n(v.round());
    Some(if lo == hi {
        n(point)
    } else if lo == point {
        tr.f("rate-at-least", &[("n", n(point).into())])
    } else if hi == point {
        tr.f("rate-at-most", &[("n", n(point).into())])
    } else if hi.is_finite() {
        tr.f(
            "rate-about-between",
            &[("n", n(point).into()), ("lo", n(lo).into()), ("hi", n(hi).into())],
        )
    } else {
        tr.f("rate-about-at-least", &[("n", n(point).into()), ("lo", n(lo).into())])
    })
}

/// Losses one side suffered in one year.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Losses {
    /// Calendar year.
    pub year: i32,
    /// Whose losses ("junta"); "unspecified" when the file does not say.
    pub side: String,
    /// The reported total, when given.
    pub total: Option<Figure>,
    /// What the total is made of.
    pub breakdown: Parts,
    /// Figures reported beside the total but not part of it (e.g. defected).
    pub other: Parts,
    /// The entry repeats a year before the report's period (for comparison, maybe changed).
    pub restated: bool,
    /// Free text.
    pub note: Option<String>,
    /// Fields this version does not know, kept as they were.
    #[serde(skip_serializing_if = "Unknown::is_empty")]
    pub unknown: Unknown,
}

/// Battles in one year.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Battles {
    /// Calendar year.
    pub year: i32,
    /// All battles that year, when given.
    pub total: Option<Figure>,
    /// Groups of battles reported separately (by force or region).
    pub groups: Vec<BattleGroup>,
    /// The entry repeats a year before the report's period (for comparison, maybe changed).
    pub restated: bool,
    /// Free text.
    pub note: Option<String>,
    /// Fields this version does not know, kept as they were.
    #[serde(skip_serializing_if = "Unknown::is_empty")]
    pub unknown: Unknown,
}

/// A group of battles with its own breakdown.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct BattleGroup {
    /// Who fought them or where.
    pub label: String,
    /// The group's total, when given.
    pub total: Option<Figure>,
    /// Kinds of battle the total is made of.
    pub breakdown: Parts,
    /// Free text.
    pub note: Option<String>,
    /// Fields this version does not know, kept as they were.
    #[serde(skip_serializing_if = "Unknown::is_empty")]
    pub unknown: Unknown,
}

/// Township control at one date.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Townships {
    /// The date the snapshot describes.
    pub as_of: Date,
    /// Townships in the country as the file gives it; see [`Townships::total_or_default`].
    pub total: Option<Figure>,
    /// Townships per control category (may be partial).
    pub breakdown: Parts,
    /// Towns named in the report, with their status.
    pub towns: Vec<Town>,
    /// Townships named one by one, with their status.
    pub areas: Vec<Area>,
    /// Free text.
    pub note: Option<String>,
    /// Fields this version does not know, kept as they were.
    #[serde(skip_serializing_if = "Unknown::is_empty")]
    pub unknown: Unknown,
}

impl Losses {
    /// A side's year with no figure yet.
    pub fn new(year: i32, side: String) -> Self {
        Self {
            year,
            side,
            total: None,
            breakdown: Vec::new(),
            other: Vec::new(),
            restated: false,
            note: None,
            unknown: Unknown::new(),
        }
    }
}

impl Battles {
    /// A year with no figure or group yet.
    pub fn new(year: i32) -> Self {
        Self {
            year,
            total: None,
            groups: Vec::new(),
            restated: false,
            note: None,
            unknown: Unknown::new(),
        }
    }
}

impl BattleGroup {
    /// A group with no figure yet.
    pub fn new(label: String) -> Self {
        Self {
            label,
            total: None,
            breakdown: Vec::new(),
            note: None,
            unknown: Unknown::new(),
        }
    }
}

impl Town {
    /// A town with its name and status only.
    pub fn new(name: String, status: String) -> Self {
        Self {
            name,
            status,
            region: None,
            pcode: None,
            lat: None,
            lon: None,
            note: None,
            unknown: Unknown::new(),
        }
    }
}

impl Townships {
    /// Myanmar's township count, assumed when a file gives none.
    pub const DEFAULT_TOTAL: f64 = 330.0;

    /// A snapshot with no figure or town yet.
    pub fn new(as_of: Date) -> Self {
        Self {
            as_of,
            total: None,
            breakdown: Vec::new(),
            towns: Vec::new(),
            areas: Vec::new(),
            note: None,
            unknown: Unknown::new(),
        }
    }

    /// The total to draw against: the file's, or 330.
    pub fn total_or_default(&self) -> f64 {
        self.total.as_ref().map_or(Self::DEFAULT_TOTAL, |t| t.value)
    }
}

/// A named town and its reported status.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Town {
    /// Town name.
    pub name: String,
    /// Reported status, free text ("captured", "contested").
    pub status: String,
    /// State or region.
    pub region: Option<String>,
    /// The MIMU Pcode of the town or township ("MMR001014"), for a name that is ambiguous.
    pub pcode: Option<String>,
    /// Latitude in degrees.
    pub lat: Option<f64>,
    /// Longitude in degrees.
    pub lon: Option<f64>,
    /// Free text.
    pub note: Option<String>,
    /// Fields this version does not know, kept as they were.
    #[serde(skip_serializing_if = "Unknown::is_empty")]
    pub unknown: Unknown,
}

/// A township named with its reported status: one township of a snapshot's breakdown.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Area {
    /// Township name ("Falam").
    pub township: String,
    /// Reported status, as for towns ("captured", "contested").
    pub status: String,
    /// State or region, for a name that is ambiguous.
    pub region: Option<String>,
    /// The township's MIMU Pcode ("MMR004001").
    pub pcode: Option<String>,
    /// Free text.
    pub note: Option<String>,
    /// Fields this version does not know, kept as they were.
    #[serde(skip_serializing_if = "Unknown::is_empty")]
    pub unknown: Unknown,
}

impl Area {
    /// A township with its name and status only.
    pub fn new(township: String, status: String) -> Self {
        Self {
            township,
            status,
            region: None,
            pcode: None,
            note: None,
            unknown: Unknown::new(),
        }
    }
}

/// One report file's content: what one publication reports.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Report {
    /// The JSON Schema the file names (`$schema`), for editors that validate as one types; kept,
    /// not used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Title of the report.
    pub title: String,
    /// Who issued the figures.
    pub publisher: Option<String>,
    /// When the report was issued.
    pub published: Option<Date>,
    /// The time the figures cover.
    pub period: Option<Period>,
    /// Fields of `period` this version does not know, kept as they were (apart from the period,
    /// which is a plain pair of dates).
    #[serde(skip_serializing_if = "Unknown::is_empty")]
    pub period_unknown: Unknown,
    /// Whose figures these are and how far they are verified.
    pub claim: Option<String>,
    /// Publications the figures were taken from.
    pub sources: Vec<Source>,
    /// Free text.
    pub notes: Option<String>,
    /// Money per year.
    pub funding: Vec<Funding>,
    /// Losses per year and side.
    pub losses: Vec<Losses>,
    /// Battles per year.
    pub battles: Vec<Battles>,
    /// Township control snapshots.
    pub townships: Vec<Townships>,
    /// Fields this version does not know, kept as they were.
    #[serde(skip_serializing_if = "Unknown::is_empty")]
    pub unknown: Unknown,
}

impl Report {
    /// Calls `f` with the JSON path and the unknown fields of every object that has some, in the
    /// order the format lists objects (an object's own fields before those of its figures).
    pub fn each_unknown(&self, mut f: impl FnMut(&str, &Unknown)) {
        let mut at = |path: &dyn Fn() -> String, unknown: &Unknown| {
            if !unknown.is_empty() {
                f(&path(), unknown);
            }
        };
        fn figure(
            at: &mut dyn FnMut(&dyn Fn() -> String, &Unknown),
            path: &dyn Fn() -> String,
            figure: Option<&Figure>,
        ) {
            if let Some(figure) = figure {
                at(path, &figure.unknown);
            }
        }
        fn parts(at: &mut dyn FnMut(&dyn Fn() -> String, &Unknown), path: &dyn Fn() -> String, parts: &Parts) {
            for (label, f) in parts {
                at(&|| format!("{}.{label}", path()), &f.unknown);
            }
        }
        at(&String::new, &self.unknown);
        at(&|| "period".to_owned(), &self.period_unknown);
        for (i, s) in self.sources.iter().enumerate() {
            at(&|| format!("sources[{i}]"), &s.unknown);
        }
        for (i, e) in self.funding.iter().enumerate() {
            at(&|| format!("funding[{i}]"), &e.unknown);
            figure(&mut at, &|| format!("funding[{i}].mmk"), e.mmk.as_ref());
            figure(&mut at, &|| format!("funding[{i}].usd"), e.usd.as_ref());
        }
        for (i, e) in self.losses.iter().enumerate() {
            at(&|| format!("losses[{i}]"), &e.unknown);
            figure(&mut at, &|| format!("losses[{i}].total"), e.total.as_ref());
            parts(&mut at, &|| format!("losses[{i}].breakdown"), &e.breakdown);
            parts(&mut at, &|| format!("losses[{i}].other"), &e.other);
        }
        for (i, e) in self.battles.iter().enumerate() {
            at(&|| format!("battles[{i}]"), &e.unknown);
            figure(&mut at, &|| format!("battles[{i}].total"), e.total.as_ref());
            for (j, g) in e.groups.iter().enumerate() {
                at(&|| format!("battles[{i}].groups[{j}]"), &g.unknown);
                figure(&mut at, &|| format!("battles[{i}].groups[{j}].total"), g.total.as_ref());
                parts(&mut at, &|| format!("battles[{i}].groups[{j}].breakdown"), &g.breakdown);
            }
        }
        for (i, e) in self.townships.iter().enumerate() {
            at(&|| format!("townships[{i}]"), &e.unknown);
            figure(&mut at, &|| format!("townships[{i}].total"), e.total.as_ref());
            parts(&mut at, &|| format!("townships[{i}].breakdown"), &e.breakdown);
            for (j, t) in e.towns.iter().enumerate() {
                at(&|| format!("townships[{i}].towns[{j}]"), &t.unknown);
            }
        }
    }

    /// The sections present, each with the years (or dates) it covers: for summaries.
    pub fn section_summaries(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let years = |mut ys: Vec<i32>| {
            ys.sort_unstable();
            ys.dedup();
            ys.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
        };
        if !self.funding.is_empty() {
            out.push(("funding", years(self.funding.iter().map(|f| f.year).collect())));
        }
        if !self.losses.is_empty() {
            out.push(("losses", years(self.losses.iter().map(|l| l.year).collect())));
        }
        if !self.battles.is_empty() {
            out.push(("battles", years(self.battles.iter().map(|b| b.year).collect())));
        }
        if !self.townships.is_empty() {
            let dates: Vec<String> = self.townships.iter().map(|t| t.as_of.to_string()).collect();
            out.push(("townships", format!("as of {}", dates.join(", "))));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_real() {
        assert_eq!(
            Date::parse("2025-12-31"),
            Some(Date {
                year: 2025,
                month: 12,
                day: 31
            })
        );
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("2025-02-29").is_none());
        assert!(Date::parse("2025-13-01").is_none());
        assert!(Date::parse("2025-1-01").is_none());
        assert!(Date::parse("1899-12-31").is_none());
        assert!(Date::parse("2025-04-31").is_none());
        assert!(Date::parse("+025-04-01").is_none());
    }

    #[test]
    fn days_since_epoch() {
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_days_since_epoch(20_454).to_string(), "2026-01-01");
    }

    #[test]
    fn implied_rate_keeps_the_qualifier() {
        use crate::report::Qualifier;
        let over = Figure::new(33.6e9, Qualifier::Over);
        assert_eq!(
            implied_rate_words_in(crate::i18n::Tr::EN, &over, &Figure::exact(16e6)).as_deref(),
            Some("at least 2,100")
        );
        assert_eq!(
            implied_rate_words_in(crate::i18n::Tr::EN, &Figure::exact(25e9), &Figure::exact(12e6)).as_deref(),
            Some("2,083")
        );
        assert_eq!(
            implied_rate_words_in(crate::i18n::Tr::EN, &Figure::exact(1.0), &Figure::exact(0.0)),
            None
        );
    }

    #[test]
    fn implied_rate() {
        let funding = Funding {
            year: 2023,
            label: "Battalion support".into(),
            mmk: Some(Figure::exact(25e9)),
            usd: Some(Figure::exact(12e6)),
            restated: true,
            note: None,
            unknown: Unknown::new(),
        };
        let rate = funding.implied_rate().unwrap_or_default();
        assert!((rate - 2083.333).abs() < 0.01);
    }
}
