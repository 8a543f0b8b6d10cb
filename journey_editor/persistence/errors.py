"""Errors raised when a project file cannot be read or written, each naming the path."""

from pathlib import Path

from journey_editor.model.problems import Problem

MAX_LISTED_PROBLEMS = 25


class ProjectFileError(Exception):
    """A file could not be loaded. `problems` holds one line of explanation per problem."""

    def __init__(self, path: str | Path, problems: list[Problem | str]) -> None:
        self.path = str(path)
        self.problems = problems
        super().__init__(self.describe())

    def describe(self) -> str:
        lines = [str(p) for p in self.problems[:MAX_LISTED_PROBLEMS]]
        hidden = len(self.problems) - MAX_LISTED_PROBLEMS
        if hidden > 0:
            lines.append(f"… and {hidden} more problem(s)")
        return "\n".join(f"{self.path}: {line}" for line in lines)


class ProjectSaveError(Exception):
    """A file could not be written; the previous file on disk is untouched."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: could not save: {reason}")
