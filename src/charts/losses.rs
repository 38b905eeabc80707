//! Losses: bars per year stacked by category with the total labelled; `other` figures (such as
//! defections) drawn beside the stack, not in it; a reported total that differs from its parts
//! drawn as a dashed line across the stack.

use std::collections::{BTreeMap, HashMap};

use egui::Align2;
use egui_plot::{Line, LineStyle, PlotPoints};

use super::marks::{self, BarMark, BarSeries, Caption, Flags, TextMark, category_color};
use super::{ChartKind, ChartOptions, ChartView, DrawContext, Drawn};
use crate::i18n::Tr;
use crate::report::model::figure::Unit;
use crate::report::{Dataset, LoadedReport, Point, Role, Section, Series, SeriesKey, When};

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
    /// Qualified or disputed figures shown.
    pub flags: Flags,
    /// More than one side: legend names carry the side.
    pub many_sides: bool,
}

/// One side's series: the parts of its totals, the figures beside them, and the totals.
struct Side<'a> {
    name: &'a str,
    parts: Vec<&'a Series>,
    others: Vec<&'a Series>,
    total: Option<&'a Series>,
}

impl Side<'_> {
    /// The legend name of one of the side's categories.
    fn legend(&self, category: &str, many_sides: bool) -> String {
        legend_name(category, self.name, many_sides)
    }
}

fn legend_name(category: &str, side: &str, many_sides: bool) -> String {
    if many_sides {
        format!("{category} ({side})")
    } else {
        category.to_owned()
    }
}

/// [`legend_name`] in the chart's language: the well-known categories and sides translated,
/// the report's own words as written.
fn legend_label(tr: Tr, category: &str, side: &str, many_sides: bool) -> String {
    if many_sides {
        format!("{} ({})", tr.term(category), tr.term(side))
    } else {
        tr.term(category).into_owned()
    }
}

/// Where one side's bars stand within a year.
#[derive(Clone, Copy)]
struct Slots {
    stack_x: f64,
    other_x: f64,
    group: f64,
}

/// The sides in first-seen order, with their series.
fn sides<'a>(all: &[&'a Series]) -> Vec<Side<'a>> {
    let mut out: Vec<Side<'a>> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for s in all {
        let i = *index.entry(s.key.series.as_str()).or_insert_with(|| {
            out.push(Side {
                name: &s.key.series,
                parts: Vec::new(),
                others: Vec::new(),
                total: None,
            });
            out.len() - 1
        });
        match s.key.role {
            Role::Part => out[i].parts.push(s),
            Role::Total => out[i].total = out[i].total.or(Some(s)),
            _ => out[i].others.push(s),
        }
    }
    out
}

