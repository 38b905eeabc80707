//! The Claims and records view through the window: an ACLED-shaped file (made here) opened
//! beside the sample, the chart read through the accessibility tree, its controls, and
//! snapshots (light, dark, Burmese).

mod window;

use std::path::PathBuf;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use fieldreport::app::FieldReportApp;
use fieldreport::charts::ChartKind;
use fieldreport::command::Command;
use fieldreport::report::events::Period;
use window::{harness, settle};

/// An ACLED-shaped file: in 2025, 180 battle events a month (2,160 in all), each with one
/// fatality, and some protests; in 2024, 100 battles.
fn acled_file(name: &str) -> PathBuf {
    let mut text = String::from(
        "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,actor2,admin1,admin3,notes,fatalities,timestamp\n",
    );
    for month in 1..=12 {
        for day in 0..180 {
            text.push_str(&format!(
                "MMR{month}-{day},{} {} 2025,2025,Battles,Armed clash,Military Forces of Myanmar (2021-),PDF,Sagaing,Kale,\"Fighting, \"\"heavy\"\"; ကျေးရွာ\",1,1747353600\n",
                day % 28 + 1,
                ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1]
            ));
        }
        text.push_str(&format!(
            "P{month},2025-{month:02}-02,2025,Protests,Peaceful protest,Protesters,,Yangon,Hlaing,,0,1747353600\n"
        ));
    }
    for i in 0..100 {
        text.push_str(&format!(
            "B{i},2024-06-{:02},2024,Battles,Armed clash,TNLA,Military Forces of Myanmar (2021-),Shan-North,Lashio,,2,1747353600\n",
            i % 28 + 1
        ));
    }
    let dir = std::env::temp_dir().join(format!("fieldreport-records-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let path = dir.join("acled-myanmar.csv");
    std::fs::write(&path, text).expect("written");
    path
}

fn with_records(theme: egui::Theme, name: &str) -> Harness<'static, FieldReportApp> {
    let mut h = harness(FieldReportApp::with_sample(), theme);
    h.run();
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::OpenPaths(vec![acled_file(name)]));
    settle(&mut h);
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::ShowChart(ChartKind::Records));
    h.run();
    h
}

fn chart_name(h: &Harness<'_, FieldReportApp>) -> String {
    let node = h.get_by(|n| n.role() == Role::Image && n.label().is_some_and(|l| l.contains(" chart. ")));
    node.accesskit_node().label().unwrap_or_default()
}

#[test]
fn the_claim_stands_beside_the_record_with_both_sources_and_the_caveat() {
    let mut h = with_records(egui::Theme::Light, "claim");
    let state = &h.state().state;
    assert_eq!(
        state.event_files().len(),
        1,
        "the event file is open beside the reports"
    );
    assert_eq!(state.docs.reports.len(), 1, "and the sample stays");
    let name = chart_name(&h);
    assert!(
        name.contains("2025: claimed 7,139 battles; ACLED recorded 2,160 battle events: 3.3×"),
        "{name}"
    );
    assert!(
        name.contains("claimed 5,699 killed; ACLED recorded 2,160 deaths"),
        "{name}"
    );
    for needle in [
        "ACLED, file of 2025-05-16 (acled-myanmar.csv), filter Battles, events per year",
        "Mizzima",
        "Neither is ground truth",
    ] {
        assert!(h.query_all_by_label_contains(needle).next().is_some(), "{needle}");
    }
    // Per month: the months are bars, the claim lies across its year.
    h.get_by_label("month").click();
    h.run();
    let options = &h.state().state.view.options.records;
    assert_eq!(options.aggregation.by, Period::Month);
    assert!(h.query_all_by_label_contains("events per month").next().is_some());
    // The actor filter is named where it is drawn.
    h.get_by(|n| n.role() == Role::TextInput && n.label().is_some_and(|l| l == "Actor:"))
        .focus();
    h.run();
    h.get_by(|n| n.role() == Role::TextInput && n.label().is_some_and(|l| l == "Actor:"))
        .type_text("tnla");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(h.state().state.view.options.records.aggregation.actor, "tnla");
    assert!(h.query_all_by_label_contains("actor “tnla”").next().is_some());
    // Closing the file leaves the claims alone, saying so.
    h.get_by_label("Close acled-myanmar.csv").click();
    h.run();
    assert!(h.state().state.event_files().is_empty());
    assert!(h.query_all_by_label_contains("No event file is open").next().is_some());
}

