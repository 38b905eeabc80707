//! Drawing survives the data: every chart and view, light and dark, drawn for generated
//! extreme reports (zero everywhere, figures of 10^15, 200 categories, 100 years, labels of
//! 2,000 characters, Burmese and mixed scripts, a year of qualifiers only, every series hidden).
//! No panic, every frame finishes, and no shape carries a NaN or an infinity.

use egui_kittest::Harness;
use fieldreport::app::FieldReportApp;
use fieldreport::charts::ChartKind;
use fieldreport::command::{Command, ThemeChoice, View};
use fieldreport::report::LoadedReport;
use fieldreport::state::{Settings, State};
use serde_json::{Value, json};

fn report(name: &str, doc: &Value) -> LoadedReport {
    let bytes = serde_json::to_vec(doc).expect("json");
    LoadedReport::from_bytes(&bytes, name, None).unwrap_or_else(|e| panic!("{name} is a valid report: {e}"))
}

/// Every section with the given figure (a number or a qualified object) in every place.
fn every_section(title: &str, figure: &Value, labels: &[String], years: std::ops::Range<i32>) -> Value {
    let parts: serde_json::Map<String, Value> = labels.iter().map(|l| (l.clone(), figure.clone())).collect();
    let funding: Vec<Value> = years
        .clone()
        .flat_map(|y| {
            labels
                .iter()
                .take(3)
                .map(move |l| json!({"year": y, "label": l, "mmk": figure, "usd": figure}))
        })
        .collect();
    let losses: Vec<Value> = years
        .clone()
        .map(|y| json!({"year": y, "side": labels[0], "total": figure, "breakdown": parts, "other": {"defected": figure}}))
        .collect();
    let battles: Vec<Value> = years
        .clone()
        .map(|y| json!({"year": y, "total": figure, "groups": [{"label": labels[0], "total": figure, "breakdown": parts}]}))
        .collect();
    let towns: Vec<Value> = labels
        .iter()
        .take(20)
        .map(|l| json!({"name": l, "status": "captured"}))
        .collect();
    json!({
        "fieldreport": 1,
        "title": title,
        "claim": labels[0],
        "sources": [{"title": labels[0], "publisher": labels[labels.len() - 1]}],
        "funding": funding,
        "losses": losses,
        "battles": battles,
        "townships": [
            {"as_of": "2024-06-30", "total": figure, "breakdown": parts, "towns": towns},
            {"as_of": "2025-12-31", "breakdown": parts},
        ],
    })
}

