//! What the fuzz targets run on each input: the whole pipeline from bytes to exports, and the
//! properties it must keep whatever the bytes.
//!
//! - [`pipeline`]: read and check, merge with the bundled sample (so conflicts arise), describe
//!   the conflicts, prepare every chart, write both CSVs. Any panic is a bug.
//! - [`invariants`]: the same, and asserts what must hold: errors name the file and a place
//!   inside it; the dataset CSV reads back as the report, and every figure reaches it with its
//!   value and qualifier; every row of the chart CSVs is one of its figures; a file merged with
//!   itself conflicts with nothing new.

use fieldreport::charts::{ChartKind, ChartOptions, Currency};
use fieldreport::i18n::Tr;
use fieldreport::report::edit::table::{Field, Sheet, Table, paste};
use fieldreport::report::{Dataset, LoadedReport, ReadError, Section, Unit, model::series::figures};

/// The name the fuzzed file is read under.
pub const FILE: &str = "fuzz.json";

/// The bundled sample report, read once per process: the fuzzer runs each target many times in
/// one process, and reading the sample again for every input would be most of its work.
fn sample() -> LoadedReport {
    static SAMPLE: std::sync::OnceLock<LoadedReport> = std::sync::OnceLock::new();
    SAMPLE.get_or_init(fieldreport::report::sample).clone()
}

/// Prepares every chart and writes every CSV of a dataset: the chart CSVs (one per chart, in
/// `options`' currency) and the whole-dataset CSV last.
pub fn charts_and_csv(data: &Dataset, options: &ChartOptions) -> Vec<String> {
    let charts = fieldreport::charts::Charts::prepare(data, options);
    let mut out: Vec<String> = ChartKind::ALL
        .iter()
        .map(|&kind| fieldreport::export::csv::chart(data, &**charts.get(kind), options))
        .collect();
    out.push(fieldreport::export::csv::dataset(data));
    out
}

/// Read, merge with the sample, conflicts, charts and CSVs. Returns the report when it was read.
pub fn pipeline(bytes: &[u8]) -> Option<LoadedReport> {
    let loaded = LoadedReport::from_bytes(bytes, FILE, None).ok()?;
    let data = Dataset::merge(vec![sample(), loaded.clone()]);
    for conflict in data.conflicts() {
        let _ = data.describe_conflict(&conflict);
    }
    let _ = charts_and_csv(&data, &ChartOptions::default());
    Some(loaded)
}

/// The pipeline with its properties asserted; panics (a crash for the fuzzer) when one fails.
pub fn invariants(bytes: &[u8]) {
    let loaded = match LoadedReport::from_bytes(bytes, FILE, None) {
        Ok(loaded) => loaded,
        Err(error) => return error_is_located(bytes, &error),
    };
    let alone = Dataset::merge(vec![loaded.clone()]);
    csv_keeps_every_figure(&loaded, &alone);
    conflicts_are_described(&alone);

    let twice = Dataset::merge(vec![loaded.clone(), loaded.clone()]);
    assert_eq!(
        twice.conflicts().len(),
        alone.conflicts().len(),
        "a file merged with itself must add no conflict"
    );

    let with_sample = Dataset::merge(vec![sample(), loaded]);
    conflicts_are_described(&with_sample);
    changes_are_numbers(&with_sample);
    let _ = charts_and_csv(&with_sample, &ChartOptions::default());
}

/// An error names the file first, and its line:column lies inside the text.
fn error_is_located(bytes: &[u8], error: &ReadError) {
    let text = error.to_string();
    assert_eq!(error.file, FILE);
    assert!(
        text.starts_with(&format!("{FILE}:")),
        "error does not start with the file name: {text}"
    );
    assert!(!error.message.is_empty(), "error without a message: {text}");
    if let Some((line, column)) = error.position {
        let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
        assert!(line >= 1 && column >= 1, "position {line}:{column} in {text}");
        assert!(line <= lines, "line {line} of a {lines}-line file: {text}");
    }
}

