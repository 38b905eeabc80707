//! A section of the report as a grid. Arrows and Tab move between cells, Enter (or typing)
//! edits, Escape cancels, Delete clears; Shift with arrows or a click selects a block, which
//! Ctrl+C copies as tab-separated text; Ctrl+V pastes a block from a spreadsheet at the
//! selected cell, growing the grid as needed, as one edit. Rows a check concerns are marked,
//! with the check's words on hover. Only the rows on screen are drawn.

use std::collections::HashMap;

use egui::{Color32, Key, RichText};

use super::{EditorScratch, send};
use crate::charts::CONFLICT_COLOR;
use crate::command::Command;
use crate::i18n::Tr;
use crate::report::edit::change::{At, Change};
use crate::report::edit::table::{self, Field, Row, Sheet, Table};
use crate::report::model::figure::Qualifier;
use crate::report::{Report, Severity};
use crate::state::OpenReport;

/// A row's height, in points.
const ROW_HEIGHT: f32 = 24.0;

/// The size of a cell's text, in points.
const CELL_TEXT: f32 = 14.0;

/// The grid of the sheet shown, with its tools, the selected figure's details and its checks.
/// `warnings` are the report's, in the window's language.
pub fn sheet_ui(
    ui: &mut egui::Ui,
    open: &OpenReport,
    warnings: &[crate::report::Warning],
    scratch: &mut EditorScratch,
    out: &mut Vec<Command>,
) {
    let report = &open.loaded.report;
    let sheet = scratch.sheet();
    if let Sheet::Towns(s) | Sheet::Areas(s) = sheet
        && s >= report.townships.len()
    {
        scratch.sheet = Some(Sheet::Townships);
    }
    let table = Table::of(report, scratch.sheet(), scratch.extra());
    clamp_cursor(scratch, &table);
    if scratch
        .note_draft
        .as_ref()
        .is_some_and(|(at, _)| *at != (table.sheet, scratch.cursor))
    {
        commit_note(open, &table, scratch, out);
    }
    tools_ui(ui, open, &table, scratch, out);
    let checks = row_checks(warnings, &table);
    let grid_height = (ui.available_height() - 96.0).max(ROW_HEIGHT * 4.0);
    ui.allocate_ui(egui::vec2(ui.available_width(), grid_height), |ui| {
        grid_ui(ui, open, &table, &checks, scratch, out);
    });
    inspector_ui(ui, open, &table, scratch, out);
    if let Some(message) = &scratch.message {
        ui.label(RichText::new(message).color(CONFLICT_COLOR));
    }
}

fn clamp_cursor(scratch: &mut EditorScratch, table: &Table) {
    let rows = table.rows.len().max(1);
    let cols = table.columns.len().max(1);
    scratch.cursor = (scratch.cursor.0.min(rows - 1), scratch.cursor.1.min(cols - 1));
    if let Some(a) = &mut scratch.anchor {
        *a = (a.0.min(rows - 1), a.1.min(cols - 1));
    }
}

/// What a row is called in the Edit menu and in messages: "Funding 2025 Battalion support".
pub fn row_name(report: &Report, row: Row, tr: Tr) -> String {
    let sheet = |sheet: Sheet, year: i32, what: Option<&str>| match what {
        Some(what) => tr.f(
            "row-name",
            &[
                ("sheet", sheet.name_in(tr).into()),
                ("year", tr.year(year).into()),
                ("what", what.into()),
            ],
        ),
        None => tr.f(
            "row-name-year",
            &[("sheet", sheet.name_in(tr).into()), ("year", tr.year(year).into())],
        ),
    };
    match row {
        Row::Source(i) => tr.f("row-source", &[("n", (i + 1).into())]),
        Row::Funding(i) => report
            .funding
            .get(i)
            .map_or_else(String::new, |f| sheet(Sheet::Funding, f.year, Some(&f.label))),
        Row::Losses(i) => report
            .losses
            .get(i)
            .map_or_else(String::new, |l| sheet(Sheet::Losses, l.year, Some(&tr.term(&l.side)))),
        Row::Battles(i) => report
            .battles
            .get(i)
            .map_or_else(String::new, |b| sheet(Sheet::Battles, b.year, None)),
        Row::Group(i, g) => report
            .battles
            .get(i)
            .and_then(|b| b.groups.get(g).map(|gr| sheet(Sheet::Battles, b.year, Some(&gr.label))))
            .unwrap_or_default(),
        Row::Townships(i) => report.townships.get(i).map_or_else(String::new, |t| {
            tr.f(
                "row-snapshot",
                &[
                    ("sheet", Sheet::Townships.name_in(tr).into()),
                    ("date", tr.digits(&t.as_of.to_string()).into()),
                ],
            )
        }),
        Row::Town(s, t) => report
            .townships
            .get(s)
            .and_then(|snapshot| snapshot.towns.get(t))
            .map_or_else(String::new, |town| tr.f("row-town", &[("name", (&town.name).into())])),
        Row::Area(s, a) => report
            .townships
            .get(s)
            .and_then(|snapshot| snapshot.areas.get(a))
            .map_or_else(String::new, |area| {
                tr.f("row-area", &[("name", (&area.township).into())])
            }),
    }
}

