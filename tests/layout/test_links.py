"""Link paths: from an edge of one card to an edge of the other, routed by relative position."""

import pytest

from journey_editor.layout import LayoutOptions, compute_layout
from journey_editor.model import Card, Lane, Link, Persona, Project, Stage


def on_edge(rect, point, tolerance=1e-6):
    """True when `point` lies on the border of `rect`."""
    x, y = point
    inside_x = rect.x - tolerance <= x <= rect.right + tolerance
    inside_y = rect.y - tolerance <= y <= rect.bottom + tolerance
    on_vertical = abs(x - rect.x) < tolerance or abs(x - rect.right) < tolerance
    on_horizontal = abs(y - rect.y) < tolerance or abs(y - rect.bottom) < tolerance
    return inside_x and inside_y and (on_vertical or on_horizontal)


def link_project() -> Project:
    """Two personas, three stages; cards placed so that every routing case occurs."""
    persona = [
        Persona(
            id=pid,
            name=pid,
            lanes=[
                Lane(id=f"{pid}-tp", name="Touchpoints", kind="touchpoints"),
                Lane(id=f"{pid}-pain", name="Pain points", kind="pain_points"),
            ],
        )
        for pid in ("p", "q")
    ]
    stages = [Stage(id=f"s{i}", name=f"Stage {i}") for i in range(3)]
    cards = [
        Card(id="a", persona="p", lane="p-tp", stage="s0", title="A"),
        Card(id="b", persona="p", lane="p-tp", stage="s0", title="B"),
        Card(id="c", persona="p", lane="p-tp", stage="s0", title="C"),
        Card(id="d", persona="p", lane="p-pain", stage="s1", title="D"),
        Card(id="e", persona="q", lane="q-tp", stage="s2", title="E"),
        Card(id="f", persona="q", lane="q-tp", stage="s0", title="F"),
    ]
    links = [
        Link(id="right", from_card="a", to_card="d", label="clic"),
        Link(id="left", from_card="d", to_card="b"),
        Link(id="down", from_card="a", to_card="b"),
        Link(id="up", from_card="c", to_card="b"),
        Link(id="skip", from_card="a", to_card="c"),
        Link(id="across", from_card="c", to_card="e", label="appel"),
        Link(id="same-column-other-persona", from_card="b", to_card="f"),
    ]
    return Project(id="m", stages=stages, personas=persona, cards=cards, links=links)


@pytest.fixture
def layout():
    return compute_layout(link_project())


def path(layout, link_id):
    return next(link for link in layout.links if link.link_id == link_id)


def test_every_link_starts_and_ends_on_its_cards_edges(layout):
    assert len(layout.links) == 7
    for link in layout.links:
        source, target = layout.cards[link.from_card].rect, layout.cards[link.to_card].rect
        assert on_edge(source, link.segments[0].start), link.link_id
        assert on_edge(target, link.segments[-1].end), link.link_id
        assert link.arrow[0] == link.segments[-1].end


def test_a_card_to_the_right_is_reached_from_right_edge_to_left_edge(layout):
    segment = path(layout, "right").segments[0]
    a, d = layout.cards["a"].rect, layout.cards["d"].rect
    assert segment.start == (a.right, a.y + a.height / 2)
    assert segment.end == (d.x, d.y + d.height / 2)
    assert segment.c1.x > segment.start.x and segment.c2.x < segment.end.x


def test_a_card_to_the_left_is_reached_from_left_edge_to_right_edge(layout):
    segment = path(layout, "left").segments[0]
    d, b = layout.cards["d"].rect, layout.cards["b"].rect
    assert segment.start == (d.x, d.y + d.height / 2)
    assert segment.end == (b.right, b.y + b.height / 2)


def test_the_next_card_of_a_cell_is_reached_straight_down_or_up(layout):
    down = path(layout, "down").segments[0]
    a, b, c = (layout.cards[i].rect for i in "abc")
    assert down.start == (a.x + a.width / 2, a.bottom) and down.end == (b.x + b.width / 2, b.y)
    up = path(layout, "up").segments[0]
    assert up.start == (c.x + c.width / 2, c.y) and up.end == (b.x + b.width / 2, b.bottom)


def test_cards_further_down_the_same_column_get_a_bracket_on_the_right(layout):
    for link_id in ("skip", "same-column-other-persona"):
        segment = path(layout, link_id).segments[0]
        source = layout.cards[path(layout, link_id).from_card].rect
        target = layout.cards[path(layout, link_id).to_card].rect
        assert segment.start.x == source.right and segment.end.x == target.right
        stage = layout.stage("s0")
        # The bulge stays within the column's padding and the next column's padding.
        furthest = max(segment.point_at(t / 20).x for t in range(21))
        assert furthest <= stage.right + layout.options.cell_padding


def test_links_across_personas_use_the_same_rules(layout):
    segment = path(layout, "across").segments[0]
    c, e = layout.cards["c"].rect, layout.cards["e"].rect
    assert segment.start == (c.right, c.y + c.height / 2)
    assert segment.end == (e.x, e.y + e.height / 2)


def test_labels_sit_beside_the_path(layout):
    link = path(layout, "across")
    assert link.label.texts == ("appel",) and link.number is None
    # On the path, a little before or after its middle, or just above or below it.
    box = link.label.rect
    near = [link.segments[0].point_at(t / 20) for t in range(21)]
    assert any(
        box.x - 10 <= p.x <= box.right + 10 and box.y - 10 <= p.y <= box.bottom + 10 for p in near
    )
    assert path(layout, "left").label is None and path(layout, "left").number is None


def test_the_arrow_points_into_the_target(layout):
    link = path(layout, "right")
    tip, wing_a, wing_b = link.arrow
    assert wing_a.x < tip.x and wing_b.x < tip.x  # arriving from the left
    assert wing_a.y != wing_b.y


def test_links_to_cards_that_are_not_drawn_are_left_out():
    project = link_project()
    hidden = compute_layout(project, LayoutOptions(hidden_lane_kinds=frozenset({"pain_points"})))
    assert {link.link_id for link in hidden.links} == {
        "down",
        "up",
        "skip",
        "across",
        "same-column-other-persona",
    }
    collapsed = compute_layout(project, LayoutOptions(collapsed_personas=frozenset({"q"})))
    assert "across" not in {link.link_id for link in collapsed.links}
    assert compute_layout(project, LayoutOptions(show_links=False)).links == ()


def test_small_map_link(small_layout):
    (link,) = small_layout.links
    assert (link.link_id, link.from_card, link.to_card) == ("k-1", "c-blog", "c-shop")
    # No room beside it between the cards: a numbered marker, and a line for the table.
    assert link.label is None and link.number == 1
    assert link.listing.endswith(" · clic")
