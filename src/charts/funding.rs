//! Battalion funding: bars per year in kyats or dollars, the year-over-year change between the
//! bars, the qualifier on each bar, and a tooltip with the exact figure, rate and source.

use std::collections::HashMap;

use egui::Align2;

use super::marks::{self, BarMark, BarSeries, Caption, FUNDING_COLOR, Flags, TextMark, category_color};
use super::{ChartKind, ChartOptions, ChartView, Currency, DrawContext, Drawn};
use crate::i18n::Tr;
use crate::report::dataset::yoy::Change;
use crate::report::model::figure::Unit;
use crate::report::{Dataset, LoadedReport, Point, Section, Series, SeriesKey, When};

/// What the funding chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct FundingData {
    /// Chart title.
    pub title: String,
    /// The y axis label, with its unit ("Billion kyats").
    pub y_label: String,
    /// Currency shown.
    pub currency: Currency,
    /// One series per funding label.
    pub series: Vec<BarSeries>,
    /// Year-over-year changes, drawn between bars.
    pub changes: Vec<TextMark>,
    /// Every year on the axis.
    pub years: Vec<i32>,
    /// Sources, claims, and notes such as years without a figure in this currency.
    pub caption: Caption,
    /// A sentence for screen readers and alt text.
    pub summary: String,
    /// Qualified or disputed figures shown.
    pub flags: Flags,
}

/// The divisor and the catalog key of the words for a currency's axis: billions of kyats,
/// millions of dollars.
pub fn scale(unit: Unit, max: f64) -> (f64, &'static str) {
    match unit {
        Unit::Mmk if max >= 1e9 => (1e9, "axis-billion-kyats"),
        Unit::Mmk if max >= 1e6 => (1e6, "axis-million-kyats"),
        Unit::Mmk => (1.0, "axis-kyats"),
        Unit::Usd if max >= 1e6 => (1e6, "axis-million-usd"),
        Unit::Usd if max >= 1e3 => (1e3, "axis-thousand-usd"),
        Unit::Usd | Unit::Count => (1.0, "axis-usd"),
    }
}

/// One funding label's series in the chosen currency and in the other one.
struct Label<'a> {
    name: &'a str,
    shown: Option<&'a Series>,
    other: Option<&'a Series>,
}

/// Turns the dataset into the funding chart.
pub fn prepare(data: &Dataset, options: &ChartOptions) -> FundingData {
    let currency = options.currency;
    let unit = currency.unit();
    let all: Vec<&Series> = data.section(Section::Funding).collect();
    let index = marks::SeriesIndex::new(data);
    let labels = labels(&all, currency);
    let max = labels
        .iter()
        .filter_map(|l| l.shown)
        .flat_map(|s| s.points.iter().map(|p| p.figure().value))
        .fold(0.0, f64::max);
    let (divisor, y_label) = scale(unit, max);
    let width = 0.6 / labels.len().max(1) as f64;
    let mut chart = FundingData {
        title: match labels.as_slice() {
            [one] => options.tr.f("title-funding-one", &[("name", one.name.into())]),
            _ => options.tr.t("title-funding"),
        },
        y_label: options.tr.t(y_label),
        currency,
        series: Vec::new(),
        changes: Vec::new(),
        years: marks::years_of(all.iter().copied()),
        caption: Caption::for_section(data, Section::Funding, options.tr),
        summary: String::new(),
        flags: Flags::default(),
    };
    let mut summary = Vec::new();
    // The points shown, for the note on the years a later report restated.
    let mut shown: Vec<&Point> = Vec::new();
    for (li, label) in labels.iter().enumerate() {
        let Some(s) = label.shown else {
            chart
                .caption
                .notes
                .push(format!("{}: no figures in {}", label.name, currency.name()));
            continue;
        };
        let offset = (li as f64 - (labels.len() as f64 - 1.0) / 2.0) * width;
        let yoy = s.changes();
        let place = Place {
            currency,
            divisor,
            offset,
            width,
            reports: &data.reports,
        };
        let bars = s
            .points
            .iter()
            .enumerate()
            .map(|(pi, p)| BarMark {
                point: Some(index.point(s, pi)),
                ..bar(label, p, &yoy, place, options.tr)
            })
            .collect();
        if !options.hidden(ChartKind::Funding).contains(label.name) {
            chart
                .changes
                .extend(yoy.iter().map(|c| change_mark(s, c, place, options.tr)));
            summary.push(summary_of(options.tr, label.name, s, unit, &data.reports));
            shown.extend(&s.points);
        }
        if let Some(other) = label.other {
            for p in other.points.iter().filter(|p| s.at(p.when).is_none()) {
                chart.caption.notes.push(options.tr.f(
                    "note-other-currency-only",
                    &[
                        ("label", label.name.into()),
                        ("year", options.tr.year(p.when.year()).into()),
                        ("currency", currency.name().into()),
                    ],
                ));
            }
        }
        chart.series.push(BarSeries {
            name: label.name.to_owned(),
            label: label.name.to_owned(),
            color: if labels.len() == 1 {
                FUNDING_COLOR
            } else {
                category_color(label.name)
            },
            bars,
            horizontal: false,
        });
    }
    chart.summary = summary.join(" ");
    chart
        .caption
        .notes
        .extend(marks::restated_note_in(options.tr, shown, &data.reports));
    marks::distinct_colors(&mut chart.series);
    marks::prioritize(&mut chart.series, &mut chart.changes);
    chart.flags = Flags::of(&chart.series, &chart.changes, options.hidden(ChartKind::Funding));
    chart
}

