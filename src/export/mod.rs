//! Pictures and data that leave the app: a chart composed with its title, caption, caveats and
//! integrity stamp, rendered offscreen at a chosen size; PNG with text metadata; CSV; alt text.
//! This layer makes bytes; `io` writes them.
//!
//! - [`render`]: egui drawn offscreen into pixels.
//! - [`png`]: PNG encoding with metadata.
//! - [`csv`]: the figures as CSV.
//! - [`vector`]: the same layout as marks in named groups, without a GPU; [`svg`] and [`pdf`]
//!   write it, text shaped again as glyphs by [`glyphs`].

pub mod csv;
pub mod glyphs;
pub mod pdf;
pub mod png;
pub mod render;
pub mod svg;
pub mod vector;

use crate::charts::{Chart, ChartOptions};
use crate::report::{Dataset, Date};

/// The app's version, written into every export.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The longest side, in pixels, the offscreen renderer accepts (egui-wgpu's texture limit).
pub const MAX_PIXELS_SIDE: f32 = 8192.0;

/// The size of caption text in pictures, in points.
const CAPTION_SIZE: f32 = 13.0;

/// The height `lines` take when wrapped to the width `ui` offers, at `size` points, Burmese
/// broken between syllables as [`wrapped_label`] draws it.
pub fn text_height(ui: &egui::Ui, lines: &[String], size: f32) -> f32 {
    let width = ui.available_width().max(50.0);
    let font = egui::FontId::proportional(size);
    let spacing = ui.spacing().item_spacing.y;
    lines
        .iter()
        .map(|l| {
            egui::WidgetText::from(caption_text(l, size))
                .into_galley(ui, Some(egui::TextWrapMode::Wrap), width, font.clone())
                .size()
                .y
                + spacing
        })
        .sum()
}

/// A label that wraps to the width it is given, Burmese between syllables (English as it is).
pub fn wrapped_label(text: &str, size: f32) -> egui::Label {
    egui::Label::new(caption_text(text, size)).wrap()
}

/// Text at `size` points; Burmese broken between syllables, in rows tall enough for its marks.
pub fn caption_text(text: &str, size: f32) -> egui::RichText {
    crate::charts::plot::wrapping_text(text, size)
}

/// The caption's note when figures are kept to some years.
pub fn years_note(tr: crate::i18n::Tr, first: i32, last: i32) -> String {
    if first == last {
        tr.f("caption-years-one", &[("year", tr.year(first).into())])
    } else {
        tr.f(
            "caption-years-range",
            &[("first", tr.year(first).into()), ("last", tr.year(last).into())],
        )
    }
}

/// How a picture is rendered.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ExportSize {
    /// Width in points.
    pub width: u32,
    /// Height in points.
    pub height: u32,
    /// Pixels per point: the PNG is `width * scale` by `height * scale` pixels.
    pub scale: f32,
    /// Dark rather than light.
    pub dark: bool,
}

impl Default for ExportSize {
    /// 1600×900 points at 2×, light: a 3200×1800 picture, crisp in print.
    fn default() -> Self {
        Self {
            width: 1600,
            height: 900,
            scale: 2.0,
            dark: false,
        }
    }
}

impl ExportSize {
    /// Sizes the renderer accepts.
    pub fn validate(&self) -> Result<(), String> {
        if !(320..=8000).contains(&self.width) || !(200..=8000).contains(&self.height) {
            return Err(format!(
                "the size {}×{} is outside 320×200 to 8000×8000 points",
                self.width, self.height
            ));
        }
        if !(0.5..=4.0).contains(&self.scale) {
            return Err(format!("the scale {} is outside 0.5 to 4", self.scale));
        }
        let (px_w, px_h) = self.pixels();
        if px_w > MAX_PIXELS_SIDE || px_h > MAX_PIXELS_SIDE {
            return Err(format!(
                "the picture would be {px_w:.0}×{px_h:.0} pixels; the renderer draws at most {MAX_PIXELS_SIDE:.0} pixels a side"
            ));
        }
        let pixels = f64::from(self.width) * f64::from(self.height) * f64::from(self.scale).powi(2);
        if pixels > 64e6 {
            return Err("the picture would exceed 64 megapixels; choose a smaller size or scale".to_owned());
        }
        Ok(())
    }

