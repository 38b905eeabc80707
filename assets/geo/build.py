#!/usr/bin/env python3
"""Rebuilds the map data bundled with fieldreport from the source files described in
PROVENANCE.md (Natural Earth boundaries, MIMU Place Codes 9.6).

    python3 assets/geo/build.py SOURCE_DIR

SOURCE_DIR holds the five source files named in PROVENANCE.md (their SHA-256 are listed there;
the script prints those it read).

Writes, next to this script:
- places.tsv: states, districts, townships and towns of MIMU Place Codes 9.6, one a line;
- boundaries.bin: the 14 states and regions and the neighbouring countries as simplified rings,
  their fill triangles and their borders (layout at the end of this file).

Standard library only. The output is the same for the same input (no timestamps, sorted keys).
"""

import csv
import hashlib
import json
import math
import os
import re
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Coordinates are stored as whole multiples of this many degrees (the sources give 4 decimals).
UNIT = 1e-4
# Douglas-Peucker tolerance in degrees (east-west distances scaled as on the map): about 550 m
# for the states, well under a pixel at the largest export size; 2 km for the neighbours.
STATE_TOLERANCE = 0.005
NEIGHBOUR_TOLERANCE = 0.02
# Islands smaller than this (square degrees, about 12 km²) are left out: at the sizes drawn they
# are under a pixel.
MIN_ISLAND_AREA = 0.001
# Neighbouring land further than this from Myanmar is never in view.
CONTEXT_BOX = (80.0, 0.0, 112.0, 36.0)
# Names drawn on the neighbouring land and the seas, at points chosen inside each (lon, lat).
CONTEXT_LABELS = [
    ("India", 94.6, 27.3),
    ("Bangladesh", 90.4, 23.8),
    ("China", 99.8, 26.2),
    ("Laos", 102.2, 20.2),
    ("Thailand", 100.4, 15.8),
    ("Bay of Bengal", 90.8, 17.5),
    ("Andaman Sea", 96.4, 12.6),
]
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff"))
DIRECTIONS = {"north", "south", "east", "west"}


def clean(text):
    """Drops zero-width characters and repeated spaces."""
    return " ".join(text.translate(ZERO_WIDTH).split())


def display_name(name):
    """MIMU appends "Town" to town names (sometimes without a space): the name without it."""
    stripped = re.sub(r"\s*Town$", "", name)
    return stripped if stripped else name


def aliases(name, primaries):
    """Other names a place is known by inside its MIMU name: "Mongsan (Hmonesan)" is also
    "Hmonesan" and "Mongsan". Directions ("Dagon Myothit (East)"), numbers and qualifiers
    ("Kokang SAZ") are parts of the name, not other names."""
    out = []
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if not m:
        return out
    outer, inner = m.group(1).strip(), m.group(2).strip()
    if inner.lower() in DIRECTIONS or re.search(r"\d", inner):
        return out
    if "SAZ" in inner or inner.lower() in primaries:
        return out
    out.append(inner)
    if outer.lower() not in primaries:
        out.append(outer)
    return out


