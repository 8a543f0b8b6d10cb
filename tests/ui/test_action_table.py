"""One table of actions (journey_editor/ui/shell/actions.py): the real bindings of a main
window, Help → Keyboard shortcuts and the README's table say the same thing, and the canvas
handles the keys the help says it handles itself.

Each comparison is a function returning its problems, so that the last tests can show each one
failing when the table, the window or the README drift apart.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtTest import QTest

from journey_editor.ui.shell import actions, help_dialogs
from journey_editor.ui.shell.action_rows import README_END, README_START, key_sequences
from tests.ui.windows import shown_window

README = Path(__file__).resolve().parents[2] / "README.md"
NATIVE = QKeySequence.SequenceFormat.NativeText
PORTABLE = QKeySequence.SequenceFormat.PortableText
K = Qt.Key


@pytest.fixture
def window(qapp, qtbot, small_project, private_window_state):
    yield from shown_window(qtbot, small_project)


# --- the comparisons ---------------------------------------------------------------------------


def bound_actions(window) -> list[QAction]:
    """Every action of the window that has a shortcut, wherever it was made."""
    found = {id(a): a for a in [*window.findChildren(QAction), *window.view.actions()]}
    return [action for action in found.values() if action.shortcuts()]


def binding_problems(window) -> list[str]:
    """The window's real shortcuts against the table: same keys, same reach, nothing else."""
    rows = {row.name: row for row in actions.commands_of()}
    problems = []
    for action in bound_actions(window):
        row = rows.get(action.objectName())
        real = [key.toString(PORTABLE) for key in action.shortcuts()]
        if row is None:
            problems.append(f"{action.objectName() or action.text()!r} binds {real} outside")
            continue
        if real != [key.toString(PORTABLE) for key in key_sequences(row.keys)]:
            problems.append(f"{row.name}: the window binds {real}, the table says {row.keys}")
    for row in rows.values():
        action = window.menus.actions.get(row.name)
        if action is None:
            problems.append(f"{row.name}: no such action on the window")
            continue
        if row.keys and not action.shortcuts():
            problems.append(f"{row.name}: the table gives keys {row.keys}, the window none")
        if row.canvas:
            on_canvas = action in window.view.actions()
            context = action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
            if not (on_canvas and context):
                problems.append(f"{row.name}: its keys should act on the canvas only")
        elif row.keys and (
            action.shortcutContext() != Qt.ShortcutContext.WindowShortcut
            or action in window.view.actions()
        ):
            problems.append(f"{row.name}: its keys should act in the whole window")
    # Presentation mode's keys act in its own window: C and T there are not the editor's.
    gesture_keys = {
        key for g in actions.GESTURES if g.target == "canvas" for key in (*g.keys, *g.uses)
    }
    for action in bound_actions(window):
        taken = gesture_keys & {key.toString(PORTABLE) for key in action.shortcuts()}
        if taken:
            problems.append(f"{action.objectName()} takes {taken}, which the canvas handles")
    return problems


def shown_help(window, monkeypatch) -> dict[str, str]:
    """What Help → Keyboard shortcuts shows, opened from the window's own F1 action:
    what it does → keys (section headings left out)."""
    opened = []
    monkeypatch.setattr(help_dialogs.ShortcutsDialog, "exec", lambda dialog: opened.append(dialog))
    window.menus.actions["shortcuts"].trigger()
    table = opened[0].table
    cells = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    opened[0].deleteLater()
    return {what: keys for keys, what in cells if what}


