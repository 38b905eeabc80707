//! Many reports merged into one dataset: by section, series, category and year. Equal claims
//! become one point with several sources; different claims are conflicts that keep both.

use std::collections::HashMap;
use std::path::PathBuf;

use sha2::{Digest as _, Sha256};

use super::checks::{Warning, check};
use super::figure::{Figure, Unit};
use super::model::{Date, Report};
use super::read::{Parsed, ReadError, parse, read_path};
use super::yoy::{Change, changes};

/// A report file that was read, with what is needed to trace its figures.
#[derive(Clone, Debug)]
pub struct LoadedReport {
    /// File name as shown to people.
    pub name: String,
    /// Where it was read from (`None` for the bundled sample).
    pub path: Option<PathBuf>,
    /// SHA-256 of the file's bytes, hex.
    pub sha256: String,
    /// The content.
    pub report: Report,
    /// Reading remarks and check results.
    pub warnings: Vec<Warning>,
}

impl LoadedReport {
    /// Builds a loaded report from bytes already in memory.
    pub fn from_bytes(bytes: &[u8], name: &str, path: Option<PathBuf>) -> Result<Self, ReadError> {
        let parsed = parse(bytes, name)?;
        Ok(Self::from_parsed(parsed, bytes, name.to_owned(), path))
    }

    /// Reads and checks a file from disk.
    pub fn from_path(path: &std::path::Path) -> Result<Self, ReadError> {
        let (parsed, bytes) = read_path(path)?;
        let name = super::read::display_name(path);
        Ok(Self::from_parsed(parsed, &bytes, name, Some(path.to_owned())))
    }

    fn from_parsed(parsed: Parsed, bytes: &[u8], name: String, path: Option<PathBuf>) -> Self {
        let mut warnings: Vec<Warning> = parsed.warnings.iter().map(Warning::from_read).collect();
        warnings.extend(check(&parsed.report));
        Self {
            name,
            path,
            sha256: sha256_hex(bytes),
            report: parsed.report,
            warnings,
        }
    }
}

/// Hex SHA-256 of bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

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

/// One value claimed for a point, with every report that claims it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Claim {
    /// The figure as reported (the first report's note is kept).
    pub figure: Figure,
    /// Indices into [`Dataset::reports`] of the reports that give this figure.
    pub sources: Vec<usize>,
}

/// All claims for one series at one time.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Point {
    /// When.
    pub when: When,
    /// One claim when the files agree; more when they conflict.
    pub claims: Vec<Claim>,
}

impl Point {
    /// The figure drawn for this point: the first claim's.
    pub fn figure(&self) -> &Figure {
        &self.claims[0].figure
    }

    /// True when the files give different values.
    pub fn is_conflict(&self) -> bool {
        self.claims.len() > 1
    }
}

/// One series with its points in time order.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Series {
    /// What it is.
    pub key: SeriesKey,
    /// Points, sorted by time.
    pub points: Vec<Point>,
}

impl Series {
    /// Year-over-year changes of the drawn figures.
    pub fn changes(&self) -> Vec<Change> {
        let points: Vec<(i32, &Figure)> = self.points.iter().map(|p| (p.when.year(), p.figure())).collect();
        changes(&points)
    }

    /// The point at a time, if any.
    pub fn at(&self, when: When) -> Option<&Point> {
        self.points.iter().find(|p| p.when == when)
    }
}

/// Different values for the same point, from different files (or twice in one file).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Conflict {
    /// Which series.
    pub key: SeriesKey,
    /// When.
    pub when: When,
    /// Every value given, each with its reports.
    pub claims: Vec<Claim>,
}

/// Reports merged into series.
#[derive(Clone, Debug, Default)]
pub struct Dataset {
    /// The reports, in the order they were opened.
    pub reports: Vec<LoadedReport>,
    /// Every series, in the order first seen.
    pub series: Vec<Series>,
}

