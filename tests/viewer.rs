//! The viewer driven through its accessibility tree: opening files through the same path the
//! dialog uses, switching charts, the currency toggle, hiding series, bad files, and snapshot
//! images of every chart in light and dark.

use std::path::{Path, PathBuf};
use std::time::Duration;

mod window;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use fieldreport::app::FieldReportApp;
use fieldreport::charts::funding::FundingData;
use fieldreport::charts::losses::LossesData;
use fieldreport::charts::{ChartKind, Currency};
use fieldreport::command::Command;
use fieldreport::state::Settings;
use window::{harness, settle};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn sample_harness() -> Harness<'static, FieldReportApp> {
    harness(FieldReportApp::with_sample(), egui::Theme::Dark)
}

/// Opens files through the command the dialog sends when the user picks them.
fn open(h: &mut Harness<'_, FieldReportApp>, paths: Vec<PathBuf>) {
    h.state_mut().state.jobs.queue.push(Command::OpenPaths(paths));
    settle(h);
}

fn funding(h: &Harness<'_, FieldReportApp>) -> FundingData {
    let chart = h.state().state.view.charts.get(ChartKind::Funding).clone();
    chart.data::<FundingData>().cloned().expect("the funding chart")
}

fn chart_name(h: &Harness<'_, FieldReportApp>) -> String {
    let node = h.get_by(|n| n.role() == Role::Image && n.label().is_some_and(|l| l.contains(" chart. ")));
    node.accesskit_node().label().unwrap_or_default()
}

#[test]
fn the_sample_opens_on_the_funding_chart() {
    let mut h = sample_harness();
    h.run();
    let name = chart_name(&h);
    assert!(name.starts_with("Battalion support per year chart."), "{name}");
    assert!(name.contains("over 33.6 billion kyats in 2025"), "{name}");
    assert!(h.query_by_label_contains("NUG 2025 military review").is_some());
    assert!(
        h.query_by_label_contains("meet the reported 2,984 only if drone-only attacks were 791")
            .is_some()
    );
    assert_eq!(h.state().state.window_title(), "NUG 2025 military review — fieldreport");
}

#[test]
fn an_idle_window_does_not_repaint() {
    let mut h = sample_harness();
    h.run();
    // Once settled, a frame asks for no further frame: `run` returns after one step.
    assert_eq!(h.run(), 1);
}

#[test]
fn tabs_switch_charts() {
    let mut h = sample_harness();
    h.run();
    for (tab, title) in [
        ("Losses", "Losses per year (junta) chart."),
        ("Townships", "Township control chart."),
        ("Battles", "Battles per year chart."),
        ("Funding", "Battalion support per year chart."),
    ] {
        h.get_by_label(tab).click();
        h.run();
        let name = chart_name(&h);
        assert!(name.starts_with(title), "{tab}: {name}");
    }
}

#[test]
fn keyboard_shortcuts_send_commands() {
    let mut h = sample_harness();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num2);
    h.run();
    assert_eq!(h.state().state.settings.chart, ChartKind::Losses);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::U);
    h.run();
    assert_eq!(h.state().state.settings.currency, Currency::Usd);
}

#[test]
fn the_currency_toggle_shows_dollars() {
    let mut h = sample_harness();
    h.run();
    h.get_by_label("USD").click();
    h.run();
    let name = chart_name(&h);
    assert!(name.contains("US$16 million in 2025"), "{name}");
    assert_eq!(funding(&h).y_label, "Million US dollars");
}

#[test]
fn a_legend_entry_hides_its_series() {
    let mut h = sample_harness();
    h.get_by_label("Losses").click();
    h.run();
    let killed = h.get_by(|n| n.role() == Role::CheckBox && n.label().as_deref() == Some("killed"));
    killed.click();
    h.run();
    assert!(
        h.state()
            .state
            .view
            .options
            .hidden(ChartKind::Losses)
            .contains("killed")
    );
    assert!(
        h.state().state.view.options.hidden(ChartKind::Townships).is_empty(),
        "other charts keep theirs"
    );
    let losses = h
        .state()
        .state
        .view
        .charts
        .get(ChartKind::Losses)
        .data::<LossesData>()
        .cloned();
    assert_eq!(losses.expect("losses").labels[0].text, "3,850 shown");
    let killed = h.get_by(|n| n.role() == Role::CheckBox && n.label().as_deref() == Some("killed"));
    killed.click();
    h.run();
    assert!(
        !h.state()
            .state
            .view
            .options
            .hidden(ChartKind::Losses)
            .contains("killed")
    );
}

