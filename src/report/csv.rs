//! The spreadsheet format: reports as one CSV table that a spreadsheet opens, edits and saves,
//! and that reads back as the same reports. One row per report field, source, entry, figure and
//! named town, each with the report file it belongs to, so one table can hold several reports.
//!
//! Reading accepts what spreadsheets do to a table: a byte-order mark, CRLF line ends, quoted
//! cells with line breaks, empty rows and trailing empty columns, `;` or tab between cells (with
//! `;`, a decimal comma), thousands separators and exponents in numbers, columns in any order,
//! and rows in any order (an entry is found again by its `entry` cell and its key; within an
//! entry, categories keep the order of their rows). Every error names its row and column.

use std::collections::{HashMap, HashSet};

use super::dataset::{Dataset, Role, Section, SeriesKey, When};
use super::figure::{Figure, Qualifier, Unit, thousands};
use super::model::{
    BattleGroup, Battles, Date, Funding, Losses, Parts, Period, Report, Source, Town, Townships, Unknown,
};
use super::read::{
    DEFAULT_FUNDING_LABEL, FORMAT_VERSION, MAX_DEPTH, MAX_ENTRIES, MAX_FIGURE, MAX_FILE_BYTES, Parsed, ReadError,
    ReadWarning, UNSPECIFIED_SIDE, blank, decode, text_too_long, too_large, unknown_field_warnings,
};
use super::write::number;

/// The columns, in the order they are written.
pub const COLUMNS: [&str; 21] = [
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
    "note",
    "conflict",
    "sources",
    "text",
    "region",
    "pcode",
    "lat",
    "lon",
    "url",
    "entry",
    "unknown",
];

/// Columns a table must have to be read; the others may be left out.
pub const REQUIRED_COLUMNS: [&str; 7] = ["section", "series", "category", "role", "when", "value", "qualifier"];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Col {
    File,
    Section,
    Series,
    Category,
    Role,
    When,
    Value,
    Qualifier,
    Unit,
    ShownAs,
    Note,
    Conflict,
    Sources,
    Text,
    Region,
    Pcode,
    Lat,
    Lon,
    Url,
    Entry,
    Unknown,
}

const ALL_COLS: [Col; 21] = [
    Col::File,
    Col::Section,
    Col::Series,
    Col::Category,
    Col::Role,
    Col::When,
    Col::Value,
    Col::Qualifier,
    Col::Unit,
    Col::ShownAs,
    Col::Note,
    Col::Conflict,
    Col::Sources,
    Col::Text,
    Col::Region,
    Col::Pcode,
    Col::Lat,
    Col::Lon,
    Col::Url,
    Col::Entry,
    Col::Unknown,
];

impl Col {
    fn name(self) -> &'static str {
        COLUMNS[self as usize]
    }

    /// Cells of these columns hold numbers, written as they are (a negative latitude is no formula).
    fn numeric(self) -> bool {
        matches!(self, Self::Value | Self::Lat | Self::Lon)
    }
}

// ---------------------------------------------------------------------------------------------
// Cells.

/// True for text a spreadsheet would run as a formula (or that starts like a defused one).
fn needs_defusing(text: &str) -> bool {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => true,
        Some('\'') => needs_defusing(&text[1..]),
        _ => false,
    }
}

/// A cell as written: text a spreadsheet would run as a formula gets a leading `'` (undone on
/// reading), and the cell is quoted when it holds the separator, a quote or a line break.
pub fn cell(text: &str) -> String {
    let text = if needs_defusing(text) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    quoted(text)
}

