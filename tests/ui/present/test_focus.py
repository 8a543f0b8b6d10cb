"""The focus of presentation mode, stepped as pure functions of the map's order, and the
screens chosen for the room and the presenter."""

from __future__ import annotations

from journey_editor.ui.present.controller import pick_screens
from journey_editor.ui.present.focus import end_stage, kept, step_persona, step_stage

STAGES = ["s1", "s2", "s3"]


def test_stages_step_and_hold_at_both_ends():
    assert step_stage(STAGES, "s1", 1) == "s2"
    assert step_stage(STAGES, "s3", 1) == "s3"  # a clicker pressed once too often stays
    assert step_stage(STAGES, "s1", -1) == "s1"
    assert step_stage(STAGES, "gone", 1) == "s2"  # from the first when the stage went
    assert step_stage([], None, 1) is None
    assert end_stage(STAGES, last=True) == "s3" and end_stage(STAGES, last=False) == "s1"
    assert end_stage([], last=True) is None


def test_personas_walk_from_all_to_the_last_and_back():
    personas = ["lea", "marc"]
    assert step_persona(personas, None, 1) == "lea"
    assert step_persona(personas, "lea", 1) == "marc"
    assert step_persona(personas, "marc", 1) == "marc"
    assert step_persona(personas, "lea", -1) is None
    assert step_persona(personas, None, -1) is None
    assert step_persona([], None, 1) is None


def test_a_focus_that_went_away_falls_back():
    assert kept(STAGES, "s2", True) == "s2"
    assert kept(STAGES, "gone", True) == "s1"
    assert kept(["lea"], "gone", False) is None
    assert kept([], "gone", True) is None


class Screen:
    def __init__(self, name: str) -> None:
        self.name = name


def test_the_room_gets_the_other_screen_and_the_laptop_the_presenter_view():
    laptop, projector = Screen("laptop"), Screen("projector")
    assert pick_screens([laptop, projector], laptop) == (projector, laptop)
    assert pick_screens([projector, laptop], laptop) == (projector, laptop)
    assert pick_screens([laptop], laptop) == (laptop, None)
    assert pick_screens([laptop, projector], None) == (projector, laptop)
    assert pick_screens([], None) == (None, None)
