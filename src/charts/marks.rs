//! What every chart is made of, as plain data: bars and texts with their marks of trust
//! (qualifier, conflict), captions that say who says so, and the wording of figures in labels
//! and tooltips. No drawing here: [`super::plot`] draws these.

use std::collections::{BTreeSet, HashMap, HashSet};

use egui::{Align2, Color32};

use crate::i18n::Tr;
use crate::report::model::figure::{Figure, Unit};
use crate::report::{Dataset, LoadedReport, Point, Section, Series};

/// Who says so: shown under every chart and burned into exports.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Caption {
    /// "Mizzima, 2026-01-05: NUG reports …", one per source.
    pub sources: Vec<String>,
    /// Each contributing report's claim line.
    pub claims: Vec<String>,
    /// Notes that qualify the whole chart ("330 townships assumed").
    pub notes: Vec<String>,
    /// Credits the data's licences ask for (the map's attribution): never left out.
    pub credits: Vec<String>,
    /// The language of the caption's own words; the reports' words are as written.
    pub tr: Tr,
}

impl Caption {
    /// The caption of the reports that give figures for a section.
    pub fn for_section(data: &Dataset, section: Section, tr: Tr) -> Self {
        let mut caption = Self { tr, ..Self::default() };
        let (mut sources, mut claims) = (HashSet::new(), HashSet::new());
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
                push_unique(
                    &mut caption.sources,
                    &mut sources,
                    format!("{} ({})", r.title, loaded.name),
                );
            }
            for s in &r.sources {
                push_unique(&mut caption.sources, &mut sources, s.citation());
            }
            if let Some(claim) = &r.claim {
                push_unique(&mut caption.claims, &mut claims, claim.clone());
            }
        }
        caption
    }

    /// The caption as lines of text, with at most `max` sources named (the rest counted): for
    /// the window, where the Sources view lists them all.
    /// Notes beyond `max` are counted too (every one is in the Checks panel).
    pub fn lines_brief(&self, max: usize) -> Vec<String> {
        let tr = self.tr;
        let brief = Self {
            sources: self.sources.clone(),
            claims: self.claims.clone(),
            notes: self.notes.iter().take(max).cloned().collect(),
            credits: self.credits.clone(),
            tr,
        };
        let mut lines = brief.lines();
        if self.sources.len() > max
            && let Some(first) = lines.first_mut()
        {
            *first = tr.f(
                "caption-sources-more",
                &[
                    ("list", self.sources[..max].join("; ").into()),
                    ("n", (self.sources.len() - max).into()),
                ],
            );
        }
        if self.notes.len() > max {
            lines.push(tr.f("caption-notes-more", &[("n", (self.notes.len() - max).into())]));
        }
        lines
    }

    /// The caption for a picture: every line as it is, but with more than three sources they
    /// are counted by publisher and with more than three claims the rest are counted (every one
    /// is in the picture's metadata and the data export).
    pub fn lines_for_picture(&self) -> Vec<String> {
        self.lines_for_picture_with(3, self.notes.len(), false)
    }

    /// [`Self::lines_for_picture`] with only the first `claims` claims and `notes` notes, the
    /// rest counted (every one is in the picture's metadata), for a picture too small for all;
    /// `short` words the sources line more briefly, for the smallest pictures.
    pub fn lines_for_picture_with(&self, claims: usize, notes: usize, short: bool) -> Vec<String> {
        const NAMED: usize = 3;
        let tr = self.tr;
        let mut out = Vec::new();
        if self.sources.len() > NAMED {
            let mut publishers: Vec<(String, usize)> = Vec::new();
            for s in &self.sources {
                // A citation reads "Publisher, date: title"; what comes before the first comma
                // or colon names the publisher.
                let who = s.split([',', ':']).next().unwrap_or(s).trim().to_owned();
                match publishers.iter_mut().find(|(p, _)| *p == who) {
                    Some((_, n)) => *n += 1,
                    None => publishers.push((who, 1)),
                }
            }
            let named: Vec<String> = publishers
                .iter()
                .map(|(p, n)| format!("{p} ({})", tr.n(*n as f64)))
                .collect();
            out.push(tr.f(
                if short {
                    "caption-sources-by-publisher-short"
                } else {
                    "caption-sources-by-publisher"
                },
                &[
                    ("n", self.sources.len().into()),
                    ("publishers", named.join(", ").into()),
                ],
            ));
        } else if !self.sources.is_empty() {
            out.push(self.sources_line());
        }
        out.extend(self.claims.iter().take(claims).cloned());
        match self.claims.len().saturating_sub(claims) {
            0 => {}
            n => out.push(tr.f("caption-claims-more", &[("n", n.into())])),
        }
        out.extend(self.notes.iter().take(notes).cloned());
        match self.notes.len().saturating_sub(notes) {
            0 => {}
            n => out.push(tr.f("caption-notes-more-picture", &[("n", n.into())])),
        }
        out.extend(self.credits.iter().cloned());
        out
    }

    /// The caption as lines of text.
    pub fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        if !self.sources.is_empty() {
            out.push(self.sources_line());
        }
        for claim in &self.claims {
            out.push(claim.clone());
        }
        out.extend(self.notes.iter().cloned());
        out.extend(self.credits.iter().cloned());
        out
    }
}