def write_places(src):
    townships = list(csv.DictReader(open(os.path.join(src, "townships-points.csv"), encoding="utf-8")))
    towns = list(csv.DictReader(open(os.path.join(src, "towns-points.csv"), encoding="utf-8")))
    states = {}
    districts = {}
    for t in townships:
        states[t["state_pcode"]] = clean(t["state_eng"])
        districts[t["district_pcode"]] = clean(t["district_eng"])
    for t in towns:
        states.setdefault(t["state_pcode"], clean(t["state_eng"]))
    township_codes = {t["township_pcode"] for t in townships}
    primaries = {clean(t["township_eng"]).lower() for t in townships}
    primaries |= {display_name(clean(t["town_eng"])).lower() for t in towns}
    lines = [
        "# fieldreport places, format 1: MIMU Place Codes (Pcodes) 9.6, February 2025.",
        "# Credit: Myanmar Information Management Unit (MIMU). Rebuilt by build.py; see PROVENANCE.md.",
        "# S state pcode, name | D district pcode, name |",
        "# T township pcode, name, Burmese name, district pcode, lat, lon, other names (;) |",
        "# W town pcode, name, Burmese name, lat, lon, other names (;). A town's township is its pcode's first 9 characters.",
    ]
    for code in sorted(states):
        lines.append(f"S\t{code}\t{states[code]}")
    for code in sorted(districts):
        lines.append(f"D\t{code}\t{districts[code]}")
    for t in sorted(townships, key=lambda t: t["township_pcode"]):
        name = clean(t["township_eng"])
        other = ";".join(aliases(name, primaries - {name.lower()}))
        lat, lon = float(t["median_lat"]), float(t["median_lon"])
        lines.append(
            f"T\t{t['township_pcode']}\t{name}\t{clean(t['township_mmr'])}\t{t['district_pcode']}\t{lat:.5f}\t{lon:.5f}\t{other}"
        )
    for t in sorted(towns, key=lambda t: t["town_pcode"]):
        code = t["town_pcode"]
        if code[:9] != t["township_pcode"] or code[:9] not in township_codes:
            sys.exit(f"town {code}: its pcode does not start with a known township's ({t['township_pcode']})")
        name = display_name(clean(t["town_eng"]))
        other = ";".join(aliases(name, primaries - {name.lower()}))
        lat, lon = float(t["lat"]), float(t["lon"])
        lines.append(f"W\t{code}\t{name}\t{clean(t['town_mmr'])}\t{lat:.5f}\t{lon:.5f}\t{other}")
    text = "\n".join(lines) + "\n"
    with open(os.path.join(HERE, "places.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return len(states), len(districts), len(townships), len(towns)


# ---------------------------------------------------------------------------------------------
# Geometry: rings in integer units, split into arcs where the neighbour changes, each arc
# simplified once (so that two states sharing a border keep sharing it), then triangulated.

COS = math.cos(math.radians(19.16))


def rings_of(geometry):
    polys = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    for poly in polys:
        if len(poly) != 1:
            sys.exit("polygons with holes are not expected in these sources")
        ring = [(round(x / UNIT), round(y / UNIT)) for x, y in poly[0]]
        if ring[0] == ring[-1]:
            ring.pop()
        out = []
        for p in ring:
            if not out or out[-1] != p:
                out.append(p)
        yield out


def area(ring):
    """Signed area in square units (positive: counter-clockwise with y up)."""
    s = 0
    for i, (x1, y1) in enumerate(ring):
        x2, y2 = ring[(i + 1) % len(ring)]
        s += x1 * y2 - x2 * y1
    return s / 2


def simplify(points, tolerance):
    """Douglas-Peucker on an open polyline, end points kept."""
    if len(points) < 3:
        return list(points)
    tol = tolerance / UNIT
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        ax, bx = ax * COS, bx * COS
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        best, at = -1.0, None
        for i in range(a + 1, b):
            px, py = points[i][0] * COS, points[i][1]
            if length == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * (px - ax) - dx * (py - ay)) / length
            if d > best:
                best, at = d, i
        if at is not None and best > tol:
            keep[at] = True
            stack.append((a, at))
            stack.append((at, b))
    return [p for p, k in zip(points, keep) if k]


def arcs_of(rings):
    """Splits each ring into runs of edges with the same owners. Returns per ring a list of
    (start index, vertex list including both ends, owners)."""
    owners = {}
    for r, ring in enumerate(rings):
        for i, p in enumerate(ring):
            q = ring[(i + 1) % len(ring)]
            owners.setdefault(frozenset((p, q)), set()).add(r)
    out = []
    for r, ring in enumerate(rings):
        n = len(ring)
        edge = [frozenset(owners[frozenset((ring[i], ring[(i + 1) % n]))]) for i in range(n)]
        starts = [i for i in range(n) if edge[i] != edge[i - 1]]
        if not starts:
            # One owner all round (an island, or a state bordered only by the sea and other
            # countries): split at the vertex farthest from the first.
            far = max(range(n), key=lambda i: (ring[i][0] - ring[0][0]) ** 2 + (ring[i][1] - ring[0][1]) ** 2)
            starts = [0, far] if far else [0]
        runs = []
        for k, s in enumerate(starts):
            e = starts[(k + 1) % len(starts)]
            length = (e - s) % n or n
            runs.append((s, [ring[(s + j) % n] for j in range(length + 1)], edge[s]))
        out.append(runs)
    return out


def segments_cross(p1, p2, p3, p4):
    def orient(a, b, c):
        v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return (v > 0) - (v < 0)

    def on(a, b, c):
        return min(a[0], b[0]) <= c[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= c[1] <= max(a[1], b[1])

    o1, o2, o3, o4 = orient(p1, p2, p3), orient(p1, p2, p4), orient(p3, p4, p1), orient(p3, p4, p2)
    if o1 != o2 and o3 != o4:
        return True
    return (o1 == 0 and on(p1, p2, p3)) or (o2 == 0 and on(p1, p2, p4)) or (o3 == 0 and on(p3, p4, p1)) or (
        o4 == 0 and on(p3, p4, p2)
    )


def is_simple(ring):
    n = len(ring)
    if n < 3 or len(set(ring)) != n:
        return False
    edges = [(ring[i], ring[(i + 1) % n]) for i in range(n)]
    boxes = [
        (min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])) for a, b in edges
    ]
    order = sorted(range(n), key=lambda i: boxes[i][0])
    for oi, i in enumerate(order):
        for j in order[oi + 1 :]:
            if boxes[j][0] > boxes[i][2]:
                break
            if boxes[j][1] > boxes[i][3] or boxes[j][3] < boxes[i][1]:
                continue
            if abs(i - j) in (1, n - 1):
                continue
            if segments_cross(*edges[i], *edges[j]):
                return False
    return True


