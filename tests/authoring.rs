//! Writing reports: format 1 written back as it was read (unknown fields included), the
//! spreadsheet (CSV) format both ways, `fieldreport convert` and the JSON Schema.

mod update;

use std::path::{Path, PathBuf};

use fieldreport::report::format::read::parse;
use fieldreport::report::format::write::to_json;
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
        "townships": [{"as_of": "2025-12-31", "towns": [{"name": "N", "status": "captured", "osm_id": 4242}], "map": "m"}],
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
            "townships[0].towns[0].osm_id",
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

use fieldreport::report::dataset::open;
use fieldreport::report::format::csv;
use fieldreport::report::{Dataset, LoadedReport};

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

// ---------------------------------------------------------------------------------------------
// Generated reports: anything the model can hold is written, read back, and equal.

mod generated {
    use fieldreport::report::model::figure::{Figure, Qualifier};
    use fieldreport::report::model::{
        Area, BattleGroup, Battles, Date, Funding, Losses, Parts, Period, Report, Source, Town, Townships, Unknown,
    };
    use serde_json::Value;

    /// xorshift64*: small, fast, and the same on every machine.
    pub struct Rng(pub u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        pub fn below(&mut self, n: u64) -> u64 {
            self.next() % n.max(1)
        }

        fn chance(&mut self, percent: u64) -> bool {
            self.below(100) < percent
        }

        fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
            &items[self.below(items.len() as u64) as usize]
        }
    }

    /// Pieces of text that are hard to carry: quotes, separators, line breaks, formulas,
    /// Burmese, a leading apostrophe, escapes.
    const PIECES: &[&str] = &[
        "junta",
        "ဗန်းမော်",
        "ကချင် ပြည်နယ်",
        "\"over\"",
        ", ",
        "; ",
        "\n",
        "\r\n",
        "\t",
        "=SUM(A1)",
        "+1",
        "-5",
        "@x",
        "'",
        "\\",
        "/",
        "{}",
        "[1]",
        "é",
        "😀",
        "  ",
        "total",
        "0",
    ];

    pub fn text(rng: &mut Rng) -> String {
        let mut out = String::new();
        for _ in 0..1 + rng.below(4) {
            let piece = PIECES[rng.below(PIECES.len() as u64) as usize];
            out.push_str(piece);
        }
        out
    }

    /// Text that says something, without spaces around it (the format trims labels).
    pub fn label(rng: &mut Rng) -> String {
        let t = text(rng);
        let t = t.trim();
        if t.is_empty() { "x".to_owned() } else { t.to_owned() }
    }

    /// Optional free text; never empty when `for_tables` (a table cell cannot tell "" from none).
    fn free(rng: &mut Rng, for_tables: bool) -> Option<String> {
        match rng.below(4) {
            0 => None,
            1 if !for_tables => Some(String::new()),
            _ => Some(text(rng)),
        }
    }

    fn date(rng: &mut Rng) -> Date {
        loop {
            let text = format!(
                "{:04}-{:02}-{:02}",
                1900 + rng.below(301),
                1 + rng.below(12),
                1 + rng.below(31)
            );
            if let Some(d) = Date::parse(&text) {
                return d;
            }
        }
    }

    fn year(rng: &mut Rng) -> i32 {
        1900 + rng.below(301) as i32
    }

    fn value(rng: &mut Rng, depth: u32) -> Value {
        match rng.below(if depth >= 3 { 6 } else { 8 }) {
            0 => Value::Null,
            1 => Value::Bool(rng.chance(50)),
            2 => Value::from(rng.next() as i64),
            3 => Value::from(rng.next()),
            4 => serde_json::Number::from_f64(f64::from_bits(rng.next())).map_or(Value::from(4.0), Value::Number),
            5 => Value::String(text(rng)),
            6 => Value::Array((0..rng.below(4)).map(|_| value(rng, depth + 1)).collect()),
            _ => Value::Object(unknown(rng, depth + 1, 4)),
        }
    }

    /// Unknown fields: names that no object of the format knows.
    fn unknown(rng: &mut Rng, depth: u32, most: u64) -> serde_json::Map<String, Value> {
        let mut out = serde_json::Map::new();
        for _ in 0..rng.below(most + 1) {
            out.insert(format!("x_{}", text(rng)), value(rng, depth));
        }
        out
    }

    fn some_unknown(rng: &mut Rng) -> Unknown {
        if rng.chance(30) {
            Unknown::from(unknown(rng, 0, 2))
        } else {
            Unknown::new()
        }
    }

    fn figure(rng: &mut Rng, whole: bool, for_tables: bool) -> Figure {
        let value = match rng.below(5) {
            0 => 0.0,
            1 => 1e15,
            2 => rng.below(10_000) as f64,
            3 if !whole => rng.below(100_000_000) as f64 / 100.0,
            _ if !whole => f64::from_bits(rng.next()).abs().min(1e15),
            _ => rng.below(1_000_000_000_000_001) as f64,
        };
        let value = if value.is_finite() { value } else { 1.5 };
        Figure {
            value,
            qualifier: *rng.pick(&Qualifier::ALL),
            note: if rng.chance(30) { free(rng, for_tables) } else { None },
            unknown: some_unknown(rng),
        }
    }

    fn parts(rng: &mut Rng, for_tables: bool) -> Parts {
        let mut out: Parts = Vec::new();
        for _ in 0..rng.below(4) {
            let l = label(rng);
            if !out.iter().any(|(k, _)| *k == l) {
                out.push((l, figure(rng, true, for_tables)));
            }
        }
        out
    }

    fn maybe<T>(rng: &mut Rng, percent: u64, make: impl FnOnce(&mut Rng) -> T) -> Option<T> {
        if rng.chance(percent) { Some(make(rng)) } else { None }
    }

    /// A report with every kind of content the model holds. For tables, no text is empty and
    /// the report has at least one entry, as a table cannot say otherwise.
    pub fn report(rng: &mut Rng, for_tables: bool) -> Report {
        let t = for_tables;
        let period = maybe(rng, 60, |rng| {
            let (a, b) = (date(rng), date(rng));
            Period {
                from: a.min(b),
                to: a.max(b),
            }
        });
        let mut r = Report {
            schema: if rng.chance(20) { free(rng, t) } else { None },
            title: label(rng),
            publisher: free(rng, t),
            published: maybe(rng, 50, date),
            period,
            period_unknown: if period.is_some() {
                some_unknown(rng)
            } else {
                Unknown::new()
            },
            claim: free(rng, t),
            sources: (0..rng.below(3))
                .map(|_| Source {
                    title: label(rng),
                    publisher: free(rng, t),
                    date: maybe(rng, 50, date),
                    url: free(rng, t),
                    unknown: some_unknown(rng),
                })
                .collect(),
            notes: free(rng, t),
            funding: Vec::new(),
            losses: Vec::new(),
            battles: Vec::new(),
            townships: Vec::new(),
            unknown: some_unknown(rng),
        };
        for _ in 0..rng.below(4) {
            let (mmk, usd) = match rng.below(3) {
                0 => (Some(figure(rng, false, t)), None),
                1 => (None, Some(figure(rng, false, t))),
                _ => (Some(figure(rng, false, t)), Some(figure(rng, false, t))),
            };
            r.funding.push(Funding {
                year: year(rng),
                label: label(rng),
                mmk,
                usd,
                restated: rng.below(3) == 0,
                note: free(rng, t),
                unknown: some_unknown(rng),
            });
        }
        for _ in 0..rng.below(3) {
            r.losses.push(Losses {
                year: year(rng),
                side: label(rng),
                total: maybe(rng, 60, |rng| figure(rng, true, t)),
                breakdown: parts(rng, t),
                other: parts(rng, t),
                restated: rng.below(3) == 0,
                note: free(rng, t),
                unknown: some_unknown(rng),
            });
        }
        for _ in 0..rng.below(3) {
            r.battles.push(Battles {
                year: year(rng),
                total: maybe(rng, 60, |rng| figure(rng, true, t)),
                groups: (0..rng.below(3))
                    .map(|_| BattleGroup {
                        label: label(rng),
                        total: maybe(rng, 60, |rng| figure(rng, true, t)),
                        breakdown: parts(rng, t),
                        note: free(rng, t),
                        unknown: some_unknown(rng),
                    })
                    .collect(),
                restated: rng.below(3) == 0,
                note: free(rng, t),
                unknown: some_unknown(rng),
            });
        }
        for _ in 0..rng.below(3) {
            r.townships.push(Townships {
                as_of: date(rng),
                total: maybe(rng, 50, |rng| figure(rng, true, t)),
                breakdown: parts(rng, t),
                towns: (0..rng.below(4))
                    .map(|_| Town {
                        name: label(rng),
                        status: label(rng),
                        region: free(rng, t),
                        pcode: free(rng, t),
                        lat: maybe(rng, 50, |rng| (rng.below(180_001) as f64 - 90_000.0) / 1000.0),
                        lon: maybe(rng, 50, |rng| f64::from_bits(rng.next()) % 180.0).filter(|v| v.is_finite()),
                        note: free(rng, t),
                        unknown: some_unknown(rng),
                    })
                    .collect(),
                areas: (0..rng.below(4))
                    .map(|_| Area {
                        township: label(rng),
                        status: label(rng),
                        region: free(rng, t),
                        pcode: free(rng, t),
                        note: free(rng, t),
                        unknown: some_unknown(rng),
                    })
                    .collect(),
                note: free(rng, t),
                unknown: some_unknown(rng),
            });
        }
        if t && r.funding.is_empty() && r.losses.is_empty() && r.battles.is_empty() && r.townships.is_empty() {
            r.battles.push(Battles {
                year: year(rng),
                total: None,
                groups: Vec::new(),
                restated: false,
                note: None,
                unknown: Unknown::new(),
            });
        }
        r
    }
}

