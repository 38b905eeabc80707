//! One window for all: a file opened while the window is open (a double-click in the file
//! manager, `fieldreport report.json` in a terminal) is handed to that window instead of
//! starting a second one. The window listens on a Unix socket in the user's private runtime
//! folder (`$XDG_RUNTIME_DIR/fieldreport.sock`); a later start connects, sends the files' paths,
//! one per line, waits for "ok" and exits. Where there is no such folder, or on a platform
//! without Unix sockets, every start opens its own window.

use std::path::{Path, PathBuf};

/// The socket a running window listens on, if the user has a runtime folder.
pub fn socket_path() -> Option<PathBuf> {
    let dir = PathBuf::from(std::env::var_os("XDG_RUNTIME_DIR")?);
    (dir.is_absolute() && dir.is_dir()).then(|| dir.join("fieldreport.sock"))
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
