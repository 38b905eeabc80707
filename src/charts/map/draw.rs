//! Drawing the map with egui_plot (so that it pans, zooms and resets as every chart does):
//! the sea, the neighbouring countries greyed, the states filled from their triangles (concave
//! shapes included) with their borders, the event files' circles (under everything else that
//! marks a place), the township centres, the named towns coloured by status with labels that
//! never overlap, hover tooltips, and the attribution on the map. The
//! key (which also hides and shows statuses) is beside the map, so nothing covers the country.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use egui::epaint::{Mesh, Tessellator, Vertex, WHITE_UV};
use egui::{Align2, Color32, FontId, Pos2, Rect, Shape, Stroke, Ui, Vec2};
use egui_plot::{PlotBounds, PlotGeometry, PlotItem, PlotItemBase, PlotPoint, PlotTransform};

use super::events;
use super::geometry::{self, BorderKind, Fill, Geometry, LabelKind};
use super::labels::{self, Want};
use super::{MapData, TownMark};
use crate::charts::marks::{CONFLICT_COLOR, category_color};
use crate::charts::{ChartKind, ChartOptions};
use crate::i18n::Tr;
use crate::report::places;

/// The map's plot: its memory holds the view.
pub fn plot_id() -> egui::Id {
    egui::Id::unique(("plot", "map"))
}

/// Radius of a named town's dot, in points.
pub const TOWN_RADIUS: f32 = 5.0;

/// A listed township's square: its side in degrees of latitude (about 27 km, so that
/// neighbouring townships' squares seldom touch at national scale), and never less than this
/// many points however far the view is zoomed out.
const AREA_SIDE_DEGREES: f32 = 0.24;
const AREA_SIDE_MIN: f32 = 8.0;

/// A listed township's square side on screen, in points.
fn area_side(to: ToScreen) -> f32 {
    (AREA_SIDE_DEGREES * to.scale.y.abs()).max(AREA_SIDE_MIN)
}

/// How near (points) the pointer must come to a dot for its tooltip.
const HOVER_REACH: f32 = 10.0;

/// The map's colours for a theme.
struct Palette {
    sea: Color32,
    neighbours: Color32,
    states: Color32,
    internal: Stroke,
    outline: Stroke,
    neighbour_border: Stroke,
    township_line: Stroke,
    township_named: Color32,
    township_faint: Color32,
    dot_ring: Color32,
    state_text: Color32,
    context_text: Color32,
    text: Color32,
    label_back: Color32,
}

impl Palette {
    fn of(ui: &Ui) -> Self {
        if ui.visuals().dark_mode {
            Self {
                sea: Color32::from_rgb(0x14, 0x1D, 0x26),
                neighbours: Color32::from_rgb(0x2B, 0x2B, 0x2B),
                states: Color32::from_rgb(0x3D, 0x3A, 0x33),
                internal: Stroke::new(0.8, Color32::from_gray(0x80)),
                outline: Stroke::new(1.4, Color32::from_gray(0xB8)),
                neighbour_border: Stroke::new(0.6, Color32::from_gray(0x48)),
                township_line: Stroke::new(0.5, Color32::from_gray(0x6A)),
                township_named: Color32::from_gray(0xE8),
                township_faint: Color32::from_rgba_unmultiplied(0xC0, 0xC0, 0xC0, 0x50),
                dot_ring: Color32::from_gray(0x10),
                state_text: Color32::from_gray(0xA8),
                context_text: Color32::from_gray(0x78),
                text: Color32::from_gray(0xF0),
                label_back: Color32::from_rgba_unmultiplied(0x1B, 0x1B, 0x1B, 0xD0),
            }
        } else {
            Self {
                sea: Color32::from_rgb(0xE4, 0xEE, 0xF5),
                neighbours: Color32::from_rgb(0xDD, 0xDD, 0xDB),
                states: Color32::from_rgb(0xF6, 0xF1, 0xE4),
                internal: Stroke::new(0.8, Color32::from_gray(0x9A)),
                outline: Stroke::new(1.4, Color32::from_gray(0x50)),
                neighbour_border: Stroke::new(0.6, Color32::from_gray(0xB4)),
                township_line: Stroke::new(0.5, Color32::from_gray(0xA8)),
                township_named: Color32::from_gray(0x30),
                township_faint: Color32::from_rgba_unmultiplied(0x50, 0x50, 0x50, 0x48),
                dot_ring: Color32::WHITE,
                state_text: Color32::from_gray(0x70),
                context_text: Color32::from_gray(0x90),
                text: Color32::from_gray(0x10),
                label_back: Color32::from_rgba_unmultiplied(0xFF, 0xFF, 0xFF, 0xD8),
            }
        }
    }
}

