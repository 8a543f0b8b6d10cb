"""The start-up offer: maps a killed session left unsaved, each with Restore / Open original /
Discard.

One row per recovery copy: the original's file name and folder (or "Unsaved map «title»"), when
the copy was written (local time and "12 minutes ago"), and how it differs from the file on disk
in counts of personas, stages, cards and links. The choices are exclusive toggles, so the user
can change their mind before Continue; a copy left undecided is offered again at the next start.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.persistence.errors import ProjectFileError
from journey_editor.persistence.recovery import Comparison, Counts, RecoveryEntry
from journey_editor.ui.plurals import translate_count

Decision = Literal["restore", "open", "discard"]
DECISIONS: tuple[Decision, ...] = ("restore", "open", "discard")


def ask_recovery(parent: QWidget | None, entries: list[RecoveryEntry]) -> dict[str, Decision]:
    """Show the offer modally; the decisions by entry key (undecided keys are absent).

    Tests replace this function rather than clicking a modal dialog.
    """
    dialog = RecoveryDialog(entries, parent)
    dialog.exec()
    return dialog.decisions()


# --- wording ---------------------------------------------------------------------------------


def entry_heading(entry: RecoveryEntry) -> str:
    if entry.original is None:
        title = entry.title or QCoreApplication.translate("RecoveryDialog", "untitled")
        return QCoreApplication.translate("RecoveryDialog", "Unsaved map «{title}»").format(
            title=title
        )
    return entry.original.name


def entry_folder(entry: RecoveryEntry) -> str:
    if entry.original is None:
        return QCoreApplication.translate("RecoveryDialog", "Never saved to a file")
    return str(entry.original.parent)


def relative_age(written: datetime, now: datetime | None = None) -> str:
    seconds = max(0, int(((now or datetime.now(UTC)) - written).total_seconds()))
    if seconds < 60:
        return QCoreApplication.translate("RecoveryDialog", "just now")
    if seconds < 3600:
        return translate_count(
            "RecoveryDialog",
            QT_TRANSLATE_NOOP("RecoveryDialog", "%n minute ago"),
            QT_TRANSLATE_NOOP("RecoveryDialog", "%n minutes ago"),
            seconds // 60,
        )
    if seconds < 48 * 3600:
        return translate_count(
            "RecoveryDialog",
            QT_TRANSLATE_NOOP("RecoveryDialog", "%n hour ago"),
            QT_TRANSLATE_NOOP("RecoveryDialog", "%n hours ago"),
            seconds // 3600,
        )
    return translate_count(
        "RecoveryDialog",
        QT_TRANSLATE_NOOP("RecoveryDialog", "%n day ago"),
        QT_TRANSLATE_NOOP("RecoveryDialog", "%n days ago"),
        seconds // 86400,
    )


def written_text(entry: RecoveryEntry, now: datetime | None = None) -> str:
    if entry.written_at is None:
        return QCoreApplication.translate("RecoveryDialog", "Written at an unknown time")
    local = QDateTime.fromSecsSinceEpoch(int(entry.written_at.timestamp()))
    when = QLocale().toString(local, QLocale.FormatType.ShortFormat)
    reasons = {
        "autosave": QCoreApplication.translate("RecoveryDialog", "autosave"),
        "emergency": QCoreApplication.translate("RecoveryDialog", "copy made after an error"),
        "session-end": QCoreApplication.translate(
            "RecoveryDialog", "copy made when the session ended"
        ),
    }
    return QCoreApplication.translate("RecoveryDialog", "Written {when} ({age}), {reason}").format(
        when=when, age=relative_age(entry.written_at, now), reason=reasons.get(entry.reason, "")
    )


def counts_text(counts: Counts) -> str:
    return ", ".join(
        (
            translate_count(
                "RecoveryDialog",
                QT_TRANSLATE_NOOP("RecoveryDialog", "%n persona"),
                QT_TRANSLATE_NOOP("RecoveryDialog", "%n personas"),
                counts.personas,
            ),
            translate_count(
                "RecoveryDialog",
                QT_TRANSLATE_NOOP("RecoveryDialog", "%n stage"),
                QT_TRANSLATE_NOOP("RecoveryDialog", "%n stages"),
                counts.stages,
            ),
            translate_count(
                "RecoveryDialog",
                QT_TRANSLATE_NOOP("RecoveryDialog", "%n card"),
                QT_TRANSLATE_NOOP("RecoveryDialog", "%n cards"),
                counts.cards,
            ),
            translate_count(
                "RecoveryDialog",
                QT_TRANSLATE_NOOP("RecoveryDialog", "%n link"),
                QT_TRANSLATE_NOOP("RecoveryDialog", "%n links"),
                counts.links,
            ),
        )
    )


def difference_text(comparison: Comparison) -> str:
    """How the copy differs from its original, in words a workshop facilitator reads at once."""
    copy = QCoreApplication.translate("RecoveryDialog", "Recovered copy: {counts}.").format(
        counts=counts_text(comparison.copy)
    )
    state = comparison.original_state
    if state == "unsaved":
        return copy
    if state == "missing":
        return (
            copy
            + " "
            + QCoreApplication.translate("RecoveryDialog", "The original file is no longer there.")
        )
    if state == "unreadable":
        return (
            copy
            + " "
            + QCoreApplication.translate("RecoveryDialog", "The original file cannot be read.")
        )
    difference = comparison.difference
    assert difference is not None
    parts = [
        _signed(
            difference.personas,
            translate_count(
                "RecoveryDialog",
                QT_TRANSLATE_NOOP("RecoveryDialog", "%n persona"),
                QT_TRANSLATE_NOOP("RecoveryDialog", "%n personas"),
                abs(difference.personas),
            ),
        ),
        _signed(
            difference.stages,
            translate_count(
                "RecoveryDialog",
                QT_TRANSLATE_NOOP("RecoveryDialog", "%n stage"),
                QT_TRANSLATE_NOOP("RecoveryDialog", "%n stages"),
                abs(difference.stages),
            ),
        ),
        _signed(
            difference.cards,
            translate_count(
                "RecoveryDialog",
                QT_TRANSLATE_NOOP("RecoveryDialog", "%n card"),
                QT_TRANSLATE_NOOP("RecoveryDialog", "%n cards"),
                abs(difference.cards),
            ),
        ),
        _signed(
            difference.links,
            translate_count(
                "RecoveryDialog",
                QT_TRANSLATE_NOOP("RecoveryDialog", "%n link"),
                QT_TRANSLATE_NOOP("RecoveryDialog", "%n links"),
                abs(difference.links),
            ),
        ),
    ]
    changes = [part for part in parts if part]
    if changes:
        against = QCoreApplication.translate(
            "RecoveryDialog", "Against the file: {changes}."
        ).format(changes=", ".join(changes))
    else:
        against = QCoreApplication.translate(
            "RecoveryDialog", "Same counts as the file (edits inside cards or names)."
        )
    text = copy + " " + against
    if state == "changed":
        text += " " + QCoreApplication.translate(
            "RecoveryDialog", "The file has been changed since this copy was written."
        )
    return text


def _signed(delta: int, amount: str) -> str:
    if delta > 0:
        return QCoreApplication.translate("RecoveryDialog", "{amount} more").format(amount=amount)
    if delta < 0:
        return QCoreApplication.translate("RecoveryDialog", "{amount} fewer").format(amount=amount)
    return ""


# --- the dialog ------------------------------------------------------------------------------


class RecoveryRow(QFrame):
    """One recovery copy: what it is, and three exclusive choices."""

    def __init__(self, entry: RecoveryEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("recovery-row")

        heading = QLabel(entry_heading(entry))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        folder = QLabel(entry_folder(entry))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        self.written_label = QLabel(written_text(entry))
        self.difference_label = QLabel(self._describe())
        self.difference_label.setWordWrap(True)

        texts = QVBoxLayout()
        for label in (heading, folder, self.written_label, self.difference_label):
            texts.addWidget(label)

        self.buttons: dict[Decision, QPushButton] = {
            "restore": QPushButton(self.tr("Restore")),
            "open": QPushButton(self.tr("Open original")),
            "discard": QPushButton(self.tr("Discard")),
        }
        self.buttons["restore"].setToolTip(
            self.tr("Open the map with the recovered changes; Undo goes back to the file.")
        )
        self.buttons["open"].setToolTip(
            self.tr("Open the file as it is on disk; the copy is kept aside for a week.")
        )
        self.buttons["discard"].setToolTip(
            self.tr("Do not open it; the copy is kept aside for a week.")
        )
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        choices = QVBoxLayout()
        for button in self.buttons.values():
            button.setCheckable(True)
            button.setAccessibleName(f"{button.text()} — {heading.text()}")
            self.group.addButton(button)
            choices.addWidget(button)
        choices.addStretch(1)
        if not self.can_restore:
            self.buttons["restore"].setEnabled(False)
        if entry.original is None or not entry.original.exists():
            self.buttons["open"].setEnabled(False)

        row = QHBoxLayout(self)
        row.addLayout(texts, 1)
        row.addLayout(choices)

    def _describe(self) -> str:
        self.can_restore = False
        problem = ""
        if self.entry.problem:
            problem = self.tr("Its description is damaged: {problem}.").format(
                problem=self.entry.problem
            )
        try:
            project = self.entry.load_project()
        except ProjectFileError as error:
            reason = "; ".join(str(p) for p in error.problems[:2])
            return (problem + " " if problem else "") + self.tr(
                "The recovered copy cannot be read ({reason}); it can only be discarded."
            ).format(reason=reason)
        self.can_restore = True
        text = difference_text(self.entry.compare(project))
        return (problem + " " + text) if problem else text

    def decision(self) -> Decision | None:
        for decision, button in self.buttons.items():
            if button.isChecked():
                return decision
        return None


class RecoveryDialog(QDialog):
    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.setObjectName("recovery-dialog")

        intro = QLabel(
            self.tr(
                "The editor did not close properly last time. These maps had changes that were "
                "not saved. Choose what to do with each one; a map you leave undecided is "
                "offered again next time."
            )
        )
        intro.setWordWrap(True)

        self.rows = [RecoveryRow(entry) for entry in entries]
        body = QWidget()
        column = QVBoxLayout(body)
        for row in self.rows:
            column.addWidget(row)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.button_box = QDialogButtonBox()
        self.continue_button = self.button_box.addButton(
            self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.continue_button.setDefault(True)
        self.button_box.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.button_box)
        self.resize(720, min(180 + 150 * len(self.rows), 640))

    def row_for(self, key: str) -> RecoveryRow:
        return next(row for row in self.rows if row.entry.key == key)

    def decisions(self) -> dict[str, Decision]:
        chosen: dict[str, Decision] = {}
        for row in self.rows:
            decision = row.decision()
            if decision is not None:
                chosen[row.entry.key] = decision
        return chosen
