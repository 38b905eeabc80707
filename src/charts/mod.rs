//! Charts: the dataset turned into pictures. Each chart is one file with a pure `prepare`
//! (dataset in, plain chart data out, unit-tested) and that data's [`ChartView`]: its title,
//! caption, marks of trust and how to draw itself. The window, the exports and the command line
//! ask a [`Chart`] for these and never match on chart kinds; [`ChartKind`] is the one place the
//! charts are listed.
//!
//! - [`marks`]: bars, texts, captions, colours and the wording of figures, as plain data.
//! - [`plot`]: drawing that data with egui_plot.

pub mod battles;
pub mod funding;
pub mod labels;
pub mod losses;
pub mod map;
pub mod marks;
pub mod plot;
pub mod records;
pub mod table;
pub mod townships;

use std::collections::BTreeSet;
use std::sync::Arc;

pub use marks::{
    BarMark, BarSeries, CONFLICT_COLOR, Caption, FUNDING_COLOR, Flags, TextMark, category_color, claims_label_in,
    exact_words_in, figure_tooltip_in, sources_of,
};

use crate::i18n::Tr;
use crate::report::model::figure::Unit;
use crate::report::{Dataset, Section, SeriesKey, When};

/// The charts, in tab order. Adding a chart is adding a variant here, its file, and its line in
/// each `match` of this `impl`.
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
    /// Named towns on a map of Myanmar, per snapshot.
    Map,
    /// What the reports claim beside what event data (ACLED, UCDP) recorded.
    Records,
}

impl ChartKind {
    /// All charts, in tab order.
    pub const ALL: [Self; 6] = [
        Self::Funding,
        Self::Losses,
        Self::Townships,
        Self::Battles,
        Self::Map,
        Self::Records,
    ];

    /// One word: used for file names, snapshot names and the command line.
    pub fn key(self) -> &'static str {
        match self {
            Self::Funding => "funding",
            Self::Losses => "losses",
            Self::Townships => "townships",
            Self::Battles => "battles",
            Self::Map => "map",
            Self::Records => "records",
        }
    }

    /// The tab's label in a language.
    pub fn tab_in(self, tr: Tr) -> String {
        tr.t(match self {
            Self::Funding => "tab-funding",
            Self::Losses => "tab-losses",
            Self::Townships => "tab-townships",
            Self::Battles => "tab-battles",
            Self::Map => "tab-map",
            Self::Records => "tab-records",
        })
    }

    /// The report section the chart draws.
    pub fn section(self) -> Section {
        match self {
            Self::Funding => Section::Funding,
            Self::Losses => Section::Losses,
            Self::Townships | Self::Map => Section::Townships,
            Self::Battles | Self::Records => Section::Battles,
        }
    }

    /// The chart for a dataset.
    pub fn prepare(self, data: &Dataset, options: &ChartOptions) -> Chart {
        match self {
            Self::Funding => Arc::new(funding::prepare(data, options)),
            Self::Losses => Arc::new(losses::prepare(data, options)),
            Self::Townships => Arc::new(townships::prepare(data, options)),
            Self::Battles => Arc::new(battles::prepare(data, options)),
            Self::Map => Arc::new(map::prepare(data, options)),
            Self::Records => Arc::new(records::prepare(data, options)),
        }
    }

    /// The chart whose section a series belongs to, for pointing at a figure.
    pub fn of_section(section: Section) -> Self {
        Self::ALL
            .into_iter()
            .find(|k| k.section() == section)
            .unwrap_or_default()
    }
}

