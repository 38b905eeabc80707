//! The About window (Help ▸ About fieldreport): the version, the program's licence, the bundled
//! fonts and map data with their licences and credits, and the README.

use egui::RichText;

use crate::command::Command;
use crate::state::State;

/// Where the Debian package installs the licence texts of everything it bundles.
const COPYRIGHT_INSTALLED: &str = "/usr/share/doc/fieldreport/copyright";

/// The window, centred over the main one.
pub fn about_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    let tr = state.view.options.tr;
    let mut open = true;
    egui::Window::new(tr.t("about-title"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_width(460.0)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ui.ctx(), |ui| {
            ui.label(RichText::new("fieldreport").heading().strong());
            // In Latin digits, as the stamp on pictures writes it.
            ui.label(tr.f("about-version", &[("version", crate::export::VERSION.into())]));
            ui.label(super::words(ui, &tr.t("about-summary")));
            ui.label(super::words(ui, &tr.t("about-licence")));
            ui.separator();
            ui.label(RichText::new(tr.t("about-fonts")).strong());
            ui.label(super::words(ui, &tr.t("about-font-dejavu")));
            ui.label(super::words(ui, &tr.t("about-font-padauk")));
            ui.separator();
            ui.label(RichText::new(tr.t("about-map")).strong());
            ui.label(super::words(ui, &tr.t("about-map-boundaries")));
            ui.label(super::words(ui, &tr.t("about-map-places")));
            ui.separator();
            ui.label(super::words(
                ui,
                &tr.f("about-licence-texts", &[("path", COPYRIGHT_INSTALLED.into())]),
            ));
            if ui.link(tr.t("about-readme")).clicked() {
                out.push(Command::OpenReadme);
            }
        });
    if !open {
        out.push(Command::ShowAbout(false));
    }
}
