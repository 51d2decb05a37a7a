"""A merge's Resolve session, tied to the undo stack.

The merge and each settled conflict are undo steps. The session remembers, for each of its
steps, the choices made so far and the merge they give: the conflicts listed are those of the
newest of its steps that is done. When the merge itself is undone, there is nothing to
resolve (:meth:`MergeSession.current` is None) until a redo brings it back; when a new edit
replaces the undone merge on the stack, the session is over (:meth:`MergeSession.gone`).
A conflict is therefore never settled on a map where the merge is not in effect.
"""

from __future__ import annotations

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

    def _position(self, command: QUndoCommand | None) -> int | None:
        """Where ``command`` is on the stack (-1 for None), None when it is no longer there."""
        if command is None:
            return -1
        return next((i for i in range(self.stack.count()) if self.stack.command(i) is command), None)

    def record(self, state: ResolveState) -> None:
        """The step now on top of the stack (just pushed, or the step a settlement that changed
        nothing happened on) holds ``state``."""
        top = self._top()
        steps = [(c, s) for c, s in self._steps if c is not top and self._position(c) is not None]
        steps.append((top, state))
        self._steps = sorted(steps, key=lambda step: self._position(step[0]))

    def current(self) -> ResolveState | None:
        """The state of the newest step of the session that is done; None when the merge is not."""
        done = None
        index = self.stack.index()
        for command, state in self._steps:
            position = self._position(command)
            if position is None or position >= index:
                break
            done = state
        return done

    def gone(self) -> bool:
        """The merge's step is no longer on the stack: no redo can bring the merge back."""
        return not self._steps or self._position(self._steps[0][0]) is None
