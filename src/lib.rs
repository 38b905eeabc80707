//! fieldreport: a desktop chart viewer for conflict report data, where every figure keeps its
//! qualifier and its source.
//!
//! The modules form layers; each uses only the ones listed before it (a test over the `use`
//! lines keeps it so):
//!
//! 0. `i18n`: the words of the interface and pictures in English or Burmese (catalogs, numbers
//!    for people, where Burmese lines break), with no window code.
//! 1. `report`: the data model, with no window code, in folders by job: `model`, `format` (JSON
//!    and CSV, both ways), `checks`, `dataset` (merging, year-over-year), `places`, `edit`.
//! 2. `charts`: one file per chart: a pure `prepare` and the chart's view (title, caption, marks
//!    of trust, drawing).
//! 3. `fonts`: the fonts every view and picture uses, loaded once.
//! 4. `export`: pictures (offscreen rendering, PNG with metadata), CSV and alt text, as bytes.
//! 5. `command`: every user action, as data.
//! 6. `io`: work off the UI thread: dialogs, loading, and every file written.
//! 7. `state`: the viewer's state, changed only by carrying out commands.
//! 8. `ui`: panels that read the state and send commands.
//! 9. `app`: the eframe app that wires them together each frame.
//! 10. `cli`: `fieldreport check`, `render`, `convert` and `schema`, beside the window (`main`
//!     starts one, or hands its files to the one already open).

pub mod i18n;

pub mod report;

pub mod charts;

pub mod fonts;

pub mod export;

pub mod command;

pub mod io;

pub mod state;

pub mod ui;

pub mod app;

pub mod cli;
