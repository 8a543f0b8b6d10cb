"""Presentation mode on real (offscreen) screens of projector sizes, each run in a process of
its own since a process's screens are fixed when Qt starts: one 1920×1080 screen, one
1280×720 screen, and a laptop with a projector beside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journey_editor.templates import find_template

ROOT = Path(__file__).resolve().parents[3]
PROBE = Path(__file__).with_name("screens_probe.py")


def present(tmp_path, screens: list[tuple[str, int, int, int]], template: str) -> dict:
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": name, "x": x, "y": 0, "width": width, "height": height}
                    for name, x, width, height in screens
                ]
            }
        ),
        encoding="utf-8",
    )
    path = tmp_path / "map.journey.json"
    path.write_bytes(find_template(template).path.read_bytes())
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # the window's QSettings: not the user's
    done = subprocess.run(
        [sys.executable, str(PROBE), str(config), str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("template", ["service-lifecycle", "menswear-omnichannel.fr"])
def test_one_1920x1080_screen_full_screen_and_24_px_text(tmp_path, template):
    seen = present(tmp_path, [("projector", 0, 1920, 1080)], template)
    assert seen["room_full_screen"] and seen["room_geometry"] == [0, 0, 1920, 1080]
    assert not seen["presenter_shown"]  # one screen: no presenter view
    text, height = seen["ink"]
    assert height >= 24, f"«{text}» is {height} px high"
    assert seen["stage"] in seen["shown"]
    assert len(seen["shown"]) >= 3  # the stage in focus and its neighbours, for context
    assert seen["left"]


def test_one_1280x720_screen(tmp_path):
    seen = present(tmp_path, [("projector", 0, 1280, 720)], "service-lifecycle")
    assert seen["room_full_screen"] and seen["room_geometry"] == [0, 0, 1280, 720]
    assert seen["stage"] in seen["shown"] and len(seen["shown"]) >= 3
    assert seen["ink"][1] >= 16  # the same size on the wall as 24 px of a 1080-line screen
    assert seen["left"]


def test_two_screens_the_room_on_the_projector_and_the_presenter_on_the_laptop(tmp_path):
    screens = [("laptop", 0, 1366, 768), ("projector", 1366, 1920, 1080)]
    seen = present(tmp_path, screens, "service-lifecycle")
    assert seen["room_screen"] == "projector" and seen["room_full_screen"]
    assert seen["room_geometry"] == [1366, 0, 1920, 1080]
    assert seen["presenter_shown"] and seen["presenter_screen"] == "laptop"
    assert seen["presenter_stage"] == "Selection"  # the stage in focus after →
    assert seen["presenter_next"] == "Next: Purchase"
    assert "Postcode checker on her phone" in seen["presenter_notes"]
    assert seen["ink"][1] >= 24
    assert seen["left"]
