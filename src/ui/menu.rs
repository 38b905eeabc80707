//! The menu bar and the keyboard shortcuts: both only send commands.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::charts::ChartKind;
use crate::command::{Command, ExportRequest, ThemeChoice, View};
use crate::i18n::{Digits, Lang};
use crate::state::State;

/// Ctrl+O: open report files.
pub const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
/// Ctrl+U: switch currency.
pub const CURRENCY: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::U);
/// Ctrl+T: the table.
pub const TABLE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::T);
/// Ctrl+E: the export dialog.
pub const EXPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
/// Ctrl+Shift+C: copy the chart's picture.
pub const COPY: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::C);
/// Ctrl+Q: quit.
pub const QUIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);
/// Ctrl+N: a new report.
pub const NEW: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::N);
/// Ctrl+S: save the edited report.
pub const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
/// Ctrl+Shift+S: save the edited report as.
pub const SAVE_AS: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
/// Ctrl+Z: undo.
pub const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
/// Ctrl+Shift+Z: redo.
pub const REDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
/// Ctrl+Y: redo.
pub const REDO_Y: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
/// Ctrl+1 … Ctrl+9: the charts, in tab order.
const CHART_KEYS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// The shortcut of a chart, by its place in the tabs.
fn chart_shortcut(kind: ChartKind) -> Option<KeyboardShortcut> {
    let i = ChartKind::ALL.iter().position(|k| *k == kind)?;
    CHART_KEYS
        .get(i)
        .map(|key| KeyboardShortcut::new(Modifiers::COMMAND, *key))
}

/// Commands from keyboard shortcuts pressed this frame.
pub fn shortcuts(ctx: &egui::Context, state: &State) -> Vec<Command> {
    // While a text field has the keyboard, Ctrl+Z and Ctrl+Y belong to it.
    let typing = ctx.egui_wants_keyboard_input();
    let edited = state.edited().map(|r| r.id);
    ctx.input_mut(|i| {
        let mut out = Vec::new();
        if !typing && let Some(id) = edited {
            // Ctrl+Shift+Z before Ctrl+Z, which would take it too.
            for (shortcut, command) in [
                (REDO, Command::Redo(id)),
                (UNDO, Command::Undo(id)),
                (REDO_Y, Command::Redo(id)),
            ] {
                if i.consume_shortcut(&shortcut) {
                    out.push(command);
                }
            }
        }
        if let Some(id) = edited {
            // Ctrl+Shift+S before Ctrl+S.
            if i.consume_shortcut(&SAVE_AS) {
                out.push(Command::SaveReportAs(id));
            }
            if i.consume_shortcut(&SAVE) {
                out.push(Command::SaveReport(id));
            }
        }
        if i.consume_shortcut(&NEW) {
            out.push(Command::NewReport);
        }
        let pairs = [
            (OPEN, Command::OpenDialog),
            (CURRENCY, Command::ToggleCurrency),
            (COPY, Command::Export(ExportRequest::CopyChart)),
            (EXPORT, Command::ShowExportDialog(true)),
            (TABLE, Command::ShowView(View::Table)),
            (QUIT, Command::Quit),
        ];
        for (shortcut, command) in pairs {
            if i.consume_shortcut(&shortcut) {
                out.push(command);
            }
        }
        for kind in ChartKind::ALL {
            if chart_shortcut(kind).is_some_and(|s| i.consume_shortcut(&s)) {
                out.push(Command::ShowChart(kind));
            }
        }
        if state.is_busy() && state.jobs.worker.loading > 0 && i.key_pressed(Key::Escape) {
            out.push(Command::CancelLoading);
        }
        out
    })
}

/// A menu button with its shortcut shown; sends `command` when clicked.
fn item(ui: &mut egui::Ui, label: &str, shortcut: Option<KeyboardShortcut>, command: Command, out: &mut Vec<Command>) {
    let mut button = egui::Button::new(label);
    if let Some(s) = shortcut {
        button = button.shortcut_text(ui.ctx().format_shortcut(&s));
    }
    if ui.add(button).clicked() {
        out.push(command);
    }
}

/// The menu bar.
pub fn menu_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    let tr = state.view.options.tr;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr.t("menu-file"), |ui| file_menu_ui(ui, state, out));
        ui.menu_button(tr.t("menu-edit"), |ui| edit_menu_ui(ui, state, out));
        ui.menu_button(tr.t("menu-view"), |ui| view_menu_ui(ui, state, out));
        ui.menu_button(tr.t("menu-help"), |ui| {
            item(ui, &tr.t("menu-about"), None, Command::ShowAbout(true), out);
        });
    });
}

