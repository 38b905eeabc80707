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
