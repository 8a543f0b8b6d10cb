"""Editors for choices: a drop-down, a row of scale buttons, a flag, a colour.

Like the text fields, they show a model value with `set_value` (MIXED for disagreeing cards)
and report only the user's choices, through their `chosen` signal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_editor.ui.inspector.fields import MIXED, TextField
from journey_editor.ui.inspector.glyphs import swatch_icon
from journey_editor.ui.labels import several_values

# Combo item data cannot hold None portably; "" is never a valid id, kind or evidence level.
_NONE_KEY = ""
_MIXED_KEY = "\0mixed"


class ChoiceCombo(QComboBox):
    """A drop-down of (label, value, icon) choices; `chosen` fires only on a user's pick."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mixed = False
        self.setIconSize(QSize(22, 22))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.activated.connect(self._on_activated)

    def set_choices(self, choices: Sequence[tuple[str, str | None, QIcon | None]]) -> None:
        self.blockSignals(True)
        self.clear()
        self._mixed = False
        for label, value, icon in choices:
            key = _NONE_KEY if value is None else value
            if icon is None:
                self.addItem(label, key)
            else:
                self.addItem(icon, label, key)
        self.blockSignals(False)

    def set_value(self, value: Any) -> None:
        self.blockSignals(True)
        if value is MIXED:
            if not self._mixed:
                self.insertItem(0, several_values(), _MIXED_KEY)
                self._mixed = True
            self.setCurrentIndex(0)
        else:
            if self._mixed:
                self.removeItem(0)
                self._mixed = False
            self.setCurrentIndex(self.findData(_NONE_KEY if value is None else value))
        self.blockSignals(False)

    def current_value(self) -> Any:
        key = self.currentData()
        if key == _MIXED_KEY:
            return MIXED
        return None if key == _NONE_KEY else key

    def _on_activated(self, index: int) -> None:
        key = self.itemData(index)
        if key != _MIXED_KEY:
            self.chosen.emit(None if key == _NONE_KEY else key)


_SCALE_STYLE = """
QToolButton {
    border: 1px solid palette(mid); border-radius: 5px; padding: 3px;
    background: palette(button);
}
QToolButton:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border: 2px solid palette(dark);
}
QToolButton:focus { border: 2px solid palette(highlight); }
"""


