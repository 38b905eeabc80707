//! Burmese typed in the Zawgyi encoding: told apart from Unicode, and converted to Unicode.
//!
//! Zawgyi is a font encoding that reuses the code points of Unicode's Myanmar block for other
//! letters and writes some marks in the order they are seen, before the consonant: drawn as
//! Unicode, Zawgyi text is garbage. No maintained Rust crate does this (crates.io has none for
//! Zawgyi), so it is written here after the published descriptions of the two encodings: Google's
//! myanmar-tools (Apache License 2.0) describes a detector that weighs the evidence of a text's
//! character sequences for either encoding and gives a probability, and documents the
//! Zawgyi-to-Unicode rules (a code point map, then marks put back in Unicode's order). Neither
//! its trained model nor its rule files are copied: the evidence weighed here is the sequences
//! that one encoding writes and the other cannot (Unicode Technical Note #11 gives Unicode's
//! order), with weights in log-odds, and the map covers the Zawgyi code points in common use.
//!
//! Unicode text in the other languages of the Myanmar script (Shan, Mon, Karen) uses the code
//! points Zawgyi took for its own letters, so a code point alone is never taken as evidence:
//! only a sequence that well-formed Unicode does not write.

/// Above this probability a text is taken as Zawgyi.
pub const THRESHOLD: f64 = 0.95;

/// How likely it is that a text is Burmese typed in Zawgyi rather than Unicode, from 0 to 1; 0
/// for a text with no Myanmar letters.
pub fn probability(text: &str) -> f64 {
    let chars: Vec<char> = text.chars().collect();
    if !chars.iter().any(|&c| is_consonant(c)) {
        return 0.0;
    }
    // Log-odds: Zawgyi is rarer than Unicode in what people open today.
    let mut score = -2.0;
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        score += evidence(before, c, after);
    }
    1.0 / (1.0 + (-score).exp())
}

/// True when a text is more likely Zawgyi than [`THRESHOLD`].
pub fn is_zawgyi(text: &str) -> bool {
    probability(text) > THRESHOLD
}

/// The log-odds one character gives, in its context, for Zawgyi (positive) or Unicode
/// (negative).
fn evidence(before: Option<char>, c: char, after: Option<char>) -> f64 {
    let after_consonant = before.is_some_and(|b| is_consonant(b) || is_medial(b));
    let next_consonant = after.is_some_and(|a| is_consonant(a) || is_zawgyi_ra(a) || a == '\u{103B}');
    match c {
        // Vowel sign E: Unicode writes it after its consonant, Zawgyi before.
        '\u{1031}' if !after_consonant && next_consonant => 3.0,
        '\u{1031}' if after.is_some_and(|a| is_dependent_vowel(a) || is_final_mark(a)) => -2.0,
        // U+103B: Unicode's medial YA follows a consonant; Zawgyi's medial RA comes before one.
        '\u{103B}' if !after_consonant && after.is_some_and(is_consonant) => 3.0,
        // U+1039: Unicode's virama stacks the consonant after it; Zawgyi's asat ends a syllable.
        '\u{1039}' if !after.is_some_and(is_consonant) => 3.0,
        // U+103A: Unicode's asat is never followed by a vowel sign; Zawgyi's medial YA is.
        '\u{103A}' if after.is_some_and(is_dependent_vowel) => 2.5,
        '\u{103A}' if after.is_none_or(|a| a.is_whitespace() || a == '\u{1038}' || a == '\u{1037}') => -0.5,
        // Zawgyi's medial RA with other marks, before a consonant (in Shan, the same code
        // points are letters, which take a vowel).
        c if is_zawgyi_ra(c) && after.is_some_and(is_consonant) && !after_consonant => 2.5,
        // Zawgyi's stacked consonants, after a consonant and an asat-less syllable.
        '\u{1060}'..='\u{1069}' | '\u{106C}' | '\u{106D}' | '\u{1070}'..='\u{107C}' | '\u{1085}'
            if after_consonant && !before.is_some_and(is_shan_letter) =>
        {
            1.0
        }
        // Medial HA is Unicode's; Zawgyi has its own code points for it.
        '\u{103E}' if after_consonant => -2.0,
        _ => 0.0,
    }
}

fn is_consonant(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{1021}')
}

