//! Measures, without a window: reading and checking the sample, preparing every chart, CPU time
//! per frame of the whole window for each chart (through egui_kittest, so AccessKit is on), the
//! map's bundled data and its frame with every MIMU town named, and rendering an export
//! offscreen. Run with `cargo bench --bench frame`.

mod shared;

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use fieldreport::app::FieldReportApp;
use fieldreport::charts::map::MapData;
use fieldreport::charts::{ChartKind, ChartOptions, Charts};
use fieldreport::command::Command;
use fieldreport::export::{ExportSize, Picture, Stamp};
use fieldreport::report::{Dataset, LoadedReport, SAMPLE_JSON, SAMPLE_NAME};

fn time<T>(runs: u32, mut f: impl FnMut() -> T) -> Duration {
    let start = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(f());
    }
    start.elapsed() / runs
}

/// The median time of one call: on a machine shared with other work, steadier than the mean.
fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    times[runs / 2]
}

/// CPU time (median) of one frame of the whole window showing a chart, with the pointer at `pointer`
/// (over the chart): (UI pass, tessellation).
fn frame_time(app: FieldReportApp, kind: ChartKind, pointer: egui::Pos2) -> (Duration, Duration) {
    let mut h = shared::window(app, kind);
    // Keep the pointer over the chart so every frame does hover work too.
    h.hover_at(pointer);
    let frames = 300;
    let per_frame = median(frames, || h.step());
    let shapes = h.output().shapes.clone();
    let tessellate = median(frames, || h.ctx.tessellate(shapes.clone(), 1.0));
    (per_frame, tessellate)
}

