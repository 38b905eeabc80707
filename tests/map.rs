//! The map view: a town's tooltip read through the accessibility tree, stepping through
//! snapshots, snapshot images (sample and two snapshots, light and dark), exports that fit at
//! common sizes, and `render --chart map` giving the in-app picture.

mod window;

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use fieldreport::app::FieldReportApp;
use fieldreport::charts::map::{self, MapData};
use fieldreport::charts::{ChartKind, ChartOptions};
use fieldreport::command::{Command, ThemeChoice};
use fieldreport::export::{ExportSize, Picture, Stamp};
use fieldreport::report::{Dataset, LoadedReport};
use fieldreport::state::{Settings, State};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn two_snapshots() -> LoadedReport {
    LoadedReport::from_path(&fixture("two-snapshots.json")).expect("the fixture reads")
}

fn harness(reports: Vec<LoadedReport>, theme: ThemeChoice) -> Harness<'static, FieldReportApp> {
    let mut state = if reports.is_empty() {
        State::with_sample()
    } else {
        State::new(Settings::default(), reports)
    };
    state.jobs.queue.push(Command::ShowChart(ChartKind::Map));
    let theme = if theme == ThemeChoice::Dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    };
    window::harness(FieldReportApp::new(state), theme)
}

fn map_data(h: &Harness<'_, FieldReportApp>) -> MapData {
    let chart = h.state().state.view.charts.get(ChartKind::Map).clone();
    chart.data::<MapData>().cloned().expect("the map")
}

fn chart_name(h: &Harness<'_, FieldReportApp>) -> String {
    let node = h.get_by(|n| n.role() == Role::Image && n.label().is_some_and(|l| l.contains(" chart. ")));
    node.accesskit_node().label().unwrap_or_default()
}

/// Where a town's dot is on screen, from the plot's last transform.
fn town_on_screen(h: &Harness<'_, FieldReportApp>, name: &str) -> egui::Pos2 {
    let map = map_data(h);
    let town = map
        .places()
        .towns
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("{name} is placed"))
        .clone();
    let memory = egui_plot::PlotMemory::load(&h.ctx, map::plot_id()).expect("the map's plot has drawn");
    memory
        .transform()
        .position_from_point(&egui_plot::PlotPoint::new(town.at[0], town.at[1]))
}

/// The text of the first tooltip-like node whose label contains `needle`.
fn text_of(h: &Harness<'_, FieldReportApp>, needle: &str) -> String {
    let node = h
        .query_all_by_label_contains(needle)
        .next()
        .unwrap_or_else(|| panic!("nothing on screen says {needle:?}"));
    let n = node.accesskit_node();
    format!("{} {}", n.label().unwrap_or_default(), n.value().unwrap_or_default())
}

#[test]
fn hovering_a_town_shows_both_scripts_status_note_and_source() {
    let mut h = harness(Vec::new(), ThemeChoice::Light);
    h.run();
    assert!(
        chart_name(&h).starts_with("Towns named in the reports, as of 2025-12-31 chart. Map of Myanmar"),
        "{}",
        chart_name(&h)
    );
    let at = town_on_screen(&h, "Bhamo");
    h.hover_at(at);
    h.run_steps(6);
    let tip = text_of(&h, "Bhamo town (Bhamo township");
    for part in [
        "Bhamo · ဗန်းမော်",
        "Bhamo district, Kachin",
        "MIMU Pcode MMR001010701",
        "contested, as of 2025-12-31, in nug-2025-military-review.json",
        "Note: intense fighting continues",
        "Source: Mizzima, 2026-01-05",
    ] {
        assert!(tip.contains(part), "{part:?} missing from {tip}");
    }
}

#[test]
fn hovering_a_township_without_a_named_town_says_nothing_is_claimed() {
    let mut h = harness(Vec::new(), ThemeChoice::Light);
    h.run();
    // Lashio township's centre; no report names a town in it.
    let memory = egui_plot::PlotMemory::load(&h.ctx, map::plot_id()).expect("drawn");
    let g = fieldreport::report::places::gazetteer();
    let lashio = g.place("MMR015001").expect("Lashio township");
    let [x, y] = map::geometry::project(lashio.lon, lashio.lat);
    h.hover_at(memory.transform().position_from_point(&egui_plot::PlotPoint::new(x, y)));
    h.run_steps(6);
    let tip = text_of(&h, "Lashio township");
    assert!(
        tip.contains("No open report names a town in it as of 2025-12-31"),
        "{tip}"
    );
}

