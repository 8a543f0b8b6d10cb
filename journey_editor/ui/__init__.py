"""The Qt half: document controller, undo commands, main window, canvas, docks."""
