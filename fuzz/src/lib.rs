//! What the fuzz targets run on each input: the whole pipeline from bytes to exports, and the
//! properties it must keep whatever the bytes.
//!
//! - [`pipeline`]: read and check, merge with the bundled sample (so conflicts arise), describe
//!   the conflicts, prepare every chart, write both CSVs. Any panic is a bug.
//! - [`invariants`]: the same, and asserts what must hold: errors name the file and a place
//!   inside it; every figure reaches the CSV with its value and qualifier; the chart CSVs are
//!   the dataset CSV split by chart; a file merged with itself conflicts with nothing new.

use fieldreport::charts::{ChartKind, ChartOptions, Currency};
use fieldreport::report::{Dataset, LoadedReport, ReadError, Section, Unit, dataset::figures, sample};

/// The name the fuzzed file is read under.
pub const FILE: &str = "fuzz.json";

/// Prepares every chart and writes every CSV of a dataset: the chart CSVs (one per chart, in
/// `options`' currency) and the whole-dataset CSV last.
pub fn charts_and_csv(data: &Dataset, options: &ChartOptions) -> Vec<String> {
    let charts = fieldreport::charts::Charts::prepare(data, options);
    let mut out: Vec<String> = ChartKind::ALL
        .iter()
        .map(|&kind| fieldreport::export::csv::chart(data, &**charts.get(kind), options))
        .collect();
    out.push(fieldreport::export::csv::dataset(data));
    out
}

/// Read, merge with the sample, conflicts, charts and CSVs. Returns the report when it was read.
pub fn pipeline(bytes: &[u8]) -> Option<LoadedReport> {
    let loaded = LoadedReport::from_bytes(bytes, FILE, None).ok()?;
    let data = Dataset::merge(vec![sample(), loaded.clone()]);
    for conflict in data.conflicts() {
        let _ = data.describe_conflict(&conflict);
    }
    let _ = charts_and_csv(&data, &ChartOptions::default());
    Some(loaded)
}

/// The pipeline with its properties asserted; panics (a crash for the fuzzer) when one fails.
pub fn invariants(bytes: &[u8]) {
    let loaded = match LoadedReport::from_bytes(bytes, FILE, None) {
        Ok(loaded) => loaded,
        Err(error) => return error_is_located(bytes, &error),
    };
    let alone = Dataset::merge(vec![loaded.clone()]);
    csv_keeps_every_figure(&loaded, &alone);
    conflicts_are_described(&alone);

    let twice = Dataset::merge(vec![loaded.clone(), loaded.clone()]);
    assert_eq!(
        twice.conflicts().len(),
        alone.conflicts().len(),
        "a file merged with itself must add no conflict"
    );

    let with_sample = Dataset::merge(vec![sample(), loaded]);
    conflicts_are_described(&with_sample);
    changes_are_numbers(&with_sample);
    let _ = charts_and_csv(&with_sample, &ChartOptions::default());
}

/// An error names the file first, and its line:column lies inside the text.
fn error_is_located(bytes: &[u8], error: &ReadError) {
    let text = error.to_string();
    assert_eq!(error.file, FILE);
    assert!(
        text.starts_with(&format!("{FILE}:")),
        "error does not start with the file name: {text}"
    );
    assert!(!error.message.is_empty(), "error without a message: {text}");
    if let Some((line, column)) = error.position {
        let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
        assert!(line >= 1 && column >= 1, "position {line}:{column} in {text}");
        assert!(line <= lines, "line {line} of a {lines}-line file: {text}");
    }
}

