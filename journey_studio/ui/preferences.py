"""The user's preferences, read and written in one place (QSettings keys and defaults).

``backups/keep`` (keep the previous version of a map on save, on by default),
``autosave/intervalSeconds`` (0 is off; 30 s by default) and ``interface/language``
(read at start-up by :func:`journey_studio.i18n.chosen_language`). The large interface
lives in :mod:`.interface_size` and is shown in the dialog too.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings

from .. import i18n
from ..storage.autosave_timer import DEFAULT_INTERVAL_S

KEEP_BACKUPS = "backups/keep"
AUTOSAVE_INTERVAL = "autosave/intervalSeconds"
LANGUAGE = i18n.SETTING

#: What the autosave menu offers: seconds and their label (0: never).
#: The labels are English; show them through translate("Preferences", label).
AUTOSAVE_CHOICES: list[tuple[int, str]] = [
    (0, QT_TRANSLATE_NOOP("Preferences", "Off")),
    (10, QT_TRANSLATE_NOOP("Preferences", "Every 10 seconds")),
    (30, QT_TRANSLATE_NOOP("Preferences", "Every 30 seconds")),
    (60, QT_TRANSLATE_NOOP("Preferences", "Every minute")),
    (120, QT_TRANSLATE_NOOP("Preferences", "Every 2 minutes")),
    (300, QT_TRANSLATE_NOOP("Preferences", "Every 5 minutes")),
    (600, QT_TRANSLATE_NOOP("Preferences", "Every 10 minutes")),
]


def _flag(value) -> bool:
    return value in (True, "true", "1", 1)


def keep_backups() -> bool:
    return _flag(QSettings().value(KEEP_BACKUPS, True))


def set_keep_backups(on: bool) -> None:
    QSettings().setValue(KEEP_BACKUPS, bool(on))


def autosave_interval_s() -> int:
    """Seconds between autosaves; 0 when autosave is off. A damaged value gives the default."""
    try:
        seconds = int(QSettings().value(AUTOSAVE_INTERVAL, DEFAULT_INTERVAL_S))
    except (TypeError, ValueError):
        return DEFAULT_INTERVAL_S
    return seconds if seconds == 0 or 5 <= seconds <= 3600 else DEFAULT_INTERVAL_S


def set_autosave_interval_s(seconds: int) -> None:
    QSettings().setValue(AUTOSAVE_INTERVAL, int(seconds))


def language_setting() -> str:
    """The chosen interface language ("en", "fr"), or "" to follow the system."""
    value = QSettings().value(LANGUAGE, "", type=str)
    return value if value in i18n.LANGUAGES else ""


def set_language(language: str) -> None:
    if language:
        QSettings().setValue(LANGUAGE, language)
    else:
        QSettings().remove(LANGUAGE)


class Preferences:
    """The preferences a window reads, as the Application hands them to it (a test may pass its own)."""

    def keep_backups(self) -> bool:
        return keep_backups()

    def autosave_interval_s(self) -> int:
        return autosave_interval_s()
