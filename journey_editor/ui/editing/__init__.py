"""The open map: document, undo commands, verbs, selection, clipboard, undo labels."""
