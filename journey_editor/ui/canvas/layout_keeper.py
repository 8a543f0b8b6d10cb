"""The canvas's current MapLayout, and how it follows the document's edits.

A structural edit (stages, personas, lanes, their names) or a change of the channel
catalogue lays the whole map out again; any other edit (cards, links) lays out only the
bands of the personas it touched, through `update_layout`, which hands every other band over
object for object.
"""

from __future__ import annotations

from journey_editor.edits import Change
from journey_editor.layout import (
    LayoutCache,
    LayoutOptions,
    MapLayout,
    compute_layout,
    update_layout,
)
from journey_editor.layout.view_filter import ViewFilter
from journey_editor.model.project import Project

# The canvas shows the map itself: title and legend belong to the PDF and the window title.
CANVAS_OPTIONS = LayoutOptions(title_block=False, legend=False)


class LayoutKeeper:
    def __init__(
        self, options: LayoutOptions = CANVAS_OPTIONS, view_filter: ViewFilter | None = None
    ) -> None:
        self._options = options
        self._filter = view_filter or ViewFilter()
        self._laid_out_with = self._filter.options(options)
        self.cache = LayoutCache()  # wrapped titles, kept from one layout to the next
        self.layout: MapLayout | None = None
        self._channels: frozenset[str] = frozenset()

    # The options the map is laid out with are the view's (`options`: compare mode's room for
    # ghosts …) with the filters' cards and lanes left out (`view_filter`), made once per
    # change: the cell memo knows options by identity.
    @property
    def options(self) -> LayoutOptions:
        return self._options

    @options.setter
    def options(self, options: LayoutOptions) -> None:
        self._options = options
        self._laid_out_with = self._filter.options(options)

    @property
    def view_filter(self) -> ViewFilter:
        return self._filter

    @view_filter.setter
    def view_filter(self, view_filter: ViewFilter) -> None:
        self._filter = view_filter
        self._laid_out_with = view_filter.options(self._options)

    def full(self, project: Project) -> MapLayout:
        self.layout = compute_layout(project, self._laid_out_with, self.cache)
        self._channels = frozenset(channel.id for channel in project.channels)
        return self.layout

    def after(self, change: Change, project: Project) -> MapLayout:
        previous = self.layout
        channels = frozenset(channel.id for channel in project.channels)
        touched = change.touched
        if (
            previous is None
            or change.structural
            or channels != self._channels
            or not touched.isdisjoint(channels | self._channels)
        ):
            return self.full(project)
        cells = changed_cells(touched, project, previous)
        self.layout = update_layout(
            previous, project, {cell[0] for cell in cells}, self.cache, cells
        )
        return self.layout


def changed_personas(touched: frozenset[str], project: Project, previous: MapLayout) -> set[str]:
    """The personas whose bands an edit of `touched` cards can have changed: those of the
    cells it changed (a card moved between personas, or deleted, changes the band it left;
    the previous layout remembers that band)."""
    return {cell[0] for cell in changed_cells(touched, project, previous)}


def changed_cells(
    touched: frozenset[str], project: Project, previous: MapLayout
) -> set[tuple[str, str, str]]:
    """The cells an edit of `touched` cards can have changed: where each card is now and where
    it was (the other cells of its band keep their packing unchecked)."""
    cells: set[tuple[str, str, str]] = set()
    cards = project.card_list()
    for object_id in touched:
        card = cards.card(object_id)
        if card is not None:
            cells.add((card.persona, card.lane, card.stage))
    boxes = previous.local_cards
    for object_id in touched:
        box = boxes.get(object_id)
        if box is not None:
            cells.add(box.cell)
    return cells
