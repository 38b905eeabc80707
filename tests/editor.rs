//! The report editor driven through its accessibility tree: a new report filled by pasting from
//! a spreadsheet and typing, undo and redo, a cell that cannot be read, the question before
//! unsaved work is lost, saving, unsaved work restored after a crash, and snapshot images.

use std::path::{Path, PathBuf};
use std::time::Duration;

mod window;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use fieldreport::app::FieldReportApp;
use fieldreport::command::{Command, View};
use fieldreport::report::edit::change::{Change, Detail};
use fieldreport::report::edit::table::{Row, Sheet, Table};
use fieldreport::report::model::figure::Qualifier;
use fieldreport::report::{Report, sample};
use window::{harness, settle};

fn edited(h: &Harness<'_, FieldReportApp>) -> Report {
    h.state()
        .state
        .edited()
        .expect("a report in the editor")
        .loaded
        .report
        .clone()
}

fn dirty(h: &Harness<'_, FieldReportApp>) -> bool {
    h.state()
        .state
        .edited()
        .expect("a report in the editor")
        .history
        .dirty()
}

/// Clicks the grid cell whose accessible name is `name` ("Funding 2025 Battalion support,
/// Kyats").
fn click_cell(h: &mut Harness<'_, FieldReportApp>, name: &str) {
    h.get_by(|n| n.role() == Role::Cell && n.label().as_deref() == Some(name))
        .click();
    h.run();
}

/// The viewer with a file opened, read.
fn viewer_with(path: &Path) -> Harness<'static, FieldReportApp> {
    let mut h = harness(FieldReportApp::with_sample(), egui::Theme::Dark);
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::OpenPaths(vec![path.to_path_buf()]));
    settle(&mut h);
    h
}

/// Opens the first report in the editor with its Edit button in the Reports panel.
fn open_editor(h: &mut Harness<'_, FieldReportApp>) {
    // The first "Edit" is the menu; the second, the report's button.
    h.get_all_by_label("Edit")
        .nth(1)
        .expect("the report's Edit button")
        .click();
    h.run();
    assert_eq!(h.state().state.settings.view, View::Edit);
}

/// Types into the selected cell and presses Enter, as a user does.
fn type_into_cell(h: &mut Harness<'_, FieldReportApp>, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run();
    h.key_press(Key::Enter);
    h.run();
}

/// The sample's funding, as the spreadsheet a newsroom keeps would copy it (thousands
/// separators, words for the scale, the qualifier in words).
const FUNDING_TSV: &str = "2023\tBattalion support\t25,000,000,000\t12,000,000\n\
                           2024\tBattalion support\t32.9 billion\t15.7 million\n\
                           2025\tBattalion support\tover 33.6 billion\t16 million\n";

/// A new report whose funding grid holds the sample's years, pasted from a spreadsheet.
fn new_report_with_funding() -> Harness<'static, FieldReportApp> {
    let mut h = harness(FieldReportApp::with_sample(), egui::Theme::Dark);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    assert_eq!(h.state().state.settings.view, View::Edit);
    assert_eq!(edited(&h).title, "Untitled report");
    assert_eq!(
        h.state().state.docs.reports.len(),
        1,
        "the untouched sample steps aside"
    );
    h.get_by_label("Add year").click();
    h.run();
    let first = &edited(&h).funding[0];
    let year = format!("Funding {} {}, Year", first.year, first.label);
    click_cell(&mut h, &year);
    h.event(egui::Event::Paste(FUNDING_TSV.to_owned()));
    h.run();
    h
}

#[test]
fn a_new_report_pasted_from_a_spreadsheet_holds_the_sample_funding() {
    let h = new_report_with_funding();
    let made = edited(&h).funding;
    let sample = sample().report.funding;
    assert_eq!(made.len(), sample.len());
    for (m, s) in made.iter().zip(&sample) {
        assert_eq!((m.year, &m.label), (s.year, &s.label));
        for (a, b) in [(&m.mmk, &s.mmk), (&m.usd, &s.usd)] {
            let (a, b) = (a.as_ref().expect("a figure"), b.as_ref().expect("a figure"));
            assert_eq!((a.value, a.qualifier), (b.value, b.qualifier), "{} {}", m.year, m.label);
        }
    }
    assert!(dirty(&h));
    // The chart below the grid draws the pasted figures, the qualifier kept.
    assert!(
        h.query_by(
            |n| n.role() == Role::Image && n.label().is_some_and(|l| l.contains("over 33.6 billion kyats in 2025"))
        )
        .is_some(),
        "the preview chart names the qualified figure"
    );
}