    /// Width and height in pixels.
    pub fn pixels(&self) -> (f32, f32) {
        (
            (self.width as f32 * self.scale).round(),
            (self.height as f32 * self.scale).round(),
        )
    }
}

/// A size people publish at, in pixels, drawn at a scale that keeps type in proportion to the
/// picture (a social card and a print picture both read well).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Preset {
    /// One word, for `render --preset`.
    pub key: &'static str,
    /// For the export dialog.
    pub name: &'static str,
    /// Points and scale; the picture is `width × scale` by `height × scale` pixels.
    pub width: u32,
    /// Height in points.
    pub height: u32,
    /// Pixels per point.
    pub scale: f32,
}

/// The sizes the export dialog and `render --preset` offer.
pub const PRESETS: [Preset; 5] = [
    Preset {
        key: "social",
        name: "Social card",
        width: 960,
        height: 540,
        scale: 1.25,
    },
    Preset {
        key: "article",
        name: "Article",
        width: 1280,
        height: 720,
        scale: 1.25,
    },
    Preset {
        key: "square",
        name: "Square",
        width: 720,
        height: 720,
        scale: 1.5,
    },
    Preset {
        key: "mobile",
        name: "Mobile",
        width: 480,
        height: 600,
        scale: 5.0 / 3.0,
    },
    Preset {
        key: "print",
        name: "Print",
        width: 1600,
        height: 900,
        scale: 2.0,
    },
];

impl Preset {
    /// The preset's size with the given theme.
    pub fn size(self, dark: bool) -> ExportSize {
        ExportSize {
            width: self.width,
            height: self.height,
            scale: self.scale,
            dark,
        }
    }

    /// "Social card, 1200 × 675".
    pub fn label(self) -> String {
        let (w, h) = self.size(false).pixels();
        format!("{}, {w} × {h}", self.name)
    }

    /// The preset of a key, if any.
    pub fn find(key: &str) -> Option<Self> {
        PRESETS.into_iter().find(|p| p.key == key)
    }
}

/// What stamps a picture: when, by which version, from which inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct Stamp {
    /// Export date.
    pub date: Date,
    /// Export time, RFC 3339 in UTC.
    pub time: String,
    /// (file name, SHA-256) of each input.
    pub inputs: Vec<(String, String)>,
}

impl Stamp {
    /// A stamp for now and the dataset's reports.
    pub fn now(data: &Dataset) -> Self {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Self::at(secs, data)
    }

    /// A stamp at a given moment (seconds since 1970), for reproducible output.
    pub fn at(secs: u64, data: &Dataset) -> Self {
        let days = i64::try_from(secs / 86_400).unwrap_or(0);
        let rest = secs % 86_400;
        let date = Date::from_days_since_epoch(days);
        Self {
            date,
            time: format!("{date}T{:02}:{:02}:{:02}Z", rest / 3600, rest / 60 % 60, rest % 60),
            inputs: data
                .reports
                .iter()
                .map(|r| (r.name.clone(), r.sha256.clone()))
                .collect(),
        }
    }

    /// `Self::line`, in a language: the date in its digits, the hashes and the version as
    /// they are (they are identifiers, not amounts).
    pub fn line_in(&self, tr: crate::i18n::Tr) -> String {
        let date = tr.digits(&self.date.to_string()).into_owned();
        if self.inputs.len() > Self::NAMED_INPUTS {
            let mut inputs = self.inputs.clone();
            inputs.sort();
            let all: String = inputs.iter().map(|(name, sha)| format!("{sha}  {name}\n")).collect();
            let combined = crate::report::dataset::sha256_hex(all.as_bytes());
            return tr.f(
                "stamp-many",
                &[
                    ("version", VERSION.into()),
                    ("date", date.into()),
                    ("n", self.inputs.len().into()),
                    ("combined", combined[..12].to_owned().into()),
                ],
            );
        }
        let inputs: Vec<String> = self
            .inputs
            .iter()
            .map(|(name, sha)| format!("{} ({name})", &sha[..12.min(sha.len())]))
            .collect();
        tr.f(
            "stamp-inputs",
            &[
                ("version", VERSION.into()),
                ("date", date.into()),
                ("n", inputs.len().into()),
                ("inputs", inputs.join(", ").into()),
            ],
        )
    }

