//! The fuzzing corpus replayed: every file of `fuzz/corpus/` and `fuzz/regressions/` goes through
//! the whole pipeline (read and check, merge with the sample, conflicts, every chart, both CSVs)
//! without a panic, and keeps every property the fuzz target `invariants` asserts (its code is
//! `fuzz/src/lib.rs`, shared): errors start with the file name and point inside it, every figure
//! reaches the dataset CSV with its qualifier, that table reads back as the report, a file merged
//! with itself adds no conflict. The long, coverage-guided run is `fuzz/`.

use std::path::{Path, PathBuf};

/// The fuzz targets' own code (`fuzz/src/lib.rs` uses nothing but fieldreport and the csv crate,
/// both dependencies here), so the replay
/// checks exactly what the fuzzer checks.
#[path = "../fuzz/src/lib.rs"]
mod fuzz;

/// What the fuzz targets do with one input, with every property the fuzzer asserts. Returns
/// whether the file was read.
fn replay(bytes: &[u8]) -> bool {
    fuzz::invariants(bytes);
    fuzz::pipeline(bytes).is_some()
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
    replay_all_with(paths, replay)
}

/// Replays each file through `target`, collecting every failure instead of stopping at the first.
fn replay_all_with(paths: &[PathBuf], target: fn(&[u8]) -> bool) -> (Vec<(String, bool)>, Vec<String>) {
    let mut results = Vec::new();
    let mut failures = Vec::new();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        match std::panic::catch_unwind(|| target(&bytes)) {
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

/// A finding through the target that found it, named by its file's prefix (`cells-`, `table-`,
/// `events-`; the rest are report files for the JSON targets).
fn replay_finding(name: &str) -> fn(&[u8]) -> bool {
    match name.split('-').next() {
        Some("cells") => replay_cells,
        Some("table") => replay_table,
        Some("events") => replay_events,
        _ => replay,
    }
}

#[test]
fn the_fuzzer_findings_stay_fixed() {
    let paths = files("regressions");
    let mut failures = Vec::new();
    for path in &paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        failures.extend(replay_all_with(std::slice::from_ref(path), replay_finding(&name)).1);
    }
    assert!(
        failures.is_empty(),
        "{} of {} files failed:\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n")
    );
}

/// The CSV table target on one input; whether the table was read.
fn replay_table(bytes: &[u8]) -> bool {
    fuzz::table(bytes);
    fieldreport::report::format::csv::parse(bytes, fuzz::TABLE_FILE).is_ok()
}

/// The cells target on one input, pasted into every sheet (the target pastes into one);
/// always true (every text can be typed or pasted).
fn replay_cells(bytes: &[u8]) -> bool {
    for sheet in fuzz::SHEETS {
        fuzz::cells_into(bytes, sheet);
    }
    true
}

#[test]
fn the_table_corpus_keeps_the_table_targets_properties() {
    let paths = files("corpus-table");
    assert!(paths.len() >= 20, "the table corpus is there: {} files", paths.len());
    let (results, failures) = replay_all_with(&paths, replay_table);
    assert!(
        failures.is_empty(),
        "{} of {} tables failed:\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n")
    );
    for (name, read) in &results {
        if name.starts_with("bad-") {
            assert!(!read, "{name} was read; it should be refused");
        } else if name.starts_with("fixture-") {
            assert!(read, "{name} was refused; it should be read");
        }
    }
}

#[test]
fn the_cells_corpus_keeps_the_cell_targets_properties() {
    let paths = files("corpus-cells");
    assert!(paths.len() >= 5, "the cells corpus is there: {} files", paths.len());
    // As the target runs them, and pasted into every sheet.
    let as_run = |bytes: &[u8]| {
        fuzz::cells(bytes);
        true
    };
    let (_, mut failures) = replay_all_with(&paths, as_run);
    failures.extend(replay_all_with(&paths, replay_cells).1);
    assert!(
        failures.is_empty(),
        "{} of {} texts failed:\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n")
    );
}

/// Any cell text reads the same typed into the editor, pasted from a spreadsheet and from a CSV
/// table (`fuzz::cell_reads_alike`): texts made of what figures are written with (Latin and
/// Burmese digits, separators, signs, exponents, spaces of four widths, quotes, qualifier, scale
/// and unit words, a column's name), from a fixed seed; and the cases that once read otherwise.
#[test]
fn any_cell_text_reads_the_same_typed_pasted_and_from_a_table() {
    const PIECES: [&str; 36] = [
        "0", "1", "5", "9", "549", "000", "၉", "၀", ",", ",", ".", ".", " ", "\u{a0}", "\u{202f}", "\u{2009}", "'",
        "-", "+", "e", "E", "over ", "about ", "≥", "~", " billion", " m", "k", "US$", " kyats", "\"", "=", "x",
        "Total", "  ", ";",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    // Half the texts start with a digit and hold mostly what numbers are written with.
    const DIGITS: [&str; 6] = ["0", "1", "5", "9", "549", "000"];
    let mut read = 0;
    let texts = 1500;
    for i in 0..texts {
        let pieces = 1 + next() % 6;
        let mut text = String::new();
        for p in 0..pieces {
            let numeric = i % 2 == 0 && (p == 0 || next() % 3 > 0);
            let from: &[&str] = if numeric { &DIGITS } else { &PIECES };
            text.push_str(from[(next() % from.len() as u64) as usize]);
        }
        read += fuzz::cell_reads_alike(&text).iter().flatten().count();
    }
    assert!(
        read >= texts / 2,
        "the table read {read} of {} cells: too few to matter",
        2 * texts
    );

    // A count and an amount, in the losses total and the kyats column.
    let cases: [(&str, [Option<f64>; 2]); 10] = [
        ("9,549", [Some(9549.0), Some(9549.0)]),
        // Read as 9 and a scale word "549" by the editor once.
        ("9\u{202f}549", [Some(9549.0), Some(9549.0)]),
        // Rounded to 1 by the editor once, where the table refuses a count with decimals.
        ("1.0000001", [None, Some(1.000_000_1)]),
        ("'12", [Some(12.0), Some(12.0)]),
        ("+3", [Some(3.0), Some(3.0)]),
        ("3.36E+10", [Some(3.36e10), Some(3.36e10)]),
        // Rounded into range by the editor once, where the table refuses them.
        ("1000000000000000.1", [None, None]),
        ("-0.0000001", [None, None]),
        ("over 5", [None, None]),
        ("Total", [None, None]),
    ];
    for (text, table) in cases {
        assert_eq!(fuzz::cell_reads_alike(text), table, "{text:?}");
    }
}

fn replay_events(bytes: &[u8]) -> bool {
    fuzz::events(bytes);
    true
}

#[test]
fn the_events_corpus_keeps_the_event_targets_properties() {
    let paths = files("corpus-events");
    assert!(paths.len() >= 5, "the events corpus is there: {} files", paths.len());
    let (_, failures) = replay_all_with(&paths, replay_events);
    assert!(
        failures.is_empty(),
        "{} of {} event files failed:\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n")
    );
}
