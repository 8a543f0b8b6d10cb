"""What a PDF export is asked to do: paper, fit or tile, and what to include.

One frozen record shared by the CLI, the GUI dialog (which remembers it through `to_dict` /
`from_dict`) and `export_pdf`. Invalid combinations are refused when the record is built, with
a message a person can act on, so nothing downstream has to second-guess it.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any, Literal

from journey_editor.i18n import LANGUAGES, language_of

MM = 72.0 / 25.4  # PDF points per millimetre

# Portrait (width, height) in millimetres.
PAPER_SIZES_MM: dict[str, tuple[float, float]] = {
    "A4": (210, 297),
    "A3": (297, 420),
    "A2": (420, 594),
    "A1": (594, 841),
    "A0": (841, 1189),
    "Letter": (215.9, 279.4),
    "Tabloid": (279.4, 431.8),
}
CUSTOM = "custom"
MODES = ("fit", "tile")
AUTO_LANDSCAPE = True  # the sheet size of "auto" until a planner turns the paper
# Reportlab and viewers cope with more, but past 5 m a side it is a typo, not a poster.
MAX_SIDE_MM = 5000.0


@dataclass(frozen=True)
class PdfOptions:
    paper: str = "A3"  # a key of PAPER_SIZES_MM, or "custom"
    custom_size_mm: tuple[float, float] | None = None  # (width, height) for "custom" posters
    # Named papers only (a custom size is used exactly as given): True, False, or None for
    # "auto": tiling holds the paper the way that takes the fewest sheets (tile_grid), fitting
    # turns it to portrait only when that prints the map clearly larger (page_plan).
    landscape: bool | None = None
    mode: Literal["fit", "tile"] = "fit"
    scale: float = 1.0  # tile mode: 1.0 = the layout's points printed at 100 %
    overlap_mm: float = 10.0  # tile mode: printed overlap between neighbouring sheets
    margin_mm: float = 10.0
    per_persona: bool = False  # one map page (or tile set) per persona, each with its bookmark
    summary: bool = False  # a summary page with the metrics per persona and stage
    compare_personas: bool = False  # a page comparing the personas' curves, effort and gaps
    channel_paths: bool = False  # a channel path page per persona: its zig-zag between channels
    hidden_lane_kinds: frozenset[str] = frozenset()
    min_font_pt: float = 5.0  # warn when the smallest text prints below this
    # The PDF's own words (legend, summary, sheet labels): "" = the map's locale, or "en", "fr".
    language: str = ""
    # A change handout: the map (A) this one (B) is compared with, as a file path; "" = none.
    # B's map then carries change marks and a change table follows it (`export/comparison`).
    # Not remembered by `to_dict`: a comparison is about one pair of files.
    compare_with: str = ""

    def __post_init__(self) -> None:
        # Accept any iterable of kinds (a list from JSON or the CLI) but store a frozenset, so
        # the record stays hashable and compares by value.
        object.__setattr__(self, "hidden_lane_kinds", frozenset(self.hidden_lane_kinds))
        if self.custom_size_mm is not None:
            object.__setattr__(self, "custom_size_mm", tuple(self.custom_size_mm))
        if isinstance(self.compare_with, os.PathLike):
            object.__setattr__(self, "compare_with", os.fspath(self.compare_with))
        self._check()

    def _check(self) -> None:
        if self.paper != CUSTOM and self.paper not in PAPER_SIZES_MM:
            known = ", ".join([*PAPER_SIZES_MM, CUSTOM])
            raise ValueError(f'unknown paper "{self.paper}" (choose one of {known})')
        if self.paper == CUSTOM:
            size = self.custom_size_mm
            if size is None or len(size) != 2:
                raise ValueError("a custom paper needs its size in mm, width × height")
            if not all(_finite(side) and 0 < side <= MAX_SIDE_MM for side in size):
                raise ValueError(f"a custom paper side must be between 0 and {MAX_SIDE_MM:g} mm")
        if self.mode not in MODES:
            raise ValueError(f'unknown mode "{self.mode}" (choose fit or tile)')
        if not (_finite(self.scale) and self.scale > 0):
            raise ValueError("the scale must be a positive number")
        if not (_finite(self.overlap_mm) and self.overlap_mm >= 0):
            raise ValueError("the overlap must be zero or more millimetres")
        if not (_finite(self.margin_mm) and self.margin_mm >= 0):
            raise ValueError("the margin must be zero or more millimetres")
        if not (_finite(self.min_font_pt) and self.min_font_pt >= 0):
            raise ValueError("the minimum font size must be zero or more points")
        if not isinstance(self.compare_with, str):
            raise ValueError("the map to compare with must be given as a file path")
        if self.language and self.language not in LANGUAGES:
            known = ", ".join(LANGUAGES)
            raise ValueError(f'unknown language "{self.language}" (choose one of {known})')
        width, height = self.page_size_pt()
        area_w, area_h = width - 2 * self.margin_pt, height - 2 * self.margin_pt
        if min(area_w, area_h) < 36.0:  # half an inch: nothing readable fits in less
            raise ValueError("the margins leave no room on the page")
        if self.mode == "tile" and self.overlap_pt >= 0.8 * min(area_w, area_h):
            raise ValueError("the overlap must be smaller than the printable part of a sheet")

    # --- derived sizes ---------------------------------------------------------------------------

    def page_size_pt(self) -> tuple[float, float]:
        """(width, height) of a sheet in points. A named paper is turned to the orientation
        asked for ("auto": landscape, until a planner turns it); a custom poster is exactly
        `custom_size_mm`."""
        if self.paper == CUSTOM:
            width, height = self.custom_size_mm or (0.0, 0.0)
            return (width * MM, height * MM)
        short, long = sorted(PAPER_SIZES_MM[self.paper])
        landscape = AUTO_LANDSCAPE if self.landscape is None else self.landscape
        return (long * MM, short * MM) if landscape else (short * MM, long * MM)

    @property
    def margin_pt(self) -> float:
        return self.margin_mm * MM

    @property
    def overlap_pt(self) -> float:
        return self.overlap_mm * MM

    def words_language(self, map_locale: str) -> str:
        """The catalogue language of the PDF's own words: the option, else the map's."""
        return language_of(self.language or map_locale)

    def describe_paper(self, used: tuple[bool, ...] = ()) -> str:
        """ "A3 landscape", "A4 portrait (auto)", "custom 600 × 900 mm": for reports and the
        CLI. `used`: the orientations the plan chose (landscape or not) when "auto"."""
        if self.paper == CUSTOM:
            width, height = self.custom_size_mm or (0.0, 0.0)
            return f"custom {width:g} × {height:g} mm"
        if self.landscape is not None:
            return f"{self.paper} {'landscape' if self.landscape else 'portrait'}"
        ways = [("landscape" if way else "portrait") for way in dict.fromkeys(used)]
        return f"{self.paper} {' and '.join(ways) or 'landscape'} (auto)"

    # --- remembering choices ---------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe: lists instead of tuples and sets (sorted, so the file is stable). Without
        `compare_with`: the next handout must not silently compare with last time's file."""
        return {
            "paper": self.paper,
            "custom_size_mm": list(self.custom_size_mm) if self.custom_size_mm else None,
            "landscape": self.landscape,
            "mode": self.mode,
            "scale": self.scale,
            "overlap_mm": self.overlap_mm,
            "margin_mm": self.margin_mm,
            "per_persona": self.per_persona,
            "summary": self.summary,
            "compare_personas": self.compare_personas,
            "channel_paths": self.channel_paths,
            "hidden_lane_kinds": sorted(self.hidden_lane_kinds),
            "min_font_pt": self.min_font_pt,
            "language": self.language,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> PdfOptions:
        """Options from remembered settings. Never raises: unknown keys are ignored, and a
        missing, mistyped or invalid value falls back to its default (settings written by
        another version, or edited by hand, must not stop the dialog from opening)."""
        if not isinstance(data, Mapping):
            return cls()
        values = {}
        for spec in fields(cls):
            if spec.name in data:
                value = _coerce(spec.name, data[spec.name])
                if value is not _INVALID:
                    values[spec.name] = value
        try:
            return cls(**values)
        except (ValueError, TypeError):
            pass
        # Keep what can be kept: values that are valid with the others kept so far, in passes,
        # so that a pair valid only together (paper "custom" and its size) still makes it.
        kept: dict[str, Any] = {}
        pending = dict(values)
        progress = True
        while pending and progress:
            progress = False
            for name, value in list(pending.items()):
                try:
                    cls(**{**kept, name: value})
                except (ValueError, TypeError):
                    continue
                kept[name] = pending.pop(name)
                progress = True
        return cls(**kept)


_INVALID = object()


def _finite(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _coerce(name: str, value: Any) -> Any:
    """A remembered value in the type the field expects, or _INVALID."""
    if name in ("paper", "mode", "language"):
        return value if isinstance(value, str) else _INVALID
    if name == "landscape":
        return value if value is None or isinstance(value, bool) else _INVALID
    if name in ("per_persona", "summary", "compare_personas", "channel_paths"):
        return value if isinstance(value, bool) else _INVALID
    if name in ("scale", "overlap_mm", "margin_mm", "min_font_pt"):
        return float(value) if _finite(value) else _INVALID
    if name == "custom_size_mm":
        if value is None:
            return None
        if isinstance(value, list | tuple) and len(value) == 2 and all(map(_finite, value)):
            return (float(value[0]), float(value[1]))
        return _INVALID
    if name == "hidden_lane_kinds":
        if isinstance(value, list | tuple | set | frozenset) and all(
            isinstance(kind, str) for kind in value
        ):
            return frozenset(value)
        return _INVALID
    return _INVALID


DEFAULT_OPTIONS = PdfOptions()