#[test]
fn opening_a_second_file_shows_its_conflicts() {
    let mut h = sample_harness();
    h.run();
    // The sample steps aside for the first file opened, so open the sample's file and the other.
    open(
        &mut h,
        vec![
            Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/nug-2025-military-review.json"),
            fixture("conflicting-review.json"),
        ],
    );
    assert_eq!(h.state().state.docs.reports.len(), 2);
    assert!(
        h.query_by_label_contains("Battalion support restated (test fixture)")
            .is_some()
    );
    let conflict = "2024 funding (Battalion support, kyats): 32.9 billion kyats in nug-2025-military-review.json; 30 billion kyats in conflicting-review.json";
    assert!(h.query_by_label_contains(conflict).is_some());
    let bar = &funding(&h).series[0].bars[1];
    let tip = bar.tooltip_text_in(fieldreport::i18n::Tr::EN, Some(&h.state().state.docs.dataset));
    assert!(bar.conflict && tip.contains("conflicting-review.json"), "{tip}");
    assert!(h.state().state.window_title().contains("Battalion support restated"));
    assert_eq!(h.state().state.settings.recent.len(), 2);
}

#[test]
fn a_check_points_at_its_figure() {
    let mut h = sample_harness();
    h.run();
    h.get_by_label_contains("the parts (1,386 + 807 + at least 701) meet the reported 2,984")
        .click();
    h.run();
    assert_eq!(h.state().state.settings.chart, ChartKind::Battles);
    assert_eq!(
        h.state().state.view.focus,
        Some((ChartKind::Battles, fieldreport::report::When::Year(2025)))
    );
    h.snapshot("battles-focus");
    h.get_by_label("Funding").click();
    h.run();
    assert_eq!(h.state().state.view.focus, None, "a tab click clears the mark");
}

#[test]
fn a_bad_file_shows_its_error_once_and_keeps_the_open_report() {
    let mut h = sample_harness();
    h.run();
    open(&mut h, vec![fixture("bad/wrong-type.json")]);
    let error = h.get_by_label_contains("wrong-type.json:6:37: at `losses[0].breakdown.killed`");
    let _ = error;
    assert_eq!(h.state().state.view.notices.len(), 1);
    assert!(h.query_by_label_contains("NUG 2025 military review").is_some());
    assert_eq!(h.state().state.docs.reports.len(), 1);
    h.get_by_label("Dismiss").click();
    h.run();
    assert!(
        h.state().state.view.notices.is_empty(),
        "{:?}",
        h.state().state.view.notices
    );
    assert!(h.query_by_label_contains("wrong-type.json").is_none());
}

#[derive(Debug)]
struct DroppedPath(PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_file_opens_it() {
    let mut h = sample_harness();
    h.run();
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPath(fixture("conflicting-review.json"))));
    h.step();
    settle(&mut h);
    assert_eq!(h.state().state.docs.reports.len(), 1, "the bundled sample steps aside");
    assert_eq!(
        h.state().state.docs.reports[0].loaded.report.title,
        "Battalion support restated (test fixture)"
    );
}

#[test]
fn closing_the_report_leaves_a_clear_message() {
    let mut h = sample_harness();
    h.run();
    h.get_by_label("✖ Close").click();
    h.run();
    assert!(h.state().state.docs.reports.is_empty());
    assert!(
        h.query_by_label_contains("The open reports give no funding figures")
            .is_some()
    );
}

#[test]
fn the_table_gives_screen_readers_the_numbers() {
    let mut h = sample_harness();
    h.run();
    h.get_by_label("Table").click();
    h.run();
    assert!(h.query_by_label("over 33.6 billion kyats").is_some());
    assert!(h.query_by_label("at least 701").is_some());
    assert!(h.query_by_label("≥ +2.1 %").is_some());
}