/// Plot coordinates to screen points: the plot's transform is a scale and a shift per axis, so
/// it is taken once per frame and applied to every vertex.
#[derive(Clone, Copy)]
struct ToScreen {
    origin: Pos2,
    scale: Vec2,
}

impl ToScreen {
    fn new(t: &PlotTransform) -> Self {
        let o = geometry::origin();
        let a = t.position_from_point(&PlotPoint::new(o[0], o[1]));
        let b = t.position_from_point(&PlotPoint::new(o[0] + 1.0, o[1] + 1.0));
        Self {
            origin: a,
            scale: b - a,
        }
    }

    /// A point stored relative to the origin.
    fn relative(self, p: [f32; 2]) -> Pos2 {
        self.origin + Vec2::new(p[0] * self.scale.x, p[1] * self.scale.y)
    }

    /// A point in plot coordinates.
    fn point(self, p: [f64; 2]) -> Pos2 {
        let o = geometry::origin();
        self.relative([(p[0] - o[0]) as f32, (p[1] - o[1]) as f32])
    }
}

/// Paints a layer: the plot's ui, its transform, its frame, the shapes to add to.
type Paint<'a> = Box<dyn Fn(&Ui, ToScreen, Rect, &mut Vec<Shape>) + 'a>;

/// A plot item painted by a closure in screen space. The map's key is beside it, not in a
/// legend over it, so layers have no name.
struct Layer<'a> {
    base: PlotItemBase,
    paint: Paint<'a>,
}

impl<'a> Layer<'a> {
    fn new(paint: impl Fn(&Ui, ToScreen, Rect, &mut Vec<Shape>) + 'a) -> Self {
        Self {
            base: PlotItemBase::new(String::new()),
            paint: Box::new(paint),
        }
    }
}

impl PlotItem for Layer<'_> {
    fn shapes(&self, ui: &Ui, transform: &PlotTransform, shapes: &mut Vec<Shape>) {
        (self.paint)(ui, ToScreen::new(transform), *transform.frame(), shapes);
    }

    fn initialize(&mut self, _x_range: std::ops::RangeInclusive<f64>) {}

    fn color(&self) -> Color32 {
        Color32::TRANSPARENT
    }

    fn allow_hover(&self) -> bool {
        false
    }

    fn geometry(&self) -> PlotGeometry<'_> {
        PlotGeometry::None
    }

    fn bounds(&self) -> PlotBounds {
        PlotBounds::NOTHING
    }

    fn base(&self) -> &PlotItemBase {
        &self.base
    }

    fn base_mut(&mut self) -> &mut PlotItemBase {
        &mut self.base
    }
}

/// A filled set of triangles in one colour.
fn fill(fill: &Fill, to: ToScreen, color: Color32) -> Shape {
    let mut mesh = Mesh::default();
    mesh.indices.clone_from(&fill.triangles);
    mesh.vertices = fill
        .points
        .iter()
        .map(|p| Vertex {
            pos: to.relative(*p),
            uv: WHITE_UV,
            color,
        })
        .collect();
    Shape::mesh(mesh)
}

