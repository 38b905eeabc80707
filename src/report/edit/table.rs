//! A report's sections as grids, for editing: a row per entry (a year, a snapshot, a battle
//! group, a town, a source), a column per field, figure or category. Reading a cell gives the
//! text to show and edit; writing one reads the text back ("over 33.6 billion", "≥ 701",
//! "2025-12-31") into the report, or says why it cannot. Rows and categories are added,
//! removed, renamed and moved here too, so the editor only decides what to do.

use crate::i18n::Said;
use crate::report::format::rules::{DEFAULT_FUNDING_LABEL, MAX_TEXT_CHARS, UNSPECIFIED_SIDE};
use crate::report::model::figure::Figure;
use crate::report::model::figure_text::{self, Kind};
use crate::report::model::{Area, BattleGroup, Battles, Date, Funding, Losses, Parts, Report, Source, Town, Townships};

/// The longest label (funding) or side (losses) a new row repeats from the row above, in
/// characters.
pub const REPEATED_UP_TO: usize = 100;

/// What a new row's label or side is: the one of the row above (`like`) when it is at most
/// [`REPEATED_UP_TO`] characters, else `default`. A label can be 10,000 characters, and a
/// paste adds a row per line: copying a long one into every row would make a paste take time
/// and memory with the square of its length. Counts at most `4 × REPEATED_UP_TO` bytes.
fn repeated(like: Option<&str>, default: &str) -> String {
    match like {
        Some(text) if text.len() <= 4 * REPEATED_UP_TO && text.chars().count() <= REPEATED_UP_TO => text.to_owned(),
        _ => default.to_owned(),
    }
}

/// Which grid of a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sheet {
    /// The publications the figures come from.
    Sources,
    /// Money per year and label.
    Funding,
    /// Losses per year and side.
    Losses,
    /// Battles per year, and per group within a year.
    Battles,
    /// Township control per snapshot.
    Townships,
    /// The towns named in one snapshot (its index in `townships`).
    Towns(usize),
    /// The townships listed one by one in one snapshot (its index in `townships`).
    Areas(usize),
}

mod cells;
mod paste;

pub use cells::date;
use cells::*;
pub use paste::{Named, PasteProblem, PastedColumn, header, paste};

impl Sheet {
    /// The four sections and the sources, in the editor's order.
    pub const MAIN: [Self; 5] = [
        Self::Sources,
        Self::Funding,
        Self::Losses,
        Self::Battles,
        Self::Townships,
    ];

    /// The tab's name in a language.
    pub fn name_in(self, tr: crate::i18n::Tr) -> String {
        tr.t(match self {
            Self::Sources => "sheet-sources",
            Self::Funding => "sheet-funding",
            Self::Losses => "sheet-losses",
            Self::Battles => "sheet-battles",
            Self::Townships => "sheet-townships",
            Self::Towns(_) => "sheet-towns",
            Self::Areas(_) => "sheet-areas",
        })
    }
}

/// What a column holds.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// A year (funding, losses, battles).
    Year,
    /// A snapshot's date.
    AsOf,
    /// A funding entry's label.
    Label,
    /// Kyats.
    Mmk,
    /// US dollars.
    Usd,
    /// A loss side.
    Side,
    /// A battle group's label.
    Group,
    /// The entry's (or group's) reported total.
    Total,
    /// A breakdown category (the parts of the total).
    Part(String),
    /// A category reported beside the total (losses' `other`).
    Beside(String),
    /// The entry repeats a year before the report's period: `restated` or empty.
    Restated,
    /// The entry's note.
    Note,
    /// A town's name, status or region.
    Name,
    /// A town's reported status.
    Status,
    /// A town's state or region.
    Region,
    /// A town's MIMU Pcode.
    Pcode,
    /// Latitude in degrees.
    Lat,
    /// Longitude in degrees.
    Lon,
    /// A source's title, publisher, date or web address.
    Title,
    /// A source's publisher.
    Publisher,
    /// A source's date.
    Date,
    /// A source's web address.
    Url,
}

impl Field {
    /// The column's heading in a language.
    pub fn title_in(&self, tr: crate::i18n::Tr) -> String {
        let key = match self {
            Self::Part(c) => return tr.term(c).into_owned(),
            Self::Beside(c) => return tr.f("field-beside", &[("category", tr.term(c).into())]),
            Self::Year => "field-year",
            Self::AsOf => "field-as-of",
            Self::Label => "field-label",
            Self::Mmk => "field-kyats",
            Self::Usd => "field-usd",
            Self::Side => "field-side",
            Self::Group => "field-group",
            Self::Total => "field-total",
            Self::Restated => "field-restated",
            Self::Note => "field-note",
            Self::Name => "field-name",
            Self::Status => "field-status",
            Self::Region => "field-region",
            Self::Pcode => "field-pcode",
            Self::Lat => "field-latitude",
            Self::Lon => "field-longitude",
            Self::Title => "field-title",
            Self::Publisher => "field-publisher",
            Self::Date => "field-date",
            Self::Url => "field-url",
        };
        tr.t(key)
    }

