//! fieldreport: a desktop chart viewer for conflict report data, where every figure keeps its
//! qualifier and its source.
//!
//! - `report/`: the data model, with no window code: reading format 1, checks, year-over-year
//!   changes, merging many reports.
//! - `charts/`: one file per chart: `prepare` (pure) and `ui` (draws).
//! - `app`: the eframe app: state, background work, commands.
//! - `command`: every user action.
//! - `io`: file dialogs and loading off the UI thread.
//! - `ui`: menus, panels, table and sources views.
//! - `cli`: the `fieldreport check` command.

pub mod app;
pub mod charts;
pub mod cli;
pub mod command;
pub mod export;
pub mod io;
pub mod report;
pub mod ui;
