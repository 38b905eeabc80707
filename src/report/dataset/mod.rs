//! Many reports merged into one dataset: by section, series, category and year. Equal claims
//! become one point with several sources; different claims are conflicts that keep both.
//!
//! A conflict is always between files: a file that gives the same point twice has a "given twice"
//! warning of its own ([`super::checks`]), and its first figure is the one merged. Merging runs in
//! time close to linear in the number of figures (hash maps from series, time and value to their
//! place), and a series' points end sorted by time so that lookups are binary searches.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use sha2::{Digest as _, Sha256};

pub mod open;
pub mod yoy;

use crate::report::checks::{Warning, check_in};
use crate::report::format::read::{Parsed, ReadError, parse, read_path};
use crate::report::model::Report;
use crate::report::model::figure::{Figure, Qualifier};
use crate::report::model::series::{KeyRef, Section, SeriesKey, When, each_figure};
use yoy::{Change, change, changes};

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
        let name = crate::report::format::read::display_name(path);
        Ok(Self::from_parsed(parsed, &bytes, name, Some(path.to_owned())))
    }

    fn from_parsed(parsed: Parsed, bytes: &[u8], name: String, path: Option<PathBuf>) -> Self {
        Self::checked(parsed, sha256_hex(bytes), name, path)
    }

    /// A report that was read, with its reading warnings and check results; `sha256` is that of
    /// the file it was read from (one table may hold several reports).
    pub(super) fn checked(parsed: Parsed, sha256: String, name: String, path: Option<PathBuf>) -> Self {
        let mut warnings: Vec<Warning> = parsed.warnings.iter().map(Warning::from_read).collect();
        warnings.extend(check_in(&parsed.report, crate::i18n::Tr::EN));
        Self {
            name,
            path,
            sha256,
            report: parsed.report,
            warnings,
        }
    }
}

/// Hex SHA-256 of bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// One value claimed for a point, with every report that claims it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Claim {
    /// The figure as reported (the first report's note is kept).
    pub figure: Figure,
    /// Indices into [`Dataset::reports`] of the reports that give this figure.
    pub sources: Vec<usize>,
    /// A report gives it in an entry marked `restated`: it repeats an earlier year, maybe
    /// changed since.
    pub restated: bool,
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

    /// Where a later report restates this point with another value than an earlier one: the
    /// earlier claim and the later, restated one (indices into `claims`). Both reports must say
    /// when they were published, the later one after the earlier.
    pub fn restatement(&self, reports: &[LoadedReport]) -> Option<(usize, usize)> {
        if !self.is_conflict() {
            return None;
        }
        let published = |c: &Claim| {
            c.sources
                .iter()
                .map(|&s| reports.get(s).and_then(|r| r.report.published))
                .collect::<Option<Vec<crate::report::Date>>>()
                .and_then(|dates| dates.into_iter().max())
        };
        let later = self.claims.iter().position(|c| c.restated)?;
        let later_date = published(&self.claims[later])?;
        let earlier = self
            .claims
            .iter()
            .enumerate()
            .filter(|(i, c)| *i != later && !c.restated)
            .filter_map(|(i, c)| published(c).filter(|d| *d < later_date).map(|d| (d, i)))
            .max()?
            .1;
        Some((earlier, later))
    }

    /// True when the files disagree and a later report's restatement does not settle it: more
    /// than two values, or two from reports that cannot be placed one after the other.
    pub fn is_dispute(&self, reports: &[LoadedReport]) -> bool {
        self.is_conflict() && !(self.claims.len() == 2 && self.restatement(reports).is_some())
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
    /// Year-over-year changes of the drawn figures, sorted by [`Change::to_year`] (one per year
    /// that has an earlier year before it), so a caller may binary-search them; for the change
    /// into one year, [`Series::change_to`] is cheaper. For snapshot series, the first snapshot
    /// of each year stands for the year.
    pub fn changes(&self) -> Vec<Change> {
        let points: Vec<(i32, &Figure)> = self.points.iter().map(|p| (p.when.year(), p.figure())).collect();
        changes(&points)
    }

    /// The change into `year` from the previous year that has a figure: the element of
    /// [`Series::changes`] whose `to_year` is `year`, found in O(log n) without computing the others.
    pub fn change_to(&self, year: i32) -> Option<Change> {
        let at = self.points.partition_point(|p| p.when.year() < year);
        let to = self.points.get(at).filter(|p| p.when.year() == year)?;
        let before = at.checked_sub(1).map(|i| self.points[i].when.year())?;
        let from = &self.points[self.points.partition_point(|p| p.when.year() < before)];
        Some(change(before, from.figure(), year, to.figure()))
    }

    /// The point at a time, if any: a binary search, as points are sorted by time.
    pub fn at(&self, when: When) -> Option<&Point> {
        self.points
            .binary_search_by(|p| p.when.cmp(&when))
            .ok()
            .map(|i| &self.points[i])
    }
}

