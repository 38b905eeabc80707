//! Checks over one report: sums that do not meet their totals, repeated years, named towns beyond
//! their count, exchange-rate jumps, years outside the period. Worded for a journalist.
//!
//! Every check runs in time close to linear in the report's size: entries are grouped with hash
//! maps or sorting, never compared pairwise.

pub mod zawgyi;

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::Hash;

use crate::i18n::Tr;
use crate::report::format::read::ReadWarning;
use crate::report::model::figure::{Figure, Interval, Qualifier, Unit};
use crate::report::model::{Parts, Report, Townships};

/// How serious a warning is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; the figures can still be consistent (e.g. only thanks to a qualifier).
    Note,
    /// The figures cannot all be right as given.
    Inconsistency,
}

/// What a warning points at, so the viewer can mark the figure on its chart.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "section", rename_all = "lowercase")]
pub enum Subject {
    /// The file as a whole (e.g. an unknown field).
    File,
    /// A text of the report (e.g. one typed in Zawgyi).
    Text,
    /// A funding year.
    Funding {
        /// Year concerned.
        year: i32,
    },
    /// A losses year.
    Losses {
        /// Year concerned.
        year: i32,
    },
    /// A battles year, possibly one group of it.
    Battles {
        /// Year concerned.
        year: i32,
        /// Group label, when the warning concerns one group.
        group: Option<String>,
    },
    /// A township snapshot.
    Townships {
        /// The snapshot's date.
        as_of: String,
    },
}

/// A remark about a readable report.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Warning {
    /// How serious it is.
    pub severity: Severity,
    /// JSON path of the entry concerned, e.g. `battles[0].groups[0]`.
    pub path: String,
    /// What the warning concerns.
    pub subject: Subject,
    /// The remark in words.
    pub message: String,
}

impl Warning {
    fn note(path: String, subject: Subject, message: String) -> Self {
        Self {
            severity: Severity::Note,
            path,
            subject,
            message,
        }
    }

    fn inconsistency(path: String, subject: Subject, message: String) -> Self {
        Self {
            severity: Severity::Inconsistency,
            path,
            subject,
            message,
        }
    }

    /// A reading remark (unknown field) as a warning.
    pub fn from_read(warning: &ReadWarning) -> Self {
        Self::note(warning.path.clone(), Subject::File, warning.message.clone())
    }
}

/// The consistency checks of a report, worded in a language (the report's own words as written).
pub fn check_in(report: &Report, tr: Tr) -> Vec<Warning> {
    let mut out = Vec::new();
    check_sums(report, &mut out, tr);
    check_repeated_years(report, &mut out, tr);
    check_named_towns(report, &mut out, tr);
    check_listed_townships(report, &mut out, tr);
    check_exchange_rates(report, &mut out, tr);
    check_period(report, &mut out, tr);
    check_zawgyi(report, &mut out, tr);
    out
}

/// Texts that look typed in Zawgyi, each named by its field.
fn check_zawgyi(report: &Report, out: &mut Vec<Warning>, tr: Tr) {
    for path in zawgyi::fields(report) {
        let message = tr.f("check-zawgyi", &[("field", (&path).into())]);
        out.push(Warning::note(path, Subject::Text, message));
    }
}

/// How a set of parts stands against its total.
#[derive(Clone, Debug, PartialEq)]
pub enum SumCheck {
    /// The parts' numbers add up to the total's number.
    Adds,
    /// The numbers differ, but the qualifiers make them meet; `message` says how.
    OnlyIf(String),
    /// The ranges cannot meet: the figures contradict each other.
    Disjoint(String),
}