impl Caption {
    /// "Source: …" or "Sources: …; …", every source named.
    fn sources_line(&self) -> String {
        let key = if self.sources.len() > 1 {
            "caption-sources"
        } else {
            "caption-source"
        };
        self.tr.f(key, &[("list", self.sources.join("; ").into())])
    }
}

/// Appends `item` unless `seen` already has it: the list keeps its order, the set keeps it linear.
fn push_unique(list: &mut Vec<String>, seen: &mut HashSet<String>, item: String) {
    if seen.insert(item.clone()) {
        list.push(item);
    }
}

/// A bar as a chart shows it: position, size, label, tooltip, and the marks of trust.
#[derive(Clone, Debug, Default, PartialEq)]
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
    /// A shorter label, drawn where the label has no room ("3 values" for a disputed figure);
    /// empty for none.
    pub short_label: String,
    /// The chart's own lines about the bar ("Battalion support, 2025"); on hover the figure's
    /// exact value, note and sources follow, then [`Self::tooltip_tail`].
    pub tooltip: String,
    /// The reported figure the bar draws, written into the tooltip only when hovered (a
    /// figure claimed by fifty files has fifty sources: too much to keep for every bar).
    pub point: Option<PointRef>,
    /// Lines after the figure's: the change, the other currency, the implied rate.
    pub tooltip_tail: String,
    /// Some claim for the figure carries a qualifier ("over", "about", …).
    pub qualified: bool,
    /// The figure is open above ("over", "at least"): drawn with an arrow past its end.
    pub open_above: bool,
    /// Files disagree about this figure: drawn with a red outline and a warning sign.
    pub conflict: bool,
    /// A later report restated this figure: the earlier report's value, in the chart's display
    /// unit, drawn as a tick and a hollow ring where the bar (drawn at the later value) would
    /// end with it, `base` plus this.
    pub earlier: Option<f64>,
    /// The label sits inside the bar (stacked segments) rather than past its end.
    pub inside: bool,
    /// Which labels are placed first when not all fit (see [`super::labels::priority`]).
    pub priority: u8,
}

/// Where a reported figure is in the dataset: its series and its point.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PointRef {
    /// Index into [`Dataset::series`].
    pub series: usize,
    /// Index into that series' points.
    pub point: usize,
}

/// What the bars of reported figures are made with: where each series sits in the dataset
/// (for the tooltip), the reports (which of two that disagree is the later) and the language.
#[derive(Clone, Copy)]
pub struct Making<'a> {
    /// Where each series sits in the dataset.
    pub index: &'a SeriesIndex,
    /// The dataset's reports.
    pub reports: &'a [LoadedReport],
    /// The chart's language.
    pub tr: Tr,
}

impl<'a> Making<'a> {
    /// For a dataset, with its series' index.
    pub fn new(data: &'a Dataset, index: &'a SeriesIndex, tr: Tr) -> Self {
        Self {
            index,
            reports: &data.reports,
            tr,
        }
    }

    /// The bar of a series' point (`pi`, its index) counted in people or battles: its values as
    /// its label (a restated one's later value with ↻), its marks of trust and the earlier
    /// value of a restatement; the chart places and sizes it.
    pub fn count_bar(&self, s: &Series, (pi, p): (usize, &Point)) -> BarMark {
        BarMark {
            label: restated_claims_label_in(self.tr, p, Unit::Count, self.reports),
            point: Some(self.index.point(s, pi)),
            ..BarMark::of_restated_point_in(self.tr, p, self.reports, 1.0)
        }
    }
}

