//! The central views: tabs, the chart with its caption, the table of every figure, and the
//! sources of the open reports.

use egui::RichText;

use crate::charts::{ChartKind, Currency};
use crate::command::{Command, View};
use crate::state::State;

/// The chart tabs, the table and sources toggles, and the currency switch on funding.
pub fn tabs_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    let settings = &state.settings;
    let tr = state.view.options.tr;
    // Wrapped, so the year range and currency never run out of the window.
    ui.horizontal_wrapped(|ui| {
        for kind in ChartKind::ALL {
            let selected = settings.view == View::Chart && settings.chart == kind;
            if ui.selectable_label(selected, kind.tab_in(tr)).clicked() {
                out.push(Command::ShowChart(kind));
            }
        }
        ui.separator();
        for view in [View::Table, View::Sources] {
            if ui.selectable_label(settings.view == view, view.name_in(tr)).clicked() {
                out.push(Command::ShowView(view));
            }
        }
        if state.edited().is_some()
            && ui
                .selectable_label(settings.view == View::Edit, View::Edit.name_in(tr))
                .clicked()
        {
            out.push(Command::ShowView(View::Edit));
        }
        if settings.view == View::Chart && settings.chart == ChartKind::Funding {
            ui.separator();
            ui.label(tr.t("tabs-currency"));
            for c in [Currency::Mmk, Currency::Usd] {
                if ui.selectable_label(settings.currency == c, c.name()).clicked() {
                    out.push(Command::SetCurrency(c));
                }
            }
        }
    });
    if settings.view == View::Chart {
        years_ui(ui, state, out);
    }
}

/// The years drawn: from and to, within the years the reports cover; shown when they cover more
/// than one.
fn years_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    let Some((first, last)) = crate::charts::year_span(&state.docs.dataset).filter(|(a, b)| a < b) else {
        return;
    };
    ui.horizontal(|ui| years_range_ui(ui, state, (first, last), out));
}

fn years_range_ui(ui: &mut egui::Ui, state: &State, (first, last): (i32, i32), out: &mut Vec<Command>) {
    let tr = state.view.options.tr;
    let (mut from, mut to) = state.view.options.years.unwrap_or((first, last));
    ui.label(tr.t("years-label"));
    let (first_name, last_name) = (tr.t("years-first"), tr.t("years-last"));
    let from_response = ui.add(year_value(&mut from, first..=to, tr)).on_hover_text(&first_name);
    from_response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, &first_name));
    ui.label(tr.t("years-to"));
    let to_response = ui.add(year_value(&mut to, from..=last, tr)).on_hover_text(&last_name);
    to_response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, &last_name));
    if from_response.changed() || to_response.changed() {
        let all = (from, to) == (first, last);
        out.push(Command::SetYears((!all).then_some((from, to))));
    }
    if state.view.options.years.is_some() && ui.button(tr.t("years-all")).clicked() {
        out.push(Command::SetYears(None));
    }
}

/// A year to drag or type, written in the chosen digits (typed digits of either kind are read).
fn year_value(year: &mut i32, range: std::ops::RangeInclusive<i32>, tr: crate::i18n::Tr) -> egui::DragValue<'_> {
    egui::DragValue::new(year)
        .range(range)
        .custom_formatter(move |n, _| tr.year(n.round() as i32))
        .custom_parser(|text| {
            crate::report::model::figure_text::latin_digits(text.trim())
                .parse::<f64>()
                .ok()
        })
}

/// The chart on screen with its title and caption; a clear message when it has nothing to show.
pub fn chart_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    let chart = state.chart();
    let kind = chart.kind();
    let focus = state.view.focus.filter(|(k, _)| *k == kind).map(|(_, when)| when);
    let title = chart.title();
    let heading = RichText::new(crate::i18n::breakable(title)).heading();
    ui.label(if crate::i18n::has_myanmar(title) {
        heading.line_height(Some(18.0 * crate::i18n::MYANMAR_LINE_HEIGHT))
    } else {
        heading
    });
    let tr = state.view.options.tr;
    if matches!(kind, ChartKind::Records | ChartKind::Map) {
        super::records::controls_ui(ui, state, kind, out);
    }
    if chart.is_empty() {
        let text = tr.f("chart-empty", &[("section", section_name(tr, kind.section()).into())]);
        ui.label(super::words(ui, &text));
        return;
    }
    let mut lines = chart.caption().lines_brief(3);
    // Room for the caption as it wraps, the note on labels left out, and the hint line.
    let hint = chart.hint(tr);
    // A Burmese hint is drawn at the captions' size, and may take two rows.
    let hint_height = if crate::i18n::has_myanmar(&hint) {
        crate::export::text_height(ui, std::slice::from_ref(&hint), 12.0)
    } else {
        16.0
    };
    let caption_height = crate::export::text_height(ui, &lines, 12.0) + 2.0 * 17.0 + hint_height;
    let plot_height = (ui.available_height() - caption_height).max(180.0);
    let draw = crate::charts::DrawContext {
        options: &state.view.options,
        focus,
        picture: false,
        data: Some(&state.docs.dataset),
    };
    let drawn = ui
        .allocate_ui(egui::vec2(ui.available_width(), plot_height), |ui| {
            let before = ui.min_rect();
            let drawn = chart.ui(ui, &draw);
            let rect = ui.min_rect().union(before);
            let response = ui.interact(rect, egui::Id::unique("chart-a11y"), egui::Sense::hover());
            let name = tr.f(
                "chart-a11y",
                &[("title", title.into()), ("summary", chart.summary().into())],
            );
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));
            drawn
        })
        .inner;
    if let Some(hidden) = drawn.hidden {
        out.push(Command::SetHidden(kind, hidden));
    }
    if let Some((first, last)) = state.view.options.years {
        lines.push(crate::export::years_note(state.view.options.tr, first, last));
    }
    lines.extend(drawn.labels.note(false, state.view.options.tr));
    for line in lines {
        ui.add(crate::export::wrapped_label(&line, 12.0));
    }
    ui.label(super::hint_text(&hint));
}

pub use crate::charts::table::section_name;

/// Each open report: its file, hash, publisher, claim and sources.
pub fn sources_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    let tr = state.view.options.tr;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for open in &state.docs.reports {
            let r = &open.loaded.report;
            ui.label(RichText::new(&r.title).heading());
            egui::Grid::new(("sources", &open.loaded.sha256))
                .num_columns(2)
                .show(ui, |ui| {
                    let rows: Vec<(&str, String)> = vec![
                        (
                            "sources-file",
                            open.loaded
                                .path
                                .as_ref()
                                .map_or(open.loaded.name.clone(), |p| p.display().to_string()),
                        ),
                        ("sources-sha256", open.loaded.sha256.clone()),
                        ("sources-publisher", r.publisher.clone().unwrap_or_default()),
                        (
                            "sources-published",
                            r.published
                                .map(|d| tr.digits(&d.to_string()).into_owned())
                                .unwrap_or_default(),
                        ),
                        ("sources-claim", r.claim.clone().unwrap_or_default()),
                    ];
                    for (k, v) in rows {
                        if v.is_empty() {
                            continue;
                        }
                        ui.label(RichText::new(tr.t(k)).strong());
                        ui.add(egui::Label::new(v).wrap());
                        ui.end_row();
                    }
                });
            for s in &r.sources {
                out.extend(super::panels::source_link_ui(ui, s, tr));
            }
            ui.separator();
        }
    });
}
