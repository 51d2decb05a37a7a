import pytest

from journey_studio.document import Document
from journey_studio.model import Journey
from journey_studio.workshop.session import WorkshopSession

from .workshop_client import Phone


def workshop_journey() -> Journey:
    stages = [{"id": "s1", "name": "Discover", "steps": [{"id": "t1"}, {"id": "t2"}]},
              {"id": "s2", "name": "Buy", "steps": [{"id": "t3"}]}]
    lanes = [{"id": "la", "kind": "actions", "title": "Actions"},
             {"id": "lt", "kind": "thoughts", "title": "Thoughts"},
             {"id": "lp", "kind": "painPoints", "title": "Pain points"},
             {"id": "lo", "kind": "opportunities", "title": "Opportunities"}]
    cards = [{"id": "c1", "step": "t1", "lane": "la", "text": "Reads the site"},
             {"id": "c2", "step": "t3", "lane": "lp", "text": "Price unclear", "votes": 1}]
    return Journey.model_validate({"map": {
        "id": "m", "title": "Workshop test", "stages": stages, "lanes": lanes, "cards": cards}})


@pytest.fixture
def session(qapp, gui_thread_collector):
    """A running session; cyclic garbage is collected in the GUI thread only, as in the editor."""
    document = Document(workshop_journey())
    workshop = WorkshopSession(document)
    workshop.start("127.0.0.1", 0)
    yield workshop
    workshop.stop()
    # As a window does when it closes: a document dropped with commands on its stack, collected
    # later with them in one cycle, can have a command freed before the stack (a crash in
    # QUndoStack::clear at the end of the run).
    document.undo_stack.clear()


@pytest.fixture
def phone(session):
    return Phone(session.url())
