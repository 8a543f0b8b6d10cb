"""The persona comparison page of the PDF (PdfOptions.compare_personas, --compare-personas):
one page after the map and the summary, bookmarked, its text selectable (persona and stage
names, the gap table), and curves a grey print still tells apart."""

from __future__ import annotations

import io
import json
from itertools import combinations

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from journey_editor.cli import export_command
from journey_editor.export import PdfOptions, export_pdf
from journey_editor.export.page_plan import make_plan
from journey_editor.model import Card, Lane, Persona, Project, Stage
from journey_editor.persistence import project_to_bytes

RENDER_SCALE = 3.0  # pixels per point


def test_the_comparison_is_one_bookmarked_page_after_the_summary(pdf, small_project, export_to):
    options = PdfOptions(paper="A4", summary=True, compare_personas=True, language="en")
    path, report = export_to(small_project, options)
    reader = PdfReader(path)
    # the map, the links table, the summary (two pages), the comparison
    assert report.pages == len(reader.pages) == 5
    assert pdf.outline_titles(reader) == ["Léa", "Marc", "Links", "Summary", "Personas compared"]
    last = [item for item in reader.outline if not isinstance(item, list)][-1]
    assert reader.get_destination_page_number(last) == 4
    text = pdf.page_texts(reader)[4]
    for words in (
        "Personas compared — Boutique de chemises — parcours «omnicanal»",
        "Léa",
        "Marc",
        "Découverte",
        "Achat",
        "Usage",
        "Mean effort per stage",
        "Where the personas differ most",
        "Ranked by emotion spread, then effort spread, then stage order.",
        # the gap table's one row: rank, stage, who is highest and lowest (the spreads, in
        # bold, come with the other bold text: text is written font by font)
        "1 Achat Marc +1.0 → Léa −1.0 Léa 3.0 → Marc 2.0",
        "Léa Marc 2.0 1.0",
    ):
        assert words in text
    plan = make_plan(small_project, options)
    assert [page.kind for page in plan.pages] == ["map", "links", "summary", "summary", "compare"]


def test_every_template_compares_all_its_personas_over_all_its_stages(pdf, template, export_to):
    path, _ = export_to(template, PdfOptions(paper="A4", compare_personas=True))
    reader = PdfReader(path)
    assert len(reader.pages) == 3  # the map, the links table, the comparison
    text = pdf.page_texts(reader)[2]
    for name in [p.name for p in template.personas] + [s.name for s in template.stages]:
        assert pdf.normalise(name) in text
    comparison = make_plan(template, PdfOptions(paper="A4", compare_personas=True)).pages[-1]
    gaps = comparison.compare.figures.gaps
    stage_name = {s.id: s.name for s in template.stages}
    top = [stage_name[gap.stage_id] for gap in gaps[:5]]
    # The ranked stage names, in rank order, in the page's text.
    positions = [text.index(f"{rank} {name}") for rank, name in enumerate(top, start=1)]
    assert positions == sorted(positions)


def test_the_page_speaks_the_pdf_language(pdf, small_project, export_to):
    path, _ = export_to(small_project, PdfOptions(compare_personas=True))  # the map is French
    reader = PdfReader(path)
    assert pdf.outline_titles(reader)[-1] == "Personas comparés"
    text = pdf.page_texts(reader)[-1]
    assert "Où les personas diffèrent le plus" in text
    assert "Marc +1,0 → Léa −1,0" in text  # the French decimal comma


def test_hidden_lanes_leave_the_comparison_too(pdf, small_project, export_to):
    options = PdfOptions(compare_personas=True, hidden_lane_kinds={"touchpoints"}, language="en")
    plan = make_plan(small_project, options)
    comparison = plan.pages[-1].compare
    assert comparison.curves == ()  # every scored card of the small map is a touchpoint


