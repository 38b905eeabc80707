//! The gazetteer: Myanmar's states and regions, districts, townships and towns as MIMU Place
//! Codes 9.6 lists them (bundled in `assets/geo/places.tsv`, read once when first needed), and
//! the placing of a report's town on it. A town is placed by the report's coordinates when it
//! gives them, else by its Pcode, else by its name: towns first, then townships, matched without
//! regard to case, spaces, hyphens and MIMU's appended "Town", with known spelling variants. A
//! name that matches nothing, or places in different states, or several places, is not placed,
//! and the reason is said: the map never guesses.

pub mod boundaries;

use std::collections::HashMap;
use std::sync::OnceLock;

/// Credit line for every map drawn from the bundled data.
pub const ATTRIBUTION: &str = "Boundaries: Natural Earth. Places: MIMU Place Codes 9.6";

/// The bundled gazetteer file.
pub const PLACES_TSV: &str = include_str!("../../../assets/geo/places.tsv");

/// A town whose MIMU point lies farther than this from its township's centre is drawn at the
/// centre instead: some points in the source are misplaced (Muse town's lies in South Africa,
/// Kale town's in Mandalay Region), while the largest townships' towns lie within 80 km.
pub const TOWN_FROM_TOWNSHIP_KM: f64 = 100.0;

/// The area a report's coordinates must fall in to be drawn: Myanmar with a margin, in degrees
/// (south, north, west, east).
pub const AREA: (f64, f64, f64, f64) = (9.0, 29.0, 92.0, 102.0);

/// Spellings reports use for places MIMU spells otherwise: (variant, MIMU's name). A variant is
/// never itself a MIMU name (a test keeps it so), so it cannot hide a real place.
pub const VARIANTS: &[(&str, &str)] = &[
    ("Papun", "Hpapun"),
    ("Kyaukphyu", "Kyaukpyu"),
    ("Sinbyugyun", "Sinphyukyun"),
    ("Sinbyukyun", "Sinphyukyun"),
    ("Sinphyugyun", "Sinphyukyun"),
    ("Hpakan", "Hpakant"),
    ("Phakant", "Hpakant"),
    ("Pharkant", "Hpakant"),
    ("Myawadi", "Myawaddy"),
    ("Laukkai", "Laukkaing"),
    ("Kalay", "Kale"),
    ("Kalaymyo", "Kale"),
    ("Kalemyo", "Kale"),
    ("Haka", "Hakha"),
    ("Tiddim", "Tedim"),
    ("Thlantlang", "Thantlang"),
    ("Mrauk Oo", "Mrauk-U"),
    ("Myauk U", "Mrauk-U"),
    ("Pyin U Lwin", "Pyinoolwin"),
    ("Maymyo", "Pyinoolwin"),
    ("Mogok", "Mogoke"),
    ("Namkham", "Namhkan"),
    ("Namhkam", "Namhkan"),
    ("Hsenwi", "Hseni"),
    ("Theinni", "Hseni"),
    ("Momeik", "Mongmit"),
    ("Naungcho", "Nawnghkio"),
    ("Pa-an", "Hpa-An"),
    ("Kyaingtong", "Kengtung"),
    ("Kyaing Tong", "Kengtung"),
    ("Tachilek", "Tachileik"),
    ("Mawlamyaing", "Mawlamyine"),
    ("Moulmein", "Mawlamyine"),
    ("Akyab", "Sittwe"),
    ("Bassein", "Pathein"),
    ("Tavoy", "Dawei"),
    ("Mergui", "Myeik"),
    ("Sandoway", "Thandwe"),
    ("Taungup", "Toungup"),
    ("Maungtaw", "Maungdaw"),
    ("Toungoo", "Taungoo"),
    ("Prome", "Pyay"),
    ("Depayin", "Tabayin"),
    ("Dipeyin", "Tabayin"),
    ("Khamti", "Hkamti"),
    ("Yinmabin", "Yinmarbin"),
    ("Pasaung", "Hpasawng"),
    ("Dimawso", "Demoso"),
    ("Kutkhaing", "Kutkai"),
];

/// Names of the states and regions as reports write them, with the MIMU state Pcodes each
/// covers (Bago and Shan are split in MIMU).
const REGIONS: &[(&[&str], &[&str])] = &[
    (&["MMR001"], &["Kachin", "ကချင်"]),
    (&["MMR002"], &["Kayah", "Karenni", "ကယား"]),
    (&["MMR003"], &["Kayin", "Karen", "ကရင်"]),
    (&["MMR004"], &["Chin", "ချင်း"]),
    (&["MMR005"], &["Sagaing", "စစ်ကိုင်း"]),
    (&["MMR006"], &["Tanintharyi", "Tenasserim", "Thanintharyi", "တနင်္သာရီ"]),
    (&["MMR007", "MMR008"], &["Bago", "Pegu", "ပဲခူး"]),
    (&["MMR007"], &["Bago (East)", "East Bago", "Eastern Bago"]),
    (&["MMR008"], &["Bago (West)", "West Bago", "Western Bago"]),
    (&["MMR009"], &["Magway", "Magwe", "မကွေး"]),
    (&["MMR010"], &["Mandalay", "မန္တလေး"]),
    (&["MMR011"], &["Mon", "မွန်"]),
    (&["MMR012"], &["Rakhine", "Arakan", "ရခိုင်"]),
    (&["MMR013"], &["Yangon", "Rangoon", "ရန်ကုန်"]),
    (&["MMR014", "MMR015", "MMR016"], &["Shan", "ရှမ်း"]),
    (&["MMR014"], &["Shan (South)", "South Shan", "Southern Shan"]),
    (&["MMR015"], &["Shan (North)", "North Shan", "Northern Shan"]),
    (&["MMR016"], &["Shan (East)", "East Shan", "Eastern Shan"]),
    (&["MMR017"], &["Ayeyarwady", "Irrawaddy", "Ayeyarwaddy", "ဧရာဝတီ"]),
    (&["MMR018"], &["Nay Pyi Taw", "Naypyidaw", "Naypyitaw", "နေပြည်တော်"]),
];

