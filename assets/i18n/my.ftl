# fieldreport ၏ မြန်မာဘာသာ စကားလုံးများ။ ပြင်ဆင်ချက်များကို ကြိုဆိုပါသည်။
# Burmese words of fieldreport. Corrections are welcome: change the text after `=`, keep the key
# before it and every `{ $name }` (a value the program puts in: a number, a year, a name from a
# report). Lines starting with `#` are comments.

## Languages and digits

lang-menu = ဘာသာစကား
digits-menu = ဂဏန်း
digits-myanmar = မြန်မာဂဏန်း (၀–၉)
digits-latin = လက်တင်ဂဏန်း (0–9)

## Figures: qualifiers around a value

qualified-over = { $value } ကျော်
qualified-at_least = အနည်းဆုံး { $value }
qualified-about = { $value } ခန့်
qualified-under = { $value } အောက်
qualified-at_most = အများဆုံး { $value }

## Amounts of money

scale-million = သန်း
scale-billion = ဘီလီယံ
scale-trillion = ထရီလီယံ
scale-million-short = သန်း
scale-billion-short = ဘီလီယံ
scale-trillion-short = ထရီလီယံ
amount-scaled = { $n } { $scale }
mmk-long = ကျပ် { $amount }
usd-long = အမေရိကန်ဒေါ်လာ { $amount }
mmk-short = ကျပ် { $amount }
usd-short = ဒေါ်လာ { $amount }

## Year-over-year changes

change-new = အသစ်
change-since = { $year } မှစ၍ { $change }
change-from-to = { $from } မှ { $to } အထိ { $change }
change-open = “ကျော်”၊ “အနည်းဆုံး” စသည့် ကိန်းဂဏန်းနှင့်တွဲသော စကားလုံးများကြောင့် အမှန်တကယ် ပြောင်းလဲမှုကို မသိနိုင်ပါ
change-qualified-over = ကိန်းဂဏန်းများ အတိအကျမဟုတ်သဖြင့် ယင်းထက်ကျော်နိုင်သည်
change-qualified-at_least = ကိန်းဂဏန်းများ အတိအကျမဟုတ်သဖြင့် အနည်းဆုံး ယင်းမျှ ဖြစ်သည်
change-qualified-about = ကိန်းဂဏန်းများ အတိအကျမဟုတ်သဖြင့် ယင်းခန့်သာ ဖြစ်သည်
change-qualified-under = ကိန်းဂဏန်းများ အတိအကျမဟုတ်သဖြင့် ယင်းအောက် ဖြစ်သည်
change-qualified-at_most = ကိန်းဂဏန်းများ အတိအကျမဟုတ်သဖြင့် အများဆုံး ယင်းမျှ ဖြစ်သည်
change-missing = { $years } အတွက် ကိန်းဂဏန်းမရှိ

## Well-known labels: loss categories, sides, the charts' own series

term-killed = သေဆုံး
term-injured = ဒဏ်ရာရ
term-captured = ဖမ်းဆီးခံရ
term-defected = တပ်ခွဲထွက်
term-surrendered = လက်နက်ချ
term-surrounded = ဝိုင်းထား
term-contested = တိုက်ပွဲဖြစ်ဆဲ
term-resistance-administration = တော်လှန်ရေးအုပ်ချုပ်မှု
term-junta-administration = စစ်ကောင်စီအုပ်ချုပ်မှု
term-not-reported = ဖော်ပြမထား
term-total = စုစုပေါင်း
term-all-battles = တိုက်ပွဲအားလုံး
term-not-broken-down = ခွဲခြားမဖော်ပြ
term-total-no-breakdown = စုစုပေါင်း၊ ခွဲခြားမဖော်ပြ
term-junta = စစ်ကောင်စီ
term-resistance = တော်လှန်ရေးအင်အားစု
term-unspecified = မဖော်ပြ

## Township statuses

status-captured = သိမ်းပိုက်ပြီး
status-surrounded = ဝိုင်းထား
status-contested = တိုက်ပွဲဖြစ်ဆဲ

## Chart titles; { $name } and { $side } are a report's own words

title-funding = နှစ်စဉ် ရန်ပုံငွေ
title-funding-one = နှစ်စဉ် { $name }
title-losses = နှစ်စဉ် ထိခိုက်ဆုံးရှုံးမှု
title-losses-side = နှစ်စဉ် ထိခိုက်ဆုံးရှုံးမှု ({ $side })
title-battles = နှစ်စဉ် တိုက်ပွဲများ
title-townships = မြို့နယ်များ ထိန်းချုပ်မှု
title-map = အစီရင်ခံစာများတွင် ဖော်ပြသော မြို့များ
title-map-date = { $date } အထိ အစီရင်ခံစာများတွင် ဖော်ပြသော မြို့များ
title-map-areas-date = { $date } အထိ ထိန်းချုပ်မှု အခြေအနေအလိုက် မြို့နယ်များနှင့် မြို့များ

## Axis titles

axis-year = ခုနှစ်
axis-people = လူအရေအတွက်
axis-battles = တိုက်ပွဲအကြိမ်ရေ
axis-townships-share = တစ်နိုင်ငံလုံးရှိ မြို့နယ်များ၏ ရာခိုင်နှုန်း (%)
axis-kyats = ကျပ်
axis-million-kyats = ကျပ်သန်း
axis-billion-kyats = ကျပ်ဘီလီယံ
axis-thousand-usd = အမေရိကန်ဒေါ်လာ ထောင်
axis-million-usd = အမေရိကန်ဒေါ်လာ သန်း

## Captions under charts and pictures

caption-source = ရင်းမြစ် - { $list }
caption-sources = ရင်းမြစ်များ - { $list }
caption-sources-more = ရင်းမြစ်များ - { $list }၊ နောက်ထပ် { $n } ခု (အားလုံးကို ရင်းမြစ်များ ကဏ္ဍတွင် ကြည့်ပါ)
caption-notes-more = ဤကိန်းဂဏန်းများအကြောင်း မှတ်ချက် နောက်ထပ် { $n } ခု (အားလုံးကို စစ်ဆေးချက်များ ကဏ္ဍတွင် ကြည့်ပါ)။
caption-sources-by-publisher = ရင်းမြစ်များ - ထုတ်ပြန်ချက် { $n } ခု၊ ထုတ်ပြန်သူအလိုက် { $publishers }၊ တစ်ခုချင်းစီကို ပုံဖိုင်အတွင်း သိမ်းထားသော အချက်အလက်နှင့် ထုတ်ယူသော ဒေတာဖိုင်တွင် ပါရှိသည်။
caption-claims-more = ဖော်ပြချက် နောက်ထပ် { $n } ကြောင်းကို ပုံဖိုင်အတွင်း သိမ်းထားသော အချက်အလက်တွင် ပါရှိသည်။
caption-notes-more-picture = ဤကိန်းဂဏန်းများဆိုင်ရာ မှတ်ချက် နောက်ထပ် { $n } ခုကို ပုံဖိုင်အတွင်း သိမ်းထားသော အချက်အလက်တွင် ပါရှိသည်။
caption-labels-shown = ကိန်းဂဏန်း { $total } ခုအနက် { $shown } ခုကိုသာ နေရာဆံ့သလောက် ဖော်ပြထားသည် - အငြင်းပွားသော ကိန်းဂဏန်းများ၊ နောက်ဆုံးနှစ်နှင့် အများဆုံး အနည်းဆုံး ကိန်းဂဏန်းများကို ဦးစားပေးသည်၊ { $rest }။
caption-labels-rest-picture = ကိန်းဂဏန်းအားလုံးကို ထုတ်ယူသော ဒေတာဖိုင်တွင် ပါရှိသည်
caption-labels-rest-window = ကိန်းဂဏန်းအားလုံးအတွက် ဘားပေါ်တွင် ထောက်ကြည့်ပါ သို့မဟုတ် ဇယား (Ctrl+T) ကို ဖွင့်ပါ
caption-sources-by-publisher-short = ရင်းမြစ်များ - ထုတ်ပြန်ချက် { $n } ခု၊ ထုတ်ပြန်သူအလိုက် { $publishers }။
caption-qualified-short = > ကျော် · ≥ အနည်းဆုံး · ≈ ခန့် · < အောက် · ≤ အများဆုံး၊ မြှား - ပိုများနိုင်သည်။
caption-disputed-short = ⚠ အစီရင်ခံစာများ မတူညီပါ၊ တန်ဖိုးအားလုံးကို ထုတ်ယူသော ဒေတာဖိုင်တွင် ပါရှိသည်။
caption-labels-shown-short = ကိန်းဂဏန်း { $total } ခုအနက် { $shown } ခုကို ဖော်ပြထားသည်၊ ကိန်းဂဏန်းအားလုံးကို ထုတ်ယူသော ဒေတာဖိုင်တွင် ပါရှိသည်။
caption-qualified = အတိအကျမဟုတ်သော ကိန်းဂဏန်းများ - > ကျော် · ≥ အနည်းဆုံး · ≈ ခန့် · < အောက် · ≤ အများဆုံး၊ မှိန်သော ဘားအစွန်းနှင့် မြှားသည် ပိုများနိုင်သော ကိန်းဂဏန်းကို ပြသည်။
caption-disputed = ⚠ နှင့် အနားကွပ်သည် ဖွင့်ထားသော အစီရင်ခံစာများ မတူညီသော ကိန်းဂဏန်းကို ပြသည်၊ ဖော်ပြထားသော တန်ဖိုးတိုင်းကို ပေးထားပြီး တစ်ခုချင်းစီကို ရင်းမြစ်နှင့်အတူ ထုတ်ယူသော ဒေတာဖိုင်တွင် ပါရှိသည်။
caption-years-one = { $year } ခုနှစ်၏ ကိန်းဂဏန်းများကိုသာ ပြထားသည်။
caption-years-range = { $first } မှ { $last } အထိ ကိန်းဂဏန်းများကိုသာ ပြထားသည်။
caption-not-shown = မပြထားသည်များ - { $list }။

## The stamp on every picture; { $version } is the program's version, { $date } the day

stamp-inputs = fieldreport { $version } · { $date } တွင် ထုတ်ယူသည် · ထည့်သွင်းဖိုင် SHA-256 { $inputs }
stamp-many = fieldreport { $version } · { $date } တွင် ထုတ်ယူသည် · ထည့်သွင်းဖိုင် { $n } ခု၊ တစ်ခုချင်းစီ၏ SHA-256 ကို ပုံဖိုင်အတွင်း သိမ်းထားသော အချက်အလက်တွင် ပါရှိပြီး အားလုံးပေါင်း၏ SHA-256 မှာ { $combined }

## Alt text

alt-chart = ဇယားပုံ - { $title }။ { $summary }
alt-source = ရင်းမြစ် - { $list }။

## The columns of a chart's CSV

