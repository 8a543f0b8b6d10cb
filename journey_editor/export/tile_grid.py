"""How a map is cut into sheets for a wall poster: the orientation and grid that take the
fewest sheets, and the scale that saves a nearly empty last row or column.

Pure arithmetic on the map's size (layout points) and the options; `page_plan` turns the
chosen grid into pages, the report and the dialog word the proposal.

Along one side, n sheets of printable length A, neighbours sharing o, cover at most
n·A − (n−1)·o of the printed map, and exactly that when the first sheet starts at the map's
edge, so a map printed P long needs

    n = 1                        if P ≤ A
      = ⌈(P − o) / (A − o)⌉      otherwise

sheets, and no offset of the grid does better: starting the first sheet before the map
(centring the map on the grid, say) moves blank paper from the last sheet to the first and
can only cost a sheet, never save one. So the grid starts at the map's top-left corner, which
also keeps all the spare paper in the last row and column, to be cut off in one stroke.

What the offset cannot change, the orientation can: with `landscape` None ("auto") both ways
of holding a named paper are tried, and the grid with the fewest sheets wins; on a tie the
preferred orientation (landscape, the default for named papers), then fewer rows. A custom
poster size is used as given, and an explicit portrait or landscape is honoured.

A last row or column that adds less than a fifth of a sheet of map is paper spent on a
sliver: `propose_scale` finds the largest scale, in whole percents, at most the requested
one, at which that row or column is no longer needed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from journey_editor.export.pdf_options import AUTO_LANDSCAPE, CUSTOM, PdfOptions
from journey_editor.layout import Rect

PREFERRED_LANDSCAPE = AUTO_LANDSCAPE  # "auto" on a tie: the way named papers default to
SLIVER = 0.2  # a last row or column adding less than this share of a sheet is a sliver
PROPOSAL_STEP = 0.01  # proposed scales are whole percents
_EPS = 1e-6

Side = Literal["column", "row", "both"]


def printable_area(options: PdfOptions) -> Rect:
    """The sheet inside its margins (page points, top-left origin)."""
    width, height = options.page_size_pt()
    margin = options.margin_pt
    return Rect(margin, margin, width - 2 * margin, height - 2 * margin)


def sheets_along(printed: float, area: float, overlap: float) -> int:
    """Sheets needed along one side for `printed` points of map: see the module docstring."""
    if printed <= area + _EPS:
        return 1
    return math.ceil((printed - overlap) / (area - overlap) - 1e-9)


def covered(sheets: int, area: float, overlap: float) -> float:
    """How much map `sheets` sheets in a row hold, starting at the map's edge."""
    return sheets * area - (sheets - 1) * overlap if sheets > 0 else 0.0


@dataclass(frozen=True)
class TileGrid:
    """The sheets of one map: paper way round, grid, and where the grid starts."""

    landscape: bool | None  # the orientation used; None for a custom paper (as given)
    page_size: tuple[float, float]
    printable: Rect
    columns: int
    rows: int
    scale: float
    overlap: float  # printed points
    printed: tuple[float, float]  # the map's printed width and height
    # Where the first sheet starts, in printed points before the map's top-left corner:
    # always (0, 0), the offset that never costs a sheet (see the module docstring).
    offset: tuple[float, float] = (0.0, 0.0)

    @property
    def sheets(self) -> int:
        return self.columns * self.rows

    def last_share(self, side: Literal["column", "row"]) -> float | None:
        """The share of a sheet the last column (row) adds to the map, beyond what the
        others hold; None when there is a single column (row)."""
        count = self.columns if side == "column" else self.rows
        printed = self.printed[0] if side == "column" else self.printed[1]
        area = self.printable.width if side == "column" else self.printable.height
        if count < 2:
            return None
        return (printed - covered(count - 1, area, self.overlap)) / area

    def slivers(self) -> dict[str, float]:
        """{"column"/"row": share} for a last column or row adding less than SLIVER."""
        found = {}
        for side in ("column", "row"):
            share = self.last_share(side)
            if share is not None and share < SLIVER:
                found[side] = share
        return found


