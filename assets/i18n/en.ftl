# fieldreport's words in English. Each line is `key = text`; `{ $name }` is a value the program
# puts in (a number, a year, a name from a report). Keys are the same in every language's file.

## Languages and digits

lang-menu = Language
digits-menu = Digits
digits-myanmar = Myanmar digits (၀–၉)
digits-latin = Latin digits (0–9)

## Figures: qualifiers around a value

qualified-over = over { $value }
qualified-at_least = at least { $value }
qualified-about = about { $value }
qualified-under = under { $value }
qualified-at_most = at most { $value }

## Amounts of money

scale-million = million
scale-billion = billion
scale-trillion = trillion
scale-million-short = m
scale-billion-short = bn
scale-trillion-short = tn
amount-scaled = { $n } { $scale }
mmk-long = { $amount } kyats
usd-long = US${ $amount }
mmk-short = { $amount } MMK
usd-short = US$ { $amount }

## Year-over-year changes

change-new = new
change-since = { $change } since { $year }
change-from-to = { $change } from { $from } to { $to }
change-open = the qualifiers leave the true change open
change-qualified-over = over that, as the figures are qualified
change-qualified-at_least = at least that, as the figures are qualified
change-qualified-about = about that, as the figures are qualified
change-qualified-under = under that, as the figures are qualified
change-qualified-at_most = at most that, as the figures are qualified
change-missing = no figure for { $years }

## Well-known labels: loss categories, sides, the charts' own series

term-killed = killed
term-injured = injured
term-captured = captured
term-defected = defected
term-surrendered = surrendered
term-surrounded = surrounded
term-contested = contested
term-resistance-administration = resistance administration
term-junta-administration = junta administration
term-not-reported = not reported
term-total = total
term-all-battles = all battles
term-not-broken-down = not broken down
term-total-no-breakdown = total, no breakdown
term-junta = junta
term-resistance = resistance
term-unspecified = unspecified

## Township statuses

status-captured = captured
status-surrounded = surrounded
status-contested = contested

## Chart titles; { $name } and { $side } are a report's own words

title-funding = Funding per year
title-funding-one = { $name } per year
title-losses = Losses per year
title-losses-side = Losses per year ({ $side })
title-battles = Battles per year
title-townships = Township control
title-map = Towns named in the reports
title-map-date = Towns named in the reports, as of { $date }
title-map-areas-date = Townships and towns by reported control, as of { $date }

## Axis titles

axis-year = Year
axis-people = People
axis-battles = Battles
axis-townships-share = Share of the country's townships (%)
axis-kyats = Kyats
axis-million-kyats = Million kyats
axis-billion-kyats = Billion kyats
axis-thousand-usd = Thousand US dollars
axis-million-usd = Million US dollars

## Captions under charts and pictures

caption-source = Source: { $list }
caption-sources = Sources: { $list }
caption-sources-more = Sources: { $list }; and { $n } more (all in the Sources view)
caption-notes-more = And { $n } more notes on these figures (all in the Checks panel).
caption-sources-by-publisher = Sources: { $n } publications, by { $publishers }; each one is in the picture's metadata and the data export.
caption-claims-more = { $n ->
    [one] And 1 more claim line, in the picture's metadata.
   *[other] And { $n } more claim lines, in the picture's metadata.
}
caption-notes-more-picture = { $n ->
    [one] And 1 more note on these figures, in the picture's metadata.
   *[other] And { $n } more notes on these figures, in the picture's metadata.
}
caption-labels-shown = Labels shown for { $shown } of { $total } figures, where they fit: disputed figures, the latest year and the extremes first; { $rest }.
caption-labels-rest-picture = every figure is in the data export
caption-labels-rest-window = hover a bar or open the table (Ctrl+T) for every figure
caption-sources-by-publisher-short = Sources: { $n } publications, by { $publishers }.
caption-qualified-short = > over · ≥ at least · ≈ about · < under · ≤ at most; an arrow: may be higher.
caption-disputed-short = ⚠ the reports disagree; every value is in the data export.
caption-labels-shown-short = Labels shown for { $shown } of { $total } figures; every figure is in the data export.
caption-qualified = Qualified figures: > over · ≥ at least · ≈ about · < under · ≤ at most; a faded bar end with an arrow marks a figure that may be higher.
caption-disputed = ⚠ and an outline mark a figure the open reports disagree on; every value claimed is given, and each is in the data export with its source.
caption-years-one = Only the figures of { $year } are shown.
caption-years-range = Only the figures of { $first } to { $last } are shown.
caption-not-shown = Not shown: { $list }.

## The stamp on every picture; { $version } is the program's version, { $date } the day

stamp-inputs = fieldreport { $version } · exported { $date } · { $n ->
    [one] input SHA-256
   *[other] inputs SHA-256
} { $inputs }
stamp-many = fieldreport { $version } · exported { $date } · { $n } input files, SHA-256 of each in the metadata, of all together { $combined }

## Alt text

alt-chart = Chart: { $title }. { $summary }
alt-source = Source: { $list }.

## The columns of a chart's CSV

