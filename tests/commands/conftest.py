import pytest
from sample_maps import rich_journey

from journey_studio.document import Document
from journey_studio.model import integrity_problems


@pytest.fixture
def doc(qapp):
    return Document.from_journey(rich_journey(), "sample.journey")


@pytest.fixture
def round_trip(doc):
    """Run an edit; check it is one undo step, undo restores the model exactly, redo re-applies."""

    def check(edit, steps: int = 1):
        before = doc.map.model_dump()
        assets_before = {k: v.model_dump() for k, v in doc.journey.assets.items()}
        count = doc.undo_stack.count()
        result = edit()
        after = doc.journey.model_dump()
        assert doc.undo_stack.count() == count + steps
        assert integrity_problems(doc.map) == []
        for _ in range(steps):
            doc.undo_stack.undo()
        assert doc.map.model_dump() == before
        assert {k: v.model_dump() for k, v in doc.journey.assets.items()} == assets_before
        for _ in range(steps):
            doc.undo_stack.redo()
        assert doc.journey.model_dump() == after
        assert integrity_problems(doc.map) == []
        return result

    return check
