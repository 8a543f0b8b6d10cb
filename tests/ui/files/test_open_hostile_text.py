"""A map holding huge texts (issue 13, item 4), opened the way File → Open does: the window
opens at once (wrapping is linear), a card shows four lines ending in "…", the inspector the
whole title, and the map saves back unchanged."""

from __future__ import annotations

import pytest

from journey_editor.layout import LayoutOptions
from journey_editor.persistence import load_project, project_to_bytes
from tests.bad_files import HOSTILE_TEXT


@pytest.mark.parametrize(
    "case", ["100,000-character word", "20,000 emoji", "50,000 short lines"], ids=str
)
def test_a_huge_title_opens_shows_bounded_and_stays_whole(
    case, new_window, small_project, tmp_path, unhandled
):
    text = HOSTILE_TEXT[case]
    small_project.card("c-shop").title = text
    for link in small_project.links:
        link.label = text
    path = tmp_path / "énorme.journey.json"
    path.write_bytes(project_to_bytes(small_project))

    window = new_window(path)

    lines = window.view.map_layout().cards["c-shop"].title.texts
    assert 1 <= len(lines) <= LayoutOptions().title_max_lines
    assert lines[-1].endswith("…")
    window.selection.set("card", ["c-shop"])
    assert window.inspector.card_page.title.text() == text  # the whole title, to edit
    assert window.document.project.card("c-shop").title == text
    assert window.files.save()
    assert load_project(path).card("c-shop").title == text
    assert unhandled == []


def test_typing_in_a_title_past_qts_line_edit_limit_keeps_it_all(
    new_window, small_project, tmp_path, qtbot
):
    """A line edit holds 32,767 characters unless told otherwise: one keystroke in the
    inspector would have cut a 100,000-character title for good."""
    small_project.card("c-shop").title = HOSTILE_TEXT["100,000-character word"]
    path = tmp_path / "énorme.journey.json"
    path.write_bytes(project_to_bytes(small_project))
    window = new_window(path)
    window.selection.set("card", ["c-shop"])
    editor = window.inspector.card_page.title.editor
    editor.setFocus()
    editor.end(False)
    qtbot.keyClicks(editor, "b")
    assert window.document.project.card("c-shop").title == "a" * 100_000 + "b"
