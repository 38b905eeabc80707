//! The Checks panel: conflicts between files and warnings, each grouped by section and year,
//! each group with its count. Small lists show whole; long ones start
//! collapsed, can be filtered, and draw only the rows on screen, so ten thousand checks cost no
//! more than ten. A click on a check shows its figure on its chart.

use std::collections::{BTreeMap, HashSet};

use egui::RichText;

use crate::charts::{CONFLICT_COLOR, ChartKind};
use crate::command::Command;
use crate::i18n::Tr;
use crate::report::{Section, Severity, Subject, When};
use crate::state::State;

/// Lists up to this many rows are shown whole, wrapped; longer ones are drawn row by row.
const WHOLE: usize = 60;

/// Groups start collapsed when there are more checks than this.
const COLLAPSE_ABOVE: usize = 12;

/// How serious a check is, for its mark and colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Files disagree.
    Conflict,
    /// A file's figures cannot all be right.
    Inconsistency,
    /// Worth knowing.
    Note,
}

/// One check, ready to show.
#[derive(Clone, Debug)]
pub struct Item {
    /// The message, with its mark ("⚠ …", "✖ …", "ℹ …").
    pub text: String,
    /// Conflict, inconsistency or note.
    pub kind: Kind,
    /// Where a click leads.
    pub target: Option<(ChartKind, When)>,
    /// Shown on hover: where it is in which file.
    pub hover: String,
}

/// Checks that belong together, with a title that says how many.
#[derive(Clone, Debug)]
pub struct Group {
    /// Stable key, for remembering whether it is open.
    pub key: String,
    /// "Conflicts: a.json and b.json", "Battles 2025".
    pub title: String,
    /// The checks.
    pub items: Vec<Item>,
}

impl Group {
    /// "Battles 2025 (3, 1 inconsistency)".
    fn heading(&self, tr: Tr) -> String {
        let bad = self.items.iter().filter(|i| i.kind == Kind::Inconsistency).count();
        let args = [
            ("title", (&self.title).into()),
            ("n", self.items.len().into()),
            ("bad", bad.into()),
        ];
        match bad {
            0 => tr.f("checks-group", &args),
            _ => tr.f("checks-group-inconsistent", &args),
        }
    }
}

/// Every check of the visible reports, grouped.
pub fn groups(state: &State) -> Vec<Group> {
    let tr = state.view.options.tr;
    let mut out: Vec<Group> = Vec::new();
    let data = &state.docs.dataset;
    // Conflicts by section and year: with many files, the pairs of files are too many to group by.
    let mut places: BTreeMap<(u8, String), Vec<Item>> = BTreeMap::new();
    for c in &state.docs.conflicts {
        let (rank, title) = conflict_place(c.key.section, c.when, tr);
        places.entry((rank, title)).or_default().push(Item {
            text: format!(
                "{} {}",
                if c.restatement.is_some() { "↻" } else { "⚠" },
                describe_conflict(data, c, tr)
            ),
            // A restatement is a later report correcting an earlier one, not a dispute: it is
            // said plainly, not in the conflicts' red.
            kind: if c.restatement.is_some() {
                Kind::Note
            } else {
                Kind::Conflict
            },
            target: Some((ChartKind::of_section(c.key.section), c.when)),
            hover: tr.t("checks-show-figure"),
        });
    }
    for ((_, title), items) in places {
        out.push(Group {
            key: format!("conflicts {title}"),
            title: tr.f("checks-conflicts", &[("place", (&title).into())]),
            items,
        });
    }
    let visible: Vec<_> = state.docs.reports.iter().filter(|o| o.visible).collect();
    let name_files = visible.len() > 1;
    let mut by_place: BTreeMap<(u8, String), Vec<Item>> = BTreeMap::new();
    for open in visible {
        for w in state.warnings(open) {
            let (rank, title) = place_of(&w.subject, tr);
            let (mark, kind) = match w.severity {
                Severity::Inconsistency => ("✖", Kind::Inconsistency),
                Severity::Note => ("ℹ", Kind::Note),
            };
            let text = if name_files {
                format!("{mark} {}: {}", open.loaded.name, w.message)
            } else {
                format!("{mark} {}", w.message)
            };
            by_place.entry((rank, title)).or_default().push(Item {
                text,
                kind,
                target: super::panels::target(&w.subject),
                hover: tr.f(
                    "checks-where",
                    &[("path", (&w.path).into()), ("file", (&open.loaded.name).into())],
                ),
            });
        }
    }
    for ((_, title), items) in by_place {
        out.push(Group {
            key: format!("warnings {title}"),
            title,
            items,
        });
    }
    out
}