fn quoted(text: String) -> String {
    if text.contains([',', '"', '\n', '\r', ';', '\t']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A cell's text with the `'` that [`cell`] put before a formula-like text taken off.
fn undefused(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if needs_defusing(rest) => rest,
        _ => text,
    }
}

// ---------------------------------------------------------------------------------------------
// Writing.

/// Every report of a dataset as one table. The `conflict` cell says whether the files disagree
/// on the figure's point, the `sources` cell cites the report's sources; neither is read back.
/// Reports with the same name are told apart by a number: "review.json (2)".
pub fn write(data: &Dataset) -> String {
    let conflicts: HashSet<(SeriesKey, When)> = data.conflicts().into_iter().map(|c| (c.key, c.when)).collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut writer = Writer::new(&conflicts);
    for loaded in &data.reports {
        let count = seen.entry(loaded.name.as_str()).or_insert(0);
        *count += 1;
        let name = if *count == 1 {
            loaded.name.clone()
        } else {
            format!("{} ({count})", loaded.name)
        };
        writer.report(&name, &loaded.report);
    }
    writer.out
}

/// One report as a table, its rows named `name` in the `file` column.
pub fn write_one(name: &str, report: &Report) -> String {
    let conflicts = HashSet::new();
    let mut writer = Writer::new(&conflicts);
    writer.report(name, report);
    writer.out
}

type Row = [String; COLUMNS.len()];

struct Writer<'a> {
    out: String,
    conflicts: &'a HashSet<(SeriesKey, When)>,
    /// The report being written: its name and its sources cell.
    name: String,
    sources: String,
}

impl<'a> Writer<'a> {
    fn new(conflicts: &'a HashSet<(SeriesKey, When)>) -> Self {
        Self {
            out: COLUMNS.join(",") + "\n",
            conflicts,
            name: String::new(),
            sources: String::new(),
        }
    }

    fn row(&mut self, cells: &[(Col, String)]) {
        let mut row: Row = Default::default();
        row[Col::File as usize] = self.name.clone();
        for (col, text) in cells {
            row[*col as usize] = text.clone();
        }
        for (i, text) in row.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            if ALL_COLS[i].numeric() {
                self.out.push_str(&quoted(text.clone()));
            } else {
                self.out.push_str(&cell(text));
            }
        }
        self.out.push('\n');
    }

    fn report(&mut self, name: &str, r: &Report) {
        self.name = name.to_owned();
        let cited: Vec<String> = r.sources.iter().map(Source::citation).collect();
        self.sources = if cited.is_empty() {
            format!("{} ({name})", r.title)
        } else {
            format!("{} ({name})", cited.join("; "))
        };
        let field = |category: &str| {
            vec![
                (Col::Section, "report".to_owned()),
                (Col::Category, category.to_owned()),
                (Col::Role, "field".to_owned()),
            ]
        };
        let mut format_row = field("fieldreport");
        format_row.push((Col::Value, FORMAT_VERSION.to_string()));
        format_row.push((Col::Unknown, unknown_cell(&r.unknown)));
        self.row(&format_row);
        let texts = [
            ("$schema", r.schema.as_deref()),
            ("title", Some(r.title.as_str())),
            ("publisher", r.publisher.as_deref()),
        ];
        // A table cannot tell an empty text from none: neither gets a row.
        for (category, text) in texts {
            if let Some(text) = text.filter(|t| !t.is_empty()) {
                let mut cells = field(category);
                cells.push((Col::Text, text.to_owned()));
                self.row(&cells);
            }
        }
        if let Some(date) = r.published {
            let mut cells = field("published");
            cells.push((Col::When, date.to_string()));
            self.row(&cells);
        }
        if let Some(p) = r.period {
            let mut cells = field("period");
            cells.push((Col::When, format!("{}/{}", p.from, p.to)));
            cells.push((Col::Unknown, unknown_cell(&r.period_unknown)));
            self.row(&cells);
        }
        for (category, text) in [("claim", r.claim.as_deref()), ("notes", r.notes.as_deref())] {
            if let Some(text) = text.filter(|t| !t.is_empty()) {
                let mut cells = field(category);
                cells.push((Col::Text, text.to_owned()));
                self.row(&cells);
            }
        }
        for (i, s) in r.sources.iter().enumerate() {
            self.row(&[
                (Col::Section, "source".to_owned()),
                (Col::Series, s.publisher.clone().unwrap_or_default()),
                (Col::Role, "source".to_owned()),
                (Col::When, s.date.map(|d| d.to_string()).unwrap_or_default()),
                (Col::Text, s.title.clone()),
                (Col::Url, s.url.clone().unwrap_or_default()),
                (Col::Entry, format!("sources[{i}]")),
                (Col::Unknown, unknown_cell(&s.unknown)),
            ]);
        }
        for (i, f) in r.funding.iter().enumerate() {
            self.funding(i, f);
        }
        for (i, l) in r.losses.iter().enumerate() {
            self.losses(i, l);
        }
        for (i, b) in r.battles.iter().enumerate() {
            self.battles(i, b);
        }
        for (i, t) in r.townships.iter().enumerate() {
            self.townships(i, t);
        }
    }

    fn entry(
        &mut self,
        section: Section,
        series: &str,
        when: When,
        entry: &str,
        note: Option<&String>,
        unknown: &Unknown,
    ) {
        self.row(&[
            (Col::Section, section.name().to_owned()),
            (Col::Series, series.to_owned()),
            (Col::Role, "entry".to_owned()),
            (Col::When, when.to_string()),
            (Col::Note, note.cloned().unwrap_or_default()),
            (Col::Entry, entry.to_owned()),
            (Col::Unknown, unknown_cell(unknown)),
        ]);
    }

    fn figure(&mut self, key: SeriesKey, when: When, entry: &str, f: &Figure) {
        let unit = key.unit();
        let unit_name = match unit {
            Unit::Count => "count",
            Unit::Mmk => "MMK",
            Unit::Usd => "USD",
        };
        let conflict = if self.conflicts.contains(&(key.clone(), when)) {
            "yes"
        } else {
            "no"
        };
        self.row(&[
            (Col::Section, key.section.name().to_owned()),
            (Col::Series, key.series.clone()),
            (Col::Category, key.category.clone()),
            (Col::Role, role_name(key.role).to_owned()),
            (Col::When, when.to_string()),
            (Col::Value, number(f.value)),
            (Col::Qualifier, f.qualifier.key().to_owned()),
            (Col::Unit, unit_name.to_owned()),
            (Col::ShownAs, f.long(unit)),
            (Col::Note, f.note.clone().unwrap_or_default()),
            (Col::Conflict, conflict.to_owned()),
            (Col::Sources, self.sources.clone()),
            (Col::Entry, entry.to_owned()),
            (Col::Unknown, unknown_cell(&f.unknown)),
        ]);
    }

    fn parts(&mut self, section: Section, series: &str, role: Role, when: When, entry: &str, parts: &Parts) {
        for (label, f) in parts {
            let key = SeriesKey {
                section,
                series: series.to_owned(),
                category: label.clone(),
                role,
            };
            self.figure(key, when, entry, f);
        }
    }

    fn total(&mut self, section: Section, series: &str, when: When, entry: &str, total: Option<&Figure>) {
        if let Some(f) = total {
            let key = SeriesKey {
                section,
                series: series.to_owned(),
                category: "total".to_owned(),
                role: Role::Total,
            };
            self.figure(key, when, entry, f);
        }
    }

    fn funding(&mut self, i: usize, f: &Funding) {
        let (when, entry) = (When::Year(f.year), format!("funding[{i}]"));
        self.entry(Section::Funding, &f.label, when, &entry, f.note.as_ref(), &f.unknown);
        for (category, figure) in [("mmk", &f.mmk), ("usd", &f.usd)] {
            if let Some(figure) = figure {
                let key = SeriesKey {
                    section: Section::Funding,
                    series: f.label.clone(),
                    category: category.to_owned(),
                    role: Role::Amount,
                };
                self.figure(key, when, &entry, figure);
            }
        }
    }

    fn losses(&mut self, i: usize, l: &Losses) {
        let (when, entry) = (When::Year(l.year), format!("losses[{i}]"));
        self.entry(Section::Losses, &l.side, when, &entry, l.note.as_ref(), &l.unknown);
        self.total(Section::Losses, &l.side, when, &entry, l.total.as_ref());
        self.parts(Section::Losses, &l.side, Role::Part, when, &entry, &l.breakdown);
        self.parts(Section::Losses, &l.side, Role::Other, when, &entry, &l.other);
    }

    fn battles(&mut self, i: usize, b: &Battles) {
        let (when, entry) = (When::Year(b.year), format!("battles[{i}]"));
        self.entry(Section::Battles, "", when, &entry, b.note.as_ref(), &b.unknown);
        self.total(Section::Battles, "", when, &entry, b.total.as_ref());
        for (j, g) in b.groups.iter().enumerate() {
            let entry = format!("battles[{i}].groups[{j}]");
            self.entry(Section::Battles, &g.label, when, &entry, g.note.as_ref(), &g.unknown);
            self.total(Section::Battles, &g.label, when, &entry, g.total.as_ref());
            self.parts(Section::Battles, &g.label, Role::Part, when, &entry, &g.breakdown);
        }
    }

    fn townships(&mut self, i: usize, t: &Townships) {
        let (when, entry) = (When::Date(t.as_of), format!("townships[{i}]"));
        self.entry(Section::Townships, "", when, &entry, t.note.as_ref(), &t.unknown);
        self.total(Section::Townships, "", when, &entry, t.total.as_ref());
        self.parts(Section::Townships, "", Role::Part, when, &entry, &t.breakdown);
        for (j, town) in t.towns.iter().enumerate() {
            self.row(&[
                (Col::Section, Section::Townships.name().to_owned()),
                (Col::Category, town.status.clone()),
                (Col::Role, "town".to_owned()),
                (Col::When, when.to_string()),
                (Col::Note, town.note.clone().unwrap_or_default()),
                (Col::Text, town.name.clone()),
                (Col::Region, town.region.clone().unwrap_or_default()),
                (Col::Pcode, town.pcode.clone().unwrap_or_default()),
                (Col::Lat, town.lat.map(number).unwrap_or_default()),
                (Col::Lon, town.lon.map(number).unwrap_or_default()),
                (Col::Entry, format!("townships[{i}].towns[{j}]")),
                (Col::Unknown, unknown_cell(&town.unknown)),
            ]);
        }
    }
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Total => "total",
        Role::Part => "part",
        Role::Other => "other",
        Role::Amount => "amount",
    }
}

fn unknown_cell(unknown: &Unknown) -> String {
    if unknown.is_empty() {
        String::new()
    } else {
        serde_json::to_string(unknown).unwrap_or_default()
    }
}

// ---------------------------------------------------------------------------------------------
// Reading: the table.

/// A problem at a row (1 is the header), in a column when it has one.
struct Problem {
    row: usize,
    column: Option<String>,
    message: String,
}

impl Problem {
    fn at(row: usize, col: Col, message: impl Into<String>) -> Self {
        Self {
            row,
            column: Some(col.name().to_owned()),
            message: message.into(),
        }
    }

    fn row(row: usize, message: impl Into<String>) -> Self {
        Self {
            row,
            column: None,
            message: message.into(),
        }
    }

    fn into_error(self, file: &str) -> ReadError {
        let place = match self.column {
            Some(column) => format!("row {}, column {column}", thousands(self.row as f64)),
            None => format!("row {}", thousands(self.row as f64)),
        };
        ReadError::whole_file(file, format!("{place}: {}", self.message))
    }
}

/// How the table separates cells and writes decimals.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Dialect {
    separator: char,
    /// `;`-separated tables come from spreadsheets that write `15,7` for 15.7.
    decimal_comma: bool,
}

/// The separator the header row uses: `,` when it has one, else `;` or a tab.
fn dialect(text: &str) -> Dialect {
    let header = text.lines().next().unwrap_or_default();
    let separator = if header.contains(',') {
        ','
    } else if header.contains(';') {
        ';'
    } else if header.contains('\t') {
        '\t'
    } else {
        ','
    };
    Dialect {
        separator,
        decimal_comma: separator == ';',
    }
}

/// Splits the text into rows of cells (RFC 4180, with CR, LF or CRLF line ends). A row is
/// numbered as a spreadsheet numbers it: the header is row 1.
/// More than `max_rows` rows below the header are refused where the first one too many starts.
fn rows(text: &str, separator: char, max_rows: usize) -> Result<Vec<Vec<String>>, Problem> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut at_cell_start = true;
    let mut quoted_cell = false;
    let end_row = |rows: &mut Vec<Vec<String>>, row: &mut Vec<String>| -> Result<(), Problem> {
        rows.push(std::mem::take(row));
        if rows.len() > max_rows + 1 {
            return Err(Problem::row(
                rows.len(),
                format!(
                    "the file holds more than {} rows below its header; split it into several files",
                    thousands(max_rows as f64)
                ),
            ));
        }
        Ok(())
    };
    while let Some(c) = chars.next() {
        if at_cell_start && c == '"' {
            at_cell_start = false;
            quoted_cell = true;
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        cell.push('"');
                    }
                    Some('"') => break,
                    Some(other) => cell.push(other),
                    None => {
                        return Err(Problem {
                            row: rows.len() + 1,
                            column: Some(column_name(&rows, row.len())),
                            message: "a quoted cell is not closed: the file ends inside it (is a quote missing?)"
                                .to_owned(),
                        });
                    }
                }
            }
            continue;
        }
        match c {
            c if c == separator => {
                row.push(std::mem::take(&mut cell));
                at_cell_start = true;
                quoted_cell = false;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                row.push(std::mem::take(&mut cell));
                end_row(&mut rows, &mut row)?;
                at_cell_start = true;
                quoted_cell = false;
            }
            ' ' if quoted_cell => {}
            _ if quoted_cell => {
                return Err(Problem {
                    row: rows.len() + 1,
                    column: Some(column_name(&rows, row.len())),
                    message: "found text after the closing quote of a quoted cell; a quote inside a cell is written twice (\"\")"
                        .to_owned(),
                });
            }
            _ => {
                at_cell_start = false;
                cell.push(c);
            }
        }
    }
    if !at_cell_start || !row.is_empty() || !cell.is_empty() {
        row.push(cell);
        end_row(&mut rows, &mut row)?;
    }
    Ok(rows)
}

/// A column's name as the header row gives it, or its number when the header names none.
fn column_name(rows: &[Vec<String>], index: usize) -> String {
    rows.first()
        .and_then(|header| header.get(index))
        .map(|name| name.trim().to_lowercase())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| (index + 1).to_string())
}

/// Which column holds what.
struct Header {
    index: [Option<usize>; COLUMNS.len()],
    /// How many cells the header names (trailing unnamed ones left out).
    width: usize,
    /// Columns this version does not know, by name: ignored with a warning.
    unknown: Vec<String>,
}

fn header(cells: &[String]) -> Result<Header, Problem> {
    let mut index = [None; COLUMNS.len()];
    let mut unknown = Vec::new();
    let mut width = 0;
    for (i, name) in cells.iter().enumerate() {
        let name = name.trim().to_lowercase();
        if name.is_empty() {
            continue;
        }
        width = i + 1;
        match COLUMNS.iter().position(|c| *c == name) {
            Some(c) => {
                if index[c].is_some() {
                    return Err(Problem::at(
                        1,
                        ALL_COLS[c],
                        format!("the column `{name}` appears twice; each column may appear once"),
                    ));
                }
                index[c] = Some(i);
            }
            None => unknown.push(name),
        }
    }
    for required in REQUIRED_COLUMNS {
        if let Some(c) = COLUMNS.iter().position(|c| *c == required)
            && index[c].is_none()
        {
            return Err(Problem::row(
                1,
                format!(
                    "expected a column named `{required}`, found none (the first row names the columns: {})",
                    COLUMNS.join(", ")
                ),
            ));
        }
    }
    Ok(Header { index, width, unknown })
}

/// One data row, its cells found by column.
struct Cells<'a> {
    row: usize,
    cells: &'a [String],
    header: &'a Header,
    dialect: Dialect,
}

impl Cells<'_> {
    /// The cell as written, `""` when its column is missing.
    fn raw(&self, col: Col) -> &str {
        self.header.index[col as usize]
            .and_then(|i| self.cells.get(i))
            .map_or("", String::as_str)
    }

    /// The cell's text, with a defusing `'` taken off.
    fn text(&self, col: Col) -> &str {
        undefused(self.raw(col))
    }

    /// Free text: `None` when the cell is empty.
    fn free_text(&self, col: Col) -> Result<Option<String>, Problem> {
        let text = self.text(col);
        if let Some(problem) = text_too_long(text) {
            return Err(Problem::at(self.row, col, problem));
        }
        Ok((!text.is_empty()).then(|| text.to_owned()))
    }

    /// Text that must say something (`what`: "a category label"), trimmed.
    fn label(&self, col: Col, what: &str) -> Result<String, Problem> {
        let text = self.text(col);
        if let Some(problem) = text_too_long(text) {
            return Err(Problem::at(self.row, col, problem));
        }
        if text.is_empty() {
            return Err(Problem::at(
                self.row,
                col,
                format!("expected {what}, found an empty cell"),
            ));
        }
        if let Some(problem) = blank(text, what) {
            return Err(Problem::at(self.row, col, problem));
        }
        Ok(text.trim().to_owned())
    }

    /// A label that may be left empty for its default.
    fn label_or(&self, col: Col, what: &str, default: &str) -> Result<String, Problem> {
        if self.text(col).is_empty() {
            Ok(default.to_owned())
        } else {
            self.label(col, what)
        }
    }

    fn word(&self, col: Col) -> String {
        self.text(col).trim().to_lowercase()
    }

    fn found(&self, col: Col) -> String {
        let text = self.raw(col).trim();
        if text.is_empty() {
            "an empty cell".to_owned()
        } else {
            format!("{:?}", shorten(text))
        }
    }

    fn year(&self) -> Result<i32, Problem> {
        let text = self.text(Col::When).trim();
        text.parse::<i32>()
            .ok()
            .filter(|y| (Date::MIN_YEAR..=Date::MAX_YEAR).contains(y))
            .ok_or_else(|| {
                let found = if text.parse::<i64>().is_ok() {
                    text.to_owned()
                } else {
                    self.found(Col::When)
                };
                Problem::at(
                    self.row,
                    Col::When,
                    format!("expected a year between 1900 and 2200, found {found}"),
                )
            })
    }

    fn date_in(&self, col: Col, text: &str) -> Result<Date, Problem> {
        parse_date(text).ok_or_else(|| {
            let found = if text.trim().is_empty() {
                "an empty cell".to_owned()
            } else {
                format!("{:?}", shorten(text.trim()))
            };
            // Spreadsheets show dates their own way and may save them so: 12/31/2025, 31.12.2025.
            let rewritten = text.contains(['/', '.']) || (text.len() < 10 && text.contains('-'));
            let hint = if rewritten {
                " (a spreadsheet may have rewritten the date: format the column as text and write the date as YYYY-MM-DD)"
            } else {
                ""
            };
            Problem::at(
                self.row,
                col,
                format!("expected a real date written YYYY-MM-DD, between 1900 and 2200, found {found}{hint}"),
            )
        })
    }

    fn date(&self) -> Result<Date, Problem> {
        self.date_in(Col::When, self.text(Col::When))
    }

    fn optional_date(&self) -> Result<Option<Date>, Problem> {
        if self.text(Col::When).trim().is_empty() {
            Ok(None)
        } else {
            self.date().map(Some)
        }
    }

    /// The figure of a figure row: its value (a count when `whole`), qualifier, note and
    /// unknown fields.
    fn figure(&self, whole: bool) -> Result<Figure, Problem> {
        let expecting = if whole {
            "a count (a whole number, 0 or more)"
        } else {
            "an amount (a number, 0 or more)"
        };
        let text = self.text(Col::Value);
        let Some(value) = parse_number(text, self.dialect) else {
            return Err(Problem::at(
                self.row,
                Col::Value,
                format!("expected {expecting}, found {}", self.found(Col::Value)),
            ));
        };
        if value > MAX_FIGURE {
            return Err(Problem::at(
                self.row,
                Col::Value,
                format!(
                    "expected a number up to {} (a thousand trillion), found {}",
                    thousands(MAX_FIGURE),
                    thousands(value)
                ),
            ));
        }
        if value < 0.0 || (whole && value.fract() != 0.0) {
            return Err(Problem::at(
                self.row,
                Col::Value,
                format!("expected {expecting}, found {}", text.trim()),
            ));
        }
        Ok(Figure {
            value: value + 0.0,
            qualifier: self.qualifier()?,
            note: self.free_text(Col::Note)?,
            unknown: self.unknown()?,
        })
    }

    fn qualifier(&self) -> Result<Qualifier, Problem> {
        let word = self.word(Col::Qualifier).replace(' ', "_");
        if word.is_empty() {
            return Ok(Qualifier::Exact);
        }
        Qualifier::ALL.into_iter().find(|q| q.key() == word).ok_or_else(|| {
            let names: Vec<String> = Qualifier::ALL.iter().map(|q| format!("\"{}\"", q.key())).collect();
            Problem::at(
                self.row,
                Col::Qualifier,
                format!(
                    "expected a qualifier, one of {}, found {}",
                    names.join(", "),
                    self.found(Col::Qualifier)
                ),
            )
        })
    }

    fn degrees(&self, col: Col, limit: f64) -> Result<Option<f64>, Problem> {
        let text = self.text(col);
        if text.trim().is_empty() {
            return Ok(None);
        }
        let what = if limit == 90.0 { "a latitude" } else { "a longitude" };
        match parse_number(text, self.dialect) {
            Some(v) if v.abs() <= limit => Ok(Some(v)),
            Some(_) => Err(Problem::at(
                self.row,
                col,
                format!(
                    "expected {what} in degrees, between -{limit} and {limit}, found {}",
                    text.trim()
                ),
            )),
            None => Err(Problem::at(
                self.row,
                col,
                format!(
                    "expected {what} in degrees, between -{limit} and {limit}, found {}",
                    self.found(col)
                ),
            )),
        }
    }

    fn unknown(&self) -> Result<Unknown, Problem> {
        let text = self.text(Col::Unknown).trim();
        if text.is_empty() {
            return Ok(Unknown::new());
        }
        let problem = |message: String| Problem::at(self.row, Col::Unknown, message);
        if super::read::too_deep(text).is_some() {
            return Err(problem(format!(
                "expected at most {MAX_DEPTH} levels of nesting, found deeper nesting"
            )));
        }
        serde_json::from_str::<Unknown>(text).map_err(|_| {
            problem(format!(
                "expected the fields this version does not know as a JSON object, like {{\"colour\": \"red\"}}, found {}",
                self.found(Col::Unknown)
            ))
        })
    }

    /// The `entry` cell as places: `battles[0].groups[1]` is [("battles", 0), ("groups", 1)].
    fn place(&self, expected: &[&str], example: &str) -> Result<Vec<usize>, Problem> {
        let text = self.text(Col::Entry).trim();
        if text.is_empty() {
            return Ok(Vec::new());
        }
        let wrong = || {
            Problem::at(
                self.row,
                Col::Entry,
                format!(
                    "expected the entry's place, like {example}, found {} (leave the cell empty for a new entry)",
                    self.found(Col::Entry)
                ),
            )
        };
        let mut out = Vec::new();
        for (i, segment) in text.split('.').enumerate() {
            let (name, rest) = segment.split_once('[').ok_or_else(wrong)?;
            let index = rest
                .strip_suffix(']')
                .and_then(|n| n.parse::<usize>().ok())
                .ok_or_else(wrong)?;
            if expected.get(i) != Some(&name) {
                return Err(wrong());
            }
            out.push(index);
        }
        Ok(out)
    }
}

/// Text shown in a message, cut at 60 characters.
fn shorten(text: &str) -> String {
    const MAX_SHOWN: usize = 60;
    if text.chars().count() > MAX_SHOWN {
        format!("{}…", text.chars().take(MAX_SHOWN).collect::<String>())
    } else {
        text.to_owned()
    }
}

/// A date as spreadsheets write it back: `2025-12-31`, also with a midnight time after it.
fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    let (date, time) = text.split_at_checked(10)?;
    let midnight = [
        "",
        " 00:00:00",
        " 00:00",
        "T00:00:00",
        "T00:00:00Z",
        "T00:00:00.000Z",
        "T00:00",
    ];
    midnight.contains(&time).then(|| Date::parse(date)).flatten()
}

