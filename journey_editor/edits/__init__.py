"""Qt-free edits of a Project: each `apply` mutates the project in place and returns a Change
holding its exact inverse. The undo commands of the ui wrap these; nothing here imports Qt.

Index rule for every edit: None means "at the end"; other whole numbers are clamped to the valid
range (negative: first, too large: last). See `positions.py`.
"""

from journey_editor.edits.base import Batch, Change, Edit, EditError
from journey_editor.edits.card_moves import CopyCards, MoveCards, PutCardsBack, RestoreCardOrder
from journey_editor.edits.cards import AddCard, AddCards, RemoveCards, RestoreCards, UpdateCard
from journey_editor.edits.channels import (
    AddChannel,
    MergeChannels,
    MoveChannel,
    RemoveChannel,
    RestoreChannel,
    UnmergeChannels,
    UpdateChannel,
)
from journey_editor.edits.conflicts import Resolution, ResolveConflicts
from journey_editor.edits.default_names import DefaultRenames, change_language, default_renames
from journey_editor.edits.lanes import AddLane, MoveLane, RemoveLane, RestoreLane, UpdateLane
from journey_editor.edits.links import AddLink, RemoveLink, UpdateLink
from journey_editor.edits.personas import (
    AddPersona,
    MovePersona,
    RemovePersona,
    RestorePersona,
    UpdatePersona,
)
from journey_editor.edits.project_fields import EDITABLE_FIELDS, UpdateProject
from journey_editor.edits.removal import Removed
from journey_editor.edits.stages import AddStage, MoveStage, RemoveStage, RestoreStage, UpdateStage
from journey_editor.edits.votes import AddVotes, ClearVotes, SetVotes, total_votes

__all__ = [
    "EDITABLE_FIELDS",
    "AddCard",
    "AddCards",
    "AddChannel",
    "AddLane",
    "AddLink",
    "AddPersona",
    "AddStage",
    "AddVotes",
    "Batch",
    "Change",
    "ClearVotes",
    "CopyCards",
    "DefaultRenames",
    "Edit",
    "EditError",
    "MergeChannels",
    "MoveCards",
    "MoveChannel",
    "MoveLane",
    "MovePersona",
    "MoveStage",
    "PutCardsBack",
    "RemoveCards",
    "RemoveChannel",
    "RemoveLane",
    "RemoveLink",
    "RemovePersona",
    "RemoveStage",
    "Removed",
    "Resolution",
    "ResolveConflicts",
    "RestoreCardOrder",
    "RestoreCards",
    "RestoreChannel",
    "RestoreLane",
    "RestorePersona",
    "RestoreStage",
    "SetVotes",
    "UnmergeChannels",
    "UpdateCard",
    "UpdateChannel",
    "UpdateLane",
    "UpdateLink",
    "UpdatePersona",
    "UpdateProject",
    "UpdateStage",
    "change_language",
    "default_renames",
    "total_votes",
]
