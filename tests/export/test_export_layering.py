"""The export package imports no Qt (the command line exports on machines without a GUI)."""

import subprocess
import sys


def test_the_export_package_imports_no_qt():
    code = (
        "import sys, journey_editor.export, journey_editor.export.pdf\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
