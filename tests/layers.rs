//! The modules form layers: each may use only the ones below it. This test reads every source
//! file's `crate::…` paths and fails when a module reaches up (or sideways into a module that
//! is not below it), so the shape stays what `src/lib.rs` says it is.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Bottom to top, as `src/lib.rs` lists them.
const LAYERS: [&str; 11] = [
    "i18n", "report", "charts", "fonts", "export", "command", "io", "state", "ui", "app", "cli",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a source file belongs to (`src/charts/plot.rs` → `charts`).
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(src).ok()?;
    let first = relative.components().next()?.as_os_str().to_string_lossy().into_owned();
    Some(first.trim_end_matches(".rs").to_owned())
}

/// The top-level modules a source text names through `crate::`, comments left out.
fn uses(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or_default();
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            if let Some(braced) = rest.strip_prefix('{') {
                // `use crate::{a::x, b};`: every name in the braces.
                let inner = braced.split('}').next().unwrap_or_default();
                for part in inner.split(',') {
                    let name: String = part
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        out.insert(name);
                    }
                }
            } else {
                let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        }
    }
    out
}

#[test]
fn no_module_uses_one_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    let mut seen = BTreeSet::new();
    for file in &files {
        let Some(module) = module_of(&src, file) else { continue };
        if module == "lib" || module == "main" {
            continue;
        }
        seen.insert(module.clone());
        let level = LAYERS
            .iter()
            .position(|l| *l == module)
            .unwrap_or_else(|| panic!("`{module}` is not in the list of layers: add it to LAYERS and lib.rs"));
        let text = std::fs::read_to_string(file).expect("a readable source file");
        for used in uses(&text) {
            match LAYERS.iter().position(|l| *l == used) {
                Some(other) if other > level => {
                    wrong.push(format!("{} uses `{used}`, a layer above `{module}`", file.display()));
                }
                _ => {}
            }
        }
    }
    assert!(wrong.is_empty(), "modules reach up:\n{}", wrong.join("\n"));
    assert_eq!(seen.len(), LAYERS.len(), "every layer has source: {seen:?}");
}

#[test]
fn the_reader_finds_uses_in_every_form() {
    let text =
        "use crate::charts::Chart;\nuse crate::{io::Worker, state};\nlet x = crate::report::sample(); // crate::ui\n";
    let found: Vec<String> = uses(text).into_iter().collect();
    assert_eq!(found, ["charts", "io", "report", "state"]);
}

#[test]
fn the_model_never_uses_egui() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/report");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a readable source file");
        assert!(
            !text.contains("egui"),
            "{} mentions egui: the model knows nothing of the window",
            file.display()
        );
    }
}

#[test]
fn the_render_command_does_not_reach_the_app() {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cli.rs")).expect("cli.rs");
    let used = uses(&text);
    for above in ["app", "state", "ui"] {
        assert!(!used.contains(above), "cli.rs uses `{above}`");
    }
}

/// The report's folders, bottom to top, as `src/report/mod.rs` lists them.
const REPORT_LAYERS: [&str; 7] = ["model", "format", "checks", "dataset", "places", "events", "edit"];

/// The report folders a source text names, through `crate::report::x` or, in a folder's own
/// `mod.rs`, `super::x`; unit tests left out.
fn report_uses(text: &str, in_folder_root: bool) -> BTreeSet<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    let mut out = BTreeSet::new();
    for line in code.lines() {
        let line = line.split("//").next().unwrap_or_default();
        let mut patterns = vec!["crate::report::"];
        if in_folder_root {
            patterns.push("super::");
        }
        for pattern in patterns {
            let mut rest = line;
            while let Some(at) = rest.find(pattern) {
                rest = &rest[at + pattern.len()..];
                let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if REPORT_LAYERS.contains(&name.as_str()) {
                    out.insert(name);
                }
            }
        }
    }
    out
}

#[test]
fn the_report_folders_form_layers() {
    let report = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/report");
    let mut files = Vec::new();
    rust_files(&report, &mut files);
    let mut wrong = Vec::new();
    let mut seen = BTreeSet::new();
    for file in &files {
        let relative = file.strip_prefix(&report).expect("under src/report");
        let mut parts = relative.components();
        let folder = parts.next().expect("a name").as_os_str().to_string_lossy().into_owned();
        if parts.next().is_none() {
            continue; // src/report/mod.rs lists the folders.
        }
        let level = REPORT_LAYERS
            .iter()
            .position(|l| *l == folder)
            .unwrap_or_else(|| panic!("`report/{folder}` is not in REPORT_LAYERS and report/mod.rs"));
        seen.insert(folder.clone());
        let in_folder_root = file.file_name().is_some_and(|n| n == "mod.rs");
        let text = std::fs::read_to_string(file).expect("a readable source file");
        for used in report_uses(&text, in_folder_root) {
            let other = REPORT_LAYERS.iter().position(|l| *l == used).expect("a folder");
            if other > level {
                wrong.push(format!(
                    "{} uses `report::{used}`, a folder above `{folder}`",
                    file.display()
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "report folders reach up:\n{}", wrong.join("\n"));
    assert_eq!(seen.len(), REPORT_LAYERS.len(), "every folder has source: {seen:?}");
}

#[test]
fn the_report_folder_reader_finds_both_forms() {
    let text = "use crate::report::model::Report;\nuse super::dataset::open;\nlet x = crate::report::sample();\n";
    let found: Vec<String> = report_uses(text, true).into_iter().collect();
    assert_eq!(found, ["dataset", "model"]);
    let found: Vec<String> = report_uses(text, false).into_iter().collect();
    assert_eq!(found, ["model"]);
}
