//! Fuzz target: text as the editor's cells and as a paste into every sheet, with its properties
//! asserted (see `fieldreport_fuzz::cells`).

fn main() {
    afl::fuzz!(|bytes: &[u8]| {
        fieldreport_fuzz::cells(bytes);
    });
}
