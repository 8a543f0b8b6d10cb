"""Every keyboard shortcut and gesture, in one table: Help → Keyboard shortcuts and the
README are generated from the same list, so they cannot drift apart."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Shortcut:
    keys: str
    what: str
    group: str


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("Ctrl+N", "New map", "File"),
    Shortcut("Ctrl+O", "Open a map", "File"),
    Shortcut("Ctrl+S", "Save", "File"),
    Shortcut("Ctrl+Shift+S", "Save as", "File"),
    Shortcut("Ctrl+Shift+P", "Export the PDF handout", "File"),
    Shortcut("Ctrl+Q", "Quit", "File"),
    Shortcut("Ctrl+Z", "Undo", "Edit"),
    Shortcut("Ctrl+Shift+Z / Ctrl+Y", "Redo", "Edit"),
    Shortcut("Ctrl+X / Ctrl+C / Ctrl+V", "Cut, copy, paste cards (also between windows)", "Edit"),
    Shortcut("Ctrl+D", "Duplicate the selected cards", "Edit"),
    Shortcut(
        "Del", "Delete the selection (cards, or a stage / persona / lane with its cards)", "Edit"
    ),
    Shortcut("F2 / double-click", "Rename in place (card title, stage, persona, lane)", "Edit"),
    Shortcut("Ctrl+A", "Select all cards", "Edit"),
    Shortcut("Insert", "New card in the selected cell", "Card"),
    Shortcut("1 … 5", "Set effort of the selected cards", "Card"),
    Shortcut("0", "Clear effort", "Card"),
    Shortcut("− / +", "Lower / raise emotion", "Card"),
    Shortcut("Arrow keys", "Move the selection to the neighbouring card or cell", "Navigate"),
    Shortcut("Tab / Shift+Tab", "Next / previous stage", "Navigate"),
    Shortcut("Ctrl+= / Ctrl+-", "Zoom in / out", "View"),
    Shortcut("Ctrl+wheel", "Zoom around the mouse", "View"),
    Shortcut("Ctrl+0", "Fit the whole map in the window", "View"),
    Shortcut("Ctrl+1", "Actual size (100 %)", "View"),
    Shortcut("Space+drag / middle-drag", "Pan", "View"),
    Shortcut("Drag a card", "Move it to another cell or position", "Mouse"),
    Shortcut("Ctrl+drag a card", "Copy it", "Mouse"),
    Shortcut("Drag a palette tile", "New touchpoint (channel), stage, persona or lane", "Mouse"),
    Shortcut("Drag a header", "Reorder stages, personas or lanes", "Mouse"),
    Shortcut("Ctrl+click / rubber band", "Select several cards", "Mouse"),
    Shortcut("F1", "This list of shortcuts", "Help"),
)
