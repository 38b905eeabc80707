//! The viewer's state and the one place it changes: [`State::handle`] carries out every
//! [`Command`]. Open reports, the merged dataset, the prepared charts, settings, messages, and
//! the background work that feeds them.

mod boundaries;
mod edit;
mod parts;
mod records;
pub mod recovery;
mod save;
pub mod table;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use edit::{Changed, Confirm, History, NEW_TITLE, Then};
pub use parts::{Documents, Jobs, Screen, SettingsFile};

use crate::charts::{Chart, ChartKind, ChartOptions, Charts, Currency};
use crate::command::{Command, ExportRequest, ThemeChoice, View};
use crate::export::{ExportSize, Picture, Stamp};
use crate::i18n::{Digits, Lang, Tr};
use crate::io::{Event, SaveJob};
use crate::report::{Dataset, LoadedReport};

/// Settings that outlive a session, saved as JSON in the app's data folder.
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
    pub export: ExportSize,
    /// Save the alt text beside an exported PNG.
    pub export_alt_text: bool,
    /// How an exported SVG writes its text.
    pub export_svg_text: crate::export::vector::SvgText,
    /// The language of charts and pictures; `None` until chosen (the window then starts in the
    /// system's language, see [`Lang::from_env`]).
    pub lang: Option<Lang>,
    /// The digits of numbers; `None` for the language's own (Myanmar digits in Burmese).
    pub digits: Option<Digits>,
    /// Event files (ACLED, UCDP) open when the app was closed, reopened at start with the
    /// reports.
    pub event_files: Vec<PathBuf>,
    /// How the event files are counted: per year or month, which events, where, which actor,
    /// and what the map's circles show.
    pub records: crate::report::events::Aggregation,
    /// The township boundary file open when the app was closed, reopened at start.
    pub boundaries: Option<PathBuf>,
    /// Who made each boundary file that does not say, as the user gave it.
    pub boundary_credits: std::collections::BTreeMap<PathBuf, String>,
}

/// The key settings were stored under by earlier versions, in eframe's own storage.
pub const SETTINGS_KEY: &str = "fieldreport-settings";

/// The folder, beside the settings file, where unsaved work is kept against a crash.
pub const RECOVERY_FOLDER: &str = "recovery";

/// The settings file's name in the app's data folder.
pub const SETTINGS_FILE: &str = "settings.json";

/// Reports with more figures than this in all are merged on a background thread.
const MERGE_HERE_UP_TO: usize = 20_000;

/// True when a report is small enough to merge and chart on the window's thread between two
/// frames ([`MERGE_HERE_UP_TO`] figures): the editor's preview then follows each key typed.
pub fn charted_here(report: &crate::report::Report) -> bool {
    figure_count(report) <= MERGE_HERE_UP_TO
}

/// While a long batch of files is read, the charts catch up this often.
const REBUILD_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

/// How many recent files are remembered.
pub const MAX_RECENT: usize = 10;

/// Where the Debian package installs the README (Help ▸ About ▸ README opens it).
pub const README_INSTALLED: &str = "/usr/share/doc/fieldreport/README.md";

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

    /// Reads the settings file; a missing file gives defaults quietly, an unreadable one gives
    /// defaults and says so.
    pub fn load(path: &Path) -> (Self, Option<String>) {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::from_storage(Some(&text)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Self::default(), None),
            Err(e) => (
                Self::default(),
                Some(format!(
                    "Saved settings could not be read ({e}); the defaults are used: {}",
                    path.display()
                )),
            ),
        }
    }

    /// The language and digits chosen: English with Latin digits until a language is chosen.
    pub fn tr(&self) -> Tr {
        let lang = self.lang.unwrap_or_default();
        Tr {
            lang,
            digits: self.digits.unwrap_or_else(|| lang.default_digits()),
        }
    }

    /// Puts a file first in the recent list, once, keeping at most [`MAX_RECENT`].
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(MAX_RECENT);
    }
}

