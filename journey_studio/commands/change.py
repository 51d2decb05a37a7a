"""What one command changed, so views can update only that (or simply re-read everything)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Subject = Literal["cards", "stages", "steps", "lanes", "points", "persona", "map", "assets"]
Action = Literal["added", "removed", "moved", "updated"]


@dataclass(frozen=True)
class Change:
    """``subject`` says what kind of thing changed, ``ids`` which ones.

    For ``points`` the ids are the ids of the emotion lanes whose points changed; for
    ``persona`` they are empty; for ``map`` (title, description, language, emotion scale)
    they hold the map id; for ``assets`` the asset ids.
    """

    subject: Subject
    action: Action
    ids: tuple[str, ...] = ()
