"""Fixtures for autosave and crash-recovery tests: a private data folder, a map file, windows."""

from __future__ import annotations

import pytest

from journey_editor.persistence.recovery import RecoveryStore
from journey_editor.settings import Settings, recovery_folder
from journey_editor.ui import dialogs
from journey_editor.ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    # Recovery copies, logs and preferences of these tests live in tmp_path only.
    monkeypatch.setenv("JOURNEY_EDITOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("JOURNEY_EDITOR_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A test that reaches a modal question fails instead of blocking."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {args[1:]!r}")

    monkeypatch.setattr(dialogs, "ask_save_changes", refuse)
    monkeypatch.setattr(dialogs, "show_error", refuse)


@pytest.fixture
def store() -> RecoveryStore:
    return RecoveryStore(recovery_folder())


@pytest.fixture
def make_window(qapp, qtbot):
    """make_window(project, path, autosave_seconds=60): a shown main window, closed afterwards."""
    made: list[MainWindow] = []

    def make(project, path=None, autosave_seconds: int = 60) -> MainWindow:
        window = MainWindow(project, path, settings=Settings(autosave_seconds=autosave_seconds))
        window.resize(1200, 760)
        made.append(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # window shortcuts (Del, 1–5) go to the active window only
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window

    yield make
    for window in made:
        window.autosave.stop(keep_copy=True)  # leave the files alone: tests inspect them
        window.ending_session = True  # close without the Save / Discard / Cancel question
        window.close()
        window.deleteLater()
