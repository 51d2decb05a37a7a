"""Leave the clipboard in a state Qt can tear down after Python has stopped.

Cards copied by Journey Studio sit on the clipboard as a QMimeData made in Python. Qt deletes
it in its own exit handlers, after the interpreter is gone, and PySide then crashes the
process on the way out. Before quitting, the clipboard is given the same text as plain text
(made on the C++ side), so other programs can still paste the cards' text after we quit.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from ..clipboard_format import MIME_TYPE


def release_clipboard() -> None:
    """Replace our own clipboard data by its plain-text form (no-op when it is not ours)."""
    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(MIME_TYPE):
        clipboard.setText(clipboard.text())


def release_clipboard_at_exit(app: QGuiApplication) -> None:
    app.aboutToQuit.connect(release_clipboard)
