"""The persona comparison page of the PDF (PdfOptions.compare_personas): every persona of the
map as printed (hidden lanes left out, as the summary does), laid out by
`layout.persona_compare` in the printable area, in the PDF's language; one bookmark."""

from __future__ import annotations

from journey_editor.export.compare_words import bookmark_title, compare_labels
from journey_editor.export.outline import Anchor
from journey_editor.export.pdf_options import PdfOptions
from journey_editor.export.project_views import without_lane_kinds
from journey_editor.layout import Rect
from journey_editor.layout.persona_compare import PersonaComparison, compare_personas
from journey_editor.model.project import Project


def compare_page(
    project: Project, options: PdfOptions, printable: Rect
) -> tuple[PersonaComparison, tuple[Anchor, ...]]:
    language = options.words_language(project.locale)
    printed = without_lane_kinds(project, options.hidden_lane_kinds)
    comparison = compare_personas(printed, printable, labels=compare_labels(language))
    return comparison, (Anchor(bookmark_title(language), 0, comparison.heading_y),)
