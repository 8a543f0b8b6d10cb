"""The map's colours, as "#RRGGBB", and the rules that derive colours from them (tint,
readable-on, effort ramp, emotion fill): one table for the canvas (QColor,
`ui/canvas/theme.py`) and the PDF (floats, `export/palette.py`), so the handout looks like
the screen. How a card is drawn with them is `card_style.py`.

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
VOTE = "#6a1b9a"  # dot votes: a sticker purple, apart from the effort ramp and the accent
CURVE = "#2c3e66"
LINK = "#56616f"

# Effort 1 (effortless) … 5 (very hard): green → yellow → red (ColorBrewer RdYlGn, reversed).
EFFORT_RAMP = ("#1a9850", "#91cf60", "#fee08b", "#fc8d59", "#d73027")
# Emotion −2 … +2: the same ramp the other way round, lighter, as a face's fill.
EMOTION_FILL = ("#f4a3a0", "#fbd0a6", "#f6efc4", "#cfe8b4", "#a8dba0")


# --- the rules, one copy for both painters ---------------------------------------------------
# Channels are (r, g, b) in any scale: 0…1 floats for the PDF, 0…255 for Qt (`white` says
# which); each painter converts the result its own way (floats as they are, Qt rounds).

Channels = tuple[float, float, float]
UNREADABLE = "#888888"  # what an unreadable colour is drawn as, on screen and on paper


def rgb(hex_colour: str) -> Channels:
    """ "#RRGGBB" → (r, g, b) in 0…1; anything unreadable is `UNREADABLE`'s mid grey."""
    text = hex_colour.strip().lstrip("#") if isinstance(hex_colour, str) else ""
    if len(text) != 6:
        return rgb(UNREADABLE)
    try:
        value = int(text, 16)
    except ValueError:
        return rgb(UNREADABLE)
    return ((value >> 16 & 255) / 255, (value >> 8 & 255) / 255, (value & 255) / 255)


def tint(channels: Channels, amount: float, white: float = 1.0) -> Channels:
    """`channels` mixed into white: `amount` 0 is white, 1 the colour itself."""
    keep = 1.0 - amount
    r, g, b = channels
    return (white * keep + r * amount, white * keep + g * amount, white * keep + b * amount)


def mix(a: Channels, b: Channels, t: float) -> Channels:
    """From `a` (t = 0) to `b` (t = 1)."""
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def readable_on(channels: Channels) -> str:
    """WHITE or INK, whichever reads better on `channels` (0…1; relative luminance, WCAG)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = channels
    lum = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    # Contrast against white (1.05 / (L + 0.05)) versus against ink (~ (L + 0.05) / 0.06).
    return WHITE if 1.05 / (lum + 0.05) >= (lum + 0.05) / 0.06 else INK


def effort_steps(effort: float) -> tuple[str, str, float]:
    """Where a (mean) effort from 1 to 5 falls on `EFFORT_RAMP`: the two neighbouring steps
    and how far between them (mix them with `mix`)."""
    position = max(0.0, min(4.0, effort - 1.0))
    low = int(position)
    high = min(4, low + 1)
    return EFFORT_RAMP[low], EFFORT_RAMP[high], position - low


def emotion_fill(emotion: int) -> str:
    """A face's fill for an emotion from −2 to +2 (clamped)."""
    return EMOTION_FILL[max(-2, min(2, emotion)) + 2]
