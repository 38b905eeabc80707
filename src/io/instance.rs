//! One window for all: a file opened while the window is open (a double-click in the file
//! manager, `fieldreport report.json` in a terminal) is handed to that window instead of
//! starting a second one. The window listens on a Unix socket in the user's private runtime
//! folder, one per display (`$XDG_RUNTIME_DIR/fieldreport-x11-0.sock` for `DISPLAY=:0`,
//! `fieldreport-wayland-0.sock` for `WAYLAND_DISPLAY=wayland-0`), so that a start on one display
//! never hands its files to a window on another; a later start connects, sends the files' paths,
//! one per line, waits for "ok" and exits. Where there is no such folder, or on a platform
//! without Unix sockets, every start opens its own window.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The socket a running window on this display listens on, if the user has a runtime folder.
pub fn socket_path() -> Option<PathBuf> {
    let dir = PathBuf::from(std::env::var_os("XDG_RUNTIME_DIR")?);
    (dir.is_absolute() && dir.is_dir()).then(|| dir.join(socket_name(|name| std::env::var_os(name))))
}

/// The socket's file name for the display a window opens on, from the environment as `var`
/// gives it: Wayland's when `WAYLAND_DISPLAY` is set (the window opens there then), else X11's
/// `DISPLAY` without its screen number (`:0` and `:0.0` are one display); `fieldreport.sock`
/// with neither.
pub fn socket_name(var: impl Fn(&str) -> Option<OsString>) -> String {
    let set = |name: &str| var(name).filter(|v| !v.is_empty());
    let (kind, display) = if let Some(wayland) = set("WAYLAND_DISPLAY") {
        let wayland = wayland.to_string_lossy().into_owned();
        (
            "wayland",
            wayland.strip_prefix("wayland-").unwrap_or(&wayland).to_owned(),
        )
    } else if let Some(x11) = set("DISPLAY") {
        let x11 = x11.to_string_lossy().into_owned();
        // "host:display.screen": the screen is dropped.
        let display = match x11.rsplit_once(':') {
            Some((host, number)) => format!("{host}:{}", number.split('.').next().unwrap_or_default()),
            None => x11,
        };
        ("x11", display)
    } else {
        return "fieldreport.sock".to_owned();
    };
    let mut name: String = display
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect::<String>()
        .trim_matches('-')
        .to_owned();
    // A socket's path holds at most 107 bytes: a long display name (a Wayland socket given by
    // its full path) is shortened to a digest of it.
    if name.len() > 40 {
        use sha2::Digest as _;
        let digest = sha2::Sha256::digest(display.as_bytes());
        name = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    }
    format!("fieldreport-{kind}-{name}.sock")
}

/// How long a later start waits for the window to take its files.
#[cfg(unix)]
const ANSWER: std::time::Duration = std::time::Duration::from_secs(2);

/// Hands files to the window listening at `socket`; true when it took them.
#[cfg(unix)]
pub fn hand_over_to(socket: &Path, paths: &[PathBuf]) -> bool {
    use std::io::{Read as _, Write as _};
    let Ok(mut stream) = std::os::unix::net::UnixStream::connect(socket) else {
        return false;
    };
    let absolute: Vec<String> = paths
        .iter()
        .map(|p| {
            std::path::absolute(p)
                .unwrap_or_else(|_| p.clone())
                .display()
                .to_string()
        })
        .collect();
    let sent = stream.set_read_timeout(Some(ANSWER)).is_ok()
        && stream.write_all(absolute.join("\n").as_bytes()).is_ok()
        && stream.shutdown(std::net::Shutdown::Write).is_ok();
    let mut answer = String::new();
    sent && stream.read_to_string(&mut answer).is_ok() && answer == "ok"
}

/// Without Unix sockets no window can be reached: every start opens its own.
#[cfg(not(unix))]
pub fn hand_over_to(_socket: &Path, _paths: &[PathBuf]) -> bool {
    false
}