fn file_menu_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    let tr = state.view.options.tr;
    item(ui, &tr.t("menu-new-report"), Some(NEW), Command::NewReport, out);
    item(ui, &tr.t("menu-open"), Some(OPEN), Command::OpenDialog, out);
    ui.menu_button(tr.t("menu-open-recent"), |ui| recent_menu_ui(ui, state, out));
    item(ui, &tr.t("menu-boundaries"), None, Command::OpenBoundariesDialog, out);
    if let Some(b) = state.boundaries() {
        item(
            ui,
            &tr.t("menu-boundaries-credit"),
            None,
            Command::SetBoundaryAttribution(String::new()),
            out,
        );
        item(
            ui,
            &tr.f("menu-boundaries-close", &[("file", b.name.as_str().into())]),
            None,
            Command::CloseBoundaries,
            out,
        );
    }
    ui.separator();
    if let Some(r) = state.edited() {
        item(
            ui,
            &tr.t("menu-save-report"),
            Some(SAVE),
            Command::SaveReport(r.id),
            out,
        );
        item(
            ui,
            &tr.t("menu-save-report-as"),
            Some(SAVE_AS),
            Command::SaveReportAs(r.id),
            out,
        );
    } else {
        ui.add_enabled(
            false,
            egui::Button::new(tr.t("menu-save-report")).shortcut_text(ui.ctx().format_shortcut(&SAVE)),
        )
        .on_disabled_hover_text(tr.t("menu-save-report-disabled"));
    }
    ui.separator();
    item(
        ui,
        &tr.t("menu-export-chart-png"),
        Some(EXPORT),
        Command::ShowExportDialog(true),
        out,
    );
    item(
        ui,
        &tr.t("menu-copy-chart"),
        Some(COPY),
        Command::Export(ExportRequest::CopyChart),
        out,
    );
    let exports = [
        (tr.t("menu-export-window-png"), ExportRequest::WindowPng),
        (tr.t("menu-export-chart-csv"), ExportRequest::ChartCsv),
        (tr.t("menu-export-figures-csv"), ExportRequest::DatasetCsv),
    ];
    for (label, request) in exports {
        item(ui, &label, None, Command::Export(request), out);
    }
    ui.separator();
    item(ui, &tr.t("menu-close-all"), None, Command::CloseAll, out);
    ui.separator();
    item(ui, &tr.t("menu-quit"), Some(QUIT), Command::Quit, out);
}

fn recent_menu_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    let tr = state.view.options.tr;
    let recent = &state.settings.recent;
    if recent.is_empty() {
        ui.label(tr.t("menu-no-recent"));
        return;
    }
    for path in recent {
        if ui.button(path.display().to_string()).clicked() {
            out.push(Command::OpenPaths(vec![path.clone()]));
        }
    }
    ui.separator();
    item(ui, &tr.t("menu-clear-recent"), None, Command::ClearRecent, out);
}

/// The Edit menu: undo and redo of the edited report, named after the edits they would undo.
fn edit_menu_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    let edited = state.edited();
    let history = edited.map(|r| &r.history);
    let undo = history.and_then(|h| h.next_undo());
    let redo = history.and_then(|h| h.next_redo());
    let tr = state.view.options.tr;
    let undo_text = undo.map_or_else(|| tr.t("edit-undo"), |l| tr.f("edit-undo-what", &[("what", l.into())]));
    let redo_text = redo.map_or_else(|| tr.t("edit-redo"), |l| tr.f("edit-redo-what", &[("what", l.into())]));
    let ctx = ui.ctx().clone();
    let shortcut = |s: &KeyboardShortcut| ctx.format_shortcut(s);
    if ui
        .add_enabled(
            undo.is_some(),
            egui::Button::new(undo_text).shortcut_text(shortcut(&UNDO)),
        )
        .clicked()
        && let Some(open) = edited
    {
        out.push(Command::Undo(open.id));
    }
    if ui
        .add_enabled(
            redo.is_some(),
            egui::Button::new(redo_text).shortcut_text(shortcut(&REDO)),
        )
        .clicked()
        && let Some(open) = edited
    {
        out.push(Command::Redo(open.id));
    }
    ui.separator();
    // Texts typed in Zawgyi, as the checks found them: converted as one edit.
    let zawgyi = state.edited().map_or(0, |open| {
        state
            .warnings(open)
            .iter()
            .filter(|w| w.subject == crate::report::Subject::Text)
            .count()
    });
    let convert = ui
        .add_enabled(
            zawgyi > 0,
            egui::Button::new(tr.f("edit-zawgyi", &[("n", zawgyi.into())])),
        )
        .on_hover_text(tr.t("edit-zawgyi-hover"));
    if convert.clicked()
        && let Some(open) = state.edited()
    {
        let change = crate::report::edit::change::Change::ZawgyiToUnicode;
        out.push(Command::Edit(open.target(), tr.t("undo-zawgyi"), change));
    }
}

fn view_menu_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    let tr = state.view.options.tr;
    for kind in ChartKind::ALL {
        item(
            ui,
            &kind.tab_in(tr),
            chart_shortcut(kind),
            Command::ShowChart(kind),
            out,
        );
    }
    ui.separator();
    item(
        ui,
        &View::Table.name_in(tr),
        Some(TABLE),
        Command::ShowView(View::Table),
        out,
    );
    item(
        ui,
        &View::Sources.name_in(tr),
        None,
        Command::ShowView(View::Sources),
        out,
    );
    ui.separator();
    item(
        ui,
        &tr.t("menu-switch-currency"),
        Some(CURRENCY),
        Command::ToggleCurrency,
        out,
    );
    ui.separator();
    for (theme, name) in [
        (ThemeChoice::System, tr.t("menu-theme-system")),
        (ThemeChoice::Light, tr.t("menu-theme-light")),
        (ThemeChoice::Dark, tr.t("menu-theme-dark")),
    ] {
        if ui.radio(state.theme() == theme, name).clicked() {
            out.push(Command::SetTheme(theme));
        }
    }
    ui.separator();
    // Named in English too, so whoever cannot read the language shown still finds the way back.
    let title = match tr.lang {
        Lang::En => tr.t("lang-menu"),
        Lang::My => format!("{} / Language", tr.t("lang-menu")),
    };
    ui.menu_button(title, |ui| {
        for lang in Lang::ALL {
            if ui.radio(tr.lang == lang, lang.native_name()).clicked() {
                out.push(Command::SetLanguage(lang));
            }
        }
        ui.separator();
        ui.label(tr.t("digits-menu"));
        for digits in Digits::ALL {
            let key = match digits {
                Digits::Myanmar => "digits-myanmar",
                Digits::Latin => "digits-latin",
            };
            if ui.radio(tr.digits == digits, tr.t(key)).clicked() {
                out.push(Command::SetDigits(digits));
            }
        }
    });
}
