//! Drawing chart data with egui_plot: a plot set up the same way for every chart, a legend
//! beside it that never covers the bars, bars with their open-ended extensions and conflict
//! outlines, labels placed only where they fit, free texts, tooltips, and axes whose ticks are
//! thinned to what fits.

use std::collections::BTreeSet;

use egui::{Align2, Color32, RichText};
use egui_plot::{Arrows, Bar, BarChart, Plot, PlotPoint, PlotUi, Text};

use super::labels::{self, Candidate};
use super::marks::{BarMark, BarSeries, CONFLICT_COLOR, TextMark, conflict_stroke, text_on};
use super::{ChartKind, DrawContext, Drawn, LabelCount};
use crate::i18n::Tr;

/// The size of labels in plots, in points.
pub const LABEL_SIZE: f32 = 13.0;

/// Legend entries shown before the rest are folded away ("12 more series").
pub const LEGEND_SHOWN: usize = 12;

/// Plots narrower than this beside a legend get the legend under them instead.
const NARROW_PLOT: f32 = 380.0;

/// The smallest distance between grid lines, in points (egui_plot's default).
const GRID_MIN_SPACING: f32 = 8.0;

/// A plot set up the same way for every chart: no scroll zoom hijacking the page, double-click
/// to reset, light major grid lines only; in a picture, no background or frame.
pub fn base_plot<'a>(id: egui::Id, x_label: &str, y_label: &str, picture: bool) -> Plot<'a> {
    Plot::new(id)
        .id(id)
        // Tick labels as close as they fit (egui_plot hides x labels closer than 60 points, which
        // leaves a narrow picture without its years); the charts thin their own ticks.
        .custom_x_axes(vec![
            egui_plot::AxisHints::new_x().label_spacing(egui::Rangef::new(28.0, 40.0)),
        ])
        .x_axis_label(axis_text(x_label))
        .y_axis_label(axis_text(y_label))
        .allow_scroll(false)
        .allow_double_click_reset(true)
        .allow_drag(!picture)
        .allow_zoom(!picture)
        .show_crosshair(false)
        .show_background(!picture)
        .grid_spacing(egui::Rangef::new(GRID_MIN_SPACING, 300.0))
        .min_size(egui::vec2(120.0, 120.0))
}

/// Text at `size` points that may wrap: Burmese broken between syllables, in rows tall enough
/// for its marks; English as it is.
pub fn wrapping_text(text: &str, size: f32) -> RichText {
    let rich = RichText::new(crate::i18n::breakable(text)).size(size);
    if crate::i18n::has_myanmar(text) {
        rich.line_height(Some(size * crate::i18n::MYANMAR_LINE_HEIGHT))
    } else {
        rich
    }
}

/// An axis title; Burmese in a row tall enough (drawn in its middle) that its marks and those
/// of Myanmar digits in the tick labels keep clear of each other.
fn axis_text(text: &str) -> RichText {
    let rich = RichText::new(text);
    if crate::i18n::has_myanmar(text) {
        rich.line_height(Some(36.0))
    } else {
        rich
    }
}

/// Grid marks at round values, about six across the range, so only major lines are drawn.
pub fn major_marks(input: egui_plot::GridInput) -> Vec<egui_plot::GridMark> {
    let (lo, hi) = input.bounds;
    let span = hi - lo;
    if !span.is_finite() || span <= 0.0 {
        return Vec::new();
    }
    // At least 32 points apart.
    let step = nice_step((span / 6.0).max(input.base_step_size * 4.0));
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last.min(first + 100))
        .map(|k| egui_plot::GridMark {
            value: k as f64 * step,
            step_size: step,
        })
        .collect()
}

/// The nearest round step at or above `raw`: 1, 2, 2.5 or 5 times a power of ten.
pub fn nice_step(raw: f64) -> f64 {
    if !raw.is_finite() || raw <= 0.0 {
        return 1.0;
    }
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= raw * 0.999)
        .unwrap_or(10.0 * power)
}

