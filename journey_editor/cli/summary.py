"""A plain-text summary of a map for the terminal: title, counts and metrics tables."""

from __future__ import annotations

from journey_editor.model.metrics import compute_metrics
from journey_editor.model.project import Project

NAME_WIDTH = 26
HOT_SPOTS_SHOWN = 2


def format_summary(project: Project) -> str:
    metrics = compute_metrics(project)
    titles = {card.id: card.title for card in project.cards}
    lane_count = sum(len(p.lanes) for p in project.personas)
    lines = [
        project.title or "(untitled map)",
        _details(project),
        (
            f"{len(project.personas)} personas · {lane_count} lanes · {len(project.stages)} stages"
            f" · {metrics.card_count} cards ({metrics.touchpoint_count} touchpoints)"
            f" · {metrics.link_count} links · {len(project.channels)} channels"
        ),
        "",
        _header("Persona"),
    ]
    for persona, figures in zip(project.personas, metrics.personas, strict=True):
        lines.append(_row(persona.name, figures, titles))
    lines += ["", _header("Stage")]
    for stage, figures in zip(project.stages, metrics.stages, strict=True):
        lines.append(_row(stage.name, figures, titles))
    lines += ["", _row("Whole map", metrics, titles)]
    return "\n".join(lines)


def _details(project: Project) -> str:
    parts = []
    for label, value in (
        ("client", project.client),
        ("author", project.author),
        ("locale", project.locale),
        ("modified", project.modified.date().isoformat() if project.modified else ""),
    ):
        if value:
            parts.append(f"{label}: {value}")
    return "  ".join(parts)


def _header(first: str) -> str:
    return (
        f"{first:<{NAME_WIDTH}} {'cards':>5} {'touch':>5} {'effort':>6} {'emotion':>7}"
        f" {'switch':>6}  pain hot spots"
    )


def _row(name: str, figures, titles: dict[str, str]) -> str:
    hot = [f"«{_clip(titles.get(card_id, card_id), 28)}»" for card_id in figures.pain_hot_spots]
    if len(hot) > HOT_SPOTS_SHOWN:
        hot = [*hot[:HOT_SPOTS_SHOWN], f"+{len(hot) - HOT_SPOTS_SHOWN} more"]
    return (
        f"{_clip(name, NAME_WIDTH):<{NAME_WIDTH}} {figures.card_count:>5}"
        f" {figures.touchpoint_count:>5} {_mean(figures.mean_effort, False):>6}"
        f" {_mean(figures.mean_emotion, True):>7} {figures.channel_switches:>6}  {', '.join(hot)}"
    ).rstrip()


def _mean(value: float | None, signed: bool) -> str:
    if value is None:
        return "–"
    return f"{value:+.1f}" if signed else f"{value:.1f}"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