/// Listens at `socket` on a thread named `instance`, giving each batch of paths to `take`.
/// A socket left by a window that is gone is replaced; one a live window listens on is left
/// alone (and `false` returned).
#[cfg(unix)]
pub fn listen_at(
    socket: &Path,
    take: impl Fn(Vec<PathBuf>) + Send + 'static,
    spawn: super::Spawner,
) -> std::io::Result<bool> {
    use std::io::{Read as _, Write as _};
    use std::os::unix::net::{UnixListener, UnixStream};
    if socket.exists() {
        if UnixStream::connect(socket).is_ok() {
            return Ok(false);
        }
        std::fs::remove_file(socket)?;
    }
    let listener = UnixListener::bind(socket)?;
    spawn(
        "instance",
        Box::new(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let _ = stream.set_read_timeout(Some(ANSWER));
                let mut text = String::new();
                if stream.read_to_string(&mut text).is_err() {
                    continue;
                }
                let paths: Vec<PathBuf> = text.lines().filter(|l| !l.is_empty()).map(PathBuf::from).collect();
                if !paths.is_empty() {
                    take(paths);
                }
                let _ = stream.write_all(b"ok");
            }
        }),
    )?;
    Ok(true)
}

/// Without Unix sockets there is nothing to listen on.
#[cfg(not(unix))]
pub fn listen_at(
    _socket: &Path,
    _take: impl Fn(Vec<PathBuf>) + Send + 'static,
    _spawn: super::Spawner,
) -> std::io::Result<bool> {
    Ok(false)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn each_display_has_its_own_socket() {
        let name = |pairs: &[(&str, &str)]| {
            let pairs: Vec<(String, OsString)> = pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).into())).collect();
            socket_name(move |var| pairs.iter().find(|(k, _)| k == var).map(|(_, v)| v.clone()))
        };
        assert_eq!(name(&[("DISPLAY", ":0")]), "fieldreport-x11-0.sock");
        assert_eq!(
            name(&[("DISPLAY", ":0.0")]),
            "fieldreport-x11-0.sock",
            "a screen of :0 is :0"
        );
        assert_eq!(name(&[("DISPLAY", ":1")]), "fieldreport-x11-1.sock");
        assert_eq!(
            name(&[("DISPLAY", "localhost:10.0")]),
            "fieldreport-x11-localhost-10.sock"
        );
        assert_eq!(
            name(&[("DISPLAY", ":0"), ("WAYLAND_DISPLAY", "wayland-0")]),
            "fieldreport-wayland-0.sock",
            "the window opens on Wayland when both are set"
        );
        assert_eq!(
            name(&[("DISPLAY", ":0"), ("WAYLAND_DISPLAY", "")]),
            "fieldreport-x11-0.sock"
        );
        assert_eq!(name(&[("WAYLAND_DISPLAY", "wayland-1")]), "fieldreport-wayland-1.sock");
        assert_eq!(name(&[]), "fieldreport.sock");
        let long = name(&[(
            "WAYLAND_DISPLAY",
            "/run/user/1000/a-compositor-with-a-rather-long-socket-name-0",
        )]);
        assert_eq!(long.len(), "fieldreport-wayland-.sock".len() + 16, "{long}");
        assert_ne!(
            long,
            name(&[(
                "WAYLAND_DISPLAY",
                "/run/user/1000/a-compositor-with-a-rather-long-socket-name-1"
            )])
        );
    }

    #[test]
    fn files_reach_the_listening_window() {
        let dir = std::env::temp_dir().join(format!("fieldreport-instance-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let socket = dir.join("test.sock");
        assert!(!hand_over_to(&socket, &[PathBuf::from("a.json")]), "nobody listens yet");
        let (tx, rx) = std::sync::mpsc::channel();
        let listening =
            listen_at(&socket, move |paths| drop(tx.send(paths)), super::super::spawn_thread).expect("listens");
        assert!(listening);
        assert!(hand_over_to(&socket, &[dir.join("a.json"), dir.join("b.json")]));
        let got = rx
            .recv_timeout(std::time::Duration::from_secs(5))
            .expect("paths arrive");
        assert_eq!(got, [dir.join("a.json"), dir.join("b.json")]);
        assert!(
            !listen_at(&socket, |_| {}, super::super::spawn_thread).expect("checks"),
            "a second window does not take the socket of a live one"
        );
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn a_socket_left_by_a_closed_window_is_replaced() {
        let dir = std::env::temp_dir().join(format!("fieldreport-stale-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let socket = dir.join("stale.sock");
        drop(std::os::unix::net::UnixListener::bind(&socket).expect("bind"));
        assert!(socket.exists(), "the file stays behind");
        assert!(listen_at(&socket, |_| {}, super::super::spawn_thread).expect("listens"));
        std::fs::remove_dir_all(&dir).ok();
    }
}
