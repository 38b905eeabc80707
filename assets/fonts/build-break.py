"""Builds Break.ttf: one glyph, U+200A HAIR SPACE, with no width and no outline.

fieldreport inserts U+200A between Burmese syllables where a line may break: the text layout
breaks lines at whitespace, and this font makes that whitespace take no room. Needs fontTools.
"""

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

fb = FontBuilder(1000, isTTF=True)
fb.setupGlyphOrder([".notdef", "hairspace"])
fb.setupCharacterMap({0x200A: "hairspace"})
empty = TTGlyphPen(None).glyph()
fb.setupGlyf({".notdef": empty, "hairspace": empty})
fb.setupHorizontalMetrics({".notdef": (0, 0), "hairspace": (0, 0)})
fb.setupHorizontalHeader(ascent=800, descent=-200)
fb.setupNameTable({"familyName": "fieldreport break", "styleName": "Regular"})
fb.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200)
fb.setupPost()
fb.save("Break.ttf")
