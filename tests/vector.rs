//! Vector pictures: each chart and the map as SVG looks like its PNG (rasterised with resvg and
//! compared pixel by pixel), with its text as outlines and, drawn in the fonts the SVG embeds, as
//! text; it parses as XML, names its groups and holds its words as written; as PDF it is valid, its text
//! copies out (Burmese as written), its fonts are embedded and the report it was drawn from reads
//! back equal. The PDF checks use `qpdf` and poppler's tools, which `.ci/run` installs.

mod update;

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use fieldreport::charts::{ChartKind, ChartOptions};
use fieldreport::export::pdf::Attachment;
use fieldreport::export::vector::SvgText;
use fieldreport::export::{ExportSize, Picture, Stamp};
use fieldreport::i18n::{Lang, Tr};
use fieldreport::report::Dataset;
use fieldreport::report::dataset::LoadedReport;

const SAMPLE: &str = "assets/nug-2025-military-review.json";

fn data() -> Dataset {
    let loaded = LoadedReport::from_path(Path::new(SAMPLE)).expect("the sample reads");
    Dataset::merge(vec![loaded])
}

fn picture(data: &Dataset, kind: ChartKind, lang: Lang) -> Picture {
    let options = ChartOptions {
        tr: Tr::new(lang),
        ..ChartOptions::default()
    };
    Picture::new(kind.prepare(data, &options), &options, Stamp::at(1_764_000_000, data))
}

fn size() -> ExportSize {
    ExportSize {
        width: 960,
        height: 540,
        scale: 1.25,
        dark: false,
    }
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fieldreport-vector-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Rasterises an SVG at a width and height in pixels (premultiplied RGBA over transparent).
/// resvg reads no `@font-face`, so the fonts the SVG embeds are given to it here, and only they:
/// no font of the machine stands in for them.
fn rasterise(svg: &str, width: u32, height: u32) -> Vec<u8> {
    let mut options = resvg::usvg::Options::default();
    for font in embedded_fonts(svg) {
        options.fontdb_mut().load_font_data(font);
    }
    let tree = resvg::usvg::Tree::from_str(svg, &options).expect("the SVG parses");
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height).expect("a pixmap");
    let sx = width as f32 / tree.size().width();
    let sy = height as f32 / tree.size().height();
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(sx, sy),
        &mut pixmap.as_mut(),
    );
    pixmap.take()
}

/// The fonts an SVG embeds as `data:` URLs.
fn embedded_fonts(svg: &str) -> Vec<Vec<u8>> {
    use base64::Engine as _;
    svg.split("data:font/ttf;base64,")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|b64| base64::engine::general_purpose::STANDARD.decode(b64).expect("base64"))
        .collect()
}

/// Decodes a PNG's RGBA pixels.
fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("size")];
    let frame = reader.next_frame(&mut pixels).expect("pixels");
    pixels.truncate(frame.buffer_size());
    (frame.width, frame.height, pixels)
}

/// How two pictures differ: the mean absolute difference per channel (0–255) and the share of
/// pixels where some channel differs by more than 64.
fn difference(a: &[u8], b: &[u8]) -> (f64, f64) {
    assert_eq!(a.len(), b.len());
    let total: u64 = a.iter().zip(b).map(|(x, y)| u64::from(x.abs_diff(*y))).sum();
    let far = a
        .chunks_exact(4)
        .zip(b.chunks_exact(4))
        .filter(|(p, q)| p.iter().zip(q.iter()).any(|(x, y)| x.abs_diff(*y) > 64))
        .count();
    (total as f64 / a.len() as f64, far as f64 / (a.len() / 4) as f64)
}

/// The tolerance between an SVG rasterised by resvg and the PNG rendered by wgpu: anti-aliasing
/// and glyph rasterisation differ along edges, so a few pixels differ a lot, but on average the
/// pictures agree within 3 levels of 255 and fewer than 3 % of pixels differ by more than 64.
const MEAN_TOLERANCE: f64 = 3.0;
const FAR_TOLERANCE: f64 = 0.03;