#[test]
fn the_date_selector_steps_through_snapshots() {
    let mut h = harness(vec![two_snapshots()], ThemeChoice::Light);
    h.run();
    assert!(chart_name(&h).contains("as of 2025-12-31 chart."), "{}", chart_name(&h));
    assert!(h.query_by_label_contains("Since 2025-06-30").is_some());
    assert!(h.query_by_label("Mansi: contested → captured").is_some());
    h.get_by_label("as of 2025-06-30").click();
    h.run();
    assert_eq!(
        h.state()
            .state
            .view
            .options
            .hidden(ChartKind::Map)
            .iter()
            .collect::<Vec<_>>(),
        ["as of 2025-12-31"]
    );
    let name = chart_name(&h);
    assert!(
        name.starts_with("Towns named in the reports, as of 2025-06-30 chart."),
        "{name}"
    );
    assert!(name.contains("captured: Falam (Chin), Kawlin (Sagaing)"), "{name}");
    assert!(
        h.query_by_label_contains("Since").is_none(),
        "nothing before the first snapshot"
    );
    h.get_by_label("▶").click();
    h.run();
    assert!(
        h.state()
            .state
            .view
            .options
            .hidden(ChartKind::Map)
            .contains("as of 2025-06-30")
    );
    assert!(chart_name(&h).contains("as of 2025-12-31 chart."));
}

#[test]
fn towns_that_cannot_be_placed_are_listed_with_the_reason() {
    let mut h = harness(vec![two_snapshots()], ThemeChoice::Light);
    h.run();
    assert!(h.query_by_label("Not placed on the map (2)").is_some());
    let minhla = text_of(&h, "Minhla (captured, two-snapshots.json)");
    assert!(
        minhla.contains("places of that name lie in different states and regions"),
        "{minhla}"
    );
    let npt = text_of(&h, "Nay Pyi Taw (contested");
    assert!(
        npt.contains("the name of a state or region, not of a town or township"),
        "{npt}"
    );
    // The counts are national, as given.
    assert!(h.query_by_label("37 captured").is_some());
    assert!(h.query_by_label("of 330 townships").is_some());
}

fn listed_townships() -> LoadedReport {
    LoadedReport::from_path(&fixture("listed-townships.json")).expect("the fixture reads")
}

#[test]
fn listed_townships_are_squares_with_a_tooltip_and_a_list_by_status() {
    let mut h = harness(vec![listed_townships()], ThemeChoice::Light);
    h.run();
    assert!(
        chart_name(&h).starts_with("Townships and towns by reported control, as of 2025-12-31 chart."),
        "{}",
        chart_name(&h)
    );
    assert!(h.query_by_label("Townships listed, by reported status").is_some());
    assert!(
        h.query_by_label("captured (8):").is_some(),
        "eight placed captured townships"
    );
    assert!(h.query_by_label("contested (3):").is_some());
    assert!(
        h.query_all_by_label_contains("Banmauk, Falam, Indaw, Kawlin, Paletwa, Pinlebu, Tedim, Tonzang")
            .next()
            .is_some(),
        "the captured townships are listed by name"
    );
    let npt = text_of(&h, "Atlantis (captured");
    assert!(npt.contains("no township of that name"), "{npt}");
    let map = map_data(&h);
    let falam = map
        .places()
        .areas
        .iter()
        .find(|a| a.name == "Falam")
        .expect("Falam township is placed")
        .clone();
    assert_eq!(map.places().areas.len(), 13);
    // Hovered a little off its centre: the square, not only the centre, answers.
    let memory = egui_plot::PlotMemory::load(&h.ctx, map::plot_id()).expect("drawn");
    let at = memory
        .transform()
        .position_from_point(&egui_plot::PlotPoint::new(falam.at[0], falam.at[1]));
    h.hover_at(at + egui::vec2(3.0, -3.0));
    h.run_steps(6);
    let tip = text_of(&h, "Falam · ဖလမ်း");
    for part in [
        "MIMU Pcode MMR004001",
        "captured, as of 2025-12-31, in listed-townships.json",
        "Note: taken in April",
        "Source: Newsroom compilation of township statuses",
    ] {
        assert!(tip.contains(part), "{part:?} missing from {tip}");
    }
}

