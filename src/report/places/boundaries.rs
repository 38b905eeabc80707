//! Township boundaries the user brings: a GeoJSON FeatureCollection or an ESRI shapefile of
//! Myanmar's townships (MIMU's township layer, geoBoundaries, one cut from OpenStreetMap), read
//! into rings of longitude and latitude and joined to the gazetteer's townships.
//!
//! The join is by a property whose values are township Pcodes (`MMR` and six digits), found by
//! its values rather than its name, or else by a property whose values the gazetteer knows as
//! township names. What cannot be joined is listed with the reason, never guessed. Coordinates
//! that are not longitude and latitude (a projected file, in metres) or that lie outside
//! Myanmar refuse the file with a message saying so; rings left open are closed and rings of
//! fewer than three points dropped, and both are counted.

use std::collections::HashMap;
use std::io::Read as _;
use std::path::Path;

use super::{AREA, Gazetteer, PlaceKind, Query, Resolution, gazetteer};

/// The largest boundary file read: MIMU's 1:250,000 township layer is about 20 MB as GeoJSON.
pub const MAX_BOUNDARY_BYTES: u64 = 256 * 1024 * 1024;

/// A ring of points, each `[longitude, latitude]` in degrees (WGS 84), closed (the last point is
/// the first).
pub type Ring = Vec<[f64; 2]>;

/// One polygon: its outer ring and its holes.
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    /// The outer ring.
    pub outer: Ring,
    /// Holes cut out of it.
    pub holes: Vec<Ring>,
}

/// A township of the gazetteer with its boundary (every polygon the file gives it).
#[derive(Clone, Debug, PartialEq)]
pub struct Township {
    /// The township's index in the gazetteer's places.
    pub place: usize,
    /// Its MIMU Pcode.
    pub pcode: String,
    /// Its polygons.
    pub shapes: Vec<Shape>,
}

/// A feature the join could not place, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Unjoined {
    /// The feature's number in the file, from 1.
    pub feature: usize,
    /// What the feature calls itself (its Pcode or name), or empty.
    pub label: String,
    /// Why it is not joined.
    pub why: String,
}

/// The property the features were joined by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JoinedBy {
    /// A property holding township Pcodes.
    Pcode(String),
    /// A property holding township names.
    Name(String),
}

/// A boundary file read and joined.
#[derive(Clone, Debug, PartialEq)]
pub struct Boundaries {
    /// Joined townships, in the gazetteer's order.
    pub townships: Vec<Township>,
    /// Features not joined, in the file's order.
    pub unjoined: Vec<Unjoined>,
    /// What the join used.
    pub joined_by: JoinedBy,
    /// Features in the file.
    pub features: usize,
    /// Points kept, over every ring.
    pub vertices: usize,
    /// The attribution the file gives (a top-level `attribution`, `source` or `license` member
    /// of a GeoJSON file), if any.
    pub attribution: Option<String>,
    /// Repairs made: rings closed, rings dropped.
    pub repairs: Vec<String>,
}

impl Boundaries {
    /// The gazetteer's townships the file gives no boundary for.
    pub fn missing(&self) -> usize {
        gazetteer().townships().count().saturating_sub(self.townships.len())
    }
}

/// One feature as read, before the join: its properties as text and its polygons.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Feature {
    /// Property names and values (numbers written as text); absent and null values left out.
    pub properties: Vec<(String, String)>,
    /// Its polygons; empty when the geometry is not a polygon.
    pub shapes: Vec<Shape>,
    /// Why it has no polygon, when it has none ("a LineString, not a polygon").
    pub not_polygon: Option<String>,
}

/// True when a path is a boundary file by its name (`.shp`, `.geojson`) or, for `.json`, by a
/// `FeatureCollection` near its start (a regular file only); reports and tables are told apart
/// this way when files are opened together.
pub fn detect_path(path: &Path) -> bool {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "shp" | "geojson" => true,
        // Only a regular file is looked into: a pipe read here would be empty for its reader.
        "json" if std::fs::metadata(path).is_ok_and(|m| m.is_file()) => {
            let mut head = Vec::new();
            std::fs::File::open(path)
                .and_then(|f| f.take(4096).read_to_end(&mut head))
                .is_ok()
                && String::from_utf8_lossy(&head).contains("\"FeatureCollection\"")
        }
        _ => false,
    }
}

