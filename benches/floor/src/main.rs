//! The smallest window of fieldreport's stack: a menu bar and one bar chart. With `RUST_LOG` set
//! it logs like fieldreport (milliseconds since start), so the two timelines compare.

fn main() -> eframe::Result {
    if let Ok(filters) = std::env::var("RUST_LOG") {
        use std::io::Write as _;
        let started = std::time::Instant::now();
        env_logger::Builder::new()
            .parse_filters(&filters)
            .format(move |out, record| {
                let ms = started.elapsed().as_secs_f64() * 1000.0;
                writeln!(
                    out,
                    "{ms:9.1} ms {:5} {}: {}",
                    record.level(),
                    record.target(),
                    record.args()
                )
            })
            .init();
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("floor")
            .with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_ui_native("floor", options, |ui, _frame| {
        egui::Panel::top("menu").show(ui, |ui| {
            ui.menu_button("File", |ui| ui.label("nothing"));
        });
        egui::CentralPanel::default().show(ui, |ui| {
            let bars = [25.0, 32.9, 33.6]
                .iter()
                .enumerate()
                .map(|(i, v)| egui_plot::Bar::new(2023.0 + i as f64, *v))
                .collect();
            egui_plot::Plot::new("chart").show(ui, |plot| {
                plot.bar_chart(egui_plot::BarChart::new("funding", bars));
            });
        });
    })
}
