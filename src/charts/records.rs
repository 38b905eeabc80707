//! Claims and records: what the reports claim per year (battles; losses killed and in total)
//! beside what independent event data recorded for the same year (events; deaths), each named
//! with its source, qualifier and filter, with the ratio in words and a caption saying that the
//! measures differ and that neither is ground truth. Per month, the records are bars and each
//! year's claim is drawn across its year as a monthly average.

use std::sync::Arc;

use egui::{Align2, Color32};

use super::marks::{self, BarMark, BarSeries, Caption, Flags, TextMark};
use super::{ChartKind, ChartOptions, ChartView, DrawContext, Drawn};
use crate::i18n::Tr;
use crate::report::events::aggregate::aggregate as count_events;
use crate::report::events::{Aggregate, Aggregation, EventFile, Period, Preset, Source, Tally, TypeFilter};
use crate::report::model::figure::Unit;
use crate::report::{Dataset, Point, Role, Section, SeriesKey};

/// The event files open and the counts the user chose: part of what the charts show.
#[derive(Clone, Debug, Default)]
pub struct Records {
    /// The event files, in the order opened.
    pub files: Arc<Vec<Arc<EventFile>>>,
    /// Per year or month, which types, where, which actor.
    pub aggregation: Aggregation,
}

impl PartialEq for Records {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.files, &other.files) && self.aggregation == other.aggregation
    }
}

/// The legend name of the claimed battles.
pub const CLAIMED_BATTLES: &str = "claimed battles";
/// The legend name of the claimed killed.
pub const CLAIMED_KILLED: &str = "claimed killed";
/// The legend name of the claimed losses in total.
pub const CLAIMED_LOSSES: &str = "claimed losses, total";

const CLAIM_COLOR: Color32 = Color32::from_rgb(0xD9, 0x5F, 0x02);
const KILLED_COLOR: Color32 = Color32::from_rgb(0xB2, 0x18, 0x2B);
const LOSSES_COLOR: Color32 = Color32::from_rgb(0xE8, 0xA0, 0x90);
/// Each event file's colour, in the order opened (the map's circles take the same).
pub const EVENT_COLORS: [Color32; 3] = [
    Color32::from_rgb(0x21, 0x66, 0xAC),
    Color32::from_rgb(0x1B, 0x9E, 0x77),
    Color32::from_rgb(0x75, 0x70, 0xB3),
];
const DEATH_COLORS: [Color32; 3] = [
    Color32::from_rgb(0x4D, 0x4D, 0x4D),
    Color32::from_rgb(0x66, 0x66, 0x33),
    Color32::from_rgb(0x55, 0x3C, 0x7A),
];

/// A year's claim set beside one file's records.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The year.
    pub year: i32,
    /// The battles claimed, as the report writes them ("7,139").
    pub claimed: Option<String>,
    /// Their value.
    pub claimed_value: Option<f64>,
    /// "ACLED" or "UCDP GED".
    pub source: String,
    /// What the file recorded that year, with the filter.
    pub recorded: Tally,
    /// claimed ÷ recorded events, when both are there.
    pub ratio: Option<f64>,
    /// The comparison in words.
    pub words: String,
}

/// A claim drawn across its year (per month): the year, the monthly average, its colour and
/// label.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimLine {
    /// The year.
    pub year: i32,
    /// The claim divided by 12.
    pub per_month: f64,
    /// The claim's colour.
    pub color: Color32,
    /// "claimed battles 7,139 in 2025 (on average 595 a month)", drawn above the line.
    pub label: String,
}

/// What the Claims and records chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordsData {
    /// Chart title.
    pub title: String,
    /// Claims, then each file's events, then its deaths.
    pub series: Vec<BarSeries>,
    /// Values above bars and the claims' labels.
    pub labels: Vec<TextMark>,
    /// Years on the axis.
    pub years: Vec<i32>,
    /// UCDP's low–high range of deaths: (x, low, high).
    pub ranges: Vec<[f64; 3]>,
    /// Per month: claims across their year.
    pub claim_lines: Vec<ClaimLine>,
    /// Year by year, the claims beside each file's records.
    pub comparisons: Vec<Comparison>,
    /// Each event file's counts for the chosen aggregation.
    pub aggregates: Vec<Aggregate>,
    /// Per year or month.
    pub by: Period,
    /// Sources, claims, the ratio in words, and the caveat.
    pub caption: Caption,
    /// A sentence for screen readers and alt text.
    pub summary: String,
    /// Qualified or disputed figures shown.
    pub flags: Flags,
    /// The highest value drawn.
    pub extent: f64,
}

