"""The channel editor's words that are not a widget's own: the icons' names and the warning
about colours that are hard to tell apart."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.layout.colour_distance import Closeness

ICON_NAMES = {
    "globe": QT_TRANSLATE_NOOP("ChannelIcons", "Globe"),
    "smartphone": QT_TRANSLATE_NOOP("ChannelIcons", "Smartphone"),
    "tablet": QT_TRANSLATE_NOOP("ChannelIcons", "Tablet"),
    "laptop": QT_TRANSLATE_NOOP("ChannelIcons", "Laptop"),
    "mail": QT_TRANSLATE_NOOP("ChannelIcons", "Envelope"),
    "message-square": QT_TRANSLATE_NOOP("ChannelIcons", "Message"),
    "messages-square": QT_TRANSLATE_NOOP("ChannelIcons", "Conversation"),
    "message-circle": QT_TRANSLATE_NOOP("ChannelIcons", "Chat bubble"),
    "share": QT_TRANSLATE_NOOP("ChannelIcons", "Share"),
    "megaphone": QT_TRANSLATE_NOOP("ChannelIcons", "Megaphone"),
    "star": QT_TRANSLATE_NOOP("ChannelIcons", "Star"),
    "rss": QT_TRANSLATE_NOOP("ChannelIcons", "Feed"),
    "search": QT_TRANSLATE_NOOP("ChannelIcons", "Search"),
    "video": QT_TRANSLATE_NOOP("ChannelIcons", "Video"),
    "router": QT_TRANSLATE_NOOP("ChannelIcons", "Router"),
    "phone": QT_TRANSLATE_NOOP("ChannelIcons", "Telephone"),
    "headset": QT_TRANSLATE_NOOP("ChannelIcons", "Headset"),
    "store": QT_TRANSLATE_NOOP("ChannelIcons", "Shop front"),
    "shopping-bag": QT_TRANSLATE_NOOP("ChannelIcons", "Shopping bag"),
    "users": QT_TRANSLATE_NOOP("ChannelIcons", "People"),
    "user-round": QT_TRANSLATE_NOOP("ChannelIcons", "Person"),
    "calendar": QT_TRANSLATE_NOOP("ChannelIcons", "Calendar"),
    "presentation": QT_TRANSLATE_NOOP("ChannelIcons", "Presentation"),
    "newspaper": QT_TRANSLATE_NOOP("ChannelIcons", "Newspaper"),
    "file-text": QT_TRANSLATE_NOOP("ChannelIcons", "Document"),
    "book-open": QT_TRANSLATE_NOOP("ChannelIcons", "Book"),
    "package": QT_TRANSLATE_NOOP("ChannelIcons", "Parcel"),
    "truck": QT_TRANSLATE_NOOP("ChannelIcons", "Lorry"),
    "bar-chart-3": QT_TRANSLATE_NOOP("ChannelIcons", "Chart"),
    "scale": QT_TRANSLATE_NOOP("ChannelIcons", "Scales"),
    "wrench": QT_TRANSLATE_NOOP("ChannelIcons", "Wrench"),
}

_VISIONS = {
    "deuteranopia": QT_TRANSLATE_NOOP("ChannelEditor", "for people with deuteranopia"),
    "protanopia": QT_TRANSLATE_NOOP("ChannelEditor", "for people with protanopia"),
}


def icon_name(icon: str) -> str:
    text = ICON_NAMES.get(icon)
    return QCoreApplication.translate("ChannelIcons", text) if text is not None else icon


def clash_text(name: str, near: Closeness) -> str:
    """ "«Blog» (ΔE 8)" or "«SMS» for people with deuteranopia (ΔE 4)"."""
    if near.vision == "normal":
        text = QCoreApplication.translate("ChannelEditor", "«{name}» (ΔE {delta:.0f})")
        return text.format(name=name, delta=_below(near.delta_e))
    text = QCoreApplication.translate("ChannelEditor", "«{name}» {vision} (ΔE {delta:.0f})")
    vision = QCoreApplication.translate("ChannelEditor", _VISIONS[near.vision])
    return text.format(name=name, vision=vision, delta=_below(near.delta_e))


def _below(delta_e: float) -> int:
    """ΔE shown as a whole number rounded down, so a pair warned about below 10 never
    reads "ΔE 10"."""
    return int(delta_e)


def clash_warning(found: list[tuple[str, Closeness]]) -> str:
    """The warning under the colour picker, or "" when no channel is too close."""
    if not found:
        return ""
    names = "; ".join(clash_text(name, near) for name, near in found[:2])
    if len(found) > 2:
        more = QCoreApplication.translate("ChannelEditor", "{names} and {count} more")
        names = more.format(names=names, count=len(found) - 2)
    text = QCoreApplication.translate(
        "ChannelEditor", "⚠ Hard to tell apart from {names}. The icons still differ."
    )
    return text.format(names=names)
