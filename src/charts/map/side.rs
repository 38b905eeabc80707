//! Beside the map: the snapshot chooser, the national counts as given, the places by status
//! (a click hides or shows a status), what changed since the snapshot before, what is not
//! placed, and the key.

use std::collections::BTreeSet;

use egui::{Color32, RichText};

use super::{MapData, Places, TownMark, events, snapshot_label, statuses_or};
use crate::charts::marks::{self, category_color};
use crate::charts::{ChartKind, ChartOptions};
use crate::i18n::{Lang, Tr};

impl MapData {
    /// The hidden set that shows snapshot `i` and keeps the statuses hidden.
    pub(super) fn showing(&self, i: usize) -> BTreeSet<String> {
        let labels: Vec<String> = self.snapshots.iter().map(|d| snapshot_label(*d)).collect();
        let mut out: BTreeSet<String> = self.hidden.iter().filter(|h| !labels.contains(h)).cloned().collect();
        out.extend(labels.into_iter().enumerate().filter(|(j, _)| *j != i).map(|(_, l)| l));
        out
    }

    /// The snapshot selector: returns the new hidden set when another snapshot is chosen.
    fn snapshots_ui(&self, ui: &mut egui::Ui, tr: Tr) -> Option<BTreeSet<String>> {
        if self.snapshots.len() < 2 {
            return None;
        }
        let shown = self.shown.unwrap_or_default();
        let mut chosen = None;
        ui.horizontal_wrapped(|ui| {
            ui.label(tr.t("map-snapshot"));
            if ui
                .add_enabled(shown > 0, egui::Button::new("◀").small())
                .on_hover_text(tr.t("map-snapshot-earlier"))
                .clicked()
            {
                chosen = Some(shown - 1);
            }
            for (i, d) in self.snapshots.iter().enumerate() {
                if ui
                    .selectable_label(
                        i == shown,
                        tr.f("as-of", &[("date", tr.digits(&d.to_string()).into_owned().into())]),
                    )
                    .clicked()
                    && i != shown
                {
                    chosen = Some(i);
                }
            }
            if ui
                .add_enabled(shown + 1 < self.snapshots.len(), egui::Button::new("▶").small())
                .on_hover_text(tr.t("map-snapshot-later"))
                .clicked()
            {
                chosen = Some(shown + 1);
            }
        });
        chosen.map(|i| self.showing(i))
    }

