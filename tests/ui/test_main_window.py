"""The main window: title and modified state, prompts on close, keyboard verbs, bad files."""

import pytest
from PySide6.QtCore import Qt

from journey_editor.edits import UpdateProject
from journey_editor.model.factory import PERSONA_COLOURS
from journey_editor.persistence import load_project
from journey_editor.settings import Settings
from journey_editor.ui import dialogs
from journey_editor.ui.shell.main_window import MainWindow

from .windows import shown_window


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    # Never read or write the developer's own recent files and preferences.
    monkeypatch.setenv("JOURNEY_EDITOR_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def window(qtbot, map_path):
    win = MainWindow(load_project(map_path), map_path, settings=Settings())
    win.resize(1300, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.document.undo_stack.setClean()  # close without the Save / Discard / Cancel prompt
    win.close()
    win.deleteLater()


@pytest.fixture
def answers(monkeypatch):
    """Scripted replies to the Save / Discard / Cancel question, and captured error dialogs."""
    replies: list[str] = []
    asked: list[str] = []
    errors: list[tuple[str, str]] = []

    def ask(parent, name):
        asked.append(name)
        return replies.pop(0)

    monkeypatch.setattr(dialogs, "ask_save_changes", ask)
    monkeypatch.setattr(
        dialogs,
        "show_error",
        lambda parent, title, message, advice="": errors.append((title, message + advice)),
    )
    return replies, asked, errors


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    window.view.setFocus()
    qtbot.keyClick(window.view, key, modifier)


def test_the_title_names_the_file_and_tracks_modification(window):
    assert window.windowTitle().startswith("atelier[*]")
    assert not window.isWindowModified()
    window.selection.set("card", ["c-blog"])
    window.menus.actions["effort_3"].trigger()
    assert window.isWindowModified()
    assert window.status_modified.text() == "Modified"


def test_number_keys_set_effort_and_minus_plus_change_emotion(qtbot, window):
    window.selection.set("card", ["c-shop"])
    press(qtbot, window, Qt.Key.Key_5)
    assert window.document.project.card("c-shop").effort == 5
    press(qtbot, window, Qt.Key.Key_Minus)
    assert window.document.project.card("c-shop").emotion == -2
    press(qtbot, window, Qt.Key.Key_Plus)
    press(qtbot, window, Qt.Key.Key_Plus)
    assert window.document.project.card("c-shop").emotion == 0
    press(qtbot, window, Qt.Key.Key_0)
    assert window.document.project.card("c-shop").effort is None


def test_delete_then_undo_and_redo_from_the_keyboard(qtbot, window, small_project):
    window.selection.set("card", ["c-blog"])
    press(qtbot, window, Qt.Key.Key_Delete)
    assert "c-blog" not in {c.id for c in window.document.project.cards}
    assert window.document.project.links == []
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.project == small_project
    press(
        qtbot,
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "c-blog" not in {c.id for c in window.document.project.cards}


def test_duplicate_is_one_undo_step(qtbot, window, small_project):
    window.selection.set("card", ["c-blog", "c-friend"])
    press(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    cell = window.document.project.cell_cards("p-lea", "l-lea-touch", "s-discover")
    assert [c.title for c in cell] == ["Article de blog"] * 2 + ["Conseil d'un ami"] * 2
    assert len(window.selection.card_ids()) == 2
    window.document.undo_stack.undo()
    assert window.document.project == small_project


def test_save_marks_clean_and_writes_the_file(window, map_path):
    window.selection.set("card", ["c-blog"])
    window.menus.actions["effort_4"].trigger()
    window.menus.actions["save"].trigger()
    assert not window.isWindowModified()
    assert load_project(map_path).card("c-blog").effort == 4


def test_close_with_changes_asks_and_cancel_keeps_the_window(window, answers):
    replies, asked, _ = answers
    window.selection.set("card", ["c-blog"])
    window.menus.actions["effort_2"].trigger()
    replies.append("cancel")
    assert not window.close()
    assert asked == ["atelier"]
    assert window.isVisible()


def test_close_with_changes_and_discard_leaves_the_file_alone(window, answers, map_path):
    replies, _, _ = answers
    before = map_path.read_bytes()
    window.selection.set("card", ["c-blog"])
    window.menus.actions["effort_2"].trigger()
    replies.append("discard")
    assert window.close()
    assert map_path.read_bytes() == before


def test_close_with_changes_and_save_writes_them(window, answers, map_path):
    replies, _, _ = answers
    window.selection.set("card", ["c-blog"])
    window.menus.actions["effort_2"].trigger()
    replies.append("save")
    assert window.close()
    assert load_project(map_path).card("c-blog").effort == 2


def test_opening_a_bad_file_explains_and_keeps_the_current_map(window, answers, tmp_path):
    _, _, errors = answers
    bad = tmp_path / "cassé.journey.json"
    bad.write_text('{"schema_version": 1, "id": "x", "stages": [', encoding="utf-8")
    before = window.document.project.model_copy(deep=True)
    assert not window.files.open_path(bad)
    title, text = errors[0]
    assert title == "Cannot open map"
    assert "cassé.journey.json" in text and "line 1" in text
    assert window.document.project == before


def test_a_failed_save_keeps_the_changes_and_says_so(window, answers, map_path, monkeypatch):
    window.selection.set("card", ["c-blog"])
    window.menus.actions["effort_5"].trigger()
    before = map_path.read_bytes()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    failures = []
    monkeypatch.setattr(
        dialogs,
        "ask_after_save_failure",
        lambda parent, message, advice: failures.append(message + advice) or "close",
    )
    window.menus.actions["save"].trigger()
    assert window.isWindowModified()
    assert map_path.read_bytes() == before
    assert "permission denied" in failures[0] and "Save As" in failures[0]


def test_new_from_a_template_after_discarding(window, answers):
    replies, _, _ = answers
    window.selection.set("card", ["c-blog"])
    window.menus.actions["effort_1"].trigger()
    replies.append("discard")
    window.menus.actions["template:b2b-lead-generation"].trigger()
    assert len(window.document.project.stages) == 3
    assert window.document.path is None
    assert not window.isWindowModified()


def test_the_recent_files_menu_remembers_saved_maps(window, tmp_path):
    target = tmp_path / "copie.journey.json"
    window.files._save_to(target)
    assert Settings.load().recent_files[0] == str(target.resolve())
    assert window.menus.recent.actions()[0].text() == "copie.journey.json"


def test_a_new_map_never_saved_says_not_saved_until_it_is(qtbot, tmp_path, small_project):
    window = next(shown := shown_window(qtbot, small_project))
    assert window.status_modified.text() == "Not saved"
    window.document.apply(UpdateProject({"title": "Atelier"}))
    assert window.status_modified.text() == "Not saved"
    assert window.files._save_to(tmp_path / "atelier.journey.json")
    assert window.status_modified.text() == "Saved"
    window.document.apply(UpdateProject({"title": "Atelier 2"}))
    assert window.status_modified.text() == "Modified"
    next(shown, None)


def test_each_new_persona_takes_a_palette_colour_no_other_persona_has(qtbot, small_project):
    window = next(shown := shown_window(qtbot, small_project))
    before = {persona.colour.upper() for persona in window.document.project.personas}
    window.menus.actions["add_persona"].trigger()
    window.menus.actions["add_persona"].trigger()
    colours = [persona.colour.upper() for persona in window.document.project.personas]
    assert len(set(colours)) == len(colours), colours
    assert set(colours[-2:]) <= set(PERSONA_COLOURS) and not set(colours[-2:]) & before
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert {p.colour.upper() for p in window.document.project.personas} == before
    next(shown, None)