/// The funding labels in first-seen order, each with its series in both currencies.
fn labels<'a>(all: &[&'a Series], currency: Currency) -> Vec<Label<'a>> {
    let mut out: Vec<Label<'a>> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for s in all {
        let i = *index.entry(s.key.series.as_str()).or_insert_with(|| {
            out.push(Label {
                name: &s.key.series,
                shown: None,
                other: None,
            });
            out.len() - 1
        });
        if s.key.category == currency.category() {
            out[i].shown = Some(s);
        } else {
            out[i].other = Some(s);
        }
    }
    out
}

/// Where a label's bars stand and in what unit, and the reports (which is the later of two
/// that disagree).
#[derive(Clone, Copy)]
struct Place<'a> {
    currency: Currency,
    divisor: f64,
    offset: f64,
    width: f64,
    reports: &'a [LoadedReport],
}

/// The bar of one year: height in display units, every claimed value, and the tooltip's lines
/// around the figure: the change, the other currency and the implied rate. A year a later
/// report restated is drawn at the later value with the earlier one marked, and is no dispute
/// unless a third value is claimed.
fn bar(label: &Label<'_>, p: &Point, yoy: &[Change], place: Place<'_>, tr: Tr) -> BarMark {
    let Place {
        currency,
        divisor,
        offset,
        width,
        reports,
    } = place;
    let unit = currency.unit();
    let figure = p.figure();
    let year = p.when.year();
    let mut tail = String::new();
    if let Some(c) = change_to(yoy, year) {
        tail.push('\n');
        tail.push_str(&tr.f("tip-change", &[("change", c.describe_in(tr, unit).into())]));
        if label.shown.is_some_and(|s| disputed(s, c, reports)) {
            tail.push_str(&tr.t("tip-change-disputed"));
        }
    }
    if let Some(o) = label.other.and_then(|o| o.at(When::Year(year))) {
        let other_unit = currency.toggled().unit();
        let given: Vec<String> = o.claims.iter().map(|c| c.figure.long_in(tr, other_unit)).collect();
        tail.push('\n');
        tail.push_str(&tr.f("tip-also-given", &[("list", given.join(&tr.t("list-or")).into())]));
        let (mmk, usd) = match currency {
            Currency::Mmk => (figure, o.figure()),
            Currency::Usd => (o.figure(), figure),
        };
        if let Some(rate) = crate::report::model::implied_rate_words_in(tr, mmk, usd) {
            tail.push('\n');
            tail.push_str(&tr.f("tip-implied-rate", &[("rate", rate.into())]));
        }
    }
    BarMark {
        x: f64::from(year) + offset,
        base: 0.0,
        height: figure.value / divisor,
        width: width * 0.9,
        label: marks::restated_values_label_in(tr, p, reports, |f| short_label(tr, f, unit)),
        tooltip: tr.f(
            "tip-what-year",
            &[("what", label.name.into()), ("year", tr.year(year).into())],
        ),
        tooltip_tail: tail,
        ..BarMark::of_restated_point_in(tr, p, reports, divisor)
    }
}

/// The change into `year`, if any: changes come sorted by year.
fn change_to(yoy: &[Change], year: i32) -> Option<&Change> {
    yoy.binary_search_by_key(&year, |c| c.to_year).ok().map(|i| &yoy[i])
}

