"""The editor canvas: the map on a QGraphicsScene, shown and edited in a QGraphicsView."""

from .palette_drop import CARD_KIND_MIME
from .scene import MapScene
from .selection import Selection, SelectionKind
from .view import MapView

__all__ = ["CARD_KIND_MIME", "MapScene", "MapView", "Selection", "SelectionKind"]
