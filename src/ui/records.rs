//! The controls above the Claims and records chart and the map: the event files open, and how
//! they are counted (per year or month on the chart, events or deaths on the map; which events,
//! where, which actor).

use crate::charts::ChartKind;
use crate::command::Command;
use crate::report::events::{Aggregation, Measure, Period, Place, Preset, TypeFilter};
use crate::state::State;

/// The event files and the aggregation controls of a chart (`kind`: the claims and records
/// chart or the map); each change is sent as a command.
pub fn controls_ui(ui: &mut egui::Ui, state: &State, kind: ChartKind, out: &mut Vec<Command>) {
    let tr = state.view.options.tr;
    let files = state.event_files();
    if files.is_empty() {
        return;
    }
    let current = &state.view.options.records.aggregation;
    let mut next = current.clone();
    ui.horizontal_wrapped(|ui| {
        if kind == ChartKind::Map {
            ui.label(tr.t("map-events-show"));
            for measure in [Measure::Events, Measure::Deaths] {
                let words = crate::charts::map::events::measure_words(tr, measure);
                if ui.selectable_label(current.measure == measure, words).clicked() {
                    next.measure = measure;
                }
            }
            if state.boundaries().is_some() {
                // With township boundaries, the first file's counts may fill the townships.
                ui.separator();
                ui.label(tr.t("map-events-as"));
                for (fill, key) in [(false, "map-events-as-circles"), (true, "map-events-as-filled")] {
                    if ui.selectable_label(current.fill_townships == fill, tr.t(key)).clicked() {
                        next.fill_townships = fill;
                    }
                }
            }
        } else {
            ui.label(tr.t("records-per"));
            for (period, key) in [(Period::Year, "records-by-year"), (Period::Month, "records-by-month")] {
                if ui.selectable_label(current.by == period, tr.t(key)).clicked() {
                    next.by = period;
                }
            }
        }
        ui.separator();
        let events_name = tr.t("records-events-choice");
        ui.label(&events_name);
        let selected = crate::charts::records::filter_words(
            tr,
            &Aggregation {
                place: Place::All,
                actor: String::new(),
                ..current.clone()
            },
        );
        egui::ComboBox::from_id_salt("records-types")
            .selected_text(selected)
            .show_ui(ui, |ui| {
                for preset in Preset::ALL {
                    let on = current.types == TypeFilter::Preset(preset);
                    if ui
                        .selectable_label(on, crate::charts::records::preset_name(tr, preset))
                        .clicked()
                    {
                        next.types = TypeFilter::Preset(preset);
                    }
                }
                let mut types: Vec<&str> = files.iter().flat_map(|f| f.event_types()).collect();
                types.sort_unstable();
                types.dedup();
                if !types.is_empty() {
                    ui.separator();
                }
                for t in types {
                    let on = current.types == TypeFilter::EventType(t.to_owned());
                    if ui.selectable_label(on, t).clicked() {
                        next.types = TypeFilter::EventType(t.to_owned());
                    }
                }
                let mut subs: Vec<&str> = files.iter().flat_map(|f| f.sub_event_types()).collect();
                subs.sort_unstable();
                subs.dedup();
                if !subs.is_empty() {
                    ui.separator();
                }
                for t in subs {
                    let on = current.types == TypeFilter::SubEventType(t.to_owned());
                    if ui.selectable_label(on, format!("· {t}")).clicked() {
                        next.types = TypeFilter::SubEventType(t.to_owned());
                    }
                }
            })
            .response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &events_name));
        ui.separator();
        let place_name = tr.t("records-place");
        ui.label(&place_name);
        let place_text = match &current.place {
            Place::All => tr.t("records-place-all"),
            Place::State(s) => s.clone(),
            Place::Township(t) => tr.f("records-township", &[("name", t.into())]),
        };
        egui::ComboBox::from_id_salt("records-place")
            .selected_text(place_text)
            .height(320.0)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(current.place == Place::All, tr.t("records-place-all"))
                    .clicked()
                {
                    next.place = Place::All;
                }
                let mut states: Vec<&str> = files.iter().flat_map(|f| f.states()).collect();
                states.sort_unstable();
                states.dedup();
                for s in states {
                    let on = current.place == Place::State(s.to_owned());
                    if ui.selectable_label(on, s).clicked() {
                        next.place = Place::State(s.to_owned());
                    }
                }
                let mut townships: Vec<&str> = files.iter().flat_map(|f| f.townships()).collect();
                townships.sort_unstable();
                townships.dedup();
                if !townships.is_empty() {
                    ui.separator();
                }
                for t in townships {
                    let on = current.place == Place::Township(t.to_owned());
                    if ui
                        .selectable_label(on, tr.f("records-township", &[("name", t.into())]))
                        .clicked()
                    {
                        next.place = Place::Township(t.to_owned());
                    }
                }
            })
            .response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &place_name));
        ui.separator();
        let actor_name = tr.t("records-actor");
        ui.label(&actor_name);
        let id = egui::Id::unique("records-actor-draft");
        let mut draft: String = ui
            .data_mut(|d| d.get_temp::<String>(id))
            .unwrap_or_else(|| current.actor.clone());
        let response = ui.add(
            egui::TextEdit::singleline(&mut draft)
                .hint_text(tr.t("records-actor-hint"))
                .desired_width(140.0),
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &actor_name));
        if response.lost_focus() {
            next.actor = draft.trim().to_owned();
        }
        ui.data_mut(|d| d.insert_temp(id, draft));
    });
    ui.horizontal_wrapped(|ui| {
        for file in files {
            let rows = tr.f(
                "records-file-line",
                &[
                    ("citation", file.citation().into()),
                    ("n", tr.n(file.rows as f64).into()),
                ],
            );
            ui.label(egui::RichText::new(rows).small())
                .on_hover_text(format!("SHA-256 {}", file.sha256));
            let close = tr.f("records-close-file", &[("file", file.name.as_str().into())]);
            let button = ui.small_button("✖").on_hover_text(&close);
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &close));
            if button.clicked() {
                out.push(Command::CloseEventFile(file.sha256.clone()));
            }
        }
    });
    if next != *current {
        out.push(Command::SetRecords(next));
    }
}
