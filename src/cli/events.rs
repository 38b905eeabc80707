//! `fieldreport events`: the counts of event files (ACLED, UCDP GED) for pipelines, the same as
//! the Claims and records chart draws; and event files read beside reports by `check` and
//! `render`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::charts::records::{Records, RecordsData};
use crate::report::events::{Aggregation, EventFile, Period, Preset, Source, TypeFilter};
use crate::report::{Dataset, LoadedReport, ReadError};

/// The outcome of reading one event file.
pub type EventResult = (PathBuf, Result<EventFile, ReadError>);

/// Splits paths into event files (by their header row) and the rest (reports).
pub fn partition(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<PathBuf>) {
    paths
        .iter()
        .cloned()
        .partition(|p| crate::report::events::reader::detect_path(p).is_some())
}

/// Reads every event file; errors are kept per file.
pub fn read_all(paths: &[PathBuf]) -> Vec<EventResult> {
    paths
        .iter()
        .map(|p| (p.clone(), crate::report::events::read_path(p, &mut |_, _| true)))
        .collect()
}

/// The records of the files that were read, counted as asked.
pub fn records(results: &[EventResult], aggregation: Aggregation) -> Records {
    Records {
        files: Arc::new(
            results
                .iter()
                .filter_map(|(_, r)| r.as_ref().ok())
                .cloned()
                .map(Arc::new)
                .collect(),
        ),
        aggregation,
    }
}

/// Parses `--by`: `year` or `month`.
pub fn parse_period(text: &str) -> Result<Period, String> {
    match text {
        "year" => Ok(Period::Year),
        "month" => Ok(Period::Month),
        _ => Err(format!("expected year or month, found `{text}`")),
    }
}

/// Parses `--preset`: `battles`, `political-violence` or `all`.
pub fn parse_preset(text: &str) -> Result<Preset, String> {
    Preset::parse(text).ok_or_else(|| format!("expected battles, political-violence or all, found `{text}`"))
}

/// One file's lines for `check`: what it is, what was read, and its rows that were not.
fn file_head(out: &mut String, path: &Path, file: &EventFile) {
    let _ = writeln!(out, "{}: read ({})", path.display(), file.source.short());
    let _ = writeln!(out, "  {}", file.citation());
    let _ = writeln!(out, "  reference: {}", file.reference());
    let years = file
        .years()
        .map(|(a, b)| if a == b { format!("{a}") } else { format!("{a}–{b}") })
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "  {} events read ({years}), {} rows could not be read; {} cells held",
        file.rows,
        file.bad_rows,
        file.cells()
    );
    for e in &file.bad_examples {
        let _ = writeln!(out, "    - {e}");
    }
    if let Some(words) = file.zawgyi_words() {
        let _ = writeln!(
            out,
            "  warning: Burmese looks typed in Zawgyi, not Unicode, and may show as garbage: {words}"
        );
    }
    let _ = writeln!(out, "  sha256 {}", file.sha256);
}

/// The text of `check` for event files.
pub fn check_text(results: &[EventResult]) -> String {
    let mut out = String::new();
    for (path, result) in results {
        match result {
            Ok(file) => file_head(&mut out, path, file),
            Err(error) => {
                let _ = writeln!(out, "{}: refused", path.display());
                let _ = writeln!(out, "  {error}");
            }
        }
        out.push('\n');
    }
    out
}

/// The exit code: 0 when every file was read, 1 otherwise.
pub fn exit_code(results: &[EventResult]) -> u8 {
    u8::from(results.iter().any(|(_, r)| r.is_err()))
}

/// The chart's data for these files and reports, as the window would draw it.
fn chart(results: &[EventResult], reports: &[LoadedReport], aggregation: &Aggregation) -> RecordsData {
    let options = crate::charts::ChartOptions {
        records: records(results, aggregation.clone()),
        ..crate::charts::ChartOptions::default()
    };
    crate::charts::records::prepare(&Dataset::merge(reports.to_vec()), &options)
}