/// The dataset CSV (the spreadsheet table) reads back as the report, every figure of the report
/// is a row of it with its series, time, value and qualifier, its words keep the qualifier, and
/// every row of the chart CSVs is one of its figures.
fn csv_keeps_every_figure(loaded: &LoadedReport, data: &Dataset) {
    use fieldreport::report::format::csv;
    let mmk = charts_and_csv(data, &ChartOptions::default());
    let usd = charts_and_csv(
        data,
        &ChartOptions {
            currency: Currency::Usd,
            ..ChartOptions::default()
        },
    );
    // The dataset CSV comes after one CSV per chart.
    let table = &mmk[ChartKind::ALL.len()];
    table_reads_back(loaded, table);
    let whole = parse_csv(table);
    let header = &whole[0];
    assert_eq!(header.len(), csv::COLUMNS.len(), "header: {header:?}");
    let col = |name: &str| header.iter().position(|h| h == name).expect("a column of the table");
    let (section, series, category, role, when, value, qualifier, shown_as) = (
        col("section"),
        col("series"),
        col("category"),
        col("role"),
        col("when"),
        col("value"),
        col("qualifier"),
        col("shown_as"),
    );
    for row in &whole[1..] {
        assert_eq!(row.len(), header.len(), "row with {} cells: {row:?}", row.len());
    }
    let rows: Vec<&Vec<String>> = whole[1..]
        .iter()
        .filter(|row| matches!(row[role].as_str(), "amount" | "total" | "part" | "other"))
        .collect();
    assert_eq!(
        rows.len(),
        figures(&loaded.report).len(),
        "one row per figure of the report"
    );

    for (key, at, figure) in figures(&loaded.report) {
        let role_name = format!("{:?}", key.role).to_lowercase();
        let found = rows.iter().any(|row| {
            row[section] == key.section.name()
                && row[series] == defused(&key.series)
                && row[category] == defused(&key.category)
                && row[role] == role_name
                && row[when] == at.to_string()
                && row[value].parse::<f64>().ok() == Some(figure.value)
                && row[qualifier] == figure.qualifier.key()
        });
        assert!(found, "no CSV row for {key:?} {at} {figure:?}");
    }
    for row in &rows {
        // A figure is a non-negative number: its cell reads as one in a spreadsheet.
        assert!(
            row[value].parse::<f64>().is_ok_and(|v| v >= 0.0) && !row[value].starts_with(['-', '\'']),
            "the value cell {:?} is not a plain non-negative number: {row:?}",
            row[value]
        );
        let words = qualifier_words(&row[qualifier]);
        assert!(
            row[shown_as].trim_start_matches('\'').starts_with(words),
            "qualifier {} lost in the words {:?}",
            row[qualifier],
            row[shown_as]
        );
    }

    // Every row of the chart CSVs (section, series, category, role, when, value, qualifier) is a
    // figure of the table: funding in the chosen currency, each other section whole.
    let figure_rows: std::collections::HashSet<Vec<String>> = rows
        .iter()
        .map(|row| {
            [section, series, category, role, when, value, qualifier]
                .map(|i| row[i].clone())
                .to_vec()
        })
        .collect();
    for (i, kind) in ChartKind::ALL.iter().enumerate() {
        let mut chart = parse_csv(&mmk[i]);
        if kind.section() == Section::Funding {
            chart.extend(parse_csv(&usd[i]).into_iter().skip(1));
        }
        for row in chart.iter().skip(1) {
            assert!(
                figure_rows.contains(&row[..7]),
                "{kind:?} chart row not in the table: {row:?}"
            );
        }
    }
}

/// The table of one report reads back as that report: the same table when written again (a
/// table cannot tell an empty text from none, so the two tables are compared, not the reports).
/// A report with no entry, or with a zero character in a text, has no table of its own.
pub fn table_reads_back(loaded: &LoadedReport, table: &str) {
    use fieldreport::report::format::csv;
    let r = &loaded.report;
    if (r.funding.is_empty() && r.losses.is_empty() && r.battles.is_empty() && r.townships.is_empty())
        || table.contains('\0')
    {
        return;
    }
    let back = csv::parse(table.as_bytes(), "fuzz.csv").unwrap_or_else(|e| panic!("the table does not read back: {e}"));
    assert_eq!(back.len(), 1, "one report");
    assert_eq!(back[0].0, loaded.name);
    assert_eq!(
        csv::write_one(FILE, &back[0].1.report),
        csv::write_one(FILE, r),
        "the table read back is another report"
    );
}