    /// The kind of figure the column holds, if it holds figures.
    pub fn figure(&self) -> Option<Kind> {
        match self {
            Self::Mmk | Self::Usd => Some(Kind::Money),
            Self::Total | Self::Part(_) | Self::Beside(_) => Some(Kind::Count),
            _ => None,
        }
    }

    /// The category a column stands for, if it is one.
    pub fn category(&self) -> Option<&str> {
        match self {
            Self::Part(c) | Self::Beside(c) => Some(c),
            _ => None,
        }
    }
}

/// A row: which entry of the report it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Row {
    /// `sources[i]`.
    Source(usize),
    /// `funding[i]`.
    Funding(usize),
    /// `losses[i]`.
    Losses(usize),
    /// `battles[i]`: the year's total.
    Battles(usize),
    /// `battles[i].groups[g]`.
    Group(usize, usize),
    /// `townships[i]`.
    Townships(usize),
    /// `townships[s].towns[t]`.
    Town(usize, usize),
    /// `townships[s].areas[a]`.
    Area(usize, usize),
}

impl Row {
    /// The JSON path of the entry, as warnings name it (`battles[0].groups[1]`).
    pub fn path(self) -> String {
        match self {
            Self::Source(i) => format!("sources[{i}]"),
            Self::Funding(i) => format!("funding[{i}]"),
            Self::Losses(i) => format!("losses[{i}]"),
            Self::Battles(i) => format!("battles[{i}]"),
            Self::Group(i, g) => format!("battles[{i}].groups[{g}]"),
            Self::Townships(i) => format!("townships[{i}]"),
            Self::Town(s, t) => format!("townships[{s}].towns[{t}]"),
            Self::Area(s, a) => format!("townships[{s}].areas[{a}]"),
        }
    }
}

/// A cell as the editor shows it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cell {
    /// The text shown and edited ("> 33,600,000,000", "2025", "captured").
    pub text: String,
    /// For a figure cell: the figure with its qualifier and note.
    pub figure: Option<Figure>,
    /// False where the cell stands for nothing (a category of a year's total in battles).
    pub editable: bool,
}

/// A report's sheet laid out as rows and columns.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Which sheet.
    pub sheet: Sheet,
    /// The columns, left to right.
    pub columns: Vec<Field>,
    /// The rows, top to bottom.
    pub rows: Vec<Row>,
}

/// The categories of some parts, in first-seen order, plus `extra` ones not used yet.
fn categories<'a>(parts: impl Iterator<Item = &'a Parts>, extra: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in parts {
        for (label, _) in p {
            if !out.contains(label) {
                out.push(label.clone());
            }
        }
    }
    for e in extra {
        if !out.contains(e) {
            out.push(e.clone());
        }
    }
    out
}

impl Table {
    /// The grid of a sheet. `extra` are categories added in the editor but not filled yet, so
    /// their columns show: `Part(…)` and `Beside(…)` fields.
    pub fn of(report: &Report, sheet: Sheet, extra: &[Field]) -> Self {
        let extra_parts: Vec<String> = extra
            .iter()
            .filter(|f| matches!(f, Field::Part(_)))
            .filter_map(|f| f.category().map(str::to_owned))
            .collect();
        let extra_beside: Vec<String> = extra
            .iter()
            .filter(|f| matches!(f, Field::Beside(_)))
            .filter_map(|f| f.category().map(str::to_owned))
            .collect();
        let (columns, rows) = match sheet {
            Sheet::Sources => (
                vec![Field::Title, Field::Publisher, Field::Date, Field::Url],
                (0..report.sources.len()).map(Row::Source).collect(),
            ),
            Sheet::Funding => (
                vec![
                    Field::Year,
                    Field::Label,
                    Field::Mmk,
                    Field::Usd,
                    Field::Restated,
                    Field::Note,
                ],
                (0..report.funding.len()).map(Row::Funding).collect(),
            ),
            Sheet::Losses => {
                let mut columns = vec![Field::Year, Field::Side, Field::Total];
                columns.extend(
                    categories(report.losses.iter().map(|l| &l.breakdown), &extra_parts)
                        .into_iter()
                        .map(Field::Part),
                );
                columns.extend(
                    categories(report.losses.iter().map(|l| &l.other), &extra_beside)
                        .into_iter()
                        .map(Field::Beside),
                );
                columns.push(Field::Restated);
                columns.push(Field::Note);
                (columns, (0..report.losses.len()).map(Row::Losses).collect())
            }
            Sheet::Battles => {
                let mut columns = vec![Field::Year, Field::Group, Field::Total];
                let groups = report
                    .battles
                    .iter()
                    .flat_map(|b| b.groups.iter().map(|g| &g.breakdown));
                columns.extend(categories(groups, &extra_parts).into_iter().map(Field::Part));
                columns.push(Field::Restated);
                columns.push(Field::Note);
                let rows = report
                    .battles
                    .iter()
                    .enumerate()
                    .flat_map(|(i, b)| {
                        std::iter::once(Row::Battles(i)).chain((0..b.groups.len()).map(move |g| Row::Group(i, g)))
                    })
                    .collect();
                (columns, rows)
            }
            Sheet::Townships => {
                let mut columns = vec![Field::AsOf, Field::Total];
                columns.extend(
                    categories(report.townships.iter().map(|t| &t.breakdown), &extra_parts)
                        .into_iter()
                        .map(Field::Part),
                );
                columns.push(Field::Note);
                (columns, (0..report.townships.len()).map(Row::Townships).collect())
            }
            Sheet::Towns(s) => {
                let n = report.townships.get(s).map_or(0, |t| t.towns.len());
                (
                    vec![
                        Field::Name,
                        Field::Status,
                        Field::Region,
                        Field::Pcode,
                        Field::Lat,
                        Field::Lon,
                        Field::Note,
                    ],
                    (0..n).map(|t| Row::Town(s, t)).collect(),
                )
            }
            Sheet::Areas(s) => {
                let n = report.townships.get(s).map_or(0, |t| t.areas.len());
                (
                    vec![Field::Name, Field::Status, Field::Region, Field::Pcode, Field::Note],
                    (0..n).map(|a| Row::Area(s, a)).collect(),
                )
            }
        };
        Self { sheet, columns, rows }
    }

