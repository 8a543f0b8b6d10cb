"""The channel path pages of the PDF (PdfOptions.channel_paths): one page per persona whose
touchpoints use a channel, on the map as printed (hidden lanes left out, as the summary does),
laid out by `layout.channel_path` in the printable area, in the PDF's language; each page has
its bookmark under one "Channel paths" bookmark."""

from __future__ import annotations

from journey_editor.export.channel_path_words import channel_path_labels
from journey_editor.export.outline import Anchor
from journey_editor.export.pdf_options import PdfOptions
from journey_editor.export.project_views import without_lane_kinds
from journey_editor.i18n import QT_TRANSLATE_NOOP, translate
from journey_editor.layout import Rect
from journey_editor.layout.channel_path import ChannelPath, channel_path
from journey_editor.model.metrics import touchpoint_sequence
from journey_editor.model.project import Project

BOOKMARK = QT_TRANSLATE_NOOP("ChannelPath", "Channel paths")


def channel_path_pages(
    project: Project, options: PdfOptions, printable: Rect
) -> list[tuple[ChannelPath, tuple[Anchor, ...]]]:
    language = options.words_language(project.locale)
    printed = without_lane_kinds(project, options.hidden_lane_kinds)
    labels = channel_path_labels(language)
    pages = []
    for persona in printed.personas:
        if not any(card.channel for card in touchpoint_sequence(printed, persona.id)):
            continue
        path = channel_path(printed, persona.id, printable, labels)
        anchors = [Anchor(persona.name, 1, path.heading_y)]
        if not pages:
            anchors.insert(0, Anchor(translate("ChannelPath", BOOKMARK, language), 0, 0.0))
        pages.append((path, tuple(anchors)))
    return pages
