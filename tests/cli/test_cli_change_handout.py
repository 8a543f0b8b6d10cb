"""The change handout from the command line: `journey-editor diff A B -o OUT.pdf [paper
options]` (exit status as without -o: 0 equal, 1 different, 2 trouble) and `journey-editor
export B -o OUT.pdf --compare-with A`; an unreadable A names the file and writes nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from journey_editor.cli import main
from journey_editor.export.pdf_options import MM
from journey_editor.persistence import project_to_bytes

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from tests.compare.pair import as_is, to_be  # noqa: E402

COUNTS_LINE = "12 changes (added: 4, removed: 2, changed: 4, moved: 1, reordered: 1)"


@pytest.fixture
def pair(tmp_path) -> tuple[Path, Path]:
    before = tmp_path / "as-is.journey.json"
    after = tmp_path / "to-be.journey.json"
    before.write_bytes(project_to_bytes(as_is()))
    after.write_bytes(project_to_bytes(to_be()))
    return before, after


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def texts(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


# --- diff -o ----------------------------------------------------------------------------------


def test_diff_writes_a_handout_of_b_and_exits_1_when_the_maps_differ(pair, tmp_path, capsys):
    output = tmp_path / "changes.pdf"
    code, out, err = run(
        capsys, "diff", *pair, "-o", output, "--paper", "A4", "--landscape", "--language", "en"
    )
    assert (code, err) == (1, "")
    assert out.startswith(f"{output}: ") and "A4 landscape" in out
    assert "---" not in out  # the handout instead of the text
    pages = texts(output)
    width, height = PdfReader(output).pages[0].mediabox.upper_right
    assert (round(float(width) / MM), round(float(height) / MM)) == (297, 210)
    assert "~ effort 3 → 2 · emotion −1 → +1" in pages[0]  # the marks on B's map
    assert "Boutique de chemises — parcours cible" in pages[0]
    table = " ".join(pages[1:])
    assert COUNTS_LINE in table
    assert f"Compared with {pair[0].name}" in table


def test_diff_of_equal_maps_still_writes_the_handout_and_exits_0(pair, tmp_path, capsys):
    output = tmp_path / "same.pdf"
    code, out, err = run(capsys, "diff", pair[1], pair[1], "-o", output, "--language", "en")
    assert (code, err) == (0, "") and out.startswith(f"{output}: 2 pages")
    assert "No differences: the two maps are the same." in texts(output)[1]


def test_diff_handout_takes_the_layout_options_of_export(pair, tmp_path, capsys):
    output = tmp_path / "tiles.pdf"
    code, out, _ = run(
        capsys, "diff", *pair, "-o", output, "--paper", "A4", "--tile", "--per-persona"
    )
    assert code == 1
    assert "tiled at 100 %" in out
    assert len(PdfReader(output).pages) > 3


def test_diff_without_a_readable_a_says_which_file_and_writes_nothing(pair, tmp_path, capsys):
    output = tmp_path / "changes.pdf"
    missing = tmp_path / "gone.journey.json"
    code, out, err = run(capsys, "diff", missing, pair[1], "-o", output)
    assert code == 2
    assert str(missing) in err and "does not exist" in err
    assert "Traceback" not in err and out == ""
    assert not output.exists()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--paper", "A4"), "--paper: for the PDF handout only (-o OUT.pdf)"),
        (("-o", "changes.txt"), "changes.txt: the handout is a PDF (-o OUT.pdf)"),
        (("-o", "c.pdf", "--format", "json"), "--format is for the text output"),
        (("-o", "c.pdf", "--scale", "2"), "--scale is for --tile"),
    ],
)
def test_diff_refuses_pdf_options_that_make_no_sense(pair, tmp_path, capsys, extra, message):
    code, out, err = run(capsys, "diff", *pair, *extra)
    assert code == 2 and out == ""
    assert message in err
    assert not list(tmp_path.glob("*.pdf"))


def test_diff_without_o_prints_the_text_as_before(pair, capsys):
    code, out, _ = run(capsys, "diff", *pair)
    assert code == 1
    assert "12 changes: 4 added, 2 removed, 4 changed, 1 moved, 1 reordered" in out


# --- export --compare-with ------------------------------------------------------------------


def test_export_compare_with_marks_the_map_and_adds_the_change_pages(pair, tmp_path, capsys):
    output = tmp_path / "to-be.pdf"
    code, out, err = run(
        capsys, "export", pair[1], "-o", output, "--compare-with", pair[0], "--summary"
    )
    assert (code, err) == (0, "") and out.startswith(f"{output}: ")
    pages = texts(output)
    assert "+ nouveau" in pages[0] and "↳ depuis «Achat»" in pages[0]  # a French map
    assert any("Changements — Boutique de chemises" in page for page in pages)
    assert any("Synthèse — " in page for page in pages)  # the summary still comes


@pytest.mark.parametrize(
    ("content", "name", "reason"),
    [
        (None, "gone.journey.json", "does not exist"),
        (b'{"title": ', "broken.journey.json", "not valid JSON"),
        (b"{}", "notes.txt", "cannot tell the format"),
    ],
)
def test_export_with_an_unreadable_a_names_it_and_writes_nothing(
    pair, tmp_path, capsys, content, name, reason
):
    base = tmp_path / name
    if content is not None:
        base.write_bytes(content)
    output = tmp_path / "to-be.pdf"
    code, out, err = run(capsys, "export", pair[1], "-o", output, "--compare-with", base)
    assert code == 1 and out == ""
    assert err.startswith("journey-editor export: cannot read the map to compare with, ")
    assert str(base) in err and reason in err and "Traceback" not in err
    assert not output.exists()


def test_export_compare_with_is_for_pdf_only(pair, tmp_path, capsys):
    code, _, err = run(
        capsys, "export", pair[1], "-o", tmp_path / "map.png", "--compare-with", pair[0]
    )
    assert code == 2 and "--compare-with: for PDF output only" in err
