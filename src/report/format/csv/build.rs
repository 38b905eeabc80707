//! Rows into reports: entries found again by their key, categories in their rows' order.

use super::cells::*;
use super::dialect::*;
use super::*;

// ---------------------------------------------------------------------------------------------
// Reading: rows into reports.

/// Reads a table of one or more reports: each with its name (the `file` cell, or `file` for
/// rows that leave it empty), in the order the table first names them.
pub fn parse(bytes: &[u8], file: &str) -> Result<Vec<(String, Parsed)>, ReadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::whole_file(file, too_large(bytes.len() as u64)));
    }
    let text = decode(bytes, file, "a CSV table")?;
    if text.trim().is_empty() {
        return Err(ReadError::whole_file(
            file,
            "the file is empty; expected a CSV table whose first row names the columns",
        ));
    }
    read_table(text, file).map_err(|p| p.into_error(file))
}

pub(super) fn read_table(text: &str, file: &str) -> Result<Vec<(String, Parsed)>, Problem> {
    let dialect = dialect(text);
    let rows = rows(text, dialect.separator, MAX_ENTRIES)?;
    let header = header(rows.first().map_or(&[][..], Vec::as_slice))?;
    let mut builders: Vec<Builder> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (i, cells) in rows.iter().enumerate().skip(1) {
        let row = i + 1;
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if let Some((extra, text)) = cells
            .iter()
            .enumerate()
            .skip(header.width)
            .find(|(_, c)| !c.trim().is_empty())
        {
            return Err(Problem {
                row,
                column: Some(format!("{}", extra + 1)),
                message: format!(
                    "found {:?} in a column the first row does not name; name the column or clear the cell",
                    shorten(text.trim())
                ),
            });
        }
        let cells = Cells {
            row,
            cells,
            header: &header,
            dialect,
        };
        let name = cells
            .free_text(Col::File)?
            .map_or_else(|| file.to_owned(), |n| n.trim().to_owned());
        let at = *by_name.entry(name.clone()).or_insert_with(|| {
            builders.push(Builder::new(name, row));
            builders.len() - 1
        });
        builders[at].add(&cells)?;
    }
    if builders.is_empty() {
        return Err(Problem::row(
            1,
            "the table has no rows below its header; expected a report's rows (see README: Spreadsheets)",
        ));
    }
    let column_warnings: Vec<ReadWarning> = header
        .unknown
        .iter()
        .map(|name| ReadWarning {
            path: format!("column {name}"),
            message: format!("unknown column `{name}` ignored"),
        })
        .collect();
    builders
        .into_iter()
        .map(|b| {
            let name = b.name.clone();
            let report = b.finish()?;
            let mut warnings = column_warnings.clone();
            warnings.extend(unknown_field_warnings(&report));
            Ok((name, Parsed { report, warnings }))
        })
        .collect()
}

/// Entries gathered from rows in any order: found by their place (the `entry` cell) and key,
/// then ordered by place and first row. A row without a place joins the first entry of its key.
pub(super) struct Slots<K, T> {
    pub(super) index: HashMap<(Option<usize>, K), usize>,
    /// The first entry of each key.
    pub(super) first: HashMap<K, usize>,
    pub(super) items: Vec<Slot<T>>,
}

pub(super) struct Slot<T> {
    pub(super) place: Option<usize>,
    pub(super) first_row: usize,
    pub(super) value: T,
    /// What the entry's rows gave already ("total", "part killed"), with the row.
    pub(super) seen: HashMap<String, usize>,
}

impl<K: std::hash::Hash + Eq + Clone, T> Default for Slots<K, T> {
    fn default() -> Self {
        Self {
            index: HashMap::new(),
            first: HashMap::new(),
            items: Vec::new(),
        }
    }
}

impl<K: std::hash::Hash + Eq + Clone, T> Slots<K, T> {
    pub(super) fn get(&mut self, place: Option<usize>, key: K, row: usize, make: impl FnOnce() -> T) -> &mut Slot<T> {
        let found = match self.index.get(&(place, key.clone())) {
            Some(&at) => Some(at),
            None if place.is_none() => self.first.get(&key).copied(),
            // Rows without a place came first: they and this row's place are one entry.
            None => self.index.get(&(None, key.clone())).copied().inspect(|&at| {
                self.items[at].place = place;
                self.index.insert((place, key.clone()), at);
            }),
        };
        let at = match found {
            Some(at) => at,
            None => {
                self.items.push(Slot {
                    place,
                    first_row: row,
                    value: make(),
                    seen: HashMap::new(),
                });
                let at = self.items.len() - 1;
                self.index.insert((place, key.clone()), at);
                self.first.entry(key).or_insert(at);
                at
            }
        };
        &mut self.items[at]
    }

