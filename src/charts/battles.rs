//! Battles: the year's total beside each reported group, the group stacked by its breakdown,
//! with any part of the group's total its breakdown does not reach drawn as "not broken down".

use std::collections::HashMap;

use egui::Align2;

use super::marks::{self, BarMark, BarSeries, Caption, Flags, TextMark, category_color};
use super::{ChartKind, ChartOptions, ChartView, DrawContext, Drawn};
use crate::i18n::Tr;
use crate::report::checks::{SumCheck, sum_check_in};
use crate::report::model::figure::Unit;
use crate::report::{Dataset, Point, Role, Section, Series, SeriesKey};

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
    /// Qualified or disputed figures shown.
    pub flags: Flags,
}

/// A reported group of battles: its parts by category, and its total.
struct Group<'a> {
    label: &'a str,
    parts: Vec<&'a Series>,
    total: Option<&'a Series>,
}

/// Where bars stand within a year: the year's total first, then one slot per group.
#[derive(Clone, Copy)]
struct Slots {
    slot: f64,
}

impl Slots {
    fn x(self, year: i32, i: usize) -> f64 {
        f64::from(year) - 0.4 + self.slot * (i as f64 + 0.5)
    }
}

/// The groups in first-seen order, with their series.
fn groups<'a>(all: &[&'a Series]) -> Vec<Group<'a>> {
    let mut out: Vec<Group<'a>> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for s in all.iter().filter(|s| !s.key.series.is_empty()) {
        let i = *index.entry(s.key.series.as_str()).or_insert_with(|| {
            out.push(Group {
                label: &s.key.series,
                parts: Vec::new(),
                total: None,
            });
            out.len() - 1
        });
        match s.key.role {
            Role::Part => out[i].parts.push(s),
            Role::Total => out[i].total = out[i].total.or(Some(s)),
            _ => {}
        }
    }
    out
}