fn is_medial(c: char) -> bool {
    matches!(c, '\u{103B}'..='\u{103E}')
}

fn is_dependent_vowel(c: char) -> bool {
    matches!(c, '\u{102B}'..='\u{1032}')
}

fn is_final_mark(c: char) -> bool {
    matches!(c, '\u{1036}' | '\u{1037}' | '\u{1038}' | '\u{103A}')
}

/// Zawgyi's forms of medial RA (wide, narrow, with marks above).
fn is_zawgyi_ra(c: char) -> bool {
    matches!(c, '\u{107E}'..='\u{1084}')
}

/// Letters of Shan and the other languages that Unicode encodes where Zawgyi put stacked forms.
fn is_shan_letter(c: char) -> bool {
    matches!(c, '\u{1075}'..='\u{1081}' | '\u{108E}')
}

/// Zawgyi text in Unicode: each Zawgyi code point as the Unicode letters it stands for, then each
/// syllable's marks in Unicode's order (consonant, stacked consonant, medials, vowel sign E,
/// vowels, marks, asat, visarga), the Zawgyi habit of a zero (၀) for WA and a seven (၇) for RA
/// among letters undone. Text that is not Burmese is left as it is.
pub fn to_unicode(text: &str) -> String {
    let mapped = map(text);
    reorder(&mapped)
}

/// The first step: code points mapped, in Zawgyi's order still.
fn map(text: &str) -> Vec<char> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let near_letters = |c: Option<char>| c.is_some_and(|c| is_consonant(c) || is_dependent_vowel(c));
        let piece: &[char] = match c {
            '\u{1039}' => &['\u{103A}'],
            '\u{103A}' => &['\u{103B}'],
            '\u{103B}' | '\u{107E}'..='\u{1080}' => &['\u{103C}'],
            '\u{1081}' | '\u{1082}' => &['\u{103C}', '\u{103D}'],
            '\u{1083}' | '\u{1084}' => &['\u{103C}', '\u{102D}'],
            '\u{103C}' => &['\u{103D}'],
            '\u{103D}' | '\u{1087}' => &['\u{103E}'],
            '\u{1088}' => &['\u{103E}', '\u{102F}'],
            '\u{1089}' => &['\u{103E}', '\u{1030}'],
            '\u{108A}' => &['\u{103D}', '\u{103E}'],
            '\u{1033}' => &['\u{102F}'],
            '\u{1034}' => &['\u{1030}'],
            '\u{105A}' => &['\u{102B}', '\u{103A}'],
            '\u{1064}' => &['\u{1004}', '\u{103A}', '\u{1039}'],
            '\u{108B}' => &['\u{1004}', '\u{103A}', '\u{1039}', '\u{102D}'],
            '\u{108C}' => &['\u{1004}', '\u{103A}', '\u{1039}', '\u{102E}'],
            '\u{108D}' => &['\u{1004}', '\u{103A}', '\u{1039}', '\u{1036}'],
            '\u{1060}' => &['\u{1039}', '\u{1000}'],
            '\u{1061}' => &['\u{1039}', '\u{1001}'],
            '\u{1062}' => &['\u{1039}', '\u{1002}'],
            '\u{1063}' => &['\u{1039}', '\u{1003}'],
            '\u{1065}' => &['\u{1039}', '\u{1005}'],
            '\u{1066}' | '\u{1067}' => &['\u{1039}', '\u{1006}'],
            '\u{1068}' => &['\u{1039}', '\u{1007}'],
            '\u{1069}' => &['\u{1039}', '\u{1008}'],
            '\u{106A}' => &['\u{1009}'],
            '\u{106B}' => &['\u{100A}'],
            '\u{106C}' => &['\u{1039}', '\u{100B}'],
            '\u{106D}' => &['\u{1039}', '\u{100C}'],
            '\u{106E}' => &['\u{100D}', '\u{1039}', '\u{100D}'],
            '\u{106F}' => &['\u{100D}', '\u{1039}', '\u{100E}'],
            '\u{1070}' => &['\u{1039}', '\u{100F}'],
            '\u{1071}' | '\u{1072}' => &['\u{1039}', '\u{1010}'],
            '\u{1073}' | '\u{1074}' => &['\u{1039}', '\u{1011}'],
            '\u{1075}' => &['\u{1039}', '\u{1012}'],
            '\u{1076}' => &['\u{1039}', '\u{1013}'],
            '\u{1077}' => &['\u{1039}', '\u{1014}'],
            '\u{1078}' => &['\u{1039}', '\u{1015}'],
            '\u{1079}' => &['\u{1039}', '\u{1016}'],
            '\u{107A}' => &['\u{1039}', '\u{1017}'],
            '\u{107B}' | '\u{1093}' => &['\u{1039}', '\u{1018}'],
            '\u{107C}' => &['\u{1039}', '\u{1019}'],
            '\u{1085}' => &['\u{1039}', '\u{101C}'],
            '\u{1086}' => &['\u{103F}'],
            '\u{108E}' => &['\u{102D}', '\u{1036}'],
            '\u{108F}' => &['\u{1014}'],
            '\u{1090}' => &['\u{101B}'],
            '\u{1091}' => &['\u{100F}', '\u{1039}', '\u{100D}'],
            '\u{1092}' => &['\u{100B}', '\u{1039}', '\u{100C}'],
            '\u{1094}' | '\u{1095}' => &['\u{1037}'],
            '\u{1096}' => &['\u{1039}', '\u{1010}', '\u{103D}'],
            '\u{1097}' => &['\u{100B}', '\u{1039}', '\u{100B}'],
            '\u{1040}' if near_letters(before) || near_letters(after) => &['\u{101D}'],
            '\u{1047}' if near_letters(before) || near_letters(after) => &['\u{101B}'],
            _ => {
                out.push(c);
                continue;
            }
        };
        out.extend_from_slice(piece);
    }
    out
}

