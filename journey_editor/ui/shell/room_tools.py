"""The workshop tools in presentation mode: a capture bar under the room's map that adds the
room's remarks to the stage in focus, on the persona in focus (the first persona while all are
shown), and the timer in the presentation's top-right corner and in the presenter view.

C opens the capture bar there, T the timer dialog; Esc in the bar gives the keys back to the
presentation (arrows step through the stages again), and a second Esc leaves presenting.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeyEvent

from journey_editor.edits.capture_text import CaptureTarget
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.present import PresentationController
from journey_editor.ui.shell.workshop_tools import WorkshopTools
from journey_editor.ui.workshop.capture_bar import CaptureBar
from journey_editor.ui.workshop.timer_dialog import TimerDialog
from journey_editor.ui.workshop.timer_display import TimerDisplay

ROOM_TEXT = 1.6  # the room bar's text, against the editor's bar


class RoomTools(QObject):
    def __init__(
        self, document: MapDocument, presentation: PresentationController, tools: WorkshopTools
    ) -> None:
        super().__init__(presentation)
        self.document = document
        self.presentation = presentation
        self.tools = tools
        self.capture_bar = CaptureBar(document, self.target)
        self.capture_bar.set_focus_hint(
            QCoreApplication.translate(
                "RoomTools",
                "Cards go to the stage in focus, on the persona in focus (↑ ↓), the first "
                "persona while all are shown",
            )
        )
        self.capture_bar.left.connect(self._back_to_room)
        # The room reads the remark as it is typed: bigger than in the editor's bar.
        for widget in (self.capture_bar.line, self.capture_bar.target_label):
            font = widget.font()
            font.setPointSizeF(font.pointSizeF() * ROOM_TEXT)
            widget.setFont(font)
        presentation.add_overlay_widget(self.capture_bar, "bottom")
        self.capture_bar.hide()
        self.corner_timer = TimerDisplay(tools.timer, large=True)
        self.corner_timer.clicked.connect(self.open_timer_dialog)
        self._timer_dialog: TimerDialog | None = None
        presentation.add_overlay_widget(self.corner_timer, "corner")
        self.presenter_timer = TimerDisplay(tools.timer, large=True)
        presentation.add_overlay_widget(self.presenter_timer, "presenter")
        for display in (self.corner_timer, self.presenter_timer):
            display.refresh()  # hidden while no timer runs
        presentation.focus_changed.connect(lambda *_: self.capture_bar.refresh_target())
        presentation.key_hooks.append(self.handle_key)

    def target(self) -> CaptureTarget | None:
        project = self.document.project
        stage_id = self.presentation.stage_id
        persona_id = self.presentation.persona_id
        if persona_id is None and project.personas:
            persona_id = project.personas[0].id
        if stage_id is None or persona_id is None:
            return None
        return CaptureTarget(stage_id, persona_id)

    def handle_key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_C:
            self.capture_bar.open()
            return True
        if event.key() == Qt.Key.Key_T:
            self.open_timer_dialog()
            return True
        return False

    def open_timer_dialog(self) -> None:
        """The timer's dialog over the presentation (the editor's window is behind it)."""
        if self._timer_dialog is None:
            self._timer_dialog = TimerDialog(self.tools.timer, self.presentation.window)
        self._timer_dialog.show()
        self._timer_dialog.raise_()
        self._timer_dialog.activateWindow()

    def _back_to_room(self) -> None:
        view = self.presentation.view
        if view is not None:
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)
