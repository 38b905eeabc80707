//! Reading, checking and merging grow in proportion to the file: a file ten times larger takes
//! about ten times longer, not a hundred. Time is compared within one run (no target in seconds
//! here; `benches/scale.rs` has the figures), and the results are checked for the counts the
//! generator expects.

mod stress;

use std::time::{Duration, Instant};

use fieldreport::report::{Dataset, LoadedReport};

/// Time this thread has spent on a CPU, which other work on a busy machine barely changes
/// (Linux updates it at each scheduler tick, every few milliseconds); wall time where the system
/// does not tell.
fn cpu_time(since: Instant) -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .map_or_else(|| since.elapsed(), Duration::from_nanos)
}

/// CPU time of each step over two generated files, summed over `runs` runs: read and check
/// both, then merge them and word their conflicts. Returns the last dataset too.
fn steps(a: &stress::Stress, b: &stress::Stress, runs: u32) -> (Duration, Duration, Dataset) {
    let wall = Instant::now();
    let (mut read, mut merge) = (Duration::ZERO, Duration::ZERO);
    let mut data = Dataset::default();
    for _ in 0..runs {
        let start = cpu_time(wall);
        let first = LoadedReport::from_bytes(a.json.as_bytes(), "a.json", None).expect("a reads");
        let second = LoadedReport::from_bytes(b.json.as_bytes(), "b.json", None).expect("b reads");
        let read_end = cpu_time(wall);
        data = Dataset::merge(vec![first, second]);
        let described: Vec<String> = data.conflicts().iter().map(|c| data.describe_conflict(c)).collect();
        std::hint::black_box(described);
        read += read_end.saturating_sub(start);
        merge += cpu_time(wall).saturating_sub(read_end);
    }
    (read, merge, data)
}

fn count(loaded: &LoadedReport, words: &str) -> usize {
    loaded.warnings.iter().filter(|w| w.message.contains(words)).count()
}

#[test]
fn ten_times_the_entries_take_about_ten_times_as_long() {
    // Two files each: 2,000 and 20,000 section entries in all, about 5,000 and 50,000 entries
    // as the entry limit counts them (groups, towns and categories too).
    let small = (stress::generate(1_000, 1), stress::generate(1_000, 2));
    let large = (stress::generate(10_000, 1), stress::generate(10_000, 2));
    assert!(large.0.entries + large.1.entries > 48_000);
    // The small files four times over, so that the CPU clock's ticks do not matter.
    let (small_read, small_merge, _) = steps(&small.0, &small.1, 4);
    let (large_read, large_merge, data) = steps(&large.0, &large.1, 1);
    // Linear work gives about 10;
    // work that compares entries pairwise about 100. CPU time is steady enough on a busy
    // machine to hold each step to twice the linear ratio.
    for (step, small_time, large_time) in [
        ("read and check", small_read / 4, large_read),
        ("merge and word conflicts", small_merge / 4, large_merge),
    ] {
        let ratio = large_time.as_secs_f64() / small_time.as_secs_f64().max(1e-6);
        assert!(
            ratio < 20.0,
            "{step}: 20,000 section entries took {large_time:?}, 2,000 took {small_time:?}: {ratio:.1} times as long"
        );
    }

    // And the results are right.
    let expected = &large.0;
    let loaded = &data.reports[0];
    let r = &loaded.report;
    assert_eq!(
        r.funding.len() + r.losses.len() + r.battles.len() + r.townships.len(),
        expected.sections
    );
    assert!(expected.given_twice > 2_000, "the file repeats many years");
    assert_eq!(count(loaded, "is given twice in this file"), expected.given_twice);
    assert_eq!(
        count(loaded, "lies outside the report's period"),
        expected.outside_period
    );
    let alone = Dataset::merge(vec![loaded.clone()]);
    assert_eq!(alone.series.len(), expected.series);
    let points: usize = alone.series.iter().map(|s| s.points.len()).sum();
    assert_eq!(points, expected.points);
    assert!(alone.conflicts().is_empty(), "one file never conflicts with itself");
    let conflicts = data.conflicts();
    assert!(conflicts.len() > 1_000, "two different files disagree");
    assert!(
        conflicts
            .iter()
            .all(|c| c.claims.len() == 2 && c.claims.iter().all(|claim| claim.sources.len() == 1)),
        "each conflict is one claim from each file"
    );
}
