//! Event files: ACLED- and UCDP-shaped files made here (never real rows: ACLED's terms forbid
//! passing them on), in every layout and date form, with bad rows and awkward notes; their
//! counts checked against counts this test keeps itself, in the model, the chart and the
//! `events` command.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fieldreport::charts::ChartOptions;
use fieldreport::charts::records::{self, Records};
use fieldreport::report::events::{self, Aggregation, Period, Preset, Source, TypeFilter, aggregate::aggregate};

/// A small, fixed-seed random number generator (so the files are the same on every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const TYPES: [(&str, &str); 5] = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    ("Strategic developments", "Arrests"),
];

const PLACES: [(&str, &str); 6] = [
    ("Sagaing", "Kale"),
    ("Sagaing", "Monywa"),
    ("Magway", "Pauk"),
    ("Shan-North", "Lashio"),
    ("Bago-East", "Taungoo"),
    ("Nay Pyi Taw", "Zabuthiri"),
];

const ACTORS: [&str; 4] = [
    "Military Forces of Myanmar (2021-)",
    "PDF: People's Defense Force",
    "TNLA: Ta'ang National Liberation Army",
    "Civilians (Myanmar)",
];

/// The ACLED layouts people have.
#[derive(Clone, Copy, PartialEq)]
enum Layout {
    Current,
    Older,
    /// Columns reordered, some dropped (no year, no sub-event type, no admin3), one added.
    Custom,
}

/// What the test expects: battles per (year, month) with month 0 for the year alone.
#[derive(Default)]
struct Expected {
    battles_year: BTreeMap<i32, (u64, u64)>,
    battles_month: BTreeMap<(i32, u8), (u64, u64)>,
    political_year: BTreeMap<i32, u64>,
    kale_battles_year: BTreeMap<i32, u64>,
    tnla_battles_year: BTreeMap<i32, u64>,
    rows: u64,
    bad: u64,
}

fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// An ACLED-shaped file of `rows` rows (some bad), with the counts it should give.
fn acled(layout: Layout, rows: usize, seed: u64, long_notes: bool) -> (String, Expected) {
    let mut rng = Lcg(seed);
    let header: &[&str] = match layout {
        Layout::Current => &[
            "event_id_cnty",
            "event_date",
            "year",
            "time_precision",
            "disorder_type",
            "event_type",
            "sub_event_type",
            "actor1",
            "assoc_actor_1",
            "inter1",
            "actor2",
            "assoc_actor_2",
            "inter2",
            "interaction",
            "civilian_targeting",
            "iso",
            "region",
            "country",
            "admin1",
            "admin2",
            "admin3",
            "location",
            "latitude",
            "longitude",
            "geo_precision",
            "source",
            "source_scale",
            "notes",
            "fatalities",
            "tags",
            "timestamp",
        ],
        Layout::Older => &[
            "data_id",
            "iso",
            "event_id_cnty",
            "event_id_no_cnty",
            "event_date",
            "year",
            "time_precision",
            "event_type",
            "sub_event_type",
            "actor1",
            "assoc_actor_1",
            "inter1",
            "actor2",
            "assoc_actor_2",
            "inter2",
            "interaction",
            "region",
            "country",
            "admin1",
            "admin2",
            "admin3",
            "location",
            "latitude",
            "longitude",
            "geo_precision",
            "source",
            "source_scale",
            "notes",
            "fatalities",
            "timestamp",
            "iso3",
        ],
        Layout::Custom => &[
            "fatalities",
            "event_type",
            "admin1",
            "my_column",
            "event_date",
            "actor1",
            "notes",
        ],
    };
    let mut out = header.join(",");
    out.push('\n');
    let mut e = Expected::default();
    for i in 0..rows {
        let year = 2021 + rng.next(5) as i32;
        let month = 1 + rng.next(12) as u8;
        let day = 1 + rng.next(28) as u8;
        let date = match rng.next(4) {
            0 => format!("{year}-{month:02}-{day:02}"),
            1 => format!("{year}-{month:02}-{day:02}T00:00:00Z"),
            2 => format!("{day} {} {year}", MONTHS[month as usize - 1]),
            _ => format!("{day:02}-{}-{year}", MONTHS[month as usize - 1]),
        };
        let (t, sub) = TYPES[rng.next(TYPES.len() as u64) as usize];
        let (admin1, admin3) = PLACES[rng.next(PLACES.len() as u64) as usize];
        let a1 = ACTORS[rng.next(ACTORS.len() as u64) as usize];
        let a2 = ACTORS[rng.next(ACTORS.len() as u64) as usize];
        let fatalities = rng.next(6);
        // Every 500th row is bad: a fatality count no one can read.
        let bad = i % 500 == 499;
        let fatal_cell = if bad {
            "many".to_owned()
        } else if fatalities == 0 && rng.next(3) == 0 {
            "NA".to_owned()
        } else {
            fatalities.to_string()
        };
        let fatalities = if fatal_cell == "NA" { 0 } else { fatalities };
        let notes = if long_notes {
            match rng.next(4) {
                0 => format!("On {date}, clashes near {admin3}, \"heavy\" fighting, houses burned"),
                1 => "Line one\nline two, with a comma".to_owned(),
                2 => "ကျေးရွာ ၃ ရွာ မီးရှို့ခံရ, according to \"local\" sources".to_owned(),
                _ => String::new(),
            }
        } else {
            String::new()
        };
        let cells: Vec<String> = header
            .iter()
            .map(|h| match *h {
                "event_id_cnty" => format!("MMR{i}"),
                "data_id" | "event_id_no_cnty" => i.to_string(),
                "event_date" => date.clone(),
                "year" => year.to_string(),
                "event_type" => t.to_owned(),
                "sub_event_type" => sub.to_owned(),
                "actor1" => a1.to_owned(),
                "actor2" => a2.to_owned(),
                "admin1" => admin1.to_owned(),
                "admin3" => admin3.to_owned(),
                "country" => "Myanmar".to_owned(),
                "notes" => notes.clone(),
                "fatalities" => fatal_cell.clone(),
                "timestamp" => "1747353600".to_owned(),
                "iso" => "104".to_owned(),
                "iso3" => "MMR".to_owned(),
                "my_column" => "x, y".to_owned(),
                _ => String::new(),
            })
            .map(|c| csv_cell(&c))
            .collect();
        out.push_str(&cells.join(","));
        out.push('\n');
        if bad {
            e.bad += 1;
            continue;
        }
        e.rows += 1;
        let battles = t == "Battles";
        if battles {
            let y = e.battles_year.entry(year).or_default();
            y.0 += 1;
            y.1 += fatalities;
            let m = e.battles_month.entry((year, month)).or_default();
            m.0 += 1;
            m.1 += fatalities;
            if admin3 == "Kale" && layout != Layout::Custom {
                *e.kale_battles_year.entry(year).or_default() += 1;
            }
            let actor2_counted = layout != Layout::Custom;
            if a1.starts_with("TNLA") || (actor2_counted && a2.starts_with("TNLA")) {
                *e.tnla_battles_year.entry(year).or_default() += 1;
            }
        }
        if ["Battles", "Explosions/Remote violence", "Violence against civilians"].contains(&t) {
            *e.political_year.entry(year).or_default() += 1;
        }
    }
    (out, e)
}

fn read(text: &str, name: &str) -> events::EventFile {
    events::read_reader(text.as_bytes(), name, text.len() as u64, &mut |_, _| true).expect("the file is read")
}

fn per_year(file: &events::EventFile, aggregation: &Aggregation) -> BTreeMap<i32, (u64, u64)> {
    aggregate(file, aggregation)
        .rows
        .iter()
        .map(|r| (r.year, (r.tally.events, r.tally.deaths)))
        .collect()
}

