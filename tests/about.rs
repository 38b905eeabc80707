//! Help ▸ About: the version, the program's licence, the bundled fonts and map data with their
//! licences and credits, and the README; in English and in Burmese.

mod window;

use egui_kittest::kittest::Queryable as _;
use fieldreport::app::FieldReportApp;
use fieldreport::i18n::Lang;
use fieldreport::state::{Settings, State};
use window::harness;

#[test]
fn help_about_names_the_version_the_licences_and_the_credits() {
    let mut h = harness(FieldReportApp::with_sample(), egui::Theme::Light);
    h.run();
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label("About fieldreport").click();
    h.run();
    assert!(h.state().state.view.about);
    let version = format!("Version {}", env!("CARGO_PKG_VERSION"));
    for text in [
        version.as_str(),
        "MIT or Apache 2.0",
        "DejaVu Sans, for symbols: Bitstream Vera licence",
        "Padauk, for Burmese, by SIL International: SIL Open Font License 1.1",
        "Natural Earth (public domain)",
        "MIMU Place Codes 9.6 (February 2025), by the Myanmar Information Management Unit (MIMU)",
        "/usr/share/doc/fieldreport/copyright",
    ] {
        assert!(
            h.query_by_label_contains(text).is_some(),
            "the About window says {text:?}"
        );
    }
    h.snapshot("about");
    h.get_by_label("Read the README: how to use fieldreport").click();
    // The click's command is carried out at the start of the next frame.
    let mut opened: Vec<String> = Vec::new();
    for _ in 0..3 {
        h.step();
        opened.extend(h.output().platform_output.commands.iter().filter_map(|c| match c {
            egui::OutputCommand::OpenUrl(open) => Some(open.url.clone()),
            _ => None,
        }));
    }
    assert_eq!(opened.len(), 1, "{opened:?}");
    assert!(
        opened[0].starts_with("file:///") && opened[0].ends_with("/README.md"),
        "{opened:?}"
    );
    h.run();
    h.get_by_label("Close window").click();
    h.run();
    assert!(!h.state().state.view.about, "the window's close button closes it");
    assert!(h.query_by_label_contains(&version).is_none());
}

#[test]
fn help_about_in_burmese() {
    let settings = Settings {
        lang: Some(Lang::My),
        ..Settings::default()
    };
    let mut state = State::new(settings, vec![fieldreport::report::sample()]);
    state.jobs.queue.push(fieldreport::command::Command::ShowAbout(true));
    let mut h = harness(FieldReportApp::new(state), egui::Theme::Light);
    h.run();
    assert!(
        h.query_by_label_contains(&format!("ဗားရှင်း {}", env!("CARGO_PKG_VERSION")))
            .is_some()
    );
    assert!(h.query_by_label_contains("SIL Open Font License 1.1").is_some());
    h.snapshot("about-my");
}
