"""The channel catalogue: deleting a channel clears it from cards; undo gives it back to them."""

import pytest

from journey_editor.edits import AddChannel, EditError, RemoveChannel, UpdateChannel
from journey_editor.model import Channel

FAX = Channel(id="fax", label="Fax", colour="#123456", icon="printer", kind="physical")


def test_adding_a_channel(journey, undo_redo):
    change = undo_redo(journey, AddChannel(FAX, 0))
    assert journey.channels[0].id == "fax"
    assert change.touched == {"fax"}
    assert change.label == "Add channel «Fax»"


def test_a_channel_id_need_only_be_unique_among_channels(journey, undo_redo):
    undo_redo(journey, AddChannel(FAX.model_copy(update={"id": "c-blog"})))
    with pytest.raises(EditError, match='channel "email": field "id": this id is already used'):
        AddChannel(FAX.model_copy(update={"id": "email"})).apply(journey)


def test_an_invalid_channel_is_refused(journey):
    with pytest.raises(EditError, match='channel "fax": field "colour"'):
        AddChannel(FAX.model_copy(update={"colour": "blue"})).apply(journey)


def test_removing_a_channel_clears_it_from_its_cards_and_undo_restores_both(journey, undo_redo):
    change = undo_redo(journey, RemoveChannel("website"))
    assert "website" not in {c.id for c in journey.channels}
    assert journey.card("c-site").channel is None
    assert journey.card("c-marc-ad").channel is None
    assert journey.card("c-site").title == "Site"
    assert change.touched == {"website", "c-site", "c-marc-ad"}
    assert change.label == "Delete channel «Website»"


def test_removing_an_unknown_channel_is_an_error(journey):
    with pytest.raises(EditError, match='channel "fax": does not exist'):
        RemoveChannel("fax").apply(journey)


def test_restoring_a_channel_refuses_to_overwrite_a_channel_set_since(journey):
    change = RemoveChannel("phone").apply(journey)
    journey.cards[journey.card_index("c-marc-call")] = journey.card("c-marc-call").model_copy(
        update={"channel": "email"}
    )
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError, match='card "c-marc-call": field "channel"'):
        change.inverse.apply(journey)
    assert journey == before


def test_updating_a_channel_touches_the_cards_that_show_it(journey, undo_redo):
    change = undo_redo(journey, UpdateChannel("website", {"colour": "#000000", "label": "Web"}))
    assert journey.channel("website").colour == "#000000"
    assert change.touched == {"website", "c-site", "c-marc-ad"}
    assert change.structural is False


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"id": "web"}, "id"), ({"kind": "hybrid"}, "kind"), ({"label": " "}, "label")],
)
def test_an_invalid_channel_update_is_refused(journey, changes, field):
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError) as raised:
        UpdateChannel("website", changes).apply(journey)
    assert (raised.value.kind, raised.value.object_id, raised.value.field) == (
        "channel",
        "website",
        field,
    )
    assert journey == before
