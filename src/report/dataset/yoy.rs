//! Year-over-year change: each value against the previous year that has one, qualifiers carried
//! through as intervals, and skipped years said rather than hidden.

use crate::report::model::figure::{Figure, Interval, Qualifier, Unit, percent_in, short_value_in};

/// The change of a series from one reported year to the next reported year.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Change {
    /// The earlier year.
    pub from_year: i32,
    /// The later year.
    pub to_year: i32,
    /// Later value minus earlier value, as reported.
    pub abs: f64,
    /// The change in percent of the earlier value (`None` when that was zero).
    pub pct: Option<f64>,
    /// What the qualifiers allow of the change: exact, at least, at most, or about.
    pub qualifier: Qualifier,
    /// True when the qualifiers leave even the direction of the change open.
    pub unbounded: bool,
    /// Years between the two with no value.
    pub missing_years: Vec<i32>,
}

impl Change {
    /// `Self::label`, in a language and its digits.
    pub fn label_in(&self, tr: crate::i18n::Tr) -> String {
        let body = match self.pct {
            Some(p) => percent_in(tr, p),
            None => tr.t("change-new"),
        };
        let out = if self.unbounded {
            format!("{body}?")
        } else {
            format!("{}{body}", self.qualifier.symbol())
        };
        if self.missing_years.is_empty() {
            out
        } else {
            tr.f(
                "change-since",
                &[("change", out.into()), ("year", tr.year(self.from_year).into())],
            )
        }
    }

    /// `Self::describe`, in a language and its digits.
    pub fn describe_in(&self, tr: crate::i18n::Tr, unit: Unit) -> String {
        let sign = if self.abs >= 0.0 { "+" } else { "−" };
        let mut change = format!("{sign}{}", short_value_in(tr, self.abs.abs(), unit));
        if let Some(p) = self.pct {
            change.push_str(&format!(" ({})", percent_in(tr, p)));
        }
        let mut out = tr.f(
            "change-from-to",
            &[
                ("change", change.into()),
                ("from", tr.year(self.from_year).into()),
                ("to", tr.year(self.to_year).into()),
            ],
        );
        let qualified = match self.qualifier {
            _ if self.unbounded => Some("change-open"),
            Qualifier::Exact => None,
            Qualifier::Over => Some("change-qualified-over"),
            Qualifier::AtLeast => Some("change-qualified-at_least"),
            Qualifier::About => Some("change-qualified-about"),
            Qualifier::Under => Some("change-qualified-under"),
            Qualifier::AtMost => Some("change-qualified-at_most"),
        };
        if let Some(key) = qualified {
            out.push_str("; ");
            out.push_str(&tr.t(key));
        }
        if !self.missing_years.is_empty() {
            let years: Vec<String> = self.missing_years.iter().map(|y| tr.year(*y)).collect();
            out.push_str("; ");
            out.push_str(&tr.f("change-missing", &[("years", years.join(", ").into())]));
        }
        out
    }
}

/// Changes between consecutive reported years, sorted by year. `points` need not be sorted; a
/// year given more than once uses its first figure. O(n log n).
pub fn changes(points: &[(i32, &Figure)]) -> Vec<Change> {
    let mut sorted: Vec<(i32, &Figure)> = points.to_vec();
    // Stable: of a year's figures, the first given stays first and is kept.
    sorted.sort_by_key(|(year, _)| *year);
    sorted.dedup_by_key(|(year, _)| *year);
    sorted
        .windows(2)
        .map(|pair| {
            let (y0, f0) = pair[0];
            let (y1, f1) = pair[1];
            change(y0, f0, y1, f1)
        })
        .collect()
}

