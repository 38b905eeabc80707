//! Drawing chart data with egui_plot: a plot set up the same way for every chart, bars with
//! their labels, open-ended extensions and conflict outlines, free texts, tooltips, and the
//! legend's hidden series read back.

use std::collections::BTreeSet;

use egui::{Align2, Color32, RichText};
use egui_plot::{Arrows, Bar, BarChart, ItemId, Legend, Plot, PlotPoint, PlotUi, Text};

use super::marks::{BarMark, BarSeries, CONFLICT_COLOR, TextMark, conflict_stroke, text_on};
use super::{ChartKind, ChartOptions};
use crate::report::When;

/// A plot set up the same way for every chart: legend, no scroll zoom hijacking the page,
/// double-click to reset.
pub fn base_plot<'a>(id: &str, hidden: &BTreeSet<String>, x_label: &str, y_label: &str) -> Plot<'a> {
    Plot::new(id)
        .legend(
            Legend::default()
                .position(egui_plot::Corner::RightTop)
                .follow_insertion_order(true)
                .hidden_items(hidden.iter().map(ItemId::new)),
        )
        .x_axis_label(x_label.to_owned())
        .y_axis_label(y_label.to_owned())
        .allow_scroll(false)
        .allow_double_click_reset(true)
        .show_crosshair(false)
        .min_size(egui::vec2(200.0, 200.0))
}

/// Draws a series of bars with its labels, open-ended extensions and conflict marks. Every
/// item carries the series' id, so hiding the series in the legend hides all of them.
pub fn draw_series(plot_ui: &mut PlotUi<'_>, series: &BarSeries, text_color: Color32, extent: f64) {
    let reach = extent * 0.08;
    draw_bars(plot_ui, series);
    draw_open_ends(plot_ui, series, reach);
    let [px_x, px_y] = plot_ui.transform().dpos_dvalue();
    for b in &series.bars {
        if b.open_above && !b.inside {
            draw_arrow(plot_ui, series, b, reach);
        }
        if b.label.is_empty() && !b.conflict {
            continue;
        }
        let marked = if b.conflict {
            format!("⚠ {}", b.label)
        } else {
            b.label.clone()
        };
        if b.inside || series.horizontal {
            let (room_along, room_across) = if series.horizontal {
                ((b.height * px_x).abs(), (b.width * px_y).abs())
            } else {
                ((b.height * px_y).abs(), (b.width * px_x).abs())
            };
            if let Some(label) = label_inside(&marked, series.horizontal, room_along, room_across) {
                let pos = if series.horizontal {
                    PlotPoint::new(b.base + b.height / 2.0, b.x)
                } else {
                    PlotPoint::new(b.x, b.base + b.height / 2.0)
                };
                let rich = RichText::new(label).color(text_on(series.color)).size(13.0);
                plot_ui.text(label_text(series, pos, rich, Align2::CENTER_CENTER));
            }
        } else {
            let lift = if b.open_above { reach * 1.15 } else { 0.0 } + extent * 0.01;
            let pos = PlotPoint::new(b.x, b.base + b.height + lift);
            let color = if b.conflict { CONFLICT_COLOR } else { text_color };
            let rich = RichText::new(&marked).color(color).size(13.0);
            plot_ui.text(label_text(series, pos, rich, Align2::CENTER_BOTTOM));
        }
    }
}

/// A label of a series' bar: carries the series' id so the legend hides it with its bars.
fn label_text(series: &BarSeries, pos: PlotPoint, rich: RichText, anchor: Align2) -> Text {
    Text::new(String::new(), pos, rich)
        .anchor(anchor)
        .id(series.name.as_str())
        .allow_hover(false)
}

/// Orients a bar along the series' axis.
fn oriented(series: &BarSeries, bar: Bar) -> Bar {
    if series.horizontal { bar.horizontal() } else { bar }
}

/// The bars themselves, outlined where the files disagree.
fn draw_bars(plot_ui: &mut PlotUi<'_>, series: &BarSeries) {
    // Plot items hash what `id` is given into their `ItemId`, as the legend does with names.
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
            .id(series.name.as_str())
            .allow_hover(false),
    );
}

/// Open-ended figures ("over", "at least") continue past their end in a fading segment.
fn draw_open_ends(plot_ui: &mut PlotUi<'_>, series: &BarSeries, reach: f64) {
    let fades: Vec<Bar> = series
        .bars
        .iter()
        .filter(|b| b.open_above && !b.inside)
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
    if !fades.is_empty() {
        plot_ui.bar_chart(
            BarChart::new(String::new(), fades)
                .id(series.name.as_str())
                .allow_hover(false),
        );
    }
}

/// The arrow on an open-ended figure's fading segment.
fn draw_arrow(plot_ui: &mut PlotUi<'_>, series: &BarSeries, b: &BarMark, reach: f64) {
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
            .id(series.name.as_str())
            .allow_hover(false),
    );
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

/// Tick labels with thousands separators.
pub fn thousands_label(mark: egui_plot::GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    if mark.value.fract() == 0.0 {
        crate::report::figure::thousands(mark.value)
    } else {
        format!("{}", mark.value)
    }
}

/// The tooltip of the visible bar under the pointer, if any.
pub fn hovered(plot_ui: &PlotUi<'_>, series: &[BarSeries], hidden: &BTreeSet<String>) -> Option<String> {
    let pointer = plot_ui.pointer_coordinate()?;
    series.iter().filter(|s| !hidden.contains(&s.name)).find_map(|s| {
        s.bars.iter().find_map(|b| {
            let (along, across) = if s.horizontal {
                (pointer.y, pointer.x)
            } else {
                (pointer.x, pointer.y)
            };
            let inside = (along - b.x).abs() <= b.width / 2.0 && across >= b.base && across <= b.base + b.height;
            inside.then(|| b.tooltip.clone())
        })
    })
}

/// Shows the hovered bar's tooltip in a framed tooltip that follows the pointer.
pub fn show_tooltip(response: &egui::Response, tooltip: Option<String>) {
    if let Some(text) = tooltip {
        response.clone().on_hover_text_at_pointer(text);
    }
}

/// Draws free text marks.
pub fn draw_texts(plot_ui: &mut PlotUi<'_>, texts: &[TextMark], strong: Color32, weak: Color32) {
    for t in texts {
        let color = if t.strong { strong } else { weak };
        let mut rich = RichText::new(&t.text).color(color).size(13.0);
        if t.strong {
            rich = rich.strong();
        }
        plot_ui.text(
            Text::new(String::new(), PlotPoint::new(t.x, t.y), rich)
                .anchor(t.anchor)
                .allow_hover(false),
        );
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

/// Grid marks at whole years only.
pub fn year_marks(years: &[i32]) -> impl Fn(egui_plot::GridInput) -> Vec<egui_plot::GridMark> + 'static {
    let years = years.to_vec();
    move |_input| {
        years
            .iter()
            .map(|&y| egui_plot::GridMark {
                value: f64::from(y),
                step_size: 1.0,
            })
            .collect()
    }
}

/// Formats a year tick; anything between years stays blank.
pub fn year_label(mark: egui_plot::GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    if mark.value.fract() == 0.0 {
        format!("{}", mark.value as i64)
    } else {
        String::new()
    }
}

/// Reads back which series the legend hides now; `Some` when the user changed it this frame.
pub fn hidden_after(
    ctx: &egui::Context,
    plot_id: egui::Id,
    names: &[String],
    hidden: &BTreeSet<String>,
) -> Option<BTreeSet<String>> {
    let memory = egui_plot::PlotMemory::load(ctx, plot_id)?;
    let now: BTreeSet<String> = names
        .iter()
        .filter(|n| memory.hidden_items.contains(&ItemId::new(n.as_str())))
        .cloned()
        .collect();
    let before: BTreeSet<String> = names.iter().filter(|n| hidden.contains(*n)).cloned().collect();
    (now != before).then(|| {
        let mut all: BTreeSet<String> = hidden.iter().filter(|n| !names.contains(n)).cloned().collect();
        all.extend(now);
        all
    })
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
}

/// Draws bars over years with labels, tooltips and legend; `extra` adds chart-specific marks.
/// Returns the hidden series when the user changed them in the legend.
pub fn year_bars_ui(
    ui: &mut egui::Ui,
    chart: &YearBars<'_>,
    options: &ChartOptions,
    focus: Option<When>,
    extra: impl FnOnce(&mut PlotUi<'_>, Color32),
) -> Option<BTreeSet<String>> {
    let focus_fill = ui.visuals().selection.bg_fill.gamma_multiply(0.35);
    let strong = ui.visuals().strong_text_color();
    let normal = ui.visuals().text_color();
    let hidden = options.hidden(chart.kind);
    let id = egui::Id::unique(("plot", chart.kind.key()));
    let names: Vec<String> = chart.series.iter().map(|s| s.name.clone()).collect();
    let (lo, hi) = match (chart.years.first(), chart.years.last()) {
        (Some(&a), Some(&b)) => (f64::from(a) - 0.6, f64::from(b) + 0.6),
        _ => (0.0, 1.0),
    };
    let extent = chart.extent;
    let response = base_plot(chart.kind.key(), hidden, "Year", chart.y_label)
        .id(id)
        .show_grid([false, true])
        .y_axis_formatter(thousands_label)
        .x_grid_spacer(year_marks(chart.years))
        .x_axis_formatter(year_label)
        .include_y(0.0)
        .include_y(extent * 1.25)
        .include_x(lo)
        .include_x(hi)
        .show(ui, |plot_ui| {
            let tip = hovered(plot_ui, chart.series, hidden);
            if let Some(when) = focus {
                let x = f64::from(when.year());
                focus_band(plot_ui, [x - 0.48, 0.0], [x + 0.48, extent * 1.2], focus_fill);
            }
            for s in chart.series {
                draw_series(plot_ui, s, strong, extent);
            }
            extra(plot_ui, strong);
            draw_texts(plot_ui, chart.texts, strong, normal);
            tip
        });
    show_tooltip(&response.response, response.inner);
    hidden_after(ui.ctx(), id, &names, hidden)
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
}