#[test]
fn hovering_a_bar_shows_its_exact_figure_and_source() {
    let mut h = sample_harness();
    h.run();
    let chart = h.get_by(|n| n.role() == Role::Image && n.label().is_some_and(|l| l.contains(" chart. ")));
    let rect = chart.rect();
    // The 2025 bar stands right of the middle, its lower half well inside the bar: move the
    // pointer across until its tooltip shows.
    let y = rect.bottom() - rect.height() * 0.3;
    let mut found = None;
    for step in 10..40 {
        let pos = egui::pos2(rect.left() + rect.width() * step as f32 / 40.0, y);
        h.hover_at(pos);
        h.run_steps(3);
        if let Some(node) = h.query_all_by_label_contains("over 33,600,000,000 kyats").next() {
            found = Some(node.accesskit_node().id());
            break;
        }
    }
    assert!(found.is_some(), "no tooltip with the 2025 figure along y = {y}");
    let tooltip = h
        .query_all_by_label_contains("over 33,600,000,000 kyats")
        .next()
        .expect("the tooltip stays");
    let node = tooltip.accesskit_node();
    let text = format!(
        "{} {}",
        node.label().unwrap_or_default(),
        node.value().unwrap_or_default()
    );
    assert!(
        text.contains("Implied rate: at least 2,100 kyats per US dollar"),
        "{text}"
    );
    assert!(text.contains("Source: Mizzima, 2026-01-05"), "{text}");
}

#[test]
fn burmese_names_render_and_snapshots_compare() {
    let mut h = sample_harness();
    h.run();
    open(&mut h, vec![fixture("burmese-townships.json")]);
    h.get_by_label("Townships").click();
    h.run();
    assert!(h.query_by_label_contains("ဗန်းမော် (ကချင်)").is_some());
    assert!(
        h.query_by_label_contains("captured: 30 → 37 (+7) from 2025-06-30 to 2025-12-31")
            .is_some()
    );
    h.snapshot("townships-burmese");
}

#[test]
fn without_a_file_dialog_the_window_says_so_and_offers_a_path_field() {
    let mut h = sample_harness();
    h.state_mut().state.jobs.worker.use_dialogs = false;
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    h.run();
    assert!(
        h.query_by_label_contains("No file dialog is available on this system")
            .is_some()
    );
    assert!(h.query_by_label("Report file path").is_some());
}

#[test]
fn the_path_field_opens_a_file_where_there_is_no_dialog() {
    let mut h = sample_harness();
    h.state_mut().state.view.path_prompt = true;
    h.run();
    let path = fixture("conflicting-review.json");
    h.get_by_label("Report file path").focus();
    h.run();
    h.get_by_label("Report file path")
        .type_text(&path.display().to_string());
    h.run();
    assert_eq!(h.state().scratch.path_text, path.display().to_string());
    h.get_by_label("Open").click();
    settle(&mut h);
    assert!(!h.state().state.view.path_prompt);
    assert_eq!(
        h.state().state.docs.reports[0].loaded.report.title,
        "Battalion support restated (test fixture)"
    );
}

#[test]
fn copy_chart_image_puts_the_picture_on_the_clipboard() {
    let mut h = sample_harness();
    h.run();
    h.state_mut().state.settings.export = fieldreport::export::ExportSize {
        width: 640,
        height: 360,
        scale: 1.0,
        dark: false,
    };
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::Export(fieldreport::command::ExportRequest::CopyChart));
    let mut copied = None;
    for _ in 0..1000 {
        h.step();
        copied = h.output().platform_output.commands.iter().find_map(|c| match c {
            egui::OutputCommand::CopyImage(image) => Some(image.size),
            _ => None,
        });
        if copied.is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(copied, Some([640, 360]));
    h.run();
    assert!(
        h.query_by_label_contains("The chart picture is on the clipboard.")
            .is_some()
    );
}

#[test]
fn only_web_links_are_opened() {
    let mut h = sample_harness();
    h.run();
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::OpenUrl("file:///etc/passwd".into()));
    h.run();
    assert!(
        h.query_by_label_contains("Only http and https links are opened")
            .is_some()
    );
}