/// Grid marks at years, thinned to every 2nd, 5th, 10th … year where the axis is too narrow
/// for every label: the axis always keeps some labels.
pub fn year_marks(years: &[i32]) -> impl Fn(egui_plot::GridInput) -> Vec<egui_plot::GridMark> + 'static {
    let years = years.to_vec();
    move |input| {
        // base_step_size is GRID_MIN_SPACING points in plot units (years).
        let points_per_year = f64::from(GRID_MIN_SPACING) / input.base_step_size.max(1e-9);
        // A year label is about 36 points wide; keep 12 points between labels.
        let step = [1, 2, 5, 10, 20, 50, 100]
            .into_iter()
            .find(|s| f64::from(*s) * points_per_year >= 48.0)
            .unwrap_or(100);
        let mark = |y: i32| egui_plot::GridMark {
            value: f64::from(y),
            step_size: f64::from(step),
        };
        let marks: Vec<egui_plot::GridMark> = years
            .iter()
            .filter(|y| y.rem_euclid(step) == 0)
            .map(|&y| mark(y))
            .collect();
        if marks.is_empty() {
            // No round year among them: label the first one.
            years.first().map(|&y| mark(y)).into_iter().collect()
        } else {
            marks
        }
    }
}

/// A year's tick label in the chosen digits; empty between years.
pub fn year_label_in(tr: Tr, value: f64) -> String {
    if value.fract() == 0.0 {
        tr.year(value as i32)
    } else {
        String::new()
    }
}

/// A tick label with thousands separators in the chosen digits.
pub fn thousands_label_in(tr: Tr, value: f64) -> String {
    if value.fract() == 0.0 {
        tr.n(value)
    } else {
        tr.digits(&format!("{value}")).into_owned()
    }
}

/// Draws the bars of a series, with open-ended extensions and arrows; no labels.
pub fn draw_series(plot_ui: &mut PlotUi<'_>, series: &BarSeries, extent: f64) {
    let reach = extent * 0.08;
    let bars: Vec<Bar> = series
        .bars
        .iter()
        .map(|b| {
            let mut bar = Bar::new(b.x, b.height)
                .base_offset(b.base)
                .width(b.width)
                .fill(series.color);
            if b.conflict {
                bar = bar.stroke(conflict_stroke(series.color));
            }
            oriented(series, bar)
        })
        .collect();
    plot_ui.bar_chart(
        BarChart::new(series.name.clone(), bars)
            .color(series.color)
            .allow_hover(false),
    );
    restated_ui(plot_ui, series);
    // Open-ended figures ("over", "at least") continue past their end in a fading segment.
    let open: Vec<&BarMark> = series.bars.iter().filter(|b| b.open_above && !b.inside).collect();
    if open.is_empty() {
        return;
    }
    let fades: Vec<Bar> = open
        .iter()
        .map(|b| {
            oriented(
                series,
                Bar::new(b.x, reach)
                    .base_offset(b.base + b.height)
                    .width(b.width)
                    .fill(series.color.gamma_multiply(0.3))
                    .stroke(egui::Stroke::NONE),
            )
        })
        .collect();
    plot_ui.bar_chart(BarChart::new(String::new(), fades).allow_hover(false));
    for b in open {
        let end = b.base + b.height;
        let (origin, tip) = if series.horizontal {
            ([end, b.x], [end + reach, b.x])
        } else {
            ([b.x, end], [b.x, end + reach])
        };
        plot_ui.arrows(
            Arrows::new(String::new(), vec![origin], vec![tip])
                .color(series.color)
                .tip_length(8.0)
                .allow_hover(false),
        );
    }
}

/// The earlier value of each figure a later report restated: a tick across the bar and a
/// hollow ring where the bar would end with that value (a stacked bar's base plus it), in a
/// colour that stands out on the bar or on the background.
fn restated_ui(plot_ui: &mut PlotUi<'_>, series: &BarSeries) {
    let outside = plot_ui.ctx().global_style().visuals.strong_text_color();
    for b in &series.bars {
        let Some(earlier) = b.earlier.map(|e| b.base + e) else {
            continue;
        };
        let color = if earlier <= b.base + b.height {
            text_on(series.color)
        } else {
            outside
        };
        let at = |along: f64| {
            if series.horizontal {
                [earlier, along]
            } else {
                [along, earlier]
            }
        };
        let half = b.width / 2.0;
        plot_ui.line(
            egui_plot::Line::new(String::new(), vec![at(b.x - half), at(b.x + half)])
                .color(color)
                .width(2.0)
                .allow_hover(false),
        );
        plot_ui.points(
            egui_plot::Points::new(String::new(), vec![at(b.x)])
                .shape(egui_plot::MarkerShape::Circle)
                .filled(false)
                .radius(6.0)
                .color(color)
                .allow_hover(false),
        );
    }
}

