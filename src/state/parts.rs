//! The parts of [`super::State`]: the settings file, the open documents, what the window shows,
//! and the commands and background work under way. Each part is plain data; `State`'s methods
//! (in the files beside this one) change them as commands are carried out.

use std::path::PathBuf;

use super::edit::{Changed, Confirm, Then};
use super::{Notice, OpenReport, recovery, table};
use crate::charts::{ChartKind, ChartOptions, Charts};
use crate::command::{Command, ThemeChoice};
use crate::io::Worker;
use crate::report::{Conflict, Dataset, When};

/// Where the settings are kept, and what the file holds.
#[derive(Debug, Default)]
pub struct SettingsFile {
    /// Where settings are saved; `None` keeps them in memory only.
    pub path: Option<PathBuf>,
    /// The settings as last written (or read), to write only what changed.
    pub(super) saved: String,
    /// The last settings error said, to say it once.
    pub(super) error: Option<String>,
    /// Something may have changed the settings since they were last compared with the file.
    pub(super) dirty: bool,
}

/// The open documents: the reports, what is merged from them, the report being edited, the
/// question before unsaved work is lost, and the unsaved work kept against a crash.
pub struct Documents {
    /// Open reports, in the order opened.
    pub reports: Vec<OpenReport>,
    /// The visible reports, merged.
    pub dataset: Dataset,
    /// Where the visible reports disagree (kept with the dataset, not recomputed per frame).
    pub conflicts: Vec<Conflict>,
    /// Counts the rebuilds of the dataset taken in, so views can keep what they derive from it.
    pub generation: u64,
    /// Counts the rebuilds asked for; a merge answering an older one is dropped.
    pub(super) requested: u64,
    /// Reports arrived that the dataset does not hold yet, since when.
    pub(super) stale_since: Option<std::time::Instant>,
    /// The open reports' warnings worded in the window's language, by report id (empty in
    /// English, where the reports' own are shown).
    pub(super) worded: std::collections::HashMap<u64, Vec<crate::report::Warning>>,
    /// The dataset generation and language `worded` was made for.
    pub(super) worded_for: Option<(u64, crate::i18n::Tr)>,
    /// The report being edited (by id).
    pub editing: Option<u64>,
    /// What the last changes carried out did, in order, for the editor to follow (each once).
    pub changes: Vec<Changed>,
    /// The question asked before unsaved work would be lost, while it waits for an answer.
    pub confirm: Option<Confirm>,
    /// Saves under way before something waits to be done (close, quit): the reports, and what.
    pub(super) after_save: Option<(Vec<u64>, Then)>,
    /// The window may close: unsaved work was saved or let go.
    pub quitting: bool,
    /// The last report id given.
    pub(super) next_id: u64,
    /// Where unsaved work is kept against a crash; `None` keeps none.
    pub recovery_dir: Option<PathBuf>,
    /// Unsaved work found from an earlier run, offered for restoring.
    pub recovered: Vec<recovery::Found>,
    /// When unsaved work was last written to the recovery files.
    pub(super) recovery_written: Option<std::time::Instant>,
    /// How often unsaved work is written to its recovery file ([`recovery::EVERY`]).
    pub keep_every: std::time::Duration,
    /// The last failure to keep unsaved work, said once.
    pub(super) keep_error: Option<String>,
}

impl Documents {
    /// These reports open, nothing merged yet.
    pub(super) fn new(reports: Vec<OpenReport>) -> Self {
        Self {
            next_id: reports.len() as u64,
            reports,
            dataset: Dataset::default(),
            conflicts: Vec::new(),
            generation: 0,
            requested: 0,
            stale_since: None,
            worded: std::collections::HashMap::new(),
            worded_for: None,
            editing: None,
            changes: Vec::new(),
            confirm: None,
            after_save: None,
            quitting: false,
            recovery_dir: None,
            recovered: Vec::new(),
            recovery_written: None,
            keep_every: recovery::EVERY,
            keep_error: None,
        }
    }
}

/// What the window shows besides the documents: the charts and what they show, the table, the
/// messages, the dialogs open, the theme and title applied.
pub struct Screen {
    /// What the charts show.
    pub options: ChartOptions,
    /// Every chart, prepared for the current dataset and options.
    pub charts: Charts,
    /// The table view: its rows, sort, filter and selection.
    pub table: table::TableView,
    /// The year or snapshot marked on its chart, from a click in the checks panel.
    pub focus: Option<(ChartKind, When)>,
    /// Messages on screen.
    pub notices: Vec<Notice>,
    /// The id the next message gets.
    pub(super) next_notice: u64,
    /// The path field is shown (where no file dialog is available).
    pub path_prompt: bool,
    /// The open boundaries do not say who made them: the user is asked.
    pub attribution_prompt: bool,
    /// The export dialog is open.
    pub export_dialog: bool,
    /// The About window is open.
    pub about: bool,
    /// A theme forced for this run (`FIELDREPORT_THEME`), never saved as the user's choice.
    pub theme_override: Option<ThemeChoice>,
    /// The window title last set.
    pub(super) title: String,
    /// The theme last applied to the window.
    pub(super) applied_theme: Option<ThemeChoice>,
}

impl Screen {
    /// Nothing shown yet but charts with these options (prepared once the dataset is).
    pub(super) fn new(options: ChartOptions) -> Self {
        Self {
            charts: Charts::prepare(&Dataset::default(), &options),
            options,
            table: table::TableView::default(),
            focus: None,
            notices: Vec::new(),
            next_notice: 0,
            path_prompt: false,
            attribution_prompt: false,
            export_dialog: false,
            about: false,
            theme_override: None,
            title: String::new(),
            applied_theme: None,
        }
    }
}

/// Commands waiting to be carried out, and the work on background threads.
#[derive(Default)]
pub struct Jobs {
    /// Commands waiting to be carried out at the start of the next frame.
    pub queue: Vec<Command>,
    /// Background dialogs, loads, exports and saves.
    pub worker: Worker,
    /// The window's context once a frame has run, for background merges to wake it.
    pub(super) ctx: Option<egui::Context>,
}
