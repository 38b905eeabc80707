//! The fonts every view and export uses, loaded once per process: egui's own, DejaVu Sans
//! (bundled, so symbols such as ≥, ⚠ and → render the same on every machine) and, when the
//! system has one, a Myanmar font for Burmese names.

use std::sync::OnceLock;

/// DejaVu Sans, bundled so that symbols such as ≥, ⚠ and → render the same on every machine.
const SYMBOL_FONT: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");

/// Where a Myanmar font is looked for on the system, so Burmese names render.
pub const MYANMAR_FONTS: [&str; 3] = [
    "/usr/share/fonts/truetype/padauk/Padauk-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansMyanmar-Regular.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansMyanmar-Regular.ttf",
];

/// egui's fonts plus the bundled symbol font and, when the system has one, a Myanmar font, both
/// as fallbacks after egui's own. Read from disk once; later calls share the same bytes.
pub fn definitions() -> egui::FontDefinitions {
    static DEFINITIONS: OnceLock<egui::FontDefinitions> = OnceLock::new();
    DEFINITIONS.get_or_init(load).clone()
}

fn load() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    let mut extra = vec![("symbols", egui::FontData::from_static(SYMBOL_FONT))];
    if let Some(bytes) = MYANMAR_FONTS.iter().find_map(|p| std::fs::read(p).ok()) {
        extra.push(("myanmar", egui::FontData::from_owned(bytes)));
    }
    for (name, data) in extra {
        fonts.font_data.insert(name.to_owned(), std::sync::Arc::new(data));
        for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
            fonts.families.entry(family).or_default().push(name.to_owned());
        }
    }
    fonts
}

/// Installs [`definitions`] in a context.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
