//! What each figure of a report is about: its section, series, category, role and time, the key
//! by which figures of different files are compared.

use super::figure::{Figure, Unit};
use super::{Date, Report};

/// The four kinds of figures a report holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    /// Money per year.
    Funding,
    /// Losses per year.
    Losses,
    /// Battles per year.
    Battles,
    /// Township control per snapshot.
    Townships,
}

impl Section {
    /// Lower-case name.
    pub fn name(self) -> &'static str {
        match self {
            Self::Funding => "funding",
            Self::Losses => "losses",
            Self::Battles => "battles",
            Self::Townships => "townships",
        }
    }
}

/// How a category relates to its entry's total.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The entry's reported total.
    Total,
    /// A part of the total (`breakdown`).
    Part,
    /// Reported beside the total, not part of it (`other`).
    Other,
    /// A stand-alone amount (funding).
    Amount,
}

/// Identifies one series across files: e.g. losses / junta / killed.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct SeriesKey {
    /// Section.
    pub section: Section,
    /// Funding label, loss side, battle group ("" for a year's battles), "" for townships.
    pub series: String,
    /// Category label; "total" for totals; "mmk"/"usd" for funding.
    pub category: String,
    /// How it relates to its total.
    pub role: Role,
}

impl SeriesKey {
    /// The unit its figures are in.
    pub fn unit(&self) -> Unit {
        match (self.section, self.category.as_str()) {
            (Section::Funding, "mmk") => Unit::Mmk,
            (Section::Funding, _) => Unit::Usd,
            _ => Unit::Count,
        }
    }

    /// "funding / Battalion support / MMK", for messages.
    pub fn describe(&self) -> String {
        let category = match (self.section, self.category.as_str()) {
            (Section::Funding, "mmk") => "kyats",
            (Section::Funding, _) => "US dollars",
            (_, c) => c,
        };
        if self.series.is_empty() {
            format!("{} ({category})", self.section.name())
        } else {
            format!("{} ({}, {category})", self.section.name(), self.series)
        }
    }
}

/// When a point is: a year, or a snapshot date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(untagged)]
pub enum When {
    /// A calendar year.
    Year(i32),
    /// A snapshot date.
    Date(Date),
}

impl When {
    /// The year it falls in.
    pub fn year(self) -> i32 {
        match self {
            Self::Year(y) => y,
            Self::Date(d) => d.year,
        }
    }
}

impl std::fmt::Display for When {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Year(y) => write!(f, "{y}"),
            Self::Date(d) => write!(f, "{d}"),
        }
    }
}

/// A series key borrowed from its report: section, series label, category and role.
pub type KeyRef<'a> = (Section, &'a str, &'a str, Role);

/// Every figure of a report with its series key and time, in the file's order.
pub fn figures(report: &Report) -> Vec<(SeriesKey, When, &Figure)> {
    let mut out = Vec::new();
    each_figure(report, |(section, series, category, role), when, figure, _| {
        let key = SeriesKey {
            section,
            series: series.to_owned(),
            category: category.to_owned(),
            role,
        };
        out.push((key, when, figure));
    });
    out
}

/// Calls `f` with every figure of a report, its series key (borrowed, so nothing is copied), its
/// time and whether its entry is marked restated, in the file's order.
pub fn each_figure<'a>(report: &'a Report, mut f: impl FnMut(KeyRef<'a>, When, &'a Figure, bool)) {
    for e in &report.funding {
        let when = When::Year(e.year);
        if let Some(mmk) = &e.mmk {
            f((Section::Funding, &e.label, "mmk", Role::Amount), when, mmk, e.restated);
        }
        if let Some(usd) = &e.usd {
            f((Section::Funding, &e.label, "usd", Role::Amount), when, usd, e.restated);
        }
    }
    for l in &report.losses {
        let when = When::Year(l.year);
        for (label, figure) in &l.breakdown {
            f((Section::Losses, &l.side, label, Role::Part), when, figure, l.restated);
        }
        if let Some(total) = &l.total {
            f(
                (Section::Losses, &l.side, "total", Role::Total),
                when,
                total,
                l.restated,
            );
        }
        for (label, figure) in &l.other {
            f((Section::Losses, &l.side, label, Role::Other), when, figure, l.restated);
        }
    }
    for b in &report.battles {
        let when = When::Year(b.year);
        if let Some(total) = &b.total {
            f((Section::Battles, "", "total", Role::Total), when, total, b.restated);
        }
        for g in &b.groups {
            for (label, figure) in &g.breakdown {
                f(
                    (Section::Battles, &g.label, label, Role::Part),
                    when,
                    figure,
                    b.restated,
                );
            }
            if let Some(total) = &g.total {
                f(
                    (Section::Battles, &g.label, "total", Role::Total),
                    when,
                    total,
                    b.restated,
                );
            }
        }
    }
    for t in &report.townships {
        let when = When::Date(t.as_of);
        for (label, figure) in &t.breakdown {
            f((Section::Townships, "", label, Role::Part), when, figure, false);
        }
        if let Some(total) = &t.total {
            f((Section::Townships, "", "total", Role::Total), when, total, false);
        }
    }
}