    /// Inputs named one by one in the stamp line.
    pub const NAMED_INPUTS: usize = 3;
}

/// A chart as a stand-alone picture: the chart, what it hides, and the stamp.
#[derive(Clone, Debug)]
pub struct Picture {
    /// The chart drawn.
    pub chart: Chart,
    /// Hidden series and currency.
    pub options: ChartOptions,
    /// One paragraph in plain words.
    pub alt_text: String,
    /// Version, date, input hashes.
    pub stamp: Stamp,
}

impl Picture {
    /// The picture of a prepared chart.
    pub fn new(chart: Chart, options: &ChartOptions, mut stamp: Stamp) -> Self {
        // Event files drawn beside the claims, or as the map's circles, are inputs too, named
        // by their SHA-256.
        if matches!(
            chart.kind(),
            crate::charts::ChartKind::Records | crate::charts::ChartKind::Map
        ) {
            for file in options.records.files.iter() {
                if !stamp.inputs.iter().any(|(_, sha)| *sha == file.sha256) {
                    stamp.inputs.push((file.name.clone(), file.sha256.clone()));
                }
            }
        }
        Self {
            alt_text: chart.alt_text(),
            chart,
            options: options.clone(),
            stamp,
        }
    }

    /// The chart's title.
    pub fn title(&self) -> &str {
        self.chart.title()
    }

    /// A sensible file name: `funding-2023-2025.png`.
    pub fn file_name(&self, extension: &str) -> String {
        self.chart.file_name(extension)
    }

    /// Every line burned in under the chart.
    pub fn caption_lines(&self) -> Vec<String> {
        self.caption_lines_with(3, usize::MAX, false)
    }

    /// The lines burned in under the chart, with at most `claims` claims and `notes` of the
    /// caption's notes (the rest counted in a line).
    fn caption_lines_with(&self, claims: usize, notes: usize, short: bool) -> Vec<String> {
        let tr = self.options.tr;
        let caption = self.chart.caption();
        let mut lines = caption.lines_for_picture_with(claims, notes.min(caption.notes.len()), short);
        let flags = self.chart.flags();
        if flags.qualified {
            lines.push(tr.t(if short {
                "caption-qualified-short"
            } else {
                "caption-qualified"
            }));
        }
        if flags.disputed {
            lines.push(tr.t(if short {
                "caption-disputed-short"
            } else {
                "caption-disputed"
            }));
        }
        if let Some((first, last)) = self.options.years {
            lines.push(years_note(tr, first, last));
        }
        let hidden = self.options.hidden(self.chart.kind());
        if !hidden.is_empty() {
            let hidden: Vec<String> = hidden.iter().map(|h| tr.term(h).into_owned()).collect();
            lines.push(tr.f("caption-not-shown", &[("list", hidden.join(", ").into())]));
        }
        lines.push(self.stamp.line_in(tr));
        lines
    }

    /// Draws the picture: title, chart, caption. The window's chart code does the drawing.
    pub fn ui(&self, ui: &mut egui::Ui) {
        self.draw(ui);
    }

    /// Draws the picture; returns how far its content runs past the bottom of the frame, in
    /// points (zero when everything fits).
    pub fn draw(&self, ui: &mut egui::Ui) -> f32 {
        self.draw_regions(ui).0
    }

