"""The version record in saved files: optional, kept on load and save, compact, and what it says."""

import json

from hypothesis import HealthCheck, given, settings
from sample_maps import rich_journey
from strategies import journeys
from support import EXAMPLES, examples

from journey_studio.compare import history
from journey_studio.compare.base_view import RecordBase
from journey_studio.compare.parts import split
from journey_studio.fileformat import dump_to, dumps, load, loads
from journey_studio.model import Card


def test_a_file_without_a_record_is_written_as_before():
    journey = rich_journey()
    assert journey.versions == []
    assert "versions" not in json.loads(dumps(journey))


def test_saving_records_a_version_only_when_the_map_changed(tmp_path):
    path = tmp_path / "m.journey"
    journey = rich_journey()
    dump_to(journey, path)
    first = path.read_bytes()
    assert [v.id for v in journey.versions] == [v.id for v in load(path).versions]
    assert len(journey.versions) == 1
    dump_to(load(path), path)  # opened and saved unchanged: byte-identical
    assert path.read_bytes() == first
    changed = load(path)
    changed.map.find_card("c1").text = "new"
    dump_to(changed, path)
    assert [v.id for v in load(path).versions][:1] == [journey.versions[0].id]
    assert len(load(path).versions) == 2
    assert len(changed.versions[1].elements) < 40  # one element changed: a short entry


def test_the_record_round_trips_byte_identical(tmp_path):
    path = tmp_path / "m.journey"
    journey = rich_journey()
    dump_to(journey, path)
    raw = path.read_bytes()
    assert dumps(loads(raw)) == raw
    assert list(json.loads(raw))[-1] == "versions"  # after assets, before unknown fields


def test_a_record_tells_which_fields_changed():
    original = rich_journey()
    state = history.state_of(original)
    edited = original.model_copy(deep=True)
    edited.map.find_card("c1").text = "new text"
    base = RecordBase(state, "v")
    card = split(edited).elements["card/c1"]
    assert base.has("card/c1") and not base.has("card/zzz")
    assert base.same(card, "step") and base.same(card, "color") and not base.same(card, "text")


def test_a_damaged_record_is_refused_with_a_clear_message(tmp_path):
    data = json.loads(dumps(rich_journey()))
    data["versions"] = [{"id": "v-1", "elements": "not base64!"}]
    try:
        loads(json.dumps(data).encode())
    except Exception as exc:  # noqa: BLE001 - the message is what counts
        assert "versions[0].elements" in str(exc)
    else:
        raise AssertionError("a damaged record was accepted")


def test_old_versions_are_folded_and_the_newest_kept():
    journey = rich_journey()
    for n in range(history.KEEP + 5):
        journey.map.find_card("c1").text = f"text {n}"
        journey.versions = history.versions_with_this_one(journey)
    assert len(journey.versions) == history.KEEP
    states = history.states(journey.versions)
    assert states[journey.versions[-1].id] == history.state_of(journey)


def test_the_record_of_a_600_card_map_stays_small():
    journey = load(EXAMPLES[0])
    cards = journey.map.cards
    cell = (cards[0].step, cards[0].lane)
    cards.extend(Card(id=f"card-{n:012x}", step=cell[0], lane=cell[1], text=f"note number {n}")
                 for n in range(600 - len(cards)))
    record = history.encode(history.state_of(journey))
    assert len(record) < 16_000  # about 13 KB for 600 cards, against ~190 KB for the map itself


def test_merged_file_shares_the_newest_version_of_each_side():
    sent = rich_journey()
    sent.versions = history.versions_with_this_one(sent)
    a, b = sent.model_copy(deep=True), sent.model_copy(deep=True)
    a.map.find_card("c1").text, b.map.find_card("c2").text = "A", "B"
    a.versions, b.versions = history.versions_with_this_one(a), history.versions_with_this_one(b)
    from journey_studio.compare.merge import merge

    merged = merge(None, a, b).journey
    assert b.versions[-1].id in [v.id for v in merged.versions]
    b.map.find_card("c3").text = "B later"  # b goes on; a later merge finds b's newest version
    b.versions = history.versions_with_this_one(b)
    again = merge(None, merged, b)
    assert again.base == f"version {b.versions[-2].id}"
    assert again.conflicts == []


@settings(max_examples=examples(15), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journeys())
def test_any_map_with_its_record_survives_save_and_load(journey):
    journey.versions = history.versions_with_this_one(journey)
    raw = dumps(journey)
    again = loads(raw)
    assert again == journey and dumps(again) == raw
    assert history.versions_with_this_one(again) == again.versions  # unchanged: no new version
