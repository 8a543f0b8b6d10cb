"""A keyboard user builds a whole map without the mouse.

Every step is a key press sent where the platform would send it: to the open popup menu, or
else to the focused widget. The test looks at the screen's state only to decide which key to
press next (is the Website tile current yet?), as a user looks at the screen; the map itself
is only read, at the end, from the model.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QListWidget

from journey_editor.settings import Settings
from journey_editor.templates import project_from_template
from journey_editor.ui.shell.main_window import MainWindow

from .windows import shown_window

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch, private_window_state):
    monkeypatch.setenv("JOURNEY_EDITOR_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def window(qapp, qtbot):
    # Start on another map: Ctrl+N must really replace it.
    win = MainWindow(project_from_template("b2b-lead-generation"), None, settings=Settings())
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view, timeout=2000)
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


class Keyboard:
    """Presses keys where they go: the open popup (a menu) first, else the focused widget."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    @staticmethod
    def target():
        target = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        return target

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1):
        for _ in range(times):
            QTest.keyClick(self.target(), key, modifier)
            QApplication.processEvents()

    def type(self, text: str) -> None:
        for char in text:
            if char.isascii():
                QTest.keyClicks(self.target(), char)
            else:
                # QTest knows ASCII keys only; "é" arrives as a key event carrying its text, as
                # from a French keyboard or an input method.
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                    QApplication.sendEvent(self.target(), event)
        QApplication.processEvents()

    def rename(self, text: str) -> None:
        """F2, type over the selected name, Enter."""
        self.press(K.Key_F2)
        assert self.focused().objectName() == "inline-editor"
        self.type(text)
        self.press(K.Key_Return)
        assert self.focused() is self.window.view

    @staticmethod
    def focused():
        return QApplication.focusWidget()

    # what the user reads on the screen to decide the next key
    def selected(self) -> tuple[str | None, tuple[str, ...]]:
        return self.window.selection.kind, self.window.selection.ids

    def until(self, key: Qt.Key, done, limit: int = 40) -> None:
        for _ in range(limit):
            if done():
                return
            self.press(key)
        assert done(), f"{key} never got there"


def lane_of_kind(window: MainWindow, persona_index: int, kind: str) -> str:
    persona = window.document.project.personas[persona_index]
    return next(lane.id for lane in persona.lanes if lane.kind == kind)


