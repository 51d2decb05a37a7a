"""A workshop session on one open map: the participant server and the round, on the GUI thread.

The server thread hands each checked write to ``submit``; a queued Qt signal brings it to the
thread that owns the Document, where it is applied with the Document's edit API, so each
contribution or dot is one ordinary undo step (the participant's nickname is the card's owner),
appears at once on the canvas and is saved with the map. The phones read the last
``PublicState``, rebuilt here after every change of the map or the round.
"""

from __future__ import annotations

from concurrent.futures import Future
from types import MappingProxyType

from PySide6.QtCore import QObject, Qt, Signal, Slot

from .network import reachable_address
from .participants import DOTS_MAX, Phase, PublicState, Round, default_open_lanes, map_view
from .requests import ApiError, NewCard, Vote
from .server import DEFAULT_PORT, ParticipantServer


class WorkshopSession(QObject):
    #: the server thread's requests, delivered on this object's thread
    _incoming = Signal(object, object)
    #: the round, the open lanes, the hidden cards or the server changed
    state_changed = Signal()
    #: a participant added a card: (card id, nickname)
    card_added = Signal(str, str)

    def __init__(self, document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.round = Round()
        self.open_lanes: list[str] = default_open_lanes(document.map)
        self.hidden_cards: set[str] = set()
        self.dots_given: dict[str, dict[str, int]] = {}
        self.server: ParticipantServer | None = None
        self._address = ""
        self._version = 0
        self._public = PublicState()
        self._incoming.connect(self._apply, Qt.ConnectionType.QueuedConnection)
        document.changed.connect(self._map_changed)
        self._publish()

    # --- the server ---------------------------------------------------------------------------
    def start(self, host: str = "0.0.0.0", port: int = DEFAULT_PORT, token: str | None = None) -> str:
        """Start serving (a new token, a new round of notes) and return the participants' URL.

        ``port`` taken: the next nine are tried. Raises ``OSError`` when none can be had."""
        self.stop()
        ports = [port] if port == 0 else list(range(port, port + 10))
        error: OSError | None = None
        for candidate in ports:
            server = ParticipantServer(self, token, host, candidate)
            try:
                server.start()
            except OSError as exc:
                error = exc
                continue
            self.server = server
            self._address = reachable_address(host)
            self.round = Round(dots=self.round.dots)  # a new session starts by collecting notes
            self.dots_given = {}
            self._publish()
            return self.url()
        raise error or OSError("no port could be had")

    def stop(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            server.stop()
            self.state_changed.emit()

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    def url(self) -> str:
        if self.server is None:
            return ""
        host = f"[{self._address}]" if ":" in self._address else self._address
        return f"http://{host}:{self.server.port}{self.server.base}"

    # --- what the facilitator does ----------------------------------------------------------------
    def set_paused(self, paused: bool) -> None:
        self.round.paused = bool(paused)
        self._publish()

    def start_contributions(self) -> None:
        self.round = Round(Phase.CONTRIBUTING, dots=self.round.dots)
        self._publish()

    def start_voting(self, dots: int | None = None) -> None:
        """A new voting round: every participant has ``dots`` dots again."""
        dots = self.round.dots if dots is None else dots
        self.round = Round(Phase.VOTING, dots=max(1, min(int(dots), DOTS_MAX)))
        self.dots_given = {}
        self._publish()

    def end_round(self) -> None:
        self.round = Round(Phase.ENDED, dots=self.round.dots)
        self._publish()

    def set_open_lanes(self, lane_ids: list[str]) -> None:
        known = {lane.id for lane in self.document.map.lanes}
        self.open_lanes = [lane_id for lane_id in lane_ids if lane_id in known]
        self._publish()

    def set_card_hidden(self, card_id: str, hidden: bool = True) -> None:
        """Hide a card from the phones (it stays on the map); it can no longer get dots."""
        (self.hidden_cards.add if hidden else self.hidden_cards.discard)(card_id)
        self._publish()

    # --- the server's backend (any thread) ---------------------------------------------------------
    def public_state(self) -> PublicState:
        return self._public

    def submit(self, request) -> Future:
        future: Future = Future()
        self._incoming.emit(request, future)
        return future

    # --- applied on the GUI thread -----------------------------------------------------------------
    @Slot(object, object)
    def _apply(self, request, future: Future) -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            result = self._add_card(request) if isinstance(request, NewCard) else self._vote(request)
        except ApiError as error:
            future.set_exception(error)
        except ValueError as error:  # the Document refused it (a read-only map, a limit)
            future.set_exception(ApiError(409, str(error).splitlines()[0]))
        else:
            future.set_result(result)

    def _accepting(self, phase: Phase) -> None:
        if self.round.phase == Phase.ENDED:
            raise ApiError(409, "the round has ended")
        if self.round.paused:
            raise ApiError(409, "the facilitator has paused the workshop")
        if self.round.phase != phase:
            raise ApiError(409, "cards are not being added now" if phase == Phase.CONTRIBUTING
                           else "voting is not open now")

    def _add_card(self, request: NewCard) -> tuple[int, dict]:
        m = self.document.map
        stage = m.find_stage(request.stage)
        if stage is None:
            raise ApiError(400, "unknown stage")
        lane = m.find_lane(request.lane)
        if lane is None:
            raise ApiError(400, "unknown lane")
        if lane.id not in self.open_lanes:
            raise ApiError(400, "this lane is not open to participants")
        self._accepting(Phase.CONTRIBUTING)
        card_id = self.document.add_card(stage.steps[0].id, lane.id, request.text, owner=request.nickname)
        self.card_added.emit(card_id, request.nickname)
        return 201, {"id": card_id}

    def _vote(self, request: Vote) -> tuple[int, dict]:
        card = self.document.map.find_card(request.card)
        if card is None or card.lane not in self.open_lanes or card.id in self.hidden_cards:
            raise ApiError(400, "unknown card")
        self._accepting(Phase.VOTING)
        given = self.dots_given.setdefault(request.participant, {})
        if request.delta > 0 and self._dots_left(request.participant) <= 0:
            raise ApiError(409, "you have no dots left: take one back first")
        if request.delta < 0 and given.get(card.id, 0) <= 0:
            raise ApiError(409, "you gave this card no dot")
        self.document.vote(card.id, request.delta)
        given[card.id] = given.get(card.id, 0) + request.delta
        if not given[card.id]:
            del given[card.id]
        self._publish()
        return 200, {"card": card.id, "votes": self.document.map.find_card(card.id).votes,
                     "dotsLeft": self._dots_left(request.participant)}

    def _dots_left(self, participant: str) -> int:
        existing = {c.id for c in self.document.map.cards}
        given = self.dots_given.get(participant, {})
        return max(0, self.round.dots - sum(n for card, n in given.items() if card in existing))

    # --- what the phones read ----------------------------------------------------------------------
    def _map_changed(self, _changes) -> None:
        self._publish(state=False)

    def _publish(self, state: bool = True) -> None:
        m = self.document.map
        existing = {c.id for c in m.cards}
        self._version += 1
        view = map_view(m, self.open_lanes, self.hidden_cards, self.round, self._version)
        given = {p: MappingProxyType({c: n for c, n in cards.items() if c in existing})
                 for p, cards in self.dots_given.items()}
        self._public = PublicState(MappingProxyType(view), MappingProxyType(given))
        if state:
            self.state_changed.emit()
