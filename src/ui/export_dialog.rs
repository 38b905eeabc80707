//! The export dialog: picture size, scale and theme, the alt text, and the export buttons. It
//! edits copies of the settings and sends them back as commands.

use egui::RichText;

use crate::charts::CONFLICT_COLOR;
use crate::command::{Command, ExportRequest};
use crate::state::State;

/// The dialog, centred over the window.
pub fn export_dialog_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    let mut open = true;
    let chart = state.chart();
    let tr = state.view.options.tr;
    egui::Window::new(tr.t("export-title"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ui.ctx(), |ui| {
            ui.label(RichText::new(chart.title()).strong());
            size_ui(ui, state, out);
            ui.separator();
            let alt_name = tr.t("export-alt-text");
            ui.label(RichText::new(&alt_name).strong());
            let mut alt = chart.alt_text();
            ui.add(
                egui::TextEdit::multiline(&mut alt)
                    .desired_width(420.0)
                    .desired_rows(4)
                    .interactive(false),
            )
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, false, &alt_name));
            ui.horizontal(|ui| {
                if ui.button(tr.t("export-copy-alt-text")).clicked() {
                    out.push(Command::CopyAltText);
                }
                let mut beside = state.settings.export_alt_text;
                if ui.checkbox(&mut beside, tr.t("export-alt-text-beside")).changed() {
                    out.push(Command::SetExportAltText(beside));
                }
            });
            ui.separator();
            svg_text_ui(ui, state, out);
            ui.horizontal(|ui| {
                let buttons = [
                    (tr.t("export-save-png"), ExportRequest::ChartPng),
                    (tr.t("export-save-svg"), ExportRequest::ChartSvg),
                    (tr.t("export-save-pdf"), ExportRequest::ChartPdf),
                    (tr.t("export-copy-image"), ExportRequest::CopyChart),
                    (tr.t("export-save-csv"), ExportRequest::ChartCsv),
                ];
                for (label, request) in buttons {
                    if ui.button(label).clicked() {
                        out.push(Command::Export(request));
                    }
                }
            });
        });
    if !open {
        out.push(Command::ShowExportDialog(false));
    }
}

/// How an SVG writes its text: as text, or as outlines for tools that substitute fonts.
fn svg_text_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    use crate::export::vector::SvgText;
    let tr = state.view.options.tr;
    let before = state.settings.export_svg_text;
    let mut chosen = before;
    ui.horizontal(|ui| {
        ui.label(tr.t("export-svg-text"));
        ui.radio_value(&mut chosen, SvgText::Text, tr.t("export-svg-text-text"));
        ui.radio_value(&mut chosen, SvgText::Outlines, tr.t("export-svg-text-outlines"));
    });
    if chosen != before {
        out.push(Command::SetSvgText(chosen));
    }
}

/// "Social card, 1200 × 675" in the window's language.
fn preset_label(preset: crate::export::Preset, tr: crate::i18n::Tr) -> String {
    let name = match preset.key {
        "social" => tr.t("preset-social"),
        "article" => tr.t("preset-article"),
        "square" => tr.t("preset-square"),
        "mobile" => tr.t("preset-mobile"),
        "print" => tr.t("preset-print"),
        _ => preset.name.to_owned(),
    };
    let (w, h) = preset.size(false).pixels();
    tr.f(
        "preset-label",
        &[
            ("name", name.into()),
            ("width", tr.digits(&w.to_string()).into_owned().into()),
            ("height", tr.digits(&h.to_string()).into_owned().into()),
        ],
    )
}

/// Width, height, scale and theme; a change is sent as one new size.
fn size_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    let tr = state.view.options.tr;
    let before = state.settings.export;
    let mut size = before;
    ui.horizontal_wrapped(|ui| {
        ui.label(tr.t("export-sizes"));
        for preset in crate::export::PRESETS {
            let chosen = preset.size(size.dark) == size;
            if ui.selectable_label(chosen, preset_label(preset, tr)).clicked() {
                size = preset.size(size.dark);
            }
        }
    });
    egui::Grid::new("export-size").num_columns(2).show(ui, |ui| {
        let (width_name, height_name, scale_name) = (
            tr.t("export-width-name"),
            tr.t("export-height-name"),
            tr.t("export-scale"),
        );
        ui.label(tr.t("export-width"));
        ui.add(egui::DragValue::new(&mut size.width).range(320..=8000))
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, &width_name));
        ui.end_row();
        ui.label(tr.t("export-height"));
        ui.add(egui::DragValue::new(&mut size.height).range(200..=8000))
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, &height_name));
        ui.end_row();
        ui.label(&scale_name);
        ui.add(
            egui::DragValue::new(&mut size.scale)
                .range(0.5..=4.0)
                .speed(0.25)
                .suffix("×"),
        )
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, &scale_name));
        ui.end_row();
        ui.label(tr.t("export-theme"));
        ui.horizontal(|ui| {
            ui.radio_value(&mut size.dark, false, tr.t("export-theme-light"));
            ui.radio_value(&mut size.dark, true, tr.t("export-theme-dark"));
        });
        ui.end_row();
    });
    let (px_w, px_h) = size.pixels();
    ui.label(
        RichText::new(tr.f(
            "export-pixels",
            &[
                ("width", tr.digits(&px_w.to_string()).into_owned().into()),
                ("height", tr.digits(&px_h.to_string()).into_owned().into()),
            ],
        ))
        .weak(),
    );
    if let Err(problem) = size.validate() {
        ui.colored_label(CONFLICT_COLOR, problem);
    }
    if size != before {
        out.push(Command::SetExportSize(size));
    }
}
