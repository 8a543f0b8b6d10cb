"""Problems found in a map, worded for a person: which object, which field, what is wrong."""

from dataclasses import dataclass

from journey_editor.model.short_text import shorten


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a map, named by object (kind, id, title) and field."""

    kind: str
    object_id: str | None
    title: str | None
    field: str | None
    message: str

    def where(self) -> str:
        parts = [self.kind]
        if self.object_id is not None:
            parts.append(f'"{self.object_id}"')
        if self.title:
            parts.append(f"«{shorten(self.title)}»")
        text = " ".join(parts)
        if self.field:
            text += f", field '{self.field}'"
        return text

    def __str__(self) -> str:
        return f"{self.where()}: {self.message}"


class IntegrityError(Exception):
    """The map's objects are individually valid but do not fit together (ids, references).

    Deliberately not a ValueError: pydantic would otherwise fold it into a generic
    ValidationError and the per-object wording would be lost.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
