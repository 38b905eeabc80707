//! The window's parts: menu bar, report list, checks panel, chart area, table and sources views,
//! notices, keyboard shortcuts. Widgets only send commands.

use egui::{Color32, Key, KeyboardShortcut, Modifiers, RichText};

use crate::app::FieldReportApp;
use crate::charts::{ChartKind, Currency};
use crate::command::{Command, ExportRequest, ThemeChoice, View};
use crate::report::figure::Unit;
use crate::report::{Severity, Subject};

const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
const CURRENCY: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::U);
const TABLE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::T);
const EXPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
const COPY: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::C);
const CHARTS: [KeyboardShortcut; 4] = [
    KeyboardShortcut::new(Modifiers::COMMAND, Key::Num1),
    KeyboardShortcut::new(Modifiers::COMMAND, Key::Num2),
    KeyboardShortcut::new(Modifiers::COMMAND, Key::Num3),
    KeyboardShortcut::new(Modifiers::COMMAND, Key::Num4),
];

/// Commands from keyboard shortcuts pressed this frame.
pub fn shortcuts(ctx: &egui::Context) -> Vec<Command> {
    ctx.input_mut(|i| {
        let mut out = Vec::new();
        if i.consume_shortcut(&OPEN) {
            out.push(Command::OpenDialog);
        }
        if i.consume_shortcut(&CURRENCY) {
            out.push(Command::ToggleCurrency);
        }
        if i.consume_shortcut(&COPY) {
            out.push(Command::Export(ExportRequest::CopyChart));
        }
        if i.consume_shortcut(&EXPORT) {
            out.push(Command::ShowExportDialog(true));
        }
        if i.consume_shortcut(&TABLE) {
            out.push(Command::ShowView(View::Table));
        }
        for (shortcut, kind) in CHARTS.iter().zip(ChartKind::ALL) {
            if i.consume_shortcut(shortcut) {
                out.push(Command::ShowChart(kind));
            }
        }
        out
    })
}

/// DejaVu Sans, bundled so that symbols such as ≥, ⚠ and → render the same on every machine.
const SYMBOL_FONT: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");

/// Where a Myanmar font is looked for on the system, so Burmese names render.
pub const MYANMAR_FONTS: [&str; 3] = [
    "/usr/share/fonts/truetype/padauk/Padauk-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansMyanmar-Regular.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansMyanmar-Regular.ttf",
];

/// egui's fonts plus the bundled symbol font and, when the system has one, a Myanmar font, both
/// as fallbacks after egui's own.
pub fn font_definitions() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    let mut extra = vec![("symbols", egui::FontData::from_static(SYMBOL_FONT))];
    if let Some(bytes) = MYANMAR_FONTS.iter().find_map(|p| std::fs::read(p).ok()) {
        extra.push(("myanmar", egui::FontData::from_owned(bytes)));
    }
    for (name, data) in extra {
        fonts.font_data.insert(name.to_owned(), std::sync::Arc::new(data));
        for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
            fonts.families.entry(family).or_default().push(name.to_owned());
        }
    }
    fonts
}

/// Installs [`font_definitions`].
pub fn install_fonts(ctx: &egui::Context) {
    ctx.set_fonts(font_definitions());
}

/// Lays out the whole window.
pub fn window_ui(ui: &mut egui::Ui, app: &mut FieldReportApp) {
    egui::Panel::top("menu").show(ui, |ui| menu_ui(ui, app));
    egui::Panel::bottom("status").show(ui, |ui| status_ui(ui, app));
    egui::Panel::left("reports")
        .resizable(true)
        .default_size(250.0)
        .show(ui, |ui| reports_ui(ui, app));
    egui::Panel::right("checks")
        .resizable(true)
        .default_size(290.0)
        .show(ui, |ui| checks_ui(ui, app));
    egui::CentralPanel::default().show(ui, |ui| {
        notices_ui(ui, app);
        tabs_ui(ui, app);
        ui.separator();
        match app.settings.view {
            View::Chart => chart_ui(ui, app),
            View::Table => table_ui(ui, app),
            View::Sources => sources_ui(ui, app),
        }
    });
    if app.export_dialog {
        export_dialog_ui(ui, app);
    }
    if ui.ctx().input(|i| !i.raw.hovered_files.is_empty()) {
        let rect = ui.ctx().content_rect();
        let painter = ui
            .ctx()
            .layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("drop")));
        painter.rect_filled(rect, 0.0, Color32::from_black_alpha(160));
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            "Drop report files to open them",
            egui::FontId::proportional(24.0),
            Color32::WHITE,
        );
    }
}