#[test]
fn every_acled_layout_counts_as_the_test_does() {
    for (layout, name) in [
        (Layout::Current, "current"),
        (Layout::Older, "older"),
        (Layout::Custom, "custom"),
    ] {
        let (text, expected) = acled(layout, 5_000, 11, true);
        let file = read(&text, &format!("{name}.csv"));
        assert_eq!(file.source, Source::Acled, "{name}");
        assert_eq!((file.rows, file.bad_rows), (expected.rows, expected.bad), "{name}");
        assert!(
            file.bad_examples[0].contains("fatalities \"many\""),
            "{name}: {:?}",
            file.bad_examples
        );
        assert!(file.bad_examples[0].starts_with("line "), "{:?}", file.bad_examples);
        assert_eq!(
            per_year(&file, &Aggregation::default()),
            expected.battles_year,
            "{name}"
        );
        let monthly = aggregate(
            &file,
            &Aggregation {
                by: Period::Month,
                ..Aggregation::default()
            },
        );
        let months: BTreeMap<(i32, u8), (u64, u64)> = monthly
            .rows
            .iter()
            .map(|r| ((r.year, r.month), (r.tally.events, r.tally.deaths)))
            .collect();
        assert_eq!(months, expected.battles_month, "{name}");
        let political: BTreeMap<i32, u64> = per_year(
            &file,
            &Aggregation {
                types: TypeFilter::Preset(Preset::PoliticalViolence),
                ..Aggregation::default()
            },
        )
        .into_iter()
        .map(|(y, (n, _))| (y, n))
        .collect();
        assert_eq!(political, expected.political_year, "{name}");
        let tnla: BTreeMap<i32, u64> = per_year(
            &file,
            &Aggregation {
                actor: "tnla".into(),
                ..Aggregation::default()
            },
        )
        .into_iter()
        .map(|(y, (n, _))| (y, n))
        .collect();
        assert_eq!(tnla, expected.tnla_battles_year, "{name}");
        if layout != Layout::Custom {
            let kale: BTreeMap<i32, u64> = per_year(
                &file,
                &Aggregation {
                    place: events::Place::Township("Kale".into()),
                    ..Aggregation::default()
                },
            )
            .into_iter()
            .map(|(y, (n, _))| (y, n))
            .collect();
            assert_eq!(kale, expected.kale_battles_year, "{name}");
            assert_eq!(file.data_date.map(|d| d.to_string()).as_deref(), Some("2025-05-16"));
        }
    }
}

#[test]
fn two_hundred_thousand_rows_become_a_few_thousand_cells() {
    let (text, expected) = acled(Layout::Current, 200_000, 3, true);
    let file = read(&text, "acled-200k.csv");
    assert_eq!(file.rows, expected.rows);
    assert_eq!(file.bad_rows, expected.bad);
    assert_eq!(per_year(&file, &Aggregation::default()), expected.battles_year);
    assert!(
        file.cells() < 30_000,
        "{} cells for {} rows: rows must not become objects",
        file.cells(),
        file.rows
    );
}

/// Per year: (events, best, low, high).
type UcdpCounts = BTreeMap<i32, (u64, u64, u64, u64)>;

/// A UCDP GED-shaped file, with the counts of state-based conflict per year: (events, best,
/// low, high).
fn ucdp(rows: usize) -> (String, UcdpCounts) {
    let mut rng = Lcg(5);
    let mut out = String::from(
        "id,year,type_of_violence,conflict_name,dyad_name,side_a,side_b,adm_1,adm_2,latitude,longitude,\
         date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,country\n",
    );
    let mut expected: BTreeMap<i32, (u64, u64, u64, u64)> = BTreeMap::new();
    for i in 0..rows {
        let year = 2021 + rng.next(4) as i32;
        let kind = 1 + rng.next(3);
        let best = rng.next(10);
        let low = best.saturating_sub(rng.next(3));
        let high = best + rng.next(5);
        let (adm1, _) = PLACES[rng.next(PLACES.len() as u64) as usize];
        out.push_str(&format!(
            "{i},{year},{kind},\"Myanmar: Government\",\"Government of Myanmar - PDF\",Government of Myanmar,PDF,\
             {adm1} region,,21.9,95.9,{year}-03-0{} 00:00:00.000,{year}-03-09 00:00:00.000,0,0,0,0,{best},{high},{low},Myanmar (Burma)\n",
            1 + rng.next(8)
        ));
        if kind == 1 {
            let e = expected.entry(year).or_default();
            e.0 += 1;
            e.1 += best;
            e.2 += low;
            e.3 += high;
        }
    }
    (out, expected)
}

