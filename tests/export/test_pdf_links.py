"""Every link's words in the printed handout: beside the connector, or numbered on the map and
listed on the Links page after it (layout/links.py, export/links_table.py)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from journey_editor.export.page_plan import make_plan
from journey_editor.export.pdf import export_pdf
from journey_editor.export.pdf_options import PdfOptions
from journey_editor.templates import list_templates, project_from_template

TEMPLATES = [template.name for template in list_templates()]
RENDERS = Path("/tmp/journey-editor-link-labels")


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_link_label_is_in_the_a3_handouts_text(name, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    project = project_from_template(name)
    options = PdfOptions(paper="A3")
    out = tmp_path / "handout.pdf"
    export_pdf(project, out, options)
    reader = PdfReader(out)
    pages = [flat(page.extract_text()) for page in reader.pages]
    text = " ".join(pages)
    labels = [flat(link.label) for link in project.links if link.label.strip()]
    assert labels
    missing = [label for label in labels if label not in text]
    assert missing == []
    plan = make_plan(project, options)
    kinds = [page.kind for page in plan.pages]
    (job,) = plan.maps.values()
    numbered = [link for link in job.layout.links if link.number is not None]
    if numbered:
        # The links page follows the map; the legend on the map names the marker.
        assert kinds.index("links") == kinds.index("map") + 1
        french = project.locale.startswith("fr")
        assert ("lien numéroté" if french else "numbered link") in pages[0]
        table = pages[kinds.index("links")]
        assert table.startswith("Liens" if french else "Links")
        for link in numbered:
            assert f"{link.number} {flat(link.listing)}" in table
    # Rendered for a person to look at (labels off card text, markers and table readable).
    RENDERS.mkdir(parents=True, exist_ok=True)
    document = pdfium.PdfDocument(str(out))
    for index in range(len(document)):
        image = document[index].render(scale=1.5).to_pil()
        image.save(RENDERS / f"{name}-page{index + 1}.png")
        assert image.getextrema() != ((255, 255), (255, 255), (255, 255))
    document.close()


def test_per_persona_handouts_get_one_table_per_persona(monkeypatch):
    project = project_from_template(TEMPLATES[0])
    plan = make_plan(project, PdfOptions(paper="A3", per_persona=True))
    tables = [page for page in plan.pages if page.kind == "links"]
    assert tables
    titles = [anchor.title for page in tables for anchor in page.anchors]
    assert all(title.startswith(("Links — ", "Liens — ")) for title in titles)


def test_handouts_are_byte_identical(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    project = project_from_template(TEMPLATES[0])
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    export_pdf(project, first, PdfOptions(paper="A3"))
    export_pdf(project, second, PdfOptions(paper="A3"))
    assert first.read_bytes() == second.read_bytes()