def test_the_option_is_remembered_and_reaches_the_command_line(small_project, tmp_path):
    options = PdfOptions(compare_personas=True)
    assert PdfOptions.from_dict(json.loads(json.dumps(options.to_dict()))) == options
    assert PdfOptions.from_dict({"compare_personas": "yes"}) == PdfOptions()
    source = tmp_path / "atelier.journey.json"
    source.write_bytes(project_to_bytes(small_project))
    parser = export_command.argparse.ArgumentParser(prog="journey-editor")
    export_command.add_export_parser(parser.add_subparsers(dest="command"))
    out = tmp_path / "out.pdf"
    args = parser.parse_args(["export", str(source), "-o", str(out), "--compare-personas"])
    assert export_command.pdf_options_from_args(args).compare_personas
    assert export_command.run_export(args) == 0
    assert len(PdfReader(out).pages) == 3
    image = parser.parse_args(
        ["export", str(source), "-o", str(tmp_path / "x.png"), "--compare-personas"]
    )
    assert export_command.run_export(image) == 2  # an image shows the map only


def look_alike_project(count: int = 6) -> Project:
    """`count` personas of one colour with the very same emotions: in grey, only their line
    style and markers can tell them apart."""
    stages = [Stage(id=f"s{i}", name=f"Étape {i}") for i in range(4)]
    personas = [
        Persona(
            id=f"p{p}",
            name=f"Persona {p}",
            colour="#777777",
            lanes=[Lane(id=f"p{p}-t", name="Points de contact", kind="touchpoints")],
        )
        for p in range(count)
    ]
    cards = [
        Card(id=f"c{p}-{i}", persona=f"p{p}", lane=f"p{p}-t", stage=f"s{i}", title="x", emotion=e)
        for p in range(count)
        for i, e in enumerate((-2, 1, 2, -1))
    ]
    return Project(id="alike", title="Alike", stages=stages, personas=personas, cards=cards)


def crop(image, x: float, y: float, half_width: float, half_height: float):
    """The pixels around page point (x, y), always the same size for the same halves."""
    w, h = round(half_width * RENDER_SCALE), round(half_height * RENDER_SCALE)
    cx, cy = round(x * RENDER_SCALE), round(y * RENDER_SCALE)
    return image.crop((cx - w, cy - h, cx + w, cy + h))


def difference(a, b) -> float:
    """Mean absolute difference of two equally sized grey crops (0 … 255)."""
    pa, pb = list(a.get_flattened_data()), list(b.get_flattened_data())
    return sum(abs(x - y) for x, y in zip(pa, pb, strict=True)) / len(pa)


def test_in_grey_the_legend_samples_and_markers_differ_for_every_pair():
    project = look_alike_project()
    options = PdfOptions(paper="A4", compare_personas=True)
    comparison = make_plan(project, options).pages[-1].compare
    output = io.BytesIO()
    export_pdf(project, output, options)
    document = pdfium.PdfDocument(output.getvalue())
    page = document[len(document) - 1]
    grey = page.render(scale=RENDER_SCALE, grayscale=True).to_pil().convert("L")

    legend = [s for s in comparison.samples if s.line[0].y < comparison.plot.y]
    assert len(legend) == 6
    half = (legend[0].line[1].x - legend[0].line[0].x) / 2
    samples = [
        crop(grey, s.marker.x, s.marker.y, half, comparison.marker_radius * 1.6) for s in legend
    ]
    for a, b in combinations(range(6), 2):
        assert difference(samples[a], samples[b]) > 8, f"legend samples {a} and {b} look alike"
    # The same curve six times, at one place each: the markers alone tell them apart.
    radius = comparison.marker_radius * 1.5
    markers = [crop(grey, c.points[0].x, c.points[0].y, radius, radius) for c in comparison.curves]
    for a, b in combinations(range(6), 2):
        assert difference(markers[a], markers[b]) > 8, f"markers {a} and {b} look alike"


@pytest.mark.parametrize("count", [1, 8])
def test_one_persona_or_more_than_six_still_make_a_page(pdf, export_to, count):
    path, _ = export_to(look_alike_project(count), PdfOptions(compare_personas=True, language="en"))
    text = pdf.page_texts(PdfReader(path))[-1]
    assert all(f"Persona {p}" in text for p in range(count))
    if count == 1:
        assert "Choose at least two personas to see where they differ." in text
