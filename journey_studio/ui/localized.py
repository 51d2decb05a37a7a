"""Messages from the Qt-free code (file errors, lock notes, import and export warnings, export
limits) in the interface's language, at the moment they are shown (see :mod:`..messages`)."""

from __future__ import annotations

from ..i18n import interface_language
from ..messages import translate_message


def localized(message: object) -> str:
    """``message`` (an exception or an English text) as the interface says it."""
    return translate_message(str(message), interface_language())