def earcut(ring):
    """Triangulates a simple counter-clockwise ring by ear clipping; returns index triples."""
    n = len(ring)
    prev = [(i - 1) % n for i in range(n)]
    nxt = [(i + 1) % n for i in range(n)]

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    def is_ear(a, b, c):
        pa, pb, pc = ring[a], ring[b], ring[c]
        k = nxt[c]
        while k != a:
            p = ring[k]
            if cross(pa, pb, p) >= 0 and cross(pb, pc, p) >= 0 and cross(pc, pa, p) >= 0:
                return False
            k = nxt[k]
        return True

    tris = []
    left = n
    i = 0
    misses = 0
    while left > 3:
        a, c = prev[i], nxt[i]
        turn = cross(ring[a], ring[i], ring[c])
        if turn == 0 or (turn > 0 and is_ear(a, i, c)):
            if turn != 0:
                tris.append((a, i, c))
            nxt[a], prev[c] = c, a
            left -= 1
            i = c
            misses = 0
        else:
            i = c
            misses += 1
            if misses > left:
                raise ValueError("no ear found")
    a, c = prev[i], nxt[i]
    if cross(ring[a], ring[i], ring[c]) > 0:
        tris.append((a, i, c))
    return tris


def build_shapes(features, tolerance, drop_small):
    """features: [(name, kind, [rings])] → [(name, kind, rings, triangles, arcs)] with rings
    simplified along shared arcs. arcs: (ring index in shape, start, count, shared)."""
    flat = []
    owner = []
    for f, (_, _, rings) in enumerate(features):
        for ring in rings:
            if area(ring) < 0:
                ring = ring[::-1]
            flat.append(ring)
            owner.append(f)
    runs = arcs_of(flat)
    tolerances = {}
    while True:
        cache = {}
        simplified = []
        for r, ring_runs in enumerate(runs):
            out = []
            meta = []
            for start, pts, owners in ring_runs:
                key = tuple(pts) if pts[0] <= pts[-1] else tuple(reversed(pts))
                tol = min(tolerances.get(o, tolerance) for o in owners)
                if key not in cache:
                    cache[key] = simplify(list(key), tol)
                s = cache[key] if key == tuple(pts) else cache[key][::-1]
                meta.append((len(out), len(s), owners))
                out.extend(s[:-1])
            simplified.append((out, meta))
        bad = [r for r, (ring, _) in enumerate(simplified) if len(ring) >= 3 and not is_simple(ring)]
        if not bad:
            break
        for r in bad:
            tolerances[r] = tolerances.get(r, tolerance) / 2
            if tolerances[r] < UNIT:
                sys.exit(f"ring {r} of {features[owner[r]][0]} stays self-intersecting")
    shapes = []
    for f, (name, kind, _) in enumerate(features):
        rings, tris, arcs = [], [], []
        base = 0
        for r in (r for r in range(len(flat)) if owner[r] == f):
            ring, meta = simplified[r]
            if len(ring) < 3 or (drop_small and abs(area(ring)) * UNIT * UNIT < MIN_ISLAND_AREA):
                continue
            try:
                ring_tris = earcut(ring)
            except ValueError:
                sys.exit(f"{name}: a ring could not be triangulated")
            tris.extend((a + base, b + base, c + base) for a, b, c in ring_tris)
            for start, count, owners in meta:
                shared = len(owners) > 1
                # A shared border is drawn once, by the ring of the lowest index that has it.
                if shared and min(owners) != r:
                    continue
                arcs.append((len(rings), start, count, shared))
            rings.append(ring)
            base += len(ring)
        shapes.append((name, kind, rings, tris, arcs))
    return shapes


