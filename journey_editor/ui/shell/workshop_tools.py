"""The capture bar and the timer in the normal window: made, wired to the selection and the
view, and reached by the action table's rows (View ▸ Capture remarks, View ▸ Timer…).

The widgets themselves (ui/workshop/) know nothing of this window; presentation mode can make
its own CaptureBar with its own focus, and show a `TimerDisplay(tools.timer, large=True)` of the
same timer in a corner.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QStatusBar, QWidget
from shiboken6 import isValid

from journey_editor.ui.canvas.view import MapView
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.editing.selection import Selection
from journey_editor.ui.shell.capture_focus import focus_hint, window_capture_target
from journey_editor.ui.workshop.capture_bar import CaptureBar, with_bar_below
from journey_editor.ui.workshop.timer import WorkshopTimer
from journey_editor.ui.workshop.timer_dialog import TimerDialog
from journey_editor.ui.workshop.timer_display import TimerDisplay


class WorkshopTools(QObject):
    def __init__(
        self,
        document: MapDocument,
        selection: Selection,
        view: MapView,
        window: QWidget,
        status_bar: QStatusBar,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._selection = selection
        self._status_bar = status_bar
        self.capture_bar = CaptureBar(
            document, lambda: window_capture_target(view, selection), window
        )
        self.capture_bar.set_focus_hint(focus_hint())
        self.capture_bar.captured.connect(self._show_captured)
        self.capture_bar.left.connect(self._back_to_map)
        # The target label follows whatever moves the focus: selection, edits, scrolling.
        # Connected to a method of this QObject, so the connections end with the window.
        selection.changed.connect(self._refresh_target)
        document.changed.connect(self._refresh_target)
        document.replaced.connect(self._refresh_target)
        view.horizontalScrollBar().valueChanged.connect(self._refresh_target)
        view.verticalScrollBar().valueChanged.connect(self._refresh_target)
        view.zoom_changed.connect(self._refresh_target)

        self.timer = WorkshopTimer(self)
        self.timer_display = TimerDisplay(self.timer, window)
        self.timer_display.clicked.connect(self.open_timer_dialog)
        status_bar.addPermanentWidget(self.timer_display)
        self._timer_dialog: TimerDialog | None = None

    def with_capture_bar(self, central: QWidget) -> QWidget:
        """The window's central widget with the capture bar below it."""
        return with_bar_below(central, self.capture_bar, self._window)

    # --- what the action table runs --------------------------------------------------------------

    def open_capture(self) -> None:
        self.capture_bar.open()

    def open_timer_dialog(self) -> None:
        if self._timer_dialog is None:
            self._timer_dialog = TimerDialog(self.timer, self._window)
        self._timer_dialog.show()
        self._timer_dialog.raise_()
        self._timer_dialog.activateWindow()

    def pause_or_resume_timer(self) -> None:
        if not self.timer.toggle_pause():
            self._status_bar.showMessage(self._no_timer(), 5000)

    def reset_timer(self) -> None:
        if self.timer.state() == "idle":
            self._status_bar.showMessage(self._no_timer(), 5000)
        self.timer.reset()

    # --- the normal window's part --------------------------------------------------------------

    def _refresh_target(self, *_args: object) -> None:
        if isValid(self.capture_bar):  # scroll bars move while the window is torn down
            self.capture_bar.refresh_target()

    def _show_captured(self, card_id: str) -> None:
        # The new card is selected and scrolled into view; the typing stays in the bar.
        self._selection.set("card", (card_id,))
        self._view.reveal(card_id)

    def _back_to_map(self) -> None:
        self._view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @staticmethod
    def _no_timer() -> str:
        return QCoreApplication.translate("WorkshopTools", "No timer is running: T starts one")
