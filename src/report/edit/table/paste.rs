//! Pasting a spreadsheet block into a sheet: a header row read by its names, then the cells
//! written from the selected one, rows added as needed.

use super::*;

/// A cell that could not be pasted: where and why.
#[derive(Clone, Debug, PartialEq)]
pub struct PasteProblem {
    /// 1-based row of the sheet; 0 for a column of the header row that was left out.
    pub row: usize,
    /// The column.
    pub column: PastedColumn,
    /// What was pasted there.
    pub text: String,
    /// Why it was left as it was.
    pub why: Said,
}

/// The column of a cell left out of a paste.
#[derive(Clone, Debug, PartialEq)]
pub enum PastedColumn {
    /// One of the sheet's (named in the reader's language).
    Sheet(Field),
    /// As the header row named it, the sheet having no such column.
    Named(String),
}

impl PasteProblem {
    /// Where and why, in a language: `row 3, Kyats: "lots" ("lots" is not a number)`.
    pub fn words(&self, tr: crate::i18n::Tr) -> String {
        let column = match &self.column {
            PastedColumn::Sheet(field) => field.title_in(tr),
            PastedColumn::Named(named) => named.clone(),
        };
        let why = self.why.words(tr);
        if self.row == 0 {
            return tr.f("paste-left-column", &[("column", column.into()), ("why", why.into())]);
        }
        tr.f(
            "paste-left-cell",
            &[
                ("row", tr.digits(&self.row.to_string()).into()),
                ("column", column.into()),
                ("text", self.text.as_str().into()),
                ("why", why.into()),
            ],
        )
    }
}

impl std::fmt::Display for PasteProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(crate::i18n::Tr::EN))
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
                        column: PastedColumn::Named(unquote(text.trim()).to_owned()),
                        text: String::new(),
                        why: Said::new("paste-no-such-column"),
                    });
                    None
                }
            })
            .collect()
    });
    // The grid as it was when pasted: its columns stay where the user saw them, and rows
    // added are appended to it, so a paste of N lines takes time linear in N.
    let mut table = Table::of(report, sheet, &extra);
    for (dr, line) in lines.iter().enumerate() {
        while table.rows.len() <= row + dr {
            if table.append_row(report).is_none() {
                return problems;
            }
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
                    column: PastedColumn::Sheet(field.clone()),
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
    use crate::i18n::Tr;
    let names_of = |field: &Field| -> Vec<String> {
        let mut names = vec![field.title_in(Tr::EN), field.title_in(Tr::MY)];
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
        } else if OTHER_NAMES
            .iter()
            .chain(&crate::report::format::csv::COLUMNS)
            .any(|n| header_key(n) == key)
        {
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
pub(super) fn header_key(text: &str) -> String {
    text.trim()
        .trim_end_matches([':', '：'])
        .replace('_', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A field's names in format 1 and the CSV table.
pub(super) fn format_names(field: &Field) -> &'static [&'static str] {
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
        Field::Name => &["name", "town", "township", "text"],
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

/// Names of columns found in other sheets (the CSV table's are its `COLUMNS`): a header naming them is still a
/// header, and their columns are left out.
pub(super) const OTHER_NAMES: &[&str] = &[
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
    "name",
    "status",
    "latitude",
    "longitude",
    "title",
    "publisher",
    "date",
    "web address",
];

/// A spreadsheet quotes a cell with a tab or line break inside: drop the quotes.
pub(super) fn unquote(text: &str) -> &str {
    text.strip_prefix('"').and_then(|t| t.strip_suffix('"')).unwrap_or(text)
}
