//! Measures event files, each beside a baseline measured in the same run: rows read per second
//! from ACLED-shaped files without long notes (generated in memory, fixed seed) beside the `csv`
//! crate reading the same bytes and doing nothing with them; the memory the reading holds at its
//! peak and after, as the rows grow; the time to prepare the Claims and records chart and the CPU
//! time of one frame of the window on it, beside the battles chart's. Run with
//! `cargo bench --bench records` (a release build).

mod shared;

use shared::{frame_ms, held};

use std::sync::Arc;
use std::time::{Duration, Instant};

use fieldreport::app::FieldReportApp;
use fieldreport::charts::ChartKind;
use fieldreport::command::Command;
use fieldreport::report::events::{self, Aggregation, Period};

const TYPES: [(&str, &str); 5] = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    ("Strategic developments", "Arrests"),
];

/// An ACLED export's shape (every current column, short notes), `rows` rows from 2021 to 2025,
/// in the townships of the bundled gazetteer.
fn acled(rows: usize) -> String {
    let g = fieldreport::report::places::gazetteer();
    let townships: Vec<(String, String)> = g
        .townships()
        .map(|(_, t)| (g.state_name(&t.state).to_owned(), t.name.clone()))
        .collect();
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
        let (state, township) = &townships[next(townships.len() as u64) as usize];
        out.push_str(&format!(
            "MMR{i},{year}-{:02}-{:02},{year},1,Political violence,{t},{sub},Military Forces of Myanmar (2021-),,1,\
             PDF: People's Defense Force {},,3,13,,104,Southeast Asia,Myanmar,{state},District of {township},\
             {township},Village {i},21.9,95.9,1,Mizzima,National,Clashes reported.,{},,1747353600\n",
            1 + next(12),
            1 + next(28),
            next(20),
            next(6)
        ));
    }
    out
}

/// Rows per second of the `csv` crate reading the bytes into records and nothing more: the
/// least any reader built on it can take.
fn csv_alone(text: &str) -> f64 {
    let start = Instant::now();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .buffer_capacity(1 << 16)
        .from_reader(text.as_bytes());
    let mut record = csv::ByteRecord::new();
    let mut rows = 0_u64;
    while reader.read_byte_record(&mut record).unwrap_or(false) {
        rows += std::hint::black_box(record.len()).min(1) as u64;
    }
    rows as f64 / start.elapsed().as_secs_f64()
}

/// The best of three timings of `f`, in seconds, with its last result.
fn best_of_three<T>(mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::INFINITY;
    let mut out = None;
    for _ in 0..3 {
        let start = Instant::now();
        let value = f();
        best = best.min(start.elapsed().as_secs_f64());
        out = Some(value);
    }
    (best, out.expect("three runs"))
}

/// Median time of `f` over `n` runs, in milliseconds.
fn median_ms(n: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<Duration> = (0..n)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    times[times.len() / 2].as_secs_f64() * 1e3
}

fn main() {
    println!("reading ACLED-shaped files (short notes), best of three:");
    let mut last = None;
    for rows in [50_000, 100_000, 200_000, 400_000] {
        let text = acled(rows);
        let baseline = (0..3).map(|_| csv_alone(&text)).fold(0.0, f64::max);
        let (secs, file) = best_of_three(|| {
            events::read_reader(text.as_bytes(), "acled.csv", text.len() as u64, &mut |_, _| true)
                .expect("the generated file reads")
        });
        drop(file);
        // Memory: the peak is sampled each time the reader tells its progress (every 8,192
        // rows); what is kept is measured once the reading is done.
        let before = held();
        let mut peak = 0_i64;
        let file = events::read_reader(text.as_bytes(), "acled.csv", text.len() as u64, &mut |_, _| {
            peak = peak.max(held() - before);
            true
        })
        .expect("the generated file reads");
        let kept = held() - before;
        println!(
            "  {rows:>7} rows, {:>5.1} MB: {:>9.0} rows/s ({:>5.1} MB/s; csv crate alone {:>9.0} rows/s); \
             memory at peak {:>5.2} MB, kept {:>5.2} MB in {} cells",
            text.len() as f64 / 1e6,
            rows as f64 / secs,
            text.len() as f64 / 1e6 / secs,
            baseline,
            peak.max(kept) as f64 / 1e6,
            kept as f64 / 1e6,
            file.cells()
        );
        last = Some(file);
    }
    let Some(file) = last else { return };

    let sample = fieldreport::report::Dataset::merge(vec![fieldreport::report::sample()]);
    let mut options = fieldreport::charts::ChartOptions::default();
    let battles_prepare = median_ms(200, || {
        std::hint::black_box(ChartKind::Battles.prepare(&sample, &options));
    });
    options.records.files = Arc::new(vec![Arc::new(file.clone())]);
    let records_prepare = median_ms(200, || {
        std::hint::black_box(ChartKind::Records.prepare(&sample, &options));
    });
    options.records.aggregation.by = Period::Month;
    let monthly_prepare = median_ms(200, || {
        std::hint::black_box(ChartKind::Records.prepare(&sample, &options));
    });
    println!("preparing a chart, median of 200 (the 400,000-row file):");
    println!("  battles chart (baseline):             {battles_prepare:>6.2} ms");
    println!("  claims and records, per year:         {records_prepare:>6.2} ms");
    println!("  claims and records, per month:        {monthly_prepare:>6.2} ms");

    let mut app = FieldReportApp::with_sample();
    app.state.view.options.records.files = Arc::new(vec![Arc::new(file)]);
    let baseline = frame_ms(FieldReportApp::with_sample(), ChartKind::Battles);
    let mut monthly = FieldReportApp::with_sample();
    monthly.state.view.options.records = app.state.view.options.records.clone();
    monthly.state.view.options.records.aggregation = Aggregation {
        by: Period::Month,
        ..Aggregation::default()
    };
    app.state.jobs.queue.push(Command::SetRecords(Aggregation::default()));
    monthly.state.jobs.queue.push(Command::SetRecords(Aggregation {
        by: Period::Month,
        ..Aggregation::default()
    }));
    // The commands above only take effect when the options differ: prepare explicitly.
    app.state
        .jobs
        .queue
        .push(Command::SetCurrency(fieldreport::charts::Currency::Mmk));
    monthly
        .state
        .jobs
        .queue
        .push(Command::SetCurrency(fieldreport::charts::Currency::Mmk));
    let mut circles = FieldReportApp::with_sample();
    circles.state.view.options.records = app.state.view.options.records.clone();
    circles
        .state
        .jobs
        .queue
        .push(Command::SetCurrency(fieldreport::charts::Currency::Mmk));
    let records = frame_ms(app, ChartKind::Records);
    let per_month = frame_ms(monthly, ChartKind::Records);
    let map_alone = frame_ms(FieldReportApp::with_sample(), ChartKind::Map);
    let map_circles = frame_ms(circles, ChartKind::Map);
    println!("frame of the window, CPU (UI pass + tessellation), median of 200:");
    println!("  battles chart (baseline):             {baseline:>6.2} ms");
    println!("  claims and records, per year:         {records:>6.2} ms");
    println!("  claims and records, per month:        {per_month:>6.2} ms");
    println!("  map without event file (baseline):    {map_alone:>6.2} ms");
    println!("  map with the file's circles:          {map_circles:>6.2} ms");
}