/// Which currency the funding chart shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
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

    /// The funding category its figures are filed under in the dataset.
    pub fn category(self) -> &'static str {
        match self {
            Self::Mmk => "mmk",
            Self::Usd => "usd",
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
    /// Only figures of these years (first, last) are drawn; every year when `None`.
    pub years: Option<(i32, i32)>,
    /// The language and digits of the charts' words and numbers (English by default); text
    /// from the reports is shown as written.
    pub tr: Tr,
    /// The event files open and the counts chosen of them, for the Claims and records chart.
    pub records: records::Records,
    /// Township boundaries the user brought, for the map to fill; `None` without a file.
    pub boundaries: Option<std::sync::Arc<map::filled::TownshipLayer>>,
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

/// The [`ChartView`] accessors of a chart kept in fields named `title`, `caption`, `summary`
/// and `flags`: used inside `impl ChartView`.
macro_rules! words_from_fields {
    () => {
        fn title(&self) -> &str {
            &self.title
        }

        fn caption(&self) -> &Caption {
            &self.caption
        }

        fn summary(&self) -> &str {
            &self.summary
        }

        fn flags(&self) -> Flags {
            self.flags
        }
    };
}
pub(crate) use words_from_fields;

/// A chart prepared for a dataset: what the window, the exports and the command line need of it.
pub trait ChartView: std::fmt::Debug + Send + Sync + std::any::Any {
    /// Which chart this is.
    fn kind(&self) -> ChartKind;

    /// The chart's title.
    fn title(&self) -> &str;

    /// Sources, claims and notes shown under the chart.
    fn caption(&self) -> &Caption;

    /// The chart in one paragraph of plain words, for screen readers and alt text.
    fn summary(&self) -> &str;

    /// The marks of trust on what is shown, which an exported picture explains.
    fn flags(&self) -> Flags;

    /// The first and last year shown, for file names.
    fn years(&self) -> Option<(i32, i32)>;

    /// True when there is nothing to draw.
    fn is_empty(&self) -> bool;

    /// The legend's entries: the names series are hidden by.
    fn legend(&self) -> Vec<String>;

    /// True when the chart shows the figures of this dataset series with these options (not
    /// hidden, in the chosen currency): what the chart's CSV holds.
    fn shows(&self, key: &SeriesKey, options: &ChartOptions) -> bool;

    /// Draws the chart into the space `ui` offers.
    fn ui(&self, ui: &mut egui::Ui, ctx: &DrawContext<'_>) -> Drawn;

    /// The chart's data as CSV when it is not the dataset's figures (counts from event files);
    /// `None` for the figures the chart [`shows`](Self::shows).
    fn csv(&self, _options: &ChartOptions) -> Option<String> {
        None
    }

    /// The least height the chart needs to be read in a picture, in points.
    fn min_height(&self) -> f32 {
        120.0
    }

    /// The least share of a picture's height (under the title) the chart keeps before the
    /// caption's notes: half, for most charts, in a portrait picture as in a landscape one.
    fn least_share(&self, _portrait: bool) -> f32 {
        0.5
    }

    /// How to use the chart, in one line under it.
    fn hint(&self, tr: Tr) -> String {
        tr.t("hint-chart")
    }
}

/// How a chart is drawn.
#[derive(Clone, Copy, Debug)]
pub struct DrawContext<'a> {
    /// Hidden series and currency.
    pub options: &'a ChartOptions,
    /// The year or snapshot a check points at, marked on the chart.
    pub focus: Option<When>,
    /// Drawn for a picture: nothing to click, publication style (no plot frame).
    pub picture: bool,
    /// The dataset the chart was prepared from, for writing tooltips when a bar is hovered.
    pub data: Option<&'a Dataset>,
}

/// How many labels a chart drew of those it has: the rest are left to the tooltip and table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LabelCount {
    /// Labels drawn.
    pub shown: usize,
    /// Labels the chart has for what it shows.
    pub total: usize,
}

impl LabelCount {
    /// Both counts together.
    pub fn plus(self, other: Self) -> Self {
        Self {
            shown: self.shown + other.shown,
            total: self.total + other.total,
        }
    }

    /// [`Self::note`] for a picture, in fewer words: "Labels shown for 12 of 40 figures; every
    /// figure is in the data export."
    pub fn note_short(self, tr: Tr) -> Option<String> {
        (self.shown < self.total).then(|| {
            tr.f(
                "caption-labels-shown-short",
                &[("shown", self.shown.into()), ("total", self.total.into())],
            )
        })
    }