/// Words after a region's name that do not change which region it is.
const REGION_SUFFIXES: &[&str] = &[
    "unionterritory",
    "state",
    "region",
    "division",
    "ပြည်နယ်",
    "တိုင်းဒေသကြီး",
    "တိုင်း",
];

/// A town or a township.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A town: a point MIMU gives.
    Town,
    /// A township: drawn at the approximate centre of its villages and wards.
    Township,
}

impl PlaceKind {
    /// "town" or "township".
    pub fn word(self) -> &'static str {
        match self {
            Self::Town => "town",
            Self::Township => "township",
        }
    }
}

/// A place of the gazetteer.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// Town or township.
    pub kind: PlaceKind,
    /// MIMU Pcode ("MMR001013701").
    pub pcode: String,
    /// English name, without the "Town" MIMU appends.
    pub name: String,
    /// Burmese name.
    pub name_mmr: String,
    /// Latitude in degrees (for a township, the approximate centre).
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Pcode of its township (its own, for a township).
    pub township: String,
    /// Pcode of its district.
    pub district: String,
    /// Pcode of its state or region ("MMR001").
    pub state: String,
    /// Why the position is only approximate, when it is: a township's centre, or a town drawn at
    /// its township's centre because MIMU's point for it is far from there.
    pub approximate: Option<String>,
}

/// Myanmar's places from MIMU Place Codes 9.6.
#[derive(Debug, Default)]
pub struct Gazetteer {
    /// Townships then towns, in Pcode order.
    places: Vec<Place>,
    /// State or region names by Pcode.
    states: HashMap<String, String>,
    /// District names by Pcode.
    districts: HashMap<String, String>,
    /// Place index by Pcode.
    by_pcode: HashMap<String, usize>,
    /// Place indices by normalised name (English, Burmese and other names).
    by_name: HashMap<String, Vec<usize>>,
}

/// The bundled gazetteer, read on first use.
pub fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    // The bundled file is checked by the tests; should it ever fail to read, the map places
    // nothing and says why for every town, rather than stopping the program.
    GAZETTEER.get_or_init(|| Gazetteer::parse(PLACES_TSV).unwrap_or_default())
}

/// Distance between two (latitude, longitude) points in kilometres, close enough for telling
/// a misplaced point from a far one.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let mean = ((a.0 + b.0) / 2.0).to_radians().cos();
    111.2 * (a.0 - b.0).hypot((a.1 - b.1) * mean)
}

/// A name as compared: lower case, without spaces, hyphens, apostrophes, dots, brackets and
/// invisible joiners.
pub fn normalize(name: &str) -> String {
    name.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(
                    c,
                    '-' | '‐' | '‑' | '–' | '—' | '\'' | '’' | '‘' | '.' | ',' | '(' | ')' | '\u{200b}'
                        ..='\u{200d}' | '\u{feff}'
                )
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The name without a trailing "town" or "township" (English or Burmese), and which of the two
/// it said.
fn strip_kind(name: &str) -> (&str, Option<PlaceKind>) {
    let trimmed = name.trim();
    for (suffix, kind) in [
        (" township", PlaceKind::Township),
        (" town", PlaceKind::Town),
        ("မြို့နယ်", PlaceKind::Township),
        ("မြို့", PlaceKind::Town),
    ] {
        let cut = trimmed.len().saturating_sub(suffix.len());
        if cut > 0
            && let (Some(head), Some(tail)) = (trimmed.get(..cut), trimmed.get(cut..))
            && tail.eq_ignore_ascii_case(suffix)
        {
            return (head.trim_end(), Some(kind));
        }
    }
    (trimmed, None)
}

/// The MIMU state Pcodes a region's name covers, if it names one.
pub fn region_states(region: &str) -> Option<&'static [&'static str]> {
    let mut key = normalize(region);
    for suffix in REGION_SUFFIXES {
        if let Some(stripped) = key.strip_suffix(suffix)
            && !stripped.is_empty()
        {
            key = stripped.to_owned();
            break;
        }
    }
    REGIONS
        .iter()
        .find(|(_, names)| names.iter().any(|n| normalize(n) == key))
        .map(|(codes, _)| *codes)
}

