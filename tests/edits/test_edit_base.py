"""The shared contract: errors that name object and field, Change, and Batch (all or nothing)."""

import dataclasses

import pytest

from journey_editor.edits import (
    AddCard,
    AddStage,
    Batch,
    Change,
    Edit,
    EditError,
    MoveCards,
    RemoveStage,
    UpdateCard,
    UpdateStage,
)
from journey_editor.model import Card, Stage


def test_an_edit_error_names_the_object_kind_id_and_field():
    error = EditError("card", "c-1", "effort", "must be between 1 and 5 (got 7)")
    assert str(error) == 'card "c-1": field "effort": must be between 1 and 5 (got 7)'
    assert (error.kind, error.object_id, error.field) == ("card", "c-1", "effort")


def test_an_edit_error_without_field_names_the_object_only():
    assert str(EditError("stage", "s-x", None, "does not exist")) == 'stage "s-x": does not exist'


def test_an_out_of_range_value_is_refused_with_the_whole_scale_in_the_message(journey):
    with pytest.raises(EditError) as raised:
        UpdateCard("c-blog", {"effort": 7}).apply(journey)
    assert str(raised.value) == 'card "c-blog": field "effort": must be between 1 and 5 (got 7)'


def test_edits_are_frozen_and_satisfy_the_edit_protocol():
    edit = UpdateStage("s-buy", {"name": "Paiement"})
    assert isinstance(edit, Edit)
    with pytest.raises(dataclasses.FrozenInstanceError):
        edit.stage_id = "s-use"  # type: ignore[misc]


def test_changing_the_callers_dict_afterwards_does_not_change_the_edit(journey):
    changes = {"name": "Paiement"}
    edit = UpdateStage("s-buy", changes)
    changes["name"] = "Autre"
    edit.apply(journey)
    assert journey.stage("s-buy").name == "Paiement"
    with pytest.raises(TypeError):
        edit.changes["name"] = "x"  # type: ignore[index]


def test_a_change_reports_the_inverse_the_touched_ids_whether_structural_and_a_label(journey):
    change = UpdateCard("c-blog", {"effort": 4}).apply(journey)
    assert isinstance(change, Change)
    assert change.touched == {"c-blog"}
    assert change.structural is False
    assert change.label == "Change effort of card «Blog»"
    assert change.inverse == UpdateCard("c-blog", {"effort": 1})


def test_a_batch_applies_in_order_and_its_inverse_undoes_in_reverse_order(journey, undo_redo):
    new_stage = Stage(id="s-loyal", name="Fidélité")
    card = Card(id="c-review", persona="p-lea", lane="l-lea-touch", stage="s-loyal", title="Avis")
    batch = Batch((AddStage(new_stage), AddCard(card), UpdateCard("c-review", {"effort": 2})))
    change = undo_redo(journey, batch)
    assert journey.card("c-review").effort == 2
    assert change.touched == {"s-loyal", "c-review"}
    assert change.structural is True
    assert change.label == "Add stage «Fidélité» (and 2 more)"


def test_a_batch_can_carry_its_own_label(journey):
    batch = Batch((UpdateCard("c-blog", {"effort": 2}),), label="Set effort")
    assert batch.apply(journey).label == "Set effort"


def test_an_empty_batch_changes_nothing(journey):
    before = journey.model_copy(deep=True)
    change = Batch(()).apply(journey)
    assert journey == before
    assert change.touched == frozenset()
    assert change.structural is False


def test_a_batch_that_fails_midway_rolls_back_and_leaves_the_project_untouched(journey):
    before = journey.model_copy(deep=True)
    batch = Batch(
        (
            RemoveStage("s-consider"),
            MoveCards(("c-blog",), "p-lea", "l-lea-touch", "s-buy", 0),
            UpdateCard("c-store", {"emotion": 3}),
        )
    )
    with pytest.raises(EditError, match='card "c-store": field "emotion"'):
        batch.apply(journey)
    assert journey == before


def test_a_batch_whose_later_edit_depends_on_an_earlier_removal_fails_cleanly(journey):
    before = journey.model_copy(deep=True)
    batch = Batch((RemoveStage("s-buy"), UpdateCard("c-store", {"title": "x"})))
    with pytest.raises(EditError, match='card "c-store": does not exist'):
        batch.apply(journey)
    assert journey == before
