//! Battles: the year's total beside each reported group, the group stacked by its breakdown,
//! with any part of the group's total its breakdown does not reach drawn as "not broken down".

use std::collections::BTreeSet;

use egui::Align2;

use super::{BarMark, BarSeries, Caption, ChartOptions, TextMark, category_color};
use crate::report::checks::{SumCheck, sum_check};
use crate::report::figure::{Unit, thousands};
use crate::report::{Dataset, Role, Section, When};

/// The legend name of the year totals.
pub const ALL_BATTLES: &str = "all battles";

/// The legend name of the part of a group's total its breakdown leaves out.
pub const NOT_BROKEN_DOWN: &str = "not broken down";

/// What the battles chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct BattlesData {
    /// Chart title.
    pub title: String,
    /// Year totals, then each breakdown category, then the unexplained remainder.
    pub series: Vec<BarSeries>,
    /// Labels above bars (totals and group names).
    pub labels: Vec<TextMark>,
    /// Years on the axis.
    pub years: Vec<i32>,
    /// Sources, claims, and the sum checks of each group.
    pub caption: Caption,
    /// A sentence for screen readers and alt text.
    pub summary: String,
}

/// Turns the dataset into the battles chart.
pub fn prepare(data: &Dataset, options: &ChartOptions) -> BattlesData {
    let all: Vec<_> = data.section(Section::Battles).collect();
    let years = super::years_of(all.iter().copied());
    let mut groups: Vec<&str> = Vec::new();
    for s in all.iter().filter(|s| !s.key.series.is_empty()) {
        if !groups.contains(&s.key.series.as_str()) {
            groups.push(&s.key.series);
        }
    }
    let slots = groups.len() + 1;
    let slot = 0.8 / slots as f64;
    let x_of = |year: i32, i: usize| f64::from(year) - 0.4 + slot * (i as f64 + 0.5);
    let mut series: Vec<BarSeries> = Vec::new();
    let mut labels = Vec::new();
    let mut caption = Caption::for_section(data, Section::Battles);
    let mut summary = Vec::new();
    if let Some(total) = all
        .iter()
        .find(|s| s.key.series.is_empty() && s.key.role == Role::Total)
    {
        let bars = total
            .points
            .iter()
            .map(|p| {
                let year = p.when.year();
                let change = total
                    .changes()
                    .into_iter()
                    .find(|c| c.to_year == year)
                    .map(|c| format!("\nChange: {}", c.describe(Unit::Count)))
                    .unwrap_or_default();
                summary.push(format!("{} battles in {year}", p.figure().long(Unit::Count)));
                BarMark {
                    x: x_of(year, 0),
                    base: 0.0,
                    height: p.figure().value,
                    width: slot * 0.8,
                    label: format!("{} all battles", super::claims_label(p, Unit::Count)),
                    tooltip: format!(
                        "All battles, {year}\n{}{change}",
                        super::figure_tooltip(data, p, Unit::Count)
                    ),
                    open_above: p.figure().qualifier.open_above(),
                    conflict: p.is_conflict(),
                    inside: false,
                }
            })
            .collect();
        series.push(BarSeries {
            name: ALL_BATTLES.to_owned(),
            color: category_color(ALL_BATTLES),
            bars,
            horizontal: false,
        });
    }
    let mut tops: Vec<((usize, i32), f64)> = Vec::new();
    let mut categories: Vec<&str> = Vec::new();
    for s in all
        .iter()
        .filter(|s| !s.key.series.is_empty() && s.key.role == Role::Part)
    {
        if !categories.contains(&s.key.category.as_str()) {
            categories.push(&s.key.category);
        }
    }
    for category in &categories {
        let hidden = options.hidden(super::ChartKind::Battles).contains(*category);
        let mut bars = Vec::new();
        for (gi, group) in groups.iter().enumerate() {
            let Some(s) = all
                .iter()
                .find(|s| s.key.series == *group && s.key.category == *category && s.key.role == Role::Part)
            else {
                continue;
            };
            for p in &s.points {
                let year = p.when.year();
                let top = match tops.iter_mut().find(|(k, _)| *k == (gi, year)) {
                    Some((_, t)) => t,
                    None => {
                        tops.push(((gi, year), 0.0));
                        &mut tops.last_mut().expect("just pushed").1
                    }
                };
                let base = *top;
                if !hidden {
                    *top += p.figure().value;
                }
                bars.push(BarMark {
                    x: x_of(year, gi + 1),
                    base,
                    height: p.figure().value,
                    width: slot * 0.8,
                    label: super::claims_label(p, Unit::Count),
                    tooltip: format!(
                        "{category}, {group}, {year}\n{}",
                        super::figure_tooltip(data, p, Unit::Count)
                    ),
                    open_above: p.figure().qualifier.open_above(),
                    conflict: p.is_conflict(),
                    inside: true,
                });
            }
        }
        series.push(BarSeries {
            name: (*category).to_owned(),
            color: category_color(category),
            bars,
            horizontal: false,
        });
    }
    let mut rest = Vec::new();
    for (gi, group) in groups.iter().enumerate() {
        let Some(total) = all.iter().find(|s| s.key.series == *group && s.key.role == Role::Total) else {
            continue;
        };
        for p in &total.points {
            let year = p.when.year();
            let parts: Vec<(String, crate::report::Figure)> = all
                .iter()
                .filter(|s| s.key.series == *group && s.key.role == Role::Part)
                .filter_map(|s| {
                    s.at(When::Year(year))
                        .map(|q| (s.key.category.clone(), q.figure().clone()))
                })
                .collect();
            let top = tops.iter().find(|(k, _)| *k == (gi, year)).map_or(0.0, |(_, t)| *t);
            let sum: f64 = parts.iter().map(|(_, f)| f.value).sum();
            let check = if parts.is_empty() {
                SumCheck::Adds
            } else {
                sum_check(&parts, p.figure())
            };
            let gap = p.figure().value - sum;
            let words = match &check {
                SumCheck::Adds => String::new(),
                SumCheck::OnlyIf(m) | SumCheck::Disjoint(m) => m.clone(),
            };
            if !words.is_empty() {
                caption.notes.push(format!("{year}, {group}: {words}."));
            }
            if gap > 0.0 {
                rest.push(BarMark {
                    x: x_of(year, gi + 1),
                    base: top,
                    height: gap,
                    width: slot * 0.8,
                    label: String::new(),
                    tooltip: format!(
                        "{group}, {year}\n{} of the reported {} are not in the breakdown.\n{words}",
                        thousands(gap),
                        p.figure().short(Unit::Count)
                    ),
                    open_above: false,
                    conflict: false,
                    inside: false,
                });
                if !options.hidden(super::ChartKind::Battles).contains(NOT_BROKEN_DOWN) {
                    labels.push(TextMark {
                        x: x_of(year, gi + 1) + slot * 0.42,
                        y: top + gap / 2.0,
                        text: format!("← {} not broken down", thousands(gap)),
                        anchor: Align2::LEFT_CENTER,
                        strong: false,
                    });
                }
            }
            labels.push(TextMark {
                x: x_of(year, gi + 1),
                y: p.figure().value.max(top),
                text: format!("{} {}", super::claims_label(p, Unit::Count), short_group(group)),
                anchor: Align2::CENTER_BOTTOM,
                strong: true,
            });
            summary.push(format!("{group}: {} in {year}", p.figure().long(Unit::Count)));
        }
    }
    if !rest.is_empty() {
        series.push(BarSeries {
            name: NOT_BROKEN_DOWN.to_owned(),
            color: category_color(NOT_BROKEN_DOWN),
            bars: rest,
            horizontal: false,
        });
    }
    BattlesData {
        title: "Battles per year".to_owned(),
        series,
        labels,
        years,
        caption,
        summary: format!("{}.", summary.join("; ")),
    }
}

