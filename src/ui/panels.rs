//! The panels around the chart: the open reports, the checks, the status bar, and the notices
//! (with the path field where no file dialog exists).

use egui::{Color32, Key, RichText};

use super::Scratch;
use crate::charts::ChartKind;
use crate::command::Command;
use crate::i18n::{Tr, breakable};
use crate::report::{Date, Subject, When};
use crate::state::{OpenReport, State};

/// The status bar: what runs in the background, or what is open.
pub fn status_ui(ui: &mut egui::Ui, state: &State) {
    let worker = &state.jobs.worker;
    let tr = state.view.options.tr;
    ui.horizontal(|ui| {
        if worker.exporting {
            ui.spinner();
            ui.label(tr.t("status-exporting"));
        } else if let Some((done, total, name)) = &worker.progress {
            ui.spinner();
            ui.label(tr.f(
                "status-reading",
                &[
                    ("name", name.into()),
                    ("n", (done + 1).into()),
                    ("total", (*total).into()),
                ],
            ));
        } else if worker.merging > 0 {
            ui.spinner();
            ui.label(tr.t("status-merging"));
        } else if worker.dialog_open {
            ui.spinner();
            ui.label(tr.t("status-dialog"));
        } else {
            ui.label(
                tr.f(
                    "status-open",
                    &[
                        ("reports", state.docs.reports.len().into()),
                        // A restatement is a correction, said in the Checks panel, not a dispute.
                        (
                            "conflicts",
                            state
                                .docs
                                .conflicts
                                .iter()
                                .filter(|c| c.restatement.is_none())
                                .count()
                                .into(),
                        ),
                    ],
                ),
            );
        }
    });
}

/// The open reports, each with its details, sources and buttons to hide or close it; with many,
/// a filter, a choice of publisher and "show only".
pub fn reports_ui(ui: &mut egui::Ui, state: &State, scratch: &mut Scratch, out: &mut Vec<Command>) {
    let tr = state.view.options.tr;
    ui.heading(tr.t("reports-heading"));
    if state.docs.reports.is_empty() {
        ui.label(super::words(ui, &tr.t("reports-none")));
    }
    let many = state.docs.reports.len() > 3;
    if many {
        filters_ui(ui, state, scratch, out);
    }
    let filter = scratch.report_filter.trim().to_lowercase();
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (i, open) in state.docs.reports.iter().enumerate() {
            if !filter.is_empty() && !matches(open, &filter) {
                continue;
            }
            report_ui(ui, i, open, many, tr, out);
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
    let tr = state.view.options.tr;
    let filter_name = tr.t("reports-filter");
    ui.add(
        egui::TextEdit::singleline(&mut scratch.report_filter)
            .hint_text(&filter_name)
            .desired_width(f32::INFINITY),
    )
    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &filter_name));
    ui.horizontal_wrapped(|ui| {
        let filter = scratch.report_filter.trim().to_lowercase();
        if !filter.is_empty() && ui.button(tr.t("reports-show-only-these")).clicked() {
            let shown = state
                .docs
                .reports
                .iter()
                .filter(|o| matches(o, &filter))
                .map(|o| o.id)
                .collect();
            out.push(Command::ShowOnly(shown));
        }
        let mut publishers: Vec<&str> = state
            .docs
            .reports
            .iter()
            .filter_map(|o| o.loaded.report.publisher.as_deref())
            .collect();
        publishers.sort_unstable();
        publishers.dedup();
        if publishers.len() > 1 {
            egui::ComboBox::from_id_salt("publisher")
                .selected_text(tr.t("reports-publisher-choice"))
                .show_ui(ui, |ui| {
                    for p in publishers {
                        if ui.selectable_label(false, p).clicked() {
                            let shown = state
                                .docs
                                .reports
                                .iter()
                                .filter(|o| o.loaded.report.publisher.as_deref() == Some(p))
                                .map(|o| o.id)
                                .collect();
                            out.push(Command::ShowOnly(shown));
                        }
                    }
                })
                .response
                .on_hover_text(tr.t("reports-publisher-hover"));
        }
        if state.docs.reports.iter().any(|o| !o.visible) && ui.button(tr.t("reports-show-all")).clicked() {
            out.push(Command::ShowAll);
        }
    });
    let shown = state.docs.reports.iter().filter(|o| o.visible).count();
    ui.label(
        RichText::new(tr.f(
            "reports-shown-count",
            &[("shown", shown.into()), ("total", state.docs.reports.len().into())],
        ))
        .weak(),
    );
}

