"""Stages: the map's columns. Deleting one takes its cards and their links; undo brings all back."""

import pytest

from journey_editor.edits import (
    AddStage,
    EditError,
    MoveStage,
    RemoveStage,
    RestoreStage,
    UpdateStage,
)
from journey_editor.model import Stage


def stage_ids(project):
    return [stage.id for stage in project.stages]


def test_adding_a_stage_puts_it_last_by_default(journey, undo_redo):
    change = undo_redo(journey, AddStage(Stage(id="s-loyal", name="Fidélité")))
    assert stage_ids(journey)[-1] == "s-loyal"
    assert change.touched == {"s-loyal"}
    assert change.structural is True
    assert change.label == "Add stage «Fidélité»"
    assert change.inverse == RemoveStage("s-loyal")


def test_adding_a_stage_at_an_index_inserts_it_there(journey, undo_redo):
    undo_redo(journey, AddStage(Stage(id="s-search", name="Recherche"), 1))
    assert stage_ids(journey) == ["s-aware", "s-search", "s-consider", "s-buy", "s-use"]


@pytest.mark.parametrize(("index", "position"), [(-5, 0), (0, 0), (4, 4), (99, 4)])
def test_an_out_of_range_index_is_clamped_to_first_or_last(journey, index, position):
    AddStage(Stage(id="s-new", name="Nouvelle"), index).apply(journey)
    assert stage_ids(journey).index("s-new") == position


@pytest.mark.parametrize("taken", ["s-buy", "p-lea", "l-marc-think", "c-blog", "k-call-chat"])
def test_a_stage_cannot_take_an_id_used_by_any_object(journey, taken):
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError) as raised:
        AddStage(Stage(id=taken, name="Doublon")).apply(journey)
    assert str(raised.value).startswith(f'stage "{taken}": field "id": this id is already used')
    assert journey == before


def test_an_invalid_stage_is_refused_naming_its_field(journey):
    before = journey.model_copy(deep=True)
    broken = Stage.model_construct(id="s-bad", name="   ", description="", phase="")
    with pytest.raises(EditError, match='stage "s-bad": field "name"'):
        AddStage(broken).apply(journey)
    assert journey == before


def test_a_non_integer_index_is_refused(journey):
    with pytest.raises(EditError, match='field "index"'):
        AddStage(Stage(id="s-new", name="x"), "2").apply(journey)  # type: ignore[arg-type]


def test_removing_a_stage_removes_its_cards_and_links_and_undo_restores_them_in_order(
    journey, undo_redo
):
    before = journey.model_copy(deep=True)
    change = undo_redo(journey, RemoveStage("s-consider"))
    assert stage_ids(journey) == ["s-aware", "s-buy", "s-use"]
    assert [c.id for c in journey.cards] == [
        "c-blog",
        "c-friend",
        "c-store",
        "c-queue",
        "c-wear",
        "c-marc-ad",
        "c-marc-call",
        "c-marc-chat",
    ]
    assert [link.id for link in journey.links] == ["k-call-chat"]
    assert change.touched == {
        "s-consider",
        "c-site",
        "c-compare",
        "c-mail",
        "c-marc-doubt",
        "k-blog-site",
        "k-site-store",
        "k-mail-store",
    }
    assert change.label == "Delete stage «Considération»"
    assert isinstance(change.inverse, RestoreStage)
    change.inverse.apply(journey)
    assert journey == before
    assert journey.model_dump_json() == before.model_dump_json()


def test_removing_the_first_stage_and_undoing_puts_it_back_first(journey, undo_redo):
    undo_redo(journey, RemoveStage("s-aware"))
    assert journey.links[0].id == "k-site-store"


def test_removing_an_unknown_stage_is_an_error_that_changes_nothing(journey):
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError, match='stage "s-nope": does not exist'):
        RemoveStage("s-nope").apply(journey)
    assert journey == before


def test_restoring_a_stage_refuses_a_position_that_no_longer_exists(journey):
    change = RemoveStage("s-use").apply(journey)
    RemoveStage("s-buy").apply(journey)
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError, match='field "index"'):
        change.inverse.apply(journey)
    assert journey == before


def test_renaming_a_stage_and_undoing(journey, undo_redo):
    change = undo_redo(journey, UpdateStage("s-buy", {"name": "Paiement"}))
    assert journey.stage("s-buy").name == "Paiement"
    assert change.label == "Rename stage «Achat» to «Paiement»"
    assert change.inverse == UpdateStage("s-buy", {"name": "Achat"})
    assert change.structural is True


def test_updating_several_fields_of_a_stage_at_once(journey, undo_redo):
    change = undo_redo(journey, UpdateStage("s-use", {"phase": "Après achat", "description": "…"}))
    assert journey.stage("s-use").phase == "Après achat"
    assert change.label == "Edit stage «Usage»"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"id": "s-pay"}, "id", "an id cannot be changed"),
        ({"colour": "#000000"}, "colour", "unknown field"),
        ({"name": ""}, "name", "must not be empty"),
        ({"name": 3}, "name", "must be a valid string"),
    ],
)
def test_an_invalid_stage_update_names_the_field_and_changes_nothing(
    journey, changes, field, message
):
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError) as raised:
        UpdateStage("s-buy", changes).apply(journey)
    assert str(raised.value).startswith(f'stage "s-buy": field "{field}": {message}')
    assert journey == before


@pytest.mark.parametrize(
    ("index", "order"),
    [
        (0, ["s-buy", "s-aware", "s-consider", "s-use"]),
        (3, ["s-aware", "s-consider", "s-use", "s-buy"]),
        (None, ["s-aware", "s-consider", "s-use", "s-buy"]),
        (42, ["s-aware", "s-consider", "s-use", "s-buy"]),
        (-1, ["s-buy", "s-aware", "s-consider", "s-use"]),
        (2, ["s-aware", "s-consider", "s-buy", "s-use"]),
    ],
)
def test_moving_a_stage_reorders_the_columns_and_undo_puts_it_back(
    journey, undo_redo, index, order
):
    change = undo_redo(journey, MoveStage("s-buy", index))
    assert stage_ids(journey) == order
    assert change.inverse == MoveStage("s-buy", 2)
    assert change.label == "Move stage «Achat»"


def test_moving_a_stage_keeps_its_cards(journey):
    cards_before = list(journey.cards)
    MoveStage("s-aware", None).apply(journey)
    assert journey.cards == cards_before
