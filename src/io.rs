//! Work off the UI thread: the native file dialog and reading report files. Each runs on a named
//! thread and reports back through a channel; the UI polls it every frame and stays responsive.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::report::{LoadedReport, ReadError};

/// What background work reports.
#[derive(Debug)]
pub enum Event {
    /// The dialog closed: `Some(paths)` (empty when cancelled), `None` when no dialog could be shown.
    Picked(Option<Vec<PathBuf>>),
    /// A file is being read: (files done, files in this batch, name of the current one).
    Progress(usize, usize, String),
    /// A file was read, or refused.
    Loaded(PathBuf, Box<Result<LoadedReport, ReadError>>),
    /// A batch is finished.
    Done,
}

/// Runs dialogs and loads; polled by the app.
pub struct Worker {
    tx: Sender<Event>,
    rx: Receiver<Event>,
    /// Batches of files being read.
    pub loading: usize,
    /// A dialog is open.
    pub dialog_open: bool,
    /// (done, total, current file) of the running load.
    pub progress: Option<(usize, usize, String)>,
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
        }
    }
}

impl Worker {
    /// True while anything runs in the background.
    pub fn busy(&self) -> bool {
        self.loading > 0 || self.dialog_open
    }

    /// Reads files on a thread named `load-reports`.
    pub fn load(&mut self, paths: Vec<PathBuf>, ctx: &egui::Context) {
        let tx = self.tx.clone();
        let ctx = ctx.clone();
        self.loading += 1;
        let spawned = std::thread::Builder::new().name("load-reports".into()).spawn(move || {
            let total = paths.len();
            for (i, path) in paths.into_iter().enumerate() {
                let name = crate::report::read::display_name(&path);
                let _ = tx.send(Event::Progress(i, total, name));
                ctx.request_repaint();
                let result = LoadedReport::from_path(&path);
                let _ = tx.send(Event::Loaded(path, Box::new(result)));
                ctx.request_repaint();
            }
            let _ = tx.send(Event::Done);
            ctx.request_repaint();
        });
        if spawned.is_err() {
            self.loading -= 1;
        }
    }

    /// Shows the native open dialog on a thread named `file-dialog`.
    pub fn open_dialog(&mut self, start: Option<&Path>, ctx: &egui::Context) {
        if self.dialog_open {
            return;
        }
        let tx = self.tx.clone();
        let ctx = ctx.clone();
        let start = start.map(Path::to_path_buf);
        self.dialog_open = true;
        let spawned = std::thread::Builder::new().name("file-dialog".into()).spawn(move || {
            let mut dialog = rfd::FileDialog::new()
                .set_title("Open report files")
                .add_filter("Report files (JSON)", &["json"])
                .add_filter("All files", &["*"]);
            if let Some(dir) = start.filter(|d| d.is_dir()) {
                dialog = dialog.set_directory(dir);
            }
            let _ = tx.send(Event::Picked(dialog.pick_files()));
            ctx.request_repaint();
        });
        if spawned.is_err() {
            self.dialog_open = false;
            let _ = self.tx.send(Event::Picked(None));
        }
    }

    /// Events that arrived since the last call.
    pub fn poll(&mut self) -> Vec<Event> {
        let events: Vec<Event> = self.rx.try_iter().collect();
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
                Event::Loaded(..) => {}
            }
        }
        events
    }
}
