"""The persona column, a view setting: full (name, role, quote), narrow (name under the avatar,
role) or initials (the avatar alone). The PDF always lays out the full column."""

from __future__ import annotations

import pytest

from journey_editor.layout import LayoutOptions, compute_layout
from journey_editor.layout.persona_header import PERSONA_COLUMNS, column_of, persona_column


@pytest.mark.parametrize("column", list(PERSONA_COLUMNS))
def test_each_column_round_trips_through_the_options(column):
    options = persona_column(LayoutOptions(), column)
    assert column_of(options) == column
    assert options.left_width == PERSONA_COLUMNS[column][0] + options.lane_label_width


def test_default_options_are_the_full_column():
    assert column_of(LayoutOptions()) == "full"
    with pytest.raises(KeyError):
        persona_column(LayoutOptions(), "tiny")
    with pytest.raises(ValueError, match="persona_header"):
        LayoutOptions(persona_header="huge")


def test_initials_show_the_avatar_alone_centred(small_project):
    full = compute_layout(small_project, LayoutOptions())
    slim = compute_layout(small_project, persona_column(LayoutOptions(), "initials"))
    header = slim.personas[0].header
    assert header.initials == "L" and header.name.texts == ()
    assert header.role is None and header.quote is None
    avatar = header.avatar
    assert abs((avatar.x + avatar.width / 2) - header.rect.width / 2) < 0.01
    # Everything right of the column moves left by the width saved, cards and all.
    saved = full.left_width - slim.left_width
    assert saved == 150.0 - 34.0
    assert slim.stages[0].rect.x == full.stages[0].rect.x - saved
    card = "c-blog"
    assert slim.cards[card].rect.x == pytest.approx(full.cards[card].rect.x - saved)


def test_narrow_puts_the_name_under_the_avatar_and_leaves_the_quote_out(small_project):
    project = small_project.model_copy(deep=True)
    project.personas[0].quote = "I read every article"
    full = compute_layout(project, LayoutOptions()).personas[0].header
    narrow = compute_layout(project, persona_column(LayoutOptions(), "narrow")).personas[0].header
    assert full.quote is not None and narrow.quote is None
    assert narrow.role is not None and narrow.role.texts
    assert narrow.name.rect.y >= narrow.avatar.bottom  # under the avatar
    assert narrow.name.rect.x == narrow.avatar.x  # across the column's whole width
    assert narrow.rect.right == 100.0
    assert narrow.initials == full.initials == "L"


def test_initials_are_laid_out_from_the_whole_name_not_the_wrapped_lines(small_project):
    project = small_project.model_copy(deep=True)
    project.personas[0].name = "Léa Dubois, lectrice très fidèle du blog de la maison"
    header = compute_layout(project, LayoutOptions()).personas[0].header
    assert header.initials == "LD"
