//! Writing format 1: a [`Report`] as the text of a report file, in one canonical form, so that
//! reading what was written gives the same report back.
//!
//! The form: two-space indents; fields in the order the README lists them (an entry's `note`
//! before its lists); unknown fields after the known ones of the same object, in their order;
//! a figure as a plain number when it is exact with no note and no unknown fields; whole numbers
//! without a decimal point, other numbers as short as they read back exactly; an object or a
//! list of plain values on one line when the line stays within [`WIDTH`] characters. The lists
//! of entries (sections, sources, battle groups, towns) always take a line per item. Defaults
//! are written out: a funding entry's `label` and a losses entry's `side` always appear.

use super::read::{ReadError, parse};
use super::rules::FORMAT_VERSION;
use crate::report::model::figure::Figure;
use crate::report::model::{
    Area, BattleGroup, Battles, Funding, Losses, Parts, Report, Source, Town, Townships, Unknown,
};

/// The longest line an object is put on whole, in characters (indent and comma included).
pub const WIDTH: usize = 120;

/// The report as the text of a format 1 file, ending with a line break.
pub fn to_json(report: &Report) -> String {
    let mut out = String::new();
    render(&report_node(report), 0, 0, 0, &mut out);
    out.push('\n');
    out
}

/// The report as a format 1 file, read back to make sure it is one: the text, or the located
/// error reading it gives (for a report that breaks a rule of the format, such as an empty title
/// or a funding entry without an amount). `file` names it in the error.
pub fn to_checked_json(report: &Report, file: &str) -> Result<String, ReadError> {
    let text = to_json(report);
    parse(text.as_bytes(), file)?;
    Ok(text)
}

/// A number as the format writes it: whole numbers without a decimal point ("33600000000"),
/// others in the shortest form that reads back as the same number ("15.7").
pub fn number(value: f64) -> String {
    let value = value + 0.0;
    if value.fract() == 0.0 && value.abs() < 9.007_199_254_740_992e15 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}

/// Text as a JSON string, quotes and control characters escaped.
pub fn string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

// ---------------------------------------------------------------------------------------------
// The document as a tree of nodes, then laid out.

/// How an object or a list is laid out.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// On one line when it fits.
    Fit,
    /// A line per item, always.
    Block,
}

enum Node {
    /// A number, a string (quoted), `true`, `false` or `null`.
    Atom(String),
    /// Fields: quoted key and value.
    Object(Vec<(String, Node)>, Layout),
    List(Vec<Node>, Layout),
}

/// Builds an object's fields, skipping absent ones.
#[derive(Default)]
struct Fields(Vec<(String, Node)>);

impl Fields {
    fn node(mut self, key: &str, node: Node) -> Self {
        self.0.push((string(key), node));
        self
    }

    fn text(self, key: &str, text: Option<&str>) -> Self {
        match text {
            Some(t) => self.node(key, Node::Atom(string(t))),
            None => self,
        }
    }

    fn display(self, key: &str, value: Option<impl std::fmt::Display>) -> Self {
        self.text(key, value.map(|v| v.to_string()).as_deref())
    }

    fn number(self, key: &str, value: Option<f64>) -> Self {
        match value {
            Some(v) => self.node(key, Node::Atom(number(v))),
            None => self,
        }
    }

    /// `"key": true`, written only when true.
    fn flag(self, key: &str, on: bool) -> Self {
        if on {
            self.node(key, Node::Atom("true".to_owned()))
        } else {
            self
        }
    }

    fn figure(self, key: &str, figure: Option<&Figure>) -> Self {
        match figure {
            Some(f) => self.node(key, figure_node(f)),
            None => self,
        }
    }

    fn parts(self, key: &str, parts: &Parts) -> Self {
        if parts.is_empty() {
            return self;
        }
        let fields = parts.iter().map(|(label, f)| (string(label), figure_node(f))).collect();
        self.node(key, Node::Object(fields, Layout::Fit))
    }

    fn entries<T>(self, key: &str, items: &[T], node: impl Fn(&T) -> Node) -> Self {
        if items.is_empty() {
            return self;
        }
        self.node(key, Node::List(items.iter().map(node).collect(), Layout::Block))
    }

    fn unknown(mut self, unknown: &Unknown) -> Self {
        for (key, value) in unknown {
            self.0.push((string(key), value_node(value)));
        }
        self
    }

    fn object(self, layout: Layout) -> Node {
        Node::Object(self.0, layout)
    }
}

