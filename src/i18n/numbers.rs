//! Numbers written for people, in one place: thousands separators, decimals, and Latin or
//! Myanmar digits (၀–၉). Machine-readable output (CSV value cells, JSON) never comes here.

use std::borrow::Cow;

use super::Digits;

/// Latin digits replaced by Myanmar ones when asked: "2025" → "၂၀၂၅".
pub fn digits(text: &str, digits: Digits) -> Cow<'_, str> {
    if digits == Digits::Latin || !text.bytes().any(|b| b.is_ascii_digit()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => char::from_u32(0x1040 + d).unwrap_or(c),
                _ => c,
            })
            .collect(),
    )
}

/// A whole number with a comma every three digits: 9549 → "9,549"; rounded to a whole number.
pub fn grouped(value: f64, to: Digits) -> String {
    let negative = value < 0.0;
    let rounded = value.abs().round();
    let plain = format!("{rounded:.0}");
    let mut out = String::with_capacity(plain.len() + plain.len() / 3 + 1);
    if negative && rounded != 0.0 {
        out.push('-');
    }
    out.push_str(&group(&plain));
    digits(&out, to).into_owned()
}

/// Commas every three digits of a string of digits.
fn group(plain: &str) -> String {
    let mut out = String::with_capacity(plain.len() + plain.len() / 3);
    for (i, ch) in plain.chars().enumerate() {
        if i > 0 && (plain.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// A number with up to `decimals` decimals, trailing zeros dropped, the whole part grouped:
/// 33.60 → "33.6", 1234.5 → "1,234.5".
pub fn decimal(value: f64, decimals: usize, to: Digits) -> String {
    let text = format!("{value:.decimals$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    };
    regroup(&text, to)
}

/// A number with exactly `decimals` decimals, the whole part grouped: 16 → "16.0".
pub fn fixed(value: f64, decimals: usize, to: Digits) -> String {
    regroup(&format!("{value:.decimals$}"), to)
}

/// Groups the whole part of a plain decimal text and writes it in the digits asked for.
fn regroup(text: &str, to: Digits) -> String {
    let (sign, rest) = match text.strip_prefix('-') {
        // "-0.0" is written "0.0".
        Some(rest) if rest.bytes().any(|b| (b'1'..=b'9').contains(&b)) => ("-", rest),
        Some(rest) => ("", rest),
        None => ("", text),
    };
    let (whole, fraction) = match rest.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (rest, None),
    };
    let mut out = format!("{sign}{}", group(whole));
    if let Some(f) = fraction {
        out.push('.');
        out.push_str(f);
    }
    digits(&out, to).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn myanmar_digits_with_separators() {
        assert_eq!(grouped(9549.0, Digits::Myanmar), "၉,၅၄၉");
        assert_eq!(grouped(9549.0, Digits::Latin), "9,549");
        assert_eq!(grouped(33_600_000_000.0, Digits::Myanmar), "၃၃,၆၀၀,၀၀၀,၀၀၀");
        assert_eq!(grouped(0.0, Digits::Myanmar), "၀");
        assert_eq!(grouped(-1234.0, Digits::Latin), "-1,234");
        assert_eq!(grouped(701.4, Digits::Myanmar), "၇၀၁");
    }

    #[test]
    fn decimals() {
        assert_eq!(decimal(33.6, 3, Digits::Latin), "33.6");
        assert_eq!(decimal(33.6, 3, Digits::Myanmar), "၃၃.၆");
        assert_eq!(decimal(25.0, 3, Digits::Latin), "25");
        assert_eq!(decimal(1234.5, 1, Digits::Latin), "1,234.5");
        assert_eq!(fixed(16.0, 1, Digits::Myanmar), "၁၆.၀");
        assert_eq!(fixed(-0.04, 1, Digits::Latin), "0.0");
    }

    #[test]
    fn digits_leave_other_text_alone() {
        assert_eq!(digits("as of 2025-12-31", Digits::Myanmar), "as of ၂၀၂၅-၁၂-၃၁");
        assert!(matches!(digits("no digits", Digits::Myanmar), Cow::Borrowed(_)));
        assert_eq!(digits("2025", Digits::Latin), "2025");
    }
}