/// Whether parts meet their total, the message worded in a language.
pub fn sum_check_in(parts: &Parts, total: &Figure, tr: Tr) -> SumCheck {
    let thousands = |v: f64| tr.n(v);
    let point: f64 = parts.iter().map(|(_, f)| f.value).sum();
    let range = parts
        .iter()
        .fold(Interval { lo: 0.0, hi: 0.0 }, |acc, (_, f)| acc.plus(f.interval()));
    let total_range = total.interval();
    let listed = parts
        .iter()
        .map(|(_, f)| f.long_in(tr, Unit::Count))
        .collect::<Vec<_>>()
        .join(" + ");
    // The parts' own number lies in what the total allows ("over 9,000" for 9,549): no remark.
    if point == total.value || (total.qualifier.is_qualified() && total_range.lo <= point && point <= total_range.hi) {
        return SumCheck::Adds;
    }
    if !range.meets(total_range) {
        let message = if range.hi < total_range.lo {
            let key = if range.lo == range.hi {
                "check-sum-short"
            } else {
                "check-sum-short-at-most"
            };
            tr.f(
                key,
                &[
                    ("parts", listed.into()),
                    ("sum", thousands(range.hi).into()),
                    ("total", total.long_in(tr, Unit::Count).into()),
                    ("gap", thousands(total_range.lo - range.hi).into()),
                ],
            )
        } else {
            let key = if range.lo == range.hi {
                "check-sum-over"
            } else {
                "check-sum-over-at-least"
            };
            tr.f(
                key,
                &[
                    ("parts", listed.into()),
                    ("sum", thousands(range.lo).into()),
                    ("total", total.long_in(tr, Unit::Count).into()),
                    ("gap", thousands(range.lo - total_range.hi).into()),
                ],
            )
        };
        return SumCheck::Disjoint(message);
    }
    let qualified: Vec<&(String, Figure)> = parts.iter().filter(|(_, f)| f.qualifier.is_qualified()).collect();
    let message = match (qualified.as_slice(), total.qualifier) {
        ([(label, figure)], Qualifier::Exact) => {
            let needed = total.value - (point - figure.value);
            tr.f(
                "check-sum-only-if",
                &[
                    ("parts", listed.into()),
                    ("total", thousands(total.value).into()),
                    ("label", tr.term(label).into_owned().into()),
                    ("needed", thousands(needed).into()),
                    ("reported", figure.long_in(tr, Unit::Count).into()),
                ],
            )
        }
        _ => tr.f(
            "check-sum-at-limits",
            &[
                ("parts", listed.into()),
                ("sum", thousands(point).into()),
                ("total", total.long_in(tr, Unit::Count).into()),
            ],
        ),
    };
    SumCheck::OnlyIf(message)
}

/// The words of a warning about `what`: "2025 losses (junta): …".
fn about(tr: Tr, what: &str, message: &str) -> String {
    tr.f("check-about", &[("what", what.into()), ("message", message.into())])
}

fn push_sum(
    out: &mut Vec<Warning>,
    path: String,
    subject: Subject,
    what: &str,
    parts: &Parts,
    total: Option<&Figure>,
    tr: Tr,
) {
    let Some(total) = total else { return };
    if parts.is_empty() {
        return;
    }
    match sum_check_in(parts, total, tr) {
        SumCheck::Adds => {}
        SumCheck::OnlyIf(message) => out.push(Warning::note(path, subject, about(tr, what, &message))),
        SumCheck::Disjoint(message) => out.push(Warning::inconsistency(path, subject, about(tr, what, &message))),
    }
}

