//! Township control: per snapshot a 100 % bar of the country's townships, split into the
//! reported categories plus "not reported", ordered from resistance-held to junta-held; the
//! change of each category between snapshots; the named towns by status.

use std::collections::{HashMap, HashSet};

use super::marks::{self, BarMark, BarSeries, Caption, Flags, category_color};
use super::{ChartKind, ChartOptions, ChartView, DrawContext, Drawn};
use crate::i18n::Tr;
use crate::report::model::Townships;
use crate::report::model::figure::{Unit, thousands};
use crate::report::{Dataset, Point, Role, Section, Series, SeriesKey, When};

/// The label for the townships no category accounts for.
pub const NOT_REPORTED: &str = "not reported";

/// Rank of a category from resistance-held (0) to junta-held; unknown labels sit in between.
pub fn rank(label: &str) -> u8 {
    match label.to_lowercase().as_str() {
        "resistance administration" => 0,
        "captured" => 1,
        "surrounded" => 2,
        "contested" => 3,
        NOT_REPORTED => 8,
        "junta administration" => 9,
        _ => 5,
    }
}

/// Towns of one status, as named by the reports.
#[derive(Clone, Debug, PartialEq)]
pub struct TownGroup {
    /// The status ("captured").
    pub status: String,
    /// Town names, with region when given.
    pub towns: Vec<String>,
}

/// What the townships chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct TownshipsData {
    /// Chart title.
    pub title: String,
    /// One series per category; bars are horizontal, one row per snapshot.
    pub series: Vec<BarSeries>,
    /// Row labels, one per snapshot ("as of 2025-12-31").
    pub rows: Vec<String>,
    /// "captured: 30 → 37 (+7)" lines between consecutive snapshots.
    pub changes: Vec<String>,
    /// Named towns by status (latest snapshot first).
    pub towns: Vec<TownGroup>,
    /// Sources, claims and the 330-township assumption.
    pub caption: Caption,
    /// A sentence for screen readers and alt text.
    pub summary: String,
    /// The latest snapshot as one square per township: (category, colour, townships), in the
    /// bar's order, hidden categories left out.
    pub grid: Vec<(String, egui::Color32, u32)>,
    /// Townships in the country at the latest snapshot (squares in the grid).
    pub grid_total: u32,
    /// The language of the chart's own words.
    pub tr: Tr,
    /// Qualified or disputed figures shown.
    pub flags: Flags,
    /// First and last year of the snapshots.
    pub years: Option<(i32, i32)>,
}

/// The section's series and snapshots, as the chart needs them.
struct Snapshots<'a> {
    parts: Vec<&'a Series>,
    totals: Option<&'a Series>,
    when: Vec<When>,
    /// A file itself reports "not reported" as a category.
    file_has_not_reported: bool,
}

impl Snapshots<'_> {
    fn total_at(&self, when: When) -> f64 {
        self.totals
            .and_then(|t| t.at(when))
            .map_or(Townships::DEFAULT_TOTAL, |p| p.figure().value)
    }
}

/// One bar of one category at one snapshot, before it is placed.
struct Share<'a> {
    count: f64,
    /// The tooltip's first lines; a reported figure's own lines follow on hover.
    tooltip: String,
    point: Option<&'a Point>,
    at: Option<marks::PointRef>,
}