/// `fieldreport events` as text: each file's counts per period, then the claims beside them.
pub fn text(results: &[EventResult], reports: &[LoadedReport], aggregation: &Aggregation) -> String {
    let chart = chart(results, reports, aggregation);
    let mut out = String::new();
    let mut counted = chart.aggregates.iter();
    for (path, result) in results {
        match result {
            Ok(file) => {
                file_head(&mut out, path, file);
                let Some(a) = counted.next() else { continue };
                let meaning = match &aggregation.types {
                    TypeFilter::Preset(p) => format!(" ({})", p.meaning(&file.source)),
                    _ => String::new(),
                };
                let _ = writeln!(out, "  filter {}{meaning}, events per {}:", a.filter, a.by.key());
                if let Some(note) = &a.note {
                    let _ = writeln!(out, "    note: {note}");
                }
                for r in &a.rows {
                    let when = if r.month == 0 {
                        r.year.to_string()
                    } else {
                        format!("{}-{:02}", r.year, r.month)
                    };
                    let deaths = match file.source {
                        Source::Acled => format!("{} fatalities", r.tally.deaths),
                        Source::Ucdp { .. } => {
                            format!(
                                "{} deaths (best; low {}, high {})",
                                r.tally.deaths, r.tally.low, r.tally.high
                            )
                        }
                    };
                    let _ = writeln!(out, "    {when}: {} events, {deaths}", r.tally.events);
                }
                if a.rows.is_empty() {
                    let _ = writeln!(out, "    no events match");
                }
                if a.without_month.events > 0 {
                    let _ = writeln!(
                        out,
                        "    without a month: {} events (their year only is known)",
                        a.without_month.events
                    );
                }
            }
            Err(error) => {
                let _ = writeln!(out, "{}: refused", path.display());
                let _ = writeln!(out, "  {error}");
            }
        }
        out.push('\n');
    }
    if !chart.comparisons.is_empty() {
        let _ = writeln!(out, "claims beside records:");
        for c in &chart.comparisons {
            let _ = writeln!(out, "  {}", c.words);
        }
        let _ = writeln!(out, "  {}", crate::i18n::Tr::EN.t("records-caveat"));
    }
    out
}

/// `fieldreport events --json`: the same counts for scripts.
pub fn json(results: &[EventResult], reports: &[LoadedReport], aggregation: &Aggregation) -> String {
    let chart = chart(results, reports, aggregation);
    let mut counted = chart.aggregates.iter();
    let files: Vec<serde_json::Value> = results
        .iter()
        .map(|(path, result)| match result {
            Ok(file) => {
                let a = counted.next();
                serde_json::json!({
                    "file": path.display().to_string(),
                    "read": true,
                    "source": file.source.short(),
                    "version": match &file.source { Source::Ucdp { version } => version.clone(), Source::Acled => None },
                    "citation": file.citation(),
                    "reference": file.reference(),
                    "data_date": file.data_date.map(|d| d.to_string()),
                    "sha256": file.sha256,
                    "rows": file.rows,
                    "bad_rows": file.bad_rows,
                    "bad_examples": file.bad_examples,
                    "zawgyi": file.zawgyi.iter().map(|z| serde_json::json!({
                        "column": z.column,
                        "cells": z.cells,
                        "weighed": z.weighed,
                    })).collect::<Vec<_>>(),
                    "filter": a.map(|a| a.filter.clone()),
                    "by": aggregation.by.key(),
                    "note": a.and_then(|a| a.note.clone()),
                    "periods": a.map(|a| a.rows.iter().map(|r| serde_json::json!({
                        "year": r.year,
                        "month": (r.month > 0).then_some(r.month),
                        "events": r.tally.events,
                        "deaths": r.tally.deaths,
                        "deaths_low": r.tally.low,
                        "deaths_high": r.tally.high,
                    })).collect::<Vec<_>>()).unwrap_or_default(),
                    "without_month": a.map_or(0, |a| a.without_month.events),
                })
            }
            Err(e) => serde_json::json!({
                "file": path.display().to_string(),
                "read": false,
                "error": { "message": e.to_string(), "reason": e.message },
            }),
        })
        .collect();
    let comparisons: Vec<serde_json::Value> = chart
        .comparisons
        .iter()
        .map(|c| {
            serde_json::json!({
                "year": c.year,
                "claimed_battles": c.claimed_value,
                "source": c.source,
                "recorded_events": c.recorded.events,
                "recorded_deaths": c.recorded.deaths,
                "ratio": c.ratio,
                "words": c.words,
            })
        })
        .collect();
    let doc = serde_json::json!({
        "files": files,
        "comparisons": comparisons,
        "caveat": crate::i18n::Tr::EN.t("records-caveat"),
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}
