//! Measures event files: rows read per second from ACLED-shaped files without long notes
//! (generated in memory, fixed seed), the memory the counts hold as the rows grow, and the CPU
//! time of one frame of the window on the Claims and records chart, beside the battles chart's
//! frame in the same run (the baseline). Run with `cargo bench --bench records`.

use std::alloc::System;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use fieldreport::app::FieldReportApp;
use fieldreport::charts::ChartKind;
use fieldreport::command::Command;
use fieldreport::report::events::{self, Aggregation, Period};
use stats_alloc::{INSTRUMENTED_SYSTEM, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Bytes held now.
fn held() -> i64 {
    let s = GLOBAL.stats();
    s.bytes_allocated as i64 - s.bytes_deallocated as i64
}

const TYPES: [(&str, &str); 5] = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    ("Strategic developments", "Arrests"),
];

/// An ACLED export's shape (every current column, short notes), `rows` rows from 2021 to 2025.
fn acled(rows: usize) -> String {
    let mut seed: u64 = 42;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    let mut out = String::from(
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,\
         assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,\
         country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,\
         notes,fatalities,tags,timestamp\n",
    );
    for i in 0..rows {
        let year = 2021 + next(5);
        let (t, sub) = TYPES[next(5) as usize];
        let township = next(330);
        let state = township % 18;
        out.push_str(&format!(
            "MMR{i},{year}-{:02}-{:02},{year},1,Political violence,{t},{sub},Military Forces of Myanmar (2021-),,1,\
             PDF: People's Defense Force {},,3,13,,104,Southeast Asia,Myanmar,State {state},District {state},\
             Township {township},Village {i},21.9,95.9,1,Mizzima,National,Clashes reported.,{},,1747353600\n",
            1 + next(12),
            1 + next(28),
            next(20),
            next(6)
        ));
    }
    out
}

/// CPU time (median) of one frame of the window showing a chart.
fn frame_ms(app: FieldReportApp, kind: ChartKind) -> f64 {
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_context_setup(|ctx| ctx.set_fonts(fieldreport::fonts::definitions()))
        .build_ui_state(|ui, app: &mut FieldReportApp| app.ui(ui), app);
    h.state_mut().state.queue.push(Command::ShowChart(kind));
    h.run();
    h.hover_at(egui::pos2(640.0, 400.0));
    let mut times: Vec<Duration> = (0..200)
        .map(|_| {
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

fn main() {
    println!("reading ACLED-shaped files (short notes):");
    let mut last = None;
    for rows in [50_000, 200_000, 400_000] {
        let text = acled(rows);
        let before = held();
        let start = Instant::now();
        let file = events::read_reader(text.as_bytes(), "acled.csv", text.len() as u64, &mut |_, _| true)
            .expect("the generated file reads");
        let secs = start.elapsed().as_secs_f64();
        let kept = held() - before;
        println!(
            "  {rows:>7} rows, {:>5.1} MB: {:>9.0} rows/s, {:>6.1} MB/s; counts held {:>6.2} MB in {} cells",
            text.len() as f64 / 1e6,
            rows as f64 / secs,
            text.len() as f64 / 1e6 / secs,
            kept as f64 / 1e6,
            file.cells()
        );
        last = Some(file);
    }
    let Some(file) = last else { return };

    let mut app = FieldReportApp::with_sample();
    app.state.options.records.files = Arc::new(vec![Arc::new(file)]);
    let baseline = frame_ms(FieldReportApp::with_sample(), ChartKind::Battles);
    let mut monthly = FieldReportApp::with_sample();
    monthly.state.options.records = app.state.options.records.clone();
    monthly.state.options.records.aggregation = Aggregation {
        by: Period::Month,
        ..Aggregation::default()
    };
    app.state.queue.push(Command::SetRecords(Aggregation::default()));
    monthly.state.queue.push(Command::SetRecords(Aggregation {
        by: Period::Month,
        ..Aggregation::default()
    }));
    // The commands above only take effect when the options differ: prepare explicitly.
    app.state
        .queue
        .push(Command::SetCurrency(fieldreport::charts::Currency::Mmk));
    monthly
        .state
        .queue
        .push(Command::SetCurrency(fieldreport::charts::Currency::Mmk));
    let records = frame_ms(app, ChartKind::Records);
    let per_month = frame_ms(monthly, ChartKind::Records);
    println!("frame of the window, CPU (UI pass + tessellation), median of 200:");
    println!("  battles chart (baseline):             {baseline:>6.2} ms");
    println!("  claims and records, per year:         {records:>6.2} ms");
    println!("  claims and records, per month:        {per_month:>6.2} ms");
}
