//! SVG: the picture's marks in named groups (Inkscape layers at the top), its title, alt text
//! and provenance inside.
//!
//! Text is written as `<text>`, one per run of one font, placed where the PNG's text is, in the
//! fonts that drew it, embedded as subsets that keep their character maps and layout tables:
//! a browser or editor shapes each run as it was shaped here, Burmese included, and the words
//! can be searched, copied and edited. Or, for tools that put their own fonts in place of
//! embedded ones, as glyph outlines (each glyph defined once and reused) that look the same
//! everywhere, each text keeping its words in an `aria-label`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use base64::Engine as _;
use egui::{Color32, Rect};

use super::glyphs::{faces, num};
use super::vector::{Clipped, Group, Mark, Provenance, Scene, SvgText};

/// Writes the scene as an SVG document `scale` pixels per point wide and high, its text as
/// `text` says.
pub fn write(scene: &Scene, about: &Provenance, scale: f32, text: SvgText) -> Result<String, String> {
    let mut body = String::new();
    let mut defs = Defs {
        text,
        ..Defs::default()
    };
    for group in &scene.groups {
        group_svg(group, true, &mut defs, &mut body);
    }
    let (w, h) = (scene.size.x, scene.size.y);
    let mut out = String::with_capacity(body.len() + 4096);
    let _ = write!(
        out,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:fr="https://github.com/fieldreport/fieldreport/ns/export/1" width="{}" height="{}" viewBox="0 0 {} {}" role="img" aria-labelledby="title desc" xml:lang="{}">
<title id="title">{}</title>
<desc id="desc">{}</desc>
"#,
        num(w * scale),
        num(h * scale),
        num(w),
        num(h),
        esc(&about.language),
        esc(&about.title),
        esc(&about.description),
    );
    metadata(about, &mut out);
    out.push_str("<defs>\n");
    font_faces(&defs.fonts, &mut out)?;
    for ((face, id), d) in &defs.glyphs {
        let _ = writeln!(out, r#"<path id="g{face}-{id}" d="{d}"/>"#);
    }
    for (i, rect) in defs.clips.iter().enumerate() {
        let _ = writeln!(
            out,
            r#"<clipPath id="clip{i}"><rect x="{}" y="{}" width="{}" height="{}"/></clipPath>"#,
            num(rect.min.x),
            num(rect.min.y),
            num(rect.width()),
            num(rect.height())
        );
    }
    out.push_str("</defs>\n");
    out.push_str(&body);
    out.push_str("</svg>\n");
    Ok(out)
}

/// Glyph outlines, fonts and clip rectangles the body refers to.
#[derive(Default)]
struct Defs {
    text: SvgText,
    glyphs: BTreeMap<(usize, u32), String>,
    missing: BTreeSet<(usize, u32)>,
    /// Each face written as text: the characters and glyphs it draws.
    fonts: BTreeMap<usize, (BTreeSet<char>, BTreeSet<u32>)>,
    clips: Vec<Rect>,
}

/// The family name a face is written under: its own, unless an earlier face has it.
fn family_name(face: usize) -> String {
    let faces = &faces().faces;
    let own = |i: usize| {
        faces[i]
            .family()
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-')
            .collect::<String>()
    };
    let name = own(face);
    if (0..face).any(|i| own(i) == name) || name.is_empty() {
        format!("{name} {face}").trim().to_owned()
    } else {
        name
    }
}

/// A `<style>` with one `@font-face` per face written as text: its subset as a `data:` URL.
fn font_faces(fonts: &BTreeMap<usize, (BTreeSet<char>, BTreeSet<u32>)>, out: &mut String) -> Result<(), String> {
    if fonts.is_empty() {
        return Ok(());
    }
    out.push_str("<style>\n");
    for (&face, (chars, glyphs)) in fonts {
        let Some(f) = faces().faces.get(face) else { continue };
        let subset = f.subset(chars, glyphs)?;
        let _ = writeln!(
            out,
            r#"@font-face{{font-family:"{}";src:url("data:font/ttf;base64,{}")format("truetype")}}"#,
            family_name(face),
            base64::engine::general_purpose::STANDARD.encode(subset)
        );
    }
    out.push_str("</style>\n");
    Ok(())
}

impl Defs {
    /// True when the glyph has an outline (now defined).
    fn glyph(&mut self, face: usize, id: u32) -> bool {
        if self.glyphs.contains_key(&(face, id)) {
            return true;
        }
        if self.missing.contains(&(face, id)) {
            return false;
        }
        match faces().faces.get(face).and_then(|f| f.outline(id)) {
            Some(d) => {
                self.glyphs.insert((face, id), d);
                true
            }
            None => {
                self.missing.insert((face, id));
                false
            }
        }
    }

    fn clip(&mut self, rect: Rect) -> usize {
        if let Some(i) = self.clips.iter().position(|r| *r == rect) {
            return i;
        }
        self.clips.push(rect);
        self.clips.len() - 1
    }
}

/// The provenance as a `<metadata>` block in the fieldreport namespace.
fn metadata(about: &Provenance, out: &mut String) {
    let _ = writeln!(
        out,
        r#"<metadata id="provenance"><fr:export software="{}" exported="{}" language="{}">"#,
        esc(&about.software),
        esc(&about.time),
        esc(&about.language)
    );
    let _ = writeln!(out, "<fr:title>{}</fr:title>", esc(&about.title));
    let _ = writeln!(out, "<fr:description>{}</fr:description>", esc(&about.description));
    for s in &about.sources {
        let _ = writeln!(out, "<fr:source>{}</fr:source>", esc(s));
    }
    for c in &about.claims {
        let _ = writeln!(out, "<fr:claim>{}</fr:claim>", esc(c));
    }
    for n in &about.notes {
        let _ = writeln!(out, "<fr:note>{}</fr:note>", esc(n));
    }
    for (name, sha) in &about.inputs {
        let _ = writeln!(out, r#"<fr:input name="{}" sha256="{}"/>"#, esc(name), esc(sha));
    }
    out.push_str("</fr:export></metadata>\n");
}

fn group_svg(group: &Group, layer: bool, defs: &mut Defs, out: &mut String) {
    let _ = write!(
        out,
        r#"<g id="{}" inkscape:label="{}""#,
        esc(&group.id),
        esc(&group.label)
    );
    if layer {
        out.push_str(r#" inkscape:groupmode="layer""#);
    }
    out.push_str(">\n");
    for mark in &group.marks {
        clipped_svg(mark, defs, out);
    }
    for g in &group.groups {
        group_svg(g, false, defs, out);
    }
    out.push_str("</g>\n");
}

fn clipped_svg(item: &Clipped, defs: &mut Defs, out: &mut String) {
    if let Some(clip) = item.clip {
        let i = defs.clip(clip);
        let _ = write!(out, r#"<g clip-path="url(#clip{i})">"#);
        mark_svg(&item.mark, defs, out);
        out.push_str("</g>\n");
    } else {
        mark_svg(&item.mark, defs, out);
    }
}

/// ` fill="#rrggbb" fill-opacity="a"` (or `fill="none"`), and the same for the stroke.
fn paint(fill: Color32, stroke: (f32, Color32)) -> String {
    let mut s = String::new();
    if fill.a() == 0 {
        s.push_str(r#" fill="none""#);
    } else {
        let (hex, a) = color(fill);
        let _ = write!(s, r#" fill="{hex}""#);
        if a < 1.0 {
            let _ = write!(s, r#" fill-opacity="{}""#, num(a));
        }
    }
    if stroke.0 > 0.0 && stroke.1.a() > 0 {
        let (hex, a) = color(stroke.1);
        let _ = write!(s, r#" stroke="{hex}" stroke-width="{}""#, num(stroke.0));
        if a < 1.0 {
            let _ = write!(s, r#" stroke-opacity="{}""#, num(a));
        }
    }
    s
}

/// A colour as `#rrggbb` and its opacity (egui's colours are premultiplied).
pub fn color(c: Color32) -> (String, f32) {
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    (format!("#{r:02x}{g:02x}{b:02x}"), f32::from(a) / 255.0)
}

fn mark_svg(mark: &Mark, defs: &mut Defs, out: &mut String) {
    match mark {
        Mark::Path {
            points,
            closed,
            fill,
            stroke,
        } => {
            if points.len() < 2 {
                return;
            }
            let mut d = String::new();
            for (i, p) in points.iter().enumerate() {
                let _ = write!(d, "{}{} {}", if i == 0 { 'M' } else { 'L' }, num(p.x), num(p.y));
            }
            if *closed {
                d.push('Z');
            }
            let fill = if *closed { *fill } else { Color32::TRANSPARENT };
            let _ = writeln!(out, r#"<path d="{d}"{}/>"#, paint(fill, *stroke));
        }
        Mark::Rect {
            rect,
            radius,
            fill,
            stroke,
        } => {
            let _ = write!(
                out,
                r#"<rect x="{}" y="{}" width="{}" height="{}""#,
                num(rect.min.x),
                num(rect.min.y),
                num(rect.width().max(0.0)),
                num(rect.height().max(0.0))
            );
            if *radius > 0.0 {
                let _ = write!(out, r#" rx="{}""#, num(*radius));
            }
            let _ = writeln!(out, "{}/>", paint(*fill, *stroke));
        }
        Mark::Circle {
            center,
            radius,
            fill,
            stroke,
        } => {
            let _ = writeln!(
                out,
                r#"<circle cx="{}" cy="{}" r="{}"{}/>"#,
                num(center.x),
                num(center.y),
                num(*radius),
                paint(*fill, *stroke)
            );
        }
        Mark::Triangles { triangles, fill } => {
            let mut d = String::new();
            // Each ring from its first point, then step by step: short numbers on the grid.
            for ring in super::vector::rings(triangles, super::vector::GRID) {
                let Some(first) = ring.first() else { continue };
                let _ = write!(d, "M{} {}l", num(first.x), num(first.y));
                let mut at = *first;
                for p in &ring[1..] {
                    for v in [p.x - at.x, p.y - at.y] {
                        let v = num(v);
                        if !d.ends_with('l') && !v.starts_with('-') {
                            d.push(' ');
                        }
                        d.push_str(&v);
                    }
                    at = *p;
                }
                d.push('Z');
            }
            let _ = writeln!(out, r#"<path d="{d}"{}/>"#, paint(*fill, (0.0, Color32::TRANSPARENT)));
        }
        Mark::Text(block) if defs.text == SvgText::Text => text_svg(block, defs, out),
        Mark::Text(block) => {
            let _ = write!(out, r#"<g aria-label="{}""#, esc(&block.text));
            rotation(block, out);
            out.push('>');
            for run in &block.runs {
                let (hex, a) = color(run.color);
                let _ = write!(out, r#"<g fill="{hex}""#);
                if a < 1.0 {
                    let _ = write!(out, r#" fill-opacity="{}""#, num(a));
                }
                out.push('>');
                let s = run.scale();
                let mut x = run.origin.x;
                for g in &run.glyphs {
                    let gx = x + g.offset.0 * s;
                    let gy = run.origin.y - g.offset.1 * s;
                    if defs.glyph(run.face, g.id) {
                        let _ = write!(
                            out,
                            r##"<use href="#g{}-{}" transform="matrix({} 0 0 {} {} {})"/>"##,
                            run.face,
                            g.id,
                            fmt_scale(s),
                            fmt_scale(-s),
                            num(gx),
                            num(gy)
                        );
                    }
                    x += g.advance * s;
                }
                out.push_str("</g>");
            }
            out.push_str("</g>\n");
        }
    }
}

/// ` transform="rotate(…)"` for a turned block.
fn rotation(block: &super::glyphs::TextBlock, out: &mut String) {
    if block.angle != 0.0 {
        let _ = write!(
            out,
            r#" transform="rotate({} {} {})""#,
            num(block.angle.to_degrees()),
            num(block.pivot.x),
            num(block.pivot.y)
        );
    }
}

/// A text block as one `<text>` per run, where the run starts, in its face's family; the face
/// and the run's characters and glyphs noted for the embedded subset.
fn text_svg(block: &super::glyphs::TextBlock, defs: &mut Defs, out: &mut String) {
    let turned = block.angle != 0.0;
    if turned {
        out.push_str("<g");
        rotation(block, out);
        out.push('>');
    }
    for run in &block.runs {
        if run.text.trim().is_empty() {
            continue;
        }
        let (chars, glyphs) = defs.fonts.entry(run.face).or_default();
        chars.extend(run.text.chars());
        glyphs.extend(run.glyphs.iter().map(|g| g.id));
        let generic = if faces().faces[run.face].name.contains("Hack") {
            "monospace"
        } else {
            "sans-serif"
        };
        let (hex, a) = color(run.color);
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" font-family="'{}', {generic}" font-size="{}" fill="{hex}""#,
            num(run.origin.x),
            num(run.origin.y),
            family_name(run.face),
            num(run.size),
        );
        if a < 1.0 {
            let _ = write!(out, r#" fill-opacity="{}""#, num(a));
        }
        let _ = write!(out, r#" xml:space="preserve">{}</text>"#, esc(&run.text));
    }
    if turned {
        out.push_str("</g>");
    }
    out.push('\n');
}

/// A glyph scale (points per font unit, about 0.01) with enough digits.
fn fmt_scale(s: f32) -> String {
    let t = format!("{s:.6}");
    t.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// Text escaped for XML, the break marks between Burmese syllables left out.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\u{200A}' => {}
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_drops_break_marks() {
        assert_eq!(esc("a<b & \"c\"\u{200A}d"), "a&lt;b &amp; &quot;c&quot;d");
    }

    #[test]
    fn colours_are_unmultiplied() {
        assert_eq!(color(Color32::from_rgb(255, 0, 16)), ("#ff0010".to_owned(), 1.0));
        let (_, a) = color(Color32::from_rgba_unmultiplied(10, 20, 30, 128));
        assert!((a - 0.5).abs() < 0.01);
    }
}
