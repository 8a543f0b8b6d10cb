"""tile_grid: the poster's sheets — fewest sheets, every point of the map on a sheet, the
user's orientation honoured, and the scale that saves a nearly empty last row or column."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from journey_editor.export import MM, PAPER_SIZES_MM, PdfOptions
from journey_editor.export.tile_grid import (
    SLIVER,
    TileGrid,
    choose_grid,
    covered,
    grid_for,
    propose_scale,
    sheets_along,
)

EPS = 1e-6

sizes = st.floats(min_value=20.0, max_value=6000.0, allow_nan=False)


@st.composite
def tile_options(draw) -> PdfOptions:
    try:
        return PdfOptions(
            paper=draw(st.sampled_from(sorted(PAPER_SIZES_MM))),
            landscape=draw(st.sampled_from([None, True, False])),
            mode="tile",
            scale=draw(st.floats(min_value=0.1, max_value=4.0)),
            overlap_mm=draw(st.floats(min_value=0.0, max_value=40.0)),
            margin_mm=draw(st.floats(min_value=0.0, max_value=30.0)),
        )
    except ValueError:  # an overlap too large for a small sheet: refused, not planned
        assume(False)
        raise


def naive(width: float, height: float, options: PdfOptions) -> TileGrid:
    """The plan before the planner: the paper as the options hold it (auto = landscape)."""
    held = options if options.landscape is not None else replace(options, landscape=True)
    return grid_for(width, height, held)


def simulated_sheets(printed: float, area: float, overlap: float, offset: float) -> int:
    """Lay sheets one after the other, the first starting `offset` before the map, until
    the map's far end is on paper: an independent count for the formula."""
    count, start = 1, -offset
    while start + area < printed - EPS:
        start += area - overlap
        count += 1
    return count


@settings(max_examples=300, deadline=None)
@given(sizes, sizes, tile_options())
@example(1280.0, 1514.2, PdfOptions(paper="A4", mode="tile", scale=1.5))
def test_never_more_sheets_than_the_naive_plan_and_none_fewer_with_any_offset(
    width, height, options
):
    grid = choose_grid(width, height, options)
    assert grid.sheets <= naive(width, height, options).sheets
    # No orientation the options allow, and no offset of the grid, needs fewer sheets.
    for way in (None, True, False) if options.landscape is None else (options.landscape,):
        held = options if way is None else replace(options, landscape=way)
        area = grid_for(width, height, held).printable
        for fraction in (0.0, 0.25, 0.5, 0.99):
            step_x, step_y = area.width - held.overlap_pt, area.height - held.overlap_pt
            columns = simulated_sheets(
                width * held.scale, area.width, held.overlap_pt, fraction * step_x
            )
            rows = simulated_sheets(
                height * held.scale, area.height, held.overlap_pt, fraction * step_y
            )
            assert grid.sheets <= columns * rows


@settings(max_examples=300, deadline=None)
@given(sizes, sizes, tile_options())
def test_every_point_of_the_map_is_on_a_sheet_and_no_sheet_is_spare(width, height, options):
    grid = choose_grid(width, height, options)
    printed_w, printed_h = width * grid.scale, height * grid.scale
    assert grid.printed == pytest.approx((printed_w, printed_h))
    area, overlap = grid.printable, grid.overlap
    assert grid.offset == (0.0, 0.0)  # the first sheet starts at the map's top-left corner
    # Sheet k starts k·(A − o) in: the last one reaches the map's far end …
    assert (grid.columns - 1) * (area.width - overlap) + area.width >= printed_w - EPS
    assert (grid.rows - 1) * (area.height - overlap) + area.height >= printed_h - EPS
    # … and one sheet fewer would not.
    if grid.columns > 1:
        assert covered(grid.columns - 1, area.width, overlap) < printed_w + EPS
    if grid.rows > 1:
        assert covered(grid.rows - 1, area.height, overlap) < printed_h + EPS
    assert grid.columns == simulated_sheets(printed_w, area.width, overlap, 0.0)
    assert grid.rows == simulated_sheets(printed_h, area.height, overlap, 0.0)


@settings(max_examples=200, deadline=None)
@given(sizes, sizes, tile_options())
def test_deterministic_and_an_explicit_orientation_is_honoured(width, height, options):
    grid = choose_grid(width, height, options)
    assert choose_grid(width, height, options) == grid
    if options.landscape is not None:
        assert grid.landscape is options.landscape
        assert grid.page_size == pytest.approx(options.page_size_pt())
    else:
        page_w, page_h = grid.page_size
        assert (page_w > page_h) is grid.landscape
        turned = grid_for(width, height, replace(options, landscape=not grid.landscape))
        assert grid.sheets < turned.sheets or (
            grid.sheets == turned.sheets and grid.landscape is True
        ), "auto: fewest sheets, landscape on a tie"