/// Reads a boundary file: a shapefile by its `.shp` extension (with the `.dbf` beside it), else
/// a GeoJSON FeatureCollection.
pub fn read(path: &Path) -> Result<Boundaries, String> {
    let size = std::fs::metadata(path)
        .map_err(|e| format!("cannot read the file: {e}"))?
        .len();
    if size > MAX_BOUNDARY_BYTES {
        return Err(format!(
            "the file is {} MB, more than the {} MB a boundary file may be; simplify it (mapshaper, QGIS) or cut it to Myanmar",
            size / (1024 * 1024),
            MAX_BOUNDARY_BYTES / (1024 * 1024)
        ));
    }
    let is_shp = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("shp"));
    let features = if is_shp {
        shapefile_features(path)?
    } else {
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|f| f.take(MAX_BOUNDARY_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|e| format!("cannot read the file: {e}"))?;
        let (features, attribution) = geojson_features(&bytes)?;
        return join(features, attribution, gazetteer());
    };
    join(features, None, gazetteer())
}

/// The features of a GeoJSON FeatureCollection, and the attribution it gives.
pub fn geojson_features(bytes: &[u8]) -> Result<(Vec<Feature>, Option<String>), String> {
    let first = bytes
        .iter()
        .find(|b| !b.is_ascii_whitespace() && **b != 0xEF && **b != 0xBB && **b != 0xBF);
    if first != Some(&b'{') {
        return Err("not a GeoJSON file (it does not start with {) and not a shapefile (.shp)".to_owned());
    }
    let json: geojson::GeoJson = serde_json::from_slice(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|e| format!("not a GeoJSON file: {e}"))?;
    let collection = match json {
        geojson::GeoJson::FeatureCollection(c) => c,
        geojson::GeoJson::Feature(_) => {
            return Err("a single GeoJSON Feature, not a FeatureCollection of townships".to_owned());
        }
        geojson::GeoJson::Geometry(g) => {
            return Err(format!(
                "a GeoJSON {}, not a FeatureCollection of townships",
                g.value.type_name()
            ));
        }
    };
    let attribution = collection.foreign_members.as_ref().and_then(|m| {
        ["attribution", "source", "license"]
            .iter()
            .find_map(|k| m.get(*k).and_then(|v| v.as_str()).map(str::to_owned))
    });
    let features = collection
        .features
        .into_iter()
        .map(|f| {
            let properties = f
                .properties
                .map(|p| {
                    p.into_iter()
                        .filter_map(|(k, v)| value_text(&v).map(|v| (k, v)))
                        .collect()
                })
                .unwrap_or_default();
            let (shapes, not_polygon) = match f.geometry.map(|g| g.value) {
                Some(geojson::GeometryValue::Polygon { coordinates }) => (vec![polygon(&coordinates)], None),
                Some(geojson::GeometryValue::MultiPolygon { coordinates }) => {
                    (coordinates.iter().map(|p| polygon(p)).collect(), None)
                }
                Some(other) => (Vec::new(), Some(format!("a {}, not a polygon", other.type_name()))),
                None => (Vec::new(), Some("no geometry".to_owned())),
            };
            Feature {
                properties,
                shapes,
                not_polygon,
            }
        })
        .collect();
    Ok((features, attribution))
}

