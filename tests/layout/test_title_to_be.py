"""The title block of a to-be map says what it is based on, in the printed words' language,
under the client · author · date line, inside the block and clear of the legend."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from journey_editor.export.legend_words import layout_labels
from journey_editor.layout import LayoutOptions, compute_layout
from journey_editor.layout.text import DEFAULT_MEASURE
from journey_editor.layout.title import based_on_text
from journey_editor.model import BasedOn
from journey_editor.persistence.to_be import make_to_be

NOW = datetime(2026, 12, 1, tzinfo=UTC)
AS_IS_TITLE = "Boutique de chemises — parcours «omnicanal»"
ENGLISH = f"To-be, based on «{AS_IS_TITLE}» (atelier.journey.json)"
FRENCH = f"Version cible, d'après «\u00a0{AS_IS_TITLE}\u00a0» (atelier.journey.json)"


@pytest.fixture
def to_be(small_project):
    return make_to_be(small_project, "atelier.journey.json", b"{}", NOW)


def subtitle_lines(project, options=None):
    block = compute_layout(project, options or LayoutOptions()).title_block
    return block, block.subtitle.texts


def test_the_line_names_the_as_is_title_and_file(to_be):
    block, lines = subtitle_lines(to_be)
    assert lines == ("Maison Œillet · Test · 2026-12-01", ENGLISH)
    assert block.rect.contains_rect(block.subtitle.rect)
    assert block.subtitle.rect.y >= block.title.rect.bottom


def test_a_french_handout_says_it_in_french(to_be):
    _, lines = subtitle_lines(to_be, LayoutOptions(labels=layout_labels("fr")))
    assert " ".join(lines[1:]) == FRENCH  # on two lines: the small map is narrow
    _, lines = subtitle_lines(to_be, LayoutOptions(labels=layout_labels("en")))
    assert lines[-1] == ENGLISH


def test_an_untitled_as_is_is_named_by_its_file(to_be):
    to_be.based_on = BasedOn(file="atelier.journey.json", title=" ", sha256="0" * 64)
    assert based_on_text(to_be, layout_labels("en")) == "To-be, based on atelier.journey.json"
    assert (
        based_on_text(to_be, layout_labels("fr")) == "Version cible, d'après atelier.journey.json"
    )


def test_a_map_that_is_no_to_be_has_no_such_line(small_project):
    assert based_on_text(small_project, layout_labels("en")) == ""
    _, lines = subtitle_lines(small_project)
    assert lines == ("Maison Œillet · Test · 2026-11-01",)


def test_the_line_stands_alone_when_the_map_has_no_client_author_or_date(to_be):
    to_be.client = to_be.author = ""
    to_be.created = to_be.modified = None
    _, lines = subtitle_lines(to_be)
    assert lines == (ENGLISH,)


def test_a_long_as_is_title_wraps_within_the_title_column_on_two_lines_at_most(to_be):
    to_be.based_on = to_be.based_on.model_copy(update={"title": "Parcours très détaillé " * 12})
    block, lines = subtitle_lines(to_be)
    based_on_lines = lines[1:]
    assert len(based_on_lines) == 2 and based_on_lines[-1].endswith("…")
    size = block.subtitle.size
    for line in lines:
        assert DEFAULT_MEASURE.width(line, size, False) <= block.subtitle.rect.width + 1e-6
    layout = compute_layout(to_be)
    assert not block.subtitle.rect.intersects(layout.legend.rect)
    assert layout.header.y >= block.subtitle.rect.bottom


def test_the_title_block_grows_by_the_line_and_the_map_moves_down_with_it(small_project, to_be):
    before = compute_layout(small_project)
    after = compute_layout(to_be)
    assert after.title_block.subtitle.rect.height > before.title_block.subtitle.rect.height
    assert after.header.y >= before.header.y
