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
        None => match fieldreport::app::run(cli.files) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("fieldreport: the window could not be opened: {error}");
                ExitCode::FAILURE
            }
        },
    }
}