    pub(super) fn into_sorted(self) -> Vec<Slot<T>> {
        let mut items = self.items;
        items.sort_by_key(|s| (s.place.unwrap_or(usize::MAX), s.first_row));
        items
    }
}

impl<T> Slot<T> {
    /// Notes that row `row` gives `what` ("entry", "total", "amount mmk", "part killed"); a
    /// second row giving it is refused.
    pub(super) fn once(&mut self, what: &str, describe: &str, row: usize, col: Col) -> Result<(), Problem> {
        let Some(first) = self.seen.get(what).copied() else {
            self.seen.insert(what.to_owned(), row);
            return Ok(());
        };
        let message = match what.split_once(' ') {
            Some(("amount", currency)) => format!(
                "the amount in {currency} of {describe} appears twice (first in row {first}); an entry has one amount in each currency"
            ),
            Some((_, label)) => format!(
                "the category `{label}` appears twice in {describe} (first in row {first}); each label may appear once"
            ),
            None if what == "entry" => {
                format!("{describe} has two entry rows (first in row {first}); an entry has one")
            }
            None => format!("the {what} of {describe} appears twice (first in row {first}); an entry has one {what}"),
        };
        Err(Problem::at(row, col, message))
    }
}

/// Items in any order, each with its place (the `entry` cell) and row, to be put in order.
pub(super) type Placed<T> = Vec<(Option<usize>, usize, T)>;

/// One report's rows, gathered.
pub(super) struct Builder {
    pub(super) name: String,
    pub(super) first_row: usize,
    pub(super) fields: HashMap<&'static str, usize>,
    pub(super) report: Report,
    pub(super) title: Option<String>,
    pub(super) version_row: Option<(usize, f64)>,
    pub(super) sources: Placed<Source>,
    pub(super) funding: Slots<(i32, String), Funding>,
    pub(super) losses: Slots<(i32, String), Losses>,
    pub(super) battles: Slots<i32, (Battles, Slots<String, BattleGroup>)>,
    pub(super) townships: Slots<Date, (Townships, Placed<Town>, Placed<Area>)>,
}

impl Builder {
    pub(super) fn new(name: String, first_row: usize) -> Self {
        Self {
            name,
            first_row,
            fields: HashMap::new(),
            report: Report::default(),
            title: None,
            version_row: None,
            sources: Vec::new(),
            funding: Slots::default(),
            losses: Slots::default(),
            battles: Slots::default(),
            townships: Slots::default(),
        }
    }

    pub(super) fn add(&mut self, c: &Cells) -> Result<(), Problem> {
        let section = c.word(Col::Section);
        let role = c.word(Col::Role);
        match section.as_str() {
            "report" => self.field(c, &role),
            "source" => self.source(c, &role),
            "funding" => self.funding(c, &role),
            "losses" => self.losses(c, &role),
            "battles" => self.battles(c, &role),
            "townships" => self.townships(c, &role),
            _ => Err(Problem::at(
                c.row,
                Col::Section,
                format!(
                    "expected one of report, source, funding, losses, battles, townships, found {}",
                    c.found(Col::Section)
                ),
            )),
        }
    }

    pub(super) fn wrong_role(c: &Cells, roles: &str) -> Problem {
        Problem::at(
            c.row,
            Col::Role,
            format!("expected {roles}, found {}", c.found(Col::Role)),
        )
    }

