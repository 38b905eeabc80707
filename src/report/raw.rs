//! The file's shape as serde reads it. Field types check their values where they stand, so an
//! error points at the right place; the conversion into the model then applies the rules that
//! span fields, section by section.

use std::cell::Cell;
use std::collections::HashSet;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};

use super::figure::{Figure, Qualifier, thousands};
use super::model::{BattleGroup, Battles, Date, Funding, Losses, Parts, Period, Report, Source, Town, Townships};
use super::read::{DEFAULT_FUNDING_LABEL, FORMAT_VERSION, MAX_ENTRIES, MAX_FIGURE, MAX_TEXT_CHARS, UNSPECIFIED_SIDE};

/// A rule that spans fields was broken: the JSON path concerned ("" for the whole file) and why.
pub(super) type Refusal = (String, String);

// ---------------------------------------------------------------------------------------------
// The entry limit: one count per file, shared by every list and category object in it.

thread_local! {
    /// Entries the file being read may still hold; unlimited outside [`EntryBudget`].
    static ENTRIES_LEFT: Cell<usize> = const { Cell::new(usize::MAX) };
    /// The limit a budget starts from: [`MAX_ENTRIES`], lowered only by unit tests.
    static ENTRY_LIMIT: Cell<usize> = const { Cell::new(MAX_ENTRIES) };
}

/// Allows [`MAX_ENTRIES`] entries for the reading of one file, and lifts the limit when dropped.
pub(super) struct EntryBudget;

impl EntryBudget {
    pub(super) fn start() -> Self {
        ENTRIES_LEFT.set(ENTRY_LIMIT.get());
        Self
    }
}

/// Runs `f` with a lower entry limit, so that tests need not build a million entries.
#[cfg(test)]
pub(super) fn with_entry_limit<T>(limit: usize, f: impl FnOnce() -> T) -> T {
    ENTRY_LIMIT.set(limit);
    let out = f();
    ENTRY_LIMIT.set(MAX_ENTRIES);
    out
}

impl Drop for EntryBudget {
    fn drop(&mut self) {
        ENTRIES_LEFT.set(usize::MAX);
    }
}

/// Counts one entry against the file's limit.
fn take_entry<E: de::Error>() -> Result<(), E> {
    let left = ENTRIES_LEFT.get();
    if left == 0 {
        return Err(E::custom(format!(
            "the file holds more than {} entries (section entries, battle groups, towns, sources and categories count together); split it into several files",
            thousands(ENTRY_LIMIT.get() as f64)
        )));
    }
    ENTRIES_LEFT.set(left - 1);
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Field types.

/// Refuses text longer than [`MAX_TEXT_CHARS`] characters.
fn check_length<E: de::Error>(text: &str) -> Result<(), E> {
    if text.len() > MAX_TEXT_CHARS {
        let chars = text.chars().count();
        if chars > MAX_TEXT_CHARS {
            return Err(E::custom(format!(
                "expected text of at most {} characters, found {} characters",
                thousands(MAX_TEXT_CHARS as f64),
                thousands(chars as f64)
            )));
        }
    }
    Ok(())
}

/// Refuses empty or blank text; `what` names it ("non-empty text", "a category label").
fn check_not_blank<E: de::Error>(text: &str, what: &str) -> Result<(), E> {
    if text.is_empty() {
        Err(E::custom(format!("expected {what}, found empty text \"\"")))
    } else if text.trim().is_empty() {
        Err(E::custom(format!("expected {what}, found only spaces")))
    } else {
        Ok(())
    }
}

/// Free text (a note, a publisher, a link), at most [`MAX_TEXT_CHARS`] characters.
struct Str(String);

impl<'de> Deserialize<'de> for Str {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        check_length(&text)?;
        Ok(Self(text))
    }
}

/// Text that must say something (a title, a label), trimmed, at most [`MAX_TEXT_CHARS`] characters.
struct Text(String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        check_length(&text)?;
        check_not_blank(&text, "non-empty text")?;
        Ok(Self(text.trim().to_owned()))
    }
}

