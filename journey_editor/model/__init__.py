"""The journey-map document model: pydantic objects, validation and metrics. No Qt here."""

from journey_editor.model.channels import default_channels
from journey_editor.model.entities import (
    SCHEMA_VERSION,
    BasedOn,
    Card,
    Channel,
    Conflict,
    Lane,
    Link,
    Persona,
    Stage,
)
from journey_editor.model.problems import IntegrityError, Problem
from journey_editor.model.project import Project
from journey_editor.model.types import EVIDENCE_LEVELS, LANE_KINDS

__all__ = [
    "EVIDENCE_LEVELS",
    "LANE_KINDS",
    "SCHEMA_VERSION",
    "BasedOn",
    "Card",
    "Channel",
    "Conflict",
    "IntegrityError",
    "Lane",
    "Link",
    "Persona",
    "Problem",
    "Project",
    "Stage",
    "default_channels",
]