fn report_node(r: &Report) -> Node {
    let mut fields = Fields::default()
        .text("$schema", r.schema.as_deref())
        .node("fieldreport", Node::Atom(FORMAT_VERSION.to_string()))
        .text("title", Some(&r.title))
        .text("publisher", r.publisher.as_deref())
        .display("published", r.published);
    if let Some(p) = &r.period {
        let period = Fields::default()
            .display("from", Some(p.from))
            .display("to", Some(p.to))
            .unknown(&r.period_unknown);
        fields = fields.node("period", period.object(Layout::Fit));
    }
    fields = fields
        .text("claim", r.claim.as_deref())
        .entries("sources", &r.sources, source_node)
        .text("notes", r.notes.as_deref())
        .entries("funding", &r.funding, funding_node)
        .entries("losses", &r.losses, losses_node)
        .entries("battles", &r.battles, battles_node)
        .entries("townships", &r.townships, townships_node);
    if r.funding.is_empty() && r.losses.is_empty() && r.battles.is_empty() && r.townships.is_empty() {
        // A report must name at least one section, even an empty one.
        fields = fields.node("funding", Node::List(Vec::new(), Layout::Block));
    }
    fields.unknown(&r.unknown).object(Layout::Block)
}

fn source_node(s: &Source) -> Node {
    Fields::default()
        .text("title", Some(&s.title))
        .text("publisher", s.publisher.as_deref())
        .display("date", s.date)
        .text("url", s.url.as_deref())
        .unknown(&s.unknown)
        .object(Layout::Fit)
}

fn funding_node(f: &Funding) -> Node {
    Fields::default()
        .node("year", Node::Atom(f.year.to_string()))
        .text("label", Some(&f.label))
        .figure("mmk", f.mmk.as_ref())
        .figure("usd", f.usd.as_ref())
        .flag("restated", f.restated)
        .text("note", f.note.as_deref())
        .unknown(&f.unknown)
        .object(Layout::Fit)
}

fn losses_node(l: &Losses) -> Node {
    Fields::default()
        .node("year", Node::Atom(l.year.to_string()))
        .text("side", Some(&l.side))
        .figure("total", l.total.as_ref())
        .parts("breakdown", &l.breakdown)
        .parts("other", &l.other)
        .flag("restated", l.restated)
        .text("note", l.note.as_deref())
        .unknown(&l.unknown)
        .object(Layout::Fit)
}

fn battles_node(b: &Battles) -> Node {
    Fields::default()
        .node("year", Node::Atom(b.year.to_string()))
        .figure("total", b.total.as_ref())
        .flag("restated", b.restated)
        .text("note", b.note.as_deref())
        .entries("groups", &b.groups, group_node)
        .unknown(&b.unknown)
        .object(Layout::Fit)
}

fn group_node(g: &BattleGroup) -> Node {
    Fields::default()
        .text("label", Some(&g.label))
        .figure("total", g.total.as_ref())
        .parts("breakdown", &g.breakdown)
        .text("note", g.note.as_deref())
        .unknown(&g.unknown)
        .object(Layout::Fit)
}

fn townships_node(t: &Townships) -> Node {
    Fields::default()
        .display("as_of", Some(t.as_of))
        .figure("total", t.total.as_ref())
        .parts("breakdown", &t.breakdown)
        .text("note", t.note.as_deref())
        .entries("towns", &t.towns, town_node)
        .entries("areas", &t.areas, area_node)
        .unknown(&t.unknown)
        .object(Layout::Fit)
}

fn town_node(t: &Town) -> Node {
    Fields::default()
        .text("name", Some(&t.name))
        .text("status", Some(&t.status))
        .text("region", t.region.as_deref())
        .text("pcode", t.pcode.as_deref())
        .number("lat", t.lat)
        .number("lon", t.lon)
        .text("note", t.note.as_deref())
        .unknown(&t.unknown)
        .object(Layout::Fit)
}

fn area_node(a: &Area) -> Node {
    Fields::default()
        .text("township", Some(&a.township))
        .text("status", Some(&a.status))
        .text("region", a.region.as_deref())
        .text("pcode", a.pcode.as_deref())
        .text("note", a.note.as_deref())
        .unknown(&a.unknown)
        .object(Layout::Fit)
}

fn figure_node(f: &Figure) -> Node {
    if f.is_plain() {
        return Node::Atom(number(f.value));
    }
    let qualifier = f.qualifier.is_qualified().then(|| f.qualifier.key());
    Fields::default()
        .number("value", Some(f.value))
        .text("qualifier", qualifier)
        .text("note", f.note.as_deref())
        .unknown(&f.unknown)
        .object(Layout::Fit)
}