#[test]
fn corrupt_settings_fall_back_to_defaults() {
    let (settings, problem) = Settings::from_storage(Some("{not json"));
    assert_eq!(settings, Settings::default());
    assert!(problem.is_some());
    let (settings, problem) = Settings::from_storage(Some(r#"{"currency":"Usd"}"#));
    assert_eq!(settings.currency, Currency::Usd);
    assert!(problem.is_none());
}

fn snapshot_every_chart(theme: egui::Theme, suffix: &str) {
    let mut h = harness(FieldReportApp::with_sample(), theme);
    for kind in ChartKind::ALL {
        h.state_mut().state.jobs.queue.push(Command::ShowChart(kind));
        h.run();
        h.snapshot(format!("{}{suffix}", kind.key()));
    }
}

#[test]
fn snapshot_of_the_sources_view() {
    // Two reports read from bytes, so that no machine's folder names appear in the picture.
    let conflicting = std::fs::read(fixture("conflicting-review.json")).expect("the fixture");
    let reports = vec![
        fieldreport::report::sample(),
        fieldreport::report::LoadedReport::from_bytes(&conflicting, "conflicting-review.json", None).expect("reads"),
    ];
    let state = fieldreport::state::State::new(Settings::default(), reports);
    let mut h = harness(FieldReportApp::new(state), egui::Theme::Light);
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::ShowView(fieldreport::command::View::Sources));
    h.run();
    assert_eq!(
        h.query_all_by_label("Battalion support restated (test fixture)")
            .count(),
        2,
        "in the Reports panel and in the view"
    );
    assert!(
        h.query_by_label_contains(&fieldreport::report::sample().sha256)
            .is_some()
    );
    h.snapshot("sources");
}

#[test]
fn snapshots_of_every_chart_light() {
    snapshot_every_chart(egui::Theme::Light, "");
}

#[test]
fn snapshots_of_every_chart_dark() {
    snapshot_every_chart(egui::Theme::Dark, "-dark");
}

#[test]
fn a_long_error_keeps_its_dismiss_button_in_view() {
    let mut h = sample_harness();
    h.run();
    open(&mut h, vec![fixture("bad/wrong-type.json")]);
    h.snapshot("notice");
    h.get_by_label("Dismiss").click();
    h.run();
    assert!(h.state().state.view.notices.is_empty());
}

/// Steps until a frame puts text on the clipboard; that text.
fn copied_text(h: &mut Harness<'_, FieldReportApp>) -> Option<String> {
    for _ in 0..10 {
        h.step();
        let copied = h.output().platform_output.commands.iter().find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        });
        if copied.is_some() {
            return copied;
        }
    }
    None
}

/// The names of the table's rows on screen, top to bottom.
fn table_rows(h: &Harness<'_, FieldReportApp>) -> Vec<String> {
    let mut rows: Vec<(f32, String)> = h
        .query_all_by_role(Role::Row)
        .map(|n| (n.rect().top(), n.accesskit_node().label().unwrap_or_default()))
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows.into_iter().map(|(_, name)| name).collect()
}

#[test]
fn the_table_sorts_filters_by_section_and_text_and_copies_rows() {
    let mut h = sample_harness();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::T);
    h.run();
    let all = table_rows(&h);
    assert_eq!(
        all.len(),
        28,
        "every figure of the sample and its 10 named towns: {all:?}"
    );
    assert!(all[0].starts_with("funding, Battalion support, kyats, 2023"), "{all:?}");

    // A click on the Figure heading sorts smallest first, as numbers; again, largest first.
    h.get_by_label("Figure").click();
    h.run();
    let rows = table_rows(&h);
    assert!(rows[0].contains(", 37, "), "captured townships, the smallest: {rows:?}");
    h.get_by_label("Figure ▲").click();
    h.run();
    let rows = table_rows(&h);
    assert!(rows[0].contains("over 33.6 billion kyats"), "{rows:?}");
    assert!(rows[1].contains("32.9 billion kyats"), "{rows:?}");
    h.get_by_label("Figure ▼");

    // The section shown.
    h.get_by_label("Section shown").click();
    h.run();
    h.get_by(|n| n.role() != Role::Label && n.label().as_deref() == Some("losses"))
        .click();
    h.run();
    let rows = table_rows(&h);
    assert_eq!(rows.len(), 5, "total, three parts and defected: {rows:?}");
    assert!(rows.iter().all(|r| r.starts_with("losses, junta")), "{rows:?}");

    // Text over every column.
    h.get_by_role_and_label(Role::TextInput, "Filter figures").click();
    h.run();
    h.event(egui::Event::Text("KILL".to_owned()));
    h.run();
    let rows = table_rows(&h);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(
        h.query_by_label_contains("1 of 28 rows").is_some(),
        "18 figures and the 10 towns named"
    );

    // A selected row copies as tab-separated text, with its header.
    h.get_by(|n| n.role() == Role::Row && n.label().is_some_and(|l| l.contains("killed")))
        .click();
    h.run();
    assert_eq!(h.state().state.view.table.selected.len(), 1);
    h.event(egui::Event::Copy);
    let text = copied_text(&mut h).expect("the row on the clipboard");
    assert_eq!(
        text,
        "Section\tSeries\tCategory\tWhen\tValue\tQualifier\tFigure\tChange\tSource\n\
         losses\tjunta\tkilled\t2025\t5699\texact\t5,699\t\tnug-2025-military-review.json\n"
    );
}