/// Orients a bar along the series' axis.
fn oriented(series: &BarSeries, bar: Bar) -> Bar {
    if series.horizontal { bar.horizontal() } else { bar }
}

/// The label that fits inside a bar with this much room (points): the whole label, else without
/// its bracketed part ("37 (11 %)" → "37"), else only its caveat (the qualifier's symbol or the
/// conflict sign), else none.
pub fn label_inside(marked: &str, horizontal: bool, room_along: f64, room_across: f64) -> Option<&str> {
    // About 6.6 points per character at 13 points.
    let fits = |text: &str| {
        let len = text.chars().count() as f64 * 6.6 + 8.0;
        if horizontal {
            room_along >= len && room_across >= 16.0
        } else {
            room_along >= 18.0 && room_across >= len
        }
    };
    let short = marked.split(" (").next().unwrap_or_default();
    let symbol = marked
        .split(' ')
        .next()
        .filter(|s| s.chars().all(|c| "⚠>≥≈<≤".contains(c)))
        .unwrap_or("");
    [marked, short, symbol]
        .into_iter()
        .filter(|t| !t.is_empty())
        .find(|t| fits(t))
}

/// A label that wants a place: its text, where it goes in plot space, how it is drawn.
struct Wanted {
    text: String,
    pos: PlotPoint,
    anchor: Align2,
    color: Color32,
    strong: bool,
    priority: u8,
    /// The bar the label belongs to (an index into the obstacles), which it may cover.
    owner: Option<usize>,
    /// A shorter text for when the label has no room.
    short: Option<String>,
}

/// The visible bars on screen, with their open-ended extensions: what labels must not cover.
fn bar_obstacles(plot_ui: &PlotUi<'_>, series: &[&BarSeries], extent: f64) -> Vec<labels::Obstacle> {
    let reach = extent * 0.08;
    let mut out = Vec::new();
    for s in series {
        for b in &s.bars {
            let end = b.base + b.height + if b.open_above && !b.inside { reach } else { 0.0 };
            let (a, z) = if s.horizontal {
                (
                    PlotPoint::new(b.base, b.x - b.width / 2.0),
                    PlotPoint::new(end, b.x + b.width / 2.0),
                )
            } else {
                (
                    PlotPoint::new(b.x - b.width / 2.0, b.base),
                    PlotPoint::new(b.x + b.width / 2.0, end),
                )
            };
            out.push(labels::Obstacle {
                rect: egui::Rect::from_two_pos(plot_ui.screen_from_plot(a), plot_ui.screen_from_plot(z)),
                id: out.len(),
            });
        }
    }
    out
}

/// The labels of the visible bars (outside labels above the bar, inside labels where they fit
/// in it) and the free texts, each with its place and priority.
fn wanted_labels(
    plot_ui: &PlotUi<'_>,
    series: &[&BarSeries],
    texts: &[TextMark],
    extent: f64,
    colors: (Color32, Color32),
) -> (Vec<Wanted>, usize) {
    let (strong, weak) = colors;
    let reach = extent * 0.08;
    let [px_x, px_y] = plot_ui.transform().dpos_dvalue();
    let mut out = Vec::new();
    let mut total = 0;
    let mut owner = 0;
    for s in series {
        for b in &s.bars {
            owner += 1;
            let owner = Some(owner - 1);
            if b.label.is_empty() && !b.conflict {
                continue;
            }
            total += 1;
            let marked = if b.conflict {
                format!("⚠ {}", b.label)
            } else {
                b.label.clone()
            };
            if b.inside || s.horizontal {
                let (along, across) = if s.horizontal {
                    ((b.height * px_x).abs(), (b.width * px_y).abs())
                } else {
                    ((b.height * px_y).abs(), (b.width * px_x).abs())
                };
                if let Some(fit) = label_inside(&marked, s.horizontal, along, across) {
                    let pos = if s.horizontal {
                        PlotPoint::new(b.base + b.height / 2.0, b.x)
                    } else {
                        PlotPoint::new(b.x, b.base + b.height / 2.0)
                    };
                    out.push(Wanted {
                        text: fit.to_owned(),
                        pos,
                        anchor: Align2::CENTER_CENTER,
                        color: text_on(s.color),
                        strong: false,
                        priority: b.priority,
                        owner,
                        short: None,
                    });
                }
            } else {
                let lift = if b.open_above { reach * 1.15 } else { 0.0 } + extent * 0.01;
                out.push(Wanted {
                    text: marked,
                    pos: PlotPoint::new(b.x, b.base + b.height + lift),
                    anchor: Align2::CENTER_BOTTOM,
                    color: if b.conflict { CONFLICT_COLOR } else { strong },
                    strong: false,
                    priority: b.priority,
                    owner,
                    short: (b.conflict && !b.short_label.is_empty()).then(|| format!("⚠ {}", b.short_label)),
                });
            }
        }
    }
    for t in texts {
        total += 1;
        out.push(Wanted {
            text: t.text.clone(),
            pos: PlotPoint::new(t.x, t.y),
            anchor: t.anchor,
            color: if t.strong { strong } else { weak },
            strong: t.strong,
            priority: t.priority,
            owner: None,
            short: (!t.short.is_empty()).then(|| t.short.clone()),
        });
    }
    (out, total)
}

