"""Pausing Python's cyclic collector for one bulk job (journey_studio.gc_pause), without Qt."""

from __future__ import annotations

import gc
import threading

from journey_studio.gc_pause import collect_automatically, collect_by_hand, collecting_by_hand, collector_paused


class Node:
    """One object in a reference cycle with itself; records the thread that finalises it."""

    def __init__(self, finalised: list):
        self.finalised = finalised
        self.me = self

    def __del__(self):
        self.finalised.append(threading.get_ident())


def make_cycles(finalised: list, count: int = 50) -> None:
    for _ in range(count):
        Node(finalised)


def in_thread(work) -> int:
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    return thread.ident


def test_a_pause_turns_the_collector_off_and_collects_its_cycles_in_its_own_thread_at_the_end():
    finalised: list = []
    seen: list = []

    def job():
        with collector_paused():
            seen.append(gc.isenabled())
            make_cycles(finalised)
            seen.append(len(finalised))  # nothing collected during the pause
        seen.append(gc.isenabled())

    worker = in_thread(job)
    assert seen == [False, 0, True]
    assert finalised == [worker] * 50  # the pass owed, at once, in the pausing thread


def test_nested_pauses_and_a_collector_turned_off_by_someone_else():
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # not ours to turn on
    finally:
        gc.enable()


def test_while_someone_collects_by_hand_a_pause_never_turns_automatic_collection_on_nor_collects():
    finalised: list = []
    collect_by_hand()
    try:
        def job():
            with collector_paused():
                make_cycles(finalised)
        in_thread(job)
        assert not gc.isenabled() and collecting_by_hand() and finalised == []
    finally:
        collect_automatically()
    assert gc.isenabled() and not collecting_by_hand()
    gc.collect()
    assert len(finalised) == 50


def test_collection_by_hand_taken_and_given_back_during_a_pause():
    with collector_paused():
        collect_by_hand()
    assert not gc.isenabled()  # the pause ended while the hand collects: it stays off
    collect_automatically()
    assert gc.isenabled()

    with collector_paused():
        collect_by_hand()
        collect_automatically()
        assert not gc.isenabled()  # still paused
    assert gc.isenabled()


def test_giving_back_leaves_the_collector_off_when_someone_else_had_turned_it_off():
    gc.disable()
    try:
        collect_by_hand()
        collect_automatically()
        assert not gc.isenabled()
    finally:
        gc.enable()