def orientations(options: PdfOptions) -> tuple[PdfOptions, ...]:
    """The options for each way round the planner may hold the paper, preferred first."""
    if options.paper == CUSTOM or options.landscape is not None:
        return (options,)
    preferred = replace(options, landscape=PREFERRED_LANDSCAPE)
    return (preferred, replace(options, landscape=not PREFERRED_LANDSCAPE))


def grid_for(width: float, height: float, options: PdfOptions) -> TileGrid:
    """The grid of `options` exactly as given (orientation resolved): one candidate."""
    area = printable_area(options)
    scale, overlap = options.scale, options.overlap_pt
    printed = (width * scale, height * scale)
    return TileGrid(
        landscape=None if options.paper == CUSTOM else options.landscape,
        page_size=options.page_size_pt(),
        printable=area,
        columns=sheets_along(printed[0], area.width, overlap),
        rows=sheets_along(printed[1], area.height, overlap),
        scale=scale,
        overlap=overlap,
        printed=printed,
    )


def choose_grid(width: float, height: float, options: PdfOptions) -> TileGrid:
    """The grid with the fewest sheets for a map `width` × `height` layout points tiled
    at `options.scale`; ties: the preferred orientation, then fewer rows. Deterministic."""
    candidates = [grid_for(width, height, turned) for turned in orientations(options)]
    return min(enumerate(candidates), key=lambda pair: (pair[1].sheets, pair[0], pair[1].rows))[1]


@dataclass(frozen=True)
class ScaleProposal:
    """Print at `scale` instead: `sheets` map sheets instead of `current`."""

    scale: float
    sheets: int
    current: int
    side: Side  # what goes: the last column, the last row, or both
    share: float  # the share of a sheet the (smaller) sliver adds


def total_sheets(sizes: Iterable[tuple[float, float]], options: PdfOptions) -> int:
    return sum(choose_grid(width, height, options).sheets for width, height in sizes)


def sliver_scale(grid: TileGrid, side: Literal["column", "row"], length: float) -> float:
    """The largest whole-percent scale at which a map `length` layout points long along
    `side` needs one column (row) fewer than `grid`."""
    count = grid.columns if side == "column" else grid.rows
    area = grid.printable.width if side == "column" else grid.printable.height
    fits = covered(count - 1, area, grid.overlap) / length  # exact scale for one fewer
    scale = math.floor(fits / PROPOSAL_STEP + 1e-9) * PROPOSAL_STEP
    while scale > 0 and sheets_along(length * scale, area, grid.overlap) > count - 1:
        scale -= PROPOSAL_STEP  # a rounding hair over: one step further down
    return round(scale, 6)


def propose_scale(
    sizes: Iterable[tuple[float, float]], options: PdfOptions
) -> ScaleProposal | None:
    """For the maps of a tiled export (their sizes in layout points): when a map's last
    column or row adds less than a fifth of a sheet, the largest scale (whole percents, at
    most the requested one) without that sliver — both, when both are slivers — and the
    sheet count it gives. Among several maps (one per persona), the largest such scale.
    None when nothing is worth proposing."""
    if options.mode != "tile":
        return None
    sizes = list(sizes)
    current = total_sheets(sizes, options)
    best: ScaleProposal | None = None
    for width, height in sizes:
        grid = choose_grid(width, height, options)
        slivers = grid.slivers()
        if not slivers:
            continue
        lengths = {"column": width, "row": height}
        scale = min(sliver_scale(grid, side, lengths[side]) for side in slivers)
        if scale <= 0 or scale >= options.scale:
            continue
        sheets = total_sheets(sizes, replace(options, scale=scale))
        if sheets >= current:
            continue
        side: Side = "both" if len(slivers) == 2 else next(iter(slivers))  # type: ignore[assignment]
        found = ScaleProposal(scale, sheets, current, side, min(slivers.values()))
        if best is None or (found.scale, -found.sheets) > (best.scale, -best.sheets):
            best = found
    return best
