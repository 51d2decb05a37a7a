"""Merging another copy into an open map is one undo step through the Document."""

from sample_maps import rich_journey

from journey_studio.compare.merge import merge
from journey_studio.document import Document


def test_replace_content_is_one_undo_step_with_its_changes(qapp):
    document = Document.from_journey(rich_journey())
    theirs = rich_journey()
    theirs.map.find_card("c1").text = "from theirs"
    theirs.map.cards.pop(0)
    theirs.map.stages[0].name = "Discovery"
    before = document.journey.model_dump()
    map_object = document.map
    seen = []
    document.changed.connect(seen.append)
    result = merge(rich_journey(), document.journey, theirs)
    document.replace_content(result.journey, "Merge changes from theirs")
    assert document.undo_stack.count() == 1 and document.dirty
    assert document.map is map_object  # views keep their reference
    assert document.map.find_card("c1").text == "from theirs" and document.map.find_card("c0") is None
    assert len(seen) == 1
    by_subject = {(c.subject, c.action): c.ids for c in seen[0]}
    assert by_subject[("cards", "removed")] == ("c0",)
    document.undo_stack.undo()
    assert document.journey.model_dump() == before
    document.undo_stack.redo()
    assert document.map.stages[0].name == "Discovery"


def test_replacing_with_the_same_content_pushes_nothing(qapp):
    document = Document.from_journey(rich_journey())
    document.replace_content(rich_journey())
    assert document.undo_stack.count() == 0
