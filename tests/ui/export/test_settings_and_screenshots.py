"""Remembered PDF options in the settings file, and screenshots of the dialog to look at.

Screenshots go to $JOURNEY_SCREENSHOT_DIR when set (e.g. /tmp), else to pytest's temporary
folder, named export-dialog-*.png.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from journey_editor.export.pdf_options import PdfOptions
from journey_editor.settings import Settings, config_folder
from journey_editor.ui.handout.pdf_dialog import PdfExportDialog


def test_pdf_options_round_trip_through_the_settings_file():
    settings = Settings()
    settings.pdf_options = PdfOptions(paper="A1", mode="tile", scale=0.5).to_dict()
    settings.save()
    assert PdfOptions.from_dict(Settings.load().pdf_options) == PdfOptions(
        paper="A1", mode="tile", scale=0.5
    )


@pytest.mark.parametrize("stored", [None, "A4", [1, 2], 3])
def test_a_malformed_pdf_options_entry_is_ignored(stored):
    folder = config_folder()
    folder.mkdir(parents=True)
    (folder / "settings.json").write_text(
        json.dumps({"author": "Ana", "pdf_options": stored}), encoding="utf-8"
    )
    settings = Settings.load()
    assert settings.pdf_options == {} and settings.author == "Ana"


@pytest.fixture
def out_dir(tmp_path) -> Path:
    return Path(os.environ.get("JOURNEY_SCREENSHOT_DIR", tmp_path))


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("fit-a3", PdfOptions(paper="A3", landscape=True, mode="fit")),
        ("tile-a4", PdfOptions(paper="A4", landscape=False, mode="tile")),
    ],
)
def test_dialog_screenshots(qtbot, french_project, out_dir, name, options):
    settings = Settings(pdf_options=options.to_dict())
    dialog = PdfExportDialog(french_project, settings, Path("/tmp/handout.pdf"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wanted = dialog.options()
    qtbot.waitUntil(
        lambda: dialog.preview.page.plan is not None and dialog.preview.page.plan.options == wanted,
        timeout=10_000,
    )
    path = out_dir / f"export-dialog-{name}.png"
    assert dialog.grab().save(str(path))
    image = QImage(str(path))
    # Not a blank render: the preview holds the map's many colours.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)
    }
    assert len(colours) > 50
