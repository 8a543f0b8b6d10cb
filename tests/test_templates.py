"""The bundled templates are complete, realistic maps that show off the model."""

import pytest

from journey_editor.model.metrics import compute_metrics
from journey_editor.persistence import load_project, project_to_bytes
from journey_editor.templates import DEFAULT_SAMPLE, list_templates, project_from_template

TEMPLATES = list_templates()


def test_the_three_templates_are_bundled():
    assert {t.name for t in TEMPLATES} == {
        "menswear-omnichannel.fr",
        "service-lifecycle",
        "b2b-lead-generation",
    }
    assert DEFAULT_SAMPLE in {t.name for t in TEMPLATES}


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.name)
def test_a_template_loads_and_saves_back_to_identical_bytes(template):
    assert project_to_bytes(load_project(template.path)) == template.path.read_bytes()


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.name)
def test_a_template_shows_off_the_model(template):
    project = template.load()
    metrics = compute_metrics(project)
    kinds = {lane.kind for persona in project.personas for lane in persona.lanes}
    assert len(project.personas) >= 2
    assert {"touchpoints", "emotions", "pain_points", "opportunities"} <= kinds
    touchpoints = [c for c in project.cards if project.lane(c.lane).kind == "touchpoints"]
    assert all(c.channel for c in touchpoints)
    assert sum(c.effort is not None for c in touchpoints) >= 0.8 * len(touchpoints)
    assert {c.emotion for c in touchpoints} >= {-2, 2}
    assert any(c.moment_of_truth for c in project.cards)
    assert metrics.pain_hot_spots and metrics.channel_switches > 5
    cards = {c.id: c for c in project.cards}
    assert any(cards[k.from_card].channel != cards[k.to_card].channel for k in project.links)


def test_the_service_template_covers_nine_lifecycle_stages():
    project = project_from_template("service-lifecycle")
    names = " ".join(s.name.lower() for s in project.stages)
    assert len(project.stages) == 9
    for word in ("search", "selection", "purchase", "first use", "maintenance", "loyalty"):
        assert word in names


def test_the_b2b_template_has_three_stages():
    project = project_from_template("b2b-lead-generation")
    assert [s.name.lower() for s in project.stages] == ["awareness", "consideration", "decision"]


def test_the_french_template_keeps_accents_oe_euro_and_guillemets():
    project = project_from_template(DEFAULT_SAMPLE)
    text = project_to_bytes(project).decode("utf-8")
    assert project.locale.startswith("fr")
    for needle in ("œ", "€", "«", "»", "—", "é", "è"):
        assert needle in text, needle


def test_a_map_from_a_template_gets_a_fresh_id_and_todays_date():
    first, second = (
        project_from_template("service-lifecycle"),
        project_from_template("service-lifecycle"),
    )
    assert first.id != second.id
    assert first.created.year >= 2026
    assert first.cards == second.cards