/// A town's dot: its status's colour, or one slice per status when the reports disagree, with
/// a red ring.
fn town_dot(shapes: &mut Vec<Shape>, at: Pos2, statuses: &[String], ring: Color32) {
    if let [status] = statuses {
        // A ring as a disc under the dot: two prepared discs tessellate far cheaper than a
        // stroked circle.
        shapes.push(Shape::circle_filled(at, TOWN_RADIUS + 1.5, ring));
        shapes.push(Shape::circle_filled(at, TOWN_RADIUS, category_color(status)));
        return;
    }
    let n = statuses.len().max(1) as f32;
    for (k, status) in statuses.iter().enumerate() {
        let start = std::f32::consts::TAU * k as f32 / n - std::f32::consts::FRAC_PI_2;
        let mut points = vec![at];
        for step in 0..=8 {
            let angle = start + std::f32::consts::TAU / n * step as f32 / 8.0;
            points.push(at + TOWN_RADIUS * Vec2::angled(angle));
        }
        shapes.push(Shape::convex_polygon(points, category_color(status), Stroke::NONE));
    }
    shapes.push(Shape::circle_stroke(
        at,
        TOWN_RADIUS + 0.5,
        Stroke::new(2.0, CONFLICT_COLOR),
    ));
}

/// A listed township's square: its status's colour with a thin ring of the map's paper, or
/// split in vertical bands, one per status, with a red outline when the reports disagree.
fn area_square(shapes: &mut Vec<Shape>, at: Pos2, side: f32, statuses: &[String], ring: Color32) {
    let rect = Rect::from_center_size(at, Vec2::splat(side));
    if let [status] = statuses {
        shapes.push(Shape::rect_filled(rect.expand(0.8), 0.0, ring));
        shapes.push(Shape::rect_filled(rect, 0.0, category_color(status)));
        return;
    }
    let n = statuses.len().max(1) as f32;
    for (k, status) in statuses.iter().enumerate() {
        let left = rect.left() + rect.width() * k as f32 / n;
        let band = Rect::from_min_max(
            Pos2::new(left, rect.top()),
            Pos2::new(left + rect.width() / n, rect.bottom()),
        );
        shapes.push(Shape::rect_filled(band, 0.0, category_color(status)));
    }
    shapes.push(Shape::rect_stroke(
        rect,
        0.0,
        Stroke::new(2.0, CONFLICT_COLOR),
        egui::StrokeKind::Outside,
    ));
}

/// True when some status of the town is not hidden.
fn visible(t: &TownMark, hidden: &BTreeSet<String>) -> bool {
    t.statuses.iter().any(|s| !hidden.contains(s))
}

