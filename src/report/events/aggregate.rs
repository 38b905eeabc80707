//! The counts a user asks of an event file: per year or per month, for a type preset or one
//! event type, optionally one state or township and an actor, with the words naming that choice.

use std::collections::BTreeMap;

use super::reader::{UCDP_NON_STATE, UCDP_ONE_SIDED, UCDP_STATE_BASED};
use super::{EventFile, Source, Tally, YearMonth};

/// Per year or per month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Period {
    /// One count per year.
    #[default]
    Year,
    /// One count per month.
    Month,
}

impl Period {
    /// "year" or "month", as the command line writes it.
    pub fn key(self) -> &'static str {
        match self {
            Self::Year => "year",
            Self::Month => "month",
        }
    }
}

/// Named choices of event types.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Preset {
    /// ACLED's event type Battles; UCDP's state-based conflict.
    #[default]
    Battles,
    /// ACLED's Battles, Explosions/Remote violence and Violence against civilians; every UCDP type.
    PoliticalViolence,
    /// Every event.
    AllEvents,
}

impl Preset {
    /// Every preset, in menu order.
    pub const ALL: [Self; 3] = [Self::Battles, Self::PoliticalViolence, Self::AllEvents];

    /// The preset's name in English, as the command line and captions write it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Battles => "Battles",
            Self::PoliticalViolence => "Political violence",
            Self::AllEvents => "All events",
        }
    }

    /// The preset of a name (`battles`, `political-violence`, `all`), for the command line.
    pub fn parse(text: &str) -> Option<Self> {
        let t = text.to_lowercase().replace(['-', '_'], " ");
        match t.trim() {
            "battles" => Some(Self::Battles),
            "political violence" => Some(Self::PoliticalViolence),
            "all" | "all events" => Some(Self::AllEvents),
            _ => None,
        }
    }

    /// True when an event of this type is counted.
    fn keeps(self, source: &Source, event_type: &str) -> bool {
        let is = |name: &str| event_type.eq_ignore_ascii_case(name);
        match (self, source) {
            (Self::AllEvents, _) => true,
            (Self::Battles, Source::Acled) => is("Battles"),
            (Self::Battles, Source::Ucdp { .. }) => is(UCDP_STATE_BASED),
            (Self::PoliticalViolence, Source::Acled) => {
                is("Battles") || is("Explosions/Remote violence") || is("Violence against civilians")
            }
            (Self::PoliticalViolence, Source::Ucdp { .. }) => {
                is(UCDP_STATE_BASED) || is(UCDP_NON_STATE) || is(UCDP_ONE_SIDED)
            }
        }
    }

    /// What the preset counts in a file of this source, in English.
    pub fn meaning(self, source: &Source) -> &'static str {
        match (self, source) {
            (Self::AllEvents, _) => "every event",
            (Self::Battles, Source::Acled) => "event type Battles",
            (Self::Battles, Source::Ucdp { .. }) => "type of violence 1, state-based conflict",
            (Self::PoliticalViolence, Source::Acled) => {
                "Battles, Explosions/Remote violence and Violence against civilians"
            }
            (Self::PoliticalViolence, Source::Ucdp { .. }) => "every type of violence",
        }
    }
}

/// Which event types are counted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum TypeFilter {
    /// A named preset.
    Preset(Preset),
    /// One `event_type` (ACLED) or type of violence (UCDP).
    EventType(String),
    /// One `sub_event_type` (ACLED).
    SubEventType(String),
}

impl Default for TypeFilter {
    fn default() -> Self {
        Self::Preset(Preset::default())
    }
}

/// Where events are counted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Place {
    /// The whole file.
    #[default]
    All,
    /// One state or region (`admin1`, `adm_1`).
    State(String),
    /// One township (`admin3`).
    Township(String),
}

