//! Township boundaries the user brings (read and joined by `report::places::boundaries`),
//! prepared once for the map: each township's rings projected as the map is, simplified to a
//! tolerance finer than the map ever shows, and cut into triangles, on the thread that read
//! the file. The map then fills a listed township by its status and draws every township's
//! outline, and finds the township under the pointer.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use super::geometry::{self, Fill};
use crate::report::places::boundaries::{Boundaries, JoinedBy, Ring, Shape, Unjoined};

/// Rings are simplified so that no point moves more than this (degrees of latitude, about
/// 30 m): finer than a pixel until the view spans less than a township.
pub const TOLERANCE: f64 = 0.000_3;

/// A joined township ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct TownshipShape {
    /// Its MIMU Pcode.
    pub pcode: String,
    /// Its triangles, relative to [`geometry::origin`].
    pub fill: Fill,
    /// Its outer rings and holes, for outlines and for finding the pointer.
    pub rings: Vec<Vec<[f32; 2]>>,
    /// Where its outer rings begin in `rings` (the rest are holes), for the pointer test.
    pub outer: Vec<bool>,
    /// The box around it: least and greatest corner.
    pub bounds: [[f32; 2]; 2],
}

/// A boundary file prepared for the map.
#[derive(Clone, Debug)]
pub struct TownshipLayer {
    /// Told apart from another layer of the same file read again.
    pub id: u64,
    /// The file's name.
    pub name: String,
    /// Where it was read from.
    pub path: Option<PathBuf>,
    /// Who made the boundaries: the file's own attribution or what the user gave; `None`
    /// until one is known.
    pub attribution: Option<String>,
    /// The attribution the file itself gives.
    pub file_attribution: Option<String>,
    /// What the join used.
    pub joined_by: JoinedBy,
    /// Features in the file.
    pub features: usize,
    /// Features not joined, with the reason.
    pub unjoined: Vec<Unjoined>,
    /// The gazetteer's townships the file gives no boundary for.
    pub missing: usize,
    /// Repairs made when reading, and rings that cross themselves.
    pub repairs: Vec<String>,
    /// Points read, over every ring.
    pub vertices: usize,
    /// Points kept after simplifying.
    pub kept: usize,
    /// The joined townships, in the gazetteer's order.
    pub townships: Vec<TownshipShape>,
    /// The Pcodes of `townships`, to ask whether one has a boundary without a search.
    pcodes: std::collections::HashSet<String>,
}

impl PartialEq for TownshipLayer {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.attribution == other.attribution
    }
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

impl TownshipLayer {
    /// Prepares joined boundaries for drawing (projecting, simplifying, cutting into
    /// triangles): a few hundred milliseconds for MIMU's township layer, so off the UI thread.
    pub fn prepare(b: Boundaries, name: String, path: Option<PathBuf>) -> Self {
        let missing = b.missing();
        let mut repairs = b.repairs;
        let mut crossing = Vec::new();
        let mut kept = 0;
        let townships: Vec<TownshipShape> = b
            .townships
            .into_iter()
            .map(|t| {
                let shape = township_shape(t.pcode, &t.shapes);
                kept += shape.rings.iter().map(Vec::len).sum::<usize>();
                if shape.fill.triangles.is_empty() && !shape.rings.is_empty() || crosses(&shape) {
                    crossing.push(shape.pcode.clone());
                }
                shape
            })
            .collect();
        if !crossing.is_empty() {
            repairs.push(format!(
                "{} township(s) have rings that cross themselves or are broken, so their fill may have gaps: {}",
                crossing.len(),
                crossing.join(", ")
            ));
        }
        Self {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            name,
            path,
            attribution: b.attribution.clone(),
            file_attribution: b.attribution,
            joined_by: b.joined_by,
            features: b.features,
            unjoined: b.unjoined,
            missing,
            repairs,
            vertices: b.vertices,
            kept,
            pcodes: townships.iter().map(|t| t.pcode.clone()).collect(),
            townships,
        }
    }

    /// True when the layer has a boundary for the township of this Pcode.
    pub fn has(&self, pcode: &str) -> bool {
        self.pcodes.contains(pcode)
    }

    /// The township whose polygon holds a point (plot coordinates relative to the origin).
    pub fn township_at(&self, p: [f32; 2]) -> Option<&TownshipShape> {
        self.townships.iter().find(|t| {
            let [lo, hi] = t.bounds;
            p[0] >= lo[0] && p[0] <= hi[0] && p[1] >= lo[1] && p[1] <= hi[1] && t.contains(p)
        })
    }