/// A conflict in words: "2024 funding (Battalion support, kyats): 32.9 billion kyats in a.json;
/// 30 billion kyats in b.json", in the window's language.
fn describe_conflict(data: &crate::report::Dataset, conflict: &crate::report::Conflict, tr: Tr) -> String {
    let key = &conflict.key;
    let unit = key.unit();
    let category = match (key.section, key.category.as_str()) {
        (Section::Funding, "mmk") => tr.t("table-kyats"),
        (Section::Funding, _) => tr.t("table-usd"),
        (_, c) => tr.term(c).into_owned(),
    };
    let section = super::views::section_name(tr, key.section);
    let what = if key.series.is_empty() {
        tr.f(
            "checks-conflict-what",
            &[("section", section.into()), ("category", category.into())],
        )
    } else {
        tr.f(
            "checks-conflict-what-series",
            &[
                ("section", section.into()),
                ("series", (&key.series).into()),
                ("category", category.into()),
            ],
        )
    };
    if let Some((earlier, later)) = conflict.restatement {
        let of = |c| crate::charts::marks::claim_report_in(tr, data, c);
        let (a, b) = (&conflict.claims[earlier], &conflict.claims[later]);
        return tr.f(
            "checks-restated",
            &[
                ("when", tr.digits(&conflict.when.to_string()).into()),
                ("what", what.into()),
                ("from", a.figure.long_in(tr, unit).into()),
                ("earlier", of(a).into()),
                ("to", b.figure.long_in(tr, unit).into()),
                ("later", of(b).into()),
            ],
        );
    }
    let claims: Vec<String> = conflict
        .claims
        .iter()
        .map(|c| {
            tr.f(
                "checks-conflict-claim",
                &[
                    ("figure", c.figure.long_in(tr, unit).into()),
                    ("files", data.source_names(&c.sources).into()),
                ],
            )
        })
        .collect();
    tr.f(
        "checks-conflict",
        &[
            ("when", tr.digits(&conflict.when.to_string()).into()),
            ("what", what.into()),
            ("claims", claims.join("; ").into()),
        ],
    )
}

/// Where a conflict belongs: its section's rank and "Battles 2025".
fn conflict_place(section: Section, when: When, tr: Tr) -> (u8, String) {
    let subject = match section {
        Section::Funding => Subject::Funding { year: when.year() },
        Section::Losses => Subject::Losses { year: when.year() },
        Section::Battles => Subject::Battles {
            year: when.year(),
            group: None,
        },
        Section::Townships => Subject::Townships {
            as_of: when.to_string(),
        },
    };
    place_of(&subject, tr)
}

/// Where a warning belongs: its section's rank and "Battles 2025".
fn place_of(subject: &Subject, tr: Tr) -> (u8, String) {
    let in_year = |key: &str, year: i32| tr.f(key, &[("year", tr.year(year).into())]);
    match subject {
        Subject::File | Subject::Text => (0, tr.t("checks-place-file")),
        Subject::Funding { year } => (1, in_year("checks-place-funding", *year)),
        Subject::Losses { year } => (2, in_year("checks-place-losses", *year)),
        Subject::Battles { year, .. } => (3, in_year("checks-place-battles", *year)),
        Subject::Townships { as_of } => (4, tr.f("checks-place-townships", &[("date", tr.digits(as_of).into())])),
    }
}

/// A row of the panel: a group's heading, or one of its checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Row {
    Heading(usize),
    Item(usize, usize),
}

/// What the panel keeps between frames: the groups of the state it last saw, which are open,
/// the filter, and the rows these give.
#[derive(Clone, Debug, Default)]
pub struct ChecksView {
    generation: Option<(u64, Tr)>,
    groups: Vec<Group>,
    open: HashSet<String>,
    /// Text a check must contain to be listed.
    pub filter: String,
    rows: Vec<Row>,
    rows_for: Option<(u64, String, usize)>,
    toggles: usize,
}

impl ChecksView {
    /// Brings the groups and rows up to date with the state, only when something changed.
    fn refresh(&mut self, state: &State) {
        let seen = (state.docs.generation, state.view.options.tr);
        if self.generation != Some(seen) {
            self.groups = groups(state);
            let total: usize = self.groups.iter().map(|g| g.items.len()).sum();
            self.open = if total <= COLLAPSE_ABOVE {
                self.groups.iter().map(|g| g.key.clone()).collect()
            } else {
                self.open
                    .iter()
                    .filter(|k| self.groups.iter().any(|g| &g.key == *k))
                    .cloned()
                    .collect()
            };
            self.generation = Some(seen);
        }
        let wanted = (state.docs.generation, self.filter.clone(), self.toggles);
        if self.rows_for.as_ref() != Some(&wanted) {
            self.rows = self.make_rows();
            self.rows_for = Some(wanted);
        }
    }

