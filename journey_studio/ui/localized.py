"""Messages from the Qt-free code (file errors, lock notes, import and export warnings, export
limits) in the interface's language, at the moment they are shown (see :mod:`..messages`)."""

from __future__ import annotations

import errno

from ..fileformat.atomic import os_error_reason
from ..i18n import interface_language
from ..messages import translate_message


def localized(message: object) -> str:
    """``message`` (an exception or an English text) as the interface says it; an error of the
    operating system as its file and a reason a person reads ("the disk is full"), not
    Python's "[Errno 28] No space left on device: 'x'"."""
    if isinstance(message, OSError) and message.errno is not None:
        # a missing file (when reading) or folder (when writing): the error does not say which
        reason = "no such file or folder" if message.errno == errno.ENOENT else os_error_reason(message)
        message = f"{message.filename}: {reason}" if message.filename else reason
    return translate_message(str(message), interface_language())
