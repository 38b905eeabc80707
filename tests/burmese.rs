//! Burmese: every chart of the sample in the window, one exported picture, `render --lang my`,
//! the language chosen through the View menu, and numbers with Myanmar digits. The snapshots
//! are looked at by eye when they change: every glyph shaped, no boxes or dotted circles.

mod window;

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use fieldreport::app::FieldReportApp;
use fieldreport::charts::{ChartKind, ChartOptions};
use fieldreport::command::{Command, ThemeChoice};
use fieldreport::export::{ExportSize, Picture, Stamp};
use fieldreport::i18n::{Digits, Lang, Tr};
use fieldreport::report::{Dataset, sample};

fn harness(app: FieldReportApp) -> Harness<'static, FieldReportApp> {
    window::harness(app, egui::Theme::Light)
}

fn burmese_sample() -> Harness<'static, FieldReportApp> {
    let mut app = FieldReportApp::with_sample();
    app.state.view.theme_override = Some(ThemeChoice::Light);
    app.state.jobs.queue.push(Command::SetLanguage(Lang::My));
    let mut h = harness(app);
    h.run();
    h
}

#[test]
fn snapshots_of_every_chart_in_burmese() {
    let mut h = burmese_sample();
    for kind in ChartKind::ALL {
        h.state_mut().state.jobs.queue.push(Command::ShowChart(kind));
        h.run();
        h.snapshot(format!("{}-my", kind.key()));
    }
}

#[test]
fn the_charts_speak_burmese_with_myanmar_digits_and_keep_the_reports_words() {
    let h = burmese_sample();
    let state = &h.state().state;
    assert_eq!(state.view.options.tr, Tr::MY);
    let losses = state.view.charts.get(ChartKind::Losses);
    assert_eq!(losses.title(), "နှစ်စဉ် ထိခိုက်ဆုံးရှုံးမှု (စစ်ကောင်စီ)");
    let legend = losses.legend();
    assert!(
        legend.contains(&"killed".to_owned()),
        "series are still hidden by their names: {legend:?}"
    );
    let losses = losses
        .data::<fieldreport::charts::losses::LossesData>()
        .expect("losses");
    let labels: Vec<&str> = losses.series.iter().map(|s| s.label.as_str()).collect();
    assert!(labels.contains(&"သေဆုံး"), "{labels:?}");
    let killed = losses.series.iter().find(|s| s.name == "killed").expect("killed");
    let tip = killed.bars[0].tooltip_text_in(Tr::MY, Some(&state.docs.dataset));
    assert!(tip.contains("၅,၆၉၉") && tip.contains("ရင်းမြစ် - Mizzima"), "{tip}");
    let totals: Vec<&str> = losses.labels.iter().map(|t| t.text.as_str()).collect();
    assert!(totals.iter().any(|t| t.contains("၉,၅၄၉")), "{totals:?}");
    let funding = state.view.charts.get(ChartKind::Funding);
    let funding = funding
        .data::<fieldreport::charts::funding::FundingData>()
        .expect("funding");
    assert_eq!(funding.y_label, "ကျပ်ဘီလီယံ");
    // The checks are worded in Burmese too, the report's own labels as written.
    let open = &state.docs.reports[0];
    let words: Vec<&str> = state.warnings(open).iter().map(|w| w.message.as_str()).collect();
    assert_eq!(words.len(), open.loaded.warnings.len(), "{words:?}");
    assert!(words.iter().any(|w| w.contains("မြို့နယ် ၃၃၀ ခုဟု ယူဆထားသည်")), "{words:?}");
    assert!(
        words
            .iter()
            .any(|w| w.contains("drone-only attacks") && w.contains("၇၉၁") && w.contains("အနည်းဆုံး ၇၀၁")),
        "{words:?}"
    );
    assert!(
        words
            .iter()
            .all(|w| !w.contains("lies outside") && !w.contains("assumed")),
        "{words:?}"
    );
    // A bar's tooltip, from its first line to the implied rate, in Burmese with Myanmar digits.
    let support = &funding.series[0].bars[2];
    let tip = support.tooltip_text_in(Tr::MY, Some(&state.docs.dataset));
    assert!(tip.starts_with("Battalion support၊ ၂၀၂၅"), "{tip}");
    assert!(tip.contains("သက်ရောက်သော ငွေလဲနှုန်း - တစ်ဒေါ်လာလျှင် အနည်းဆုံး ၂,၁၀၀ ကျပ်"), "{tip}");
    assert!(
        !tip.contains("Implied rate") && !tip.contains("kyats per US dollar"),
        "{tip}"
    );
    assert!(
        funding.caption.sources.iter().any(|s| s.starts_with("Mizzima")),
        "a report's sources are shown as written: {:?}",
        funding.caption.sources
    );
    assert!(
        funding.caption.lines()[0].starts_with("ရင်းမြစ်"),
        "{:?}",
        funding.caption.lines()
    );
}

