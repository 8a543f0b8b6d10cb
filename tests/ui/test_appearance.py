"""Light and dark: switching the colour scheme switches the palette and repaints what we draw
ourselves; the map stays a white page; everything keeps its contrast in both schemes."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from journey_editor.model.channels import default_channels
from journey_editor.ui import appearance
from journey_editor.ui.appearance import (
    apply_scheme,
    contrast,
    dark_palette,
    legible_on,
    light_palette,
)
from journey_editor.ui.shell.main_window import MainWindow
from tests.ui.windows import shown_window

Role = QPalette.ColorRole
# Screenshots to look at (the test saves them; set this to keep them somewhere else).
SHOTS = Path(os.environ.get("JOURNEY_EDITOR_SHOTS", "/tmp/journey-editor-shots"))


@pytest.fixture
def restore_app_look(qapp):
    """The application palette and style are global: put them back for the next test."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.fixture
def window(qtbot, small_project, private_window_state, restore_app_look):
    apply_scheme(restore_app_look, Qt.ColorScheme.Light)
    yield from shown_window(qtbot, small_project, size=(1300, 760))


def _desk_pixel(window: MainWindow) -> QColor:
    """A pixel of the canvas right of the map (the desk around the page)."""
    view = window.view
    view.zoom.set(0.3)  # the whole small map and some desk to its right
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    return image.pixelColor(QPoint(image.width() - 5, image.height() // 2))


def _card_pixel(window: MainWindow) -> QColor:
    view = window.view
    card = view.map_scene.cards["c-queue"].card_rect()  # a card without a channel colour
    at = view.mapFromScene(card.center().x(), card.bottom() - 2)
    return view.viewport().grab().toImage().pixelColor(at)


def test_switching_to_dark_changes_the_palette_and_repaints(window, qtbot):
    qapp = QApplication.instance()
    light_desk = _desk_pixel(window)
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "window-light.png"))
    light_card = _card_pixel(window)

    seen: list[bool] = []
    appearance.watcher().changed.connect(seen.append)
    try:
        apply_scheme(qapp, Qt.ColorScheme.Dark)
    finally:
        appearance.watcher().changed.disconnect(seen.append)
    QApplication.processEvents()
    assert seen == [True]
    assert qapp.style().name().lower() == "fusion"
    assert qapp.palette().color(Role.Window).lightnessF() < 0.3
    assert window.view.palette().color(Role.Window).lightnessF() < 0.3

    dark_desk = _desk_pixel(window)
    window.grab().save(str(SHOTS / "window-dark.png"))
    assert light_desk.lightnessF() > 0.8 and dark_desk.lightnessF() < 0.2
    # The map is a white page in both schemes, as it prints.
    assert _card_pixel(window) == light_card
    assert light_card.lightnessF() > 0.95

    # The palette's tile icons were redrawn for the dark background: a structure glyph is
    # now light ink.
    icon = window.palette_dock.tile(kind="persona").icon().pixmap(64, 64).toImage()
    opaque = Counter(
        icon.pixelColor(x, y).name()
        for x in range(icon.width())
        for y in range(icon.height())
        if icon.pixelColor(x, y).alpha() == 255
    )
    ink = QColor(opaque.most_common(1)[0][0])
    base = window.view.palette().color(Role.Base)
    assert ink.lightnessF() > base.lightnessF() and contrast(ink, base) >= 4.5
    # Field errors switch to a light red, readable on the dark window.
    error = window.inspector.card_page.channel_error
    colour = error.palette().color(Role.WindowText)
    assert contrast(colour, window.view.palette().color(Role.Window)) >= 4.5

    apply_scheme(qapp, Qt.ColorScheme.Light)
    QApplication.processEvents()
    assert _desk_pixel(window) == light_desk


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_each_palette_has_readable_text(qapp, palette):
    for text, background in (
        (Role.Text, Role.Base),
        (Role.WindowText, Role.Window),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
    ):
        assert contrast(palette.color(text), palette.color(background)) >= 4.5, text
    window = palette.color(Role.Window)
    assert contrast(appearance.error_text(palette), window) >= 4.5
    assert contrast(appearance.warning_text(palette), window) >= 4.5
    assert contrast(appearance.ink(palette), palette.color(Role.Base)) >= 4.5


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_every_channel_icon_stands_out_on_the_tiles(qapp, palette):
    base = palette.color(Role.Base)
    for channel in default_channels():
        ink = legible_on(QColor(channel.colour), base, 3.0)
        assert contrast(ink, base) >= 3.0, channel.id
        # The hue is kept: a channel keeps its colour family.
        original = QColor(channel.colour)
        if original.hslSaturationF() > 0.2:
            assert abs(ink.hslHueF() - original.hslHueF()) < 0.05, channel.id


def test_the_system_scheme_is_followed_when_it_changes(restore_app_look, monkeypatch):
    qapp = restore_app_look
    applied: list[Qt.ColorScheme] = []
    monkeypatch.setattr(appearance, "apply_scheme", lambda app, scheme: applied.append(scheme))
    monkeypatch.setattr(qapp, "property", lambda name: False)  # as if never set up
    hints = QApplication.styleHints()
    appearance.follow_system(qapp)
    try:
        assert applied == [appearance.system_scheme()]
        # The desktop switches to dark: Qt calls what follow_system connected.
        appearance.scheme_changed(Qt.ColorScheme.Dark)
        assert applied[-1] == Qt.ColorScheme.Dark
        assert hints.receivers("2colorSchemeChanged(Qt::ColorScheme)") >= 1
    finally:
        hints.colorSchemeChanged.disconnect(appearance.scheme_changed)
