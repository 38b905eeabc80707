//! Reading an ACLED or UCDP GED export, streaming, into counts. The header row says which it
//! is and where each column is (any order, extra or missing columns); each row adds to one place
//! cell and one actor cell and is then forgotten.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use sha2::{Digest as _, Sha256};

use super::{ActorKey, EventFile, PlaceKey, Source, Tally, YearMonth, ZawgyiColumn};
use crate::report::format::read::{ReadError, display_name};
use crate::report::model::Date;

/// Event files may be at most this large (1 GiB): a full ACLED export of Myanmar since 2021
/// with its notes is about 100 MB.
pub const MAX_EVENT_FILE_BYTES: u64 = 1024 * 1024 * 1024;

/// How many unreadable rows are named in the file's notes.
const BAD_EXAMPLES: usize = 5;

/// Progress is told (and stopping asked about) after this many rows.
const PROGRESS_EVERY: u64 = 8192;

/// Burmese in the text columns is weighed for Zawgyi in every row up to this one, then in one
/// row of [`ZAWGYI_EVERY`]: a sample, so that a large file of Burmese notes reads nearly as fast.
const ZAWGYI_ALL_ROWS: u64 = 2000;

/// See [`ZAWGYI_ALL_ROWS`].
const ZAWGYI_EVERY: u64 = 16;

/// ACLED's columns of free text and names, weighed for Zawgyi.
const ACLED_TEXTS: [&str; 9] = [
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "notes",
];

/// UCDP GED's columns of free text and names, weighed for Zawgyi.
const UCDP_TEXTS: [&str; 9] = [
    "conflict_name",
    "dyad_name",
    "side_a",
    "side_b",
    "adm_1",
    "adm_2",
    "where_description",
    "source_headline",
    "source_article",
];

/// The kind of event file a header row announces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// ACLED: `event_date` and `event_type` columns.
    Acled,
    /// UCDP GED: `type_of_violence` and `best` columns.
    Ucdp,
}

/// The header's column names, lower-cased and trimmed, from the first line of a file.
fn header_names(first: &[u8]) -> Vec<String> {
    let first = first.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(first);
    let line = first.split(|&b| b == b'\n').next().unwrap_or_default();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(line);
    let mut record = csv::ByteRecord::new();
    match reader.read_byte_record(&mut record) {
        Ok(true) => record
            .iter()
            .map(|f| String::from_utf8_lossy(f).trim().trim_matches('"').to_lowercase())
            .collect(),
        _ => Vec::new(),
    }
}

/// The kind of event file whose first bytes these are, or `None` for anything else (a report).
pub fn detect(first: &[u8]) -> Option<Kind> {
    let names = header_names(first);
    let has = |n: &str| names.iter().any(|c| c == n);
    if has("event_date") && has("event_type") {
        Some(Kind::Acled)
    } else if has("type_of_violence") && has("best") {
        Some(Kind::Ucdp)
    } else {
        None
    }
}

/// The kind of event file at a path, from its first line; `None` for anything else, a file
/// that cannot be read (the report reader then says why), or what is not a regular file (a pipe
/// gives its bytes once: they are left to the reader).
pub fn detect_path(path: &Path) -> Option<Kind> {
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return None;
    }
    let mut first = Vec::with_capacity(8192);
    let file = std::fs::File::open(path).ok()?;
    file.take(64 * 1024).read_to_end(&mut first).ok()?;
    detect(&first)
}

/// Reads an event file from disk, refusing one over [`MAX_EVENT_FILE_BYTES`] before reading.
/// `progress` hears (bytes read, file size) now and then and stops the reading by returning
/// false.
pub fn read_path(path: &Path, progress: &mut dyn FnMut(u64, u64) -> bool) -> Result<EventFile, ReadError> {
    let name = display_name(path);
    let file =
        std::fs::File::open(path).map_err(|e| ReadError::whole_file(&name, format!("could not be opened: {e}")))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > MAX_EVENT_FILE_BYTES {
        let gib = size as f64 / (1024.0 * 1024.0 * 1024.0);
        return Err(ReadError::whole_file(
            &name,
            format!("the file is {gib:.2} GiB; event files may be at most 1 GiB (export fewer years or one country)"),
        ));
    }
    let mut file = read_reader(file.take(MAX_EVENT_FILE_BYTES + 1), &name, size, progress)?;
    file.path = Some(path.to_owned());
    Ok(file)
}

