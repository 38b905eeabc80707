//! Burmese typed in Zawgyi in a report's texts: which fields, and the report with them in
//! Unicode. The detector and the conversion are [`crate::i18n::zawgyi`]'s; here they meet every
//! text a report holds (title, claim, notes, sources, labels, categories, towns, figure notes).

use crate::i18n::zawgyi;
use crate::report::model::figure::Figure;
use crate::report::model::{Parts, Report};

/// Calls `f` with the JSON path and the text of every text field of a report, in the file's
/// order. A category is named by its path and its own text (`losses[0].breakdown.killed`).
pub fn each_text(report: &mut Report, mut f: impl FnMut(&str, &mut String)) {
    let opt = |path: &str, text: &mut Option<String>, f: &mut dyn FnMut(&str, &mut String)| {
        if let Some(t) = text {
            f(path, t);
        }
    };
    let f: &mut dyn FnMut(&str, &mut String) = &mut f;
    f("title", &mut report.title);
    opt("publisher", &mut report.publisher, f);
    opt("claim", &mut report.claim, f);
    opt("notes", &mut report.notes, f);
    for (i, s) in report.sources.iter_mut().enumerate() {
        f(&format!("sources[{i}].title"), &mut s.title);
        opt(&format!("sources[{i}].publisher"), &mut s.publisher, f);
    }
    let figure = |path: String, figure: &mut Option<Figure>, f: &mut dyn FnMut(&str, &mut String)| {
        if let Some(note) = figure.as_mut().and_then(|x| x.note.as_mut()) {
            f(&format!("{path}.note"), note);
        }
    };
    let parts = |path: String, parts: &mut Parts, f: &mut dyn FnMut(&str, &mut String)| {
        for (label, fig) in parts.iter_mut() {
            let at = format!("{path}.{label}");
            if let Some(note) = fig.note.as_mut() {
                f(&format!("{at}.note"), note);
            }
            f(&at, label);
        }
    };
    for (i, e) in report.funding.iter_mut().enumerate() {
        f(&format!("funding[{i}].label"), &mut e.label);
        figure(format!("funding[{i}].mmk"), &mut e.mmk, f);
        figure(format!("funding[{i}].usd"), &mut e.usd, f);
        opt(&format!("funding[{i}].note"), &mut e.note, f);
    }
    for (i, e) in report.losses.iter_mut().enumerate() {
        f(&format!("losses[{i}].side"), &mut e.side);
        figure(format!("losses[{i}].total"), &mut e.total, f);
        parts(format!("losses[{i}].breakdown"), &mut e.breakdown, f);
        parts(format!("losses[{i}].other"), &mut e.other, f);
        opt(&format!("losses[{i}].note"), &mut e.note, f);
    }
    for (i, e) in report.battles.iter_mut().enumerate() {
        figure(format!("battles[{i}].total"), &mut e.total, f);
        opt(&format!("battles[{i}].note"), &mut e.note, f);
        for (g, group) in e.groups.iter_mut().enumerate() {
            let at = format!("battles[{i}].groups[{g}]");
            f(&format!("{at}.label"), &mut group.label);
            figure(format!("{at}.total"), &mut group.total, f);
            parts(format!("{at}.breakdown"), &mut group.breakdown, f);
            opt(&format!("{at}.note"), &mut group.note, f);
        }
    }
    for (i, e) in report.townships.iter_mut().enumerate() {
        figure(format!("townships[{i}].total"), &mut e.total, f);
        parts(format!("townships[{i}].breakdown"), &mut e.breakdown, f);
        opt(&format!("townships[{i}].note"), &mut e.note, f);
        for (t, town) in e.towns.iter_mut().enumerate() {
            let at = format!("townships[{i}].towns[{t}]");
            f(&format!("{at}.name"), &mut town.name);
            f(&format!("{at}.status"), &mut town.status);
            opt(&format!("{at}.region"), &mut town.region, f);
            opt(&format!("{at}.note"), &mut town.note, f);
        }
        for (a, area) in e.areas.iter_mut().enumerate() {
            let at = format!("townships[{i}].areas[{a}]");
            f(&format!("{at}.township"), &mut area.township);
            f(&format!("{at}.status"), &mut area.status);
            opt(&format!("{at}.region"), &mut area.region, f);
            opt(&format!("{at}.note"), &mut area.note, f);
        }
    }
}

/// The paths of the fields whose text looks typed in Zawgyi.
pub fn fields(report: &Report) -> Vec<String> {
    let mut copy = report.clone();
    let mut out = Vec::new();
    each_text(&mut copy, |path, text| {
        if zawgyi::is_zawgyi(text) {
            out.push(path.to_owned());
        }
    });
    out
}

/// The report with every text that looks typed in Zawgyi in Unicode (texts in Unicode are left
/// as they are); the paths of the fields converted.
pub fn to_unicode(report: &mut Report) -> Vec<String> {
    let mut converted = Vec::new();
    each_text(report, |path, text| {
        if zawgyi::is_zawgyi(text) {
            *text = zawgyi::to_unicode(text);
            converted.push(path.to_owned());
        }
    });
    converted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fields_in_zawgyi_are_named_and_converted_alone() {
        let json = r#"{"fieldreport": 1, "title": "ေတာ္လွန္ေရးတပ္ဖြဲ႕မ်ား၏ ႏွစ္ခ်ဳပ္ အစီရင္ခံစာ",
            "claim": "မြန်မာ့ တပ်မတော်၏ ကိန်းဂဏန်းများ",
            "losses": [{"year": 2025, "side": "junta", "breakdown": {"ေသဆံုးသူမ်ား စုစုေပါင္း": 10}}]}"#;
        let mut report = crate::report::format::read::parse(json.as_bytes(), "z.json")
            .expect("reads")
            .report;
        assert_eq!(fields(&report), ["title", "losses[0].breakdown.ေသဆံုးသူမ်ား စုစုေပါင္း"]);
        let claim = report.claim.clone();
        let converted = to_unicode(&mut report);
        assert_eq!(converted.len(), 2);
        assert!(report.title.starts_with("တော်လှန်ရေးတပ်ဖွဲ့များ၏"), "{}", report.title);
        assert_eq!(report.losses[0].breakdown[0].0, "သေဆုံးသူများ စုစုပေါင်း");
        assert_eq!(report.claim, claim, "Unicode is left as it is");
        assert!(fields(&report).is_empty());
        assert!(fields(&crate::report::sample().report).is_empty());
    }
}