    /// The cell at a row and column, as shown.
    pub fn cell(&self, report: &Report, row: usize, col: usize) -> Cell {
        let (Some(row), Some(field)) = (self.rows.get(row), self.columns.get(col)) else {
            return Cell::default();
        };
        read_cell(report, *row, field).unwrap_or_default()
    }

    /// Writes typed or pasted text into a cell; an empty text clears it. Says why when the
    /// text cannot be read or the cell cannot be cleared.
    pub fn set(&self, report: &mut Report, row: usize, col: usize, text: &str) -> Result<(), Said> {
        let (Some(row), Some(field)) = (self.rows.get(row), self.columns.get(col)) else {
            return Err(Said::new("cell-missing"));
        };
        write_cell(report, *row, field, text.trim())
    }

    /// Sets a figure cell's figure as a whole (value, qualifier and note), or clears it.
    pub fn set_figure(&self, report: &mut Report, row: usize, col: usize, figure: Option<Figure>) -> Result<(), Said> {
        let (Some(row), Some(field)) = (self.rows.get(row), self.columns.get(col)) else {
            return Err(Said::new("cell-missing"));
        };
        let slot = figure_slot(report, *row, field).ok_or_else(|| Said::new("cell-no-figure"))?;
        place_figure(slot, field, figure);
        Ok(())
    }

    /// Adds a row after `after` (or at the end): a new entry following the one it comes after
    /// (the next year, the same label), or a group, town or source. Returns the new row's index.
    pub fn add_row(&self, report: &mut Report, after: Option<usize>) -> Option<usize> {
        let at = after.and_then(|a| self.rows.get(a)).copied();
        self.insert_entry(report, at)?;
        let table = Self::of(report, self.sheet, &[]);
        let added = match (self.sheet, at) {
            (Sheet::Battles, Some(Row::Battles(i) | Row::Group(i, _))) => Row::Battles(i + 1),
            (Sheet::Battles, None) => Row::Battles(report.battles.len() - 1),
            (_, Some(r)) => with_entry(r, entry_index(r) + 1),
            (_, None) => table.rows.last().copied()?,
        };
        table.rows.iter().position(|r| *r == added)
    }

    /// Adds a row at the end, as [`Table::add_row`] does, and to this grid's rows, without
    /// laying out the grid again: a paste of many lines adds each in constant time.
    fn append_row(&mut self, report: &mut Report) -> Option<()> {
        self.insert_entry(report, None)?;
        let last = |len: usize| len.checked_sub(1);
        let added = match self.sheet {
            Sheet::Sources => Row::Source(last(report.sources.len())?),
            Sheet::Funding => Row::Funding(last(report.funding.len())?),
            Sheet::Losses => Row::Losses(last(report.losses.len())?),
            // A new year has no groups yet, so its row is the last.
            Sheet::Battles => Row::Battles(last(report.battles.len())?),
            Sheet::Townships => Row::Townships(last(report.townships.len())?),
            Sheet::Towns(s) => Row::Town(s, last(report.townships.get(s)?.towns.len())?),
            Sheet::Areas(s) => Row::Area(s, last(report.townships.get(s)?.areas.len())?),
        };
        self.rows.push(added);
        Some(())
    }

