//! Charts: each file has a pure `prepare` (dataset in, plain chart data out, unit-tested) and a
//! thin `ui` that draws that data with egui_plot. Shared pieces live here: colours, captions,
//! bar marks with their qualifier and conflict decorations.

pub mod battles;
pub mod funding;
pub mod losses;
pub mod townships;

use std::collections::BTreeSet;

use egui::{Align2, Color32, RichText};
use egui_plot::{Arrows, Bar, BarChart, ItemId, Legend, Plot, PlotPoint, PlotUi, Text};

use crate::report::figure::{Figure, Unit};
use crate::report::{Dataset, Section};

/// The four charts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum ChartKind {
    /// Battalion funding per year.
    #[default]
    Funding,
    /// Losses per year, stacked by category.
    Losses,
    /// Township control per snapshot.
    Townships,
    /// Battles per year and group.
    Battles,
}

impl ChartKind {
    /// All charts, in tab order.
    pub const ALL: [Self; 4] = [Self::Funding, Self::Losses, Self::Townships, Self::Battles];

    /// One word: used for file names, snapshot names and the command line.
    pub fn key(self) -> &'static str {
        match self {
            Self::Funding => "funding",
            Self::Losses => "losses",
            Self::Townships => "townships",
            Self::Battles => "battles",
        }
    }

    /// The tab's label.
    pub fn tab(self) -> &'static str {
        match self {
            Self::Funding => "Funding",
            Self::Losses => "Losses",
            Self::Townships => "Townships",
            Self::Battles => "Battles",
        }
    }

    /// The report section the chart draws.
    pub fn section(self) -> Section {
        match self {
            Self::Funding => Section::Funding,
            Self::Losses => Section::Losses,
            Self::Townships => Section::Townships,
            Self::Battles => Section::Battles,
        }
    }
}

/// Which currency the funding chart shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Currency {
    /// Myanmar kyats.
    #[default]
    Mmk,
    /// US dollars.
    Usd,
}

impl Currency {
    /// The other one.
    pub fn toggled(self) -> Self {
        match self {
            Self::Mmk => Self::Usd,
            Self::Usd => Self::Mmk,
        }
    }

    /// Unit of its figures.
    pub fn unit(self) -> Unit {
        match self {
            Self::Mmk => Unit::Mmk,
            Self::Usd => Unit::Usd,
        }
    }

    /// Short name for the toggle.
    pub fn name(self) -> &'static str {
        match self {
            Self::Mmk => "MMK",
            Self::Usd => "USD",
        }
    }
}

/// Settings that change what the charts show.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartOptions {
    /// Currency of the funding chart.
    pub currency: Currency,
    /// Series hidden through each chart's legend, by name.
    pub hidden: std::collections::BTreeMap<ChartKind, BTreeSet<String>>,
}

/// No hidden series.
static NONE_HIDDEN: BTreeSet<String> = BTreeSet::new();

impl ChartOptions {
    /// The series hidden in one chart.
    pub fn hidden(&self, kind: ChartKind) -> &BTreeSet<String> {
        self.hidden.get(&kind).unwrap_or(&NONE_HIDDEN)
    }

    /// Hides a series of one chart.
    pub fn hide(&mut self, kind: ChartKind, name: &str) {
        self.hidden.entry(kind).or_default().insert(name.to_owned());
    }
}

/// Who says so: shown under every chart and burned into exports.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Caption {
    /// "Mizzima, 2026-01-05: NUG reports …", one per source.
    pub sources: Vec<String>,
    /// Each contributing report's claim line.
    pub claims: Vec<String>,
    /// Notes that qualify the whole chart ("330 townships assumed").
    pub notes: Vec<String>,
}

impl Caption {
    /// The caption of the reports that give figures for a section.
    pub fn for_section(data: &Dataset, section: Section) -> Self {
        let mut caption = Self::default();
        for loaded in &data.reports {
            let r = &loaded.report;
            let has = match section {
                Section::Funding => !r.funding.is_empty(),
                Section::Losses => !r.losses.is_empty(),
                Section::Battles => !r.battles.is_empty(),
                Section::Townships => !r.townships.is_empty(),
            };
            if !has {
                continue;
            }
            if r.sources.is_empty() {
                push_unique(&mut caption.sources, format!("{} ({})", r.title, loaded.name));
            }
            for s in &r.sources {
                push_unique(&mut caption.sources, s.citation());
            }
            if let Some(claim) = &r.claim {
                push_unique(&mut caption.claims, claim.clone());
            }
        }
        caption
    }

