"""A plain-text summary of a map for the terminal: title, counts and metrics tables."""

from __future__ import annotations

from pathlib import Path

from journey_editor.cli.words import (
    CARDS,
    CHANNELS,
    LANES,
    LINKS,
    PERSONAS,
    STAGES,
    TOUCHPOINTS,
    count,
    language,
    number,
    say,
)
from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.layout.figures import percent
from journey_editor.model.metrics import compute_metrics
from journey_editor.model.project import Project
from journey_editor.persistence.to_be import as_is_status

NAME_WIDTH = 26
HOT_SPOTS_SHOWN = 2
# The figures' columns: heading, narrowest width (a longer translated heading widens it).
COLUMNS = (
    (QT_TRANSLATE_NOOP("CLI", "cards"), 5),
    (QT_TRANSLATE_NOOP("CLI", "touch"), 5),
    (QT_TRANSLATE_NOOP("CLI", "effort"), 6),
    (QT_TRANSLATE_NOOP("CLI", "emotion"), 7),
    (QT_TRANSLATE_NOOP("CLI", "switch"), 6),
)
# The zig-zag table's columns (definitions in model/metrics.py): switches, switches per step
# between two touchpoints, round trips, digital share of touchpoints, exit points.
ZIGZAG_COLUMNS = (
    (QT_TRANSLATE_NOOP("CLI", "switch"), 6),
    (QT_TRANSLATE_NOOP("CLI", "per step"), 8),
    (QT_TRANSLATE_NOOP("CLI", "round trips"), 11),
    (QT_TRANSLATE_NOOP("CLI", "digital"), 7),
    (QT_TRANSLATE_NOOP("CLI", "exits"), 5),
)


# What `as_is_status` found beside a to-be file, for its based-on line.
AS_IS_STATES = {
    "found": QT_TRANSLATE_NOOP("CLI", "unchanged beside it"),
    "changed": QT_TRANSLATE_NOOP("CLI", "changed since"),
    "missing": QT_TRANSLATE_NOOP("CLI", "not found beside it"),
}


def format_summary(project: Project, path: Path | None = None) -> str:
    """The summary of `project`, read from `path` (where a to-be's as-is is looked for)."""
    metrics = compute_metrics(project)
    titles = {card.id: card.title for card in project.cards}
    lane_count = sum(len(p.lanes) for p in project.personas)
    widths = [max(width, len(say(heading))) for heading, width in COLUMNS]
    lines = [
        project.title or say(QT_TRANSLATE_NOOP("CLI", "(untitled map)")),
        _details(project),
        *_based_on(project, path),
        (
            f"{count(len(project.personas), PERSONAS)} · {count(lane_count, LANES)}"
            f" · {count(len(project.stages), STAGES)} · {count(metrics.card_count, CARDS)}"
            f" ({count(metrics.touchpoint_count, TOUCHPOINTS)})"
            f" · {count(metrics.link_count, LINKS)} · {count(len(project.channels), CHANNELS)}"
        ),
        "",
        _header(say(QT_TRANSLATE_NOOP("CLI", "Persona")), widths),
    ]
    for persona, figures in zip(project.personas, metrics.personas, strict=True):
        lines.append(_row(persona.name, figures, titles, widths))
    lines += ["", _header(say(QT_TRANSLATE_NOOP("CLI", "Stage")), widths)]
    for stage, figures in zip(project.stages, metrics.stages, strict=True):
        lines.append(_row(stage.name, figures, titles, widths))
    whole_map = say(QT_TRANSLATE_NOOP("CLI", "Whole map"))
    lines += ["", _row(whole_map, metrics, titles, widths)]
    lines += ["", *_zigzag(project, metrics, whole_map)]
    return "\n".join(lines)


