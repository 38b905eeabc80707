//! The fuzzing corpus replayed: every file of `fuzz/corpus/` and `fuzz/regressions/` goes through
//! the whole pipeline (read and check, merge with the sample, conflicts, every chart, both CSVs)
//! without a panic, and keeps the properties the fuzzer checks: errors start with the file name,
//! every figure reaches the dataset CSV with its qualifier, and that table reads back as the report. The long, coverage-guided run is `fuzz/`.

use std::path::{Path, PathBuf};

use fieldreport::charts::{ChartKind, ChartOptions};
use fieldreport::report::dataset::figures;
use fieldreport::report::{Dataset, LoadedReport, csv, sample};

const FILE: &str = "fuzz.json";

/// Prepares every chart and writes every CSV: one per chart, then the whole dataset's.
fn charts_and_csv(data: &Dataset, options: &ChartOptions) -> Vec<String> {
    let charts = fieldreport::charts::Charts::prepare(data, options);
    let mut out: Vec<String> = ChartKind::ALL
        .iter()
        .map(|&kind| fieldreport::export::csv::chart(data, &**charts.get(kind), options))
        .collect();
    out.push(fieldreport::export::csv::dataset(data));
    out
}

/// What the fuzz targets do with one input. Returns whether the file was read.
fn replay(bytes: &[u8]) -> bool {
    let loaded = match LoadedReport::from_bytes(bytes, FILE, None) {
        Ok(loaded) => loaded,
        Err(error) => {
            let text = error.to_string();
            assert!(
                text.starts_with("fuzz.json:"),
                "error does not start with the file name: {text}"
            );
            if let Some((line, column)) = error.position {
                let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
                assert!(
                    (1..=lines).contains(&line) && column >= 1,
                    "position {line}:{column} is not a place in a {lines}-line file: {text}"
                );
            }
            return false;
        }
    };

    let alone = Dataset::merge(vec![loaded.clone()]);
    let csv = charts_and_csv(&alone, &ChartOptions::default());
    let table = &csv[ChartKind::ALL.len()];
    table_reads_back(&loaded, table);
    let rows = parse_csv(table);
    let header = &rows[0];
    let col = |name: &str| header.iter().position(|h| h == name).expect("a column of the table");
    let (section, role, when_col, value, qualifier) =
        (col("section"), col("role"), col("when"), col("value"), col("qualifier"));
    let figure_rows: Vec<&Vec<String>> = rows[1..]
        .iter()
        .filter(|row| matches!(row[role].as_str(), "amount" | "total" | "part" | "other"))
        .collect();
    for row in &rows[1..] {
        assert_eq!(row.len(), header.len(), "{row:?}");
    }
    for row in &figure_rows {
        assert!(
            row[value].parse::<f64>().is_ok_and(|v| v >= 0.0) && !row[value].starts_with(['-', '\'']),
            "the value cell {:?} is not a plain non-negative number: {row:?}",
            row[value]
        );
    }
    // Every figure is a row of the table, a time given twice in one file included.
    assert_eq!(figure_rows.len(), figures(&loaded.report).len(), "one row per figure");
    for (key, when, figure) in figures(&loaded.report) {
        let when = when.to_string();
        assert!(
            figure_rows.iter().any(|row| row[section] == key.section.name()
                && row[when_col] == when
                && row[value].parse::<f64>().ok() == Some(figure.value)
                && row[qualifier] == figure.qualifier.key()),
            "no CSV row with {} for {key:?} {when}: {rows:?}",
            figure.qualifier.key()
        );
    }

    let data = Dataset::merge(vec![sample(), loaded]);
    for conflict in data.conflicts() {
        let text = data.describe_conflict(&conflict);
        assert!(text.contains("; "), "a conflict names at least two claims: {text}");
    }
    let _ = charts_and_csv(&data, &ChartOptions::default());
    true
}

/// The table of one report reads back as that report: the same table when written again (a
/// table cannot tell an empty text from none, so the two tables are compared, not the reports).
/// A report with no entry, or with a zero character in a text, has no table of its own.
fn table_reads_back(loaded: &LoadedReport, table: &str) {
    let r = &loaded.report;
    if (r.funding.is_empty() && r.losses.is_empty() && r.battles.is_empty() && r.townships.is_empty())
        || table.contains('\0')
    {
        return;
    }
    let back = csv::parse(table.as_bytes(), "fuzz.csv").unwrap_or_else(|e| panic!("the table does not read back: {e}"));
    assert_eq!(back.len(), 1, "one report");
    assert_eq!(back[0].0, loaded.name);
    assert_eq!(
        csv::write_one(FILE, &back[0].1.report),
        csv::write_one(FILE, r),
        "the table read back is another report"
    );
}

/// Reads CSV text (RFC 4180 quoting) into rows of cells.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell, mut quoted) = (Vec::new(), Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (_, c) => cell.push(c),
        }
    }
    assert!(
        !quoted && cell.is_empty() && row.is_empty(),
        "the CSV ends inside a row"
    );
    rows
}

fn files(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join(folder);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable folder entry").path())
        .filter(|p| p.is_file() && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
        .collect();
    out.sort();
    out
}

/// Replays each file, collecting every failure instead of stopping at the first.
fn replay_all(paths: &[PathBuf]) -> (Vec<(String, bool)>, Vec<String>) {
    let mut results = Vec::new();
    let mut failures = Vec::new();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        match std::panic::catch_unwind(|| replay(&bytes)) {
            Ok(read) => results.push((name, read)),
            Err(panic) => {
                let why = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                    .unwrap_or_default();
                failures.push(format!("{name}: {why}"));
            }
        }
    }
    (results, failures)
}

#[test]
fn the_corpus_replays_through_the_whole_pipeline() {
    let paths = files("corpus");
    assert!(paths.len() >= 30, "the seed corpus is there: {} files", paths.len());
    let (results, failures) = replay_all(&paths);
    assert!(
        failures.is_empty(),
        "{} of {} files failed:\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n")
    );

    // The named seeds say what they must give: the sample, good fixtures and hand-made seeds are
    // read; the bad fixtures are refused.
    for (name, read) in &results {
        if name.starts_with("bad-") {
            assert!(!read, "{name} was read; it should be refused");
        } else if name.starts_with("sample-") || name.starts_with("fixture-") || name.starts_with("seed-") {
            assert!(read, "{name} was refused; it should be read");
        }
    }
    assert!(results.iter().any(|(_, read)| *read) && results.iter().any(|(_, read)| !*read));
}

#[test]
fn the_fuzzer_findings_stay_fixed() {
    let paths = files("regressions");
    let (_, failures) = replay_all(&paths);
    assert!(
        failures.is_empty(),
        "{} of {} files failed:\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n")
    );
}
