"""The participant API end to end: a real server on 127.0.0.1, the session on the Qt loop."""

from __future__ import annotations

import json
import socket

import pytest

from .workshop_client import Phone, in_thread


def steps(session) -> int:
    return session.document.undo_stack.count()


def test_the_page_and_its_files_are_served_under_the_token(qtbot, session, phone):
    status, body, kind = in_thread(qtbot, lambda: phone.call("GET", ""))
    assert status == 200 and kind.startswith("text/html")
    assert f'{phone.base}/page.js'.encode() in body and b"%BASE%" not in body
    for name, kind_wanted in (("/page.css", "text/css"), ("/page.js", "text/javascript")):
        status, body, kind = in_thread(qtbot, lambda name=name: phone.call("GET", name))
        assert status == 200 and kind.startswith(kind_wanted) and body


def test_map_lists_stages_the_open_lanes_their_cards_and_the_round(qtbot, session, phone):
    status, view = in_thread(qtbot, lambda: phone.json("GET", "/api/map"))
    assert status == 200
    assert view["title"] == "Workshop test"
    assert view["language"] == "en"  # the page speaks the map's language
    assert view["stages"] == [{"id": "s1", "name": "Discover"}, {"id": "s2", "name": "Buy"}]
    assert [lane["id"] for lane in view["lanes"]] == ["lt", "lp", "lo"]  # actions is not open
    assert view["cards"] == [{"id": "c2", "stage": "s2", "lane": "lp", "text": "Price unclear", "votes": 1}]
    assert view["round"] == {"state": "contributing", "dots": 3}


def test_a_card_arrives_as_one_undo_step_owned_by_the_nickname(qtbot, session, phone):
    before = steps(session)
    text = "<b>Too many</b> forms & fields"
    status, answer = in_thread(qtbot, lambda: phone.json(
        "POST", "/api/cards", {"stage": "s1", "lane": "lt", "text": text, "nickname": "Camille"}))
    assert status == 201
    card = session.document.map.find_card(answer["id"])
    assert (card.step, card.lane, card.text, card.owner) == ("t1", "lt", text, "Camille")  # plain text
    assert steps(session) == before + 1
    _, view = in_thread(qtbot, lambda: phone.json("GET", "/api/map"))
    assert {"id": card.id, "stage": "s1", "lane": "lt", "text": text, "votes": 0} in view["cards"]
    session.document.undo_stack.undo()
    assert session.document.map.find_card(answer["id"]) is None


GOOD = {"stage": "s1", "lane": "lt", "text": "ok", "nickname": "Ana"}
BAD_CARDS = [
    (b"{not json", "not valid JSON"),
    (b"[1, 2]", "must be a JSON object"),
    (json.dumps({**GOOD, "stage": "nope"}).encode(), "unknown stage"),
    (json.dumps({**GOOD, "lane": "nope"}).encode(), "unknown lane"),
    (json.dumps({**GOOD, "lane": "la"}).encode(), "not open"),
    (json.dumps({**GOOD, "text": "x" * 501}).encode(), "over 500 characters"),
    (json.dumps({**GOOD, "text": "   "}).encode(), "'text' is missing"),
    (json.dumps({**GOOD, "nickname": 7}).encode(), "'nickname' must be a string"),
    (json.dumps({**GOOD, "text": "x" * 17000}).encode(), "over 16 KB"),
    (b"\xff\xfe", "not valid JSON"),
]


@pytest.mark.parametrize("body, reason", BAD_CARDS, ids=[r for _, r in BAD_CARDS])
def test_a_bad_card_is_400_with_a_one_line_reason_and_changes_nothing(qtbot, session, phone, body, reason):
    before, cards = steps(session), len(session.document.map.cards)
    status, data, kind = in_thread(qtbot, lambda: phone.call("POST", "/api/cards", body))
    assert status == 400 and kind.startswith("text/plain")
    assert reason in data.decode() and "\n" not in data.decode().strip()
    assert (steps(session), len(session.document.map.cards)) == (before, cards)


def test_a_500_character_note_is_accepted(qtbot, session, phone):
    status, _ = in_thread(qtbot, lambda: phone.json("POST", "/api/cards", {**GOOD, "text": "é" * 500}))
    assert status == 201


@pytest.mark.parametrize("path", ["/", "/api/map", "/j/", "/j/wrongtoken1/api/map", "/j/wrongtoken1",
                                  "/favicon.ico", "/j/{token}x/api/map", "/j/{token}/api/nothing"])
