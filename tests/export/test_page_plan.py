"""plan_pages: what each page shows, before anything is drawn (the GUI preview relies on it).

Tiling: the tiles' source rectangles cover the whole map, neighbours overlap by exactly the
stated overlap, and the number of sheets is the ceiling formula of the page_plan module."""

import math

import pytest

from journey_editor.export import MM, PdfOptions, plan_pages
from journey_editor.export.bounds import ink_bounds
from journey_editor.export.page_plan import make_plan, tile_count
from journey_editor.templates import find_template


def map_pages(project, options):
    """The map pages (or tiles) of the plan, without the links table that follows them."""
    return [page for page in plan_pages(project, options) if page.kind != "links"]


EPS = 1e-6


@pytest.fixture
def french_template():
    return find_template("menswear-omnichannel.fr").load()


def test_fit_puts_the_whole_map_on_one_page_inside_the_margins(template):
    options = PdfOptions(paper="A3", landscape=False)
    (page,) = map_pages(template, options)
    assert page.kind == "map" and page.number == 1
    assert page.target.width <= page.printable.width + EPS
    assert page.target.height <= page.printable.height + EPS
    # One side fills the printable area: the largest scale that fits.
    assert math.isclose(page.target.width, page.printable.width) or math.isclose(
        page.target.height, page.printable.height
    )
    assert page.target.width == pytest.approx(page.source.width * page.scale)
    assert page.source == page.map_bounds
    assert page.printable.x == pytest.approx(10 * MM)


@pytest.mark.parametrize(
    ("paper", "landscape", "scale", "overlap"),
    [
        ("A4", True, 1.0, 10.0),
        ("A4", False, 1.0, 0.0),
        ("A3", False, 1.6, 25.0),
        ("Letter", True, 0.5, 5.0),
        ("A4", None, 1.5, 10.0),  # auto: the orientation with the fewest sheets
        ("A3", None, 0.75, 0.0),
    ],
)
def test_tiles_cover_the_map_with_the_stated_overlap(template, paper, landscape, scale, overlap):
    options = PdfOptions(
        paper=paper, landscape=landscape, mode="tile", scale=scale, overlap_mm=overlap
    )
    tiles = map_pages(template, options)
    assert all(tile.kind == "tile" for tile in tiles)
    first = tiles[0]
    rows, columns = first.rows, first.columns
    assert len(tiles) == rows * columns
    bounds = first.map_bounds
    area = first.printable

    # The count is the ceiling formula, on each side.
    step_w = area.width - overlap * MM
    expected_columns = (
        1
        if bounds.width * scale <= area.width
        else math.ceil((bounds.width * scale - overlap * MM) / step_w)
    )
    assert columns == expected_columns == tile_count(bounds.width, scale, area.width, overlap * MM)

    grid = {(tile.row, tile.column): tile.source for tile in tiles}
    assert sorted(grid) == [(r, c) for r in range(rows) for c in range(columns)]
    for (row, column), source in grid.items():
        # A tile shows the printable area at the scale: sizes in layout points.
        assert source.width == pytest.approx(area.width / scale)
        assert source.height == pytest.approx(area.height / scale)
        if column + 1 < columns:
            right = grid[(row, column + 1)]
            assert source.right - right.x == pytest.approx(overlap * MM / scale)
        if row + 1 < rows:
            below = grid[(row + 1, column)]
            assert source.bottom - below.y == pytest.approx(overlap * MM / scale)
    # Together they cover the map's bounds, and no sheet is wasted.
    assert grid[(0, 0)].x == pytest.approx(bounds.x) and grid[(0, 0)].y == pytest.approx(bounds.y)
    assert grid[(rows - 1, columns - 1)].right >= bounds.right - EPS
    assert grid[(rows - 1, columns - 1)].bottom >= bounds.bottom - EPS
    if columns > 1:
        assert grid[(0, columns - 2)].right < bounds.right
    if rows > 1:
        assert grid[(rows - 2, 0)].bottom < bounds.bottom


