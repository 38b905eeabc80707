//! Making and changing reports: a new report, a change (carried out on the report as it is,
//! with a name for the Edit menu), undo and redo as far back as the report was opened, saving, and
//! the question asked before unsaved work would be lost.

use std::path::PathBuf;
use std::sync::Arc;

use super::{OpenReport, State};
use crate::command::{Target, View};
use crate::i18n::Said;
use crate::report::edit::change::{Change, Done};
use crate::report::{LoadedReport, Report, Subject};

/// One state of a report in its history.
#[derive(Clone, Debug)]
struct Step {
    /// What the edit that left this state did ("Funding 2025: kyats").
    label: String,
    report: Report,
    version: u64,
}

/// An open report's edits: what undo and redo give back, and whether its file holds the latest.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Counts the report's versions: each edit, undo and redo makes or returns to one.
    pub version: u64,
    /// The version the file holds (`u64::MAX` for a report never saved).
    pub saved: u64,
    /// Versions are numbered from here, so an undone edit's number is never reused.
    next: u64,
    /// The recovery file that keeps this report's unsaved work against a crash.
    pub recovery: Option<PathBuf>,
    /// The version at which entries last changed places (a row added, removed or moved, an
    /// edit undone or redone, the file read again): a change that names entries by their place
    /// and was made before it ([`crate::command::Target`]) no longer names what it meant.
    pub shape: u64,
    /// The version the recovery file holds.
    pub recovered: u64,
}

impl History {
    /// A report as read from its file.
    pub fn saved() -> Self {
        Self {
            next: 1,
            ..Self::default()
        }
    }

    /// A report that is in no file yet.
    pub fn unsaved() -> Self {
        Self {
            saved: u64::MAX,
            next: 1,
            ..Self::default()
        }
    }

    /// True when the report has changes its file does not hold.
    pub fn dirty(&self) -> bool {
        self.version != self.saved
    }

