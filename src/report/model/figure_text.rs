//! Figures as people type and paste them: "9,549", "over 33.6 billion", "US$16 million",
//! "≥701", "~300", "under 50", Burmese digits ("၉,၅၄၉"). The editor and the spreadsheet paste
//! read cells through here; what cannot be read says why.

use super::figure::{Figure, MAX_FIGURE, Qualifier};
use crate::i18n::Said;

/// What kind of number a cell holds: a count must be whole, money may have decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// People, battles, townships: whole numbers.
    Count,
    /// Kyats or dollars.
    Money,
}

/// Myanmar digits ၀–၉ as Latin 0–9.
pub fn latin_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '၀'..='၉' => char::from(b'0' + (u32::from(c) - u32::from('၀')) as u8),
            _ => c,
        })
        .collect()
}

/// Words and symbols that qualify a number, longest first so "at least" wins over "at".
const QUALIFIERS: [(&str, Qualifier); 20] = [
    ("more than", Qualifier::Over),
    ("at least", Qualifier::AtLeast),
    ("less than", Qualifier::Under),
    ("at most", Qualifier::AtMost),
    ("no more than", Qualifier::AtMost),
    ("no less than", Qualifier::AtLeast),
    ("approximately", Qualifier::About),
    ("around", Qualifier::About),
    ("nearly", Qualifier::About),
    ("about", Qualifier::About),
    ("under", Qualifier::Under),
    ("over", Qualifier::Over),
    ("exact", Qualifier::Exact),
    (">=", Qualifier::AtLeast),
    ("<=", Qualifier::AtMost),
    ("≥", Qualifier::AtLeast),
    ("≤", Qualifier::AtMost),
    ("≈", Qualifier::About),
    ("~", Qualifier::About),
    (">", Qualifier::Over),
];

/// Scale words after the number: "33.6 billion", "16 m", "1.2k".
const SCALES: [(&str, f64); 12] = [
    ("trillion", 1e12),
    ("billion", 1e9),
    ("million", 1e6),
    ("thousand", 1e3),
    ("lakh", 1e5),
    ("crore", 1e7),
    ("tn", 1e12),
    ("bn", 1e9),
    ("mn", 1e6),
    ("b", 1e9),
    ("m", 1e6),
    ("k", 1e3),
];

/// Currency marks and unit words that may stand around a number and say nothing more.
const UNITS: [&str; 9] = ["us$", "usd", "mmk", "kyats", "kyat", "dollars", "dollar", "$", "ks"];

/// Reads a typed or pasted figure. An empty cell is `Ok(None)`.
pub fn parse(text: &str, kind: Kind) -> Result<Option<Figure>, Said> {
    let original = text.trim();
    if original.is_empty() {
        return Ok(None);
    }
    let mut rest = latin_digits(original).to_lowercase();
    let mut qualifier = Qualifier::Exact;
    // "<" is a qualifier unless it starts "<="; checked after the two-character forms.
    let all = QUALIFIERS.iter().chain(std::iter::once(&("<", Qualifier::Under)));
    for (word, q) in all {
        if let Some(after) = rest.strip_prefix(word) {
            qualifier = *q;
            rest = after.trim_start().to_owned();
            break;
        }
    }
    // Spaces that spreadsheets and word processors put between groups of digits.
    let mut text = rest.replace(['\u{a0}', '\u{202f}', '\u{2009}'], " ");
    for unit in UNITS {
        text = text.replace(unit, " ");
    }
    let text = text.trim();
    let number_end = text
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\'' | 'e' | 'E' | '+' | '-')))
        .map_or(text.len(), |(i, _)| i);
    let (digits, scale_word) = text.split_at(number_end);
    if digits.trim().is_empty() {
        return Err(Said::new("figure-not-a-number").text("text", original));
    }
    let scale_word = scale_word.trim().trim_end_matches('.');
    let scale = if scale_word.is_empty() {
        1.0
    } else {
        SCALES
            .iter()
            .find(|(w, _)| *w == scale_word)
            .map(|(_, s)| *s)
            .ok_or_else(|| {
                Said::new("figure-unknown-scale")
                    .text("text", original)
                    .text("word", scale_word)
            })?
    };
    let written =
        number(digits.trim(), false).ok_or_else(|| Said::new("figure-not-a-number").text("text", original))?;
    // A number alone is judged as written, as the CSV table judges it ("1.0000001" is not a
    // count, "-0.0000001" not an amount); with a scale word, the product is judged once rounded
    // ("15.7 billion" is 15,700,000,000 though 15.7 × 10^9 is 15,699,999,999.999998).
    let product = written * scale;
    let judged = if scale == 1.0 { product } else { significant(product) };
    fit(judged, kind == Kind::Count).map_err(|unfit| {
        let key = match unfit {
            Unfit::NotANumber => "figure-not-a-number",
            Unfit::Negative => "figure-negative",
            Unfit::TooLarge => "figure-too-large",
            Unfit::NotWhole => "figure-not-whole",
        };
        Said::new(key).text("text", original)
    })?;
    let value = significant(product);
    Ok(Some(Figure::new(value + 0.0, qualifier)))
}