def in_box(ring):
    x0, y0, x1, y1 = (v / UNIT for v in CONTEXT_BOX)
    return any(x0 <= x <= x1 and y0 <= y <= y1 for x, y in ring)


def write_boundaries(src):
    states = json.load(open(os.path.join(src, "myanmar-states-regions.geojson"), encoding="utf-8"))
    neighbours = json.load(open(os.path.join(src, "neighbours-50m.geojson"), encoding="utf-8"))
    state_features = []
    labels = []
    for f in sorted(states["features"], key=lambda f: f["properties"]["name"]):
        p = f["properties"]
        state_features.append((p["name"], 0, list(rings_of(f["geometry"]))))
        labels.append((p["name"], 0, p["longitude"], p["latitude"]))
    neighbour_features = []
    for f in sorted(neighbours["features"], key=lambda f: f["properties"]["name"]):
        name = f["properties"]["name"]
        if name == "Myanmar":
            continue
        rings = [r for r in rings_of(f["geometry"]) if in_box(r)]
        if rings:
            neighbour_features.append((name, 1, rings))
    for name, lon, lat in CONTEXT_LABELS:
        labels.append((name, 1 if name in {f[0] for f in neighbour_features} else 2, lon, lat))
    shapes = build_shapes(state_features, STATE_TOLERANCE, True)
    shapes += build_shapes(neighbour_features, NEIGHBOUR_TOLERANCE, True)
    out = bytearray(b"FRGEO1\0\0")
    out += struct.pack("<I", len(shapes))
    vertices = triangles = 0
    for name, kind, rings, tris, arcs in shapes:
        encoded = name.encode("utf-8")
        out += struct.pack("<BB", kind, len(encoded)) + encoded
        out += struct.pack("<H", len(rings))
        for ring in rings:
            out += struct.pack("<I", len(ring))
            for x, y in ring:
                out += struct.pack("<ii", x, y)
            vertices += len(ring)
        out += struct.pack("<I", len(tris))
        for t in tris:
            out += struct.pack("<HHH", *t)
        triangles += len(tris)
        out += struct.pack("<I", len(arcs))
        for ring, start, count, shared in arcs:
            out += struct.pack("<HIIB", ring, start, count, 1 if shared else 0)
    out += struct.pack("<I", len(labels))
    for name, kind, lon, lat in labels:
        encoded = name.encode("utf-8")
        out += struct.pack("<BB", kind, len(encoded)) + encoded
        out += struct.pack("<ii", round(lon / UNIT), round(lat / UNIT))
    with open(os.path.join(HERE, "boundaries.bin"), "wb") as f:
        f.write(out)
    return len(shapes), vertices, triangles, len(out)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build.py SOURCE_DIR (the folder with the files named in PROVENANCE.md)")
    src = sys.argv[1]
    for name in sorted(os.listdir(src)):
        if name.endswith((".csv", ".geojson")):
            with open(os.path.join(src, name), "rb") as f:
                print(f"{hashlib.sha256(f.read()).hexdigest()}  {name}")
    counts = write_places(src)
    print("places.tsv: %d states, %d districts, %d townships, %d towns" % counts)
    shapes, vertices, triangles, size = write_boundaries(src)
    print(f"boundaries.bin: {shapes} shapes, {vertices} vertices, {triangles} triangles, {size} bytes")


if __name__ == "__main__":
    main()

# boundaries.bin, little-endian:
#   "FRGEO1\0\0"; u32 shape count; per shape:
#     u8 kind (0 Myanmar state or region, 1 neighbouring country), u8 name length, name (UTF-8),
#     u16 ring count; per ring: u32 vertex count, then (i32 lon, i32 lat) in 1e-4 degrees,
#       counter-clockwise, not closed (the last vertex joins the first);
#     u32 triangle count, then u16 × 3 vertex indices into the shape's rings taken in order;
#     u32 border count; per border: u16 ring, u32 first vertex, u32 vertex count (wrapping round
#       the ring), u8 1 when the border is shared with another shape of the same set (drawn once).
#   u32 label count; per label: u8 kind (0 state, 1 country, 2 sea), u8 name length, name,
#     i32 lon, i32 lat in 1e-4 degrees.
