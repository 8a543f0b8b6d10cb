"""Copy, cut and paste of cards through the real (process-wide) Qt clipboard."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QGuiApplication

from journey_editor.persistence import project_from_bytes, project_to_bytes
from journey_editor.templates import find_template
from journey_editor.ui.editing.clipboard import (
    CARDS_MIME,
    clipboard_has_cards,
    copy_cards,
    cut_cards,
    paste_cards,
)
from journey_editor.ui.editing.document import MapDocument


def _clipboard_json() -> dict:
    data = QGuiApplication.clipboard().mimeData()
    return json.loads(bytes(data.data(CARDS_MIME).data()).decode("utf-8"))


def _put(mime: str, payload: bytes) -> None:
    data = QMimeData()
    data.setData(mime, QByteArray(payload))
    QGuiApplication.clipboard().setMimeData(data)


def _strip(card) -> dict:
    return card.model_dump(exclude={"id", "persona", "lane", "stage"})


def test_copy_puts_json_and_titles_on_the_clipboard(document):
    assert not clipboard_has_cards()
    assert copy_cards(document, ("c-shop", "c-blog")) == 2
    assert clipboard_has_cards()
    body = _clipboard_json()
    assert body["format"] == "journey-editor/cards"
    assert body["version"] == 1
    # The map's order, whatever the selection's order.
    assert [card["id"] for card in body["cards"]] == ["c-blog", "c-shop"]
    assert [channel["id"] for channel in body["channels"]] == ["blog", "website"]
    text = QGuiApplication.clipboard().mimeData().text()
    assert text == "Article de blog\nChemise à 105 €"
    assert document.undo_stack.count() == 0


def test_copy_of_nothing_leaves_the_clipboard_alone(document):
    assert copy_cards(document, ()) == 0
    assert copy_cards(document, ("no-such-card",)) == 0
    assert not clipboard_has_cards()


def test_paste_into_a_cell_makes_copies_with_fresh_ids_in_one_step(document):
    copy_cards(document, ("c-blog", "c-friend"))
    cell = ("p-marc", "l-marc-touch", "s-use")
    new_ids = paste_cards(document, cell)
    project = document.project
    assert len(new_ids) == 2
    assert not set(new_ids) & {"c-blog", "c-friend"}
    copies = [project.card(i) for i in new_ids]
    assert [c.cell for c in copies] == [cell, cell]
    assert [_strip(c) for c in copies] == [_strip(project.card(i)) for i in ("c-blog", "c-friend")]
    assert [c.id for c in project.cell_cards(*cell)] == list(new_ids)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert not set(new_ids) & {c.id for c in project.cards}
    document.undo_stack.redo()
    assert [c.id for c in project.cell_cards(*cell)] == list(new_ids)


def test_paste_at_an_index_keeps_the_cards_together(document):
    copy_cards(document, ("c-blog", "c-friend"))
    cell = ("p-lea", "l-lea-touch", "s-discover")
    new_ids = paste_cards(document, cell, index=1)
    order = [c.id for c in document.project.cell_cards(*cell)]
    assert order == ["c-blog", *new_ids, "c-friend"]


def test_paste_without_a_cell_goes_back_to_the_original_cells(document):
    copy_cards(document, ("c-shop", "c-marc-store"))
    new_ids = paste_cards(document)
    cells = [document.project.card(i).cell for i in new_ids]
    assert cells == [("p-lea", "l-lea-touch", "s-buy"), ("p-marc", "l-marc-touch", "s-buy")]


def test_paste_twice_gives_distinct_ids(document):
    copy_cards(document, ("c-shop",))
    first, second = paste_cards(document), paste_cards(document)
    assert first != second
    assert document.undo_stack.count() == 2


def test_cut_then_undo_restores(document, selection):
    before = document.project.model_dump()
    selection.set("card", ("c-shop", "c-queue"))
    assert cut_cards(document, selection) == 2
    ids = {c.id for c in document.project.cards}
    assert not ids & {"c-shop", "c-queue"}
    assert not document.project.links  # the link to the cut card went with it
    assert selection.ids == ()
    assert document.undo_stack.count() == 1
    assert clipboard_has_cards()
    document.undo_stack.undo()
    assert document.project.model_dump() == before


def test_cut_then_paste_moves_the_cards_as_two_steps(document, selection):
    selection.set("card", ("c-queue",))
    cut_cards(document, selection)
    (new_id,) = paste_cards(document, ("p-marc", "l-marc-touch", "s-use"))
    assert document.project.card(new_id).title == "File d'attente en caisse"
    assert document.project.card(new_id).tags == ["caisse", "attente"]
    assert document.undo_stack.count() == 2


@pytest.mark.parametrize(
    ("mime", "payload"),
    [
        (CARDS_MIME, b"{not json"),
        (CARDS_MIME, b"\xff\xfe"),
        (CARDS_MIME, b"[]"),
        (CARDS_MIME, b'{"format": "other", "version": 1, "cards": []}'),
        (CARDS_MIME, b'{"format": "journey-editor/cards", "version": 2, "cards": []}'),
        (CARDS_MIME, b'{"format": "journey-editor/cards", "version": 1, "cards": []}'),
        (
            CARDS_MIME,
            b'{"format": "journey-editor/cards", "version": 1, "cards": [{"id": "x",'
            b' "persona": "p-lea", "lane": "l-lea-touch", "stage": "s-buy", "effort": 9}]}',
        ),
        (
            CARDS_MIME,
            b'{"format": "journey-editor/cards", "version": 1, "cards": [{"id": "x"}]}',
        ),
        ("text/plain", b"Just some text"),
    ],
)
def test_garbage_on_the_clipboard_pastes_nothing(document, mime, payload):
    before = document.project.model_dump()
    _put(mime, payload)
    assert paste_cards(document, ("p-lea", "l-lea-touch", "s-buy")) == ()
    assert paste_cards(document) == ()
    assert document.project.model_dump() == before
    assert document.undo_stack.count() == 0


def test_empty_clipboard_pastes_nothing(document):
    assert paste_cards(document) == ()


def test_a_card_brings_its_channel_to_a_map_without_it(qapp, document):
    french = MapDocument(find_template("menswear-omnichannel.fr").load())
    try:
        source = next(c for c in french.project.cards if c.channel == "click_and_collect")
        copy_cards(french, (source.id,))
        assert "click_and_collect" not in {ch.id for ch in document.project.channels}

        (new_id,) = paste_cards(document)
        project = document.project
        pasted = project.card(new_id)
        assert pasted.channel == "click_and_collect"
        assert project.channel("click_and_collect").label == "Click & collect"
        # The source cell does not exist here: first touchpoints lane × first stage.
        assert pasted.cell == ("p-lea", "l-lea-touch", "s-discover")
        assert document.undo_stack.count() == 1  # card and channel: one step

        document.undo_stack.undo()
        assert "click_and_collect" not in {ch.id for ch in project.channels}
        assert new_id not in {c.id for c in project.cards}
    finally:
        french.undo_stack.cleanChanged.disconnect()


def test_known_channels_are_not_added_twice(document):
    copy_cards(document, ("c-blog", "c-shop"))
    channels_before = [c.model_dump() for c in document.project.channels]
    paste_cards(document, ("p-marc", "l-marc-touch", "s-use"))
    assert [c.model_dump() for c in document.project.channels] == channels_before


def test_a_channel_missing_from_the_clipboard_is_dropped_from_the_card(document):
    body = {
        "format": "journey-editor/cards",
        "version": 1,
        "cards": [
            {
                "id": "elsewhere",
                "persona": "p-x",
                "lane": "l-x",
                "stage": "s-x",
                "title": "Borne",
                "channel": "kiosk",
            }
        ],
        "channels": [],
    }
    _put(CARDS_MIME, json.dumps(body).encode())
    (new_id,) = paste_cards(document)
    assert document.project.card(new_id).channel is None
    assert document.project.card(new_id).title == "Borne"


def _cards_payload(card: dict) -> bytes:
    body = {"format": "journey-editor/cards", "version": 1, "cards": [card], "channels": []}
    return json.dumps(body).encode("ascii")  # ensure_ascii: "\ud800" travels as an escape


def _foreign_card(**fields) -> dict:
    card = {"id": "x", "persona": "p-lea", "lane": "l-lea-touch", "stage": "s-buy"}
    return {**card, "title": "Venu d'ailleurs", **fields}


def _nested(levels: int) -> object:
    value: object = []
    for _ in range(levels - 1):
        value = [value]
    return value


# The cards sit at level 3 of the clipboard's JSON as in a map file, their attributes' values at
# level 5: a value of 60 nested arrays reaches level 64 (MAX_DEPTH), 61 go over it.
@pytest.mark.parametrize(
    "card",
    [
        _foreign_card(title="Broken \ud800 emoji"),
        _foreign_card(description="\udc00"),
        _foreign_card(attributes={"\ud83d": 1}),
        _foreign_card(attributes={"deep": _nested(61)}),
    ],
    ids=["surrogate in title", "surrogate in description", "surrogate in a key", "too deep"],
)
def test_a_paste_gets_the_checks_of_a_loaded_file(document, card):
    before = document.project.model_dump()
    _put(CARDS_MIME, _cards_payload(card))
    assert not clipboard_has_cards() or paste_cards(document) == ()
    assert paste_cards(document, ("p-lea", "l-lea-touch", "s-buy")) == ()
    assert document.project.model_dump() == before
    project_to_bytes(document.project)  # still saveable


def test_a_paste_as_deep_as_the_limit_pastes_and_saves(document):
    _put(CARDS_MIME, _cards_payload(_foreign_card(attributes={"deep": _nested(60)})))
    [new_id] = paste_cards(document, ("p-lea", "l-lea-touch", "s-buy"))
    again = project_from_bytes(project_to_bytes(document.project))
    assert again.card(new_id).attributes == {"deep": _nested(60)}
