//! Work off the UI thread: native file dialogs, reading report files, making and writing
//! exports, saving settings. Each runs on a named thread and reports back through a channel;
//! the UI polls it every frame and stays responsive. Files are only ever written here.
//!
//! - [`write`]: safe writes (temporary name, rename; several files all or nothing).
//! - [`instance`]: files opened while the window is open go to that window.

pub mod instance;
pub mod write;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

pub use write::{remove, unused_name, write_atomically, write_together};

use crate::report::{LoadedReport, ReadError};

/// What background work reports.
#[derive(Debug)]
pub enum Event {
    /// The dialog closed: `Some(paths)` (empty when cancelled), `None` when no dialog could be shown.
    Picked(Option<Vec<PathBuf>>),
    /// A file is being read: (files done, files in this batch, name of the current one).
    Progress(usize, usize, String),
    /// A file was read, or refused.
    Loaded(PathBuf, Box<Result<Vec<LoadedReport>, ReadError>>),
    /// An event file (ACLED, UCDP) was read into counts, or refused.
    EventsRead(PathBuf, Box<Result<crate::report::events::EventFile, ReadError>>),
    /// A township boundary file was read, joined and prepared for the map, or refused.
    BoundariesRead(PathBuf, Box<Result<crate::charts::map::filled::TownshipLayer, String>>),
    /// A batch is finished (or was cancelled).
    Done,
    /// An export finished: what was written, or why it failed. `None` when cancelled.
    Exported(Option<Result<String, String>>),
    /// A chart picture is ready for the clipboard.
    CopyReady(Result<egui::ColorImage, String>),
    /// The window's screenshot arrived.
    Screenshot(Arc<egui::ColorImage>),
    /// The settings were written, or why not.
    SettingsSaved(Result<(), String>),
    /// Background work could not start: what and why.
    Failed(String),
    /// A later start handed these files to this window.
    OpenRequested(Vec<PathBuf>),
    /// A report (by id) at a version was saved: where, with the SHA-256 of what was written;
    /// or why not; `None` when the save dialog was cancelled.
    ReportSaved(u64, u64, Option<Result<(PathBuf, String), String>>),
    /// Unsaved work was kept in its recovery files, or why not.
    Kept(Result<(), String>),
    /// Reports merged, with their conflicts and charts; or why not.
    Merged(Result<Box<Merged>, String>),
}

/// Reports merged off the UI thread, for the rebuild that asked for them.
#[derive(Debug)]
pub struct Merged {
    /// Which rebuild this answers; older ones are dropped.
    pub generation: u64,
    /// The merged reports.
    pub dataset: crate::report::Dataset,
    /// Where they disagree.
    pub conflicts: Vec<crate::report::Conflict>,
    /// Every chart, prepared.
    pub charts: crate::charts::Charts,
}

impl Merged {
    /// Merges the reports and prepares every chart.
    pub fn new(generation: u64, reports: &[Arc<LoadedReport>], options: &crate::charts::ChartOptions) -> Self {
        let dataset = crate::report::Dataset::merge(reports.iter().map(|r| (**r).clone()).collect());
        let conflicts = dataset.conflicts();
        let charts = crate::charts::Charts::prepare(&dataset, options);
        Self {
            generation,
            dataset,
            conflicts,
            charts,
        }
    }
}

/// How long the window may take to deliver a screenshot before the export gives up.
const SCREENSHOT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Makes bytes off the UI thread (rendering may take a while).
pub type Make = Box<dyn FnOnce() -> Result<Vec<u8>, String> + Send>;

/// A file to write, and how to make its bytes (off the UI thread).
pub struct SaveJob {
    /// Suggested file name.
    pub file_name: String,
    /// The save dialog's title.
    pub title: String,
    /// Dialog filter: (name, extensions).
    pub filter: (String, &'static [&'static str]),
    /// Folder the dialog starts in.
    pub start: Option<PathBuf>,
    /// Makes the bytes to write.
    pub make: Make,
    /// Further files written beside the main one: (extension, bytes).
    pub beside: Vec<(&'static str, Vec<u8>)>,
}

/// Starts a named thread running `work`; the error says why it could not.
pub type Spawner = fn(&str, Box<dyn FnOnce() + Send>) -> std::io::Result<()>;