/// Turns the dataset into the townships chart.
pub fn prepare(data: &Dataset, options: &ChartOptions) -> TownshipsData {
    let snap = snapshots(data);
    let index = marks::SeriesIndex::new(data);
    let hidden = options.hidden(ChartKind::Townships);
    let mut categories: Vec<&str> = snap.parts.iter().map(|s| s.key.category.as_str()).collect();
    if !snap.file_has_not_reported {
        categories.push(NOT_REPORTED);
    }
    categories.sort_by_key(|c| rank(c));
    let mut caption = Caption::for_section(data, Section::Townships, options.tr);
    if snap.when.iter().any(|w| snap.totals.and_then(|t| t.at(*w)).is_none()) {
        caption.notes.push(
            options
                .tr
                .f("note-townships-assumed", &[("n", Townships::DEFAULT_TOTAL.into())]),
        );
    }
    let parts: HashMap<&str, &Series> = snap.parts.iter().map(|s| (s.key.category.as_str(), *s)).collect();
    let mut series = Vec::new();
    let mut summary = Vec::new();
    let mut cumulative = vec![0.0; snap.when.len()];
    let mut grid = Vec::new();
    let mut grid_total = 0;
    for category in &categories {
        let is_hidden = hidden.contains(*category);
        let mut bars = Vec::new();
        for (row, &when) in snap.when.iter().enumerate() {
            let total = snap.total_at(when);
            let Some(share) = share(&index, &snap, parts.get(category).copied(), category, when, options.tr) else {
                continue;
            };
            let bar = bar(&share, row, cumulative[row], total, options.tr);
            if !is_hidden {
                cumulative[row] += bar.height;
            }
            if row + 1 == snap.when.len() {
                if *category != NOT_REPORTED {
                    let value = share.point.map_or_else(
                        || options.tr.n(share.count),
                        |p| marks::claims_label_in(options.tr, p, Unit::Count),
                    );
                    summary.push(format!("{} {value}", options.tr.status(category)));
                }
                if !is_hidden {
                    grid.push((
                        (*category).to_owned(),
                        category_color(category),
                        share.count.round() as u32,
                    ));
                }
                grid_total = total.round() as u32;
            }
            bars.push(bar);
        }
        series.push(BarSeries {
            name: (*category).to_owned(),
            label: options.tr.status(category).into_owned(),
            color: category_color(category),
            bars,
            horizontal: true,
        });
    }
    marks::distinct_colors(&mut series);
    for (name, color, _) in &mut grid {
        if let Some(s) = series.iter().find(|s| s.name == *name) {
            *color = s.color;
        }
    }
    marks::prioritize(&mut series, &mut []);
    let latest = snap.when.last().map(ToString::to_string).unwrap_or_default();
    let years = snap
        .when
        .first()
        .zip(snap.when.last())
        .map(|(a, b)| (a.year(), b.year()));
    TownshipsData {
        title: options.tr.t("title-townships"),
        flags: Flags::of(&series, &[], hidden),
        series,
        rows: snap.when.iter().map(|w| as_of(options.tr, *w)).collect(),
        changes: changes(&snap),
        towns: towns(data),
        caption,
        summary: options.tr.f(
            "sum-townships",
            &[
                ("date", options.tr.digits(&latest.to_string()).into()),
                ("list", summary.join(", ").into()),
            ],
        ),
        grid,
        grid_total,
        tr: options.tr,
        years,
    }
}

/// A snapshot's row name: "as of 2025-12-31", in the chart's language and digits.
fn as_of(tr: Tr, when: When) -> String {
    tr.f("as-of", &[("date", tr.digits(&when.to_string()).into())])
}

fn snapshots(data: &Dataset) -> Snapshots<'_> {
    let section: Vec<&Series> = data.section(Section::Townships).collect();
    let parts: Vec<&Series> = section.iter().copied().filter(|s| s.key.role == Role::Part).collect();
    let mut when: Vec<When> = section.iter().flat_map(|s| s.points.iter().map(|p| p.when)).collect();
    when.sort();
    when.dedup();
    Snapshots {
        file_has_not_reported: parts.iter().any(|s| s.key.category == NOT_REPORTED),
        totals: section.iter().copied().find(|s| s.key.role == Role::Total),
        parts,
        when,
    }
}

/// A category's count at a snapshot with its tooltip; for "not reported" (unless a file reports
/// it), what no reported category accounts for.
fn share<'a>(
    index: &marks::SeriesIndex,
    snap: &Snapshots<'a>,
    series: Option<&'a Series>,
    category: &str,
    when: When,
    tr: Tr,
) -> Option<Share<'a>> {
    let total = snap.total_at(when);
    if category == NOT_REPORTED && !snap.file_has_not_reported {
        let reported: f64 = snap
            .parts
            .iter()
            .filter_map(|s| s.at(when))
            .map(|p| p.figure().value)
            .sum();
        let rest = (total - reported).max(0.0);
        return Some(Share {
            count: rest,
            tooltip: format!(
                "{}, {}\n{}",
                tr.term(NOT_REPORTED),
                as_of(tr, when),
                tr.f(
                    "tip-townships-unreported",
                    &[("n", tr.n(rest).into()), ("total", tr.n(total).into())]
                )
            ),
            point: None,
            at: None,
        });
    }
    let series = series?;
    let pi = marks::point_index(series, when)?;
    let p = &series.points[pi];
    Some(Share {
        count: p.figure().value,
        tooltip: format!("{}, {}", tr.term(category), as_of(tr, when)),
        point: Some(p),
        at: Some(index.point(series, pi)),
    })
}

