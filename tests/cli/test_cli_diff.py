"""`journey-editor diff A B`: the known as-is / to-be pair in text, JSON and CSV, exit codes
like diff(1), errors that name the file, other formats, and git using it as its diff."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journey_editor.cli import main
from journey_editor.persistence import project_to_bytes
from journey_editor.persistence.formats import FORMATS, ExportOptions

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from tests.compare.pair import COUNTS, as_is, to_be  # noqa: E402

SIGNS = {"+": "added", "-": "removed", "~": "changed", ">": "moved", "↕": "reordered"}
DIFF_COMMAND = f'"{sys.executable}" -m journey_editor diff'


@pytest.fixture
def pair(tmp_path) -> tuple[Path, Path]:
    before = tmp_path / "as-is.journey.json"
    after = tmp_path / "to-be.journey.json"
    before.write_bytes(project_to_bytes(as_is()))
    after.write_bytes(project_to_bytes(to_be()))
    return before, after


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["diff", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def change_lines(text: str) -> list[str]:
    return [
        line.strip() for line in text.splitlines() if line.strip()[:2] in {f"{s} " for s in SIGNS}
    ]


# --- text ---------------------------------------------------------------------------------------


def test_the_text_names_every_change_once_grouped_by_persona_and_stage(pair, capsys):
    code, out, err = run(capsys, *pair)
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert lines[0] == f"--- {pair[0]}  «Boutique de chemises — parcours «omnicanal»»"
    assert lines[1] == f"+++ {pair[1]}  «Boutique de chemises — parcours cible»"
    assert lines[2] == "12 changes: 4 added, 2 removed, 4 changed, 1 moved, 1 reordered"
    changes = change_lines(out)
    counts = dict.fromkeys(COUNTS, 0)
    for line in changes:
        counts[SIGNS[line[0]]] += 1
    assert counts == COUNTS
    # Each line names its object as the user knows it; the id only at the end, in brackets.
    assert "~ card «Chemise à 105 €» in persona «Léa», stage «Achat»: effort 3 → 2  [c-shop]" in (
        changes
    )
    assert (
        "> card «File d'attente en caisse» in persona «Léa», stage «Usage»: moved from stage "
        "«Achat», lane «Irritants», position 1 to stage «Usage», lane «Irritants», position 1"
        "  [c-queue]"
    ) in changes
    assert (
        "+ card «Retour compliqué» added in persona «Léa», stage «Usage», lane «Irritants», "
        "position 2  [c-return]"
    ) in changes
    assert "- link «clic» from card «Article de blog» to card «Chemise à 105 €» removed  [k-1]" in (
        changes
    )
    assert "↕ personas reordered: «Léa», «Marc» → «Marc», «Léa»" in changes
    assert all(line.endswith("]") for line in changes if not line.startswith("↕"))
    # Groups: Marc comes first in the to-be; Léa's stages left to right.
    groups = [line for line in lines if line.startswith(("Persona «", "  Stage «"))]
    headers = [line for line in groups if line.endswith("]")]
    assert headers == [
        "Persona «Marc»  [p-marc]",
        "  Stage «Achat»  [s-buy]",
        "Persona «Léa»  [p-lea]",
        "  Stage «Découverte»  [s-discover]",
        "  Stage «Achat»  [s-buy]",
        "  Stage «Usage»  [s-use]",
    ]


def test_the_text_ends_with_the_summary_per_persona_and_stage(pair, capsys):
    _, out, _ = run(capsys, *pair)
    summary = out.split("Summary: before → after (Δ)")[1].splitlines()[2:]
    rows = {line[:22].strip(): line[22:].split("  ") for line in summary}
    assert list(rows) == [
        "Persona «Marc»",
        "Persona «Léa»",
        "Stage «Découverte»",
        "Stage «Achat»",
        "Stage «Usage»",
        "Stage «Fidélité» (new)",
        "Whole map",
    ]
    lea = [cell.strip() for cell in rows["Persona «Léa»"] if cell.strip()]
    assert lea == ["1.7 → 1.3 (-0.3)", "+0.7 → +1.3 (+0.7)", "1 → 2 (+1)", "0 → 1 (+1)", "2"]


def test_equal_maps_exit_zero_with_no_differences(pair, capsys):
    code, out, _ = run(capsys, pair[0], pair[0])
    assert code == 0
    assert out.splitlines()[2] == "no differences"


# --- json and csv -------------------------------------------------------------------------------


def test_json_holds_every_record_with_ids_names_and_the_summary(pair, capsys):
    code, out, _ = run(capsys, *pair, "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["equal"] is False
    assert data["counts"] == COUNTS
    assert len(data["changes"]) == sum(COUNTS.values())
    assert [c["change"] for c in data["changes"]].count("added") == 4
    rescore = [c for c in data["changes"] if c.get("ref", {}).get("id") == "c-shop"]
    assert [(c["field"], c["old"], c["new"]) for c in rescore] == [
        ("effort", 3, 2),
        ("emotion", -1, 1),
    ]
    assert rescore[0]["place"]["persona"] == {"kind": "persona", "id": "p-lea", "name": "Léa"}
    lea = next(row for row in data["summary"]["personas"] if row["id"] == "p-lea")
    assert lea["pain_points"] == {"before": 1, "after": 2, "delta": 1}
    assert data["summary"]["map"]["exit_points"]["delta"] == 1


def test_csv_has_one_row_per_change(pair, capsys):
    code, out, _ = run(capsys, *pair, "--format", "csv")
    assert code == 1
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == sum(COUNTS.values())
    assert {kind: [r["change"] for r in rows].count(kind) for kind in COUNTS} == COUNTS
    effort = next(r for r in rows if r["id"] == "c-shop" and r["field"] == "effort")
    assert (effort["persona"], effort["stage"], effort["lane"]) == (
        "Léa",
        "Achat",
        "Points de contact",
    )
    assert (effort["old"], effort["new"]) == ("3", "2")


# --- trouble ------------------------------------------------------------------------------------


def test_a_broken_file_exits_two_naming_file_object_and_field(pair, capsys, tmp_path):
    broken = tmp_path / "cassé.journey.json"
    broken.write_text(pair[1].read_text(encoding="utf-8").replace('"effort": 2', '"effort": 8', 1))
    code, out, err = run(capsys, pair[0], broken)
    assert (code, out) == (2, "")
    assert err.strip().splitlines() == [
        f"{broken}: card \"c-shop\" «Chemise à 105 €», field 'effort': "
        "must be less than or equal to 5 (got 8)"
    ]


def test_a_missing_file_an_unknown_format_or_three_files_exit_two(pair, capsys, tmp_path):
    code, _, err = run(capsys, pair[0], tmp_path / "absent.journey.json")
    assert code == 2 and "absent.journey.json" in err and "does not exist" in err
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    code, _, err = run(capsys, pair[0], notes)
    assert code == 2 and "notes.txt: cannot tell the format from the file name" in err
    code, _, err = run(capsys, pair[0], pair[1], pair[1])
    assert code == 2 and "give two maps, A and B (got 3 arguments)" in err
    assert "Traceback" not in err


# --- other formats ------------------------------------------------------------------------------


@pytest.mark.parametrize("format_name", ["csv", "mermaid", "ojf"])
def test_any_importable_format_can_be_compared(format_name, tmp_path, capsys):
    fmt = FORMATS[format_name]
    paths = []
    for name, project in (("as-is", as_is()), ("to-be", to_be())):
        data, _ = fmt.write(project, ExportOptions(persona="p-lea"))
        path = tmp_path / f"{name}{fmt.suffixes[0]}"
        path.write_bytes(data)
        paths.append(path)
    code, out, err = run(capsys, *paths)
    assert (code, err) == (1, "")
    # Imports get ids made from names, the same in both files: the rescore is one change.
    assert "emotion -1 → +1" in out
    code, out, _ = run(capsys, paths[0], paths[0])
    assert code == 0 and "no differences" in out


# --- git ----------------------------------------------------------------------------------------


def git(repo: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "HOME": str(repo.parent),  # no user's ~/.gitconfig
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "GIT_PAGER": "cat",
        **env,
    }
    return subprocess.run(
        ["git", *args], cwd=repo, env=environment, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def repo(tmp_path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / ".gitattributes").write_text("*.journey.json diff=journey\n")
    (repo / "workshop.journey.json").write_bytes(project_to_bytes(as_is()))
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "as-is")
    (repo / "workshop.journey.json").write_bytes(project_to_bytes(to_be()))
    git(repo, "commit", "-q", "-a", "-m", "to-be")
    return repo


def assert_named_changes(output: str) -> None:
    assert "12 changes: 4 added, 2 removed, 4 changed, 1 moved, 1 reordered" in output
    assert "~ card «Chemise à 105 €» in persona «Léa», stage «Achat»: effort 3 → 2  [c-shop]" in (
        output
    )
    assert '"effort"' not in output  # not the JSON lines of git's own diff


def test_git_diff_uses_the_journey_driver_of_gitattributes(repo):
    git(repo, "config", "diff.journey.command", DIFF_COMMAND)
    done = git(repo, "diff", "HEAD~1", "HEAD")
    assert done.returncode == 0, done.stderr
    assert "--- a/workshop.journey.json  «Boutique de chemises" in done.stdout
    assert "+++ b/workshop.journey.json  «Boutique de chemises — parcours cible»" in done.stdout
    assert_named_changes(done.stdout)
    shown = git(repo, "log", "-p", "--ext-diff", "-1")
    assert_named_changes(shown.stdout)


def test_git_diff_of_an_added_map_compares_it_with_nothing(repo):
    git(repo, "config", "diff.journey.command", DIFF_COMMAND)
    (repo / "new.journey.json").write_bytes(project_to_bytes(as_is()))
    git(repo, "add", "new.journey.json")
    done = git(repo, "diff", "--cached")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("--- /dev/null\n+++ b/new.journey.json  «Boutique")
    assert "+ card «Article de blog» added in persona «Léa»" in done.stdout


def test_git_external_diff_and_difftool_work_without_configuration(repo):
    done = git(repo, "diff", "HEAD~1", "HEAD", GIT_EXTERNAL_DIFF=DIFF_COMMAND)
    assert done.returncode == 0, done.stderr
    assert_named_changes(done.stdout)
    done = git(repo, "difftool", "-y", "-x", DIFF_COMMAND, "HEAD~1", "HEAD")
    assert done.returncode == 0, done.stderr
    assert_named_changes(done.stdout)


def test_git_reports_a_broken_version_instead_of_a_diff(repo):
    git(repo, "config", "diff.journey.command", DIFF_COMMAND)
    (repo / "workshop.journey.json").write_text('{"broken": ')
    done = git(repo, "diff")
    assert done.returncode != 0
    assert "b/workshop.journey.json: is not valid JSON" in done.stderr
    assert "Traceback" not in done.stderr
