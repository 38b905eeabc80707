//! A report's sections as grids, for editing: a row per entry (a year, a snapshot, a battle
//! group, a town, a source), a column per field, figure or category. Reading a cell gives the
//! text to show and edit; writing one reads the text back ("over 33.6 billion", "≥ 701",
//! "2025-12-31") into the report, or says why it cannot. Rows and categories are added,
//! removed, renamed and moved here too, so the editor only decides what to do.

use crate::report::format::rules::{DEFAULT_FUNDING_LABEL, MAX_TEXT_CHARS, UNSPECIFIED_SIDE};
use crate::report::model::figure::Figure;
use crate::report::model::figure_text::{self, Kind};
use crate::report::model::{BattleGroup, Battles, Date, Funding, Losses, Parts, Report, Source, Town, Townships};

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
}

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
        })
    }

    /// The tab's name.
    pub fn name(self) -> &'static str {
        match self {
            Self::Sources => "Sources",
            Self::Funding => "Funding",
            Self::Losses => "Losses",
            Self::Battles => "Battles",
            Self::Townships => "Townships",
            Self::Towns(_) => "Named towns",
        }
    }
}

/// What a column holds.
#[derive(Clone, Debug, PartialEq, Eq)]
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

    /// The column's heading, in English (the table's CSV and messages).
    pub fn title(&self) -> String {
        match self {
            Self::Year => "Year".to_owned(),
            Self::AsOf => "As of".to_owned(),
            Self::Label => "Label".to_owned(),
            Self::Mmk => "Kyats".to_owned(),
            Self::Usd => "US dollars".to_owned(),
            Self::Side => "Side".to_owned(),
            Self::Group => "Group".to_owned(),
            Self::Total => "Total".to_owned(),
            Self::Part(c) => c.clone(),
            Self::Beside(c) => format!("{c} (beside the total)"),
            Self::Restated => "Restated".to_owned(),
            Self::Note => "Note".to_owned(),
            Self::Name => "Name".to_owned(),
            Self::Status => "Status".to_owned(),
            Self::Region => "Region".to_owned(),
            Self::Pcode => "Pcode".to_owned(),
            Self::Lat => "Latitude".to_owned(),
            Self::Lon => "Longitude".to_owned(),
            Self::Title => "Title".to_owned(),
            Self::Publisher => "Publisher".to_owned(),
            Self::Date => "Date".to_owned(),
            Self::Url => "Web address".to_owned(),
        }
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
    pub fn set(&self, report: &mut Report, row: usize, col: usize, text: &str) -> Result<(), String> {
        let (Some(row), Some(field)) = (self.rows.get(row), self.columns.get(col)) else {
            return Err("there is no such cell".to_owned());
        };
        write_cell(report, *row, field, text.trim())
    }

    /// Sets a figure cell's figure as a whole (value, qualifier and note), or clears it.
    pub fn set_figure(
        &self,
        report: &mut Report,
        row: usize,
        col: usize,
        figure: Option<Figure>,
    ) -> Result<(), String> {
        let (Some(row), Some(field)) = (self.rows.get(row), self.columns.get(col)) else {
            return Err("there is no such cell".to_owned());
        };
        let slot = figure_slot(report, *row, field).ok_or_else(|| "this cell holds no figure".to_owned())?;
        place_figure(slot, field, figure);
        Ok(())
    }

    /// Adds a row after `after` (or at the end): a new entry following the one it comes after
    /// (the next year, the same label), or a group, town or source. Returns the new row's index.
    pub fn add_row(&self, report: &mut Report, after: Option<usize>) -> Option<usize> {
        let at = after.and_then(|a| self.rows.get(a)).copied();
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
                    like.map_or_else(|| DEFAULT_FUNDING_LABEL.to_owned(), |f| f.label.clone()),
                );
                report.funding.insert(i, entry);
            }
            Sheet::Losses => {
                let i = at.map_or(report.losses.len(), |r| entry_index(r) + 1);
                let like = report.losses.get(i.saturating_sub(1));
                let entry = Losses::new(
                    like.map_or(default_year(report), |l| (l.year + 1).min(Date::MAX_YEAR)),
                    like.map_or_else(|| UNSPECIFIED_SIDE.to_owned(), |l| l.side.clone()),
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
        }
        let table = Self::of(report, self.sheet, &[]);
        let added = match (self.sheet, at) {
            (Sheet::Battles, Some(Row::Battles(i) | Row::Group(i, _))) => Row::Battles(i + 1),
            (Sheet::Battles, None) => Row::Battles(report.battles.len() - 1),
            (_, Some(r)) => with_entry(r, entry_index(r) + 1),
            (_, None) => table.rows.last().copied()?,
        };
        table.rows.iter().position(|r| *r == added)
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
        }?;
        Self::of(report, self.sheet, &[]).rows.iter().position(|x| *x == moved)
    }

    /// Renames a category column in every entry of the sheet. Refused when the name is empty
    /// or already a category of the same kind.
    pub fn rename_category(&self, report: &mut Report, col: usize, name: &str) -> Result<(), String> {
        let name = name.trim();
        let field = self
            .columns
            .get(col)
            .ok_or_else(|| "there is no such column".to_owned())?;
        let old = field
            .category()
            .ok_or_else(|| "only a category can be renamed".to_owned())?;
        if name.is_empty() {
            return Err("a category needs a name".to_owned());
        }
        if name != old
            && self
                .columns
                .iter()
                .any(|c| same_kind(c, field) && c.category() == Some(name))
        {
            return Err(format!("there is already a category \"{name}\""));
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

/// A cell that could not be pasted: where and why.
#[derive(Clone, Debug, PartialEq)]
pub struct PasteProblem {
    /// 1-based row of the sheet; 0 for a column of the header row that was left out.
    pub row: usize,
    /// The column's heading.
    pub column: String,
    /// What was pasted there.
    pub text: String,
    /// Why it was left as it was.
    pub why: String,
}

impl std::fmt::Display for PasteProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.row == 0 {
            return write!(f, "column \"{}\" ({})", self.column, self.why);
        }
        write!(f, "row {}, {}: \"{}\" ({})", self.row, self.column, self.text, self.why)
    }
}

