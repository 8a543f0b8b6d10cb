"""The user's verbs on a map, each one undo step: the canvas, menus, context menus, keyboard
and docks all call these, so a verb behaves the same wherever it is triggered from.

Functions return the ids they created (for selection and inline editing) and let EditError
propagate; callers show its message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journey_editor import i18n
from journey_editor.edits import (
    AddCard,
    AddLane,
    AddLink,
    AddPersona,
    AddStage,
    AddVotes,
    Batch,
    ClearVotes,
    CopyCards,
    EditError,
    MoveCards,
    MoveLane,
    MovePersona,
    MoveStage,
    RemoveCards,
    RemoveLane,
    RemoveLink,
    RemovePersona,
    RemoveStage,
    UpdateCard,
    UpdateLane,
    UpdateLink,
    UpdatePersona,
    UpdateStage,
)
from journey_editor.model.entities import Card, Lane, Link, Stage
from journey_editor.model.factory import (
    DEFAULT_LANE_NAMES,
    default_lane_name,
    new_persona,
    next_persona_colour,
)
from journey_editor.model.ids import new_id
from journey_editor.model.types import EMOTION_RANGE
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.editing.selection import Selection
from journey_editor.ui.plurals import translate_count

LANE_NAMES = DEFAULT_LANE_NAMES["en"]  # one per lane kind, in menu order
# Default names of new stages and personas: part of the map, so in the map's language.
NEW_STAGE_NAME = i18n.QT_TRANSLATE_NOOP("MapActions", "Stage {number}")
NEW_PERSONA_NAME = i18n.QT_TRANSLATE_NOOP("MapActions", "Persona {number}")


def add_card(
    document: MapDocument,
    persona: str,
    lane: str,
    stage: str,
    index: int | None = None,
    channel: str | None = None,
    title: str = "",
) -> str:
    card_id = new_id("card", document.project.all_ids())
    card = Card(id=card_id, persona=persona, lane=lane, stage=stage, title=title, channel=channel)
    document.apply(AddCard(card, index))
    return card_id


def set_effort(document: MapDocument, card_ids: tuple[str, ...], effort: int | None) -> None:
    edits = tuple(UpdateCard(cid, {"effort": effort}) for cid in card_ids)
    if edits:
        if effort is None:
            label = QCoreApplication.translate("MapActions", "Clear effort")
        else:
            label = QCoreApplication.translate("MapActions", "Set effort {effort}")
        document.apply(Batch(edits, label=label.format(effort=effort)))


def set_emotion(document: MapDocument, card_ids: tuple[str, ...], emotion: int | None) -> None:
    edits = tuple(UpdateCard(cid, {"emotion": emotion}) for cid in card_ids)
    if edits:
        label = QCoreApplication.translate("MapActions", "Set emotion {emotion}")
        document.apply(
            Batch(edits, label=label.format(emotion=f"{emotion:+d}") if emotion else None)
        )


def bump_emotion(document: MapDocument, card_ids: tuple[str, ...], delta: int) -> None:
    """− / + on the keyboard: one step down or up, from neutral when unscored, clamped."""
    low, high = EMOTION_RANGE
    edits = []
    for card_id in card_ids:
        current = document.project.card(card_id).emotion
        target = max(low, min(high, (current if current is not None else 0) + delta))
        if target != current:
            edits.append(UpdateCard(card_id, {"emotion": target}))
    if edits:
        label = (
            QCoreApplication.translate("MapActions", "Raise emotion")
            if delta > 0
            else QCoreApplication.translate("MapActions", "Lower emotion")
        )
        document.apply(Batch(tuple(edits), label=label))


def vote(document: MapDocument, card_ids: tuple[str, ...], delta: int = 1) -> None:
    """V / Shift+V: one vote more (or less, never below 0) on each card, one undo step. A
    press that changes no card raises EditError (the status bar says why): no empty step."""
    if not card_ids:
        return
    label = (
        QCoreApplication.translate("MapActions", "Add a vote")
        if delta > 0
        else QCoreApplication.translate("MapActions", "Remove a vote")
    )
    document.apply(Batch((AddVotes(card_ids, delta),), label=label))


def clear_votes(document: MapDocument) -> None:
    """Map → Clear votes: every vote off the map, one undo step."""
    label = QCoreApplication.translate("MapActions", "Clear votes")
    document.apply(Batch((ClearVotes(),), label=label))


def duplicate_cards(document: MapDocument, card_ids: tuple[str, ...]) -> tuple[str, ...]:
    """Ctrl+D: copies right after the originals, in each original's cell."""
    project = document.project
    taken = project.all_ids()
    edits, created = [], []
    # Later cards first, so inserting a copy never shifts the position of a card still to copy.
    for card_id in sorted(card_ids, key=project.card_index, reverse=True):
        card = project.card(card_id)
        position = [c.id for c in project.cell_cards(*card.cell)].index(card_id)
        copy_id = new_id("card", taken)
        taken.add(copy_id)
        created.append(copy_id)
        edits.append(CopyCards((card_id,), *card.cell, position + 1, (copy_id,)))
    if edits:
        label = (
            QCoreApplication.translate("MapActions", "Duplicate card")
            if len(edits) == 1
            else translate_count(
                "MapActions",
                i18n.QT_TRANSLATE_NOOP("MapActions", "Duplicate %n card"),
                i18n.QT_TRANSLATE_NOOP("MapActions", "Duplicate %n cards"),
                len(edits),
            )
        )
        document.apply(Batch(tuple(edits), label=label))
    return tuple(created)


