//! Reading format 1: bytes in, a [`Report`] and its reading warnings out, or one located error.

use std::fmt;
use std::path::Path;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Unexpected, Visitor};

use super::figure::{Figure, Qualifier};
use super::model::{BattleGroup, Battles, Date, Funding, Losses, Parts, Period, Report, Source, Town, Townships};

/// The format version this build reads.
pub const FORMAT_VERSION: u64 = 1;

/// Files larger than this are refused before they are read whole.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The largest number a figure may hold (a thousand trillion): beyond it, a unit slip is certain.
pub const MAX_FIGURE: f64 = 1e15;

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
    fn whole_file(file: &str, message: impl Into<String>) -> Self {
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
    parse(&bytes, &name).map(|parsed| (parsed, bytes))
}

/// The short name used in messages: the file name without its folder.
pub fn display_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

fn too_large(size: u64) -> String {
    format!(
        "the file is {:.1} MiB; report files are limited to {} MiB",
        size as f64 / 1_048_576.0,
        MAX_FILE_BYTES / 1_048_576
    )
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
    let text = decode(bytes, file)?;
    if text.trim().is_empty() {
        return Err(ReadError::whole_file(
            file,
            "the file is empty; expected a JSON report object",
        ));
    }
    check_shape(text, file)?;
    check_version(text, file)?;
    let mut warnings = Vec::new();
    let mut json = serde_json::Deserializer::from_str(text);
    let raw: Result<RawReport, _> = {
        let mut on_unknown = |path: serde_ignored::Path<'_>| {
            warnings.push(ReadWarning {
                path: ignored_path(&path),
                message: format!("unknown field `{}` ignored", last_key(&path)),
            });
        };
        let ignoring = serde_ignored::Deserializer::new(&mut json, &mut on_unknown);
        serde_path_to_error::deserialize(ignoring)
    };
    let raw = raw.map_err(|e| located(file, e.path().to_string(), e.inner()))?;
    json.end().map_err(|e| located(file, String::new(), &e))?;
    let report = raw.into_report().map_err(|(path, message)| ReadError {
        file: file.to_owned(),
        position: None,
        path: (!path.is_empty()).then_some(path),
        message,
    })?;
    Ok(Parsed { report, warnings })
}

/// Checks the encoding: UTF-8 (with an optional byte-order mark), not UTF-16, not binary.
fn decode<'a>(bytes: &'a [u8], file: &str) -> Result<&'a str, ReadError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || looks_utf16(bytes) {
        return Err(ReadError::whole_file(
            file,
            "the file is UTF-16 text; save it as UTF-8 (the format requires UTF-8)",
        ));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Err(ReadError::whole_file(
            file,
            "this is a binary file, not a JSON report (it contains zero bytes)",
        ));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = &bytes[..e.valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        ReadError {
            file: file.to_owned(),
            position: Some((line, column)),
            path: None,
            message: "expected UTF-8 text, found bytes that are not UTF-8 (is this a binary file or another encoding?)"
                .to_owned(),
        }
    })
}

/// UTF-16 without a byte-order mark: every other byte of ASCII text is zero.
fn looks_utf16(bytes: &[u8]) -> bool {
    bytes.len() >= 4
        && ((bytes[0] != 0 && bytes[1] == 0 && bytes[3] == 0) || (bytes[0] == 0 && bytes[2] == 0 && bytes[1] != 0))
}

/// Deepest nesting of arrays and objects accepted; real reports need five levels.
pub const MAX_DEPTH: usize = 64;

/// Refuses text that is not one JSON object, or that nests deeper than [`MAX_DEPTH`] anywhere
/// (including in fields that would be ignored), before parsing it.
fn check_shape(text: &str, file: &str) -> Result<(), ReadError> {
    let at = |offset: usize| {
        let before = &text.as_bytes()[..offset];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        Some((line, column))
    };
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
                    return Err(ReadError {
                        file: file.to_owned(),
                        position: at(offset),
                        path: None,
                        message: format!("expected at most {MAX_DEPTH} levels of nesting, found deeper nesting"),
                    });
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// Refuses files written for a newer format before reading them field by field.
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
fn located(file: &str, path: String, error: &serde_json::Error) -> ReadError {
    let position = (error.line() > 0).then(|| (error.line(), error.column()));
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
        return format!("expected {expected}, found {found}");
    }
    if let Some(field) = text.strip_prefix("missing field ") {
        return format!("expected the required field {field}, found none");
    }
    if let Some(field) = text.strip_prefix("duplicate field ") {
        return format!("the field {field} appears twice; each field may appear once");
    }
    if text == "trailing characters" {
        return "expected the end of the file after the report object, found more text".to_owned();
    }
    match error.classify() {
        serde_json::error::Category::Eof => {
            format!("the file ends too early: it looks truncated ({text})")
        }
        serde_json::error::Category::Syntax if text.contains("recursion limit") => {
            "expected at most 128 levels of nesting, found deeper nesting".to_owned()
        }
        serde_json::error::Category::Syntax if text == "expected value" => {
            "expected a JSON value, found something else (NaN, Infinity, comments and bare words are not JSON)"
                .to_owned()
        }
        serde_json::error::Category::Syntax if text.contains("number out of range") => {
            format!(
                "expected a number up to {}, found a number too large to hold",
                super::figure::thousands(MAX_FIGURE)
            )
        }
        _ => text.to_owned(),
    }
}

