//! One change to a report, as the editor asks for it: the cell typed into, the block cleared or
//! pasted, the row or category added, moved or removed, the detail changed. A change names what
//! it acts on in the report's terms (the entry by its path, `funding[2]`; the column by its
//! field or category name; the detail), not by its place in the editor's grid, and is carried
//! out by the state on the report as it is when its turn comes; a change that no longer fits
//! (the entry gone, or entries moved since it was made: [`Change::names_places`]) is refused
//! with the reason, and the report stays as it was.

use super::table::{self, Field, PasteProblem, Row, Sheet, Table};
use crate::i18n::Said;
use crate::report::Figure;
use crate::report::Report;
use crate::report::model::{Date, Period};

/// A cell: the sheet, the entry its row shows, and its column.
#[derive(Clone, Debug, PartialEq)]
pub struct At {
    /// The sheet.
    pub sheet: Sheet,
    /// The entry of the row.
    pub row: Row,
    /// The column (a category may be one added but not filled yet).
    pub field: Field,
}

/// A field of the report's details.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Detail {
    /// The title (never empty).
    Title,
    /// Who published it.
    Publisher,
    /// When it was published.
    Published,
    /// The first day of the period it covers.
    From,
    /// The last day of the period it covers.
    To,
    /// Whose figures they are.
    Claim,
    /// Notes.
    Notes,
}

/// A change to a report.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Text typed into a cell; an empty text clears it.
    Type(At, String),
    /// A figure cell's figure as a whole (its qualifier or note changed), or none.
    SetFigure(At, Option<Figure>),
    /// The editable cells of a block emptied: these rows by these columns of a sheet.
    Clear(Sheet, Vec<Row>, Vec<Field>),
    /// Tab-separated text pasted from a cell; `extra` are the categories added but not filled
    /// yet, whose columns show.
    Paste {
        /// The sheet.
        sheet: Sheet,
        /// The cell the paste starts at (its entry and column); `None` in a sheet with no rows,
        /// where it starts at the first cell.
        at: Option<(Row, Field)>,
        /// The sheet's empty category columns.
        extra: Vec<Field>,
        /// What was pasted.
        text: String,
    },
    /// A row added after this one (or at the end).
    AddRow(Sheet, Option<Row>),
    /// A battle group added to the year of this row.
    AddGroup(Row),
    /// A row's entry removed.
    RemoveRow(Sheet, Row),
    /// A row's entry moved one place up (-1) or down (1) among its kind.
    MoveRow(Sheet, Row, isize),
    /// A category renamed in every entry of the sheet.
    RenameCategory(Sheet, Field, String),
    /// A category moved one place left (-1) or right (1) in every entry of the sheet.
    MoveCategory(Sheet, Field, isize),
    /// A category's figures removed from every entry of the sheet.
    RemoveCategory(Sheet, Field),
    /// A detail as typed (dates in Latin or Myanmar digits; empty clears all but the title).
    SetDetail(Detail, String),
    /// The period from its two ends, as typed.
    SetPeriod(String, String),
    /// Every text typed in Zawgyi converted to Unicode.
    ZawgyiToUnicode,
}

/// What a change did besides changing the report: where the editor's cursor goes, and what it
/// left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Done {
    /// The row added or moved.
    pub row: Option<Row>,
    /// The category moved.
    pub field: Option<Field>,
    /// The cells a paste left as they were, and why.
    pub left: Vec<PasteProblem>,
    /// The first cell of a block that could not be cleared, and why.
    pub refused: Option<(At, Said)>,
}

/// A cell's place in the grid of its sheet (with the column shown even when it is an empty
/// category), or why there is none.
fn place(report: &Report, at: &At, extra: &[Field]) -> Result<(Table, usize, usize), Said> {
    let mut columns = extra.to_vec();
    if at.field.category().is_some() && !columns.contains(&at.field) {
        columns.push(at.field.clone());
    }
    let table = Table::of(report, at.sheet, &columns);
    let r = table.rows.iter().position(|r| *r == at.row);
    let c = table.columns.iter().position(|f| *f == at.field);
    match (r, c) {
        (Some(r), Some(c)) => Ok((table, r, c)),
        _ => Err(Said::new("cell-missing")),
    }
}

