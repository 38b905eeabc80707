//! PDF: the picture's marks on one page the picture's size in points, its text as real text in
//! the fonts that drew it (embedded as subsets, so it can be copied and searched, Burmese
//! included), its title and alt text in the document information and XMP, and the report files
//! it was drawn from attached.

use std::collections::HashMap;

use egui::Color32;
use krilla::color::rgb;
use krilla::embed::{AssociationKind, EmbeddedFile, MimeType};
use krilla::geom::{PathBuilder, Point, Transform};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, LineCap, LineJoin, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};

use super::glyphs::faces;
use super::vector::{Clipped, Group, Mark, Provenance, Scene};

/// A file attached to the PDF: an input report as it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attachment {
    /// Its file name.
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

impl Attachment {
    /// The report file a report was read from, when it still holds what was read (its SHA-256
    /// matches); else the report as fieldreport writes it (format 1).
    pub fn of(loaded: &crate::report::dataset::LoadedReport) -> Self {
        let read = loaded
            .path
            .as_ref()
            .and_then(|p| std::fs::read(p).ok())
            .filter(|b| crate::report::dataset::sha256_hex(b) == loaded.sha256);
        let name = loaded
            .name
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or("report.json")
            .to_owned();
        match read {
            Some(bytes) => Self { name, bytes },
            None => Self {
                name: if name.ends_with(".json") {
                    name
                } else {
                    format!("{name}.json")
                },
                bytes: crate::report::format::write::to_json(&loaded.report).into_bytes(),
            },
        }
    }
}

/// Writes the scene as a one-page PDF with its provenance and attachments.
pub fn write(scene: &Scene, about: &Provenance, attachments: &[Attachment]) -> Result<Vec<u8>, String> {
    let mut document = krilla::Document::new();
    {
        let settings =
            PageSettings::from_wh(scene.size.x, scene.size.y).ok_or_else(|| "the picture has no size".to_owned())?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        let mut fonts = HashMap::new();
        for group in &scene.groups {
            group_pdf(group, &mut surface, &mut fonts);
        }
        surface.finish();
        page.finish();
    }
    let mut metadata = Metadata::new()
        .title(clean(&about.title))
        .description(clean(&about.description))
        .creator(about.software.clone())
        .producer(about.software.clone())
        .language(about.language.clone())
        .keywords(about.sources.iter().map(|s| clean(s)).collect());
    if let Some(date) = date_time(&about.time) {
        metadata = metadata.creation_date(date);
    }
    document.set_metadata(metadata);
    for a in attachments {
        let mime = if a.name.ends_with(".csv") {
            "text/csv"
        } else {
            "application/json"
        };
        let sha = about
            .inputs
            .iter()
            .find(|(n, _)| n.ends_with(&a.name))
            .map(|(_, s)| s.as_str());
        document.embed_file(EmbeddedFile {
            path: a.name.clone(),
            mime_type: MimeType::new(mime),
            description: Some(match sha {
                Some(sha) => format!("The report this picture was drawn from (SHA-256 {sha})"),
                None => "The report this picture was drawn from".to_owned(),
            }),
            association_kind: AssociationKind::Data,
            data: a.bytes.clone().into(),
            modification_date: None,
            compress: Some(true),
            location: None,
        });
    }
    document
        .finish()
        .map_err(|e| format!("the PDF could not be written: {e:?}"))
}

/// Text without the break marks between Burmese syllables.
fn clean(s: &str) -> String {
    s.replace('\u{200A}', "")
}

/// `2026-11-25T10:04:05Z` as a PDF date.
fn date_time(time: &str) -> Option<DateTime> {
    let n = |r: std::ops::Range<usize>| time.get(r).and_then(|s| s.parse::<u16>().ok());
    let [y, mo, d, h, mi, s] = [n(0..4)?, n(5..7)?, n(8..10)?, n(11..13)?, n(14..16)?, n(17..19)?];
    let b = |v: u16| u8::try_from(v).ok();
    Some(
        DateTime::new(y)
            .month(b(mo)?)
            .day(b(d)?)
            .hour(b(h)?)
            .minute(b(mi)?)
            .second(b(s)?)
            .utc_offset_hour(0)
            .utc_offset_minute(0),
    )
}

