//! Township control: per snapshot a 100 % bar of the country's townships, split into the
//! reported categories plus "not reported", ordered from resistance-held to junta-held; the
//! change of each category between snapshots; the named towns by status.

use std::collections::BTreeSet;

use super::{BarMark, BarSeries, Caption, ChartOptions, category_color};
use crate::report::figure::thousands;
use crate::report::model::Townships;
use crate::report::{Dataset, Role, Section, When};

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
}

/// Turns the dataset into the townships chart.
pub fn prepare(data: &Dataset, options: &ChartOptions) -> TownshipsData {
    let parts: Vec<_> = data
        .section(Section::Townships)
        .filter(|s| s.key.role == Role::Part)
        .collect();
    let totals = data.section(Section::Townships).find(|s| s.key.role == Role::Total);
    let mut snapshots: Vec<When> = data
        .section(Section::Townships)
        .flat_map(|s| s.points.iter().map(|p| p.when))
        .collect();
    snapshots.sort();
    snapshots.dedup();
    let mut categories: Vec<&str> = parts.iter().map(|s| s.key.category.as_str()).collect();
    let file_has_not_reported = categories.contains(&NOT_REPORTED);
    if !file_has_not_reported {
        categories.push(NOT_REPORTED);
    }
    categories.sort_by_key(|c| rank(c));
    let mut caption = Caption::for_section(data, Section::Townships);
    let total_at = |when: When| totals.and_then(|t| t.at(when)).map(|p| p.figure().value);
    if snapshots.iter().any(|w| total_at(*w).is_none()) {
        caption.notes.push(format!(
            "Where a report gives no national total, {} townships are assumed.",
            thousands(Townships::DEFAULT_TOTAL)
        ));
    }
    let mut series = Vec::new();
    let mut summary = Vec::new();
    let mut cumulative = vec![0.0; snapshots.len()];
    let mut grid = Vec::new();
    let mut grid_total = 0;
    for category in &categories {
        let hidden = options.hidden(super::ChartKind::Townships).contains(*category);
        let mut bars = Vec::new();
        for (row, &when) in snapshots.iter().enumerate() {
            let total = total_at(when).unwrap_or(Townships::DEFAULT_TOTAL);
            let (count, tooltip, point) = if *category == NOT_REPORTED && !file_has_not_reported {
                let reported: f64 = parts.iter().filter_map(|s| s.at(when)).map(|p| p.figure().value).sum();
                let rest = (total - reported).max(0.0);
                (
                    rest,
                    format!(
                        "not reported, as of {when}\n{} of {} townships are in no reported category",
                        thousands(rest),
                        thousands(total)
                    ),
                    None,
                )
            } else {
                let Some(s) = parts.iter().find(|s| s.key.category == *category) else {
                    continue;
                };
                let Some(p) = s.at(when) else { continue };
                (
                    p.figure().value,
                    format!(
                        "{category}, as of {when}\n{}",
                        super::figure_tooltip(data, p, crate::report::Unit::Count)
                    ),
                    Some(p),
                )
            };
            // A total of zero (allowed by the format) must not turn into NaN on the chart.
            let pct = count / total.max(1.0) * 100.0;
            let label = match point {
                Some(p) => format!("{} ({pct:.0} %)", super::claims_label(p, crate::report::Unit::Count)),
                None => format!("{} ({pct:.0} %)", thousands(count)),
            };
            bars.push(BarMark {
                x: -(row as f64),
                base: cumulative[row],
                height: pct,
                width: 0.7,
                label,
                tooltip: format!("{tooltip}\n{pct:.1} % of {} townships", thousands(total)),
                open_above: point.is_some_and(|p| p.figure().qualifier.open_above()),
                conflict: point.is_some_and(crate::report::Point::is_conflict),
                inside: true,
            });
            if !hidden {
                cumulative[row] += pct;
            }
            if row + 1 == snapshots.len() {
                if *category != NOT_REPORTED {
                    let value = point.map_or_else(
                        || thousands(count),
                        |p| super::claims_label(p, crate::report::Unit::Count),
                    );
                    summary.push(format!("{category} {value}"));
                }
                if !hidden {
                    grid.push(((*category).to_owned(), category_color(category), count.round() as u32));
                }
                grid_total = total.round() as u32;
            }
        }
        series.push(BarSeries {
            name: (*category).to_owned(),
            color: category_color(category),
            bars,
            horizontal: true,
        });
    }
    let rows = snapshots.iter().map(|w| format!("as of {w}")).collect();
    let mut changes = Vec::new();
    for pair in snapshots.windows(2) {
        for s in &parts {
            if let (Some(a), Some(b)) = (s.at(pair[0]), s.at(pair[1])) {
                let d = b.figure().value - a.figure().value;
                let sign = if d >= 0.0 { "+" } else { "−" };
                changes.push(format!(
                    "{}: {} → {} ({sign}{}) from {} to {}",
                    s.key.category,
                    a.figure().short(crate::report::Unit::Count),
                    b.figure().short(crate::report::Unit::Count),
                    thousands(d.abs()),
                    pair[0],
                    pair[1]
                ));
            }
        }
    }
    let mut towns: Vec<TownGroup> = Vec::new();
    for loaded in &data.reports {
        for t in loaded.report.townships.iter().rev() {
            for town in &t.towns {
                let name = match &town.region {
                    Some(r) => format!("{} ({r})", town.name),
                    None => town.name.clone(),
                };
                match towns.iter_mut().find(|g| g.status == town.status) {
                    Some(g) if !g.towns.contains(&name) => g.towns.push(name),
                    Some(_) => {}
                    None => towns.push(TownGroup {
                        status: town.status.clone(),
                        towns: vec![name],
                    }),
                }
            }
        }
    }
    towns.sort_by_key(|g| rank(&g.status));
    let latest = snapshots.last().map(ToString::to_string).unwrap_or_default();
    TownshipsData {
        title: "Township control".to_owned(),
        series,
        rows,
        changes,
        towns,
        caption,
        summary: format!("Townships as of {latest}: {}.", summary.join(", ")),
        grid,
        grid_total,
    }
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
    let parts: Vec<String> = chart.grid.iter().map(|(label, _, n)| format!("{n} {label}")).collect();
    let description = format!("One square per township, {} in all: {}", total, parts.join(", "));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &description));
}

