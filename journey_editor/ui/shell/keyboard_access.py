"""Keyboard routes to what the mouse does: moving between the canvas and the docks (F6),
opening the menu bar (F10), choosing a card's channel from the Card menu, and adding a stage
or persona ready to be named.

Everything here calls the same verbs as the mouse gestures (`verbs`), so a keyboard
user's map is the same map, one undo step per verb.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QWidget

from journey_editor.ui.canvas import theme
from journey_editor.ui.editing import verbs
from journey_editor.ui.icons import channel_icon
from journey_editor.ui.shell.editor_window import EditorWindow

# --- F6 / Shift+F6: palette (or conflicts) → canvas → inspector -----------------------------------


def panes(window: EditorWindow) -> list[QWidget]:
    """The panes F6 visits, in reading order: the visible docks and the canvas."""
    # The conflicts panel shares the palette's place (a tab): whichever of the two shows.
    order: list[QWidget] = [
        window.palette_dock,
        window.conflicts_dock,
        window.view,
        window.inspector,
    ]
    return [pane for pane in order if pane is window.view or _visible_dock(pane)]


def _visible_dock(widget: QWidget) -> bool:
    return isinstance(widget, QDockWidget) and widget.isVisible()


def pane_of(window: EditorWindow, widget: QWidget | None) -> QWidget:
    """The pane holding `widget` (the canvas for anything outside the docks)."""
    for pane in panes(window):
        if widget is not None and (widget is pane or pane.isAncestorOf(widget)):
            return pane
    return window.view


def cycle_panes(window: EditorWindow, forward: bool = True) -> QWidget:
    """Move the keyboard focus to the next (previous) pane; returns the widget focused."""
    order = panes(window)
    current = pane_of(window, QApplication.focusWidget())
    index = order.index(current) if current in order else 0
    target = order[(index + (1 if forward else -1)) % len(order)]
    if target is window.view:
        if window.view.inline_editor.is_open:
            window.view.inline_editor.commit()
        window.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return window.view
    if target is window.palette_dock:
        return window.palette_dock.focus_tiles()
    return focus_first_field(target)


def focus_first_field(container: QWidget) -> QWidget:
    """Focus the first visible, enabled widget that takes Tab focus inside `container`."""
    widget = container.nextInFocusChain()
    while widget is not container and widget is not None:
        if (
            container.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return widget
        widget = widget.nextInFocusChain()
    container.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return container


# --- F10: the menu bar ---------------------------------------------------------------------------


def open_menu_bar(window: EditorWindow) -> None:
    """Open the first menu, as F10 does on GNOME and Windows; arrows walk the menus from there."""
    bar = window.menuBar()
    first = next((a for a in bar.actions() if a.isVisible() and a.menu() is not None), None)
    if first is not None:
        bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        bar.setActiveAction(first)


# --- Card ▸ Channel ------------------------------------------------------------------------------


def fill_channel_menu(window: EditorWindow, menu: QMenu) -> None:
    """The map's channels, refreshed each time the menu opens (the catalogue may change)."""
    menu.clear()
    document, selection = window.document, window.selection
    cards = selection.card_ids()
    current = {document.project.card(card_id).channel for card_id in cards}
    for channel in document.project.channels:
        # "&" in a label would turn the next letter into a mnemonic: show it as typed.
        action = menu.addAction(channel.label.replace("&", "&&"))
        action.setIcon(
            channel_icon(channel.icon, theme.readable_on(channel.colour), 16, channel.colour)
        )
        action.setCheckable(True)
        action.setChecked(bool(cards) and current == {channel.id})
        action.setEnabled(bool(cards))
        action.triggered.connect(lambda _=False, c=channel.id: _set_channel(window, c))
    menu.addSeparator()
    none = menu.addAction(QCoreApplication.translate("KeyboardAccess", "&No channel"))
    none.setEnabled(bool(cards))
    none.triggered.connect(lambda _=False: _set_channel(window, None))


def _set_channel(window: EditorWindow, channel: str | None) -> None:
    verbs.set_channel(window.document, window.selection.card_ids(), channel)


# --- Map ▸ Add stage / Add persona: added, selected and ready to be named ---------------------


def add_stage_and_name(window: EditorWindow) -> None:
    stage_id = verbs.add_stage(window.document)
    window.selection.set("stage", (stage_id,))
    window.view.inline_editor.open("stage", stage_id)


def add_persona_and_name(window: EditorWindow) -> None:
    persona_id = verbs.add_persona(window.document)
    window.selection.set("persona", (persona_id,))
    window.view.inline_editor.open("persona", persona_id)
