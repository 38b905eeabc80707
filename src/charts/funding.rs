//! Battalion funding: bars per year in kyats or dollars, the year-over-year change between the
//! bars, the qualifier on each bar, and a tooltip with the exact figure, rate and source.

use egui::Align2;

use super::{BarMark, BarSeries, Caption, ChartOptions, Currency, FUNDING_COLOR, TextMark, category_color};
use crate::report::figure::Unit;
use crate::report::{Dataset, Section, When};

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
}

/// The divisor and word for a currency's axis: billions of kyats, millions of dollars.
pub fn scale(unit: Unit, max: f64) -> (f64, &'static str) {
    match unit {
        Unit::Mmk if max >= 1e9 => (1e9, "Billion kyats"),
        Unit::Mmk if max >= 1e6 => (1e6, "Million kyats"),
        Unit::Mmk => (1.0, "Kyats"),
        Unit::Usd if max >= 1e6 => (1e6, "Million US dollars"),
        Unit::Usd if max >= 1e3 => (1e3, "Thousand US dollars"),
        Unit::Usd | Unit::Count => (1.0, "US dollars"),
    }
}

/// Turns the dataset into the funding chart.
pub fn prepare(data: &Dataset, options: &ChartOptions) -> FundingData {
    let currency = options.currency;
    let unit = currency.unit();
    let category = match currency {
        Currency::Mmk => "mmk",
        Currency::Usd => "usd",
    };
    let all: Vec<_> = data.section(Section::Funding).collect();
    let shown: Vec<_> = all.iter().filter(|s| s.key.category == category).collect();
    let max = shown
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.figure().value))
        .fold(0.0, f64::max);
    let (divisor, y_label) = scale(unit, max);
    let years = super::years_of(all.iter().copied());
    let labels: Vec<&str> = {
        let mut l: Vec<&str> = Vec::new();
        for s in &all {
            if !l.contains(&s.key.series.as_str()) {
                l.push(&s.key.series);
            }
        }
        l
    };
    let width = 0.6 / labels.len().max(1) as f64;
    let mut series = Vec::new();
    let mut changes = Vec::new();
    let mut caption = Caption::for_section(data, Section::Funding);
    let mut summary_parts = Vec::new();
    for (li, label) in labels.iter().enumerate() {
        let offset = (li as f64 - (labels.len() as f64 - 1.0) / 2.0) * width;
        let Some(s) = shown.iter().find(|s| s.key.series == *label) else {
            caption
                .notes
                .push(format!("{label}: no figures in {}", currency.name()));
            continue;
        };
        let hidden = options.hidden(super::ChartKind::Funding).contains(*label);
        let yoy = s.changes();
        let other = all
            .iter()
            .find(|o| o.key.series == *label && o.key.category != category);
        let mut bars = Vec::new();
        for p in &s.points {
            let figure = p.figure();
            let year = p.when.year();
            let mut tip = format!("{label}, {year}\n{}", super::figure_tooltip(data, p, unit));
            if let Some(c) = yoy.iter().find(|c| c.to_year == year) {
                tip.push_str(&format!("\nChange: {}", c.describe(unit)));
                if disputed(s, c) {
                    tip.push_str(" (from the first file's figures: the files disagree on this change)");
                }
            }
            if let Some(o) = other.and_then(|o| o.at(When::Year(year))) {
                let other_unit = currency.toggled().unit();
                let given: Vec<String> = o.claims.iter().map(|c| c.figure.long(other_unit)).collect();
                tip.push_str(&format!("\nAlso given: {}", given.join(" or ")));
                let (mmk, usd) = match currency {
                    Currency::Mmk => (figure, o.figure()),
                    Currency::Usd => (o.figure(), figure),
                };
                if let Some(rate) = crate::report::model::implied_rate_words(mmk, usd) {
                    tip.push_str(&format!("\nImplied rate: {rate} kyats per US dollar"));
                }
            }
            bars.push(BarMark {
                x: f64::from(year) + offset,
                base: 0.0,
                height: figure.value / divisor,
                width: width * 0.9,
                label: p
                    .claims
                    .iter()
                    .map(|c| short_label(&c.figure, unit))
                    .collect::<Vec<_>>()
                    .join(" or "),
                tooltip: tip,
                open_above: figure.qualifier.open_above(),
                conflict: p.is_conflict(),
                inside: false,
            });
        }
        if !hidden {
            for c in &yoy {
                let from = s.at(When::Year(c.from_year)).map_or(0.0, |p| p.figure().value);
                let to = s.at(When::Year(c.to_year)).map_or(0.0, |p| p.figure().value);
                changes.push(TextMark {
                    x: (f64::from(c.from_year) + f64::from(c.to_year)) / 2.0 + offset,
                    y: from.max(to) / divisor + extent_of(&s.points, divisor) * 0.16,
                    text: if disputed(s, c) {
                        format!("{} ⚠", c.label())
                    } else {
                        c.label()
                    },
                    anchor: Align2::CENTER_BOTTOM,
                    strong: false,
                });
            }
            summary_parts.push(summary(label, s, unit));
        }
        for year in &years {
            if s.at(When::Year(*year)).is_none() && other.and_then(|o| o.at(When::Year(*year))).is_some() {
                caption.notes.push(format!(
                    "{label} {year}: no figure in {}; switch currency to see it",
                    currency.name()
                ));
            }
        }
        let color = if labels.len() == 1 {
            FUNDING_COLOR
        } else {
            category_color(label)
        };
        series.push(BarSeries {
            name: (*label).to_owned(),
            color,
            bars,
            horizontal: false,
        });
    }
    let title = match labels.as_slice() {
        [one] => format!("{one} per year"),
        _ => "Funding per year".to_owned(),
    };
    FundingData {
        title,
        y_label: y_label.to_owned(),
        currency,
        series,
        changes,
        years,
        caption,
        summary: summary_parts.join(" "),
    }
}

