//! One data row's cells, decoded by column: texts, numbers, dates, qualifiers, paths.

use super::dialect::*;
use super::*;
use crate::report::model::figure_text::Unfit;

/// One data row, its cells found by column.
pub(super) struct Cells<'a> {
    pub(super) row: usize,
    pub(super) cells: &'a [String],
    pub(super) header: &'a Header,
    pub(super) dialect: Dialect,
}

impl Cells<'_> {
    /// The cell as written, `""` when its column is missing.
    pub(super) fn raw(&self, col: Col) -> &str {
        self.header.index[col as usize]
            .and_then(|i| self.cells.get(i))
            .map_or("", String::as_str)
    }

    /// The cell's text, with a defusing `'` taken off.
    pub(super) fn text(&self, col: Col) -> &str {
        undefused(self.raw(col))
    }

    /// Free text: `None` when the cell is empty.
    pub(super) fn free_text(&self, col: Col) -> Result<Option<String>, Problem> {
        let text = self.text(col);
        if let Some(problem) = text_too_long(text) {
            return Err(Problem::at(self.row, col, problem));
        }
        Ok((!text.is_empty()).then(|| text.to_owned()))
    }

    /// Text that must say something (`what`: "a category label"), trimmed.
    pub(super) fn label(&self, col: Col, what: &str) -> Result<String, Problem> {
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
    pub(super) fn label_or(&self, col: Col, what: &str, default: &str) -> Result<String, Problem> {
        if self.text(col).is_empty() {
            Ok(default.to_owned())
        } else {
            self.label(col, what)
        }
    }

    pub(super) fn word(&self, col: Col) -> String {
        self.text(col).trim().to_lowercase()
    }

    pub(super) fn found(&self, col: Col) -> String {
        let text = self.raw(col).trim();
        if text.is_empty() {
            "an empty cell".to_owned()
        } else {
            format!("{:?}", shorten(text))
        }
    }

    pub(super) fn year(&self) -> Result<i32, Problem> {
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

    pub(super) fn date_in(&self, col: Col, text: &str) -> Result<Date, Problem> {
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

    pub(super) fn date(&self) -> Result<Date, Problem> {
        self.date_in(Col::When, self.text(Col::When))
    }

    pub(super) fn optional_date(&self) -> Result<Option<Date>, Problem> {
        if self.text(Col::When).trim().is_empty() {
            Ok(None)
        } else {
            self.date().map(Some)
        }
    }

    /// The figure of a figure row: its value (a count when `whole`), qualifier, note and
    /// unknown fields.
    pub(super) fn figure(&self, whole: bool) -> Result<Figure, Problem> {
        let expecting = if whole {
            "a count (a whole number, 0 or more)"
        } else {
            "an amount (a number, 0 or more)"
        };
        let text = self.text(Col::Value);
        let Some(value) = figure_text::number(text, self.dialect.decimal_comma) else {
            return Err(Problem::at(
                self.row,
                Col::Value,
                format!("expected {expecting}, found {}", self.found(Col::Value)),
            ));
        };
        match figure_text::fit(value, whole) {
            Ok(()) => {}
            Err(Unfit::TooLarge) => {
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
            Err(Unfit::NotANumber | Unfit::Negative | Unfit::NotWhole) => {
                return Err(Problem::at(
                    self.row,
                    Col::Value,
                    format!("expected {expecting}, found {}", text.trim()),
                ));
            }
        }
        Ok(Figure {
            value: value + 0.0,
            qualifier: self.qualifier()?,
            note: self.free_text(Col::Note)?,
            unknown: self.unknown()?,
        })
    }

    pub(super) fn qualifier(&self) -> Result<Qualifier, Problem> {
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

    pub(super) fn degrees(&self, col: Col, limit: f64) -> Result<Option<f64>, Problem> {
        let text = self.text(col);
        if text.trim().is_empty() {
            return Ok(None);
        }
        let what = if limit == 90.0 { "a latitude" } else { "a longitude" };
        match figure_text::number(text, self.dialect.decimal_comma) {
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

    pub(super) fn unknown(&self) -> Result<Unknown, Problem> {
        let text = self.text(Col::Unknown).trim();
        if text.is_empty() {
            return Ok(Unknown::new());
        }
        let problem = |message: String| Problem::at(self.row, Col::Unknown, message);
        if crate::report::format::read::too_deep(text).is_some() {
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
    pub(super) fn place(&self, expected: &[&str], example: &str) -> Result<Vec<usize>, Problem> {
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
pub(super) fn shorten(text: &str) -> String {
    const MAX_SHOWN: usize = 60;
    if text.chars().count() > MAX_SHOWN {
        format!("{}…", text.chars().take(MAX_SHOWN).collect::<String>())
    } else {
        text.to_owned()
    }
}

/// A date as spreadsheets write it back: `2025-12-31`, also with a midnight time after it.
pub(super) fn parse_date(text: &str) -> Option<Date> {
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
