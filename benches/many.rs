//! Many reports at once, as a newsroom's archive holds them: generated with a fixed seed (no
//! files committed), then measured without a window.
//!
//! - `cargo bench --bench many` prints, for the sample and the 20- and 50-report sets: the time
//!   to read, check and merge them as `fieldreport check` does, the time from a new window state
//!   to its first frame and to all files loaded, the CPU time per frame of each chart (and the
//!   Checks panel beside it), the frames drawn while idle after loading, and the memory held.
//! - `cargo bench --bench many -- table` measures only the table of the 50-report set: its
//!   sorts beside sorting as many plain `(String, u64)` pairs, and its frame beside the same
//!   window with the table filtered to no rows.
//! - `cargo bench --bench many -- write DIR` writes the two sets into `DIR/20` and `DIR/50`, to
//!   open in the real window.

mod shared;

use shared::held;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use fieldreport::app::FieldReportApp;
use fieldreport::charts::ChartKind;
use fieldreport::command::Command;
use fieldreport::report::{Dataset, LoadedReport};
use fieldreport::state::{Settings, State};

#[path = "../tests/archive/mod.rs"]
mod archive;

use archive::write_sets;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn harness(state: State) -> Harness<'static, FieldReportApp> {
    Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(20)
        .with_context_setup(|ctx| ctx.set_fonts(fieldreport::fonts::definitions()))
        .build_ui_state(|ui, app: &mut FieldReportApp| app.ui(ui), FieldReportApp::new(state))
}

/// One set: loading as the window does it, then frames per chart.
fn measure(name: &str, paths: &[PathBuf], only_table: bool) {
    let check = Instant::now();
    let loaded: Vec<LoadedReport> = paths.iter().filter_map(|p| LoadedReport::from_path(p).ok()).collect();
    let data = Dataset::merge(loaded);
    let conflicts = data.conflicts().len();
    let check = check.elapsed();
    let loaded: Vec<LoadedReport> = data.reports.clone();
    let merge = Instant::now();
    let again = Dataset::merge(loaded);
    let merge = merge.elapsed();
    let prepare = Instant::now();
    let charts = fieldreport::charts::Charts::prepare(&again, &fieldreport::charts::ChartOptions::default());
    let prepare = prepare.elapsed();
    println!(
        "{name:>10}: merge {:>7.1} ms, prepare every chart {:>7.1} ms",
        ms(merge),
        ms(prepare)
    );
    drop((charts, again, data));

    let before = held();
    let start = Instant::now();
    let mut state = State::new(Settings::default(), vec![fieldreport::report::sample()]);
    state.jobs.queue.push(Command::OpenPaths(paths.to_vec()));
    let mut h = harness(state);
    h.step();
    let first = start.elapsed();
    let mut longest = Duration::ZERO;
    while h.state().state.is_busy() || !h.state().state.jobs.queue.is_empty() {
        let frame = Instant::now();
        h.step();
        longest = longest.max(frame.elapsed());
        std::thread::sleep(Duration::from_millis(1));
    }
    h.run_ok();
    let all = start.elapsed();
    let frames_idle = h.run_ok().unwrap_or(u64::MAX);
    println!(
        "{name:>10}: check {:>7.1} ms ({conflicts} conflicts) | window: first frame {:>6.1} ms, all loaded {:>7.1} ms (longest frame while loading {:>6.1} ms), idle frames after {}",
        ms(check),
        ms(first),
        ms(all),
        ms(longest),
        frames_idle.saturating_sub(1),
    );
    for kind in ChartKind::ALL.into_iter().filter(|_| !only_table) {
        h.state_mut().state.jobs.queue.push(Command::ShowChart(kind));
        h.run_ok();
        h.hover_at(egui::pos2(640.0, 400.0));
        let frames = 30;
        let t = Instant::now();
        for _ in 0..frames {
            h.step();
            let shapes = h.output().shapes.clone();
            std::hint::black_box(h.ctx.tessellate(shapes, 1.0));
        }
        println!(
            "{name:>10}: frame with the {:<9} chart and the Checks panel: {:>7.2} ms CPU",
            kind.key(),
            ms(t.elapsed()) / f64::from(frames)
        );
    }
    table(name, &mut h);
    println!(
        "{name:>10}: held by the window state: {:.1} MB",
        (held() - before) as f64 / 1e6
    );
}

