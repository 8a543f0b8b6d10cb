"""The canvas's colours and strokes, in one place so the look stays consistent.

Chosen for a projector in a lit room: dark text on white cards, a dark header row, strong
accent for selection and drop targets. Colour never carries meaning alone (effort has dots
and a number, emotion a face), so these can be tuned freely.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor

from journey_editor.layout import colours as c

INK = QColor(c.INK)  # card titles, names
MUTED = QColor(c.MUTED)  # roles, lane names, secondary text
FAINT = QColor(c.FAINT)
CANVAS = QColor("#e4e9ef")  # around the map and between persona bands
MAP = QColor(c.MAP)  # under the map: shows between persona bands
GRID = QColor(c.GRID)
ROW_LINE = QColor(c.ROW_LINE)

HEADER_BG = QColor(c.HEADER_BG)  # stage row
HEADER_LINE = QColor(c.HEADER_LINE)
HEADER_TEXT = QColor(c.WHITE)
CORNER_BG = QColor(c.CORNER_BG)
PHASE_BG = QColor(c.PHASE_BG)
PHASE_TEXT = QColor(c.PHASE_TEXT)
PHASE_LINE = QColor(c.PHASE_LINE)

ACCENT = QColor(c.ACCENT)  # selection, drop indicators
ACCENT_FILL = QColor(21, 101, 216, 38)
HOT_SPOT = QColor(c.HOT_SPOT)
SHADOW = QColor(20, 30, 45, 40)

CARD_BG = QColor(c.WHITE)
CARD_BORDER = QColor(c.CARD_BORDER)
CARD_BORDER_STRONG = QColor(c.CARD_BORDER_STRONG)
STAR_FILL = QColor(c.STAR_FILL)
STAR_LINE = QColor(c.STAR_LINE)
EXIT_LINE = QColor(c.EXIT_LINE)
CURVE = QColor(c.CURVE)
LINK = QColor(c.LINK)

_EFFORT_RAMP = c.EFFORT_RAMP
_EMOTION_FILL = c.EMOTION_FILL


@lru_cache(maxsize=512)
def colour(hex_colour: str) -> QColor:
    """A QColor from a model colour ("#RRGGBB"), cached: painting asks for it per card."""
    parsed = QColor(hex_colour)
    return parsed if parsed.isValid() else QColor("#888888")


@lru_cache(maxsize=1024)
def tint(hex_colour: str, amount: float) -> QColor:
    """`hex_colour` mixed into white: `amount` 0 is white, 1 the colour itself."""
    base = colour(hex_colour)
    keep = 1.0 - amount
    return QColor(
        round(255 * keep + base.red() * amount),
        round(255 * keep + base.green() * amount),
        round(255 * keep + base.blue() * amount),
    )


@lru_cache(maxsize=512)
def readable_on(hex_colour: str) -> QColor:
    """White or ink, whichever reads better on `hex_colour` (relative luminance, WCAG)."""
    base = colour(hex_colour)

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(base.red()) + 0.7152 * channel(base.green())
    lum += 0.0722 * channel(base.blue())
    # Contrast against white (1.05 / (L + 0.05)) versus against ink (~ (L + 0.05) / 0.06).
    return QColor("#ffffff") if 1.05 / (lum + 0.05) >= (lum + 0.05) / 0.06 else INK


def effort_colour(effort: float) -> QColor:
    """The heat ramp for a (mean) effort from 1 to 5, interpolated between the steps."""
    position = max(0.0, min(4.0, effort - 1.0))
    low = int(position)
    high = min(4, low + 1)
    return _mix(colour(_EFFORT_RAMP[low]), colour(_EFFORT_RAMP[high]), position - low)


def emotion_fill(emotion: int) -> QColor:
    return colour(_EMOTION_FILL[max(-2, min(2, emotion)) + 2])


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )
