"""The live page preview of the PDF dialog: page 1 as it will print, the page count and the
warnings, following the options as the user changes them.

Fit mode shows the first page: a white sheet of the paper's proportions, its margins, and the
map region `plan_pages` puts on it, at the page's scale. Tile mode shows the whole map in
miniature with the grid of sheets over it (the first sheet highlighted), which is what a team
needs to see before taping a wall poster together.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journey_editor.export.page_plan import orientations_used
from journey_editor.export.pdf_options import CUSTOM, PdfOptions
from journey_editor.model.project import Project
from journey_editor.ui.appearance import warning_text
from journey_editor.ui.canvas import theme
from journey_editor.ui.handout.planner import PreviewPlan, PreviewPlanner
from journey_editor.ui.handout.preview_scene import PreviewSource
from journey_editor.ui.labels import paper_name

MAX_SOURCES = 3  # scenes kept, one per set of lanes shown
PAD = 14.0  # around the sheet, inside the widget
BACKDROP = QColor("#8d97a3")
MARGIN_GUIDE = QColor("#9fb3c8")
TILE_PEN = QColor(21, 101, 216)
TILE_LINE = QColor(21, 101, 216, 150)
TILE_FIRST = QColor(21, 101, 216, 70)


def _rect(rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


class PagePreview(QWidget):
    """Paints the first page of a PreviewPlan (or the tile grid). No computing: the plan and
    the layout come from PreviewPlanner; the scene and miniature are built once per layout."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.plan: PreviewPlan | None = None
        self.message = self.tr("Preparing the preview…")
        self._sources: dict[object, PreviewSource] = {}
        self._image: QImage | None = None
        self.setMinimumSize(320, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Preview of the first page"))

    def sizeHint(self) -> QSize:
        return QSize(420, 500)

    # --- input ----------------------------------------------------------------------------------

    def show_plan(self, plan: PreviewPlan) -> None:
        self.plan = plan
        self.message = plan.error or ""
        if plan.layout is not None and plan.layout_key not in self._sources:
            self._sources[plan.layout_key] = PreviewSource(plan.layout, self.title)
            while len(self._sources) > MAX_SOURCES:
                self._sources.pop(next(iter(self._sources))).close()
        self._refresh()

    def show_message(self, text: str) -> None:
        """Instead of a page: why there is none (options the exporter refuses)."""
        self.plan = None
        self.message = text
        self._refresh()

    def source(self) -> PreviewSource | None:
        plan = self.plan
        return self._sources.get(plan.layout_key) if plan is not None else None

    def close_sources(self) -> None:
        for source in self._sources.values():
            source.close()
        self._sources.clear()

    # --- painting -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKDROP)
        if self._image is not None:
            painter.drawImage(QPointF(0, 0), self._image)
        if self.message or self._image is None:
            painter.setPen(QColor("white"))
            painter.drawText(
                QRectF(self.rect()).adjusted(PAD, PAD, -PAD, -PAD),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.message or self.tr("Preparing the preview…"),
            )

    def _refresh(self) -> None:
        self._image = self.render_image()
        self.update()

    def render_image(self) -> QImage | None:
        """The picture for the current plan at the widget's size (None: nothing to show)."""
        plan, source = self.plan, self.source()
        if plan is None or plan.error or not plan.pages or self.width() <= 2 * PAD:
            return None
        first = plan.pages[0]
        if source is None and first.source is not None:
            return None  # a map page, but its layout has not arrived
        ratio = self.devicePixelRatioF()
        image = QImage(
            round(self.width() * ratio), round(self.height() * ratio), QImage.Format.Format_RGB32
        )
        image.setDevicePixelRatio(ratio)
        image.fill(BACKDROP)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(0, 0, self.width(), self.height()).adjusted(PAD, PAD, -PAD, -PAD)
        if first.kind == "tile" and source is not None:
            self._paint_tiles(painter, area, plan, source)
        else:
            self._paint_page(painter, area, first, source)
        painter.end()
        return image

    def _paint_page(
        self, painter: QPainter, area: QRectF, page, source: PreviewSource | None
    ) -> None:
        width, height = page.page_size
        k = min(area.width() / width, area.height() / height)
        sheet = QRectF(0, 0, width * k, height * k)
        sheet.moveCenter(area.center())

        def on_sheet(rect) -> QRectF:
            return QRectF(
                sheet.x() + rect.x * k, sheet.y() + rect.y * k, rect.width * k, rect.height * k
            )

        painter.fillRect(sheet.translated(3, 3), QColor(0, 0, 0, 60))
        painter.fillRect(sheet, QColor("white"))
        content = on_sheet(page.printable)
        painter.setPen(QPen(MARGIN_GUIDE, 1.0, Qt.PenStyle.DashLine))
        painter.drawRect(content)
        if source is None or page.source is None or page.target is None:
            self._paint_summary_sketch(painter, content)
            return
        painter.save()
        painter.setClipRect(content)
        source.paint_region(painter, on_sheet(page.target), _rect(page.source))
        painter.restore()

    def _paint_tiles(
        self, painter: QPainter, area: QRectF, plan: PreviewPlan, source: PreviewSource
    ) -> None:
        tiles = first_tile_set(plan.pages)
        whole = QRectF(source.map_rect)
        for tile in tiles:
            whole = whole.united(_rect(tile.source))
        k = min(area.width() / whole.width(), area.height() / whole.height())
        placed = QRectF(0, 0, whole.width() * k, whole.height() * k)
        placed.moveCenter(area.center())

        def to_widget(rect: QRectF) -> QRectF:
            return QRectF(
                placed.x() + (rect.x() - whole.x()) * k,
                placed.y() + (rect.y() - whole.y()) * k,
                rect.width() * k,
                rect.height() * k,
            )

        painter.fillRect(placed, QColor("white"))
        source.paint_region(painter, to_widget(source.map_rect), source.map_rect)
        rects = [to_widget(_rect(tile.source)) for tile in tiles]
        # Every sheet's outline, then the first one on top, shaded and stronger.
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(TILE_LINE, 1.0))
        for rect in rects[1:]:
            painter.drawRect(rect)
        painter.fillRect(rects[0], TILE_FIRST)
        painter.setPen(QPen(TILE_PEN, 2.0))
        painter.drawRect(rects[0])
        self._number_tiles(painter, rects)

    def _number_tiles(self, painter: QPainter, rects: list[QRectF]) -> None:
        """Sheet numbers on white badges: on every sheet when they all fit with room to
        spare (a grid of a few numbers reads; a hundred badges would hide the map), else
        on the first sheet only."""
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        widest = QRectF(0, 0, metrics.horizontalAdvance(str(len(rects))) + 10, 18)
        cell = rects[0]
        roomy = cell.width() >= 1.8 * widest.width() and cell.height() >= 1.8 * widest.height()
        for index, rect in enumerate(rects if roomy else rects[:1]):
            label = str(index + 1)
            badge = QRectF(0, 0, metrics.horizontalAdvance(label) + 10, 18)
            if rect.width() < badge.width() + 2 or rect.height() < badge.height() + 2:
                continue
            badge.moveCenter(rect.center())
            painter.setPen(QPen(TILE_PEN, 1.0))
            painter.setBrush(QColor(255, 255, 255, 230))
            painter.drawRoundedRect(badge, 4, 4)
            painter.setPen(theme.INK)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_summary_sketch(self, painter: QPainter, content: QRectF) -> None:
        # The summary page is a table of numbers: a sketch says "table" without computing it.
        painter.setPen(QPen(MARGIN_GUIDE, 1.0))
        rows = 12
        step = content.height() / (rows + 2)
        for row in range(rows):
            y = content.y() + step * (row + 1)
            painter.drawLine(QPointF(content.x(), y), QPointF(content.right(), y))
        painter.setPen(theme.INK)
        painter.drawText(
            QRectF(content.x(), content.y(), content.width(), step),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Summary"),
        )


