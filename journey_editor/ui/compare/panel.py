"""The changes panel: a dock listing every difference, grouped as the map reads (the map,
stages, personas' order, channels, then persona by persona and stage by stage), each line
naming its object; a click (or Enter) on a line shows its object on the map.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_editor.compare import (
    Added,
    Changed,
    Difference,
    Moved,
    ProjectDiff,
    Removed,
    Reordered,
)
from journey_editor.compare.grouping import group_changes
from journey_editor.layout import CellKey
from journey_editor.ui.compare import words

SIGNS = {Added: "+", Removed: "−", Changed: "~", Moved: "→", Reordered: "↕"}
TARGET_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Target:
    """What a line points at: a card, a header ("stage", "persona", "lane"), a link, or a
    removed card ("ghost", with its old cell)."""

    kind: str
    object_id: str
    cell: CellKey | None = None


def target_of(change: Difference) -> Target | None:
    if isinstance(change, Reordered):
        return Target("persona", change.parent.id) if change.parent is not None else None
    ref = change.ref
    if isinstance(change, Removed):
        if ref.kind == "card" and change.place is not None:
            return Target("ghost", ref.id, change.place.cell)
        return None
    if ref.kind in ("card", "stage", "persona", "lane", "link"):
        return Target(ref.kind, ref.id)
    return None


class ChangesDock(QDockWidget):
    target_chosen = Signal(object)  # Target

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Changes"), parent)
        self.setObjectName("compare-changes")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(body)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Changes"))
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        # The start names the object, the end says what changed: cut in the middle.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.itemClicked.connect(self._chosen)
        self.tree.itemActivated.connect(self._chosen)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)

    def show_diff(self, diff: ProjectDiff, other: str) -> None:
        """List the changes of `diff` (from `other`, in words, to the open map)."""
        self.tree.clear()
        total = len(diff.changes)
        if diff.is_empty:
            self.summary.setText(self.tr("No difference with {other}.").format(other=other))
            return
        self.summary.setText(
            self.tr("{count} since {other}: {sorts}").format(
                count=words.changes_count(total),
                other=other,
                sorts=words.counts_text(diff.counts()),
            )
        )
        for group in group_changes(diff):
            if group.section == "persona" and group.persona is not None:
                title = words.persona_heading(group.persona)
                heading = self._heading(
                    None, title, group.count(), Target("persona", group.persona.id)
                )
            else:
                title = words.translated(words.SECTION_TITLES[group.section])
                heading = self._heading(None, title, group.count(), None)
            for change in group.changes:
                self._line(heading, change)
            for stage_group in group.stages:
                stage = stage_group.stage
                sub = self._heading(
                    heading,
                    words.stage_heading(stage),
                    len(stage_group.changes),
                    Target("stage", stage.id),
                )
                for change in stage_group.changes:
                    self._line(sub, change)
        self.tree.expandAll()

    def lines(self) -> list[QTreeWidgetItem]:
        """Every line of a change (not the headings), top to bottom."""
        found = []

        def walk(item: QTreeWidgetItem) -> None:
            for i in range(item.childCount()):
                child = item.child(i)
                if child.data(0, Qt.ItemDataRole.UserRole + 1) == "change":
                    found.append(child)
                walk(child)

        walk(self.tree.invisibleRootItem())
        return found

    def headings(self) -> list[QTreeWidgetItem]:
        found = []

        def walk(item: QTreeWidgetItem) -> None:
            for i in range(item.childCount()):
                child = item.child(i)
                if child.data(0, Qt.ItemDataRole.UserRole + 1) == "heading":
                    found.append(child)
                walk(child)

        walk(self.tree.invisibleRootItem())
        return found

    def _heading(
        self, parent: QTreeWidgetItem | None, title: str, count: int, target: Target | None
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([self.tr("{title} ({count})").format(title=title, count=count)])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setData(0, TARGET_ROLE, target)
        item.setData(0, Qt.ItemDataRole.UserRole + 1, "heading")
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _line(self, parent: QTreeWidgetItem, change: Difference) -> None:
        sign = SIGNS[type(change)]
        item = QTreeWidgetItem([f"{sign} {words.describe(change)}"])
        item.setToolTip(0, f"{sign} {words.describe(change, with_lane=True)}")
        item.setData(0, TARGET_ROLE, target_of(change))
        item.setData(0, Qt.ItemDataRole.UserRole + 1, "change")
        parent.addChild(item)

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, TARGET_ROLE)
        if isinstance(target, Target):
            self.target_chosen.emit(target)
