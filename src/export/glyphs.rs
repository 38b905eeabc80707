//! The text of a laid-out picture as shaped glyphs, for the vector formats.
//!
//! egui's galleys keep each glyph's place but not which font drew it nor its glyph id, so each
//! row is shaped again here with the same fonts, the same fallback order (the first font of the
//! family that has the character) and the same shaper (harfrust), and placed where the galley put
//! it. The break marks between Burmese syllables (U+200A) are left out of the written text.

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use egui::epaint::TextShape;
use egui::{Color32, FontFamily, Pos2};
use skrifa::MetadataProvider as _;

/// Where a Burmese line may break; drawn with no width, never written out.
const BREAK_MARK: char = '\u{200A}';

/// One font of the picture's font families.
pub struct Face {
    /// Its name in the font definitions ("Ubuntu-Light", "myanmar", …).
    pub name: String,
    data: Arc<egui::FontData>,
    /// Font units per em.
    pub units_per_em: f32,
    shaper: harfrust::ShaperData,
}

impl std::fmt::Debug for Face {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Face").field("name", &self.name).finish_non_exhaustive()
    }
}

impl Face {
    /// The font file's bytes, shared with egui.
    pub fn blob(&self) -> egui::epaint::text::Blob {
        self.data.font.clone()
    }

    /// Which face of the file.
    pub fn index(&self) -> u32 {
        self.data.index
    }

    fn font(&self) -> Option<skrifa::FontRef<'_>> {
        skrifa::FontRef::from_index(AsRef::<[u8]>::as_ref(&*self.data.font), self.data.index).ok()
    }

    fn has(&self, c: char) -> bool {
        self.font().and_then(|f| f.charmap().map(c)).is_some()
    }

    /// The glyph's outline as SVG path data, in font units with y up; `None` for a glyph
    /// without one (a space).
    pub fn outline(&self, glyph: u32) -> Option<String> {
        let font = self.font()?;
        let outlines = font.outline_glyphs();
        let outline = outlines.get(skrifa::GlyphId::new(glyph))?;
        let mut pen = SvgPen(String::new());
        let settings = skrifa::outline::DrawSettings::unhinted(
            skrifa::instance::Size::unscaled(),
            skrifa::instance::LocationRef::default(),
        );
        outline.draw(settings, &mut pen).ok()?;
        (!pen.0.is_empty()).then_some(pen.0)
    }
}

impl Face {
    /// The font's family name, as its name table gives it.
    pub fn family(&self) -> String {
        self.font()
            .and_then(|f| {
                f.localized_strings(skrifa::string::StringId::FAMILY_NAME)
                    .english_or_first()
                    .map(|s| s.chars().collect::<String>())
            })
            .unwrap_or_else(|| self.name.clone())
    }

    /// A subset of the font that draws `chars` (and keeps `glyphs`): its glyphs, the glyphs its
    /// substitutions reach from them, its character map and layout tables, so that a reader's
    /// own shaper shapes the text as it was shaped here. Hinting is left out.
    pub fn subset(
        &self,
        chars: &std::collections::BTreeSet<char>,
        glyphs: &std::collections::BTreeSet<u32>,
    ) -> Result<Vec<u8>, String> {
        let fail = |e: &dyn std::fmt::Display| format!("the font {} could not be subset: {e}", self.name);
        let font = read_fonts::FontRef::from_index(AsRef::<[u8]>::as_ref(&*self.data.font), self.data.index)
            .map_err(|e| fail(&e))?;
        let list = |items: Vec<String>| items.join(",");
        let gids = skera::populate_gids(&list(glyphs.iter().map(u32::to_string).collect())).map_err(|e| fail(&e))?;
        let unicodes = skera::parse_unicodes(&list(chars.iter().map(|c| format!("{:x}", u32::from(*c))).collect()))
            .map_err(|e| fail(&e))?;
        // As hb-subset's defaults, but the kerning table kept: the shaper here reads it.
        let mut drop = skera::parse_tag_list("").map_err(|e| fail(&e))?;
        drop.extend(skera::DEFAULT_DROP_TABLES.iter().copied().filter(|t| *t != skera::KERN));
        let mut scripts = skera::parse_tag_list("").map_err(|e| fail(&e))?;
        scripts.invert();
        let mut features = skera::parse_tag_list("").map_err(|e| fail(&e))?;
        features.extend(skera::DEFAULT_LAYOUT_FEATURES.iter().copied());
        let names = skera::parse_name_ids("0,1,2,3,4,5,6").map_err(|e| fail(&e))?;
        let languages = skera::parse_name_languages("1033").map_err(|e| fail(&e))?;
        let plan = skera::Plan::new(
            &gids,
            &unicodes,
            &font,
            skera::SubsetFlags::SUBSET_FLAGS_NO_HINTING,
            &drop,
            &scripts,
            &features,
            &names,
            &languages,
        );
        skera::subset_font(&font, &plan).map_err(|e| fail(&e))
    }
}