/// Pastes tab-separated text (as LibreOffice, Excel and Google Sheets copy it) into a sheet
/// from the cell at (`row`, `col`), adding rows as needed. A cell that cannot be read is left
/// as it was and reported; the rest goes in.
///
/// A first row whose cells name the sheet's columns (see [`header`]) is read as a header: it is
/// not pasted, and each column goes into the column it names, from the first column whatever
/// `col` is; a column it names that the sheet lacks is reported and left out, and in a sheet
/// of categories an unknown name beside known ones is a new category.
pub fn paste(
    report: &mut Report,
    sheet: Sheet,
    extra: &[Field],
    row: usize,
    col: usize,
    tsv: &str,
) -> Vec<PasteProblem> {
    let mut lines: Vec<&str> = tsv
        .trim_end_matches(['\n', '\r'])
        .split('\n')
        .map(|l| l.trim_end_matches('\r'))
        .collect();
    let mut problems = Vec::new();
    let mut extra = extra.to_vec();
    let first: Vec<&str> = lines.first().map(|l| l.split('\t').collect()).unwrap_or_default();
    let columns: Option<Vec<Option<Field>>> = header(&Table::of(report, sheet, &extra), &first).map(|named| {
        lines.remove(0);
        named
            .into_iter()
            .zip(&first)
            .map(|(named, text)| match named {
                Named::Column(field) => Some(field),
                Named::NewCategory(name) => {
                    let field = Field::Part(name);
                    extra.push(field.clone());
                    Some(field)
                }
                Named::Empty => None,
                Named::Elsewhere => {
                    problems.push(PasteProblem {
                        row: 0,
                        column: unquote(text.trim()).to_owned(),
                        text: String::new(),
                        why: "this grid has no such column".to_owned(),
                    });
                    None
                }
            })
            .collect()
    });
    for (dr, line) in lines.iter().enumerate() {
        let mut table = Table::of(report, sheet, &extra);
        while table.rows.len() <= row + dr {
            if table.add_row(report, None).is_none() {
                return problems;
            }
            table = Table::of(report, sheet, &extra);
        }
        for (dc, text) in line.split('\t').enumerate() {
            let c = match &columns {
                Some(columns) => match columns.get(dc) {
                    Some(Some(field)) => match table.columns.iter().position(|f| f == field) {
                        Some(c) => c,
                        None => continue,
                    },
                    Some(None) => continue,
                    None => break,
                },
                None => col + dc,
            };
            let Some(field) = table.columns.get(c) else { break };
            if let Err(why) = table.set(report, row + dr, c, unquote(text)) {
                problems.push(PasteProblem {
                    row: row + dr + 1,
                    column: field.title(),
                    text: text.to_owned(),
                    why,
                });
            }
        }
    }
    problems
}

