//! Writing reports as the table.

use super::*;

// ---------------------------------------------------------------------------------------------
// Writing.

/// Reports (each with its file's name) as one table; `conflicts` are the points on which the
/// files disagree. The `conflict` cell says whether a figure's point is one of them, the `sources`
/// cell cites the report's sources; neither is read back. Reports with the same name are told
/// apart by a number: "review.json (2)".
pub fn write<'a>(
    reports: impl IntoIterator<Item = (&'a str, &'a Report)>,
    conflicts: &HashSet<(SeriesKey, When)>,
) -> String {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut writer = Writer::new(conflicts);
    for (file, report) in reports {
        let count = seen.entry(file).or_insert(0);
        *count += 1;
        let name = if *count == 1 {
            file.to_owned()
        } else {
            format!("{file} ({count})")
        };
        writer.report(&name, report);
    }
    writer.out
}

/// One report as a table, its rows named `name` in the `file` column.
pub fn write_one(name: &str, report: &Report) -> String {
    let conflicts = HashSet::new();
    let mut writer = Writer::new(&conflicts);
    writer.report(name, report);
    writer.out
}

type Row = [String; COLUMNS.len()];

struct Writer<'a> {
    out: String,
    conflicts: &'a HashSet<(SeriesKey, When)>,
    /// The report being written: its name and its sources cell.
    name: String,
    sources: String,
}

impl<'a> Writer<'a> {
    fn new(conflicts: &'a HashSet<(SeriesKey, When)>) -> Self {
        Self {
            out: COLUMNS.join(",") + "\n",
            conflicts,
            name: String::new(),
            sources: String::new(),
        }
    }

