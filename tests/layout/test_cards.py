"""Cards inside cells: sizes, titles, marks, and cells that hold many cards."""

import pytest

from journey_editor.layout import LayoutOptions, compute_layout
from journey_editor.model import Card, Lane, Persona, Project, Stage


def one_cell_project(titles, stage_name="Stage", **card_fields) -> Project:
    return Project(
        id="m",
        stages=[Stage(id="s", name=stage_name), Stage(id="t", name="Next")],
        personas=[
            Persona(
                id="p",
                name="P",
                lanes=[
                    Lane(id="tp", name="Touchpoints", kind="touchpoints"),
                    Lane(id="notes", name="Notes", kind="notes"),
                ],
            )
        ],
        cards=[
            Card(id=f"c{i}", persona="p", lane="tp", stage="s", title=title, **card_fields)
            for i, title in enumerate(titles)
        ],
    )


def test_cards_stack_in_cell_order_with_gaps(small_layout):
    options = small_layout.options
    blog, friend = small_layout.cards["c-blog"], small_layout.cards["c-friend"]
    assert (blog.index, friend.index) == (0, 1)
    assert friend.rect.y - blog.rect.bottom == pytest.approx(options.card_gap)
    assert blog.rect.x == friend.rect.x
    cell = small_layout.cells[blog.cell]
    assert blog.rect.y == pytest.approx(cell.content.y + options.cell_padding)
    assert blog.rect.width == pytest.approx(cell.rect.width - 2 * options.cell_padding)


def test_card_width_comes_from_the_column(small_layout):
    options = small_layout.options
    for box in small_layout.cards.values():
        assert box.rect.width == pytest.approx(options.card_width)


def test_long_titles_wrap_within_the_card_and_make_it_taller(layout_rules):
    long = "Se demande si la taille convient et compare trois modèles sur le site"
    layout = compute_layout(one_cell_project(["Court", long]))
    layout_rules(layout)
    short_box, long_box = layout.cards["c0"], layout.cards["c1"]
    assert short_box.title_lines == ("Court",)
    assert 2 <= len(long_box.title_lines) <= 4
    assert " ".join(long_box.title_lines) == long
    assert long_box.rect.height > short_box.rect.height
    measure = layout.options.measure
    for line in long_box.title_lines:
        assert measure.width(line, long_box.title.size, False) <= long_box.title.rect.width


def test_very_long_titles_stop_at_four_lines_with_an_ellipsis(layout_rules):
    layout = compute_layout(one_cell_project(["Une remarque très longue et détaillée. " * 10]))
    layout_rules(layout)
    box = layout.cards["c0"]
    assert len(box.title_lines) == 4
    assert box.title_lines[-1].endswith("…")
    assert box.title.rect.bottom <= box.rect.bottom


def test_card_height_follows_its_lines(layout_rules):
    options = LayoutOptions()
    line = options.title_font_size * options.line_spacing
    layout = compute_layout(
        one_cell_project(["Un", "Un deux trois quatre cinq six sept huit neuf dix onze douze"])
    )
    one, many = layout.cards["c0"], layout.cards["c1"]
    extra_lines = len(many.title_lines) - len(one.title_lines)
    assert many.rect.height - one.rect.height == pytest.approx(
        max(0.0, 2 * options.card_padding + len(many.title_lines) * line - options.card_min_height)
    )
    assert extra_lines > 0
    assert one.rect.height == options.card_min_height


def test_marks_appear_only_for_what_the_card_has():
    project = one_cell_project(["Plain"])
    project.cards.append(
        Card(
            id="full",
            persona="p",
            lane="tp",
            stage="t",
            title="Everything",
            channel="website",
            effort=4,
            emotion=-2,
            moment_of_truth=True,
            exit_point=True,
            evidence="assumed",
        )
    )
    layout = compute_layout(project)
    plain, full = layout.cards["c0"], layout.cards["full"]
    assert (plain.chip, plain.effort_badge, plain.emotion_face) == (None, None, None)
    assert (plain.moment_of_truth, plain.exit_point) == (None, None)
    assert None not in (full.chip, full.effort_badge, full.emotion_face)
    assert None not in (full.moment_of_truth, full.exit_point)
    assert (full.channel, full.colour, full.icon) == ("website", "#0072B2", "globe")
    assert (full.effort, full.emotion, full.evidence) == (4, -2, "assumed")
    # The chip is at the top left, the title to its right; the footer on the bottom edge.
    assert full.chip.x < full.title.rect.x
    assert full.effort_badge.bottom <= full.rect.bottom - layout.options.card_padding + 1e-6
    assert full.effort_badge.x < full.moment_of_truth.x < full.exit_point.x < full.emotion_face.x
    # The marks are not kept in the box but follow its rectangle: a box moved down (a band
    # below a taller one, in the map's coordinates) has every mark moved with it.
    local = layout.local_cards["full"]
    for name in ("chip", "effort_badge", "emotion_face", "moment_of_truth", "exit_point"):
        moved, there = getattr(full, name), getattr(local, name)
        assert (moved.x, moved.width, moved.height) == (there.x, there.width, there.height)
        assert moved.y == pytest.approx(there.y + full.rect.y - local.rect.y)


