//! The table of every figure, as plain data: one row per claim with its words worked out once,
//! then sorted and filtered by index. Pure: the window draws the rows it is given, and the
//! tests sort and filter without one.
//!
//! Rows are made once per dataset and language ([`Table::prepare`]); a query (sort, text,
//! section, years) only reorders indices ([`Table::order`]). A sort compares one number per
//! row: the figure's or change's value, or the row's rank in a column of words or times,
//! worked out once on the first sort by that column (each distinct text lowered and ordered
//! once, not at every comparison). So fifty reports (about 30,000 figures) sort in a few
//! milliseconds and a frame draws only the rows on screen.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::OnceLock;

use crate::i18n::Tr;
use crate::report::Unit;
use crate::report::{Dataset, Section, When};

/// A column of the table, in the order drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// Funding, losses, battles, townships.
    Section,
    /// The funding label, loss side or battle group.
    Series,
    /// Kyats, US dollars, or the category.
    Category,
    /// The year or snapshot date.
    When,
    /// The figure with its qualifier.
    Figure,
    /// The change from the previous year.
    Change,
    /// The files that give the figure.
    Sources,
}

impl Column {
    /// Every column, in the order drawn.
    pub const ALL: [Self; 7] = [
        Self::Section,
        Self::Series,
        Self::Category,
        Self::When,
        Self::Figure,
        Self::Change,
        Self::Sources,
    ];

    /// The catalog key of the column's heading.
    pub fn heading_key(self) -> &'static str {
        match self {
            Self::Section => "table-section",
            Self::Series => "table-series",
            Self::Category => "table-category",
            Self::When => "table-when",
            Self::Figure => "table-figure",
            Self::Change => "table-change",
            Self::Sources => "table-source",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Which way a column is sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// Smallest, earliest or A first.
    Ascending,
    /// Largest, latest or Z first.
    Descending,
}

/// What the table shows: sorted by a column (or in the dataset's order), rows containing a text
/// in any column, of one section, within the years chosen above the chart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    /// The column sorted by and its direction; `None` keeps the dataset's order.
    pub sort: Option<(Column, Order)>,
    /// Text a row must contain in some column (case ignored); empty for every row.
    pub text: String,
    /// Only this section's figures.
    pub section: Option<Section>,
    /// Only these years (first, last).
    pub years: Option<(i32, i32)>,
}

impl Query {
    /// The sort after a click on a column's heading: ascending first, then descending, then
    /// ascending again.
    pub fn sorted_by(&self, column: Column) -> Option<(Column, Order)> {
        Some(match self.sort {
            Some((c, Order::Ascending)) if c == column => (column, Order::Descending),
            _ => (column, Order::Ascending),
        })
    }
}

/// One claim of one point: what each column says, and what sorting needs.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The section the figure is in.
    pub section: Section,
    /// The year or snapshot.
    pub when: When,
    /// The words of each column, in [`Column::ALL`] order.
    pub cells: [String; 7],
    /// The figure's value (a qualified figure sorts by its value).
    pub value: f64,
    /// The figure's qualifier key, for copying: `exact`, `over`, `at_least`…
    pub qualifier: &'static str,
    /// The change in percent from the previous year (`None` where there is none, or it is new).
    pub change_pct: Option<f64>,
    /// Where files disagree: this claim's place among the point's claims (1-based) and their
    /// number.
    pub conflict: Option<(usize, usize)>,
    /// Where a later report restated the point: whether this row is the later value (the one
    /// drawn) or the earlier one, and the restatement in words.
    pub restated: Option<(Restated, String)>,
    /// Every cell in lower case, joined, for the text filter.
    haystack: String,
    /// Where each cell lies in `haystack`, in bytes: the cell in lower case, for sorting.
    spans: [(u32, u32); 7],
}

impl Row {
    /// A row of words, without a number (a town or listed township: its value is NaN, copied
    /// as an empty cell and sorted last by the figure column).
    fn new(section: Section, when: When, cells: [String; 7]) -> Self {
        let mut haystack = String::new();
        let mut spans = [(0, 0); 7];
        for (c, cell) in cells.iter().enumerate() {
            if c > 0 {
                haystack.push('\u{1f}');
            }
            let from = haystack.len() as u32;
            haystack.push_str(&cell.to_lowercase());
            spans[c] = (from, haystack.len() as u32);
        }
        Self {
            section,
            when,
            cells,
            value: f64::NAN,
            qualifier: "",
            change_pct: None,
            conflict: None,
            restated: None,
            haystack,
            spans,
        }
    }