/// A number as spreadsheets write it: `9549`, `9,549`, `33600000000`, `3.36E+10`; in a
/// `;`-separated table `15,7` and `9.549` (decimal comma, dots between thousands). Thousands
/// separators must separate groups of three digits. `None` when it is no number.
fn parse_number(text: &str, dialect: Dialect) -> Option<f64> {
    let text = text.trim().trim_start_matches('\'');
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
        .collect();
    let (thousands_mark, decimal_mark) = if dialect.decimal_comma {
        // A single dot followed by other than three digits is a decimal point after all ("15.7").
        let dot_is_decimal = !text.contains(',')
            && text.split_once('.').is_some_and(|(_, after)| {
                !after.contains('.') && after.chars().take_while(char::is_ascii_digit).count() != 3
            });
        if dot_is_decimal { ('\0', '.') } else { ('.', ',') }
    } else {
        (',', '.')
    };
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(i) => text.split_at(i),
        None => (text.as_str(), ""),
    };
    let (whole, fraction) = match mantissa.split_once(decimal_mark) {
        Some((w, f)) => (w, Some(f)),
        None => (mantissa, None),
    };
    let (sign, digits) = match whole.strip_prefix(['-', '+']) {
        Some(rest) => (&whole[..1], rest),
        None => ("", whole),
    };
    let digits = if thousands_mark != '\0' && digits.contains(thousands_mark) {
        let groups: Vec<&str> = digits.split(thousands_mark).collect();
        let first_ok = (1..=3).contains(&groups[0].len());
        let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
        if !first_ok || !rest_ok {
            return None;
        }
        groups.concat()
    } else {
        digits.to_owned()
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if fraction.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let exponent_ok = exponent.is_empty() || {
        let e = exponent[1..].strip_prefix(['-', '+']).unwrap_or(&exponent[1..]);
        !e.is_empty() && e.bytes().all(|b| b.is_ascii_digit())
    };
    if !exponent_ok {
        return None;
    }
    let normal = match fraction {
        Some(f) => format!("{sign}{digits}.{f}{exponent}"),
        None => format!("{sign}{digits}{exponent}"),
    };
    normal.parse::<f64>().ok().filter(|v| v.is_finite())
}

