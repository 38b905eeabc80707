//! The bundled boundaries (`assets/geo/boundaries.bin`, written by `assets/geo/build.py`): the
//! 14 states and regions and the neighbouring countries as rings already simplified and cut
//! into triangles, their borders, and the names drawn on them. Decoded once, on the first map
//! drawn, into plot coordinates: an equirectangular projection with longitudes scaled by the
//! cosine of Myanmar's mean latitude, which keeps the country's shape.

use std::sync::OnceLock;

/// The bundled boundaries.
pub const BOUNDARIES: &[u8] = include_bytes!("../../../assets/geo/boundaries.bin");

/// Myanmar's mean latitude (midway between its southernmost and northernmost points in the
/// data, 9.79° N and 28.54° N), whose cosine scales longitudes.
pub const MEAN_LATITUDE: f64 = 19.16;

/// Degrees per stored unit.
const UNIT: f64 = 1e-4;

/// Plot coordinates of a point: x east, y north, in degrees of latitude.
pub fn project(lon: f64, lat: f64) -> [f64; 2] {
    [lon * MEAN_LATITUDE.to_radians().cos(), lat]
}

/// The point meshes and borders are stored relative to, so that f32 keeps them exact enough
/// at any zoom.
pub fn origin() -> [f64; 2] {
    project(96.5, 19.0)
}

/// Triangles that fill one set of shapes, in plot coordinates relative to [`origin`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fill {
    /// Vertices.
    pub points: Vec<[f32; 2]>,
    /// Three indices into `points` per triangle, counter-clockwise.
    pub triangles: Vec<u32>,
}

/// What a border separates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BorderKind {
    /// Two of Myanmar's states and regions.
    Internal,
    /// Myanmar from the sea or a neighbouring country.
    Outline,
    /// A neighbouring country's coast or border.
    Neighbour,
}

/// A border line, relative to [`origin`].
#[derive(Clone, Debug, PartialEq)]
pub struct Border {
    /// What it separates.
    pub kind: BorderKind,
    /// Its points, in order.
    pub points: Vec<[f32; 2]>,
}

/// What a name on the map names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelKind {
    /// One of Myanmar's states and regions.
    State,
    /// A neighbouring country.
    Country,
    /// A sea.
    Sea,
}

/// A name drawn on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceLabel {
    /// The name.
    pub name: String,
    /// What it names.
    pub kind: LabelKind,
    /// Where, in plot coordinates.
    pub at: [f64; 2],
}

/// One state or region as stored, in plot coordinates relative to [`origin`]: for checking the
/// fill.
#[derive(Clone, Debug, PartialEq)]
pub struct Outline {
    /// Its name (Natural Earth's).
    pub name: String,
    /// Its rings.
    pub rings: Vec<Vec<[f32; 2]>>,
    /// Its triangles: indices into its rings' points taken in order.
    pub triangles: Vec<u32>,
}

/// Everything the map draws besides the places.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Geometry {
    /// Myanmar's states and regions.
    pub states: Fill,
    /// The neighbouring countries.
    pub neighbours: Fill,
    /// Every border, each once.
    pub borders: Vec<Border>,
    /// Names of states, countries and seas.
    pub labels: Vec<PlaceLabel>,
    /// The states one by one.
    pub outlines: Vec<Outline>,
    /// Myanmar's extent in plot coordinates: (min, max).
    pub extent: ([f64; 2], [f64; 2]),
}

/// The bundled geometry, decoded on first use; `Err` says why it could not be.
pub fn geometry() -> Result<&'static Geometry, &'static str> {
    static GEOMETRY: OnceLock<Result<Geometry, String>> = OnceLock::new();
    GEOMETRY
        .get_or_init(|| decode(BOUNDARIES))
        .as_ref()
        .map_err(String::as_str)
}

/// Reads little-endian numbers and strings, failing on a short or malformed file.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| format!("the boundaries file ends early, at byte {}", self.at))?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let mut out = [0; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }

    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.array::<1>()?[0])
    }

    fn u16(&mut self) -> Result<u16, String> {
        Ok(u16::from_le_bytes(self.array()?))
    }

    fn u32(&mut self) -> Result<usize, String> {
        Ok(u32::from_le_bytes(self.array()?) as usize)
    }

    fn name(&mut self) -> Result<String, String> {
        let len = usize::from(self.u8()?);
        String::from_utf8(self.take(len)?.to_vec()).map_err(|_| "a name in the boundaries file is not UTF-8".to_owned())
    }

    /// A point in plot coordinates.
    fn point(&mut self) -> Result<[f64; 2], String> {
        let lon = f64::from(i32::from_le_bytes(self.array()?)) * UNIT;
        let lat = f64::from(i32::from_le_bytes(self.array()?)) * UNIT;
        Ok(project(lon, lat))
    }
}

/// A point relative to the origin, as stored in meshes.
fn relative(p: [f64; 2]) -> [f32; 2] {
    let o = origin();
    [(p[0] - o[0]) as f32, (p[1] - o[1]) as f32]
}