    /// A column's words in lower case.
    fn lowered(&self, column: usize) -> &str {
        let (from, to) = self.spans[column];
        self.haystack.get(from as usize..to as usize).unwrap_or_default()
    }
}

/// A row's part in a restatement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Restated {
    /// The later report's value: the one drawn.
    Later,
    /// The earlier report's value, which the later one replaced.
    Earlier,
}

/// Every figure of a dataset as rows, with their words in one language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// The rows, in the dataset's order: series as first seen, points by time, claims as given.
    pub rows: Vec<Row>,
    /// The language the words are in.
    pub tr: Tr,
    /// For each column, the row with the longest words in it (by characters), which sizes the
    /// column.
    pub longest: [usize; 7],
    /// For each column of words or times, each row's rank in it (equal cells share one), made
    /// on the first sort by the column.
    ranks: [OnceLock<Vec<u32>>; 7],
}

impl Table {
    /// The rows of every figure of a dataset, worded in a language.
    pub fn prepare(data: &Dataset, tr: Tr) -> Self {
        let mut rows = Vec::new();
        for s in &data.series {
            let unit = s.key.unit();
            let section = section_name(tr, s.key.section);
            let category = match unit {
                Unit::Mmk => tr.t("table-kyats"),
                Unit::Usd => tr.t("table-usd"),
                Unit::Count => tr.term(&s.key.category).into_owned(),
            };
            let changes = s.changes();
            for p in &s.points {
                let change = changes
                    .binary_search_by_key(&p.when.year(), |c| c.to_year)
                    .ok()
                    .map(|i| &changes[i]);
                let dispute = |p: &crate::report::Point| p.is_dispute(&data.reports);
                let change_text = change.map_or_else(String::new, |c| {
                    let from = s.at(When::Year(c.from_year));
                    if dispute(p) || from.is_some_and(dispute) {
                        tr.f("table-disputed", &[("change", c.label_in(tr).into())])
                    } else {
                        c.label_in(tr)
                    }
                });
                let when = tr.digits(&p.when.to_string()).into_owned();
                let restatement = p
                    .restatement(&data.reports)
                    .zip(super::marks::restated_words_in(tr, data, p, unit));
                let disputed = p.is_conflict() && !(p.claims.len() == 2 && restatement.is_some());
                for (ci, claim) in p.claims.iter().enumerate() {
                    let restated = restatement.as_ref().and_then(|((earlier, later), words)| {
                        let part = if ci == *later {
                            Restated::Later
                        } else if ci == *earlier {
                            Restated::Earlier
                        } else {
                            return None;
                        };
                        Some((part, words.clone()))
                    });
                    let long = claim.figure.long_in(tr, unit);
                    let figure = match restated {
                        Some((Restated::Earlier, _)) => tr.f("table-restated-earlier", &[("figure", long.into())]),
                        Some((Restated::Later, _)) => {
                            format!("↻ {}", tr.f("table-restated", &[("figure", long.into())]))
                        }
                        None if claim.restated => tr.f("table-restated", &[("figure", long.into())]),
                        None => long,
                    };
                    let cells = [
                        section.clone(),
                        s.key.series.clone(),
                        category.clone(),
                        when.clone(),
                        figure,
                        if ci == 0 { change_text.clone() } else { String::new() },
                        data.source_names(&claim.sources),
                    ];
                    let mut row = Row::new(s.key.section, p.when, cells);
                    row.value = claim.figure.value;
                    row.qualifier = claim.figure.qualifier.key();
                    row.change_pct = change.filter(|_| ci == 0).and_then(|c| c.pct);
                    row.conflict = disputed.then_some((ci + 1, p.claims.len()));
                    row.restated = restated;
                    rows.push(row);
                }
            }
        }
        place_rows(data, tr, &mut rows);
        let mut longest = [0; 7];
        let mut most = [0; 7];
        for (i, row) in rows.iter().enumerate() {
            for (c, cell) in row.cells.iter().enumerate() {
                let n = cell.chars().count();
                if n > most[c] {
                    (most[c], longest[c]) = (n, i);
                }
            }
        }
        Self {
            rows,
            tr,
            longest,
            ranks: Default::default(),
        }
    }

