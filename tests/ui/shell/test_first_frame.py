"""`after_first_frame`: work put off until a widget has painted once — after that paint, once,
and never lost when the widget does not paint at all."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from journey_editor.ui.shell.first_frame import after_first_frame


class Painted(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0
        self.resize(200, 120)

    def paintEvent(self, event) -> None:
        self.paints += 1


def test_the_work_runs_once_just_after_the_first_paint(qtbot):
    widget = Painted()
    qtbot.addWidget(widget)
    seen: list[int] = []
    after_first_frame(widget, lambda: seen.append(widget.paints), latest_ms=60_000)
    qtbot.wait(50)
    assert seen == []  # not shown, not painted: not yet
    widget.show()
    qtbot.waitUntil(lambda: seen != [], timeout=5000)
    assert seen == [1]  # after the paint, not in place of it
    widget.update()
    qtbot.waitUntil(lambda: widget.paints >= 2, timeout=5000)
    qtbot.wait(20)
    assert seen == [1]  # once


def test_a_widget_that_never_paints_still_gets_the_work_done(qtbot):
    widget = Painted()
    qtbot.addWidget(widget)
    seen: list[str] = []
    after_first_frame(widget, lambda: seen.append("done"), latest_ms=100)
    qtbot.waitUntil(lambda: seen == ["done"], timeout=5000)
    widget.show()
    qtbot.waitUntil(lambda: widget.paints >= 1, timeout=5000)
    qtbot.wait(20)
    assert seen == ["done"]


def test_the_watcher_goes_with_its_widget(qtbot):
    widget = Painted()
    seen: list[str] = []
    watcher = after_first_frame(widget, lambda: seen.append("done"), latest_ms=50)
    assert watcher.parent() is widget
    widget.deleteLater()
    qtbot.wait(150)
    assert seen == []  # the widget went first: nothing left to do it for
