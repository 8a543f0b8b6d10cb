"""Copy, cut and paste cards through the system clipboard, within and between windows.

The clipboard holds our JSON under `CARDS_MIME` (cards and the channels they use, so a map
without those channels can take them in) and the titles as plain text, so pasting into an
e-mail or a text editor gives something useful. Every paste or cut is one undo step.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

from journey_editor.edits import AddCards, AddChannel, Batch, Edit, EditError, RemoveCards
from journey_editor.model.entities import Card, Channel
from journey_editor.model.ids import new_id
from journey_editor.model.project import Project
from journey_editor.persistence.strict_json import JsonInputError, decode_json_object
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.editing.selection import Selection

CARDS_MIME = "application/x-journey-cards+json"
CARDS_FORMAT = "journey-editor/cards"
CARDS_VERSION = 1

Cell = tuple[str, str, str]  # (persona, lane, stage)


# --- the clipboard format ------------------------------------------------------------------


@dataclass(frozen=True)
class ClipboardCards:
    """What a paste can use: validated cards (with their source cells) and channels."""

    cards: tuple[Card, ...]
    channels: tuple[Channel, ...]


def cards_mime(project: Project, card_ids: Iterable[str]) -> QMimeData | None:
    """The clipboard content for these cards, in the map's order; None when there are none."""
    cards = _cards_in_map_order(project, card_ids)
    if not cards:
        return None
    used = {card.channel for card in cards if card.channel is not None}
    channels = [channel for channel in project.channels if channel.id in used]
    body = {
        "format": CARDS_FORMAT,
        "version": CARDS_VERSION,
        "cards": [card.model_dump(mode="json") for card in cards],
        "channels": [channel.model_dump(mode="json") for channel in channels],
    }
    data = QMimeData()
    data.setData(CARDS_MIME, QByteArray(json.dumps(body, ensure_ascii=False).encode("utf-8")))
    data.setText(
        "\n".join(
            card.title or QCoreApplication.translate("Clipboard", "(untitled card)")
            for card in cards
        )
    )
    return data


def read_cards(data: QMimeData | None) -> ClipboardCards | None:
    """The cards in clipboard content, or None for anything that is not valid cards of ours."""
    if data is None or not data.hasFormat(CARDS_MIME):
        return None
    try:
        # The checks of a loaded file (strict JSON, no lone surrogates, the nesting limit): the
        # payload may come from another process, and a card that could not be saved must never
        # get into the map. The cards sit as deep in it as in a map file.
        body = decode_json_object(bytes(data.data(CARDS_MIME).data()), what="clipboard content")
    except (JsonInputError, RecursionError):
        return None
    if body.get("format") != CARDS_FORMAT:
        return None
    # A newer version may mean fields we would silently drop: refuse rather than half-paste.
    if body.get("version") != CARDS_VERSION:
        return None
    raw_cards, raw_channels = body.get("cards"), body.get("channels", [])
    if not isinstance(raw_cards, list) or not raw_cards or not isinstance(raw_channels, list):
        return None
    try:
        cards = tuple(Card.model_validate(item) for item in raw_cards)
        channels = tuple(Channel.model_validate(item) for item in raw_channels)
    except (ValidationError, TypeError):
        return None
    return ClipboardCards(cards, channels)


# --- the user's verbs ------------------------------------------------------------------------


def copy_cards(document: MapDocument, card_ids: Iterable[str]) -> int:
    """Put the cards on the clipboard; returns how many were copied."""
    card_ids = tuple(card_ids)
    data = cards_mime(document.project, card_ids)
    if data is None:
        return 0
    _place(data)
    return len(_cards_in_map_order(document.project, card_ids))


# The QMimeData we last put on the clipboard (made in Python: see release_clipboard).
_placed: list[QMimeData] = []


def _place(data: QMimeData) -> None:
    _placed[:] = [data]
    QGuiApplication.clipboard().setMimeData(data)


def release_clipboard() -> None:
    """Call before the interpreter ends. Left on the clipboard, our Python-made QMimeData is
    destroyed by Qt after Python has gone, and the process dies with a segmentation fault on
    the way out. Emptying it gives up handing our last copy to a clipboard manager: a quiet exit
    matters more. Another application's clipboard content is never touched."""
    clipboard = QGuiApplication.clipboard()
    if _placed and clipboard.mimeData() is _placed[0]:
        clipboard.clear()
    _placed.clear()


