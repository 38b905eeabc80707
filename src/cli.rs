//! The subcommands beside the window: `check` reads report files (JSON or CSV) and prints what
//! was read, the warnings, and the conflicts across files, as text for people or JSON for
//! scripts; `render` draws charts to PNG files; `convert` turns a report file into the other
//! format; `schema` gives the JSON Schema of format 1.

pub mod events;

use std::fmt::Write as _;
use std::path::PathBuf;

use crate::report::model::figure::{Figure, Unit};
use crate::report::model::{Parts, Report, Townships};
use crate::report::{Dataset, LoadedReport, ReadError, Severity, Subject, Warning};

/// The outcome of reading one file: its reports (a CSV table may hold several), or why not.
pub type FileResult = (PathBuf, Result<Vec<LoadedReport>, ReadError>);

/// Reads every file, JSON or CSV; errors are kept per file.
pub fn read_all(paths: &[PathBuf]) -> Vec<FileResult> {
    paths
        .iter()
        .map(|p| (p.clone(), crate::report::dataset::open::read_path(p)))
        .collect()
}

/// The exit code for a set of results: 0 when every file was read, 1 otherwise.
pub fn exit_code(results: &[FileResult]) -> u8 {
    u8::from(results.iter().any(|(_, r)| r.is_err()))
}

/// Merges the files that were read.
fn dataset(results: &[FileResult]) -> Dataset {
    Dataset::merge(
        results
            .iter()
            .filter_map(|(_, r)| r.as_ref().ok())
            .flatten()
            .cloned()
            .collect(),
    )
}