def test_a_keyboard_user_builds_a_two_persona_three_stage_map(window):
    keys = Keyboard(window)
    project = lambda: window.document.project  # noqa: E731 - the document swaps projects

    # File → New map.
    keys.press(K.Key_N, CTRL)
    assert project().title == "Untitled journey"
    assert len(project().stages) == 5 and len(project().personas) == 1

    # Stages: arrows past the top edge reach the stage headers; F2 renames, Del deletes.
    keys.press(K.Key_Right)  # from nothing: the first cell
    keys.press(K.Key_Up)
    assert keys.selected() == ("stage", (project().stages[0].id,))
    keys.rename("Discover")
    keys.press(K.Key_Right)
    keys.rename("Buy")
    keys.press(K.Key_Right)
    keys.rename("Use")
    keys.press(K.Key_Right)
    keys.press(K.Key_Delete)
    keys.press(K.Key_Right)  # nothing selected any more: back to the first cell
    keys.press(K.Key_Up)
    keys.press(K.Key_Right, times=3)
    assert keys.selected() == ("stage", (project().stages[3].id,))
    keys.press(K.Key_Delete)
    assert [s.name for s in project().stages] == ["Discover", "Buy", "Use"]

    # The persona: Left past the first stage reaches the lane header, then the persona's.
    keys.press(K.Key_Right)
    keys.press(K.Key_Left, times=2)
    assert keys.selected() == ("persona", (project().personas[0].id,))
    keys.rename("Léa")

    # A second persona from the menu bar: Alt+M opens Map, P is "Add persona", which opens
    # the name for typing at once.
    keys.press(K.Key_M, ALT)
    assert QApplication.activePopupWidget() is not None
    keys.press(K.Key_P)
    assert keys.focused().objectName() == "inline-editor"
    keys.type("Marc")
    keys.press(K.Key_Return)
    assert [p.name for p in project().personas] == ["Léa", "Marc"]

    # Léa's first touchpoint: to her touchpoints lane header, Right into its first cell,
    # Insert a card and type its title; 2 for effort, + + for emotion.
    lea_touch = lane_of_kind(window, 0, "touchpoints")
    keys.press(K.Key_Up)  # from Marc's persona header to Léa's
    keys.press(K.Key_Right)  # into her first cell
    keys.press(K.Key_Left)  # her first lane's header
    keys.until(K.Key_Down, lambda: keys.selected() == ("lane", (lea_touch,)))
    keys.press(K.Key_Right)
    assert window.view.selected_cell() == (
        project().personas[0].id,
        lea_touch,
        project().stages[0].id,
    )
    keys.press(K.Key_Insert)
    keys.type("Reads the blog")
    keys.press(K.Key_Return)
    keys.press(K.Key_2)
    keys.press(K.Key_Plus, times=2)

    # Its channel, in the inspector: F6 moves there, Tab walks to the Channel list, typing
    # picks an entry; Shift+F6 comes back to the map.
    keys.press(K.Key_F6)
    assert window.inspector.isAncestorOf(keys.focused())
    channel = window.inspector.card_page.channel
    keys.until(K.Key_Tab, lambda: keys.focused() is channel or channel.isAncestorOf(keys.focused()))
    assert isinstance(channel, QComboBox)
    keys.type("Blog")
    keys.press(K.Key_F6, SHIFT)
    assert keys.focused() is window.view

    # A second touchpoint in the same cell, from the palette: Shift+F6 goes to the palette,
    # the arrows to the Website tile, Enter adds it to the selected cell and opens its title.
    keys.press(K.Key_F6, SHIFT)
    tiles = keys.focused()
    assert isinstance(tiles, QListWidget) and window.palette_dock.isAncestorOf(tiles)

    def current_channel() -> str | None:
        item = keys.focused().currentItem()
        return item.data(Qt.ItemDataRole.UserRole + 1).get("channel") if item else None

    keys.until(K.Key_Right, lambda: current_channel() == "website")
    keys.press(K.Key_Return)
    assert keys.focused().objectName() == "inline-editor"
    keys.type("Compares prices online")
    keys.press(K.Key_Return)
    keys.press(K.Key_4)
    keys.press(K.Key_Minus)

    # The next stage with Tab, a card whose channel comes from the Card menu (Alt+C, H).
    keys.press(K.Key_Tab)
    keys.press(K.Key_Insert)
    keys.type("Buys in the store")
    keys.press(K.Key_Return)
    keys.press(K.Key_3)
    keys.press(K.Key_Plus)
    keys.press(K.Key_C, ALT)
    keys.press(K.Key_H)
    menu = QApplication.activePopupWidget()
    assert menu is window.menus.menu("card/channel")

    def active_label() -> str:
        action = window.menus.menu("card/channel").activeAction()
        return action.text() if action else ""

    store_label = next(c.label for c in project().channels if c.id == "store")
    keys.until(K.Key_Down, lambda: active_label() == store_label)
    keys.press(K.Key_Return)
    assert QApplication.activePopupWidget() is None
    assert keys.focused() is window.view

    # Marc: Down through the lanes into his band, to his touchpoints lane, a card there.
    marc_touch = lane_of_kind(window, 1, "touchpoints")
    keys.until(K.Key_Down, lambda: (window.view.selected_cell() or ("", ""))[1] == marc_touch)
    keys.press(K.Key_Insert)
    keys.type("Calls the hotline")
    keys.press(K.Key_Return)
    keys.press(K.Key_5)
    keys.press(K.Key_Minus, times=2)

    # The map, read from the model.
    p = project()
    lea, marc = p.personas
    discover, buy, _use = (s.id for s in p.stages)
    cards = {c.title: c for c in p.cards}
    assert set(cards) == {
        "Reads the blog",
        "Compares prices online",
        "Buys in the store",
        "Calls the hotline",
    }
    expected = {
        # title: (persona, lane, stage, channel, effort, emotion)
        "Reads the blog": (lea.id, lea_touch, discover, "blog", 2, 2),
        "Compares prices online": (lea.id, lea_touch, discover, "website", 4, -1),
        "Buys in the store": (lea.id, lea_touch, buy, "store", 3, 1),
        "Calls the hotline": (marc.id, marc_touch, buy, None, 5, -2),
    }
    for title, (persona, lane, stage, channel, effort, emotion) in expected.items():
        card = cards[title]
        assert (card.persona, card.lane, card.stage) == (persona, lane, stage), title
        assert (card.channel, card.effort, card.emotion) == (channel, effort, emotion), title
    # The two cards of Léa's first cell are in the order they were added.
    assert [c.title for c in p.cell_cards(lea.id, lea_touch, discover)] == [
        "Reads the blog",
        "Compares prices online",
    ]
    # And all of it is undoable, step by step, back to the new map.
    stack = window.document.undo_stack
    assert stack.count() > 20
    while stack.canUndo():
        keys.press(K.Key_Z, CTRL)
    assert [s.name for s in project().stages][:3] == ["Awareness", "Consideration", "Purchase"]
    assert project().cards == []


def test_keypad_digits_and_signs_score_the_selected_card(qtbot, small_project):
    window = next(shown := shown_window(qtbot, small_project))
    window.activateWindow()  # offscreen, shortcuts fire only for the active window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view, timeout=2000)
    window.selection.set("card", ["c-blog"])
    start = window.document.project.card("c-blog").emotion or 0
    keypad = Qt.KeyboardModifier.KeypadModifier
    QTest.keyClick(window.view, Qt.Key.Key_4, keypad)
    QTest.keyClick(window.view, Qt.Key.Key_Minus, keypad)
    QTest.keyClick(window.view, Qt.Key.Key_Minus, keypad)
    QTest.keyClick(window.view, Qt.Key.Key_Plus, keypad)
    QApplication.processEvents()
    card = window.document.project.card("c-blog")
    assert card.effort == 4
    assert card.emotion == min(2, max(-2, start - 2) + 1)
    next(shown, None)
