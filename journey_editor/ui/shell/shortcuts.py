"""Every keyboard shortcut and gesture, in one table: Help → Keyboard shortcuts and the
README are generated from the same list, so they cannot drift apart."""

from __future__ import annotations

from dataclasses import dataclass

from journey_editor.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Shortcut:
    """In English, marked for lupdate; help_dialogs translates them when it shows them."""

    keys: str
    what: str
    group: str


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New map"), QT_TRANSLATE_NOOP("Shortcuts", "File")
    ),
    Shortcut(
        "Ctrl+O",
        QT_TRANSLATE_NOOP("Shortcuts", "Open a map"),
        QT_TRANSLATE_NOOP("Shortcuts", "File"),
    ),
    Shortcut(
        "Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Save"), QT_TRANSLATE_NOOP("Shortcuts", "File")
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Shift+S"),
        QT_TRANSLATE_NOOP("Shortcuts", "Save as"),
        QT_TRANSLATE_NOOP("Shortcuts", "File"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Shift+P"),
        QT_TRANSLATE_NOOP("Shortcuts", "Export the PDF handout"),
        QT_TRANSLATE_NOOP("Shortcuts", "File"),
    ),
    Shortcut(
        "Ctrl+,",
        QT_TRANSLATE_NOOP("Shortcuts", "Preferences"),
        QT_TRANSLATE_NOOP("Shortcuts", "File"),
    ),
    Shortcut(
        "Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit"), QT_TRANSLATE_NOOP("Shortcuts", "File")
    ),
    Shortcut(
        "Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo"), QT_TRANSLATE_NOOP("Shortcuts", "Edit")
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Shift+Z / Ctrl+Y"),
        QT_TRANSLATE_NOOP("Shortcuts", "Redo"),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit"),
    ),
    Shortcut(
        "Ctrl+X / Ctrl+C / Ctrl+V",
        QT_TRANSLATE_NOOP("Shortcuts", "Cut, copy, paste cards (also between windows)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit"),
    ),
    Shortcut(
        "Ctrl+D",
        QT_TRANSLATE_NOOP("Shortcuts", "Duplicate the selected cards"),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Del"),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Delete the selection (cards, or a stage / persona / lane with its cards)"
        ),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "F2 / double-click"),
        QT_TRANSLATE_NOOP("Shortcuts", "Rename in place (card title, stage, persona, lane)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit"),
    ),
    Shortcut(
        "Ctrl+A",
        QT_TRANSLATE_NOOP("Shortcuts", "Select all cards"),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Insert"),
        QT_TRANSLATE_NOOP("Shortcuts", "New card in the selected cell"),
        QT_TRANSLATE_NOOP("Shortcuts", "Card"),
    ),
    Shortcut(
        "1 … 5",
        QT_TRANSLATE_NOOP("Shortcuts", "Set effort of the selected cards"),
        QT_TRANSLATE_NOOP("Shortcuts", "Card"),
    ),
    Shortcut(
        "0", QT_TRANSLATE_NOOP("Shortcuts", "Clear effort"), QT_TRANSLATE_NOOP("Shortcuts", "Card")
    ),
    Shortcut(
        "− / +",
        QT_TRANSLATE_NOOP("Shortcuts", "Lower / raise emotion"),
        QT_TRANSLATE_NOOP("Shortcuts", "Card"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Arrow keys"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move the selection to the neighbouring card or cell"),
        QT_TRANSLATE_NOOP("Shortcuts", "Navigate"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Tab / Shift+Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "Next / previous stage"),
        QT_TRANSLATE_NOOP("Shortcuts", "Navigate"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "↑ on the top row / ← on the first stage"),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Select the stage, lane, then persona header (F2 renames, Del deletes)"
        ),
        QT_TRANSLATE_NOOP("Shortcuts", "Navigate"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Esc"),
        QT_TRANSLATE_NOOP("Shortcuts", "Cancel a rename or a drag; clear the selection"),
        QT_TRANSLATE_NOOP("Shortcuts", "Navigate"),
    ),
    Shortcut(
        "F6 / Shift+F6",
        QT_TRANSLATE_NOOP("Shortcuts", "Next / previous pane: palette, map, inspector"),
        QT_TRANSLATE_NOOP("Shortcuts", "Navigate"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Enter on a palette tile"),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Add that touchpoint to the selected cell, or a stage, persona or lane"
        ),
        QT_TRANSLATE_NOOP("Shortcuts", "Navigate"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Menu key / Shift+F10"),
        QT_TRANSLATE_NOOP("Shortcuts", "The right-click menu of the current card, header or cell"),
        QT_TRANSLATE_NOOP("Shortcuts", "Navigate"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "F10 / Alt+underlined letter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open the menu bar / that menu (Card ▸ Channel …)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Navigate"),
    ),
    Shortcut(
        "Ctrl+= / Ctrl+-",
        QT_TRANSLATE_NOOP("Shortcuts", "Zoom in / out"),
        QT_TRANSLATE_NOOP("Shortcuts", "View"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+wheel"),
        QT_TRANSLATE_NOOP("Shortcuts", "Zoom around the mouse"),
        QT_TRANSLATE_NOOP("Shortcuts", "View"),
    ),
    Shortcut(
        "Ctrl+0",
        QT_TRANSLATE_NOOP("Shortcuts", "Fit the whole map in the window"),
        QT_TRANSLATE_NOOP("Shortcuts", "View"),
    ),
    Shortcut(
        "Ctrl+1",
        QT_TRANSLATE_NOOP("Shortcuts", "Actual size (100 %)"),
        QT_TRANSLATE_NOOP("Shortcuts", "View"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Space+drag / middle-drag"),
        QT_TRANSLATE_NOOP("Shortcuts", "Pan"),
        QT_TRANSLATE_NOOP("Shortcuts", "View"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Drag a card"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move it to another cell or position"),
        QT_TRANSLATE_NOOP("Shortcuts", "Mouse"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+drag a card"),
        QT_TRANSLATE_NOOP("Shortcuts", "Copy it"),
        QT_TRANSLATE_NOOP("Shortcuts", "Mouse"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Drag a palette tile"),
        QT_TRANSLATE_NOOP("Shortcuts", "New touchpoint (channel), stage, persona or lane"),
        QT_TRANSLATE_NOOP("Shortcuts", "Mouse"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Drag a header"),
        QT_TRANSLATE_NOOP("Shortcuts", "Reorder stages, personas or lanes"),
        QT_TRANSLATE_NOOP("Shortcuts", "Mouse"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+click / rubber band"),
        QT_TRANSLATE_NOOP("Shortcuts", "Select several cards"),
        QT_TRANSLATE_NOOP("Shortcuts", "Mouse"),
    ),
    Shortcut(
        "F1",
        QT_TRANSLATE_NOOP("Shortcuts", "This list of shortcuts"),
        QT_TRANSLATE_NOOP("Shortcuts", "Help"),
    ),
)