/// A claimed figure and where it is in the dataset.
type Claimed<'a> = (marks::PointRef, &'a Point);

/// The year totals of battles the reports claim.
fn claimed_battles(data: &Dataset) -> Vec<Claimed<'_>> {
    let mut out = Vec::new();
    for (si, s) in data.series.iter().enumerate() {
        if s.key.section == Section::Battles && s.key.series.is_empty() && s.key.role == Role::Total {
            out.extend(
                s.points
                    .iter()
                    .enumerate()
                    .map(|(pi, p)| (marks::PointRef { series: si, point: pi }, p)),
            );
        }
    }
    out
}

/// The losses the reports claim per year: (killed, total), of the first side that gives them.
fn claimed_losses(data: &Dataset) -> (Vec<Claimed<'_>>, Vec<Claimed<'_>>) {
    let mut killed: Vec<Claimed<'_>> = Vec::new();
    let mut total: Vec<Claimed<'_>> = Vec::new();
    for (si, s) in data.series.iter().enumerate() {
        if s.key.section != Section::Losses {
            continue;
        }
        let target = match (s.key.role, s.key.category.as_str()) {
            (Role::Part, c) if c.eq_ignore_ascii_case("killed") => &mut killed,
            (Role::Total, _) => &mut total,
            _ => continue,
        };
        for (pi, p) in s.points.iter().enumerate() {
            if !target.iter().any(|(_, q)| q.when.year() == p.when.year()) {
                target.push((marks::PointRef { series: si, point: pi }, p));
            }
        }
    }
    (killed, total)
}

/// A CSV cell: quoted when it holds a comma, quote or line break; text a spreadsheet would run
/// as a formula gets a `'` before it.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The filter in the chart's language.
pub fn filter_words(tr: Tr, aggregation: &Aggregation) -> String {
    let mut out = match &aggregation.types {
        TypeFilter::Preset(p) => preset_name(tr, *p),
        TypeFilter::EventType(t) | TypeFilter::SubEventType(t) => t.clone(),
    };
    match &aggregation.place {
        crate::report::events::Place::All => {}
        crate::report::events::Place::State(s) => out.push_str(&format!(", {s}")),
        crate::report::events::Place::Township(t) => {
            out.push_str(", ");
            out.push_str(&tr.f("records-township", &[("name", t.into())]));
        }
    }
    if !aggregation.actor.trim().is_empty() {
        out.push_str(", ");
        out.push_str(&tr.f("records-actor-words", &[("actor", aggregation.actor.trim().into())]));
    }
    out
}

/// A preset's name in a language.
pub fn preset_name(tr: Tr, preset: Preset) -> String {
    tr.t(match preset {
        Preset::Battles => "records-preset-battles",
        Preset::PoliticalViolence => "records-preset-political-violence",
        Preset::AllEvents => "records-preset-all-events",
    })
}

/// "ACLED, file of 2025-05-16 (acled.csv), filter Battles, events per year", in a language.
pub fn attribution(tr: Tr, file: &EventFile, aggregation: &Aggregation) -> String {
    let per = tr.t(match aggregation.by {
        Period::Year => "records-per-year",
        Period::Month => "records-per-month",
    });
    tr.f(
        "records-attribution",
        &[
            ("citation", file.citation().into()),
            ("filter", filter_words(tr, aggregation).into()),
            ("per", per.into()),
        ],
    )
}

/// Counts the same as the chart, for the command line: each file's aggregate.
pub fn aggregates(records: &Records) -> Vec<Aggregate> {
    records
        .files
        .iter()
        .map(|f| count_events(f, &records.aggregation))
        .collect()
}

/// Slots within a year: the claimed battles and each file's events, then the claimed killed
/// and losses and each file's deaths.
#[derive(Clone, Copy)]
struct Slots {
    files: usize,
    slot: f64,
}

