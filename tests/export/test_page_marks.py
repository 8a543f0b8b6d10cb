"""Edge labels on tiles: a sheet from the middle of a poster names the stages and personas it
shows, in selectable 7 pt text, in the margins (or the overlap strip), never over the map."""

from __future__ import annotations

import io
import logging

import pypdfium2 as pdfium
import pytest
from PIL import ImageChops
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, NameObject

from journey_editor.export import PdfOptions, export_pdf, page_marks
from journey_editor.export.page_marks import (
    LABEL_SIZE,
    free_stretch,
    label_place,
    label_room,
)
from journey_editor.export.page_plan import make_plan
from journey_editor.templates import find_template

POSTER = PdfOptions(paper="A4", mode="tile", scale=1.5)  # the French sample: 4 × 3 portrait
MIDDLE = 5  # row 2, column 2


@pytest.fixture(scope="module")
def french():
    return find_template("menswear-omnichannel.fr").load()


def export(project, options: PdfOptions) -> bytes:
    output = io.BytesIO()
    export_pdf(project, output, options)
    return output.getvalue()


def sheet_text(data: bytes, index: int) -> tuple[str, list[tuple[str, float, tuple]]]:
    """What the sheet itself writes (its furniture and labels), without the map form it
    places: the text, and (text, size, text matrix) of each run."""
    page = PdfReader(io.BytesIO(data)).pages[index]
    resources = page["/Resources"].get_object()
    resources[NameObject("/XObject")] = DictionaryObject()
    runs: list[tuple[str, float, tuple]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((text.strip(), size * abs(cm[0] or cm[1] or 1.0), tuple(tm)))

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # "cannot decode the (removed) form"
    text = page.extract_text(visitor_text=visit)
    return text, runs


def test_a_middle_sheet_names_its_stages_and_personas_in_selectable_7pt_text(french):
    data = export(french, POSTER)
    text, runs = sheet_text(data, MIDDLE)
    for name in ("Découverte", "Recherche", "Achat", "Julien, 34 ans", "Marc, 52 ans"):
        assert name in text
    for name in ("Livraison / retrait", "Léa, 31 ans"):  # not on this sheet
        assert name not in text
    sizes = {label: size for label, size, _ in runs}
    assert sizes["Recherche"] == sizes["Julien, 34 ans"] == LABEL_SIZE >= 7.0
    (turned,) = [tm for label, _, tm in runs if label == "Julien, 34 ans"]
    assert turned[:4] == pytest.approx((0, 1, -1, 0))  # read upwards along the left edge


def test_the_first_row_and_column_repeat_nothing_they_already_show(french):
    data = export(french, POSTER)
    plan = make_plan(french, POSTER)
    for index, page in enumerate(plan.pages):
        text, _ = sheet_text(data, index)
        if page.row == 0:
            assert "Recherche" not in text
        if page.column == 0:
            assert "Julien, 34 ans" not in text
    corner, _ = sheet_text(data, 0)
    assert "Découverte" not in corner and "Julien" not in corner


def render(data: bytes, index: int):
    return pdfium.PdfDocument(data)[index].render(scale=2.0).to_pil().convert("RGB")


def test_labels_in_the_margins_leave_every_map_pixel_as_it_was(french, monkeypatch):
    with_labels = render(export(french, POSTER), MIDDLE)
    monkeypatch.setattr(
        "journey_editor.export.pdf_render.paint_edge_labels", lambda *args, **kwargs: None
    )
    without = render(export(french, POSTER), MIDDLE)
    page = make_plan(french, POSTER).pages[MIDDLE]
    area = page.printable
    box = tuple(round(v * 2) for v in (area.x, area.y, area.right, area.bottom))
    inside = ImageChops.difference(with_labels.crop(box), without.crop(box))
    assert inside.getbbox() is None, "a label was drawn over the map"
    outside = ImageChops.difference(with_labels, without).getbbox()
    assert outside is not None, "the labels are somewhere"
    left, top, _, _ = outside
    assert left < box[0] and top < box[1]  # in the left and top margins


def test_a_narrow_margin_puts_the_labels_in_the_overlap_strip_and_none_leaves_them_out(french):
    narrow = PdfOptions(paper="A4", mode="tile", scale=1.5, margin_mm=3.0)
    text, runs = sheet_text(export(french, narrow), MIDDLE)
    assert "Recherche" in text and "Julien, 34 ans" in text
    page = make_plan(french, narrow).pages[MIDDLE]
    page_h = page.page_size[1]
    (stage_tm,) = [tm for label, _, tm in runs if label == "Recherche"]
    assert page_h - stage_tm[5] > page.printable.y  # below the top edge: inside the strip
    assert page_h - stage_tm[5] < page.printable.y + 10 * 72 / 25.4  # the 10 mm overlap
    bare = PdfOptions(paper="A4", mode="tile", scale=1.5, margin_mm=3.0, overlap_mm=0.0)
    text, _ = sheet_text(export(french, bare), MIDDLE)
    assert "Recherche" not in text and "Julien, 34 ans" not in text


def test_label_place_prefers_the_margin():
    room = label_room()
    assert label_place(room, 0.0, False) == "margin"
    assert label_place(room - 1, room, True) == "overlap"
    assert label_place(room - 1, room, False) is None  # the first row has no strip above
    assert label_place(room - 1, room - 1, True) is None


def test_free_stretch_keeps_clear_of_the_ends_and_the_ticks():
    pad = page_marks.LABEL_PAD
    assert free_stretch(0, 100, []) == (pad, 100 - pad)
    assert free_stretch(0, 100, [30]) == (30 + pad, 100 - pad)  # the wider side
    assert free_stretch(0, 100, [50]) == (pad, 50 - pad)  # equal sides: the first
    assert free_stretch(0, 100, [20, 80]) == (20 + pad, 80 - pad)
    assert free_stretch(0, 4, []) == (0, 0)  # too short: nothing left
