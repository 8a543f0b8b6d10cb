"""A diff read as the marks' plain ChangeSet (export/change_input.py), on the as-is / to-be pair
with the to-be shown: side B of the diff is the map on screen, side A the other version."""

import sys
from pathlib import Path

from journey_editor.compare import diff_projects
from journey_editor.export.change_input import change_set
from journey_editor.layout.change_marks import FieldChange
from journey_editor.model import Card

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from tests.compare.pair import as_is, to_be  # noqa: E402


def test_the_pair_as_marks():
    other, shown = as_is(), to_be()
    changes = change_set(diff_projects(other, shown), other)
    # Channels, links, the map's title and the personas' order have no mark on the map.
    assert changes.added == {"s-loyal", "c-follow-up", "c-return"}
    (gone,) = changes.gone
    assert gone.card == next(card for card in other.cards if card.id == "c-friend")
    assert gone.channel is not None and gone.channel.id == "word_of_mouth"
    assert (gone.cell, gone.index) == (("p-lea", "l-lea-touch", "s-discover"), 1)
    assert changes.changed == {
        "c-shop": (FieldChange("effort", 3, 2), FieldChange("emotion", -1, 1)),
        "c-marc-store": (FieldChange("emotion", 1, 2),),
    }
    moved = changes.moved["c-queue"]
    assert moved.cell == ("p-lea", "l-lea-pain", "s-buy")
    assert moved.names == ("Léa", "Irritants", "Achat")
    assert changes.reordered == {}


def test_a_channel_change_names_the_channels_and_a_move_in_the_cell_is_a_reorder():
    other = as_is()
    data = other.model_dump()
    cards = {card["id"]: card for card in data["cards"]}
    cards["c-blog"]["channel"] = "store"
    # c-friend before c-blog in their cell: both changed position there.
    data["cards"].remove(cards["c-friend"])
    data["cards"].insert(0, cards["c-friend"])
    shown = type(other).model_validate(data)
    changes = change_set(diff_projects(other, shown), other)
    labels = {channel.id: channel.label for channel in other.channels}
    assert changes.changed["c-blog"] == (FieldChange("channel", labels["blog"], labels["store"]),)
    assert set(changes.reordered.values()) <= {(0, 1), (1, 0)} and changes.reordered
    assert all(isinstance(g.card, Card) for g in changes.gone)
