"""The frozen headers: phases and stages along the top, personas and lane labels on the left.

They live in the frozen layers (see `layers.py`), which the view slides along as it scrolls,
so each item paints in the layout's coordinates relative to its layer.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from journey_editor.layout import LaneRow, PersonaHeader, PhaseBox, StageBox, TextBlock
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.items.base import MapItem
from journey_editor.ui.canvas.marks import qrect
from journey_editor.ui.canvas.text import draw_block, map_font

HIGHLIGHT_WIDTH = 2.6
PERSONA_BAR = 4.0  # the persona colour along the header's left edge


def _highlight(painter: QPainter, rect: QRectF) -> None:
    inset = HIGHLIGHT_WIDTH / 2
    painter.setPen(QPen(theme.ACCENT, HIGHLIGHT_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))


class StageHeaderItem(MapItem):
    kind = "stage"

    def __init__(self, box: StageBox, parent: QGraphicsItem | None = None) -> None:
        super().__init__(box.stage_id, box, parent)
        self.set_spec(box)

    def set_spec(self, spec: StageBox) -> None:
        self.spec = spec
        self.set_bounds(qrect(spec.rect))
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        rect = self.rect()
        painter.fillRect(rect, theme.HEADER_BG)
        painter.setPen(QPen(theme.HEADER_LINE, 1.0))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        draw_block(painter, self.spec.name, theme.HEADER_TEXT)
        if self.highlighted:
            _highlight(painter, rect)


class PhaseItem(MapItem):
    kind = "phase"

    def __init__(self, key: str, box: PhaseBox, parent: QGraphicsItem | None = None) -> None:
        super().__init__(key, box, parent)
        self.set_spec(box)

    def set_spec(self, spec: PhaseBox) -> None:
        self.spec = spec
        self.set_bounds(qrect(spec.rect))
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        rect = self.rect()
        painter.fillRect(rect, theme.PHASE_BG)
        painter.setPen(QPen(theme.PHASE_LINE, 2.0))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        draw_block(painter, self.spec.label, theme.PHASE_TEXT)


class PersonaSpec(NamedTuple):
    header: PersonaHeader
    colour: str
    summary: TextBlock | None  # collapsed personas only


class PersonaHeaderItem(MapItem):
    """A persona's header in the frozen left column. A band whose top has scrolled away under
    the stage row slides its name down to stay readable: how far depends on its own scene's
    `sticky_top` (each window's canvas scrolls on its own)."""

    kind = "persona"

    def __init__(self, persona_id: str, spec: PersonaSpec, parent: QGraphicsItem | None = None):
        super().__init__(persona_id, spec, parent)
        self.set_spec(spec)

    def set_spec(self, spec: PersonaSpec) -> None:
        self.spec = spec
        bounds = qrect(spec.header.rect)
        if spec.summary is not None:
            bounds = bounds.united(qrect(spec.summary.rect))
        self.set_bounds(bounds)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        header, colour = self.spec.header, self.spec.colour
        rect = qrect(header.rect)
        painter.fillRect(rect, theme.tint(colour, 0.16))
        painter.fillRect(
            QRectF(rect.x(), rect.y(), PERSONA_BAR, rect.height()), theme.colour(colour)
        )
        painter.setPen(QPen(theme.GRID, 1.0))
        painter.drawLine(rect.topRight(), rect.bottomRight())

        painter.save()
        painter.translate(0.0, self._slide(header))
        avatar = qrect(header.avatar)
        painter.setPen(QPen(theme.tint(colour, 0.5).darker(140), 0.8))
        painter.setBrush(theme.colour(colour))
        painter.drawEllipse(avatar)
        letters = header.initials
        painter.setFont(
            map_font(painter, header.avatar.height * (0.42 if len(letters) > 1 else 0.5), True)
        )
        painter.setPen(theme.readable_on(colour))
        painter.drawText(avatar, Qt.AlignmentFlag.AlignCenter, letters)

        draw_block(painter, header.name, theme.INK)
        if header.role is not None:
            draw_block(painter, header.role, theme.MUTED)
        if header.quote is not None:
            draw_block(painter, header.quote, theme.MUTED)
        if self.spec.summary is not None:
            draw_block(painter, self.spec.summary, theme.MUTED)
        painter.restore()
        if self.highlighted:
            _highlight(painter, rect)

    def _slide(self, header: PersonaHeader) -> float:
        top = header.rect.y
        # The scene y just under the frozen stage row, as this scene's view last set it.
        sticky_top = getattr(self.scene(), "sticky_top", float("-inf"))
        if sticky_top == float("-inf"):
            return 0.0
        sticky_top = self.mapFromScene(QPointF(0.0, sticky_top)).y()  # in the band's terms
        if sticky_top <= top:
            return 0.0
        blocks = [header.avatar, header.name.rect]
        blocks += [block.rect for block in (header.role, header.quote) if block is not None]
        content_bottom = max(rect.y + rect.height for rect in blocks) + 8.0
        room = header.rect.y + header.rect.height - content_bottom
        return max(0.0, min(sticky_top - top, room))


class LaneSpec(NamedTuple):
    row: LaneRow
    colour: str  # the persona's
    shade: int  # 0 or 1: lanes of a band alternate


def lane_tint(colour: str, shade: int, label: bool = False) -> float:
    """How much persona colour a lane's background takes: the labels a little more than the
    rows, every other lane a little more, so rows and bands read apart on a projector."""
    base = 0.11 if label else 0.035
    return base + (0.045 if shade else 0.0)


class LaneLabelItem(MapItem):
    kind = "lane"

    def __init__(self, spec: LaneSpec, parent: QGraphicsItem | None = None) -> None:
        super().__init__(spec.row.lane_id, spec, parent)
        self.set_spec(spec)

    def set_spec(self, spec: LaneSpec) -> None:
        self.spec = spec
        self.set_bounds(qrect(spec.row.label_rect))
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        row, colour = self.spec.row, self.spec.colour
        rect = self.rect()
        painter.fillRect(rect, theme.tint(colour, lane_tint(colour, self.spec.shade, True)))
        painter.setPen(QPen(theme.ROW_LINE, 0.8))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())
        draw_block(painter, row.label, theme.MUTED)
        if self.highlighted:
            _highlight(painter, rect)
