"""The text editors the inspector pages are built from, and the MIXED marker.

Each editor shows a model value (`set_value`) and reports what the *user* chose through one
signal; filling it from the model never emits, so a refresh after an undo never writes back.
`MIXED` stands for "the selected cards disagree": editors show it as an empty or partial state.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont, QPalette, QResizeEvent, QTextOption
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from journey_editor.ui.appearance import error_text
from journey_editor.ui.labels import several_values


class _Mixed:
    def __repr__(self) -> str:
        return "MIXED"


MIXED: Any = _Mixed()


class FieldError(QLabel):
    """The inline refusal under a field: red, with a warning sign so it is not colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Palette and font, not a style sheet: a style sheet would drop the dock's larger font.
        self._recolour()
        bold = QFont()
        bold.setBold(True)  # only the weight is set: the size still comes from the dock
        self.setFont(bold)
        self.setAccessibleName(self.tr("Error"))
        self.hide()

    def _recolour(self) -> None:
        # Dark red on a light window, light red on a dark one: readable in both schemes.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_text(palette))
        self.setPalette(palette)  # a no-op when the colour is already right (no event loop)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()

    def show_error(self, text: str) -> None:
        self.setText(f"⚠ {text}")
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()

    def has_error(self) -> bool:
        return not self.isHidden()


class _PlainTextEdit(QPlainTextEdit):
    """A QPlainTextEdit that grows with its text (no scrolling inside a scrolling dock) and
    says when the user leaves it, like QLineEdit.editingFinished."""

    editing_finished = Signal()

    def __init__(self, min_lines: int, max_lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = (min_lines, max_lines)
        self._wrapped_at = -1
        self._rewrap_pending = False
        # Wrap at the field's edge: a sideways scroll inside a narrow dock hides words.
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.textChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        # Measured with the font, not read from the document layout: the plain-text layout
        # only wraps the blocks it has painted, so its line count lags behind a resize.
        low, high = self._lines
        metrics = self.fontMetrics()
        margin = self.document().documentMargin()
        width = max(20, int(self.viewport().width() - 2 * margin))
        text = self.toPlainText()
        box = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        lines = math.ceil(box.height() / metrics.lineSpacing()) + text.endswith("\n")
        margins = self.contentsMargins()
        height = (
            max(low, min(high, lines)) * metrics.lineSpacing()
            + 2 * margin
            + margins.top()
            + margins.bottom()
            + 4
        )
        if self.height() != int(height):
            self.setFixedHeight(int(height))
        self._rewrap_later()

    def _rewrap_later(self) -> None:
        # Qt re-wraps a QPlainTextEdit when the widget is resized, not when its viewport
        # narrows because the scroll bar appeared: the last word of each line then hides
        # under the bar. Once the height has settled, switching the wrap mode off and on
        # forces the re-wrap at the viewport's real width.
        if self._wrapped_at != self.viewport().width() and not self._rewrap_pending:
            self._rewrap_pending = True
            QTimer.singleShot(0, self, self._rewrap)  # dropped if the field is gone

    def _rewrap(self) -> None:
        self._rewrap_pending = False
        self._wrapped_at = self.viewport().width()
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()  # the dock enlarges its font after the field is built

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class TextField(QWidget):
    """A line or block of text, with its error label underneath.

    live: `edited` fires on every keystroke (the page merges them into one undo step); else it
    fires once when the user presses Return or leaves the field (for edits that cannot merge).
    `parse` turns the text into the model's value, `format` the other way; the text is only
    replaced when it does not already mean the model's value, so the cursor stays where it is.
    """

    edited = Signal(object)

    def __init__(
        self,
        *,
        multiline: bool = False,
        lines: int = 3,
        live: bool = True,
        parse: Callable[[str], Any] | None = None,
        format: Callable[[Any], str] | None = None,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._parse = parse or (lambda text: text)
        self._format = format or (lambda value: value)
        self._placeholder = placeholder
        self._live = live
        self._dirty = False
        self._value: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if multiline:
            editor = _PlainTextEdit(lines, max(lines, 10), self)
            # Tab must move on to the next field: the inspector is used without a mouse too.
            editor.setTabChangesFocus(True)
            editor.textChanged.connect(self._on_text)
            editor.editing_finished.connect(self._on_finished)
        else:
            editor = QLineEdit(self)
            # Qt cuts a line edit's text at 32,767 characters by default: a longer title would
            # be shown cut, and cut for good by the first keystroke. The field holds it all.
            editor.setMaxLength(2**31 - 1)
            editor.setMinimumHeight(32)  # a comfortable target on a touch screen
            editor.textEdited.connect(self._on_text)
            editor.editingFinished.connect(self._on_finished)
        editor.setPlaceholderText(placeholder)
        self.editor: QLineEdit | QPlainTextEdit = editor
        self.error = FieldError(self)
        layout.addWidget(editor)
        layout.addWidget(self.error)

    # --- reading and writing the text ----------------------------------------------------------

    def text(self) -> str:
        if isinstance(self.editor, QLineEdit):
            return self.editor.text()
        return self.editor.toPlainText()

    def _set_text(self, text: str) -> None:
        self.editor.blockSignals(True)
        if isinstance(self.editor, QLineEdit):
            self.editor.setText(text)
            if not self.editor.hasFocus():
                # Show the beginning of a long title, not its end where setText leaves the cursor.
                self.editor.setCursorPosition(0)
        else:
            self.editor.setPlainText(text)
        self.editor.blockSignals(False)

    def value(self) -> Any:
        return self._parse(self.text())

    def set_live(self, live: bool) -> None:
        self._live = live

    def set_value(self, value: Any) -> None:
        """Show the model's value; keeps the text (and cursor) when it already says the same."""
        self._value = value
        mixed = value is MIXED
        self.editor.setPlaceholderText(several_values() if mixed else self._placeholder)
        if self._dirty:
            return  # the user is typing a value not committed yet: do not snatch it away
        if mixed:
            if self.text():
                self._set_text("")
                self.error.clear_error()
            return
        if self._parse(self.text()) == value:
            return
        self._set_text(self._format(value))
        self.error.clear_error()

    # --- user input ----------------------------------------------------------------------------

    def _on_text(self) -> None:
        if self._live:
            self.edited.emit(self.value())
        else:
            self._dirty = True

    def _on_finished(self) -> None:
        if not self._live:
            self.commit()
        elif self.error.has_error():
            # A refused value is not kept: leaving the field shows the model's value again.
            self.error.clear_error()
            if self._value is not MIXED:
                self._set_text(self._format(self._value))

    def commit(self) -> None:
        """Report a pending (non-live) value now: on Return, focus out, or a selection change."""
        if self._dirty:
            self._dirty = False
            self.edited.emit(self.value())

    def discard(self) -> None:
        """Forget a pending value (the document it was meant for is gone)."""
        self._dirty = False
