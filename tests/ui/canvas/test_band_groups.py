"""A band pushed down by a taller band above it moves as one: its items keep their layout
records and their positions inside the band's groups, and only the groups move (issue 14).
Driven by a real drag on the viewport."""

from PySide6.QtCore import QPointF, QRectF

from journey_editor.edits import AddLink, MoveCards, RemoveLink, UpdateCard, UpdateLink
from journey_editor.model import Link


def _fullest_lane_cell(layout, persona_id):
    """A cell that is the fullest of its lane row (a card more there grows the row)."""
    band = next(band for band in layout.bands if band.persona_id == persona_id)
    best = None
    for row in band.lanes:
        cells = [c for c in layout.local_cells.values() if c.key[:2] == (persona_id, row.lane_id)]
        fullest = max(cells, key=lambda c: len(c.card_ids))
        if fullest.card_ids and (best is None or len(fullest.card_ids) > len(best.card_ids)):
            best = fullest
    return best


def test_a_taller_band_above_moves_the_band_below_as_one(small):
    view, scene = small.view, small.view.map_scene
    before = view.map_layout()
    cell = _fullest_lane_cell(before, "p-lea")
    mover = next(
        box.card_id
        for box in before.local_cards.values()
        if box.cell[0] == "p-lea" and box.cell[1] != cell.key[1]
    )
    marc_cards = [i for i, box in before.local_cards.items() if box.cell[0] == "p-marc"]
    specs = {i: scene.cards[i].spec for i in marc_cards}
    positions = {i: QPointF(scene.cards[i].pos()) for i in marc_cards}
    scene_rects = {i: scene.cards[i].card_rect() for i in marc_cards}
    groups = scene.band_groups["p-marc"]
    group_tops = [group.pos().y() for group in groups]

    last = cell.card_ids[-1]
    small.drag(small.card_point(mover), small.card_point(last, fy=0.9))

    after = view.map_layout()
    assert small.stack.count() == 1
    assert after.local_cards[mover].cell == cell.key
    grown = after.persona("p-lea").rect.height - before.persona("p-lea").rect.height
    assert grown > 0, "the drop made Léa's band taller"
    assert after.bands[1] is before.bands[1], "Marc's band is not laid out again"
    for card_id in marc_cards:
        item = scene.cards[card_id]
        assert item.spec is specs[card_id] and item.pos() == positions[card_id]
        assert item.card_rect() == scene_rects[card_id].translated(0.0, grown)
    assert [group.pos().y() for group in groups] == [top + grown for top in group_tops]

    small.undo_all()
    assert [group.pos().y() for group in groups] == group_tops
    assert all(scene.cards[i].card_rect() == scene_rects[i] for i in marc_cards)


def assert_scene_shows(view) -> None:
    """Every record of the layout has its item, drawing that very record, in its band's
    group at the band's top (a card in its lane row's group at the row's top, in its band's
    front group); no item is left over."""
    layout, scene = view.map_layout(), view.map_scene
    assert scene.cards.keys() == set(layout.local_cards)
    for card_id, item in scene.cards.items():
        box = layout.local_cards[card_id]
        assert item.spec == box
        row = scene.row_groups[box.cell[:2]]
        assert item.parentItem() is row
        assert row.parentItem() is scene.band_groups[box.cell[0]][1]
        assert row.pos().y() == layout.row_top(*box.cell[:2])
        rect = layout.cards[card_id].rect
        assert item.card_rect() == QRectF(rect.x, rect.y, rect.width, rect.height)
    rows = {(band.persona_id, row.lane_id) for band in layout.bands for row in band.lanes}
    assert scene.row_groups.keys() == rows
    shown = {path.link_id: (frame, path) for frame, path in layout.local_links}
    assert scene.links.keys() == shown.keys()
    for link_id, item in scene.links.items():
        frame, path = shown[link_id]
        assert item.spec == path
        assert item.parentItem() is (None if frame is None else scene.band_groups[frame][1])
    for band, top in zip(layout.bands, layout.band_tops, strict=True):
        assert all(g.pos().y() == top for g in scene.band_groups[band.persona_id])
    assert scene.band_groups.keys() == {band.persona_id for band in layout.bands}