csv-section = ကဏ္ဍ
csv-series = အုပ်စု
csv-category = အမျိုးအစား
csv-role = အခန်းကဏ္ဍ
csv-when = အချိန်
csv-value = တန်ဖိုး
csv-qualifier = အတိအကျမဟုတ်မှု
csv-unit = ယူနစ်
csv-shown-as = ဖော်ပြပုံ
csv-note = မှတ်ချက်
csv-conflict = ကွဲလွဲမှု
csv-sources = ရင်းမြစ်များ
axis-usd = အမေရိကန်ဒေါ်လာ
as-of = { $date } အထိ

## Labels on the bars; { $total }, { $n } and { $parts } are figures already written

values-or = သို့မဟုတ်
values-range = တန်ဖိုး { $n } ခု - { $lo } မှ { $hi }
values-count = တန်ဖိုး { $n } ခု
label-total = စုစုပေါင်း { $total }
label-total-no-breakdown = စုစုပေါင်း { $total }၊ ခွဲခြားမဖော်ပြ
label-parts-reported = အစိတ်အပိုင်းများ { $parts }၊ ဖော်ပြသည့် စုစုပေါင်း { $total }
label-shown = ပြထားသည် { $n }
label-all-battles = တိုက်ပွဲအားလုံး { $n }
label-not-broken-down = ← ခွဲခြားမဖော်ပြ { $n }
tip-change = ပြောင်းလဲမှု - { $change }
losses-tip-first = { $category } ({ $side })၊ { $year }
losses-tip-beside = စုစုပေါင်း၏ ဘေးတွင် ဖော်ပြထားသည်၊ ၎င်း၏ အစိတ်အပိုင်း မဟုတ်ပါ။

## The township chart's key and lists

note-townships-assumed = အစီရင်ခံစာတွင် တစ်နိုင်ငံလုံး စုစုပေါင်း မဖော်ပြပါက မြို့နယ် { $n } ခု ဟု ယူဆသည်။
townships-grid-key = နောက်ဆုံးအခြေအနေအရ မြို့နယ်တစ်ခုလျှင် စတုရန်းတစ်ကွက် (စုစုပေါင်း { $n } ခု) -
townships-grid-count = { $status } { $n }
townships-grid-description = မြို့နယ်တစ်ခုလျှင် လေးထောင့်ကွက်တစ်ကွက်၊ စုစုပေါင်း { $n } ကွက် - { $parts }
townships-changes = အခြေအနေ နှစ်ခုကြား ပြောင်းလဲမှု
townships-changes-counted = အခြေအနေများကြား ပြောင်းလဲမှု { $n } ခု၊ { $whole }။
townships-changes-earlier = ယခင် ပြောင်းလဲမှု နောက်ထပ် { $n } ခု၊ { $whole }။
townships-changes-whole-picture = ထုတ်ယူသော ဒေတာဖိုင်တွင် ပါရှိသည်
townships-changes-whole-window = ဇယား (Ctrl+T) တွင် ကြည့်ပါ
townships-named-towns = ဖော်ပြထားသော မြို့များ

## The alt text's sentences about each chart; { $values }, { $total }, { $n } are figures in words

sum-end = { $text }။
sum-sentence = { $subject } - { $list }။
sum-in-year = { $year } တွင် { $values }
sum-files-disagree = ဖိုင်များ မတူညီ
sum-restated-from = ↻ နောက်ပိုင်းအစီရင်ခံစာက { $value } မှ ပြင်ဆင်ဖော်ပြထားသည်
sum-trend-rose = { $from_year } တွင် { $from } မှ { $to_year } တွင် { $to } သို့ တိုးလာသည်
sum-trend-fell = { $from_year } တွင် { $from } မှ { $to_year } တွင် { $to } သို့ ကျဆင်းသည်
sum-trend-level = { $from_year } တွင် { $from } မှ { $to_year } တွင် { $to } အထိ မပြောင်းလဲ
sum-losses-total = { $year } တွင် { $side }၏ ထိခိုက်ဆုံးရှုံးမှု စုစုပေါင်း { $total }
sum-losses-no-total = { $year } တွင် { $side }၏ ထိခိုက်ဆုံးရှုံးမှု (စုစုပေါင်း မဖော်ပြ)
sum-losses-beside = စုစုပေါင်းနှင့် သီးခြား ဖော်ပြချက် - { $list }
sum-battles-year = { $year } တွင် တိုက်ပွဲ { $n }
sum-battles-group = { $group } - { $year } တွင် { $n }
sum-townships = { $date } အထိ မြို့နယ်များ - { $list }။

## Beside the map

map-national-counts = { $date } အထိ တစ်နိုင်ငံလုံး အရေအတွက်
map-counts-whole-country = အစီရင်ခံစာများ ဖော်ပြသည့်အတိုင်း တစ်နိုင်ငံလုံးအတွက် ဖြစ်သည် - မည်သည့်မြို့နယ်များ ဖြစ်သည်ကို မဖော်ပြသဖြင့် မည်သည့်မြို့နယ်ကိုမျှ အရောင်မခြယ်ပါ။
map-counts-listed = အစီရင်ခံစာများ ဖော်ပြသည့်အတိုင်း တစ်နိုင်ငံလုံးအတွက် ဖြစ်သည် - အစီရင်ခံစာများက အမည်ဖြင့် စာရင်းပြုထားသော မြို့နယ်များကိုသာ ၎င်းတို့၏ဗဟိုတွင် လေးထောင့်ကွက်များဖြင့် အရောင်ခြယ်ထားသည်။
map-towns-by-status = ဖော်ပြထားသော မြို့များ၊ အခြေအနေအလိုက်
map-areas-by-status = စာရင်းပြုထားသော မြို့နယ်များ၊ အခြေအနေအလိုက်
note-other-currency-only = { $label } { $year } - { $currency } ဖြင့် ကိန်းဂဏန်း မရှိပါ၊ ကြည့်ရန် ငွေကြေးကို ပြောင်းပါ
note-restated = ↻ နောက်ပိုင်း အစီရင်ခံစာက ပြန်လည်ဖော်ပြထားသည် - { $years }၊ ဘားသည် နောက်ပိုင်း အစီရင်ခံစာ၏ ကိန်းဂဏန်းကို ပြပြီး အဝိုင်းသည် အစောပိုင်း အစီရင်ခံစာ၏ ကိန်းဂဏန်းကို ပြသည်။

## Tooltips of a figure; { $figure } and { $long } are figures already written

tip-claim = ဖော်ပြချက် { $n } - { $figure }
tip-note = မှတ်ချက် - { $note }
tip-source = ရင်းမြစ် - { $list }
tip-disagree = ⚠ ဤကိန်းဂဏန်းနှင့် ပတ်သက်၍ ဖိုင်များ မတူညီပါ -
tip-restated = ↻ { $when } ကို ပြန်လည်ဖော်ပြထားသည် - အစောပိုင်း အစီရင်ခံစာ ({ $earlier }) ၏ { $from } မှ နောက်ပိုင်း အစီရင်ခံစာ ({ $later }) ၏ { $to } သို့
tip-exact-mmk = ကျပ် { $amount } ({ $long })
tip-exact-usd = အမေရိကန်ဒေါ်လာ { $amount } ({ $long })

## The window: menus

menu-file = ဖိုင်
menu-edit = ပြင်ဆင်ရန်
menu-view = ကြည့်ရှုရန်
menu-new-report = အစီရင်ခံစာ အသစ်
menu-open = ဖွင့်ရန်…
menu-open-recent = မကြာသေးမီက ဖိုင်များ
menu-no-recent = မကြာသေးမီက ဖွင့်ထားသော ဖိုင် မရှိပါ
menu-clear-recent = မကြာသေးမီက ဖိုင်စာရင်းကို ရှင်းရန်
menu-save-report = အစီရင်ခံစာကို သိမ်းရန်
menu-save-report-as = အစီရင်ခံစာကို အခြားဖိုင်အဖြစ် သိမ်းရန်…
menu-save-report-disabled = ဦးစွာ အစီရင်ခံစာတစ်ခုကို ပြင်ဆင်ပါ (အစီရင်ခံစာများ ကဏ္ဍရှိ ပြင်ရန်၊ သို့မဟုတ် ဖိုင် ▸ အစီရင်ခံစာ အသစ်)
menu-export-chart-png = ဇယားပုံ ထုတ်ယူရန် (PNG၊ SVG၊ PDF)…
menu-copy-chart = ဇယားပုံကို ကူးယူရန်
menu-export-window-png = ဝင်းဒိုးကို PNG အဖြစ် ထုတ်ယူရန်…
menu-export-chart-csv = ဇယားပုံ၏ ဒေတာကို CSV အဖြစ် ထုတ်ယူရန်…
menu-export-figures-csv = ကိန်းဂဏန်းအားလုံးကို CSV အဖြစ် ထုတ်ယူရန်…
menu-close-all = အစီရင်ခံစာအားလုံးကို ပိတ်ရန်
menu-quit = ထွက်ရန်
menu-switch-currency = ငွေကြေး ပြောင်းရန်
menu-theme-system = စနစ်၏ အသွင်အပြင်
menu-theme-light = အလင်း အသွင်အပြင်
menu-theme-dark = အမှောင် အသွင်အပြင်
menu-help = အကူအညီ
menu-about = fieldreport အကြောင်း
about-title = fieldreport အကြောင်း
about-version = ဗားရှင်း { $version }
about-summary = မြန်မာနိုင်ငံ ပဋိပက္ခ အစီရင်ခံစာ ဒေတာများကို ဇယားပုံများဖြင့် ကြည့်ရှုရန် ပရိုဂရမ် - ကိန်းဂဏန်းတိုင်းသည် ၎င်း၏ ပမာဏ ဖော်ပြချက် (ကျော်၊ အနည်းဆုံး၊ ခန့်) နှင့် ရင်းမြစ်ကို ထိန်းသိမ်းထားသည်။
about-licence = fieldreport သည် MIT သို့မဟုတ် Apache 2.0 လိုင်စင် (နှစ်သက်ရာ တစ်ခု) ဖြင့် လွတ်လပ်စွာ အသုံးပြုနိုင်သော ဆော့ဖ်ဝဲ ဖြစ်သည်။
about-fonts = ဖောင့်များ
about-font-dejavu = သင်္ကေတများအတွက် DejaVu Sans - Bitstream Vera လိုင်စင် (DejaVu ၏ ပြင်ဆင်ချက်များသည် အများပိုင် ဖြစ်သည်)။
about-font-padauk = မြန်မာစာအတွက် Padauk (SIL International) - SIL Open Font License 1.1။
about-map = မြေပုံ ဒေတာ
about-map-boundaries = ပြည်နယ်များ၊ တိုင်းဒေသကြီးများနှင့် အိမ်နီးချင်းနိုင်ငံများ - Natural Earth (အများပိုင်)။
about-map-places = မြို့နယ်များနှင့် မြို့များ၊ ၎င်းတို့၏ Pcode နှင့် အမည်များ - MIMU Place Codes 9.6 (၂၀၂၅ ဖေဖော်ဝါရီ)၊ Myanmar Information Management Unit (MIMU) ၏ ဒေတာ၊ ၎င်း၏ အမည်ကို ဖော်ပြ၍ ဖြန့်ဝေသည်။
about-licence-texts = လိုင်စင် စာသားများကို { $path } တွင် ဖတ်နိုင်သည်။
about-readme = README ကို ဖတ်ရန် - fieldreport အသုံးပြုပုံ
about-no-readme = README ကို ရှာမတွေ့ပါ - ၎င်းကို { $path } အဖြစ် ထည့်သွင်းထားသည်။
edit-undo = နောက်ပြန်ရန်
edit-redo = ပြန်လုပ်ရန်
edit-undo-what = နောက်ပြန်ရန် - { $what }
edit-redo-what = ပြန်လုပ်ရန် - { $what }
edit-zawgyi = ဇော်ဂျီမှ ယူနီကုဒ်သို့ ပြောင်းရန် (စာသား { $n } ခု)
edit-zawgyi-hover = ပြင်နေသော အစီရင်ခံစာတွင် ဇော်ဂျီဖြင့် ရိုက်ထားပုံရသော စာသားများ (စစ်ဆေးချက်များ ကဏ္ဍတွင် ဖော်ပြထားသည်) ကို ယူနီကုဒ်ဖြင့် တစ်ကြိမ်တည်း ပြောင်းရေးသည်

