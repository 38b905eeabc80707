//! Losses: bars per year stacked by category with the total labelled; `other` figures (such as
//! defections) drawn beside the stack, not in it; a reported total that differs from its parts
//! drawn as a dashed line across the stack.

use std::collections::BTreeSet;

use egui::Align2;
use egui_plot::{Line, LineStyle, PlotPoints};

use super::{BarMark, BarSeries, Caption, ChartOptions, TextMark, category_color};
use crate::report::figure::{Unit, thousands};
use crate::report::{Dataset, Role, Section, When};

/// The legend name of totals reported without a breakdown.
pub const TOTAL_ONLY: &str = "total, no breakdown";

/// A reported total that is not the sum of its stacked parts.
#[derive(Clone, Debug, PartialEq)]
pub struct TotalMark {
    /// Centre of the stack.
    pub x: f64,
    /// Height of the reported total.
    pub y: f64,
    /// Half the stack's width.
    pub half_width: f64,
}

/// What the losses chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct LossesData {
    /// Chart title.
    pub title: String,
    /// Stacked parts first, then the `other` figures.
    pub series: Vec<BarSeries>,
    /// Totals above the stacks.
    pub labels: Vec<TextMark>,
    /// Reported totals that differ from the sum of the parts.
    pub totals: Vec<TotalMark>,
    /// Years on the axis.
    pub years: Vec<i32>,
    /// Sources and claims.
    pub caption: Caption,
    /// A sentence for screen readers and alt text.
    pub summary: String,
}

