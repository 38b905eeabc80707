//! Map: Myanmar's states and regions with one dot per township, and the towns the reports name
//! placed and coloured by their reported status, for one snapshot at a time. The reports'
//! national counts are shown beside the map as they are, never spread over townships the
//! reports do not name; a town that cannot be placed is listed with the reason, never guessed.
//!
//! - [`geometry`]: the bundled boundaries, decoded once into plot coordinates.
//! - [`labels`]: town names placed without overlap.
//! - `draw`: the plot itself.
//! - [`events`]: what event files recorded, as circles per township, and their key.
//!
//! Which snapshot is shown is chart state kept with the hidden series: the snapshots not shown
//! are "hidden" ([`snapshot_label`]), so the choice goes through the same command as a legend
//! click, survives a re-preparation and is exported as shown.

mod draw;
pub mod events;
pub mod filled;
pub mod geometry;
pub mod labels;
mod side;

use side::Side;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::OnceLock;

use super::marks::{self, Caption, Flags};
use super::townships::rank;
use super::{ChartKind, ChartOptions, ChartView, DrawContext, Drawn};
use crate::i18n::{Lang, Tr};
use crate::report::model::figure::Unit;
use crate::report::model::{Date, Townships};
use crate::report::places::{self, How, PlaceKind, Query, Resolution};
use crate::report::{Dataset, Role, Section, SeriesKey, When};

pub use draw::plot_id;

/// "as of 2025-12-31": a snapshot's name in the selector and in the chart's hidden set.
pub fn snapshot_label(date: Date) -> String {
    format!("as of {date}")
}

/// A town or a township as one report names it in one snapshot.
#[derive(Clone, Debug, PartialEq)]
pub struct Naming {
    /// A town (a dot) or a listed township (a square at its centre).
    pub kind: PlaceKind,
    /// The name as written.
    pub name: String,
    /// The reported status ("captured").
    pub status: String,
    /// The state or region the report gives.
    pub region: Option<String>,
    /// The MIMU Pcode the report gives.
    pub pcode: Option<String>,
    /// Latitude the report gives.
    pub lat: Option<f64>,
    /// Longitude the report gives.
    pub lon: Option<f64>,
    /// The report's note on the town.
    pub note: Option<String>,
    /// The report's file name.
    pub file: String,
    /// The report's sources, cited.
    pub source: String,
}

/// A national count as the reports give it, at the shown snapshot.
#[derive(Clone, Debug, PartialEq)]
pub struct Count {
    /// The category ("captured").
    pub category: String,
    /// The figure with its qualifier, every value when files disagree ("37", "37 or 36").
    pub figure: String,
}

/// A placed town at the shown snapshot: every report that names it there.
#[derive(Clone, Debug, PartialEq)]
pub struct TownMark {
    /// The name drawn beside the dot.
    pub label: String,
    /// English name.
    pub name: String,
    /// The name for lists, in the chart's language: the gazetteer's Burmese name when Burmese
    /// is chosen and the gazetteer has one, the English name otherwise.
    pub display: String,
    /// State or region, for lists ("Kachin"); empty when placed by coordinates alone.
    pub state: String,
    /// Plot coordinates.
    pub at: [f64; 2],
    /// Every status claimed, in rank order; more than one when the reports disagree.
    pub statuses: Vec<String>,
    /// The status at the snapshot before, when it differed: ("contested", the date).
    pub was: Option<(String, Date)>,
    /// Pcode of its township, when known.
    pub township: Option<String>,
    /// Everything about it, for the tooltip.
    pub tooltip: String,
}

impl TownMark {
    /// True when the reports give different statuses.
    pub fn disputed(&self) -> bool {
        self.statuses.len() > 1
    }
}

/// A named town the map does not draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Unplaced {
    /// The name as written.
    pub name: String,
    /// Its reported status.
    pub status: String,
    /// Why it is not drawn.
    pub why: String,
    /// The report's file name.
    pub file: String,
}

/// The places of the shown snapshot, found in the gazetteer when first needed.
#[derive(Clone, Debug, PartialEq)]
pub struct Places {
    /// Placed towns, most important first (disputed, then by status rank, then by name).
    pub towns: Vec<TownMark>,
    /// Listed townships, placed at their centres, in the same order as towns.
    pub areas: Vec<TownMark>,
    /// Named towns not drawn, with the reason.
    pub unplaced: Vec<Unplaced>,
    /// Towns named at the snapshot before and not in this one: "Mansi (captured)".
    pub dropped: Vec<String>,
    /// Townships (Pcodes) in which a named town lies.
    pub named_townships: HashSet<String>,
    /// The chart in words.
    pub summary: String,
}

