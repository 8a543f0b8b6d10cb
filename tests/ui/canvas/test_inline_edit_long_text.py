"""Renaming in place a text longer than Qt's line edit holds by default (32,767 UTF-16
units): opening and leaving the field must not cut it (issue 13, item 4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.bad_files import HOSTILE_TEXT

LABEL = HOSTILE_TEXT["20,000 emoji"]  # 40,000 UTF-16 units


@pytest.fixture
def long_label(small_project) -> str:
    link = small_project.links[0]
    link.label = LABEL
    return link.id


def test_a_long_link_label_survives_the_inline_editor(long_label, small, qtbot):
    assert small.view.inline_editor.open("link", long_label)
    editor = small.view.inline_editor.editor
    assert editor is not None and editor.text() == LABEL
    editor.end(False)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert small.project.links[0].label == LABEL
    assert small.view.inline_editor.editor is None