/// What a cell of a header row names.
#[derive(Clone, Debug, PartialEq)]
pub enum Named {
    /// A column of the sheet.
    Column(Field),
    /// A category the sheet has no column for yet.
    NewCategory(String),
    /// A column of another sheet or of the CSV table, that this sheet lacks.
    Elsewhere,
    /// Nothing: an empty cell.
    Empty,
}

/// Reads a first pasted row as a header, if it is one: each cell names a column of the sheet
/// (its heading in English or Burmese, or its name in the JSON format or the CSV table:
/// `Kyats`, `ကျပ်`, `mmk`, `as_of`, `when`…; case, spaces and a trailing `:` ignored), or a
/// column the sheet lacks; in a sheet of categories, once a cell names one of the sheet's own
/// fields (Year, Side, Total…), the unknown names are new categories. `None` when the row is
/// data: a cell names nothing (a year, a figure, a label), or no cell names a column.
pub fn header(table: &Table, cells: &[&str]) -> Option<Vec<Named>> {
    let my = crate::i18n::Tr {
        lang: crate::i18n::Lang::My,
        digits: crate::i18n::Digits::Myanmar,
    };
    let names_of = |field: &Field| -> Vec<String> {
        let mut names = vec![field.title(), field.title_in(my)];
        names.extend(field.category().map(str::to_owned));
        names.extend(format_names(field).iter().map(|n| (*n).to_owned()));
        names.into_iter().map(|n| header_key(&n)).collect()
    };
    let own: Vec<(Field, Vec<String>)> = table.columns.iter().map(|f| (f.clone(), names_of(f))).collect();
    let categories = matches!(table.sheet, Sheet::Losses | Sheet::Battles | Sheet::Townships);
    let mut named = Vec::with_capacity(cells.len());
    let mut unknown = Vec::new();
    let mut fixed = false;
    for (i, cell) in cells.iter().enumerate() {
        let key = header_key(unquote(cell.trim()));
        if key.is_empty() {
            named.push(Named::Empty);
            continue;
        }
        // A category written as its Burmese term is found through the catalog's term.
        if let Some((field, _)) = own.iter().find(|(_, names)| names.contains(&key)) {
            fixed |= field.category().is_none();
            named.push(Named::Column(field.clone()));
        } else if OTHER_NAMES.iter().any(|n| header_key(n) == key) {
            named.push(Named::Elsewhere);
        } else {
            unknown.push(i);
            named.push(Named::Empty);
        }
    }
    if !named.iter().any(|n| matches!(n, Named::Column(_))) {
        return None;
    }
    if !unknown.is_empty() {
        // A year, a figure or a label among column names: the row is data.
        let looks_like_data = unknown.iter().any(|&i| {
            let text = unquote(cells[i].trim());
            figure_text::latin_digits(text).chars().any(|c| c.is_ascii_digit())
        });
        if !(categories && fixed) || looks_like_data {
            return None;
        }
        for i in unknown {
            named[i] = Named::NewCategory(unquote(cells[i].trim()).to_owned());
        }
    }
    Some(named)
}