/// A change label between two bars, above the higher one.
fn change_mark(s: &Series, c: &Change, place: Place<'_>, tr: Tr) -> TextMark {
    let Place {
        divisor,
        offset,
        reports,
        ..
    } = place;
    let value = |year| s.at(When::Year(year)).map_or(0.0, |p| p.figure().value);
    let (from, to) = (value(c.from_year), value(c.to_year));
    let extent = s.points.iter().map(|p| p.figure().value / divisor).fold(0.0, f64::max);
    let disputed = disputed(s, c, reports);
    TextMark {
        x: (f64::from(c.from_year) + f64::from(c.to_year)) / 2.0 + offset,
        y: from.max(to) / divisor + extent * 0.16,
        text: if disputed {
            format!("{} ⚠", c.label_in(tr))
        } else {
            c.label_in(tr)
        },
        short: String::new(),
        anchor: Align2::CENTER_BOTTOM,
        strong: false,
        qualified: c.unbounded || c.qualifier.is_qualified(),
        disputed,
        priority: 0,
    }
}

/// A bar label: "> 33.6 bn" (the axis says kyats), "US$ 16.0 m".
fn short_label(tr: Tr, figure: &crate::report::Figure, unit: Unit) -> String {
    let text = figure.short_in(tr, unit);
    match unit {
        // The currency's mark with no amount: " MMK" in English, "ကျပ် " in Burmese.
        Unit::Mmk => text.replacen(&tr.f("mmk-short", &[("amount", "".into())]), "", 1),
        _ => text,
    }
}

/// "Battalion support: 25 billion kyats in 2023, 32.9 billion kyats in 2024 (+31.6 %), …"; a
/// year a later report restated is given at its later value, with the earlier one said.
fn summary_of(tr: Tr, label: &str, s: &Series, unit: Unit, reports: &[LoadedReport]) -> String {
    let changes = s.changes();
    let parts: Vec<String> = s
        .points
        .iter()
        .map(|p| {
            let year = p.when.year();
            let change = change_to(&changes, year)
                .map(|c| format!(" ({})", c.label_in(tr)))
                .unwrap_or_default();
            let (values, said) = marks::values_words_in(tr, p, unit, reports);
            let values = tr.f(
                "sum-in-year",
                &[("values", values.into()), ("year", tr.year(year).into())],
            );
            format!("{values}{said}{change}")
        })
        .collect();
    let trend = match (s.points.first(), s.points.last()) {
        (Some(a), Some(b)) if s.points.len() > 1 => {
            let key = match b.figure().value.partial_cmp(&a.figure().value) {
                Some(std::cmp::Ordering::Greater) => "sum-trend-rose",
                Some(std::cmp::Ordering::Less) => "sum-trend-fell",
                _ => "sum-trend-level",
            };
            Some(tr.f(
                key,
                &[
                    ("from", a.figure().long_in(tr, unit).into()),
                    ("from_year", tr.year(a.when.year()).into()),
                    ("to", b.figure().long_in(tr, unit).into()),
                    ("to_year", tr.year(b.when.year()).into()),
                ],
            ))
        }
        _ => None,
    };
    let subject = match trend {
        Some(trend) => format!("{label} {trend}"),
        None => label.to_owned(),
    };
    tr.f(
        "sum-sentence",
        &[("subject", subject.into()), ("list", parts.join(", ").into())],
    )
}

/// True when the files disagree on either end of a change (a year a later report restated is
/// taken at its later value).
fn disputed(s: &Series, c: &Change, reports: &[LoadedReport]) -> bool {
    [c.from_year, c.to_year]
        .iter()
        .any(|y| s.at(When::Year(*y)).is_some_and(|p| p.is_dispute(reports)))
}

impl ChartView for FundingData {
    fn kind(&self) -> ChartKind {
        ChartKind::Funding
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
        key.category == options.currency.category() && !options.hidden(ChartKind::Funding).contains(&key.series)
    }

