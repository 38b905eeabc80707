//! Reading format 1: bytes in, a [`Report`] and its reading warnings out, or one located error.
//!
//! Every input is bounded before it can cost much: the file's size, its nesting, its number of
//! entries and the length of its texts (see the `MAX_` constants). Reading is one pass over the
//! text for its shape and one for its content; a refused file is read again to locate the error.

use std::path::Path;

use serde::Deserialize;

use super::raw::{EntryBudget, RawReport};
use super::rules::{FORMAT_VERSION, MAX_DEPTH, MAX_FILE_BYTES, MAX_NAMED_UNKNOWN_FIELDS, too_large};
use crate::report::model::Report;
use crate::report::model::figure::{MAX_FIGURE, thousands};

/// Why a file could not be read, with where in it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.display())]
pub struct ReadError {
    /// The file's name as the user knows it.
    pub file: String,
    /// 1-based line and column of the problem, when it has a place in the text.
    pub position: Option<(usize, usize)>,
    /// JSON path to the value at fault, e.g. `losses[0].breakdown.killed`.
    pub path: Option<String>,
    /// What was wrong, in words: what was expected and what was found.
    pub message: String,
}

impl ReadError {
    pub(crate) fn whole_file(file: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            position: None,
            path: None,
            message: message.into(),
        }
    }

    fn display(&self) -> String {
        let mut out = self.file.clone();
        if let Some((line, column)) = self.position {
            out.push_str(&format!(":{line}:{column}"));
        }
        out.push_str(": ");
        if let Some(path) = &self.path {
            out.push_str(&format!("at `{path}`: "));
        }
        out.push_str(&self.message);
        out
    }
}

/// A readable file's remark about its content, found while reading (e.g. an unknown field).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ReadWarning {
    /// JSON path of the field concerned.
    pub path: String,
    /// What was noticed.
    pub message: String,
}

/// A report and what reading it noticed.
#[derive(Clone, Debug)]
pub struct Parsed {
    /// The report's content.
    pub report: Report,
    /// Unknown fields and similar remarks.
    pub warnings: Vec<ReadWarning>,
}

/// Reads a report file from disk, refusing files over [`MAX_FILE_BYTES`] before reading them.
pub fn read_path(path: &Path) -> Result<(Parsed, Vec<u8>), ReadError> {
    let bytes = read_file(path)?;
    parse(&bytes, &display_name(path)).map(|parsed| (parsed, bytes))
}

/// A file's bytes, refusing files over [`MAX_FILE_BYTES`] before reading them; errors name the
/// file by [`display_name`].
pub fn read_file(path: &Path) -> Result<Vec<u8>, ReadError> {
    use std::io::Read as _;
    let name = display_name(path);
    let file = std::fs::File::open(path).map_err(|e| ReadError::whole_file(&name, io_message(&e)))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > MAX_FILE_BYTES {
        return Err(ReadError::whole_file(&name, too_large(size)));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::whole_file(&name, io_message(&e)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::whole_file(&name, too_large(bytes.len() as u64)));
    }
    Ok(bytes)
}

/// The short name used in messages: the file name without its folder.
pub fn display_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

fn io_message(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied: the file cannot be opened".to_owned(),
        std::io::ErrorKind::IsADirectory => "this is a folder, not a report file".to_owned(),
        _ => format!("the file cannot be read: {error}"),
    }
}

/// Parses the bytes of a report file. `file` names it in messages.
pub fn parse(bytes: &[u8], file: &str) -> Result<Parsed, ReadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::whole_file(file, too_large(bytes.len() as u64)));
    }
    let text = decode(bytes, file, "a JSON report")?;
    if text.trim().is_empty() {
        return Err(ReadError::whole_file(
            file,
            "the file is empty; expected a JSON report object",
        ));
    }
    check_shape(text, file)?;
    let raw = {
        let _budget = EntryBudget::start();
        let mut json = serde_json::Deserializer::from_str(text);
        RawReport::deserialize(&mut json).and_then(|raw| json.end().map(|()| raw))
    };
    let Ok(raw) = raw else {
        return Err(refusal(text, file));
    };
    let report = raw.into_report().map_err(|(path, message)| ReadError {
        file: file.to_owned(),
        position: None,
        path: (!path.is_empty()).then_some(path),
        message,
    })?;
    let warnings = unknown_field_warnings(&report);
    Ok(Parsed { report, warnings })
}

/// Why a text that could not be read was refused. Reading again with path tracking costs time,
/// so it is done only once the first reading failed: a file written for a newer format says so,
/// any other gets the located error with its JSON path.
fn refusal(text: &str, file: &str) -> ReadError {
    if let Err(newer) = check_version(text, file) {
        return newer;
    }
    let _budget = EntryBudget::start();
    let mut json = serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, RawReport>(&mut json) {
        Err(e) => located(file, text, e.path().to_string(), e.inner()),
        Ok(_) => match json.end() {
            Err(e) => located(file, text, String::new(), &e),
            Ok(()) => ReadError::whole_file(file, "the file could not be read"),
        },
    }
}