fn check_sums(report: &Report, out: &mut Vec<Warning>, tr: Tr) {
    let thousands = |v: f64| tr.n(v);
    let date = |d: &super::Date| tr.digits(&d.to_string()).into_owned();
    for (i, l) in report.losses.iter().enumerate() {
        let what = tr.f(
            "check-what-losses",
            &[
                ("year", tr.year(l.year).into()),
                ("side", tr.term(&l.side).into_owned().into()),
            ],
        );
        push_sum(
            out,
            format!("losses[{i}]"),
            Subject::Losses { year: l.year },
            &what,
            &l.breakdown,
            l.total.as_ref(),
            tr,
        );
    }
    for (i, b) in report.battles.iter().enumerate() {
        for (j, g) in b.groups.iter().enumerate() {
            let what = tr.f(
                "check-what-battles-group",
                &[("year", tr.year(b.year).into()), ("group", g.label.as_str().into())],
            );
            let subject = Subject::Battles {
                year: b.year,
                group: Some(g.label.clone()),
            };
            push_sum(
                out,
                format!("battles[{i}].groups[{j}]"),
                subject,
                &what,
                &g.breakdown,
                g.total.as_ref(),
                tr,
            );
        }
        // Groups may cover only part of the year's battles, so only an excess is a problem.
        if let Some(total) = &b.total {
            let groups: Vec<&Figure> = b.groups.iter().filter_map(|g| g.total.as_ref()).collect();
            let lo: f64 = groups.iter().map(|f| f.interval().lo).sum();
            if lo > total.interval().hi {
                out.push(Warning::inconsistency(
                    format!("battles[{i}]"),
                    Subject::Battles {
                        year: b.year,
                        group: None,
                    },
                    tr.f(
                        "check-groups-over",
                        &[
                            ("year", tr.year(b.year).into()),
                            ("sum", thousands(lo).into()),
                            ("total", total.long_in(tr, Unit::Count).into()),
                        ],
                    ),
                ));
            }
        }
    }
    for (i, t) in report.townships.iter().enumerate() {
        let subject = Subject::Townships {
            as_of: t.as_of.to_string(),
        };
        let total = t.total_or_default();
        if t.total.is_none() {
            out.push(Warning::note(
                format!("townships[{i}]"),
                subject.clone(),
                tr.f(
                    "check-townships-assumed",
                    &[
                        ("date", date(&t.as_of).into()),
                        ("total", thousands(Townships::DEFAULT_TOTAL).into()),
                    ],
                ),
            ));
        }
        let lo: f64 = t.breakdown.iter().map(|(_, f)| f.interval().lo).sum();
        if lo > total {
            out.push(Warning::inconsistency(
                format!("townships[{i}]"),
                subject,
                tr.f(
                    "check-townships-over",
                    &[
                        ("date", date(&t.as_of).into()),
                        ("sum", thousands(lo).into()),
                        ("total", thousands(total).into()),
                    ],
                ),
            ));
        }
    }
}

/// For each item whose key an earlier item already has: its index, the first such item's index,
/// and the key. One pass with a hash map.
fn repeated<'a, T, K: Hash + Eq + Clone>(items: &'a [T], key: impl Fn(&'a T) -> K) -> Vec<(usize, usize, K)> {
    let mut first: HashMap<K, usize> = HashMap::with_capacity(items.len());
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let k = key(item);
        match first.entry(k) {
            Entry::Occupied(seen) => out.push((i, *seen.get(), seen.key().clone())),
            Entry::Vacant(slot) => {
                slot.insert(i);
            }
        }
    }
    out
}

/// "… is given twice in this file (first at funding[0]); …": the same entry twice in one file is
/// that file's own problem, not a conflict between files. Merging keeps the first.
fn given_twice(tr: Tr, what: String, first: &str) -> String {
    tr.f("check-given-twice", &[("what", what.into()), ("first", first.into())])
}