/// What the map shows.
#[derive(Clone, Debug, PartialEq)]
pub struct MapData {
    /// Chart title, with the snapshot shown.
    pub title: String,
    /// Every snapshot date, oldest first.
    pub snapshots: Vec<Date>,
    /// Index of the snapshot shown.
    pub shown: Option<usize>,
    /// The national counts at the shown snapshot, in rank order.
    pub counts: Vec<Count>,
    /// "of 330 townships (assumed: the report gives no total)".
    pub total: String,
    /// The towns and townships named at the shown snapshot, in the reports' order.
    pub namings: Vec<Naming>,
    /// The towns and townships named at the snapshot before, for what changed.
    pub before: Vec<Naming>,
    /// The statuses named anywhere, in rank order: the legend.
    pub statuses: Vec<String>,
    /// Sources, claims, notes and the map's attribution.
    pub caption: Caption,
    /// The chart's hidden set: statuses hidden through the legend and snapshots not shown.
    pub hidden: BTreeSet<String>,
    /// Labels in Burmese first, for a Burmese interface; English first otherwise.
    pub burmese: bool,
    /// The language and digits of the map's words.
    pub tr: Tr,
    /// A national count is disputed between files.
    pub counts_disputed: bool,
    /// What the open event files recorded, as circles; `None` without an event file.
    pub events: Option<events::Events>,
    /// Township boundaries the user brought; `None` without a file.
    pub boundaries: Option<std::sync::Arc<filled::TownshipLayer>>,
    /// Found when first drawn or described, not when prepared, so that the gazetteer loads only
    /// once a map is wanted.
    places: OnceLock<Places>,
}

/// Turns the dataset into the map of one snapshot (the latest not hidden).
pub fn prepare(data: &Dataset, options: &ChartOptions) -> MapData {
    let hidden = options.hidden(ChartKind::Map).clone();
    let mut snapshots: Vec<Date> = data
        .reports
        .iter()
        .flat_map(|r| r.report.townships.iter().map(|t| t.as_of))
        .collect();
    snapshots.sort_unstable();
    snapshots.dedup();
    let shown = (0..snapshots.len())
        .rev()
        .find(|&i| !hidden.contains(&snapshot_label(snapshots[i])))
        .or_else(|| snapshots.len().checked_sub(1));
    let date = shown.map(|i| snapshots[i]);
    let before = shown.and_then(|i| i.checked_sub(1)).map(|i| snapshots[i]);
    let tr = options.tr;
    let (counts, total, counts_disputed) = date.map_or_else(|| (Vec::new(), None, false), |d| counts(data, d));
    let assumed = date.is_some() && total.is_none();
    let total = match (date, total) {
        (None, _) => String::new(),
        (Some(_), Some(t)) => tr.f("map-total", &[("total", tr.digits(&t).into_owned().into())]),
        (Some(_), None) => tr.f("map-total-assumed", &[("total", Townships::DEFAULT_TOTAL.into())]),
    };
    let namings_now = date.map(|d| namings(data, d)).unwrap_or_default();
    let listed = namings_now.iter().any(|n| n.kind == PlaceKind::Township);
    let mut caption = Caption::for_section(data, Section::Townships, options.tr);
    if assumed {
        caption.notes.push(
            options
                .tr
                .f("note-townships-assumed", &[("n", Townships::DEFAULT_TOTAL.into())]),
        );
    }
    let events = events::prepare(options);
    if let Some(e) = &events {
        // One note for the dots and the circles, so that a picture keeps both.
        e.caption(tr, &mut caption);
    }
    if listed {
        caption.notes.push(options.tr.t(if options.boundaries.is_some() {
            "map-honest-counts-filled"
        } else {
            "map-honest-counts-listed"
        }));
    } else if events.is_none() {
        caption.notes.push(options.tr.t("map-honest-counts"));
    }
    let mut credit = options.tr.f(
        "map-attribution-sentence",
        &[("attribution", options.tr.t("map-attribution").into())],
    );
    if let Some(b) = &options.boundaries {
        // One line of credits, so that a picture keeps room for the notes.
        credit.push(' ');
        credit.push_str(&tr.f(
            "map-attribution-sentence",
            &[("attribution", boundaries_credit(tr, b).into())],
        ));
    }
    caption.credits.push(credit);
    let mut statuses: Vec<String> = marks::distinct(
        data.reports
            .iter()
            .flat_map(|r| r.report.townships.iter())
            .flat_map(|t| {
                t.towns
                    .iter()
                    .map(|town| town.status.as_str())
                    .chain(t.areas.iter().map(|a| a.status.as_str()))
            }),
    )
    .into_iter()
    .map(str::to_owned)
    .collect();
    statuses.sort_by_key(|s| rank(s));
    MapData {
        title: match date {
            Some(d) => options.tr.f(
                if listed {
                    "title-map-areas-date"
                } else {
                    "title-map-date"
                },
                &[("date", options.tr.digits(&d.to_string()).into())],
            ),
            None => options.tr.t("title-map"),
        },
        namings: namings_now,
        before: before.map(|d| namings(data, d)).unwrap_or_default(),
        snapshots,
        shown,
        counts,
        total,
        statuses,
        caption,
        hidden,
        burmese: options.tr.lang == Lang::My,
        tr: options.tr,
        counts_disputed,
        events,
        boundaries: options.boundaries.clone(),
        places: OnceLock::new(),
    }
}

