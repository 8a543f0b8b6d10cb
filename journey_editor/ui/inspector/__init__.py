"""The inspector dock: edits every field of the selection (or of the map, when none)."""

from journey_editor.ui.inspector.dock import InspectorDock

__all__ = ["InspectorDock"]
