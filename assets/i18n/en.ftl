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

## The township chart's key and lists

note-townships-assumed = Where a report gives no national total, { $n } townships are assumed.
townships-grid-key = One square per township ({ $n } in all), as of the latest snapshot:
townships-grid-count = { $n } { $status }
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
map-towns-by-status = Towns named, by reported status
note-other-currency-only = { $label } { $year }: no figure in { $currency }; switch currency to see it

## Tooltips of a figure; { $figure } and { $long } are figures already written

tip-claim = Claim { $n }: { $figure }
tip-note = Note: { $note }
tip-source = Source: { $list }
tip-disagree = ⚠ The files disagree about this figure:
tip-exact-mmk = { $amount } kyats ({ $long })
tip-exact-usd = US${ $amount } ({ $long })
