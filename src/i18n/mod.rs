//! The words of the interface and of every picture, in English or Burmese: one catalog per
//! language (`assets/i18n/en.ftl`, `assets/i18n/my.ftl`, Fluent), numbers written for people
//! (thousands separators, Latin or Myanmar digits), and where Burmese lines may break. Knows
//! nothing of the window, so the model, the charts and the command line use it alike.
//!
//! The language is passed as a [`Tr`] value (language and digits), never read from a global:
//! an export or `render --lang my` is in Burmese whatever the window shows.
//!
//! - [`catalog`]: the two catalogs, parsed once.
//! - [`numbers`]: numbers for people, in one place.
//! - [`syllables`]: Myanmar syllables, and the break opportunities between them.
//! - [`zawgyi`]: Burmese typed in the Zawgyi encoding, told apart from Unicode and converted.

pub mod catalog;
pub mod numbers;
pub mod syllables;
pub mod zawgyi;

use std::borrow::Cow;

pub use syllables::{MYANMAR_LINE_HEIGHT, breakable, has_myanmar};

/// A language of the interface and of pictures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    /// English.
    #[default]
    #[serde(rename = "en")]
    En,
    /// Burmese (Myanmar language).
    #[serde(rename = "my")]
    My,
}

impl Lang {
    /// Every language, in menu order.
    pub const ALL: [Self; 2] = [Self::En, Self::My];

    /// The code used on the command line and in settings: `en`, `my`.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::My => "my",
        }
    }

    /// The language of a code (`en`, `my`, also `my_MM.UTF-8`, `en-GB`), if it is one.
    pub fn from_code(code: &str) -> Option<Self> {
        let base = code.split(['_', '-', '.', '@']).next().unwrap_or_default();
        match base.to_ascii_lowercase().as_str() {
            "en" => Some(Self::En),
            "my" | "bur" | "mya" => Some(Self::My),
            _ => None,
        }
    }

    /// The language the system asks for (`LC_ALL`, then `LC_MESSAGES`, then `LANG`): Burmese for
    /// `my_MM.UTF-8`, English otherwise.
    pub fn from_env() -> Self {
        Self::from_locale(|name| std::env::var(name).ok())
    }

    /// [`Self::from_env`] over any lookup of the locale variables.
    pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Self {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty())
            .and_then(|value| Self::from_code(&value))
            .unwrap_or_default()
    }

    /// The language's name in itself, for the menu: "English", "မြန်မာ".
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::My => "မြန်မာ",
        }
    }

    /// The digits numbers are written with unless the user chose: Myanmar digits in Burmese.
    pub fn default_digits(self) -> Digits {
        match self {
            Self::En => Digits::Latin,
            Self::My => Digits::Myanmar,
        }
    }
}

/// The digits numbers are written with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Digits {
    /// 0–9.
    #[default]
    #[serde(rename = "latin")]
    Latin,
    /// ၀–၉.
    #[serde(rename = "myanmar")]
    Myanmar,
}

impl Digits {
    /// Both, in menu order.
    pub const ALL: [Self; 2] = [Self::Myanmar, Self::Latin];
}

/// How to write for people: the language and the digits. Cheap to copy; passed to every place
/// that writes words or numbers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Tr {
    /// The catalog's language.
    pub lang: Lang,
    /// The digits of numbers.
    pub digits: Digits,
}

/// A value put into a catalog message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    /// A number: written with thousands separators and the chosen digits; also chooses plural forms.
    Num(f64),
    /// Text, as it is (report text, or words already written).
    Text(Cow<'a, str>),
}

impl From<f64> for Arg<'_> {
    fn from(value: f64) -> Self {
        Self::Num(value)
    }
}

impl From<usize> for Arg<'_> {
    fn from(value: usize) -> Self {
        Self::Num(value as f64)
    }
}

impl From<u64> for Arg<'_> {
    fn from(value: u64) -> Self {
        Self::Num(value as f64)
    }
}

