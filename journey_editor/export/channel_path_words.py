"""The words of the channel path (its PDF pages and the View → Channel path window), in a
language. The layout keeps them as ChannelPathLabels in English; the marks below are what
lupdate extracts for the catalogue (context "ChannelPath")."""

from __future__ import annotations

from dataclasses import fields, replace

from journey_editor.i18n import QT_TRANSLATE_NOOP, translate
from journey_editor.layout.channel_path import ChannelPathLabels
from journey_editor.layout.figures import decimal_mark

_WORDS = ChannelPathLabels(
    title=QT_TRANSLATE_NOOP("ChannelPath", "Channel path — {persona}"),
    figures=QT_TRANSLATE_NOOP(
        "ChannelPath",
        "Channel switches: {switches} · per step: {frequency} · round trips: {round_trips} · "
        "digital: {digital} · exit points: {exits}",
    ),
    note=QT_TRANSLATE_NOOP(
        "ChannelPath",
        "Each dot is a touchpoint, left to right in journey order; the line follows the "
        "customer from channel to channel. A ring marks an exit point.",
    ),
    channel=QT_TRANSLATE_NOOP("ChannelPath", "Channel"),
    nothing=QT_TRANSLATE_NOOP("ChannelPath", "{persona} has no touchpoint with a channel yet."),
)


def channel_path_labels(language: str) -> ChannelPathLabels:
    """ChannelPathLabels in `language` ("en", "fr" …), with its decimal mark."""
    words = {
        spec.name: translate("ChannelPath", getattr(_WORDS, spec.name), language)
        for spec in fields(ChannelPathLabels)
        if spec.name != "decimal_mark"
    }
    return replace(_WORDS, **words, decimal_mark=decimal_mark(language))