/// Writes an outline as SVG path data.
struct SvgPen(String);

impl skrifa::outline::OutlinePen for SvgPen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.push_str(&format!("M{} {}", num(x), num(y)));
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.push_str(&format!("L{} {}", num(x), num(y)));
    }
    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.0
            .push_str(&format!("Q{} {} {} {}", num(cx0), num(cy0), num(x), num(y)));
    }
    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.0.push_str(&format!(
            "C{} {} {} {} {} {}",
            num(cx0),
            num(cy0),
            num(cx1),
            num(cy1),
            num(x),
            num(y)
        ));
    }
    fn close(&mut self) {
        self.0.push('Z');
    }
}

/// A number for SVG and path data: at most two decimals, no trailing zeros.
pub fn num(v: f32) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" || s.is_empty() {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

/// The fonts of the pictures ([`crate::fonts::definitions`]) and each family's fallback order.
#[derive(Debug)]
pub struct Faces {
    /// Every font, in the order of the definitions.
    pub faces: Vec<Face>,
    families: Vec<(FontFamily, Vec<usize>)>,
}

impl Faces {
    fn load() -> Self {
        let definitions = crate::fonts::definitions();
        let mut faces = Vec::new();
        let mut names = Vec::new();
        for (name, data) in &definitions.font_data {
            let Ok(font) = skrifa::FontRef::from_index(AsRef::<[u8]>::as_ref(&*data.font), data.index) else {
                continue;
            };
            let units_per_em = f32::from(
                font.metrics(
                    skrifa::instance::Size::unscaled(),
                    skrifa::instance::LocationRef::default(),
                )
                .units_per_em,
            );
            let shaper = harfrust::ShaperData::new(&font);
            names.push(name.clone());
            faces.push(Face {
                name: name.clone(),
                data: data.clone(),
                units_per_em,
                shaper,
            });
        }
        let families = definitions
            .families
            .iter()
            .map(|(family, list)| {
                let order = list.iter().filter_map(|n| names.iter().position(|m| m == n)).collect();
                (family.clone(), order)
            })
            .collect();
        Self { faces, families }
    }

    /// The face that draws `c` in `family`: the first of the family that has it.
    fn resolve(&self, family: &FontFamily, c: char) -> Option<usize> {
        let (_, order) = self.families.iter().find(|(f, _)| f == family)?;
        order.iter().copied().find(|&i| self.faces[i].has(c))
    }
}

/// The fonts, loaded once per process.
pub fn faces() -> &'static Faces {
    static FACES: OnceLock<Faces> = OnceLock::new();
    FACES.get_or_init(Faces::load)
}

/// One glyph of a run.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedGlyph {
    /// Glyph id in the run's face.
    pub id: u32,
    /// Advance in font units.
    pub advance: f32,
    /// Offsets from the pen position, in font units, y up.
    pub offset: (f32, f32),
    /// The bytes of the run's text this glyph's cluster stands for.
    pub text: Range<usize>,
}

