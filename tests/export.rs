//! Exports: pictures of the asked size with their metadata and caption, the render command's
//! output equal to the in-app export, CSV contents, alt text, and safe writes.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use fieldreport::app::FieldReportApp;
use fieldreport::charts::{ChartKind, ChartOptions};
use fieldreport::command::{Command, ExportRequest};
use fieldreport::export::{ExportSize, Picture, Stamp};
use fieldreport::io::write_atomically;
use fieldreport::report::{Dataset, sample};

const SAMPLE_SHA: &str = "b622f71f418b1b713841725b1e13fc729030d44cb3a84d0dffa75dc2f7bfc2d7";

fn picture(kind: ChartKind) -> Picture {
    let data = Dataset::merge(vec![sample()]);
    let options = ChartOptions::default();
    Picture::new(kind.prepare(&data, &options), &options, Stamp::now(&data))
}

fn small() -> ExportSize {
    ExportSize {
        width: 800,
        height: 450,
        scale: 1.0,
        dark: false,
    }
}

/// Decodes a PNG: (width, height, RGBA pixels, text chunks).
fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>, Vec<(String, String)>) {
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("size")];
    let frame = reader.next_frame(&mut pixels).expect("pixels");
    let text = reader
        .info()
        .utf8_text
        .iter()
        .map(|t| (t.keyword.clone(), t.get_text().expect("utf-8 text")))
        .collect();
    pixels.truncate(frame.buffer_size());
    (frame.width, frame.height, pixels, text)
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fieldreport-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn every_chart_exports_at_the_asked_size_with_its_metadata() {
    for kind in ChartKind::ALL {
        let picture = picture(kind);
        let (width, height, pixels, text) = decode(&picture.png(small()).expect("renders"));
        assert_eq!((width, height), (800, 450), "{kind:?}");
        assert!(
            pixels.chunks(4).any(|p| p[0] < 100),
            "{kind:?}: the picture has dark ink on it"
        );
        let get = |key: &str| {
            text.iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        assert_eq!(get("Title"), picture.title());
        assert!(get("Source").starts_with("Mizzima, 2026-01-05"), "{kind:?}");
        assert!(get("Claim").starts_with("Figures as claimed by the NUG"), "{kind:?}");
        assert_eq!(
            get("Input SHA-256"),
            format!("{SAMPLE_SHA}  nug-2025-military-review.json")
        );
        assert_eq!(get("Software"), format!("fieldreport {}", env!("CARGO_PKG_VERSION")));
        assert!(get("Creation Time").ends_with('Z'));
        assert!(get("Description").starts_with("Chart: "), "{kind:?}");
    }
}

#[test]
fn the_scale_multiplies_the_pixels() {
    let size = ExportSize { scale: 2.0, ..small() };
    let (width, height, ..) = decode(&picture(ChartKind::Losses).png(size).expect("renders"));
    assert_eq!((width, height), (1600, 900));
}

#[test]
fn sizes_out_of_range_are_refused() {
    let size = ExportSize { width: 10, ..small() };
    let error = picture(ChartKind::Funding).png(size).expect_err("too small");
    assert!(error.contains("outside 320×200"), "{error}");
    let wide = ExportSize {
        width: 4200,
        height: 900,
        scale: 2.0,
        dark: false,
    };
    let error = wide.validate().expect_err("wider than the renderer draws");
    assert!(error.contains("at most 8192 pixels a side"), "{error}");
}

#[test]
fn the_caption_carries_sources_claim_caveats_and_stamp() {
    let picture = picture(ChartKind::Funding);
    let lines = picture.caption_lines();
    assert!(lines[0].starts_with("Source: Mizzima, 2026-01-05"), "{lines:?}");
    assert!(
        lines.iter().any(|l| l.starts_with("Qualified figures: > over")),
        "{lines:?}"
    );
    let stamp = lines.last().expect("stamp");
    assert!(
        stamp.contains("input SHA-256 b622f71f418b (nug-2025-military-review.json)"),
        "{stamp}"
    );
    // The same lines are drawn into the picture.
    let mut h = Harness::builder()
        .with_size([1600.0, 900.0])
        .with_context_setup(|ctx| ctx.set_fonts(fieldreport::fonts::definitions()))
        .build_ui(move |ui| picture.ui(ui));
    h.run();
    assert!(h.query_by_label("Battalion support per year").is_some());
    assert!(
        h.query_by_label_contains("Source: Mizzima, 2026-01-05: NUG reports")
            .is_some()
    );
    assert!(h.query_by_label_contains("Qualified figures: > over").is_some());
    assert!(h.query_by_label_contains("fieldreport 0.1.0 · exported").is_some());
}

#[test]
fn the_alt_text_describes_the_chart_in_words() {
    let alt = picture(ChartKind::Funding).alt_text;
    assert!(alt.starts_with("Chart: Battalion support per year. Battalion support rose from 25 billion kyats in 2023 to over 33.6 billion kyats in 2025: 25 billion kyats in 2023, 32.9 billion kyats in 2024 (+31.6 %), over 33.6 billion kyats in 2025 (≥ +2.1 %)."), "{alt}");
    assert!(alt.contains("not independently verified"), "{alt}");
}

#[test]
fn default_file_names_name_the_chart_and_years() {
    assert_eq!(picture(ChartKind::Funding).file_name("png"), "funding-2023-2025.png");
    assert_eq!(picture(ChartKind::Losses).file_name("csv"), "losses-2025.csv");
}

#[test]
fn the_render_command_gives_the_in_app_picture() {
    let out = temp_dir("render");
    let status = Process::new(env!("CARGO_BIN_EXE_fieldreport"))
        .args([
            "render",
            "assets/nug-2025-military-review.json",
            "--chart",
            "all",
            "--size",
            "800x450",
            "--scale",
            "1",
            "--with-text",
            "--out",
        ])
        .arg(&out)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("runs");
    assert!(status.success());
    for kind in ChartKind::ALL {
        let picture = picture(kind);
        let rendered = std::fs::read(out.join(picture.file_name("png"))).expect("written");
        let (w1, h1, from_cli, _) = decode(&rendered);
        let (w2, h2, in_app, _) = decode(&picture.png(small()).expect("renders"));
        assert_eq!((w1, h1), (w2, h2));
        let differing = from_cli
            .chunks(4)
            .zip(in_app.chunks(4))
            .filter(|(a, b)| a.iter().zip(b.iter()).any(|(x, y)| x.abs_diff(*y) > 2))
            .count();
        assert!(differing < 20, "{kind:?}: {differing} pixels differ");
        let alt = std::fs::read_to_string(out.join(picture.file_name("txt"))).expect("alt text");
        assert_eq!(alt.trim_end(), picture.alt_text);
    }
    let csv = std::fs::read_to_string(out.join("battles-2025.csv")).expect("csv");
    assert!(csv.starts_with("section,series,category,role,when,value,qualifier,unit,shown_as,note,conflict,sources\n"));
    assert!(
        csv.contains(",drone-only attacks,part,2025,701,at_least,count,at least 701,"),
        "{csv}"
    );
    std::fs::remove_dir_all(&out).ok();
}

#[test]
fn a_failed_write_leaves_nothing_behind() {
    let dir = temp_dir("failed-write");
    let error = write_atomically(&dir.join("vanished/funding.png"), b"png").expect_err("no such folder");
    assert!(
        error.starts_with("could not save: the folder does not exist: "),
        "{error}"
    );
    let blocker = dir.join("a-file");
    std::fs::write(&blocker, b"x").expect("write");
    let error = write_atomically(&blocker.join("funding.png"), b"png").expect_err("parent is a file");
    assert!(error.starts_with("could not save: "), "{error}");
    let left: Vec<_> = std::fs::read_dir(&dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(left, vec![std::ffi::OsString::from("a-file")], "no partial files");
    write_atomically(&dir.join("ok.png"), b"png").expect("writes");
    assert_eq!(std::fs::read(dir.join("ok.png")).expect("read"), b"png");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_render_command_refuses_bad_input_and_bad_sizes() {
    let run = |args: &[&str]| {
        Process::new(env!("CARGO_BIN_EXE_fieldreport"))
            .arg("render")
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("runs")
    };
    let out = run(&["tests/fixtures/bad/nan.json", "--out", "target/never"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nan.json:4:39"));
    let out = run(&[
        "assets/nug-2025-military-review.json",
        "--out",
        "target/never",
        "--size",
        "big",
    ]);
    assert_eq!(out.status.code(), Some(2), "a usage error");
    assert!(!Path::new(env!("CARGO_MANIFEST_DIR")).join("target/never").exists());
}

#[test]
fn without_a_dialog_an_export_never_overwrites() {
    let dir = temp_dir("unused-name");
    assert_eq!(
        fieldreport::io::unused_name(&dir, "funding.png"),
        dir.join("funding.png")
    );
    std::fs::write(dir.join("funding.png"), b"x").expect("write");
    std::fs::write(dir.join("funding-2.png"), b"x").expect("write");
    assert_eq!(
        fieldreport::io::unused_name(&dir, "funding.png"),
        dir.join("funding-3.png")
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_second_export_while_one_runs_is_refused() {
    let mut state = fieldreport::state::State::with_sample();
    state.jobs.worker.exporting = true;
    let ctx = egui::Context::default();
    state.handle(Command::Export(ExportRequest::ChartCsv), &ctx);
    assert_eq!(state.view.notices.len(), 1);
    assert!(
        state.view.notices[0].text.contains("already running"),
        "{}",
        state.view.notices[0].text
    );
}

/// An app that saves into `dir` without asking (as where no file dialog exists).
fn saving_app(dir: &Path) -> Harness<'static, FieldReportApp> {
    let mut app = FieldReportApp::with_sample();
    app.state.jobs.worker.use_dialogs = false;
    app.state.settings.last_dir = Some(dir.to_path_buf());
    app.state.settings.export = small();
    app.state.settings.export_alt_text = true;
    Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(12)
        .with_context_setup(|ctx| ctx.set_fonts(fieldreport::fonts::definitions()))
        .build_ui_state(|ui, app: &mut FieldReportApp| app.ui(ui), app)
}

/// Sends an export command and steps until the app says how it went.
fn export_and_wait(h: &mut Harness<'_, FieldReportApp>, request: ExportRequest) -> String {
    h.state_mut().state.view.notices.clear();
    h.state_mut().state.jobs.queue.push(Command::Export(request));
    for _ in 0..2000 {
        h.step();
        if let Some(n) = h.state().state.view.notices.first()
            && !h.state().state.jobs.worker.exporting
        {
            return n.text.clone();
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the export did not finish");
}

#[test]
fn the_app_exports_chart_png_with_alt_text_and_csv() {
    let dir = temp_dir("app-export");
    let mut h = saving_app(&dir);
    h.run();
    let said = export_and_wait(&mut h, ExportRequest::ChartPng);
    assert!(said.starts_with("Saved "), "{said}");
    let png = std::fs::read(dir.join("funding-2023-2025.png")).expect("the PNG");
    let (width, height, _, text) = decode(&png);
    assert_eq!((width, height), (800, 450));
    assert!(
        text.iter()
            .any(|(k, v)| k == "Title" && v == "Battalion support per year")
    );
    let alt = std::fs::read_to_string(dir.join("funding-2023-2025.txt")).expect("alt text beside");
    assert!(alt.starts_with("Chart: Battalion support per year."), "{alt}");
    h.state_mut().state.jobs.queue.push(Command::ToggleCurrency);
    h.run();
    let said = export_and_wait(&mut h, ExportRequest::ChartCsv);
    assert!(said.starts_with("Saved "), "{said}");
    let csv = std::fs::read_to_string(dir.join("funding-2023-2025.csv")).expect("the CSV");
    assert!(
        csv.contains(",usd,amount,2025,16000000,exact,USD,US$16 million,"),
        "{csv}"
    );
    assert!(!csv.contains(",mmk,"), "only the currency shown: {csv}");
    let said = export_and_wait(&mut h, ExportRequest::DatasetCsv);
    assert!(said.starts_with("Saved "), "{said}");
    let all = std::fs::read_to_string(dir.join("fieldreport-dataset.csv")).expect("the dataset CSV");
    assert!(
        all.contains(",mmk,") && all.contains(",usd,") && all.contains("townships,"),
        "{all}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// Clicks a button of the window and steps until the app says how the export went.
fn click_and_wait(h: &mut Harness<'_, FieldReportApp>, label: &str) -> String {
    h.state_mut().state.view.notices.clear();
    h.get_by_label(label).click();
    for _ in 0..2000 {
        h.step();
        if let Some(n) = h.state().state.view.notices.first()
            && !h.state().state.jobs.worker.exporting
        {
            return n.text.clone();
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the export did not finish");
}

#[test]
fn the_export_dialog_saves_png_svg_as_text_or_outlines_and_pdf() {
    use fieldreport::export::vector::SvgText;
    let dir = temp_dir("dialog-formats");
    let mut h = saving_app(&dir);
    h.state_mut().state.jobs.queue.push(Command::ShowExportDialog(true));
    h.run();
    let svg_path = dir.join("funding-2023-2025.svg");

    assert_eq!(
        h.state().state.settings.export_svg_text,
        SvgText::Text,
        "text by default"
    );
    let said = click_and_wait(&mut h, "Save SVG…");
    assert!(said.starts_with("Saved "), "{said}");
    let svg = std::fs::read_to_string(&svg_path).expect("the SVG");
    assert!(svg.contains(">Battalion support per year</text>"), "the title as text");
    assert!(svg.contains("data:font/ttf;base64,"), "its font embedded");

    h.get_by_label("As outlines (for tools that replace fonts)").click();
    h.run();
    assert_eq!(h.state().state.settings.export_svg_text, SvgText::Outlines);
    let said = click_and_wait(&mut h, "Save SVG…");
    assert!(said.starts_with("Saved "), "{said}");
    // Saved beside the first, which is never overwritten without a dialog.
    let svg = std::fs::read_to_string(dir.join("funding-2023-2025-2.svg")).expect("the second SVG");
    assert!(!svg.contains("<text "), "no text left as text");
    assert!(svg.contains("aria-label=\"Battalion support per year\""));
    assert!(!svg.contains("data:font/"), "no font embedded");

    let said = click_and_wait(&mut h, "Save PDF…");
    assert!(said.starts_with("Saved "), "{said}");
    let pdf = std::fs::read(dir.join("funding-2023-2025.pdf")).expect("the PDF");
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");

    let said = click_and_wait(&mut h, "Save PNG…");
    assert!(said.starts_with("Saved "), "{said}");
    let (width, height, _, _) = decode(&std::fs::read(dir.join("funding-2023-2025.png")).expect("the PNG"));
    assert_eq!((width, height), (800, 450));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_app_exports_the_window() {
    let dir = temp_dir("window-export");
    let mut h = saving_app(&dir);
    h.run();
    let said = export_and_wait(&mut h, ExportRequest::WindowPng);
    assert!(said.starts_with("Saved "), "{said}");
    let name = std::fs::read_dir(&dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("fieldreport-window-") && n.ends_with(".png"))
        .expect("the window PNG");
    let (width, height, _, text) = decode(&std::fs::read(dir.join(name)).expect("read"));
    assert_eq!((width, height), (1280, 800));
    assert!(
        text.iter()
            .any(|(k, v)| k == "Title" && v == "NUG 2025 military review — fieldreport")
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_picture_whose_alt_text_cannot_be_written_leaves_the_old_files_in_place() {
    let dir = temp_dir("keep-old");
    let png = dir.join("funding.png");
    std::fs::write(&png, b"old picture").expect("write");
    // The alt text cannot be written: a folder has its name.
    std::fs::create_dir_all(dir.join("funding.txt")).expect("folder");
    let result = fieldreport::io::write_job(
        &png,
        Box::new(|| Ok(b"new picture".to_vec())),
        &[("txt", b"alt text".to_vec())],
    );
    assert!(result.is_err(), "{result:?}");
    assert_eq!(std::fs::read(&png).expect("the old picture"), b"old picture");
    assert!(dir.join("funding.txt").is_dir());
    let mut left: Vec<String> = std::fs::read_dir(&dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["funding.png", "funding.txt"], "no temporary file left");
    std::fs::remove_dir_all(&dir).ok();
}
