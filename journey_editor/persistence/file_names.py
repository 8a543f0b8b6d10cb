"""File names the editor suggests for a map (Save as, Export): readable, portable, never empty."""

from __future__ import annotations

FALLBACK_STEM = "journey-map"
MAX_STEM = 60


def suggested_stem(title: str) -> str:
    """The map's title as a file-name stem: letters, digits, '-' and '_' kept (accents too,
    every file system of our users takes them), everything else a word break, words joined
    by '-', at most 60 characters; "journey-map" for a title with nothing usable."""
    cleaned = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()
    return "-".join(cleaned.split())[:MAX_STEM] or FALLBACK_STEM