/// The user's choice of counts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Aggregation {
    /// Per year or month.
    pub by: Period,
    /// Which types.
    pub types: TypeFilter,
    /// Where.
    pub place: Place,
    /// Events where either actor's name holds this text (any case); empty for every actor.
    pub actor: String,
    /// What the map's circles measure (the chart of claims and records draws both).
    #[serde(default)]
    pub measure: Measure,
    /// With township boundaries open, the map fills each township by the first file's count
    /// in graduated classes instead of drawing its circle.
    #[serde(default)]
    pub fill_townships: bool,
}

impl Aggregation {
    /// The filter in English: "Battles", "Battles, Sagaing, actor “PDF”".
    pub fn filter_words(&self) -> String {
        let mut out = match &self.types {
            TypeFilter::Preset(p) => p.name().to_owned(),
            TypeFilter::EventType(t) | TypeFilter::SubEventType(t) => t.clone(),
        };
        match &self.place {
            Place::All => {}
            Place::State(s) => out.push_str(&format!(", {s}")),
            Place::Township(t) => out.push_str(&format!(", {t} township")),
        }
        if !self.actor.trim().is_empty() {
            out.push_str(&format!(", actor “{}”", self.actor.trim()));
        }
        out
    }
}

/// One period's counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    /// The year.
    pub year: i32,
    /// 1–12 per month; 0 per year.
    pub month: u8,
    /// Events and deaths.
    pub tally: Tally,
}

/// The counts of one file for one aggregation.
#[derive(Clone, Debug, PartialEq)]
pub struct Aggregate {
    /// The file's short citation ("ACLED, file of 2025-05-16 (acled.csv)").
    pub citation: String,
    /// ACLED or UCDP.
    pub source: Source,
    /// The file's SHA-256.
    pub sha256: String,
    /// The filter in English ("Battles").
    pub filter: String,
    /// Per year or month.
    pub by: Period,
    /// Periods in order; only those with events.
    pub rows: Vec<Row>,
    /// Events matching the filter whose rows give a year but no month (per month only).
    pub without_month: Tally,
    /// Something the user should know about the counts (a filter that could not be combined).
    pub note: Option<String>,
}

impl Aggregate {
    /// "ACLED, file of 2025-05-16 (acled.csv), filter Battles, events per year".
    pub fn attribution(&self) -> String {
        format!(
            "{}, filter {}, events per {}",
            self.citation,
            self.filter,
            self.by.key()
        )
    }

    /// The year's total (all its months).
    pub fn year_total(&self, year: i32) -> Option<Tally> {
        let mut total = Tally::default();
        let mut any = false;
        for r in self.rows.iter().filter(|r| r.year == year) {
            total.add(r.tally);
            any = true;
        }
        any.then_some(total)
    }

    /// Every year with events.
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self.rows.iter().map(|r| r.year).collect();
        years.dedup();
        years
    }
}

/// Counts a file's events as the aggregation says. Time is linear in the file's cells.
pub fn aggregate(file: &EventFile, aggregation: &Aggregation) -> Aggregate {
    let note = match &aggregation.place {
        Place::Township(t) if !aggregation.actor.trim().is_empty() => Some(format!(
            "the actor filter is counted per state or region, not per township: {t} is left out of the filter"
        )),
        _ => None,
    };
    let mut per: BTreeMap<(i32, u8), Tally> = BTreeMap::new();
    let mut without_month = Tally::default();
    for_each_kept(file, aggregation, |when, _, _, tally| {
        if aggregation.by == Period::Month && when.month == 0 {
            without_month.add(tally);
            return;
        }
        let month = if aggregation.by == Period::Month { when.month } else { 0 };
        per.entry((i32::from(when.year), month)).or_default().add(tally);
    });
    let mut filter = aggregation.filter_words();
    if note.is_some() {
        filter = Aggregation {
            place: Place::All,
            ..aggregation.clone()
        }
        .filter_words();
    }
    Aggregate {
        citation: file.citation(),
        source: file.source.clone(),
        sha256: file.sha256.clone(),
        filter,
        by: aggregation.by,
        rows: per
            .into_iter()
            .map(|((year, month), tally)| Row { year, month, tally })
            .collect(),
        without_month,
        note,
    }
}

