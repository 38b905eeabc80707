//! Pictures and data that leave the app: a chart composed with its title, caption, caveats and
//! integrity stamp, rendered offscreen at a chosen size; PNG with text metadata; CSV; alt text;
//! files written safely (temporary name, then rename).

pub mod csv;
pub mod render;

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::app::Prepared;
use crate::charts::{Caption, ChartKind, ChartOptions};
use crate::report::{Dataset, Date};

/// The app's version, written into every export.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The longest side, in pixels, the offscreen renderer accepts (egui-wgpu's texture limit).
pub const MAX_PIXELS_SIDE: f32 = 8192.0;

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
        let (px_w, px_h) = (self.width as f32 * self.scale, self.height as f32 * self.scale);
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

    /// "fieldreport 0.1.0 · exported 2026-11-25 · input 1c4fb904f8a9 (report.json)".
    pub fn line(&self) -> String {
        let inputs: Vec<String> = self
            .inputs
            .iter()
            .map(|(name, sha)| format!("{} ({name})", &sha[..12.min(sha.len())]))
            .collect();
        let label = if inputs.len() == 1 {
            "input SHA-256"
        } else {
            "inputs SHA-256"
        };
        format!(
            "fieldreport {VERSION} · exported {} · {label} {}",
            self.date,
            inputs.join(", ")
        )
    }
}

/// A chart as a stand-alone picture: its title, texts and the data to draw.
#[derive(Clone, Debug)]
pub struct Picture {
    /// Which chart.
    pub kind: ChartKind,
    /// The prepared charts (only `kind`'s is drawn).
    pub prepared: Prepared,
    /// Hidden series and currency.
    pub options: ChartOptions,
    /// Sources, claims, notes.
    pub caption: Caption,
    /// The chart's title.
    pub title: String,
    /// One paragraph in plain words.
    pub alt_text: String,
    /// Qualified figures are shown: add the qualifier legend.
    pub qualified: bool,
    /// Files disagree on a shown figure: explain the red mark.
    pub conflicts: bool,
    /// Version, date, input hashes.
    pub stamp: Stamp,
    /// First and last year shown, for the file name.
    pub years: Option<(i32, i32)>,
}

impl Picture {
    /// The picture of a chart for the current dataset and options.
    pub fn new(kind: ChartKind, data: &Dataset, prepared: &Prepared, options: &ChartOptions, stamp: Stamp) -> Self {
        let (title, caption, series, summary) = match kind {
            ChartKind::Funding => (
                &prepared.funding.title,
                &prepared.funding.caption,
                &prepared.funding.series,
                &prepared.funding.summary,
            ),
            ChartKind::Losses => (
                &prepared.losses.title,
                &prepared.losses.caption,
                &prepared.losses.series,
                &prepared.losses.summary,
            ),
            ChartKind::Townships => (
                &prepared.townships.title,
                &prepared.townships.caption,
                &prepared.townships.series,
                &prepared.townships.summary,
            ),
            ChartKind::Battles => (
                &prepared.battles.title,
                &prepared.battles.caption,
                &prepared.battles.series,
                &prepared.battles.summary,
            ),
        };
        let shown = series.iter().filter(|s| !options.hidden(kind).contains(&s.name));
        let bars: Vec<&crate::charts::BarMark> = shown.flat_map(|s| s.bars.iter()).collect();
        let texts: &[crate::charts::TextMark] = match kind {
            ChartKind::Funding => &prepared.funding.changes,
            ChartKind::Losses => &prepared.losses.labels,
            ChartKind::Battles => &prepared.battles.labels,
            ChartKind::Townships => &[],
        };
        const SYMBOLS: [char; 5] = ['>', '≥', '≈', '<', '≤'];
        let qualified = bars.iter().any(|b| b.label.contains(SYMBOLS) || b.open_above)
            || texts.iter().any(|t| t.text.contains(SYMBOLS));
        let conflicts = bars.iter().any(|b| b.conflict) || texts.iter().any(|t| t.text.contains('⚠'));
        let years = crate::charts::years_of(data.section(kind.section()));
        let years = years.first().zip(years.last()).map(|(a, b)| (*a, *b));
        let alt_text = alt_text(title, summary, caption);
        Self {
            kind,
            prepared: prepared.clone(),
            options: options.clone(),
            caption: caption.clone(),
            title: title.clone(),
            alt_text,
            qualified,
            conflicts,
            stamp,
            years,
        }
    }

    /// A sensible file name: `funding-2023-2025.png`.
    pub fn file_name(&self, extension: &str) -> String {
        match self.years {
            Some((a, b)) if a == b => format!("{}-{a}.{extension}", self.kind.key()),
            Some((a, b)) => format!("{}-{a}-{b}.{extension}", self.kind.key()),
            None => format!("{}.{extension}", self.kind.key()),
        }
    }

