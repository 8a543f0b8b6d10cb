"""The inspector on stages, personas, lanes, links and the map itself (nothing selected)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from journey_editor.edits import RemoveStage, UpdateCard, UpdatePersona
from journey_editor.ui.inspector.choices import ColourField
from journey_editor.ui.inspector.structure_pages import parse_lines


def _steps(document) -> int:
    return document.undo_stack.count()


def _retype(qtbot, editor, text: str) -> None:
    editor.selectAll()
    qtbot.keyClicks(editor, text)


# --- stage ----------------------------------------------------------------------------------------


def test_stage_fields(inspector, selection, document, qtbot, focus):
    selection.set("stage", ("s-buy",))
    page = inspector.stage_page
    assert inspector.current_page() is page
    assert inspector.heading.text() == "Stage — «Achat»"
    assert page.phase.text() == "Pendant"

    focus(page.name.editor)
    _retype(qtbot, page.name.editor, "Commande")
    focus(page.description.editor)
    qtbot.keyClicks(page.description.editor, "En ligne ou en boutique")
    focus(page.phase.editor)
    _retype(qtbot, page.phase.editor, "Pendant l'achat")
    stage = document.project.stage("s-buy")
    assert (stage.name, stage.description, stage.phase) == (
        "Commande",
        "En ligne ou en boutique",
        "Pendant l'achat",
    )
    assert _steps(document) == 3  # one per field, however many keys
    assert inspector.heading.text() == "Stage — «Commande»"


def test_phase_completer_offers_existing_phases(inspector, selection):
    selection.set("stage", ("s-buy",))
    completer = inspector.stage_page.phase.editor.completer()
    assert completer.model().stringList() == ["Avant", "Pendant", "Après"]


def test_empty_stage_name_is_refused_inline(inspector, selection, document, qtbot, focus):
    selection.set("stage", ("s-buy",))
    field = inspector.stage_page.name
    focus(field.editor)
    field.editor.selectAll()
    qtbot.keyClick(field.editor, Qt.Key.Key_Backspace)
    assert document.project.stage("s-buy").name == "Achat"
    assert _steps(document) == 0
    assert field.error.has_error()
    assert "must not be empty" in field.error.text()
    assert field.error.isVisible()

    qtbot.keyClicks(field.editor, "Paiement")
    assert document.project.stage("s-buy").name == "Paiement"
    assert not field.error.has_error()
    assert _steps(document) == 1


def test_refused_name_is_restored_when_leaving(inspector, selection, document, qtbot, focus):
    selection.set("stage", ("s-buy",))
    field = inspector.stage_page.name
    focus(field.editor)
    _retype(qtbot, field.editor, " ")
    assert field.error.has_error()
    qtbot.keyClick(field.editor, Qt.Key.Key_Tab)
    assert field.text() == "Achat"
    assert not field.error.has_error()
    assert document.project.stage("s-buy").name == "Achat"


def test_stage_refreshes_after_undo(inspector, selection, document, qtbot, focus):
    selection.set("stage", ("s-buy",))
    field = inspector.stage_page.name
    focus(field.editor)
    _retype(qtbot, field.editor, "Commande")
    document.undo_stack.undo()
    assert field.text() == "Achat"
    assert inspector.heading.text() == "Stage — «Achat»"


def test_deleted_stage_shows_the_map(inspector, selection, document):
    selection.set("stage", ("s-use",))
    document.apply(RemoveStage("s-use"))
    assert inspector.current_page() is inspector.project_page


# --- persona --------------------------------------------------------------------------------------


def test_persona_text_fields(inspector, selection, document, qtbot, focus):
    selection.set("persona", ("p-lea",))
    page = inspector.persona_page
    assert inspector.heading.text() == "Persona — «Léa»"
    focus(page.name.editor)
    qtbot.keyClick(page.name.editor, Qt.Key.Key_End)
    qtbot.keyClicks(page.name.editor, ", 34")
    focus(page.role.editor)
    _retype(qtbot, page.role.editor, "Lectrice du blog")
    focus(page.quote.editor)
    qtbot.keyClicks(page.quote.editor, "Je veux du beau, vite.")
    focus(page.goals.editor)
    qtbot.keyClicks(page.goals.editor, "Trouver sa taille")
    qtbot.keyClick(page.goals.editor, Qt.Key.Key_Return)
    qtbot.keyClick(page.goals.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(page.goals.editor, "  Payer vite ")
    focus(page.frustrations.editor)
    qtbot.keyClicks(page.frustrations.editor, "Les files")
    persona = document.project.persona("p-lea")
    assert persona.name == "Léa, 34"
    assert persona.role == "Lectrice du blog"
    assert persona.quote == "Je veux du beau, vite."
    assert persona.goals == ["Trouver sa taille", "Payer vite"]
    assert persona.frustrations == ["Les files"]
    assert _steps(document) == 5
    # The blank line the user typed is still there: the text is not rewritten under them.
    assert page.goals.text() == "Trouver sa taille\n\n  Payer vite "


def test_parse_lines():
    assert parse_lines(" a \n\n b\n") == ["a", "b"]


def test_persona_colour_by_hex_and_by_dialog(
    inspector, selection, document, qtbot, focus, monkeypatch
):
    selection.set("persona", ("p-lea",))
    colour = inspector.persona_page.colour
    focus(colour.hex.editor)
    _retype(qtbot, colour.hex.editor, "009e73")
    assert _steps(document) == 0  # applies on Return, not on every key
    qtbot.keyClick(colour.hex.editor, Qt.Key.Key_Return)
    assert document.project.persona("p-lea").colour == "#009e73"
    assert _steps(document) == 1

    monkeypatch.setattr(ColourField, "pick", staticmethod(lambda *args: QColor("#CC79A7")))
    qtbot.mouseClick(colour.button, Qt.MouseButton.LeftButton)
    assert document.project.persona("p-lea").colour == "#CC79A7"
    assert colour.hex.text() == "#CC79A7"
    assert _steps(document) == 2

    monkeypatch.setattr(ColourField, "pick", staticmethod(lambda *args: QColor()))  # cancelled
    qtbot.mouseClick(colour.button, Qt.MouseButton.LeftButton)
    assert _steps(document) == 2


def test_bad_persona_colour_is_refused_inline(inspector, selection, document, qtbot, focus):
    selection.set("persona", ("p-lea",))
    colour = inspector.persona_page.colour
    focus(colour.hex.editor)
    _retype(qtbot, colour.hex.editor, "#12")
    qtbot.keyClick(colour.hex.editor, Qt.Key.Key_Return)
    assert document.project.persona("p-lea").colour == "#E69F00"
    assert colour.error.has_error()
    assert "#RRGGBB" in colour.error.text()
    assert _steps(document) == 0


def test_persona_refreshes_after_outside_edit(inspector, selection, document):
    selection.set("persona", ("p-lea",))
    document.apply(UpdatePersona("p-lea", {"goals": ["Un", "Deux"], "colour": "#0072B2"}))
    page = inspector.persona_page
    assert page.goals.text() == "Un\nDeux"
    assert page.colour.hex.text() == "#0072B2"


# --- lane -----------------------------------------------------------------------------------------


def test_lane_name_and_kind(inspector, selection, document, qtbot, focus):
    selection.set("lane", ("l-lea-pain",))
    page = inspector.lane_page
    assert inspector.heading.text() == "Lane — «Irritants»"
    assert "Léa" in page.owner.text()
    assert page.kind.currentText() == "Pain points"
    focus(page.name.editor)
    _retype(qtbot, page.name.editor, "Frictions")
    focus(page.kind)
    qtbot.keyClick(page.kind, Qt.Key.Key_Down)
    lane = document.project.lane("l-lea-pain")
    assert (lane.name, lane.kind) == ("Frictions", "opportunities")
    assert _steps(document) == 2


# --- link -----------------------------------------------------------------------------------------


def test_link_label(inspector, selection, document, qtbot, focus):
    selection.set("link", ("k-1",))
    page = inspector.link_page
    assert inspector.heading.text() == "Link — «clic»"
    assert "Article de blog" in page.ends.text()
    focus(page.label.editor)
    _retype(qtbot, page.label.editor, "clic sur le lien")
    qtbot.keyClick(page.label.editor, Qt.Key.Key_Return)
    assert document.project.link("k-1").label == "clic sur le lien"
    assert _steps(document) == 1


def test_link_page_derives_the_channel_switch_from_the_two_cards(inspector, selection, document):
    selection.set("link", ("k-1",))
    page = inspector.link_page
    assert page.switch.text().startswith("Channel switch: yes")
    document.apply(UpdateCard("c-shop", {"channel": "blog"}))
    assert page.switch.text().startswith("Channel switch: no")
    assert set(document.project.link("k-1").model_dump()) == {"id", "from_card", "to_card", "label"}
    document.undo_stack.undo()
    assert page.switch.text().startswith("Channel switch: yes")


# --- the map (nothing selected) -------------------------------------------------------------------


def test_project_fields_apply_on_return_one_step_each(inspector, document, qtbot, focus):
    page = inspector.project_page
    assert inspector.current_page() is page
    assert inspector.heading.text() == "Map — nothing selected"
    assert page.client.text() == "Maison Œillet"
    for field, text in (
        (page.title, "Parcours chemises"),
        (page.client, "Maison Carnet"),
        (page.author, "Atelier du 12"),
        (page.locale, "fr-FR"),
    ):
        focus(field.editor)
        _retype(qtbot, field.editor, text)
        qtbot.keyClick(field.editor, Qt.Key.Key_Return)
    project = document.project
    assert (project.title, project.client, project.author, project.locale) == (
        "Parcours chemises",
        "Maison Carnet",
        "Atelier du 12",
        "fr-FR",
    )
    assert _steps(document) == 4
    document.undo_stack.undo()
    assert page.locale.text() == "fr-BE"


def test_project_description_applies_when_leaving(inspector, document, qtbot, focus):
    page = inspector.project_page
    focus(page.description.editor)
    qtbot.keyClicks(page.description.editor, "Atelier du mardi")
    assert document.project.description == ""
    focus(page.title.editor)  # leaving the description commits it
    assert document.project.description == "Atelier du mardi"
    assert _steps(document) == 1


def test_pending_project_text_applies_before_showing_a_selection(
    inspector, selection, document, qtbot, focus
):
    page = inspector.project_page
    focus(page.author.editor)
    _retype(qtbot, page.author.editor, "Camille")
    selection.set("card", ("c-shop",))
    assert document.project.author == "Camille"
    assert inspector.current_page() is inspector.card_page


def test_bad_locale_is_refused_inline(inspector, document, qtbot, focus):
    field = inspector.project_page.locale
    focus(field.editor)
    _retype(qtbot, field.editor, "fr BE")
    qtbot.keyClick(field.editor, Qt.Key.Key_Return)
    assert document.project.locale == "fr-BE"
    assert field.error.has_error()
    assert "language tag" in field.error.text()
    assert _steps(document) == 0


def test_replacing_the_project_drops_pending_text(inspector, document, qtbot, focus):
    page = inspector.project_page
    focus(page.client.editor)
    _retype(qtbot, page.client.editor, "Pour l'ancienne carte")
    from journey_editor.templates import find_template

    document.replace_project(find_template("menswear-omnichannel.fr").load(), None)
    assert page.client.text() == "Maison Carnet"
    page.flush()
    assert document.project.client == "Maison Carnet"
    assert _steps(document) == 0
