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
    egui::Window::new("Export chart")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ui.ctx(), |ui| {
            ui.label(RichText::new(chart.title()).strong());
            size_ui(ui, state, out);
            ui.separator();
            ui.label(RichText::new("Alt text").strong());
            let mut alt = chart.alt_text();
            ui.add(
                egui::TextEdit::multiline(&mut alt)
                    .desired_width(420.0)
                    .desired_rows(4)
                    .interactive(false),
            )
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, false, "Alt text"));
            ui.horizontal(|ui| {
                if ui.button("Copy alt text").clicked() {
                    out.push(Command::CopyAltText);
                }
                let mut beside = state.settings.export_alt_text;
                if ui
                    .checkbox(&mut beside, "Save alt text beside the PNG (.txt)")
                    .changed()
                {
                    out.push(Command::SetExportAltText(beside));
                }
            });
            ui.separator();
            ui.horizontal(|ui| {
                let buttons = [
                    ("Save PNG…", ExportRequest::ChartPng),
                    ("Copy image", ExportRequest::CopyChart),
                    ("Save chart data (CSV)…", ExportRequest::ChartCsv),
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

/// Width, height, scale and theme; a change is sent as one new size.
fn size_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    let before = state.settings.export;
    let mut size = before;
    ui.horizontal_wrapped(|ui| {
        ui.label("Sizes:");
        for preset in crate::export::PRESETS {
            let chosen = preset.size(size.dark) == size;
            if ui.selectable_label(chosen, preset.label()).clicked() {
                size = preset.size(size.dark);
            }
        }
    });
    egui::Grid::new("export-size").num_columns(2).show(ui, |ui| {
        ui.label("Width (points)");
        ui.add(egui::DragValue::new(&mut size.width).range(320..=8000))
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, "Width in points"));
        ui.end_row();
        ui.label("Height (points)");
        ui.add(egui::DragValue::new(&mut size.height).range(200..=8000))
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, "Height in points"));
        ui.end_row();
        ui.label("Scale");
        ui.add(
            egui::DragValue::new(&mut size.scale)
                .range(0.5..=4.0)
                .speed(0.25)
                .suffix("×"),
        )
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, "Scale"));
        ui.end_row();
        ui.label("Theme");
        ui.horizontal(|ui| {
            ui.radio_value(&mut size.dark, false, "Light");
            ui.radio_value(&mut size.dark, true, "Dark");
        });
        ui.end_row();
    });
    let (px_w, px_h) = size.pixels();
    ui.label(RichText::new(format!("The picture will be {px_w} × {px_h} pixels.")).weak());
    if let Err(problem) = size.validate() {
        ui.colored_label(CONFLICT_COLOR, problem);
    }
    if size != before {
        out.push(Command::SetExportSize(size));
    }
}