/// Turns the dataset into the battles chart.
pub fn prepare(data: &Dataset, options: &ChartOptions) -> BattlesData {
    let all: Vec<&Series> = data.section(Section::Battles).collect();
    let index = marks::SeriesIndex::new(data);
    let making = marks::Making::new(data, &index, options.tr);
    let reports = making.reports;
    let groups = groups(&all);
    let slots = Slots {
        slot: 0.8 / (groups.len() + 1) as f64,
    };
    let hidden = options.hidden(ChartKind::Battles);
    let mut chart = BattlesData {
        title: options.tr.t("title-battles"),
        series: Vec::new(),
        labels: Vec::new(),
        years: marks::years_of(all.iter().copied()),
        caption: Caption::for_section(data, Section::Battles, options.tr),
        summary: String::new(),
        flags: Flags::default(),
    };
    let mut summary = Vec::new();
    // The points shown, for the note on the years a later report restated.
    let mut shown: Vec<&Point> = Vec::new();
    let year_total = all
        .iter()
        .find(|s| s.key.series.is_empty() && s.key.role == Role::Total);
    if let Some(total) = year_total {
        summary.extend(total.points.iter().map(|p| {
            let (n, said) = marks::values_words_in(options.tr, p, Unit::Count, reports);
            let year = options.tr.year(p.when.year());
            let sentence = options
                .tr
                .f("sum-battles-year", &[("n", n.into()), ("year", year.into())]);
            format!("{sentence}{said}")
        }));
        if !hidden.contains(ALL_BATTLES) {
            shown.extend(&total.points);
        }
        chart.series.push(BarSeries {
            name: ALL_BATTLES.to_owned(),
            label: options.tr.term(ALL_BATTLES).into_owned(),
            color: category_color(ALL_BATTLES),
            bars: year_total_bars(making, total, slots),
            horizontal: false,
        });
    }
    let mut tops: HashMap<(usize, i32), f64> = HashMap::new();
    let mut by_category: HashMap<&str, Vec<(usize, &Series)>> = HashMap::new();
    for (gi, group) in groups.iter().enumerate() {
        for s in &group.parts {
            by_category.entry(s.key.category.as_str()).or_default().push((gi, *s));
        }
    }
    let categories = all
        .iter()
        .filter(|s| !s.key.series.is_empty() && s.key.role == Role::Part)
        .map(|s| s.key.category.as_str());
    for category in marks::distinct(categories) {
        let in_groups = by_category.get(category).map_or(&[][..], Vec::as_slice);
        if !hidden.contains(category) {
            shown.extend(in_groups.iter().flat_map(|(_, s)| &s.points));
        }
        let bars = category_bars(making, &groups, in_groups, slots, &mut tops, hidden.contains(category));
        chart.series.push(BarSeries {
            name: category.to_owned(),
            label: options.tr.term(category).into_owned(),
            color: category_color(category),
            bars,
            horizontal: false,
        });
    }
    let mut rest = Vec::new();
    for (gi, group) in groups.iter().enumerate() {
        let Some(total) = group.total else { continue };
        for p in &total.points {
            let year = p.when.year();
            let top = tops.get(&(gi, year)).copied().unwrap_or(0.0);
            let x = slots.x(year, gi + 1);
            let (gap, words) = unexplained(group, p, options.tr);
            if !words.is_empty() {
                chart.caption.notes.push(options.tr.f(
                    "note-group-year",
                    &[
                        ("year", options.tr.year(year).into()),
                        ("group", group.label.into()),
                        ("words", words.as_str().into()),
                    ],
                ));
            }
            if gap > 0.0 {
                rest.push(BarMark {
                    x,
                    base: top,
                    height: gap,
                    width: slots.slot * 0.8,
                    tooltip: format!(
                        "{}\n{}\n{words}",
                        options.tr.f(
                            "tip-what-year",
                            &[("what", group.label.into()), ("year", options.tr.year(year).into())]
                        ),
                        options.tr.f(
                            "tip-not-in-breakdown",
                            &[
                                ("gap", options.tr.n(gap).into()),
                                ("total", p.figure().short_in(options.tr, Unit::Count).into())
                            ]
                        ),
                    ),
                    ..BarMark::default()
                });
                if !hidden.contains(NOT_BROKEN_DOWN) {
                    chart.labels.push(TextMark {
                        x: x + slots.slot * 0.42,
                        y: top + gap / 2.0,
                        text: options
                            .tr
                            .f("label-not-broken-down", &[("n", options.tr.n(gap).into())]),
                        short: String::new(),
                        anchor: Align2::LEFT_CENTER,
                        strong: false,
                        qualified: false,
                        disputed: false,
                        // A caveat on the total: placed before the labels around it.
                        priority: super::labels::priority::DISPUTED,
                    });
                }
            }
            let values = marks::restated_claims_label_in(options.tr, p, Unit::Count, reports);
            chart.labels.push(TextMark {
                x,
                y: p.figure().value.max(top),
                text: format!("{values} {}", short_group(group.label)),
                short: values,
                anchor: Align2::CENTER_BOTTOM,
                strong: true,
                qualified: marks::is_qualified(p),
                disputed: p.is_dispute(reports),
                priority: 0,
            });
            shown.push(p);
            let (n, said) = marks::values_words_in(options.tr, p, Unit::Count, reports);
            let sentence = options.tr.f(
                "sum-battles-group",
                &[
                    ("group", group.label.into()),
                    ("n", n.into()),
                    ("year", options.tr.year(year).into()),
                ],
            );
            summary.push(format!("{sentence}{said}"));
        }
    }
    if !rest.is_empty() {
        chart.series.push(BarSeries {
            name: NOT_BROKEN_DOWN.to_owned(),
            label: options.tr.term(NOT_BROKEN_DOWN).into_owned(),
            color: category_color(NOT_BROKEN_DOWN),
            bars: rest,
            horizontal: false,
        });
    }
    chart.summary = options.tr.f("sum-end", &[("text", summary.join("; ").into())]);
    chart
        .caption
        .notes
        .extend(marks::restated_note_in(options.tr, shown, reports));
    marks::distinct_colors(&mut chart.series);
    marks::prioritize(&mut chart.series, &mut chart.labels);
    chart.flags = Flags::of(&chart.series, &chart.labels, hidden);
    chart
}

/// The bars of the year totals, in the first slot of each year.
fn year_total_bars(making: marks::Making<'_>, total: &Series, slots: Slots) -> Vec<BarMark> {
    let tr = making.tr;
    let changes = total.changes();
    total
        .points
        .iter()
        .enumerate()
        .map(|(pi, p)| {
            let year = p.when.year();
            let change = changes
                .binary_search_by_key(&year, |c| c.to_year)
                .ok()
                .map(|i| {
                    format!(
                        "\n{}",
                        tr.f(
                            "tip-change",
                            &[("change", changes[i].describe_in(tr, Unit::Count).into())]
                        )
                    )
                })
                .unwrap_or_default();
            let bar = making.count_bar(total, (pi, p));
            BarMark {
                x: slots.x(year, 0),
                base: 0.0,
                height: p.figure().value,
                width: slots.slot * 0.8,
                label: tr.f("label-all-battles", &[("n", bar.label.as_str().into())]),
                tooltip: tr.f("tip-all-battles", &[("year", tr.year(year).into())]),
                tooltip_tail: change,
                ..bar
            }
        })
        .collect()
}

