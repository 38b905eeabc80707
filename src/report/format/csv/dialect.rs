//! The table's dialect (separator, decimal comma), its rows and cells, and its header row.

use super::*;

// ---------------------------------------------------------------------------------------------
// Reading: the table.

/// A problem at a row (1 is the header), in a column when it has one.
pub(super) struct Problem {
    pub(super) row: usize,
    pub(super) column: Option<String>,
    pub(super) message: String,
}

impl Problem {
    pub(super) fn at(row: usize, col: Col, message: impl Into<String>) -> Self {
        Self {
            row,
            column: Some(col.name().to_owned()),
            message: message.into(),
        }
    }

    pub(super) fn row(row: usize, message: impl Into<String>) -> Self {
        Self {
            row,
            column: None,
            message: message.into(),
        }
    }

    pub(super) fn into_error(self, file: &str) -> ReadError {
        let place = match self.column {
            Some(column) => format!("row {}, column {column}", thousands(self.row as f64)),
            None => format!("row {}", thousands(self.row as f64)),
        };
        ReadError::whole_file(file, format!("{place}: {}", self.message))
    }
}

/// How the table separates cells and writes decimals.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) struct Dialect {
    pub(super) separator: char,
    /// `;`-separated tables come from spreadsheets that write `15,7` for 15.7.
    pub(super) decimal_comma: bool,
}

/// The separator the header row uses: `,` when it has one, else `;` or a tab.
pub(super) fn dialect(text: &str) -> Dialect {
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
pub(super) fn rows(text: &str, separator: char, max_rows: usize) -> Result<Vec<Vec<String>>, Problem> {
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
pub(super) fn column_name(rows: &[Vec<String>], index: usize) -> String {
    rows.first()
        .and_then(|header| header.get(index))
        .map(|name| name.trim().to_lowercase())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| (index + 1).to_string())
}

/// Which column holds what.
pub(super) struct Header {
    pub(super) index: [Option<usize>; COLUMNS.len()],
    /// How many cells the header names (trailing unnamed ones left out).
    pub(super) width: usize,
    /// Columns this version does not know, by name: ignored with a warning.
    pub(super) unknown: Vec<String>,
}

pub(super) fn header(cells: &[String]) -> Result<Header, Problem> {
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
