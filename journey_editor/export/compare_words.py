"""The words of the persona comparison (its PDF page and the comparison window), in a language.
The layout keeps them as CompareLabels in English; the marks below are what lupdate extracts
for the catalogue (context "PersonaCompare")."""

from __future__ import annotations

from dataclasses import fields, replace

from journey_editor.i18n import QT_TRANSLATE_NOOP, translate
from journey_editor.layout.figures import decimal_mark
from journey_editor.layout.persona_compare import CompareLabels

BOOKMARK = QT_TRANSLATE_NOOP("PersonaCompare", "Personas compared")

_WORDS = CompareLabels(
    title=QT_TRANSLATE_NOOP("PersonaCompare", "Personas compared — {title}"),
    untitled=QT_TRANSLATE_NOOP("PersonaCompare", "Customer-journey map"),
    note=QT_TRANSLATE_NOOP(
        "PersonaCompare",
        "Each curve goes through one persona's emotion scores, stage by stage, as on the map; "
        "each marker is one card.",
    ),
    emotion=QT_TRANSLATE_NOOP("PersonaCompare", "Emotion"),
    effort_heading=QT_TRANSLATE_NOOP(
        "PersonaCompare", "Mean effort per stage (1 effortless … 5 very hard)"
    ),
    no_curve=QT_TRANSLATE_NOOP("PersonaCompare", "{name} (no emotion score)"),
    gap_heading=QT_TRANSLATE_NOOP("PersonaCompare", "Where the personas differ most"),
    gap_rule=QT_TRANSLATE_NOOP(
        "PersonaCompare",
        "Spread = highest − lowest mean of the personas at the stage. Ranked by emotion spread, "
        "then effort spread, then stage order.",
    ),
    stage=QT_TRANSLATE_NOOP("PersonaCompare", "Stage"),
    emotion_spread=QT_TRANSLATE_NOOP("PersonaCompare", "Emotion spread"),
    emotion_extremes=QT_TRANSLATE_NOOP("PersonaCompare", "Highest → lowest emotion"),
    effort_spread=QT_TRANSLATE_NOOP("PersonaCompare", "Effort spread"),
    effort_extremes=QT_TRANSLATE_NOOP("PersonaCompare", "Most → least effort"),
    equal=QT_TRANSLATE_NOOP("PersonaCompare", "all at {value}"),
    no_personas=QT_TRANSLATE_NOOP("PersonaCompare", "Choose the personas to compare."),
    one_persona=QT_TRANSLATE_NOOP(
        "PersonaCompare", "Choose at least two personas to see where they differ."
    ),
    no_gap=QT_TRANSLATE_NOOP(
        "PersonaCompare", "No stage has scores from two of these personas yet."
    ),
)
_NOT_WORDS = ("emotion_values", "rank", "decimal_mark")


def compare_labels(language: str) -> CompareLabels:
    """CompareLabels in `language` ("en", "fr" …), with its decimal mark."""
    words = {
        spec.name: translate("PersonaCompare", getattr(_WORDS, spec.name), language)
        for spec in fields(CompareLabels)
        if spec.name not in _NOT_WORDS
    }
    return replace(_WORDS, **words, decimal_mark=decimal_mark(language))


def bookmark_title(language: str) -> str:
    return translate("PersonaCompare", BOOKMARK, language)