/// Finds where a series sits in its dataset, in constant time.
pub struct SeriesIndex(HashMap<*const Series, usize>);

impl SeriesIndex {
    /// The index of every series of a dataset.
    pub fn new(data: &Dataset) -> Self {
        Self(
            data.series
                .iter()
                .enumerate()
                .map(|(i, s)| (std::ptr::from_ref(s), i))
                .collect(),
        )
    }

    /// The reference of a series' point; `point` is the index within the series.
    pub fn point(&self, series: &Series, point: usize) -> PointRef {
        PointRef {
            series: self.0.get(&std::ptr::from_ref(series)).copied().unwrap_or(usize::MAX),
            point,
        }
    }
}

impl BarMark {
    /// [`Self::of_point`] with its short label in a language.
    pub fn of_point_in(tr: Tr, point: &Point) -> Self {
        Self {
            short_label: if point.is_conflict() {
                tr.f("values-count", &[("n", point.claims.len().into())])
            } else {
                String::new()
            },
            qualified: point.claims.iter().any(|c| c.figure.qualifier.is_qualified()),
            open_above: point.figure().qualifier.open_above(),
            conflict: point.is_conflict(),
            ..Self::default()
        }
    }

    /// [`Self::of_point_in`] for a figure a later report may have restated: then the earlier
    /// report's value is `earlier` (figures divided by `divisor` into the chart's display unit),
    /// and the bar is no conflict unless a third value is claimed.
    pub fn of_restated_point_in(tr: Tr, point: &Point, reports: &[LoadedReport], divisor: f64) -> Self {
        let mut mark = Self::of_point_in(tr, point);
        if let Some((earlier, _)) = point.restatement(reports) {
            mark.earlier = point.claims.get(earlier).map(|c| c.figure.value / divisor);
            if !point.is_dispute(reports) {
                mark.conflict = false;
                mark.short_label = RESTATED.to_owned();
            }
        }
        mark
    }

    /// [`Self::tooltip_text`] with the figure's lines in a language.
    pub fn tooltip_text_in(&self, tr: Tr, data: Option<&Dataset>) -> String {
        let figure = self.point.zip(data).and_then(|(r, data)| {
            let series = data.series.get(r.series)?;
            let point = series.points.get(r.point)?;
            Some(figure_tooltip_in(tr, data, point, series.key.unit()))
        });
        match figure {
            Some(f) => format!("{}\n{f}{}", self.tooltip, self.tooltip_tail),
            None => format!("{}{}", self.tooltip, self.tooltip_tail),
        }
    }
}

/// A named series of bars with one colour; hidden through the legend by its name.
#[derive(Clone, Debug, PartialEq)]
pub struct BarSeries {
    /// The name the series is hidden by: the report's label, or the chart's own English word.
    pub name: String,
    /// The legend's text: the name in the chart's language (a report's own label as written).
    pub label: String,
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
    /// A shorter text, drawn where the text has no room; empty for none.
    pub short: String,
    /// Which point of the text sits at (x, y).
    pub anchor: Align2,
    /// Drawn in the strong text colour (totals) rather than the weak one (changes).
    pub strong: bool,
    /// The text shows a qualified figure or change.
    pub qualified: bool,
    /// The text shows a figure or change the files disagree on.
    pub disputed: bool,
    /// Which labels are placed first when not all fit (see [`super::labels::priority`]).
    pub priority: u8,
}

impl TextMark {
    /// A text at (x, y) with its anchor; weak, unqualified, undisputed until said otherwise.
    pub fn new(x: f64, y: f64, text: String, anchor: Align2) -> Self {
        Self {
            x,
            y,
            text,
            short: String::new(),
            anchor,
            strong: false,
            qualified: false,
            disputed: false,
            priority: 0,
        }
    }
}

