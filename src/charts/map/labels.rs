//! Town names placed beside their dots so that no two overlap and none covers another town's
//! dot: each label takes the first free spot around its dot, then farther out with a leader
//! line to the dot, and is left out when none is free (the town stays in the list beside the
//! map). Screen coordinates; a grid keeps the work in proportion to the labels.

use std::collections::HashMap;

use egui::{Pos2, Rect, Vec2};

/// A label to place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Want {
    /// Centre of its dot.
    pub anchor: Pos2,
    /// Radius of its dot.
    pub radius: f32,
    /// Size of the label's text.
    pub size: Vec2,
    /// The label is centred on its anchor (a region's name), or moved up or down a line or
    /// two, rather than set beside a dot.
    pub centred: bool,
}

/// Where a label goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spot {
    /// The label's rectangle.
    pub rect: Rect,
    /// The label stands off from its dot: draw a line to it.
    pub leader: bool,
}

/// At most this many labels are placed; the rest are left out (their towns stay listed).
pub const MAX_LABELS: usize = 400;

/// Space between a dot and its label, and around labels.
const GAP: f32 = 3.0;

/// Grid cell side, in points.
const CELL: f32 = 48.0;

/// Things bucketed by the grid cells their bounds touch, for tests near a place only.
struct Buckets<T> {
    cells: HashMap<(i32, i32), Vec<(Rect, T)>>,
}

impl<T: Copy> Buckets<T> {
    fn new() -> Self {
        Self { cells: HashMap::new() }
    }

    fn cells(rect: Rect) -> impl Iterator<Item = (i32, i32)> {
        let (x0, x1) = ((rect.min.x / CELL).floor() as i32, (rect.max.x / CELL).floor() as i32);
        let (y0, y1) = ((rect.min.y / CELL).floor() as i32, (rect.max.y / CELL).floor() as i32);
        // A label wider than the screen still visits a bounded number of cells.
        let (x1, y1) = (x1.min(x0 + 64), y1.min(y0 + 64));
        (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
    }

    fn insert(&mut self, bounds: Rect, item: T) {
        for cell in Self::cells(bounds) {
            self.cells.entry(cell).or_default().push((bounds, item));
        }
    }

    /// True when an item whose bounds meet `area` passes `test`.
    fn any(&self, area: Rect, test: impl Fn(&T) -> bool) -> bool {
        Self::cells(area).any(|cell| {
            self.cells
                .get(&cell)
                .is_some_and(|items| items.iter().any(|(b, item)| b.intersects(area) && test(item)))
        })
    }
}

/// The label's rectangle at distance `d` from the anchor in direction `dir` (x right, y down).
fn candidate(want: &Want, dir: (f32, f32), d: f32) -> Rect {
    let (w, h) = (want.size.x, want.size.y);
    let a = want.anchor;
    let min = match dir {
        (1.0, 0.0) => Pos2::new(a.x + d, a.y - h / 2.0),
        (-1.0, 0.0) => Pos2::new(a.x - d - w, a.y - h / 2.0),
        (0.0, -1.0) => Pos2::new(a.x - w / 2.0, a.y - d - h),
        (0.0, 1.0) => Pos2::new(a.x - w / 2.0, a.y + d),
        (dx, dy) => {
            // The corner nearest the dot sits out along the direction, at least `d` away on one
            // axis: clear of the dot itself.
            let corner = Pos2::new(a.x + dx * d, a.y + dy * d);
            Pos2::new(
                if dx > 0.0 { corner.x } else { corner.x - w },
                if dy > 0.0 { corner.y } else { corner.y - h },
            )
        }
    };
    Rect::from_min_size(min, want.size)
}

/// Distance from a point to a rectangle (zero inside).
fn distance(p: Pos2, r: Rect) -> f32 {
    r.clamp(p).distance(p)
}

/// Dots by grid cell, to tell whether a label would sit nearer another dot than its own.
struct Dots {
    cells: HashMap<(i32, i32), Vec<Pos2>>,
}

impl Dots {
    fn new(wants: &[Want]) -> Self {
        let mut cells: HashMap<(i32, i32), Vec<Pos2>> = HashMap::new();
        for w in wants.iter().filter(|w| !w.centred && w.anchor.is_finite()) {
            let cell = ((w.anchor.x / CELL).floor() as i32, (w.anchor.y / CELL).floor() as i32);
            cells.entry(cell).or_default().push(w.anchor);
        }
        Self { cells }
    }

