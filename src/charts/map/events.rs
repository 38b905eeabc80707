//! Event circles: what event files (ACLED, UCDP GED) recorded, per township (or per state or
//! region where a file names no township), as circles whose area is the count, at the township
//! centres of the bundled gazetteer. [`prepare`] turns the open files into plain data (where, how
//! many, the words, and what cannot be placed, with the reason); [`paint`] draws the circles
//! under the towns so that no town is hidden, [`paint_sizes`] the key of sizes on the map (in
//! its lower left corner, over the sea, so that every picture has it), and [`key_ui`] the key
//! beside the map: each file with its filter and years, and what is not placed.

use std::collections::HashMap;

use egui::{Color32, FontId, Pos2, Rect, RichText, Shape, Stroke, Ui, Vec2};

use super::geometry;
use crate::charts::ChartOptions;
use crate::charts::records::{EVENT_COLORS, filter_words};
use crate::i18n::Tr;
use crate::report::events::aggregate::by_place;
use crate::report::events::{EventFile, Measure, Source, Tally};
use crate::report::places::{self, Resolution};

/// How many places that cannot be drawn are named beside the map (the rest are counted).
const NOT_PLACED_SHOWN: usize = 6;

/// One circle: a township's (or a state's) events in one file.
#[derive(Clone, Debug, PartialEq)]
pub struct Circle {
    /// Plot coordinates of the township's (or state's) centre.
    pub at: [f64; 2],
    /// The place's name in the chart's language, for lists.
    pub name: String,
    /// Events and deaths.
    pub tally: Tally,
    /// What the circle's area shows: events or deaths.
    pub value: u64,
    /// Everything about it, for the tooltip.
    pub tooltip: String,
    /// The township's Pcode, where the circle stands for a township of the gazetteer.
    pub pcode: Option<String>,
}

/// A place of an event file the map cannot draw.
#[derive(Clone, Debug, PartialEq)]
pub struct NotPlaced {
    /// "Kale (Sagaing)", as the file writes it.
    pub name: String,
    /// Its events or deaths.
    pub value: u64,
    /// Why it is not drawn.
    pub why: String,
}

/// One event file's circles.
#[derive(Clone, Debug, PartialEq)]
pub struct Layer {
    /// "ACLED" or "UCDP GED".
    pub source: String,
    /// "ACLED, file of 2025-05-16 (acled.csv), filter Battles, events 2021–2025".
    pub attribution: String,
    /// The data's full reference, for the credits.
    pub reference: String,
    /// The circles' colour (the file's colour on the claims-and-records chart).
    pub color: Color32,
    /// Largest first.
    pub circles: Vec<Circle>,
    /// Places that cannot be drawn, largest first.
    pub not_placed: Vec<NotPlaced>,
    /// Every event or death counted, placed or not.
    pub total: u64,
    /// Counted per state or region only (no township in the file, or an actor chosen).
    pub per_state: bool,
}

/// The circles of every open event file, on one scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Events {
    /// One per file, in the order opened.
    pub layers: Vec<Layer>,
    /// What the circles' areas show.
    pub measure: Measure,
    /// The largest value drawn: the largest circle.
    pub max: u64,
    /// The first file's townships filled in classes, where township boundaries are open and
    /// that was chosen; their circles are then not drawn.
    pub fill: Option<Classes>,
}

/// Graduated classes of a file's count per township, for filling township boundaries.
#[derive(Clone, Debug, PartialEq)]
pub struct Classes {
    /// Each class's least and greatest value, lowest first.
    pub ranges: Vec<(u64, u64)>,
    /// Each class's colour, lightest first.
    pub colors: Vec<Color32>,
    /// Each filled township's class and its circle (in the first layer), by Pcode.
    pub townships: HashMap<String, (usize, usize)>,
}

/// A sequential scale, light to dark, apart from the statuses' colours: ColorBrewer's Purples
/// of six classes without its palest, which the map's land would swallow.
const CLASS_COLORS: [Color32; 5] = [
    Color32::from_rgb(0xDA, 0xDA, 0xEB),
    Color32::from_rgb(0xBC, 0xBD, 0xDC),
    Color32::from_rgb(0x9E, 0x9A, 0xC8),
    Color32::from_rgb(0x75, 0x6B, 0xB1),
    Color32::from_rgb(0x54, 0x27, 0x8F),
];

