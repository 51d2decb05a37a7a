"""Reading and writing files: ``.journey`` and the formats Journey Studio exchanges. No Qt."""

from .errors import JourneyFileError
from .journey_json import SUFFIX, dump_to, dumps, load, loads

__all__ = ["JourneyFileError", "SUFFIX", "dump_to", "dumps", "load", "loads"]
