"""The participant server: aiohttp in a worker thread, beside the Qt event loop.

It serves the static page from ``resources/workshop/`` and the API of docs/WORKSHOP.md under
``/j/<token>``; any other path, or a wrong token, is a bare 404. It never touches the map: it
checks the shape of each write (``requests``), then hands it to its ``backend`` (the session,
which applies it on the GUI thread and answers through a ``concurrent.futures.Future``), and it
answers reads from the backend's last published ``PublicState``.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Protocol

from aiohttp import web

from ..paths import resource
from .participants import PublicState
from .rate_limit import RateLimiter
from .requests import BODY_MAX, ApiError, parse_new_card, parse_vote

DEFAULT_PORT = 8765
#: the page's files, served as ``<base>/<name>``; ``%BASE%`` in them becomes ``/j/<token>``
PAGE_FILES = {"": ("index.html", "text/html"), "page.css": ("page.css", "text/css"),
              "page.js": ("page.js", "text/javascript"),
              "strings.js": ("strings.js", "text/javascript")}
_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the token is in the address
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
}


class Backend(Protocol):
    def public_state(self) -> PublicState: ...

    def submit(self, request: Any) -> Future: ...


def new_token() -> str:
    """Ten characters of [a-z0-9] (about 51 bits): unguessable, yet short enough to type."""
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"  # no look-alikes (l 1 o 0)
    return "".join(secrets.choice(alphabet) for _ in range(10))


def _text(status: int, reason: str = "") -> web.Response:
    return web.Response(status=status, text=reason, content_type="text/plain", headers=_HEADERS)


def _json(status: int, payload: Any) -> web.Response:
    return web.Response(status=status, body=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
                        content_type="application/json", charset="utf-8", headers=_HEADERS)


class ParticipantServer:
    def __init__(self, backend: Backend, token: str | None = None, host: str = "0.0.0.0",
                 port: int = DEFAULT_PORT, limiter: RateLimiter | None = None,
                 page_dir: Path | None = None):
        self.backend = backend
        self.token = token or new_token()
        self.host = host
        self.port = port
        self.limiter = limiter or RateLimiter()
        self.base = f"/j/{self.token}"
        folder = page_dir or resource("workshop")
        self._page = {name: (folder.joinpath(file).read_text("utf-8").replace("%BASE%", self.base).encode(),
                             kind) for name, (file, kind) in PAGE_FILES.items()}
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: OSError | None = None
        self._waiting: set[asyncio.Future] = set()

    # --- life -------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 10.0) -> None:
        """Bind and serve; raises ``OSError`` when the address or port cannot be had."""
        self._thread = threading.Thread(target=self._run, name="workshop-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise OSError("the workshop server did not start")
        if self._error is not None:
            self._thread.join()
            self._thread = None
            raise self._error

    def stop(self, timeout: float = 5.0) -> None:
        """Stop at once: pending requests are answered 503, the port is closed."""
        thread, loop = self._thread, self._loop
        if thread is None or loop is None:
            return
        try:
            loop.call_soon_threadsafe(self._stop.set)
        except RuntimeError:  # the loop is already closed
            pass
        thread.join(timeout)
        self._thread = None

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        self._stop = asyncio.Event()
        app = web.Application(client_max_size=BODY_MAX * 4)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=0.5)
        try:
            loop.run_until_complete(runner.setup())
            site = web.TCPSite(runner, self.host, self.port)
            loop.run_until_complete(site.start())
            self.port = site._server.sockets[0].getsockname()[1]  # the real one when port was 0
        except OSError as error:
            self._error = error
            loop.run_until_complete(runner.cleanup())
            loop.close()
            self._ready.set()
            return
        self._ready.set()
        try:
            loop.run_until_complete(self._stop.wait())
            for waiting in list(self._waiting):
                waiting.cancel()
            loop.run_until_complete(runner.cleanup())
        finally:
            loop.close()

    # --- requests ---------------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if not self.limiter.allow(request.remote or "?"):
            return _text(429, "too many requests: wait a few seconds")
        parts = request.path.split("/", 3)  # "", "j", token, rest
        if len(parts) < 3 or parts[1] != "j" or not secrets.compare_digest(
                parts[2].encode("utf-8", "replace"), self.token.encode()):
            return _text(404)
        rest = parts[3].strip("/") if len(parts) > 3 else ""
        if rest in PAGE_FILES:
            if request.method not in ("GET", "HEAD"):
                return _text(405, "use GET")
            body, kind = self._page[rest]
            return web.Response(body=body, content_type=kind, charset="utf-8", headers=_HEADERS)
        if rest == "api/map":
            if request.method not in ("GET", "HEAD"):
                return _text(405, "use GET")
            participant = request.query.get("participant", "")[:64]
            return _json(200, self.backend.public_state().for_participant(participant))
        parsers = {"api/cards": parse_new_card, "api/votes": parse_vote}
        if rest not in parsers:
            return _text(404)
        if request.method != "POST":
            return _text(405, "use POST")
        try:
            body = await self._body(request)
            checked = parsers[rest](body)
            status, payload = await self._apply(checked)
        except ApiError as error:
            return _text(error.status, error.reason)
        except asyncio.CancelledError:
            return _text(503, "the workshop session has stopped")
        return _json(status, payload)

    @staticmethod
    async def _body(request: web.Request) -> bytes:
        if (request.content_length or 0) > BODY_MAX:
            raise ApiError(400, f"the request body is over {BODY_MAX // 1024} KB")
        chunks, size = [], 0
        while True:
            chunk = await request.content.read(BODY_MAX + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > BODY_MAX:
                raise ApiError(400, f"the request body is over {BODY_MAX // 1024} KB")
        return b"".join(chunks)

    async def _apply(self, checked: Any) -> tuple[int, Any]:
        waiting = asyncio.wrap_future(self.backend.submit(checked))
        self._waiting.add(waiting)
        try:
            return await waiting
        finally:
            self._waiting.discard(waiting)
