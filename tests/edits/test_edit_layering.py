"""The edit layer stays importable without Qt or reportlab (the CLI and tests rely on it)."""

import subprocess
import sys


def test_importing_the_edits_loads_neither_qt_nor_reportlab():
    code = (
        "import sys, journey_editor.edits\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'reportlab'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