    /// The rows a query shows, as indices into [`Table::rows`], in the order shown. Sorting is
    /// stable: rows that compare equal keep the dataset's order.
    pub fn order(&self, query: &Query) -> Vec<usize> {
        let needle = query.text.trim().to_lowercase();
        let mut order: Vec<usize> = self
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| query.section.is_none_or(|s| r.section == s))
            .filter(|(_, r)| {
                query
                    .years
                    .is_none_or(|(first, last)| (first..=last).contains(&r.when.year()))
            })
            .filter(|(_, r)| needle.is_empty() || r.haystack.contains(&needle))
            .map(|(i, _)| i)
            .collect();
        if let Some((column, direction)) = query.sort {
            // Each row's key once; a row without one (no change) stays last whichever way the
            // column is sorted, and the row's index keeps rows of equal keys in the dataset's
            // order.
            let mut keyed: Vec<(bool, u64, usize)> = order
                .iter()
                .map(|&i| match self.key(column, i) {
                    Some(k) if direction == Order::Descending => (false, !k, i),
                    Some(k) => (false, k, i),
                    None => (true, 0, i),
                })
                .collect();
            keyed.sort_unstable();
            order = keyed.into_iter().map(|(_, _, i)| i).collect();
        }
        order
    }

    /// A row's place in a column's order as a number: a figure by its value, a change by its
    /// percent (`None` without one), times in time order, words in their own order ignoring
    /// case.
    fn key(&self, column: Column, row: usize) -> Option<u64> {
        let r = self.rows.get(row)?;
        match column {
            Column::Figure => (!r.value.is_nan()).then(|| ordered(r.value)),
            Column::Change => r.change_pct.map(ordered),
            Column::Section => Some(r.section as u64),
            Column::When | Column::Series | Column::Category | Column::Sources => {
                self.ranks(column).get(row).map(|&k| u64::from(k))
            }
        }
    }

    /// Each row's rank in a column of words or times, worked out on first use.
    fn ranks(&self, column: Column) -> &[u32] {
        let i = column.index();
        self.ranks[i].get_or_init(|| match column {
            Column::When => ranks(&self.rows.iter().map(|r| r.when).collect::<Vec<_>>()),
            _ => ranks(&self.rows.iter().map(|r| r.lowered(i)).collect::<Vec<_>>()),
        })
    }

    /// Rows as tab-separated text for a spreadsheet: a header row, then each row with its
    /// value as a plain number and its qualifier in columns of their own.
    pub fn tsv(&self, rows: impl IntoIterator<Item = usize>) -> String {
        let tr = self.tr;
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        let mut header: Vec<String> = Column::ALL.iter().map(|c| tr.t(c.heading_key())).collect();
        header.insert(4, tr.t("table-value"));
        header.insert(5, tr.t("table-qualifier"));
        let mut out = header.join("\t");
        out.push('\n');
        for i in rows {
            let Some(row) = self.rows.get(i) else {
                continue;
            };
            let mut cells: Vec<String> = row.cells.iter().map(|c| clean(c)).collect();
            cells.insert(
                4,
                if row.value.is_nan() {
                    String::new()
                } else {
                    row.value.to_string()
                },
            );
            cells.insert(5, row.qualifier.to_owned());
            out.push_str(&cells.join("\t"));
            out.push('\n');
        }
        out
    }
}

/// A row for each town a snapshot names and each township it lists, report by report: the
/// place in the figure column ("Falam (Chin, MMR004001)"), its status as the category, the
/// note after the place.
fn place_rows(data: &Dataset, tr: Tr, rows: &mut Vec<Row>) {
    let section = section_name(tr, Section::Townships);
    let (town, area) = (tr.t("table-named-town"), tr.t("table-listed-township"));
    for (i, r) in data.reports.iter().enumerate() {
        let source = data.source_names(&[i]);
        for snapshot in &r.report.townships {
            let when = When::Date(snapshot.as_of);
            let date = tr.digits(&snapshot.as_of.to_string()).into_owned();
            let places = snapshot
                .towns
                .iter()
                .map(|t| (&town, &t.name, &t.status, &t.region, &t.pcode, &t.note))
                .chain(
                    snapshot
                        .areas
                        .iter()
                        .map(|a| (&area, &a.township, &a.status, &a.region, &a.pcode, &a.note)),
                );
            for (kind, name, status, region, pcode, note) in places {
                let within: Vec<&str> = region.iter().chain(pcode).map(String::as_str).collect();
                let mut figure = if within.is_empty() {
                    name.clone()
                } else {
                    format!("{name} ({})", within.join(", "))
                };
                if let Some(note) = note {
                    figure.push_str(" · ");
                    figure.push_str(note);
                }
                let cells = [
                    section.clone(),
                    kind.clone(),
                    tr.status(status).into_owned(),
                    date.clone(),
                    figure,
                    String::new(),
                    source.clone(),
                ];
                rows.push(Row::new(Section::Townships, when, cells));
            }
        }
    }
}

