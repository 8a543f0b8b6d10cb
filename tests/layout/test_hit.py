"""Hit testing: points back to cells and cards, and where a drop lands."""

import pytest

from journey_editor.layout import (
    card_at,
    cell_at,
    compute_layout,
    drop_index_at,
    drop_indicator,
    lane_label_at,
    persona_header_at,
    stage_header_at,
)
from journey_editor.model import Card, Lane, Persona, Project, Stage


def test_the_centre_of_every_card_finds_that_card(template_project):
    layout = compute_layout(template_project)
    for card_id, box in layout.cards.items():
        centre = box.rect.center
        assert card_at(layout, centre.x, centre.y) == card_id
        assert cell_at(layout, centre.x, centre.y) == box.cell


def test_every_point_of_a_cell_finds_that_cell(small_layout):
    for key, cell in small_layout.cells.items():
        rect = cell.rect
        for fx in (0.0, 0.3, 0.99):
            for fy in (0.0, 0.5, 0.99):
                assert (
                    cell_at(small_layout, rect.x + fx * rect.width, rect.y + fy * rect.height)
                    == key
                )


def test_points_outside_the_cells_find_nothing(small_layout):
    band = small_layout.personas[0]
    stage = small_layout.stages[0]
    middle_x = stage.rect.center.x
    assert cell_at(small_layout, middle_x, small_layout.body_top - 1) is None  # header
    assert cell_at(small_layout, small_layout.left_width - 1, band.lanes[0].rect.y + 5) is None
    assert cell_at(small_layout, middle_x, band.rect.y + 1) is None  # heat strip
    assert cell_at(small_layout, small_layout.width + 1, band.lanes[0].rect.y + 5) is None
    assert cell_at(small_layout, middle_x, small_layout.height + 1) is None
    assert cell_at(small_layout, middle_x, -5) is None
    gap_y = band.rect.bottom + small_layout.options.band_gap / 2
    assert cell_at(small_layout, middle_x, gap_y) is None  # between two bands
    # Inside a cell, between two cards: a cell but no card.
    blog = small_layout.cards["c-blog"].rect
    assert card_at(small_layout, blog.center.x, blog.bottom + 1) is None
    assert cell_at(small_layout, blog.center.x, blog.bottom + 1) == (
        "p-lea",
        "l-lea-touch",
        "s-discover",
    )


def test_headers_are_hit_for_reordering(small_layout):
    stage = small_layout.stage("s-buy")
    assert stage_header_at(small_layout, stage.rect.center.x, stage.rect.center.y) == "s-buy"
    assert stage_header_at(small_layout, stage.rect.center.x, small_layout.body_top + 5) is None
    band = small_layout.persona("p-marc")
    assert persona_header_at(small_layout, 10, band.rect.center.y) == "p-marc"
    assert persona_header_at(small_layout, small_layout.left_width + 5, band.rect.center.y) is None
    row = small_layout.persona("p-lea").lanes[1]
    assert lane_label_at(small_layout, row.label_rect.center.x, row.rect.center.y) == row.lane_id


def test_drop_index_before_between_and_after_cards(small_layout):
    key = ("p-lea", "l-lea-touch", "s-discover")
    blog, friend = small_layout.cards["c-blog"].rect, small_layout.cards["c-friend"].rect
    x = blog.center.x
    assert drop_index_at(small_layout, key, x, blog.y + 2) == 0  # upper half of the first
    assert drop_index_at(small_layout, key, x, blog.bottom - 2) == 1  # lower half of the first
    assert drop_index_at(small_layout, key, x, friend.y + 2) == 1
    assert drop_index_at(small_layout, key, x, friend.bottom + 3) == 2
    assert drop_index_at(small_layout, key, x, small_layout.cells[key].rect.bottom - 1) == 2
    assert drop_index_at(small_layout, ("p-lea", "l-lea-touch", "s-use"), x, 0) == 0


def test_drop_indicators_lie_in_their_cell_and_round_trip(template_project):
    layout = compute_layout(template_project)
    for key, cell in layout.cells.items():
        for index in range(len(cell.card_ids) + 1):
            x1, y1, x2, y2 = drop_indicator(layout, key, index)
            assert cell.rect.contains_rect(type(cell.rect)(x1, y1, x2 - x1, y2 - y1))
            middle = ((x1 + x2) / 2, (y1 + y2) / 2)
            assert drop_index_at(layout, key, *middle) == index


def test_an_empty_cell_shows_its_indicator_at_the_top(small_layout):
    key = ("p-marc", "l-marc-touch", "s-use")
    cell = small_layout.cells[key]
    x1, y1, x2, y2 = drop_indicator(small_layout, key, 0)
    assert y1 == y2 and cell.rect.y < y1 < cell.rect.y + small_layout.options.cell_padding
    assert cell.rect.x < x1 < x2 < cell.rect.right


def test_indicators_sit_between_cards(small_layout):
    key = ("p-lea", "l-lea-touch", "s-discover")
    blog, friend = small_layout.cards["c-blog"].rect, small_layout.cards["c-friend"].rect
    _, y, _, same_y = drop_indicator(small_layout, key, 1)
    assert y == same_y and blog.bottom < y < friend.y
    _, after, _, _ = drop_indicator(small_layout, key, 2)
    assert after > friend.bottom
    assert drop_indicator(small_layout, key, 99) == drop_indicator(small_layout, key, 2)


def grid_layout():
    """One cell of seven cards in a stage wide enough for two columns."""
    cards = [
        Card(id=f"c{i}", persona="p", lane="l", stage="s", title=f"Card {i}") for i in range(7)
    ]
    project = Project(
        id="m",
        stages=[Stage(id="s", name="Recherche d'informations complémentaires " * 4)],
        personas=[Persona(id="p", name="P", lanes=[Lane(id="l", name="L", kind="touchpoints")])],
        cards=cards,
    )
    layout = compute_layout(project)
    assert layout.cells[("p", "l", "s")].columns == 2
    return layout


def test_drops_in_a_multi_column_cell_read_row_by_row():
    layout = grid_layout()
    key = ("p", "l", "s")
    c2, c3 = layout.cards["c2"].rect, layout.cards["c3"].rect
    assert drop_index_at(layout, key, c2.x + 2, c2.center.y) == 2  # left half of c2
    assert drop_index_at(layout, key, c2.right - 2, c2.center.y) == 3  # right half of c2
    assert drop_index_at(layout, key, c3.right - 2, c3.center.y) == 4  # right half of c3
    assert drop_index_at(layout, key, c2.x, layout.cells[key].rect.bottom - 1) == 7  # below
    x1, _, x2, _ = drop_indicator(layout, key, 3)
    assert x1 == x2 and c2.right < x1 < c3.x, "upright, between the two cards of the row"


@pytest.mark.parametrize("x_fraction", [0.1, 0.5, 0.9])
def test_cells_are_found_in_every_stage(small_layout, x_fraction):
    row = small_layout.persona("p-lea").lanes[0]
    for stage in small_layout.stages:
        x = stage.left + x_fraction * stage.rect.width
        assert cell_at(small_layout, x, row.rect.center.y) == ("p-lea", row.lane_id, stage.stage_id)
