"""`journey-editor --help` for a newcomer: what it is, how to open a map, every command with a
one-line explanation, examples; the same through `python -m journey_editor`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journey_editor.cli import main
from journey_editor.cli.main import COMMANDS

SCRIPT = Path(sys.executable).parent / "journey-editor"


def _help(*command: str) -> str:
    done = subprocess.run(
        [*command, "--help"], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stderr == ""
    return done.stdout


@pytest.fixture(scope="module")
def help_text() -> str:
    return _help(sys.executable, "-m", "journey_editor")


def test_python_dash_m_and_the_installed_command_print_the_same_help(help_text):
    if not SCRIPT.exists():
        pytest.skip("the journey-editor script is not installed next to this Python")
    assert _help(str(SCRIPT)) == help_text


def test_help_says_what_it_is_and_how_to_open_a_map(help_text):
    assert help_text.startswith("usage: journey-editor [FILE]")
    assert "desktop editor for customer-journey maps" in help_text
    assert ".journey.json" in help_text
    assert "journey-editor workshop.journey.json  open that map" in help_text
    assert "F1" in help_text  # where the keyboard shortcuts are


def test_help_explains_every_command_in_one_line_and_shows_it_in_an_example(help_text):
    listing = help_text.split("commands (each has its own --help):")[1].split("exit codes:")[0]
    examples = help_text.split("examples:")[1]
    for command in COMMANDS:
        line = next(row for row in listing.splitlines() if row.strip().startswith(command))
        assert len(line.split(maxsplit=1)) == 2, f"{command} has no explanation"
        assert f"journey-editor {command} " in examples, f"no example of {command}"


def test_help_lists_the_exit_codes_and_fits_a_terminal(help_text):
    for code in ("0  success", "1  a file", "2  the command line", "3  an output file"):
        assert code in help_text
    assert max(len(line) for line in help_text.splitlines()) <= 100


def test_every_command_has_its_own_help():
    for command in COMMANDS:
        text = _help(sys.executable, "-m", "journey_editor", command)
        assert text.startswith(f"usage: journey-editor {command}")


def test_a_mistyped_command_is_named_with_a_suggestion(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["exprot"]) == 2
    err = capsys.readouterr().err
    assert "'exprot' is neither a map file nor a command" in err
    assert "Did you mean `journey-editor export`?" in err
