"""Screenshots of the docks on the French sample, to look at (and to catch a blank render).

They go to $JOURNEY_SCREENSHOT_DIR when set (e.g. /tmp), else to pytest's temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from journey_editor.templates import find_template
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.editing.selection import Selection
from journey_editor.ui.inspector import InspectorDock
from journey_editor.ui.palette.dock import PaletteDock


@pytest.fixture
def out_dir(tmp_path) -> Path:
    return Path(os.environ.get("JOURNEY_SCREENSHOT_DIR", tmp_path))


@pytest.fixture
def french(qapp):
    document = MapDocument(find_template("menswear-omnichannel.fr").load())
    yield document
    document.undo_stack.cleanChanged.disconnect()


def _save(widget, path: Path) -> QImage:
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    assert not image.isNull()
    # Not a blank render: more than a handful of distinct colours.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 400, 7)}
    assert len(colours) > 5
    return image


def test_inspector_screenshots(qtbot, french, out_dir):
    selection = Selection()
    dock = InspectorDock(french, selection)
    qtbot.addWidget(dock)
    dock.resize(360, 960)
    dock.show()
    qtbot.waitExposed(dock)
    card = next(c for c in french.project.cards if c.description and c.tags and c.channel)
    persona = french.project.personas[0]
    shots = {
        "inspector-card.png": ("card", (card.id,)),
        "inspector-cards.png": ("card", tuple(c.id for c in french.project.cards[:6])),
        "inspector-persona.png": ("persona", (persona.id,)),
        "inspector-stage.png": ("stage", (french.project.stages[2].id,)),
        "inspector-lane.png": ("lane", (persona.lanes[1].id,)),
        "inspector-empty.png": (None, ()),
    }
    for name, (kind, ids) in shots.items():
        selection.set(kind, ids)
        qtbot.wait(10)
        image = _save(dock, out_dir / name)
        assert image.width() == dock.width()


def test_palette_screenshot(qtbot, french, out_dir):
    dock = PaletteDock(french, Selection())
    qtbot.addWidget(dock)
    dock.resize(260, 1500)
    dock.show()
    qtbot.waitExposed(dock)
    qtbot.wait(10)
    _save(dock, out_dir / "palette.png")
