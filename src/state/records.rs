//! Event files (ACLED, UCDP) open beside the reports, and the counts chosen of them.

use std::path::PathBuf;
use std::sync::Arc;

use super::State;
use crate::report::events::{Aggregation, EventFile};

impl State {
    /// Takes an event file read in the background: a file read again replaces its counts.
    pub(super) fn add_event_file(&mut self, path: PathBuf, mut file: EventFile) {
        if let Some(dir) = path.parent() {
            self.settings.last_dir = Some(dir.to_path_buf());
        }
        self.settings.remember(&path);
        file.path = Some(path.clone());
        let tr = self.view.options.tr;
        let mut text = if file.bad_rows > 0 {
            tr.f(
                "notice-events-read-bad",
                &[
                    ("file", file.name.as_str().into()),
                    ("n", tr.n(file.rows as f64).into()),
                    ("bad", tr.n(file.bad_rows as f64).into()),
                    ("first", file.bad_examples.join("; ").into()),
                ],
            )
        } else {
            tr.f(
                "notice-events-read",
                &[
                    ("file", file.name.as_str().into()),
                    ("n", tr.n(file.rows as f64).into()),
                ],
            )
        };
        if !file.zawgyi.is_empty() {
            let columns: Vec<String> = file
                .zawgyi
                .iter()
                .map(|z| {
                    tr.f(
                        "events-zawgyi-column",
                        &[
                            ("column", z.column.as_str().into()),
                            ("n", z.cells.into()),
                            ("weighed", z.weighed.into()),
                        ],
                    )
                })
                .collect();
            text.push(' ');
            text.push_str(&tr.f(
                "notice-events-zawgyi",
                &[
                    ("file", file.name.as_str().into()),
                    ("list", columns.join(&tr.t("list-separator")).into()),
                ],
            ));
        }
        let mut files: Vec<Arc<EventFile>> = self.view.options.records.files.iter().cloned().collect();
        match files.iter().position(|f| f.path.as_deref() == Some(path.as_path())) {
            Some(i) => files[i] = Arc::new(file),
            None => files.push(Arc::new(file)),
        }
        self.view.options.records.files = Arc::new(files);
        self.settings.event_files = self.event_files().iter().filter_map(|f| f.path.clone()).collect();
        self.settings_file.dirty = true;
        self.notify(text, false);
        self.prepare();
    }

    /// Counts the event files another way.
    pub(super) fn set_records(&mut self, aggregation: Aggregation) {
        if self.view.options.records.aggregation != aggregation {
            self.settings.records.clone_from(&aggregation);
            self.view.options.records.aggregation = aggregation;
            self.prepare();
        }
    }

    /// Closes the event file of a SHA-256 (and any copy of the same bytes opened from another
    /// path).
    pub(super) fn close_event_file(&mut self, sha256: &str) {
        let files: Vec<Arc<EventFile>> = self
            .view
            .options
            .records
            .files
            .iter()
            .filter(|f| f.sha256 != sha256)
            .cloned()
            .collect();
        if files.len() != self.view.options.records.files.len() {
            self.view.options.records.files = Arc::new(files);
            self.prepare();
        }
    }

    /// The event files open.
    pub fn event_files(&self) -> &[Arc<EventFile>] {
        &self.view.options.records.files
    }
}
