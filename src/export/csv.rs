//! CSV out: the figures a chart shows (hidden series and the currency respected), or every open
//! report in the spreadsheet format that reads back ([`crate::report::format::csv`]), each figure's row
//! with its qualifier and its sources.

use crate::charts::{ChartOptions, ChartView};
use crate::report::model::figure::Unit;
use crate::report::{Dataset, Series};

/// The columns, as catalog keys: the header row is in the chart's language, the cells below it
/// stay machine-readable (numbers, qualifier keys, dates as in the file) apart from `shown_as`.
const COLUMNS: [&str; 12] = [
    "csv-section",
    "csv-series",
    "csv-category",
    "csv-role",
    "csv-when",
    "csv-value",
    "csv-qualifier",
    "csv-unit",
    "csv-shown-as",
    "csv-note",
    "csv-conflict",
    "csv-sources",
];

/// The header row in a language.
fn header(tr: crate::i18n::Tr) -> String {
    let names: Vec<String> = COLUMNS.iter().map(|key| field(&tr.t(key))).collect();
    format!("{}\n", names.join(","))
}

/// Quotes a field when it needs it, and defuses text a spreadsheet would run as a formula.
fn field(text: &str) -> String {
    crate::report::format::csv::cell(text)
}

fn rows(data: &Dataset, series: &Series, tr: crate::i18n::Tr, out: &mut String) {
    let unit = series.key.unit();
    let unit_name = match unit {
        Unit::Count => "count",
        Unit::Mmk => "MMK",
        Unit::Usd => "USD",
    };
    let role = format!("{:?}", series.key.role).to_lowercase();
    for p in &series.points {
        for claim in &p.claims {
            let f = &claim.figure;
            let cells = [
                series.key.section.name().to_owned(),
                series.key.series.clone(),
                series.key.category.clone(),
                role.clone(),
                p.when.to_string(),
                format!("{}", f.value),
                f.qualifier.key().to_owned(),
                unit_name.to_owned(),
                f.long_in(tr, unit),
                f.note.clone().unwrap_or_default(),
                if p.is_conflict() { "yes" } else { "no" }.to_owned(),
                crate::charts::sources_of(data, &claim.sources),
            ];
            let line: Vec<String> = cells.iter().map(|c| field(c)).collect();
            out.push_str(&line.join(","));
            out.push('\n');
        }
    }
}

/// Every open report in the spreadsheet format: every figure with its qualifier, note, conflict
/// flag and sources, and the rest of each report (fields, sources, notes, towns), so that the
/// table opens again as the same reports.
pub fn dataset(data: &Dataset) -> String {
    data.table_csv()
}

/// The figures one chart shows: its section, without hidden series, funding in one currency.
pub fn chart(data: &Dataset, chart: &dyn ChartView, options: &ChartOptions) -> String {
    if let Some(own) = chart.csv(options) {
        return own;
    }
    let mut out = header(options.tr);
    for s in data.section(chart.kind().section()) {
        if chart.shows(&s.key, options) {
            rows(data, s, options.tr, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{ChartKind, Currency};

    fn csv_of(kind: ChartKind, options: &ChartOptions) -> String {
        let data = Dataset::merge(vec![crate::report::sample()]);
        chart(&data, &*kind.prepare(&data, options), options)
    }

    #[test]
    fn fields_are_quoted_when_needed() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"over\""), "\"say \"\"over\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("@SUM"), "'@SUM");
    }

    #[test]
    fn the_funding_chart_in_kyats() {
        let csv = csv_of(ChartKind::Funding, &ChartOptions::default());
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 4, "{csv}");
        assert!(
            lines[3]
                .starts_with("funding,Battalion support,mmk,amount,2025,33600000000,over,MMK,over 33.6 billion kyats,"),
            "{}",
            lines[3]
        );
        assert!(lines[3].contains("Mizzima"), "{}", lines[3]);
        let usd = csv_of(
            ChartKind::Funding,
            &ChartOptions {
                currency: Currency::Usd,
                ..ChartOptions::default()
            },
        );
        assert!(usd.lines().skip(1).all(|l| l.contains(",usd,")), "{usd}");
    }

    #[test]
    fn hidden_series_are_left_out() {
        let mut options = ChartOptions::default();
        options.hide(ChartKind::Losses, "killed");
        let csv = csv_of(ChartKind::Losses, &options);
        assert!(!csv.contains(",killed,"), "{csv}");
        assert!(csv.contains(",injured,"), "{csv}");
        assert!(
            csv.contains(",defected,other,2025,536,exact,count,536,including two majors,no,"),
            "{csv}"
        );
    }

    #[test]
    fn hiding_all_battles_leaves_the_year_totals_out() {
        let mut options = ChartOptions::default();
        options.hide(ChartKind::Battles, crate::charts::battles::ALL_BATTLES);
        let csv = csv_of(ChartKind::Battles, &options);
        assert!(!csv.contains("battles,,total,"), "{csv}");
        assert!(csv.contains(",total,total,2025,2984,"), "group totals stay: {csv}");
    }

    #[test]
    fn the_whole_dataset() {
        let data = Dataset::merge(vec![crate::report::sample()]);
        let csv = dataset(&data);
        assert!(csv.contains("nug-2025-military-review.json,battles,\"PDF and PDO, Anyar and Sittaung River Basin\",drone-only attacks,part,2025,701,at_least,count,at least 701,"), "{csv}");
        assert!(
            csv.contains("nug-2025-military-review.json,townships,,captured,part,2025-12-31,37,exact"),
            "{csv}"
        );
    }
}
