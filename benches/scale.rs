//! Measures how reading, checking and merging grow with a report's size, on files generated in
//! memory from a fixed seed (see `tests/stress/mod.rs`): read and check one file, merge it with
//! a second of the same size, list and word the conflicts, and run `fieldreport check` on it.
//! Time per section entry should stay flat as the size grows. Also times a file of funding
//! entries only (the shape that first showed quadratic time) and the refusal of a 300 MB file.
//! Run with `cargo bench --bench scale` (release build).
//!
//! Times are CPU time, which other work on a busy machine barely changes: this thread's for the
//! library calls, the child's for `fieldreport check` (which includes starting the program and
//! printing everything it read), averaged over as many runs as fill a few hundred milliseconds
//! (Linux counts CPU time in scheduler ticks). Where `/proc` does not tell, wall time.

#[path = "../tests/stress/mod.rs"]
mod stress;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fieldreport::report::{Dataset, LoadedReport};

/// This thread's CPU time (Linux: `/proc/thread-self/schedstat`, in nanoseconds).
fn thread_cpu() -> Option<Duration> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok().map(Duration::from_nanos)
}

/// CPU time of the children waited for (Linux: `/proc/self/stat`, in ticks of 10 ms).
fn children_cpu() -> Option<Duration> {
    let text = std::fs::read_to_string("/proc/self/stat").ok()?;
    // After the command name, which is in brackets, cutime and cstime are the 14th and 15th fields.
    let fields: Vec<&str> = text.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(13)?.parse::<u64>().ok()? + fields.get(14)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// The mean time of `f` over enough runs to fill `at_least`, measured with `clock` (or the wall
/// clock where it tells nothing).
fn mean<T>(clock: fn() -> Option<Duration>, at_least: Duration, mut f: impl FnMut() -> T) -> Duration {
    let wall = Instant::now();
    let now = || clock().unwrap_or_else(|| wall.elapsed());
    let start = now();
    let mut runs = 0u32;
    while runs == 0 || now().saturating_sub(start) < at_least {
        std::hint::black_box(f());
        runs += 1;
    }
    now().saturating_sub(start) / runs
}

/// `fieldreport check FILE`, with its output thrown away.
fn check_command(path: &std::path::Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_fieldreport"))
        .arg("check")
        .arg(path)
        .stdout(Stdio::null())
        .status()
        .expect("fieldreport runs");
    assert!(status.success(), "check reads the file");
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn per(d: Duration, n: usize) -> f64 {
    d.as_secs_f64() * 1e6 / n as f64
}

/// How long each measurement runs, at least.
const ENOUGH: Duration = Duration::from_millis(300);

fn main() {
    let dir = std::env::temp_dir().join(format!("fieldreport-scale-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp folder");
    println!(
        "{:>8} {:>8} {:>6} | {:>10} {:>7} | {:>9} {:>9} {:>7} | {:>10} {:>7}",
        "sections", "entries", "MB", "read+check", "µs/sec", "merge 2", "conflicts", "µs/sec", "check cmd", "µs/sec"
    );
    for sections in [2_000, 8_000, 32_000, 300_000] {
        let a = stress::generate(sections, 1);
        let b = stress::generate(sections, 2);
        let read = mean(thread_cpu, ENOUGH, || {
            LoadedReport::from_bytes(a.json.as_bytes(), "a.json", None).expect("reads")
        });
        let first = LoadedReport::from_bytes(a.json.as_bytes(), "a.json", None).expect("reads");
        let second = LoadedReport::from_bytes(b.json.as_bytes(), "b.json", None).expect("reads");
        let merge = mean(thread_cpu, ENOUGH, || {
            Dataset::merge(vec![first.clone(), second.clone()])
        })
        .saturating_sub(mean(thread_cpu, ENOUGH, || vec![first.clone(), second.clone()]));
        let data = Dataset::merge(vec![first.clone(), second.clone()]);
        let conflicts = mean(thread_cpu, ENOUGH, || {
            let conflicts = data.conflicts();
            conflicts.iter().map(|c| data.describe_conflict(c)).collect::<Vec<_>>()
        });
        let path = dir.join(format!("stress-{sections}.json"));
        std::fs::write(&path, &a.json).expect("write");
        let check = mean(children_cpu, ENOUGH, || check_command(&path));
        println!(
            "{:>8} {:>8} {:>6.1} | {:>8.1}ms {:>7.2} | {:>7.1}ms {:>7.1}ms {:>7.2} | {:>8.1}ms {:>7.2}",
            sections,
            a.entries,
            a.json.len() as f64 / 1e6,
            ms(read),
            per(read, sections),
            ms(merge),
            ms(conflicts),
            per(merge + conflicts, 2 * sections),
            ms(check),
            per(check, sections)
        );
        println!(
            "{:>8} warnings {}, given twice {}, series {}, points {}, conflicts {}",
            "",
            first.warnings.len(),
            a.given_twice,
            data.series.len(),
            data.series.iter().map(|s| s.points.len()).sum::<usize>(),
            data.conflicts().len()
        );
        std::fs::remove_file(&path).ok();
    }

    // The shape of the file that first showed the problem: 300,000 funding entries.
    let funding = stress::funding_only(300_000, 3);
    let read = mean(thread_cpu, ENOUGH, || {
        LoadedReport::from_bytes(funding.as_bytes(), "funding.json", None).expect("reads")
    });
    let path = dir.join("funding.json");
    std::fs::write(&path, &funding).expect("write");
    let check = mean(children_cpu, ENOUGH, || check_command(&path));
    println!(
        "300,000 funding entries, {:.1} MB: read and check {:.1} ms ({:.2} µs each), fieldreport check {:.1} ms",
        funding.len() as f64 / 1e6,
        ms(read),
        per(read, 300_000),
        ms(check)
    );

    // A 300 MB file (sparse: no disk used) is refused from its size, without being read.
    let huge = dir.join("huge.json");
    let file = std::fs::File::create(&huge).expect("create");
    file.set_len(300 * 1024 * 1024).expect("sparse file");
    let wall = Instant::now();
    let error = LoadedReport::from_path(&huge).expect_err("too large");
    println!("refuse a 300 MB file: {:.3} ms ({error})", ms(wall.elapsed()));
    std::fs::remove_dir_all(&dir).ok();
}
