"""The command line speaks the system's language: French when the locale is French (LANG,
LC_ALL, LC_MESSAGES, LANGUAGE, as the interface reads them), English otherwise; the exit codes
are the same in both."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from journey_editor.cli import exit_codes, main
from journey_editor.cli.main import COMMANDS, build_parser
from journey_editor.persistence import load_project, project_to_bytes
from journey_editor.system_libraries import MissingLibraries

NB = "\u00a0"  # French puts a no-break space before : ; ? ! and inside « »
# Words the command wrote in English before it spoke French: none may be left in its French
# output (map titles, file names and option names aside).
ENGLISH = re.compile(
    r"\b(cards?|lanes?|stages?|links?|channels?|touchpoints?|valid|created|imported|wrote|"
    r"snapshot of|warning|already|exists|must|end in|Whole|pain|hot spots|switch|touch|author|"
    r"modified|locale|untitled|more|error|positional|show|help message|exit codes|examples|"
    r"success|smallest|fit to page|tiled|neither|Did you mean|give|English|French)\b"
)


def set_locale(monkeypatch, **variables: str) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def french(monkeypatch):
    set_locale(monkeypatch, LANG="fr_FR.UTF-8")


@pytest.fixture
def map_file(small_project, tmp_path):
    path = tmp_path / "atelier.journey.json"
    path.write_bytes(project_to_bytes(small_project))
    return path


def english_left(text: str, *allowed: str) -> list[str]:
    for word in allowed:
        text = text.replace(word, "")
    return ENGLISH.findall(text)


# --- success lines ------------------------------------------------------------------------------


def test_validate_in_french(french, map_file, capsys):
    assert main(["validate", str(map_file)]) == 0
    assert capsys.readouterr().out == f"{map_file}{NB}: valide (5{NB}fiches, 2{NB}personas)\n"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "C"}, "valid (5 cards, 2 personas)"),
        ({"LANG": "en_US.UTF-8"}, "valid (5 cards, 2 personas)"),
        ({"LANG": "de_DE.UTF-8"}, "valid (5 cards, 2 personas)"),  # no German: English
        ({"LANG": "fr_BE.UTF-8"}, f"valide (5{NB}fiches, 2{NB}personas)"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "fr_CA.UTF-8"}, "valide"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "valide"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "fr:en"}, "valide"),
        ({"LANG": "fr_FR.UTF-8", "LC_ALL": "C.UTF-8"}, "valid (5 cards"),
    ],
)
def test_the_language_follows_the_locale_variables(
    monkeypatch, map_file, capsys, environ, expected
):
    set_locale(monkeypatch, **environ)
    assert main(["validate", str(map_file)]) == 0
    assert expected in capsys.readouterr().out


def test_one_card_one_persona_in_each_language(monkeypatch, tmp_path, capsys):
    output = tmp_path / "vide.journey.json"
    assert main(["new", "--language", "en", str(output)]) == 0
    capsys.readouterr()
    assert main(["validate", str(output)]) == 0
    assert capsys.readouterr().out.endswith("valid (0 cards, 1 persona)\n")
    set_locale(monkeypatch, LANG="fr_FR.UTF-8")
    assert main(["validate", str(output)]) == 0  # French: 0 and 1 take the singular
    assert capsys.readouterr().out.endswith(f"valide (0{NB}fiche, 1{NB}persona)\n")


def test_new_in_french(french, tmp_path, capsys):
    output = tmp_path / "atelier.journey.json"
    assert main(["new", str(output)]) == 0
    line = f"{output}{NB}: carte «{NB}Parcours sans titre{NB}» créée en français\n"
    assert capsys.readouterr().out == line
    other = tmp_path / "workshop.journey.json"
    assert main(["new", "--language", "en", str(other)]) == 0
    assert capsys.readouterr().out.endswith(f"«{NB}Untitled journey{NB}» créée en anglais\n")


def test_info_in_french_with_decimal_commas(french, map_file, capsys):
    assert main(["info", str(map_file)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Boutique de chemises — parcours «omnicanal»"
    assert lines[1] == (
        f"client{NB}: Maison Œillet  auteur{NB}: Test  langue{NB}: fr-BE  modifiée le 2026-11-01"
    )
    assert lines[2] == (
        f"2{NB}personas · 4{NB}lignes · 3{NB}étapes · 5{NB}fiches (4{NB}points de contact)"
        f" · 1{NB}lien · 4{NB}canaux"
    )
    assert lines[4].split() == [
        "Persona",
        "fiches",
        "contacts",
        "effort",
        "émotion",
        "changements",
        "points",
        "critiques",
    ]
    lea = next(line for line in lines if line.startswith("Léa"))
    assert lea.split()[1:6] == ["4", "3", "1,7", "+0,7", "2"]
    assert any(line.startswith("Étape ") for line in lines)
    assert lines[-1].startswith("Toute la carte ")
    assert not english_left(out, "Boutique de chemises", "Chemise à 105 €")


def test_info_columns_stay_aligned_under_longer_french_headings(french, map_file, capsys):
    assert main(["info", str(map_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    header, row = lines[4], next(line for line in lines if line.startswith("Léa"))
    # Each figure ends under the end of its heading (right-aligned columns).
    for heading, figure in (("fiches", "4"), ("changements", "2")):
        end = header.index(heading) + len(heading)
        assert row[end - len(figure) : end] == figure


def test_import_and_convert_in_french(french, map_file, tmp_path, capsys):
    mermaid = tmp_path / "atelier.mmd"
    assert main(["convert", str(map_file), "-o", str(mermaid)]) == 0
    captured = capsys.readouterr()
    assert captured.out == (
        f"{mermaid}{NB}: carte «{NB}Boutique de chemises — parcours «omnicanal»{NB}» "
        "écrite au format mermaid\n"
    )
    # The writers' own warnings stay English; the prefix is French.
    assert all(
        line.startswith(f"{mermaid}{NB}: avertissement{NB}: ") for line in captured.err.splitlines()
    )
    imported = tmp_path / "retour.journey.json"
    assert main(["import", str(mermaid), "-o", str(imported)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{imported}{NB}: carte «{NB}")
    assert out.endswith(
        f"importée depuis mermaid{NB}: 3{NB}étapes, 2{NB}personas, 4{NB}fiches, en français\n"
    )


def test_snapshot_line_in_french(french, map_file, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(
        "journey_editor.ui.shell.snapshot.render_snapshot", lambda *args, **kwargs: None
    )
    output = tmp_path / "atelier.png"
    assert main(["snapshot", str(map_file), "-o", str(output)]) == 0
    assert capsys.readouterr().out == (
        f"{output}{NB}: capture de «{NB}Boutique de chemises — parcours «omnicanal»{NB}»\n"
    )


def test_export_in_french(french, map_file, tmp_path, capsys):
    output = tmp_path / "atelier.pdf"
    assert main(["export", str(map_file), "-o", str(output), "--paper", "A4"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{output}{NB}: 2{NB}pages, A4 ")  # the map, the links table
    assert ", ajusté à la page, plus petit texte " in out
    assert re.search(rf"plus petit texte \d+,\d{NB}pt\n$", out)
    wall = tmp_path / "mur.pdf"
    args = ["export", str(map_file), "-o", str(wall), "--paper", "A4", "--tile", "--scale", "1"]
    assert main(args) == 0
    assert f"réparti sur des feuilles à 100{NB}%" in capsys.readouterr().out


def test_export_warnings_come_in_french(french, map_file, tmp_path, capsys):
    output = tmp_path / "petit.pdf"
    args = ["export", str(map_file), "-o", str(output), "--tile", "--scale", "0.3"]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert f"journey-editor export: avertissement{NB}: " in err
    assert "le plus petit texte" in err  # the export's own words, in the reader's language


# --- errors -------------------------------------------------------------------------------------


def test_usage_errors_in_french(french, map_file, tmp_path, capsys):
    assert main(["new", str(map_file)]) == exit_codes.CANNOT_WRITE
    assert capsys.readouterr().err == (
        f"journey-editor new: {map_file}{NB}: existe déjà (utilisez --force)\n"
    )
    assert main(["new", str(tmp_path / "carte.json")]) == exit_codes.USAGE
    assert f"{NB}: le nom doit se terminer par .journey.json" in capsys.readouterr().err
    assert main(["new"]) == exit_codes.USAGE
    assert capsys.readouterr().err == "journey-editor new: indiquez le fichier à créer (OUT)\n"
    assert main(["new", "--template", "inconnu", str(tmp_path / "x.journey.json")]) == 2
    assert f"aucun modèle nommé «{NB}inconnu{NB}» (disponibles{NB}: " in capsys.readouterr().err
    template = ["new", "--template", "menswear-omnichannel.fr", "--language", "en"]
    assert main([*template, str(tmp_path / "y.journey.json")]) == exit_codes.USAGE
    assert capsys.readouterr().err == (
        "journey-editor new: le modèle menswear-omnichannel.fr est rédigé en français et garde "
        f"ses mots{NB}; retirez --language en, ou commencez une carte vide en anglais\n"
    )


def test_import_errors_in_french(french, map_file, tmp_path, capsys):
    assert main(["import", str(map_file), "-o", str(tmp_path / "x.journey.json")]) == 2
    assert f"déjà une carte journey-editor{NB}; utilisez `convert`" in capsys.readouterr().err
    mermaid = tmp_path / "a.mmd"
    mermaid.write_text("journey\n  title T\n  section S\n    Tâche: 3: Moi\n", encoding="utf-8")
    args = ["import", str(mermaid), "--into", str(map_file), "-o", str(tmp_path / "y.journey.json")]
    assert main(args) == exit_codes.USAGE
    assert capsys.readouterr().err == (
        "journey-editor: --into ne fonctionne qu'avec des fichiers CSV\n"
    )
    assert main(["convert", str(map_file), "-o", str(map_file)]) == exit_codes.CANNOT_WRITE
    assert f"{NB}: existe déjà (utilisez --force)" in capsys.readouterr().err


def test_export_errors_in_french(french, map_file, tmp_path, capsys):
    assert main(["export", str(map_file), "-o", str(tmp_path / "x.txt")]) == 2
    assert "la sortie doit se terminer par .pdf, .png ou .svg" in capsys.readouterr().err
    assert main(["export", str(map_file), "-o", str(tmp_path / "x.pdf"), "--scale", "2"]) == 2
    assert "--scale va avec --tile" in capsys.readouterr().err
    assert main(["diff", str(map_file), str(map_file), "--paper", "A4"]) == exit_codes.USAGE
    assert f"--paper{NB}: pour le document PDF seulement (-o OUT.pdf)" in capsys.readouterr().err
    handout = tmp_path / "changements.pdf"
    assert main(["diff", str(map_file), str(map_file), "-o", str(handout)]) == 0
    assert capsys.readouterr().out.startswith(f"{handout}{NB}: ")


def test_a_mistyped_command_in_french(french, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["exprot"]) == exit_codes.USAGE
    err = capsys.readouterr().err
    assert err.startswith("journey-editor: 'exprot' n'est ni un fichier de carte ni une commande.")
    assert f"Vouliez-vous dire `journey-editor export`{NB}?" in err
    assert f"Commandes{NB}: validate, info, new" in err
    assert main(["a.journey.json", "b.journey.json"]) == exit_codes.USAGE
    assert "indiquez au plus un FILE à ouvrir" in capsys.readouterr().err


def test_argparse_errors_keep_their_exit_code_and_say_error_in_french(french, capsys):
    with pytest.raises(SystemExit) as raised:
        main(["import"])
    assert raised.value.code == exit_codes.USAGE
    err = capsys.readouterr().err
    assert err.startswith(f"utilisation{NB}: journey-editor import ")
    # argparse's own sentence stays English (it reads only compiled gettext catalogues).
    assert f"journey-editor import: erreur{NB}: the following arguments are required" in err
    with pytest.raises(SystemExit) as raised:
        main(["export", "x.journey.json", "-o", "x.pdf", "--paper", "B5"])
    assert raised.value.code == exit_codes.USAGE
    assert f"papier inconnu «{NB}B5{NB}» (choisissez parmi A4, A3" in capsys.readouterr().err


def test_the_missing_library_message_in_french(french, monkeypatch, capsys):
    names = ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    missing = MissingLibraries("xcb", Path(__file__), names)
    monkeypatch.setattr("journey_editor.cli.commands.missing_libraries", lambda: missing)
    assert main([]) == exit_codes.MISSING_LIBRARY
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == (
        f"journey-editor ne peut pas ouvrir sa fenêtre{NB}: il manque au système 2{NB}bibliothèques"
        " dont le module d'affichage xcb de Qt a besoin (libxcb-icccm.so.4, libxcb-keysyms.so.1)."
    )
    assert lines[1].startswith("Installez-les avec la commande de votre système")
    assert f"  Debian, Ubuntu, Mint{NB}: sudo apt install libxcb-icccm4 libxcb-keysyms1" in lines
    one = MissingLibraries("xcb", Path(__file__), names[:1])
    assert "une bibliothèque dont" in one.message()
    assert one.message("en").startswith("journey-editor cannot open its window")


# --- help ---------------------------------------------------------------------------------------


def show_help(*command: str) -> None:
    with pytest.raises(SystemExit) as raised:
        main([*command, "--help"])
    assert raised.value.code == 0


def test_help_in_french(french, capsys):
    show_help()
    text = capsys.readouterr().out
    assert text.startswith(f"utilisation{NB}: journey-editor [FILE]")
    # The usage's other lines stay under the first, after the longer French prefix.
    assert text.splitlines()[1].startswith(" " * len(f"utilisation{NB}: ") + "journey-editor")
    assert "éditeur hors ligne de cartes de parcours client" in text
    assert f"options{NB}:\n  -h, --help  afficher cette aide et quitter" in text
    assert f"commandes (chacune a son --help){NB}:" in text
    assert f"codes de sortie{NB}:\n  0  succès\n" in text
    assert f"exemples{NB}:" in text
    assert f"une carte vide{NB}: cinq étapes, un persona" in text
    assert max(len(line) for line in text.splitlines()) <= 100
    for command in COMMANDS:
        assert f"journey-editor {command} " in text


def test_each_commands_help_in_french(french, capsys):
    show_help("new")
    text = capsys.readouterr().out
    assert text.startswith(f"utilisation{NB}: journey-editor new")
    assert f"arguments positionnels{NB}:" in text
    assert "écraser OUT s'il existe" in text
    show_help("export")
    text = capsys.readouterr().out
    assert f"papier (PDF){NB}:" in text and f"mise en page (PDF){NB}:" in text
    assert f"1 = 100{NB}% (par défaut 1)" in text
    show_help("diff")
    assert "la carte avant (p. ex. l'état actuel)" in capsys.readouterr().out


def _helps(parser: argparse.ArgumentParser):
    """(where, text) of every description, help and group title the parser shows."""
    yield parser.prog, parser.description or ""
    for index, group in enumerate(parser._action_groups):
        yield f"{parser.prog} group {index}", group.title or ""
    for action in parser._actions:
        if action.help not in (None, argparse.SUPPRESS):
            yield f"{parser.prog} {'/'.join(action.option_strings) or action.dest}", action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                yield f"{parser.prog} {choice.dest}", choice.help
            for sub in action.choices.values():
                yield from _helps(sub)


SAME_IN_FRENCH = {"options"}


def test_every_help_text_we_write_has_a_french_translation(monkeypatch):
    set_locale(monkeypatch, LANG="en_US.UTF-8")
    english = dict(_helps(build_parser()))
    set_locale(monkeypatch, LANG="fr_FR.UTF-8")
    french = dict(_helps(build_parser()))
    assert french.keys() == english.keys()
    same = [
        where
        for where, text in english.items()
        if text and french[where] == text and text not in SAME_IN_FRENCH
    ]
    assert not same, (
        "mark these with QT_TRANSLATE_NOOP('CLI', …), pass them through words.say, then "
        f"`make translations` and translate them: {same}"
    )


def test_the_installed_command_reads_the_locale_of_its_environment(map_file):
    environ = {**os.environ, "LANG": "fr_FR.UTF-8"}
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        environ.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-m", "journey_editor", "validate", str(map_file)],
        capture_output=True,
        text=True,
        env=environ,
        timeout=60,
    )
    assert done.returncode == 0
    assert done.stdout == f"{map_file}{NB}: valide (5{NB}fiches, 2{NB}personas)\n"


# --- the same exit codes in both languages -----------------------------------------------------


@pytest.mark.parametrize("language", ["C.UTF-8", "fr_FR.UTF-8"])
def test_exit_codes_do_not_depend_on_the_language(monkeypatch, map_file, tmp_path, language):
    set_locale(monkeypatch, LANG=language)
    missing = str(tmp_path / "absent.journey.json")
    assert main(["validate", str(map_file)]) == exit_codes.OK
    assert main(["validate", missing]) == exit_codes.INVALID_INPUT
    assert main(["info", str(map_file)]) == exit_codes.OK
    assert main(["new", str(map_file)]) == exit_codes.CANNOT_WRITE
    assert main(["new", str(tmp_path / "x.json")]) == exit_codes.USAGE
    assert main(["new", str(tmp_path / "nouvelle.journey.json")]) == exit_codes.OK
    assert main(["convert", str(map_file), "-o", str(tmp_path / "x.csv")]) == exit_codes.OK
    assert main(["export", str(map_file), "-o", str(tmp_path / "x.doc")]) == exit_codes.USAGE
    assert main(["diff", str(map_file), str(map_file)]) == 0
    with pytest.raises(SystemExit) as raised:
        main(["export"])
    assert raised.value.code == exit_codes.USAGE


def test_the_map_stays_as_written_whatever_the_language_of_the_messages(french, map_file, tmp_path):
    output = tmp_path / "copie.journey.json"
    csv = tmp_path / "atelier.csv"
    assert main(["convert", str(map_file), "-o", str(csv)]) == 0
    assert main(["import", str(csv), "--language", "en", "-o", str(output)]) == 0
    assert load_project(output).locale == "en"  # --language, not the messages' language