impl From<i64> for Arg<'_> {
    fn from(value: i64) -> Self {
        Self::Num(value as f64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(value: u32) -> Self {
        Self::Num(f64::from(value))
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(value: &'a str) -> Self {
        Self::Text(Cow::Borrowed(value))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(value: &'a String) -> Self {
        Self::Text(Cow::Borrowed(value))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(value: Cow<'a, str>) -> Self {
        Self::Text(value)
    }
}

impl From<String> for Arg<'_> {
    fn from(value: String) -> Self {
        Self::Text(Cow::Owned(value))
    }
}

/// A value of [`Said`]: kept until the words are written in a language.
#[derive(Clone, Debug, PartialEq)]
pub enum SaidArg {
    /// Text as it is (what was typed, a name).
    Text(String),
    /// A number, written with the language's digits and separators.
    Num(f64),
    /// A year (or a count written without separators), in the language's digits.
    Year(i32),
    /// The words of another catalog key ("a town's name").
    Words(&'static str),
}

/// Words the model says to a person (why a cell's text was refused, why a change could not be
/// made), kept as a catalog key and its values so that the window writes them in its language.
/// Shown with `{}` they are in English, as scripts and files have them.
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    /// The catalog key.
    pub key: &'static str,
    /// The values put in.
    pub args: Vec<(&'static str, SaidArg)>,
}

impl Said {
    /// Words with no values.
    pub fn new(key: &'static str) -> Self {
        Self { key, args: Vec::new() }
    }

    /// The same words with a text value.
    #[must_use]
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, SaidArg::Text(value.into())));
        self
    }

    /// The same words with a number.
    #[must_use]
    pub fn num(mut self, name: &'static str, value: f64) -> Self {
        self.args.push((name, SaidArg::Num(value)));
        self
    }

    /// The same words with a year.
    #[must_use]
    pub fn year(mut self, name: &'static str, value: i32) -> Self {
        self.args.push((name, SaidArg::Year(value)));
        self
    }

    /// The same words with the words of another key put in.
    #[must_use]
    pub fn words_of(mut self, name: &'static str, key: &'static str) -> Self {
        self.args.push((name, SaidArg::Words(key)));
        self
    }

    /// The words in a language.
    pub fn words(&self, tr: Tr) -> String {
        let args: Vec<(&str, Arg<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    SaidArg::Text(t) => Arg::from(t.as_str()),
                    SaidArg::Num(n) => Arg::Num(*n),
                    SaidArg::Year(y) => Arg::from(tr.year(*y)),
                    SaidArg::Words(key) => Arg::from(tr.t(key)),
                };
                (*name, value)
            })
            .collect();
        tr.f(self.key, &args)
    }
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(Tr::EN))
    }
}

impl Tr {
    /// English with Latin digits: what scripts, logs and the file format use.
    pub const EN: Self = Self {
        lang: Lang::En,
        digits: Digits::Latin,
    };

    /// Burmese with Myanmar digits.
    pub const MY: Self = Self {
        lang: Lang::My,
        digits: Digits::Myanmar,
    };