/// Starts work on a named OS thread.
pub fn spawn_thread(name: &str, work: Box<dyn FnOnce() + Send>) -> std::io::Result<()> {
    std::thread::Builder::new().name(name.to_owned()).spawn(work).map(drop)
}

/// True when a file dialog can be shown: always on Windows and macOS; on Linux, a desktop
/// portal (D-Bus session) or zenity.
pub fn dialog_available() -> bool {
    !cfg!(target_os = "linux")
        || std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("PATH")
            .is_some_and(|paths| std::env::split_paths(&paths).any(|p| p.join("zenity").is_file()))
}

/// Runs dialogs, loads, exports and saves; polled by the app.
pub struct Worker {
    tx: Sender<Event>,
    rx: Receiver<Event>,
    /// Batches of files being read.
    pub loading: usize,
    /// A dialog is open.
    pub dialog_open: bool,
    /// (done, total, current file) of the running load.
    pub progress: Option<(usize, usize, String)>,
    /// An export is running.
    pub exporting: bool,
    /// Merges running.
    pub merging: usize,
    /// Reports being saved.
    pub saving: usize,
    /// Writes of unsaved work to recovery files running (not counted as busy: they are quick
    /// and nobody waits on them).
    pub keeping: usize,
    /// When the window's screenshot was asked for, until it arrives.
    screenshot_since: Option<std::time::Instant>,
    /// Show file dialogs; off where none is available (then: the path field to open, the last
    /// folder used to save).
    pub use_dialogs: bool,
    /// Starts threads; replaced in tests to make starting fail.
    pub spawner: Spawner,
    /// Set to stop the running loads after the file being read.
    cancel: Arc<AtomicBool>,
}

impl Default for Worker {
    fn default() -> Self {
        let (tx, rx) = channel();
        Self {
            tx,
            rx,
            loading: 0,
            dialog_open: false,
            progress: None,
            exporting: false,
            merging: 0,
            saving: 0,
            keeping: 0,
            screenshot_since: None,
            use_dialogs: dialog_available(),
            spawner: spawn_thread,
            cancel: Arc::new(AtomicBool::new(false)),
        }
    }
}

impl Worker {
    /// True while anything runs in the background.
    pub fn busy(&self) -> bool {
        self.loading > 0 || self.dialog_open || self.exporting || self.merging > 0 || self.saving > 0
    }

    /// Runs `work` on a named thread; when the thread cannot start, reports why and returns
    /// false.
    fn spawn(&self, name: &str, what: &str, work: Box<dyn FnOnce() + Send>) -> bool {
        match (self.spawner)(name, work) {
            Ok(()) => true,
            Err(e) => {
                let _ = self.tx.send(Event::Failed(format!(
                    "{what} could not start: the system refused a new thread ({e})"
                )));
                false
            }
        }
    }

    /// Asks where to save, then makes and writes the file, on a thread named `export`. Without
    /// a file dialog, the file goes to the start folder under its suggested name.
    pub fn save(&mut self, job: SaveJob, ctx: &egui::Context) {
        let tx = self.tx.clone();
        let repaint = ctx.clone();
        let with_dialog = self.use_dialogs;
        self.exporting = self.spawn(
            "export",
            "The export",
            Box::new(move || {
                let result = guarded(move || run_save(job, with_dialog)).unwrap_or_else(|bug| Some(Err(bug)));
                let _ = tx.send(Event::Exported(result));
                repaint.request_repaint();
            }),
        );
        ctx.request_repaint();
    }

    /// Makes a picture for the clipboard on a thread named `export`.
    pub fn copy(&mut self, make: Box<dyn FnOnce() -> Result<egui::ColorImage, String> + Send>, ctx: &egui::Context) {
        let tx = self.tx.clone();
        let repaint = ctx.clone();
        self.exporting = self.spawn(
            "export",
            "Copying the chart",
            Box::new(move || {
                let _ = tx.send(Event::CopyReady(guarded(make).and_then(|r| r)));
                repaint.request_repaint();
            }),
        );
        ctx.request_repaint();
    }

    /// Writes the settings file on a thread named `settings`.
    pub fn save_settings(&mut self, path: PathBuf, text: String, ctx: &egui::Context) {
        let tx = self.tx.clone();
        let repaint = ctx.clone();
        self.spawn(
            "settings",
            "Saving the settings",
            Box::new(move || {
                let result = path
                    .parent()
                    .map_or(Ok(()), std::fs::create_dir_all)
                    .map_err(|e| format!("could not create the settings folder: {e}: {}", path.display()))
                    .and_then(|()| write_atomically(&path, text.as_bytes()));
                let _ = tx.send(Event::SettingsSaved(result));
                repaint.request_repaint();
            }),
        );
    }

