//! The picture as vector marks, for SVG and PDF: the same egui layout the PNG is rendered from
//! (the shapes of the last pass, text as galleys), with no GPU, sorted into named groups a
//! designer can edit (title, plot area, one group per series, labels, axes, legend, caption,
//! stamp; the map's layers).

use egui::epaint::ClippedShape;
use egui::{Color32, Pos2, Rect, Shape, Vec2};

use super::glyphs::{self, TextBlock};
use super::{ExportSize, Picture};
use crate::charts::ChartKind;

/// Where the parts of a picture were laid out, in points.
#[derive(Clone, Debug, PartialEq)]
pub struct Regions {
    /// The title's line.
    pub title: Rect,
    /// The chart (or map) with its axes and legend.
    pub chart: Rect,
    /// Each caption line; the last is the stamp.
    pub caption: Vec<Rect>,
}

impl Default for Regions {
    fn default() -> Self {
        Self {
            title: Rect::NOTHING,
            chart: Rect::NOTHING,
            caption: Vec::new(),
        }
    }
}

/// One mark, in points.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A polyline or polygon.
    Path {
        /// Its corners.
        points: Vec<Pos2>,
        /// Closed (a polygon) or not.
        closed: bool,
        /// Fill (transparent for none).
        fill: Color32,
        /// Outline width and colour (zero width for none).
        stroke: (f32, Color32),
    },
    /// A rectangle, maybe rounded.
    Rect {
        /// Where.
        rect: Rect,
        /// Corner radius.
        radius: f32,
        /// Fill.
        fill: Color32,
        /// Outline, centred on the rectangle's edge.
        stroke: (f32, Color32),
    },
    /// A circle.
    Circle {
        /// Centre.
        center: Pos2,
        /// Radius.
        radius: f32,
        /// Fill.
        fill: Color32,
        /// Outline.
        stroke: (f32, Color32),
    },
    /// Triangles of one colour, filled as one shape (a mesh egui tessellated ahead).
    Triangles {
        /// The triangles' corners.
        triangles: Vec<[Pos2; 3]>,
        /// Fill.
        fill: Color32,
    },
    /// Text, as shaped glyphs.
    Text(TextBlock),
}

/// A mark and the rectangle it is clipped to, if it reaches outside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Clipped {
    /// The clip, when it cuts the mark.
    pub clip: Option<Rect>,
    /// The mark.
    pub mark: Mark,
}

/// A named group of marks or groups.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// Unique id saying what it is: `title`, `plot-area`, `series-killed`, `stamp`, …
    pub id: String,
    /// The name shown to a designer (a series' own name, in its language).
    pub label: String,
    /// Marks, in drawing order.
    pub marks: Vec<Clipped>,
    /// Groups inside, drawn after the marks.
    pub groups: Vec<Group>,
}

impl Group {
    fn new(id: &str, label: &str) -> Self {
        Self {
            id: id.to_owned(),
            label: label.to_owned(),
            marks: Vec::new(),
            groups: Vec::new(),
        }
    }

    /// Every group id, depth first.
    pub fn ids(&self) -> Vec<String> {
        let mut out = vec![self.id.clone()];
        for g in &self.groups {
            out.extend(g.ids());
        }
        out
    }
}

/// The picture as vector marks.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// Size in points.
    pub size: Vec2,
    /// The top-level groups: title, chart, caption, stamp.
    pub groups: Vec<Group>,
}

/// Runs `ui` until its sizes settle, as the offscreen renderer does, and returns the shapes of
/// the last pass. No GPU is needed: nothing is tessellated.
pub fn lay_out(
    size_pts: Vec2,
    scale: f32,
    setup_ctx: impl FnOnce(&egui::Context),
    mut ui: impl FnMut(&mut egui::Ui),
) -> Vec<ClippedShape> {
    let ctx = egui::Context::default();
    setup_ctx(&ctx);
    let mut raw = egui::RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, size_pts)),
        ..Default::default()
    };
    if let Some(viewport) = raw.viewports.get_mut(&egui::ViewportId::ROOT) {
        viewport.native_pixels_per_point = Some(scale);
    }
    let mut out = egui::FullOutput::default();
    for _ in 0..3 {
        // The glyph atlas is for pixels: the vectors draw glyphs from the fonts themselves.
        out.textures_delta.clear();
        out = ctx.run_ui(raw.clone(), &mut ui);
    }
    out.textures_delta.clear();
    out.shapes
}