    /// True when the leader line from `own` to `rect` passes over another dot (within
    /// `clearance` of its centre), where it would seem to start from that dot.
    fn crossed(&self, own: Pos2, radius: f32, rect: Rect) -> bool {
        let (start, end) = leader(own, radius, rect);
        let clearance = radius * 0.8;
        let span = Rect::from_two_pos(start, end).expand(clearance);
        Buckets::<()>::cells(span).any(|cell| {
            self.cells.get(&cell).is_some_and(|dots| {
                dots.iter()
                    .any(|d| *d != own && to_segment(*d, start, end) <= clearance)
            })
        })
    }

    /// True when a dot other than `own` is as near the rectangle as `own` is: a label there
    /// without a leader line could be read as that dot's.
    fn ambiguous(&self, own: Pos2, rect: Rect) -> bool {
        let mine = distance(own, rect);
        Buckets::<()>::cells(rect.expand(mine + 1.0)).any(|cell| {
            self.cells
                .get(&cell)
                .is_some_and(|dots| dots.iter().any(|d| *d != own && distance(*d, rect) <= mine + 1.0))
        })
    }
}

/// The leader line of a label set off from its dot: from the dot's edge to the label's nearest
/// point.
pub fn leader(anchor: Pos2, radius: f32, rect: Rect) -> (Pos2, Pos2) {
    let end = rect.clamp(anchor);
    (anchor + (end - anchor).normalized() * radius, end)
}

/// True when two segments cross (or touch).
fn segments_cross(a: (Pos2, Pos2), b: (Pos2, Pos2)) -> bool {
    let orient = |p: Pos2, q: Pos2, r: Pos2| (q - p).x * (r - p).y - (q - p).y * (r - p).x;
    let (d1, d2) = (orient(b.0, b.1, a.0), orient(b.0, b.1, a.1));
    let (d3, d4) = (orient(a.0, a.1, b.0), orient(a.0, a.1, b.1));
    (d1 * d2 <= 0.0) && (d3 * d4 <= 0.0)
}

/// True when a segment passes through a rectangle.
fn segment_meets_rect(seg: (Pos2, Pos2), r: Rect) -> bool {
    if r.contains(seg.0) || r.contains(seg.1) {
        return true;
    }
    let corners = [r.left_top(), r.right_top(), r.right_bottom(), r.left_bottom()];
    (0..4).any(|i| segments_cross(seg, (corners[i], corners[(i + 1) % 4])))
}

/// Distance from a point to a segment.
fn to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let t = if ab.length_sq() > 0.0 {
        ((p - a).dot(ab) / ab.length_sq()).clamp(0.0, 1.0)
    } else {
        0.0
    };
    p.distance(a + t * ab)
}

