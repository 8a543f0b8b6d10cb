"""Reconnecting a link by dragging one of its ends, with real mouse events on the viewport:
press on the end handle of the selected link, moves with the button held, release on a card."""

from PySide6.QtCore import QPointF, Qt

from journey_editor.ui.editing import verbs

NONE = Qt.MouseButton.NoButton


def select_link(canvas, link_id: str = "k-1") -> None:
    canvas.selection.set("link", (link_id,))


def map_link(canvas, link_id: str = "k-1"):
    """The link's path on the map (its item's record is in its band's own coordinates)."""
    return next(path for path in canvas.view.map_layout().links if path.link_id == link_id)


def end_point(canvas, end: str, link_id: str = "k-1") -> QPointF:
    """The viewport point of the selected link's "from" or "to" end handle."""
    spec = map_link(canvas, link_id)
    x, y = spec.segments[0].start if end == "from" else spec.segments[-1].end
    return canvas.vp(x, y)


def drag_end(canvas, end: str, target: QPointF, release: bool = True) -> None:
    start = end_point(canvas, end)
    canvas.move(start, buttons=NONE)  # hover first, as a hand would
    canvas.drag(start, target, release=release)


def ends(canvas, link_id: str = "k-1") -> tuple[str, str]:
    link = next(link for link in canvas.project.links if link.id == link_id)
    return link.from_card, link.to_card


def test_a_selected_link_shows_a_handle_on_each_end(small):
    marks = small.view.map_scene.link_ends
    assert not marks.isVisible()
    select_link(small)
    assert marks.isVisible() and marks.link_id == "k-1"
    spec = map_link(small)
    assert (marks.start.x(), marks.start.y()) == spec.segments[0].start
    assert (marks.end.x(), marks.end.y()) == spec.segments[-1].end
    small.selection.set("card", ("c-blog",))
    assert not marks.isVisible()


def test_dragging_the_arrow_end_onto_another_card_reconnects_it(small):
    select_link(small)
    drag_end(small, "to", small.card_point("c-marc-store"), release=False)
    scene = small.view.map_scene
    rubber = scene.link_rubber
    assert rubber.isVisible() and not rubber.target.isEmpty() and not rubber.refused
    assert scene.links["k-1"].opacity() < 1.0  # the link fades while its end is away
    assert not scene.link_ends.isVisible()
    small.release(small.card_point("c-marc-store"))

    assert ends(small) == ("c-blog", "c-marc-store")
    assert small.stack.count() == 1 and small.stack.text(0) == "Reconnect link"
    assert small.project.links[0].label == "clic"  # the same link, label kept
    assert small.selection.kind == "link" and small.selection.ids == ("k-1",)
    assert not rubber.isVisible() and scene.links["k-1"].opacity() == 1.0
    # The handles follow the link to its new card.
    new_end = map_link(small).segments[-1].end
    assert (scene.link_ends.end.x(), scene.link_ends.end.y()) == new_end
    small.undo_all()


def test_dragging_the_start_onto_another_card_reconnects_the_start(small):
    select_link(small)
    # The start sits where the card's link handle is: the end handle wins the press.
    drag_end(small, "from", small.card_point("c-friend"))
    assert ends(small) == ("c-friend", "c-shop")
    assert small.stack.count() == 1
    assert len(small.project.links) == 1  # reconnected, not a new link drawn
    small.undo_all()


def test_release_on_nothing_on_the_same_card_or_esc_changes_nothing(small):
    select_link(small)
    drag_end(small, "to", small.vp(-5, -5))
    drag_end(small, "to", small.card_point("c-shop", fx=0.7))  # back on its own card
    drag_end(small, "to", small.card_point("c-marc-store"), release=False)
    small.key(Qt.Key.Key_Escape)
    scene = small.view.map_scene
    assert not scene.link_rubber.isVisible() and scene.links["k-1"].opacity() == 1.0
    small.release(small.card_point("c-marc-store"))
    assert small.project == small.original and small.stack.count() == 0
    assert scene.link_ends.isVisible()  # still selected, its handles back


def test_a_self_link_or_a_duplicate_is_refused_with_a_message(small, monkeypatch):
    reports: list[str] = []
    monkeypatch.setattr(small.view, "report", reports.append)
    verbs.add_link(small.document, "c-friend", "c-shop")  # a second link into c-shop
    select_link(small)
    # The arrow end onto the link's own start: a card linked to itself.
    drag_end(small, "to", small.card_point("c-blog"), release=False)
    assert small.view.map_scene.link_rubber.refused
    small.release(small.card_point("c-blog"))
    assert reports and "itself" in reports[-1]
    # The start onto c-friend: c-friend → c-shop exists already.
    drag_end(small, "from", small.card_point("c-friend"))
    assert len(reports) == 2 and "already" in reports[-1]
    assert ends(small) == ("c-blog", "c-shop") and small.stack.count() == 1
    small.undo_all()


def test_hovering_an_end_hides_the_cards_link_handle_and_shows_a_move_cursor(small):
    select_link(small)
    small.move(small.card_point("c-blog"), buttons=NONE)
    assert small.view.map_scene.link_handle.isVisible()
    small.move(end_point(small, "from"), buttons=NONE)
    assert not small.view.map_scene.link_handle.isVisible()

    def cursor():
        return small.view.viewport().cursor().shape()

    assert cursor() == Qt.CursorShape.SizeAllCursor  # "drag me"
    small.move(small.card_point("c-marc-store"), buttons=NONE)
    assert cursor() == Qt.CursorShape.ArrowCursor