/// The checks that concern each row: (inconsistency, words).
fn row_checks(warnings: &[crate::report::Warning], table: &Table) -> HashMap<usize, Vec<(bool, String)>> {
    let mut out: HashMap<usize, Vec<(bool, String)>> = HashMap::new();
    for w in warnings {
        if let Some(row) = table.row_of_path(&w.path) {
            out.entry(row)
                .or_default()
                .push((w.severity == Severity::Inconsistency, w.message.clone()));
        }
    }
    out
}

/// Adds, removes and moves rows; adds, renames, moves and removes categories.
fn tools_ui(ui: &mut egui::Ui, open: &OpenReport, table: &Table, scratch: &mut EditorScratch, out: &mut Vec<Command>) {
    let report = &open.loaded.report;
    let tr = scratch.tr;
    let (row, col) = scratch.cursor;
    let has_row = row < table.rows.len();
    ui.horizontal_wrapped(|ui| {
        let (add, adding) = match table.sheet {
            Sheet::Sources => ("grid-add-source", "undo-adding-source"),
            Sheet::Towns(_) => ("grid-add-town", "undo-adding-town"),
            Sheet::Areas(_) => ("grid-add-area", "undo-adding-area"),
            Sheet::Townships => ("grid-add-snapshot", "undo-adding-snapshot"),
            _ => ("grid-add-year", "undo-adding-year"),
        };
        if ui.button(tr.t(add)).clicked() {
            let after = table.rows.get(row).copied().filter(|_| has_row);
            send(out, open, tr.t(adding), Change::AddRow(table.sheet, after));
        }
        if table.sheet == Sheet::Battles && has_row && ui.button(tr.t("grid-add-group")).clicked() {
            send(out, open, tr.t("undo-adding-group"), Change::AddGroup(table.rows[row]));
        }
        if has_row {
            let name = row_name(report, table.rows[row], tr);
            if ui
                .button(tr.t("grid-remove-row"))
                .on_hover_text(tr.f("grid-remove-what", &[("what", (&name).into())]))
                .clicked()
            {
                let what = tr.f("undo-removing", &[("what", (&name).into())]);
                send(out, open, what, Change::RemoveRow(table.sheet, table.rows[row]));
            }
            for (label, by) in [(tr.t("grid-move-up"), -1), (tr.t("grid-move-down"), 1)] {
                if ui.button(label).clicked() {
                    let what = tr.f("undo-moving", &[("what", (&name).into())]);
                    send(out, open, what, Change::MoveRow(table.sheet, table.rows[row], by));
                }
            }
            if let (Sheet::Townships, Row::Townships(s)) = (table.sheet, table.rows[row])
                && ui.button(tr.t("grid-named-towns")).clicked()
            {
                scratch.sheet = Some(Sheet::Towns(s));
                scratch.cursor = (0, 0);
            }
            if let (Sheet::Townships, Row::Townships(s)) = (table.sheet, table.rows[row])
                && ui.button(tr.t("grid-listed-townships")).clicked()
            {
                scratch.sheet = Some(Sheet::Areas(s));
                scratch.cursor = (0, 0);
            }
        }
        if let Sheet::Towns(_) | Sheet::Areas(_) = table.sheet
            && ui.button(tr.t("grid-back-to-snapshots")).clicked()
        {
            scratch.sheet = Some(Sheet::Townships);
            scratch.cursor = (0, 0);
        }
    });
    if matches!(table.sheet, Sheet::Losses | Sheet::Battles | Sheet::Townships) {
        categories_ui(ui, open, table, col, scratch, out);
    }
}