fn menu_ui(ui: &mut egui::Ui, app: &mut FieldReportApp) {
    let ctx = ui.ctx().clone();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            if ui
                .add(egui::Button::new("Open…").shortcut_text(ctx.format_shortcut(&OPEN)))
                .clicked()
            {
                app.queue.push(Command::OpenDialog);
            }
            ui.menu_button("Open recent", |ui| {
                if app.settings.recent.is_empty() {
                    ui.label("No recent files");
                }
                for path in app.settings.recent.clone() {
                    if ui.button(path.display().to_string()).clicked() {
                        app.queue.push(Command::OpenPaths(vec![path]));
                    }
                }
                if !app.settings.recent.is_empty() {
                    ui.separator();
                    if ui.button("Clear recent files").clicked() {
                        app.queue.push(Command::ClearRecent);
                    }
                }
            });
            ui.separator();
            if ui
                .add(egui::Button::new("Export chart as PNG…").shortcut_text(ctx.format_shortcut(&EXPORT)))
                .clicked()
            {
                app.queue.push(Command::ShowExportDialog(true));
            }
            if ui
                .add(egui::Button::new("Copy chart image").shortcut_text(ctx.format_shortcut(&COPY)))
                .clicked()
            {
                app.queue.push(Command::Export(ExportRequest::CopyChart));
            }
            if ui.button("Export window as PNG…").clicked() {
                app.queue.push(Command::Export(ExportRequest::WindowPng));
            }
            if ui.button("Export chart data as CSV…").clicked() {
                app.queue.push(Command::Export(ExportRequest::ChartCsv));
            }
            if ui.button("Export all figures as CSV…").clicked() {
                app.queue.push(Command::Export(ExportRequest::DatasetCsv));
            }
            ui.separator();
            if ui.button("Close all reports").clicked() {
                app.queue.push(Command::CloseAll);
            }
        });
        ui.menu_button("View", |ui| {
            for (i, kind) in ChartKind::ALL.into_iter().enumerate() {
                if ui
                    .add(egui::Button::new(kind.tab()).shortcut_text(ctx.format_shortcut(&CHARTS[i])))
                    .clicked()
                {
                    app.queue.push(Command::ShowChart(kind));
                }
            }
            ui.separator();
            if ui
                .add(egui::Button::new("Table").shortcut_text(ctx.format_shortcut(&TABLE)))
                .clicked()
            {
                app.queue.push(Command::ShowView(View::Table));
            }
            if ui.button("Sources").clicked() {
                app.queue.push(Command::ShowView(View::Sources));
            }
            ui.separator();
            if ui
                .add(egui::Button::new("Switch currency").shortcut_text(ctx.format_shortcut(&CURRENCY)))
                .clicked()
            {
                app.queue.push(Command::ToggleCurrency);
            }
            ui.separator();
            for (theme, name) in [
                (ThemeChoice::System, "System theme"),
                (ThemeChoice::Light, "Light theme"),
                (ThemeChoice::Dark, "Dark theme"),
            ] {
                if ui.radio(app.settings.theme == theme, name).clicked() {
                    app.queue.push(Command::SetTheme(theme));
                }
            }
        });
    });
}

fn status_ui(ui: &mut egui::Ui, app: &FieldReportApp) {
    ui.horizontal(|ui| {
        if app.worker.exporting {
            ui.spinner();
            ui.label("Exporting…");
        } else if let Some((done, total, name)) = &app.worker.progress {
            ui.spinner();
            ui.label(format!("Reading {name} ({} of {total})…", done + 1));
        } else if app.worker.dialog_open {
            ui.spinner();
            ui.label("Waiting for the file dialog…");
        } else {
            let n = app.reports.len();
            let conflicts = app.conflicts.len();
            ui.label(format!(
                "{n} report{} open · {conflicts} conflict{} · Ctrl+O opens files; drop files on the window",
                if n == 1 { "" } else { "s" },
                if conflicts == 1 { "" } else { "s" }
            ));
        }
    });
}