impl Picture {
    /// The picture as vector marks at a size, laid out as [`Picture::render`] lays it out.
    pub fn scene(&self, size: ExportSize) -> Result<Scene, String> {
        size.validate()?;
        let dark = size.dark;
        let regions = std::cell::RefCell::new(Regions::default());
        let shapes = lay_out(
            egui::vec2(size.width as f32, size.height as f32),
            size.scale,
            move |ctx| {
                crate::fonts::install(ctx);
                ctx.set_theme(if dark { egui::Theme::Dark } else { egui::Theme::Light });
                // Meshes a chart tessellates itself (the map's land and borders) then come
                // without the soft edges that stand in for anti-aliasing in pixels.
                ctx.tessellation_options_mut(|o| o.feathering = false);
            },
            |ui| {
                let (_, r) = self.draw_regions(ui);
                *regions.borrow_mut() = r;
            },
        );
        let regions = regions.into_inner();
        Ok(Scene {
            size: egui::vec2(size.width as f32, size.height as f32),
            groups: self.sort(&shapes, &regions),
        })
    }

    /// Sorts the shapes into the picture's groups, keeping their drawing order.
    fn sort(&self, shapes: &[ClippedShape], regions: &Regions) -> Vec<Group> {
        let mut background = Group::new("background", "background");
        let mut title = Group::new("title", self.title());
        let mut chart: Vec<(String, String, Group)> = Vec::new();
        let mut caption = Group::new("caption", "caption");
        let mut stamp = Group::new("stamp", "stamp");
        let stamp_rect = regions.caption.last().copied();
        let plot_clip = plot_clip(shapes, regions.chart);
        let legend = self.chart.legend();
        let map = self.chart.kind() == ChartKind::Map;
        let mut mesh_runs = 0;
        for (i, clipped) in shapes.iter().enumerate() {
            let mut marks = Vec::new();
            marks_of(&clipped.shape, &mut marks);
            let bounds = clipped.shape.visual_bounding_rect();
            let center = bounds.center();
            for mark in marks {
                let clip = (!clipped.clip_rect.contains_rect(bounds.shrink(0.5))).then_some(clipped.clip_rect);
                let item = Clipped { clip, mark };
                let is_text = matches!(item.mark, Mark::Text(_));
                if !bounds.is_finite() || bounds.width() >= regions.chart.width() && !is_text && i < 2 {
                    background.marks.push(item);
                } else if is_text && regions.title.contains(center) {
                    title.marks.push(item);
                } else if is_text && stamp_rect.is_some_and(|r| r.contains(center)) {
                    stamp.marks.push(item);
                } else if is_text && regions.caption.iter().any(|r| r.contains(center)) {
                    caption.marks.push(item);
                } else {
                    let (id, label) = if map {
                        if matches!(item.mark, Mark::Triangles { .. }) {
                            mesh_runs += 1;
                        }
                        map_layer(&item, &clipped.shape, plot_clip, mesh_runs)
                    } else {
                        chart_layer(&item, shapes, i, plot_clip, &legend)
                    };
                    match chart.last_mut() {
                        Some((last_id, _, group)) if *last_id == id => group.marks.push(item),
                        _ => {
                            let mut group = Group::new(&id, &label);
                            group.marks.push(item);
                            chart.push((id, label, group));
                        }
                    }
                }
            }
        }
        let mut chart_group = Group::new(if map { "map" } else { "chart" }, self.chart.kind().key());
        let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for (id, _, mut group) in chart {
            let n = seen.entry(id.clone()).or_insert(0);
            *n += 1;
            if *n > 1 {
                group.id = format!("{id}-{n}");
            }
            chart_group.groups.push(group);
        }
        vec![background, title, chart_group, caption, stamp]
            .into_iter()
            .filter(|g| !g.marks.is_empty() || !g.groups.is_empty())
            .collect()
    }
}

