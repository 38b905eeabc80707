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
    ctx.input_mut(|i| {
        let mut out = Vec::new();
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
        if state.is_busy() && state.worker.loading > 0 && i.key_pressed(Key::Escape) {
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
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu_ui(ui, state, out));
        ui.menu_button("View", |ui| view_menu_ui(ui, state, out));
    });
}

fn file_menu_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    item(ui, "Open…", Some(OPEN), Command::OpenDialog, out);
    ui.menu_button("Open recent", |ui| recent_menu_ui(ui, state, out));
    ui.separator();
    item(
        ui,
        "Export chart as PNG…",
        Some(EXPORT),
        Command::ShowExportDialog(true),
        out,
    );
    item(
        ui,
        "Copy chart image",
        Some(COPY),
        Command::Export(ExportRequest::CopyChart),
        out,
    );
    let exports = [
        ("Export window as PNG…", ExportRequest::WindowPng),
        ("Export chart data as CSV…", ExportRequest::ChartCsv),
        ("Export all figures as CSV…", ExportRequest::DatasetCsv),
    ];
    for (label, request) in exports {
        item(ui, label, None, Command::Export(request), out);
    }
    ui.separator();
    item(ui, "Close all reports", None, Command::CloseAll, out);
    ui.separator();
    item(ui, "Quit", Some(QUIT), Command::Quit, out);
}

fn recent_menu_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    let recent = &state.settings.recent;
    if recent.is_empty() {
        ui.label("No recent files");
        return;
    }
    for path in recent {
        if ui.button(path.display().to_string()).clicked() {
            out.push(Command::OpenPaths(vec![path.clone()]));
        }
    }
    ui.separator();
    item(ui, "Clear recent files", None, Command::ClearRecent, out);
}

fn view_menu_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    for kind in ChartKind::ALL {
        item(ui, kind.tab(), chart_shortcut(kind), Command::ShowChart(kind), out);
    }
    ui.separator();
    item(ui, "Table", Some(TABLE), Command::ShowView(View::Table), out);
    item(ui, "Sources", None, Command::ShowView(View::Sources), out);
    ui.separator();
    item(ui, "Switch currency", Some(CURRENCY), Command::ToggleCurrency, out);
    ui.separator();
    for (theme, name) in [
        (ThemeChoice::System, "System theme"),
        (ThemeChoice::Light, "Light theme"),
        (ThemeChoice::Dark, "Dark theme"),
    ] {
        if ui.radio(state.theme() == theme, name).clicked() {
            out.push(Command::SetTheme(theme));
        }
    }
    ui.separator();
    let tr = state.settings.tr();
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
