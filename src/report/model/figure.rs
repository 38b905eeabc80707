//! Figures: a number with the qualifier the source gave it ("over", "at least", …), the
//! intervals those qualifiers stand for, and the wording used to show them to people.

use std::fmt;

use crate::i18n::Tr;

/// The largest number a figure may hold (a thousand trillion): beyond it, a unit slip is certain.
pub const MAX_FIGURE: f64 = 1e15;

/// How a source qualified a number. Never dropped: every place a figure appears shows it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// The number as given, with no qualifier.
    #[default]
    Exact,
    /// "over 33.6 billion": more than the value.
    Over,
    /// "at least 701": the value or more.
    AtLeast,
    /// "about 500": within ±10 % of the value.
    About,
    /// "under 50": less than the value.
    Under,
    /// "at most 50": the value or less.
    AtMost,
}

impl Qualifier {
    /// All qualifiers, in the order the format lists them.
    pub const ALL: [Self; 6] = [
        Self::Exact,
        Self::Over,
        Self::AtLeast,
        Self::About,
        Self::Under,
        Self::AtMost,
    ];

    /// The word used in the file format (`at_least`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::Over => "over",
            Self::AtLeast => "at_least",
            Self::About => "about",
            Self::Under => "under",
            Self::AtMost => "at_most",
        }
    }

    /// Words for a sentence: "over", "at least", "" for exact.
    pub fn words(self) -> &'static str {
        match self {
            Self::Exact => "",
            Self::Over => "over",
            Self::AtLeast => "at least",
            Self::About => "about",
            Self::Under => "under",
            Self::AtMost => "at most",
        }
    }

    /// A symbol for tight labels: "> ", "≥ ", "≈ ", "< ", "≤ ", "" for exact.
    pub fn symbol(self) -> &'static str {
        match self {
            Self::Exact => "",
            Self::Over => "> ",
            Self::AtLeast => "≥ ",
            Self::About => "≈ ",
            Self::Under => "< ",
            Self::AtMost => "≤ ",
        }
    }

    /// True when the true value may be larger than the number (the bar is open upwards).
    pub fn open_above(self) -> bool {
        matches!(self, Self::Over | Self::AtLeast)
    }

    /// True for anything but [`Qualifier::Exact`].
    pub fn is_qualified(self) -> bool {
        self != Self::Exact
    }
}

/// A number as a source reported it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Figure {
    /// The number itself (a count, or an amount of money).
    pub value: f64,
    /// How the source qualified it.
    pub qualifier: Qualifier,
    /// Free text the file attached to this figure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Fields of the figure's object that this version does not know, kept as they were.
    #[serde(skip_serializing_if = "super::unknown::Unknown::is_empty")]
    pub unknown: super::unknown::Unknown,
}

impl Figure {
    /// An exact figure.
    pub fn exact(value: f64) -> Self {
        Self::new(value, Qualifier::Exact)
    }

    /// A figure with a qualifier.
    pub fn new(value: f64, qualifier: Qualifier) -> Self {
        Self {
            value,
            qualifier,
            note: None,
            unknown: super::unknown::Unknown::new(),
        }
    }

    /// The range of true values this figure allows.
    pub fn interval(&self) -> Interval {
        Interval::of(self.value, self.qualifier)
    }

    /// True when the figure can be written as a plain number: exact, with no note and no unknown
    /// fields.
    pub fn is_plain(&self) -> bool {
        self.qualifier == Qualifier::Exact && self.note.is_none() && self.unknown.is_empty()
    }

    /// Same number and qualifier (notes aside): the test for "the same claim".
    pub fn same_claim(&self, other: &Self) -> bool {
        self.value == other.value && self.qualifier == other.qualifier
    }
}

/// A closed range of values; `hi` may be infinite.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    /// Smallest value allowed.
    pub lo: f64,
    /// Largest value allowed (`f64::INFINITY` when open).
    pub hi: f64,
}

impl Interval {
    /// The interval a qualifier stands for: exact is [v, v], over and at least are [v, ∞),
    /// under and at most are [0, v], about is v ± 10 %.
    pub fn of(value: f64, qualifier: Qualifier) -> Self {
        match qualifier {
            Qualifier::Exact => Self { lo: value, hi: value },
            Qualifier::Over | Qualifier::AtLeast => Self {
                lo: value,
                hi: f64::INFINITY,
            },
            Qualifier::Under | Qualifier::AtMost => Self { lo: 0.0, hi: value },
            Qualifier::About => Self {
                lo: value * 0.9,
                hi: value * 1.1,
            },
        }
    }

    /// The sum of two intervals.
    pub fn plus(self, other: Self) -> Self {
        Self {
            lo: self.lo + other.lo,
            hi: self.hi + other.hi,
        }
    }

    /// True when the two intervals share at least one value.
    pub fn meets(self, other: Self) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }
}

