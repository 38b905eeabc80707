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
        .queue
        .push(Command::OpenPaths(vec![acled_file(name)]));
    settle(&mut h);
    h.state_mut().state.queue.push(Command::ShowChart(ChartKind::Records));
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
    assert_eq!(state.reports.len(), 1, "and the sample stays");
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
    let options = &h.state().state.options.records;
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
    assert_eq!(h.state().state.options.records.aggregation.actor, "tnla");
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
        .queue
        .push(Command::SetLanguage(fieldreport::i18n::Lang::My));
    h.run();
    assert!(h.query_all_by_label_contains("တိုက်ပွဲ ၇,၁၃၉ ဟု ပြောဆို").next().is_some());
    h.snapshot("records-acled-burmese");
}
