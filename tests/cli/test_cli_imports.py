"""The command line loads only what a command needs (issue 14, item 5): `--version`, `validate`
and `info` start without Qt, reportlab, the other tools' formats or the comparison engine."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TEMPLATE = sorted((Path(__file__).resolve().parents[2] / "resources" / "templates").iterdir())[0]
HEAVY = (
    "PySide6",
    "shiboken6",
    "reportlab",
    "journey_editor.persistence.formats",
    "journey_editor.export",
    "journey_editor.compare",
    "journey_editor.ui",
)

PROBE = """
import json, sys
from journey_editor.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as leaving:
    code = leaving.code
print(json.dumps([code, sorted(sys.modules)]))
"""


def modules_after(*arguments: str) -> tuple[int, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    code, modules = json.loads(done.stdout.strip().splitlines()[-1])
    return code, modules


@pytest.mark.parametrize(
    "arguments",
    [("--version",), ("validate", str(TEMPLATE)), ("info", str(TEMPLATE))],
    ids=["version", "validate", "info"],
)
def test_a_light_command_loads_nothing_heavy(arguments):
    code, modules = modules_after(*arguments)
    assert code in (0, None)
    loaded = [name for name in modules if name.startswith(HEAVY)]
    assert loaded == [], f"{arguments[0]} loaded {loaded[:5]}"


def test_version_loads_not_even_the_model():
    code, modules = modules_after("--version")
    assert code == 0
    assert [name for name in modules if name.startswith(("pydantic", "journey_editor.model"))] == []


def test_export_still_finds_its_modules(tmp_path):
    code, modules = modules_after("export", "--help")
    assert code == 0 and "journey_editor.cli.export_command" in modules


def test_the_format_names_shown_are_the_formats():
    from journey_editor.cli.main import ALL_FORMATS, FORMAT_NAMES, IMPORT_FORMATS
    from journey_editor.persistence.formats import FORMATS

    assert tuple(FORMATS) == FORMAT_NAMES
    assert list(ALL_FORMATS) == list(FORMATS) and "native" not in IMPORT_FORMATS
    assert "csv" in IMPORT_FORMATS and "pdf" not in ALL_FORMATS


FIRST_FRAME = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QGraphicsView

original_exec = QApplication.exec


def first_frame():
    print(json.dumps(sorted(sys.modules)), flush=True)
    os._exit(0)


class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched.parent(), QGraphicsView):
            QTimer.singleShot(0, first_frame)
        return False


def exec_and_watch():
    app = QApplication.instance()
    app.installEventFilter(Watch(app))
    return original_exec()


QApplication.exec = staticmethod(exec_and_watch)
from journey_editor.cli import main

main(sys.argv[1:])
"""


def test_the_editor_shows_its_map_before_loading_exports_and_comparisons(tmp_path):
    """Exporting, converting and comparing load when first used, not before the first frame."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    # A copy: the editor locks the map it opens, and this run leaves without unlocking it.
    copy = tmp_path / TEMPLATE.name
    copy.write_bytes(TEMPLATE.read_bytes())
    done = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(copy)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env=env,
    )
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert "journey_editor.ui.shell.main_window" in modules
    late = (
        "reportlab",
        "journey_editor.export",
        "journey_editor.compare",
        "journey_editor.persistence.formats",
        "journey_editor.ui.handout",
        "journey_editor.ui.compare.mode",
        # Dialogs only a later action opens (issue 14, item 5: off the first frame's path).
        "journey_editor.ui.channels",
        "journey_editor.ui.shell.help_dialogs",
        "journey_editor.ui.shell.preferences_dialog",
        "journey_editor.ui.files.recovery_dialog",  # nothing left over: nothing to offer
    )
    assert [name for name in modules if name.startswith(late)] == []