fn ignored_path(path: &serde_ignored::Path<'_>) -> String {
    use serde_ignored::Path as P;
    match path {
        P::Root => String::new(),
        P::Seq { parent, index } => format!("{}[{index}]", ignored_path(parent)),
        P::Map { parent, key } => {
            let parent = ignored_path(parent);
            if parent.is_empty() {
                key.clone()
            } else {
                format!("{parent}.{key}")
            }
        }
        P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => ignored_path(parent),
    }
}

fn last_key(path: &serde_ignored::Path<'_>) -> String {
    use serde_ignored::Path as P;
    match path {
        P::Map { key, .. } => key.clone(),
        P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => last_key(parent),
        _ => "?".to_owned(),
    }
}

// ---------------------------------------------------------------------------------------------
// Field types that check their values where they stand, so errors point at the right place.

/// A non-negative number; whole when `WHOLE` (counts), decimal allowed otherwise (money).
struct Number<const WHOLE: bool>(f64);

fn number_visitor_expecting<const WHOLE: bool>() -> &'static str {
    if WHOLE {
        "a whole non-negative number (a count)"
    } else {
        "a non-negative number"
    }
}

fn checked<const WHOLE: bool, E: de::Error>(value: f64, unexpected: Unexpected<'_>) -> Result<f64, E> {
    let expecting = number_visitor_expecting::<WHOLE>();
    if !value.is_finite() || value < 0.0 {
        return Err(E::invalid_value(unexpected, &expecting));
    }
    if value > MAX_FIGURE {
        return Err(E::custom(format!(
            "expected a number up to {}, found {}",
            super::figure::thousands(MAX_FIGURE),
            value
        )));
    }
    if WHOLE && value.fract() != 0.0 {
        return Err(E::invalid_value(unexpected, &expecting));
    }
    Ok(value)
}

impl<'de, const WHOLE: bool> Deserialize<'de> for Number<WHOLE> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(FigureVisitor::<WHOLE>).and_then(|figure| {
            if figure.qualifier == Qualifier::Exact && figure.note.is_none() {
                Ok(Self(figure.value))
            } else {
                Err(de::Error::invalid_type(
                    Unexpected::Map,
                    &number_visitor_expecting::<WHOLE>(),
                ))
            }
        })
    }
}

struct FigureVisitor<const WHOLE: bool>;

impl<'de, const WHOLE: bool> Visitor<'de> for FigureVisitor<WHOLE> {
    type Value = Figure;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} or an object like {{\"value\": 701, \"qualifier\": \"at_least\"}}",
            number_visitor_expecting::<WHOLE>()
        )
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Figure, E> {
        checked::<WHOLE, E>(v as f64, Unexpected::Unsigned(v)).map(Figure::exact)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Figure, E> {
        checked::<WHOLE, E>(v as f64, Unexpected::Signed(v)).map(Figure::exact)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Figure, E> {
        checked::<WHOLE, E>(v, Unexpected::Float(v)).map(Figure::exact)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Figure, A::Error> {
        #[derive(Deserialize)]
        struct Object<const WHOLE: bool> {
            value: Number<WHOLE>,
            #[serde(default)]
            qualifier: Qualifier,
            note: Option<String>,
        }
        let object = Object::<WHOLE>::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(Figure {
            value: object.value.0,
            qualifier: object.qualifier,
            note: object.note,
        })
    }
}

/// A figure counted in whole units.
struct Count(Figure);

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FigureVisitor::<true>).map(Self)
    }
}

/// A figure of money (decimals allowed).
struct Money(Figure);

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FigureVisitor::<false>).map(Self)
    }
}

