"""File → Preferences…: autosave interval, recovery folder, default paper, author, language.

The dialog edits a copy of the values and writes them to the window's Settings only on OK, so
Cancel leaves everything as it was. It opens window-modal without blocking (QDialog.open), so
tests and the event loop keep running while it is up.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journey_editor.export.pdf_options import PAPER_SIZES_MM
from journey_editor.settings import DEFAULT_AUTOSAVE_SECONDS, Settings, recovery_folder
from journey_editor.ui.labels import paper_name
from journey_editor.ui.shell.editor_window import EditorWindow

MIN_AUTOSAVE_SECONDS = 5  # below that, writing the copy would run all the time on a big map
MAX_AUTOSAVE_MINUTES = 24 * 60


def open_folder(path: Path) -> bool:
    """Show `path` in the file manager (created first, so there is something to show)."""
    with contextlib.suppress(OSError):
        path.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("preferences-dialog")
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)

        self.author = QLineEdit(settings.author, self)
        self.author.setPlaceholderText(self.tr("Your name, written into new maps"))
        self.author.setAccessibleName(self.tr("Author for new maps"))
        form.addRow(self.tr("&Author for new maps:"), self.author)

        self.paper = QComboBox(self)
        for name, (width, height) in PAPER_SIZES_MM.items():
            label = self.tr("{name} ({width:g} × {height:g} mm)").format(
                name=paper_name(name), width=width, height=height
            )
            self.paper.addItem(label, name)
        index = self.paper.findData(settings.default_paper)
        self.paper.setCurrentIndex(max(index, 0))
        self.paper.setAccessibleName(self.tr("Default paper size"))
        form.addRow(self.tr("Default &paper size:"), self.paper)

        self.autosave_on = QCheckBox(self.tr("&Keep a recovery copy of unsaved changes"), self)
        form.addRow(self.tr("Autosave:"), self.autosave_on)
        form.addRow(self.tr("&Every:"), self._interval_row())
        seconds = settings.autosave_seconds
        self.autosave_on.setChecked(seconds > 0)
        shown = seconds if seconds > 0 else DEFAULT_AUTOSAVE_SECONDS
        self.minutes.setValue(shown // 60)
        self.seconds.setValue(shown % 60)
        self.autosave_on.toggled.connect(self._sync_interval)
        self._sync_interval()

        form.addRow(self.tr("Recovery folder:"), self._recovery_row())

        self.language = QComboBox(self)
        self.language.addItem(self.tr("System default"), "")
        # Each language is named in itself, so a user lost in a foreign UI still finds theirs.
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.language.setAccessibleName(self.tr("Interface language"))
        form.addRow(self.tr("&Language:"), self.language)
        note = QLabel(self.tr("A new language applies the next time journey-editor starts."), self)
        note.setWordWrap(True)
        note.setEnabled(False)  # greyed: a remark, not a field
        form.addRow("", note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _interval_row(self) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.minutes = QSpinBox(row)
        self.minutes.setRange(0, MAX_AUTOSAVE_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Autosave interval, minutes"))
        self.seconds = QSpinBox(row)
        self.seconds.setRange(0, 59)
        self.seconds.setSingleStep(5)
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.setAccessibleName(self.tr("Autosave interval, seconds"))
        box.addWidget(self.minutes)
        box.addWidget(self.seconds)
        box.addStretch(1)
        return row

    def _recovery_row(self) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.recovery_path = QLineEdit(str(recovery_folder()), row)
        self.recovery_path.setReadOnly(True)
        self.recovery_path.setCursorPosition(0)
        self.recovery_path.setAccessibleName(self.tr("Recovery folder"))
        self.recovery_path.setToolTip(
            str(recovery_folder())
            + "\n"
            + self.tr(
                "Copies of unsaved changes, offered back after a crash. Never your own files."
            )
        )
        self.open_recovery = QPushButton(self.tr("&Open folder"), row)
        self.open_recovery.clicked.connect(lambda: open_folder(recovery_folder()))
        box.addWidget(self.recovery_path, 1)
        box.addWidget(self.open_recovery)
        return row

    def _sync_interval(self) -> None:
        on = self.autosave_on.isChecked()
        self.minutes.setEnabled(on)
        self.seconds.setEnabled(on)

    # --- result --------------------------------------------------------------------------------

    def autosave_seconds(self) -> int:
        if not self.autosave_on.isChecked():
            return 0
        return max(self.minutes.value() * 60 + self.seconds.value(), MIN_AUTOSAVE_SECONDS)

    def apply(self) -> None:
        """Write the choices into the settings and save them."""
        self.settings.author = self.author.text().strip()
        self.settings.default_paper = self.paper.currentData()
        self.settings.autosave_seconds = self.autosave_seconds()
        self.settings.language = self.language.currentData()
        self.settings.save()


def edit_preferences(window: EditorWindow) -> PreferencesDialog:
    """File → Preferences…: open the dialog (window-modal, not blocking); OK applies."""
    dialog = PreferencesDialog(window.settings, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        dialog.apply()
        window.autosave.set_interval_seconds(window.settings.autosave_seconds)
        # Not dialog.tr: lupdate would file it under a context named "dialog".
        message = QCoreApplication.translate("PreferencesDialog", "Preferences saved")
        window.statusBar().showMessage(message, 5000)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
