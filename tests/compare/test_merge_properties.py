"""Properties of diff and merge on arbitrary maps (the project's journey strategies). No Qt."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import journeys, texts
from support import examples

from journey_studio.compare.diff import diff
from journey_studio.compare.merge import merge
from journey_studio.compare.parts import split
from journey_studio.model import Card, Journey

# filter_too_much: two whole maps a test (unique ids, evidence with an image) are sometimes
# drawn after many retries; a health-check failure there says nothing about merging
FAST = settings(max_examples=examples(20), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])
maps = journeys(with_extras=True)


def core(journey: Journey) -> dict:
    return journey.model_dump(mode="json", exclude={"generator", "versions"})


def same_map_id(journey: Journey, like: Journey) -> Journey:
    journey.map.id = like.map.id
    return journey


@FAST
@given(maps, maps)
def test_merge_with_theirs_unchanged_gives_ours(base, x):
    result = merge(base, x, base)
    assert result.conflicts == []
    assert core(result.journey) == core(x)


@FAST
@given(maps, maps)
def test_merge_with_ours_unchanged_gives_theirs(base, x):
    result = merge(base, base, x)
    assert result.conflicts == []
    assert core(result.journey) == core(x)


@FAST
@given(maps)
def test_a_map_has_no_difference_with_itself(journey):
    assert diff(journey, journey) == []
    assert diff(journey, journey.model_copy(deep=True)) == []


@st.composite
def edited_pair(draw):
    """A map and two copies edited on different cards: texts changed, cards deleted and added."""
    base = draw(maps)
    cards = [c.id for c in base.map.cards]
    sides = draw(st.lists(st.sampled_from(["a", "b", "-"]), min_size=len(cards), max_size=len(cards)))
    copies = {"a": base.model_copy(deep=True), "b": base.model_copy(deep=True)}
    made: dict[str, list[tuple[str, str]]] = {"a": [], "b": []}
    for card_id, side in zip(cards, sides):
        if side == "-":
            continue
        copy = copies[side]
        card = copy.map.find_card(card_id)
        if draw(st.booleans()):
            new_text = draw(texts(20))
            if new_text != card.text:
                card.text = new_text
                made[side].append(("changed", f"card/{card_id}"))
        else:
            copy.map.cards.remove(card)
            made[side].append(("removed", f"card/{card_id}"))
    for side, copy in copies.items():
        if copy.map.stages and copy.map.lanes and draw(st.booleans()):
            step, lane = copy.map.stages[0].steps[0].id, copy.map.lanes[0].id
            copy.map.cards.insert(0, Card(id=f"new-{side}", step=step, lane=lane, text="added"))
            made[side].append(("added", f"card/new-{side}"))
    return base, copies["a"], copies["b"], made


@FAST
@given(edited_pair())
def test_diff_lists_exactly_the_edits_made(case):
    base, a, _b, made = case
    found = sorted((d.change, d.key) for d in diff(base, a))
    assert found == sorted(made["a"])


@FAST
@given(edited_pair())
def test_merge_is_symmetric_without_conflicts_and_keeps_every_edit(case):
    base, a, b, made = case
    ab, ba = merge(base, a, b), merge(base, b, a)
    assert ab.conflicts == [] and ba.conflicts == []
    elements_ab, elements_ba = split(ab.journey).elements, split(ba.journey).elements
    assert {k: e.fields for k, e in elements_ab.items()} == {k: e.fields for k, e in elements_ba.items()}
    merged_changes = {(d.change, d.key) for d in diff(base, ab.journey)}
    assert set(made["a"]) | set(made["b"]) == merged_changes


@FAST
@given(edited_pair())
def test_copies_merge_through_their_recorded_version_as_with_the_original(case):
    from journey_studio.compare.history import versions_with_this_one

    base, a, b, _made = case
    base.versions = versions_with_this_one(base)  # the version both copies were sent as
    a.versions = versions_with_this_one(a.model_copy(update={"versions": list(base.versions)}))
    b.versions = versions_with_this_one(b.model_copy(update={"versions": list(base.versions)}))
    with_file = merge(base, a, b)
    with_record = merge(None, a, b)
    assert with_record.base.startswith("version ")
    assert with_record.conflicts == []
    assert core(with_record.journey) == core(with_file.journey)