csv-section = section
csv-series = series
csv-category = category
csv-role = role
csv-when = when
csv-value = value
csv-qualifier = qualifier
csv-unit = unit
csv-shown-as = shown_as
csv-note = note
csv-conflict = conflict
csv-sources = sources
axis-usd = US dollars
as-of = as of { $date }

## Labels on the bars; { $total }, { $n } and { $parts } are figures already written

values-or = or
values-range = { $n } values: { $lo } to { $hi }
values-count = { $n } values
label-total = { $total } total
label-total-no-breakdown = { $total } total, no breakdown
label-parts-reported = parts { $parts }; reported { $total }
label-shown = { $n } shown
label-all-battles = { $n } all battles
label-not-broken-down = ← { $n } not broken down
tip-change = Change: { $change }
losses-tip-first = { $category } ({ $side }), { $year }
losses-tip-beside = Reported beside the total, not part of it.

## The township chart's key and lists

note-townships-assumed = Where a report gives no national total, { $n } townships are assumed.
townships-grid-key = One square per township ({ $n } in all), as of the latest snapshot:
townships-grid-count = { $n } { $status }
townships-grid-description = One square per township, { $n } in all: { $parts }
townships-changes = Change between snapshots
townships-changes-counted = { $n ->
    [one] 1 change between snapshots, { $whole }.
   *[other] { $n } changes between snapshots, { $whole }.
}
townships-changes-earlier = { $n ->
    [one] And 1 earlier change, { $whole }.
   *[other] And { $n } earlier changes, { $whole }.
}
townships-changes-whole-picture = in the data export
townships-changes-whole-window = in the Table view (Ctrl+T)
townships-named-towns = Named towns

## The alt text's sentences about each chart; { $values }, { $total }, { $n } are figures in words

sum-end = { $text }.
sum-sentence = { $subject }: { $list }.
sum-in-year = { $values } in { $year }
sum-files-disagree = the files disagree
sum-restated-from = ↻ restated by a later report from { $value }
sum-trend-rose = rose from { $from } in { $from_year } to { $to } in { $to_year }
sum-trend-fell = fell from { $from } in { $from_year } to { $to } in { $to_year }
sum-trend-level = stayed level from { $from } in { $from_year } to { $to } in { $to_year }
sum-losses-total = In { $year }, { $side } losses were { $total } in total
sum-losses-no-total = In { $year }, { $side } losses (no total reported)
sum-losses-beside = reported beside the total: { $list }
sum-battles-year = { $n } battles in { $year }
sum-battles-group = { $group }: { $n } in { $year }
sum-townships = Townships as of { $date }: { $list }.

## Beside the map

map-national-counts = National counts, as of { $date }
map-counts-whole-country = As the reports give them, for the whole country: they do not say which townships, so none is coloured.
map-counts-listed = As the reports give them, for the whole country; only the townships the reports list by name are coloured, as squares at their centres.
map-towns-by-status = Towns named, by reported status
map-areas-by-status = Townships listed, by reported status
note-other-currency-only = { $label } { $year }: no figure in { $currency }; switch currency to see it
note-restated = ↻ Restated by a later report: { $years }; the bar shows the later report's figure, the ring the earlier report's.

## Tooltips of a figure; { $figure } and { $long } are figures already written

tip-claim = Claim { $n }: { $figure }
tip-note = Note: { $note }
tip-source = Source: { $list }
tip-disagree = ⚠ The files disagree about this figure:
tip-restated = ↻ { $when } restated from { $from } in the earlier report ({ $earlier }) to { $to } in the later one ({ $later })
tip-exact-mmk = { $amount } kyats ({ $long })
tip-exact-usd = US${ $amount } ({ $long })

## The window: menus

