//! The data model over files: the sample, bad inputs with their located errors, merging and
//! the `check` command.

use std::path::{Path, PathBuf};
use std::process::Command;

use fieldreport::report::{self, Dataset, LoadedReport, Qualifier, Severity, Subject, Warning};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Every bad input with the whole message it must give (file, line:column, JSON path, words).
const BAD: &[(&str, &str)] = &[
    (
        "bad-escape.json",
        "bad-escape.json:3:16: at `title`: found a broken escape in a text: a backslash must be followed by one of \\ \" / b f n r t, or by u and four hexadecimal digits",
    ),
    (
        "bad-qualifier.json",
        "bad-qualifier.json:4:77: at `battles[0].total.qualifier`: expected a qualifier, one of \"exact\", \"over\", \"at_least\", \"about\", \"under\", \"at_most\", found the text \"roughly\"",
    ),
    (
        "binary.json",
        "binary.json: this is a binary file, not a JSON report (it contains zero bytes)",
    ),
    (
        "blank-title.json",
        "blank-title.json:3:16: at `title`: expected non-empty text, found only spaces",
    ),
    (
        "boolean-figure.json",
        "boolean-figure.json:4:42: at `funding[0].mmk`: expected an amount (a number, 0 or more) or an object like {\"value\": 701, \"qualifier\": \"at_least\"}, found true",
    ),
    (
        "breakdown-as-list.json",
        "breakdown-as-list.json:4:43: at `losses[0].breakdown`: expected an object of category labels and figures, like {\"killed\": 5699}, found a list [ … ]",
    ),
    (
        "comment.json",
        "comment.json:3:3: expected a field name in double quotes, found something else (comments and single quotes are not JSON)",
    ),
    (
        "csv-bad-qualifier.csv",
        "csv-bad-qualifier.csv: row 3, column qualifier: expected a qualifier, one of \"exact\", \"over\", \"at_least\", \"about\", \"under\", \"at_most\", found \"roughly\"",
    ),
    (
        "csv-bad-unknown.csv",
        "csv-bad-unknown.csv: row 3, column unknown: expected the fields this version does not know as a JSON object, like {\"colour\": \"red\"}, found \"colour: red\"",
    ),
    (
        "csv-binary.csv",
        "csv-binary.csv: this is a binary file, not a CSV table (it contains zero bytes)",
    ),
    (
        "csv-blank-category.csv",
        "csv-blank-category.csv: row 3, column category: expected a non-empty category label, found only spaces",
    ),
    (
        "csv-duplicate-category.csv",
        "csv-duplicate-category.csv: row 5, column category: the category `killed` appears twice in losses 2025 (junta) (first in row 3); each label may appear once",
    ),
    (
        "csv-empty.csv",
        "csv-empty.csv: the file is empty; expected a CSV table whose first row names the columns",
    ),
    (
        "csv-extra-cell.csv",
        "csv-extra-cell.csv: row 3, column 10: found \"surplus\" in a column the first row does not name; name the column or clear the cell",
    ),
    (
        "csv-format-2.csv",
        "csv-format-2.csv: row 2, column value: written for format 2; this version reads format 1",
    ),
    (
        "csv-fractional-count.csv",
        "csv-fractional-count.csv: row 3, column value: expected a count (a whole number, 0 or more), found 12.5",
    ),
    (
        "csv-funding-without-amount.csv",
        "csv-funding-without-amount.csv: row 3: expected at least one of `mmk` and `usd` for funding 2025 (Battalion support), found neither",
    ),
    (
        "csv-huge-count.csv",
        "csv-huge-count.csv: row 3, column value: expected a number up to 1,000,000,000,000,000 (a thousand trillion), found 100,000,000,000,000,000,000",
    ),
    (
        "csv-invalid-date.csv",
        "csv-invalid-date.csv: row 3, column when: expected a real date written YYYY-MM-DD, between 1900 and 2200, found \"2025-02-30\"",
    ),
    (
        "csv-lat-out-of-range.csv",
        "csv-lat-out-of-range.csv: row 3, column lat: expected a latitude in degrees, between -90 and 90, found 95.5",
    ),
    (
        "csv-long-note.csv",
        "csv-long-note.csv: row 3, column note: expected text of at most 10,000 characters, found 12,345 characters",
    ),
    (
        "csv-missing-column.csv",
        "csv-missing-column.csv: row 1: expected a column named `value`, found none (the first row names the columns: file, section, series, category, role, when, value, qualifier, unit, shown_as, note, conflict, sources, text, region, pcode, lat, lon, url, entry, unknown)",
    ),
    (
        "csv-negative-money.csv",
        "csv-negative-money.csv: row 3, column value: expected an amount (a number, 0 or more), found -5.5",
    ),
    (
        "csv-negative.csv",
        "csv-negative.csv: row 3, column value: expected a count (a whole number, 0 or more), found -5",
    ),
    (
        "csv-no-title.csv",
        "csv-no-title.csv: row 2: expected a row with section `report`, category `title` and the title in `text` for the report `csv-no-title.csv`, found none",
    ),
    (
        "csv-spreadsheet-date.csv",
        "csv-spreadsheet-date.csv: row 3, column when: expected a real date written YYYY-MM-DD, between 1900 and 2200, found \"12/31/2025\" (a spreadsheet may have rewritten the date: format the column as text and write the date as YYYY-MM-DD)",
    ),
    (
        "csv-unclosed-quote.csv",
        "csv-unclosed-quote.csv: row 3, column note: a quoted cell is not closed: the file ends inside it (is a quote missing?)",
    ),
    (
        "csv-unknown-section.csv",
        "csv-unknown-section.csv: row 3, column section: expected one of report, source, funding, losses, battles, townships, found \"casualties\"",
    ),
    (
        "csv-utf16.csv",
        "csv-utf16.csv: the file is UTF-16 text; report files must be UTF-8: open it in a text editor and save it as UTF-8",
    ),
    (
        "csv-wrong-type.csv",
        "csv-wrong-type.csv: row 4, column value: expected a count (a whole number, 0 or more), found \"many\"",
    ),
    (
        "csv-year-out-of-range.csv",
        "csv-year-out-of-range.csv: row 3, column when: expected a year between 1900 and 2200, found 1850",
    ),
    (
        "date-format.json",
        "date-format.json:4:40: at `townships[0].as_of`: expected a real date written YYYY-MM-DD, between 1900 and 2200, found the text \"31/12/2025\"",
    ),
    (
        "deep.json",
        "deep.json:1:109: expected at most 64 levels of nesting (a report needs about five), found deeper nesting",
    ),
    (
        "duplicate-category.json",
        "duplicate-category.json:4:66: at `losses[0].breakdown`: the category `killed` appears twice; each label may appear once",
    ),
    (
        "duplicate-figure-field.json",
        "duplicate-figure-field.json:4:62: at `battles[0].total`: the field `value` appears twice; each field may appear once",
    ),
    (
        "duplicate-key.json",
        "duplicate-key.json:4:9: the field `title` appears twice; each field may appear once",
    ),
    (
        "empty-category.json",
        "empty-category.json:4:47: at `losses[0].breakdown`: expected a non-empty category label, found empty text \"\"",
    ),
    (
        "empty-label.json",
        "empty-label.json:4:42: at `funding[0].label`: expected non-empty text, found empty text \"\"",
    ),
    (
        "empty.json",
        "empty.json: the file is empty; expected a JSON report object",
    ),
    (
        "entry-as-list.json",
        "entry-as-list.json:4:12: at `period`: expected a period, an object like {\"from\": \"2025-01-01\", \"to\": \"2025-12-31\"}, found a list [ … ]",
    ),
    (
        "entry-not-object.json",
        "entry-not-object.json:4:19: at `funding[0]`: expected a funding entry, an object like {\"year\": 2025, \"mmk\": 33600000000}, found 2024",
    ),
    (
        "figure-without-value.json",
        "figure-without-value.json:4:63: at `battles[0].total`: expected the required field `value`, found none",
    ),
    (
        "format-0.json",
        "format-0.json: at `fieldreport`: expected the format number 1, found 0",
    ),
    (
        "format-2.json",
        "format-2.json: at `fieldreport`: written for format 2; this version reads format 1",
    ),
    (
        "fractional-count.json",
        "fractional-count.json:4:44: at `battles[0].total`: expected a count (a whole number, 0 or more), found 12.5",
    ),
    (
        "funding-without-amount.json",
        "funding-without-amount.json: at `funding[0]`: expected at least one of `mmk` and `usd`, found neither",
    ),
    (
        "group-missing-label.json",
        "group-missing-label.json:4:57: at `battles[0].groups[0]`: expected the required field `label`, found none",
    ),
    (
        "huge-count.json",
        "huge-count.json:4:76: at `losses[0].breakdown.killed`: expected a number up to 1,000,000,000,000,000 (a thousand trillion), found 100,000,000,000,000,000,000",
    ),
    (
        "huge-figure-object.json",
        "huge-figure-object.json:4:66: at `losses[0].total.value`: expected a number up to 1,000,000,000,000,000 (a thousand trillion), found 2,000,000,000,000,000",
    ),
    (
        "huge-number.json",
        "huge-number.json:4:43: at `funding[0].mmk`: expected a number up to 1,000,000,000,000,000 (a thousand trillion), found a number too large to hold",
    ),
    (
        "infinity.json",
        "infinity.json:4:39: at `funding[0].usd`: expected a JSON value, found something else (NaN, Infinity, comments and bare words are not JSON)",
    ),
    (
        "invalid-date.json",
        "invalid-date.json:4:27: at `published`: expected a real date written YYYY-MM-DD, between 1900 and 2200, found the text \"2025-02-30\"",
    ),
    (
        "invalid-utf8.json",
        "invalid-utf8.json:3:16: expected UTF-8 text, found bytes that are not UTF-8 (the file may be in another encoding, such as Windows-1252: save it as UTF-8)",
    ),
    (
        "lat-out-of-range.json",
        "lat-out-of-range.json:5:71: at `townships[0].towns[0].lat`: expected a latitude in degrees, between -90 and 90, found 95.5",
    ),
    (
        "line-break-in-text.json",
        "line-break-in-text.json:3:16: at `title`: found a line break or other control character inside a text; write a line break as \\n",
    ),
    (
        "lon-out-of-range.json",
        "lon-out-of-range.json:5:84: at `townships[0].towns[0].lon`: expected a longitude in degrees, between -180 and 180, found -181",
    ),
    (
        "long-category.json",
        "long-category.json:4:10048: at `losses[0].breakdown`: expected text of at most 10,000 characters, found 10,001 characters",
    ),
    (
        "long-label.json",
        "long-label.json:4:10043: at `funding[0].label`: expected text of at most 10,000 characters, found 10,001 characters",
    ),
    (
        "long-note.json",
        "long-note.json:4:12412: at `battles[0].total.note`: expected text of at most 10,000 characters, found 12,345 characters",
    ),
    (
        "missing-comma.json",
        "missing-comma.json:3:3: expected `,` or `}` after a field, found something else (is a comma missing?)",
    ),
    (
        "missing-fieldreport.json",
        "missing-fieldreport.json:4:1: expected the required field `fieldreport` (the format number, 1), found none: is this a fieldreport file?",
    ),
    (
        "missing-year.json",
        "missing-year.json:4:57: at `funding[0]`: expected the required field `year`, found none",
    ),
    (
        "nan.json",
        "nan.json:4:39: at `funding[0].mmk`: expected a JSON value, found something else (NaN, Infinity, comments and bare words are not JSON)",
    ),
    (
        "negative-money.json",
        "negative-money.json:4:42: at `funding[0].usd`: expected an amount (a number, 0 or more), found -5.5",
    ),
    (
        "negative.json",
        "negative.json:4:57: at `losses[0].breakdown.killed`: expected a count (a whole number, 0 or more), found -5",
    ),
    (
        "nested-figure.json",
        "nested-figure.json:4:53: at `battles[0].total.value`: expected a count (a whole number, 0 or more), found an object { … }",
    ),
    (
        "no-sections.json",
        "no-sections.json: expected at least one of `funding`, `losses`, `battles`, `townships`, found none",
    ),
    (
        "no-title.json",
        "no-title.json:4:1: expected the required field `title`, found none",
    ),
    (
        "not-an-object.json",
        "not-an-object.json:1:1: expected a JSON object (a report starts with `{`), found an array",
    ),
    (
        "nul-byte.json",
        "nul-byte.json:6:14: found a zero byte, which a text file never holds: the file is damaged or is not a JSON report",
    ),
    (
        "null-year.json",
        "null-year.json:4:28: at `losses[0].year`: expected a year between 1900 and 2200, found null",
    ),
    (
        "period-reversed.json",
        "period-reversed.json: at `period`: the period ends (2025-01-01) before it starts (2025-12-31); expected `from` on or before `to`",
    ),
    (
        "published-too-late.json",
        "published-too-late.json:4:27: at `published`: expected a real date written YYYY-MM-DD, between 1900 and 2200, found the text \"2201-01-01\"",
    ),
    (
        "qualifier-not-text.json",
        "qualifier-not-text.json:4:69: at `battles[0].total.qualifier`: expected a qualifier, one of \"exact\", \"over\", \"at_least\", \"about\", \"under\", \"at_most\", found 5",
    ),
    (
        "section-not-list.json",
        "section-not-list.json:4:12: at `losses`: expected a list of losses entries in square brackets [ … ], found an object { … }",
    ),
    (
        "single-quotes.json",
        "single-quotes.json:2:3: expected a field name in double quotes, found something else (comments and single quotes are not JSON)",
    ),
    (
        "source-without-title.json",
        "source-without-title.json:4:71: at `sources[0]`: expected the required field `title`, found none",
    ),
    (
        "title-not-text.json",
        "title-not-text.json:3:15: at `title`: expected text in double quotes, found 2025",
    ),
    (
        "town-missing-status.json",
        "town-missing-status.json:4:74: at `townships[0].towns[0]`: expected the required field `status`, found none",
    ),
    (
        "towns-not-list.json",
        "towns-not-list.json:4:69: at `townships[0].towns`: expected a list of towns in square brackets [ … ], found the text \"Hpakant, Mogaung\"",
    ),
    (
        "trailing-comma.json",
        "trailing-comma.json:4:44: at `funding`: found a comma after the last item; JSON allows none before `}` or `]`",
    ),
    (
        "trailing-garbage.json",
        "trailing-garbage.json:1:51: expected the end of the file after the report object, found more text",
    ),
    (
        "truncated.json",
        "truncated.json:5:30: at `funding[0]`: the file ends too early, in the middle of an object { … }: it looks cut off",
    ),
    (
        "utf16-be.json",
        "utf16-be.json: the file is UTF-16 text; report files must be UTF-8: open it in a text editor and save it as UTF-8",
    ),
    (
        "utf16-no-bom.json",
        "utf16-no-bom.json: the file is UTF-16 text; report files must be UTF-8: open it in a text editor and save it as UTF-8",
    ),
    (
        "utf16.json",
        "utf16.json: the file is UTF-16 text; report files must be UTF-8: open it in a text editor and save it as UTF-8",
    ),
    (
        "utf32.json",
        "utf32.json: the file is UTF-32 text; report files must be UTF-8: open it in a text editor and save it as UTF-8",
    ),
    (
        "version-as-text.json",
        "version-as-text.json:2:20: at `fieldreport`: expected the format number 1, found the text \"1\"",
    ),
    (
        "wrong-type.json",
        "wrong-type.json:6:37: at `losses[0].breakdown.killed`: expected a count (a whole number, 0 or more) or an object like {\"value\": 701, \"qualifier\": \"at_least\"}, found the text \"many\"",
    ),
    (
        "year-as-text.json",
        "year-as-text.json:4:31: at `battles[0].year`: expected a year between 1900 and 2200, found the text \"2025\"",
    ),
    (
        "year-fraction.json",
        "year-fraction.json:4:31: at `battles[0].year`: expected a year between 1900 and 2200, found 2024.5",
    ),
    (
        "year-out-of-range.json",
        "year-out-of-range.json:4:29: at `battles[0].year`: expected a year between 1900 and 2200, found 1850",
    ),
];