/// The format number (`"fieldreport": 1`).
struct Version(u64);

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct VersionVisitor;
        impl Visitor<'_> for VersionVisitor {
            type Value = u64;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "the format number {FORMAT_VERSION}")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<u64, E> {
                Ok(v)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<u64, E> {
                u64::try_from(v).map_err(|_| E::invalid_value(Unexpected::Signed(v), &self))
            }
        }
        d.deserialize_u64(VersionVisitor).map(Self)
    }
}

/// A non-negative number; whole when `WHOLE` (counts), decimal allowed otherwise (money).
struct Number<const WHOLE: bool>(f64);

fn number_expecting<const WHOLE: bool>() -> &'static str {
    if WHOLE {
        "a count (a whole number, 0 or more)"
    } else {
        "an amount (a number, 0 or more)"
    }
}

fn checked<const WHOLE: bool, E: de::Error>(value: f64, unexpected: Unexpected<'_>) -> Result<f64, E> {
    let expecting = number_expecting::<WHOLE>();
    if !value.is_finite() || value < 0.0 {
        return Err(E::invalid_value(unexpected, &expecting));
    }
    if value > MAX_FIGURE {
        return Err(E::custom(format!(
            "expected a number up to {} (a thousand trillion), found {}",
            thousands(MAX_FIGURE),
            thousands(value)
        )));
    }
    if WHOLE && value.fract() != 0.0 {
        return Err(E::invalid_value(unexpected, &expecting));
    }
    // `-0` is zero.
    Ok(value + 0.0)
}

impl<'de, const WHOLE: bool> Deserialize<'de> for Number<WHOLE> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NumberVisitor<const WHOLE: bool>;
        impl<const WHOLE: bool> Visitor<'_> for NumberVisitor<WHOLE> {
            type Value = f64;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(number_expecting::<WHOLE>())
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<f64, E> {
                checked::<WHOLE, E>(v as f64, Unexpected::Unsigned(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<f64, E> {
                checked::<WHOLE, E>(v as f64, Unexpected::Signed(v))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<f64, E> {
                checked::<WHOLE, E>(v, Unexpected::Float(v))
            }
        }
        deserializer.deserialize_any(NumberVisitor::<WHOLE>).map(Self)
    }
}

/// A qualifier by its name in the format (`at_least`).
struct RawQualifier(Qualifier);

impl<'de> Deserialize<'de> for RawQualifier {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct QualifierVisitor;
        impl Visitor<'_> for QualifierVisitor {
            type Value = Qualifier;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let names: Vec<String> = Qualifier::ALL.iter().map(|q| format!("\"{}\"", q.key())).collect();
                write!(f, "a qualifier, one of {}", names.join(", "))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Qualifier, E> {
                Qualifier::ALL
                    .into_iter()
                    .find(|q| q.key() == v)
                    .ok_or_else(|| E::invalid_value(Unexpected::Str(v), &self))
            }
        }
        d.deserialize_str(QualifierVisitor).map(Self)
    }
}

struct FigureVisitor<const WHOLE: bool>;

