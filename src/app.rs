//! The eframe app: state, polling background work, carrying out commands, laying out panels.

use std::path::PathBuf;

use crate::charts::{self, ChartKind, ChartOptions, Currency};
use crate::command::{Command, ExportRequest, ThemeChoice, View};
use crate::io::{Event, Worker};
use crate::report::{Dataset, LoadedReport};

/// Settings that outlive a session (stored by eframe).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Light, dark or system.
    pub theme: ThemeChoice,
    /// Funding currency.
    pub currency: Currency,
    /// Recently opened files, newest first.
    pub recent: Vec<PathBuf>,
    /// Folder the open dialog starts in.
    pub last_dir: Option<PathBuf>,
    /// Files open when the app was closed, reopened at start.
    pub open_files: Vec<PathBuf>,
    /// The chart shown.
    pub chart: ChartKind,
    /// Chart, table or sources.
    pub view: View,
    /// Size, scale and theme of exported pictures.
    pub export: crate::export::ExportSize,
    /// Save the alt text beside an exported PNG.
    pub export_alt_text: bool,
}

/// The key settings are stored under.
pub const SETTINGS_KEY: &str = "fieldreport-settings";

/// How many recent files are remembered.
pub const MAX_RECENT: usize = 10;

impl Settings {
    /// Reads stored settings; a missing or unreadable entry gives defaults (and says so).
    pub fn from_storage(text: Option<&str>) -> (Self, Option<String>) {
        match text {
            None => (Self::default(), None),
            Some(t) => match serde_json::from_str(t) {
                Ok(s) => (s, None),
                Err(_) => (
                    Self::default(),
                    Some("Saved settings could not be read; the defaults are used.".to_owned()),
                ),
            },
        }
    }
}

/// A message shown once in the window until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// Identity, for dismissing.
    pub id: u64,
    /// The message.
    pub text: String,
    /// An error (red) rather than information.
    pub error: bool,
}

/// An open report file.
#[derive(Clone, Debug)]
pub struct OpenReport {
    /// The file's content and warnings.
    pub loaded: LoadedReport,
    /// Drawn in the charts.
    pub visible: bool,
}

/// Chart data computed when the dataset or a setting changes, not every frame.
#[derive(Clone, Debug)]
pub struct Prepared {
    /// Funding chart.
    pub funding: charts::funding::FundingData,
    /// Losses chart.
    pub losses: charts::losses::LossesData,
    /// Townships chart.
    pub townships: charts::townships::TownshipsData,
    /// Battles chart.
    pub battles: charts::battles::BattlesData,
}

impl Prepared {
    /// Prepares every chart.
    pub fn new(data: &Dataset, options: &ChartOptions) -> Self {
        Self {
            funding: charts::funding::prepare(data, options),
            losses: charts::losses::prepare(data, options),
            townships: charts::townships::prepare(data, options),
            battles: charts::battles::prepare(data, options),
        }
    }
}

/// The viewer.
pub struct FieldReportApp {
    /// Persisted settings.
    pub settings: Settings,
    /// Open reports, in the order opened.
    pub reports: Vec<OpenReport>,
    /// The visible reports, merged.
    pub dataset: Dataset,
    /// Where the visible reports disagree (kept with the dataset, not recomputed per frame).
    pub conflicts: Vec<crate::report::Conflict>,
    /// What the charts show.
    pub options: ChartOptions,
    /// Chart data for the current dataset and options.
    pub prepared: Prepared,
    /// Messages on screen.
    pub notices: Vec<Notice>,
    /// Background dialogs and loads.
    pub worker: Worker,
    /// The path field shown when no file dialog is available.
    pub path_prompt: Option<String>,
    /// Commands waiting to be carried out at the start of the next frame.
    pub queue: Vec<Command>,
    /// The export dialog is open.
    pub export_dialog: bool,
    /// The year or snapshot marked on its chart, from a click in the checks panel.
    pub focus: Option<(ChartKind, crate::report::When)>,
    next_notice: u64,
    title: String,
    applied_theme: Option<ThemeChoice>,
}

