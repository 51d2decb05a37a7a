"""Tooltips that show user text literally.

Qt shows a tooltip as rich text when it looks like HTML (``Qt::mightBeRichText``): a card or a
lane titled ``<h1>Hi</h1>`` would show as a heading. Used by the canvas and the windows alike
(``ui.plain_text`` re-exports it)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui


def escape_for_tooltip(text: str) -> str:
    """``text`` made safe for ``setToolTip``: a text that Qt would take for HTML becomes HTML
    that displays it exactly (line breaks kept); any other text is returned as it is."""
    if QtGui.mightBeRichText(text):
        return QtGui.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpacePre)
    return text
