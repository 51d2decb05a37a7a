"""An export "with a view": the cards a view saved in the map leaves out are drawn faded."""

from __future__ import annotations

from ..model import Journey
from ..model.view import dimmed_cards
from .errors import ExportError


def view_dimmed(journey: Journey, name: str | None) -> frozenset[str]:
    """The ids of the cards the view ``name`` dims; none without a view; a clear error for a
    name the map does not hold."""
    if not name:
        return frozenset()
    m = journey.map
    view = m.find_view(name)
    if view is None:
        known = ", ".join(f"'{v.name}'" for v in m.views) or "none"
        raise ExportError(f"the map has no view named '{name}' (its views: {known})")
    return frozenset(dimmed_cards(m, view.filter))
