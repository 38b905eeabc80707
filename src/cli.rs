//! `fieldreport check`: reads report files and prints what was read, the warnings, and the
//! conflicts across files, as text for people or JSON for scripts.

use std::fmt::Write as _;
use std::path::PathBuf;

use crate::report::figure::{Figure, Unit};
use crate::report::model::{Parts, Report, Townships};
use crate::report::{Dataset, LoadedReport, ReadError, Severity};

/// The outcome of reading one file.
pub type FileResult = (PathBuf, Result<LoadedReport, ReadError>);

/// Reads every file; errors are kept per file.
pub fn read_all(paths: &[PathBuf]) -> Vec<FileResult> {
    paths.iter().map(|p| (p.clone(), LoadedReport::from_path(p))).collect()
}

/// The exit code for a set of results: 0 when every file was read, 1 otherwise.
pub fn exit_code(results: &[FileResult]) -> u8 {
    u8::from(results.iter().any(|(_, r)| r.is_err()))
}

/// Merges the files that were read.
fn dataset(results: &[FileResult]) -> Dataset {
    Dataset::merge(results.iter().filter_map(|(_, r)| r.as_ref().ok().cloned()).collect())
}

/// The text report, for a terminal.
pub fn text(results: &[FileResult]) -> String {
    let mut out = String::new();
    for (path, result) in results {
        match result {
            Ok(loaded) => file_text(&mut out, loaded),
            Err(error) => {
                let _ = writeln!(out, "{}: refused", path.display());
                let _ = writeln!(out, "  {error}");
            }
        }
        out.push('\n');
    }
    let data = dataset(results);
    let conflicts = data.conflicts();
    if conflicts.is_empty() {
        let _ = writeln!(out, "conflicts across files: none");
    } else {
        let _ = writeln!(out, "conflicts across files ({}):", conflicts.len());
        for c in &conflicts {
            let _ = writeln!(out, "  - {}", data.describe_conflict(c));
        }
    }
    out
}

fn file_text(out: &mut String, loaded: &LoadedReport) {
    let r = &loaded.report;
    let _ = writeln!(
        out,
        "{}: read",
        loaded
            .path
            .as_ref()
            .map_or(loaded.name.clone(), |p| p.display().to_string())
    );
    let mut byline = r.title.clone();
    if let Some(p) = &r.publisher {
        let _ = write!(byline, ", {p}");
    }
    if let Some(d) = r.published {
        let _ = write!(byline, ", published {d}");
    }
    let _ = writeln!(out, "  {byline}");
    if let Some(claim) = &r.claim {
        let _ = writeln!(out, "  claim: {claim}");
    }
    for s in &r.sources {
        let _ = writeln!(out, "  source: {}", s.citation());
    }
    for (section, years) in r.section_summaries() {
        let _ = writeln!(out, "  {section} {years}:");
        for line in section_lines(r, section) {
            let _ = writeln!(out, "    {line}");
        }
    }
    let _ = writeln!(out, "  sha256 {}", loaded.sha256);
    if loaded.warnings.is_empty() {
        let _ = writeln!(out, "  no warnings");
    } else {
        let _ = writeln!(out, "  warnings ({}):", loaded.warnings.len());
        for w in &loaded.warnings {
            let tag = match w.severity {
                Severity::Note => "note",
                Severity::Inconsistency => "inconsistency",
            };
            let _ = writeln!(out, "    - {tag}: {} [{}]", w.message, w.path);
        }
    }
}

