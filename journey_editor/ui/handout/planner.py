"""The PDF dialog's live figures: the page plan, page count and warnings for the current
options, computed off the GUI thread.

Planning lays the whole map out (about 0.2 s for 5,000 cards), so it runs in a worker
thread, debounced, and only the newest request's answer is shown: typing "150" in the scale
box starts one computation, not three, and a slow answer never overwrites a newer one.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from journey_editor.export.page_plan import make_plan
from journey_editor.export.pdf import make_report
from journey_editor.export.pdf_options import PdfOptions
from journey_editor.export.tile_grid import ScaleProposal
from journey_editor.i18n import ui_language
from journey_editor.layout import MapLayout
from journey_editor.model.project import Project

DEBOUNCE_MS = 150


@dataclass
class PreviewPlan:
    """One answer: the pages of `options`, the layout page 1 cuts from, and warnings.

    `layout_key` names that layout (lanes shown, personas drawn): the same key always means
    the same layout, so the preview builds its scene and miniature once per key."""

    generation: int
    options: PdfOptions
    pages: list = field(default_factory=list)
    layout_key: object = None
    layout: MapLayout | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    # tile: a scale that saves a nearly empty last row or column of sheets
    proposal: ScaleProposal | None = None


class _Relay(QObject):
    # Lives in the GUI thread; the worker emits through it, so the answer arrives queued.
    answered = Signal(object)


class _PlanTask(QRunnable):
    def __init__(self, relay: _Relay, project: Project, plan: PreviewPlan) -> None:
        super().__init__()
        self.relay = relay
        self.project = project
        self.plan = plan

    def run(self) -> None:
        plan = self.plan
        try:
            made = make_plan(self.project, plan.options)
            plan.pages = made.pages
            layouts = {key: job.layout for key, job in made.maps.items()}
            first_map = next((page for page in made.pages if page.source is not None), None)
            if first_map is not None:
                plan.layout = layouts[first_map.map_key]
                plan.layout_key = (plan.options.hidden_lane_kinds, first_map.map_key)
            # The very warnings the export will report (smallest text, orientation hint).
            report = make_report(made, plan.options, ui_language())
            plan.warnings = list(report.warnings)
            plan.proposal = report.proposal
        except Exception as error:  # options the exporter refuses: say so in the dialog
            plan.error = str(error) or type(error).__name__
            traceback.print_exc()
        self.relay.answered.emit(plan)


class PreviewPlanner(QObject):
    """request(options) → (150 ms later, off-thread) planned(PreviewPlan)."""

    planned = Signal(object)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Its own copy: the worker reads it while the GUI thread is free to edit the map.
        self.project = project.model_copy(deep=True)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # answers in request order, one layout at a time
        self._relay = _Relay(self)
        self._relay.answered.connect(self._on_answer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run)
        self._pending: PdfOptions | None = None
        self._generation = 0
        self.latest: PreviewPlan | None = None

    def request(self, options: PdfOptions) -> None:
        self._pending = options
        self._generation += 1
        self._timer.start()  # restarts: only the last of a burst of changes is planned

    def wait_idle(self, milliseconds: int = 30_000) -> bool:
        """Drop what is queued and block until the running task ends (closing the dialog)."""
        self._timer.stop()
        self._pending = None
        self._pool.clear()
        return self._pool.waitForDone(milliseconds)

    def _run(self) -> None:
        options, self._pending = self._pending, None
        if options is None:
            return
        plan = PreviewPlan(self._generation, options)
        self._pool.start(_PlanTask(self._relay, self.project, plan))

    def _on_answer(self, plan: PreviewPlan) -> None:
        if plan.generation != self._generation:
            return  # a newer request is on its way
        self.latest = plan
        self.planned.emit(plan)