/// The plot's frame: the smallest clip rectangle inside the chart that is not the chart's own.
fn plot_clip(shapes: &[ClippedShape], chart: Rect) -> Option<Rect> {
    shapes
        .iter()
        .map(|s| s.clip_rect)
        .filter(|c| {
            chart.expand(1.0).contains_rect(*c) && c.area() < chart.area() * 0.98 && c.area() > chart.area() * 0.2
        })
        .min_by(|a, b| a.area().total_cmp(&b.area()))
}

/// The group of a chart's mark: a series (by its colour), labels, axes, legend or plot area.
fn chart_layer(
    item: &Clipped,
    shapes: &[ClippedShape],
    index: usize,
    plot: Option<Rect>,
    legend: &[String],
) -> (String, String) {
    let inside = |c: Rect| plot.is_some_and(|p| p == c);
    let clip = shapes[index].clip_rect;
    if let Mark::Text(block) = &item.mark {
        let text = block.text.trim();
        if legend
            .iter()
            .any(|l| !l.is_empty() && (text == l || text.starts_with(l.as_str())))
        {
            return ("legend".to_owned(), "legend".to_owned());
        }
        return if inside(clip) {
            ("labels".to_owned(), "labels".to_owned())
        } else {
            ("axes".to_owned(), "axes".to_owned())
        };
    }
    // A small swatch just before a legend entry's name belongs to the legend.
    let small = shapes[index].shape.visual_bounding_rect().height() < 24.0;
    let next_text = shapes[index + 1..].iter().take(3).find_map(|s| match &s.shape {
        Shape::Text(t) => Some(t.galley.job.text.trim().to_owned()),
        _ => None,
    });
    if small && next_text.is_some_and(|t| legend.iter().any(|l| !l.is_empty() && t.starts_with(l.as_str()))) {
        return ("legend".to_owned(), "legend".to_owned());
    }
    if !inside(clip) {
        return ("axes".to_owned(), "axes".to_owned());
    }
    let fill = match &item.mark {
        Mark::Path { fill, closed: true, .. } | Mark::Rect { fill, .. } | Mark::Circle { fill, .. } => *fill,
        _ => Color32::TRANSPARENT,
    };
    if fill.a() == 0 {
        return ("plot-area".to_owned(), "plot area".to_owned());
    }
    let opaque = |c: Color32| {
        let [r, g, b, _] = c.to_srgba_unmultiplied();
        [r, g, b]
    };
    let [r, g, b] = opaque(fill);
    if let Some(name) = legend
        .iter()
        .find(|l| opaque(crate::charts::marks::category_color(l)) == [r, g, b])
    {
        return (format!("series-{}", slug(name, [r, g, b])), name.clone());
    }
    let area = shapes[index].shape.visual_bounding_rect().area();
    if plot.is_some_and(|p| area > p.area() * 0.5) {
        return ("plot-area".to_owned(), "plot area".to_owned());
    }
    let hex = format!("{r:02x}{g:02x}{b:02x}");
    (format!("series-{hex}"), format!("series #{hex}"))
}

/// The layer of a map's mark: sea, land, borders, township dots, listed townships, towns, labels,
/// attribution.
/// The map's own mesh holds, in order, the sea, the neighbouring countries, Myanmar's states
/// and regions, and the borders: `mesh_runs` counts its runs of one colour so far.
fn map_layer(item: &Clipped, shape: &Shape, plot: Option<Rect>, mesh_runs: usize) -> (String, String) {
    let name = |s: &str| (s.to_owned(), s.replace('-', " "));
    let area = shape.visual_bounding_rect().area();
    match &item.mark {
        Mark::Text(block) => {
            if block.text.contains('©') || block.text.contains("MIMU") || block.text.contains("Natural Earth") {
                name("attribution")
            } else {
                name("labels")
            }
        }
        Mark::Triangles { .. } => match mesh_runs {
            1 => name("sea"),
            2 => name("neighbours"),
            3 => name("land"),
            _ => name("borders"),
        },
        Mark::Rect { .. } if plot.is_some_and(|p| area > p.area() * 0.5) => name("sea"),
        // Listed townships' squares are the map's only square-cornered rectangles.
        Mark::Rect { radius, .. } if *radius == 0.0 => name("townships"),
        Mark::Rect { .. } => name("label-plates"),
        Mark::Circle { radius, .. } if *radius < 2.5 => name("township-dots"),
        Mark::Circle { .. } => name("towns"),
        Mark::Path { closed: true, fill, .. } if fill.a() > 0 => name("land"),
        Mark::Path { .. } => name("borders"),
    }
}

