"""docs/FORMAT.md stays true: its full example is exactly what Journey Studio writes."""

import json
import re

from support import ROOT
from journey_studio import __version__
from journey_studio.fileformat import dumps, loads
from journey_studio.model import Channel, LaneKind, limits

FORMAT_DOC = (ROOT / "docs" / "FORMAT.md").read_text(encoding="utf-8")


def full_example() -> str:
    blocks = re.findall(r"```json\n(.*?)```", FORMAT_DOC, flags=re.S)
    assert len(blocks) == 1
    return blocks[0]


def test_full_example_loads_and_resaves_byte_identical():
    text = full_example()
    journey = loads(text.encode("utf-8"))
    expected = text.replace(f'"version": "{json.loads(text)["generator"]["version"]}"',
                            f'"version": "{__version__}"')
    assert dumps(journey).decode("utf-8") == expected
    assert journey.map.stages[0].moment_of_truth and len(journey.map.stages[0].steps) == 2
    assert journey.map.main_persona.photo in journey.assets


def test_every_vocabulary_value_and_limit_is_documented():
    for value in [*LaneKind, *Channel]:
        assert f"`{value.value}`" in FORMAT_DOC, value
    for limit in (limits.NAME_MAX, limits.TEXT_MAX, limits.NOTE_MAX, limits.TAG_MAX, limits.TAGS_MAX,
                  limits.LIST_ITEM_MAX, limits.LIST_ITEMS_MAX, limits.STAGES_MAX, limits.LANES_MAX,
                  limits.CARDS_MAX, limits.ASSETS_MAX, limits.VOTES_MAX, limits.STEPS_PER_STAGE_MAX,
                  limits.STEPS_MAX):
        assert f"{limit:,}" in FORMAT_DOC or str(limit) in FORMAT_DOC, limit
