"""`journey-editor snapshot FILE -o OUT.png --present [--stage N] [--size WxH]`: presentation
mode rendered headless, as a projector of that size shows it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from journey_editor.cli import exit_codes, main
from journey_editor.persistence import project_to_bytes


@pytest.fixture
def map_file(tmp_path, small_project):
    path = tmp_path / "atelier.journey.json"
    path.write_bytes(project_to_bytes(small_project))
    return path


def test_present_renders_the_room_view_at_the_given_size(qapp, map_file, tmp_path, capsys):
    saved = map_file.read_bytes()
    first, second = tmp_path / "first.png", tmp_path / "second.png"
    code = main(["snapshot", str(map_file), "-o", str(first), "--present", "--size", "1280x720"])
    assert code == exit_codes.OK
    assert capsys.readouterr().out.startswith(f"{first}: snapshot of «")
    code = main(["snapshot", str(map_file), "-o", str(second), "--present", "--stage", "2",
                 "--size", "1280x720"])  # fmt: skip
    assert code == exit_codes.OK
    images = [QImage(str(path)) for path in (first, second)]
    assert [(image.width(), image.height()) for image in images] == [(1280, 720)] * 2
    assert images[0] != images[1]  # another stage in focus, another picture
    assert map_file.read_bytes() == saved  # presenting never writes the map


def test_the_default_size_is_a_1920x1080_projector(qapp, map_file, tmp_path):
    output = tmp_path / "room.png"
    assert main(["snapshot", str(map_file), "-o", str(output), "--present"]) == exit_codes.OK
    image = QImage(str(output))
    assert (image.width(), image.height()) == (1920, 1080)


def test_a_stage_the_map_does_not_have_is_refused(map_file, tmp_path, capsys):
    output = tmp_path / "room.png"
    code = main(["snapshot", str(map_file), "-o", str(output), "--present", "--stage", "4"])
    assert code == exit_codes.INVALID_INPUT
    assert capsys.readouterr().err == f"{map_file}: --stage 4: the map has stages 1 to 3\n"
    assert not output.exists()


@pytest.mark.parametrize("size", ["1920", "wide", "10x10", "1920x0"])
def test_a_size_that_is_no_size_is_a_usage_error(map_file, tmp_path, capsys, size):
    with pytest.raises(SystemExit) as stop:
        main(["snapshot", str(map_file), "-o", str(tmp_path / "x.png"), "--size", size])
    assert stop.value.code == exit_codes.USAGE
    assert "give WIDTHxHEIGHT in pixels, 200 to 8192, e.g. 1920x1080" in capsys.readouterr().err
