"""A merge's Resolve session, tied to the undo stack.

The merge and each settled conflict are undo steps. The session remembers, for each of its
steps, the choices made so far and the merge they give: the conflicts listed are those of the
newest of its steps that is done. When the merge itself is undone, there is nothing to
resolve (:meth:`MergeSession.current` is None) until a redo brings it back; when a new edit
replaces the undone merge on the stack, the session is over (:meth:`MergeSession.gone`).
A conflict is therefore never settled on a map where the merge is not in effect.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..compare.merge import MergeResult
from ..model import Journey


@dataclass(frozen=True)
class ResolveState:
    """The choices made so far, and the merge made with them."""

    result: MergeResult
    choices: dict[str, str] = field(default_factory=dict)


class MergeSession:
    """What a merge was made of, so a conflict can be settled by merging again."""

    def __init__(self, stack: QUndoStack, name: str, view: object, before: Journey, theirs: Journey,
                 keep_both: bool, result: MergeResult):
        self.stack, self.name = stack, name
        self.view, self.before, self.theirs, self.keep_both = view, before, theirs, keep_both
        # (command, state): the merge's step first (None when the merge changed nothing and the
        # stack was empty: nothing can undo it), then each step that settled a conflict
        self._steps: list[tuple[QUndoCommand | None, ResolveState]] = []
        self.record(ResolveState(result))

    def _top(self) -> QUndoCommand | None:
        index = self.stack.index()
        return self.stack.command(index - 1) if index else None

    def _positions(self) -> Callable[[QUndoCommand | None], int | None]:
        """Where a command is on the stack now (-1 for None), None when it is no longer there;
        the stack is walked once, however many steps are asked about."""
        commands = [self.stack.command(i) for i in range(self.stack.count())]
        # by identity, as the stack hands back the very command pushed (``commands`` keeps every
        # one alive while asked, so no id stands for two commands)
        index = {id(command): i for i, command in enumerate(commands)}

        def position(command: QUndoCommand | None, _alive=commands) -> int | None:
            return -1 if command is None else index.get(id(command))
        return position

    def record(self, state: ResolveState) -> None:
        """The step now on top of the stack (just pushed, or the step a settlement that changed
        nothing happened on) holds ``state``."""
        top, position = self._top(), self._positions()
        steps = [(c, s) for c, s in self._steps if c is not top and position(c) is not None]
        steps.append((top, state))
        self._steps = sorted(steps, key=lambda step: position(step[0]))

    def current(self) -> ResolveState | None:
        """The state of the newest step of the session that is done; None when the merge is not."""
        done = None
        index, position = self.stack.index(), self._positions()
        for command, state in self._steps:
            at = position(command)
            if at is None or at >= index:
                break
            done = state
        return done

    def gone(self) -> bool:
        """The merge's step is no longer on the stack: no redo can bring the merge back."""
        return not self._steps or self._positions()(self._steps[0][0]) is None