// ---------------------------------------------------------------------------------------------
// Reading: rows into reports.

/// Reads a table of one or more reports: each with its name (the `file` cell, or `file` for
/// rows that leave it empty), in the order the table first names them.
pub fn parse(bytes: &[u8], file: &str) -> Result<Vec<(String, Parsed)>, ReadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::whole_file(file, too_large(bytes.len() as u64)));
    }
    let text = decode(bytes, file, "a CSV table")?;
    if text.trim().is_empty() {
        return Err(ReadError::whole_file(
            file,
            "the file is empty; expected a CSV table whose first row names the columns",
        ));
    }
    read_table(text, file).map_err(|p| p.into_error(file))
}

fn read_table(text: &str, file: &str) -> Result<Vec<(String, Parsed)>, Problem> {
    let dialect = dialect(text);
    let rows = rows(text, dialect.separator, MAX_ENTRIES)?;
    let header = header(rows.first().map_or(&[][..], Vec::as_slice))?;
    let mut builders: Vec<Builder> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (i, cells) in rows.iter().enumerate().skip(1) {
        let row = i + 1;
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if let Some((extra, text)) = cells
            .iter()
            .enumerate()
            .skip(header.width)
            .find(|(_, c)| !c.trim().is_empty())
        {
            return Err(Problem {
                row,
                column: Some(format!("{}", extra + 1)),
                message: format!(
                    "found {:?} in a column the first row does not name; name the column or clear the cell",
                    shorten(text.trim())
                ),
            });
        }
        let cells = Cells {
            row,
            cells,
            header: &header,
            dialect,
        };
        let name = cells
            .free_text(Col::File)?
            .map_or_else(|| file.to_owned(), |n| n.trim().to_owned());
        let at = *by_name.entry(name.clone()).or_insert_with(|| {
            builders.push(Builder::new(name, row));
            builders.len() - 1
        });
        builders[at].add(&cells)?;
    }
    if builders.is_empty() {
        return Err(Problem::row(
            1,
            "the table has no rows below its header; expected a report's rows (see README: Spreadsheets)",
        ));
    }
    let column_warnings: Vec<ReadWarning> = header
        .unknown
        .iter()
        .map(|name| ReadWarning {
            path: format!("column {name}"),
            message: format!("unknown column `{name}` ignored"),
        })
        .collect();
    builders
        .into_iter()
        .map(|b| {
            let name = b.name.clone();
            let report = b.finish()?;
            let mut warnings = column_warnings.clone();
            warnings.extend(unknown_field_warnings(&report));
            Ok((name, Parsed { report, warnings }))
        })
        .collect()
}

