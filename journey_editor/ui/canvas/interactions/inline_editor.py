"""Renaming in place: a field laid over the card's title or the header's name. A card's
title is typed in a wrapping field inside the card (as wide as the card, growing down to its
bottom, then scrolling), so the title reads as it will be drawn; names of headers and links
are one-line fields.

Enter commits (one `verbs.rename`, one undo step), Esc cancels, and leaving the field
(clicking elsewhere) commits, as in a spreadsheet. The editor is a child of the viewport, not
a scene item: it keeps a crisp, readable font at any zoom and gets the keyboard directly,
and the view moves it along when it scrolls or zooms.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QPlainTextEdit, QWidget

from journey_editor.edits import EditError
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.interactions.context import CanvasContext
from journey_editor.ui.canvas.items.card import CardItem
from journey_editor.ui.canvas.text import font_for_dpi
from journey_editor.ui.editing import verbs

MIN_HEIGHT = 24  # pixels: the field stays usable when zoomed far out
MIN_WIDTH = 120
GROWTH = 2.2  # how much wider than its object the field may grow for a long name
PADDING = 8  # pixels around the text inside the field


class InlineLineEdit(QLineEdit):
    committed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("inline-editor")
        self.setAccessibleName(self.tr("Rename in place"))
        # Qt's default of 32,767 characters would cut a longer link label when committed.
        self.setMaxLength(2**31 - 1)
        self.setFrame(False)
        ink, accent = theme.INK.name(), theme.ACCENT.name()
        self.setStyleSheet(
            f"QLineEdit#inline-editor {{ background: white; color: {ink};"
            f" border: 2px solid {accent}; border-radius: 3px; padding: 0 4px; }}"
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.committed.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # A popup (the line edit's own context menu) is not leaving the field.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.committed.emit()

    def focusNextPrevChild(self, next: bool) -> bool:
        self.committed.emit()  # Tab: done with this name
        return True


class InlineTextEdit(QPlainTextEdit):
    """The card-title field: wraps at the card's width; Enter commits, Esc cancels, leaving
    commits; `text()` / `setText()` as the one-line field has them."""

    committed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("inline-editor")
        self.setAccessibleName(self.tr("Rename in place"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabChangesFocus(True)
        ink, accent = theme.INK.name(), theme.ACCENT.name()
        self.setStyleSheet(
            f"QPlainTextEdit#inline-editor {{ background: white; color: {ink};"
            f" border: 2px solid {accent}; border-radius: 3px; padding: 0 2px; }}"
        )

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.committed.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.committed.emit()

    def focusNextPrevChild(self, next: bool) -> bool:
        self.committed.emit()
        return True

    def lines_height(self) -> int:
        """Pixels the wrapped text needs at the field's current width."""
        lines = max(1, round(self.document().size().height()))
        margins = self.contentsMargins()
        spacing = self.fontMetrics().lineSpacing()
        return (
            lines * spacing
            + margins.top()
            + margins.bottom()
            + 2 * round(self.document().documentMargin())
        )