    /// Inserts a new entry after the row `at` (or at the end of its kind).
    fn insert_entry(&self, report: &mut Report, at: Option<Row>) -> Option<()> {
        match self.sheet {
            Sheet::Sources => {
                let i = at.map_or(report.sources.len(), |r| entry_index(r) + 1);
                report.sources.insert(
                    i,
                    Source {
                        title: "New source".to_owned(),
                        ..Source::default()
                    },
                );
            }
            Sheet::Funding => {
                let i = at.map_or(report.funding.len(), |r| entry_index(r) + 1);
                let like = report.funding.get(i.saturating_sub(1));
                let entry = Funding::new(
                    like.map_or(default_year(report), |f| (f.year + 1).min(Date::MAX_YEAR)),
                    repeated(like.map(|f| f.label.as_str()), DEFAULT_FUNDING_LABEL),
                );
                report.funding.insert(i, entry);
            }
            Sheet::Losses => {
                let i = at.map_or(report.losses.len(), |r| entry_index(r) + 1);
                let like = report.losses.get(i.saturating_sub(1));
                let entry = Losses::new(
                    like.map_or(default_year(report), |l| (l.year + 1).min(Date::MAX_YEAR)),
                    repeated(like.map(|l| l.side.as_str()), UNSPECIFIED_SIDE),
                );
                report.losses.insert(i, entry);
            }
            Sheet::Battles => {
                let i = at.map_or(report.battles.len(), |r| entry_index(r) + 1);
                let year = report
                    .battles
                    .get(i.saturating_sub(1))
                    .map_or(default_year(report), |b| (b.year + 1).min(Date::MAX_YEAR));
                report.battles.insert(i, Battles::new(year));
            }
            Sheet::Townships => {
                let i = at.map_or(report.townships.len(), |r| entry_index(r) + 1);
                let as_of = report
                    .townships
                    .get(i.saturating_sub(1))
                    .and_then(|t| Date::parse(&format!("{}-12-31", (t.as_of.year + 1).min(Date::MAX_YEAR))))
                    .or_else(|| Date::parse(&format!("{}-12-31", default_year(report))))?;
                report.townships.insert(i, Townships::new(as_of));
            }
            Sheet::Towns(s) => {
                let towns = &mut report.townships.get_mut(s)?.towns;
                let i = at.map_or(towns.len(), |r| entry_index(r) + 1);
                towns.insert(i, Town::new("New town".to_owned(), "captured".to_owned()));
            }
            Sheet::Areas(s) => {
                let areas = &mut report.townships.get_mut(s)?.areas;
                let i = at.map_or(areas.len(), |r| entry_index(r) + 1);
                areas.insert(i, Area::new("New township".to_owned(), "captured".to_owned()));
            }
        }
        Some(())
    }

    /// Adds a battle group to the year of `row` (battles only). Returns the new row's index.
    pub fn add_group(&self, report: &mut Report, row: usize) -> Option<usize> {
        let i = match self.rows.get(row)? {
            Row::Battles(i) | Row::Group(i, _) => *i,
            _ => return None,
        };
        let groups = &mut report.battles.get_mut(i)?.groups;
        groups.push(BattleGroup::new(format!("Group {}", groups.len() + 1)));
        let g = groups.len() - 1;
        Self::of(report, self.sheet, &[])
            .rows
            .iter()
            .position(|r| *r == Row::Group(i, g))
    }

    /// Removes a row's entry (a year's row in battles removes the year with its groups).
    pub fn remove_row(&self, report: &mut Report, row: usize) {
        let Some(row) = self.rows.get(row) else { return };
        match *row {
            Row::Source(i) => drop(remove(&mut report.sources, i)),
            Row::Funding(i) => drop(remove(&mut report.funding, i)),
            Row::Losses(i) => drop(remove(&mut report.losses, i)),
            Row::Battles(i) => drop(remove(&mut report.battles, i)),
            Row::Group(i, g) => {
                if let Some(b) = report.battles.get_mut(i) {
                    drop(remove(&mut b.groups, g));
                }
            }
            Row::Townships(i) => drop(remove(&mut report.townships, i)),
            Row::Town(s, t) => {
                if let Some(snapshot) = report.townships.get_mut(s) {
                    drop(remove(&mut snapshot.towns, t));
                }
            }
            Row::Area(s, a) => {
                if let Some(snapshot) = report.townships.get_mut(s) {
                    drop(remove(&mut snapshot.areas, a));
                }
            }
        }
    }

    /// Moves a row's entry one place up (`-1`) or down (`1`) among its kind; returns the row's
    /// new index.
    pub fn move_row(&self, report: &mut Report, row: usize, by: isize) -> Option<usize> {
        let r = *self.rows.get(row)?;
        let swap = |len: usize, i: usize| -> Option<usize> {
            let j = i.checked_add_signed(by)?;
            (j < len).then_some(j)
        };
        let moved = match r {
            Row::Source(i) => swap(report.sources.len(), i).map(|j| {
                report.sources.swap(i, j);
                Row::Source(j)
            }),
            Row::Funding(i) => swap(report.funding.len(), i).map(|j| {
                report.funding.swap(i, j);
                Row::Funding(j)
            }),
            Row::Losses(i) => swap(report.losses.len(), i).map(|j| {
                report.losses.swap(i, j);
                Row::Losses(j)
            }),
            Row::Battles(i) => swap(report.battles.len(), i).map(|j| {
                report.battles.swap(i, j);
                Row::Battles(j)
            }),
            Row::Group(i, g) => {
                let groups = &mut report.battles.get_mut(i)?.groups;
                swap(groups.len(), g).map(|h| {
                    groups.swap(g, h);
                    Row::Group(i, h)
                })
            }
            Row::Townships(i) => swap(report.townships.len(), i).map(|j| {
                report.townships.swap(i, j);
                Row::Townships(j)
            }),
            Row::Town(s, t) => {
                let towns = &mut report.townships.get_mut(s)?.towns;
                swap(towns.len(), t).map(|u| {
                    towns.swap(t, u);
                    Row::Town(s, u)
                })
            }
            Row::Area(s, a) => {
                let areas = &mut report.townships.get_mut(s)?.areas;
                swap(areas.len(), a).map(|b| {
                    areas.swap(a, b);
                    Row::Area(s, b)
                })
            }
        }?;
        Self::of(report, self.sheet, &[]).rows.iter().position(|x| *x == moved)
    }

