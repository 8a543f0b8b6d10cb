"""Start the editor: the application, the crash guard, recovery, then the windows."""

from __future__ import annotations

from pathlib import Path

from journey_editor.model.project import Project
from journey_editor.persistence.recovery import RecoveryStore
from journey_editor.settings import recovery_folder
from journey_editor.ui.editing import clipboard
from journey_editor.ui.editing.document import FREEZING
from journey_editor.ui.qt_app import application
from journey_editor.ui.shell import test_hook
from journey_editor.ui.shell.crash_guard import CrashGuard
from journey_editor.ui.shell.recovery_startup import start_windows


def run_editor(project: Project, path: Path | None) -> int:
    app = application()
    FREEZING["on"] = True  # an open map is frozen out of the collector's scans (document.py)

    guard = CrashGuard(app).install()
    # Leftovers of a killed session are offered before any window shows; keep every window
    # referenced here, or Python would collect the extra ones.
    windows = start_windows(project, path, RecoveryStore(recovery_folder()))
    for window in windows:
        window.show()
        # Lock the map it shows, asking first when another instance already has it open.
        window.files.claim_start_file()
    test_hook.schedule_from_environment(windows)
    try:
        return app.exec()
    finally:
        guard.uninstall()
        clipboard.release_clipboard()
