"""Turning a page plan into PDF bytes with reportlab.

Each map (the whole map, or one persona's) is drawn once as a form XObject and placed on its
pages: scaled onto a fit page, or moved and clipped on every tile. A handout is dated when it
is made; with SOURCE_DATE_EPOCH set (tests, reproducible builds) reportlab's invariant mode
makes the bytes depend on the inputs only, so identical exports are identical files.
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from journey_editor import __version__
from journey_editor.export.font_fallback import collecting
from journey_editor.export.fonts import REGULAR, register_fonts
from journey_editor.export.glyph_forms import GlyphForms
from journey_editor.export.legend_words import layout_labels
from journey_editor.export.outline import Anchor
from journey_editor.export.page_marks import (
    paint_edge_labels,
    paint_page_number,
    paint_tile_marks,
)
from journey_editor.export.page_plan import PagePlan, Plan
from journey_editor.export.paint_changes import paint_changes
from journey_editor.export.paint_channel_path import paint_channel_path
from journey_editor.export.paint_compare import paint_comparison
from journey_editor.export.paint_map import define_map_form
from journey_editor.export.paint_marks import paint_note
from journey_editor.export.paint_summary import paint_summary
from journey_editor.export.pdf_options import PdfOptions
from journey_editor.export.surface import Surface
from journey_editor.i18n import QT_TRANSLATE_NOOP, translate
from journey_editor.layout.title import based_on_text
from journey_editor.model.project import Project

SUBJECT = QT_TRANSLATE_NOOP("PdfExport", "Customer-journey map")


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


def document_metadata(project: Project, language: str = "en") -> dict[str, str]:
    subject = translate("PdfExport", SUBJECT, language)
    client = project.client.strip()
    names = [persona.name for persona in project.personas]
    names += [stage.name for stage in project.stages]
    # A to-be says what it is based on, as its title block does; its as-is file is a keyword.
    about = [client, based_on_text(project, layout_labels(language))]
    if project.based_on is not None:
        names.insert(0, project.based_on.file)
    return {
        "title": project.title.strip() or subject,
        "author": project.author.strip(),
        "subject": " — ".join([subject, *(part for part in about if part)]),
        "keywords": ", ".join(dict.fromkeys(name.strip() for name in names if name.strip())),
        "creator": f"journey-editor {__version__}",
    }


def reproducible() -> int:
    """1 when SOURCE_DATE_EPOCH is set (reproducible builds, tests): reportlab then dates the
    PDF at that instant and derives its id from the content, so the same map gives the same
    bytes. Otherwise 0: a handout carries the real time it was made."""
    return 1 if os.environ.get("SOURCE_DATE_EPOCH", "").strip() else 0


def render_pdf(
    project: Project,
    plan: Plan,
    options: PdfOptions,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    missing: set[str] | None = None,
) -> bytes:
    """The PDF's bytes; the characters that no font on the system has (printed as boxes) are
    added to `missing` when given."""
    with collecting(set() if missing is None else missing):
        return _render(project, plan, options, progress, cancelled)


def _render(
    project: Project,
    plan: Plan,
    options: PdfOptions,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    pages = plan.pages
    first_size = pages[0].page_size if pages else options.page_size_pt()
    canvas = Canvas(
        buffer,
        pagesize=first_size,
        invariant=reproducible(),
        pageCompression=1,
        # Reportlab's default first font is Helvetica, which it would list on every page.
        initialFontName=REGULAR,
        lang=project.locale or None,
    )
    language = options.words_language(project.locale)
    meta = document_metadata(project, language)
    canvas.setTitle(meta["title"])
    canvas.setAuthor(meta["author"])
    canvas.setSubject(meta["subject"])
    canvas.setKeywords(meta["keywords"])
    canvas.setCreator(meta["creator"])
    canvas.showOutline()

    forms = GlyphForms(canvas)
    form_names: dict[tuple[str, ...], str] = {}
    title = meta["title"]
    total = len(pages)
    for done, page in enumerate(pages):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        canvas.setPageSize(page.page_size)
        if page.kind in ("map", "tile") and page.map_key not in form_names:
            name = f"map{len(form_names)}"
            job = plan.maps[page.map_key]
            define_map_form(canvas, job.layout, name, forms, job.marks)
            form_names[page.map_key] = name
        surface = Surface(canvas, page.page_size[1])
        if page.summary is not None:
            paint_summary(surface, page.summary)
        elif page.links is not None:
            paint_summary(surface, page.links)
        elif page.compare is not None:
            paint_comparison(surface, page.compare)
        elif page.channel_path is not None:
            paint_channel_path(surface, page.channel_path)
        elif page.changes is not None:
            paint_changes(surface, page.changes)
        elif page.kind in ("map", "tile"):
            _place_map(surface, page, form_names[page.map_key], plan)
        if page.kind == "map" and plan.maps[page.map_key].note:
            paint_note(surface, page, plan.maps[page.map_key].note)
        if page.kind == "tile":
            paint_tile_marks(
                surface, page, options.overlap_pt, page.label or title, total, language
            )
            paint_edge_labels(surface, page, options.overlap_pt)
        paint_page_number(surface, page, total)
        surface.flush_text()
        _bookmarks(canvas, page)
        canvas.showPage()
        if progress is not None:
            progress(done + 1, total)
    with binary_streams():
        canvas.save()
    return buffer.getvalue()


_save_lock = threading.Lock()


@contextmanager
def binary_streams() -> Iterator[None]:
    """Compressed streams written as binary, not ASCII85 text: reportlab's pure-Python
    ASCII85 encoder was a third of a big map's export time, and it makes files a quarter
    larger. The switch is a reportlab global read while saving, so it is set for the save
    only, under a lock (exports may run in a worker thread)."""
    with _save_lock:
        previous = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = previous


def _place_map(surface: Surface, page: PagePlan, form: str, plan: Plan) -> None:
    source, target, scale = page.source, page.target, page.scale
    if source is None or target is None:
        return
    map_height = plan.maps[page.map_key].layout.height
    page_height = page.page_size[1]
    # Layout point (x, y) is form point (x, H − y); put source's top-left on target's.
    x0 = target.x - scale * source.x
    y0 = page_height - target.y - scale * (map_height - source.y)
    surface.save()
    if page.kind == "tile":
        area = page.printable
        surface.op(f"{surface.rect_path(area.x, area.y, area.width, area.height)} W n")
    surface.op(f"{scale:.6f} 0 0 {scale:.6f} {x0:.3f} {y0:.3f} cm")
    surface.flush()
    surface.canvas.doForm(form)
    surface.restore()


def _bookmarks(canvas: Canvas, page: PagePlan) -> None:
    anchor: Anchor
    for index, anchor in enumerate(page.anchors):
        key = f"page{page.number}-{index}"
        canvas.bookmarkPage(key, fit="XYZ", top=round(page.page_size[1] - anchor.y, 2))
        canvas.addOutlineEntry(anchor.title, key, level=anchor.level)