#[test]
fn a_click_on_the_empty_grid_then_a_paste_with_its_header_row_fills_it() {
    let mut h = harness(FieldReportApp::with_sample(), egui::Theme::Dark);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    assert!(edited(&h).funding.is_empty());
    // Before the click the grid does not have the keyboard: a paste goes nowhere.
    let tsv = format!("US dollars\tYear\tLabel\tKyats\n{}", reorder(FUNDING_TSV));
    h.event(egui::Event::Paste(tsv.clone()));
    h.run();
    assert!(edited(&h).funding.is_empty());
    h.get_by_label_contains("paste (Ctrl+V) after clicking here").click();
    h.run();
    h.event(egui::Event::Paste(tsv));
    h.run();
    let made = edited(&h).funding;
    let sample = sample().report.funding;
    assert_eq!(made.len(), sample.len(), "the header row is not a year: {made:?}");
    for (m, s) in made.iter().zip(&sample) {
        assert_eq!((m.year, &m.label), (s.year, &s.label));
        for (a, b) in [(&m.mmk, &s.mmk), (&m.usd, &s.usd)] {
            let (a, b) = (a.as_ref().expect("a figure"), b.as_ref().expect("a figure"));
            assert_eq!((a.value, a.qualifier), (b.value, b.qualifier), "{} {}", m.year, m.label);
        }
    }
    assert!(h.query_by_label_contains("cannot be read").is_none());
    assert!(h.query_by_label_contains("left as it was").is_none());
}

/// The rows of [`FUNDING_TSV`] with their columns as a spreadsheet in another order holds them:
/// US dollars, year, label, kyats.
fn reorder(tsv: &str) -> String {
    tsv.lines()
        .map(|line| {
            let c: Vec<&str> = line.split('\t').collect();
            format!("{}\t{}\t{}\t{}\n", c[3], c[0], c[1], c[2])
        })
        .collect()
}

#[test]
fn typing_into_a_cell_changes_one_figure_and_undo_and_redo_step_through() {
    let mut h = new_report_with_funding();
    click_cell(&mut h, "Funding 2024 Battalion support, Kyats");
    type_into_cell(&mut h, "at least 40 bn");
    let figure = edited(&h).funding[1].mmk.clone().expect("a figure");
    assert_eq!((figure.value, figure.qualifier), (40e9, Qualifier::AtLeast));
    assert_eq!(
        h.state().state.edited().expect("the edited report").history.next_undo(),
        Some("Funding 2024 Battalion support, Kyats")
    );

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(edited(&h).funding[1].mmk.as_ref().map(|f| f.value), Some(32.9e9));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(edited(&h).funding.len(), 1, "the paste undone: one added year left");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(edited(&h).funding[1].mmk.as_ref().map(|f| f.value), Some(40e9));
    // The Edit menu names what undo would undo.
    h.get_all_by_label("Edit").next().expect("the Edit menu").click();
    h.run();
    assert!(
        h.query_by_label_contains("Undo Funding 2024 Battalion support, Kyats")
            .is_some()
    );
}

#[test]
fn a_cell_that_cannot_be_read_says_why_and_keeps_the_figure() {
    let mut h = new_report_with_funding();
    let before = edited(&h);
    click_cell(&mut h, "Funding 2023 Battalion support, Kyats");
    type_into_cell(&mut h, "lots");
    assert_eq!(edited(&h), before, "nothing changes");
    assert!(
        h.query_by_label_contains("Funding 2023 Battalion support, Kyats: ")
            .is_some(),
        "the reason is shown"
    );
    // Escape drops the text typed, and the figure is still there.
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().state.edited().is_some());
    assert_eq!(edited(&h), before);
}

