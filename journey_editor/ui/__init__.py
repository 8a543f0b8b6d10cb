"""The Qt half: document controller, undo commands, main window, canvas, docks."""

import PySide6.QtCore  # noqa: F401  (loaded first, so that the next line finds it)

from journey_editor.pyside_imports import skip_source_reading

skip_source_reading()  # before the ~300 modules of the UI load (pyside_imports.py)
