//! The report's details as a form: title, publisher, publication date, the period it covers,
//! whose figures they are, and notes. A field's text is kept as typed until it is left (or
//! Enter is pressed), then sent as one edit; a date that is not a real date is marked on its
//! field, not refused in a dialog.

use egui::RichText;

use super::{EditorScratch, send};
use crate::charts::CONFLICT_COLOR;
use crate::command::Command;
use crate::i18n::Tr;
use crate::report::Report;
use crate::report::edit::change::{Change, Detail};
use crate::report::model::Date;
use crate::report::model::figure_text;
use crate::state::OpenReport;

/// The form.
pub fn details_ui(ui: &mut egui::Ui, open: &OpenReport, scratch: &mut EditorScratch, tr: Tr, out: &mut Vec<Command>) {
    let report = &open.loaded.report;
    egui::ScrollArea::vertical().id_salt("details").show(ui, |ui| {
        egui::Grid::new("report-details")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                let period = report.period;
                let fields: [(&'static str, &str, String, bool); 7] = [
                    ("title", "details-title", report.title.clone(), false),
                    (
                        "publisher",
                        "details-publisher",
                        report.publisher.clone().unwrap_or_default(),
                        false,
                    ),
                    ("published", "details-published", date_text(report.published), false),
                    ("from", "details-period-from", date_text(period.map(|p| p.from)), false),
                    ("to", "details-period-to", date_text(period.map(|p| p.to)), false),
                    ("claim", "details-claim", report.claim.clone().unwrap_or_default(), true),
                    ("notes", "details-notes", report.notes.clone().unwrap_or_default(), true),
                ];
                for (key, label_key, value, multiline) in fields {
                    let label = tr.t(label_key);
                    ui.label(&label);
                    field_ui(ui, open, scratch, out, key, &label, &value, multiline, tr);
                    ui.end_row();
                }
            });
        ui.add_space(8.0);
        ui.label(crate::ui::words(ui, &tr.t("details-hint")).weak());
    });
}

fn date_text(date: Option<Date>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// One field of the form: its text as typed, its problem if any, and the edit once left.
#[expect(clippy::too_many_arguments, reason = "one field of the form: every value is needed")]
fn field_ui(
    ui: &mut egui::Ui,
    open: &OpenReport,
    scratch: &mut EditorScratch,
    out: &mut Vec<Command>,
    key: &'static str,
    label: &str,
    value: &str,
    multiline: bool,
    tr: Tr,
) {
    let mut text = scratch.drafts.get(key).cloned().unwrap_or_else(|| value.to_owned());
    let problem = problem_of(key, &text, &open.loaded.report, tr);
    ui.vertical(|ui| {
        let edit = if multiline {
            egui::TextEdit::multiline(&mut text).desired_rows(2)
        } else {
            egui::TextEdit::singleline(&mut text)
        };
        let mut edit = edit.desired_width(480.0);
        if problem.is_some() {
            edit = edit.text_color(CONFLICT_COLOR);
        }
        let response = ui.add(edit);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, label));
        if response.changed() {
            scratch.drafts.insert(key, text.clone());
        }
        if let Some(p) = &problem {
            ui.label(RichText::new(p).color(CONFLICT_COLOR).small());
        }
        let entered = response.lost_focus()
            || (!multiline && ui.input(|i| i.key_pressed(egui::Key::Enter)) && response.has_focus());
        // A report with no period yet takes one when both of its ends are typed.
        let other_end = match key {
            "from" if open.loaded.report.period.is_none() => Some("to"),
            "to" if open.loaded.report.period.is_none() => Some("from"),
            _ => None,
        };
        let waiting = other_end.is_some_and(|other| {
            scratch
                .drafts
                .get(other)
                .is_none_or(|t| problem_of(other, t, &open.loaded.report, tr).is_some())
        });
        if waiting && scratch.drafts.contains_key(key) && problem.is_none() {
            ui.label(RichText::new(tr.t("details-period-other-end")).weak().small());
        }
        if entered && let Some(draft) = scratch.drafts.remove(key) {
            if problem.is_some() || waiting {
                // Kept as typed (marked when it is wrong) until it is a value the format takes.
                scratch.drafts.insert(key, draft);
            } else {
                let change = match other_end.and_then(|other| scratch.drafts.remove(other)) {
                    Some(other) if key == "from" => Change::SetPeriod(draft, other),
                    Some(other) => Change::SetPeriod(other, draft),
                    None => Change::SetDetail(detail(key), draft),
                };
                send(out, open, label.split(" (").next().unwrap_or(label), change);
            }
        }
    });
}

/// What is wrong with a field's text, if anything.
fn problem_of(key: &str, text: &str, report: &Report, tr: Tr) -> Option<String> {
    let text = figure_text::latin_digits(text.trim());
    let date = Date::parse(&text);
    match key {
        "title" if text.is_empty() => Some(tr.t("details-needs-title")),
        "published" | "from" | "to" if !text.is_empty() && date.is_none() => {
            let years = [("first", tr.year(1900).into()), ("last", tr.year(2200).into())];
            Some(tr.f("details-not-a-date", &years))
        }
        "from" if date.zip(report.period).is_some_and(|(d, p)| d > p.to) => Some(tr.t("details-period-backwards")),
        "to" if date.zip(report.period).is_some_and(|(d, p)| d < p.from) => Some(tr.t("details-period-backwards")),
        _ => None,
    }
}

/// The detail a field of the form changes.
fn detail(key: &str) -> Detail {
    match key {
        "title" => Detail::Title,
        "publisher" => Detail::Publisher,
        "published" => Detail::Published,
        "from" => Detail::From,
        "to" => Detail::To,
        "claim" => Detail::Claim,
        _ => Detail::Notes,
    }
}