def test_after_any_edits_and_undos_the_scene_shows_the_layout(small):
    """Moves within and across bands (which turn links into links between bands and back),
    link edits, new and removed links, and undoing them all: the scene follows each step."""
    document = small.view.document
    steps = [
        MoveCards(("c-blog",), "p-marc", "l-marc-touch", "s-use", 0),
        UpdateLink("k-1", {"label": "un libellé bien trop long pour tenir à côté du lien"}),
        AddLink(Link(id="k-new", from_card="c-shop", to_card="c-marc-store", label="suite")),
        MoveCards(("c-shop",), "p-marc", "l-marc-touch", "s-buy", 0),
        MoveCards(("c-blog",), "p-lea", "l-lea-pain", "s-discover", 0),
        RemoveLink("k-new"),
        UpdateCard("c-marc-store", {"title": "Essayage en boutique, puis retouches " * 3}),
    ]
    for edit in steps:
        document.apply(edit)
        assert_scene_shows(small.view)
    small.undo_all()
    assert_scene_shows(small.view)
    assert small.project == small.original


def test_after_edits_the_canvas_looks_as_a_fresh_one(qtbot, french):
    """Pixel for pixel: the French sample after moves that grow and shrink bands (records
    taken over, groups moved) looks exactly as the same map opened afresh."""
    from tests.ui.canvas.conftest import Canvas

    document, layout = french.view.document, french.layout
    first = layout.bands[0].persona_id
    cells = [c for c in layout.local_cells.values() if c.key[0] == first and c.card_ids]
    fullest = max(cells, key=lambda cell: len(cell.card_ids))
    others = [
        box.card_id
        for box in layout.local_cards.values()
        if box.cell[0] == first and box.cell != fullest.key
    ]
    document.apply(MoveCards(tuple(others[:3]), *fullest.key, 0))  # the first band grows
    document.apply(MoveCards((others[3],), *layout.local_cards[others[3]].cell, 0))
    assert french.layout.band_tops != layout.band_tops, "the bands below moved"
    fresh = Canvas(qtbot, document.project.model_copy(deep=True))
    try:
        for canvas in (french, fresh):
            canvas.view.resize(1280, 720)
            canvas.view.reset_zoom()
            canvas.view.show_top_left()
            canvas.view.verticalScrollBar().setValue(400)
        qtbot.wait(50)
        assert french.view.viewport().grab().toImage() == fresh.view.viewport().grab().toImage()
    finally:
        fresh.document.undo_stack.clear()


def test_a_band_far_from_the_view_is_hidden_and_moves_unseen_until_scrolled_to(french):
    """Only the bands within a screenful of what the view shows have their items shown: a
    band far below costs nothing to paint, and when a band above grows it moves hidden."""
    view, scene, document = french.view, french.view.map_scene, french.view.document
    view.resize(900, 240)
    view.zoom.set(1.0)
    view.show_top_left()
    layout = view.map_layout()
    far = layout.bands[-1].persona_id
    visible = view.visible_scene_rect()
    assert layout.band_tops[-1] > visible.bottom() + visible.height(), "the fixture's map"
    near = layout.bands[0].persona_id
    assert all(group.isVisible() for group in scene.band_groups[near])
    assert not any(group.isVisible() for group in scene.band_groups[far])
    far_card = next(i for i, box in layout.local_cards.items() if box.cell[0] == far)
    assert not scene.cards[far_card].isVisible()

    first = next(i for i, box in layout.local_cards.items() if box.cell[0] == near)
    document.apply(UpdateCard(first, {"title": "Un titre qui prend bien plus de place " * 6}))
    after = view.map_layout()
    assert after.band_tops[-1] > layout.band_tops[-1], "the first band grew"
    assert all(g.pos().y() == after.band_tops[-1] for g in scene.band_groups[far])
    assert not scene.cards[far_card].isVisible()

    view.reveal(far_card)
    assert all(group.isVisible() for group in scene.band_groups[far])
    assert scene.cards[far_card].isVisible()
    assert not any(group.isVisible() for group in scene.band_groups[near])
    assert_scene_shows(view)
    french.undo_all()
    assert_scene_shows(view)