def help_problems(window, shown: dict[str, str]) -> list[str]:
    """The help's keys against the window's real shortcuts (and the canvas's own keys)."""
    expected: dict[str, list[str]] = {}
    for row in actions.commands_of():
        if row.help:
            real = window.menus.actions[row.name].shortcuts()
            expected.setdefault(row.help, []).extend(key.toString(NATIVE) for key in real)
    for row in actions.commands_of():
        if row.also:
            expected[row.help].append(row.also)
    for gesture in actions.GESTURES:
        keys = [QKeySequence(key).toString(NATIVE) for key in gesture.keys]
        expected[gesture.help] = keys + ([gesture.words] if gesture.words else [])
    problems = []
    for what, keys in expected.items():
        if shown.get(what) != " / ".join(keys):
            problems.append(f"{what!r}: the help shows {shown.get(what)!r}, bound: {keys}")
    problems += [f"{what!r} is in the help, bound nowhere" for what in shown.keys() - expected]
    return problems


def readme_rows(readme: str) -> dict[str, str]:
    section = readme.split(README_START)[1].split(README_END)[0]
    lines = [line.strip() for line in section.splitlines() if line.startswith("|")]
    rows = {}
    for line in lines[2:]:  # after the header and its rule
        keys, what = (cell.strip() for cell in line.strip("|").split(" | "))
        rows[what] = keys
    return rows


def readme_problems(readme: str) -> list[str]:
    """README.md's table against the table it is generated from."""
    if actions.with_readme_table(readme) == readme:
        return []
    written, made = readme_rows(readme), readme_rows(actions.with_readme_table(readme))
    problems = [
        f"{what!r}: the README says {written.get(what)!r}, the table {keys!r}"
        for what, keys in made.items()
        if written.get(what) != keys
    ]
    problems += [f"{what!r}: in the README only" for what in written.keys() - made]
    return problems or ["the README's table is laid out differently"]


# --- the real window, the help and the README agree ---------------------------------------------


def test_the_window_binds_exactly_the_keys_of_the_table(window):
    assert binding_problems(window) == []
    assert len(bound_actions(window)) > 30


def test_the_help_lists_the_real_bindings(window, monkeypatch):
    shown = shown_help(window, monkeypatch)
    assert help_problems(window, shown) == []
    assert shown["New card in the selected cell"] == "Ins"  # once "Insert" here, "Ins" bound


def test_the_readme_table_is_the_help_in_english(window, monkeypatch):
    readme = README.read_text(encoding="utf-8")
    assert readme_problems(readme) == [], (
        "README.md is stale: run "
        ".venv/bin/python -m journey_editor.ui.shell.actions --write-readme README.md"
    )
    assert readme_rows(readme) == shown_help(window, monkeypatch)


def test_the_readme_generator_prints_and_rewrites_the_table(tmp_path, capsys, monkeypatch, qapp):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # main() sets it; put it back after
    assert actions.main(["--readme"]) == 0
    assert capsys.readouterr().out == actions.readme_table()
    stale = tmp_path / "README.md"
    stale.write_text(f"intro\n{README_START}\n| old | table |\n{README_END}\nend\n", "utf-8")
    assert actions.main(["--write-readme", str(stale)]) == 0
    assert readme_problems(stale.read_text(encoding="utf-8")) == []
    assert stale.read_text(encoding="utf-8").endswith(f"{README_END}\nend\n")


# --- the keys the canvas handles itself ----------------------------------------------------------