fn reports_ui(ui: &mut egui::Ui, app: &mut FieldReportApp) {
    ui.heading("Reports");
    if app.reports.is_empty() {
        ui.label("No report open. Use File ▸ Open… (Ctrl+O) or drop files here.");
    }
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (i, open) in app.reports.iter().enumerate() {
            let r = &open.loaded.report;
            ui.add_space(4.0);
            ui.add(egui::Label::new(RichText::new(&r.title).strong()).wrap());
            ui.horizontal(|ui| {
                let mut visible = open.visible;
                if ui
                    .checkbox(&mut visible, "Shown")
                    .on_hover_text("Show this report in the charts")
                    .changed()
                {
                    app.queue.push(Command::SetReportVisible(i, visible));
                }
                if ui.small_button("✖ Close").on_hover_text("Close this report").clicked() {
                    app.queue.push(Command::CloseReport(i));
                }
            });
            ui.indent(("report", i), |ui| {
                let file = match &open.loaded.path {
                    Some(_) => open.loaded.name.clone(),
                    None => format!("{} (bundled sample)", open.loaded.name),
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
                    ui.label(RichText::new(c).italics());
                }
                for s in &r.sources {
                    app.queue.extend(source_link_ui(ui, s));
                }
                if let Some(n) = &r.notes {
                    ui.label(RichText::new(n).small());
                }
            });
            ui.separator();
        }
    });
}

/// A source's citation, as a link when it has a web address; clicking sends
/// [`Command::OpenUrl`], where the scheme is checked.
fn source_link_ui(ui: &mut egui::Ui, source: &crate::report::model::Source) -> Option<Command> {
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

fn checks_ui(ui: &mut egui::Ui, app: &mut FieldReportApp) {
    ui.heading("Checks");
    egui::ScrollArea::vertical().show(ui, |ui| {
        let conflicts = &app.conflicts;
        if !conflicts.is_empty() {
            ui.label(RichText::new(format!("Conflicts between files ({})", conflicts.len())).strong());
            for c in conflicts {
                let text = format!("⚠ {}", app.dataset.describe_conflict(c));
                let kind = chart_of(c.key.section);
                if ui
                    .add(egui::Button::new(RichText::new(text).color(crate::charts::CONFLICT_COLOR)).wrap())
                    .on_hover_text("Show this figure on its chart")
                    .clicked()
                {
                    app.queue.push(Command::ShowFigure(kind, c.when));
                }
            }
            ui.separator();
        }
        let mut any = false;
        for open in &app.reports {
            if !open.visible || open.loaded.warnings.is_empty() {
                continue;
            }
            any = true;
            ui.label(RichText::new(&open.loaded.name).strong());
            for w in &open.loaded.warnings {
                let (mark, color) = match w.severity {
                    Severity::Inconsistency => ("✖", crate::charts::CONFLICT_COLOR),
                    Severity::Note => ("ℹ", ui.visuals().text_color()),
                };
                use crate::report::When;
                let target = match &w.subject {
                    Subject::Funding { year } => Some((ChartKind::Funding, When::Year(*year))),
                    Subject::Losses { year } => Some((ChartKind::Losses, When::Year(*year))),
                    Subject::Battles { year, .. } => Some((ChartKind::Battles, When::Year(*year))),
                    Subject::Townships { as_of } => {
                        crate::report::Date::parse(as_of).map(|d| (ChartKind::Townships, When::Date(d)))
                    }
                    Subject::File => None,
                };
                let button = egui::Button::new(RichText::new(format!("{mark} {}", w.message)).color(color)).wrap();
                let response = ui
                    .add(button)
                    .on_hover_text(format!("At `{}` in {}", w.path, open.loaded.name));
                if response.clicked()
                    && let Some((kind, when)) = target
                {
                    app.queue.push(Command::ShowFigure(kind, when));
                }
            }
            ui.add_space(6.0);
        }
        if !any && conflicts.is_empty() {
            ui.label("No warnings: every total meets its parts.");
        }
    });
}

fn chart_of(section: crate::report::Section) -> ChartKind {
    match section {
        crate::report::Section::Funding => ChartKind::Funding,
        crate::report::Section::Losses => ChartKind::Losses,
        crate::report::Section::Battles => ChartKind::Battles,
        crate::report::Section::Townships => ChartKind::Townships,
    }
}

fn notices_ui(ui: &mut egui::Ui, app: &mut FieldReportApp) {
    for notice in &app.notices {
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
                ui.horizontal(|ui| {
                    let label = if notice.error { "Problem:" } else { "Note:" };
                    ui.label(RichText::new(label).strong().color(Color32::from_rgb(0x33, 0x33, 0x33)));
                    ui.add(
                        egui::Label::new(RichText::new(&notice.text).color(Color32::from_rgb(0x22, 0x22, 0x22))).wrap(),
                    );
                    if ui.button("Dismiss").clicked() {
                        app.queue.push(Command::DismissNotice(notice.id));
                    }
                });
            });
    }
    if let Some(text) = app.path_prompt.as_mut() {
        ui.horizontal(|ui| {
            ui.label("Report file path:");
            let response = ui.add(
                egui::TextEdit::singleline(text)
                    .hint_text("/path/to/report.json")
                    .desired_width(400.0),
            );
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Report file path"));
            let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            if ui.button("Open").clicked() || enter {
                app.queue.push(Command::SubmitPathPrompt);
            }
            if ui.button("Cancel").clicked() {
                app.queue.push(Command::CancelPathPrompt);
            }
        });
    }
}

