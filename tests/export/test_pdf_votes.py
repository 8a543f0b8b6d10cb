"""Dot votes in the PDF: drawn on the cards as the canvas draws them (dots straddling the top
edge, the count past five), explained in the legend, and listed in the summary's "Most voted"
table, most votes first; a map without votes prints as before."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from journey_editor.export import PdfOptions, export_pdf
from journey_editor.export.page_plan import make_plan
from journey_editor.layout import card_style, colours
from journey_editor.model import Card, Lane, Persona, Project, Stage

SCALE = 4.0  # pixels per point
VOTES = [0, 3, 12, 1, 5]


def voted_project() -> Project:
    stages = [Stage(id=f"s{i}", name=f"Étape {i}") for i in range(5)]
    lanes = [
        Lane(id="l-touch", name="Points de contact", kind="touchpoints"),
        Lane(id="l-pain", name="Irritants", kind="pain_points"),
    ]
    cards = [
        Card(
            id=f"c{i}",
            persona="p",
            lane="l-pain" if i % 2 else "l-touch",
            stage=f"s{i}",
            title=f"Moment {i}",
            votes=votes,
        )
        for i, votes in enumerate(VOTES)
    ]
    persona = Persona(id="p", name="Zoë", lanes=lanes)
    return Project(id="votes", title="Votes", stages=stages, personas=[persona], cards=cards)


def export(project: Project, **options) -> bytes:
    output = io.BytesIO()
    export_pdf(project, output, PdfOptions(paper="A4", landscape=True, **options))
    return output.getvalue()


def test_the_summary_lists_the_most_voted_cards_most_first(pdf):
    data = export(voted_project(), summary=True)
    texts = pdf.page_texts(PdfReader(io.BytesIO(data)))
    summary = next(text for text in texts if text.startswith("Summary"))
    # pypdf reads the text a font at a time: the titles, the header rows, then the rows.
    assert "Most voted By persona By stage" in summary  # first of the tables
    assert "Votes Card Persona Stage Lane" in summary
    rows = summary.split("Pain hot spots")[-1]
    assert rows.index("12 Moment 2 Zoë Étape 2 Points de contact") < rows.index(
        "5 Moment 4 Zoë Étape 4 Points de contact"
    )
    assert rows.index("5 Moment 4") < rows.index("3 Moment 1 Zoë Étape 1 Irritants")
    assert rows.index("3 Moment 1") < rows.index("1 Moment 3 Zoë Étape 3 Irritants")
    assert "Moment 0" not in rows  # no votes, not listed
    # The legend explains the dots.
    assert "dot votes" in texts[0]


def test_a_map_without_votes_has_no_votes_table_nor_legend_entry(pdf, small_project):
    text = pdf.text(PdfReader(io.BytesIO(export(small_project, summary=True))))
    assert "Most voted" not in text
    assert "dot votes" not in text


def test_a_french_map_says_it_in_french(pdf):
    project = voted_project().model_copy(update={"locale": "fr"})
    texts = pdf.page_texts(PdfReader(io.BytesIO(export(project, summary=True))))
    summary = next(text for text in texts if text.startswith("Synthèse"))
    assert "Les plus votées Par persona" in summary
    assert "Votes Fiche Persona Étape Ligne" in summary
    assert "gommettes" in texts[0]


def purple(pixel) -> bool:
    r, g, b = pixel
    vr, vg, vb = (round(c * 255) for c in colours.rgb(colours.VOTE))
    return abs(r - vr) < 40 and abs(g - vg) < 40 and abs(b - vb) < 40


@pytest.mark.parametrize(("index", "votes"), list(enumerate(VOTES)))
def test_the_dots_are_printed_where_the_layout_puts_them(index, votes):
    project = voted_project()
    options = PdfOptions(paper="A4", landscape=True)
    plan = make_plan(project, options)
    page = plan.pages[0]
    layout = plan.maps[page.map_key].layout
    image = pdfium.PdfDocument(export(project)).get_page(0).render(scale=SCALE).to_pil()
    image = image.convert("RGB")

    def pixel(x: float, y: float):
        px = (page.target.x + (x - page.source.x) * page.scale) * SCALE
        py = (page.target.y + (y - page.source.y) * page.scale) * SCALE
        return image.getpixel((round(px), round(py)))

    box = layout.cards[f"c{index}"]
    assert box.votes == votes
    marks = card_style.vote_marks(box.rect, votes)
    if votes == 0:
        assert marks is None
        centre_y = box.rect.y + card_style.VOTE_DROP
        for i in range(5):
            x = box.rect.x + card_style.VOTE_LEFT + card_style.VOTE_DOT / 2 + i * 9.2
            assert not purple(pixel(x, centre_y))
        return
    assert len(marks.dots) == min(votes, 5)
    for dot in marks.dots:
        assert purple(pixel(dot.x + dot.width / 2, dot.y + dot.height / 2))
    # Between two dots, the white ring parts them.
    if len(marks.dots) > 1:
        gap = marks.dots[0].right + (marks.dots[1].x - marks.dots[0].right) / 2
        assert not purple(pixel(gap, marks.dots[0].y + marks.dots[0].height / 2))
    # Past five, the count's pill follows the dots; up to five there is none.
    assert (marks.pill is not None) == (votes > 5)
    if marks.pill is not None:
        assert purple(pixel(marks.pill.x + 0.8, marks.pill.y + marks.pill.height / 2))