/// Draws the townships chart and the named towns; returns the hidden series when changed.
pub fn ui(
    ui: &mut egui::Ui,
    chart: &TownshipsData,
    options: &ChartOptions,
    focus: Option<crate::report::When>,
) -> Option<BTreeSet<String>> {
    let strong = ui.visuals().strong_text_color();
    let focus_band = ui.visuals().selection.bg_fill.gamma_multiply(0.35);
    let id = egui::Id::unique(("plot", "townships"));
    let names: Vec<String> = chart.series.iter().map(|s| s.name.clone()).collect();
    let rows = chart.rows.clone();
    let list_height = 26.0 * (chart.towns.len() + chart.changes.len() + 2) as f32;
    let height = (170.0 + 130.0 * rows.len() as f32)
        .min(ui.available_height() - list_height)
        .max(150.0);
    let response = super::base_plot(
        "townships",
        options.hidden(super::ChartKind::Townships),
        "Share of the country's townships (%)",
        "",
    )
    .id(id)
    .show_grid([true, false])
    .height(height)
    .include_x(0.0)
    .include_x(100.0)
    .include_y(1.1)
    .include_y(-(rows.len() as f64) + 0.5)
    .y_grid_spacer(move |_| {
        (0..rows.len())
            .map(|i| egui_plot::GridMark {
                value: -(i as f64),
                step_size: 1.0,
            })
            .collect()
    })
    .y_axis_formatter({
        let rows = chart.rows.clone();
        move |mark, _| {
            let i = (-mark.value).round();
            if (mark.value + i).abs() < 1e-6 && i >= 0.0 {
                rows.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        }
    })
    .x_axis_formatter(|mark, _| format!("{:.0} %", mark.value))
    .show(ui, |plot_ui| {
        let tip = super::hovered(plot_ui, &chart.series, options.hidden(super::ChartKind::Townships));
        if let Some(row) = focus.and_then(|w| chart.rows.iter().position(|r| *r == format!("as of {w}"))) {
            // The snapshot a check points at, behind its bar.
            let y = -(row as f64);
            plot_ui.polygon(
                egui_plot::Polygon::new(
                    String::new(),
                    egui_plot::PlotPoints::from(vec![
                        [-2.0, y - 0.45],
                        [102.0, y - 0.45],
                        [102.0, y + 0.45],
                        [-2.0, y + 0.45],
                    ]),
                )
                .fill_color(focus_band)
                .stroke(egui::Stroke::NONE)
                .allow_hover(false),
            );
        }
        for s in &chart.series {
            super::draw_series(plot_ui, s, egui::Color32::BLACK, 100.0);
        }
        tip
    });
    super::show_tooltip(&response.response, response.inner);
    let _ = strong;
    let changed = super::hidden_after(ui.ctx(), id, &names, options.hidden(super::ChartKind::Townships));
    let room = ui.available_height() - list_height;
    if room > 80.0 {
        ui.add_space(6.0);
        ui.horizontal_top(|ui| {
            grid_ui(ui, chart, room - 12.0);
            ui.add_space(12.0);
            ui.vertical(|ui| {
                ui.label(format!(
                    "One square per township ({} in all), as of the latest snapshot:",
                    chart.grid_total
                ));
                for (label, colour, n) in &chart.grid {
                    ui.horizontal(|ui| {
                        let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                        ui.painter().rect_filled(rect, 2.0, *colour);
                        ui.label(format!("{n} {label}"));
                    });
                }
            });
        });
        ui.add_space(6.0);
    }
    if !chart.changes.is_empty() {
        ui.label(egui::RichText::new("Change between snapshots").strong());
        for c in &chart.changes {
            ui.label(c);
        }
    }
    if !chart.towns.is_empty() {
        ui.label(egui::RichText::new("Named towns").strong());
        egui::Grid::new("named-towns")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for g in &chart.towns {
                    ui.horizontal(|ui| {
                        let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                        ui.painter().rect_filled(rect, 2.0, category_color(&g.status));
                        ui.label(&g.status);
                    });
                    ui.label(g.towns.join(", "));
                    ui.end_row();
                }
            });
    }
    changed
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
        assert!(rest.tooltip.contains("252 of 330 townships"), "{}", rest.tooltip);
        assert!(chart.caption.notes[0].contains("330 townships are assumed"));
        assert_eq!(chart.towns[0].status, "captured");
        assert_eq!(chart.towns[0].towns.len(), 5);
        assert_eq!(chart.towns[1].status, "contested");
        assert_eq!(chart.rows, ["as of 2025-12-31"]);
        assert_eq!(chart.grid_total, 330);
        let grid: Vec<(&str, u32)> = chart.grid.iter().map(|(l, _, n)| (l.as_str(), *n)).collect();
        assert_eq!(grid, [("captured", 37), ("surrounded", 41), (NOT_REPORTED, 252)]);
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
    }
}