#[test]
fn a_change_names_its_entry_and_the_editor_follows_what_it_did() {
    let mut h = new_report_with_funding();
    click_cell(&mut h, "Funding 2023 Battalion support, Kyats");
    h.get_by_label("Move down").click();
    h.run();
    assert_eq!(edited(&h).funding[1].year, 2023, "the row moved");
    assert_eq!(h.state().scratch.editor.cursor, (1, 2), "the cursor went with it");
    h.get_by_label("Add year").click();
    h.run();
    assert_eq!(edited(&h).funding.len(), 4);
    assert_eq!(h.state().scratch.editor.cursor, (2, 0), "on the year added after it");

    // A change naming an entry that is no longer there (queued before a removal, say) is
    // refused with the reason; the report and its history stay as they were.
    let before = edited(&h);
    let open = h.state().state.edited().expect("the report");
    let (target, undo) = (open.target(), open.history.next_undo().map(str::to_owned));
    let gone = Change::RemoveRow(Sheet::Funding, Row::Funding(9));
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::Edit(target, "gone".to_owned(), gone));
    h.run();
    assert_eq!(edited(&h), before);
    let open = h.state().state.edited().expect("the report");
    assert_eq!(open.history.next_undo().map(str::to_owned), undo);
    assert!(h.query_by_label_contains("there is no such row").is_some());
}

#[test]
fn closing_an_edited_report_asks_first() {
    let mut h = new_report_with_funding();
    h.get_by_label("✖ Close").click();
    h.run();
    assert!(
        h.query_by_label_contains("Save the changes to “Untitled report” before closing?")
            .is_some()
    );
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(h.state().state.docs.reports.len(), 1, "Cancel keeps the report");
    assert!(h.state().state.docs.confirm.is_none());

    h.get_by_label("✖ Close").click();
    h.run();
    h.get_by_label("Don't save").click();
    h.run();
    assert!(h.state().state.docs.reports.is_empty(), "Don't save closes it");
    assert_ne!(h.state().state.settings.view, View::Edit);
}

#[test]
fn closing_the_window_with_unsaved_work_asks_first() {
    let mut h = new_report_with_funding();
    h.state_mut().state.jobs.queue.push(Command::Quit);
    h.run();
    assert!(h.query_by_label_contains("before closing the window?").is_some());
    assert!(!h.state().state.docs.quitting);
    h.get_by_label("Cancel").click();
    h.run();
    assert!(!h.state().state.docs.quitting);
}

fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fieldreport-editor-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

fn sample_copy(dir: &Path) -> PathBuf {
    let path = dir.join("review.json");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/nug-2025-military-review.json"),
        &path,
    )
    .expect("a copy of the sample");
    path
}