fn datasets() -> Vec<(&'static str, LoadedReport)> {
    let few: Vec<String> = ["killed", "injured", "captured"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    let many: Vec<String> = (0..200).map(|i| format!("category {i}")).collect();
    let long: Vec<String> = (0..3)
        .map(|i| format!("{i} {}", "very long label ".repeat(125)))
        .collect();
    let burmese: Vec<String> = ["သေဆုံး", "ဒဏ်ရာရ", "ဖမ်းဆီးခံရ", "PDF တပ်ဖွဲ့ (Sagaing) နှင့် မကွေး"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    vec![
        (
            "zero",
            report(
                "zero.json",
                &every_section("Zero everywhere", &json!(0), &few, 2020..2023),
            ),
        ),
        (
            "huge",
            report(
                "huge.json",
                &every_section("Figures of 10^15", &json!(1_000_000_000_000_000_u64), &few, 2020..2023),
            ),
        ),
        (
            "many categories",
            report(
                "many.json",
                &every_section("200 categories", &json!(7), &many, 2024..2026),
            ),
        ),
        (
            "hundred years",
            report(
                "years.json",
                &every_section("100 years", &json!(1234), &few, 1950..2050),
            ),
        ),
        (
            "long labels",
            report(
                "long.json",
                &every_section(&"A title ".repeat(250), &json!(12), &long, 2023..2025),
            ),
        ),
        (
            "burmese",
            report(
                "burmese.json",
                &every_section("မြန်မာ report ၂၀၂၅", &json!(9549), &burmese, 2024..2026),
            ),
        ),
        (
            "qualifiers only",
            report(
                "qualified.json",
                &every_section(
                    "Only qualifiers",
                    &json!({"value": 701, "qualifier": "at_least", "note": "at least"}),
                    &few,
                    2025..2026,
                ),
            ),
        ),
    ]
}

/// Fails on any vertex that is not a finite number.
fn assert_finite(h: &Harness<'_, FieldReportApp>, what: &str) {
    let output = h.output();
    let primitives = h.ctx.tessellate(output.shapes.clone(), output.pixels_per_point);
    for p in primitives {
        assert!(
            p.clip_rect.is_finite() || p.clip_rect == egui::Rect::EVERYTHING,
            "{what}: clip rect {:?}",
            p.clip_rect
        );
        if let egui::epaint::Primitive::Mesh(mesh) = p.primitive {
            for v in &mesh.vertices {
                assert!(
                    v.pos.x.is_finite() && v.pos.y.is_finite(),
                    "{what}: a vertex at {:?}",
                    v.pos
                );
            }
        }
    }
}

/// Runs frames until the window asks for no more; a window that never settles fails.
fn settle(h: &mut Harness<'_, FieldReportApp>) {
    if let Err(e) = h.try_run() {
        panic!("the window did not settle: {e}");
    }
}

fn every_view(name: &str, loaded: &LoadedReport, theme: ThemeChoice, hide_all: bool) {
    let mut state = State::new(Settings::default(), vec![loaded.clone()]);
    state.view.theme_override = Some(theme);
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(8)
        .with_context_setup(|ctx| ctx.set_fonts(fieldreport::fonts::definitions()))
        .build_ui_state(|ui, app: &mut FieldReportApp| app.ui(ui), FieldReportApp::new(state));
    settle(&mut h);
    for kind in ChartKind::ALL {
        if hide_all {
            let names = h.state().state.view.charts.get(kind).legend();
            h.state_mut()
                .state
                .jobs
                .queue
                .push(Command::SetHidden(kind, names.into_iter().collect()));
        }
        h.state_mut().state.jobs.queue.push(Command::ShowChart(kind));
        settle(&mut h);
        // Hover the middle of the plot too: tooltips are drawn from the same data.
        h.hover_at(egui::pos2(640.0, 400.0));
        settle(&mut h);
        assert_finite(&h, &format!("{name}, {kind:?}, {theme:?}, hidden {hide_all}"));
    }
    for view in [View::Table, View::Sources] {
        h.state_mut().state.jobs.queue.push(Command::ShowView(view));
        settle(&mut h);
        assert_finite(&h, &format!("{name}, {view:?}, {theme:?}"));
    }
}

#[test]
fn every_chart_and_view_draws_extreme_reports() {
    for (name, loaded) in datasets() {
        for theme in [ThemeChoice::Light, ThemeChoice::Dark] {
            every_view(name, &loaded, theme, false);
        }
        every_view(name, &loaded, ThemeChoice::Light, true);
    }
}

#[test]
fn extreme_reports_export_as_pictures() {
    use fieldreport::export::{ExportSize, Picture, Stamp};
    let size = ExportSize {
        width: 640,
        height: 360,
        scale: 1.0,
        dark: false,
    };
    for (name, loaded) in datasets() {
        let data = fieldreport::report::Dataset::merge(vec![loaded]);
        let options = fieldreport::charts::ChartOptions::default();
        for kind in ChartKind::ALL {
            let picture = Picture::new(kind.prepare(&data, &options), &options, Stamp::now(&data));
            let image = picture.render(size).unwrap_or_else(|e| panic!("{name}, {kind:?}: {e}"));
            assert_eq!((image.width, image.height), (640, 360), "{name}, {kind:?}");
        }
    }
}