    /// Every line burned in under the chart.
    pub fn caption_lines(&self) -> Vec<String> {
        let mut lines = self.caption.lines();
        if self.qualified {
            lines.push(
                "Qualified figures: > over · ≥ at least · ≈ about · < under · ≤ at most; a faded bar end with an arrow marks a figure that may be higher."
                    .to_owned(),
            );
        }
        if self.conflicts {
            lines.push(
                "⚠ and an outline mark a figure the open reports disagree on; every value claimed is given, and each is in the data export with its source."
                    .to_owned(),
            );
        }
        if !self.options.hidden(self.kind).is_empty() {
            let hidden: Vec<&str> = self.options.hidden(self.kind).iter().map(String::as_str).collect();
            lines.push(format!("Not shown: {}.", hidden.join(", ")));
        }
        lines.push(self.stamp.line());
        lines
    }

    /// Draws the picture: title, chart, caption. The window's chart code does the drawing.
    pub fn ui(&self, ui: &mut egui::Ui) {
        let frame = egui::Frame::new()
            .fill(ui.visuals().panel_fill)
            .inner_margin(egui::Margin::same(28));
        egui::CentralPanel::default().frame(frame).show(ui, |ui| {
            ui.label(egui::RichText::new(&self.title).size(26.0).strong());
            ui.add_space(6.0);
            let lines = self.caption_lines();
            let caption_height = 18.0 * lines.len() as f32 + 16.0;
            let chart_height = (ui.available_height() - caption_height).max(120.0);
            ui.allocate_ui(egui::vec2(ui.available_width(), chart_height), |ui| {
                let p = &self.prepared;
                match self.kind {
                    ChartKind::Funding => drop(crate::charts::funding::ui(ui, &p.funding, &self.options, None)),
                    ChartKind::Losses => drop(crate::charts::losses::ui(ui, &p.losses, &self.options, None)),
                    ChartKind::Townships => drop(crate::charts::townships::ui(ui, &p.townships, &self.options, None)),
                    ChartKind::Battles => drop(crate::charts::battles::ui(ui, &p.battles, &self.options, None)),
                }
            });
            ui.add_space(8.0);
            for line in lines {
                ui.add(egui::Label::new(egui::RichText::new(line).size(13.0)).wrap());
            }
        });
    }

    /// Renders the picture offscreen.
    pub fn render(&self, size: ExportSize) -> Result<render::Rgba, String> {
        size.validate()?;
        let dark = size.dark;
        render::render(
            egui::vec2(size.width as f32, size.height as f32),
            size.scale,
            move |ctx| {
                ctx.set_fonts(crate::ui::font_definitions());
                ctx.set_theme(if dark { egui::Theme::Dark } else { egui::Theme::Light });
            },
            |ui| self.ui(ui),
        )
    }

    /// The PNG text chunks: title, sources, claim, inputs' hashes, version, time, alt text.
    pub fn metadata(&self) -> Vec<(String, String)> {
        let mut out = vec![
            ("Title".to_owned(), self.title.clone()),
            ("Software".to_owned(), format!("fieldreport {VERSION}")),
            ("Creation Time".to_owned(), self.stamp.time.clone()),
            ("Source".to_owned(), self.caption.sources.join("\n")),
            ("Claim".to_owned(), self.caption.claims.join("\n")),
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
        encode_png(&image, &self.metadata())
    }
}

/// One paragraph describing a chart in plain words, from its data.
pub fn alt_text(title: &str, summary: &str, caption: &Caption) -> String {
    let mut out = format!("Chart: {title}. {summary}");
    for claim in &caption.claims {
        out.push(' ');
        out.push_str(claim);
    }
    if !caption.sources.is_empty() {
        out.push_str(&format!(" Source: {}.", caption.sources.join("; ")));
    }
    out
}

/// Encodes RGBA pixels as PNG with iTXt text chunks.
pub fn encode_png(image: &render::Rgba, text: &[(String, String)]) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, image.width, image.height);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        for (key, value) in text {
            encoder
                .add_itxt_chunk(key.clone(), value.clone())
                .map_err(|e| format!("the PNG metadata could not be written: {e}"))?;
        }
        let mut writer = encoder
            .write_header()
            .map_err(|e| format!("the PNG could not be encoded: {e}"))?;
        writer
            .write_image_data(&image.pixels)
            .map_err(|e| format!("the PNG could not be encoded: {e}"))?;
        writer
            .finish()
            .map_err(|e| format!("the PNG could not be encoded: {e}"))?;
    }
    Ok(bytes)
}

/// Writes a file through a temporary name in the same folder, then renames it: a failed write
/// leaves no partial file. The message says why it failed, with the path last.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| format!("not a file name: {}", path.display()))?;
    let temp: PathBuf = dir.join(format!(".{name}.{}.part", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "the folder does not exist".to_owned(),
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                "the folder is not writable".to_owned()
            }
            std::io::ErrorKind::StorageFull => "the disk is full".to_owned(),
            _ => e.to_string(),
        };
        format!("could not save: {why}: {}", path.display())
    })
}
