//! Start-up: set up logging and the environment the graphics stack expects, parse the command
//! line, then run a subcommand or open the viewer.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::OnceLock;
use std::time::Instant;

use clap::{Parser, Subcommand};

/// A chart viewer for conflict report data: funding, losses, battles and township control,
/// with every figure's qualifier and source kept.
#[derive(Parser)]
#[command(name = "fieldreport", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Report files to open in the viewer (the bundled sample when none).
    files: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Read report files and print what they hold, their warnings and the conflicts between them.
    Check {
        /// Report files (format 1 JSON, or CSV tables as File ▸ Export all figures writes them).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print JSON for scripts instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Render charts to PNG files without a window, as the viewer exports them.
    Render {
        /// Report files (format 1 JSON or CSV).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Which chart (funding, losses, townships, battles, map), or all.
        #[arg(long, default_value = "all", value_parser = fieldreport::cli::parse_chart)]
        chart: fieldreport::cli::ChartSelection,
        /// Folder to write into (created when missing).
        #[arg(long)]
        out: PathBuf,
        /// Picture size in points, WIDTHxHEIGHT.
        #[arg(long, default_value = "1600x900", value_parser = fieldreport::cli::parse_size)]
        size: (u32, u32),
        /// Pixels per point.
        #[arg(long, default_value_t = 2.0)]
        scale: f32,
        /// A size people publish at (sets the size and scale): social (1200×675 pixels),
        /// article (1600×900), square (1080×1080), mobile (800×1000), print (3200×1800).
        #[arg(long, value_parser = fieldreport::cli::parse_preset)]
        preset: Option<fieldreport::export::Preset>,
        /// Light or dark.
        #[arg(long, value_enum, default_value = "light")]
        theme: fieldreport::cli::ThemeArg,
        /// Also write each chart's alt text beside it (.txt) and its data (.csv).
        #[arg(long)]
        with_text: bool,
        /// The language of the pictures, alt text and CSV headers: en or my (Burmese).
        #[arg(long, default_value = "en", value_parser = fieldreport::cli::parse_lang)]
        lang: fieldreport::i18n::Lang,
        /// The digits of numbers: latin or myanmar (the language's own when not given).
        #[arg(long, value_parser = fieldreport::cli::parse_digits)]
        digits: Option<fieldreport::i18n::Digits>,
        /// The file format: png (pixels), svg or pdf (vectors; a PDF carries the reports).
        #[arg(long, default_value = "png", value_parser = fieldreport::cli::parse_format)]
        format: fieldreport::export::vector::PictureFormat,
        /// How an SVG writes its text: text (searchable and editable, the fonts embedded as
        /// subsets) or outlines (the same in tools that substitute fonts).
        #[arg(long, default_value = "text", value_parser = fieldreport::cli::parse_svg_text)]
        svg_text: fieldreport::export::vector::SvgText,
        /// With event files: count per year or per month.
        #[arg(long, default_value = "year", value_parser = fieldreport::cli::events::parse_period)]
        by: fieldreport::report::events::Period,
        /// With event files: which events (battles, political-violence, all).
        #[arg(long = "events", default_value = "battles", value_parser = fieldreport::cli::events::parse_preset)]
        events_preset: fieldreport::report::events::Preset,
        /// Township boundaries for the map (a GeoJSON FeatureCollection or a shapefile's .shp):
        /// listed townships are filled within them.
        #[arg(long, value_name = "FILE")]
        boundaries: Option<PathBuf>,
        /// Who made the boundaries, drawn on the map and in the caption (when the file does not
        /// say, or to say it otherwise).
        #[arg(long, value_name = "TEXT", requires = "boundaries")]
        boundaries_credit: Option<String>,
        /// With event files and --boundaries: fill the map's townships by the first event
        /// file's counts, in classes, instead of drawing circles.
        #[arg(long, requires = "boundaries")]
        fill_townships: bool,
    },
    /// Count the events of ACLED or UCDP GED files (per year or month, a preset of event types),
    /// beside the claims of any report files given too.
    Events {
        /// Event files (ACLED or UCDP GED CSV, recognised by their header row), and report files
        /// whose claims are set beside the counts.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Count per year or per month.
        #[arg(long, default_value = "year", value_parser = fieldreport::cli::events::parse_period)]
        by: fieldreport::report::events::Period,
        /// Which events: battles, political-violence or all.
        #[arg(long, default_value = "battles", value_parser = fieldreport::cli::events::parse_preset)]
        preset: fieldreport::report::events::Preset,
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
    /// Turn a report file into the other format: JSON to a CSV table, CSV to JSON.
    Convert {
        /// The file to read (JSON or CSV, told apart by its content).
        input: PathBuf,
        /// The file to write: .json or .csv; or a folder, for one JSON file per report of a table.
        output: PathBuf,
        /// Overwrite OUT when it exists.
        #[arg(long)]
        force: bool,
        /// Write every text typed in the Zawgyi encoding in Unicode (texts in Unicode stay).
        #[arg(long)]
        zawgyi_to_unicode: bool,
    },
    /// Print the JSON Schema of report files (format 1), for editors that check files as one types.
    Schema,
    /// Write the manual pages (roff) made from these definitions into a folder: fieldreport.1 and
    /// one per subcommand; the package installs them (`assets/man/`, kept equal by a test).
    #[command(hide = true)]
    Manpage {
        /// The folder to write into (made when missing).
        out: PathBuf,
    },
}

fn main() -> ExitCode {
    start_logging();
    let cli = Cli::parse();
    if matches!(cli.command, None | Some(Command::Render { .. })) {
        #[cfg(target_os = "linux")]
        use_private_runtime_dir_when_missing();
    }
    match cli.command {
        Some(Command::Check { files, json }) => {
            let (event_paths, files) = fieldreport::cli::events::partition(&files);
            let events = fieldreport::cli::events::read_all(&event_paths);
            let results = fieldreport::cli::read_all(&files);
            let out = if json {
                fieldreport::cli::json_with_events(&results, &events)
            } else {
                fieldreport::cli::events::check_text(&events) + &fieldreport::cli::text(&results)
            };
            print!("{out}");
            ExitCode::from(fieldreport::cli::exit_code(&results).max(fieldreport::cli::events::exit_code(&events)))
        }
        Some(Command::Events {
            files,
            by,
            preset,
            json,
        }) => {
            let (event_paths, files) = fieldreport::cli::events::partition(&files);
            let events = fieldreport::cli::events::read_all(&event_paths);
            let results = fieldreport::cli::read_all(&files);
            for (path, result) in &results {
                if let Err(error) = result {
                    eprintln!("fieldreport events: {}: {error}", path.display());
                }
            }
            if events.is_empty() {
                eprintln!(
                    "fieldreport events: none of the files is an ACLED or UCDP GED export (recognised by its header row)"
                );
                return ExitCode::from(2);
            }
            let reports: Vec<fieldreport::report::LoadedReport> = results
                .iter()
                .filter_map(|(_, r)| r.as_ref().ok())
                .flatten()
                .cloned()
                .collect();
            let aggregation = fieldreport::report::events::Aggregation {
                by,
                types: fieldreport::report::events::TypeFilter::Preset(preset),
                ..Default::default()
            };
            let out = if json {
                fieldreport::cli::events::json(&events, &reports, &aggregation)
            } else {
                fieldreport::cli::events::text(&events, &reports, &aggregation)
            };
            print!("{out}");
            ExitCode::from(fieldreport::cli::exit_code(&results).max(fieldreport::cli::events::exit_code(&events)))
        }
        Some(Command::Render {
            files,
            chart,
            out,
            size,
            scale,
            preset,
            theme,
            with_text,
            lang,
            digits,
            format,
            svg_text,
            by,
            events_preset,
            boundaries,
            boundaries_credit,
            fill_townships,
        }) => {
            let tr = fieldreport::i18n::Tr {
                lang,
                digits: digits.unwrap_or_else(|| lang.default_digits()),
            };
            let dark = theme == fieldreport::cli::ThemeArg::Dark;
            let size = preset.map_or(
                fieldreport::export::ExportSize {
                    width: size.0,
                    height: size.1,
                    scale,
                    dark,
                },
                |p| p.size(dark),
            );
            let aggregation = fieldreport::report::events::Aggregation {
                by,
                types: fieldreport::report::events::TypeFilter::Preset(events_preset),
                fill_townships,
                ..Default::default()
            };
            let how = fieldreport::cli::Rendering {
                size,
                with_text,
                tr,
                format,
                svg_text,
                aggregation,
                boundaries: boundaries.map(|b| (b, boundaries_credit)),
            };
            match fieldreport::cli::render(&files, &chart.0, &out, how) {
                Ok(written) => {
                    for path in written {
                        println!("{}", path.display());
                    }
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    eprintln!("fieldreport render: {message}");
                    ExitCode::from(1)
                }
            }
        }
        Some(Command::Convert {
            input,
            output,
            force,
            zawgyi_to_unicode,
        }) => match fieldreport::cli::convert(&input, &output, force, zawgyi_to_unicode) {
            Ok((written, converted)) => {
                for field in converted {
                    println!("from Zawgyi to Unicode: {field}");
                }
                for path in written {
                    println!("{}", path.display());
                }
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("fieldreport convert: {}", error.message);
                ExitCode::from(if error.usage { 2 } else { 1 })
            }
        },
        Some(Command::Schema) => {
            print!("{}", fieldreport::cli::SCHEMA);
            ExitCode::SUCCESS
        }
        Some(Command::Manpage { out }) => {
            let command = <Cli as clap::CommandFactory>::command();
            match std::fs::create_dir_all(&out).and_then(|()| clap_mangen::generate_to(command, &out)) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("fieldreport manpage: {error}: {}", out.display());
                    ExitCode::FAILURE
                }
            }
        }
        // A file opened while a window is open goes to that window.
        None if !cli.files.is_empty()
            && fieldreport::io::instance::socket_path()
                .is_some_and(|socket| fieldreport::io::instance::hand_over_to(&socket, &cli.files)) =>
        {
            ExitCode::SUCCESS
        }
        None => match fieldreport::app::run(cli.files) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("fieldreport: the window could not be opened: {error}");
                ExitCode::FAILURE
            }
        },
    }
}