    /// Asks the window for a screenshot; it arrives as [`Event::Screenshot`].
    pub fn screenshot(&mut self, ctx: &egui::Context) {
        let tx = self.tx.clone();
        let repaint = ctx.clone();
        self.exporting = true;
        self.screenshot_since = Some(std::time::Instant::now());
        ctx.request_repaint_after(SCREENSHOT_TIMEOUT);
        ctx.request_screenshot(move |image| {
            let _ = tx.send(Event::Screenshot(image));
            repaint.request_repaint();
        });
    }

    /// Reads files on a thread named `load-reports`.
    pub fn load(&mut self, paths: Vec<PathBuf>, ctx: &egui::Context) {
        let tx = self.tx.clone();
        let repaint = ctx.clone();
        self.cancel.store(false, Ordering::Relaxed);
        let cancel = Arc::clone(&self.cancel);
        let started = self.spawn(
            "load-reports",
            "Reading the files",
            Box::new(move || {
                let total = paths.len();
                for (i, path) in paths.into_iter().enumerate() {
                    if cancel.load(Ordering::Relaxed) {
                        break;
                    }
                    let path = std::fs::canonicalize(&path).unwrap_or(path);
                    let name = crate::report::format::read::display_name(&path);
                    let _ = tx.send(Event::Progress(i, total, name.clone()));
                    repaint.request_repaint();
                    if crate::report::places::boundaries::detect_path(&path) {
                        let read = guarded(|| {
                            crate::report::places::boundaries::read(&path).map(|b| {
                                crate::charts::map::filled::TownshipLayer::prepare(b, name.clone(), Some(path.clone()))
                            })
                        })
                        .and_then(|r| r);
                        let _ = tx.send(Event::BoundariesRead(path, Box::new(read)));
                        repaint.request_repaint();
                        continue;
                    }
                    if crate::report::events::reader::detect_path(&path).is_some() {
                        let read = read_events(&path, &name, (i, total), &tx, &repaint, &cancel);
                        let _ = tx.send(Event::EventsRead(path, Box::new(read)));
                        repaint.request_repaint();
                        continue;
                    }
                    let result = guarded(|| crate::report::dataset::open::read_path(&path)).unwrap_or_else(|bug| {
                        Err(ReadError {
                            file: name,
                            position: None,
                            path: None,
                            message: bug,
                        })
                    });
                    let _ = tx.send(Event::Loaded(path, Box::new(result)));
                    repaint.request_repaint();
                }
                let _ = tx.send(Event::Done);
                repaint.request_repaint();
            }),
        );
        if started {
            self.loading += 1;
        }
        ctx.request_repaint();
    }

    /// Saves a report's text on a thread named `save`: to `path`, or where the save dialog says
    /// (starting in `start`, suggesting `name`); without a dialog, to `start` under a name that
    /// overwrites nothing.
    #[expect(clippy::too_many_arguments, reason = "one save: every value is needed")]
    pub fn save_report(
        &mut self,
        id: u64,
        version: u64,
        path: Option<PathBuf>,
        name: String,
        start: Option<PathBuf>,
        bytes: Vec<u8>,
        tr: crate::i18n::Tr,
        ctx: &egui::Context,
    ) {
        let tx = self.tx.clone();
        let repaint = ctx.clone();
        let with_dialog = self.use_dialogs;
        let (title, filter) = (tr.t("dialog-save-report"), tr.t("dialog-filter-report"));
        let started = self.spawn(
            "save",
            "Saving the report",
            Box::new(move || {
                let start = start.filter(|d| d.is_dir());
                let target = path.or_else(|| {
                    if with_dialog {
                        let mut dialog = rfd::FileDialog::new()
                            .set_title(title.as_str())
                            .set_file_name(name.clone())
                            .add_filter(filter.as_str(), &["json"]);
                        if let Some(dir) = &start {
                            dialog = dialog.set_directory(dir);
                        }
                        dialog.save_file()
                    } else {
                        let dir = start
                            .clone()
                            .or_else(|| std::env::current_dir().ok())
                            .unwrap_or_default();
                        Some(unused_name(&dir, &name))
                    }
                });
                let outcome = target.map(|target| {
                    write_atomically(&target, &bytes).map(|()| (target, crate::report::dataset::sha256_hex(&bytes)))
                });
                let _ = tx.send(Event::ReportSaved(id, version, outcome));
                repaint.request_repaint();
            }),
        );
        if started {
            self.saving += 1;
        }
        ctx.request_repaint();
    }

