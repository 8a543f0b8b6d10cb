"""Small modal questions and messages; tests replace these functions instead of clicking."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.persistence.process_owner import Owner
from journey_editor.ui.plurals import translate_count

SaveAnswer = Literal["save", "discard", "cancel"]
LockedAnswer = Literal["read_only", "copy", "cancel"]
SaveFailedAnswer = Literal["save_as", "close"]
NewerAnswer = Literal["overwrite", "save_as", "cancel"]
ReadOnlyAnswer = Literal["overwrite", "save_as", "cancel"]
SaveFirstAnswer = Literal["save", "cancel"]
ConflictsAnswer = Literal["keep", "resolve"]

_ACCEPT = QMessageBox.ButtonRole.AcceptRole
_ACTION = QMessageBox.ButtonRole.ActionRole
_DESTRUCTIVE = QMessageBox.ButtonRole.DestructiveRole
_REJECT = QMessageBox.ButtonRole.RejectRole

# A map's language named in a sentence of the interface ("to their French names").
_LANGUAGE_WORDS = {
    "en": QT_TRANSLATE_NOOP("dialogs", "English"),
    "fr": QT_TRANSLATE_NOOP("dialogs", "French"),
}


def _box(
    parent: QWidget | None,
    title: str,
    text: str,
    advice: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if advice:
        box.setInformativeText(advice)
    return box


def _ask(
    box: QMessageBox,
    choices: list[tuple[str, str, QMessageBox.ButtonRole]],
    default: str,
    otherwise: str,
    standard: QMessageBox.StandardButton = QMessageBox.StandardButton.Cancel,
) -> str:
    """One button per (answer, text, role) plus a standard one, run the box; the answer of the
    button clicked, or `otherwise` for the standard button and Esc."""
    buttons = {answer: box.addButton(text, role) for answer, text, role in choices}
    box.addButton(standard)
    box.setDefaultButton(buttons[default])
    box.exec()
    clicked = box.clickedButton()
    return next((answer for answer, button in buttons.items() if button is clicked), otherwise)


def ask_save_changes(parent: QWidget, name: str) -> SaveAnswer:
    box = _box(
        parent,
        QCoreApplication.translate("dialogs", "Unsaved changes"),
        QCoreApplication.translate(
            "dialogs", "Save the changes to «{name}» before closing it?"
        ).format(name=name),
        QCoreApplication.translate("dialogs", "Your changes are lost if you don't save them."),
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def show_error(parent: QWidget, title: str, message: str, advice: str = "") -> None:
    _box(parent, title, message, advice).exec()


def ask_locked(parent: QWidget, name: str, owner: Owner, alive: bool | None) -> LockedAnswer:
    """The map is open elsewhere: read it without saving over it, take a copy, or leave it."""
    box = _box(
        parent,
        QCoreApplication.translate("dialogs", "Map already open"),
        locked_message(name, owner, alive),
        locked_advice(name, alive),
    )
    choices = [
        ("read_only", QCoreApplication.translate("dialogs", "Open &read-only"), _ACCEPT),
        ("copy", QCoreApplication.translate("dialogs", "Open a &copy"), _ACTION),
    ]
    return _ask(box, choices, default="read_only", otherwise="cancel")


def locked_message(name: str, owner: Owner, alive: bool | None) -> str:
    since = when(owner.since_datetime())
    if alive is None:
        return QCoreApplication.translate(
            "dialogs",
            "«{name}» is open in journey-editor on another computer, {host}, "
            "by {user} since {since}.",
        ).format(name=name, host=owner.host, user=owner.user, since=since)
    return QCoreApplication.translate(
        "dialogs", "«{name}» is already open in journey-editor by {user} on {host} since {since}."
    ).format(name=name, host=owner.host, user=owner.user, since=since)


def locked_advice(name: str, alive: bool | None) -> str:
    advice = QCoreApplication.translate(
        "dialogs",
        "Saving here too would overwrite one of the two versions. Open it read-only to look "
        "(Save then asks for a new name), or open a copy as a new untitled map.",
    )
    if alive is None:
        advice += "\n\n" + QCoreApplication.translate(
            "dialogs",
            "journey-editor cannot tell from here whether that computer still has it open. "
            "If you are sure it does not, delete «{name}.lock» beside the map and open it again.",
        ).format(name=name)
    return advice


def ask_after_save_failure(parent: QWidget, message: str, advice: str) -> SaveFailedAnswer:
    """A save failed: the changes are still here; offer to save them somewhere else at once."""
    box = _box(parent, QCoreApplication.translate("dialogs", "Cannot save map"), message, advice)
    choices = [("save_as", QCoreApplication.translate("dialogs", "Save &As…"), _ACCEPT)]
    return _ask(box, choices, "save_as", "close", QMessageBox.StandardButton.Close)


def ask_overwrite_newer(parent: QWidget, name: str) -> NewerAnswer:
    """The file changed on disk since we read or wrote it: saving now would lose that version."""
    box = _box(
        parent,
        QCoreApplication.translate("dialogs", "File changed on disk"),
        QCoreApplication.translate(
            "dialogs", "«{name}» was changed on disk since you opened or last saved it."
        ).format(name=name),
        QCoreApplication.translate(
            "dialogs",
            "Overwriting replaces that newer version with yours (it stays in the .bak copy "
            "until the next save). Save As keeps both.",
        ),
    )
    return _overwrite_or_save_as(box)


def ask_save_with_conflicts(parent: QWidget, count: int) -> ConflictsAnswer:
    """Save while merge conflicts are left: keep them listed in the file, or resolve first."""
    box = _box(
        parent,
        QCoreApplication.translate("dialogs", "Conflicts not resolved"),
        translate_count(
            "dialogs",
            QT_TRANSLATE_NOOP("dialogs", "%n conflict is not resolved."),
            QT_TRANSLATE_NOOP("dialogs", "%n conflicts are not resolved."),
            count,
        ),
        QCoreApplication.translate(
            "dialogs",
            "Saved now, the map keeps them listed and opens with the conflicts panel; a "
            "journey-editor without merges asks to be updated to open it.",
        ),
    )
    choices = [
        ("keep", QCoreApplication.translate("dialogs", "&Keep them listed and save"), _ACCEPT),
        ("resolve", QCoreApplication.translate("dialogs", "&Resolve first"), _REJECT),
    ]
    buttons = {answer: box.addButton(text, role) for answer, text, role in choices}
    box.setDefaultButton(buttons["resolve"])
    box.setEscapeButton(buttons["resolve"])
    box.exec()
    return "keep" if box.clickedButton() is buttons["keep"] else "resolve"


def ask_overwrite_read_only(parent: QWidget, name: str) -> ReadOnlyAnswer:
    """The map's file is read-only: someone meant it not to change; saving replaces it."""
    box = _box(
        parent,
        QCoreApplication.translate("dialogs", "Read-only map"),
        QCoreApplication.translate(
            "dialogs", "«{name}» is read-only: its file is protected against changes."
        ).format(name=name),
        QCoreApplication.translate(
            "dialogs",
            "Overwriting replaces it with your version anyway (it stays read-only). "
            "Save As keeps it as it is.",
        ),
    )
    return _overwrite_or_save_as(box)