/// Entries gathered from rows in any order: found by their place (the `entry` cell) and key,
/// then ordered by place and first row. A row without a place joins the first entry of its key.
struct Slots<K, T> {
    index: HashMap<(Option<usize>, K), usize>,
    /// The first entry of each key.
    first: HashMap<K, usize>,
    items: Vec<Slot<T>>,
}

struct Slot<T> {
    place: Option<usize>,
    first_row: usize,
    value: T,
    /// What the entry's rows gave already ("total", "part killed"), with the row.
    seen: HashMap<String, usize>,
}

impl<K: std::hash::Hash + Eq + Clone, T> Default for Slots<K, T> {
    fn default() -> Self {
        Self {
            index: HashMap::new(),
            first: HashMap::new(),
            items: Vec::new(),
        }
    }
}

impl<K: std::hash::Hash + Eq + Clone, T> Slots<K, T> {
    fn get(&mut self, place: Option<usize>, key: K, row: usize, make: impl FnOnce() -> T) -> &mut Slot<T> {
        let found = match self.index.get(&(place, key.clone())) {
            Some(&at) => Some(at),
            None if place.is_none() => self.first.get(&key).copied(),
            // Rows without a place came first: they and this row's place are one entry.
            None => self.index.get(&(None, key.clone())).copied().inspect(|&at| {
                self.items[at].place = place;
                self.index.insert((place, key.clone()), at);
            }),
        };
        let at = match found {
            Some(at) => at,
            None => {
                self.items.push(Slot {
                    place,
                    first_row: row,
                    value: make(),
                    seen: HashMap::new(),
                });
                let at = self.items.len() - 1;
                self.index.insert((place, key.clone()), at);
                self.first.entry(key).or_insert(at);
                at
            }
        };
        &mut self.items[at]
    }

