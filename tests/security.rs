//! What a report file can and cannot make the app do: only http and https links open, and only
//! on a click; a report's text never names a file the app reads or writes; and the app carries
//! no network client of its own.

use std::path::Path;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use fieldreport::app::FieldReportApp;
use fieldreport::command::{Command, ExportRequest};
use fieldreport::report::LoadedReport;
use fieldreport::state::{Settings, State};

const HOSTILE: &str = r#"{
  "fieldreport": 1,
  "title": "../../../../tmp/fieldreport-hostile",
  "claim": "file:///etc/passwd",
  "notes": "C:\\Windows\\System32 /etc/shadow ~/.ssh/id_rsa",
  "sources": [
    { "title": "A web page", "publisher": "Outlet", "url": "https://example.org/report" },
    { "title": "A local file", "publisher": "Nobody", "url": "file:///etc/passwd" },
    { "title": "A script", "publisher": "Nobody", "url": "javascript:alert(1)" }
  ],
  "funding": [ { "year": 2025, "label": "../../escape", "mmk": 1000 } ],
  "townships": [ { "as_of": "2025-12-31", "breakdown": { "/etc/passwd": 3 },
    "towns": [ { "name": "\\\\server\\share", "status": "captured" } ] } ]
}"#;

fn hostile() -> LoadedReport {
    LoadedReport::from_bytes(HOSTILE.as_bytes(), "hostile.json", None).expect("a valid report")
}

fn harness() -> Harness<'static, FieldReportApp> {
    let state = State::new(Settings::default(), vec![hostile()]);
    Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(12)
        .with_context_setup(|ctx| ctx.set_fonts(fieldreport::fonts::definitions()))
        .build_ui_state(|ui, app: &mut FieldReportApp| app.ui(ui), FieldReportApp::new(state))
}

fn opened_urls(h: &Harness<'_, FieldReportApp>) -> Vec<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::OpenUrl(open) => Some(open.url.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn only_web_links_are_links_and_only_a_click_opens_one() {
    let mut h = harness();
    h.run();
    assert!(opened_urls(&h).is_empty(), "nothing opens by itself");
    let links: Vec<String> = h
        .query_all_by(|n| n.role() == Role::Link)
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    assert_eq!(links, ["Outlet: A web page"], "only the https source is a link");
    assert!(
        h.query_by_label_contains("file:///etc/passwd: not an http or https link, not opened")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("javascript:alert(1): not an http or https link")
            .is_some()
    );
    h.get_by(|n| n.role() == Role::Link).click();
    h.step();
    h.step();
    assert_eq!(opened_urls(&h), ["https://example.org/report"]);
}

#[test]
fn an_open_url_command_with_another_scheme_is_refused() {
    let mut state = State::with_sample();
    let ctx = egui::Context::default();
    for url in [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "ftp://example.org",
        "/etc/passwd",
    ] {
        state.handle(Command::OpenUrl(url.to_owned()), &ctx);
    }
    assert_eq!(state.view.notices.len(), 4);
    assert!(
        state
            .view
            .notices
            .iter()
            .all(|n| n.text.starts_with("Only http and https links are opened"))
    );
}

#[test]
fn a_reports_text_never_names_a_file_the_app_writes() {
    let dir = std::env::temp_dir().join(format!("fieldreport-hostile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut state = State::new(Settings::default(), vec![hostile()]);
    state.jobs.worker.use_dialogs = false;
    state.settings.last_dir = Some(dir.clone());
    let ctx = egui::Context::default();
    for request in [ExportRequest::ChartCsv, ExportRequest::DatasetCsv] {
        state.handle(Command::Export(request), &ctx);
        for _ in 0..500 {
            state.poll(&ctx);
            if !state.is_busy() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }
    let mut written: Vec<String> = std::fs::read_dir(&dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(written, ["fieldreport-dataset.csv", "funding-2025.csv"]);
    assert!(!Path::new("/tmp/fieldreport-hostile").exists());
    let csv = std::fs::read_to_string(dir.join("funding-2025.csv")).expect("csv");
    assert!(csv.contains("../../escape"), "the text is data, kept as written: {csv}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_app_carries_no_network_client() {
    let lock = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock")).expect("Cargo.lock");
    let names: Vec<&str> = lock
        .lines()
        .filter_map(|l| l.strip_prefix("name = \""))
        .map(|l| l.trim_end_matches('"'))
        .collect();
    assert!(names.contains(&"eframe"), "the lock file was read");
    for client in [
        "reqwest",
        "ureq",
        "hyper",
        "curl",
        "isahc",
        "attohttpc",
        "surf",
        "ehttp",
        "minreq",
    ] {
        assert!(
            !names.contains(&client),
            "{client} is a network client in the dependency tree"
        );
    }
}