/// "GEDEvent_v25_1.csv" → "25.1"; "ged241.csv" → "24.1".
pub fn ucdp_version(name: &str) -> Option<String> {
    let lower = name.to_lowercase();
    let digits_after = |at: usize| -> Option<String> {
        let rest = &lower[at..];
        let major: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if major.is_empty() {
            return None;
        }
        let after = &rest[major.len()..];
        let minor: String = after
            .strip_prefix(['_', '.', '-'])
            .unwrap_or("")
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        Some(if minor.is_empty() {
            major
        } else {
            format!("{major}.{minor}")
        })
    };
    if let Some(i) = lower.find("_v") {
        return digits_after(i + 2);
    }
    let i = lower.find("ged")?;
    let digits: String = lower[i + 3..].chars().take_while(char::is_ascii_digit).collect();
    (digits.len() == 3).then(|| format!("{}.{}", &digits[..2], &digits[2..]))
}

/// Bytes read so far and their SHA-256, as the CSV reader pulls them.
struct Hashing<R> {
    inner: R,
    hash: Sha256,
    read: u64,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        self.read += n as u64;
        Ok(n)
    }
}

/// Names given once and then referred to by number.
#[derive(Default)]
struct Names {
    index: HashMap<String, u32>,
    list: Vec<String>,
}

impl Names {
    fn id(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.index.get(name) {
            return id;
        }
        let id = u32::try_from(self.list.len()).unwrap_or(u32::MAX);
        self.index.insert(name.to_owned(), id);
        self.list.push(name.to_owned());
        id
    }
}

/// Where the reader's columns are in the header.
#[derive(Default)]
struct Columns {
    width: usize,
    date: Option<usize>,
    year: Option<usize>,
    event_type: Option<usize>,
    sub_event_type: Option<usize>,
    deaths: Option<usize>,
    low: Option<usize>,
    high: Option<usize>,
    admin1: Option<usize>,
    admin3: Option<usize>,
    admin3_pcode: Option<usize>,
    actor1: Option<usize>,
    actor2: Option<usize>,
    timestamp: Option<usize>,
    used: usize,
    /// The columns of text weighed for Zawgyi: (index, name).
    texts: Vec<(usize, &'static str)>,
}

impl Columns {
    fn of(kind: Kind, names: &[String]) -> Self {
        let find = |wanted: &[&str]| wanted.iter().find_map(|w| names.iter().position(|n| n == w));
        let mut c = match kind {
            Kind::Acled => Self {
                date: find(&["event_date"]),
                year: find(&["year"]),
                event_type: find(&["event_type"]),
                sub_event_type: find(&["sub_event_type"]),
                deaths: find(&["fatalities"]),
                admin1: find(&["admin1"]),
                admin3: find(&["admin3"]),
                admin3_pcode: find(&["admin3_pcode", "adm3_pcode", "admin3_code"]),
                actor1: find(&["actor1"]),
                actor2: find(&["actor2"]),
                timestamp: find(&["timestamp"]),
                ..Self::default()
            },
            Kind::Ucdp => Self {
                date: find(&["date_start"]),
                year: find(&["year"]),
                event_type: find(&["type_of_violence"]),
                deaths: find(&["best"]),
                low: find(&["low"]),
                high: find(&["high"]),
                admin1: find(&["adm_1"]),
                actor1: find(&["side_a"]),
                actor2: find(&["side_b"]),
                ..Self::default()
            },
        };
        c.width = names.len();
        let texts: &[&'static str] = match kind {
            Kind::Acled => &ACLED_TEXTS,
            Kind::Ucdp => &UCDP_TEXTS,
        };
        c.texts = texts
            .iter()
            .filter_map(|name| names.iter().position(|n| n == name).map(|i| (i, *name)))
            .collect();
        c.used = [
            c.date,
            c.year,
            c.event_type,
            c.sub_event_type,
            c.deaths,
            c.low,
            c.high,
            c.admin1,
            c.admin3,
            c.admin3_pcode,
            c.actor1,
            c.actor2,
            c.timestamp,
        ]
        .iter()
        .flatten()
        .count();
        c
    }
}

/// True when the bytes hold a letter of the Myanmar block (U+1000–U+109F: `E1 80 80` to
/// `E1 82 9F` in UTF-8); quick, as most cells of an export are ASCII.
fn has_myanmar(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    while let Some(at) = rest.iter().position(|&b| b == 0xE1) {
        if rest.get(at + 1).is_some_and(|b| (0x80..=0x82).contains(b)) {
            return true;
        }
        rest = &rest[at + 1..];
    }
    false
}

/// A cell's text, `None` when empty or `NA`.
fn cell(record: &csv::ByteRecord, column: Option<usize>) -> Option<&[u8]> {
    let bytes = record.get(column?)?.trim_ascii();
    (!bytes.is_empty() && bytes != b"NA" && bytes != b"N/A").then_some(bytes)
}

fn text(bytes: Option<&[u8]>) -> std::borrow::Cow<'_, str> {
    bytes.map_or(std::borrow::Cow::Borrowed(""), String::from_utf8_lossy)
}