#[test]
fn snapshot_of_the_map_with_listed_townships() {
    let mut h = harness(vec![listed_townships()], ThemeChoice::Light);
    h.run();
    h.snapshot("map-listed-townships");
}

#[test]
fn snapshot_of_the_map_with_listed_townships_dark() {
    let mut h = harness(vec![listed_townships()], ThemeChoice::Dark);
    h.run();
    h.snapshot("map-listed-townships-dark");
}

fn snapshot_two_snapshots(theme: ThemeChoice, name: &str) {
    let mut h = harness(vec![two_snapshots()], theme);
    h.run();
    h.snapshot(name);
}

#[test]
fn snapshot_of_the_map_with_two_snapshots_light() {
    snapshot_two_snapshots(ThemeChoice::Light, "map-two-snapshots");
}

#[test]
fn snapshot_of_the_map_with_two_snapshots_dark() {
    snapshot_two_snapshots(ThemeChoice::Dark, "map-two-snapshots-dark");
}

fn picture(reports: Vec<LoadedReport>) -> Picture {
    let data = Dataset::merge(reports);
    let options = ChartOptions::default();
    Picture::new(ChartKind::Map.prepare(&data, &options), &options, Stamp::now(&data))
}

#[test]
fn the_exported_map_fits_common_sizes() {
    for (width, height) in [(1600.0, 900.0), (800.0, 600.0), (1200.0, 675.0)] {
        let picture = picture(vec![two_snapshots()]);
        let mut h = Harness::builder()
            .with_size([width, height])
            .with_context_setup(|ctx| ctx.set_fonts(fieldreport::fonts::definitions()))
            .build_ui(move |ui| picture.ui(ui));
        h.run();
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(width, height));
        let memory = egui_plot::PlotMemory::load(&h.ctx, map::plot_id()).expect("drawn");
        let frame = *memory.transform().frame();
        assert!(
            screen.contains_rect(frame),
            "{width}×{height}: the map {frame:?} is cut off"
        );
        let bounds = memory.bounds();
        let (min, max) = map::geometry::geometry().expect("geometry").extent;
        assert!(
            bounds.min()[0] <= min[0]
                && bounds.min()[1] <= min[1]
                && bounds.max()[0] >= max[0]
                && bounds.max()[1] >= max[1],
            "{width}×{height}: the whole country is in view"
        );
        let attribution = h.get_by_label("Boundaries: Natural Earth. Places: MIMU Place Codes 9.6.");
        assert!(
            screen.contains_rect(attribution.rect()),
            "{width}×{height}: the attribution line"
        );
        for node in h.query_all_by(|n| n.role() == Role::Label) {
            let label = node.accesskit_node().label().unwrap_or_default();
            assert!(
                screen.contains_rect(node.rect()),
                "{width}×{height}: {label:?} at {:?} is cut off",
                node.rect()
            );
        }
    }
}

