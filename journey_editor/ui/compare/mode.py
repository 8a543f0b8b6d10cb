"""Compare mode: the open map shows, on itself, how it differs from another version of it.

Entering reads the other version (a file, the backup, the last saved version: `sources.py`),
diffs it against the map in memory (`compare.diff_projects(other, map)`), reads the diff as
marks (`export.change_input.change_set`), lays the map out again with room for the removed
cards (`layout.change_marks.ghost_room` → `LayoutOptions.cell_room`) and shows the marks
(`ui/canvas/compare_overlay.py`), the changes panel and the bar above the canvas.

While it is on, every edit moves the marks along at once (the same diff, the new layout) and
the diff is made again a moment later (debounced), so the marks follow the edits. Compare
mode itself changes nothing in the map: it pushes no undo step, writes no file; leaving (Esc
on the map, the bar's Leave, the View menu's command again) takes every mark away and lays
the map out as it was.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from journey_editor.compare import ProjectDiff, diff_projects
from journey_editor.edits import Change
from journey_editor.export.change_input import change_set
from journey_editor.layout import LayoutCache, LayoutOptions, MapLayout, compute_layout
from journey_editor.layout.change_marks import ChangeSet, GhostCard, change_marks, ghost_room
from journey_editor.model.project import Project
from journey_editor.persistence import ProjectFileError
from journey_editor.ui import dialogs
from journey_editor.ui.canvas.compare_overlay import CompareOverlay
from journey_editor.ui.compare import words
from journey_editor.ui.compare.bar import CompareBar
from journey_editor.ui.compare.panel import ChangesDock, Target
from journey_editor.ui.compare.sources import Source, backup_of, saved_version_of
from journey_editor.ui.host import PanelHost

DEBOUNCE_MS = 300  # after the last edit, the diff is made again


CompareHost = PanelHost  # what this wing needs of the window: ui/host.py


class CompareMode(QObject):
    """One per window, a child of it named "compare-mode" (`menu.mode_of` makes it the first time
    it is asked for)."""

    state_changed = Signal()  # entered, left, or compared with something else

    def __init__(self, host: CompareHost) -> None:
        super().__init__(host.dialog_parent)
        self.setObjectName("compare-mode")
        self.host = host
        self.source: Source | None = None
        self.other: Project | None = None
        self.other_layout: MapLayout | None = None
        self.diff: ProjectDiff | None = None
        self.changes = ChangeSet()
        self._map_id = ""
        self._base_options: LayoutOptions | None = None
        self._words = words.mark_words()
        self.overlay = CompareOverlay(host.view.map_scene)
        self.bar = CompareBar(host.dialog_parent)
        self.bar.leave_clicked.connect(self.leave)
        _put_above(self.bar, host.view)
        self.panel = ChangesDock(host.dialog_parent)
        self.panel.target_chosen.connect(self.show_target)
        self._dock_panel()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        document = host.document
        document.changed.connect(self._after_edit)
        document.replaced.connect(self._after_replace)
        document.modified_changed.connect(self._after_save)

    @property
    def active(self) -> bool:
        return self.source is not None

    # --- entering and leaving -------------------------------------------------------------------

    def start(self, source: Source) -> bool:
        """Compare with `source` (instead of what was compared so far); False when it cannot be
        read (the user was told why)."""
        try:
            other = source.read()
        except ProjectFileError as error:
            dialogs.show_error(
                self.host.dialog_parent,
                QCoreApplication.translate("CompareWith", "Cannot compare"),
                QCoreApplication.translate("CompareWith", "«{name}» could not be read.").format(
                    name=source.path.name
                ),
                "\n".join(str(problem) for problem in error.problems[:8]),
            )
            return False
        view = self.host.view
        if self._base_options is None:
            self._base_options = view.keeper.options
        self.source = source
        self._map_id = self.host.document.project.id
        self._set_other(other)
        view.installEventFilter(self)
        self.panel.tree.installEventFilter(self)
        self.panel.show()
        self.panel.raise_()  # over the palette it shares its place with: adding is for later
        self.refresh()
        self.state_changed.emit()
        return True

    def leave(self) -> None:
        """Take every mark away; the map is laid out as it was."""
        if not self.active:
            return
        self._timer.stop()
        view = self.host.view
        view.removeEventFilter(self)
        self.panel.tree.removeEventFilter(self)
        self.overlay.clear()
        if self._base_options is not None:
            view.set_layout_options(self._base_options)
        self._base_options = None
        self.source = self.other = self.other_layout = self.diff = None
        self.changes = ChangeSet()
        self.bar.hide()
        self.panel.hide()
        self.state_changed.emit()

    def toggle(self, source: Source) -> None:
        """The View menu's command: compare with `source`, or leave when it is the one shown."""
        if self.source is not None and self.source.kind == source.kind:
            self.leave()
        else:
            self.start(source)

    def _dock_panel(self) -> None:
        """The panel takes the palette's place, as a tab beside it (the full height of the
        window, and the inspector stays in view to read the card a line shows)."""
        host, left = self.host, Qt.DockWidgetArea.LeftDockWidgetArea
        host.addDockWidget(left, self.panel)
        palette = host.palette_dock
        if not palette.isFloating() and host.dockWidgetArea(palette) == left:
            host.tabifyDockWidget(palette, self.panel)
        self.panel.hide()

    def _set_other(self, other: Project) -> None:
        self.other = other
        assert self._base_options is not None
        self.other_layout = compute_layout(other, self._base_options, LayoutCache())

    # --- following the map ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Diff again, make room for the ghosts, place every mark, fill the panel and the bar."""
        if not self.active or self.other is None or self._base_options is None:
            return
        self._timer.stop()
        self.diff = diff_projects(self.other, self.host.document.project)
        self.changes = change_set(self.diff, self.other)
        view = self.host.view
        room = ghost_room(view.map_layout(), self.changes.gone)
        view.set_layout_options(replace(self._base_options, cell_room=room))
        self.place_marks()
        assert self.source is not None
        other = self.source.words()
        self.panel.show_diff(self.diff, other)
        self.bar.show_state(other, words.changes_count(len(self.diff.changes)))

    def place_marks(self) -> None:
        """The marks of the current changes on the current layout."""
        marks = change_marks(
            self.host.view.map_layout(), self.changes, self.other_layout, self._words
        )
        self.overlay.show(marks, self._ghost_tip)

    def _ghost_tip(self, ghost: GhostCard) -> str:
        assert self.source is not None
        card_id = ghost.box.card_id
        title = next((g.card.title for g in self.changes.gone if g.card.id == card_id), "")
        return QCoreApplication.translate(
            "CompareWith", "Removed since {other}: card {title}"
        ).format(other=self.source.words(), title=words.quoted(title))

    def _after_edit(self, _change: Change) -> None:
        if not self.active:
            return
        self.place_marks()  # at once, with the diff as it was: the marks move with the cards
        self._timer.start()

    def _after_replace(self) -> None:
        if not self.active:
            return
        if self.host.document.project.id != self._map_id:
            self.leave()  # another map altogether (File → Open, New)
            return
        self.place_marks()
        self._timer.start()

    def _after_save(self, modified: bool) -> None:
        """A save rewrites the map's file and its backup: compare with them as they are now
        (the file under its new name after Save as)."""
        source, path = self.source, self.host.document.path
        if modified or source is None or path is None or source.kind == "file":
            return
        now = saved_version_of(path) if source.kind == "saved" else backup_of(path)
        if now is None:
            return
        try:
            other = now.read()
        except ProjectFileError:
            return
        self.source = now
        self._set_other(other)
        self.refresh()

    # --- the panel's lines ----------------------------------------------------------------------

    def show_target(self, target: Target) -> None:
        """Select and reveal what a line of the panel names."""
        host = self.host
        project = host.document.project
        view = host.view
        if target.kind == "ghost":
            if target.cell is not None and target.cell in view.map_layout().cells:
                view.selecting.select_cell(target.cell)
                view.reveal_cell(target.cell)
            return
        exists = {
            "card": lambda i: any(card.id == i for card in project.cards),
            "stage": lambda i: any(stage.id == i for stage in project.stages),
            "persona": lambda i: any(persona.id == i for persona in project.personas),
            "lane": lambda i: any(lane.id == i for p in project.personas for lane in p.lanes),
            "link": lambda i: any(link.id == i for link in project.links),
        }.get(target.kind)
        if exists is None or not exists(target.object_id):
            host.show_status(
                QCoreApplication.translate("CompareWith", "That is no longer on the map.")
            )
            return
        host.selection.set(target.kind, (target.object_id,))  # type: ignore[arg-type]
        view.reveal(target.object_id)

    # --- Esc ------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.active
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and not self.host.view.pointer.busy  # Esc first cancels a drag on the map
        ):
            self.leave()
            return True
        return super().eventFilter(watched, event)


def _put_above(bar: QWidget, view: QWidget) -> None:
    """Put `bar` right above the canvas, in the canvas's own container (under the message
    bar, when the window has one)."""
    container = view.parentWidget()
    layout = container.layout() if container is not None else None
    if layout is None:
        return
    index = layout.indexOf(view)
    layout.insertWidget(max(0, index), bar)  # type: ignore[attr-defined]


__all__ = ["CompareHost", "CompareMode"]