def first_tile_set(pages: list) -> list:
    """The sheets of the first map (with one page per persona, each persona has its own
    set of tiles)."""
    tiles = [page for page in pages if page.kind == "tile"]
    return [page for page in tiles if page.map_key == tiles[0].map_key] if tiles else []


class PreviewPane(QWidget):
    """The preview, the page count and the warnings, following `request(options)`; when a
    tiled map leaves a nearly empty last row or column of sheets, a button under the warnings
    proposes the scale without it (`scale_proposed(scale)` when clicked)."""

    scale_proposed = Signal(float)

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner = PreviewPlanner(project, self)
        self.page = PagePreview(project.title, self)
        self.count = QLabel(self)
        self.count.setObjectName("page-count")
        font = self.count.font()
        font.setBold(True)
        self.count.setFont(font)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self._colour_warnings()
        self.warnings.hide()
        self.proposal = QPushButton(self)
        self.proposal.setObjectName("scale-proposal")
        self.proposal.setAccessibleName(
            QCoreApplication.translate("PdfPreview", "Use the proposed scale")
        )
        self.proposal.hide()
        self.proposal.clicked.connect(self._apply_proposal)
        self._proposed: float | None = None
        proposal_row = QHBoxLayout()
        proposal_row.addWidget(self.proposal)
        proposal_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.details)
        layout.addWidget(self.warnings)
        layout.addLayout(proposal_row)
        self.planner.planned.connect(self._on_planned)

    def _colour_warnings(self) -> None:
        # Brown on a light dialog, amber on a dark one; the text says "warning" too.
        palette = self.warnings.palette()
        palette.setColor(QPalette.ColorRole.WindowText, warning_text(self.palette()))
        self.warnings.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_warnings()

    def request(self, options: PdfOptions | None, problem: str | None = None) -> None:
        if options is None:
            self.page.show_message(problem or "")
            self.count.setText(self.tr("No preview"))
            self.details.setText("")
            self._set_warnings([problem] if problem else [])
            self._set_proposal(None)
            return
        self.planner.request(options)

    def page_count(self) -> int | None:
        plan = self.planner.latest
        return len(plan.pages) if plan is not None and not plan.error else None

    def _on_planned(self, plan: PreviewPlan) -> None:
        self.page.show_plan(plan)
        if plan.error:
            self.count.setText(self.tr("No preview"))
            self.details.setText("")
            self._set_warnings([plan.error])
            self._set_proposal(None)
            return
        self.count.setText(pages_text(len(plan.pages)))
        self.details.setText(describe(plan))
        self._set_warnings(plan.warnings)
        self._set_proposal(plan)

    def _set_warnings(self, warnings: list[str]) -> None:
        self.warnings.setText("\n".join(f"⚠ {text}" for text in warnings))
        self.warnings.setVisible(bool(warnings))

    def _set_proposal(self, plan: PreviewPlan | None) -> None:
        """The one-click fix of the warnings' "at 93 % the map prints on fewer sheets"."""
        proposal = plan.proposal if plan is not None else None
        self._proposed = proposal.scale if proposal is not None else None
        if proposal is not None:
            scale = f"{proposal.scale * 100:.0f}"
            self.proposal.setText(
                QCoreApplication.translate("PdfPreview", "Use {scale} %").format(scale=scale)
            )
            self.proposal.setToolTip(
                QCoreApplication.translate(
                    "PdfPreview", "Tile at {scale} %: {sheets} instead of {current} sheets"
                ).format(scale=scale, sheets=proposal.sheets, current=proposal.current)
            )
        self.proposal.setVisible(proposal is not None)

    def _apply_proposal(self) -> None:
        if self._proposed is not None:
            self.scale_proposed.emit(self._proposed)

    def shutdown(self) -> None:
        self.planner.wait_idle()
        self.page.close_sources()