    /// Writes recovery files on a thread named `keep`, in `dir` (made when missing).
    pub fn keep(&mut self, dir: PathBuf, files: Vec<(PathBuf, Vec<u8>)>, ctx: &egui::Context) {
        let tx = self.tx.clone();
        let repaint = ctx.clone();
        let started = self.spawn(
            "keep",
            "Keeping unsaved work",
            Box::new(move || {
                let result = std::fs::create_dir_all(&dir)
                    .map_err(|e| format!("could not create the folder: {e}: {}", dir.display()))
                    .and_then(|()| files.iter().try_for_each(|(path, bytes)| write_atomically(path, bytes)));
                let _ = tx.send(Event::Kept(result));
                repaint.request_repaint();
            }),
        );
        if started {
            self.keeping += 1;
        }
    }

    /// Listens at `socket` for files a later start hands over; they arrive as
    /// [`Event::OpenRequested`]. False when another window already listens there.
    pub fn listen_for_files(&self, socket: &Path, ctx: &egui::Context) -> std::io::Result<bool> {
        let tx = self.tx.clone();
        let repaint = ctx.clone();
        instance::listen_at(
            socket,
            move |paths| {
                let _ = tx.send(Event::OpenRequested(paths));
                repaint.request_repaint();
            },
            self.spawner,
        )
    }

    /// Merges reports and prepares the charts on a thread named `merge`.
    pub fn merge(
        &mut self,
        generation: u64,
        reports: Vec<Arc<LoadedReport>>,
        options: crate::charts::ChartOptions,
        ctx: &egui::Context,
    ) {
        let tx = self.tx.clone();
        let repaint = ctx.clone();
        self.merging += 1;
        let started = self.spawn(
            "merge",
            "Merging the reports",
            Box::new(move || {
                let merged = guarded(|| Box::new(Merged::new(generation, &reports, &options)));
                let _ = tx.send(Event::Merged(merged));
                repaint.request_repaint();
            }),
        );
        if !started {
            self.merging -= 1;
        }
    }

    /// Stops reading files after the one being read.
    pub fn cancel_loading(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Shows the native open dialog for reports and event files on a thread named
    /// `file-dialog`.
    pub fn open_dialog(&mut self, start: Option<&Path>, tr: crate::i18n::Tr, ctx: &egui::Context) {
        let filter = (tr.t("dialog-filter-reports"), &["json", "csv"][..]);
        self.pick(start, tr.t("dialog-open"), filter, true, tr, ctx);
    }

    /// Shows the native open dialog for one township boundary file (GeoJSON or shapefile).
    pub fn boundaries_dialog(&mut self, start: Option<&Path>, tr: crate::i18n::Tr, ctx: &egui::Context) {
        let filter = (tr.t("dialog-filter-boundaries"), &["geojson", "json", "shp"][..]);
        self.pick(start, tr.t("dialog-open-boundaries"), filter, false, tr, ctx);
    }

    /// An open dialog with a filter (and one for every file), for many files or one.
    fn pick(
        &mut self,
        start: Option<&Path>,
        title: String,
        (name, extensions): (String, &'static [&'static str]),
        many: bool,
        tr: crate::i18n::Tr,
        ctx: &egui::Context,
    ) {
        if self.dialog_open {
            return;
        }
        if !self.use_dialogs {
            let _ = self.tx.send(Event::Picked(None));
            ctx.request_repaint();
            return;
        }
        let tx = self.tx.clone();
        let repaint = ctx.clone();
        let start = start.map(Path::to_path_buf);
        let all = tr.t("dialog-filter-all");
        self.dialog_open = self.spawn(
            "file-dialog",
            "The file dialog",
            Box::new(move || {
                let mut dialog = rfd::FileDialog::new()
                    .set_title(title.as_str())
                    .add_filter(name.as_str(), extensions)
                    .add_filter(all.as_str(), &["*"]);
                if let Some(dir) = start.filter(|d| d.is_dir()) {
                    dialog = dialog.set_directory(dir);
                }
                let picked = if many {
                    dialog.pick_files()
                } else {
                    dialog.pick_file().map(|p| vec![p])
                };
                let _ = tx.send(Event::Picked(picked));
                repaint.request_repaint();
            }),
        );
        ctx.request_repaint();
    }

