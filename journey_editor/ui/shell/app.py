"""Start the editor: the application, the crash guard, recovery, then the windows.

What only later actions need waits for the first frame (issue 14, item 5): the collector
(switched off by the CLI for the start-up, cli/main.py) comes back once the map is frozen out
of its scans, the version of the opened file is recorded for later merges, and the palette's
icons, drawn for the screen's pixel ratio only, are drawn at every ratio (vector_icon.py).
Recovery is not put off: leftovers are offered before any window shows (the scan of an empty
recovery folder costs a tenth of a millisecond), and each window's autosave is armed when it
is made.
"""

from __future__ import annotations

import gc
from pathlib import Path

from journey_editor.model.project import Project
from journey_editor.persistence.recovery import RecoveryStore
from journey_editor.settings import recovery_folder
from journey_editor.ui.editing import clipboard
from journey_editor.ui.editing.document import FREEZING, freeze_loaded_objects
from journey_editor.ui.files.operations import FileOperations
from journey_editor.ui.qt_app import application
from journey_editor.ui.shell import test_hook
from journey_editor.ui.shell.crash_guard import CrashGuard
from journey_editor.ui.shell.first_frame import after_first_frame
from journey_editor.ui.shell.main_window import MainWindow
from journey_editor.ui.shell.recovery_startup import start_windows
from journey_editor.ui.vector_icon import draw_for_every_ratio, draw_for_screens_only


def run_editor(project: Project, path: Path | None) -> int:
    app = application()
    guard = CrashGuard(app).install()
    FileOperations.defer_start_records = True
    draw_for_screens_only()
    # Leftovers of a killed session are offered before any window shows; keep every window
    # referenced here, or Python would collect the extra ones.
    windows = start_windows(project, path, RecoveryStore(recovery_folder()))
    for window in windows:
        window.show()
        # Lock the map it shows, asking first when another instance already has it open.
        window.files.claim_start_file()
    if windows:
        after_first_frame(windows[0].view.viewport(), lambda: finish_start(windows))
    else:
        finish_start(windows)
    test_hook.schedule_from_environment(windows)
    try:
        return app.exec()
    finally:
        guard.uninstall()
        clipboard.release_clipboard()


def finish_start(windows: list[MainWindow]) -> None:
    """The start-up's work put off until the first frame has shown."""
    FileOperations.defer_start_records = False
    draw_for_every_ratio()
    for window in windows:
        window.files.record_start_version()
        window.palette_dock.repaint_icons()  # drawn for this screen only until now
    # The open maps, their layouts and scenes are out of the collector's scans from now on
    # (document.py); only then is it worth switching the collector back on.
    FREEZING["on"] = True
    freeze_loaded_objects()
    gc.enable()
