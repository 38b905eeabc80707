//! Vector pictures against the PNG, in one run on one machine: `cargo bench --bench vector`
//! prints, for each chart of the sample at the print preset (1600×900 points, 2×), the size of
//! the PNG, SVG and PDF (the PDF with the report attached) and the median time to make each
//! (laid out, drawn and encoded; the PNG's renderer is started once before timing).

use std::path::Path;
use std::time::{Duration, Instant};

use fieldreport::charts::{ChartKind, ChartOptions};
use fieldreport::export::pdf::Attachment;
use fieldreport::export::vector::SvgText;
use fieldreport::export::{ExportSize, Picture, Stamp};
use fieldreport::i18n::{Lang, Tr};
use fieldreport::report::Dataset;
use fieldreport::report::dataset::LoadedReport;

const RUNS: usize = 5;

fn median(mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut times = Vec::with_capacity(RUNS);
    let mut bytes = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        bytes = f();
        times.push(start.elapsed());
    }
    times.sort();
    (times[RUNS / 2], bytes)
}

fn main() {
    let loaded = LoadedReport::from_path(Path::new("assets/nug-2025-military-review.json")).expect("the sample reads");
    let data = Dataset::merge(vec![loaded]);
    let attachments: Vec<_> = data.reports.iter().map(Attachment::of).collect();
    let size = ExportSize::default();
    println!("chart / language     | PNG KB |   ms | SVG KB |   ms | PDF KB |   ms");
    for lang in [Lang::En, Lang::My] {
        let options = ChartOptions {
            tr: Tr::new(lang),
            ..ChartOptions::default()
        };
        for kind in ChartKind::ALL {
            let picture = Picture::new(kind.prepare(&data, &options), &options, Stamp::now(&data));
            // Starts the offscreen renderer and loads the fonts before anything is timed.
            picture.png(size).expect("png");
            picture.svg(size, SvgText::Text).expect("svg");
            let (png_t, png_b) = median(|| picture.png(size).expect("png").len());
            let (svg_t, svg_b) = median(|| picture.svg(size, SvgText::Text).expect("svg").len());
            let (pdf_t, pdf_b) = median(|| picture.pdf(size, &attachments).expect("pdf").len());
            let ms = |d: Duration| d.as_secs_f64() * 1000.0;
            println!(
                "{:<20} | {:>6.0} | {:>4.0} | {:>6.0} | {:>4.0} | {:>6.0} | {:>4.0}",
                format!("{} / {}", kind.key(), lang.code()),
                png_b as f64 / 1024.0,
                ms(png_t),
                svg_b as f64 / 1024.0,
                ms(svg_t),
                pdf_b as f64 / 1024.0,
                ms(pdf_t)
            );
        }
    }
}