fn check_repeated_years(report: &Report, out: &mut Vec<Warning>, tr: Tr) {
    let what = |key: &str, year: i32, label: Option<&str>| {
        let mut args: Vec<(&str, crate::i18n::Arg)> = vec![("year", tr.year(year).into())];
        if let Some(label) = label {
            args.push(("label", tr.term(label).into_owned().into()));
        }
        tr.f(key, &args)
    };
    for (i, first, (year, label)) in repeated(&report.funding, |f| (f.year, f.label.as_str())) {
        out.push(Warning::inconsistency(
            format!("funding[{i}]"),
            Subject::Funding { year },
            given_twice(
                tr,
                what("check-what-funding-entry", year, Some(label)),
                &format!("funding[{first}]"),
            ),
        ));
    }
    for (i, first, (year, side)) in repeated(&report.losses, |l| (l.year, l.side.as_str())) {
        out.push(Warning::inconsistency(
            format!("losses[{i}]"),
            Subject::Losses { year },
            given_twice(
                tr,
                what("check-what-losses-entry", year, Some(side)),
                &format!("losses[{first}]"),
            ),
        ));
    }
    for (i, first, year) in repeated(&report.battles, |b| b.year) {
        out.push(Warning::inconsistency(
            format!("battles[{i}]"),
            Subject::Battles { year, group: None },
            given_twice(
                tr,
                what("check-what-battles-entry", year, None),
                &format!("battles[{first}]"),
            ),
        ));
    }
    for (i, b) in report.battles.iter().enumerate() {
        for (j, first, label) in repeated(&b.groups, |g| g.label.as_str()) {
            out.push(Warning::inconsistency(
                format!("battles[{i}].groups[{j}]"),
                Subject::Battles {
                    year: b.year,
                    group: Some(label.to_owned()),
                },
                given_twice(
                    tr,
                    what("check-what-battles-group-entry", b.year, Some(label)),
                    &format!("battles[{i}].groups[{first}]"),
                ),
            ));
        }
    }
    for (i, first, as_of) in repeated(&report.townships, |t| t.as_of) {
        out.push(Warning::inconsistency(
            format!("townships[{i}]"),
            Subject::Townships {
                as_of: as_of.to_string(),
            },
            given_twice(
                tr,
                tr.f(
                    "check-what-snapshot-entry",
                    &[("date", tr.digits(&as_of.to_string()).into_owned().into())],
                ),
                &format!("townships[{first}]"),
            ),
        ));
    }
}

fn check_named_towns(report: &Report, out: &mut Vec<Warning>, tr: Tr) {
    for (i, t) in report.townships.iter().enumerate() {
        // Statuses compare without regard to ASCII case: "Captured" is "captured".
        let mut named: HashMap<String, usize> = HashMap::new();
        for town in &t.towns {
            *named.entry(town.status.to_ascii_lowercase()).or_default() += 1;
        }
        for (status, figure) in &t.breakdown {
            let named = named.get(&status.to_ascii_lowercase()).copied().unwrap_or(0) as f64;
            if named > figure.interval().hi {
                out.push(Warning::inconsistency(
                    format!("townships[{i}].towns"),
                    Subject::Townships {
                        as_of: t.as_of.to_string(),
                    },
                    tr.f(
                        "check-towns-named",
                        &[
                            ("date", tr.digits(&t.as_of.to_string()).into_owned().into()),
                            ("n", tr.n(named).into()),
                            ("status", tr.term(status).into_owned().into()),
                            ("count", figure.long_in(tr, Unit::Count).into()),
                        ],
                    ),
                ));
            }
        }
    }
}

/// Townships listed one by one against the snapshot's breakdown: more listed with a status than
/// it counts cannot be right; fewer means the rest are not named. A township listed twice is
/// said once, at its second listing.
fn check_listed_townships(report: &Report, out: &mut Vec<Warning>, tr: Tr) {
    for (i, t) in report.townships.iter().enumerate() {
        if t.areas.is_empty() {
            continue;
        }
        let subject = || Subject::Townships {
            as_of: t.as_of.to_string(),
        };
        let date = || -> String { tr.digits(&t.as_of.to_string()).into_owned() };
        let mut listed: HashMap<String, usize> = HashMap::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (j, area) in t.areas.iter().enumerate() {
            *listed.entry(area.status.to_ascii_lowercase()).or_default() += 1;
            let key = match area.pcode.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
                Some(pcode) => pcode.to_ascii_uppercase(),
                None => format!(
                    "{}|{}",
                    area.township.trim().to_lowercase(),
                    area.region.as_deref().unwrap_or("").trim().to_lowercase()
                ),
            };
            if let Some(&first) = seen.get(&key) {
                out.push(Warning::inconsistency(
                    format!("townships[{i}].areas[{j}]"),
                    subject(),
                    tr.f(
                        "check-areas-twice",
                        &[
                            ("date", date().into()),
                            ("township", area.township.as_str().into()),
                            ("first", tr.n((first + 1) as f64).into()),
                        ],
                    ),
                ));
            } else {
                seen.insert(key, j);
            }
        }
        for (status, figure) in &t.breakdown {
            let n = listed.get(&status.to_ascii_lowercase()).copied().unwrap_or(0);
            let args = [
                ("date", date().into()),
                ("n", tr.n(n as f64).into()),
                ("status", tr.term(status).into_owned().into()),
                ("count", figure.long_in(tr, Unit::Count).into()),
            ];
            let (lo, hi) = (figure.interval().lo, figure.interval().hi);
            if n as f64 > hi {
                out.push(Warning::inconsistency(
                    format!("townships[{i}].areas"),
                    subject(),
                    tr.f("check-areas-over", &args),
                ));
            } else if (n as f64) < lo {
                out.push(Warning::note(
                    format!("townships[{i}].areas"),
                    subject(),
                    tr.f("check-areas-fewer", &args),
                ));
            }
        }
    }
}