    fn make_rows(&self) -> Vec<Row> {
        let filter = self.filter.trim().to_lowercase();
        let mut rows = Vec::new();
        if self.total() <= COLLAPSE_ABOVE {
            // A few checks: one list, no headings.
            for (g, group) in self.groups.iter().enumerate() {
                rows.extend((0..group.items.len()).map(|k| Row::Item(g, k)));
            }
            return rows;
        }
        for (g, group) in self.groups.iter().enumerate() {
            let matching: Vec<usize> = group
                .items
                .iter()
                .enumerate()
                .filter(|(_, i)| filter.is_empty() || i.text.to_lowercase().contains(&filter))
                .map(|(k, _)| k)
                .collect();
            if matching.is_empty() {
                continue;
            }
            rows.push(Row::Heading(g));
            if !filter.is_empty() || self.open.contains(&group.key) {
                rows.extend(matching.into_iter().map(|k| Row::Item(g, k)));
            }
        }
        rows
    }

    /// Checks in all, whatever the filter.
    pub fn total(&self) -> usize {
        self.groups.iter().map(|g| g.items.len()).sum()
    }
}

/// The panel.
pub fn checks_ui(ui: &mut egui::Ui, state: &State, view: &mut ChecksView, out: &mut Vec<Command>) {
    view.refresh(state);
    let tr = state.view.options.tr;
    ui.heading(tr.t("checks-heading"));
    let total = view.total();
    if total == 0 {
        ui.label(super::words(ui, &tr.t("checks-none")));
        return;
    }
    if total > COLLAPSE_ABOVE {
        let name = tr.t("checks-filter");
        ui.horizontal(|ui| {
            ui.add(
                egui::TextEdit::singleline(&mut view.filter)
                    .hint_text(&name)
                    .desired_width(f32::INFINITY),
            )
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name));
        });
        view.refresh(state);
    }
    let rows = view.rows.clone();
    if rows.len() <= WHOLE {
        egui::ScrollArea::vertical().show(ui, |ui| {
            for row in &rows {
                row_ui(ui, view, *row, true, tr, out);
            }
        });
    } else {
        let line = ui.text_style_height(&egui::TextStyle::Body);
        let height = 2.0 * line + ui.spacing().button_padding.y * 2.0;
        egui::ScrollArea::vertical().show_rows(ui, height, rows.len(), |ui, range| {
            for row in &rows[range] {
                ui.allocate_ui(egui::vec2(ui.available_width(), height), |ui| {
                    row_ui(ui, view, *row, false, tr, out)
                });
            }
        });
    }
}

/// One row: a heading that opens and closes its group, or a check that leads to its figure.
/// `whole` wraps the text fully; otherwise it is cut to two lines (the rest on hover).
fn row_ui(ui: &mut egui::Ui, view: &mut ChecksView, row: Row, whole: bool, tr: Tr, out: &mut Vec<Command>) {
    match row {
        Row::Heading(g) => {
            let group = &view.groups[g];
            let open = view.open.contains(&group.key) || !view.filter.trim().is_empty();
            let arrow = if open { "▾" } else { "▸" };
            let response = ui
                .add(egui::Button::new(RichText::new(format!("{arrow} {}", group.heading(tr))).strong()).frame(false));
            if response.clicked() {
                let key = group.key.clone();
                if !view.open.remove(&key) {
                    view.open.insert(key);
                }
                view.toggles += 1;
            }
        }
        Row::Item(g, k) => {
            let item = &view.groups[g].items[k];
            let color = match item.kind {
                Kind::Conflict | Kind::Inconsistency => CONFLICT_COLOR,
                Kind::Note => ui.visuals().text_color(),
            };
            let mut job = egui::text::LayoutJob::single_section(
                item.text.clone(),
                egui::TextFormat::simple(egui::TextStyle::Body.resolve(ui.style()), color),
            );
            job.wrap.max_width = ui.available_width() - 2.0 * ui.spacing().button_padding.x;
            if !whole {
                job.wrap.max_rows = 2;
                job.wrap.overflow_character = Some('…');
            }
            let mut response = ui.add(egui::Button::new(job));
            response = if whole {
                response.on_hover_text(&item.hover)
            } else {
                response.on_hover_text(format!("{}\n{}", item.text, item.hover))
            };
            if response.clicked()
                && let Some((kind, when)) = item.target
            {
                out.push(Command::ShowFigure(kind, when));
            }
        }
    }
}