/// A heading as compared: lower case, single spaces, without a trailing colon or underscores.
fn header_key(text: &str) -> String {
    text.trim()
        .trim_end_matches([':', '：'])
        .replace('_', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A field's names in format 1 and the CSV table.
fn format_names(field: &Field) -> &'static [&'static str] {
    match field {
        Field::Year => &["year", "when"],
        Field::AsOf => &["as_of", "when", "date"],
        Field::Label => &["label", "series"],
        Field::Mmk => &["mmk", "kyat", "MMK", "kyats (MMK)"],
        Field::Usd => &["usd", "US$", "dollars", "USD"],
        Field::Side => &["side", "series"],
        Field::Group => &["group", "series"],
        Field::Total => &["total"],
        Field::Restated => &["restated"],
        Field::Note => &["note", "notes"],
        Field::Name => &["name", "town", "text"],
        Field::Status => &["status"],
        Field::Region => &["region", "state"],
        Field::Pcode => &["pcode"],
        Field::Lat => &["lat"],
        Field::Lon => &["lon", "lng"],
        Field::Title => &["title", "text"],
        Field::Publisher => &["publisher", "series"],
        Field::Date => &["date", "when"],
        Field::Url => &["url", "link"],
        Field::Part(_) | Field::Beside(_) => &[],
    }
}

/// Names of columns found in other sheets or in the CSV table: a header naming them is still a
/// header, and their columns are left out.
const OTHER_NAMES: &[&str] = &[
    "year",
    "restated",
    "as of",
    "as_of",
    "label",
    "kyats",
    "mmk",
    "us dollars",
    "usd",
    "side",
    "group",
    "total",
    "note",
    "name",
    "status",
    "region",
    "pcode",
    "latitude",
    "lat",
    "longitude",
    "lon",
    "title",
    "publisher",
    "date",
    "web address",
    "url",
    "file",
    "section",
    "series",
    "category",
    "role",
    "when",
    "value",
    "qualifier",
    "unit",
    "shown_as",
    "conflict",
    "sources",
    "text",
    "entry",
];

/// A spreadsheet quotes a cell with a tab or line break inside: drop the quotes.
fn unquote(text: &str) -> &str {
    text.strip_prefix('"').and_then(|t| t.strip_suffix('"')).unwrap_or(text)
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
        Row::Town(_, t) => t,
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
    }
}

/// The year a first entry gets: the report's period's last year, or its publication year.
fn default_year(report: &Report) -> i32 {
    report
        .period
        .map(|p| p.to.year)
        .or(report.published.map(|d| d.year))
        .unwrap_or(2025)
}

/// A restated cell: `restated` when the entry is, else empty.
fn restated_cell(on: bool) -> Cell {
    text_cell(if on { "restated" } else { "" })
}

/// A restated cell typed: `restated`, `yes`, `✓`… (or the Burmese word) for yes; empty, `no`
/// for no.
fn restated(text: &str) -> Result<bool, String> {
    let my = crate::i18n::Tr {
        lang: crate::i18n::Lang::My,
        digits: crate::i18n::Digits::Myanmar,
    };
    let word = text.trim().to_lowercase();
    if word == my.t("field-restated-yes")
        || ["restated", "yes", "y", "true", "x", "✓", "✔", "1"].contains(&word.as_str())
    {
        Ok(true)
    } else if word.is_empty() || ["no", "n", "false", "0", "-"].contains(&word.as_str()) {
        Ok(false)
    } else {
        Err(format!(
            "\"{text}\" is not yes or no: type restated (or yes) for an entry that repeats an earlier year, or leave the cell empty"
        ))
    }
}

fn optional_text(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_owned())
}

fn required_text(text: &str, what: &str) -> Result<String, String> {
    if text.is_empty() {
        Err(format!("{what} cannot be empty"))
    } else if text.chars().count() > MAX_TEXT_CHARS {
        Err(format!("{what} is longer than {} characters", MAX_TEXT_CHARS))
    } else {
        Ok(text.to_owned())
    }
}

