//! Township boundaries at the size of MIMU's 1:250,000 township layer: one polygon for each of
//! the gazetteer's townships (354, about 650 points each: some 230,000 points), generated as a
//! GeoJSON FeatureCollection joined by a `TS_PCODE` property. Measures reading and joining it
//! (from bytes, and from a file as File ▸ Township boundaries… does), triangulating every
//! polygon once, and the memory the joined boundaries hold; beside a baseline taken in the same
//! run: parsing the same bytes as plain `serde_json::Value`.
//! Run with `cargo bench --bench boundaries` (release build). Goals: read and joined in ≤ 1 s,
//! held in ≤ 50 MB.

mod shared;

use shared::{frame_ms, held, median_frame_ms, window};

use std::time::{Duration, Instant};

use std::sync::Arc;

use fieldreport::app::FieldReportApp;
use fieldreport::charts::ChartKind;
use fieldreport::charts::map::filled::TownshipLayer;
use fieldreport::command::Command;
use fieldreport::report::LoadedReport;
use fieldreport::report::places::boundaries::{self, triangulate};
use fieldreport::report::places::gazetteer;
use fieldreport::state::{Settings, State};

/// A FeatureCollection of every township as a ring of `points` points around its centre.
fn layer(points: usize) -> String {
    let mut features = Vec::new();
    for (_, t) in gazetteer().townships() {
        let ring: Vec<String> = (0..=points)
            .map(|k| {
                let a = std::f64::consts::TAU * (k % points) as f64 / points as f64;
                // A wobbly outline, like a real boundary, within about 10 km of the centre.
                let r = 0.09 + 0.01 * (7.0 * a).sin();
                format!("[{:.6},{:.6}]", t.lon + r * a.cos(), t.lat + r * a.sin())
            })
            .collect();
        features.push(format!(
            r#"{{"type":"Feature","properties":{{"TS":"{}","TS_PCODE":"{}"}},"geometry":{{"type":"Polygon","coordinates":[[{}]]}}}}"#,
            t.name,
            t.pcode,
            ring.join(",")
        ));
    }
    format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, features.join(","))
}

/// The best of `n` runs' wall time.
fn best<T>(n: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut out = None;
    let mut least = Duration::MAX;
    for _ in 0..n {
        let start = Instant::now();
        let v = f();
        least = least.min(start.elapsed());
        out = Some(v);
    }
    (least, out.expect("at least one run"))
}

fn main() {
    let text = layer(650);
    let bytes = text.into_bytes();
    let (baseline, _) = best(5, || serde_json::from_slice::<serde_json::Value>(&bytes).expect("JSON"));
    let (joined_time, b) = best(5, || {
        let (features, attribution) = boundaries::geojson_features(&bytes).expect("GeoJSON");
        boundaries::join(features, attribution, gazetteer()).expect("joins")
    });
    let path = std::env::temp_dir().join(format!("fieldreport-bench-{}.geojson", std::process::id()));
    std::fs::write(&path, &bytes).expect("written");
    let (file_time, _) = best(5, || boundaries::read(&path).expect("reads"));
    let _ = std::fs::remove_file(&path);
    drop(b);
    let before = held();
    let b = {
        let (features, attribution) = boundaries::geojson_features(&bytes).expect("GeoJSON");
        boundaries::join(features, attribution, gazetteer()).expect("joins")
    };
    let held_by = held() - before;
    let (tri_time, triangles) = best(5, || {
        b.townships
            .iter()
            .flat_map(|t| t.shapes.iter())
            .map(|s| triangulate(s).1.len() / 3)
            .sum::<usize>()
    });
    println!(
        "boundaries: {} features, {} points, {:.1} MB of GeoJSON",
        b.features,
        b.vertices,
        bytes.len() as f64 / 1e6
    );
    println!(
        "  serde_json::Value parse (baseline): {:>8.1} ms",
        baseline.as_secs_f64() * 1e3
    );
    println!(
        "  read and join, from bytes:          {:>8.1} ms ({:.2}× the baseline)",
        joined_time.as_secs_f64() * 1e3,
        joined_time.as_secs_f64() / baseline.as_secs_f64()
    );
    println!(
        "  read and join, from the file:       {:>8.1} ms",
        file_time.as_secs_f64() * 1e3
    );
    println!(
        "  triangulate every polygon:          {:>8.1} ms ({triangles} triangles)",
        tri_time.as_secs_f64() * 1e3
    );
    println!("  held by the joined boundaries:      {:>8.1} MB", held_by as f64 / 1e6);

    // Prepared for the map as the reading thread does: projected, simplified, cut into
    // triangles.
    let (prepare_time, layer) = best(3, || {
        TownshipLayer::prepare(b.clone(), "bench.geojson".to_owned(), None)
    });
    drop(layer);
    let before = held();
    let layer = TownshipLayer::prepare(b.clone(), "bench.geojson".to_owned(), None);
    let layer_held = held() - before;
    println!(
        "  prepare for the map (simplify, triangulate): {:>6.1} ms, {} of {} points kept",
        prepare_time.as_secs_f64() * 1e3,
        layer.kept,
        layer.vertices
    );
    println!(
        "  held by the prepared layer:         {:>8.1} MB",
        layer_held as f64 / 1e6
    );

    // The map of a report listing 13 townships, in a 1280×800 window, with and without the
    // boundaries: frames while the pointer rests, and frames whose view changes every time
    // (the window a point wider or narrower), which tessellate the map again.
    let report =
        LoadedReport::from_path(std::path::Path::new("tests/fixtures/listed-townships.json")).expect("the fixture");
    let layer = Arc::new(layer);
    let app = |boundaries: Option<Arc<TownshipLayer>>| {
        let mut state = State::new(Settings::default(), vec![report.clone()]);
        state.view.options.boundaries = boundaries;
        // Prepares the charts again with the boundaries.
        state
            .jobs
            .queue
            .push(Command::SetCurrency(fieldreport::charts::Currency::Usd));
        FieldReportApp::new(state)
    };
    let resting_alone = frame_ms(app(None), ChartKind::Map);
    let resting_filled = frame_ms(app(Some(Arc::clone(&layer))), ChartKind::Map);
    let changing = |boundaries| {
        let mut h = window(app(boundaries), ChartKind::Map);
        median_frame_ms(&mut h, |h, i| {
            h.set_size(egui::vec2(1280.0 + (i % 2) as f32, 800.0));
        })
    };
    let changing_alone = changing(None);
    let changing_filled = changing(Some(layer));
    println!("map frame, CPU (UI pass + tessellation), median of 200:");
    println!("  resting, squares at centres (baseline): {resting_alone:>6.2} ms");
    println!("  resting, townships filled:              {resting_filled:>6.2} ms");
    println!("  view changing, squares (baseline):      {changing_alone:>6.2} ms");
    println!("  view changing, townships filled:        {changing_filled:>6.2} ms");
}