## The window: charts, views and their tabs; { $section } is a section's name below

tab-funding = ရန်ပုံငွေ
tab-losses = ထိခိုက်ဆုံးရှုံးမှု
tab-townships = မြို့နယ်များ
tab-battles = တိုက်ပွဲများ
tab-map = မြေပုံ
view-chart = ဇယားပုံ
view-table = ဇယား
view-sources = ရင်းမြစ်များ
view-edit = ပြင်ဆင်ရန်
section-funding = ရန်ပုံငွေ
section-losses = ထိခိုက်ဆုံးရှုံးမှု
section-battles = တိုက်ပွဲ
section-townships = မြို့နယ်
tabs-currency = ငွေကြေး -
years-label = ခုနှစ် -
years-to = မှ
years-first = ပြသည့် ပထမဆုံးနှစ်
years-last = ပြသည့် နောက်ဆုံးနှစ်
years-all = နှစ်အားလုံး
chart-empty = ဖွင့်ထားသော အစီရင်ခံစာများတွင် { $section } ကိန်းဂဏန်း မပါပါ။ ပါသော အစီရင်ခံစာကို ဖွင့်ပါ (ဖိုင် ▸ ဖွင့်ရန်…)၊ သို့မဟုတ် အခြားဇယားပုံကို ရွေးပါ။
chart-a11y = { $title } ဇယားပုံ။ { $summary }
hint-chart = ဘားပေါ်တွင် ထောက်ကြည့်လျှင် အတိအကျ ကိန်းဂဏန်းနှင့် ရင်းမြစ်ကို ပြသည် · ဆွဲ၍ ရွှေ့ပါ · Ctrl နှင့် မောက်စ်ဘီးလှည့်၍ ချဲ့ချုံ့ပါ · နှစ်ချက်နှိပ်၍ မူလအတိုင်း ပြန်ထားပါ · အညွှန်းရှိ အမည်ကို နှိပ်၍ ဖျောက်ပါ
hint-map = မြို့ပေါ်တွင် ထောက်ကြည့်လျှင် ၎င်း၏ အမည်များ၊ အခြေအနေ၊ မှတ်ချက်နှင့် ရင်းမြစ်ကို ပြသည် · ဆွဲ၍ ရွှေ့ပါ · Ctrl နှင့် မောက်စ်ဘီးလှည့်၍ ချဲ့ချုံ့ပါ · နှစ်ချက်နှိပ်၍ မူလအတိုင်း ပြန်ထားပါ · အခြေအနေကို နှိပ်၍ ၎င်း၏ မြို့များကို ဖျောက်ပါ
table-section = ကဏ္ဍ
table-series = အုပ်စု
table-category = အမျိုးအစား
table-when = အချိန်
table-figure = ကိန်းဂဏန်း
table-change = ပြောင်းလဲမှု
table-source = ရင်းမြစ်
table-kyats = ကျပ်
table-usd = အမေရိကန်ဒေါ်လာ
table-disputed = { $change } ⚠ အငြင်းပွား
table-conflict-claim = ကွဲလွဲမှု - ဖော်ပြချက် { $total } ခုအနက် { $n } ခုမြောက်
table-restated = { $figure } (ပြန်လည်ဖော်ပြ)
table-restated-earlier = { $figure } (ပြန်လည်မဖော်ပြမီ)
table-value = တန်ဖိုး
table-qualifier = အတိအကျမဟုတ်မှု
table-filter = ကိန်းဂဏန်းများ စစ်ထုတ်ရန်
table-all-sections = ကဏ္ဍအားလုံး
table-section-choice = ပြသမည့် ကဏ္ဍ
table-count = အတန်း { $total } ခုအနက် { $shown } ခု · { $selected } ခု ရွေးထားသည်
table-copy = အတန်းများ ကူးယူရန်
table-sort-hint = { $column } အလိုက် စီရန်၊ ပြောင်းပြန်စီရန် ထပ်နှိပ်ပါ
table-hint = စီရန် ခေါင်းစဉ်ကို နှိပ်ပါ · ရွေးရန် အတန်းကို နှိပ်ပါ၊ ထပ်ထည့်ရန် Ctrl+နှိပ်၊ အစဉ်လိုက်ရွေးရန် Shift+နှိပ် · Ctrl+C ဖြင့် ရွေးထားသော အတန်းများ (သို့မဟုတ် ပြထားသော အတန်းအားလုံး) ကို စာရင်းဇယားအတွက် ကူးယူသည် · အကျယ်ပြောင်းရန် ခေါင်းစဉ်၏ အနားကို ဆွဲပါ
sources-file = ဖိုင်
sources-sha256 = SHA-256
sources-publisher = ထုတ်ပြန်သူ
sources-published = ထုတ်ပြန်သည့်ရက်
sources-claim = ဖော်ပြချက်

## The window: the status bar and the drop overlay

status-exporting = ထုတ်ယူနေသည်…
status-reading = { $name } ကို ဖတ်နေသည် ({ $total } ခုအနက် { $n } ခုမြောက်)…
status-merging = အစီရင်ခံစာများကို ပေါင်းစည်းနေသည်…
status-dialog = ဖိုင်ရွေးသည့် ဝင်းဒိုးကို စောင့်နေသည်…
status-open = အစီရင်ခံစာ { $reports } ခု ဖွင့်ထားသည် · ကွဲလွဲမှု { $conflicts } ခု · Ctrl+O ဖြင့် ဖိုင်ဖွင့်ပါ၊ သို့မဟုတ် ဖိုင်များကို ဝင်းဒိုးပေါ်သို့ ဆွဲချပါ
drop-overlay = ဖွင့်ရန် အစီရင်ခံစာဖိုင်များကို ဤနေရာတွင် ချပါ

## The window: the Reports panel; { $name } is a file's name

reports-heading = အစီရင်ခံစာများ
reports-none = ဖွင့်ထားသော အစီရင်ခံစာ မရှိပါ။ ဖိုင် ▸ ဖွင့်ရန်… (Ctrl+O) ကို သုံးပါ၊ သို့မဟုတ် ဖိုင်များကို ဤနေရာသို့ ဆွဲချပါ။
reports-filter = အစီရင်ခံစာများကို စစ်ထုတ်ရန်
reports-show-only-these = ဤအစီရင်ခံစာများကိုသာ ပြရန်
reports-publisher-choice = ထုတ်ပြန်သူ…
reports-publisher-hover = ထုတ်ပြန်သူ တစ်ဦးတည်း၏ အစီရင်ခံစာများကိုသာ ပြရန်
reports-show-all = အားလုံး ပြရန်
reports-shown-count = { $total } ခုအနက် { $shown } ခုကို ဇယားပုံများတွင် ပြထားသည်
reports-unsaved = မသိမ်းရသေးသော ပြင်ဆင်ချက်များ ရှိသည်
reports-shown = ပြထားသည်
reports-shown-hover = ဤအစီရင်ခံစာကို ဇယားပုံများတွင် ပြရန်
reports-only-this = ဤတစ်ခုသာ
reports-only-this-hover = ဤအစီရင်ခံစာ တစ်ခုတည်းကိုသာ ဇယားပုံများတွင် ပြရန်
reports-edit = ပြင်ရန်
reports-edit-hover = ဤအစီရင်ခံစာ၏ ကိန်းဂဏန်းများကို ပြင်ဆင်ရန်
reports-close = ✖ ပိတ်ရန်
reports-close-hover = ဤအစီရင်ခံစာကို ပိတ်ရန်
reports-file-sample = { $name } (ပါဝင်ပြီးသား နမူနာ)
reports-file-unsaved = { $name } (ဖိုင်အဖြစ် မသိမ်းရသေး)
reports-publisher = ထုတ်ပြန်သူ - { $publisher }
reports-published = ထုတ်ပြန်သည့်ရက် - { $date }
reports-period = ကာလ - { $from } မှ { $to } အထိ
source-citation = ရင်းမြစ် - { $citation }
source-not-opened = { $citation } ({ $url } - http သို့မဟုတ် https လင့်ခ် မဟုတ်သဖြင့် မဖွင့်ပါ)

## The window: notices, the path prompt, recovery and the unsaved-changes dialog;
## { $error } is the reason as the system or the reader gave it