/// Glyphs of one face, size and colour on one baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct GlyphRun {
    /// Index into [`Faces::faces`].
    pub face: usize,
    /// Em size in points.
    pub size: f32,
    /// Start of the baseline, in points, before the block's rotation.
    pub origin: Pos2,
    /// Fill colour (premultiplied, as egui's).
    pub color: Color32,
    /// The characters drawn.
    pub text: String,
    /// The glyphs, in order.
    pub glyphs: Vec<PlacedGlyph>,
}

impl GlyphRun {
    /// Points per font unit.
    pub fn scale(&self) -> f32 {
        self.size / faces().faces[self.face].units_per_em
    }
}

/// A text shape as glyph runs.
#[derive(Clone, Debug, PartialEq)]
pub struct TextBlock {
    /// The runs, row by row.
    pub runs: Vec<GlyphRun>,
    /// Rotation in radians, clockwise, about `pivot`.
    pub angle: f32,
    /// The point the block turns about (the text shape's position).
    pub pivot: Pos2,
    /// Every row's text, rows joined by a newline: what a reader copies.
    pub text: String,
}

/// The glyph runs of a text shape, placed as the galley places them.
pub fn text_block(shape: &TextShape) -> TextBlock {
    let galley = &shape.galley;
    let job = &galley.job;
    let faces = faces();
    let mut chars = job.text.char_indices();
    let mut runs = Vec::new();
    let mut lines = Vec::new();
    for placed in &galley.rows {
        let row = &placed.row;
        // Each glyph of a row stands for one character of the text (egui keeps them one to
        // one); an elided row ends in "…" where the text goes on.
        let mut row_chars: Vec<(char, usize, usize)> = Vec::with_capacity(row.glyphs.len());
        for (i, glyph) in row.glyphs.iter().enumerate() {
            match chars.next() {
                Some((byte, c)) if c == glyph.chr || !galley.elided => {
                    row_chars.push((c, section_of(job, byte), i));
                }
                _ => {
                    let section = row_chars.last().map_or(0, |&(_, s, _)| s);
                    row_chars.push((glyph.chr, section, i));
                }
            }
        }
        if placed.ends_with_newline {
            chars.next();
        }
        lines.push(
            row_chars
                .iter()
                .map(|&(c, ..)| c)
                .filter(|&c| c != BREAK_MARK)
                .collect::<String>(),
        );
        let mut start = 0;
        while start < row_chars.len() {
            let section = row_chars[start].1;
            let end = row_chars[start..]
                .iter()
                .position(|&(_, s, _)| s != section)
                .map_or(row_chars.len(), |n| start + n);
            let Some(format) = job.sections.get(section).map(|s| &s.format) else {
                break;
            };
            let piece: Vec<(char, usize)> = row_chars[start..end]
                .iter()
                .filter(|&&(c, ..)| c != BREAK_MARK && c != '\n')
                .map(|&(c, _, i)| (c, i))
                .collect();
            shape_piece(faces, shape, placed, &piece, format, &mut runs);
            start = end;
        }
    }
    TextBlock {
        runs,
        angle: shape.angle,
        pivot: shape.pos,
        text: lines.join("\n"),
    }
}

/// The section of the job holding the byte.
fn section_of(job: &egui::text::LayoutJob, byte: usize) -> usize {
    job.sections
        .iter()
        .position(|s| (s.byte_range.start.0..s.byte_range.end.0).contains(&byte))
        .unwrap_or(0)
}