/// The categories' tools: a new one (in the breakdown, or beside the total for losses); the
/// selected one renamed, moved or removed in every entry.
fn categories_ui(
    ui: &mut egui::Ui,
    open: &OpenReport,
    table: &Table,
    col: usize,
    scratch: &mut EditorScratch,
    out: &mut Vec<Command>,
) {
    let tr = scratch.tr;
    ui.horizontal_wrapped(|ui| {
        ui.label(tr.t("grid-category"));
        let category_name = tr.t("grid-category-name");
        ui.add(
            egui::TextEdit::singleline(&mut scratch.category_name)
                .hint_text(tr.t("grid-category-hint"))
                .desired_width(140.0),
        )
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &category_name));
        let name = scratch.category_name.trim().to_owned();
        let taken = table.columns.iter().any(|c| c.category() == Some(name.as_str()));
        let sheet = table.sheet;
        if ui
            .add_enabled(!name.is_empty() && !taken, egui::Button::new(tr.t("grid-category-add")))
            .clicked()
        {
            scratch.extra.entry(sheet).or_default().push(Field::Part(name.clone()));
            scratch.category_name.clear();
        }
        if sheet == Sheet::Losses
            && ui
                .add_enabled(
                    !name.is_empty() && !taken,
                    egui::Button::new(tr.t("grid-category-add-beside")),
                )
                .on_hover_text(tr.t("grid-category-add-beside-hover"))
                .clicked()
        {
            scratch
                .extra
                .entry(sheet)
                .or_default()
                .push(Field::Beside(name.clone()));
            scratch.category_name.clear();
        }
        let Some(field) = table.columns.get(col).filter(|f| f.category().is_some()) else {
            return;
        };
        let old = field.category().unwrap_or_default().to_owned();
        ui.separator();
        ui.label(RichText::new(tr.f("grid-category-selected", &[("name", (&old).into())])).strong());
        if ui
            .add_enabled(
                !name.is_empty() && !taken,
                egui::Button::new(tr.t("grid-category-rename")),
            )
            .on_hover_text(tr.t("grid-category-rename-hover"))
            .clicked()
        {
            let what = tr.f("undo-renaming", &[("what", (&old).into())]);
            send(
                out,
                open,
                what,
                Change::RenameCategory(sheet, field.clone(), name.clone()),
            );
        }
        for (label, by) in [("◀", -1), ("▶", 1)] {
            if ui.button(label).on_hover_text(tr.t("grid-category-move")).clicked() {
                let what = tr.f("undo-moving", &[("what", (&old).into())]);
                send(out, open, what, Change::MoveCategory(sheet, field.clone(), by));
            }
        }
        if ui
            .button(tr.t("grid-category-remove"))
            .on_hover_text(tr.t("grid-category-remove-hover"))
            .clicked()
        {
            if let Some(extra) = scratch.extra.get_mut(&sheet) {
                extra.retain(|f| f.category() != Some(old.as_str()));
            }
            let what = tr.f("undo-removing", &[("what", (&old).into())]);
            send(out, open, what, Change::RemoveCategory(sheet, field.clone()));
        }
    });
}

pub(super) fn rename_extra(scratch: &mut EditorScratch, sheet: Sheet, old: &str, name: &str) {
    if let Some(extra) = scratch.extra.get_mut(&sheet) {
        for f in extra.iter_mut() {
            match f {
                Field::Part(c) | Field::Beside(c) if c == old => name.clone_into(c),
                _ => {}
            }
        }
    }
}

/// Column widths: wide enough for the heading and the longest of the first rows' texts.
fn widths(ui: &egui::Ui, report: &Report, table: &Table, tr: Tr) -> Vec<f32> {
    // The font cells are painted in, so the widest text fits with its margins.
    let font = egui::FontId::proportional(CELL_TEXT);
    let measure = |text: &str| {
        ui.fonts_mut(|f| f.layout_no_wrap(text.to_owned(), font.clone(), Color32::WHITE))
            .size()
            .x
    };
    table
        .columns
        .iter()
        .enumerate()
        .map(|(c, field)| {
            let longest = (0..table.rows.len().min(60))
                .map(|r| measure(&table.cell(report, r, c).text))
                .fold(measure(&field.title_in(tr)), f32::max);
            (longest + 20.0).clamp(64.0, 280.0)
        })
        .collect()
}