/// An id-safe form of a name; the colour where the name has no Latin letters.
fn slug(name: &str, rgb: [u8; 3]) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let s = s.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-");
    if s.is_empty() {
        format!("{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
    } else {
        s
    }
}

/// The marks of an egui shape. Images and paint callbacks (which pictures do not use) give none.
pub fn marks_of(shape: &Shape, out: &mut Vec<Mark>) {
    let solid = |s: egui::Stroke| (if s.color.a() == 0 { 0.0 } else { s.width }, s.color);
    match shape {
        Shape::Noop | Shape::Callback(_) => {}
        Shape::Vec(shapes) => shapes.iter().for_each(|s| marks_of(s, out)),
        Shape::Circle(c) => out.push(Mark::Circle {
            center: c.center,
            radius: c.radius,
            fill: c.fill,
            stroke: solid(c.stroke),
        }),
        Shape::Ellipse(e) => {
            let points = (0..64)
                .map(|i| {
                    let t = i as f32 / 64.0 * std::f32::consts::TAU;
                    e.center + egui::vec2(e.radius.x * t.cos(), e.radius.y * t.sin())
                })
                .collect();
            out.push(Mark::Path {
                points,
                closed: true,
                fill: e.fill,
                stroke: solid(e.stroke),
            });
        }
        Shape::LineSegment { points, stroke } => out.push(Mark::Path {
            points: points.to_vec(),
            closed: false,
            fill: Color32::TRANSPARENT,
            stroke: solid(*stroke),
        }),
        Shape::Path(p) => {
            let color = match p.stroke.color {
                egui::epaint::ColorMode::Solid(c) => c,
                egui::epaint::ColorMode::UV(_) => Color32::GRAY,
            };
            out.push(Mark::Path {
                points: p.points.clone(),
                closed: p.closed,
                fill: p.fill,
                stroke: (if color.a() == 0 { 0.0 } else { p.stroke.width }, color),
            });
        }
        Shape::Rect(r) => {
            let w = r.stroke.width;
            let rect = match r.stroke_kind {
                egui::StrokeKind::Inside => r.rect.shrink(w / 2.0),
                egui::StrokeKind::Middle => r.rect,
                egui::StrokeKind::Outside => r.rect.expand(w / 2.0),
            };
            let cr = r.corner_radius;
            let radius = f32::from(cr.nw.max(cr.ne).max(cr.sw).max(cr.se));
            // The fill covers the shape's own rectangle; the outline is centred where egui puts it.
            if r.fill.a() > 0 {
                out.push(Mark::Rect {
                    rect: r.rect,
                    radius,
                    fill: r.fill,
                    stroke: (0.0, Color32::TRANSPARENT),
                });
            }
            if w > 0.0 && r.stroke.color.a() > 0 {
                out.push(Mark::Rect {
                    rect,
                    radius,
                    fill: Color32::TRANSPARENT,
                    stroke: solid(r.stroke),
                });
            }
        }
        Shape::Text(t) => out.push(Mark::Text(glyphs::text_block(t))),
        Shape::Mesh(mesh) => {
            if mesh.texture_id != egui::TextureId::default() {
                return;
            }
            // One mark per run of triangles of one colour (the vectors are laid out without
            // feathering, so a mesh's triangles are each of one colour).
            for tri in mesh.indices.chunks_exact(3) {
                let v: Vec<_> = tri.iter().filter_map(|&i| mesh.vertices.get(i as usize)).collect();
                let [a, b, c] = v.as_slice() else { continue };
                if a.color.a() == 0 {
                    continue;
                }
                let corners = [a.pos, b.pos, c.pos];
                match out.last_mut() {
                    Some(Mark::Triangles { triangles, fill }) if *fill == a.color => triangles.push(corners),
                    _ => out.push(Mark::Triangles {
                        triangles: vec![corners],
                        fill: a.color,
                    }),
                }
            }
        }
        Shape::QuadraticBezier(q) => out.push(Mark::Path {
            points: q.flatten(None),
            closed: q.closed,
            fill: q.fill,
            stroke: match q.stroke.color {
                egui::epaint::ColorMode::Solid(c) => (q.stroke.width, c),
                egui::epaint::ColorMode::UV(_) => (q.stroke.width, Color32::GRAY),
            },
        }),
        Shape::CubicBezier(c) => out.push(Mark::Path {
            points: c.flatten(None),
            closed: c.closed,
            fill: c.fill,
            stroke: match c.stroke.color {
                egui::epaint::ColorMode::Solid(col) => (c.stroke.width, col),
                egui::epaint::ColorMode::UV(_) => (c.stroke.width, Color32::GRAY),
            },
        }),
        Shape::Band(band) => {
            let mut points: Vec<Pos2> = band.points.iter().map(|p| egui::pos2(p.x, p.y.min)).collect();
            points.extend(band.points.iter().rev().map(|p| egui::pos2(p.x, p.y.max)));
            out.push(Mark::Path {
                points,
                closed: true,
                fill: band.fill,
                stroke: (0.0, Color32::TRANSPARENT),
            });
        }
    }
}

