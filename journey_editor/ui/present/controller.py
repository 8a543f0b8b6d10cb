"""Presentation mode's controller: one per main window, alive as long as it is.

What other features use (the focus API):

- `stage_id` — the stage in focus (None only when not presenting or the map has no stage);
- `persona_id` — the persona in focus, or None for all personas;
- `focus_changed(stage_id, persona_id)` — emitted whenever either changes (stepping, start,
  or the map changing under it), after the room view has started moving to it;
- `active` and `active_changed(bool)` — presenting or not;
- `add_overlay_widget(widget, place)` — "bottom": a full-width bar under the map (a capture
  line), "corner": over the map's top-right corner (a timer), "presenter": beside the stage's
  name in the presenter view (a timer there). Widgets stay in place between presentations.
- `set_focus(stage_id, persona_id)` — move the focus yourself (a spotlight, a search);
- `key_hooks` — more keys for presentation mode (C opens the capture bar, T the timer): each
  hook gets the plain key presses the controller does not use and says whether it took one.

Presenting never edits the map: the room view is read-only, and nothing here pushes an undo
step or writes a file. The main window is not touched either (the presentation has windows
of its own), so leaving shows it exactly as it was: geometry, docks, zoom, scroll, full screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QWidget

from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.editing.selection import Selection
from journey_editor.ui.present import focus
from journey_editor.ui.present.presenter import PresenterWindow
from journey_editor.ui.present.room_view import RoomView
from journey_editor.ui.present.window import PresentationWindow

K = Qt.Key
NEXT_KEYS = (K.Key_Right, K.Key_PageDown)  # clickers send Page Down / Page Up
PREVIOUS_KEYS = (K.Key_Left, K.Key_PageUp)


def pick_screens(
    screens: list[QScreen], laptop: QScreen | None
) -> tuple[QScreen | None, QScreen | None]:
    """(the screen to present on, the screen for the presenter view or None): with two
    screens or more, the first one that is not the laptop's (the one the editor is on) for the
    room and the laptop's for the presenter; with one, that one and no presenter view."""
    laptop = laptop if laptop in screens else (screens[0] if screens else None)
    others = [screen for screen in screens if screen is not laptop]
    if others:
        return others[0], laptop
    return laptop, None


