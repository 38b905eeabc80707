//! Editing a report: its sections as grids of cells that read and write the model.
//!
//! - [`change`]: one change to a report as the editor asks for it, named by what it acts on.
//! - [`table`]: the editor's grid model (cells read and written as text, rows and categories
//!   added, removed, renamed and moved).

pub mod change;
pub mod table;
