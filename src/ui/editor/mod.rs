//! The report editor: the report's details as a form, each section as a grid (a row per entry,
//! a column per figure or category), the selected figure's qualifier and note, the checks on
//! the rows they concern, and the section's chart drawn live below. Every change is sent as
//! one [`Command::Edit`] naming what it changes, carried out by the state (so undo and redo
//! see it); the editor then follows what it did ([`follow`]): its cursor to the row added, the
//! reason a cell was refused, what a paste left out.
//!
//! - [`grid`]: the grid, its keyboard and its clipboard.
//! - [`details`]: the details form and the sources.

pub mod details;
pub mod grid;

use std::collections::HashMap;

use egui::RichText;

use crate::charts::{Chart, ChartKind, ChartOptions, DrawContext};
use crate::command::{Command, View};
use crate::i18n::Tr;
use crate::report::edit::change::Change;
use crate::report::edit::table::{Field, Row, Sheet, Table};
use crate::report::{Dataset, Report};
use crate::state::Changed;
use crate::state::{OpenReport, State};

/// The catalog key of a change refused because entries moved while it was made.
const STALE: &str = "change-stale";

/// A cell of a sheet: (sheet, (row, column)).
pub type CellAt = (Sheet, (usize, usize));

/// What the editor keeps between frames that is not the report itself.
#[derive(Clone, Debug, Default)]
pub struct EditorScratch {
    /// The details form is shown rather than a grid.
    pub details: bool,
    /// The grid shown.
    pub sheet: Option<Sheet>,
    /// The selected cell (row, column).
    pub cursor: (usize, usize),
    /// The other corner of a selected block, when one is selected.
    pub anchor: Option<(usize, usize)>,
    /// The text of the cell being edited, while it is.
    pub editing: Option<String>,
    /// Categories added to a sheet but not filled yet, so their columns show.
    pub extra: HashMap<Sheet, Vec<Field>>,
    /// The name typed for a new or renamed category.
    pub category_name: String,
    /// A message about the last change: why a cell was refused, what a paste left out.
    pub message: Option<String>,
    /// Text typed into the details form's fields, kept while it is not a valid value yet.
    pub drafts: HashMap<&'static str, String>,
    /// The note being typed for the figure of a cell (sheet, (row, column)), until it is left.
    pub note_draft: Option<(CellAt, String)>,
    /// The chart drawn below the grid, and what it was drawn for.
    preview: Option<(u64, Chart)>,
    /// The window's language and digits, taken from the state each frame.
    pub tr: Tr,
    /// The last change followed ([`crate::state::edit::Changed::seq`]).
    followed: u64,
}

impl EditorScratch {
    /// The sheet shown, the funding grid at first.
    pub fn sheet(&self) -> Sheet {
        self.sheet.unwrap_or(Sheet::Funding)
    }

    /// The extra (empty) category columns of the sheet shown.
    pub fn extra(&self) -> &[Field] {
        self.extra.get(&self.sheet()).map_or(&[], Vec::as_slice)
    }
}

/// Sends a change to the report, named for the Edit menu, made for the report as drawn.
pub fn send(out: &mut Vec<Command>, open: &OpenReport, label: impl Into<String>, change: Change) {
    out.push(Command::Edit(open.target(), label.into(), change));
}

/// Puts a frame's changes in the order the user made them: what was typed into a cell or a
/// note is sent when the cell lets go of the keyboard, which happens while the grid is drawn,
/// after the button clicked to add, remove or move a row has sent its change; the text was
/// typed before that click, so it goes first, into the entry it was typed for.
fn typing_first(frame: &mut [Command]) {
    let typed = |c: &Command| matches!(c, Command::Edit(_, _, Change::Type(..) | Change::SetFigure(..)));
    frame.sort_by_key(|c| !typed(c));
}

