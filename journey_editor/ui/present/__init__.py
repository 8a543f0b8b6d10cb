"""Presentation mode (F5): the map on the wall, one stage at a time, and the presenter's view.

`PresentationController` (one per main window) is the piece other features plug into: the
focus (stage, persona) with its `focus_changed` signal, and `add_overlay_widget` for what is
shown over the room view (a capture bar at the bottom, a timer in the corner) or in the
presenter view. See controller.py.
"""

from journey_editor.ui.present.controller import PresentationController

__all__ = ["PresentationController"]