fn parts_text(parts: &Parts) -> String {
    parts
        .iter()
        .map(|(label, f)| format!("{label} {}", f.long(Unit::Count)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn count(f: Option<&Figure>) -> String {
    f.map_or_else(|| "no total given".to_owned(), |f| f.long(Unit::Count))
}

/// One line per entry of a section, with every figure and its qualifier.
pub fn section_lines(r: &Report, section: &str) -> Vec<String> {
    match section {
        "funding" => r
            .funding
            .iter()
            .map(|f| {
                let amounts: Vec<String> = [
                    f.mmk.as_ref().map(|m| m.long(Unit::Mmk)),
                    f.usd.as_ref().map(|u| u.long(Unit::Usd)),
                ]
                .into_iter()
                .flatten()
                .collect();
                let rate = match (&f.mmk, &f.usd) {
                    (Some(m), Some(u)) => crate::report::model::implied_rate_words(m, u)
                        .map(|x| format!("; implied {x} kyats per US dollar"))
                        .unwrap_or_default(),
                    _ => String::new(),
                };
                format!("{} {}: {}{rate}", f.year, f.label, amounts.join(" / "))
            })
            .collect(),
        "losses" => r
            .losses
            .iter()
            .map(|l| {
                let mut line = format!(
                    "{} {}: {} ({})",
                    l.year,
                    l.side,
                    count(l.total.as_ref()),
                    parts_text(&l.breakdown)
                );
                if !l.other.is_empty() {
                    let _ = write!(line, "; beside the total: {}", parts_text(&l.other));
                }
                line
            })
            .collect(),
        "battles" => r
            .battles
            .iter()
            .flat_map(|b| {
                std::iter::once(format!("{}: {}", b.year, count(b.total.as_ref()))).chain(b.groups.iter().map(
                    move |g| {
                        format!(
                            "{} {}: {} ({})",
                            b.year,
                            g.label,
                            count(g.total.as_ref()),
                            parts_text(&g.breakdown)
                        )
                    },
                ))
            })
            .collect(),
        "townships" => r
            .townships
            .iter()
            .map(|t| {
                let total = match &t.total {
                    Some(f) => f.long(Unit::Count),
                    None => format!(
                        "{} (assumed)",
                        crate::report::figure::thousands(Townships::DEFAULT_TOTAL)
                    ),
                };
                format!(
                    "as of {}: {} of {total} townships; {} towns named",
                    t.as_of,
                    parts_text(&t.breakdown),
                    t.towns.len()
                )
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The JSON report, for scripts.
pub fn json(results: &[FileResult]) -> String {
    let files: Vec<serde_json::Value> = results
        .iter()
        .map(|(path, result)| match result {
            Ok(loaded) => serde_json::json!({
                "file": path.display().to_string(),
                "read": true,
                "sha256": loaded.sha256,
                "title": loaded.report.title,
                "sections": loaded.report.section_summaries().into_iter().map(|(s, y)| serde_json::json!({"section": s, "covers": y})).collect::<Vec<_>>(),
                "report": loaded.report,
                "warnings": loaded.warnings,
            }),
            Err(e) => serde_json::json!({
                "file": path.display().to_string(),
                "read": false,
                "error": {
                    "message": e.to_string(),
                    "line": e.position.map(|p| p.0),
                    "column": e.position.map(|p| p.1),
                    "path": e.path,
                    "reason": e.message,
                },
            }),
        })
        .collect();
    let data = dataset(results);
    let conflicts: Vec<serde_json::Value> = data
        .conflicts()
        .iter()
        .map(|c| {
            serde_json::json!({
                "series": c.key,
                "when": c.when,
                "message": data.describe_conflict(c),
                "claims": c.claims.iter().map(|claim| serde_json::json!({
                    "figure": claim.figure,
                    "files": claim.sources.iter().filter_map(|&i| data.reports.get(i).map(|r| r.name.clone())).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let doc = serde_json::json!({ "files": files, "conflicts": conflicts });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// The charts `--chart` chose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartSelection(pub Vec<crate::charts::ChartKind>);

/// Parses `--chart`: a chart's key (`funding`, `losses`, …) or `all`.
pub fn parse_chart(text: &str) -> Result<ChartSelection, String> {
    use crate::charts::ChartKind;
    if text == "all" {
        return Ok(ChartSelection(ChartKind::ALL.to_vec()));
    }
    ChartKind::ALL
        .into_iter()
        .find(|k| k.key() == text)
        .map(|k| ChartSelection(vec![k]))
        .ok_or_else(|| {
            let keys: Vec<&str> = ChartKind::ALL.iter().map(|k| k.key()).collect();
            format!("expected one of {} or all, found `{text}`", keys.join(", "))
        })
}

/// `--theme` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeArg {
    /// Dark text on white.
    Light,
    /// Light text on dark grey.
    Dark,
}

/// Parses `--preset`: `social`, `article`, `square`, `mobile` or `print`.
pub fn parse_preset(text: &str) -> Result<crate::export::Preset, String> {
    crate::export::Preset::find(text).ok_or_else(|| {
        let keys: Vec<&str> = crate::export::PRESETS.iter().map(|p| p.key).collect();
        format!("expected one of {}, found `{text}`", keys.join(", "))
    })
}

/// Parses `1600x900`.
pub fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text
        .split_once(['x', 'X', '×'])
        .ok_or_else(|| format!("expected WIDTHxHEIGHT, like 1600x900, found `{text}`"))?;
    let number = |s: &str| {
        s.trim()
            .parse::<u32>()
            .map_err(|_| format!("expected WIDTHxHEIGHT, like 1600x900, found `{text}`"))
    };
    Ok((number(w)?, number(h)?))
}

/// Renders charts of the given files into `out`; returns the files written.
pub fn render(
    files: &[PathBuf],
    charts: &[crate::charts::ChartKind],
    out: &std::path::Path,
    size: crate::export::ExportSize,
    with_text: bool,
) -> Result<Vec<PathBuf>, String> {
    use crate::io::write_atomically;
    size.validate()?;
    let mut reports = Vec::new();
    for path in files {
        reports.push(LoadedReport::from_path(path).map_err(|e| e.to_string())?);
    }
    let data = Dataset::merge(reports);
    let options = crate::charts::ChartOptions::default();
    std::fs::create_dir_all(out).map_err(|e| format!("could not create the folder: {e}: {}", out.display()))?;
    let stamp = crate::export::Stamp::now(&data);
    let mut written = Vec::new();
    for kind in charts {
        let chart = kind.prepare(&data, &options);
        let picture = crate::export::Picture::new(chart.clone(), &options, stamp.clone());
        let path = out.join(picture.file_name("png"));
        write_atomically(&path, &picture.png(size)?)?;
        written.push(path);
        if with_text {
            let alt = out.join(picture.file_name("txt"));
            write_atomically(&alt, format!("{}\n", picture.alt_text).as_bytes())?;
            written.push(alt);
            let csv = out.join(picture.file_name("csv"));
            write_atomically(&csv, crate::export::csv::chart(&data, &*chart, &options).as_bytes())?;
            written.push(csv);
        }
    }
    Ok(written)
}