/// The change from one year's figure to a later year's.
pub(super) fn change(from_year: i32, from: &Figure, to_year: i32, to: &Figure) -> Change {
    let abs = to.value - from.value;
    let pct = (from.value != 0.0).then(|| abs / from.value * 100.0);
    let (a, b): (Interval, Interval) = (from.interval(), to.interval());
    let lo = b.lo - a.hi;
    let hi = b.hi - a.lo;
    let only_about = [from.qualifier, to.qualifier]
        .iter()
        .all(|q| matches!(q, Qualifier::Exact | Qualifier::About));
    let (qualifier, unbounded) = match (lo.is_finite(), hi.is_finite()) {
        (true, true) if lo == hi => (Qualifier::Exact, false),
        // One bound is the reported change itself: that bound is what the figures say.
        (true, _) if lo == abs => (Qualifier::AtLeast, false),
        (_, true) if hi == abs => (Qualifier::AtMost, false),
        (true, true) if only_about => (Qualifier::About, false),
        (true, false) => (Qualifier::AtLeast, false),
        (false, true) => (Qualifier::AtMost, false),
        _ => (Qualifier::About, true),
    };
    Change {
        from_year,
        to_year,
        abs,
        pct,
        qualifier,
        unbounded,
        missing_years: (from_year + 1..to_year).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn funding_changes_from_the_sample() {
        let f23 = Figure::exact(25e9);
        let f24 = Figure::exact(32.9e9);
        let f25 = Figure::new(33.6e9, Qualifier::Over);
        let out = changes(&[(2025, &f25), (2023, &f23), (2024, &f24)]);
        assert_eq!(out.len(), 2);
        assert_eq!((out[0].from_year, out[0].to_year), (2023, 2024));
        assert_eq!(out[0].label_in(crate::i18n::Tr::EN), "+31.6 %");
        assert_eq!(out[0].qualifier, Qualifier::Exact);
        assert_eq!(out[1].qualifier, Qualifier::AtLeast);
        assert_eq!(out[1].label_in(crate::i18n::Tr::EN), "≥ +2.1 %");
        assert!(
            out[1]
                .describe_in(crate::i18n::Tr::EN, Unit::Mmk)
                .starts_with("+0.7 bn MMK (+2.1 %) from 2024 to 2025; at least that")
        );
    }

    #[test]
    fn a_gap_year_is_said() {
        let a = Figure::exact(100.0);
        let b = Figure::exact(90.0);
        let out = changes(&[(2021, &a), (2024, &b)]);
        assert_eq!(out[0].missing_years, vec![2022, 2023]);
        assert_eq!(out[0].label_in(crate::i18n::Tr::EN), "−10.0 % since 2021");
        assert!(
            out[0]
                .describe_in(crate::i18n::Tr::EN, Unit::Count)
                .ends_with("no figure for 2022, 2023")
        );
    }

    #[test]
    fn two_lower_bounds_leave_the_change_open() {
        let a = Figure::new(100.0, Qualifier::AtLeast);
        let b = Figure::new(120.0, Qualifier::Over);
        let out = changes(&[(2020, &a), (2021, &b)]);
        assert!(out[0].unbounded);
        assert_eq!(out[0].label_in(crate::i18n::Tr::EN), "+20.0 %?");
    }

    #[test]
    fn an_upper_bound_gives_an_at_most_change() {
        let a = Figure::exact(100.0);
        let b = Figure::new(120.0, Qualifier::Under);
        let out = changes(&[(2020, &a), (2021, &b)]);
        assert_eq!(out[0].qualifier, Qualifier::AtMost);
        assert_eq!(out[0].label_in(crate::i18n::Tr::EN), "≤ +20.0 %");
        let c = Figure::new(100.0, Qualifier::About);
        let out = changes(&[(2020, &a), (2021, &c)]);
        assert_eq!(out[0].qualifier, Qualifier::About);
    }

    #[test]
    fn from_zero_has_no_percentage() {
        let a = Figure::exact(0.0);
        let b = Figure::exact(5.0);
        let out = changes(&[(2020, &a), (2021, &b)]);
        assert_eq!(out[0].pct, None);
        assert_eq!(out[0].label_in(crate::i18n::Tr::EN), "new");
    }

    #[test]
    fn a_repeated_year_uses_its_first_figure() {
        let (a, b, c) = (Figure::exact(100.0), Figure::exact(999.0), Figure::exact(110.0));
        let out = changes(&[(2021, &c), (2020, &a), (2020, &b)]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].abs, 10.0);
    }
}
