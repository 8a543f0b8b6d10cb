"""Words shown for the model's coded values (effort, emotion, evidence, lane kinds).

Kept in one place so the inspector, the palette and their tests agree, and so translations
(lupdate reads the `translate` calls) cover every place a value is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_CONTEXT = "Labels"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def effort_meaning(value: int) -> str:
    return {
        1: _tr("effortless"),
        2: _tr("easy"),
        3: _tr("moderate"),
        4: _tr("hard"),
        5: _tr("very hard"),
    }[value]


def effort_label(value: int | None) -> str:
    """'3 — moderate', or 'Not rated'."""
    if value is None:
        return _tr("Not rated")
    return f"{value} — {effort_meaning(value)}"


def signed(value: int) -> str:
    # A real minus sign reads better than a hyphen on a projector.
    return f"+{value}" if value > 0 else ("0" if value == 0 else f"−{-value}")


def emotion_meaning(value: int) -> str:
    return {
        -2: _tr("very negative"),
        -1: _tr("negative"),
        0: _tr("neutral"),
        1: _tr("positive"),
        2: _tr("very positive"),
    }[value]


def emotion_label(value: int | None) -> str:
    """'−2 very negative', or 'Not rated'."""
    if value is None:
        return _tr("Not rated")
    return f"{signed(value)} {emotion_meaning(value)}"


def evidence_label(value: str | None) -> str:
    return {
        None: _tr("Not stated"),
        "observed": _tr("Observed"),
        "assumed": _tr("Assumed"),
        "proposed": _tr("Proposed"),
    }[value]


def lane_kind_label(kind: str) -> str:
    return {
        "touchpoints": _tr("Touchpoints"),
        "actions": _tr("Actions"),
        "thoughts": _tr("Thoughts"),
        "emotions": _tr("Emotions"),
        "pain_points": _tr("Pain points"),
        "opportunities": _tr("Opportunities"),
        "backstage": _tr("Backstage"),
        "notes": _tr("Notes"),
    }.get(kind, kind)


def several_values() -> str:
    return _tr("Several values")
