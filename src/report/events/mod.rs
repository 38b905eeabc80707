//! Event files: what independent researchers recorded, beside what a report claims. ACLED
//! (Armed Conflict Location & Event Data) and UCDP GED (Uppsala Conflict Data Program,
//! Georeferenced Event Dataset) exports, told apart from reports and from each other by their
//! header row.
//!
//! A file is read once, streaming, into counts and sums (per month, event type, admin area and
//! actor pair): its rows are never kept, so a file of 100,000 events is a few thousand cells in
//! memory, and nothing can write ACLED's rows out again (its terms forbid passing them on).
//!
//! - [`reader`]: the header recognised, columns found by name, rows counted into cells.
//! - [`aggregate`]: the counts the user asks for (per year or month, a type preset, a place, an
//!   actor), with the words that name that choice wherever it is drawn.

pub mod aggregate;
pub mod reader;

use std::collections::HashMap;
use std::path::PathBuf;

pub use aggregate::{Aggregate, Aggregation, Measure, Period, Place, PlaceCount, PlaceCounts, Preset, Row, TypeFilter};
pub use reader::{MAX_EVENT_FILE_BYTES, detect, read_path, read_reader};

use super::model::Date;

/// Who coded the events of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// ACLED, in any of its export layouts.
    Acled,
    /// UCDP GED, with its version when the file's name gives it (`GEDEvent_v25_1.csv` → "25.1").
    Ucdp {
        /// "25.1".
        version: Option<String>,
    },
}

impl Source {
    /// "ACLED" or "UCDP GED".
    pub fn short(&self) -> &'static str {
        match self {
            Self::Acled => "ACLED",
            Self::Ucdp { .. } => "UCDP GED",
        }
    }
}

/// Events and deaths counted in one cell (or a sum of cells).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Events (rows).
    pub events: u64,
    /// Fatalities (ACLED) or UCDP's best estimate of deaths.
    pub deaths: u64,
    /// UCDP's low estimate of deaths (ACLED: the same as `deaths`).
    pub low: u64,
    /// UCDP's high estimate of deaths (ACLED: the same as `deaths`).
    pub high: u64,
}

impl Tally {
    /// Adds another tally.
    pub fn add(&mut self, other: Self) {
        self.events += other.events;
        self.deaths += other.deaths;
        self.low += other.low;
        self.high += other.high;
    }
}

/// When an event happened, as precisely as its row says: the month is 0 when only the year is
/// known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct YearMonth {
    /// The year.
    pub year: i16,
    /// 1–12, or 0 when the row gives only its year.
    pub month: u8,
}

/// The key of a place cell: when, which type, which state or region, which township.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PlaceKey {
    /// When.
    pub when: YearMonth,
    /// Index into [`EventFile::types`].
    pub kind: u16,
    /// Index into [`EventFile::admin1`].
    pub admin1: u16,
    /// Index into [`EventFile::admin3`].
    pub admin3: u32,
}

/// The key of an actor cell: when, which type, which state or region, which two actors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ActorKey {
    /// When.
    pub when: YearMonth,
    /// Index into [`EventFile::types`].
    pub kind: u16,
    /// Index into [`EventFile::admin1`].
    pub admin1: u16,
    /// Index into [`EventFile::actors`] of the first actor (side A).
    pub actor1: u32,
    /// Index into [`EventFile::actors`] of the second actor (side B).
    pub actor2: u32,
}

/// A text column of an event file whose Burmese looks typed in Zawgyi rather than Unicode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ZawgyiColumn {
    /// The column's name as the header gives it ("notes").
    pub column: String,
    /// Cells that look typed in Zawgyi.
    pub cells: u64,
    /// Cells with Burmese in them that were weighed (a sample of the rows).
    pub weighed: u64,
}