def test_auto_turns_the_paper_when_that_saves_sheets():
    # The French sample at 150 % on A4: 15 sheets held landscape (3 × 5), 12 portrait.
    options = PdfOptions(paper="A4", mode="tile", scale=1.5)
    grid = choose_grid(1280.0, 1514.2, options)
    assert (grid.landscape, grid.columns, grid.rows) == (False, 4, 3)
    assert naive(1280.0, 1514.2, options).sheets == 15
    assert choose_grid(1280.0, 1514.2, replace(options, landscape=True)).sheets == 15


def test_a_tie_keeps_landscape():
    options = PdfOptions(paper="A4", mode="tile", scale=1.0, margin_mm=0.0, overlap_mm=0.0)
    side = 297 * MM * 2 - 1  # two long sides, or three short ones: 2 × 3 either way
    grid = choose_grid(side * 0.7, side * 0.7, options)
    turned = grid_for(side * 0.7, side * 0.7, replace(options, landscape=False))
    assert grid.sheets == turned.sheets and grid.landscape is True


def test_custom_paper_is_used_as_given():
    options = PdfOptions(paper="custom", custom_size_mm=(300, 900), mode="tile")
    grid = choose_grid(3000.0, 500.0, options)
    assert grid.landscape is None
    assert grid.page_size == pytest.approx((300 * MM, 900 * MM))


def test_sheets_along_matches_the_documented_formula():
    assert sheets_along(500, 500, 20) == 1
    assert sheets_along(501, 500, 20) == 2
    assert sheets_along(980, 500, 20) == 2
    assert sheets_along(981, 500, 20) == 3


# --- the proposal --------------------------------------------------------------------------------


def test_a_thin_last_column_gets_the_largest_whole_percent_scale_without_it():
    # service-lifecycle on A4 at 150 %: 6 × 3 portrait sheets, the 6th column adds 19 %.
    options = PdfOptions(paper="A4", mode="tile", scale=1.5)
    grid = choose_grid(1790.0, 1474.2, options)
    assert (grid.columns, grid.rows) == (6, 3)
    assert set(grid.slivers()) == {"column"}
    proposal = propose_scale([(1790.0, 1474.2)], options)
    assert proposal is not None
    assert (proposal.scale, proposal.sheets, proposal.current) == (1.44, 15, 18)
    assert proposal.side == "column" and proposal.share < SLIVER
    assert choose_grid(1790.0, 1474.2, replace(options, scale=1.45)).sheets == 18


def test_no_proposal_without_a_sliver_or_when_fitting():
    assert propose_scale([(1280.0, 1514.2)], PdfOptions(paper="A4", mode="tile", scale=1.5)) is None
    assert propose_scale([(1790.0, 1474.2)], PdfOptions(paper="A4", scale=1.5)) is None


@settings(max_examples=300, deadline=None)
@given(sizes, sizes, tile_options())
def test_a_proposal_is_smaller_whole_percent_fewer_sheets_and_the_largest_such(
    width, height, options
):
    proposal = propose_scale([(width, height)], options)
    grid = choose_grid(width, height, options)
    if not grid.slivers():
        assert proposal is None
        return
    lengths = {
        "column": (width, grid.columns, grid.printable.width),
        "row": (height, grid.rows, grid.printable.height),
    }
    if proposal is None:  # only when dropping a sliver would take the scale below 1 %
        assert any(
            covered(count - 1, area, grid.overlap) / length < 0.01 + EPS
            for length, count, area in (lengths[side] for side in grid.slivers())
        )
        return
    assert proposal.scale < options.scale
    assert math.isclose(proposal.scale * 100, round(proposal.scale * 100))
    assert proposal.current == grid.sheets
    assert (
        proposal.sheets == choose_grid(width, height, replace(options, scale=proposal.scale)).sheets
    )
    assert proposal.sheets < proposal.current
    # The grid held the same way loses its thin column or row at the proposed scale …
    held = options if grid.landscape is None else replace(options, landscape=grid.landscape)
    smaller = grid_for(width, height, replace(held, scale=proposal.scale))
    counts = {"column": (grid.columns, smaller.columns), "row": (grid.rows, smaller.rows)}
    for side in grid.slivers():
        before, after = counts[side]
        assert after < before
    # … but not one percent above it (when that is still below the requested scale).
    above = round(proposal.scale + 0.01, 6)
    if above < options.scale:
        larger = grid_for(width, height, replace(held, scale=above))
        assert any(counts[side][0] == getattr(larger, side + "s") for side in grid.slivers())