/// What the map's circles measure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Measure {
    /// Events (rows).
    #[default]
    Events,
    /// Fatalities (ACLED) or UCDP's best estimate of deaths.
    Deaths,
}

impl Measure {
    /// The measure of a tally.
    pub fn of(self, tally: Tally) -> u64 {
        match self {
            Self::Events => tally.events,
            Self::Deaths => tally.deaths,
        }
    }
}

/// The events of one township, or of one state or region where no township is given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceCount {
    /// The state or region as the file writes it ("Shan-North"); "" when not given.
    pub state: String,
    /// The township as the file writes it ("Kale"); "" when only the state is given.
    pub township: String,
    /// The township's MIMU Pcode when the file gives one, else "".
    pub pcode: String,
    /// Events and deaths.
    pub tally: Tally,
}

/// Where a file's events were recorded, for the map.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlaceCounts {
    /// Per township (or state), largest first.
    pub places: Vec<PlaceCount>,
    /// Counted per state or region only: the actor filter is kept per state, not per township.
    pub per_state_only: bool,
}

/// Where a file's events were recorded, for the map: per township, or per state or region where
/// the file names no township (or where an actor is asked for, as actors are counted per state);
/// the types, place and actor of the aggregation, the years from `years.0` to `years.1` (every
/// year when `None`). Time is linear in the file's cells.
pub fn by_place(file: &EventFile, aggregation: &Aggregation, years: Option<(i32, i32)>) -> PlaceCounts {
    let in_years = |year: i16| years.is_none_or(|(a, b)| (a..=b).contains(&i32::from(year)));
    let per_state_only = !aggregation.actor.trim().is_empty();
    // (state, township or none) → counts.
    let mut per: BTreeMap<(u16, Option<u32>), Tally> = BTreeMap::new();
    for_each_kept(file, aggregation, |when, state, township, tally| {
        if in_years(when.year) {
            per.entry((state, township)).or_default().add(tally);
        }
    });
    let mut places: Vec<PlaceCount> = per
        .into_iter()
        .map(|((state, township), tally)| {
            let (township, pcode) = township.map_or_else(Default::default, |t| {
                (
                    file.admin3.get(t as usize).map(|(n, _)| n.clone()).unwrap_or_default(),
                    file.admin3_pcodes.get(t as usize).cloned().unwrap_or_default(),
                )
            });
            PlaceCount {
                state: file.admin1.get(state as usize).cloned().unwrap_or_default(),
                township,
                pcode,
                tally,
            }
        })
        .collect();
    places.sort_by(|a, b| {
        b.tally
            .events
            .cmp(&a.tally.events)
            .then_with(|| a.state.cmp(&b.state))
            .then_with(|| a.township.cmp(&b.township))
    });
    PlaceCounts { places, per_state_only }
}