notice-problem = ပြဿနာ -
notice-note = မှတ်ချက် -
notice-dismiss = ဖယ်ရန်
notice-saved = { $file } ကို သိမ်းပြီးပါပြီ
notice-export-failed = ထုတ်ယူ၍ မရပါ - { $error }
notice-copied = ဇယားပုံကို ကလစ်ဘုတ်ပေါ်သို့ ကူးယူပြီးပါပြီ။
notice-copy-failed = ကူးယူ၍ မရပါ - { $error }
notice-settings-not-saved = ဆက်တင်များကို သိမ်း၍ မရပါ - { $error }
notice-kept-not-removed = သိမ်းထားသော အလုပ်ကို ဖျက်၍ မရပါ၊ နောက်တစ်ကြိမ် ဖွင့်သည့်အခါ ထပ်မံ ပြပါမည် - { $error }
notice-not-kept = မသိမ်းရသေးသော အလုပ်ကို ပြန်ယူနိုင်ရန် သိမ်းထား၍ မရပါ - { $error }
notice-merge-failed = အစီရင်ခံစာများကို ပေါင်းစည်း၍ မရပါ - { $error }
notice-could-not-open = ဖွင့်၍ မရပါ - { $error }
notice-cannot-save-yet = { $name } ကို မသိမ်းနိုင်သေးပါ - { $error }
notice-not-saved = မသိမ်းရပါ - { $error }
notice-kept-unreadable = သိမ်းထားသော အလုပ်ကို ဖတ်၍ မရပါ - { $error }
notice-restored = { $time } တွင် သိမ်းထားခဲ့သော { $name } ၏ မသိမ်းရသေးသော အလုပ်ကို ပြန်ယူပြီးပါပြီ၊ ဆက်ထားလိုလျှင် သိမ်းပါ။
notice-url-refused = http နှင့် https လင့်ခ်များကိုသာ ဖွင့်သည်၊ ဤလင့်ခ်ကို မဖွင့်ပါ - { $url }
notice-export-running = ထုတ်ယူမှုတစ်ခု လုပ်ဆောင်နေဆဲ ဖြစ်သည်၊ ပြီးသည်အထိ စောင့်ပြီးမှ ထပ်ကြိုးစားပါ။
notice-nothing-to-export = ထုတ်ယူစရာ မရှိပါ - ပြထားသော အစီရင်ခံစာ မရှိပါ။
notice-no-file-dialog = ဤစနစ်တွင် ဖိုင်ရွေးသည့် ဝင်းဒိုး မရှိပါ (desktop portal သို့မဟုတ် zenity ကို မတွေ့ပါ)။ အစီရင်ခံစာဖိုင်၏ လမ်းကြောင်းကို အောက်တွင် ရိုက်ထည့်ပါ။
notice-loading-stopped = ဖိုင်ဖတ်ခြင်းကို ရပ်လိုက်သည်၊ ယခုထိ ဖတ်ပြီးသော ဖိုင်များ ဖွင့်ထားလျက် ရှိသည်။
path-prompt-label = အစီရင်ခံစာဖိုင် လမ်းကြောင်း -
path-prompt-hint = /path/to/report.json
path-prompt-name = အစီရင်ခံစာဖိုင် လမ်းကြောင်း
path-prompt-open = ဖွင့်ရန်
path-prompt-cancel = ပယ်ဖျက်ရန်
recovery-found = fieldreport နောက်ဆုံး ရပ်သွားစဉ်က “{ $title }” ({ $file }) ၏ မသိမ်းရသေးသော အလုပ်ကို { $time } တွင် သိမ်းထားခဲ့သည်။
recovery-restore = ပြန်ယူရန်
recovery-discard = ဖယ်ပစ်ရန်
quoted = “{ $text }”
list-separator = { "၊ " }
confirm-title = မသိမ်းရသေးသော ပြင်ဆင်ချက်များ
confirm-save-quit = ဝင်းဒိုးကို မပိတ်မီ { $titles } ၏ ပြင်ဆင်ချက်များကို သိမ်းမလား။
confirm-save-close = မပိတ်မီ { $titles } ၏ ပြင်ဆင်ချက်များကို သိမ်းမလား။
confirm-save-replace = ဖိုင်ကို ပြန်မဖတ်မီ { $titles } ၏ ပြင်ဆင်ချက်များကို သိမ်းမလား။
confirm-lost = မသိမ်းသော ပြင်ဆင်ချက်များ ပျောက်သွားမည်။
confirm-save = သိမ်းရန်
confirm-discard = မသိမ်းပါ
confirm-cancel = ပယ်ဖျက်ရန်

## The window: the Checks panel; { $place } and { $title } are written by the messages below

checks-heading = စစ်ဆေးချက်များ
checks-none = သတိပေးချက် မရှိပါ - စုစုပေါင်းတိုင်း ၎င်း၏ အစိတ်အပိုင်းများနှင့် ကိုက်ညီသည်။
checks-filter = စစ်ဆေးချက်များကို စစ်ထုတ်ရန်
checks-group = { $title } ({ $n })
checks-group-inconsistent = { $title } ({ $n }၊ မကိုက်ညီမှု { $bad } ခု)
checks-conflicts = ကွဲလွဲမှုများ - { $place }
checks-place-file = ဖိုင်
checks-place-funding = ရန်ပုံငွေ { $year }
checks-place-losses = ထိခိုက်ဆုံးရှုံးမှု { $year }
checks-place-battles = တိုက်ပွဲများ { $year }
checks-place-townships = { $date } အထိ မြို့နယ်များ
checks-show-figure = ဤကိန်းဂဏန်းကို ၎င်း၏ ဇယားပုံတွင် ပြရန်
checks-where = { $file } ၏ `{ $path }` တွင်
checks-conflict = { $when } { $what } - { $claims }
checks-conflict-what = { $section } ({ $category })
checks-conflict-what-series = { $section } ({ $series }၊ { $category })
checks-conflict-claim = { $files } တွင် { $figure }
checks-restated = { $when } { $what } ကို ပြန်လည်ဖော်ပြထားသည် - အစောပိုင်း အစီရင်ခံစာ ({ $earlier }) ၏ { $from } မှ နောက်ပိုင်း အစီရင်ခံစာ ({ $later }) ၏ { $to } သို့
checks-restated-report = { $files }၊ { $date } ရက်စွဲ

## The window: the export dialog

export-title = ဇယားပုံ ထုတ်ယူရန်
export-alt-text = ပုံဖော်ပြချက် (မမြင်ရသူများအတွက်)
export-copy-alt-text = ပုံဖော်ပြချက်ကို ကူးယူရန်
export-alt-text-beside = ပုံဖော်ပြချက်ကို PNG ဘေးတွင် (.txt) သိမ်းရန်
export-save-png = PNG သိမ်းရန်…
export-save-svg = SVG သိမ်းရန်…
export-svg-text = SVG ရှိ စာသား -
export-svg-text-text = စာသားအဖြစ် (ရှာဖွေနိုင်၊ ဖောင့်များ ပါဝင်)
export-svg-text-outlines = ပုံသဏ္ဌာန်အဖြစ် (ဖောင့် အစားထိုးသည့် ကိရိယာများအတွက်)
export-save-pdf = PDF သိမ်းရန်…
dialog-filter-svg = SVG ဗက်တာပုံ
dialog-filter-pdf = PDF စာရွက်စာတမ်း
export-copy-image = ပုံကို ကူးယူရန်
export-save-csv = ဇယားပုံ၏ ဒေတာ (CSV) သိမ်းရန်…
export-sizes = အရွယ်အစား -
export-width = အကျယ် (ပွိုင့်)
export-width-name = ပွိုင့်ဖြင့် အကျယ်
export-height = အမြင့် (ပွိုင့်)
export-height-name = ပွိုင့်ဖြင့် အမြင့်
export-scale = ချဲ့အချိုး
export-theme = အသွင်အပြင်
export-theme-light = အလင်း
export-theme-dark = အမှောင်
export-pixels = ပုံသည် { $width } × { $height } ပစ်ဆယ် ဖြစ်မည်။
preset-label = { $name }၊ { $width } × { $height }
preset-social = ဆိုရှယ်မီဒီယာ ကတ်
preset-article = ဆောင်းပါး
preset-square = စတုရန်း
preset-mobile = မိုဘိုင်းဖုန်း
preset-print = ပုံနှိပ်

## The window: the report editor; { $what } names an edit, a row or a cell

