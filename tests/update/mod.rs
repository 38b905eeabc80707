//! Whether a test may rewrite the fixtures it compares with: `UPDATE_SNAPSHOTS`, read as
//! egui_kittest reads it for snapshot images, so that `UPDATE_SNAPSHOTS=0` never rewrites one.

/// True when `UPDATE_SNAPSHOTS` asks for fixtures to be rewritten.
pub fn update_snapshots() -> bool {
    wanted(std::env::var("UPDATE_SNAPSHOTS").ok().as_deref())
}

/// `1`, `true`, `yes`, `on` and `force` rewrite; `0`, `false`, `no`, `off` and no value at all
/// compare only; anything else is a mistake worth stopping for.
pub fn wanted(value: Option<&str>) -> bool {
    match value {
        None | Some("0" | "false" | "no" | "off") => false,
        Some("1" | "true" | "yes" | "on" | "force") => true,
        Some(other) => panic!("UPDATE_SNAPSHOTS={other:?}: use 1 to rewrite fixtures, 0 to compare"),
    }
}

#[test]
fn zero_and_false_never_rewrite_a_fixture() {
    for off in [None, Some("0"), Some("false"), Some("no"), Some("off")] {
        assert!(!wanted(off), "{off:?}");
    }
    for on in ["1", "true", "yes", "on", "force"] {
        assert!(wanted(Some(on)), "{on}");
    }
    assert!(std::panic::catch_unwind(|| wanted(Some("maybe"))).is_err());
}
