"""`journey-editor export`: the options reach the PDF, problems get their exit code.

Run through a parser holding only the `export` command (add_export_parser), exactly as
cli/main.py wires it; images are Qt's business and are only checked for their dispatch."""

from __future__ import annotations

import argparse
import subprocess
import sys
import types

import pytest
from pypdf import PdfReader

from journey_editor.cli import export_command
from journey_editor.export import MM
from journey_editor.persistence import project_to_bytes
from journey_editor.templates import find_template


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="journey-editor")
    export_command.add_export_parser(parser.add_subparsers(dest="command"))
    try:
        args = parser.parse_args(["export", *argv])
    except SystemExit as exit_:  # argparse: usage errors exit 2
        return int(exit_.code)
    return export_command.run_export(args)


@pytest.fixture
def map_file(small_project, tmp_path):
    path = tmp_path / "atelier.journey.json"
    path.write_bytes(project_to_bytes(small_project))
    return path


def test_a_fit_pdf_with_defaults_is_one_a3_landscape_page(map_file, tmp_path, capsys):
    out = tmp_path / "atelier.pdf"
    assert run(str(map_file), "-o", str(out)) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 2  # the map, the links table
    box = reader.pages[0].mediabox
    assert (float(box.width) / MM, float(box.height) / MM) == pytest.approx((420, 297), abs=0.05)
    assert "2 pages, A3 landscape (auto), fit to page" in capsys.readouterr().out


def test_paper_orientation_tiles_and_extras_reach_the_pdf(map_file, tmp_path, capsys):
    out = tmp_path / "mur.pdf"
    argv = ["-o", str(out), "--paper", "a4", "--portrait", "--tile", "--scale", "2"]
    argv += ["--overlap", "15", "--per-persona", "--summary", "--hide-lanes", "pain_points"]
    argv += ["--language", "en"]  # the map is French: its PDF words would be too
    assert run(str(map_file), *argv) == 0
    reader = PdfReader(out)
    assert len(reader.pages) > 2
    box = reader.pages[0].mediabox
    assert (float(box.width) / MM, float(box.height) / MM) == pytest.approx((210, 297), abs=0.05)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "File d'attente en caisse" not in text  # the hidden pain point
    assert "Summary" in text
    assert "tiled at 200 %" in capsys.readouterr().out


def test_a_custom_poster_size(map_file, tmp_path):
    out = tmp_path / "poster.pdf"
    assert run(str(map_file), "-o", str(out), "--size", "900x600") == 0
    box = PdfReader(out).pages[0].mediabox
    assert (float(box.width) / MM, float(box.height) / MM) == pytest.approx((900, 600), abs=0.05)


def test_warnings_go_to_stderr(map_file, tmp_path, capsys):
    out = tmp_path / "tiny.pdf"
    assert run(str(map_file), "-o", str(out), "--tile", "--scale", "0.3") == 0
    captured = capsys.readouterr()
    assert "warning: tile: the smallest text prints at 2.4 pt" in captured.err
    assert "warning:" not in captured.out


def test_tiling_without_an_orientation_takes_the_fewest_sheets(tmp_path, capsys):
    french = find_template("menswear-omnichannel.fr").path
    out = tmp_path / "mur.pdf"
    assert run(str(french), "-o", str(out), "--paper", "A4", "--tile", "--scale", "1.5") == 0
    assert len(PdfReader(out).pages) == 12 + 1  # portrait, 4 × 3 (landscape takes 15); links
    assert "13 pages, A4 portrait (auto), tiled at 150 %" in capsys.readouterr().out
    argv = ["-o", str(out), "--paper", "A4", "--landscape", "--tile", "--scale", "1.5"]
    assert run(str(french), *argv) == 0
    assert len(PdfReader(out).pages) == 15 + 1  # asked for: kept
    assert "16 pages, A4 landscape, tiled at 150 %" in capsys.readouterr().out


