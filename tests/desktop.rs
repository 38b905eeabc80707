//! The desktop side: a quiet start without a runtime folder, diagnostics through `RUST_LOG`, the
//! icons, files handed to the window on the same display, and the desktop entry, file type and
//! AppStream files checked by their validators (`.ci/run` installs them; a test fails without
//! them rather than passing unchecked).

mod update;
mod window;

use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fieldreport-desktop-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Runs fieldreport as from an ssh or cron shell: no runtime folder, temporary files in `tmp`.
fn run_without_runtime_dir(tmp: &Path, rust_log: Option<&str>, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_fieldreport"));
    command
        .args(args)
        .current_dir(manifest_dir())
        .env_remove("XDG_RUNTIME_DIR")
        .env_remove("RUST_LOG")
        .env("TMPDIR", tmp);
    if let Some(filters) = rust_log {
        command.env("RUST_LOG", filters);
    }
    command.output().expect("runs")
}

fn runtime_dir(tmp: &Path) -> PathBuf {
    let uid = std::fs::metadata("/proc/self").expect("proc").uid();
    tmp.join(format!("fieldreport-runtime-{uid}"))
}

#[test]
fn render_without_a_runtime_folder_prints_nothing_on_stderr() {
    let tmp = temp_dir("quiet");
    let out = tmp.join("out");
    let output = run_without_runtime_dir(
        &tmp,
        None,
        &[
            "render",
            "assets/nug-2025-military-review.json",
            "--chart",
            "funding",
            "--size",
            "400x225",
            "--scale",
            "1",
            "--out",
            out.to_str().expect("utf-8 path"),
        ],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(stderr, "", "nothing on stderr");
    assert!(out.join("funding-2023-2025.png").is_file());
    let meta = std::fs::symlink_metadata(runtime_dir(&tmp)).expect("a private runtime folder");
    assert!(meta.is_dir());
    assert_eq!(meta.permissions().mode() & 0o777, 0o700);
    std::fs::remove_dir_all(&tmp).ok();
}

#[test]
fn rust_log_shows_diagnostics_and_nothing_is_logged_without_it() {
    let tmp = temp_dir("log");
    let args = ["render", "tests/fixtures/bad/nan.json", "--out", "target/never"];
    let logged = run_without_runtime_dir(&tmp, Some("fieldreport=info"), &args);
    let stderr = String::from_utf8_lossy(&logged.stderr);
    assert_eq!(logged.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("INFO  fieldreport: XDG_RUNTIME_DIR is not set; starting again with "),
        "{stderr}"
    );
    assert!(stderr.contains("nan.json:4:39"), "{stderr}");
    let quiet = run_without_runtime_dir(&tmp, None, &args);
    let stderr = String::from_utf8_lossy(&quiet.stderr);
    assert_eq!(stderr.lines().count(), 1, "only the refusal: {stderr}");
    assert!(stderr.starts_with("fieldreport render: "), "{stderr}");
    std::fs::remove_dir_all(&tmp).ok();
}

#[test]
fn a_runtime_folder_others_may_enter_is_not_used() {
    let tmp = temp_dir("shared");
    let dir = runtime_dir(&tmp);
    std::fs::create_dir(&dir).expect("create");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let output = run_without_runtime_dir(
        &tmp,
        Some("fieldreport=info"),
        &["render", "tests/fixtures/bad/nan.json", "--out", "target/never"],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("is not private to this user"), "{stderr}");
    assert!(!stderr.contains("starting again"), "{stderr}");
    std::fs::remove_dir_all(&tmp).ok();
}

#[test]
fn the_check_command_does_not_start_again() {
    let tmp = temp_dir("check");
    let output = run_without_runtime_dir(
        &tmp,
        Some("fieldreport=info"),
        &["check", "assets/nug-2025-military-review.json"],
    );
    assert!(output.status.success());
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert!(!runtime_dir(&tmp).exists());
    std::fs::remove_dir_all(&tmp).ok();
}

#[test]
fn icons_are_the_sizes_their_names_say() {
    for size in [16, 24, 32, 48, 64, 128, 256, 512] {
        let path = manifest_dir().join(format!("assets/icons/fieldreport-{size}.png"));
        let bytes = std::fs::read(&path).expect("icon");
        let reader = png::Decoder::new(std::io::Cursor::new(bytes))
            .read_info()
            .expect("a PNG");
        let info = reader.info();
        assert_eq!((info.width, info.height), (size, size), "{}", path.display());
        assert_eq!(info.color_type, png::ColorType::Rgba, "{}", path.display());
    }
}

/// Runs a validator; a validator that is not installed fails the test, naming the package
/// that has it (`.ci/run` installs them all).
fn validate(program: &str, package: &str, args: &[&str]) -> Output {
    match Command::new(program).args(args).current_dir(manifest_dir()).output() {
        Ok(output) => output,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            panic!("{program} is not installed: `apt-get install {package}` (or run `bash .ci/run`)")
        }
        Err(error) => panic!("{program}: {error}"),
    }
}