def _taken_by_canvas(window, sequence: str) -> bool:
    """Press `sequence` on the canvas with a card selected: did the canvas take it?"""
    view = window.view
    answers = []
    key_press, tab = view.keyboard.key_press, view.keyboard.tab

    def spy(handler):
        return lambda argument: answers.append(handler(argument)) or answers[-1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(view, "open_keyboard_menu", lambda: None)  # no modal menu in a test
        patch.setattr(view.keyboard, "key_press", spy(key_press))
        patch.setattr(view.keyboard, "tab", spy(tab))
        view.selecting.select_cards(("c-blog",))
        view.setFocus()
        combination = QKeySequence(sequence)[0]
        QTest.keyClick(view, combination.key(), combination.keyboardModifiers())
    return any(answers)


def canvas_gestures() -> list:
    """The rows whose keys the editor's canvas handles (presentation mode has its own)."""
    return [gesture for gesture in actions.GESTURES if gesture.target == "canvas"]


def test_the_canvas_handles_the_keys_the_help_says_it_handles(window):
    keys = [key for gesture in canvas_gestures() for key in (*gesture.keys, *gesture.uses)]
    assert {"Up", "Tab", "Shift+Tab", "Esc", "Menu", "Shift+F10", "Space"} <= set(keys)
    assert [key for key in keys if not _taken_by_canvas(window, key)] == []


PROBED = [
    *(getattr(K, f"Key_{c}") for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
    *(getattr(K, f"Key_F{n}") for n in range(1, 13)),
    K.Key_Up, K.Key_Down, K.Key_Left, K.Key_Right, K.Key_Tab, K.Key_Escape, K.Key_Space,
    K.Key_Menu, K.Key_Return, K.Key_Enter, K.Key_Delete, K.Key_Backspace, K.Key_Insert,
    K.Key_Home, K.Key_End, K.Key_PageUp, K.Key_PageDown, K.Key_Minus, K.Key_Plus, K.Key_Equal,
]  # fmt: skip


def test_every_key_the_canvas_takes_for_itself_is_in_the_help(window, monkeypatch):
    view = window.view
    monkeypatch.setattr(view, "open_keyboard_menu", lambda: None)
    view.selecting.select_cards(("c-blog",))
    taken = []
    for key in PROBED:
        press = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
        if view.keyboard.key_press(press):
            taken.append(QKeySequence(key).toString(PORTABLE))
        release = QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier)
        view.keyboard.key_release(release)
    listed = {key for gesture in canvas_gestures() for key in (*gesture.keys, *gesture.uses)}
    assert taken and set(taken) <= listed, set(taken) - listed


# --- and each comparison fails when something drifts ---------------------------------------------


def _with_row(monkeypatch, name: str, **changes) -> None:
    table = tuple(
        dataclasses.replace(row, **changes) if getattr(row, "name", None) == name else row
        for row in actions.ACTIONS
    )
    monkeypatch.setattr(actions, "ACTIONS", table)


RENAME = "Rename in place (card title, stage, persona, lane)"


def test_a_key_changed_in_the_table_but_not_in_the_readme_is_caught(monkeypatch, qapp):
    readme = README.read_text(encoding="utf-8")
    written = readme_rows(readme)[RENAME]
    _with_row(monkeypatch, "rename", keys=("Ctrl+F12",))
    assert readme_problems(readme) == [
        f"{RENAME!r}: the README says {written!r}, the table 'Ctrl+F12 / double-click'"
    ]


def test_a_key_changed_in_the_table_after_the_window_was_built_is_caught(window, monkeypatch):
    bound = [key.toString() for key in window.menus.actions["new_card"].shortcuts()]
    _with_row(monkeypatch, "new_card", keys=("Ctrl+F12",))
    assert binding_problems(window) == [
        f"new_card: the window binds {bound}, the table says ('Ctrl+F12',)"
    ]
    assert help_problems(window, shown_help(window, monkeypatch)) == [
        f"'New card in the selected cell': the help shows 'Ctrl+F12', bound: {bound}"
    ]


def test_a_shortcut_bound_outside_the_table_is_caught(window):
    table = {row.name: row.keys for row in actions.commands_of()}
    window.menus.actions["rename"].setShortcuts([QKeySequence("Ctrl+F12")])
    stray = QAction(window)
    stray.setObjectName("stray")
    stray.setShortcut(QKeySequence("Esc"))
    window.addAction(stray)
    window.menus.actions["zoom_fit"].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    assert sorted(binding_problems(window)) == [
        "'stray' binds ['Esc'] outside",
        f"rename: the window binds ['Ctrl+F12'], the table says {table['rename']}",
        "stray takes {'Esc'}, which the canvas handles",
        "zoom_fit: its keys should act in the whole window",
    ]
