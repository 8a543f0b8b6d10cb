"""Clicks and the shared Selection: what a click selects, and the scene's highlight.

Selection rules, as in other diagram editors:
- press on an unselected card selects it alone (so dragging it drags just it); press on a
  card of a multi-selection keeps the selection (to drag them all) and, if no drag follows,
  the click selects that card alone;
- Ctrl+click toggles a card in or out of the selection (decided at release, because a
  Ctrl-drag copies instead);
- a header (stage, persona, lane) selects that object;
- a click on a cell outside any card selects nothing but remembers the cell, for
  `selected_cell()` (Insert, paste) and the arrow keys, and marks it.
The Selection object is the truth; the scene only mirrors it (`_mirror`), so the inspector,
menus and canvas can never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt

from journey_editor.layout import CellKey, MapLayout
from journey_editor.ui.canvas.interactions.context import CanvasContext, Hit
from journey_editor.ui.canvas.interactions.hits import HEADER_KINDS
from journey_editor.ui.editing.selection import Selection


def ctrl(modifiers: Qt.KeyboardModifier) -> bool:
    return bool(modifiers & Qt.KeyboardModifier.ControlModifier)


class SelectionController:
    def __init__(self, view: CanvasContext, selection: Selection) -> None:
        self.view = view
        self.selection = selection
        self.empty_cell: CellKey | None = None  # a clicked / navigated-to cell, no card
        self.focus_card: str | None = None  # the card the keyboard moves from
        selection.changed.connect(self._mirror)

    # --- clicks ---------------------------------------------------------------------------------

    def pressed(self, hit: Hit, modifiers: Qt.KeyboardModifier) -> None:
        if hit.kind == "card" and hit.object_id is not None:
            if not ctrl(modifiers) and hit.object_id not in self.selection.card_ids():
                self.select_cards((hit.object_id,))
            return
        if hit.kind in HEADER_KINDS and hit.object_id is not None:
            self.selection.set(hit.kind, (hit.object_id,))
        if hit.kind == "link" and hit.object_id is not None:
            self.select_link(hit.object_id)

    def clicked(self, hit: Hit, modifiers: Qt.KeyboardModifier) -> None:
        """A press and release without a drag in between."""
        if hit.kind == "card" and hit.object_id is not None:
            card_id = hit.object_id
            if ctrl(modifiers):
                ids = list(self.selection.card_ids())
                if card_id in ids:
                    ids.remove(card_id)
                else:
                    ids.append(card_id)
                self.select_cards(tuple(ids), focus=card_id)
            else:
                self.select_cards((card_id,))
            return
        if hit.kind in HEADER_KINDS or hit.kind == "link":
            return  # selected on press
        if ctrl(modifiers):
            return  # Ctrl+click on nothing keeps the selection
        if hit.kind == "cell" and hit.cell is not None:
            self.select_cell(hit.cell)
        else:
            self.clear()

    # --- changing the selection -----------------------------------------------------------------

    def select_cards(self, ids: tuple[str, ...], focus: str | None = None) -> None:
        self.focus_card = focus if focus in ids else (ids[-1] if ids else None)
        self.selection.set("card", ids)

    def select_header(self, kind: str, object_id: str) -> None:
        """A stage, persona or lane header (keyboard navigation past the map's edge)."""
        self.empty_cell = None
        self.focus_card = None
        self.selection.set(kind, (object_id,))

    def select_link(self, link_id: str) -> None:
        self.empty_cell = None
        self.focus_card = None
        self.selection.set("link", (link_id,))

    def select_cell(self, cell: CellKey) -> None:
        """Select nothing, but remember (and mark) `cell`."""
        self.selection.clear()
        self.empty_cell = cell
        self.focus_card = None
        self.show_cell_mark()

    def clear(self) -> None:
        self.empty_cell = None
        self.focus_card = None
        self.selection.clear()
        self.show_cell_mark()

    def selected_cell(self) -> CellKey | None:
        layout = self.view.map_scene.layout
        if self.selection.kind == "card" and self.selection.ids and layout is not None:
            card_id = self.current_card()
            box = layout.cards.get(card_id) if card_id is not None else None
            return box.cell if box is not None else None
        if not self.selection.ids and self.empty_cell is not None:
            return self.empty_cell
        return None

    def current_card(self) -> str | None:
        ids = self.selection.card_ids()
        if not ids:
            return None
        return self.focus_card if self.focus_card in ids else ids[-1]

    # --- mirroring ------------------------------------------------------------------------------

    def _mirror(self) -> None:
        selection = self.selection
        if selection.ids:
            self.empty_cell = None
        self.view.map_scene.set_highlight(selection.kind, selection.ids)
        self.show_cell_mark()

    def after_layout(self) -> None:
        """The layout changed: forget what no longer exists, move the cell mark."""
        layout = self.view.map_scene.layout
        if layout is None:
            return
        if self.empty_cell is not None and self.empty_cell not in layout.cells:
            self.empty_cell = None
        kind, ids = self.selection.kind, self.selection.ids
        if ids:
            gone = {object_id for object_id in ids if not _exists(layout, kind, object_id)}
            if gone:
                self.selection.forget(gone)
        self.show_cell_mark()

    def show_cell_mark(self) -> None:
        mark = self.view.map_scene.current_cell
        layout = self.view.map_scene.layout
        cell = self.empty_cell if not self.selection.ids else None
        if cell is None or layout is None or cell not in layout.cells:
            mark.hide()
            return
        rect = layout.cells[cell].rect
        mark.show_rect(QRectF(rect.x, rect.y, rect.width, rect.height))


def _exists(layout: MapLayout, kind: str | None, object_id: str) -> bool:
    if kind == "card":
        return object_id in layout.cards
    if kind == "stage":
        return any(box.stage_id == object_id for box in layout.stages)
    # Ids only: the records in each band's own coordinates serve (no shifted copies made).
    if kind == "persona":
        return any(band.persona_id == object_id for band in layout.bands)
    if kind == "lane":
        return any(row.lane_id == object_id for band in layout.bands for row in band.lanes)
    if kind == "link":
        return any(path.link_id == object_id for _, path in layout.local_links)
    return True  # anything else: not the canvas's to judge