/// Turns the dataset into the losses chart.
pub fn prepare(data: &Dataset, options: &ChartOptions) -> LossesData {
    let all: Vec<&Series> = data.section(Section::Losses).collect();
    let index = marks::SeriesIndex::new(data);
    let making = marks::Making::new(data, &index, options.tr);
    let sides = sides(&all);
    let many_sides = sides.len() > 1;
    let years = marks::years_of(all.iter().copied());
    let hidden = options.hidden(ChartKind::Losses);
    let group = 0.8 / sides.len().max(1) as f64;
    let mut chart = LossesData {
        title: match sides.as_slice() {
            [one] => options
                .tr
                .f("title-losses-side", &[("side", options.tr.term(one.name).into())]),
            _ => options.tr.t("title-losses"),
        },
        series: Vec::new(),
        labels: Vec::new(),
        totals: Vec::new(),
        years,
        caption: Caption::for_section(data, Section::Losses, options.tr),
        summary: String::new(),
        flags: Flags::default(),
        many_sides,
    };
    let mut summary = Vec::new();
    let mut total_only = Vec::new();
    // The points shown, for the note on the years a later report restated.
    let mut shown: Vec<&Point> = Vec::new();
    for (si, side) in sides.iter().enumerate() {
        let centre = (si as f64 - (sides.len() as f64 - 1.0) / 2.0) * group;
        let slots = Slots {
            stack_x: centre - group * 0.15,
            other_x: centre + group * 0.33,
            group,
        };
        let mut tops: BTreeMap<i32, f64> = chart.years.iter().map(|&y| (y, 0.0)).collect();
        for s in &side.parts {
            let name = side.legend(&s.key.category, many_sides);
            if !hidden.contains(&name) {
                shown.extend(&s.points);
            }
            let bars = stacked_bars(making, side, s, slots, &mut tops, hidden.contains(&name));
            let label = legend_label(options.tr, &s.key.category, side.name, many_sides);
            chart.series.push(series(name, label, &s.key.category, bars));
        }
        for s in &side.others {
            let name = side.legend(&s.key.category, many_sides);
            if !hidden.contains(&name) {
                shown.extend(&s.points);
            }
            let changes = s.changes();
            let bars = s
                .points
                .iter()
                .enumerate()
                .map(|(pi, p)| beside_bar(making, side, s, (pi, p), &changes, slots))
                .collect();
            let label = legend_label(options.tr, &s.key.category, side.name, many_sides);
            chart.series.push(series(name, label, &s.key.category, bars));
        }
        let parts_hidden = side
            .parts
            .iter()
            .any(|s| hidden.contains(&side.legend(&s.key.category, many_sides)));
        for (&year, &top) in &tops {
            let x = f64::from(year) + slots.stack_x;
            let reported = side.total.and_then(|t| t.at(When::Year(year)));
            let parts_here: Vec<&Point> = side.parts.iter().filter_map(|s| s.at(When::Year(year))).collect();
            if let (Some(t), Some(r), true) = (side.total, reported, parts_here.is_empty()) {
                let mut bar = total_only_bar(making, side.name, year, r, (x, group));
                bar.point = marks::point_index(t, r.when).map(|pi| index.point(t, pi));
                total_only.push(bar);
            }
            if let Some(label) = total_label(
                making,
                &mut chart.totals,
                reported,
                &parts_here,
                top,
                parts_hidden,
                (x, group),
            ) {
                chart.labels.push(label);
                shown.extend(reported);
                summary.push(year_sentence(making, side, year, reported));
            }
        }
    }
    if !total_only.is_empty() {
        let label = options.tr.term(TOTAL_ONLY).into_owned();
        chart
            .series
            .push(series(TOTAL_ONLY.to_owned(), label, "total", total_only));
    }
    chart.summary = summary.join(" ");
    chart
        .caption
        .notes
        .extend(marks::restated_note_in(options.tr, shown, &data.reports));
    marks::distinct_colors(&mut chart.series);
    marks::prioritize(&mut chart.series, &mut chart.labels);
    chart.flags = Flags::of(&chart.series, &chart.labels, hidden);
    chart
}

fn series(name: String, label: String, category: &str, bars: Vec<BarMark>) -> BarSeries {
    BarSeries {
        name,
        label,
        color: category_color(category),
        bars,
        horizontal: false,
    }
}

/// A part's bars, each stacked on what the side's visible parts already reach that year.
fn stacked_bars(
    making: marks::Making<'_>,
    side: &Side<'_>,
    s: &Series,
    slots: Slots,
    tops: &mut BTreeMap<i32, f64>,
    hidden: bool,
) -> Vec<BarMark> {
    let changes = s.changes();
    s.points
        .iter()
        .enumerate()
        .map(|(pi, p)| {
            let year = p.when.year();
            let top = tops.entry(year).or_insert(0.0);
            let base = *top;
            if !hidden {
                *top += p.figure().value;
            }
            let (tooltip, tooltip_tail) = tooltip(side.name, s, p, &changes, "", making.tr);
            BarMark {
                x: f64::from(year) + slots.stack_x,
                base,
                height: p.figure().value,
                width: slots.group * 0.6,
                tooltip,
                tooltip_tail,
                inside: true,
                ..making.count_bar(s, (pi, p))
            }
        })
        .collect()
}

