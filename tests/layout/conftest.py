"""Fixtures for the layout tests: the bundled templates, and the rules every layout obeys."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from journey_editor.layout import MapLayout, compute_layout
from journey_editor.persistence import load_project

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
TEMPLATE_PATHS = sorted(TEMPLATES.glob("*.journey.json"))
EPS = 1e-6


@pytest.fixture(params=TEMPLATE_PATHS, ids=lambda path: path.name.split(".")[0])
def template_project(request):
    return load_project(request.param)


def check_layout(layout: MapLayout, every_pair: bool = False) -> None:
    """The geometric rules of a MapLayout, whatever the map: see the assertions' messages.
    `every_pair` also compares every two cards of the map (quadratic: for small maps)."""
    options = layout.options

    # Stage columns: left to right, edge to edge, from the end of the left columns.
    x = layout.left_width
    for index, stage in enumerate(layout.stages):
        assert stage.index == index
        assert stage.rect.x == pytest.approx(x), "stage columns are contiguous, in order"
        assert stage.rect.width >= options.stage_min_width - EPS
        assert stage.rect.y >= layout.header.y - EPS
        assert stage.rect.bottom == pytest.approx(layout.body_top), "stage row ends the header"
        x = stage.right
    assert layout.width == pytest.approx(x)
    columns = {stage.stage_id: stage.column for stage in layout.stages}

    # Bands stacked top to bottom below the header, lanes stacked inside each band.
    y = layout.body_top
    for band in layout.personas:
        assert band.rect.y >= y - EPS, "bands do not overlap and keep the persona order"
        assert band.rect.x == 0 and band.rect.width == pytest.approx(layout.width)
        assert band.header.rect.height == pytest.approx(band.rect.height)
        assert band.heat_strip.y == pytest.approx(band.rect.y)
        row_top = band.rect.y + options.heat_strip_height
        for row in band.lanes:
            assert row.rect.y == pytest.approx(row_top), "lane rows leave no gap, no overlap"
            assert row.rect.height > 0
            assert row.label_rect.y == row.rect.y and row.label_rect.height == row.rect.height
            assert row.rect.x == pytest.approx(layout.left_width)
            assert row.rect.right == pytest.approx(layout.width)
            if row.curve_zone is not None:
                assert row.rect.contains_rect(row.curve_zone)
            for block in (row.label,):
                assert row.label_rect.contains_rect(block.rect)
            row_top = row.rect.bottom
        if band.lanes:
            assert row_top == pytest.approx(band.rect.bottom), "the last lane ends the band"
        y = band.rect.bottom
    assert layout.height == pytest.approx(y)

    # Cells: lane row × stage column; content inside; cards inside content, in order.
    rows = {
        (band.persona_id, row.lane_id): row.rect for band in layout.personas for row in band.lanes
    }
    seen_cards = set()
    for key, cell in layout.cells.items():
        persona_id, lane_id, stage_id = key
        assert cell.key == key
        row, (left, right) = rows[(persona_id, lane_id)], columns[stage_id]
        assert cell.rect.x == pytest.approx(left) and cell.rect.right == pytest.approx(right)
        assert cell.rect.y == pytest.approx(row.y) and cell.rect.bottom == pytest.approx(row.bottom)
        assert cell.rect.contains_rect(cell.content)
        boxes = [layout.cards[card_id] for card_id in cell.card_ids]
        for index, box in enumerate(boxes):
            assert box.cell == key and box.index == index
            assert cell.content.contains_rect(box.rect), f"{box.card_id} lies inside its cell"
            check_card(layout, box)
            seen_cards.add(box.card_id)
        for a, b in combinations(boxes, 2):
            assert not a.rect.intersects(b.rect), f"{a.card_id} and {b.card_id} overlap"
        reading_order = sorted(boxes, key=lambda box: (box.rect.y, box.rect.x))
        assert [box.card_id for box in reading_order] == list(cell.card_ids), "order is kept"
    assert seen_cards == set(layout.cards), "every card box belongs to exactly one cell"
    if every_pair:
        check_no_overlap_anywhere(layout)


def check_card(layout: MapLayout, box) -> None:
    """A card's title lines fit its width, and its marks sit inside it without overlapping."""
    measure = layout.options.measure
    title = box.title
    assert box.rect.contains_rect(title.rect), f"{box.card_id}: title inside the card"
    assert len(title.texts) <= layout.options.title_max_lines
    for text in title.texts:
        assert measure.width(text, title.size, title.bold) <= title.rect.width + EPS
    parts = [
        part
        for part in (
            box.chip,
            box.effort_badge,
            box.emotion_face,
            box.moment_of_truth,
            box.exit_point,
        )
        if part is not None
    ]
    for part in parts:
        assert box.rect.contains_rect(part), f"{box.card_id}: marks inside the card"
        if title.texts:
            assert not part.intersects(title.rect), f"{box.card_id}: marks clear of the title"
    for a, b in combinations(parts, 2):
        assert not a.intersects(b), f"{box.card_id}: marks do not overlap"


def check_no_overlap_anywhere(layout: MapLayout) -> None:
    """Every pair of cards of the map (quadratic: small maps only)."""
    boxes = list(layout.cards.values())
    for a, b in combinations(boxes, 2):
        assert not a.rect.intersects(b.rect), f"{a.card_id} and {b.card_id} overlap"


@pytest.fixture(scope="session")
def layout_rules():
    """The checks above, for tests (a session fixture, so hypothesis tests can use it too)."""
    return check_layout


@pytest.fixture
def small_layout(small_project):
    return compute_layout(small_project)
