"""The `journey-editor` command: clear output, errors on stderr, documented exit codes."""

import subprocess
import sys

import pytest

from journey_editor import __version__
from journey_editor.cli import main
from journey_editor.persistence import load_project, project_to_bytes


@pytest.fixture
def map_file(small_project, tmp_path):
    path = tmp_path / "atelier.journey.json"
    path.write_bytes(project_to_bytes(small_project))
    return path


@pytest.fixture
def broken_file(small_project, tmp_path):
    path = tmp_path / "cassé.journey.json"
    text = project_to_bytes(small_project).decode().replace('"effort": 3', '"effort": 8')
    path.write_text(text, encoding="utf-8")
    return path


def test_validate_reports_valid_files_and_exits_zero(map_file, capsys):
    assert main(["validate", str(map_file)]) == 0
    assert "valid (5 cards, 2 personas)" in capsys.readouterr().out


def test_validate_prints_one_line_per_problem_on_stderr_and_exits_one(
    map_file, broken_file, capsys
):
    assert main(["validate", str(map_file), str(broken_file)]) == 1
    captured = capsys.readouterr()
    assert str(map_file) in captured.out
    problem_lines = captured.err.strip().splitlines()
    assert problem_lines == [
        f"{broken_file}: card \"c-shop\" «Chemise à 105 €», field 'effort': "
        "must be less than or equal to 5 (got 8)"
    ]
    assert "Traceback" not in captured.err


def test_validate_of_a_missing_file_exits_one_without_traceback(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "absent.journey.json")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_info_prints_title_counts_and_metrics(map_file, capsys):
    assert main(["info", str(map_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Boutique de chemises — parcours «omnicanal»")
    assert "2 personas · 4 lanes · 3 stages · 5 cards (4 touchpoints) · 1 link · " in out
    lea_row = next(line for line in out.splitlines() if line.startswith("Léa"))
    # Léa: 4 cards, 3 touchpoints, mean effort (1+1+3)/3, mean emotion (2+1-1)/3, 2 switches.
    assert lea_row.split()[1:6] == ["4", "3", "1.7", "+0.7", "2"]
    assert "«Chemise à 105 €»" in lea_row


def test_info_ends_with_the_zig_zag_per_persona_stage_and_map(map_file, capsys):
    assert main(["info", str(map_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    table = lines[lines.index(next(x for x in lines if x.startswith("Channels and exits"))) :]
    assert table[0].split()[3:] == ["switch", "per", "step", "round", "trips", "digital", "exits"]
    rows = {line[:26].strip(): line[26:].split() for line in table[1:] if line.strip()}
    # Léa: blog → word of mouth → website: 2 switches over 2 steps, no round trip, two of
    # three touchpoints on a digital channel, no exit point. Marc: one touchpoint, no step.
    assert rows["Léa"] == ["2", "1.00", "0", "67%", "0"]
    assert rows["Marc"] == ["0", "–", "0", "0%", "0"]  # his one touchpoint: a shop
    assert rows["Whole map"][0] == "2"


def test_info_on_a_broken_file_exits_one(broken_file, capsys):
    assert main(["info", str(broken_file)]) == 1
    assert "'effort'" in capsys.readouterr().err


def test_new_lists_the_bundled_templates(capsys):
    assert main(["new", "--list-templates"]) == 0
    out = capsys.readouterr().out
    for name in ("menswear-omnichannel.fr", "service-lifecycle", "b2b-lead-generation"):
        assert name in out


def test_new_from_a_template_writes_a_valid_map_with_a_fresh_id(tmp_path, capsys):
    output = tmp_path / "client.journey.json"
    code = main(["new", "--template", "b2b-lead-generation", str(output), "--author", "Ana"])
    assert code == 0
    project = load_project(output)
    assert project.author == "Ana"
    assert project.id.startswith("map-")
    assert len(project.cards) > 20


def test_new_without_a_template_writes_a_starter_map(tmp_path):
    output = tmp_path / "vierge.journey.json"
    assert main(["new", str(output), "--title", "Atelier du 3 décembre"]) == 0
    project = load_project(output)
    assert project.title == "Atelier du 3 décembre"
    assert len(project.stages) == 5 and len(project.personas) == 1
    assert len(project.channels) >= 14


def test_new_refuses_to_overwrite_and_to_guess_names(map_file, tmp_path, capsys):
    before = map_file.read_bytes()
    assert main(["new", str(map_file)]) == 3
    assert map_file.read_bytes() == before
    assert main(["new", str(tmp_path / "map.json")]) == 2
    assert main(["new", "--template", "nope", str(tmp_path / "x.journey.json")]) == 2
    assert "available:" in capsys.readouterr().err


def test_new_into_a_missing_folder_exits_three(tmp_path, capsys):
    assert main(["new", str(tmp_path / "absent" / "x.journey.json")]) == 3
    assert "does not exist" in capsys.readouterr().err


def test_usage_errors_exit_two(capsys):
    with pytest.raises(SystemExit) as raised:
        main(["validate"])
    assert raised.value.code == 2
    assert main(["a.journey.json", "b.journey.json"]) == 2


def test_version_and_help_through_python_dash_m():
    version = subprocess.run(
        [sys.executable, "-m", "journey_editor", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.strip() == f"journey-editor {__version__}"
    help_text = subprocess.run(
        [sys.executable, "-m", "journey_editor", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for word in ("validate", "info", "new", "exit codes"):
        assert word in help_text


def test_snapshot_of_the_channel_path_picks_the_persona_by_number_or_name(
    map_file, tmp_path, capsys, monkeypatch
):
    asked = []
    monkeypatch.setattr(
        "journey_editor.ui.shell.snapshot.render_snapshot",
        lambda *args, **kwargs: asked.append(kwargs["channel_path"]),
    )
    out = str(tmp_path / "path.png")
    for chosen in ([], ["2"], ["marc"], ["  Léa "]):
        assert main(["snapshot", str(map_file), "-o", out, "--channel-path", *chosen]) == 0
    assert asked == ["p-lea", "p-marc", "p-marc", "p-lea"]
    assert main(["snapshot", str(map_file), "-o", out, "--channel-path", "Zoé"]) == 2
    assert "no persona «Zoé»; the personas: «Léa», «Marc»" in capsys.readouterr().err