def test_without_the_session_token_everything_is_a_bare_404(qtbot, session, phone, path):
    path = path.format(token=session.server.token)
    for method, body in (("GET", None), ("POST", json.dumps(GOOD).encode())):
        status, data, _ = in_thread(qtbot, lambda m=method, b=body: phone.call(m, path, b, raw_path=True))
        assert (status, data) == (404, b"")
    assert len(session.document.map.cards) == 2


def test_a_new_session_has_a_new_token(qtbot, session):
    first = session.url()
    session.stop()
    second = session.start("127.0.0.1", 0)
    assert first != second and first.rsplit("/", 1)[1] != second.rsplit("/", 1)[1]
    status, _ = in_thread(qtbot, lambda: Phone(second).json("GET", "/api/map"))
    assert status == 200


def test_more_than_30_requests_in_10_seconds_from_one_address_is_429(qtbot, session):
    busy, calm = Phone(session.url(), "127.0.0.40"), Phone(session.url(), "127.0.0.41")
    statuses = in_thread(qtbot, lambda: [busy.call("GET", "/api/map")[0] for _ in range(32)])
    assert statuses[:30] == [200] * 30 and statuses[30:] == [429, 429]
    assert in_thread(qtbot, lambda: busy.call("POST", "/api/cards", GOOD)[0]) == 429
    assert in_thread(qtbot, lambda: calm.call("GET", "/api/map")[0]) == 200  # another phone is served


def test_voting_rounds_dots_per_participant(qtbot, session, phone):
    def vote(card, delta, who="p1"):
        return in_thread(qtbot, lambda: phone.json("POST", "/api/votes",
                                                   {"card": card, "delta": delta, "participant": who}))

    assert vote("c2", 1) == (409, "voting is not open now")
    session.start_voting(2)
    before = steps(session)
    assert vote("c2", 1) == (200, {"card": "c2", "votes": 2, "dotsLeft": 1})
    assert steps(session) == before + 1  # one dot, one undo step
    assert vote("c2", 1) == (200, {"card": "c2", "votes": 3, "dotsLeft": 0})
    assert vote("c2", 1) == (409, "you have no dots left: take one back first")
    assert vote("c2", 1, "p2") == (200, {"card": "c2", "votes": 4, "dotsLeft": 1})
    assert vote("c2", -1) == (200, {"card": "c2", "votes": 3, "dotsLeft": 1})
    _, view = in_thread(qtbot, lambda: phone.json("GET", "/api/map?participant=p1"))
    assert view["round"] == {"state": "voting", "dots": 2}
    assert view["you"] == {"votes": {"c2": 1}, "dotsLeft": 1}
    assert vote("c1", 1)[0] == 400  # a card of a lane that is not open
    assert vote("nope", 1) == (400, "unknown card")
    status, data, _ = in_thread(qtbot, lambda: phone.call(
        "POST", "/api/votes", {"card": "c2", "delta": 2, "participant": "p1"}))
    assert (status, data) == (400, b"'delta' must be 1 or -1")
    session.start_voting(3)  # a new round: everyone has their dots again
    assert vote("c2", -1, "p2") == (409, "you gave this card no dot")
    assert session.document.map.find_card("c2").votes == 3


def test_pause_end_and_hidden_cards(qtbot, session, phone):
    session.set_paused(True)
    status, data, _ = in_thread(qtbot, lambda: phone.call("POST", "/api/cards", GOOD))
    assert (status, data) == (409, b"the facilitator has paused the workshop")
    assert in_thread(qtbot, lambda: phone.json("GET", "/api/map"))[1]["round"]["state"] == "paused"
    session.set_paused(False)
    assert in_thread(qtbot, lambda: phone.call("POST", "/api/cards", GOOD))[0] == 201
    session.set_card_hidden("c2")
    _, view = in_thread(qtbot, lambda: phone.json("GET", "/api/map"))
    assert "c2" not in [c["id"] for c in view["cards"]]
    session.start_voting()
    assert in_thread(qtbot, lambda: phone.call(
        "POST", "/api/votes", {"card": "c2", "delta": 1, "participant": "p"}))[0] == 400
    session.end_round()
    cards = len(session.document.map.cards)
    assert in_thread(qtbot, lambda: phone.call("POST", "/api/cards", GOOD))[:2] == (409, b"the round has ended")
    assert in_thread(qtbot, lambda: phone.json("GET", "/api/map"))[1]["round"]["state"] == "ended"
    assert len(session.document.map.cards) == cards


def test_the_server_is_gone_once_stopped(qtbot, session, phone):
    assert in_thread(qtbot, lambda: phone.call("GET", "/api/map"))[0] == 200
    session.stop()
    assert not session.running and session.url() == ""
    with pytest.raises(OSError):
        socket.create_connection((phone.host, phone.port), timeout=2).close()
