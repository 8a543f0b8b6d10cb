"""Light and dark: the application follows the system's colour scheme.

Qt ≥ 6.5 tells the scheme (`QStyleHints.colorScheme`) and when it changes
(`colorSchemeChanged`). Windows 11 and macOS restyle native widgets themselves; elsewhere
(X11, Wayland without a theme plugin, offscreen) Qt's default palette stays light whatever the
desktop says, so we use the Fusion style with a light or dark palette built here.

What we paint ourselves asks this module for its colours, from the widget's palette, so a
scheme change repaints it right: the canvas around the map, palette tiles, error and warning
text. The map itself stays paper-white, like a document page, in both schemes (it is what the
PDF prints); `contrast` / `legible_on` keep the rest readable on either background.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# Platforms whose own style already follows the system scheme: leave them alone.
_NATIVE_SCHEME_PLATFORMS = ("windows", "cocoa")

# Canvas around the map: light grey-blue by day, a deep slate by night (the white map reads
# as a page on a desk in both).
_CANVAS_LIGHT = QColor("#e4e9ef")
_CANVAS_DARK = QColor("#1b2028")

_ERROR_LIGHT, _ERROR_DARK = QColor("#b71c1c"), QColor("#ff8a80")
_WARNING_LIGHT, _WARNING_DARK = QColor("#8a4b00"), QColor("#ffcc80")


class SchemeWatcher(QObject):
    """Emits `changed(dark)` after the palette of the application was switched."""

    changed = Signal(bool)


_watcher: SchemeWatcher | None = None


def watcher() -> SchemeWatcher:
    global _watcher
    if _watcher is None:
        _watcher = SchemeWatcher()
    return _watcher


# --- the scheme -----------------------------------------------------------------------------


def system_scheme() -> Qt.ColorScheme:
    """What the desktop asks for; Light when it does not say (or Qt is older than 6.5)."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", lambda: Qt.ColorScheme.Unknown)()
    return Qt.ColorScheme.Dark if scheme == Qt.ColorScheme.Dark else Qt.ColorScheme.Light


def follow_system(app: QGuiApplication) -> None:
    """Apply the system's scheme now and whenever it changes."""
    apply_scheme(app, system_scheme())
    signal = getattr(QGuiApplication.styleHints(), "colorSchemeChanged", None)
    if signal is not None and not app.property("journey_follows_scheme"):
        app.setProperty("journey_follows_scheme", True)
        # A plain function, not a lambda holding the application: nothing to keep alive (or
        # to collect in the wrong order) at exit.
        signal.connect(scheme_changed)


def scheme_changed(scheme: Qt.ColorScheme) -> None:
    """The desktop switched between light and dark."""
    app = QGuiApplication.instance()
    if app is not None:
        apply_scheme(app, scheme)


def apply_scheme(app: QGuiApplication, scheme: Qt.ColorScheme) -> None:
    """Switch the application to the light or dark palette; every widget gets a
    PaletteChange event and repaints."""
    dark = scheme == Qt.ColorScheme.Dark
    if QGuiApplication.platformName() not in _NATIVE_SCHEME_PLATFORMS:
        if hasattr(app, "setStyle") and app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(dark_palette() if dark else light_palette())
    watcher().changed.emit(dark)


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightnessF() < 0.5


# --- the two palettes -----------------------------------------------------------------------


def light_palette() -> QPalette:
    return _palette(
        window="#eef1f5",
        text="#17202b",
        base="#ffffff",
        alternate="#f4f6f9",
        button="#e6eaf0",
        highlight="#1565d8",
        highlighted_text="#ffffff",
        link="#0b57c2",
        mid="#a9b3bf",
        disabled_text="#7b8591",
        tooltip_base="#ffffe8",
    )


def dark_palette() -> QPalette:
    return _palette(
        window="#232830",
        text="#e8ecf1",
        base="#2c323c",
        alternate="#333a45",
        button="#363e4a",
        highlight="#2a66cc",
        highlighted_text="#ffffff",
        link="#8ab4ff",
        mid="#4a5361",
        disabled_text="#8a94a3",
        tooltip_base="#2f3641",
    )


def _palette(**colours: str) -> QPalette:
    c = {name: QColor(value) for name, value in colours.items()}
    palette = QPalette()
    dark = c["window"].lightnessF() < 0.5
    pairs = {
        Role.Window: c["window"],
        Role.WindowText: c["text"],
        Role.Base: c["base"],
        Role.AlternateBase: c["alternate"],
        Role.ToolTipBase: c["tooltip_base"],
        Role.ToolTipText: c["text"],
        Role.PlaceholderText: c["disabled_text"],
        Role.Text: c["text"],
        Role.Button: c["button"],
        Role.ButtonText: c["text"],
        Role.BrightText: QColor("#ff5252"),
        Role.Highlight: c["highlight"],
        Role.HighlightedText: c["highlighted_text"],
        Role.Link: c["link"],
        Role.LinkVisited: c["link"].darker(120) if not dark else c["link"].lighter(120),
        Role.Light: c["button"].lighter(130),
        Role.Midlight: c["button"].lighter(115),
        Role.Mid: c["mid"],
        Role.Dark: c["button"].darker(160 if not dark else 200),
        Role.Shadow: QColor("#000000"),
    }
    for role, colour in pairs.items():
        palette.setColor(role, colour)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, c["disabled_text"])
    palette.setColor(Group.Disabled, Role.Highlight, c["mid"])
    palette.setColor(Group.Inactive, Role.Highlight, c["highlight"])
    return palette


# --- colours of what we paint, from the widget's palette ------------------------------------


def canvas_background(palette: QPalette) -> QColor:
    return QColor(_CANVAS_DARK if is_dark(palette) else _CANVAS_LIGHT)


def error_text(palette: QPalette) -> QColor:
    return QColor(_ERROR_DARK if is_dark(palette) else _ERROR_LIGHT)


def warning_text(palette: QPalette) -> QColor:
    return QColor(_WARNING_DARK if is_dark(palette) else _WARNING_LIGHT)


def ink(palette: QPalette) -> QColor:
    """Line drawings on the window background (structure tiles, glyphs)."""
    return legible_on(QColor("#4d4d4d"), palette.color(Role.Base), 4.5)


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 (black) … 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 … 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def legible_on(colour: QColor, background: QColor, minimum: float = 3.0) -> QColor:
    """`colour`, made lighter on a dark background (darker on a light one) until it reaches
    `minimum` contrast: 3:1 for icons and lines, 4.5:1 for text (WCAG 2.1, 1.4.11 / 1.4.3).
    Its hue stays, so a channel keeps its colour family."""
    result = QColor(colour)
    lighten = luminance(background) < 0.5
    for _ in range(40):
        if contrast(result, background) >= minimum:
            return result
        h, s, lightness, a = result.getHslF()
        lightness = min(1.0, lightness + 0.04) if lighten else max(0.0, lightness - 0.04)
        result = QColor.fromHslF(max(h, 0.0), s, lightness, a)
    return result
