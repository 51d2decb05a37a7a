import pytest

from journey_studio.fileformat import load
from journey_studio.model import Journey
from support import EXAMPLES


@pytest.fixture(scope="session")
def examples() -> dict[str, Journey]:
    return {path.stem: load(path) for path in EXAMPLES}
