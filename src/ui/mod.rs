//! The window's parts: menu bar, report list, checks panel, chart area, table and sources
//! views, notices, export dialog, keyboard shortcuts. Every part reads the [`State`] and sends
//! [`Command`]s; none changes the state itself.
//!
//! - [`menu`]: the menu bar and the keyboard shortcuts.
//! - [`panels`]: reports, status bar, notices.
//! - [`checks`]: the Checks panel, grouped and drawn row by row.
//! - [`views`]: the chart and sources views and their tabs.
//! - [`table`]: the table of every figure: sort, filter, select and copy.
//! - [`export_dialog`]: size, theme and alt text of an export.
//! - [`about`]: the About window: version, licences and credits.
//! - [`editor`]: making and changing a report.
//! - [`records`]: the event files and their counts above the Claims and records chart.

pub mod about;
pub mod checks;
pub mod editor;
pub mod export_dialog;
pub mod menu;
pub mod panels;
pub mod records;
pub mod table;
pub mod views;

use egui::Color32;

pub use menu::shortcuts;

use crate::command::{Command, View};
use crate::state::State;

/// What the window's widgets edit before it becomes a command (text being typed).
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    /// The path typed where no file dialog is available.
    pub path_text: String,
    /// Who made the township boundaries, as being typed.
    pub attribution_text: String,
    /// The Checks panel's groups, open groups and filter.
    pub checks: checks::ChecksView,
    /// Text a report's title, publisher or file name must contain to be listed.
    pub report_filter: String,
    /// The editor's cursor, block, cell being edited and drafts.
    pub editor: editor::EditorScratch,
}

/// Lays out the whole window; returns the commands its widgets sent this frame.
pub fn window_ui(ui: &mut egui::Ui, state: &State, scratch: &mut Scratch) -> Vec<Command> {
    let mut out = Vec::new();
    egui::Panel::top("menu").show(ui, |ui| menu::menu_ui(ui, state, &mut out));
    egui::Panel::bottom("status").show(ui, |ui| panels::status_ui(ui, state));
    egui::Panel::left("reports")
        .resizable(true)
        .default_size(250.0)
        .show(ui, |ui| panels::reports_ui(ui, state, scratch, &mut out));
    egui::Panel::right("checks")
        .resizable(true)
        .default_size(290.0)
        .show(ui, |ui| checks::checks_ui(ui, state, &mut scratch.checks, &mut out));
    egui::CentralPanel::default().show(ui, |ui| {
        panels::notices_ui(ui, state, scratch, &mut out);
        views::tabs_ui(ui, state, &mut out);
        ui.separator();
        match state.settings.view {
            View::Chart => views::chart_ui(ui, state, &mut out),
            View::Table => table::table_ui(ui, state, &mut out),
            View::Sources => views::sources_ui(ui, state, &mut out),
            View::Edit => editor::editor_ui(ui, state, &mut scratch.editor, &mut out),
        }
    });
    if state.view.export_dialog {
        export_dialog::export_dialog_ui(ui, state, &mut out);
    }
    if state.view.about {
        about::about_ui(ui, state, &mut out);
    }
    if let Some(confirm) = &state.docs.confirm {
        panels::confirm_ui(ui, state, confirm, &mut out);
    }
    if ui.ctx().input(|i| !i.raw.hovered_files.is_empty()) {
        drop_overlay(ui.ctx(), state.view.options.tr);
    }
    out
}

/// Text for a label at the body size: Burmese broken between syllables, in rows tall enough
/// for its marks; other text as it is.
pub fn words(ui: &egui::Ui, text: &str) -> egui::RichText {
    if !crate::i18n::has_myanmar(text) {
        return egui::RichText::new(text);
    }
    let size = egui::TextStyle::Body.resolve(ui.style()).size;
    egui::RichText::new(crate::i18n::breakable(text)).line_height(Some(size * crate::i18n::MYANMAR_LINE_HEIGHT))
}

/// A line of help under a view: small, or for Burmese at a size that keeps its marks.
pub fn hint_text(text: &str) -> egui::RichText {
    if crate::i18n::has_myanmar(text) {
        crate::charts::plot::wrapping_text(text, 12.0).weak()
    } else {
        egui::RichText::new(text).small().weak()
    }
}

/// A veil over the window while files are dragged over it.
fn drop_overlay(ctx: &egui::Context, tr: crate::i18n::Tr) {
    let rect = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("drop")));
    painter.rect_filled(rect, 0.0, Color32::from_black_alpha(160));
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        tr.t("drop-overlay"),
        egui::FontId::proportional(24.0),
        Color32::WHITE,
    );
}