    /// The caption as lines of text.
    pub fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        let label = if self.sources.len() > 1 { "Sources" } else { "Source" };
        if !self.sources.is_empty() {
            out.push(format!("{label}: {}", self.sources.join("; ")));
        }
        for claim in &self.claims {
            out.push(claim.clone());
        }
        out.extend(self.notes.iter().cloned());
        out
    }
}

fn push_unique(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// A bar as a chart shows it: position, size, label, tooltip, and the marks of trust.
#[derive(Clone, Debug, PartialEq)]
pub struct BarMark {
    /// Position along the category axis (a year, or a row).
    pub x: f64,
    /// Where the bar starts (non-zero when stacked).
    pub base: f64,
    /// Length of the bar, in the chart's display unit.
    pub height: f64,
    /// Bar width along the category axis.
    pub width: f64,
    /// Label drawn at the bar's end ("> 33.6 bn"); empty for none.
    pub label: String,
    /// Everything about the figure: exact value, qualifier, change, source, conflicts.
    pub tooltip: String,
    /// The figure is open above ("over", "at least"): drawn with an arrow past its end.
    pub open_above: bool,
    /// Files disagree about this figure: drawn with a red outline and a warning sign.
    pub conflict: bool,
    /// The label sits inside the bar (stacked segments) rather than past its end.
    pub inside: bool,
}

/// A named series of bars with one colour; hidden through the legend by its name.
#[derive(Clone, Debug, PartialEq)]
pub struct BarSeries {
    /// Legend name.
    pub name: String,
    /// Fill colour.
    pub color: Color32,
    /// The bars.
    pub bars: Vec<BarMark>,
    /// Bars lie along x (horizontal) rather than up y.
    pub horizontal: bool,
}

/// A text placed in the plot.
#[derive(Clone, Debug, PartialEq)]
pub struct TextMark {
    /// Position x.
    pub x: f64,
    /// Position y.
    pub y: f64,
    /// The text.
    pub text: String,
    /// Which point of the text sits at (x, y).
    pub anchor: Align2,
    /// Drawn in the strong text colour (totals) rather than the weak one (changes).
    pub strong: bool,
}

/// Colour of a category label, the same in every chart; unknown labels get a stable colour from
/// a palette.
pub fn category_color(label: &str) -> Color32 {
    match label.to_lowercase().as_str() {
        "killed" => Color32::from_rgb(0xB2, 0x18, 0x2B),
        "injured" => Color32::from_rgb(0xEF, 0x8A, 0x62),
        "captured" => Color32::from_rgb(0x21, 0x66, 0xAC),
        "defected" => Color32::from_rgb(0x80, 0x73, 0xAC),
        "surrounded" => Color32::from_rgb(0x67, 0xA9, 0xCF),
        "contested" => Color32::from_rgb(0xE0, 0xA5, 0x2B),
        "resistance administration" => Color32::from_rgb(0x1B, 0x78, 0x37),
        "junta administration" => Color32::from_rgb(0x5A, 0x5A, 0x5A),
        "not reported" => Color32::from_rgb(0xC8, 0xC8, 0xC8),
        "total" | "all battles" => Color32::from_rgb(0x73, 0x73, 0x73),
        "not broken down" => Color32::from_rgb(0xD9, 0xD0, 0xC1),
        other => {
            const PALETTE: [Color32; 7] = [
                Color32::from_rgb(0x1B, 0x9E, 0x77),
                Color32::from_rgb(0xD9, 0x5F, 0x02),
                Color32::from_rgb(0x75, 0x70, 0xB3),
                Color32::from_rgb(0xE7, 0x29, 0x8A),
                Color32::from_rgb(0x66, 0xA6, 0x1E),
                Color32::from_rgb(0xA6, 0x76, 0x1D),
                Color32::from_rgb(0x2C, 0x7F, 0xB8),
            ];
            // FNV-1a: stable across runs and machines, unlike the std hasher.
            let hash = other.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
            });
            PALETTE[(hash % PALETTE.len() as u64) as usize]
        }
    }
}

