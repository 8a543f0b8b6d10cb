"""The canvas's colours and strokes, in one place so the look stays consistent.

Chosen for a projector in a lit room: dark text on white cards, a dark header row, strong
accent for selection and drop targets. Colour never carries meaning alone (effort has dots
and a number, emotion a face), so these can be tuned freely.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor

INK = QColor("#17202b")  # card titles, names
MUTED = QColor("#4d5866")  # roles, lane names, secondary text
FAINT = QColor("#8a95a3")
CANVAS = QColor("#e4e9ef")  # around the map and between persona bands
MAP = QColor("#ccd5df")  # under the map: shows between persona bands
GRID = QColor("#d3dae2")
ROW_LINE = QColor("#c4ccd6")

HEADER_BG = QColor("#243447")  # stage row
HEADER_LINE = QColor("#3b4d63")
HEADER_TEXT = QColor("#ffffff")
CORNER_BG = QColor("#1a2736")
PHASE_BG = QColor("#d6dee8")
PHASE_TEXT = QColor("#243447")
PHASE_LINE = QColor("#f3f5f8")

ACCENT = QColor("#1565d8")  # selection, drop indicators
ACCENT_FILL = QColor(21, 101, 216, 38)
HOT_SPOT = QColor("#d32f2f")
SHADOW = QColor(20, 30, 45, 40)

CARD_BG = QColor("#ffffff")
CARD_BORDER = QColor("#a9b3bf")
CARD_BORDER_STRONG = QColor("#5f6b7a")
STAR_FILL = QColor("#f5b400")
STAR_LINE = QColor("#7a5a00")
EXIT_LINE = QColor("#c62828")
CURVE = QColor("#2c3e66")
LINK = QColor("#56616f")

# Effort 1 (effortless) … 5 (very hard): green → yellow → red (ColorBrewer RdYlGn, reversed).
_EFFORT_RAMP = ("#1a9850", "#91cf60", "#fee08b", "#fc8d59", "#d73027")
# Emotion −2 … +2: the same ramp the other way round, lighter, as a face's fill.
_EMOTION_FILL = ("#f4a3a0", "#fbd0a6", "#f6efc4", "#cfe8b4", "#a8dba0")


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