editor-none = ပြင်ဆင်နေသော အစီရင်ခံစာ မရှိပါ။ အစီရင်ခံစာများ ကဏ္ဍရှိ အစီရင်ခံစာဘေးမှ ပြင်ရန် ကို ရွေးပါ၊ သို့မဟုတ် ဖိုင် ▸ အစီရင်ခံစာ အသစ် (Ctrl+N)။
editor-not-saved-yet = ဖိုင်အဖြစ် မသိမ်းရသေး
editor-file-unsaved = { $file } · မသိမ်းရသေးသော ပြင်ဆင်ချက်များ
editor-save = သိမ်းရန်
editor-save-hover = အစီရင်ခံစာကို သိမ်းရန် (Ctrl+S)
editor-save-as = အခြားဖိုင်အဖြစ် သိမ်းရန်…
editor-save-as-hover = အစီရင်ခံစာကို အခြားဖိုင်တွင် သိမ်းရန် (Ctrl+Shift+S)
editor-nothing-to-undo = နောက်ပြန်စရာ မရှိပါ
editor-nothing-to-redo = ပြန်လုပ်စရာ မရှိပါ
editor-undo-hover = နောက်ပြန်ရန် - { $what } (Ctrl+Z)
editor-redo-hover = ပြန်လုပ်ရန် - { $what } (Ctrl+Shift+Z)
editor-done = ပြီးပြီ
editor-done-hover = ဇယားပုံများသို့ ပြန်သွားရန်
editor-details = အသေးစိတ်
editor-sheet-tab = { $sheet } ({ $n })
editor-towns-of-snapshot = အခြေအနေမှတ်တမ်း { $n } တွင် ဖော်ပြသော မြို့များ
editor-areas-of-snapshot = အခြေအနေမှတ်တမ်း { $n } တွင် စာရင်းပြုထားသော မြို့နယ်များ
editor-preview-empty = ကိန်းဂဏန်းများ ထည့်သည်နှင့်အမျှ ဤအစီရင်ခံစာ၏ { $section } ဇယားပုံ ဤနေရာတွင် ပေါ်လာမည်။
editor-preview-empty-map = ကိန်းဂဏန်းများ ထည့်သည်နှင့်အမျှ ဤအစီရင်ခံစာ၏ မြေပုံ ဤနေရာတွင် ပေါ်လာမည်။
editor-preview-a11y = { $title } ဇယားပုံ၏ အစမ်းကြည့်ပုံ။ { $summary }
sheet-sources = ရင်းမြစ်များ
sheet-funding = ရန်ပုံငွေ
sheet-losses = ထိခိုက်ဆုံးရှုံးမှု
sheet-battles = တိုက်ပွဲများ
sheet-townships = မြို့နယ်များ
sheet-towns = ဖော်ပြထားသော မြို့များ
sheet-areas = စာရင်းပြုထားသော မြို့နယ်များ
details-title = ခေါင်းစဉ်
details-publisher = ထုတ်ပြန်သူ
details-published = ထုတ်ပြန်သည့်ရက် (YYYY-MM-DD)
details-period-from = ကာလ စရက်
details-period-to = ကာလ ဆုံးရက်
details-claim = မည်သူ၏ ကိန်းဂဏန်းများ (အဆိုပြုသူ)
details-notes = မှတ်ချက်များ
details-hint = ကိန်းဂဏန်းများ၏ ရင်းမြစ်များသည် ရင်းမြစ်များ အပိုင်းတွင် ရှိသည်။ ရက်စွဲများကို ရိုက်ထည့်စဉ်မှာပင် စစ်ဆေးသည်။
details-period-other-end = ကာလ၏ အခြားတစ်ဖက် ရက်စွဲကိုလည်း ထည့်ရန် လိုသည်။
details-needs-title = အစီရင်ခံစာတွင် ခေါင်းစဉ် လိုအပ်သည်။
details-not-a-date = ရက်စွဲ မှန်ကန်မှု မရှိပါ - { $first } မှ { $last } ကြား YYYY-MM-DD ပုံစံဖြင့် ရေးပါ။
details-period-backwards = ကာလသည် မစမီ ဆုံးနေလိမ့်မည်။
field-year = ခုနှစ်
field-as-of = ရက်စွဲ
field-label = အမည်
field-kyats = ကျပ်
field-usd = အမေရိကန်ဒေါ်လာ
field-side = ဘက်
field-group = အဖွဲ့
field-total = စုစုပေါင်း
field-beside = { $category } (စုစုပေါင်းနှင့် သီးခြား)
field-note = မှတ်ချက်
field-restated = ပြန်လည်ဖော်ပြ
field-restated-yes = ပြန်လည်ဖော်ပြ
field-name = အမည်
field-status = အခြေအနေ
field-region = တိုင်း/ပြည်နယ်
field-pcode = Pcode
field-latitude = လတ္တီတွဒ်
field-longitude = လောင်ဂျီတွဒ်
field-title = ခေါင်းစဉ်
field-publisher = ထုတ်ပြန်သူ
field-date = ရက်စွဲ
field-url = ဝဘ်လိပ်စာ
row-name = { $sheet } { $year } { $what }
row-name-year = { $sheet } { $year }
row-snapshot = { $sheet } { $date } အထိ
row-source = ရင်းမြစ် { $n }
row-town = မြို့ { $name }
row-area = မြို့နယ် { $name }
grid-add-year = ခုနှစ် ထည့်ရန်
grid-add-source = ရင်းမြစ် ထည့်ရန်
grid-add-town = မြို့ ထည့်ရန်
grid-add-area = မြို့နယ် ထည့်ရန်
grid-add-snapshot = အခြေအနေမှတ်တမ်း ထည့်ရန်
grid-add-group = အဖွဲ့ ထည့်ရန်
grid-remove-row = အတန်း ဖယ်ရှားရန်
grid-remove-what = { $what } ကို ဖယ်ရှားရန်
grid-move-up = အပေါ်သို့ ရွှေ့ရန်
grid-move-down = အောက်သို့ ရွှေ့ရန်
grid-named-towns = ဖော်ပြထားသော မြို့များ…
grid-listed-townships = စာရင်းပြုထားသော မြို့နယ်များ…
grid-back-to-snapshots = အခြေအနေမှတ်တမ်းများသို့ ပြန်သွားရန်
grid-category = အမျိုးအစား -
grid-category-hint = အမည်
grid-category-name = အမျိုးအစား အမည်
grid-category-add = ထည့်ရန်
grid-category-add-beside = စုစုပေါင်းနှင့် သီးခြား ထည့်ရန်
grid-category-add-beside-hover = စုစုပေါင်း၏ အစိတ်အပိုင်း မဟုတ်ဘဲ ၎င်းနှင့် သီးခြား ဖော်ပြသော ကိန်းဂဏန်း (ဥပမာ တပ်ခွဲထွက်မှု)
grid-category-selected = “{ $name }” -
grid-category-rename = အမည်ပြောင်းရန်
grid-category-rename-hover = စာရင်းတိုင်းတွင် ရိုက်ထည့်ထားသော အမည်သို့ ပြောင်းရန်
grid-category-move = အမျိုးအစားကို ရွှေ့ရန်
grid-category-remove = ဖယ်ရှားရန်
grid-category-remove-hover = အမျိုးအစားကို စာရင်းတိုင်းမှ ဖယ်ရှားရန်
grid-no-rows = အတန်း မရှိသေးပါ - အပေါ်ရှိ ခလုတ်ဖြင့် ထည့်ပါ၊ သို့မဟုတ် ဤနေရာကို နှိပ်ပြီးနောက် ကူးထည့်ပါ (Ctrl+V)။
grid-hint = Enter နှိပ်ခြင်း သို့မဟုတ် စာရိုက်ခြင်းဖြင့် ရွေးထားသော အကွက်ကို ပြင်သည် · Tab နှင့် မြှားခလုတ်များဖြင့် ရွှေ့သည် · Delete ဖြင့် ရှင်းသည် · Ctrl+V ဖြင့် စာရင်းဇယား ပရိုဂရမ်မှ အကွက်အစုကို ကူးထည့်သည် · Ctrl+C ဖြင့် ကူးယူသည်
grid-editing = { $cell } ကို ပြင်နေသည်
grid-cell = { $row }၊ { $column }
grid-pasted-left = ကူးထည့်ပြီးပါပြီ၊ အကွက် { $n } ကွက်ကို မူလအတိုင်း ထားခဲ့သည် - { $list }။
grid-qualifier = အတိအကျမဟုတ်မှု
grid-pasted-zawgyi = ကူးထည့်သော စာသားသည် ဇော်ဂျီဖြင့် ရိုက်ထားပုံရသည် - ပြင်ဆင်ရန် ▸ ဇော်ဂျီမှ ယူနီကုဒ်သို့ ပြောင်းရန် ဖြင့် ယူနီကုဒ်သို့ ပြောင်းပါ။
grid-note-label = မှတ်ချက် -
grid-note = မှတ်ချက်
grid-note-hint = ရင်းမြစ်က ဖော်ပြသည့်အတိုင်း
qualifier-exact = အတိအကျ
qualifier-over = ကျော်
qualifier-at-least = အနည်းဆုံး
qualifier-about = ခန့်
qualifier-under = အောက်
qualifier-at-most = အများဆုံး
undo-adding-year = ခုနှစ် ထည့်ခြင်း
undo-adding-source = ရင်းမြစ် ထည့်ခြင်း
undo-adding-town = မြို့ ထည့်ခြင်း
undo-adding-area = မြို့နယ် ထည့်ခြင်း
undo-adding-snapshot = အခြေအနေမှတ်တမ်း ထည့်ခြင်း
undo-adding-group = တိုက်ပွဲအဖွဲ့ ထည့်ခြင်း
undo-removing = { $what } ဖယ်ရှားခြင်း
undo-moving = { $what } ရွှေ့ခြင်း
undo-renaming = { $what } အမည်ပြောင်းခြင်း
undo-clearing = အကွက်များ ရှင်းခြင်း
undo-pasting = ကူးထည့်ခြင်း
undo-zawgyi = ဇော်ဂျီမှ ယူနီကုဒ်သို့ ပြောင်းခြင်း
undo-qualifier = { $what } - အတိအကျမဟုတ်မှု
undo-note = { $what } - မှတ်ချက်

## Beside the map, in the window

map-snapshot = အခြေအနေမှတ်တမ်း -
map-snapshot-earlier = ယခင် အခြေအနေမှတ်တမ်း
map-snapshot-later = နောက် အခြေအနေမှတ်တမ်း
map-click-to-hide = ဤမြို့များကို မြေပုံပေါ်တွင် ဖျောက်ရန် နှိပ်ပါ
map-click-to-show = ဤမြို့များကို မြေပုံပေါ်တွင် ပြရန် နှိပ်ပါ
map-disputed = ⚠ အငြင်းပွား -
map-none-placed = မြေပုံပေါ်တွင် နေရာချထားသော ဖော်ပြပါမြို့ မရှိပါ။
map-not-placed = မြေပုံပေါ်တွင် နေရာမချရသေးသော မြို့များ ({ $n })
map-key = ● ဖော်ပြထားသော မြို့၊ အခြေအနေအလိုက် အရောင်ခြယ်ထားသည် · အစက်ငယ်များ - မြို့နယ်ဗဟိုများ (MIMU)၊ ဖော်ပြထားသော မြို့ရှိရာတွင် ပိုရင့်သည်
map-key-areas = ■ စာရင်းပြုထားသော မြို့နယ်၊ ၎င်း၏ဗဟိုတွင်၊ အခြေအနေအလိုက် အရောင်ခြယ်ထားသည် · ● ဖော်ပြထားသော မြို့၊ အခြေအနေအလိုက် အရောင်ခြယ်ထားသည် · အစက်ငယ်များ - မြို့နယ်ဗဟိုများ (MIMU)၊ ဖော်ပြထားသော မြို့ရှိရာတွင် ပိုရင့်သည်
map-since = { $date } မှစ၍
map-dropped = ယခင်က ဖော်ပြခဲ့ပြီး ဤအခြေအနေမှတ်တမ်းတွင် မပါသော မြို့များ - { $list }
map-cannot-draw = မြေပုံကို ဆွဲ၍ မရပါ - { $error }
map-honest-counts = အစက်များသည် အစီရင်ခံစာများတွင် ဖော်ပြသော မြို့များကို နေရာချနိုင်သမျှ ပြသည်၊ တစ်နိုင်ငံလုံး အရေအတွက်များကို မြို့နယ်များသို့ ခွဲဝေမထားသဖြင့် မည်သည့်မြို့နယ်ကိုမျှ အရောင်မခြယ်ပါ။
map-honest-counts-listed = လေးထောင့်ကွက်များသည် အစီရင်ခံစာများက အမည်ဖြင့် စာရင်းပြုထားသော မြို့နယ်များကို၊ အစက်များသည် ဖော်ပြသော မြို့များကို နေရာချနိုင်သမျှ ပြသည်၊ တစ်နိုင်ငံလုံး အရေအတွက်များကို အခြားမြို့နယ်များသို့ ခွဲဝေမထားပါ။

## A town's tooltip on the map; { $status } is a township status, { $file } a file's name

map-tip-disagree = ⚠ { $date } အထိ အစီရင်ခံစာများ မတူညီပါ -
map-tip-status = { $date } အထိ { $status }၊ { $file } တွင်
map-tip-status-named = { $date } အထိ { $status }၊ { $file } တွင် ("{ $name }" ဟု ဖော်ပြသည်)
map-tip-changed = ပြောင်းလဲမှု - { $date } အထိ { $status }
map-tip-placed-coordinates = အစီရင်ခံစာ၏ ကိုဩဒိနိတ်ဖြင့် နေရာချသည် ({ $lat }, { $lon })
map-tip-placed-pcode = အစီရင်ခံစာ၏ Pcode ဖြင့် နေရာချသည်
map-tip-placed-name = အမည်ဖြင့် နေရာချသည်
map-tip-placed-variant = အမည်ဖြင့် နေရာချသည်၊ MIMU တွင် { $mimu } ဟု ရေးသည်
map-tip-township = { $name_mmr } မြို့နယ် · { $name }
    { $district } ခရိုင်၊ { $state } · MIMU Pcode { $pcode }
    အစက် - ၎င်း၏ ကျေးရွာနှင့် ရပ်ကွက်များ၏ ခန့်မှန်းခြေ အလယ်ဗဟို
    { $here }
map-tip-township-named = { $date } အထိ ၎င်းတွင် အမည်ဖော်ပြထားသော မြို့များ - { $towns }
map-tip-township-none = { $date } အထိ ဖွင့်ထားသော အစီရင်ခံစာတစ်ခုမျှ ၎င်းရှိ မြို့ကို အမည်မဖော်ပြပါ။ တစ်နိုင်ငံလုံးဆိုင်ရာ အရေအတွက်များသည် မည်သည့်မြို့နယ်များ ဖြစ်သည်ကို မဖော်ပြပါ။
map-tip-position = တည်နေရာ - { $why }

