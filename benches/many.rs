//! Many reports at once, as a newsroom's archive holds them: generated with a fixed seed (no
//! files committed), then measured without a window.
//!
//! - `cargo bench --bench many` prints, for the sample and the 20- and 50-report sets: the time
//!   to read, check and merge them as `fieldreport check` does, the time from a new window state
//!   to its first frame and to all files loaded, the CPU time per frame of each chart (and the
//!   Checks panel beside it), the frames drawn while idle after loading, and the memory held.
//! - `cargo bench --bench many -- write DIR` writes the two sets into `DIR/20` and `DIR/50`, for
//!   `benches/many.sh`, which measures the real window.

use std::alloc::System;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use fieldreport::app::FieldReportApp;
use fieldreport::charts::ChartKind;
use fieldreport::command::Command;
use fieldreport::report::{Dataset, LoadedReport};
use fieldreport::state::{Settings, State};
use serde_json::{Value, json};
use stats_alloc::{INSTRUMENTED_SYSTEM, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Bytes allocated and not yet freed.
fn held() -> i64 {
    let s = GLOBAL.stats();
    s.bytes_allocated as i64 - s.bytes_deallocated as i64
}

/// xorshift64*: the same numbers on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// A figure near `base`: the same as other reports half the time, so some agree and some
    /// conflict; a qualifier now and then.
    fn figure(&mut self, base: u64) -> Value {
        let value = if self.below(2) == 0 {
            base
        } else {
            base + self.below(base / 10 + 2)
        };
        match self.below(8) {
            0 => json!({"value": value, "qualifier": "at_least"}),
            1 => json!({"value": value, "qualifier": "about", "note": "approximately"}),
            _ => json!(value),
        }
    }
}

const PUBLISHERS: [&str; 4] = [
    "National Unity Government",
    "State Administration Council",
    "Independent monitor",
    "Local media",
];

/// Report `i` of a set: `years` years up to 2025, `categories` loss categories.
fn report(rng: &mut Rng, i: usize, years: i32, categories: usize) -> Value {
    let first = 2026 - years;
    let base = |year: i32, k: usize| 100 + (year - first) as u64 * 37 + k as u64 * 53;
    let mut names: Vec<String> = ["killed", "injured", "captured"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    names.extend((names.len()..categories).map(|k| format!("category {k}")));
    names.truncate(categories);
    let mut funding = Vec::new();
    let mut losses = Vec::new();
    let mut battles = Vec::new();
    let mut townships = Vec::new();
    for year in first..2026 {
        for label in ["Battalion support", "Drone units"] {
            let mmk = 1_000_000_000 * base(year, 1);
            funding.push(json!({"year": year, "label": label, "mmk": rng.figure(mmk), "usd": rng.figure(mmk / 2100)}));
        }
        let breakdown: serde_json::Map<String, Value> = names
            .iter()
            .enumerate()
            .map(|(k, n)| (n.clone(), rng.figure(base(year, k))))
            .collect();
        losses.push(json!({"year": year, "side": "junta", "breakdown": breakdown, "other": {"defected": rng.figure(base(year, 9))}}));
        battles.push(json!({"year": year, "total": rng.figure(10 * base(year, 0)), "groups": [
            {"label": "Sagaing", "total": rng.figure(3 * base(year, 1)),
             "breakdown": {"major engagements": rng.figure(base(year, 1)), "drone-only attacks": rng.figure(base(year, 2))}},
            {"label": "Magway", "total": rng.figure(2 * base(year, 2))}
        ]}));
        townships.push(json!({"as_of": format!("{year}-12-31"), "total": 330,
            "breakdown": {"captured": rng.figure(10 + (year - first) as u64), "surrounded": rng.figure(20), "contested": rng.figure(30)},
            "towns": [{"name": "Falam", "status": "captured"}, {"name": "Bhamo", "status": "contested"}]}));
    }
    json!({
        "fieldreport": 1,
        "title": format!("Stress report {i}"),
        "publisher": PUBLISHERS[i % PUBLISHERS.len()],
        "claim": format!("Figures as claimed by {}; generated for measurement.", PUBLISHERS[i % PUBLISHERS.len()]),
        "sources": [{"title": format!("Bulletin {i}"), "publisher": PUBLISHERS[i % PUBLISHERS.len()], "date": "2026-01-05"}],
        "funding": funding,
        "losses": losses,
        "battles": battles,
        "townships": townships,
    })
}

/// The 20-report set (6 years, 8 categories) or the 50-report set (40 years, 30 categories).
fn set(reports: usize) -> Vec<(String, Vec<u8>)> {
    let (years, categories) = if reports <= 20 { (6, 8) } else { (40, 30) };
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ reports as u64);
    (0..reports)
        .map(|i| {
            let doc = report(&mut rng, i, years, categories);
            (
                format!("stress-{i}.json"),
                serde_json::to_vec_pretty(&doc).unwrap_or_default(),
            )
        })
        .collect()
}

fn write_sets(dir: &Path) -> Vec<(usize, Vec<PathBuf>)> {
    let mut out = Vec::new();
    for n in [20, 50] {
        let folder = dir.join(n.to_string());
        std::fs::create_dir_all(&folder).expect("a folder for the set");
        let mut paths = Vec::new();
        let mut bytes = 0;
        for (name, data) in set(n) {
            bytes += data.len();
            let path = folder.join(name);
            std::fs::write(&path, data).expect("written");
            paths.push(path);
        }
        eprintln!("{n} reports, {:.1} MB, in {}", bytes as f64 / 1e6, folder.display());
        out.push((n, paths));
    }
    out
}

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
fn measure(name: &str, paths: &[PathBuf]) {
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
    state.queue.push(Command::OpenPaths(paths.to_vec()));
    let mut h = harness(state);
    h.step();
    let first = start.elapsed();
    let mut longest = Duration::ZERO;
    while h.state().state.is_busy() || !h.state().state.queue.is_empty() {
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
    for kind in ChartKind::ALL {
        h.state_mut().state.queue.push(Command::ShowChart(kind));
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
    println!(
        "{name:>10}: held by the window state: {:.1} MB",
        (held() - before) as f64 / 1e6
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
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/nug-2025-military-review.json");
    measure("sample", &[sample]);
    for (n, paths) in &sets {
        measure(&format!("{n} reports"), paths);
    }
    std::fs::remove_dir_all(&dir).ok();
}
