"""A loaded map's cards holding one copy of what they repeat (issue 14: memory at 50,000 cards).

A map file names a card's persona, lane, stage and channel by id, and the JSON decoder makes a
new string for every occurrence: 200,000 strings for 900 distinct ids at 50,000 cards (about
12 MB). Every validated model also gets its own set of the field names it was given, identical
from card to card (728 bytes each: 35 MB at 50,000 cards, a third of the model's memory).

`share_repeated_values` points every card at one string per id (the persona's, lane's, stage's
or channel's own) and tag, and at one set of field names per distinct set. Values are equal
before and after, so nothing that reads a card can tell; cards are never changed in place
(edits replace them, see card_list.py), and a copy (`model_copy`, which edits use) gets a set
of its own, so no card's change can reach another through the shared set.
"""

from __future__ import annotations

from journey_editor.model.project import Project


def share_repeated_values(project: Project) -> None:
    """Make `project`'s cards share their repeated ids, tags and field-name sets (in place;
    every value stays equal)."""
    canonical: dict[str, str] = {}
    keep = canonical.setdefault
    for stage in project.stages:
        keep(stage.id, stage.id)
    for persona in project.personas:
        keep(persona.id, persona.id)
        for lane in persona.lanes:
            keep(lane.id, lane.id)
    for channel in project.channels:
        keep(channel.id, channel.id)
    field_sets: list[set[str]] = []
    set_slot = object.__setattr__
    for card in project.cards:
        values = card.__dict__
        # Unrolled: one pass over 50,000 cards is most of this function's time.
        values["persona"] = keep(values["persona"], values["persona"])
        values["lane"] = keep(values["lane"], values["lane"])
        values["stage"] = keep(values["stage"], values["stage"])
        channel = values["channel"]
        if channel is not None:
            values["channel"] = keep(channel, channel)
        tags = values["tags"]
        if tags:
            tags[:] = [keep(tag, tag) for tag in tags]
        names = card.__pydantic_fields_set__
        # Usually one or two distinct sets in a whole map: a short list beats hashing each.
        for shared in field_sets:
            if shared == names:
                if shared is not names:
                    set_slot(card, "__pydantic_fields_set__", shared)
                break
        else:
            field_sets.append(names)
