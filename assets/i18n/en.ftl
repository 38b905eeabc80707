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