/// Follows each change carried out since the last frame, once, in order: the cursor to the row
/// added or moved and the category moved, the reason a cell's text was refused (the cell opened
/// again with it), what a paste left out, the cell a clear could not empty, a change refused
/// because entries moved while it was made.
fn follow(state: &State, open: &OpenReport, scratch: &mut EditorScratch) {
    let fresh: Vec<&Changed> = state.docs.changes.iter().filter(|c| c.seq > scratch.followed).collect();
    let Some(last) = fresh.last() else { return };
    scratch.followed = last.seq;
    let mine = fresh.into_iter().filter(|c| c.report == open.id);
    // A cell refused is opened again with its text last, whatever was done after it.
    let (refused, rest): (Vec<&Changed>, Vec<&Changed>) =
        mine.partition(|c| matches!((&c.change, &c.result), (Change::Type(..), Err(why)) if why.key != STALE));
    if refused.is_empty() && rest.is_empty() {
        return;
    }
    scratch.message = None;
    for changed in rest.into_iter().chain(refused.last().copied()) {
        follow_one(changed, open, scratch);
    }
}

fn follow_one(changed: &Changed, open: &OpenReport, scratch: &mut EditorScratch) {
    let (tr, report) = (scratch.tr, &open.loaded.report);
    let place = |scratch: &EditorScratch, sheet: Sheet, row: Option<Row>, field: Option<&Field>| {
        let table = Table::of(report, sheet, scratch.extra.get(&sheet).map_or(&[], Vec::as_slice));
        let r = row.and_then(|row| table.rows.iter().position(|x| *x == row));
        let c = field.and_then(|field| table.columns.iter().position(|f| f == field));
        (r, c)
    };
    match (&changed.change, &changed.result) {
        // The cell named is no longer the one typed in: say what was not done.
        (_, Err(why)) if why.key == STALE => {
            scratch.message = Some(format!("{}: {}", changed.label, why.words(tr)));
        }
        (Change::Type(at, text), Err(why)) => {
            scratch.sheet = Some(at.sheet);
            scratch.details = false;
            if let (Some(r), Some(c)) = place(scratch, at.sheet, Some(at.row), Some(&at.field)) {
                scratch.cursor = (r, c);
                scratch.anchor = None;
                scratch.editing = Some(text.clone());
            }
            scratch.message = Some(format!("{}: {}", grid::at_name(report, at, tr), why.words(tr)));
        }
        (_, Err(why)) => scratch.message = Some(why.words(tr)),
        (Change::Paste { text, .. }, Ok(done)) => {
            if let Some(left) = grid::pasted_message(&done.left, text, tr) {
                scratch.message = Some(left);
            }
        }
        (Change::Clear(..), Ok(done)) => {
            if let Some((at, why)) = &done.refused {
                scratch.message = Some(format!("{}: {}", grid::at_name(report, at, tr), why.words(tr)));
            }
        }
        (Change::RenameCategory(sheet, field, name), Ok(_)) => {
            grid::rename_extra(scratch, *sheet, field.category().unwrap_or_default(), name.trim());
            scratch.category_name.clear();
        }
        (Change::AddRow(sheet, _) | Change::MoveRow(sheet, ..), Ok(done)) => {
            if let (Some(r), _) = place(scratch, *sheet, done.row, None) {
                scratch.cursor.0 = r;
                if matches!(changed.change, Change::AddRow(..)) {
                    scratch.cursor.1 = 0;
                }
                scratch.anchor = None;
            }
        }
        (Change::AddGroup(_), Ok(done)) => {
            if let (Some(r), _) = place(scratch, Sheet::Battles, done.row, None) {
                scratch.cursor = (r, 1);
                scratch.anchor = None;
            }
        }
        (Change::MoveCategory(sheet, ..), Ok(done)) => {
            if let (_, Some(c)) = place(scratch, *sheet, None, done.field.as_ref()) {
                scratch.cursor.1 = c;
            }
        }
        (_, Ok(_)) => {}
    }
}