#[test]
fn the_view_menu_switches_language_and_digits_and_the_tabs_are_still_found() {
    let mut app = FieldReportApp::with_sample();
    app.state.view.theme_override = Some(ThemeChoice::Light);
    let mut h = harness(app);
    h.run();
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label("မြန်မာ").click();
    h.run();
    assert_eq!(h.state().state.settings.lang, Some(Lang::My));
    assert_eq!(h.state().state.view.options.tr, Tr::MY);
    h.state_mut().state.jobs.queue.push(Command::SetDigits(Digits::Latin));
    h.run();
    assert_eq!(h.state().state.view.options.tr.digits, Digits::Latin);
    let losses = h.state().state.view.charts.get(ChartKind::Losses).clone();
    let losses = losses
        .data::<fieldreport::charts::losses::LossesData>()
        .expect("losses");
    assert!(losses.labels.iter().any(|t| t.text.contains("9,549")));
    // Every view's controls are still found through the accessibility tree.
    for kind in ChartKind::ALL {
        h.get_by_label(&kind.tab_in(Tr::MY)).click();
        h.run();
        assert_eq!(h.state().state.settings.chart, kind);
    }
    h.get_by_label(&ChartKind::Townships.tab_in(Tr::MY)).click();
    h.run();
    assert!(
        h.query_all_by_label("သိမ်းပိုက်ပြီး").next().is_some(),
        "the legend in Burmese"
    );
    h.state_mut().state.jobs.queue.push(Command::SetLanguage(Lang::En));
    h.run();
    assert_eq!(
        h.state().state.view.charts.get(ChartKind::Losses).title(),
        "Losses per year (junta)"
    );
}

/// The window switched to Burmese through View ▸ Language, as a user would.
fn switched_to_burmese() -> Harness<'static, FieldReportApp> {
    let mut app = FieldReportApp::with_sample();
    app.state.view.theme_override = Some(ThemeChoice::Light);
    let mut h = harness(app);
    h.run();
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label("မြန်မာ").click();
    h.run();
    assert_eq!(h.state().state.view.options.tr, Tr::MY);
    h
}

#[test]
fn every_view_finds_its_controls_in_burmese() {
    use fieldreport::command::View;
    let mut h = switched_to_burmese();
    assert!(h.query_by_label("View").is_none(), "the menu is in Burmese now");
    // The charts' tabs.
    for kind in ChartKind::ALL {
        h.get_by_label(&kind.tab_in(Tr::MY)).click();
        h.run();
        assert_eq!(h.state().state.settings.chart, kind);
    }
    // The panels beside the charts.
    h.get_by_label("အစီရင်ခံစာများ");
    h.get_by_label("စစ်ဆေးချက်များ");
    h.get_by_label("✖ ပိတ်ရန်");
    // Open in the File menu.
    h.get_by_label("ဖိုင်").click();
    h.run();
    // A menu item's name ends with its shortcut.
    h.get_by_label("ဖွင့်ရန်… Ctrl+O");
    h.get_by_label("အစီရင်ခံစာ အသစ် Ctrl+N");
    h.key_press(egui::Key::Escape);
    h.run();
    // The table and the sources.
    h.get_by_label("ဇယား").click();
    h.run();
    assert_eq!(h.state().state.settings.view, View::Table);
    h.get_by_label("ကိန်းဂဏန်း");
    h.get_by_label("ရင်းမြစ်များ").click();
    h.run();
    assert_eq!(h.state().state.settings.view, View::Sources);
    h.get_by_label("ထုတ်ပြန်သူ");
    // The editor, opened beside the report, and its Save button.
    h.get_by_label("ပြင်ရန်").click();
    h.run();
    assert_eq!(h.state().state.settings.view, View::Edit);
    h.get_by_label("သိမ်းရန်");
    h.get_by_label("အသေးစိတ်").click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "ခေါင်းစဉ်");
    // The export dialog.
    h.state_mut().state.jobs.queue.push(Command::ShowExportDialog(true));
    h.run();
    h.get_by_label("PNG သိမ်းရန်…");
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "ပုံဖော်ပြချက် (မမြင်ရသူများအတွက်)");
    // And back: English is found again by its English words.
    h.state_mut().state.jobs.queue.push(Command::ShowExportDialog(false));
    h.state_mut().state.jobs.queue.push(Command::SetLanguage(Lang::En));
    h.run();
    h.get_by_label("Save");
    h.get_by_label("View");
}