/// The pictures whose rasterised SVG is kept in `tests/snapshots/`, reviewed by eye.
const SNAPSHOTS: [(ChartKind, Lang); 3] = [
    (ChartKind::Funding, Lang::My),
    (ChartKind::Losses, Lang::En),
    (ChartKind::Map, Lang::En),
];

fn encode(width: u32, height: u32, pixels: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().expect("header");
    writer.write_image_data(pixels).expect("pixels");
    writer.finish().expect("finish");
    bytes
}

/// Compares a rasterised SVG with its snapshot (`UPDATE_SNAPSHOTS=1` writes it, `0` never),
/// within a
/// mean of 0.5 levels and 0.2 % of pixels far apart: resvg draws the same SVG the same way.
fn snapshot(name: &str, width: u32, height: u32, pixels: &[u8]) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.png"));
    if update::update_snapshots() || !path.exists() {
        std::fs::write(&path, encode(width, height, pixels)).expect("write the snapshot");
        return;
    }
    let (w, h, kept) = decode(&std::fs::read(&path).expect("the snapshot"));
    assert_eq!((w, h), (width, height), "{name}: size");
    let (mean, far) = difference(&kept, pixels);
    assert!(
        mean <= 0.5 && far <= 0.002,
        "{name}: {mean:.2} mean, {:.2} % far from {}",
        far * 100.0,
        path.display()
    );
}

#[test]
fn each_chart_as_svg_looks_like_its_png() {
    let data = data();
    let dir = temp_dir("compare");
    for kind in ChartKind::ALL {
        for lang in [Lang::En, Lang::My] {
            let picture = picture(&data, kind, lang);
            let png = picture.png(size()).expect("png");
            let (w, h, png_pixels) = decode(&png);
            let svg = picture.svg(size(), SvgText::Outlines).expect("svg");
            let mut svg_pixels = rasterise(&svg, w, h);
            // resvg writes premultiplied pixels; the pictures are opaque, so they are the same.
            for p in svg_pixels.chunks_exact_mut(4) {
                p[3] = 255;
            }
            let (mean, far) = difference(&png_pixels, &svg_pixels);
            eprintln!(
                "{kind:?} {lang:?}: mean difference {mean:.3}, {:.3} % of pixels far apart",
                far * 100.0
            );
            if mean > MEAN_TOLERANCE || far > FAR_TOLERANCE {
                let name = format!("{}-{}", kind.key(), lang.code());
                std::fs::write(dir.join(format!("{name}.png")), &png).expect("write");
                std::fs::write(dir.join(format!("{name}.svg")), &svg).expect("write");
            }
            if SNAPSHOTS.contains(&(kind, lang)) {
                snapshot(&format!("vector-{}-{}", kind.key(), lang.code()), w, h, &svg_pixels);
                let diff: Vec<u8> = png_pixels
                    .chunks_exact(4)
                    .zip(svg_pixels.chunks_exact(4))
                    .flat_map(|(p, q)| {
                        let d = p.iter().zip(q).map(|(x, y)| x.abs_diff(*y)).max().unwrap_or(0);
                        [255 - d, 255 - d, 255 - d, 255]
                    })
                    .collect();
                std::fs::write(
                    dir.join(format!("diff-{}-{}.png", kind.key(), lang.code())),
                    encode(w, h, &diff),
                )
                .expect("write");
            }
            assert!(
                mean <= MEAN_TOLERANCE && far <= FAR_TOLERANCE,
                "{kind:?} {lang:?}: mean difference {mean:.2}, {:.2} % of pixels far apart (see {})",
                far * 100.0,
                dir.display()
            );
        }
    }
}