fn tabs_ui(ui: &mut egui::Ui, app: &mut FieldReportApp) {
    ui.horizontal(|ui| {
        for kind in ChartKind::ALL {
            let selected = app.settings.view == View::Chart && app.settings.chart == kind;
            if ui.selectable_label(selected, kind.tab()).clicked() {
                app.queue.push(Command::ShowChart(kind));
            }
        }
        ui.separator();
        for view in [View::Table, View::Sources] {
            if ui.selectable_label(app.settings.view == view, view.name()).clicked() {
                app.queue.push(Command::ShowView(view));
            }
        }
        if app.settings.view == View::Chart && app.settings.chart == ChartKind::Funding {
            ui.separator();
            ui.label("Currency:");
            for c in [Currency::Mmk, Currency::Usd] {
                if ui.selectable_label(app.settings.currency == c, c.name()).clicked() {
                    app.queue.push(Command::SetCurrency(c));
                }
            }
        }
    });
}

fn chart_ui(ui: &mut egui::Ui, app: &mut FieldReportApp) {
    let p = &app.prepared;
    let kind = app.settings.chart;
    let focus = app.focus.filter(|(k, _)| *k == kind).map(|(_, when)| when);
    let (title, caption, summary) = match kind {
        ChartKind::Funding => (&p.funding.title, &p.funding.caption, &p.funding.summary),
        ChartKind::Losses => (&p.losses.title, &p.losses.caption, &p.losses.summary),
        ChartKind::Townships => (&p.townships.title, &p.townships.caption, &p.townships.summary),
        ChartKind::Battles => (&p.battles.title, &p.battles.caption, &p.battles.summary),
    };
    let empty = match kind {
        ChartKind::Funding => p.funding.series.is_empty(),
        ChartKind::Losses => p.losses.series.is_empty(),
        ChartKind::Townships => p.townships.rows.is_empty(),
        ChartKind::Battles => p.battles.series.is_empty(),
    };
    ui.heading(title);
    if empty {
        ui.label(format!(
            "The open reports give no {} figures. Open a report that does (File ▸ Open…), or pick another chart.",
            kind.section().name()
        ));
        return;
    }
    let lines = caption.lines();
    // Caption lines wrap: about 6.3 points a character at 12 points, 16 points a line.
    let width = ui.available_width().max(100.0);
    let caption_height = 24.0
        + lines
            .iter()
            .map(|l| (l.chars().count() as f32 * 6.3 / width).ceil().max(1.0) * 16.0)
            .sum::<f32>();
    let plot_height = (ui.available_height() - caption_height).max(180.0);
    let hidden = ui
        .allocate_ui(egui::vec2(ui.available_width(), plot_height), |ui| {
            let before = ui.min_rect();
            let changed = match kind {
                ChartKind::Funding => crate::charts::funding::ui(ui, &p.funding, &app.options, focus),
                ChartKind::Losses => crate::charts::losses::ui(ui, &p.losses, &app.options, focus),
                ChartKind::Townships => crate::charts::townships::ui(ui, &p.townships, &app.options, focus),
                ChartKind::Battles => crate::charts::battles::ui(ui, &p.battles, &app.options, focus),
            };
            let rect = ui.min_rect().union(before);
            let response = ui.interact(rect, egui::Id::unique("chart-a11y"), egui::Sense::hover());
            let name = format!("{title} chart. {summary}");
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));
            changed
        })
        .inner;
    if let Some(hidden) = hidden {
        app.queue.push(Command::SetHidden(kind, hidden));
    }
    for line in lines {
        ui.add(egui::Label::new(RichText::new(line).size(12.0)).wrap());
    }
    ui.label(
        RichText::new("Hover a bar for its exact figure and source · drag to pan · double-click to reset · click a legend entry to hide it")
            .small()
            .weak(),
    );
}