/// "Township boundaries: MIMU (townships.geojson)", or the file's name with its source not
/// given.
pub fn boundaries_credit(tr: Tr, b: &filled::TownshipLayer) -> String {
    match b.credit() {
        Some(a) => tr.f(
            "map-boundaries-credit",
            &[("attribution", a.into()), ("file", b.name.as_str().into())],
        ),
        None => tr.f("map-boundaries-credit-unknown", &[("file", b.name.as_str().into())]),
    }
}

/// Every town and township named at a snapshot, report by report, in the files' order.
fn namings(data: &Dataset, date: Date) -> Vec<Naming> {
    let mut out = Vec::new();
    for (i, loaded) in data.reports.iter().enumerate() {
        let source = marks::sources_of(data, &[i]);
        for t in loaded.report.townships.iter().filter(|t| t.as_of == date) {
            for area in &t.areas {
                out.push(Naming {
                    kind: PlaceKind::Township,
                    name: area.township.clone(),
                    status: area.status.clone(),
                    region: area.region.clone(),
                    pcode: area.pcode.clone(),
                    lat: None,
                    lon: None,
                    note: area.note.clone(),
                    file: loaded.name.clone(),
                    source: source.clone(),
                });
            }
            for town in &t.towns {
                out.push(Naming {
                    kind: PlaceKind::Town,
                    name: town.name.clone(),
                    status: town.status.clone(),
                    region: town.region.clone(),
                    pcode: town.pcode.clone(),
                    lat: town.lat,
                    lon: town.lon,
                    note: town.note.clone(),
                    file: loaded.name.clone(),
                    source: source.clone(),
                });
            }
        }
    }
    out
}

/// The national counts at a snapshot, the total's words, and whether any is disputed.
fn counts(data: &Dataset, date: Date) -> (Vec<Count>, Option<String>, bool) {
    let when = When::Date(date);
    let mut out = Vec::new();
    let mut total = None;
    let mut disputed = false;
    for s in data.section(Section::Townships) {
        let Some(p) = s.at(when) else { continue };
        disputed |= p.is_conflict();
        let figure = marks::claims_label_in(Tr::EN, p, Unit::Count);
        if s.key.role == Role::Total {
            total = Some(figure);
        } else {
            out.push(Count {
                category: s.key.category.clone(),
                figure,
            });
        }
    }
    out.sort_by_key(|c| rank(&c.category));
    (out, total, disputed)
}

/// True when the text is written in Myanmar script.
fn is_burmese(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{1000}'..='\u{109f}' | '\u{a9e0}'..='\u{a9ff}' | '\u{aa60}'..='\u{aa7f}'))
}

/// A naming placed (or not) in the gazetteer, with the key that groups namings of one place.
struct Found<'a> {
    naming: &'a Naming,
    resolution: Resolution,
    key: String,
}

fn find(naming: &Naming) -> Found<'_> {
    let query = Query {
        name: &naming.name,
        region: naming.region.as_deref(),
        pcode: naming.pcode.as_deref(),
        lat: naming.lat,
        lon: naming.lon,
    };
    let resolution = match naming.kind {
        PlaceKind::Town => places::gazetteer().resolve(&query),
        PlaceKind::Township => places::gazetteer().resolve_township(&query),
    };
    let key = match &resolution {
        Resolution::Placed(p) => match p.place {
            Some(i) => places::gazetteer().places()[i].pcode.clone(),
            None => format!("@{:.4},{:.4}", p.lat, p.lon),
        },
        Resolution::NotPlaced(_) => places::normalize(&naming.name),
    };
    // A township listed and a town named in it are two marks, never one.
    let key = match naming.kind {
        PlaceKind::Town => key,
        PlaceKind::Township => format!("township:{key}"),
    };
    Found {
        naming,
        resolution,
        key,
    }
}

impl MapData {
    /// The snapshot shown.
    pub fn date(&self) -> Option<Date> {
        self.shown.map(|i| self.snapshots[i])
    }

    /// The places of the shown snapshot (looked up on first use).
    pub fn places(&self) -> &Places {
        self.places.get_or_init(|| self.find_places())
    }

