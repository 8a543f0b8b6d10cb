"""The French catalogue covers every string the code marks for translation.

pyside6-lupdate reads the package afresh (self.tr, QCoreApplication.translate and the Qt-free
QT_TRANSLATE_NOOP marks) into a temporary .ts; every message found there must have a finished
French translation in the committed catalogue, with the same placeholders. A string added to
the UI without a translation fails here, named by its context and text.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import journey_editor
from journey_editor import i18n

PACKAGE = Path(journey_editor.__file__).parent
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")
ACCELERATOR = re.compile(r"&(?=[^\s&])")  # "&File" marks F; "Print & press" marks nothing


def lupdate() -> str:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    assert found, "pyside6-lupdate (PySide6-Essentials) is needed to check the catalogue"
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> list[tuple[str, str, str, bool]]:
    """(context, source, disambiguation, numerus) of every message lupdate finds today."""
    target = tmp_path_factory.mktemp("lupdate") / "extracted_fr.ts"
    sources = sorted(str(path) for path in PACKAGE.rglob("*.py"))
    subprocess.run(
        [lupdate(), "-silent", "-target-language", "fr", *sources, "-ts", str(target)],
        check=True,
        capture_output=True,
    )
    return [
        (name, source, comment, numerus) for name, source, comment, numerus, _ in messages(target)
    ]


def messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            yield (
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
                None if node is None else node.get("type"),
            )


def committed(language: str) -> dict[tuple[str, str, str], ET.Element]:
    root = ET.parse(i18n.catalogue_path(language)).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message.find("translation")
    return found


def forms(node: ET.Element) -> list[str]:
    numerus = list(node.iter("numerusform"))
    return [form.text or "" for form in numerus] if numerus else [node.text or ""]


def test_lupdate_finds_the_strings_of_every_layer(extracted):
    contexts = {context for context, *_ in extracted}
    # UI classes (self.tr), module-level translate calls, and Qt-free QT_TRANSLATE_NOOP marks.
    assert {"MainMenu", "CanvasMenu", "InspectorDock", "Shortcuts", "UndoLabels"} <= contexts
    assert {"Legend", "PdfSummary", "PdfExport", "Templates", "Channels"} <= contexts
    assert len(extracted) > 400


def test_every_marked_string_has_a_finished_french_translation(extracted):
    french = committed("fr")
    problems = []
    for context, source, comment, _numerus in extracted:
        node = french.get((context, source, comment))
        if node is None:
            problems.append(f"{context}: {source!r} is not in the French catalogue")
        elif node.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms(node)):
            problems.append(f"{context}: {source!r} has no finished French translation")
    assert not problems, (
        "run `make translations`, then translate these in "
        "resources/translations/journey_editor_fr.ts:\n" + "\n".join(problems)
    )


def test_french_translations_keep_the_placeholders_of_their_source(extracted):
    french = committed("fr")
    problems = []
    for context, source, comment, _numerus in extracted:
        node = french.get((context, source, comment))
        if node is None:
            continue  # reported by the test above
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms(node):
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{context}: {source!r} → {form!r}")
    assert not problems, "placeholders differ:\n" + "\n".join(problems)


def test_french_translations_keep_one_accelerator_where_the_source_has_one(extracted):
    french = committed("fr")
    problems = []
    for context, source, comment, _numerus in extracted:
        node = french.get((context, source, comment))
        if node is None or "<" in source:  # rich text: & starts an entity, not a mnemonic
            continue
        wanted = len(ACCELERATOR.findall(source))
        for form in filter(None, forms(node)):  # untranslated: reported above
            if len(ACCELERATOR.findall(form)) != wanted:
                problems.append(f"{context}: {source!r} → {form!r}")
    assert not problems, "accelerators (&) differ:\n" + "\n".join(problems)


def test_plural_messages_have_both_french_forms(extracted):
    french = committed("fr")
    for context, source, comment, numerus in extracted:
        node = french.get((context, source, comment))
        if numerus and node is not None:
            assert len(forms(node)) == 2 and all(forms(node)), (context, source)


def test_the_english_catalogue_holds_finished_plural_forms_only(extracted):
    english = committed("en")
    plural = {(c, s, d) for c, s, d, numerus in extracted if numerus}
    assert set(english) == plural
    for key, node in english.items():
        assert len(forms(node)) == 2 and all(forms(node)), key


def test_the_qt_free_catalogue_reads_the_committed_ts():
    assert i18n.translate("Legend", "Channels", "fr") == "Canaux"
    assert i18n.translate("Legend", "Channels", "fr-BE") == "Canaux"
    assert i18n.translate("Legend", "Channels", "en") == "Channels"
    assert i18n.translate("Legend", "Channels", "de") == "Channels"  # no catalogue: English
    assert i18n.translate("Legend", "not a marked string", "fr") == "not a marked string"


def test_counted_words_follow_each_languages_plural_rule():
    def cards(n: int, language: str) -> str:
        source = i18n.plural_form("%n card", "%n cards", n, language)
        return i18n.translate("PdfSummary", source, language, None, n)

    assert [cards(n, "en") for n in (0, 1, 2)] == ["0 cards", "1 card", "2 cards"]
    # French: 0 and 1 take the singular (with a no-break space before the noun).
    assert [cards(n, "fr") for n in (0, 1, 2)] == ["0\u00a0fiche", "1\u00a0fiche", "2\u00a0fiches"]


def test_language_of_a_locale():
    assert i18n.language_of("fr_BE.UTF-8") == "fr"
    assert i18n.language_of("fr-CA") == "fr"
    assert i18n.language_of("en-GB") == "en"
    assert i18n.language_of("nl-BE") == "en"
    assert i18n.language_of("") == "en"
    assert i18n.language_of("C") == "en"
