"""Rendered pixels (pypdfium2, no system package): the page is not blank, and a black-and-white
render still tells a −2 face from a +2 face, by the mouth and by the height on the curve."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest

from journey_editor.export import PdfOptions, export_pdf
from journey_editor.export.page_plan import make_plan
from journey_editor.model import Card, Lane, Persona, Project, Stage

RENDER_SCALE = 4.0  # pixels per point


def render(data: bytes, index: int = 0, grey: bool = False):
    document = pdfium.PdfDocument(data)
    image = document[index].render(scale=RENDER_SCALE, grayscale=grey).to_pil()
    return image.convert("L") if grey else image.convert("RGB")


def ink_fraction(image, threshold: int = 248) -> float:
    """The share of pixels darker than `threshold` (0 black … 255 white)."""
    grey = image.convert("L")
    histogram = grey.histogram()
    return sum(histogram[:threshold]) / (grey.width * grey.height)


def test_every_template_renders_as_a_full_page_not_a_blank_one(template):
    output = io.BytesIO()
    export_pdf(template, output, PdfOptions(paper="A4", landscape=False))
    image = render(output.getvalue())
    assert ink_fraction(image) > 0.2  # bands, headers and cards cover much of the page


def test_tiles_carry_map_and_marks(small_project):
    # A scale whose last row and column of sheets are not slivers (a strip a few points high
    # holds too little ink for the threshold below): this is about what a sheet carries, not
    # about how the sheets fall. At 2.0 the legend's row for the curve's lanes tipped the map
    # over one more row of A4 sheets.
    output = io.BytesIO()
    report = export_pdf(small_project, output, PdfOptions(paper="A4", mode="tile", scale=1.8))
    assert report.pages > 1
    for index in range(report.pages - 1):  # the sheets, not the links table after them
        assert ink_fraction(render(output.getvalue(), index)) > 0.02


def moods_project() -> Project:
    """One persona, five stages, a touchpoint per stage: −2, 0, +2, 0, −2."""
    stages = [Stage(id=f"s{i}", name=f"Étape {i}") for i in range(5)]
    lanes = [
        Lane(id="l-touch", name="Points de contact", kind="touchpoints"),
        Lane(id="l-emo", name="Émotions", kind="emotions"),
    ]
    emotions = [-2, 0, 2, 0, -2]
    cards = [
        Card(
            id=f"c{i}",
            persona="p",
            lane="l-touch",
            stage=f"s{i}",
            title=f"Moment {i}",
            emotion=emotion,
        )
        for i, emotion in enumerate(emotions)
    ]
    persona = Persona(id="p", name="Zoë", lanes=lanes)
    return Project(id="moods", title="Humeurs", stages=stages, personas=[persona], cards=cards)


def face_crop(image, page, x: float, y: float, radius: float):
    """The square around layout point (x, y) on the rendered page."""
    px = (page.target.x + (x - page.source.x) * page.scale) * RENDER_SCALE
    py = (page.target.y + (y - page.source.y) * page.scale) * RENDER_SCALE
    r = radius * page.scale * RENDER_SCALE
    return image.crop((round(px - r), round(py - r), round(px + r), round(py + r)))


def mouth_bend(crop) -> float:
    """Mean y of the mouth's dark pixels at its middle minus at its corners (pixels): > 0 a
    smile (middle lower), < 0 a frown. Only the lower part of the face, below the eyes."""
    width, height = crop.size
    pixels = crop.load()

    def mean_dark_y(columns) -> float:
        ys = [
            y
            for x in columns
            for y in range(int(height * 0.55), int(height * 0.9))
            if pixels[x, y] < 110
        ]
        return sum(ys) / len(ys)

    middle = range(int(width * 0.45), int(width * 0.55) + 1)
    corners = [
        *range(int(width * 0.31), int(width * 0.36)),
        *range(int(width * 0.64), int(width * 0.69)),
    ]
    return mean_dark_y(middle) - mean_dark_y(corners)


def test_a_grey_render_separates_the_lowest_and_highest_emotions():
    project = moods_project()
    options = PdfOptions(paper="A4", landscape=True)
    plan = make_plan(project, options)
    (page,) = plan.pages
    layout = plan.maps[page.map_key].layout
    (curve,) = layout.emotion_curves
    output = io.BytesIO()
    export_pdf(project, output, options)
    image = render(output.getvalue(), grey=True)

    low = next(point for point in curve.points if point.emotion == -2)
    high = next(point for point in curve.points if point.emotion == 2)
    # Position: +2 sits above −2 on the curve, by the four levels between them.
    assert high.y < low.y
    assert low.y - high.y == pytest.approx(curve.levels[0] - curve.levels[4])

    # Shape: the faces drawn there are a frown and a smile, in grey as in colour.
    radius = 6.5  # the curve's faces are 13 points wide
    low_face = face_crop(image, page, low.x, low.y, radius)
    high_face = face_crop(image, page, high.x, high.y, radius)
    assert ink_fraction(low_face, 200) > 0.1 and ink_fraction(high_face, 200) > 0.1
    assert mouth_bend(high_face) > 1.0
    assert mouth_bend(low_face) < -1.0