impl FieldReportApp {
    /// A viewer with these reports open (the sample when there are none).
    pub fn new(settings: Settings, reports: Vec<LoadedReport>) -> Self {
        let options = ChartOptions {
            currency: settings.currency,
            hidden: Default::default(),
        };
        let mut app = Self {
            settings,
            reports: reports
                .into_iter()
                .map(|loaded| OpenReport { loaded, visible: true })
                .collect(),
            dataset: Dataset::default(),
            conflicts: Vec::new(),
            prepared: Prepared::new(&Dataset::default(), &options),
            options,
            notices: Vec::new(),
            worker: Worker::default(),
            path_prompt: None,
            queue: Vec::new(),
            export_dialog: false,
            focus: None,
            next_notice: 0,
            title: String::new(),
            applied_theme: None,
        };
        app.rebuild();
        app
    }

    /// A viewer showing the bundled sample.
    pub fn with_sample() -> Self {
        Self::new(Settings::default(), vec![crate::report::sample()])
    }

    /// Merges the visible reports and prepares the charts again.
    fn rebuild(&mut self) {
        let visible: Vec<LoadedReport> = self
            .reports
            .iter()
            .filter(|r| r.visible)
            .map(|r| r.loaded.clone())
            .collect();
        self.dataset = Dataset::merge(visible);
        self.conflicts = self.dataset.conflicts();
        self.prepare();
    }

    fn prepare(&mut self) {
        self.options.currency = self.settings.currency;
        self.prepared = Prepared::new(&self.dataset, &self.options);
    }

    /// Shows a message once.
    pub fn notify(&mut self, text: impl Into<String>, error: bool) {
        self.next_notice += 1;
        self.notices.push(Notice {
            id: self.next_notice,
            text: text.into(),
            error,
        });
    }

    /// The window title: the open reports' titles.
    pub fn window_title(&self) -> String {
        let titles: Vec<&str> = self.reports.iter().map(|r| r.loaded.report.title.as_str()).collect();
        if titles.is_empty() {
            "fieldreport".to_owned()
        } else {
            format!("{} — fieldreport", titles.join(", "))
        }
    }

    /// True while a dialog or a load runs.
    pub fn is_busy(&self) -> bool {
        self.worker.busy()
    }