/// The colour of money bars.
pub const FUNDING_COLOR: Color32 = Color32::from_rgb(0x01, 0x66, 0x5E);

/// Colour that marks a conflict between files.
pub const CONFLICT_COLOR: Color32 = Color32::from_rgb(0xD7, 0x19, 0x1C);

/// Every value claimed for a point, for a label: "5,699" or, when files disagree, "5,699 or 5,600".
pub fn claims_label(point: &crate::report::Point, unit: Unit) -> String {
    point
        .claims
        .iter()
        .map(|c| c.figure.short(unit))
        .collect::<Vec<_>>()
        .join(" or ")
}

/// The outline of a conflicting bar: red, or black where the bar itself is red.
fn conflict_stroke(fill: Color32) -> egui::Stroke {
    let near = |a: u8, b: u8| a.abs_diff(b) < 90;
    let reddish =
        near(fill.r(), CONFLICT_COLOR.r()) && near(fill.g(), CONFLICT_COLOR.g()) && near(fill.b(), CONFLICT_COLOR.b());
    egui::Stroke::new(3.0, if reddish { Color32::BLACK } else { CONFLICT_COLOR })
}

/// The tooltip lines of a figure: exact value with its qualifier, note, and every claim.
pub fn figure_tooltip(data: &Dataset, point: &crate::report::Point, unit: Unit) -> String {
    let mut lines = Vec::new();
    for (i, claim) in point.claims.iter().enumerate() {
        let prefix = if point.is_conflict() {
            format!("Claim {}: ", i + 1)
        } else {
            String::new()
        };
        lines.push(format!("{prefix}{}", exact_words(&claim.figure, unit)));
        if let Some(note) = &claim.figure.note {
            lines.push(format!("Note: {note}"));
        }
        lines.push(format!("Source: {}", sources_of(data, &claim.sources)));
    }
    if point.is_conflict() {
        lines.insert(0, "⚠ The files disagree about this figure:".to_owned());
    }
    lines.join("\n")
}

/// The exact figure with its qualifier: "over 33,600,000,000 kyats (33.6 billion)".
pub fn exact_words(figure: &Figure, unit: Unit) -> String {
    let q = figure.qualifier.words();
    let q = if q.is_empty() { String::new() } else { format!("{q} ") };
    match unit {
        Unit::Count => format!("{q}{}", crate::report::figure::thousands(figure.value)),
        Unit::Mmk => format!(
            "{q}{} kyats ({})",
            crate::report::figure::thousands(figure.value),
            crate::report::figure::long_value(figure.value, unit)
        ),
        Unit::Usd => format!(
            "{q}US${} ({})",
            crate::report::figure::thousands(figure.value),
            crate::report::figure::long_value(figure.value, unit)
        ),
    }
}

