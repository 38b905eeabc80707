//! Measures, without a window: reading and checking the sample, preparing every chart, CPU time
//! per frame of the whole window for each chart (through egui_kittest, so AccessKit is on), and
//! rendering an export offscreen. Run with `cargo bench --bench frame`.

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use fieldreport::app::FieldReportApp;
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

fn main() {
    let read = time(2000, || {
        LoadedReport::from_bytes(SAMPLE_JSON.as_bytes(), SAMPLE_NAME, None)
    });
    println!("read and check the sample:        {:>9.3} ms", read.as_secs_f64() * 1e3);

    let data = Dataset::merge(vec![fieldreport::report::sample()]);
    let options = ChartOptions::default();
    let prepare = time(2000, || Charts::prepare(&data, &options));
    println!(
        "prepare all four charts:          {:>9.3} ms",
        prepare.as_secs_f64() * 1e3
    );

    for kind in ChartKind::ALL {
        let mut h = Harness::builder()
            .with_size([1280.0, 800.0])
            .with_context_setup(|ctx| ctx.set_fonts(fieldreport::fonts::definitions()))
            .build_ui_state(|ui, app: &mut FieldReportApp| app.ui(ui), FieldReportApp::with_sample());
        h.state_mut().state.queue.push(Command::ShowChart(kind));
        h.run();
        // Keep the pointer over the chart so every frame does hover work too.
        h.hover_at(egui::pos2(640.0, 400.0));
        let frames = 300;
        let per_frame = time(frames, || h.step());
        let shapes = h.output().shapes.clone();
        let tessellate = time(frames, || h.ctx.tessellate(shapes.clone(), 1.0));
        println!(
            "frame, {:<9} chart (CPU):       {:>9.3} ms  (UI pass {:.3} + tessellation {:.3})",
            kind.key(),
            (per_frame + tessellate).as_secs_f64() * 1e3,
            per_frame.as_secs_f64() * 1e3,
            tessellate.as_secs_f64() * 1e3
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