    fn into_sorted(self) -> Vec<Slot<T>> {
        let mut items = self.items;
        items.sort_by_key(|s| (s.place.unwrap_or(usize::MAX), s.first_row));
        items
    }
}

impl<T> Slot<T> {
    /// Notes that row `row` gives `what` ("entry", "total", "amount mmk", "part killed"); a
    /// second row giving it is refused.
    fn once(&mut self, what: &str, describe: &str, row: usize, col: Col) -> Result<(), Problem> {
        let Some(first) = self.seen.get(what).copied() else {
            self.seen.insert(what.to_owned(), row);
            return Ok(());
        };
        let message = match what.split_once(' ') {
            Some(("amount", currency)) => format!(
                "the amount in {currency} of {describe} appears twice (first in row {first}); an entry has one amount in each currency"
            ),
            Some((_, label)) => format!(
                "the category `{label}` appears twice in {describe} (first in row {first}); each label may appear once"
            ),
            None if what == "entry" => {
                format!("{describe} has two entry rows (first in row {first}); an entry has one")
            }
            None => format!("the {what} of {describe} appears twice (first in row {first}); an entry has one {what}"),
        };
        Err(Problem::at(row, col, message))
    }
}

/// Items in any order, each with its place (the `entry` cell) and row, to be put in order.
type Placed<T> = Vec<(Option<usize>, usize, T)>;

/// One report's rows, gathered.
struct Builder {
    name: String,
    first_row: usize,
    fields: HashMap<&'static str, usize>,
    report: Report,
    title: Option<String>,
    version_row: Option<(usize, f64)>,
    sources: Placed<Source>,
    funding: Slots<(i32, String), Funding>,
    losses: Slots<(i32, String), Losses>,
    battles: Slots<i32, (Battles, Slots<String, BattleGroup>)>,
    townships: Slots<Date, (Townships, Placed<Town>)>,
}

impl Builder {
    fn new(name: String, first_row: usize) -> Self {
        Self {
            name,
            first_row,
            fields: HashMap::new(),
            report: Report::default(),
            title: None,
            version_row: None,
            sources: Vec::new(),
            funding: Slots::default(),
            losses: Slots::default(),
            battles: Slots::default(),
            townships: Slots::default(),
        }
    }

    fn add(&mut self, c: &Cells) -> Result<(), Problem> {
        let section = c.word(Col::Section);
        let role = c.word(Col::Role);
        match section.as_str() {
            "report" => self.field(c, &role),
            "source" => self.source(c, &role),
            "funding" => self.funding(c, &role),
            "losses" => self.losses(c, &role),
            "battles" => self.battles(c, &role),
            "townships" => self.townships(c, &role),
            _ => Err(Problem::at(
                c.row,
                Col::Section,
                format!(
                    "expected one of report, source, funding, losses, battles, townships, found {}",
                    c.found(Col::Section)
                ),
            )),
        }
    }

    fn wrong_role(c: &Cells, roles: &str) -> Problem {
        Problem::at(
            c.row,
            Col::Role,
            format!("expected {roles}, found {}", c.found(Col::Role)),
        )
    }

    fn field(&mut self, c: &Cells, role: &str) -> Result<(), Problem> {
        if !matches!(role, "" | "field") {
            return Err(Self::wrong_role(c, "field for a report row"));
        }
        let category = c.word(Col::Category);
        const FIELDS: [&str; 8] = [
            "fieldreport",
            "$schema",
            "title",
            "publisher",
            "published",
            "period",
            "claim",
            "notes",
        ];
        let Some(field) = FIELDS.iter().find(|f| **f == category) else {
            return Err(Problem::at(
                c.row,
                Col::Category,
                format!(
                    "expected a report field, one of {}, found {}",
                    FIELDS.join(", "),
                    c.found(Col::Category)
                ),
            ));
        };
        if let Some(first) = self.fields.insert(field, c.row) {
            return Err(Problem::at(
                c.row,
                Col::Category,
                format!(
                    "the field `{field}` appears twice in the report (first in row {first}); each field may appear once"
                ),
            ));
        }
        let unknown = c.unknown()?;
        let r = &mut self.report;
        match *field {
            "fieldreport" => {
                let version = parse_number(c.text(Col::Value), c.dialect).filter(|v| *v >= 0.0 && v.fract() == 0.0);
                match version {
                    Some(v) => self.version_row = Some((c.row, v)),
                    None => {
                        return Err(Problem::at(
                            c.row,
                            Col::Value,
                            format!(
                                "expected the format number {FORMAT_VERSION}, found {}",
                                c.found(Col::Value)
                            ),
                        ));
                    }
                }
            }
            "$schema" => r.schema = c.free_text(Col::Text)?,
            "title" => self.title = Some(c.label(Col::Text, "non-empty text")?),
            "publisher" => r.publisher = c.free_text(Col::Text)?,
            "published" => r.published = c.optional_date()?,
            "period" => {
                let text = c.text(Col::When).trim();
                let (from, to) = text
                    .split_once('/')
                    .or_else(|| text.split_once(" to "))
                    .unwrap_or((text, ""));
                let (from, to) = (c.date_in(Col::When, from)?, c.date_in(Col::When, to)?);
                if to < from {
                    return Err(Problem::at(
                        c.row,
                        Col::When,
                        format!("the period ends ({to}) before it starts ({from}); expected `from` on or before `to`"),
                    ));
                }
                r.period = Some(Period { from, to });
                r.period_unknown = unknown;
                return Ok(());
            }
            "claim" => r.claim = c.free_text(Col::Text)?,
            _ => r.notes = c.free_text(Col::Text)?,
        }
        for (key, value) in unknown {
            if r.unknown.contains_key(&key) {
                return Err(Problem::at(
                    c.row,
                    Col::Unknown,
                    format!("the field `{key}` appears twice in the report; each field may appear once"),
                ));
            }
            r.unknown.insert(key, value);
        }
        Ok(())
    }