/// An implied exchange rate: the funding entry's index, its year and the rate.
type Rate = (usize, i32, f64);

fn check_exchange_rates(report: &Report, out: &mut Vec<Warning>, tr: Tr) {
    // Rates per label, labels in the order first seen.
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut by_label: Vec<(&str, Vec<Rate>)> = Vec::new();
    for (i, f) in report.funding.iter().enumerate() {
        let slot = *index.entry(f.label.as_str()).or_insert_with(|| {
            by_label.push((f.label.as_str(), Vec::new()));
            by_label.len() - 1
        });
        if let Some(rate) = f.implied_rate() {
            by_label[slot].1.push((i, f.year, rate));
        }
    }
    for (label, mut rates) in by_label {
        // A year given twice is its own warning; the first entry of each year counts, as in merging.
        rates.sort_by_key(|&(_, year, _)| year);
        rates.dedup_by_key(|&mut (_, year, _)| year);
        for pair in rates.windows(2) {
            let (_, y0, r0) = pair[0];
            let (i1, y1, r1) = pair[1];
            if r0 > 0.0 && ((r1 - r0) / r0).abs() > 0.5 {
                out.push(Warning::inconsistency(
                    format!("funding[{i1}]"),
                    Subject::Funding { year: y1 },
                    tr.f(
                        "check-rate-jump",
                        &[
                            ("label", tr.term(label).into_owned().into()),
                            ("from", tr.n(r0).into()),
                            ("to", tr.n(r1).into()),
                            ("y0", tr.year(y0).into()),
                            ("y1", tr.year(y1).into()),
                        ],
                    ),
                ));
            }
        }
    }
}