/// Every figure of the report is a row of the dataset CSV with its series, time, value and
/// qualifier, its words keep the qualifier, and the chart CSVs hold exactly the same rows.
fn csv_keeps_every_figure(loaded: &LoadedReport, data: &Dataset) {
    let mmk = charts_and_csv(data, &ChartOptions::default());
    let usd = charts_and_csv(
        data,
        &ChartOptions {
            currency: Currency::Usd,
            ..ChartOptions::default()
        },
    );
    let whole = parse_csv(&mmk[4]);
    let header = &whole[0];
    assert_eq!(header.len(), 12, "header: {header:?}");
    let rows = &whole[1..];
    for row in rows {
        assert_eq!(row.len(), 12, "row with {} cells: {row:?}", row.len());
    }
    let claims: usize = data.series.iter().flat_map(|s| &s.points).map(|p| p.claims.len()).sum();
    assert_eq!(rows.len(), claims, "one row per claim");

    for (key, when, figure) in figures(&loaded.report) {
        let role = format!("{:?}", key.role).to_lowercase();
        let found = rows.iter().any(|row| {
            row[0] == key.section.name()
                && row[1] == defused(&key.series)
                && row[2] == defused(&key.category)
                && row[3] == role
                && row[4] == when.to_string()
                && row[5].trim_start_matches('\'').parse::<f64>().ok() == Some(figure.value)
                && row[6] == figure.qualifier.key()
        });
        assert!(found, "no CSV row for {key:?} {when} {figure:?}");
    }
    for row in rows {
        // A figure is a non-negative number: its cell reads as one in a spreadsheet.
        assert!(
            row[5].parse::<f64>().is_ok_and(|v| v >= 0.0) && !row[5].starts_with(['-', '\'']),
            "the value cell {:?} is not a plain non-negative number: {row:?}",
            row[5]
        );
        let words = qualifier_words(&row[6]);
        assert!(
            row[8].trim_start_matches('\'').starts_with(words),
            "qualifier {} lost in the words {:?}",
            row[6],
            row[8]
        );
    }

    // The chart CSVs split the dataset CSV: funding in the chosen currency, each other section
    // whole (nothing is hidden by default).
    let mut from_charts: Vec<Vec<String>> = Vec::new();
    for (i, kind) in ChartKind::ALL.iter().enumerate() {
        let chart = parse_csv(&mmk[i]);
        assert_eq!(&chart[0], header, "{kind:?} chart CSV header");
        from_charts.extend(chart.into_iter().skip(1));
        if kind.section() == Section::Funding {
            from_charts.extend(parse_csv(&usd[i]).into_iter().skip(1));
        }
    }
    let mut expected: Vec<Vec<String>> = rows.to_vec();
    expected.sort();
    from_charts.sort();
    assert_eq!(
        from_charts, expected,
        "the chart CSVs are not the dataset CSV split by chart"
    );
}

/// Every conflict has claims that differ, and its words give each claim's value and files.
fn conflicts_are_described(data: &Dataset) {
    for conflict in data.conflicts() {
        assert!(conflict.claims.len() > 1, "{conflict:?}");
        let text = data.describe_conflict(&conflict);
        let unit: Unit = conflict.key.unit();
        for (i, claim) in conflict.claims.iter().enumerate() {
            for other in &conflict.claims[i + 1..] {
                assert!(
                    !claim.figure.same_claim(&other.figure),
                    "equal claims in a conflict: {conflict:?}"
                );
            }
            assert!(text.contains(&claim.figure.long(unit)), "{text}");
            assert!(text.contains(&data.source_names(&claim.sources)), "{text}");
        }
    }
}

/// Year-over-year changes are worded with finite numbers, whatever the values.
fn changes_are_numbers(data: &Dataset) {
    for series in &data.series {
        for change in series.changes() {
            assert!(change.abs.is_finite(), "{change:?}");
            assert!(change.pct.is_none_or(f64::is_finite), "{change:?}");
            assert!(change.from_year < change.to_year, "{change:?}");
            for text in [change.label(), change.describe(series.key.unit())] {
                assert!(!text.contains("NaN") && !text.contains("inf"), "{text}");
            }
        }
    }
}

/// The words a qualifier puts before a value in the CSV's `shown_as` column.
fn qualifier_words(key: &str) -> &'static str {
    fieldreport::report::Qualifier::ALL
        .iter()
        .find(|q| q.key() == key)
        .map_or("", |q| q.words())
}

/// A text cell as the CSV writes it, before quoting: text a spreadsheet would run as a formula
/// gets a leading `'`.
fn defused(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// Reads CSV text (RFC 4180 quoting) into rows of cells.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(!quoted, "CSV ends inside a quoted cell");
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}