/// Every conflict has claims that differ, and its words give each claim's value and files.
fn conflicts_are_described(data: &Dataset) {
    for conflict in data.conflicts() {
        assert!(conflict.claims.len() > 1, "{conflict:?}");
        let text = data.describe_conflict(&conflict);
        let unit: Unit = conflict.key.unit();
        for (i, claim) in conflict.claims.iter().enumerate() {
            for other in &conflict.claims[i + 1..] {
                assert!(
                    !claim.figure.same_claim(&other.figure),
                    "equal claims in a conflict: {conflict:?}"
                );
            }
            assert!(text.contains(&claim.figure.long_in(Tr::EN, unit)), "{text}");
            assert!(text.contains(&data.source_names(&claim.sources)), "{text}");
        }
    }
}

/// Year-over-year changes are worded with finite numbers, whatever the values.
fn changes_are_numbers(data: &Dataset) {
    for series in &data.series {
        for change in series.changes() {
            assert!(change.abs.is_finite(), "{change:?}");
            assert!(change.pct.is_none_or(f64::is_finite), "{change:?}");
            assert!(change.from_year < change.to_year, "{change:?}");
            for text in [change.label_in(Tr::EN), change.describe_in(Tr::EN, series.key.unit())] {
                assert!(!text.contains("NaN") && !text.contains("inf"), "{text}");
            }
        }
    }
}

/// The words a qualifier puts before a value in the CSV's `shown_as` column.
fn qualifier_words(key: &str) -> &'static str {
    fieldreport::report::Qualifier::ALL
        .iter()
        .find(|q| q.key() == key)
        .map_or("", |q| q.words())
}

/// A text cell as the CSV writes it, before quoting: text a spreadsheet would run as a formula
/// gets a leading `'`.
fn defused(text: &str) -> String {
    let quoted = fieldreport::report::format::csv::cell(text);
    match quoted.strip_prefix('"').and_then(|q| q.strip_suffix('"')) {
        Some(inner) => inner.replace("\"\"", "\""),
        None => quoted,
    }
}

/// Reads CSV text (RFC 4180 quoting) into rows of cells.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(!quoted, "CSV ends inside a quoted cell");
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

/// The name the fuzzed spreadsheet table is read under.
pub const TABLE_FILE: &str = "fuzz.csv";

/// The CSV table reader with its properties asserted: a refused table's error starts with the
/// file's name; every report read from it is written as a table again, and that table reads back
/// as the same report (the reader and writer agree whatever the cells held).
pub fn table(bytes: &[u8]) {
    use fieldreport::report::format::csv;
    let reports = match csv::parse(bytes, TABLE_FILE) {
        Ok(reports) => reports,
        Err(error) => {
            let text = error.to_string();
            assert!(text.starts_with(TABLE_FILE), "the error names the table: {text}");
            return;
        }
    };
    for (name, parsed) in &reports {
        let again = csv::write_one(name, &parsed.report);
        let read = csv::parse(again.as_bytes(), TABLE_FILE)
            .unwrap_or_else(|e| panic!("a table written from {name} is refused: {e}\n{again}"));
        assert_eq!(read.len(), 1, "one report written, one read: {again}");
        assert_eq!(read[0].1.report, parsed.report, "the table reads back as the report");
    }
}