/// A whole number ≥ 0 (`12`, `12.0`).
fn count(bytes: &[u8]) -> Option<u64> {
    let s = std::str::from_utf8(bytes).ok()?;
    let s = s.strip_suffix(".0").unwrap_or(s);
    s.parse().ok()
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month's name or its first three letters.
fn month_named(name: &str) -> Option<u8> {
    let lower = name.to_lowercase();
    MONTHS
        .iter()
        .position(|m| {
            *m == lower || (lower.len() == 3 && m.starts_with(&lower)) || (lower == "sept" && *m == "september")
        })
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// An event date as ACLED and UCDP write them: `2023-01-31`, `2023-01-31T00:00:00Z`,
/// `2023-01-31 00:00:00.000`, `16 May 2025`, `31-December-2016`.
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if text.len() >= 10 && text.as_bytes().get(4) == Some(&b'-') && text.is_char_boundary(10) {
        let rest = &text[10..];
        if rest.is_empty() || rest.starts_with(['T', ' ']) {
            return Date::parse(&text[..10]);
        }
    }
    let parts: Vec<&str> = text.split([' ', '-']).filter(|p| !p.is_empty()).collect();
    let [day, month, year] = parts[..] else { return None };
    let month = month_named(month)?;
    let date = format!("{year:0>4}-{month:02}-{day:0>2}");
    Date::parse(&date)
}

/// ACLED's `timestamp`: seconds since 1970, or a date.
fn timestamp_date(bytes: &[u8]) -> Option<Date> {
    let s = std::str::from_utf8(bytes).ok()?;
    match s.parse::<i64>() {
        Ok(secs) if secs > 0 => Some(Date::from_days_since_epoch(secs / 86_400)),
        Ok(_) => None,
        Err(_) => parse_date(s),
    }
}

/// UCDP's `type_of_violence` in words.
pub fn violence_type(code: &str) -> Option<&'static str> {
    match code {
        "1" => Some(UCDP_STATE_BASED),
        "2" => Some(UCDP_NON_STATE),
        "3" => Some(UCDP_ONE_SIDED),
        _ => None,
    }
}

/// UCDP's type of violence 1.
pub const UCDP_STATE_BASED: &str = "State-based conflict";
/// UCDP's type of violence 2.
pub const UCDP_NON_STATE: &str = "Non-state conflict";
/// UCDP's type of violence 3.
pub const UCDP_ONE_SIDED: &str = "One-sided violence";

/// The counts being built.
struct Building {
    kind: Kind,
    columns: Columns,
    types: Names,
    admin1: Names,
    admin3: Names,
    admin3_state: Vec<u16>,
    admin3_pcode: Vec<String>,
    actors: Names,
    places: HashMap<PlaceKey, Tally>,
    actor_cells: HashMap<ActorKey, Tally>,
    rows: u64,
    bad_rows: u64,
    bad_examples: Vec<String>,
    latest: Option<Date>,
    updated: Option<Date>,
    scratch: String,
    /// Per text column: (cells that look typed in Zawgyi, Burmese cells weighed).
    zawgyi: Vec<(u64, u64)>,
}

