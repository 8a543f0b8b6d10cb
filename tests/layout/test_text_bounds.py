"""Text that would make layout slow or draw wrongly (issue 13, item 4; item 7's bidi controls):
wrapping is linear, a drawn text is bounded, and what no font should draw is not drawn.

Not timed: every test counts what the measure was asked (calls and characters), a count that
quadratic wrapping cannot keep within the bounds asserted here."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_editor.layout import (
    SHOWN_TEXT_LIMIT,
    DejaVuMetrics,
    LayoutCache,
    LayoutOptions,
    TextWrapper,
    compute_layout,
    shown_text,
)
from journey_editor.layout import text as text_module
from journey_editor.layout.text import BIDI_CONTROLS, ELLIPSIS, NOT_XML
from tests.bad_files import HOSTILE_TEXT, spread
from tests.layout.conftest import check_layout


class CountingMeasure(DejaVuMetrics):
    """DejaVu widths, counting the calls and the characters measured."""

    def __init__(self, additive: bool = True) -> None:
        super().__init__()
        self.additive = additive
        self.calls = 0
        self.characters = 0

    def width(self, text: str, size: float, bold: bool) -> float:
        self.calls += 1
        self.characters += len(text)
        return super().width(text, size, bold)


def measured_to_break(length: int, additive: bool = True) -> CountingMeasure:
    measure = CountingMeasure(additive)
    TextWrapper(measure).wrap("a" * length, 120.0, 9.0)
    return measure


@pytest.mark.parametrize("additive", [True, False], ids=["additive", "shaping measure"])
def test_breaking_a_long_word_costs_in_proportion_to_its_length(monkeypatch, additive):
    monkeypatch.setattr(text_module, "SHOWN_TEXT_LIMIT", 10**9)  # the wrapper alone
    small, large = measured_to_break(10_000, additive), measured_to_break(100_000, additive)
    # Ten times the word, about ten times the work (quadratic: a hundred times).
    assert large.characters < 12 * small.characters
    assert large.calls < 12 * small.calls
    # Each piece of ~21 characters is found in O(log) measures of at most twice its length.
    assert large.characters < 20 * 100_000
    lines = TextWrapper(DejaVuMetrics()).wrap("a" * 100_000, 120.0, 9.0)
    assert "".join(lines) == "a" * 100_000
    assert all(DejaVuMetrics().width(line, 9.0, False) <= 120.0 for line in lines)


def test_a_long_word_with_a_line_limit_measures_only_what_is_shown(monkeypatch):
    monkeypatch.setattr(text_module, "SHOWN_TEXT_LIMIT", 10**9)
    measure = CountingMeasure()
    lines = TextWrapper(measure).wrap("é" * 1_000_000, 120.0, 9.0, max_lines=4)
    assert len(lines) == 4 and lines[-1].endswith(ELLIPSIS)
    # The word's width once, then four lines' worth of pieces: never the whole word again.
    assert measure.calls < 100
    assert measure.characters < 1_000_000 + 5_000


def test_a_drawn_text_stops_at_the_limit_with_an_ellipsis():
    lines = TextWrapper(DejaVuMetrics()).wrap("mot " * 50_000, 300.0, 9.0)
    drawn = " ".join(lines)
    assert lines[-1].endswith(ELLIPSIS)
    assert len(drawn) <= SHOWN_TEXT_LIMIT + 1
    assert shown_text("b" * 5_000) == "b" * SHOWN_TEXT_LIMIT + ELLIPSIS
    assert shown_text("court") == "court"


@pytest.mark.parametrize("case", list(HOSTILE_TEXT), ids=list(HOSTILE_TEXT))
def test_every_hostile_text_lays_out_with_bounded_measuring(case, small_project):
    project = spread(small_project, HOSTILE_TEXT[case])
    measure = CountingMeasure()
    options = LayoutOptions(title_block=True, legend=True, measure=measure)
    layout = compute_layout(project, options, LayoutCache())
    check_layout(layout)
    # The fields hold up to 100,000 characters each: each is measured once in full at most
    # (its width as one word), then only what is shown. Quadratic wrapping measured 10⁸ and
    # more characters for one such title.
    assert measure.characters < 40 * 100_000
    card = next(card for card in project.cards if card.title == HOSTILE_TEXT[case])
    lines = layout.cards[card.id].title.texts
    assert len(lines) <= options.title_max_lines
    drawn = [text for block in blocks(layout) if block is not None for text in block.texts]
    for text in drawn:
        assert BIDI_CONTROLS.isdisjoint(text), "a bidi control would reorder the drawn text"
        assert not NOT_XML.search(text), "a character no font draws and XML cannot hold"
    assert sum(map(len, drawn)) < 40 * SHOWN_TEXT_LIMIT


def test_a_100k_title_shows_four_lines_ending_in_an_ellipsis(small_project):
    project = spread(small_project, HOSTILE_TEXT["100,000-character word"])
    layout = compute_layout(project, LayoutOptions())
    card = next(card for card in project.cards if card.title.startswith("aaa"))
    lines = layout.cards[card.id].title.texts
    assert len(lines) == LayoutOptions().title_max_lines
    assert lines[-1].endswith(ELLIPSIS)
    assert card.title == "a" * 100_000  # the map keeps it all: the inspector shows it


def test_a_right_to_left_override_is_kept_in_the_map_and_not_drawn(small_project):
    title = "Paiement\u202e refusé"
    small_project.cards[0].title = title
    layout = compute_layout(small_project, LayoutOptions())
    assert layout.cards[small_project.cards[0].id].title.texts == ("Paiement refusé",)
    assert small_project.cards[0].title == title


def blocks(layout):
    if layout.title_block is not None:
        yield from (layout.title_block.title, layout.title_block.subtitle)
    for band in layout.personas:
        yield from (band.header.name, band.header.role, band.header.quote)
        yield from (row.label for row in band.lanes)
    yield from (stage.name for stage in layout.stages)
    yield from (box.title for box in layout.cards.values())
    yield from (link.label for link in layout.links if link.label is not None)
    if layout.legend is not None:
        for section in layout.legend.sections:
            yield from (entry.label for entry in section.entries)


@settings(max_examples=200, deadline=None)
@given(
    text=st.one_of(
        st.sampled_from(list(HOSTILE_TEXT.values())),
        st.text(st.characters(codec=None), max_size=300),
        st.text(st.sampled_from("a é😀\u202e\u2067\n\x01\ufffe\U000f0000中"), max_size=3000),
    ),
    width=st.floats(1.0, 400.0),
    max_lines=st.one_of(st.none(), st.integers(1, 6)),
)
def test_any_text_wraps_to_drawable_lines_that_fit(text, width, max_lines):
    wrapper = TextWrapper(DejaVuMetrics())
    lines = wrapper.wrap(text, width, 9.0, False, max_lines)
    if max_lines is not None:
        assert len(lines) <= max_lines
    assert sum(map(len, lines)) <= SHOWN_TEXT_LIMIT + len(lines)
    for line in lines:
        assert BIDI_CONTROLS.isdisjoint(line) and not NOT_XML.search(line)
        assert len(line) == 1 or wrapper.width(line, 9.0) <= width + 1e-9 or line == ELLIPSIS
