//! Editing a report: its sections as grids of cells that read and write the model.
//!
//! - [`table`]: the editor's grid model (cells read and written as text, rows and categories
//!   added, removed, renamed and moved).

pub mod table;