#[test]
fn ucdp_counts_best_with_its_range() {
    let (text, expected) = ucdp(3_000);
    let file = read(&text, "GEDEvent_v25_1.csv");
    assert_eq!(
        file.source,
        Source::Ucdp {
            version: Some("25.1".into())
        }
    );
    assert!(file.citation().contains("UCDP GED 25.1"), "{}", file.citation());
    assert!(file.citation().contains("Sundberg & Melander 2013"));
    let counted: BTreeMap<i32, (u64, u64, u64, u64)> = aggregate(&file, &Aggregation::default())
        .rows
        .iter()
        .map(|r| (r.year, (r.tally.events, r.tally.deaths, r.tally.low, r.tally.high)))
        .collect();
    assert_eq!(counted, expected);
}

fn options(files: Vec<events::EventFile>, by: Period) -> ChartOptions {
    ChartOptions {
        records: Records {
            files: Arc::new(files.into_iter().map(Arc::new).collect()),
            aggregation: Aggregation {
                by,
                ..Aggregation::default()
            },
        },
        ..ChartOptions::default()
    }
}

#[test]
fn the_chart_sets_the_claim_beside_each_file() {
    let (text, expected) = acled(Layout::Current, 20_000, 9, false);
    let (u_text, u_expected) = ucdp(2_000);
    let files = vec![read(&text, "acled.csv"), read(&u_text, "GEDEvent_v25_1.csv")];
    let data = fieldreport::report::Dataset::merge(vec![fieldreport::report::sample()]);
    let chart = records::prepare(&data, &options(files, Period::Year));
    let acled_2025 = expected.battles_year[&2025].0;
    let ratio = 7139.0 / acled_2025 as f64;
    let acled = &chart.comparisons[0];
    assert_eq!(acled.recorded.events, acled_2025);
    assert_eq!(
        acled.words,
        format!("2025: claimed 7,139 battles; ACLED recorded {acled_2025} battle events: {ratio:.1}×")
            .replace(&acled_2025.to_string(), &group(acled_2025))
    );
    // UCDP has no 2025 in this file: said, not drawn as zero.
    let ucdp = &chart.comparisons[1];
    assert!(!u_expected.contains_key(&2025));
    assert_eq!(
        ucdp.words,
        "2025: claimed 7,139 battles; UCDP GED recorded no battle events"
    );
    let caption = chart.caption.lines().join("\n");
    for needle in [
        "ACLED, file of 2025-05-16 (acled.csv), filter Battles, events per year",
        "UCDP GED 25.1 (GEDEvent_v25_1.csv; Sundberg & Melander 2013), filter Battles",
        "Mizzima",
        "Neither is ground truth",
    ] {
        assert!(caption.contains(needle), "{needle} in\n{caption}");
    }
    assert!(!chart.ranges.is_empty(), "UCDP's low–high range is drawn");
    // The chart's CSV holds counts, never a row of the file.
    let csv = chart.csv(fieldreport::i18n::Tr::EN);
    assert!(csv.contains(&format!("2025,,events,{acled_2025},,,")), "{csv}");
    assert!(!csv.contains("Kale") && !csv.contains("MMR1"), "no row of the file");
    assert_eq!(
        csv.matches("claimed battles").count(),
        1,
        "the claim once, beside both files: {csv}"
    );
    assert!(
        chart.summary.contains("Neither is ground truth"),
        "the alt text says it"
    );
}

/// 2142 → "2,142".
fn group(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fieldreport-events-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    dir
}

fn run(args: &[&Path]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_fieldreport"))
        .args(args)
        .output()
        .expect("fieldreport runs")
}