def test_tile_count_formula():
    assert tile_count(500, 1.0, 500, 20) == 1
    assert tile_count(501, 1.0, 500, 20) == 2
    assert tile_count(980, 1.0, 500, 20) == 2  # 2 sheets cover 500 + 480
    assert tile_count(981, 1.0, 500, 20) == 3
    assert tile_count(490, 2.0, 500, 20) == 2


def test_the_map_bounds_hold_every_link_even_one_bulging_past_the_right_edge():
    from journey_editor.layout import LayoutOptions, compute_layout
    from journey_editor.templates import find_template

    project = find_template("b2b-lead-generation").load()
    layout = compute_layout(project, LayoutOptions())
    bounds = ink_bounds(layout)
    for link in layout.links:
        for segment in link.segments:
            for x, y in segment:
                assert bounds.x <= x <= bounds.right and bounds.y <= y <= bounds.bottom
    assert bounds.right >= layout.width


def test_per_persona_gives_one_map_per_persona_with_its_band_only(template):
    pages = map_pages(template, PdfOptions(per_persona=True))
    assert [page.map_key for page in pages] == [(p.id,) for p in template.personas]
    assert [page.label for page in pages] == [p.name for p in template.personas]
    for page in pages:
        assert [anchor.title for anchor in page.anchors] == [page.label]


def test_bookmarks_point_at_each_band_top(small_project):
    plan = make_plan(small_project, PdfOptions(paper="A4"))
    (page,) = [page for page in plan.pages if page.kind != "links"]
    layout = plan.maps[page.map_key].layout
    assert [a.title for a in page.anchors] == ["Léa", "Marc"]
    for anchor, band in zip(page.anchors, layout.personas, strict=True):
        assert anchor.y == pytest.approx(page.target.y + (band.rect.y - page.source.y) * page.scale)


def test_tile_bookmarks_go_to_the_first_column_sheet_holding_the_band_top(template):
    plan = make_plan(template, PdfOptions(paper="A4", mode="tile"))
    layout = next(iter(plan.maps.values())).layout
    anchored = [
        (page, anchor) for page in plan.pages if page.kind == "tile" for anchor in page.anchors
    ]
    assert [anchor.title for _, anchor in anchored] == [p.name for p in template.personas]
    for (page, anchor), band in zip(anchored, layout.personas, strict=True):
        assert page.column == 0
        assert page.source.y - EPS <= band.rect.y < page.source.bottom
        assert page.printable.y <= anchor.y <= page.printable.bottom


def test_summary_pages_follow_the_maps_and_carry_the_summary_bookmarks(template):
    pages = plan_pages(template, PdfOptions(paper="A4", summary=True, language="en"))
    kinds = [page.kind for page in pages]
    # The map, the links table right after it (the numbered links of the map), the summary.
    assert kinds[:2] == ["map", "links"] and set(kinds[2:]) == {"summary"}
    assert [page.number for page in pages] == list(range(1, len(pages) + 1))
    anchors = [anchor for page in pages[2:] for anchor in page.anchors]
    assert anchors[0].title == "Summary" and anchors[0].level == 0
    titles = [anchor.title for anchor in anchors[1:]]
    assert titles[:4] == [
        "By persona",
        "By stage",
        "Channels and exits by persona",
        "Channels and exits by stage",
    ]
    assert titles[4:] == [f"{p.name} — stage by stage" for p in template.personas]
    # Every placed text stays on its page, inside the margins.
    for page in pages[1:]:
        for text in (page.summary or page.links).texts:
            assert page.printable.y <= text.baseline <= page.printable.bottom


def test_planning_is_pure_the_same_inputs_give_equal_plans(small_project):
    options = PdfOptions(paper="A4", mode="tile", summary=True)
    assert plan_pages(small_project, options) == plan_pages(small_project, options)


def test_a_long_summary_breaks_between_rows_over_several_pages(big_project):
    options = PdfOptions(paper="A4", summary=True, language="en")
    pages = [p for p in map_pages(big_project, options) if p.summary]
    assert len(pages) > 3
    texts = [text.text for page in pages for text in page.summary.texts]
    for persona in big_project.personas:
        assert f"{persona.name} — stage by stage" in texts
    continued = [t for t in texts if t.endswith("(continued)")]
    assert continued, "a table running over a page repeats its title"
    for page in pages:
        for text in page.summary.texts:
            assert page.printable.y <= text.baseline <= page.printable.bottom + EPS
        for fill in page.summary.fills:
            assert fill.rect.bottom <= page.printable.bottom + EPS


