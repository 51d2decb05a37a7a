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


def test_typing_the_first_persona_field_keeps_the_map_still_on_screen(qtbot):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest

    from journey_studio.canvas import Selection

    window = MainWindow(Document.new("blank", "en"), StubHost())
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.resize(1100, 650)
    window.show()
    qtbot.waitExposed(window)
    view, scene = window.view, window.view.map_scene
    assert scene.layout.persona is None  # a new map: no persona yet, no band
    step_id = scene.layout.steps[1].step_id
    lane_id = scene.layout.lanes[2].lane_id
    view.select(Selection.cell(step_id, lane_id), reveal=True)

    def on_screen():
        cell = scene.cell_rect((step_id, lane_id))
        return view.mapFromScene(QPointF(cell.x, cell.y)), view.mapToScene(view.viewport().rect().center())

    (cell_before, centre_before), grid_top = on_screen(), scene.layout.grid.y
    panel = window.persona_dock.widget()
    panel.name.setFocus()
    QTest.keyClicks(panel.name, "Ana Costa")
    QTest.keyClick(panel.name, Qt.Key.Key_Return)  # the name is written: the band appears
    assert scene.layout.persona is not None and scene.layout.grid.y > grid_top + 100
    cell_after, centre_after = on_screen()
    assert abs(cell_after.y() - cell_before.y()) <= 1 and cell_after.x() == cell_before.x()
    assert abs(centre_after.y() - centre_before.y() - (scene.layout.grid.y - grid_top)) <= 1
    window.document.undo_stack.undo()  # the band goes: the map stays where it was again
    assert scene.layout.persona is None
    assert abs(on_screen()[0].y() - cell_before.y()) <= 1