fn group_pdf(group: &Group, surface: &mut Surface<'_>, fonts: &mut HashMap<usize, Font>) {
    for item in &group.marks {
        clipped_pdf(item, surface, fonts);
    }
    for g in &group.groups {
        group_pdf(g, surface, fonts);
    }
}

fn clipped_pdf(item: &Clipped, surface: &mut Surface<'_>, fonts: &mut HashMap<usize, Font>) {
    let clip = item.clip.and_then(|r| {
        let mut pb = PathBuilder::new();
        pb.push_rect(krilla::geom::Rect::from_ltrb(r.min.x, r.min.y, r.max.x, r.max.y)?);
        pb.finish()
    });
    if let Some(clip) = &clip {
        surface.push_clip_path(clip, &FillRule::NonZero);
    }
    mark_pdf(&item.mark, surface, fonts);
    if clip.is_some() {
        surface.pop();
    }
}

fn fill(c: Color32) -> Option<Fill> {
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    (a > 0).then(|| Fill {
        paint: rgb::Color::new(r, g, b).into(),
        opacity: NormalizedF32::new(f32::from(a) / 255.0).unwrap_or(NormalizedF32::ONE),
        rule: FillRule::NonZero,
    })
}

fn stroke((width, c): (f32, Color32)) -> Option<Stroke> {
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    (a > 0 && width > 0.0).then(|| Stroke {
        paint: rgb::Color::new(r, g, b).into(),
        width,
        line_cap: LineCap::Butt,
        line_join: LineJoin::Round,
        opacity: NormalizedF32::new(f32::from(a) / 255.0).unwrap_or(NormalizedF32::ONE),
        ..Stroke::default()
    })
}

fn draw(surface: &mut Surface<'_>, pb: PathBuilder, f: Option<Fill>, s: Option<Stroke>) {
    if f.is_none() && s.is_none() {
        return;
    }
    if let Some(path) = pb.finish() {
        surface.set_fill(f);
        surface.set_stroke(s);
        surface.draw_path(&path);
    }
}

/// A rounded rectangle's path (four quarter circles as cubic curves).
fn rect_path(rect: egui::Rect, radius: f32) -> PathBuilder {
    let mut pb = PathBuilder::new();
    let r = radius.min(rect.width() / 2.0).min(rect.height() / 2.0).max(0.0);
    let (l, t, rr, b) = (rect.min.x, rect.min.y, rect.max.x, rect.max.y);
    let k = r * 0.552_284_8;
    pb.move_to(l + r, t);
    pb.line_to(rr - r, t);
    pb.cubic_to(rr - r + k, t, rr, t + r - k, rr, t + r);
    pb.line_to(rr, b - r);
    pb.cubic_to(rr, b - r + k, rr - r + k, b, rr - r, b);
    pb.line_to(l + r, b);
    pb.cubic_to(l + r - k, b, l, b - r + k, l, b - r);
    pb.line_to(l, t + r);
    pb.cubic_to(l, t + r - k, l + r - k, t, l + r, t);
    pb.close();
    pb
}

