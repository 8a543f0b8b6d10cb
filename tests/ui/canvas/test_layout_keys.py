"""Effort and emotion keys work on French AZERTY keyboards, on the keypad and with Shift+=.

The events are those an AZERTY keyboard sends under X11: the digit row without Shift types
& é " ' ( (key codes Key_Ampersand …, the physical keys' scan codes 10 … 14)."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from journey_editor.ui.canvas.interactions.score_keys import effort_of, emotion_step_of

K, M = Qt.Key, Qt.KeyboardModifier
# (key, text, X11 scan code) of the AZERTY digit row's keys 1 … 5, without Shift.
AZERTY_ROW = [
    (K.Key_Ampersand, "&", 10),
    (K.Key_Eacute, "é", 11),
    (K.Key_QuoteDbl, '"', 12),
    (K.Key_Apostrophe, "'", 13),
    (K.Key_ParenLeft, "(", 14),
]


def press(view, key, text="", scan=0, modifiers=M.NoModifier):
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(view, QKeyEvent(kind, key, modifiers, scan, 0, 0, text))


@pytest.fixture
def canvas_view(small):
    return small.view


@pytest.fixture
def card_view(canvas_view):
    view = canvas_view
    view.selecting.select_cards(("c-blog",))
    view.setFocus()
    return view


def card(view):
    return view.document.project.card("c-blog")


@pytest.mark.parametrize(("effort", "key"), list(enumerate(AZERTY_ROW, start=1)))
def test_the_azerty_digit_row_sets_effort_as_one_undo_step(card_view, effort, key):
    before = card(card_view).effort
    press(card_view, key[0], key[1], key[2])
    assert card(card_view).effort == effort
    card_view.document.undo_stack.undo()
    assert card(card_view).effort == before


def test_shift_on_the_azerty_digit_row_types_digits_and_sets_effort_too(card_view):
    press(card_view, K.Key_4, "4", 13, M.ShiftModifier)
    assert card(card_view).effort == 4


def test_without_scan_codes_the_azerty_characters_still_mean_effort(card_view):
    press(card_view, K.Key_Eacute, "é")
    assert card(card_view).effort == 2


def test_plus_typed_with_shift_raises_emotion(card_view):
    start = card(card_view).emotion or 0
    press(card_view, K.Key_Plus, "+", 21, M.ShiftModifier)  # Shift+= on both layouts
    assert card(card_view).emotion == min(2, start + 1)


def test_nothing_happens_without_a_selected_card(canvas_view):
    canvas_view.selecting.clear()
    before = canvas_view.document.undo_stack.count()
    press(canvas_view, K.Key_Ampersand, "&", 10)
    assert canvas_view.document.undo_stack.count() == before


@pytest.mark.parametrize(
    ("key", "text", "scan", "modifiers", "effort"),
    [
        (K.Key_Ampersand, "&", 10, M.ControlModifier, None),  # Ctrl+& is a command, not effort
        (K.Key_6, "6", 15, M.NoModifier, None),  # 6 is no effort
        (K.Key_ParenLeft, "(", 0, M.ShiftModifier, None),  # Shift+9 on QWERTY
        (K.Key_1, "1", 10, M.NoModifier, None),  # a plain digit is the window's shortcut
        (K.Key_1, "1", 10, M.ShiftModifier, 1),  # Shift+& on AZERTY types 1
    ],
)
def test_what_counts_as_an_effort_key(qapp, key, text, scan, modifiers, effort):
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, scan, 0, 0, text)
    assert effort_of(event, "xcb") == effort


def test_the_digit_row_is_read_by_position_on_each_platform(qapp):
    def event(scan):
        return QKeyEvent(QEvent.Type.KeyPress, K.Key_unknown, M.NoModifier, scan, 0, 0, "ě")

    assert effort_of(event(3), "windows") == 2
    assert effort_of(event(23), "cocoa") == 5
    assert effort_of(event(11), "wayland") == 2


def test_only_a_shifted_plus_is_ours_the_rest_are_the_windows_shortcuts(qapp):
    def step(key, modifiers, text):
        return emotion_step_of(QKeyEvent(QEvent.Type.KeyPress, key, modifiers, 0, 0, 0, text))

    assert step(K.Key_Plus, M.ShiftModifier, "+") == 1
    assert step(K.Key_Minus, M.ControlModifier, "-") is None  # zoom out
    assert step(K.Key_Minus, M.NoModifier, "-") is None
    assert step(K.Key_Plus, M.KeypadModifier, "+") is None
