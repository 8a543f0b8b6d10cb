"""Measuring and wrapping text."""

from itertools import pairwise
from pathlib import Path

import pytest

from journey_editor.layout import DejaVuMetrics, TextWrapper
from journey_editor.layout.text import ELLIPSIS, place_lines

MEASURE = DejaVuMetrics()
SAMPLES = [
    "Article de blog",
    "Chemise à 105 € — offre −20 %",
    "« Est-ce vraiment moins cher ? »",
    "Œuvre, cœur, façade, naïve, Ærø, Łódź, Ĳssel",
    "WWW MMM iii lll ... ,,,",
    "Scans the QR code in the catalogue 0123456789",
    "Ελληνικά και русский текст",
]


def font_file(name: str) -> Path | None:
    root = Path(__file__).resolve().parents[2]
    for folder in (root / "resources" / "fonts", Path("/usr/share/fonts")):
        found = sorted(folder.rglob(name)) if folder.exists() else []
        if found:
            return found[0]
    return None


@pytest.mark.parametrize("bold", [False, True])
def test_the_default_measure_matches_dejavu_sans_and_errs_wide(bold):
    """The built-in table against the font itself, read by reportlab (as the PDF does)."""
    ttfonts = pytest.importorskip("reportlab.pdfbase.ttfonts")
    pdfmetrics = pytest.importorskip("reportlab.pdfbase.pdfmetrics")
    path = font_file("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    if path is None:
        pytest.skip("DejaVu Sans is not installed")
    name = f"DejaVuTest{'Bold' if bold else ''}"
    pdfmetrics.registerFont(ttfonts.TTFont(name, str(path)))
    for text in SAMPLES:
        real = pdfmetrics.stringWidth(text, name, 10)
        estimate = MEASURE.width(text, 10, bold)
        assert real <= estimate <= real * 1.03, text


def test_measure_scales_with_size_and_bold_is_wider():
    assert MEASURE.width("Journey", 20, False) == pytest.approx(
        2 * MEASURE.width("Journey", 10, False)
    )
    assert MEASURE.width("Journey", 10, True) > MEASURE.width("Journey", 10, False)
    assert MEASURE.width("", 10, False) == 0


def test_characters_outside_the_table_are_estimated_wide():
    assert MEASURE.width("漢字", 10, False) >= 2 * 10
    assert MEASURE.width("e\u0301", 10, False) == MEASURE.width("e", 10, False)  # combining
    assert MEASURE.width("😀", 10, False) >= 10


def test_lines_fit_the_width_and_keep_the_words_in_order():
    wrapper = TextWrapper(MEASURE)
    text = "Reçoit un SMS de confirmation sur recommandation d'une amie après 18 h"
    lines = wrapper.wrap(text, 100, 10)
    assert len(lines) > 1
    assert " ".join(lines) == text
    for line in lines:
        assert MEASURE.width(line, 10, False) <= 100


def test_the_first_word_of_a_line_would_not_have_fitted_on_the_line_before():
    wrapper = TextWrapper(MEASURE)
    lines = wrapper.wrap("Opens the app while commuting and gives up halfway", 90, 10)
    for line, following in pairwise(lines):
        first_word = following.split(" ")[0]
        assert MEASURE.width(f"{line} {first_word}", 10, False) > 90


def test_over_long_words_are_broken_between_characters():
    wrapper = TextWrapper(MEASURE)
    word = "https://example.com/un-tres-long-lien-sans-espace-du-tout"
    lines = wrapper.wrap(f"Voir {word}", 80, 10)
    assert "".join(lines).replace("Voir", "", 1) == word
    for line in lines:
        assert MEASURE.width(line, 10, False) <= 80


def test_max_lines_ends_in_an_ellipsis_that_fits():
    wrapper = TextWrapper(MEASURE)
    text = "Customers mention it unprompted in nearly every interview we ran. " * 4
    lines = wrapper.wrap(text, 120, 10, max_lines=3)
    assert len(lines) == 3
    assert lines[-1].endswith(ELLIPSIS)
    assert not lines[-1].endswith(" " + ELLIPSIS)
    for line in lines:
        assert MEASURE.width(line, 10, False) <= 120
    assert wrapper.wrap("Short", 120, 10, max_lines=3) == ("Short",)


def test_fit_line_truncates_one_line():
    wrapper = TextWrapper(MEASURE)
    assert wrapper.fit_line("Before purchase", 200, 8) == "Before purchase"
    cut = wrapper.fit_line("Before purchase and during the first weeks", 60, 8)
    assert cut.endswith(ELLIPSIS) and MEASURE.width(cut, 8, False) <= 60


def test_explicit_breaks_are_kept_and_spaces_collapse():
    wrapper = TextWrapper(MEASURE)
    assert wrapper.wrap("Line one\nLine  two", 500, 10) == ("Line one", "Line two")
    assert wrapper.wrap("", 500, 10) == ()
    assert wrapper.wrap("   ", 500, 10) == ()


def test_a_no_break_space_holds_its_words_together():
    wrapper = TextWrapper(MEASURE)
    lines = wrapper.wrap("Une chemise à 105\u00a0€ livrée en 48\u00a0h", 70, 10)
    assert any("105\u00a0€" in line for line in lines)
    assert any("48\u00a0h" in line for line in lines)


def test_a_measure_that_is_not_additive_still_gets_lines_that_fit():
    """Qt's metrics apply kerning and shaping: a line may not be the sum of its words."""

    class Kerned:
        def width(self, text, size, bold):
            # Every space costs more inside a line than measured alone.
            return MEASURE.width(text, size, bold) + text.count(" ") * 3.0

    measure = Kerned()
    wrapper = TextWrapper(measure)
    lines = wrapper.wrap("aa bb cc dd ee ff gg hh ii jj kk ll", 60, 10)
    assert " ".join(lines) == "aa bb cc dd ee ff gg hh ii jj kk ll"
    for line in lines:
        assert measure.width(line, 10, False) <= 60


def test_wrapping_results_are_cached():
    calls = []

    class Counting:
        def width(self, text, size, bold):
            calls.append(text)
            return MEASURE.width(text, size, bold)

    wrapper = TextWrapper(Counting())
    first = wrapper.wrap("Lit la newsletter du dimanche", 80, 10)
    count = len(calls)
    assert wrapper.wrap("Lit la newsletter du dimanche", 80, 10) == first
    assert len(calls) == count


def test_placed_lines_share_one_step_and_centre_when_asked():
    wrapper = TextWrapper(MEASURE)
    block = place_lines(("Awareness", "and beyond"), 10, 20, 100, 10, 1.2, centre_with=wrapper)
    (first, second) = block.lines
    assert second.baseline - first.baseline == pytest.approx(12)
    assert 20 < first.baseline < 32  # inside the first line box
    assert block.rect.height == pytest.approx(24)
    for line in block.lines:
        width = MEASURE.width(line.text, 10, False)
        assert line.x - 10 == pytest.approx((100 - width) / 2)
    left = place_lines(("a", "b"), 10, 20, 100, 10, 1.2)
    assert [line.x for line in left.lines] == [10, 10]