/// Why a number cannot be a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unfit {
    /// Not a number at all (NaN).
    NotANumber,
    /// Below 0.
    Negative,
    /// Above [`MAX_FIGURE`].
    TooLarge,
    /// A count with a fraction.
    NotWhole,
}

/// Whether a number can be a figure: 0 or more, at most [`MAX_FIGURE`], and whole when it is a
/// count. The one judge of figures: the editor's cells, a paste, the CSV table and the JSON
/// reader all ask it, of the number as written.
pub fn fit(value: f64, whole: bool) -> Result<(), Unfit> {
    if value.is_nan() {
        Err(Unfit::NotANumber)
    } else if value < 0.0 {
        Err(Unfit::Negative)
    } else if value > MAX_FIGURE {
        Err(Unfit::TooLarge)
    } else if whole && value.fract() != 0.0 {
        Err(Unfit::NotWhole)
    } else {
        Ok(())
    }
}

/// A value as a cell shows it again: below a billion, rounded to millionths (the cell's
/// decimals, so that what is shown reads back the same, and a speck such as `1e-12` is 0);
/// from a billion up, to 15 significant digits, as many as an `f64` keeps, so that a scale
/// word's product ("15.7 billion", 15699999999.999998) comes out as written and a large whole
/// number stays whole (millionths of it are more digits than an `f64` holds, and rounding to
/// them moved it). The editor and a paste keep a figure so; the CSV table keeps every digit.
pub fn significant(value: f64) -> f64 {
    if !value.is_finite() {
        return value;
    }
    if value.abs() < 1e9 {
        return (value * 1e6).round() / 1e6;
    }
    format!("{value:.14e}").parse().unwrap_or(value)
}