def test_a_nearly_empty_last_column_is_reported_with_the_scale_that_saves_it(tmp_path, capsys):
    service = find_template("service-lifecycle").path
    out = tmp_path / "mur.pdf"
    assert run(str(service), "-o", str(out), "--paper", "A4", "--tile", "--scale", "1.5") == 0
    err = capsys.readouterr().err
    assert (
        "warning: tile: the last column of sheets holds only 19 % of a sheet; at 144 % the map "
        "prints on 15 instead of 18 sheets"
    ) in err
    assert "hint: rerun with --scale 1.44" in err
    assert run(str(service), "-o", str(out), "--paper", "A4", "--tile", "--scale", "1.44") == 0
    assert len(PdfReader(out).pages) == 15 + 1  # the tiles, the links table
    assert "warning" not in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--scale", "2"], "--scale is for --tile"),
        (["--overlap", "5"], "--overlap is for --tile"),
        (["--paper", "custom"], "needs --size"),
        (["--paper", "A4", "--size", "300x300"], "leave out --paper"),
        (["--size", "300x300", "--portrait"], "leave out --landscape/--portrait"),
        (["--margin", "300"], "margins leave no room"),
    ],
)
def test_impossible_combinations_are_usage_errors(map_file, tmp_path, capsys, argv, message):
    assert run(str(map_file), "-o", str(tmp_path / "x.pdf"), *argv) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["--paper", "B5"],
        ["--size", "big"],
        ["--hide-lanes", "backstage,gossip"],
        ["--tile", "--scale", "-1"],
        ["--fit", "--tile"],
    ],
)
def test_bad_values_are_usage_errors(map_file, tmp_path, argv):
    assert run(str(map_file), "-o", str(tmp_path / "x.pdf"), *argv) == 2


def test_an_unknown_output_type_is_a_usage_error(map_file, tmp_path, capsys):
    assert run(str(map_file), "-o", str(tmp_path / "map.docx")) == 2
    assert "must end in .pdf, .png or .svg" in capsys.readouterr().err


def test_an_invalid_map_file_exits_1_with_its_problems(small_project, tmp_path, capsys):
    broken = tmp_path / "cassé.journey.json"
    text = project_to_bytes(small_project).decode().replace('"effort": 3', '"effort": 8')
    broken.write_text(text, encoding="utf-8")
    assert run(str(broken), "-o", str(tmp_path / "x.pdf")) == 1
    assert str(broken) in capsys.readouterr().err


def test_an_unwritable_output_exits_3_and_an_existing_file_survives(map_file, tmp_path, capsys):
    assert run(str(map_file), "-o", str(tmp_path / "no-such-folder" / "x.pdf")) == 3
    assert "cannot write" in capsys.readouterr().err


def test_images_go_to_the_qt_exporter_with_the_scale(map_file, tmp_path, monkeypatch, capsys):
    calls = []

    def export_image(project, output, scale):
        calls.append((project.title, output, scale))
        return types.SimpleNamespace(width=800, height=600, scale=scale, notes=["scaled"])

    fake = types.ModuleType("journey_editor.ui.canvas.render")
    fake.export_image = export_image
    monkeypatch.setitem(sys.modules, "journey_editor.ui.canvas.render", fake)
    out = tmp_path / "map.png"
    assert run(str(map_file), "-o", str(out), "--scale", "1.5") == 0
    assert calls == [("Boutique de chemises — parcours «omnicanal»", out, 1.5)]
    captured = capsys.readouterr()
    assert "800 × 600" in captured.out and "note: scaled" in captured.err


def test_pdf_options_are_refused_for_images(map_file, tmp_path, capsys):
    assert run(str(map_file), "-o", str(tmp_path / "map.svg"), "--paper", "A4", "--tile") == 2
    assert "--paper, --mode: for PDF output only" in capsys.readouterr().err


def test_without_the_gui_libraries_an_image_is_a_usage_error(
    map_file, tmp_path, monkeypatch, capsys
):
    monkeypatch.setitem(sys.modules, "journey_editor.ui.canvas.render", None)  # import fails
    assert run(str(map_file), "-o", str(tmp_path / "map.png")) == 2
    assert "image export needs the GUI libraries" in capsys.readouterr().err


def test_pdf_export_never_loads_qt(map_file, tmp_path):
    code = (
        "import sys, argparse\n"
        "from journey_editor.cli import export_command\n"
        "p = argparse.ArgumentParser(); export_command.add_export_parser(p.add_subparsers())\n"
        f"a = p.parse_args(['export', {str(map_file)!r}, '-o', {str(tmp_path / 'q.pdf')!r}])\n"
        "assert export_command.run_export(a) == 0\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "q.pdf").exists()