def _overwrite_or_save_as(box: QMessageBox) -> NewerAnswer:
    """Overwrite (destructive), Save As (the default) or cancel: saving over a file someone
    else changed or protected."""
    choices = [
        ("overwrite", QCoreApplication.translate("dialogs", "&Overwrite"), _DESTRUCTIVE),
        ("save_as", QCoreApplication.translate("dialogs", "Save &As…"), _ACCEPT),
    ]
    return _ask(box, choices, default="save_as", otherwise="cancel")


def ask_save_before_to_be(parent: QWidget, name: str, untitled: bool) -> SaveFirstAnswer:
    """Save as to-be records the as-is as saved on disk: save its changes (or, untitled, the
    map itself) first, or leave it."""
    if untitled:
        text = QCoreApplication.translate(
            "dialogs", "Save «{name}» before making its to-be?"
        ).format(name=name)
        advice = QCoreApplication.translate(
            "dialogs",
            "A to-be records the file of the map it is based on (its as-is): this map has no "
            "file yet.",
        )
    else:
        text = QCoreApplication.translate(
            "dialogs", "Save the changes to «{name}» before making its to-be?"
        ).format(name=name)
        advice = QCoreApplication.translate(
            "dialogs",
            "A to-be records its as-is as saved on disk: the changes made since the last save "
            "would be in the to-be but not in the as-is it names.",
        )
    box = _box(
        parent,
        QCoreApplication.translate("dialogs", "Save as to-be"),
        text,
        advice,
        icon=QMessageBox.Icon.Question,
    )
    choices = [("save", QCoreApplication.translate("dialogs", "&Save"), _ACCEPT)]
    return _ask(box, choices, default="save", otherwise="cancel")


