//! The eframe app: each frame it polls background work, turns dropped files and shortcuts into
//! commands, lets the state carry them out, and lays out the window.

use std::path::PathBuf;

use crate::command::{Command, ThemeChoice};
use crate::state::{RECOVERY_FOLDER, SETTINGS_FILE, SETTINGS_KEY, Settings, State};
use crate::ui::Scratch;

/// The viewer: its state and what its widgets are editing.
pub struct FieldReportApp {
    /// Everything commands change.
    pub state: State,
    /// Text being typed, before it becomes a command.
    pub scratch: Scratch,
}

impl FieldReportApp {
    /// A viewer over a state.
    pub fn new(state: State) -> Self {
        Self {
            state,
            scratch: Scratch::default(),
        }
    }

    /// A viewer showing the bundled sample.
    pub fn with_sample() -> Self {
        Self::new(State::with_sample())
    }

    /// Per-frame work before drawing: background results, dropped files, shortcuts, commands.
    pub fn logic(&mut self, ctx: &egui::Context) {
        self.state.poll(ctx);
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            self.state.jobs.queue.push(Command::OpenPaths(dropped));
        }
        // Closing the window with unsaved changes asks first, as File ▸ Quit does.
        if ctx.input(|i| i.viewport().close_requested()) && !self.state.docs.quitting && self.state.any_unsaved() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.state.jobs.queue.push(Command::Quit);
        }
        let keys = crate::ui::shortcuts(ctx, &self.state);
        self.state.jobs.queue.extend(keys);
        self.state.run_queue(ctx);
    }

    /// Draws the whole window. Commands from widgets run at the start of the next frame.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        self.logic(&ui.ctx().clone());
        let commands = crate::ui::window_ui(ui, &self.state, &mut self.scratch);
        if !commands.is_empty() {
            self.state.jobs.queue.extend(commands);
            ui.ctx().request_repaint();
        }
    }
}

impl eframe::App for FieldReportApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        FieldReportApp::ui(self, ui);
    }

    fn on_exit(&mut self) {
        if let (Some(path), Ok(text)) = (
            &self.state.settings_file.path,
            serde_json::to_string_pretty(&self.state.settings),
        ) {
            // The window is closing: nobody is left to read a message, so a failure is printed.
            if let Err(message) = crate::io::write_atomically(path, text.as_bytes()) {
                eprintln!("fieldreport: the settings could not be saved: {message}");
            }
        }
    }
}

/// The window's icon where the desktop takes it from the window (X11 taskbars and switchers); on
/// Wayland the desktop shows the icon of the installed desktop entry named by the app id.
const ICON_PNG: &[u8] = include_bytes!("../assets/icons/fieldreport-128.png");

/// The theme forced by `FIELDREPORT_THEME` (`light` or `dark`), if any.
fn theme_from_env() -> Option<ThemeChoice> {
    match std::env::var("FIELDREPORT_THEME").ok()?.as_str() {
        "dark" => Some(ThemeChoice::Dark),
        "light" => Some(ThemeChoice::Light),
        _ => None,
    }
}

/// Starts the window with these files (the remembered ones, or the sample, when none).
pub fn run(files: Vec<PathBuf>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("fieldreport")
            .with_app_id("io.github.fieldreport.fieldreport")
            .with_icon(eframe::icon_data::from_png_bytes(ICON_PNG).unwrap_or_default())
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "fieldreport",
        options,
        Box::new(move |cc| {
            crate::fonts::install(&cc.egui_ctx);
            let mut state = State::new(Settings::default(), vec![crate::report::sample()]);
            let problem = match eframe::storage_dir("fieldreport") {
                Some(dir) => {
                    state.docs.recovery_dir = Some(dir.join(RECOVERY_FOLDER));
                    state.find_recovery();
                    let path = dir.join(SETTINGS_FILE);
                    let earlier = cc.storage.and_then(|s| s.get_string(SETTINGS_KEY));
                    if let (false, Some(text)) = (path.exists(), earlier) {
                        // Settings kept by an earlier version in eframe's storage move to the file.
                        let (settings, problem) = Settings::from_storage(Some(&text));
                        state.adopt_settings(settings, Some(path));
                        problem
                    } else {
                        state.use_settings_file(path)
                    }
                }
                None => Some("No folder for settings was found; they will not be kept.".to_owned()),
            };
            state.view.theme_override = theme_from_env();
            if state.settings.lang.is_none() {
                // The first start speaks the system's language; the choice is kept from then on.
                state
                    .jobs
                    .queue
                    .push(Command::SetLanguage(crate::i18n::Lang::from_env()));
            }
            if let Some(problem) = problem {
                state.notify(problem, false);
            }
            let to_open = if files.is_empty() {
                let settings = &state.settings;
                settings
                    .open_files
                    .iter()
                    .chain(&settings.event_files)
                    .chain(&settings.boundaries)
                    .cloned()
                    .collect()
            } else {
                files
            };
            if !to_open.is_empty() {
                state.jobs.queue.push(Command::OpenPaths(to_open));
            }
            if let Some(socket) = crate::io::instance::socket_path()
                && let Err(e) = state.jobs.worker.listen_for_files(&socket, &cc.egui_ctx)
            {
                log::info!("files opened later will start their own window: {e}");
            }
            Ok(Box::new(FieldReportApp::new(state)))
        }),
    )
}
