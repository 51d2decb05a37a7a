"""A participant's phone, for the tests: plain HTTP to 127.0.0.x only, from a source address of its own."""

from __future__ import annotations

import http.client
import json
import threading
from urllib.parse import urlsplit


class Phone:
    def __init__(self, url: str, source: str = "127.0.0.1"):
        parts = urlsplit(url)
        assert parts.hostname.startswith("127."), "the tests talk to the loopback only"
        self.host, self.port, self.base = parts.hostname, parts.port, parts.path
        self.source = source

    def call(self, method: str, path: str, body: bytes | dict | None = None, *, raw_path: bool = False,
             headers: dict | None = None) -> tuple[int, bytes, str]:
        """(status, body, content type); ``path`` is under the session's URL unless ``raw_path``."""
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10, source_address=(self.source, 0))
        if isinstance(body, dict):
            body = json.dumps(body).encode()
        try:
            conn.request(method, path if raw_path else self.base + path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, response.read(), response.getheader("Content-Type", "")
        finally:
            conn.close()

    def json(self, method: str, path: str, body=None):
        status, data, _ = self.call(method, path, body)
        return status, json.loads(data) if data[:1] in (b"{", b"[") else data.decode()


def in_thread(qtbot, work, timeout: int = 20000):
    """Run ``work()`` in a thread (a phone) while the Qt loop applies what it sends; its result."""
    box: dict = {}

    def target():
        try:
            box["result"] = work()
        except BaseException as error:  # noqa: BLE001 (handed to the test)
            box["error"] = error

    thread = threading.Thread(target=target)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout)
    if "error" in box:
        raise box["error"]
    return box["result"]
