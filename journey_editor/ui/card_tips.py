"""What a point of an emotion curve says when hovered, on the map and in the persona
comparison: the card it stands for.

    Compares prices online
    Touchpoints · Consideration           (on the map: lane · stage)
    Emotion: −1 negative                  (compared: persona · stage)

The title (shortened to one line, "(untitled card)" without one), where the card is by the
names in the map, and the card's emotion score in words. Read from the project at hover time,
so it is never stale; an id the project no longer has gives no tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journey_editor.model.project import Project
from journey_editor.model.short_text import shorten
from journey_editor.ui.labels import emotion_label

TITLE_LIMIT = 80


def card_tooltip(project: Project, card_id: str, by_persona: bool = False) -> str:
    try:
        card = project.card(card_id)
        place = project.persona(card.persona) if by_persona else project.lane(card.lane)
        stage = project.stage(card.stage)
    except LookupError:
        return ""
    title = shorten(card.title, TITLE_LIMIT) if card.title.strip() else ""
    if not title:
        title = QCoreApplication.translate("CardTooltip", "(untitled card)")
    where = f"{shorten(place.name, TITLE_LIMIT)} · {shorten(stage.name, TITLE_LIMIT)}"
    emotion = QCoreApplication.translate("CardTooltip", "Emotion: {0}").format(
        emotion_label(card.emotion)
    )
    return "\n".join((title, where, emotion))