/// About how many figures a report holds: what merging it costs.
fn figure_count(r: &crate::report::Report) -> usize {
    let parts = |p: &crate::report::model::Parts| p.len() + 1;
    r.funding.len() * 2
        + r.losses
            .iter()
            .map(|l| parts(&l.breakdown) + l.other.len())
            .sum::<usize>()
        + r.battles
            .iter()
            .map(|b| 1 + b.groups.iter().map(|g| parts(&g.breakdown)).sum::<usize>())
            .sum::<usize>()
        + r.townships
            .iter()
            .map(|t| parts(&t.breakdown) + t.towns.len())
            .sum::<usize>()
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
    /// The file's content and warnings, shared with the merging thread.
    pub loaded: Arc<LoadedReport>,
    /// Drawn in the charts.
    pub visible: bool,
    /// Edits since the file was read, for undo, redo and unsaved work.
    pub history: History,
    /// Stays the same while the report is open, whatever its place in the list.
    pub id: u64,
}

impl OpenReport {
    /// What a change made now to this report is made for: the report, and where its entries
    /// are.
    pub fn target(&self) -> crate::command::Target {
        crate::command::Target {
            report: self.id,
            shape: self.history.shape,
        }
    }
}

/// The viewer's state, in parts: the settings (and their file), the open documents, what the
/// window shows, and the commands and background work under way.
pub struct State {
    /// Persisted settings.
    pub settings: Settings,
    /// Where the settings are kept and what the file holds.
    pub settings_file: SettingsFile,
    /// The open reports, what is merged from them, the report being edited, unsaved work.
    pub docs: Documents,
    /// What the window shows besides the documents: charts, table, messages, dialogs.
    pub view: Screen,
    /// Commands waiting and background work.
    pub jobs: Jobs,
}

impl State {
    /// A viewer with these reports open.
    pub fn new(settings: Settings, reports: Vec<LoadedReport>) -> Self {
        let mut options = ChartOptions {
            currency: settings.currency,
            tr: settings.tr(),
            ..ChartOptions::default()
        };
        options.records.aggregation.clone_from(&settings.records);
        let saved = serde_json::to_string(&settings).unwrap_or_default();
        let reports: Vec<OpenReport> = reports
            .into_iter()
            .enumerate()
            .map(|(i, loaded)| OpenReport {
                loaded: Arc::new(loaded),
                visible: true,
                history: History::saved(),
                id: i as u64 + 1,
            })
            .collect();
        let mut state = Self {
            settings,
            settings_file: SettingsFile {
                path: None,
                saved,
                error: None,
                dirty: false,
            },
            docs: Documents::new(reports),
            view: Screen::new(options),
            jobs: Jobs::default(),
        };
        state.rebuild();
        state
    }

    /// A viewer showing the bundled sample.
    pub fn with_sample() -> Self {
        Self::new(Settings::default(), vec![crate::report::sample()])
    }

    /// Merges the visible reports and prepares the charts again: here when the reports are
    /// small, on a background thread when they are large (the window keeps the charts it has
    /// until the new ones are ready, and only the latest request's result is taken).
    fn rebuild(&mut self) {
        self.docs.stale_since = None;
        self.docs.requested += 1;
        let visible: Vec<Arc<LoadedReport>> = self
            .docs
            .reports
            .iter()
            .filter(|r| r.visible)
            .map(|r| Arc::clone(&r.loaded))
            .collect();
        let figures: usize = visible.iter().map(|r| figure_count(&r.report)).sum();
        self.view.options.currency = self.settings.currency;
        self.view.options.tr = self.settings.tr();
        if figures > MERGE_HERE_UP_TO
            && let Some(ctx) = self.jobs.ctx.clone()
        {
            self.jobs
                .worker
                .merge(self.docs.requested, visible, self.view.options.clone(), &ctx);
            return;
        }
        let merged = crate::io::Merged::new(self.docs.requested, &visible, &self.view.options);
        self.take_merged(merged);
    }