/// The grid itself: a sticky heading row, the rows on screen, the cell being edited.
fn grid_ui(
    ui: &mut egui::Ui,
    open: &OpenReport,
    table: &Table,
    checks: &HashMap<usize, Vec<(bool, String)>>,
    scratch: &mut EditorScratch,
    out: &mut Vec<Command>,
) {
    let report = &open.loaded.report;
    let grid_id = ui.scope_id().with("grid");
    let focused = ui.memory(|m| m.has_focus(grid_id));
    let moved = if focused && scratch.editing.is_none() {
        keys(ui, open, table, scratch, out)
    } else {
        false
    };
    let tr = scratch.tr;
    let widths = widths(ui, report, table, tr);
    let total_width: f32 = widths.iter().sum::<f32>() + 48.0;
    let rows = table.rows.len();
    egui::ScrollArea::both()
        .id_salt(("grid", format!("{:?}", table.sheet)))
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            let origin = ui.min_rect().min;
            // The whole view takes a click, below the rows too: an empty grid's hint says to
            // click there and paste.
            let height = ((rows + 1) as f32 * ROW_HEIGHT + 4.0).max(viewport.height());
            let size = egui::vec2(total_width.max(viewport.width()), height);
            let (whole, _) = ui.allocate_exact_size(size, egui::Sense::hover());
            let background = ui.interact(whole, grid_id, egui::Sense::click());
            if background.clicked() {
                background.request_focus();
            }
            if ui.memory(|m| m.has_focus(grid_id)) {
                ui.memory_mut(|m| {
                    m.set_focus_lock_filter(
                        grid_id,
                        egui::EventFilter {
                            tab: true,
                            horizontal_arrows: true,
                            vertical_arrows: true,
                            escape: true,
                        },
                    );
                });
            }
            let first = ((viewport.min.y / ROW_HEIGHT).floor() as usize).saturating_sub(1);
            let last = ((viewport.max.y / ROW_HEIGHT).ceil() as usize + 1).min(rows);
            for r in first..last {
                let y = origin.y + (r + 1) as f32 * ROW_HEIGHT;
                row_ui(
                    ui, open, table, checks, scratch, out, r, y, origin.x, &widths, grid_id, moved,
                );
            }
            header_ui(ui, table, origin.x, origin.y + viewport.min.y, &widths, tr);
            if rows == 0 {
                ui.put(
                    egui::Rect::from_min_size(
                        egui::pos2(origin.x, origin.y + ROW_HEIGHT + 4.0),
                        egui::vec2(400.0, ROW_HEIGHT),
                    ),
                    egui::Label::new(RichText::new(tr.t("grid-no-rows")).weak()).selectable(false),
                );
                if ui.memory(|m| m.has_focus(grid_id)) {
                    // Clicked: the grid has the keyboard, and a paste goes in at its first cell.
                    let cell = egui::Rect::from_min_size(
                        egui::pos2(origin.x + 2.0, origin.y + ROW_HEIGHT + 2.0),
                        egui::vec2(widths.first().copied().unwrap_or(80.0) - 4.0, ROW_HEIGHT - 4.0),
                    );
                    ui.painter()
                        .rect_stroke(cell, 2.0, ui.visuals().selection.stroke, egui::StrokeKind::Inside);
                }
            }
        });
}

/// The heading row, drawn over the rows at the top of the view.
fn header_ui(ui: &mut egui::Ui, table: &Table, x: f32, y: f32, widths: &[f32], tr: Tr) {
    let painter = ui.painter();
    let fill = ui.visuals().faint_bg_color;
    let strong = ui.visuals().strong_text_color();
    let mut left = x + 48.0;
    painter.rect_filled(
        egui::Rect::from_min_size(
            egui::pos2(x, y),
            egui::vec2(widths.iter().sum::<f32>() + 48.0, ROW_HEIGHT),
        ),
        0.0,
        fill,
    );
    for (field, w) in table.columns.iter().zip(widths) {
        let rect = egui::Rect::from_min_size(egui::pos2(left, y), egui::vec2(*w, ROW_HEIGHT));
        painter.with_clip_rect(rect).text(
            rect.left_center() + egui::vec2(6.0, 0.0),
            egui::Align2::LEFT_CENTER,
            field.title_in(tr),
            egui::FontId::proportional(13.0),
            strong,
        );
        left += w;
    }
}

