"""View → Channel path: a persona's touchpoints zig-zagging between channels, in a window."""

from journey_editor.ui.channel_path.window import ChannelPathWindow, show_channel_path_window

__all__ = ["ChannelPathWindow", "show_channel_path_window"]
