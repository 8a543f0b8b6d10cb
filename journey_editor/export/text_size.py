"""The smallest text a layout prints, in layout points: what the fit warning is about.

Counted: every text block of the map (titles, names, roles, quotes, lane labels, phases,
legend, link labels, collapsed summaries) and the digit of the effort badges. Not counted:
the mean-effort figures of the heat strips, whose size follows the strip's height and which
repeat what the strip's colour says; a warning driven by them would cry wolf at 100 %.
"""

from __future__ import annotations

from journey_editor.layout import MapLayout, TextBlock


def smallest_text_size(layout: MapLayout) -> float:
    """The smallest font size (points at 100 %) among the texts drawn; inf when there is none."""
    sizes: set[float] = set()

    def add(block: TextBlock | None) -> None:
        if block is not None and block.texts:
            sizes.add(block.size)

    if layout.title_block is not None:
        add(layout.title_block.title)
        add(layout.title_block.subtitle)
    if layout.legend is not None:
        for section in layout.legend.sections:
            add(section.heading)
            for entry in section.entries:
                add(entry.label)
    for phase in layout.phases:
        add(phase.label)
    for stage in layout.stages:
        add(stage.name)
    for band in layout.personas:
        add(band.header.name)
        add(band.header.role)
        add(band.header.quote)
        add(band.summary)
        for row in band.lanes:
            add(row.label)
    for link in layout.links:
        add(link.label)
        add(link.marker)
    # Every card title has the same size; the first non-empty one tells it.
    for box in layout.cards.values():
        if box.title.texts:
            sizes.add(box.title.size)
            break
    if any(box.effort_badge is not None for box in layout.cards.values()):
        sizes.add(layout.options.badge_height)
    return min(sizes, default=float("inf"))