#[test]
fn any_report_is_written_and_read_back_equal() {
    let mut rng = generated::Rng(0x5DEE_CE66_D1CE_4E5B);
    for i in 0..1500 {
        let report = generated::report(&mut rng, false);
        let written = to_json(&report);
        let back = parse(written.as_bytes(), "generated.json").unwrap_or_else(|e| panic!("report {i}: {e}\n{written}"));
        assert_eq!(back.report, report, "report {i}:\n{written}");
        assert_eq!(to_json(&back.report), written, "report {i}: writing is stable");
    }
}

#[test]
fn any_report_goes_through_a_table_and_back_equal() {
    let mut rng = generated::Rng(0x0123_4567_89AB_CDEF);
    for i in 0..1500 {
        let report = generated::report(&mut rng, true);
        let table = csv::write_one("generated.json", &report);
        let back = csv::parse(table.as_bytes(), "generated.csv").unwrap_or_else(|e| panic!("report {i}: {e}\n{table}"));
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].1.report, report, "report {i}:\n{table}");
    }
}

// ---------------------------------------------------------------------------------------------
// Tables as spreadsheets leave them, and tables of several reports.

fn sample_and_conflicting() -> Vec<LoadedReport> {
    vec![
        fieldreport::report::sample(),
        LoadedReport::from_path(&fixture("conflicting-review.json")).expect("reads"),
    ]
}

