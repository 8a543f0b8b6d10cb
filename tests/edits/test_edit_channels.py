"""The channel catalogue: deleting a channel clears it from cards; undo gives it back to them."""

import pytest

from journey_editor.edits import (
    AddChannel,
    EditError,
    MergeChannels,
    MoveChannel,
    RemoveChannel,
    UnmergeChannels,
    UpdateChannel,
)
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


# --- reorder and merge (the channel catalogue editor) ---------------------------------------


def channel_order(project):
    return [channel.id for channel in project.channels]


def test_moving_a_channel_reorders_the_catalogue(journey, undo_redo):
    before = channel_order(journey)
    change = undo_redo(journey, MoveChannel("store", 0))
    assert channel_order(journey)[0] == "store"
    assert sorted(channel_order(journey)) == sorted(before)
    assert change.label == "Move channel «Store»"
    assert change.inverse == MoveChannel("store", before.index("store"))


def test_a_move_past_the_end_lands_last_and_an_unknown_channel_is_refused(journey, undo_redo):
    undo_redo(journey, MoveChannel("website", 99))
    assert channel_order(journey)[-1] == "website"
    with pytest.raises(EditError, match='channel "fax": does not exist'):
        MoveChannel("fax", 0).apply(journey)


def test_merging_moves_every_card_to_the_other_channel_and_keeps_the_links(journey, undo_redo):
    links = list(journey.links)
    index = channel_order(journey).index("website")
    change = undo_redo(journey, MergeChannels("website", "store"))
    assert "website" not in channel_order(journey)
    assert journey.card("c-site").channel == "store"
    assert journey.card("c-marc-ad").channel == "store"
    assert journey.card("c-store").channel == "store"
    assert journey.links == links
    assert change.touched == {"website", "store", "c-site", "c-marc-ad"}
    assert change.label == "Merge channel «Website» into channel «Store»"
    assert change.inverse == UnmergeChannels(
        index, journey_channel("website"), "store", ("c-site", "c-marc-ad")
    )


def journey_channel(channel_id):
    from journey_editor.model import default_channels

    return next(c for c in default_channels() if c.id == channel_id)


def test_merging_an_unused_channel_only_removes_it(journey, undo_redo):
    AddChannel(FAX).apply(journey)
    change = undo_redo(journey, MergeChannels("fax", "email"))
    assert "fax" not in channel_order(journey)
    assert change.touched == {"fax", "email"}


@pytest.mark.parametrize(
    ("source", "target", "message"),
    [
        ("website", "website", 'channel "website": cannot be merged into itself'),
        ("fax", "store", 'channel "fax": does not exist'),
        ("website", "fax", 'channel "fax": does not exist'),
    ],
)
def test_a_merge_that_cannot_be_made_is_refused_untouched(journey, source, target, message):
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError, match=message):
        MergeChannels(source, target).apply(journey)
    assert journey == before


def test_undoing_a_merge_refuses_a_card_moved_off_the_target_since(journey):
    change = MergeChannels("phone", "store").apply(journey)
    position = journey.card_index("c-marc-call")
    journey.cards[position] = journey.cards[position].model_copy(update={"channel": "email"})
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError, match='card "c-marc-call": field "channel"'):
        change.inverse.apply(journey)
    assert journey == before