/// Draws the map: its view is kept in the plot's memory; what is hidden comes from `options`;
/// the largest event circle is `circle_radius` points.
/// In a picture the credits are in the caption, so none is drawn over the map.
pub fn plot_ui(
    map: &MapData,
    ui: &mut Ui,
    options: &ChartOptions,
    geo: &'static Geometry,
    circle_radius: f32,
    picture: bool,
) {
    let hidden = options.hidden(ChartKind::Map);
    let places = map.places();
    let palette = Palette::of(ui);
    let (min, max) = geo.extent;
    let mut plot = egui_plot::Plot::new("map");
    if picture {
        // A picture is laid out in several passes at sizes that differ: each shows the whole
        // country afresh.
        plot = plot.reset();
    }
    let response = plot
        .id(plot_id())
        .data_aspect(1.0)
        .show_axes(false)
        .show_grid(false)
        .show_x(false)
        .show_y(false)
        .allow_scroll(false)
        .allow_double_click_reset(true)
        .show_crosshair(false)
        // A portrait picture's map may be shorter than a window's least.
        .min_size(Vec2::splat(if picture { 120.0 } else { 200.0 }))
        .include_x(min[0])
        .include_x(max[0])
        .include_y(min[1])
        .include_y(max[1])
        .set_margin_fraction(Vec2::splat(0.03))
        .show(ui, |plot_ui| {
            let tip = hovered(plot_ui, map, hidden, circle_radius);
            let p = &palette;
            plot_ui.add(Layer::new(move |ui, to, frame, _| {
                // Painted at once, under the other layers' shapes (which the plot paints after
                // every layer has made them), and clipped a hair inside the plot so that the
                // tessellator keeps this large mesh in a batch of its own: the small shapes
                // drawn over it then do not grow (and copy) it every frame.
                let clip = ui.clip_rect().shrink(0.01);
                ui.painter()
                    .with_clip_rect(clip)
                    .add(Shape::Mesh(base(ui, to, frame, p, geo)));
            }));
            if let Some(layer) = &map.boundaries {
                let colours = township_colours(map, &places.areas, hidden);
                plot_ui.add(Layer::new(move |ui, to, frame, _| {
                    // As the base: one cached mesh per view, painted at once under the marks.
                    let clip = ui.clip_rect().shrink(0.01);
                    ui.painter()
                        .with_clip_rect(clip)
                        .add(Shape::Mesh(filled(ui, to, frame, p, layer, &colours)));
                }));
            }
            if let Some(e) = &map.events {
                plot_ui.add(Layer::new(move |_, to, frame, shapes| {
                    events::paint(e, &|at| to.point(at), frame, circle_radius, shapes);
                }));
            }
            plot_ui.add(Layer::new(move |_, to, frame, shapes| {
                // Small discs are a prepared texture for the tessellator: cheaper drawn here,
                // each frame, than kept as paths in the base.
                let around = frame.expand(4.0);
                for (_, t) in places::gazetteer().townships() {
                    let at = to.point(geometry::project(t.lon, t.lat));
                    if around.contains(at) {
                        shapes.push(if places.named_townships.contains(&t.pcode) {
                            Shape::circle_filled(at, 2.3, p.township_named)
                        } else {
                            Shape::circle_filled(at, 1.7, p.township_faint)
                        });
                    }
                }
            }));
            plot_ui.add(Layer::new(move |_, to, frame, shapes| {
                let side = area_side(to);
                let frame = frame.expand(side);
                // Disputed townships last, on top; those with a boundary are filled instead.
                let areas = places
                    .areas
                    .iter()
                    .filter(|t| visible(t, hidden) && !has_boundary(map, t));
                for t in areas
                    .clone()
                    .filter(|t| !t.disputed())
                    .chain(areas.filter(|t| t.disputed()))
                {
                    let at = to.point(t.at);
                    if frame.contains(at) {
                        area_square(shapes, at, side, &t.statuses, p.dot_ring);
                    }
                }
            }));
            plot_ui.add(Layer::new(move |_, to, frame, shapes| {
                let frame = frame.expand(TOWN_RADIUS);
                // Disputed towns last, on top.
                let towns = places.towns.iter().filter(|t| visible(t, hidden));
                for t in towns
                    .clone()
                    .filter(|t| !t.disputed())
                    .chain(towns.filter(|t| t.disputed()))
                {
                    let at = to.point(t.at);
                    if frame.contains(at) {
                        town_dot(shapes, at, &t.statuses, p.dot_ring);
                    }
                }
            }));
            plot_ui.add(Layer::new(move |ui, to, frame, shapes| {
                names(ui, to, frame, shapes, map, geo, hidden, p, circle_radius, picture);
            }));
            tip
        });
    crate::charts::plot::show_tooltip(&response.response, response.inner);
}

/// True when the township of a listed township's mark has a boundary to fill (and the
/// boundaries are not filled by an event file's counts, which leaves it its square).
fn has_boundary(map: &MapData, t: &TownMark) -> bool {
    let by_events = map.events.as_ref().is_some_and(|e| e.fill.is_some());
    !by_events
        && map
            .boundaries
            .as_ref()
            .zip(t.township.as_deref())
            .is_some_and(|(b, pcode)| b.has(pcode))
}

/// Each filled township's colour, by Pcode, and whether the reports disagree on it (its
/// outline then red): an event file's class where its counts fill the townships, else a listed
/// township's status (hidden statuses left out).
fn township_colours<'a>(
    map: &'a MapData,
    areas: &'a [TownMark],
    hidden: &BTreeSet<String>,
) -> Vec<(&'a str, Color32, bool)> {
    if let Some(fill) = map.events.as_ref().and_then(|e| e.fill.as_ref()) {
        let mut out: Vec<(&str, Color32, bool)> = fill
            .townships
            .iter()
            .map(|(pcode, &(class, _))| (pcode.as_str(), fill.colors[class], false))
            .collect();
        // In one order, so that the mesh made for them is found again next frame.
        out.sort_unstable_by(|a, b| a.0.cmp(b.0));
        return out;
    }
    areas
        .iter()
        .filter(|t| visible(t, hidden))
        .filter_map(|t| {
            let status = t.statuses.iter().find(|s| !hidden.contains(*s))?;
            Some((t.township.as_deref()?, category_color(status), t.disputed()))
        })
        .collect()
}