impl<'de, const WHOLE: bool> Visitor<'de> for FigureVisitor<WHOLE> {
    type Value = Figure;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} or an object like {{\"value\": 701, \"qualifier\": \"at_least\"}}",
            number_expecting::<WHOLE>()
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
            qualifier: Option<RawQualifier>,
            note: Option<Str>,
        }
        let object = Object::<WHOLE>::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(Figure {
            value: object.value.0,
            qualifier: object.qualifier.map_or(Qualifier::Exact, |q| q.0),
            note: object.note.map(|n| n.0),
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

/// An object of labelled counts, kept in the file's order; a label given twice is an error. Each
/// category is an entry.
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
                let mut seen: HashSet<String> = HashSet::new();
                while let Some(label) = map.next_key::<String>()? {
                    take_entry()?;
                    check_length(&label)?;
                    check_not_blank(&label, "a non-empty category label")?;
                    let label = label.trim().to_owned();
                    if !seen.insert(label.clone()) {
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

/// A latitude (`LIMIT` 90) or longitude (`LIMIT` 180) in degrees.
struct Degrees<const LIMIT: u16>(f64);

impl<'de, const LIMIT: u16> Deserialize<'de> for Degrees<LIMIT> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct DegreesVisitor<const LIMIT: u16>;
        impl<const LIMIT: u16> Visitor<'_> for DegreesVisitor<LIMIT> {
            type Value = f64;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let what = if LIMIT == 90 { "a latitude" } else { "a longitude" };
                write!(f, "{what} in degrees, between -{LIMIT} and {LIMIT}")
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<f64, E> {
                if v.is_finite() && v.abs() <= f64::from(LIMIT) {
                    Ok(v)
                } else {
                    Err(E::invalid_value(Unexpected::Float(v), &self))
                }
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<f64, E> {
                if v.unsigned_abs() <= u64::from(LIMIT) {
                    Ok(v as f64)
                } else {
                    Err(E::invalid_value(Unexpected::Signed(v), &self))
                }
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<f64, E> {
                if v <= u64::from(LIMIT) {
                    Ok(v as f64)
                } else {
                    Err(E::invalid_value(Unexpected::Unsigned(v), &self))
                }
            }
        }
        d.deserialize_f64(DegreesVisitor::<LIMIT>).map(Self)
    }
}

/// An entry of the file that must be a JSON object (serde would also read a struct from a list,
/// by position). The constants say what it is, for messages.
trait Shape: DeserializeOwned {
    /// One of them, with an example: "a town, an object like {…}".
    const EXPECTING: &'static str;
    /// Their name in the plural: "towns".
    const PLURAL: &'static str;
}

/// A [`Shape`] read from an object only.
struct Obj<T>(T);

impl<'de, T: Shape> Deserialize<'de> for Obj<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ObjVisitor<T>(PhantomData<T>);
        impl<'de, T: Shape> Visitor<'de> for ObjVisitor<T> {
            type Value = T;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(T::EXPECTING)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map))
            }
        }
        d.deserialize_map(ObjVisitor(PhantomData)).map(Self)
    }
}

/// An item of a list: counted as an entry before it is read, so that an error for too many
/// entries points at the item that passes the limit.
struct Counted<T>(PhantomData<T>);

impl<'de, T: Shape> DeserializeSeed<'de> for Counted<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        take_entry()?;
        Obj::<T>::deserialize(d).map(|o| o.0)
    }
}

/// A list of objects; each item is an entry.
struct Entries<T>(Vec<T>);

impl<T> Default for Entries<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<'de, T: Shape> Deserialize<'de> for Entries<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct EntriesVisitor<T>(PhantomData<T>);
        impl<'de, T: Shape> Visitor<'de> for EntriesVisitor<T> {
            type Value = Vec<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a list of {} in square brackets [ … ]", T::PLURAL)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
                let mut out = Vec::new();
                while let Some(item) = seq.next_element_seed(Counted::<T>(PhantomData))? {
                    out.push(item);
                }
                Ok(out)
            }
        }
        d.deserialize_seq(EntriesVisitor(PhantomData)).map(Self)
    }
}

// ---------------------------------------------------------------------------------------------
// The file's shape.

#[derive(Deserialize)]
pub(super) struct RawReport {
    fieldreport: Version,
    title: Text,
    publisher: Option<Str>,
    published: Option<RawDate>,
    period: Option<Obj<RawPeriod>>,
    claim: Option<Str>,
    #[serde(default)]
    sources: Entries<RawSource>,
    notes: Option<Str>,
    funding: Option<Entries<RawFunding>>,
    losses: Option<Entries<RawLosses>>,
    battles: Option<Entries<RawBattles>>,
    townships: Option<Entries<RawTownships>>,
}

