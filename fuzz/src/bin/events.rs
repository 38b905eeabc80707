//! Fuzz target: bytes as an ACLED or UCDP GED event file, with its properties asserted (see
//! `fieldreport_fuzz::events`).

fn main() {
    afl::fuzz!(|bytes: &[u8]| {
        fieldreport_fuzz::events(bytes);
    });
}
