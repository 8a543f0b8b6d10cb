"""The small pictures painters draw on cards: the same geometry on screen and on paper."""

from itertools import pairwise

import pytest

from journey_editor.layout import Rect, effort_glyph, exit_lines, face_glyph, star_polygon


def test_effort_badge_has_five_dots_then_the_number():
    badge = Rect(10, 20, 36, 9)
    glyph = effort_glyph(badge, 3)
    assert glyph.filled == 3 and len(glyph.dots) == 5
    assert glyph.number.text == "3"
    xs = [dot.x for dot in glyph.dots]
    assert xs == sorted(xs)
    for dot, following in pairwise(glyph.dots):
        assert dot.right < following.x, "dots do not touch"
    for dot in glyph.dots:
        assert badge.contains_rect(dot)
    assert glyph.dots[-1].right < glyph.number.x < badge.right
    assert badge.y < glyph.number.baseline <= badge.bottom


@pytest.mark.parametrize("emotion", [-2, -1, 0, 1, 2])
def test_faces_fit_their_box(emotion):
    box = Rect(0, 0, 11, 11)
    face = face_glyph(box, emotion)
    assert face.circle == box
    for part in (face.left_eye, face.right_eye):
        assert box.contains_rect(part)
    for point in face.mouth.control_points():
        assert box.contains(point.x, point.y)


def test_the_mouth_smiles_with_emotion():
    def mouth_bend(emotion):
        mouth = face_glyph(Rect(0, 0, 20, 20), emotion).mouth
        return mouth.point_at(0.5).y - mouth.start.y  # > 0: the middle is lower, a smile

    bends = [mouth_bend(emotion) for emotion in (-2, -1, 0, 1, 2)]
    assert bends == sorted(bends)
    assert bends[2] == pytest.approx(0)
    assert bends[0] < 0 < bends[-1]


def test_star_and_exit_marks_stay_in_their_box():
    box = Rect(5, 5, 9, 9)
    star = star_polygon(box)
    assert len(star) == 10
    assert star[0].y == pytest.approx(box.y), "the first point is at the top"
    for point in star:
        assert box.x - 1e-9 <= point.x <= box.right + 1e-9
        assert box.y - 1e-9 <= point.y <= box.bottom + 1e-9
    for start, end in exit_lines(box):
        for point in (start, end):
            assert box.x - 1e-9 <= point.x <= box.right + 1e-9
            assert box.y - 1e-9 <= point.y <= box.bottom + 1e-9
