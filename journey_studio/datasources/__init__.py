"""The living map: read survey and operations data and turn it into measures (no Qt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import DataSourceError

if TYPE_CHECKING:
    from .refresh import RefreshResult, compute_refresh

__all__ = ["DataSourceError", "RefreshResult", "compute_refresh"]


def __getattr__(name: str):
    """``compute_refresh`` and ``RefreshResult`` load the readers and the maths on first use: the
    layout imports only ``datasources.presentation`` (a PNG export reads no data source)."""
    if name in ("RefreshResult", "compute_refresh"):
        from . import refresh

        return getattr(refresh, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