impl Classes {
    /// Classes of the township circles of a layer that have a boundary: at most five, with
    /// round upper bounds (1, 2 or 5 times a power of ten) spaced evenly on a log scale up to
    /// the largest.
    pub fn of(layer: &Layer, has_boundary: impl Fn(&str) -> bool) -> Option<Self> {
        let filled: Vec<(usize, &str, u64)> = layer
            .circles
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let pcode = c.pcode.as_deref()?;
                (c.value > 0 && has_boundary(pcode)).then_some((i, pcode, c.value))
            })
            .collect();
        let max = filled.iter().map(|f| f.2).max()?;
        let mut uppers: Vec<u64> = (1..5)
            .filter_map(|k| round_down((max as f64).powf(f64::from(k) / 5.0)))
            .filter(|&u| u < max)
            .collect();
        uppers.dedup();
        uppers.push(max);
        let mut ranges = Vec::new();
        let mut low = 1;
        for up in uppers {
            if up >= low {
                ranges.push((low, up));
                low = up + 1;
            }
        }
        // The darkest colours for the fewest classes, so that one class is never the palest.
        let colors = CLASS_COLORS[CLASS_COLORS.len() - ranges.len()..].to_vec();
        let townships = filled
            .into_iter()
            .map(|(i, pcode, v)| {
                let class = ranges.iter().position(|&(_, up)| v <= up).unwrap_or(ranges.len() - 1);
                (pcode.to_owned(), (class, i))
            })
            .collect();
        Some(Self {
            ranges,
            colors,
            townships,
        })
    }

    /// A class's range in words: "1", "2–5", "51–130".
    pub fn range_words(&self, tr: Tr, class: usize) -> String {
        let (low, high) = self.ranges[class];
        if low == high {
            tr.n(low as f64)
        } else {
            format!("{}–{}", tr.n(low as f64), tr.n(high as f64))
        }
    }
}

/// "events" or "deaths" in the language.
pub fn measure_words(tr: Tr, measure: Measure) -> String {
    tr.t(match measure {
        Measure::Events => "map-events-events",
        Measure::Deaths => "map-events-deaths",
    })
}

/// "2023–2025" or "2025".
fn span_words(tr: Tr, (a, b): (i32, i32)) -> String {
    if a == b {
        tr.year(a)
    } else {
        format!("{}–{}", tr.year(a), tr.year(b))
    }
}

/// The open event files' circles, for the years the options keep; `None` without an event file.
pub fn prepare(options: &ChartOptions) -> Option<Events> {
    let records = &options.records;
    if records.files.is_empty() {
        return None;
    }
    let measure = records.aggregation.measure;
    let layers: Vec<Layer> = records
        .files
        .iter()
        .enumerate()
        .map(|(i, file)| layer(file, options, EVENT_COLORS[i % EVENT_COLORS.len()]))
        .collect();
    let max = layers
        .iter()
        .flat_map(|l| l.circles.iter().map(|c| c.value))
        .max()
        .unwrap_or(0);
    let fill = options
        .boundaries
        .as_ref()
        .filter(|_| records.aggregation.fill_townships)
        .and_then(|b| {
            let first = layers.first()?;
            Classes::of(first, |pcode| b.has(pcode))
        });
    Some(Events {
        layers,
        measure,
        max,
        fill,
    })
}