/// The bundled sample cut to the first two entries of each list (sources, rows of funding, losses
/// and battles, township snapshots, and each snapshot's towns and areas), made once per process:
/// a paste at the second row both replaces a row and adds rows, as in the whole sample, and the
/// report writes and reads back in a fraction of the time, which [`cells`] does for each sheet.
struct Small {
    report: fieldreport::report::Report,
    /// [`report`](Small::report) cut further to what [`cell_reads_alike`]'s two cells need (the
    /// sources, the first row of funding and of losses), so that the table it reads for each
    /// cell is a third as long.
    cells: fieldreport::report::Report,
    /// For each of [`cell_reads_alike`]'s columns: its sheet, the sheet's grid, the column's
    /// index, and the table [`cells`](Small::cells) writes with [`MARK`] in that cell.
    columns: [(Sheet, Table, usize, String); 2],
}

/// A value the sample does not hold, written in the table's value column and replaced there.
const MARK: f64 = 987_654_321.0;

fn small() -> &'static Small {
    use fieldreport::report::format::{csv, write::to_checked_json};
    use fieldreport::report::{Figure, Qualifier};
    static SMALL: std::sync::OnceLock<Small> = std::sync::OnceLock::new();
    SMALL.get_or_init(|| {
        let mut report = sample().report;
        report.sources.truncate(2);
        report.funding.truncate(2);
        report.losses.truncate(2);
        report.battles.truncate(2);
        report.townships.truncate(2);
        for snapshot in &mut report.townships {
            snapshot.towns.truncate(2);
            snapshot.areas.truncate(2);
        }
        let mut cells = report.clone();
        cells.funding.truncate(1);
        cells.losses.truncate(1);
        cells.battles.clear();
        cells.townships.clear();
        for cut in [&report, &cells] {
            let json = to_checked_json(cut, FILE).expect("the cut sample is a valid report");
            let read = LoadedReport::from_bytes(json.as_bytes(), FILE, None).expect("the cut sample reads");
            assert_eq!(read.report, *cut, "the cut sample reads back the same");
        }
        let columns = [(Sheet::Losses, Field::Total), (Sheet::Funding, Field::Mmk)].map(|(sheet, field)| {
            let grid = Table::of(&cells, sheet, &[]);
            let col = grid
                .columns
                .iter()
                .position(|f| *f == field)
                .expect("the sheet has the column");
            let mut marked = cells.clone();
            grid.set_figure(&mut marked, 0, col, Some(Figure::new(MARK, Qualifier::Exact)))
                .expect("a figure cell");
            let written = csv::write_one(FILE, &marked);
            let marks = written.matches(&format!(",{MARK},")).count();
            assert_eq!(marks, 1, "the marked value, once: {written}");
            (sheet, grid, col, written)
        });
        Small { report, cells, columns }
    })
}