/// A property's value as text: strings and numbers; others left out.
fn value_text(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.trim().to_owned()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A GeoJSON polygon's rings: the first is the outer one.
fn polygon(rings: &[Vec<geojson::Position>]) -> Shape {
    let ring =
        |r: &Vec<geojson::Position>| -> Ring { r.iter().filter(|p| p.len() >= 2).map(|p| [p[0], p[1]]).collect() };
    Shape {
        outer: rings.first().map(ring).unwrap_or_default(),
        holes: rings.iter().skip(1).map(ring).collect(),
    }
}

/// The features of a shapefile with its `.dbf` beside it.
pub fn shapefile_features(path: &Path) -> Result<Vec<Feature>, String> {
    let mut reader = shapefile::Reader::from_path(path).map_err(|e| match e {
        shapefile::Error::MissingDbf => {
            "the shapefile's .dbf (its attribute table, with the townships' names and Pcodes) is not beside it"
                .to_owned()
        }
        e => format!("not a shapefile that can be read: {e}"),
    })?;
    let mut out = Vec::new();
    for item in reader.iter_shapes_and_records() {
        let (shape, record) = item.map_err(|e| format!("feature {}: {e}", out.len() + 1))?;
        let mut properties: Vec<(String, String)> = record
            .into_iter()
            .filter_map(|(name, value)| dbf_text(value).map(|v| (name, v)))
            .collect();
        properties.sort();
        let rings = match shape {
            shapefile::Shape::Polygon(p) => Some(rings_of(p.into_inner(), |q| [q.x, q.y])),
            shapefile::Shape::PolygonM(p) => Some(rings_of(p.into_inner(), |q| [q.x, q.y])),
            shapefile::Shape::PolygonZ(p) => Some(rings_of(p.into_inner(), |q| [q.x, q.y])),
            _ => None,
        };
        out.push(match rings {
            Some(shapes) => Feature {
                properties,
                shapes,
                not_polygon: None,
            },
            None => Feature {
                properties,
                shapes: Vec::new(),
                not_polygon: Some("not a polygon".to_owned()),
            },
        });
    }
    Ok(out)
}

/// Shapefile rings into polygons: each outer ring starts one, the holes after it belong to it.
fn rings_of<P>(rings: Vec<shapefile::PolygonRing<P>>, xy: impl Fn(&P) -> [f64; 2]) -> Vec<Shape> {
    let mut shapes: Vec<Shape> = Vec::new();
    for ring in rings {
        match ring {
            shapefile::PolygonRing::Outer(points) => shapes.push(Shape {
                outer: points.iter().map(&xy).collect(),
                holes: Vec::new(),
            }),
            shapefile::PolygonRing::Inner(points) => {
                let hole: Ring = points.iter().map(&xy).collect();
                match shapes.last_mut() {
                    Some(s) => s.holes.push(hole),
                    // A hole before any outer ring: drawn as a shape of its own.
                    None => shapes.push(Shape {
                        outer: hole,
                        holes: Vec::new(),
                    }),
                }
            }
        }
    }
    shapes
}

/// A dBase value as text.
fn dbf_text(value: shapefile::dbase::FieldValue) -> Option<String> {
    match value {
        shapefile::dbase::FieldValue::Character(Some(s)) | shapefile::dbase::FieldValue::Memo(s) => {
            Some(s.trim().to_owned())
        }
        shapefile::dbase::FieldValue::Numeric(Some(n))
        | shapefile::dbase::FieldValue::Double(n)
        | shapefile::dbase::FieldValue::Currency(n) => Some(n.to_string()),
        shapefile::dbase::FieldValue::Integer(n) => Some(n.to_string()),
        _ => None,
    }
}

/// True for a township Pcode: `MMR` and six digits.
pub fn is_township_pcode(text: &str) -> bool {
    let t = text.trim().as_bytes();
    t.len() == 9 && t[..3].eq_ignore_ascii_case(b"MMR") && t[3..].iter().all(u8::is_ascii_digit)
}

/// Checks and repairs the features' rings, then joins them to the gazetteer's townships.
pub fn join(mut features: Vec<Feature>, attribution: Option<String>, g: &Gazetteer) -> Result<Boundaries, String> {
    if features.is_empty() {
        return Err("the file holds no feature".to_owned());
    }
    let repairs = repair(&mut features)?;
    let joined_by = join_key(&features, g)?;
    let mut by_place: HashMap<usize, Vec<Shape>> = HashMap::new();
    let mut unjoined = Vec::new();
    let mut vertices = 0;
    for (n, feature) in features.into_iter().enumerate() {
        let (key, by_pcode) = match &joined_by {
            JoinedBy::Pcode(k) => (k, true),
            JoinedBy::Name(k) => (k, false),
        };
        let label = feature
            .properties
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        if let Some(why) = feature.not_polygon {
            unjoined.push(Unjoined {
                feature: n + 1,
                label,
                why,
            });
            continue;
        }
        if feature.shapes.is_empty() {
            unjoined.push(Unjoined {
                feature: n + 1,
                label,
                why: "no ring of three points or more".to_owned(),
            });
            continue;
        }
        let resolution = if label.is_empty() {
            Resolution::NotPlaced(format!("no {key} given"))
        } else if by_pcode && !is_township_pcode(&label) {
            Resolution::NotPlaced(format!("{label} is not a township Pcode (MMR and six digits)"))
        } else {
            let query = Query {
                name: &label,
                pcode: by_pcode.then_some(label.as_str()),
                ..Query::default()
            };
            g.resolve_township(&query)
        };
        match resolution {
            Resolution::Placed(p) => {
                let Some(place) = p.place else { continue };
                vertices += feature
                    .shapes
                    .iter()
                    .map(|s| s.outer.len() + s.holes.iter().map(Vec::len).sum::<usize>())
                    .sum::<usize>();
                by_place.entry(place).or_default().extend(feature.shapes);
            }
            Resolution::NotPlaced(why) => unjoined.push(Unjoined {
                feature: n + 1,
                label,
                why,
            }),
        }
    }
    let mut townships: Vec<Township> = by_place
        .into_iter()
        .map(|(place, shapes)| Township {
            place,
            pcode: g.places()[place].pcode.clone(),
            shapes,
        })
        .collect();
    townships.sort_by_key(|t| t.place);
    if townships.is_empty() {
        return Err(format!(
            "no feature joins a township of MIMU Place Codes 9.6 (by {}); {}",
            match &joined_by {
                JoinedBy::Pcode(k) | JoinedBy::Name(k) => k,
            },
            unjoined
                .first()
                .map_or_else(String::new, |u| format!("the first: {}", u.why))
        ));
    }
    Ok(Boundaries {
        townships,
        unjoined,
        joined_by,
        features: repairs.features,
        vertices,
        attribution,
        repairs: repairs.words,
    })
}

/// What [`repair`] did, in words, and how many features there were.
struct Repairs {
    words: Vec<String>,
    features: usize,
}

/// Refuses coordinates that are not longitude and latitude over Myanmar; closes open rings and
/// drops rings of fewer than three points.
fn repair(features: &mut [Feature]) -> Result<Repairs, String> {
    let (mut closed, mut dropped) = (0, 0);
    let (mut largest, mut inside, mut points) = (0.0_f64, 0_usize, 0_usize);
    let (south, north, west, east) = AREA;
    for f in features.iter_mut() {
        for shape in &mut f.shapes {
            for ring in std::iter::once(&mut shape.outer).chain(shape.holes.iter_mut()) {
                ring.retain(|p| p[0].is_finite() && p[1].is_finite());
                for p in ring.iter() {
                    largest = largest.max(p[0].abs()).max(p[1].abs());
                    points += 1;
                    if (west..=east).contains(&p[0]) && (south..=north).contains(&p[1]) {
                        inside += 1;
                    }
                }
                if ring.len() >= 3 && ring.first() != ring.last() {
                    let first = ring[0];
                    ring.push(first);
                    closed += 1;
                }
            }
            let before = shape.holes.len();
            shape.holes.retain(|h| h.len() >= 4);
            dropped += before - shape.holes.len();
        }
        let before = f.shapes.len();
        f.shapes.retain(|s| s.outer.len() >= 4);
        dropped += before - f.shapes.len();
    }
    if points == 0 {
        return Err("the file holds no polygon".to_owned());
    }
    if largest > 360.0 {
        return Err(format!(
            "the coordinates are not longitude and latitude (values reach {largest:.0}): the file is in a projected system, in metres (UTM, say); save it as WGS 84 (EPSG:4326) in QGIS or mapshaper"
        ));
    }
    if inside * 2 < points {
        return Err(format!(
            "most of the file's points lie outside Myanmar (latitude {south}° to {north}° N, longitude {west}° to {east}° E): is it a layer of another country, or are longitude and latitude swapped?"
        ));
    }
    let mut words = Vec::new();
    if closed > 0 {
        words.push(format!("{closed} rings were not closed and were closed"));
    }
    if dropped > 0 {
        words.push(format!("{dropped} rings of fewer than three points were left out"));
    }
    Ok(Repairs {
        words,
        features: features.len(),
    })
}

/// The property to join by: the one whose values are most often township Pcodes (at least
/// half the features), else the one whose values the gazetteer most often knows as township
/// names (at least a third).
fn join_key(features: &[Feature], g: &Gazetteer) -> Result<JoinedBy, String> {
    let mut pcodes: HashMap<&str, usize> = HashMap::new();
    for f in features {
        for (k, v) in &f.properties {
            if is_township_pcode(v) {
                *pcodes.entry(k.as_str()).or_default() += 1;
            }
        }
    }
    let best = |counts: HashMap<&str, usize>| -> Option<(String, usize)> {
        let mut v: Vec<(&str, usize)> = counts.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v.first().map(|(k, n)| ((*k).to_owned(), *n))
    };
    if let Some((key, n)) = best(pcodes)
        && n * 2 >= features.len()
    {
        return Ok(JoinedBy::Pcode(key));
    }
    // Names: sample at most 60 features per property, for speed on large layers.
    let mut names: HashMap<&str, usize> = HashMap::new();
    for f in features.iter().take(60) {
        for (k, v) in &f.properties {
            let query = Query {
                name: v,
                ..Query::default()
            };
            if !v.is_empty()
                && v.parse::<f64>().is_err()
                && matches!(g.resolve_township(&query), Resolution::Placed(p) if p.place.is_some_and(|i| g.places()[i].kind == PlaceKind::Township))
            {
                *names.entry(k.as_str()).or_default() += 1;
            }
        }
    }
    let sampled = features.len().min(60);
    match best(names) {
        Some((key, n)) if n * 3 >= sampled => Ok(JoinedBy::Name(key)),
        _ => Err(
            "no property of the features gives township Pcodes (MMR and six digits, as in MIMU's TS_PCODE) or township names the gazetteer knows, so no feature can be joined to a township"
                .to_owned(),
        ),
    }
}

/// A polygon's triangles for filling: the points (outer ring then holes, each without its
/// closing point) and the indices of their triangles, three by three.
pub fn triangulate(shape: &Shape) -> (Vec<[f64; 2]>, Vec<u32>) {
    let open = |r: &Ring| -> Vec<[f64; 2]> {
        let mut r = r.clone();
        if r.len() > 1 && r.first() == r.last() {
            r.pop();
        }
        r
    };
    let mut points = open(&shape.outer);
    let mut holes = Vec::new();
    for h in &shape.holes {
        holes.push(points.len());
        points.extend(open(h));
    }
    let flat: Vec<f64> = points.iter().flat_map(|p| [p[0], p[1]]).collect();
    let indices = earcutr::earcut(&flat, &holes, 2)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|i| u32::try_from(i).ok())
        .collect();
    (points, indices)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(lon: f64, lat: f64, side: f64) -> Vec<Vec<f64>> {
        vec![
            vec![lon, lat],
            vec![lon + side, lat],
            vec![lon + side, lat + side],
            vec![lon, lat + side],
            vec![lon, lat],
        ]
    }

    fn collection(features: &[serde_json::Value]) -> Vec<u8> {
        serde_json::json!({"type": "FeatureCollection", "attribution": "Test layer", "features": features})
            .to_string()
            .into_bytes()
    }

    fn polygon_feature(props: serde_json::Value, rings: Vec<Vec<Vec<f64>>>) -> serde_json::Value {
        serde_json::json!({"type": "Feature", "properties": props, "geometry": {"type": "Polygon", "coordinates": rings}})
    }

    fn joined(bytes: &[u8]) -> Result<Boundaries, String> {
        let (features, attribution) = geojson_features(bytes)?;
        join(features, attribution, gazetteer())
    }

    #[test]
    fn features_join_by_the_property_that_holds_pcodes_whatever_its_name() {
        let bytes = collection(&[
            polygon_feature(
                serde_json::json!({"TS": "Falam", "code": "MMR004001"}),
                vec![square(93.5, 22.8, 0.3)],
            ),
            polygon_feature(
                serde_json::json!({"TS": "Hakha", "code": "MMR004002"}),
                vec![square(93.5, 22.4, 0.3), square(93.6, 22.5, 0.05)],
            ),
            polygon_feature(
                serde_json::json!({"TS": "Nowhere", "code": "MMR099001"}),
                vec![square(94.0, 22.0, 0.1)],
            ),
            polygon_feature(serde_json::json!({"TS": "No code"}), vec![square(94.0, 21.0, 0.1)]),
            serde_json::json!({"type": "Feature", "properties": {"code": "MMR004004"}, "geometry": {"type": "LineString", "coordinates": [[93.0, 23.0], [93.1, 23.1]]}}),
        ]);
        let b = joined(&bytes).expect("joins");
        assert_eq!(b.joined_by, JoinedBy::Pcode("code".into()));
        assert_eq!(b.attribution.as_deref(), Some("Test layer"));
        let pcodes: Vec<&str> = b.townships.iter().map(|t| t.pcode.as_str()).collect();
        assert_eq!(pcodes, ["MMR004001", "MMR004002"]);
        assert_eq!(b.townships[1].shapes[0].holes.len(), 1, "the ring with a hole keeps it");
        let why: Vec<(usize, &str, &str)> = b
            .unjoined
            .iter()
            .map(|u| (u.feature, u.label.as_str(), u.why.as_str()))
            .collect();
        assert_eq!(
            why,
            [
                (
                    3,
                    "MMR099001",
                    "no town or township has the Pcode MMR099001 in MIMU Place Codes 9.6"
                ),
                (4, "", "no code given"),
                (5, "MMR004004", "a LineString, not a polygon"),
            ]
        );
        assert_eq!(b.features, 5);
        assert_eq!(b.vertices, 15);
        assert!(b.missing() > 300);
    }

    #[test]
    fn without_pcodes_features_join_by_names_the_gazetteer_knows() {
        let bytes = collection(&[
            polygon_feature(
                serde_json::json!({"shapeName": "Falam", "shapeID": "1"}),
                vec![square(93.5, 22.8, 0.3)],
            ),
            polygon_feature(
                serde_json::json!({"shapeName": "Tedim", "shapeID": "2"}),
                vec![square(93.6, 23.2, 0.3)],
            ),
            polygon_feature(
                serde_json::json!({"shapeName": "Atlantis", "shapeID": "3"}),
                vec![square(94.0, 22.0, 0.1)],
            ),
        ]);
        let b = joined(&bytes).expect("joins");
        assert_eq!(b.joined_by, JoinedBy::Name("shapeName".into()));
        assert_eq!(b.townships.len(), 2);
        assert_eq!(b.unjoined.len(), 1);
        assert_eq!(b.unjoined[0].why, "no township of that name in MIMU Place Codes 9.6");
    }

    #[test]
    fn bad_files_are_refused_with_the_reason() {
        assert!(joined(b"not json").expect_err("refused").contains("not a GeoJSON file"));
        assert!(
            joined(b"{\"type\": 1}")
                .expect_err("refused")
                .starts_with("not a GeoJSON file")
        );
        let single = serde_json::json!({"type": "Polygon", "coordinates": [square(93.5, 22.8, 0.3)]}).to_string();
        assert_eq!(
            joined(single.as_bytes()).expect_err("refused"),
            "a GeoJSON Polygon, not a FeatureCollection of townships"
        );
        let projected = collection(&[polygon_feature(
            serde_json::json!({"code": "MMR004001"}),
            vec![square(512_000.0, 2_520_000.0, 20_000.0)],
        )]);
        assert!(
            joined(&projected).expect_err("refused").contains("projected system"),
            "{:?}",
            joined(&projected)
        );
        let elsewhere = collection(&[polygon_feature(
            serde_json::json!({"code": "MMR004001"}),
            vec![square(2.3, 48.8, 0.3)],
        )]);
        assert!(joined(&elsewhere).expect_err("refused").contains("outside Myanmar"));
        let swapped = collection(&[polygon_feature(
            serde_json::json!({"code": "MMR004001"}),
            vec![square(22.8, 93.5, 0.3)],
        )]);
        assert!(joined(&swapped).expect_err("refused").contains("swapped"));
        let unnamed = collection(&[polygon_feature(
            serde_json::json!({"id": 7}),
            vec![square(93.5, 22.8, 0.3)],
        )]);
        assert!(
            joined(&unnamed)
                .expect_err("refused")
                .contains("no property of the features gives township Pcodes")
        );
        assert_eq!(
            joined(&collection(&[])).expect_err("refused"),
            "the file holds no feature"
        );
    }

    #[test]
    fn a_file_of_a_gigabyte_is_refused_before_it_is_read() {
        let path = std::env::temp_dir().join(format!("fieldreport-huge-{}.geojson", std::process::id()));
        // Sparse: it takes no room on the disk, and is never read.
        std::fs::File::create(&path)
            .and_then(|f| f.set_len(1 << 30))
            .expect("a sparse file");
        let refused = read(&path).expect_err("refused");
        let _ = std::fs::remove_file(&path);
        assert!(
            refused.contains("the file is 1024 MB, more than the 256 MB"),
            "{refused}"
        );
        assert!(detect_path(&path), "a .geojson is taken as boundaries by its name");
    }

    #[test]
    fn open_rings_are_closed_and_degenerate_ones_left_out() {
        let open = vec![vec![93.5, 22.8], vec![93.8, 22.8], vec![93.8, 23.1], vec![93.5, 23.1]];
        let bytes = collection(&[
            polygon_feature(serde_json::json!({"code": "MMR004001"}), vec![open]),
            polygon_feature(
                serde_json::json!({"code": "MMR004002"}),
                vec![square(93.5, 22.4, 0.3), vec![vec![93.6, 22.5], vec![93.61, 22.5]]],
            ),
        ]);
        let b = joined(&bytes).expect("joins");
        assert_eq!(b.townships[0].shapes[0].outer.len(), 5);
        assert_eq!(
            b.repairs,
            [
                "1 rings were not closed and were closed",
                "1 rings of fewer than three points were left out"
            ]
        );
    }

    #[test]
    fn a_polygon_with_a_hole_triangulates_around_it() {
        let shape = Shape {
            outer: vec![[0.0, 0.0], [4.0, 0.0], [4.0, 4.0], [0.0, 4.0], [0.0, 0.0]],
            holes: vec![vec![[1.0, 1.0], [1.0, 3.0], [3.0, 3.0], [3.0, 1.0], [1.0, 1.0]]],
        };
        let (points, indices) = triangulate(&shape);
        assert_eq!(points.len(), 8);
        assert_eq!(indices.len(), 8 * 3, "a square with a square hole is eight triangles");
        let area: f64 = indices
            .chunks(3)
            .map(|t| {
                let [a, b, c] = [points[t[0] as usize], points[t[1] as usize], points[t[2] as usize]];
                ((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])).abs() / 2.0
            })
            .sum();
        assert!((area - 12.0).abs() < 1e-9, "16 less the hole's 4: {area}");
    }

    /// Writes a shapefile of squares with a Pcode and a name per feature into a fresh folder.
    fn write_shapefile(dir: &Path, features: &[(&str, &str, f64, f64)]) -> std::path::PathBuf {
        use shapefile::dbase::{FieldName, FieldValue, Record, TableWriterBuilder};
        std::fs::create_dir_all(dir).expect("folder");
        let path = dir.join("townships.shp");
        let table = TableWriterBuilder::new()
            .add_character_field(FieldName::try_from("TS_PCODE").expect("name"), 12)
            .add_character_field(FieldName::try_from("TS").expect("name"), 40);
        let mut writer = shapefile::Writer::from_path(&path, table).expect("writer");
        for (pcode, name, lon, lat) in features {
            let ring: Vec<shapefile::Point> = [(0.0, 0.0), (0.0, 0.2), (0.2, 0.2), (0.2, 0.0), (0.0, 0.0)]
                .iter()
                .map(|(x, y)| shapefile::Point::new(lon + x, lat + y))
                .collect();
            let polygon = shapefile::Polygon::new(shapefile::PolygonRing::Outer(ring));
            let mut record = Record::default();
            record.insert("TS_PCODE".to_owned(), FieldValue::Character(Some((*pcode).to_owned())));
            record.insert("TS".to_owned(), FieldValue::Character(Some((*name).to_owned())));
            writer.write_shape_and_record(&polygon, &record).expect("written");
        }
        drop(writer);
        path
    }

    #[test]
    fn a_shapefile_with_its_dbf_reads_and_joins_and_without_it_says_what_is_missing() {
        let dir = std::env::temp_dir().join(format!("fieldreport-shp-{}", std::process::id()));
        let path = write_shapefile(
            &dir,
            &[
                ("MMR004001", "Falam", 93.5, 22.8),
                ("MMR004004", "Tedim", 93.6, 23.2),
                ("", "Atlantis", 94.0, 22.0),
            ],
        );
        let b = read(&path).expect("the shapefile reads");
        assert_eq!(b.joined_by, JoinedBy::Pcode("TS_PCODE".into()));
        let pcodes: Vec<&str> = b.townships.iter().map(|t| t.pcode.as_str()).collect();
        assert_eq!(pcodes, ["MMR004001", "MMR004004"]);
        assert_eq!(b.unjoined.len(), 1);
        assert_eq!(b.unjoined[0].feature, 3);
        std::fs::remove_file(path.with_extension("dbf")).expect("removed");
        assert_eq!(
            read(&path).expect_err("refused"),
            "the shapefile's .dbf (its attribute table, with the townships' names and Pcodes) is not beside it"
        );
        std::fs::write(dir.join("broken.shp"), b"not a shapefile at all").expect("written");
        std::fs::write(dir.join("broken.dbf"), b"nor a table").expect("written");
        let error = read(&dir.join("broken.shp")).expect_err("refused");
        assert!(error.starts_with("not a shapefile that can be read: "), "{error}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