    fn ui(&self, ui: &mut egui::Ui, ctx: &DrawContext<'_>) -> Drawn {
        let bars = super::plot::YearBars {
            kind: ChartKind::Funding,
            y_label: &self.y_label,
            series: &self.series,
            texts: &self.changes,
            years: &self.years,
            right_room: 0.0,
            extent: marks::extent(&self.series),
        };
        super::plot::year_bars_ui(ui, &bars, ctx, |_, _| {})
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Dataset {
        Dataset::merge(vec![crate::report::sample()])
    }

    #[test]
    fn kyats_per_year_with_changes_and_qualifiers() {
        let chart = prepare(&sample(), &ChartOptions::default());
        assert_eq!(chart.title, "Battalion support per year");
        assert_eq!(chart.y_label, "Billion kyats");
        assert_eq!(chart.years, vec![2023, 2024, 2025]);
        let bars = &chart.series[0].bars;
        assert_eq!(bars.len(), 3);
        assert!((bars[2].height - 33.6).abs() < 1e-9);
        assert_eq!(bars[2].label, "> 33.6 bn");
        assert!(bars[2].open_above && bars[2].qualified);
        assert!(!bars[0].open_above && !bars[0].qualified);
        assert_eq!(bars[0].label, "25.0 bn");
        let texts: Vec<&str> = chart.changes.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["+31.6 %", "≥ +2.1 %"]);
        assert_eq!(
            chart.changes.iter().map(|c| c.qualified).collect::<Vec<_>>(),
            [false, true]
        );
        let tip = bars[2].tooltip_text_in(crate::i18n::Tr::EN, Some(&sample()));
        assert!(tip.starts_with("Battalion support, 2025\n"), "{tip}");
        assert!(tip.contains("over 33,600,000,000 kyats (33.6 billion kyats)"), "{tip}");
        assert!(
            tip.contains("Implied rate: at least 2,100 kyats per US dollar"),
            "{tip}"
        );
        assert!(tip.contains("Source: Mizzima"), "{tip}");
        assert_eq!(chart.series[0].color, FUNDING_COLOR);
        assert!(
            chart.summary.contains("over 33.6 billion kyats in 2025"),
            "{}",
            chart.summary
        );
        assert_eq!(
            chart.flags,
            Flags {
                qualified: true,
                disputed: false
            }
        );
    }