class InlineEditor:
    def __init__(self, view: CanvasContext) -> None:
        self.view = view
        self.editor: InlineLineEdit | InlineTextEdit | None = None
        self.kind: str | None = None
        self.object_id: str | None = None

    @property
    def is_open(self) -> bool:
        return self.editor is not None

    def open(self, kind: str, object_id: str) -> bool:
        """Start editing the name of `object_id` (a card's title, a header's name)."""
        if self.is_open:
            self.commit()
        item = self.view.map_scene.item_for(kind, object_id)
        text = _current_text(self.view, kind, object_id)
        if item is None or text is None:
            return False
        self.view.reveal(object_id)
        card = isinstance(item, CardItem)
        editor = (InlineTextEdit if card else InlineLineEdit)(self.view.viewport())
        editor.setText(text)
        editor.selectAll()
        self.editor, self.kind, self.object_id = editor, kind, object_id
        editor.textChanged.connect(self.reposition)  # grows with the text
        editor.committed.connect(lambda e=editor: self._finish(e, commit=True))
        editor.cancelled.connect(lambda e=editor: self._finish(e, commit=False))
        if isinstance(item, CardItem):
            item.set_editing(True)
        self.reposition()
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def commit(self) -> None:
        if self.editor is not None:
            self._finish(self.editor, commit=True)

    def cancel(self) -> None:
        if self.editor is not None:
            self._finish(self.editor, commit=False)

    def _finish(self, editor: InlineLineEdit | InlineTextEdit, commit: bool) -> None:
        if editor is not self.editor:
            return  # a late signal from an editor already closed
        kind, object_id, text = self.kind, self.object_id, editor.text()
        self.editor = self.kind = self.object_id = None
        item = self.view.map_scene.item_for(kind or "", object_id or "")
        if isinstance(item, CardItem):
            item.set_editing(False)
        editor.hide()
        editor.deleteLater()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not commit or kind is None or object_id is None:
            return
        if kind not in ("card", "link"):  # a link's label may be empty
            text = text.strip()
            if not text:
                return  # a stage, persona or lane needs a name: keep the old one
        try:
            verbs.rename(self.view.document, kind, object_id, text)
        except (EditError, KeyError, ValueError) as error:
            self.view.report(str(error))

    def reposition(self) -> None:
        """Lay the field over its object again (after a scroll, zoom or layout change)."""
        editor = self.editor
        if editor is None:
            return
        item = self.view.map_scene.item_for(self.kind or "", self.object_id or "")
        layout = self.view.map_scene.layout
        if item is None or layout is None:
            self.cancel()
            return
        area, size = self._area(item)
        transform = self.view.viewportTransform()  # scene → viewport pixels
        scale = transform.m11()
        dpi = float(editor.logicalDpiY() or 96)
        editor.setFont(font_for_dpi(size * scale, dpi, bold=self.kind != "card"))
        mapped = transform.mapRect(area)
        rect = QRect(mapped.topLeft().toPoint(), mapped.bottomRight().toPoint())
        if isinstance(editor, InlineTextEdit) and isinstance(item, CardItem):
            # Inside the card: its width, as tall as the wrapped text needs, down to the
            # card's bottom at most (then it scrolls).
            card = transform.mapRect(item.card_rect())
            width = max(MIN_WIDTH // 2, rect.width())
            editor.setGeometry(rect.x(), rect.y(), width, MIN_HEIGHT)
            bottom = round(card.bottom()) - 2
            height = max(MIN_HEIGHT, min(editor.lines_height(), bottom - rect.y()))
            editor.setGeometry(rect.x(), rect.y(), width, height)
            return
        height = max(MIN_HEIGHT, round(size * scale * 1.9))
        # Wider than the object when the text needs it (a card title wraps on the card but
        # is typed on one line), up to GROWTH times and never past the viewport's edge.
        needed = editor.fontMetrics().horizontalAdvance(editor.text()) + 3 * PADDING
        width = max(MIN_WIDTH, rect.width(), min(needed, round(rect.width() * GROWTH)))
        width = max(MIN_WIDTH, min(width, self.view.viewport().width() - rect.x() - 4))
        top = rect.center().y() - height // 2
        editor.setGeometry(rect.x(), top, width, height)

    def _area(self, item) -> tuple[QRectF, float]:
        """The scene rectangle to cover and the font size (scene units) to type in."""
        options = self.view.map_scene.layout.options
        if isinstance(item, CardItem):
            box = item.spec
            title = box.title
            line = options.title_font_size * options.line_spacing
            top = title.rect.y if title.texts else box.rect.y + options.card_padding
            x = box.rect.x + 2
            area = QRectF(x, top - 3, box.rect.right - 2 - x, line + 6)
            return item.spec_to_scene(area), options.title_font_size
        if self.kind == "link":
            return _link_area(item), options.body_font_size
        if self.kind == "persona":
            name = item.spec.header.name
            rect = item.mapRectToScene(
                QRectF(name.rect.x, name.rect.y, name.rect.width, name.rect.height)
            )
            header = item.mapRectToScene(item.boundingRect())
            return QRectF(header.x() + 6, rect.y(), header.width() - 12, rect.height()), name.size
        bounds = item.mapRectToScene(item.boundingRect())
        size = options.title_font_size if self.kind == "stage" else options.body_font_size
        return bounds.adjusted(4, 0, -4, 0), size


def _rect(rect) -> tuple[float, float, float, float]:
    return rect.x, rect.y, rect.width, rect.height


def _current_text(view: CanvasContext, kind: str, object_id: str) -> str | None:
    project = view.document.project
    try:
        if kind == "card":
            return project.card(object_id).title
        if kind == "stage":
            return project.stage(object_id).name
        if kind == "persona":
            return project.persona(object_id).name
        if kind == "lane":
            return project.lane(object_id).name
        if kind == "link":
            return next(link.label for link in project.links if link.id == object_id)
    except (KeyError, ValueError, LookupError, StopIteration):
        return None
    return None


def _link_area(item) -> QRectF:
    """Over a link's label, or a label-sized field on the middle of its path."""
    label = item.spec.label
    if label is not None and label.texts:
        rect = label.rect
        return item.spec_to_scene(QRectF(rect.x - 20, rect.y, rect.width + 40, rect.height))
    path = item.shape()
    middle = item.mapToScene(path.boundingRect().center())
    segments = item.spec.segments
    if segments:
        start, end = segments[0].start, segments[-1].end
        middle = item.mapToScene(QPointF((start[0] + end[0]) / 2, (start[1] + end[1]) / 2))
    return QRectF(middle.x() - 60, middle.y() - 9, 120, 18)