/// Sets the labels' priorities, for placing them when not all fit: a disputed figure first,
/// then the latest year, then each series' highest and lowest figures and the qualified ones,
/// then the rest; a total before the parts beneath it; changes between bars last; a text the
/// chart marked higher (a caveat) keeps its mark. Years are read from bar positions
/// (`x` is a year plus an offset within it).
pub fn prioritize(series: &mut [BarSeries], texts: &mut [TextMark]) {
    use super::labels::priority::{DISPUTED, LATEST, NOTABLE, PLAIN, TOTAL_BONUS};
    let year = |x: f64| x.round() as i64;
    let latest = series
        .iter()
        .flat_map(|s| s.bars.iter().map(|b| year(b.x)))
        .chain(texts.iter().map(|t| year(t.x)))
        .max();
    for s in series.iter_mut() {
        let heights = || s.bars.iter().map(|b| b.height);
        let (max, min) = (heights().fold(f64::MIN, f64::max), heights().fold(f64::MAX, f64::min));
        for b in &mut s.bars {
            b.priority = if b.conflict {
                DISPUTED
            } else if Some(year(b.x)) == latest {
                LATEST
            } else if b.qualified || b.height == max || b.height == min {
                NOTABLE
            } else {
                PLAIN
            };
        }
    }
    for t in texts {
        let base = if t.disputed {
            DISPUTED
        } else if Some(year(t.x)) == latest {
            LATEST
        } else if t.qualified {
            NOTABLE
        } else {
            PLAIN
        };
        // A priority set by the chart (a caveat) stays when it is higher.
        // Changes between bars give way to the figures themselves.
        let own = if t.strong { base + TOTAL_BONUS } else { PLAIN };
        t.priority = t.priority.max(own);
    }
}

/// The marks of trust on what a chart shows, which its exported picture explains.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// A qualified figure ("over", "at least", …) is shown.
    pub qualified: bool,
    /// A figure the files disagree on is shown.
    pub disputed: bool,
}

impl Flags {
    /// The flags of the shown series' bars and of the texts.
    pub fn of(series: &[BarSeries], texts: &[TextMark], hidden: &BTreeSet<String>) -> Self {
        let bars = || {
            series
                .iter()
                .filter(|s| !hidden.contains(&s.name))
                .flat_map(|s| s.bars.iter())
        };
        Self {
            qualified: bars().any(|b| b.qualified || b.open_above) || texts.iter().any(|t| t.qualified),
            disputed: bars().any(|b| b.conflict) || texts.iter().any(|t| t.disputed),
        }
    }
}

/// The colours of labels that are not well known, each label's chosen from its name.
const PALETTE: [Color32; 7] = [
    Color32::from_rgb(0x1B, 0x9E, 0x77),
    Color32::from_rgb(0xD9, 0x5F, 0x02),
    Color32::from_rgb(0x75, 0x70, 0xB3),
    Color32::from_rgb(0xE7, 0x29, 0x8A),
    Color32::from_rgb(0x66, 0xA6, 0x1E),
    Color32::from_rgb(0xA6, 0x76, 0x1D),
    Color32::from_rgb(0x2C, 0x7F, 0xB8),
];

/// Colours given, in a chart where two labels would share a palette colour, to the later one.
const SPARE: [Color32; 5] = [
    Color32::from_rgb(0x8C, 0x56, 0x4B),
    Color32::from_rgb(0x17, 0xBE, 0xCF),
    Color32::from_rgb(0xBC, 0xBD, 0x22),
    Color32::from_rgb(0x6A, 0x3D, 0x9A),
    Color32::from_rgb(0xF7, 0x81, 0xBF),
];

/// Colour of a category label, the same in every chart; unknown labels get a stable colour from
/// a palette (see [`distinct_colors`] for two of them in one chart).
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
            // FNV-1a: stable across runs and machines, unlike the std hasher.
            let hash = other.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
            });
            PALETTE[(hash % PALETTE.len() as u64) as usize]
        }
    }
}