    /// A language with its usual digits.
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            digits: lang.default_digits(),
        }
    }

    /// The catalog's text for a key.
    pub fn t(self, key: &str) -> String {
        catalog::format(self, key, &[])
    }

    /// The catalog's text for a key with values put in: `tr.f("caption-notes-more", &[("n", 3_u32.into())])`.
    pub fn f(self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        catalog::format(self, key, args)
    }

    /// A whole number with thousands separators: 9549 → "9,549" or "၉,၅၄၉".
    pub fn n(self, value: f64) -> String {
        numbers::grouped(value, self.digits)
    }

    /// A number with up to `decimals` decimals, trailing zeros dropped: 33.60 → "33.6" or "၃၃.၆".
    pub fn dec(self, value: f64, decimals: usize) -> String {
        numbers::decimal(value, decimals, self.digits)
    }

    /// A number with exactly `decimals` decimals: 16 → "16.0".
    pub fn fixed(self, value: f64, decimals: usize) -> String {
        numbers::fixed(value, decimals, self.digits)
    }

    /// A year, or any number written without separators: 2025 → "2025" or "၂၀၂၅".
    pub fn year(self, year: i32) -> String {
        numbers::digits(&year.to_string(), self.digits).into_owned()
    }

    /// Text whose Latin digits are written in the chosen digits (dates: "2025-12-31").
    pub fn digits<'a>(self, text: &'a str) -> Cow<'a, str> {
        numbers::digits(text, self.digits)
    }

    /// A well-known category, side or status in the language ("killed" → "သေဆုံး"); any other
    /// label as the report wrote it.
    pub fn term<'a>(self, label: &'a str) -> Cow<'a, str> {
        if self.lang == Lang::En {
            // The catalog's English is the labels' own; a report's capitals stay.
            return Cow::Borrowed(label);
        }
        match catalog::term_key(label) {
            Some(key) => Cow::Owned(self.t(key)),
            None => Cow::Borrowed(label),
        }
    }

    /// A name the map draws (a state or region, a neighbouring country, a sea) in the language;
    /// any other name as written.
    pub fn place<'a>(self, name: &'a str) -> Cow<'a, str> {
        if self.lang == Lang::En {
            return Cow::Borrowed(name);
        }
        if let Some(key) = catalog::place_key(name) {
            return Cow::Owned(self.t(key));
        }
        // MIMU's parts of a state: "Shan (South)".
        if let Some((state, part)) = name.strip_suffix(')').and_then(|n| n.split_once(" ("))
            && let (Some(state), Some(part)) = (catalog::place_key(state), catalog::place_key(part))
        {
            return Cow::Owned(format!("{} ({})", self.t(state), self.t(part)));
        }
        Cow::Borrowed(name)
    }

    /// A township status in the language ("captured" → "သိမ်းပိုက်ပြီး"); any other label as written.
    pub fn status<'a>(self, label: &'a str) -> Cow<'a, str> {
        if self.lang == Lang::En {
            return Cow::Borrowed(label);
        }
        match catalog::status_key(label) {
            Some(key) => Cow::Owned(self.t(key)),
            None => Cow::Borrowed(label),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_system_locale_picks_the_language() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned())
        };
        assert_eq!(Lang::from_locale(env(&[("LANG", "my_MM.UTF-8")])), Lang::My);
        assert_eq!(Lang::from_locale(env(&[("LANG", "en_GB.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_locale(env(&[("LANG", "C.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_locale(env(&[])), Lang::En);
        assert_eq!(
            Lang::from_locale(env(&[("LC_ALL", "my_MM.UTF-8"), ("LANG", "en_US.UTF-8")])),
            Lang::My,
            "LC_ALL wins"
        );
        assert_eq!(
            Lang::from_locale(env(&[("LC_ALL", ""), ("LANG", "my_MM")])),
            Lang::My,
            "an empty variable is skipped"
        );
    }

    #[test]
    fn lc_messages_chooses_the_language_of_messages() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned())
        };
        assert_eq!(
            Lang::from_locale(env(&[("LC_MESSAGES", "my_MM.UTF-8"), ("LANG", "en_US.UTF-8")])),
            Lang::My,
            "LC_MESSAGES before LANG"
        );
        assert_eq!(
            Lang::from_locale(env(&[("LC_MESSAGES", "en_GB.UTF-8"), ("LANG", "my_MM.UTF-8")])),
            Lang::En,
            "English messages on a Burmese system"
        );
        assert_eq!(
            Lang::from_locale(env(&[("LC_ALL", "en_US.UTF-8"), ("LC_MESSAGES", "my_MM.UTF-8")])),
            Lang::En,
            "LC_ALL before LC_MESSAGES"
        );
        assert_eq!(
            Lang::from_locale(env(&[("LC_MESSAGES", ""), ("LANG", "my_MM")])),
            Lang::My,
            "an empty LC_MESSAGES is skipped"
        );
        assert_eq!(
            Lang::from_locale(env(&[("LC_MESSAGES", "C"), ("LANG", "my_MM.UTF-8")])),
            Lang::En,
            "LC_MESSAGES=C asks for the untranslated messages"
        );
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("fr"), None);
    }

    #[test]
    fn burmese_uses_myanmar_digits_unless_told() {
        assert_eq!(Tr::new(Lang::My).n(9549.0), "၉,၅၄၉");
        let latin = Tr {
            lang: Lang::My,
            digits: Digits::Latin,
        };
        assert_eq!(latin.n(9549.0), "9,549");
        assert_eq!(Tr::EN.n(9549.0), "9,549");
        assert_eq!(Tr::MY.year(2025), "၂၀၂၅");
        assert_eq!(Tr::MY.digits("2025-12-31"), "၂၀၂၅-၁၂-၃၁");
    }

    #[test]
    fn well_known_terms_are_translated_and_others_kept() {
        assert_eq!(Tr::EN.term("killed"), "killed");
        assert_ne!(Tr::MY.term("killed"), "killed");
        assert_eq!(Tr::MY.term("Killed"), Tr::MY.term("killed"));
        assert_eq!(Tr::MY.term("drone-only attacks"), "drone-only attacks");
    }
}