    pub(super) fn field(&mut self, c: &Cells, role: &str) -> Result<(), Problem> {
        if !matches!(role, "" | "field") {
            return Err(Self::wrong_role(c, "field for a report row"));
        }
        let category = c.word(Col::Category);
        const FIELDS: [&str; 8] = [
            "fieldreport",
            "$schema",
            "title",
            "publisher",
            "published",
            "period",
            "claim",
            "notes",
        ];
        let Some(field) = FIELDS.iter().find(|f| **f == category) else {
            return Err(Problem::at(
                c.row,
                Col::Category,
                format!(
                    "expected a report field, one of {}, found {}",
                    FIELDS.join(", "),
                    c.found(Col::Category)
                ),
            ));
        };
        if let Some(first) = self.fields.insert(field, c.row) {
            return Err(Problem::at(
                c.row,
                Col::Category,
                format!(
                    "the field `{field}` appears twice in the report (first in row {first}); each field may appear once"
                ),
            ));
        }
        let unknown = c.unknown()?;
        let r = &mut self.report;
        match *field {
            "fieldreport" => {
                let version = figure_text::number(c.text(Col::Value), c.dialect.decimal_comma)
                    .filter(|v| *v >= 0.0 && v.fract() == 0.0);
                match version {
                    Some(v) => self.version_row = Some((c.row, v)),
                    None => {
                        return Err(Problem::at(
                            c.row,
                            Col::Value,
                            format!(
                                "expected the format number {FORMAT_VERSION}, found {}",
                                c.found(Col::Value)
                            ),
                        ));
                    }
                }
            }
            "$schema" => r.schema = c.free_text(Col::Text)?,
            "title" => self.title = Some(c.label(Col::Text, "non-empty text")?),
            "publisher" => r.publisher = c.free_text(Col::Text)?,
            "published" => r.published = c.optional_date()?,
            "period" => {
                let text = c.text(Col::When).trim();
                let (from, to) = text
                    .split_once('/')
                    .or_else(|| text.split_once(" to "))
                    .unwrap_or((text, ""));
                let (from, to) = (c.date_in(Col::When, from)?, c.date_in(Col::When, to)?);
                if to < from {
                    return Err(Problem::at(
                        c.row,
                        Col::When,
                        format!("the period ends ({to}) before it starts ({from}); expected `from` on or before `to`"),
                    ));
                }
                r.period = Some(Period { from, to });
                r.period_unknown = unknown;
                return Ok(());
            }
            "claim" => r.claim = c.free_text(Col::Text)?,
            _ => r.notes = c.free_text(Col::Text)?,
        }
        for (key, value) in unknown {
            if r.unknown.contains_key(&key) {
                return Err(Problem::at(
                    c.row,
                    Col::Unknown,
                    format!("the field `{key}` appears twice in the report; each field may appear once"),
                ));
            }
            r.unknown.insert(key, value);
        }
        Ok(())
    }

    pub(super) fn source(&mut self, c: &Cells, role: &str) -> Result<(), Problem> {
        if !matches!(role, "" | "source") {
            return Err(Self::wrong_role(c, "source for a source row"));
        }
        let place = c.place(&["sources"], "sources[0]")?;
        let source = Source {
            title: c.label(Col::Text, "the source's title")?,
            publisher: c.free_text(Col::Series)?,
            date: c.optional_date()?,
            url: c.free_text(Col::Url)?,
            unknown: c.unknown()?,
        };
        self.sources.push((place.first().copied(), c.row, source));
        Ok(())
    }

    pub(super) fn funding(&mut self, c: &Cells, role: &str) -> Result<(), Problem> {
        let year = c.year()?;
        let label = c.label_or(
            Col::Series,
            "the funding label (or an empty cell for \"Funding\")",
            DEFAULT_FUNDING_LABEL,
        )?;
        let place = c.place(&["funding"], "funding[0]")?.first().copied();
        let describe = format!("funding {year} ({label})");
        let slot = self
            .funding
            .get(place, (year, label.clone()), c.row, || Funding::new(year, label));
        match role {
            "entry" => {
                slot.once("entry", &describe, c.row, Col::Role)?;
                slot.value.restated = restated(c)?;
                slot.value.note = c.free_text(Col::Note)?;
                slot.value.unknown = c.unknown()?;
            }
            "amount" => {
                let category = c.word(Col::Category);
                let amount = match category.as_str() {
                    "mmk" => &mut slot.value.mmk,
                    "usd" => &mut slot.value.usd,
                    _ => {
                        return Err(Problem::at(
                            c.row,
                            Col::Category,
                            format!(
                                "expected mmk or usd for a funding amount, found {}",
                                c.found(Col::Category)
                            ),
                        ));
                    }
                };
                *amount = Some(c.figure(false)?);
                slot.once(&format!("amount {category}"), &describe, c.row, Col::Category)?;
            }
            _ => return Err(Self::wrong_role(c, "entry or amount for a funding row")),
        }
        Ok(())
    }

