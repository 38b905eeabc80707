//! The keyboard: every shortcut in the README's keys table sends its command and has its effect,
//! and Escape stops reading files. Keys are pressed through kittest and egui's input, as a real
//! key event under Xvfb does not reach a winit window.

mod window;

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use fieldreport::app::FieldReportApp;
use fieldreport::charts::{ChartKind, Currency};
use fieldreport::command::{Command, ExportRequest, View};
use fieldreport::state::State;
use window::{harness, settle};

/// The key combinations of the README's keys table, one by one ("Ctrl+1 … Ctrl+6" as six).
fn readme_keys() -> Vec<String> {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).expect("README");
    let rows: Vec<&str> = readme
        .lines()
        .skip_while(|l| !l.starts_with("| Keys | Action |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .collect();
    assert!(rows.len() > 5, "the README has its keys table");
    let mut keys = Vec::new();
    for row in rows {
        let cell = row.split('|').nth(1).expect("a keys cell").trim();
        for combo in cell.split([';', ',']).flat_map(|part| part.split(" or ")) {
            let combo = combo.trim();
            if let Some((first, last)) = combo.split_once(" … ") {
                let digit = |c: &str| {
                    c.rsplit('+')
                        .next()
                        .and_then(|d| d.parse::<u8>().ok())
                        .expect("a digit")
                };
                let prefix = first.rsplit_once('+').expect("Ctrl+N").0;
                for n in digit(first)..=digit(last) {
                    keys.push(format!("{prefix}+{n}"));
                }
            } else {
                keys.push(combo.to_owned());
            }
        }
    }
    keys
}

/// "Ctrl+Shift+S" as egui's modifiers and key.
fn parse(combo: &str) -> (Modifiers, Key) {
    let mut modifiers = Modifiers::NONE;
    let mut parts: Vec<&str> = combo.split('+').collect();
    let key = parts.pop().expect("a key");
    for part in parts {
        modifiers |= match part {
            "Ctrl" => Modifiers::COMMAND,
            "Shift" => Modifiers::SHIFT,
            other => panic!("unknown modifier {other} in {combo}"),
        };
    }
    (
        modifiers,
        Key::from_name(key).unwrap_or_else(|| panic!("unknown key in {combo}")),
    )
}

/// What each shortcut sends, `id` being the edited report's.
fn expected(id: u64) -> Vec<(&'static str, Command)> {
    let mut all = vec![
        ("Ctrl+O", Command::OpenDialog),
        ("Ctrl+N", Command::NewReport),
        ("Ctrl+S", Command::SaveReport(id)),
        ("Ctrl+Shift+S", Command::SaveReportAs(id)),
        ("Ctrl+Z", Command::Undo(id)),
        ("Ctrl+Shift+Z", Command::Redo(id)),
        ("Ctrl+Y", Command::Redo(id)),
        ("Ctrl+Q", Command::Quit),
        ("Ctrl+T", Command::ShowView(View::Table)),
        ("Ctrl+U", Command::ToggleCurrency),
        ("Ctrl+E", Command::ShowExportDialog(true)),
        ("Ctrl+Shift+C", Command::Export(ExportRequest::CopyChart)),
    ];
    for (i, key) in ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+6"]
        .into_iter()
        .enumerate()
    {
        all.push((key, Command::ShowChart(ChartKind::ALL[i])));
    }
    all
}

/// The commands the window's shortcuts make of one key press.
fn commands_of(state: &State, combo: &str) -> Vec<Command> {
    let (modifiers, key) = parse(combo);
    let ctx = egui::Context::default();
    let event = |pressed| egui::Event::Key {
        key,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers,
    };
    let input = egui::RawInput {
        events: vec![event(true), event(false)],
        ..egui::RawInput::default()
    };
    let mut commands = Vec::new();
    let mut output = ctx.run_ui(input, |ui| commands = fieldreport::ui::shortcuts(ui.ctx(), state));
    output.textures_delta.clear();
    commands
}

#[test]
fn every_shortcut_in_the_readme_sends_its_command() {
    let mut state = State::with_sample();
    let id = state.docs.reports[0].id;
    state.docs.editing = Some(id);
    let expected = expected(id);
    let readme = readme_keys();
    for combo in &readme {
        let (_, command) = expected
            .iter()
            .find(|(key, _)| key == combo)
            .unwrap_or_else(|| panic!("{combo} is in the README's keys table but not in this test"));
        assert_eq!(commands_of(&state, combo), std::slice::from_ref(command), "{combo}");
    }
    for (key, _) in &expected {
        assert!(
            readme.iter().any(|k| k == key),
            "{key} is not in the README's keys table"
        );
    }
    // With no report being edited, Ctrl+S has nothing to save.
    state.docs.editing = None;
    assert_eq!(commands_of(&state, "Ctrl+S"), []);
}

fn press(h: &mut Harness<'_, FieldReportApp>, combo: &str) {
    let (modifiers, key) = parse(combo);
    h.key_press_modifiers(modifiers, key);
    h.run();
}

#[test]
fn the_shortcuts_do_what_the_readme_says_in_the_window() {
    let mut h = harness(FieldReportApp::with_sample(), egui::Theme::Light);
    h.run();
    for (i, kind) in ChartKind::ALL.into_iter().enumerate() {
        press(&mut h, &format!("Ctrl+{}", i + 1));
        assert_eq!(h.state().state.settings.chart, kind);
    }
    press(&mut h, "Ctrl+T");
    assert_eq!(h.state().state.settings.view, View::Table);
    press(&mut h, "Ctrl+U");
    assert_eq!(h.state().state.settings.currency, Currency::Usd);
    press(&mut h, "Ctrl+E");
    assert!(h.state().state.view.export_dialog);
    assert!(
        h.query_by_label("Copy alt text").is_some(),
        "the export dialog is shown"
    );
    h.state_mut().state.jobs.queue.push(Command::ShowExportDialog(false));
    h.run();
    // Nothing unsaved: Ctrl+Q lets the window close without asking.
    press(&mut h, "Ctrl+Q");
    assert!(h.state().state.docs.quitting && h.state().state.docs.confirm.is_none());
    h.state_mut().state.docs.quitting = false;
    h.state_mut().state.jobs.worker.use_dialogs = false;
    press(&mut h, "Ctrl+O");
    assert!(h.state().state.view.path_prompt, "without a dialog, the path field");
    press(&mut h, "Ctrl+N");
    assert_eq!(h.state().state.settings.view, View::Edit);
    let edited = h.state().state.edited().expect("the new report is edited").id;
    assert_eq!(h.state().state.docs.reports.last().map(|r| r.id), Some(edited));
    // A new report is unsaved work: Ctrl+Q asks first.
    press(&mut h, "Ctrl+Q");
    assert!(!h.state().state.docs.quitting);
    assert!(
        h.state().state.docs.confirm.is_some(),
        "Ctrl+Q asks about the unsaved report"
    );
}

#[test]
fn escape_stops_reading_after_the_file_being_read() {
    let dir = std::env::temp_dir().join(format!("fieldreport-escape-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).expect("dir");
    let sample = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/conflicting-review.json"))
        .expect("a fixture");
    // The second file is a pipe: reading it waits until the test writes into it, so Escape is
    // pressed while it is being read, before the third and fourth files.
    let first = dir.join("first.json");
    std::fs::write(&first, &sample).expect("writes");
    let pipe = dir.join("pipe.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let rest: Vec<PathBuf> = (3..=4).map(|i| dir.join(format!("file-{i}.json"))).collect();
    for path in &rest {
        std::fs::write(path, &sample).expect("writes");
    }
    let mut paths = vec![first, pipe.clone()];
    paths.extend(rest);
    let mut h = harness(
        FieldReportApp::new(State::new(Default::default(), Vec::new())),
        egui::Theme::Light,
    );
    h.state_mut().state.jobs.queue.push(Command::OpenPaths(paths));
    for _ in 0..500 {
        h.step();
        if h.query_by_label_contains("(2 of 4)").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(
        h.query_by_label_contains("(2 of 4)").is_some(),
        "the second file is being read"
    );
    h.key_press(Key::Escape);
    h.step();
    assert!(
        h.query_by_label_contains("Reading files was stopped").is_some(),
        "the window says so"
    );
    std::fs::write(&pipe, &sample).expect("the pipe takes the file");
    settle(&mut h);
    let names = window::report_names(&h);
    assert_eq!(
        names,
        ["first.json", "pipe.json"],
        "the files read so far stay open, the rest are not read"
    );
    assert!(!h.state().state.is_busy());
    std::fs::remove_dir_all(&dir).ok();
}
