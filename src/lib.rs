//! fieldreport: a desktop chart viewer for conflict report data, where every figure keeps its
//! qualifier and its source.
//!
//! - `report/`: the data model, with no window code: reading format 1, checks, year-over-year
//!   changes, merging many reports.
//! - `cli`: the `fieldreport check` command.

pub mod cli;
pub mod report;