/// How far the SVG's text drawn in its embedded fonts may be from its outlines: the same glyphs
/// in the same places, so only where resvg's text and path drawing round differently.
const TEXT_MEAN_TOLERANCE: f64 = 0.1;
const TEXT_FAR_TOLERANCE: f64 = 0.0005;

#[test]
fn the_svg_text_in_its_embedded_fonts_draws_as_its_outlines() {
    let data = data();
    let dir = temp_dir("text");
    for kind in ChartKind::ALL {
        for lang in [Lang::En, Lang::My] {
            let picture = picture(&data, kind, lang);
            let (pw, ph) = size().pixels();
            let (w, h) = (pw.round() as u32, ph.round() as u32);
            let outlines = picture.svg(size(), SvgText::Outlines).expect("svg");
            let text = picture.svg(size(), SvgText::Text).expect("svg");
            assert!(text.contains("<text "), "{kind:?} {lang:?}: text as text");
            assert!(!embedded_fonts(&text).is_empty(), "{kind:?} {lang:?}: fonts embedded");
            let (mean, far) = difference(&rasterise(&outlines, w, h), &rasterise(&text, w, h));
            eprintln!(
                "{kind:?} {lang:?}: text against outlines: mean {mean:.3}, {:.3} % far apart",
                far * 100.0
            );
            if mean > TEXT_MEAN_TOLERANCE || far > TEXT_FAR_TOLERANCE {
                let name = format!("{}-{}", kind.key(), lang.code());
                std::fs::write(dir.join(format!("{name}-text.svg")), &text).expect("write");
                std::fs::write(dir.join(format!("{name}-outlines.svg")), &outlines).expect("write");
            }
            assert!(
                mean <= TEXT_MEAN_TOLERANCE && far <= TEXT_FAR_TOLERANCE,
                "{kind:?} {lang:?}: text {mean:.2} mean, {:.2} % far from its outlines (see {})",
                far * 100.0,
                dir.display()
            );
        }
    }
}

#[test]
fn the_svg_text_holds_the_title_as_written() {
    let data = data();
    for lang in [Lang::En, Lang::My] {
        let picture = picture(&data, ChartKind::Funding, lang);
        let svg = picture.svg(size(), SvgText::Text).expect("svg");
        let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
        let title = doc
            .descendants()
            .find(|n| n.has_tag_name("g") && n.attribute("id") == Some("title"))
            .expect("a title group");
        let written: String = title
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect();
        let expected = picture.title().replace('\u{200A}', "");
        assert_eq!(written.trim(), expected.trim(), "{lang:?}");
        if lang == Lang::My {
            let burmese = expected
                .split(' ')
                .find(|w| w.chars().any(|c| ('\u{1000}'..='\u{109F}').contains(&c)))
                .expect("a Burmese word in the title");
            assert!(
                svg.contains(&format!(">{burmese}<")),
                "`{burmese}` searchable in the SVG"
            );
        }
    }
}

