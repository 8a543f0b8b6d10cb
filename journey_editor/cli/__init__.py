"""The `journey-editor` command line."""

from journey_editor.cli.main import main

__all__ = ["main"]