/// A bar label: "> 33.6 bn" (the axis says kyats), "US$ 16.0 m".
fn short_label(figure: &crate::report::Figure, unit: Unit) -> String {
    let text = figure.short(unit);
    match unit {
        Unit::Mmk => text.trim_end_matches(" MMK").to_owned(),
        _ => text,
    }
}

/// "Battalion support: 25 billion kyats in 2023, 32.9 billion kyats in 2024 (+31.6 %), …".
fn summary(label: &str, s: &crate::report::Series, unit: Unit) -> String {
    let changes = s.changes();
    let parts: Vec<String> = s
        .points
        .iter()
        .map(|p| {
            let year = p.when.year();
            let change = changes
                .iter()
                .find(|c| c.to_year == year)
                .map(|c| format!(" ({})", c.label()))
                .unwrap_or_default();
            let values: Vec<String> = p.claims.iter().map(|c| c.figure.long(unit)).collect();
            let disputed = if p.is_conflict() { " (the files disagree)" } else { "" };
            format!("{} in {year}{disputed}{change}", values.join(" or "))
        })
        .collect();
    let trend = match (s.points.first(), s.points.last()) {
        (Some(a), Some(b)) if s.points.len() > 1 => {
            let verb = match b.figure().value.partial_cmp(&a.figure().value) {
                Some(std::cmp::Ordering::Greater) => "rose",
                Some(std::cmp::Ordering::Less) => "fell",
                _ => "stayed level",
            };
            format!(
                " {verb} from {} in {} to {} in {}",
                a.figure().long(unit),
                a.when.year(),
                b.figure().long(unit),
                b.when.year()
            )
        }
        _ => String::new(),
    };
    format!("{label}{trend}: {}.", parts.join(", "))
}

/// Draws the funding chart.
pub fn ui(
    ui: &mut egui::Ui,
    chart: &FundingData,
    options: &ChartOptions,
    focus: Option<crate::report::When>,
) -> Option<std::collections::BTreeSet<String>> {
    let bars = super::YearBars {
        kind: super::ChartKind::Funding,
        y_label: &chart.y_label,
        series: &chart.series,
        texts: &chart.changes,
        years: &chart.years,
        extent: super::extent(&chart.series),
    };
    super::year_bars_ui(ui, &bars, options, focus, |_, _| {})
}

/// True when the files disagree on either end of a change.
fn disputed(s: &crate::report::Series, c: &crate::report::yoy::Change) -> bool {
    [c.from_year, c.to_year]
        .iter()
        .any(|y| s.at(When::Year(*y)).is_some_and(crate::report::Point::is_conflict))
}

/// The largest figure of a series in display units.
fn extent_of(points: &[crate::report::Point], divisor: f64) -> f64 {
    points.iter().map(|p| p.figure().value / divisor).fold(0.0, f64::max)
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
        assert!(bars[2].open_above);
        assert!(!bars[0].open_above);
        assert_eq!(bars[0].label, "25.0 bn");
        let texts: Vec<&str> = chart.changes.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["+31.6 %", "≥ +2.1 %"]);
        assert!(
            bars[2]
                .tooltip
                .contains("over 33,600,000,000 kyats (33.6 billion kyats)"),
            "{}",
            bars[2].tooltip
        );
        assert!(
            bars[2]
                .tooltip
                .contains("Implied rate: at least 2,100 kyats per US dollar"),
            "{}",
            bars[2].tooltip
        );
        assert!(bars[2].tooltip.contains("Source: Mizzima"), "{}", bars[2].tooltip);
        assert_eq!(chart.series[0].color, FUNDING_COLOR);
        assert!(
            chart.summary.contains("over 33.6 billion kyats in 2025"),
            "{}",
            chart.summary
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
        assert!(bar.tooltip.contains("32,900,000,000"), "{}", bar.tooltip);
        assert!(bar.tooltip.contains("30,000,000,000"), "{}", bar.tooltip);
        assert!(bar.tooltip.contains("(other.json)"), "{}", bar.tooltip);
    }

    #[test]
    fn a_hidden_series_loses_its_change_labels() {
        let mut options = ChartOptions::default();
        options.hide(crate::charts::ChartKind::Funding, "Battalion support");
        let chart = prepare(&sample(), &options);
        assert!(chart.changes.is_empty());
    }
}
