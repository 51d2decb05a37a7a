"""The living map: read survey and operations data and turn it into measures (no Qt)."""

from .errors import DataSourceError
from .refresh import RefreshResult, compute_refresh

__all__ = ["DataSourceError", "RefreshResult", "compute_refresh"]
