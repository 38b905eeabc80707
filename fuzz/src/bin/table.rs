//! Fuzz target: bytes as a CSV table of reports, with its properties asserted (see
//! `fieldreport_fuzz::table`).

fn main() {
    afl::fuzz!(|bytes: &[u8]| {
        fieldreport_fuzz::table(bytes);
    });
}