#[test]
fn snapshot_light() {
    let mut h = with_records(egui::Theme::Light, "light");
    h.snapshot("records-acled");
}

#[test]
fn snapshot_dark() {
    let mut h = with_records(egui::Theme::Dark, "dark");
    h.snapshot("records-acled-dark");
}

#[test]
fn snapshot_per_month() {
    let mut h = with_records(egui::Theme::Light, "month");
    h.get_by_label("month").click();
    h.run();
    h.snapshot("records-acled-month");
}

#[test]
fn snapshot_burmese() {
    let mut h = with_records(egui::Theme::Light, "burmese");
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::SetLanguage(fieldreport::i18n::Lang::My));
    h.run();
    assert!(h.query_all_by_label_contains("တိုက်ပွဲ ၇,၁၃၉ ဟု ပြောဆို").next().is_some());
    h.snapshot("records-acled-burmese");
}

/// An ACLED-shaped file spread over real townships of the bundled gazetteer (every fourth, with
/// fewer battles the further down the list), some rows naming only their state, and one
/// township no gazetteer knows; and a UCDP-shaped file per state and region.
fn spread_files(name: &str) -> (PathBuf, PathBuf) {
    let g = fieldreport::report::places::gazetteer();
    let mut acled = String::from(
        "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,actor2,admin1,admin3,notes,fatalities,timestamp\n",
    );
    for (k, (_, t)) in g.townships().step_by(4).enumerate() {
        let state = g.state_name(&t.state);
        for i in 0..(240 / (k + 2)).max(1) {
            acled.push_str(&format!(
                "E{k}-{i},2025-{:02}-10,2025,Battles,Armed clash,Military Forces of Myanmar (2021-),PDF,\"{state}\",\"{}\",,{},1747353600\n",
                i % 12 + 1,
                t.name,
                i % 3
            ));
        }
    }
    for i in 0..40 {
        acled.push_str(&format!(
            "S{i},2025-03-01,2025,Battles,Armed clash,KIA,Military Forces of Myanmar (2021-),Kachin,,,1,1747353600\n"
        ));
    }
    for i in 0..7 {
        acled.push_str(&format!(
            "X{i},2025-03-01,2025,Battles,Armed clash,PDF,Military Forces of Myanmar (2021-),Sagaing,Atlantis,,0,1747353600\n"
        ));
    }
    let mut ucdp =
        String::from("id,year,type_of_violence,conflict_name,side_a,side_b,adm_1,date_start,date_end,best,low,high\n");
    for (k, state) in [
        "Sagaing region",
        "Magway region",
        "Shan state",
        "Kayin state",
        "Rakhine state",
    ]
    .iter()
    .enumerate()
    {
        for i in 0..(60 / (k + 1)) {
            ucdp.push_str(&format!(
                "{k}{i},2025,1,Myanmar (Burma): Government,Government of Myanmar (Burma),PDF,{state},2025-02-01,2025-02-01,{},{},{}\n",
                3 + i % 4,
                2 + i % 4,
                6 + i % 4
            ));
        }
    }
    let dir = std::env::temp_dir().join(format!("fieldreport-map-events-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let (a, u) = (dir.join("acled-myanmar.csv"), dir.join("GEDEvent_v25_1.csv"));
    std::fs::write(&a, acled).expect("written");
    std::fs::write(&u, ucdp).expect("written");
    (a, u)
}

/// The map the window shows.
fn map_of(h: &Harness<'_, FieldReportApp>) -> fieldreport::charts::map::MapData {
    let chart = h.state().state.view.charts.get(ChartKind::Map).clone();
    chart
        .data::<fieldreport::charts::map::MapData>()
        .cloned()
        .expect("the map")
}

fn with_circles(theme: egui::Theme, name: &str, ucdp: bool) -> Harness<'static, FieldReportApp> {
    let mut h = harness(FieldReportApp::with_sample(), theme);
    h.run();
    let (a, u) = spread_files(name);
    let paths = if ucdp { vec![a, u] } else { vec![a] };
    h.state_mut().state.jobs.queue.push(Command::OpenPaths(paths));
    settle(&mut h);
    let notices: Vec<u64> = h.state().state.view.notices.iter().map(|n| n.id).collect();
    for id in notices {
        h.state_mut().state.jobs.queue.push(Command::DismissNotice(id));
    }
    h.state_mut().state.jobs.queue.push(Command::ShowChart(ChartKind::Map));
    h.run();
    h
}

#[test]
fn the_map_draws_what_event_files_recorded_per_township() {
    let mut h = with_circles(egui::Theme::Light, "circles", true);
    let name = chart_name(&h);
    assert!(name.contains("Bhamo (Kachin)"), "the towns stay: {name}");
    assert!(
        name.contains("Circles: ACLED, file of 2025-05-16 (acled-myanmar.csv), filter Battles, events 2025"),
        "{name}"
    );
    assert!(name.contains("UCDP GED 25.1"), "{name}");
    assert!(name.contains("the most in Myitkyina (120)"), "{name}");
    assert!(
        name.contains("1 place not placed: Atlantis (Sagaing): no town or township of that name"),
        "{name}"
    );
    for needle in [
        "Circles: what event files recorded, per township",
        "ACLED: not placed on the map (1 place, 7 events)",
        "Neither shows who holds a township",
        "a circle stands for a whole state or region",
    ] {
        assert!(h.query_all_by_label_contains(needle).next().is_some(), "{needle}");
    }
    // The largest circle's tooltip: the township, its counts, the source and filter.
    let map = map_of(&h);
    let events = map.events.as_ref().expect("circles");
    let largest = &events.layers[0].circles[0];
    assert_eq!(largest.value, 120);
    let memory = egui_plot::PlotMemory::load(&h.ctx, fieldreport::charts::map::plot_id()).expect("drawn");
    let at = memory
        .transform()
        .position_from_point(&egui_plot::PlotPoint::new(largest.at[0], largest.at[1]));
    // A little off the centre, clear of the township's own dot.
    h.hover_at(at + egui::vec2(3.0, 3.0));
    h.run_steps(6);
    let first_line = largest.tooltip.lines().next().unwrap_or_default().to_owned();
    let tip = h
        .query_all_by_label_contains(&first_line)
        .next()
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .unwrap_or_default();
    assert!(tip.contains("120 events"), "{tip}");
    assert!(tip.contains("filter Battles, events 2025"), "{tip}");
    // A picture of the map names the event files' SHA-256 beside the report's.
    let state = &h.state().state;
    let picture = fieldreport::export::Picture::new(
        state.view.charts.get(ChartKind::Map).clone(),
        &state.view.options,
        fieldreport::export::Stamp::now(&state.docs.dataset),
    );
    let inputs: Vec<&str> = picture.stamp.inputs.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        inputs,
        [
            "nug-2025-military-review.json",
            "acled-myanmar.csv",
            "GEDEvent_v25_1.csv"
        ]
    );
    assert!(
        picture.alt_text.contains("Neither shows who holds a township"),
        "{}",
        picture.alt_text
    );
    // Circles of deaths, chosen above the map.
    h.get_by_label("deaths").click();
    h.run();
    assert_eq!(
        h.state().state.view.options.records.aggregation.measure,
        fieldreport::report::events::Measure::Deaths
    );
    assert!(
        h.query_all_by_label_contains("filter Battles, deaths 2025")
            .next()
            .is_some()
    );
}

