import pytest

from journey_studio.fileformat import load
from journey_studio.model import Journey, Map
from support import EXAMPLES


@pytest.fixture(scope="session")
def examples() -> dict[str, Journey]:
    return {path.stem: load(path) for path in EXAMPLES}


def grid_map(n_stages: int, n_lanes: int, *, text: str = "Card", title: str = "Grid") -> Journey:
    """A map of ``n_stages`` one-step stages and ``n_lanes`` action lanes with one card per cell."""
    stages = [{"id": f"s{i}", "name": f"Stage {i}", "steps": [{"id": f"t{i}"}]} for i in range(n_stages)]
    lanes = [{"id": f"l{j}", "kind": "actions", "title": f"Lane {j}"} for j in range(n_lanes)]
    cards = [{"id": f"c{i}_{j}", "step": f"t{i}", "lane": f"l{j}", "text": f"{text} {i}.{j}"}
             for i in range(n_stages) for j in range(n_lanes)]
    return Journey(map=Map.model_validate({"id": "grid", "title": title, "stages": stages, "lanes": lanes,
                                          "cards": cards}))