fn report_ui(ui: &mut egui::Ui, i: usize, open: &OpenReport, many: bool, tr: Tr, out: &mut Vec<Command>) {
    let r = &open.loaded.report;
    ui.add_space(4.0);
    let title = if open.history.dirty() {
        format!("• {}", r.title)
    } else {
        r.title.clone()
    };
    ui.add(egui::Label::new(RichText::new(breakable(&title)).strong()).wrap())
        .on_hover_text(if open.history.dirty() {
            tr.t("reports-unsaved")
        } else {
            String::new()
        });
    ui.horizontal(|ui| {
        let mut visible = open.visible;
        if ui
            .checkbox(&mut visible, tr.t("reports-shown"))
            .on_hover_text(tr.t("reports-shown-hover"))
            .changed()
        {
            out.push(Command::SetReportVisible(open.id, visible));
        }
        if many
            && ui
                .small_button(tr.t("reports-only-this"))
                .on_hover_text(tr.t("reports-only-this-hover"))
                .clicked()
        {
            out.push(Command::ShowOnly(vec![open.id]));
        }
        if ui
            .small_button(tr.t("reports-edit"))
            .on_hover_text(tr.t("reports-edit-hover"))
            .clicked()
        {
            out.push(Command::EditReport(open.id));
        }
        if ui
            .small_button(tr.t("reports-close"))
            .on_hover_text(tr.t("reports-close-hover"))
            .clicked()
        {
            out.push(Command::CloseReport(open.id));
        }
    });
    ui.indent(("report", i), |ui| {
        let file = match &open.loaded.path {
            Some(_) => open.loaded.name.clone(),
            None if open.loaded.name == crate::report::SAMPLE_NAME => {
                tr.f("reports-file-sample", &[("name", (&open.loaded.name).into())])
            }
            None => tr.f("reports-file-unsaved", &[("name", (&open.loaded.name).into())]),
        };
        let label = ui.label(RichText::new(file).small().weak());
        if let Some(p) = &open.loaded.path {
            label.on_hover_text(p.display().to_string());
        }
        if let Some(p) = &r.publisher {
            ui.label(tr.f("reports-publisher", &[("publisher", p.into())]));
        }
        if let Some(d) = r.published {
            ui.label(tr.f("reports-published", &[("date", tr.digits(&d.to_string()).into())]));
        }
        if let Some(p) = r.period {
            ui.label(tr.f(
                "reports-period",
                &[
                    ("from", tr.digits(&p.from.to_string()).into()),
                    ("to", tr.digits(&p.to.to_string()).into()),
                ],
            ));
        }
        if let Some(c) = &r.claim {
            ui.label(RichText::new(breakable(c)).italics());
        }
        for s in &r.sources {
            out.extend(source_link_ui(ui, s, tr));
        }
        if let Some(n) = &r.notes {
            ui.label(RichText::new(breakable(n)).small());
        }
    });
}

/// A source's citation, as a link when it has a web address; clicking sends
/// [`Command::OpenUrl`], where the scheme is checked.
pub fn source_link_ui(ui: &mut egui::Ui, source: &crate::report::model::Source, tr: Tr) -> Option<Command> {
    match &source.url {
        Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
            if ui.link(source.citation()).on_hover_text(url).clicked() {
                return Some(Command::OpenUrl(url.clone()));
            }
        }
        Some(url) => {
            ui.label(tr.f(
                "source-not-opened",
                &[("citation", source.citation().into()), ("url", url.into())],
            ));
        }
        None => {
            ui.label(tr.f("source-citation", &[("citation", source.citation().into())]));
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
        Subject::File | Subject::Text => None,
    }
}

/// Messages, each with a Dismiss button; the path field where no file dialog exists.
pub fn notices_ui(ui: &mut egui::Ui, state: &State, scratch: &mut Scratch, out: &mut Vec<Command>) {
    let tr = state.view.options.tr;
    for notice in &state.view.notices {
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
                    let label = tr.t(if notice.error { "notice-problem" } else { "notice-note" });
                    ui.label(RichText::new(label).strong().color(Color32::from_rgb(0x33, 0x33, 0x33)));
                    // The button first, at the right, so a long message wraps beside it and
                    // never pushes it out of the window.
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::TOP), |ui| {
                        if ui.button(tr.t("notice-dismiss")).clicked() {
                            out.push(Command::DismissNotice(notice.id));
                        }
                        ui.with_layout(egui::Layout::left_to_right(egui::Align::TOP), |ui| {
                            ui.add(
                                egui::Label::new(
                                    super::words(ui, &notice.text).color(Color32::from_rgb(0x22, 0x22, 0x22)),
                                )
                                .wrap(),
                            );
                        });
                    });
                });
            });
    }
    for found in &state.docs.recovered {
        recovery_ui(ui, found, tr, out);
    }
    if state.view.path_prompt {
        path_prompt_ui(ui, scratch, tr, out);
    }
    if state.view.attribution_prompt
        && let Some(b) = state.boundaries()
    {
        attribution_prompt_ui(ui, scratch, &b.name, tr, out);
    }
}