fn check_period(report: &Report, out: &mut Vec<Warning>, tr: Tr) {
    let Some(period) = report.period else { return };
    let date = |d: &super::Date| tr.digits(&d.to_string()).into_owned();
    let mut outside = |path: String, subject: Subject, what: String| {
        out.push(Warning::note(
            path,
            subject,
            tr.f(
                "check-outside-period",
                &[
                    ("what", what.into()),
                    ("from", date(&period.from).into()),
                    ("to", date(&period.to).into()),
                ],
            ),
        ));
    };
    let year_of = |key: &str, year: i32| tr.f(key, &[("year", tr.year(year).into())]);
    // A restated entry repeats an earlier year on purpose.
    for (i, f) in report.funding.iter().enumerate() {
        if !f.restated && !period.covers_year(f.year) {
            outside(
                format!("funding[{i}]"),
                Subject::Funding { year: f.year },
                year_of("check-what-funding-year", f.year),
            );
        }
    }
    for (i, l) in report.losses.iter().enumerate() {
        if !l.restated && !period.covers_year(l.year) {
            outside(
                format!("losses[{i}]"),
                Subject::Losses { year: l.year },
                year_of("check-what-losses-year", l.year),
            );
        }
    }
    for (i, b) in report.battles.iter().enumerate() {
        if !b.restated && !period.covers_year(b.year) {
            outside(
                format!("battles[{i}]"),
                Subject::Battles {
                    year: b.year,
                    group: None,
                },
                year_of("check-what-battles-year", b.year),
            );
        }
    }
    for (i, t) in report.townships.iter().enumerate() {
        if t.as_of < period.from || t.as_of > period.to {
            outside(
                format!("townships[{i}]"),
                Subject::Townships {
                    as_of: t.as_of.to_string(),
                },
                tr.f("check-what-snapshot-year", &[("date", date(&t.as_of).into())]),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(items: &[(&str, Figure)]) -> Parts {
        items.iter().map(|(l, f)| ((*l).to_owned(), f.clone())).collect()
    }

    #[test]
    fn exact_parts_that_add_up() {
        let p = parts(&[
            ("killed", Figure::exact(5699.0)),
            ("injured", Figure::exact(2726.0)),
            ("captured", Figure::exact(1124.0)),
        ]);
        assert_eq!(sum_check_in(&p, &Figure::exact(9549.0), Tr::EN), SumCheck::Adds);
    }

    #[test]
    fn a_qualifier_that_makes_the_sum_meet() {
        let p = parts(&[
            ("major engagements", Figure::exact(1386.0)),
            ("minor operations", Figure::exact(807.0)),
            ("drone-only attacks", Figure::new(701.0, Qualifier::AtLeast)),
        ]);
        let SumCheck::OnlyIf(message) = sum_check_in(&p, &Figure::exact(2984.0), Tr::EN) else {
            panic!("expected a note");
        };
        assert_eq!(
            message,
            "the parts (1,386 + 807 + at least 701) meet the reported 2,984 only if drone-only attacks were 791 (reported: at least 701)"
        );
    }

    #[test]
    fn a_gap_is_stated() {
        let p = parts(&[
            ("a", Figure::exact(1386.0)),
            ("b", Figure::exact(807.0)),
            ("c", Figure::exact(701.0)),
        ]);
        let SumCheck::Disjoint(message) = sum_check_in(&p, &Figure::exact(2984.0), Tr::EN) else {
            panic!("expected an inconsistency");
        };
        assert!(message.contains("add up to 2,894"), "{message}");
        assert!(message.contains("90 unaccounted for"), "{message}");
    }

    #[test]
    fn too_many_parts() {
        let p = parts(&[("a", Figure::new(600.0, Qualifier::Over)), ("b", Figure::exact(500.0))]);
        let SumCheck::Disjoint(message) = sum_check_in(&p, &Figure::exact(1000.0), Tr::EN) else {
            panic!("expected an inconsistency");
        };
        assert!(
            message.contains("at least 1,100") && message.contains("100 too many"),
            "{message}"
        );
    }

    #[test]
    fn about_allows_ten_percent() {
        let p = parts(&[("a", Figure::new(100.0, Qualifier::About))]);
        assert!(matches!(
            sum_check_in(&p, &Figure::exact(109.0), Tr::EN),
            SumCheck::OnlyIf(_)
        ));
        assert!(matches!(
            sum_check_in(&p, &Figure::exact(111.0), Tr::EN),
            SumCheck::Disjoint(_)
        ));
    }

    #[test]
    fn upper_bounded_total() {
        let p = parts(&[("a", Figure::exact(40.0)), ("b", Figure::exact(30.0))]);
        assert_eq!(
            sum_check_in(&p, &Figure::new(80.0, Qualifier::AtMost), Tr::EN),
            SumCheck::Adds
        );
        assert_eq!(
            sum_check_in(&p, &Figure::new(60.0, Qualifier::Over), Tr::EN),
            SumCheck::Adds
        );
        assert_eq!(
            sum_check_in(&p, &Figure::new(75.0, Qualifier::About), Tr::EN),
            SumCheck::Adds
        );
        let about = parts(&[("a", Figure::new(50.0, Qualifier::About))]);
        assert!(matches!(
            sum_check_in(&about, &Figure::new(45.0, Qualifier::AtMost), Tr::EN),
            SumCheck::OnlyIf(_)
        ));
        assert!(matches!(
            sum_check_in(&p, &Figure::new(60.0, Qualifier::Under), Tr::EN),
            SumCheck::Disjoint(_)
        ));
    }
}