/// What [`filled`] was drawn for: the view, the layer and a hash of its colours (which
/// a frame compares without copying every Pcode).
#[derive(Clone, Debug, PartialEq)]
struct FilledKey {
    view: BaseKey,
    layer: u64,
    colours: u64,
}

/// The township boundaries: listed townships filled by status, every township outlined, the
/// disputed ones in red; tessellated once per view and colouring, as the base is.
fn filled(
    ui: &Ui,
    to: ToScreen,
    frame: Rect,
    p: &Palette,
    layer: &super::filled::TownshipLayer,
    colours: &[(&str, Color32, bool)],
) -> Arc<Mesh> {
    let key = FilledKey {
        view: BaseKey {
            frame,
            origin: to.origin,
            scale: to.scale,
            pixels_per_point: ui.ctx().pixels_per_point(),
            dark: ui.visuals().dark_mode,
        },
        layer: layer.id,
        colours: {
            use std::hash::{BuildHasher, BuildHasherDefault};
            BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(colours)
        },
    };
    let id = plot_id().with("townships");
    if let Some((k, mesh)) = ui.ctx().data(|d| d.get_temp::<(FilledKey, Arc<Mesh>)>(id))
        && k == key
    {
        return mesh;
    }
    let by_pcode: HashMap<&str, (Color32, bool)> = colours.iter().map(|(k, c, d)| (*k, (*c, *d))).collect();
    let view = frame.expand(2.0);
    let in_view = |t: &super::filled::TownshipShape| {
        let [lo, hi] = t.bounds;
        Rect::from_two_pos(to.relative(lo), to.relative(hi)).intersects(view)
    };
    let mut shapes = Vec::new();
    for t in layer.townships.iter().filter(|t| in_view(t)) {
        if let Some((colour, _)) = by_pcode.get(t.pcode.as_str()) {
            shapes.push(fill(&t.fill, to, *colour));
        }
    }
    for t in layer.townships.iter().filter(|t| in_view(t)) {
        for ring in &t.rings {
            shapes.extend(on_screen(ring, to, view).map(|r| Shape::line(r, p.township_line)));
        }
    }
    for t in layer.townships.iter().filter(|t| in_view(t)) {
        if by_pcode.get(t.pcode.as_str()).is_some_and(|(_, disputed)| *disputed) {
            for ring in &t.rings {
                shapes.extend(on_screen(ring, to, view).map(|r| Shape::line(r, Stroke::new(2.0, CONFLICT_COLOR))));
            }
        }
    }
    let mesh = Arc::new(tessellate(ui, key.view.pixels_per_point, shapes));
    ui.ctx().data_mut(|d| d.insert_temp(id, (key, Arc::clone(&mesh))));
    mesh
}

/// Shapes tessellated into one mesh.
fn tessellate(ui: &Ui, pixels_per_point: f32, shapes: Vec<Shape>) -> Mesh {
    let ctx = ui.ctx();
    let mut tessellator = Tessellator::new(
        pixels_per_point,
        ctx.tessellation_options(|o| *o),
        ctx.fonts(|f| f.font_image_size()),
        Vec::new(),
    );
    let mut mesh = Mesh::default();
    for shape in shapes {
        tessellator.tessellate_shape(shape, &mut mesh);
    }
    mesh
}

/// What [`base`] was drawn for: the view and the screen.
#[derive(Clone, Copy, Debug, PartialEq)]
struct BaseKey {
    frame: Rect,
    origin: Pos2,
    scale: Vec2,
    pixels_per_point: f32,
    dark: bool,
}

