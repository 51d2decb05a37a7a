"""A card added to have its text typed at once (double-click on a cell, typing on a cell).

The card exists from the first moment, so everything that shows the map (the canvas, the
inspector) shows it while its text is typed. Until :meth:`NewCardCommand.seal` is called (the
editor closed), the next field edits of that card join this undo step: adding the card and
typing its text is one gesture, one undo step ("Add card").
"""

from __future__ import annotations

from .card_commands import InsertCardsCommand
from .field_commands import SetFieldsCommand


class NewCardCommand(InsertCardsCommand):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.typing = True

    def seal(self) -> None:
        """Later edits of the card start a new undo step."""
        self.typing = False

    def undo(self) -> None:
        self.typing = False  # undone while typed: redone, it is a finished card
        super().undo()

    def id(self) -> int:  # noqa: A003 (Qt's name)
        # the id of the merging field edits: QUndoStack only offers a merge between equal ids
        return SetFieldsCommand.MERGE_ID if self.typing else -1

    def mergeWith(self, other) -> bool:  # noqa: N802 (Qt's name)
        if not (self.typing and isinstance(other, SetFieldsCommand) and other.merge
                and other.target.kind == "card" and other.target.id in self.ids):
            return False
        # ``other`` was done on the card object this command inserts: undo takes that object out
        # with its new fields, redo puts it back. Nothing is left to undo separately.
        return True