def confirm_revert(parent: QWidget, name: str, backup: str, current: str) -> bool:
    box = _box(
        parent,
        QCoreApplication.translate("dialogs", "Revert to backup"),
        QCoreApplication.translate(
            "dialogs", "Replace the map with the backup of «{name}»?"
        ).format(name=name),
        QCoreApplication.translate(
            "dialogs",
            "Backup: {backup}\nNow: {current}\n\nEdit → Undo brings the current map back.",
        ).format(backup=backup, current=current),
        icon=QMessageBox.Icon.Question,
    )
    choices = [("revert", QCoreApplication.translate("dialogs", "&Revert"), _ACCEPT)]
    return _ask(box, choices, default="revert", otherwise="cancel") == "revert"


def ask_rename_default_names(
    parent: QWidget, lanes: int, channels: int, old_language: str, new_language: str
) -> bool:
    """The map's language changes: rename the `lanes` and `channels` that still carry their
    default names in `old_language` to those of `new_language` ("en", "fr")? Esc keeps them."""
    box = _box(
        parent,
        QCoreApplication.translate("dialogs", "Language of the map"),
        rename_default_names_question(lanes, channels, new_language),
        QCoreApplication.translate(
            "dialogs",
            "Only the names a new {old} map starts with change; names someone typed stay as "
            "they are. Either way, the map's language changes.",
        ).format(old=_language_word(old_language)),
        icon=QMessageBox.Icon.Question,
    )
    rename = box.addButton(QCoreApplication.translate("dialogs", "&Rename"), _ACCEPT)
    keep = box.addButton(QCoreApplication.translate("dialogs", "&Keep the names"), _REJECT)
    box.setDefaultButton(rename)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is rename


def rename_default_names_question(lanes: int, channels: int, language: str) -> str:
    """The question's sentence, e.g. «Rename 9 lanes and 14 channels to their French names?»;
    a count of 0 is left out."""
    counted = []
    if lanes:
        counted.append(
            translate_count(
                "dialogs",
                QT_TRANSLATE_NOOP("dialogs", "%n lane"),
                QT_TRANSLATE_NOOP("dialogs", "%n lanes"),
                lanes,
            )
        )
    if channels:
        counted.append(
            translate_count(
                "dialogs",
                QT_TRANSLATE_NOOP("dialogs", "%n channel"),
                QT_TRANSLATE_NOOP("dialogs", "%n channels"),
                channels,
            )
        )
    language_word = _language_word(language)
    if len(counted) == 2:
        return QCoreApplication.translate(
            "dialogs", "Rename {lanes} and {channels} to their {language} names?"
        ).format(lanes=counted[0], channels=counted[1], language=language_word)
    if lanes + channels == 1:
        text = QCoreApplication.translate("dialogs", "Rename {names} to its {language} name?")
    else:
        text = QCoreApplication.translate("dialogs", "Rename {names} to their {language} names?")
    return text.format(names=counted[0] if counted else "0", language=language_word)


def _language_word(language: str) -> str:
    word = _LANGUAGE_WORDS.get(language)
    return QCoreApplication.translate("dialogs", word) if word else language


def when(moment: datetime | None) -> str:
    """A moment in the user's local time and locale format ("?" when unknown)."""
    if moment is None:
        return "?"
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