def move_cards(
    document: MapDocument, card_ids: tuple[str, ...], cell: tuple[str, str, str], index: int
) -> bool:
    """Drag: the cards, together, to (persona, lane, stage) before the card now at `index` of
    that cell (counting every card in it, the moving ones too: the canvas's drop position).
    False, and no undo step, when that leaves the cell's order as it is (a card dropped just
    below itself)."""
    order = [card.id for card in document.project.cell_cards(*cell)]
    moving = set(card_ids)
    # MoveCards counts only the cards that stay in the cell.
    kept = sum(1 for card_id in order[:index] if card_id not in moving)
    if moving.issubset(order):
        staying = [card_id for card_id in order if card_id not in moving]
        moved = [card_id for card_id in order if card_id in moving]
        if [*staying[:kept], *moved, *staying[kept:]] == order:
            return False
    document.apply(MoveCards(card_ids, *cell, kept))
    return True


def copy_cards(
    document: MapDocument, card_ids: tuple[str, ...], cell: tuple[str, str, str], index: int
) -> tuple[str, ...]:
    """Ctrl-drag: copies of the cards, with fresh ids, together at `index` of (persona, lane,
    stage); the originals stay. Returns the copies' ids, in the originals' order."""
    taken = document.project.all_ids()
    copies = []
    for _ in card_ids:
        copy_id = new_id("card", taken)
        taken.add(copy_id)
        copies.append(copy_id)
    document.apply(CopyCards(card_ids, *cell, index, tuple(copies)))
    return tuple(copies)


HEADER_MOVES = {"stage": MoveStage, "persona": MovePersona, "lane": MoveLane}


def move_header(document: MapDocument, kind: str, object_id: str, index: int) -> bool:
    """Header drag: a stage, persona or lane (within its persona) to position `index` among
    its siblings. False, and no undo step, when it is there already."""
    if kind not in HEADER_MOVES:
        raise ValueError(f"not a header kind: {kind}")
    project = document.project
    if kind == "stage":
        current = project.stage_index(object_id)
    elif kind == "persona":
        current = project.persona_index(object_id)
    else:
        current = project.lane_owner(object_id)[1]
    if index == current:
        return False
    document.apply(HEADER_MOVES[kind](object_id, index))
    return True


def delete_selection(document: MapDocument, selection: Selection) -> None:
    ids, kind = selection.ids, selection.kind
    if not ids:
        return
    if kind == "card":
        edit = RemoveCards(ids)
    elif kind == "stage":
        edit = Batch(tuple(RemoveStage(i) for i in ids))
    elif kind == "persona":
        edit = Batch(tuple(RemovePersona(i) for i in ids))
    elif kind == "lane":
        edit = Batch(tuple(RemoveLane(i) for i in ids))
    elif kind == "link":
        edit = _remove_links(ids)
    else:
        return
    document.apply(edit)
    selection.clear()


def rename(document: MapDocument, kind: str, object_id: str, text: str) -> None:
    """Inline rename (F2 / double-click): a card's title, or a header's name."""
    if kind == "card":
        if document.project.card(object_id).title != text:
            document.apply(UpdateCard(object_id, {"title": text}))
    elif kind == "stage":
        if document.project.stage(object_id).name != text:
            document.apply(UpdateStage(object_id, {"name": text}))
    elif kind == "persona":
        if document.project.persona(object_id).name != text:
            document.apply(UpdatePersona(object_id, {"name": text}))
    elif kind == "lane" and document.project.lane(object_id).name != text:
        document.apply(UpdateLane(object_id, {"name": text}))
    elif kind == "link":
        relabel_link(document, object_id, text)


def add_stage(document: MapDocument, index: int | None = None, name: str = "") -> str:
    project = document.project
    stage_id = new_id("stage", project.all_ids())
    number = len(project.stages) + 1
    name = name or i18n.translate("MapActions", NEW_STAGE_NAME, project.locale).format(
        number=number
    )
    document.apply(AddStage(Stage(id=stage_id, name=name), index))
    return stage_id


def add_persona(document: MapDocument, index: int | None = None, name: str = "") -> str:
    project = document.project
    number = len(project.personas) + 1
    name = name or i18n.translate("MapActions", NEW_PERSONA_NAME, project.locale).format(
        number=number
    )
    # Each new persona gets a colour of its own, so the bands and curves tell them apart.
    colour = next_persona_colour(persona.colour for persona in project.personas)
    persona = new_persona(name, project.all_ids(), project.locale, colour=colour)
    document.apply(AddPersona(persona, index))
    return persona.id


