"""What the user does on the canvas: each module one gesture or one input, each ending in at
most one `document.apply` (one undo step), never one per mouse move."""