/// A report naming every town of the gazetteer, captured and contested in turn.
fn every_town_named() -> LoadedReport {
    let towns: Vec<String> = fieldreport::report::places::gazetteer()
        .places()
        .iter()
        .filter(|p| p.kind == fieldreport::report::places::PlaceKind::Town)
        .enumerate()
        .map(|(i, p)| {
            let status = if i % 2 == 0 { "captured" } else { "contested" };
            format!(r#"{{"name":{:?},"status":"{status}"}}"#, p.name)
        })
        .collect();
    let json = format!(
        r#"{{"fieldreport":1,"title":"Every town","townships":[{{"as_of":"2025-12-31","breakdown":{{"captured":37}},"towns":[{}]}}]}}"#,
        towns.join(",")
    );
    LoadedReport::from_bytes(json.as_bytes(), "every-town.json", None).expect("a valid report")
}

/// A report of `years` years of losses, each broken down into `categories` categories.
fn big_losses(years: usize, categories: usize) -> LoadedReport {
    let entries: Vec<String> = (0..years)
        .map(|y| {
            let parts: Vec<String> = (0..categories)
                .map(|c| format!(r#""category {c}":{}"#, 100 + y * 7 + c * 13))
                .collect();
            let total: usize = (0..categories).map(|c| 100 + y * 7 + c * 13).sum();
            format!(
                r#"{{"year":{},"side":"junta","total":{total},"breakdown":{{{}}}}}"#,
                1990 + y,
                parts.join(",")
            )
        })
        .collect();
    let json = format!(
        r#"{{"fieldreport":1,"title":"{years} years, {categories} categories","losses":[{}]}}"#,
        entries.join(",")
    );
    LoadedReport::from_bytes(json.as_bytes(), "big.json", None).expect("a valid report")
}

/// CPU time (median) of one frame of the editor on the report's losses grid: (a frame as it
/// stands, an edit of one figure: checks run again, the grid and the chart below redrawn).
fn editor_time(report: LoadedReport) -> (Duration, Duration) {
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_context_setup(|ctx| ctx.set_fonts(fieldreport::fonts::definitions()))
        .build_ui_state(
            |ui, app: &mut FieldReportApp| app.ui(ui),
            FieldReportApp::new(fieldreport::state::State::new(Default::default(), vec![report])),
        );
    let id = h.state().state.docs.reports[0].id;
    h.state_mut().state.jobs.queue.push(Command::EditReport(id));
    h.state_mut().scratch.editor.sheet = Some(fieldreport::report::edit::table::Sheet::Losses);
    h.run();
    h.hover_at(egui::pos2(600.0, 300.0));
    let steady = median(100, || h.step());
    let target = h.state().state.edited().expect("the edited report").target();
    let mut n = 0;
    let edit = median(60, || {
        use fieldreport::report::edit::change::{At, Change};
        use fieldreport::report::edit::table::{Field, Row, Sheet};
        n += 1;
        let at = At {
            sheet: Sheet::Losses,
            row: Row::Losses(0),
            field: Field::Total,
        };
        let change = Change::Type(at, n.to_string());
        h.state_mut()
            .state
            .jobs
            .queue
            .push(Command::Edit(target, "a figure".to_owned(), change));
        h.step();
    });
    (steady, edit)
}

fn main() {
    let read = time(2000, || {
        LoadedReport::from_bytes(SAMPLE_JSON.as_bytes(), SAMPLE_NAME, None)
    });
    println!("read and check the sample:        {:>9.3} ms", read.as_secs_f64() * 1e3);

    let data = Dataset::merge(vec![fieldreport::report::sample()]);
    let options = ChartOptions::default();
    let prepare = time(2000, || Charts::prepare(&data, &options));
    println!(
        "prepare every chart:              {:>9.3} ms",
        prepare.as_secs_f64() * 1e3
    );

    for kind in ChartKind::ALL {
        // The map's column is at the left of the chart area: point at northern Myanmar.
        let pointer = if kind == ChartKind::Map {
            egui::pos2(400.0, 250.0)
        } else {
            egui::pos2(640.0, 400.0)
        };
        let (per_frame, tessellate) = frame_time(FieldReportApp::with_sample(), kind, pointer);
        println!(
            "frame, {:<9} chart (CPU):       {:>9.3} ms  (UI pass {:.3} + tessellation {:.3})",
            kind.key(),
            (per_frame + tessellate).as_secs_f64() * 1e3,
            per_frame.as_secs_f64() * 1e3,
            tessellate.as_secs_f64() * 1e3
        );
    }

    let places = time(200, || {
        fieldreport::report::places::Gazetteer::parse(fieldreport::report::places::PLACES_TSV)
    });
    let boundaries = time(200, || {
        fieldreport::charts::map::geometry::decode(fieldreport::charts::map::geometry::BOUNDARIES)
    });
    println!(
        "map data: places {} KB in {:.3} ms, boundaries {} KB in {:.3} ms",
        fieldreport::report::places::PLACES_TSV.len() / 1000,
        places.as_secs_f64() * 1e3,
        fieldreport::charts::map::geometry::BOUNDARIES.len() / 1000,
        boundaries.as_secs_f64() * 1e3
    );
    let find = time(200, || {
        let chart = ChartKind::Map.prepare(&data, &options);
        chart.data::<MapData>().map(|m| m.places().towns.len())
    });
    println!("place the sample's ten towns:     {:>9.3} ms", find.as_secs_f64() * 1e3);
    let every_town = every_town_named();
    let (per_frame, tessellate) = frame_time(
        FieldReportApp::new(fieldreport::state::State::new(Default::default(), vec![every_town])),
        ChartKind::Map,
        egui::pos2(400.0, 250.0),
    );
    println!(
        "frame, map, all 503 towns named (CPU): {:>6.3} ms  (UI pass {:.3} + tessellation {:.3})",
        (per_frame + tessellate).as_secs_f64() * 1e3,
        per_frame.as_secs_f64() * 1e3,
        tessellate.as_secs_f64() * 1e3
    );

    for (name, report) in [
        ("the sample", fieldreport::report::sample()),
        ("40 years x 30 categories", big_losses(40, 30)),
    ] {
        let (steady, edit) = editor_time(report);
        println!(
            "editor, losses grid, {name:<24}: frame {:>7.3} ms, frame with an edit {:>7.3} ms",
            steady.as_secs_f64() * 1e3,
            edit.as_secs_f64() * 1e3
        );
    }

    let picture = Picture::new(ChartKind::Funding.prepare(&data, &options), &options, Stamp::now(&data));
    let size = ExportSize::default();
    let export = time(3, || picture.png(size).map(|png| png.len()));
    println!(
        "export funding PNG {}x{} at {}x:  {:>9.1} ms",
        size.width,
        size.height,
        size.scale,
        export.as_secs_f64() * 1e3
    );
}