/// Gives the series of one chart colours that can be told apart: a series whose palette colour
/// is the same as, or close to, that of a series of another name (a well-known label's, or an
/// earlier series') takes the first palette or spare colour far enough from all of them.
/// Well-known labels keep their colours; series of the same name share theirs.
pub fn distinct_colors(series: &mut [BarSeries]) {
    let close = |a: Color32, b: Color32| {
        let d = |x: u8, y: u8| (i32::from(x) - i32::from(y)).pow(2);
        d(a.r(), b.r()) + d(a.g(), b.g()) + d(a.b(), b.b()) < 48 * 48
    };
    // The well-known labels' colours are taken first, wherever their series come.
    let mut used: Vec<(String, Color32)> = series
        .iter()
        .filter(|s| !PALETTE.contains(&s.color))
        .map(|s| (s.name.clone(), s.color))
        .collect();
    for s in series.iter_mut() {
        if !PALETTE.contains(&s.color) {
            continue;
        }
        if let Some((_, color)) = used.iter().find(|(name, _)| *name == s.name) {
            s.color = *color;
            continue;
        }
        let taken = |c: Color32| used.iter().any(|(_, u)| close(*u, c));
        if taken(s.color)
            && let Some(free) = PALETTE.iter().chain(SPARE.iter()).find(|c| !taken(**c))
        {
            s.color = *free;
        }
        used.push((s.name.clone(), s.color));
    }
}

/// The colour of money bars.
pub const FUNDING_COLOR: Color32 = Color32::from_rgb(0x01, 0x66, 0x5E);

/// Colour that marks a conflict between files.
pub const CONFLICT_COLOR: Color32 = Color32::from_rgb(0xD7, 0x19, 0x1C);

/// `claims_label`, in a language and its digits.
pub fn claims_label_in(tr: Tr, point: &Point, unit: Unit) -> String {
    values_label_in(tr, point, |f| f.short_in(tr, unit))
}

/// The sign of a figure a later report restated, in labels and words.
pub const RESTATED: &str = "↻";

/// Where a later report restated a point with another value and no third value keeps it
/// disputed: the earlier claim and the later one (indices into `claims`).
fn restated_only(point: &Point, reports: &[LoadedReport]) -> Option<(usize, usize)> {
    point.restatement(reports).filter(|_| !point.is_dispute(reports))
}

/// [`claims_label_in`], a point a later report restated (with no third value) at its later
/// value with ↻: "9,549 ↻".
pub fn restated_claims_label_in(tr: Tr, point: &Point, unit: Unit, reports: &[LoadedReport]) -> String {
    restated_values_label_in(tr, point, reports, |f| f.short_in(tr, unit))
}

/// [`values_label_in`], a point a later report restated (with no third value) at its later
/// value with ↻: "32.9 bn ↻".
pub fn restated_values_label_in(
    tr: Tr,
    point: &Point,
    reports: &[LoadedReport],
    write: impl Fn(&Figure) -> String,
) -> String {
    match restated_only(point, reports) {
        Some((_, later)) => format!("{} {RESTATED}", write(&point.claims[later].figure)),
        None => values_label_in(tr, point, write),
    }
}

/// A point's values in words, for a chart in words, and what is said after them: a point a
/// later report restated at its later value, then " (↻ restated by a later report from …)";
/// values the files disagree on every one, then " (the files disagree)"; else nothing.
pub fn values_words_in(tr: Tr, point: &Point, unit: Unit, reports: &[LoadedReport]) -> (String, String) {
    let restated = restated_only(point, reports);
    let values: Vec<String> = match restated {
        Some((_, later)) => vec![point.claims[later].figure.long_in(tr, unit)],
        None => point.claims.iter().map(|c| c.figure.long_in(tr, unit)).collect(),
    };
    let after = match restated {
        Some((earlier, _)) => format!(
            " ({})",
            tr.f(
                "sum-restated-from",
                &[("value", point.claims[earlier].figure.long_in(tr, unit).into())]
            )
        ),
        None if point.is_conflict() => format!(" ({})", tr.t("sum-files-disagree")),
        None => String::new(),
    };
    (values.join(&format!(" {} ", tr.t("values-or"))), after)
}

/// [`values_words_in`] as one text: "32.9 billion kyats (↻ restated by a later report from 30
/// billion kyats)", "9,549 or 9,000 (the files disagree)".
pub fn claims_words_in(tr: Tr, point: &Point, unit: Unit, reports: &[LoadedReport]) -> String {
    let (values, after) = values_words_in(tr, point, unit, reports);
    format!("{values}{after}")
}

