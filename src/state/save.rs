//! Saving reports as format 1 files: written through the safe write (temporary file, rename),
//! checked first by reading the text back, so a report that breaks a rule of the format (no
//! title, no section) is refused with the reason rather than saved.

use std::path::PathBuf;

use super::State;
use super::edit::Then;

impl State {
    /// Saves a report to its file, or through the save dialog (`ask`, or a report in no file).
    pub(super) fn save_report(&mut self, id: u64, ask: bool, ctx: &egui::Context) {
        let Some((_, open)) = self.report_by_id(id) else { return };
        let name = open.loaded.name.clone();
        let text = match crate::report::format::write::to_checked_json(&open.loaded.report, &name) {
            Ok(text) => text,
            Err(error) => {
                let message = self.view.options.tr.f(
                    "notice-cannot-save-yet",
                    &[("name", (&name).into()), ("error", (&error.message).into())],
                );
                self.notify(message, true);
                self.docs.after_save = None;
                return;
            }
        };
        // A report read from a spreadsheet table is saved as a report file of its own, never
        // over the table (which may hold other reports).
        let json = |p: &PathBuf| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
        let path = if ask {
            None
        } else {
            open.loaded.path.clone().filter(json)
        };
        let name = if name.to_ascii_lowercase().ends_with(".json") {
            name
        } else {
            format!("{}.json", name.trim_end_matches(".csv"))
        };
        let version = open.history.version;
        let start = open
            .loaded
            .path
            .as_ref()
            .and_then(|p| p.parent().map(PathBuf::from))
            .or_else(|| self.settings.last_dir.clone());
        self.jobs.worker.save_report(
            id,
            version,
            path,
            name,
            start,
            text.into_bytes(),
            self.view.options.tr,
            ctx,
        );
    }

    /// Saves every report the question was about, then does what waited.
    pub(super) fn confirm_save(&mut self, ctx: &egui::Context) {
        let Some(confirm) = self.docs.confirm.take() else {
            return;
        };
        self.docs.after_save = Some((confirm.reports.clone(), confirm.then));
        for id in confirm.reports {
            self.save_report(id, false, ctx);
        }
    }

    /// A save finished: the report now belongs to its file; what waited on it goes ahead
    /// once every save it waited on is done. A failed or cancelled save stops it.
    pub(super) fn report_saved(
        &mut self,
        id: u64,
        version: u64,
        outcome: Option<Result<(PathBuf, String), String>>,
        ctx: &egui::Context,
    ) {
        match outcome {
            Some(Ok((path, sha256))) => {
                if let Some((i, _)) = self.report_by_id(id) {
                    let open = &mut self.docs.reports[i];
                    let mut loaded = (*open.loaded).clone();
                    loaded.name = crate::report::format::read::display_name(&path);
                    loaded.path = Some(path.clone());
                    loaded.sha256 = sha256;
                    open.loaded = std::sync::Arc::new(loaded);
                    open.history.saved = version;
                    if let Some(dir) = path.parent() {
                        self.settings.last_dir = Some(dir.to_path_buf());
                    }
                    self.settings.remember(&path);
                    if !self.docs.reports[i].history.dirty() {
                        self.forget_recovery(id);
                    }
                }
                let text = self
                    .view
                    .options
                    .tr
                    .f("notice-saved", &[("file", path.display().to_string().into())]);
                self.notify(text, false);
                let done = match &mut self.docs.after_save {
                    Some((waiting, _)) => {
                        waiting.retain(|w| *w != id);
                        waiting.is_empty()
                    }
                    None => false,
                };
                if done && let Some((_, then)) = self.docs.after_save.take() {
                    let saved = match &then {
                        Then::Close(ids) => ids.clone(),
                        _ => Vec::new(),
                    };
                    self.carry_out(&saved, then, ctx);
                }
            }
            Some(Err(message)) => {
                self.docs.after_save = None;
                let text = self.view.options.tr.f("notice-not-saved", &[("error", message.into())]);
                self.notify(text, true);
            }
            None => self.docs.after_save = None,
        }
    }
}