#[test]
fn every_bad_input_gives_its_located_error() {
    let dir = fixture("bad");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("bad fixtures folder") {
        let name = entry.expect("entry").file_name().to_string_lossy().into_owned();
        assert!(
            BAD.iter().any(|(n, _)| *n == name),
            "{name} has no expected error in BAD"
        );
        seen += 1;
    }
    assert_eq!(seen, BAD.len());
    assert!(BAD.len() >= 40, "the suite covers every field at every level");
    let mut wrong = Vec::new();
    for (name, expected) in BAD {
        // The window and `check` open files through `open::read_path`; JSON files read the same
        // through `LoadedReport::from_path`.
        let error = report::dataset::open::read_path(&dir.join(name)).expect_err(name);
        if name.ends_with(".json") {
            assert_eq!(
                LoadedReport::from_path(&dir.join(name)).expect_err(name),
                error,
                "{name}"
            );
        }
        assert_eq!(error.file, *name, "{name}");
        let shown = error.to_string();
        if shown != *expected {
            wrong.push(format!("    (\"{name}\", {shown:?}),"));
        }
    }
    assert!(wrong.is_empty(), "messages differ; they are now:\n{}", wrong.join("\n"));
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_reading() {
    let dir = std::env::temp_dir().join(format!("fieldreport-large-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (name, size, shown) in [
        ("large.json", report::format::rules::MAX_FILE_BYTES + 1, "64.1 MiB"),
        ("huge.json", 300 * 1024 * 1024, "300.0 MiB"),
    ] {
        let path = dir.join(name);
        let file = std::fs::File::create(&path).expect("create");
        // Sparse: no disk is used, and reading it whole would take a while.
        file.set_len(size).expect("sparse file");
        let error = LoadedReport::from_path(&path).expect_err("too large");
        assert_eq!(
            error.to_string(),
            format!("{name}: the file is {shown}; report files may be at most 64 MiB (split it into several files)")
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bytes_over_the_size_limit_are_refused_too() {
    let bytes = vec![b' '; usize::try_from(report::format::rules::MAX_FILE_BYTES).expect("fits") + 1];
    let error = LoadedReport::from_bytes(&bytes, "big.json", None).expect_err("too large");
    assert_eq!(
        error.to_string(),
        "big.json: the file is 64.1 MiB; report files may be at most 64 MiB (split it into several files)"
    );
}

#[test]
fn a_label_of_two_thousand_characters_is_accepted() {
    let label = "ဗိုလ်ချုပ် ".repeat(200);
    assert!(label.chars().count() >= 2000);
    let json = format!(
        r#"{{"fieldreport": 1, "title": "Long", "funding": [{{"year": 2024, "label": "{label}", "mmk": 1}}]}}"#
    );
    let loaded = LoadedReport::from_bytes(json.as_bytes(), "long.json", None).expect("reads");
    assert_eq!(loaded.report.funding[0].label, label.trim());
}

#[test]
fn a_text_of_exactly_the_limit_is_accepted() {
    let note = "ဗ".repeat(report::format::rules::MAX_TEXT_CHARS);
    let json =
        format!(r#"{{"fieldreport": 1, "title": "T", "notes": "{note}", "funding": [{{"year": 2024, "mmk": 1}}]}}"#);
    let loaded = LoadedReport::from_bytes(json.as_bytes(), "note.json", None).expect("reads");
    assert_eq!(loaded.report.notes.as_deref(), Some(note.as_str()));
}

#[test]
fn unknown_fields_beyond_a_thousand_are_counted_not_named() {
    let fields: Vec<String> = (0..1_500).map(|i| format!("\"extra{i}\": {i}")).collect();
    let json = format!(
        r#"{{"fieldreport": 1, "title": "T", {}, "funding": [{{"year": 2024, "mmk": 1}}]}}"#,
        fields.join(", ")
    );
    let loaded = LoadedReport::from_bytes(json.as_bytes(), "extra.json", None).expect("reads");
    assert_eq!(loaded.warnings.len(), 1_001);
    assert_eq!(loaded.warnings[0].message, "unknown field `extra0` ignored");
    assert_eq!(
        (
            loaded.warnings[1_000].path.as_str(),
            loaded.warnings[1_000].message.as_str()
        ),
        (
            "extra1000",
            "500 more unknown fields ignored, from here on (only the first 1,000 are named)"
        )
    );
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
    assert_eq!(
        mmk_2025.long_in(fieldreport::i18n::Tr::EN, report::Unit::Mmk),
        "over 33.6 billion kyats"
    );
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
fn listed_townships_against_the_breakdown_and_twice() {
    let warnings = warnings_of(
        r#"{
          "fieldreport": 1, "title": "Townships",
          "townships": [ {
            "as_of": "2025-06-30", "total": 330,
            "breakdown": { "captured": 1, "contested": 3, "surrounded": { "value": 2, "qualifier": "at_least" } },
            "areas": [
              { "township": "Falam", "pcode": "MMR004001", "status": "captured" },
              { "township": "Hpakant", "status": "Captured" },
              { "township": "Tedim", "status": "contested" },
              { "township": "falam", "pcode": "mmr004001", "status": "contested" },
              { "township": "Lashio", "status": "surrounded" },
              { "township": "Kyaukme", "status": "surrounded" },
              { "township": "Hsipaw", "status": "surrounded" }
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
                "townships[0].areas[3]",
                &subject,
                "townships as of 2025-06-30: falam is listed twice (first as township 1 of the list)"
            ),
            (
                Severity::Inconsistency,
                "townships[0].areas",
                &subject,
                "townships as of 2025-06-30: 2 townships are listed as captured, but the breakdown counts 1 captured"
            ),
            (
                Severity::Note,
                "townships[0].areas",
                &subject,
                "townships as of 2025-06-30: 2 of the 3 contested townships are listed by name; the rest are not named"
            ),
        ],
        "three surrounded townships are allowed by \"at least 2\""
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

#[test]
fn restated_years_get_no_period_note_and_a_later_report_restating_a_year_is_said_so() {
    let sample = fieldreport::report::sample();
    assert!(sample.report.funding[0].restated && sample.report.funding[1].restated);
    assert!(!sample.report.funding[2].restated);
    assert!(
        !sample
            .warnings
            .iter()
            .any(|w| w.message.contains("outside the report's period")),
        "{:?}",
        sample.warnings
    );
    // Opened in either order, the later report's value is the one drawn.
    let earlier = LoadedReport::from_path(&fixture("earlier-review.json")).expect("reads");
    for reports in [
        vec![earlier.clone(), sample.clone()],
        vec![sample.clone(), earlier.clone()],
    ] {
        let data = Dataset::merge(reports);
        let conflicts = data.conflicts();
        let kyats: Vec<&fieldreport::report::Conflict> = conflicts.iter().filter(|c| c.key.category == "mmk").collect();
        assert_eq!(kyats.len(), 1);
        assert_eq!(
            data.describe_conflict(kyats[0]),
            "2024 funding (Battalion support, kyats): restated from 30 billion kyats in the earlier report \
             (earlier-review.json, of 2025-01-05) to 32.9 billion kyats in the later one \
             (nug-2025-military-review.json, of 2026-01-02)"
        );
        let point = data
            .series
            .iter()
            .find(|s| s.key.category == "mmk")
            .expect("kyats")
            .at(fieldreport::report::When::Year(2024))
            .expect("2024");
        assert_eq!(point.figure().value, 32.9e9, "the later value is drawn");
        assert!(point.is_conflict(), "the earlier value is kept, and marked");
    }
    // A report without a date cannot be placed before or after: a conflict, as before.
    let undated = LoadedReport::from_path(&fixture("conflicting-review.json")).expect("reads");
    let data = Dataset::merge(vec![sample, undated]);
    assert!(data.conflicts().iter().all(|c| c.restatement.is_none()));
}