/// A row's place in the grid of its sheet.
fn row_place(report: &Report, sheet: Sheet, row: Row) -> Result<(Table, usize), Said> {
    let table = Table::of(report, sheet, &[]);
    let r = table.rows.iter().position(|r| *r == row);
    r.map(|r| (table, r)).ok_or_else(|| Said::new("change-no-such-row"))
}

/// A category column's place in the grid of its sheet.
fn column_place(report: &Report, sheet: Sheet, field: &Field) -> Result<(Table, usize), Said> {
    let table = Table::of(report, sheet, std::slice::from_ref(field));
    let c = table.columns.iter().position(|f| f == field);
    c.map(|c| (table, c)).ok_or_else(|| Said::new("column-missing"))
}

impl Change {
    /// True when the change names entries by their place among their kind (`funding[2]`), so
    /// that it means other entries once rows have been added, removed or moved.
    pub fn names_places(&self) -> bool {
        match self {
            Self::Type(..)
            | Self::SetFigure(..)
            | Self::Clear(..)
            | Self::AddGroup(_)
            | Self::RemoveRow(..)
            | Self::MoveRow(..) => true,
            Self::Paste { at, .. } => at.is_some(),
            Self::AddRow(_, after) => after.is_some(),
            Self::RenameCategory(..)
            | Self::MoveCategory(..)
            | Self::RemoveCategory(..)
            | Self::SetDetail(..)
            | Self::SetPeriod(..)
            | Self::ZawgyiToUnicode => false,
        }
    }

    /// True when the change adds, removes or moves entries, so that later entries change
    /// places (a paste adds rows after the last, which moves none).
    pub fn moves_rows(&self) -> bool {
        matches!(
            self,
            Self::AddRow(..) | Self::AddGroup(_) | Self::RemoveRow(..) | Self::MoveRow(..)
        )
    }

    /// Carries the change out on `report`. On an error the report is as it was.
    pub fn apply(&self, report: &mut Report) -> Result<Done, Said> {
        let mut done = Done::default();
        match self {
            Self::Type(at, text) => {
                let (table, r, c) = place(report, at, &[])?;
                table.set(report, r, c, text)?;
            }
            Self::SetFigure(at, figure) => {
                let (table, r, c) = place(report, at, &[])?;
                table.set_figure(report, r, c, figure.clone())?;
            }
            Self::Clear(sheet, rows, fields) => {
                let table = Table::of(report, *sheet, fields);
                for row in rows {
                    let Some(r) = table.rows.iter().position(|x| x == row) else {
                        continue;
                    };
                    for field in fields {
                        let Some(c) = table.columns.iter().position(|f| f == field) else {
                            continue;
                        };
                        if table.cell(report, r, c).editable
                            && let Err(why) = table.set(report, r, c, "")
                        {
                            let at = At {
                                sheet: *sheet,
                                row: *row,
                                field: field.clone(),
                            };
                            done.refused.get_or_insert((at, why));
                        }
                    }
                }
            }
            Self::Paste { sheet, at, extra, text } => {
                let (r, c) = match at {
                    Some((row, field)) => {
                        let at = At {
                            sheet: *sheet,
                            row: *row,
                            field: field.clone(),
                        };
                        let (_, r, c) = place(report, &at, extra)?;
                        (r, c)
                    }
                    None => (0, 0),
                };
                done.left = table::paste(report, *sheet, extra, r, c, text);
            }
            Self::AddRow(sheet, after) => {
                let table = Table::of(report, *sheet, &[]);
                let after = after.and_then(|a| table.rows.iter().position(|r| *r == a));
                let added = table
                    .add_row(report, after)
                    .ok_or_else(|| Said::new("change-no-row-here"))?;
                done.row = Table::of(report, *sheet, &[]).rows.get(added).copied();
            }
            Self::AddGroup(row) => {
                let (table, r) = row_place(report, Sheet::Battles, *row)?;
                let added = table
                    .add_group(report, r)
                    .ok_or_else(|| Said::new("change-group-to-year"))?;
                done.row = Table::of(report, Sheet::Battles, &[]).rows.get(added).copied();
            }
            Self::RemoveRow(sheet, row) => {
                let (table, r) = row_place(report, *sheet, *row)?;
                table.remove_row(report, r);
            }
            Self::MoveRow(sheet, row, by) => {
                let (table, r) = row_place(report, *sheet, *row)?;
                if let Some(moved) = table.move_row(report, r, *by) {
                    done.row = Table::of(report, *sheet, &[]).rows.get(moved).copied();
                }
            }
            Self::RenameCategory(sheet, field, name) => {
                let (table, c) = column_place(report, *sheet, field)?;
                table.rename_category(report, c, name)?;
            }
            Self::MoveCategory(sheet, field, by) => {
                let (table, c) = column_place(report, *sheet, field)?;
                if table.move_category(report, c, *by).is_some() {
                    done.field = Some(field.clone());
                }
            }
            Self::RemoveCategory(sheet, field) => {
                let (table, c) = column_place(report, *sheet, field)?;
                table.remove_category(report, c);
            }
            Self::SetDetail(detail, text) => set_detail(report, *detail, text.trim())?,
            Self::SetPeriod(from, to) => {
                report.period = period(date(from.trim())?, date(to.trim())?)?;
            }
            Self::ZawgyiToUnicode => {
                crate::report::checks::zawgyi::to_unicode(report);
            }
        }
        Ok(done)
    }
}

