"""Fixtures and real mouse/keyboard gestures for the canvas tests (offscreen, pytest-qt)."""

from __future__ import annotations


import pytest

from journey_studio.canvas import MapScene, MapView
from journey_studio.document import Document
from journey_studio.fileformat import load

from canvas_gestures import SAAS


@pytest.fixture
def document():
    return Document.from_journey(load(SAAS), str(SAAS))


@pytest.fixture
def view(qtbot, document):
    view = MapView(MapScene(document))
    qtbot.addWidget(view)
    view.resize(1500, 1000)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    view.set_zoom(0.6)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    return view
