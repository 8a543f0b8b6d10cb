"""Windows on real files in a temporary folder, with every modal question scripted.

No test here may block on a modal: each dialogs function is replaced by a recorder that pops a
scripted answer, and an unexpected question fails the test instead of waiting for a click.
"""

import sys
from pathlib import Path

import pytest

from journey_editor.settings import Settings
from journey_editor.templates import starter_project
from journey_editor.ui import dialogs
from journey_editor.ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    # Never read or write the developer's own settings and recovery copies.
    monkeypatch.setenv("JOURNEY_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("JOURNEY_EDITOR_DATA_DIR", str(tmp_path / "data"))


class Dialogs:
    """Scripted answers per question, and a log of every question and error shown."""

    def __init__(self) -> None:
        self.answers: dict[str, list] = {}
        self.asked: list[tuple[str, tuple]] = []
        self.errors: list[tuple[str, str, str]] = []

    def script(self, question: str, *answers) -> None:
        self.answers.setdefault(question, []).extend(answers)

    def names(self) -> list[str]:
        return [name for name, _ in self.asked]

    def _answer(self, question: str, args: tuple):
        self.asked.append((question, args))
        pending = self.answers.get(question)
        if not pending:
            raise AssertionError(f"unexpected modal question {question}{args!r}")
        return pending.pop(0)


@pytest.fixture
def modal(monkeypatch) -> Dialogs:
    log = Dialogs()
    for question in (
        "ask_save_changes",
        "ask_locked",
        "ask_after_save_failure",
        "ask_overwrite_newer",
        "ask_overwrite_read_only",
        "confirm_revert",
        "ask_save_before_to_be",
    ):
        monkeypatch.setattr(dialogs, question, lambda *args, q=question: log._answer(q, args[1:]))
    monkeypatch.setattr(
        dialogs,
        "show_error",
        lambda parent, title, message, advice="": log.errors.append((title, message, advice)),
    )
    return log


@pytest.fixture
def unhandled(monkeypatch) -> list:
    """Exceptions that reached sys.excepthook (a traceback the user would have seen)."""
    seen: list = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: seen.append(info))
    return seen


@pytest.fixture
def new_window(qtbot, qapp, modal):
    """Make main windows (a blank map, or a file opened the way File → Open does)."""
    made: list[MainWindow] = []

    def make(path: Path | None = None) -> MainWindow:
        window = MainWindow(starter_project(""), None, settings=Settings())
        window.resize(1200, 760)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        if path is not None:
            assert window.files.open_path(path)
        return window

    yield make
    for window in made:
        window.document.undo_stack.setClean()  # close without the Save / Discard question
        window.close()
        window.deleteLater()


@pytest.fixture
def window(new_window, map_path) -> MainWindow:
    return new_window(map_path)


@pytest.fixture
def save_as_target(monkeypatch, tmp_path):
    """Answers the Save As file dialog with a path; returns the list of offered names."""
    offered: list[str] = []
    chosen: list[Path] = []

    def choose(path: Path) -> None:
        chosen.append(path)

    def dialog(parent, caption, suggested, filters):
        offered.append(suggested)
        return (str(chosen.pop(0)) if chosen else "", filters)

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", dialog)
    return choose
