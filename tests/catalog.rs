//! The catalogs: both parse, hold the same keys with the same values put in, and every key is
//! used by the code (a key the code asks for but a catalog lacks fails too).

use std::collections::BTreeSet;
use std::path::Path;

use fieldreport::i18n::catalog::{errors, ids, source};
use fieldreport::i18n::{Lang, Tr};

/// Every Rust source file under `src/`, as text.
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("src is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a source file reads");
                out.push((path.display().to_string(), text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// The `{ $name }` values a message of a catalog puts in, from its text.
fn variables(lang: Lang, key: &str) -> BTreeSet<String> {
    body(lang, key)
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.trim_start().strip_prefix('$'))
        .map(|rest| rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect())
        .collect()
}

/// A message's text in a catalog, with its continuation lines.
fn body(lang: Lang, key: &str) -> String {
    let text = source(lang);
    let start = text
        .lines()
        .position(|l| l.starts_with(&format!("{key} =")))
        .unwrap_or_else(|| panic!("{key} in {lang:?}"));
    // The message and its continuation lines (indented, or a closing brace).
    let body: Vec<&str> = text
        .lines()
        .skip(start)
        .enumerate()
        .take_while(|(i, l)| *i == 0 || l.starts_with(' ') || l.starts_with('}'))
        .map(|(_, l)| l)
        .collect();
    body.join("\n")
}

#[test]
fn both_catalogs_parse() {
    for lang in Lang::ALL {
        assert_eq!(errors(lang), Vec::<String>::new(), "{lang:?}");
    }
}

#[test]
fn both_catalogs_have_the_same_keys_and_values() {
    let en: Vec<String> = ids(Lang::En);
    let my: Vec<String> = ids(Lang::My);
    let (en_set, my_set): (BTreeSet<&String>, BTreeSet<&String>) = (en.iter().collect(), my.iter().collect());
    assert_eq!(en.len(), en_set.len(), "a key given twice in en.ftl");
    assert_eq!(my.len(), my_set.len(), "a key given twice in my.ftl");
    let missing_in_my: Vec<&&String> = en_set.difference(&my_set).collect();
    let missing_in_en: Vec<&&String> = my_set.difference(&en_set).collect();
    assert!(missing_in_my.is_empty(), "missing from my.ftl: {missing_in_my:?}");
    assert!(missing_in_en.is_empty(), "missing from en.ftl: {missing_in_en:?}");
    for key in &en {
        let (en_vars, my_vars) = (variables(Lang::En, key), variables(Lang::My, key));
        let unknown: Vec<&String> = my_vars.difference(&en_vars).collect();
        assert!(
            unknown.is_empty(),
            "my.ftl's {key} puts in values the program does not give: {unknown:?}"
        );
        // Burmese has no plural forms: a value English only chooses its form by may go.
        for dropped in en_vars.difference(&my_vars) {
            assert!(
                body(Lang::En, key).contains(&format!("${dropped} ->")),
                "my.ftl's {key} leaves out {{ ${dropped} }}"
            );
        }
    }
}

#[test]
fn every_key_is_used_by_the_code_and_every_key_used_is_in_the_catalogs() {
    let sources = sources();
    let keys: BTreeSet<String> = ids(Lang::En).into_iter().collect();
    let unused: Vec<&String> = keys
        .iter()
        .filter(|key| !sources.iter().any(|(_, text)| text.contains(&format!("\"{key}\""))))
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
    // Every literal passed to `t(` or `f(` names a key of the catalogs.
    for (path, text) in &sources {
        for call in [".t(", ".f("] {
            for (at, _) in text.match_indices(call) {
                let Some(rest) = text[at + call.len()..].trim_start().strip_prefix('"') else {
                    continue;
                };
                let key: String = rest.chars().take_while(|c| *c != '"').collect();
                if key.contains(' ') || key.is_empty() {
                    continue;
                }
                assert!(keys.contains(&key), "{path}: `{key}` is in no catalog");
            }
        }
    }
}

#[test]
fn a_message_reads_the_same_in_burmese_whatever_the_digits() {
    let latin = Tr {
        digits: fieldreport::i18n::Digits::Latin,
        ..Tr::MY
    };
    let with_myanmar = Tr::MY.f(
        "caption-years-range",
        &[("first", Tr::MY.year(2023).into()), ("last", Tr::MY.year(2025).into())],
    );
    let with_latin = latin.f(
        "caption-years-range",
        &[("first", latin.year(2023).into()), ("last", latin.year(2025).into())],
    );
    assert!(
        with_myanmar.contains("၂၀၂၃") && with_myanmar.contains("၂၀၂၅"),
        "{with_myanmar}"
    );
    assert!(
        with_latin.contains("2023") && with_latin.contains("2025"),
        "{with_latin}"
    );
    assert_eq!(
        with_myanmar.replace(['၂', '၀', '၃', '၅'], ""),
        with_latin.replace(['2', '0', '3', '5'], "")
    );
    assert_eq!(
        Tr::MY.f("caption-notes-more", &[("n", 9549_u32.into())]),
        Tr::MY.f("caption-notes-more", &[("n", "၉,၅၄၉".into())]),
        "a number put in is written with Myanmar digits and separators"
    );
}

/// Latin words the Burmese catalog may keep: names, formats and keys as they are written on the
/// keyboard or in a file.
const LATIN_KEPT: &[&str] = &[
    "fieldreport",
    "PNG",
    "CSV",
    "JSON",
    "PDF",
    "SVG",
    "SHA",
    "Ctrl",
    "Shift",
    "Enter",
    "Tab",
    "Delete",
    "Esc",
    "Escape",
    "MMK",
    "USD",
    "YYYY",
    "MM",
    "DD",
    "txt",
    "zenity",
    "desktop",
    "portal",
    "path",
    "http",
    "https",
    "MIMU",
    "Pcode",
    // The names of the map's data sources.
    "Natural",
    "Earth",
    "Place",
    "Codes",
    // Event data sources, formats, the bundled fonts' and licences' names, the map data's
    // publisher, and a command line as it is typed.
    "ACLED",
    "UCDP",
    "GED",
    "SVG",
    "PDF",
    "README",
    "MIT",
    "Apache",
    "Bitstream",
    "DejaVu",
    "Sans",
    "Vera",
    "Padauk",
    "SIL",
    "International",
    "Open",
    "Font",
    "License",
    "Myanmar",
    "Information",
    "Management",
    "Unit",
    "convert",
    "to",
    "unicode",
    "zawgyi",
    // File formats, named as their makers name them.
    "GeoJSON",
    "shapefile",
];

#[test]
fn the_burmese_catalog_has_no_english_words() {
    let mut found = Vec::new();
    for line in source(Lang::My).lines() {
        let Some((key, value)) = line.split_once(" = ").filter(|_| !line.starts_with('#')) else {
            continue;
        };
        // Placeables ({ $name }, { -term }) are names, not words.
        let mut words = String::new();
        let mut depth = 0;
        for c in value.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ if depth == 0 => words.push(c),
                _ => {}
            }
        }
        for word in words.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| w.len() >= 2) {
            let placeholder = key == "path-prompt-hint" && ["to", "report", "json"].contains(&word);
            if !(LATIN_KEPT.contains(&word) || placeholder) {
                found.push(format!("{key}: {word}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "English left in the Burmese catalog:\n{}",
        found.join("\n")
    );
}