/// One row: its number (marked when a check concerns it) and its cells.
#[expect(clippy::too_many_arguments, reason = "one row of the grid: every value is needed")]
fn row_ui(
    ui: &mut egui::Ui,
    open: &OpenReport,
    table: &Table,
    checks: &HashMap<usize, Vec<(bool, String)>>,
    scratch: &mut EditorScratch,
    out: &mut Vec<Command>,
    r: usize,
    y: f32,
    x: f32,
    widths: &[f32],
    grid_id: egui::Id,
    moved: bool,
) {
    let report = &open.loaded.report;
    let number = egui::Rect::from_min_size(egui::pos2(x, y), egui::vec2(48.0, ROW_HEIGHT));
    let concerns = checks.get(&r);
    let bad = concerns.is_some_and(|c| c.iter().any(|(bad, _)| *bad));
    let mark = match concerns {
        Some(_) if bad => "✖",
        Some(_) => "ℹ",
        None => "",
    };
    let color = if bad {
        CONFLICT_COLOR
    } else {
        ui.visuals().weak_text_color()
    };
    let response = ui.interact(number, grid_id.with(("row", r)), egui::Sense::hover());
    ui.painter().text(
        number.left_center() + egui::vec2(4.0, 0.0),
        egui::Align2::LEFT_CENTER,
        format!("{} {mark}", r + 1),
        egui::FontId::proportional(12.0),
        color,
    );
    if let Some(c) = concerns {
        let words: Vec<&str> = c.iter().map(|(_, w)| w.as_str()).collect();
        response.on_hover_text(words.join("\n"));
    }
    let mut left = x + 48.0;
    for (c, w) in widths.iter().enumerate() {
        let rect = egui::Rect::from_min_size(egui::pos2(left, y), egui::vec2(*w, ROW_HEIGHT));
        cell_ui(
            ui,
            open,
            table,
            scratch,
            out,
            (r, c),
            rect,
            grid_id,
            concerns.is_some().then_some(bad),
            moved,
        );
        left += w;
    }
    let _ = report;
}

/// One cell: selected, in the selected block, marked by a check, or being edited.
#[expect(clippy::too_many_arguments, reason = "one cell of the grid: every value is needed")]
fn cell_ui(
    ui: &mut egui::Ui,
    open: &OpenReport,
    table: &Table,
    scratch: &mut EditorScratch,
    out: &mut Vec<Command>,
    (r, c): (usize, usize),
    rect: egui::Rect,
    grid_id: egui::Id,
    checked: Option<bool>,
    moved: bool,
) {
    let report = &open.loaded.report;
    let cell = table.cell(report, r, c);
    let selected = scratch.cursor == (r, c);
    if selected && scratch.editing.is_some() {
        edit_ui(ui, open, table, scratch, out, rect);
        return;
    }
    let id = grid_id.with(("cell", r, c));
    let response = ui.interact(rect, id, egui::Sense::click());
    let label = cell_name(report, table, (r, c), scratch.tr);
    let text = cell.text.clone();
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(egui::Role::Cell, cell.editable, &label);
        info.current_text_value = Some(text.clone());
        info.selected = Some(selected);
        info
    });
    // A text too long for its column is shown whole on hover.
    if response.hovered() {
        let width = ui
            .fonts_mut(|f| f.layout_no_wrap(text.clone(), egui::FontId::proportional(CELL_TEXT), Color32::WHITE))
            .size()
            .x;
        if width > rect.width() - 12.0 {
            response.clone().on_hover_text(text.clone());
        }
    }
    let visuals = ui.visuals();
    let in_block = scratch.anchor.is_some_and(|a| in_range(a, scratch.cursor, (r, c)));
    let fill = if selected {
        visuals.selection.bg_fill
    } else if in_block {
        visuals.selection.bg_fill.gamma_multiply(0.4)
    } else {
        match checked {
            Some(true) => CONFLICT_COLOR.gamma_multiply(0.15),
            Some(false) => visuals.warn_fg_color.gamma_multiply(0.12),
            None => Color32::TRANSPARENT,
        }
    };
    let painter = ui.painter().with_clip_rect(rect);
    painter.rect_filled(rect.shrink(0.5), 0.0, fill);
    painter.rect_stroke(
        rect,
        0.0,
        visuals.widgets.noninteractive.bg_stroke,
        egui::StrokeKind::Inside,
    );
    let color = if !cell.editable {
        visuals.weak_text_color()
    } else if selected {
        visuals.selection.stroke.color
    } else {
        visuals.text_color()
    };
    let figure = cell.figure.as_ref();
    let align = if figure.is_some() {
        egui::Align2::RIGHT_CENTER
    } else {
        egui::Align2::LEFT_CENTER
    };
    let at = if figure.is_some() {
        rect.right_center() - egui::vec2(6.0, 0.0)
    } else {
        rect.left_center() + egui::vec2(6.0, 0.0)
    };
    let noted = figure.is_some_and(|f| f.note.is_some());
    painter.text(at, align, &cell.text, egui::FontId::proportional(CELL_TEXT), color);
    if noted {
        // A small corner mark: this figure has a note (shown below when selected).
        let corner = rect.right_top();
        painter.add(egui::Shape::convex_polygon(
            vec![corner, corner + egui::vec2(-7.0, 0.0), corner + egui::vec2(0.0, 7.0)],
            visuals.warn_fg_color,
            egui::Stroke::NONE,
        ));
    }
    if selected && moved {
        ui.scroll_to_rect(rect, None);
    }
    if response.clicked() {
        if ui.input(|i| i.modifiers.shift) {
            scratch.anchor.get_or_insert(scratch.cursor);
        } else {
            scratch.anchor = None;
        }
        scratch.cursor = (r, c);
        scratch.message = None;
        ui.memory_mut(|m| m.request_focus(grid_id));
    }
    if response.double_clicked() && cell.editable {
        scratch.editing = Some(cell.text);
    }
}