    pub(super) fn losses(&mut self, c: &Cells, role: &str) -> Result<(), Problem> {
        let year = c.year()?;
        let side = c.label_or(
            Col::Series,
            "the side (or an empty cell for \"unspecified\")",
            UNSPECIFIED_SIDE,
        )?;
        let place = c.place(&["losses"], "losses[0]")?.first().copied();
        let describe = format!("losses {year} ({side})");
        let slot = self
            .losses
            .get(place, (year, side.clone()), c.row, || Losses::new(year, side));
        match role {
            "entry" => {
                slot.once("entry", &describe, c.row, Col::Role)?;
                slot.value.restated = restated(c)?;
                slot.value.note = c.free_text(Col::Note)?;
                slot.value.unknown = c.unknown()?;
            }
            "total" => {
                slot.value.total = Some(total(c)?);
                slot.once("total", &describe, c.row, Col::Role)?;
            }
            "part" | "other" => {
                let label = c.label(Col::Category, "a non-empty category label")?;
                let figure = c.figure(true)?;
                slot.once(&format!("{role} {label}"), &describe, c.row, Col::Category)?;
                let parts = if role == "part" {
                    &mut slot.value.breakdown
                } else {
                    &mut slot.value.other
                };
                parts.push((label, figure));
            }
            _ => return Err(Self::wrong_role(c, "entry, total, part or other for a losses row")),
        }
        Ok(())
    }

    pub(super) fn battles(&mut self, c: &Cells, role: &str) -> Result<(), Problem> {
        let year = c.year()?;
        let place = c.place(&["battles", "groups"], "battles[0] or battles[0].groups[1]")?;
        let group = c.free_text(Col::Series)?;
        if group.is_none() && place.len() > 1 {
            return Err(Problem::at(
                c.row,
                Col::Series,
                "expected the battle group's label for a row of a group, found an empty cell",
            ));
        }
        let slot = self.battles.get(place.first().copied(), year, c.row, || {
            (Battles::new(year), Slots::default())
        });
        let Some(_) = group else {
            let describe = format!("battles {year}");
            match role {
                "entry" => {
                    slot.once("entry", &describe, c.row, Col::Role)?;
                    slot.value.0.restated = restated(c)?;
                    slot.value.0.note = c.free_text(Col::Note)?;
                    slot.value.0.unknown = c.unknown()?;
                }
                "total" => {
                    slot.value.0.total = Some(total(c)?);
                    slot.once("total", &describe, c.row, Col::Role)?;
                }
                "part" => {
                    return Err(Problem::at(
                        c.row,
                        Col::Series,
                        "expected the battle group's label for a part (a year's battles are broken down by group), found an empty cell",
                    ));
                }
                _ => return Err(Self::wrong_role(c, "entry, total or part for a battles row")),
            }
            return Ok(());
        };
        let label = c.label(Col::Series, "the battle group's label")?;
        let describe = format!("battles {year} ({label})");
        let group = slot
            .value
            .1
            .get(place.get(1).copied(), label.clone(), c.row, || BattleGroup::new(label));
        match role {
            "entry" => {
                group.once("entry", &describe, c.row, Col::Role)?;
                group.value.note = c.free_text(Col::Note)?;
                group.value.unknown = c.unknown()?;
            }
            "total" => {
                group.value.total = Some(total(c)?);
                group.once("total", &describe, c.row, Col::Role)?;
            }
            "part" => {
                let label = c.label(Col::Category, "a non-empty category label")?;
                let figure = c.figure(true)?;
                group.once(&format!("part {label}"), &describe, c.row, Col::Category)?;
                group.value.breakdown.push((label, figure));
            }
            _ => return Err(Self::wrong_role(c, "entry, total or part for a battles row")),
        }
        Ok(())
    }

    pub(super) fn townships(&mut self, c: &Cells, role: &str) -> Result<(), Problem> {
        let as_of = c.date()?;
        let place = if role == "area" {
            c.place(&["townships", "areas"], "townships[0] or townships[0].areas[1]")?
        } else {
            c.place(&["townships", "towns"], "townships[0] or townships[0].towns[1]")?
        };
        let describe = format!("townships as of {as_of}");
        let slot = self.townships.get(place.first().copied(), as_of, c.row, || {
            (Townships::new(as_of), Vec::new(), Vec::new())
        });
        match role {
            "entry" => {
                slot.once("entry", &describe, c.row, Col::Role)?;
                slot.value.0.note = c.free_text(Col::Note)?;
                slot.value.0.unknown = c.unknown()?;
            }
            "total" => {
                slot.value.0.total = Some(total(c)?);
                slot.once("total", &describe, c.row, Col::Role)?;
            }
            "part" => {
                let label = c.label(Col::Category, "a non-empty category label")?;
                let figure = c.figure(true)?;
                slot.once(&format!("part {label}"), &describe, c.row, Col::Category)?;
                slot.value.0.breakdown.push((label, figure));
            }
            "town" => {
                let town = Town {
                    name: c.label(Col::Text, "the town's name")?,
                    status: c.label(Col::Category, "the town's status")?,
                    region: c.free_text(Col::Region)?,
                    pcode: c.free_text(Col::Pcode)?,
                    lat: c.degrees(Col::Lat, 90.0)?,
                    lon: c.degrees(Col::Lon, 180.0)?,
                    note: c.free_text(Col::Note)?,
                    unknown: c.unknown()?,
                };
                slot.value.1.push((place.get(1).copied(), c.row, town));
            }
            "area" => {
                let area = Area {
                    township: c.label(Col::Text, "the township's name")?,
                    status: c.label(Col::Category, "the township's status")?,
                    region: c.free_text(Col::Region)?,
                    pcode: c.free_text(Col::Pcode)?,
                    note: c.free_text(Col::Note)?,
                    unknown: c.unknown()?,
                };
                slot.value.2.push((place.get(1).copied(), c.row, area));
            }
            _ => {
                return Err(Self::wrong_role(
                    c,
                    "entry, total, part, town or area for a townships row",
                ));
            }
        }
        Ok(())
    }

