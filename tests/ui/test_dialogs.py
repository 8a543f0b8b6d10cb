"""The real question boxes (other tests replace them): each button gives its answer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from journey_editor.persistence.process_owner import current_owner
from journey_editor.ui import dialogs


def answer_with(button_text: str | None, seen: list[tuple[str, str]] | None = None) -> None:
    """Once the box is up, click the button whose text (without &) is `button_text`;
    None presses Esc. `seen` collects the box's text and informative text."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        if seen is not None:
            seen.append((box.text(), box.informativeText()))
        if button_text is None:
            box.reject()
            return
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(10, click)


@pytest.mark.parametrize(
    ("button", "expected"),
    [
        ("Open read-only", "read_only"),
        ("Open a copy", "copy"),
        ("Cancel", "cancel"),
        (None, "cancel"),
    ],
)
def test_a_map_open_elsewhere_offers_read_only_or_a_copy(qapp, button, expected):
    answer_with(button)
    assert dialogs.ask_locked(None, "atelier.journey.json", current_owner(), True) == expected


@pytest.mark.parametrize(
    ("button", "expected"),
    [("Overwrite", "overwrite"), ("Save As…", "save_as"), ("Cancel", "cancel")],
)
def test_saving_over_a_newer_file_asks_first(qapp, button, expected):
    answer_with(button)
    assert dialogs.ask_overwrite_newer(None, "atelier.journey.json") == expected


@pytest.mark.parametrize(("button", "expected"), [("Save As…", "save_as"), ("Close", "close")])
def test_a_failed_save_offers_save_as(qapp, button, expected):
    answer_with(button)
    assert dialogs.ask_after_save_failure(None, "Cannot save", "Disk full") == expected


@pytest.mark.parametrize(("button", "expected"), [("Revert", True), ("Cancel", False)])
def test_revert_to_backup_is_confirmed(qapp, button, expected):
    answer_with(button)
    assert dialogs.confirm_revert(None, "atelier", "3 personas", "2 personas") is expected


@pytest.mark.parametrize(("button", "expected"), [("Save", "save"), ("Discard", "discard")])
def test_unsaved_changes_ask_save_or_discard(qapp, button, expected):
    answer_with(button)
    assert dialogs.ask_save_changes(None, "atelier") == expected


def test_an_error_names_what_happened_and_what_to_do(qapp):
    seen: list[tuple[str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, read_and_close)
            return
        seen.append((box.text(), box.informativeText()))
        box.accept()

    QTimer.singleShot(10, read_and_close)
    dialogs.show_error(None, "Cannot open map", "«x» could not be opened.", "Fix the file.")
    assert seen == [("«x» could not be opened.", "Fix the file.")]


@pytest.mark.parametrize(
    ("button", "expected"), [("Rename", True), ("Keep the names", False), (None, False)]
)
def test_a_new_language_offers_to_rename_the_default_names(qapp, button, expected):
    seen: list[tuple[str, str]] = []
    answer_with(button, seen)
    assert dialogs.ask_rename_default_names(None, 9, 14, "en", "fr") is expected
    assert seen == [
        (
            "Rename 9 lanes and 14 channels to their French names?",
            "Only the names a new English map starts with change; names someone typed stay "
            "as they are. Either way, the map's language changes.",
        )
    ]