#[test]
fn snapshot_of_the_map_with_event_circles() {
    let mut h = with_circles(egui::Theme::Light, "snapshot", true);
    h.snapshot("map-events");
}

#[test]
fn snapshot_of_the_map_with_event_circles_in_burmese() {
    let mut h = with_circles(egui::Theme::Light, "burmese-map", false);
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::SetLanguage(fieldreport::i18n::Lang::My));
    h.run();
    assert!(
        h.query_all_by_label_contains("စက်ဝိုင်းများ - ဖြစ်ရပ်ဖိုင်များ")
            .next()
            .is_some()
    );
    h.snapshot("map-events-burmese");
}

#[test]
fn with_township_boundaries_the_first_files_counts_fill_townships_in_classes() {
    let mut h = with_circles(egui::Theme::Light, "filled", true);
    let boundaries =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/townships/approximate-townships.geojson");
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::OpenPaths(vec![boundaries]));
    settle(&mut h);
    // The choice is offered once boundaries are open.
    h.get_by_label("townships filled").click();
    h.run();
    let map = map_of(&h);
    let events = map.events.as_ref().expect("event files");
    let fill = events.fill.as_ref().expect("townships filled");
    assert!(fill.ranges.len() >= 3 && fill.ranges.len() <= 5, "{:?}", fill.ranges);
    assert_eq!(fill.ranges[0].0, 1);
    for pair in fill.ranges.windows(2) {
        assert_eq!(pair[0].1 + 1, pair[1].0, "classes meet: {:?}", fill.ranges);
    }
    let first = &events.layers[0];
    let largest = first.circles.iter().filter(|c| events.filled(c)).map(|c| c.value).max();
    assert_eq!(
        largest,
        fill.ranges.last().map(|r| r.1),
        "the last class ends at the largest"
    );
    // Every township circle with a boundary is a fill; the state-wide circle stays a circle.
    assert!(first.circles.iter().any(|c| c.pcode.is_none() && !events.filled(c)));
    assert_eq!(
        first.circles.iter().filter(|c| events.filled(c)).count(),
        fill.townships.len()
    );
    assert!(
        map.caption
            .notes
            .iter()
            .any(|n| n.starts_with("Townships are filled by the events ACLED recorded in them, in classes of 1")),
        "{:?}",
        map.caption.notes
    );
    assert!(
        h.query_by_label("ACLED, events per township:").is_some(),
        "the classes' key"
    );
    // Inside the busiest township (the first by Pcode of those), away from its centre: its
    // counts. The approximate boundaries overlap their neighbours at places: the point is the
    // centre of one of its triangles that no other township's polygon holds.
    let (pcode, &(_, circle)) = fill
        .townships
        .iter()
        .max_by(|a, b| (a.1.0, b.0).cmp(&(b.1.0, a.0)))
        .expect("a filled township");
    let layer = h.state().state.boundaries().expect("open").clone();
    let shape = layer
        .townships
        .iter()
        .find(|t| &t.pcode == pcode)
        .expect("its boundary");
    let o = fieldreport::charts::map::geometry::origin();
    let p = shape
        .fill
        .triangles
        .chunks_exact(3)
        .map(|t| {
            t.iter()
                .map(|&i| shape.fill.points[i as usize])
                .fold([0.0_f32; 2], |a, q| [a[0] + q[0] / 3.0, a[1] + q[1] / 3.0])
        })
        .find(|&c| layer.township_at(c).is_some_and(|t| &t.pcode == pcode))
        .map(|c| [f64::from(c[0]), f64::from(c[1])])
        .expect("a point of its own");
    let memory = egui_plot::PlotMemory::load(&h.ctx, fieldreport::charts::map::plot_id()).expect("drawn");
    let at = memory
        .transform()
        .position_from_point(&egui_plot::PlotPoint::new(p[0] + o[0], p[1] + o[1]));
    h.hover_at(at);
    h.run_steps(6);
    let name = &first.circles[circle].name;
    assert!(
        h.query_all_by_label_contains(name.as_str())
            .any(|n| n.accesskit_node().label().is_some_and(|l| l.contains("events"))),
        "the tooltip of {name}"
    );
    h.hover_at(egui::pos2(5.0, 790.0));
    h.run();
    h.snapshot("map-events-filled");
    // Back to circles.
    h.get_by_label("circles").click();
    h.run();
    assert!(map_of(&h).events.as_ref().is_some_and(|e| e.fill.is_none()));
}
