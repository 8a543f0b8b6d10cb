"""The main window: canvas in the middle, palette and inspector docks, menus, status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QUndoView, QWidget

from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.model.project import Project
from journey_editor.persistence.recovery import RecoveryStore
from journey_editor.settings import Settings, recovery_folder
from journey_editor.ui.canvas.view import MapView
from journey_editor.ui.conflicts.controller import ConflictsController
from journey_editor.ui.editing.document import MapDocument, freeze_loaded_objects, thaw_objects
from journey_editor.ui.editing.selection import Selection
from journey_editor.ui.files.autosave import AutosaveController
from journey_editor.ui.files.operations import FileOperations
from journey_editor.ui.inspector import InspectorDock
from journey_editor.ui.message_bar import MessageBar, with_bar_above
from journey_editor.ui.palette.dock import PaletteDock
from journey_editor.ui.plurals import translate_count
from journey_editor.ui.present import PresentationController
from journey_editor.ui.shell.chrome import (
    CanvasOnly,
    DockTabNames,
    arrange_docks,
    stored_persona_column,
)
from journey_editor.ui.shell.filters import install_filter_bar
from journey_editor.ui.shell.menus import WindowMenus, build_menus
from journey_editor.ui.shell.room_tools import RoomTools
from journey_editor.ui.shell.voting import TopVotedDock
from journey_editor.ui.shell.workshop_tools import WorkshopTools

APP_TITLE = "journey-editor"


class MainWindow(QMainWindow):
    def __init__(self, project: Project, path: Path | None = None, settings=None) -> None:
        super().__init__()
        self.settings = settings or Settings.load()
        self.document = MapDocument(project, path, self)
        self.selection = Selection(self)
        # File news (changed on disk, deleted) shows in a bar above the canvas, not a modal;
        # made before the file operations, which report into it.
        self.message_bar = MessageBar(self)
        self.menus: WindowMenus | None = None  # the menus and actions, once built below
        self.files = FileOperations(self)

        self.view = MapView(self.document, self.selection, self)
        self.view.setAccessibleName(self.tr("Journey map canvas"))
        self.view.setAccessibleDescription(
            self.tr(
                "Arrow keys and Tab move between cards, cells and headers; Insert adds a card, "
                "F2 renames, 1 to 5 set effort, minus and plus change emotion; "
                "F6 moves to the palette and the inspector"
            )
        )
        # The capture bar (View ▸ Capture remarks) and the timer (T): ui/workshop/.
        self.workshop = WorkshopTools(
            self.document, self.selection, self.view, self, self.statusBar()
        )
        self.setCentralWidget(
            with_bar_above(self.message_bar, self.workshop.with_capture_bar(self.view), self)
        )
        self.palette_dock = PaletteDock(
            self.document, self.selection, self, cell_provider=self.view.selected_cell
        )
        self.palette_dock.card_created.connect(self.view.edit_card_title)
        self.palette_dock.status_message.connect(
            lambda text: self.statusBar().showMessage(text, 5000)
        )
        self.palette_dock.new_channel_requested.connect(self._new_channel)
        self.inspector = InspectorDock(self.document, self.selection, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.history = self._history_dock()
        self.canvas_only = CanvasOnly(self)  # View → Canvas only (F11)
        DockTabNames(self)
        self.presentation = PresentationController(self.document, self.selection, self)
        self.room_tools = RoomTools(self.document, self.presentation, self.workshop)
        self.view.set_persona_column(stored_persona_column())
        self._docks_arranged = False
        # Workshop: View → Top voted, and the bar that says a spotlight or filter is on.
        self.top_voted = TopVotedDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.top_voted)
        self.top_voted.hide()
        self.filter_bar = install_filter_bar(self)
        # Merge conflicts: the panel (a tab beside the palette) and the canvas badges.
        self.conflicts = ConflictsController(self)
        self.conflicts_dock = self.conflicts.panel

        self.status_counts = QLabel()
        self.status_zoom = QLabel()
        self.status_modified = QLabel()
        for label in (self.status_counts, self.status_zoom, self.status_modified):
            self.statusBar().addPermanentWidget(label)

        self.menus = build_menus(self)
        self.files.session.state_changed.connect(self._refresh_title)
        self.files.disk.refresh_actions()

        # Recovery copies while modified; the crash guard sets ending_session on SIGTERM/logout.
        self.ending_session = False
        self.autosave = AutosaveController(
            self.document, RecoveryStore(recovery_folder()), self.settings, self
        )
        self.autosave.failed.connect(self._autosave_failed)

        self.document.changed.connect(self._refresh_status)
        self.document.replaced.connect(self._on_replaced)
        self.document.modified_changed.connect(self._refresh_title)
        self.document.path_changed.connect(self._refresh_title)
        self.view.zoom_changed.connect(self._show_zoom)
        self._refresh_title()
        self._refresh_status()
        self._show_zoom(self.view.zoom_factor())
        self._restore_geometry()
        self.conflicts.follow_map()  # the docks as last closed, but conflicts decide this one
        self.view.setFocus()  # a keyboard user starts on the map (F6 moves to the docks)
        freeze_loaded_objects()  # the map, its layout and scene: no longer scanned (issue 14)

    # --- docks ---------------------------------------------------------------------------------

    def _new_channel(self, kind: str) -> None:
        from journey_editor.ui.channels.dialog import show_channel_editor  # loads when used

        show_channel_editor(self, kind)

    def _history_dock(self) -> QDockWidget:
        dock = QDockWidget(self.tr("Undo history"), self)
        dock.setObjectName("undo-history")
        view = QUndoView(self.document.undo_stack, dock)
        view.setEmptyLabel(self.tr("<opened map>"))
        view.setAccessibleName(self.tr("Undo history"))
        dock.setWidget(view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        return dock

    def setVisible(self, visible: bool) -> None:
        # Before the first show, when the window's width is known and before the canvas's
        # opening fit: a narrow window gets its docks as tabs (chrome.arrange_docks).
        if visible and not self._docks_arranged:
            self._docks_arranged = True
            arrange_docks(self, self.palette_dock, self.inspector)
        super().setVisible(visible)

    # --- state shown to the user ---------------------------------------------------------------

    def _refresh_title(self, *_args) -> None:
        name = self.document.display_name()
        if self.files.read_only:
            name = self.tr("{name} (read-only)").format(name=name)
        self.setWindowTitle(f"{name}[*] — {APP_TITLE}")
        modified = self.document.is_modified()
        self.setWindowModified(modified)
        if self.document.path is None:
            state = self.tr("Not saved")  # a new map: nothing of it is on disk yet
        else:
            state = self.tr("Modified") if modified else self.tr("Saved")
        self.status_modified.setText(state)

    def _refresh_status(self, *_args) -> None:
        project = self.document.project
        counts = (
            translate_count(
                "MainWindow",
                QT_TRANSLATE_NOOP("MainWindow", "%n persona"),
                QT_TRANSLATE_NOOP("MainWindow", "%n personas"),
                len(project.personas),
            ),
            translate_count(
                "MainWindow",
                QT_TRANSLATE_NOOP("MainWindow", "%n stage"),
                QT_TRANSLATE_NOOP("MainWindow", "%n stages"),
                len(project.stages),
            ),
            translate_count(
                "MainWindow",
                QT_TRANSLATE_NOOP("MainWindow", "%n card"),
                QT_TRANSLATE_NOOP("MainWindow", "%n cards"),
                len(project.cards),
            ),
            translate_count(
                "MainWindow",
                QT_TRANSLATE_NOOP("MainWindow", "%n link"),
                QT_TRANSLATE_NOOP("MainWindow", "%n links"),
                len(project.links),
            ),
        )
        self.status_counts.setText(" · ".join(counts))

    def _show_zoom(self, factor: float) -> None:
        self.status_zoom.setText(f"{round(factor * 100)} %")

    def _on_replaced(self) -> None:
        self.selection.clear()
        self._refresh_title()
        self._refresh_status()

    # --- the WindowHost protocol (ui/host.py): what files and handout may ask of the window --

    @property
    def dialog_parent(self) -> QWidget:
        return self

    def show_status(self, text: str, msecs: int = 5000) -> None:
        self.statusBar().showMessage(text, msecs)

    def show_conflicts(self) -> None:
        self.conflicts.show_panel()

    def enable_action(self, name: str, enabled: bool) -> None:
        if self.menus is not None and name in self.menus.actions:
            self.menus.actions[name].setEnabled(enabled)

    # --- recent files and window state ---------------------------------------------------------

    def remember_recent(self, path: Path) -> None:
        self.settings.remember(path)
        self.settings.save()
        if self.menus is not None:
            self.menus.recent.refresh()

    def _restore_geometry(self) -> None:
        stored = QSettings(APP_TITLE, APP_TITLE)
        geometry = stored.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        state = stored.value("window/state")
        if state is not None:
            self.restoreState(state)

    def _autosave_failed(self, reason: str) -> None:
        message = self.tr("Could not write the recovery copy: {reason}").format(reason=reason)
        self.statusBar().showMessage(message, 10000)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ending_session:
            # SIGTERM or logout: the changes stay in the recovery copy, offered at next start.
            self.files.close_session()  # and the map's lock goes, for the next instance
            event.accept()
            return
        if not self.files.may_discard_current():
            event.ignore()
            return
        # Saved, unchanged or discarded on purpose: the recovery copy has no more use.
        self.autosave.stop(keep_copy=False)
        stored = QSettings(APP_TITLE, APP_TITLE)
        stored.setValue("window/geometry", self.saveGeometry())
        stored.setValue("window/state", self.saveState())
        self.files.close_session()
        thaw_objects()  # what this window leaves behind can be collected
        event.accept()
