"""The maps in examples/: canonical on disk, in sync with tools/make_examples.py, and complete."""

import sys

import pytest

from support import EXAMPLES, ROOT
from journey_studio.fileformat import dumps, load
from journey_studio.model import CHANNEL_LANES, LaneKind

sys.path.insert(0, str(ROOT / "tools"))
from example_maps import EXAMPLES as BUILDERS  # noqa: E402

NAMES = [path.name for path in EXAMPLES]


def test_every_built_example_is_in_the_folder():
    assert set(BUILDERS) <= set(NAMES)
    assert len(NAMES) >= 3


@pytest.mark.parametrize("path", EXAMPLES, ids=NAMES)
def test_example_resaves_byte_identical(path):
    assert dumps(load(path)) == path.read_bytes()


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_example_file_matches_its_script(name):
    """Fails when someone edits tools/example_maps without running tools/make_examples.py."""
    assert dumps(BUILDERS[name]()) == (ROOT / "examples" / name).read_bytes(), \
        f"examples/{name} is stale: run python tools/make_examples.py"


@pytest.mark.parametrize("path", EXAMPLES, ids=NAMES)
def test_example_is_a_full_showcase(path):
    m = load(path).map
    persona = m.main_persona
    assert persona.name and persona.role and persona.age and persona.quote
    assert persona.goals and persona.needs and persona.motivations and persona.frustrations
    assert {lane.kind for lane in m.lanes} == set(LaneKind)
    assert len(m.cards) >= 30
    assert any(len(stage.steps) >= 2 and all(step.name for step in stage.steps) for stage in m.stages)
    assert 1 <= sum(stage.moment_of_truth for stage in m.stages) <= 2
    curve = m.emotion_lanes()[0].points
    assert [p.step for p in curve] == m.step_ids()
    assert all(p.label for p in curve)
    by_lane = {lane.id: lane.kind for lane in m.lanes}
    for card in m.cards:
        assert 2 <= len(card.text.split()) <= 12 or by_lane[card.lane] == LaneKind.CHANNELS, card.text
        if by_lane[card.lane] in CHANNEL_LANES:
            assert card.channel is not None, card.id
        if by_lane[card.lane] == LaneKind.OPPORTUNITIES:
            assert card.owner and card.priority, card.id
    assert any(card.tags for card in m.cards) and any(card.votes for card in m.cards)


def test_examples_cover_both_languages_and_a_photo():
    journeys = {path.name: load(path) for path in EXAMPLES}
    french = journeys["banque-entrepreneuse.journey"].map
    assert french.language == "fr"
    text = " ".join(card.text for card in french.cards) + french.main_persona.quote
    for mark in ("é", "«\u00a0", "\u00a0»", "’", "€"):
        assert mark in text + french.stages[3].description, mark
    photos = [j.assets[j.map.main_persona.photo] for j in journeys.values() if j.map.main_persona.photo]
    assert photos
    for asset in photos:
        assert asset.mime_type == "image/png" and len(asset.raw_bytes()) < 40 * 1024