#[derive(Deserialize)]
struct RawPeriod {
    from: RawDate,
    to: RawDate,
}

impl Shape for RawPeriod {
    const EXPECTING: &'static str = "a period, an object like {\"from\": \"2025-01-01\", \"to\": \"2025-12-31\"}";
    const PLURAL: &'static str = "periods";
}

#[derive(Deserialize)]
struct RawSource {
    title: Text,
    publisher: Option<Str>,
    date: Option<RawDate>,
    url: Option<Str>,
}

impl Shape for RawSource {
    const EXPECTING: &'static str = "a source, an object like {\"title\": \"…\", \"publisher\": \"Mizzima\"}";
    const PLURAL: &'static str = "sources";
}

#[derive(Deserialize)]
struct RawFunding {
    year: Year,
    label: Option<Text>,
    mmk: Option<Money>,
    usd: Option<Money>,
    note: Option<Str>,
}

impl Shape for RawFunding {
    const EXPECTING: &'static str = "a funding entry, an object like {\"year\": 2025, \"mmk\": 33600000000}";
    const PLURAL: &'static str = "funding entries";
}

#[derive(Deserialize)]
struct RawLosses {
    year: Year,
    side: Option<Text>,
    total: Option<Count>,
    breakdown: Option<RawParts>,
    other: Option<RawParts>,
    note: Option<Str>,
}

impl Shape for RawLosses {
    const EXPECTING: &'static str =
        "a losses entry, an object like {\"year\": 2025, \"side\": \"junta\", \"total\": 9549}";
    const PLURAL: &'static str = "losses entries";
}

#[derive(Deserialize)]
struct RawBattles {
    year: Year,
    total: Option<Count>,
    #[serde(default)]
    groups: Entries<RawBattleGroup>,
    note: Option<Str>,
}

impl Shape for RawBattles {
    const EXPECTING: &'static str = "a battles entry, an object like {\"year\": 2025, \"total\": 7139}";
    const PLURAL: &'static str = "battles entries";
}

#[derive(Deserialize)]
struct RawBattleGroup {
    label: Text,
    total: Option<Count>,
    breakdown: Option<RawParts>,
    note: Option<Str>,
}

impl Shape for RawBattleGroup {
    const EXPECTING: &'static str = "a battle group, an object like {\"label\": \"PDF\", \"total\": 2984}";
    const PLURAL: &'static str = "battle groups";
}

#[derive(Deserialize)]
struct RawTownships {
    as_of: RawDate,
    total: Option<Count>,
    breakdown: Option<RawParts>,
    #[serde(default)]
    towns: Entries<RawTown>,
    note: Option<Str>,
}

impl Shape for RawTownships {
    const EXPECTING: &'static str =
        "a township snapshot, an object like {\"as_of\": \"2025-12-31\", \"breakdown\": {\"captured\": 37}}";
    const PLURAL: &'static str = "township snapshots";
}

#[derive(Deserialize)]
struct RawTown {
    name: Text,
    status: Text,
    region: Option<Str>,
    lat: Option<Degrees<90>>,
    lon: Option<Degrees<180>>,
    note: Option<Str>,
}

impl Shape for RawTown {
    const EXPECTING: &'static str = "a town, an object like {\"name\": \"Hpakant\", \"status\": \"captured\"}";
    const PLURAL: &'static str = "towns";
}

// ---------------------------------------------------------------------------------------------
// Into the model.

fn text(s: Option<Str>) -> Option<String> {
    s.map(|s| s.0)
}

fn parts(p: Option<RawParts>) -> Parts {
    p.map(|p| p.0).unwrap_or_default()
}