/// When the process started, for the times in log lines.
static STARTED: OnceLock<Instant> = OnceLock::new();

/// With `RUST_LOG` set (for instance `RUST_LOG=debug` or `RUST_LOG=wgpu_core=info,eframe=debug`),
/// diagnostics of fieldreport and its libraries (eframe, egui, wgpu, winit) go to stderr, each line
/// with the milliseconds since start. Without it nothing is logged.
fn start_logging() {
    use std::io::Write as _;

    let started = *STARTED.get_or_init(Instant::now);
    let Ok(filters) = std::env::var("RUST_LOG") else {
        return;
    };
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

/// Graphics libraries look for the user's runtime folder (`XDG_RUNTIME_DIR`): Mesa's Vulkan
/// device-select layer asks libwayland for a compositor there each time wgpu lists the adapters,
/// and libwayland prints "error: XDG_RUNTIME_DIR is invalid or not set in the environment." when
/// the variable is missing, as in an ssh or cron shell. As the XDG base directory specification
/// asks, this falls back to a replacement: a folder of this user's own in the temporary folder,
/// mode 0700 (like Qt's `/tmp/runtime-$USER`), kept between runs.
///
/// Changing the environment of a running process is `unsafe` (another thread may read it at the
/// same time), so the program starts itself again with the variable set: the same process, arguments
/// and standard streams. This only happens where the variable is missing, never in a desktop session.
#[cfg(target_os = "linux")]
fn use_private_runtime_dir_when_missing() {
    use std::os::unix::fs::{DirBuilderExt as _, MetadataExt as _, PermissionsExt as _};
    use std::os::unix::process::CommandExt as _;

    if std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|dir| dir.as_encoded_bytes().starts_with(b"/")) {
        return;
    }
    let Ok(uid) = std::fs::metadata("/proc/self").map(|m| m.uid()) else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("fieldreport-runtime-{uid}"));
    if let Err(error) = std::fs::DirBuilder::new().mode(0o700).create(&dir)
        && error.kind() != std::io::ErrorKind::AlreadyExists
    {
        log::info!("no runtime folder: {} could not be made: {error}", dir.display());
        return;
    }
    // A link, or a folder of someone else's or that others may enter, is not used.
    let private = std::fs::symlink_metadata(&dir)
        .is_ok_and(|m| m.is_dir() && m.uid() == uid && m.permissions().mode() & 0o077 == 0);
    if !private {
        log::warn!("no runtime folder: {} is not private to this user", dir.display());
        return;
    }
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    log::info!("XDG_RUNTIME_DIR is not set; starting again with {}", dir.display());
    let mut args = std::env::args_os();
    let mut command = std::process::Command::new(exe);
    if let Some(arg0) = args.next() {
        command.arg0(arg0);
    }
    let error = command.args(args).env("XDG_RUNTIME_DIR", &dir).exec();
    log::warn!("could not start again with a runtime folder: {error}");
}