/// One file's circles.
fn layer(file: &EventFile, options: &ChartOptions, color: Color32) -> Layer {
    let tr = options.tr;
    let aggregation = &options.records.aggregation;
    let measure = aggregation.measure;
    let counts = by_place(file, aggregation, options.years);
    let years = options.years.or_else(|| file.years());
    let filter = filter_words(tr, aggregation);
    let attribution = tr.f(
        "map-events-attribution",
        &[
            ("citation", file.citation().into()),
            ("filter", filter.into()),
            ("measure", measure_words(tr, measure).into()),
            ("years", years.map(|y| span_words(tr, y)).unwrap_or_default().into()),
        ],
    );
    let g = places::gazetteer();
    let ucdp = matches!(file.source, Source::Ucdp { .. });
    let mut circles: Vec<Circle> = Vec::new();
    let mut at_key: HashMap<String, usize> = HashMap::new();
    let mut not_placed = Vec::new();
    let mut total = 0;
    let mut per_state = counts.per_state_only;
    for count in &counts.places {
        let value = measure.of(count.tally);
        total += value;
        let state = (!count.state.is_empty()).then_some(count.state.as_str());
        let written = match (count.township.is_empty(), state) {
            (false, Some(s)) => format!("{} ({s})", count.township),
            (false, None) => count.township.clone(),
            (true, Some(s)) => s.to_owned(),
            (true, None) => tr.t("map-events-no-place"),
        };
        let found = if count.township.is_empty() {
            per_state = true;
            match state {
                Some(s) => match g.state_centre(s) {
                    Some((lat, lon)) => Ok((
                        format!("state:{}", places::normalize(s)),
                        geometry::project(lon, lat),
                        tr.f("map-events-tip-state", &[("state", tr.place(s).into())]),
                        tr.place(s).into_owned(),
                    )),
                    None => Err("no state or region of that name in MIMU Place Codes 9.6".to_owned()),
                },
                None => Err("the file gives neither a township nor a state or region".to_owned()),
            }
        } else {
            let pcode = (!count.pcode.is_empty()).then_some(count.pcode.as_str());
            match g.resolve_event_township(&count.township, state, pcode) {
                Resolution::Placed(p) => {
                    let place = p.place.map(|i| &g.places()[i]);
                    let key = place.map_or_else(|| format!("@{},{}", p.lat, p.lon), |t| t.pcode.clone());
                    let name = match place {
                        Some(t) if tr.lang == crate::i18n::Lang::My && !t.name_mmr.is_empty() => t.name_mmr.clone(),
                        Some(t) => t.name.clone(),
                        None => count.township.clone(),
                    };
                    let described = p.place.map_or_else(|| written.clone(), |i| g.describe(i));
                    Ok((key, geometry::project(p.lon, p.lat), described, name))
                }
                Resolution::NotPlaced(why) => Err(why),
            }
        };
        let (key, at, described, name) = match found {
            Ok(found) => found,
            Err(why) => {
                not_placed.push(NotPlaced {
                    name: written,
                    value,
                    why,
                });
                continue;
            }
        };
        let pcode = (!key.starts_with('@') && !key.starts_with("state:")).then(|| key.clone());
        let i = *at_key.entry(key).or_insert_with(|| {
            circles.push(Circle {
                at,
                name,
                tally: Tally::default(),
                value: 0,
                tooltip: described,
                pcode,
            });
            circles.len() - 1
        });
        let circle = &mut circles[i];
        circle.tally.add(count.tally);
        circle.value += value;
        let range = if ucdp {
            tr.f(
                "records-range",
                &[
                    ("low", tr.n(count.tally.low as f64).into()),
                    ("high", tr.n(count.tally.high as f64).into()),
                ],
            )
        } else {
            String::new()
        };
        circle.tooltip.push('\n');
        circle.tooltip.push_str(&tr.f(
            "map-events-tip",
            &[
                ("place", written.into()),
                ("events", count.tally.events.into()),
                ("deaths", count.tally.deaths.into()),
                ("range", range.into()),
            ],
        ));
    }
    for c in &mut circles {
        c.tooltip.push('\n');
        c.tooltip.push_str(&attribution);
    }
    circles.sort_by(|a, b| b.value.cmp(&a.value).then_with(|| a.name.cmp(&b.name)));
    circles.retain(|c| c.value > 0);
    not_placed.sort_by(|a, b| b.value.cmp(&a.value).then_with(|| a.name.cmp(&b.name)));
    Layer {
        source: file.source.short().to_owned(),
        attribution,
        reference: file.reference(),
        color,
        circles,
        not_placed,
        total,
        per_state,
    }
}

