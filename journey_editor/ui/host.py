"""What the files and handout wings need of the window that holds them, and nothing more.

`FileOperations`, `DiskSync`, the PDF and image dialogs are handed a `WindowHost` rather than
the main window: they can neither reach into attributes that may not exist yet nor import the
shell (which imports them). The main window is one host; a test can be another.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from journey_editor.settings import Settings
from journey_editor.ui.canvas.view import MapView
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.editing.selection import Selection
from journey_editor.ui.message_bar import MessageBar


class WindowHost(Protocol):
    document: MapDocument
    settings: Settings
    # News about the file that must not interrupt a workshop (changed on disk, deleted).
    message_bar: MessageBar

    @property
    def dialog_parent(self) -> QWidget:
        """The widget dialogs are modal to (and that owns background jobs)."""
        ...

    def show_status(self, text: str, msecs: int = 5000) -> None:
        """A short note in the status line."""
        ...

    def remember_recent(self, path: Path) -> None:
        """A file was opened or saved: first in File → Open recent."""
        ...

    def show_conflicts(self) -> None:
        """Show the merge conflicts panel (Save asked to resolve them first)."""
        ...

    def enable_action(self, name: str, enabled: bool) -> None:
        """Enable or disable a window action by its name in the action table (no-op before
        the menus exist)."""
        ...


class PanelHost(Protocol):
    """What a wing that adds a panel beside the palette and marks on the map needs of the
    window (compare mode's changes, the merge conflicts); the main window is one."""

    document: MapDocument
    selection: Selection
    view: MapView

    @property
    def dialog_parent(self) -> QWidget: ...

    def show_status(self, text: str, msecs: int = 5000) -> None: ...
    def addDockWidget(self, area: Qt.DockWidgetArea, dock: QDockWidget) -> None: ...
    def tabifyDockWidget(self, first: QDockWidget, second: QDockWidget) -> None: ...
    def dockWidgetArea(self, dock: QDockWidget) -> Qt.DockWidgetArea: ...

    @property
    def palette_dock(self) -> QDockWidget: ...