/// An unknown field's value, written as it was read.
fn value_node(value: &serde_json::Value) -> Node {
    use serde_json::Value;
    match value {
        Value::Object(map) => Node::Object(
            map.iter().map(|(k, v)| (string(k), value_node(v))).collect(),
            Layout::Fit,
        ),
        Value::Array(items) => Node::List(items.iter().map(value_node).collect(), Layout::Fit),
        Value::String(s) => Node::Atom(string(s)),
        other => Node::Atom(other.to_string()),
    }
}

// ---------------------------------------------------------------------------------------------
// Layout.

/// Writes `node` on one line if it fits in `budget` characters: `None` when it does not, or
/// when it holds a [`Layout::Block`]. Stops as soon as the budget is spent, so trying costs at
/// most the budget.
fn inline(node: &Node, budget: usize, out: &mut String) -> Option<()> {
    let start = out.chars().count();
    let used = |out: &String| out.chars().count() - start;
    match node {
        Node::Atom(text) => out.push_str(text),
        Node::Object(fields, Layout::Fit) if fields.is_empty() => out.push_str("{}"),
        Node::List(items, Layout::Fit) if items.is_empty() => out.push_str("[]"),
        Node::Object(fields, Layout::Fit) => {
            out.push_str("{ ");
            for (i, (key, value)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(key);
                out.push_str(": ");
                inline(value, budget.checked_sub(used(out))?, out)?;
                if used(out) > budget {
                    return None;
                }
            }
            out.push_str(" }");
        }
        Node::List(items, Layout::Fit) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                inline(item, budget.checked_sub(used(out))?, out)?;
                if used(out) > budget {
                    return None;
                }
            }
            out.push(']');
        }
        Node::Object(_, Layout::Block) | Node::List(_, Layout::Block) => return None,
    }
    (used(out) <= budget).then_some(())
}

/// Writes `node` at `indent`, where `before` characters of its line are already taken (the
/// indent and the key) and `after` will follow it (a comma).
fn render(node: &Node, indent: usize, before: usize, after: usize, out: &mut String) {
    let mut line = String::new();
    if WIDTH
        .checked_sub(before + after)
        .is_some_and(|budget| inline(node, budget, &mut line).is_some())
    {
        out.push_str(&line);
        return;
    }
    let pad = " ".repeat(indent + 2);
    match node {
        Node::Atom(text) => out.push_str(text),
        Node::Object(fields, _) if fields.is_empty() => out.push_str("{}"),
        Node::List(items, _) if items.is_empty() => out.push_str("[]"),
        Node::Object(fields, _) => {
            out.push_str("{\n");
            for (i, (key, value)) in fields.iter().enumerate() {
                let comma = usize::from(i + 1 < fields.len());
                out.push_str(&pad);
                out.push_str(key);
                out.push_str(": ");
                let taken = indent + 2 + key.chars().count() + 2;
                render(value, indent + 2, taken, comma, out);
                out.push_str(if comma == 1 { ",\n" } else { "\n" });
            }
            out.push_str(&" ".repeat(indent));
            out.push('}');
        }
        Node::List(items, _) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                let comma = usize::from(i + 1 < items.len());
                out.push_str(&pad);
                render(item, indent + 2, indent + 2, comma, out);
                out.push_str(if comma == 1 { ",\n" } else { "\n" });
            }
            out.push_str(&" ".repeat(indent));
            out.push(']');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_the_format_writes_them() {
        assert_eq!(number(33_600_000_000.0), "33600000000");
        assert_eq!(number(15.7), "15.7");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(1e15), "1000000000000000");
        assert_eq!(number(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(number(-16.5), "-16.5");
    }

    #[test]
    fn short_objects_go_on_one_line() {
        let node = Fields::default()
            .node("a", Node::Atom("1".into()))
            .node("b", Node::List(vec![Node::Atom("true".into())], Layout::Fit))
            .object(Layout::Fit);
        let mut out = String::new();
        render(&node, 0, 0, 0, &mut out);
        assert_eq!(out, "{ \"a\": 1, \"b\": [true] }");
        let long = Fields::default()
            .node("a", Node::Atom(string(&"x".repeat(WIDTH))))
            .object(Layout::Fit);
        let mut out = String::new();
        render(&long, 0, 0, 0, &mut out);
        assert_eq!(out, format!("{{\n  \"a\": \"{}\"\n}}", "x".repeat(WIDTH)));
    }
}
