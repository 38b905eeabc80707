//! What a report file may hold: the format's version, the limits on size, entries, nesting and
//! texts, and the defaults of fields a file may leave out. Both readers (JSON and CSV) and the
//! editor apply them.

use crate::report::model::figure::thousands;

/// The format version this build reads.
pub const FORMAT_VERSION: u64 = 1;

/// Files larger than this are refused before they are read whole.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The most entries one file may hold: section entries, battle groups, towns, sources and
/// categories of a breakdown or `other` count together.
pub const MAX_ENTRIES: usize = 1_000_000;

/// The longest text (title, label, note, link, …) in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// Deepest nesting of arrays and objects accepted; real reports need five levels.
pub const MAX_DEPTH: usize = 64;

/// Unknown fields named one by one in the warnings; the rest are counted in one more warning.
pub const MAX_NAMED_UNKNOWN_FIELDS: usize = 1_000;

/// The default label of a funding entry that gives none.
pub const DEFAULT_FUNDING_LABEL: &str = "Funding";

/// The side of losses that do not say whose they are.
pub const UNSPECIFIED_SIDE: &str = "unspecified";

/// Why a file of `size` bytes is refused.
pub fn too_large(size: u64) -> String {
    // Rounded up, so that a file just over the limit does not read as exactly the limit.
    let mib = (size as f64 / 1_048_576.0 * 10.0).ceil() / 10.0;
    format!(
        "the file is {mib:.1} MiB; report files may be at most {} MiB (split it into several files)",
        MAX_FILE_BYTES / 1_048_576
    )
}

/// Why a text is too long for the format, or `None`.
pub fn text_too_long(text: &str) -> Option<String> {
    if text.len() <= MAX_TEXT_CHARS {
        return None;
    }
    let chars = text.chars().count();
    (chars > MAX_TEXT_CHARS).then(|| {
        format!(
            "expected text of at most {} characters, found {} characters",
            thousands(MAX_TEXT_CHARS as f64),
            thousands(chars as f64)
        )
    })
}

/// Why a text that must say something (`what`: "non-empty text") does not, or `None`.
pub fn blank(text: &str, what: &str) -> Option<String> {
    if text.is_empty() {
        Some(format!("expected {what}, found empty text \"\""))
    } else if text.trim().is_empty() {
        Some(format!("expected {what}, found only spaces"))
    } else {
        None
    }
}