/// The bar of a share: a percentage of the country's townships, stacked on `base`.
fn bar(share: &Share<'_>, row: usize, base: f64, total: f64, tr: Tr) -> BarMark {
    // A total of zero (allowed by the format) must not turn into NaN on the chart.
    let pct = share.count / total.max(1.0) * 100.0;
    let pct_text = tr.digits(&format!("{pct:.0}")).into_owned();
    let label = match share.point {
        Some(p) => format!("{} ({pct_text} %)", marks::claims_label_in(tr, p, Unit::Count)),
        None => format!("{} ({pct_text} %)", tr.n(share.count)),
    };
    BarMark {
        x: -(row as f64),
        base,
        height: pct,
        width: 0.7,
        label,
        tooltip: share.tooltip.clone(),
        tooltip_tail: format!(
            "\n{}",
            tr.f(
                "tip-townships-share",
                &[("pct", tr.dec(pct, 1).into()), ("total", tr.n(total).into())]
            )
        ),
        point: share.at,
        inside: true,
        ..share.point.map(|p| BarMark::of_point_in(tr, p)).unwrap_or_default()
    }
}

/// "captured: 30 → 37 (+7) from … to …" for each category between consecutive snapshots.
fn changes(snap: &Snapshots<'_>) -> Vec<String> {
    let mut out = Vec::new();
    for pair in snap.when.windows(2) {
        for s in &snap.parts {
            if let (Some(a), Some(b)) = (s.at(pair[0]), s.at(pair[1])) {
                let d = b.figure().value - a.figure().value;
                let sign = if d >= 0.0 { "+" } else { "−" };
                out.push(format!(
                    "{}: {} → {} ({sign}{}) from {} to {}",
                    s.key.category,
                    a.figure().short_in(Tr::EN, Unit::Count),
                    b.figure().short_in(Tr::EN, Unit::Count),
                    thousands(d.abs()),
                    pair[0],
                    pair[1]
                ));
            }
        }
    }
    out
}

/// The named towns by status, latest snapshot first, each name once.
fn towns(data: &Dataset) -> Vec<TownGroup> {
    let mut groups: Vec<TownGroup> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut seen: HashSet<(usize, String)> = HashSet::new();
    for loaded in &data.reports {
        for t in loaded.report.townships.iter().rev() {
            for town in &t.towns {
                let name = match &town.region {
                    Some(r) => format!("{} ({r})", town.name),
                    None => town.name.clone(),
                };
                let g = *index.entry(town.status.clone()).or_insert_with(|| {
                    groups.push(TownGroup {
                        status: town.status.clone(),
                        towns: Vec::new(),
                    });
                    groups.len() - 1
                });
                if seen.insert((g, name.clone())) {
                    groups[g].towns.push(name);
                }
            }
        }
    }
    groups.sort_by_key(|g| rank(&g.status));
    groups
}

/// Squares per row of the township grid.
const GRID_COLUMNS: u32 = 30;