/// What a report says about where a town is.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Query<'a> {
    /// The town's name as written.
    pub name: &'a str,
    /// The state or region the report gives, if any.
    pub region: Option<&'a str>,
    /// A MIMU Pcode the report gives, if any.
    pub pcode: Option<&'a str>,
    /// Latitude the report gives, in degrees.
    pub lat: Option<f64>,
    /// Longitude the report gives, in degrees.
    pub lon: Option<f64>,
}

/// How a town was placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// At the coordinates the report gives.
    Coordinates,
    /// By the Pcode the report gives.
    Pcode,
    /// By its name.
    Name,
    /// By a known other spelling of its name: MIMU's spelling.
    Variant(&'static str),
}

/// Where a report's town is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// The gazetteer's place (none when placed by the report's coordinates).
    pub place: Option<usize>,
    /// How it was found.
    pub how: How,
}

/// A report's town on the map, or why it is not there.
#[derive(Clone, Debug, PartialEq)]
pub enum Resolution {
    /// Drawn here.
    Placed(Placed),
    /// Not drawn, for this reason ("no town or township of that name in MIMU Place Codes 9.6").
    NotPlaced(String),
}

impl Gazetteer {
    /// Reads the gazetteer's text (the format `assets/geo/build.py` writes).
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut g = Self::default();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').collect();
            let bad = || {
                format!(
                    "places line {}: {line:?} is not a state, district, township or town",
                    n + 1
                )
            };
            let number = |i: usize| -> Result<f64, String> {
                cells
                    .get(i)
                    .and_then(|c| c.parse::<f64>().ok())
                    .filter(|v| v.is_finite())
                    .ok_or_else(bad)
            };
            match (cells.first().copied(), cells.len()) {
                (Some("S"), 3) => {
                    g.states.insert(cells[1].to_owned(), cells[2].to_owned());
                }
                (Some("D"), 3) => {
                    g.districts.insert(cells[1].to_owned(), cells[2].to_owned());
                }
                (Some("T"), 8) => g.add(
                    Place {
                        kind: PlaceKind::Township,
                        pcode: cells[1].to_owned(),
                        name: cells[2].to_owned(),
                        name_mmr: cells[3].to_owned(),
                        lat: number(5)?,
                        lon: number(6)?,
                        township: cells[1].to_owned(),
                        district: cells[4].to_owned(),
                        state: cells[1].get(..6).ok_or_else(bad)?.to_owned(),
                        approximate: Some("the approximate centre of the township's villages and wards".to_owned()),
                    },
                    cells[7],
                ),
                (Some("W"), 7) => {
                    let township = cells[1].get(..9).ok_or_else(bad)?;
                    let centre = g
                        .place(township)
                        .ok_or_else(|| format!("places line {}: town {} has no township before it", n + 1, cells[1]))?;
                    let (lat, lon) = (number(4)?, number(5)?);
                    let km = distance_km((lat, lon), (centre.lat, centre.lon));
                    let far = km > TOWN_FROM_TOWNSHIP_KM;
                    let place = Place {
                        kind: PlaceKind::Town,
                        pcode: cells[1].to_owned(),
                        name: cells[2].to_owned(),
                        name_mmr: cells[3].to_owned(),
                        lat: if far { centre.lat } else { lat },
                        lon: if far { centre.lon } else { lon },
                        township: township.to_owned(),
                        district: centre.district.clone(),
                        state: cells[1].get(..6).ok_or_else(bad)?.to_owned(),
                        approximate: far.then(|| {
                            format!(
                                "drawn at its township's approximate centre: MIMU's point for the town ({lat}, {lon}) lies {km:.0} km from there"
                            )
                        }),
                    };
                    g.add(place, cells[6]);
                }
                _ => return Err(bad()),
            }
        }
        Ok(g)
    }

    fn add(&mut self, place: Place, other_names: &str) {
        let i = self.places.len();
        self.by_pcode.insert(place.pcode.clone(), i);
        let names = [place.name.as_str(), place.name_mmr.as_str()]
            .into_iter()
            .chain(other_names.split(';'))
            .map(normalize)
            .filter(|n| !n.is_empty());
        for key in names {
            let list = self.by_name.entry(key).or_default();
            if !list.contains(&i) {
                list.push(i);
            }
        }
        self.places.push(place);
    }

    /// Every place: townships, then towns.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The townships, in Pcode order.
    pub fn townships(&self) -> impl Iterator<Item = (usize, &Place)> {
        self.places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == PlaceKind::Township)
    }

    /// A place by its Pcode.
    pub fn place(&self, pcode: &str) -> Option<&Place> {
        self.by_pcode.get(pcode).map(|&i| &self.places[i])
    }

    /// Index of a place by its Pcode.
    pub fn index(&self, pcode: &str) -> Option<usize> {
        self.by_pcode.get(pcode).copied()
    }

    /// The places with this name (normalised), in any script or spelling MIMU gives.
    pub fn named(&self, name: &str) -> &[usize] {
        self.by_name.get(&normalize(name)).map_or(&[], Vec::as_slice)
    }

    /// The name of a state or region by its Pcode ("Kachin").
    pub fn state_name<'a>(&'a self, pcode: &'a str) -> &'a str {
        self.states.get(pcode).map_or(pcode, String::as_str)
    }

    /// The name of a district by its Pcode.
    pub fn district_name<'a>(&'a self, pcode: &'a str) -> &'a str {
        self.districts.get(pcode).map_or(pcode, String::as_str)
    }

    /// The name of a township by its Pcode.
    pub fn township_name<'a>(&'a self, pcode: &'a str) -> &'a str {
        self.place(pcode).map_or(pcode, |p| p.name.as_str())
    }

    /// "Mansi town (Mansi township, Bhamo district, Kachin)": a place for a reason or a tooltip.
    pub fn describe(&self, i: usize) -> String {
        let p = &self.places[i];
        match p.kind {
            PlaceKind::Town => format!(
                "{} town ({} township, {} district, {})",
                p.name,
                self.township_name(&p.township),
                self.district_name(&p.district),
                self.state_name(&p.state)
            ),
            PlaceKind::Township => format!(
                "{} township ({} district, {})",
                p.name,
                self.district_name(&p.district),
                self.state_name(&p.state)
            ),
        }
    }

    /// Where a report's town goes: by coordinates, Pcode, then name; or why it does not.
    pub fn resolve(&self, query: &Query<'_>) -> Resolution {
        let name = query.name.trim();
        if let (Some(lat), Some(lon)) = (query.lat, query.lon) {
            let (south, north, west, east) = AREA;
            return if (south..=north).contains(&lat) && (west..=east).contains(&lon) {
                Resolution::Placed(Placed {
                    lat,
                    lon,
                    place: None,
                    how: How::Coordinates,
                })
            } else {
                Resolution::NotPlaced(format!(
                    "the position the report gives ({lat}, {lon}) lies outside the map (latitude {south}° to {north}° N, longitude {west}° to {east}° E)"
                ))
            };
        }
        if let Some(code) = query.pcode.map(str::trim).filter(|c| !c.is_empty()) {
            return self.by_pcode(code);
        }
        self.by_name(name, query.region, "the report")
    }

    /// Where a report's township goes: by Pcode, then by name, among townships only; or why it
    /// does not. A township is drawn at its centre, never at coordinates a report gives.
    pub fn resolve_township(&self, query: &Query<'_>) -> Resolution {
        if let Some(code) = query.pcode.map(str::trim).filter(|c| !c.is_empty()) {
            return match self.by_pcode(code) {
                Resolution::Placed(Placed { place: Some(i), .. }) if self.places[i].kind == PlaceKind::Town => {
                    Resolution::NotPlaced(format!(
                        "{} is the Pcode of a town ({}), not of a township",
                        code.to_uppercase(),
                        self.describe(i)
                    ))
                }
                other => other,
            };
        }
        self.by_name_of(query.name, query.region, "the report", Some(PlaceKind::Township))
    }

    fn by_pcode(&self, code: &str) -> Resolution {
        let code = code.to_uppercase();
        match self.index(&code) {
            Some(i) => Resolution::Placed(Placed {
                lat: self.places[i].lat,
                lon: self.places[i].lon,
                place: Some(i),
                how: How::Pcode,
            }),
            None if self.states.contains_key(&code) || self.districts.contains_key(&code) => Resolution::NotPlaced(
                format!("{code} is the Pcode of a state, region or district, not of a town or township"),
            ),
            None => Resolution::NotPlaced(format!(
                "no town or township has the Pcode {code} in MIMU Place Codes 9.6"
            )),
        }
    }

    /// Where an event file's township (ACLED's `admin3`) is drawn: at its township's centre,
    /// found by the Pcode the file gives, else by its name among the townships (then the towns)
    /// of the state or region the file gives; or why it is not drawn.
    pub fn resolve_event_township(&self, name: &str, state: Option<&str>, pcode: Option<&str>) -> Resolution {
        let found = match pcode.map(str::trim).filter(|c| !c.is_empty()) {
            Some(code) => self.by_pcode(code),
            None => self.by_name(&format!("{} township", name.trim()), state, "the file"),
        };
        // A town found by its name stands for its township.
        match found {
            Resolution::Placed(placed) => {
                let township = placed
                    .place
                    .and_then(|i| self.index(&self.places[i].township))
                    .or(placed.place);
                Resolution::Placed(Placed {
                    lat: township.map_or(placed.lat, |i| self.places[i].lat),
                    lon: township.map_or(placed.lon, |i| self.places[i].lon),
                    place: township,
                    how: placed.how,
                })
            }
            not => not,
        }
    }

    /// The approximate centre of a state or region named as reports and event files write it
    /// ("Sagaing", "Shan-North", "Kachin State"): the mean of its townships' centres.
    pub fn state_centre(&self, region: &str) -> Option<(f64, f64)> {
        let codes = region_states(region)?;
        let (n, lat, lon) = self
            .townships()
            .filter(|(_, t)| codes.contains(&t.state.as_str()))
            .fold((0.0, 0.0, 0.0), |(n, lat, lon), (_, t)| {
                (n + 1.0, lat + t.lat, lon + t.lon)
            });
        (n > 0.0).then(|| (lat / n, lon / n))
    }

    /// `who` gives the name: "the report", "the file".
    fn by_name(&self, name: &str, region: Option<&str>, who: &str) -> Resolution {
        self.by_name_of(name, region, who, None)
    }

    /// A place by name, of one kind only when `only` says so; `who` gives the name.
    fn by_name_of(&self, name: &str, region: Option<&str>, who: &str, only: Option<PlaceKind>) -> Resolution {
        let (bare, said) = strip_kind(name);
        let key = normalize(bare);
        if key.is_empty() {
            return Resolution::NotPlaced("the report gives no name".to_owned());
        }
        let variant = VARIANTS
            .iter()
            .find(|(v, _)| normalize(v) == key)
            .map(|(_, canonical)| *canonical);
        let mut found: Vec<usize> = self.by_name.get(&key).cloned().unwrap_or_default();
        if let Some(canonical) = variant {
            for &i in self.named(canonical) {
                if !found.contains(&i) {
                    found.push(i);
                }
            }
        }
        if let Some(kind) = only {
            found.retain(|&i| self.places[i].kind == kind);
        }
        if found.is_empty() {
            return Resolution::NotPlaced(if region_states(bare).is_some() {
                "the name of a state or region, not of a town or township".to_owned()
            } else if only == Some(PlaceKind::Township) {
                "no township of that name in MIMU Place Codes 9.6".to_owned()
            } else {
                "no town or township of that name in MIMU Place Codes 9.6".to_owned()
            });
        }
        if let Some(region) = region.map(str::trim).filter(|r| !r.is_empty())
            && let Some(codes) = region_states(region)
        {
            let inside: Vec<usize> = found
                .iter()
                .copied()
                .filter(|&i| codes.contains(&self.places[i].state.as_str()))
                .collect();
            if inside.is_empty() {
                return Resolution::NotPlaced(format!(
                    "{who} puts it in {region}, but MIMU's places of that name are elsewhere: {}",
                    self.list(&found)
                ));
            }
            found = inside;
        }
        let of = |kind| -> Vec<usize> { found.iter().copied().filter(|&i| self.places[i].kind == kind).collect() };
        let (first, then) = match said {
            Some(PlaceKind::Township) => (of(PlaceKind::Township), of(PlaceKind::Town)),
            _ => (of(PlaceKind::Town), of(PlaceKind::Township)),
        };
        let chosen = if first.is_empty() { then } else { first };
        let mut states: Vec<&str> = found.iter().map(|&i| self.places[i].state.as_str()).collect();
        states.sort_unstable();
        states.dedup();
        if states.len() > 1 {
            return Resolution::NotPlaced(format!(
                "places of that name lie in different states and regions: {}; {who}'s region, pcode or coordinates would tell which",
                self.list(&chosen)
            ));
        }
        match chosen.as_slice() {
            [i] => Resolution::Placed(Placed {
                lat: self.places[*i].lat,
                lon: self.places[*i].lon,
                place: Some(*i),
                how: variant.map_or(How::Name, How::Variant),
            }),
            _ => Resolution::NotPlaced(format!(
                "{} places have that name: {}; a Pcode or coordinates in {who} would tell which",
                chosen.len(),
                self.list(&chosen)
            )),
        }
    }

    /// "Minhla town (Minhla township, Thayet district, Magway) MMR009013701; …"
    fn list(&self, places: &[usize]) -> String {
        places
            .iter()
            .map(|&i| format!("{} {}", self.describe(i), self.places[i].pcode))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// A town or township a report names that the map cannot place.
#[derive(Clone, Debug, PartialEq)]
pub struct UnplacedTown {
    /// JSON path of the town or township: `townships[0].towns[4]`, `townships[0].areas[2]`.
    pub path: String,
    /// The snapshot that names it.
    pub as_of: super::Date,
    /// "townships as of 2025-12-31: Minhla is not placed on the map: …".
    pub message: String,
}

/// Every town and township a report names that the map cannot place, with the reason.
pub fn unplaced(report: &super::Report) -> Vec<UnplacedTown> {
    let g = gazetteer();
    let mut out = Vec::new();
    for (i, t) in report.townships.iter().enumerate() {
        // Towns first (a town's name, else its township's), then townships listed one by one
        // (townships only): each not placed is said with its path and the reason.
        let towns = t.towns.iter().enumerate().map(|(j, town)| {
            let query = Query {
                name: &town.name,
                region: town.region.as_deref(),
                pcode: town.pcode.as_deref(),
                lat: town.lat,
                lon: town.lon,
            };
            (format!("towns[{j}]"), town.name.clone(), g.resolve(&query))
        });
        let areas = t.areas.iter().enumerate().map(|(j, area)| {
            let query = Query {
                name: &area.township,
                region: area.region.as_deref(),
                pcode: area.pcode.as_deref(),
                ..Query::default()
            };
            (
                format!("areas[{j}]"),
                format!("the township {}", area.township),
                g.resolve_township(&query),
            )
        });
        for (entry, what, resolution) in towns.chain(areas) {
            if let Resolution::NotPlaced(why) = resolution {
                out.push(UnplacedTown {
                    path: format!("townships[{i}].{entry}"),
                    as_of: t.as_of,
                    message: format!("townships as of {}: {what} is not placed on the map: {why}", t.as_of),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(name: &str) -> Resolution {
        gazetteer().resolve(&Query {
            name,
            ..Query::default()
        })
    }

    fn pcode_of(r: &Resolution) -> Option<&str> {
        match r {
            Resolution::Placed(Placed { place: Some(i), .. }) => Some(&gazetteer().places()[*i].pcode),
            _ => None,
        }
    }

    #[test]
    fn the_bundled_gazetteer_reads_whole() {
        let g = Gazetteer::parse(PLACES_TSV).expect("the bundled places read");
        assert_eq!(g.townships().count(), 354);
        assert_eq!(g.places().len(), 354 + 503);
        assert_eq!(g.states.len(), 18);
        assert_eq!(g.state_name("MMR001"), "Kachin");
        let mansi = g.place("MMR001013701").expect("Mansi town");
        assert_eq!((mansi.name.as_str(), mansi.name_mmr.as_str()), ("Mansi", "မံစီ"));
        assert_eq!(g.district_name(&mansi.district), "Bhamo");
        assert!(
            g.places()
                .iter()
                .all(|p| p.lat > 9.0 && p.lat < 29.0 && p.lon > 92.0 && p.lon < 102.0)
        );
    }

    #[test]
    fn misplaced_town_points_give_way_to_their_township() {
        let g = gazetteer();
        let muse = g.place("MMR015009701").expect("Muse town");
        let township = g.place("MMR015009").expect("Muse township");
        assert_eq!((muse.lat, muse.lon), (township.lat, township.lon));
        let why = muse.approximate.as_deref().unwrap_or_default();
        assert!(why.contains("(-27.56244, 24.74822) lies 9"), "{why}");
        let bhamo = g.place("MMR001010701").expect("Bhamo town");
        assert_eq!(
            (bhamo.lat, bhamo.lon, bhamo.approximate.as_deref()),
            (24.26296, 97.23832, None)
        );
        // A far town that is where MIMU says: Sinbo lies 76 km from Myitkyina township's centre.
        assert!(g.place("MMR001001702").expect("Sinbo").approximate.is_none());
        let far = g
            .places()
            .iter()
            .filter(|p| p.kind == PlaceKind::Town && p.approximate.is_some())
            .count();
        assert_eq!(far, 15);
    }

    #[test]
    fn the_ten_towns_of_the_sample() {
        let expected = [
            ("Mansi", "MMR001013701"),
            ("Falam", "MMR004001701"),
            ("Indaw", "MMR005021701"),
            ("Banmauk", "MMR005023701"),
            // MIMU lists Maw Taung as a town of Tanintharyi township.
            ("Maw Taung", "MMR006008702"),
            ("Bhamo", "MMR001010701"),
            ("Kyaukpyu", "MMR012011701"),
            ("Hpapun", "MMR003003701"),
            ("Katha", "MMR005020701"),
            ("Sinphyukyun", "MMR009010702"),
        ];
        let report = crate::report::sample().report;
        let names: Vec<&str> = report.townships[0].towns.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, expected.map(|(n, _)| n));
        for (name, code) in expected {
            assert_eq!(pcode_of(&place(name)), Some(code), "{name}");
        }
        assert!(unplaced(&report).is_empty(), "{:?}", unplaced(&report));
    }

    #[test]
    fn names_match_without_case_spaces_hyphens_or_town() {
        for name in ["sin phyu kyun", "SINPHYUKYUN", "Sin-Phyu-Kyun Town", "Sinphyukyun town"] {
            assert_eq!(pcode_of(&place(name)), Some("MMR009010702"), "{name}");
        }
        assert_eq!(pcode_of(&place("Mawtaung")), Some("MMR006008702"));
        assert_eq!(pcode_of(&place("Hpa An")), Some("MMR003001701"));
        // MIMU writes this one without the space before "Town".
        assert_eq!(pcode_of(&place("Poke Ba Thi Ri")), Some("MMR018005701"));
        // In Burmese, with the word for town, and with an invisible space MIMU has in places.
        assert_eq!(pcode_of(&place("ဗန်းမော်မြို့")), Some("MMR001010701"));
        assert_eq!(pcode_of(&place("ချီ\u{200b}ဖွေ")), Some("MMR001005701"));
        // Another name MIMU gives in brackets.
        assert_eq!(pcode_of(&place("Hmonesan")), pcode_of(&place("Mongsan")));
    }

    #[test]
    fn known_variants_place_the_mimu_spelling() {
        let papun = place("Papun");
        assert_eq!(pcode_of(&papun), Some("MMR003003701"));
        assert!(matches!(
            papun,
            Resolution::Placed(Placed {
                how: How::Variant("Hpapun"),
                ..
            })
        ));
        assert_eq!(pcode_of(&place("Kyaukphyu")), Some("MMR012011701"));
        assert_eq!(pcode_of(&place("Sinbyugyun")), Some("MMR009010702"));
        assert!(matches!(
            place("Bhamo"),
            Resolution::Placed(Placed { how: How::Name, .. })
        ));
    }

    #[test]
    fn every_variant_names_one_mimu_place_and_is_not_one_itself() {
        let g = gazetteer();
        for (variant, canonical) in VARIANTS {
            assert!(g.named(variant).is_empty(), "{variant} is itself a MIMU name");
            assert!(!g.named(canonical).is_empty(), "{canonical} is not a MIMU name");
            assert!(
                matches!(place(variant), Resolution::Placed(_)),
                "{variant}: {:?}",
                place(variant)
            );
        }
    }

    #[test]
    fn towns_come_before_townships() {
        // Bhamo is a town and a township: the town's point is used.
        assert_eq!(pcode_of(&place("Bhamo")), Some("MMR001010701"));
        // Unless the report says township.
        assert_eq!(pcode_of(&place("Bhamo Township")), Some("MMR001010"));
        // Nanyun is a township whose town MIMU spells Namyung.
        assert_eq!(pcode_of(&place("Nanyun")), Some("MMR005037"));
    }

    #[test]
    fn ambiguous_names_are_not_guessed() {
        let Resolution::NotPlaced(why) = place("Minhla") else {
            panic!("Minhla is a town in Bago (West) and in Magway");
        };
        assert!(why.contains("different states and regions"), "{why}");
        assert!(why.contains("Bago (West)") && why.contains("Magway"), "{why}");
        // The region tells which.
        let magway = gazetteer().resolve(&Query {
            name: "Minhla",
            region: Some("Magway Region"),
            ..Query::default()
        });
        assert_eq!(pcode_of(&magway), Some("MMR009013701"));
        // Two towns called Kamma in Magway: the region does not help.
        let Resolution::NotPlaced(why) = gazetteer().resolve(&Query {
            name: "Kamma",
            region: Some("Magway"),
            ..Query::default()
        }) else {
            panic!("two towns are called Kamma in Magway");
        };
        assert!(why.starts_with("2 places have that name"), "{why}");
        // A region that contradicts MIMU.
        let Resolution::NotPlaced(why) = gazetteer().resolve(&Query {
            name: "Falam",
            region: Some("Sagaing"),
            ..Query::default()
        }) else {
            panic!("Falam is in Chin");
        };
        assert!(
            why.contains("Falam town (Falam township, Falam district, Chin)"),
            "{why}"
        );
    }

    #[test]
    fn burmese_regions_count() {
        let bhamo = gazetteer().resolve(&Query {
            name: "ဗန်းမော်",
            region: Some("ကချင်ပြည်နယ်"),
            ..Query::default()
        });
        assert_eq!(pcode_of(&bhamo), Some("MMR001010701"));
        assert_eq!(region_states("Shan State"), Some(&["MMR014", "MMR015", "MMR016"][..]));
        assert_eq!(region_states("Anyar"), None);
    }

    #[test]
    fn event_townships_are_placed_at_their_township() {
        let g = gazetteer();
        let kale = g.resolve_event_township("Kale", Some("Sagaing"), None);
        let kale_township = g.index("MMR005027");
        assert!(
            matches!(&kale, Resolution::Placed(p) if p.place == kale_township && p.how == How::Name),
            "{kale:?}"
        );
        // By the Pcode the file gives, whatever the name.
        let by_code = g.resolve_event_township("Kalay", None, Some("mmr005027"));
        assert!(
            matches!(&by_code, Resolution::Placed(p) if p.place == kale_township),
            "{by_code:?}"
        );
        // ACLED's way of writing Shan's parts.
        let lashio = g.resolve_event_township("Lashio", Some("Shan-North"), None);
        assert_eq!(pcode_of(&lashio), Some("MMR015001"));
        let Resolution::NotPlaced(why) = g.resolve_event_township("Kale", Some("Yangon"), None) else {
            panic!("Kale is not in Yangon")
        };
        assert!(why.starts_with("the file puts it in Yangon"), "{why}");
        let Resolution::NotPlaced(why) = g.resolve_event_township("Atlantis", Some("Sagaing"), None) else {
            panic!("no Atlantis")
        };
        assert_eq!(why, "no town or township of that name in MIMU Place Codes 9.6");
    }

    #[test]
    fn state_centres_lie_inside_their_states() {
        let g = gazetteer();
        let (lat, lon) = g.state_centre("Sagaing Region").expect("Sagaing");
        assert!(
            (21.0..27.0).contains(&lat) && (94.0..97.0).contains(&lon),
            "{lat}, {lon}"
        );
        let north = g.state_centre("Shan-North").expect("northern Shan");
        let shan = g.state_centre("Shan").expect("Shan");
        assert!(north.0 > shan.0, "northern Shan lies north of Shan's centre");
        assert_eq!(g.state_centre("Atlantis"), None);
    }

    #[test]
    fn unknown_names_say_why() {
        assert_eq!(
            place("Atlantis"),
            Resolution::NotPlaced("no town or township of that name in MIMU Place Codes 9.6".to_owned())
        );
        assert_eq!(
            place("Yangon"),
            Resolution::NotPlaced("the name of a state or region, not of a town or township".to_owned())
        );
        assert!(matches!(place("  "), Resolution::NotPlaced(_)));
    }

    #[test]
    fn a_pcode_wins_over_the_name() {
        let r = gazetteer().resolve(&Query {
            name: "Minhla",
            pcode: Some("mmr008009701"),
            ..Query::default()
        });
        assert_eq!(pcode_of(&r), Some("MMR008009701"));
        assert!(matches!(r, Resolution::Placed(Placed { how: How::Pcode, .. })));
        let r = gazetteer().resolve(&Query {
            name: "Bhamo",
            pcode: Some("MMR999999999"),
            ..Query::default()
        });
        assert!(
            matches!(r, Resolution::NotPlaced(ref why) if why.contains("MMR999999999")),
            "{r:?}"
        );
        let r = gazetteer().resolve(&Query {
            name: "Bhamo",
            pcode: Some("MMR001D003"),
            ..Query::default()
        });
        assert!(
            matches!(r, Resolution::NotPlaced(ref why) if why.contains("district")),
            "{r:?}"
        );
    }

    #[test]
    fn coordinates_win_over_pcode_and_name() {
        let r = gazetteer().resolve(&Query {
            name: "Minhla",
            pcode: Some("MMR008009701"),
            lat: Some(21.5),
            lon: Some(95.25),
            ..Query::default()
        });
        assert_eq!(
            r,
            Resolution::Placed(Placed {
                lat: 21.5,
                lon: 95.25,
                place: None,
                how: How::Coordinates
            })
        );
        let r = gazetteer().resolve(&Query {
            name: "Bhamo",
            lat: Some(0.0),
            lon: Some(0.0),
            ..Query::default()
        });
        assert!(
            matches!(r, Resolution::NotPlaced(ref why) if why.contains("outside the map")),
            "{r:?}"
        );
        // Only one of the two is not a position: the name decides.
        let r = gazetteer().resolve(&Query {
            name: "Bhamo",
            lat: Some(10.0),
            ..Query::default()
        });
        assert_eq!(pcode_of(&r), Some("MMR001010701"));
    }

    #[test]
    fn a_pcode_places_a_name_found_in_two_states() {
        let report = crate::report::LoadedReport::from_bytes(
            br#"{"fieldreport":1,"title":"t","townships":[{"as_of":"2025-12-31","towns":[
                {"name":"Minhla","status":"captured"},
                {"name":"Minhla","status":"captured","pcode":"MMR009013701"},
                {"name":"Minhla","status":"captured","pcode":"MMR999"}]}]}"#,
            "t.json",
            None,
        )
        .expect("valid")
        .report;
        let out = unplaced(&report);
        let paths: Vec<&str> = out.iter().map(|u| u.path.as_str()).collect();
        assert_eq!(paths, ["townships[0].towns[0]", "townships[0].towns[2]"]);
        assert!(
            out[0].message.contains("region, pcode or coordinates would tell which"),
            "{}",
            out[0].message
        );
        assert!(out[1].message.contains("MMR999"), "{}", out[1].message);
    }

    #[test]
    fn unplaced_towns_name_their_path() {
        let report = crate::report::LoadedReport::from_bytes(
            br#"{"fieldreport":1,"title":"t","townships":[{"as_of":"2025-12-31","towns":[
                {"name":"Bhamo","status":"captured"},{"name":"Minhla","status":"captured"}]}]}"#,
            "t.json",
            None,
        )
        .expect("valid")
        .report;
        let out = unplaced(&report);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].path, "townships[0].towns[1]");
        assert_eq!(out[0].as_of.to_string(), "2025-12-31");
        assert!(
            out[0]
                .message
                .starts_with("townships as of 2025-12-31: Minhla is not placed on the map: "),
            "{}",
            out[0].message
        );
    }

    fn township(name: &str, pcode: Option<&str>) -> Resolution {
        gazetteer().resolve_township(&Query {
            name,
            pcode,
            ..Query::default()
        })
    }

    #[test]
    fn a_listed_township_is_found_among_townships_only() {
        assert_eq!(pcode_of(&township("Falam", None)), Some("MMR004001"));
        assert_eq!(pcode_of(&township("Falam Township", None)), Some("MMR004001"));
        assert_eq!(pcode_of(&township("ဖလမ်း", None)), Some("MMR004001"));
        assert_eq!(pcode_of(&township("anything", Some("mmr004001"))), Some("MMR004001"));
        // A town's Pcode is refused, and says whose it is.
        let Resolution::NotPlaced(why) = township("Falam", Some("MMR004001701")) else {
            panic!("a town's Pcode placed a township");
        };
        assert!(why.contains("of a town") && why.contains("not of a township"), "{why}");
        let Resolution::NotPlaced(why) = township("Atlantis", None) else {
            panic!("an unknown township placed");
        };
        assert_eq!(why, "no township of that name in MIMU Place Codes 9.6");
        let Resolution::NotPlaced(why) = township("Shan", None) else {
            panic!("a state placed as a township");
        };
        assert!(why.contains("state or region"), "{why}");
    }

    #[test]
    fn listed_townships_that_cannot_be_placed_are_named_with_their_path() {
        let mut r = crate::report::Report::default();
        let mut t =
            crate::report::model::Townships::new(crate::report::model::Date::parse("2025-12-31").expect("date"));
        t.areas
            .push(crate::report::model::Area::new("Falam".into(), "captured".into()));
        t.areas
            .push(crate::report::model::Area::new("Atlantis".into(), "captured".into()));
        r.townships.push(t);
        let out = unplaced(&r);
        assert_eq!(out.len(), 1, "{out:?}");
        assert_eq!(out[0].path, "townships[0].areas[1]");
        assert!(
            out[0].message.contains("the township Atlantis is not placed"),
            "{}",
            out[0].message
        );
    }
}