## Names the map draws: states and regions, neighbouring countries, seas

geo-kachin = ကချင်
geo-kayah = ကယား
geo-kayin = ကရင်
geo-chin = ချင်း
geo-sagaing = စစ်ကိုင်း
geo-tanintharyi = တနင်္သာရီ
geo-bago = ပဲခူး
geo-magway = မကွေး
geo-mandalay = မန္တလေး
geo-mon = မွန်
geo-rakhine = ရခိုင်
geo-yangon = ရန်ကုန်
geo-shan = ရှမ်း
geo-ayeyarwady = ဧရာဝတီ
geo-nay-pyi-taw = နေပြည်တော်
geo-india = အိန္ဒိယ
geo-bangladesh = ဘင်္ဂလားဒေ့ရှ်
geo-china = တရုတ်
geo-laos = လာအို
geo-thailand = ထိုင်း
geo-bay-of-bengal = ဘင်္ဂလားပင်လယ်အော်
geo-andaman-sea = ကပ္ပလီပင်လယ်
geo-north = မြောက်
geo-south = တောင်
geo-east = အရှေ့
geo-west = အနောက်
map-attribution = နယ်နိမိတ်များ - Natural Earth။ နေရာများ - MIMU Place Codes 9.6
map-attribution-sentence = { $attribution }။

## A chart's legend; { $name } is a series' name

legend-more-picture = နောက်ထပ် အုပ်စု { $n } ခု
legend-more = နောက်ထပ် အုပ်စု { $n } ခု ▾
legend-fewer = အုပ်စု နည်းနည်းသာ ပြရန် ▴
legend-show-only = ဤတစ်ခုသာ ပြရန်
legend-show-all = အားလုံး ပြရန်
legend-hover-shown = { $name } - ဖျောက်ရန် နှိပ်ပါ၊ ၎င်းတစ်ခုတည်း ပြရန် မောက်စ်၏ ညာဘက်ခလုတ်ဖြင့် နှိပ်ပါ
legend-hover-hidden = { $name } - ဖျောက်ထားသည်၊ ပြရန် နှိပ်ပါ

## The map in words (its alt text) and its national total; { $total } is a figure already written

map-total = မြို့နယ် { $total } ခုအနက်
map-total-assumed = မြို့နယ် { $total } ခုအနက် (ယူဆချက် - အစီရင်ခံစာတွင် တစ်နိုင်ငံလုံး စုစုပေါင်း မဖော်ပြပါ)
map-sum-none = မြန်မာနိုင်ငံ၏ တိုင်းဒေသကြီးနှင့် ပြည်နယ်များ မြေပုံ၊ ဖွင့်ထားသော အစီရင်ခံစာများတွင် မြို့နယ်အခြေအနေမှတ်တမ်း မပါပါ။
map-sum-intro = { $date } အထိ မြန်မာနိုင်ငံ၏ တိုင်းဒေသကြီးနှင့် ပြည်နယ် { $states } ခုနှင့် မြို့နယ် { $townships } ခု၏ ဗဟိုများကို ပြသော မြေပုံ။
map-sum-counts = အစီရင်ခံစာများက တစ်နိုင်ငံလုံးအတွက် { $total } { $counts } ဟု ရေတွက်သည် - ၎င်းအတွက် မည်သည့်မြို့နယ်ကိုမျှ အရောင်မခြယ်ပါ။
map-sum-disputed = အငြင်းပွား ({ $statuses })
map-sum-no-town = မြေပုံပေါ်တွင် နေရာချထားသော ဖော်ပြပါမြို့ မရှိပါ။
map-sum-towns = ဖော်ပြထားသော မြို့များ - { $list }။
map-sum-areas = စာရင်းပြုထားသော မြို့နယ်များ - { $list }။
map-sum-not-placed = နေရာမချရသေးသော မြို့များ - { $list }။

## The file dialogs' titles and file types

dialog-open = အစီရင်ခံစာဖိုင်များ ဖွင့်ရန်
dialog-filter-reports = အစီရင်ခံစာဖိုင်များ (JSON, CSV)
dialog-filter-all = ဖိုင်အားလုံး
dialog-save-report = အစီရင်ခံစာ သိမ်းရန်
dialog-filter-report = အစီရင်ခံစာဖိုင်များ (JSON)
dialog-save = သိမ်းရန်
dialog-filter-png = PNG ပုံ
dialog-filter-csv = CSV ဇယား
tip-what-year = { $what }၊ { $year }
tip-what-group-year = { $what }၊ { $group }၊ { $year }
tip-all-battles = တိုက်ပွဲအားလုံး၊ { $year }
tip-losses-total = စုစုပေါင်း ({ $side })၊ { $year }
tip-no-breakdown = ဤနှစ်အတွက် အမျိုးအစားခွဲ မဖော်ပြထားပါ။
tip-not-in-breakdown = ဖော်ပြထားသော { $total } အနက် { $gap } သည် အမျိုးအစားခွဲတွင် မပါဝင်ပါ။
tip-townships-unreported = မြို့နယ် { $total } ခုအနက် { $n } ခုသည် ဖော်ပြထားသော အမျိုးအစား တစ်ခုခုတွင် မပါဝင်ပါ
tip-townships-share = မြို့နယ် { $total } ခု၏ { $pct } %
tip-also-given = ဖော်ပြထားသော အခြားတန်ဖိုး - { $list }
tip-implied-rate = သက်ရောက်သော ငွေလဲနှုန်း - တစ်ဒေါ်လာလျှင် { $rate } ကျပ်
tip-change-disputed = {" "}(ပထမဖိုင်၏ ကိန်းဂဏန်းများအရ - ဖိုင်များသည် ဤပြောင်းလဲမှုအပေါ် မတူညီပါ)
list-or = {" "}သို့မဟုတ်{" "}
rate-at-least = အနည်းဆုံး { $n }
rate-at-most = အများဆုံး { $n }
rate-about-between = { $n } ခန့် ({ $lo } နှင့် { $hi } ကြား)
rate-about-at-least = { $n } ခန့် (အနည်းဆုံး { $lo })
check-about = { $what } - { $message }
check-sum-short = အစိတ်အပိုင်းများ ({ $parts }) ပေါင်းလဒ်မှာ { $sum } ဖြစ်ပြီး ဖော်ပြထားသော စုစုပေါင်းမှာ { $total } ဖြစ်သည် - { $gap } ကို ရှင်းပြမထားပါ
check-sum-short-at-most = အစိတ်အပိုင်းများ ({ $parts }) ပေါင်းလဒ်မှာ အများဆုံး { $sum } ဖြစ်ပြီး ဖော်ပြထားသော စုစုပေါင်းမှာ { $total } ဖြစ်သည် - { $gap } ကို ရှင်းပြမထားပါ
check-sum-over = အစိတ်အပိုင်းများ ({ $parts }) ပေါင်းလဒ် { $sum } သည် ဖော်ပြထားသော စုစုပေါင်း { $total } ထက် များနေသည် - { $gap } ပိုနေသည်
check-sum-over-at-least = အစိတ်အပိုင်းများ ({ $parts }) ပေါင်းလဒ် အနည်းဆုံး { $sum } သည် ဖော်ပြထားသော စုစုပေါင်း { $total } ထက် များနေသည် - { $gap } ပိုနေသည်
check-sum-only-if = { $label } သည် { $needed } ဖြစ်မှသာ အစိတ်အပိုင်းများ ({ $parts }) သည် ဖော်ပြထားသော { $total } နှင့် ကိုက်ညီသည် (ဖော်ပြထားချက် - { $reported })
check-sum-at-limits = အစိတ်အပိုင်းများ ({ $parts }) ပေါင်းလဒ် { $sum } သည် ဖော်ပြထားသော { $total } မဟုတ်ပါ - အတိအကျမဟုတ်သော ကိန်းဂဏန်းများကို ၎င်းတို့၏ အစွန်းအထိ ယူမှသာ ကိုက်ညီသည်
check-what-losses = { $year } ထိခိုက်ဆုံးရှုံးမှု ({ $side })
check-what-battles-group = { $year } တိုက်ပွဲများ၊ { $group }
check-groups-over = { $year } တိုက်ပွဲများ - အုပ်စုများ ပေါင်းလဒ် { $sum } သည် ထိုနှစ်၏ ဖော်ပြထားသော စုစုပေါင်း { $total } ထက် များနေသည်
check-townships-assumed = { $date } အထိ မြို့နယ်များ - ဖိုင်တွင် နိုင်ငံတစ်ဝန်း စုစုပေါင်း မပါ၍ မြို့နယ် { $total } ခုဟု ယူဆထားသည်
check-townships-over = { $date } အထိ မြို့နယ်များ - အမျိုးအစားများ ပေါင်းလဒ် { $sum } သည် နိုင်ငံရှိ မြို့နယ် { $total } ခုထက် များနေသည်
check-given-twice = { $what } ကို ဤဖိုင်တွင် နှစ်ကြိမ် ဖော်ပြထားသည် (ပထမ - { $first }) - ကွဲလွဲလျှင် ပထမတစ်ခုကို ယူသည်
check-what-funding-entry = ရန်ပုံငွေ - { $year } ({ $label })
check-what-losses-entry = ထိခိုက်ဆုံးရှုံးမှု - { $year } ({ $label })
check-what-battles-entry = တိုက်ပွဲများ - { $year }
check-what-battles-group-entry = တိုက်ပွဲများ - { $year } ({ $label })
check-what-snapshot-entry = မြို့နယ်များ - { $date } အထိ အခြေအနေမှတ်တမ်း
check-towns-named = { $date } အထိ မြို့နယ်များ - { $status } အဖြစ် မြို့ { $n } မြို့ကို အမည်ဖော်ပြထားသော်လည်း အမျိုးအစားခွဲတွင် { $status } { $count } ခုသာ ရေတွက်ထားသည်
check-areas-over = { $date } အထိ မြို့နယ်များ - { $status } အဖြစ် မြို့နယ် { $n } ခုကို စာရင်းပြုထားသော်လည်း အမျိုးအစားခွဲတွင် { $status } { $count } ခုသာ ရေတွက်ထားသည်
check-areas-fewer = { $date } အထိ မြို့နယ်များ - { $status } မြို့နယ် { $count } ခုအနက် { $n } ခုကိုသာ အမည်ဖြင့် စာရင်းပြုထားပြီး ကျန်မြို့နယ်များကို အမည်မဖော်ပြထားပါ
check-areas-twice = { $date } အထိ မြို့နယ်များ - { $township } ကို နှစ်ကြိမ် စာရင်းပြုထားသည် (စာရင်း၏ { $first } ခုမြောက်တွင် ပထမဆုံး ပါသည်)
check-rate-jump = ရန်ပုံငွေ ({ $label }) - သက်ရောက်သော ငွေလဲနှုန်းသည် { $y0 } တွင် တစ်ဒေါ်လာလျှင် { $from } ကျပ်မှ { $y1 } တွင် { $to } ကျပ်သို့ ပြောင်းသည် - ယူနစ်မှား (သန်း/ဘီလီယံ) ဖြစ်နိုင်သည်
check-outside-period = { $what } သည် အစီရင်ခံစာ၏ ကာလ ({ $from } မှ { $to }) ပြင်ပတွင် ရှိသည်
check-zawgyi = { $field } ကို ယူနီကုဒ်မဟုတ်ဘဲ ဇော်ဂျီဖြင့် ရိုက်ထားပုံရသဖြင့် စာလုံးများ မှားယွင်းပြသည် - ပြင်ဆင်ရန် ▸ ဇော်ဂျီမှ ယူနီကုဒ်သို့ ပြောင်းရန် သို့မဟုတ် fieldreport convert --zawgyi-to-unicode ဖြင့် ပြောင်းပါ
check-what-funding-year = ရန်ပုံငွေ နှစ် { $year }
check-what-losses-year = ထိခိုက်ဆုံးရှုံးမှု နှစ် { $year }
check-what-battles-year = တိုက်ပွဲ နှစ် { $year }
check-what-snapshot-year = { $date } အထိ မြို့နယ် အခြေအနေမှတ်တမ်း
note-group-year = { $year }၊ { $group } - { $words }။

