"""The PDF's channel icons match the canvas's set, stay in their 24 × 24 box, and the export
package imports no Qt (the command line exports on machines without a GUI)."""

import re
import subprocess
import sys

import pytest

from journey_editor.export.icons import GRID, KNOWN_ICONS, icon_key, icon_operators


def test_the_pdf_draws_every_icon_the_canvas_draws():
    icons = pytest.importorskip("journey_editor.ui.icons")
    assert icons.KNOWN_ICONS == KNOWN_ICONS


@pytest.mark.parametrize("name", [*sorted(KNOWN_ICONS), "no-such-icon", None])
def test_each_icon_is_a_path_inside_its_box(name):
    stroke, fill = icon_operators(name)
    numbers = [float(n) for n in re.findall(r"-?\d+\.\d+", stroke + " " + (fill or ""))]
    assert numbers, "the icon draws something"
    assert all(-1.0 <= n <= GRID + 1.0 for n in numbers)
    assert stroke.split()[2] == "m"  # starts with a move


def test_unknown_icons_fall_back_to_the_generic_drawing():
    assert icon_key("no-such-icon") == icon_key(None) == "generic"
    assert icon_operators("no-such-icon") == icon_operators(None)


def test_the_export_package_imports_no_qt():
    code = (
        "import sys, journey_editor.export, journey_editor.export.pdf\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
