//! Start-up: parse the command line, then run a subcommand or open the viewer.

use std::path::PathBuf;
use std::process::ExitCode;

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
        /// Report files (format 1 JSON).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print JSON for scripts instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Render charts to PNG files without a window, as the viewer exports them.
    Render {
        /// Report files (format 1 JSON).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Which chart (funding, losses, townships, battles), or all.
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
        /// Light or dark.
        #[arg(long, value_enum, default_value = "light")]
        theme: fieldreport::cli::ThemeArg,
        /// Also write each chart's alt text beside it (.txt) and its data (.csv).
        #[arg(long)]
        with_text: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { files, json }) => {
            let results = fieldreport::cli::read_all(&files);
            let out = if json {
                fieldreport::cli::json(&results)
            } else {
                fieldreport::cli::text(&results)
            };
            print!("{out}");
            ExitCode::from(fieldreport::cli::exit_code(&results))
        }
        Some(Command::Render {
            files,
            chart,
            out,
            size,
            scale,
            theme,
            with_text,
        }) => {
            let size = fieldreport::export::ExportSize {
                width: size.0,
                height: size.1,
                scale,
                dark: theme == fieldreport::cli::ThemeArg::Dark,
            };
            match fieldreport::cli::render(&files, &chart.0, &out, size, with_text) {
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
        None => match fieldreport::app::run(cli.files) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("fieldreport: the window could not be opened: {error}");
                ExitCode::FAILURE
            }
        },
    }
}