/// True when `cell` lies in the block with corners `a` and `b`.
fn in_range(a: (usize, usize), b: (usize, usize), cell: (usize, usize)) -> bool {
    (a.0.min(b.0)..=a.0.max(b.0)).contains(&cell.0) && (a.1.min(b.1)..=a.1.max(b.1)).contains(&cell.1)
}

/// The cell being edited: Enter keeps the text and moves down, Tab keeps it and moves right,
/// Escape drops it; a text that cannot be read stays, with the reason below.
fn edit_ui(
    ui: &mut egui::Ui,
    open: &OpenReport,
    table: &Table,
    scratch: &mut EditorScratch,
    out: &mut Vec<Command>,
    rect: egui::Rect,
) {
    let (r, c) = scratch.cursor;
    let mut text = scratch.editing.clone().unwrap_or_default();
    let id = ui.scope_id().with("cell-edit");
    let tr = scratch.tr;
    let label = tr.f(
        "grid-editing",
        &[("cell", cell_name(&open.loaded.report, table, (r, c), tr).into())],
    );
    let response = ui.put(
        rect,
        egui::TextEdit::singleline(&mut text)
            .id(id)
            .desired_width(rect.width())
            .margin(egui::vec2(4.0, 2.0)),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &label));
    if !response.has_focus() && !response.lost_focus() {
        response.request_focus();
    }
    scratch.editing = Some(text.clone());
    let (enter, tab, escape, shift) = ui.input(|i| {
        (
            i.key_pressed(Key::Enter),
            i.key_pressed(Key::Tab),
            i.key_pressed(Key::Escape),
            i.modifiers.shift,
        )
    });
    let grid_id = ui.scope_id().with("grid");
    if escape {
        scratch.editing = None;
        scratch.message = None;
        ui.memory_mut(|m| m.request_focus(grid_id));
        return;
    }
    if enter || tab || response.lost_focus() {
        commit(open, table, scratch, out, &text);
        let rows = table.rows.len().max(1);
        let cols = table.columns.len().max(1);
        if tab {
            scratch.cursor.1 = if shift {
                scratch.cursor.1.saturating_sub(1)
            } else {
                (scratch.cursor.1 + 1).min(cols - 1)
            };
        } else if enter {
            scratch.cursor.0 = (scratch.cursor.0 + 1).min(rows - 1);
        }
        ui.memory_mut(|m| m.request_focus(grid_id));
    }
}

/// The cell at a place in the grid, named by its entry and column.
fn at(table: &Table, (r, c): (usize, usize)) -> Option<At> {
    Some(At {
        sheet: table.sheet,
        row: *table.rows.get(r)?,
        field: table.columns.get(c)?.clone(),
    })
}

/// Sends the edited text as a change to its cell. Should the text not be read, the editor
/// opens the cell again with it and the reason ([`super::follow`]).
fn commit(open: &OpenReport, table: &Table, scratch: &mut EditorScratch, out: &mut Vec<Command>, text: &str) {
    scratch.editing = None;
    scratch.message = None;
    if let Some(at) = at(table, scratch.cursor) {
        let name = cell_name(&open.loaded.report, table, scratch.cursor, scratch.tr);
        send(out, open, name, Change::Type(at, text.to_owned()));
    }
}

