//! The fonts every view and export uses, loaded once per process and all bundled, so text
//! renders the same on every machine: egui's own, DejaVu Sans (symbols such as ≥, ⚠ and →),
//! Padauk (Myanmar script), the break font (see [`crate::i18n::syllables`]) and the signs font
//! (the restatement's ↻).

use std::sync::OnceLock;

/// DejaVu Sans, bundled so that symbols such as ≥, ⚠ and → render the same on every machine.
const SYMBOL_FONT: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");

/// Padauk (SIL, OFL 1.1), bundled so that Burmese renders without a Myanmar font installed.
const MYANMAR_FONT: &[u8] = include_bytes!("../assets/fonts/Padauk-Regular.ttf");

/// One glyph, U+200A HAIR SPACE with no width: where a Burmese line may break.
const BREAK_FONT: &[u8] = include_bytes!("../assets/fonts/Break.ttf");

/// One glyph, U+21BB ↻ as a ring with an arrowhead: DejaVu Sans draws it much like the Myanmar
/// letter U+100E ဎ, which a Burmese line reads as a letter.
const SIGNS_FONT: &[u8] = include_bytes!("../assets/fonts/Signs.ttf");

/// egui's fonts, with the break font and then the signs font right after each family's first
/// font (so they draw their characters but never set the row height) and the symbol and
/// Myanmar fonts as fallbacks after egui's own. Built once; later calls share the same bytes.
pub fn definitions() -> egui::FontDefinitions {
    static DEFINITIONS: OnceLock<egui::FontDefinitions> = OnceLock::new();
    DEFINITIONS.get_or_init(load).clone()
}

fn load() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    for (name, bytes) in [
        ("symbols", SYMBOL_FONT),
        ("myanmar", MYANMAR_FONT),
        ("break", BREAK_FONT),
        ("signs", SIGNS_FONT),
    ] {
        fonts
            .font_data
            .insert(name.to_owned(), std::sync::Arc::new(egui::FontData::from_static(bytes)));
    }
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        let list = fonts.families.entry(family).or_default();
        // After the first font, which gives the family its row height; before any font that
        // draws U+200A with a width. Monospace's first font (Hack) has its own hair space, so
        // there breaks between syllables keep a sliver of width.
        list.insert(list.len().min(1), "break".to_owned());
        // Before the symbol font, whose ↻ would be read as a Burmese letter.
        list.insert(list.len().min(2), "signs".to_owned());
        list.push("symbols".to_owned());
        list.push("myanmar".to_owned());
    }
    fonts
}

/// Installs [`definitions`] in a context.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_family_has_myanmar_break_and_signs_fonts_and_keeps_its_first() {
        let fonts = definitions();
        let default = egui::FontDefinitions::default();
        for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
            let list = &fonts.families[&family];
            assert_eq!(list.first(), default.families[&family].first(), "row height unchanged");
            for name in ["break", "signs", "symbols", "myanmar"] {
                assert!(list.iter().any(|n| n == name), "{family:?} lacks {name}: {list:?}");
                assert!(fonts.font_data.contains_key(name));
            }
        }
    }

    #[test]
    fn the_restatement_sign_is_drawn_by_the_signs_font() {
        use skrifa::MetadataProvider as _;
        let fonts = definitions();
        let has = |name: &str| {
            fonts.font_data.get(name).is_some_and(|data| {
                skrifa::FontRef::from_index(AsRef::<[u8]>::as_ref(&*data.font), data.index)
                    .is_ok_and(|f| f.charmap().map('↻').is_some())
            })
        };
        let list = &fonts.families[&egui::FontFamily::Proportional];
        assert_eq!(
            list.iter().find(|n| has(n)).map(String::as_str),
            Some("signs"),
            "{list:?}"
        );
        assert!(has("symbols"), "DejaVu Sans has one too, drawn like a Burmese letter");
    }
}