/// A label placed, as drawn.
#[derive(Clone, Debug)]
struct Placed {
    text: String,
    pos: PlotPoint,
    anchor: Align2,
    color: Color32,
    strong: bool,
}

/// Labels placed for one plot at one size and view, kept until either changes.
#[derive(Clone, Debug, Default)]
struct PlacedLabels {
    key: u64,
    placed: Vec<Placed>,
    count: LabelCount,
}

/// A fingerprint of what decides where labels go: the plot's frame and bounds, and the bars
/// and texts (positions, sizes, labels).
fn placement_key(plot_ui: &PlotUi<'_>, series: &[&BarSeries], texts: &[TextMark], colors: (Color32, Color32)) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let transform = plot_ui.transform();
    let frame = transform.frame();
    for v in [frame.min.x, frame.min.y, frame.max.x, frame.max.y] {
        v.to_bits().hash(&mut h);
    }
    let bounds = transform.bounds();
    for v in bounds.min().into_iter().chain(bounds.max()) {
        v.to_bits().hash(&mut h);
    }
    colors.0.hash(&mut h);
    colors.1.hash(&mut h);
    for s in series {
        s.name.hash(&mut h);
        for b in &s.bars {
            for v in [b.x, b.base, b.height, b.width] {
                v.to_bits().hash(&mut h);
            }
            b.label.hash(&mut h);
        }
    }
    for t in texts {
        t.x.to_bits().hash(&mut h);
        t.y.to_bits().hash(&mut h);
        t.text.hash(&mut h);
    }
    h.finish()
}

/// Places the labels that fit (see [`labels::place`]) and draws them; says how many were
/// drawn of how many the chart has. The placement is kept in the plot's memory and reused
/// while the plot's size, view and data stay the same (most frames: a hover, an idle repaint).
pub fn draw_labels(
    plot_ui: &mut PlotUi<'_>,
    id: egui::Id,
    series: &[&BarSeries],
    texts: &[TextMark],
    extent: f64,
    colors: (Color32, Color32),
) -> LabelCount {
    let key = placement_key(plot_ui, series, texts, colors);
    let memory = id.with("placed-labels");
    let kept: Option<std::sync::Arc<PlacedLabels>> = plot_ui.ctx().data(|d| d.get_temp(memory));
    let placed = match kept.filter(|k| k.key == key) {
        Some(kept) => kept,
        None => {
            let (wanted, total) = wanted_labels(plot_ui, series, texts, extent, colors);
            let obstacles = bar_obstacles(plot_ui, series, extent);
            let fresh = std::sync::Arc::new(place_labels(plot_ui, wanted, &obstacles, total, key));
            plot_ui
                .ctx()
                .data_mut(|d| d.insert_temp(memory, std::sync::Arc::clone(&fresh)));
            fresh
        }
    };
    for p in &placed.placed {
        let mut rich = RichText::new(p.text.clone()).color(p.color).size(LABEL_SIZE);
        if p.strong {
            rich = rich.strong();
        }
        plot_ui.text(
            Text::new(String::new(), p.pos, rich)
                .anchor(p.anchor)
                .allow_hover(false),
        );
    }
    placed.count
}

