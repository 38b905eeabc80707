//! Every action the app can take. Menus, keyboard shortcuts, drag and drop and tests only send
//! commands; `state::State::handle` carries them out in one place.

use std::collections::BTreeSet;
use std::path::PathBuf;

use crate::charts::{ChartKind, Currency};
use crate::export::ExportSize;
use crate::i18n::{Digits, Lang};
use crate::report::When;

/// What the central area shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum View {
    /// The chart.
    #[default]
    Chart,
    /// Every figure of the open reports as a table.
    Table,
    /// The reports, their sources, claims and file hashes.
    Sources,
    /// The report being edited.
    Edit,
}

impl View {
    /// All views, in toggle order.
    pub const ALL: [Self; 3] = [Self::Chart, Self::Table, Self::Sources];

    /// The toggle's label in a language.
    pub fn name_in(self, tr: crate::i18n::Tr) -> String {
        tr.t(match self {
            Self::Chart => "view-chart",
            Self::Table => "view-table",
            Self::Sources => "view-sources",
            Self::Edit => "view-edit",
        })
    }
}

/// Light, dark, or whatever the system uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ThemeChoice {
    /// Follow the system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// One user action.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Show the native open dialog (off the UI thread).
    OpenDialog,
    /// Read these files (off the UI thread) and add them to the open reports.
    OpenPaths(Vec<PathBuf>),
    /// Stop reading files after the one being read.
    CancelLoading,
    /// Close the report with this id.
    CloseReport(u64),
    /// Show or hide the report with this id in the charts.
    SetReportVisible(u64, bool),
    /// Show these reports (by id) and hide the others.
    ShowOnly(Vec<u64>),
    /// Show every open report.
    ShowAll,
    /// Draw only figures of these years (first, last), or of every year.
    SetYears(Option<(i32, i32)>),
    /// Close every report.
    CloseAll,
    /// Show this chart.
    ShowChart(ChartKind),
    /// Show a chart with one year (or snapshot) marked: where a check or conflict points.
    ShowFigure(ChartKind, When),
    /// Show chart, table or sources.
    ShowView(View),
    /// Sort the table by a column: ascending, or descending when it is sorted ascending by it.
    SortTable(crate::charts::table::Column),
    /// Show the table's rows that contain this text in some column (empty: every row).
    FilterTable(String),
    /// Show the table's rows of one section, or of every section.
    FilterTableSection(Option<crate::report::Section>),
    /// Select a row of the table (by its index among every row), alone, toggled, or as the end
    /// of a range from the last row picked.
    SelectTableRow(usize, Pick),
    /// Put the table's selected rows (or every row shown, with none selected) on the clipboard
    /// as tab-separated text.
    CopyTableRows,
    /// Show funding in this currency.
    SetCurrency(Currency),
    /// Switch between kyats and dollars.
    ToggleCurrency,
    /// The series hidden through a chart's legend.
    SetHidden(ChartKind, BTreeSet<String>),
    /// Change the theme.
    SetTheme(ThemeChoice),
    /// Show the charts (and their pictures and CSV) in this language.
    SetLanguage(Lang),
    /// Write numbers with these digits.
    SetDigits(Digits),
    /// Remove a message.
    DismissNotice(u64),
    /// Open a web link in the system browser (http and https only).
    OpenUrl(String),
    /// Show or hide the About window (version, licences, credits).
    ShowAbout(bool),
    /// Open the README that came with the program (installed, or beside the sources).
    OpenReadme,
    /// Open the paths typed where no file dialog is available (one per line, or separated by `;`).
    SubmitPathPrompt(String),
    /// Close the path field.
    CancelPathPrompt,
    /// Clear the recent files list.
    ClearRecent,
    /// Show or hide the export dialog (size, theme, alt text, buttons).
    ShowExportDialog(bool),
    /// Set the size, scale and theme of exported pictures.
    SetExportSize(ExportSize),
    /// Save the alt text beside an exported PNG, or not.
    SetExportAltText(bool),
    /// Write an exported SVG's text as text or as outlines.
    SetSvgText(crate::export::vector::SvgText),
    /// Put the current chart's alt text on the clipboard.
    CopyAltText,
    /// Start an export.
    Export(ExportRequest),
    /// Close the window (asking first when there are unsaved changes).
    Quit,
    /// Start an empty report in the editor.
    NewReport,
    /// Open the report with this id in the editor.
    EditReport(u64),
    /// A change to a report, named for the Edit menu ("Funding 2025: kyats").
    Edit(Target, String, crate::report::edit::change::Change),
    /// Undo a report's (by id) last edit.
    Undo(u64),
    /// Redo a report's (by id) last undone edit.
    Redo(u64),
    /// Save a report (by id) to its file, or ask where when it has none.
    SaveReport(u64),
    /// Save a report (by id) to a file chosen in a dialog.
    SaveReportAs(u64),
    /// Answer to "save your changes?": save them.
    ConfirmSave,
    /// Answer to "save your changes?": let them go.
    ConfirmDiscard,
    /// Answer to "save your changes?": do nothing.
    ConfirmCancel,
    /// Open the unsaved work kept in this recovery file.
    RestoreRecovery(PathBuf),
    /// Delete this recovery file and its unsaved work.
    DiscardRecovery(PathBuf),
    /// Count the open event files this way (per year or month, types, place, actor).
    SetRecords(crate::report::events::Aggregation),
    /// Close the event file of this SHA-256 (named by its content, never by its place in a
    /// list that may change before the command is carried out).
    CloseEventFile(String),
    /// File ▸ Township boundaries…: the open dialog for a GeoJSON or shapefile of townships.
    OpenBoundariesDialog,
    /// Who made the open boundaries, as the user gave it.
    SetBoundaryAttribution(String),
    /// Asked later who made the boundaries (they are credited by file name meanwhile).
    LaterBoundaryAttribution,
    /// Closes the township boundaries.
    CloseBoundaries,
}

/// How a click picks a row: alone (a click), toggled (Ctrl+click), or the rows from the last one
/// picked (Shift+click).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// This row only.
    Only,
    /// This row added or taken away.
    Toggle,
    /// Every row shown from the last one picked to this one.
    Range,
}

/// What to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportRequest {
    /// The current chart as a PNG with its caption, through a save dialog.
    ChartPng,
    /// The current chart as SVG (vectors, text as text or outlines as chosen), through a save dialog.
    ChartSvg,
    /// The current chart as PDF (text as text, the reports attached), through a save dialog.
    ChartPdf,
    /// The current chart's picture onto the clipboard.
    CopyChart,
    /// The whole window as a PNG, through a save dialog.
    WindowPng,
    /// The figures the current chart shows, as CSV.
    ChartCsv,
    /// Every figure of the open reports, as CSV.
    DatasetCsv,
}

/// The report a change is made for (by id), and where its entries were when it was made (the
/// version at which they last changed places, kept in the report's history): a change that
/// names entries by their place is refused once they have changed places, rather than carried
/// out on other entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Target {
    /// The report's id.
    pub report: u64,
    /// The report's shape when the change was made.
    pub shape: u64,
}