/// The chart's note on the years of `points` a later report restated, which explains the ring:
/// "↻ Restated by a later report: 2024; …".
pub fn restated_note_in<'a>(
    tr: Tr,
    points: impl IntoIterator<Item = &'a Point>,
    reports: &[LoadedReport],
) -> Option<String> {
    let years: BTreeSet<i32> = points
        .into_iter()
        .filter(|p| p.restatement(reports).is_some())
        .map(|p| p.when.year())
        .collect();
    let years: Vec<String> = years.into_iter().map(|y| tr.year(y)).collect();
    (!years.is_empty()).then(|| tr.f("note-restated", &[("years", years.join(", ").into())]))
}

/// `values_label`, in a language.
pub fn values_label_in(tr: Tr, point: &Point, write: impl Fn(&Figure) -> String) -> String {
    if point.claims.len() <= 2 {
        return point
            .claims
            .iter()
            .map(|c| write(&c.figure))
            .collect::<Vec<_>>()
            .join(&format!(" {} ", tr.t("values-or")));
    }
    let by_value = |a: &&crate::report::Claim, b: &&crate::report::Claim| a.figure.value.total_cmp(&b.figure.value);
    let (Some(lo), Some(hi)) = (
        point.claims.iter().min_by(by_value),
        point.claims.iter().max_by(by_value),
    ) else {
        return String::new();
    };
    tr.f(
        "values-range",
        &[
            ("n", point.claims.len().into()),
            ("lo", write(&lo.figure).into()),
            ("hi", write(&hi.figure).into()),
        ],
    )
}

/// True when some claim for the point carries a qualifier.
pub fn is_qualified(point: &Point) -> bool {
    point.claims.iter().any(|c| c.figure.qualifier.is_qualified())
}

/// The outline of a conflicting bar: red, or black where the bar itself is red.
pub fn conflict_stroke(fill: Color32) -> egui::Stroke {
    let near = |a: u8, b: u8| a.abs_diff(b) < 90;
    let reddish =
        near(fill.r(), CONFLICT_COLOR.r()) && near(fill.g(), CONFLICT_COLOR.g()) && near(fill.b(), CONFLICT_COLOR.b());
    egui::Stroke::new(3.0, if reddish { Color32::BLACK } else { CONFLICT_COLOR })
}

/// `figure_tooltip`, in a language; notes and sources as the reports wrote them.
pub fn figure_tooltip_in(tr: Tr, data: &Dataset, point: &Point, unit: Unit) -> String {
    let mut lines = Vec::new();
    for (i, claim) in point.claims.iter().enumerate() {
        let words = exact_words_in(tr, &claim.figure, unit);
        lines.push(if point.is_conflict() {
            tr.f("tip-claim", &[("n", (i + 1).into()), ("figure", words.into())])
        } else {
            words
        });
        if let Some(note) = &claim.figure.note {
            lines.push(tr.f("tip-note", &[("note", note.into())]));
        }
        lines.push(tr.f("tip-source", &[("list", sources_of(data, &claim.sources).into())]));
    }
    if let Some(restated) = restated_words_in(tr, data, point, unit) {
        lines.insert(0, restated);
    } else if point.is_conflict() {
        lines.insert(0, tr.t("tip-disagree"));
    }
    lines.join("\n")
}

/// Where a later report restates a point with another value than an earlier one, that in
/// words: "↻ 2024 restated from 30 billion kyats in the earlier report (a.json, of 2025-01-05)
/// to 32.9 billion kyats in the later one (b.json, of 2026-01-02)".
pub fn restated_words_in(tr: Tr, data: &Dataset, point: &Point, unit: Unit) -> Option<String> {
    let (earlier, later) = point.restatement(&data.reports)?;
    let (a, b) = (point.claims.get(earlier)?, point.claims.get(later)?);
    let of = |c| claim_report_in(tr, data, c);
    Some(tr.f(
        "tip-restated",
        &[
            ("when", tr.digits(&point.when.to_string()).into()),
            ("from", a.figure.long_in(tr, unit).into()),
            ("earlier", of(a).into()),
            ("to", b.figure.long_in(tr, unit).into()),
            ("later", of(b).into()),
        ],
    ))
}

/// The files a claim comes from and the latest of their dates, as a restatement names them:
/// "a.json, of 2025-01-05".
pub fn claim_report_in(tr: Tr, data: &Dataset, claim: &crate::report::Claim) -> String {
    let date = claim
        .sources
        .iter()
        .filter_map(|&s| data.reports.get(s).and_then(|r| r.report.published))
        .max()
        .map(|d| tr.digits(&d.to_string()).into_owned())
        .unwrap_or_default();
    tr.f(
        "checks-restated-report",
        &[
            ("files", data.source_names(&claim.sources).into()),
            ("date", date.into()),
        ],
    )
}