impl Slots {
    fn new(files: usize) -> Self {
        Self {
            files,
            slot: 0.84 / (3 + 2 * files) as f64,
        }
    }

    fn x(self, year: i32, i: usize) -> f64 {
        // A small gap between the battles group and the losses group.
        let gap = if i > self.files { self.slot * 0.3 } else { 0.0 };
        f64::from(year) - 0.44 + self.slot * (i as f64 + 0.5) + gap - self.slot * 0.15
    }
}

fn value_label(x: f64, y: f64, text: String, strong: bool) -> TextMark {
    TextMark {
        strong,
        priority: super::labels::priority::NOTABLE,
        ..TextMark::new(x, y, text, Align2::CENTER_BOTTOM)
    }
}

/// Turns the dataset and the open event files into the chart.
pub fn prepare(data: &Dataset, options: &ChartOptions) -> RecordsData {
    let tr = options.tr;
    let records = &options.records;
    let aggregation = &records.aggregation;
    let within = |year: i32| options.years.is_none_or(|(a, b)| (a..=b).contains(&year));
    let aggregates: Vec<Aggregate> = aggregates(records)
        .into_iter()
        .map(|mut a| {
            a.rows.retain(|r| within(r.year));
            a
        })
        .collect();
    let keep = |c: &Claimed<'_>| within(c.1.when.year());
    let battles: Vec<Claimed<'_>> = claimed_battles(data).into_iter().filter(keep).collect();
    let (killed, losses) = claimed_losses(data);
    let killed: Vec<Claimed<'_>> = killed.into_iter().filter(keep).collect();
    let losses: Vec<Claimed<'_>> = losses.into_iter().filter(keep).collect();
    let hidden = options.hidden(ChartKind::Records);
    let mut years: Vec<i32> = battles
        .iter()
        .chain(&killed)
        .chain(&losses)
        .map(|(_, p)| p.when.year())
        .chain(aggregates.iter().flat_map(Aggregate::years))
        .collect();
    years.sort_unstable();
    years.dedup();
    let filter = filter_words(tr, aggregation);
    let mut chart = RecordsData {
        title: tr.t("title-records"),
        series: Vec::new(),
        labels: Vec::new(),
        years,
        ranges: Vec::new(),
        claim_lines: Vec::new(),
        comparisons: Vec::new(),
        aggregates: Vec::new(),
        by: aggregation.by,
        caption: Caption::for_section(data, Section::Battles, tr),
        summary: String::new(),
        flags: Flags::default(),
        extent: 0.0,
    };
    // The losses' sources too, when a report gives losses but no battles.
    let losses_caption = Caption::for_section(data, Section::Losses, tr);
    for s in losses_caption.sources {
        if !chart.caption.sources.contains(&s) {
            chart.caption.sources.push(s);
        }
    }
    for c in losses_caption.claims {
        if !chart.caption.claims.contains(&c) {
            chart.caption.claims.push(c);
        }
    }
    let slots = Slots::new(records.files.len());
    let monthly = aggregation.by == Period::Month;
    let mut summary = Vec::new();
    // The claims.
    let claim_series = |name: &str, color: Color32, points: &[Claimed<'_>], slot: usize, chart: &mut RecordsData| {
        if points.is_empty() {
            return;
        }
        let mut bars = Vec::new();
        for &(at, p) in points {
            let year = p.when.year();
            let value = p.figure().value;
            let label = marks::claims_label_in(tr, p, Unit::Count);
            let tooltip = tr.f(
                "records-tip-claim",
                &[("what", tr.t(term_key(name)).into()), ("year", tr.year(year).into())],
            );
            if monthly {
                let words = tr.f(
                    "records-claim-month",
                    &[
                        ("what", tr.t(term_key(name)).into()),
                        ("n", label.as_str().into()),
                        ("year", tr.year(year).into()),
                        ("per", tr.n((value / 12.0).round()).into()),
                    ],
                );
                chart.claim_lines.push(ClaimLine {
                    year,
                    per_month: value / 12.0,
                    color,
                    label: if hidden.contains(name) { String::new() } else { words },
                });
                chart.extent = chart.extent.max(value / 12.0);
                continue;
            }
            let x = slots.x(year, slot);
            bars.push(BarMark {
                x,
                height: value,
                width: slots.slot * 0.9,
                tooltip,
                point: Some(at),
                ..BarMark::of_point_in(tr, p)
            });
            if !hidden.contains(name) {
                chart.labels.push(value_label(x, value, label, true));
            }
            chart.extent = chart.extent.max(value);
        }
        // Per month the claim is a line across its year: its legend entry stays.
        if !bars.is_empty() || monthly {
            chart.series.push(BarSeries {
                name: name.to_owned(),
                label: tr.t(term_key(name)),
                color,
                bars,
                horizontal: false,
            });
        }
    };
    claim_series(CLAIMED_BATTLES, CLAIM_COLOR, &battles, 0, &mut chart);
    if !monthly {
        claim_series(CLAIMED_KILLED, KILLED_COLOR, &killed, slots.files + 1, &mut chart);
        claim_series(CLAIMED_LOSSES, LOSSES_COLOR, &losses, slots.files + 2, &mut chart);
    }
    // The records.
    for (fi, (file, agg)) in records.files.iter().zip(&aggregates).enumerate() {
        let source = file.source.short();
        let color = EVENT_COLORS[fi % EVENT_COLORS.len()];
        let events_name = tr.f("records-events", &[("source", source.into())]);
        let deaths_name = tr.f("records-deaths", &[("source", source.into())]);
        let mut event_bars = Vec::new();
        let mut death_bars = Vec::new();
        for row in &agg.rows {
            let t = row.tally;
            let events = t.events as f64;
            let (x, width) = if monthly {
                let w = 0.8 / 12.0 / records.files.len() as f64;
                (
                    f64::from(row.year) - 0.5 + (f64::from(row.month) - 0.5) / 12.0 - 0.4 / 12.0
                        + w * (fi as f64 + 0.5),
                    w * 0.9,
                )
            } else {
                (slots.x(row.year, 1 + fi), slots.slot * 0.9)
            };
            let when = if monthly {
                tr.digits(&format!("{}-{:02}", row.year, row.month)).into_owned()
            } else {
                tr.year(row.year)
            };
            event_bars.push(BarMark {
                x,
                height: events,
                width,
                tooltip: tr.f(
                    "records-tip-events",
                    &[
                        ("source", file.citation().into()),
                        ("when", when.as_str().into()),
                        ("n", tr.n(events).into()),
                        ("filter", filter.as_str().into()),
                    ],
                ),
                ..BarMark::default()
            });
            chart.extent = chart.extent.max(events);
            if !monthly && !hidden.contains(&events_name) {
                chart.labels.push(value_label(x, events, tr.n(events), false));
            }
            if !monthly {
                let dx = slots.x(row.year, slots.files + 3 + fi);
                let deaths = t.deaths as f64;
                let range = matches!(file.source, Source::Ucdp { .. }) && (t.low != t.deaths || t.high != t.deaths);
                let range_words = if range {
                    tr.f(
                        "records-range",
                        &[("low", tr.n(t.low as f64).into()), ("high", tr.n(t.high as f64).into())],
                    )
                } else {
                    String::new()
                };
                death_bars.push(BarMark {
                    x: dx,
                    height: deaths,
                    width: slots.slot * 0.9,
                    tooltip: tr.f(
                        "records-tip-deaths",
                        &[
                            ("source", file.citation().into()),
                            ("when", when.as_str().into()),
                            ("n", tr.n(deaths).into()),
                            ("range", range_words.into()),
                            ("filter", filter.as_str().into()),
                        ],
                    ),
                    ..BarMark::default()
                });
                if range && !hidden.contains(&deaths_name) {
                    chart.ranges.push([dx, t.low as f64, t.high as f64]);
                }
                chart.extent = chart.extent.max(if range { t.high as f64 } else { deaths });
                if !hidden.contains(&deaths_name) {
                    let top = if range { t.high as f64 } else { deaths };
                    chart.labels.push(value_label(dx, top, tr.n(deaths), false));
                }
            }
        }
        if !event_bars.is_empty() {
            chart.series.push(BarSeries {
                name: events_name,
                label: String::new(),
                color,
                bars: event_bars,
                horizontal: false,
            });
        }
        if !death_bars.is_empty() {
            chart.series.push(BarSeries {
                name: deaths_name,
                label: String::new(),
                color: DEATH_COLORS[fi % DEATH_COLORS.len()],
                bars: death_bars,
                horizontal: false,
            });
        }
        // The comparison, year by year, in words.
        let what = if aggregation.types == TypeFilter::Preset(Preset::Battles) && aggregation.actor.trim().is_empty() {
            tr.t("records-what-battles")
        } else {
            tr.f("records-what-events", &[("filter", filter.as_str().into())])
        };
        for (_, p) in &battles {
            let year = p.when.year();
            let recorded = agg.year_total(year).unwrap_or_default();
            let claimed = marks::claims_label_in(tr, p, Unit::Count);
            let ratio = (recorded.events > 0).then(|| p.figure().value / recorded.events as f64);
            let words = match ratio {
                Some(r) => tr.f(
                    "records-ratio",
                    &[
                        ("year", tr.year(year).into()),
                        ("claimed", claimed.as_str().into()),
                        ("source", source.into()),
                        ("n", tr.n(recorded.events as f64).into()),
                        ("what", what.as_str().into()),
                        ("ratio", tr.fixed(r, 1).into()),
                    ],
                ),
                None => tr.f(
                    "records-ratio-none",
                    &[
                        ("year", tr.year(year).into()),
                        ("claimed", claimed.as_str().into()),
                        ("source", source.into()),
                        ("what", what.as_str().into()),
                    ],
                ),
            };
            chart.caption.notes.push(words.clone());
            summary.push(words.clone());
            chart.comparisons.push(Comparison {
                year,
                claimed: Some(claimed),
                claimed_value: Some(p.figure().value),
                source: source.to_owned(),
                recorded,
                ratio,
                words,
            });
        }
        for (_, p) in &killed {
            let year = p.when.year();
            let Some(recorded) = agg.year_total(year) else { continue };
            let range = if matches!(file.source, Source::Ucdp { .. }) {
                tr.f(
                    "records-range",
                    &[
                        ("low", tr.n(recorded.low as f64).into()),
                        ("high", tr.n(recorded.high as f64).into()),
                    ],
                )
            } else {
                String::new()
            };
            let words = tr.f(
                "records-deaths-line",
                &[
                    ("year", tr.year(year).into()),
                    ("claimed", marks::claims_label_in(tr, p, Unit::Count).into()),
                    ("source", source.into()),
                    ("n", tr.n(recorded.deaths as f64).into()),
                    ("range", range.into()),
                    ("filter", filter.as_str().into()),
                ],
            );
            chart.caption.notes.push(words.clone());
            summary.push(words);
        }
        if monthly && agg.without_month.events > 0 {
            chart.caption.notes.push(tr.f(
                "records-without-month",
                &[
                    ("file", file.name.as_str().into()),
                    ("n", tr.n(agg.without_month.events as f64).into()),
                ],
            ));
        }
        if agg.note.is_some() {
            chart.caption.notes.push(tr.t("records-note-township"));
        }
        if file.bad_rows > 0 {
            chart.caption.notes.push(tr.f(
                "records-bad-rows",
                &[
                    ("file", file.name.as_str().into()),
                    ("n", tr.n(file.bad_rows as f64).into()),
                    ("first", file.bad_examples.first().cloned().unwrap_or_default().into()),
                ],
            ));
        }
        chart.caption.sources.push(attribution(tr, file, aggregation));
        chart.caption.credits.push(file.reference());
    }
    if monthly && !records.files.is_empty() {
        chart.caption.notes.push(tr.t("records-monthly-events-only"));
    }
    if records.files.is_empty() {
        chart.caption.notes.push(tr.t("records-no-file"));
    }
    chart.caption.credits.push(tr.t("records-caveat"));
    chart.aggregates = aggregates;
    for s in &mut chart.series {
        if s.label.is_empty() {
            s.label.clone_from(&s.name);
        }
    }
    // The caveat ends the words too, so the alt text says it.
    chart.summary = if summary.is_empty() {
        tr.t("records-sum-none")
    } else {
        format!(
            "{} {}",
            tr.f("sum-end", &[("text", summary.join("; ").into())]),
            tr.t("records-caveat")
        )
    };
    chart.flags = Flags::of(&chart.series, &chart.labels, hidden);
    chart
}