fn year(text: &str) -> Result<i32, String> {
    figure_text::latin_digits(text)
        .parse::<i32>()
        .ok()
        .filter(|y| (Date::MIN_YEAR..=Date::MAX_YEAR).contains(y))
        .ok_or_else(|| {
            format!(
                "\"{text}\" is not a year between {} and {}",
                Date::MIN_YEAR,
                Date::MAX_YEAR
            )
        })
}

fn date(text: &str) -> Result<Date, String> {
    Date::parse(&figure_text::latin_digits(text))
        .ok_or_else(|| format!("\"{text}\" is not a real date written YYYY-MM-DD between 1900 and 2200"))
}

fn degrees(text: &str, limit: f64) -> Result<Option<f64>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    figure_text::latin_digits(text)
        .parse::<f64>()
        .ok()
        .filter(|d| d.is_finite() && d.abs() <= limit)
        .map(Some)
        .ok_or_else(|| format!("\"{text}\" is not a number of degrees between -{limit} and {limit}"))
}

fn text_cell(text: impl Into<String>) -> Cell {
    Cell {
        text: text.into(),
        figure: None,
        editable: true,
    }
}

fn figure_cell(figure: Option<&Figure>) -> Cell {
    Cell {
        text: figure.map(figure_text::cell_text).unwrap_or_default(),
        figure: figure.cloned(),
        editable: true,
    }
}

fn parts_cell(parts: &Parts, category: &str) -> Cell {
    figure_cell(parts.iter().find(|(l, _)| l == category).map(|(_, f)| f))
}

fn read_cell(report: &Report, row: Row, field: &Field) -> Option<Cell> {
    let fixed = |text: &str| Cell {
        text: text.to_owned(),
        figure: None,
        editable: false,
    };
    Some(match row {
        Row::Source(i) => {
            let s = report.sources.get(i)?;
            match field {
                Field::Title => text_cell(&s.title),
                Field::Publisher => text_cell(s.publisher.clone().unwrap_or_default()),
                Field::Date => text_cell(s.date.map(|d| d.to_string()).unwrap_or_default()),
                Field::Url => text_cell(s.url.clone().unwrap_or_default()),
                _ => return None,
            }
        }
        Row::Funding(i) => {
            let f = report.funding.get(i)?;
            match field {
                Field::Year => text_cell(f.year.to_string()),
                Field::Label => text_cell(&f.label),
                Field::Mmk => figure_cell(f.mmk.as_ref()),
                Field::Usd => figure_cell(f.usd.as_ref()),
                Field::Restated => restated_cell(f.restated),
                Field::Note => text_cell(f.note.clone().unwrap_or_default()),
                _ => return None,
            }
        }
        Row::Losses(i) => {
            let l = report.losses.get(i)?;
            match field {
                Field::Year => text_cell(l.year.to_string()),
                Field::Side => text_cell(&l.side),
                Field::Total => figure_cell(l.total.as_ref()),
                Field::Part(c) => parts_cell(&l.breakdown, c),
                Field::Beside(c) => parts_cell(&l.other, c),
                Field::Restated => restated_cell(l.restated),
                Field::Note => text_cell(l.note.clone().unwrap_or_default()),
                _ => return None,
            }
        }
        Row::Battles(i) => {
            let b = report.battles.get(i)?;
            match field {
                Field::Year => text_cell(b.year.to_string()),
                Field::Group => fixed("all battles"),
                Field::Total => figure_cell(b.total.as_ref()),
                Field::Part(_) => fixed(""),
                Field::Restated => restated_cell(b.restated),
                Field::Note => text_cell(b.note.clone().unwrap_or_default()),
                _ => return None,
            }
        }
        Row::Group(i, g) => {
            let b = report.battles.get(i)?;
            let group = b.groups.get(g)?;
            match field {
                Field::Year => fixed(&b.year.to_string()),
                Field::Group => text_cell(&group.label),
                Field::Total => figure_cell(group.total.as_ref()),
                Field::Part(c) => parts_cell(&group.breakdown, c),
                Field::Restated => fixed(""),
                Field::Note => text_cell(group.note.clone().unwrap_or_default()),
                _ => return None,
            }
        }
        Row::Townships(i) => {
            let t = report.townships.get(i)?;
            match field {
                Field::AsOf => text_cell(t.as_of.to_string()),
                Field::Total => figure_cell(t.total.as_ref()),
                Field::Part(c) => parts_cell(&t.breakdown, c),
                Field::Note => text_cell(t.note.clone().unwrap_or_default()),
                _ => return None,
            }
        }
        Row::Town(s, t) => {
            let town = report.townships.get(s)?.towns.get(t)?;
            let number = |v: Option<f64>| v.map(|d| d.to_string()).unwrap_or_default();
            match field {
                Field::Name => text_cell(&town.name),
                Field::Status => text_cell(&town.status),
                Field::Region => text_cell(town.region.clone().unwrap_or_default()),
                Field::Pcode => text_cell(town.pcode.clone().unwrap_or_default()),
                Field::Lat => text_cell(number(town.lat)),
                Field::Lon => text_cell(number(town.lon)),
                Field::Note => text_cell(town.note.clone().unwrap_or_default()),
                _ => return None,
            }
        }
    })
}