/// The Edit view.
pub fn editor_ui(ui: &mut egui::Ui, state: &State, scratch: &mut EditorScratch, out: &mut Vec<Command>) {
    let tr = state.view.options.tr;
    scratch.tr = tr;
    let Some(open) = state.edited() else {
        ui.label(crate::ui::words(ui, &tr.t("editor-none")));
        return;
    };
    follow(state, open, scratch);
    let first = out.len();
    header_ui(ui, open, tr, out);
    tabs_ui(ui, open, scratch, tr);
    ui.separator();
    let below = (ui.available_height() * 0.38).clamp(140.0, 360.0);
    let above = (ui.available_height() - below - 8.0).max(160.0);
    ui.allocate_ui(egui::vec2(ui.available_width(), above), |ui| {
        if scratch.details {
            details::details_ui(ui, open, scratch, tr, out);
        } else {
            grid::sheet_ui(ui, open, state.warnings(open), scratch, out);
        }
    });
    typing_first(&mut out[first..]);
    ui.separator();
    preview_ui(ui, state, open, scratch);
}

/// The report's title, whether it is saved, and the buttons to save, undo, redo and finish.
fn header_ui(ui: &mut egui::Ui, open: &OpenReport, tr: Tr, out: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.heading(&open.loaded.report.title);
        let file = open
            .loaded
            .path
            .as_ref()
            .map_or_else(|| tr.t("editor-not-saved-yet"), |p| p.display().to_string());
        let text = if open.history.dirty() {
            tr.f("editor-file-unsaved", &[("file", file.into())])
        } else {
            file
        };
        ui.label(RichText::new(text).weak());
    });
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(tr.t("editor-save"))
            .on_hover_text(tr.t("editor-save-hover"))
            .clicked()
        {
            out.push(Command::SaveReport(open.id));
        }
        if ui
            .button(tr.t("editor-save-as"))
            .on_hover_text(tr.t("editor-save-as-hover"))
            .clicked()
        {
            out.push(Command::SaveReportAs(open.id));
        }
        ui.separator();
        let undo = open.history.next_undo();
        if ui
            .add_enabled(undo.is_some(), egui::Button::new(tr.t("edit-undo")))
            .on_hover_text(undo.map_or_else(
                || tr.t("editor-nothing-to-undo"),
                |l| tr.f("editor-undo-hover", &[("what", l.into())]),
            ))
            .clicked()
        {
            out.push(Command::Undo(open.id));
        }
        let redo = open.history.next_redo();
        if ui
            .add_enabled(redo.is_some(), egui::Button::new(tr.t("edit-redo")))
            .on_hover_text(redo.map_or_else(
                || tr.t("editor-nothing-to-redo"),
                |l| tr.f("editor-redo-hover", &[("what", l.into())]),
            ))
            .clicked()
        {
            out.push(Command::Redo(open.id));
        }
        ui.separator();
        if ui
            .button(tr.t("editor-done"))
            .on_hover_text(tr.t("editor-done-hover"))
            .clicked()
        {
            out.push(Command::ShowView(View::Chart));
        }
    });
}

/// Details, then a tab per section.
fn tabs_ui(ui: &mut egui::Ui, open: &OpenReport, scratch: &mut EditorScratch, tr: Tr) {
    ui.horizontal_wrapped(|ui| {
        if ui.selectable_label(scratch.details, tr.t("editor-details")).clicked() {
            scratch.details = true;
            scratch.editing = None;
        }
        for sheet in Sheet::MAIN {
            let count = count(&open.loaded.report, sheet);
            let selected = !scratch.details && scratch.sheet() == sheet;
            if ui
                .selectable_label(
                    selected,
                    tr.f(
                        "editor-sheet-tab",
                        &[("sheet", sheet.name_in(tr).into()), ("n", count.into())],
                    ),
                )
                .clicked()
            {
                scratch.details = false;
                scratch.sheet = Some(sheet);
                scratch.cursor = (0, 0);
                scratch.anchor = None;
                scratch.editing = None;
            }
        }
        if let Sheet::Towns(s) = scratch.sheet()
            && !scratch.details
        {
            ui.label(RichText::new(tr.f("editor-towns-of-snapshot", &[("n", (s + 1).into())])).strong());
        }
        if let Sheet::Areas(s) = scratch.sheet()
            && !scratch.details
        {
            ui.label(RichText::new(tr.f("editor-areas-of-snapshot", &[("n", (s + 1).into())])).strong());
        }
    });
}

