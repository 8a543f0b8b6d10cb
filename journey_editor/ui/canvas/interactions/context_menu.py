"""Right-click menus on cards, links, headers and empty cells. Every entry calls a verb of
`verbs` (the same verbs as the main window's menus), so each is one undo step.

`menu_for(view, hit)` builds the menu without showing it, so tests can trigger its actions.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from journey_editor.edits import EditError
from journey_editor.layout import CellKey
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.interactions.context import CanvasContext, Hit
from journey_editor.ui.editing import verbs
from journey_editor.ui.icons import channel_icon
from journey_editor.ui.labels import lane_kind_label


def emotion_labels() -> dict[int, str]:
    return {
        -2: QCoreApplication.translate("CanvasMenu", "−2 very negative"),
        -1: "−1",
        0: QCoreApplication.translate("CanvasMenu", "0 neutral"),
        1: "+1",
        2: QCoreApplication.translate("CanvasMenu", "+2 very positive"),
    }


def effort_labels() -> dict[int, str]:
    return {
        1: QCoreApplication.translate("CanvasMenu", "1 effortless"),
        2: "2",
        3: "3",
        4: "4",
        5: QCoreApplication.translate("CanvasMenu", "5 very hard"),
    }


def menu_for(view: CanvasContext, hit: Hit) -> QMenu | None:
    if hit.kind == "card" and hit.object_id is not None:
        if hit.object_id not in view.selection.card_ids():
            view.selecting.select_cards((hit.object_id,))
        return card_menu(view, view.selection.card_ids())
    if hit.kind == "link" and hit.object_id is not None:
        view.selecting.select_link(hit.object_id)
        return link_menu(view, hit.object_id)
    if hit.kind in ("stage", "persona", "lane") and hit.object_id is not None:
        view.selecting.select_header(hit.kind, hit.object_id)
        return header_menu(view, hit.kind, hit.object_id)
    if hit.kind == "cell" and hit.cell is not None:
        view.selecting.select_cell(hit.cell)
        return cell_menu(view, hit.cell)
    return None


def _guarded(view: CanvasContext, verb: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        try:
            verb()
        except (EditError, KeyError, ValueError) as error:
            view.report(str(error))

    return run


def _add(menu: QMenu, view: CanvasContext, text: str, verb: Callable[[], object]):
    action = menu.addAction(text)
    action.triggered.connect(_guarded(view, verb))
    return action


# --- cards --------------------------------------------------------------------------------------


def card_menu(view: CanvasContext, card_ids: tuple[str, ...]) -> QMenu:
    document = view.document
    project = document.project
    cards = [project.card(card_id) for card_id in card_ids]
    menu = QMenu(view.viewport())
    _add(
        menu,
        view,
        QCoreApplication.translate("CanvasMenu", "Rename"),
        lambda: view.inline_editor.open("card", card_ids[0]),
    ).setEnabled(len(cards) == 1)
    _add(
        menu,
        view,
        QCoreApplication.translate("CanvasMenu", "Duplicate"),
        lambda: _duplicate(view, card_ids),
    )
    _add(
        menu,
        view,
        QCoreApplication.translate("CanvasMenu", "Link to…"),
        view.link_selected_card,
    ).setEnabled(len(cards) == 1)
    _add(
        menu,
        view,
        QCoreApplication.translate("CanvasMenu", "Delete"),
        lambda: verbs.delete_selection(document, view.selection),
    )
    menu.addSeparator()

    channels = menu.addMenu(QCoreApplication.translate("CanvasMenu", "Channel"))
    current = {card.channel for card in cards}
    for channel in project.channels:
        action = _add(
            channels,
            view,
            channel.label,
            lambda c=channel.id: verbs.set_channel(document, card_ids, c),
        )
        action.setIcon(
            channel_icon(channel.icon, theme.readable_on(channel.colour), 16, channel.colour)
        )
        action.setCheckable(True)
        action.setChecked(current == {channel.id})
    channels.addSeparator()
    _add(
        channels,
        view,
        QCoreApplication.translate("CanvasMenu", "No channel"),
        lambda: verbs.set_channel(document, card_ids, None),
    )

    _score_menu(
        menu.addMenu(QCoreApplication.translate("CanvasMenu", "Effort")),
        view,
        effort_labels(),
        {card.effort for card in cards},
        lambda value: verbs.set_effort(document, card_ids, value),
    )
    _score_menu(
        menu.addMenu(QCoreApplication.translate("CanvasMenu", "Emotion")),
        view,
        emotion_labels(),
        {card.emotion for card in cards},
        lambda value: verbs.set_emotion(document, card_ids, value),
    )

    menu.addSeparator()
    flags = (
        ("moment_of_truth", QCoreApplication.translate("CanvasMenu", "Moment of truth")),
        ("exit_point", QCoreApplication.translate("CanvasMenu", "Exit point")),
    )
    for flag, label in flags:
        on = all(getattr(card, flag) for card in cards)
        action = _add(
            menu,
            view,
            label,
            lambda f=flag, v=not on: verbs.set_flag(document, card_ids, f, v),
        )
        action.setCheckable(True)
        action.setChecked(on)
    return menu


# --- links --------------------------------------------------------------------------------------


def link_menu(view: CanvasContext, link_id: str) -> QMenu:
    document = view.document
    menu = QMenu(view.viewport())
    _add(
        menu,
        view,
        QCoreApplication.translate("CanvasMenu", "Edit label"),
        lambda: view.inline_editor.open("link", link_id),
    )
    _add(
        menu,
        view,
        QCoreApplication.translate("CanvasMenu", "Reverse direction"),
        lambda: verbs.reverse_link(document, link_id),
    )
    _add(
        menu,
        view,
        QCoreApplication.translate("CanvasMenu", "Delete link"),
        lambda: verbs.delete_links(document, (link_id,)),
    )
    return menu


def _duplicate(view: CanvasContext, card_ids: tuple[str, ...]) -> None:
    copies = verbs.duplicate_cards(view.document, card_ids)
    if copies:
        view.selecting.select_cards(copies)


# --- headers ------------------------------------------------------------------------------------


def header_menu(view: CanvasContext, kind: str, object_id: str) -> QMenu:
    document = view.document
    project = document.project
    menu = QMenu(view.viewport())
    _add(
        menu,
        view,
        QCoreApplication.translate("CanvasMenu", "Rename"),
        lambda: view.inline_editor.open(kind, object_id),
    )
    menu.addSeparator()
    if kind == "stage":
        index = project.stage_index(object_id)
        _add(
            menu,
            view,
            QCoreApplication.translate("CanvasMenu", "Add stage before"),
            lambda: _new_stage(view, index),
        )
        _add(
            menu,
            view,
            QCoreApplication.translate("CanvasMenu", "Add stage after"),
            lambda: _new_stage(view, index + 1),
        )
        delete_text = QCoreApplication.translate("CanvasMenu", "Delete stage (with its cards)")
    elif kind == "persona":
        index = project.persona_index(object_id)
        _add(
            menu,
            view,
            QCoreApplication.translate("CanvasMenu", "Add persona above"),
            lambda: _new_persona(view, index),
        )
        _add(
            menu,
            view,
            QCoreApplication.translate("CanvasMenu", "Add persona below"),
            lambda: _new_persona(view, index + 1),
        )
        _lane_kinds(
            menu.addMenu(QCoreApplication.translate("CanvasMenu", "Add lane")),
            view,
            object_id,
            None,
        )
        delete_text = QCoreApplication.translate("CanvasMenu", "Delete persona (with its cards)")
    else:
        persona, index = project.lane_owner(object_id)
        _lane_kinds(
            menu.addMenu(QCoreApplication.translate("CanvasMenu", "Add lane below")),
            view,
            persona.id,
            index + 1,
        )
        delete_text = QCoreApplication.translate("CanvasMenu", "Delete lane (with its cards)")
    menu.addSeparator()
    _add(menu, view, delete_text, lambda: verbs.delete_selection(document, view.selection))
    return menu


def _lane_kinds(menu: QMenu, view: CanvasContext, persona_id: str, index: int | None) -> None:
    for lane_kind in verbs.LANE_NAMES:
        _add(
            menu,
            view,
            lane_kind_label(lane_kind),
            lambda k=lane_kind: verbs.add_lane(view.document, persona_id, k, index),
        )


def _new_stage(view: CanvasContext, index: int) -> None:
    stage_id = verbs.add_stage(view.document, index)
    view.selecting.select_header("stage", stage_id)
    view.inline_editor.open("stage", stage_id)


def _new_persona(view: CanvasContext, index: int) -> None:
    persona_id = verbs.add_persona(view.document, index)
    view.selecting.select_header("persona", persona_id)
    view.inline_editor.open("persona", persona_id)


# --- an empty cell ------------------------------------------------------------------------------


def cell_menu(view: CanvasContext, cell: CellKey) -> QMenu:
    project = view.document.project
    menu = QMenu(view.viewport())
    _add(
        menu,
        view,
        QCoreApplication.translate("CanvasMenu", "New card here"),
        lambda: _new_card(view, cell, None),
    )
    channels = menu.addMenu(QCoreApplication.translate("CanvasMenu", "New touchpoint"))
    for channel in project.channels:
        action = _add(channels, view, channel.label, lambda c=channel.id: _new_card(view, cell, c))
        action.setIcon(
            channel_icon(channel.icon, theme.readable_on(channel.colour), 16, channel.colour)
        )
    paste = _paste_action(view, cell)
    if paste is not None:
        menu.addSeparator()
        action = _add(menu, view, QCoreApplication.translate("CanvasMenu", "Paste"), paste[0])
        action.setEnabled(paste[1])
    return menu


def _new_card(view: CanvasContext, cell: CellKey, channel: str | None) -> None:
    card_id = verbs.add_card(view.document, *cell, channel=channel)
    view.selecting.select_cards((card_id,))
    view.inline_editor.open("card", card_id)


def _paste_action(view: CanvasContext, cell: CellKey) -> tuple[Callable[[], None], bool] | None:
    """Paste into this cell, when the clipboard module is there (it belongs to the window)."""
    try:
        from journey_editor.ui.editing import clipboard
    except ImportError:
        return None

    def paste() -> None:
        ids = clipboard.paste_cards(view.document, cell)
        if ids:
            view.selecting.select_cards(tuple(ids))

    return paste, clipboard.clipboard_has_cards()


def _score_menu(
    menu: QMenu,
    view: CanvasContext,
    labels: dict[int, str],
    current: set[int | None],
    set_score: Callable[[int | None], object],
) -> None:
    """One checkable entry per score (checked when every card has it), then None."""
    for value, label in labels.items():
        action = _add(menu, view, label, lambda v=value: set_score(v))
        action.setCheckable(True)
        action.setChecked(current == {value})
    menu.addSeparator()
    _add(menu, view, QCoreApplication.translate("CanvasMenu", "None"), lambda: set_score(None))