#[test]
fn the_export_of_two_reports_is_the_two_reports_fixture() {
    let table = Dataset::merge(sample_and_conflicting()).table_csv();
    let path = fixture("two-reports.csv");
    if update::update_snapshots() {
        std::fs::write(&path, &table).expect("writes");
    }
    let saved = std::fs::read_to_string(&path).expect("the fixture");
    assert_eq!(table, saved, "UPDATE_SNAPSHOTS=1 rewrites it");
    assert!(
        table.contains(
            "\nconflicting-review.json,losses,junta,killed,part,2025,5600,exact,count,\"5,600\",,yes,fieldreport tests: Test fixture (conflicting-review.json),"
        ),
        "the conflict is marked on the row of each file: {table}"
    );
}

#[test]
fn a_table_of_two_reports_opens_as_the_two_reports_with_their_conflicts() {
    let originals = sample_and_conflicting();
    let opened = open::read_path(&fixture("two-reports.csv")).expect("reads");
    let names: Vec<&str> = opened.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["nug-2025-military-review.json", "conflicting-review.json"]);
    for (a, b) in opened.iter().zip(&originals) {
        assert_eq!(a.report, b.report, "{}", a.name);
        assert_eq!(a.path.as_deref(), Some(fixture("two-reports.csv").as_path()));
    }
    assert_eq!(opened[0].sha256, opened[1].sha256, "the table's hash");
    let from_table = Dataset::merge(opened);
    let from_files = Dataset::merge(originals);
    let words = |d: &Dataset| d.conflicts().iter().map(|c| d.describe_conflict(c)).collect::<Vec<_>>();
    assert_eq!(words(&from_table), words(&from_files));
    assert_eq!(words(&from_table).len(), 2);
    assert_eq!(
        from_table.table_csv(),
        std::fs::read_to_string(fixture("two-reports.csv")).expect("reads"),
        "written again, the same table"
    );
}

#[test]
fn a_table_saved_by_a_spreadsheet_reads_as_the_sample() {
    // Byte-order mark, CRLF, columns moved and left out, an empty row, two unnamed trailing
    // columns, thousands separators, 3.36E+10, funding entries in reverse order.
    let opened = open::read_path(&fixture("sample-as-a-spreadsheet-saves-it.csv")).expect("reads");
    assert_eq!(opened.len(), 1);
    assert_eq!(opened[0].name, "nug-2025-military-review.json");
    assert_eq!(opened[0].report, fieldreport::report::sample().report);
}

#[test]
fn semicolons_and_decimal_commas_are_read_as_european_spreadsheets_write_them() {
    let opened = open::read_path(&fixture("semicolons-and-decimal-commas.csv")).expect("reads");
    assert_eq!(
        opened[0].name, "semicolons-and-decimal-commas.csv",
        "no file column: the table's name"
    );
    let expected = read_json(
        r#"{"fieldreport": 1, "title": "Semicolon table", "period": {"from": "2024-01-01", "to": "2024-12-31"},
        "funding": [{"year": 2024, "label": "Battalion support", "mmk": 32900000000,
                     "usd": {"value": 15700000.5, "qualifier": "at_least", "note": "restated;\r\nsee the notes"}}],
        "losses": [{"year": 2024, "side": "junta", "breakdown": {"killed": {"value": 5699, "qualifier": "about"}},
                    "other": {"defected": 536}}],
        "townships": [{"as_of": "2024-12-31", "breakdown": {"captured": 37},
                       "towns": [{"name": "Mansi", "status": "captured", "region": "Kachin", "lat": 24.1, "lon": 97.3}]}]}"#,
    );
    assert_eq!(opened[0].report, expected);
}