/// The unit a figure is counted in, which decides how it is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// People, battles, townships.
    Count,
    /// Myanmar kyats.
    Mmk,
    /// US dollars.
    Usd,
}

/// Writes a whole number with thousands separators: `9549` → "9,549".
pub fn thousands(value: f64) -> String {
    crate::i18n::numbers::grouped(value, crate::i18n::Digits::Latin)
}

/// Writes a number with up to `decimals` decimals, dropping trailing zeros: 33.60 → "33.6".
fn trimmed(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

/// How large amounts are scaled: the catalog keys of the long and short words.
#[derive(Clone, Copy)]
enum Scale {
    None,
    Million,
    Billion,
    Trillion,
}

impl Scale {
    fn long_key(self) -> &'static str {
        match self {
            Self::None => "",
            Self::Million => "scale-million",
            Self::Billion => "scale-billion",
            Self::Trillion => "scale-trillion",
        }
    }

    fn short_key(self) -> &'static str {
        match self {
            Self::None => "",
            Self::Million => "scale-million-short",
            Self::Billion => "scale-billion-short",
            Self::Trillion => "scale-trillion-short",
        }
    }
}

/// Scales a large amount: 33.6e9 → (33.6, billion).
fn scale(value: f64) -> (f64, Scale) {
    let abs = value.abs();
    if abs >= 1e12 {
        (value / 1e12, Scale::Trillion)
    } else if abs >= 1e9 {
        (value / 1e9, Scale::Billion)
    } else if abs >= 1e6 {
        (value / 1e6, Scale::Million)
    } else {
        (value, Scale::None)
    }
}

/// "33.6 billion", or the whole number with separators when the amount is not scaled.
fn amount(tr: Tr, value: f64, scaled: (f64, Scale), short: bool) -> String {
    let (n, scale) = scaled;
    if matches!(scale, Scale::None) {
        return tr.n(value);
    }
    let (number, key) = if short {
        (tr.fixed(n, 1), scale.short_key())
    } else {
        (tr.digits(&trimmed(n, 3)).into_owned(), scale.long_key())
    };
    tr.f("amount-scaled", &[("n", number.into()), ("scale", tr.t(key).into())])
}

/// `long_value`, in a language: "ကျပ် ၃၃.၆ ဘီလီယံ".
pub fn long_value_in(tr: Tr, value: f64, unit: Unit) -> String {
    match unit {
        Unit::Count => tr.n(value),
        Unit::Mmk => tr.f("mmk-long", &[("amount", amount(tr, value, scale(value), false).into())]),
        Unit::Usd => tr.f("usd-long", &[("amount", amount(tr, value, scale(value), false).into())]),
    }
}

/// `short_value`, in a language.
pub fn short_value_in(tr: Tr, value: f64, unit: Unit) -> String {
    match unit {
        Unit::Count => tr.n(value),
        Unit::Mmk => {
            // From a tenth of a billion up, kyats read best in billions ("0.7 bn MMK").
            let scaled = if (1e8..1e9).contains(&value.abs()) {
                (value / 1e9, Scale::Billion)
            } else {
                scale(value)
            };
            tr.f("mmk-short", &[("amount", amount(tr, value, scaled, true).into())])
        }
        Unit::Usd => tr.f("usd-short", &[("amount", amount(tr, value, scale(value), true).into())]),
    }
}

impl Qualifier {
    /// A value with this qualifier's words around it, as the language places them: "over 33.6
    /// billion kyats", "၅,၀၀၀ ကျော်"; the value alone for exact.
    pub fn around(self, tr: Tr, value: String) -> String {
        match self {
            Self::Exact => value,
            Self::Over => tr.f("qualified-over", &[("value", value.into())]),
            Self::AtLeast => tr.f("qualified-at_least", &[("value", value.into())]),
            Self::About => tr.f("qualified-about", &[("value", value.into())]),
            Self::Under => tr.f("qualified-under", &[("value", value.into())]),
            Self::AtMost => tr.f("qualified-at_most", &[("value", value.into())]),
        }
    }
}

impl Figure {
    /// `Self::long`, in a language.
    pub fn long_in(&self, tr: Tr, unit: Unit) -> String {
        self.qualifier.around(tr, long_value_in(tr, self.value, unit))
    }

    /// `Self::short`, in a language: the same symbols, the language's words and digits.
    pub fn short_in(&self, tr: Tr, unit: Unit) -> String {
        format!("{}{}", self.qualifier.symbol(), short_value_in(tr, self.value, unit))
    }
}

impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.long_in(crate::i18n::Tr::EN, Unit::Count))
    }
}

