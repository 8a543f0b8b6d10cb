"""Compare marks (layout/change_marks.py) on the known as-is / to-be pair: the to-be shown,
compared with its as-is. Room for the ghosts, where each mark goes, and what it says."""

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from journey_editor.compare import diff_projects
from journey_editor.export.change_input import change_set
from journey_editor.layout import LayoutOptions, Rect, compute_layout
from journey_editor.layout.change_marks import (
    BADGE_HEIGHT,
    ChangeSet,
    FieldChange,
    MarkWords,
    change_marks,
    ghost_room,
)
from journey_editor.layout.curves import emotion_levels
from journey_editor.layout.text import ASCENT, DESCENT

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from tests.compare.pair import as_is, to_be  # noqa: E402

OPTIONS = LayoutOptions(title_block=False, legend=False)
FRIEND_CELL = ("p-lea", "l-lea-touch", "s-discover")


@pytest.fixture(scope="module")
def compared():
    """(layout with room, changes, other layout, marks, layout without room)."""
    other, shown = as_is(), to_be()
    changes = change_set(diff_projects(other, shown), other)
    plain = compute_layout(shown, OPTIONS)
    room = ghost_room(plain, changes.gone)
    layout = compute_layout(shown, replace(OPTIONS, cell_room=room))
    other_layout = compute_layout(other, OPTIONS)
    marks = change_marks(layout, changes, other_layout)
    return layout, changes, other_layout, marks, plain


def badges_by_target(marks):
    return {badge.target: badge for badge in marks.badges}


def text_boxes(block, measure):
    """The glyph box of each line: from its ascent (accents included) to its descent."""
    size = block.size
    return [
        Rect(
            line.x,
            line.baseline - ASCENT * size,
            measure.width(line.text, size, False),
            (ASCENT + DESCENT) * size,
        )
        for line in block.lines
    ]


# --- room -------------------------------------------------------------------------------------


def test_room_is_made_only_in_the_removed_cards_old_cell(compared):
    layout, changes, _other, marks, plain = compared
    room = dict(ghost_room(plain, changes.gone))
    assert list(room) == [FRIEND_CELL]
    (ghost,) = marks.ghosts
    assert room[FRIEND_CELL] == pytest.approx(OPTIONS.card_gap + ghost.box.rect.height)
    # The lane grew by exactly that room; everything above it stayed where it was.
    assert layout.height == pytest.approx(plain.height + room[FRIEND_CELL])
    assert layout.cards["c-marc-store"] == plain.cards["c-marc-store"]


def test_no_room_gives_the_very_same_layout():
    shown = to_be()
    assert (
        compute_layout(shown, replace(OPTIONS, cell_room=())).cards
        == compute_layout(shown, OPTIONS).cards
    )


def test_a_ghost_sits_after_its_cells_real_cards_inside_the_cell(compared):
    layout, _changes, _other, marks, _plain = compared
    (ghost,) = marks.ghosts
    box = ghost.box
    assert box.card_id == "c-friend" and box.title.texts == ("Conseil d'un ami",)
    assert box.card_id not in layout.cards  # no real card of the map
    cell = layout.cells[FRIEND_CELL]
    assert cell.content.contains_rect(box.rect)
    for real in layout.cell_cards(FRIEND_CELL):
        assert real.rect.bottom < box.rect.y
    for other in layout.cards.values():
        assert not other.rect.intersects(box.rect)


def test_a_ghost_whose_cell_is_gone_has_no_mark(compared):
    layout, changes, _other, _marks, _plain = compared
    gone = changes.gone[0]
    lost = replace(gone, cell=("p-lea", "l-lea-touch", "s-nowhere"))
    marks = change_marks(layout, ChangeSet(gone=(lost,)))
    assert marks.ghosts == () and marks.badges == ()
    assert ghost_room(layout, (lost,)) == ()


# --- badges -----------------------------------------------------------------------------------


def test_badges_say_what_changed(compared):
    _layout, _changes, _other, marks, _plain = compared
    badges = badges_by_target(marks)
    said = {target: (badge.sort, badge.label.texts[0]) for target, badge in badges.items()}
    assert said == {
        "c-friend": ("removed", "removed"),
        "c-follow-up": ("added", "new"),
        "c-return": ("added", "new"),
        "c-shop": ("changed", "effort 3 → 2 · emotion −1 → +1"),
        "c-marc-store": ("changed", "emotion +1 → +2"),
        "c-queue": ("moved", "moved"),
        "s-loyal": ("added", "new"),
    }
    assert badges["c-shop"].details == ("effort 3 → 2", "emotion −1 → +1")
    assert badges["c-queue"].details == ("moved from stage «Achat», lane «Irritants»",)
    assert badges["c-friend"].target_kind == "ghost"
    assert badges["s-loyal"].target_kind == "stage"


def test_a_card_badge_straddles_the_top_edge_over_no_text(compared):
    layout, _changes, _other, marks, _plain = compared
    measure = OPTIONS.measure
    ghosts = {ghost.box.card_id: ghost.box for ghost in marks.ghosts}
    for badge in marks.badges:
        if badge.target_kind not in ("card", "ghost"):
            continue
        card = layout.cards.get(badge.target) or ghosts[badge.target]
        assert badge.rect.y + BADGE_HEIGHT / 2 == pytest.approx(card.rect.y)
        assert card.rect.x <= badge.rect.x and badge.rect.right <= card.rect.right
        for box in [*layout.cards.values(), *ghosts.values()]:
            for text in text_boxes(box.title, measure):
                assert not badge.rect.intersects(text), (badge.target, box.card_id)