/// The part of a group label before its first comma, for tight labels.
fn short_group(group: &str) -> String {
    group.split(',').next().unwrap_or(group).trim().to_owned()
}

/// Draws the battles chart; returns the hidden series when the user changed them.
pub fn ui(
    ui: &mut egui::Ui,
    chart: &BattlesData,
    options: &ChartOptions,
    focus: Option<crate::report::When>,
) -> Option<BTreeSet<String>> {
    let bars = super::YearBars {
        kind: super::ChartKind::Battles,
        y_label: "Battles",
        series: &chart.series,
        texts: &chart.labels,
        years: &chart.years,
        extent: super::extent(&chart.series),
    };
    super::year_bars_ui(ui, &bars, options, focus, |_, _| {})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_year() {
        let chart = prepare(&Dataset::merge(vec![crate::report::sample()]), &ChartOptions::default());
        let names: Vec<&str> = chart.series.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                ALL_BATTLES,
                "major engagements",
                "minor operations",
                "drone-only attacks",
                NOT_BROKEN_DOWN
            ]
        );
        assert_eq!(chart.series[0].bars[0].height, 7139.0);
        let drones = &chart.series[3].bars[0];
        assert_eq!(drones.base, 1386.0 + 807.0);
        assert!(drones.open_above);
        let rest = &chart.series[4].bars[0];
        assert_eq!(rest.height, 90.0);
        assert!(
            rest.tooltip.contains("only if drone-only attacks were 791"),
            "{}",
            rest.tooltip
        );
        assert_eq!(chart.labels[0].text, "← 90 not broken down");
        assert_eq!(chart.labels[1].text, "2,984 PDF and PDO");
        assert!(chart.caption.notes[0].contains("only if drone-only attacks were 791"));
    }
}
