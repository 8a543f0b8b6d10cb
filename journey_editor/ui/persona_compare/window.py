"""View → Compare personas: a window of its own beside the map (another screen, the projector),
drawing the persona comparison big; checkboxes choose the personas shown (all by default, the
first six when there are more); it follows every edit of the map."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journey_editor.export.compare_words import compare_labels
from journey_editor.i18n import ui_language
from journey_editor.layout.figures import decimal_mark
from journey_editor.layout.geometry import Point
from journey_editor.layout.persona_compare import MAX_READABLE, line_style
from journey_editor.model.project import Project
from journey_editor.ui.map_side_window import MapSideHost, MapSideWindow
from journey_editor.ui.persona_compare.chart import CompareChart
from journey_editor.ui.persona_compare.painter import curve_pen, paint_marker

PANEL_WIDTH = 230


class CompareWindow(MapSideWindow):
    def __init__(self, host: MapSideHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.setObjectName("compare-personas")
        self.setMinimumSize(900, 560)
        self.resize(1280, 800)
        self.chart = CompareChart(self)
        self.chart.setAccessibleName(self.tr("Chart of the personas' emotion curves"))
        self.chart.card_clicked.connect(self.show_card)
        self.checks: dict[str, QCheckBox] = {}
        self._chosen: dict[str, bool] = {}  # persona id -> shown, kept across edits

        panel = QWidget(self)
        panel.setFixedWidth(PANEL_WIDTH)
        column = QVBoxLayout(panel)
        heading = QLabel(self.tr("Personas shown"), panel)
        heading.setStyleSheet("font-weight: bold")
        column.addWidget(heading)
        self._list = QWidget(panel)
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._list)
        column.addWidget(scroll, 1)
        self.hint = QLabel(panel)
        self.hint.setWordWrap(True)
        column.addWidget(self.hint)
        help_text = QLabel(
            self.tr("Hover a marker to see its card; click it to select the card on the map."),
            panel,
        )
        help_text.setWordWrap(True)
        column.addWidget(help_text)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(panel)
        layout.addWidget(self.chart, 1)

        self.start_following(self.refresh)

    # --- following the map ----------------------------------------------------------------

    def refresh(self) -> None:
        """The persona list and the chart from the map as it is now."""
        self.stop_pending()
        project = self.document.project
        self.setWindowTitle(
            self.tr("Compare personas — {name}").format(name=self.document.display_name())
        )
        self._fill_list(project)
        labels = replace(compare_labels(ui_language()), decimal_mark=decimal_mark(project.locale))
        self.chart.set_content(project, self.shown(), labels)

    def shown(self) -> tuple[str, ...]:
        return tuple(pid for pid, check in self.checks.items() if check.isChecked())

    def _fill_list(self, project: Project) -> None:
        known = [persona.id for persona in project.personas]
        for persona_id in list(self._chosen):
            if persona_id not in known:
                del self._chosen[persona_id]
        for persona_id in known:
            if persona_id not in self._chosen:
                self._chosen[persona_id] = sum(self._chosen.values()) < MAX_READABLE
        if list(self.checks) != known:
            for check in self.checks.values():
                check.deleteLater()
            self.checks = {}
            for persona_id in known:
                check = QCheckBox(self._list)
                check.toggled.connect(lambda on, pid=persona_id: self._toggled(pid, on))
                self._list_layout.addWidget(check)
                self.checks[persona_id] = check
            self._list_layout.addStretch(1)
        for index, persona in enumerate(project.personas):
            check = self.checks[persona.id]
            check.setText(persona.name)
            check.setIcon(style_icon(persona.colour, index))
            check.setIconSize(QSize(40, 16))
            check.blockSignals(True)
            check.setChecked(self._chosen[persona.id])
            check.blockSignals(False)
        self._update_hint()

    def _toggled(self, persona_id: str, on: bool) -> None:
        self._chosen[persona_id] = on
        self._update_hint()
        self.chart.set_content(self.document.project, self.shown(), self.chart.labels)

    def _update_hint(self) -> None:
        count = len(self.shown())
        if count > MAX_READABLE:
            text = self.tr("More than {count} curves get hard to read.").format(count=MAX_READABLE)
        elif count < 2 and len(self.checks) >= 2:
            text = self.tr("Tick two personas or more to compare them.")
        else:
            text = ""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))


def style_icon(colour: str, index: int) -> QIcon:
    """A persona's line and marker, as in the chart: its checkbox doubles as the legend."""
    pixmap = QPixmap(40, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    style = line_style(index)
    painter.setPen(curve_pen(colour, style, 2.0))
    painter.drawLine(2, 8, 38, 8)
    paint_marker(painter, colour, style, Point(20.0, 8.0), 4.5, 1.0)
    painter.end()
    return QIcon(pixmap)


def show_compare_window(host) -> CompareWindow:
    """View → Compare personas: the window of this main window, made the first time, then
    shown again and raised (its choice of personas kept)."""
    window = host.findChild(CompareWindow, "compare-personas")
    if window is None:
        window = CompareWindow(host, host)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
