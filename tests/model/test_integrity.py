"""A map's objects must fit together: unique ids, references that resolve."""

import pytest

from journey_editor.model import Card, IntegrityError, Link, Project, Stage


def rebuild(project: Project, **changes) -> Project:
    data = project.model_dump()
    data.update(changes)
    return Project.model_validate(data)


def test_the_small_project_is_consistent(small_project):
    assert small_project.integrity_problems() == []


def test_duplicate_ids_across_kinds_are_refused_naming_both_kinds(small_project):
    stages = [*small_project.model_dump()["stages"], {"id": "c-blog", "name": "Doublon"}]
    with pytest.raises(IntegrityError) as raised:
        rebuild(small_project, stages=stages)
    problem = raised.value.problems[0]
    assert (problem.kind, problem.object_id, problem.field) == ("card", "c-blog", "id")
    assert "already used by a stage" in problem.message


def test_a_card_pointing_at_a_missing_stage_names_card_title_and_field(small_project):
    cards = small_project.model_dump()["cards"]
    cards[0]["stage"] = "s-nowhere"
    with pytest.raises(IntegrityError) as raised:
        rebuild(small_project, cards=cards)
    text = str(raised.value)
    assert "card \"c-blog\" «Article de blog», field 'stage'" in text
    assert '"s-nowhere"' in text


def test_a_card_on_a_lane_of_another_persona_is_refused(small_project):
    cards = small_project.model_dump()["cards"]
    cards[0]["lane"] = "l-marc-touch"  # exists, but belongs to Marc, not Léa
    with pytest.raises(IntegrityError) as raised:
        rebuild(small_project, cards=cards)
    assert raised.value.problems[0].field == "lane"
    assert "not a lane of persona" in raised.value.problems[0].message


def test_unknown_channel_and_unknown_persona_are_refused(small_project):
    cards = small_project.model_dump()["cards"]
    cards[0]["channel"] = "fax"
    cards[1]["persona"] = "p-ghost"
    with pytest.raises(IntegrityError) as raised:
        rebuild(small_project, cards=cards)
    fields = {(p.object_id, p.field) for p in raised.value.problems}
    assert {("c-blog", "channel"), ("c-friend", "persona")} <= fields


def test_links_must_join_two_existing_distinct_cards(small_project):
    links = [
        {"id": "k-dangling", "from_card": "c-blog", "to_card": "c-gone"},
        {"id": "k-self", "from_card": "c-blog", "to_card": "c-blog"},
    ]
    with pytest.raises(IntegrityError) as raised:
        rebuild(small_project, links=links)
    problems = {(p.object_id, p.field) for p in raised.value.problems}
    assert problems == {("k-dangling", "to_card"), ("k-self", "to_card")}


def test_duplicate_channel_ids_are_refused(small_project):
    channels = small_project.model_dump()["channels"]
    channels.append(dict(channels[0]))
    with pytest.raises(IntegrityError, match="duplicate channel id"):
        rebuild(small_project, channels=channels)


def test_lookups_find_objects_and_cells_in_order(small_project):
    assert small_project.stage("s-buy").name == "Achat"
    persona, index = small_project.lane_owner("l-lea-pain")
    assert (persona.id, index) == ("p-lea", 2)
    cell = small_project.cell_cards("p-lea", "l-lea-touch", "s-discover")
    assert [c.id for c in cell] == ["c-blog", "c-friend"]
    with pytest.raises(KeyError):
        small_project.card("c-missing")


def test_integrity_is_rechecked_after_in_place_changes(small_project):
    small_project.stages.append(Stage(id="c-blog", name="Clash"))
    small_project.links.append(Link(id="k-2", from_card="c-blog", to_card="c-x"))
    small_project.cards.append(Card(id="c-new", persona="p-lea", lane="nope", stage="s-use"))
    kinds = sorted(p.field for p in small_project.integrity_problems())
    assert kinds == ["id", "lane", "to_card"]