    /// Carries out one command. The only place where user actions change state.
    pub fn handle(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::OpenDialog => {
                let start = self.settings.last_dir.clone();
                self.worker.open_dialog(start.as_deref(), ctx);
            }
            Command::OpenPaths(paths) => {
                if !paths.is_empty() {
                    self.worker.load(paths, ctx);
                }
            }
            Command::CloseReport(i) => {
                if i < self.reports.len() {
                    self.reports.remove(i);
                    self.rebuild();
                }
            }
            Command::SetReportVisible(i, visible) => {
                if let Some(r) = self.reports.get_mut(i) {
                    r.visible = visible;
                    self.rebuild();
                }
            }
            Command::CloseAll => {
                self.reports.clear();
                self.rebuild();
            }
            Command::ShowChart(kind) => {
                self.settings.chart = kind;
                self.settings.view = View::Chart;
                self.focus = None;
            }
            Command::ShowFigure(kind, when) => {
                self.settings.chart = kind;
                self.settings.view = View::Chart;
                self.focus = Some((kind, when));
            }
            Command::ShowView(view) => self.settings.view = view,
            Command::SetCurrency(c) => {
                self.settings.currency = c;
                self.prepare();
            }
            Command::ToggleCurrency => {
                self.settings.currency = self.settings.currency.toggled();
                self.prepare();
            }
            Command::SetHidden(kind, hidden) => {
                self.options.hidden.insert(kind, hidden);
                self.prepare();
            }
            Command::SetTheme(theme) => self.settings.theme = theme,
            Command::DismissNotice(id) => self.notices.retain(|n| n.id != id),
            Command::OpenUrl(url) => {
                if url.starts_with("https://") || url.starts_with("http://") {
                    ctx.open_url(egui::OpenUrl::new_tab(url));
                } else {
                    self.notify(
                        format!("Only http and https links are opened; this one is not: {url}"),
                        true,
                    );
                }
            }
            Command::SubmitPathPrompt => {
                if let Some(text) = self.path_prompt.take() {
                    let paths: Vec<PathBuf> = text
                        .split(['\n', ';'])
                        .map(str::trim)
                        .filter(|p| !p.is_empty())
                        .map(PathBuf::from)
                        .collect();
                    self.handle(Command::OpenPaths(paths), ctx);
                }
            }
            Command::CancelPathPrompt => self.path_prompt = None,
            Command::ClearRecent => self.settings.recent.clear(),
            Command::ShowExportDialog(open) => self.export_dialog = open,
            Command::Export(request) => self.export(request, ctx),
        }
    }

    /// The current chart as a stand-alone picture.
    pub fn picture(&self) -> crate::export::Picture {
        crate::export::Picture::new(
            self.settings.chart,
            &self.dataset,
            &self.prepared,
            &self.options,
            crate::export::Stamp::now(&self.dataset),
        )
    }

    /// Starts an export; a second one while one runs is refused with a message.
    fn export(&mut self, request: ExportRequest, ctx: &egui::Context) {
        if self.worker.exporting {
            self.notify(
                "An export is already running; wait for it to finish, then try again.",
                false,
            );
            return;
        }
        if self.dataset.reports.is_empty() && request != ExportRequest::WindowPng {
            self.notify("There is nothing to export: no report is shown.", false);
            return;
        }
        let start = self.settings.last_dir.clone();
        let picture = self.picture();
        let size = self.settings.export;
        match request {
            ExportRequest::ChartPng => {
                let beside = if self.settings.export_alt_text {
                    vec![("txt", format!("{}\n", picture.alt_text).into_bytes())]
                } else {
                    Vec::new()
                };
                let job = crate::io::SaveJob {
                    file_name: picture.file_name("png"),
                    filter: ("PNG image", &["png"]),
                    start,
                    make: Box::new(move || picture.png(size)),
                    beside,
                };
                self.worker.save(job, ctx);
            }
            ExportRequest::CopyChart => {
                self.worker.copy(
                    Box::new(move || {
                        let image = picture.render(size)?;
                        Ok(egui::ColorImage::from_rgba_premultiplied(
                            [image.width as usize, image.height as usize],
                            &image.pixels,
                        ))
                    }),
                    ctx,
                );
            }
            ExportRequest::WindowPng => self.worker.screenshot(ctx),
            ExportRequest::ChartCsv | ExportRequest::DatasetCsv => {
                let (name, text) = if request == ExportRequest::ChartCsv {
                    (
                        picture.file_name("csv"),
                        crate::export::csv::chart(&self.dataset, self.settings.chart, &self.options),
                    )
                } else {
                    (
                        "fieldreport-dataset.csv".to_owned(),
                        crate::export::csv::dataset(&self.dataset),
                    )
                };
                let job = crate::io::SaveJob {
                    file_name: name,
                    filter: ("CSV table", &["csv"]),
                    start,
                    make: Box::new(move || Ok(text.into_bytes())),
                    beside: Vec::new(),
                };
                self.worker.save(job, ctx);
            }
        }
    }

    /// Saves the window's screenshot with the open reports' metadata.
    fn save_screenshot(&mut self, image: &egui::ColorImage, ctx: &egui::Context) {
        let picture = self.picture();
        let mut metadata = picture.metadata();
        metadata[0].1 = self.window_title();
        let rgba = crate::export::render::Rgba {
            width: image.size[0] as u32,
            height: image.size[1] as u32,
            pixels: image.as_raw().to_vec(),
        };
        let job = crate::io::SaveJob {
            file_name: format!("fieldreport-window-{}.png", picture.stamp.date),
            filter: ("PNG image", &["png"]),
            start: self.settings.last_dir.clone(),
            make: Box::new(move || crate::export::encode_png(&rgba, &metadata)),
            beside: Vec::new(),
        };
        self.worker.save(job, ctx);
    }

    /// Handles what background work reported.
    fn poll(&mut self, ctx: &egui::Context) {
        for event in self.worker.poll() {
            match event {
                Event::Picked(Some(paths)) => {
                    if !paths.is_empty() {
                        self.queue.push(Command::OpenPaths(paths));
                    }
                }
                Event::Picked(None) => {
                    self.notify(
                        "No file dialog is available on this system (no desktop portal or zenity was found). \
                         Type the path of a report file below instead.",
                        false,
                    );
                    self.path_prompt = Some(String::new());
                }
                Event::Loaded(path, result) => match *result {
                    Ok(loaded) => self.add_report(path, loaded),
                    Err(error) => self.notify(format!("Could not open {error}"), true),
                },
                Event::Exported(Some(Ok(written))) => self.notify(format!("Saved {written}"), false),
                Event::Exported(Some(Err(message))) => self.notify(format!("Export failed: {message}"), true),
                Event::Exported(None) => {}
                Event::CopyReady(Ok(image)) => {
                    ctx.copy_image(image);
                    self.notify("The chart picture is on the clipboard.", false);
                }
                Event::CopyReady(Err(message)) => self.notify(format!("Copy failed: {message}"), true),
                Event::Screenshot(image) => self.save_screenshot(&image, ctx),
                Event::Progress(..) | Event::Done => {}
            }
        }
    }

    fn add_report(&mut self, absolute: PathBuf, loaded: LoadedReport) {
        if let Some(dir) = absolute.parent() {
            self.settings.last_dir = Some(dir.to_path_buf());
        }
        self.settings.recent.retain(|p| *p != absolute);
        self.settings.recent.insert(0, absolute.clone());
        self.settings.recent.truncate(MAX_RECENT);
        // Paths arrive canonical from the loading thread, so equal files have equal paths.
        let same = |r: &OpenReport| r.loaded.path.as_deref() == Some(absolute.as_path());
        match self.reports.iter().position(same) {
            Some(i) => self.reports[i].loaded = loaded,
            None => {
                // The bundled sample steps aside for the first report the user opens.
                if self.reports.len() == 1 && self.reports[0].loaded.path.is_none() {
                    self.reports.clear();
                }
                self.reports.push(OpenReport { loaded, visible: true });
            }
        }
        self.rebuild();
    }

    /// Per-frame work before drawing: background results, dropped files, shortcuts, commands.
    pub fn logic(&mut self, ctx: &egui::Context) {
        self.poll(ctx);
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            self.queue.push(Command::OpenPaths(dropped));
        }
        self.queue.extend(crate::ui::shortcuts(ctx));
        let commands = std::mem::take(&mut self.queue);
        if !commands.is_empty() {
            // Plots size their axes from the previous frame: one more frame settles a new chart.
            ctx.request_repaint();
        }
        for command in commands {
            self.handle(command, ctx);
        }
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        if self.applied_theme != Some(self.settings.theme) {
            ctx.set_theme(match self.settings.theme {
                ThemeChoice::System => egui::ThemePreference::System,
                ThemeChoice::Light => egui::ThemePreference::Light,
                ThemeChoice::Dark => egui::ThemePreference::Dark,
            });
            self.applied_theme = Some(self.settings.theme);
        }
        self.settings.open_files = self.reports.iter().filter_map(|r| r.loaded.path.clone()).collect();
    }

    /// Draws the whole window. Commands from widgets run at the start of the next frame.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        self.logic(&ui.ctx().clone());
        crate::ui::window_ui(ui, self);
        if !self.queue.is_empty() {
            ui.ctx().request_repaint();
        }
    }
}

