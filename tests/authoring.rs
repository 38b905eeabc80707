//! Writing reports: format 1 written back as it was read (unknown fields included), the
//! spreadsheet (CSV) format both ways, `fieldreport convert` and the JSON Schema.

use std::path::{Path, PathBuf};

use fieldreport::report::read::parse;
use fieldreport::report::write::to_json;
use fieldreport::report::{Report, SAMPLE_JSON};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn read_json(text: &str) -> Report {
    parse(text.as_bytes(), "t.json").expect("reads").report
}

/// Every good JSON fixture and the sample: (name, text).
fn good_json() -> Vec<(String, String)> {
    let mut out = vec![("nug-2025-military-review.json".to_owned(), SAMPLE_JSON.to_owned())];
    let mut names: Vec<String> = std::fs::read_dir(fixture(""))
        .expect("fixtures")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    for name in names {
        let text = std::fs::read_to_string(fixture(&name)).expect("reads");
        out.push((name, text));
    }
    out
}

#[test]
fn the_sample_is_written_back_byte_for_byte() {
    let written = to_json(&read_json(SAMPLE_JSON));
    assert_eq!(written, SAMPLE_JSON);
}

#[test]
fn every_good_file_reads_back_equal_after_writing() {
    for (name, text) in good_json() {
        let report = read_json(&text);
        let written = to_json(&report);
        assert_eq!(read_json(&written), report, "{name}:\n{written}");
        assert_eq!(to_json(&read_json(&written)), written, "{name}: writing is stable");
    }
}

#[test]
fn unknown_fields_are_kept_in_their_object_and_written_back() {
    let text = std::fs::read_to_string(fixture("unknown-fields.json")).expect("reads");
    let report = read_json(&text);
    assert_eq!(report.unknown.get("colour"), Some(&serde_json::json!("red")));
    let battles = &report.battles[0];
    assert_eq!(battles.unknown.get("source_page"), Some(&serde_json::json!(4)));
    let total = battles.total.as_ref().expect("total");
    assert_eq!(total.unknown.get("confidence"), Some(&serde_json::json!("low")));
    assert_eq!(
        to_json(&report),
        r#"{
  "fieldreport": 1,
  "title": "Newer file",
  "battles": [
    { "year": 2024, "total": { "value": 5, "qualifier": "about", "confidence": "low" }, "source_page": 4 }
  ],
  "colour": "red"
}
"#
    );
}

#[test]
fn unknown_fields_of_every_kind_keep_their_values_and_order() {
    let text = r#"{"fieldreport": 1, "z": {"b": [1, 2.5, -3, 4.0, null, true, "x"], "a": {}}, "title": "T",
        "period": {"from": "2025-01-01", "to": "2025-12-31", "basis": "calendar"},
        "sources": [{"title": "S", "page": 12}],
        "funding": [{"year": 2025, "label": "Funding", "mmk": {"value": 1.5, "currency_note": "k"}, "entry_id": "f1"}],
        "losses": [{"year": 2025, "side": "unspecified", "breakdown": {"killed": {"value": 3, "src": [1]}}, "other": {"x": {"value": 1, "y": false}}}],
        "battles": [{"year": 2025, "groups": [{"label": "G", "colour": "white"}]}],
        "townships": [{"as_of": "2025-12-31", "towns": [{"name": "N", "status": "captured", "pcode": "MMR001"}], "map": "m"}],
        "a": 1}"#;
    let report = read_json(text);
    let keys: Vec<&String> = report.unknown.keys().collect();
    assert_eq!(keys, ["z", "a"], "the file's order");
    let written = to_json(&report);
    let again = read_json(&written);
    assert_eq!(again, report);
    let as_value = |t: &str| serde_json::from_str::<serde_json::Value>(t).expect("JSON");
    assert_eq!(
        as_value(&written),
        as_value(text),
        "the same JSON, value for value:\n{written}"
    );
    let loaded = fieldreport::report::LoadedReport::from_bytes(text.as_bytes(), "t.json", None).expect("reads");
    let paths: Vec<&str> = loaded
        .warnings
        .iter()
        .filter(|w| w.message.starts_with("unknown field"))
        .map(|w| w.path.as_str())
        .collect();
    assert_eq!(
        paths,
        [
            "z",
            "a",
            "period.basis",
            "sources[0].page",
            "funding[0].entry_id",
            "funding[0].mmk.currency_note",
            "losses[0].breakdown.killed.src",
            "losses[0].other.x.y",
            "battles[0].groups[0].colour",
            "townships[0].map",
            "townships[0].towns[0].pcode",
        ]
    );
}

#[test]
fn a_schema_key_is_kept_without_a_warning() {
    let text = r#"{"fieldreport": 1, "title": "T", "$schema": "https://example.org/fieldreport.schema.json", "funding": [{"year": 2025, "mmk": 1}]}"#;
    let loaded = fieldreport::report::LoadedReport::from_bytes(text.as_bytes(), "t.json", None).expect("reads");
    assert!(
        loaded.warnings.iter().all(|w| !w.message.contains("unknown")),
        "{:?}",
        loaded.warnings
    );
    let written = to_json(&loaded.report);
    assert!(
        written
            .starts_with("{\n  \"$schema\": \"https://example.org/fieldreport.schema.json\",\n  \"fieldreport\": 1,"),
        "{written}"
    );
}

#[test]
fn an_unknown_field_given_twice_is_refused() {
    let text =
        "{\"fieldreport\": 1, \"title\": \"T\",\n\"x\": 1, \"x\": 2, \"funding\": [{\"year\": 2025, \"mmk\": 1}]}";
    let error = parse(text.as_bytes(), "twice.json").expect_err("refused");
    assert_eq!(
        error.to_string(),
        "twice.json:2:11: the field `x` appears twice; each field may appear once"
    );
}

// ---------------------------------------------------------------------------------------------
// The spreadsheet format.

use fieldreport::report::csv;

/// The reports a table holds, by name.
fn read_csv(text: &str, name: &str) -> Vec<(String, Report)> {
    csv::parse(text.as_bytes(), name)
        .unwrap_or_else(|e| panic!("{e}\n{text}"))
        .into_iter()
        .map(|(n, p)| (n, p.report))
        .collect()
}

#[test]
fn every_good_file_reads_back_equal_from_its_table() {
    for (name, text) in good_json() {
        let report = read_json(&text);
        let table = csv::write_one(&name, &report);
        let back = read_csv(&table, "table.csv");
        assert_eq!(back.len(), 1, "{name}");
        assert_eq!(back[0].0, name);
        assert_eq!(back[0].1, report, "{name}:\n{table}");
        assert_eq!(
            csv::write_one(&name, &back[0].1),
            table,
            "{name}: writing the table is stable"
        );
    }
}