    fn source(&mut self, c: &Cells, role: &str) -> Result<(), Problem> {
        if !matches!(role, "" | "source") {
            return Err(Self::wrong_role(c, "source for a source row"));
        }
        let place = c.place(&["sources"], "sources[0]")?;
        let source = Source {
            title: c.label(Col::Text, "the source's title")?,
            publisher: c.free_text(Col::Series)?,
            date: c.optional_date()?,
            url: c.free_text(Col::Url)?,
            unknown: c.unknown()?,
        };
        self.sources.push((place.first().copied(), c.row, source));
        Ok(())
    }

    fn funding(&mut self, c: &Cells, role: &str) -> Result<(), Problem> {
        let year = c.year()?;
        let label = c.label_or(
            Col::Series,
            "the funding label (or an empty cell for \"Funding\")",
            DEFAULT_FUNDING_LABEL,
        )?;
        let place = c.place(&["funding"], "funding[0]")?.first().copied();
        let describe = format!("funding {year} ({label})");
        let slot = self
            .funding
            .get(place, (year, label.clone()), c.row, || Funding::new(year, label));
        match role {
            "entry" => {
                slot.once("entry", &describe, c.row, Col::Role)?;
                slot.value.note = c.free_text(Col::Note)?;
                slot.value.unknown = c.unknown()?;
            }
            "amount" => {
                let category = c.word(Col::Category);
                let amount = match category.as_str() {
                    "mmk" => &mut slot.value.mmk,
                    "usd" => &mut slot.value.usd,
                    _ => {
                        return Err(Problem::at(
                            c.row,
                            Col::Category,
                            format!(
                                "expected mmk or usd for a funding amount, found {}",
                                c.found(Col::Category)
                            ),
                        ));
                    }
                };
                *amount = Some(c.figure(false)?);
                slot.once(&format!("amount {category}"), &describe, c.row, Col::Category)?;
            }
            _ => return Err(Self::wrong_role(c, "entry or amount for a funding row")),
        }
        Ok(())
    }

    fn losses(&mut self, c: &Cells, role: &str) -> Result<(), Problem> {
        let year = c.year()?;
        let side = c.label_or(
            Col::Series,
            "the side (or an empty cell for \"unspecified\")",
            UNSPECIFIED_SIDE,
        )?;
        let place = c.place(&["losses"], "losses[0]")?.first().copied();
        let describe = format!("losses {year} ({side})");
        let slot = self
            .losses
            .get(place, (year, side.clone()), c.row, || Losses::new(year, side));
        match role {
            "entry" => {
                slot.once("entry", &describe, c.row, Col::Role)?;
                slot.value.note = c.free_text(Col::Note)?;
                slot.value.unknown = c.unknown()?;
            }
            "total" => {
                slot.value.total = Some(total(c)?);
                slot.once("total", &describe, c.row, Col::Role)?;
            }
            "part" | "other" => {
                let label = c.label(Col::Category, "a non-empty category label")?;
                let figure = c.figure(true)?;
                slot.once(&format!("{role} {label}"), &describe, c.row, Col::Category)?;
                let parts = if role == "part" {
                    &mut slot.value.breakdown
                } else {
                    &mut slot.value.other
                };
                parts.push((label, figure));
            }
            _ => return Err(Self::wrong_role(c, "entry, total, part or other for a losses row")),
        }
        Ok(())
    }

    fn battles(&mut self, c: &Cells, role: &str) -> Result<(), Problem> {
        let year = c.year()?;
        let place = c.place(&["battles", "groups"], "battles[0] or battles[0].groups[1]")?;
        let group = c.free_text(Col::Series)?;
        if group.is_none() && place.len() > 1 {
            return Err(Problem::at(
                c.row,
                Col::Series,
                "expected the battle group's label for a row of a group, found an empty cell",
            ));
        }
        let slot = self.battles.get(place.first().copied(), year, c.row, || {
            (Battles::new(year), Slots::default())
        });
        let Some(_) = group else {
            let describe = format!("battles {year}");
            match role {
                "entry" => {
                    slot.once("entry", &describe, c.row, Col::Role)?;
                    slot.value.0.note = c.free_text(Col::Note)?;
                    slot.value.0.unknown = c.unknown()?;
                }
                "total" => {
                    slot.value.0.total = Some(total(c)?);
                    slot.once("total", &describe, c.row, Col::Role)?;
                }
                "part" => {
                    return Err(Problem::at(
                        c.row,
                        Col::Series,
                        "expected the battle group's label for a part (a year's battles are broken down by group), found an empty cell",
                    ));
                }
                _ => return Err(Self::wrong_role(c, "entry, total or part for a battles row")),
            }
            return Ok(());
        };
        let label = c.label(Col::Series, "the battle group's label")?;
        let describe = format!("battles {year} ({label})");
        let group = slot
            .value
            .1
            .get(place.get(1).copied(), label.clone(), c.row, || BattleGroup::new(label));
        match role {
            "entry" => {
                group.once("entry", &describe, c.row, Col::Role)?;
                group.value.note = c.free_text(Col::Note)?;
                group.value.unknown = c.unknown()?;
            }
            "total" => {
                group.value.total = Some(total(c)?);
                group.once("total", &describe, c.row, Col::Role)?;
            }
            "part" => {
                let label = c.label(Col::Category, "a non-empty category label")?;
                let figure = c.figure(true)?;
                group.once(&format!("part {label}"), &describe, c.row, Col::Category)?;
                group.value.breakdown.push((label, figure));
            }
            _ => return Err(Self::wrong_role(c, "entry, total or part for a battles row")),
        }
        Ok(())
    }

    fn townships(&mut self, c: &Cells, role: &str) -> Result<(), Problem> {
        let as_of = c.date()?;
        let place = c.place(&["townships", "towns"], "townships[0] or townships[0].towns[1]")?;
        let describe = format!("townships as of {as_of}");
        let slot = self.townships.get(place.first().copied(), as_of, c.row, || {
            (Townships::new(as_of), Vec::new())
        });
        match role {
            "entry" => {
                slot.once("entry", &describe, c.row, Col::Role)?;
                slot.value.0.note = c.free_text(Col::Note)?;
                slot.value.0.unknown = c.unknown()?;
            }
            "total" => {
                slot.value.0.total = Some(total(c)?);
                slot.once("total", &describe, c.row, Col::Role)?;
            }
            "part" => {
                let label = c.label(Col::Category, "a non-empty category label")?;
                let figure = c.figure(true)?;
                slot.once(&format!("part {label}"), &describe, c.row, Col::Category)?;
                slot.value.0.breakdown.push((label, figure));
            }
            "town" => {
                let town = Town {
                    name: c.label(Col::Text, "the town's name")?,
                    status: c.label(Col::Category, "the town's status")?,
                    region: c.free_text(Col::Region)?,
                    pcode: c.free_text(Col::Pcode)?,
                    lat: c.degrees(Col::Lat, 90.0)?,
                    lon: c.degrees(Col::Lon, 180.0)?,
                    note: c.free_text(Col::Note)?,
                    unknown: c.unknown()?,
                };
                slot.value.1.push((place.get(1).copied(), c.row, town));
            }
            _ => return Err(Self::wrong_role(c, "entry, total, part or town for a townships row")),
        }
        Ok(())
    }