/// A figure reported beside the total (defections), drawn next to the stack, not in it.
fn beside_bar(
    making: marks::Making<'_>,
    side: &Side<'_>,
    s: &Series,
    (pi, p): (usize, &Point),
    changes: &[crate::report::dataset::yoy::Change],
    slots: Slots,
) -> BarMark {
    let tr = making.tr;
    let (tooltip, tooltip_tail) = tooltip(
        side.name,
        s,
        p,
        changes,
        &format!("\n{}", tr.t("losses-tip-beside")),
        tr,
    );
    let bar = making.count_bar(s, (pi, p));
    BarMark {
        x: f64::from(p.when.year()) + slots.other_x,
        base: 0.0,
        height: p.figure().value,
        width: slots.group * 0.25,
        label: format!("{} {}", bar.label, tr.term(&s.key.category)),
        tooltip,
        tooltip_tail,
        ..bar
    }
}

/// The tooltip's lines around the figure: "killed (junta), 2025" before it; the change since
/// the last year and `beside` after it.
fn tooltip(
    side: &str,
    s: &Series,
    p: &Point,
    changes: &[crate::report::dataset::yoy::Change],
    beside: &str,
    tr: Tr,
) -> (String, String) {
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
    (
        tr.f(
            "losses-tip-first",
            &[
                ("category", s.key.category.as_str().into()),
                ("side", side.into()),
                ("year", tr.digits(&year.to_string()).into_owned().into()),
            ],
        ),
        format!("{change}{beside}"),
    )
}

/// A total reported without a breakdown still gets its bar. `(x, group)`: the stack's centre
/// and width.
fn total_only_bar(making: marks::Making<'_>, side: &str, year: i32, r: &Point, (x, group): (f64, f64)) -> BarMark {
    let tr = making.tr;
    BarMark {
        x,
        base: 0.0,
        height: r.figure().value,
        width: group * 0.6,
        tooltip: tr.f(
            "tip-losses-total",
            &[
                ("side", tr.term(side).into_owned().into()),
                ("year", tr.year(year).into()),
            ],
        ),
        tooltip_tail: format!("\n{}", tr.t("tip-no-breakdown")),
        ..BarMark::of_restated_point_in(tr, r, making.reports, 1.0)
    }
}

/// The label above a year's stack: the reported total, or the parts against it when they
/// differ (then the total is also marked as a dashed line), or what is shown when nothing is
/// reported. `None` for a year with nothing to say. `(x, group)`: the stack's centre and width.
fn total_label(
    making: marks::Making<'_>,
    totals: &mut Vec<TotalMark>,
    reported: Option<&Point>,
    parts_here: &[&Point],
    top: f64,
    parts_hidden: bool,
    (x, group): (f64, f64),
) -> Option<TextMark> {
    let (tr, reports) = (making.tr, making.reports);
    let open = parts_here.iter().any(|p| p.figure().qualifier.open_above());
    let total_text = |p: &Point| total_text(tr, p, reports);
    let (text, qualified) = match reported {
        Some(r) if parts_here.is_empty() => (
            tr.f("label-total-no-breakdown", &[("total", total_text(r).into())]),
            marks::is_qualified(r),
        ),
        Some(r) if r.figure().value != top && !parts_hidden => {
            totals.push(TotalMark {
                x,
                y: r.figure().value,
                half_width: group * 0.36,
            });
            let sign = if open { "≥ " } else { "" };
            (
                tr.f(
                    "label-parts-reported",
                    &[
                        ("parts", format!("{sign}{}", tr.n(top)).into()),
                        ("total", total_text(r).into()),
                    ],
                ),
                open || marks::is_qualified(r),
            )
        }
        Some(r) if !parts_hidden => (
            tr.f("label-total", &[("total", total_text(r).into())]),
            marks::is_qualified(r),
        ),
        _ if top > 0.0 => (tr.f("label-shown", &[("n", tr.n(top).into())]), false),
        _ => return None,
    };
    Some(TextMark {
        x,
        y: reported.map_or(top, |r| r.figure().value.max(top)),
        short: reported.map(total_text).unwrap_or_default(),
        text,
        anchor: Align2::CENTER_BOTTOM,
        strong: true,
        qualified,
        disputed: reported.is_some_and(|r| r.is_dispute(reports)),
        priority: 0,
    })
}

