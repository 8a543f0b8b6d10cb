"""End to end: a real editor process is changed, killed, and the next start gets the change back.

The editor runs as `python -m journey_editor MAP` with the offscreen platform, private data and
config folders, and the test hook (journey_editor/ui/shell/test_hook.py) renaming a card,
writing the recovery copy and then a marker file the test waits for.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journey_editor.persistence import load_project, project_to_bytes
from journey_editor.persistence.recovery import RecoveryStore
from journey_editor.settings import recovery_folder
from journey_editor.ui.files import recovery_dialog
from journey_editor.ui.files.recovery_dialog import RecoveryDialog
from journey_editor.ui.shell.recovery_startup import start_windows

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

NEW_TITLE = "Renamed in the killed session"


def start_editor(map_path: Path, tmp_path: Path, operations: list[dict]) -> subprocess.Popen:
    script = tmp_path / "hook.json"
    script.write_text(json.dumps({"operations": operations}), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "JOURNEY_EDITOR_DATA_DIR": os.environ["JOURNEY_EDITOR_DATA_DIR"],
        "JOURNEY_EDITOR_CONFIG_DIR": os.environ["JOURNEY_EDITOR_CONFIG_DIR"],
        "JOURNEY_EDITOR_TEST_HOOK": str(script),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "journey_editor", str(map_path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def wait_for_marker(marker: Path, process: subprocess.Popen, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if marker.exists() and marker.read_text(encoding="utf-8").endswith("\n"):
            return marker.read_text(encoding="utf-8")
        if process.poll() is not None:
            _, err = process.communicate()
            pytest.fail(f"the editor exited early ({process.returncode}): {err.decode()}")
        time.sleep(0.05)
    process.kill()
    _, err = process.communicate()
    pytest.fail(f"no marker after {timeout} s: {err.decode()}")


@pytest.fixture
def windows_made():
    made = []
    yield made
    for window in made:
        window.autosave.stop(keep_copy=True)
        window.ending_session = True
        window.close()
        window.deleteLater()


def test_a_killed_editor_change_is_offered_and_restored(
    qtbot, tmp_path, map_path, monkeypatch, windows_made
):
    marker = tmp_path / "ready"
    process = start_editor(
        map_path,
        tmp_path,
        [
            {"op": "rename_card", "card": "c-blog", "title": NEW_TITLE},
            {"op": "autosave"},
            {"op": "marker", "path": str(marker)},
        ],
    )
    text = wait_for_marker(marker, process)
    assert text.startswith("ready"), text
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=10)
    assert process.returncode == -signal.SIGKILL

    offered = []

    def click_restore(parent, entries):
        # The real offer, answered by clicking, instead of its modal exec().
        offered.extend(entries)
        dialog = RecoveryDialog(entries, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        for entry in entries:
            qtbot.mouseClick(
                dialog.row_for(entry.key).buttons["restore"], Qt.MouseButton.LeftButton
            )
        qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
        return dialog.decisions()

    monkeypatch.setattr(recovery_dialog, "ask_recovery", click_restore)
    # The next start, as run_editor does it.
    windows = start_windows(load_project(map_path), map_path, RecoveryStore(recovery_folder()))
    windows_made.extend(windows)

    [entry] = offered
    assert entry.original == map_path.resolve()
    assert entry.owner is not None and entry.owner.pid == process.pid
    [window] = windows
    document = window.document
    assert document.project.card("c-blog").title == NEW_TITLE
    assert document.is_modified()
    document.undo_stack.undo()
    assert project_to_bytes(document.project) == map_path.read_bytes()
    assert load_project(map_path).card("c-blog").title != NEW_TITLE  # the file was never touched


def test_sigterm_closes_cleanly_and_leaves_a_session_end_copy(tmp_path, map_path):
    marker = tmp_path / "ready"
    process = start_editor(
        map_path,
        tmp_path,
        [
            {"op": "rename_card", "card": "c-blog", "title": NEW_TITLE},
            {"op": "marker", "path": str(marker)},
        ],
    )
    wait_for_marker(marker, process)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=20)
    assert process.returncode == 0, err.decode()

    [entry] = RecoveryStore(recovery_folder()).leftovers()
    assert entry.reason == "session-end"
    assert entry.load_project().card("c-blog").title == NEW_TITLE
    assert load_project(map_path).card("c-blog").title != NEW_TITLE
