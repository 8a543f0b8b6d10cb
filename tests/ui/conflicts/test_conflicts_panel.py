"""The conflicts panel in a real main window, on a map made by a real merge.

Three maps are generated from the edit tests' map (base, mine, theirs), merged with
`merge_projects` and saved; the window opens that file. What is checked: the panel opens by
itself and lists each conflict readably; a click on an entry selects and reveals its object;
"Take theirs" (a real mouse click, and the keyboard) sets the model and removes the record in
one undo step, which Ctrl+Z takes back; "All mine"; "Edit…"; the canvas badges come and go
with the conflicts; Save with conflicts left asks, and the answer decides what is written.
Screenshots to look at are saved in /tmp/journey-editor-shots (or $JOURNEY_EDITOR_SHOTS).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from journey_editor.compare import merge_projects
from journey_editor.edits import RemoveCards, UpdateCard, UpdateStage
from journey_editor.persistence import load_project
from journey_editor.persistence.native import project_to_bytes
from journey_editor.ui import dialogs
from journey_editor.ui.conflicts import edit_dialog
from journey_editor.ui.conflicts.controller import ConflictsController
from journey_editor.ui.conflicts.edit_dialog import ValueDialog

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from tests.edits.conftest import build_journey  # noqa: E402
from tests.ui.windows import shown_window  # noqa: E402

SHOTS = Path(os.environ.get("JOURNEY_EDITOR_SHOTS", "/tmp/journey-editor-shots"))


def edited(project, *edits):
    copy = project.model_copy(deep=True)
    for edit in edits:
        edit.apply(copy)
    return copy


def merged_map():
    """Four conflicts: a card's effort, a card's title, a card deleted in mine and changed in
    theirs, a stage's name."""
    base = build_journey()
    mine = edited(
        base,
        UpdateCard("c-blog", {"effort": 4}),
        UpdateCard("c-wear", {"title": "Porte la chemise au bureau"}),
        RemoveCards(("c-queue",)),
        UpdateStage("s-use", {"name": "Usage quotidien"}),
    )
    theirs = edited(
        base,
        UpdateCard("c-blog", {"effort": 2}),
        UpdateCard("c-wear", {"title": "Adore la chemise"}),
        UpdateCard("c-queue", {"effort": 5}),
        UpdateStage("s-use", {"name": "Après l'achat"}),
    )
    result = merge_projects(base, mine, theirs)
    assert len(result.conflicts) == 4
    return result.project


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("JOURNEY_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("JOURNEY_EDITOR_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def merged_path(tmp_path) -> Path:
    path = tmp_path / "atelier.journey.json"
    path.write_bytes(project_to_bytes(merged_map()))
    return path


@pytest.fixture
def window(qapp, qtbot, tmp_path, merged_path, private_window_state):
    """A window started on the plain map; the merged file is then opened (File → Open)."""
    plain = tmp_path / "plain.journey.json"
    plain.write_bytes(project_to_bytes(build_journey()))
    yield from shown_window(qtbot, load_project(plain), plain, size=(1400, 860))


def controller(window) -> ConflictsController:
    found = window.findChild(ConflictsController, "conflicts-controller")
    assert found is not None
    return found


def open_merged(window, merged_path) -> ConflictsController:
    assert not window.conflicts_dock.isVisible()
    assert window.files.open_path(merged_path)
    return controller(window)


def entry_texts(conflicts: ConflictsController) -> list[str]:
    tree = conflicts.panel.tree
    return [tree.topLevelItem(i).toolTip(0) for i in range(tree.topLevelItemCount())]


def click_entry(qtbot, conflicts: ConflictsController, index: int) -> None:
    tree = conflicts.panel.tree
    item = tree.topLevelItem(index)
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def index_of(window, object_id: str, field: str | None) -> int:
    conflicts = window.document.project.conflicts
    return next(i for i, c in enumerate(conflicts) if c.id == object_id and c.field == field)


def badge_texts(conflicts: ConflictsController) -> dict[str, str]:
    return {item.spec.target: item.text for item in conflicts.overlay.badges}


def press_undo(window) -> None:
    window.activateWindow()
    window.view.setFocus()
    QTest.keySequence(window.view, QKeySequence(QKeySequence.StandardKey.Undo))


def test_the_panel_opens_by_itself_and_names_each_conflict(window, merged_path):
    conflicts = open_merged(window, merged_path)
    assert window.conflicts_dock.isVisible()
    texts = entry_texts(conflicts)
    assert "Card «Blog» in stage «Découverte» · persona «Léa»" in texts
    assert "Stage «Usage quotidien»" in texts
    blog_entry = conflicts.panel.entry(index_of(window, "c-blog", "effort"))
    assert blog_entry.text(0) == "Card «Blog»\nin stage «Découverte» · persona «Léa»"
    blog = conflicts.panel.entry(index_of(window, "c-blog", "effort"))
    lines = [blog.child(i).text(0) for i in range(blog.childCount())]
    assert lines == ["Effort", "Mine: 4 — hard", "Theirs: 2 — easy", "Base: 1 — effortless"]
    queue = conflicts.panel.entry(index_of(window, "c-queue", None))
    lines = [queue.child(i).text(0) for i in range(queue.childCount())]
    assert lines[0] == "Deleted in mine, kept in theirs"
    assert lines[1] == "Mine: deleted"
    assert lines[2].startswith("Theirs: kept · effort 5")
    assert lines[3] == "Base: present"
    assert conflicts.panel.summary.text().startswith("4 conflicts left")
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "conflicts-panel-1400.png"))