/// `exact_words`, in a language and its digits.
pub fn exact_words_in(tr: Tr, figure: &Figure, unit: Unit) -> String {
    let exact = tr.n(figure.value);
    let words = match unit {
        Unit::Count => exact,
        Unit::Mmk => tr.f(
            "tip-exact-mmk",
            &[
                ("amount", exact.into()),
                (
                    "long",
                    crate::report::model::figure::long_value_in(tr, figure.value, unit).into(),
                ),
            ],
        ),
        Unit::Usd => tr.f(
            "tip-exact-usd",
            &[
                ("amount", exact.into()),
                (
                    "long",
                    crate::report::model::figure::long_value_in(tr, figure.value, unit).into(),
                ),
            ],
        ),
    };
    figure.qualifier.around(tr, words)
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

/// Black or white, whichever reads better on `fill`.
pub fn text_on(fill: Color32) -> Color32 {
    let luma = 0.299 * f32::from(fill.r()) + 0.587 * f32::from(fill.g()) + 0.114 * f32::from(fill.b());
    if luma > 150.0 { Color32::BLACK } else { Color32::WHITE }
}

/// Labels in first-seen order, once each, in time linear in the input.
pub fn distinct<'a>(labels: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = HashSet::new();
    labels.filter(|l| seen.insert(*l)).collect()
}

/// The index of a series' point at a time, if it has one (points are sorted by time).
pub fn point_index(series: &Series, when: crate::report::When) -> Option<usize> {
    series.points.binary_search_by(|p| p.when.cmp(&when)).ok()
}

