//! Writing files safely: through a temporary name in the same folder, then renamed into place,
//! so a failed write leaves no partial file; several files together, all or nothing, so a
//! failed export leaves every old file as it was.

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Removes a file that is no longer wanted; one already gone is no error. The message says why
/// it could not be removed, with the path last.
pub fn remove(path: &Path) -> Result<(), String> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("{e}: {}", path.display())),
    }
}

/// Writes a file through a temporary name in the same folder, then renames it: a failed write
/// leaves no partial file. The message says why it failed, with the path last.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    write_together(&[(path.to_path_buf(), bytes.to_vec())])
}

/// Writes several files all or nothing: every temporary file is written first, then each is
/// renamed into place (the old file kept aside until all are in). When anything fails, every
/// old file is as it was and no new or temporary file is left.
pub fn write_together(files: &[(PathBuf, Vec<u8>)]) -> Result<(), String> {
    write_together_with(files, |from, to| std::fs::rename(from, to))
}

/// [`write_together`] with the rename step given, so tests can make it fail.
pub fn write_together_with(
    files: &[(PathBuf, Vec<u8>)],
    rename: impl Fn(&Path, &Path) -> std::io::Result<()>,
) -> Result<(), String> {
    for (path, _) in files {
        if path.is_dir() {
            return Err(format!("could not save: a folder has that name: {}", path.display()));
        }
    }
    let mut temps: Vec<PathBuf> = Vec::new();
    for (path, bytes) in files {
        match write_temp(path, bytes) {
            Ok(temp) => temps.push(temp),
            Err(e) => {
                remove_all(&temps);
                return Err(why(&e, path));
            }
        }
    }
    // (target, its old file set aside, if there was one) for every file renamed so far.
    let mut placed: Vec<(&Path, Option<PathBuf>)> = Vec::new();
    for ((path, _), temp) in files.iter().zip(&temps) {
        let aside = sibling(path, "old");
        let had_old = path.exists();
        let result = (|| {
            if had_old {
                rename(path, &aside)?;
            }
            rename(temp, path).inspect_err(|_| {
                if had_old {
                    let _ = rename(&aside, path);
                }
            })
        })();
        if let Err(e) = result {
            for (done, old) in placed.iter().rev() {
                match old {
                    Some(old) => drop(rename(old, done)),
                    None => drop(std::fs::remove_file(done)),
                }
            }
            remove_all(&temps);
            return Err(why(&e, path));
        }
        placed.push((path, had_old.then_some(aside)));
    }
    for (_, old) in placed {
        if let Some(old) = old {
            let _ = std::fs::remove_file(old);
        }
    }
    Ok(())
}

/// A hidden name beside `path` for a temporary or set-aside copy.
fn sibling(path: &Path, what: &str) -> PathBuf {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "file".to_owned(), |n| n.to_string_lossy().into_owned());
    dir.join(format!(".{name}.{}.{what}", std::process::id()))
}

fn write_temp(path: &Path, bytes: &[u8]) -> std::io::Result<PathBuf> {
    if path.file_name().is_none() {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name"));
    }
    let temp = sibling(path, "part");
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()
    })();
    match result {
        Ok(()) => Ok(temp),
        Err(e) => {
            let _ = std::fs::remove_file(&temp);
            Err(e)
        }
    }
}

fn remove_all(paths: &[PathBuf]) {
    for p in paths {
        let _ = std::fs::remove_file(p);
    }
}

/// Why a write failed, for people, with the path last.
fn why(error: &std::io::Error, path: &Path) -> String {
    let why = match error.kind() {
        std::io::ErrorKind::NotFound => "the folder does not exist".to_owned(),
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            "the folder is not writable".to_owned()
        }
        std::io::ErrorKind::StorageFull => "the disk is full".to_owned(),
        _ => error.to_string(),
    };
    format!("could not save: {why}: {}", path.display())
}

/// A file name in `dir` that is not taken yet: `name`, else `name-2`, `name-3`, …
pub fn unused_name(dir: &Path, name: &str) -> PathBuf {
    let first = dir.join(name);
    if !first.exists() {
        return first;
    }
    let (stem, extension) = name.rsplit_once('.').unwrap_or((name, ""));
    (2..)
        .map(|n| {
            if extension.is_empty() {
                dir.join(format!("{stem}-{n}"))
            } else {
                dir.join(format!("{stem}-{n}.{extension}"))
            }
        })
        .find(|p| !p.exists())
        .unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("fieldreport-write-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        dir
    }

    #[test]
    fn a_file_gone_already_is_removed_and_a_folder_is_not() {
        let dir = temp_dir("remove");
        let file = dir.join("kept.json");
        std::fs::write(&file, b"{}").expect("a file");
        assert_eq!(remove(&file), Ok(()));
        assert!(!file.exists());
        assert_eq!(remove(&file), Ok(()), "already gone");
        let error = remove(&dir).expect_err("a folder is not removed as a file");
        assert!(error.ends_with(&dir.display().to_string()), "{error}");
        let _ = std::fs::remove_dir_all(dir);
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_failed_second_rename_puts_every_old_file_back() {
        let dir = temp_dir("rollback");
        let (png, txt) = (dir.join("chart.png"), dir.join("chart.txt"));
        std::fs::write(&png, b"old png").expect("write");
        std::fs::write(&txt, b"old txt").expect("write");
        let files = [(png.clone(), b"new png".to_vec()), (txt.clone(), b"new txt".to_vec())];
        let error = write_together_with(&files, |from, to| {
            // The new alt text cannot be put in place.
            if to == txt && from.to_string_lossy().ends_with(".part") {
                Err(std::io::Error::other("the disk went away"))
            } else {
                std::fs::rename(from, to)
            }
        })
        .expect_err("the second file fails");
        assert!(error.contains("the disk went away"), "{error}");
        assert_eq!(std::fs::read(&png).expect("png"), b"old png");
        assert_eq!(std::fs::read(&txt).expect("txt"), b"old txt");
        assert_eq!(names(&dir), ["chart.png", "chart.txt"], "no temporary file left");
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn new_files_are_removed_when_a_later_one_fails() {
        let dir = temp_dir("new-files");
        let (png, txt) = (dir.join("chart.png"), dir.join("chart.txt"));
        let files = [(png.clone(), b"new png".to_vec()), (txt.clone(), b"new txt".to_vec())];
        let error = write_together_with(&files, |from, to| {
            if to == txt {
                Err(std::io::Error::other("no"))
            } else {
                std::fs::rename(from, to)
            }
        })
        .expect_err("fails");
        assert!(error.ends_with(&txt.display().to_string()), "{error}");
        assert!(names(&dir).is_empty(), "{:?}", names(&dir));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn both_files_replace_the_old_ones_together() {
        let dir = temp_dir("together");
        let (png, txt) = (dir.join("chart.png"), dir.join("chart.txt"));
        std::fs::write(&png, b"old png").expect("write");
        write_together(&[(png.clone(), b"new png".to_vec()), (txt.clone(), b"new txt".to_vec())]).expect("writes");
        assert_eq!(std::fs::read(&png).expect("png"), b"new png");
        assert_eq!(std::fs::read(&txt).expect("txt"), b"new txt");
        assert_eq!(names(&dir), ["chart.png", "chart.txt"]);
        std::fs::remove_dir_all(&dir).ok();
    }
}