impl Events {
    /// True when a circle of the first file is drawn as its township's fill instead.
    pub fn filled(&self, c: &Circle) -> bool {
        self.fill
            .as_ref()
            .zip(c.pcode.as_deref())
            .is_some_and(|(f, pcode)| f.townships.contains_key(pcode))
    }

    /// A filled township's class colour and tooltip, by Pcode.
    pub fn township_fill(&self, pcode: &str) -> Option<(Color32, &str)> {
        let fill = self.fill.as_ref()?;
        let &(class, circle) = fill.townships.get(pcode)?;
        let c = self.layers.first()?.circles.get(circle)?;
        Some((fill.colors[class], c.tooltip.as_str()))
    }

    /// The caption's lines: each file's attribution (sources; UCDP's cites its reference), and
    /// what the dots and circles are and are not (one note, in place of the map's note on dots).
    pub fn caption(&self, tr: Tr, caption: &mut crate::charts::Caption) {
        let sources: Vec<&str> = crate::charts::marks::distinct(self.layers.iter().map(|l| l.source.as_str()));
        // First, so that a small picture that keeps one note keeps this one.
        caption
            .notes
            .insert(0, tr.f("map-events-caveat", &[("source", sources.join(", ").into())]));
        for l in &self.layers {
            caption.sources.push(l.attribution.clone());
        }
        if let (Some(fill), Some(first)) = (&self.fill, self.layers.first()) {
            caption.notes.insert(1, self.classes_words(tr, fill, first));
        }
    }

    /// "Townships filled by the events ACLED recorded in them: 1, 2–5, 6–20, 21–50, 51–130;
    /// where it gives no township, or the boundaries have none, a circle."
    fn classes_words(&self, tr: Tr, fill: &Classes, first: &Layer) -> String {
        let classes: Vec<String> = (0..fill.ranges.len()).map(|k| fill.range_words(tr, k)).collect();
        tr.f(
            "map-events-classes-note",
            &[
                ("measure", measure_words(tr, self.measure).into()),
                ("source", first.source.as_str().into()),
                ("classes", classes.join(&tr.t("list-separator")).into()),
            ],
        )
    }

    /// The circles in words, for screen readers and alt text, ending with what they do not
    /// show.
    pub fn summary(&self, tr: Tr) -> String {
        let separator = tr.t("list-separator");
        let mut out = Vec::new();
        for l in &self.layers {
            let top: Vec<String> = l
                .circles
                .iter()
                .take(3)
                .map(|c| format!("{} ({})", c.name, tr.n(c.value as f64)))
                .collect();
            out.push(tr.f(
                "map-sum-events",
                &[
                    ("attribution", l.attribution.as_str().into()),
                    ("n", l.total.into()),
                    ("measure", measure_words(tr, self.measure).into()),
                    ("places", l.circles.len().into()),
                    ("top", top.join(&separator).into()),
                ],
            ));
            if !l.not_placed.is_empty() {
                let names: Vec<String> = l
                    .not_placed
                    .iter()
                    .take(NOT_PLACED_SHOWN)
                    .map(|u| format!("{}: {}", u.name, u.why))
                    .collect();
                out.push(tr.f(
                    "map-sum-events-not-placed",
                    &[("n", l.not_placed.len().into()), ("list", names.join("; ").into())],
                ));
            }
        }
        let sources: Vec<&str> = crate::charts::marks::distinct(self.layers.iter().map(|l| l.source.as_str()));
        out.push(tr.f("map-events-caveat", &[("source", sources.join(", ").into())]));
        out.join(" ")
    }

    /// Values for the key of sizes: round numbers at about the largest, a quarter and a
    /// sixteenth of it, without repeats.
    pub fn key_values(&self) -> Vec<u64> {
        let mut out: Vec<u64> = [1, 4, 16]
            .iter()
            .filter_map(|d| round_down(self.max as f64 / f64::from(*d)))
            .collect();
        out.dedup();
        out
    }
}

/// The largest 1, 2 or 5 times a power of ten at most `x` (none below 1).
fn round_down(x: f64) -> Option<u64> {
    if x < 1.0 {
        return None;
    }
    let power = 10_f64.powf(x.log10().floor());
    let m = [5.0, 2.0, 1.0].into_iter().find(|m| m * power <= x).unwrap_or(1.0);
    Some((m * power).round() as u64)
}

