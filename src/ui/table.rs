//! The table of every figure: a filter over every column and a section choice above it, column
//! headings that sort, rows that select and copy as tab-separated text. Only the rows on screen
//! are drawn; the rows themselves are made and ordered in the state ([`crate::state::table`]).

use egui::RichText;
use egui_extras::{Column as Width, TableBuilder};

use crate::charts::CONFLICT_COLOR;
use crate::charts::table::{Column, Order, Restated};
use crate::command::{Command, Pick};
use crate::report::Section;
use crate::state::State;

/// The widest a column of words starts; wider text is clipped, and shown whole on hover.
const MAX_START_WIDTH: f32 = 220.0;

/// The narrowest a column of words is made to fit the table in the window.
const MIN_WORDS_WIDTH: f32 = 72.0;

/// The table view: its tools, then the rows.
pub fn table_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    let view = &state.view.table;
    let tr = state.view.options.tr;
    let filter_id = egui::Id::unique("table-filter");
    ui.horizontal_wrapped(|ui| {
        let name = tr.t("table-filter");
        let mut text = view.query.text.clone();
        let response = ui.add(
            egui::TextEdit::singleline(&mut text)
                .id(filter_id)
                .hint_text(&name)
                .desired_width(220.0),
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name));
        if response.changed() {
            out.push(Command::FilterTable(text));
        }
        let sections = [
            None,
            Some(Section::Funding),
            Some(Section::Losses),
            Some(Section::Battles),
            Some(Section::Townships),
        ];
        let section_label = |s: Option<Section>| {
            s.map_or_else(
                || tr.t("table-all-sections"),
                |s| crate::charts::table::section_name(tr, s),
            )
        };
        let mut chosen = view.query.section;
        egui::ComboBox::from_id_salt("table-section")
            .selected_text(section_label(chosen))
            .show_ui(ui, |ui| {
                for s in sections {
                    ui.selectable_value(&mut chosen, s, section_label(s));
                }
            })
            .response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, tr.t("table-section-choice")));
        if chosen != view.query.section {
            out.push(Command::FilterTableSection(chosen));
        }
        let count = tr.f(
            "table-count",
            &[
                ("shown", view.order.len().into()),
                ("total", view.table.rows.len().into()),
                ("selected", view.selected.len().into()),
            ],
        );
        ui.label(crate::ui::words(ui, &count));
        if ui.button(tr.t("table-copy")).clicked() {
            out.push(Command::CopyTableRows);
        }
    });
    // Ctrl+C copies the selected rows, unless the filter is being typed in.
    let typing = ui.memory(|m| m.focused().is_some_and(|id| id == filter_id));
    if !typing && ui.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Copy))) {
        out.push(Command::CopyTableRows);
    }
    ui.add_space(4.0);
    let hint = tr.t("table-hint");
    // Room under the rows for the hint line as it wraps (Burmese at the captions' size).
    let hint_height = if crate::i18n::has_myanmar(&hint) {
        crate::export::text_height(ui, std::slice::from_ref(&hint), 12.0)
    } else {
        crate::export::text_height(ui, std::slice::from_ref(&hint), 10.0)
    };
    rows_ui(ui, state, hint_height + 4.0, out);
    ui.label(crate::ui::hint_text(&hint));
}

/// The headings and the rows on screen, scrolling both ways.
fn rows_ui(ui: &mut egui::Ui, state: &State, hint_height: f32, out: &mut Vec<Command>) {
    let view = &state.view.table;
    let tr = state.view.options.tr;
    let body = egui::TextStyle::Body.resolve(ui.style()).size;
    let myanmar = tr.lang == crate::i18n::Lang::My;
    let row_height = if myanmar {
        body * crate::i18n::MYANMAR_LINE_HEIGHT + 4.0
    } else {
        body + 6.0
    };
    let height = (ui.available_height() - hint_height).max(120.0);
    let modifiers = ui.input(|i| i.modifiers);
    egui::ScrollArea::horizontal().show(ui, |ui| {
        ui.set_height(height);
        let widths = cached_widths(ui, state, ui.available_width());
        // New widths (other reports, another language) start the columns afresh.
        let salt: Vec<i32> = widths.iter().map(|w| (w / 10.0) as i32).collect();
        let mut builder = TableBuilder::new(ui)
            .id_salt(("figures-table", salt))
            .striped(true)
            .resizable(true)
            .sense(egui::Sense::click())
            .max_scroll_height(height - row_height)
            .auto_shrink([false, false])
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
        for (column, width) in Column::ALL.into_iter().zip(widths) {
            builder = builder.column(match column {
                Column::Sources => Width::remainder().at_least(width).clip(true),
                _ => Width::initial(width).at_least(36.0).clip(true),
            });
        }
        builder
            .header(row_height + 2.0, |mut header| {
                for column in Column::ALL {
                    header.col(|ui| heading_ui(ui, state, column, out));
                }
            })
            .body(|body| {
                body.rows(row_height, view.order.len(), |mut row| {
                    let Some(&index) = view.order.get(row.index()) else {
                        return;
                    };
                    let Some(data) = view.table.rows.get(index) else {
                        return;
                    };
                    let selected = view.selected.contains(&index);
                    row.set_selected(selected);
                    for column in Column::ALL {
                        let text = &data.cells[column as usize];
                        let (_, cell) = row.col(|ui| {
                            let mut rich = RichText::new(text);
                            if column == Column::Figure && data.conflict.is_some() {
                                rich = rich.color(CONFLICT_COLOR);
                            } else if column == Column::Figure && matches!(data.restated, Some((Restated::Earlier, _)))
                            {
                                rich = rich.color(ui.visuals().weak_text_color());
                            }
                            ui.add(egui::Label::new(rich).selectable(false).truncate());
                        });
                        let hover = match (column, data.conflict, &data.restated) {
                            (Column::Figure, Some((n, total)), _) => {
                                Some(tr.f("table-conflict-claim", &[("n", n.into()), ("total", total.into())]))
                            }
                            (Column::Figure, None, Some((_, words))) => Some(words.clone()),
                            _ => None,
                        };
                        if let Some(hover) = hover {
                            cell.on_hover_text(hover);
                        }
                    }
                    let response = row.response();
                    let name = data.cells.join(", ");
                    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Row, true, selected, &name));
                    if response.clicked() {
                        let pick = if modifiers.shift {
                            Pick::Range
                        } else if modifiers.command {
                            Pick::Toggle
                        } else {
                            Pick::Only
                        };
                        out.push(Command::SelectTableRow(index, pick));
                    }
                });
            });
    });
}

