//! A cell of a sheet read from the report and written back into it, with the readers of the
//! texts typed into cells (years, dates, degrees, restated, figures).

use super::*;

/// The year a first entry gets: the report's period's last year, or its publication year.
pub(super) fn default_year(report: &Report) -> i32 {
    report
        .period
        .map(|p| p.to.year)
        .or(report.published.map(|d| d.year))
        .unwrap_or(2025)
}

/// A restated cell: `restated` when the entry is, else empty.
pub(super) fn restated_cell(on: bool) -> Cell {
    text_cell(if on { "restated" } else { "" })
}

/// A restated cell typed: `restated`, `yes`, `✓`… (or the Burmese word) for yes; empty, `no`
/// for no.
pub(super) fn restated(text: &str) -> Result<bool, Said> {
    let my = crate::i18n::Tr::MY;
    let word = text.trim().to_lowercase();
    if word == my.t("field-restated-yes")
        || ["restated", "yes", "y", "true", "x", "✓", "✔", "1"].contains(&word.as_str())
    {
        Ok(true)
    } else if word.is_empty() || ["no", "n", "false", "0", "-"].contains(&word.as_str()) {
        Ok(false)
    } else {
        Err(Said::new("cell-not-yes-or-no").text("text", text))
    }
}

pub(super) fn optional_text(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_owned())
}

/// A text that may not be empty; `what` is the catalog key of what it is ("a town's name").
pub(super) fn required_text(text: &str, what: &'static str) -> Result<String, Said> {
    if text.is_empty() {
        Err(Said::new("cell-empty").words_of("what", what))
    } else if text.chars().count() > MAX_TEXT_CHARS {
        Err(Said::new("cell-too-long")
            .words_of("what", what)
            .num("n", MAX_TEXT_CHARS as f64))
    } else {
        Ok(text.to_owned())
    }
}

pub(super) fn year(text: &str) -> Result<i32, Said> {
    figure_text::latin_digits(text)
        .parse::<i32>()
        .ok()
        .filter(|y| (Date::MIN_YEAR..=Date::MAX_YEAR).contains(y))
        .ok_or_else(|| {
            Said::new("cell-not-a-year")
                .text("text", text)
                .year("first", Date::MIN_YEAR)
                .year("last", Date::MAX_YEAR)
        })
}

/// A date as typed in a cell or the details form, in Latin or Myanmar digits.
pub fn date(text: &str) -> Result<Date, Said> {
    Date::parse(&figure_text::latin_digits(text)).ok_or_else(|| {
        Said::new("cell-not-a-date")
            .text("text", text)
            .year("first", Date::MIN_YEAR)
            .year("last", Date::MAX_YEAR)
    })
}

pub(super) fn degrees(text: &str, limit: f64) -> Result<Option<f64>, Said> {
    if text.is_empty() {
        return Ok(None);
    }
    figure_text::latin_digits(text)
        .parse::<f64>()
        .ok()
        .filter(|d| d.is_finite() && d.abs() <= limit)
        .map(Some)
        .ok_or_else(|| Said::new("cell-not-degrees").text("text", text).num("limit", limit))
}

pub(super) fn text_cell(text: impl Into<String>) -> Cell {
    Cell {
        text: text.into(),
        figure: None,
        editable: true,
    }
}

pub(super) fn figure_cell(figure: Option<&Figure>) -> Cell {
    Cell {
        text: figure.map(figure_text::cell_text).unwrap_or_default(),
        figure: figure.cloned(),
        editable: true,
    }
}

pub(super) fn parts_cell(parts: &Parts, category: &str) -> Cell {
    figure_cell(parts.iter().find(|(l, _)| l == category).map(|(_, f)| f))
}

