"""A scripted hook for end-to-end tests: change a running editor from outside, then signal.

Inert unless the environment variable JOURNEY_EDITOR_TEST_HOOK names a JSON file:
    {"operations": [
        {"op": "rename_card", "card": "c-blog", "title": "Changed by the hook"},
        {"op": "delete_persona", "persona": "p-marc"},
        {"op": "autosave"},
        {"op": "marker", "path": "/tmp/ready"}
    ]}
The operations run in order on the first window, once Qt's event loop has started:
  rename_card     one undoable edit of a card's title (UpdateCard), as the inspector would do;
  delete_persona  one undoable RemovePersona;
  autosave        a recovery copy written now, on disk before the next operation;
  marker          writes "ready" and the recovery copy's path to `path` (a test waits for it).
A failure writes "error: …" to every marker path of the script, so a waiting test fails at once.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from journey_editor.edits import RemovePersona, UpdateCard

if TYPE_CHECKING:
    from journey_editor.ui.shell.main_window import MainWindow

ENV_VAR = "JOURNEY_EDITOR_TEST_HOOK"


def schedule_from_environment(windows: list[MainWindow]) -> bool:
    """Run the script named by JOURNEY_EDITOR_TEST_HOOK once the loop runs; False when unset."""
    script = os.environ.get(ENV_VAR)
    if not script or not windows:
        return False
    QTimer.singleShot(0, lambda: run_script(Path(script), windows[0]))
    return True


def run_script(script: Path, window: MainWindow) -> None:
    operations: list = []
    try:
        operations = json.loads(script.read_text(encoding="utf-8"))["operations"]
        for operation in operations:
            run_operation(operation, window)
    except Exception as error:  # report to the waiting test rather than hang it
        print(f"journey-editor test hook: {error!r}", file=sys.stderr)
        for operation in operations if isinstance(operations, list) else []:
            if isinstance(operation, dict) and operation.get("op") == "marker":
                Path(operation["path"]).write_text(f"error: {error!r}\n", encoding="utf-8")


def run_operation(operation: dict, window: MainWindow) -> None:
    kind = operation.get("op")
    if kind == "rename_card":
        window.document.apply(UpdateCard(operation["card"], {"title": operation["title"]}))
    elif kind == "delete_persona":
        window.document.apply(RemovePersona(operation["persona"]))
    elif kind == "autosave":
        if window.autosave.write_now("autosave", wait=True) is None:
            raise OSError("the recovery copy could not be written")
    elif kind == "marker":
        text = f"ready\n{window.autosave.copy_path}\n"
        Path(operation["path"]).write_text(text, encoding="utf-8")
    else:
        raise ValueError(f"unknown test hook operation {kind!r}")