/// "report.json: Mizzima, 2026-01-05: NUG reports …" for a claim's reports.
pub fn sources_of(data: &Dataset, sources: &[usize]) -> String {
    sources
        .iter()
        .filter_map(|&i| data.reports.get(i))
        .map(|r| {
            let cited: Vec<String> = r.report.sources.iter().map(|s| s.citation()).collect();
            if cited.is_empty() {
                format!("{} ({})", r.report.title, r.name)
            } else {
                format!("{} ({})", cited.join("; "), r.name)
            }
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

/// A plot set up the same way for every chart: legend, no scroll zoom hijacking the page,
/// double-click to reset.
pub fn base_plot<'a>(id: &str, hidden: &BTreeSet<String>, x_label: &str, y_label: &str) -> Plot<'a> {
    Plot::new(id)
        .legend(
            Legend::default()
                .position(egui_plot::Corner::RightTop)
                .follow_insertion_order(true)
                .hidden_items(hidden.iter().map(ItemId::new)),
        )
        .x_axis_label(x_label.to_owned())
        .y_axis_label(y_label.to_owned())
        .allow_scroll(false)
        .allow_double_click_reset(true)
        .show_crosshair(false)
        .min_size(egui::vec2(200.0, 200.0))
}

/// Black or white, whichever reads better on `fill`.
pub fn text_on(fill: Color32) -> Color32 {
    let luma = 0.299 * f32::from(fill.r()) + 0.587 * f32::from(fill.g()) + 0.114 * f32::from(fill.b());
    if luma > 150.0 { Color32::BLACK } else { Color32::WHITE }
}

/// Draws a series of bars with its labels, open-ended extensions and conflict marks. Every
/// item carries the series' id, so hiding the series in the legend hides all of them.
pub fn draw_series(plot_ui: &mut PlotUi<'_>, series: &BarSeries, text_color: Color32, extent: f64) {
    // Plot items hash what `id` is given into their `ItemId`, as the legend does with names.
    let id = series.name.as_str();
    let orient = |bar: Bar| if series.horizontal { bar.horizontal() } else { bar };
    let bars: Vec<Bar> = series
        .bars
        .iter()
        .map(|b| {
            let mut bar = Bar::new(b.x, b.height)
                .base_offset(b.base)
                .width(b.width)
                .fill(series.color);
            if b.conflict {
                bar = bar.stroke(conflict_stroke(series.color));
            }
            orient(bar)
        })
        .collect();
    plot_ui.bar_chart(
        BarChart::new(series.name.clone(), bars)
            .color(series.color)
            .id(id)
            .allow_hover(false),
    );
    let reach = extent * 0.08;
    // Open-ended figures ("over", "at least") continue past their end in a fading segment.
    let open: Vec<Bar> = series
        .bars
        .iter()
        .filter(|b| b.open_above && !b.inside)
        .map(|b| {
            orient(
                Bar::new(b.x, reach)
                    .base_offset(b.base + b.height)
                    .width(b.width)
                    .fill(series.color.gamma_multiply(0.3))
                    .stroke(egui::Stroke::NONE),
            )
        })
        .collect();
    if !open.is_empty() {
        plot_ui.bar_chart(BarChart::new(String::new(), open).id(id).allow_hover(false));
    }
    let [px_x, px_y] = plot_ui.transform().dpos_dvalue();
    for b in &series.bars {
        let end = b.base + b.height;
        if b.open_above && !b.inside {
            let (origin, tip) = if series.horizontal {
                ([end, b.x], [end + reach, b.x])
            } else {
                ([b.x, end], [b.x, end + reach])
            };
            plot_ui.arrows(
                Arrows::new(String::new(), vec![origin], vec![tip])
                    .color(series.color)
                    .tip_length(8.0)
                    .id(id)
                    .allow_hover(false),
            );
        }
        if b.label.is_empty() && !b.conflict {
            continue;
        }
        let marked = if b.conflict {
            format!("⚠ {}", b.label)
        } else {
            b.label.clone()
        };
        if b.inside || series.horizontal {
            // Only where the label fits inside the bar.
            let (room_along, room_across) = if series.horizontal {
                ((b.height * px_x).abs(), (b.width * px_y).abs())
            } else {
                ((b.height * px_y).abs(), (b.width * px_x).abs())
            };
            // About 6.6 points per character at 13 points; a label that does not fit drops its
            // bracketed part ("37 (11 %)" → "37"), then itself.
            let fits = |text: &str| {
                let len = text.chars().count() as f64 * 6.6 + 8.0;
                if series.horizontal {
                    room_along >= len && room_across >= 16.0
                } else {
                    room_along >= 18.0 && room_across >= len
                }
            };
            let short = marked.split(" (").next().unwrap_or_default();
            // The last resort keeps the caveat: the qualifier's symbol, or the conflict sign.
            let symbol = marked
                .split(' ')
                .next()
                .filter(|s| s.chars().all(|c| "⚠>≥≈<≤".contains(c)))
                .unwrap_or("");
            let Some(label) = [marked.as_str(), short, symbol]
                .into_iter()
                .filter(|t| !t.is_empty())
                .find(|t| fits(t))
            else {
                continue;
            };
            let pos = if series.horizontal {
                PlotPoint::new(b.base + b.height / 2.0, b.x)
            } else {
                PlotPoint::new(b.x, b.base + b.height / 2.0)
            };
            plot_ui.text(
                Text::new(
                    String::new(),
                    pos,
                    RichText::new(label).color(text_on(series.color)).size(13.0),
                )
                .anchor(Align2::CENTER_CENTER)
                .id(id)
                .allow_hover(false),
            );
        } else {
            let lift = if b.open_above { reach * 1.15 } else { 0.0 } + extent * 0.01;
            plot_ui.text(
                Text::new(
                    String::new(),
                    PlotPoint::new(b.x, end + lift),
                    RichText::new(&marked)
                        .color(if b.conflict { CONFLICT_COLOR } else { text_color })
                        .size(13.0),
                )
                .anchor(Align2::CENTER_BOTTOM)
                .id(id)
                .allow_hover(false),
            );
        }
    }
}

/// Tick labels with thousands separators.
pub fn thousands_label(mark: egui_plot::GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    if mark.value.fract() == 0.0 {
        crate::report::figure::thousands(mark.value)
    } else {
        format!("{}", mark.value)
    }
}

/// The tooltip of the visible bar under the pointer, if any.
pub fn hovered(plot_ui: &PlotUi<'_>, series: &[BarSeries], hidden: &BTreeSet<String>) -> Option<String> {
    let pointer = plot_ui.pointer_coordinate()?;
    series.iter().filter(|s| !hidden.contains(&s.name)).find_map(|s| {
        s.bars.iter().find_map(|b| {
            let (along, across) = if s.horizontal {
                (pointer.y, pointer.x)
            } else {
                (pointer.x, pointer.y)
            };
            let inside = (along - b.x).abs() <= b.width / 2.0 && across >= b.base && across <= b.base + b.height;
            inside.then(|| b.tooltip.clone())
        })
    })
}

/// Shows the hovered bar's tooltip in a framed tooltip that follows the pointer.
pub fn show_tooltip(response: &egui::Response, tooltip: Option<String>) {
    if let Some(text) = tooltip {
        response.clone().on_hover_text_at_pointer(text);
    }
}

/// Draws free text marks.
pub fn draw_texts(plot_ui: &mut PlotUi<'_>, texts: &[TextMark], strong: Color32, weak: Color32) {
    for t in texts {
        let color = if t.strong { strong } else { weak };
        let mut rich = RichText::new(&t.text).color(color).size(13.0);
        if t.strong {
            rich = rich.strong();
        }
        plot_ui.text(
            Text::new(String::new(), PlotPoint::new(t.x, t.y), rich)
                .anchor(t.anchor)
                .allow_hover(false),
        );
    }
}

/// Grid marks at whole years only.
pub fn year_marks(years: &[i32]) -> impl Fn(egui_plot::GridInput) -> Vec<egui_plot::GridMark> + 'static {
    let years = years.to_vec();
    move |_input| {
        years
            .iter()
            .map(|&y| egui_plot::GridMark {
                value: f64::from(y),
                step_size: 1.0,
            })
            .collect()
    }
}

/// Formats a year tick; anything between years stays blank.
pub fn year_label(mark: egui_plot::GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    if mark.value.fract() == 0.0 {
        format!("{}", mark.value as i64)
    } else {
        String::new()
    }
}

/// Reads back which series the legend hides now; `Some` when the user changed it this frame.
pub fn hidden_after(
    ctx: &egui::Context,
    plot_id: egui::Id,
    names: &[String],
    hidden: &BTreeSet<String>,
) -> Option<BTreeSet<String>> {
    let memory = egui_plot::PlotMemory::load(ctx, plot_id)?;
    let now: BTreeSet<String> = names
        .iter()
        .filter(|n| memory.hidden_items.contains(&ItemId::new(n.as_str())))
        .cloned()
        .collect();
    let before: BTreeSet<String> = names.iter().filter(|n| hidden.contains(*n)).cloned().collect();
    (now != before).then(|| {
        let mut all: BTreeSet<String> = hidden.iter().filter(|n| !names.contains(n)).cloned().collect();
        all.extend(now);
        all
    })
}

/// A chart of bars over years: what [`year_bars_ui`] needs.
pub struct YearBars<'a> {
    /// Which chart: names its plot and its hidden series.
    pub kind: ChartKind,
    /// The y axis label, with its unit.
    pub y_label: &'a str,
    /// Bars.
    pub series: &'a [BarSeries],
    /// Labels and changes.
    pub texts: &'a [TextMark],
    /// Years on the x axis.
    pub years: &'a [i32],
    /// Highest value to keep in view (bars, reported totals), before headroom for labels.
    pub extent: f64,
}

/// Draws bars over years with labels, tooltips and legend; `extra` adds chart-specific marks.
/// Returns the hidden series when the user changed them in the legend.
pub fn year_bars_ui(
    ui: &mut egui::Ui,
    chart: &YearBars<'_>,
    options: &ChartOptions,
    focus: Option<crate::report::When>,
    extra: impl FnOnce(&mut PlotUi<'_>, Color32),
) -> Option<BTreeSet<String>> {
    let focus_band = ui.visuals().selection.bg_fill.gamma_multiply(0.35);
    let strong = ui.visuals().strong_text_color();
    let normal = ui.visuals().text_color();
    let hidden = options.hidden(chart.kind);
    let id = egui::Id::unique(("plot", chart.kind.key()));
    let names: Vec<String> = chart.series.iter().map(|s| s.name.clone()).collect();
    let (lo, hi) = match (chart.years.first(), chart.years.last()) {
        (Some(&a), Some(&b)) => (f64::from(a) - 0.6, f64::from(b) + 0.6),
        _ => (0.0, 1.0),
    };
    let extent = chart.extent;
    let response = base_plot(chart.kind.key(), hidden, "Year", chart.y_label)
        .id(id)
        .show_grid([false, true])
        .y_axis_formatter(thousands_label)
        .x_grid_spacer(year_marks(chart.years))
        .x_axis_formatter(year_label)
        .include_y(0.0)
        .include_y(extent * 1.25)
        .include_x(lo)
        .include_x(hi)
        .show(ui, |plot_ui| {
            let tip = hovered(plot_ui, chart.series, hidden);
            if let Some(when) = focus {
                // The year a check or conflict points at, behind its bars.
                let x = f64::from(when.year());
                let top = extent * 1.2;
                plot_ui.polygon(
                    egui_plot::Polygon::new(
                        String::new(),
                        egui_plot::PlotPoints::from(vec![
                            [x - 0.48, 0.0],
                            [x + 0.48, 0.0],
                            [x + 0.48, top],
                            [x - 0.48, top],
                        ]),
                    )
                    .fill_color(focus_band)
                    .stroke(egui::Stroke::NONE)
                    .allow_hover(false),
                );
            }
            for s in chart.series {
                draw_series(plot_ui, s, strong, extent);
            }
            extra(plot_ui, strong);
            draw_texts(plot_ui, chart.texts, strong, normal);
            tip
        });
    show_tooltip(&response.response, response.inner);
    hidden_after(ui.ctx(), id, &names, hidden)
}

/// Every year the series have a figure for, sorted, once each.
pub fn years_of<'a>(series: impl Iterator<Item = &'a crate::report::Series>) -> Vec<i32> {
    let mut years: Vec<i32> = series.flat_map(|s| s.points.iter().map(|p| p.when.year())).collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// The largest bar end, to size arrows and label room.
pub fn extent(series: &[BarSeries]) -> f64 {
    series
        .iter()
        .flat_map(|s| s.bars.iter().map(|b| b.base + b.height))
        .fold(0.0, f64::max)
        .max(1e-9)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_known_labels_keep_their_colours() {
        assert_eq!(category_color("killed"), Color32::from_rgb(0xB2, 0x18, 0x2B));
        assert_eq!(category_color("Captured"), category_color("captured"));
        assert_eq!(
            category_color("drone-only attacks"),
            category_color("drone-only attacks")
        );
        assert_ne!(category_color("killed"), category_color("injured"));
    }

    #[test]
    fn the_caption_names_sources_and_claims() {
        let data = Dataset::merge(vec![crate::report::sample()]);
        let caption = Caption::for_section(&data, Section::Funding);
        let lines = caption.lines();
        assert!(
            lines[0].starts_with("Source: Mizzima, 2026-01-05: NUG reports 9,549"),
            "{lines:?}"
        );
        assert!(lines[1].starts_with("Figures as claimed by the NUG"), "{lines:?}");
    }
}
