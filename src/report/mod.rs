//! The data model: report files in, a checked and merged dataset out. Knows nothing of the window.
//!
//! - [`figure`]: numbers with qualifiers, their intervals and their wording.
//! - [`model`]: the report's content as plain data.
//! - [`read`]: format 1 parsing with located errors, and the limits on what a file may hold.
//! - [`write`]: format 1 writing, in one canonical form that reads back the same.
//! - [`csv`]: the spreadsheet format: reports as one CSV table, both ways.
//! - [`open`]: a file read as JSON or CSV, whichever it holds.
//! - [`checks`]: consistency checks, worded for people.
//! - [`yoy`]: year-over-year changes.
//! - [`dataset`]: many reports merged, with conflicts kept.

pub mod checks;
pub mod csv;
pub mod dataset;
pub mod events;
pub mod figure;
pub mod figure_text;
pub mod model;
pub mod open;
pub mod places;
mod raw;
pub mod read;
pub mod table;
pub mod write;
pub mod yoy;

pub use checks::{Severity, Subject, Warning};
pub use dataset::{Claim, Conflict, Dataset, LoadedReport, Point, Role, Section, Series, SeriesKey, When};
pub use figure::{Figure, Qualifier, Unit};
pub use model::{Date, Report};
pub use read::ReadError;

/// The bundled sample report's file name.
pub const SAMPLE_NAME: &str = "nug-2025-military-review.json";

/// The bundled sample report: the figures of the NUG's 2025 military review as Mizzima reported them.
pub const SAMPLE_JSON: &str = include_str!("../../assets/nug-2025-military-review.json");

/// The bundled sample, read and checked.
pub fn sample() -> LoadedReport {
    LoadedReport::from_bytes(SAMPLE_JSON.as_bytes(), SAMPLE_NAME, None).expect("the bundled sample report is valid")
}