def test_the_view_menu_action_shows_and_hides_the_panel(window, merged_path):
    open_merged(window, merged_path)
    action = window.menus.actions["conflicts"]
    assert action.isChecked()
    action.trigger()
    assert not window.conflicts_dock.isVisible()
    action.trigger()
    assert window.conflicts_dock.isVisible()


def test_an_entry_selects_and_reveals_its_object(window, merged_path, qtbot):
    conflicts = open_merged(window, merged_path)
    click_entry(qtbot, conflicts, index_of(window, "c-wear", "title"))
    assert window.selection.kind == "card" and window.selection.ids == ("c-wear",)
    card = window.view.map_scene.cards["c-wear"]
    shown = window.view.mapFromScene(card.sceneBoundingRect()).boundingRect()
    assert window.view.viewport().rect().contains(shown), "revealed: scrolled into view"
    click_entry(qtbot, conflicts, index_of(window, "s-use", "name"))
    assert window.selection.kind == "stage" and window.selection.ids == ("s-use",)


def test_take_theirs_by_mouse_is_one_step_and_ctrl_z_brings_the_conflict_back(
    window, merged_path, qtbot
):
    conflicts = open_merged(window, merged_path)
    project = window.document.project
    assert badge_texts(conflicts)["c-blog"] == "conflict: effort"
    assert badge_texts(conflicts)["s-use"] == "conflict: name"
    assert all(item.spec.sort == "conflict" for item in conflicts.overlay.badges)
    steps = window.document.undo_stack.count()
    click_entry(qtbot, conflicts, index_of(window, "c-blog", "effort"))
    qtbot.mouseClick(conflicts.panel.theirs_button, Qt.MouseButton.LeftButton)
    project = window.document.project
    assert project.card("c-blog").effort == 2
    assert len(project.conflicts) == 3
    assert all(c.id != "c-blog" for c in project.conflicts)
    assert "c-blog" not in badge_texts(conflicts)
    assert len(entry_texts(conflicts)) == 3
    assert window.document.undo_stack.count() == steps + 1
    assert window.document.undo_stack.undoText() == "Resolve conflict on effort of card «Blog»"

    press_undo(window)
    project = window.document.project
    assert project.card("c-blog").effort == 4
    assert len(project.conflicts) == 4
    assert badge_texts(conflicts)["c-blog"] == "conflict: effort"
    assert len(entry_texts(conflicts)) == 4


def test_take_theirs_from_the_keyboard(window, merged_path, qtbot):
    conflicts = open_merged(window, merged_path)
    tree = conflicts.panel.tree
    window.activateWindow()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)  # back a pane
    assert tree.hasFocus(), "Shift+F6 from the map reaches the conflicts panel"
    target = index_of(window, "s-use", "name")
    QTest.keyClick(tree, Qt.Key.Key_End)  # from the last entry's last line, up to it
    while tree.currentItem() is not conflicts.panel.entry(target):
        QTest.keyClick(tree, Qt.Key.Key_Up)
    assert window.selection.ids == ("s-use",)
    button = conflicts.panel.theirs_button
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert window.document.project.stage("s-use").name == "Après l'achat"
    assert "s-use" not in badge_texts(conflicts)


def test_take_theirs_on_a_card_mine_deleted_puts_it_back(window, merged_path, qtbot):
    conflicts = open_merged(window, merged_path)
    click_entry(qtbot, conflicts, index_of(window, "c-queue", None))
    assert "not on the map" in window.statusBar().currentMessage()
    qtbot.mouseClick(conflicts.panel.theirs_button, Qt.MouseButton.LeftButton)
    assert window.document.project.card("c-queue").effort == 5
    assert "c-queue" in window.view.map_scene.cards


def test_all_mine_settles_everything_in_one_step(window, merged_path, qtbot):
    conflicts = open_merged(window, merged_path)
    before = window.document.project.model_dump(exclude={"conflicts"})
    steps = window.document.undo_stack.count()
    qtbot.mouseClick(conflicts.panel.all_mine_button, Qt.MouseButton.LeftButton)
    project = window.document.project
    assert project.conflicts == []
    assert project.model_dump(exclude={"conflicts"}) == before
    assert window.document.undo_stack.count() == steps + 1
    assert conflicts.overlay.badges == []
    assert conflicts.panel.summary.text().startswith("No conflicts left")
    assert not conflicts.panel.all_theirs_button.isEnabled()
    press_undo(window)
    assert len(window.document.project.conflicts) == 4
    assert len(conflicts.overlay.badges) == 3  # c-queue is not on the map: no badge