/// A date as typed (Latin or Myanmar digits); `None` for an empty text.
fn date(text: &str) -> Result<Option<Date>, Said> {
    if text.is_empty() {
        return Ok(None);
    }
    table::date(text).map(Some)
}

/// The period between two dates; none unless both are given; refused when it ends before it
/// starts.
fn period(from: Option<Date>, to: Option<Date>) -> Result<Option<Period>, Said> {
    match (from, to) {
        (Some(from), Some(to)) if from <= to => Ok(Some(Period { from, to })),
        (Some(_), Some(_)) => Err(Said::new("details-period-backwards")),
        _ => Ok(None),
    }
}

/// Puts a detail's text into the report. A period needs both ends: one end given alone takes
/// the other's place too; an end that would put the period backwards is refused.
fn set_detail(report: &mut Report, detail: Detail, text: &str) -> Result<(), Said> {
    let optional = |t: &str| (!t.is_empty()).then(|| t.to_owned());
    match detail {
        Detail::Title if text.is_empty() => return Err(Said::new("details-needs-title")),
        Detail::Title => text.clone_into(&mut report.title),
        Detail::Publisher => report.publisher = optional(text),
        Detail::Published => report.published = date(text)?,
        Detail::Claim => report.claim = optional(text),
        Detail::Notes => report.notes = optional(text),
        Detail::From | Detail::To => {
            let new = date(text)?;
            let (from, to) = match (detail, report.period) {
                (Detail::From, Some(p)) => (new, Some(p.to)),
                (_, Some(p)) => (Some(p.from), new),
                (_, None) => (new, new),
            };
            report.period = period(from, to)?;
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

    fn at(sheet: Sheet, row: Row, field: Field) -> At {
        At { sheet, row, field }
    }

    #[test]
    fn typing_names_the_cell_by_its_entry_and_column() {
        let mut report = sample();
        let change = Change::Type(
            at(Sheet::Funding, Row::Funding(1), Field::Mmk),
            "> 40,000,000,000".to_owned(),
        );
        change.apply(&mut report).expect("applied");
        let mmk = report.funding[1].mmk.as_ref().expect("a figure");
        assert_eq!((mmk.value, mmk.qualifier), (40e9, Qualifier::Over));
        let before = report.clone();
        let refused = Change::Type(at(Sheet::Funding, Row::Funding(1), Field::Mmk), "lots".to_owned());
        assert!(refused.apply(&mut report).is_err());
        assert_eq!(report, before, "a refused change leaves the report as it was");
        let gone = Change::Type(at(Sheet::Funding, Row::Funding(99), Field::Mmk), "1".to_owned());
        assert_eq!(gone.apply(&mut report), Err(Said::new("cell-missing")));
    }

    #[test]
    fn a_row_added_or_moved_is_said_for_the_cursor() {
        let mut report = sample();
        let n = report.funding.len();
        let done = Change::AddRow(Sheet::Funding, Some(Row::Funding(0)))
            .apply(&mut report)
            .expect("added");
        assert_eq!(report.funding.len(), n + 1);
        assert_eq!(done.row, Some(Row::Funding(1)));
        let year = report.funding[0].year;
        let done = Change::MoveRow(Sheet::Funding, Row::Funding(0), 1)
            .apply(&mut report)
            .expect("moved");
        assert_eq!(done.row, Some(Row::Funding(1)));
        assert_eq!(report.funding[1].year, year);
        Change::RemoveRow(Sheet::Funding, Row::Funding(1))
            .apply(&mut report)
            .expect("removed");
        assert_eq!(report.funding.len(), n);
    }

    #[test]
    fn categories_are_named_by_their_name() {
        let mut report = sample();
        let killed = Field::Part("killed".to_owned());
        Change::RenameCategory(Sheet::Losses, killed.clone(), "dead".to_owned())
            .apply(&mut report)
            .expect("renamed");
        assert!(report.losses[0].breakdown.iter().any(|(l, _)| l == "dead"));
        let dead = Field::Part("dead".to_owned());
        let taken = Change::RenameCategory(Sheet::Losses, dead.clone(), "injured".to_owned());
        assert!(taken.apply(&mut report).is_err(), "a name taken is refused");
        let done = Change::MoveCategory(Sheet::Losses, dead.clone(), 1)
            .apply(&mut report)
            .expect("moved");
        assert_eq!(done.field, Some(dead.clone()));
        assert_eq!(report.losses[0].breakdown[1].0, "dead");
        Change::RemoveCategory(Sheet::Losses, dead)
            .apply(&mut report)
            .expect("removed");
        assert!(!report.losses[0].breakdown.iter().any(|(l, _)| l == "dead"));
        let before = report.clone();
        Change::RemoveCategory(Sheet::Losses, killed)
            .apply(&mut report)
            .expect("a category no entry has yet (a column added, not filled) is removed");
        assert_eq!(report, before, "and nothing else with it");
        assert!(
            Change::RemoveCategory(Sheet::Losses, Field::Year)
                .apply(&mut report)
                .is_ok()
        );
        assert_eq!(report, before, "a column that is no category is not removed");
    }

    #[test]
    fn a_paste_and_a_clear_say_what_they_left() {
        let mut report = sample();
        let done = Change::Paste {
            sheet: Sheet::Funding,
            at: Some((Row::Funding(0), Field::Mmk)),
            extra: Vec::new(),
            text: "1000\tnot money\n2000\t3".to_owned(),
        }
        .apply(&mut report)
        .expect("pasted");
        assert_eq!(done.left.len(), 1, "{:?}", done.left);
        assert_eq!(report.funding[1].mmk.as_ref().map(|f| f.value), Some(2000.0));
        let done = Change::Clear(Sheet::Funding, vec![Row::Funding(0)], vec![Field::Year, Field::Mmk])
            .apply(&mut report)
            .expect("cleared");
        assert!(report.funding[0].mmk.is_none(), "the figure is cleared");
        let (refused, _) = done.refused.expect("a year cannot be emptied");
        assert_eq!(refused.field, Field::Year);
    }

    #[test]
    fn details_and_the_period() {
        let mut report = sample();
        assert!(
            Change::SetDetail(Detail::Title, " ".to_owned())
                .apply(&mut report)
                .is_err()
        );
        Change::SetDetail(Detail::Published, "၂၀၂၆-၀၁-၀၃".to_owned())
            .apply(&mut report)
            .expect("a date in Myanmar digits");
        assert_eq!(report.published.map(|d| d.to_string()).as_deref(), Some("2026-01-03"));
        assert!(
            Change::SetDetail(Detail::Published, "soon".to_owned())
                .apply(&mut report)
                .is_err()
        );
        Change::SetPeriod("2025-01-01".to_owned(), "2025-12-31".to_owned())
            .apply(&mut report)
            .expect("a period");
        let backwards = Change::SetDetail(Detail::To, "2024-01-01".to_owned());
        assert!(backwards.apply(&mut report).is_err());
        Change::SetDetail(Detail::Publisher, String::new())
            .apply(&mut report)
            .expect("cleared");
        assert_eq!(report.publisher, None);
    }
}