#[test]
fn files_are_told_apart_by_content_with_the_extension_as_a_hint() {
    use open::Format;
    assert_eq!(Format::of(b"\xef\xbb\xbf {\"fieldreport\": 1}", "x.csv"), Format::Json);
    assert_eq!(
        Format::of(b"section,series", "x.json"),
        Format::Json,
        "a .json file that is no JSON says so"
    );
    assert_eq!(Format::of(b"section,series", "export.txt"), Format::Csv);
    assert_eq!(Format::of(b"title: x", "notes.txt"), Format::Json);
    assert_eq!(Format::of(b"", "figures.CSV"), Format::Csv);
    let json_named_csv = open::read_bytes(SAMPLE_JSON.as_bytes(), "sample.csv", None).expect("reads");
    assert_eq!(json_named_csv[0].report, fieldreport::report::sample().report);
}

#[test]
fn a_table_over_the_size_limit_is_refused() {
    let bytes = vec![b' '; usize::try_from(fieldreport::report::format::rules::MAX_FILE_BYTES).expect("fits") + 1];
    let error = open::read_bytes(&bytes, "big.csv", None).expect_err("too large");
    assert_eq!(
        error.to_string(),
        "big.csv: the file is 64.1 MiB; report files may be at most 64 MiB (split it into several files)"
    );
}

#[test]
fn unknown_columns_are_warnings_and_a_schema_row_is_kept() {
    let table = "section,series,category,role,when,value,qualifier,text,checked by\n\
                 report,,$schema,field,,,,./fieldreport.schema.json,\n\
                 report,,title,field,,,,T,Aye\n\
                 battles,,total,total,2025,7,,,Aye\n";
    let opened = open::read_bytes(table.as_bytes(), "t.csv", None).expect("reads");
    let r = &opened[0];
    assert_eq!(r.report.schema.as_deref(), Some("./fieldreport.schema.json"));
    assert_eq!(r.warnings[0].message, "unknown column `checked by` ignored");
}

#[test]
fn rows_of_one_entry_may_come_in_any_order_and_rows_added_by_hand_need_no_place() {
    // A spreadsheet sorted by value, and a row added by hand without an `entry` cell.
    let table = "section,series,category,role,when,value,qualifier,text,entry\n\
                 losses,junta,injured,part,2025,2726,,,losses[0]\n\
                 report,,title,field,,,,Sorted,\n\
                 losses,junta,killed,part,2025,5699,,,losses[0]\n\
                 funding,,mmk,amount,2026,5,,,\n\
                 losses,junta,total,total,2025,9549,,,losses[0]\n\
                 funding,,mmk,amount,2024,3,,,funding[1]\n\
                 funding,,mmk,amount,2023,2,,,funding[0]\n\
                 funding,,usd,amount,2024,4,,,\n";
    let report = &read_csv(table, "sorted.csv")[0].1;
    let years: Vec<i32> = report.funding.iter().map(|f| f.year).collect();
    assert_eq!(years, [2023, 2024, 2026], "by place, new entries last");
    assert_eq!(report.funding[0].label, "Funding", "the default label");
    let usd = report.funding[1].usd.as_ref().map(|f| f.value);
    assert_eq!(usd, Some(4.0), "a row without a place joins the entry of its key");
    let parts: Vec<&str> = report.losses[0].breakdown.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(parts, ["injured", "killed"], "categories in the order of their rows");
}

// ---------------------------------------------------------------------------------------------
// `fieldreport convert` and `fieldreport check` on tables.

fn fieldreport(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_fieldreport"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn convert(input: &Path, output: &Path, force: bool) -> (i32, String, String) {
    let mut args = vec![std::ffi::OsStr::new("convert"), input.as_os_str(), output.as_os_str()];
    if force {
        args.push(std::ffi::OsStr::new("--force"));
    }
    fieldreport(&args)
}

/// A fresh folder of this test's own.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fieldreport-authoring-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn reports_in(path: &Path) -> Vec<(String, Report)> {
    open::read_path(path)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|r| (r.name, r.report))
        .collect()
}

