"""The bundled sample maps a new project can start from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from journey_editor.model.entities import Stage
from journey_editor.model.factory import new_persona, new_project
from journey_editor.model.ids import new_id
from journey_editor.model.project import Project
from journey_editor.persistence import FILE_SUFFIX, load_project
from journey_editor.resources import resource_path

DEFAULT_SAMPLE = "menswear-omnichannel.fr"
STARTER_STAGES = ("Awareness", "Consideration", "Purchase", "Use", "Loyalty")


@dataclass(frozen=True)
class Template:
    name: str
    path: Path

    def load(self) -> Project:
        return load_project(self.path)


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


def starter_project(author: str = "") -> Project:
    """An empty map a workshop can start filling at once: five stages, one persona."""
    project = new_project("Untitled journey", author=author)
    taken = project.all_ids()
    for name in STARTER_STAGES:
        stage_id = new_id("stage", taken)
        taken.add(stage_id)
        project.stages.append(Stage(id=stage_id, name=name))
    project.personas.append(new_persona("Customer", taken))
    return project