#[test]
fn snapshot_of_the_table() {
    let mut h = sample_harness();
    h.run();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/nug-2025-military-review.json");
    open(&mut h, vec![sample, fixture("conflicting-review.json")]);
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::ShowView(fieldreport::command::View::Table));
    h.run();
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::SortTable(fieldreport::charts::table::Column::Figure));
    h.run();
    h.snapshot("table");
}

#[test]
fn snapshot_of_the_table_in_burmese() {
    let mut h = harness(FieldReportApp::with_sample(), egui::Theme::Light);
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::SetLanguage(fieldreport::i18n::Lang::My));
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::ShowView(fieldreport::command::View::Table));
    h.run();
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::SortTable(fieldreport::charts::table::Column::Change));
    h.run();
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::SortTable(fieldreport::charts::table::Column::Change));
    h.run();
    assert_eq!(h.state().state.view.table.table.rows[0].cells[0], "ရန်ပုံငွေ");
    h.snapshot("table-my");
}

/// The funding chart of the sample and an earlier report whose 2024 the sample restates.
fn snapshot_restated(lang: fieldreport::i18n::Lang, name: &str) {
    let mut h = harness(FieldReportApp::with_sample(), egui::Theme::Light);
    h.state_mut().state.jobs.queue.push(Command::SetLanguage(lang));
    h.run();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/nug-2025-military-review.json");
    open(&mut h, vec![fixture("earlier-review.json"), sample]);
    let bar = &funding(&h).series[0].bars[1];
    assert!((bar.height - 32.9).abs() < 1e-9 && bar.earlier == Some(30.0) && !bar.conflict);
    let groups = fieldreport::ui::checks::groups(&h.state().state);
    let restated = groups
        .iter()
        .flat_map(|g| &g.items)
        .find(|i| i.text.starts_with('↻'))
        .expect("the restatement is among the checks");
    assert_eq!(
        restated.kind,
        fieldreport::ui::checks::Kind::Note,
        "a restatement is not drawn in the conflicts' red"
    );
    if lang == fieldreport::i18n::Lang::En {
        assert!(
            h.query_by_label_contains("2 reports open · 0 conflicts").is_some(),
            "the status bar counts no conflict for a restatement"
        );
    }
    h.snapshot(name);
}

#[test]
fn snapshot_of_a_restated_year() {
    snapshot_restated(fieldreport::i18n::Lang::En, "funding-restated");
}

#[test]
fn snapshot_of_a_restated_year_in_burmese() {
    snapshot_restated(fieldreport::i18n::Lang::My, "funding-restated-my");
}

#[test]
fn a_later_report_restating_a_year_is_said_on_the_chart_and_in_the_table() {
    let mut h = sample_harness();
    h.run();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/nug-2025-military-review.json");
    open(&mut h, vec![sample, fixture("earlier-review.json")]);
    assert!(
        h.query_by_label_contains("↻ Restated by a later report: 2024")
            .is_some(),
        "the chart's note"
    );
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::ShowView(fieldreport::command::View::Table));
    h.run();
    let rows = table_rows(&h);
    assert!(
        rows.iter().any(|r| r.contains("2024, ↻ 32.9 billion kyats (restated)")),
        "{rows:?}"
    );
    assert!(
        rows.iter()
            .any(|r| r.contains("2024, 30 billion kyats (before the restatement)")),
        "{rows:?}"
    );
}
