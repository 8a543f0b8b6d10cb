"""`journey-editor merge BASE MINE THEIRS [-o OUT]`: git's merge-driver convention (the result
over MINE, atomically; exit 0 clean, 1 conflicts recorded in a map that opens, 2 trouble with
nothing written), the summary line, and git itself merging two branches through the driver."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journey_editor.cli import main
from journey_editor.edits import AddCard, RemoveCards, UpdateCard, UpdateStage
from journey_editor.model import Card, Project
from journey_editor.persistence import load_project, project_to_bytes

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from tests.edits.conftest import build_journey  # noqa: E402

NB = "\u00a0"


def edited(project: Project, *edits) -> Project:
    copy = project.model_copy(deep=True)
    for edit in edits:
        edit.apply(copy)
    return copy


def write(path: Path, project: Project) -> Path:
    path.write_bytes(project_to_bytes(project))
    return path


@pytest.fixture
def base() -> Project:
    return build_journey()


@pytest.fixture
def files(tmp_path, base):
    """base, mine and theirs: mine rescored «Blog» and deleted «Trop cher ?», theirs rescored
    «Blog» otherwise, renamed a stage's phase and added a card."""
    mine = edited(base, UpdateCard("c-blog", {"effort": 4}), RemoveCards(("c-marc-doubt",)))
    theirs = edited(
        base,
        UpdateCard("c-blog", {"effort": 2}),
        UpdateStage("s-buy", {"phase": "Achat en ligne"}),
        AddCard(Card(id="c-new", persona="p-lea", lane="l-lea-act", stage="s-use", title="Avis")),
    )
    return (
        write(tmp_path / "base.journey.json", base),
        write(tmp_path / "mine.journey.json", mine),
        write(tmp_path / "theirs.journey.json", theirs),
    )


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(["merge", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_conflicts_are_written_over_mine_recorded_in_the_map_and_exit_1(files, capsys):
    base, mine, theirs = files
    code, out, err = run(capsys, base, mine, theirs)
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert lines[0] == (
        "merged: 2 changes from theirs, 1 conflict (card «Blog» effort: mine 4, theirs 2)"
    )
    assert lines[1] == (
        "  conflict: card «Blog» [c-blog] effort: base 1, mine 4, theirs 2 (changed on both sides)"
    )
    merged = load_project(mine)
    assert merged.card("c-blog").effort == 4
    assert merged.card("c-new").title == "Avis"
    assert merged.stage("s-buy").phase == "Achat en ligne"
    (conflict,) = merged.conflicts
    assert (conflict.kind, conflict.id, conflict.name, conflict.field) == (
        "card",
        "c-blog",
        "Blog",
        "effort",
    )
    assert (conflict.base, conflict.mine, conflict.theirs) == (1, 4, 2)
    assert not (mine.parent / "mine.journey.json.bak").exists()
    assert sorted(p.name for p in mine.parent.iterdir()) == [
        "base.journey.json",
        "mine.journey.json",
        "theirs.journey.json",
    ]


def test_a_clean_merge_exits_0_and_the_map_keeps_its_bytes_without_a_conflicts_field(
    tmp_path, base, capsys
):
    mine = write(tmp_path / "mine.journey.json", edited(base, UpdateCard("c-blog", {"effort": 4})))
    theirs = edited(base, UpdateCard("c-site", {"emotion": 2}))
    code, out, _ = run(
        capsys, write(tmp_path / "base.journey.json", base), mine, write(tmp_path / "t", theirs)
    )
    assert code == 0
    assert out == "merged: 1 change from theirs, no conflict\n"
    data = mine.read_bytes()
    assert b'"conflicts"' not in data
    expected = edited(
        base, UpdateCard("c-blog", {"effort": 4}), UpdateCard("c-site", {"emotion": 2})
    )
    assert data == project_to_bytes(expected)


def test_output_goes_to_out_and_leaves_mine_alone(files, tmp_path, capsys):
    base, mine, theirs = files
    before = mine.read_bytes()
    out_file = tmp_path / "merged.journey.json"
    code, _, _ = run(capsys, base, mine, theirs, "-o", out_file)
    assert code == 1
    assert mine.read_bytes() == before
    assert load_project(out_file).conflicts


def test_a_dropped_link_is_reported(tmp_path, base, capsys):
    from journey_editor.edits import AddLink
    from journey_editor.model import Link

    mine = edited(base, RemoveCards(("c-marc-doubt",)))
    link = Link(id="k-doubt", from_card="c-marc-ad", to_card="c-marc-doubt", label="hésite")
    theirs = edited(base, AddLink(link))
    paths = [write(tmp_path / f"{n}.journey.json", p) for n, p in
             (("base", base), ("mine", mine), ("theirs", theirs))]  # fmt: skip
    code, out, _ = run(capsys, *paths)
    assert code == 0
    assert out.splitlines() == [
        "merged: 0 changes from theirs, no conflict, 1 link dropped",
        "  dropped: link «hésite» [k-doubt]: added in theirs; its card «Trop cher ?» was "
        "deleted in mine",
    ]


def test_an_unreadable_map_is_trouble_named_by_file_object_and_field(files, tmp_path, capsys):
    base, mine, theirs = files
    before = mine.read_bytes()
    theirs.write_text(theirs.read_text().replace('"effort": 2', '"effort": 9'))
    code, out, err = run(capsys, base, mine, theirs)
    assert (code, out) == (2, "")
    assert f"{theirs}: card \"c-blog\" «Blog», field 'effort': must be less than or equal to 5" in (
        err
    )
    assert mine.read_bytes() == before
    out_file = tmp_path / "never.journey.json"
    code, _, err = run(capsys, base, tmp_path / "missing.journey.json", theirs, "-o", out_file)
    assert code == 2 and "missing.journey.json: the file or its folder does not exist" in err
    assert not out_file.exists()


def test_under_git_the_messages_name_the_map_and_the_side(files, capsys):
    base, mine, theirs = files
    mine.write_text("{")
    code, _, err = run(capsys, base, mine, theirs, "--name", "atelier.journey.json")
    assert code == 2
    assert err.startswith("atelier.journey.json (mine): is not valid JSON")


def test_a_file_that_cannot_be_written_is_trouble(files, tmp_path, capsys):
    base, mine, theirs = files
    code, out, err = run(capsys, base, mine, theirs, "-o", tmp_path / "no" / "such.journey.json")
    assert (code, out) == (2, "")
    assert "could not write the merged map: the file or its folder does not exist" in err


def test_an_empty_base_merges_two_maps_added_on_both_sides(tmp_path, base, capsys):
    empty = tmp_path / "base"
    empty.write_bytes(b"")
    mine = write(tmp_path / "mine.journey.json", base)
    theirs = write(tmp_path / "t", edited(base, UpdateCard("c-blog", {"effort": 3})))
    code, out, _ = run(capsys, empty, mine, theirs)
    assert code == 1
    assert "card «Blog» effort: mine 1, theirs 3" in out
    assert load_project(mine).card("c-blog").effort == 1


def test_the_summary_in_french(files, monkeypatch, capsys):
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    code, out, _ = run(capsys, *files)
    assert code == 1
    assert out.splitlines()[0] == (
        f"fusionné{NB}: 2{NB}changements de chez eux, 1{NB}conflit "
        f"(card «Blog» effort: chez moi 4, chez eux 2)"
    )


# --- git ----------------------------------------------------------------------------------------


def git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "HOME": str(repo.parent),  # no user's ~/.gitconfig
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "GIT_PAGER": "cat",
    }
    return subprocess.run(
        ["git", *args], cwd=repo, env=environment, capture_output=True, text=True, timeout=120
    )


def driver_command() -> str:
    script = Path(sys.executable).parent / "journey-editor"
    command = f'"{script}"' if script.exists() else f'"{sys.executable}" -m journey_editor'
    return f"{command} merge %O %A %B --name %P"


@pytest.fixture
def repo(tmp_path, base) -> Path:
    """A repository whose maps merge through the driver: the map committed on main, then a
    branch `theirs` that rescored «Blog» (effort 2) and added a card."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / ".gitattributes").write_text("*.journey.json merge=journey-map\n")
    git(repo, "config", "merge.journey-map.name", "journey-editor map merge")
    git(repo, "config", "merge.journey-map.driver", driver_command())
    write(repo / "workshop.journey.json", base)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "workshop")
    git(repo, "checkout", "-q", "-b", "theirs")
    card = Card(id="c-new", persona="p-lea", lane="l-lea-act", stage="s-use", title="Avis")
    write(
        repo / "workshop.journey.json",
        edited(base, UpdateCard("c-blog", {"effort": 2}), AddCard(card)),
    )
    git(repo, "commit", "-q", "-a", "-m", "theirs")
    git(repo, "checkout", "-q", "main")
    return repo


def test_git_merges_two_branches_through_the_driver(repo, base):
    write(repo / "workshop.journey.json", edited(base, UpdateCard("c-site", {"emotion": 2})))
    git(repo, "commit", "-q", "-a", "-m", "mine")
    done = git(repo, "merge", "--no-edit", "theirs")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "merged: 2 changes from theirs, no conflict" in done.stdout + done.stderr
    merged = load_project(repo / "workshop.journey.json")
    assert (merged.card("c-site").emotion, merged.card("c-blog").effort) == (2, 2)
    assert merged.card("c-new").title == "Avis"
    assert merged.conflicts == []
    assert git(repo, "status", "--porcelain").stdout == ""
    assert not list(repo.glob("*.bak")) and not list(repo.glob(".merge_file*"))


def test_git_leaves_a_conflicted_map_that_opens_with_mine_and_the_conflict(repo, base):
    write(repo / "workshop.journey.json", edited(base, UpdateCard("c-blog", {"effort": 4})))
    git(repo, "commit", "-q", "-a", "-m", "mine")
    done = git(repo, "merge", "--no-edit", "theirs")
    assert done.returncode == 1
    output = done.stdout + done.stderr
    assert "card «Blog» effort: mine 4, theirs 2" in output
    assert "CONFLICT (content): Merge conflict in workshop.journey.json" in output
    unmerged = git(repo, "diff", "--name-only", "--diff-filter=U").stdout.split()
    assert unmerged == ["workshop.journey.json"]
    text = (repo / "workshop.journey.json").read_text()
    assert "<<<<<<<" not in text
    merged = load_project(repo / "workshop.journey.json")
    assert merged.card("c-blog").effort == 4
    assert merged.card("c-new").title == "Avis"
    (conflict,) = merged.conflicts
    assert (conflict.id, conflict.field, conflict.mine, conflict.theirs) == (
        "c-blog",
        "effort",
        4,
        2,
    )
    # The conflict is settled in the map; adding it marks the file resolved.
    git(repo, "add", "workshop.journey.json")
    assert git(repo, "commit", "-q", "--no-edit").returncode == 0


def test_a_merge_whose_file_would_not_open_is_trouble_and_writes_nothing(tmp_path, base, capsys):
    # A card whose attributes nest up to the limit: fine in a map, one level too deep inside a
    # conflict record (deleted in mine, changed in theirs: the record holds the whole card).
    nested: dict = {}
    for _ in range(60):
        nested = {"a": nested}
    deep = edited(base, UpdateCard("c-blog", {"attributes": nested}))
    base_file = write(tmp_path / "base.journey.json", deep)
    load_project(base_file)
    mine = write(tmp_path / "mine.journey.json", edited(deep, RemoveCards(("c-blog",))))
    theirs = write(tmp_path / "t", edited(deep, UpdateCard("c-blog", {"effort": 5})))
    before = mine.read_bytes()
    code, out, err = run(capsys, base_file, mine, theirs)
    assert (code, out) == (2, "")
    assert "journey-editor merge: could not merge the maps" in err
    assert "nested" in err and "Traceback" not in err
    assert mine.read_bytes() == before
