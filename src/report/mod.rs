//! The data model: report files in, a checked and merged dataset out. Knows nothing of the window.
//!
//! Folders by job, each using only those listed before it:
//!
//! - [`model`]: the report's content as plain data: figures with qualifiers, what each figure is
//!   about, unknown fields kept.
//! - [`format`]: report files: format 1 as JSON and as a CSV table, read and written.
//! - [`checks`]: consistency checks, worded for people.
//! - [`dataset`]: many reports merged, with conflicts kept, and year-over-year changes.
//! - [`places`]: the gazetteer of Myanmar's towns and townships, and where a report's towns are.
//! - [`events`]: event files (ACLED, UCDP GED) read into counts, and counted as the user chooses.
//! - [`edit`]: the editor's grids over a report.

pub mod checks;
pub mod dataset;
pub mod edit;
pub mod events;
pub mod format;
pub mod model;
pub mod places;

pub use checks::{Severity, Subject, Warning};
pub use dataset::{Claim, Conflict, Dataset, LoadedReport, Point, Series};
pub use format::read::ReadError;
pub use model::figure::{Figure, Qualifier, Unit};
pub use model::series::{Role, Section, SeriesKey, When};
pub use model::{Date, Report};

/// The bundled sample report's file name.
pub const SAMPLE_NAME: &str = "nug-2025-military-review.json";

/// The bundled sample report: the figures of the NUG's 2025 military review as Mizzima reported them.
pub const SAMPLE_JSON: &str = include_str!("../../assets/nug-2025-military-review.json");

/// The bundled sample, read and checked.
pub fn sample() -> LoadedReport {
    LoadedReport::from_bytes(SAMPLE_JSON.as_bytes(), SAMPLE_NAME, None).expect("the bundled sample report is valid")
}
