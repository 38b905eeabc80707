//! Large report files generated in memory from a fixed seed, with the counts reading, checking
//! and merging them must give. Shared by `tests/scale.rs` and `benches/scale.rs`.
//!
//! Years are limited to 1900–2200, so a large file repeats them: many funding labels, loss sides,
//! battle groups and categories, the same year given twice within a label, snapshots on the same
//! date, every qualifier, notes, towns.

#![allow(dead_code, reason = "each user takes what it needs")]

use std::collections::HashSet;
use std::fmt::Write as _;

/// xorshift64*: small, fast, and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A generated file and what it must give.
pub struct Stress {
    /// The file's text.
    pub json: String,
    /// Section entries (funding, losses, battles, townships).
    pub sections: usize,
    /// Everything the entry limit counts: section entries, groups, towns, categories.
    pub entries: usize,
    /// Entries (and battle groups) repeating one given earlier in the file.
    pub given_twice: usize,
    /// Entries whose year (or snapshot date) lies outside the file's period.
    pub outside_period: usize,
    /// Distinct series: section, series label, category and role.
    pub series: usize,
    /// Distinct points: series and time.
    pub points: usize,
}

const QUALIFIERS: [&str; 6] = ["exact", "over", "at_least", "about", "under", "at_most"];
const CATEGORIES: usize = 20;
const GROUPS: usize = 50;
const STATUSES: [&str; 3] = ["captured", "surrounded", "contested"];

/// A figure, sometimes qualified and sometimes with a note.
fn figure(rng: &mut Rng, value: u64) -> String {
    match rng.below(8) {
        0..=4 => value.to_string(),
        5 => format!(
            "{{\"value\": {value}, \"qualifier\": \"{}\"}}",
            QUALIFIERS[rng.below(QUALIFIERS.len())]
        ),
        _ => format!(
            "{{\"value\": {value}, \"qualifier\": \"{}\", \"note\": \"figure note {}\"}}",
            QUALIFIERS[rng.below(QUALIFIERS.len())],
            rng.below(5)
        ),
    }
}

fn category(i: usize) -> String {
    match i % CATEGORIES {
        0 => "killed".to_owned(),
        1 => "injured".to_owned(),
        2 => "captured".to_owned(),
        n => format!("category {n}"),
    }
}

/// Tallies what the generated file must give. A point is counted once however often the file
/// gives it: merging keeps a file's first figure for each point. Keys are numbers, to be cheap:
/// section, series number, category number, role, and the year or day.
struct Tally {
    entries: usize,
    given_twice: usize,
    outside_period: usize,
    series: HashSet<(u8, usize, usize, u8)>,
    points: HashSet<(u8, usize, usize, u8, usize)>,
}

/// Category numbers beyond the breakdown's: `total`, `defected`, `mmk`, `usd`.
const TOTAL: usize = 1000;
const DEFECTED: usize = 1001;
const MMK: usize = 1002;
const USD: usize = 1003;

impl Tally {
    fn figure(&mut self, section: u8, series: usize, category: usize, role: u8, when: usize) {
        self.series.insert((section, series, category, role));
        self.points.insert((section, series, category, role, when));
    }
}

fn outside(year: usize) -> bool {
    !(2000..=2100).contains(&year)
}

/// Breakdown categories `first`, `first + 1`, … (`n` of them, distinct), each with a value.
fn parts(rng: &mut Rng, n: usize, max: u64) -> Vec<(usize, u64)> {
    let first = rng.below(CATEGORIES);
    (0..n).map(|k| ((first + k) % CATEGORIES, rng.next() % max)).collect()
}

/// `"killed": 12, "category 4": {"value": 3, …}`.
fn breakdown(rng: &mut Rng, parts: &[(usize, u64)]) -> String {
    let items: Vec<String> = parts
        .iter()
        .map(|&(c, v)| format!("\"{}\": {}", category(c), figure(rng, v)))
        .collect();
    items.join(", ")
}

