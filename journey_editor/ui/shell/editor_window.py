"""What the shell's builders (menus, keyboard routes, preferences) need of the main window.

They are handed an `EditorWindow` and the main window imports them: typing them against
MainWindow itself would close an import circle (main_window → menus → main_window).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenuBar, QStatusBar, QToolBar

from journey_editor.ui.canvas.view import MapView
from journey_editor.ui.editing.selection import Selection
from journey_editor.ui.files.autosave import AutosaveController
from journey_editor.ui.files.operations import FileOperations
from journey_editor.ui.host import WindowHost
from journey_editor.ui.inspector import InspectorDock
from journey_editor.ui.palette.dock import PaletteDock
from journey_editor.ui.present import PresentationController
from journey_editor.ui.shell.chrome import CanvasOnly
from journey_editor.ui.shell.workshop_tools import WorkshopTools


class EditorWindow(WindowHost, Protocol):
    selection: Selection
    files: FileOperations
    autosave: AutosaveController
    view: MapView
    palette_dock: PaletteDock
    inspector: InspectorDock
    history: QDockWidget
    workshop: WorkshopTools
    canvas_only: CanvasOnly
    presentation: PresentationController
    top_voted: QDockWidget  # View → Top voted (shell/voting.py)
    conflicts_dock: QDockWidget

    # The QMainWindow calls the builders make.
    def menuBar(self) -> QMenuBar: ...
    def statusBar(self) -> QStatusBar: ...
    def addToolBar(self, title: str) -> QToolBar: ...
    def addAction(self, action: QAction) -> None: ...
    def close(self) -> bool: ...