/// What a vector picture says about itself: title, alt text, sources, claims, notes, inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct Provenance {
    /// The chart's title.
    pub title: String,
    /// The alt text.
    pub description: String,
    /// The caption's sources.
    pub sources: Vec<String>,
    /// Whose figures these are.
    pub claims: Vec<String>,
    /// The caption's notes.
    pub notes: Vec<String>,
    /// (file name, SHA-256) of each input.
    pub inputs: Vec<(String, String)>,
    /// `fieldreport 0.1.0`.
    pub software: String,
    /// Export time, RFC 3339 in UTC.
    pub time: String,
    /// The picture's language tag (`en`, `my`).
    pub language: String,
}

impl Picture {
    /// What the vector formats carry about the picture.
    pub fn provenance(&self) -> Provenance {
        let caption = self.chart.caption();
        Provenance {
            title: self.title().to_owned(),
            description: self.alt_text.clone(),
            sources: caption.sources.clone(),
            claims: caption.claims.clone(),
            notes: caption.notes.clone(),
            inputs: self.stamp.inputs.clone(),
            software: format!("fieldreport {}", super::VERSION),
            time: self.stamp.time.clone(),
            language: self.options.tr.lang.code().to_owned(),
        }
    }
}

/// How an SVG writes its text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum SvgText {
    /// `<text>` a designer can edit and a reader can search, in the fonts it uses, embedded as
    /// subsets.
    #[default]
    Text,
    /// Glyph outlines: the same in every tool, also those that put their own fonts in place of
    /// embedded ones.
    Outlines,
}

impl SvgText {
    /// Both, as offered.
    pub const ALL: [Self; 2] = [Self::Text, Self::Outlines];

    /// The word on the command line: `text`, `outlines`.
    pub fn key(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Outlines => "outlines",
        }
    }

    /// The choice a word names.
    pub fn from_key(text: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|t| t.key().eq_ignore_ascii_case(text.trim()))
    }
}

/// The file formats a picture is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum PictureFormat {
    /// Pixels, rendered offscreen.
    #[default]
    Png,
    /// Vectors, text as text in embedded fonts or as outlines.
    Svg,
    /// Vectors, text as text in embedded fonts, the reports attached.
    Pdf,
}