/// The largest circle's radius in points, for a map of this size: large enough to read at
/// national scale, small enough that the country shows between the circles.
pub fn max_radius(map: Vec2) -> f32 {
    (map.y.min(map.x * 1.9) * 0.04).clamp(9.0, 30.0)
}

/// A circle's radius: its area is its value's share of the largest.
pub fn radius(value: u64, max: u64, max_radius: f32) -> f32 {
    if max == 0 {
        return 0.0;
    }
    (max_radius * (value as f32 / max as f32).sqrt()).max(1.5)
}

/// Paints every file's circles, largest first so that none hides a smaller one; `to` turns plot
/// coordinates into screen points.
pub fn paint(events: &Events, to: &dyn Fn([f64; 2]) -> Pos2, frame: Rect, max_radius: f32, shapes: &mut Vec<Shape>) {
    let mut all: Vec<(f32, Pos2, Color32)> = events
        .layers
        .iter()
        .enumerate()
        .flat_map(|(k, l)| {
            l.circles
                .iter()
                .filter(move |c| !(k == 0 && events.filled(c)))
                .map(|c| (radius(c.value, events.max, max_radius), to(c.at), l.color))
        })
        .filter(|(r, at, _)| frame.expand(*r).contains(*at))
        .collect();
    all.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (r, at, color) in all {
        shapes.push(Shape::circle_filled(at, r, color.gamma_multiply(0.32)));
        shapes.push(Shape::circle_stroke(
            at,
            r,
            Stroke::new(1.0, color.gamma_multiply(0.85)),
        ));
    }
}

/// The tooltip of the smallest circle under the pointer.
pub fn hovered<'a>(
    events: &'a Events,
    to: &dyn Fn([f64; 2]) -> Pos2,
    pointer: Pos2,
    max_radius: f32,
) -> Option<&'a str> {
    events
        .layers
        .iter()
        .enumerate()
        .flat_map(|(k, l)| l.circles.iter().filter(move |c| !(k == 0 && events.filled(c))))
        .filter_map(|c| {
            let r = radius(c.value, events.max, max_radius);
            (to(c.at).distance(pointer) <= r.max(4.0)).then_some((r, c))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.tooltip.as_str())
}

/// The key beside the map: each file's colour and attribution, and the places not drawn with
/// the reason.
pub fn key_ui(ui: &mut Ui, events: &Events, tr: Tr) {
    let text_size = egui::TextStyle::Body.resolve(ui.style()).size;
    if let (Some(fill), Some(first)) = (&events.fill, events.layers.first()) {
        ui.label(
            RichText::new(tr.f(
                "map-events-classes",
                &[
                    ("measure", measure_words(tr, events.measure).into()),
                    ("source", first.source.as_str().into()),
                ],
            ))
            .strong(),
        );
        ui.horizontal_wrapped(|ui| {
            for (k, colour) in fill.colors.iter().enumerate() {
                let (rect, _) = ui.allocate_exact_size(Vec2::splat(12.0), egui::Sense::hover());
                ui.painter().rect_filled(rect, 1.0, *colour);
                ui.painter()
                    .rect_stroke(rect, 1.0, Stroke::new(0.5, Color32::GRAY), egui::StrokeKind::Inside);
                ui.label(fill.range_words(tr, k));
                ui.add_space(4.0);
            }
        });
    }
    ui.label(RichText::new(tr.t("map-events-heading")).strong());
    for l in &events.layers {
        ui.horizontal_top(|ui| {
            let (rect, _) = ui.allocate_exact_size(Vec2::splat(12.0), egui::Sense::hover());
            ui.painter()
                .circle_filled(rect.center() + Vec2::new(0.0, 3.0), 5.5, l.color.gamma_multiply(0.5));
            ui.painter()
                .circle_stroke(rect.center() + Vec2::new(0.0, 3.0), 5.5, Stroke::new(1.0, l.color));
            ui.add(egui::Label::new(crate::charts::plot::wrapping_text(&l.attribution, text_size)).wrap());
        });
    }
    if events.layers.iter().any(|l| l.per_state) {
        ui.add(
            egui::Label::new(crate::charts::plot::wrapping_text(&tr.t("map-events-per-state"), text_size * 0.9).weak())
                .wrap(),
        );
    }
    for l in events.layers.iter().filter(|l| !l.not_placed.is_empty()) {
        let unplaced: u64 = l.not_placed.iter().map(|u| u.value).sum();
        ui.label(
            RichText::new(tr.f(
                "map-events-not-placed",
                &[
                    ("source", l.source.as_str().into()),
                    ("n", l.not_placed.len().into()),
                    ("count", unplaced.into()),
                    ("measure", measure_words(tr, events.measure).into()),
                ],
            ))
            .strong(),
        );
        for u in l.not_placed.iter().take(NOT_PLACED_SHOWN) {
            ui.add(egui::Label::new(format!("{} ({}): {}", u.name, tr.n(u.value as f64), u.why)).wrap());
        }
        if l.not_placed.len() > NOT_PLACED_SHOWN {
            ui.label(tr.f(
                "map-events-more",
                &[("n", (l.not_placed.len() - NOT_PLACED_SHOWN).into())],
            ));
        }
    }
}

