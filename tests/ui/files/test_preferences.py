"""File → Preferences…, driven with the keyboard and mouse like a user; choices persist."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from journey_editor.settings import Settings, config_folder, recovery_folder
from journey_editor.ui.handout.pdf_dialog import remembered_options
from journey_editor.ui.shell import preferences_dialog
from journey_editor.ui.shell.preferences_dialog import PreferencesDialog


def open_preferences(qtbot, window) -> PreferencesDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def retype(qtbot, field, text):
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def click_button(qtbot, dialog, which):
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def test_choices_are_saved_and_take_effect(qtbot, window):
    dialog = open_preferences(qtbot, window)
    assert dialog.recovery_path.text() == str(recovery_folder())

    retype(qtbot, dialog.author, "Camille Dupont")
    dialog.paper.setFocus()
    qtbot.keyClick(dialog.paper, Qt.Key.Key_L)  # type-ahead: Letter
    dialog.minutes.setFocus()
    retype(qtbot, dialog.minutes, "2")
    retype(qtbot, dialog.seconds, "30")
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_F)  # Français
    click_button(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    stored = json.loads((config_folder() / "settings.json").read_text(encoding="utf-8"))
    assert stored["author"] == "Camille Dupont"
    assert stored["default_paper"] == "Letter"
    assert stored["autosave_seconds"] == 150
    assert stored["language"] == "fr"
    assert Settings.load().autosave_seconds == 150
    assert window.autosave.interval_seconds() == 150  # applied at once, not at next start
    assert remembered_options(window.settings).paper == "Letter"  # the PDF dialog starts there
    window.menus.actions["new"].trigger()
    assert window.document.project.author == "Camille Dupont"


def test_autosave_can_be_turned_off(qtbot, window):
    dialog = open_preferences(qtbot, window)
    assert dialog.autosave_on.isChecked() and dialog.minutes.isEnabled()
    qtbot.mouseClick(dialog.autosave_on, Qt.MouseButton.LeftButton)
    assert not dialog.minutes.isEnabled()
    click_button(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert Settings.load().autosave_seconds == 0
    assert window.autosave.interval_seconds() == 0


def test_cancel_changes_nothing(qtbot, window):
    window.settings.author = "Avant"
    dialog = open_preferences(qtbot, window)
    retype(qtbot, dialog.author, "Apres")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.settings.author == "Avant"
    assert Settings.load().author != "Apres"


def test_a_remembered_paper_wins_over_the_default(window):
    window.settings.default_paper = "A2"
    window.settings.pdf_options = {"paper": "A0"}
    assert remembered_options(window.settings).paper == "A0"
    window.settings.pdf_options = {}
    assert remembered_options(window.settings).paper == "A2"


def test_open_folder_shows_the_recovery_folder(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(
        preferences_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    dialog = open_preferences(qtbot, window)
    qtbot.mouseClick(dialog.open_recovery, Qt.MouseButton.LeftButton)
    assert opened[0].toLocalFile() == str(recovery_folder())
    assert recovery_folder().is_dir()
    dialog.reject()


def test_the_dialog_reads_well(qtbot, window, tmp_path):
    dialog = open_preferences(qtbot, window)
    dialog.adjustSize()
    image = dialog.grab()
    image.save(str(tmp_path / "preferences.png"))
    # Every field fits: nothing is squeezed below its size hint.
    for widget in (dialog.author, dialog.paper, dialog.minutes, dialog.recovery_path):
        assert widget.width() >= widget.minimumSizeHint().width()
    dialog.reject()
