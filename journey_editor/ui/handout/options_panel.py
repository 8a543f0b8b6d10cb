"""The PDF options as widgets: every field of PdfOptions, and nothing else.

Separate from the dialog so tests drive it directly (no modal loop) and read `options()`.
Fields that mean nothing in the current state (custom size for a standard paper, scale and
overlap when fitting) are disabled rather than hidden, so the dialog does not jump around.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journey_editor.export.comparison import ComparisonFileError, read_comparison
from journey_editor.export.pdf_options import MAX_SIDE_MM, PAPER_SIZES_MM, PdfOptions
from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.model.factory import DEFAULT_LANE_NAMES
from journey_editor.model.project import Project
from journey_editor.ui.labels import lane_kind_label, paper_name

CUSTOM = "custom"
# What PdfOptions refuses in words of its own (English, the command line's): the combinations
# these fields can make, shown in the interface's language.
REFUSALS = (
    QT_TRANSLATE_NOOP("PdfOptionsPanel", "the margins leave no room on the page"),
    QT_TRANSLATE_NOOP(
        "PdfOptionsPanel", "the overlap must be smaller than the printable part of a sheet"
    ),
)
DEFAULT_CUSTOM_MM = (1000.0, 700.0)  # a wall poster, until the user types their own
LANE_KINDS = tuple(DEFAULT_LANE_NAMES["en"])  # the model's order: touchpoints, actions, …
KIND_ROLE = Qt.ItemDataRole.UserRole


class PdfOptionsPanel(QWidget):
    """Edits a PdfOptions. `options_changed` fires on every user change and on set_options."""

    options_changed = Signal()

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        # Hidden kinds that this map has no lane of: kept, so a choice made for another map
        # survives a round trip through this one.
        self._hidden_elsewhere: frozenset[str] = frozenset()
        self._compare_with = ""  # a change handout: the map compared with (not remembered)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._paper_group())
        layout.addWidget(self._layout_group())
        layout.addWidget(self._content_group(project))
        layout.addStretch(1)  # extra height goes below the groups, not inside them
        self.set_options(PdfOptions())

    # --- building -------------------------------------------------------------------------------

    def _paper_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Paper"), self)
        form = QFormLayout(box)
        self.paper = QComboBox(box)
        for name, (width, height) in PAPER_SIZES_MM.items():
            label = self.tr("{name}  ({w} × {h} mm)").format(
                name=paper_name(name), w=f"{width:g}", h=f"{height:g}"
            )
            self.paper.addItem(label, name)
        self.paper.addItem(self.tr("Custom size"), CUSTOM)
        self.paper.setAccessibleName(self.tr("Paper size"))
        form.addRow(self.tr("&Size:"), self.paper)

        self.custom_width = _mm_spin(box, 50.0, MAX_SIDE_MM, self.tr("Custom width"))
        self.custom_height = _mm_spin(box, 50.0, MAX_SIDE_MM, self.tr("Custom height"))
        custom = QHBoxLayout()
        custom.addWidget(self.custom_width)
        custom.addWidget(_label(self.tr("×"), box))
        custom.addWidget(self.custom_height)
        form.addRow(self.tr("Custom:"), custom)

        self.auto_orientation = QRadioButton(self.tr("&Automatic"), box)
        self.auto_orientation.setToolTip(
            self.tr(
                "Tiling: the way round that takes the fewest sheets. Fitting: landscape, "
                "unless portrait prints the map much larger"
            )
        )
        self.portrait = QRadioButton(self.tr("&Portrait"), box)
        self.landscape = QRadioButton(self.tr("&Landscape"), box)
        self._orientation = _group(box, self.auto_orientation, self.portrait, self.landscape)
        row = QHBoxLayout()
        row.addWidget(self.auto_orientation)
        row.addWidget(self.portrait)
        row.addWidget(self.landscape)
        row.addStretch(1)
        form.addRow(self.tr("Orientation:"), row)

        self.paper.currentIndexChanged.connect(self._changed)
        for widget in (self.custom_width, self.custom_height):
            widget.valueChanged.connect(self._changed)
        self._orientation.buttonToggled.connect(self._toggled)
        return box

    def _layout_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Layout"), self)
        form = QFormLayout(box)
        self.fit = QRadioButton(self.tr("&Fit the map on one page"), box)
        self.tile = QRadioButton(self.tr("&Tile it over several sheets (wall poster)"), box)
        self._mode = _group(box, self.fit, self.tile)
        modes = QVBoxLayout()
        modes.addWidget(self.fit)
        modes.addWidget(self.tile)
        form.addRow(self.tr("Mode:"), modes)

        self.scale = QDoubleSpinBox(box)
        self.scale.setRange(10.0, 400.0)
        self.scale.setDecimals(0)
        self.scale.setSingleStep(10.0)
        self.scale.setSuffix(" %")
        self.scale.setAccessibleName(self.tr("Tile scale"))
        self.scale.setToolTip(self.tr("100 % prints the map at the size it has on screen at 100 %"))
        form.addRow(self.tr("S&cale:"), self.scale)
        self.overlap = _mm_spin(box, 0.0, 100.0, self.tr("Overlap between sheets"))
        self.overlap.setToolTip(self.tr("Each sheet repeats this much of its neighbours, to tape"))
        form.addRow(self.tr("O&verlap:"), self.overlap)
        self.margin = _mm_spin(box, 0.0, 100.0, self.tr("Page margins"))
        form.addRow(self.tr("&Margins:"), self.margin)

        self._mode.buttonToggled.connect(self._toggled)
        for widget in (self.scale, self.overlap, self.margin):
            widget.valueChanged.connect(self._changed)
        return box

    def _content_group(self, project: Project) -> QGroupBox:
        box = QGroupBox(self.tr("Content"), self)
        form = QFormLayout(box)
        self.per_persona = QCheckBox(self.tr("One page per &persona"), box)
        self.summary = QCheckBox(self.tr("S&ummary page (metrics per persona and stage)"), box)
        self.compare_personas = QCheckBox(
            self.tr("Persona c&omparison page (emotion curves, effort, gaps)"), box
        )
        self.channel_paths = QCheckBox(
            self.tr("C&hannel path page per persona (its zig-zag between channels)"), box
        )
        form.addRow(self.per_persona)
        form.addRow(self.summary)
        form.addRow(self.compare_personas)
        form.addRow(self.channel_paths)

        self.lanes = QListWidget(box)
        self.lanes.setAccessibleName(self.tr("Lanes to include"))
        self.lanes.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lanes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        for kind, names in lanes_by_kind(project):
            item = QListWidgetItem(_lane_label(kind, names), self.lanes)
            item.setData(KIND_ROLE, kind)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        rows = max(1, self.lanes.count())
        # Tall enough for every kind (at most 8): no scroll bar to discover.
        self.lanes.setFixedHeight(
            self.lanes.sizeHintForRow(0) * rows + 2 * self.lanes.frameWidth() + 4
        )
        self.lanes.setEnabled(self.lanes.count() > 0)
        form.addRow(self.tr("Lanes:"), self.lanes)

        self.min_font = QDoubleSpinBox(box)
        self.min_font.setRange(2.0, 24.0)
        self.min_font.setDecimals(1)
        self.min_font.setSingleStep(0.5)
        self.min_font.setSuffix(" pt")
        self.min_font.setAccessibleName(self.tr("Minimum legible font size"))
        self.min_font.setToolTip(
            self.tr("Fitting a large map warns when its smallest text gets below this size")
        )
        form.addRow(self.tr("Smallest legible &text:"), self.min_font)

        # The legend, summary and sheet labels: the map's language unless chosen here.
        self.language = QComboBox(box)
        locale = project.locale or "en"
        self.language.addItem(self.tr("The map's language ({locale})").format(locale=locale), "")
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("French"), "fr")
        self.language.setAccessibleName(self.tr("Language of the legend and summary"))
        self.language.setToolTip(
            self.tr("The words the PDF adds (legend, summary page, sheet labels)")
        )
        form.addRow(self.tr("&Words in:"), self.language)
        form.addRow(self.tr("Changes:"), self._compare_row(box))

        for check in (self.per_persona, self.summary, self.compare_personas, self.channel_paths):
            check.toggled.connect(self._changed)
        self.lanes.itemChanged.connect(self._changed)
        self.min_font.valueChanged.connect(self._changed)
        self.language.currentIndexChanged.connect(self._changed)
        return box

    # --- the options ----------------------------------------------------------------------------

    def options(self) -> PdfOptions:
        """The options shown. Raises ValueError (with PdfOptions' message) for a combination
        it refuses, e.g. margins that leave no room on the page: see `problem()`."""
        hidden = {
            item.data(KIND_ROLE)
            for item in self._lane_items()
            if item.checkState() != Qt.CheckState.Checked
        }
        paper = self.paper.currentData()
        custom = (self.custom_width.value(), self.custom_height.value())
        return PdfOptions(
            paper=paper,
            # Only a custom paper has a size of its own (the fields keep theirs meanwhile).
            custom_size_mm=custom if paper == CUSTOM else None,
            landscape=None if self.auto_orientation.isChecked() else self.landscape.isChecked(),
            mode="tile" if self.tile.isChecked() else "fit",
            scale=self.scale.value() / 100.0,
            overlap_mm=self.overlap.value(),
            margin_mm=self.margin.value(),
            per_persona=self.per_persona.isChecked(),
            summary=self.summary.isChecked(),
            compare_personas=self.compare_personas.isChecked(),
            channel_paths=self.channel_paths.isChecked(),
            hidden_lane_kinds=frozenset(hidden) | self._hidden_elsewhere,
            min_font_pt=self.min_font.value(),
            language=self.language.currentData() or "",
            compare_with=self._compare_with,
        )

    def problem(self) -> str | None:
        """Why the options shown cannot be used, or None."""
        try:
            options = self.options()
        except ValueError as error:
            reason = str(error)
            if reason in REFUSALS:
                return QCoreApplication.translate("PdfOptionsPanel", reason)
            return reason
        if options.compare_with:
            try:
                read_comparison(options.compare_with)  # kept while the file is unchanged
            except ComparisonFileError as error:
                text = self.tr("Cannot read the map to compare with, {file}: {reason}")
                return text.format(file=error.path, reason="; ".join(error.reasons))
        return None

    # --- a change handout: the map to compare with ----------------------------------------------

    def _compare_row(self, parent: QWidget) -> QVBoxLayout:
        self.compare_label = QLabel(parent)
        self.compare_label.setWordWrap(True)  # a long file name wraps rather than widening
        self.compare_button = QPushButton(self.tr("Compare wit&h…"), parent)
        self.compare_button.setToolTip(
            self.tr(
                "A change handout: mark on the map what changed since another version of it, "
                "and list every change after the map"
            )
        )
        self.compare_clear = QPushButton(self.tr("Clear"), parent)
        self.compare_clear.setAccessibleName(self.tr("Compare with no other map"))
        self.compare_button.clicked.connect(self.choose_compare_with)
        self.compare_clear.clicked.connect(lambda: self.set_compare_with(""))
        buttons = QHBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.compare_clear)
        buttons.addStretch(1)
        row = QVBoxLayout()
        row.addLayout(buttons)
        row.addWidget(self.compare_label)
        self._show_compare_with()
        return row

    def choose_compare_with(self) -> None:
        """Ask for the map to compare with (any format the editor reads)."""
        start = self._compare_with or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Compare with"),
            start,
            self.tr("Maps (*.journey.json *.ojf *.mmd *.mermaid *.md *.csv);;All files (*)"),
        )
        if chosen:
            self.set_compare_with(chosen)

    def set_compare_with(self, path: str) -> None:
        self._compare_with = path
        self._show_compare_with()
        self._changed()

    def _show_compare_with(self) -> None:
        path = self._compare_with
        if path:
            self.compare_label.setText(Path(path).name)
            self.compare_label.setToolTip(path)
        else:
            self.compare_label.setText(self.tr("No comparison"))
            self.compare_label.setToolTip(
                self.tr("Choose another version of this map to print what changed")
            )
        self.compare_label.setAccessibleName(
            self.tr("Compared with: {file}").format(file=self.compare_label.text())
        )
        self.compare_clear.setEnabled(bool(path))

    def set_options(self, options: PdfOptions) -> None:
        self._updating = True
        try:
            index = self.paper.findData(options.paper)
            self.paper.setCurrentIndex(index if index >= 0 else 0)
            width, height = options.custom_size_mm or DEFAULT_CUSTOM_MM
            self.custom_width.setValue(width)
            self.custom_height.setValue(height)
            orientation = {None: self.auto_orientation, True: self.landscape}
            orientation.get(options.landscape, self.portrait).setChecked(True)
            (self.tile if options.mode == "tile" else self.fit).setChecked(True)
            self.scale.setValue(options.scale * 100.0)
            self.overlap.setValue(options.overlap_mm)
            self.margin.setValue(options.margin_mm)
            self.per_persona.setChecked(options.per_persona)
            self.summary.setChecked(options.summary)
            self.compare_personas.setChecked(options.compare_personas)
            self.channel_paths.setChecked(options.channel_paths)
            present = set()
            for item in self._lane_items():
                kind = item.data(KIND_ROLE)
                present.add(kind)
                hidden = kind in options.hidden_lane_kinds
                item.setCheckState(Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked)
            self._hidden_elsewhere = frozenset(options.hidden_lane_kinds) - present
            self.min_font.setValue(options.min_font_pt)
            index = self.language.findData(options.language)
            self.language.setCurrentIndex(max(index, 0))
            self._compare_with = options.compare_with
            self._show_compare_with()
        finally:
            self._updating = False
        self._enable()
        self.options_changed.emit()

    # --- reacting -------------------------------------------------------------------------------

    def _lane_items(self) -> Iterable[QListWidgetItem]:
        return (self.lanes.item(row) for row in range(self.lanes.count()))

    def _toggled(self, _button, checked: bool) -> None:
        # A radio group toggles twice per click (one off, one on): react to the "on" only.
        if checked:
            self._changed()

    def _changed(self, *_args) -> None:
        if self._updating:
            return
        self._enable()
        self.options_changed.emit()

    def _enable(self) -> None:
        custom = self.paper.currentData() == CUSTOM
        self.custom_width.setEnabled(custom)
        self.custom_height.setEnabled(custom)
        # A custom poster is printed exactly as wide and tall as given: no orientation.
        for button in (self.auto_orientation, self.portrait, self.landscape):
            button.setEnabled(not custom)
        tile = self.tile.isChecked()
        self.scale.setEnabled(tile)
        self.overlap.setEnabled(tile)


def lanes_by_kind(project: Project) -> list[tuple[str, list[str]]]:
    """The lane kinds the map uses, in the model's order, each with its lanes' names."""
    names: dict[str, list[str]] = {}
    for persona in project.personas:
        for lane in persona.lanes:
            bucket = names.setdefault(lane.kind, [])
            if lane.name not in bucket:
                bucket.append(lane.name)
    return [(kind, names[kind]) for kind in LANE_KINDS if kind in names]


def _lane_label(kind: str, names: list[str]) -> str:
    # The kind in the UI's words, then the map's own names for it when they differ.
    label = lane_kind_label(kind)
    others = [name for name in names if name.casefold() != label.casefold()]
    if not others:
        return label
    shown = ", ".join(others[:2]) + (" …" if len(others) > 2 else "")
    return f"{label} — {shown}"


def _mm_spin(parent: QWidget, low: float, high: float, name: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(low, high)
    spin.setDecimals(0)
    spin.setSuffix(" mm")
    spin.setAccessibleName(name)
    return spin


def _group(parent: QWidget, *buttons: QRadioButton) -> QButtonGroup:
    group = QButtonGroup(parent)
    for button in buttons:
        group.addButton(button)
    return group


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
