//! Mutated report files: whatever the bytes, reading gives a report or a located error, and
//! never panics. A deterministic generator keeps failures reproducible.

use fieldreport::report::{Dataset, LoadedReport, SAMPLE_JSON};

/// xorshift64*: small, fast, and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const INTERESTING: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"\"",
    b",",
    b":",
    b"-1",
    b"1e400",
    b"NaN",
    b"null",
    b"\\u0000",
    b"\xff",
    b"\xef\xbb\xbf",
    b"\"qualifier\": \"over\"",
    b"{\"value\": 1}",
    b"99999999999999999999",
    b"\"2025-02-30\"",
];

fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>) {
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(bytes.len());
        match rng.below(4) {
            0 => bytes[at] = rng.next() as u8,
            1 => {
                bytes.remove(at);
            }
            2 => {
                let piece = INTERESTING[rng.below(INTERESTING.len())];
                bytes.splice(at..at, piece.iter().copied());
            }
            _ => bytes.truncate(at),
        }
        if bytes.is_empty() {
            return;
        }
    }
}

#[test]
fn mutated_files_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut read, mut refused) = (0, 0);
    for _ in 0..3000 {
        let mut bytes = SAMPLE_JSON.as_bytes().to_vec();
        mutate(&mut rng, &mut bytes);
        match LoadedReport::from_bytes(&bytes, "mutated.json", None) {
            Ok(loaded) => {
                read += 1;
                // What was read must also merge and prepare without trouble.
                let data = Dataset::merge(vec![loaded]);
                let _ = fieldreport::charts::Charts::prepare(&data, &fieldreport::charts::ChartOptions::default());
            }
            Err(error) => {
                refused += 1;
                assert!(error.to_string().starts_with("mutated.json"), "{error}");
            }
        }
    }
    assert!(read > 0 && refused > 0, "read {read}, refused {refused}");
}
