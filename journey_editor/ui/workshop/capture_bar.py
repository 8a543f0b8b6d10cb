"""The capture bar: one line at the bottom where the room's remarks become cards.

    [Into: Achat · Julien]  [!Frais de port trop chers @bout #livraison        ]  ✓ Added …  ✕

Enter adds the card at once, in the stage and persona in focus, in the lane its first
character names (edits/capture_text.py reads the line), as one undo step; the line empties
and keeps the focus for the next remark. Ctrl+Z in the bar takes the last capture back (the
map's undo, not the line's), Esc leaves the bar. What went wrong — no such lane for that
persona, an unknown channel — is said in the bar, and the line keeps its text to fix it.

Where cards go is the host's business: it hands in a `CaptureFocus` (a callable returning a
`CaptureTarget`, or None) and says how it chooses in `set_focus_hint`. The normal window
follows the selection; presentation mode its stage and persona in focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_editor.edits import EditError
from journey_editor.edits.capture_text import (
    CapturePlan,
    CaptureRefusal,
    CaptureTarget,
    plan_capture,
)
from journey_editor.model.short_text import shorten
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.labels import lane_kind_label

# Where captured cards go, asked at each Enter: (stage, persona), or None when there is none.
CaptureFocus = Callable[[], CaptureTarget | None]

_OK_STYLE = "color: #0E4B0E; background: #DFF6DD; border-radius: 3px; padding: 2px 6px;"
_ERROR_STYLE = "color: #7A1212; background: #FDE7E9; border-radius: 3px; padding: 2px 6px;"
_TARGET_NAME_LIMIT = 28  # characters of a stage or persona name in the target label
_REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


class CaptureLine(QLineEdit):
    """The bar's field: Enter, Esc, and the map's undo / redo instead of the line's own."""

    submitted = Signal()
    left = Signal()
    undo_requested = Signal()
    redo_requested = Signal()

    def event(self, event: QEvent) -> bool:
        # Keep these keys from the window's shortcuts (its Undo would also do, but the bar
        # must work in a window without one): they come back as key presses below.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (self._undo(event) or self._redo(event) or event.key() == Qt.Key.Key_Escape)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._undo(event):
            self.undo_requested.emit()
        elif self._redo(event):
            self.redo_requested.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.left.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    @staticmethod
    def _undo(event: QKeyEvent) -> bool:
        return event.matches(QKeySequence.StandardKey.Undo)

    @staticmethod
    def _redo(event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return event.matches(QKeySequence.StandardKey.Redo) or pressed in _REDO_KEYS


class ElidedLabel(QLabel):
    """A one-line label as wide as its text when there is room, else cut with "…"; the
    tooltip has it all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins().left() + self.contentsMargins().right() + 14
        # A little slack: elidedText cuts a text exactly as wide as the room it is given.
        width = self.fontMetrics().horizontalAdvance(self._full) + margins + 4
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        margins = self.contentsMargins().left() + self.contentsMargins().right() + 14
        width = max(0, self.width() - margins)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class CaptureBar(QFrame):
    captured = Signal(str)  # the new card's id
    left = Signal()  # Esc or ✕: the host gives the focus back to the map

    def __init__(
        self, document: MapDocument, focus: CaptureFocus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.focus = focus
        self.setObjectName("capture-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Capture bar"))

        self.target_label = QLabel(self)
        self.target_label.setObjectName("capture-target")
        self.target_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.target_label.font()
        bold.setBold(True)
        self.target_label.setFont(bold)

        self.line = CaptureLine(self)
        self.line.setObjectName("capture-line")
        self.line.setClearButtonEnabled(True)
        self.line.setPlaceholderText(self.prefix_hint())
        self.line.setAccessibleName(self.tr("Remark to capture"))
        self.target_label.setBuddy(self.line)
        font = self.line.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)  # read from a step back, by the room too
        self.line.setFont(font)

        self.message = ElidedLabel(self)
        self.message.setObjectName("capture-message")
        self.message.hide()

        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close the capture bar"))
        self.close_button.setAccessibleName(self.tr("Close the capture bar"))
        self.close_button.clicked.connect(self.close_bar)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.target_label)
        layout.addWidget(self.line, 1)
        # As wide as its (short) text; the line keeps at least 3/5 of the bar.
        layout.addWidget(self.message, 0)
        layout.addWidget(self.close_button)

        self.line.submitted.connect(self.submit)
        self.line.left.connect(self.left.emit)
        self.line.undo_requested.connect(self.undo_last)
        self.line.redo_requested.connect(self.redo)
        self.line.textEdited.connect(lambda _text: self.message.hide())
        self.set_focus_hint("")
        self.hide()

    # --- what the host calls -------------------------------------------------------------------

    def open(self) -> None:
        """Show the bar and put the typing cursor in it."""
        self.show()
        self.refresh_target()
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_bar(self) -> None:
        self.hide()
        self.left.emit()

    def set_focus_hint(self, hint: str) -> None:
        """How the host chooses where cards go, in words: the target's tooltip says it."""
        keys = self.tr("Enter adds the card · Ctrl+Z takes the last one back · Esc leaves")
        parts = [self.prefix_hint(), hint, keys]
        text = "\n".join(part for part in parts if part)
        self.target_label.setToolTip(text)
        self.line.setToolTip(text)
        self.line.setAccessibleDescription(text)

    def refresh_target(self) -> None:
        """Say where the next card goes (the host calls this when its focus moves)."""
        if not self.isVisible():
            return
        target = self.focus()
        names = self._target_names(target)
        if names is None:
            self.target_label.setText(self.tr("Into: —"))
            return
        stage, persona = (shorten(name, _TARGET_NAME_LIMIT) for name in names)
        self.target_label.setText(
            self.tr("Into: {stage} · {persona}").format(stage=stage, persona=persona)
        )

    # --- Enter, Ctrl+Z ---------------------------------------------------------------------------

    def submit(self) -> None:
        project = self.document.project
        try:
            plan = plan_capture(project, self.focus(), self.line.text())
        except EditError as error:
            self._say(self.tr("Not added: {error}").format(error=error.message), ok=False)
            return
        if plan is None:
            return  # a blank line: nothing to add, nothing to say
        if isinstance(plan, CaptureRefusal):
            self._say(self._refusal_text(plan), ok=False)
            return
        try:
            self.document.apply(plan.edit)
        except EditError as error:
            self._say(self.tr("Not added: {error}").format(error=error.message), ok=False)
            return
        self.line.clear()
        self._say(self._added_text(plan), ok=True)
        self.captured.emit(plan.card.id)
        self.refresh_target()

    def undo_last(self) -> None:
        """Ctrl+Z in the bar: the map's last step back (the last capture, when it was one)."""
        stack = self.document.undo_stack
        if not stack.canUndo():
            self._say(self.tr("Nothing to take back"), ok=False)
            return
        step = stack.undoText()
        stack.undo()
        self._say(self.tr("Taken back: {step}").format(step=step), ok=True)
        self.refresh_target()

    def redo(self) -> None:
        stack = self.document.undo_stack
        if stack.canRedo():
            step = stack.redoText()
            stack.redo()
            self._say(self.tr("Done again: {step}").format(step=step), ok=True)
            self.refresh_target()

    # --- words -----------------------------------------------------------------------------------

    def prefix_hint(self) -> str:
        return self.tr(
            "Remark:  ! pain point  + opportunity  ? thought  > action  ~ emotion  "
            "(none: touchpoint)  @channel  #tag"
        )

    def _target_names(self, target: CaptureTarget | None) -> tuple[str, str] | None:
        if target is None:
            return None
        project = self.document.project
        stages = {stage.id: stage.name for stage in project.stages}
        personas = {persona.id: persona.name for persona in project.personas}
        if target.stage_id not in stages or target.persona_id not in personas:
            return None
        return stages[target.stage_id], personas[target.persona_id]

    def _refusal_text(self, refusal: CaptureRefusal) -> str:
        reason = refusal.reason
        if reason == "no_title":
            return self.tr("Type the remark itself: the card needs a title")
        if reason == "no_target":
            project = self.document.project
            if not project.stages or not project.personas:
                return self.tr("No stage and persona to add to: add a stage and a persona first")
            # The host's focus names none (a presentation showing all personas at once).
            return self.tr("Pick one stage and one persona to add to")
        if reason == "no_lane":
            names = self._target_names(self.focus())
            persona = names[1] if names is not None else ""
            return self.tr("{persona} has no {lane} lane: add one (Map ▸ Add lane)").format(
                persona=persona, lane=lane_kind_label(refusal.kind)
            )
        if reason == "unknown_channel":
            return self.tr("No channel starts with “{word}”").format(word=refusal.word)
        return self.tr("One channel per card: {words}").format(
            words=" ".join(f"@{word}" for word in refusal.word.split())
        )

    def _added_text(self, plan: CapturePlan) -> str:
        # Short: the card itself shows on the map, selected; the bar says where it went.
        text = self.tr("Added to {lane}").format(lane=plan.lane.name)
        if plan.also_matching:
            others = ", ".join(channel.label for channel in plan.also_matching)
            text += " " + self.tr("(channel {channel}; also matching: {others})").format(
                channel=plan.channel.label if plan.channel else "", others=others
            )
        return text

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.message.setMaximumWidth(max(120, self.width() * 2 // 5))

    def _say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(_OK_STYLE if ok else _ERROR_STYLE)
        self.message.set_full_text(("✓ " if ok else "") + text)
        self.message.show()


def with_bar_below(widget: QWidget, bar: QWidget, parent: QWidget) -> QWidget:
    """A container showing `widget` with `bar` (when shown) below it."""
    container = QWidget(parent)
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(widget, 1)
    layout.addWidget(bar)
    return container