    /// Beside the map: the snapshot, the national counts as given, the key, the named towns,
    /// what changed and what is not placed.
    pub(super) fn side_ui(&self, ui: &mut egui::Ui, options: &ChartOptions) -> Option<BTreeSet<String>> {
        let tr = options.tr;
        let mut changed = self.snapshots_ui(ui, tr);
        let places = self.places();
        let Some(date) = self.date() else {
            if let Some(e) = &self.events {
                events::key_ui(ui, e, tr);
            }
            return changed;
        };
        let separator = tr.t("list-separator");
        ui.label(RichText::new(tr.f("map-national-counts", &[("date", tr.digits(&date.to_string()).into())])).strong());
        // No colour swatches here: the map colours no township, so the counts get none either.
        ui.horizontal_wrapped(|ui| {
            for c in &self.counts {
                ui.label(format!("{} {}", tr.digits(&c.figure), tr.status(&c.category)));
                ui.label(RichText::new("·").weak());
            }
            ui.label(&self.total);
        });
        ui.add(
            egui::Label::new(
                crate::charts::plot::wrapping_text(
                    &tr.t(if places.areas.is_empty() {
                        "map-counts-whole-country"
                    } else {
                        "map-counts-listed"
                    }),
                    egui::TextStyle::Body.resolve(ui.style()).size,
                )
                .weak(),
            )
            .wrap(),
        );
        let hidden = options.hidden(ChartKind::Map);
        if !places.areas.is_empty() {
            ui.add_space(6.0);
            ui.label(RichText::new(tr.t("map-areas-by-status")).strong());
            changed = self
                .by_status_ui(ui, &places.areas, hidden, tr, Swatch::Square)
                .or(changed);
        }
        ui.add_space(6.0);
        ui.label(RichText::new(tr.t("map-towns-by-status")).strong());
        changed = self
            .by_status_ui(ui, &places.towns, hidden, tr, Swatch::Dot)
            .or(changed);
        let disputed: Vec<String> = places
            .towns
            .iter()
            .filter(|t| t.disputed())
            .map(|t| format!("{} ({})", t.display, statuses_or(tr, &t.statuses)))
            .collect();
        if !disputed.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(tr.t("map-disputed"))
                        .color(marks::CONFLICT_COLOR)
                        .strong(),
                );
                ui.label(crate::i18n::breakable(&disputed.join(&separator)));
            });
        }
        if places.towns.is_empty() {
            ui.label(tr.t("map-none-placed"));
        }
        if let Some(e) = &self.events {
            ui.add_space(6.0);
            events::key_ui(ui, e, tr);
        }
        self.changes_ui(ui, places, tr);
        if !places.unplaced.is_empty() {
            ui.add_space(6.0);
            ui.label(RichText::new(tr.f("map-not-placed", &[("n", places.unplaced.len().into())])).strong());
            for u in &places.unplaced {
                ui.add(egui::Label::new(format!("{} ({}, {}): {}", u.name, u.status, u.file, u.why)).wrap());
            }
        }
        ui.add_space(6.0);
        let key = if places.areas.is_empty() {
            "map-key"
        } else {
            "map-key-areas"
        };
        ui.add(
            egui::Label::new(
                match tr.lang {
                    // Burmese at the small size loses its marks.
                    Lang::My => crate::charts::plot::wrapping_text(&tr.t(key), 11.0),
                    Lang::En => RichText::new(tr.t(key)).small(),
                }
                .weak(),
            )
            .wrap(),
        );
        changed
    }

    /// One line per status with the places of that status (disputed ones aside); a click on
    /// the status hides or shows it. Returns the new hidden set when clicked.
    fn by_status_ui(
        &self,
        ui: &mut egui::Ui,
        marks: &[TownMark],
        hidden: &BTreeSet<String>,
        tr: Tr,
        kind: Swatch,
    ) -> Option<BTreeSet<String>> {
        let separator = tr.t("list-separator");
        let mut changed = None;
        for status in &self.statuses {
            let names: Vec<&str> = marks
                .iter()
                .filter(|t| !t.disputed() && t.statuses[0] == *status)
                .map(|t| t.display.as_str())
                .collect();
            if names.is_empty() {
                continue;
            }
            let shown = !hidden.contains(status);
            ui.horizontal_wrapped(|ui| {
                swatch(ui, category_color(status), kind);
                let mut text = RichText::new(format!("{} ({}):", tr.status(status), tr.n(names.len() as f64))).strong();
                if !shown {
                    text = text.weak().strikethrough();
                }
                let toggle = ui
                    .add(egui::Label::new(text).sense(egui::Sense::click()))
                    .on_hover_text(tr.t(if shown {
                        "map-click-to-hide"
                    } else {
                        "map-click-to-show"
                    }));
                if toggle.clicked() {
                    let mut now = self.hidden.clone();
                    if shown {
                        now.insert(status.clone());
                    } else {
                        now.remove(status);
                    }
                    changed = Some(now);
                }
                let text = RichText::new(crate::i18n::breakable(&names.join(&separator)));
                ui.label(if shown { text } else { text.weak() });
            });
        }
        changed
    }

    /// Towns whose status changed since the snapshot before, and towns no longer named.
    fn changes_ui(&self, ui: &mut egui::Ui, places: &Places, tr: Tr) {
        let Some(before) = self.shown.and_then(|i| i.checked_sub(1)).map(|i| self.snapshots[i]) else {
            return;
        };
        let changed: Vec<String> = places
            .towns
            .iter()
            .filter_map(|t| {
                t.was.as_ref().map(|(was, _)| {
                    format!(
                        "{}: {} → {}",
                        t.display,
                        statuses_or(tr, std::slice::from_ref(was)),
                        statuses_or(tr, &t.statuses)
                    )
                })
            })
            .collect();
        if changed.is_empty() && places.dropped.is_empty() {
            return;
        }
        ui.add_space(6.0);
        ui.label(RichText::new(tr.f("map-since", &[("date", tr.digits(&before.to_string()).into())])).strong());
        for line in changed {
            ui.label(line);
        }
        if !places.dropped.is_empty() {
            ui.add(
                egui::Label::new(crate::i18n::breakable(
                    &tr.f("map-dropped", &[("list", places.dropped.join(", ").into())]),
                ))
                .wrap(),
            );
        }
    }
}

/// The mark a key's swatch shows: a town's dot or a township's square.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Swatch {
    Dot,
    Square,
}

/// A town's dot or a township's square of a colour, as in a legend.
fn swatch(ui: &mut egui::Ui, colour: Color32, kind: Swatch) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
    match kind {
        Swatch::Dot => {
            ui.painter().circle_filled(rect.center(), 5.0, colour);
        }
        Swatch::Square => {
            ui.painter().rect_filled(rect, 1.0, colour);
        }
    }
}