/// The parts of the map that change only with the view (sea, land, borders), tessellated once
/// per view and reused while the view stays: hovering and repainting cost a copy, not a
/// tessellation of some 7,000 border points.
fn base(ui: &Ui, to: ToScreen, frame: Rect, p: &Palette, geo: &Geometry) -> Arc<Mesh> {
    let key = BaseKey {
        frame,
        origin: to.origin,
        scale: to.scale,
        pixels_per_point: ui.ctx().pixels_per_point(),
        dark: ui.visuals().dark_mode,
    };
    let id = plot_id().with("base");
    if let Some((k, mesh)) = ui.ctx().data(|d| d.get_temp::<(BaseKey, Arc<Mesh>)>(id))
        && k == key
    {
        return mesh;
    }
    let mut shapes = vec![
        Shape::rect_filled(frame, 0.0, p.sea),
        fill(&geo.neighbours, to, p.neighbours),
        fill(&geo.states, to, p.states),
    ];
    let view = frame.expand(2.0);
    let line = |points: &[[f32; 2]], stroke: Stroke| -> Option<Shape> {
        let screen = on_screen(points, to, view)?;
        Some(Shape::line(screen, stroke))
    };
    for b in &geo.borders {
        let stroke = match b.kind {
            BorderKind::Internal => p.internal,
            BorderKind::Outline => continue,
            BorderKind::Neighbour => p.neighbour_border,
        };
        shapes.extend(line(&b.points, stroke));
    }
    // Myanmar's outline last, over the neighbours' borders.
    for b in geo.borders.iter().filter(|b| b.kind == BorderKind::Outline) {
        shapes.extend(line(&b.points, p.outline));
    }
    let mesh = Arc::new(tessellate(ui, key.pixels_per_point, shapes));
    ui.ctx().data_mut(|d| d.insert_temp(id, (key, Arc::clone(&mesh))));
    mesh
}

/// A border's points on screen, without those less than a pixel from the one before (the
/// data is finer than the screen at most zooms); `None` when the border is out of view.
fn on_screen(points: &[[f32; 2]], to: ToScreen, view: Rect) -> Option<Vec<Pos2>> {
    let mut out: Vec<Pos2> = Vec::with_capacity(points.len());
    let mut bounds = Rect::NOTHING;
    for (i, q) in points.iter().enumerate() {
        let at = to.relative(*q);
        bounds.extend_with(at);
        let last = i + 1 == points.len();
        if last || out.last().is_none_or(|prev| prev.distance_sq(at) >= 0.64) {
            out.push(at);
        }
    }
    (out.len() > 1 && bounds.intersects(view)).then_some(out)
}