/// A warning for each unknown field (they are kept, and written back, but not used), in the
/// order of the report's objects; past [`MAX_NAMED_UNKNOWN_FIELDS`], one more warning counts the rest.
pub fn unknown_field_warnings(report: &Report) -> Vec<ReadWarning> {
    let mut warnings = Vec::new();
    let mut unknown = 0usize;
    let mut first_unnamed = String::new();
    report.each_unknown(|path, fields| {
        for key in fields.keys() {
            unknown += 1;
            let at = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            if unknown <= MAX_NAMED_UNKNOWN_FIELDS {
                warnings.push(ReadWarning {
                    path: at,
                    message: format!("unknown field `{key}` ignored"),
                });
            } else if unknown == MAX_NAMED_UNKNOWN_FIELDS + 1 {
                first_unnamed = at;
            }
        }
    });
    if unknown > MAX_NAMED_UNKNOWN_FIELDS {
        warnings.push(ReadWarning {
            path: first_unnamed,
            message: format!(
                "{} more unknown fields ignored, from here on (only the first {} are named)",
                thousands((unknown - MAX_NAMED_UNKNOWN_FIELDS) as f64),
                thousands(MAX_NAMED_UNKNOWN_FIELDS as f64)
            ),
        });
    }
    warnings
}

/// Checks the encoding: UTF-8 (with an optional byte-order mark, which is left out), not UTF-16
/// or UTF-32, not binary. `what` names what the file should be ("a JSON report").
pub(super) fn decode<'a>(bytes: &'a [u8], file: &str, what: &str) -> Result<&'a str, ReadError> {
    if let Some(encoding) = other_unicode(bytes) {
        return Err(ReadError::whole_file(
            file,
            format!(
                "the file is {encoding} text; report files must be UTF-8: open it in a text editor and save it as UTF-8"
            ),
        ));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if let Some(zero) = bytes.iter().position(|&b| b == 0) {
        if zero < 8192 {
            return Err(ReadError::whole_file(
                file,
                format!("this is a binary file, not {what} (it contains zero bytes)"),
            ));
        }
        return Err(ReadError {
            file: file.to_owned(),
            position: Some(line_column(bytes, zero)),
            path: None,
            message: format!("found a zero byte, which a text file never holds: the file is damaged or is not {what}"),
        });
    }
    std::str::from_utf8(bytes).map_err(|e| ReadError {
        file: file.to_owned(),
        position: Some(line_column(bytes, e.valid_up_to())),
        path: None,
        message: "expected UTF-8 text, found bytes that are not UTF-8 (the file may be in another encoding, such as Windows-1252: save it as UTF-8)"
            .to_owned(),
    })
}

/// 1-based line and column of a byte offset, the column counted in characters as a text editor
/// counts them (Burmese letters take three bytes each).
fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    (line, characters(&before[line_start..]) + 1)
}

/// Characters in UTF-8 bytes: every byte that does not continue a character starts one.
fn characters(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

/// serde_json's position (line, and column of the last byte read, in bytes; 0 right after a line
/// break) as line and character column in the text.
fn text_position(text: &str, line: usize, byte_column: usize) -> (usize, usize) {
    let mut starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1));
    let Some(start) = starts.nth(line.saturating_sub(1)) else {
        return (line, byte_column);
    };
    if byte_column == 0 && line > 1 {
        // The problem is the line break that ends the line before.
        return line_column(text.as_bytes(), start - 1);
    }
    let end = (start + byte_column).min(text.len());
    (line, characters(&text.as_bytes()[start..end]))
}

/// The name of a Unicode encoding other than UTF-8, recognised by its byte-order mark or by the
/// zero bytes ASCII text has in it ("{" is `7B 00` in UTF-16 LE).
fn other_unicode(bytes: &[u8]) -> Option<&'static str> {
    let head = |n: usize| bytes.get(..n);
    if head(4) == Some(&[0, 0, 0xFE, 0xFF]) || head(4) == Some(&[0xFF, 0xFE, 0, 0]) {
        return Some("UTF-32");
    }
    if head(2) == Some(&[0xFE, 0xFF]) || head(2) == Some(&[0xFF, 0xFE]) {
        return Some("UTF-16");
    }
    match head(4)? {
        [0, 0, 0, b] | [b, 0, 0, 0] if *b != 0 => Some("UTF-32"),
        [0, a, 0, _] | [a, 0, _, 0] if *a != 0 => Some("UTF-16"),
        _ => None,
    }
}

