"""On the editor's canvas each card keeps its picture: a card that an edit only pushes along
(a card above it in its cell, a lane row above it that grew) is moved, not painted again —
a row that grows moves every row under it (issue 14), each as one group with its cards'
layout records and items untouched. Exports paint every card afresh."""

import pytest
from PySide6.QtWidgets import QGraphicsItem

from journey_editor.ui.canvas.items.card import CardItem
from journey_editor.ui.canvas.render import build_scene


@pytest.fixture
def painted(monkeypatch):
    """The ids of the cards whose `paint` ran (their picture was made, not copied)."""
    seen: list[str] = []
    original = CardItem.paint

    def paint(self, *args):
        seen.append(self.object_id)
        return original(self, *args)

    monkeypatch.setattr(CardItem, "paint", paint)
    return seen


def _growing_drop(layout):
    """A card of the second band; the fullest cell of the first band's first lane (a card
    more there makes the row taller); a card of a lane further down, which the growth
    pushes."""
    band, other = layout.bands[:2]
    first, *below = band.lanes
    persona = band.persona_id
    cells = [c for c in layout.local_cells.values() if c.key[:2] == (persona, first.lane_id)]
    fullest = max(cells, key=lambda cell: len(cell.card_ids))
    lower = {row.lane_id for row in below}
    pushed = next(
        box.card_id
        for box in layout.local_cards.values()
        if box.cell[0] == persona and box.cell[1] in lower
    )
    mover = next(
        box.card_id for box in layout.local_cards.values() if box.cell[0] == other.persona_id
    )
    return mover, fullest, pushed


def test_a_card_pushed_down_by_a_taller_row_is_moved_not_painted_again(small, painted):
    view, scene = small.view, small.view.map_scene
    before = view.map_layout()
    mover, cell, pushed = _growing_drop(before)
    item = scene.cards[pushed]
    assert item.cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache
    was, position = item.card_rect(), item.pos()
    row_top = item.parentItem().pos().y()
    view.viewport().repaint()
    assert pushed in painted, "the card shows on the screen"

    painted.clear()
    small.drag(small.card_point(mover), small.card_point(cell.card_ids[-1], fy=0.9))
    view.viewport().repaint()

    after = view.map_layout()
    assert after.local_cards[mover].cell == cell.key, "dropped in the fullest cell"
    grown = after.local_cells[cell.key].rect.height - cell.rect.height
    assert grown > 0, "the drop made the row taller"
    assert after.local_cards[pushed] is before.local_cards[pushed], "its row only moved"
    assert item.spec is before.local_cards[pushed] and item.pos() == position
    assert item.parentItem().pos().y() == row_top + grown, "its row's group moved"
    assert item.card_rect() == was.translated(0.0, grown), "pushed down by the growth"
    assert mover in painted, "the dropped card is painted where it landed"
    assert pushed not in painted, "the pushed card's picture was moved"

    small.undo_all()
    assert item.card_rect() == was


def test_an_export_scene_paints_each_card_afresh(small_project):
    scene = build_scene(small_project)
    assert scene.cards
    assert all(item.cacheMode() == QGraphicsItem.CacheMode.NoCache for item in scene.cards.values())


def test_only_the_cards_near_the_view_keep_their_picture(french):
    """Qt keeps a few kilobytes for each card drawn with its picture kept: the cards of bands
    far from what the view shows keep none, so a big map scrolled end to end costs what a
    screenful does; scrolled to, they keep it again."""
    view, scene = french.view, french.view.map_scene
    kept = QGraphicsItem.CacheMode.DeviceCoordinateCache
    view.resize(900, 240)
    view.zoom.set(1.0)
    view.show_top_left()
    layout = view.map_layout()
    near, far = layout.bands[0].persona_id, layout.bands[-1].persona_id
    cards_of = {
        persona: [i for i, box in layout.local_cards.items() if box.cell[0] == persona]
        for persona in (near, far)
    }
    assert all(scene.cards[i].cacheMode() == kept for i in cards_of[near])
    assert not any(scene.cards[i].cacheMode() == kept for i in cards_of[far])

    view.reveal(cards_of[far][0])
    assert all(scene.cards[i].cacheMode() == kept for i in cards_of[far])
    assert not any(scene.cards[i].cacheMode() == kept for i in cards_of[near])
