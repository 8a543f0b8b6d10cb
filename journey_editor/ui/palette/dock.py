"""The palette dock: tiles to drag onto the map (channels, stage, persona, lanes).

A tile dragged onto the canvas starts a QDrag with `PALETTE_MIME` (the canvas handles the drop).
Without a mouse, Enter (or a double-click) on a tile adds the thing at the selection: a
touchpoint card in the selected cell, a stage or persona at the end, a lane in the persona.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QIcon, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFrame,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_editor.edits import Change, EditError
from journey_editor.model.entities import Channel
from journey_editor.model.project import Project
from journey_editor.model.types import LANE_KINDS
from journey_editor.ui import appearance
from journey_editor.ui.appearance import legible_on
from journey_editor.ui.editing import verbs
from journey_editor.ui.editing.clipboard import Cell, fallback_cell
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.editing.selection import Selection
from journey_editor.ui.icons import paint_channel_icon
from journey_editor.ui.labels import lane_kind_label
from journey_editor.ui.palette_mime import PALETTE_MIME, PalettePayload, palette_mime_data
from journey_editor.ui.vector_icon import painted_icon

__all__ = ["PALETTE_MIME", "PaletteDock", "default_cell", "palette_mime"]

PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1
_TILE_SIZE = QSize(104, 86)  # a finger-sized target, two lines of label under a 40 px icon
_ICON_SIZE = QSize(36, 36)
_TOP_MARGIN = 6


def palette_mime(payload: dict[str, Any]) -> QMimeData:
    """The drag data of a tile, e.g. {"kind": "channel", "channel": "website"}."""
    return palette_mime_data(
        PalettePayload(payload["kind"], payload.get("channel"), payload.get("lane_kind"))
    )


# --- where keyboard activation puts things ---------------------------------------------------


def default_cell(project: Project, selection: Selection) -> Cell | None:
    """The cell a new card goes to without a canvas cell: the selection's, else the first one.

    A selected card gives its cell; a lane, stage or persona narrows the first touchpoints cell.
    """
    ids, kind = selection.ids, selection.kind
    fallback = fallback_cell(project)
    if not ids or fallback is None:
        return fallback
    try:
        if kind == "card":
            return project.card(ids[0]).cell
        if kind == "lane":
            persona, _ = project.lane_owner(ids[0])
            return (persona.id, ids[0], project.stages[0].id)
        if kind == "stage":
            return (fallback[0], fallback[1], project.stage(ids[0]).id)
        if kind == "persona":
            persona = project.persona(ids[0])
            lanes = [lane for lane in persona.lanes if lane.kind == "touchpoints"] or persona.lanes
            if lanes:
                return (persona.id, lanes[0].id, project.stages[0].id)
    except KeyError:
        pass  # a stale selection: fall back
    return fallback


def target_persona(project: Project, selection: Selection) -> str | None:
    """The persona a new lane goes to: the selected one, or that of the selected card / lane."""
    ids, kind = selection.ids, selection.kind
    try:
        if kind == "persona" and ids:
            return project.persona(ids[0]).id
        if kind == "card" and ids:
            return project.card(ids[0]).persona
        if kind == "lane" and ids:
            return project.lane_owner(ids[0])[0].id
    except KeyError:
        pass
    return project.personas[0].id if project.personas else None


# --- tiles -----------------------------------------------------------------------------------


class TileList(QListWidget):
    """A wrapping grid of tiles, as tall as its content so the dock scrolls as one page."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setGridSize(_TILE_SIZE)
        self.setIconSize(_ICON_SIZE)
        self.setSpacing(0)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setViewportMargins(0, _TOP_MARGIN, 0, 0)

    def add_tile(self, label: str, icon: QIcon, payload: dict[str, Any], hint: str) -> None:
        item = QListWidgetItem(icon, label, self)
        item.setData(PAYLOAD_ROLE, payload)
        item.setToolTip(hint)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, hint)
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._fit_height()

    def tile_mime(self, item: QListWidgetItem) -> QMimeData:
        return palette_mime(item.data(PAYLOAD_ROLE))

    def startDrag(self, supported_actions: Qt.DropAction) -> None:
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.tile_mime(item))
        pixmap = item.icon().pixmap(_ICON_SIZE, self.devicePixelRatioF())  # crisp at 2×
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(_ICON_SIZE.width() // 2, _ICON_SIZE.height() // 2))
        drag.exec(Qt.DropAction.CopyAction)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        columns = max(1, self.viewport().width() // _TILE_SIZE.width())
        rows = max(1, math.ceil(self.count() / columns))
        height = rows * _TILE_SIZE.height() + 2 * self.frameWidth() + _TOP_MARGIN + 4
        if self.height() != height:
            self.setFixedHeight(height)


class PaletteDock(QDockWidget):
    """Channel, stage, persona and lane tiles.

    Signals: `card_created(card_id)` after Enter on a channel tile (open the inline title
    editor); `status_message(text)` when a tile cannot be used now (show it in the status bar);
    `new_channel_requested(kind)` from the "+" ending each channel group (the window opens the
    channel editor with a new channel of that kind).
    """

    card_created = Signal(str)
    status_message = Signal(str)
    new_channel_requested = Signal(str)

    def __init__(
        self,
        document: MapDocument,
        selection: Selection,
        parent: QWidget | None = None,
        cell_provider: Callable[[], Cell | None] | None = None,
    ) -> None:
        super().__init__(self.tr("Palette"), parent)
        self.setObjectName("palette")
        self.document = document
        self.selection = selection
        self.cell_provider = cell_provider
        self._channels_shown: tuple = ()
        self._last_tiles: TileList | None = None

        content = QWidget()
        font = content.font()
        font.setPointSizeF(max(10.5, font.pointSizeF()))
        content.setFont(font)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        self.digital = TileList(self.tr("Digital channels"), content)
        self.physical = TileList(self.tr("Physical channels"), content)
        self.structure = TileList(self.tr("Stage and persona"), content)
        self.lanes = TileList(self.tr("Lanes"), content)
        self.lists = (self.digital, self.physical, self.structure, self.lanes)
        self.new_channel: dict[str, QToolButton] = {}
        for tiles in self.lists:
            layout.addWidget(self._heading(tiles.accessibleName(), content))
            layout.addWidget(tiles)
            tiles.itemActivated.connect(self._on_activated)
            tiles.currentItemChanged.connect(lambda *_, t=tiles: self._remember_tiles(t))
            if tiles in (self.digital, self.physical):
                kind = "digital" if tiles is self.digital else "physical"
                self.new_channel[kind] = self._new_channel_button(kind, content)
                layout.addWidget(self.new_channel[kind])
        layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        scroll.setAccessibleName(self.tr("Palette"))
        self.setWidget(scroll)
        self.setMinimumWidth(2 * _TILE_SIZE.width() + 40)

        self._fill_structure()
        self._fill_channels()
        document.changed.connect(self._on_changed)
        document.replaced.connect(self._fill_channels)

    # --- building ------------------------------------------------------------------------------

    def _heading(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        label.setFont(font)
        label.setContentsMargins(0, 6, 0, 0)
        return label

    def _new_channel_button(self, kind: str, parent: QWidget) -> QToolButton:
        """The "+" ending a channel group: the channel editor, a new channel of `kind` ready."""
        button = QToolButton(parent)
        button.setObjectName(f"new-{kind}-channel")
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIcon(_plus_icon(self._ink()))
        button.setIconSize(QSize(18, 18))
        if kind == "digital":
            button.setText(self.tr("New digital channel…"))
            button.setToolTip(self.tr("Add a digital channel to the map's catalogue"))
        else:
            button.setText(self.tr("New physical channel…"))
            button.setToolTip(self.tr("Add a physical channel to the map's catalogue"))
        button.setAccessibleName(button.text())
        button.clicked.connect(lambda: self.new_channel_requested.emit(kind))
        return button

    def _fill_channels(self) -> None:
        channels = self.document.project.channels
        signature = tuple((c.id, c.label, c.colour, c.icon, c.kind) for c in channels)
        if signature == self._channels_shown:
            return
        self._channels_shown = signature
        for tiles in (self.digital, self.physical):
            tiles.clear()
        for channel in channels:
            tiles = self.digital if channel.kind == "digital" else self.physical
            tiles.add_tile(
                channel.label,
                _channel_tile_icon(channel, self._tile_background()),
                {"kind": "channel", "channel": channel.id},
                self.tr(
                    "Drag onto a cell to add a «{0}» touchpoint, or press Enter to add it "
                    "to the selected cell"
                ).format(channel.label),
            )

    def _fill_structure(self) -> None:
        self.structure.add_tile(
            self.tr("Stage"),
            _structure_icon("stage", self._ink()),
            {"kind": "stage"},
            self.tr("Drag onto the stage row to insert a stage, or press Enter to add one"),
        )
        self.structure.add_tile(
            self.tr("Persona"),
            _structure_icon("persona", self._ink()),
            {"kind": "persona"},
            self.tr("Drag onto the map to insert a persona, or press Enter to add one"),
        )
        for kind in LANE_KINDS:
            self.lanes.add_tile(
                lane_kind_label(kind),
                _structure_icon(kind, self._ink()),
                {"kind": "lane", "lane_kind": kind},
                self.tr(
                    "Drag onto a persona to add a «{0}» lane, or press Enter to add it to the "
                    "selected persona"
                ).format(lane_kind_label(kind)),
            )

    # The dock's own palette: on a light / dark switch the dock hears of it before its lists.
    def _tile_background(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Base)

    def _ink(self) -> QColor:
        return appearance.ink(self.palette())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "lists"):
            self.repaint_icons()

    def repaint_icons(self) -> None:
        """Redraw the tiles' icons: light / dark switched (for the new background), or the
        start-up is over (at every pixel ratio, ui/vector_icon.py)."""
        channels = {c.id: c for c in self.document.project.channels}
        background, ink = self._tile_background(), self._ink()
        for button in self.new_channel.values():
            button.setIcon(_plus_icon(ink))
        for tiles in self.lists:
            for row in range(tiles.count()):
                item = tiles.item(row)
                payload = item.data(PAYLOAD_ROLE)
                if payload["kind"] == "channel" and payload["channel"] in channels:
                    item.setIcon(_channel_tile_icon(channels[payload["channel"]], background))
                elif payload["kind"] in ("stage", "persona"):
                    item.setIcon(_structure_icon(payload["kind"], ink))
                elif payload["kind"] == "lane":
                    item.setIcon(_structure_icon(payload["lane_kind"], ink))

    def _on_changed(self, _change: Change) -> None:
        self._fill_channels()  # cheap when the catalogue is unchanged (a tuple comparison)

    # --- lookup (tests, main window) -------------------------------------------------------------

    def tile(self, **payload: str) -> QListWidgetItem:
        """The tile whose payload is `payload`, e.g. tile(kind="channel", channel="website")."""
        for tiles in self.lists:
            for row in range(tiles.count()):
                item = tiles.item(row)
                if item.data(PAYLOAD_ROLE) == payload:
                    return item
        raise KeyError(payload)

    # --- keyboard activation -------------------------------------------------------------------

    def focus_tiles(self) -> QWidget:
        """F6 lands here: on the list of tiles last used (the digital channels at first), with
        a current tile, so Enter works at once and the arrows move from a visible place."""
        tiles = next((t for t in self.lists if t is self._last_tiles), self.digital)
        if tiles.currentRow() < 0 and tiles.count():
            tiles.setCurrentRow(0)
        tiles.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return tiles

    def _remember_tiles(self, tiles: TileList) -> None:
        self._last_tiles = tiles

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.activate(item.data(PAYLOAD_ROLE))

    def target_cell(self) -> Cell | None:
        cell = self.cell_provider() if self.cell_provider is not None else None
        return cell or default_cell(self.document.project, self.selection)

    def activate(self, payload: dict[str, Any]) -> None:
        """What Enter on a tile does; refusals go to `status_message`, never to a dialog."""
        try:
            self._activate(payload)
        except EditError as error:
            self.status_message.emit(self.tr("Not done: {0}").format(error))

    def _activate(self, payload: dict[str, Any]) -> None:
        document, kind = self.document, payload.get("kind")
        if kind == "channel":
            cell = self.target_cell()
            if cell is None:
                self.status_message.emit(self.tr("Add a stage and a persona first"))
                return
            card_id = verbs.add_card(document, *cell, channel=payload["channel"])
            self.selection.set("card", (card_id,))
            self.card_created.emit(card_id)
        elif kind == "stage":
            self.selection.set("stage", (verbs.add_stage(document),))
        elif kind == "persona":
            self.selection.set("persona", (verbs.add_persona(document),))
        elif kind == "lane":
            persona_id = target_persona(document.project, self.selection)
            if persona_id is None:
                self.status_message.emit(self.tr("Add a persona first"))
                return
            lane_id = verbs.add_lane(document, persona_id, payload["lane_kind"])
            self.selection.set("lane", (lane_id,))


# --- tile icons ------------------------------------------------------------------------------


def _square(rect: QRectF) -> tuple[float, float, float]:
    """The largest centred square in `rect`: its left, top and side."""
    side = min(rect.width(), rect.height())
    return rect.center().x() - side / 2, rect.center().y() - side / 2, side


def _channel_tile_icon(channel: Channel, background: QColor) -> QIcon:
    """The channel's icon over a swatch bar of its colour (colour and shape both identify it),
    drawn for every common device pixel ratio (crisp on high-DPI screens)."""
    colour = QColor(channel.colour)
    # Pale catalogue colours (sand, sky) vanish on a white tile under a projector, dark ones
    # (indigo, wine) on a dark theme: the line icon is shifted to 3:1 contrast with the tile's
    # background; the swatch bar keeps the true colour.
    ink = legible_on(colour, background, 3.0)

    def paint(painter: QPainter, rect: QRectF) -> None:
        x, y, size = _square(rect)
        bar = size * 0.16
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(
            QRectF(x + size * 0.1, y + size - bar, size * 0.8, bar), bar / 3, bar / 3
        )
        glyph = QRectF(x + size * 0.14, y + size * 0.02, size * 0.72, size * 0.72)
        paint_channel_icon(painter, glyph, channel.icon, ink)

    return painted_icon(paint, _ICON_SIZE.width())


def _plus_icon(ink: QColor) -> QIcon:
    """A "+" in a dashed rounded square: a tile still to be made."""

    def paint(painter: QPainter, rect: QRectF) -> None:
        x, y, s = _square(rect)
        pen = QPen(ink, s / 14)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(
            QRectF(x + s * 0.08, y + s * 0.08, s * 0.84, s * 0.84), s * 0.18, s * 0.18
        )
        pen.setStyle(Qt.PenStyle.SolidLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(x + s * 0.5, y + s * 0.3), QPointF(x + s * 0.5, y + s * 0.7))
        painter.drawLine(QPointF(x + s * 0.3, y + s * 0.5), QPointF(x + s * 0.7, y + s * 0.5))

    return painted_icon(paint, 18)


def _structure_icon(kind: str, ink: QColor) -> QIcon:
    """Plain glyphs for structure tiles: a column, a person, or a lane band with its mark."""

    def paint(painter: QPainter, rect: QRectF) -> None:
        x, y, s = _square(rect)
        painter.translate(x, y)
        pen = QPen(ink, s / 20)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if kind == "stage":
            painter.drawRoundedRect(QRectF(s * 0.3, s * 0.1, s * 0.4, s * 0.8), s * 0.05, s * 0.05)
            painter.fillRect(QRectF(s * 0.3, s * 0.1, s * 0.4, s * 0.16), ink)
        elif kind == "persona":
            painter.drawEllipse(QPointF(s * 0.5, s * 0.32), s * 0.16, s * 0.16)
            body = QPainterPath(QPointF(s * 0.2, s * 0.88))
            body.cubicTo(
                QPointF(s * 0.2, s * 0.5), QPointF(s * 0.8, s * 0.5), QPointF(s * 0.8, s * 0.88)
            )
            painter.drawPath(body)
        else:
            band = QRectF(s * 0.08, s * 0.28, s * 0.84, s * 0.44)
            painter.drawRoundedRect(band, s * 0.05, s * 0.05)
            _lane_mark(painter, kind, band, ink)

    return painted_icon(paint, _ICON_SIZE.width())


def _lane_mark(painter: QPainter, kind: str, band: QRectF, ink: QColor) -> None:
    """A small sign inside the lane band telling the lane kinds apart at a glance."""
    c = band.center()
    h = band.height()
    if kind == "touchpoints":
        for dx in (-0.55, 0.0, 0.55):
            painter.fillRect(
                QRectF(c.x() + dx * h - h * 0.2, c.y() - h * 0.2, h * 0.4, h * 0.4), ink
            )
    elif kind == "actions":
        painter.drawLine(QPointF(c.x() - h * 0.6, c.y()), QPointF(c.x() + h * 0.6, c.y()))
        painter.drawLine(
            QPointF(c.x() + h * 0.3, c.y() - h * 0.25), QPointF(c.x() + h * 0.6, c.y())
        )
        painter.drawLine(
            QPointF(c.x() + h * 0.3, c.y() + h * 0.25), QPointF(c.x() + h * 0.6, c.y())
        )
    elif kind == "thoughts":
        painter.drawEllipse(c, h * 0.42, h * 0.26)
    elif kind == "emotions":
        wave = QPainterPath(QPointF(band.left() + h * 0.2, c.y()))
        wave.cubicTo(
            QPointF(c.x() - h * 0.3, c.y() - h * 0.5),
            QPointF(c.x() + h * 0.3, c.y() + h * 0.5),
            QPointF(band.right() - h * 0.2, c.y()),
        )
        painter.drawPath(wave)
    elif kind == "pain_points":
        painter.drawLine(QPointF(c.x(), c.y() - h * 0.3), QPointF(c.x(), c.y() + h * 0.08))
        painter.drawPoint(QPointF(c.x(), c.y() + h * 0.28))
    elif kind == "opportunities":
        painter.drawLine(QPointF(c.x() - h * 0.28, c.y()), QPointF(c.x() + h * 0.28, c.y()))
        painter.drawLine(QPointF(c.x(), c.y() - h * 0.28), QPointF(c.x(), c.y() + h * 0.28))
    elif kind == "backstage":
        dashed = QPen(painter.pen())
        dashed.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(dashed)
        painter.drawLine(
            QPointF(band.left() + h * 0.2, c.y()), QPointF(band.right() - h * 0.2, c.y())
        )
    else:  # notes
        for dy in (-0.18, 0.0, 0.18):
            y = c.y() + dy * h
            painter.drawLine(QPointF(c.x() - h * 0.5, y), QPointF(c.x() + h * 0.5, y))
