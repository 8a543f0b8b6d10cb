"""Palette tiles dropped on the canvas (the events a real QDrag delivers to the viewport)."""

from PySide6.QtCore import QMimeData, Qt

from journey_editor.ui.palette_mime import (
    PALETTE_MIME,
    PalettePayload,
    palette_mime_data,
    read_palette_payload,
)


def channel_tile(channel: str):
    return palette_mime_data(PalettePayload("channel", channel=channel))


def test_mime_round_trip_and_rejects():
    for payload in (
        PalettePayload("channel", channel="website"),
        PalettePayload("stage"),
        PalettePayload("persona"),
        PalettePayload("lane", lane_kind="pain_points"),
    ):
        assert read_palette_payload(palette_mime_data(payload)) == payload
    broken = QMimeData()
    broken.setData(PALETTE_MIME, b"{not json")
    assert read_palette_payload(broken) is None
    other = QMimeData()
    other.setText("hello")
    assert read_palette_payload(other) is None
    assert PALETTE_MIME == "application/x-journey-palette"


def test_channel_drop_creates_a_touchpoint_at_the_index_with_the_title_editor_open(small):
    blog = small.layout.cards["c-blog"].rect
    friend = small.layout.cards["c-friend"].rect
    between = small.vp(blog.x + 30, (blog.bottom + friend.y) / 2)  # between the two cards
    path = [small.vp(blog.x - 30, blog.y - 30), small.card_point("c-blog"), between]
    event = small.palette_drop(channel_tile("website"), path)
    assert event.isAccepted()

    order = small.cell_order("p-lea", "l-lea-touch", "s-discover")
    assert len(order) == 3 and order[0] == "c-blog" and order[2] == "c-friend"
    card = small.project.card(order[1])
    assert card.channel == "website" and card.title == ""
    assert small.selection.ids == (card.id,)
    editor = small.view.inline_editor
    assert editor.is_open and (editor.kind, editor.object_id) == ("card", card.id)
    editor.editor.setText("Page d'accueil")
    editor.commit()
    assert small.project.card(card.id).title == "Page d'accueil"
    assert small.stack.count() == 2  # the drop, then the title
    small.undo_all()
    small.redo_all()
    assert small.project.card(card.id).title == "Page d'accueil"


def test_the_drop_indicator_follows_the_drag_and_leaves_with_it(small):
    small.palette_drop(channel_tile("store"), [small.card_point("c-marc-store", 0.1)], drop=False)
    scene = small.view.map_scene
    assert scene.drop_indicator.isVisible() and scene.drop_cell.isVisible()
    line = scene.drop_indicator.line
    assert line.y1() < small.layout.cards["c-marc-store"].rect.y
    small.view.palette_drop.leave()
    assert not scene.drop_indicator.isVisible()


def test_drop_outside_any_cell_is_ignored(small):
    header = small.item_point(small.view.map_scene.personas["p-lea"])
    event = small.palette_drop(channel_tile("website"), [header])
    assert not event.isAccepted()
    far = small.vp(small.layout.width + 12, 10)
    small.palette_drop(channel_tile("website"), [far])
    assert small.project == small.original and small.stack.count() == 0


def test_an_unknown_channel_or_foreign_data_is_not_dropped(small):
    event = small.palette_drop(channel_tile("no-such-channel"), [small.card_point("c-blog")])
    assert not event.isAccepted()
    text = QMimeData()
    text.setText("c-blog")
    small.palette_drop(text, [small.card_point("c-blog")])
    assert small.project == small.original


def test_stage_tile_adds_a_stage_at_the_column_gap_and_names_it(small):
    buy = small.layout.stage("s-buy").rect
    at = small.vp(buy.x + 5, small.layout.body_top + 30)  # left part of "Achat": gap 1
    small.palette_drop(palette_mime_data(PalettePayload("stage")), [at])
    ids = [stage.id for stage in small.project.stages]
    assert len(ids) == 4 and ids[0] == "s-discover" and ids[2] == "s-buy"
    assert small.selection.kind == "stage" and small.selection.ids == (ids[1],)
    assert small.view.inline_editor.is_open
    small.view.inline_editor.editor.setText("Essayage")
    small.view.inline_editor.commit()
    assert small.project.stages[1].name == "Essayage"
    small.undo_all()


def test_persona_tile_adds_a_persona_between_bands(small):
    marc = small.layout.persona("p-marc").rect
    at = small.vp(small.layout.left_width + 40, marc.y + 5)
    small.palette_drop(palette_mime_data(PalettePayload("persona")), [at])
    ids = [persona.id for persona in small.project.personas]
    assert len(ids) == 3 and ids[0] == "p-lea" and ids[2] == "p-marc"
    assert small.view.inline_editor.kind == "persona"
    small.view.inline_editor.cancel()
    small.undo_all()


def test_lane_tile_adds_a_lane_of_its_kind_in_the_band_under_the_cursor(small):
    pain = small.layout.persona("p-lea").lanes[2].rect
    at = small.vp(small.layout.left_width + 40, pain.bottom - 3)  # low in the last lane
    payload = PalettePayload("lane", lane_kind="opportunities")
    small.palette_drop(palette_mime_data(payload), [at])
    lanes = small.project.persona("p-lea").lanes
    assert len(lanes) == 4 and lanes[3].kind == "opportunities"
    assert small.selection.kind == "lane"
    small.undo_all()


def test_palette_drop_refuses_a_lane_outside_persona_bands(small):
    payload = palette_mime_data(PalettePayload("lane", lane_kind="notes"))
    event = small.palette_drop(payload, [small.vp(small.layout.width / 2, 5)])  # stage row
    assert not event.isAccepted() and small.project == small.original


def test_an_empty_map_takes_its_first_stage_and_persona_from_the_palette(empty):
    centre = empty.vp(100, 20)
    assert empty.palette_drop(palette_mime_data(PalettePayload("stage")), [centre]).isAccepted()
    empty.view.inline_editor.cancel()
    assert len(empty.project.stages) == 1
    below = empty.vp(100, empty.layout.body_top + 10)
    empty.palette_drop(palette_mime_data(PalettePayload("persona")), [below])
    empty.view.inline_editor.cancel()
    assert len(empty.project.personas) == 1
    empty.key(Qt.Key.Key_Right)  # navigation on a map without cards
    assert empty.view.selected_cell() is not None
    empty.undo_all()