/// Different values for the same point, from different files.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Conflict {
    /// Which series.
    pub key: SeriesKey,
    /// When.
    pub when: When,
    /// Every value given, each with its reports (never two claims from one report).
    pub claims: Vec<Claim>,
    /// Where a later report restates the point: the earlier claim and the later one (see
    /// [`Point::restatement`]).
    pub restatement: Option<(usize, usize)>,
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
    /// Merges reports into one dataset. Each report gives at most one figure per point: when a
    /// file repeats a point, its first figure is merged (the repeat is a warning of that file).
    pub fn merge(reports: Vec<LoadedReport>) -> Self {
        let series = merge_series(&reports);
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

    /// Every point where files disagree, series in the order first seen and points in time
    /// order. Only different files can disagree: see [`Dataset::merge`].
    pub fn conflicts(&self) -> Vec<Conflict> {
        self.series
            .iter()
            .flat_map(|s| {
                s.points.iter().filter(|p| p.is_conflict()).map(|p| Conflict {
                    key: s.key.clone(),
                    when: p.when,
                    claims: p.claims.clone(),
                    restatement: p.restatement(&self.reports),
                })
            })
            .collect()
    }

    /// Every report as one CSV table (the spreadsheet format), the figures the files disagree
    /// on marked in its `conflict` column.
    pub fn table_csv(&self) -> String {
        let conflicts: HashSet<(SeriesKey, When)> = self.conflicts().into_iter().map(|c| (c.key, c.when)).collect();
        crate::report::format::csv::write(self.reports.iter().map(|l| (l.name.as_str(), &l.report)), &conflicts)
    }

    /// "a.json, b.json" for a claim's sources.
    pub fn source_names(&self, sources: &[usize]) -> String {
        sources
            .iter()
            .filter_map(|&i| self.reports.get(i).map(|r| r.name.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A conflict in words: "2024 funding (Battalion support, kyats): 32.9 billion kyats in a.json; 30 billion kyats in b.json";
    /// a restatement as one: "2024 funding (…): restated from 30 billion kyats in the earlier
    /// report (a.json, of 2025-01-05) to 32.9 billion kyats in the later one (b.json, of 2026-01-02)".
    pub fn describe_conflict(&self, conflict: &Conflict) -> String {
        let unit = conflict.key.unit();
        if let Some((earlier, later)) = conflict.restatement {
            let (a, b) = (&conflict.claims[earlier], &conflict.claims[later]);
            let of = |c: &Claim| {
                let date = c
                    .sources
                    .iter()
                    .filter_map(|&s| self.reports.get(s).and_then(|r| r.report.published))
                    .max()
                    .map(|d| format!(", of {d}"))
                    .unwrap_or_default();
                format!("{}{date}", self.source_names(&c.sources))
            };
            return format!(
                "{} {}: restated from {} in the earlier report ({}) to {} in the later one ({})",
                conflict.when,
                conflict.key.describe(),
                a.figure.long_in(crate::i18n::Tr::EN, unit),
                of(a),
                b.figure.long_in(crate::i18n::Tr::EN, unit),
                of(b)
            );
        }
        let claims: Vec<String> = conflict
            .claims
            .iter()
            .map(|c| {
                format!(
                    "{} in {}",
                    c.figure.long_in(crate::i18n::Tr::EN, unit),
                    self.source_names(&c.sources)
                )
            })
            .collect();
        format!("{} {}: {}", conflict.when, conflict.key.describe(), claims.join("; "))
    }
}

/// Where a point's figures are gathered while merging.
struct PointSlot {
    /// Index into the series' points.
    index: usize,
    /// The last report that gave a figure for it: a report's later figures for it are repeats.
    last_source: usize,
}

/// A claim's value as a hash key: the same claim is the same number and qualifier.
fn claim_key(figure: &Figure) -> (u64, Qualifier) {
    // `0.0 == -0.0`, so both hash as zero.
    let bits = if figure.value == 0.0 { 0 } else { figure.value.to_bits() };
    (bits, figure.qualifier)
}

/// The series of many reports, each point's claims gathered with their sources and notes.
fn merge_series(reports: &[LoadedReport]) -> Vec<Series> {
    let mut merger = Merger::default();
    for (source, loaded) in reports.iter().enumerate() {
        each_figure(&loaded.report, |key, when, figure, restated| {
            merger.add(source, key, when, figure, restated)
        });
    }
    let mut series = merger.series;
    for s in &mut series {
        s.points.sort_by_key(|p| p.when);
        // A restatement is drawn at its later value: that claim goes first.
        for p in &mut s.points {
            if p.is_conflict()
                && let Some((_, later)) = p.restatement(reports)
            {
                let claim = p.claims.remove(later);
                p.claims.insert(0, claim);
            }
        }
    }
    series
}

/// Series being gathered, with hash maps from a figure's key, time and value to its place.
#[derive(Default)]
struct Merger<'a> {
    series: Vec<Series>,
    series_index: HashMap<KeyRef<'a>, usize>,
    points_index: HashMap<(usize, When), PointSlot>,
    claims_index: HashMap<(usize, usize, (u64, Qualifier)), usize>,
    /// Notes already kept on a claim, so each is added once.
    notes_kept: HashSet<(usize, usize, usize, &'a str)>,
}

impl<'a> Merger<'a> {
    fn add(&mut self, source: usize, key: KeyRef<'a>, when: When, figure: &'a Figure, restated: bool) {
        let s = match self.series_index.get(&key) {
            Some(&s) => s,
            None => {
                let (section, series, category, role) = key;
                self.series_index.insert(key, self.series.len());
                self.series.push(Series {
                    key: SeriesKey {
                        section,
                        series: series.to_owned(),
                        category: category.to_owned(),
                        role,
                    },
                    points: Vec::new(),
                });
                self.series.len() - 1
            }
        };
        let points = &mut self.series[s].points;
        let slot = self.points_index.entry((s, when)).or_insert_with(|| {
            points.push(Point {
                when,
                claims: Vec::new(),
            });
            PointSlot {
                index: points.len() - 1,
                last_source: usize::MAX,
            }
        });
        if slot.last_source == source {
            return;
        }
        slot.last_source = source;
        let p = slot.index;
        let claims = &mut points[p].claims;
        let c = *self.claims_index.entry((s, p, claim_key(figure))).or_insert_with(|| {
            claims.push(Claim {
                figure: Figure::new(figure.value, figure.qualifier),
                sources: Vec::new(),
                restated: false,
            });
            claims.len() - 1
        });
        let claim = &mut claims[c];
        claim.sources.push(source);
        claim.restated |= restated;
        // Keep every file's note on the same figure, each once.
        if let Some(note) = &figure.note
            && self.notes_kept.insert((s, p, c, note.as_str()))
        {
            match &mut claim.figure.note {
                Some(kept) => {
                    kept.push_str("; ");
                    kept.push_str(note);
                }
                None => claim.figure.note = Some(note.clone()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Qualifier;

    fn loaded(json: &str, name: &str) -> LoadedReport {
        LoadedReport::from_bytes(json.as_bytes(), name, None).expect("reads")
    }

    /// A kyats series with figures for the given years, in the order given.
    fn kyats(years: &[(i32, f64)]) -> Series {
        let entries: Vec<String> = years
            .iter()
            .map(|(y, v)| format!(r#"{{"year": {y}, "mmk": {{"value": {v}, "qualifier": "over"}}}}"#))
            .collect();
        let json = format!(
            r#"{{"fieldreport": 1, "title": "T", "funding": [{}]}}"#,
            entries.join(", ")
        );
        let data = Dataset::merge(vec![loaded(&json, "t.json")]);
        data.series.into_iter().next().expect("one series")
    }

    #[test]
    fn points_are_sorted_and_found_by_binary_search() {
        let s = kyats(&[(2025, 3.0), (2021, 1.0), (2023, 2.0)]);
        let years: Vec<i32> = s.points.iter().map(|p| p.when.year()).collect();
        assert_eq!(years, [2021, 2023, 2025]);
        assert_eq!(s.at(When::Year(2023)).map(|p| p.figure().value), Some(2.0));
        assert_eq!(s.at(When::Year(2022)), None);
        assert_eq!(s.at(When::Year(2026)), None);
        assert_eq!(s.at(When::Year(1900)), None);
    }

    #[test]
    fn the_change_into_a_year_is_the_one_changes_lists() {
        let s = kyats(&[(2025, 3.0), (2021, 1.0), (2023, 2.0), (2024, 2.5)]);
        let all = s.changes();
        let to_years: Vec<i32> = all.iter().map(|c| c.to_year).collect();
        assert_eq!(to_years, [2023, 2024, 2025], "sorted by the year changed into");
        for year in 2019..=2027 {
            let listed = all.iter().find(|c| c.to_year == year);
            assert_eq!(s.change_to(year).as_ref(), listed, "{year}");
        }
        let c = s.change_to(2023).expect("2021 to 2023");
        assert_eq!((c.from_year, c.missing_years.as_slice()), (2021, &[2022][..]));
        assert_eq!(c.qualifier, Qualifier::About);
        assert!(c.unbounded, "two lower bounds leave the change open");
    }

    #[test]
    fn snapshot_series_change_from_the_first_snapshot_of_each_year() {
        let json = r#"{"fieldreport": 1, "title": "T", "townships": [
            {"as_of": "2024-12-31", "total": 330, "breakdown": {"captured": 30}},
            {"as_of": "2024-06-30", "total": 330, "breakdown": {"captured": 20}},
            {"as_of": "2025-06-30", "total": 330, "breakdown": {"captured": 40}},
            {"as_of": "2025-12-31", "total": 330, "breakdown": {"captured": 50}}
        ]}"#;
        let data = Dataset::merge(vec![loaded(json, "t.json")]);
        let captured = data
            .section(Section::Townships)
            .find(|s| s.key.category == "captured")
            .expect("captured");
        let changes = captured.changes();
        assert_eq!(changes.len(), 1);
        assert_eq!(
            (changes[0].abs, changes[0].from_year, changes[0].to_year),
            (20.0, 2024, 2025)
        );
        assert_eq!(captured.change_to(2025).as_ref(), changes.first());
        assert_eq!(captured.change_to(2024), None);
    }

    #[test]
    fn a_file_that_repeats_a_point_gives_its_first_figure_once() {
        let a = loaded(
            r#"{"fieldreport": 1, "title": "A", "funding": [
                {"year": 2024, "mmk": {"value": 10, "note": "first"}},
                {"year": 2024, "mmk": {"value": 10, "note": "again"}},
                {"year": 2024, "mmk": 12}
            ]}"#,
            "a.json",
        );
        let b = loaded(
            r#"{"fieldreport": 1, "title": "B", "funding": [{"year": 2024, "mmk": {"value": 10, "note": "first"}}, {"year": 2024, "mmk": {"value": 10, "note": "seen by b"}}]}"#,
            "b.json",
        );
        let c = loaded(
            r#"{"fieldreport": 1, "title": "C", "funding": [{"year": 2024, "mmk": 12}]}"#,
            "c.json",
        );
        let data = Dataset::merge(vec![a, b, c]);
        let point = data.series[0].at(When::Year(2024)).expect("2024");
        assert_eq!(point.claims.len(), 2);
        assert_eq!(point.claims[0].sources, [0, 1]);
        assert_eq!(point.claims[0].figure.note.as_deref(), Some("first"), "each note once");
        assert_eq!(
            point.claims[1].sources,
            [2],
            "a.json's repeat of 12 is not a claim of a.json"
        );
        let conflicts = data.conflicts();
        assert_eq!(conflicts.len(), 1);
        assert_eq!(
            data.describe_conflict(&conflicts[0]),
            "2024 funding (Funding, kyats): 10 kyats in a.json, b.json; 12 kyats in c.json"
        );
    }
}