/// Turns the dataset into the losses chart.
pub fn prepare(data: &Dataset, options: &ChartOptions) -> LossesData {
    let all: Vec<_> = data.section(Section::Losses).collect();
    let mut sides: Vec<&str> = Vec::new();
    for s in &all {
        if !sides.contains(&s.key.series.as_str()) {
            sides.push(&s.key.series);
        }
    }
    let years = super::years_of(all.iter().copied());
    let group = 0.8 / sides.len().max(1) as f64;
    let mut series: Vec<BarSeries> = Vec::new();
    let mut labels = Vec::new();
    let mut totals = Vec::new();
    let mut summary = Vec::new();
    let mut total_only = Vec::new();
    for (si, side) in sides.iter().enumerate() {
        let centre = (si as f64 - (sides.len() as f64 - 1.0) / 2.0) * group;
        let stack_x = centre - group * 0.15;
        let other_x = centre + group * 0.33;
        let name_of = |category: &str| {
            if sides.len() > 1 {
                format!("{category} ({side})")
            } else {
                category.to_owned()
            }
        };
        let mut stack_top: Vec<(i32, f64)> = years.iter().map(|&y| (y, 0.0)).collect();
        for role in [Role::Part, Role::Other] {
            for s in all.iter().filter(|s| s.key.series == *side && s.key.role == role) {
                let name = name_of(&s.key.category);
                let hidden = options.hidden(super::ChartKind::Losses).contains(&name);
                let mut bars = Vec::new();
                for p in &s.points {
                    let year = p.when.year();
                    let figure = p.figure();
                    let top = stack_top.iter_mut().find(|(y, _)| *y == year);
                    let (x, base, width) = match role {
                        Role::Part => {
                            let base = top.as_ref().map_or(0.0, |(_, t)| *t);
                            (f64::from(year) + stack_x, base, group * 0.6)
                        }
                        _ => (f64::from(year) + other_x, 0.0, group * 0.25),
                    };
                    if role == Role::Part
                        && !hidden
                        && let Some((_, t)) = top
                    {
                        *t += figure.value;
                    }
                    let beside = if role == Role::Other {
                        "\nReported beside the total, not part of it."
                    } else {
                        ""
                    };
                    let change = s
                        .changes()
                        .into_iter()
                        .find(|c| c.to_year == year)
                        .map(|c| format!("\nChange: {}", c.describe(Unit::Count)))
                        .unwrap_or_default();
                    bars.push(BarMark {
                        x,
                        base,
                        height: figure.value,
                        width,
                        label: if role == Role::Other {
                            format!("{} {}", super::claims_label(p, Unit::Count), s.key.category)
                        } else {
                            super::claims_label(p, Unit::Count)
                        },
                        tooltip: format!(
                            "{} ({side}), {year}\n{}{change}{beside}",
                            s.key.category,
                            super::figure_tooltip(data, p, Unit::Count)
                        ),
                        open_above: figure.qualifier.open_above(),
                        conflict: p.is_conflict(),
                        inside: role == Role::Part,
                    });
                }
                series.push(BarSeries {
                    name,
                    color: category_color(&s.key.category),
                    bars,
                    horizontal: false,
                });
            }
        }
        let total_series = all.iter().find(|s| s.key.series == *side && s.key.role == Role::Total);
        for &(year, top) in &stack_top {
            let reported = total_series.and_then(|t| t.at(When::Year(year)));
            let parts_hidden = all.iter().any(|s| {
                s.key.series == *side
                    && s.key.role == Role::Part
                    && options
                        .hidden(super::ChartKind::Losses)
                        .contains(&name_of(&s.key.category))
            });
            let x = f64::from(year) + stack_x;
            let parts_here: Vec<&crate::report::Figure> = all
                .iter()
                .filter(|s| s.key.series == *side && s.key.role == Role::Part)
                .filter_map(|s| s.at(When::Year(year)).map(crate::report::Point::figure))
                .collect();
            let open = if parts_here.iter().any(|f| f.qualifier.open_above()) {
                "≥ "
            } else {
                ""
            };
            if let (Some(r), true) = (reported, parts_here.is_empty()) {
                // A total without a breakdown still gets its bar.
                total_only.push(BarMark {
                    x,
                    base: 0.0,
                    height: r.figure().value,
                    width: group * 0.6,
                    label: String::new(),
                    tooltip: format!(
                        "total ({side}), {year}\n{}\nNo breakdown was reported for this year.",
                        super::figure_tooltip(data, r, Unit::Count)
                    ),
                    open_above: r.figure().qualifier.open_above(),
                    conflict: r.is_conflict(),
                    inside: false,
                });
            }
            let text = match reported {
                Some(r) if parts_here.is_empty() => format!("{} total, no breakdown", total_label(r)),
                Some(r) if r.figure().value != top && !parts_hidden => {
                    totals.push(TotalMark {
                        x,
                        y: r.figure().value,
                        half_width: group * 0.36,
                    });
                    format!("parts {open}{}; reported {}", thousands(top), total_label(r))
                }
                Some(r) if !parts_hidden => format!("{} total", total_label(r)),
                _ if top > 0.0 => format!("{} shown", thousands(top)),
                _ => continue,
            };
            let y = reported.map_or(top, |r| r.figure().value.max(top));
            labels.push(TextMark {
                x,
                y,
                text,
                anchor: Align2::CENTER_BOTTOM,
                strong: true,
            });
            summary.push(year_sentence(&all, side, year, reported));
        }
    }
    if !total_only.is_empty() {
        series.push(BarSeries {
            name: TOTAL_ONLY.to_owned(),
            color: category_color("total"),
            bars: total_only,
            horizontal: false,
        });
    }
    let title = match sides.as_slice() {
        [one] => format!("Losses per year ({one})"),
        _ => "Losses per year".to_owned(),
    };
    LossesData {
        title,
        series,
        labels,
        totals,
        years,
        caption: Caption::for_section(data, Section::Losses),
        summary: summary.join(" "),
    }
}

/// One year of one side in words, every figure with its qualifier: "In 2025, junta losses were
/// 9,549 in total: killed 5,699, injured 2,726, captured 1,124; reported beside the total: defected 536."
fn year_sentence(
    all: &[&crate::report::Series],
    side: &str,
    year: i32,
    total: Option<&crate::report::Point>,
) -> String {
    let words = |p: &crate::report::Point| {
        let values: Vec<String> = p.claims.iter().map(|c| c.figure.long(Unit::Count)).collect();
        let disputed = if p.is_conflict() { " (the files disagree)" } else { "" };
        format!("{}{disputed}", values.join(" or "))
    };
    let list = |role: Role| -> Vec<String> {
        all.iter()
            .filter(|s| s.key.series == side && s.key.role == role)
            .filter_map(|s| {
                s.at(When::Year(year))
                    .map(|p| format!("{} {}", s.key.category, words(p)))
            })
            .collect()
    };
    let mut out = match total {
        Some(t) => format!("In {year}, {side} losses were {} in total", words(t)),
        None => format!("In {year}, {side} losses (no total reported)"),
    };
    let parts = list(Role::Part);
    if !parts.is_empty() {
        out.push_str(&format!(": {}", parts.join(", ")));
    }
    let other = list(Role::Other);
    if !other.is_empty() {
        out.push_str(&format!("; reported beside the total: {}", other.join(", ")));
    }
    out.push('.');
    out
}