/// How many entries a sheet has.
fn count(report: &Report, sheet: Sheet) -> usize {
    match sheet {
        Sheet::Sources => report.sources.len(),
        Sheet::Funding => report.funding.len(),
        Sheet::Losses => report.losses.len(),
        Sheet::Battles => report.battles.len(),
        Sheet::Townships => report.townships.len(),
        Sheet::Towns(s) => report.townships.get(s).map_or(0, |t| t.towns.len()),
        Sheet::Areas(s) => report.townships.get(s).map_or(0, |t| t.areas.len()),
    }
}

/// The chart a sheet's figures show in.
fn chart_kind(sheet: Sheet) -> ChartKind {
    match sheet {
        Sheet::Losses => ChartKind::Losses,
        Sheet::Battles => ChartKind::Battles,
        Sheet::Townships => ChartKind::Townships,
        Sheet::Towns(_) | Sheet::Areas(_) => ChartKind::ALL
            .into_iter()
            .find(|k| k.key() == "map")
            .unwrap_or(ChartKind::Townships),
        Sheet::Funding | Sheet::Sources => ChartKind::Funding,
    }
}

/// The edited report alone, drawn as its section's chart, with the cell being typed in shown
/// as it would be once entered.
fn preview_ui(ui: &mut egui::Ui, state: &State, open: &OpenReport, scratch: &mut EditorScratch) {
    let sheet = scratch.sheet();
    // A large report's chart is drawn again for each edit, not for each key typed.
    let typing = scratch
        .editing
        .clone()
        .filter(|_| !scratch.details && crate::state::charted_here(&open.loaded.report));
    let kind = chart_kind(sheet);
    let key = {
        use std::hash::{Hash as _, Hasher as _};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        open.id.hash(&mut h);
        open.history.version.hash(&mut h);
        typing.hash(&mut h);
        sheet.hash(&mut h);
        scratch.extra().hash(&mut h);
        scratch.cursor.hash(&mut h);
        kind.hash(&mut h);
        state.settings.currency.hash(&mut h);
        state.view.options.tr.hash(&mut h);
        h.finish()
    };
    let chart = match &scratch.preview {
        Some((k, chart)) if *k == key => chart.clone(),
        _ => {
            // A copy for drawing only, made when what it shows changed: the cell being typed
            // in as it would be once entered (what is typed and readable shows at once; what
            // is not, not yet). Edits themselves go through commands.
            let mut loaded = (*open.loaded).clone();
            if let Some(text) = &typing {
                let table = Table::of(&loaded.report, sheet, scratch.extra());
                let (row, col) = scratch.cursor;
                let _ = table.set(&mut loaded.report, row, col, text);
            }
            let options = preview_options(state);
            let chart = kind.prepare(&Dataset::merge(vec![loaded]), &options);
            scratch.preview = Some((key, chart.clone()));
            chart
        }
    };
    let tr = state.view.options.tr;
    if chart.is_empty() {
        let section = super::views::section_name(tr, kind.section());
        let text = match kind {
            ChartKind::Map => tr.t("editor-preview-empty-map"),
            _ => tr.f("editor-preview-empty", &[("section", section.into())]),
        };
        ui.label(crate::ui::words(ui, &text).weak());
        return;
    }
    ui.label(RichText::new(chart.title()).strong());
    let options = preview_options(state);
    let draw = DrawContext {
        options: &options,
        focus: None,
        picture: false,
        data: None,
    };
    ui.push_id("editor-preview", |ui| {
        let before = ui.min_rect();
        drop(chart.ui(ui, &draw));
        let rect = ui.min_rect().union(before);
        let response = ui.interact(rect, ui.scope_id().with("a11y"), egui::Sense::hover());
        let name = tr.f(
            "editor-preview-a11y",
            &[("title", chart.title().into()), ("summary", chart.summary().into())],
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));
    });
}

/// The window's currency and language, with every series and year shown: the whole report.
fn preview_options(state: &State) -> ChartOptions {
    ChartOptions {
        currency: state.settings.currency,
        tr: state.view.options.tr,
        ..ChartOptions::default()
    }
}
