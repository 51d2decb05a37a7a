"""One Journey Studio per user: a later launch hands its files to the running one.

Double-clicking a ``.journey`` file while the editor runs starts a second process; that
process connects to the running one over a local socket (``QLocalSocket``: a Unix socket on
Linux and macOS, a named pipe on Windows), sends the absolute paths it was given, waits for
"ok" and exits; then the running application opens each map in a new window (a launch
without files gets a new map). When nobody is there, the launch becomes the running instance and
listens (``QLocalServer``). A socket left over by a crashed instance is removed; the socket
of a running instance that was too busy to answer in time is never taken over (that launch
then runs on its own).

macOS does not start a second process: Finder sends a ``QFileOpenEvent`` to the running app;
:class:`FileOpenEventFilter` hands those paths to the same callback.

The server name is per user (and may be set with ``JOURNEY_STUDIO_INSTANCE``, which the tests
use so that they never talk to an editor the developer has open).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

NAME_VARIABLE = "JOURNEY_STUDIO_INSTANCE"
CONNECT_MS = 500
#: the running app answers as soon as its event loop reads the request; a busy one (a long export,
#: a loaded machine) is waited for rather than started twice
ANSWER_MS = 15000

OpenFiles = Callable[[list[str]], None]


def server_name() -> str:
    chosen = os.environ.get(NAME_VARIABLE, "").strip()
    if chosen:
        return chosen
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name (a container without passwd entry)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return "journey-studio-" + hashlib.sha256(user.encode()).hexdigest()[:16]


def hand_over(files: Sequence[str], name: str | None = None) -> bool:
    """Send ``files`` to the running instance; True when it took them (this launch may end)."""
    socket = _connected(name or server_name())
    if socket is None:
        return False
    message = json.dumps({"files": [os.path.abspath(f) for f in files]}).encode() + b"\n"
    socket.write(message)
    answer = b""
    if socket.waitForBytesWritten(ANSWER_MS):
        while b"\n" not in answer and socket.waitForReadyRead(ANSWER_MS):
            answer += bytes(socket.readAll())
    socket.disconnectFromServer()
    return answer.strip() == b"ok"


def _connected(name: str) -> QLocalSocket | None:
    """A socket connected to the instance listening on ``name``; None when nobody is there."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    return socket if socket.waitForConnected(CONNECT_MS) else None


def _someone_listens(name: str) -> bool:
    socket = _connected(name)
    if socket is not None:
        socket.abort()
    return socket is not None


class InstanceServer(QObject):
    """Listens for later launches and gives their files to ``open_files`` (in the GUI thread)."""

    def __init__(self, open_files: OpenFiles, name: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._open_files = open_files
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._pending: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; a name left by a crashed instance is taken over. False when the
        system refuses (the app then runs on its own, as before)."""
        # Asked first: with UserAccessOption Qt binds elsewhere and renames the socket into place,
        # which would silently replace a running instance's socket.
        if _someone_listens(self.name):  # a running instance too busy to answer: never take its name
            return False
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # nobody behind it: the socket is stale
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._pending[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._pending.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._pending.get(socket, b"") + bytes(socket.readAll())
        self._pending[socket] = data
        if b"\n" not in data:
            return
        try:
            files = [str(f) for f in json.loads(data.split(b"\n", 1)[0]).get("files", [])]
        except (ValueError, AttributeError, TypeError):
            files = None
        socket.write(b"bad request\n" if files is None else b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        if files is not None:  # the launch may end now; opening (and its dialogs) happens here
            QTimer.singleShot(0, lambda: self._open_files(files))


class FileOpenEventFilter(QObject):
    """macOS: "open this document" from Finder arrives as a ``QFileOpenEvent``."""

    def __init__(self, open_files: OpenFiles, parent: QObject | None = None):
        super().__init__(parent)
        self._open_files = open_files

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FileOpen and event.file():
            self._open_files([event.file()])
            return True
        return super().eventFilter(watched, event)