    /// The attribution to draw: the known one, or the file's name said to be of unknown source.
    pub fn credit(&self) -> Option<&str> {
        self.attribution.as_deref()
    }
}

impl TownshipShape {
    /// True when the point is inside an outer ring and in none of its holes (even-odd over
    /// every ring, which is the same for well-formed polygons).
    pub fn contains(&self, p: [f32; 2]) -> bool {
        let mut inside = false;
        for ring in &self.rings {
            for w in ring.windows(2) {
                let (a, b) = (w[0], w[1]);
                if (a[1] > p[1]) != (b[1] > p[1]) {
                    let x = a[0] + (p[1] - a[1]) / (b[1] - a[1]) * (b[0] - a[0]);
                    if p[0] < x {
                        inside = !inside;
                    }
                }
            }
        }
        inside
    }

    /// Its area as the rings give it (holes taken away), in squared plot units.
    fn ring_area(&self) -> f64 {
        self.rings
            .iter()
            .zip(&self.outer)
            .map(|(r, &outer)| {
                let a = geometry::ring_area(r).abs();
                if outer { a } else { -a }
            })
            .sum()
    }

    /// Its area as its triangles cover it.
    fn fill_area(&self) -> f64 {
        self.fill
            .triangles
            .chunks_exact(3)
            .map(|t| {
                let [a, b, c] = [t[0], t[1], t[2]].map(|i| self.fill.points[i as usize]);
                geometry::ring_area(&[a, b, c, a]).abs()
            })
            .sum()
    }
}

/// True when the triangles cover a area far from the rings' own: a ring that crosses itself
/// (or a hole outside its polygon) cannot be cut into triangles that match it.
fn crosses(shape: &TownshipShape) -> bool {
    let (rings, fill) = (shape.ring_area().abs(), shape.fill_area());
    let larger = rings.max(fill);
    larger > 0.0 && (fill - rings).abs() / larger > 0.01
}

/// Projects, simplifies and triangulates a township's polygons.
fn township_shape(pcode: String, shapes: &[Shape]) -> TownshipShape {
    let mut fill = Fill::default();
    let mut rings = Vec::new();
    let mut outer = Vec::new();
    let mut lo = [f32::INFINITY; 2];
    let mut hi = [f32::NEG_INFINITY; 2];
    for shape in shapes {
        let simplified = Shape {
            outer: simplify(&shape.outer),
            holes: shape.holes.iter().map(simplify).filter(|h| h.len() >= 4).collect(),
        };
        if simplified.outer.len() < 4 {
            continue;
        }
        let (points, triangles) = crate::report::places::boundaries::triangulate(&simplified);
        let base = u32::try_from(fill.points.len()).unwrap_or(u32::MAX);
        fill.points.extend(points.iter().map(|p| relative(*p)));
        fill.triangles.extend(triangles.iter().map(|i| base.saturating_add(*i)));
        for (ring, is_outer) in
            std::iter::once((&simplified.outer, true)).chain(simplified.holes.iter().map(|h| (h, false)))
        {
            let ring: Vec<[f32; 2]> = ring.iter().map(|p| relative(*p)).collect();
            for p in &ring {
                lo = [lo[0].min(p[0]), lo[1].min(p[1])];
                hi = [hi[0].max(p[0]), hi[1].max(p[1])];
            }
            rings.push(ring);
            outer.push(is_outer);
        }
    }
    TownshipShape {
        pcode,
        fill,
        rings,
        outer,
        bounds: [lo, hi],
    }
}

/// A point of longitude and latitude projected and stored relative to the origin.
fn relative(p: [f64; 2]) -> [f32; 2] {
    let q = geometry::project(p[0], p[1]);
    let o = geometry::origin();
    [(q[0] - o[0]) as f32, (q[1] - o[1]) as f32]
}