/// Town names, then state names, then neighbours' and seas' names, each where it does not
/// overlap one placed before it, a town's dot, the attribution or the key of circle sizes.
#[expect(clippy::too_many_arguments, reason = "one drawing pass over the map's parts")]
fn names(
    ui: &Ui,
    to: ToScreen,
    frame: Rect,
    shapes: &mut Vec<Shape>,
    map: &MapData,
    geo: &Geometry,
    hidden: &BTreeSet<String>,
    p: &Palette,
    circle_radius: f32,
    picture: bool,
) {
    let towns: Vec<&TownMark> = map.places().towns.iter().filter(|t| visible(t, hidden)).collect();
    let pad = Vec2::new(3.0, 1.0);
    let mut galleys = Vec::new();
    let mut wants = Vec::new();
    ui.ctx().fonts_mut(|f| {
        for t in &towns {
            let color = if t.disputed() { CONFLICT_COLOR } else { p.text };
            let galley = f.layout_no_wrap(t.label.clone(), FontId::proportional(13.0), color);
            wants.push(Want {
                anchor: to.point(t.at),
                radius: TOWN_RADIUS + 1.5,
                size: galley.size() + 2.0 * pad,
                centred: false,
            });
            galleys.push((galley, true));
        }
        for l in &geo.labels {
            let (font, color) = match l.kind {
                LabelKind::State => (FontId::proportional(12.0), p.state_text),
                LabelKind::Country | LabelKind::Sea => (FontId::proportional(11.5), p.context_text),
            };
            let galley = f.layout_no_wrap(map.tr.place(&l.name).into_owned(), font, color);
            wants.push(Want {
                anchor: to.point(l.at),
                radius: 0.0,
                size: galley.size(),
                centred: true,
            });
            galleys.push((galley, false));
        }
    });
    let townships = map.boundaries.as_deref().map(|b| super::boundaries_credit(map.tr, b));
    let credit = (!picture).then(|| attribution(ui, map.tr, frame, p, townships, shapes));
    let colors = events::KeyColors {
        text: p.text,
        line: p.state_text,
        back: p.label_back,
    };
    let sizes = map
        .events
        .as_ref()
        .and_then(|e| events::paint_sizes(ui, e, frame, credit, circle_radius, map.tr, colors, shapes));
    let obstacles: Vec<Rect> = towns
        .iter()
        .map(|t| Rect::from_center_size(to.point(t.at), Vec2::splat(2.0 * TOWN_RADIUS + 2.0)))
        .chain(credit)
        .chain(sizes)
        .collect();
    let spots = labels::place(&wants, &obstacles, frame);
    for ((spot, want), (galley, boxed)) in spots.iter().zip(&wants).zip(galleys) {
        let Some(spot) = spot else { continue };
        if spot.leader {
            let (start, end) = labels::leader(want.anchor, TOWN_RADIUS, spot.rect);
            shapes.push(Shape::line_segment(
                [start, end],
                Stroke::new(1.0, p.text.gamma_multiply(0.6)),
            ));
        }
        if boxed {
            shapes.push(Shape::rect_filled(spot.rect, 3.0, p.label_back));
            shapes.push(Shape::galley(spot.rect.min + pad, galley, p.text));
        } else {
            shapes.push(Shape::galley(spot.rect.min, galley, p.text));
        }
    }
}

/// The tooltip of the town (or else the event circle, or else the township centre) under the
/// pointer.
fn hovered(
    plot_ui: &egui_plot::PlotUi<'_>,
    map: &MapData,
    hidden: &BTreeSet<String>,
    circle_radius: f32,
) -> Option<String> {
    let pointer = plot_ui.response().hover_pos()?;
    let to = ToScreen::new(plot_ui.transform());
    let places = map.places();
    let nearest = |at: Pos2, reach: f32| -> Option<f32> {
        let d = at.distance(pointer);
        (d <= reach).then_some(d)
    };
    let town = places
        .towns
        .iter()
        .filter(|t| visible(t, hidden))
        .filter_map(|t| nearest(to.point(t.at), HOVER_REACH).map(|d| (d, t)))
        .min_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((_, t)) = town {
        return Some(t.tooltip.clone());
    }
    let half = area_side(to) / 2.0 + 1.0;
    let area = places
        .areas
        .iter()
        .filter(|t| visible(t, hidden))
        .filter(|t| {
            let at = to.point(t.at);
            (at.x - pointer.x).abs() <= half && (at.y - pointer.y).abs() <= half
        })
        .min_by(|a, b| {
            let (a, b) = (to.point(a.at).distance(pointer), to.point(b.at).distance(pointer));
            a.total_cmp(&b)
        });
    if let Some(t) = area {
        return Some(t.tooltip.clone());
    }
    // Inside a township's boundary: the listed township's tooltip, else the township's own.
    let within = map.boundaries.as_ref().and_then(|b| {
        let at = plot_ui.transform().value_from_position(pointer);
        let o = geometry::origin();
        b.township_at([(at.x - o[0]) as f32, (at.y - o[1]) as f32])
    });
    if let Some(shape) = within
        && let Some(t) = places
            .areas
            .iter()
            .find(|t| visible(t, hidden) && t.township.as_deref() == Some(shape.pcode.as_str()) && has_boundary(map, t))
    {
        return Some(t.tooltip.clone());
    }
    if let Some((_, tip)) = within
        .zip(map.events.as_ref())
        .and_then(|(shape, e)| e.township_fill(&shape.pcode))
    {
        return Some(tip.to_owned());
    }
    if let Some(tip) = map
        .events
        .as_ref()
        .and_then(|e| events::hovered(e, &|at| to.point(at), pointer, circle_radius))
    {
        return Some(tip.to_owned());
    }
    let g = places::gazetteer();
    let township = match within {
        Some(shape) => g.townships().map(|(_, t)| t).find(|t| t.pcode == shape.pcode)?,
        None => {
            g.townships()
                .filter_map(|(_, t)| {
                    nearest(to.point(geometry::project(t.lon, t.lat)), HOVER_REACH * 0.6).map(|d| (d, t))
                })
                .min_by(|a, b| a.0.total_cmp(&b.0))?
                .1
        }
    };
    let tr = map.tr;
    let or = format!(" {} ", tr.t("values-or"));
    let mut named: HashMap<&str, Vec<String>> = HashMap::new();
    for t in &places.towns {
        if let Some(pcode) = &t.township {
            named
                .entry(pcode.as_str())
                .or_default()
                .push(format!("{} ({})", t.name, t.statuses.join(&or)));
        }
    }
    let date = tr
        .digits(&map.date().map(|d| d.to_string()).unwrap_or_default())
        .into_owned();
    let here = match named.get(township.pcode.as_str()) {
        Some(towns) => tr.f(
            "map-tip-township-named",
            &[("date", date.into()), ("towns", towns.join(", ").into())],
        ),
        None => tr.f("map-tip-township-none", &[("date", date.into())]),
    };
    Some(tr.f(
        "map-tip-township",
        &[
            ("name", township.name.as_str().into()),
            ("name_mmr", township.name_mmr.as_str().into()),
            ("district", g.district_name(&township.district).into()),
            ("state", g.state_name(&township.state).into()),
            ("pcode", township.pcode.as_str().into()),
            ("here", here.into()),
        ],
    ))
}

