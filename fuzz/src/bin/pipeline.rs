//! Fuzz target: bytes through reading, merging, conflicts, charts and CSV export. A panic is a bug.

fn main() {
    afl::fuzz!(|bytes: &[u8]| {
        let _ = fieldreport_fuzz::pipeline(bytes);
    });
}