/// A closed ring, projected, with the points Douglas–Peucker finds within [`TOLERANCE`] of the
/// line through their neighbours left out (kept closed; a ring too small to keep its shape
/// keeps its points).
fn simplify(ring: &Ring) -> Ring {
    let projected: Vec<[f64; 2]> = ring.iter().map(|p| geometry::project(p[0], p[1])).collect();
    let n = projected.len();
    if n <= 4 {
        return ring.clone();
    }
    let mut keep = vec![false; n];
    keep[0] = true;
    keep[n - 1] = true;
    // A closed ring's ends are the same point: split it at the point farthest from them.
    let far = (1..n - 1)
        .max_by(|&a, &b| dist2(projected[a], projected[0]).total_cmp(&dist2(projected[b], projected[0])))
        .unwrap_or(n / 2);
    keep[far] = true;
    let mut stack = vec![(0, far), (far, n - 1)];
    let tolerance2 = TOLERANCE * TOLERANCE;
    while let Some((a, b)) = stack.pop() {
        if b <= a + 1 {
            continue;
        }
        let (mut worst, mut at) = (0.0, a);
        for i in a + 1..b {
            let d = segment_dist2(projected[i], projected[a], projected[b]);
            if d > worst {
                (worst, at) = (d, i);
            }
        }
        if worst > tolerance2 {
            keep[at] = true;
            stack.push((a, at));
            stack.push((at, b));
        }
    }
    let out: Ring = ring.iter().zip(&keep).filter(|(_, k)| **k).map(|(p, _)| *p).collect();
    if out.len() < 4 { ring.clone() } else { out }
}

fn dist2(a: [f64; 2], b: [f64; 2]) -> f64 {
    (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)
}

/// Squared distance from `p` to the segment `a`–`b`.
fn segment_dist2(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    if len2 == 0.0 {
        return dist2(p, a);
    }
    let t = (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0);
    dist2(p, [a[0] + t * dx, a[1] + t * dy])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(lon: f64, lat: f64, side: f64) -> Ring {
        vec![
            [lon, lat],
            [lon + side, lat],
            [lon + side, lat + side],
            [lon, lat + side],
            [lon, lat],
        ]
    }

    fn boundaries(shapes: Vec<Shape>) -> Boundaries {
        Boundaries {
            townships: vec![crate::report::places::boundaries::Township {
                place: 0,
                pcode: "MMR004001".to_owned(),
                shapes,
            }],
            unjoined: Vec::new(),
            joined_by: JoinedBy::Pcode("TS_PCODE".to_owned()),
            features: 1,
            vertices: 5,
            attribution: None,
            repairs: Vec::new(),
        }
    }

    #[test]
    fn a_ring_with_a_hole_is_filled_around_it_and_found_under_the_pointer() {
        let layer = TownshipLayer::prepare(
            boundaries(vec![Shape {
                outer: square(93.0, 22.0, 1.0),
                holes: vec![square(93.4, 22.4, 0.2)],
            }]),
            "t.geojson".to_owned(),
            None,
        );
        let t = &layer.townships[0];
        assert_eq!(t.fill.triangles.len() % 3, 0);
        assert!(!t.fill.triangles.is_empty());
        let area = t.fill_area();
        assert!(
            (area - t.ring_area()).abs() / area < 1e-3,
            "the fill covers the ring, not the hole"
        );
        assert!(layer.repairs.is_empty(), "{:?}", layer.repairs);
        assert!(layer.township_at(relative([93.1, 22.1])).is_some());
        assert!(
            layer.township_at(relative([93.5, 22.5])).is_none(),
            "the hole is not the township"
        );
        assert!(layer.township_at(relative([94.5, 22.5])).is_none());
    }

    #[test]
    fn a_ring_that_crosses_itself_is_said() {
        // A bow tie: its two halves meet where its edges cross.
        let bow = vec![[93.0, 22.0], [94.0, 23.0], [94.0, 22.0], [93.0, 23.0], [93.0, 22.0]];
        let layer = TownshipLayer::prepare(
            boundaries(vec![Shape {
                outer: bow,
                holes: vec![],
            }]),
            "b.geojson".to_owned(),
            None,
        );
        assert!(
            layer
                .repairs
                .iter()
                .any(|r| r.contains("cross themselves") && r.contains("MMR004001")),
            "{:?}",
            layer.repairs
        );
    }

    #[test]
    fn simplifying_keeps_the_shape_and_drops_points_on_a_line() {
        // A square's edges with a hundred points on each, and one bump far above tolerance.
        let mut ring = Vec::new();
        for i in 0..100 {
            ring.push([93.0 + f64::from(i) / 100.0, 22.0]);
        }
        ring.push([94.0, 22.0]);
        ring.push([94.0, 23.0]);
        ring.push([93.5, 23.2]);
        ring.push([93.0, 23.0]);
        ring.push([93.0, 22.0]);
        let out = simplify(&ring);
        assert_eq!(out.first(), out.last(), "still closed");
        assert!(out.len() <= 7, "{} points kept", out.len());
        assert!(out.contains(&[93.5, 23.2]), "the bump is kept");
    }
}