/// Every year the series have a figure for, sorted, once each.
pub fn years_of<'a>(series: impl Iterator<Item = &'a crate::report::Series>) -> Vec<i32> {
    let mut years: Vec<i32> = series.flat_map(|s| s.points.iter().map(|p| p.when.year())).collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// The first and last of sorted years.
pub fn span(years: &[i32]) -> Option<(i32, i32)> {
    years.first().zip(years.last()).map(|(a, b)| (*a, *b))
}

/// The largest bar end, to size arrows and label room.
pub fn extent(series: &[BarSeries]) -> f64 {
    series
        .iter()
        .flat_map(|s| s.bars.iter().map(|b| b.base + b.height))
        .fold(0.0, f64::max)
        .max(1e-9)
}

/// Checks shared by the charts' tests.
#[cfg(test)]
pub(super) mod testing {
    use super::BarMark;
    use crate::report::{Dataset, LoadedReport};

    /// The caption's note on a chart whose 2025 a later report restated.
    pub const RESTATED_2025_NOTE: &str =
        "↻ Restated by a later report: 2025; the bar shows the later report's figure, the ring the earlier report's.";

    /// Runs `check` on the bundled sample and `later` (a report published a year after it that
    /// restates 2025) merged, in both orders: a restatement does not depend on which file was
    /// opened first.
    pub fn with_sample_and_later(later: fn() -> LoadedReport, check: impl Fn(&Dataset)) {
        for reports in [
            vec![crate::report::sample(), later()],
            vec![later(), crate::report::sample()],
        ] {
            check(&Dataset::merge(reports));
        }
    }

    /// A bar of 2025 restated by `later.json` (of 2027-01-05): drawn at the later value with the
    /// earlier one marked, no dispute, and its tooltip naming both reports. Values as written.
    pub fn assert_restated_bar(bar: &BarMark, data: &Dataset, (earlier, later): (&str, &str)) {
        let number = |t: &str| t.replace(',', "").parse::<f64>().expect("a number");
        assert_eq!(bar.height, number(later), "the later value is drawn");
        assert_eq!(bar.earlier, Some(number(earlier)), "the earlier value is marked");
        assert!(!bar.conflict, "a restatement is no dispute");
        let tip = bar.tooltip_text_in(crate::i18n::Tr::EN, Some(data));
        assert!(
            tip.contains(&format!(
                "↻ 2025 restated from {earlier} in the earlier report (nug-2025-military-review.json, of 2026-01-02) \
                 to {later} in the later one (later.json, of 2027-01-05)"
            )),
            "{tip}"
        );
        assert!(!tip.contains("disagree"), "{tip}");
    }

    /// The same bar when a third file (`third.json`) gives a third value: still drawn at the
    /// later value with the earlier marked, but disputed, and the tooltip names the third file.
    pub fn assert_restated_and_disputed(bar: &BarMark, data: &Dataset, (earlier, later): (&str, &str)) {
        let number = |t: &str| t.replace(',', "").parse::<f64>().expect("a number");
        assert_eq!(bar.height, number(later));
        assert_eq!(bar.earlier, Some(number(earlier)));
        assert!(bar.conflict, "three values: the files still disagree");
        let tip = bar.tooltip_text_in(crate::i18n::Tr::EN, Some(data));
        assert!(
            tip.contains(&format!("restated from {earlier}")) && tip.contains("third.json"),
            "{tip}"
        );
    }

    /// A chart says a year a later report restated in Burmese: in the bar's tooltip (with the
    /// `year` and a report's `date`, in Myanmar digits), in its note and in its words.
    pub fn assert_restatement_said_in_burmese(tip: &str, notes: &[String], summary: &str, (year, date): (&str, &str)) {
        assert!(tip.contains(&format!("↻ {year} ကို ပြန်လည်ဖော်ပြထားသည်")), "{tip}");
        assert!(tip.contains(date), "{tip}");
        assert!(
            notes.iter().any(|n| n.starts_with("↻ နောက်ပိုင်း") && n.contains(year)),
            "{notes:?}"
        );
        assert!(summary.contains("↻ နောက်ပိုင်းအစီရင်ခံစာက"), "{summary}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_known_labels_keep_their_colours() {
        assert_eq!(category_color("killed"), Color32::from_rgb(0xB2, 0x18, 0x2B));
        assert_eq!(category_color("Captured"), category_color("captured"));
        assert_ne!(category_color("killed"), category_color("injured"));
    }

    #[test]
    fn unknown_labels_get_pinned_palette_colours() {
        // Pinned: a change to the hash or the palette changes colours readers have learnt.
        assert_eq!(
            category_color("drone-only attacks"),
            Color32::from_rgb(0xE7, 0x29, 0x8A)
        );
        assert_eq!(category_color("major engagements"), Color32::from_rgb(0x1B, 0x9E, 0x77));
        // Two labels of one chart that would share a palette colour get two colours; a label
        // that comes twice keeps one; well-known labels keep theirs.
        assert_eq!(category_color("category 3"), category_color("category 4"));
        let bars = |name: &str| BarSeries {
            name: name.to_owned(),
            label: name.to_owned(),
            color: category_color(name),
            bars: Vec::new(),
            horizontal: false,
        };
        let mut series = [
            bars("killed"),
            bars("category 3"),
            bars("category 4"),
            bars("category 3"),
            bars("category 5"),
            bars("defected"),
        ];
        distinct_colors(&mut series);
        let colors: Vec<Color32> = series.iter().map(|s| s.color).collect();
        assert_eq!(colors[0], category_color("killed"));
        assert_eq!(colors[1], category_color("category 3"));
        assert_ne!(colors[2], colors[1]);
        assert_eq!(colors[3], colors[1]);
        // "category 5" would take a purple next to defected's, which is well known: it moves.
        assert_eq!(colors[5], category_color("defected"));
        assert_ne!(colors[4], category_color("category 5"));
        assert_eq!(category_color("minor operations"), Color32::from_rgb(0x75, 0x70, 0xB3));
    }

    #[test]
    fn the_caption_names_sources_and_claims() {
        let data = Dataset::merge(vec![crate::report::sample()]);
        let caption = Caption::for_section(&data, Section::Funding, Tr::EN);
        let lines = caption.lines();
        assert!(
            lines[0].starts_with("Source: Mizzima, 2026-01-05: NUG reports 9,549"),
            "{lines:?}"
        );
        assert!(lines[1].starts_with("Figures as claimed by the NUG"), "{lines:?}");
    }

    #[test]
    fn distinct_keeps_first_seen_order() {
        assert_eq!(distinct(["b", "a", "b", "c", "a"].into_iter()), ["b", "a", "c"]);
    }
}
