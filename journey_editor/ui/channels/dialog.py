"""Map ▸ Channels…: the channel catalogue editor.

Every change applies at once, as its own undo step (`channel_verbs`), as a yEd or draw.io
manager does: the map and the palette behind the dialog show each change as it is made (a
recolour is judged on the real cards), Undo / Redo in the dialog (and Ctrl+Z there) step back
one change at a time, and Close keeps what was done. A dialog-wide OK / Cancel step would
make "undo the recolour but keep the new channel" impossible, and the issue asks for one
step per change.

The dialog is modeless and follows the document: an undo in the main window, a load or a
change from elsewhere refills it, keeping the channel shown.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QColorDialog,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from journey_editor.edits import Batch, Change, EditError, MoveChannel, UpdateChannel
from journey_editor.edits.labels import named
from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.layout.colour_distance import clashes
from journey_editor.layout.icons import CHOOSABLE_ICONS
from journey_editor.model.channels import CHANNEL_SWATCHES
from journey_editor.ui import appearance
from journey_editor.ui.channels.channel_list import CHANNEL_ROLE, ChannelList, chip
from journey_editor.ui.channels.pickers import IconGrid, SwatchGrid
from journey_editor.ui.channels.words import clash_text, clash_warning, icon_name
from journey_editor.ui.editing import channel_verbs
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.host import WindowHost
from journey_editor.ui.plurals import translate_count

ONE_CARD = QT_TRANSLATE_NOOP("ChannelEditor", "%n card")
CARDS = QT_TRANSLATE_NOOP("ChannelEditor", "%n cards")
USED_BY_ONE = QT_TRANSLATE_NOOP("ChannelEditor", "Used by %n card.")
USED_BY_MANY = QT_TRANSLATE_NOOP("ChannelEditor", "Used by %n cards.")
MERGED_ONE = QT_TRANSLATE_NOOP("ChannelEditor", "«{source}» merged into «{target}»: %n card moved.")
MERGED_MANY = QT_TRANSLATE_NOOP(
    "ChannelEditor", "«{source}» merged into «{target}»: %n cards moved."
)
SWATCH_COLUMNS = 9
ICON_COLUMNS = 8
_HEX = QRegularExpression(r"#?[0-9A-Fa-f]{6}")


def _count(n: int) -> str:
    return translate_count("ChannelEditor", ONE_CARD, CARDS, n)


class ChannelEditor(QDialog):
    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setObjectName("channel-editor")
        self.setWindowTitle(self.tr("Channels"))
        self.setModal(False)
        self._loading = False
        self._shown: str | None = None  # the channel the details show

        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        body.addLayout(self._list_column(), 0)
        body.addSpacing(8)
        body.addWidget(self._details(), 1)
        layout.addLayout(self._bottom_row())

        document.changed.connect(self._on_changed)
        document.replaced.connect(self.refresh)
        stack = document.undo_stack
        stack.canUndoChanged.connect(self._refresh_undo)
        stack.canRedoChanged.connect(self._refresh_undo)
        stack.undoTextChanged.connect(self._refresh_undo)
        self.refresh()

    # --- building -------------------------------------------------------------------------------

    def _list_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.list = ChannelList(self)
        self.list.setAccessibleName(self.tr("Channels of the map"))
        self.list.setMinimumWidth(250)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.dropped.connect(self._on_dropped)
        column.addWidget(self.list, 1)

        adding = QHBoxLayout()
        self.add_digital = QPushButton(self.tr("+ &Digital"), self)
        self.add_digital.setToolTip(self.tr("Add a digital channel"))
        self.add_digital.clicked.connect(lambda: self.add_channel("digital"))
        self.add_physical = QPushButton(self.tr("+ &Physical"), self)
        self.add_physical.setToolTip(self.tr("Add a physical channel"))
        self.add_physical.clicked.connect(lambda: self.add_channel("physical"))
        adding.addWidget(self.add_digital)
        adding.addWidget(self.add_physical)
        column.addLayout(adding)

        ordering = QHBoxLayout()
        self.up = self._arrow(Qt.ArrowType.UpArrow, self.tr("Move up in its group"), -1)
        self.down = self._arrow(Qt.ArrowType.DownArrow, self.tr("Move down in its group"), 1)
        ordering.addWidget(self.up)
        ordering.addWidget(self.down)
        ordering.addStretch(1)
        self.delete = QPushButton(self.tr("De&lete"), self)
        self.delete.setToolTip(self.tr("Delete the channel (only when no card uses it)"))
        self.delete.clicked.connect(self.delete_current)
        ordering.addWidget(self.delete)
        column.addLayout(ordering)
        self.list.delete_pressed.connect(self.delete_current)
        return column

    def _arrow(self, arrow: Qt.ArrowType, tip: str, step: int) -> QToolButton:
        button = QToolButton(self)
        button.setArrowType(arrow)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(lambda: self.step_current(step))
        return button

    def _details(self) -> QWidget:
        panel = QWidget(self)
        form = QFormLayout(panel)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        self.name = QLineEdit(panel)
        self.name.setAccessibleName(self.tr("Channel name"))
        self.name.editingFinished.connect(self._commit_name)
        form.addRow(self.tr("&Name:"), self.name)

        kinds = QHBoxLayout()
        self.digital = QRadioButton(self.tr("Di&gital"), panel)
        self.physical = QRadioButton(self.tr("P&hysical"), panel)
        self.kind_group = QButtonGroup(panel)
        for button in (self.digital, self.physical):
            self.kind_group.addButton(button)
            kinds.addWidget(button)
            button.toggled.connect(self._on_kind)
        kinds.addStretch(1)
        form.addRow(self.tr("Kind:"), kinds)

        colour = QVBoxLayout()
        self.swatches = SwatchGrid(CHANNEL_SWATCHES, SWATCH_COLUMNS, panel)
        self.swatches.picked.connect(self.set_colour)
        colour.addWidget(self.swatches, 0, Qt.AlignmentFlag.AlignLeft)
        custom = QHBoxLayout()
        self.hex = QLineEdit(panel)
        self.hex.setValidator(QRegularExpressionValidator(_HEX, self.hex))
        self.hex.setMaxLength(7)
        self.hex.setFixedWidth(self.hex.fontMetrics().horizontalAdvance("#MMMMMM") + 16)
        self.hex.setAccessibleName(self.tr("Colour as #RRGGBB"))
        self.hex.editingFinished.connect(self._commit_hex)
        self.other = QPushButton(self.tr("&Other colour…"), panel)
        self.other.clicked.connect(self._pick_other)
        custom.addWidget(self.hex)
        custom.addWidget(self.other)
        custom.addStretch(1)
        colour.addLayout(custom)
        self.warning = QLabel(panel)
        self.warning.setObjectName("colour-warning")
        self.warning.setWordWrap(True)
        palette = self.warning.palette()
        palette.setColor(QPalette.ColorRole.WindowText, appearance.warning_text(palette))
        self.warning.setPalette(palette)
        colour.addWidget(self.warning)
        form.addRow(self.tr("Colour:"), colour)

        self.icons = IconGrid(
            {icon: icon_name(icon) for icon in CHOOSABLE_ICONS}, ICON_COLUMNS, panel
        )
        self.icons.picked.connect(self.set_icon)
        form.addRow(self.tr("Icon:"), self.icons)

        self.usage = QLabel(panel)
        form.addRow(self.tr("Cards:"), self.usage)

        merging = QHBoxLayout()
        self.merge_target = QComboBox(panel)
        self.merge_target.setAccessibleName(self.tr("Channel to merge into"))
        self.merge_target.setMinimumContentsLength(14)
        self.merge = QPushButton(self.tr("&Merge"), panel)
        self.merge.setToolTip(
            self.tr("Move every card of this channel to the other one, then delete this one")
        )
        self.merge.clicked.connect(self.merge_current)
        merging.addWidget(self.merge_target, 1)
        merging.addWidget(self.merge)
        into = QLabel(self.tr("Merge &into:"), panel)
        into.setBuddy(self.merge_target)  # a row of two widgets gets no buddy by itself
        form.addRow(into, merging)

        self.message = QLabel(panel)
        self.message.setObjectName("channel-message")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        return panel

    def _bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.undo = QPushButton(self.tr("&Undo"), self)
        self.undo.clicked.connect(self.document.undo_stack.undo)
        self.redo = QPushButton(self.tr("&Redo"), self)
        self.redo.clicked.connect(self.document.undo_stack.redo)
        # The main window's Ctrl+Z does not reach a separate window: the same keys here.
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self._undo_key)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, self._redo_key)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        row.addWidget(self.undo)
        row.addWidget(self.redo)
        row.addStretch(1)
        row.addWidget(close)
        # No button takes Enter for itself (a focused one would stay the dialog's default):
        # Enter in the name or colour field commits that field, nothing more.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        return row

    # --- filling from the map ---------------------------------------------------------------

    @property
    def project(self):
        return self.document.project

    def refresh(self) -> None:
        """Fill the list and the details from the map, keeping the channel shown."""
        project = self.project
        current = self._shown if self._shown in {c.id for c in project.channels} else None
        if current is None and project.channels:
            current = project.channels[0].id
        counts = {c.id: _count(channel_verbs.users(project, c.id)) for c in project.channels}
        headings = {"digital": self.tr("Digital"), "physical": self.tr("Physical")}
        self.list.fill(project.channels, headings, counts, current)
        self._show(current)
        self._refresh_undo()

    def _on_changed(self, change: Change) -> None:
        self.refresh()

    def _on_current(self, item: QListWidgetItem | None, _previous=None) -> None:
        if self._loading:
            return
        channel_id = self.list.current_channel() if item is not None else None
        if channel_id != self._shown:
            self.message.clear()
        self._show(channel_id)

    def _show(self, channel_id: str | None) -> None:
        self._loading = True
        try:
            self._fill_details(channel_id)
        finally:
            self._loading = False

    def _fill_details(self, channel_id: str | None) -> None:
        switched = channel_id != self._shown
        self._shown = channel_id
        project = self.project
        widgets = (
            self.name,
            self.digital,
            self.physical,
            self.swatches,
            self.hex,
            self.other,
            self.icons,
            self.merge_target,
            self.merge,
            self.up,
            self.down,
            self.delete,
        )
        for widget in widgets:
            widget.setEnabled(channel_id is not None)
        if channel_id is None:
            self.name.clear()
            self.hex.clear()
            self.warning.clear()
            self.usage.clear()
            self.merge_target.clear()
            self.swatches.set_current(None)
            self.icons.set_current(None)
            return
        channel = project.channel(channel_id)
        # What is being typed (and not yet committed) stays; anything else shows the map's.
        if switched or not self.name.isModified():
            self.name.setText(channel.label)
        self.digital.setChecked(channel.kind == "digital")
        self.physical.setChecked(channel.kind == "physical")
        self.swatches.set_current(channel.colour)
        self.hex.setText(channel.colour.upper())
        others = [(c.label, c.colour) for c in project.channels if c.id != channel_id]
        self.warning.setText(clash_warning(clashes(channel.colour, others)))
        self.warning.setVisible(bool(self.warning.text()))
        self.swatches.mark(
            {
                colour: "; ".join(clash_text(name, near) for name, near in found[:2])
                for colour in self.swatches.buttons
                if (found := clashes(colour, others))
            }
        )
        background = self.icons.palette().color(QPalette.ColorRole.Base)
        self.icons.paint_in(appearance.legible_on(QColor(channel.colour), background, 3.0))
        self.icons.set_current(channel.icon)
        used = channel_verbs.users(project, channel_id)
        if used:
            self.usage.setText(translate_count("ChannelEditor", USED_BY_ONE, USED_BY_MANY, used))
        else:
            self.usage.setText(self.tr("No card uses it yet."))
        self.merge_target.clear()
        for other in project.channels:
            if other.id != channel_id:
                self.merge_target.addItem(chip(other), other.label, other.id)
        self.merge.setEnabled(self.merge_target.count() > 0)
        kind_group = [c.id for c in project.channels if c.kind == channel.kind]
        self.up.setEnabled(kind_group.index(channel_id) > 0)
        self.down.setEnabled(kind_group.index(channel_id) < len(kind_group) - 1)

    def _refresh_undo(self, *_args) -> None:
        stack = self.document.undo_stack
        # The stack tells its last state while the window is torn down, after its C++ half
        # (or the buttons') is gone.
        if not (isValid(stack) and isValid(self.undo)):
            return
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        self.undo.setToolTip(stack.undoText())
        self.redo.setToolTip(stack.redoText())

    # --- the verbs ----------------------------------------------------------------------------

    def _run(self, verb, *args, **changes):
        """Run a channel verb; a refusal shows under the details, never in a modal box."""
        try:
            return verb(self.document, *args, **changes)
        except EditError as error:
            self.say(error.message, warning=True)
            return None

    def say(self, text: str, warning: bool = False) -> None:
        palette = self.message.palette()
        colour = (
            appearance.warning_text(palette)
            if warning
            else self.palette().color(QPalette.ColorRole.WindowText)
        )
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.message.setPalette(palette)
        self.message.setText(text)

    def add_channel(self, kind: str) -> str | None:
        """A new channel of `kind`, shown with its name selected, ready to be typed over."""
        channel_id = self._run(channel_verbs.add_channel, kind)
        if channel_id is None:
            return None
        self.show_channel(channel_id)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name.selectAll()
        self.message.clear()
        return channel_id

    def show_channel(self, channel_id: str) -> None:
        item = self.list.item_of(channel_id)
        if item is not None:
            self.list.setCurrentItem(item)
            self.list.scrollToItem(item)

    def _commit_name(self) -> None:
        if self._loading or self._shown is None:
            return
        text = self.name.text().strip()
        self.name.setModified(False)
        if not text:
            self.name.setText(self.project.channel(self._shown).label)
            return
        self._run(channel_verbs.update_channel, self._shown, label=text)

    def _on_kind(self, checked: bool) -> None:
        if self._loading or not checked or self._shown is None:
            return
        kind = "digital" if self.digital.isChecked() else "physical"
        self._run(channel_verbs.update_channel, self._shown, kind=kind)

    def set_colour(self, colour: str) -> None:
        if self._shown is not None:
            self._run(channel_verbs.update_channel, self._shown, colour=colour)

    def _commit_hex(self) -> None:
        if self._loading or self._shown is None or not self.hex.hasAcceptableInput():
            return
        text = self.hex.text()
        self.set_colour(text if text.startswith("#") else f"#{text}")

    def _pick_other(self) -> None:
        if self._shown is None:
            return
        start = QColor(self.project.channel(self._shown).colour)
        picked = QColorDialog.getColor(start, self, self.tr("Channel colour"))
        if picked.isValid():
            self.set_colour(picked.name().upper())

    def set_icon(self, icon: str) -> None:
        if self._shown is not None:
            self._run(channel_verbs.update_channel, self._shown, icon=icon)

    def step_current(self, step: int) -> None:
        if self._shown is not None:
            self._run(channel_verbs.step_channel, self._shown, step)

    def _on_dropped(self, channel_id: str, kind: str, before: str | None) -> None:
        """A channel dragged in the list: before `before` in the `kind` group (None: last of
        it), changing its kind when it crossed into the other group; one step."""
        project = self.project
        source = project.channel_index(channel_id)
        if before is not None:
            target = project.channel_index(before)
        else:
            group = [i for i, c in enumerate(project.channels) if c.kind == kind]
            target = group[-1] + 1 if group else len(project.channels)
        index = target - 1 if source < target else target
        edits = []
        if project.channel(channel_id).kind != kind:
            edits.append(UpdateChannel(channel_id, {"kind": kind}))
        if index != source:
            edits.append(MoveChannel(channel_id, index))
        if edits:
            # Worded as the edits word a move, so the undo history translates it as one.
            label = f"Move {named('channel', project.channel(channel_id))}"
            self._run(lambda document: document.apply(Batch(tuple(edits), label)))

    def delete_current(self) -> None:
        if self._shown is None:
            return
        refusal = channel_verbs.delete_refusal(self.project, self._shown)
        if refusal is not None:
            # Pointing to the way out: the merge row, its list ready.
            self.say(refusal, warning=True)
            self.merge_target.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        row = self.list.currentRow()
        self._run(channel_verbs.delete_channel, self._shown)
        self._select_near(row)

    def _select_near(self, row: int) -> None:
        for candidate in (*range(row, self.list.count()), *range(row - 1, -1, -1)):
            item = self.list.item(candidate)
            if item is not None and item.data(CHANNEL_ROLE) is not None:
                self.list.setCurrentItem(item)
                return

    def merge_current(self) -> None:
        source, target = self._shown, self.merge_target.currentData()
        if source is None or target is None:
            return
        source_name = self.project.channel(source).label
        target_name = self.project.channel(target).label
        moved = self._run(channel_verbs.merge_channels, source, target)
        if moved is None:
            return
        self.show_channel(target)
        text = translate_count("ChannelEditor", MERGED_ONE, MERGED_MANY, moved)
        self.say(text.format(source=source_name, target=target_name))

    def _undo_key(self) -> None:
        self.document.undo_stack.undo()

    def _redo_key(self) -> None:
        self.document.undo_stack.redo()


def show_channel_editor(host: WindowHost, new_kind: str | None = None) -> ChannelEditor:
    """Map ▸ Channels… (`new_kind` None), or a palette group's "+" (a new channel of that
    kind, its name ready to type): the window's one editor, raised if already open."""
    parent = host.dialog_parent
    editor = parent.findChild(ChannelEditor, "channel-editor")
    if editor is None:
        editor = ChannelEditor(host.document, parent)
        editor.resize(editor.sizeHint().expandedTo(editor.minimumSizeHint()))
    editor.show()
    editor.raise_()
    editor.activateWindow()
    if new_kind is not None:
        editor.add_channel(new_kind)
    return editor