class PresentationController(QObject):
    focus_changed = Signal(object, object)  # stage id, persona id or None (all personas)
    active_changed = Signal(bool)

    def __init__(self, document: MapDocument, selection: Selection, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("presentation")
        self.document = document
        self.selection = selection
        self.host = host
        self.active = False
        self.stage_id: str | None = None
        self.persona_id: str | None = None
        self._window: PresentationWindow | None = None
        self._presenter: PresenterWindow | None = None
        self.key_hooks: list[Callable[[QKeyEvent], bool]] = []
        document.changed.connect(self._follow_map)
        document.replaced.connect(self._follow_map)

    # --- the windows, made on first use and kept -------------------------------------------------

    @property
    def window(self) -> PresentationWindow:
        if self._window is None:
            self._window = PresentationWindow(self.handle_key, self.leave)
            self._window.setParent(self.host, self._window.windowFlags())
        return self._window

    @property
    def presenter(self) -> PresenterWindow:
        if self._presenter is None:
            self._presenter = PresenterWindow(self.handle_key, self.leave)
            self._presenter.setParent(self.host, self._presenter.windowFlags())
        return self._presenter

    @property
    def view(self) -> RoomView | None:
        """The room view while presenting (tests wait on its `camera_settled`)."""
        return self._window.view if self._window is not None else None

    def add_overlay_widget(self, widget: QWidget, place: str = "bottom") -> None:
        """Show `widget` in presentation mode: "bottom", "corner" or "presenter" (see above)."""
        if place == "presenter":
            self.presenter.add_widget(widget)
        else:
            self.window.add_widget(widget, place)

    # --- entering and leaving --------------------------------------------------------------------

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.start()

    def start(self, geometry: QRect | None = None) -> bool:
        """Present: full screen on the projector (or the only screen), the presenter view on
        the laptop when there are two. `geometry`: a plain window there instead of full screen
        (snapshots). False when the map has no stage to show."""
        if self.active:
            return True
        project = self.document.project
        if not project.stages:
            self._tell(QCoreApplication.translate("Presentation", "The map has no stage to show."))
            return False
        self.stage_id = self._first_focus()
        self.persona_id = None
        window = self.window
        view = window.attach_view(self.document)
        self.active = True
        room, laptop = pick_screens(QGuiApplication.screens(), self.host.screen())
        if geometry is not None:
            window.setGeometry(geometry)
            window.show()
        else:
            if room is not None:
                window.setScreen(room)
                window.setGeometry(room.geometry())
            window.showFullScreen()
            if laptop is not None:
                presenter = self.presenter
                presenter.setScreen(laptop)
                presenter.setGeometry(laptop.availableGeometry())
                presenter.showing = True
                presenter.showMaximized()
        view.set_focus(self.stage_id, self.persona_id, animate=False)
        self._show_notes()
        window.raise_()
        window.activateWindow()
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.active_changed.emit(True)
        self.focus_changed.emit(self.stage_id, self.persona_id)
        return True

    def leave(self) -> None:
        if not self.active:
            return
        self.active = False
        if self._presenter is not None:
            self._presenter.showing = False
            self._presenter.hide()
        window = self.window
        window.hide()
        window.detach_view()
        self.host.raise_()
        self.host.activateWindow()
        self.active_changed.emit(False)

    # --- the focus -------------------------------------------------------------------------------

    def set_focus(self, stage_id: str | None, persona_id: str | None, animate: bool = True) -> None:
        project = self.document.project
        stage_id = focus.kept([s.id for s in project.stages], stage_id, True)
        persona_id = focus.kept([p.id for p in project.personas], persona_id, False)
        if (stage_id, persona_id) == (self.stage_id, self.persona_id):
            return
        self.stage_id, self.persona_id = stage_id, persona_id
        if self.active and self.view is not None:
            self.view.set_focus(stage_id, persona_id, animate)
            self._show_notes()
        self.focus_changed.emit(stage_id, persona_id)

    def step_stage(self, delta: int) -> None:
        stages = [stage.id for stage in self.document.project.stages]
        self.set_focus(focus.step_stage(stages, self.stage_id, delta), self.persona_id)

    def end_stage(self, last: bool) -> None:
        stages = [stage.id for stage in self.document.project.stages]
        self.set_focus(focus.end_stage(stages, last), self.persona_id)

    def step_persona(self, delta: int) -> None:
        personas = [persona.id for persona in self.document.project.personas]
        self.set_focus(self.stage_id, focus.step_persona(personas, self.persona_id, delta))

    def handle_key(self, event: QKeyEvent) -> bool:
        """The keys of presentation mode (listed in Help → Keyboard shortcuts)."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key in NEXT_KEYS:
            self.step_stage(1)
        elif key in PREVIOUS_KEYS:
            self.step_stage(-1)
        elif key in (K.Key_Home, K.Key_End):
            self.end_stage(last=key == K.Key_End)
        elif key in (K.Key_Up, K.Key_Down):
            self.step_persona(1 if key == K.Key_Down else -1)
        elif key == K.Key_Escape:
            self.leave()
        else:
            return any(hook(event) for hook in self.key_hooks)
        return True

    def _first_focus(self) -> str:
        """The stage of what is selected in the editor, else the first stage."""
        project = self.document.project
        kind, ids = self.selection.kind, self.selection.ids
        stage_id = None
        if kind == "stage" and ids:
            stage_id = ids[0]
        elif kind == "card" and ids:
            stage_id = project.card(ids[0]).stage
        stages = [stage.id for stage in project.stages]
        return stage_id if stage_id in stages else stages[0]

    def _follow_map(self, *_args) -> None:
        """The map changed while presenting (a capture, a reload): keep the focus where it can
        stay, and show the stage's cards as they are now."""
        if not self.active:
            return
        project = self.document.project
        if not project.stages:
            self.leave()
            return
        self.set_focus(self.stage_id, self.persona_id, animate=False)
        self._show_notes()

    @property
    def presenter_shown(self) -> bool:
        """The presenter view is on the laptop (presenting with two screens)."""
        return self._presenter is not None and self._presenter.showing

    def _show_notes(self) -> None:
        if self.presenter_shown:
            self.presenter.show_focus(self.document.project, self.stage_id, self.persona_id)

    def _tell(self, text: str) -> None:
        show_status = getattr(self.host, "show_status", None)
        if show_status is not None:
            show_status(text)
