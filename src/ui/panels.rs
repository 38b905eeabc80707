//! The panels around the chart: the open reports, the checks, the status bar, and the notices
//! (with the path field where no file dialog exists).

use egui::{Color32, Key, RichText};

use super::Scratch;
use crate::charts::ChartKind;
use crate::command::Command;
use crate::i18n::breakable;
use crate::report::{Date, Subject, When};
use crate::state::{OpenReport, State};

/// The status bar: what runs in the background, or what is open.
pub fn status_ui(ui: &mut egui::Ui, state: &State) {
    let worker = &state.worker;
    ui.horizontal(|ui| {
        if worker.exporting {
            ui.spinner();
            ui.label("Exporting…");
        } else if let Some((done, total, name)) = &worker.progress {
            ui.spinner();
            ui.label(format!("Reading {name} ({} of {total})…", done + 1));
        } else if worker.merging > 0 {
            ui.spinner();
            ui.label("Merging the reports…");
        } else if worker.dialog_open {
            ui.spinner();
            ui.label("Waiting for the file dialog…");
        } else {
            let n = state.reports.len();
            let conflicts = state.conflicts.len();
            ui.label(format!(
                "{n} report{} open · {conflicts} conflict{} · Ctrl+O opens files; drop files on the window",
                if n == 1 { "" } else { "s" },
                if conflicts == 1 { "" } else { "s" }
            ));
        }
    });
}

/// The open reports, each with its details, sources and buttons to hide or close it; with many,
/// a filter, a choice of publisher and "show only".
pub fn reports_ui(ui: &mut egui::Ui, state: &State, scratch: &mut Scratch, out: &mut Vec<Command>) {
    ui.heading("Reports");
    if state.reports.is_empty() {
        ui.label("No report open. Use File ▸ Open… (Ctrl+O) or drop files here.");
    }
    let many = state.reports.len() > 3;
    if many {
        filters_ui(ui, state, scratch, out);
    }
    let filter = scratch.report_filter.trim().to_lowercase();
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (i, open) in state.reports.iter().enumerate() {
            if !filter.is_empty() && !matches(open, &filter) {
                continue;
            }
            report_ui(ui, i, open, many, out);
            ui.separator();
        }
    });
}

/// True when the report's title, publisher or file name contains the (lower-case) filter.
fn matches(open: &OpenReport, filter: &str) -> bool {
    let r = &open.loaded.report;
    [
        Some(r.title.as_str()),
        r.publisher.as_deref(),
        Some(open.loaded.name.as_str()),
    ]
    .into_iter()
    .flatten()
    .any(|t| t.to_lowercase().contains(filter))
}

/// The filter box, the publisher choice, and show all.
fn filters_ui(ui: &mut egui::Ui, state: &State, scratch: &mut Scratch, out: &mut Vec<Command>) {
    ui.add(
        egui::TextEdit::singleline(&mut scratch.report_filter)
            .hint_text("Filter reports")
            .desired_width(f32::INFINITY),
    )
    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Filter reports"));
    ui.horizontal_wrapped(|ui| {
        let filter = scratch.report_filter.trim().to_lowercase();
        if !filter.is_empty() && ui.button("Show only these").clicked() {
            let shown = state
                .reports
                .iter()
                .enumerate()
                .filter(|(_, o)| matches(o, &filter))
                .map(|(i, _)| i)
                .collect();
            out.push(Command::ShowOnly(shown));
        }
        let mut publishers: Vec<&str> = state
            .reports
            .iter()
            .filter_map(|o| o.loaded.report.publisher.as_deref())
            .collect();
        publishers.sort_unstable();
        publishers.dedup();
        if publishers.len() > 1 {
            egui::ComboBox::from_id_salt("publisher")
                .selected_text("Publisher…")
                .show_ui(ui, |ui| {
                    for p in publishers {
                        if ui.selectable_label(false, p).clicked() {
                            let shown = state
                                .reports
                                .iter()
                                .enumerate()
                                .filter(|(_, o)| o.loaded.report.publisher.as_deref() == Some(p))
                                .map(|(i, _)| i)
                                .collect();
                            out.push(Command::ShowOnly(shown));
                        }
                    }
                })
                .response
                .on_hover_text("Show only one publisher's reports");
        }
        if state.reports.iter().any(|o| !o.visible) && ui.button("Show all").clicked() {
            out.push(Command::ShowAll);
        }
    });
    let shown = state.reports.iter().filter(|o| o.visible).count();
    ui.label(RichText::new(format!("{shown} of {} shown in the charts", state.reports.len())).weak());
}