def test_a_full_cell_grows_its_lane_row_in_a_narrow_column(layout_rules):
    options = LayoutOptions()
    layout = compute_layout(one_cell_project([f"Card {i}" for i in range(9)]), options)
    layout_rules(layout, every_pair=True)
    cell = layout.cells[("p", "tp", "s")]
    assert cell.columns == 1
    boxes = layout.cell_cards(("p", "tp", "s"))
    assert len({box.rect.x for box in boxes}) == 1
    needed = sum(box.rect.height for box in boxes) + 8 * options.card_gap
    assert cell.rect.height >= needed + 2 * options.cell_padding - 1e-6
    # The other stage's cell of the same lane is just as tall.
    assert layout.cells[("p", "tp", "t")].rect.height == cell.rect.height


def test_a_full_cell_wraps_into_columns_when_its_stage_is_wide(layout_rules):
    wide_name = "Recherche d'informations complémentaires sur les garanties " * 3
    layout = compute_layout(one_cell_project([f"Card {i}" for i in range(7)], wide_name))
    layout_rules(layout, every_pair=True)
    stage = layout.stage("s")
    assert stage.rect.width >= 2 * layout.options.card_width + layout.options.card_gap
    cell = layout.cells[("p", "tp", "s")]
    assert cell.columns == 2
    boxes = layout.cell_cards(("p", "tp", "s"))
    # Row-major: 0 1 / 2 3 / 4 5 / 6.
    assert boxes[0].rect.y == boxes[1].rect.y < boxes[2].rect.y == boxes[3].rect.y
    assert boxes[0].rect.x < boxes[1].rect.x
    assert boxes[0].rect.x == boxes[2].rect.x == boxes[6].rect.x
    assert boxes[1].rect.width >= layout.options.card_width


def test_a_few_cards_in_a_wide_column_stay_in_one_column():
    wide_name = "Recherche d'informations complémentaires sur les garanties " * 3
    layout = compute_layout(one_cell_project(["A", "B"], wide_name))
    cell = layout.cells[("p", "tp", "s")]
    assert cell.columns == 1
    assert layout.cards["c0"].rect.width == pytest.approx(
        cell.rect.width - 2 * layout.options.cell_padding
    )


def test_cards_per_column_is_an_option(layout_rules):
    options = LayoutOptions(stage_min_width=340, card_min_width=150, cards_per_column=1)
    layout = compute_layout(one_cell_project(["A", "B", "C"]), options)
    layout_rules(layout, every_pair=True)
    assert layout.cells[("p", "tp", "s")].columns == 2


def test_emotions_lane_cards_sit_under_the_curve(small_project, layout_rules):
    small_project.cards.append(
        Card(id="c-feel", persona="p-lea", lane="l-lea-emotion", stage="s-use", title="Rassurée")
    )
    layout = compute_layout(small_project)
    layout_rules(layout)
    row = next(row for row in layout.persona("p-lea").lanes if row.kind == "emotions")
    zone = row.curve_zone
    feel = layout.cards["c-feel"]
    assert feel.rect.y >= zone.bottom
    assert row.rect.height >= zone.height + layout.options.empty_row_height


def test_a_card_pushed_along_is_drawn_alike_and_a_changed_one_is_not(small_layout):
    """`drawn_alike` tells a canvas it may move a card's picture instead of painting it again:
    true for the same card anywhere else (up to the last bits of the sums that place it),
    false as soon as anything painted on it differs."""
    from dataclasses import replace

    from journey_editor.layout import shift
    from journey_editor.layout.boxes import drawn_alike
    from journey_editor.layout.geometry import Rect

    box = small_layout.cards["c-blog"]
    lower = shift.card(box, 37.25)
    assert drawn_alike(box, lower) and drawn_alike(lower, box)
    noisy = shift.card(box, 1e-12)
    assert drawn_alike(box, noisy)
    other_place = small_layout.cards["c-friend"]
    assert not drawn_alike(box, other_place), "another card, another title"
    r = box.rect
    assert not drawn_alike(box, replace(box, rect=Rect(r.x, r.y, r.width + 1, r.height)))
    assert not drawn_alike(box, replace(box, emotion=2 if box.emotion != 2 else -2))
    assert not drawn_alike(box, replace(box, votes=box.votes + 1))
    evidence = "assumed" if box.evidence != "assumed" else None
    assert not drawn_alike(box, replace(box, evidence=evidence))
    moved_title = replace(box.title, first_baseline=box.title.first_baseline + 0.5)
    assert not drawn_alike(box, replace(box, title=moved_title)), "the title moved in the card"
    other_text = replace(box.title, texts=("Autre chose",))
    assert not drawn_alike(box, replace(box, title=other_text))