def cut_cards(document: MapDocument, selection: Selection) -> int:
    """Copy the selected cards, then delete them as one undo step."""
    cards = _cards_in_map_order(document.project, selection.card_ids())
    card_ids = tuple(card.id for card in cards)
    count = copy_cards(document, card_ids)
    if count:
        label = (
            QCoreApplication.translate("Clipboard", "Cut card")
            if count == 1
            else QCoreApplication.translate("Clipboard", "Cut {0} cards").format(count)
        )
        document.apply(Batch((RemoveCards(card_ids),), label=label))
        selection.clear()
    return count


def clipboard_has_cards() -> bool:
    """Whether Paste would do something (cheap check, for enabling the action)."""
    data = QGuiApplication.clipboard().mimeData()
    return data is not None and data.hasFormat(CARDS_MIME)


def paste_cards(
    document: MapDocument, cell: Cell | None = None, index: int | None = None
) -> tuple[str, ...]:
    """Paste the clipboard's cards as one undo step; returns the new cards' ids.

    Into `cell` at `index` when given; otherwise each card goes back to its original cell when
    this map has it, else to the first touchpoints lane × first stage. Bad or foreign clipboard
    content does nothing and returns ().
    """
    content = read_cards(QGuiApplication.clipboard().mimeData())
    if content is None:
        return ()
    planned = plan_paste(document.project, content, cell, index)
    if planned is None:
        return ()
    edit, new_ids = planned
    try:
        document.apply(edit)
    except EditError:
        return ()
    return new_ids


# --- Qt-free planning -----------------------------------------------------------------------


def plan_paste(
    project: Project, content: ClipboardCards, cell: Cell | None, index: int | None
) -> tuple[Edit, tuple[str, ...]] | None:
    """The one edit pasting `content`, and the new ids; None when there is nowhere to put it."""
    fallback = fallback_cell(project)
    known_channels = {channel.id for channel in project.channels}
    offered = {channel.id: channel for channel in content.channels}
    taken = project.all_ids()
    edits: list[Edit] = []
    new_ids: list[str] = []
    pasted: list[Card] = []
    for card in content.cards:
        target = cell or (card.cell if cell_exists(project, card.cell) else fallback)
        if target is None:
            return None
        changes: dict[str, Any] = dict(zip(("persona", "lane", "stage"), target, strict=True))
        if card.channel is not None and card.channel not in known_channels:
            if card.channel in offered:
                # The card brings its channel along, in the same undo step.
                edits.append(AddChannel(offered[card.channel]))
                known_channels.add(card.channel)
            else:
                changes["channel"] = None
        card_id = new_id("card", taken)
        taken.add(card_id)
        new_ids.append(card_id)
        changes["id"] = card_id
        pasted.append(card.model_copy(update=changes))
    # One edit for every card: one pass over the map, whatever the number of cards.
    edits.append(AddCards(tuple(pasted), index if cell is not None else None))
    count = len(new_ids)
    label = (
        QCoreApplication.translate("Clipboard", "Paste card")
        if count == 1
        else QCoreApplication.translate("Clipboard", "Paste {0} cards").format(count)
    )
    return Batch(tuple(edits), label=label), tuple(new_ids)


def cell_exists(project: Project, cell: Cell) -> bool:
    persona_id, lane_id, stage_id = cell
    stage_ids = {stage.id for stage in project.stages}
    for persona in project.personas:
        if persona.id == persona_id:
            return stage_id in stage_ids and any(lane.id == lane_id for lane in persona.lanes)
    return False


def fallback_cell(project: Project) -> Cell | None:
    """First touchpoints lane (of the first persona that has one) × first stage.

    Without any touchpoints lane, the first lane of the first persona that has lanes; None for
    a map without stages or lanes.
    """
    if not project.stages:
        return None
    stage_id = project.stages[0].id
    for persona in project.personas:
        for lane in persona.lanes:
            if lane.kind == "touchpoints":
                return (persona.id, lane.id, stage_id)
    for persona in project.personas:
        if persona.lanes:
            return (persona.id, persona.lanes[0].id, stage_id)
    return None


def _cards_in_map_order(project: Project, card_ids: Iterable[str]) -> list[Card]:
    # The map's order, not the click order: pasted cards keep their relative order in a cell.
    wanted = set(card_ids)
    return [card for card in project.cards if card.id in wanted]