fn report_ui(ui: &mut egui::Ui, i: usize, open: &OpenReport, many: bool, out: &mut Vec<Command>) {
    let r = &open.loaded.report;
    ui.add_space(4.0);
    let title = if open.history.dirty() {
        format!("• {}", r.title)
    } else {
        r.title.clone()
    };
    ui.add(egui::Label::new(RichText::new(breakable(&title)).strong()).wrap())
        .on_hover_text(if open.history.dirty() { "Unsaved changes" } else { "" });
    ui.horizontal(|ui| {
        let mut visible = open.visible;
        if ui
            .checkbox(&mut visible, "Shown")
            .on_hover_text("Show this report in the charts")
            .changed()
        {
            out.push(Command::SetReportVisible(i, visible));
        }
        if many
            && ui
                .small_button("Only this")
                .on_hover_text("Show this report alone in the charts")
                .clicked()
        {
            out.push(Command::ShowOnly(vec![i]));
        }
        if ui
            .small_button("Edit")
            .on_hover_text("Change this report's figures")
            .clicked()
        {
            out.push(Command::EditReport(i));
        }
        if ui.small_button("✖ Close").on_hover_text("Close this report").clicked() {
            out.push(Command::CloseReport(i));
        }
    });
    ui.indent(("report", i), |ui| {
        let file = match &open.loaded.path {
            Some(_) => open.loaded.name.clone(),
            None if open.loaded.name == crate::report::SAMPLE_NAME => format!("{} (bundled sample)", open.loaded.name),
            None => format!("{} (not saved to a file)", open.loaded.name),
        };
        let label = ui.label(RichText::new(file).small().weak());
        if let Some(p) = &open.loaded.path {
            label.on_hover_text(p.display().to_string());
        }
        if let Some(p) = &r.publisher {
            ui.label(format!("Publisher: {p}"));
        }
        if let Some(d) = r.published {
            ui.label(format!("Published: {d}"));
        }
        if let Some(p) = r.period {
            ui.label(format!("Period: {} to {}", p.from, p.to));
        }
        if let Some(c) = &r.claim {
            ui.label(RichText::new(breakable(c)).italics());
        }
        for s in &r.sources {
            out.extend(source_link_ui(ui, s));
        }
        if let Some(n) = &r.notes {
            ui.label(RichText::new(breakable(n)).small());
        }
    });
}

/// A source's citation, as a link when it has a web address; clicking sends
/// [`Command::OpenUrl`], where the scheme is checked.
pub fn source_link_ui(ui: &mut egui::Ui, source: &crate::report::model::Source) -> Option<Command> {
    match &source.url {
        Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
            if ui.link(source.citation()).on_hover_text(url).clicked() {
                return Some(Command::OpenUrl(url.clone()));
            }
        }
        Some(url) => {
            ui.label(format!(
                "{} ({url}: not an http or https link, not opened)",
                source.citation()
            ));
        }
        None => {
            ui.label(format!("Source: {}", source.citation()));
        }
    }
    None
}

/// The chart and the year or snapshot a warning is about.
pub fn target(subject: &Subject) -> Option<(ChartKind, When)> {
    match subject {
        Subject::Funding { year } => Some((ChartKind::Funding, When::Year(*year))),
        Subject::Losses { year } => Some((ChartKind::Losses, When::Year(*year))),
        Subject::Battles { year, .. } => Some((ChartKind::Battles, When::Year(*year))),
        Subject::Townships { as_of } => Date::parse(as_of).map(|d| (ChartKind::Townships, When::Date(d))),
        Subject::File => None,
    }
}

