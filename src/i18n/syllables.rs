//! Myanmar syllables, and where a line of Burmese may break. Burmese is written without spaces
//! between words; a line may break between syllables. The text layout breaks lines only at
//! whitespace, so [`breakable`] puts U+200A HAIR SPACE between syllables, which the bundled
//! break font (`assets/fonts/Break.ttf`) draws with no width.
//!
//! A syllable starts at a consonant (U+1000–U+1021) that is neither killed by asat (U+103A,
//! perhaps after a dot below U+1037) nor stacked under the one before (after U+1039), and at an
//! independent vowel, a digit, a sign or any other character: the rule of Ye Kyaw Thu's
//! sylbreak. Breaks are offered only between two Myanmar syllables (not inside numbers, not
//! before `၊` or `။`), and after `၊` and `။`.

use std::borrow::Cow;

/// The character the layout breaks at and the break font draws with no width.
pub const BREAK: char = '\u{200A}';

/// Asat (U+103A): kills the consonant's vowel; the consonant ends the syllable before.
const ASAT: char = '\u{103A}';
/// Virama (U+1039): stacks the next consonant under this one.
const VIRAMA: char = '\u{1039}';
/// Dot below (U+1037): may stand between a final consonant and its asat.
const DOT_BELOW: char = '\u{1037}';

fn is_consonant(c: char) -> bool {
    ('\u{1000}'..='\u{1021}').contains(&c)
}

/// Letters, signs and marks of the Myanmar block, but not its digits or its punctuation.
fn is_myanmar_letter_or_mark(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{103F}' | '\u{104C}'..='\u{109F}' | '\u{AA60}'..='\u{AA7F}' | '\u{A9E0}'..='\u{A9FF}')
        && !('\u{1090}'..='\u{1099}').contains(&c)
}

/// True when a consonant at `i` starts a syllable: not stacked under the previous one and not
/// killed by asat.
fn consonant_starts(chars: &[char], i: usize) -> bool {
    if i > 0 && chars[i - 1] == VIRAMA {
        return false;
    }
    let next = chars[i + 1..].iter().find(|c| **c != DOT_BELOW);
    !matches!(next, Some(&ASAT | &VIRAMA))
}

/// True when the character at `i` starts a syllable.
fn starts(chars: &[char], i: usize) -> bool {
    let c = chars[i];
    if is_consonant(c) {
        consonant_starts(chars, i)
    } else {
        // Dependent vowels, medials, tones, asat and virama belong to the syllable before;
        // everything else (independent vowels, digits, signs, other scripts) starts one.
        !matches!(c, '\u{102B}'..='\u{103E}')
    }
}

/// True when the text has Myanmar letters or marks: Burmese text needs taller rows than Latin
/// (stacked consonants and medials reach below the line, vowel signs above it).
pub fn has_myanmar(text: &str) -> bool {
    text.chars().any(is_myanmar_letter_or_mark)
}

/// How much taller than its size a row of Burmese text is drawn, so that marks below one line
/// never touch the marks above the next (Padauk reaches from 1.0 above the baseline to 0.5 below).
pub const MYANMAR_LINE_HEIGHT: f32 = 1.6;

/// The text cut into syllables (and single other characters), as sylbreak cuts it:
/// "ကျဆုံး" → ["ကျ", "ဆုံး"].
pub fn syllables(text: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let only: Vec<char> = chars.iter().map(|(_, c)| *c).collect();
    let mut out = Vec::new();
    let mut from = 0;
    for i in 1..only.len() {
        if starts(&only, i) {
            out.push(&text[from..chars[i].0]);
            from = chars[i].0;
        }
    }
    if from < text.len() {
        out.push(&text[from..]);
    }
    out
}

/// The text with a break opportunity ([`BREAK`]) between Burmese syllables, so it wraps like
/// English; text without Myanmar script comes back as it is. For drawing only: the words stay
/// clean wherever text is copied or saved.
pub fn breakable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_myanmar_letter_or_mark) {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 && may_break_before(&chars, i) {
            out.push(BREAK);
        }
        out.push(c);
    }
    Cow::Owned(out)
}