/// A report section's name in running text: "funding", "losses".
pub fn section_name(tr: Tr, section: Section) -> String {
    tr.t(match section {
        Section::Funding => "section-funding",
        Section::Losses => "section-losses",
        Section::Battles => "section-battles",
        Section::Townships => "section-townships",
    })
}

/// A number as a key that sorts as [`f64::total_cmp`] does.
fn ordered(value: f64) -> u64 {
    let bits = value.to_bits();
    if bits >> 63 == 1 { !bits } else { bits | 1 << 63 }
}

/// Each key's rank among the keys, equal keys sharing one: the distinct keys are found by
/// hashing and only they are sorted, so a column of long, often repeated texts (the sources of
/// a figure fifty files give) costs one pass and a sort of its distinct texts.
fn ranks<K: Ord + Hash>(keys: &[K]) -> Vec<u32> {
    let mut ids: HashMap<&K, u32> = HashMap::with_capacity(keys.len() / 4);
    let mut distinct: Vec<&K> = Vec::new();
    let of: Vec<u32> = keys
        .iter()
        .map(|k| {
            *ids.entry(k).or_insert_with(|| {
                distinct.push(k);
                (distinct.len() - 1) as u32
            })
        })
        .collect();
    let mut sorted: Vec<u32> = (0..distinct.len() as u32).collect();
    sorted.sort_unstable_by(|&a, &b| distinct[a as usize].cmp(distinct[b as usize]));
    let mut rank = vec![0; distinct.len()];
    for (r, &d) in sorted.iter().enumerate() {
        rank[d as usize] = r as u32;
    }
    of.into_iter().map(|d| rank[d as usize]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::LoadedReport;

    fn table(files: &[(&str, &str)]) -> Table {
        let reports = files
            .iter()
            .map(|(name, json)| LoadedReport::from_bytes(json.as_bytes(), name, None).expect("reads"))
            .collect();
        Table::prepare(&Dataset::merge(reports), Tr::EN)
    }

    fn sample() -> Table {
        Table::prepare(&Dataset::merge(vec![crate::report::sample()]), Tr::EN)
    }

    fn column(t: &Table, order: &[usize], c: Column) -> Vec<String> {
        order.iter().map(|&i| t.rows[i].cells[c.index()].clone()).collect()
    }

    const FUNDING: &str = r#"{"fieldreport": 1, "title": "A", "funding": [
        {"year": 2023, "label": "b", "mmk": 900},
        {"year": 2024, "label": "B", "mmk": {"value": 1000, "qualifier": "over"}},
        {"year": 2025, "label": "a", "mmk": 95}
    ]}"#;

    #[test]
    fn figures_sort_as_numbers_and_a_qualified_figure_by_its_value() {
        let t = table(&[("a.json", FUNDING)]);
        let q = Query {
            sort: Some((Column::Figure, Order::Ascending)),
            ..Query::default()
        };
        let order = t.order(&q);
        assert_eq!(
            column(&t, &order, Column::Figure),
            ["95 kyats", "900 kyats", "over 1,000 kyats"],
            "95 before 900 before 1,000, not as text"
        );
        let q = Query {
            sort: Some((Column::Figure, Order::Descending)),
            ..q
        };
        assert_eq!(
            column(&t, &t.order(&q), Column::Figure),
            ["over 1,000 kyats", "900 kyats", "95 kyats"]
        );
    }

    #[test]
    fn towns_and_listed_townships_are_rows_of_words_last_by_figure_and_copied_without_a_value() {
        let json = r#"{"fieldreport": 1, "title": "T", "funding": [{"year": 2024, "label": "x", "mmk": 5}],
            "townships": [{"as_of": "2025-12-31", "total": 330, "breakdown": {"captured": 2},
                "towns": [{"name": "Hakha", "status": "contested", "region": "Chin"}],
                "areas": [{"township": "Falam", "pcode": "MMR004001", "status": "captured", "note": "taken in April"}]}]}"#;
        let t = table(&[("t.json", json)]);
        let places: Vec<&Row> = t.rows.iter().filter(|r| r.value.is_nan()).collect();
        assert_eq!(places.len(), 2, "{:?}", t.rows);
        assert_eq!(
            places[0].cells,
            [
                "townships",
                "named town",
                "contested",
                "2025-12-31",
                "Hakha (Chin)",
                "",
                "t.json"
            ]
            .map(str::to_owned)
        );
        assert_eq!(places[1].cells[1], "listed township");
        assert_eq!(
            places[1].cells[4],
            "Falam (MMR004001) · taken in april".replace("april", "April")
        );
        let q = Query {
            text: "falam".to_owned(),
            ..Query::default()
        };
        assert_eq!(t.order(&q).len(), 1, "found by its name");
        for direction in [Order::Ascending, Order::Descending] {
            let q = Query {
                sort: Some((Column::Figure, direction)),
                ..Query::default()
            };
            let order = t.order(&q);
            let last: Vec<bool> = order.iter().map(|&i| t.rows[i].value.is_nan()).collect();
            assert!(last.ends_with(&[true, true]) && !last[0], "places last, {direction:?}");
        }
        let copied = t.tsv(t.order(&Query::default()));
        assert!(
            copied.contains("townships\tlisted township\tcaptured\t2025-12-31\t\t\tFalam (MMR004001) · taken in April"),
            "{copied}"
        );
    }

    #[test]
    fn words_sort_ignoring_case_and_equal_rows_keep_their_order() {
        let t = table(&[("a.json", FUNDING)]);
        let q = Query {
            sort: Some((Column::Series, Order::Ascending)),
            ..Query::default()
        };
        assert_eq!(column(&t, &t.order(&q), Column::Series), ["a", "b", "B"]);
        let q = Query {
            sort: Some((Column::Section, Order::Ascending)),
            ..Query::default()
        };
        assert_eq!(t.order(&q), t.order(&Query::default()), "one section: dataset order");
    }

    #[test]
    fn keys_order_numbers_and_ranks_share_equal_words() {
        let values = [-2.5, -0.0, 0.0, 1e-9, 3.0, 1e15];
        let keys: Vec<u64> = values.iter().map(|&v| ordered(v)).collect();
        assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:?}");
        assert_eq!(ranks(&["b", "a", "c", "a"]), [1, 0, 2, 0]);
        assert_eq!(ranks::<&str>(&[]), Vec::<u32>::new());
    }

    #[test]
    fn a_second_click_sorts_descending_and_a_third_ascending() {
        let mut q = Query::default();
        q.sort = q.sorted_by(Column::When);
        assert_eq!(q.sort, Some((Column::When, Order::Ascending)));
        q.sort = q.sorted_by(Column::When);
        assert_eq!(q.sort, Some((Column::When, Order::Descending)));
        q.sort = q.sorted_by(Column::When);
        assert_eq!(q.sort, Some((Column::When, Order::Ascending)));
        q.sort = q.sorted_by(Column::Figure);
        assert_eq!(q.sort, Some((Column::Figure, Order::Ascending)));
    }

    #[test]
    fn changes_sort_by_percent_with_rows_without_one_last() {
        let t = sample();
        let q = Query {
            sort: Some((Column::Change, Order::Descending)),
            section: Some(Section::Funding),
            ..Query::default()
        };
        let order = t.order(&q);
        let changes = column(&t, &order, Column::Change);
        assert_eq!(&changes[..2], ["+31.6 %", "+30.8 %"], "{changes:?}");
        assert!(changes.last().is_some_and(String::is_empty), "{changes:?}");
    }

    #[test]
    fn the_filter_finds_text_in_any_column_ignoring_case() {
        let t = sample();
        let all = t.order(&Query::default());
        assert_eq!(all.len(), t.rows.len());
        let q = Query {
            text: "  DRONE ".to_owned(),
            ..Query::default()
        };
        let order = t.order(&q);
        assert_eq!(order.len(), 1);
        assert_eq!(t.rows[order[0]].cells[Column::Figure.index()], "at least 701");
        let q = Query {
            text: "nug-2025".to_owned(),
            ..Query::default()
        };
        assert_eq!(t.order(&q).len(), t.rows.len(), "every row names its source");
        let q = Query {
            text: "no such thing".to_owned(),
            ..Query::default()
        };
        assert!(t.order(&q).is_empty());
    }

    #[test]
    fn the_section_and_years_narrow_the_rows() {
        let t = sample();
        let q = Query {
            section: Some(Section::Funding),
            ..Query::default()
        };
        assert_eq!(t.order(&q).len(), 6, "three years in two currencies");
        let q = Query {
            section: Some(Section::Funding),
            years: Some((2024, 2025)),
            ..Query::default()
        };
        let order = t.order(&q);
        assert_eq!(order.len(), 4);
        assert!(order.iter().all(|&i| t.rows[i].when.year() >= 2024));
    }

    #[test]
    fn each_claim_of_a_conflict_is_a_row_of_its_own() {
        let other = r#"{"fieldreport": 1, "title": "B", "funding": [{"year": 2024, "label": "B", "mmk": 1200}]}"#;
        let t = table(&[("a.json", FUNDING), ("b.json", other)]);
        let q = Query {
            text: "2024".to_owned(),
            ..Query::default()
        };
        let order = t.order(&q);
        assert_eq!(order.len(), 2);
        let conflicts: Vec<_> = order.iter().map(|&i| t.rows[i].conflict).collect();
        assert_eq!(conflicts, [Some((1, 2)), Some((2, 2))]);
        assert_eq!(column(&t, &order, Column::Sources), ["a.json", "b.json"]);
    }

    #[test]
    fn a_restated_year_marks_its_later_and_earlier_rows() {
        let earlier = r#"{"fieldreport": 1, "title": "E", "published": "2025-01-05",
            "funding": [{"year": 2024, "label": "Battalion support", "mmk": 30000000000}]}"#;
        let reports = vec![
            LoadedReport::from_bytes(earlier.as_bytes(), "earlier.json", None).expect("reads"),
            crate::report::sample(),
        ];
        let t = Table::prepare(&Dataset::merge(reports), Tr::EN);
        let q = Query {
            text: "billion kyats".to_owned(),
            years: Some((2024, 2024)),
            ..Query::default()
        };
        let order = t.order(&q);
        assert_eq!(
            column(&t, &order, Column::Figure),
            [
                "↻ 32.9 billion kyats (restated)",
                "30 billion kyats (before the restatement)"
            ]
        );
        let parts: Vec<_> = order
            .iter()
            .map(|&i| t.rows[i].restated.as_ref().map(|r| r.0))
            .collect();
        assert_eq!(parts, [Some(Restated::Later), Some(Restated::Earlier)]);
        assert!(order.iter().all(|&i| t.rows[i].conflict.is_none()), "no dispute");
        let words = &t.rows[order[0]].restated.as_ref().expect("restated").1;
        assert!(words.starts_with("↻ 2024 restated from 30 billion kyats"), "{words}");
        assert_eq!(
            t.rows[order[0]].cells[Column::Change.index()],
            "+31.6 %",
            "a change from a restated year is not disputed"
        );
    }

    #[test]
    fn copied_rows_are_tab_separated_with_the_value_as_a_number() {
        let t = table(&[("a.json", FUNDING)]);
        let tsv = t.tsv([1, 0]);
        let lines: Vec<&str> = tsv.lines().collect();
        assert_eq!(
            lines,
            [
                "Section\tSeries\tCategory\tWhen\tValue\tQualifier\tFigure\tChange\tSource",
                "funding\tB\tkyats\t2024\t1000\tover\tover 1,000 kyats\t\ta.json",
                "funding\tb\tkyats\t2023\t900\texact\t900 kyats\t\ta.json",
            ]
        );
        let t = sample();
        let tsv = t.tsv([1]);
        let cells: Vec<&str> = tsv.lines().nth(1).unwrap_or_default().split('\t').collect();
        assert_eq!(
            cells[..8],
            [
                "funding",
                "Battalion support",
                "kyats",
                "2024",
                "32900000000",
                "exact",
                "32.9 billion kyats (restated)",
                "+31.6 %"
            ]
        );
    }

    #[test]
    fn burmese_rows_are_in_burmese_with_myanmar_digits() {
        let tr = Tr {
            lang: crate::i18n::Lang::My,
            digits: crate::i18n::Digits::Myanmar,
        };
        let t = Table::prepare(&Dataset::merge(vec![crate::report::sample()]), tr);
        assert!(t.rows.iter().any(|r| r.cells[Column::When.index()] == "၂၀၂၅"));
        let q = Query {
            text: "၂၀၂၃".to_owned(),
            ..Query::default()
        };
        assert_eq!(t.order(&q).len(), 2, "Myanmar digits are found as typed");
    }
}
