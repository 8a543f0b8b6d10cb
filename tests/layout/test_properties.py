"""Random small maps: whatever the content, the layout rules hold."""

from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_editor.layout import LayoutOptions, cell_at, compute_layout, drop_index_at
from journey_editor.model import Card, Lane, Persona, Project, Stage
from journey_editor.model.types import LANE_KINDS

WORDS = st.sampled_from(
    ["Chemise", "à", "105 €", "« avis »", "livraison", "x" * 40, "Œuvre", "—", "app", "SMS", ""]
)
TITLES = st.lists(WORDS, max_size=25).map(" ".join)


@st.composite
def projects(draw) -> Project:
    stage_count = draw(st.integers(1, 4))
    stages = [
        Stage(
            id=f"s{i}",
            name=draw(st.sampled_from(["Awareness", "Comparaison des offres " * 3, "x" * 90])),
            phase=draw(st.sampled_from(["", "Before", "After"])),
        )
        for i in range(stage_count)
    ]
    personas = []
    for p in range(draw(st.integers(1, 3))):
        kinds = draw(st.lists(st.sampled_from(LANE_KINDS), min_size=0, max_size=4))
        lanes = [Lane(id=f"p{p}-l{i}", name=kind, kind=kind) for i, kind in enumerate(kinds)]
        personas.append(Persona(id=f"p{p}", name=f"Persona {p}", lanes=lanes))
    cells = [
        (persona.id, lane.id, stage.id)
        for persona in personas
        for lane in persona.lanes
        for stage in stages
    ]
    cards = []
    if cells:
        for i in range(draw(st.integers(0, 30))):
            persona_id, lane_id, stage_id = draw(st.sampled_from(cells))
            cards.append(
                Card(
                    id=f"c{i}",
                    persona=persona_id,
                    lane=lane_id,
                    stage=stage_id,
                    title=draw(TITLES),
                    channel=draw(st.sampled_from([None, "website", "store"])),
                    effort=draw(st.one_of(st.none(), st.integers(1, 5))),
                    emotion=draw(st.one_of(st.none(), st.integers(-2, 2))),
                    moment_of_truth=draw(st.booleans()),
                    exit_point=draw(st.booleans()),
                )
            )
    return Project(id="m", stages=stages, personas=personas, cards=cards)


OPTIONS = st.builds(
    LayoutOptions,
    stage_min_width=st.sampled_from([120.0, 170.0, 240.0]),
    cards_per_column=st.integers(1, 4),
    card_min_width=st.sampled_from([None, 90.0, 110.0]),
    hidden_lane_kinds=st.frozensets(st.sampled_from(LANE_KINDS), max_size=2),
    title_block=st.booleans(),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project=projects(), options=OPTIONS)
def test_random_maps_keep_every_rule(project, options, layout_rules):
    layout = compute_layout(project, options)
    layout_rules(layout, every_pair=True)
    for box in layout.cards.values():
        centre = box.rect.center
        assert cell_at(layout, centre.x, centre.y) == box.cell
        assert drop_index_at(layout, box.cell, centre.x, box.rect.y + 0.5) == box.index
    for curve in layout.emotion_curves:
        xs = [point.x for point in curve.points]
        assert all(a < b for a, b in pairwise(xs))
        for segment in curve.segments:
            for control in segment.control_points():
                assert curve.zone.contains(control.x, control.y)
