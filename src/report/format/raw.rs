//! The file's shape as serde reads it. Field types check their values where they stand, so an
//! error points at the right place; the conversion into the model then applies the rules that
//! span fields, section by section.

use std::cell::Cell;
use std::collections::HashSet;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};

use super::rules::{DEFAULT_FUNDING_LABEL, FORMAT_VERSION, MAX_ENTRIES, UNSPECIFIED_SIDE, blank, text_too_long};
use crate::report::model::figure::{Figure, MAX_FIGURE, Qualifier, thousands};
use crate::report::model::figure_text::{self, Unfit};
use crate::report::model::{
    Area, BattleGroup, Battles, Date, Funding, Losses, Parts, Period, Report, Source, Town, Townships, Unknown,
};

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
    text_too_long(text).map_or(Ok(()), |m| Err(E::custom(m)))
}

/// Refuses empty or blank text; `what` names it ("non-empty text", "a category label").
fn check_not_blank<E: de::Error>(text: &str, what: &str) -> Result<(), E> {
    blank(text, what).map_or(Ok(()), |m| Err(E::custom(m)))
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
    match figure_text::fit(value, WHOLE) {
        // `-0` is zero.
        Ok(()) => Ok(value + 0.0),
        Err(Unfit::TooLarge) => Err(E::custom(format!(
            "expected a number up to {} (a thousand trillion), found {}",
            thousands(MAX_FIGURE),
            thousands(value)
        ))),
        Err(Unfit::NotANumber | Unfit::Negative | Unfit::NotWhole) => {
            Err(E::invalid_value(unexpected, &number_expecting::<WHOLE>()))
        }
    }
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

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Figure, A::Error> {
        const FIELDS: &[&str] = &["value", "qualifier", "note"];
        let (mut value, mut qualifier, mut note) = (None, None, None);
        let mut unknown = Unknown::new();
        while let Some(key) = map.next_key_seed(KeySeed(FIELDS))? {
            match key {
                Key::Known("value") if value.is_none() => value = Some(map.next_value::<Number<WHOLE>>()?.0),
                Key::Known("qualifier") if qualifier.is_none() => {
                    qualifier = Some(map.next_value::<Option<RawQualifier>>()?.map(|q| q.0));
                }
                Key::Known("note") if note.is_none() => note = Some(map.next_value::<Option<Str>>()?.map(|n| n.0)),
                Key::Known(name) => return Err(de::Error::duplicate_field(name)),
                Key::Unknown(key) => keep_unknown(&mut map, &mut unknown, key)?,
            }
        }
        let value = value.ok_or_else(|| de::Error::missing_field("value"))?;
        Ok(Figure {
            value,
            qualifier: qualifier.flatten().unwrap_or_default(),
            note: note.flatten(),
            unknown,
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
// Objects that keep their unknown fields.

/// A key of an object: one of its known fields (by name), or one it does not know.
enum Key {
    Known(&'static str),
    Unknown(String),
}

/// Reads a key, telling known fields from unknown ones without copying the known.
struct KeySeed(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
        Ok(match self.0.iter().find(|k| **k == v) {
            Some(k) => Key::Known(k),
            None => Key::Unknown(v.to_owned()),
        })
    }
}

/// Stores an unknown field's value; the same unknown field twice is refused like a known one.
fn keep_unknown<'de, A: MapAccess<'de>>(map: &mut A, unknown: &mut Unknown, key: String) -> Result<(), A::Error> {
    if unknown.contains_key(&key) {
        return Err(de::Error::custom(format!("duplicate field `{key}`")));
    }
    let value: serde_json::Value = map.next_value()?;
    unknown.insert(key, value);
    Ok(())
}

/// What a field is when the object leaves it out: `None`, an empty list, or an error.
trait WhenMissing: Sized {
    fn missing<E: de::Error>(key: &'static str) -> Result<Self, E>;
}

impl<T> WhenMissing for Option<T> {
    fn missing<E: de::Error>(_: &'static str) -> Result<Self, E> {
        Ok(None)
    }
}

impl<T> WhenMissing for Entries<T> {
    fn missing<E: de::Error>(_: &'static str) -> Result<Self, E> {
        Ok(Self::default())
    }
}

macro_rules! required {
    ($($t:ty),*) => {$(
        impl WhenMissing for $t {
            fn missing<E: de::Error>(key: &'static str) -> Result<Self, E> {
                Err(E::missing_field(key))
            }
        }
    )*};
}

required!(Version, Text, RawDate, Year);

/// The name of a field in the file: the field's own name, or the one given after `as`.
macro_rules! key_of {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident $key:literal) => {
        $key
    };
}

/// An object of the format: its known fields, read in any order, each at most once (a missing
/// one is what [`WhenMissing`] says), and its unknown fields kept with their values in order.
macro_rules! object {
    ($(#[$meta:meta])* struct $name:ident { $($field:ident $(as $key:literal)?: $ty:ty,)* }) => {
        $(#[$meta])*
        pub(super) struct $name {
            $($field: $ty,)*
            unknown: Unknown,
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct ObjectVisitor;
                impl<'de> Visitor<'de> for ObjectVisitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str("an object { … }")
                    }
                    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<$name, A::Error> {
                        const FIELDS: &[&str] = &[$(key_of!($field $($key)?)),*];
                        $(let mut $field: Option<$ty> = None;)*
                        let mut unknown = Unknown::new();
                        while let Some(key) = map.next_key_seed(KeySeed(FIELDS))? {
                            let name = match key {
                                Key::Unknown(key) => {
                                    keep_unknown(&mut map, &mut unknown, key)?;
                                    continue;
                                }
                                Key::Known(name) => name,
                            };
                            $(
                                if name == key_of!($field $($key)?) {
                                    if $field.is_some() {
                                        return Err(de::Error::duplicate_field(key_of!($field $($key)?)));
                                    }
                                    $field = Some(map.next_value()?);
                                    continue;
                                }
                            )*
                        }
                        $(
                            let $field = match $field {
                                Some(value) => value,
                                None => WhenMissing::missing(key_of!($field $($key)?))?,
                            };
                        )*
                        Ok($name { $($field,)* unknown })
                    }
                }
                d.deserialize_map(ObjectVisitor)
            }
        }
    };
}

// ---------------------------------------------------------------------------------------------
// The file's shape.

object! {
    struct RawReport {
        schema as "$schema": Option<Str>,
        fieldreport: Version,
        title: Text,
        publisher: Option<Str>,
        published: Option<RawDate>,
        period: Option<Obj<RawPeriod>>,
        claim: Option<Str>,
        sources: Entries<RawSource>,
        notes: Option<Str>,
        funding: Option<Entries<RawFunding>>,
        losses: Option<Entries<RawLosses>>,
        battles: Option<Entries<RawBattles>>,
        townships: Option<Entries<RawTownships>>,
    }
}

object! {
    struct RawPeriod {
        from: RawDate,
        to: RawDate,
    }
}

impl Shape for RawPeriod {
    const EXPECTING: &'static str = "a period, an object like {\"from\": \"2025-01-01\", \"to\": \"2025-12-31\"}";
    const PLURAL: &'static str = "periods";
}

object! {
    struct RawSource {
        title: Text,
        publisher: Option<Str>,
        date: Option<RawDate>,
        url: Option<Str>,
    }
}

impl Shape for RawSource {
    const EXPECTING: &'static str = "a source, an object like {\"title\": \"…\", \"publisher\": \"Mizzima\"}";
    const PLURAL: &'static str = "sources";
}

object! {
    struct RawFunding {
        year: Year,
        label: Option<Text>,
        mmk: Option<Money>,
        usd: Option<Money>,
        restated: Option<bool>,
        note: Option<Str>,
    }
}

impl Shape for RawFunding {
    const EXPECTING: &'static str = "a funding entry, an object like {\"year\": 2025, \"mmk\": 33600000000}";
    const PLURAL: &'static str = "funding entries";
}

object! {
    struct RawLosses {
        year: Year,
        side: Option<Text>,
        total: Option<Count>,
        breakdown: Option<RawParts>,
        other: Option<RawParts>,
        restated: Option<bool>,
        note: Option<Str>,
    }
}

impl Shape for RawLosses {
    const EXPECTING: &'static str =
        "a losses entry, an object like {\"year\": 2025, \"side\": \"junta\", \"total\": 9549}";
    const PLURAL: &'static str = "losses entries";
}

object! {
    struct RawBattles {
        year: Year,
        total: Option<Count>,
        groups: Entries<RawBattleGroup>,
        restated: Option<bool>,
        note: Option<Str>,
    }
}

impl Shape for RawBattles {
    const EXPECTING: &'static str = "a battles entry, an object like {\"year\": 2025, \"total\": 7139}";
    const PLURAL: &'static str = "battles entries";
}

object! {
    struct RawBattleGroup {
        label: Text,
        total: Option<Count>,
        breakdown: Option<RawParts>,
        note: Option<Str>,
    }
}

impl Shape for RawBattleGroup {
    const EXPECTING: &'static str = "a battle group, an object like {\"label\": \"PDF\", \"total\": 2984}";
    const PLURAL: &'static str = "battle groups";
}

object! {
    struct RawTownships {
        as_of: RawDate,
        total: Option<Count>,
        breakdown: Option<RawParts>,
        towns: Entries<RawTown>,
        areas: Entries<RawArea>,
        note: Option<Str>,
    }
}

impl Shape for RawTownships {
    const EXPECTING: &'static str =
        "a township snapshot, an object like {\"as_of\": \"2025-12-31\", \"breakdown\": {\"captured\": 37}}";
    const PLURAL: &'static str = "township snapshots";
}

object! {
    struct RawTown {
        name: Text,
        status: Text,
        region: Option<Str>,
        pcode: Option<Str>,
        lat: Option<Degrees<90>>,
        lon: Option<Degrees<180>>,
        note: Option<Str>,
    }
}

impl Shape for RawTown {
    const EXPECTING: &'static str = "a town, an object like {\"name\": \"Hpakant\", \"status\": \"captured\"}";
    const PLURAL: &'static str = "towns";
}

object! {
    struct RawArea {
        township: Text,
        status: Text,
        region: Option<Str>,
        pcode: Option<Str>,
        note: Option<Str>,
    }
}

impl Shape for RawArea {
    const EXPECTING: &'static str =
        "a township, an object like {\"township\": \"Falam\", \"pcode\": \"MMR004001\", \"status\": \"captured\"}";
    const PLURAL: &'static str = "townships";
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
        let (period, period_unknown) = match self.period {
            Some(p) => p.0.into_period().map(|(p, u)| (Some(p), u))?,
            None => (None, Unknown::new()),
        };
        Ok(Report {
            schema: text(self.schema),
            title: self.title.0,
            publisher: text(self.publisher),
            published: self.published.map(|d| d.0),
            period,
            period_unknown,
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
            unknown: self.unknown,
        })
    }
}

impl RawPeriod {
    fn into_period(self) -> Result<(Period, Unknown), Refusal> {
        let (from, to) = (self.from.0, self.to.0);
        if to < from {
            return Err((
                "period".into(),
                format!("the period ends ({to}) before it starts ({from}); expected `from` on or before `to`"),
            ));
        }
        Ok((Period { from, to }, self.unknown))
    }
}

impl RawSource {
    fn into_source(self) -> Source {
        Source {
            title: self.title.0,
            publisher: text(self.publisher),
            date: self.date.map(|d| d.0),
            url: text(self.url),
            unknown: self.unknown,
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
                restated: f.restated.unwrap_or(false),
                note: text(f.note),
                unknown: f.unknown,
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
            restated: self.restated.unwrap_or(false),
            note: text(self.note),
            unknown: self.unknown,
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
                    unknown: g.unknown,
                })
                .collect(),
            restated: self.restated.unwrap_or(false),
            note: text(self.note),
            unknown: self.unknown,
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
                    pcode: text(t.pcode),
                    lat: t.lat.map(|d| d.0),
                    lon: t.lon.map(|d| d.0),
                    note: text(t.note),
                    unknown: t.unknown,
                })
                .collect(),
            areas: self
                .areas
                .0
                .into_iter()
                .map(|a| Area {
                    township: a.township.0,
                    status: a.status.0,
                    region: text(a.region),
                    pcode: text(a.pcode),
                    note: text(a.note),
                    unknown: a.unknown,
                })
                .collect(),
            note: text(self.note),
            unknown: self.unknown,
        }
    }
}
