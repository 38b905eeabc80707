//! What the benches share: an allocator that counts what is held, and the time of a window's
//! frame (the UI pass and its tessellation) showing one chart.
#![allow(dead_code, reason = "each bench uses what it needs of these")]

use std::alloc::System;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use fieldreport::app::FieldReportApp;
use fieldreport::charts::ChartKind;
use fieldreport::command::Command;
use stats_alloc::{INSTRUMENTED_SYSTEM, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Bytes allocated and not yet freed.
pub fn held() -> i64 {
    let s = GLOBAL.stats();
    s.bytes_allocated as i64 - s.bytes_deallocated as i64
}

/// The app in a 1280×800 window showing a chart, run until it settles.
pub fn window(app: FieldReportApp, kind: ChartKind) -> Harness<'static, FieldReportApp> {
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_context_setup(|ctx| ctx.set_fonts(fieldreport::fonts::definitions()))
        .build_ui_state(|ui, app: &mut FieldReportApp| app.ui(ui), app);
    h.state_mut().state.jobs.queue.push(Command::ShowChart(kind));
    h.run();
    h
}

/// The median of 200 frames of a window, CPU only (the UI pass and the tessellation of what
/// it drew), in milliseconds; `between` runs before each frame, untimed.
pub fn median_frame_ms(
    h: &mut Harness<'static, FieldReportApp>,
    mut between: impl FnMut(&mut Harness<'static, FieldReportApp>, usize),
) -> f64 {
    let mut times: Vec<Duration> = (0..200)
        .map(|i| {
            between(h, i);
            let start = Instant::now();
            h.step();
            let shapes = h.output().shapes.clone();
            std::hint::black_box(h.ctx.tessellate(shapes, 1.0));
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    times[times.len() / 2].as_secs_f64() * 1e3
}

/// The median frame of a chart with the pointer resting over the middle of the window.
pub fn frame_ms(app: FieldReportApp, kind: ChartKind) -> f64 {
    let mut h = window(app, kind);
    h.hover_at(egui::pos2(640.0, 400.0));
    median_frame_ms(&mut h, |_, _| {})
}
