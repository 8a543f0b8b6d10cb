"""What the user does on the canvas: each module one gesture or one input, each ending in at
most one call of a `ui.editing.verbs` verb (one undo step), never one per mouse move."""
