"""How a poster cuts the map into pages, shared by the PDF export and printing: how many
columns and rows of tiles, and the name of each tile (A1, A2, … B1)."""

from __future__ import annotations

import math

from .errors import ExportError


def poster_grid(map_w: float, map_h: float, page: tuple[float, float], margin: float,
                overlap: float) -> tuple[int, int]:
    """Columns and rows of a poster of ``map_w`` x ``map_h`` points on ``page``."""
    area_w, area_h = page[0] - 2 * margin, page[1] - 2 * margin
    if area_w <= overlap or area_h <= overlap:
        raise ExportError("the page is too small for its margins and overlap")

    def count(length: float, area: float) -> int:
        return 1 if length <= area else math.ceil((length - overlap) / (area - overlap) - 1e-9)

    return count(map_w, area_w), count(map_h, area_h)


def row_name(index: int) -> str:
    """The letters of tile row ``index``: 0 -> A, 25 -> Z, 26 -> AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def tile_name(row: int, col: int) -> str:
    """The label printed on a tile, row letters then column number: ``B3``."""
    return f"{row_name(row)}{col + 1}"
