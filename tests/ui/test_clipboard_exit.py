"""Before quitting, our clipboard data becomes plain text (PySide would crash on exit otherwise)."""

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from journey_studio.clipboard_format import MIME_TYPE
from journey_studio.ui.clipboard_exit import release_clipboard


def test_our_cards_become_plain_text_and_other_data_is_left_alone(qapp):
    clipboard = QGuiApplication.clipboard()
    mime = QMimeData()
    mime.setData(MIME_TYPE, b"{}")
    mime.setText("Sees an ad\nReads reviews")
    clipboard.setMimeData(mime)
    release_clipboard()
    assert clipboard.text() == "Sees an ad\nReads reviews"
    assert not clipboard.mimeData().hasFormat(MIME_TYPE)
    clipboard.setText("someone else's text")
    release_clipboard()
    assert clipboard.text() == "someone else's text"
