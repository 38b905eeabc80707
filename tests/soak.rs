//! Long use, headless: open and close reports over and over, switch charts and views over and
//! over, and count the bytes that stay allocated. What stays must not grow with the count.
//!
//! CI runs the short version (200 reports, 2,000 switches). The long one (1,000 reports,
//! 10,000 switches) runs with `FIELDREPORT_SOAK=long cargo test --release --test soak -- --nocapture`.
//! This file holds one test, so no other test allocates in the same process while it counts.

use std::alloc::System;
use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use fieldreport::app::FieldReportApp;
use fieldreport::charts::ChartKind;
use fieldreport::command::{Command, View};
use stats_alloc::{INSTRUMENTED_SYSTEM, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Bytes allocated and not yet freed, since the start of the process (a reallocation's change
/// is already in the allocated and freed counts).
fn held() -> i64 {
    let s = GLOBAL.stats();
    s.bytes_allocated as i64 - s.bytes_deallocated as i64
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Steps frames until the background work is done and the window has nothing left to do.
fn settle(h: &mut Harness<'_, FieldReportApp>) {
    for _ in 0..2000 {
        h.step();
        if !h.state().state.is_busy() && h.state().state.jobs.queue.is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    h.run_ok();
}

/// Opens a report file and closes it again.
fn open_and_close(h: &mut Harness<'_, FieldReportApp>, file: &Path) {
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::OpenPaths(vec![file.to_path_buf()]));
    settle(h);
    let open = h.state().state.docs.reports.len();
    assert!(open >= 1, "the report opened");
    let id = h.state().state.docs.reports[open - 1].id;
    h.state_mut().state.jobs.queue.push(Command::CloseReport(id));
    settle(h);
}

/// One switch: the next chart, or the table or sources view.
fn switch(h: &mut Harness<'_, FieldReportApp>, i: usize) {
    let command = match i % 6 {
        4 => Command::ShowView(View::Table),
        5 => Command::ShowView(View::Sources),
        k => Command::ShowChart(ChartKind::ALL[k % ChartKind::ALL.len()]),
    };
    h.state_mut().state.jobs.queue.push(command);
    h.step();
}

#[test]
fn memory_does_not_grow_with_long_use() {
    let long = std::env::var("FIELDREPORT_SOAK").is_ok_and(|v| v == "long");
    let (reports, switches) = if long { (1000, 10_000) } else { (200, 2000) };
    let files = [
        fixture("conflicting-review.json"),
        fixture("burmese-townships.json"),
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/nug-2025-military-review.json"),
    ];
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(12)
        .with_context_setup(|ctx| ctx.set_fonts(fieldreport::fonts::definitions()))
        .build_ui_state(|ui, app: &mut FieldReportApp| app.ui(ui), FieldReportApp::with_sample());
    settle(&mut h);
    // Keep one report open so every chart has something to draw while the others come and go.
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::OpenPaths(vec![files[2].clone()]));
    settle(&mut h);

    // Warm up: caches (fonts, layouts, plot memory) fill once and then stay.
    for i in 0..reports / 10 {
        open_and_close(&mut h, &files[i % 2]);
    }
    let before_open = held();
    for i in 0..reports {
        open_and_close(&mut h, &files[i % 2]);
    }
    let after_open = held();

    for i in 0..switches / 10 {
        switch(&mut h, i);
    }
    settle(&mut h);
    let before_switch = held();
    for i in 0..switches {
        switch(&mut h, i);
    }
    settle(&mut h);
    let after_switch = held();

    let per_report = (after_open - before_open) as f64 / reports as f64;
    let per_switch = (after_switch - before_switch) as f64 / switches as f64;
    println!(
        "held after warm-up: {:.1} MiB; after {reports} reports opened and closed: {:+} bytes ({per_report:+.1} a report); \
         after {switches} switches: {:+} bytes ({per_switch:+.1} a switch); held at the end: {:.1} MiB",
        before_open as f64 / 1_048_576.0,
        after_open - before_open,
        after_switch - before_switch,
        after_switch as f64 / 1_048_576.0,
    );
    // Nothing per report or per switch may stay: a leak of even 32 bytes a time shows here.
    assert!(
        per_report.abs() < 32.0,
        "{per_report} bytes stay per report opened and closed"
    );
    assert!(per_switch.abs() < 32.0, "{per_switch} bytes stay per switch");
    assert_eq!(h.state().state.docs.reports.len(), 1);
}