/// Messages, each with a Dismiss button; the path field where no file dialog exists.
pub fn notices_ui(ui: &mut egui::Ui, state: &State, scratch: &mut Scratch, out: &mut Vec<Command>) {
    for notice in &state.notices {
        let fill = if notice.error {
            Color32::from_rgb(0xF8, 0xD7, 0xDA)
        } else {
            Color32::from_rgb(0xDD, 0xEB, 0xF7)
        };
        egui::Frame::new()
            .fill(fill)
            .corner_radius(4.0)
            .inner_margin(8.0)
            .show(ui, |ui| {
                ui.horizontal_top(|ui| {
                    let label = if notice.error { "Problem:" } else { "Note:" };
                    ui.label(RichText::new(label).strong().color(Color32::from_rgb(0x33, 0x33, 0x33)));
                    // The button first, at the right, so a long message wraps beside it and
                    // never pushes it out of the window.
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::TOP), |ui| {
                        if ui.button("Dismiss").clicked() {
                            out.push(Command::DismissNotice(notice.id));
                        }
                        ui.with_layout(egui::Layout::left_to_right(egui::Align::TOP), |ui| {
                            ui.add(
                                egui::Label::new(
                                    RichText::new(&notice.text).color(Color32::from_rgb(0x22, 0x22, 0x22)),
                                )
                                .wrap(),
                            );
                        });
                    });
                });
            });
    }
    for found in &state.recovered {
        recovery_ui(ui, found, out);
    }
    if state.path_prompt {
        path_prompt_ui(ui, scratch, out);
    }
}

/// Unsaved work found from an earlier run: restore it, or let it go.
fn recovery_ui(ui: &mut egui::Ui, found: &crate::state::recovery::Found, out: &mut Vec<Command>) {
    egui::Frame::new()
        .fill(Color32::from_rgb(0xFF, 0xF3, 0xCD))
        .corner_radius(4.0)
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let ink = Color32::from_rgb(0x22, 0x22, 0x22);
                let file = found
                    .original
                    .as_ref()
                    .map_or_else(|| found.name.clone(), |p| p.display().to_string());
                ui.label(
                    RichText::new(format!(
                        "Unsaved work on “{}” ({file}) was kept at {} when fieldreport last stopped.",
                        found.title, found.kept_at
                    ))
                    .color(ink),
                );
                if ui.button("Restore").clicked() {
                    out.push(Command::RestoreRecovery(found.path.clone()));
                }
                if ui.button("Discard").clicked() {
                    out.push(Command::DiscardRecovery(found.path.clone()));
                }
            });
        });
}

/// "Save changes to …?": Save, Don't save, Cancel.
pub fn confirm_ui(ui: &mut egui::Ui, state: &State, confirm: &crate::state::Confirm, out: &mut Vec<Command>) {
    let titles: Vec<String> = confirm
        .reports
        .iter()
        .filter_map(|id| state.report_by_id(*id))
        .map(|(_, r)| format!("“{}”", r.loaded.report.title))
        .collect();
    let what = match confirm.then {
        crate::state::Then::Quit => "before closing the window",
        crate::state::Then::Close(_) => "before closing",
        crate::state::Then::Replace(_) => "before reading the file again",
    };
    egui::Window::new("Unsaved changes")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ui.ctx(), |ui| {
            ui.label(format!("Save the changes to {} {what}?", titles.join(", ")));
            ui.label(RichText::new("Changes not saved are lost.").weak());
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    out.push(Command::ConfirmSave);
                }
                if ui.button("Don't save").clicked() {
                    out.push(Command::ConfirmDiscard);
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    out.push(Command::ConfirmCancel);
                }
            });
        });
}

fn path_prompt_ui(ui: &mut egui::Ui, scratch: &mut Scratch, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.label("Report file path:");
        let response = ui.add(
            egui::TextEdit::singleline(&mut scratch.path_text)
                .hint_text("/path/to/report.json")
                .desired_width(400.0),
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Report file path"));
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if ui.button("Open").clicked() || enter {
            out.push(Command::SubmitPathPrompt(std::mem::take(&mut scratch.path_text)));
        }
        if ui.button("Cancel").clicked() {
            scratch.path_text.clear();
            out.push(Command::CancelPathPrompt);
        }
    });
}