/// One year of one side in words, every figure with its qualifier: "In 2025, junta losses were
/// 9,549 in total: killed 5,699, injured 2,726, captured 1,124; reported beside the total: defected 536."
fn year_sentence(making: marks::Making<'_>, side: &Side<'_>, year: i32, total: Option<&Point>) -> String {
    let tr = making.tr;
    let words = |p: &Point| marks::claims_words_in(tr, p, Unit::Count, making.reports);
    let list = |series: &[&Series]| -> Vec<String> {
        series
            .iter()
            .filter_map(|s| {
                s.at(When::Year(year))
                    .map(|p| format!("{} {}", tr.term(&s.key.category), words(p)))
            })
            .collect()
    };
    let (year, name) = (tr.year(year), tr.term(side.name));
    let mut out = match total {
        Some(t) => tr.f(
            "sum-losses-total",
            &[("year", year.into()), ("side", name.into()), ("total", words(t).into())],
        ),
        None => tr.f("sum-losses-no-total", &[("year", year.into()), ("side", name.into())]),
    };
    let parts = list(&side.parts);
    if !parts.is_empty() {
        out.push_str(&format!(": {}", parts.join(", ")));
    }
    let other = list(&side.others);
    if !other.is_empty() {
        out.push_str("; ");
        out.push_str(&tr.f("sum-losses-beside", &[("list", other.join(", ").into())]));
    }
    tr.f("sum-end", &[("text", out.into())])
}

/// A reported total for a label: every claimed value, ⚠ when files disagree; a total a later
/// report restated at its later value with ↻.
fn total_text(tr: Tr, point: &Point, reports: &[LoadedReport]) -> String {
    let values = marks::restated_claims_label_in(tr, point, Unit::Count, reports);
    if point.is_dispute(reports) {
        format!("⚠ {values}")
    } else {
        values
    }
}

impl ChartView for LossesData {
    fn kind(&self) -> ChartKind {
        ChartKind::Losses
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
        // Totals are labels, never hidden through the legend.
        key.role == Role::Total
            || !options
                .hidden(ChartKind::Losses)
                .contains(&legend_name(&key.category, &key.series, self.many_sides))
    }