    /// Renames a category column in every entry of the sheet. Refused when the name is empty
    /// or already a category of the same kind.
    pub fn rename_category(&self, report: &mut Report, col: usize, name: &str) -> Result<(), Said> {
        let name = name.trim();
        let field = self.columns.get(col).ok_or_else(|| Said::new("column-missing"))?;
        let old = field.category().ok_or_else(|| Said::new("category-only"))?;
        if name.is_empty() {
            return Err(Said::new("category-needs-name"));
        }
        if name != old
            && self
                .columns
                .iter()
                .any(|c| same_kind(c, field) && c.category() == Some(name))
        {
            return Err(Said::new("category-taken").text("name", name));
        }
        for parts in self.parts_mut(report, field) {
            for (label, _) in parts.iter_mut() {
                if label == old {
                    name.clone_into(label);
                }
            }
        }
        Ok(())
    }

    /// Removes a category column's figures from every entry of the sheet.
    pub fn remove_category(&self, report: &mut Report, col: usize) {
        let Some(field) = self.columns.get(col) else { return };
        let Some(old) = field.category().map(str::to_owned) else {
            return;
        };
        for parts in self.parts_mut(report, field) {
            parts.retain(|(label, _)| *label != old);
        }
    }

    /// Moves a category column one place left (`-1`) or right (`1`) among its kind, in every
    /// entry's order. Returns the column's new index.
    pub fn move_category(&self, report: &mut Report, col: usize, by: isize) -> Option<usize> {
        let field = self.columns.get(col)?.clone();
        let kind: Vec<&Field> = self.columns.iter().filter(|c| same_kind(c, &field)).collect();
        let at = kind.iter().position(|c| **c == field)?;
        let to = at.checked_add_signed(by).filter(|t| *t < kind.len())?;
        let mut order: Vec<String> = kind.iter().filter_map(|c| c.category().map(str::to_owned)).collect();
        order.swap(at, to);
        for parts in self.parts_mut(report, &field) {
            parts.sort_by_key(|(label, _)| order.iter().position(|o| o == label).unwrap_or(usize::MAX));
        }
        let table = Self::of(report, self.sheet, &[]);
        table.columns.iter().position(|c| *c == field)
    }

    /// The parts of every entry of this sheet that a category column stands in.
    fn parts_mut<'a>(&self, report: &'a mut Report, field: &Field) -> Vec<&'a mut Parts> {
        let beside = matches!(field, Field::Beside(_));
        match self.sheet {
            Sheet::Losses if beside => report.losses.iter_mut().map(|l| &mut l.other).collect(),
            Sheet::Losses => report.losses.iter_mut().map(|l| &mut l.breakdown).collect(),
            Sheet::Battles => report
                .battles
                .iter_mut()
                .flat_map(|b| b.groups.iter_mut().map(|g| &mut g.breakdown))
                .collect(),
            Sheet::Townships => report.townships.iter_mut().map(|t| &mut t.breakdown).collect(),
            _ => Vec::new(),
        }
    }

    /// The row a warning's JSON path points at (`battles[0].groups[1]` → that group's row).
    pub fn row_of_path(&self, path: &str) -> Option<usize> {
        self.rows.iter().position(|r| {
            let own = r.path();
            path == own
                || path
                    .strip_prefix(own.as_str())
                    .is_some_and(|rest| rest.starts_with('.') && !rest.contains('['))
        })
    }

    /// The sheet's cells as tab-separated text: what spreadsheets put on the clipboard.
    pub fn tsv(
        &self,
        report: &Report,
        rows: std::ops::RangeInclusive<usize>,
        cols: std::ops::RangeInclusive<usize>,
    ) -> String {
        rows.map(|r| {
            cols.clone()
                .map(|c| self.cell(report, r, c).text.replace(['\t', '\n', '\r'], " "))
                .collect::<Vec<_>>()
                .join("\t")
        })
        .collect::<Vec<_>>()
        .join("\n")
    }
}

fn same_kind(a: &Field, b: &Field) -> bool {
    matches!(
        (a, b),
        (Field::Part(_), Field::Part(_)) | (Field::Beside(_), Field::Beside(_))
    )
}

fn remove<T>(items: &mut Vec<T>, i: usize) -> Option<T> {
    (i < items.len()).then(|| items.remove(i))
}

/// The entry index a row stands on (the group's year for a group row).
fn entry_index(row: Row) -> usize {
    match row {
        Row::Source(i) | Row::Funding(i) | Row::Losses(i) | Row::Battles(i) | Row::Group(i, _) | Row::Townships(i) => i,
        Row::Town(_, t) | Row::Area(_, t) => t,
    }
}

