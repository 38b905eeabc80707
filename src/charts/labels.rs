//! Where labels go: each label is a rectangle on screen with a priority; the labels that fit
//! are placed, highest priority first, and a label that would overlap a placed one or leave the
//! plot is left out (its figure stays in the tooltip and the table). Greedy, with a grid of
//! cells so the time grows with the number of labels, not its square. The same placement runs
//! on screen and in every export.

use std::collections::HashMap;

use egui::{Pos2, Rect};

/// Priorities: higher is placed first.
pub mod priority {
    /// A figure with nothing special about it.
    pub const PLAIN: u8 = 1;
    /// The highest or lowest figure of its series, or a qualified one (its caveat must show).
    pub const NOTABLE: u8 = 2;
    /// The latest year: what a reader looks for first.
    pub const LATEST: u8 = 3;
    /// A figure the files disagree on, or a caveat (a total its parts do not reach).
    pub const DISPUTED: u8 = 4;
    /// Added for totals, which sum up what stands beneath them.
    pub const TOTAL_BONUS: u8 = 1;
}

/// A label that would like to be drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Candidate {
    /// Where it would be drawn, in screen points.
    pub rect: Rect,
    /// Higher is placed first.
    pub priority: u8,
    /// Among equal priorities, higher is placed first (e.g. the year: later first).
    pub tiebreak: f64,
    /// How many label heights it may move up when its place is taken (a label above a bar
    /// may rise; one beside a bar may not).
    pub rise: u8,
    /// The obstacle the label belongs to (its own bar), which it may cover.
    pub owner: Option<usize>,
    /// Where a shorter form of the label would be drawn, tried when the label has no room.
    pub short: Option<Rect>,
}

/// Where a label went: moved by `offset` from its wanted place, in its short form or not.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    /// From the wanted place, in screen points.
    pub offset: egui::Vec2,
    /// The shorter form was placed.
    pub short: bool,
}

/// Something drawn that labels must not cover: a bar, on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Obstacle {
    /// Where it is, in screen points.
    pub rect: Rect,
    /// Its identity, matched against [`Candidate::owner`].
    pub id: usize,
}

/// A rectangle taken in the grid: a placed label (`None`) or an obstacle (its identity).
type Taken = (Rect, Option<usize>);

/// Space kept between placed labels, in points.
const GAP: f32 = 2.0;

/// Where each candidate is placed, as the offset from its wanted place (`None`: left out). No
/// two placed rectangles overlap (with a small gap), none covers an obstacle but its own, and
/// every placed one lies within `bounds`.
pub fn place(candidates: &[Candidate], obstacles: &[Obstacle], bounds: Rect) -> Vec<Option<Placement>> {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by(|&a, &b| {
        let (ca, cb) = (&candidates[a], &candidates[b]);
        cb.priority
            .cmp(&ca.priority)
            .then(cb.tiebreak.total_cmp(&ca.tiebreak))
            .then(a.cmp(&b))
    });
    let cell = cell_size(candidates);
    // What is in each cell: a rectangle and, for an obstacle, its identity.
    let mut grid: HashMap<(i32, i32), Vec<Taken>> = HashMap::new();
    for o in obstacles.iter().filter(|o| o.rect.is_finite()) {
        // A label touching a bar's edge does not cover it.
        let clipped = o.rect.shrink(1.0).intersect(bounds.expand(cell));
        if clipped.is_positive() {
            for k in cells_of(clipped, cell) {
                grid.entry(k).or_default().push((clipped, Some(o.id)));
            }
        }
    }
    let mut placed = vec![None; candidates.len()];
    for i in order {
        let c = &candidates[i];
        let forms = std::iter::once((c.rect, false)).chain(c.short.map(|r| (r, true)));
        let tries = forms.flat_map(|(rect, short)| {
            (0..=c.rise).map(move |k| {
                (
                    rect,
                    short,
                    egui::vec2(0.0, -f32::from(k) * (rect.height() + 2.0 * GAP)),
                )
            })
        });
        for (form, short, offset) in tries {
            let rect = form.translate(offset);
            if !rect.is_finite() || !bounds.contains_rect(rect) {
                continue;
            }
            let padded = rect.expand(GAP / 2.0);
            let cells = cells_of(padded, cell);
            let clash = cells.clone().any(|k| {
                grid.get(&k).is_some_and(|others| {
                    others
                        .iter()
                        .any(|(o, id)| o.intersects(padded) && (id.is_none() || *id != c.owner))
                })
            });
            if clash {
                continue;
            }
            for k in cells {
                grid.entry(k).or_default().push((padded, None));
            }
            placed[i] = Some(Placement { offset, short });
            break;
        }
    }
    placed
}

