//! The data model over files: the sample, bad inputs with their located errors, merging and
//! the `check` command.

use std::path::{Path, PathBuf};
use std::process::Command;

use fieldreport::report::{self, Dataset, LoadedReport, Qualifier, Severity, Subject, Warning};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Every bad input, with the place and words its error must carry.
/// File name, line and column, JSON path, words the message must contain.
type Expected = (&'static str, Option<(usize, usize)>, Option<&'static str>, &'static str);

const BAD: &[Expected] = &[
    ("empty.json", None, None, "the file is empty"),
    (
        "truncated.json",
        Some((5, 30)),
        Some("funding[0]"),
        "the file ends too early",
    ),
    ("binary.json", None, None, "binary file"),
    ("utf16.json", None, None, "UTF-16"),
    ("invalid-utf8.json", Some((3, 16)), None, "expected UTF-8 text"),
    (
        "deep.json",
        Some((1, 109)),
        None,
        "expected at most 64 levels of nesting",
    ),
    ("nan.json", Some((4, 39)), Some("funding[0].mmk"), "NaN, Infinity"),
    (
        "infinity.json",
        Some((4, 39)),
        Some("funding[0].usd"),
        "expected a JSON value",
    ),
    (
        "huge-number.json",
        Some((4, 43)),
        Some("funding[0].mmk"),
        "expected a number up to 1,000,000,000,000,000",
    ),
    (
        "huge-count.json",
        Some((4, 76)),
        Some("losses[0].breakdown.killed"),
        "expected a number up to",
    ),
    (
        "wrong-type.json",
        Some((6, 37)),
        Some("losses[0].breakdown.killed"),
        "expected a whole non-negative number (a count) or an object like {\"value\": 701, \"qualifier\": \"at_least\"}, found string \"many\"",
    ),
    (
        "invalid-date.json",
        Some((4, 27)),
        Some("published"),
        "expected a real date written YYYY-MM-DD, between 1900 and 2200, found string \"2025-02-30\"",
    ),
    (
        "duplicate-key.json",
        Some((4, 9)),
        None,
        "the field `title` appears twice",
    ),
    (
        "duplicate-category.json",
        Some((4, 66)),
        Some("losses[0].breakdown"),
        "the category `killed` appears twice",
    ),
    (
        "negative.json",
        Some((4, 57)),
        Some("losses[0].breakdown.killed"),
        "found integer `-5`",
    ),
    (
        "fractional-count.json",
        Some((4, 44)),
        Some("battles[0].total"),
        "expected a whole non-negative number (a count), found floating point `12.5`",
    ),
    (
        "format-2.json",
        None,
        Some("fieldreport"),
        "written for format 2; this version reads format 1",
    ),
    (
        "no-sections.json",
        None,
        None,
        "expected at least one of `funding`, `losses`, `battles`, `townships`, found none",
    ),
    (
        "no-title.json",
        Some((4, 1)),
        None,
        "expected the required field `title`, found none",
    ),
    (
        "bad-qualifier.json",
        Some((4, 77)),
        Some("battles[0].total.qualifier"),
        "unknown variant `roughly`",
    ),
    (
        "year-out-of-range.json",
        Some((4, 29)),
        Some("battles[0].year"),
        "expected a year between 1900 and 2200, found integer `1850`",
    ),
    (
        "not-an-object.json",
        Some((1, 1)),
        None,
        "expected a JSON object (a report starts with `{`), found an array",
    ),
    (
        "funding-without-amount.json",
        None,
        Some("funding[0]"),
        "expected at least one of `mmk` and `usd`, found neither",
    ),
    (
        "trailing-garbage.json",
        Some((1, 51)),
        None,
        "expected the end of the file after the report object",
    ),
];

#[test]
fn every_bad_input_gives_its_located_error() {
    let dir = fixture("bad");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("bad fixtures folder") {
        let name = entry.expect("entry").file_name().to_string_lossy().into_owned();
        assert!(
            BAD.iter().any(|(n, ..)| *n == name),
            "{name} has no expected error in BAD"
        );
        seen += 1;
    }
    assert_eq!(seen, BAD.len());
    for (name, position, path, words) in BAD {
        let error = LoadedReport::from_path(&dir.join(name)).expect_err(name);
        assert_eq!(error.file, *name, "{name}");
        assert_eq!(error.position, *position, "{name}: {error}");
        assert_eq!(error.path.as_deref(), *path, "{name}: {error}");
        assert!(error.message.contains(words), "{name}: {error}");
        let shown = error.to_string();
        assert!(shown.starts_with(name), "{shown}");
        if let Some((line, column)) = position {
            assert!(shown.contains(&format!(":{line}:{column}:")), "{shown}");
        }
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_reading() {
    let dir = std::env::temp_dir().join(format!("fieldreport-large-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("large.json");
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(report::read::MAX_FILE_BYTES + 1).expect("sparse file");
    let error = LoadedReport::from_path(&path).expect_err("too large");
    assert!(error.message.contains("limited to 64 MiB"), "{error}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_missing_file_says_so() {
    let error = LoadedReport::from_path(&fixture("no-such-file.json")).expect_err("missing");
    assert_eq!(error.to_string(), "no-such-file.json: no such file");
}

#[test]
fn the_sample_keeps_every_qualifier() {
    let sample = report::sample();
    let r = &sample.report;
    assert_eq!(r.funding.len(), 3);
    let mmk_2025 = r.funding[2].mmk.as_ref().expect("2025 kyats");
    assert_eq!(mmk_2025.qualifier, Qualifier::Over);
    assert_eq!(mmk_2025.long(report::Unit::Mmk), "over 33.6 billion kyats");
    let group = &r.battles[0].groups[0];
    let labels: Vec<&str> = group.breakdown.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(labels, ["major engagements", "minor operations", "drone-only attacks"]);
    assert_eq!(group.breakdown[2].1.qualifier, Qualifier::AtLeast);
    assert_eq!(r.losses[0].other[0].0, "defected");
    assert_eq!(r.townships[0].towns.len(), 10);
    let note = sample
        .warnings
        .iter()
        .find(|w| w.path == "battles[0].groups[0]")
        .expect("battle group note");
    assert_eq!(note.severity, Severity::Note);
    assert!(
        note.message.contains(
            "the parts (1,386 + 807 + at least 701) meet the reported 2,984 only if drone-only attacks were 791"
        ),
        "{}",
        note.message
    );
}

#[test]
fn bom_and_crlf_are_accepted() {
    let loaded = LoadedReport::from_path(&fixture("bom-crlf.json")).expect("reads");
    assert_eq!(loaded.report.title, "Windows file");
}

#[test]
fn unknown_fields_are_warnings_with_their_paths() {
    let loaded = LoadedReport::from_path(&fixture("unknown-fields.json")).expect("reads");
    let paths: Vec<&str> = loaded.warnings.iter().map(|w| w.path.as_str()).collect();
    assert!(paths.contains(&"colour"), "{paths:?}");
    assert!(paths.contains(&"battles[0].total.confidence"), "{paths:?}");
    assert!(paths.contains(&"battles[0].source_page"), "{paths:?}");
    assert!(
        loaded
            .warnings
            .iter()
            .any(|w| w.message == "unknown field `colour` ignored")
    );
}

#[test]
fn merging_keeps_conflicts_with_both_sources() {
    let a = report::sample();
    let b = LoadedReport::from_path(&fixture("conflicting-review.json")).expect("reads");
    let data = Dataset::merge(vec![a, b]);
    let conflicts = data.conflicts();
    assert_eq!(conflicts.len(), 2, "{conflicts:?}");
    let text = data.describe_conflict(&conflicts[0]);
    assert_eq!(
        text,
        "2024 funding (Battalion support, kyats): 32.9 billion kyats in nug-2025-military-review.json; 30 billion kyats in conflicting-review.json"
    );
    // Equal values are one point with both sources.
    let usd = data
        .section(report::Section::Funding)
        .find(|s| s.key.category == "usd")
        .expect("usd series");
    let p2025 = usd.at(report::When::Year(2025)).expect("2025");
    assert_eq!(p2025.claims.len(), 1);
    assert_eq!(p2025.claims[0].sources, vec![0, 1]);
}

fn check(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_fieldreport"))
        .arg("check")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn check_command_on_the_sample() {
    let (code, out) = check(&["assets/nug-2025-military-review.json"]);
    assert_eq!(code, 0);
    assert!(out.contains("2025 Battalion support: over 33.6 billion kyats"), "{out}");
    assert!(out.contains("only if drone-only attacks were 791"), "{out}");
    assert!(out.contains("conflicts across files: none"), "{out}");
}

#[test]
fn check_command_names_both_files_of_a_conflict() {
    let (code, out) = check(&[
        "assets/nug-2025-military-review.json",
        "tests/fixtures/conflicting-review.json",
    ]);
    assert_eq!(code, 0);
    assert!(
        out.contains(
            "2025 losses (junta, killed): 5,699 in nug-2025-military-review.json; 5,600 in conflicting-review.json"
        ),
        "{out}"
    );
}

#[test]
fn check_command_exit_codes_and_json() {
    let (code, out) = check(&["assets/nug-2025-military-review.json", "tests/fixtures/bad/nan.json"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("nan.json: refused"), "{out}");
    let (code, out) = check(&["--json", "tests/fixtures/bad/wrong-type.json"]);
    assert_eq!(code, 1);
    let doc: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(doc["files"][0]["read"], false);
    assert_eq!(doc["files"][0]["error"]["path"], "losses[0].breakdown.killed");
    assert_eq!(doc["files"][0]["error"]["line"], 6);
    let (code, _) = check(&[]);
    assert_eq!(code, 2, "a usage error");
}

/// The warnings of a report given as JSON text.
fn warnings_of(json: &str) -> Vec<Warning> {
    LoadedReport::from_bytes(json.as_bytes(), "checks.json", None)
        .expect("reads")
        .warnings
}

/// One warning, as (severity, path, subject, message), for whole comparisons.
fn parts_of(w: &Warning) -> (Severity, &str, &Subject, &str) {
    (w.severity, w.path.as_str(), &w.subject, w.message.as_str())
}

#[test]
fn the_same_year_twice_is_a_warning_in_every_section() {
    let warnings = warnings_of(
        r#"{
          "fieldreport": 1, "title": "Twice",
          "funding": [
            { "year": 2024, "label": "Battalion support", "mmk": 1 },
            { "year": 2024, "label": "Drones", "mmk": 1 },
            { "year": 2024, "label": "Battalion support", "mmk": 2 }
          ],
          "losses": [
            { "year": 2025, "side": "junta", "total": 5 },
            { "year": 2025, "total": 5 },
            { "year": 2025, "side": "junta", "total": 6 }
          ],
          "battles": [
            { "year": 2025, "total": 100, "groups": [ { "label": "PDF", "total": 3 }, { "label": "PDF", "total": 4 } ] },
            { "year": 2025, "total": 101 }
          ],
          "townships": [
            { "as_of": "2025-12-31", "total": 330 },
            { "as_of": "2025-12-31", "total": 330 }
          ]
        }"#,
    );
    let twice: Vec<_> = warnings.iter().map(parts_of).collect();
    let inconsistency = Severity::Inconsistency;
    assert_eq!(
        twice,
        vec![
            (
                inconsistency,
                "funding[2]",
                &Subject::Funding { year: 2024 },
                "funding: 2024 (Battalion support) is given twice in this file (first at funding[0]); where the two differ, the first is used"
            ),
            (
                inconsistency,
                "losses[2]",
                &Subject::Losses { year: 2025 },
                "losses: 2025 (junta) is given twice in this file (first at losses[0]); where the two differ, the first is used"
            ),
            (
                inconsistency,
                "battles[1]",
                &Subject::Battles {
                    year: 2025,
                    group: None
                },
                "battles: 2025 is given twice in this file (first at battles[0]); where the two differ, the first is used"
            ),
            (
                inconsistency,
                "battles[0].groups[1]",
                &Subject::Battles {
                    year: 2025,
                    group: Some("PDF".into())
                },
                "battles: 2025 (PDF) is given twice in this file (first at battles[0].groups[0]); where the two differ, the first is used"
            ),
            (
                inconsistency,
                "townships[1]",
                &Subject::Townships {
                    as_of: "2025-12-31".into()
                },
                "townships: the snapshot as of 2025-12-31 is given twice in this file (first at townships[0]); where the two differ, the first is used"
            ),
        ]
    );
}

#[test]
fn a_year_given_twice_in_one_file_is_not_a_conflict_between_files() {
    let loaded = LoadedReport::from_path(&fixture("repeated-year.json")).expect("reads");
    assert!(
        loaded
            .warnings
            .iter()
            .any(|w| w.path == "funding[1]" && w.message.contains("is given twice in this file")),
        "{:?}",
        loaded.warnings
    );
    let data = Dataset::merge(vec![loaded.clone()]);
    assert_eq!(data.conflicts(), vec![], "one file does not conflict with itself");
    let kyats = data
        .section(report::Section::Funding)
        .find(|s| s.key.category == "mmk")
        .expect("kyats");
    let point = kyats.at(report::When::Year(2024)).expect("2024");
    assert_eq!(point.claims.len(), 1, "the file's first figure, once");
    assert_eq!(point.figure().value, 32.9e9);
    assert!(!point.is_conflict());

    // Against another file, the first figure is the file's claim; conflicts name two files.
    let data = Dataset::merge(vec![
        loaded,
        report::sample(),
        LoadedReport::from_path(&fixture("conflicting-review.json")).expect("reads"),
    ]);
    let conflicts: Vec<String> = data.conflicts().iter().map(|c| data.describe_conflict(c)).collect();
    assert_eq!(
        conflicts,
        [
            "2024 funding (Battalion support, kyats): 32.9 billion kyats in repeated-year.json, nug-2025-military-review.json; 30 billion kyats in conflicting-review.json",
            "2025 losses (junta, killed): 5,699 in nug-2025-military-review.json; 5,600 in conflicting-review.json",
        ]
    );
}

#[test]
fn check_command_keeps_a_repeat_within_one_file_to_that_file() {
    let (code, out) = check(&["tests/fixtures/repeated-year.json"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("- inconsistency: funding: 2024 (Battalion support) is given twice in this file (first at funding[0]); where the two differ, the first is used [funding[1]]"),
        "{out}"
    );
    assert!(out.contains("conflicts across files: none"), "{out}");
}

#[test]
fn more_named_towns_than_counted() {
    let warnings = warnings_of(
        r#"{
          "fieldreport": 1, "title": "Towns",
          "townships": [ {
            "as_of": "2025-06-30", "total": 330,
            "breakdown": { "captured": 1, "surrounded": { "value": 2, "qualifier": "at_least" }, "contested": { "value": 1, "qualifier": "about" } },
            "towns": [
              { "name": "Hpakant", "status": "captured" },
              { "name": "Mogaung", "status": "Captured" },
              { "name": "Lashio", "status": "surrounded" },
              { "name": "Kyaukme", "status": "surrounded" },
              { "name": "Hsipaw", "status": "surrounded" },
              { "name": "Mongmit", "status": "contested" },
              { "name": "Momeik", "status": "contested" }
            ]
          } ]
        }"#,
    );
    let found: Vec<_> = warnings.iter().map(parts_of).collect();
    let subject = Subject::Townships {
        as_of: "2025-06-30".into(),
    };
    assert_eq!(
        found,
        vec![
            (
                Severity::Inconsistency,
                "townships[0].towns",
                &subject,
                "townships as of 2025-06-30: 2 towns are named as captured, but the breakdown counts 1 captured"
            ),
            (
                Severity::Inconsistency,
                "townships[0].towns",
                &subject,
                "townships as of 2025-06-30: 2 towns are named as contested, but the breakdown counts about 1 contested"
            ),
        ],
        "three surrounded towns are allowed by \"at least 2\""
    );
}

#[test]
fn an_exchange_rate_jump_is_a_likely_unit_slip() {
    let warnings = warnings_of(
        r#"{
          "fieldreport": 1, "title": "Rates",
          "funding": [
            { "year": 2023, "label": "Battalion support", "mmk": 25000000000, "usd": 12000000 },
            { "year": 2025, "label": "Battalion support", "mmk": 33600000000, "usd": 16000 },
            { "year": 2024, "label": "Battalion support", "mmk": 32900000000, "usd": 15700000 },
            { "year": 2025, "label": "Drones", "mmk": 2000000000, "usd": 1000000 }
          ]
        }"#,
    );
    let found: Vec<_> = warnings.iter().map(parts_of).collect();
    assert_eq!(
        found,
        vec![(
            Severity::Inconsistency,
            "funding[1]",
            &Subject::Funding { year: 2025 },
            "funding (Battalion support): the implied exchange rate moves from 2,096 kyats per dollar in 2024 to 2,100,000 in 2025; a unit slip (million/billion) is likely"
        )],
        "rates are compared year after year within a label"
    );
}

#[test]
fn years_and_snapshots_outside_the_period_are_noted() {
    let warnings = warnings_of(
        r#"{
          "fieldreport": 1, "title": "Period",
          "period": { "from": "2025-01-01", "to": "2025-06-30" },
          "funding": [ { "year": 2025, "mmk": 1 }, { "year": 2024, "mmk": 1 } ],
          "losses": [ { "year": 2026, "total": 1 } ],
          "battles": [ { "year": 2023, "total": 1 }, { "year": 2025, "total": 1 } ],
          "townships": [ { "as_of": "2025-06-30", "total": 330 }, { "as_of": "2025-07-01", "total": 330 } ]
        }"#,
    );
    let found: Vec<_> = warnings.iter().map(parts_of).collect();
    let note = Severity::Note;
    assert_eq!(
        found,
        vec![
            (
                note,
                "funding[1]",
                &Subject::Funding { year: 2024 },
                "funding year 2024 lies outside the report's period (2025-01-01 to 2025-06-30)"
            ),
            (
                note,
                "losses[0]",
                &Subject::Losses { year: 2026 },
                "losses year 2026 lies outside the report's period (2025-01-01 to 2025-06-30)"
            ),
            (
                note,
                "battles[0]",
                &Subject::Battles {
                    year: 2023,
                    group: None
                },
                "battles year 2023 lies outside the report's period (2025-01-01 to 2025-06-30)"
            ),
            (
                note,
                "townships[1]",
                &Subject::Townships {
                    as_of: "2025-07-01".into()
                },
                "the township snapshot as of 2025-07-01 lies outside the report's period (2025-01-01 to 2025-06-30)"
            ),
        ]
    );
}

#[test]
fn battle_groups_above_the_years_total() {
    let warnings = warnings_of(
        r#"{
          "fieldreport": 1, "title": "Groups",
          "battles": [
            { "year": 2025, "total": { "value": 100, "qualifier": "about" },
              "groups": [ { "label": "PDF", "total": 80 }, { "label": "EAO", "total": { "value": 40, "qualifier": "at_least" } } ] },
            { "year": 2024, "total": 100,
              "groups": [ { "label": "PDF", "total": 60 }, { "label": "EAO", "total": { "value": 50, "qualifier": "under" } } ] }
          ]
        }"#,
    );
    let found: Vec<_> = warnings.iter().map(parts_of).collect();
    assert_eq!(
        found,
        vec![(
            Severity::Inconsistency,
            "battles[0]",
            &Subject::Battles {
                year: 2025,
                group: None
            },
            "2025 battles: the groups add up to 120, more than the year's reported total of about 100"
        )],
        "groups that may add up to less than the total (\"under 50\") are no problem"
    );
}