def pages_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("PdfPreview", "1 page")
    return QCoreApplication.translate("PdfPreview", "{count} pages").format(count=count)


def paper_text(options: PdfOptions, used: tuple[bool, ...] = ()) -> str:
    """PdfOptions.describe_paper in the interface's words: "A4 landscape (auto)", "A3
    portrait", "custom 600 × 900 mm". `used`: the orientations the plan chose (landscape or
    not) when "auto"."""
    if options.paper == CUSTOM:
        width, height = options.custom_size_mm or (0.0, 0.0)
        return QCoreApplication.translate("PdfPreview", "custom {width} × {height} mm").format(
            width=f"{width:g}", height=f"{height:g}"
        )
    ways = [options.landscape] if options.landscape is not None else list(dict.fromkeys(used))
    words = [
        QCoreApplication.translate("PdfPreview", "landscape")
        if way
        else QCoreApplication.translate("PdfPreview", "portrait")
        for way in ways or [True]
    ]
    orientation = words[0]
    if len(words) == 2:
        orientation = QCoreApplication.translate("PdfPreview", "{first} and {second}").format(
            first=words[0], second=words[1]
        )
    if options.landscape is None:
        text = QCoreApplication.translate("PdfPreview", "{paper} {orientation} (auto)")
    else:
        text = QCoreApplication.translate("PdfPreview", "{paper} {orientation}")
    return text.format(paper=paper_name(options.paper), orientation=orientation)


def describe(plan: PreviewPlan) -> str:
    """ "A3 landscape · the map printed at 62 %", "A4 portrait · 3 × 4 sheets at 100 % …",
    then what else the document holds (one map per persona, summary pages)."""
    options = plan.options
    parts = [paper_text(options, orientations_used(plan.pages))]
    tiles = first_tile_set(plan.pages)
    maps = [page for page in plan.pages if page.kind == "map"]
    if tiles:
        parts.append(
            QCoreApplication.translate(
                "PdfPreview", "{cols} × {rows} sheets at {scale} % (sheet 1 shaded)"
            ).format(cols=tiles[0].columns, rows=tiles[0].rows, scale=round(options.scale * 100))
        )
    elif maps:
        smallest = min(page.scale for page in maps)
        parts.append(
            QCoreApplication.translate("PdfPreview", "the map printed at {scale} %").format(
                scale=f"{smallest * 100:.0f}"
            )
        )
    text = " · ".join(parts)
    first = plan.pages[0] if plan.pages else None
    if options.per_persona and first is not None and first.label:
        text += "\n" + QCoreApplication.translate(
            "PdfPreview", "One map per persona; shown: {name}"
        ).format(name=first.label)
    summaries = sum(page.kind == "summary" for page in plan.pages)
    if summaries:
        text += "\n" + (
            QCoreApplication.translate("PdfPreview", "Then 1 summary page")
            if summaries == 1
            else QCoreApplication.translate("PdfPreview", "Then {count} summary pages").format(
                count=summaries
            )
        )
    if any(page.kind == "compare" for page in plan.pages):
        text += "\n" + QCoreApplication.translate("PdfPreview", "Then the persona comparison page")
    return text