def test_edit_sets_the_value_typed(window, merged_path, qtbot, monkeypatch):
    conflicts = open_merged(window, merged_path)
    asked = []

    def answer(_parent, project, conflict):
        asked.append(conflict.field)
        return True, "Porte la chemise tous les jours"

    monkeypatch.setattr(edit_dialog, "ask_value", answer)
    click_entry(qtbot, conflicts, index_of(window, "c-wear", "title"))
    qtbot.mouseClick(conflicts.panel.edit_button, Qt.MouseButton.LeftButton)
    assert asked == ["title"]
    assert window.document.project.card("c-wear").title == "Porte la chemise tous les jours"


def test_the_edit_dialog_offers_a_text_editor_or_the_three_values(window, merged_path):
    open_merged(window, merged_path)
    project = window.document.project
    title = project.conflicts[index_of(window, "c-wear", "title")]
    dialog = ValueDialog(project, title, window)
    assert dialog.text is not None
    assert dialog.text.toPlainText() == "Porte la chemise au bureau"
    dialog.text.setPlainText("Typed")
    assert dialog.value() == "Typed"
    effort = project.conflicts[index_of(window, "c-blog", "effort")]
    dialog = ValueDialog(project, effort, window)
    assert dialog.choice is not None
    items = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
    assert items == ["Mine: 4 — hard", "Theirs: 2 — easy", "Base: 1 — effortless"]
    dialog.choice.setCurrentIndex(2)
    assert dialog.value() == 1


def test_saving_with_conflicts_left_asks_and_the_answer_decides(
    window, merged_path, qtbot, monkeypatch
):
    conflicts = open_merged(window, merged_path)
    click_entry(qtbot, conflicts, index_of(window, "c-blog", "effort"))
    qtbot.mouseClick(conflicts.panel.theirs_button, Qt.MouseButton.LeftButton)
    on_disk = merged_path.read_bytes()
    asked: list[int] = []
    answers = ["resolve", "keep"]

    def ask(_parent, count):
        asked.append(count)
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "ask_save_with_conflicts", ask)
    window.conflicts_dock.hide()
    window.menus.actions["save"].trigger()
    assert asked == [3]
    assert merged_path.read_bytes() == on_disk, "Resolve first saves nothing"
    assert window.conflicts_dock.isVisible(), "and shows the conflicts"
    assert window.document.is_modified()

    window.menus.actions["save"].trigger()
    assert asked == [3, 3]
    data = json.loads(merged_path.read_text(encoding="utf-8"))
    assert data["schema_version"] == 3
    assert len(data["conflicts"]) == 3
    assert data["cards"][[c["id"] for c in data["cards"]].index("c-blog")]["effort"] == 2
    assert not window.document.is_modified()

    window.files.open_path(window.files.session.path)  # reopened: the panel again
    assert window.conflicts_dock.isVisible()
    assert len(entry_texts(conflicts)) == 3


def test_once_the_last_is_settled_save_asks_nothing_and_writes_the_lowest_version(
    window, merged_path, qtbot, monkeypatch
):
    conflicts = open_merged(window, merged_path)

    def never(_parent, _count):
        raise AssertionError("no conflict is left: Save must not ask")

    monkeypatch.setattr(dialogs, "ask_save_with_conflicts", never)
    qtbot.mouseClick(conflicts.panel.all_theirs_button, Qt.MouseButton.LeftButton)
    assert window.document.project.conflicts == []
    window.menus.actions["save"].trigger()
    data = json.loads(merged_path.read_text(encoding="utf-8"))
    assert "conflicts" not in data
    assert data["schema_version"] == 1
    assert data["stages"][3]["name"] == "Après l'achat"


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_panel_shares_the_palette_s_place_and_leaves_the_canvas_its_room(
    window, merged_path, size
):
    window.resize(*size)
    QTest.qWait(50)
    canvas_before = window.view.width()
    conflicts = open_merged(window, merged_path)
    QTest.qWait(50)
    panel = window.conflicts_dock
    # Beside the palette: on a narrow window both are tabs behind the inspector.
    assert panel in window.tabifiedDockWidgets(window.palette_dock)
    assert window.view.width() >= canvas_before - 8, "the panel takes no room from the canvas"
    tree = conflicts.panel.tree
    first = conflicts.panel.entry(0)
    assert tree.visualItemRect(first).right() <= tree.viewport().width()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / f"conflicts-panel-{size[0]}x{size[1]}.png"))


def test_a_window_started_on_a_map_with_conflicts_shows_them(
    qapp, qtbot, merged_path, private_window_state
):
    for window in shown_window(qtbot, load_project(merged_path), merged_path):
        assert window.conflicts_dock.isVisible()
        assert len(entry_texts(controller(window))) == 4
        assert badge_texts(controller(window))["c-blog"] == "conflict: effort"


def test_a_map_without_conflicts_coming_in_takes_the_panel_and_badges_away(
    window, merged_path, tmp_path
):
    conflicts = open_merged(window, merged_path)
    assert conflicts.overlay.badges
    assert window.files.open_path(tmp_path / "plain.journey.json")
    assert not window.conflicts_dock.isVisible()
    assert conflicts.overlay.badges == []