    fn finish(self) -> Result<Report, Problem> {
        let Self {
            name,
            first_row,
            report: mut r,
            title,
            version_row,
            mut sources,
            funding,
            losses,
            battles,
            townships,
            ..
        } = self;
        if let Some((row, version)) = version_row
            && version != FORMAT_VERSION as f64
        {
            let message = if version > FORMAT_VERSION as f64 {
                format!("written for format {version}; this version reads format {FORMAT_VERSION}")
            } else {
                format!("expected the format number {FORMAT_VERSION}, found {version}")
            };
            return Err(Problem::at(row, Col::Value, message));
        }
        r.title = title.ok_or_else(|| {
            Problem::row(
                first_row,
                format!(
                    "expected a row with section `report`, category `title` and the title in `text` for the report `{name}`, found none"
                ),
            )
        })?;
        sources.sort_by_key(|(place, row, _)| (place.unwrap_or(usize::MAX), *row));
        r.sources = sources.into_iter().map(|(_, _, s)| s).collect();
        for slot in funding.into_sorted() {
            if slot.value.mmk.is_none() && slot.value.usd.is_none() {
                return Err(Problem::row(
                    slot.first_row,
                    format!(
                        "expected at least one of `mmk` and `usd` for funding {} ({}), found neither",
                        slot.value.year, slot.value.label
                    ),
                ));
            }
            r.funding.push(slot.value);
        }
        r.losses = losses.into_sorted().into_iter().map(|s| s.value).collect();
        r.battles = battles
            .into_sorted()
            .into_iter()
            .map(|s| {
                let (mut b, groups) = s.value;
                b.groups = groups.into_sorted().into_iter().map(|g| g.value).collect();
                b
            })
            .collect();
        r.townships = townships
            .into_sorted()
            .into_iter()
            .map(|s| {
                let (mut t, mut towns) = s.value;
                towns.sort_by_key(|(place, row, _)| (place.unwrap_or(usize::MAX), *row));
                t.towns = towns.into_iter().map(|(_, _, town)| town).collect();
                t
            })
            .collect();
        if r.funding.is_empty() && r.losses.is_empty() && r.battles.is_empty() && r.townships.is_empty() {
            return Err(Problem::row(
                first_row,
                format!("expected rows of funding, losses, battles or townships for the report `{name}`, found none"),
            ));
        }
        Ok(r)
    }
}

/// A total's figure (a count); its category must be `total` or empty.
fn total(c: &Cells) -> Result<Figure, Problem> {
    let category = c.word(Col::Category);
    if !matches!(category.as_str(), "" | "total") {
        return Err(Problem::at(
            c.row,
            Col::Category,
            format!(
                "expected total (or an empty cell) for a total, found {}",
                c.found(Col::Category)
            ),
        ));
    }
    c.figure(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMA: Dialect = Dialect {
        separator: ',',
        decimal_comma: false,
    };
    const SEMICOLON: Dialect = Dialect {
        separator: ';',
        decimal_comma: true,
    };

    #[test]
    fn numbers_as_spreadsheets_write_them() {
        for (text, value) in [
            ("9549", 9549.0),
            ("9,549", 9549.0),
            ("33,600,000,000", 33.6e9),
            ("3.36E+10", 33.6e9),
            ("3.36e10", 33.6e9),
            ("15.7", 15.7),
            (" 12 ", 12.0),
            ("'701", 701.0),
            ("-16.5", -16.5),
        ] {
            assert_eq!(parse_number(text, COMMA), Some(value), "{text}");
        }
        for text in [
            "",
            "many",
            "1,5",
            "12,34,567",
            "1.2.3",
            "NaN",
            "inf",
            "1e",
            "0x10",
            "--1",
            "1e400",
        ] {
            assert_eq!(parse_number(text, COMMA), None, "{text}");
        }
        for (text, value) in [
            ("15,7", 15.7),
            ("9.549", 9549.0),
            ("33.600.000.000", 33.6e9),
            ("3,36E+10", 33.6e9),
            ("1.234,5", 1234.5),
            ("15.7", 15.7),
            ("9 549", 9549.0),
        ] {
            assert_eq!(parse_number(text, SEMICOLON), Some(value), "{text}");
        }
    }

    #[test]
    fn cells_are_defused_and_read_back() {
        for text in [
            "=1+1",
            "'=1+1",
            "''@x",
            "-5",
            "plain",
            "'quoted'",
            "+",
            "say \"over\", then",
            "a;b",
        ] {
            let written = cell(text);
            let rows = rows(&written, ',', 10).unwrap_or_default();
            assert_eq!(undefused(&rows[0][0]), text, "{written}");
        }
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    }

    #[test]
    fn rows_take_quotes_line_breaks_and_crlf() {
        let text = "a,b\r\n\"x\r\ny\",\"say \"\"over\"\"\"\r\n,\n";
        let rows = rows(text, ',', 10).unwrap_or_default();
        assert_eq!(
            rows,
            [
                vec!["a".to_owned(), "b".to_owned()],
                vec!["x\r\ny".to_owned(), "say \"over\"".to_owned()],
                vec![String::new(), String::new()],
            ]
        );
    }

    #[test]
    fn rows_past_the_limit_are_refused_where_they_start() {
        assert_eq!(rows("h\n1\n2\n3\n", ',', 3).map(|r| r.len()).ok(), Some(4));
        let problem = rows("h\n1\n2\n3\n4\n5\n", ',', 3)
            .err()
            .map(|p| p.into_error("t.csv").to_string());
        assert_eq!(
            problem.as_deref(),
            Some("t.csv: row 5: the file holds more than 3 rows below its header; split it into several files")
        );
        assert_eq!(MAX_ENTRIES, 1_000_000, "as README says");
    }

    #[test]
    fn dates_with_a_midnight_time() {
        assert!(parse_date("2025-12-31").is_some());
        assert!(parse_date("2025-12-31 00:00:00").is_some());
        assert!(parse_date("2025-12-31T00:00:00Z").is_some());
        assert!(parse_date("12/31/2025").is_none());
        assert!(parse_date("2025-12-31 13:00").is_none());
        assert!(parse_date("2025-02-30").is_none());
    }
}