/// "Boundaries: Natural Earth. Places: MIMU Place Codes 9.6" in the map's lower right corner,
/// on two lines where the map is narrow; returns where it is, for names to keep clear of.
fn attribution(ui: &Ui, tr: Tr, frame: Rect, p: &Palette, townships: Option<String>, shapes: &mut Vec<Shape>) -> Rect {
    let font = FontId::proportional(11.0);
    let text = tr.t("map-attribution");
    let wrap = (frame.width() - 14.0).max(60.0);
    let (galley, credit) = ui.ctx().fonts_mut(|f| {
        let one_line = f.layout_no_wrap(text.clone(), font.clone(), p.text);
        let galley = if one_line.size().x + 12.0 < frame.width() * 0.7 {
            one_line
        } else {
            let stop = if text.contains("။ ") { "။ " } else { ". " };
            f.layout(
                text.replacen(stop, &format!("{}\n", stop.trim_end()), 1),
                font.clone(),
                p.text,
                wrap,
            )
        };
        // The township boundaries' credit on one line of its own, cut short with "…" where
        // the map is narrow: the caption gives it whole.
        let credit = townships.map(|t| {
            let mut job = egui::text::LayoutJob::single_section(t, egui::TextFormat::simple(font, p.text));
            job.wrap = egui::text::TextWrapping::truncate_at_width(wrap);
            f.layout_job(job)
        });
        (galley, credit)
    });
    let credit_size = credit.as_ref().map_or(Vec2::ZERO, |c| c.size());
    let size = Vec2::new(galley.size().x.max(credit_size.x), galley.size().y + credit_size.y);
    let at = Align2::RIGHT_BOTTOM.anchor_size(frame.right_bottom() - Vec2::new(4.0, 3.0), size);
    let back = at.expand2(Vec2::new(3.0, 1.0));
    shapes.push(Shape::rect_filled(back, 2.0, p.label_back));
    let below = at.min + Vec2::new(at.width() - galley.size().x, galley.size().y);
    shapes.push(Shape::galley(
        at.right_top() - Vec2::new(galley.size().x, 0.0),
        galley,
        p.text,
    ));
    if let Some(credit) = credit {
        shapes.push(Shape::galley(
            Pos2::new(at.right() - credit.size().x, below.y),
            credit,
            p.text,
        ));
    }
    back
}