/// An event file read into counts: where it came from, and its cells.
#[derive(Clone, Debug, PartialEq)]
pub struct EventFile {
    /// The file's name as the user knows it.
    pub name: String,
    /// Where it was read from.
    pub path: Option<PathBuf>,
    /// SHA-256 of the file's bytes, for provenance.
    pub sha256: String,
    /// ACLED or UCDP.
    pub source: Source,
    /// The date of the data: ACLED's latest `timestamp` (when a row was last updated), else the
    /// latest event date.
    pub data_date: Option<Date>,
    /// Rows counted.
    pub rows: u64,
    /// Rows that could not be read.
    pub bad_rows: u64,
    /// The first few of them, each "line 12: …".
    pub bad_examples: Vec<String>,
    /// Columns of the header that the reader does not use, for the record.
    pub ignored_columns: usize,
    /// Event types as (event type, sub-event type); UCDP: (type of violence, "").
    pub types: Vec<(String, String)>,
    /// States and regions (`admin1`, `adm_1`), in first-seen order; "" for none given.
    pub admin1: Vec<String>,
    /// Townships (`admin3`) with the index of their state or region; "" for none given.
    pub admin3: Vec<(String, u16)>,
    /// Each township's MIMU Pcode where the file gives one (`admin3_pcode`), else "".
    pub admin3_pcodes: Vec<String>,
    /// Actors (`actor1`/`actor2`, `side_a`/`side_b`); "" for none given.
    pub actors: Vec<String>,
    /// Text columns whose Burmese looks typed in Zawgyi, in the header's order.
    pub zawgyi: Vec<ZawgyiColumn>,
    /// Counts per month, type, state and township.
    pub places: HashMap<PlaceKey, Tally>,
    /// Counts per month, type, state and actor pair.
    pub actor_cells: HashMap<ActorKey, Tally>,
}

impl EventFile {
    /// "ACLED, file of 2025-05-16" or "UCDP GED 25.1 (Sundberg & Melander 2013)": the short
    /// citation every chart, picture and CSV made from the file carries.
    pub fn citation(&self) -> String {
        match &self.source {
            Source::Acled => match self.data_date {
                Some(d) => format!("ACLED, file of {d} ({})", self.name),
                None => format!("ACLED ({})", self.name),
            },
            Source::Ucdp { version } => {
                let v = version.as_deref().map(|v| format!(" {v}")).unwrap_or_default();
                format!("UCDP GED{v} ({}; Sundberg & Melander 2013)", self.name)
            }
        }
    }

    /// The full reference of the data, for captions and metadata.
    pub fn reference(&self) -> String {
        match &self.source {
            Source::Acled => "Armed Conflict Location & Event Data (ACLED), acleddata.com; events as reported \
                              in the media and coded by ACLED"
                .to_owned(),
            Source::Ucdp { .. } => "Sundberg, Ralph and Erik Melander (2013) Introducing the UCDP Georeferenced \
                                    Event Dataset. Journal of Peace Research 50(4); Uppsala Conflict Data Program"
                .to_owned(),
        }
    }

    /// "notes: 40 of 52 Burmese cells weighed; actor1: …", in English, when a text column looks
    /// typed in Zawgyi.
    pub fn zawgyi_words(&self) -> Option<String> {
        (!self.zawgyi.is_empty()).then(|| {
            self.zawgyi
                .iter()
                .map(|z| format!("{}: {} of {} Burmese cells weighed", z.column, z.cells, z.weighed))
                .collect::<Vec<_>>()
                .join("; ")
        })
    }

    /// How many cells the file became: what is held in memory.
    pub fn cells(&self) -> usize {
        self.places.len() + self.actor_cells.len()
    }

    /// The first and last year with events.
    pub fn years(&self) -> Option<(i32, i32)> {
        self.places
            .keys()
            .map(|k| i32::from(k.when.year))
            .fold(None, |span, y| match span {
                None => Some((y, y)),
                Some((a, b)) => Some((a.min(y), b.max(y))),
            })
    }

    /// The states and regions named, sorted, without the empty one.
    pub fn states(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self
            .admin1
            .iter()
            .map(String::as_str)
            .filter(|s| !s.is_empty())
            .collect();
        out.sort_unstable();
        out
    }

    /// The townships named, sorted, without the empty one.
    pub fn townships(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self
            .admin3
            .iter()
            .map(|(s, _)| s.as_str())
            .filter(|s| !s.is_empty())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The event types named, sorted.
    pub fn event_types(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self
            .types
            .iter()
            .map(|(t, _)| t.as_str())
            .filter(|s| !s.is_empty())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The sub-event types named, sorted.
    pub fn sub_event_types(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self
            .types
            .iter()
            .map(|(_, t)| t.as_str())
            .filter(|s| !s.is_empty())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}
