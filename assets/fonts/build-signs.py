"""Builds Signs.ttf: one glyph, U+21BB CLOCKWISE OPEN CIRCLE ARROW, drawn as a thick ring with a
gap at the top and a wide arrowhead, so that next to Burmese it reads as a sign; as wide as
DejaVu Sans draws it (0.838 em), so text keeps its length.

DejaVu Sans draws U+21BB as an open bowl with a hook, much like the Myanmar letter U+100E; in a
Burmese line it reads as a letter. fieldreport puts this font before DejaVu Sans. Needs fontTools.
"""

import math

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

CENTRE = (419, 330)
OUTER, INNER = 315, 225
# The ring runs clockwise from its tail, right of the gap, round to its head, left of it.
TAIL, HEAD = 48, 132
STEP = 4


def point(radius, degrees):
    a = math.radians(degrees)
    return (round(CENTRE[0] + radius * math.cos(a)), round(CENTRE[1] + radius * math.sin(a)))


def clockwise(contour):
    """The contour with its points in clockwise order (TrueType's filled outlines)."""
    area = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(contour, contour[1:] + contour[:1]))
    return contour if area < 0 else contour[::-1]


def ring():
    # Clockwise from the tail is decreasing angles: TAIL, TAIL - STEP, …, HEAD - 360.
    angles = list(range(TAIL, HEAD - 360, -STEP)) + [HEAD - 360]
    return [point(OUTER, a) for a in angles] + [point(INNER, a) for a in reversed(angles)]


def arrowhead():
    mid = (OUTER + INNER) / 2
    half = (OUTER - INNER) * 1.6
    a = math.radians(HEAD)
    # The way the ring runs at its head: clockwise is (sin, -cos).
    along = (math.sin(a), -math.cos(a))
    base = (CENTRE[0] + mid * math.cos(a), CENTRE[1] + mid * math.sin(a))
    out = (math.cos(a), math.sin(a))
    tip_length = (OUTER - INNER) * 2.2
    return [
        (round(base[0] + out[0] * half), round(base[1] + out[1] * half)),
        (round(base[0] + along[0] * tip_length), round(base[1] + along[1] * tip_length)),
        (round(base[0] - out[0] * half), round(base[1] - out[1] * half)),
    ]


pen = TTGlyphPen(None)
for contour in (ring(), arrowhead()):
    contour = clockwise(contour)
    pen.moveTo(contour[0])
    for p in contour[1:]:
        pen.lineTo(p)
    pen.closePath()
sign = pen.glyph()

fb = FontBuilder(1000, isTTF=True)
fb.setupGlyphOrder([".notdef", "restated"])
fb.setupCharacterMap({0x21BB: "restated"})
fb.setupGlyf({".notdef": TTGlyphPen(None).glyph(), "restated": sign})
fb.setupHorizontalMetrics({".notdef": (0, 0), "restated": (838, 104)})
fb.setupHorizontalHeader(ascent=800, descent=-200)
fb.setupNameTable({"familyName": "fieldreport signs", "styleName": "Regular", "psName": "fieldreport-signs"})
fb.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200)
fb.setupPost()
fb.save("Signs.ttf")