/// A line may break before `i`: between two Myanmar syllables, or after `၊` or `။` before one.
fn may_break_before(chars: &[char], i: usize) -> bool {
    let (before, here) = (chars[i - 1], chars[i]);
    if !is_myanmar_letter_or_mark(here) || !starts(chars, i) {
        return false;
    }
    is_myanmar_letter_or_mark(before) || matches!(before, '\u{104A}' | '\u{104B}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A paragraph on the sample's subject, as a Burmese newsroom would write it.
    const PARAGRAPH: &str = "အမျိုးသားညီညွတ်ရေးအစိုးရ ကာကွယ်ရေးဝန်ကြီးဌာနက ၂၀၂၅ ခုနှစ် စစ်ရေးသုံးသပ်ချက်တွင် \
        စစ်ကောင်စီဘက်မှ ၉,၅၄၉ ဦး ကျဆုံး၊ ဒဏ်ရာရ၊ ဖမ်းဆီးခံရကြောင်း ထုတ်ပြန်ခဲ့သည်။ \
        တိုက်ပွဲပေါင်း ၇,၁၃၉ ကြိမ် ဖြစ်ပွားခဲ့ပြီး မြို့နယ် ၃၇ ခုကို သိမ်းပိုက်နိုင်ခဲ့ကြောင့် အင်္ဂလိပ်ဘာသာဖြင့်လည်း ကမ္ဘာသို့ ထုတ်ပြန်သည်။";

    #[test]
    fn words_cut_into_syllables() {
        assert_eq!(syllables("ကျဆုံး"), ["ကျ", "ဆုံး"]);
        assert_eq!(syllables("ဝန်ကြီးဌာန"), ["ဝန်", "ကြီး", "ဌာ", "န"]);
        assert_eq!(syllables("သုံးသပ်ချက်"), ["သုံး", "သပ်", "ချက်"]);
        assert_eq!(syllables("မြို့နယ်"), ["မြို့", "နယ်"]);
    }

    #[test]
    fn stacked_consonants_kinzi_and_dot_below_stay_whole() {
        assert_eq!(syllables("ကမ္ဘာ"), ["ကမ္ဘာ"], "a stacked consonant joins the one above");
        assert_eq!(syllables("အင်္ဂလိပ်"), ["အင်္ဂ", "လိပ်"], "kinzi joins the next consonant");
        assert_eq!(syllables("ကြောင့်"), ["ကြောင့်"], "dot below before asat");
        assert_eq!(syllables("ဖြစ်ပွား"), ["ဖြစ်", "ပွား"]);
    }

    #[test]
    fn a_real_paragraph_is_cut_where_a_reader_would() {
        let cut = syllables(PARAGRAPH);
        assert_eq!(cut.concat(), PARAGRAPH, "nothing lost");
        for whole in [
            "မျိုး",
            "ခံ",
            "ညွတ်",
            "ကာ",
            "ကွယ်",
            "ဒဏ်",
            "ဖမ်း",
            "ဆီး",
            "ခဲ့",
            "ပြန်",
            "တိုက်",
            "သိမ်း",
            "ပိုက်",
            "နိုင်",
        ] {
            assert!(cut.contains(&whole), "{whole} is one syllable: {cut:?}");
        }
        // No syllable starts with a mark, an asat-killed or a stacked consonant.
        for s in &cut {
            let first = s.chars().next().expect("not empty");
            assert!(!('\u{102B}'..='\u{103E}').contains(&first), "{s:?} starts with a mark");
        }
    }

    #[test]
    fn breaks_fall_between_syllables_never_inside_numbers() {
        let text = breakable(PARAGRAPH);
        assert_eq!(text.replace(BREAK, ""), PARAGRAPH);
        let pieces: Vec<&str> = text.split([BREAK, ' ']).collect();
        for number in ["၂၀၂၅", "၉,၅၄၉", "၇,၁၃၉", "၃၇"] {
            assert!(pieces.contains(&number), "{number} kept whole: {pieces:?}");
        }
        assert!(text.contains(&format!("ကျ{BREAK}ဆုံး")), "{text}");
        assert!(!text.contains(&format!("{BREAK}၊")), "no break before a comma: {text}");
        assert!(!text.contains(&format!("ကမ{BREAK}")), "{text}");
    }

    #[test]
    fn text_without_burmese_is_untouched() {
        assert!(matches!(breakable("Losses per year (junta)"), Cow::Borrowed(_)));
        assert_eq!(breakable("၂၀၂၅"), "၂၀၂၅", "digits alone offer no break");
    }
}