/// A grid cell about the size of a typical label, so each label touches a few cells.
fn cell_size(candidates: &[Candidate]) -> f32 {
    let n = candidates.len().max(1) as f32;
    let (w, h) = candidates
        .iter()
        .filter(|c| c.rect.is_finite())
        .fold((0.0, 0.0), |(w, h), c| (w + c.rect.width(), h + c.rect.height()));
    (w / n).max(h / n).clamp(8.0, 400.0)
}

fn cells_of(rect: Rect, cell: f32) -> impl Iterator<Item = (i32, i32)> + Clone {
    let index = |v: f32| (v / cell).floor().clamp(-1e6, 1e6) as i32;
    let (x0, x1) = (index(rect.min.x), index(rect.max.x));
    let (y0, y1) = (index(rect.min.y), index(rect.max.y));
    (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
}

/// The rectangle of a text of `size` whose `anchor` point sits at `at`.
pub fn anchored(at: Pos2, size: egui::Vec2, anchor: egui::Align2) -> Rect {
    anchor.anchor_size(at, size)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// xorshift64*: the same numbers on every machine.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        fn unit(&mut self) -> f32 {
            (self.next() % 10_000) as f32 / 10_000.0
        }
    }

    /// The value labels and change labels of a bar chart of `series` series over `years` years,
    /// as a chart lays them out in a plot of `size`.
    fn chart(rng: &mut Rng, series: usize, years: usize, size: egui::Vec2) -> Vec<Candidate> {
        let mut out = Vec::new();
        let year_width = size.x / years as f32;
        let bar = year_width * 0.6 / series as f32;
        for y in 0..years {
            for s in 0..series {
                let x = y as f32 * year_width + (s as f32 + 0.5) * bar + year_width * 0.2;
                let top = size.y * (0.1 + 0.8 * rng.unit());
                let text = egui::vec2(6.6 * (3 + rng.next() % 9) as f32, 16.0);
                out.push(Candidate {
                    rect: anchored(egui::pos2(x, top), text, egui::Align2::CENTER_BOTTOM),
                    priority: 1 + (rng.next() % 4) as u8,
                    tiebreak: y as f64,
                    rise: 2,
                    owner: None,
                    short: None,
                });
                if y > 0 {
                    let change = egui::vec2(6.6 * 7.0, 16.0);
                    out.push(Candidate {
                        rect: anchored(
                            egui::pos2(x - year_width / 2.0, top - 20.0),
                            change,
                            egui::Align2::CENTER_BOTTOM,
                        ),
                        priority: 1,
                        tiebreak: y as f64,
                        rise: 0,
                        owner: None,
                        short: None,
                    });
                }
            }
        }
        out
    }

    #[test]
    fn placed_labels_never_overlap_at_any_size() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for size in [
            egui::vec2(400.0, 240.0),
            egui::vec2(900.0, 500.0),
            egui::vec2(3000.0, 1600.0),
        ] {
            let bounds = Rect::from_min_size(Pos2::ZERO, size);
            for series in [1, 2, 5, 12, 30, 60] {
                for years in [1, 3, 10, 25, 40] {
                    let candidates = chart(&mut rng, series, years, size);
                    let placed = place(&candidates, &[], bounds);
                    let kept: Vec<Rect> = candidates
                        .iter()
                        .zip(&placed)
                        .filter_map(|(c, p)| p.map(|p| c.rect.translate(p.offset)))
                        .collect();
                    assert!(
                        !kept.is_empty(),
                        "{series} series, {years} years, {size:?}: something is labelled"
                    );
                    for (i, a) in kept.iter().enumerate() {
                        assert!(bounds.contains_rect(*a));
                        for b in &kept[i + 1..] {
                            assert!(
                                !a.intersects(*b),
                                "{series} series, {years} years, {size:?}: {a:?} and {b:?}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn higher_priorities_win_a_place() {
        let rect = Rect::from_min_size(Pos2::new(10.0, 10.0), egui::vec2(50.0, 16.0));
        let shifted = rect.translate(egui::vec2(20.0, 0.0));
        let candidates = [
            Candidate {
                rect,
                priority: priority::PLAIN,
                tiebreak: 0.0,
                rise: 0,
                owner: None,
                short: None,
            },
            Candidate {
                rect: shifted,
                priority: priority::DISPUTED,
                tiebreak: 0.0,
                rise: 0,
                owner: None,
                short: None,
            },
        ];
        let bounds = Rect::from_min_size(Pos2::ZERO, egui::vec2(200.0, 100.0));
        let at = |offset| Some(Placement { offset, short: false });
        assert_eq!(place(&candidates, &[], bounds), [None, at(egui::Vec2::ZERO)]);
        let mut rising = candidates;
        rising[0].rect = rect.translate(egui::vec2(0.0, 40.0));
        rising[0].rise = 2;
        rising[1].rect = rect.translate(egui::vec2(0.0, 40.0));
        let placed = place(&rising, &[], bounds);
        assert_eq!(placed[1], at(egui::Vec2::ZERO));
        assert_eq!(placed[0], at(egui::vec2(0.0, -20.0)), "the lower priority rises a line");
    }

    #[test]
    fn labels_never_cover_another_bar_but_may_sit_on_their_own() {
        let bar = Obstacle {
            rect: Rect::from_min_max(Pos2::new(40.0, 30.0), Pos2::new(60.0, 100.0)),
            id: 7,
        };
        let over = Rect::from_min_size(Pos2::new(35.0, 50.0), egui::vec2(30.0, 16.0));
        let candidate = |owner| Candidate {
            rect: over,
            priority: priority::PLAIN,
            tiebreak: 0.0,
            rise: 0,
            owner,
            short: None,
        };
        let bounds = Rect::from_min_size(Pos2::ZERO, egui::vec2(200.0, 100.0));
        let here = Some(Placement {
            offset: egui::Vec2::ZERO,
            short: false,
        });
        assert_eq!(place(&[candidate(Some(7))], &[bar], bounds), [here]);
        assert_eq!(place(&[candidate(Some(3))], &[bar], bounds), [None]);
        assert_eq!(place(&[candidate(None)], &[bar], bounds), [None]);
    }

    #[test]
    fn a_label_without_room_is_placed_in_its_short_form() {
        let wide = Rect::from_min_size(Pos2::new(50.0, 10.0), egui::vec2(120.0, 16.0));
        let bar = Obstacle {
            rect: Rect::from_min_max(Pos2::new(150.0, 0.0), Pos2::new(170.0, 100.0)),
            id: 1,
        };
        let candidate = Candidate {
            rect: wide,
            priority: priority::PLAIN,
            tiebreak: 0.0,
            rise: 0,
            owner: None,
            short: Some(Rect::from_min_size(Pos2::new(50.0, 10.0), egui::vec2(40.0, 16.0))),
        };
        let bounds = Rect::from_min_size(Pos2::ZERO, egui::vec2(200.0, 100.0));
        assert_eq!(
            place(&[candidate], &[bar], bounds),
            [Some(Placement {
                offset: egui::Vec2::ZERO,
                short: true
            })]
        );
    }

    #[test]
    fn labels_outside_the_plot_are_left_out() {
        let outside = Rect::from_min_size(Pos2::new(190.0, 10.0), egui::vec2(50.0, 16.0));
        let candidates = [Candidate {
            rect: outside,
            priority: priority::DISPUTED,
            tiebreak: 0.0,
            rise: 2,
            owner: None,
            short: None,
        }];
        let bounds = Rect::from_min_size(Pos2::ZERO, egui::vec2(200.0, 100.0));
        assert_eq!(place(&candidates, &[], bounds), [None]);
    }
}