/// The grid's keys while it has the keyboard and no cell is edited. True when the cursor moved.
fn keys(
    ui: &mut egui::Ui,
    open: &OpenReport,
    table: &Table,
    scratch: &mut EditorScratch,
    out: &mut Vec<Command>,
) -> bool {
    let rows = table.rows.len();
    let cols = table.columns.len().max(1);
    let events = ui.input(|i| i.events.clone());
    let shift = ui.input(|i| i.modifiers.shift);
    let before = scratch.cursor;
    for event in events {
        match event {
            egui::Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } => {
                let (r, c) = scratch.cursor;
                let step = |moved: (usize, usize), scratch: &mut EditorScratch| {
                    if modifiers.shift && key != Key::Tab {
                        scratch.anchor.get_or_insert(scratch.cursor);
                    } else {
                        scratch.anchor = None;
                    }
                    scratch.cursor = moved;
                };
                match key {
                    Key::ArrowUp => step((r.saturating_sub(1), c), scratch),
                    Key::ArrowDown => step(((r + 1).min(rows.saturating_sub(1)), c), scratch),
                    Key::ArrowLeft => step((r, c.saturating_sub(1)), scratch),
                    Key::ArrowRight => step((r, (c + 1).min(cols - 1)), scratch),
                    Key::Tab if shift => step((r, c.saturating_sub(1)), scratch),
                    Key::Tab => step((r, (c + 1).min(cols - 1)), scratch),
                    Key::Home => step((r, 0), scratch),
                    Key::End => step((r, cols - 1), scratch),
                    Key::Enter | Key::F2 if rows > 0 => {
                        let cell = table.cell(&open.loaded.report, r, c);
                        if cell.editable {
                            scratch.editing = Some(cell.text);
                        }
                    }
                    Key::Delete | Key::Backspace if rows > 0 => clear(open, table, scratch, out),
                    Key::Escape => scratch.anchor = None,
                    _ => {}
                }
            }
            egui::Event::Text(t)
                if rows > 0
                    && !t.trim().is_empty()
                    && scratch.editing.is_none()
                    && table
                        .cell(&open.loaded.report, scratch.cursor.0, scratch.cursor.1)
                        .editable =>
            {
                scratch.editing = Some(t);
            }
            egui::Event::Paste(text) => paste(open, table, scratch, out, &text),
            egui::Event::Copy if rows > 0 => {
                let (a, b) = (scratch.anchor.unwrap_or(scratch.cursor), scratch.cursor);
                let tsv = table.tsv(
                    &open.loaded.report,
                    a.0.min(b.0)..=a.0.max(b.0),
                    a.1.min(b.1)..=a.1.max(b.1),
                );
                ui.ctx().copy_text(tsv);
            }
            _ => {}
        }
    }
    scratch.cursor != before
}

/// Clears the selected cells (Delete) as one edit.
fn clear(open: &OpenReport, table: &Table, scratch: &mut EditorScratch, out: &mut Vec<Command>) {
    let (a, b) = (scratch.anchor.unwrap_or(scratch.cursor), scratch.cursor);
    let rows = table.rows.get(a.0.min(b.0)..=a.0.max(b.0)).unwrap_or_default();
    let fields = table.columns.get(a.1.min(b.1)..=a.1.max(b.1)).unwrap_or_default();
    let change = Change::Clear(table.sheet, rows.to_vec(), fields.to_vec());
    send(out, open, scratch.tr.t("undo-clearing"), change);
}

/// How many of the cells a paste left out are named in its message.
const PASTE_PROBLEMS_NAMED: usize = 10;

/// Pastes tab-separated text at the selected cell, as one edit; what it left out is named
/// once it is carried out ([`super::follow`]).
fn paste(open: &OpenReport, table: &Table, scratch: &mut EditorScratch, out: &mut Vec<Command>, text: &str) {
    let start = at(table, scratch.cursor).map(|at| (at.row, at.field));
    let change = Change::Paste {
        sheet: table.sheet,
        at: start,
        extra: scratch.extra().to_vec(),
        text: text.to_owned(),
    };
    send(out, open, scratch.tr.t("undo-pasting"), change);
}

/// What a paste left out, the first few named (the count says how many in all): a paste of
/// thousands of unreadable lines gives a message that fits on screen; and whether the text
/// looked typed in Zawgyi.
pub(super) fn pasted_message(left: &[table::PasteProblem], text: &str, tr: Tr) -> Option<String> {
    let mut message = (!left.is_empty()).then(|| {
        let mut named: Vec<String> = left.iter().take(PASTE_PROBLEMS_NAMED).map(|p| p.words(tr)).collect();
        if left.len() > PASTE_PROBLEMS_NAMED {
            named.push("…".to_owned());
        }
        let list = named.join("; ");
        tr.f("grid-pasted-left", &[("n", left.len().into()), ("list", list.into())])
    });
    if crate::i18n::zawgyi::is_zawgyi(text) {
        let zawgyi = tr.t("grid-pasted-zawgyi");
        message = Some(match message.take() {
            Some(left) => format!("{left} {zawgyi}"),
            None => zawgyi,
        });
    }
    message
}

