"""What the capture bar's line means: a remark of the room turned into one new card.

    !Frais de port trop chers @bout #livraison

The first character names the lane (`LANE_PREFIXES`; none: touchpoints), `@word` picks a
channel by the start of its label (case and accents do not matter: `@bout` → Boutique, `@eve`
→ Événement), `#word` adds a tag, the rest is the card's title. `parse_capture` reads the
line alone; `plan_capture` places it in a map: the stage and persona in focus, that persona's
first lane of the kind, the channel, and the AddCard edit that adds it as one undo step — or
the reason it cannot (`CaptureRefusal`), for the bar to say in the interface's words.

No Qt here: the bar and presentation mode share it, and its rules are tested without a window.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from journey_editor.edits.cards import AddCard
from journey_editor.edits.validation import validated
from journey_editor.model import Card, Channel, Lane, Project
from journey_editor.model.ids import new_id
from journey_editor.model.text_keys import name_key

# The first character of the line → the kind of lane the card goes to.
LANE_PREFIXES: dict[str, str] = {
    "!": "pain_points",
    "+": "opportunities",
    "?": "thoughts",
    ">": "actions",
    "~": "emotions",
}
DEFAULT_LANE_KIND = "touchpoints"
CHANNEL_MARK = "@"
TAG_MARK = "#"
# Punctuation typed after a channel or a tag ("#prix," "@boutique.") belongs to the sentence.
_TRAILING_PUNCTUATION = ".,;:!?…)»\"'"
_WORD_START = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class CaptureText:
    """One line read on its own: the lane kind, the title, and the words after @ and #."""

    kind: str
    title: str
    channel_words: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


def parse_capture(text: str) -> CaptureText | None:
    """The line's parts; None for a blank line (nothing to capture).

    `@` or `#` alone, or inside a word ("me@home"), is text of the title."""
    line = text.strip()
    if not line:
        return None
    kind = LANE_PREFIXES.get(line[0])
    if kind is None:
        kind = DEFAULT_LANE_KIND
    else:
        line = line[1:]
    words: list[str] = []
    channels: list[str] = []
    tags: list[str] = []
    for token in line.split():
        marked = _marked_word(token)
        if marked is None:
            words.append(token)
        elif token[0] == CHANNEL_MARK:
            channels.append(marked)
        elif marked not in tags:
            tags.append(marked)
    return CaptureText(kind, " ".join(words), tuple(channels), tuple(tags))


def _marked_word(token: str) -> str | None:
    """The word after a leading @ or #, without trailing punctuation; None if not one."""
    if len(token) < 2 or token[0] not in (CHANNEL_MARK, TAG_MARK):
        return None
    word = token[1:].rstrip(_TRAILING_PUNCTUATION)
    return word or None


# --- channels ---------------------------------------------------------------------------------


def matching_channels(channels: Sequence[Channel], word: str) -> tuple[Channel, ...]:
    """The channels `word` may name, best first: a label equal to it, then labels starting with
    it, in catalogue order; only when no label starts with it, labels with a word starting with
    it (`@relais` → "Poste & point relais"). Case, accents and spacing do not matter."""
    key = name_key(word)
    if not key:
        return ()
    exact = [channel for channel in channels if name_key(channel.label) == key]
    starts = [
        channel
        for channel in channels
        if name_key(channel.label).startswith(key) and channel not in exact
    ]
    if exact or starts:
        return (*exact, *starts)
    return tuple(
        channel
        for channel in channels
        if any(found.startswith(key) for found in _WORD_START.findall(name_key(channel.label)))
    )


# --- placing a line in a map ------------------------------------------------------------------

RefusalReason = Literal[
    "no_title",  # only a prefix, channels or tags: nothing to call the card
    "no_target",  # no stage or no persona in focus (an empty map, or it was deleted)
    "no_lane",  # the persona has no lane of that kind (`kind`)
    "unknown_channel",  # no channel label matches `word`
    "several_channels",  # two @words: a card has one channel
]


@dataclass(frozen=True)
class CaptureTarget:
    """Where captured cards go: the stage and persona in focus."""

    stage_id: str
    persona_id: str


@dataclass(frozen=True)
class CaptureRefusal:
    """Why a line adds no card; `kind` is the lane kind, `word` the channel word at fault."""

    reason: RefusalReason
    kind: str = ""
    word: str = ""


@dataclass(frozen=True)
class CapturePlan:
    """A line placed in a map: the edit to apply, and what the bar tells the room."""

    edit: AddCard
    lane: Lane
    channel: Channel | None
    # Other channels the @word also matched (the first in catalogue order was taken).
    also_matching: tuple[Channel, ...] = ()

    @property
    def card(self) -> Card:
        return self.edit.card


def plan_capture(
    project: Project, target: CaptureTarget | None, text: str
) -> CapturePlan | CaptureRefusal | None:
    """The card `text` adds at `target`, as an edit not yet applied; a refusal; or None for
    a blank line. Raises EditError when the card breaks a rule of the model (a tag too long):
    the same checks as any other new card."""
    parsed = parse_capture(text)
    if parsed is None:
        return None
    if not parsed.title:
        return CaptureRefusal("no_title", parsed.kind)
    stage_ids = {stage.id for stage in project.stages}
    personas = {persona.id: persona for persona in project.personas}
    if target is None or target.stage_id not in stage_ids or target.persona_id not in personas:
        return CaptureRefusal("no_target", parsed.kind)
    lane = next((ln for ln in personas[target.persona_id].lanes if ln.kind == parsed.kind), None)
    if lane is None:
        return CaptureRefusal("no_lane", parsed.kind)
    if len(parsed.channel_words) > 1:
        return CaptureRefusal("several_channels", parsed.kind, " ".join(parsed.channel_words))
    channel, others = None, ()
    if parsed.channel_words:
        word = parsed.channel_words[0]
        found = matching_channels(project.channels, word)
        if not found:
            return CaptureRefusal("unknown_channel", parsed.kind, word)
        channel, others = found[0], found[1:]
    fields = {
        "id": new_id("card", project.all_ids()),
        "persona": target.persona_id,
        "lane": lane.id,
        "stage": target.stage_id,
        "title": parsed.title,
        "channel": channel.id if channel is not None else None,
        "tags": list(parsed.tags),
    }
    card = validated(Card, fields, "card")
    return CapturePlan(AddCard(card), lane, channel, tuple(others))
