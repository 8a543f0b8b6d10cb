"""What happens once a map with merge conflicts is open: the panel fills and shows itself, the
conflicting objects wear a "conflict" badge on the canvas, and each answer of the panel is one
edit (`ResolveConflicts`) pushed on the undo stack.

The panel opens by itself when a map holding conflicts comes in (opened, reloaded, restored,
merged: every way a whole map arrives emits `replaced`), and from View ▸ Merge conflicts. The
badges follow every edit, undo and re-layout, and go with the last conflict.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QTabBar

from journey_editor.edits import Change, EditError
from journey_editor.edits.conflicts import (
    Resolution,
    ResolveConflicts,
    conflict_ids,
    current_value,
)
from journey_editor.layout import MapLayout
from journey_editor.layout.change_marks import conflict_marks
from journey_editor.model.entities import Conflict
from journey_editor.ui.canvas.compare_overlay import CompareOverlay
from journey_editor.ui.conflicts import edit_dialog, words
from journey_editor.ui.conflicts.panel import ConflictsDock
from journey_editor.ui.host import PanelHost

# What a selection can hold of the objects a conflict may be about.
_SELECTABLE = ("card", "stage", "persona", "lane", "link")


ConflictsHost = PanelHost  # what this wing needs of the window: ui/host.py


class ConflictsController(QObject):
    def __init__(self, host: ConflictsHost) -> None:
        super().__init__(host.dialog_parent)
        self.setObjectName("conflicts-controller")
        self.host = host
        self.panel = ConflictsDock(host.dialog_parent)
        self.overlay = CompareOverlay(host.view.map_scene)
        self._marked_layout: MapLayout | None = None
        self._listed = -1  # conflicts in the panel's list (-1: never filled)
        self._dock_panel()
        panel = self.panel
        panel.chosen.connect(self.show_object)
        panel.keep_mine.connect(lambda index: self.resolve_one(index, "mine"))
        panel.take_theirs.connect(lambda index: self.resolve_one(index, "theirs"))
        panel.edit_value.connect(self.edit_one)
        panel.all_mine.connect(lambda: self.resolve_all("mine"))
        panel.all_theirs.connect(lambda: self.resolve_all("theirs"))
        document = host.document
        document.changed.connect(self._after_edit)
        document.replaced.connect(self._after_replace)
        # A re-layout without an edit (compare mode making room for its ghosts) moves cards.
        host.view.map_scene.layout_shown.connect(self._follow_layout)
        self._after_replace()

    # --- the panel's place ---------------------------------------------------------------------

    def _dock_panel(self) -> None:
        """A tab beside the palette (the canvas keeps its width; the inspector stays in view to
        read the object an entry shows)."""
        host, left = self.host, Qt.DockWidgetArea.LeftDockWidgetArea
        host.addDockWidget(left, self.panel)
        palette = host.palette_dock
        if not palette.isFloating() and host.dockWidgetArea(palette) == left:
            host.tabifyDockWidget(palette, self.panel)
        self.panel.hide()
        # The tabs Qt makes for docks sharing a place: a name for screen readers.
        for bar in host.dialog_parent.findChildren(QTabBar):
            if not bar.accessibleName():
                bar.setAccessibleName(QCoreApplication.translate("Conflicts", "Panels"))

    def show_panel(self) -> None:
        self.panel.show()
        self.panel.raise_()

    # --- following the map ---------------------------------------------------------------------

    def _after_replace(self) -> None:
        """A whole map came in: the panel shows its conflicts, or goes when it has none."""
        self.refresh()
        self.follow_map()

    def follow_map(self) -> None:
        """Show the panel when the map has conflicts, hide it when it has none (also after
        the window put back its docks as they were at the last close)."""
        if self.host.document.project.conflicts:
            self.show_panel()
        else:
            self.panel.hide()

    def _after_edit(self, _change: Change) -> None:
        self.refresh()

    def refresh(self) -> None:
        project = self.host.document.project
        if not project.conflicts and self._listed == 0:
            return  # most maps never have any: nothing to redo at each edit
        self._listed = len(project.conflicts)
        self.panel.show_conflicts(project)
        self.place_badges()

    def _follow_layout(self) -> None:
        if self._listed and self.host.view.map_scene.layout is not self._marked_layout:
            self.place_badges()

    def place_badges(self) -> None:
        """A badge on every object of the map that a conflict is about, none once settled."""
        layout = self.host.view.map_scene.layout
        self._marked_layout = layout
        project = self.host.document.project
        if layout is None or not project.conflicts:
            self.overlay.clear()
            return
        marked = {}
        for object_id, conflicts in conflict_ids(project).items():
            lines = tuple(
                f"{words.object_line(project, c)} — {words.field_line(c)}" for c in conflicts
            )
            marked[object_id] = (words.badge_text(conflicts), lines)
        self.overlay.show(conflict_marks(layout, marked))

    # --- the panel's entries -------------------------------------------------------------------

    def _conflict(self, index: int) -> Conflict | None:
        conflicts = self.host.document.project.conflicts
        return conflicts[index] if 0 <= index < len(conflicts) else None

    def show_object(self, index: int) -> None:
        """Select and reveal the object of conflict `index` (the map's own fields: nothing
        selected, so the inspector shows them)."""
        conflict = self._conflict(index)
        if conflict is None:
            return
        host = self.host
        if conflict.kind == "project":
            host.selection.clear()
            return
        if conflict.kind not in _SELECTABLE or host.view.map_scene.find(conflict.id) is None:
            if conflict.kind in _SELECTABLE:
                host.show_status(
                    QCoreApplication.translate(
                        "Conflicts", "{object} is not on the map: mine has it deleted."
                    ).format(object=words.object_line(host.document.project, conflict))
                )
            return
        host.selection.set(conflict.kind, (conflict.id,))  # type: ignore[arg-type]
        host.view.reveal(conflict.id)

    # --- resolving -----------------------------------------------------------------------------

    def resolve_one(self, index: int, side: str) -> None:
        conflict = self._conflict(index)
        if conflict is None:
            return
        project = self.host.document.project
        value = current_value(project, conflict) if side == "mine" else conflict.theirs
        self._apply((Resolution(conflict, value),), index)

    def edit_one(self, index: int) -> None:
        conflict = self._conflict(index)
        if conflict is None:
            return
        chosen, value = edit_dialog.ask_value(
            self.host.dialog_parent, self.host.document.project, conflict
        )
        if chosen:
            self._apply((Resolution(conflict, value),), index)

    def resolve_all(self, side: str) -> None:
        project = self.host.document.project
        resolutions = tuple(
            Resolution(c, current_value(project, c) if side == "mine" else c.theirs)
            for c in project.conflicts
        )
        if resolutions:
            self._apply(resolutions, 0)

    def _apply(self, resolutions: tuple[Resolution, ...], index: int) -> None:
        try:
            self.host.document.apply(ResolveConflicts(resolutions))
        except EditError as error:
            self.host.show_status(
                QCoreApplication.translate("Conflicts", "Cannot resolve: {reason}").format(
                    reason=str(error)
                ),
                10000,
            )
            return
        self.panel.select_index(index)  # the next conflict takes the settled one's place


__all__ = ["ConflictsController", "ConflictsHost"]
