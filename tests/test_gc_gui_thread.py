"""Cyclic garbage is collected in the GUI thread only, on a timer, as the interpreter would
(journey_studio.gc_gui_thread): never in a worker thread such as the workshop server's."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from journey_studio.gc_gui_thread import GuiThreadCollector, collect_due
from journey_studio.gc_pause import collecting_by_hand, collector_paused

from test_gc_pause import Node, make_cycles


@pytest.fixture
def thresholds():
    """Set the collector's thresholds for the test; the interpreter's come back afterwards."""
    before = gc.get_threshold()
    yield gc.set_threshold
    gc.set_threshold(*before)


def allocate(objects: int) -> list:
    """``objects`` new containers that stay alive (they count towards generation 0)."""
    return [[] for _ in range(objects)]


def test_cycles_made_in_a_worker_thread_are_collected_in_the_gui_thread_only(qtbot, gui_thread_collector):
    finalised: list = []
    kept: list = []

    def worker():
        make_cycles(finalised, 200)
        # enough allocations for many collections: the interpreter would run them here
        kept.append(allocate(20 * gc.get_threshold()[0]))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert finalised == []  # nothing was collected in the worker
    qtbot.waitUntil(lambda: len(finalised) == 200)
    assert set(finalised) == {threading.get_ident()}


def test_the_timer_collects_only_once_generation_0_passes_its_threshold(qtbot, gui_thread_collector, thresholds):
    gc.collect()
    thresholds(100_000, 10, 10)
    node = Node([])
    alive = weakref.ref(node)
    del node
    qtbot.wait(3 * gui_thread_collector.timer.interval())
    assert alive() is not None  # ticks with nothing due collect nothing
    thresholds(100, 10, 10)
    kept = allocate(200)
    qtbot.waitUntil(lambda: alive() is None)
    assert len(kept) == 200 and gc.get_count()[0] < 100


def test_collect_due_collects_the_generation_the_interpreter_would():
    gc.disable()
    before = gc.get_threshold()
    try:
        gc.collect()
        gc.set_threshold(50, 2, 2)
        assert collect_due() is None and gc.get_count()[1] == 0  # generation 0 not due yet
        kept = []
        done = []
        for _ in range(13):
            kept.append(allocate(60))
            done.append(collect_due())
        # generation 1 when its count (collections of 0) passes 2, generation 2 when its passes 2
        assert done == [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 2]
        assert gc.get_count()[1:] == (0, 0)
    finally:
        gc.set_threshold(*before)
        gc.enable()


def test_while_installed_automatic_collection_is_off_and_a_pause_leaves_it_off(qtbot, gui_thread_collector):
    assert not gc.isenabled() and collecting_by_hand()
    finalised: list = []

    def job():
        with collector_paused():
            make_cycles(finalised)

    thread = threading.Thread(target=job)
    thread.start()
    thread.join()
    assert not gc.isenabled() and collecting_by_hand()
    assert finalised == []  # the pause did not collect in its thread
    kept = allocate(2 * gc.get_threshold()[0])
    qtbot.waitUntil(lambda: len(finalised) == 50)
    assert kept
    assert set(finalised) == {threading.get_ident()}


def test_uninstall_collects_what_is_due_and_gives_automatic_collection_back(qapp, thresholds):
    collector = GuiThreadCollector(qapp)
    collector.install()
    collector.install()  # again: harmless
    assert not gc.isenabled() and collector.timer.isActive()
    gc.collect()
    thresholds(100, 10, 10)
    finalised: list = []
    make_cycles(finalised)
    kept = allocate(200)
    collector.uninstall()
    assert gc.isenabled() and not collecting_by_hand() and not collector.timer.isActive()
    assert finalised == [threading.get_ident()] * 50 and len(kept) == 200
    collector.uninstall()  # again: harmless
    assert gc.isenabled()


def test_uninstall_leaves_the_collector_off_when_someone_else_had_turned_it_off(qapp):
    gc.disable()
    try:
        collector = GuiThreadCollector(qapp)
        collector.install()
        collector.uninstall()
        assert not gc.isenabled() and not collecting_by_hand()
    finally:
        gc.enable()


def test_one_collector_at_a_time_and_only_in_the_gui_thread(qapp, gui_thread_collector):
    with pytest.raises(RuntimeError):
        GuiThreadCollector(qapp).install()
    gui_thread_collector.uninstall()
    errors: list = []

    def worker():
        try:
            gui_thread_collector.install()
        except RuntimeError as error:
            errors.append(error)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert len(errors) == 1 and not collecting_by_hand()