#[test]
fn the_render_command_gives_the_in_app_map() {
    let out = std::env::temp_dir().join(format!("fieldreport-map-render-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let status = Process::new(env!("CARGO_BIN_EXE_fieldreport"))
        .args([
            "render",
            "tests/fixtures/two-snapshots.json",
            "--chart",
            "map",
            "--size",
            "800x600",
            "--scale",
            "1",
            "--out",
        ])
        .arg(&out)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("runs");
    assert!(status.success());
    let picture = picture(vec![two_snapshots()]);
    assert_eq!(picture.file_name("png"), "map-2025.png");
    let decode = |bytes: &[u8]| {
        let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
            .read_info()
            .expect("a PNG");
        let mut pixels = vec![0; reader.output_buffer_size().expect("size")];
        let frame = reader.next_frame(&mut pixels).expect("pixels");
        pixels.truncate(frame.buffer_size());
        (frame.width, frame.height, pixels)
    };
    let (w1, h1, from_cli) = decode(&std::fs::read(out.join("map-2025.png")).expect("written"));
    let size = ExportSize {
        width: 800,
        height: 600,
        scale: 1.0,
        dark: false,
    };
    let (w2, h2, in_app) = decode(&picture.png(size).expect("renders"));
    assert_eq!((w1, h1), (w2, h2));
    let differing = from_cli
        .chunks(4)
        .zip(in_app.chunks(4))
        .filter(|(a, b)| a.iter().zip(b.iter()).any(|(x, y)| x.abs_diff(*y) > 2))
        .count();
    assert!(differing < 20, "{differing} pixels differ");
    assert!(
        picture.alt_text.contains("Towns named: captured: "),
        "{}",
        picture.alt_text
    );
    assert!(
        picture.alt_text.contains("Not placed: Minhla (captured)"),
        "{}",
        picture.alt_text
    );
    std::fs::remove_dir_all(&out).ok();
}

#[test]
fn the_check_command_notes_the_towns_the_map_cannot_place_and_a_pcode_places_them() {
    let dir = std::env::temp_dir().join(format!("fieldreport-map-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    let file = dir.join("towns.json");
    std::fs::write(
        &file,
        r#"{"fieldreport":1,"title":"Towns","townships":[{"as_of":"2025-12-31","breakdown":{"captured":2},"towns":[
            {"name":"Minhla","status":"captured"},
            {"name":"Minhla","status":"captured","pcode":"MMR009013701"},
            {"name":"Atlantis","status":"captured"}]}]}"#,
    )
    .expect("the file");
    let out = Process::new(env!("CARGO_BIN_EXE_fieldreport"))
        .arg("check")
        .arg(&file)
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("- note: townships as of 2025-12-31: Minhla is not placed on the map: places of that name lie in different states and regions")
            && text.contains("[townships[0].towns[0]]"),
        "{text}"
    );
    assert!(
        text.contains("Atlantis is not placed on the map: no town or township of that name"),
        "{text}"
    );
    assert!(
        !text.contains("[townships[0].towns[1]]"),
        "the pcode places the second Minhla: {text}"
    );
    // The same notes, for scripts.
    let json = Process::new(env!("CARGO_BIN_EXE_fieldreport"))
        .args(["check", "--json"])
        .arg(&file)
        .output()
        .expect("runs");
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let paths: Vec<&str> = doc["files"][0]["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .filter_map(|w| w["path"].as_str())
        .filter(|p| p.contains("towns["))
        .collect();
    assert_eq!(paths, ["townships[0].towns[0]", "townships[0].towns[2]"]);
    let _ = std::fs::remove_dir_all(dir);
}

/// The approximate township layer generated for tests (`tests/fixtures/townships/build.py`).
fn approximate_townships() -> PathBuf {
    fixture("townships/approximate-townships.geojson")
}

/// The map of the listed townships with a boundary file opened as a user opens any file.
fn with_boundaries(path: PathBuf, theme: ThemeChoice) -> Harness<'static, FieldReportApp> {
    let mut h = harness(vec![listed_townships()], theme);
    h.state_mut().state.jobs.queue.push(Command::OpenPaths(vec![path]));
    window::settle(&mut h);
    h
}

/// A point inside a township's boundary, as far from its centre as its triangles go, on screen.
fn inside_township(h: &Harness<'_, FieldReportApp>, pcode: &str) -> (egui::Pos2, f32) {
    let state = &h.state().state;
    let layer = state.boundaries().expect("the boundaries are open");
    let shape = layer
        .townships
        .iter()
        .find(|t| t.pcode == pcode)
        .unwrap_or_else(|| panic!("{pcode} has a boundary"));
    let g = fieldreport::report::places::gazetteer();
    let township = g.place(pcode).expect("a township");
    let o = map::geometry::origin();
    let centre = map::geometry::project(township.lon, township.lat);
    let far = shape
        .fill
        .triangles
        .chunks_exact(3)
        .map(|t| {
            let p = [t[0], t[1], t[2]].map(|i| shape.fill.points[i as usize]);
            let c = [(p[0][0] + p[1][0] + p[2][0]) / 3.0, (p[0][1] + p[1][1] + p[2][1]) / 3.0];
            [f64::from(c[0]) + o[0], f64::from(c[1]) + o[1]]
        })
        .max_by(|a, b| {
            let d = |p: &[f64; 2]| (p[0] - centre[0]).powi(2) + (p[1] - centre[1]).powi(2);
            d(a).total_cmp(&d(b))
        })
        .expect("triangles");
    let memory = egui_plot::PlotMemory::load(&h.ctx, map::plot_id()).expect("drawn");
    let t = memory.transform();
    let at = t.position_from_point(&egui_plot::PlotPoint::new(far[0], far[1]));
    let from = t.position_from_point(&egui_plot::PlotPoint::new(centre[0], centre[1]));
    (at, at.distance(from))
}

