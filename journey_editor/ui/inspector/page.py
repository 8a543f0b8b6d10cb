"""What every inspector page shares: its target ids, a labelled form, and applying edits.

A page never keeps model objects, only ids: after an undo it looks them up again, so it can
never show or write a stale copy.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from journey_editor.edits import Edit, EditError
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.inspector.fields import FieldError, TextField


class InspectorPage(QWidget):
    """One kind of selection (card, stage …). Subclasses fill `refresh` and `heading`."""

    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.ids: tuple[str, ...] = ()
        self._text_fields: list[TextField] = []
        self._labels: dict[QWidget, QLabel] = {}
        # Labels above their fields, each as wide as the dock: a dock is narrow, and long
        # (French, German) labels must wrap at the dock's edge, not at a label column's.
        self.form = QVBoxLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setSpacing(4)

    # --- to implement ------------------------------------------------------------------------

    def existing(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        """The ids that still name an object of this page's kind in the project."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Show the current model values of `self.ids` (all of which exist)."""
        raise NotImplementedError

    def heading(self) -> str:
        raise NotImplementedError

    # --- shared --------------------------------------------------------------------------------

    def show_ids(self, ids: tuple[str, ...]) -> None:
        if ids != self.ids:
            self.flush()
        self.ids = ids
        self.refresh()

    def flush(self) -> None:
        """Apply what the user typed in fields that commit on leaving, before the target changes."""
        for field in self._text_fields:
            field.commit()

    def discard(self) -> None:
        for field in self._text_fields:
            field.discard()

    def add_row(self, text: str, field: QWidget, buddy: QWidget | None = None) -> QLabel:
        """A bold label above `field`; `buddy` is the widget a screen reader names after it."""
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        buddy = buddy or getattr(field, "editor", field)
        label.setBuddy(buddy)
        if not buddy.accessibleName():
            buddy.setAccessibleName(text)
        if self.form.count():
            self.form.addSpacing(8)
        self.form.addWidget(label)
        self.form.addWidget(field)
        self._labels[field] = label
        if isinstance(field, TextField):
            self._text_fields.append(field)
        return label

    def add_note(self, widget: QWidget) -> None:
        """A full-width line without a label (where a card sits, a hint)."""
        self.form.addWidget(widget)

    def set_row_visible(self, field: QWidget, visible: bool) -> None:
        field.setVisible(visible)
        self._labels[field].setVisible(visible)

    def try_apply(self, edit: Edit, error: FieldError, mergeable: bool = False) -> bool:
        """Apply one undo step; a refusal shows under the field and leaves the model as it was."""
        try:
            self.document.apply(edit, mergeable=mergeable)
        except EditError as refusal:
            error.show_error(self.tr("Not changed: {0}").format(refusal.message))
            return False
        error.clear_error()
        return True


def quoted(text: str, limit: int = 60) -> str:
    """«text», shortened to one readable line for a heading."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    if text.startswith("«") and text.endswith("»"):
        return text  # a quotation already (a persona's thought): no double guillemets
    return f"«{text}»"


def stacked(parent: QWidget, *widgets: QWidget) -> QWidget:
    """Several widgets under one form label (a field and its error, or two flags)."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(3)
    for widget in widgets:
        layout.addWidget(widget)
    return box
