"""The crash guard: an unhandled exception, SIGTERM and logout never cost unsaved work."""

from __future__ import annotations

import os
import signal
import sys

import pytest
from PySide6.QtCore import SIGNAL

from journey_editor.edits import RemovePersona
from journey_editor.persistence import load_project
from journey_editor.settings import data_folder
from journey_editor.ui.files import autosave
from journey_editor.ui.shell import crash_guard
from journey_editor.ui.shell.crash_guard import CrashGuard


@pytest.fixture
def guard(qapp, make_window):
    windows = []
    exits = []
    installed = CrashGuard(qapp, windows=lambda: list(windows), exit_app=lambda: exits.append(0))
    installed.install()
    installed.test_windows = windows
    installed.test_exits = exits
    yield installed
    installed.uninstall()


@pytest.fixture
def notices(monkeypatch):
    shown = []
    monkeypatch.setattr(
        crash_guard,
        "show_crash_notice",
        lambda parent, copies, log_path: shown.append((parent, copies, log_path)),
    )
    return shown


def raise_and_hook(guard) -> None:
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())


def test_install_replaces_the_excepthook_and_uninstall_restores_it(qapp):
    before = sys.excepthook
    guard = CrashGuard(qapp).install()
    assert sys.excepthook == guard.handle_exception
    guard.uninstall()
    assert sys.excepthook is before


def test_an_unhandled_exception_writes_an_emergency_copy_then_a_calm_notice(
    qtbot, guard, notices, make_window, map_path, store
):
    window = make_window(load_project(map_path), map_path, autosave_seconds=3600)
    guard.test_windows.append(window)
    window.document.apply(RemovePersona("p-marc"))
    window.autosave.set_interval_seconds(0)  # only the guard writes from here on

    raise_and_hook(guard)

    [(parent, copies, log_path)] = notices
    assert parent is window
    assert copies == [window.autosave.copy_path]
    [entry] = store.entries()
    assert entry.reason == "emergency"
    assert [p.id for p in entry.load_project().personas] == ["p-lea"]
    assert log_path.parent == data_folder() / "logs"
    log_text = log_path.read_text(encoding="utf-8")
    assert "RuntimeError: a bug in a slot" in log_text and "Traceback" in log_text
    # Work goes on: the window is open, still modified, still editable.
    assert window.isVisible() and window.document.is_modified()
    window.document.undo_stack.undo()
    assert len(window.document.project.personas) == 2


def test_an_exception_with_nothing_unsaved_writes_only_the_log(
    qtbot, guard, notices, make_window, map_path, store
):
    window = make_window(load_project(map_path), map_path)
    guard.test_windows.append(window)
    raise_and_hook(guard)
    [(_, copies, log_path)] = notices
    assert copies == [] and log_path.exists()
    assert store.entries() == []


def test_a_map_broken_by_the_error_keeps_its_last_good_copy(
    qtbot, guard, notices, make_window, map_path, store, monkeypatch
):
    window = make_window(load_project(map_path), map_path, autosave_seconds=3600)
    guard.test_windows.append(window)
    window.document.apply(RemovePersona("p-marc"))
    qtbot.waitUntil(window.autosave.copy_path.exists, timeout=2000)
    window.autosave.flush()

    def inconsistent(project):
        raise ValueError("dangling reference")

    monkeypatch.setattr(autosave, "copy_bytes", inconsistent)
    raise_and_hook(guard)

    [(_, copies, _)] = notices
    assert copies == [window.autosave.copy_path]
    [entry] = store.entries()
    assert entry.reason == "autosave"  # the last good copy, untouched
    assert [p.id for p in entry.load_project().personas] == ["p-lea"]


def test_the_crash_notice_has_no_traceback_and_names_the_files(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    seen = {}

    def fake_exec(box):
        seen["text"] = box.text() + "\n" + box.informativeText()
        box.show()
        qtbot.waitExposed(box)
        box.grab().save(str(tmp_path / "crash-notice.png"))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    copy = tmp_path / "data" / "recovery" / "atelier-1.journey.json"
    log = tmp_path / "data" / "logs" / "crash-1.log"
    crash_guard.show_crash_notice(None, [copy], log)
    assert str(copy) in seen["text"] and str(log) in seen["text"]
    assert "Traceback" not in seen["text"]
    assert "go on" in seen["text"]


def test_sigterm_keeps_changes_in_recovery_and_quits_without_asking(
    qtbot, guard, make_window, map_path, store
):
    window = make_window(load_project(map_path), map_path, autosave_seconds=3600)
    guard.test_windows.append(window)
    window.document.apply(RemovePersona("p-marc"))
    window.autosave.set_interval_seconds(0)

    os.kill(os.getpid(), signal.SIGTERM)  # handled from Qt's loop via the wake-up socket
    qtbot.waitUntil(lambda: guard.session_ended, timeout=3000)
    qtbot.waitUntil(lambda: guard.test_exits == [0], timeout=3000)

    assert not window.isVisible()  # closed, and no Save/Discard question (it would fail)
    [entry] = store.entries()
    assert entry.reason == "session-end"
    assert [p.id for p in entry.load_project().personas] == ["p-lea"]
    assert [p.id for p in load_project(map_path).personas] == ["p-lea", "p-marc"]


def test_logout_behaves_like_sigterm(qtbot, guard, make_window, map_path, store):
    window = make_window(load_project(map_path), map_path, autosave_seconds=3600)
    guard.test_windows.append(window)
    window.document.apply(RemovePersona("p-marc"))

    # The session manager's commitDataRequest carries a QSessionManager that only a real
    # session can make; check the connection, then call the slot as the signal would.
    assert guard.app.receivers(SIGNAL("commitDataRequest(QSessionManager&)")) >= 1
    guard._on_commit_data(None)
    qtbot.waitUntil(lambda: guard.test_exits == [0], timeout=3000)

    assert not window.isVisible()
    assert [entry.reason for entry in store.entries()] == ["session-end"]


def test_uninstall_gives_sigterm_back(qapp):
    before = signal.getsignal(signal.SIGTERM)
    guard = CrashGuard(qapp).install()
    assert signal.getsignal(signal.SIGTERM) is not before
    guard.uninstall()
    assert signal.getsignal(signal.SIGTERM) == before


def test_a_lone_surrogate_in_the_map_does_not_cost_the_emergency_copy(
    qtbot, guard, notices, make_window, map_path, store
):
    # A title that cannot be written as UTF-8, forced into the document past every check
    # (the map cannot be saved any more): the emergency copy is still written, and reopens
    # with the broken character replaced.
    window = make_window(load_project(map_path), map_path, autosave_seconds=3600)
    guard.test_windows.append(window)
    window.document.apply(RemovePersona("p-marc"))
    window.autosave.set_interval_seconds(0)
    card = window.document.project.cards[0]
    object.__setattr__(card, "title", "Broken \ud800 title")
    object.__setattr__(window.document.project, "title", "Carte \udfff")

    raise_and_hook(guard)

    [(_, copies, _)] = notices
    assert copies == [window.autosave.copy_path]
    [entry] = store.entries()
    assert entry.reason == "emergency"
    recovered = entry.load_project()
    assert recovered.card(card.id).title == "Broken \ufffd title"
    assert recovered.title == "Carte \ufffd"
    assert entry.title == "Carte \ufffd"
    assert [p.id for p in recovered.personas] == ["p-lea"]
