"""View › Persona on the Map adds or removes the persona band above the grid, and is remembered."""

from journey_studio.fileformat import load
from journey_studio.ui.main_window import MainWindow
from journey_studio.document import Document

from support import EXAMPLES
from stub_host import StubHost


def test_the_persona_band_can_be_hidden_and_the_choice_is_remembered(qtbot):
    path = next(p for p in EXAMPLES if "saas" in p.name)
    window = MainWindow(Document.from_journey(load(path), str(path)), StubHost())
    qtbot.addWidget(window)
    scene = window.view.map_scene
    assert scene.layout.persona is not None  # shown by default
    grid_top = scene.layout.grid.y
    window.persona_on_map.action.setChecked(False)
    assert scene.layout.persona is None and scene.layout.grid.y < grid_top
    second = MainWindow(Document.from_journey(load(path), str(path)), StubHost())
    qtbot.addWidget(second)
    assert second.view.map_scene.layout.persona is None
    window.document.undo_stack.setClean()
    second.document.undo_stack.setClean()
