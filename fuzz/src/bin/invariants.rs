//! Fuzz target: the pipeline with its properties asserted (see `fieldreport_fuzz::invariants`).

fn main() {
    afl::fuzz!(|bytes: &[u8]| {
        fieldreport_fuzz::invariants(bytes);
    });
}
