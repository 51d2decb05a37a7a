from journey_studio.model import Card


def cell(doc, step, lane):
    return [card.id for card in doc.map.cards_in(step, lane)]


def test_add_card_at_an_index_of_its_cell(doc, round_trip):
    new = round_trip(lambda: doc.add_card("t1", "la", "Reads a review", index=1, color="#112233"))
    assert cell(doc, "t1", "la") == ["c0", new, "c1", "c3"]
    assert doc.map.find_card(new).color == "#112233"


def test_add_card_in_an_empty_cell(doc, round_trip):
    new = round_trip(lambda: doc.add_card("t6", "la", "x"))
    assert cell(doc, "t6", "la") == [new]


def test_remove_cards_undo_puts_them_back_at_their_places(doc, round_trip):
    order = [c.id for c in doc.map.cards]
    round_trip(lambda: doc.delete_cards(["c3", "c0", "c11"]))
    assert [c.id for c in doc.map.cards] == [i for i in order if i not in {"c0", "c3", "c11"}]


def test_move_five_cards_to_another_cell_is_one_step_and_keeps_their_order(doc, round_trip):
    round_trip(lambda: doc.move_cards(["c7", "c0", "c4", "c3", "c1"], "t4", "lc", 0))
    assert cell(doc, "t4", "lc") == ["c0", "c1", "c3", "c4", "c7", "c6"]
    assert cell(doc, "t1", "la") == []


def test_move_within_a_cell_counts_the_cell_without_the_moved_card(doc, round_trip):
    round_trip(lambda: doc.move_cards(["c0"], "t1", "la", 2))
    assert cell(doc, "t1", "la") == ["c1", "c3", "c0"]
    round_trip(lambda: doc.move_cards(["c0"], "t1", "la", 0))
    assert cell(doc, "t1", "la") == ["c0", "c1", "c3"]


def test_move_to_the_same_place_pushes_nothing(doc):
    doc.move_cards(["c1"], "t1", "la", 1)
    doc.move_cards(["c3"], "t1", "la", None)
    assert doc.undo_stack.count() == 0


def test_update_card_fields(doc, round_trip):
    round_trip(lambda: doc.update_card("c2", text="New", color="#abcdef", priority="low",
                                       tags=["a", "b"], channel="email", note="n", owner="Bo"))
    card = doc.map.find_card("c2")
    assert (card.text, card.priority, card.channel, card.tags) == ("New", "low", "email", ["a", "b"])


def test_vote_is_clamped_at_zero(doc, round_trip):
    round_trip(lambda: doc.vote("c0", 3))
    assert doc.map.find_card("c0").votes == 5
    round_trip(lambda: doc.vote("c0", -10))
    assert doc.map.find_card("c0").votes == 0


def test_duplicate_places_each_copy_after_its_original(doc, round_trip):
    copies = round_trip(lambda: doc.duplicate_cards(["c3", "c0"]))
    assert cell(doc, "t1", "la") == ["c0", copies[0], "c1", "c3", copies[1]]
    assert doc.map.find_card(copies[0]).model_dump(exclude={"id"}) == \
        doc.map.find_card("c0").model_dump(exclude={"id"})


def test_paste_cards_gets_fresh_ids_and_the_target_cell(doc, round_trip):
    dicts = [Card(id="c0", step="t9", lane="zz", text="one", color="#010203").model_dump(), {"text": "two"}]
    new = round_trip(lambda: doc.paste_cards(dicts, "t2", "lc"))
    assert cell(doc, "t2", "lc") == new
    assert [doc.map.find_card(i).text for i in new] == ["one", "two"]
    assert "c0" not in new


def test_paste_text_makes_one_card_per_non_empty_line(doc, round_trip):
    new = round_trip(lambda: doc.paste_text("First\n\n  - Second \r\n• Third\n   \n", "t6", "la"))
    assert [doc.map.find_card(i).text for i in new] == ["First", "Second", "Third"]
    assert doc.paste_text("\n  \n", "t6", "la") == []
