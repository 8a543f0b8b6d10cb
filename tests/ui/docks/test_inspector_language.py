"""Changing the map's language in the inspector offers to rename what still carries a default
name, in the same undo step as the language (issue 17, item 3)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journey_editor import i18n
from journey_editor.edits import UpdateChannel, UpdateLane
from journey_editor.model import Project
from journey_editor.templates import starter_project
from journey_editor.ui import dialogs
from journey_editor.ui.translations import install_translators

FRENCH_LANES = ["Actions", "Points de contact", "Pensées", "Émotions", "Irritants", "Opportunités"]
ENGLISH_LANES = ["Actions", "Touchpoints", "Thoughts", "Emotions", "Pain points", "Opportunities"]


@pytest.fixture
def small_project() -> Project:
    """Overrides the docks' map: a new English map, as File → New makes it."""
    return starter_project(language="en")


@pytest.fixture
def questions(monkeypatch):
    """The rename question, replaced: answer it with `questions.answer`, read what it asked."""

    class Questions(list):
        answer = True

        def ask(self, parent, lanes, channels, old_language, new_language):
            self.append((lanes, channels, old_language, new_language))
            return self.answer

    asked = Questions()
    monkeypatch.setattr(dialogs, "ask_rename_default_names", asked.ask)
    return asked


def type_locale(inspector, qtbot, focus, text: str) -> None:
    editor = inspector.project_page.locale.editor
    focus(editor)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def lane_names(project: Project) -> list[str]:
    return [lane.name for persona in project.personas for lane in persona.lanes]


def labels(project: Project) -> dict[str, str]:
    return {channel.id: channel.label for channel in project.channels}


def test_accepting_renames_the_default_names_in_one_undo_step(
    inspector, document, qtbot, focus, questions
):
    # One name the user typed, on a lane and on a channel: the switch must leave them alone.
    document.apply(UpdateChannel("mobile_app", {"label": "Notre appli"}))
    pain = document.project.personas[0].lanes[4].id
    document.apply(UpdateLane(pain, {"name": "Frictions"}))
    before = document.project.model_dump()
    steps = document.undo_stack.count()

    type_locale(inspector, qtbot, focus, "fr")

    # 4 of the 6 lanes ("Actions" is the same word in French, one was renamed), 16 channels
    # less SMS and Blog (the same in French) and the renamed app.
    assert questions == [(4, 13, "en", "fr")]
    project = document.project
    assert project.locale == "fr"
    assert lane_names(project) == [*FRENCH_LANES[:4], "Frictions", FRENCH_LANES[5]]
    assert labels(project)["website"] == "Site web"
    assert labels(project)["store"] == "Magasin"
    assert labels(project)["mobile_app"] == "Notre appli"
    assert labels(project)["sms"] == "SMS"
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Change the map's language and its default names"

    document.undo_stack.undo()
    assert document.project.model_dump() == before
    assert inspector.project_page.locale.text() == "en"
    document.undo_stack.redo()
    assert document.project.locale == "fr"
    assert labels(document.project)["website"] == "Site web"


def test_there_and_back_gives_the_english_names_again(inspector, document, qtbot, focus, questions):
    before = document.project.model_dump()
    type_locale(inspector, qtbot, focus, "fr-BE")
    assert lane_names(document.project) == FRENCH_LANES
    type_locale(inspector, qtbot, focus, "en")
    assert questions == [(5, 14, "en", "fr"), (5, 14, "fr", "en")]
    assert document.project.model_dump() == before
    assert document.undo_stack.count() == 2


def test_declining_changes_only_the_language(inspector, document, qtbot, focus, questions):
    questions.answer = False
    before = document.project.model_dump()

    type_locale(inspector, qtbot, focus, "fr")

    assert questions == [(5, 14, "en", "fr")]
    assert document.project.locale == "fr"
    assert lane_names(document.project) == ENGLISH_LANES
    assert labels(document.project)["website"] == "Website"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.project.model_dump() == before


def test_a_map_with_only_custom_names_gets_no_question(
    inspector, document, qtbot, focus, questions
):
    for persona in document.project.personas:
        for lane in persona.lanes:
            document.apply(UpdateLane(lane.id, {"name": f"{lane.name} (atelier)"}))
    for channel in document.project.channels:
        document.apply(UpdateChannel(channel.id, {"label": f"{channel.label} !"}))
    document.undo_stack.clear()
    custom = (lane_names(document.project), labels(document.project))

    type_locale(inspector, qtbot, focus, "fr")

    assert questions == []
    assert document.project.locale == "fr"
    assert (lane_names(document.project), labels(document.project)) == custom
    assert document.undo_stack.count() == 1


def test_another_locale_of_the_same_language_asks_nothing(
    inspector, document, qtbot, focus, questions
):
    type_locale(inspector, qtbot, focus, "en-GB")
    assert questions == []
    assert document.project.locale == "en-GB"
    assert document.undo_stack.count() == 1


def test_a_malformed_locale_is_refused_before_any_question(
    inspector, document, qtbot, focus, questions
):
    type_locale(inspector, qtbot, focus, "fr BE")
    assert questions == []
    assert document.project.locale == "en"
    assert inspector.project_page.locale.error.has_error()
    assert document.undo_stack.count() == 0


# --- the question's words ---------------------------------------------------------------------


@pytest.fixture
def french(qapp):
    install_translators(qapp, "fr")
    yield
    install_translators(qapp, "en")
    for translator in qapp._journey_translators:
        qapp.removeTranslator(translator)
    i18n.set_ui_language("en")


def test_the_question_counts_what_changes(qapp):
    ask = dialogs.rename_default_names_question
    assert ask(9, 14, "fr") == "Rename 9 lanes and 14 channels to their French names?"
    assert ask(0, 3, "en") == "Rename 3 channels to their English names?"
    assert ask(2, 0, "fr") == "Rename 2 lanes to their French names?"
    assert ask(1, 0, "fr") == "Rename 1 lane to its French name?"
    assert ask(0, 1, "en") == "Rename 1 channel to its English name?"


def test_the_question_in_the_french_interface(french):
    ask = dialogs.rename_default_names_question
    assert ask(9, 14, "fr") == "Traduire en français le nom de 9\xa0lignes et de 14\xa0canaux\xa0?"
    assert ask(0, 1, "en") == "Traduire en anglais le nom de 1\xa0canal\xa0?"
    assert ask(1, 1, "en") == "Traduire en anglais le nom de 1\xa0ligne et de 1\xa0canal\xa0?"
