//! The table view's state: its rows (made when the table is shown, once per dataset and
//! language), the query that sorts and filters them, the rows shown and the rows selected.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::charts::table::{Column, Query, Table};
use crate::command::Pick;
use crate::i18n::Tr;
use crate::report::{Dataset, Section};

/// What the table shows and what is selected in it.
#[derive(Clone, Debug, Default)]
pub struct TableView {
    /// Every row, worded in the window's language.
    pub table: Arc<Table>,
    /// Sort, filter text, section and years.
    pub query: Query,
    /// The rows shown, as indices into the table's rows, in the order shown.
    pub order: Vec<usize>,
    /// The rows selected, as indices into the table's rows.
    pub selected: BTreeSet<usize>,
    /// The last row picked, where a Shift+click range starts.
    anchor: Option<usize>,
    /// The dataset generation and language the rows were made for.
    made_for: Option<(u64, Tr)>,
}

impl TableView {
    /// Makes the rows again when the dataset or the language changed, and the order again when
    /// the years changed; a new dataset drops the selection.
    pub fn refresh(&mut self, data: &Dataset, generation: u64, tr: Tr, years: Option<(i32, i32)>) {
        let mut again = false;
        if self.made_for != Some((generation, tr)) {
            self.made_for = Some((generation, tr));
            self.table = Arc::new(Table::prepare(data, tr));
            self.selected.clear();
            self.anchor = None;
            again = true;
        }
        if self.query.years != years {
            self.query.years = years;
            again = true;
        }
        if again {
            self.reorder();
        }
    }

    /// Sorts by a column: ascending, then descending on a second click.
    pub fn sort(&mut self, column: Column) {
        self.query.sort = self.query.sorted_by(column);
        self.reorder();
    }

    /// Keeps the rows containing this text.
    pub fn filter(&mut self, text: String) {
        self.query.text = text;
        self.reorder();
    }

    /// Keeps one section's rows, or every section's.
    pub fn section(&mut self, section: Option<Section>) {
        self.query.section = section;
        self.reorder();
    }

    /// Picks a row: alone, toggled, or the range from the last row picked.
    pub fn pick(&mut self, row: usize, pick: Pick) {
        if row >= self.table.rows.len() {
            return;
        }
        match (pick, self.anchor) {
            (Pick::Range, Some(anchor)) => {
                let at = |r: usize| self.order.iter().position(|&o| o == r);
                if let (Some(a), Some(b)) = (at(anchor), at(row)) {
                    self.selected = self.order[a.min(b)..=a.max(b)].iter().copied().collect();
                    return;
                }
                self.selected = BTreeSet::from([row]);
            }
            (Pick::Toggle, _) => {
                if !self.selected.remove(&row) {
                    self.selected.insert(row);
                }
            }
            _ => self.selected = BTreeSet::from([row]),
        }
        self.anchor = Some(row);
    }

    /// The selected rows shown, in the order shown, as tab-separated text with a header row;
    /// every row shown when none is selected. Also says how many rows it holds.
    pub fn copied(&self) -> (String, usize) {
        let rows: Vec<usize> = if self.selected.is_empty() {
            self.order.clone()
        } else {
            self.order
                .iter()
                .copied()
                .filter(|r| self.selected.contains(r))
                .collect()
        };
        (self.table.tsv(rows.iter().copied()), rows.len())
    }

    fn reorder(&mut self) {
        self.order = self.table.order(&self.query);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view() -> TableView {
        let mut v = TableView::default();
        let data = Dataset::merge(vec![crate::report::sample()]);
        v.refresh(&data, 1, Tr::EN, None);
        v
    }

    #[test]
    fn a_shift_click_selects_the_rows_shown_between() {
        let mut v = view();
        v.sort(Column::Figure);
        let (a, b) = (v.order[2], v.order[5]);
        v.pick(b, Pick::Only);
        v.pick(a, Pick::Range);
        assert_eq!(v.selected, v.order[2..=5].iter().copied().collect());
        let (text, n) = v.copied();
        assert_eq!(n, 4);
        assert_eq!(text.lines().count(), 5, "a header and four rows");
        v.pick(a, Pick::Toggle);
        assert_eq!(v.selected.len(), 3);
        v.pick(usize::MAX, Pick::Only);
        assert_eq!(v.selected.len(), 3, "a row that is not there changes nothing");
    }

    #[test]
    fn with_nothing_selected_every_row_shown_is_copied() {
        let mut v = view();
        v.filter("kyats".to_owned());
        let (_, n) = v.copied();
        assert_eq!(n, 3);
    }

    #[test]
    fn a_new_dataset_drops_the_selection_and_the_years_narrow_the_rows() {
        let mut v = view();
        let all = v.order.len();
        v.pick(0, Pick::Only);
        let data = Dataset::merge(vec![crate::report::sample()]);
        v.refresh(&data, 1, Tr::EN, Some((2025, 2025)));
        assert_eq!(v.selected.len(), 1, "the same dataset keeps it");
        assert!(v.order.len() < all);
        v.refresh(&data, 2, Tr::EN, Some((2025, 2025)));
        assert!(v.selected.is_empty());
    }
}
