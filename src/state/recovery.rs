//! Unsaved work kept against a crash: every few seconds each report with unsaved changes is
//! written to a recovery file in the app's data folder; a save, or letting the changes go,
//! removes it. After a crash or a killed process, the next start finds the files and offers to
//! restore them, saying from when.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::State;
use super::edit::{History, loaded};

/// How often unsaved work is written to its recovery file.
pub const EVERY: std::time::Duration = std::time::Duration::from_secs(5);

/// Marks a recovery file, and its version.
const MARK: &str = "fieldreport_recovery";

/// Unsaved work found from an earlier run.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// The recovery file.
    pub path: PathBuf,
    /// The report's title.
    pub title: String,
    /// The report's file name ("untitled.json" for one never saved).
    pub name: String,
    /// The file the report came from, if any.
    pub original: Option<PathBuf>,
    /// When the work was last kept, UTC ("2026-11-25T14:03:09Z").
    pub kept_at: String,
}

/// What a recovery file holds: the report's format 1 text and where it belongs.
#[derive(serde::Serialize, serde::Deserialize)]
struct Kept {
    fieldreport_recovery: u32,
    name: String,
    path: Option<PathBuf>,
    kept_at: String,
    report: String,
}

/// The time now, RFC 3339 in UTC.
fn now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    crate::export::Stamp::at(secs, &crate::report::Dataset::default()).time
}

impl State {
    /// Looks for unsaved work left by an earlier run in the recovery folder.
    pub fn find_recovery(&mut self) {
        let Some(dir) = &self.docs.recovery_dir else { return };
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        let mut found: Vec<Found> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .filter_map(|path| {
                let kept = read_kept(&path)?;
                let title = crate::report::format::read::parse(kept.report.as_bytes(), &kept.name)
                    .ok()
                    .map(|parsed| parsed.report.title)?;
                Some(Found {
                    path,
                    title,
                    name: kept.name,
                    original: kept.path,
                    kept_at: kept.kept_at,
                })
            })
            .collect();
        found.sort_by(|a, b| b.kept_at.cmp(&a.kept_at));
        self.docs.recovered = found;
    }

    /// Writes the unsaved work that changed since it was last kept; called every frame, acts
    /// every [`EVERY`].
    pub(super) fn keep_unsaved_work(&mut self, ctx: &egui::Context) {
        let Some(dir) = self.docs.recovery_dir.clone() else {
            return;
        };
        if self
            .docs
            .recovery_written
            .is_some_and(|t| t.elapsed() < self.docs.keep_every)
        {
            if self.any_unsaved() {
                ctx.request_repaint_after(self.docs.keep_every);
            }
            return;
        }
        self.docs.recovery_written = Some(std::time::Instant::now());
        let kept_at = now();
        let mut writes = Vec::new();
        for open in &mut self.docs.reports {
            if !open.history.dirty() || open.history.recovered == open.history.version {
                continue;
            }
            let path = open
                .history
                .recovery
                .get_or_insert_with(|| dir.join(format!("{}-{}.json", kept_at.replace(':', ""), open.id)))
                .clone();
            let kept = Kept {
                fieldreport_recovery: 1,
                name: open.loaded.name.clone(),
                path: open.loaded.path.clone(),
                kept_at: kept_at.clone(),
                report: crate::report::format::write::to_json(&open.loaded.report),
            };
            if let Ok(bytes) = serde_json::to_vec_pretty(&kept) {
                writes.push((path, bytes));
                open.history.recovered = open.history.version;
            }
        }
        if !writes.is_empty() {
            self.jobs.worker.keep(dir, writes, ctx);
        }
    }

    /// Removes a report's recovery file: its work was saved or let go.
    pub(super) fn forget_recovery(&mut self, id: u64) {
        if let Some((i, _)) = self.report_by_id(id)
            && let Some(path) = self.docs.reports[i].history.recovery.take()
        {
            self.docs.reports[i].history.recovered = 0;
            self.remove_kept(&path);
        }
    }

    /// Removes a recovery file; one that cannot be removed is said, or it would be offered again
    /// at the next start.
    fn remove_kept(&mut self, path: &Path) {
        if let Err(message) = crate::io::remove(path) {
            let text = self
                .view
                .options
                .tr
                .f("notice-kept-not-removed", &[("error", message.into())]);
            self.notify(text, true);
        }
    }

    /// Opens the unsaved work kept in a recovery file, as unsaved changes to its report.
    pub(super) fn restore_recovery(&mut self, path: &Path) {
        self.docs.recovered.retain(|f| f.path != path);
        let Some(kept) = read_kept(path) else {
            let text = self.view.options.tr.f(
                "notice-kept-unreadable",
                &[("error", path.display().to_string().into())],
            );
            self.notify(text, true);
            return;
        };
        let parsed = match crate::report::format::read::parse(kept.report.as_bytes(), &kept.name) {
            Ok(parsed) => parsed,
            Err(error) => {
                let text = self
                    .view
                    .options
                    .tr
                    .f("notice-kept-unreadable", &[("error", error.to_string().into())]);
                self.notify(text, true);
                return;
            }
        };
        if self.docs.reports.len() == 1
            && self.docs.reports[0].loaded.path.is_none()
            && !self.docs.reports[0].history.dirty()
        {
            self.docs.reports.clear();
        }
        let id = self.next_report_id();
        let mut history = History::unsaved();
        history.version = 1;
        // The kept file stays until the work is saved or let go.
        history.recovery = Some(path.to_path_buf());
        history.recovered = 1;
        self.docs.reports.push(super::OpenReport {
            loaded: Arc::new(loaded(parsed.report, kept.name.clone(), kept.path, &[])),
            visible: true,
            history,
            id,
        });
        self.docs.editing = Some(id);
        let tr = self.view.options.tr;
        let text = tr.f(
            "notice-restored",
            &[
                ("name", (&kept.name).into()),
                ("time", tr.digits(&kept.kept_at).into_owned().into()),
            ],
        );
        self.notify(text, false);
        self.rebuild();
    }

    /// Deletes a recovery file and its unsaved work.
    pub(super) fn discard_recovery(&mut self, path: &Path) {
        self.docs.recovered.retain(|f| f.path != path);
        self.remove_kept(path);
    }
}

fn read_kept(path: &Path) -> Option<Kept> {
    let text = std::fs::read_to_string(path).ok()?;
    let kept: Kept = serde_json::from_str(&text).ok()?;
    (kept.fieldreport_recovery == 1)
        .then_some(kept)
        .filter(|_| text.contains(MARK))
}
