"""The editor's start-up (issue 14, item 5): the window shows first, and what was put off until
after its first frame — the collector, the frozen map, the opened file's version for later
merges, the palette's icons at every pixel ratio — still happens; leftovers of a killed
session are still offered before any window, and the window's autosave is armed. A real
`journey-editor MAP` process, watched from inside."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from journey_editor.edits import RemovePersona
from journey_editor.persistence import load_project, project_to_bytes
from journey_editor.persistence.process_owner import Owner, host_name
from journey_editor.persistence.recovery import RecoveryStore
from journey_editor.settings import recovery_folder
from journey_editor.ui.vector_icon import RATIOS

# Runs `journey-editor MAP` and reports its state twice: inside the first paint of the map
# view (before anything the start-up put off), and a moment after it.
PROBE = """
import gc, json, os, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QGraphicsView
from journey_editor.edits import RemovePersona
from journey_editor.persistence.map_versions import MapVersions
from journey_editor.settings import recovery_folder
from journey_editor.ui.files import recovery_dialog

facts = {"offered": None}
MAP = Path(sys.argv[1])


def window():
    from journey_editor.ui.shell.main_window import MainWindow

    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))


def ask_recovery(parent, entries):
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    facts["offered"] = {"titles": [e.title for e in entries], "windows_shown": len(shown)}
    return {}  # decide nothing: offered again at the next start


recovery_dialog.ask_recovery = ask_recovery


def state():
    return {
        "collector_on": gc.isenabled(),
        "frozen": gc.get_freeze_count(),
        "versions": [v.event for v in MapVersions(recovery_folder()).versions(MAP)],
        "autosave_seconds": window().autosave.interval_seconds(),
        "tile_pixmaps": len(window().palette_dock.digital.item(0).icon().availableSizes()),
    }


def after():
    facts["after"] = state()
    shown = window()
    persona = shown.document.project.personas[0].id
    shown.document.apply(RemovePersona(persona))  # a big change: copied at once
    QTimer.singleShot(1500, lambda: finish(shown))


def finish(shown):
    facts["recovery_copy"] = shown.autosave.copy_path.exists()
    print(json.dumps(facts), flush=True)
    os._exit(0)


class Watch(QObject):
    def eventFilter(self, watched, event):
        is_map = isinstance(watched.parent(), QGraphicsView)
        if event.type() == QEvent.Type.Paint and is_map and "at_first_frame" not in facts:
            facts["at_first_frame"] = state()
            QTimer.singleShot(500, after)
        return False


original_exec = QApplication.exec


def exec_and_watch():
    app = QApplication.instance()
    app.installEventFilter(Watch(app))
    return original_exec()


QApplication.exec = staticmethod(exec_and_watch)
from journey_editor.cli import main

main([str(MAP)])
"""


def start(map_path: Path, tmp_path: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(map_path)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env=env,
    )
    lines = done.stdout.strip().splitlines()
    assert lines, f"the editor said nothing ({done.returncode}): {done.stderr[-2000:]}"
    return json.loads(lines[-1])


def test_what_waits_for_the_first_frame_happens_after_it(map_path, tmp_path):
    facts = start(map_path, tmp_path)
    first, after = facts["at_first_frame"], facts["after"]
    # Put off: the collector is still off and the opened version not yet recorded …
    assert first["collector_on"] is False
    assert first["versions"] == []
    # … and done once the frame is on screen: the map frozen, the collector back.
    assert after["collector_on"] is True
    assert after["frozen"] > 0
    assert after["versions"] == ["opened"]
    # Autosave was armed from the start: a big change gets its recovery copy.
    assert first["autosave_seconds"] > 0
    assert facts["recovery_copy"] is True
    assert facts["offered"] is None  # nothing was left over: no question
    # The palette's icons: drawn for this screen's ratio first, at every ratio after.
    assert first["tile_pixmaps"] == 1
    assert after["tile_pixmaps"] == len(RATIOS)


def test_leftovers_are_still_offered_before_any_window_shows(map_path, tmp_path):
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # a session that has since died
    owner = Owner(pid=child.pid, host=host_name(), user="me", since="2026-11-23T09:00:00+00:00")
    changed = load_project(map_path)
    RemovePersona("p-marc").apply(changed)
    RecoveryStore(recovery_folder(), owner).write(
        "atelier-1", project_to_bytes(changed), map_path, "Killed session's map"
    )
    facts = start(map_path, tmp_path)
    assert facts["offered"] == {"titles": ["Killed session's map"], "windows_shown": 0}
    assert facts["after"]["collector_on"] is True
    assert RecoveryStore(recovery_folder()).leftovers()  # undecided: offered again next time
