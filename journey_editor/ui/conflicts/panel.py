"""The conflicts panel: a dock listing what a merge left to decide, one entry per conflict —

    ▾ Card «Pay online» in stage «Checkout» · persona «Anna»
        Effort
        Mine: 4 — hard
        Theirs: 2 — easy
        Base: 1 — effortless

— with "Keep mine", "Take theirs" and "Edit…" for the conflict whose entry is current, and
"All mine" / "All theirs". Long values are cut to the panel's width; the full text is in the
line's tooltip. The panel only shows and asks: the controller (controller.py) makes the edits.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QGridLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_editor.model.project import Project
from journey_editor.ui.conflicts import words

INDEX_ROLE = Qt.ItemDataRole.UserRole  # the conflict's index in the map's list
SIDE_ROLE = Qt.ItemDataRole.UserRole + 1  # "object", "field", "mine", "theirs", "base"


class ConflictsDock(QDockWidget):
    chosen = Signal(int)  # the current entry's conflict (index in the map's list)
    keep_mine = Signal(int)
    take_theirs = Signal(int)
    edit_value = Signal(int)
    all_mine = Signal()
    all_theirs = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Conflicts"), parent)
        self.setObjectName("conflicts")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(body)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Merge conflicts"))
        # An object takes two lines (its name, then where it is); a line too long for the
        # panel is cut with "…", in full in its tooltip.
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setIndentation(14)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)  # Enter: show it again
        layout.addWidget(self.tree, 1)

        buttons = QGridLayout()
        buttons.setSpacing(4)
        self.keep_button = QPushButton(self.tr("Keep mine"), body)
        self.keep_button.setToolTip(self.tr("Keep the value the map has now; the conflict goes"))
        self.theirs_button = QPushButton(self.tr("Take theirs"), body)
        self.theirs_button.setToolTip(self.tr("Give the map the other copy's value"))
        self.edit_button = QPushButton(self.tr("Edit…"), body)
        self.edit_button.setToolTip(self.tr("Type the value, or pick one of the three"))
        self.all_mine_button = QPushButton(self.tr("All mine"), body)
        self.all_mine_button.setToolTip(self.tr("Keep mine for every conflict left"))
        self.all_theirs_button = QPushButton(self.tr("All theirs"), body)
        self.all_theirs_button.setToolTip(self.tr("Take theirs for every conflict left"))
        self.keep_button.clicked.connect(lambda: self._emit(self.keep_mine))
        self.theirs_button.clicked.connect(lambda: self._emit(self.take_theirs))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_value))
        self.all_mine_button.clicked.connect(self.all_mine)
        self.all_theirs_button.clicked.connect(self.all_theirs)
        # Two columns, so the panel stays as narrow as the palette it shares its place with.
        buttons.addWidget(self.keep_button, 0, 0)
        buttons.addWidget(self.theirs_button, 0, 1)
        buttons.addWidget(self.edit_button, 1, 0)
        buttons.addWidget(self.all_mine_button, 2, 0)
        buttons.addWidget(self.all_theirs_button, 2, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self._count = 0

    # --- filling -------------------------------------------------------------------------------

    def show_conflicts(self, project: Project) -> None:
        """List the map's conflicts; the entry that was current stays current (or the one now
        at its place, after a resolution)."""
        current = self.current_index()
        self.tree.blockSignals(True)
        self.tree.clear()
        conflicts = project.conflicts
        self._count = len(conflicts)
        for index, conflict in enumerate(conflicts):
            name, where = words.object_parts(project, conflict)
            shown = f"{name}\n{where}" if where else name  # two lines: nothing cut off
            top = self._item(None, shown, words.object_line(project, conflict), index, "object")
            bold = top.font(0)
            bold.setBold(True)
            top.setFont(0, bold)
            field = words.field_line(conflict)
            what = self._item(top, field, field, index, "field")
            italic = what.font(0)
            italic.setItalic(True)
            what.setFont(0, italic)
            for side, short, full in words.side_lines(project, conflict):
                self._item(top, short, full, index, side)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if conflicts:
            self.summary.setText(
                self.tr("{count} left from the merge: keep mine, take theirs or edit each.").format(
                    count=words.count_text(len(conflicts))
                )
            )
            self.select_index(min(current, len(conflicts) - 1) if current is not None else 0)
        else:
            self.summary.setText(self.tr("No conflicts left: the map is saved without them."))
        self._refresh_buttons()

    def _item(
        self, parent: QTreeWidgetItem | None, text: str, tip: str, index: int, side: str
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setToolTip(0, tip)
        item.setData(0, INDEX_ROLE, index)
        item.setData(0, SIDE_ROLE, side)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    # --- the current conflict ------------------------------------------------------------------

    def current_index(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        index = item.data(0, INDEX_ROLE)
        return index if isinstance(index, int) else None

    def select_index(self, index: int) -> None:
        """Make the entry of conflict `index` current (without showing it on the map)."""
        item = self.tree.topLevelItem(index)
        if item is None:
            return
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        self._refresh_buttons()

    def entry(self, index: int) -> QTreeWidgetItem | None:
        return self.tree.topLevelItem(index)

    def _current_changed(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        self._refresh_buttons()
        if current is not None:
            self._emit(self.chosen)

    def _clicked(self, _item: QTreeWidgetItem, _column: int) -> None:
        # A click on the entry already current shows its object again (it may have scrolled).
        self._emit(self.chosen)

    def _emit(self, signal) -> None:
        index = self.current_index()
        if index is not None:
            signal.emit(index)

    def _refresh_buttons(self) -> None:
        one = self.current_index() is not None
        for button in (self.keep_button, self.theirs_button, self.edit_button):
            button.setEnabled(one)
        for button in (self.all_mine_button, self.all_theirs_button):
            button.setEnabled(self._count > 0)