#[test]
fn snapshot_of_the_window_in_burmese() {
    let mut h = switched_to_burmese();
    h.get_by_label(&ChartKind::Losses.tab_in(Tr::MY)).click();
    h.run();
    h.snapshot("window-my");
}

fn burmese_picture(kind: ChartKind) -> Picture {
    let data = Dataset::merge(vec![sample()]);
    let options = ChartOptions {
        tr: Tr::MY,
        ..ChartOptions::default()
    };
    let mut stamp = Stamp::now(&data);
    // A fixed day, so the snapshot stays the same from one day to the next.
    stamp.date = fieldreport::report::Date::parse("2026-01-05").expect("a date");
    Picture::new(kind.prepare(&data, &options), &options, stamp)
}

#[test]
fn an_exported_picture_in_burmese() {
    let picture = burmese_picture(ChartKind::Losses);
    assert!(
        picture.alt_text.starts_with("ဇယားပုံ - နှစ်စဉ် ထိခိုက်ဆုံးရှုံးမှု"),
        "{}",
        picture.alt_text
    );
    let lines = picture.caption_lines();
    let stamp = lines.last().expect("a stamp");
    assert!(
        stamp.contains("၂၀၂၆-၀၁-၀၅") && stamp.contains("b622f71f418b"),
        "{stamp}"
    );
    let size = ExportSize {
        width: 1000,
        height: 640,
        scale: 1.0,
        dark: false,
    };
    let image = picture.render(size).expect("renders");
    let image = image::RgbaImage::from_raw(image.width, image.height, image.pixels).expect("whole");
    egui_kittest::image_snapshot(&image, "export-losses-my");
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fieldreport-test-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    dir
}

#[test]
fn render_in_burmese_writes_burmese_alt_text_and_csv_headers() {
    let out = temp_dir("render-my");
    let run = |lang: &str, digits: Option<&str>| {
        let mut args = vec![
            "render",
            "assets/nug-2025-military-review.json",
            "--chart",
            "losses",
            "--size",
            "640x360",
            "--scale",
            "1",
            "--with-text",
            "--lang",
            lang,
        ];
        args.extend(digits.map(|d| ["--digits", d]).into_iter().flatten());
        Process::new(env!("CARGO_BIN_EXE_fieldreport"))
            .args(args)
            .arg("--out")
            .arg(&out)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("runs")
    };
    assert!(run("my", None).status.success());
    let alt = std::fs::read_to_string(out.join("losses-2025.txt")).expect("alt text");
    assert!(alt.starts_with("ဇယားပုံ - "), "{alt}");
    let csv = std::fs::read_to_string(out.join("losses-2025.csv")).expect("csv");
    assert!(csv.starts_with("ကဏ္ဍ,"), "{csv}");
    assert!(csv.contains(",5699,"), "values stay machine-readable: {csv}");
    assert!(Path::new(&out.join("losses-2025.png")).exists());
    assert!(run("my", Some("latin")).status.success());
    let refused = run("fr", None);
    assert_eq!(refused.status.code(), Some(2), "clap refuses an unknown language");
    assert!(String::from_utf8_lossy(&refused.stderr).contains("expected en or my"));
    std::fs::remove_dir_all(&out).ok();
}