impl Dataset {
    /// Merges reports into one dataset.
    pub fn merge(reports: Vec<LoadedReport>) -> Self {
        let mut index: HashMap<SeriesKey, usize> = HashMap::new();
        let mut series: Vec<Series> = Vec::new();
        for (source, loaded) in reports.iter().enumerate() {
            for (key, when, figure) in figures(&loaded.report) {
                let i = *index.entry(key.clone()).or_insert_with(|| {
                    series.push(Series {
                        key,
                        points: Vec::new(),
                    });
                    series.len() - 1
                });
                let points = &mut series[i].points;
                let point = match points.iter_mut().position(|p| p.when == when) {
                    Some(p) => &mut points[p],
                    None => {
                        points.push(Point {
                            when,
                            claims: Vec::new(),
                        });
                        points.last_mut().expect("just pushed")
                    }
                };
                match point.claims.iter_mut().find(|c| c.figure.same_claim(figure)) {
                    Some(claim) => {
                        if !claim.sources.contains(&source) {
                            claim.sources.push(source);
                        }
                        // Keep every file's note on the same figure.
                        if let Some(note) = &figure.note {
                            match &mut claim.figure.note {
                                Some(kept) if kept.contains(note.as_str()) => {}
                                Some(kept) => {
                                    kept.push_str("; ");
                                    kept.push_str(note);
                                }
                                None => claim.figure.note = Some(note.clone()),
                            }
                        }
                    }
                    None => point.claims.push(Claim {
                        figure: figure.clone(),
                        sources: vec![source],
                    }),
                }
            }
        }
        for s in &mut series {
            s.points.sort_by_key(|p| p.when);
        }
        Self { reports, series }
    }

    /// The series with this key.
    pub fn series(&self, key: &SeriesKey) -> Option<&Series> {
        self.series.iter().find(|s| &s.key == key)
    }

    /// Series of one section, in the order first seen.
    pub fn section(&self, section: Section) -> impl Iterator<Item = &Series> {
        self.series.iter().filter(move |s| s.key.section == section)
    }

    /// Every point where the files disagree.
    pub fn conflicts(&self) -> Vec<Conflict> {
        self.series
            .iter()
            .flat_map(|s| {
                s.points.iter().filter(|p| p.is_conflict()).map(|p| Conflict {
                    key: s.key.clone(),
                    when: p.when,
                    claims: p.claims.clone(),
                })
            })
            .collect()
    }

    /// "a.json, b.json" for a claim's sources.
    pub fn source_names(&self, sources: &[usize]) -> String {
        sources
            .iter()
            .filter_map(|&i| self.reports.get(i).map(|r| r.name.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A conflict in words: "2024 funding (Battalion support, kyats): 32.9 billion kyats in a.json; 30 billion kyats in b.json".
    pub fn describe_conflict(&self, conflict: &Conflict) -> String {
        let unit = conflict.key.unit();
        let claims: Vec<String> = conflict
            .claims
            .iter()
            .map(|c| format!("{} in {}", c.figure.long(unit), self.source_names(&c.sources)))
            .collect();
        format!("{} {}: {}", conflict.when, conflict.key.describe(), claims.join("; "))
    }
}

/// Every figure of a report with its series key and time, in the file's order.
pub fn figures(report: &Report) -> Vec<(SeriesKey, When, &Figure)> {
    let key = |section, series: &str, category: &str, role| SeriesKey {
        section,
        series: series.to_owned(),
        category: category.to_owned(),
        role,
    };
    let mut out = Vec::new();
    for f in &report.funding {
        let when = When::Year(f.year);
        if let Some(mmk) = &f.mmk {
            out.push((key(Section::Funding, &f.label, "mmk", Role::Amount), when, mmk));
        }
        if let Some(usd) = &f.usd {
            out.push((key(Section::Funding, &f.label, "usd", Role::Amount), when, usd));
        }
    }
    for l in &report.losses {
        let when = When::Year(l.year);
        for (label, figure) in &l.breakdown {
            out.push((key(Section::Losses, &l.side, label, Role::Part), when, figure));
        }
        if let Some(total) = &l.total {
            out.push((key(Section::Losses, &l.side, "total", Role::Total), when, total));
        }
        for (label, figure) in &l.other {
            out.push((key(Section::Losses, &l.side, label, Role::Other), when, figure));
        }
    }
    for b in &report.battles {
        let when = When::Year(b.year);
        if let Some(total) = &b.total {
            out.push((key(Section::Battles, "", "total", Role::Total), when, total));
        }
        for g in &b.groups {
            for (label, figure) in &g.breakdown {
                out.push((key(Section::Battles, &g.label, label, Role::Part), when, figure));
            }
            if let Some(total) = &g.total {
                out.push((key(Section::Battles, &g.label, "total", Role::Total), when, total));
            }
        }
    }
    for t in &report.townships {
        let when = When::Date(t.as_of);
        for (label, figure) in &t.breakdown {
            out.push((key(Section::Townships, "", label, Role::Part), when, figure));
        }
        if let Some(total) = &t.total {
            out.push((key(Section::Townships, "", "total", Role::Total), when, total));
        }
    }
    out
}