/// Measures the wanted labels and keeps those [`labels::place`] finds room for.
fn place_labels(
    plot_ui: &PlotUi<'_>,
    wanted: Vec<Wanted>,
    obstacles: &[labels::Obstacle],
    total: usize,
    key: u64,
) -> PlacedLabels {
    let bounds = plot_ui.transform().frame().shrink(2.0);
    let font = egui::FontId::proportional(LABEL_SIZE);
    let candidates: Vec<Candidate> = wanted
        .iter()
        .map(|w| {
            let size = |text: &str| {
                plot_ui
                    .ctx()
                    .fonts_mut(|f| f.layout_no_wrap(text.to_owned(), font.clone(), w.color))
                    .size()
            };
            let at = plot_ui.screen_from_plot(w.pos);
            Candidate {
                rect: labels::anchored(at, size(&w.text), w.anchor),
                short: w.short.as_deref().map(|t| labels::anchored(at, size(t), w.anchor)),
                priority: w.priority,
                tiebreak: w.pos.x,
                // Labels above bars may rise a line; others stay beside what they name.
                rise: match (w.anchor == Align2::CENTER_BOTTOM, w.strong) {
                    (false, _) => 0,
                    // A total may rise one more line over the labels of what it sums.
                    (true, true) => 2,
                    (true, false) => 1,
                },
                owner: w.owner,
            }
        })
        .collect();
    let offsets = labels::place(&candidates, obstacles, bounds);
    let placed: Vec<Placed> = wanted
        .into_iter()
        .zip(offsets)
        .filter_map(|(w, placement)| {
            let placement = placement?;
            Some(Placed {
                pos: plot_ui.plot_from_screen(plot_ui.screen_from_plot(w.pos) + placement.offset),
                text: match (placement.short, w.short) {
                    (true, Some(short)) => short,
                    _ => w.text,
                },
                anchor: w.anchor,
                color: w.color,
                strong: w.strong,
            })
        })
        .collect();
    PlacedLabels {
        key,
        count: LabelCount {
            shown: placed.len(),
            total,
        },
        placed,
    }
}

/// Draws the visible series' bars, without labels.
pub fn draw_visible(plot_ui: &mut PlotUi<'_>, series: &[BarSeries], hidden: &BTreeSet<String>, extent: f64) {
    for s in series.iter().filter(|s| !hidden.contains(&s.name)) {
        draw_series(plot_ui, s, extent);
    }
}

/// The visible series.
pub fn visible<'a>(series: &'a [BarSeries], hidden: &BTreeSet<String>) -> Vec<&'a BarSeries> {
    series.iter().filter(|s| !hidden.contains(&s.name)).collect()
}

/// The tooltip of the visible bar under the pointer, if any, written now from the dataset.
pub fn hovered(
    plot_ui: &PlotUi<'_>,
    series: &[BarSeries],
    hidden: &BTreeSet<String>,
    data: Option<&crate::report::Dataset>,
    tr: Tr,
) -> Option<String> {
    let pointer = plot_ui.pointer_coordinate()?;
    series.iter().filter(|s| !hidden.contains(&s.name)).find_map(|s| {
        s.bars.iter().find_map(|b| {
            let (along, across) = if s.horizontal {
                (pointer.y, pointer.x)
            } else {
                (pointer.x, pointer.y)
            };
            let inside = (along - b.x).abs() <= b.width / 2.0 && across >= b.base && across <= b.base + b.height;
            inside.then(|| b.tooltip_text_in(tr, data))
        })
    })
}

/// Shows the hovered bar's tooltip in a framed tooltip that follows the pointer.
pub fn show_tooltip(response: &egui::Response, tooltip: Option<String>) {
    if let Some(text) = tooltip {
        response.clone().on_hover_text_at_pointer(text);
    }
}

/// A band behind the bars of the year or snapshot a check points at: from `from` to `to`.
pub fn focus_band(plot_ui: &mut PlotUi<'_>, from: [f64; 2], to: [f64; 2], fill: Color32) {
    plot_ui.polygon(
        egui_plot::Polygon::new(
            String::new(),
            egui_plot::PlotPoints::from(vec![
                [from[0], from[1]],
                [to[0], from[1]],
                [to[0], to[1]],
                [from[0], to[1]],
            ]),
        )
        .fill_color(fill)
        .stroke(egui::Stroke::NONE)
        .allow_hover(false),
    );
}

/// A legend entry: its name and colour.
pub struct Entry<'a> {
    /// The name the series is hidden by.
    pub name: &'a str,
    /// The name shown: the name in the chart's language.
    pub label: &'a str,
    /// Its colour.
    pub color: Color32,
}

/// The entries of bar series, once each.
pub fn entries(series: &[BarSeries]) -> Vec<Entry<'_>> {
    let mut seen = std::collections::HashSet::new();
    series
        .iter()
        .filter(|s| seen.insert(s.name.as_str()))
        .map(|s| Entry {
            name: &s.name,
            label: &s.label,
            color: s.color,
        })
        .collect()
}