## Claims and records: event files (ACLED, UCDP GED) beside the reports' claims

tab-records = ပြောဆိုချက်နှင့် မှတ်တမ်း
title-records = ပြောဆိုချက်များကို လွတ်လပ်သော မှတ်တမ်းများနှင့် ယှဉ်ကြည့်ခြင်း
axis-records = အရေအတွက် (တိုက်ပွဲ၊ ဖြစ်ရပ်၊ သေဆုံးသူ)
hint-records = ကိန်းဂဏန်း၊ အရင်းအမြစ်နှင့် စစ်ထုတ်ချက်ကို ကြည့်ရန် ဘားပေါ်တွင် ထားပါ · ဖြစ်ရပ်၊ နေရာနှင့် ပါဝင်သူကို ဇယားအပေါ်တွင် ရွေးပါ · ဖျောက်ရန် အညွှန်းကို နှိပ်ပါ
records-township = { $name } မြို့နယ်
records-actor-words = ပါဝင်သူ “{ $actor }”
records-preset-battles = တိုက်ပွဲများ
records-preset-political-violence = နိုင်ငံရေး အကြမ်းဖက်မှု
records-preset-all-events = ဖြစ်ရပ်အားလုံး
records-per-year = နှစ်စဉ် ဖြစ်ရပ်များ
records-per-month = လစဉ် ဖြစ်ရပ်များ
records-attribution = { $citation }၊ စစ်ထုတ်ချက် { $filter }၊ { $per }
records-tip-claim = { $what }၊ { $year }
records-claim-month = { $year } တွင် { $what } { $n } (ပျမ်းမျှ တစ်လလျှင် { $per })
records-claimed-battles = ပြောဆိုသော တိုက်ပွဲ
records-claimed-killed = ပြောဆိုသော သေဆုံးသူ
records-claimed-losses = ပြောဆိုသော ဆုံးရှုံးမှု စုစုပေါင်း
records-events = { $source } ဖြစ်ရပ်များ
records-deaths = { $source } သေဆုံးသူများ
records-tip-events = { $source }၊ { $when }: ဖြစ်ရပ် { $n } ({ $filter })
records-range = ၊ အနည်းဆုံးမှ အများဆုံး { $low }–{ $high }
records-tip-deaths = { $source }၊ { $when }: သေဆုံးသူ { $n }{ $range } ({ $filter })
records-what-battles = တိုက်ပွဲ ဖြစ်ရပ်
records-what-events = ဖြစ်ရပ် ({ $filter })
records-ratio = { $year }: တိုက်ပွဲ { $claimed } ဟု ပြောဆို; { $source } က { $what } { $n } ခု မှတ်တမ်းတင်: { $ratio } ဆ
records-ratio-none = { $year }: တိုက်ပွဲ { $claimed } ဟု ပြောဆို; { $source } တွင် { $what } မှတ်တမ်း မရှိ
records-deaths-line = { $year }: သေဆုံးသူ { $claimed } ဟု ပြောဆို; { $source } က သေဆုံးသူ { $n }{ $range } မှတ်တမ်းတင် ({ $filter })
records-without-month = { $file }: ဖြစ်ရပ် { $n } ခုတွင် နှစ်သာပါပြီး လ မပါသဖြင့် လစဉ်တွင် မပါဝင်ပါ
records-note-township = ပါဝင်သူ စစ်ထုတ်ချက်ကို ပြည်နယ် သို့မဟုတ် တိုင်းဒေသကြီးအလိုက်သာ ရေတွက်သည်၊ မြို့နယ်အလိုက် မဟုတ်ပါ: မြို့နယ်ကို စစ်ထုတ်ချက်မှ ချန်ထားသည်။
records-bad-rows = { $file }: အတန်း { $n } ခုကို ဖတ်မရသဖြင့် မရေတွက်ပါ (ပထမ၊ { $first })
records-monthly-events-only = လစဉ်တွင် ဖြစ်ရပ်များသာ ပြသည် (သေဆုံးသူများကို နှစ်စဉ်တွင် ကြည့်ပါ)၊ နှစ်တစ်နှစ်၏ ပြောဆိုချက်ကို တစ်လပျမ်းမျှအဖြစ် ထိုနှစ်တစ်လျှောက် ဆွဲထားသည်။
records-no-file = ဖြစ်ရပ်ဖိုင် မဖွင့်ရသေးပါ: ပြောဆိုချက်များနှင့် ယှဉ်ရန် ACLED သို့မဟုတ် UCDP GED ဖိုင်ကို ဖွင့်ပါ (ဖိုင် ▸ ဖွင့်ရန်)။
records-caveat = တိုင်းတာပုံ မတူပါ: အဖွဲ့တစ်ဖွဲ့က ၎င်း၏ကိုယ်ပိုင် တိုက်ပွဲနှင့် ဆုံးရှုံးမှုကို ရေတွက်ခြင်း နှင့် မီဒီယာတွင် ဖော်ပြပြီး သုတေသနစီမံကိန်းက ကုဒ်သွင်းထားသော ဖြစ်ရပ်များ။ မည်သည့်ဘက်မျှ အမှန်တရား အတိအကျ မဟုတ်ပါ။
records-sum-none = ယှဉ်ရန် ပြောဆိုချက်နှင့် မှတ်တမ်း မရှိပါ။
records-per = အလိုက်:
records-by-year = နှစ်
records-by-month = လ
records-events-choice = ဖြစ်ရပ်များ:
records-place = နေရာ:
records-place-all = မြန်မာတစ်နိုင်ငံလုံး
records-actor = ပါဝင်သူ:
records-actor-hint = အမည်၏ တစ်စိတ်တစ်ပိုင်း
records-file-line = { $citation }: ဖြစ်ရပ် { $n }
records-close-file = { $file } ကို ပိတ်ရန်
notice-events-read = { $file } ကို ဖတ်ပြီး: ဖြစ်ရပ် { $n }၊ လ၊ အမျိုးအစား၊ နေရာ နှင့် ပါဝင်သူအလိုက် ရေတွက်ထားသည် (ပြောဆိုချက်နှင့် မှတ်တမ်း၊ Ctrl+6 တွင် ကြည့်ပါ)။
notice-events-read-bad = { $file } ကို ဖတ်ပြီး: ဖြစ်ရပ် { $n }; အတန်း { $bad } ခုကို ဖတ်မရသဖြင့် မရေတွက်ပါ ({ $first })။
map-events-heading = စက်ဝိုင်းများ - ဖြစ်ရပ်ဖိုင်များ မှတ်တမ်းတင်ထားသည်များ၊ မြို့နယ်အလိုက်
map-events-show = စက်ဝိုင်းများက ပြသည်:
map-events-events = ဖြစ်ရပ်များ
map-events-deaths = သေဆုံးသူများ
map-events-attribution = { $citation }၊ စစ်ထုတ်ချက် { $filter }၊ { $measure } { $years }
map-events-no-place = မြို့နယ်၊ ပြည်နယ် သို့မဟုတ် တိုင်းဒေသကြီး မဖော်ပြပါ
map-events-tip-state = { $state } (မြို့နယ် မဖော်ပြပါ - ပြည်နယ် သို့မဟုတ် တိုင်းဒေသကြီး၏ ဗဟိုတွင် ဆွဲထားသည်)
map-events-tip = { $place }: ဖြစ်ရပ် { $events }၊ သေဆုံးသူ { $deaths }{ $range }
map-events-sizes = စက်ဝိုင်းဧရိယာ၊ { $measure }:
map-events-not-placed = { $source }: မြေပုံပေါ်တွင် နေရာမချရသေးသော နေရာများ (နေရာ { $n } ခု၊ { $measure } { $count })
map-events-more = … နောက်ထပ် { $n } ခု (ပုံဖော်ပြချက်တွင် ပါသည်)
map-events-caveat = အစက်များသည် အစီရင်ခံစာများ ဖော်ပြသော မြို့များကို ပြသည်၊ စက်ဝိုင်းများသည် မီဒီယာတွင် ဖော်ပြပြီး { $source } က ကုဒ်သွင်းထားသော ဖြစ်ရပ်များကို ဖိုင်က ဖော်ပြသည့် မြို့နယ် (သို့မဟုတ် ပြည်နယ်) တွင် ပြသည်။ မည်သည့်ဘက်မျှ မြို့နယ်ကို မည်သူ ထိန်းထားသည်ကို မပြပါ၊ တစ်နိုင်ငံလုံး အရေအတွက်များကိုလည်း မြို့နယ်များသို့ ခွဲမပေးထားပါ။
map-events-per-state = ဖိုင်တွင် မြို့နယ် မပါလျှင် သို့မဟုတ် ပါဝင်သူကို ရွေးထားလျှင် (ပါဝင်သူကို ပြည်နယ် သို့မဟုတ် တိုင်းဒေသကြီးအလိုက် ရေတွက်သည်) စက်ဝိုင်းတစ်ခုသည် ပြည်နယ် သို့မဟုတ် တိုင်းဒေသကြီး တစ်ခုလုံးကို ၎င်း၏ဗဟိုတွင် ကိုယ်စားပြုသည်။
map-sum-events = စက်ဝိုင်းများ - { $attribution }: နေရာ { $places } ခုတွင် { $measure } { $n }၊ အများဆုံး { $top }။
map-sum-events-not-placed = နေရာမချရသေးသော နေရာ { $n } ခု: { $list }။
events-zawgyi-column = { $column }: စစ်ဆေးခဲ့သော မြန်မာစာ အကွက် { $weighed } ခုအနက် { $n } ခု
notice-events-zawgyi = { $file } ရှိ မြန်မာစာကို ယူနီကုဒ်မဟုတ်ဘဲ ဇော်ဂျီဖြင့် ရိုက်ထားပုံရသဖြင့် စာလုံးများ မှားယွင်းပြနိုင်သည်: { $list }။