menu-file = File
menu-edit = Edit
menu-view = View
menu-new-report = New report
menu-open = Open…
menu-open-recent = Open recent
menu-no-recent = No recent files
menu-clear-recent = Clear recent files
menu-save-report = Save report
menu-save-report-as = Save report as…
menu-save-report-disabled = Edit a report first (Edit in the Reports panel, or File ▸ New report)
menu-export-chart-png = Export chart (PNG, SVG, PDF)…
menu-copy-chart = Copy chart image
menu-export-window-png = Export window as PNG…
menu-export-chart-csv = Export chart data as CSV…
menu-export-figures-csv = Export all figures as CSV…
menu-close-all = Close all reports
menu-quit = Quit
menu-switch-currency = Switch currency
menu-theme-system = System theme
menu-theme-light = Light theme
menu-theme-dark = Dark theme
menu-help = Help
menu-about = About fieldreport
about-title = About fieldreport
about-version = Version { $version }
about-summary = A chart viewer for conflict report data on Myanmar: every figure keeps its qualifier and its source.
about-licence = fieldreport is free software under the MIT or Apache 2.0 licence, at your choice.
about-fonts = Fonts
about-font-dejavu = DejaVu Sans, for symbols: Bitstream Vera licence (DejaVu's changes are in the public domain).
about-font-padauk = Padauk, for Burmese, by SIL International: SIL Open Font License 1.1.
about-map = Map data
about-map-boundaries = States, regions and neighbouring countries: Natural Earth (public domain).
about-map-places = Townships and towns, with their Pcodes and names: MIMU Place Codes 9.6 (February 2025), by the Myanmar Information Management Unit (MIMU), distributed with its credit.
about-licence-texts = The licence texts are in { $path }.
about-readme = Read the README: how to use fieldreport
about-no-readme = The README was not found; it is installed as { $path }.
edit-undo = Undo
edit-redo = Redo
edit-undo-what = Undo { $what }
edit-redo-what = Redo { $what }
edit-zawgyi = { $n ->
    [one] Convert Zawgyi to Unicode (one text)
   *[other] Convert Zawgyi to Unicode ({ $n } texts)
}
edit-zawgyi-hover = The texts of the edited report that look typed in Zawgyi (the Checks panel names them) are written in Unicode, as one edit

## The window: charts, views and their tabs; { $section } is a section's name below

tab-funding = Funding
tab-losses = Losses
tab-townships = Townships
tab-battles = Battles
tab-map = Map
view-chart = Chart
view-table = Table
view-sources = Sources
view-edit = Edit
section-funding = funding
section-losses = losses
section-battles = battles
section-townships = townships
tabs-currency = Currency:
years-label = Years:
years-to = to
years-first = First year drawn
years-last = Last year drawn
years-all = All years
chart-empty = The open reports give no { $section } figures. Open a report that does (File ▸ Open…), or pick another chart.
chart-a11y = { $title } chart. { $summary }
hint-chart = Hover a bar for its exact figure and source · drag to pan · Ctrl+scroll to zoom · double-click to reset · click a legend entry to hide it
hint-map = Hover a town for its names, status, note and source · drag to pan · Ctrl+scroll to zoom · double-click to reset · click a status to hide its towns
table-section = Section
table-series = Series
table-category = Category
table-when = When
table-figure = Figure
table-change = Change
table-source = Source
table-kyats = kyats
table-usd = US dollars
table-disputed = { $change } ⚠ disputed
table-conflict-claim = Conflict: claim { $n } of { $total }
table-restated = { $figure } (restated)
table-restated-earlier = { $figure } (before the restatement)
table-value = Value
table-qualifier = Qualifier
table-filter = Filter figures
table-all-sections = All sections
table-section-choice = Section shown
table-count = { $shown } of { $total } rows · { $selected } selected
table-copy = Copy rows
table-sort-hint = Sort by { $column }; click again for descending
table-hint = Click a heading to sort · click a row to select it, Ctrl+click to add, Shift+click for a range · Ctrl+C copies the selected rows (or every row shown) for a spreadsheet · drag a heading's edge to resize
sources-file = File
sources-sha256 = SHA-256
sources-publisher = Publisher
sources-published = Published
sources-claim = Claim

## The window: the status bar and the drop overlay

status-exporting = Exporting…
status-reading = Reading { $name } ({ $n } of { $total })…
status-merging = Merging the reports…
status-dialog = Waiting for the file dialog…
status-open = { $reports ->
    [one] { $reports } report
   *[other] { $reports } reports
} open · { $conflicts ->
    [one] { $conflicts } conflict
   *[other] { $conflicts } conflicts
} · Ctrl+O opens files; drop files on the window
drop-overlay = Drop report files to open them

## The window: the Reports panel; { $name } is a file's name

reports-heading = Reports
reports-none = No report open. Use File ▸ Open… (Ctrl+O) or drop files here.
reports-filter = Filter reports
reports-show-only-these = Show only these
reports-publisher-choice = Publisher…
reports-publisher-hover = Show only one publisher's reports
reports-show-all = Show all
reports-shown-count = { $shown } of { $total } shown in the charts
reports-unsaved = Unsaved changes
reports-shown = Shown
reports-shown-hover = Show this report in the charts
reports-only-this = Only this
reports-only-this-hover = Show this report alone in the charts
reports-edit = Edit
reports-edit-hover = Change this report's figures
reports-close = ✖ Close
reports-close-hover = Close this report
reports-file-sample = { $name } (bundled sample)
reports-file-unsaved = { $name } (not saved to a file)
reports-publisher = Publisher: { $publisher }
reports-published = Published: { $date }
reports-period = Period: { $from } to { $to }
source-citation = Source: { $citation }
source-not-opened = { $citation } ({ $url }: not an http or https link, not opened)

## The window: notices, the path prompt, recovery and the unsaved-changes dialog;
## { $error } is the reason as the system or the reader gave it

notice-problem = Problem:
notice-note = Note:
notice-dismiss = Dismiss
notice-saved = Saved { $file }
notice-export-failed = Export failed: { $error }
notice-copied = The chart picture is on the clipboard.
notice-copy-failed = Copy failed: { $error }
notice-settings-not-saved = The settings could not be saved: { $error }
notice-kept-not-removed = Kept work could not be removed, and will be offered again at the next start: { $error }
notice-not-kept = Unsaved work could not be kept for recovery: { $error }
notice-merge-failed = Merging the reports failed: { $error }
notice-could-not-open = Could not open { $error }
notice-cannot-save-yet = { $name } cannot be saved yet: { $error }
notice-not-saved = Not saved: { $error }
notice-kept-unreadable = The kept work could not be read: { $error }
notice-restored = Restored the unsaved work on { $name } kept at { $time }; save it to keep it.
notice-url-refused = Only http and https links are opened; this one is not: { $url }
notice-export-running = An export is already running; wait for it to finish, then try again.
notice-nothing-to-export = There is nothing to export: no report is shown.
notice-no-file-dialog = No file dialog is available on this system (no desktop portal or zenity was found). Type the path of a report file below instead.
notice-loading-stopped = Reading files was stopped; the files read so far stay open.
path-prompt-label = Report file path:
path-prompt-hint = /path/to/report.json
path-prompt-name = Report file path
path-prompt-open = Open
path-prompt-cancel = Cancel
recovery-found = Unsaved work on “{ $title }” ({ $file }) was kept at { $time } when fieldreport last stopped.
recovery-restore = Restore
recovery-discard = Discard
quoted = “{ $text }”
list-separator = { ", " }
confirm-title = Unsaved changes
confirm-save-quit = Save the changes to { $titles } before closing the window?
confirm-save-close = Save the changes to { $titles } before closing?
confirm-save-replace = Save the changes to { $titles } before reading the file again?
confirm-lost = Changes not saved are lost.
confirm-save = Save
confirm-discard = Don't save
confirm-cancel = Cancel

## The window: the Checks panel; { $place } and { $title } are written by the messages below

checks-heading = Checks
checks-none = No warnings: every total meets its parts.
checks-filter = Filter checks
checks-group = { $title } ({ $n })
checks-group-inconsistent = { $title } ({ $n }, { $bad ->
    [one] { $bad } inconsistency
   *[other] { $bad } inconsistencies
})
checks-conflicts = Conflicts: { $place }
checks-place-file = The file
checks-place-funding = Funding { $year }
checks-place-losses = Losses { $year }
checks-place-battles = Battles { $year }
checks-place-townships = Townships as of { $date }
checks-show-figure = Show this figure on its chart
checks-where = At `{ $path }` in { $file }
checks-conflict = { $when } { $what }: { $claims }
checks-conflict-what = { $section } ({ $category })
checks-conflict-what-series = { $section } ({ $series }, { $category })
checks-conflict-claim = { $figure } in { $files }
checks-restated = { $when } { $what } restated: from { $from } in the earlier report ({ $earlier }) to { $to } in the later one ({ $later })
checks-restated-report = { $files }, of { $date }

## The window: the export dialog

export-title = Export chart
export-alt-text = Alt text
export-copy-alt-text = Copy alt text
export-alt-text-beside = Save alt text beside the PNG (.txt)
export-save-png = Save PNG…
export-save-svg = Save SVG…
export-svg-text = SVG text:
export-svg-text-text = As text (searchable, fonts embedded)
export-svg-text-outlines = As outlines (for tools that replace fonts)
export-save-pdf = Save PDF…
dialog-filter-svg = SVG vector image
dialog-filter-pdf = PDF document
export-copy-image = Copy image
export-save-csv = Save chart data (CSV)…
export-sizes = Sizes:
export-width = Width (points)
export-width-name = Width in points
export-height = Height (points)
export-height-name = Height in points
export-scale = Scale
export-theme = Theme
export-theme-light = Light
export-theme-dark = Dark
export-pixels = The picture will be { $width } × { $height } pixels.
preset-label = { $name }, { $width } × { $height }
preset-social = Social card
preset-article = Article
preset-square = Square
preset-mobile = Mobile
preset-print = Print

## The window: the report editor; { $what } names an edit, a row or a cell

editor-none = No report is being edited. Choose Edit beside a report in the Reports panel, or File ▸ New report (Ctrl+N).
editor-not-saved-yet = not saved to a file yet
editor-file-unsaved = { $file } · unsaved changes
editor-save = Save
editor-save-hover = Save the report (Ctrl+S)
editor-save-as = Save as…
editor-save-as-hover = Save the report to another file (Ctrl+Shift+S)
editor-nothing-to-undo = Nothing to undo
editor-nothing-to-redo = Nothing to redo
editor-undo-hover = Undo { $what } (Ctrl+Z)
editor-redo-hover = Redo { $what } (Ctrl+Shift+Z)
editor-done = Done
editor-done-hover = Back to the charts
editor-details = Details
editor-sheet-tab = { $sheet } ({ $n })
editor-towns-of-snapshot = Named towns of snapshot { $n }
editor-areas-of-snapshot = Listed townships of snapshot { $n }
editor-preview-empty = The { $section } chart of this report appears here as figures are entered.
editor-preview-empty-map = The map chart of this report appears here as figures are entered.
editor-preview-a11y = Preview of the { $title } chart. { $summary }
sheet-sources = Sources
sheet-funding = Funding
sheet-losses = Losses
sheet-battles = Battles
sheet-townships = Townships
sheet-towns = Named towns
sheet-areas = Listed townships
details-title = Title
details-publisher = Publisher
details-published = Published (YYYY-MM-DD)
details-period-from = Period from
details-period-to = Period to
details-claim = Whose figures (claim)
details-notes = Notes
details-hint = The sources the figures come from are in the Sources tab. Dates are checked as they are typed.
details-period-other-end = The period needs its other end too.
details-needs-title = A report needs a title.
details-not-a-date = Not a real date: write YYYY-MM-DD, between { $first } and { $last }.
details-period-backwards = The period would end before it begins.
field-year = Year
field-as-of = As of
field-label = Label
field-kyats = Kyats
field-usd = US dollars
field-side = Side
field-group = Group
field-total = Total
field-beside = { $category } (beside the total)
field-note = Note
field-restated = Restated
field-restated-yes = restated
field-name = Name
field-status = Status
field-region = Region
field-pcode = Pcode
field-latitude = Latitude
field-longitude = Longitude
field-title = Title
field-publisher = Publisher
field-date = Date
field-url = Web address
row-name = { $sheet } { $year } { $what }
row-name-year = { $sheet } { $year }
row-snapshot = { $sheet } as of { $date }
row-source = Source { $n }
row-town = Town { $name }
row-area = Township { $name }
grid-add-year = Add year
grid-add-source = Add source
grid-add-town = Add town
grid-add-area = Add township
grid-add-snapshot = Add snapshot
grid-add-group = Add group
grid-remove-row = Remove row
grid-remove-what = Remove { $what }
grid-move-up = Move up
grid-move-down = Move down
grid-named-towns = Named towns…
grid-listed-townships = Listed townships…
grid-back-to-snapshots = Back to the snapshots
grid-category = Category:
grid-category-hint = name
grid-category-name = Category name
grid-category-add = Add
grid-category-add-beside = Add beside the total
grid-category-add-beside-hover = A figure reported beside the total, not part of it (such as defections)
grid-category-selected = “{ $name }”:
grid-category-rename = Rename
grid-category-rename-hover = Rename to the name typed, in every entry
grid-category-move = Move the category
grid-category-remove = Remove
grid-category-remove-hover = Remove the category from every entry
grid-no-rows = No rows yet: add one with the button above, or paste (Ctrl+V) after clicking here.
grid-hint = Enter or typing edits the selected cell · Tab and arrows move · Delete clears · Ctrl+V pastes a block from a spreadsheet · Ctrl+C copies
grid-editing = Editing { $cell }
grid-cell = { $row }, { $column }
grid-pasted-left = { $n ->
    [one] Pasted; one cell was left as it was: { $list }.
   *[other] Pasted; { $n } cells were left as they were: { $list }.
}
grid-qualifier = Qualifier
grid-pasted-zawgyi = The pasted text looks typed in Zawgyi: Edit ▸ Convert Zawgyi to Unicode writes it in Unicode.
grid-note-label = Note:
grid-note = Note
grid-note-hint = what the source says
qualifier-exact = exact
qualifier-over = over
qualifier-at-least = at least
qualifier-about = about
qualifier-under = under
qualifier-at-most = at most
undo-adding-year = adding a year
undo-adding-source = adding a source
undo-adding-town = adding a town
undo-adding-area = adding a township
undo-adding-snapshot = adding a snapshot
undo-adding-group = adding a battle group
undo-removing = removing { $what }
undo-moving = moving { $what }
undo-renaming = renaming { $what }
undo-clearing = clearing cells
undo-pasting = pasting
undo-zawgyi = converting Zawgyi to Unicode
undo-qualifier = { $what }: qualifier
undo-note = { $what }: note

## Beside the map, in the window

map-snapshot = Snapshot:
map-snapshot-earlier = Earlier snapshot
map-snapshot-later = Later snapshot
map-click-to-hide = Click to hide these towns on the map
map-click-to-show = Click to show these towns on the map
map-disputed = ⚠ disputed:
map-none-placed = No named town is placed.
map-not-placed = Not placed on the map ({ $n })
map-key = ● a named town, coloured by status · small dots: township centres (MIMU), darker where a named town lies
map-key-areas = ■ a listed township, at its centre, coloured by status · ● a named town, coloured by status · small dots: township centres (MIMU), darker where a named town lies
map-since = Since { $date }
map-dropped = Named then, not in this snapshot: { $list }
map-cannot-draw = The map cannot be drawn: { $error }
map-honest-counts = Dots mark the towns the reports name, where they can be placed; the national counts are not assigned to townships, so no township is coloured.
map-honest-counts-listed = Squares mark the townships the reports list by name and dots the towns they name, where they can be placed; the national counts are not spread over other townships.

## A town's tooltip on the map; { $status } is a township status, { $file } a file's name

map-tip-disagree = ⚠ The reports disagree, as of { $date }:
map-tip-status = { $status }, as of { $date }, in { $file }
map-tip-status-named = { $status }, as of { $date }, in { $file } (named "{ $name }")
map-tip-changed = Changed: { $status } as of { $date }
map-tip-placed-coordinates = Placed at the report's coordinates ({ $lat }, { $lon })
map-tip-placed-pcode = Placed by the report's Pcode
map-tip-placed-name = Placed by its name
map-tip-placed-variant = Placed by its name, which MIMU spells { $mimu }
map-tip-township = { $name } township · { $name_mmr }
    { $district } district, { $state } · MIMU Pcode { $pcode }
    Dot: the approximate centre of its villages and wards
    { $here }
map-tip-township-named = Named in it as of { $date }: { $towns }
map-tip-township-none = No open report names a town in it as of { $date }. The national counts do not say which townships they cover.
map-tip-position = Position: { $why }

## Names the map draws: states and regions, neighbouring countries, seas

geo-kachin = Kachin
geo-kayah = Kayah
geo-kayin = Kayin
geo-chin = Chin
geo-sagaing = Sagaing
geo-tanintharyi = Tanintharyi
geo-bago = Bago
geo-magway = Magway
geo-mandalay = Mandalay
geo-mon = Mon
geo-rakhine = Rakhine
geo-yangon = Yangon
geo-shan = Shan
geo-ayeyarwady = Ayeyarwady
geo-nay-pyi-taw = Nay Pyi Taw
geo-india = India
geo-bangladesh = Bangladesh
geo-china = China
geo-laos = Laos
geo-thailand = Thailand
geo-bay-of-bengal = Bay of Bengal
geo-andaman-sea = Andaman Sea
geo-north = North
geo-south = South
geo-east = East
geo-west = West
map-attribution = Boundaries: Natural Earth. Places: MIMU Place Codes 9.6
map-attribution-sentence = { $attribution }.

## A chart's legend; { $name } is a series' name

legend-more-picture = and { $n } more series
legend-more = { $n } more series ▾
legend-fewer = Fewer series ▴
legend-show-only = Show only this
legend-show-all = Show all
legend-hover-shown = { $name }: click to hide; right-click to show it alone
legend-hover-hidden = { $name }: hidden; click to show

## The map in words (its alt text) and its national total; { $total } is a figure already written

map-total = of { $total } townships
map-total-assumed = of { $total } townships (assumed: the report gives no national total)
map-sum-none = Map of Myanmar's states and regions; the open reports give no township snapshot.
map-sum-intro = Map of Myanmar's { $states } states and regions with the centres of its { $townships } townships, as of { $date }.
map-sum-counts = The reports count { $counts } { $total }, for the whole country: no township is coloured for it.
map-sum-disputed = disputed ({ $statuses })
map-sum-no-town = No named town is placed on the map.
map-sum-towns = Towns named: { $list }.
map-sum-areas = Townships listed: { $list }.
map-sum-not-placed = Not placed: { $list }.

## The file dialogs' titles and file types

dialog-open = Open report files
dialog-filter-reports = Report files (JSON, CSV)
dialog-filter-all = All files
dialog-save-report = Save report
dialog-filter-report = Report files (JSON)
dialog-save = Save
dialog-filter-png = PNG image
dialog-filter-csv = CSV table
tip-what-year = { $what }, { $year }
tip-what-group-year = { $what }, { $group }, { $year }
tip-all-battles = All battles, { $year }
tip-losses-total = total ({ $side }), { $year }
tip-no-breakdown = No breakdown was reported for this year.
tip-not-in-breakdown = { $gap } of the reported { $total } are not in the breakdown.
tip-townships-unreported = { $n } of { $total } townships are in no reported category
tip-townships-share = { $pct } % of { $total } townships
tip-also-given = Also given: { $list }
tip-implied-rate = Implied rate: { $rate } kyats per US dollar
tip-change-disputed = {" "}(from the first file's figures: the files disagree on this change)
list-or = {" "}or{" "}
rate-at-least = at least { $n }
rate-at-most = at most { $n }
rate-about-between = about { $n } (between { $lo } and { $hi })
rate-about-at-least = about { $n } (at least { $lo })
check-about = { $what }: { $message }
check-sum-short = the parts ({ $parts }) add up to { $sum }; the reported total is { $total }: { $gap } unaccounted for
check-sum-short-at-most = the parts ({ $parts }) add up to at most { $sum }; the reported total is { $total }: { $gap } unaccounted for
check-sum-over = the parts ({ $parts }) add up to { $sum }, more than the reported total of { $total }: { $gap } too many
check-sum-over-at-least = the parts ({ $parts }) add up to at least { $sum }, more than the reported total of { $total }: { $gap } too many
check-sum-only-if = the parts ({ $parts }) meet the reported { $total } only if { $label } were { $needed } (reported: { $reported })
check-sum-at-limits = the parts ({ $parts }) add up to { $sum }, not the reported { $total }; consistent only if the qualified figures are read at their limits
check-what-losses = { $year } losses ({ $side })
check-what-battles-group = { $year } battles, { $group }
check-groups-over = { $year } battles: the groups add up to { $sum }, more than the year's reported total of { $total }
check-townships-assumed = townships as of { $date }: the file gives no national total; { $total } townships assumed
check-townships-over = townships as of { $date }: the categories add up to { $sum }, more than the { $total } townships in the country
check-given-twice = { $what } is given twice in this file (first at { $first }); where the two differ, the first is used
check-what-funding-entry = funding: { $year } ({ $label })
check-what-losses-entry = losses: { $year } ({ $label })
check-what-battles-entry = battles: { $year }
check-what-battles-group-entry = battles: { $year } ({ $label })
check-what-snapshot-entry = townships: the snapshot as of { $date }
check-towns-named = townships as of { $date }: { $n } towns are named as { $status }, but the breakdown counts { $count } { $status }
check-areas-over = townships as of { $date }: { $n } townships are listed as { $status }, but the breakdown counts { $count } { $status }
check-areas-fewer = townships as of { $date }: { $n } of the { $count } { $status } townships are listed by name; the rest are not named
check-areas-twice = townships as of { $date }: { $township } is listed twice (first as township { $first } of the list)
check-rate-jump = funding ({ $label }): the implied exchange rate moves from { $from } kyats per dollar in { $y0 } to { $to } in { $y1 }; a unit slip (million/billion) is likely
check-outside-period = { $what } lies outside the report's period ({ $from } to { $to })
check-zawgyi = { $field } looks typed in Zawgyi, not Unicode, and shows as garbage: convert it with Edit ▸ Convert Zawgyi to Unicode, or fieldreport convert --zawgyi-to-unicode
check-what-funding-year = funding year { $year }
check-what-losses-year = losses year { $year }
check-what-battles-year = battles year { $year }
check-what-snapshot-year = the township snapshot as of { $date }
note-group-year = { $year }, { $group }: { $words }.

## Claims and records: event files (ACLED, UCDP GED) beside the reports' claims

tab-records = Claims and records
title-records = Claims beside independent records
axis-records = Count (battles, events, deaths)
hint-records = Hover a bar for its figure, source and filter · choose the events, place and actor above the chart · click a legend entry to hide it
records-township = { $name } township
records-actor-words = actor “{ $actor }”
records-preset-battles = Battles
records-preset-political-violence = Political violence
records-preset-all-events = All events
records-per-year = events per year
records-per-month = events per month
records-attribution = { $citation }, filter { $filter }, { $per }
records-tip-claim = { $what }, { $year }
records-claim-month = { $what } { $n } in { $year } (on average { $per } a month)
records-claimed-battles = claimed battles
records-claimed-killed = claimed killed
records-claimed-losses = claimed losses, total
records-events = { $source } events
records-deaths = { $source } deaths
records-tip-events = { $source }, { $when }: { $n } events ({ $filter })
records-range = , range { $low }–{ $high }
records-tip-deaths = { $source }, { $when }: { $n } deaths{ $range } ({ $filter })
records-what-battles = battle events
records-what-events = events ({ $filter })
records-ratio = { $year }: claimed { $claimed } battles; { $source } recorded { $n } { $what }: { $ratio }×
records-ratio-none = { $year }: claimed { $claimed } battles; { $source } recorded no { $what }
records-deaths-line = { $year }: claimed { $claimed } killed; { $source } recorded { $n } deaths{ $range } ({ $filter })
records-without-month = { $file }: { $n } events give a year but no month and are left out of the months
records-note-township = The actor filter is counted per state or region, not per township: the township is left out of the filter.
records-bad-rows = { $file }: { $n } rows could not be read and are not counted (first, { $first })
records-monthly-events-only = Per month, events only (deaths are in the yearly view); each year's claim is drawn across its year as a monthly average.
records-no-file = No event file is open: open an ACLED or UCDP GED export (File ▸ Open) to set it beside the claims.
records-caveat = The measures differ: a party's count of its own engagements and losses, against events reported in the media and coded by a research project. Neither is ground truth.
records-sum-none = No claims and no records to compare.
records-per = Per:
records-by-year = year
records-by-month = month
records-events-choice = Events:
records-place = Place:
records-place-all = all of Myanmar
records-actor = Actor:
records-actor-hint = part of a name
records-file-line = { $citation }: { $n } events
records-close-file = Close { $file }
notice-events-read = Read { $file }: { $n } events, counted per month, type, place and actor (see Claims and records, Ctrl+6).
notice-events-read-bad = Read { $file }: { $n } events; { $bad } rows could not be read and are not counted ({ $first }).
map-events-heading = Circles: what event files recorded, per township
map-events-show = Circles show:
map-events-events = events
map-events-deaths = deaths
map-events-attribution = { $citation }, filter { $filter }, { $measure } { $years }
map-events-no-place = no township, state or region given
map-events-tip-state = { $state } (no township given: drawn at the centre of the state or region)
map-events-tip = { $place }: { $events ->
    [one] 1 event
   *[other] { $events } events
}, { $deaths ->
    [one] 1 death
   *[other] { $deaths } deaths
}{ $range }
map-events-sizes = Circle areas, { $measure }:
map-events-not-placed = { $source }: not placed on the map ({ $n ->
    [one] 1 place
   *[other] { $n } places
}, { $count } { $measure })
map-events-more = … and { $n } more (in the alt text)
map-events-caveat = Dots mark the towns the reports name; circles, events reported in the media and coded by { $source }, at the township (or state) the file gives. Neither shows who holds a township, and the national counts are not assigned to townships.
map-events-per-state = Where a file names no township, or an actor is chosen (actors are counted per state or region), a circle stands for a whole state or region, at its centre.
map-sum-events = Circles: { $attribution }: { $n } { $measure } in { $places } places; the most in { $top }.
map-sum-events-not-placed = { $n ->
    [one] 1 place not placed
   *[other] { $n } places not placed
}: { $list }.
events-zawgyi-column = { $column }: { $n } of { $weighed } Burmese cells weighed
notice-events-zawgyi = Burmese in { $file } looks typed in Zawgyi, not Unicode, and may show as garbage: { $list }.

## Township boundaries the user brings (File ▸ Township boundaries…); { $file } is a file's name
map-boundaries-credit = Township boundaries: { $attribution } ({ $file })
map-boundaries-credit-unknown = Township boundaries: { $file } (source not given)
map-boundaries-joined = Township boundaries from { $file }: { $joined } of { $townships } townships.
map-boundaries-unjoined = Not joined ({ $n }): { $list }
map-key-filled = a listed township filled by its reported status within its boundary (■ at its centre where the boundary file has none for it) · ● a named town, coloured by status · grey lines: township boundaries · small dots: township centres (MIMU)
map-honest-counts-filled = Filled townships are those the reports list by name, and dots the towns they name; townships left blank are not listed, not held by anyone, and the national counts are not spread over them.
dialog-filter-boundaries = Township boundaries (GeoJSON, shapefile)
dialog-open-boundaries = Open township boundaries
notice-boundaries-read = Township boundaries read from { $file }: { $joined } of { $townships } townships joined ({ $features } features in the file).
notice-boundaries-unjoined = { $n } features not joined: { $first }.
notice-boundaries-refused = { $file } cannot be used as township boundaries: { $error }.
notice-boundaries-kept = The boundaries already open are kept.
notice-boundaries-none = The map keeps its squares at township centres.
menu-boundaries = Township boundaries…
menu-boundaries-credit = Credit for township boundaries…
menu-boundaries-close = Close township boundaries ({ $file })
boundaries-credit-ask = { $file } does not say who made these boundaries. Their credit, drawn on the map and in every picture:
boundaries-credit-hint = e.g. MIMU; geoBoundaries (CC BY 4.0); © OpenStreetMap contributors
boundaries-credit-name = Credit for the township boundaries
boundaries-credit-use = Use
boundaries-credit-later = Later
map-counts-filled = As the reports give them, for the whole country; only the townships the reports list by name are filled, within their boundaries.
map-national-counts-short = National counts:
map-counts-whole-country-short = As the reports give them; they do not say which townships, so none is coloured.
map-counts-listed-short = As the reports give them; only townships listed by name are coloured.
table-named-town = named town
table-listed-township = listed township
map-events-as = Shown as:
map-events-as-circles = circles
map-events-as-filled = townships filled
map-events-classes = { $source }, { $measure } per township:
map-events-classes-note = Townships are filled by the { $measure } { $source } recorded in them, in classes of { $classes }; where it gives no township, or the boundaries have none, a circle is drawn.

## Why a typed or pasted cell, or a change in the editor, is refused.
figure-not-a-number = "{ $text }" is not a number
figure-unknown-scale = "{ $text }" is not a number this cell can read (what is "{ $word }"?)
figure-negative = "{ $text }" is negative; figures are 0 or more
figure-too-large = "{ $text }" is larger than a figure may be (10^15)
figure-not-whole = "{ $text }" is not a whole number, and this cell counts
cell-not-yes-or-no = "{ $text }" is not yes or no: type restated (or yes) for an entry that repeats an earlier year, or leave the cell empty
cell-empty = { $what } cannot be empty
cell-too-long = { $what } is longer than { $n } characters
cell-not-a-year = "{ $text }" is not a year between { $first } and { $last }
cell-not-a-date = "{ $text }" is not a real date written YYYY-MM-DD between { $first } and { $last }
cell-not-degrees = "{ $text }" is not a number of degrees between -{ $limit } and { $limit }
cell-stands-for-nothing = this cell stands for nothing here
cell-missing = there is no such cell
cell-year-total-only = a year's total row has no such cell: add a group for categories
cell-group-year = a group's year is its year row's: edit it there
cell-no-figure = this cell holds no figure
cell-what-source-title = a source's title
cell-what-funding-label = a funding label
cell-what-side = a side
cell-what-group-label = a group's label
cell-what-town-name = a town's name
cell-what-town-status = a town's status
cell-what-township-name = a township's name
cell-what-township-status = a township's status
category-needs-name = a category needs a name
category-taken = there is already a category "{ $name }"
category-only = only a category can be renamed
column-missing = there is no such column
paste-left-column = column "{ $column }" ({ $why })
paste-left-cell = row { $row }, { $column }: "{ $text }" ({ $why })
paste-no-such-column = this grid has no such column
change-no-such-row = there is no such row
change-stale = not done, because rows were added, removed or moved, or an edit undone, while it was being made: do it again where it belongs
change-no-row-here = no row can be added here
change-group-to-year = a group is added to a year of battles
