//! The catalogs: `assets/i18n/en.ftl` and `assets/i18n/my.ftl`, in Fluent's syntax (the Rust
//! ecosystem's convention, read by `fluent-bundle`: plural forms chosen by each language's rules,
//! and files a translator can correct without reading code). Embedded in the binary, parsed
//! once, on first use.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Arg, Digits, Lang, Tr, numbers};

/// The English catalog's text.
pub const EN_FTL: &str = include_str!("../../assets/i18n/en.ftl");

/// The Burmese catalog's text.
pub const MY_FTL: &str = include_str!("../../assets/i18n/my.ftl");

type Bundle = FluentBundle<&'static FluentResource>;

/// A catalog's text.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => EN_FTL,
        Lang::My => MY_FTL,
    }
}

/// A catalog parsed, once per process. A syntax error keeps the entries that parse (the
/// catalogs' test fails on any error).
fn resource(lang: Lang) -> &'static FluentResource {
    static EN: OnceLock<FluentResource> = OnceLock::new();
    static MY: OnceLock<FluentResource> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::My => &MY,
    };
    cell.get_or_init(|| FluentResource::try_new(source(lang).to_owned()).unwrap_or_else(|(partial, _)| partial))
}

/// Numbers put into messages, in Latin digits with thousands separators.
fn latin_numbers(value: &FluentValue<'_>, _: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(numbers::decimal(n.value, 3, Digits::Latin)),
        _ => None,
    }
}

/// Numbers put into messages, in Myanmar digits with thousands separators.
fn myanmar_numbers(value: &FluentValue<'_>, _: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(numbers::decimal(n.value, 3, Digits::Myanmar)),
        _ => None,
    }
}

/// The bundle of a language and digits, made once.
fn bundle(tr: Tr) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 4] = [const { OnceLock::new() }; 4];
    let i = match (tr.lang, tr.digits) {
        (Lang::En, Digits::Latin) => 0,
        (Lang::En, Digits::Myanmar) => 1,
        (Lang::My, Digits::Latin) => 2,
        (Lang::My, Digits::Myanmar) => 3,
    };
    BUNDLES[i].get_or_init(|| {
        let id: unic_langid::LanguageIdentifier = tr.lang.code().parse().unwrap_or_default();
        let mut bundle = Bundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(match tr.digits {
            Digits::Latin => latin_numbers,
            Digits::Myanmar => myanmar_numbers,
        }));
        // Entries that clash are reported by the catalogs' test; the first one stays.
        let _ = bundle.add_resource(resource(tr.lang));
        bundle
    })
}

/// A message of the catalog with its values put in.
///
/// A key the catalog lacks, or a message that cannot be formatted (a value it names is not
/// given), is a fault of the program: a debug build (every test) panics on it, so a test finds
/// it; a release build shows the English text, or else the key itself, rather than nothing.
pub fn format(tr: Tr, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    match format_in(bundle(tr), key, args) {
        Ok(text) => text,
        Err(problem) => {
            debug_assert!(false, "catalog `{}`: {problem}", tr.lang.code());
            log::error!("catalog `{}`: {problem}", tr.lang.code());
            if tr.lang != Lang::En
                && let Ok(text) = format_in(bundle(Tr { lang: Lang::En, ..tr }), key, args)
            {
                return text;
            }
            key.to_owned()
        }
    }
}

/// The message, or what is wrong with it.
fn format_in(bundle: &Bundle, key: &str, args: &[(&str, Arg<'_>)]) -> Result<String, String> {
    let pattern = bundle
        .get_message(key)
        .and_then(|m| m.value())
        .ok_or_else(|| format!("no message `{key}`"))?;
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        match value {
            Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
            Arg::Text(t) => fluent_args.set(*name, FluentValue::from(t.as_ref())),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if errors.is_empty() {
        Ok(text.into_owned())
    } else {
        Err(format!("message `{key}`: {errors:?}"))
    }
}

/// The ids of a catalog's messages, in file order (for the catalogs' test).
pub fn ids(lang: Lang) -> Vec<String> {
    resource(lang)
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Syntax errors in a catalog, as text (for the catalogs' test).
pub fn errors(lang: Lang) -> Vec<String> {
    match FluentResource::try_new(source(lang).to_owned()) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors.iter().map(|e| format!("{e:?}")).collect(),
    }
}

/// The catalog key of a well-known label (a loss category, a side, a township status, the
/// charts' own series), matched without regard to case; `None` for any other label.
pub fn term_key(label: &str) -> Option<&'static str> {
    const TERMS: [(&str, &str); 17] = [
        ("killed", "term-killed"),
        ("injured", "term-injured"),
        ("captured", "term-captured"),
        ("defected", "term-defected"),
        ("surrendered", "term-surrendered"),
        ("surrounded", "term-surrounded"),
        ("contested", "term-contested"),
        ("resistance administration", "term-resistance-administration"),
        ("junta administration", "term-junta-administration"),
        ("not reported", "term-not-reported"),
        ("total", "term-total"),
        ("all battles", "term-all-battles"),
        ("not broken down", "term-not-broken-down"),
        ("total, no breakdown", "term-total-no-breakdown"),
        ("junta", "term-junta"),
        ("resistance", "term-resistance"),
        ("unspecified", "term-unspecified"),
    ];
    TERMS
        .iter()
        .find(|(label_en, _)| label.eq_ignore_ascii_case(label_en))
        .map(|(_, key)| *key)
}

/// The catalog key of a township status ("captured" → a township captured, not a person);
/// other well-known labels as [`term_key`].
pub fn status_key(label: &str) -> Option<&'static str> {
    const STATUSES: [(&str, &str); 3] = [
        ("captured", "status-captured"),
        ("surrounded", "status-surrounded"),
        ("contested", "status-contested"),
    ];
    STATUSES
        .iter()
        .find(|(label_en, _)| label.eq_ignore_ascii_case(label_en))
        .map(|(_, key)| *key)
        .or_else(|| term_key(label))
}