## Township boundaries the user brings (File ▸ Township boundaries…); { $file } is a file's name
map-boundaries-credit = မြို့နယ်နယ်နိမိတ်များ - { $attribution } ({ $file })
map-boundaries-credit-unknown = မြို့နယ်နယ်နိမိတ်များ - { $file } (ရင်းမြစ် မဖော်ပြထားပါ)
map-boundaries-joined = { $file } မှ မြို့နယ်နယ်နိမိတ်များ - မြို့နယ် { $townships } ခုအနက် { $joined } ခု။
map-boundaries-unjoined = မချိတ်ဆက်နိုင်သည်များ ({ $n }) - { $list }
map-key-filled = စာရင်းပြုထားသော မြို့နယ်၊ ၎င်း၏နယ်နိမိတ်အတွင်း အခြေအနေအလိုက် အရောင်ဖြည့်ထားသည် (နယ်နိမိတ်ဖိုင်တွင် မပါသော မြို့နယ်ကို ၎င်း၏ဗဟိုတွင် ■ ဖြင့်ပြသည်) · ● ဖော်ပြထားသော မြို့၊ အခြေအနေအလိုက် အရောင်ခြယ်ထားသည် · မီးခိုးရောင်မျဉ်းများ - မြို့နယ်နယ်နိမိတ်များ · အစက်ငယ်များ - မြို့နယ်ဗဟိုများ (MIMU)
map-honest-counts-filled = အရောင်ဖြည့်ထားသော မြို့နယ်များသည် အစီရင်ခံစာများက အမည်ဖြင့် စာရင်းပြုထားသည်များ ဖြစ်ပြီး အစက်များသည် ဖော်ပြသော မြို့များ ဖြစ်သည်၊ အလွတ်ထားသော မြို့နယ်များသည် စာရင်းမပြုထားသဖြင့် မည်သူမျှ ထိန်းချုပ်သည်ဟု မဆိုလိုပါ၊ တစ်နိုင်ငံလုံး အရေအတွက်များကို ၎င်းတို့ထံ ခွဲဝေမထားပါ။
dialog-filter-boundaries = မြို့နယ်နယ်နိမိတ်ဖိုင်များ (GeoJSON, shapefile)
dialog-open-boundaries = မြို့နယ်နယ်နိမိတ်ဖိုင် ဖွင့်ရန်
notice-boundaries-read = { $file } မှ မြို့နယ်နယ်နိမိတ်များကို ဖတ်ပြီးပါပြီ - မြို့နယ် { $townships } ခုအနက် { $joined } ခု ချိတ်ဆက်ပြီး (ဖိုင်တွင် အစိတ်အပိုင်း { $features } ခု)။
notice-boundaries-unjoined = အစိတ်အပိုင်း { $n } ခု မချိတ်ဆက်နိုင်ပါ - { $first }။
notice-boundaries-refused = { $file } ကို မြို့နယ်နယ်နိမိတ်အဖြစ် အသုံးမပြုနိုင်ပါ - { $error }။
notice-boundaries-kept = ဖွင့်ထားပြီးသော နယ်နိမိတ်များကို ဆက်ထားပါသည်။
notice-boundaries-none = မြေပုံသည် မြို့နယ်ဗဟိုများတွင် လေးထောင့်ကွက်များကို ဆက်ပြပါမည်။
menu-boundaries = မြို့နယ်နယ်နိမိတ်များ…
menu-boundaries-credit = မြို့နယ်နယ်နိမိတ် ရင်းမြစ်ဖော်ပြချက်…
menu-boundaries-close = မြို့နယ်နယ်နိမိတ်များ ပိတ်ရန် ({ $file })
boundaries-credit-ask = { $file } တွင် ဤနယ်နိမိတ်များကို မည်သူပြုလုပ်သည်ကို မဖော်ပြထားပါ။ မြေပုံနှင့် ပုံတိုင်းတွင် ရေးမည့် ရင်းမြစ်ဖော်ပြချက် -
boundaries-credit-hint = ဥပမာ MIMU
boundaries-credit-name = မြို့နယ်နယ်နိမိတ် ရင်းမြစ်ဖော်ပြချက်
boundaries-credit-use = အသုံးပြုရန်
boundaries-credit-later = နောက်မှ
map-counts-filled = အစီရင်ခံစာများ ဖော်ပြသည့်အတိုင်း တစ်နိုင်ငံလုံးအတွက် ဖြစ်သည် - အစီရင်ခံစာများက အမည်ဖြင့် စာရင်းပြုထားသော မြို့နယ်များကိုသာ ၎င်းတို့၏ နယ်နိမိတ်အတွင်း အရောင်ဖြည့်ထားသည်။
map-national-counts-short = တစ်နိုင်ငံလုံး အရေအတွက် -
map-counts-whole-country-short = အစီရင်ခံစာများ ဖော်ပြသည့်အတိုင်း ဖြစ်သည်၊ မည်သည့်မြို့နယ်ကိုမျှ အရောင်မခြယ်ပါ။
map-counts-listed-short = အစီရင်ခံစာများ ဖော်ပြသည့်အတိုင်း ဖြစ်သည်၊ အမည်ဖြင့် စာရင်းပြုထားသော မြို့နယ်များကိုသာ အရောင်ခြယ်ထားသည်။
table-named-town = ဖော်ပြထားသော မြို့
table-listed-township = စာရင်းပြုထားသော မြို့နယ်
map-events-as = ပြပုံ -
map-events-as-circles = စက်ဝိုင်းများ
map-events-as-filled = မြို့နယ်များကို အရောင်ဖြည့်
map-events-classes = { $source }၊ မြို့နယ်အလိုက် { $measure } -
map-events-classes-note = မြို့နယ်များကို { $source } က ၎င်းတို့အတွင်း မှတ်တမ်းတင်ထားသော { $measure } ဖြင့် { $classes } အဆင့်များအလိုက် အရောင်ဖြည့်ထားသည်၊ မြို့နယ် မဖော်ပြထားသည့်နေရာ သို့မဟုတ် နယ်နိမိတ်မရှိသည့်နေရာတွင် စက်ဝိုင်းဖြင့် ပြသည်။

## Why a typed or pasted cell, or a change in the editor, is refused.
figure-not-a-number = “{ $text }” သည် ကိန်းဂဏန်း မဟုတ်ပါ
figure-unknown-scale = “{ $text }” ကို ဤအကွက်က ကိန်းဂဏန်းအဖြစ် မဖတ်နိုင်ပါ (“{ $word }” ဆိုသည်မှာ အဘယ်နည်း)
figure-negative = “{ $text }” သည် အနုတ်ကိန်း ဖြစ်နေသည်၊ ကိန်းဂဏန်းများသည် သုည သို့မဟုတ် ထို့ထက် များရမည်
figure-too-large = “{ $text }” သည် ကိန်းဂဏန်းတစ်ခု ဖြစ်နိုင်သည်ထက် ကြီးနေသည် (၁၀^၁၅)
figure-not-whole = “{ $text }” သည် ကိန်းပြည့် မဟုတ်ပါ၊ ဤအကွက်တွင် အရေအတွက်သာ ရေးရသည်
cell-not-yes-or-no = “{ $text }” ကို မဖတ်နိုင်ပါ - ယခင်နှစ်ကို ထပ်မံဖော်ပြသော စာရင်းအတွက် “ပြန်လည်ဖော်ပြ” ဟု ရိုက်ပါ၊ သို့မဟုတ် အကွက်ကို ဗလာထားပါ
cell-empty = { $what } ကို ဗလာ မထားနိုင်ပါ
cell-too-long = { $what } သည် စာလုံးရေ { $n } ထက် ရှည်နေသည်
cell-not-a-year = “{ $text }” သည် { $first } မှ { $last } ကြား ခုနှစ် မဟုတ်ပါ
cell-not-a-date = “{ $text }” သည် { $first } မှ { $last } ကြား YYYY-MM-DD ပုံစံဖြင့် ရေးထားသော ရက်စွဲ မဟုတ်ပါ
cell-not-degrees = “{ $text }” သည် -{ $limit } မှ { $limit } ကြား ဒီဂရီ မဟုတ်ပါ
cell-stands-for-nothing = ဤအကွက်သည် ဤနေရာတွင် မည်သည့် ကိန်းဂဏန်းကိုမျှ ကိုယ်စားမပြုပါ
cell-missing = ထိုအကွက် မရှိပါ
cell-year-total-only = နှစ်စဉ် စုစုပေါင်း အတန်းတွင် ထိုအကွက် မရှိပါ - အမျိုးအစားများအတွက် အဖွဲ့တစ်ခု ထည့်ပါ
cell-group-year = အဖွဲ့၏ ခုနှစ်သည် ၎င်း၏ ခုနှစ်အတန်းမှ ဖြစ်သည် - ထိုအတန်းတွင် ပြင်ပါ
cell-no-figure = ဤအကွက်တွင် ကိန်းဂဏန်း မရှိပါ
cell-what-source-title = ရင်းမြစ်၏ ခေါင်းစဉ်
cell-what-funding-label = ရန်ပုံငွေ အမည်
cell-what-side = ဘက်
cell-what-group-label = အဖွဲ့၏ အမည်
cell-what-town-name = မြို့၏ အမည်
cell-what-town-status = မြို့၏ အခြေအနေ
cell-what-township-name = မြို့နယ်၏ အမည်
cell-what-township-status = မြို့နယ်၏ အခြေအနေ
category-needs-name = အမျိုးအစားတွင် အမည် လိုအပ်သည်
category-taken = “{ $name }” အမျိုးအစား ရှိပြီး ဖြစ်သည်
category-only = အမျိုးအစားကိုသာ အမည်ပြောင်းနိုင်သည်
column-missing = ထိုကော်လံ မရှိပါ
paste-left-column = ကော်လံ “{ $column }” ({ $why })
paste-left-cell = အတန်း { $row }၊ { $column } - “{ $text }” ({ $why })
paste-no-such-column = ဤဇယားတွင် ထိုကော်လံ မရှိပါ
change-no-such-row = ထိုအတန်း မရှိတော့ပါ
change-stale = မလုပ်ဆောင်ရပါ၊ ပြင်ဆင်နေစဉ် အတန်းများ ထည့်ခြင်း၊ ဖယ်ရှားခြင်း၊ ရွှေ့ခြင်း သို့မဟုတ် နောက်ပြန်ခြင်း ဖြစ်သွားသဖြင့် သင့်တော်ရာနေရာတွင် ထပ်မံ လုပ်ဆောင်ပါ
change-no-row-here = ဤနေရာတွင် အတန်း ထည့်၍ မရပါ
change-group-to-year = အဖွဲ့ကို တိုက်ပွဲ ခုနှစ်တစ်ခုတွင်သာ ထည့်နိုင်သည်