/// The catalog key of a claimed series' name.
fn term_key(name: &str) -> &'static str {
    match name {
        CLAIMED_KILLED => "records-claimed-killed",
        CLAIMED_LOSSES => "records-claimed-losses",
        _ => "records-claimed-battles",
    }
}

impl RecordsData {
    /// The chart's data as CSV: the claims and the aggregates, each row with its source and
    /// filter; never an event file's rows.
    pub fn csv(&self, tr: Tr) -> String {
        use std::fmt::Write as _;
        let mut out = String::from("year,month,measure,value,low,high,source,filter,sha256\n");
        let q = csv_field;
        let mut years_written = Vec::new();
        for c in &self.comparisons {
            // The claim once per year, however many event files stand beside it.
            if years_written.contains(&c.year) {
                continue;
            }
            years_written.push(c.year);
            if let (Some(v), Some(words)) = (c.claimed_value, &c.claimed) {
                let _ = writeln!(
                    out,
                    "{},,claimed battles,{v},,,{},,",
                    c.year,
                    q(&format!(
                        "{} ({words})",
                        self.caption.sources.first().cloned().unwrap_or_default()
                    ))
                );
            }
        }
        let _ = tr;
        for a in &self.aggregates {
            for r in &a.rows {
                let month = if r.month == 0 {
                    String::new()
                } else {
                    r.month.to_string()
                };
                let _ = writeln!(
                    out,
                    "{},{month},events,{},,,{},{},{}",
                    r.year,
                    r.tally.events,
                    q(&a.citation),
                    q(&a.filter),
                    a.sha256
                );
                let (low, high) = match a.source {
                    Source::Ucdp { .. } => (r.tally.low.to_string(), r.tally.high.to_string()),
                    Source::Acled => (String::new(), String::new()),
                };
                let _ = writeln!(
                    out,
                    "{},{month},deaths,{},{low},{high},{},{},{}",
                    r.year,
                    r.tally.deaths,
                    q(&a.citation),
                    q(&a.filter),
                    a.sha256
                );
            }
        }
        out
    }
}

