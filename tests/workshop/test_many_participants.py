"""Ten phones at once, each from its own loopback address, send 200 notes: each arrives once."""

from __future__ import annotations

import threading

from .workshop_client import Phone

PHONES, NOTES = 10, 20


def test_200_notes_from_10_phones_arrive_exactly_once_and_undo_one_by_one(qtbot, session):
    document = session.document
    before_cards, before_steps = len(document.map.cards), document.undo_stack.count()
    statuses: list[int] = []
    lock = threading.Lock()

    def participant(n: int) -> None:
        phone = Phone(session.url(), f"127.0.0.{n + 2}")
        for k in range(NOTES):
            status, _, _ = phone.call("POST", "/api/cards", {
                "stage": "s1" if k % 2 else "s2", "lane": ("lt", "lp", "lo")[k % 3],
                "text": f"note {n}-{k}", "nickname": f"phone {n}"})
            with lock:
                statuses.append(status)

    threads = [threading.Thread(target=participant, args=(n,)) for n in range(PHONES)]
    for thread in threads:
        thread.start()
    qtbot.waitUntil(lambda: not any(t.is_alive() for t in threads), timeout=30000)

    assert statuses == [201] * PHONES * NOTES
    added = document.map.cards[:]
    texts = sorted(c.text for c in added if c.text.startswith("note "))
    assert texts == sorted(f"note {n}-{k}" for n in range(PHONES) for k in range(NOTES))
    assert {c.owner for c in added if c.text.startswith("note ")} == {f"phone {n}" for n in range(PHONES)}
    assert document.undo_stack.count() == before_steps + PHONES * NOTES
    for left in range(PHONES * NOTES - 1, -1, -1):
        document.undo_stack.undo()
        assert len(document.map.cards) == before_cards + left