/// [`percent`] in the language's digits.
pub fn percent_in(tr: Tr, pct: f64) -> String {
    let text = if pct >= 0.0 {
        format!("+{pct:.1} %")
    } else {
        format!("−{:.1} %", -pct)
    };
    tr.digits(&text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0.0), "0");
        assert_eq!(thousands(701.0), "701");
        assert_eq!(thousands(2984.0), "2,984");
        assert_eq!(thousands(33_600_000_000.0), "33,600,000,000");
        assert_eq!(thousands(-1234.0), "-1,234");
    }

    #[test]
    fn money_wording() {
        assert_eq!(
            long_value_in(crate::i18n::Tr::EN, 33.6e9, Unit::Mmk),
            "33.6 billion kyats"
        );
        assert_eq!(long_value_in(crate::i18n::Tr::EN, 25e9, Unit::Mmk), "25 billion kyats");
        assert_eq!(long_value_in(crate::i18n::Tr::EN, 15.7e6, Unit::Usd), "US$15.7 million");
        assert_eq!(short_value_in(crate::i18n::Tr::EN, 33.6e9, Unit::Mmk), "33.6 bn MMK");
        assert_eq!(short_value_in(crate::i18n::Tr::EN, 16e6, Unit::Usd), "US$ 16.0 m");
        assert_eq!(short_value_in(crate::i18n::Tr::EN, 950.0, Unit::Usd), "US$ 950");
    }

    #[test]
    fn qualifiers_are_shown() {
        let over = Figure::new(33.6e9, Qualifier::Over);
        assert_eq!(over.long_in(crate::i18n::Tr::EN, Unit::Mmk), "over 33.6 billion kyats");
        assert_eq!(over.short_in(crate::i18n::Tr::EN, Unit::Mmk), "> 33.6 bn MMK");
        let at_least = Figure::new(701.0, Qualifier::AtLeast);
        assert_eq!(at_least.long_in(crate::i18n::Tr::EN, Unit::Count), "at least 701");
        assert_eq!(at_least.short_in(crate::i18n::Tr::EN, Unit::Count), "≥ 701");
        assert_eq!(
            Figure::exact(5699.0).short_in(crate::i18n::Tr::EN, Unit::Count),
            "5,699"
        );
    }

    #[test]
    fn intervals() {
        assert_eq!(Interval::of(10.0, Qualifier::Exact), Interval { lo: 10.0, hi: 10.0 });
        assert_eq!(Interval::of(10.0, Qualifier::AtLeast).hi, f64::INFINITY);
        assert_eq!(Interval::of(10.0, Qualifier::Under), Interval { lo: 0.0, hi: 10.0 });
        let about = Interval::of(100.0, Qualifier::About);
        assert!((about.lo - 90.0).abs() < 1e-9 && (about.hi - 110.0).abs() < 1e-9);
        let sum = Interval::of(1386.0, Qualifier::Exact).plus(Interval::of(701.0, Qualifier::AtLeast));
        assert_eq!(sum.lo, 2087.0);
        assert!(sum.meets(Interval::of(3000.0, Qualifier::Exact)));
        assert!(!sum.meets(Interval::of(2000.0, Qualifier::Exact)));
    }

    #[test]
    fn qualifiers_in_burmese_sit_where_burmese_puts_them() {
        let over = Figure::new(5000.0, Qualifier::Over);
        assert_eq!(over.long_in(Tr::MY, Unit::Count), "၅,၀၀၀ ကျော်");
        let at_least = Figure::new(701.0, Qualifier::AtLeast);
        assert_eq!(at_least.long_in(Tr::MY, Unit::Count), "အနည်းဆုံး ၇၀၁");
        assert_eq!(
            Figure::new(500.0, Qualifier::About).long_in(Tr::MY, Unit::Count),
            "၅၀၀ ခန့်"
        );
        assert_eq!(at_least.short_in(Tr::MY, Unit::Count), "≥ ၇၀၁");
        let money = Figure::new(33.6e9, Qualifier::Over);
        assert_eq!(money.long_in(Tr::MY, Unit::Mmk), "ကျပ် ၃၃.၆ ဘီလီယံ ကျော်");
        assert_eq!(short_value_in(Tr::MY, 16e6, Unit::Usd), "ဒေါ်လာ ၁၆.၀ သန်း");
        for q in Qualifier::ALL {
            let en = Figure::new(10.0, q).long_in(crate::i18n::Tr::EN, Unit::Count);
            assert_eq!(
                en,
                if q.words().is_empty() {
                    "10".to_owned()
                } else {
                    format!("{} 10", q.words())
                }
            );
        }
    }

    #[test]
    fn percentages() {
        assert_eq!(percent_in(crate::i18n::Tr::EN, 31.56), "+31.6 %");
        assert_eq!(percent_in(crate::i18n::Tr::EN, -4.0), "−4.0 %");
        assert_eq!(percent_in(Tr::MY, 31.56), "+၃၁.၆ %");
    }
}
