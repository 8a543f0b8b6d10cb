"""The persona comparison window (View → Compare personas), drawing `layout.persona_compare`."""

from journey_editor.ui.persona_compare.window import CompareWindow, show_compare_window

__all__ = ["CompareWindow", "show_compare_window"]