/// Gives `f` each of the file's cells the aggregation keeps (its types, place and actor): its
/// time, state, township and tally. With an actor asked for, the cells are those counted per
/// state and actor, and the township is `None` (actors are not kept per township, so a township
/// asked for is not applied). Time is linear in the file's cells.
fn for_each_kept(file: &EventFile, aggregation: &Aggregation, mut f: impl FnMut(YearMonth, u16, Option<u32>, Tally)) {
    let types = kept_types(file, aggregation);
    let state_ok: Vec<bool> = file
        .admin1
        .iter()
        .map(|s| match &aggregation.place {
            Place::State(want) => s.eq_ignore_ascii_case(want),
            _ => true,
        })
        .collect();
    let kept = |kind: u16, admin1: u16| {
        types.get(kind as usize).copied().unwrap_or(false) && state_ok.get(admin1 as usize).copied().unwrap_or(false)
    };
    let actor = aggregation.actor.trim().to_lowercase();
    if actor.is_empty() {
        let township_ok: Vec<bool> = file
            .admin3
            .iter()
            .map(|(t, _)| match &aggregation.place {
                Place::Township(want) => t.eq_ignore_ascii_case(want),
                _ => true,
            })
            .collect();
        for (k, tally) in &file.places {
            if kept(k.kind, k.admin1) && township_ok.get(k.admin3 as usize).copied().unwrap_or(false) {
                f(k.when, k.admin1, Some(k.admin3), *tally);
            }
        }
    } else {
        let actor_ok: Vec<bool> = file.actors.iter().map(|a| a.to_lowercase().contains(&actor)).collect();
        let named = |i: u32| actor_ok.get(i as usize).copied().unwrap_or(false);
        for (k, tally) in &file.actor_cells {
            if kept(k.kind, k.admin1) && (named(k.actor1) || named(k.actor2)) {
                f(k.when, k.admin1, None, *tally);
            }
        }
    }
}