/// The number of a figure, as people and spreadsheets write it: `9549`, `9,549`, `9 549`,
/// `9'549`, `33600000000`, `3.36E+10`, `-12`; with `decimal_comma` (a `;`-separated table, a
/// spreadsheet in a language that writes `15,7`) `15,7` and `9.549`. Thousands separators must
/// separate groups of three digits; a spreadsheet's leading `'` (text marker) is ignored. `None`
/// when it is no number. The one reader of numbers: the editor's cells, a paste and the CSV table
/// all read through here.
pub fn number(text: &str, decimal_comma: bool) -> Option<f64> {
    let text = text.trim();
    let text = text.strip_prefix('\'').unwrap_or(text);
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\'' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
        .collect();
    let (thousands_mark, decimal_mark) = if decimal_comma {
        // A single dot followed by other than three digits is a decimal point after all ("15.7").
        let dot_is_decimal = !text.contains(',')
            && text.split_once('.').is_some_and(|(_, after)| {
                !after.contains('.') && after.chars().take_while(char::is_ascii_digit).count() != 3
            });
        if dot_is_decimal { ('\0', '.') } else { ('.', ',') }
    } else {
        (',', '.')
    };
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(i) => text.split_at(i),
        None => (text.as_str(), ""),
    };
    let (whole, fraction) = match mantissa.split_once(decimal_mark) {
        Some((w, f)) => (w, Some(f)),
        None => (mantissa, None),
    };
    let (sign, digits) = match whole.strip_prefix(['-', '+']) {
        Some(rest) => (&whole[..1], rest),
        None => ("", whole),
    };
    let digits = if thousands_mark != '\0' && digits.contains(thousands_mark) {
        let groups: Vec<&str> = digits.split(thousands_mark).collect();
        let first_ok = (1..=3).contains(&groups[0].len());
        let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
        if !first_ok || !rest_ok {
            return None;
        }
        groups.concat()
    } else {
        digits.to_owned()
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if fraction.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let exponent_ok = exponent.is_empty() || {
        let e = exponent[1..].strip_prefix(['-', '+']).unwrap_or(&exponent[1..]);
        !e.is_empty() && e.bytes().all(|b| b.is_ascii_digit())
    };
    if !exponent_ok {
        return None;
    }
    let normal = match fraction {
        Some(f) => format!("{sign}{digits}.{f}{exponent}"),
        None => format!("{sign}{digits}{exponent}"),
    };
    normal.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A figure as the editor shows it in a cell: the qualifier's symbol and the whole number
/// with separators ("≥ 701", "> 33,600,000,000").
pub fn cell_text(figure: &Figure) -> String {
    let value = if figure.value.fract() == 0.0 {
        super::figure::thousands(figure.value)
    } else {
        let whole = super::figure::thousands(figure.value.trunc());
        let fraction = format!("{:.6}", figure.value.fract());
        format!("{whole}{}", fraction.trim_start_matches('0').trim_end_matches('0'))
    };
    format!("{}{value}", figure.qualifier.symbol())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_whole_numbers_stay_whole_and_scaled_ones_come_out_as_written() {
        // Found by fuzzing: a twelve-digit count was refused as "not a whole number".
        for (text, value) in [
            ("9'50000000001", 950_000_000_001.0),
            ("950000000001", 950_000_000_001.0),
            ("999 993 995 491", 999_993_995_491.0),
            ("15.7 billion", 15_700_000_000.0),
            ("33.6 bn", 33_600_000_000.0),
            ("1e15", 1e15),
        ] {
            let read = parse(text, Kind::Count).expect("reads").expect("a figure");
            assert_eq!(read.value, value, "{text}");
        }
        let money = parse("950,000,000,001", Kind::Money).expect("reads").expect("a figure");
        assert_eq!(money.value, 950_000_000_001.0, "not moved by rounding");
        let small = parse("0.1", Kind::Money).expect("reads").expect("a figure");
        assert_eq!(small.value, 0.1);
        // Found by fuzzing the first fix: what a cell shows must read back the same.
        for text in [
            "3.368888888888888888888",
            "3.36004001",
            "1e-12",
            "36E-12",
            "953.7777777",
        ] {
            let read = parse(text, Kind::Money).expect("reads").expect("a figure");
            let shown = cell_text(&read);
            let again = parse(&shown, Kind::Money).expect("reads again").expect("a figure");
            assert_eq!(again.value, read.value, "{text} shown as {shown}");
        }
    }

    #[test]
    fn numbers_as_spreadsheets_write_them() {
        for (text, value) in [
            ("9549", 9549.0),
            ("9,549", 9549.0),
            ("33,600,000,000", 33.6e9),
            ("3.36E+10", 33.6e9),
            ("3.36e10", 33.6e9),
            ("15.7", 15.7),
            (" 12 ", 12.0),
            ("'701", 701.0),
            ("-16.5", -16.5),
        ] {
            assert_eq!(number(text, false), Some(value), "{text}");
        }
        for text in [
            "",
            "many",
            "1,5",
            "12,34,567",
            "1.2.3",
            "NaN",
            "inf",
            "1e",
            "0x10",
            "--1",
            "1e400",
        ] {
            assert_eq!(number(text, false), None, "{text}");
        }
        for (text, value) in [
            ("15,7", 15.7),
            ("9.549", 9549.0),
            ("33.600.000.000", 33.6e9),
            ("3,36E+10", 33.6e9),
            ("1.234,5", 1234.5),
            ("15.7", 15.7),
            ("9 549", 9549.0),
        ] {
            assert_eq!(number(text, true), Some(value), "{text}");
        }
    }

    fn read(text: &str, kind: Kind) -> (f64, Qualifier) {
        let f = parse(text, kind)
            .unwrap_or_else(|e| panic!("{text}: {e}"))
            .unwrap_or_else(|| panic!("{text}: empty"));
        (f.value, f.qualifier)
    }

    #[test]
    fn what_people_paste_is_read() {
        use Qualifier::*;
        let cases: [(&str, Kind, f64, Qualifier); 18] = [
            ("9,549", Kind::Count, 9549.0, Exact),
            ("9549", Kind::Count, 9549.0, Exact),
            ("33.6 billion", Kind::Money, 33.6e9, Exact),
            ("33.6 bn", Kind::Money, 33.6e9, Exact),
            ("US$16 million", Kind::Money, 16e6, Exact),
            ("over 33.6 billion", Kind::Money, 33.6e9, Over),
            ("> 33.6", Kind::Money, 33.6, Over),
            ("at least 701", Kind::Count, 701.0, AtLeast),
            ("≥701", Kind::Count, 701.0, AtLeast),
            ("about 300", Kind::Count, 300.0, About),
            ("~300", Kind::Count, 300.0, About),
            ("under 50", Kind::Count, 50.0, Under),
            ("၉,၅၄၉", Kind::Count, 9549.0, Exact),
            ("3.36E+10", Kind::Money, 3.36e10, Exact),
            ("≤ 12", Kind::Count, 12.0, AtMost),
            ("< 5", Kind::Count, 5.0, Under),
            ("9\u{202f}549", Kind::Count, 9549.0, Exact),
            ("over 9\u{2009}549", Kind::Count, 9549.0, Over),
        ];
        for (text, kind, value, qualifier) in cases {
            assert_eq!(read(text, kind), (value, qualifier), "{text}");
        }
        assert_eq!(parse("  ", Kind::Count), Ok(None));
    }

    /// A number is judged as written, not as the cell rounds it: what the CSV table and the
    /// JSON reader refuse, a cell refuses too; a scale word's product is judged rounded.
    #[test]
    fn a_figure_is_judged_before_it_is_rounded() {
        assert_eq!(fit(-0.0, true), Ok(()));
        assert_eq!(fit(-1e-7, false), Err(Unfit::Negative));
        assert_eq!(fit(MAX_FIGURE + 0.125, false), Err(Unfit::TooLarge));
        assert_eq!(fit(f64::NAN, false), Err(Unfit::NotANumber));
        assert_eq!(fit(1.5, true), Err(Unfit::NotWhole));
        let key = |text: &str, kind| parse(text, kind).err().map(|said| said.key);
        assert_eq!(key("1000000000000000.1", Kind::Money), Some("figure-too-large"));
        assert_eq!(key("-0.0000001", Kind::Money), Some("figure-negative"));
        assert_eq!(key("1.0000001", Kind::Count), Some("figure-not-whole"));
        assert_eq!(read("15.7 billion", Kind::Count), (15.7e9, Qualifier::Exact));
        assert_eq!(read("0.0000001", Kind::Money), (0.0, Qualifier::Exact));
    }

    #[test]
    fn what_cannot_be_read_says_why() {
        assert_eq!(
            parse("many", Kind::Count).map_err(|e| e.to_string()),
            Err("\"many\" is not a number".to_owned())
        );
        assert_eq!(
            parse("12.5", Kind::Count).map_err(|e| e.to_string()),
            Err("\"12.5\" is not a whole number, and this cell counts".to_owned())
        );
        // Not rounded to 1 first, as the CSV table does not round it.
        assert_eq!(
            parse("1.0000001", Kind::Count).map_err(|e| e.to_string()),
            Err("\"1.0000001\" is not a whole number, and this cell counts".to_owned())
        );
        assert_eq!(
            parse("-3", Kind::Count).map_err(|e| e.to_string()),
            Err("\"-3\" is negative; figures are 0 or more".to_owned())
        );
        assert_eq!(
            parse("9,54,9", Kind::Count).map_err(|e| e.to_string()),
            Err("\"9,54,9\" is not a number".to_owned())
        );
        assert!(
            parse("2 dozen", Kind::Count)
                .expect_err("unknown word")
                .to_string()
                .contains("what is \"dozen\"")
        );
        assert!(
            parse("2e20", Kind::Money)
                .expect_err("too large")
                .to_string()
                .contains("10^15")
        );
    }

    #[test]
    fn cells_show_the_qualifier_and_every_digit() {
        assert_eq!(cell_text(&Figure::new(33.6e9, Qualifier::Over)), "> 33,600,000,000");
        assert_eq!(cell_text(&Figure::new(701.0, Qualifier::AtLeast)), "≥ 701");
        assert_eq!(cell_text(&Figure::exact(1234.5)), "1,234.5");
        for f in [
            Figure::new(33.6e9, Qualifier::Over),
            Figure::exact(1234.5),
            Figure::new(701.0, Qualifier::AtLeast),
        ] {
            let back = parse(&cell_text(&f), Kind::Money).expect("reads").expect("a figure");
            assert_eq!((back.value, back.qualifier), (f.value, f.qualifier));
        }
    }

    #[test]
    fn myanmar_digits_become_latin() {
        assert_eq!(latin_digits("၂၀၂၅-၁၂-၃၁"), "2025-12-31");
    }
}
