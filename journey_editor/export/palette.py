"""The PDF's colours: the canvas theme's values (`ui/canvas/theme.py`), without Qt.

Kept value for value in step with the theme so the handout looks like the screen. Colours
are (r, g, b) floats in 0…1; `fill` and `stroke` give the PDF operators, cached, because a
big map asks for the same few colours tens of thousands of times.
"""

from __future__ import annotations

from functools import lru_cache

RGB = tuple[float, float, float]


@lru_cache(maxsize=1024)
def hex_rgb(hex_colour: str) -> RGB:
    """ "#RRGGBB" → (r, g, b); anything unreadable is mid grey, as on the canvas."""
    text = hex_colour.strip().lstrip("#") if isinstance(hex_colour, str) else ""
    if len(text) != 6:
        return (0x88 / 255, 0x88 / 255, 0x88 / 255)
    try:
        value = int(text, 16)
    except ValueError:
        return (0x88 / 255, 0x88 / 255, 0x88 / 255)
    return ((value >> 16 & 255) / 255, (value >> 8 & 255) / 255, (value & 255) / 255)


INK = hex_rgb("#17202b")
MUTED = hex_rgb("#4d5866")
FAINT = hex_rgb("#8a95a3")
MAP = hex_rgb("#ccd5df")  # under the map: shows between persona bands
GRID = hex_rgb("#d3dae2")
ROW_LINE = hex_rgb("#c4ccd6")
WHITE = (1.0, 1.0, 1.0)
BLACK = (0.0, 0.0, 0.0)

HEADER_BG = hex_rgb("#243447")
HEADER_LINE = hex_rgb("#3b4d63")
HEADER_TEXT = WHITE
CORNER_BG = hex_rgb("#1a2736")
PHASE_BG = hex_rgb("#d6dee8")
PHASE_TEXT = hex_rgb("#243447")
PHASE_LINE = hex_rgb("#f3f5f8")

ACCENT = hex_rgb("#1565d8")
HOT_SPOT = hex_rgb("#d32f2f")
CARD_BG = WHITE
CARD_BORDER = hex_rgb("#a9b3bf")
CARD_BORDER_STRONG = hex_rgb("#5f6b7a")
SHADOW = hex_rgb("#d5dae1")  # the canvas's translucent shadow, flattened over a lane
STAR_FILL = hex_rgb("#f5b400")
STAR_LINE = hex_rgb("#7a5a00")
EXIT_LINE = hex_rgb("#c62828")
CURVE = hex_rgb("#2c3e66")
LINK = hex_rgb("#56616f")
HEAT_EMPTY = "#8a95a3"  # tinted 0.18 where a stage has no effort score

# Effort 1 (effortless) … 5 (very hard): green → yellow → red (ColorBrewer RdYlGn, reversed).
_EFFORT_RAMP = tuple(hex_rgb(c) for c in ("#1a9850", "#91cf60", "#fee08b", "#fc8d59", "#d73027"))
# Emotion −2 … +2: the same ramp the other way round, lighter, as a face's fill.
_EMOTION_FILL = tuple(hex_rgb(c) for c in ("#f4a3a0", "#fbd0a6", "#f6efc4", "#cfe8b4", "#a8dba0"))


@lru_cache(maxsize=1024)
def tint(hex_colour: str, amount: float) -> RGB:
    """`hex_colour` mixed into white: `amount` 0 is white, 1 the colour itself."""
    r, g, b = hex_rgb(hex_colour)
    keep = 1.0 - amount
    return (keep + r * amount, keep + g * amount, keep + b * amount)


def darker(colour: RGB, factor: float) -> RGB:
    return (colour[0] / factor, colour[1] / factor, colour[2] / factor)


def _luminance(colour: RGB) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour[0]) + 0.7152 * channel(colour[1]) + 0.0722 * channel(colour[2])


@lru_cache(maxsize=512)
def readable_on(colour: RGB) -> RGB:
    """White or ink, whichever reads better on `colour` (relative luminance, WCAG)."""
    lum = _luminance(colour)
    return WHITE if 1.05 / (lum + 0.05) >= (lum + 0.05) / 0.06 else INK


def effort_colour(effort: float) -> RGB:
    """The heat ramp for a (mean) effort from 1 to 5, interpolated between the steps."""
    position = max(0.0, min(4.0, effort - 1.0))
    low = int(position)
    high = min(4, low + 1)
    t = position - low
    a, b = _EFFORT_RAMP[low], _EFFORT_RAMP[high]
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def emotion_fill(emotion: int) -> RGB:
    return _EMOTION_FILL[max(-2, min(2, emotion)) + 2]


# --- PDF operators ------------------------------------------------------------------------------


@lru_cache(maxsize=2048)
def fill(colour: RGB) -> str:
    return f"{colour[0]:.4f} {colour[1]:.4f} {colour[2]:.4f} rg"


@lru_cache(maxsize=2048)
def stroke(colour: RGB) -> str:
    return f"{colour[0]:.4f} {colour[1]:.4f} {colour[2]:.4f} RG"
