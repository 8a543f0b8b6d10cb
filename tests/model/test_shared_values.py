"""A loaded map's cards hold one copy of what they repeat (issue 14: memory at 50,000 cards):
one string per id and tag, one set of field names per distinct set — and nothing else changes."""

from journey_editor.edits import UpdateCard
from journey_editor.model import Card, Project
from journey_editor.model.shared_values import share_repeated_values
from journey_editor.persistence.native import project_from_bytes, project_to_bytes


def loaded(project: Project) -> Project:
    return project_from_bytes(project_to_bytes(project))


def separately_decoded(project: Project) -> Project:
    """The same map validated without sharing: what each card would hold on its own."""
    return Project.model_validate(project.model_dump(mode="json", warnings=False))


def test_cards_point_at_the_ids_of_their_persona_lane_stage_and_channel(small_project):
    project = loaded(small_project)
    stages = {stage.id: stage.id for stage in project.stages}
    personas = {persona.id: persona.id for persona in project.personas}
    lanes = {lane.id: lane.id for persona in project.personas for lane in persona.lanes}
    channels = {channel.id: channel.id for channel in project.channels}
    for card in project.cards:
        assert card.stage is stages[card.stage]
        assert card.persona is personas[card.persona]
        assert card.lane is lanes[card.lane]
        assert card.channel is None or card.channel is channels[card.channel]


def test_equal_tags_are_one_string_and_equal_field_sets_one_set(small_project):
    cards = [card.model_copy(update={"tags": ["délai", "mobile"]}) for card in small_project.cards]
    project = loaded(small_project.model_copy(update={"cards": cards}))
    first = project.cards[0]
    for card in project.cards[1:]:
        assert card.tags[0] is first.tags[0] and card.tags[1] is first.tags[1]
        if card.model_fields_set == first.model_fields_set:
            assert card.__pydantic_fields_set__ is first.__pydantic_fields_set__
    assert len({id(card.__pydantic_fields_set__) for card in project.cards}) < len(project.cards)


def test_sharing_changes_no_value(small_project):
    project = loaded(small_project)
    plain = separately_decoded(project)
    assert project == plain
    assert project_to_bytes(project) == project_to_bytes(plain) == project_to_bytes(small_project)
    for card, alone in zip(project.cards, plain.cards, strict=True):
        assert card.model_fields_set == alone.model_fields_set


def test_an_edited_card_does_not_change_the_others(small_project):
    project = loaded(small_project)
    first, second = project.cards[0], project.cards[1]
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__
    names_before = set(second.model_fields_set)
    UpdateCard(first.id, {"votes": 3, "title": "Changed"}).apply(project)
    changed = project.card(first.id)
    assert changed.votes == 3 and changed.title == "Changed"
    assert second.model_fields_set == names_before  # the copy got a set of its own
    assert project.card(second.id) is second


def test_sharing_twice_or_on_an_empty_map_is_harmless(small_project):
    project = loaded(small_project)
    before = project_to_bytes(project)
    share_repeated_values(project)
    assert project_to_bytes(project) == before
    empty = Project(id="empty")
    share_repeated_values(empty)
    assert empty.cards == []


def test_a_card_with_no_channel_keeps_none(small_project):
    cards = [*small_project.cards]
    cards[0] = Card(**{**cards[0].model_dump(), "channel": None})
    project = loaded(small_project.model_copy(update={"cards": cards}))
    assert project.cards[0].channel is None
