"""The map's colours, as "#RRGGBB": one table for the canvas (QColor, `ui/canvas/theme.py`)
and the PDF (floats, `export/palette.py`), so the handout looks like the screen.

Colour never carries meaning alone (effort has dots and a number, emotion a face), so these can
be tuned freely; the layout itself does not use them.
"""

INK = "#17202b"  # card titles, names
MUTED = "#4d5866"  # roles, lane names, secondary text
FAINT = "#8a95a3"
MAP = "#ccd5df"  # under the map: shows between persona bands
GRID = "#d3dae2"
ROW_LINE = "#c4ccd6"
WHITE = "#ffffff"

HEADER_BG = "#243447"  # stage row
HEADER_LINE = "#3b4d63"
CORNER_BG = "#1a2736"
PHASE_BG = "#d6dee8"
PHASE_TEXT = "#243447"
PHASE_LINE = "#f3f5f8"

ACCENT = "#1565d8"  # selection, drop indicators
HOT_SPOT = "#d32f2f"
CARD_BORDER = "#a9b3bf"
CARD_BORDER_STRONG = "#5f6b7a"
STAR_FILL = "#f5b400"
STAR_LINE = "#7a5a00"
EXIT_LINE = "#c62828"
CURVE = "#2c3e66"
LINK = "#56616f"

# Effort 1 (effortless) … 5 (very hard): green → yellow → red (ColorBrewer RdYlGn, reversed).
EFFORT_RAMP = ("#1a9850", "#91cf60", "#fee08b", "#fc8d59", "#d73027")
# Emotion −2 … +2: the same ramp the other way round, lighter, as a face's fill.
EMOTION_FILL = ("#f4a3a0", "#fbd0a6", "#f6efc4", "#cfe8b4", "#a8dba0")