fn table_ui(ui: &mut egui::Ui, app: &FieldReportApp) {
    let data = &app.dataset;
    egui::ScrollArea::both().show(ui, |ui| {
        egui::Grid::new("figures-table")
            .striped(true)
            .num_columns(7)
            .show(ui, |ui| {
                for h in ["Section", "Series", "Category", "When", "Figure", "Change", "Source"] {
                    ui.label(RichText::new(h).strong());
                }
                ui.end_row();
                for s in &data.series {
                    let unit = s.key.unit();
                    let changes = s.changes();
                    for p in &s.points {
                        for (ci, claim) in p.claims.iter().enumerate() {
                            ui.label(s.key.section.name());
                            ui.label(&s.key.series);
                            ui.label(match unit {
                                Unit::Mmk => "kyats",
                                Unit::Usd => "US dollars",
                                Unit::Count => s.key.category.as_str(),
                            });
                            ui.label(p.when.to_string());
                            let mut figure = RichText::new(claim.figure.long(unit));
                            if p.is_conflict() {
                                figure = figure.color(crate::charts::CONFLICT_COLOR);
                            }
                            let label = ui.label(figure);
                            if p.is_conflict() {
                                label.on_hover_text(format!("Conflict: claim {} of {}", ci + 1, p.claims.len()));
                            }
                            let change = changes
                                .iter()
                                .find(|c| c.to_year == p.when.year() && ci == 0)
                                .map(|c| {
                                    let from = s.at(crate::report::When::Year(c.from_year));
                                    if p.is_conflict() || from.is_some_and(crate::report::Point::is_conflict) {
                                        format!("{} ⚠ disputed", c.label())
                                    } else {
                                        c.label()
                                    }
                                })
                                .unwrap_or_default();
                            ui.label(change);
                            ui.label(data.source_names(&claim.sources));
                            ui.end_row();
                        }
                    }
                }
            });
    });
}

fn sources_ui(ui: &mut egui::Ui, app: &mut FieldReportApp) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        for open in &app.reports {
            let r = &open.loaded.report;
            ui.label(RichText::new(&r.title).heading());
            egui::Grid::new(("sources", &open.loaded.sha256))
                .num_columns(2)
                .show(ui, |ui| {
                    let rows: Vec<(&str, String)> = vec![
                        (
                            "File",
                            open.loaded
                                .path
                                .as_ref()
                                .map_or(open.loaded.name.clone(), |p| p.display().to_string()),
                        ),
                        ("SHA-256", open.loaded.sha256.clone()),
                        ("Publisher", r.publisher.clone().unwrap_or_default()),
                        ("Published", r.published.map(|d| d.to_string()).unwrap_or_default()),
                        ("Claim", r.claim.clone().unwrap_or_default()),
                    ];
                    for (k, v) in rows {
                        if v.is_empty() {
                            continue;
                        }
                        ui.label(RichText::new(k).strong());
                        ui.add(egui::Label::new(v).wrap());
                        ui.end_row();
                    }
                });
            for s in &r.sources {
                app.queue.extend(source_link_ui(ui, s));
            }
            ui.separator();
        }
    });
}

fn export_dialog_ui(ui: &mut egui::Ui, app: &mut FieldReportApp) {
    let mut open = true;
    let picture = app.picture();
    egui::Window::new("Export chart")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ui.ctx(), |ui| {
            let size = &mut app.settings.export;
            ui.label(RichText::new(&picture.title).strong());
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
            let px = (
                (size.width as f32 * size.scale).round(),
                (size.height as f32 * size.scale).round(),
            );
            ui.label(RichText::new(format!("The picture will be {} × {} pixels.", px.0, px.1)).weak());
            if let Err(problem) = size.validate() {
                ui.colored_label(crate::charts::CONFLICT_COLOR, problem);
            }
            ui.separator();
            ui.label(RichText::new("Alt text").strong());
            let mut alt = picture.alt_text.clone();
            ui.add(
                egui::TextEdit::multiline(&mut alt)
                    .desired_width(420.0)
                    .desired_rows(4)
                    .interactive(false),
            )
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, false, "Alt text"));
            ui.horizontal(|ui| {
                if ui.button("Copy alt text").clicked() {
                    ui.ctx().copy_text(picture.alt_text.clone());
                }
                ui.checkbox(&mut app.settings.export_alt_text, "Save alt text beside the PNG (.txt)");
            });
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button("Save PNG…").clicked() {
                    app.queue.push(Command::Export(ExportRequest::ChartPng));
                }
                if ui.button("Copy image").clicked() {
                    app.queue.push(Command::Export(ExportRequest::CopyChart));
                }
                if ui.button("Save chart data (CSV)…").clicked() {
                    app.queue.push(Command::Export(ExportRequest::ChartCsv));
                }
            });
        });
    if !open {
        app.queue.push(Command::ShowExportDialog(false));
    }
}