/// Decodes the boundaries file (layout: the end of `assets/geo/build.py`).
pub fn decode(bytes: &[u8]) -> Result<Geometry, String> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(8)? != b"FRGEO1\0\0" {
        return Err("the boundaries file is not in the expected format".to_owned());
    }
    let mut g = Geometry {
        extent: ([f64::MAX; 2], [f64::MIN; 2]),
        ..Geometry::default()
    };
    for _ in 0..r.u32()? {
        let kind = r.u8()?;
        let name = r.name()?;
        let mut rings = Vec::new();
        let mut points = Vec::new();
        for _ in 0..r.u16()? {
            let n = r.u32()?;
            let mut ring = Vec::with_capacity(n.min(bytes.len()));
            for _ in 0..n {
                let p = r.point()?;
                if kind == 0 {
                    g.extent.0 = [g.extent.0[0].min(p[0]), g.extent.0[1].min(p[1])];
                    g.extent.1 = [g.extent.1[0].max(p[0]), g.extent.1[1].max(p[1])];
                }
                ring.push(relative(p));
            }
            points.extend_from_slice(&ring);
            rings.push(ring);
        }
        let count = r.u32()?;
        let mut triangles = Vec::with_capacity((count * 3).min(bytes.len()));
        for _ in 0..count * 3 {
            let i = r.u16()?;
            if usize::from(i) >= points.len() {
                return Err(format!("{name}: a triangle points past its vertices"));
            }
            triangles.push(u32::from(i));
        }
        for _ in 0..r.u32()? {
            let (ring, start, count, shared) = (usize::from(r.u16()?), r.u32()?, r.u32()?, r.u8()? == 1);
            let ring = rings
                .get(ring)
                .ok_or_else(|| format!("{name}: a border names a missing ring"))?;
            let points = (0..=count).map(|k| ring[(start + k) % ring.len()]).collect();
            let kind = match (kind, shared) {
                (0, true) => BorderKind::Internal,
                (0, false) => BorderKind::Outline,
                _ => BorderKind::Neighbour,
            };
            g.borders.push(Border { kind, points });
        }
        let fill = if kind == 0 { &mut g.states } else { &mut g.neighbours };
        let base = fill.points.len() as u32;
        fill.points.extend_from_slice(&points);
        fill.triangles.extend(triangles.iter().map(|i| i + base));
        if kind == 0 {
            g.outlines.push(Outline { name, rings, triangles });
        }
    }
    for _ in 0..r.u32()? {
        let kind = match r.u8()? {
            0 => LabelKind::State,
            1 => LabelKind::Country,
            _ => LabelKind::Sea,
        };
        let name = r.name()?;
        let at = r.point()?;
        g.labels.push(PlaceLabel { name, kind, at });
    }
    if g.outlines.is_empty() {
        return Err("the boundaries file holds no state".to_owned());
    }
    Ok(g)
}

/// Twice the signed area of a triangle.
fn cross(a: [f32; 2], b: [f32; 2], c: [f32; 2]) -> f64 {
    let (ax, ay, bx, by, cx, cy) = (
        f64::from(a[0]),
        f64::from(a[1]),
        f64::from(b[0]),
        f64::from(b[1]),
        f64::from(c[0]),
        f64::from(c[1]),
    );
    (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
}

/// Area of a ring (shoelace), positive when counter-clockwise.
pub fn ring_area(ring: &[[f32; 2]]) -> f64 {
    let n = ring.len();
    (0..n)
        .map(|i| cross([0.0, 0.0], ring[i], ring[(i + 1) % n]))
        .sum::<f64>()
        / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_boundaries_decode() {
        let g = geometry().expect("the bundled boundaries decode");
        assert_eq!(g.outlines.len(), 14, "14 states and regions");
        let names: Vec<&str> = g.outlines.iter().map(|o| o.name.as_str()).collect();
        assert!(names.contains(&"Shan") && names.contains(&"Ayeyarwady"), "{names:?}");
        assert!(!g.neighbours.triangles.is_empty());
        assert!(g.borders.iter().any(|b| b.kind == BorderKind::Internal));
        assert!(g.borders.iter().any(|b| b.kind == BorderKind::Outline));
        assert_eq!(g.labels.iter().filter(|l| l.kind == LabelKind::State).count(), 14);
        // Myanmar from about 9.8° N to 28.5° N: the mean latitude is midway.
        let (min, max) = g.extent;
        assert!(
            (min[1] - 9.8).abs() < 0.2 && (max[1] - 28.5).abs() < 0.2,
            "{min:?} {max:?}"
        );
        assert!(((min[1] + max[1]) / 2.0 - MEAN_LATITUDE).abs() < 0.1);
    }

    #[test]
    fn every_state_is_filled_exactly_once() {
        // The triangles of each state cover its area exactly (concave shapes included): their
        // areas add up to the rings' and none is turned over.
        let g = geometry().expect("decodes");
        for o in &g.outlines {
            let rings: f64 = o.rings.iter().map(|r| ring_area(r)).sum();
            let points: Vec<[f32; 2]> = o.rings.concat();
            let mut triangles = 0.0;
            for t in o.triangles.chunks(3) {
                let a = cross(points[t[0] as usize], points[t[1] as usize], points[t[2] as usize]) / 2.0;
                assert!(a > 0.0, "{}: a triangle is turned over", o.name);
                triangles += a;
            }
            assert!(rings > 0.0, "{}", o.name);
            assert!(
                ((triangles - rings) / rings).abs() < 1e-6,
                "{}: {triangles} vs {rings}",
                o.name
            );
        }
    }

    #[test]
    fn a_damaged_file_is_refused_not_read() {
        assert!(decode(b"FRGEO1").is_err());
        assert!(decode(b"NOTGEO\0\0\0\0\0\0").is_err());
        let mut cut = BOUNDARIES.to_vec();
        cut.truncate(cut.len() / 2);
        assert!(decode(&cut).expect_err("cut short").contains("ends early"));
    }
}