class ScaleButtons(QWidget):
    """A row of big toggle buttons for a small scale (effort 1–5, emotion −2…+2) plus "none".

    Quicker than a drop-down in a workshop (one tap) and the chosen value shows at a glance;
    the caption under the row spells out what the value means.
    """

    chosen = Signal(object)

    def __init__(
        self,
        values: Sequence[int | None],
        text: Callable[[int | None], str],
        describe: Callable[[int | None], str],
        icon: Callable[[int], QIcon] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._value: Any = None
        self._describe = describe
        self.buttons: dict[int | None, QToolButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for value in values:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setText(text(value))
            button.setToolTip(describe(value))
            button.setAccessibleName(describe(value))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setStyleSheet(_SCALE_STYLE)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            if icon is not None and value is not None:
                button.setIcon(icon(value))
                button.setIconSize(QSize(28, 28))
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
                button.setMinimumHeight(60)
            else:
                button.setMinimumHeight(40)
            button.setMinimumWidth(36)
            button.clicked.connect(lambda _=False, v=value: self._on_clicked(v))
            self.buttons[value] = button
            row.addWidget(button)
        self.caption = QLabel(self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.caption)
        self._pass_font()

    def button(self, value: int | None) -> QToolButton:
        return self.buttons[value]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._pass_font()

    def _pass_font(self) -> None:
        # Styled buttons do not inherit fonts: hand them ours, bold and a little larger.
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() + 1)
        for button in self.buttons.values():
            button.setFont(font)

    def set_value(self, value: Any) -> None:
        self._value = value
        self._sync()

    def _sync(self) -> None:
        for value, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(self._value is not MIXED and value == self._value)
            button.blockSignals(False)
        self.caption.setText(
            several_values() if self._value is MIXED else self._describe(self._value)
        )

    def _on_clicked(self, value: int | None) -> None:
        self.chosen.emit(value)
        # The page's refresh has set the new value if the edit went through; either way the
        # buttons must show the model's state, not the toggle the click left behind.
        self._sync()


_BOX, _GAP = 22, 10


class FlagBox(QCheckBox):
    """A yes/no flag; partly checked when the selected cards disagree."""

    chosen = Signal(bool)

    def __init__(self, text: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setToolTip(hint or text)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.clicked.connect(lambda: self.chosen.emit(self.checkState() == Qt.CheckState.Checked))

    # --- a larger box -------------------------------------------------------------------------
    # The style's 13 px box is hard to hit on a touch screen and to see on a projector. It is
    # painted larger here: a style sheet or a proxy style would cut the dock's larger font.

    def _box_rect(self) -> QRect:
        return QRect(0, (self.height() - _BOX) // 2, _BOX, _BOX)

    def _text_rect(self) -> QRect:
        return self.rect().adjusted(_BOX + _GAP, 0, 0, 0)

    def sizeHint(self) -> QSize:
        text = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, self.text())
        return QSize(_BOX + _GAP + text.width() + 4, max(_BOX, text.height()) + 8)

    def minimumSizeHint(self) -> QSize:
        # May be narrower than its text (elided, full text in the tooltip): a long translated
        # label must not push the whole inspector wider than its dock.
        return QSize(_BOX + _GAP + 60, self.sizeHint().height())

    def hitButton(self, pos) -> bool:
        width = _BOX + _GAP + self.fontMetrics().horizontalAdvance(self.text()) + 4
        return QRect(0, 0, width, self.height()).contains(pos)

    def paintEvent(self, _event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        box = QStyleOptionButton(option)
        box.rect = self._box_rect()
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box)
        text_rect = self._text_rect()
        text = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawItemText(
            text_rect,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            self.palette(),
            self.isEnabled(),
            text,
        )
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.rect = self._box_rect().adjusted(-2, -2, 2, 2)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)

    def set_value(self, value: Any) -> None:
        self.blockSignals(True)
        self.setTristate(value is MIXED)
        if value is MIXED:
            self.setCheckState(Qt.CheckState.PartiallyChecked)
        else:
            self.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        self.blockSignals(False)


class ColourField(QWidget):
    """A colour: a swatch button opening the colour dialog, and the hex code to type."""

    chosen = Signal(str)
    # The dialog call, replaceable in tests (a modal dialog cannot be driven offscreen).
    pick: Callable[..., QColor] = staticmethod(QColorDialog.getColor)

    def __init__(self, dialog_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = "#000000"
        self._dialog_title = dialog_title
        self.button = QPushButton(self.tr("Choose…"), self)
        self.button.setIconSize(QSize(24, 24))
        self.button.setMinimumHeight(36)
        self.button.clicked.connect(self._open_dialog)
        self.hex = TextField(live=False, placeholder="#RRGGBB", parse=_hex_text, parent=self)
        self.hex.editor.setMaxLength(9)
        # Read aloud with the row's label ("Colour"), these say which half of the row it is.
        self.button.setAccessibleName(self.tr("Choose a colour"))
        self.hex.editor.setAccessibleName(self.tr("Colour code"))
        self.hex.editor.setAccessibleDescription(self.tr("Six hexadecimal digits, e.g. #0072B2"))
        self.hex.edited.connect(self.chosen.emit)
        self.error = self.hex.error
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.hex, 1)
        row.setAlignment(self.button, Qt.AlignmentFlag.AlignTop)

    def set_value(self, colour: str) -> None:
        self._value = colour
        self.button.setIcon(swatch_icon(colour, 24))
        self.hex.set_value(colour)

    def _open_dialog(self) -> None:
        colour = type(self).pick(QColor(self._value), self, self._dialog_title)
        if colour.isValid():
            self.chosen.emit(colour.name().upper())


def _hex_text(text: str) -> str:
    # "0072b2" typed without the hash is what people mean by a hex colour.
    text = text.strip()
    return text if text.startswith("#") or not text else f"#{text}"