/// One breakdown category's bars in every group that reports it (`(group index, series)`, in
/// group order), stacked on what the group's visible categories already reach.
fn category_bars(
    making: marks::Making<'_>,
    groups: &[Group<'_>],
    in_groups: &[(usize, &Series)],
    slots: Slots,
    tops: &mut HashMap<(usize, i32), f64>,
    hidden: bool,
) -> Vec<BarMark> {
    let tr = making.tr;
    let mut bars = Vec::new();
    for &(gi, s) in in_groups {
        for (pi, p) in s.points.iter().enumerate() {
            let year = p.when.year();
            let top = tops.entry((gi, year)).or_insert(0.0);
            let base = *top;
            if !hidden {
                *top += p.figure().value;
            }
            bars.push(BarMark {
                x: slots.x(year, gi + 1),
                base,
                height: p.figure().value,
                width: slots.slot * 0.8,
                tooltip: tr.f(
                    "tip-what-group-year",
                    &[
                        ("what", tr.term(&s.key.category).into_owned().into()),
                        ("group", groups[gi].label.into()),
                        ("year", tr.year(year).into()),
                    ],
                ),
                inside: true,
                ..making.count_bar(s, (pi, p))
            });
        }
    }
    bars
}

/// How much of a group's total its breakdown leaves out (by the figures' own numbers), and
/// what the sum check says of it ("" when the parts add up).
fn unexplained(group: &Group<'_>, total: &Point, tr: Tr) -> (f64, String) {
    let year = total.when;
    let parts: Vec<(String, crate::report::Figure)> = group
        .parts
        .iter()
        .filter_map(|s| s.at(year).map(|q| (s.key.category.clone(), q.figure().clone())))
        .collect();
    let sum: f64 = parts.iter().map(|(_, f)| f.value).sum();
    let check = if parts.is_empty() {
        SumCheck::Adds
    } else {
        sum_check_in(&parts, total.figure(), tr)
    };
    let words = match check {
        SumCheck::Adds => String::new(),
        SumCheck::OnlyIf(m) | SumCheck::Disjoint(m) => m,
    };
    (total.figure().value - sum, words)
}

/// The part of a group label before its first comma, for tight labels.
fn short_group(group: &str) -> String {
    group.split(',').next().unwrap_or(group).trim().to_owned()
}

impl ChartView for BattlesData {
    fn kind(&self) -> ChartKind {
        ChartKind::Battles
    }

    super::words_from_fields!();

    fn years(&self) -> Option<(i32, i32)> {
        marks::span(&self.years)
    }

    fn is_empty(&self) -> bool {
        self.series.is_empty()
    }

    fn legend(&self) -> Vec<String> {
        self.series.iter().map(|s| s.name.clone()).collect()
    }

    fn shows(&self, key: &SeriesKey, options: &ChartOptions) -> bool {
        let hidden = options.hidden(ChartKind::Battles);
        match key.role {
            Role::Total if key.series.is_empty() => !hidden.contains(ALL_BATTLES),
            // A group's total is its label, never hidden through the legend.
            Role::Total => true,
            _ => !hidden.contains(&key.category),
        }
    }

    fn ui(&self, ui: &mut egui::Ui, ctx: &DrawContext<'_>) -> Drawn {
        let bars = super::plot::YearBars {
            kind: ChartKind::Battles,
            y_label: &ctx.options.tr.t("axis-battles"),
            series: &self.series,
            texts: &self.labels,
            years: &self.years,
            // "← 90 not broken down" stands right of the last group's bar.
            right_room: if self.labels.iter().any(|t| t.anchor == Align2::LEFT_CENTER) {
                0.45
            } else {
                0.0
            },
            extent: marks::extent(&self.series),
        };
        super::plot::year_bars_ui(ui, &bars, ctx, |_, _| {})
    }
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
        assert!(drones.open_above && drones.qualified);
        let rest = &chart.series[4].bars[0];
        assert_eq!(rest.height, 90.0);
        let tip = rest.tooltip_text_in(crate::i18n::Tr::EN, None);
        assert!(tip.contains("only if drone-only attacks were 791"), "{tip}");
        assert_eq!(chart.labels[0].text, "← 90 not broken down");
        assert_eq!(chart.labels[1].text, "2,984 PDF and PDO");
        assert!(chart.caption.notes[0].contains("only if drone-only attacks were 791"));
        assert!(chart.flags.qualified && !chart.flags.disputed);
    }

    /// The year after the sample's review, published a year later, restating 2025: 7,200 battles
    /// where the sample gave 7,139, the group's 3,050 where it gave 2,984, its major engagements
    /// 1,450 where it gave 1,386.
    const LATER: &[u8] = br#"{"fieldreport":1,"title":"2026 review","published":"2027-01-05",
        "period":{"from":"2026-01-01","to":"2026-12-31"},
        "battles":[{"year":2025,"restated":true,"total":7200,"groups":[
            {"label":"PDF and PDO, Anyar and Sittaung River Basin","total":3050,
             "breakdown":{"major engagements":1450,"minor operations":807,
                "drone-only attacks":{"value":701,"qualifier":"at_least"}}}]}]}"#;

    fn later() -> crate::report::LoadedReport {
        crate::report::LoadedReport::from_bytes(LATER, "later.json", None).expect("valid")
    }

    #[test]
    fn a_restated_year_is_drawn_at_the_later_value_with_the_earlier_one_marked() {
        marks::testing::with_sample_and_later(later, |data| {
            let chart = prepare(data, &ChartOptions::default());
            let all = &chart.series[0].bars[0];
            marks::testing::assert_restated_bar(all, data, ("7,139", "7,200"));
            assert_eq!(all.label, "7,200 ↻ all battles");
            let major = &chart.series[1].bars[0];
            assert_eq!((major.height, major.earlier), (1450.0, Some(1386.0)));
            assert!(!major.conflict);
            assert_eq!(chart.series[2].bars[0].earlier, None, "minor operations agree");
            let group = chart.labels.iter().find(|t| t.strong).expect("the group's total");
            assert_eq!(group.text, "3,050 ↻ PDF and PDO");
            assert!(!group.disputed);
            assert!(
                chart
                    .caption
                    .notes
                    .iter()
                    .any(|n| n == marks::testing::RESTATED_2025_NOTE),
                "{:?}",
                chart.caption.notes
            );
            for said in [
                "7,200 battles in 2025 (↻ restated by a later report from 7,139)",
                "PDF and PDO, Anyar and Sittaung River Basin: 3,050 in 2025 (↻ restated by a later report from 2,984)",
            ] {
                assert!(chart.summary.contains(said), "{}", chart.summary);
            }
            assert!(!chart.summary.contains("disagree"), "{}", chart.summary);
            assert!(!chart.flags.disputed);
        });
    }

    #[test]
    fn a_third_value_keeps_a_restated_year_disputed() {
        let third = crate::report::LoadedReport::from_bytes(
            br#"{"fieldreport":1,"title":"t","battles":[{"year":2025,"total":7300}]}"#,
            "third.json",
            None,
        )
        .expect("valid");
        let data = Dataset::merge(vec![crate::report::sample(), later(), third]);
        let chart = prepare(&data, &ChartOptions::default());
        marks::testing::assert_restated_and_disputed(&chart.series[0].bars[0], &data, ("7,139", "7,200"));
        assert!(chart.flags.disputed);
        assert!(
            chart
                .summary
                .contains("7,200 or 7,139 or 7,300 battles in 2025 (the files disagree)"),
            "{}",
            chart.summary
        );
    }

    #[test]
    fn the_restatement_is_said_in_burmese() {
        let tr = crate::i18n::Tr::MY;
        let data = Dataset::merge(vec![crate::report::sample(), later()]);
        let chart = prepare(
            &data,
            &ChartOptions {
                tr,
                ..ChartOptions::default()
            },
        );
        let tip = chart.series[0].bars[0].tooltip_text_in(tr, Some(&data));
        let said = (chart.caption.notes.as_slice(), chart.summary.as_str());
        marks::testing::assert_restatement_said_in_burmese(&tip, said.0, said.1, ("၂၀၂၅", "၂၀၂၇-၀၁-၀၅"));
    }

    #[test]
    fn hiding_the_drone_attacks_drops_the_qualifier_note() {
        let mut options = ChartOptions::default();
        options.hide(ChartKind::Battles, "drone-only attacks");
        let chart = prepare(&Dataset::merge(vec![crate::report::sample()]), &options);
        assert!(!chart.flags.qualified, "no qualified figure is left on the chart");
    }
}
