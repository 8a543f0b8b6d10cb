"""Exports drawn without Qt: the PDF handout (reportlab), from the same MapLayout as the canvas.

    from journey_editor.export import PdfOptions, export_pdf, plan_pages
    report = export_pdf(project, Path("map.pdf"), PdfOptions(paper="A3", mode="fit"))

No Qt here, so the command line exports without a GUI (PNG/SVG images are rendered by Qt and
live in `journey_editor.ui.canvas.render`).
"""

from journey_editor.export.outline import Anchor
from journey_editor.export.page_plan import PagePlan, plan_pages
from journey_editor.export.pdf import ExportCancelled, PdfReport, export_pdf
from journey_editor.export.pdf_options import MM, PAPER_SIZES_MM, PdfOptions

__all__ = [
    "MM",
    "PAPER_SIZES_MM",
    "Anchor",
    "ExportCancelled",
    "PagePlan",
    "PdfOptions",
    "PdfReport",
    "export_pdf",
    "plan_pages",
]