    pub(super) fn finish(self) -> Result<Report, Problem> {
        let Self {
            name,
            first_row,
            report: mut r,
            title,
            version_row,
            mut sources,
            funding,
            losses,
            battles,
            townships,
            ..
        } = self;
        if let Some((row, version)) = version_row
            && version != FORMAT_VERSION as f64
        {
            let message = if version > FORMAT_VERSION as f64 {
                format!("written for format {version}; this version reads format {FORMAT_VERSION}")
            } else {
                format!("expected the format number {FORMAT_VERSION}, found {version}")
            };
            return Err(Problem::at(row, Col::Value, message));
        }
        r.title = title.ok_or_else(|| {
            Problem::row(
                first_row,
                format!(
                    "expected a row with section `report`, category `title` and the title in `text` for the report `{name}`, found none"
                ),
            )
        })?;
        sources.sort_by_key(|(place, row, _)| (place.unwrap_or(usize::MAX), *row));
        r.sources = sources.into_iter().map(|(_, _, s)| s).collect();
        for slot in funding.into_sorted() {
            if slot.value.mmk.is_none() && slot.value.usd.is_none() {
                return Err(Problem::row(
                    slot.first_row,
                    format!(
                        "expected at least one of `mmk` and `usd` for funding {} ({}), found neither",
                        slot.value.year, slot.value.label
                    ),
                ));
            }
            r.funding.push(slot.value);
        }
        r.losses = losses.into_sorted().into_iter().map(|s| s.value).collect();
        r.battles = battles
            .into_sorted()
            .into_iter()
            .map(|s| {
                let (mut b, groups) = s.value;
                b.groups = groups.into_sorted().into_iter().map(|g| g.value).collect();
                b
            })
            .collect();
        r.townships = townships
            .into_sorted()
            .into_iter()
            .map(|s| {
                let (mut t, mut towns, mut areas) = s.value;
                towns.sort_by_key(|(place, row, _)| (place.unwrap_or(usize::MAX), *row));
                t.towns = towns.into_iter().map(|(_, _, town)| town).collect();
                areas.sort_by_key(|(place, row, _)| (place.unwrap_or(usize::MAX), *row));
                t.areas = areas.into_iter().map(|(_, _, area)| area).collect();
                t
            })
            .collect();
        if r.funding.is_empty() && r.losses.is_empty() && r.battles.is_empty() && r.townships.is_empty() {
            return Err(Problem::row(
                first_row,
                format!("expected rows of funding, losses, battles or townships for the report `{name}`, found none"),
            ));
        }
        Ok(r)
    }
}

/// A total's figure (a count); its category must be `total` or empty.
/// An entry row's `category` cell: `restated` for an entry that repeats an earlier year, or empty.
fn restated(c: &Cells) -> Result<bool, Problem> {
    match c.word(Col::Category).as_str() {
        "" => Ok(false),
        "restated" => Ok(true),
        _ => Err(Problem::at(
            c.row,
            Col::Category,
            format!(
                "expected `restated` or an empty cell on an entry row, found {}",
                c.found(Col::Category)
            ),
        )),
    }
}

pub(super) fn total(c: &Cells) -> Result<Figure, Problem> {
    let category = c.word(Col::Category);
    if !matches!(category.as_str(), "" | "total") {
        return Err(Problem::at(
            c.row,
            Col::Category,
            format!(
                "expected total (or an empty cell) for a total, found {}",
                c.found(Col::Category)
            ),
        ));
    }
    c.figure(true)
}
