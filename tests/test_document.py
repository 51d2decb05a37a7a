import pytest
from sample_maps import rich_journey

from journey_studio.clipboard_format import (
    MIME_TYPE, cards_to_payload, cards_to_text, payload_to_card_dicts,
)
from journey_studio.commands import Change
from journey_studio.document import Document
from journey_studio.model import integrity_problems, limits


@pytest.fixture
def doc(qapp):
    return Document.from_journey(rich_journey(), "sample.journey")


def test_new_document_from_a_template(qapp):
    doc = Document.new("classic", "fr")
    assert doc.map.stages[0].name == "Prise de conscience"
    assert doc.path is None and not doc.dirty and not doc.read_only


def test_dirty_follows_the_undo_stack_and_saving(doc):
    states, paths = [], []
    doc.dirty_changed.connect(states.append)
    doc.path_changed.connect(paths.append)
    doc.update_card("c0", text="a")
    assert doc.dirty and states == [True]
    doc.mark_saved("other.journey")
    assert not doc.dirty and doc.path == "other.journey" and paths == ["other.journey"]
    doc.undo_stack.undo()
    assert doc.dirty
    doc.undo_stack.redo()
    assert not doc.dirty
    doc.mark_saved()
    assert paths == ["other.journey"] and states == [True, False, True, False]


def test_changed_is_emitted_once_per_step_on_push_undo_and_redo(doc):
    emitted = []
    doc.changed.connect(emitted.append)
    doc.move_cards(["c0", "c1"], "t2", "lc", 0)
    assert emitted == [[Change("cards", "moved", ("c0", "c1"))]]
    doc.undo_stack.undo()
    assert emitted[-1] == [Change("cards", "moved", ("c0", "c1"))] and len(emitted) == 2
    emitted.clear()
    doc.delete_stage("s1")
    assert len(emitted) == 1
    assert emitted[0][0] == Change("stages", "removed", ("s1",))
    assert {c.subject for c in emitted[0]} == {"stages", "cards", "points"}
    doc.undo_stack.undo()
    doc.undo_stack.redo()
    assert len(emitted) == 3 and emitted[2] == emitted[0]


def test_a_macro_emits_one_change_list_on_push_and_on_undo(doc):
    emitted = []
    doc.changed.connect(emitted.append)
    with doc.macro("Five edits"):
        for i in range(5):
            doc.add_card("t1", "la", f"card {i}")
    assert len(emitted) == 1 and len(emitted[0]) == 5
    doc.undo_stack.undo()
    assert len(emitted) == 2 and len(emitted[1]) == 5
    doc.undo_stack.redo()
    assert len(emitted) == 3


def test_typing_merged_into_the_previous_step_still_emits(doc):
    emitted = []
    doc.changed.connect(emitted.append)
    doc.update_card("c0", text="a", merge=True)
    doc.update_card("c0", text="ab", merge=True)
    assert len(emitted) == 2 and doc.undo_stack.count() == 1


def test_a_card_started_then_typed_is_one_undo_step_and_one_change_list_each(doc):
    emitted = []
    doc.changed.connect(emitted.append)
    before = doc.map.model_dump()
    card_id = doc.start_card("t1", "la")
    assert doc.map.find_card(card_id).text == "" and len(emitted) == 1
    assert doc.finish_card(card_id, "Typed at once")
    assert len(emitted) == 2 and doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Add card"
    doc.update_card(card_id, text="Typed later", merge=True)  # finished: a step of its own
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.map.model_dump() == before
    doc.undo_stack.redo()
    assert doc.map.find_card(card_id).text == "Typed at once"


@pytest.mark.parametrize("text", ["", "  \n ", "x" * (limits.TEXT_MAX + 1)])
def test_a_started_card_left_empty_or_refused_leaves_no_step(doc, text):
    doc.add_card("t1", "la", "kept")
    doc.undo_stack.undo()  # a redo step, lost when the card is started (as any new edit loses it)
    before = doc.map.model_dump()
    card_id = doc.start_card("t1", "la")
    if len(text) > limits.TEXT_MAX:
        with pytest.raises(ValueError):
            doc.finish_card(card_id, text)
    else:
        assert not doc.finish_card(card_id, text)
    assert doc.map.model_dump() == before and doc.map.find_card(card_id) is None
    assert (doc.undo_stack.count(), doc.undo_stack.index()) == (0, 0) and not doc.dirty


def test_macro_groups_several_calls_into_one_undo_step(doc):
    before = doc.map.model_dump()
    with doc.macro("Add a column"):
        stage = doc.add_stage(name="New")
        step = doc.map.find_stage(stage).steps[0].id
        doc.add_card(step, "la", "one")
        doc.set_point("le", step, 1)
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Add a column"
    doc.undo_stack.undo()
    assert doc.map.model_dump() == before