/// Lays out a plot with its legend beside it (or under it when the room is narrow), so the
/// legend never covers the bars. `plot` draws into the size it is given. Returns what `plot`
/// returned and the hidden series when the user changed them in the legend.
#[expect(
    clippy::too_many_arguments,
    reason = "the plot, its legend and the legend's language: every value is needed"
)]
pub fn with_legend<R>(
    ui: &mut egui::Ui,
    id: egui::Id,
    entries: &[Entry<'_>],
    hidden: &BTreeSet<String>,
    picture: bool,
    size: egui::Vec2,
    tr: Tr,
    plot: impl FnOnce(&mut egui::Ui, egui::Vec2) -> R,
) -> (R, Option<BTreeSet<String>>) {
    let font = egui::FontId::proportional(LABEL_SIZE);
    let widest = entries
        .iter()
        .take(LEGEND_SHOWN)
        .map(|e| {
            ui.fonts_mut(|f| {
                f.layout_no_wrap(e.label.to_owned(), font.clone(), Color32::WHITE)
                    .size()
                    .x
            })
        })
        .fold(0.0, f32::max);
    let beside = (widest + 34.0).clamp(70.0, (size.x * 0.28).max(70.0));
    if entries.is_empty() {
        return (plot(ui, size), None);
    }
    if size.x - beside >= NARROW_PLOT {
        let plot_size = egui::vec2(size.x - beside - 8.0, size.y);
        ui.horizontal_top(|ui| {
            let out = plot(ui, plot_size);
            let changed = ui
                .vertical(|ui| {
                    ui.set_width(beside);
                    legend_ui(ui, id, entries, hidden, picture, size.y, tr)
                })
                .inner;
            (out, changed)
        })
        .inner
    } else {
        // Narrow: the legend goes under the plot, in columns of equal width.
        let column = (widest + 34.0).clamp(70.0, 220.0).min(size.x);
        let columns = ((size.x / column).floor() as usize).max(1);
        let shown = entries.len().min(LEGEND_SHOWN);
        let rows = shown.div_ceil(columns) + usize::from(entries.len() > shown);
        let row_height =
            ui.text_style_height(&egui::TextStyle::Body).max(LABEL_SIZE + 4.0) + ui.spacing().item_spacing.y;
        let legend_height = (rows as f32 * row_height).min(size.y * 0.35);
        let out = plot(ui, egui::vec2(size.x, size.y - legend_height - 4.0));
        let changed = legend_columns_ui(ui, id, entries, hidden, picture, (columns, column), tr);
        (out, changed)
    }
}

/// The legend in rows of `columns` entries, each `width` wide: under a narrow plot.
fn legend_columns_ui(
    ui: &mut egui::Ui,
    id: egui::Id,
    entries: &[Entry<'_>],
    hidden: &BTreeSet<String>,
    picture: bool,
    (columns, width): (usize, f32),
    tr: Tr,
) -> Option<BTreeSet<String>> {
    let shown = entries.len().min(LEGEND_SHOWN);
    let mut changed = None;
    for row in entries[..shown].chunks(columns) {
        ui.horizontal(|ui| {
            for e in row {
                ui.allocate_ui(egui::vec2(width, LABEL_SIZE + 6.0), |ui| {
                    ui.set_width(width);
                    if let Some(now) = apply_pick(
                        entry_ui(ui, e, !hidden.contains(e.name), picture, tr),
                        e,
                        entries,
                        hidden,
                    ) {
                        changed = Some(now);
                    }
                });
            }
        });
    }
    let more = entries.len() - shown;
    if more > 0 {
        let _ = id;
        ui.label(
            RichText::new(tr.f("legend-more-picture", &[("n", more.into())]))
                .size(LABEL_SIZE)
                .weak(),
        );
    }
    changed
}

/// The hidden series after a pick on a legend entry, if it changed them.
fn apply_pick(pick: Pick, e: &Entry<'_>, entries: &[Entry<'_>], hidden: &BTreeSet<String>) -> Option<BTreeSet<String>> {
    let mut now = hidden.clone();
    match pick {
        Pick::Nothing => return None,
        Pick::Toggle => {
            if !now.remove(e.name) {
                now.insert(e.name.to_owned());
            }
        }
        Pick::Only => {
            now.extend(entries.iter().filter(|o| o.name != e.name).map(|o| o.name.to_owned()));
            now.remove(e.name);
        }
        Pick::All => {
            for o in entries {
                now.remove(o.name);
            }
        }
    }
    Some(now)
}

/// The legend's entries: a swatch and the name, a click hides or shows the series. Beyond
/// [`LEGEND_SHOWN`] entries the rest fold away under "N more series" (in a picture: named as
/// left out of the legend).
fn legend_ui(
    ui: &mut egui::Ui,
    id: egui::Id,
    entries: &[Entry<'_>],
    hidden: &BTreeSet<String>,
    picture: bool,
    height: f32,
    tr: Tr,
) -> Option<BTreeSet<String>> {
    let open_id = id.with("legend-open");
    let open = !picture && ui.data(|d| d.get_temp::<bool>(open_id).unwrap_or(false));
    let shown = if open {
        entries.len()
    } else {
        entries.len().min(LEGEND_SHOWN)
    };
    let mut changed = None;
    egui::ScrollArea::vertical()
        .id_salt(id.with("legend"))
        .max_height(height)
        .show(ui, |ui| {
            for e in &entries[..shown] {
                if let Some(now) = apply_pick(
                    entry_ui(ui, e, !hidden.contains(e.name), picture, tr),
                    e,
                    entries,
                    hidden,
                ) {
                    changed = Some(now);
                }
            }
            let more = entries.len() - shown;
            if picture && more > 0 {
                ui.label(
                    RichText::new(tr.f("legend-more-picture", &[("n", more.into())]))
                        .size(LABEL_SIZE)
                        .weak(),
                );
            } else if !picture && entries.len() > LEGEND_SHOWN {
                let text = if open {
                    tr.t("legend-fewer")
                } else {
                    tr.f("legend-more", &[("n", more.into())])
                };
                if ui.small_button(text).clicked() {
                    ui.data_mut(|d| d.insert_temp(open_id, !open));
                }
            }
        });
    changed
}

/// What a click on a legend entry asks for.
enum Pick {
    Nothing,
    /// Hide or show this series.
    Toggle,
    /// Show this series alone.
    Only,
    /// Show every series.
    All,
}

/// One legend entry: a click hides or shows it; its context menu shows it alone, or all.
fn entry_ui(ui: &mut egui::Ui, entry: &Entry<'_>, visible: bool, picture: bool, tr: Tr) -> Pick {
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
        let color = if visible {
            entry.color
        } else {
            entry.color.gamma_multiply(0.25)
        };
        ui.painter().rect_filled(rect, 2.0, color);
        let mut text = RichText::new(entry.label).size(LABEL_SIZE);
        if !visible {
            text = text.weak().strikethrough();
        }
        let sense = if picture {
            egui::Sense::hover()
        } else {
            egui::Sense::click()
        };
        let response = ui.add(egui::Label::new(text).truncate().sense(sense));
        response.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, !picture, visible, entry.label));
        let mut pick = if response.clicked() {
            Pick::Toggle
        } else {
            Pick::Nothing
        };
        if !picture {
            response.context_menu(|ui| {
                if ui.button(tr.t("legend-show-only")).clicked() {
                    pick = Pick::Only;
                }
                if ui.button(tr.t("legend-show-all")).clicked() {
                    pick = Pick::All;
                }
            });
            let args = [("name", entry.label.into())];
            response.on_hover_text(if visible {
                tr.f("legend-hover-shown", &args)
            } else {
                tr.f("legend-hover-hidden", &args)
            });
        }
        pick
    })
    .inner
}

