"""The inspector dock: a heading saying what is selected, and the page that edits it.

It follows the shared Selection and the document: after any change (an edit, an undo, a redo)
it shows the model's values again, or the map's details when the selected objects are gone.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journey_editor.edits import Change
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.editing.selection import Selection
from journey_editor.ui.inspector.card_page import CardPage
from journey_editor.ui.inspector.page import InspectorPage
from journey_editor.ui.inspector.project_page import LinkPage, ProjectPage
from journey_editor.ui.inspector.structure_pages import LanePage, PersonaPage, StagePage

_PAGE_KINDS: dict[str | None, type[InspectorPage]] = {
    "card": CardPage,
    "stage": StagePage,
    "persona": PersonaPage,
    "lane": LanePage,
    "link": LinkPage,
}

# Readable from the back of a workshop room: a size above the desktop default.
_MIN_POINT_SIZE = 11
_HEADING_EXTRA_POINTS = 5


class InspectorDock(QDockWidget):
    def __init__(
        self, document: MapDocument, selection: Selection, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Inspector"), parent)
        self.setObjectName("inspector")
        self.document = document
        self.selection = selection

        content = QWidget()
        content.setObjectName("inspector-content")
        font = content.font()
        font.setPointSizeF(max(_MIN_POINT_SIZE, font.pointSizeF() + 1))
        content.setFont(font)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(10)

        self.heading = QLabel(content)
        self.heading.setObjectName("inspector-heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        heading_font = self.heading.font()
        heading_font.setPointSizeF(font.pointSizeF() + _HEADING_EXTRA_POINTS)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setAccessibleName(self.tr("Selected object"))
        layout.addWidget(self.heading)
        rule = QFrame(content)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(rule)

        # The map's page shows at start; the others are made the first time something of
        # their kind is selected (the card page alone is 15 ms before the first frame).
        self._content, self._layout = content, layout
        self.project_page = ProjectPage(document, content)
        self._pages: dict[str | None, InspectorPage] = {None: self.project_page}
        # Only the current page is visible: hidden pages take no room, so the scroll area
        # fits the page shown instead of the tallest one.
        self.project_page.hide()
        layout.addWidget(self.project_page)
        layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        scroll.setAccessibleName(self.tr("Inspector"))
        self.setWidget(scroll)
        self.setMinimumWidth(320)

        self._page: InspectorPage = self.project_page
        self._showing = False
        selection.changed.connect(self.show_selection)
        QApplication.instance().focusChanged.connect(self._end_typing_session)
        document.changed.connect(self._on_changed)
        document.replaced.connect(self._on_replaced)
        self.show_selection()

    def page(self, kind: str | None) -> InspectorPage:
        """The page that edits objects of `kind` (None: the map itself), made when first
        needed."""
        page = self._pages.get(kind)
        if page is None:
            page = _PAGE_KINDS[kind](self.document, self._content)
            page.hide()
            self._layout.insertWidget(self._layout.count() - 1, page)  # before the stretch
            self._pages[kind] = page
        return page

    @property
    def card_page(self) -> CardPage:
        return cast(CardPage, self.page("card"))

    @property
    def stage_page(self) -> StagePage:
        return cast(StagePage, self.page("stage"))

    @property
    def persona_page(self) -> PersonaPage:
        return cast(PersonaPage, self.page("persona"))

    @property
    def lane_page(self) -> LanePage:
        return cast(LanePage, self.page("lane"))

    @property
    def link_page(self) -> LinkPage:
        return cast(LinkPage, self.page("link"))

    def _end_typing_session(self, *_widgets) -> None:
        self.document.end_merge()

    # --- what is shown -------------------------------------------------------------------------

    def current_page(self) -> InspectorPage:
        return self._page

    def show_selection(self) -> None:
        if self._showing:
            # Committing a field of the previous target (below) applied an edit, whose change
            # lands here; the outer call is about to show the current state anyway.
            return
        self._showing = True
        try:
            page, ids = self._target()
            if page is not self._page:
                self._page.flush()
                self._page.hide()
                self._page = page
            page.show_ids(ids)  # flushes the page's own pending text when the target changes
            page.show()
            self.heading.setText(page.heading())
        finally:
            self._showing = False

    def _target(self) -> tuple[InspectorPage, tuple[str, ...]]:
        kind = self.selection.kind if self.selection.kind in _PAGE_KINDS else None
        page = self.page(kind)
        ids = page.existing(self.selection.ids) if page is not self.project_page else ()
        if not ids:
            # Nothing selected, or what was selected is gone (deleted, or an add was undone).
            return self.project_page, ()
        return page, ids

    def _on_changed(self, _change: Change) -> None:
        # Refreshing the one page shown is cheap (a few widgets), and a change elsewhere may
        # still concern it: a renamed lane or persona, a channel added to the catalogue.
        self.show_selection()

    def _on_replaced(self) -> None:
        # Typed-but-uncommitted text belonged to the previous map: drop it, never apply it here.
        for page in self._pages.values():
            page.discard()
            page.ids = ()
        self.show_selection()