impl Building {
    /// Weighs the Burmese of the row's text columns for Zawgyi, in a sample of the rows.
    fn weigh_zawgyi(&mut self, record: &csv::ByteRecord) {
        if self.rows >= ZAWGYI_ALL_ROWS && !self.rows.is_multiple_of(ZAWGYI_EVERY) {
            return;
        }
        for (k, &(column, _)) in self.columns.texts.iter().enumerate() {
            let Some(bytes) = record.get(column) else { continue };
            if !has_myanmar(bytes) {
                continue;
            }
            let Some(counts) = self.zawgyi.get_mut(k) else { continue };
            counts.1 += 1;
            if crate::i18n::zawgyi::is_zawgyi(&String::from_utf8_lossy(bytes)) {
                counts.0 += 1;
            }
        }
    }

    fn bad(&mut self, line: u64, why: String) {
        self.bad_rows += 1;
        if self.bad_examples.len() < BAD_EXAMPLES {
            self.bad_examples.push(format!("line {line}: {why}"));
        }
    }

    /// Counts one row, or says why it cannot be.
    fn row(&mut self, record: &csv::ByteRecord) -> Result<(), String> {
        let c = &self.columns;
        if record.len() != c.width {
            return Err(format!("has {} cells; the header has {}", record.len(), c.width));
        }
        let date_text = text(cell(record, c.date));
        let date = parse_date(&date_text);
        let year_cell = cell(record, c.year);
        let year = match year_cell {
            Some(y) => Some(
                std::str::from_utf8(y)
                    .ok()
                    .and_then(|y| y.parse::<i32>().ok())
                    .ok_or_else(|| format!("year \"{}\" is not a year", String::from_utf8_lossy(y)))?,
            ),
            None => date.map(|d| d.year),
        };
        let Some(year) = year else {
            return Err(if date_text.is_empty() {
                "gives neither a date nor a year".to_owned()
            } else {
                format!(
                    "\"{date_text}\" is not a date (2023-01-31, 16 May 2025 or 31-December-2016) and no year is given"
                )
            });
        };
        if !(Date::MIN_YEAR..=Date::MAX_YEAR).contains(&year) {
            return Err(format!("year {year} is outside 1900–2200"));
        }
        let month = date.filter(|d| d.year == year).map_or(0, |d| d.month);
        let when = YearMonth {
            year: i16::try_from(year).unwrap_or(0),
            month,
        };
        let type_cell = cell(record, c.event_type);
        let (event_type, sub_type) = match self.kind {
            Kind::Acled => {
                let t = text(type_cell);
                if t.is_empty() {
                    return Err("event_type is empty".to_owned());
                }
                (t, text(cell(record, c.sub_event_type)))
            }
            Kind::Ucdp => {
                let code = text(type_cell);
                let words =
                    violence_type(&code).ok_or_else(|| format!("type_of_violence \"{code}\" is not 1, 2 or 3"))?;
                (std::borrow::Cow::Borrowed(words), std::borrow::Cow::Borrowed(""))
            }
        };
        let number = |column: Option<usize>, what: &str| -> Result<Option<u64>, String> {
            cell(record, column)
                .map(|b| {
                    count(b).ok_or_else(|| format!("{what} \"{}\" is not a whole number", String::from_utf8_lossy(b)))
                })
                .transpose()
        };
        let deaths_name = if self.kind == Kind::Acled { "fatalities" } else { "best" };
        let deaths = number(c.deaths, deaths_name)?;
        if self.kind == Kind::Ucdp && deaths.is_none() {
            return Err("best (the estimate of deaths) is empty".to_owned());
        }
        let deaths = deaths.unwrap_or(0);
        let low = number(c.low, "low")?.unwrap_or(deaths);
        let high = number(c.high, "high")?.unwrap_or(deaths);
        if !(low <= deaths && deaths <= high) {
            return Err(format!(
                "the estimates of deaths are not in order: low {low}, best {deaths}, high {high}"
            ));
        }
        if self.kind == Kind::Acled
            && let Some(t) = cell(record, c.timestamp).and_then(timestamp_date)
        {
            self.updated = self.updated.max(Some(t));
        }
        if let Some(d) = date {
            self.latest = self.latest.max(Some(d));
        }
        self.scratch.clear();
        self.scratch.push_str(&event_type);
        self.scratch.push('\u{1f}');
        self.scratch.push_str(&sub_type);
        let kind = u16::try_from(self.types.id(&self.scratch)).map_err(|_| "too many event types".to_owned())?;
        let admin1_name = text(cell(record, c.admin1));
        let admin1 = u16::try_from(self.admin1.id(&admin1_name)).map_err(|_| "too many states".to_owned())?;
        let admin3_name = text(cell(record, c.admin3));
        self.scratch.clear();
        self.scratch.push_str(&admin1.to_string());
        self.scratch.push('\u{1f}');
        self.scratch.push_str(&admin3_name);
        let admin3 = self.admin3.id(&self.scratch);
        if admin3 as usize == self.admin3_state.len() {
            self.admin3_state.push(admin1);
            self.admin3_pcode.push(String::new());
        }
        if let Some(pcode) = cell(record, c.admin3_pcode)
            && let Some(known) = self.admin3_pcode.get_mut(admin3 as usize)
            && known.is_empty()
        {
            *known = String::from_utf8_lossy(pcode).trim().to_uppercase();
        }
        let actor1 = self.actors.id(&text(cell(record, c.actor1)));
        let actor2 = self.actors.id(&text(cell(record, c.actor2)));
        let tally = Tally {
            events: 1,
            deaths,
            low,
            high,
        };
        self.places
            .entry(PlaceKey {
                when,
                kind,
                admin1,
                admin3,
            })
            .or_default()
            .add(tally);
        self.actor_cells
            .entry(ActorKey {
                when,
                kind,
                admin1,
                actor1,
                actor2,
            })
            .or_default()
            .add(tally);
        self.weigh_zawgyi(record);
        self.rows += 1;
        Ok(())
    }
}