/// One square per township of the latest snapshot, coloured by category: the share made
/// countable. Drawn only where there is room.
fn grid_ui(ui: &mut egui::Ui, chart: &TownshipsData, height: f32) {
    let total = chart.grid_total.max(1);
    let rows = total.div_ceil(GRID_COLUMNS);
    let cell = (ui.available_width() / GRID_COLUMNS as f32)
        .min(height / rows as f32)
        .min(22.0);
    if cell < 6.0 {
        return;
    }
    let size = egui::vec2(cell * GRID_COLUMNS as f32, cell * rows as f32);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    let mut colours = chart
        .grid
        .iter()
        .flat_map(|(_, colour, n)| std::iter::repeat_n(*colour, *n as usize));
    let empty = ui.visuals().widgets.noninteractive.bg_stroke;
    for i in 0..total {
        let (col, row) = (i % GRID_COLUMNS, i / GRID_COLUMNS);
        let min = rect.min + egui::vec2(col as f32 * cell, row as f32 * cell);
        let square = egui::Rect::from_min_size(min, egui::vec2(cell, cell)).shrink(cell * 0.1);
        match colours.next() {
            Some(colour) => ui.painter().rect_filled(square, cell * 0.15, colour),
            None => ui
                .painter()
                .rect_stroke(square, cell * 0.15, empty, egui::StrokeKind::Inside),
        };
    }
    let tr = chart.tr;
    let parts: Vec<String> = chart
        .grid
        .iter()
        .map(|(label, _, n)| {
            tr.f(
                "townships-grid-count",
                &[("n", (*n).into()), ("status", tr.status(label).into())],
            )
        })
        .collect();
    let description = tr.f(
        "townships-grid-description",
        &[("n", total.into()), ("parts", parts.join(", ").into())],
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &description));
}

/// A small square of a colour, as in a legend.
fn swatch(ui: &mut egui::Ui, colour: egui::Color32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 2.0, colour);
}

/// The height of a line of the lists under the bars, in points.
const LIST_LINE: f32 = 27.0;

impl TownshipsData {
    /// The least height of the bars: room for every row.
    fn min_plot(&self) -> f32 {
        150.0_f32.max(90.0 + 26.0 * self.rows.len() as f32)
    }

    /// Lines the named towns take: a heading and a line per status.
    fn towns_lines(&self) -> usize {
        if self.towns.is_empty() { 0 } else { self.towns.len() + 1 }
    }

    /// The 100 % bars, one row per snapshot, with the legend beside them.
    fn plot_ui(&self, ui: &mut egui::Ui, ctx: &DrawContext<'_>, height: f32) -> Drawn {
        let focus_fill = ui.visuals().selection.bg_fill.gamma_multiply(0.35);
        let colors = (egui::Color32::BLACK, egui::Color32::BLACK);
        let hidden = ctx.options.hidden(ChartKind::Townships);
        let id = egui::Id::unique(("plot", "townships"));
        let rows = self.rows.clone();
        let row_count = rows.len();
        let tr = ctx.options.tr;
        let entries = super::plot::entries(&self.series);
        let size = egui::vec2(ui.available_width(), height);
        let (labels, changed) =
            super::plot::with_legend(ui, id, &entries, hidden, ctx.picture, size, tr, |ui, size| {
                let response = super::plot::base_plot(id, &ctx.options.tr.t("axis-townships-share"), "", ctx.picture)
                    .width(size.x)
                    .height(size.y)
                    .show_grid([true, false])
                    .include_x(0.0)
                    .include_x(100.0)
                    .include_y(1.1)
                    .include_y(-(row_count as f64) + 0.5)
                    .y_grid_spacer(move |_| {
                        (0..row_count)
                            .map(|i| egui_plot::GridMark {
                                value: -(i as f64),
                                step_size: 1.0,
                            })
                            .collect()
                    })
                    // Every row keeps its name, however close the rows are (egui_plot hides y labels
                    // closer than 20 points by default).
                    .custom_y_axes(vec![
                        egui_plot::AxisHints::new_y()
                            .label_spacing(egui::Rangef::new(10.0, 14.0))
                            .formatter(move |mark, _| {
                                let i = (-mark.value).round();
                                if (mark.value + i).abs() < 1e-6 && i >= 0.0 {
                                    rows.get(i as usize).cloned().unwrap_or_default()
                                } else {
                                    String::new()
                                }
                            }),
                    ])
                    .x_grid_spacer(super::plot::major_marks)
                    .custom_x_axes(vec![
                        egui_plot::AxisHints::new_x()
                            .label(ctx.options.tr.t("axis-townships-share"))
                            .label_spacing(egui::Rangef::new(40.0, 60.0))
                            .formatter(move |mark, _| format!("{} %", tr.dec(mark.value, 0))),
                    ])
                    .show(ui, |plot_ui| {
                        let tip = super::plot::hovered(plot_ui, &self.series, hidden, ctx.data, tr);
                        let focused = ctx
                            .focus
                            .and_then(|w| self.rows.iter().position(|r| *r == as_of(ctx.options.tr, w)));
                        if let Some(row) = focused {
                            let y = -(row as f64);
                            super::plot::focus_band(plot_ui, [-2.0, y - 0.45], [102.0, y + 0.45], focus_fill);
                        }
                        super::plot::draw_visible(plot_ui, &self.series, hidden, 100.0);
                        let visible = super::plot::visible(&self.series, hidden);
                        let labels = super::plot::draw_labels(plot_ui, id, &visible, &[], 100.0, colors);
                        (tip, labels)
                    });
                super::plot::show_tooltip(&response.response, response.inner.0);
                response.inner.1
            });
        Drawn {
            hidden: changed,
            labels,
        }
    }