/// The same kind of row at another entry index.
fn with_entry(row: Row, i: usize) -> Row {
    match row {
        Row::Source(_) => Row::Source(i),
        Row::Funding(_) => Row::Funding(i),
        Row::Losses(_) => Row::Losses(i),
        Row::Battles(_) | Row::Group(..) => Row::Battles(i),
        Row::Townships(_) => Row::Townships(i),
        Row::Town(s, _) => Row::Town(s, i),
        Row::Area(s, _) => Row::Area(s, i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Qualifier;

    fn sample() -> Report {
        crate::report::sample().report
    }

    #[test]
    fn the_sample_as_grids() {
        let r = sample();
        let funding = Table::of(&r, Sheet::Funding, &[]);
        assert_eq!(funding.rows.len(), 3);
        assert_eq!(funding.cell(&r, 2, 2).text, "> 33,600,000,000");
        assert_eq!(funding.cell(&r, 2, 0).text, "2025");
        let losses = Table::of(&r, Sheet::Losses, &[]);
        let titles: Vec<String> = losses.columns.iter().map(|f| f.title_in(crate::i18n::Tr::EN)).collect();
        assert_eq!(
            titles,
            [
                "Year",
                "Side",
                "Total",
                "killed",
                "injured",
                "captured",
                "defected (beside the total)",
                "Restated",
                "Note"
            ]
        );
        let battles = Table::of(&r, Sheet::Battles, &[]);
        assert_eq!(battles.rows, [Row::Battles(0), Row::Group(0, 0)]);
        assert_eq!(battles.cell(&r, 1, 5).text, "≥ 701");
        assert!(!battles.cell(&r, 0, 3).editable, "a year's total has no categories");
        let towns = Table::of(&r, Sheet::Towns(0), &[]);
        assert_eq!(towns.rows.len(), 10);
        assert_eq!(towns.cell(&r, 5, 0).text, "Bhamo");
    }

    #[test]
    fn typing_into_cells_keeps_qualifiers_and_notes() {
        let mut r = sample();
        let funding = Table::of(&r, Sheet::Funding, &[]);
        funding.set(&mut r, 2, 2, "at least 34 billion").expect("reads");
        let mmk = r.funding[2].mmk.clone().expect("a figure");
        assert_eq!((mmk.value, mmk.qualifier), (34e9, Qualifier::AtLeast));
        assert_eq!(
            mmk.note.as_deref(),
            Some("\"over 33.6 billion kyats\""),
            "the note stays"
        );
        let losses = Table::of(&r, Sheet::Losses, &[]);
        assert_eq!(
            losses.set(&mut r, 0, 3, "many").map_err(|e| e.to_string()),
            Err("\"many\" is not a number".to_owned())
        );
        losses.set(&mut r, 0, 3, "").expect("clears");
        assert!(!r.losses[0].breakdown.iter().any(|(l, _)| l == "killed"));
        assert_eq!(
            losses.set(&mut r, 0, 0, "1850").map_err(|e| e.to_string()),
            Err("\"1850\" is not a year between 1900 and 2200".to_owned())
        );
    }

    #[test]
    fn rows_and_categories_are_added_renamed_moved_and_removed() {
        let mut r = sample();
        let funding = Table::of(&r, Sheet::Funding, &[]);
        let new = funding.add_row(&mut r, Some(2)).expect("a row");
        assert_eq!(new, 3);
        assert_eq!(
            (r.funding[3].year, r.funding[3].label.as_str()),
            (2026, "Battalion support")
        );
        let funding = Table::of(&r, Sheet::Funding, &[]);
        assert_eq!(funding.move_row(&mut r, 3, -1), Some(2));
        assert_eq!(r.funding[2].year, 2026);
        let funding = Table::of(&r, Sheet::Funding, &[]);
        funding.remove_row(&mut r, 2);
        assert_eq!(r.funding.len(), 3);

        let losses = Table::of(&r, Sheet::Losses, &[]);
        losses.rename_category(&mut r, 3, "killed in action").expect("renames");
        assert_eq!(r.losses[0].breakdown[0].0, "killed in action");
        assert!(losses.rename_category(&mut r, 3, "injured").is_err(), "a name taken");
        let losses = Table::of(&r, Sheet::Losses, &[]);
        assert_eq!(losses.move_category(&mut r, 3, 1), Some(4));
        let labels: Vec<&str> = r.losses[0].breakdown.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels, ["injured", "killed in action", "captured"]);
        let losses = Table::of(&r, Sheet::Losses, &[Field::Part("missing".to_owned())]);
        let col = losses
            .columns
            .iter()
            .position(|c| c.category() == Some("missing"))
            .expect("shown");
        losses.set(&mut r, 0, col, "12").expect("fills");
        assert_eq!(
            r.losses[0].breakdown.last().map(|(l, f)| (l.as_str(), f.value)),
            Some(("missing", 12.0))
        );
        let losses = Table::of(&r, Sheet::Losses, &[]);
        losses.remove_category(&mut r, col);
        assert!(!r.losses[0].breakdown.iter().any(|(l, _)| l == "missing"));

        let battles = Table::of(&r, Sheet::Battles, &[]);
        let group = battles.add_group(&mut r, 0).expect("a group");
        assert_eq!(Table::of(&r, Sheet::Battles, &[]).rows[group], Row::Group(0, 1));
    }

    #[test]
    fn a_pasted_block_fills_cells_grows_rows_and_names_what_it_cannot_read() {
        let mut r = Report {
            title: "t".to_owned(),
            ..Report::default()
        };
        let tsv = "2023\tBattalion support\t25 billion\tUS$12 million\n2024\tBattalion support\t32,9 bn\t15.7 m\n2025\tBattalion support\tover 33.6 billion\t16000000\n";
        let problems = paste(&mut r, Sheet::Funding, &[], 0, 0, tsv);
        assert_eq!(r.funding.len(), 3);
        assert_eq!(
            r.funding[2].mmk.as_ref().map(|f| (f.value, f.qualifier)),
            Some((33.6e9, Qualifier::Over))
        );
        assert_eq!(r.funding[1].usd.as_ref().map(|f| f.value), Some(15.7e6));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            problems[0].to_string(),
            "row 2, Kyats: \"32,9 bn\" (\"32,9 bn\" is not a number)"
        );
        assert!(r.funding[1].mmk.is_none(), "left as it was");
    }

    #[test]
    fn a_header_row_names_the_columns_in_any_order_and_is_not_pasted() {
        let mut r = Report {
            title: "t".to_owned(),
            ..Report::default()
        };
        let tsv = "US dollars\tKyats\tyear\tLabel\n12 million\t25 billion\t2023\tBattalion support\n15.7 million\t32.9 billion\t2024\tBattalion support\n";
        let problems = paste(&mut r, Sheet::Funding, &[], 0, 2, tsv);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(r.funding.len(), 2, "the header is not a row");
        assert_eq!(
            (r.funding[1].year, r.funding[1].label.as_str()),
            (2024, "Battalion support")
        );
        assert_eq!(r.funding[1].mmk.as_ref().map(|f| f.value), Some(32.9e9));
        assert_eq!(r.funding[1].usd.as_ref().map(|f| f.value), Some(15.7e6));
    }

    #[test]
    fn a_header_in_burmese_or_in_the_formats_names_is_read_too() {
        let r = sample();
        let funding = Table::of(&r, Sheet::Funding, &[]);
        let named = header(&funding, &["ခုနှစ်", "ကျပ်", "Note:"]).expect("a Burmese header");
        assert_eq!(
            named,
            [
                Named::Column(Field::Year),
                Named::Column(Field::Mmk),
                Named::Column(Field::Note)
            ]
        );
        let named = header(&funding, &["year", "mmk", "usd", "sources"]).expect("the CSV's names");
        assert_eq!(named[3], Named::Elsewhere);
        let losses = Table::of(&r, Sheet::Losses, &[]);
        let named = header(&losses, &["Year", "Side", "ဒဏ်ရာရ", "abducted"]).expect("a losses header");
        assert_eq!(named[2], Named::Column(Field::Part("injured".to_owned())));
        assert_eq!(named[3], Named::NewCategory("abducted".to_owned()));
    }

    #[test]
    fn a_first_row_of_data_is_not_a_header() {
        let r = sample();
        let funding = Table::of(&r, Sheet::Funding, &[]);
        assert_eq!(header(&funding, &["2023", "Battalion support", "25 billion"]), None);
        assert_eq!(header(&funding, &["Label"; 0]), None);
        let losses = Table::of(&r, Sheet::Losses, &[]);
        assert_eq!(header(&losses, &["2025", "junta", "9549"]), None);
        assert_eq!(header(&losses, &["Year", "Side", "2025"]), None, "a year among names");
        let towns = Table::of(&r, Sheet::Towns(0), &[]);
        assert_eq!(header(&towns, &["Laukkai", "captured", "Shan"]), None);
        assert_eq!(
            header(&funding, &["Year", "Label", "abducted"]),
            None,
            "no new category in funding"
        );
    }

    #[test]
    fn a_header_with_a_new_category_adds_it_and_names_the_columns_left_out() {
        let mut r = sample();
        let tsv = "Year\tSide\tkilled\tabducted\tunit\n2026\tjunta\t10\t3\tcount\n";
        let problems = paste(&mut r, Sheet::Losses, &[], 1, 0, tsv);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            problems[0].to_string(),
            "column \"unit\" (this grid has no such column)"
        );
        assert_eq!(r.losses.len(), 2);
        assert_eq!(r.losses[1].year, 2026);
        let parts: Vec<(&str, f64)> = r.losses[1]
            .breakdown
            .iter()
            .map(|(l, f)| (l.as_str(), f.value))
            .collect();
        assert_eq!(parts, [("killed", 10.0), ("abducted", 3.0)]);
    }

    #[test]
    fn rows_a_paste_adds_are_the_rows_the_grid_lays_out() {
        let mut r = sample();
        let battles = Table::of(&r, Sheet::Battles, &[]);
        let end = battles.rows.len();
        let problems = paste(&mut r, Sheet::Battles, &[], end, 0, "2030\n2031\n");
        assert!(problems.is_empty(), "{problems:?}");
        let years: Vec<i32> = r.battles.iter().rev().take(2).map(|b| b.year).collect();
        assert_eq!(years, [2031, 2030]);
        assert_eq!(Table::of(&r, Sheet::Battles, &[]).rows.len(), end + 2);
        let towns = Table::of(&r, Sheet::Towns(0), &[]).rows.len();
        let problems = paste(
            &mut r,
            Sheet::Towns(0),
            &[],
            towns + 1,
            0,
            "Hpakant\tcaptured\nMogaung\tcontested",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let names: Vec<&str> = r.townships[0]
            .towns
            .iter()
            .skip(towns)
            .map(|t| t.name.as_str())
            .collect();
        assert_eq!(
            names,
            ["New town", "Hpakant", "Mogaung"],
            "a row skipped is a new row left as made"
        );
    }

    #[test]
    fn rows_a_paste_adds_below_a_long_label_or_side_do_not_copy_it() {
        let long = "ရ".repeat(MAX_TEXT_CHARS);
        let at_limit = "ရ".repeat(REPEATED_UP_TO);
        for (sheet, default) in [
            (Sheet::Funding, DEFAULT_FUNDING_LABEL),
            (Sheet::Losses, UNSPECIFIED_SIDE),
        ] {
            for (above, kept) in [(&long, false), (&at_limit, true)] {
                let mut r = Report {
                    title: "t".to_owned(),
                    funding: vec![Funding::new(2020, above.clone())],
                    losses: vec![Losses::new(2020, above.clone())],
                    ..Report::default()
                };
                // 2,000 blank lines below the row, as a paste from a spreadsheet can hold.
                let lines = 2_000;
                let _ = paste(&mut r, sheet, &[], 1, 0, &format!("{}2030", "\n".repeat(lines - 1)));
                let added: Vec<&str> = match sheet {
                    Sheet::Funding => r.funding[1..].iter().map(|f| f.label.as_str()).collect(),
                    _ => r.losses[1..].iter().map(|l| l.side.as_str()).collect(),
                };
                assert_eq!(added.len(), lines, "{sheet:?}: a row per line");
                let expected = if kept { above.as_str() } else { default };
                assert!(
                    added.iter().all(|t| *t == expected),
                    "{sheet:?}, {} characters above",
                    above.chars().count()
                );
                let bytes: usize = added.iter().map(|t| t.len()).sum();
                assert!(
                    bytes <= lines * 4 * REPEATED_UP_TO,
                    "{sheet:?}: {bytes} bytes of text added"
                );
            }
        }
    }

    #[test]
    fn warnings_point_at_rows() {
        let r = sample();
        let battles = Table::of(&r, Sheet::Battles, &[]);
        assert_eq!(battles.row_of_path("battles[0].groups[0]"), Some(1));
        assert_eq!(battles.row_of_path("battles[0]"), Some(0));
        let townships = Table::of(&r, Sheet::Townships, &[]);
        assert_eq!(townships.row_of_path("townships[0].towns"), Some(0));
    }

    #[test]
    fn a_block_copies_as_tab_separated_text() {
        let r = sample();
        let funding = Table::of(&r, Sheet::Funding, &[]);
        assert_eq!(
            funding.tsv(&r, 1..=2, 0..=2),
            "2024\tBattalion support\t32,900,000,000\n2025\tBattalion support\t> 33,600,000,000"
        );
    }

    #[test]
    fn listed_townships_are_a_grid_of_their_own_that_takes_a_pasted_sheet() {
        let mut r = sample();
        let areas = Table::of(&r, Sheet::Areas(0), &[]);
        assert!(areas.rows.is_empty());
        assert_eq!(
            areas.columns,
            [Field::Name, Field::Status, Field::Region, Field::Pcode, Field::Note]
        );
        // Copied from a spreadsheet with its header row, columns in another order.
        let tsv = "Pcode\tTownship\tStatus\nMMR004001\tFalam\tcaptured\n\tTedim\tcontested\n";
        let problems = paste(&mut r, Sheet::Areas(0), &[], 0, 0, tsv);
        assert!(problems.is_empty(), "{problems:?}");
        let got: Vec<(&str, &str, Option<&str>)> = r.townships[0]
            .areas
            .iter()
            .map(|a| (a.township.as_str(), a.status.as_str(), a.pcode.as_deref()))
            .collect();
        assert_eq!(
            got,
            [("Falam", "captured", Some("MMR004001")), ("Tedim", "contested", None)]
        );
        let areas = Table::of(&r, Sheet::Areas(0), &[]);
        assert_eq!(areas.rows, [Row::Area(0, 0), Row::Area(0, 1)]);
        assert_eq!(areas.row_of_path("townships[0].areas[1]"), Some(1));
        assert_eq!(
            areas.set(&mut r, 1, 0, " ").map_err(|e| e.to_string()),
            Err("a township's name cannot be empty".to_owned())
        );
        let added = areas.add_row(&mut r, Some(0)).expect("a row added");
        assert_eq!(added, 1);
        assert_eq!(r.townships[0].areas[1].township, "New township");
        let areas = Table::of(&r, Sheet::Areas(0), &[]);
        assert_eq!(areas.move_row(&mut r, 1, 1), Some(2));
        assert_eq!(r.townships[0].areas[2].township, "New township");
        areas.remove_row(&mut r, 2);
        assert_eq!(r.townships[0].areas.len(), 2);
    }
}
