"""The only code that writes the model: one ``QUndoCommand`` per kind of edit.

Each command is small and symmetric: ``redo`` does, ``undo`` restores exactly. Commands find
what they edit by id when they run, and report what they changed as :class:`Change` values
through the ``notify`` callback they are given. Apart from subclassing ``QUndoCommand`` they
use no Qt.
"""

from .base import MapCommand
from .card_commands import InsertCardsCommand, MoveCardsCommand, RemoveCardsCommand
from .change import Change
from .content_commands import ReplaceContentCommand
from .data_commands import SetDataCommand
from .emotion_commands import RemovePointCommand, SetEmotionScaleCommand, SetPointCommand
from .field_commands import SetFieldsCommand, Target
from .lane_commands import InsertLaneCommand, MoveLaneCommand, RemoveLaneCommand, SetLaneHiddenCommand
from .persona_commands import AddPersonaCommand, RemovePersonaCommand, SetPersonaPhotoCommand
from .stage_commands import (
    InsertStageCommand, InsertStepCommand, MoveStageCommand, MoveStepCommand, RemoveStageCommand,
    RemoveStepCommand,
)

__all__ = [
    "Change", "InsertCardsCommand", "InsertLaneCommand", "InsertStageCommand", "InsertStepCommand",
    "MapCommand", "MoveCardsCommand", "MoveLaneCommand", "MoveStageCommand", "MoveStepCommand",
    "RemoveCardsCommand", "RemoveLaneCommand", "ReplaceContentCommand", "RemovePointCommand", "RemoveStageCommand",
    "RemoveStepCommand", "SetEmotionScaleCommand", "SetFieldsCommand", "SetLaneHiddenCommand",
    "AddPersonaCommand", "RemovePersonaCommand", "SetDataCommand", "SetPersonaPhotoCommand", "SetPointCommand", "Target",
]