/// The table of every figure: making its rows, sorting and filtering them, and a frame of it
/// with only the rows on screen drawn. Each beside a baseline measured in the same run: sorting
/// as many plain `(String, u64)` pairs (the sources' words), and a frame of the same window
/// with the table filtered to no rows.
fn table(name: &str, h: &mut Harness<'static, FieldReportApp>) {
    use fieldreport::charts::table::{Column, Order, Query, Table};
    let state = &h.state().state;
    let made = Instant::now();
    let rows = Table::prepare(&state.docs.dataset, state.view.options.tr);
    let made = made.elapsed();
    let sources = Column::Sources as usize;
    let mut plain: Vec<(String, u64)> = (0..rows.rows.len())
        .map(|i| (rows.rows[(i * 7919) % rows.rows.len()].cells[sources].clone(), i as u64))
        .collect();
    let baseline = Instant::now();
    plain.sort();
    let baseline = baseline.elapsed();
    std::hint::black_box(plain);
    let mut sorts = Vec::new();
    for column in [
        Column::Figure,
        Column::Series,
        Column::When,
        Column::Change,
        Column::Sources,
    ] {
        for order in [Order::Ascending, Order::Descending] {
            let query = Query {
                sort: Some((column, order)),
                ..Query::default()
            };
            let t = Instant::now();
            std::hint::black_box(rows.order(&query));
            sorts.push((ms(t.elapsed()), column));
        }
    }
    sorts.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (slowest, slowest_column) = sorts[sorts.len() - 1];
    let filter = Instant::now();
    std::hint::black_box(rows.order(&Query {
        text: "killed".to_owned(),
        ..Query::default()
    }));
    let filter = filter.elapsed();
    println!(
        "{name:>10}: table of {} rows (figures, towns and listed townships): rows made {:>6.1} ms, sorted median {:>5.1} ms (slowest {:>5.1} ms, by {:?}; baseline: as many (String, u64) sorted {:>5.1} ms), filtered {:>5.1} ms",
        rows.rows.len(),
        ms(made),
        sorts[sorts.len() / 2].0,
        slowest,
        slowest_column,
        ms(baseline),
        ms(filter),
    );
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::ShowView(fieldreport::command::View::Table));
    h.run_ok();
    let frame = |h: &mut Harness<'static, FieldReportApp>| {
        h.run_ok();
        h.hover_at(egui::pos2(640.0, 400.0));
        let frames = 30;
        let t = Instant::now();
        for _ in 0..frames {
            h.step();
            let shapes = h.output().shapes.clone();
            std::hint::black_box(h.ctx.tessellate(shapes, 1.0));
        }
        ms(t.elapsed()) / f64::from(frames)
    };
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::FilterTable("\u{1}no such row".to_owned()));
    let empty = frame(h);
    h.state_mut().state.jobs.queue.push(Command::FilterTable(String::new()));
    h.state_mut().state.jobs.queue.push(Command::SortTable(Column::Sources));
    let full = frame(h);
    // A click on a heading: the sort and the frame that shows it.
    let t = Instant::now();
    h.state_mut().state.jobs.queue.push(Command::SortTable(Column::Figure));
    h.step();
    let click = ms(t.elapsed());
    println!(
        "{name:>10}: frame with the table {full:>6.2} ms CPU (baseline: the same window with no rows shown {empty:>6.2} ms), a sort and its frame {click:>6.1} ms",
    );
    // The test harness always builds the accessibility tree (a node per row drawn); the app
    // builds it only when a screen reader asks. The same frames, as the app runs without one.
    let mut app = std::mem::replace(
        h.state_mut(),
        FieldReportApp::new(State::new(Settings::default(), Vec::new())),
    );
    let ctx = egui::Context::default();
    ctx.set_fonts(fieldreport::fonts::definitions());
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0))),
        events: vec![egui::Event::PointerMoved(egui::pos2(640.0, 400.0))],
        ..Default::default()
    };
    let plain = |app: &mut FieldReportApp| {
        let frames = 30;
        let mut t = Instant::now();
        for i in 0..frames + 5 {
            if i == 5 {
                t = Instant::now();
            }
            let mut output = ctx.run_ui(input(), |ui| app.ui(ui));
            // No renderer takes the font atlas here.
            output.textures_delta.clear();
            std::hint::black_box(ctx.tessellate(output.shapes, 1.0));
        }
        ms(t.elapsed()) / f64::from(frames)
    };
    app.state
        .jobs
        .queue
        .push(Command::FilterTable("\u{1}no such row".to_owned()));
    let empty_plain = plain(&mut app);
    app.state.jobs.queue.push(Command::FilterTable(String::new()));
    let full_plain = plain(&mut app);
    println!(
        "{name:>10}: the same frames without the accessibility tree, as the app runs without a screen reader: {full_plain:>6.2} ms (no rows shown {empty_plain:>6.2} ms)",
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "write") {
        let dir = args
            .get(i + 1)
            .map_or_else(|| std::env::temp_dir().join("fieldreport-many"), PathBuf::from);
        write_sets(&dir);
        return;
    }
    let dir = std::env::temp_dir().join(format!("fieldreport-many-{}", std::process::id()));
    let sets = write_sets(&dir);
    let only_table = args.iter().any(|a| a == "table");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/nug-2025-military-review.json");
    if !only_table {
        measure("sample", &[sample], false);
    }
    for (n, paths) in &sets {
        if !only_table || *n == 50 {
            measure(&format!("{n} reports"), paths, only_table);
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}