#[test]
fn saving_writes_the_file_and_it_reads_back_as_edited() {
    let dir = scratch_dir("save");
    let path = sample_copy(&dir);
    let mut h = viewer_with(&path);
    open_editor(&mut h);
    click_cell(&mut h, "Funding 2025 Battalion support, US dollars");
    type_into_cell(&mut h, "about 17 million");
    assert!(dirty(&h));
    assert!(h.query_by_label_contains("unsaved changes").is_some());

    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    assert!(!dirty(&h), "{:?}", h.state().state.view.notices);
    let text = std::fs::read_to_string(&path).expect("the saved file");
    let saved = fieldreport::report::format::read::parse(text.as_bytes(), "review.json")
        .expect("the saved file reads")
        .report;
    assert_eq!(saved, edited(&h));
    let usd = saved.funding[2].usd.clone().expect("a figure");
    assert_eq!((usd.value, usd.qualifier), (17e6, Qualifier::About));
    // What the edit did not touch is kept: the note on the same figure, the other sections.
    assert_eq!(usd.note, sample().report.funding[2].usd.clone().and_then(|f| f.note));
    assert_eq!(saved.losses, sample().report.losses);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn unsaved_work_is_kept_and_restored_after_a_crash() {
    let dir = scratch_dir("recovery");
    let kept = dir.join("recovery");
    let mut h = harness(FieldReportApp::with_sample(), egui::Theme::Dark);
    h.state_mut().state.docs.recovery_dir = Some(kept.clone());
    h.state_mut().state.docs.keep_every = Duration::ZERO;
    h.run_steps(2);
    h.state_mut().state.jobs.queue.push(Command::NewReport);
    h.run_steps(2);
    let id = h.state().state.docs.reports[0].id;
    h.state_mut().state.jobs.queue.push(Command::EditReport(id));
    let target = h.state().state.edited().expect("the edited report").target();
    let funding = sample().report;
    let funding = Table::of(&funding, Sheet::Funding, &[]).tsv(&funding, 0..=funding.funding.len() - 1, 0..=5);
    for (label, change) in [
        (
            "title",
            Change::SetDetail(Detail::Title, "Kept against a crash".to_owned()),
        ),
        (
            "funding",
            Change::Paste {
                sheet: Sheet::Funding,
                at: None,
                extra: Vec::new(),
                text: funding,
            },
        ),
    ] {
        h.state_mut()
            .state
            .jobs
            .queue
            .push(Command::Edit(target, label.to_owned(), change));
    }
    h.run_steps(2);
    let report = edited(&h);
    assert_eq!(report.title, "Kept against a crash");
    let values = |r: &Report| -> Vec<(i32, Option<f64>)> {
        r.funding
            .iter()
            .map(|f| (f.year, f.mmk.as_ref().map(|m| m.value)))
            .collect()
    };
    assert_eq!(values(&report), values(&sample().report), "pasted as the sample has it");
    // Work is kept every few seconds (at once here): wait for the write.
    for _ in 0..400 {
        h.step();
        let open = h.state().state.edited().expect("the report");
        if open.history.recovered == open.history.version && h.state().state.jobs.worker.keeping == 0 {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    drop(h); // The process dies without saving.

    let mut state = fieldreport::state::State::with_sample();
    state.docs.recovery_dir = Some(kept.clone());
    state.find_recovery();
    assert_eq!(state.docs.recovered.len(), 1);
    let mut h = harness(FieldReportApp::new(state), egui::Theme::Dark);
    h.run_steps(2);
    assert!(
        h.query_by_label_contains("Unsaved work on “Kept against a crash”")
            .is_some()
    );
    h.get_by_label("Restore").click();
    h.run_steps(3);
    let restored = h.state().state.edited().expect("the restored report");
    assert_eq!(restored.loaded.report, report);
    assert!(restored.history.dirty(), "restored work is unsaved until saved");

    // Letting the changes go removes the kept file.
    let id = h.state().state.docs.reports[0].id;
    h.state_mut().state.jobs.queue.push(Command::CloseReport(id));
    h.run_steps(2);
    h.get_by_label("Don't save").click();
    h.run_steps(2);
    assert_eq!(std::fs::read_dir(&kept).map(Iterator::count).unwrap_or(0), 0);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn snapshots_of_the_editor() {
    let mut h = harness(FieldReportApp::with_sample(), egui::Theme::Light);
    h.run();
    open_editor(&mut h);
    click_cell(&mut h, "Funding 2025 Battalion support, Kyats");
    h.snapshot("editor-funding");
    h.get_by_label_contains("Losses (").click();
    h.run();
    h.snapshot("editor-losses");
    h.get_by_label_contains("Battles (").click();
    h.run();
    h.snapshot("editor-battles");
    h.get_by_label("Details").click();
    h.run();
    h.snapshot("editor-details");
}

#[test]
fn snapshot_of_a_refused_cell_dark() {
    let mut h = harness(FieldReportApp::with_sample(), egui::Theme::Dark);
    h.run();
    open_editor(&mut h);
    tab(&mut h, "Battles");
    // A cell that cannot be read, with its reason below the grid.
    click_cell(&mut h, "Battles 2025, Total");
    type_into_cell(&mut h, "lots");
    h.snapshot("editor-battles-dark");
}

#[test]
fn a_spreadsheet_table_opens_as_its_reports_and_saving_one_never_overwrites_the_table() {
    let dir = scratch_dir("csv");
    let table = dir.join("two-reports.csv");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/two-reports.csv"),
        &table,
    )
    .expect("a copy of the table");
    let before = std::fs::read(&table).expect("the table");
    let mut h = harness(FieldReportApp::with_sample(), egui::Theme::Dark);
    h.state_mut().state.jobs.worker.use_dialogs = false;
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::OpenPaths(vec![table.clone()]));
    settle(&mut h);
    let names = window::report_names(&h);
    assert_eq!(names.len(), 2, "both reports of the table are open: {names:?}");
    let id = h.state().state.docs.reports[0].id;
    h.state_mut().state.jobs.queue.push(Command::EditReport(id));
    h.run();
    let title = format!("{} (checked)", edited(&h).title);
    let target = h.state().state.edited().expect("the edited report").target();
    let change = Change::SetDetail(Detail::Title, title);
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::Edit(target, "title".to_owned(), change));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    assert_eq!(
        std::fs::read(&table).expect("the table"),
        before,
        "the table is untouched"
    );
    let saved = h.state().state.edited().expect("the edited report");
    let path = saved.loaded.path.clone().expect("saved to a file");
    assert_eq!(
        path.extension().and_then(|e| e.to_str()),
        Some("json"),
        "{}",
        path.display()
    );
    assert_eq!(path.parent(), Some(dir.as_path()));
    assert!(!saved.history.dirty());
    let _ = std::fs::remove_dir_all(dir);
}

/// Clicks a text field of the editor by its name and types into it; a one-line field is left
/// with Enter, a paragraph by clicking the title field.
fn fill_field(h: &mut Harness<'_, FieldReportApp>, name: &str, text: &str, paragraph: bool) {
    h.get_by(|n| n.role() == Role::TextInput && n.label().as_deref() == Some(name))
        .click();
    h.run();
    h.event(egui::Event::Text(text.to_owned()));
    h.run();
    if paragraph {
        h.get_by(|n| n.role() == Role::TextInput && n.label().as_deref() == Some("Title"))
            .click();
    } else {
        h.key_press(Key::Enter);
    }
    h.run();
}

/// Adds a category column with its name, in the breakdown or beside the total.
fn add_category(h: &mut Harness<'_, FieldReportApp>, name: &str, beside: bool) {
    fill_field(h, "Category name", name, false);
    h.get_by_label(if beside { "Add beside the total" } else { "Add" })
        .click();
    h.run();
}

/// Pastes tab-separated rows at a cell, as Ctrl+V does.
fn paste_at(h: &mut Harness<'_, FieldReportApp>, cell: &str, tsv: &str) {
    click_cell(h, cell);
    h.event(egui::Event::Paste(tsv.to_owned()));
    h.run();
}

/// Types a cell's text and leaves it with Enter.
fn type_at(h: &mut Harness<'_, FieldReportApp>, cell: &str, text: &str) {
    click_cell(h, cell);
    type_into_cell(h, text);
}

/// Gives the figure of a cell its note, in the field below the grid.
fn note_at(h: &mut Harness<'_, FieldReportApp>, cell: &str, note: &str) {
    click_cell(h, cell);
    fill_field(h, "Note", note, false);
}

fn tab(h: &mut Harness<'_, FieldReportApp>, name: &str) {
    h.get_by(|n| n.label().is_some_and(|l| l.starts_with(&format!("{name} ("))))
        .click();
    h.run();
}

/// The seed article's report typed into a new report, through the window alone (the figures as
/// the article writes them, the tables pasted as a spreadsheet copies them), saved, and read back:
/// it equals the bundled sample.
#[test]
fn the_seed_report_typed_in_equals_the_bundled_sample() {
    let dir = scratch_dir("seed");
    let mut h = harness(FieldReportApp::with_sample(), egui::Theme::Dark);
    h.state_mut().state.jobs.worker.use_dialogs = false;
    h.state_mut().state.settings.last_dir = Some(dir.clone());
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    let seed = sample().report;

    h.get_by_label("Details").click();
    h.run();
    // The title field started as "Untitled report": select it all and type over it.
    h.get_by(|n| n.role() == Role::TextInput && n.label().as_deref() == Some("Title"))
        .click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(egui::Event::Text("NUG 2025 military review".to_owned()));
    h.run();
    h.key_press(Key::Enter);
    h.run();
    fill_field(
        &mut h,
        "Publisher",
        "National Unity Government, Ministry of Defence",
        false,
    );
    fill_field(&mut h, "Published (YYYY-MM-DD)", "2026-01-02", false);
    fill_field(&mut h, "Period from", "2025-01-01", false);
    fill_field(&mut h, "Period to", "2025-12-31", false);
    fill_field(
        &mut h,
        "Whose figures (claim)",
        seed.claim.as_deref().unwrap_or_default(),
        true,
    );
    fill_field(&mut h, "Notes", seed.notes.as_deref().unwrap_or_default(), true);

    tab(&mut h, "Sources");
    h.get_by_label("Add source").click();
    h.run();
    paste_at(
        &mut h,
        "Source 1, Title",
        &format!("{}\tMizzima\t2026-01-05\n", seed.sources[0].title),
    );

    tab(&mut h, "Funding");
    h.get_by_label("Add year").click();
    h.run();
    paste_at(&mut h, "Funding 2025 Funding, Year", FUNDING_TSV);
    // The review restates the two years before it.
    type_at(&mut h, "Funding 2023 Battalion support, Restated", "restated");
    type_at(&mut h, "Funding 2024 Battalion support, Restated", "yes");
    note_at(
        &mut h,
        "Funding 2025 Battalion support, Kyats",
        "\"over 33.6 billion kyats\"",
    );
    note_at(
        &mut h,
        "Funding 2025 Battalion support, US dollars",
        "given in brackets after \"over 33.6 billion kyats\"",
    );

    tab(&mut h, "Losses");
    h.get_by_label("Add year").click();
    h.run();
    for category in ["killed", "injured", "captured"] {
        add_category(&mut h, category, false);
    }
    add_category(&mut h, "defected", true);
    paste_at(
        &mut h,
        "Losses 2025 unspecified, Year",
        "2025\tjunta\t9,549\t5,699\t2,726\t1,124\t536\t\tJunta military personnel; captured as prisoners of war.\n",
    );
    note_at(
        &mut h,
        "Losses 2025 junta, defected (beside the total)",
        "including two majors",
    );

    tab(&mut h, "Battles");
    h.get_by_label("Add year").click();
    h.run();
    type_at(&mut h, "Battles 2025, Total", "7,139");
    type_at(
        &mut h,
        "Battles 2025, Note",
        "Battles between junta forces and revolutionary forces.",
    );
    h.get_by_label("Add group").click();
    h.run();
    for category in ["major engagements", "minor operations", "drone-only attacks"] {
        add_category(&mut h, category, false);
    }
    let group = seed.battles[0].groups[0].clone();
    paste_at(
        &mut h,
        "Battles 2025 Group 1, Group",
        &format!(
            "{}\t2,984\t1,386\t807\tat least 701\t\t{}\n",
            group.label,
            group.note.as_deref().unwrap_or_default()
        ),
    );
    note_at(
        &mut h,
        &format!("Battles 2025 {}, minor operations", group.label),
        "such as guerrilla attacks and landmine ambushes",
    );

    tab(&mut h, "Townships");
    h.get_by_label("Add snapshot").click();
    h.run();
    add_category(&mut h, "captured", false);
    add_category(&mut h, "surrounded", false);
    paste_at(&mut h, "Townships as of 2025-12-31, Total", "\t37\t41\n");
    type_at(
        &mut h,
        "Townships as of 2025-12-31, Note",
        seed.townships[0].note.as_deref().unwrap_or_default(),
    );
    h.get_by_label("Named towns…").click();
    h.run();
    h.get_by_label("Add town").click();
    h.run();
    let towns: String = seed.townships[0]
        .towns
        .iter()
        .map(|t| {
            format!(
                "{}\t{}\t\t\t\t\t{}\n",
                t.name,
                t.status,
                t.note.as_deref().unwrap_or_default()
            )
        })
        .collect();
    paste_at(&mut h, "Town New town, Name", &towns);

    assert!(
        h.state().state.view.notices.iter().all(|n| !n.error),
        "{:?}",
        h.state().state.view.notices
    );
    assert_eq!(edited(&h), seed, "the report typed in");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    let path = h
        .state()
        .state
        .edited()
        .and_then(|r| r.loaded.path.clone())
        .expect("saved");
    assert_eq!(path.parent(), Some(dir.as_path()));
    let text = std::fs::read_to_string(&path).expect("the saved file");
    let bundled =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/nug-2025-military-review.json"))
            .expect("the sample");
    assert_eq!(text, bundled, "the saved file is the bundled sample, byte for byte");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn texts_typed_in_zawgyi_convert_to_unicode_as_one_edit() {
    let dir = scratch_dir("zawgyi");
    let path = dir.join("zawgyi.json");
    std::fs::write(
        &path,
        r#"{"fieldreport": 1, "title": "ေတာ္လွန္ေရးတပ္ဖြဲ႕မ်ား၏ ႏွစ္ခ်ဳပ္ အစီရင္ခံစာ",
            "funding": [{"year": 2025, "label": "တပ္ရင္း ေထာက္ပံ့ေငြ", "mmk": 10}]}"#,
    )
    .expect("writes");
    let mut h = harness(FieldReportApp::with_sample(), egui::Theme::Dark);
    h.state_mut().state.jobs.queue.push(Command::OpenPaths(vec![path]));
    settle(&mut h);
    assert!(h.query_by_label_contains("title looks typed in Zawgyi").is_some());
    open_editor(&mut h);
    // The menu's Edit comes first.
    h.get_all_by_label("Edit").next().expect("the Edit menu").click();
    h.run();
    h.get_by_label("Convert Zawgyi to Unicode (2 texts)").click();
    h.run();
    let report = edited(&h);
    assert_eq!(report.title, "တော်လှန်ရေးတပ်ဖွဲ့များ၏ နှစ်ချုပ် အစီရင်ခံစာ");
    assert_eq!(report.funding[0].label, "တပ်ရင်း ထောက်ပံ့ငွေ");
    assert!(h.query_by_label_contains("looks typed in Zawgyi").is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(edited(&h).title.starts_with("ေတာ္"), "one undo brings both back");
    assert!(edited(&h).funding[0].label.starts_with("တပ္"));

    // A paste in Zawgyi is said as such.
    click_cell(&mut h, "Funding 2025 တပ္ရင္း ေထာက္ပံ့ေငြ, Label");
    h.event(egui::Event::Paste("ေထာက္ပံ့ေငြ".to_owned()));
    h.run();
    assert!(
        h.query_by_label_contains("The pasted text looks typed in Zawgyi")
            .is_some()
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// The kyats of each funding row, by year.
fn kyats(h: &Harness<'_, FieldReportApp>) -> Vec<(i32, Option<f64>)> {
    edited(h)
        .funding
        .iter()
        .map(|f| (f.year, f.mmk.as_ref().map(|m| m.value)))
        .collect()
}

/// Text typed into a cell and left without Enter goes into the entry it was typed for when a
/// button then removes or moves that row: the cell gives up the keyboard in the same frame as
/// the click, after the button has sent its change, and the text is still sent first.
#[test]
fn text_left_in_a_cell_goes_to_its_row_when_a_row_is_then_moved_or_removed() {
    let mut h = new_report_with_funding();
    click_cell(&mut h, "Funding 2024 Battalion support, Kyats");
    h.event(egui::Event::Text("7".to_owned()));
    h.run();
    h.get_by_label("Move down").click();
    h.run();
    let years: Vec<i32> = kyats(&h).iter().map(|(y, _)| *y).collect();
    assert_eq!(years, [2023, 2025, 2024], "2024 moved down");
    assert_eq!(kyats(&h)[2], (2024, Some(7.0)), "typed into 2024: {:?}", kyats(&h));
    assert_eq!(kyats(&h)[1].1, Some(33.6e9), "2025 kept its kyats");

    // Typed into the row then removed: the text goes with its row, the others keep theirs.
    click_cell(&mut h, "Funding 2025 Battalion support, Kyats");
    h.event(egui::Event::Text("9".to_owned()));
    h.run();
    h.get_by_label("Remove row").click();
    h.run();
    assert_eq!(kyats(&h), [(2023, Some(25e9)), (2024, Some(7.0))]);
    // Undo brings back the row as the text left it, then as it was.
    let id = h.state().state.edited().expect("the report").id;
    h.state_mut().state.jobs.queue.push(Command::Undo(id));
    h.run();
    assert_eq!(kyats(&h)[1], (2025, Some(9.0)));
    let id = h.state().state.edited().expect("the report").id;
    h.state_mut().state.jobs.queue.push(Command::Undo(id));
    h.run();
    assert_eq!(kyats(&h)[1], (2025, Some(33.6e9)));
}

/// A change made for the rows as they were is refused, with the reason, once rows have been
/// added, removed or moved or an edit undone: carried out, it would change another entry.
#[test]
fn a_change_made_before_rows_moved_is_refused_not_put_elsewhere() {
    let mut h = new_report_with_funding();
    let target = h.state().state.edited().expect("the report").target();
    let at = |row| fieldreport::report::edit::change::At {
        sheet: Sheet::Funding,
        row: Row::Funding(row),
        field: fieldreport::report::edit::table::Field::Mmk,
    };
    let queue = [
        Command::Edit(
            target,
            "removing".to_owned(),
            Change::RemoveRow(Sheet::Funding, Row::Funding(0)),
        ),
        Command::Edit(
            target,
            "Funding 2024 Battalion support, Kyats".to_owned(),
            Change::Type(at(1), "5".to_owned()),
        ),
        // Not by place: still carried out.
        Command::Edit(
            target,
            "title".to_owned(),
            Change::SetDetail(Detail::Title, "Kept".to_owned()),
        ),
    ];
    h.state_mut().state.jobs.queue.extend(queue);
    h.run();
    assert_eq!(
        kyats(&h),
        [(2024, Some(32.9e9)), (2025, Some(33.6e9))],
        "no row took the 5"
    );
    assert_eq!(edited(&h).title, "Kept");
    let message = h.state().scratch.editor.message.clone().unwrap_or_default();
    assert!(
        message.starts_with("Funding 2024 Battalion support, Kyats: not done, because rows were"),
        "{message}"
    );

    // An undo moves entries back: a change made before it is refused too.
    let target = h.state().state.edited().expect("the report").target();
    let id = h.state().state.edited().expect("the report").id;
    h.state_mut().state.jobs.queue.push(Command::Undo(id));
    h.state_mut().state.jobs.queue.push(Command::Edit(
        target,
        "typed".to_owned(),
        Change::Type(at(0), "5".to_owned()),
    ));
    h.run();
    assert!(kyats(&h).iter().all(|(_, k)| *k != Some(5.0)), "{:?}", kyats(&h));
}

/// Every change carried out with one frame's commands is followed: a cell refused before a
/// row is added still says why, and keeps its text.
#[test]
fn a_refused_cell_is_told_even_when_another_change_follows_it() {
    let mut h = new_report_with_funding();
    let target = h.state().state.edited().expect("the report").target();
    let typed = Change::Type(
        fieldreport::report::edit::change::At {
            sheet: Sheet::Funding,
            row: Row::Funding(0),
            field: fieldreport::report::edit::table::Field::Mmk,
        },
        "lots".to_owned(),
    );
    h.state_mut().state.jobs.queue.extend([
        Command::Edit(target, "Funding 2023 Battalion support, Kyats".to_owned(), typed),
        Command::Edit(target, "adding a year".to_owned(), Change::AddRow(Sheet::Funding, None)),
    ]);
    h.run();
    assert_eq!(edited(&h).funding.len(), 4, "the year was added");
    let message = h.state().scratch.editor.message.clone().unwrap_or_default();
    assert!(
        message.contains("lots") && message.contains("not a number"),
        "the refusal is told: {message}"
    );
    assert_eq!(
        h.state().scratch.editor.editing.as_deref(),
        Some("lots"),
        "the text is kept"
    );
}

/// The chart below the grid follows the report when its file is read again: versions are never
/// numbered alike, so the preview made for the edits before is not taken for the file.
#[test]
fn the_preview_follows_a_report_read_again() {
    let dir = scratch_dir("preview-reread");
    let path = dir.join("report.json");
    let mut report = sample().report;
    std::fs::write(&path, fieldreport::report::format::write::to_json(&report)).expect("write");
    let mut h = viewer_with(&path);
    let id = h.state().state.docs.reports[0].id;
    h.state_mut().state.jobs.queue.push(Command::EditReport(id));
    h.run();
    let title = |h: &Harness<'_, FieldReportApp>| {
        h.query_by(|n| n.role() == Role::Image && n.label().is_some_and(|l| l.starts_with("Preview of the")))
            .map(|n| n.accesskit_node().label().unwrap_or_default())
            .unwrap_or_default()
    };
    let before = title(&h);
    assert!(!before.is_empty(), "a preview is drawn");
    report.funding[0].mmk = Some(fieldreport::report::Figure::new(1.0, Qualifier::Exact));
    report.funding.truncate(1);
    std::fs::write(&path, fieldreport::report::format::write::to_json(&report)).expect("write");
    h.state_mut().state.jobs.queue.push(Command::OpenPaths(vec![path]));
    settle(&mut h);
    assert_eq!(edited(&h).funding.len(), 1, "read again");
    assert_ne!(title(&h), before, "the preview shows the file as read again");
}