/// Shapes characters of one row and format (each with its glyph index in the row) into runs of
/// one face each.
fn shape_piece(
    faces: &Faces,
    shape: &TextShape,
    placed: &egui::epaint::text::PlacedRow,
    piece: &[(char, usize)],
    format: &egui::TextFormat,
    runs: &mut Vec<GlyphRun>,
) {
    use unicode_segmentation::UnicodeSegmentation as _;
    let text: String = piece.iter().map(|&(c, _)| c).collect();
    // Byte offset of each character in `text` → its glyph index in the row.
    let glyph_at: Vec<(usize, usize)> = text
        .char_indices()
        .map(|(b, _)| b)
        .zip(piece.iter().map(|&(_, i)| i))
        .collect();
    let mut segments: Vec<(usize, Range<usize>)> = Vec::new();
    for (byte, grapheme) in text.grapheme_indices(true) {
        let Some(base) = grapheme.chars().next() else { continue };
        let Some(face) = faces.resolve(&format.font_id.family, base) else {
            continue;
        };
        match segments.last_mut() {
            Some((f, range)) if *f == face && range.end == byte => range.end = byte + grapheme.len(),
            _ => segments.push((face, byte..byte + grapheme.len())),
        }
    }
    for (face_index, range) in segments {
        let face = &faces.faces[face_index];
        let Some(font) = face.font() else { continue };
        let tweak = &face.data.tweak;
        let size = format.font_id.size * tweak.scale;
        let run_text = &text[range.clone()];
        let shaper = face.shaper.shaper(&font).build();
        let mut buffer = harfrust::UnicodeBuffer::new();
        buffer.push_str(run_text);
        buffer.guess_segment_properties();
        let shaped = shaper.shape(buffer, harfrust::ShapeOptions::new());
        let mut starts: Vec<usize> = shaped.glyph_infos().iter().map(|g| g.cluster as usize).collect();
        starts.push(run_text.len());
        starts.sort_unstable();
        starts.dedup();
        let glyphs = shaped
            .glyph_infos()
            .iter()
            .zip(shaped.glyph_positions())
            .map(|(info, pos)| {
                let start = info.cluster as usize;
                let end = starts.iter().copied().find(|&s| s > start).unwrap_or(run_text.len());
                PlacedGlyph {
                    id: info.glyph_id,
                    advance: pos.x_advance as f32,
                    offset: (pos.x_offset as f32, pos.y_offset as f32),
                    text: start..end,
                }
            })
            .collect();
        let Some(&(_, first)) = glyph_at.iter().find(|(b, _)| *b == range.start) else {
            continue;
        };
        let Some(glyph) = placed.row.glyphs.get(first) else {
            continue;
        };
        let y_offset = format.font_id.size * tweak.scale * tweak.y_offset_factor + tweak.y_offset;
        let origin = shape.pos + placed.pos.to_vec2() + glyph.pos.to_vec2() + egui::vec2(0.0, y_offset);
        runs.push(GlyphRun {
            face: face_index,
            size,
            origin,
            color: run_color(shape, placed, &glyph_at, &range, format),
            text: run_text.to_owned(),
            glyphs,
        });
    }
}

/// The colour a run's glyphs were drawn in: the galley's vertex colour of its first drawn glyph
/// (egui colours text at layout), unless the shape overrides it.
fn run_color(
    shape: &TextShape,
    placed: &egui::epaint::text::PlacedRow,
    glyph_at: &[(usize, usize)],
    range: &Range<usize>,
    format: &egui::TextFormat,
) -> Color32 {
    let mesh = &placed.row.visuals.mesh;
    let from_mesh = glyph_at
        .iter()
        .filter(|(b, _)| range.contains(b))
        .filter_map(|&(_, i)| placed.row.glyphs.get(i))
        .filter(|g| !g.uv_rect.is_nothing())
        .find_map(|g| mesh.vertices.get(g.first_vertex as usize).map(|v| v.color));
    let mut color = shape.override_text_color.or(from_mesh).unwrap_or(format.color);
    if color == Color32::PLACEHOLDER {
        color = shape.fallback_color;
    }
    color.gamma_multiply(shape.opacity_factor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(2.5), "2.5");
        assert_eq!(num(12.3456), "12.35");
    }

    #[test]
    fn burmese_is_drawn_with_the_myanmar_font_and_latin_with_another() {
        let faces = faces();
        let my = faces
            .resolve(&FontFamily::Proportional, 'က')
            .map(|i| faces.faces[i].name.as_str());
        assert_eq!(my, Some("myanmar"));
        let en = faces
            .resolve(&FontFamily::Proportional, 'a')
            .map(|i| faces.faces[i].name.as_str());
        assert_ne!(en, Some("myanmar"));
        assert!(en.is_some());
    }
}