/// The application's id: the AppStream component, the desktop entry's name and the window's app id.
const APP_ID: &str = "io.github.fieldreport.fieldreport";

#[test]
fn the_desktop_entry_passes_desktop_file_validate() {
    let entry = format!("assets/{APP_ID}.desktop");
    let output = validate("desktop-file-validate", "desktop-file-utils", &[&entry]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{text}");
    assert_eq!(text, "", "no warnings");
}

#[test]
fn the_appstream_metadata_passes_appstreamcli_validate() {
    let metainfo = format!("assets/{APP_ID}.metainfo.xml");
    let output = validate(
        "appstreamcli",
        "appstream",
        &["validate", "--no-net", "--pedantic", &metainfo],
    );
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{text}");
    assert!(!text.contains("W: ") && !text.contains("E: "), "{text}");
}

#[test]
fn the_app_id_is_the_same_everywhere() {
    let read = |path: &str| std::fs::read_to_string(manifest_dir().join(path)).expect(path);
    let metainfo = read(&format!("assets/{APP_ID}.metainfo.xml"));
    assert!(metainfo.contains(&format!("<id>{APP_ID}</id>")), "{metainfo}");
    assert!(
        metainfo.contains(&format!(
            r#"<launchable type="desktop-id">{APP_ID}.desktop</launchable>"#
        )),
        "{metainfo}"
    );
    assert!(
        read("src/app.rs").contains(&format!(".with_app_id(\"{APP_ID}\")")),
        "the window's app id (Wayland finds its desktop entry and icon by it)"
    );
    let cargo = read("Cargo.toml");
    for asset in [
        format!("assets/{APP_ID}.desktop"),
        format!("assets/{APP_ID}.metainfo.xml"),
    ] {
        assert!(cargo.contains(&format!("[\"{asset}\"")), "the package installs {asset}");
    }
}

#[test]
fn report_files_get_their_own_type() {
    let data = temp_dir("mime");
    let packages = data.join("mime/packages");
    std::fs::create_dir_all(&packages).expect("dir");
    std::fs::copy(
        manifest_dir().join("assets/fieldreport-mime.xml"),
        packages.join("fieldreport.xml"),
    )
    .expect("copy");
    let mime = data.join("mime");
    let output = validate(
        "update-mime-database",
        "shared-mime-info",
        &[mime.to_str().expect("utf-8 path")],
    );
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let globs = std::fs::read_to_string(mime.join("globs2")).expect("globs2");
    assert!(
        globs.contains("application/x-fieldreport+json:*.fieldreport.json"),
        "{globs}"
    );
    let subclasses = std::fs::read_to_string(mime.join("subclasses")).expect("subclasses");
    assert!(
        subclasses.contains("application/x-fieldreport+json application/json"),
        "{subclasses}"
    );
    let magic = std::fs::read(mime.join("magic")).expect("magic");
    assert!(magic.windows(13).any(|w| w == b"\"fieldreport\""));
    std::fs::remove_dir_all(&data).ok();
}

/// Waits for a started fieldreport, killing it after `limit` (a window that opened by mistake).
fn wait_at_most(mut child: std::process::Child, limit: std::time::Duration) -> Output {
    let started = std::time::Instant::now();
    while child.try_wait().expect("waits").is_none() {
        if started.elapsed() > limit {
            child.kill().ok();
            panic!("fieldreport still ran after {limit:?}");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

#[test]
fn a_file_goes_to_the_window_on_its_own_display_only() {
    use fieldreport::io::instance;
    let tmp = temp_dir("displays");
    let runtime = tmp.join("runtime");
    std::fs::create_dir(&runtime).expect("runtime folder");
    std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    // A window on display :71 (stood in for by its listener).
    let socket = runtime.join(instance::socket_name(|var| (var == "DISPLAY").then(|| ":71".into())));
    let (tx, rx) = std::sync::mpsc::channel();
    let listening = instance::listen_at(
        &socket,
        move |paths| drop(tx.send(paths)),
        fieldreport::io::spawn_thread,
    );
    assert!(listening.expect("listens"));
    // No X server runs on :9871, so a start there that does not hand its file over fails to open
    // a window of its own.
    assert!(!Path::new("/tmp/.X11-unix/X9871").exists(), "display :9871 is taken");
    let start = |display: &str| {
        let child = Command::new(env!("CARGO_BIN_EXE_fieldreport"))
            .arg("assets/nug-2025-military-review.json")
            .current_dir(manifest_dir())
            .env("XDG_RUNTIME_DIR", &runtime)
            .env("HOME", &tmp)
            .env("DISPLAY", display)
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("WAYLAND_SOCKET")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("starts");
        wait_at_most(child, std::time::Duration::from_secs(60))
    };
    let elsewhere = start(":9871");
    let stderr = String::from_utf8_lossy(&elsewhere.stderr);
    assert!(!elsewhere.status.success(), "{stderr}");
    assert!(stderr.contains("the window could not be opened"), "{stderr}");
    assert!(
        rx.try_recv().is_err(),
        "a start on :9871 handed its file to the window on :71"
    );
    let here = start(":71.0");
    assert!(here.status.success(), "{}", String::from_utf8_lossy(&here.stderr));
    let paths = rx
        .recv_timeout(std::time::Duration::from_secs(5))
        .expect("the file arrives");
    assert_eq!(paths, [manifest_dir().join("assets/nug-2025-military-review.json")]);
    std::fs::remove_dir_all(&tmp).ok();
}

#[test]
fn a_file_handed_to_the_open_window_opens_there_and_brings_it_to_the_front() {
    use fieldreport::app::FieldReportApp;
    let tmp = temp_dir("front");
    let socket = tmp.join("test.sock");
    let mut h = window::harness(FieldReportApp::with_sample(), egui::Theme::Light);
    h.run();
    let ctx = h.ctx.clone();
    assert!(
        h.state()
            .state
            .jobs
            .worker
            .listen_for_files(&socket, &ctx)
            .expect("listens")
    );
    let file = manifest_dir().join("tests/fixtures/conflicting-review.json");
    assert!(fieldreport::io::instance::hand_over_to(&socket, &[file]));
    let mut focused = false;
    for _ in 0..500 {
        h.step();
        focused |= h
            .output()
            .viewport_output
            .values()
            .any(|v| v.commands.contains(&egui::ViewportCommand::Focus));
        let opened = h
            .state()
            .state
            .docs
            .reports
            .iter()
            .any(|r| r.loaded.name == "conflicting-review.json");
        if focused && opened && !h.state().state.is_busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(focused, "the window asked to come to the front");
    let names: Vec<&str> = h
        .state()
        .state
        .docs
        .reports
        .iter()
        .map(|r| r.loaded.name.as_str())
        .collect();
    assert_eq!(
        names,
        ["conflicting-review.json"],
        "the file opened (the sample steps aside)"
    );
    std::fs::remove_dir_all(&tmp).ok();
}

#[test]
fn the_packaged_manual_pages_are_those_the_program_writes() {
    let tmp = temp_dir("man");
    let status = Command::new(env!("CARGO_BIN_EXE_fieldreport"))
        .arg("manpage")
        .arg(&tmp)
        .status()
        .expect("runs");
    assert!(status.success());
    let packaged = manifest_dir().join("assets/man");
    let names = |dir: &Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("a folder")
            .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let written = names(&tmp);
    assert!(written.contains(&"fieldreport.1".to_owned()) && written.contains(&"fieldreport-render.1".to_owned()));
    if update::update_snapshots() {
        std::fs::remove_dir_all(&packaged).ok();
        std::fs::create_dir_all(&packaged).expect("assets/man");
        for name in &written {
            std::fs::copy(tmp.join(name), packaged.join(name)).expect("copies");
        }
    }
    assert_eq!(names(&packaged), written, "UPDATE_SNAPSHOTS=1 rewrites assets/man");
    for name in &written {
        let page = std::fs::read_to_string(tmp.join(name)).expect("a page");
        let kept = std::fs::read_to_string(packaged.join(name)).expect("a page");
        assert_eq!(page, kept, "{name}: UPDATE_SNAPSHOTS=1 rewrites assets/man");
    }
    std::fs::remove_dir_all(&tmp).ok();
}
