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