def test_a_long_list_of_changes_is_cut_to_the_card_and_kept_whole_in_the_details(compared):
    layout, _changes, _other, _marks, _plain = compared
    fields = tuple(
        FieldChange(name, old, new)
        for name, old, new in (
            ("effort", 1, 5),
            ("emotion", 2, -2),
            ("evidence", "observed", "proposed"),
            ("moment_of_truth", False, True),
            ("title", "Article", "Article de blog"),
        )
    )
    marks = change_marks(layout, ChangeSet(changed={"c-blog": fields}))
    (badge,) = marks.badges
    assert badge.label.texts[0].endswith("…")
    assert badge.rect.width <= layout.cards["c-blog"].rect.width
    assert badge.details == (
        "effort 1 → 5",
        "emotion +2 → −2",
        "evidence observed → proposed",
        "moment of truth no → yes",
        "title «Article» → «Article de blog»",
    )


def test_the_words_are_the_callers(compared):
    layout, changes, _other, _marks, _plain = compared
    words = MarkWords(
        added="nouveau",
        change="{field} : {old} → {new}",
        fields={"effort": "effort", "emotion": "émotion"},
    )
    said = {b.target: b.label.texts[0] for b in change_marks(layout, changes, None, words).badges}
    assert said["c-follow-up"] == "nouveau"
    assert said["c-marc-store"] == "émotion : +1 → +2"


def test_a_header_badge_covers_none_of_its_text(compared):
    layout, _changes, _other, _marks, _plain = compared
    changed = {"p-lea": (FieldChange("role", "Lectrice", "Lectrice fidèle du blog"),)}
    marks = change_marks(layout, ChangeSet(added=frozenset({"l-lea-pain"}), changed=changed))
    badges = badges_by_target(marks)
    band = layout.persona("p-lea")
    header = band.header
    assert header.rect.contains_rect(badges["p-lea"].rect)
    for block in (header.name, header.role):
        for text in text_boxes(block, OPTIONS.measure):
            assert not badges["p-lea"].rect.intersects(text)
    row = next(row for row in band.lanes if row.lane_id == "l-lea-pain")
    assert row.label_rect.contains_rect(badges["l-lea-pain"].rect)
    assert badges["l-lea-pain"].label.texts == ("new",)
    assert badges["p-lea"].label.texts == ("role",)
    assert badges["p-lea"].details == ("role «Lectrice» → «Lectrice fidèle du blog»",)


# --- arrows and curves -------------------------------------------------------------------------


def test_a_moved_card_has_an_arrow_from_its_old_cell(compared):
    layout, _changes, _other, marks, _plain = compared
    (arrow,) = marks.arrows
    assert arrow.card_id == "c-queue"
    assert arrow.old_cell == ("p-lea", "l-lea-pain", "s-buy")
    old = layout.cells[arrow.old_cell].rect
    assert old.contains(arrow.origin.x, arrow.origin.y)
    card = layout.cards["c-queue"].rect
    assert arrow.segment.end.x == pytest.approx(card.x)  # the old cell is to its left
    assert card.y <= arrow.segment.end.y <= card.bottom
    assert arrow.head[0] == arrow.segment.end


def test_the_other_versions_curves_are_drawn_in_this_maps_zones(compared):
    layout, _changes, other_layout, marks, _plain = compared
    curves = {curve.persona_id: curve for curve in marks.curves}
    assert set(curves) == {"p-lea", "p-marc"}
    lea = curves["p-lea"]
    assert [(p.card_id, p.emotion) for p in lea.points] == [
        (p.card_id, p.emotion)
        for p in next(c for c in other_layout.emotion_curves if c.persona_id == "p-lea").points
    ]
    zone = next(row.curve_zone for row in layout.persona("p-lea").lanes if row.curve_zone)
    levels = emotion_levels(zone, OPTIONS.emotion_curve_padding)
    for point in lea.points:
        assert point.y == pytest.approx(levels[point.emotion + 2])
        stage = layout.stage(other_layout.cards[point.card_id].cell[2])
        assert stage.rect.x <= point.x <= stage.rect.right
    assert len(lea.segments) == len(lea.points) - 1
    xs = [p.x for p in lea.points]
    assert xs == sorted(xs)


def test_nothing_is_marked_for_what_the_layout_does_not_show(compared):
    _layout, changes, _other, _marks, _plain = compared
    shown = to_be()
    folded = replace(OPTIONS, collapsed_personas=frozenset({"p-lea"}))
    layout = compute_layout(
        shown, replace(folded, cell_room=ghost_room(compute_layout(shown, folded), changes.gone))
    )
    marks = change_marks(layout, changes, compute_layout(as_is(), folded))
    assert {badge.target for badge in marks.badges} == {"c-marc-store", "s-loyal"}
    assert marks.ghosts == () and marks.arrows == ()
    assert [curve.persona_id for curve in marks.curves] == ["p-marc"]
