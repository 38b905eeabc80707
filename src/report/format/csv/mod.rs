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

use super::read::{Parsed, ReadError, ReadWarning, decode, unknown_field_warnings};
use super::rules::{
    DEFAULT_FUNDING_LABEL, FORMAT_VERSION, MAX_DEPTH, MAX_ENTRIES, MAX_FILE_BYTES, UNSPECIFIED_SIDE, blank,
    text_too_long, too_large,
};
use super::write::number;
use crate::report::model::figure::{Figure, MAX_FIGURE, Qualifier, Unit, thousands};
use crate::report::model::figure_text;
use crate::report::model::series::{Role, Section, SeriesKey, When};
use crate::report::model::{
    Area, BattleGroup, Battles, Date, Funding, Losses, Parts, Period, Report, Source, Town, Townships, Unknown,
};

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
pub(super) enum Col {
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

pub(super) const ALL_COLS: [Col; 21] = [
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
    pub(super) fn name(self) -> &'static str {
        COLUMNS[self as usize]
    }

    /// Cells of these columns hold numbers, written as they are (a negative latitude is no formula).
    pub(super) fn numeric(self) -> bool {
        matches!(self, Self::Value | Self::Lat | Self::Lon)
    }
}

// ---------------------------------------------------------------------------------------------
// Cells.

/// True for text a spreadsheet would run as a formula (or that starts like a defused one).
pub(super) fn needs_defusing(text: &str) -> bool {
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

pub(super) fn quoted(text: String) -> String {
    if text.contains([',', '"', '\n', '\r', ';', '\t']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A cell's text with the `'` that [`cell`] put before a formula-like text taken off.
pub(super) fn undefused(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if needs_defusing(rest) => rest,
        _ => text,
    }
}

mod build;
mod cells;
mod dialect;
#[cfg(test)]
mod tests;
mod write;

pub use build::parse;
pub use write::{write, write_one};
