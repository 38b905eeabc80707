//! Report files: format 1 as JSON and as a CSV table, both ways, and a file opened as whichever
//! it holds.
//!
//! - [`rules`]: what a file may hold (version, limits, defaults), for both formats.
//! - [`read`]: format 1 JSON parsing with located errors; [`raw`] is the file's shape as serde
//!   reads it.
//! - [`write`]: format 1 JSON writing, in one canonical form that reads back the same.
//! - [`csv`]: the spreadsheet format: reports as one CSV table, both ways.

pub mod csv;
mod raw;
pub mod read;
pub mod rules;
pub mod write;