def add_lane(
    document: MapDocument, persona_id: str, kind: str = "notes", index: int | None = None
) -> str:
    lane_id = new_id("lane", document.project.all_ids())
    # The lane's name is part of the map, so it follows the map's language, not the UI's.
    lane = Lane(id=lane_id, name=default_lane_name(kind, document.project.locale), kind=kind)
    document.apply(AddLane(persona_id, lane, index))
    return lane_id


def set_channel(document: MapDocument, card_ids: tuple[str, ...], channel: str | None) -> None:
    """Context menu Channel ▸: every card to one channel (None: no channel), one step."""
    project = document.project
    edits = tuple(
        UpdateCard(cid, {"channel": channel})
        for cid in card_ids
        if project.card(cid).channel != channel
    )
    if edits:
        document.apply(Batch(edits, label=QCoreApplication.translate("MapActions", "Set channel")))


def set_flag(document: MapDocument, card_ids: tuple[str, ...], flag: str, value: bool) -> None:
    """Context menu toggles: `flag` is "moment_of_truth" or "exit_point"."""
    if flag not in ("moment_of_truth", "exit_point"):
        raise ValueError(f"not a card flag: {flag}")
    project = document.project
    edits = tuple(
        UpdateCard(cid, {flag: value})
        for cid in card_ids
        if getattr(project.card(cid), flag) != value
    )
    if edits:
        labels = {
            ("moment_of_truth", True): QCoreApplication.translate(
                "MapActions", "Moment of truth on"
            ),
            ("moment_of_truth", False): QCoreApplication.translate(
                "MapActions", "Moment of truth off"
            ),
            ("exit_point", True): QCoreApplication.translate("MapActions", "Exit point on"),
            ("exit_point", False): QCoreApplication.translate("MapActions", "Exit point off"),
        }
        document.apply(Batch(edits, label=labels[flag, value]))


# --- links ---------------------------------------------------------------------------------------


def link_refusal(document: MapDocument, from_card: str, to_card: str) -> str | None:
    """Why a link from `from_card` to `to_card` cannot be drawn, or None when it can."""
    if from_card == to_card:
        return QCoreApplication.translate("MapActions", "a card cannot be linked to itself")
    for link in document.project.links:
        if link.from_card == from_card and link.to_card == to_card:
            return QCoreApplication.translate(
                "MapActions", "these two cards are already linked in this direction"
            )
    return None


def add_link(document: MapDocument, from_card: str, to_card: str, label: str = "") -> str:
    """A new link between two cards (one undo step); EditError when `link_refusal` says no."""
    refusal = link_refusal(document, from_card, to_card)
    if refusal is not None:
        raise EditError("link", None, None, refusal)
    link_id = new_id("link", document.project.all_ids())
    document.apply(AddLink(Link(id=link_id, from_card=from_card, to_card=to_card, label=label)))
    return link_id


def relabel_link(document: MapDocument, link_id: str, label: str) -> None:
    label = label.strip()
    if _link(document, link_id).label != label:
        document.apply(UpdateLink(link_id, {"label": label}))


def reverse_link(document: MapDocument, link_id: str) -> None:
    link = _link(document, link_id)
    refusal = link_refusal(document, link.to_card, link.from_card)
    if refusal is not None:
        raise EditError("link", link_id, None, refusal)
    document.apply(UpdateLink(link_id, {"from_card": link.to_card, "to_card": link.from_card}))


def reconnect_link(document: MapDocument, link_id: str, end: str, card_id: str) -> None:
    """Drag of a link's end: its "from" or "to" end onto `card_id`, one step; EditError when
    `link_refusal` says no for the link it would become."""
    if end not in ("from", "to"):
        raise ValueError(f"not a link end: {end}")
    link = _link(document, link_id)
    ends = (card_id, link.to_card) if end == "from" else (link.from_card, card_id)
    if ends == (link.from_card, link.to_card):
        return
    refusal = link_refusal(document, *ends)
    if refusal is not None:
        raise EditError("link", link_id, None, refusal)
    field = "from_card" if end == "from" else "to_card"
    document.apply(
        Batch(
            (UpdateLink(link_id, {field: card_id}),),
            label=QCoreApplication.translate("MapActions", "Reconnect link"),
        )
    )


def delete_links(document: MapDocument, link_ids: tuple[str, ...]) -> None:
    if link_ids:
        document.apply(_remove_links(link_ids))


def _remove_links(link_ids: tuple[str, ...]):
    if len(link_ids) == 1:
        return RemoveLink(link_ids[0])
    return Batch(tuple(RemoveLink(i) for i in link_ids))


def _link(document: MapDocument, link_id: str) -> Link:
    for link in document.project.links:
        if link.id == link_id:
            return link
    raise KeyError(link_id)
