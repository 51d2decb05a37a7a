"""File › Workshop in a real window (the server on 127.0.0.1 only), and the workshop timer."""

from __future__ import annotations

import json
import socket

import pytest

from journey_studio.workshop import session as workshop_session

from support import ROOT
from workshop.workshop_client import Phone, in_thread

pytestmark = pytest.mark.usefixtures("no_real_dialogs")


@pytest.fixture
def window(qtbot, open_windows, monkeypatch, tmp_path):
    start = workshop_session.WorkshopSession.start
    monkeypatch.setattr(workshop_session.WorkshopSession, "start",
                        lambda self, host="0.0.0.0", port=8765, token=None: start(self, "127.0.0.1", 0, token))
    import shutil

    window = open_windows.open_path(shutil.copy(ROOT / "examples" / "saas-customer.journey", tmp_path))  # a window locks its file
    qtbot.waitExposed(window)
    return window


def test_invite_shows_the_code_full_screen_and_in_the_window_and_edits_arrive(qtbot, window):
    tools = window.workshop
    titles = [a.text() for a in window.window_actions.file_menu.actions()]
    assert "Wor&kshop" in titles
    assert not tools.stop.isEnabled()
    tools.invite.trigger()
    session = tools.session
    url = session.url()
    assert session.running and url.startswith("http://127.0.0.1:")
    screen = tools.invite_screen
    qtbot.waitUntil(lambda: screen.isVisible() and screen.isFullScreen())
    assert not screen.code.pixmap().isNull() and screen.address.text() == url.removeprefix("http://")
    screen.close()
    assert tools.invite_panel.isVisible() and tools.invite_panel.address.text() == url.removeprefix("http://")
    assert not tools.invite_panel.code.pixmap().isNull()

    phone = Phone(url)
    lane = next(lane for lane in window.document.map.lanes if lane.kind == "thoughts")
    stage = window.document.map.stages[2]
    status, body, _ = in_thread(qtbot, lambda: phone.call("POST", "/api/cards", {
        "stage": stage.id, "lane": lane.id, "text": "From a phone", "nickname": "Noor"}))
    assert status == 201
    card_id = json.loads(body)["id"]
    assert card_id in window.view.map_scene.cards  # on the canvas at once
    assert window.document.map.find_card(card_id).owner == "Noor" and window.isWindowModified()
    window.view.select_card(card_id)
    tools.hide_cards.trigger()
    _, view = in_thread(qtbot, lambda: phone.json("GET", "/api/map"))
    assert card_id not in [c["id"] for c in view["cards"]]
    tools.pause.trigger()
    assert session.round.paused and "Paused" in tools.invite_panel.state.text()
    window.document.undo_stack.undo()
    assert window.document.map.find_card(card_id) is None

    tools.stop.trigger()
    assert not session.running and not tools.invite_panel.isVisible()
    with pytest.raises(OSError):
        socket.create_connection((phone.host, phone.port), timeout=2).close()


def test_closing_the_map_stops_the_server(qtbot, window):
    window.workshop.invite_participants()
    window.workshop.invite_screen.close()
    phone = Phone(window.workshop.session.url())
    window.document.undo_stack.setClean()
    window.close()
    qtbot.waitUntil(lambda: not window.workshop.session.running if _alive(window) else True)
    with pytest.raises(OSError):
        socket.create_connection((phone.host, phone.port), timeout=2).close()


def _alive(window) -> bool:
    import shiboken6

    return shiboken6.isValid(window)


def test_timer_counts_down_pauses_resets_and_flashes_when_time_is_up(qtbot, window):
    """In the editor the time left is said in the status bar ("⏱ 0:01"), only while the
    countdown runs and while the alarm flashes: set, paused or reset, it is gone; the large
    pill of the presentation never shows over the editor's map."""
    tools = window.workshop
    timer, badge, status = tools.timer, tools.timer_badge, tools.timer_status
    timer.set_duration(1)
    assert not status.isVisible() and not badge.isVisible() and timer.left() == 1.0
    timer.start()
    assert status.isVisible() and status.text() == "0:01" and not badge.isVisible()
    assert status.parent() is window.statusBar() and window.statusBar().isVisible()
    timer.pause()
    assert not status.isVisible()
    left = timer.left()
    qtbot.wait(150)
    assert timer.left() == left  # paused: time stands still
    with qtbot.waitSignal(timer.finished, timeout=4000):
        timer.start()
    assert timer.left() == 0 and badge.is_flashing() and status.isVisible() and not badge.isVisible()
    assert status.text() == "0:00"
    qtbot.waitUntil(lambda: badge.fill().lightness() > 100)  # the soft flash toward amber
    qtbot.waitUntil(lambda: "background" in status.styleSheet())  # the status bar glows with it
    timer.reset()
    assert timer.left() == 1.0 and not badge.is_flashing() and not status.isVisible()


def test_the_running_timer_covers_no_card_of_the_editors_map(qtbot, window):
    """Review: the small corner pill hid a card and its vote badge. Nothing of the timer is on
    the map's view now, wherever the map is scrolled."""
    from PySide6.QtCore import QRect

    tools, view = window.workshop, window.view
    tools.timer.start()
    status = tools.timer_status
    assert status.isVisible()
    on_window = QRect(status.mapTo(window, status.rect().topLeft()), status.size())
    port = QRect(view.viewport().mapTo(window, view.viewport().rect().topLeft()), view.viewport().size())
    assert not on_window.intersects(port)
    visible = [child for child in view.findChildren(type(tools.timer_badge)) if child.isVisible()]
    assert visible == []
    for item in view.map_scene.cards.values():  # and no card lies under anything of the timer's
        box = view.mapFromScene(item.scene_box()).boundingRect()
        assert not any(QRect(child.geometry()).intersects(box) for child in visible)
    tools.timer.reset()


def test_the_alarm_goes_from_the_editor_once_it_has_flashed(qtbot, window):
    timer, badge = window.workshop.timer, window.workshop.timer_badge
    timer.set_duration(1)
    with qtbot.waitSignal(timer.finished, timeout=4000):
        timer.start()
    status = window.workshop.timer_status
    assert status.isVisible() and not badge.isVisible()
    badge.flash.setCurrentTime(badge.flash.totalDuration())  # the three glows are over
    assert not badge.is_flashing() and not status.isVisible()
