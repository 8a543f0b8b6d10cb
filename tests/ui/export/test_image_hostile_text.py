"""Images of maps holding hostile text (issue 13, items 4 and 7): an SVG is well-formed XML
whatever the text (control characters, U+FFFE/U+FFFF, lone surrogates), a right-to-left
override in a title does not reverse the drawn text, and huge texts export at once."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from journey_editor.cli import main
from journey_editor.persistence import project_to_bytes
from journey_editor.ui.canvas.render import export_image
from journey_editor.ui.canvas.svg_groups import well_formed_svg
from tests.bad_files import HOSTILE_TEXT, NOT_SAVEABLE, spread


@pytest.mark.parametrize("case", list(HOSTILE_TEXT), ids=list(HOSTILE_TEXT))
def test_an_svg_is_well_formed_whatever_the_text(qapp, tmp_path, small_project, case):
    project = spread(small_project, HOSTILE_TEXT[case])
    out = tmp_path / "carte.svg"
    export_image(project, out)
    ET.fromstring(out.read_bytes())  # raises on anything a browser would refuse


def test_the_svg_pass_removes_forbidden_characters_and_references():
    data = "<svg><text>a\x01b&#1;c&#xFFFE;d&#65;\ufffe</text></svg>".encode()
    assert well_formed_svg(data) == b"<svg><text>abcd&#65;</text></svg>"
    ET.fromstring(well_formed_svg(data))


def test_svg_export_from_the_command_line_with_control_characters(small_project, tmp_path):
    text = HOSTILE_TEXT["control characters"] + HOSTILE_TEXT["XML non-characters"]
    source = tmp_path / "carte.journey.json"
    source.write_bytes(project_to_bytes(spread(small_project, text)))
    out = tmp_path / "carte.svg"
    assert main(["export", str(source), "-o", str(out)]) == 0
    root = ET.fromstring(out.read_bytes())
    assert root.tag.endswith("svg")


def test_a_right_to_left_override_does_not_reverse_the_image(qapp, tmp_path, small_project):
    plain, turned = tmp_path / "plain.png", tmp_path / "turned.png"
    small_project.cards[0].title = "ABC DEF"
    export_image(small_project, plain, scale=1.0)
    small_project.cards[0].title = "ABC \u202eDEF\u202c"
    export_image(small_project, turned, scale=1.0)
    assert QImage(str(plain)) == QImage(str(turned))
    assert small_project.cards[0].title == "ABC \u202eDEF\u202c"  # the data keeps it


@pytest.mark.parametrize("case", ["100,000-character word", "20,000 emoji"])
def test_a_map_with_a_huge_text_exports_images_and_a_pdf(small_project, tmp_path, case):
    """The layout of these took 13 s and 193 s before wrapping was made linear."""
    source = tmp_path / "carte.journey.json"
    project = small_project.model_copy(deep=True)
    project.cards[0].title = HOSTILE_TEXT[case]
    for link in project.links:
        link.label = HOSTILE_TEXT[case]
    source.write_bytes(project_to_bytes(project))
    for name in ("carte.png", "carte.svg", "carte.pdf"):
        assert main(["export", str(source), "-o", str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 0


@pytest.mark.parametrize("case", sorted(NOT_SAVEABLE))
def test_text_no_file_can_hold_still_draws(qapp, tmp_path, small_project, case):
    out = tmp_path / "carte.png"
    export_image(spread(small_project, HOSTILE_TEXT[case]), out, scale=1.0)
    assert not QImage(str(out)).isNull()
