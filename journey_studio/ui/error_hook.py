"""A last safety net: an unexpected error shows a friendly dialog and is logged, the app goes on.

The full traceback goes to the log file (``journey-studio.log`` in the application's data
folder) and behind the dialog's "Show Details…" button, never in front of the user.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME
from . import plain_text

log = logging.getLogger("journey_studio")
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def log_file() -> Path | None:
    """``journey-studio.log`` in the application's data folder (beside backups and autosaves)."""
    from ..storage.app_dirs import data_dir

    try:
        return data_dir() / "journey-studio.log"
    except OSError:
        return None


def setup_logging() -> None:
    path = log_file()
    if path is not None and not any(isinstance(h, logging.FileHandler) for h in log.handlers):
        try:
            handler = logging.FileHandler(path, encoding="utf-8")
        except OSError:
            return
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)


class ErrorHook:
    """``sys.excepthook`` while the editor runs (the Application keeps it): log, then one dialog
    at a time (an error raised while the dialog is up is only logged)."""

    def __init__(self):
        self.showing = False

    def __call__(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("Unexpected error\n%s", details)
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        try:
            show_error_dialog(details)
        finally:
            self.showing = False


def show_error_dialog(details: str) -> None:
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(translate("ErrorHook", "Something went wrong inside Journey Studio."))
    where = log_file()
    advice = translate("ErrorHook", "The last action may not have finished. Your map is still open: "
                                    "save it under a new name to be safe.")
    if where:
        advice += "\n\n" + translate("ErrorHook", "The details were written to {path}.").format(path=where)
    box.setInformativeText(advice)
    box.setDetailedText(details)
    plain_text.make_plain(box)  # the log's path may hold any character
    box.exec()


def install() -> ErrorHook:
    """Log to the log file and catch what nothing else caught; the caller keeps the hook."""
    setup_logging()
    hook = ErrorHook()
    sys.excepthook = hook
    return hook
