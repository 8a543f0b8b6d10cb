"""The one typeface of the PDF: the bundled DejaVu Sans, registered with reportlab once.

Reportlab's base-14 fonts (Helvetica …) are not embedded and cannot show œ or € reliably, so
every string in the PDF, page numbers included, goes through `font_name`. TrueType fonts are
subset and embedded by reportlab, and the layout measured its text with DejaVu Sans's own
widths, so the printed lines break exactly where the layout broke them.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from journey_editor.resources import resource_path

# Our own names, so a host application that registers another "DejaVuSans" cannot clash.
REGULAR = "JourneyDejaVuSans"
BOLD = "JourneyDejaVuSans-Bold"
OBLIQUE = "JourneyDejaVuSans-Oblique"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
}
_lock = threading.Lock()  # the GUI exports in a worker thread
_registered = False


def register_fonts() -> None:
    """Register the three faces (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        _registered = True


def font_name(bold: bool = False, italic: bool = False) -> str:
    """The registered face for a text block. There is no bold-oblique file: italic wins, as
    only quotes are italic and they are never bold."""
    if italic:
        return OBLIQUE
    return BOLD if bold else REGULAR


def text_width(text: str, size: float, bold: bool = False) -> float:
    register_fonts()
    return pdfmetrics.stringWidth(text, font_name(bold), size)