/// The selected figure's value, qualifier and note.
fn inspector_ui(
    ui: &mut egui::Ui,
    open: &OpenReport,
    table: &Table,
    scratch: &mut EditorScratch,
    out: &mut Vec<Command>,
) {
    let (r, c) = scratch.cursor;
    let (Some(row), Some(field)) = (table.rows.get(r), table.columns.get(c)) else {
        return;
    };
    let report = &open.loaded.report;
    let tr = scratch.tr;
    let cell = table.cell(report, r, c);
    if field.figure().is_none() || !cell.editable {
        ui.label(crate::ui::hint_text(&tr.t("grid-hint")));
        return;
    }
    let name = tr.f(
        "grid-cell",
        &[
            ("row", row_name(report, *row, tr).into()),
            ("column", field.title_in(tr).into()),
        ],
    );
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&name).strong());
        let current = cell.figure.clone();
        let mut qualifier = current.as_ref().map_or(Qualifier::Exact, |f| f.qualifier);
        let before = qualifier;
        ui.add_enabled_ui(current.is_some(), |ui| {
            egui::ComboBox::from_id_salt("qualifier")
                .selected_text(qualifier_name(qualifier, tr))
                .show_ui(ui, |ui| {
                    for q in Qualifier::ALL {
                        ui.selectable_value(&mut qualifier, q, qualifier_name(q, tr));
                    }
                })
                .response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, tr.t("grid-qualifier")));
        });
        if qualifier != before
            && let Some(mut figure) = current.clone()
            && let Some(at) = at(table, (r, c))
        {
            figure.qualifier = qualifier;
            let what = tr.f("undo-qualifier", &[("what", (&name).into())]);
            send(out, open, what, Change::SetFigure(at, Some(figure)));
        }
        ui.label(tr.t("grid-note-label"));
        let here = (table.sheet, (r, c));
        let mut note = match &scratch.note_draft {
            Some((at, text)) if *at == here => text.clone(),
            _ => current.as_ref().and_then(|f| f.note.clone()).unwrap_or_default(),
        };
        let response = ui.add_enabled(
            current.is_some(),
            egui::TextEdit::singleline(&mut note)
                .desired_width(320.0)
                .hint_text(tr.t("grid-note-hint")),
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, tr.t("grid-note")));
        if response.changed() {
            scratch.note_draft = Some((here, note));
        }
        if response.lost_focus() {
            commit_note(open, table, scratch, out);
        }
    });
}

/// Puts the figure note being typed into the figure it was typed for (the cursor may have moved
/// on since), as one edit.
pub(super) fn commit_note(open: &OpenReport, table: &Table, scratch: &mut EditorScratch, out: &mut Vec<Command>) {
    let Some(((sheet, (r, c)), draft)) = scratch.note_draft.take() else {
        return;
    };
    if sheet != table.sheet {
        return;
    }
    let report = &open.loaded.report;
    let (Some(row), Some(field)) = (table.rows.get(r), table.columns.get(c)) else {
        return;
    };
    let Some(mut figure) = table.cell(report, r, c).figure else {
        return;
    };
    let tr = scratch.tr;
    figure.note = (!draft.trim().is_empty()).then(|| draft.trim().to_owned());
    if let Some(at) = at(table, (r, c)) {
        let name = tr.f(
            "grid-cell",
            &[
                ("row", row_name(report, *row, tr).into()),
                ("column", field.title_in(tr).into()),
            ],
        );
        send(
            out,
            open,
            tr.f("undo-note", &[("what", name.into())]),
            Change::SetFigure(at, Some(figure)),
        );
    }
}

/// A qualifier in words, for the menu.
pub fn qualifier_name(q: Qualifier, tr: Tr) -> String {
    tr.t(match q {
        Qualifier::Exact => "qualifier-exact",
        Qualifier::Over => "qualifier-over",
        Qualifier::AtLeast => "qualifier-at-least",
        Qualifier::About => "qualifier-about",
        Qualifier::Under => "qualifier-under",
        Qualifier::AtMost => "qualifier-at-most",
    })
}

/// A cell's name, as [`cell_name`], from what it is.
pub(super) fn at_name(report: &Report, at: &At, tr: Tr) -> String {
    let row = row_name(report, at.row, tr);
    tr.f(
        "grid-cell",
        &[("row", row.into()), ("column", at.field.title_in(tr).into())],
    )
}

/// A cell's name: its row and column, "Funding 2025 Battalion support, Kyats".
fn cell_name(report: &Report, table: &Table, (r, c): (usize, usize), tr: Tr) -> String {
    let row = table
        .rows
        .get(r)
        .map(|row| row_name(report, *row, tr))
        .unwrap_or_default();
    let column = table.columns.get(c).map(|f| f.title_in(tr)).unwrap_or_default();
    tr.f("grid-cell", &[("row", row.into()), ("column", column.into())])
}