    /// Takes a merged dataset with its conflicts and charts, unless a later rebuild was asked
    /// for since.
    fn take_merged(&mut self, merged: crate::io::Merged) {
        if merged.generation != self.docs.requested {
            return;
        }
        self.docs.generation = merged.generation;
        self.docs.dataset = merged.dataset;
        self.docs.conflicts = merged.conflicts;
        self.view.charts = merged.charts;
        self.reword();
        self.refresh_table();
    }

    /// Brings the table's rows up to date with the dataset, language and years, while it is
    /// shown (a hidden table costs nothing).
    fn refresh_table(&mut self) {
        if self.settings.view == View::Table {
            let years = self.view.options.years;
            self.view
                .table
                .refresh(&self.docs.dataset, self.docs.generation, self.settings.tr(), years);
        }
    }

    fn prepare(&mut self) {
        self.view.options.currency = self.settings.currency;
        self.view.options.tr = self.settings.tr();
        self.view.charts = Charts::prepare(&self.docs.dataset, &self.view.options);
        self.reword();
    }

    /// Words the reports' checks again in the window's language (the reader's remarks on the
    /// file as they are); in English the reports' own warnings serve.
    /// Done once per dataset and language: a change of currency or hidden series leaves them.
    fn reword(&mut self) {
        let tr = self.view.options.tr;
        if self.docs.worded_for == Some((self.docs.generation, tr)) {
            return;
        }
        self.docs.worded_for = Some((self.docs.generation, tr));
        if tr.lang == crate::i18n::Lang::En {
            self.docs.worded.clear();
            return;
        }
        self.docs.worded = self
            .docs
            .reports
            .iter()
            .map(|open| {
                let mut warnings: Vec<crate::report::Warning> = open
                    .loaded
                    .warnings
                    .iter()
                    .filter(|w| w.subject == crate::report::Subject::File)
                    .cloned()
                    .collect();
                warnings.extend(crate::report::checks::check_in(&open.loaded.report, tr));
                (open.id, warnings)
            })
            .collect();
    }

    /// A report's warnings in the window's language.
    pub fn warnings<'a>(&'a self, open: &'a OpenReport) -> &'a [crate::report::Warning] {
        self.docs
            .worded
            .get(&open.id)
            .map_or(&open.loaded.warnings, Vec::as_slice)
    }

    /// The chart on screen.
    pub fn chart(&self) -> &Chart {
        self.view.charts.get(self.settings.chart)
    }