/// The text report, for a terminal.
pub fn text(results: &[FileResult]) -> String {
    let mut out = String::new();
    for (path, result) in results {
        match result {
            Ok(reports) => {
                for (i, loaded) in reports.iter().enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    file_text(&mut out, loaded);
                }
            }
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
    let shown = match &loaded.path {
        // A report of a table is named after the file it was exported from.
        Some(p) if crate::report::format::read::display_name(p) != loaded.name => {
            format!("{} ({})", p.display(), loaded.name)
        }
        Some(p) => p.display().to_string(),
        None => loaded.name.clone(),
    };
    let _ = writeln!(out, "{shown}: read");
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
    let warnings = with_map_notes(loaded);
    if warnings.is_empty() {
        let _ = writeln!(out, "  no warnings");
    } else {
        let _ = writeln!(out, "  warnings ({}):", warnings.len());
        for w in &warnings {
            let tag = match w.severity {
                Severity::Note => "note",
                Severity::Inconsistency => "inconsistency",
            };
            let _ = writeln!(out, "    - {tag}: {} [{}]", w.message, w.path);
        }
    }
}

/// The report's warnings, and a note for each named town or listed township the map cannot place
/// (the gazetteer is read only for a report that names some).
fn with_map_notes(loaded: &LoadedReport) -> Vec<Warning> {
    let mut warnings = loaded.warnings.clone();
    if loaded
        .report
        .townships
        .iter()
        .any(|t| !t.towns.is_empty() || !t.areas.is_empty())
    {
        warnings.extend(
            crate::report::places::unplaced(&loaded.report)
                .into_iter()
                .map(|u| Warning {
                    severity: Severity::Note,
                    path: u.path,
                    subject: Subject::Townships {
                        as_of: u.as_of.to_string(),
                    },
                    message: u.message,
                }),
        );
    }
    warnings
}

fn parts_text(parts: &Parts) -> String {
    parts
        .iter()
        .map(|(label, f)| format!("{label} {}", f.long_in(crate::i18n::Tr::EN, Unit::Count)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn count(f: Option<&Figure>) -> String {
    f.map_or_else(
        || "no total given".to_owned(),
        |f| f.long_in(crate::i18n::Tr::EN, Unit::Count),
    )
}

/// One line per entry of a section, with every figure and its qualifier.
pub fn section_lines(r: &Report, section: &str) -> Vec<String> {
    match section {
        "funding" => r
            .funding
            .iter()
            .map(|f| {
                let amounts: Vec<String> = [
                    f.mmk.as_ref().map(|m| m.long_in(crate::i18n::Tr::EN, Unit::Mmk)),
                    f.usd.as_ref().map(|u| u.long_in(crate::i18n::Tr::EN, Unit::Usd)),
                ]
                .into_iter()
                .flatten()
                .collect();
                let rate = match (&f.mmk, &f.usd) {
                    (Some(m), Some(u)) => crate::report::model::implied_rate_words_in(crate::i18n::Tr::EN, m, u)
                        .map(|x| format!("; implied {x} kyats per US dollar"))
                        .unwrap_or_default(),
                    _ => String::new(),
                };
                let restated = if f.restated { " (restated)" } else { "" };
                format!("{} {}{restated}: {}{rate}", f.year, f.label, amounts.join(" / "))
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
                if l.restated {
                    line.push_str(" (restated)");
                }
                line
            })
            .collect(),
        "battles" => r
            .battles
            .iter()
            .flat_map(|b| {
                let restated = if b.restated { " (restated)" } else { "" };
                std::iter::once(format!("{}{restated}: {}", b.year, count(b.total.as_ref()))).chain(
                    b.groups.iter().map(move |g| {
                        format!(
                            "{} {}: {} ({})",
                            b.year,
                            g.label,
                            count(g.total.as_ref()),
                            parts_text(&g.breakdown)
                        )
                    }),
                )
            })
            .collect(),
        "townships" => r
            .townships
            .iter()
            .map(|t| {
                let total = match &t.total {
                    Some(f) => f.long_in(crate::i18n::Tr::EN, Unit::Count),
                    None => format!(
                        "{} (assumed)",
                        crate::report::model::figure::thousands(Townships::DEFAULT_TOTAL)
                    ),
                };
                let listed = if t.areas.is_empty() {
                    String::new()
                } else {
                    format!("; {} townships listed", t.areas.len())
                };
                format!(
                    "as of {}: {} of {total} townships{listed}; {} towns named",
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
        .flat_map(|(path, result)| match result {
            Ok(reports) => reports.iter().map(|loaded| serde_json::json!({
                "file": path.display().to_string(),
                "name": loaded.name,
                "read": true,
                "sha256": loaded.sha256,
                "title": loaded.report.title,
                "sections": loaded.report.section_summaries().into_iter().map(|(s, y)| serde_json::json!({"section": s, "covers": y})).collect::<Vec<_>>(),
                "report": loaded.report,
                "warnings": with_map_notes(loaded),
            })).collect::<Vec<_>>(),
            Err(e) => vec![serde_json::json!({
                "file": path.display().to_string(),
                "read": false,
                "error": {
                    "message": e.to_string(),
                    "line": e.position.map(|p| p.0),
                    "column": e.position.map(|p| p.1),
                    "path": e.path,
                    "reason": e.message,
                },
            })],
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

/// [`json`] with the event files read beside the reports, under `event_files`.
pub fn json_with_events(results: &[FileResult], events: &[events::EventResult]) -> String {
    if events.is_empty() {
        return json(results);
    }
    let mut doc: serde_json::Value = serde_json::from_str(&json(results)).unwrap_or_default();
    let counts: serde_json::Value = serde_json::from_str(&events::json(
        events,
        &[],
        &crate::report::events::Aggregation::default(),
    ))
    .unwrap_or_default();
    if let Some(map) = doc.as_object_mut() {
        map.insert("event_files".to_owned(), counts["files"].clone());
    }
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// The charts `--chart` chose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartSelection(pub Vec<crate::charts::ChartKind>);

/// A language of `render --lang`: `en` or `my`.
pub fn parse_lang(text: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::ALL
        .into_iter()
        .find(|l| l.code() == text)
        .ok_or_else(|| format!("expected en or my, found `{text}`"))
}

/// The digits of `render --digits`: `latin` or `myanmar`.
pub fn parse_digits(text: &str) -> Result<crate::i18n::Digits, String> {
    match text {
        "latin" => Ok(crate::i18n::Digits::Latin),
        "myanmar" => Ok(crate::i18n::Digits::Myanmar),
        _ => Err(format!("expected latin or myanmar, found `{text}`")),
    }
}

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

/// Parses `--format`: `png`, `svg` or `pdf`.
pub fn parse_format(text: &str) -> Result<crate::export::vector::PictureFormat, String> {
    crate::export::vector::PictureFormat::from_extension(text.trim())
        .ok_or_else(|| format!("expected png, svg or pdf, found `{text}`"))
}

/// Parses `--svg-text`: `text` or `outlines`.
pub fn parse_svg_text(text: &str) -> Result<crate::export::vector::SvgText, String> {
    crate::export::vector::SvgText::from_key(text).ok_or_else(|| format!("expected text or outlines, found `{text}`"))
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

/// How `render` draws: the picture's size, whether the alt text and CSV go beside it, the
/// language and digits, the file format, and how event files are counted.
pub struct Rendering {
    /// The picture's size and scale.
    pub size: crate::export::ExportSize,
    /// Write the alt text (.txt) and the chart's CSV beside each picture.
    pub with_text: bool,
    /// The language and digits of the words.
    pub tr: crate::i18n::Tr,
    /// PNG, SVG or PDF (each PDF with the input reports attached).
    pub format: crate::export::vector::PictureFormat,
    /// How an SVG writes its text.
    pub svg_text: crate::export::vector::SvgText,
    /// How event files are counted for the claims-and-records chart.
    pub aggregation: crate::report::events::Aggregation,
    /// Township boundaries for the map, and who made them when given.
    pub boundaries: Option<(PathBuf, Option<String>)>,
}

/// Renders charts of the given files into `out` as `how` says; returns the files written.
pub fn render(
    files: &[PathBuf],
    charts: &[crate::charts::ChartKind],
    out: &std::path::Path,
    how: Rendering,
) -> Result<Vec<PathBuf>, String> {
    let Rendering {
        size,
        with_text,
        tr,
        format,
        svg_text,
        aggregation,
        boundaries,
    } = how;
    use crate::io::write_atomically;
    size.validate()?;
    let (event_paths, files) = events::partition(files);
    let mut reports = Vec::new();
    for path in &files {
        reports.extend(crate::report::dataset::open::read_path(path).map_err(|e| e.to_string())?);
    }
    let read_events = events::read_all(&event_paths);
    if let Some((_, Err(e))) = read_events.iter().find(|(_, r)| r.is_err()) {
        return Err(e.to_string());
    }
    let boundaries = boundaries
        .map(|(path, credit)| boundary_layer(&path, credit))
        .transpose()?;
    let data = Dataset::merge(reports);
    let options = crate::charts::ChartOptions {
        tr,
        records: events::records(&read_events, aggregation),
        boundaries: boundaries.map(std::sync::Arc::new),
        ..crate::charts::ChartOptions::default()
    };
    std::fs::create_dir_all(out).map_err(|e| format!("could not create the folder: {e}: {}", out.display()))?;
    let stamp = crate::export::Stamp::now(&data);
    let attachments: Vec<_> = if format == crate::export::vector::PictureFormat::Pdf {
        data.reports.iter().map(crate::export::pdf::Attachment::of).collect()
    } else {
        Vec::new()
    };
    let mut written = Vec::new();
    for kind in charts {
        let chart = kind.prepare(&data, &options);
        let picture = crate::export::Picture::new(chart.clone(), &options, stamp.clone());
        let path = out.join(picture.file_name(format.extension()));
        write_atomically(&path, &picture.encode(format, size, svg_text, &attachments)?)?;
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

/// Township boundaries read, joined and prepared for the map; who made them as `credit` says,
/// else as the file says. What did not join, and a file that does not say who made it, are told
/// on standard error.
pub fn boundary_layer(
    path: &std::path::Path,
    credit: Option<String>,
) -> Result<crate::charts::map::filled::TownshipLayer, String> {
    let name = crate::report::format::read::display_name(path);
    let read = crate::report::places::boundaries::read(path)
        .map_err(|e| format!("{name} cannot be used as township boundaries: {e}"))?;
    let mut layer = crate::charts::map::filled::TownshipLayer::prepare(read, name.clone(), Some(path.to_path_buf()));
    if let Some(credit) = credit.map(|c| c.trim().to_owned()).filter(|c| !c.is_empty()) {
        layer.attribution = Some(credit);
    }
    eprintln!(
        "fieldreport render: {name}: {} of {} townships joined; {} features not joined",
        layer.townships.len(),
        layer.townships.len() + layer.missing,
        layer.unjoined.len()
    );
    for u in &layer.unjoined {
        eprintln!("  feature {} {}: {}", u.feature, u.label, u.why);
    }
    for repair in &layer.repairs {
        eprintln!("  {repair}");
    }
    if layer.attribution.is_none() {
        eprintln!(
            "fieldreport render: {name} does not say who made these boundaries; the pictures say \"source not given\" (give --boundaries-credit)"
        );
    }
    Ok(layer)
}

/// The JSON Schema of format 1 (`assets/fieldreport.schema.json`, built into the program).
pub const SCHEMA: &str = include_str!("../assets/fieldreport.schema.json");

/// Why `convert` stopped.
#[derive(Debug, PartialEq, Eq)]
pub struct ConvertError {
    /// True when the command was called wrongly (exit code 2), false when a file could not be
    /// read or written (exit code 1).
    pub usage: bool,
    /// What went wrong, in words.
    pub message: String,
}

impl ConvertError {
    fn usage(message: String) -> Self {
        Self { usage: true, message }
    }

    fn failed(message: String) -> Self {
        Self { usage: false, message }
    }
}

/// `fieldreport convert IN OUT`: reads IN (JSON or CSV, by its content) and writes OUT in the
/// format its extension names: `.json` (one report), `.csv` (every report of IN), or a folder
/// (OUT existing as one, or ending in `/`): one JSON file per report, named after the report.
/// An existing file is overwritten only with `force`. With `zawgyi_to_unicode`, every text that
/// looks typed in Zawgyi is written in Unicode. Returns the files written, and the fields
/// converted from Zawgyi (`review.json: title`).
pub fn convert(
    input: &std::path::Path,
    output: &std::path::Path,
    force: bool,
    zawgyi_to_unicode: bool,
) -> Result<(Vec<PathBuf>, Vec<String>), ConvertError> {
    use crate::report::dataset::open::Format;
    let to_folder = output.is_dir() || output.as_os_str().to_string_lossy().ends_with('/');
    let format = if to_folder {
        None
    } else {
        match Format::of_extension(output) {
            Some(format) if output.extension().is_some_and(|e| e != "tsv") => Some(format),
            _ => {
                return Err(ConvertError::usage(format!(
                    "expected OUT to end in .json or .csv, or to be a folder (for one JSON file per report), found `{}`",
                    output.display()
                )));
            }
        }
    };
    let name = crate::report::format::read::display_name(input);
    let bytes = crate::report::format::read::read_file(input).map_err(|e| ConvertError::failed(e.to_string()))?;
    let mut reports = crate::report::dataset::open::read_bytes(&bytes, &name, Some(input.to_owned()))
        .map_err(|e| ConvertError::failed(e.to_string()))?;
    let mut converted = Vec::new();
    if zawgyi_to_unicode {
        for loaded in &mut reports {
            for field in crate::report::checks::zawgyi::to_unicode(&mut loaded.report) {
                converted.push(format!("{}: {field}", loaded.name));
            }
        }
    }
    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    match format {
        Some(Format::Csv) => {
            let text = Dataset::merge(reports).table_csv();
            files.push((output.to_owned(), text.into_bytes()));
        }
        Some(Format::Json) => {
            if let [one] = reports.as_slice() {
                files.push((
                    output.to_owned(),
                    crate::report::format::write::to_json(&one.report).into_bytes(),
                ));
            } else {
                let names: Vec<&str> = reports.iter().map(|r| r.name.as_str()).collect();
                return Err(ConvertError::usage(format!(
                    "{name} holds {} reports ({}); a JSON file holds one: give a folder as OUT (`fieldreport convert {} DIR/`) to write each to its own file",
                    reports.len(),
                    names.join(", "),
                    input.display()
                )));
            }
        }
        None => {
            let mut taken = std::collections::HashSet::new();
            for (i, loaded) in reports.iter().enumerate() {
                let file = json_name(&loaded.name, i, &mut taken);
                files.push((
                    output.join(file),
                    crate::report::format::write::to_json(&loaded.report).into_bytes(),
                ));
            }
        }
    }
    if !force && let Some((existing, _)) = files.iter().find(|(p, _)| p.exists()) {
        return Err(ConvertError::usage(format!(
            "{} exists already; add --force to overwrite it",
            existing.display()
        )));
    }
    if to_folder {
        std::fs::create_dir_all(output)
            .map_err(|e| ConvertError::failed(format!("could not create the folder: {e}: {}", output.display())))?;
        crate::io::write_together(&files).map_err(ConvertError::failed)?;
    } else {
        for (path, bytes) in &files {
            crate::io::write_atomically(path, bytes).map_err(ConvertError::failed)?;
        }
    }
    Ok((files.into_iter().map(|(p, _)| p).collect(), converted))
}

/// A safe file name for a report written into a folder: its own name without any folder, with
/// `.json` for its extension; a number keeps two apart.
fn json_name(name: &str, index: usize, taken: &mut std::collections::HashSet<String>) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let stem = std::path::Path::new(base)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty() && !s.starts_with('.'))
        .unwrap_or_else(|| format!("report-{}", index + 1));
    let mut file = format!("{stem}.json");
    let mut n = 2;
    while !taken.insert(file.clone()) {
        file = format!("{stem}-{n}.json");
        n += 1;
    }
    file
}