/// "Who made these township boundaries?": the answer is drawn on the map and in every
/// picture; until given, the file's name stands with its source not given.
fn attribution_prompt_ui(ui: &mut egui::Ui, scratch: &mut Scratch, file: &str, tr: Tr, out: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(tr.f("boundaries-credit-ask", &[("file", file.into())]));
        let response = ui.add(
            egui::TextEdit::singleline(&mut scratch.attribution_text)
                .hint_text(tr.t("boundaries-credit-hint"))
                .desired_width(360.0),
        );
        let name = tr.t("boundaries-credit-name");
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name));
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        let text = scratch.attribution_text.trim().to_owned();
        if (ui
            .add_enabled(!text.is_empty(), egui::Button::new(tr.t("boundaries-credit-use")))
            .clicked()
            || enter)
            && !text.is_empty()
        {
            scratch.attribution_text.clear();
            out.push(Command::SetBoundaryAttribution(text));
        }
        if ui.button(tr.t("boundaries-credit-later")).clicked() {
            out.push(Command::LaterBoundaryAttribution);
        }
    });
}

/// Unsaved work found from an earlier run: restore it, or let it go.
fn recovery_ui(ui: &mut egui::Ui, found: &crate::state::recovery::Found, tr: Tr, out: &mut Vec<Command>) {
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
                let text = tr.f(
                    "recovery-found",
                    &[
                        ("title", (&found.title).into()),
                        ("file", file.into()),
                        ("time", tr.digits(&found.kept_at).into()),
                    ],
                );
                ui.label(super::words(ui, &text).color(ink));
                if ui.button(tr.t("recovery-restore")).clicked() {
                    out.push(Command::RestoreRecovery(found.path.clone()));
                }
                if ui.button(tr.t("recovery-discard")).clicked() {
                    out.push(Command::DiscardRecovery(found.path.clone()));
                }
            });
        });
}

/// "Save changes to …?": Save, Don't save, Cancel.
pub fn confirm_ui(ui: &mut egui::Ui, state: &State, confirm: &crate::state::Confirm, out: &mut Vec<Command>) {
    let tr = state.view.options.tr;
    let titles: Vec<String> = confirm
        .reports
        .iter()
        .filter_map(|id| state.report_by_id(*id))
        .map(|(_, r)| tr.f("quoted", &[("text", (&r.loaded.report.title).into())]))
        .collect();
    let question = match confirm.then {
        crate::state::Then::Quit => "confirm-save-quit",
        crate::state::Then::Close(_) => "confirm-save-close",
        crate::state::Then::Replace(_) => "confirm-save-replace",
    };
    egui::Window::new(tr.t("confirm-title"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ui.ctx(), |ui| {
            let titles = titles.join(&tr.t("list-separator"));
            ui.label(super::words(ui, &tr.f(question, &[("titles", titles.into())])));
            ui.label(RichText::new(tr.t("confirm-lost")).weak());
            ui.horizontal(|ui| {
                if ui.button(tr.t("confirm-save")).clicked() {
                    out.push(Command::ConfirmSave);
                }
                if ui.button(tr.t("confirm-discard")).clicked() {
                    out.push(Command::ConfirmDiscard);
                }
                if ui.button(tr.t("confirm-cancel")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    out.push(Command::ConfirmCancel);
                }
            });
        });
}

fn path_prompt_ui(ui: &mut egui::Ui, scratch: &mut Scratch, tr: Tr, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.label(tr.t("path-prompt-label"));
        let response = ui.add(
            egui::TextEdit::singleline(&mut scratch.path_text)
                .hint_text(tr.t("path-prompt-hint"))
                .desired_width(400.0),
        );
        let name = tr.t("path-prompt-name");
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name));
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if ui.button(tr.t("path-prompt-open")).clicked() || enter {
            out.push(Command::SubmitPathPrompt(std::mem::take(&mut scratch.path_text)));
        }
        if ui.button(tr.t("path-prompt-cancel")).clicked() {
            scratch.path_text.clear();
            out.push(Command::CancelPathPrompt);
        }
    });
}