    /// Events that arrived since the last call.
    pub fn poll(&mut self) -> Vec<Event> {
        let mut events: Vec<Event> = self.rx.try_iter().collect();
        if events.iter().any(|e| matches!(e, Event::Screenshot(_))) {
            self.screenshot_since = None;
        } else if self.screenshot_since.is_some_and(|t| t.elapsed() >= SCREENSHOT_TIMEOUT) {
            self.screenshot_since = None;
            events.push(Event::Exported(Some(Err(
                "the window did not deliver its picture; try again".to_owned(),
            ))));
        }
        for e in &events {
            match e {
                Event::Picked(_) => self.dialog_open = false,
                Event::Progress(done, total, name) => self.progress = Some((*done, *total, name.clone())),
                Event::Done => {
                    self.loading = self.loading.saturating_sub(1);
                    if self.loading == 0 {
                        self.progress = None;
                    }
                }
                Event::Exported(_) | Event::CopyReady(_) => self.exporting = false,
                Event::Merged(_) => self.merging = self.merging.saturating_sub(1),
                Event::Loaded(..)
                | Event::EventsRead(..)
                | Event::BoundariesRead(..)
                | Event::Screenshot(_)
                | Event::SettingsSaved(_)
                | Event::Failed(_)
                | Event::OpenRequested(_)
                | Event::ReportSaved(..)
                | Event::Kept(_) => {}
            }
        }
        events
    }
}

/// Reads an event file, telling the percentage read as progress and stopping when asked.
fn read_events(
    path: &Path,
    name: &str,
    (i, total): (usize, usize),
    tx: &Sender<Event>,
    repaint: &egui::Context,
    cancel: &AtomicBool,
) -> Result<crate::report::events::EventFile, ReadError> {
    let mut told = 0;
    let mut progress = |read: u64, size: u64| {
        let percent = (read.saturating_mul(100) / size.max(1)).min(100);
        if percent != told {
            told = percent;
            let _ = tx.send(Event::Progress(i, total, format!("{name} — {percent} %")));
            repaint.request_repaint();
        }
        !cancel.load(Ordering::Relaxed)
    };
    guarded(|| crate::report::events::read_path(path, &mut progress)).unwrap_or_else(|bug| {
        Err(ReadError {
            file: name.to_owned(),
            position: None,
            path: None,
            message: bug,
        })
    })
}

/// Runs work that must always report back: a panic becomes an error message, so the app never
/// waits forever for a thread that died.
fn guarded<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|panic| {
        let what = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_default();
        format!("an internal error stopped the work ({what}); please report it")
    })
}

fn run_save(job: SaveJob, with_dialog: bool) -> Option<Result<String, String>> {
    let start = job.start.clone().filter(|d| d.is_dir());
    let path = if with_dialog {
        let mut dialog = rfd::FileDialog::new()
            .set_title(job.title.as_str())
            .set_file_name(job.file_name.clone())
            .add_filter(job.filter.0.as_str(), job.filter.1);
        if let Some(dir) = &start {
            dialog = dialog.set_directory(dir);
        }
        dialog.save_file()?
    } else {
        let dir = start.or_else(|| std::env::current_dir().ok()).unwrap_or_default();
        unused_name(&dir, &job.file_name)
    };
    let result = write_job(&path, job.make, &job.beside);
    Some(if with_dialog {
        result
    } else {
        result
            .map(|written| format!("{written} (no file dialog is available here, so it went to the last folder used)"))
    })
}

/// Makes the bytes and writes them and the files beside, all or nothing; says what was written.
pub fn write_job(path: &Path, make: Make, beside: &[(&'static str, Vec<u8>)]) -> Result<String, String> {
    let mut files = vec![(path.to_path_buf(), make()?)];
    for (extension, bytes) in beside {
        files.push((path.with_extension(extension), bytes.clone()));
    }
    write_together(&files)?;
    Ok(files
        .iter()
        .map(|(p, _)| p.display().to_string())
        .collect::<Vec<_>>()
        .join(" and "))
}
