"""The French interface: menus, Qt's own buttons, help, undo history, a new map, the
fallback to the .ts catalogue when no .qm was built, and start-up honouring Preferences."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from journey_editor import i18n
from journey_editor.settings import Settings
from journey_editor.ui import translations
from journey_editor.ui.shell.actions import help_lines
from journey_editor.ui.shell.help_dialogs import ShortcutsDialog
from journey_editor.ui.shell.main_window import MainWindow
from journey_editor.ui.translations import TsTranslator, chosen_language, install_translators
from tests.ui.windows import shown_window


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch, private_window_state):
    monkeypatch.setenv("JOURNEY_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("JOURNEY_EDITOR_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def french(qapp):
    """The interface in French for one test, then back to the source English."""
    installed = install_translators(qapp, "fr")
    yield installed
    install_translators(qapp, "en")
    for translator in qapp._journey_translators:
        qapp.removeTranslator(translator)
    i18n.set_ui_language("en")


@pytest.fixture
def window(qtbot, small_project):
    yield from shown_window(qtbot, small_project, size=(1400, 860))


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_french_window_has_french_menus(french, window):
    assert menu_titles(window) == [
        "&Fichier",
        "É&dition",
        "F&iche",
        "&Carte",
        "&Affichage",
        "Aid&e",
    ]
    assert window.menus.actions["save_as"].text() == "Enregistrer &sous…"
    assert window.menus.actions["undo"].text() == "&Annuler"
    assert window.inspector.windowTitle() == "Inspecteur"
    assert window.inspector.heading.text() == "Carte — aucune sélection"


def test_without_a_translator_the_window_stays_english(qapp, window):
    assert menu_titles(window)[:3] == ["&File", "&Edit", "&Card"]


def walk(menu: QMenu):
    yield menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from walk(action.menu())


def test_every_french_menu_has_unique_accelerators(french, window):
    bar = [a.text() for a in window.menuBar().actions()]
    menus = [a.menu() for a in window.menuBar().actions()]
    groups = [("menu bar", bar)]
    for top in menus:
        for menu in walk(top):
            menu.aboutToShow.emit()  # menus filled on demand (Card ▸ Channel) fill now
            groups.append((menu.title(), [a.text() for a in menu.actions() if a.text()]))
    for title, texts in groups:
        keys = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t))]
        duplicates = {key for key in keys if keys.count(key) > 1}
        assert not duplicates, f"{title}: accelerator(s) {duplicates} used twice in {texts}"


def test_qts_own_buttons_are_french_too(french, qapp):
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Discard
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Ok
    )
    texts = {b.text().replace("&", "") for b in buttons.buttons()}
    assert {"Enregistrer", "Annuler", "OK"} <= texts
    assert "Discard" not in texts and "Cancel" not in texts


def test_the_shortcuts_help_is_french(french, qapp):
    dialog = ShortcutsDialog(help_lines())
    table = dialog.table
    assert dialog.windowTitle() == "Raccourcis clavier"
    header = [table.horizontalHeaderItem(c).text() for c in range(2)]
    assert header == ["Touches", "Effet"]
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Ctrl+Maj+S"] == "Enregistrer sous"
    assert rows["Suppr / Effacement"].startswith("Supprimer la sélection")
    assert rows["F2 / double-clic"].startswith("Renommer sur place")
    assert "Fichier" in rows  # a group heading
    dialog.deleteLater()


def test_undo_history_is_french_and_keeps_the_names_typed(french, window, qtbot):
    view = window.view
    view.selecting.select_cards(("c-blog",))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert window.document.project.card("c-blog").effort == 3
    assert window.document.undo_stack.undoText() == "Effort à 3"
    from journey_editor.ui.editing import verbs

    verbs.rename(window.document, "card", "c-blog", "Billet du blog")
    assert (
        window.document.undo_stack.undoText()
        == "Renommer la fiche «Article de blog» en «Billet du blog»"
    )
    verbs.delete_selection(window.document, window.selection)
    assert window.document.undo_stack.undoText() == "Supprimer la fiche «Billet du blog»"


def test_undo_labels_without_a_translator_are_the_edits_own(qapp):
    from journey_editor.ui.editing.undo_labels import translate_label

    for label in (
        "Rename card «Blog» to «Site»",
        "Delete 3 cards",
        'Change effort of card "c-1" (and 2 more)',
        "Add lane «Notes» to persona «Léa»",
        "Change title of the map",
        "Something edits/ does not say yet",
    ):
        assert translate_label(label) == label


def test_undo_labels_in_french(french):
    from journey_editor.ui.editing.undo_labels import translate_label

    assert translate_label("Delete 3 cards") == "Supprimer 3\u00a0fiches"
    assert translate_label("Move card «Blog»") == "Déplacer la fiche «Blog»"
    assert (
        translate_label("Change moment of truth of card «Blog» (and 2 more)")
        == "Modifier le moment de vérité de la fiche «Blog» (et 2\u00a0de plus)"
    )
    assert translate_label("Add lane «Notes» to persona «Léa»") == (
        "Ajouter la ligne «Notes» au persona «Léa»"
    )
    assert translate_label("Change title of the map") == "Modifier le titre de la carte"
    assert translate_label("Edit persona «Léa»") == "Modifier le persona «Léa»"


def test_a_new_map_speaks_the_interface_language(french, window):
    window.files.new_blank()
    project = window.document.project
    assert project.title == "Parcours sans titre"
    assert project.locale == "fr"
    assert [s.name for s in project.stages][:2] == ["Découverte", "Considération"]
    assert project.personas[0].name == "Client"
    assert project.personas[0].lanes[0].name == "Actions"
    assert "Points de contact" in [lane.name for lane in project.personas[0].lanes]
    labels = {channel.id: channel.label for channel in project.channels}
    assert labels["website"] == "Site web" and labels["word_of_mouth"] == "Bouche-à-oreille"


def test_every_default_channel_label_is_marked_for_translation():
    from journey_editor.model import default_channels
    from journey_editor.templates import CHANNEL_LABELS

    assert {channel.label for channel in default_channels()} == set(CHANNEL_LABELS)


def test_template_names_are_translated_but_their_maps_are_not(french, window):
    templates = window.menus.menu("file/template")
    entries = {action.objectName(): action.text() for action in templates.actions()}
    assert entries["template:menswear-omnichannel.fr"] == (
        "Prêt-à-porter masculin omnicanal (exemple en français)"
    )
    assert entries["template:service-lifecycle"] == "Cycle de vie d'un service (exemple en anglais)"
    window.files.new_from_template("service-lifecycle")
    assert window.document.project.title.startswith("Service lifecycle")


def test_without_a_qm_the_ts_catalogue_translates_the_ui(qapp, monkeypatch):
    monkeypatch.setattr(translations, "QM_NAME", "missing_{language}.qm")
    translator = translations.app_translator("fr", qapp)
    assert isinstance(translator, TsTranslator)
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainMenu", "&File") == "&Fichier"
        assert QCoreApplication.translate("MainMenu", "not a known string") == "not a known string"
    finally:
        qapp.removeTranslator(translator)


def test_a_compiled_qm_is_preferred(qapp, tmp_path, monkeypatch):
    ts = tmp_path / "journey_editor_fr.ts"
    ts.write_bytes(i18n.catalogue_path("fr").read_bytes())
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts)], check=True)
    monkeypatch.setattr(translations.i18n, "catalogue_path", lambda language: ts)
    translator = translations.app_translator("fr", qapp)
    assert not isinstance(translator, TsTranslator)
    assert translator.translate("MainMenu", "&File") == "&Fichier"


def test_numbers_follow_the_french_interface_then_the_system_again(qapp):
    install_translators(qapp, "fr")
    try:
        assert QLocale().toString(5.5, "f", 1) == "5,5"
    finally:
        install_translators(qapp, "en")
        i18n.set_ui_language("en")
    assert QLocale() == QLocale.system()


def test_the_language_follows_preferences_then_the_system_locale():
    assert chosen_language("fr", QLocale("en_GB")) == "fr"
    assert chosen_language("en", QLocale("fr_BE")) == "en"
    assert chosen_language("", QLocale("fr_BE")) == "fr"
    assert chosen_language("", QLocale("de_DE")) == "en"  # no German catalogue yet
    assert chosen_language("", QLocale.c()) == "en"


def test_start_up_installs_the_language_chosen_in_preferences(qapp, tmp_path):
    from journey_editor.ui.qt_app import application

    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(json.dumps({"language": "fr"}), encoding="utf-8")
    try:
        assert application() is qapp
        assert i18n.ui_language() == "fr"
        assert QCoreApplication.translate("MainMenu", "&Help") == "Aid&e"
    finally:
        install_translators(qapp, "en")
        i18n.set_ui_language("en")
    assert QCoreApplication.translate("MainMenu", "&Help") == "&Help"


def mnemonics(widget) -> dict[str, list[str]]:
    """The accelerator letters of a dialog's buttons and buddied labels: letter → texts."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found: dict[str, list[str]] = {}
    texts = [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(widget)]
    texts += [label.text() for label in widget.findChildren(QLabel) if label.buddy() is not None]
    for text in texts:
        if match := re.search(r"&([^&\s])", text):
            found.setdefault(match.group(1).lower(), []).append(text)
    return found


def test_the_french_pdf_dialog_has_unique_accelerators(french, window, tmp_path):
    from journey_editor.ui.handout.pdf_dialog import PdfExportDialog

    dialog = PdfExportDialog(window.document.project, Settings(), tmp_path / "x.pdf", window)
    clashes = {key: texts for key, texts in mnemonics(dialog).items() if len(texts) > 1}
    assert not clashes
    assert "&Langue du texte\u00a0:" in [
        label for texts in mnemonics(dialog).values() for label in texts
    ]
    dialog.deleteLater()


def test_the_french_undo_history_says_une_fiche_sans_titre(french):
    from journey_editor.ui.editing.undo_labels import translate_label

    assert translate_label('Add card ""') == "Ajouter une fiche sans titre"
    assert translate_label('Change effort of card ""') == "Modifier l'effort d'une fiche sans titre"
