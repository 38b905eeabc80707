//! A newsroom's archive, generated with a fixed seed (no files committed): 20 reports of 6 years
//! and 8 loss categories (0.2 MB), or 50 reports of 40 years and 30 categories (5.6 MB), from
//! four publishers whose figures agree half the time. Shared by `tests/many.rs` and
//! `benches/many.rs`.

#![allow(dead_code, reason = "each user takes what it needs")]

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

/// xorshift64*: the same numbers on every machine.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// A figure near `base`: the same as other reports half the time, so some agree and some
    /// conflict; a qualifier now and then.
    pub fn figure(&mut self, base: u64) -> Value {
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
pub fn report(rng: &mut Rng, i: usize, years: i32, categories: usize) -> Value {
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
pub fn set(reports: usize) -> Vec<(String, Vec<u8>)> {
    let (years, categories) = if reports <= 20 { (6, 8) } else { (40, 30) };
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ reports as u64);
    (0..reports)
        .map(|i| {
            let mut doc = report(&mut rng, i, years, categories);
            // Keys in alphabetical order, as the set has always been written: the snapshots of
            // many reports draw categories in the order their files give them.
            doc.sort_all_objects();
            (
                format!("stress-{i}.json"),
                serde_json::to_vec_pretty(&doc).unwrap_or_default(),
            )
        })
        .collect()
}

pub fn write_sets(dir: &Path) -> Vec<(usize, Vec<PathBuf>)> {
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