/// For each of the file's types, whether the aggregation counts it.
fn kept_types(file: &EventFile, aggregation: &Aggregation) -> Vec<bool> {
    file.types
        .iter()
        .map(|(t, sub)| match &aggregation.types {
            TypeFilter::Preset(p) => p.keeps(&file.source, t),
            TypeFilter::EventType(want) => t.eq_ignore_ascii_case(want),
            TypeFilter::SubEventType(want) => sub.eq_ignore_ascii_case(want),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::events::read_reader;

    fn file() -> EventFile {
        let text = "event_date,year,event_type,sub_event_type,fatalities,admin1,admin3,actor1,actor2\n\
                    2024-03-02,2024,Battles,Armed clash,2,Sagaing,Kale,Military Forces of Myanmar,PDF\n\
                    2025-01-02,2025,Battles,Armed clash,3,Sagaing,Kale,Military Forces of Myanmar,PDF\n\
                    2025-01-09,2025,Battles,Armed clash,1,Sagaing,Kale,Military Forces of Myanmar,PDF\n\
                    2025-02-02,2025,Explosions/Remote violence,Air/drone strike,7,Magway,Pauk,Military Forces of Myanmar,Civilians\n\
                    2025-02-03,2025,Protests,Peaceful protest,0,Yangon,Hlaing,Protesters,\n\
                    ,2025,Battles,Armed clash,1,Shan-North,Lashio,TNLA,Military Forces of Myanmar\n";
        read_reader(text.as_bytes(), "acled.csv", 0, &mut |_, _| true).expect("read")
    }

    fn counts(a: &Aggregate) -> Vec<(i32, u8, u64, u64)> {
        a.rows
            .iter()
            .map(|r| (r.year, r.month, r.tally.events, r.tally.deaths))
            .collect()
    }

    #[test]
    fn presets_per_year() {
        let f = file();
        let battles = aggregate(&f, &Aggregation::default());
        assert_eq!(counts(&battles), [(2024, 0, 1, 2), (2025, 0, 3, 5)]);
        assert_eq!(battles.filter, "Battles");
        let pv = aggregate(
            &f,
            &Aggregation {
                types: TypeFilter::Preset(Preset::PoliticalViolence),
                ..Aggregation::default()
            },
        );
        assert_eq!(counts(&pv), [(2024, 0, 1, 2), (2025, 0, 4, 12)]);
        let all = aggregate(
            &f,
            &Aggregation {
                types: TypeFilter::Preset(Preset::AllEvents),
                ..Aggregation::default()
            },
        );
        assert_eq!(counts(&all)[1], (2025, 0, 5, 12));
    }

    #[test]
    fn per_month_keeps_year_only_rows_aside() {
        let f = file();
        let a = aggregate(
            &f,
            &Aggregation {
                by: Period::Month,
                ..Aggregation::default()
            },
        );
        assert_eq!(counts(&a), [(2024, 3, 1, 2), (2025, 1, 2, 4)]);
        assert_eq!(a.without_month.events, 1);
        assert_eq!(a.year_total(2025).map(|t| t.events), Some(2));
    }

    #[test]
    fn places_and_actors() {
        let f = file();
        let kale = aggregate(
            &f,
            &Aggregation {
                place: Place::Township("kale".into()),
                ..Aggregation::default()
            },
        );
        assert_eq!(counts(&kale), [(2024, 0, 1, 2), (2025, 0, 2, 4)]);
        assert_eq!(kale.filter, "Battles, kale township");
        let tnla = aggregate(
            &f,
            &Aggregation {
                actor: "tnla".into(),
                ..Aggregation::default()
            },
        );
        assert_eq!(counts(&tnla), [(2025, 0, 1, 1)]);
        let shan = aggregate(
            &f,
            &Aggregation {
                place: Place::State("Shan-North".into()),
                actor: "military".into(),
                ..Aggregation::default()
            },
        );
        assert_eq!(counts(&shan), [(2025, 0, 1, 1)]);
        assert!(shan.attribution().starts_with("ACLED"), "{}", shan.attribution());
        let both = aggregate(
            &f,
            &Aggregation {
                place: Place::Township("Kale".into()),
                actor: "PDF".into(),
                ..Aggregation::default()
            },
        );
        assert!(both.note.is_some());
        assert_eq!(counts(&both), [(2024, 0, 1, 2), (2025, 0, 2, 4)]);
    }

    #[test]
    fn places_for_the_map() {
        let f = file();
        let counts = by_place(&f, &Aggregation::default(), Some((2025, 2025)));
        let places: Vec<(&str, &str, u64, u64)> = counts
            .places
            .iter()
            .map(|p| (p.state.as_str(), p.township.as_str(), p.tally.events, p.tally.deaths))
            .collect();
        assert_eq!(places, [("Sagaing", "Kale", 2, 4), ("Shan-North", "Lashio", 1, 1)]);
        assert!(!counts.per_state_only);
        let every_year = by_place(&f, &Aggregation::default(), None);
        assert_eq!(every_year.places[0].tally.events, 3);
        let magway = by_place(
            &f,
            &Aggregation {
                types: TypeFilter::Preset(Preset::AllEvents),
                place: Place::State("magway".into()),
                ..Aggregation::default()
            },
            None,
        );
        assert_eq!(magway.places.len(), 1);
        assert_eq!(
            (magway.places[0].township.as_str(), magway.places[0].tally.deaths),
            ("Pauk", 7)
        );
        let actor = by_place(
            &f,
            &Aggregation {
                actor: "pdf".into(),
                ..Aggregation::default()
            },
            None,
        );
        assert!(actor.per_state_only);
        assert_eq!(actor.places.len(), 1);
        assert_eq!(
            (actor.places[0].state.as_str(), actor.places[0].township.as_str()),
            ("Sagaing", "")
        );
        assert_eq!(actor.places[0].tally.events, 3);
        assert_eq!(Measure::Deaths.of(actor.places[0].tally), 6);
    }

    #[test]
    fn a_pcode_column_is_kept_per_township() {
        let text = "event_date,event_type,admin1,admin3,admin3_pcode\n\
                    2025-01-02,Battles,Sagaing,Kale,mmr005013\n\
                    2025-01-03,Battles,Sagaing,Kale,\n\
                    2025-01-04,Battles,Sagaing,Tamu,NA\n";
        let f = read_reader(text.as_bytes(), "acled.csv", 0, &mut |_, _| true).expect("read");
        let counts = by_place(&f, &Aggregation::default(), None);
        let pcodes: Vec<(&str, &str)> = counts
            .places
            .iter()
            .map(|p| (p.township.as_str(), p.pcode.as_str()))
            .collect();
        assert_eq!(pcodes, [("Kale", "MMR005013"), ("Tamu", "")]);
    }
}