def _zigzag(project: Project, metrics, whole_map: str) -> list[str]:
    """The channel switches table: per persona, per stage, the whole map."""
    widths = [max(width, len(say(heading))) for heading, width in ZIGZAG_COLUMNS]
    headings = "".join(
        f" {say(heading):>{width}}"
        for (heading, _), width in zip(ZIGZAG_COLUMNS, widths, strict=True)
    )
    title = say(QT_TRANSLATE_NOOP("CLI", "Channels and exits"))
    lines = [f"{_clip(title, NAME_WIDTH):<{NAME_WIDTH}}{headings}"]
    rows = [
        *zip((p.name for p in project.personas), metrics.personas, strict=True),
        *zip((s.name for s in project.stages), metrics.stages, strict=True),
        (whole_map, metrics),
    ]
    for index, (name, figures) in enumerate(rows):
        if index in (len(project.personas), len(rows) - 1):
            lines.append("")
        cells = (
            figures.channel_switches,
            "–" if figures.switch_frequency is None else number(figures.switch_frequency, False, 2),
            figures.round_trips,
            "–" if figures.digital_share is None else percent(figures.digital_share, language()),
            figures.exit_points,
        )
        text = "".join(f" {cell:>{width}}" for cell, width in zip(cells, widths, strict=True))
        lines.append(f"{_clip(name, NAME_WIDTH):<{NAME_WIDTH}}{text}")
    return lines


def _details(project: Project) -> str:
    parts = []
    for label, value in (
        (QT_TRANSLATE_NOOP("CLI", "client: {value}"), project.client),
        (QT_TRANSLATE_NOOP("CLI", "author: {value}"), project.author),
        (QT_TRANSLATE_NOOP("CLI", "locale: {value}"), project.locale),
        (
            QT_TRANSLATE_NOOP("CLI", "modified: {value}"),
            project.modified.date().isoformat() if project.modified else "",
        ),
    ):
        if value:
            parts.append(say(label, value=value))
    return "  ".join(parts)


def _based_on(project: Project, path: Path | None) -> list[str]:
    """A to-be's line: «To-be, based on «As-is» (as-is.journey.json, copied 2026-03-01;
    changed since)»; nothing for another map."""
    based_on = project.based_on
    if based_on is None:
        return []
    facts = [based_on.file]
    if based_on.copied is not None:
        copied = QT_TRANSLATE_NOOP("CLI", "copied {date}")
        facts.append(say(copied, date=based_on.copied.date().isoformat()))
    about = ", ".join(facts)
    if path is not None:
        about += "; " + say(AS_IS_STATES[as_is_status(path, project)])
    title = " ".join(based_on.title.split())
    if title:
        text = QT_TRANSLATE_NOOP("CLI", "To-be, based on «{title}» ({about})")
        return [say(text, title=title, about=about)]
    return [say(QT_TRANSLATE_NOOP("CLI", "To-be, based on {about}"), about=about)]


def _header(first: str, widths: list[int]) -> str:
    headings = "".join(
        f" {say(heading):>{width}}" for (heading, _), width in zip(COLUMNS, widths, strict=True)
    )
    hot_spots = say(QT_TRANSLATE_NOOP("CLI", "pain hot spots"))
    return f"{first:<{NAME_WIDTH}}{headings}  {hot_spots}"


def _row(name: str, figures, titles: dict[str, str], widths: list[int]) -> str:
    hot = [f"«{_clip(titles.get(card_id, card_id), 28)}»" for card_id in figures.pain_hot_spots]
    if len(hot) > HOT_SPOTS_SHOWN:
        more = say(QT_TRANSLATE_NOOP("CLI", "+{n} more"), n=len(hot) - HOT_SPOTS_SHOWN)
        hot = [*hot[:HOT_SPOTS_SHOWN], more]
    cells = (
        figures.card_count,
        figures.touchpoint_count,
        _mean(figures.mean_effort, False),
        _mean(figures.mean_emotion, True),
        figures.channel_switches,
    )
    figures_text = "".join(f" {cell:>{width}}" for cell, width in zip(cells, widths, strict=True))
    return f"{_clip(name, NAME_WIDTH):<{NAME_WIDTH}}{figures_text}  {', '.join(hot)}".rstrip()


def _mean(value: float | None, signed: bool) -> str:
    if value is None:
        return "–"
    return number(value, signed)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