/// The colours of the key of sizes: its text, its circles' outline, and the box behind it.
#[derive(Clone, Copy)]
pub struct KeyColors {
    /// Words and numbers.
    pub text: Color32,
    /// The circles' outline.
    pub line: Color32,
    /// The box behind the key.
    pub back: Color32,
}

/// The key of sizes in the map's lower left corner (over the sea): "Circle areas, events:" and
/// circles of round sizes side by side, each with its value below it, clear of `avoid` (the
/// map's attribution). Returns where it is, for names to keep clear of; nothing when there is
/// nothing to show.
#[expect(clippy::too_many_arguments, reason = "the map's frame, scale, words and colours")]
pub fn paint_sizes(
    ui: &Ui,
    events: &Events,
    frame: Rect,
    avoid: Option<Rect>,
    max_radius: f32,
    tr: Tr,
    colors: KeyColors,
    shapes: &mut Vec<Shape>,
) -> Option<Rect> {
    let values = events.key_values();
    if values.is_empty() {
        return None;
    }
    let font = FontId::proportional(11.0);
    let (title, numbers) = ui.ctx().fonts_mut(|f| {
        let title = f.layout_no_wrap(
            tr.f(
                "map-events-sizes",
                &[("measure", measure_words(tr, events.measure).into())],
            ),
            font.clone(),
            colors.text,
        );
        let numbers: Vec<_> = values
            .iter()
            .map(|v| f.layout_no_wrap(tr.n(*v as f64), font.clone(), colors.text))
            .collect();
        (title, numbers)
    });
    let gap = 6.0;
    let columns: Vec<f32> = values
        .iter()
        .zip(&numbers)
        .map(|(v, g)| (2.0 * radius(*v, events.max, max_radius)).max(g.size().x))
        .collect();
    let circles_width = columns.iter().sum::<f32>() + gap * (columns.len() - 1) as f32;
    let number_height = numbers.iter().map(|g| g.size().y).fold(0.0, f32::max);
    let pad = 4.0;
    let size = Vec2::new(
        circles_width.max(title.size().x),
        title.size().y + 3.0 + 2.0 * max_radius + 2.0 + number_height,
    ) + Vec2::splat(2.0 * pad);
    let mut back = Rect::from_min_size(frame.left_bottom() + Vec2::new(4.0, -3.0 - size.y), size);
    // Above the map's attribution where the map is too narrow for both side by side.
    if let Some(credit) = avoid.filter(|c| c.intersects(back)) {
        back = back.translate(Vec2::new(0.0, credit.top() - 3.0 - back.bottom()));
    }
    if !frame.contains_rect(back) {
        return None;
    }
    shapes.push(Shape::rect_filled(back, 2.0, colors.back));
    let top = back.top() + pad;
    shapes.push(Shape::galley(
        Pos2::new(back.left() + pad, top),
        title.clone(),
        colors.text,
    ));
    let base = top + title.size().y + 3.0 + 2.0 * max_radius;
    let mut x = back.left() + pad;
    for ((v, galley), column) in values.iter().zip(numbers).zip(columns) {
        let r = radius(*v, events.max, max_radius);
        let centre = Pos2::new(x + column / 2.0, base - r);
        shapes.push(Shape::circle_filled(centre, r, colors.line.gamma_multiply(0.12)));
        shapes.push(Shape::circle_stroke(centre, r, Stroke::new(1.0, colors.line)));
        let at = Pos2::new(x + (column - galley.size().x) / 2.0, base + 2.0);
        shapes.push(Shape::galley(at, galley, colors.text));
        x += column + gap;
    }
    Some(back)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::charts::records::Records;
    use crate::report::events::{Aggregation, Place, read_reader};

    fn file(text: &str, name: &str) -> Arc<EventFile> {
        Arc::new(read_reader(text.as_bytes(), name, 0, &mut |_, _| true).expect("read"))
    }

    fn options(files: Vec<Arc<EventFile>>, aggregation: Aggregation) -> ChartOptions {
        ChartOptions {
            records: Records {
                files: Arc::new(files),
                aggregation,
            },
            ..ChartOptions::default()
        }
    }

    const ACLED: &str = "event_date,year,event_type,fatalities,admin1,admin3\n\
                         2025-01-02,2025,Battles,3,Sagaing,Kale\n\
                         2025-01-03,2025,Battles,1,Sagaing,Kalay\n\
                         2025-02-03,2025,Battles,0,Sagaing,Kale\n\
                         2024-02-03,2024,Battles,5,Shan-North,Lashio\n\
                         2025-03-03,2025,Battles,2,Sagaing,Atlantis\n\
                         2025-03-04,2025,Battles,2,Kachin,\n\
                         2025-03-04,2025,Protests,0,Yangon,Hlaing\n";

    #[test]
    fn townships_are_joined_by_name_and_unknown_ones_are_listed() {
        let events = prepare(&options(vec![file(ACLED, "acled.csv")], Aggregation::default())).expect("circles");
        let layer = &events.layers[0];
        let circles: Vec<(&str, u64)> = layer.circles.iter().map(|c| (c.name.as_str(), c.value)).collect();
        // Kale and its other spelling Kalay are one township.
        assert_eq!(circles, [("Kale", 3), ("Kachin", 1), ("Lashio", 1)]);
        assert_eq!(events.max, 3);
        assert_eq!(layer.total, 6);
        assert!(layer.per_state, "Kachin's event gives no township");
        assert_eq!(layer.not_placed.len(), 1);
        assert_eq!(layer.not_placed[0].name, "Atlantis (Sagaing)");
        assert_eq!(
            layer.not_placed[0].why,
            "no town or township of that name in MIMU Place Codes 9.6"
        );
        assert_eq!(
            layer.attribution,
            "ACLED, file of 2025-03-04 (acled.csv), filter Battles, events 2024–2025"
        );
        let kale = &layer.circles[0].tooltip;
        assert!(kale.starts_with("Kale township (Kale district, Sagaing)"), "{kale}");
        assert!(kale.contains("Kale (Sagaing): 2 events, 3 deaths"), "{kale}");
        assert!(kale.contains("Kalay (Sagaing): 1 event, 1 death"), "{kale}");
        assert!(kale.ends_with("events 2024–2025"), "{kale}");
    }

    #[test]
    fn deaths_the_years_and_the_state_filter_are_heard() {
        let mut options = options(
            vec![file(ACLED, "acled.csv")],
            Aggregation {
                measure: Measure::Deaths,
                place: Place::State("Sagaing".into()),
                ..Aggregation::default()
            },
        );
        options.years = Some((2025, 2025));
        let events = prepare(&options).expect("circles");
        let layer = &events.layers[0];
        let circles: Vec<(&str, u64)> = layer.circles.iter().map(|c| (c.name.as_str(), c.value)).collect();
        assert_eq!(circles, [("Kale", 4)]);
        assert!(
            layer.attribution.ends_with("filter Battles, Sagaing, deaths 2025"),
            "{}",
            layer.attribution
        );
        assert!(!layer.per_state);
    }

    #[test]
    fn ucdp_is_drawn_per_state_with_its_range() {
        let text = "id,year,type_of_violence,adm_1,date_start,best,low,high\n\
                    1,2025,1,Sagaing region,2025-01-01,10,8,14\n\
                    2,2025,1,Shan state,2025-01-02,4,4,6\n\
                    3,2025,1,Atlantis region,2025-01-02,4,4,6\n";
        let events =
            prepare(&options(vec![file(text, "GEDEvent_v25_1.csv")], Aggregation::default())).expect("circles");
        let layer = &events.layers[0];
        assert!(layer.per_state);
        assert_eq!(layer.circles.len(), 2);
        assert!(
            layer.circles[0]
                .tooltip
                .contains("Sagaing region: 1 event, 10 deaths, range 8–14"),
            "{}",
            layer.circles[0].tooltip
        );
        assert_eq!(
            layer.not_placed[0].why,
            "no state or region of that name in MIMU Place Codes 9.6"
        );
    }

    #[test]
    fn circle_areas_are_proportional_and_the_key_is_round() {
        let r = |v| radius(v, 400, 20.0);
        assert!((r(400) - 20.0).abs() < 1e-4);
        assert!(
            (r(100) - 10.0).abs() < 1e-4,
            "a quarter of the value, a quarter of the area"
        );
        assert!((r(0) - 1.5).abs() < 1e-4, "the smallest still shows");
        assert_eq!(round_down(2160.0), Some(2000));
        assert_eq!(round_down(540.0), Some(500));
        assert_eq!(round_down(135.0), Some(100));
        assert_eq!(round_down(0.5), None);
        let events = Events {
            layers: Vec::new(),
            measure: Measure::Events,
            max: 2160,
            fill: None,
        };
        assert_eq!(events.key_values(), [2000, 500, 100]);
        assert!((9.0..=30.0).contains(&max_radius(Vec2::new(260.0, 475.0))));
    }

    #[test]
    fn classes_have_round_bounds_that_meet_and_end_at_the_largest() {
        let circle = |value: u64, pcode: &str| Circle {
            at: [0.0, 0.0],
            name: pcode.to_owned(),
            tally: Tally::default(),
            value,
            tooltip: String::new(),
            pcode: Some(pcode.to_owned()),
        };
        let layer = Layer {
            source: "ACLED".to_owned(),
            attribution: String::new(),
            reference: String::new(),
            color: Color32::BLACK,
            circles: [1, 2, 3, 7, 15, 40, 120, 9]
                .iter()
                .enumerate()
                .map(|(i, v)| circle(*v, &format!("MMR00000{i}")))
                .collect(),
            not_placed: Vec::new(),
            total: 0,
            per_state: false,
        };
        // The last township has no boundary: it stays a circle.
        let classes = Classes::of(&layer, |pcode| pcode != "MMR000007").expect("classes");
        assert_eq!(classes.ranges, [(1, 2), (3, 5), (6, 10), (11, 20), (21, 120)]);
        assert_eq!(classes.colors.len(), 5);
        assert_eq!(classes.townships.len(), 7);
        assert_eq!(classes.townships["MMR000000"].0, 0);
        assert_eq!(classes.townships["MMR000006"].0, 4, "120 is in the last class");
        assert_eq!(classes.range_words(Tr::EN, 1), "3–5");
        // Few values: fewer classes, the darkest colours.
        let small = Layer {
            circles: vec![circle(1, "MMR000001"), circle(2, "MMR000002")],
            ..layer
        };
        let classes = Classes::of(&small, |_| true).expect("classes");
        assert_eq!(classes.ranges, [(1, 1), (2, 2)]);
        assert_eq!(classes.colors, CLASS_COLORS[3..]);
        assert!(Classes::of(&small, |_| false).is_none(), "no boundary, no classes");
    }

    #[test]
    fn without_an_event_file_there_are_no_circles() {
        assert!(prepare(&ChartOptions::default()).is_none());
    }
}