impl PictureFormat {
    /// Every format, as offered.
    pub const ALL: [Self; 3] = [Self::Png, Self::Svg, Self::Pdf];

    /// The file extension: `png`, `svg`, `pdf`.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
            Self::Pdf => "pdf",
        }
    }

    /// The format of an extension (`png`, `svg`, `pdf`, any case).
    pub fn from_extension(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.extension().eq_ignore_ascii_case(text))
    }
}

impl Picture {
    /// The picture's bytes in a format; an SVG writes its text as `text` says, a PDF carries
    /// `attachments`.
    pub fn encode(
        &self,
        format: PictureFormat,
        size: ExportSize,
        text: SvgText,
        attachments: &[super::pdf::Attachment],
    ) -> Result<Vec<u8>, String> {
        match format {
            PictureFormat::Png => self.png(size),
            PictureFormat::Svg => Ok(self.svg(size, text)?.into_bytes()),
            PictureFormat::Pdf => self.pdf(size, attachments),
        }
    }

    /// The picture as SVG, its text as `text` says.
    pub fn svg(&self, size: ExportSize, text: SvgText) -> Result<String, String> {
        let scene = self.scene(size)?;
        super::svg::write(&scene, &self.provenance(), size.scale, text)
    }

    /// The picture as PDF, with the given report files attached.
    pub fn pdf(&self, size: ExportSize, attachments: &[super::pdf::Attachment]) -> Result<Vec<u8>, String> {
        let scene = self.scene(size)?;
        super::pdf::write(&scene, &self.provenance(), attachments)
    }
}

/// The grid, in points, filled areas of many triangles are outlined on: a tenth of a point,
/// finer than a pixel at the largest export scale.
pub const GRID: f32 = 0.1;

/// A point on a grid of `grid` points, as whole steps.
type GridPoint = (i32, i32);

/// The outline of triangles of one colour as closed rings whose filled area (non-zero rule) is
/// the triangles' union: each triangle turned counter-clockwise, the edges two triangles share
/// cancelled, the rest joined end to end. Points are put on a grid of `grid` points (what the
/// picture needs), and a point less than `grid` off the line between its neighbours is left
/// out. A map's land, a few thousand triangles, becomes its coastline.
pub fn rings(triangles: &[[Pos2; 3]], grid: f32) -> Vec<Vec<Pos2>> {
    use std::collections::{BTreeMap, HashMap};
    let key = |p: Pos2| -> GridPoint { ((p.x / grid).round() as i32, (p.y / grid).round() as i32) };
    // Each undirected edge's count, positive from its smaller end to its larger.
    let mut net: HashMap<(GridPoint, GridPoint), i32> = HashMap::with_capacity(triangles.len() * 3);
    for [a, b, c] in triangles {
        let (a, mut b, mut c) = (key(*a), key(*b), key(*c));
        let cross = i64::from(b.0 - a.0) * i64::from(c.1 - a.1) - i64::from(b.1 - a.1) * i64::from(c.0 - a.0);
        if cross == 0 {
            continue;
        }
        if cross < 0 {
            std::mem::swap(&mut b, &mut c);
        }
        for (u, v) in [(a, b), (b, c), (c, a)] {
            let (k, d) = if u < v { ((u, v), 1) } else { ((v, u), -1) };
            *net.entry(k).or_insert(0) += d;
        }
    }
    let mut out: BTreeMap<GridPoint, Vec<GridPoint>> = BTreeMap::new();
    for ((u, v), n) in net {
        let (from, to) = if n > 0 { (u, v) } else { (v, u) };
        for _ in 0..n.unsigned_abs() {
            out.entry(from).or_default().push(to);
        }
    }
    for targets in out.values_mut() {
        targets.sort_unstable();
    }
    let mut rings = Vec::new();
    let starts: Vec<GridPoint> = out.keys().copied().collect();
    for start in starts {
        while out.get(&start).is_some_and(|t| !t.is_empty()) {
            let mut ring = vec![start];
            let mut at = start;
            while let Some(next) = out.get_mut(&at).and_then(Vec::pop) {
                if next == start {
                    break;
                }
                ring.push(next);
                at = next;
            }
            let ring = simplified(&ring);
            if ring.len() >= 3 {
                rings.push(
                    ring.iter()
                        .map(|&(x, y)| egui::pos2(x as f32 * grid, y as f32 * grid))
                        .collect(),
                );
            }
        }
    }
    rings
}

