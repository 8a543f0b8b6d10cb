"""The legend's words for which lanes the emotion curves go through.

With every lane as its kind has it (`Lane.feeds_curve` unset, or set to its kind's default),
the legend states the rule: "Emotion curve: touchpoints and emotions" (less the lane kinds
the map hides: a hidden lane's cards are not on the drawn curve). Once a lane says
otherwise, it lists what the map's curves actually go through, from the lanes in use (all
personas, hidden lane kinds left out), in the order of LANE_KINDS: a kind's word when every
lane of that kind feeds the curve, else the names of the lanes of that kind that do.
"""

from __future__ import annotations

from typing import NamedTuple

from journey_editor.layout.options import LayoutLabels, LayoutOptions
from journey_editor.model.entities import CURVE_LANE_KINDS, Lane, feeds_curve_by_default
from journey_editor.model.project import Project
from journey_editor.model.types import LANE_KINDS


class CurvePart(NamedTuple):
    """One item of the list: a whole lane kind, or one lane by its name (kind None)."""

    kind: str | None
    name: str = ""


def curve_lanes(project: Project, options: LayoutOptions) -> list[CurvePart]:
    """The items of the list, untranslated."""
    hidden = options.hidden_lane_kinds
    lanes = [
        lane for persona in project.personas for lane in persona.lanes if lane.kind not in hidden
    ]
    if all(_as_default(lane) for lane in lanes):
        rule = (kind for kind in LANE_KINDS if kind in CURVE_LANE_KINDS and kind not in hidden)
        return [CurvePart(kind) for kind in rule]
    parts: list[CurvePart] = []
    for kind in LANE_KINDS:
        of_kind = [lane for lane in lanes if lane.kind == kind]
        feeding = [lane for lane in of_kind if lane.on_curve]
        if not feeding:
            continue
        if len(feeding) == len(of_kind):
            parts.append(CurvePart(kind))
        else:
            names = dict.fromkeys(" ".join(lane.name.split()) for lane in feeding)
            parts.extend(CurvePart(None, name) for name in names)
    return parts


def curve_legend_text(project: Project, options: LayoutOptions) -> str:
    """ "Emotion curve: touchpoints and emotions", in the labels' language."""
    labels = options.labels
    words = [_word(part, labels) for part in curve_lanes(project, options)]
    return labels.emotion_curve.format(lanes=join_words(words, labels))


def join_words(words: list[str], labels: LayoutLabels) -> str:
    """ "a", "a and b", "a, b and c" (the last joint from the labels: "et" in French)."""
    if not words:
        return labels.no_lane
    if len(words) == 1:
        return words[0]
    return labels.list_last.format(items=", ".join(words[:-1]), last=words[-1])


def _as_default(lane: Lane) -> bool:
    return lane.feeds_curve is None or lane.feeds_curve == feeds_curve_by_default(lane.kind)


def _word(part: CurvePart, labels: LayoutLabels) -> str:
    if part.kind is None:
        return labels.lane_name.format(name=part.name)
    return labels.lane_kinds[LANE_KINDS.index(part.kind)]