#[test]
fn json_to_csv_to_json_keeps_every_good_file() {
    let dir = temp_dir("json-csv-json");
    let mut paths = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/nug-2025-military-review.json")];
    paths.extend(good_json().into_iter().skip(1).map(|(name, _)| fixture(&name)));
    for path in paths {
        let name = path.file_name().expect("name").to_string_lossy().into_owned();
        let table = dir.join(format!("{name}.csv"));
        let back = dir.join(format!("{name}.back.json"));
        let (code, out, err) = convert(&path, &table, false);
        assert_eq!(
            (code, out.trim()),
            (0, table.to_string_lossy().as_ref()),
            "{name}: {err}"
        );
        let (code, _, err) = convert(&table, &back, false);
        assert_eq!(code, 0, "{name}: {err}");
        let original = reports_in(&path);
        assert_eq!(reports_in(&table), original, "{name} as a table");
        assert_eq!(reports_in(&back)[0].1, original[0].1, "{name} back in JSON");
        let text = std::fs::read_to_string(&back).expect("reads");
        assert_eq!(text, to_json(&original[0].1), "{name}: the canonical form");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn csv_to_json_to_csv_keeps_every_table() {
    let dir = temp_dir("csv-json-csv");
    let mut tables: Vec<PathBuf> = std::fs::read_dir(fixture(""))
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    tables.sort();
    assert!(tables.len() >= 3, "{tables:?}");
    for table in tables {
        let name = table.file_name().expect("name").to_string_lossy().into_owned();
        let original = reports_in(&table);
        let folder = dir.join(format!("{name}.d"));
        std::fs::create_dir_all(&folder).expect("folder");
        let (code, out, err) = convert(&table, &folder, false);
        assert_eq!(code, 0, "{name}: {err}");
        let written: Vec<PathBuf> = out.lines().map(PathBuf::from).collect();
        assert_eq!(written.len(), original.len(), "{name}: one JSON file per report: {out}");
        let mut loaded = Vec::new();
        for (path, (report_name, report)) in written.iter().zip(&original) {
            assert_eq!(reports_in(path)[0].1, *report, "{name}: {report_name}");
            let mut l = LoadedReport::from_path(path).expect("reads");
            l.name = report_name.clone();
            loaded.push(l);
        }
        // Back into one table: the same reports, and for a table this program wrote, the same bytes.
        let again = Dataset::merge(loaded).table_csv();
        let reread: Vec<(String, Report)> = read_csv(&again, &name);
        assert_eq!(reread, original, "{name}");
        if name == "two-reports.csv" {
            assert_eq!(
                again,
                std::fs::read_to_string(&table).expect("reads"),
                "{name}: conflicts and files kept"
            );
        }
        if let [(_, report)] = original.as_slice() {
            let one = dir.join(format!("{name}.json"));
            let again = dir.join(format!("{name}.again.csv"));
            assert_eq!(convert(&table, &one, false).0, 0, "{name}");
            assert_eq!(convert(&one, &again, false).0, 0, "{name}");
            assert_eq!(reports_in(&again)[0].1, *report, "{name}");
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn convert_refuses_to_overwrite_without_force() {
    let dir = temp_dir("force");
    let out = dir.join("sample.csv");
    std::fs::write(&out, "keep me").expect("writes");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/nug-2025-military-review.json");
    let (code, _, err) = convert(&sample, &out, false);
    assert_eq!(code, 2, "a usage error");
    assert_eq!(
        err,
        format!(
            "fieldreport convert: {} exists already; add --force to overwrite it\n",
            out.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&out).expect("reads"), "keep me");
    let (code, _, err) = convert(&sample, &out, true);
    assert_eq!(code, 0, "{err}");
    assert_eq!(reports_in(&out)[0].1, fieldreport::report::sample().report);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn convert_says_what_it_cannot_do() {
    let dir = temp_dir("cannot");
    let (code, _, err) = convert(&fixture("two-reports.csv"), &dir.join("both.json"), false);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "fieldreport convert: two-reports.csv holds 2 reports (nug-2025-military-review.json, conflicting-review.json); \
         a JSON file holds one: give a folder as OUT (`fieldreport convert tests/fixtures/two-reports.csv DIR/`) to write each to its own file\n"
            .replace("tests/fixtures/two-reports.csv", &fixture("two-reports.csv").display().to_string())
    );
    assert!(!dir.join("both.json").exists());
    let (code, _, err) = convert(&fixture("two-reports.csv"), &dir.join("both.xlsx"), false);
    assert_eq!(code, 2);
    assert!(
        err.contains("expected OUT to end in .json or .csv, or to be a folder"),
        "{err}"
    );
    let (code, _, err) = convert(&fixture("bad/csv-wrong-type.csv"), &dir.join("x.json"), false);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "fieldreport convert: csv-wrong-type.csv: row 4, column value: expected a count (a whole number, 0 or more), found \"many\"\n"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn check_reads_tables_and_names_each_report() {
    let arg = |s: &'static str| std::ffi::OsStr::new(s);
    let (code, out, _) = fieldreport(&[arg("check"), arg("tests/fixtures/two-reports.csv")]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.starts_with("tests/fixtures/two-reports.csv (nug-2025-military-review.json): read\n"),
        "{out}"
    );
    assert!(
        out.contains("\ntests/fixtures/two-reports.csv (conflicting-review.json): read\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "2025 losses (junta, killed): 5,699 in nug-2025-military-review.json; 5,600 in conflicting-review.json"
        ),
        "{out}"
    );
    let (code, out, _) = fieldreport(&[arg("check"), arg("--json"), arg("tests/fixtures/two-reports.csv")]);
    assert_eq!(code, 0);
    let doc: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(doc["files"][1]["name"], "conflicting-review.json");
    assert_eq!(doc["conflicts"].as_array().map(Vec::len), Some(2));
    let (code, out, _) = fieldreport(&[arg("check"), arg("tests/fixtures/bad/csv-negative.csv")]);
    assert_eq!(code, 1);
    assert!(
        out.contains("csv-negative.csv: row 3, column value: expected a count (a whole number, 0 or more), found -5"),
        "{out}"
    );
}

// ---------------------------------------------------------------------------------------------
// The JSON Schema, checked with a validator of the draft-07 keywords it uses.

mod schema {
    use serde_json::Value;

    /// The keywords this validator knows; a schema using another one fails the test, so the
    /// subset stays honest.
    const KEYWORDS: &[&str] = &[
        "$schema",
        "$ref",
        "title",
        "description",
        "type",
        "const",
        "enum",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "pattern",
        "required",
        "properties",
        "additionalProperties",
        "propertyNames",
        "items",
        "anyOf",
        "definitions",
    ];

    /// The patterns the schema uses, each checked by hand.
    fn matches(pattern: &str, text: &str) -> bool {
        match pattern {
            "\\S" => text.chars().any(|c| !c.is_whitespace()),
            "^(19[0-9]{2}|2[01][0-9]{2}|2200)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$" => {
                let b = text.as_bytes();
                let number = |r: std::ops::Range<usize>| text.get(r).and_then(|s| s.parse::<u32>().ok());
                b.len() == 10
                    && b[4] == b'-'
                    && b[7] == b'-'
                    && text
                        .bytes()
                        .enumerate()
                        .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
                    && number(0..4).is_some_and(|y| (1900..=2200).contains(&y))
                    && number(5..7).is_some_and(|m| (1..=12).contains(&m))
                    && number(8..10).is_some_and(|d| (1..=31).contains(&d))
            }
            other => panic!("the validator does not know the pattern {other}"),
        }
    }

    fn is_type(name: &str, v: &Value) -> bool {
        match name {
            "object" => v.is_object(),
            "array" => v.is_array(),
            "string" => v.is_string(),
            "number" => v.is_number(),
            "integer" => v.as_f64().is_some_and(|n| n.fract() == 0.0),
            "boolean" => v.is_boolean(),
            "null" => v.is_null(),
            other => panic!("unknown type {other}"),
        }
    }

    /// Why `value` does not follow `schema`, with the path; `None` when it does.
    pub fn check(root: &Value, schema: &Value, value: &Value, path: &str) -> Option<String> {
        let s = schema.as_object().expect("a schema is an object");
        for key in s.keys() {
            assert!(KEYWORDS.contains(&key.as_str()), "the validator does not know `{key}`");
        }
        let fail = |why: String| Some(format!("{path}: {why}"));
        if let Some(reference) = s.get("$ref").and_then(Value::as_str) {
            let name = reference.strip_prefix("#/definitions/").expect("a local reference");
            let target = &root["definitions"][name];
            assert!(target.is_object(), "{reference} is defined");
            if let Some(why) = check(root, target, value, path) {
                return Some(why);
            }
        }
        if let Some(t) = s.get("type") {
            let ok = match t {
                Value::String(name) => is_type(name, value),
                Value::Array(names) => names.iter().any(|n| is_type(n.as_str().expect("a type"), value)),
                _ => panic!("type is a name or a list"),
            };
            if !ok {
                return fail(format!("expected {t}, found {value}"));
            }
        }
        if let Some(c) = s.get("const")
            && c != value
        {
            return fail(format!("expected {c}, found {value}"));
        }
        if let Some(e) = s.get("enum").and_then(Value::as_array)
            && !e.contains(value)
        {
            return fail(format!("expected one of {e:?}, found {value}"));
        }
        if let Some(n) = value.as_f64() {
            if s.get("minimum").and_then(Value::as_f64).is_some_and(|m| n < m) {
                return fail(format!("{n} is below the minimum"));
            }
            if s.get("maximum").and_then(Value::as_f64).is_some_and(|m| n > m) {
                return fail(format!("{n} is above the maximum"));
            }
        }
        if let Some(text) = value.as_str() {
            let chars = text.chars().count() as u64;
            if s.get("minLength").and_then(Value::as_u64).is_some_and(|m| chars < m) {
                return fail("too short".to_owned());
            }
            if s.get("maxLength").and_then(Value::as_u64).is_some_and(|m| chars > m) {
                return fail("too long".to_owned());
            }
            if let Some(p) = s.get("pattern").and_then(Value::as_str)
                && !matches(p, text)
            {
                return fail(format!("{text:?} does not match {p}"));
            }
        }
        if let Some(object) = value.as_object() {
            for name in s.get("required").and_then(Value::as_array).into_iter().flatten() {
                let name = name.as_str().expect("a name");
                if !object.contains_key(name) {
                    return fail(format!("`{name}` is required"));
                }
            }
            let properties = s.get("properties").and_then(Value::as_object);
            for (key, v) in object {
                let at = format!("{path}.{key}");
                if let Some(names) = s.get("propertyNames")
                    && let Some(why) = check(root, names, &Value::String(key.clone()), &at)
                {
                    return Some(why);
                }
                let sub = properties
                    .and_then(|p| p.get(key))
                    .or_else(|| s.get("additionalProperties"));
                if let Some(sub) = sub
                    && let Some(why) = check(root, sub, v, &at)
                {
                    return Some(why);
                }
            }
        }
        if let (Some(items), Some(array)) = (s.get("items"), value.as_array()) {
            for (i, v) in array.iter().enumerate() {
                if let Some(why) = check(root, items, v, &format!("{path}[{i}]")) {
                    return Some(why);
                }
            }
        }
        if let Some(any) = s.get("anyOf").and_then(Value::as_array) {
            let whys: Vec<String> = any.iter().filter_map(|sub| check(root, sub, value, path)).collect();
            if whys.len() == any.len() {
                return fail(format!("none of the choices fits: {}", whys.join("; ")));
            }
        }
        None
    }
}

fn schema_value() -> serde_json::Value {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fieldreport.schema.json"))
        .expect("the schema file");
    serde_json::from_str(&text).expect("the schema is JSON")
}

fn schema_refusal(doc: &serde_json::Value) -> Option<String> {
    let root = schema_value();
    schema::check(&root, &root, doc, "")
}

#[test]
fn the_schema_command_prints_the_schema_file() {
    let (code, out, _) = fieldreport(&[std::ffi::OsStr::new("schema")]);
    assert_eq!(code, 0);
    let file = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fieldreport.schema.json"))
        .expect("the schema file");
    assert_eq!(out, file);
    assert_eq!(fieldreport::cli::SCHEMA, file);
    let root = schema_value();
    assert_eq!(root["$schema"], "http://json-schema.org/draft-07/schema#");
    // Help while typing: every property says what it is.
    fn described(v: &serde_json::Value, path: &str) {
        if let Some(properties) = v.get("properties").and_then(|p| p.as_object()) {
            for (name, p) in properties {
                assert!(p.get("description").is_some(), "{path}.{name} has a description");
            }
        }
        if let Some(object) = v.as_object() {
            for (key, sub) in object {
                described(sub, &format!("{path}/{key}"));
            }
        }
    }
    described(&root, "");
}

#[test]
fn the_schema_accepts_every_good_file_and_what_the_writer_writes() {
    for (name, text) in good_json() {
        let doc: serde_json::Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).expect("JSON");
        assert_eq!(schema_refusal(&doc), None, "{name}");
    }
    let mut rng = generated::Rng(0xFEED_FACE_CAFE_BEEF);
    for i in 0..500 {
        let written = to_json(&generated::report(&mut rng, false));
        let doc: serde_json::Value = serde_json::from_str(&written).expect("JSON");
        assert_eq!(schema_refusal(&doc), None, "report {i}:\n{written}");
    }
}

#[test]
fn the_schema_refuses_the_bad_files_it_can_see() {
    let dir = fixture("bad");
    let mut unseen = Vec::new();
    let mut refused = 0;
    for entry in std::fs::read_dir(&dir).expect("bad fixtures") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("name").to_string_lossy().into_owned();
        if !name.ends_with(".json") {
            continue;
        }
        // Files that are not JSON at all are for the parser, not the schema.
        let Ok(doc) = std::fs::read(&path)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .ok_or(())
            .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).map_err(drop))
        else {
            continue;
        };
        match schema_refusal(&doc) {
            Some(_) => refused += 1,
            None => unseen.push(name),
        }
    }
    unseen.sort();
    assert_eq!(
        unseen,
        [
            "duplicate-category.json",     // a JSON value keeps one of two equal keys
            "duplicate-figure-field.json", // the same
            "duplicate-key.json",          // the same
            "invalid-date.json",           // 2025-02-30 has the shape of a date
            "period-reversed.json",        // a rule across two fields
        ]
    );
    assert!(refused >= 40, "{refused}");
}

#[test]
fn mutated_tables_never_panic() {
    let mut rng = generated::Rng(0x9E37_79B9_7F4A_7C15);
    let table = std::fs::read(fixture("two-reports.csv")).expect("reads");
    const INTERESTING: &[&[u8]] = &[
        b"\"", b",", b";", b"\n", b"\r", b"'", b"-1", b"1e400", b"[", b"{", b"\xff", b"\0",
    ];
    let (mut read, mut refused) = (0, 0);
    for _ in 0..2000 {
        let mut bytes = table.clone();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(bytes.len() as u64) as usize;
            match rng.below(4) {
                0 => bytes[at] = rng.below(256) as u8,
                1 => {
                    bytes.remove(at);
                }
                2 => {
                    let piece = INTERESTING[rng.below(INTERESTING.len() as u64) as usize];
                    bytes.splice(at..at, piece.iter().copied());
                }
                _ => bytes.truncate(at),
            }
            if bytes.is_empty() {
                break;
            }
        }
        match open::read_bytes(&bytes, "mutated.csv", None) {
            Ok(reports) => {
                read += 1;
                let data = Dataset::merge(reports);
                let _ = data.table_csv();
            }
            Err(error) => {
                refused += 1;
                assert!(error.to_string().starts_with("mutated.csv"), "{error}");
            }
        }
    }
    assert!(read > 0 && refused > 0, "read {read}, refused {refused}");
}

#[test]
fn a_table_into_a_folder_writes_only_inside_it() {
    let dir = temp_dir("folder");
    let table = dir.join("hostile.csv");
    std::fs::write(
        &table,
        "file,section,series,category,role,when,value,qualifier,text\n\
         ../escape.json,report,,title,field,,,,A\n\
         ../escape.json,battles,,total,total,2025,1,,\n\
         ..,report,,title,field,,,,B\n\
         ..,battles,,total,total,2025,2,,\n\
         /tmp/escape.json,report,,title,field,,,,C\n\
         /tmp/escape.json,battles,,total,total,2025,3,,\n",
    )
    .expect("writes");
    let out = dir.join("out");
    let (code, printed, err) = convert(&table, &out, false);
    assert_eq!(code, 2, "a path that does not end in / and is no folder: {err}");
    let (code, printed_again, err) = convert(&table, Path::new(&format!("{}/", out.display())), false);
    assert_eq!(code, 0, "{printed}{err}");
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .expect("the folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["escape-2.json", "escape.json", "report-2.json"],
        "{printed_again}"
    );
    let entries: Vec<String> = std::fs::read_dir(&dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(entries.len(), 2, "nothing beside the table and the folder: {entries:?}");
    std::fs::remove_dir_all(&dir).ok();
}

/// A report whose title and a category are typed in Zawgyi, beside a claim in Unicode.
const ZAWGYI_REPORT: &str = r#"{"fieldreport": 1, "title": "ေတာ္လွန္ေရးတပ္ဖြဲ႕မ်ား၏ ႏွစ္ခ်ဳပ္ အစီရင္ခံစာ",
  "claim": "မြန်မာ့ တပ်မတော်၏ ကိန်းဂဏန်းများ",
  "losses": [{"year": 2025, "side": "junta", "breakdown": {"ေသဆံုးသူမ်ား": 10}}]}"#;

#[test]
fn text_typed_in_zawgyi_is_said_and_converts_to_unicode_on_request() {
    let dir = temp_dir("zawgyi");
    let input = dir.join("zawgyi.json");
    std::fs::write(&input, ZAWGYI_REPORT).expect("writes");
    let (code, out, err) = fieldreport(&[std::ffi::OsStr::new("check"), input.as_os_str()]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("- note: title looks typed in Zawgyi, not Unicode"),
        "{out}"
    );
    assert!(
        out.contains("losses[0].breakdown.ေသဆံုးသူမ်ား looks typed in Zawgyi"),
        "{out}"
    );
    assert!(!out.contains("claim looks"), "{out}");

    // Without the flag the texts are kept as they are; with it, in Unicode.
    let kept = dir.join("kept.json");
    let (code, _, err) = convert(&input, &kept, false);
    assert_eq!(code, 0, "{err}");
    assert!(reports_in(&kept)[0].1.title.starts_with("ေတာ္"));
    let output = dir.join("unicode.json");
    let (code, out, err) = fieldreport(&[
        std::ffi::OsStr::new("convert"),
        input.as_os_str(),
        output.as_os_str(),
        std::ffi::OsStr::new("--zawgyi-to-unicode"),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("from Zawgyi to Unicode: zawgyi.json: title\n"), "{out}");
    let report = &reports_in(&output)[0].1;
    assert_eq!(report.title, "တော်လှန်ရေးတပ်ဖွဲ့များ၏ နှစ်ချုပ် အစီရင်ခံစာ");
    assert_eq!(report.losses[0].breakdown[0].0, "သေဆုံးသူများ");
    assert_eq!(report.claim.as_deref(), Some("မြန်မာ့ တပ်မတော်၏ ကိန်းဂဏန်းများ"));
    let (_, out, _) = fieldreport(&[std::ffi::OsStr::new("check"), output.as_os_str()]);
    assert!(!out.contains("Zawgyi"), "{out}");
    std::fs::remove_dir_all(&dir).ok();
}
