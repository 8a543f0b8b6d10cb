"""The channel editor's two pickers: colour swatches (the colour-blind-safe palette the
default catalogue comes from) and the bundled icons, each a grid of checkable buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QToolButton, QWidget

from journey_editor.ui.icons import paint_channel_icon
from journey_editor.ui.vector_icon import painted_icon

SWATCH = 22  # px: a target a mouse hits at once
ICON = 22


def swatch_icon(colour: str, marked: bool) -> QIcon:
    """A rounded square of `colour`; `marked`: a small ring in its corner (too close to
    another channel's colour)."""
    fill = QColor(colour)

    def paint(painter: QPainter, rect: QRectF) -> None:
        side = min(rect.width(), rect.height())
        painter.setPen(QPen(QColor(0, 0, 0, 60), side / 22))
        painter.setBrush(fill)
        inner = rect.adjusted(side * 0.04, side * 0.04, -side * 0.04, -side * 0.04)
        painter.drawRoundedRect(inner, side * 0.18, side * 0.18)
        if marked:  # a small pip in the lower right corner, white ringed in dark
            r = side * 0.26
            dot = QRectF(inner.right() - r * 1.25, inner.bottom() - r * 1.25, r, r)
            painter.setPen(QPen(QColor("#17202b"), side / 16))
            painter.setBrush(QColor("#ffffff"))
            painter.drawEllipse(dot)

    return painted_icon(paint, SWATCH)


def _colour_tip(colour: str, close_to: str = "") -> str:
    """ "Colour #0072B2", or "… — close to «Blog» (ΔE 8)" for a swatch that would clash."""
    if close_to:
        text = QCoreApplication.translate("ChannelEditor", "Colour {colour} — close to {names}")
        return text.format(colour=colour.upper(), names=close_to)
    text = QCoreApplication.translate("ChannelEditor", "Colour {colour}")
    return text.format(colour=colour.upper())


class _Grid(QWidget):
    """Checkable tool buttons in rows of `columns`, one checked at most."""

    picked = Signal(str)

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.buttons: dict[str, QToolButton] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(3)
        self._grid.setVerticalSpacing(3)

    def _add(self, key: str, icon: QIcon, size: int, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setAutoRaise(True)
        button.setCheckable(True)
        button.setIcon(icon)
        button.setIconSize(QSize(size, size))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda _checked=False, k=key: self._clicked(k))
        row, column = divmod(len(self.buttons), self.columns)
        self._grid.addWidget(button, row, column)
        self.buttons[key] = button
        return button

    def _clicked(self, key: str) -> None:
        self.set_current(key)
        self.picked.emit(key)

    def set_current(self, key: str | None) -> None:
        for name, button in self.buttons.items():
            button.setChecked(name == key)

    def current(self) -> str | None:
        return next((k for k, b in self.buttons.items() if b.isChecked()), None)


class SwatchGrid(_Grid):
    """The palette's colours; `picked("#RRGGBB")` on a click."""

    def __init__(self, colours: Sequence[str], columns: int, parent: QWidget | None = None):
        super().__init__(columns, parent)
        for colour in colours:
            self._add(colour.upper(), swatch_icon(colour, False), SWATCH, _colour_tip(colour))

    def set_current(self, key: str | None) -> None:
        super().set_current(key.upper() if key else None)

    def mark(self, notes: dict[str, str]) -> None:
        """Mark the swatches too close to another channel's colour; `notes` maps such a
        swatch to what it is close to (its tooltip)."""
        for colour, button in self.buttons.items():
            note = notes.get(colour, "")
            button.setIcon(swatch_icon(colour, bool(note)))
            tip = _colour_tip(colour, note)
            button.setToolTip(tip)
            button.setAccessibleName(tip)


class IconGrid(_Grid):
    """The bundled icons; `picked(name)` on a click."""

    def __init__(self, names: dict[str, str], columns: int, parent: QWidget | None = None):
        super().__init__(columns, parent)
        self.names = names
        for icon, text in names.items():
            tip = QCoreApplication.translate("ChannelEditor", "Icon: {name}").format(name=text)
            self._add(icon, QIcon(), ICON, tip)

    def paint_in(self, ink: QColor) -> None:
        """Draw every icon in `ink` (the channel's colour, made legible on the background)."""
        for icon, button in self.buttons.items():

            def paint(painter: QPainter, rect: QRectF, icon: str = icon) -> None:
                side = min(rect.width(), rect.height())
                inset = side * 0.06
                paint_channel_icon(painter, rect.adjusted(inset, inset, -inset, -inset), icon, ink)

            button.setIcon(painted_icon(paint, ICON))