def test_a_failing_macro_undoes_its_edits_and_leaves_no_step(doc):
    before = doc.map.model_dump()
    with pytest.raises(ValueError), doc.macro("Broken"):
        doc.add_card("t1", "la", "kept?")
        doc.add_card("t1", "nowhere", "x")
    assert doc.map.model_dump() == before
    assert doc.undo_stack.count() == 0 and not doc.dirty


def test_an_empty_macro_leaves_no_step(doc):
    with doc.macro("Nothing"):
        doc.move_cards(["c1"], "t1", "la", 1)
    assert doc.undo_stack.count() == 0 and not doc.dirty


@pytest.mark.parametrize("edit, message", [
    (lambda d: d.add_card("t1", "la", "x" * (limits.TEXT_MAX + 1)), "card.text: String should have at most"),
    (lambda d: d.add_card("nope", "la"), "no step with id 'nope'"),
    (lambda d: d.update_card("c0", color="red"), "card.color: String should match pattern"),
    (lambda d: d.update_card("c0", priority="urgent"), "card.priority"),
    (lambda d: d.update_card("c0", votes=-1), "card.votes"),
    (lambda d: d.update_card("c0", wobble=1), "card has no field 'wobble'"),
    (lambda d: d.update_card("c0", lane="lc"), "card.lane cannot be set this way"),
    (lambda d: d.update_card("c0", id="c1"), "card.id cannot be set this way"),
    (lambda d: d.move_cards(["c0", "ghost"], "t2", "la"), "no card with id 'ghost'"),
    (lambda d: d.delete_cards(["ghost"]), "no card"),
    (lambda d: d.update_stage("s1", color="#12345"), "stage.color"),
    (lambda d: d.update_stage("s1", steps=[]), "stage.steps cannot be set"),
    (lambda d: d.delete_stage("ghost"), "no stage"),
    (lambda d: d.add_lane("spaceship"), "unknown lane kind 'spaceship'"),
    (lambda d: d.update_lane("la", points=[]), "lane.points cannot be set"),
    (lambda d: d.remove_point("le", "t2"), "has no point on step 't2'"),
    (lambda d: d.set_emotion_scale(3, 1), "must be below"),
    (lambda d: d.update_persona(age=400), "persona.age"),
    (lambda d: d.update_persona(photo="asset-1"), "persona.photo cannot be set"),
    (lambda d: d.update_map(language="de"), "map.language"),
    (lambda d: d.paste_cards([{"text": 3}], "t1", "la"), "card.text"),
])
def test_invalid_input_is_refused_before_anything_is_pushed(doc, edit, message):
    before = doc.journey.model_dump()
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(".", r"\.")) as info:
        edit(doc)
    assert "\n" not in str(info.value)
    assert doc.undo_stack.count() == 0
    assert doc.journey.model_dump() == before


def test_a_read_only_document_refuses_edits(qapp):
    doc = Document.from_journey(rich_journey(), "x.journey", read_only=True)
    with pytest.raises(ValueError, match="read-only"):
        doc.update_card("c0", text="x")
    assert doc.undo_stack.count() == 0


def test_cards_copy_and_paste_between_two_documents(doc, qapp):
    other = Document.new("classic")
    copied = [doc.map.find_card("c0"), doc.map.find_card("c1")]
    payload = cards_to_payload(copied)
    assert MIME_TYPE == "application/x-journey-studio-cards"
    step, lane = other.map.stages[2].steps[0].id, other.map.lanes[0].id
    new = other.paste_cards(payload_to_card_dicts(payload), step, lane)
    pasted = [other.map.find_card(i) for i in new]
    assert [(c.text, c.color, c.tags, c.votes) for c in pasted] == \
        [(c.text, c.color, c.tags, c.votes) for c in copied]
    assert integrity_problems(other.map) == [] and other.undo_stack.count() == 1
    text_ids = other.paste_text(cards_to_text(copied), step, lane)
    assert [other.map.find_card(i).text for i in text_ids] == ["card 0", "card 1"]


@pytest.mark.parametrize("payload", [b"", b"\xff\xfe", b"[1]", b'{"format": "other"}',
                                     b'{"format": "journey-studio-cards", "version": 9, "cards": []}',
                                     b'{"format": "journey-studio-cards", "version": 1, "cards": [1]}'])
def test_a_foreign_clipboard_payload_is_refused_clearly(payload):
    with pytest.raises(ValueError, match="clipboard"):
        payload_to_card_dicts(payload)