/// An object of labelled counts, kept in the file's order; a label given twice is an error.
struct RawParts(Parts);

impl<'de> Deserialize<'de> for RawParts {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct PartsVisitor;
        impl<'de> Visitor<'de> for PartsVisitor {
            type Value = Parts;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of category labels and figures, like {\"killed\": 5699}")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Parts, A::Error> {
                let mut parts: Parts = Vec::new();
                while let Some(label) = map.next_key::<String>()? {
                    let label = label.trim().to_owned();
                    if label.is_empty() {
                        return Err(de::Error::invalid_value(
                            Unexpected::Str(""),
                            &"a non-empty category label",
                        ));
                    }
                    if parts.iter().any(|(l, _)| *l == label) {
                        return Err(de::Error::custom(format!(
                            "the category `{label}` appears twice; each label may appear once"
                        )));
                    }
                    let Count(figure) = map.next_value()?;
                    parts.push((label, figure));
                }
                Ok(parts)
            }
        }
        d.deserialize_map(PartsVisitor).map(Self)
    }
}

/// A `YYYY-MM-DD` date that exists.
struct RawDate(Date);

impl<'de> Deserialize<'de> for RawDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl Visitor<'_> for DateVisitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a real date written YYYY-MM-DD, between 1900 and 2200")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
                Date::parse(v).ok_or_else(|| E::invalid_value(Unexpected::Str(v), &self))
            }
        }
        d.deserialize_str(DateVisitor).map(Self)
    }
}

/// A calendar year within 1900–2200.
struct Year(i32);

impl<'de> Deserialize<'de> for Year {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct YearVisitor;
        impl Visitor<'_> for YearVisitor {
            type Value = i32;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a year between 1900 and 2200")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<i32, E> {
                i32::try_from(v)
                    .ok()
                    .filter(|y| (Date::MIN_YEAR..=Date::MAX_YEAR).contains(y))
                    .ok_or_else(|| E::invalid_value(Unexpected::Signed(v), &self))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<i32, E> {
                i64::try_from(v)
                    .map_err(|_| E::invalid_value(Unexpected::Unsigned(v), &self))
                    .and_then(|v| self.visit_i64(v))
            }
        }
        d.deserialize_i64(YearVisitor).map(Self)
    }
}

/// Text that must not be empty.
struct Text(String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        if text.trim().is_empty() {
            return Err(de::Error::invalid_value(Unexpected::Str(&text), &"non-empty text"));
        }
        Ok(Self(text.trim().to_owned()))
    }
}

/// A latitude or longitude in degrees.
struct Degrees<const LIMIT: u16>(f64);