/// [`widths`], measured once per dataset, language, room and text size rather than every
/// frame.
fn cached_widths(ui: &egui::Ui, state: &State, room: f32) -> [f32; 7] {
    let body = egui::TextStyle::Body.resolve(ui.style()).size;
    let key = egui::Id::unique((
        "table-widths",
        state.docs.generation,
        state.view.table.table.rows.len(),
        state.view.options.tr,
        room.to_bits(),
        body.to_bits(),
        ui.ctx().pixels_per_point().to_bits(),
    ));
    if let Some(widths) = ui.data(|d| d.get_temp::<[f32; 7]>(key)) {
        return widths;
    }
    let widths = widths(ui, state, room);
    ui.data_mut(|d| d.insert_temp(key, widths));
    widths
}

/// Each column's starting width: its heading or its longest words, whichever is wider, up to
/// [`MAX_START_WIDTH`] (wider words are clipped, and shown whole on hover). Where they do not
/// fit in `room`, the columns of words (series, category, sources) give way first, down to
/// [`MIN_WORDS_WIDTH`]; past that the table scrolls sideways.
fn widths(ui: &egui::Ui, state: &State, room: f32) -> [f32; 7] {
    let table = &state.view.table.table;
    let tr = state.view.options.tr;
    let measure = |text: &str, strong: bool| {
        let mut rich = RichText::new(text);
        if strong {
            rich = rich.strong();
        }
        egui::WidgetText::from(rich)
            .into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Body,
            )
            .size()
            .x
    };
    let mut out = [0.0; 7];
    for (i, column) in Column::ALL.into_iter().enumerate() {
        // Room for the sort arrow beside the heading.
        let heading = measure(&format!("{} ▲", tr.t(column.heading_key())), true);
        let longest = table
            .rows
            .get(table.longest[i])
            .map_or(0.0, |row| measure(&row.cells[i], false));
        out[i] = (heading.max(longest) + 12.0).min(MAX_START_WIDTH);
    }
    let words = [Column::Series, Column::Category, Column::Sources].map(|c| c as usize);
    // Between the columns, and the scroll bar beside them.
    let spacing = ui.spacing().item_spacing.x * 7.0 + ui.spacing().scroll.allocated_width();
    let excess = out.iter().sum::<f32>() + spacing - room;
    let give: f32 = words.iter().map(|&i| (out[i] - MIN_WORDS_WIDTH).max(0.0)).sum();
    if excess > 0.0 && give > 0.0 {
        let share = (excess / give).min(1.0);
        for i in words {
            out[i] -= (out[i] - MIN_WORDS_WIDTH).max(0.0) * share;
        }
    }
    out
}

/// A column's heading: a button that sorts by it, with an arrow where the table is sorted.
fn heading_ui(ui: &mut egui::Ui, state: &State, column: Column, out: &mut Vec<Command>) {
    let tr = state.view.options.tr;
    let name = tr.t(column.heading_key());
    let arrow = match state.view.table.query.sort {
        Some((c, Order::Ascending)) if c == column => " ▲",
        Some((c, Order::Descending)) if c == column => " ▼",
        _ => "",
    };
    let button = egui::Button::new(RichText::new(format!("{name}{arrow}")).strong()).frame(false);
    let response = ui.add(button).on_hover_ui(|ui| {
        ui.label(tr.f("table-sort-hint", &[("column", (&name).into())]));
    });
    if response.clicked() {
        out.push(Command::SortTable(column));
    }
}