#[test]
fn the_language_and_digits_are_kept_in_the_settings() {
    use fieldreport::state::Settings;
    let fresh = Settings::default();
    assert_eq!((fresh.lang, fresh.digits), (None, None));
    assert_eq!(fresh.tr(), Tr::EN, "English until a language is chosen");
    let chosen = Settings {
        lang: Some(Lang::My),
        ..Settings::default()
    };
    assert_eq!(chosen.tr(), Tr::MY, "Myanmar digits in Burmese unless chosen");
    let text = serde_json::to_string(&chosen).expect("writes");
    assert!(text.contains(r#""lang":"my""#), "{text}");
    let (read, problem) = Settings::from_storage(Some(&text));
    assert_eq!((read, problem), (chosen, None));
    let (latin, _) = Settings::from_storage(Some(r#"{"lang":"my","digits":"latin"}"#));
    assert_eq!(latin.tr().digits, Digits::Latin);
    let (older, problem) = Settings::from_storage(Some(r#"{"currency":"Usd"}"#));
    assert_eq!((older.lang, problem), (None, None), "settings from before keep working");
}

#[test]
fn the_map_names_its_towns_in_burmese_when_burmese_is_chosen() {
    use fieldreport::charts::map::MapData;
    let data = Dataset::merge(vec![sample()]);
    let town = |tr: Tr| {
        let options = ChartOptions {
            tr,
            ..ChartOptions::default()
        };
        let chart = ChartKind::Map.prepare(&data, &options);
        let map = chart.data::<MapData>().expect("a map");
        map.places()
            .towns
            .iter()
            .find(|t| t.name == "Bhamo")
            .cloned()
            .expect("Bhamo is placed")
    };
    let burmese = town(Tr::MY);
    assert_eq!(burmese.display, "ဗန်းမော်");
    assert!(
        burmese.label.contains("ဗန်းမော်") && !burmese.label.contains("Bhamo"),
        "{}",
        burmese.label
    );
    assert!(
        burmese.tooltip.starts_with("ဗန်းမော် · Bhamo"),
        "the Burmese name first, the English one beside it: {}",
        burmese.tooltip
    );
    assert!(
        burmese.tooltip.contains("၂၀၂၅-၁၂-၃၁ အထိ တိုက်ပွဲဖြစ်ဆဲ") && !burmese.tooltip.contains(", as of "),
        "the tooltip's words in Burmese: {}",
        burmese.tooltip
    );
    let english = town(Tr::EN);
    assert_eq!(english.display, "Bhamo");
    assert!(english.label.starts_with("Bhamo"), "{}", english.label);
    assert!(english.tooltip.starts_with("Bhamo · ဗန်းမော်"), "{}", english.tooltip);
}

/// Every name and value the window gives a screen reader: what a Burmese reader meets.
fn words_on_screen(h: &Harness<'_, FieldReportApp>) -> Vec<String> {
    use egui_kittest::kittest::NodeT as _;
    h.root()
        .children_recursive()
        .flat_map(|n| {
            let a = n.accesskit_node();
            [a.label(), a.value()]
        })
        .flatten()
        .collect()
}

/// Latin words a Burmese window may show: the names of formats, keys and data sources, and
/// every word of the open report (its titles, sources, labels and notes as written).
fn latin_allowed() -> std::collections::BTreeSet<String> {
    let mut allowed: std::collections::BTreeSet<String> = [
        "fieldreport",
        "PNG",
        "CSV",
        "JSON",
        "json",
        "SHA",
        "Ctrl",
        "Shift",
        "MMK",
        "USD",
        "MIMU",
        "Pcode",
        "Natural",
        "Earth",
        "Place",
        "Codes",
        "http",
        "https",
        "Tab",
        "Enter",
        "Delete",
        "Esc",
        "YYYY",
        "MM",
        "DD",
        // egui's own names for a panel's edge and a window's close button.
        "Resize",
        "panel",
        "Close",
        "window",
        "txt",
        "SVG",
        "PDF",
        "ACLED",
        "UCDP",
        "GED",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    let report_and_file = [fieldreport::report::SAMPLE_JSON, fieldreport::report::SAMPLE_NAME];
    for word in report_and_file
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_ascii_alphabetic()))
    {
        allowed.insert(word.to_owned());
    }
    allowed
}

/// The Latin words in what the window shows that are neither the report's own nor a name.
fn english_on_screen(h: &Harness<'_, FieldReportApp>, allowed: &std::collections::BTreeSet<String>) -> Vec<String> {
    let mut found = std::collections::BTreeSet::new();
    for text in words_on_screen(h) {
        // A SHA-256 is hex, not words.
        let is_hex = |w: &str| w.len() == 64 && w.bytes().all(|b| b.is_ascii_hexdigit());
        let words = text.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !is_hex(w));
        for word in words
            .flat_map(|w| w.split(|c: char| !c.is_ascii_alphabetic()))
            .filter(|w| w.len() >= 2)
        {
            if !allowed.contains(word) {
                found.insert(format!("{word:?} in {:?}", text.chars().take(90).collect::<String>()));
            }
        }
    }
    found.into_iter().collect()
}

#[test]
fn no_english_word_in_any_view_in_burmese() {
    use fieldreport::command::View;
    let allowed = latin_allowed();
    let mut h = burmese_sample();
    let mut found = Vec::new();
    for kind in ChartKind::ALL {
        h.state_mut().state.jobs.queue.push(Command::ShowChart(kind));
        h.run();
        found.extend(
            english_on_screen(&h, &allowed)
                .into_iter()
                .map(|w| format!("{}: {w}", kind.key())),
        );
    }
    for view in [View::Table, View::Sources] {
        h.state_mut().state.jobs.queue.push(Command::ShowView(view));
        h.run();
        found.extend(
            english_on_screen(&h, &allowed)
                .into_iter()
                .map(|w| format!("{view:?}: {w}")),
        );
    }
    // The editor: the details form and each section's grid.
    h.get_by_label("ပြင်ရန်").click();
    h.run();
    assert_eq!(h.state().state.settings.view, View::Edit);
    for sheet in ["အသေးစိတ်", "ရင်းမြစ်များ", "ရန်ပုံငွေ", "ထိခိုက်ဆုံးရှုံးမှု", "တိုက်ပွဲများ", "မြို့နယ်များ"]
    {
        if let Some(tab) = h.query_all_by_label(sheet).last() {
            tab.click();
        }
        h.run();
        found.extend(
            english_on_screen(&h, &allowed)
                .into_iter()
                .map(|w| format!("editor {sheet}: {w}")),
        );
    }
    h.state_mut().state.jobs.queue.push(Command::ShowExportDialog(true));
    h.run();
    found.extend(
        english_on_screen(&h, &allowed)
            .into_iter()
            .map(|w| format!("export dialog: {w}")),
    );
    found.sort();
    found.dedup();
    assert!(found.is_empty(), "English in the Burmese window:\n{}", found.join("\n"));
}

#[test]
fn the_editor_says_why_it_refused_a_cell_or_a_paste_in_burmese() {
    use fieldreport::report::edit::change::{At, Change};
    use fieldreport::report::edit::table::{Field, Row, Sheet};
    let mut allowed = latin_allowed();
    // What was typed and pasted is the user's own text, shown as typed.
    allowed.extend(["lots", "plenty"].map(str::to_owned));
    let mut h = burmese_sample();
    h.get_by_label("ပြင်ရန်").click();
    h.run();
    let target = h.state().state.edited().expect("the sample in the editor").target();
    let kyats = At {
        sheet: Sheet::Funding,
        row: Row::Funding(0),
        field: Field::Mmk,
    };
    let typed = Change::Type(kyats, "lots".to_owned());
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::Edit(target, "typed".to_owned(), typed));
    h.run();
    assert!(
        h.query_by_label_contains("“lots” သည် ကိန်းဂဏန်း မဟုတ်ပါ").is_some(),
        "the refusal is in Burmese"
    );
    let found = english_on_screen(&h, &allowed);
    assert!(found.is_empty(), "English in the refusal:\n{}", found.join("\n"));

    h.key_press(egui::Key::Escape);
    h.run();
    let pasted = Change::Paste {
        sheet: Sheet::Funding,
        at: Some((Row::Funding(0), Field::Year)),
        extra: Vec::new(),
        text: "2023\tBattalion support\tplenty\n".to_owned(),
    };
    h.state_mut()
        .state
        .jobs
        .queue
        .push(Command::Edit(target, "pasted".to_owned(), pasted));
    h.run();
    let message = h.state().scratch.editor.message.clone().unwrap_or_default();
    assert!(
        message.contains("အတန်း ၁၊ ") && message.contains("- “plenty” (“plenty” သည် ကိန်းဂဏန်း မဟုတ်ပါ)"),
        "the cell left out is said in Burmese: {message}"
    );
    let found = english_on_screen(&h, &allowed);
    assert!(
        found.is_empty(),
        "English in what the paste left:\n{}",
        found.join("\n")
    );
}