#[test]
fn the_svg_parses_names_its_groups_and_carries_its_provenance() {
    let data = data();
    for kind in ChartKind::ALL {
        let picture = picture(&data, kind, Lang::En);
        let svg = picture.svg(size(), SvgText::Text).expect("svg");
        let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
        let ids: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("g"))
            .filter_map(|n| n.attribute("id"))
            .collect();
        let main = if kind == ChartKind::Map { "map" } else { "chart" };
        for id in ["title", main, "caption", "stamp"] {
            assert!(ids.contains(&id), "{kind:?}: no group `{id}` in {ids:?}");
        }
        let unique: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{kind:?}: ids are unique");
        if kind == ChartKind::Map {
            for id in ["land", "borders", "township-dots", "towns", "labels"] {
                assert!(ids.contains(&id), "map: no layer `{id}` in {ids:?}");
            }
        } else {
            assert!(
                ids.iter().any(|i| i.starts_with("series-")),
                "{kind:?}: no series group in {ids:?}"
            );
            assert!(ids.contains(&"axes"), "{kind:?}: no axes in {ids:?}");
        }
        let root = doc.root_element();
        let child = |name: &str| {
            root.children()
                .find(|n| n.has_tag_name(name))
                .and_then(|n| n.text())
                .map(str::to_owned)
        };
        assert_eq!(
            child("title").as_deref(),
            Some(picture.title().replace('\u{200A}', "").as_str())
        );
        assert_eq!(
            child("desc").as_deref(),
            Some(picture.alt_text.replace('\u{200A}', "").as_str())
        );
        let inputs: Vec<_> = doc
            .descendants()
            .filter(|n| n.tag_name().name() == "input")
            .filter_map(|n| n.attribute("sha256"))
            .collect();
        assert_eq!(inputs, [data.reports[0].sha256.as_str()]);
        let sources: Vec<_> = doc
            .descendants()
            .filter(|n| n.tag_name().name() == "source")
            .filter_map(|n| n.text())
            .collect();
        assert!(
            !sources.is_empty() && sources.iter().any(|s| s.contains("Mizzima")),
            "{sources:?}"
        );
        assert!(!svg.contains('\u{200A}'), "no break marks written");
        // As outlines, the title's words are kept for readers and search.
        let outlines = picture.svg(size(), SvgText::Outlines).expect("svg");
        assert!(!outlines.contains("<text "), "{kind:?}: outlines only");
        assert!(outlines.contains(&format!("aria-label=\"{}\"", picture.title())));
    }
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Process::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} runs (install qpdf and poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn each_chart_as_pdf_is_valid_with_its_text_fonts_and_report() {
    let data = data();
    let dir = temp_dir("pdf");
    let attachments: Vec<_> = data.reports.iter().map(Attachment::of).collect();
    let original = std::fs::read(SAMPLE).expect("sample");
    assert_eq!(attachments[0].bytes, original, "the file as read");
    for kind in ChartKind::ALL {
        for lang in [Lang::En, Lang::My] {
            let picture = picture(&data, kind, lang);
            let bytes = picture.pdf(size(), &attachments).expect("pdf");
            let path = dir.join(format!("{}-{}.pdf", kind.key(), lang.code()));
            std::fs::write(&path, &bytes).expect("write");
            let p = path.to_str().expect("utf-8 path");
            tool("qpdf", &["--check", p]);
            let text = tool("pdftotext", &["-enc", "UTF-8", p, "-"]);
            let read = Process::new("pdftotext")
                .args([p, "-"])
                .output()
                .expect("pdftotext runs");
            let warnings = String::from_utf8_lossy(&read.stderr);
            assert!(
                !warnings.contains("Warning"),
                "{kind:?} {lang:?}: the PDF's character maps read cleanly:\n{warnings}"
            );
            let flat = |s: &str| s.split_whitespace().collect::<String>();
            let title = picture.title().replace('\u{200A}', "");
            assert!(
                flat(&text).contains(&flat(&title)),
                "{kind:?} {lang:?}: the title `{title}` is in the text:\n{text}"
            );
            if lang == Lang::My && !title.contains('\n') {
                assert!(
                    text.lines().any(|line| line.trim() == title.trim()),
                    "{kind:?}: the Burmese title `{title}` copies out as written:\n{text}"
                );
            }
            assert!(
                text.contains("Mizzima"),
                "{kind:?} {lang:?}: the source line is in the text"
            );
            let fonts = tool("pdffonts", &[p]);
            let rows: Vec<&str> = fonts.lines().skip(2).collect();
            assert!(!rows.is_empty(), "{kind:?}: fonts used");
            for row in &rows {
                let cols: Vec<&str> = row.split_whitespace().collect();
                // name type [encoding] emb sub uni object ID: `emb` is the fourth from the end but two.
                let emb = cols[cols.len() - 5];
                assert_eq!(emb, "yes", "{kind:?}: every font embedded: {row}");
            }
            if lang == Lang::My {
                assert!(fonts.contains("Padauk"), "{kind:?}: Burmese in Padauk:\n{fonts}");
            }
            let info = tool("pdfinfo", &[p]);
            assert!(
                info.contains(&format!("Title:           {}", title.lines().next().unwrap_or(""))),
                "{info}"
            );
            let detach = dir.join(format!("{}-{}", kind.key(), lang.code()));
            std::fs::create_dir_all(&detach).expect("dir");
            tool("pdfdetach", &["-saveall", "-o", detach.to_str().expect("utf-8"), p]);
            let attached = std::fs::read(detach.join("nug-2025-military-review.json")).expect("the report attached");
            assert_eq!(attached, original, "{kind:?}: the attached report reads back equal");
            assert!(LoadedReport::from_bytes(&attached, "attached.json", None).is_ok());
        }
    }
}

#[test]
fn burmese_copies_out_of_the_pdf_as_written() {
    let data = data();
    let picture = picture(&data, ChartKind::Funding, Lang::My);
    let dir = temp_dir("burmese");
    let path = dir.join("funding.pdf");
    std::fs::write(&path, picture.pdf(size(), &[]).expect("pdf")).expect("write");
    let text = tool("pdftotext", &["-enc", "UTF-8", path.to_str().expect("utf-8"), "-"]);
    let title = picture.title().replace('\u{200A}', "");
    assert!(
        title.chars().any(|c| ('\u{1000}'..='\u{109F}').contains(&c)),
        "a Burmese title: {title}"
    );
    // Copied as written: no space inside a word, none lost between words.
    assert!(
        text.lines().any(|line| line.trim() == title.trim()),
        "`{title}` as a line of:\n{text}"
    );
}

#[test]
fn render_writes_each_chart_in_the_chosen_format() {
    let dir = temp_dir("render");
    for format in ["svg", "pdf"] {
        let out = dir.join(format);
        let status = Process::new(env!("CARGO_BIN_EXE_fieldreport"))
            .args([
                "render", SAMPLE, "--chart", "all", "--preset", "social", "--lang", "my", "--format", format, "--out",
            ])
            .arg(&out)
            .status()
            .expect("runs");
        assert!(status.success());
        let mut names: Vec<String> = std::fs::read_dir(&out)
            .expect("out")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names.len(), fieldreport::charts::ChartKind::ALL.len(), "{names:?}");
        assert!(names.iter().all(|n| n.ends_with(&format!(".{format}"))), "{names:?}");
    }
    let status = Process::new(env!("CARGO_BIN_EXE_fieldreport"))
        .args(["render", SAMPLE, "--format", "eps", "--out"])
        .arg(dir.join("eps"))
        .output()
        .expect("runs");
    assert!(!status.status.success());
    assert!(String::from_utf8_lossy(&status.stderr).contains("expected png, svg or pdf"));
    for (choice, text) in [("outlines", false), ("text", true)] {
        let out = dir.join(choice);
        let status = Process::new(env!("CARGO_BIN_EXE_fieldreport"))
            .args([
                "render",
                SAMPLE,
                "--chart",
                "funding",
                "--format",
                "svg",
                "--svg-text",
                choice,
                "--out",
            ])
            .arg(&out)
            .status()
            .expect("runs");
        assert!(status.success());
        let svg = std::fs::read_to_string(out.join("funding-2023-2025.svg")).expect("the SVG");
        assert_eq!(svg.contains("<text "), text, "--svg-text {choice}");
    }
    let status = Process::new(env!("CARGO_BIN_EXE_fieldreport"))
        .args(["render", SAMPLE, "--format", "svg", "--svg-text", "paths", "--out"])
        .arg(dir.join("paths"))
        .output()
        .expect("runs");
    assert!(!status.status.success());
    assert!(String::from_utf8_lossy(&status.stderr).contains("expected text or outlines"));
}
