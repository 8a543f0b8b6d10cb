"""The PDF's colours: the map's colour table and its rules (`layout/colours.py`, shared with
the canvas), as (r, g, b) floats in 0…1 for reportlab; `fill` and `stroke` give the PDF
operators, cached, because a big map asks for the same few colours tens of thousands of times.
"""

from __future__ import annotations

from functools import lru_cache

from journey_editor.layout import card_style
from journey_editor.layout import colours as c

RGB = tuple[float, float, float]


@lru_cache(maxsize=1024)
def hex_rgb(hex_colour: str) -> RGB:
    """ "#RRGGBB" → (r, g, b); anything unreadable is mid grey, as on the canvas."""
    return c.rgb(hex_colour)


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
CARD_BG = hex_rgb(card_style.FILL)
CARD_BORDER = hex_rgb(c.CARD_BORDER)
CARD_BORDER_STRONG = hex_rgb(c.CARD_BORDER_STRONG)
SHADOW = hex_rgb(card_style.SHADOW_ON_PAPER)  # the canvas's translucent one, flattened
STAR_FILL = hex_rgb(c.STAR_FILL)
STAR_LINE = hex_rgb(c.STAR_LINE)
EXIT_LINE = hex_rgb(c.EXIT_LINE)
CURVE = hex_rgb(c.CURVE)
LINK = hex_rgb(c.LINK)
HEAT_EMPTY = c.FAINT  # tinted 0.18 where a stage has no effort score

# The rules are `layout/colours.py`'s, shared with the canvas; here in 0…1 floats.


@lru_cache(maxsize=1024)
def tint(hex_colour: str, amount: float) -> RGB:
    """`hex_colour` mixed into white: `amount` 0 is white, 1 the colour itself."""
    return c.tint(hex_rgb(hex_colour), amount)


def darker(colour: RGB, factor: float) -> RGB:
    return (colour[0] / factor, colour[1] / factor, colour[2] / factor)


@lru_cache(maxsize=512)
def readable_on(colour: RGB) -> RGB:
    """White or ink, whichever reads better on `colour` (relative luminance, WCAG)."""
    return WHITE if c.readable_on(colour) == c.WHITE else INK


def effort_colour(effort: float) -> RGB:
    """The heat ramp for a (mean) effort from 1 to 5, interpolated between the steps."""
    low, high, t = c.effort_steps(effort)
    return c.mix(hex_rgb(low), hex_rgb(high), t)


def emotion_fill(emotion: int) -> RGB:
    return hex_rgb(c.emotion_fill(emotion))


# --- PDF operators ------------------------------------------------------------------------------


@lru_cache(maxsize=2048)
def fill(colour: RGB) -> str:
    return f"{colour[0]:.4f} {colour[1]:.4f} {colour[2]:.4f} rg"


@lru_cache(maxsize=2048)
def stroke(colour: RGB) -> str:
    return f"{colour[0]:.4f} {colour[1]:.4f} {colour[2]:.4f} RG"