#[test]
fn township_boundaries_fill_the_listed_townships_and_answer_inside_them() {
    let mut h = with_boundaries(approximate_townships(), ThemeChoice::Light);
    let state = &h.state().state;
    let layer = state.boundaries().expect("the boundaries are open");
    assert_eq!(
        layer.joined_by,
        fieldreport::report::places::boundaries::JoinedBy::Pcode("TS_PCODE".to_owned())
    );
    let joined = layer.townships.len();
    assert!(joined > 340, "{joined} townships joined");
    assert!(!state.view.attribution_prompt, "the file gives its own credit");
    assert!(
        state.view.notices.iter().any(|n| n.text.contains(&format!(
            "Township boundaries read from approximate-townships.geojson: {joined} of"
        ))),
        "{:?}",
        state.view.notices
    );
    assert_eq!(
        state.settings.boundaries.as_deref(),
        Some(approximate_townships().canonicalize().expect("exists").as_path()),
        "kept for the next start"
    );
    assert!(
        h.query_all_by_label_contains("Township boundaries from approximate-townships.geojson")
            .next()
            .is_some(),
        "the join is told beside the map"
    );
    let map = map_data(&h);
    assert!(
        map.caption
            .credits
            .iter()
            .any(|c| c.contains("Township boundaries: APPROXIMATE township areas")),
        "{:?}",
        map.caption.credits
    );
    assert!(
        map.caption
            .notes
            .iter()
            .any(|n| n.starts_with("Filled townships are those the reports list by name")),
        "{:?}",
        map.caption.notes
    );
    // Inside Falam's boundary, far from its centre: the listed township answers.
    let (at, away) = inside_township(&h, "MMR004001");
    // A square reaches 5 points from its centre at this scale (8 points a side, and a point more).
    assert!(
        away > 6.0,
        "the point is {away} points from the centre, inside the square"
    );
    h.hover_at(at);
    h.run_steps(6);
    let tip = text_of(&h, "Falam · ဖလမ်း");
    assert!(
        tip.contains("captured, as of 2025-12-31, in listed-townships.json"),
        "{tip}"
    );
    // Inside a township no report lists: its own tooltip.
    let (at, _) = inside_township(&h, "MMR015001");
    h.hover_at(at);
    h.run_steps(6);
    let tip = text_of(&h, "Lashio township");
    assert!(tip.contains("MIMU Pcode MMR015001"), "{tip}");
}

/// Fails unless a line of the map's credits says `credit`.
fn assert_credited(h: &Harness<'_, FieldReportApp>, credit: &str) {
    let credits = map_data(h).caption.credits;
    assert!(
        credits.iter().any(|c| c.contains(credit)),
        "{credit:?} not in {credits:?}"
    );
}