    /// What undo would undo.
    pub fn next_undo(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    /// What redo would redo.
    pub fn next_redo(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    fn fresh_version(&mut self) -> u64 {
        self.next += 1;
        self.next
    }

    /// The report read from its file again: nothing to undo or redo, the file holding it, and
    /// a version never used before, so that nothing made for an earlier one (the editor's
    /// preview, a change naming entries by their place) is taken for it.
    pub fn read_again(&mut self) {
        *self = Self {
            next: self.next,
            ..Self::saved()
        };
        self.version = self.fresh_version();
        self.saved = self.version;
        self.shape = self.version;
    }
}

/// What waits on the answer to "save your changes?".
#[derive(Clone, Debug)]
pub enum Then {
    /// Close these reports (by id).
    Close(Vec<u64>),
    /// Close the window.
    Quit,
    /// Put this newly read file in the place of the open report of the same path.
    Replace(Box<LoadedReport>),
}

/// The question asked before unsaved work would be lost.
#[derive(Clone, Debug)]
pub struct Confirm {
    /// The reports (by id) with unsaved changes.
    pub reports: Vec<u64>,
    /// What happens once they are saved, or their changes let go.
    pub then: Then,
}

/// What a change to a report did: the editor follows it once (its cursor to the row added or
/// moved, what a paste left out, why a cell was refused).
#[derive(Clone, Debug)]
pub struct Changed {
    /// Counts the changes carried out, so the editor follows each once.
    pub seq: u64,
    /// The report changed (by id).
    pub report: u64,
    /// Its name in the Edit menu.
    pub label: String,
    /// The change.
    pub change: Change,
    /// What it did, or why it was refused (the report then as it was).
    pub result: Result<Done, crate::i18n::Said>,
}

/// How many changes are kept for the editor to follow: more than a frame's commands hold.
const KEPT_CHANGES: usize = 64;

/// The title a new report starts with.
pub const NEW_TITLE: &str = "Untitled report";

impl State {
    /// The report with this id, and where it is.
    pub fn report_by_id(&self, id: u64) -> Option<(usize, &OpenReport)> {
        self.docs.reports.iter().enumerate().find(|(_, r)| r.id == id)
    }

    /// The report being edited.
    pub fn edited(&self) -> Option<&OpenReport> {
        self.docs.editing.and_then(|id| self.report_by_id(id)).map(|(_, r)| r)
    }

    /// True when some open report has changes its file does not hold.
    pub fn any_unsaved(&self) -> bool {
        self.docs.reports.iter().any(|r| r.history.dirty())
    }

    /// A fresh identity for an open report.
    pub(super) fn next_report_id(&mut self) -> u64 {
        self.docs.next_id += 1;
        self.docs.next_id
    }

    /// Starts an empty report and opens it in the editor.
    pub(super) fn new_report(&mut self) {
        let report = Report {
            title: NEW_TITLE.to_owned(),
            ..Report::default()
        };
        // The bundled sample steps aside, as for a file opened.
        if self.docs.reports.len() == 1
            && self.docs.reports[0].loaded.path.is_none()
            && !self.docs.reports[0].history.dirty()
        {
            self.docs.reports.clear();
        }
        let id = self.next_report_id();
        let name = unused_new_name(&self.docs.reports);
        self.docs.reports.push(OpenReport {
            loaded: Arc::new(loaded(report, name, None, &[])),
            visible: true,
            history: History::unsaved(),
            id,
        });
        self.docs.editing = Some(id);
        self.settings.view = View::Edit;
        self.rebuild();
    }

    /// Opens a report in the editor.
    pub(super) fn edit_report(&mut self, id: u64) {
        if self.report_by_id(id).is_some() {
            self.docs.editing = Some(id);
            self.settings.view = View::Edit;
        }
    }

    /// Carries out a change to a report, as one step of its history; what it did is kept for
    /// the editor. A change that names entries by their place is refused when entries have
    /// changed places since it was made.
    pub(super) fn change(&mut self, target: Target, label: String, change: Change) {
        let Some((_, open)) = self.report_by_id(target.report) else {
            return;
        };
        let result = if change.names_places() && target.shape != open.history.shape {
            Err(Said::new("change-stale"))
        } else {
            let mut report = open.loaded.report.clone();
            let result = change.apply(&mut report);
            if result.is_ok() {
                self.take_version(target.report, label.clone(), report, change.moves_rows());
            }
            result
        };
        let seq = self.docs.changes.last().map_or(1, |c| c.seq + 1);
        self.docs.changes.push(Changed {
            seq,
            report: target.report,
            label,
            change,
            result,
        });
        // The editor follows each change in the frame after it; a frame's worth is kept.
        let over = self.docs.changes.len().saturating_sub(KEPT_CHANGES);
        self.docs.changes.drain(..over);
    }

    /// Takes a new version of a report; the one it replaces goes on the undo stack. `moved`
    /// when entries changed places.
    fn take_version(&mut self, id: u64, label: String, report: Report, moved: bool) {
        let Some((i, _)) = self.report_by_id(id) else { return };
        let open = &mut self.docs.reports[i];
        if open.loaded.report == report {
            return;
        }
        let version = open.history.fresh_version();
        open.history.undo.push(Step {
            label,
            report: open.loaded.report.clone(),
            version: open.history.version,
        });
        open.history.redo.clear();
        open.history.version = version;
        if moved {
            open.history.shape = version;
        }
        replace(open, report);
        self.rebuild();
    }

    /// Undoes (`back`) a report's last edit, or redoes its last undone edit.
    pub(super) fn step(&mut self, id: u64, back: bool) {
        let Some((i, _)) = self.report_by_id(id) else { return };
        let open = &mut self.docs.reports[i];
        let history = &mut open.history;
        let (from, to) = if back {
            (&mut history.undo, &mut history.redo)
        } else {
            (&mut history.redo, &mut history.undo)
        };
        let Some(step) = from.pop() else { return };
        to.push(Step {
            label: step.label.clone(),
            report: open.loaded.report.clone(),
            version: history.version,
        });
        history.version = step.version;
        history.shape = history.fresh_version();
        replace(open, step.report);
        self.rebuild();
    }

    /// Asks what to do with unsaved changes before `then`, or does it at once when there are
    /// none.
    pub(super) fn ask_or(&mut self, reports: Vec<u64>, then: Then, ctx: &egui::Context) {
        let unsaved: Vec<u64> = reports
            .into_iter()
            .filter(|id| self.report_by_id(*id).is_some_and(|(_, r)| r.history.dirty()))
            .collect();
        if unsaved.is_empty() {
            self.carry_out(&[], then, ctx);
        } else {
            self.docs.confirm = Some(Confirm { reports: unsaved, then });
        }
    }

    /// Does what waited on the question: closes, quits or replaces.
    pub(super) fn carry_out(&mut self, reports: &[u64], then: Then, ctx: &egui::Context) {
        match then {
            Then::Close(closed) => {
                for id in reports {
                    self.forget_recovery(*id);
                }
                self.docs.reports.retain(|r| !closed.contains(&r.id));
                if self.docs.editing.is_some_and(|id| closed.contains(&id)) {
                    self.docs.editing = None;
                    if self.settings.view == View::Edit {
                        self.settings.view = View::Chart;
                    }
                }
                self.rebuild();
            }
            Then::Quit => {
                for id in reports {
                    self.forget_recovery(*id);
                }
                self.docs.quitting = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Then::Replace(loaded) => {
                if let Some(id) = reports.first().copied() {
                    self.forget_recovery(id);
                    if let Some((i, _)) = self.report_by_id(id) {
                        self.docs.reports[i].loaded = Arc::new(*loaded);
                        self.docs.reports[i].history.read_again();
                        self.rebuild();
                    }
                }
            }
        }
    }
}

/// "untitled.json", or "untitled-2.json" when that name is open already.
fn unused_new_name(reports: &[OpenReport]) -> String {
    let taken = |name: &str| reports.iter().any(|r| r.loaded.name == name);
    (1..)
        .map(|n| {
            if n == 1 {
                "untitled.json".to_owned()
            } else {
                format!("untitled-{n}.json")
            }
        })
        .find(|n| !taken(n))
        .unwrap_or_default()
}

/// A report as the app holds it: its checks run, the file's reading remarks (unknown fields)
/// kept.
pub(super) fn loaded(
    report: Report,
    name: String,
    path: Option<PathBuf>,
    remarks: &[crate::report::Warning],
) -> LoadedReport {
    let mut warnings: Vec<crate::report::Warning> =
        remarks.iter().filter(|w| w.subject == Subject::File).cloned().collect();
    warnings.extend(crate::report::checks::check_in(&report, crate::i18n::Tr::EN));
    let text = crate::report::format::write::to_json(&report);
    LoadedReport {
        name,
        path,
        sha256: crate::report::dataset::sha256_hex(text.as_bytes()),
        report,
        warnings,
    }
}

/// Puts a new version of the report in place, checked again.
fn replace(open: &mut OpenReport, report: Report) {
    let old = &open.loaded;
    open.loaded = Arc::new(loaded(report, old.name.clone(), old.path.clone(), &old.warnings));
}
