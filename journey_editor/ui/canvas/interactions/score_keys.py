"""Effort and emotion keys on any keyboard layout, for the key presses no shortcut caught.

The window's actions bind 1–5 (effort) and − / + / = (emotion) by the characters they type
on a US layout. A French AZERTY keyboard types & é " ' ( on the digit row without Shift (its
digits need Shift), and + needs Shift on both layouts: those presses match no shortcut and
reach the canvas, which reads them here as the user meant them. The digit row is recognised
by its physical key (the platform's scan code) first, so any layout works; by the AZERTY
characters when the platform gives no scan code.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

# Scan codes of the digit row's keys 1 … 5, by Qt platform plugin. X11 keycodes (evdev + 8)
# serve xcb, Wayland and the offscreen platform of the tests alike.
_X11 = {10: 1, 11: 2, 12: 3, 13: 4, 14: 5}
DIGIT_ROW = {
    "xcb": _X11,
    "wayland": _X11,
    "offscreen": _X11,
    "windows": {2: 1, 3: 2, 4: 3, 5: 4, 6: 5},
    "cocoa": {18: 1, 19: 2, 20: 3, 21: 4, 23: 5},  # kVK_ANSI_1 … kVK_ANSI_5
}
# What the digit row types without Shift on French and Belgian AZERTY keyboards.
AZERTY_DIGITS = {"&": 1, "é": 2, '"': 3, "'": 4, "(": 5}
_COMMANDS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def effort_of(event: QKeyEvent, platform: str) -> int | None:
    """The effort 1–5 a key press means, whatever the layout; None for any other key."""
    modifiers = event.modifiers()
    if modifiers & _COMMANDS:
        return None
    shifted = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
    if Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9 and not shifted:
        return None  # a plain digit (keypad too) is the window's 1–5 shortcut, not ours
    by_position = DIGIT_ROW.get(platform, {}).get(event.nativeScanCode())
    if by_position is not None:
        return by_position
    text = event.text()
    if text in ("1", "2", "3", "4", "5"):  # Shift+digit row on AZERTY types the digit
        return int(text)
    return None if shifted else AZERTY_DIGITS.get(text)


def emotion_step_of(event: QKeyEvent) -> int | None:
    """+1 for a + typed with Shift (Shift+= on US and AZERTY layouts), which the window's
    "+" shortcut does not match; plain − / + / = and the keypad are the window's shortcuts."""
    if event.modifiers() & _COMMANDS or not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
        return None
    return 1 if event.text() == "+" else None
