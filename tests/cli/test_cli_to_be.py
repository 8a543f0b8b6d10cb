"""`journey-editor to-be AS_IS [OUT]` makes the to-be without a window; `info` shows what a
to-be is based on and whether that file is still beside it as it was."""

from __future__ import annotations

import hashlib

import pytest

from journey_editor.cli import main
from journey_editor.persistence import load_project, project_to_bytes, save_project
from journey_editor.templates import find_template


@pytest.fixture
def as_is(small_project, tmp_path):
    path = tmp_path / "atelier.journey.json"
    path.write_bytes(project_to_bytes(small_project))
    return path


def ids(project):
    return project.all_ids() | {project.id} | {channel.id for channel in project.channels}


def test_to_be_writes_a_copy_with_every_id_that_names_its_as_is(as_is, small_project, capsys):
    before = as_is.read_bytes()
    output = as_is.with_name("futur.journey.json")
    assert main(["to-be", str(as_is), str(output)]) == 0
    title = "Boutique de chemises — parcours «omnicanal» (cible)"
    assert capsys.readouterr().out == (
        f"{output}: created «{title}», the to-be of atelier.journey.json\n"
    )
    to_be = load_project(output)
    assert ids(to_be) == ids(small_project)
    assert to_be.cards == small_project.cards and to_be.links == small_project.links
    assert to_be.title == title
    assert to_be.based_on.file == "atelier.journey.json"
    assert to_be.based_on.title == small_project.title
    assert to_be.based_on.sha256 == hashlib.sha256(before).hexdigest()
    assert as_is.read_bytes() == before  # the as-is is only read


def test_without_out_the_to_be_goes_beside_its_as_is_named_in_the_maps_language(tmp_path, capsys):
    english = tmp_path / "service.journey.json"
    save_project(find_template("service-lifecycle").load(), english)
    assert main(["to-be", str(english)]) == 0
    made = load_project(tmp_path / "service-to-be.journey.json")
    assert made.title.endswith(" (to-be)")
    assert made.based_on.file == "service.journey.json"
    french = tmp_path / "boutique.journey.json"
    save_project(find_template("menswear-omnichannel.fr").load(), french)
    assert main(["to-be", str(french), "--title", "Boutique 2027"]) == 0
    made = load_project(tmp_path / "boutique-cible.journey.json")
    assert made.title == "Boutique 2027"
    assert "boutique-cible.journey.json: created «Boutique 2027»" in capsys.readouterr().out


def test_an_existing_out_is_kept_unless_forced(as_is, capsys):
    output = as_is.with_name("futur.journey.json")
    output.write_text("mine", encoding="utf-8")
    assert main(["to-be", str(as_is), str(output)]) == 3
    assert "already exists (use --force)" in capsys.readouterr().err
    assert output.read_text(encoding="utf-8") == "mine"
    assert main(["to-be", str(as_is), str(output), "--force"]) == 0
    assert load_project(output).based_on is not None


@pytest.mark.parametrize(
    ("out", "code", "words"),
    [
        ("atelier.journey.json", 2, "cannot replace its as-is"),
        ("futur.json", 2, "must end in .journey.json"),
        ("absent/futur.journey.json", 3, "could not save: the file or its folder does not exist"),
    ],
)
def test_impossible_outputs_are_refused_without_a_traceback(as_is, capsys, out, code, words):
    before = as_is.read_bytes()
    assert main(["to-be", str(as_is), str(as_is.parent / out)]) == code
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert as_is.read_bytes() == before


def test_a_broken_as_is_exits_one_naming_the_problem(tmp_path, capsys):
    broken = tmp_path / "cassé.journey.json"
    broken.write_text('{"schema_version": 1, "id": ', encoding="utf-8")
    assert main(["to-be", str(broken), str(tmp_path / "futur.journey.json")]) == 1
    assert "cassé.journey.json" in capsys.readouterr().err
    assert not (tmp_path / "futur.journey.json").exists()


def test_info_shows_the_based_on_line_and_the_as_is_state(as_is, small_project, capsys):
    output = as_is.with_name("futur.journey.json")
    main(["to-be", str(as_is), str(output)])
    capsys.readouterr()
    copied = load_project(output).based_on.copied.date().isoformat()

    def based_on_line() -> str:
        assert main(["info", str(output)]) == 0
        lines = capsys.readouterr().out.splitlines()
        return lines[2]

    start = f"To-be, based on «{small_project.title}» (atelier.journey.json, copied {copied}"
    assert based_on_line() == f"{start}; unchanged beside it)"
    small_project.description = "Revu en atelier"
    save_project(small_project, as_is)
    assert based_on_line() == f"{start}; changed since)"
    as_is.unlink()
    assert based_on_line() == f"{start}; not found beside it)"


def test_info_of_a_map_that_is_no_to_be_has_no_based_on_line(as_is, capsys):
    assert main(["info", str(as_is)]) == 0
    assert "based on" not in capsys.readouterr().out


def test_in_french_on_a_french_system(as_is, small_project, monkeypatch, capsys):
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    nb = "\u00a0"
    output = as_is.with_name("futur.journey.json")
    assert main(["to-be", str(as_is), str(output)]) == 0
    title = "Boutique de chemises — parcours «omnicanal» (cible)"
    assert capsys.readouterr().out == (
        f"{output}{nb}: carte «{nb}{title}{nb}» créée, version cible de atelier.journey.json\n"
    )
    copied = load_project(output).based_on.copied.date().isoformat()
    assert main(["info", str(output)]) == 0
    assert capsys.readouterr().out.splitlines()[2] == (
        f"Version cible, d'après «{nb}{small_project.title}{nb}» "
        f"(atelier.journey.json, copié le {copied}; toujours là, inchangé)"
    )
    assert main(["to-be", str(as_is), str(as_is)]) == 2
    assert capsys.readouterr().err == (
        f"journey-editor to-be: {as_is}{nb}: la version cible ne peut pas remplacer son existant\n"
    )