/// Where a mark goes in a Unicode syllable; `None` for what starts or is no part of one.
fn rank(c: char) -> Option<u8> {
    Some(match c {
        '\u{1039}' => 1,
        '\u{103B}' => 2,
        '\u{103C}' => 3,
        '\u{103D}' => 4,
        '\u{103E}' => 5,
        '\u{1031}' => 6,
        '\u{102D}' | '\u{102E}' | '\u{1032}' => 7,
        '\u{102F}' | '\u{1030}' => 8,
        '\u{102B}' | '\u{102C}' => 9,
        '\u{1036}' => 10,
        '\u{1037}' => 11,
        '\u{103A}' => 12,
        '\u{1038}' => 13,
        _ => return None,
    })
}

/// The second step: marks written before their consonant (vowel sign E, medial RA) moved after
/// it, a kinzi (NGA, asat, virama) moved before it, and each syllable's marks sorted.
fn reorder(chars: &[char]) -> String {
    let mut out = String::with_capacity(chars.len() * 3);
    // Marks seen before the consonant they belong to.
    let mut pending: Vec<char> = Vec::new();
    // The syllable being built: its consonant (with a kinzi before it) and its marks.
    let mut base: Vec<char> = Vec::new();
    let mut marks: Vec<(u8, Vec<char>)> = Vec::new();
    let flush = |out: &mut String, base: &mut Vec<char>, marks: &mut Vec<(u8, Vec<char>)>| {
        marks.sort_by_key(|(r, _)| *r);
        out.extend(base.drain(..));
        for (_, m) in marks.drain(..) {
            out.extend(m);
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let kinzi = c == '\u{1004}' && chars.get(i + 1) == Some(&'\u{103A}') && chars.get(i + 2) == Some(&'\u{1039}');
        if kinzi {
            // Zawgyi writes the kinzi after its consonant; Unicode before it.
            if let Some(consonant) = base.pop() {
                base.extend(['\u{1004}', '\u{103A}', '\u{1039}', consonant]);
            } else {
                base.extend(['\u{1004}', '\u{103A}', '\u{1039}']);
            }
            i += 3;
            continue;
        }
        if c == '\u{1031}' || c == '\u{103C}' {
            // Zawgyi writes these before their consonant, which follows.
            if chars[i + 1..].iter().take(2).any(|&n| is_consonant(n)) {
                flush(&mut out, &mut base, &mut marks);
                pending.push(c);
                i += 1;
                continue;
            }
        }
        if c == '\u{1039}' && chars.get(i + 1).is_some_and(|&n| is_consonant(n)) {
            marks.push((1, vec![c, chars[i + 1]]));
            i += 2;
            continue;
        }
        if is_consonant(c) || c == '\u{103F}' {
            let kinzi_waiting = base.len() == 3 && base.last() == Some(&'\u{1039}');
            if !kinzi_waiting {
                flush(&mut out, &mut base, &mut marks);
            }
            base.push(c);
            for p in pending.drain(..) {
                marks.push((rank(p).unwrap_or(u8::MAX), vec![p]));
            }
            i += 1;
            continue;
        }
        match rank(c) {
            Some(r) if !base.is_empty() => marks.push((r, vec![c])),
            _ => {
                flush(&mut out, &mut base, &mut marks);
                out.extend(pending.drain(..));
                out.push(c);
            }
        }
        i += 1;
    }
    flush(&mut out, &mut base, &mut marks);
    out.extend(pending);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Zawgyi and the same words in Unicode.
    const PAIRS: &[(&str, &str)] = &[
        // Myanmar.
        ("ျမန္မာ", "မြန်မာ"),
        // Thank you.
        ("ေက်းဇူးတင္ပါတယ္", "ကျေးဇူးတင်ပါတယ်"),
        // Yangon.
        ("ရန္ကုန္", "ရန်ကုန်"),
        // Said.
        ("ေျပာသည္", "ပြောသည်"),
        // Military (Tatmadaw).
        ("တပ္မေတာ္", "တပ်မတော်"),
        // Because.
        ("ေၾကာင့္", "ကြောင့်"),
        // Battalion.
        ("တပ္ရင္း", "တပ်ရင်း"),
        // Township.
        ("ၿမိဳ႕နယ္", "မြို့နယ်"),
        // Was killed.
        ("ေသဆံုး", "သေဆုံး"),
        // Government.
        ("အစိုးရ", "အစိုးရ"),
    ];

    #[test]
    fn zawgyi_converts_to_the_same_words_in_unicode() {
        for (zawgyi, unicode) in PAIRS {
            assert_eq!(to_unicode(zawgyi), *unicode, "{zawgyi}");
        }
    }

    #[test]
    fn zawgyi_sentences_are_told_from_unicode() {
        let zawgyi = "ေတာ္လွန္ေရးတပ္ဖြဲ႕မ်ားသည္ ၿမိဳ႕နယ္ ၃၇ ခုကို သိမ္းပိုက္ခဲ့ေၾကာင္း ေျပာသည္";
        let unicode = "တော်လှန်ရေးတပ်ဖွဲ့များသည် မြို့နယ် ၃၇ ခုကို သိမ်းပိုက်ခဲ့ကြောင်း ပြောသည်";
        assert!(is_zawgyi(zawgyi), "{}", probability(zawgyi));
        assert!(probability(unicode) < 0.05, "{}", probability(unicode));
        assert_eq!(to_unicode(zawgyi), unicode);
        // A word or two says less; still, each Zawgyi word is likelier Zawgyi than its Unicode.
        for (zawgyi, unicode) in PAIRS {
            assert!(!is_zawgyi(unicode), "{unicode}: {}", probability(unicode));
            if zawgyi != unicode {
                assert!(probability(zawgyi) > probability(unicode), "{zawgyi}");
            }
        }
    }

    #[test]
    fn unicode_burmese_shan_and_mon_are_not_flagged() {
        let texts = [
            // Burmese, from the catalog and the gazetteer.
            "အစီရင်ခံစာ အသစ်",
            "ကျပ် ၃၃.၆ ဘီလီယံ ကျော်",
            "ဗန်းမော် (ကချင်)",
            "နေပြည်တော်",
            "ကျောက်မဲ မြို့နယ်",
            "ကိန်းဂဏန်းများ စစ်ထုတ်ရန်",
            // Shan.
            "လိၵ်ႈတႆး",
            "မႂ်ႇသုင်ၶႃႈ",
            "ၵႂၢမ်းတႆး",
            "ဝဵင်းလႃးသဵဝ်ႈ",
            // Mon.
            "ဘာသာမန်",
            "ပ္ဍဲဍုၚ်ဂကောံ",
            "ၜိုတ်ဂမၠိုၚ်",
        ];
        for text in texts {
            assert!(!is_zawgyi(text), "{text}: {}", probability(text));
        }
        assert_eq!(probability("NUG 2025 military review"), 0.0);
    }
}