    fn find_places(&self) -> Places {
        let found: Vec<Found<'_>> = self.namings.iter().map(find).collect();
        let before: Vec<Found<'_>> = self.before.iter().map(find).collect();
        let mut groups: Vec<(&places::Placed, Vec<&Found<'_>>)> = Vec::new();
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut unplaced = Vec::new();
        for f in &found {
            let placed = match &f.resolution {
                Resolution::Placed(placed) => placed,
                Resolution::NotPlaced(why) => {
                    unplaced.push(Unplaced {
                        name: f.naming.name.clone(),
                        status: f.naming.status.clone(),
                        why: why.clone(),
                        file: f.naming.file.clone(),
                    });
                    continue;
                }
            };
            let i = *index.entry(f.key.as_str()).or_insert_with(|| {
                groups.push((placed, Vec::new()));
                groups.len() - 1
            });
            groups[i].1.push(f);
        }
        let (mut towns, mut areas) = (Vec::new(), Vec::new());
        for (placed, group) in &groups {
            let mark = self.mark(placed, group, &before);
            match group[0].naming.kind {
                PlaceKind::Town => towns.push(mark),
                PlaceKind::Township => areas.push(mark),
            }
        }
        for marks in [&mut towns, &mut areas] {
            marks.sort_by(|a, b| {
                (!a.disputed(), rank(&a.statuses[0]), &a.name).cmp(&(!b.disputed(), rank(&b.statuses[0]), &b.name))
            });
        }
        let now: HashSet<&str> = found.iter().map(|f| f.key.as_str()).collect();
        let mut dropped = Vec::new();
        for f in &before {
            let line = format!("{} ({})", f.naming.name, f.naming.status);
            if !now.contains(f.key.as_str()) && !dropped.contains(&line) {
                dropped.push(line);
            }
        }
        let named_townships: HashSet<String> = towns.iter().filter_map(|t| t.township.clone()).collect();
        let mut places = Places {
            towns,
            areas,
            unplaced,
            dropped,
            named_townships,
            summary: String::new(),
        };
        places.summary = self.summary_of(&places);
        places
    }

    /// One placed town from every naming of it at the shown snapshot.
    fn mark(&self, placed: &places::Placed, group: &[&Found<'_>], before: &[Found<'_>]) -> TownMark {
        let g = places::gazetteer();
        let first = group[0];
        let place = placed.place.map(|i| &g.places()[i]);
        let mut statuses: Vec<String> = marks::distinct(group.iter().map(|f| f.naming.status.as_str()))
            .into_iter()
            .map(str::to_owned)
            .collect();
        statuses.sort_by_key(|s| rank(s));
        let english = match place {
            Some(p) if is_burmese(&first.naming.name) => p.name.clone(),
            _ => first.naming.name.clone(),
        };
        let burmese = place.map(|p| p.name_mmr.clone()).filter(|m| !m.is_empty());
        let written_in_burmese = group.iter().any(|f| is_burmese(&f.naming.name));
        let label_name = match (&burmese, self.burmese, written_in_burmese) {
            (Some(m), true, _) => m.clone(),
            (Some(m), false, true) if *m != english => format!("{english} {m}"),
            _ => english.clone(),
        };
        let was: Vec<&str> = before
            .iter()
            .filter(|f| f.key == first.key)
            .map(|f| f.naming.status.as_str())
            .collect();
        let was = (!was.is_empty() && was.iter().all(|s| !statuses.iter().any(|n| n == s)))
            .then(|| was.join(&format!(" {} ", self.tr.t("values-or"))))
            .zip(self.shown.and_then(|i| i.checked_sub(1)).map(|i| self.snapshots[i]));
        let mut lines = vec![match &burmese {
            Some(m) if *m != english && self.burmese => format!("{m} · {english}"),
            Some(m) if *m != english => format!("{english} · {m}"),
            _ => english.clone(),
        }];
        let display = match (&burmese, self.burmese) {
            (Some(m), true) => m.clone(),
            _ => english.clone(),
        };
        if let Some(p) = place {
            let i = placed.place.unwrap_or_default();
            lines.push(format!("{} · MIMU Pcode {}", g.describe(i), p.pcode));
        }
        let tr = self.caption.tr;
        let date = self.date().map(|d| d.to_string()).unwrap_or_default();
        let date_in = tr.digits(&date).into_owned();
        if statuses.len() > 1 {
            lines.push(tr.f("map-tip-disagree", &[("date", (&date_in).into())]));
        }
        for f in group {
            let args = [
                ("status", tr.status(&f.naming.status).into()),
                ("date", (&date_in).into()),
                ("file", (&f.naming.file).into()),
                ("name", (&f.naming.name).into()),
            ];
            lines.push(if f.naming.name == english {
                tr.f("map-tip-status", &args)
            } else {
                tr.f("map-tip-status-named", &args)
            });
            if let Some(note) = &f.naming.note {
                lines.push(tr.f("tip-note", &[("note", note.into())]));
            }
        }
        if let Some((status, date)) = &was {
            let status = status.split(" or ").map(String::from).collect::<Vec<_>>();
            lines.push(tr.f(
                "map-tip-changed",
                &[
                    ("status", statuses_or(tr, &status).into()),
                    ("date", tr.digits(&date.to_string()).into_owned().into()),
                ],
            ));
        }
        lines.push(match placed.how {
            How::Coordinates => tr.f(
                "map-tip-placed-coordinates",
                &[
                    ("lat", placed.lat.to_string().into()),
                    ("lon", placed.lon.to_string().into()),
                ],
            ),
            How::Pcode => tr.t("map-tip-placed-pcode"),
            How::Name => tr.t("map-tip-placed-name"),
            How::Variant(mimu) => tr.f("map-tip-placed-variant", &[("mimu", mimu.into())]),
        });
        if let Some(why) = place.and_then(|p| p.approximate.as_ref()) {
            lines.push(tr.f("map-tip-position", &[("why", why.into())]));
        }
        let sources: Vec<&str> = marks::distinct(group.iter().map(|f| f.naming.source.as_str()));
        lines.push(tr.f("tip-source", &[("list", sources.join(" | ").into())]));
        TownMark {
            label: if statuses.len() > 1 {
                format!("⚠ {label_name}")
            } else {
                label_name
            },
            state: place.map(|p| g.state_name(&p.state).to_owned()).unwrap_or_default(),
            name: english,
            display,
            at: geometry::project(placed.lon, placed.lat),
            statuses,
            was,
            township: place.map(|p| p.township.clone()),
            tooltip: lines.join("\n"),
        }
    }

    /// The chart in words: the towns by status, then the event circles.
    fn summary_of(&self, places: &Places) -> String {
        let towns = self.towns_summary(places);
        match &self.events {
            Some(e) => format!("{towns} {}", e.summary(self.caption.tr)),
            None => towns,
        }
    }

    /// The towns in words, by status.
    fn towns_summary(&self, places: &Places) -> String {
        let tr = self.caption.tr;
        let Some(date) = self.date() else {
            return tr.t("map-sum-none");
        };
        let separator = tr.t("list-separator");
        let townships = places::gazetteer().townships().count();
        let mut sentences = vec![tr.f(
            "map-sum-intro",
            &[
                ("states", 14_u32.into()),
                ("townships", townships.into()),
                ("date", tr.digits(&date.to_string()).into_owned().into()),
            ],
        )];
        let counts: Vec<String> = self
            .counts
            .iter()
            .map(|c| format!("{} {}", tr.digits(&c.figure), tr.status(&c.category)))
            .collect();
        if !counts.is_empty() {
            sentences.push(tr.f(
                "map-sum-counts",
                &[
                    ("counts", counts.join(&separator).into()),
                    ("total", (&self.total).into()),
                ],
            ));
        }
        if !places.areas.is_empty() {
            sentences.push(tr.f("map-sum-areas", &[("list", by_status_words(tr, &places.areas).into())]));
        }
        if places.towns.is_empty() {
            sentences.push(tr.t("map-sum-no-town"));
        } else {
            sentences.push(tr.f("map-sum-towns", &[("list", by_status_words(tr, &places.towns).into())]));
        }
        if !places.unplaced.is_empty() {
            let names: Vec<String> = places
                .unplaced
                .iter()
                .map(|u| format!("{} ({}): {}", u.name, tr.status(&u.status), u.why))
                .collect();
            sentences.push(tr.f("map-sum-not-placed", &[("list", names.join("; ").into())]));
        }
        sentences.join(" ")
    }
}

/// Places grouped by status in words: "captured: Falam (Chin), Tedim (Chin); contested: …".
fn by_status_words(tr: Tr, marks: &[TownMark]) -> String {
    let separator = tr.t("list-separator");
    let mut by_status: Vec<(String, Vec<String>)> = Vec::new();
    for t in marks {
        let status = if t.disputed() {
            tr.f("map-sum-disputed", &[("statuses", statuses_or(tr, &t.statuses).into())])
        } else {
            tr.status(&t.statuses[0]).into_owned()
        };
        let name = if t.state.is_empty() {
            t.display.clone()
        } else {
            format!("{} ({})", t.display, tr.place(&t.state))
        };
        match by_status.iter_mut().find(|(s, _)| *s == status) {
            Some((_, names)) => names.push(name),
            None => by_status.push((status, vec![name])),
        }
    }
    by_status
        .iter()
        .map(|(s, names)| format!("{s}: {}", names.join(&separator)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Statuses in the language, "contested or captured".
fn statuses_or(tr: Tr, statuses: &[String]) -> String {
    let words: Vec<String> = statuses.iter().map(|s| tr.status(s).into_owned()).collect();
    words.join(&format!(" {} ", tr.t("values-or")))
}

impl ChartView for MapData {
    fn kind(&self) -> ChartKind {
        ChartKind::Map
    }

    fn title(&self) -> &str {
        &self.title
    }

    fn caption(&self) -> &Caption {
        &self.caption
    }

    fn summary(&self) -> &str {
        &self.places().summary
    }

    fn flags(&self) -> Flags {
        Flags {
            qualified: false,
            disputed: self.counts_disputed || self.places().towns.iter().any(TownMark::disputed),
        }
    }

    fn years(&self) -> Option<(i32, i32)> {
        self.date().map(|d| (d.year, d.year))
    }

    fn is_empty(&self) -> bool {
        self.snapshots.is_empty() && self.events.is_none()
    }

    fn legend(&self) -> Vec<String> {
        self.statuses.clone()
    }

    fn shows(&self, key: &SeriesKey, options: &ChartOptions) -> bool {
        key.section == Section::Townships
            && (key.role == Role::Total || !options.hidden(ChartKind::Map).contains(&key.category))
    }

    fn hint(&self, tr: Tr) -> String {
        tr.t("hint-map")
    }

    /// The country is tall: a picture gives it this much before the caption's notes.
    fn min_height(&self) -> f32 {
        300.0
    }

    /// Under a portrait picture's map the counts take a few lines more: the map keeps more.
    fn least_share(&self, portrait: bool) -> f32 {
        if portrait { 0.72 } else { 0.5 }
    }

    fn ui(&self, ui: &mut egui::Ui, ctx: &DrawContext<'_>) -> Drawn {
        let options = ctx.options;
        let geometry = match geometry::geometry() {
            Ok(g) => g,
            Err(e) => {
                ui.label(options.tr.f("map-cannot-draw", &[("error", e.to_string().into())]));
                return Drawn::default();
            }
        };
        let size = ui.available_size();
        let (min, max) = geometry.extent;
        let aspect = ((max[0] - min[0]) / (max[1] - min[1])) as f32;
        let mut changed = None;
        if ctx.picture {
            // A picture cannot scroll: the lists beside the map are cut at their edge, never
            // drawn over the caption. The map takes at least half the width (the neighbours
            // around the country where the picture is wide) and the full height: the country
            // is tall, so even in a portrait picture a map across the full width would leave it
            // a third of the height. Beside a portrait picture's map the statuses are counted
            // without their places' names.
            let map_width = (size.y * aspect * 1.2).clamp(size.x * 0.5, size.x * 0.62);
            let side_width = (size.x - map_width - 20.0).max(0.0);
            // The first way of the lists that fits: with names, smaller, counted, counted
            // smaller (what still does not fit is cut at the edge).
            let ways = [
                (Side::Picture, 1.0),
                (Side::Picture, 0.85),
                (Side::Counted, 1.0),
                (Side::Counted, 0.85),
            ];
            let (side, scale) = ways
                .into_iter()
                .find(|&(side, scale)| {
                    measure(ui, side_width, |ui| {
                        smaller(ui, scale);
                        self.side_ui(ui, options, side);
                    }) <= size.y
                })
                .unwrap_or(ways[3]);
            let circle_radius = events::max_radius(egui::vec2(map_width, size.y));
            ui.horizontal_top(|ui| {
                within(ui, egui::vec2(map_width, size.y), |ui| {
                    draw::plot_ui(self, ui, options, geometry, circle_radius, true);
                });
                ui.add_space(12.0);
                within(ui, egui::vec2(side_width, size.y), |ui| {
                    smaller(ui, scale);
                    self.side_ui(ui, options, side);
                });
            });
        } else {
            // The map's column takes Myanmar's shape (with room for the margin); the rest of
            // the width holds the counts and the lists.
            let least = 220.0_f32.min(size.x);
            let map_width = (size.y * aspect * 1.2).clamp(least, (size.x * 0.62).max(least));
            let circle_radius = events::max_radius(egui::vec2(map_width, size.y));
            ui.horizontal_top(|ui| {
                ui.allocate_ui(egui::vec2(map_width, size.y), |ui| {
                    ui.set_min_size(egui::vec2(map_width, size.y));
                    draw::plot_ui(self, ui, options, geometry, circle_radius, false);
                });
                ui.add_space(12.0);
                // A margin on the right, so that no line of the lists runs into the panel's edge.
                ui.allocate_ui(egui::vec2((size.x - map_width - 20.0).max(0.0), size.y), |ui| {
                    ui.vertical(|ui| {
                        egui::ScrollArea::vertical()
                            .id_salt("map-side")
                            .auto_shrink([false, false])
                            .show(ui, |ui| {
                                if let Some(h) = self.side_ui(ui, options, Side::Window) {
                                    changed = Some(h);
                                }
                            });
                    });
                });
            });
        }
        Drawn {
            hidden: changed,
            labels: crate::charts::LabelCount::default(),
        }
    }
}

/// Lays `add` out in a rect of `size` at the cursor, clipped to it, without letting what it
/// holds push what follows.
fn within(ui: &mut egui::Ui, size: egui::Vec2, add: impl FnOnce(&mut egui::Ui)) {
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    add(&mut child);
}

/// Text in a ui at a share of its size.
fn smaller(ui: &mut egui::Ui, scale: f32) {
    if scale < 1.0 {
        for font in ui.style_mut().text_styles.values_mut() {
            font.size *= scale;
        }
    }
}

/// How tall `add` lays out at a width, measured without drawing it.
fn measure(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui)) -> f32 {
    let rect = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(width, f32::INFINITY));
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .id_salt("measure")
            .max_rect(rect)
            .layout(egui::Layout::top_down(egui::Align::Min))
            .sizing_pass()
            .invisible(),
    );
    add(&mut child);
    child.min_rect().height()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> MapData {
        prepare(&Dataset::merge(vec![crate::report::sample()]), &ChartOptions::default())
    }

    fn report(json: &str) -> crate::report::LoadedReport {
        crate::report::LoadedReport::from_bytes(json.as_bytes(), "t.json", None).expect("valid")
    }

    #[test]
    fn the_sample_places_its_ten_towns() {
        let map = sample();
        assert_eq!(map.title, "Towns named in the reports, as of 2025-12-31");
        let counts: Vec<(&str, &str)> = map
            .counts
            .iter()
            .map(|c| (c.category.as_str(), c.figure.as_str()))
            .collect();
        assert_eq!(counts, [("captured", "37"), ("surrounded", "41")]);
        assert!(map.total.starts_with("of 330 townships (assumed"), "{}", map.total);
        let places = map.places();
        assert_eq!(places.towns.len(), 10);
        assert!(places.unplaced.is_empty());
        let names: Vec<&str> = places.towns.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Banmauk",
                "Falam",
                "Indaw",
                "Mansi",
                "Maw Taung",
                "Bhamo",
                "Hpapun",
                "Katha",
                "Kyaukpyu",
                "Sinphyukyun"
            ]
        );
        let bhamo = &places.towns[5];
        assert_eq!(bhamo.statuses, ["contested"]);
        assert_eq!(bhamo.state, "Kachin");
        assert!(
            bhamo
                .tooltip
                .starts_with("Bhamo · ဗန်းမော်\nBhamo town (Bhamo township, Bhamo district, Kachin)"),
            "{}",
            bhamo.tooltip
        );
        assert!(
            bhamo
                .tooltip
                .contains("contested, as of 2025-12-31, in nug-2025-military-review.json"),
            "{}",
            bhamo.tooltip
        );
        assert!(bhamo.tooltip.contains("Note: intense fighting continues"));
        assert!(bhamo.tooltip.contains("Source: Mizzima, 2026-01-05"));
        assert_eq!(places.named_townships.len(), 10);
        assert!(places.named_townships.contains("MMR001010"));
    }

    #[test]
    fn the_summary_names_places_by_status_and_keeps_counts_national() {
        let map = sample();
        let summary = map.summary();
        assert!(summary.contains("as of 2025-12-31"), "{summary}");
        assert!(
            summary.contains("The reports count 37 captured, 41 surrounded of 330 townships (assumed"),
            "{summary}"
        );
        assert!(summary.contains("no township is coloured"), "{summary}");
        assert!(
            summary.contains(
                "captured: Banmauk (Sagaing), Falam (Chin), Indaw (Sagaing), Mansi (Kachin), Maw Taung (Tanintharyi)"
            ),
            "{summary}"
        );
        assert!(summary.contains("contested: Bhamo (Kachin)"), "{summary}");
    }

    /// A snapshot listing townships one by one (one of them unknown) and naming a town.
    fn listed() -> MapData {
        let text = r#"{"fieldreport": 1, "title": "Listed",
          "townships": [{"as_of": "2025-12-31", "breakdown": {"captured": 2, "contested": 1},
            "areas": [
              {"township": "Falam", "pcode": "MMR004001", "status": "captured"},
              {"township": "Tedim", "status": "captured"},
              {"township": "Hakha", "status": "contested"},
              {"township": "Atlantis", "status": "captured"}],
            "towns": [{"name": "Falam", "status": "captured"}]}]}"#;
        let loaded = crate::report::LoadedReport::from_bytes(text.as_bytes(), "listed.json", None).expect("reads");
        prepare(&Dataset::merge(vec![loaded]), &ChartOptions::default())
    }

    #[test]
    fn listed_townships_are_squares_apart_from_towns() {
        let map = listed();
        assert_eq!(map.title, "Townships and towns by reported control, as of 2025-12-31");
        let places = map.places();
        let areas: Vec<(&str, &str, Option<&str>)> = places
            .areas
            .iter()
            .map(|a| (a.name.as_str(), a.statuses[0].as_str(), a.township.as_deref()))
            .collect();
        assert_eq!(
            areas,
            [
                ("Falam", "captured", Some("MMR004001")),
                ("Tedim", "captured", Some("MMR004004")),
                ("Hakha", "contested", Some("MMR004002")),
            ]
        );
        // The town of Falam stays a town of its own beside its township's square.
        assert_eq!(places.towns.len(), 1);
        assert_eq!(places.unplaced.len(), 1);
        assert_eq!(places.unplaced[0].name, "Atlantis");
        assert_eq!(
            places.unplaced[0].why,
            "no township of that name in MIMU Place Codes 9.6"
        );
        let summary = map.summary();
        assert!(
            summary.contains("Townships listed: captured: Falam (Chin), Tedim (Chin); contested: Hakha (Chin)."),
            "{summary}"
        );
        assert!(
            map.caption
                .lines()
                .iter()
                .any(|l| l.contains("Squares mark the townships")),
            "{:?}",
            map.caption.lines()
        );
        assert!(
            places.areas[0].tooltip.contains("MIMU Pcode MMR004001"),
            "{}",
            places.areas[0].tooltip
        );
    }

    #[test]
    fn the_caption_carries_the_attribution_and_the_warning() {
        let lines = sample().caption.lines();
        assert!(
            lines
                .iter()
                .any(|l| l == "Boundaries: Natural Earth. Places: MIMU Place Codes 9.6."),
            "{lines:?}"
        );
        assert!(lines.iter().any(|l| l.contains("no township is coloured")), "{lines:?}");
        assert!(
            lines.iter().any(|l| l.contains("330 townships are assumed")),
            "{lines:?}"
        );
    }

    #[test]
    fn the_gazetteer_waits_for_the_first_look() {
        let map = sample();
        assert!(map.places.get().is_none(), "prepare looks nothing up");
        let _ = map.summary();
        assert!(map.places.get().is_some());
    }

    #[test]
    fn a_second_snapshot_says_what_changed() {
        let data = Dataset::merge(vec![report(
            r#"{"fieldreport":1,"title":"t","townships":[
                {"as_of":"2025-06-30","breakdown":{"captured":30},"towns":[
                    {"name":"Bhamo","status":"contested"},{"name":"Katha","status":"captured"}]},
                {"as_of":"2025-12-31","breakdown":{"captured":37},"towns":[
                    {"name":"Bhamo","status":"captured"},{"name":"Papun","status":"contested"}]}]}"#,
        )]);
        let map = prepare(&data, &ChartOptions::default());
        assert_eq!(map.date().map(|d| d.to_string()).as_deref(), Some("2025-12-31"));
        let places = map.places();
        let bhamo = places.towns.iter().find(|t| t.name == "Bhamo").expect("Bhamo");
        assert_eq!(
            bhamo.was.as_ref().map(|(s, d)| (s.as_str(), d.to_string())),
            Some(("contested", "2025-06-30".to_owned()))
        );
        assert!(
            bhamo.tooltip.contains("Changed: contested as of 2025-06-30"),
            "{}",
            bhamo.tooltip
        );
        assert_eq!(places.dropped, ["Katha (captured)"]);
        let papun = places.towns.iter().find(|t| t.name == "Papun").expect("Papun");
        assert!(papun.tooltip.contains("which MIMU spells Hpapun"), "{}", papun.tooltip);
        // The earlier snapshot, through the hidden set.
        let mut options = ChartOptions::default();
        options.hide(ChartKind::Map, "as of 2025-12-31");
        let earlier = prepare(&data, &options);
        assert_eq!(earlier.title, "Towns named in the reports, as of 2025-06-30");
        assert_eq!(earlier.places().towns.len(), 2);
        assert_eq!(earlier.counts[0].figure, "30");
        assert_eq!(earlier.showing(1), BTreeSet::from(["as of 2025-06-30".to_owned()]));
    }

    #[test]
    fn reports_that_disagree_on_a_town_show_both() {
        let a = report(
            r#"{"fieldreport":1,"title":"a","townships":[{"as_of":"2025-12-31","towns":[{"name":"Bhamo","status":"captured"}]}]}"#,
        );
        let mut b = report(
            r#"{"fieldreport":1,"title":"b","townships":[{"as_of":"2025-12-31","towns":[{"name":"ဗန်းမော်","status":"contested"}]}]}"#,
        );
        b.name = "b.json".to_owned();
        let map = prepare(&Dataset::merge(vec![a, b]), &ChartOptions::default());
        let places = map.places();
        assert_eq!(places.towns.len(), 1, "one place, named in two scripts");
        let t = &places.towns[0];
        assert_eq!(t.statuses, ["captured", "contested"]);
        assert!(t.label.starts_with("⚠ Bhamo ဗန်းမော်"), "{}", t.label);
        assert!(t.tooltip.contains("⚠ The reports disagree"), "{}", t.tooltip);
        assert!(map.flags().disputed);
    }

    #[test]
    fn unplaceable_towns_are_listed_with_the_reason() {
        let data = Dataset::merge(vec![report(
            r#"{"fieldreport":1,"title":"t","townships":[{"as_of":"2025-12-31","towns":[
                {"name":"Minhla","status":"captured"},{"name":"Atlantis","status":"contested"},
                {"name":"Camp 5","status":"captured","lat":21.5,"lon":95.25}]}]}"#,
        )]);
        let map = prepare(&data, &ChartOptions::default());
        let places = map.places();
        assert_eq!(places.towns.len(), 1, "the one with coordinates");
        assert_eq!(places.towns[0].state, "");
        let why: Vec<(&str, &str)> = places
            .unplaced
            .iter()
            .map(|u| (u.name.as_str(), u.why.as_str()))
            .collect();
        assert_eq!(
            why[1],
            ("Atlantis", "no town or township of that name in MIMU Place Codes 9.6")
        );
        assert!(why[0].1.contains("different states"), "{}", why[0].1);
        assert!(
            map.summary()
                .contains("Not placed: Minhla (captured): places of that name"),
            "{}",
            map.summary()
        );
    }

    #[test]
    fn without_snapshots_the_map_is_empty() {
        let data = Dataset::merge(vec![report(
            r#"{"fieldreport":1,"title":"t","battles":[{"year":2025,"total":1}]}"#,
        )]);
        let map = prepare(&data, &ChartOptions::default());
        assert!(map.is_empty());
        assert!(map.places().towns.is_empty());
        assert_eq!(map.years(), None);
    }
}
