"""The conflicts a merge left in the map, settled in the editor: the conflicts panel (a dock),
the badges on the conflicting objects, "Keep mine" / "Take theirs" / "Edit…" and "All mine" /
"All theirs", each one undo step (edits/conflicts.py)."""