/// A chart of bars over years: what [`year_bars_ui`] needs.
pub struct YearBars<'a> {
    /// Which chart: names its plot and its hidden series.
    pub kind: ChartKind,
    /// The y axis label, with its unit.
    pub y_label: &'a str,
    /// Bars.
    pub series: &'a [BarSeries],
    /// Labels and changes.
    pub texts: &'a [TextMark],
    /// Years on the x axis.
    pub years: &'a [i32],
    /// Highest value to keep in view (bars, reported totals), before headroom for labels.
    pub extent: f64,
    /// Room kept right of the last year for labels beside its bars, in years.
    pub right_room: f64,
}

/// Draws bars over years with labels, tooltips and legend; `extra` adds chart-specific marks.
pub fn year_bars_ui(
    ui: &mut egui::Ui,
    chart: &YearBars<'_>,
    ctx: &DrawContext<'_>,
    extra: impl FnOnce(&mut PlotUi<'_>, Color32),
) -> Drawn {
    let focus_fill = ui.visuals().selection.bg_fill.gamma_multiply(0.35);
    let colors = (ui.visuals().strong_text_color(), ui.visuals().text_color());
    let hidden = ctx.options.hidden(chart.kind);
    let id = egui::Id::unique(("plot", chart.kind.key()));
    let (lo, hi) = match (chart.years.first(), chart.years.last()) {
        (Some(&a), Some(&b)) => (f64::from(a) - 0.6, f64::from(b) + 0.6 + chart.right_room),
        _ => (0.0, 1.0),
    };
    let extent = chart.extent;
    let focus = ctx.focus;
    let entries = entries(chart.series);
    let size = ui.available_size();
    let tr = ctx.options.tr;
    let (labels, hidden_now) = with_legend(
        ui,
        id,
        &entries,
        hidden,
        ctx.picture,
        size,
        ctx.options.tr,
        |ui, size| {
            let response = base_plot(id, &tr.t("axis-year"), chart.y_label, ctx.picture)
                .width(size.x)
                .height(size.y)
                .show_grid([false, true])
                .y_grid_spacer(major_marks)
                .y_axis_formatter(move |mark, _| thousands_label_in(tr, mark.value))
                .x_grid_spacer(year_marks(chart.years))
                .x_axis_formatter(move |mark, _| year_label_in(tr, mark.value))
                .include_y(0.0)
                .include_y(extent * 1.25)
                .include_x(lo)
                .include_x(hi)
                .show(ui, |plot_ui| {
                    let tip = hovered(plot_ui, chart.series, hidden, ctx.data, tr);
                    if let Some(when) = focus {
                        let x = f64::from(when.year());
                        focus_band(plot_ui, [x - 0.48, 0.0], [x + 0.48, extent * 1.2], focus_fill);
                    }
                    draw_visible(plot_ui, chart.series, hidden, extent);
                    extra(plot_ui, colors.0);
                    let visible = visible(chart.series, hidden);
                    let labels = draw_labels(plot_ui, id, &visible, chart.texts, extent, colors);
                    (tip, labels)
                });
            show_tooltip(&response.response, response.inner.0);
            response.inner.1
        },
    );
    Drawn {
        hidden: hidden_now,
        labels,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_inside_bars_shrink_to_their_caveat() {
        assert_eq!(label_inside("37 (11 %)", true, 200.0, 30.0), Some("37 (11 %)"));
        assert_eq!(label_inside("37 (11 %)", true, 30.0, 30.0), Some("37"));
        assert_eq!(label_inside("≥ 701", false, 30.0, 20.0), Some("≥"));
        assert_eq!(label_inside("701", false, 10.0, 200.0), None, "too short a bar");
    }

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(0.7), 1.0);
        assert_eq!(nice_step(1.3), 2.0);
        assert_eq!(nice_step(2.2), 2.5);
        assert_eq!(nice_step(3.0), 5.0);
        assert_eq!(nice_step(1234.0), 2000.0);
    }

    fn input(bounds: (f64, f64), points_per_unit: f64) -> egui_plot::GridInput {
        egui_plot::GridInput {
            bounds,
            base_step_size: f64::from(GRID_MIN_SPACING) / points_per_unit,
        }
    }

    #[test]
    fn year_ticks_thin_out_but_never_vanish() {
        let years: Vec<i32> = (1986..2026).collect();
        let marks = |ppy| year_marks(&years)(input((1985.0, 2026.0), ppy));
        assert_eq!(marks(60.0).len(), 40, "wide: every year");
        let narrow = marks(12.0);
        assert!(narrow.iter().all(|m| m.value as i64 % 5 == 0), "every fifth year");
        assert_eq!(narrow.len(), 8);
        assert!(!marks(0.5).is_empty(), "even very narrow axes keep a label");
        assert_eq!(
            year_marks(&[2025])(input((2024.0, 2026.0), 1.0)).len(),
            1,
            "a lone year keeps its label"
        );
    }

    #[test]
    fn major_marks_are_few_and_round() {
        let marks = major_marks(input((0.0, 41.0), 10.0));
        let values: Vec<f64> = marks.iter().map(|m| m.value).collect();
        assert_eq!(values, [0.0, 10.0, 20.0, 30.0, 40.0]);
        assert!(major_marks(input((0.0, 0.0), 10.0)).is_empty());
    }
}
