"""The PDF's colours: the map's colour table (`layout/colours.py`, shared with the canvas),
as floats for reportlab. Colours
are (r, g, b) floats in 0…1; `fill` and `stroke` give the PDF operators, cached, because a
big map asks for the same few colours tens of thousands of times.
"""

from __future__ import annotations

from functools import lru_cache

from journey_editor.layout import colours as c

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


INK = hex_rgb(c.INK)
MUTED = hex_rgb(c.MUTED)
FAINT = hex_rgb(c.FAINT)
MAP = hex_rgb(c.MAP)  # under the map: shows between persona bands
GRID = hex_rgb(c.GRID)
ROW_LINE = hex_rgb(c.ROW_LINE)
WHITE = hex_rgb(c.WHITE)
BLACK = (0.0, 0.0, 0.0)

HEADER_BG = hex_rgb(c.HEADER_BG)
HEADER_LINE = hex_rgb(c.HEADER_LINE)
HEADER_TEXT = WHITE
CORNER_BG = hex_rgb(c.CORNER_BG)
PHASE_BG = hex_rgb(c.PHASE_BG)
PHASE_TEXT = hex_rgb(c.PHASE_TEXT)
PHASE_LINE = hex_rgb(c.PHASE_LINE)

ACCENT = hex_rgb(c.ACCENT)
HOT_SPOT = hex_rgb(c.HOT_SPOT)
CARD_BG = WHITE
CARD_BORDER = hex_rgb(c.CARD_BORDER)
CARD_BORDER_STRONG = hex_rgb(c.CARD_BORDER_STRONG)
SHADOW = hex_rgb("#d5dae1")  # the canvas's translucent shadow, flattened over a lane
STAR_FILL = hex_rgb(c.STAR_FILL)
STAR_LINE = hex_rgb(c.STAR_LINE)
EXIT_LINE = hex_rgb(c.EXIT_LINE)
CURVE = hex_rgb(c.CURVE)
LINK = hex_rgb(c.LINK)
HEAT_EMPTY = c.FAINT  # tinted 0.18 where a stage has no effort score

# Effort 1 (effortless) … 5 (very hard): green → yellow → red (ColorBrewer RdYlGn, reversed).
_EFFORT_RAMP = tuple(hex_rgb(ramp) for ramp in c.EFFORT_RAMP)
# Emotion −2 … +2: the same ramp the other way round, lighter, as a face's fill.
_EMOTION_FILL = tuple(hex_rgb(fill) for fill in c.EMOTION_FILL)


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