/// Where a figure cell's figure lives: an optional figure, or the parts it is a category of.
enum Slot<'a> {
    One(&'a mut Option<Figure>),
    Parts(&'a mut Parts),
}

fn figure_slot<'a>(report: &'a mut Report, row: Row, field: &Field) -> Option<Slot<'a>> {
    Some(match (row, field) {
        (Row::Funding(i), Field::Mmk) => Slot::One(&mut report.funding.get_mut(i)?.mmk),
        (Row::Funding(i), Field::Usd) => Slot::One(&mut report.funding.get_mut(i)?.usd),
        (Row::Losses(i), Field::Total) => Slot::One(&mut report.losses.get_mut(i)?.total),
        (Row::Losses(i), Field::Part(_)) => Slot::Parts(&mut report.losses.get_mut(i)?.breakdown),
        (Row::Losses(i), Field::Beside(_)) => Slot::Parts(&mut report.losses.get_mut(i)?.other),
        (Row::Battles(i), Field::Total) => Slot::One(&mut report.battles.get_mut(i)?.total),
        (Row::Group(i, g), Field::Total) => Slot::One(&mut report.battles.get_mut(i)?.groups.get_mut(g)?.total),
        (Row::Group(i, g), Field::Part(_)) => Slot::Parts(&mut report.battles.get_mut(i)?.groups.get_mut(g)?.breakdown),
        (Row::Townships(i), Field::Total) => Slot::One(&mut report.townships.get_mut(i)?.total),
        (Row::Townships(i), Field::Part(_)) => Slot::Parts(&mut report.townships.get_mut(i)?.breakdown),
        _ => return None,
    })
}

/// Puts a figure in its slot (a category keeps its column's place among the parts), or takes
/// it out.
fn place_figure(slot: Slot<'_>, field: &Field, figure: Option<Figure>) {
    match slot {
        Slot::One(one) => *one = figure,
        Slot::Parts(parts) => {
            let category = field.category().unwrap_or_default();
            let at = parts.iter().position(|(l, _)| l == category);
            match (at, figure) {
                (Some(i), Some(f)) => parts[i].1 = f,
                (Some(i), None) => drop(parts.remove(i)),
                (None, Some(f)) => parts.push((category.to_owned(), f)),
                (None, None) => {}
            }
        }
    }
}

