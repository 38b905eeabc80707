//! What the tests that drive the window share: a harness the size of the window, in a theme,
//! with the app's fonts and no mouse cursor in its pictures; and waiting for background work.
#![allow(dead_code, reason = "each test file uses what it needs of these")]

use std::time::Duration;

use egui_kittest::Harness;
use fieldreport::app::FieldReportApp;
use fieldreport::command::ThemeChoice;

/// The app in a 1280×800 window, drawn in `theme` (the app applies its own theme each frame, so
/// it is told which one the pictures want).
pub fn harness(mut app: FieldReportApp, theme: egui::Theme) -> Harness<'static, FieldReportApp> {
    app.state.view.theme_override = Some(match theme {
        egui::Theme::Light => ThemeChoice::Light,
        egui::Theme::Dark => ThemeChoice::Dark,
    });
    Harness::builder()
        .with_size([1280.0, 800.0])
        .with_theme(theme)
        .with_render_cursor(false)
        .with_max_steps(16)
        .with_context_setup(|ctx| ctx.set_fonts(fieldreport::fonts::definitions()))
        .build_ui_state(|ui, app: &mut FieldReportApp| app.ui(ui), app)
}

/// Steps until background work is over, then settles the window.
pub fn settle(h: &mut Harness<'_, FieldReportApp>) {
    for _ in 0..500 {
        h.step();
        if !h.state().state.is_busy() && h.state().state.jobs.queue.is_empty() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    h.run();
}

/// The names of the open reports, in the order opened.
pub fn report_names(h: &Harness<'_, FieldReportApp>) -> Vec<String> {
    h.state()
        .state
        .docs
        .reports
        .iter()
        .map(|r| r.loaded.name.clone())
        .collect()
}
