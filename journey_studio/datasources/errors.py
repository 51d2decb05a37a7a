"""The one error of the data sources: a sentence the user can act on."""


class DataSourceError(Exception):
    """A source that is missing, unreadable, or whose columns or values do not fit."""

    def __init__(self, message: str, source: str | None = None):
        self.message = message
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)
