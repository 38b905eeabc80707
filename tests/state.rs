//! The viewer's state without a window: settings kept in their file (round trip, corrupt file,
//! save failures said once, a forced theme not saved), the recent list, reopening files at
//! start, and background work that cannot start.

use std::path::{Path, PathBuf};
use std::time::Duration;

use fieldreport::command::{Command, ThemeChoice};
use fieldreport::state::{MAX_RECENT, Settings, State};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fieldreport-state-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Runs frames until background work is done and `done` holds.
fn settle(state: &mut State, ctx: &egui::Context, done: impl Fn(&State) -> bool) {
    for _ in 0..1000 {
        state.poll(ctx);
        state.run_queue(ctx);
        if !state.is_busy() && state.jobs.queue.is_empty() && done(state) {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("the state did not settle");
}

#[test]
fn settings_round_trip_through_their_file() {
    let dir = temp_dir("round-trip");
    let path = dir.join("settings.json");
    let ctx = egui::Context::default();
    let mut state = State::with_sample();
    assert_eq!(
        state.use_settings_file(path.clone()),
        None,
        "a missing file is no problem"
    );
    state.jobs.queue.push(Command::ToggleCurrency);
    state.jobs.queue.push(Command::SetTheme(ThemeChoice::Dark));
    state
        .jobs
        .queue
        .push(Command::OpenPaths(vec![fixture("conflicting-review.json")]));
    settle(&mut state, &ctx, |_| path.exists());
    // The file is written in the background: wait for the latest one.
    let mut read = Settings::default();
    for _ in 0..200 {
        read = Settings::load(&path).0;
        if !read.recent.is_empty() {
            break;
        }
        state.poll(&ctx);
        state.run_queue(&ctx);
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(read, state.settings);
    assert_eq!(read.theme, ThemeChoice::Dark);
    assert_eq!(read.currency, fieldreport::charts::Currency::Usd);
    assert_eq!(read.open_files.len(), 1);
    let mut again = State::with_sample();
    assert_eq!(again.use_settings_file(path), None);
    assert_eq!(again.settings, state.settings);
    assert_eq!(
        again.view.options.currency,
        fieldreport::charts::Currency::Usd,
        "applied to the charts"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_corrupt_settings_file_gives_defaults_and_says_so() {
    let dir = temp_dir("corrupt");
    let path = dir.join("settings.json");
    std::fs::write(&path, "{\"theme\": \"Purple\"").expect("write");
    let mut state = State::with_sample();
    let problem = state.use_settings_file(path.clone()).expect("a problem is said");
    assert!(problem.contains("could not be read"), "{problem}");
    assert_eq!(state.settings, Settings::default());
    assert_eq!(
        std::fs::read_to_string(&path).expect("kept"),
        "{\"theme\": \"Purple\"",
        "the corrupt file is left alone until something changes"
    );
    let (settings, problem) = Settings::from_storage(Some(r#"{"currency":"Usd"}"#));
    assert_eq!(settings.currency, fieldreport::charts::Currency::Usd);
    assert!(problem.is_none(), "missing fields take their defaults");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_theme_forced_for_one_run_is_not_saved_as_the_users_choice() {
    let dir = temp_dir("theme");
    let path = dir.join("settings.json");
    let ctx = egui::Context::default();
    let mut state = State::with_sample();
    state.use_settings_file(path.clone());
    state.view.theme_override = Some(ThemeChoice::Dark);
    state.jobs.queue.push(Command::ToggleCurrency);
    settle(&mut state, &ctx, |_| path.exists());
    assert_eq!(state.theme(), ThemeChoice::Dark);
    std::thread::sleep(Duration::from_millis(100));
    let saved = Settings::load(&path).0;
    assert_eq!(saved.theme, ThemeChoice::System, "the user's own choice stays");
    state.jobs.queue.push(Command::SetTheme(ThemeChoice::Light));
    state.run_queue(&ctx);
    assert_eq!(
        state.theme(),
        ThemeChoice::Light,
        "a choice in the menu wins over the override"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_settings_file_that_cannot_be_written_is_said_once() {
    let dir = temp_dir("unwritable");
    let blocker = dir.join("a-file");
    std::fs::write(&blocker, b"x").expect("write");
    let ctx = egui::Context::default();
    let mut state = State::with_sample();
    state.adopt_settings(Settings::default(), Some(blocker.join("settings.json")));
    for command in [
        Command::ToggleCurrency,
        Command::ToggleCurrency,
        Command::ToggleCurrency,
    ] {
        state.jobs.queue.push(command);
        settle(&mut state, &ctx, |s| !s.view.notices.is_empty());
    }
    for _ in 0..20 {
        state.poll(&ctx);
        std::thread::sleep(Duration::from_millis(10));
    }
    let said: Vec<&str> = state
        .view
        .notices
        .iter()
        .filter(|n| n.text.contains("settings could not be saved"))
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains("settings.json"), "{}", said[0]);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_recent_list_keeps_the_newest_first_once_each_and_at_most_ten() {
    let mut settings = Settings::default();
    for i in 0..15 {
        settings.remember(Path::new(&format!("/reports/{i}.json")));
    }
    settings.remember(Path::new("/reports/12.json"));
    assert_eq!(settings.recent.len(), MAX_RECENT);
    assert_eq!(settings.recent[0], Path::new("/reports/12.json"));
    assert_eq!(settings.recent[1], Path::new("/reports/14.json"));
    assert_eq!(settings.recent.iter().filter(|p| p.ends_with("12.json")).count(), 1);
    assert!(
        !settings.recent.iter().any(|p| p.ends_with("4.json")),
        "the oldest fell off"
    );
}

#[test]
fn a_recent_file_that_vanished_says_so_and_leaves_the_list() {
    let dir = temp_dir("vanished");
    let gone = dir.join("gone.json");
    let unreadable = dir.join("folder.json");
    std::fs::create_dir_all(&unreadable).expect("a folder with a report's name");
    let ctx = egui::Context::default();
    let mut state = State::with_sample();
    state.settings.recent = vec![gone.clone(), unreadable.clone()];
    state.jobs.queue.push(Command::OpenPaths(vec![gone.clone()]));
    settle(&mut state, &ctx, |s| s.view.notices.len() == 1);
    assert!(
        state.view.notices[0].text.contains("gone.json: no such file"),
        "{}",
        state.view.notices[0].text
    );
    assert_eq!(
        state.settings.recent,
        vec![unreadable.clone()],
        "the vanished file left the list"
    );
    state.jobs.queue.push(Command::OpenPaths(vec![unreadable.clone()]));
    settle(&mut state, &ctx, |s| s.view.notices.len() == 2);
    assert!(
        state.view.notices[1]
            .text
            .contains("this is a folder, not a report file"),
        "{}",
        state.view.notices[1].text
    );
    assert_eq!(
        state.settings.recent,
        vec![unreadable],
        "an unreadable file stays: it may come back"
    );
    assert_eq!(state.docs.reports.len(), 1, "the open report stays");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn files_open_last_time_are_reopened_and_vanished_ones_forgotten() {
    let dir = temp_dir("reopen");
    let kept = dir.join("kept.json");
    std::fs::copy(fixture("conflicting-review.json"), &kept).expect("copy");
    let gone = dir.join("gone.json");
    let path = dir.join("settings.json");
    let settings = Settings {
        open_files: vec![kept.clone(), gone.clone()],
        ..Settings::default()
    };
    std::fs::write(&path, serde_json::to_string(&settings).expect("json")).expect("write");
    let ctx = egui::Context::default();
    let mut state = State::with_sample();
    state.use_settings_file(path);
    // What the window does at start.
    state
        .jobs
        .queue
        .push(Command::OpenPaths(state.settings.open_files.clone()));
    settle(&mut state, &ctx, |s| {
        s.docs.reports.len() == 1 && s.view.notices.len() == 1
    });
    assert_eq!(state.docs.reports[0].loaded.name, "kept.json");
    assert!(state.view.notices[0].text.contains("gone.json: no such file"));
    let canonical = std::fs::canonicalize(&kept).expect("canonical");
    assert_eq!(state.settings.open_files, vec![canonical]);
    std::fs::remove_dir_all(&dir).ok();
}

fn refuse(_name: &str, _work: Box<dyn FnOnce() + Send>) -> std::io::Result<()> {
    Err(std::io::Error::other("no more threads"))
}

#[test]
fn background_work_that_cannot_start_says_so() {
    let ctx = egui::Context::default();
    let mut state = State::with_sample();
    state.jobs.worker.spawner = refuse;
    state.jobs.worker.use_dialogs = true;
    state.jobs.queue.push(Command::OpenDialog);
    state
        .jobs
        .queue
        .push(Command::OpenPaths(vec![fixture("conflicting-review.json")]));
    state
        .jobs
        .queue
        .push(Command::Export(fieldreport::command::ExportRequest::DatasetCsv));
    state.run_queue(&ctx);
    state.poll(&ctx);
    let said: Vec<&str> = state.view.notices.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(said.len(), 3, "{said:?}");
    assert!(
        said[0].starts_with("The file dialog could not start: the system refused a new thread (no more threads)"),
        "{said:?}"
    );
    assert!(said[1].starts_with("Reading the files could not start"), "{said:?}");
    assert!(said[2].starts_with("The export could not start"), "{said:?}");
    assert!(
        !said.iter().any(|s| s.contains("No file dialog is available")),
        "{said:?}"
    );
    assert!(!state.is_busy(), "nothing is left waiting");
}

#[cfg(unix)]
#[test]
fn a_file_handed_over_by_a_later_start_opens_in_this_window() {
    let dir = temp_dir("hand-over");
    let socket = dir.join("fieldreport.sock");
    let ctx = egui::Context::default();
    let mut state = State::with_sample();
    assert!(state.jobs.worker.listen_for_files(&socket, &ctx).expect("listens"));
    let file = fixture("conflicting-review.json");
    assert!(fieldreport::io::instance::hand_over_to(&socket, &[file]));
    settle(&mut state, &ctx, |s| {
        s.docs.reports.len() == 1 && s.docs.reports[0].loaded.path.is_some()
    });
    assert_eq!(state.docs.reports[0].loaded.name, "conflicting-review.json");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn queued_commands_name_reports_by_id_so_a_close_before_them_moves_nothing() {
    let ctx = egui::Context::default();
    let mut state = State::with_sample();
    state.jobs.queue.push(Command::OpenPaths(vec![
        fixture("conflicting-review.json"),
        fixture("two-snapshots.json"),
        fixture("unknown-fields.json"),
    ]));
    // The untouched sample steps aside for the files opened.
    settle(&mut state, &ctx, |s| s.docs.reports.len() == 3);
    let ids: Vec<u64> = state.docs.reports.iter().map(|r| r.id).collect();
    let last = *ids.last().expect("three reports");
    // Both queued together: the close of the first must not make the hide land on another report.
    state.jobs.queue.push(Command::CloseReport(ids[0]));
    state.jobs.queue.push(Command::SetReportVisible(last, false));
    settle(&mut state, &ctx, |s| s.docs.reports.len() == 2);
    let visible: Vec<(u64, bool)> = state.docs.reports.iter().map(|r| (r.id, r.visible)).collect();
    assert_eq!(visible, [(ids[1], true), (last, false)]);
    state.jobs.queue.push(Command::ShowOnly(vec![ids[1]]));
    state.jobs.queue.push(Command::EditReport(last));
    settle(&mut state, &ctx, |_| true);
    assert_eq!(
        state
            .docs
            .reports
            .iter()
            .filter(|r| r.visible)
            .map(|r| r.id)
            .collect::<Vec<_>>(),
        [ids[1]]
    );
    assert_eq!(state.edited().map(|r| r.id), Some(last));
    // A report that is gone is named by nobody: nothing else changes.
    state.jobs.queue.push(Command::CloseReport(ids[0]));
    settle(&mut state, &ctx, |_| true);
    assert_eq!(state.docs.reports.len(), 2);
}

#[test]
fn event_files_and_how_they_are_counted_are_kept_for_the_next_start() {
    let dir = temp_dir("events");
    let path = dir.join("settings.json");
    let acled = dir.join("acled.csv");
    std::fs::write(
        &acled,
        "event_date,event_type,fatalities,admin1,admin3\n2025-01-02,Battles,1,Sagaing,Kale\n",
    )
    .expect("written");
    let ctx = egui::Context::default();
    let mut state = State::with_sample();
    assert_eq!(state.use_settings_file(path.clone()), None);
    state.jobs.queue.push(Command::OpenPaths(vec![acled.clone()]));
    let chosen = fieldreport::report::events::Aggregation {
        by: fieldreport::report::events::Period::Month,
        measure: fieldreport::report::events::Measure::Deaths,
        actor: "PDF".to_owned(),
        ..Default::default()
    };
    state.jobs.queue.push(Command::SetRecords(chosen.clone()));
    settle(&mut state, &ctx, |s| !s.event_files().is_empty());
    let mut read = Settings::default();
    for _ in 0..200 {
        state.poll(&ctx);
        state.run_queue(&ctx);
        read = Settings::load(&path).0;
        if !read.event_files.is_empty() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(read.event_files.len(), 1, "{read:?}");
    assert!(read.event_files[0].ends_with("acled.csv"));
    assert_eq!(read.records, chosen);
    let mut again = State::with_sample();
    assert_eq!(again.use_settings_file(path), None);
    assert_eq!(again.view.options.records.aggregation, chosen, "applied to the charts");
    std::fs::remove_dir_all(&dir).ok();
}
