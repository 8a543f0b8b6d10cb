"""Words shown for the model's coded values (effort, emotion, evidence, lane kinds, paper sizes).

Kept in one place so the inspector, the palette and their tests agree, and so translations
(lupdate reads the `translate` calls) cover every place a value is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journey_editor.i18n import QT_TRANSLATE_NOOP

# Paper sizes whose name is a word (the export's keys, in English): "A4" is A4 everywhere.
_PAPER_NAMES = {
    "Letter": QT_TRANSLATE_NOOP("Labels", "Letter"),
    "Tabloid": QT_TRANSLATE_NOOP("Labels", "Tabloid"),
}


def effort_meaning(value: int) -> str:
    return {
        1: QCoreApplication.translate("Labels", "effortless"),
        2: QCoreApplication.translate("Labels", "easy"),
        3: QCoreApplication.translate("Labels", "moderate"),
        4: QCoreApplication.translate("Labels", "hard"),
        5: QCoreApplication.translate("Labels", "very hard"),
    }[value]


def effort_label(value: int | None) -> str:
    """'3 — moderate', or 'Not rated'."""
    if value is None:
        return QCoreApplication.translate("Labels", "Not rated")
    return f"{value} — {effort_meaning(value)}"


def signed(value: int) -> str:
    # A real minus sign reads better than a hyphen on a projector.
    return f"+{value}" if value > 0 else ("0" if value == 0 else f"−{-value}")


def emotion_meaning(value: int) -> str:
    return {
        -2: QCoreApplication.translate("Labels", "very negative"),
        -1: QCoreApplication.translate("Labels", "negative"),
        0: QCoreApplication.translate("Labels", "neutral"),
        1: QCoreApplication.translate("Labels", "positive"),
        2: QCoreApplication.translate("Labels", "very positive"),
    }[value]


def emotion_label(value: int | None) -> str:
    """'−2 very negative', or 'Not rated'."""
    if value is None:
        return QCoreApplication.translate("Labels", "Not rated")
    return f"{signed(value)} {emotion_meaning(value)}"


def evidence_label(value: str | None) -> str:
    return {
        None: QCoreApplication.translate("Labels", "Not stated"),
        "observed": QCoreApplication.translate("Labels", "Observed"),
        "assumed": QCoreApplication.translate("Labels", "Assumed"),
        "proposed": QCoreApplication.translate("Labels", "Proposed"),
    }[value]


def lane_kind_label(kind: str) -> str:
    return {
        "touchpoints": QCoreApplication.translate("Labels", "Touchpoints"),
        "actions": QCoreApplication.translate("Labels", "Actions"),
        "thoughts": QCoreApplication.translate("Labels", "Thoughts"),
        "emotions": QCoreApplication.translate("Labels", "Emotions"),
        "pain_points": QCoreApplication.translate("Labels", "Pain points"),
        "opportunities": QCoreApplication.translate("Labels", "Opportunities"),
        "backstage": QCoreApplication.translate("Labels", "Backstage"),
        "notes": QCoreApplication.translate("Labels", "Notes"),
    }.get(kind, kind)


def several_values() -> str:
    return QCoreApplication.translate("Labels", "Several values")


def paper_name(name: str) -> str:
    """A paper size of the export ("A4", "Letter" …) as the interface names it."""
    word = _PAPER_NAMES.get(name)
    return QCoreApplication.translate("Labels", word) if word else name