impl eframe::App for FieldReportApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        FieldReportApp::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if let Ok(text) = serde_json::to_string(&self.settings) {
            storage.set_string(SETTINGS_KEY, text);
        }
    }
}

/// Starts the window with these files (the remembered ones, or the sample, when none).
pub fn run(files: Vec<PathBuf>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("fieldreport")
            .with_app_id("fieldreport")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "fieldreport",
        options,
        Box::new(move |cc| {
            let (mut settings, settings_problem) =
                Settings::from_storage(cc.storage.and_then(|s| s.get_string(SETTINGS_KEY)).as_deref());
            if let Ok(theme) = std::env::var("FIELDREPORT_THEME") {
                settings.theme = match theme.as_str() {
                    "dark" => ThemeChoice::Dark,
                    "light" => ThemeChoice::Light,
                    _ => settings.theme,
                };
            }
            crate::ui::install_fonts(&cc.egui_ctx);
            let to_open = if files.is_empty() {
                settings.open_files.clone()
            } else {
                files
            };
            let mut app = FieldReportApp::new(settings, vec![crate::report::sample()]);
            if let Some(problem) = settings_problem {
                app.notify(problem, false);
            }
            if !to_open.is_empty() {
                app.queue.push(Command::OpenPaths(to_open));
            }
            Ok(Box::new(app))
        }),
    )
}
