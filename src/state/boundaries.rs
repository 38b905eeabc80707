//! Township boundaries the user brings, for the map to fill: read in the background, kept in
//! the settings with who made them, and asked for that when the file does not say.

use std::path::PathBuf;
use std::sync::Arc;

use super::State;
use crate::charts::map::filled::TownshipLayer;

impl State {
    /// Takes a boundary file read, joined and prepared in the background: it replaces the one
    /// open, says how many townships joined and which features did not, and asks who made it
    /// when neither the file nor an earlier answer says.
    pub(super) fn add_boundaries(&mut self, path: PathBuf, mut layer: TownshipLayer) {
        if let Some(dir) = path.parent() {
            self.settings.last_dir = Some(dir.to_path_buf());
        }
        if layer.attribution.is_none() {
            layer.attribution = self.settings.boundary_credits.get(&path).cloned();
        }
        self.view.attribution_prompt = layer.attribution.is_none();
        let tr = self.view.options.tr;
        let mut text = tr.f(
            "notice-boundaries-read",
            &[
                ("file", layer.name.as_str().into()),
                ("joined", tr.n(layer.townships.len() as f64).into()),
                ("townships", tr.n((layer.townships.len() + layer.missing) as f64).into()),
                ("features", tr.n(layer.features as f64).into()),
            ],
        );
        if !layer.unjoined.is_empty() {
            let first: Vec<String> = layer
                .unjoined
                .iter()
                .take(5)
                .map(|u| format!("{} {}: {}", tr.n(u.feature as f64), u.label, u.why))
                .collect();
            text.push(' ');
            text.push_str(&tr.f(
                "notice-boundaries-unjoined",
                &[
                    ("n", tr.n(layer.unjoined.len() as f64).into()),
                    ("first", first.join("; ").into()),
                ],
            ));
        }
        for repair in &layer.repairs {
            text.push(' ');
            text.push_str(repair);
            text.push('.');
        }
        self.settings.boundaries = Some(path);
        self.view.options.boundaries = Some(Arc::new(layer));
        self.settings_file.dirty = true;
        self.notify(text, false);
        self.prepare();
    }

    /// Sets who made the open boundaries (drawn on the map and in every picture), remembered
    /// for the file; an empty answer asks (again).
    pub(super) fn set_boundary_attribution(&mut self, text: &str) {
        let text = text.trim();
        let Some(layer) = &self.view.options.boundaries else {
            self.view.attribution_prompt = false;
            return;
        };
        if text.is_empty() {
            self.view.attribution_prompt = true;
            return;
        }
        let mut layer = TownshipLayer::clone(layer);
        layer.attribution = Some(text.to_owned());
        if let Some(path) = &layer.path {
            self.settings.boundary_credits.insert(path.clone(), text.to_owned());
        }
        self.view.options.boundaries = Some(Arc::new(layer));
        self.view.attribution_prompt = false;
        self.prepare();
    }

    /// Closes the boundaries: the map draws listed townships as squares again.
    pub(super) fn close_boundaries(&mut self) {
        self.view.options.boundaries = None;
        self.settings.boundaries = None;
        self.view.attribution_prompt = false;
        self.prepare();
    }

    /// The township boundaries open.
    pub fn boundaries(&self) -> Option<&TownshipLayer> {
        self.view.options.boundaries.as_deref()
    }
}