pub(super) fn read_cell(report: &Report, row: Row, field: &Field) -> Option<Cell> {
    let fixed = |text: &str| Cell {
        text: text.to_owned(),
        figure: None,
        editable: false,
    };
    Some(match row {
        Row::Source(i) => {
            let s = report.sources.get(i)?;
            match field {
                Field::Title => text_cell(&s.title),
                Field::Publisher => text_cell(s.publisher.clone().unwrap_or_default()),
                Field::Date => text_cell(s.date.map(|d| d.to_string()).unwrap_or_default()),
                Field::Url => text_cell(s.url.clone().unwrap_or_default()),
                _ => return None,
            }
        }
        Row::Funding(i) => {
            let f = report.funding.get(i)?;
            match field {
                Field::Year => text_cell(f.year.to_string()),
                Field::Label => text_cell(&f.label),
                Field::Mmk => figure_cell(f.mmk.as_ref()),
                Field::Usd => figure_cell(f.usd.as_ref()),
                Field::Restated => restated_cell(f.restated),
                Field::Note => text_cell(f.note.clone().unwrap_or_default()),
                _ => return None,
            }
        }
        Row::Losses(i) => {
            let l = report.losses.get(i)?;
            match field {
                Field::Year => text_cell(l.year.to_string()),
                Field::Side => text_cell(&l.side),
                Field::Total => figure_cell(l.total.as_ref()),
                Field::Part(c) => parts_cell(&l.breakdown, c),
                Field::Beside(c) => parts_cell(&l.other, c),
                Field::Restated => restated_cell(l.restated),
                Field::Note => text_cell(l.note.clone().unwrap_or_default()),
                _ => return None,
            }
        }
        Row::Battles(i) => {
            let b = report.battles.get(i)?;
            match field {
                Field::Year => text_cell(b.year.to_string()),
                Field::Group => fixed("all battles"),
                Field::Total => figure_cell(b.total.as_ref()),
                Field::Part(_) => fixed(""),
                Field::Restated => restated_cell(b.restated),
                Field::Note => text_cell(b.note.clone().unwrap_or_default()),
                _ => return None,
            }
        }
        Row::Group(i, g) => {
            let b = report.battles.get(i)?;
            let group = b.groups.get(g)?;
            match field {
                Field::Year => fixed(&b.year.to_string()),
                Field::Group => text_cell(&group.label),
                Field::Total => figure_cell(group.total.as_ref()),
                Field::Part(c) => parts_cell(&group.breakdown, c),
                Field::Restated => fixed(""),
                Field::Note => text_cell(group.note.clone().unwrap_or_default()),
                _ => return None,
            }
        }
        Row::Townships(i) => {
            let t = report.townships.get(i)?;
            match field {
                Field::AsOf => text_cell(t.as_of.to_string()),
                Field::Total => figure_cell(t.total.as_ref()),
                Field::Part(c) => parts_cell(&t.breakdown, c),
                Field::Note => text_cell(t.note.clone().unwrap_or_default()),
                _ => return None,
            }
        }
        Row::Town(s, t) => {
            let town = report.townships.get(s)?.towns.get(t)?;
            let number = |v: Option<f64>| v.map(|d| d.to_string()).unwrap_or_default();
            match field {
                Field::Name => text_cell(&town.name),
                Field::Status => text_cell(&town.status),
                Field::Region => text_cell(town.region.clone().unwrap_or_default()),
                Field::Pcode => text_cell(town.pcode.clone().unwrap_or_default()),
                Field::Lat => text_cell(number(town.lat)),
                Field::Lon => text_cell(number(town.lon)),
                Field::Note => text_cell(town.note.clone().unwrap_or_default()),
                _ => return None,
            }
        }
        Row::Area(s, a) => {
            let area = report.townships.get(s)?.areas.get(a)?;
            match field {
                Field::Name => text_cell(&area.township),
                Field::Status => text_cell(&area.status),
                Field::Region => text_cell(area.region.clone().unwrap_or_default()),
                Field::Pcode => text_cell(area.pcode.clone().unwrap_or_default()),
                Field::Note => text_cell(area.note.clone().unwrap_or_default()),
                _ => return None,
            }
        }
    })
}

/// Where a figure cell's figure lives: an optional figure, or the parts it is a category of.
pub(super) enum Slot<'a> {
    One(&'a mut Option<Figure>),
    Parts(&'a mut Parts),
}

pub(super) fn figure_slot<'a>(report: &'a mut Report, row: Row, field: &Field) -> Option<Slot<'a>> {
    Some(match (row, field) {
        (Row::Funding(i), Field::Mmk) => Slot::One(&mut report.funding.get_mut(i)?.mmk),
        (Row::Funding(i), Field::Usd) => Slot::One(&mut report.funding.get_mut(i)?.usd),
        (Row::Losses(i), Field::Total) => Slot::One(&mut report.losses.get_mut(i)?.total),
        (Row::Losses(i), Field::Part(_)) => Slot::Parts(&mut report.losses.get_mut(i)?.breakdown),
        (Row::Losses(i), Field::Beside(_)) => Slot::Parts(&mut report.losses.get_mut(i)?.other),
        (Row::Battles(i), Field::Total) => Slot::One(&mut report.battles.get_mut(i)?.total),
        (Row::Group(i, g), Field::Total) => Slot::One(&mut report.battles.get_mut(i)?.groups.get_mut(g)?.total),
        (Row::Group(i, g), Field::Part(_)) => Slot::Parts(&mut report.battles.get_mut(i)?.groups.get_mut(g)?.breakdown),
        (Row::Townships(i), Field::Total) => Slot::One(&mut report.townships.get_mut(i)?.total),
        (Row::Townships(i), Field::Part(_)) => Slot::Parts(&mut report.townships.get_mut(i)?.breakdown),
        _ => return None,
    })
}