/// A cell's text read the three ways a figure arrives: typed into the editor, pasted from a
/// spreadsheet, and as the value of a figure row in a CSV table; in the first losses total (a
/// count) and the first funding in kyats (money) of the sample cut to those rows and its sources
/// ([`Small::cells`]). Typing and pasting read it alike: both take it into the same report, or both
/// refuse it and leave the report as it was. What the table reads, the editor reads too, as
/// the same number (kept as its cells keep numbers, [`figure_text::significant`]); a number
/// alone the table refuses, the editor refuses too. The text must be one cell (no tab or line
/// break). Returns what the table read in each column, so that a test can see the property was
/// reached.
///
/// [`figure_text::significant`]: fieldreport::report::model::figure_text::significant
pub fn cell_reads_alike(text: &str) -> [Option<f64>; 2] {
    use fieldreport::report::edit::table::{header, paste};
    use fieldreport::report::format::csv;
    use fieldreport::report::model::figure_text;
    assert!(!text.contains(['\t', '\n', '\r']), "one cell: {text:?}");
    let (base, columns) = (&small().cells, &small().columns);
    columns.each_ref().map(|(sheet, grid, col, written)| {
        let (sheet, col) = (*sheet, *col);
        let mut typed = base.clone();
        let typed_ok = grid.set(&mut typed, 0, col, text).is_ok();
        // A spreadsheet's block drops the quotes around a cell, so a text in quotes is pasted in
        // quotes once more; a cell that names a column ("Total") is pasted as a header row.
        let block = if text.len() > 1 && text.starts_with('"') && text.ends_with('"') {
            format!("\"{text}\"")
        } else {
            text.to_owned()
        };
        if header(grid, &[&block]).is_none() {
            let mut pasted = base.clone();
            let problems = paste(&mut pasted, sheet, &[], 0, col, &block);
            assert_eq!(
                problems.is_empty(),
                typed_ok,
                "{text:?}: typed and pasted, one is refused"
            );
            assert!(pasted == typed, "{text:?}: typed and pasted, the reports differ");
        }
        if !typed_ok {
            assert!(typed == *base, "{text:?}: a refused cell changed the report");
        }

        let cell = format!(",\"{}\",", text.replace('"', "\"\""));
        let table = written.replacen(&format!(",{MARK},"), &cell, 1);
        let read = csv::parse(table.as_bytes(), TABLE_FILE).ok().and_then(|mut r| r.pop());
        let Some(from_table) = read.and_then(|(_, parsed)| grid.cell(&parsed.report, 0, col).figure) else {
            // A number alone that the table refuses (negative, too large, a count with decimals),
            // the editor refuses too; words around a number are the editor's alone.
            let alone = figure_text::number(text, false).is_some();
            assert!(
                !(alone && typed_ok),
                "{text:?}: the editor takes a number the table refuses"
            );
            return None;
        };
        let typed = grid.cell(&typed, 0, col).figure.filter(|_| typed_ok);
        assert_eq!(
            typed.map(|f| (f.value, f.qualifier)),
            Some((figure_text::significant(from_table.value), from_table.qualifier)),
            "{text:?}: the table reads {}, the editor otherwise",
            from_table.value
        );
        Some(from_table.value)
    })
}

/// The sheets [`cells`] pastes into, one per input.
pub const SHEETS: [Sheet; 6] = [
    Sheet::Sources,
    Sheet::Funding,
    Sheet::Losses,
    Sheet::Battles,
    Sheet::Townships,
    Sheet::Towns(0),
];

/// [`cells_into`] the sheet chosen by the input's length, which the fuzzer changes as readily
/// as its bytes: every sheet is reached, at a sixth of the work of pasting into all six.
pub fn cells(bytes: &[u8]) {
    cells_into(bytes, SHEETS[bytes.len() % SHEETS.len()]);
}

/// The editor's cell reader and its paste, with their properties asserted. The bytes are read as
/// text: each tab-separated cell is read as a figure (a figure read is 0 or more, at most 10^15,
/// shown as text that reads back as the same figure, and the number alone reads the same with
/// the table's reader; the first also as [`cell_reads_alike`]), then the whole text is
/// pasted as a spreadsheet block into `sheet` of the sample cut to its first rows; a report the
/// paste changed is written, at most a thousand bytes for each byte pasted, and reads back the
/// same.
pub fn cells_into(bytes: &[u8], sheet: Sheet) {
    use fieldreport::report::format::write::to_checked_json;
    use fieldreport::report::model::figure_text::{self, Kind};
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    if let Some(cell) = text.split(['\t', '\n', '\r']).next() {
        let _ = cell_reads_alike(cell);
    }
    for cell in text.split(['\t', '\n']).take(200) {
        for kind in [Kind::Count, Kind::Money] {
            let Ok(Some(figure)) = figure_text::parse(cell, kind) else {
                continue;
            };
            assert!(
                figure.value >= 0.0 && figure.value <= 1e15 && figure.value.is_finite(),
                "{cell:?} read as {}",
                figure.value
            );
            let shown = figure_text::cell_text(&figure);
            let again = figure_text::parse(&shown, kind).unwrap_or_else(|e| panic!("{cell:?} shown as {shown:?}: {e}"));
            assert_eq!(
                again.as_ref().map(|f| (f.value, f.qualifier)),
                Some((figure.value, figure.qualifier)),
                "{cell:?} shown as {shown:?}"
            );
        }
        let plain = cell.trim();
        if let Some(value) = figure_text::number(plain, false)
            && value >= 0.0
            && value.fract() == 0.0
            && value <= 1e15
        {
            let typed = figure_text::parse(plain, Kind::Count).ok().flatten().map(|f| f.value);
            assert_eq!(typed, Some(value), "{plain:?}: the editor and the table read it alike");
        }
    }
    let base = &small().report;
    let mut report = base.clone();
    let _problems = paste(&mut report, sheet, &[], 1, 1, text);
    // The cut sample itself reads back the same (`small`).
    if report == *base {
        return;
    }
    if let Ok(json) = to_checked_json(&report, FILE) {
        // A paste adds at most a row per line, each of a bounded size (a label or side it
        // repeats from the row above is short): the report grows in proportion to the text.
        assert!(
            json.len() <= 1_000 * (text.len() + 64),
            "a paste of {} bytes wrote a report of {} bytes",
            text.len(),
            json.len()
        );
        let read = LoadedReport::from_bytes(json.as_bytes(), FILE, None)
            .unwrap_or_else(|e| panic!("a report written after a paste is refused: {e}"));
        assert_eq!(read.report, report, "the pasted report reads back the same");
    }
}

