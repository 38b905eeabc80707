//! Opening a report file whatever its format: JSON (format 1) or a CSV table of one or more
//! reports, told apart by the content, with the file's extension as a hint. The window and
//! `fieldreport check` both read files through here.

use std::path::{Path, PathBuf};

use super::{LoadedReport, sha256_hex};
use crate::report::format::read::{ReadError, display_name, read_file};

/// The formats a report file may be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Format 1, one report.
    Json,
    /// A CSV table of one or more reports.
    Csv,
}

impl Format {
    /// The format a path's extension names: `.csv` and `.tsv` for CSV, `.json` for JSON.
    pub fn of_extension(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_string_lossy().to_lowercase();
        match extension.as_str() {
            "json" => Some(Self::Json),
            "csv" | "tsv" => Some(Self::Csv),
            _ => None,
        }
    }

    /// The format of a file's bytes: JSON when the text starts with `{` (or `[`), else what
    /// the name's extension says, else CSV when the first line names a `section` column.
    pub fn of(bytes: &[u8], name: &str) -> Self {
        let text = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        if let Some(b'{' | b'[') = text.iter().find(|b| !b.is_ascii_whitespace()) {
            return Self::Json;
        }
        if let Some(format) = Self::of_extension(Path::new(name)) {
            return format;
        }
        let first_line = text.split(|&b| b == b'\n').next().unwrap_or_default();
        if String::from_utf8_lossy(first_line).to_lowercase().contains("section") {
            Self::Csv
        } else {
            Self::Json
        }
    }
}

/// Reads the reports in a file's bytes: one for JSON, one or more for a table. `name` is the
/// file's name in messages (and the name of a table's reports whose `file` cell is empty).
pub fn read_bytes(bytes: &[u8], name: &str, path: Option<PathBuf>) -> Result<Vec<LoadedReport>, ReadError> {
    match Format::of(bytes, name) {
        Format::Json => LoadedReport::from_bytes(bytes, name, path).map(|r| vec![r]),
        Format::Csv => {
            let sha256 = sha256_hex(bytes);
            let reports = crate::report::format::csv::parse(bytes, name)?;
            Ok(reports
                .into_iter()
                .map(|(report_name, parsed)| LoadedReport::checked(parsed, sha256.clone(), report_name, path.clone()))
                .collect())
        }
    }
}

/// Reads the reports in a file, refusing files over the size limit before reading them. Every
/// report read keeps `path`; those of a table share it (and the table's SHA-256).
pub fn read_path(path: &Path) -> Result<Vec<LoadedReport>, ReadError> {
    let bytes = read_file(path)?;
    read_bytes(&bytes, &display_name(path), Some(path.to_owned()))
}