/// A reported total for a label: every claimed value, ⚠ when files disagree.
fn total_label(point: &crate::report::Point) -> String {
    let values = super::claims_label(point, Unit::Count);
    if point.is_conflict() {
        format!("⚠ {values}")
    } else {
        values
    }
}

/// Draws the losses chart; returns the hidden series when the user changed them.
pub fn ui(
    ui: &mut egui::Ui,
    chart: &LossesData,
    options: &ChartOptions,
    focus: Option<crate::report::When>,
) -> Option<BTreeSet<String>> {
    let bars = super::YearBars {
        kind: super::ChartKind::Losses,
        y_label: "People",
        series: &chart.series,
        texts: &chart.labels,
        years: &chart.years,
        extent: super::extent(&chart.series).max(chart.totals.iter().map(|t| t.y).fold(0.0, f64::max)),
    };
    super::year_bars_ui(ui, &bars, options, focus, |plot_ui, strong| {
        for t in &chart.totals {
            plot_ui.line(
                Line::new(
                    String::new(),
                    PlotPoints::from(vec![[t.x - t.half_width, t.y], [t.x + t.half_width, t.y]]),
                )
                .color(strong)
                .width(2.0)
                .style(LineStyle::dashed_dense())
                .allow_hover(false),
            );
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_year_stacked_with_defections_beside() {
        let data = Dataset::merge(vec![crate::report::sample()]);
        let chart = prepare(&data, &ChartOptions::default());
        assert_eq!(chart.title, "Losses per year (junta)");
        let names: Vec<&str> = chart.series.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["killed", "injured", "captured", "defected"]);
        let killed = &chart.series[0].bars[0];
        let injured = &chart.series[1].bars[0];
        let captured = &chart.series[2].bars[0];
        assert_eq!((killed.base, killed.height), (0.0, 5699.0));
        assert_eq!(injured.base, 5699.0);
        assert_eq!(captured.base, 5699.0 + 2726.0);
        let defected = &chart.series[3].bars[0];
        assert_eq!(defected.base, 0.0, "defections are not stacked");
        assert!(defected.x > killed.x);
        assert!(defected.tooltip.contains("not part of it"));
        assert_eq!(chart.labels[0].text, "9,549 total");
        assert!(chart.totals.is_empty(), "the parts add up");
        assert_eq!(chart.series[0].color, category_color("killed"));
    }

    #[test]
    fn a_total_that_differs_is_visible() {
        let report = crate::report::LoadedReport::from_bytes(
            br#"{"fieldreport":1,"title":"t","losses":[{"year":2024,"side":"junta","total":100,"breakdown":{"killed":60,"injured":30}}]}"#,
            "t.json",
            None,
        )
        .expect("valid");
        let chart = prepare(&Dataset::merge(vec![report]), &ChartOptions::default());
        assert_eq!(chart.totals.len(), 1);
        assert_eq!(chart.totals[0].y, 100.0);
        assert_eq!(chart.labels[0].text, "parts 90; reported 100");
    }

    #[test]
    fn a_total_without_parts_gets_a_bar_not_a_gap() {
        let report = crate::report::LoadedReport::from_bytes(
            br#"{"fieldreport":1,"title":"t","losses":[{"year":2024,"side":"junta","total":{"value":8000,"qualifier":"over"}}]}"#,
            "t.json",
            None,
        )
        .expect("valid");
        let chart = prepare(&Dataset::merge(vec![report]), &ChartOptions::default());
        assert!(chart.totals.is_empty());
        assert_eq!(chart.labels[0].text, "> 8,000 total, no breakdown");
        let total = chart.series.iter().find(|s| s.name == TOTAL_ONLY).expect("a bar");
        assert_eq!(total.bars[0].height, 8000.0);
        assert!(total.bars[0].open_above);
    }

    #[test]
    fn hiding_a_category_restacks_the_rest() {
        let data = Dataset::merge(vec![crate::report::sample()]);
        let mut options = ChartOptions::default();
        options.hide(crate::charts::ChartKind::Losses, "killed");
        let chart = prepare(&data, &options);
        assert_eq!(chart.series[1].bars[0].base, 0.0, "injured now starts at zero");
        assert_eq!(chart.labels[0].text, "3,850 shown");
    }
}