    /// [`Picture::draw`], also saying where the title, chart and caption lines were laid out.
    pub fn draw_regions(&self, ui: &mut egui::Ui) -> (f32, vector::Regions) {
        let mut regions = vector::Regions::default();
        let frame = egui::Frame::new()
            .fill(ui.visuals().panel_fill)
            .inner_margin(egui::Margin::same(28));
        let overflow = egui::CentralPanel::default()
            .frame(frame)
            .show(ui, |ui| {
                regions.title = ui.label(caption_text(self.title(), 26.0).strong()).rect;
                ui.add_space(6.0);
                // The chart keeps at least half the height and what it needs to be read; the caption
                // takes the rest, every line as it wraps. Notes that do not fit are counted, and where
                // even that is too much fewer claims are named (all are in the metadata). The caption
                // is fitted again once the chart is drawn, to the room the chart really left.
                let extra = CAPTION_SIZE * 1.4 + 8.0;
                let whole = ui.ctx().content_rect().size();
                let share = self.chart.least_share(whole.x < whole.y * 0.95);
                let least = (ui.available_height() * share).max(self.chart.min_height()).max(120.0);
                let (lines, _) = self.caption_within(ui, ui.available_height() - least - extra);
                let caption_height = text_height(ui, &lines, CAPTION_SIZE) + extra;
                let chart_height = (ui.available_height() - caption_height).max(120.0);
                let draw = crate::charts::DrawContext {
                    options: &self.options,
                    focus: None,
                    picture: true,
                    data: None,
                };
                let drawn = ui.allocate_ui(egui::vec2(ui.available_width(), chart_height), |ui| {
                    self.chart.ui(ui, &draw)
                });
                regions.chart = drawn.response.rect;
                let drawn = drawn.inner;
                ui.add_space(8.0);
                let tr = self.options.tr;
                let full_note = drawn.labels.note(true, tr);
                let note_height = full_note
                    .as_ref()
                    .map_or(0.0, |n| text_height(ui, std::slice::from_ref(n), CAPTION_SIZE));
                let (mut lines, short) = self.caption_within(ui, ui.available_height() - note_height);
                let label_note = if short { drawn.labels.note_short(tr) } else { full_note };
                if let Some(note) = label_note {
                    lines.insert(lines.len() - 1, note);
                }
                for line in lines {
                    regions.caption.push(ui.add(wrapped_label(&line, CAPTION_SIZE)).rect);
                }
                (ui.min_rect().max.y - ui.clip_rect().max.y).max(0.0)
            })
            .inner;
        (overflow, regions)
    }

    /// The caption lines that fit in `room` points: as many claims (up to three) and then notes
    /// as fit, the rest counted.
    /// Where not even the count of claims and notes fits, the lines are worded more briefly (the
    /// second value says so).
    fn caption_within(&self, ui: &egui::Ui, room: f32) -> (Vec<String>, bool) {
        for short in [false, true] {
            let base = |claims| text_height(ui, &self.caption_lines_with(claims, 0, short), CAPTION_SIZE);
            let Some(claims) = (0..=3).rev().find(|&c| base(c) <= room) else {
                continue;
            };
            let mut used = base(claims);
            let fit = self
                .chart
                .caption()
                .notes
                .iter()
                .take_while(|note| {
                    used += text_height(ui, std::slice::from_ref(*note), CAPTION_SIZE);
                    used <= room
                })
                .count();
            return (self.caption_lines_with(claims, fit, short), short);
        }
        (self.caption_lines_with(0, 0, true), true)
    }

    /// Renders the picture offscreen.
    pub fn render(&self, size: ExportSize) -> Result<render::Rgba, String> {
        size.validate()?;
        let dark = size.dark;
        render::render(
            egui::vec2(size.width as f32, size.height as f32),
            size.scale,
            move |ctx| {
                crate::fonts::install(ctx);
                ctx.set_theme(if dark { egui::Theme::Dark } else { egui::Theme::Light });
            },
            |ui| self.ui(ui),
        )
    }

    /// The PNG text chunks: title, sources, claim, inputs' hashes, version, time, alt text.
    pub fn metadata(&self) -> Vec<(String, String)> {
        let caption = self.chart.caption();
        let mut out = vec![
            ("Title".to_owned(), self.title().to_owned()),
            ("Software".to_owned(), format!("fieldreport {VERSION}")),
            ("Creation Time".to_owned(), self.stamp.time.clone()),
            ("Source".to_owned(), caption.sources.join("\n")),
            ("Claim".to_owned(), caption.claims.join("\n")),
            ("Comment".to_owned(), caption.notes.join("\n")),
            ("Description".to_owned(), self.alt_text.clone()),
        ];
        for (name, sha) in &self.stamp.inputs {
            out.push(("Input SHA-256".to_owned(), format!("{sha}  {name}")));
        }
        out
    }

    /// Renders and encodes the PNG with its metadata.
    pub fn png(&self, size: ExportSize) -> Result<Vec<u8>, String> {
        let image = self.render(size)?;
        png::encode(&image, &self.metadata())
    }
}