fn mark_pdf(mark: &Mark, surface: &mut Surface<'_>, fonts: &mut HashMap<usize, Font>) {
    match mark {
        Mark::Path {
            points,
            closed,
            fill: f,
            stroke: s,
        } => {
            let mut pb = PathBuilder::new();
            for (i, p) in points.iter().enumerate() {
                if i == 0 {
                    pb.move_to(p.x, p.y);
                } else {
                    pb.line_to(p.x, p.y);
                }
            }
            if *closed {
                pb.close();
            }
            draw(surface, pb, if *closed { fill(*f) } else { None }, stroke(*s));
        }
        Mark::Rect {
            rect,
            radius,
            fill: f,
            stroke: s,
        } => draw(surface, rect_path(*rect, *radius), fill(*f), stroke(*s)),
        Mark::Circle {
            center,
            radius,
            fill: f,
            stroke: s,
        } => {
            let rect = egui::Rect::from_center_size(*center, egui::Vec2::splat(radius * 2.0));
            draw(surface, rect_path(rect, *radius), fill(*f), stroke(*s));
        }
        Mark::Triangles { triangles, fill: f } => {
            let mut pb = PathBuilder::new();
            for ring in super::vector::rings(triangles, super::vector::GRID) {
                for (i, p) in ring.iter().enumerate() {
                    if i == 0 {
                        pb.move_to(p.x, p.y);
                    } else {
                        pb.line_to(p.x, p.y);
                    }
                }
                pb.close();
            }
            draw(surface, pb, fill(*f), None);
        }
        Mark::Text(block) => {
            let turned = block.angle != 0.0;
            if turned {
                surface.push_transform(&Transform::from_rotate_at(
                    block.angle.to_degrees(),
                    block.pivot.x,
                    block.pivot.y,
                ));
            }
            for run in &block.runs {
                let Some(font) = font(fonts, run.face) else { continue };
                let upem = faces().faces[run.face].units_per_em;
                let glyphs: Vec<KrillaGlyph> = run
                    .glyphs
                    .iter()
                    .zip(copied_ranges(run))
                    .map(|(g, text_range)| KrillaGlyph {
                        glyph_id: GlyphId::new(g.id),
                        text_range,
                        x_advance: g.advance / upem,
                        x_offset: g.offset.0 / upem,
                        y_offset: g.offset.1 / upem,
                        y_advance: 0.0,
                        location: None,
                    })
                    .collect();
                surface.set_fill(fill(run.color));
                surface.set_stroke(None);
                surface.draw_glyphs(
                    Point::from_xy(run.origin.x, run.origin.y),
                    &glyphs,
                    font,
                    &run.text,
                    run.size,
                    false,
                );
            }
            if turned {
                surface.pop();
            }
        }
    }
}

/// The text each glyph of a run is copied as. A reader places each piece's text over the glyphs
/// it covers and reads a gap between pieces as a space; a mark drawn back under its consonant
/// (as in Burmese) ends its cluster short of the next, so copying cluster by cluster put spaces
/// inside words. A word (up to the spaces around it) with a cluster of several glyphs is
/// therefore one piece, unless it is too long for a reader's character map (60 characters).
fn copied_ranges(run: &super::glyphs::GlyphRun) -> Vec<std::ops::Range<usize>> {
    let text = run.text.as_str();
    let word_of = |at: usize| {
        let start = text[..at].rfind(' ').map_or(0, |i| i + 1);
        let end = text[at..].find(' ').map_or(text.len(), |i| at + i);
        start..end
    };
    let mut whole = std::collections::HashSet::new();
    for pair in run.glyphs.windows(2) {
        if pair[0].text == pair[1].text && !text.get(pair[0].text.clone()).is_some_and(|t| t.contains(' ')) {
            let word = word_of(pair[0].text.start);
            if text[word.clone()].chars().count() <= 60 {
                whole.insert(word.start);
            }
        }
    }
    run.glyphs
        .iter()
        .map(|g| {
            let word = word_of(g.text.start);
            if whole.contains(&word.start) && word.contains(&g.text.start) {
                word
            } else {
                g.text.clone()
            }
        })
        .collect()
}

/// The krilla font of a face, made once per document.
fn font(fonts: &mut HashMap<usize, Font>, face: usize) -> Option<Font> {
    if let Some(f) = fonts.get(&face) {
        return Some(f.clone());
    }
    let f = faces().faces.get(face)?;
    let font = Font::new(f.blob().into(), f.index())?;
    fonts.insert(face, font.clone());
    Some(font)
}