/// Generates a file of `sections` section entries from `seed`. Labels and sides grow with the
/// size, so that a large file has many series, each with up to 301 years.
pub fn generate(sections: usize, seed: u64) -> Stress {
    let mut rng = Rng::new(seed);
    let labels = (sections / 1000).max(2);
    let sides = (sections / 1000).max(2);
    let mut tally = Tally {
        entries: 0,
        given_twice: 0,
        outside_period: 0,
        series: HashSet::new(),
        points: HashSet::new(),
    };
    let (mut funding, mut losses, mut battles, mut townships) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut seen: HashSet<(u8, usize, usize)> = HashSet::new();
    for _ in 0..sections {
        let year = 1900 + rng.below(301);
        tally.entries += 1;
        if outside(year) {
            tally.outside_period += 1;
        }
        let mut text = String::new();
        match rng.below(10) {
            0..=3 => {
                let label = rng.below(labels);
                if !seen.insert((0, label, year)) {
                    tally.given_twice += 1;
                }
                let mmk = rng.next() % 100_000_000_000;
                let usd = mmk / 2000 + 1;
                let _ = write!(text, "{{\"year\": {year}, \"label\": \"Battalion support {label}\"");
                if rng.below(4) > 0 {
                    let _ = write!(text, ", \"mmk\": {}", figure(&mut rng, mmk));
                    tally.figure(0, label, MMK, 0, year);
                }
                let _ = write!(text, ", \"usd\": {}", figure(&mut rng, usd));
                tally.figure(0, label, USD, 0, year);
                if rng.below(3) == 0 {
                    text.push_str(", \"note\": \"a note on the amount\"");
                }
                text.push('}');
                funding.push(text);
            }
            4..=6 => {
                let side = rng.below(sides);
                if !seen.insert((1, side, year)) {
                    tally.given_twice += 1;
                }
                let n = 1 + rng.below(3);
                let parts = parts(&mut rng, n, 10_000);
                tally.entries += parts.len();
                let total: u64 = parts.iter().map(|(_, v)| v).sum::<u64>() + rng.next() % 3;
                let total = figure(&mut rng, total);
                let breakdown = breakdown(&mut rng, &parts);
                let _ = write!(
                    text,
                    "{{\"year\": {year}, \"side\": \"side {side}\", \"total\": {total}, \"breakdown\": {{{breakdown}}}"
                );
                tally.figure(1, side, TOTAL, 0, year);
                for &(c, _) in &parts {
                    tally.figure(1, side, c, 1, year);
                }
                if rng.below(4) == 0 {
                    tally.entries += 1;
                    let _ = write!(text, ", \"other\": {{\"defected\": {}}}", rng.next() % 500);
                    tally.figure(1, side, DEFECTED, 2, year);
                }
                text.push('}');
                losses.push(text);
            }
            7..=8 => {
                if !seen.insert((2, 0, year)) {
                    tally.given_twice += 1;
                }
                let mut groups = Vec::new();
                let mut here = HashSet::new();
                let mut sum = 0;
                for _ in 0..rng.below(3) {
                    tally.entries += 1;
                    let label = rng.below(GROUPS);
                    if !here.insert(label) {
                        tally.given_twice += 1;
                    }
                    let n = 1 + rng.below(2);
                    let parts = parts(&mut rng, n, 1000);
                    tally.entries += parts.len();
                    let total: u64 = parts.iter().map(|(_, v)| v).sum();
                    sum += total;
                    let breakdown = breakdown(&mut rng, &parts);
                    groups.push(format!(
                        "{{\"label\": \"group {label}\", \"total\": {total}, \"breakdown\": {{{breakdown}}}}}"
                    ));
                    // Group series are numbered after the year's own ("" is 0).
                    tally.figure(2, 1 + label, TOTAL, 0, year);
                    for &(c, _) in &parts {
                        tally.figure(2, 1 + label, c, 1, year);
                    }
                }
                // Now and then the year's total is below its groups: an inconsistency.
                let total = if rng.below(5) == 0 {
                    sum / 2
                } else {
                    sum + rng.next() % 100
                };
                let _ = write!(
                    text,
                    "{{\"year\": {year}, \"total\": {total}, \"groups\": [{}]}}",
                    groups.join(", ")
                );
                tally.figure(2, 0, TOTAL, 0, year);
                battles.push(text);
            }
            _ => {
                let (month, day) = (1 + rng.below(12), 1 + rng.below(28));
                let when = year * 400 + month * 32 + day;
                if !seen.insert((3, 0, when)) {
                    tally.given_twice += 1;
                }
                let captured = rng.next() % 60;
                let surrounded = rng.next() % 60;
                let surrounded = figure(&mut rng, surrounded);
                tally.entries += 2;
                let towns: Vec<String> = (0..rng.below(3))
                    .map(|t| {
                        format!(
                            "{{\"name\": \"Town {t}\", \"status\": \"{}\", \"lat\": 21.5, \"lon\": 96.1}}",
                            STATUSES[rng.below(STATUSES.len())]
                        )
                    })
                    .collect();
                tally.entries += towns.len();
                let _ = write!(
                    text,
                    "{{\"as_of\": \"{year}-{month:02}-{day:02}\", \"total\": 330, \"breakdown\": {{\"captured\": {captured}, \"surrounded\": {surrounded}}}, \"towns\": [{}]}}",
                    towns.join(", ")
                );
                tally.figure(3, 0, TOTAL, 0, when);
                tally.figure(3, 0, 2, 1, when);
                tally.figure(3, 0, 3, 1, when);
                townships.push(text);
            }
        }
    }
    let section = |name: &str, items: &[String]| format!("  \"{name}\": [\n    {}\n  ]", items.join(",\n    "));
    let json = format!(
        "{{\n  \"fieldreport\": 1,\n  \"title\": \"Stress {sections} ({seed})\",\n  \"period\": {{\"from\": \"2000-01-01\", \"to\": \"2100-12-31\"}},\n{},\n{},\n{},\n{}\n}}\n",
        section("funding", &funding),
        section("losses", &losses),
        section("battles", &battles),
        section("townships", &townships)
    );
    Stress {
        json,
        sections,
        entries: tally.entries,
        given_twice: tally.given_twice,
        outside_period: tally.outside_period,
        series: tally.series.len(),
        points: tally.points.len(),
    }
}

/// The shape of the file that first showed the problem: `entries` funding entries only, under
/// `entries / 1000` labels, so each label repeats its years many times.
pub fn funding_only(entries: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let labels = (entries / 1000).max(1);
    let items: Vec<String> = (0..entries)
        .map(|_| {
            let mmk = rng.next() % 100_000_000_000;
            format!(
                "{{\"year\": {}, \"label\": \"Support {}\", \"mmk\": {mmk}, \"usd\": {}}}",
                1900 + rng.below(301),
                rng.below(labels),
                mmk / 2000 + 1
            )
        })
        .collect();
    format!(
        "{{\"fieldreport\": 1, \"title\": \"Funding {entries}\", \"funding\": [\n{}\n]}}\n",
        items.join(",\n")
    )
}