fn write_cell(report: &mut Report, row: Row, field: &Field, text: &str) -> Result<(), String> {
    if let Some(kind) = field.figure() {
        let Some(slot) = figure_slot(report, row, field) else {
            return Err("this cell stands for nothing here".to_owned());
        };
        let typed = figure_text::parse(text, kind)?;
        // A typed number keeps the note the figure had.
        let note = match &slot {
            Slot::One(one) => one.as_ref().and_then(|f| f.note.clone()),
            Slot::Parts(parts) => parts
                .iter()
                .find(|(l, _)| Some(l.as_str()) == field.category())
                .and_then(|(_, f)| f.note.clone()),
        };
        place_figure(slot, field, typed.map(|f| Figure { note, ..f }));
        return Ok(());
    }
    let missing = || "there is no such cell".to_owned();
    match row {
        Row::Source(i) => {
            let s = report.sources.get_mut(i).ok_or_else(missing)?;
            match field {
                Field::Title => s.title = required_text(text, "a source's title")?,
                Field::Publisher => s.publisher = optional_text(text),
                Field::Date => s.date = if text.is_empty() { None } else { Some(date(text)?) },
                Field::Url => s.url = optional_text(text),
                _ => return Err(missing()),
            }
        }
        Row::Funding(i) => {
            let f = report.funding.get_mut(i).ok_or_else(missing)?;
            match field {
                Field::Year => f.year = year(text)?,
                Field::Label => f.label = required_text(text, "a funding label")?,
                Field::Restated => f.restated = restated(text)?,
                Field::Note => f.note = optional_text(text),
                _ => return Err(missing()),
            }
        }
        Row::Losses(i) => {
            let l = report.losses.get_mut(i).ok_or_else(missing)?;
            match field {
                Field::Year => l.year = year(text)?,
                Field::Side => l.side = required_text(text, "a side")?,
                Field::Restated => l.restated = restated(text)?,
                Field::Note => l.note = optional_text(text),
                _ => return Err(missing()),
            }
        }
        Row::Battles(i) => {
            let b = report.battles.get_mut(i).ok_or_else(missing)?;
            match field {
                Field::Year => b.year = year(text)?,
                Field::Restated => b.restated = restated(text)?,
                Field::Note => b.note = optional_text(text),
                _ => return Err("a year's total row has no such cell: add a group for categories".to_owned()),
            }
        }
        Row::Group(i, g) => {
            let group = report
                .battles
                .get_mut(i)
                .and_then(|b| b.groups.get_mut(g))
                .ok_or_else(missing)?;
            match field {
                Field::Group => group.label = required_text(text, "a group's label")?,
                Field::Note => group.note = optional_text(text),
                Field::Year => return Err("a group's year is its year row's: edit it there".to_owned()),
                _ => return Err(missing()),
            }
        }
        Row::Townships(i) => {
            let t = report.townships.get_mut(i).ok_or_else(missing)?;
            match field {
                Field::AsOf => t.as_of = date(text)?,
                Field::Note => t.note = optional_text(text),
                _ => return Err(missing()),
            }
        }
        Row::Town(s, t) => {
            let town = report
                .townships
                .get_mut(s)
                .and_then(|snapshot| snapshot.towns.get_mut(t))
                .ok_or_else(missing)?;
            match field {
                Field::Name => town.name = required_text(text, "a town's name")?,
                Field::Status => town.status = required_text(text, "a town's status")?,
                Field::Region => town.region = optional_text(text),
                Field::Pcode => town.pcode = optional_text(text),
                Field::Lat => town.lat = degrees(text, 90.0)?,
                Field::Lon => town.lon = degrees(text, 180.0)?,
                Field::Note => town.note = optional_text(text),
                _ => return Err(missing()),
            }
        }
    }
    Ok(())
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
        let titles: Vec<String> = losses.columns.iter().map(Field::title).collect();
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
            losses.set(&mut r, 0, 3, "many"),
            Err("\"many\" is not a number".to_owned())
        );
        losses.set(&mut r, 0, 3, "").expect("clears");
        assert!(!r.losses[0].breakdown.iter().any(|(l, _)| l == "killed"));
        assert_eq!(
            losses.set(&mut r, 0, 0, "1850"),
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
}
