"""The words the layout writes on a printed map (legend, collapsed-band summary), in the PDF's
language. The layout stays free of translations (it depends on the model only) and takes these
as LayoutLabels; the marks below are what lupdate extracts for the catalogue."""

from __future__ import annotations

from journey_editor.i18n import QT_TRANSLATE_NOOP, translate
from journey_editor.layout import LayoutLabels
from journey_editor.layout.figures import decimal_mark

_WORDS = LayoutLabels(
    # The title block of a to-be map: what it was made from (the as-is's title and file).
    based_on=QT_TRANSLATE_NOOP("Legend", "To-be, based on «{title}» ({file})"),
    based_on_file=QT_TRANSLATE_NOOP("Legend", "To-be, based on {file}"),
    channels=QT_TRANSLATE_NOOP("Legend", "Channels"),
    effort=QT_TRANSLATE_NOOP("Legend", "Effort"),
    emotion=QT_TRANSLATE_NOOP("Legend", "Emotion"),
    evidence=QT_TRANSLATE_NOOP("Legend", "Evidence"),
    marks=QT_TRANSLATE_NOOP("Legend", "Marks"),
    effort_values=(
        QT_TRANSLATE_NOOP("Legend", "1 effortless"),
        "2",
        "3",
        "4",
        QT_TRANSLATE_NOOP("Legend", "5 very hard"),
    ),
    evidence_values=(
        QT_TRANSLATE_NOOP("Legend", "observed"),
        QT_TRANSLATE_NOOP("Legend", "assumed"),
        QT_TRANSLATE_NOOP("Legend", "proposed"),
    ),
    moment_of_truth=QT_TRANSLATE_NOOP("Legend", "moment of truth"),
    exit_point=QT_TRANSLATE_NOOP("Legend", "exit point"),
    votes=QT_TRANSLATE_NOOP("Legend", "dot votes"),
    links=QT_TRANSLATE_NOOP("Legend", "Links"),
    link_marker=QT_TRANSLATE_NOOP(
        "Legend", "numbered link: listed on the Links page after the map"
    ),
    collapsed_summary=QT_TRANSLATE_NOOP("Legend", "{lanes} lanes · {cards} cards"),
    # Which lanes the emotion curves go through: "Emotion curve: touchpoints and emotions".
    emotion_curve=QT_TRANSLATE_NOOP("Legend", "Emotion curve: {lanes}"),
    lane_kinds=(  # in the order of model.types.LANE_KINDS
        QT_TRANSLATE_NOOP("Legend", "touchpoints"),
        QT_TRANSLATE_NOOP("Legend", "actions"),
        QT_TRANSLATE_NOOP("Legend", "thoughts"),
        QT_TRANSLATE_NOOP("Legend", "emotions"),
        QT_TRANSLATE_NOOP("Legend", "pain points"),
        QT_TRANSLATE_NOOP("Legend", "opportunities"),
        QT_TRANSLATE_NOOP("Legend", "backstage"),
        QT_TRANSLATE_NOOP("Legend", "notes"),
    ),
    lane_name=QT_TRANSLATE_NOOP("Legend", "“{name}”"),
    list_last=QT_TRANSLATE_NOOP("Legend", "{items} and {last}"),
    no_lane=QT_TRANSLATE_NOOP("Legend", "no lane"),
)


def layout_labels(language: str) -> LayoutLabels:
    """LayoutLabels in `language` ("en", "fr" …): English words stay as the layout has them."""

    def words(text: str) -> str:
        return translate("Legend", text, language)

    return LayoutLabels(
        based_on=words(_WORDS.based_on),
        based_on_file=words(_WORDS.based_on_file),
        channels=words(_WORDS.channels),
        effort=words(_WORDS.effort),
        emotion=words(_WORDS.emotion),
        evidence=words(_WORDS.evidence),
        marks=words(_WORDS.marks),
        effort_values=tuple(words(value) for value in _WORDS.effort_values),
        emotion_values=_WORDS.emotion_values,
        evidence_values=tuple(words(value) for value in _WORDS.evidence_values),
        moment_of_truth=words(_WORDS.moment_of_truth),
        exit_point=words(_WORDS.exit_point),
        votes=words(_WORDS.votes),
        links=words(_WORDS.links),
        link_marker=words(_WORDS.link_marker),
        collapsed_summary=words(_WORDS.collapsed_summary),
        emotion_curve=words(_WORDS.emotion_curve),
        lane_kinds=tuple(words(kind) for kind in _WORDS.lane_kinds),
        lane_name=words(_WORDS.lane_name),
        list_last=words(_WORDS.list_last),
        no_lane=words(_WORDS.no_lane),
        # The PDF's language, not the map's, so the strip and the summary page agree.
        decimal_mark=decimal_mark(language),
    )
