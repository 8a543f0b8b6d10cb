"""The bundled sample maps a new project can start from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from journey_editor.default_words import default_channels_in
from journey_editor.i18n import QT_TRANSLATE_NOOP, translate, ui_language
from journey_editor.model.entities import Stage
from journey_editor.model.factory import new_persona, new_project
from journey_editor.model.ids import new_id
from journey_editor.model.project import Project
from journey_editor.persistence import FILE_SUFFIX, load_project
from journey_editor.resources import resource_path

DEFAULT_SAMPLE = "menswear-omnichannel.fr"
STARTER_STAGES = (
    QT_TRANSLATE_NOOP("Templates", "Awareness"),
    QT_TRANSLATE_NOOP("Templates", "Consideration"),
    QT_TRANSLATE_NOOP("Templates", "Purchase"),
    QT_TRANSLATE_NOOP("Templates", "Use"),
    QT_TRANSLATE_NOOP("Templates", "Loyalty"),
)
# The labels of model/channels.py's default catalogue (the model stays free of translations):
# a new or imported map gets them in its language (persistence/map_language.py), and an import
# recognises them in every language. tests/test_translations.py checks none is missing.
CHANNEL_LABELS = (
    QT_TRANSLATE_NOOP("Channels", "Website"),
    QT_TRANSLATE_NOOP("Channels", "Mobile app"),
    QT_TRANSLATE_NOOP("Channels", "Email"),
    QT_TRANSLATE_NOOP("Channels", "SMS"),
    QT_TRANSLATE_NOOP("Channels", "Social media"),
    QT_TRANSLATE_NOOP("Channels", "Live chat"),
    QT_TRANSLATE_NOOP("Channels", "Online ad"),
    QT_TRANSLATE_NOOP("Channels", "Reviews"),
    QT_TRANSLATE_NOOP("Channels", "Blog"),
    QT_TRANSLATE_NOOP("Channels", "Phone"),
    QT_TRANSLATE_NOOP("Channels", "Store"),
    QT_TRANSLATE_NOOP("Channels", "Customer service"),
    QT_TRANSLATE_NOOP("Channels", "Word of mouth"),
    QT_TRANSLATE_NOOP("Channels", "Event"),
    QT_TRANSLATE_NOOP("Channels", "Print & press"),
    QT_TRANSLATE_NOOP("Channels", "Post & delivery"),
)
UNTITLED = QT_TRANSLATE_NOOP("Templates", "Untitled journey")
STARTER_PERSONA = QT_TRANSLATE_NOOP("Templates", "Customer")

# What the New from template menu shows: a template's map keeps its own language (a sample is
# written in one), but its name and description follow the interface.
_TEMPLATE_TEXTS = {
    "b2b-lead-generation": (
        QT_TRANSLATE_NOOP("Templates", "B2B lead generation (English sample)"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "A trades business whose website brings no leads: three stages, the owner and "
            "his office manager.",
        ),
    ),
    "menswear-omnichannel.fr": (
        QT_TRANSLATE_NOOP("Templates", "Omnichannel menswear retail (French sample)"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "A shirt maker's blog, e-shop and two shops: three personas across nine stages, "
            "with channel switches and pain points.",
        ),
    ),
    "service-lifecycle": (
        QT_TRANSLATE_NOOP("Templates", "Service lifecycle (English sample)"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "Home broadband from the first comparison to recommending it: nine lifecycle "
            "stages, three customers with different channels.",
        ),
    ),
}


@dataclass(frozen=True)
class Template:
    name: str
    path: Path

    def load(self) -> Project:
        return load_project(self.path)

    def display_name(self, language: str | None = None) -> str:
        """The menu's name for the template, in `language` (default: the interface's)."""
        if self.name in _TEMPLATE_TEXTS:
            return translate("Templates", _TEMPLATE_TEXTS[self.name][0], language)
        return self.load().title  # a template dropped in without a blurb: its map's title

    def description(self, language: str | None = None) -> str:
        if self.name in _TEMPLATE_TEXTS:
            return translate("Templates", _TEMPLATE_TEXTS[self.name][1], language)
        return self.load().description


def list_templates() -> list[Template]:
    folder = resource_path("templates")
    return [
        Template(path.name.removesuffix(FILE_SUFFIX), path)
        for path in sorted(folder.glob(f"*{FILE_SUFFIX}"))
    ]


def find_template(name: str) -> Template:
    for template in list_templates():
        if template.name == name:
            return template
    known = ", ".join(t.name for t in list_templates())
    raise KeyError(f'no template named "{name}" (available: {known})')


def project_from_template(name: str, author: str = "") -> Project:
    """A new map: the template's content under a fresh project id and today's dates."""
    project = find_template(name).load()
    now = datetime.now(UTC).replace(microsecond=0)
    updates = {"id": new_id("map"), "created": now, "modified": now}
    if author:
        updates["author"] = author
    return project.model_copy(update=updates)


def starter_project(author: str = "", language: str | None = None) -> Project:
    """An empty map a workshop can start filling at once: five stages, one persona.

    Its words (title, stages, persona, lanes, channel labels) and its locale are in `language`
    (default: the interface's), so a French consultant starts on a French map."""
    language = language or ui_language()

    def words(text: str) -> str:
        return translate("Templates", text, language)

    project = new_project(words(UNTITLED), author=author, locale=language)
    project.channels = default_channels_in(language)
    taken = project.all_ids()
    for name in STARTER_STAGES:
        stage_id = new_id("stage", taken)
        taken.add(stage_id)
        project.stages.append(Stage(id=stage_id, name=words(name)))
    project.personas.append(new_persona(words(STARTER_PERSONA), taken, locale=language))
    return project