#[test]
fn boundaries_that_do_not_say_who_made_them_ask_and_a_bad_file_keeps_those_open() {
    let dir = std::env::temp_dir().join(format!("fieldreport-boundaries-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder");
    let text = std::fs::read_to_string(approximate_townships()).expect("reads");
    let mut json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    json.as_object_mut().expect("an object").remove("attribution");
    let unsigned = dir.join("unsigned.geojson");
    std::fs::write(&unsigned, json.to_string()).expect("written");
    let mut h = with_boundaries(unsigned.clone(), ThemeChoice::Light);
    assert!(h.state().state.view.attribution_prompt);
    assert_credited(&h, "Township boundaries: unsigned.geojson (source not given)");
    h.get_by_label("Credit for the township boundaries").click();
    h.run();
    h.get_by_label("Credit for the township boundaries")
        .type_text("Test survey (CC BY 4.0)");
    h.run();
    h.get_by_label("Use").click();
    window::settle(&mut h);
    let state = &h.state().state;
    assert!(!state.view.attribution_prompt);
    assert_eq!(
        state
            .settings
            .boundary_credits
            .get(&unsigned.canonicalize().expect("exists"))
            .map(String::as_str),
        Some("Test survey (CC BY 4.0)")
    );
    assert_credited(&h, "Township boundaries: Test survey (CC BY 4.0) (unsigned.geojson)");
    // A file that is no boundary file: refused, the boundaries open kept.
    let broken = dir.join("broken.geojson");
    std::fs::write(&broken, "{\"type\": \"FeatureCollection\", \"features\": [").expect("written");
    let projected = dir.join("projected.geojson");
    std::fs::write(
        &projected,
        r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"TS_PCODE":"MMR004001"},
        "geometry":{"type":"Polygon","coordinates":[[[500000,2500000],[510000,2500000],[510000,2510000],[500000,2500000]]]}}]}"#,
    )
    .expect("written");
    for bad in [broken, projected] {
        h.state_mut()
            .state
            .jobs
            .queue
            .push(Command::OpenPaths(vec![bad.clone()]));
        window::settle(&mut h);
        let state = &h.state().state;
        let name = bad.file_name().expect("a name").to_string_lossy().into_owned();
        assert!(
            state.view.notices.iter().any(|n| n.error
                && n.text
                    .contains(&format!("{name} cannot be used as township boundaries"))
                && n.text.contains("The boundaries already open are kept.")),
            "{:?}",
            state.view.notices
        );
        assert_eq!(state.boundaries().map(|b| b.name.as_str()), Some("unsigned.geojson"));
        assert_eq!(state.docs.reports.len(), 1, "the report stays open");
    }
    std::fs::remove_dir_all(&dir).ok();
}

fn snapshot_filled(theme: ThemeChoice, lang: Option<fieldreport::i18n::Lang>, name: &str) {
    let mut h = with_boundaries(approximate_townships(), theme);
    if let Some(lang) = lang {
        h.state_mut().state.jobs.queue.push(Command::SetLanguage(lang));
        window::settle(&mut h);
    }
    h.run();
    h.snapshot(name);
}

#[test]
fn snapshot_of_the_map_with_township_boundaries() {
    snapshot_filled(ThemeChoice::Light, None, "map-township-boundaries");
}

#[test]
fn snapshot_of_the_map_with_township_boundaries_dark() {
    snapshot_filled(ThemeChoice::Dark, None, "map-township-boundaries-dark");
}

#[test]
fn snapshot_of_the_map_with_township_boundaries_in_burmese() {
    snapshot_filled(
        ThemeChoice::Light,
        Some(fieldreport::i18n::Lang::My),
        "map-township-boundaries-burmese",
    );
}

#[test]
fn render_fills_townships_with_the_boundaries_given_and_refuses_a_bad_file() {
    let out = std::env::temp_dir().join(format!("fieldreport-map-boundaries-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let render = |out: &Path, extra: &[&str]| {
        Process::new(env!("CARGO_BIN_EXE_fieldreport"))
            .args([
                "render",
                "tests/fixtures/listed-townships.json",
                "--chart",
                "map",
                "--preset",
                "social",
                "--with-text",
                "--out",
            ])
            .arg(out)
            .args(extra)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("runs")
    };
    let done = render(
        &out,
        &[
            "--boundaries",
            "tests/fixtures/townships/approximate-townships.geojson",
            "--boundaries-credit",
            "Test survey",
        ],
    );
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    let told = String::from_utf8_lossy(&done.stderr);
    assert!(
        told.contains("approximate-townships.geojson: ") && told.contains("townships joined"),
        "{told}"
    );
    let csv = std::fs::read_to_string(out.join("map-2025.csv")).expect("the chart's data");
    assert!(!csv.is_empty());
    let filled = std::fs::read(out.join("map-2025.png")).expect("written");
    // The same picture without boundaries differs where the townships are filled.
    let plain_out = out.join("plain");
    assert!(render(&plain_out, &[]).status.success());
    assert_ne!(filled, std::fs::read(plain_out.join("map-2025.png")).expect("written"));
    let bad = render(&out, &["--boundaries", "tests/fixtures/listed-townships.json"]);
    assert_eq!(bad.status.code(), Some(1));
    let told = String::from_utf8_lossy(&bad.stderr);
    assert!(
        told.contains("listed-townships.json cannot be used as township boundaries"),
        "{told}"
    );
    std::fs::remove_dir_all(&out).ok();
}
