"""The channel editor's list: the catalogue in two groups, as the palette shows it (digital,
then physical, each in catalogue order), a chip of each channel's colour and icon, and how
many cards use it. Dragging a channel asks for a move (`dropped(channel_id, kind, before)`):
the dialog makes the edit and refills the list, so the list never reorders itself."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDropEvent, QFont, QIcon, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from journey_editor.model.entities import Channel
from journey_editor.ui.appearance import contrast
from journey_editor.ui.icons import channel_icon

CHANNEL_ROLE = Qt.ItemDataRole.UserRole + 1  # the channel's id; None on a group's heading
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # the group's kind, on every row
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3  # "3 cards", drawn at the right
CHIP = 22


class _CountDelegate(QStyledItemDelegate):
    """The row as Qt draws it, and the card count right-aligned in a muted colour."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(COUNT_ROLE)
        if not count:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        roles = QPalette.ColorRole
        role = roles.HighlightedText if selected else roles.PlaceholderText
        painter.setPen(option.palette.color(role))
        rect = QRect(option.rect).adjusted(0, 0, -8, 0)
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, count)
        painter.restore()


class ChannelList(QListWidget):
    dropped = Signal(str, str, object)  # channel id, the group's kind, the channel before which
    delete_pressed = Signal()  # Del or Backspace on the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channel-list")
        self.setItemDelegate(_CountDelegate(self))
        self.setIconSize(QSize(CHIP, CHIP))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setUniformItemSizes(True)

    def fill(
        self,
        channels: list[Channel],
        headings: dict[str, str],
        counts: dict[str, str],
        current: str | None,
    ) -> None:
        """Show `channels` under one heading per kind (`headings`: kind → text)."""
        self.blockSignals(True)
        self.clear()
        chosen: QListWidgetItem | None = None
        for kind, heading in headings.items():
            head = QListWidgetItem(heading, self)
            font = QFont(self.font())
            font.setBold(True)
            head.setFont(font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setData(KIND_ROLE, kind)
            head.setData(CHANNEL_ROLE, None)
            for channel in channels:
                if channel.kind != kind:
                    continue
                item = QListWidgetItem(chip(channel), channel.label, self)
                item.setData(CHANNEL_ROLE, channel.id)
                item.setData(KIND_ROLE, kind)
                item.setData(COUNT_ROLE, counts.get(channel.id, ""))
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, counts.get(channel.id, ""))
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
                if channel.id == current:
                    chosen = item
        self.blockSignals(False)
        if chosen is not None:
            self.setCurrentItem(chosen)
        else:
            self.setCurrentRow(-1)
            self.currentItemChanged.emit(None, None)

    def item_of(self, channel_id: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(CHANNEL_ROLE) == channel_id:
                return item
        return None

    def current_channel(self) -> str | None:
        item = self.currentItem()
        return item.data(CHANNEL_ROLE) if item is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)

    # --- dropping --------------------------------------------------------------------------

    def drop_target(self, row: int) -> tuple[str, str | None]:
        """Where a channel dropped before `row` (self.count(): at the end) goes: the kind of
        the group it lands in, and the channel it goes before (None: last of that group)."""
        kind = self.item(0).data(KIND_ROLE) if self.count() else "digital"
        before: str | None = None
        for index in range(min(row, self.count())):
            kind = self.item(index).data(KIND_ROLE)
        for index in range(row, self.count()):
            item = self.item(index)
            if item.data(KIND_ROLE) != kind:
                break
            if item.data(CHANNEL_ROLE) is not None:
                before = item.data(CHANNEL_ROLE)
                break
        return kind, before

    def dropEvent(self, event: QDropEvent) -> None:
        moving = self.current_channel()
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            row = self.count()
        else:
            row = index.row()
            below = QAbstractItemView.DropIndicatorPosition.BelowItem
            row += 1 if self.dropIndicatorPosition() == below else 0
        # The list never moves its rows itself: the dialog edits the map and refills it.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if moving is not None:
            kind, before = self.drop_target(row)
            if before == moving:  # dropped just above itself
                before = self._next_in_group(moving)
            self.dropped.emit(moving, kind, before)

    def _next_in_group(self, channel_id: str) -> str | None:
        item = self.item_of(channel_id)
        if item is None:
            return None
        for index in range(self.row(item) + 1, self.count()):
            after = self.item(index)
            if after.data(KIND_ROLE) != item.data(KIND_ROLE):
                return None
            if after.data(CHANNEL_ROLE) is not None:
                return after.data(CHANNEL_ROLE)
        return None


def chip(channel: Channel) -> QIcon:
    """The channel's icon on a rounded square of its colour, in white or near-black,
    whichever stands out more from that colour."""
    fill = QColor(channel.colour)
    light, dark = QColor("#ffffff"), QColor("#17202b")
    ink = light if contrast(light, fill) >= contrast(dark, fill) else dark
    return channel_icon(channel.icon, ink, CHIP, background=fill)