    /// The figures the charts and the table show: the dataset, within the chosen years.
    pub fn shown(&self) -> std::borrow::Cow<'_, Dataset> {
        match self.view.options.years {
            Some(years) => std::borrow::Cow::Owned(crate::charts::within_years(&self.docs.dataset, years)),
            None => std::borrow::Cow::Borrowed(&self.docs.dataset),
        }
    }

    /// The theme in effect: the override, or the user's choice.
    pub fn theme(&self) -> ThemeChoice {
        self.view.theme_override.unwrap_or(self.settings.theme)
    }

    /// Shows a message once.
    pub fn notify(&mut self, text: impl Into<String>, error: bool) {
        self.view.next_notice += 1;
        self.view.notices.push(Notice {
            id: self.view.next_notice,
            text: text.into(),
            error,
        });
    }

    /// The window title: the open reports' titles.
    pub fn window_title(&self) -> String {
        let titles: Vec<String> = self
            .docs
            .reports
            .iter()
            .map(|r| {
                if r.history.dirty() {
                    format!("• {}", r.loaded.report.title)
                } else {
                    r.loaded.report.title.clone()
                }
            })
            .collect();
        if titles.is_empty() {
            "fieldreport".to_owned()
        } else {
            format!("{} — fieldreport", titles.join(", "))
        }
    }

    /// True while a dialog, a load or an export runs.
    pub fn is_busy(&self) -> bool {
        self.jobs.worker.busy()
    }

    /// Carries out one command. The only place where user actions change state.
    pub fn handle(&mut self, command: Command, ctx: &egui::Context) {
        self.settings_file.dirty = true;
        self.carry(command, ctx);
        self.refresh_table();
    }

    fn carry(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::OpenDialog => {
                let start = self.settings.last_dir.clone();
                self.jobs
                    .worker
                    .open_dialog(start.as_deref(), self.view.options.tr, ctx);
            }
            Command::OpenPaths(paths) => {
                if !paths.is_empty() {
                    self.jobs.worker.load(paths, ctx);
                }
            }
            Command::CancelLoading => {
                self.jobs.worker.cancel_loading();
                self.notify(self.view.options.tr.t("notice-loading-stopped"), false);
            }
            Command::CloseReport(id) => {
                if self.report_by_id(id).is_some() {
                    self.ask_or(vec![id], Then::Close(vec![id]), ctx);
                }
            }
            Command::SetReportVisible(id, visible) => {
                if let Some(r) = self.docs.reports.iter_mut().find(|r| r.id == id) {
                    r.visible = visible;
                    self.rebuild();
                }
            }
            Command::ShowOnly(shown) => {
                for r in &mut self.docs.reports {
                    r.visible = shown.contains(&r.id);
                }
                self.rebuild();
            }
            Command::ShowAll => {
                for r in &mut self.docs.reports {
                    r.visible = true;
                }
                self.rebuild();
            }
            Command::SetYears(years) => {
                self.view.options.years = years;
                self.prepare();
            }
            Command::CloseAll => {
                let all: Vec<u64> = self.docs.reports.iter().map(|r| r.id).collect();
                self.ask_or(all.clone(), Then::Close(all), ctx);
            }
            Command::ShowChart(kind) => {
                self.settings.chart = kind;
                self.settings.view = View::Chart;
                self.view.focus = None;
            }
            Command::ShowFigure(kind, when) => {
                self.settings.chart = kind;
                self.settings.view = View::Chart;
                self.view.focus = Some((kind, when));
            }
            Command::ShowView(view) => self.settings.view = view,
            Command::SortTable(column) => self.view.table.sort(column),
            Command::FilterTable(text) => self.view.table.filter(text),
            Command::FilterTableSection(section) => self.view.table.section(section),
            Command::SelectTableRow(row, pick) => self.view.table.pick(row, pick),
            Command::CopyTableRows => {
                ctx.copy_text(self.view.table.copied().0);
            }
            Command::SetCurrency(c) => {
                self.settings.currency = c;
                self.prepare();
            }
            Command::ToggleCurrency => {
                self.settings.currency = self.settings.currency.toggled();
                self.prepare();
            }
            Command::SetHidden(kind, hidden) => {
                self.view.options.hidden.insert(kind, hidden);
                self.prepare();
            }
            Command::SetTheme(theme) => {
                self.settings.theme = theme;
                self.view.theme_override = None;
            }
            Command::SetLanguage(lang) => {
                self.settings.lang = Some(lang);
                self.prepare();
            }
            Command::SetDigits(digits) => {
                self.settings.digits = Some(digits);
                self.prepare();
            }
            Command::DismissNotice(id) => self.view.notices.retain(|n| n.id != id),
            Command::OpenUrl(url) => self.open_url(url, ctx),
            Command::ShowAbout(open) => self.view.about = open,
            Command::OpenReadme => self.open_readme(ctx),
            Command::SubmitPathPrompt(text) => {
                self.view.path_prompt = false;
                let paths: Vec<PathBuf> = text
                    .split(['\n', ';'])
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(PathBuf::from)
                    .collect();
                self.handle(Command::OpenPaths(paths), ctx);
            }
            Command::CancelPathPrompt => self.view.path_prompt = false,
            Command::ClearRecent => self.settings.recent.clear(),
            Command::ShowExportDialog(open) => self.view.export_dialog = open,
            Command::SetExportSize(size) => self.settings.export = size,
            Command::SetExportAltText(on) => self.settings.export_alt_text = on,
            Command::SetSvgText(text) => self.settings.export_svg_text = text,
            Command::CopyAltText => ctx.copy_text(self.chart().alt_text()),
            Command::Export(request) => self.export(request, ctx),
            Command::Quit => {
                let all: Vec<u64> = self.docs.reports.iter().map(|r| r.id).collect();
                self.ask_or(all, Then::Quit, ctx);
            }
            Command::NewReport => self.new_report(),
            Command::EditReport(id) => self.edit_report(id),
            Command::Edit(target, label, change) => self.change(target, label, change),
            Command::Undo(id) => self.step(id, true),
            Command::Redo(id) => self.step(id, false),
            Command::SaveReport(id) => self.save_report(id, false, ctx),
            Command::SaveReportAs(id) => self.save_report(id, true, ctx),
            Command::ConfirmSave => self.confirm_save(ctx),
            Command::ConfirmDiscard => {
                if let Some(confirm) = self.docs.confirm.take() {
                    self.carry_out(&confirm.reports, confirm.then, ctx);
                }
            }
            Command::ConfirmCancel => self.docs.confirm = None,
            Command::RestoreRecovery(path) => self.restore_recovery(&path),
            Command::DiscardRecovery(path) => self.discard_recovery(&path),
            Command::SetRecords(aggregation) => self.set_records(aggregation),
            Command::CloseEventFile(sha256) => self.close_event_file(&sha256),
            Command::OpenBoundariesDialog => {
                let start = self.settings.last_dir.clone();
                self.jobs
                    .worker
                    .boundaries_dialog(start.as_deref(), self.view.options.tr, ctx);
            }
            Command::SetBoundaryAttribution(text) => self.set_boundary_attribution(&text),
            Command::LaterBoundaryAttribution => self.view.attribution_prompt = false,
            Command::CloseBoundaries => self.close_boundaries(),
        }
    }

    fn open_url(&mut self, url: String, ctx: &egui::Context) {
        if url.starts_with("https://") || url.starts_with("http://") {
            ctx.open_url(egui::OpenUrl::new_tab(url));
        } else {
            let text = self.view.options.tr.f("notice-url-refused", &[("url", url.into())]);
            self.notify(text, true);
        }
    }

    /// Opens the README installed with the package, or the one beside the sources this program
    /// was built from; says so when there is neither.
    fn open_readme(&mut self, ctx: &egui::Context) {
        let found = std::iter::once(PathBuf::from(README_INSTALLED))
            .chain(option_env!("CARGO_MANIFEST_DIR").map(|dir| Path::new(dir).join("README.md")))
            .find(|path| path.is_file());
        match found {
            Some(path) => ctx.open_url(egui::OpenUrl::new_tab(format!("file://{}", path.display()))),
            None => {
                let text = self
                    .view
                    .options
                    .tr
                    .f("about-no-readme", &[("path", README_INSTALLED.into())]);
                self.notify(text, true);
            }
        }
    }

    /// The current chart as a stand-alone picture.
    pub fn picture(&self) -> Picture {
        Picture::new(self.chart().clone(), &self.view.options, Stamp::now(&self.docs.dataset))
    }

    /// Starts an export; a second one while one runs is refused with a message.
    fn export(&mut self, request: ExportRequest, ctx: &egui::Context) {
        if self.jobs.worker.exporting {
            self.notify(self.view.options.tr.t("notice-export-running"), false);
            return;
        }
        if self.docs.dataset.reports.is_empty() && request != ExportRequest::WindowPng {
            self.notify(self.view.options.tr.t("notice-nothing-to-export"), false);
            return;
        }
        let start = self.settings.last_dir.clone();
        let size = self.settings.export;
        match request {
            ExportRequest::ChartPng => {
                let picture = self.picture();
                let beside = if self.settings.export_alt_text {
                    vec![("txt", format!("{}\n", picture.alt_text).into_bytes())]
                } else {
                    Vec::new()
                };
                let job = SaveJob {
                    file_name: picture.file_name("png"),
                    title: self.view.options.tr.t("dialog-save"),
                    filter: (self.view.options.tr.t("dialog-filter-png"), &["png"]),
                    start,
                    make: Box::new(move || picture.png(size)),
                    beside,
                };
                self.jobs.worker.save(job, ctx);
            }
            ExportRequest::ChartSvg | ExportRequest::ChartPdf => {
                let picture = self.picture();
                let (format, filter, extensions): (_, _, &'static [&'static str]) =
                    if request == ExportRequest::ChartSvg {
                        (crate::export::vector::PictureFormat::Svg, "dialog-filter-svg", &["svg"])
                    } else {
                        (crate::export::vector::PictureFormat::Pdf, "dialog-filter-pdf", &["pdf"])
                    };
                let reports = self.docs.dataset.reports.clone();
                let svg_text = self.settings.export_svg_text;
                let job = SaveJob {
                    file_name: picture.file_name(format.extension()),
                    title: self.view.options.tr.t("dialog-save"),
                    filter: (self.view.options.tr.t(filter), extensions),
                    start,
                    // The reports are read for the PDF's attachments on the writing thread.
                    make: Box::new(move || {
                        let attachments: Vec<_> = if format == crate::export::vector::PictureFormat::Pdf {
                            reports.iter().map(crate::export::pdf::Attachment::of).collect()
                        } else {
                            Vec::new()
                        };
                        picture.encode(format, size, svg_text, &attachments)
                    }),
                    beside: Vec::new(),
                };
                self.jobs.worker.save(job, ctx);
            }
            ExportRequest::CopyChart => {
                let picture = self.picture();
                self.jobs.worker.copy(
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
            ExportRequest::WindowPng => self.jobs.worker.screenshot(ctx),
            ExportRequest::ChartCsv | ExportRequest::DatasetCsv => {
                let (name, text) = if request == ExportRequest::ChartCsv {
                    (
                        self.chart().file_name("csv"),
                        crate::export::csv::chart(&self.shown(), &**self.chart(), &self.view.options),
                    )
                } else {
                    (
                        "fieldreport-dataset.csv".to_owned(),
                        crate::export::csv::dataset(&self.docs.dataset),
                    )
                };
                let job = SaveJob {
                    file_name: name,
                    title: self.view.options.tr.t("dialog-save"),
                    filter: (self.view.options.tr.t("dialog-filter-csv"), &["csv"]),
                    start,
                    make: Box::new(move || Ok(text.into_bytes())),
                    beside: Vec::new(),
                };
                self.jobs.worker.save(job, ctx);
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
        let job = SaveJob {
            file_name: format!("fieldreport-window-{}.png", picture.stamp.date),
            title: self.view.options.tr.t("dialog-save"),
            filter: (self.view.options.tr.t("dialog-filter-png"), &["png"]),
            start: self.settings.last_dir.clone(),
            make: Box::new(move || crate::export::png::encode(&rgba, &metadata)),
            beside: Vec::new(),
        };
        self.jobs.worker.save(job, ctx);
    }

    /// Handles what background work reported. Files read in one frame are merged once.
    pub fn poll(&mut self, ctx: &egui::Context) {
        if self.jobs.ctx.is_none() {
            self.jobs.ctx = Some(ctx.clone());
        }
        let mut loaded = Vec::new();
        let events = self.jobs.worker.poll();
        self.settings_file.dirty |= !events.is_empty();
        let tr = self.view.options.tr;
        for event in events {
            match event {
                Event::Picked(Some(paths)) => {
                    if !paths.is_empty() {
                        self.jobs.queue.push(Command::OpenPaths(paths));
                    }
                }
                Event::Picked(None) => {
                    self.notify(self.view.options.tr.t("notice-no-file-dialog"), false);
                    self.view.path_prompt = true;
                }
                Event::Loaded(path, result) => match *result {
                    // A spreadsheet table may hold several reports.
                    Ok(reports) => loaded.extend(reports.into_iter().map(|r| (path.clone(), r))),
                    Err(error) => self.refused(&path, &error),
                },
                Event::EventsRead(path, result) => match *result {
                    Ok(file) => self.add_event_file(path, file),
                    Err(error) => self.refused(&path, &error),
                },
                Event::BoundariesRead(path, result) => match *result {
                    Ok(layer) => self.add_boundaries(path, layer),
                    Err(message) => {
                        let name = crate::report::format::read::display_name(&path);
                        let kept = if self.view.options.boundaries.is_some() {
                            "notice-boundaries-kept"
                        } else {
                            "notice-boundaries-none"
                        };
                        let text = format!(
                            "{} {}",
                            tr.f(
                                "notice-boundaries-refused",
                                &[("file", name.into()), ("error", message.into())]
                            ),
                            tr.t(kept)
                        );
                        self.notify(text, true);
                    }
                },
                Event::Exported(Some(Ok(written))) => {
                    self.notify(tr.f("notice-saved", &[("file", written.to_string().into())]), false);
                }
                Event::Exported(Some(Err(message))) => {
                    self.notify(tr.f("notice-export-failed", &[("error", message.into())]), true);
                }
                Event::Exported(None) | Event::Progress(..) | Event::Done => {}
                Event::CopyReady(Ok(image)) => {
                    ctx.copy_image(image);
                    self.notify(tr.t("notice-copied"), false);
                }
                Event::CopyReady(Err(message)) => {
                    self.notify(tr.f("notice-copy-failed", &[("error", message.into())]), true);
                }
                Event::Screenshot(image) => self.save_screenshot(&image, ctx),
                Event::SettingsSaved(Ok(())) => self.settings_file.error = None,
                Event::SettingsSaved(Err(message)) => {
                    if self.settings_file.error.as_ref() != Some(&message) {
                        self.notify(tr.f("notice-settings-not-saved", &[("error", (&message).into())]), true);
                        self.settings_file.error = Some(message);
                    }
                }
                Event::Failed(message) => self.notify(message, true),
                Event::ReportSaved(id, version, outcome) => {
                    self.jobs.worker.saving = self.jobs.worker.saving.saturating_sub(1);
                    self.report_saved(id, version, outcome, ctx);
                }
                Event::Kept(Ok(())) => {
                    self.jobs.worker.keeping = self.jobs.worker.keeping.saturating_sub(1);
                    self.docs.keep_error = None;
                }
                Event::Kept(Err(message)) => {
                    self.jobs.worker.keeping = self.jobs.worker.keeping.saturating_sub(1);
                    if self.docs.keep_error.as_ref() != Some(&message) {
                        self.notify(tr.f("notice-not-kept", &[("error", (&message).into())]), true);
                        self.docs.keep_error = Some(message);
                    }
                }
                Event::OpenRequested(paths) => {
                    self.jobs.queue.push(Command::OpenPaths(paths));
                    ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
                }
                Event::Merged(Ok(merged)) => self.take_merged(*merged),
                Event::Merged(Err(message)) => {
                    self.notify(tr.f("notice-merge-failed", &[("error", message.into())]), true);
                }
            }
        }
        if !loaded.is_empty() {
            for (path, report) in loaded {
                self.add_report(path, report);
            }
            self.docs.stale_since.get_or_insert_with(std::time::Instant::now);
        }
        // Files arriving in a batch are merged once, when the batch is read (or each second of
        // a long one), not once per file.
        if let Some(since) = self.docs.stale_since {
            if self.jobs.worker.loading == 0 || since.elapsed() >= REBUILD_EVERY {
                self.rebuild();
            } else {
                ctx.request_repaint_after(REBUILD_EVERY);
            }
        }
    }

    /// A file could not be read: say why; a recent file that is gone leaves the recent list.
    fn refused(&mut self, path: &Path, error: &crate::report::ReadError) {
        if !path.exists() {
            self.settings.recent.retain(|p| p != path);
            self.settings.open_files.retain(|p| p != path);
        }
        let text = self
            .view
            .options
            .tr
            .f("notice-could-not-open", &[("error", error.to_string().into())]);
        self.notify(text, true);
    }

    fn add_report(&mut self, absolute: PathBuf, loaded: LoadedReport) {
        if let Some(dir) = absolute.parent() {
            self.settings.last_dir = Some(dir.to_path_buf());
        }
        self.settings.remember(&absolute);
        // Paths arrive canonical from the loading thread, so equal files have equal paths; the
        // reports of one spreadsheet table share its path and differ by name.
        let same =
            |r: &OpenReport| r.loaded.path.as_deref() == Some(absolute.as_path()) && r.loaded.name == loaded.name;
        match self.docs.reports.iter().position(same) {
            Some(i) if self.docs.reports[i].history.dirty() => {
                // Reading the file again would drop the edits: ask first.
                let id = self.docs.reports[i].id;
                self.docs.confirm = Some(Confirm {
                    reports: vec![id],
                    then: Then::Replace(Box::new(loaded)),
                });
            }
            Some(i) => {
                self.docs.reports[i].loaded = Arc::new(loaded);
                self.docs.reports[i].history.read_again();
            }
            None => {
                // The bundled sample steps aside for the first report the user opens.
                if self.docs.reports.len() == 1 && self.docs.reports[0].loaded.path.is_none() {
                    self.docs.reports.clear();
                }
                let id = self.next_report_id();
                self.docs.reports.push(OpenReport {
                    loaded: Arc::new(loaded),
                    visible: true,
                    history: History::saved(),
                    id,
                });
            }
        }
    }

    /// Carries out queued commands, then brings the window (title, theme) and the saved
    /// settings up to date.
    pub fn run_queue(&mut self, ctx: &egui::Context) {
        let commands = std::mem::take(&mut self.jobs.queue);
        if !commands.is_empty() {
            // Plots size their axes from the previous frame: one more frame settles a new chart.
            ctx.request_repaint();
        }
        for command in commands {
            self.handle(command, ctx);
        }
        let title = self.window_title();
        if title != self.view.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.view.title = title;
        }
        let theme = self.theme();
        if self.view.applied_theme != Some(theme) {
            ctx.set_theme(match theme {
                ThemeChoice::System => egui::ThemePreference::System,
                ThemeChoice::Light => egui::ThemePreference::Light,
                ThemeChoice::Dark => egui::ThemePreference::Dark,
            });
            self.view.applied_theme = Some(theme);
        }
        self.settings.open_files = self.docs.reports.iter().filter_map(|r| r.loaded.path.clone()).collect();
        self.settings.event_files = self.event_files().iter().filter_map(|f| f.path.clone()).collect();
        self.save_settings(ctx);
        self.keep_unsaved_work(ctx);
    }

    /// Writes the settings in the background when they changed since last written.
    fn save_settings(&mut self, ctx: &egui::Context) {
        if !std::mem::take(&mut self.settings_file.dirty) {
            return;
        }
        let Some(path) = self.settings_file.path.clone() else {
            return;
        };
        match serde_json::to_string_pretty(&self.settings) {
            Ok(text) if text != self.settings_file.saved => {
                self.settings_file.saved.clone_from(&text);
                self.jobs.worker.save_settings(path, text, ctx);
            }
            Ok(_) => {}
            Err(e) => {
                let message = format!("the settings could not be written as JSON: {e}");
                if self.settings_file.error.as_ref() != Some(&message) {
                    let text = self
                        .view
                        .options
                        .tr
                        .f("notice-settings-not-saved", &[("error", (&message).into())]);
                    self.notify(text, true);
                    self.settings_file.error = Some(message);
                }
            }
        }
    }

    /// Uses a settings file: reads it (defaults when missing or unreadable, with a note), and
    /// writes changes to it from then on.
    pub fn use_settings_file(&mut self, path: PathBuf) -> Option<String> {
        let (settings, problem) = Settings::load(&path);
        self.adopt_settings(settings, Some(path));
        self.settings_file.saved = serde_json::to_string_pretty(&self.settings).unwrap_or_default();
        problem
    }

    /// Takes settings read elsewhere; they are written to `path` (if any) at the next frame.
    pub fn adopt_settings(&mut self, settings: Settings, path: Option<PathBuf>) {
        self.view.options.records.aggregation.clone_from(&settings.records);
        self.settings = settings;
        self.settings_file.path = path;
        self.settings_file.saved.clear();
        self.settings_file.dirty = true;
        self.prepare();
    }
}
