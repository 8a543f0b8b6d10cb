"""View → Filter: the spotlight (dim all but the selected persona or stage) and the filters
(only cards of one evidence level or with one tag; lanes hidden on screen), with the bar
above the map that says what is filtered and clears it in one click.

All of it is view state (`layout/view_filter.py`, applied by `MapView.set_view_filter`):
no undo step, no change of the map, nothing written; the PDF prints the whole map.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from journey_editor.layout.view_filter import ViewFilter
from journey_editor.model.types import EVIDENCE_LEVELS, LANE_KINDS
from journey_editor.ui.labels import evidence_label, lane_kind_label

if TYPE_CHECKING:
    from journey_editor.ui.shell.editor_window import EditorWindow


def _set(window: EditorWindow, view_filter: ViewFilter) -> None:
    window.view.set_view_filter(view_filter)


# --- the spotlight -------------------------------------------------------------------------


def spotlight_persona(window: EditorWindow) -> None:
    """Dim all but the selected persona's band (that of the selected lane or card); the same
    persona again turns the spotlight off."""
    selection, project = window.selection, window.document.project
    persona_id = None
    if selection.kind == "persona":
        persona_id = selection.ids[0]
    elif selection.kind == "lane":
        persona_id = project.lane_owner(selection.ids[0])[0].id
    elif selection.kind == "card":
        persona_id = project.card(selection.ids[0]).persona
    _spotlight(
        window,
        "persona",
        persona_id,
        QCoreApplication.translate("Filters", "Select a persona, a lane or a card first"),
    )


def spotlight_stage(window: EditorWindow) -> None:
    """Dim all but the selected stage's column (that of the selected card); the same stage
    again turns the spotlight off."""
    selection, project = window.selection, window.document.project
    stage_id = None
    if selection.kind == "stage":
        stage_id = selection.ids[0]
    elif selection.kind == "card":
        stage_id = project.card(selection.ids[0]).stage
    _spotlight(
        window,
        "stage",
        stage_id,
        QCoreApplication.translate("Filters", "Select a stage or a card first"),
    )


def _spotlight(window: EditorWindow, kind: str, object_id: str | None, missing: str) -> None:
    current = window.view.view_filter
    if object_id is None:
        window.show_status(missing)
        return
    spot = None if current.spotlight == (kind, object_id) else (kind, object_id)
    _set(window, replace(current, spotlight=spot))  # type: ignore[arg-type]


def clear_filters(window: EditorWindow) -> None:
    _set(window, ViewFilter())


# --- the View ▸ Filter submenus, filled each time they open (the map's tags and lanes change) --


def fill_evidence_menu(window: EditorWindow, menu: QMenu) -> None:
    menu.clear()
    current = window.view.view_filter
    for level in EVIDENCE_LEVELS:
        action = menu.addAction(evidence_label(level))
        action.setObjectName(f"filter_evidence_{level}")
        action.setCheckable(True)
        action.setChecked(current.evidence == level)
        action.triggered.connect(lambda _=False, level=level: _toggle_evidence(window, level))


def _toggle_evidence(window: EditorWindow, level: str) -> None:
    current = window.view.view_filter
    _set(window, replace(current, evidence=None if current.evidence == level else level))


def map_tags(window: EditorWindow) -> list[str]:
    """The tags on the map's cards, in alphabetical order (ignoring case and accents' case)."""
    tags = {tag for card in window.document.project.cards for tag in card.tags}
    return sorted(tags, key=lambda tag: (tag.casefold(), tag))


def fill_tag_menu(window: EditorWindow, menu: QMenu) -> None:
    menu.clear()
    current = window.view.view_filter
    tags = map_tags(window)
    if not tags:
        menu.addAction(QCoreApplication.translate("Filters", "No card has a tag")).setEnabled(False)
        return
    for tag in tags:
        action = menu.addAction(tag.replace("&", "&&"))
        action.setObjectName(f"filter_tag:{tag}")
        action.setCheckable(True)
        action.setChecked(current.tag == tag)
        action.triggered.connect(lambda _=False, tag=tag: _toggle_tag(window, tag))


def _toggle_tag(window: EditorWindow, tag: str) -> None:
    current = window.view.view_filter
    _set(window, replace(current, tag=None if current.tag == tag else tag))


def fill_lane_menu(window: EditorWindow, menu: QMenu) -> None:
    menu.clear()
    current = window.view.view_filter
    kinds = {lane.kind for persona in window.document.project.personas for lane in persona.lanes}
    for kind in LANE_KINDS:
        if kind not in kinds and kind not in current.hidden_lane_kinds:
            continue
        action = menu.addAction(lane_kind_label(kind))
        action.setObjectName(f"filter_lanes_{kind}")
        action.setCheckable(True)
        action.setChecked(kind in current.hidden_lane_kinds)
        action.triggered.connect(lambda _=False, kind=kind: _toggle_lanes(window, kind))


def _toggle_lanes(window: EditorWindow, kind: str) -> None:
    current = window.view.view_filter
    _set(window, replace(current, hidden_lane_kinds=current.hidden_lane_kinds ^ {kind}))


# --- what is filtered, in words, and the bar that shows it -----------------------------------


def describe(window: EditorWindow, view_filter: ViewFilter) -> str:
    """ "Spotlight on stage «Achat» · only observed cards · tagged «mobile» · hidden: …"."""
    project = window.document.project
    parts = []
    if view_filter.spotlight is not None:
        kind, object_id = view_filter.spotlight
        if kind == "persona":
            names = {persona.id: persona.name for persona in project.personas}
            text = QCoreApplication.translate("Filters", "spotlight on persona «{name}»")
        else:
            names = {stage.id: stage.name for stage in project.stages}
            text = QCoreApplication.translate("Filters", "spotlight on stage «{name}»")
        parts.append(text.format(name=names.get(object_id, object_id)))
    if view_filter.evidence is not None:
        text = QCoreApplication.translate("Filters", "only cards of evidence «{level}»")
        parts.append(text.format(level=evidence_label(view_filter.evidence)))
    if view_filter.tag is not None:
        parts.append(
            QCoreApplication.translate("Filters", "only cards tagged «{tag}»").format(
                tag=view_filter.tag
            )
        )
    if view_filter.hidden_lane_kinds:
        kinds = [
            lane_kind_label(kind) for kind in LANE_KINDS if kind in view_filter.hidden_lane_kinds
        ]
        parts.append(
            QCoreApplication.translate("Filters", "lanes hidden: {kinds}").format(
                kinds=", ".join(kinds)
            )
        )
    return " · ".join(parts)


class FilterBar(QFrame):
    """Above the map while a spotlight or filter is on: what is filtered, and Clear."""

    def __init__(self, window: EditorWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("filter-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Warm, like a highlighter: the map on screen is not the whole map.
        self.setStyleSheet(
            "#filter-bar { background: #FFF1C7; border: 1px solid #D9A400; }"
            "#filter-bar QLabel { color: #3D2E00; }"
        )
        self.setAccessibleName(self.tr("Spotlight and filters"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.clear_button = QPushButton(self.tr("Show everything"), self)
        self.clear_button.setObjectName("filter-clear")
        self.clear_button.setToolTip(
            self.tr("Clear the spotlight and the filters (View ▸ Spotlight and filters)")
        )
        self.clear_button.clicked.connect(lambda: clear_filters(window))
        layout.addWidget(self.clear_button)
        window.view.filter_changed.connect(self.refresh)
        window.document.changed.connect(lambda _change: self.isVisible() and self.refresh())
        self.hide()

    def refresh(self) -> None:
        view_filter = self.window_.view.view_filter
        if not view_filter.active:
            self.hide()
            return
        text = self.tr("Filtered view, the map is unchanged: {what}")
        self.label.setText(text.format(what=describe(self.window_, view_filter)))
        self.show()


def install_filter_bar(window: EditorWindow) -> FilterBar:
    """The bar, right above the canvas in its container (under the message bar)."""
    view = window.view
    container = view.parentWidget()
    bar = FilterBar(window, container)
    layout = container.layout() if container is not None else None
    if layout is not None:
        layout.insertWidget(max(0, layout.indexOf(view)), bar)  # type: ignore[attr-defined]
    return bar