/// Refuses text that is not one JSON object, or that nests deeper than [`MAX_DEPTH`] anywhere
/// (including in fields that would be ignored), before parsing it.
fn check_shape(text: &str, file: &str) -> Result<(), ReadError> {
    let at = |offset: usize| Some(line_column(text.as_bytes(), offset));
    let start = text.len() - text.trim_start().len();
    if !text[start..].starts_with('{') {
        let found = match text[start..].chars().next() {
            Some('[') => "an array".to_owned(),
            Some('"') => "a string".to_owned(),
            Some(c) if c.is_ascii_digit() || c == '-' => "a number".to_owned(),
            Some(c) => format!("`{c}`"),
            None => "nothing".to_owned(),
        };
        return Err(ReadError {
            file: file.to_owned(),
            position: at(start),
            path: None,
            message: format!("expected a JSON object (a report starts with `{{`), found {found}"),
        });
    }
    if let Some(offset) = too_deep(text) {
        return Err(ReadError {
            file: file.to_owned(),
            position: at(offset),
            path: None,
            message: format!(
                "expected at most {MAX_DEPTH} levels of nesting (a report needs about five), found deeper nesting"
            ),
        });
    }
    Ok(())
}

/// Where JSON text first opens more than [`MAX_DEPTH`] arrays and objects (brackets inside
/// strings left out), without parsing it; `None` when it never does.
pub(super) fn too_deep(text: &str) -> Option<usize> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (offset, byte) in text.bytes().enumerate() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(offset);
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Refuses a file written for a newer format whose content format 1 cannot read.
fn check_version(text: &str, file: &str) -> Result<(), ReadError> {
    #[derive(Deserialize)]
    struct Probe {
        fieldreport: Option<serde_json::Value>,
    }
    let Ok(probe) = serde_json::from_str::<Probe>(text) else {
        return Ok(()); // the full reading reports the error with its place
    };
    if let Some(version) = probe.fieldreport.as_ref().and_then(serde_json::Value::as_u64)
        && version > FORMAT_VERSION
    {
        return Err(ReadError {
            file: file.to_owned(),
            position: None,
            path: Some("fieldreport".to_owned()),
            message: format!("written for format {version}; this version reads format {FORMAT_VERSION}"),
        });
    }
    Ok(())
}

/// Turns a serde_json error into a located message that says what was expected and found.
fn located(file: &str, text: &str, path: String, error: &serde_json::Error) -> ReadError {
    let position = (error.line() > 0).then(|| text_position(text, error.line(), error.column()));
    // serde_path_to_error writes `?` for a place it could not name (e.g. a key not yet read).
    let path = path.replace(".?", "").replace('?', "");
    let path = (!path.is_empty() && path != ".").then_some(path);
    ReadError {
        file: file.to_owned(),
        position,
        path,
        message: reword(error),
    }
}

/// serde_json's messages in plainer words, always with "expected … found …" where it applies.
fn reword(error: &serde_json::Error) -> String {
    let raw = error.to_string();
    // Drop serde_json's own " at line X column Y" suffix: the position is given separately.
    let text = raw.rsplit_once(" at line ").map_or(raw.as_str(), |(head, _)| head);
    if let Some(rest) = text
        .strip_prefix("invalid type: ")
        .or_else(|| text.strip_prefix("invalid value: "))
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        let expected = match expected {
            "a string" => "text in double quotes",
            other => other,
        };
        return format!("expected {expected}, found {}", found_words(found));
    }
    if let Some(rest) = text.strip_prefix("unknown variant ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return format!("expected {expected}, found {found}");
    }
    if let Some(field) = text.strip_prefix("missing field ") {
        if field == "`fieldreport`" {
            return format!(
                "expected the required field `fieldreport` (the format number, {FORMAT_VERSION}), found none: is this a fieldreport file?"
            );
        }
        return format!("expected the required field {field}, found none");
    }
    if let Some(field) = text.strip_prefix("duplicate field ") {
        return format!("the field {field} appears twice; each field may appear once");
    }
    use serde_json::error::Category;
    match (error.classify(), text) {
        (Category::Eof, _) => {
            let inside = text.strip_prefix("EOF while parsing ").unwrap_or("a value");
            let inside = match inside {
                "a list" => "a list [ … ]",
                "an object" => "an object { … }",
                "a string" => "a text in double quotes",
                _ => "a value",
            };
            format!("the file ends too early, in the middle of {inside}: it looks cut off")
        }
        (_, "trailing characters") => {
            "expected the end of the file after the report object, found more text".to_owned()
        }
        (_, "expected value" | "expected ident") => {
            "expected a JSON value, found something else (NaN, Infinity, comments and bare words are not JSON)"
                .to_owned()
        }
        (_, "number out of range") => format!(
            "expected a number up to {} (a thousand trillion), found a number too large to hold",
            thousands(MAX_FIGURE)
        ),
        (_, "expected `,` or `}`") => {
            "expected `,` or `}` after a field, found something else (is a comma missing?)".to_owned()
        }
        (_, "expected `,` or `]`") => {
            "expected `,` or `]` after an item of a list, found something else (is a comma missing?)".to_owned()
        }
        (_, "expected `:`") => "expected `:` between a field's name and its value, found something else".to_owned(),
        (_, "key must be a string") | (_, "expected `\"`") => {
            "expected a field name in double quotes, found something else (comments and single quotes are not JSON)"
                .to_owned()
        }
        (_, "trailing comma") => {
            "found a comma after the last item; JSON allows none before `}` or `]`".to_owned()
        }
        (_, "control character (\\u0000-\\u001F) found while parsing a string") => {
            "found a line break or other control character inside a text; write a line break as \\n".to_owned()
        }
        (_, "invalid escape" | "invalid unicode code point" | "unexpected end of hex escape" | "lone leading surrogate in hex escape") => {
            "found a broken escape in a text: a backslash must be followed by one of \\ \" / b f n r t, or by u and four hexadecimal digits".to_owned()
        }
        (_, "invalid number") => "expected a number, found a malformed one".to_owned(),
        (_, "recursion limit exceeded") => {
            format!("expected at most {MAX_DEPTH} levels of nesting, found deeper nesting")
        }
        _ => text.to_owned(),
    }
}