/// Places labels in the given order (most important first) inside `frame`, clear of each other
/// and of `obstacles` (the dots), and, unless a leader line joins them, nearer their own dot
/// than any other. Returns one entry per label: its spot, or `None` when left out.
pub fn place(wants: &[Want], obstacles: &[Rect], frame: Rect) -> Vec<Option<Spot>> {
    // Right, left, the diagonals, above, below, then the directions between them.
    const DIRECTIONS: [(f32, f32); 16] = [
        (1.0, 0.0),
        (-1.0, 0.0),
        (1.0, -1.0),
        (1.0, 1.0),
        (-1.0, -1.0),
        (-1.0, 1.0),
        (0.0, -1.0),
        (0.0, 1.0),
        (1.0, -0.5),
        (1.0, 0.5),
        (-1.0, -0.5),
        (-1.0, 0.5),
        (0.5, -1.0),
        (0.5, 1.0),
        (-0.5, -1.0),
        (-0.5, 1.0),
    ];
    // Dots and placed labels, which no label may cover.
    let mut taken: Buckets<()> = Buckets::new();
    for r in obstacles {
        taken.insert(*r, ());
    }
    // Placed labels, which no leader may cross, and leaders, which no label may cover nor
    // leader cross.
    let mut labels: Buckets<Rect> = Buckets::new();
    let mut leaders: Buckets<(Pos2, Pos2)> = Buckets::new();
    let inner = frame.shrink(2.0);
    let dots = Dots::new(wants);
    wants
        .iter()
        .enumerate()
        .map(|(i, want)| {
            if i >= MAX_LABELS || !want.anchor.is_finite() || !inner.contains(want.anchor) {
                return None;
            }
            let free = |rect: Rect| {
                inner.contains_rect(rect)
                    && !taken.any(rect.expand(GAP / 2.0), |()| true)
                    && !leaders.any(rect, |l| segment_meets_rect(*l, rect))
            };
            let near = want.radius + GAP;
            let spot = if want.centred {
                [0.0, -1.1, 1.1, -2.2, 2.2].iter().find_map(|&k| {
                    let rect = Rect::from_center_size(want.anchor + Vec2::new(0.0, k * want.size.y), want.size);
                    free(rect).then_some(Spot { rect, leader: false })
                })
            } else {
                [near, near + 12.0, near + 26.0, near + 44.0, near + 66.0]
                    .iter()
                    .find_map(|&d| {
                        DIRECTIONS.iter().find_map(|&dir| {
                            let rect = candidate(want, dir, d);
                            let leader = d > near;
                            let clear = || {
                                if leader {
                                    let line = self::leader(want.anchor, want.radius, rect);
                                    let bounds = Rect::from_two_pos(line.0, line.1);
                                    !dots.crossed(want.anchor, want.radius, rect)
                                        && !leaders.any(bounds, |l| segments_cross(line, *l))
                                        && !labels.any(bounds, |r| segment_meets_rect(line, *r))
                                } else {
                                    !dots.ambiguous(want.anchor, rect)
                                }
                            };
                            (free(rect) && clear()).then_some(Spot { rect, leader })
                        })
                    })
            }?;
            taken.insert(spot.rect, ());
            labels.insert(spot.rect, spot.rect);
            if spot.leader {
                let line = leader(want.anchor, want.radius, spot.rect);
                leaders.insert(Rect::from_two_pos(line.0, line.1), line);
            }
            Some(spot)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dot(at: Pos2, radius: f32) -> Rect {
        Rect::from_center_size(at, Vec2::splat(radius * 2.0))
    }

    /// A cheap, repeatable stream of numbers in [0, 1).
    fn numbers(seed: u64) -> impl Iterator<Item = f32> {
        let mut s = seed;
        std::iter::repeat_with(move || {
            s = s
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (s >> 40) as f32 / (1u64 << 24) as f32
        })
    }

    fn assert_clear(wants: &[Want], spots: &[Option<Spot>], obstacles: &[Rect], frame: Rect) {
        let lines: Vec<(Pos2, Pos2)> = wants
            .iter()
            .zip(spots)
            .filter_map(|(w, s)| s.filter(|s| s.leader).map(|s| leader(w.anchor, w.radius, s.rect)))
            .collect();
        for (i, a) in lines.iter().enumerate() {
            for b in &lines[i + 1..] {
                assert!(!segments_cross(*a, *b), "leaders {a:?} and {b:?} cross");
            }
            for s in spots.iter().flatten() {
                let own = s.rect.clamp(a.1) == a.1 && s.rect.contains(a.1);
                assert!(
                    own || !segment_meets_rect(*a, s.rect),
                    "leader {a:?} runs over the label {s:?}"
                );
            }
        }
        for (want, spot) in wants.iter().zip(spots) {
            if let Some(spot) = spot.filter(|s| s.leader) {
                let (start, end) = leader(want.anchor, want.radius, spot.rect);
                for other in wants.iter().filter(|w| w.anchor != want.anchor) {
                    assert!(
                        to_segment(other.anchor, start, end) > want.radius * 0.8,
                        "the leader of {spot:?} passes over another dot"
                    );
                }
            }
        }
        for (want, spot) in wants.iter().zip(spots) {
            let Some(spot) = spot.filter(|s| !s.leader) else {
                continue;
            };
            let own = distance(want.anchor, spot.rect);
            for other in wants.iter().filter(|w| w.anchor != want.anchor) {
                assert!(
                    distance(other.anchor, spot.rect) > own,
                    "{spot:?} reads as another dot's label"
                );
            }
        }
        let placed: Vec<Rect> = spots.iter().flatten().map(|s| s.rect).collect();
        for (i, a) in placed.iter().enumerate() {
            assert!(frame.contains_rect(*a), "{a:?} leaves the frame");
            for b in &placed[i + 1..] {
                assert!(!a.intersects(*b), "labels {a:?} and {b:?} overlap");
            }
            for o in obstacles {
                assert!(!a.intersects(*o), "label {a:?} covers the dot {o:?}");
            }
        }
        assert_eq!(spots.len(), wants.len());
    }

    #[test]
    fn labels_in_a_crowd_never_overlap() {
        let frame = Rect::from_min_size(Pos2::ZERO, Vec2::new(400.0, 300.0));
        for seed in 0..20 {
            let mut n = numbers(seed);
            let mut next = || n.next().unwrap_or(0.5);
            // Sixty towns in a 120 × 90 corner: far more names than room.
            let wants: Vec<Want> = (0..60)
                .map(|_| Want {
                    anchor: Pos2::new(140.0 + next() * 120.0, 100.0 + next() * 90.0),
                    radius: 4.0,
                    size: Vec2::new(30.0 + next() * 60.0, 14.0),
                    centred: false,
                })
                .collect();
            let obstacles: Vec<Rect> = wants.iter().map(|w| dot(w.anchor, w.radius)).collect();
            let spots = place(&wants, &obstacles, frame);
            assert_clear(&wants, &spots, &obstacles, frame);
            assert!(
                spots.iter().flatten().count() >= 10,
                "seed {seed}: most of the room is used"
            );
        }
    }

    #[test]
    fn a_lone_town_gets_its_label_beside_it() {
        let frame = Rect::from_min_size(Pos2::ZERO, Vec2::new(400.0, 300.0));
        let want = Want {
            anchor: Pos2::new(100.0, 100.0),
            radius: 4.0,
            size: Vec2::new(40.0, 14.0),
            centred: false,
        };
        let spots = place(&[want], &[dot(want.anchor, 4.0)], frame);
        let spot = spots[0].expect("placed");
        assert_eq!(spot.rect.min, Pos2::new(107.0, 93.0), "right of the dot");
        assert!(!spot.leader);
    }

    #[test]
    fn a_label_at_the_edge_goes_inward_and_one_off_screen_is_left_out() {
        let frame = Rect::from_min_size(Pos2::ZERO, Vec2::new(400.0, 300.0));
        let edge = Want {
            anchor: Pos2::new(395.0, 150.0),
            radius: 4.0,
            size: Vec2::new(60.0, 14.0),
            centred: false,
        };
        let outside = Want {
            anchor: Pos2::new(500.0, 150.0),
            ..edge
        };
        let spots = place(&[edge, outside], &[], frame);
        assert!(spots[0].expect("placed").rect.max.x < 395.0, "to the left of its dot");
        assert_eq!(spots[1], None);
    }

    #[test]
    fn close_towns_both_get_labels_one_with_a_leader() {
        // Katha and Indaw are a few points apart at the default zoom.
        let frame = Rect::from_min_size(Pos2::ZERO, Vec2::new(400.0, 300.0));
        let wants = [
            Want {
                anchor: Pos2::new(200.0, 150.0),
                radius: 4.0,
                size: Vec2::new(36.0, 14.0),
                centred: false,
            },
            Want {
                anchor: Pos2::new(206.0, 151.0),
                radius: 4.0,
                size: Vec2::new(36.0, 14.0),
                centred: false,
            },
        ];
        let obstacles: Vec<Rect> = wants.iter().map(|w| dot(w.anchor, w.radius)).collect();
        let spots = place(&wants, &obstacles, frame);
        assert_clear(&wants, &spots, &obstacles, frame);
        assert!(spots.iter().all(Option::is_some));
    }
}