    #[test]
    fn dollars_on_toggle() {
        let options = ChartOptions {
            currency: Currency::Usd,
            ..ChartOptions::default()
        };
        let chart = prepare(&sample(), &options);
        assert_eq!(chart.y_label, "Million US dollars");
        let labels: Vec<&str> = chart.series[0].bars.iter().map(|b| b.label.as_str()).collect();
        assert_eq!(labels, ["US$ 12.0 m", "US$ 15.7 m", "US$ 16.0 m"]);
        let texts: Vec<&str> = chart.changes.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["+30.8 %", "+1.9 %"]);
        assert!(!chart.flags.qualified, "the dollar figures are exact");
    }

    #[test]
    fn a_conflict_is_marked() {
        let other = crate::report::LoadedReport::from_bytes(
            br#"{"fieldreport":1,"title":"t","funding":[{"year":2024,"label":"Battalion support","mmk":30000000000}]}"#,
            "other.json",
            None,
        )
        .expect("valid");
        let data = Dataset::merge(vec![crate::report::sample(), other]);
        let chart = prepare(&data, &ChartOptions::default());
        let bar = &chart.series[0].bars[1];
        assert!(bar.conflict);
        assert_eq!(bar.label, "32.9 bn or 30.0 bn");
        let texts: Vec<&str> = chart.changes.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            ["+31.6 % ⚠", "≥ +2.1 % ⚠"],
            "both changes touch the disputed 2024"
        );
        let tip = bar.tooltip_text_in(crate::i18n::Tr::EN, Some(&data));
        assert!(tip.contains("32,900,000,000"), "{tip}");
        assert!(tip.contains("30,000,000,000"), "{tip}");
        assert!(tip.contains("(other.json)"), "{tip}");
        assert!(chart.flags.disputed);
    }

    /// The year before the sample's, published earlier, with 2024 at 30 billion kyats where the
    /// sample restates it at 32.9 billion.
    const EARLIER: &[u8] = br#"{"fieldreport":1,"title":"2024 review","published":"2025-01-05",
        "period":{"from":"2024-01-01","to":"2024-12-31"},
        "funding":[{"year":2024,"label":"Battalion support","mmk":30000000000,"usd":15700000}]}"#;

    fn earlier() -> crate::report::LoadedReport {
        crate::report::LoadedReport::from_bytes(EARLIER, "earlier.json", None).expect("valid")
    }

    #[test]
    fn a_restated_year_is_drawn_at_the_later_value_with_the_earlier_one_marked() {
        for reports in [
            vec![earlier(), crate::report::sample()],
            vec![crate::report::sample(), earlier()],
        ] {
            let data = Dataset::merge(reports);
            let chart = prepare(&data, &ChartOptions::default());
            let bars = &chart.series[0].bars;
            assert!((bars[1].height - 32.9).abs() < 1e-9, "the later value is drawn");
            assert_eq!(bars[1].earlier, Some(30.0), "the earlier value is marked");
            assert_eq!(bars[0].earlier, None, "2023 was not restated with another value");
            assert!(!bars[1].conflict, "a restatement is no dispute");
            assert_eq!(bars[1].label, "32.9 bn ↻");
            let texts: Vec<&str> = chart.changes.iter().map(|c| c.text.as_str()).collect();
            assert_eq!(
                texts,
                ["+31.6 %", "≥ +2.1 %"],
                "changes from the later value, undisputed"
            );
            let tip = bars[1].tooltip_text_in(Tr::EN, Some(&data));
            assert!(
                tip.contains(
                    "↻ 2024 restated from 30 billion kyats in the earlier report (earlier.json, of 2025-01-05) \
                     to 32.9 billion kyats in the later one (nug-2025-military-review.json, of 2026-01-02)"
                ),
                "{tip}"
            );
            assert!(!tip.contains("disagree"), "{tip}");
            assert_eq!(
                chart.caption.notes,
                [
                    "↻ Restated by a later report: 2024; the bar shows the later report's figure, the ring the earlier report's."
                ]
            );
            assert!(!chart.flags.disputed);
            assert!(
                chart.summary.contains(
                    "32.9 billion kyats in 2024 (↻ restated by a later report from 30 billion kyats) (+31.6 %)"
                ),
                "{}",
                chart.summary
            );
            assert!(!chart.summary.contains("disagree"), "{}", chart.summary);
        }
        // In dollars the two reports agree: nothing is restated.
        let data = Dataset::merge(vec![earlier(), crate::report::sample()]);
        let options = ChartOptions {
            currency: Currency::Usd,
            ..ChartOptions::default()
        };
        let chart = prepare(&data, &options);
        assert!(chart.series[0].bars.iter().all(|b| b.earlier.is_none()));
        assert!(chart.caption.notes.is_empty(), "{:?}", chart.caption.notes);
    }

    #[test]
    fn a_third_value_keeps_a_restated_year_disputed() {
        let undated = crate::report::LoadedReport::from_bytes(
            br#"{"fieldreport":1,"title":"t","funding":[{"year":2024,"label":"Battalion support","mmk":31000000000}]}"#,
            "third.json",
            None,
        )
        .expect("valid");
        let data = Dataset::merge(vec![earlier(), crate::report::sample(), undated]);
        let chart = prepare(&data, &ChartOptions::default());
        let bar = &chart.series[0].bars[1];
        assert!((bar.height - 32.9).abs() < 1e-9);
        assert_eq!(bar.earlier, Some(30.0));
        assert!(bar.conflict, "three values: the files still disagree");
        assert!(chart.flags.disputed);
        let tip = bar.tooltip_text_in(Tr::EN, Some(&data));
        assert!(
            tip.contains("restated from 30 billion kyats") && tip.contains("third.json"),
            "{tip}"
        );
        assert!(chart.summary.contains("(the files disagree)"), "{}", chart.summary);
    }

    #[test]
    fn the_restatement_is_said_in_burmese() {
        let tr = Tr::MY;
        let data = Dataset::merge(vec![earlier(), crate::report::sample()]);
        let chart = prepare(
            &data,
            &ChartOptions {
                tr,
                ..ChartOptions::default()
            },
        );
        let tip = chart.series[0].bars[1].tooltip_text_in(tr, Some(&data));
        let said = (chart.caption.notes.as_slice(), chart.summary.as_str());
        marks::testing::assert_restatement_said_in_burmese(&tip, said.0, said.1, ("၂၀၂၄", "၂၀၂၅-၀၁-၀၅"));
    }

    #[test]
    fn a_hidden_series_loses_its_change_labels() {
        let mut options = ChartOptions::default();
        options.hide(ChartKind::Funding, "Battalion support");
        let chart = prepare(&sample(), &options);
        assert!(chart.changes.is_empty());
        assert_eq!(chart.flags, Flags::default(), "nothing shown, nothing to explain");
    }

    #[test]
    fn a_year_given_only_in_the_other_currency_is_said() {
        let report = crate::report::LoadedReport::from_bytes(
            br#"{"fieldreport":1,"title":"t","funding":[{"year":2023,"mmk":5000000},{"year":2024,"usd":3000}]}"#,
            "t.json",
            None,
        )
        .expect("valid");
        let chart = prepare(&Dataset::merge(vec![report]), &ChartOptions::default());
        assert_eq!(
            chart.caption.notes,
            ["Funding 2024: no figure in MMK; switch currency to see it"]
        );
    }
}
