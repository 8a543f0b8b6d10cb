"""Quitting after copying cards ends the process quietly (no crash on the way out)."""

import os
import subprocess
import sys

SCRIPT = """
from journey_editor.ui.qt_app import application
from journey_editor.ui.editing.clipboard import copy_cards, release_clipboard
from journey_editor.ui.editing.document import MapDocument
from journey_editor.templates import DEFAULT_SAMPLE, project_from_template

app = application([])
document = MapDocument(project_from_template(DEFAULT_SAMPLE))
ids = [card.id for card in document.project.cards][:2]
assert copy_cards(document, ids) == len(ids) > 0
release_clipboard()
"""


def test_the_process_exits_cleanly_after_cards_were_copied(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JOURNEY_EDITOR_DATA_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
