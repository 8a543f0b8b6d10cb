"""Names shown on one line are cut at a word boundary, with "…"."""

from hypothesis import given
from hypothesis import strategies as st

from journey_editor.model.short_text import shorten


def test_a_short_name_is_kept_with_its_spaces_folded():
    assert shorten("  Chemise   à\n105 €  ") == "Chemise à 105 €"


def test_a_long_title_ends_with_an_ellipsis_after_a_whole_word():
    title = "Compare the shirt on the laptop after reading the blog post on the phone"
    assert shorten(title) == "Compare the shirt on the laptop after…"


def test_the_cut_drops_punctuation_left_dangling():
    assert (
        shorten("Awareness, consideration, decision, purchase", 30) == "Awareness, consideration…"
    )


def test_one_very_long_word_is_cut_inside_rather_than_left_empty():
    assert shorten("https://example.com/a/very/long/path/to/a/page", 20) == "https://example.com…"


@given(st.text(alphabet=st.sampled_from("ab é,.-\n"), max_size=120), st.integers(8, 60))
def test_the_result_fits_and_starts_like_the_text(text, limit):
    folded = " ".join(text.split())
    short = shorten(text, limit)
    assert len(short) <= limit
    if short.endswith("…") and folded != short:
        assert folded.startswith(short[:-1])
    else:
        assert short == folded
