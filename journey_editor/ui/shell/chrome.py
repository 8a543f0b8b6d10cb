"""How much of the window the canvas gets: the docks' opening arrangement on narrow windows,
View → Canvas only (F11), and the stored persona column (View → Persona column; its menu
entries are made in view_actions.py).

All three are views, never edits: nothing here touches the map or its undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStatusBar, QTabBar, QToolBar, QWidget

from journey_editor.layout.persona_header import PERSONA_COLUMNS

# Below this width the palette and the inspector open as tabs of one dock on the right, so
# a 1280 px window shows four stage columns at the opening zoom instead of one.
COMPACT_WIDTH = 1500
COMPACT_DOCK_WIDTH = 280  # pixels: the inspector's fields stay usable

PERSONA_COLUMN_KEY = "view/persona_column"  # QSettings, beside the window's geometry


def arrange_docks(window: QMainWindow, palette: QDockWidget, inspector: QDockWidget) -> bool:
    """On a window narrower than COMPACT_WIDTH, put the palette as a tab behind the inspector
    on the right (each keeps its visibility); True if it did."""
    if window.width() >= COMPACT_WIDTH:
        return False
    # Docks sharing the palette's place (the merge conflicts panel) go along with it.
    siblings = window.tabifiedDockWidgets(palette)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, palette)
    window.tabifyDockWidget(inspector, palette)
    for sibling in siblings:
        window.tabifyDockWidget(palette, sibling)
    inspector.raise_()
    window.resizeDocks([inspector], [COMPACT_DOCK_WIDTH], Qt.Orientation.Horizontal)
    return True


class DockTabNames(QObject):
    """Names the tab bars the main window makes for docks stacked as tabs (the compact
    arrangement, or the user's own), for screen readers: Qt leaves them nameless."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QTabBar) and not child.accessibleName():
                child.setAccessibleName(QCoreApplication.translate("MainWindow", "Docked panels"))
        return False


class CanvasOnly:
    """View → Canvas only: hides the docks, toolbars and status bar, and brings back exactly
    those that were visible."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self._hidden: list[QWidget] = []
        self.active = False

    def chrome(self) -> list[QWidget]:
        window = self._window
        found: list[QWidget] = [*window.findChildren(QDockWidget), *window.findChildren(QToolBar)]
        found += [bar for bar in window.findChildren(QStatusBar) if bar.parent() is window]
        return [widget for widget in found if widget.parent() is window]

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        if on:
            self._hidden = [widget for widget in self.chrome() if widget.isVisible()]
            for widget in self._hidden:
                widget.hide()
        else:
            for widget in self._hidden:
                widget.show()
            self._hidden = []


def store_persona_column(column: str) -> None:
    QSettings("journey-editor", "journey-editor").setValue(PERSONA_COLUMN_KEY, column)


def stored_persona_column() -> str:
    value = QSettings("journey-editor", "journey-editor").value(PERSONA_COLUMN_KEY, "full")
    return value if value in PERSONA_COLUMNS else "full"
