"""A to-be's handout says what it is based on: in its title block (selectable text, drawn, clear
of every other word on the page) and in the document's subject and keywords."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from journey_editor.export import PdfOptions, export_pdf
from journey_editor.persistence.to_be import make_to_be
from journey_editor.templates import find_template

NOW = datetime(2026, 12, 1, tzinfo=UTC)
RENDER_SCALE = 3.0


@pytest.fixture
def to_be(small_project):
    return make_to_be(small_project, "atelier.journey.json", b"{}", NOW)


def test_a_french_to_be_says_so_in_french_in_the_title_block_and_metadata(pdf, to_be, export_to):
    path, _ = export_to(to_be, PdfOptions(paper="A4"))
    reader = PdfReader(path)
    text = pdf.page_texts(reader)[0]
    # (Whitespace normalised: the no-break spaces inside « » read as spaces.)
    assert (
        "Version cible, d'après « Boutique de chemises — parcours «omnicanal» » "
        "(atelier.journey.json)"
    ) in text
    assert "Boutique de chemises — parcours «omnicanal» (cible)" in text
    meta = reader.metadata
    assert meta.title == "Boutique de chemises — parcours «omnicanal» (cible)"
    assert meta.subject == (
        "Carte d'expérience client — Maison Œillet — Version cible, d'après "
        "«\u00a0Boutique de chemises — parcours «omnicanal»\u00a0» (atelier.journey.json)"
    )
    assert meta["/Keywords"].startswith("atelier.journey.json, Léa, Marc")


def test_the_words_follow_the_handouts_language(pdf, to_be, export_to):
    path, _ = export_to(to_be, PdfOptions(paper="A4", language="en"))
    reader = PdfReader(path)
    line = "To-be, based on «Boutique de chemises — parcours «omnicanal»» (atelier.journey.json)"
    assert line in pdf.page_texts(reader)[0]
    assert reader.metadata.subject == f"Customer-journey map — Maison Œillet — {line}"


def test_a_map_that_is_no_to_be_says_nothing_of_it(pdf, small_project, export_to):
    path, _ = export_to(small_project, PdfOptions(paper="A4"))
    reader = PdfReader(path)
    assert "d'après" not in pdf.text(reader)
    assert reader.metadata.subject == "Carte d'expérience client — Maison Œillet"
    assert "journey.json" not in reader.metadata["/Keywords"]


@pytest.mark.parametrize("name", ["service-lifecycle", "menswear-omnichannel.fr"])
def test_the_line_is_drawn_on_the_page_and_overlaps_no_other_text(name):
    template = find_template(name).load()
    to_be = make_to_be(template, f"{name}.journey.json", b"{}", NOW)
    output = io.BytesIO()
    export_pdf(to_be, output, PdfOptions(paper="A3"))
    page = pdfium.PdfDocument(output.getvalue())[0]
    text_page = page.get_textpage()
    start = "Version cible, d'après" if name.endswith(".fr") else "To-be, based on"
    searcher = text_page.search(start)
    found = searcher.get_next()
    assert found is not None, "the line is in the page's text"
    first = found[0]
    ending = f"({name}.journey.json)"
    whole = text_page.get_text_range(first, text_page.count_chars() - first)
    last = first + whole.index(ending) + len(ending)
    line_chars = range(first, last)
    boxes = [
        text_page.get_charbox(i) for i in line_chars if not text_page.get_text_range(i, 1).isspace()
    ]
    width, height = page.get_size()
    for left, bottom, right, top in boxes:
        assert 0 <= left < right <= width and 0 <= bottom < top <= height, "inside the page"
    # No other character of the page touches one of the line's.
    for i in range(text_page.count_chars()):
        if i in line_chars or text_page.get_text_range(i, 1).isspace():
            continue
        other = text_page.get_charbox(i)
        for box in boxes:
            assert not _overlap(box, other), (text_page.get_text_range(i, 1), other)
    # And it is painted, not clipped away: the box around the line holds dark pixels.
    image = page.render(scale=RENDER_SCALE).to_pil().convert("L")
    left = min(b[0] for b in boxes)
    right = max(b[2] for b in boxes)
    bottom = min(b[1] for b in boxes)
    top = max(b[3] for b in boxes)
    crop = image.crop(
        (
            int(left * RENDER_SCALE),
            int((height - top) * RENDER_SCALE),
            int(right * RENDER_SCALE) + 1,
            int((height - bottom) * RENDER_SCALE) + 1,
        )
    )
    assert crop.getextrema()[0] < 140


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
