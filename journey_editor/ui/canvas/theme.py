"""The canvas's colours and strokes, in one place so the look stays consistent.

Chosen for a projector in a lit room: dark text on white cards, a dark header row, strong
accent for selection and drop targets. Colour never carries meaning alone (effort has dots
and a number, emotion a face), so these can be tuned freely.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor

from journey_editor.layout import card_style
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

CARD_BG = QColor(card_style.FILL)
CARD_BORDER = QColor(c.CARD_BORDER)
CARD_BORDER_STRONG = QColor(c.CARD_BORDER_STRONG)
STAR_FILL = QColor(c.STAR_FILL)
STAR_LINE = QColor(c.STAR_LINE)
EXIT_LINE = QColor(c.EXIT_LINE)
CURVE = QColor(c.CURVE)
LINK = QColor(c.LINK)


@lru_cache(maxsize=512)
def colour(hex_colour: str) -> QColor:
    """A QColor from a model colour ("#RRGGBB"), cached: painting asks for it per card."""
    parsed = QColor(hex_colour)
    return parsed if parsed.isValid() else QColor(c.UNREADABLE)


def with_alpha(hex_colour: str, alpha: int) -> QColor:
    translucent = QColor(colour(hex_colour))
    translucent.setAlpha(alpha)
    return translucent


# The rules (tint, readable-on, effort ramp, emotion fill) are `layout/colours.py`'s, shared
# with the PDF; here they get Qt's 0…255 channels and give QColors.


def _channels(colour: QColor) -> c.Channels:
    return (colour.red(), colour.green(), colour.blue())


def _qcolor(channels: c.Channels) -> QColor:
    return QColor(*(round(value) for value in channels))


@lru_cache(maxsize=1024)
def tint(hex_colour: str, amount: float) -> QColor:
    """`hex_colour` mixed into white: `amount` 0 is white, 1 the colour itself."""
    return _qcolor(c.tint(_channels(colour(hex_colour)), amount, 255))


@lru_cache(maxsize=512)
def readable_on(hex_colour: str) -> QColor:
    """White or ink, whichever reads better on `hex_colour` (relative luminance, WCAG)."""
    base = colour(hex_colour)
    ink = c.readable_on((base.red() / 255, base.green() / 255, base.blue() / 255))
    return QColor(c.WHITE) if ink == c.WHITE else INK


def effort_colour(effort: float) -> QColor:
    """The heat ramp for a (mean) effort from 1 to 5, interpolated between the steps."""
    low, high, t = c.effort_steps(effort)
    return _qcolor(c.mix(_channels(colour(low)), _channels(colour(high)), t))


def emotion_fill(emotion: int) -> QColor:
    return colour(c.emotion_fill(emotion))