def test_auto_fit_turns_the_paper_only_for_a_clearly_larger_map():
    tall = find_template("b2b-lead-generation").load()  # 770 × 1348 points: 1.4× on portrait
    (page,) = map_pages(tall, PdfOptions(paper="A3"))
    assert page.page_size[0] < page.page_size[1]
    wide = find_template("service-lifecycle").load()
    (page,) = map_pages(wide, PdfOptions(paper="A3"))
    assert page.page_size[0] > page.page_size[1]


def test_auto_tiles_take_the_fewest_sheets_and_explicit_orientations_stay(template):
    for paper in ("A4", "A3"):
        for scale in (0.75, 1.0, 1.5, 2.0):
            auto = map_pages(template, PdfOptions(paper=paper, mode="tile", scale=scale))
            counts = [
                len(
                    map_pages(
                        template, PdfOptions(paper=paper, landscape=way, mode="tile", scale=scale)
                    )
                )
                for way in (True, False)
            ]
            assert len(auto) == min(counts)
            for way in (True, False):
                pages = map_pages(
                    template, PdfOptions(paper=paper, landscape=way, mode="tile", scale=scale)
                )
                assert all((page.page_size[0] > page.page_size[1]) is way for page in pages)


def test_tiles_repeat_the_stages_and_personas_they_show_along_their_edges(french_template):
    options = PdfOptions(paper="A4", mode="tile", scale=1.5)
    plan = make_plan(french_template, options)
    layout = next(iter(plan.maps.values())).layout
    stage_names = {stage.id: stage.name for stage in french_template.stages}
    persona_names = {persona.id: persona.name for persona in french_template.personas}
    stage_top = min(box.rect.y for box in layout.stages)
    assert (plan.pages[0].columns, plan.pages[0].rows) == (4, 3)
    for page in plan.pages:
        if page.kind != "tile":
            continue
        source, area = page.source, page.printable
        if source.y <= stage_top:  # the sheet shows the stage row: nothing to repeat
            assert page.stage_labels == ()
        else:
            shown_stages = [
                box for box in layout.stages if box.left < source.right and box.right > source.x
            ]
            assert [label.text for label in page.stage_labels] == [
                stage_names[box.stage_id] for box in shown_stages
            ]
            for label, box in zip(page.stage_labels, shown_stages, strict=True):
                # The column's x range on the sheet, cut to the printed area.
                left = area.x + (box.left - source.x) * page.scale
                right = area.x + (box.right - source.x) * page.scale
                assert label.start == pytest.approx(max(left, area.x))
                assert label.end == pytest.approx(min(right, area.right))
        if page.column == 0:  # the persona column is on the sheet
            assert page.persona_labels == ()
        else:
            shown = [
                band
                for band in layout.personas
                if band.rect.y < source.bottom and band.rect.bottom > source.y
            ]
            assert [label.text for label in page.persona_labels] == [
                persona_names[band.persona_id] for band in shown
            ]
            for label in page.persona_labels:
                assert area.y - EPS <= label.start < label.end <= area.bottom + EPS
    middle = next(page for page in plan.pages if (page.row, page.column) == (1, 1))
    assert [label.text for label in middle.stage_labels] == ["Découverte", "Recherche", "Achat"]
    assert [label.text for label in middle.persona_labels] == ["Julien, 34 ans", "Marc, 52 ans"]


def test_fit_pages_and_single_sheets_carry_no_edge_labels(small_project):
    (page,) = map_pages(small_project, PdfOptions(paper="A3"))
    assert page.stage_labels == () and page.persona_labels == ()
    (tile,) = map_pages(small_project, PdfOptions(paper="A0", mode="tile", scale=0.5))
    assert tile.stage_labels == () and tile.persona_labels == ()