/// serde's words for a value that was found ("floating point `12.5`", "map") as plain words.
fn found_words(found: &str) -> String {
    const MAX_SHOWN: usize = 60;
    let between_ticks = |prefix: &str| {
        found
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix('`'))
            .and_then(|rest| rest.strip_suffix('`'))
            .map(str::to_owned)
    };
    if let Some(value) = between_ticks("integer ")
        .or_else(|| between_ticks("floating point "))
        .or_else(|| between_ticks("boolean "))
    {
        return value;
    }
    if let Some(quoted) = found.strip_prefix("string ") {
        let shown: String = quoted.chars().take(MAX_SHOWN).collect();
        return if shown.len() < quoted.len() {
            format!("the text {shown}…\"")
        } else {
            format!("the text {quoted}")
        };
    }
    match found {
        "map" => "an object { … }".to_owned(),
        "sequence" => "a list [ … ]".to_owned(),
        other => other.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::raw::with_entry_limit;
    use super::super::rules::MAX_ENTRIES;
    use super::*;

    /// A report of `funding` funding entries, the first with `categories` loss categories.
    fn report(funding: usize, categories: usize) -> String {
        let entries: Vec<String> = (0..funding)
            .map(|i| format!("{{\"year\": {}, \"mmk\": 1}}", 1900 + i))
            .collect();
        let parts: Vec<String> = (0..categories).map(|i| format!("\"c{i}\": 1")).collect();
        format!(
            "{{\"fieldreport\": 1, \"title\": \"T\",\n\"losses\": [{{\"year\": 2024, \"breakdown\": {{{}}}}}],\n\"funding\": [{}]}}",
            parts.join(", "),
            entries.join(",\n")
        )
    }

    #[test]
    fn the_entry_limit_is_a_million() {
        assert_eq!(MAX_ENTRIES, 1_000_000, "as README says");
    }

    #[test]
    fn entries_up_to_the_limit_are_read() {
        // One losses entry, 4 categories, 5 funding entries: 10.
        let parsed = with_entry_limit(10, || parse(report(5, 4).as_bytes(), "ten.json")).expect("reads");
        assert_eq!(parsed.report.funding.len(), 5);
    }

    #[test]
    fn one_entry_past_the_limit_is_refused_where_it_stands() {
        // Located just before the entry that passes the limit.
        let error = with_entry_limit(10, || parse(report(6, 4).as_bytes(), "eleven.json")).expect_err("too many");
        assert_eq!(
            error.to_string(),
            "eleven.json:7:26: at `funding[5]`: the file holds more than 10 entries (section entries, battle groups, towns, sources and categories count together); split it into several files"
        );
        let error = with_entry_limit(10, || parse(report(0, 10).as_bytes(), "eleven.json")).expect_err("too many");
        assert_eq!(
            error.to_string(),
            "eleven.json:2:125: at `losses[0].breakdown`: the file holds more than 10 entries (section entries, battle groups, towns, sources and categories count together); split it into several files"
        );
    }

    #[test]
    fn the_limit_holds_for_each_file_afresh() {
        with_entry_limit(10, || {
            for _ in 0..3 {
                parse(report(5, 4).as_bytes(), "ten.json").expect("reads");
            }
        });
    }

    #[test]
    fn columns_count_characters() {
        let text = "{\"title\": \"ဗမာ\", x}";
        let error = parse(text.as_bytes(), "burmese.json").expect_err("bare word");
        assert_eq!(error.position, Some((1, 18)), "{error}");
    }
}
