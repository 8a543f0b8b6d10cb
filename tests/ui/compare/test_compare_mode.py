"""View ▸ Compare with, in a real main window: the to-be of the known as-is / to-be pair is the
window's map (from its file), the as-is the other file, chosen through the real menu action
with the file dialog replaced.

What is checked: the marks are items with the right ids and words, the panel lists the
changes with their counts and a click on a line selects and reveals its object, a ghost is no
card, the marks follow edits, and leaving (Esc, the command again, the bar's Leave) takes
every mark away and changes nothing in the map or its undo stack. Screenshots to look at are
saved in /tmp/journey-editor-shots (or $JOURNEY_EDITOR_SHOTS).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from journey_editor.persistence import load_project
from journey_editor.persistence.native import project_to_bytes
from journey_editor.ui import dialogs
from journey_editor.ui.canvas.interactions.hits import hit_at
from journey_editor.ui.compare.mode import CompareMode
from journey_editor.ui.editing import verbs

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from tests.compare.pair import as_is, to_be  # noqa: E402
from tests.ui.windows import shown_window  # noqa: E402

SHOTS = Path(os.environ.get("JOURNEY_EDITOR_SHOTS", "/tmp/journey-editor-shots"))
MARK_KINDS = ("ghost", "badge", "arrow", "other_curve")
FRIEND_CELL = ("p-lea", "l-lea-touch", "s-discover")
EXPECTED_BADGES = {
    "c-friend": "removed",
    "c-follow-up": "new",
    "c-return": "new",
    "c-shop": "effort 3 → 2 · emotion −1 → +1",
    "c-marc-store": "emotion +1 → +2",
    "c-queue": "moved",
    "s-loyal": "new",
}


@pytest.fixture
def files(tmp_path):
    as_is_path = tmp_path / "as-is.journey.json"
    as_is_path.write_bytes(project_to_bytes(as_is()))
    to_be_path = tmp_path / "to-be.journey.json"
    to_be_path.write_bytes(project_to_bytes(to_be()))
    return as_is_path, to_be_path


@pytest.fixture
def window(qapp, qtbot, files, private_window_state):
    _as_is, to_be_path = files
    yield from shown_window(qtbot, load_project(to_be_path), to_be_path, size=(1400, 860))


def choose_file(monkeypatch, path: Path | None) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(path) if path else "", "")
    )


def enter(window, monkeypatch, path: Path) -> CompareMode:
    choose_file(monkeypatch, path)
    window.menus.actions["compare_file"].trigger()
    return compare_mode(window)


def compare_mode(window) -> CompareMode:
    mode = window.findChild(CompareMode, "compare-mode")
    assert mode is not None
    return mode


def mark_items(window) -> list:
    return [i for i in window.view.map_scene.items() if getattr(i, "kind", "") in MARK_KINDS]


def badge_texts(mode: CompareMode) -> dict[str, str]:
    return {item.spec.target: item.text for item in mode.overlay.badges}


def state_of(window):
    """What compare mode must leave as it found it: the map, its undo stack, the layout."""
    stack = window.document.undo_stack
    layout = window.view.map_layout()
    return (
        window.document.project.model_dump(),
        (stack.count(), stack.index(), stack.isClean()),
        {card_id: box.rect for card_id, box in layout.cards.items()},
        {key: cell.rect for key, cell in layout.cells.items()},
        layout.height,
    )


def visible_scene_rect(view):
    return view.mapToScene(view.viewport().rect()).boundingRect()


def unfrozen_area(view):
    """The part of the map on screen that the frozen headers do not cover."""
    layout = view.map_layout()
    return visible_scene_rect(view).adjusted(layout.left_width, layout.header.height, 0, 0)


def click_line(qtbot, panel, item) -> None:
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(
        panel.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.x() + 30, rect.center().y()),
    )


def line_of(panel, text: str):
    found = [item for item in panel.lines() if text in item.text(0)]
    assert len(found) == 1, [item.text(0) for item in panel.lines()]
    return found[0]


# --- entering ------------------------------------------------------------------------------------


def test_the_differences_are_marked_on_the_map(window, files, monkeypatch):
    as_is_path, _ = files
    mode = enter(window, monkeypatch, as_is_path)
    scene = window.view.map_scene
    assert mode.active and mode.source.path == as_is_path
    assert badge_texts(mode) == EXPECTED_BADGES
    # A ghost for the removed card, and no card item for it: it is not a card of the map.
    assert list(mode.overlay.ghosts) == ["c-friend"]
    ghost = mode.overlay.ghosts["c-friend"]
    assert ghost.scene() is scene and "c-friend" not in scene.cards
    assert ghost.spec.box.title.texts == ("Conseil d'un ami",)
    assert "Conseil d'un ami" in ghost.toolTip() and "as-is.journey.json" in ghost.toolTip()
    cell = window.view.map_layout().cells[FRIEND_CELL]
    assert cell.content.contains_rect(ghost.spec.box.rect)
    # The moved card's arrow starts in its old cell; both curves of the as-is are there.
    arrow = mode.overlay.arrows["c-queue"]
    old = window.view.map_layout().cells[("p-lea", "l-lea-pain", "s-buy")].rect
    assert old.contains(arrow.spec.origin.x, arrow.spec.origin.y)
    assert set(mode.overlay.curves) == {"p-lea", "p-marc"}
    # The stage's badge rides with the frozen stage row; the changed card's tooltip lists all.
    (stage_badge,) = mode.overlay.badges_of("s-loyal")
    assert stage_badge.parentItem() is scene.top_layer
    (shop,) = mode.overlay.badges_of("c-shop")
    assert shop.toolTip() == "effort 3 → 2\nemotion −1 → +1"
    # The bar and the menu say it.
    assert mode.bar.isVisible()
    assert mode.bar.label.text() == "Comparing with «as-is.journey.json» — 12 changes"
    assert window.menus.actions["compare_file"].isChecked()
    assert mode.panel.isVisible()


def test_the_panel_lists_the_changes_by_persona_and_stage(window, files, monkeypatch):
    mode = enter(window, monkeypatch, files[0])
    panel = mode.panel
    assert [item.text(0) for item in panel.headings()] == [
        "Map (1)",
        "Stages (1)",
        "Personas (1)",
        "Channels (1)",
        "Persona «Marc» (1)",
        "Stage «Achat» (1)",
        "Persona «Léa» (7)",
        "Stage «Découverte» (2)",
        "Stage «Achat» (2)",
        "Stage «Usage» (3)",
    ]
    lines = [item.text(0) for item in panel.lines()]
    assert len(lines) == 12
    assert "~ card «Chemise à 105 €»: effort 3 → 2" in lines
    assert "− card «Conseil d'un ami» removed" in lines
    removed = line_of(panel, "«Conseil d'un ami» removed")
    assert removed.toolTip(0).endswith("removed (lane «Points de contact»)")
    assert "+ stage «Fidélité» added" in lines
    assert (
        "→ card «File d'attente en caisse» moved here from stage «Achat», lane «Irritants»" in lines
    )
    assert panel.summary.text() == (
        "12 changes since «as-is.journey.json»: 4 added, 2 removed, 4 changed, 1 moved, 1 reordered"
    )


def test_a_click_on_a_line_selects_and_reveals_its_object(window, files, monkeypatch, qtbot):
    mode = enter(window, monkeypatch, files[0])
    view = window.view
    view.reset_zoom()  # the map is wider than the canvas between the docks
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    card = view.map_layout().cards["c-return"].rect
    assert not unfrozen_area(view).contains(QPointF(card.x, card.y))

    click_line(qtbot, mode.panel, line_of(mode.panel, "«Retour compliqué» added"))
    assert (window.selection.kind, window.selection.ids) == ("card", ("c-return",))
    visible = unfrozen_area(view)
    assert visible.contains(QPointF(card.x, card.y))
    assert visible.contains(QPointF(card.x + card.width, card.y + card.height))
    assert view.map_scene.is_highlighted("card", "c-return")

    heading = next(item for item in mode.panel.headings() if item.text(0) == "Stage «Usage» (3)")
    click_line(qtbot, mode.panel, heading)
    assert (window.selection.kind, window.selection.ids) == ("stage", ("s-use",))

    # A removed card is no card to select: its line marks its old cell and shows it.
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    click_line(qtbot, mode.panel, line_of(mode.panel, "«Conseil d'un ami» removed"))
    assert window.selection.ids == ()
    assert view.selected_cell() == FRIEND_CELL
    ghost = mode.overlay.ghosts["c-friend"].spec.box.rect
    assert unfrozen_area(view).contains(QPointF(ghost.x, ghost.y))


def test_a_ghost_is_not_a_card_to_click(window, files, monkeypatch, qtbot):
    mode = enter(window, monkeypatch, files[0])
    view = window.view
    box = mode.overlay.ghosts["c-friend"].spec.box.rect
    at = view.viewportTransform().map(QPointF(box.x + 20, box.y + box.height / 2))
    assert hit_at(view, at).kind == "cell"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at.toPoint())
    assert window.selection.card_ids() == ()
    assert view.selected_cell() == FRIEND_CELL


# --- leaving ------------------------------------------------------------------------------------


def _leave_with_esc(window, mode, qtbot):
    window.activateWindow()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Escape)


def _leave_with_the_command_again(window, mode, qtbot):
    window.menus.actions["compare_file"].trigger()  # no file dialog: it is the source shown


def _leave_with_the_bar(window, mode, qtbot):
    qtbot.mouseClick(mode.bar.leave_button, Qt.MouseButton.LeftButton)


def _leave_with_the_menus_leave(window, mode, qtbot):
    window.menus.menu("view/compare").aboutToShow.emit()  # as when the menu opens
    assert window.menus.actions["compare_leave"].isEnabled()
    window.menus.actions["compare_leave"].trigger()


@pytest.mark.parametrize(
    "leave",
    [
        _leave_with_esc,
        _leave_with_the_command_again,
        _leave_with_the_bar,
        _leave_with_the_menus_leave,
    ],
)
def test_leaving_takes_every_mark_away_and_changes_nothing(
    window, files, monkeypatch, qtbot, leave
):
    window.selection.set("card", ("c-blog",))
    before = state_of(window)
    mode = enter(window, monkeypatch, files[0])
    assert mark_items(window) and state_of(window)[3] != before[3]  # room for the ghost
    choose_file(monkeypatch, None)  # a file dialog now would be a mistake: it cancels
    leave(window, mode, qtbot)
    assert not mode.active
    assert mark_items(window) == []
    assert state_of(window) == before
    assert window.document.undo_stack.count() == 0
    assert window.selection.ids == ("c-blog",)
    assert not mode.bar.isVisible() and not mode.panel.isVisible()
    assert not window.menus.actions["compare_file"].isChecked()


def test_esc_cancels_a_drag_before_it_leaves(window, files, monkeypatch, qtbot):
    mode = enter(window, monkeypatch, files[0])
    view = window.view
    monkeypatch.setattr(type(view.pointer), "busy", property(lambda _self: True))
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert mode.active


# --- following edits ----------------------------------------------------------------------------


def test_the_marks_follow_the_edits(window, files, monkeypatch, qtbot):
    mode = enter(window, monkeypatch, files[0])
    stack = window.document.undo_stack
    verbs.set_effort(window.document, ("c-blog",), 4)
    assert stack.count() == 1  # the edit, and nothing of compare mode's
    qtbot.waitUntil(lambda: badge_texts(mode).get("c-blog") == "effort 1 → 4", timeout=3000)
    assert mode.bar.label.text().endswith("13 changes")

    # A card moved away from the ghost's cell: the room and the ghost follow, over no card.
    verbs.move_cards(window.document, ("c-blog",), ("p-lea", "l-lea-pain", "s-discover"), 0)
    qtbot.waitUntil(lambda: "c-blog" in mode.overlay.arrows, timeout=3000)
    layout = window.view.map_layout()
    ghost = mode.overlay.ghosts["c-friend"].spec.box.rect
    assert layout.cells[FRIEND_CELL].content.contains_rect(ghost)
    assert not any(box.rect.intersects(ghost) for box in layout.cards.values())

    stack.undo()
    stack.undo()
    qtbot.waitUntil(lambda: badge_texts(mode) == EXPECTED_BADGES, timeout=3000)
    assert "c-blog" not in mode.overlay.arrows
    assert stack.count() == 2


def test_opening_another_map_leaves_compare_mode(window, files, monkeypatch):
    mode = enter(window, monkeypatch, files[0])
    other = as_is().model_copy(update={"id": "map-other"})
    window.document.replace_project(other, None)
    assert not mode.active
    assert mark_items(window) == []


# --- the other sources --------------------------------------------------------------------------


def test_the_backup_and_the_last_saved_version(window, qtbot, tmp_path):
    actions = window.menus.actions
    verbs.set_effort(window.document, ("c-blog",), 5)
    window.document.save()  # the .bak now holds the to-be as it was opened
    actions["compare_backup"].trigger()
    mode = compare_mode(window)
    assert mode.source.kind == "backup"
    assert badge_texts(mode) == {"c-blog": "effort 1 → 5"}
    assert mode.bar.label.text() == (
        "Comparing with the backup «to-be.journey.json.bak» — 1 change"
    )

    actions["compare_saved"].trigger()  # switches source
    assert mode.source.kind == "saved" and actions["compare_saved"].isChecked()
    assert not actions["compare_backup"].isChecked()
    assert badge_texts(mode) == {} and mark_items(window) == []
    assert mode.panel.summary.text().startswith("No difference with the last saved version")

    verbs.set_emotion(window.document, ("c-blog",), -2)
    qtbot.waitUntil(lambda: badge_texts(mode) == {"c-blog": "emotion +2 → −2"}, timeout=3000)
    window.document.save()  # the file is the map again: nothing differs
    assert badge_texts(mode) == {}
    saved_as = tmp_path / "copie.journey.json"
    verbs.set_effort(window.document, ("c-blog",), 2)
    window.document.save(saved_as)  # Save as: its last saved version is the new file
    assert mode.source.path == saved_as and badge_texts(mode) == {}
    actions["compare_saved"].trigger()
    assert not mode.active

    actions["compare_backup"].trigger()  # the backup of copie.journey.json: none yet
    assert not mode.active
    window.document.save()
    window.menus.menu("view/compare").aboutToShow.emit()  # the menu looks again as it opens
    assert actions["compare_backup"].isEnabled()
    actions["compare_backup"].trigger()
    assert mode.source.path == saved_as.with_name("copie.journey.json.bak")
    verbs.set_emotion(window.document, ("c-blog",), 1)
    window.document.save()  # the backup is now the version before this save
    assert badge_texts(mode) == {"c-blog": "emotion −2 → +1"}


def test_a_map_without_a_file_or_backup_says_so(qapp, qtbot, private_window_state):
    for window in shown_window(qtbot, to_be()):
        window.menus.actions["compare_backup"].trigger()
        window.menus.actions["compare_saved"].trigger()
        mode = compare_mode(window)
        assert not mode.active
        assert "not saved in a file" in window.statusBar().currentMessage()


def test_a_file_that_cannot_be_read_is_reported(window, tmp_path, monkeypatch):
    broken = tmp_path / "broken.journey.json"
    broken.write_text("{ not a map", encoding="utf-8")
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda *args: shown.append(args))
    mode = enter(window, monkeypatch, broken)
    assert not mode.active and mark_items(window) == []
    assert shown and "broken.journey.json" in shown[0][2]


# --- to look at ----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_screenshots_of_compare_mode(window, files, monkeypatch, qapp, size):
    window.resize(*size)
    qapp.processEvents()
    enter(window, monkeypatch, files[0])
    window.view.reset_zoom()
    qapp.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = SHOTS / f"compare-{size[0]}x{size[1]}.png"
    image = window.grab()
    assert image.save(str(shot))
    assert (image.width(), image.height()) == size
