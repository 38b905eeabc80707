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
change-open = အရည်အချင်းသတ်မှတ်ချက်များကြောင့် အမှန်တကယ် ပြောင်းလဲမှုကို မသိနိုင်ပါ
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
caption-sources-more = ရင်းမြစ်များ - { $list }၊ နောက်ထပ် { $n } ခု (အားလုံးကို Sources ကဏ္ဍတွင် ကြည့်ပါ)
caption-notes-more = ဤကိန်းဂဏန်းများအကြောင်း မှတ်ချက် နောက်ထပ် { $n } ခု (အားလုံးကို Checks ကဏ္ဍတွင် ကြည့်ပါ)။
caption-sources-by-publisher = ရင်းမြစ်များ - ထုတ်ပြန်ချက် { $n } ခု၊ ထုတ်ပြန်သူအလိုက် { $publishers }၊ တစ်ခုချင်းစီကို ပုံ၏ metadata နှင့် ဒေတာ export တွင် ပါရှိသည်။
caption-claims-more = ဖော်ပြချက် နောက်ထပ် { $n } ကြောင်းကို ပုံ၏ metadata တွင် ပါရှိသည်။
caption-notes-more-picture = ဤကိန်းဂဏန်းများဆိုင်ရာ မှတ်ချက် နောက်ထပ် { $n } ခုကို ပုံ၏ metadata တွင် ပါရှိသည်။
caption-labels-shown = ကိန်းဂဏန်း { $total } ခုအနက် { $shown } ခုကိုသာ နေရာဆံ့သလောက် ဖော်ပြထားသည် - အငြင်းပွားသော ကိန်းဂဏန်းများ၊ နောက်ဆုံးနှစ်နှင့် အများဆုံး အနည်းဆုံး ကိန်းဂဏန်းများကို ဦးစားပေးသည်၊ { $rest }။
caption-labels-rest-picture = ကိန်းဂဏန်းအားလုံးကို ဒေတာ export တွင် ပါရှိသည်
caption-labels-rest-window = ကိန်းဂဏန်းအားလုံးအတွက် ဘားပေါ်တွင် ထောက်ကြည့်ပါ သို့မဟုတ် ဇယား (Ctrl+T) ကို ဖွင့်ပါ
caption-sources-by-publisher-short = ရင်းမြစ်များ - ထုတ်ပြန်ချက် { $n } ခု၊ ထုတ်ပြန်သူအလိုက် { $publishers }။
caption-qualified-short = > ကျော် · ≥ အနည်းဆုံး · ≈ ခန့် · < အောက် · ≤ အများဆုံး၊ မြှား - ပိုများနိုင်သည်။
caption-disputed-short = ⚠ အစီရင်ခံစာများ မတူညီပါ၊ တန်ဖိုးအားလုံးကို ဒေတာ export တွင် ပါရှိသည်။
caption-labels-shown-short = ကိန်းဂဏန်း { $total } ခုအနက် { $shown } ခုကို ဖော်ပြထားသည်၊ ကိန်းဂဏန်းအားလုံးကို ဒေတာ export တွင် ပါရှိသည်။
caption-qualified = အတိအကျမဟုတ်သော ကိန်းဂဏန်းများ - > ကျော် · ≥ အနည်းဆုံး · ≈ ခန့် · < အောက် · ≤ အများဆုံး၊ မှိန်သော ဘားအစွန်းနှင့် မြှားသည် ပိုများနိုင်သော ကိန်းဂဏန်းကို ပြသည်။
caption-disputed = ⚠ နှင့် အနားကွပ်သည် ဖွင့်ထားသော အစီရင်ခံစာများ မတူညီသော ကိန်းဂဏန်းကို ပြသည်၊ ဖော်ပြထားသော တန်ဖိုးတိုင်းကို ပေးထားပြီး တစ်ခုချင်းစီကို ရင်းမြစ်နှင့်အတူ ဒေတာ export တွင် ပါရှိသည်။
caption-years-one = { $year } ခုနှစ်၏ ကိန်းဂဏန်းများကိုသာ ပြထားသည်။
caption-years-range = { $first } မှ { $last } အထိ ကိန်းဂဏန်းများကိုသာ ပြထားသည်။
caption-not-shown = မပြထားသည်များ - { $list }။

## The stamp on every picture; { $version } is the program's version, { $date } the day

stamp-inputs = fieldreport { $version } · { $date } တွင် ထုတ်ယူသည် · ထည့်သွင်းဖိုင် SHA-256 { $inputs }
stamp-many = fieldreport { $version } · { $date } တွင် ထုတ်ယူသည် · ထည့်သွင်းဖိုင် { $n } ခု၊ တစ်ခုချင်းစီ၏ SHA-256 ကို metadata တွင် ပါရှိပြီး အားလုံးပေါင်း၏ SHA-256 မှာ { $combined }

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

## The township chart's key and lists

note-townships-assumed = အစီရင်ခံစာတွင် တစ်နိုင်ငံလုံး စုစုပေါင်း မဖော်ပြပါက မြို့နယ် { $n } ခု ဟု ယူဆသည်။
townships-grid-key = နောက်ဆုံးအခြေအနေအရ မြို့နယ်တစ်ခုလျှင် စတုရန်းတစ်ကွက် (စုစုပေါင်း { $n } ခု) -
townships-grid-count = { $status } { $n }
townships-changes = အခြေအနေ နှစ်ခုကြား ပြောင်းလဲမှု
townships-changes-counted = အခြေအနေများကြား ပြောင်းလဲမှု { $n } ခု၊ { $whole }။
townships-changes-earlier = ယခင် ပြောင်းလဲမှု နောက်ထပ် { $n } ခု၊ { $whole }။
townships-changes-whole-picture = ဒေတာ export တွင် ပါရှိသည်
townships-changes-whole-window = ဇယား (Ctrl+T) တွင် ကြည့်ပါ
townships-named-towns = ဖော်ပြထားသော မြို့များ

## The alt text's sentences about each chart; { $values }, { $total }, { $n } are figures in words

sum-end = { $text }။
sum-sentence = { $subject } - { $list }။
sum-in-year = { $year } တွင် { $values }
sum-files-disagree = ဖိုင်များ မတူညီ
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
map-towns-by-status = ဖော်ပြထားသော မြို့များ၊ အခြေအနေအလိုက်
note-other-currency-only = { $label } { $year } - { $currency } ဖြင့် ကိန်းဂဏန်း မရှိပါ၊ ကြည့်ရန် ငွေကြေးကို ပြောင်းပါ

## Tooltips of a figure; { $figure } and { $long } are figures already written

tip-claim = ဖော်ပြချက် { $n } - { $figure }
tip-note = မှတ်ချက် - { $note }
tip-source = ရင်းမြစ် - { $list }
tip-disagree = ⚠ ဤကိန်းဂဏန်းနှင့် ပတ်သက်၍ ဖိုင်များ မတူညီပါ -
tip-exact-mmk = ကျပ် { $amount } ({ $long })
tip-exact-usd = အမေရိကန်ဒေါ်လာ { $amount } ({ $long })