    /// The grid of squares beside its key.
    fn grid_with_key_ui(&self, ui: &mut egui::Ui, room: f32) {
        ui.horizontal_top(|ui| {
            grid_ui(ui, self, room - 12.0);
            ui.add_space(12.0);
            ui.vertical(|ui| {
                ui.label(crate::i18n::breakable(
                    &self.tr.f("townships-grid-key", &[("n", self.grid_total.into())]),
                ));
                for (label, colour, n) in &self.grid {
                    ui.horizontal(|ui| {
                        swatch(ui, *colour);
                        ui.label(self.tr.f(
                            "townships-grid-count",
                            &[("n", (*n).into()), ("status", self.tr.status(label).into())],
                        ));
                    });
                }
            });
        });
    }

    /// Changes between snapshots (the latest `shown` of them) and the named towns, as text under
    /// the chart.
    fn lists_ui(&self, ui: &mut egui::Ui, shown: usize, picture: bool) {
        if !self.changes.is_empty() {
            let earlier = self.changes.len() - shown.min(self.changes.len());
            if shown > 0 {
                ui.label(egui::RichText::new(self.tr.t("townships-changes")).strong());
                for c in &self.changes[earlier..] {
                    ui.label(c);
                }
            }
            let whole = self.tr.t(if picture {
                "townships-changes-whole-picture"
            } else {
                "townships-changes-whole-window"
            });
            if shown == 0 {
                let n = self.changes.len();
                let text = self
                    .tr
                    .f("townships-changes-counted", &[("n", n.into()), ("whole", whole.into())]);
                ui.label(egui::RichText::new(text).weak());
            } else if earlier > 0 {
                let text = self.tr.f(
                    "townships-changes-earlier",
                    &[("n", earlier.into()), ("whole", whole.into())],
                );
                ui.label(egui::RichText::new(text).weak());
            }
        }
        if !self.towns.is_empty() {
            ui.label(egui::RichText::new(self.tr.t("townships-named-towns")).strong());
            egui::Grid::new("named-towns")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for g in &self.towns {
                        ui.horizontal(|ui| {
                            swatch(ui, category_color(&g.status));
                            ui.label(self.tr.status(&g.status));
                        });
                        ui.label(g.towns.join(", "));
                        ui.end_row();
                    }
                });
        }
    }
}

impl ChartView for TownshipsData {
    fn kind(&self) -> ChartKind {
        ChartKind::Townships
    }

    super::words_from_fields!();

    fn years(&self) -> Option<(i32, i32)> {
        self.years
    }

    fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    fn legend(&self) -> Vec<String> {
        self.series.iter().map(|s| s.name.clone()).collect()
    }

    fn shows(&self, key: &SeriesKey, options: &ChartOptions) -> bool {
        key.role == Role::Total || !options.hidden(ChartKind::Townships).contains(&key.category)
    }

    fn min_height(&self) -> f32 {
        // The bars, the named towns and the latest change with its heading and the count of the
        // earlier ones; in a narrow picture the legend takes two rows under the bars.
        self.min_plot() + LIST_LINE * (self.towns_lines() + 3 + 2) as f32
    }

