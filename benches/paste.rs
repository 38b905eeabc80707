//! Pasting a spreadsheet block into the editor's grid: 1,000 and 10,000 lines of funding
//! (year, label, kyats, US dollars) into an empty report, beside a baseline measured in the
//! same run: the same text split into cells and each figure read, with no grid. A paste that
//! grows linearly takes ten times as long for ten times the lines. Then 10,000 and 100,000 blank
//! lines pasted below a label of 10,000 characters: the rows they add do not each copy it.
//!
//! `cargo bench --bench paste`

use std::time::{Duration, Instant};

use fieldreport::report::Report;
use fieldreport::report::edit::table::{Sheet, paste};
use fieldreport::report::model::figure_text::{self, Kind};

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// `n` lines as a spreadsheet copies them, a header row first.
fn block(n: usize) -> String {
    let mut out = String::from("Year\tLabel\tKyats\tUS dollars\n");
    for i in 0..n {
        out.push_str(&format!(
            "{}\tBattalion support {}\t{}.{} billion\tUS${} million\n",
            1990 + i % 40,
            i % 7,
            i % 90 + 1,
            i % 10,
            i % 50 + 1
        ));
    }
    out
}

/// The best of a few runs, in milliseconds.
fn best(runs: usize, mut f: impl FnMut()) -> f64 {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            ms(t.elapsed())
        })
        .fold(f64::INFINITY, f64::min)
}

/// The best of a few pastes of `tsv` into the funding of a report holding `funding`, from the
/// first cell of row `row`, in milliseconds; `check` is shown each report pasted into.
fn best_paste(
    funding: Vec<fieldreport::report::model::Funding>,
    row: usize,
    tsv: &str,
    mut check: impl FnMut(&Report, &[fieldreport::report::edit::table::PasteProblem]),
) -> f64 {
    best(5, || {
        let mut report = Report {
            title: "pasted".to_owned(),
            funding: funding.clone(),
            ..Report::default()
        };
        let problems = paste(&mut report, Sheet::Funding, &[], row, 0, tsv);
        check(&report, &problems);
        std::hint::black_box(report);
    })
}

fn main() {
    let mut per_line = Vec::new();
    for n in [1_000, 10_000] {
        let tsv = block(n);
        let baseline = best(5, || {
            let mut figures = 0;
            for line in tsv.lines().skip(1) {
                let cells: Vec<String> = line.split('\t').map(str::to_owned).collect();
                for cell in &cells[2..] {
                    figures += usize::from(matches!(figure_text::parse(cell, Kind::Money), Ok(Some(_))));
                }
            }
            assert_eq!(figures, 2 * n);
        });
        let pasted = best_paste(Vec::new(), 0, &tsv, |report, problems| {
            assert!(problems.is_empty(), "{:?}", problems.first());
            assert_eq!(report.funding.len(), n);
        });
        per_line.push(pasted / n as f64);
        println!(
            "paste of {n:>6} lines: {pasted:>8.1} ms ({:>6.2} µs a line); baseline, the cells split and read without a grid: {baseline:>7.1} ms",
            pasted * 1e3 / n as f64
        );
    }
    println!(
        "time a line at 10,000 lines / at 1,000 lines: {:.2} (1 when linear, 10 when quadratic)",
        per_line[1] / per_line[0]
    );
    below_a_long_label();
}

/// Blank lines pasted below a row whose label is as long as the format allows: each line adds
/// a row, which repeats the label above only when it is short.
fn below_a_long_label() {
    let long = "x".repeat(fieldreport::report::format::rules::MAX_TEXT_CHARS);
    let mut per_line = Vec::new();
    for n in [10_000, 100_000] {
        let tsv = format!("{}{}", "\n".repeat(n - 1), 2030);
        let mut bytes = 0;
        let above = vec![fieldreport::report::model::Funding::new(2020, long.clone())];
        let pasted = best_paste(above, 1, &tsv, |report, _| {
            assert_eq!(report.funding.len(), n + 1);
            bytes = report.funding.iter().map(|f| f.label.len()).sum::<usize>();
        });
        per_line.push(pasted / n as f64);
        println!(
            "{n:>6} blank lines below a 10,000-character label: {pasted:>8.1} ms ({:>6.2} µs a line), {bytes} bytes of labels",
            pasted * 1e3 / n as f64
        );
    }
    println!(
        "time a blank line at 100,000 lines / at 10,000 lines: {:.2} (1 when linear, 10 when quadratic)",
        per_line[1] / per_line[0]
    );
}