    fn ui(&self, ui: &mut egui::Ui, ctx: &DrawContext<'_>) -> Drawn {
        let bars = super::plot::YearBars {
            kind: ChartKind::Losses,
            y_label: &ctx.options.tr.t("axis-people"),
            series: &self.series,
            texts: &self.labels,
            years: &self.years,
            right_room: 0.0,
            extent: marks::extent(&self.series).max(self.totals.iter().map(|t| t.y).fold(0.0, f64::max)),
        };
        super::plot::year_bars_ui(ui, &bars, ctx, |plot_ui, strong| {
            for t in &self.totals {
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
        let tip = defected.tooltip_text_in(crate::i18n::Tr::EN, Some(&data));
        assert!(tip.starts_with("defected (junta), 2025\n536"), "{tip}");
        assert!(tip.ends_with("not part of it."), "{tip}");
        assert_eq!(chart.labels[0].text, "9,549 total");
        assert!(chart.totals.is_empty(), "the parts add up");
        assert_eq!(chart.series[0].color, category_color("killed"));
        assert_eq!(chart.flags, Flags::default(), "every loss figure is exact");
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
        assert!(chart.labels[0].qualified);
        let total = chart.series.iter().find(|s| s.name == TOTAL_ONLY).expect("a bar");
        assert_eq!(total.bars[0].height, 8000.0);
        assert!(total.bars[0].open_above);
        assert!(chart.flags.qualified);
    }

    #[test]
    fn hiding_a_category_restacks_the_rest() {
        let data = Dataset::merge(vec![crate::report::sample()]);
        let mut options = ChartOptions::default();
        options.hide(ChartKind::Losses, "killed");
        let chart = prepare(&data, &options);
        assert_eq!(chart.series[1].bars[0].base, 0.0, "injured now starts at zero");
        assert_eq!(chart.labels[0].text, "3,850 shown");
    }

    /// The year after the sample's review, published a year later, restating 2025: killed
    /// 5,950 where the sample gave 5,699, so 9,800 in total where it gave 9,549.
    const LATER: &[u8] = br#"{"fieldreport":1,"title":"2026 review","published":"2027-01-05",
        "period":{"from":"2026-01-01","to":"2026-12-31"},
        "losses":[{"year":2025,"side":"junta","restated":true,"total":9800,
            "breakdown":{"killed":5950,"injured":2726,"captured":1124},"other":{"defected":536}}]}"#;

    fn later() -> crate::report::LoadedReport {
        crate::report::LoadedReport::from_bytes(LATER, "later.json", None).expect("valid")
    }

    #[test]
    fn a_restated_year_is_drawn_at_the_later_value_with_the_earlier_one_marked() {
        marks::testing::with_sample_and_later(later, |data| {
            let chart = prepare(data, &ChartOptions::default());
            let (killed, injured) = (&chart.series[0].bars[0], &chart.series[1].bars[0]);
            marks::testing::assert_restated_bar(killed, data, ("5,699", "5,950"));
            assert_eq!(killed.label, "5,950 ↻");
            assert_eq!(injured.base, 5950.0, "stacked on the later value");
            assert_eq!(injured.earlier, None, "injured was restated with the same value");
            assert_eq!(chart.labels[0].text, "9,800 ↻ total");
            assert!(!chart.labels[0].disputed);
            assert!(chart.totals.is_empty(), "the later parts add up to the later total");
            assert_eq!(chart.caption.notes, [marks::testing::RESTATED_2025_NOTE]);
            assert!(
                chart.summary.contains(
                    "junta losses were 9,800 (↻ restated by a later report from 9,549) in total: \
                     killed 5,950 (↻ restated by a later report from 5,699), injured 2,726"
                ),
                "{}",
                chart.summary
            );
            assert!(!chart.summary.contains("disagree"), "{}", chart.summary);
            assert!(!chart.flags.disputed);
        });
    }

    #[test]
    fn a_third_value_keeps_a_restated_year_disputed() {
        let third = crate::report::LoadedReport::from_bytes(
            br#"{"fieldreport":1,"title":"t","losses":[{"year":2025,"side":"junta","breakdown":{"killed":6000}}]}"#,
            "third.json",
            None,
        )
        .expect("valid");
        let data = Dataset::merge(vec![crate::report::sample(), later(), third]);
        let chart = prepare(&data, &ChartOptions::default());
        marks::testing::assert_restated_and_disputed(&chart.series[0].bars[0], &data, ("5,699", "5,950"));
        assert!(chart.flags.disputed);
        assert!(
            chart
                .summary
                .contains("killed 5,950 or 5,699 or 6,000 (the files disagree)"),
            "{}",
            chart.summary
        );
        assert_eq!(chart.labels[0].text, "9,800 ↻ total", "the total is only restated");
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
    fn two_sides_name_their_legend_entries() {
        let report = crate::report::LoadedReport::from_bytes(
            br#"{"fieldreport":1,"title":"t","losses":[
                {"year":2024,"side":"junta","breakdown":{"killed":60}},
                {"year":2024,"side":"resistance","breakdown":{"killed":20}}]}"#,
            "t.json",
            None,
        )
        .expect("valid");
        let chart = prepare(&Dataset::merge(vec![report]), &ChartOptions::default());
        let names: Vec<&str> = chart.series.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["killed (junta)", "killed (resistance)"]);
        assert_eq!(chart.title, "Losses per year");
    }
}
