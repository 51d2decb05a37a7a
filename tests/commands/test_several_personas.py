"""Several personas: add, edit, photo and remove, each one undo step; lanes tied to a persona."""

import pytest
from sample_maps import png_asset


def test_add_persona_takes_the_next_free_colour_and_undoes(doc, round_trip):
    new_id = round_trip(lambda: doc.add_persona("Karim"))
    assert [p.name for p in doc.map.personas] == ["Ana", "Karim"]
    assert doc.map.personas[1].id == new_id
    assert doc.map.personas[1].color != doc.map.personas[0].color


def test_edit_and_photo_of_the_second_persona_leave_the_main_one_alone(doc, round_trip):
    karim = doc.add_persona("Karim")
    round_trip(lambda: doc.update_persona(persona_id=karim, role="Baker", goals=["renovate"]))
    round_trip(lambda: doc.set_persona_photo(png_asset("blue"), karim))
    main, second = doc.map.personas
    assert (main.name, main.role, second.role, second.goals) == ("Ana", "", "Baker", ["renovate"])
    assert second.photo in doc.journey.assets and main.photo in doc.journey.assets


def test_removing_a_persona_takes_its_photo_and_unties_its_lanes_undo_puts_all_back(doc, round_trip):
    karim = doc.add_persona("Karim")
    doc.set_persona_photo(png_asset("red"), karim)
    lane = doc.map.emotion_lanes()[0].id
    doc.update_lane(lane, persona=karim, variant="toBe")
    photo = doc.map.personas[1].photo
    round_trip(lambda: doc.remove_persona(karim))
    assert [p.name for p in doc.map.personas] == ["Ana"]
    assert photo not in doc.journey.assets
    assert doc.map.find_lane(lane).persona is None and doc.map.find_lane(lane).variant == "toBe"
    doc.undo_stack.undo()
    assert doc.map.find_lane(lane).persona == karim and doc.journey.assets[photo]


def test_the_last_persona_cannot_be_removed_and_lanes_name_only_real_personas(doc):
    with pytest.raises(ValueError, match="at least one persona"):
        doc.remove_persona(doc.map.main_persona.id)
    with pytest.raises(ValueError, match="no persona with id 'nobody'"):
        doc.update_lane(doc.map.emotion_lanes()[0].id, persona="nobody")


def test_a_map_holds_at_most_five_personas(doc):
    for n in range(4):
        doc.add_persona(f"P{n}")
    with pytest.raises(ValueError, match="at most 5 personas"):
        doc.add_persona("one too many")