impl ChartView for RecordsData {
    fn kind(&self) -> ChartKind {
        ChartKind::Records
    }

    super::words_from_fields!();

    fn years(&self) -> Option<(i32, i32)> {
        marks::span(&self.years)
    }

    fn is_empty(&self) -> bool {
        self.series.is_empty() && self.claim_lines.is_empty()
    }

    fn legend(&self) -> Vec<String> {
        self.series.iter().map(|s| s.name.clone()).collect()
    }

    fn shows(&self, key: &SeriesKey, _options: &ChartOptions) -> bool {
        key.section == Section::Battles && key.series.is_empty() && key.role == Role::Total
    }

    fn csv(&self, options: &ChartOptions) -> Option<String> {
        Some(RecordsData::csv(self, options.tr))
    }

    fn hint(&self, tr: Tr) -> String {
        tr.t("hint-records")
    }

    fn ui(&self, ui: &mut egui::Ui, ctx: &DrawContext<'_>) -> Drawn {
        let bars = super::plot::YearBars {
            kind: ChartKind::Records,
            y_label: &ctx.options.tr.t("axis-records"),
            series: &self.series,
            texts: &self.labels,
            years: &self.years,
            right_room: 0.0,
            extent: self.extent.max(1.0),
        };
        let hidden = ctx.options.hidden(ChartKind::Records);
        let lines_shown = !hidden.contains(CLAIMED_BATTLES);
        super::plot::year_bars_ui(ui, &bars, ctx, |plot_ui, strong| {
            use egui_plot::{Line, PlotPoints};
            if lines_shown {
                for c in &self.claim_lines {
                    let y = c.per_month;
                    let x = f64::from(c.year);
                    plot_ui.line(
                        Line::new(String::new(), PlotPoints::from(vec![[x - 0.5, y], [x + 0.5, y]]))
                            .color(c.color)
                            .width(2.5)
                            .allow_hover(false),
                    );
                    if !c.label.is_empty() {
                        plot_ui.text(
                            egui_plot::Text::new(
                                String::new(),
                                egui_plot::PlotPoint::new(x, y),
                                egui::RichText::new(&c.label).size(12.0).color(strong),
                            )
                            .anchor(Align2::CENTER_BOTTOM)
                            .allow_hover(false),
                        );
                    }
                }
            }
            for [x, low, high] in &self.ranges {
                plot_ui.line(
                    Line::new(String::new(), PlotPoints::from(vec![[*x, *low], [*x, *high]]))
                        .color(strong)
                        .width(1.5)
                        .allow_hover(false),
                );
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::events::read_reader;

    fn acled() -> Arc<EventFile> {
        let mut text = String::from("event_date,year,event_type,fatalities,admin1\n");
        for i in 0..2100 {
            text.push_str(&format!("2025-{:02}-10,2025,Battles,{},Sagaing\n", i % 12 + 1, i % 3));
        }
        text.push_str("2024-05-01,2024,Battles,4,Sagaing\n2025-01-01,2025,Protests,0,Yangon\n");
        Arc::new(read_reader(text.as_bytes(), "acled.csv", 0, &mut |_, _| true).expect("read"))
    }

    fn options(files: Vec<Arc<EventFile>>, by: Period) -> ChartOptions {
        ChartOptions {
            records: Records {
                files: Arc::new(files),
                aggregation: Aggregation {
                    by,
                    ..Aggregation::default()
                },
            },
            ..ChartOptions::default()
        }
    }

    #[test]
    fn the_sample_beside_acled() {
        let data = Dataset::merge(vec![crate::report::sample()]);
        let chart = prepare(&data, &options(vec![acled()], Period::Year));
        let c = &chart.comparisons[0];
        assert_eq!((c.year, c.recorded.events), (2025, 2100));
        assert_eq!(
            c.words,
            "2025: claimed 7,139 battles; ACLED recorded 2,100 battle events: 3.4×"
        );
        assert!(
            chart.caption.notes.iter().any(|n| n.contains("claimed 5,699 killed")),
            "{:?}",
            chart.caption.notes
        );
        assert!(
            chart
                .caption
                .sources
                .iter()
                .any(|s| s.starts_with("ACLED, file of 2025-12-10 (acled.csv), filter Battles, events per year")),
            "{:?}",
            chart.caption.sources
        );
        assert!(chart.caption.sources.iter().any(|s| s.contains("Mizzima")));
        assert!(
            chart
                .caption
                .credits
                .iter()
                .any(|c| c.contains("Neither is ground truth"))
        );
        assert_eq!(chart.years, [2024, 2025]);
        let names: Vec<&str> = chart.series.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                CLAIMED_BATTLES,
                CLAIMED_KILLED,
                CLAIMED_LOSSES,
                "ACLED events",
                "ACLED deaths"
            ]
        );
        assert!(chart.alt_text_contains("3.4×"));
        assert!(chart.alt_text_contains("Neither is ground truth"));
        let csv = chart.csv(Tr::EN);
        assert!(csv.contains("2025,,events,2100,,,"), "{csv}");
        assert!(!csv.contains("Sagaing"), "no row of the file is passed on");
        assert_eq!(csv.matches("claimed battles").count(), 1, "{csv}");
    }

    #[test]
    fn per_month_the_claim_lies_across_its_year() {
        let data = Dataset::merge(vec![crate::report::sample()]);
        let chart = prepare(&data, &options(vec![acled()], Period::Month));
        assert_eq!(chart.claim_lines.len(), 1);
        assert!((chart.claim_lines[0].per_month - 7139.0 / 12.0).abs() < 1e-9);
        let events = chart.series.iter().find(|s| s.name == "ACLED events").expect("events");
        assert_eq!(events.bars.len(), 13, "twelve months of 2025 and one of 2024");
        assert!(events.bars.iter().all(|b| b.width < 1.0 / 12.0));
        assert_eq!(chart.comparisons[0].recorded.events, 2100, "the ratio stays per year");
    }

    #[test]
    fn without_an_event_file_the_claims_stand_alone_and_say_so() {
        let data = Dataset::merge(vec![crate::report::sample()]);
        let chart = prepare(&data, &ChartOptions::default());
        assert!(!chart.is_empty());
        assert!(chart.caption.notes.iter().any(|n| n.contains("No event file")));
    }

    impl RecordsData {
        fn alt_text_contains(&self, text: &str) -> bool {
            self.summary.contains(text)
        }
    }
}
