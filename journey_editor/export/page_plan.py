"""What each page of the PDF shows, decided before anything is drawn.

Pure: the GUI preview calls `plan_pages` to draw page outlines and count sheets, the export
paints exactly these pages. Page geometry is in page points with the origin at the page's
top-left and y down (like the layout); the source rectangles are in layout points.

Fit: the whole map (title block, legend, map) scaled to the printable area, centred
horizontally and at the top; with the orientation on "auto", the paper turns to portrait only
when that prints the map at least HINT_GAIN times larger (else the hint would say so).
Tile: the map at `scale` over a grid of sheets, neighbours sharing `overlap` of printed
paper; a sheet shows ``printable / scale`` layout points and the next one starts
``(printable − overlap) / scale`` further. `tile_grid.choose_grid` picks the orientation
("auto") and grid with the fewest sheets, whose union covers the map. Tiles that do not show
the stage row or the persona column carry the names of the stages and personas they show
(`edge_labels`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Literal

from journey_editor.export.bounds import ink_bounds
from journey_editor.export.change_marks import Badge
from journey_editor.export.changes_layout import ChangesPage
from journey_editor.export.channel_path_page import channel_path_pages
from journey_editor.export.compare_page import compare_page
from journey_editor.export.comparison import (
    change_pages,
    changes_note,
    comparison_for,
    marks_for,
)
from journey_editor.export.edge_labels import EdgeLabel, persona_labels, stage_labels
from journey_editor.export.legend_words import layout_labels
from journey_editor.export.links_table import links_table
from journey_editor.export.outline import Anchor
from journey_editor.export.pdf_options import DEFAULT_OPTIONS, PdfOptions
from journey_editor.export.project_views import persona_only, without_lane_kinds
from journey_editor.export.summary_layout import SummaryPage, layout_summary
from journey_editor.export.tile_grid import (
    choose_grid,
    orientations,
    printable_area,
    sheets_along,
)
from journey_editor.layout import LayoutOptions, MapLayout, Rect, compute_layout
from journey_editor.layout.channel_path import ChannelPath
from journey_editor.layout.persona_compare import PersonaComparison
from journey_editor.model.metrics import compute_metrics
from journey_editor.model.project import Project

PageKind = Literal["map", "tile", "links", "summary", "compare", "changes", "channel_path"]
HINT_GAIN = 1.2  # fit: turning the paper is worth it (or a hint) from this gain on


@dataclass(frozen=True)
class PagePlan:
    number: int  # 1-based page number in the document
    kind: PageKind
    page_size: tuple[float, float]  # (width, height) in points
    printable: Rect  # the page inside its margins (page points, top-left origin, y down)
    map_key: tuple[
        str, ...
    ]  # the personas of the map drawn (all, or one per persona); () for summary
    label: str = ""  # per-persona pages: the persona's name
    source: Rect | None = None  # map / tile: the part of the layout shown, in layout points
    target: Rect | None = None  # where `source` lands on the page (page points)
    scale: float = 1.0  # printed points per layout point
    # map / tile: the whole map's extent in layout points (its rectangle, grown by any link
    # drawn past its edge); the tiles of a set cover it
    map_bounds: Rect | None = None
    row: int | None = None  # tile: 0-based row and column in its set …
    column: int | None = None
    rows: int | None = None  # … and the set's grid
    columns: int | None = None
    anchors: tuple[Anchor, ...] = ()  # bookmarks on this page: personas' bands, summary parts
    compare: PersonaComparison | None = None  # the persona comparison page: what to paint
    channel_path: ChannelPath | None = None  # a persona's channel path page: what to paint
    summary: SummaryPage | None = None  # summary pages: what to paint
    links: SummaryPage | None = None  # the links table (laid out as a summary page)
    changes: ChangesPage | None = None  # change pages of a change handout: what to paint
    # tiles that do not show the stage row (persona column): the names of the stages
    # (personas) they show, along the top (left) edge
    stage_labels: tuple[EdgeLabel, ...] = ()
    persona_labels: tuple[EdgeLabel, ...] = ()

    @property
    def sheet(self) -> int | None:
        """1-based position of a tile in its set (row-major), for "sheet 5 of 12"."""
        if self.row is None or self.column is None or self.columns is None:
            return None
        return self.row * self.columns + self.column + 1

    @property
    def sheets(self) -> int | None:
        if self.rows is None or self.columns is None:
            return None
        return self.rows * self.columns


@dataclass(frozen=True)
class MapJob:
    """One map to draw (the whole map, or one persona's): its layout and display name."""

    key: tuple[str, ...]
    layout: MapLayout
    label: str  # "" for the whole map, else the persona's name
    marks: tuple[Badge, ...] = ()  # a change handout: the change badges drawn on the map
    note: str = ""  # … and the line under it (fit pages) saying what the badges are


@dataclass(frozen=True)
class Plan:
    pages: list[PagePlan]
    maps: dict[tuple[str, ...], MapJob]


def layout_options(options: PdfOptions, language: str = "en") -> LayoutOptions:
    return LayoutOptions(
        title_block=True,
        legend=True,
        hidden_lane_kinds=frozenset(options.hidden_lane_kinds),
        labels=layout_labels(language),
    )


def tile_count(length: float, scale: float, area: float, overlap: float) -> int:
    """Sheets along one side for a map `length` layout points long: see `tile_grid`."""
    return sheets_along(length * scale, area, overlap)


def orientations_used(pages: list[PagePlan]) -> tuple[bool, ...]:
    """Landscape or not, for each map page's paper, in page order (for "A4 portrait (auto)")."""
    return tuple(
        page.page_size[0] > page.page_size[1] for page in pages if page.kind in ("map", "tile")
    )


def plan_pages(project: Project, options: PdfOptions = DEFAULT_OPTIONS) -> list[PagePlan]:
    """What each page shows, in order: map pages (or tiles), the links table, the change pages
    of a change handout, the summary pages, then the persona comparison page."""
    return make_plan(project, options).pages


def make_plan(project: Project, options: PdfOptions, base: Project | None = None) -> Plan:
    """The plan; a change handout (`options.compare_with`, or `base` when A is already read)
    marks the changes on the maps and lists them after (ComparisonFileError: A unreadable)."""
    versions = comparison_for(project, options, base)  # A against B, for a change handout
    maps = _map_jobs(project, options)
    page_size = options.page_size_pt()
    printable = printable_area(options)
    pages: list[PagePlan] = []
    stages = {stage.id: stage.name for stage in project.stages}
    for job in maps.values():
        names = _persona_names(project, job)
        if options.mode == "fit":
            pages.append(_fit_page(len(pages) + 1, job, _fit_options(job, options), names))
        else:
            pages.extend(_tile_pages(len(pages) + 1, job, options, names, stages))
    language = options.words_language(project.locale)

    def table_page(kind: str, anchors, **content) -> None:
        """A page after the maps (links, changes, summary, comparison): no map on it."""
        pages.append(
            PagePlan(
                number=len(pages) + 1,
                kind=kind,
                page_size=page_size,
                printable=printable,
                map_key=(),
                anchors=anchors,
                **content,
            )
        )

    # The links table: the labels the maps show as numbered markers (layout/links.py).
    layouts = [(job.label, job.layout) for job in maps.values()]
    for part in links_table(layouts, printable, language):
        table_page("links", part.anchors, links=part)
    if versions is not None:
        note = changes_note(versions, len(pages) + 1, language)
        for key, job in maps.items():
            marks = marks_for(job.layout, versions, language)
            maps[key] = replace(job, marks=marks, note=note)
        for part in change_pages(project, versions, printable, options, language):
            table_page("changes", part.anchors, changes=part)
    if options.summary:
        printed = without_lane_kinds(project, options.hidden_lane_kinds)
        metrics = compute_metrics(printed)
        hidden = options.hidden_lane_kinds
        for part in layout_summary(printed, metrics, printable, hidden, language):
            table_page("summary", part.anchors, summary=part)
    if options.compare_personas:
        comparison, anchors = compare_page(project, options, printable)
        table_page("compare", anchors, compare=comparison)
    if options.channel_paths:
        for path, anchors in channel_path_pages(project, options, printable):
            table_page("channel_path", anchors, channel_path=path)
    return Plan(pages, maps)


def _map_jobs(project: Project, options: PdfOptions) -> dict[tuple[str, ...], MapJob]:
    layout_opts = layout_options(options, options.words_language(project.locale))
    if options.per_persona and project.personas:
        return {
            (persona.id,): MapJob(
                (persona.id,),
                compute_layout(persona_only(project, persona.id), layout_opts),
                persona.name,
            )
            for persona in project.personas
        }
    key = tuple(persona.id for persona in project.personas)
    return {key: MapJob(key, compute_layout(project, layout_opts), "")}


def _persona_names(project: Project, job: MapJob) -> dict[str, str]:
    wanted = set(job.key)
    return {p.id: p.name for p in project.personas if p.id in wanted}


def _band_anchors(
    job: MapJob, names: dict[str, str], source: Rect, target: Rect, scale: float
) -> tuple[Anchor, ...]:
    """An anchor at each band's top, on a page showing `source` at `target`."""
    return tuple(
        Anchor(
            names.get(band.persona_id, band.persona_id),
            0,
            target.y + (band.rect.y - source.y) * scale,
        )
        for band in job.layout.personas
    )


def fit_scale(options: PdfOptions, width: float, height: float) -> float:
    area = printable_area(options)
    return min(area.width / max(width, 1.0), area.height / max(height, 1.0))


def _fit_options(job: MapJob, options: PdfOptions) -> PdfOptions:
    """`options` with the orientation resolved: "auto" holds the paper the preferred way
    unless the other way prints the map at least HINT_GAIN times larger."""
    preferred, *others = orientations(options)
    if not others:
        return preferred
    bounds = ink_bounds(job.layout)
    kept = fit_scale(preferred, bounds.width, bounds.height)
    turned = fit_scale(others[0], bounds.width, bounds.height)
    return others[0] if turned >= HINT_GAIN * kept else preferred


def _fit_page(number: int, job: MapJob, options: PdfOptions, names: dict[str, str]) -> PagePlan:
    page_size = options.page_size_pt()
    printable = printable_area(options)
    layout = job.layout
    source = ink_bounds(layout)
    width, height = source.width, source.height
    scale = min(printable.width / width, printable.height / height)
    target = Rect(
        printable.x + (printable.width - width * scale) / 2,
        printable.y,
        width * scale,
        height * scale,
    )
    anchors = _band_anchors(job, names, source, target, scale)
    return PagePlan(
        number=number,
        kind="map",
        page_size=page_size,
        printable=printable,
        map_key=job.key,
        label=job.label,
        source=source,
        target=target,
        scale=scale,
        map_bounds=source,
        anchors=anchors,
    )


def _tile_pages(
    first_number: int,
    job: MapJob,
    options: PdfOptions,
    names: dict[str, str],
    stage_names: dict[str, str],
) -> list[PagePlan]:
    layout = job.layout
    bounds = ink_bounds(layout)
    grid = choose_grid(bounds.width, bounds.height, options)
    scale, overlap = grid.scale, grid.overlap
    page_size, printable = grid.page_size, grid.printable
    columns, rows = grid.columns, grid.rows
    source_w, source_h = printable.width / scale, printable.height / scale
    step_x = (printable.width - overlap) / scale
    step_y = (printable.height - overlap) / scale
    left = bounds.x - grid.offset[0] / scale
    top = bounds.y - grid.offset[1] / scale

    # Each band's bookmark goes to the first-column tile whose top is nearest above the band's
    # top: the band then starts near the top of that sheet.
    band_rows: dict[int, list[Anchor]] = {}
    for band in layout.personas:
        offset = band.rect.y - top
        row = min(rows - 1, max(0, math.floor(offset / step_y + 1e-9)))
        y = printable.y + (offset - row * step_y) * scale
        title = names.get(band.persona_id, band.persona_id)
        band_rows.setdefault(row, []).append(Anchor(title, 0, y))

    pages = []
    for row in range(rows):
        for column in range(columns):
            source = Rect(left + column * step_x, top + row * step_y, source_w, source_h)
            pages.append(
                PagePlan(
                    number=first_number + len(pages),
                    kind="tile",
                    page_size=page_size,
                    printable=printable,
                    map_key=job.key,
                    label=job.label,
                    source=source,
                    target=printable,
                    scale=scale,
                    map_bounds=bounds,
                    row=row,
                    column=column,
                    rows=rows,
                    columns=columns,
                    anchors=tuple(band_rows.get(row, ())) if column == 0 else (),
                    stage_labels=stage_labels(
                        layout, stage_names, source, printable, scale, printable
                    ),
                    persona_labels=persona_labels(
                        layout, names, source, printable, scale, printable
                    ),
                )
            )
    return pages