impl RawReport {
    /// The report, once the rules that span fields hold; a refusal names the JSON path concerned.
    pub(super) fn into_report(self) -> Result<Report, Refusal> {
        let version = self.fieldreport.0;
        if version > FORMAT_VERSION {
            return Err((
                "fieldreport".into(),
                format!("written for format {version}; this version reads format {FORMAT_VERSION}"),
            ));
        }
        if version != FORMAT_VERSION {
            return Err((
                "fieldreport".into(),
                format!("expected the format number {FORMAT_VERSION}, found {version}"),
            ));
        }
        if self.funding.is_none() && self.losses.is_none() && self.battles.is_none() && self.townships.is_none() {
            return Err((
                String::new(),
                "expected at least one of `funding`, `losses`, `battles`, `townships`, found none".into(),
            ));
        }
        Ok(Report {
            title: self.title.0,
            publisher: text(self.publisher),
            published: self.published.map(|d| d.0),
            period: self.period.map(|p| p.0.into_period()).transpose()?,
            claim: text(self.claim),
            sources: self.sources.0.into_iter().map(RawSource::into_source).collect(),
            notes: text(self.notes),
            funding: funding(self.funding.unwrap_or_default().0)?,
            losses: self
                .losses
                .unwrap_or_default()
                .0
                .into_iter()
                .map(RawLosses::into_losses)
                .collect(),
            battles: self
                .battles
                .unwrap_or_default()
                .0
                .into_iter()
                .map(RawBattles::into_battles)
                .collect(),
            townships: self
                .townships
                .unwrap_or_default()
                .0
                .into_iter()
                .map(RawTownships::into_townships)
                .collect(),
        })
    }
}

impl RawPeriod {
    fn into_period(self) -> Result<Period, Refusal> {
        let (from, to) = (self.from.0, self.to.0);
        if to < from {
            return Err((
                "period".into(),
                format!("the period ends ({to}) before it starts ({from}); expected `from` on or before `to`"),
            ));
        }
        Ok(Period { from, to })
    }
}

impl RawSource {
    fn into_source(self) -> Source {
        Source {
            title: self.title.0,
            publisher: text(self.publisher),
            date: self.date.map(|d| d.0),
            url: text(self.url),
        }
    }
}

fn funding(entries: Vec<RawFunding>) -> Result<Vec<Funding>, Refusal> {
    entries
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            if f.mmk.is_none() && f.usd.is_none() {
                return Err((
                    format!("funding[{i}]"),
                    "expected at least one of `mmk` and `usd`, found neither".into(),
                ));
            }
            Ok(Funding {
                year: f.year.0,
                label: f.label.map_or_else(|| DEFAULT_FUNDING_LABEL.to_owned(), |t| t.0),
                mmk: f.mmk.map(|m| m.0),
                usd: f.usd.map(|m| m.0),
                note: text(f.note),
            })
        })
        .collect()
}

impl RawLosses {
    fn into_losses(self) -> Losses {
        Losses {
            year: self.year.0,
            side: self.side.map_or_else(|| UNSPECIFIED_SIDE.to_owned(), |t| t.0),
            total: self.total.map(|c| c.0),
            breakdown: parts(self.breakdown),
            other: parts(self.other),
            note: text(self.note),
        }
    }
}

impl RawBattles {
    fn into_battles(self) -> Battles {
        Battles {
            year: self.year.0,
            total: self.total.map(|c| c.0),
            groups: self
                .groups
                .0
                .into_iter()
                .map(|g| BattleGroup {
                    label: g.label.0,
                    total: g.total.map(|c| c.0),
                    breakdown: parts(g.breakdown),
                    note: text(g.note),
                })
                .collect(),
            note: text(self.note),
        }
    }
}

impl RawTownships {
    fn into_townships(self) -> Townships {
        Townships {
            as_of: self.as_of.0,
            total: self.total.map(|c| c.0),
            breakdown: parts(self.breakdown),
            towns: self
                .towns
                .0
                .into_iter()
                .map(|t| Town {
                    name: t.name.0,
                    status: t.status.0,
                    region: text(t.region),
                    lat: t.lat.map(|d| d.0),
                    lon: t.lon.map(|d| d.0),
                    note: text(t.note),
                })
                .collect(),
            note: text(self.note),
        }
    }
}