impl<'de, const LIMIT: u16> Deserialize<'de> for Degrees<LIMIT> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = f64::deserialize(d)?;
        if value.is_finite() && value.abs() <= f64::from(LIMIT) {
            Ok(Self(value))
        } else {
            Err(de::Error::invalid_value(
                Unexpected::Float(value),
                &format!("degrees between -{LIMIT} and {LIMIT}").as_str(),
            ))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The file's shape, as serde reads it.

#[derive(Deserialize)]
struct RawReport {
    fieldreport: u64,
    title: Text,
    publisher: Option<String>,
    published: Option<RawDate>,
    period: Option<RawPeriod>,
    claim: Option<String>,
    #[serde(default)]
    sources: Vec<RawSource>,
    notes: Option<String>,
    funding: Option<Vec<RawFunding>>,
    losses: Option<Vec<RawLosses>>,
    battles: Option<Vec<RawBattles>>,
    townships: Option<Vec<RawTownships>>,
}

#[derive(Deserialize)]
struct RawPeriod {
    from: RawDate,
    to: RawDate,
}

#[derive(Deserialize)]
struct RawSource {
    title: Text,
    publisher: Option<String>,
    date: Option<RawDate>,
    url: Option<String>,
}

#[derive(Deserialize)]
struct RawFunding {
    year: Year,
    label: Option<Text>,
    mmk: Option<Money>,
    usd: Option<Money>,
    note: Option<String>,
}

#[derive(Deserialize)]
struct RawLosses {
    year: Year,
    side: Option<Text>,
    total: Option<Count>,
    breakdown: Option<RawParts>,
    other: Option<RawParts>,
    note: Option<String>,
}

#[derive(Deserialize)]
struct RawBattles {
    year: Year,
    total: Option<Count>,
    #[serde(default)]
    groups: Vec<RawBattleGroup>,
    note: Option<String>,
}

#[derive(Deserialize)]
struct RawBattleGroup {
    label: Text,
    total: Option<Count>,
    breakdown: Option<RawParts>,
    note: Option<String>,
}

#[derive(Deserialize)]
struct RawTownships {
    as_of: RawDate,
    total: Option<Count>,
    breakdown: Option<RawParts>,
    #[serde(default)]
    towns: Vec<RawTown>,
    note: Option<String>,
}

#[derive(Deserialize)]
struct RawTown {
    name: Text,
    status: Text,
    region: Option<String>,
    lat: Option<Degrees<90>>,
    lon: Option<Degrees<180>>,
    note: Option<String>,
}

/// The default label of a funding entry that gives none.
pub const DEFAULT_FUNDING_LABEL: &str = "Funding";

/// The side of losses that do not say whose they are.
pub const UNSPECIFIED_SIDE: &str = "unspecified";

impl RawReport {
    /// Rules that span fields; an error names the JSON path concerned.
    fn into_report(self) -> Result<Report, (String, String)> {
        if self.fieldreport != FORMAT_VERSION {
            return Err((
                "fieldreport".into(),
                format!("expected format version {FORMAT_VERSION}, found {}", self.fieldreport),
            ));
        }
        if self.funding.is_none() && self.losses.is_none() && self.battles.is_none() && self.townships.is_none() {
            return Err((
                String::new(),
                "expected at least one of `funding`, `losses`, `battles`, `townships`, found none".into(),
            ));
        }
        let period = self.period.map(|p| Period {
            from: p.from.0,
            to: p.to.0,
        });
        if let Some(p) = period
            && p.to < p.from
        {
            return Err((
                "period".into(),
                format!(
                    "expected `from` ({}) on or before `to` ({}), found it after",
                    p.from, p.to
                ),
            ));
        }
        let mut funding = Vec::new();
        for (i, f) in self.funding.unwrap_or_default().into_iter().enumerate() {
            if f.mmk.is_none() && f.usd.is_none() {
                return Err((
                    format!("funding[{i}]"),
                    "expected at least one of `mmk` and `usd`, found neither".into(),
                ));
            }
            funding.push(Funding {
                year: f.year.0,
                label: f.label.map_or_else(|| DEFAULT_FUNDING_LABEL.to_owned(), |t| t.0),
                mmk: f.mmk.map(|m| m.0),
                usd: f.usd.map(|m| m.0),
                note: f.note,
            });
        }
        Ok(Report {
            title: self.title.0,
            publisher: self.publisher,
            published: self.published.map(|d| d.0),
            period,
            claim: self.claim,
            sources: self
                .sources
                .into_iter()
                .map(|s| Source {
                    title: s.title.0,
                    publisher: s.publisher,
                    date: s.date.map(|d| d.0),
                    url: s.url,
                })
                .collect(),
            notes: self.notes,
            funding,
            losses: self
                .losses
                .unwrap_or_default()
                .into_iter()
                .map(|l| Losses {
                    year: l.year.0,
                    side: l.side.map_or_else(|| UNSPECIFIED_SIDE.to_owned(), |t| t.0),
                    total: l.total.map(|c| c.0),
                    breakdown: l.breakdown.map(|p| p.0).unwrap_or_default(),
                    other: l.other.map(|p| p.0).unwrap_or_default(),
                    note: l.note,
                })
                .collect(),
            battles: self
                .battles
                .unwrap_or_default()
                .into_iter()
                .map(|b| Battles {
                    year: b.year.0,
                    total: b.total.map(|c| c.0),
                    groups: b
                        .groups
                        .into_iter()
                        .map(|g| BattleGroup {
                            label: g.label.0,
                            total: g.total.map(|c| c.0),
                            breakdown: g.breakdown.map(|p| p.0).unwrap_or_default(),
                            note: g.note,
                        })
                        .collect(),
                    note: b.note,
                })
                .collect(),
            townships: self
                .townships
                .unwrap_or_default()
                .into_iter()
                .map(|t| Townships {
                    as_of: t.as_of.0,
                    total: t.total.map(|c| c.0),
                    breakdown: t.breakdown.map(|p| p.0).unwrap_or_default(),
                    towns: t
                        .towns
                        .into_iter()
                        .map(|town| Town {
                            name: town.name.0,
                            status: town.status.0,
                            region: town.region,
                            lat: town.lat.map(|d| d.0),
                            lon: town.lon.map(|d| d.0),
                            note: town.note,
                        })
                        .collect(),
                    note: t.note,
                })
                .collect(),
        })
    }
}