#[test]
fn the_events_command_prints_the_charts_counts() {
    let dir = temp_dir("cli");
    let (text, expected) = acled(Layout::Older, 6_000, 21, true);
    let path = dir.join("export.csv");
    std::fs::write(&path, &text).expect("written");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/nug-2025-military-review.json");
    let out = run(&[Path::new("events"), &sample, &path, Path::new("--json")]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let periods = doc["files"][0]["periods"].as_array().expect("periods");
    let counted: BTreeMap<i32, (u64, u64)> = periods
        .iter()
        .map(|p| {
            (
                p["year"].as_i64().unwrap_or_default() as i32,
                (
                    p["events"].as_u64().unwrap_or_default(),
                    p["deaths"].as_u64().unwrap_or_default(),
                ),
            )
        })
        .collect();
    assert_eq!(counted, expected.battles_year);
    assert_eq!(doc["comparisons"][0]["recorded_events"], expected.battles_year[&2025].0);
    assert_eq!(doc["comparisons"][0]["claimed_battles"], 7139.0);
    assert_eq!(doc["files"][0]["bad_rows"], expected.bad);
    // Text, per month; and `check` knows the file by its header, whatever its name.
    let out = run(&[Path::new("events"), &path, Path::new("--by"), Path::new("month")]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("events per month"), "{text}");
    let renamed = dir.join("export.json");
    std::fs::write(&renamed, acled(Layout::Current, 50, 1, false).0).expect("written");
    let out = run(&[Path::new("check"), &renamed]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("read (ACLED)"), "{text}");
    // A refused event file exits 1; no event file at all is a usage error.
    let broken = dir.join("broken.csv");
    std::fs::write(&broken, "event_date,event_type\nsoon,Battles\nlater,Battles\n").expect("written");
    assert_eq!(run(&[Path::new("events"), &broken]).status.code(), Some(1));
    assert_eq!(run(&[Path::new("events"), &sample]).status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_event_file_over_the_limit_is_refused_before_reading() {
    let dir = temp_dir("limit");
    let path = dir.join("huge.csv");
    let file = std::fs::File::create(&path).expect("created");
    file.set_len(events::MAX_EVENT_FILE_BYTES + 1).expect("a sparse file");
    let mut asked = false;
    let error = events::read_path(&path, &mut |_, _| {
        asked = true;
        true
    })
    .expect_err("refused");
    assert!(error.to_string().contains("at most 1 GiB"), "{error}");
    assert!(!asked, "nothing was read");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn burmese_typed_in_zawgyi_is_named_by_column_and_unicode_is_not() {
    // The generator's notes are Burmese in Unicode: nothing to say.
    let (text, _) = acled(Layout::Current, 3_000, 5, true);
    let file = read(&text, "acled.csv");
    assert!(file.zawgyi.is_empty(), "{:?}", file.zawgyi);
    // One note in ten typed in Zawgyi ("the revolutionary forces say they captured 37
    // townships"); the actors in English.
    let zawgyi = "ေတာ္လွန္ေရးတပ္ဖြဲ႕မ်ားသည္ ၿမိဳ႕နယ္ ၃၇ ခုကို သိမ္းပိုက္ခဲ့ေၾကာင္း ေျပာသည္";
    assert!(
        fieldreport::i18n::zawgyi::is_zawgyi(zawgyi),
        "the sample note is Zawgyi"
    );
    let mut text = String::from("event_date,event_type,admin1,admin3,actor1,notes\n");
    for i in 0..5_000 {
        let note = if i % 10 == 0 { zawgyi } else { "Clashes reported." };
        text.push_str(&format!("2025-01-02,Battles,Sagaing,Kale,PDF,\"{note}\"\n"));
    }
    let file = read(&text, "zawgyi.csv");
    // Every row of the first 2,000 is weighed, then one in 16: rows 0, 10, … 1990, then 2000,
    // 2080, … 4960.
    let found: Vec<(&str, u64, u64)> = file
        .zawgyi
        .iter()
        .map(|z| (z.column.as_str(), z.cells, z.weighed))
        .collect();
    assert_eq!(found, [("notes", 238, 238)]);
    assert_eq!(file.rows, 5_000, "counted all the same");
    // The `events` command says so, naming the column.
    let dir = temp_dir("zawgyi");
    let path = dir.join("zawgyi.csv");
    std::fs::write(&path, &text).expect("written");
    let out = run(&[Path::new("events"), &path]);
    let printed = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{printed}");
    assert!(
        printed.contains("warning: Burmese looks typed in Zawgyi, not Unicode, and may show as garbage: notes: 238 of 238 Burmese cells weighed"),
        "{printed}"
    );
    let out = run(&[Path::new("events"), &path, Path::new("--json")]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["files"][0]["zawgyi"][0]["column"], "notes");
    assert_eq!(doc["files"][0]["zawgyi"][0]["cells"], 238);
    let _ = std::fs::remove_dir_all(&dir);
}
