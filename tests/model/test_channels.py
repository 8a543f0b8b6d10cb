"""The default channel catalogue a new map starts with."""

import re

from journey_editor.model import default_channels
from journey_editor.model.factory import new_persona, new_project


def test_the_default_catalogue_has_at_least_fourteen_distinct_channels():
    channels = default_channels()
    assert len(channels) >= 14
    assert len({c.id for c in channels}) == len(channels)
    assert len({c.colour.upper() for c in channels}) == len(channels)
    assert len({c.icon for c in channels}) == len(channels)


def test_the_catalogue_covers_digital_and_physical_channels():
    kinds = {c.kind for c in default_channels()}
    assert kinds == {"digital", "physical"}
    ids = {c.id for c in default_channels()}
    assert {"website", "email", "sms", "phone", "store", "live_chat", "word_of_mouth"} <= ids


def test_every_default_colour_is_hash_rrggbb():
    assert all(re.fullmatch(r"#[0-9A-F]{6}", c.colour) for c in default_channels())


def test_a_new_project_gets_its_own_copy_of_the_catalogue():
    first, second = new_project(), new_project()
    first.channels.clear()
    assert len(second.channels) >= 14


def test_a_new_persona_gets_the_default_lane_set_with_fresh_ids():
    taken: set[str] = set()
    lea, marc = new_persona("Léa", taken), new_persona("Marc", taken)
    assert [lane.kind for lane in lea.lanes][:2] == ["actions", "touchpoints"]
    lane_ids = [lane.id for lane in lea.lanes + marc.lanes]
    assert len(set(lane_ids)) == len(lane_ids)
    assert {lea.id, marc.id, *lane_ids} <= taken


def test_a_persona_of_a_french_map_gets_french_lane_names():
    lea = new_persona("Léa", set(), locale="fr-BE")
    assert [lane.name for lane in lea.lanes][:2] == ["Actions", "Points de contact"]
    assert new_persona("Leo", set(), locale="de").lanes[1].name == "Touchpoints"