/// Reads an event file's bytes as they come. `size` is the file's length for progress (0 when
/// unknown); `progress` hears (bytes read, size) and stops the reading by returning false.
pub fn read_reader(
    input: impl Read,
    name: &str,
    size: u64,
    progress: &mut dyn FnMut(u64, u64) -> bool,
) -> Result<EventFile, ReadError> {
    let mut hashing = Hashing {
        inner: input,
        hash: Sha256::new(),
        read: 0,
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .buffer_capacity(1 << 16)
        .from_reader(&mut hashing);
    let mut record = csv::ByteRecord::new();
    let io_error = |e: csv::Error| ReadError::whole_file(name, format!("could not be read: {e}"));
    if !reader.read_byte_record(&mut record).map_err(io_error)? {
        return Err(ReadError::whole_file(name, "the file is empty"));
    }
    let names: Vec<String> = record
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let f = if i == 0 {
                f.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(f)
            } else {
                f
            };
            String::from_utf8_lossy(f).trim().to_lowercase()
        })
        .collect();
    let has = |n: &str| names.iter().any(|c| c == n);
    let kind = if has("event_date") && has("event_type") {
        Kind::Acled
    } else if has("type_of_violence") && has("best") {
        Kind::Ucdp
    } else {
        return Err(ReadError::whole_file(
            name,
            "the header row is neither ACLED's (event_date, event_type, …) nor UCDP GED's (type_of_violence, best, …)",
        ));
    };
    let columns = Columns::of(kind, &names);
    let ignored_columns = names.len().saturating_sub(columns.used);
    let zawgyi = vec![(0, 0); columns.texts.len()];
    let mut b = Building {
        kind,
        columns,
        types: Names::default(),
        admin1: Names::default(),
        admin3: Names::default(),
        admin3_state: Vec::new(),
        admin3_pcode: Vec::new(),
        actors: Names::default(),
        places: HashMap::new(),
        actor_cells: HashMap::new(),
        rows: 0,
        bad_rows: 0,
        bad_examples: Vec::new(),
        latest: None,
        updated: None,
        scratch: String::new(),
        zawgyi,
    };
    let mut seen: u64 = 0;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) if matches!(e.kind(), csv::ErrorKind::Io(_)) => return Err(io_error(e)),
            Err(e) => {
                let line = e.position().map_or(0, csv::Position::line);
                b.bad(line, e.to_string());
                continue;
            }
        }
        seen += 1;
        if seen.is_multiple_of(PROGRESS_EVERY) {
            let read = reader.position().byte();
            if !progress(read, size) {
                return Err(ReadError::whole_file(name, "reading was stopped"));
            }
        }
        // An empty line at the end, as spreadsheets leave.
        if record.len() == 1 && record.get(0).is_some_and(|f| f.trim_ascii().is_empty()) {
            continue;
        }
        if let Err(why) = b.row(&record) {
            let line = record.position().map_or(0, csv::Position::line);
            b.bad(line, why);
        }
    }
    drop(reader);
    if hashing.read > MAX_EVENT_FILE_BYTES {
        return Err(ReadError::whole_file(
            name,
            "the file grew past 1 GiB while it was read",
        ));
    }
    progress(hashing.read, size.max(hashing.read));
    if b.rows == 0 || b.bad_rows > b.rows {
        let first = b
            .bad_examples
            .first()
            .map(|e| format!(" (first, {e})"))
            .unwrap_or_default();
        return Err(ReadError::whole_file(
            name,
            format!(
                "{} of {} rows could not be read{first}; is this an ACLED or UCDP GED export?",
                b.bad_rows,
                b.rows + b.bad_rows
            ),
        ));
    }
    let zawgyi = b
        .columns
        .texts
        .iter()
        .zip(&b.zawgyi)
        .filter(|(_, (cells, _))| *cells > 0)
        .map(|((_, name), (cells, weighed))| ZawgyiColumn {
            column: (*name).to_owned(),
            cells: *cells,
            weighed: *weighed,
        })
        .collect();
    let sha256: String = hashing.hash.finalize().iter().map(|x| format!("{x:02x}")).collect();
    Ok(EventFile {
        name: name.to_owned(),
        path: None,
        sha256,
        source: match kind {
            Kind::Acled => Source::Acled,
            Kind::Ucdp => Source::Ucdp {
                version: ucdp_version(name),
            },
        },
        data_date: b.updated.or(b.latest),
        rows: b.rows,
        bad_rows: b.bad_rows,
        bad_examples: b.bad_examples,
        ignored_columns,
        types: b
            .types
            .list
            .into_iter()
            .map(|t| match t.split_once('\u{1f}') {
                Some((a, s)) => (a.to_owned(), s.to_owned()),
                None => (t, String::new()),
            })
            .collect(),
        admin1: b.admin1.list,
        admin3: b
            .admin3
            .list
            .into_iter()
            .zip(b.admin3_state)
            .map(|(key, state)| {
                (
                    key.split_once('\u{1f}').map_or(key.clone(), |(_, n)| n.to_owned()),
                    state,
                )
            })
            .collect(),
        admin3_pcodes: b.admin3_pcode,
        actors: b.actors.list,
        zawgyi,
        places: b.places,
        actor_cells: b.actor_cells,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, name: &str) -> Result<EventFile, ReadError> {
        read_reader(text.as_bytes(), name, text.len() as u64, &mut |_, _| true)
    }

    #[test]
    fn dates_in_every_form() {
        let d = |y, m, day| Some(Date { year: y, month: m, day });
        assert_eq!(parse_date("2023-01-31"), d(2023, 1, 31));
        assert_eq!(parse_date("2023-01-31T00:00:00Z"), d(2023, 1, 31));
        assert_eq!(parse_date("2023-01-31 00:00:00.000"), d(2023, 1, 31));
        assert_eq!(parse_date("16 May 2025"), d(2025, 5, 16));
        assert_eq!(parse_date("31-December-2016"), d(2016, 12, 31));
        assert_eq!(parse_date("3 Sep 2021"), d(2021, 9, 3));
        assert_eq!(parse_date("31 February 2021"), None);
        assert_eq!(parse_date("2023-13-01"), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("12/31/2025"), None);
    }

    #[test]
    fn ucdp_versions_from_names() {
        assert_eq!(ucdp_version("GEDEvent_v25_1.csv").as_deref(), Some("25.1"));
        assert_eq!(ucdp_version("ged241.csv").as_deref(), Some("24.1"));
        assert_eq!(ucdp_version("myanmar.csv"), None);
    }

    #[test]
    fn the_header_decides() {
        assert_eq!(
            detect(b"event_id_cnty,event_date,year,event_type\n1,2"),
            Some(Kind::Acled)
        );
        assert_eq!(
            detect(b"\xEF\xBB\xBF\"id\",\"year\",\"type_of_violence\",\"best\""),
            Some(Kind::Ucdp)
        );
        assert_eq!(detect(b"section,series,category"), None);
        assert_eq!(detect(b"{\"fieldreport\": 1}"), None);
    }

    #[test]
    fn acled_rows_become_cells_and_bad_rows_are_named() {
        let text = "event_date,event_type,sub_event_type,fatalities,admin1,admin3,actor1,actor2,notes\n\
                    2025-01-02,Battles,Armed clash,3,Sagaing,Kale,A,B,\"a, \"\"quoted\"\"\nnote\"\n\
                    16 May 2025,Battles,Armed clash,NA,Sagaing,Kale,A,B,x\n\
                    31-December-2024,Protests,Peaceful protest,0,Yangon,,C,,x\n\
                    soon,Battles,Armed clash,1,Sagaing,Kale,A,B,x\n\
                    2025-02-01,Battles,Armed clash,many,Sagaing,Kale,A,B,x\n";
        let file = read(text, "acled.csv").expect("read");
        assert_eq!(file.source, Source::Acled);
        assert_eq!(file.rows, 3);
        assert_eq!(file.bad_rows, 2);
        assert!(
            file.bad_examples[0].starts_with("line 6: \"soon\" is not a date"),
            "{:?}",
            file.bad_examples
        );
        assert!(
            file.bad_examples[1].starts_with("line 7: fatalities \"many\""),
            "{:?}",
            file.bad_examples
        );
        let battles: Tally = file
            .places
            .iter()
            .filter(|(k, _)| file.types[k.kind as usize].0 == "Battles")
            .fold(Tally::default(), |mut t, (_, v)| {
                t.add(*v);
                t
            });
        assert_eq!((battles.events, battles.deaths), (2, 3));
        assert_eq!(
            file.data_date,
            Some(Date {
                year: 2025,
                month: 5,
                day: 16
            })
        );
        assert_eq!(file.sha256.len(), 64);
    }

    #[test]
    fn a_file_of_mostly_bad_rows_is_refused() {
        let text = "event_date,event_type\nx,Battles\ny,Battles\n2025-01-01,Battles\n";
        let error = read(text, "a.csv").expect_err("refused");
        assert!(error.message.contains("2 of 3 rows could not be read"), "{error}");
        let error = read("a,b\n1,2\n", "b.csv").expect_err("refused");
        assert!(error.message.contains("neither ACLED"), "{error}");
    }

    #[test]
    fn burmese_typed_in_zawgyi_is_found_by_column() {
        // "ေမာင္" (Zawgyi: vowel sign E before its consonant, U+1039 ending the syllable)
        // and "မောင်" (Unicode).
        let text = "event_date,event_type,actor1,notes\n\
                    2025-01-02,Battles,\u{1031}\u{1019}\u{102c}\u{1004}\u{1039},\u{1031}\u{1019}\u{102c}\u{1004}\u{1039} \u{1031}\u{1000}\u{102c}\u{1004}\u{1039}\n\
                    2025-01-03,Battles,PDF,\u{1019}\u{1031}\u{102c}\u{1004}\u{103a}\n\
                    2025-01-04,Battles,PDF,plain\n";
        let file = read(text, "acled.csv").expect("read");
        let found: Vec<(&str, u64, u64)> = file
            .zawgyi
            .iter()
            .map(|z| (z.column.as_str(), z.cells, z.weighed))
            .collect();
        assert_eq!(found, [("actor1", 1, 1), ("notes", 1, 2)]);
        assert_eq!(
            file.zawgyi_words().as_deref(),
            Some("actor1: 1 of 1 Burmese cells weighed; notes: 1 of 2 Burmese cells weighed")
        );
        assert!(has_myanmar("ကျေးရွာ".as_bytes()));
        assert!(!has_myanmar("café ñ €".as_bytes()));
    }

    #[test]
    fn stopping_is_heard() {
        let mut text = String::from("event_date,event_type\n");
        for _ in 0..20_000 {
            text.push_str("2025-01-01,Battles\n");
        }
        let error = read_reader(text.as_bytes(), "big.csv", 0, &mut |_, _| false).expect_err("stopped");
        assert!(error.message.contains("stopped"), "{error}");
    }
}