/// A closed ring without the points that lie less than one grid step off the straight line
/// that replaces them (at most 64 in a row, so the work stays linear).
fn simplified(ring: &[GridPoint]) -> Vec<GridPoint> {
    let off = |a: GridPoint, b: GridPoint, p: GridPoint| {
        let (dx, dy) = (f64::from(b.0 - a.0), f64::from(b.1 - a.1));
        let len = dx.hypot(dy);
        let cross = (dx * f64::from(p.1 - a.1) - dy * f64::from(p.0 - a.0)).abs();
        if len > 0.0 {
            cross / len
        } else {
            f64::from(p.0 - a.0).hypot(f64::from(p.1 - a.1))
        }
    };
    let mut kept: Vec<GridPoint> = Vec::with_capacity(ring.len());
    let mut skipped = 0;
    let mut from = 0;
    for (i, &p) in ring.iter().enumerate() {
        let next = ring[(i + 1) % ring.len()];
        if let Some(&prev) = kept.last()
            && skipped < 64
            && (p == prev || ring[from..=i].iter().all(|&q| off(prev, next, q) < 1.0))
        {
            skipped += 1;
            continue;
        }
        kept.push(p);
        skipped = 0;
        from = i + 1;
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    #[test]
    fn two_triangles_of_a_square_become_its_outline() {
        // One clockwise, one counter-clockwise, sharing the diagonal.
        let square = [
            [pos2(0.0, 0.0), pos2(10.0, 0.0), pos2(10.0, 10.0)],
            [pos2(0.0, 0.0), pos2(0.0, 10.0), pos2(10.0, 10.0)],
        ];
        let rings = rings(&square, GRID);
        assert_eq!(rings.len(), 1, "{rings:?}");
        let mut corners: Vec<(i32, i32)> = rings[0]
            .iter()
            .map(|p| (p.x.round() as i32, p.y.round() as i32))
            .collect();
        corners.sort_unstable();
        assert_eq!(corners, [(0, 0), (0, 10), (10, 0), (10, 10)]);
    }

    #[test]
    fn a_frame_keeps_its_hole_and_points_on_a_straight_edge_go() {
        // A 3 × 3 block of unit squares without the middle one, each square two triangles.
        let mut triangles = Vec::new();
        for x in 0..3 {
            for y in 0..3 {
                if (x, y) == (1, 1) {
                    continue;
                }
                let (x, y) = (x as f32, y as f32);
                triangles.push([pos2(x, y), pos2(x + 1.0, y), pos2(x + 1.0, y + 1.0)]);
                triangles.push([pos2(x, y), pos2(x + 1.0, y + 1.0), pos2(x, y + 1.0)]);
            }
        }
        let rings = rings(&triangles, GRID);
        assert_eq!(rings.len(), 2, "the outside and the hole: {rings:?}");
        let mut sizes: Vec<usize> = rings.iter().map(Vec::len).collect();
        sizes.sort_unstable();
        assert_eq!(sizes, [4, 4], "only corners are kept: {rings:?}");
    }

    #[test]
    fn overlapping_triangles_and_slivers_give_no_hole() {
        let triangles = [
            [pos2(0.0, 0.0), pos2(4.0, 0.0), pos2(0.0, 4.0)],
            [pos2(0.0, 0.0), pos2(4.0, 0.0), pos2(0.0, 4.0)],
            [pos2(1.0, 1.0), pos2(1.0, 1.0), pos2(3.0, 3.0)],
        ];
        // Twice the same triangle winds twice: filled (non-zero), one ring walked twice at most.
        let rings = rings(&triangles, GRID);
        assert!(!rings.is_empty());
        assert!(rings.iter().all(|r| r.len() == 3), "{rings:?}");
    }
}