/// Puts a figure in its slot (a category keeps its column's place among the parts), or takes
/// it out.
pub(super) fn place_figure(slot: Slot<'_>, field: &Field, figure: Option<Figure>) {
    match slot {
        Slot::One(one) => *one = figure,
        Slot::Parts(parts) => {
            let category = field.category().unwrap_or_default();
            let at = parts.iter().position(|(l, _)| l == category);
            match (at, figure) {
                (Some(i), Some(f)) => parts[i].1 = f,
                (Some(i), None) => drop(parts.remove(i)),
                (None, Some(f)) => parts.push((category.to_owned(), f)),
                (None, None) => {}
            }
        }
    }
}

pub(super) fn write_cell(report: &mut Report, row: Row, field: &Field, text: &str) -> Result<(), Said> {
    if let Some(kind) = field.figure() {
        let Some(slot) = figure_slot(report, row, field) else {
            return Err(Said::new("cell-stands-for-nothing"));
        };
        let typed = figure_text::parse(text, kind)?;
        // A typed number keeps the note the figure had.
        let note = match &slot {
            Slot::One(one) => one.as_ref().and_then(|f| f.note.clone()),
            Slot::Parts(parts) => parts
                .iter()
                .find(|(l, _)| Some(l.as_str()) == field.category())
                .and_then(|(_, f)| f.note.clone()),
        };
        place_figure(slot, field, typed.map(|f| Figure { note, ..f }));
        return Ok(());
    }
    let missing = || Said::new("cell-missing");
    match row {
        Row::Source(i) => {
            let s = report.sources.get_mut(i).ok_or_else(missing)?;
            match field {
                Field::Title => s.title = required_text(text, "cell-what-source-title")?,
                Field::Publisher => s.publisher = optional_text(text),
                Field::Date => s.date = if text.is_empty() { None } else { Some(date(text)?) },
                Field::Url => s.url = optional_text(text),
                _ => return Err(missing()),
            }
        }
        Row::Funding(i) => {
            let f = report.funding.get_mut(i).ok_or_else(missing)?;
            match field {
                Field::Year => f.year = year(text)?,
                Field::Label => f.label = required_text(text, "cell-what-funding-label")?,
                Field::Restated => f.restated = restated(text)?,
                Field::Note => f.note = optional_text(text),
                _ => return Err(missing()),
            }
        }
        Row::Losses(i) => {
            let l = report.losses.get_mut(i).ok_or_else(missing)?;
            match field {
                Field::Year => l.year = year(text)?,
                Field::Side => l.side = required_text(text, "cell-what-side")?,
                Field::Restated => l.restated = restated(text)?,
                Field::Note => l.note = optional_text(text),
                _ => return Err(missing()),
            }
        }
        Row::Battles(i) => {
            let b = report.battles.get_mut(i).ok_or_else(missing)?;
            match field {
                Field::Year => b.year = year(text)?,
                Field::Restated => b.restated = restated(text)?,
                Field::Note => b.note = optional_text(text),
                _ => return Err(Said::new("cell-year-total-only")),
            }
        }
        Row::Group(i, g) => {
            let group = report
                .battles
                .get_mut(i)
                .and_then(|b| b.groups.get_mut(g))
                .ok_or_else(missing)?;
            match field {
                Field::Group => group.label = required_text(text, "cell-what-group-label")?,
                Field::Note => group.note = optional_text(text),
                Field::Year => return Err(Said::new("cell-group-year")),
                _ => return Err(missing()),
            }
        }
        Row::Townships(i) => {
            let t = report.townships.get_mut(i).ok_or_else(missing)?;
            match field {
                Field::AsOf => t.as_of = date(text)?,
                Field::Note => t.note = optional_text(text),
                _ => return Err(missing()),
            }
        }
        Row::Town(s, t) => {
            let town = report
                .townships
                .get_mut(s)
                .and_then(|snapshot| snapshot.towns.get_mut(t))
                .ok_or_else(missing)?;
            match field {
                Field::Name => town.name = required_text(text, "cell-what-town-name")?,
                Field::Status => town.status = required_text(text, "cell-what-town-status")?,
                Field::Region => town.region = optional_text(text),
                Field::Pcode => town.pcode = optional_text(text),
                Field::Lat => town.lat = degrees(text, 90.0)?,
                Field::Lon => town.lon = degrees(text, 180.0)?,
                Field::Note => town.note = optional_text(text),
                _ => return Err(missing()),
            }
        }
        Row::Area(s, a) => {
            let area = report
                .townships
                .get_mut(s)
                .and_then(|snapshot| snapshot.areas.get_mut(a))
                .ok_or_else(missing)?;
            match field {
                Field::Name => area.township = required_text(text, "cell-what-township-name")?,
                Field::Status => area.status = required_text(text, "cell-what-township-status")?,
                Field::Region => area.region = optional_text(text),
                Field::Pcode => area.pcode = optional_text(text),
                Field::Note => area.note = optional_text(text),
                _ => return Err(missing()),
            }
        }
    }
    Ok(())
}