    fn ui(&self, ui: &mut egui::Ui, ctx: &DrawContext<'_>) -> Drawn {
        // The bars keep room for their rows; the changes that do not fit under them are the
        // earliest, counted in a line.
        const LINE: f32 = LIST_LINE;
        let min_plot = self.min_plot();
        let towns = self.towns_lines();
        let room_lines = ((ui.available_height() - min_plot) / LINE).floor().max(0.0) as usize;
        let changes = if towns + self.changes.len() < room_lines {
            self.changes.len()
        } else {
            room_lines.saturating_sub(towns + 2).min(self.changes.len())
        };
        // A heading over the changes shown, and a line counting the rest.
        let lines = towns + changes + usize::from(changes > 0) + usize::from(changes < self.changes.len());
        let list_height = LINE * lines as f32;
        let height = (170.0 + 130.0 * self.rows.len() as f32)
            .min(ui.available_height() - list_height)
            .max(min_plot);
        let drawn = self.plot_ui(ui, ctx, height);
        let room = ui.available_height() - list_height;
        if room > 80.0 {
            ui.add_space(6.0);
            self.grid_with_key_ui(ui, room);
            ui.add_space(6.0);
        }
        self.lists_ui(ui, changes, ctx.picture);
        drawn
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_snapshot() {
        let chart = prepare(&Dataset::merge(vec![crate::report::sample()]), &ChartOptions::default());
        let names: Vec<&str> = chart.series.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["captured", "surrounded", NOT_REPORTED]);
        let captured = &chart.series[0].bars[0];
        assert!((captured.height - 37.0 / 330.0 * 100.0).abs() < 1e-9);
        assert_eq!(captured.label, "37 (11 %)");
        let surrounded = &chart.series[1].bars[0];
        assert!((surrounded.base - captured.height).abs() < 1e-9);
        let rest = &chart.series[2].bars[0];
        let tip = rest.tooltip_text_in(crate::i18n::Tr::EN, None);
        assert!(tip.contains("252 of 330 townships"), "{tip}");
        let captured_tip = captured.tooltip_text_in(
            crate::i18n::Tr::EN,
            Some(&Dataset::merge(vec![crate::report::sample()])),
        );
        assert!(
            captured_tip.starts_with("captured, as of 2025-12-31\n37\n"),
            "{captured_tip}"
        );
        assert!(captured_tip.ends_with("11.2 % of 330 townships"), "{captured_tip}");
        assert!(chart.caption.notes[0].contains("330 townships are assumed"));
        assert_eq!(chart.towns[0].status, "captured");
        assert_eq!(chart.towns[0].towns.len(), 5);
        assert_eq!(chart.towns[1].status, "contested");
        assert_eq!(chart.rows, ["as of 2025-12-31"]);
        assert_eq!(chart.grid_total, 330);
        let grid: Vec<(&str, u32)> = chart.grid.iter().map(|(l, _, n)| (l.as_str(), *n)).collect();
        assert_eq!(grid, [("captured", 37), ("surrounded", 41), (NOT_REPORTED, 252)]);
        assert_eq!(chart.years, Some((2025, 2025)));
    }

    #[test]
    fn changes_between_snapshots() {
        let report = crate::report::LoadedReport::from_bytes(
            br#"{"fieldreport":1,"title":"t","townships":[
                {"as_of":"2024-12-31","total":330,"breakdown":{"captured":30}},
                {"as_of":"2025-12-31","total":330,"breakdown":{"captured":37,"junta administration":100}}]}"#,
            "t.json",
            None,
        )
        .expect("valid");
        let chart = prepare(&Dataset::merge(vec![report]), &ChartOptions::default());
        assert_eq!(chart.changes, ["captured: 30 → 37 (+7) from 2024-12-31 to 2025-12-31"]);
        let names: Vec<&str> = chart.series.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["captured", NOT_REPORTED, "junta administration"]);
        assert!(chart.caption.notes.is_empty());
        assert_eq!(chart.years, Some((2024, 2025)));
    }
}