    /// The caption's note when labels were left out: "Labels shown for 12 of 40 figures …".
    pub fn note(self, picture: bool, tr: Tr) -> Option<String> {
        (self.shown < self.total).then(|| {
            let rest = tr.t(if picture {
                "caption-labels-rest-picture"
            } else {
                "caption-labels-rest-window"
            });
            tr.f(
                "caption-labels-shown",
                &[
                    ("shown", self.shown.into()),
                    ("total", self.total.into()),
                    ("rest", rest.into()),
                ],
            )
        })
    }
}

/// What drawing a chart reported back.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drawn {
    /// The hidden series, when the user changed them in the legend.
    pub hidden: Option<BTreeSet<String>>,
    /// Labels drawn of those the chart has.
    pub labels: LabelCount,
}

impl dyn ChartView {
    /// The chart's own data, for tests and tools that know which chart they hold.
    pub fn data<T: ChartView>(&self) -> Option<&T> {
        (self as &dyn std::any::Any).downcast_ref::<T>()
    }

    /// "Funding" chart's file name for its years: `funding-2023-2025.png`.
    pub fn file_name(&self, extension: &str) -> String {
        let key = self.kind().key();
        match self.years() {
            Some((a, b)) if a == b => format!("{key}-{a}.{extension}"),
            Some((a, b)) => format!("{key}-{a}-{b}.{extension}"),
            None => format!("{key}.{extension}"),
        }
    }

    /// One paragraph describing the chart in plain words, from its data.
    pub fn alt_text(&self) -> String {
        let caption = self.caption();
        let tr = caption.tr;
        let mut out = tr.f(
            "alt-chart",
            &[("title", self.title().into()), ("summary", self.summary().into())],
        );
        for claim in &caption.claims {
            out.push(' ');
            out.push_str(claim);
        }
        if !caption.sources.is_empty() {
            out.push(' ');
            out.push_str(&tr.f("alt-source", &[("list", caption.sources.join("; ").into())]));
        }
        out
    }
}

/// The dataset with only the figures of the years from `first` to `last` (a snapshot counts
/// in the year of its date); series left empty go.
pub fn within_years(data: &Dataset, (first, last): (i32, i32)) -> Dataset {
    let series = data
        .series
        .iter()
        .filter_map(|s| {
            let points: Vec<crate::report::Point> = s
                .points
                .iter()
                .filter(|p| (first..=last).contains(&p.when.year()))
                .cloned()
                .collect();
            (!points.is_empty()).then(|| crate::report::Series {
                key: s.key.clone(),
                points,
            })
        })
        .collect();
    Dataset {
        reports: data.reports.clone(),
        series,
    }
}

/// The first and last year the dataset has a figure for.
pub fn year_span(data: &Dataset) -> Option<(i32, i32)> {
    let years = data.series.iter().flat_map(|s| s.points.iter().map(|p| p.when.year()));
    years.fold(None, |span, y| match span {
        None => Some((y, y)),
        Some((a, b)) => Some((a.min(y), b.max(y))),
    })
}

/// A prepared chart, cheap to clone and to send to a thread.
pub type Chart = Arc<dyn ChartView>;

/// Every chart prepared for one dataset and one set of options.
#[derive(Clone, Debug)]
pub struct Charts {
    /// In [`ChartKind::ALL`] order.
    charts: Vec<Chart>,
}

impl Charts {
    /// Prepares every chart, for the years the options keep.
    pub fn prepare(data: &Dataset, options: &ChartOptions) -> Self {
        let within;
        let data = match options.years {
            Some(years) => {
                within = within_years(data, years);
                &within
            }
            None => data,
        };
        Self {
            charts: ChartKind::ALL.iter().map(|k| k.prepare(data, options)).collect(),
        }
    }

    /// The prepared chart of a kind.
    pub fn get(&self, kind: ChartKind) -> &Chart {
        let i = ChartKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        &self.charts[i]
    }
}