    fn row(&mut self, cells: &[(Col, String)]) {
        let mut row: Row = Default::default();
        row[Col::File as usize] = self.name.clone();
        for (col, text) in cells {
            row[*col as usize] = text.clone();
        }
        for (i, text) in row.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            if ALL_COLS[i].numeric() {
                self.out.push_str(&quoted(text.clone()));
            } else {
                self.out.push_str(&cell(text));
            }
        }
        self.out.push('\n');
    }

    fn report(&mut self, name: &str, r: &Report) {
        self.name = name.to_owned();
        let cited: Vec<String> = r.sources.iter().map(Source::citation).collect();
        self.sources = if cited.is_empty() {
            format!("{} ({name})", r.title)
        } else {
            format!("{} ({name})", cited.join("; "))
        };
        let field = |category: &str| {
            vec![
                (Col::Section, "report".to_owned()),
                (Col::Category, category.to_owned()),
                (Col::Role, "field".to_owned()),
            ]
        };
        let mut format_row = field("fieldreport");
        format_row.push((Col::Value, FORMAT_VERSION.to_string()));
        format_row.push((Col::Unknown, unknown_cell(&r.unknown)));
        self.row(&format_row);
        let texts = [
            ("$schema", r.schema.as_deref()),
            ("title", Some(r.title.as_str())),
            ("publisher", r.publisher.as_deref()),
        ];
        // A table cannot tell an empty text from none: neither gets a row.
        for (category, text) in texts {
            if let Some(text) = text.filter(|t| !t.is_empty()) {
                let mut cells = field(category);
                cells.push((Col::Text, text.to_owned()));
                self.row(&cells);
            }
        }
        if let Some(date) = r.published {
            let mut cells = field("published");
            cells.push((Col::When, date.to_string()));
            self.row(&cells);
        }
        if let Some(p) = r.period {
            let mut cells = field("period");
            cells.push((Col::When, format!("{}/{}", p.from, p.to)));
            cells.push((Col::Unknown, unknown_cell(&r.period_unknown)));
            self.row(&cells);
        }
        for (category, text) in [("claim", r.claim.as_deref()), ("notes", r.notes.as_deref())] {
            if let Some(text) = text.filter(|t| !t.is_empty()) {
                let mut cells = field(category);
                cells.push((Col::Text, text.to_owned()));
                self.row(&cells);
            }
        }
        for (i, s) in r.sources.iter().enumerate() {
            self.row(&[
                (Col::Section, "source".to_owned()),
                (Col::Series, s.publisher.clone().unwrap_or_default()),
                (Col::Role, "source".to_owned()),
                (Col::When, s.date.map(|d| d.to_string()).unwrap_or_default()),
                (Col::Text, s.title.clone()),
                (Col::Url, s.url.clone().unwrap_or_default()),
                (Col::Entry, format!("sources[{i}]")),
                (Col::Unknown, unknown_cell(&s.unknown)),
            ]);
        }
        for (i, f) in r.funding.iter().enumerate() {
            self.funding(i, f);
        }
        for (i, l) in r.losses.iter().enumerate() {
            self.losses(i, l);
        }
        for (i, b) in r.battles.iter().enumerate() {
            self.battles(i, b);
        }
        for (i, t) in r.townships.iter().enumerate() {
            self.townships(i, t);
        }
    }

    fn entry(
        &mut self,
        section: Section,
        series: &str,
        (when, entry): (When, &str),
        restated: bool,
        note: Option<&String>,
        unknown: &Unknown,
    ) {
        self.row(&[
            (Col::Section, section.name().to_owned()),
            (Col::Series, series.to_owned()),
            (Col::Category, if restated { "restated" } else { "" }.to_owned()),
            (Col::Role, "entry".to_owned()),
            (Col::When, when.to_string()),
            (Col::Note, note.cloned().unwrap_or_default()),
            (Col::Entry, entry.to_owned()),
            (Col::Unknown, unknown_cell(unknown)),
        ]);
    }

    fn figure(&mut self, key: SeriesKey, when: When, entry: &str, f: &Figure) {
        let unit = key.unit();
        let unit_name = match unit {
            Unit::Count => "count",
            Unit::Mmk => "MMK",
            Unit::Usd => "USD",
        };
        let conflict = if self.conflicts.contains(&(key.clone(), when)) {
            "yes"
        } else {
            "no"
        };
        self.row(&[
            (Col::Section, key.section.name().to_owned()),
            (Col::Series, key.series.clone()),
            (Col::Category, key.category.clone()),
            (Col::Role, role_name(key.role).to_owned()),
            (Col::When, when.to_string()),
            (Col::Value, number(f.value)),
            (Col::Qualifier, f.qualifier.key().to_owned()),
            (Col::Unit, unit_name.to_owned()),
            (Col::ShownAs, f.long_in(crate::i18n::Tr::EN, unit)),
            (Col::Note, f.note.clone().unwrap_or_default()),
            (Col::Conflict, conflict.to_owned()),
            (Col::Sources, self.sources.clone()),
            (Col::Entry, entry.to_owned()),
            (Col::Unknown, unknown_cell(&f.unknown)),
        ]);
    }

    fn parts(&mut self, section: Section, series: &str, role: Role, when: When, entry: &str, parts: &Parts) {
        for (label, f) in parts {
            let key = SeriesKey {
                section,
                series: series.to_owned(),
                category: label.clone(),
                role,
            };
            self.figure(key, when, entry, f);
        }
    }

    fn total(&mut self, section: Section, series: &str, when: When, entry: &str, total: Option<&Figure>) {
        if let Some(f) = total {
            let key = SeriesKey {
                section,
                series: series.to_owned(),
                category: "total".to_owned(),
                role: Role::Total,
            };
            self.figure(key, when, entry, f);
        }
    }

    fn funding(&mut self, i: usize, f: &Funding) {
        let (when, entry) = (When::Year(f.year), format!("funding[{i}]"));
        self.entry(
            Section::Funding,
            &f.label,
            (when, &entry),
            f.restated,
            f.note.as_ref(),
            &f.unknown,
        );
        for (category, figure) in [("mmk", &f.mmk), ("usd", &f.usd)] {
            if let Some(figure) = figure {
                let key = SeriesKey {
                    section: Section::Funding,
                    series: f.label.clone(),
                    category: category.to_owned(),
                    role: Role::Amount,
                };
                self.figure(key, when, &entry, figure);
            }
        }
    }

    fn losses(&mut self, i: usize, l: &Losses) {
        let (when, entry) = (When::Year(l.year), format!("losses[{i}]"));
        self.entry(
            Section::Losses,
            &l.side,
            (when, &entry),
            l.restated,
            l.note.as_ref(),
            &l.unknown,
        );
        self.total(Section::Losses, &l.side, when, &entry, l.total.as_ref());
        self.parts(Section::Losses, &l.side, Role::Part, when, &entry, &l.breakdown);
        self.parts(Section::Losses, &l.side, Role::Other, when, &entry, &l.other);
    }

    fn battles(&mut self, i: usize, b: &Battles) {
        let (when, entry) = (When::Year(b.year), format!("battles[{i}]"));
        self.entry(
            Section::Battles,
            "",
            (when, &entry),
            b.restated,
            b.note.as_ref(),
            &b.unknown,
        );
        self.total(Section::Battles, "", when, &entry, b.total.as_ref());
        for (j, g) in b.groups.iter().enumerate() {
            let entry = format!("battles[{i}].groups[{j}]");
            self.entry(
                Section::Battles,
                &g.label,
                (when, &entry),
                false,
                g.note.as_ref(),
                &g.unknown,
            );
            self.total(Section::Battles, &g.label, when, &entry, g.total.as_ref());
            self.parts(Section::Battles, &g.label, Role::Part, when, &entry, &g.breakdown);
        }
    }

    fn townships(&mut self, i: usize, t: &Townships) {
        let (when, entry) = (When::Date(t.as_of), format!("townships[{i}]"));
        self.entry(
            Section::Townships,
            "",
            (when, &entry),
            false,
            t.note.as_ref(),
            &t.unknown,
        );
        self.total(Section::Townships, "", when, &entry, t.total.as_ref());
        self.parts(Section::Townships, "", Role::Part, when, &entry, &t.breakdown);
        for (j, town) in t.towns.iter().enumerate() {
            self.row(&[
                (Col::Section, Section::Townships.name().to_owned()),
                (Col::Category, town.status.clone()),
                (Col::Role, "town".to_owned()),
                (Col::When, when.to_string()),
                (Col::Note, town.note.clone().unwrap_or_default()),
                (Col::Text, town.name.clone()),
                (Col::Region, town.region.clone().unwrap_or_default()),
                (Col::Pcode, town.pcode.clone().unwrap_or_default()),
                (Col::Lat, town.lat.map(number).unwrap_or_default()),
                (Col::Lon, town.lon.map(number).unwrap_or_default()),
                (Col::Entry, format!("townships[{i}].towns[{j}]")),
                (Col::Unknown, unknown_cell(&town.unknown)),
            ]);
        }
        for (j, area) in t.areas.iter().enumerate() {
            self.row(&[
                (Col::Section, Section::Townships.name().to_owned()),
                (Col::Category, area.status.clone()),
                (Col::Role, "area".to_owned()),
                (Col::When, when.to_string()),
                (Col::Note, area.note.clone().unwrap_or_default()),
                (Col::Text, area.township.clone()),
                (Col::Region, area.region.clone().unwrap_or_default()),
                (Col::Pcode, area.pcode.clone().unwrap_or_default()),
                (Col::Entry, format!("townships[{i}].areas[{j}]")),
                (Col::Unknown, unknown_cell(&area.unknown)),
            ]);
        }
    }
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Total => "total",
        Role::Part => "part",
        Role::Other => "other",
        Role::Amount => "amount",
    }
}

fn unknown_cell(unknown: &Unknown) -> String {
    if unknown.is_empty() {
        String::new()
    } else {
        serde_json::to_string(unknown).unwrap_or_default()
    }
}