/// The name the fuzzed event file is read under.
pub const EVENTS_FILE: &str = "fuzz-events.csv";

/// The event-file reader (ACLED and UCDP GED exports) with its properties asserted: a refused
/// file's error starts with the file's name; a file read counts every record after its header
/// row either as an event or as a bad row; the cells hold as many events as rows were counted,
/// with deaths between their low and high estimates; per year, the All events preset counts
/// every event whose row gives a year, and per month the same events again.
pub fn events(bytes: &[u8]) {
    use fieldreport::report::events::aggregate::{Aggregation, Period, Preset, TypeFilter, aggregate};
    use fieldreport::report::events::reader::read_reader;
    let file = match read_reader(bytes, EVENTS_FILE, bytes.len() as u64, &mut |_, _| true) {
        Ok(file) => file,
        Err(error) => {
            let text = error.to_string();
            assert!(text.starts_with(EVENTS_FILE), "the error names the file: {text}");
            return;
        }
    };
    let mut records = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    // Every record after the header but a line of nothing but spaces, which the reader
    // passes over as spreadsheets leave them (found by fuzzing: the count had included them).
    let blank = |r: &csv::ByteRecord| r.len() == 1 && r.get(0).is_some_and(|f| f.trim_ascii().is_empty());
    let data_rows = records
        .byte_records()
        .skip(1)
        .filter(|r| !r.as_ref().is_ok_and(blank))
        .count() as u64;
    assert_eq!(
        file.rows + file.bad_rows,
        data_rows,
        "every record after the header is an event or a bad row"
    );
    assert!(file.bad_examples.len() as u64 <= file.bad_rows);
    let events: u64 = file.places.values().map(|t| t.events).sum();
    assert_eq!(events, file.rows, "the place cells hold every event once");
    let by_actor: u64 = file.actor_cells.values().map(|t| t.events).sum();
    assert_eq!(by_actor, file.rows, "the actor cells hold every event once");
    for t in file.places.values() {
        assert!(
            t.low <= t.deaths && t.deaths <= t.high,
            "deaths within their range: {t:?}"
        );
    }
    let all = |by| Aggregation {
        by,
        types: TypeFilter::Preset(Preset::AllEvents),
        ..Aggregation::default()
    };
    let per_year = aggregate(&file, &all(Period::Year));
    let per_month = aggregate(&file, &all(Period::Month));
    let year_events: u64 = per_year.rows.iter().map(|r| r.tally.events).sum();
    let month_events: u64 = per_month.rows.iter().map(|r| r.tally.events).sum::<u64>() + per_month.without_month.events;
    assert_eq!(year_events, month_events, "per month, the same events as per year");
    assert!(year_events <= file.rows);
    for preset in Preset::ALL {
        let _ = aggregate(
            &file,
            &Aggregation {
                types: TypeFilter::Preset(preset),
                ..Aggregation::default()
            },
        );
    }
}
