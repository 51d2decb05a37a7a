"""The living map in the window: File › Data Sources… and File › Refresh Data.

A refresh reads every source again and applies the result as one undoable step; what
changed is listed ("Souscription · CSAT 71 % → 64 %"). A source that fails leaves the map as
it was and says why in one sentence. Database passwords are asked once per window (unless
the environment holds them) and never stored in the map.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit

from ..datasources import DataSourceError, compute_refresh
from ..datasources.tables import PASSWORD_ENV
from ..human_numbers import number
from ..i18n import interface_language
from ..messages import translate_message
from ..model import SourceKind
from . import plain_text

translate = QCoreApplication.translate


def map_folder(document) -> Path | None:
    return Path(document.path).resolve().parent if document.path else None


class LivingMapTools:
    def __init__(self, window):
        self.window = window
        self.passwords: dict[str, str] = {}  # per source id, for this window only
        self.data_sources = QAction(translate("LivingMapTools", "Data So&urces…"), window)
        self.data_sources.setStatusTip(translate(
            "LivingMapTools", "Link the map to survey and operations data (CSV, Excel, SQLite, SQL databases)"))
        self.data_sources.triggered.connect(self.edit_sources)
        self.refresh_action = QAction(translate("LivingMapTools", "Re&fresh Data"), window)
        self.refresh_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.refresh_action.setStatusTip(translate("LivingMapTools", "Read the map's data sources again"))
        self.refresh_action.triggered.connect(lambda _=False: self.refresh())
        actions = window.window_actions
        for action in (self.data_sources, self.refresh_action):
            actions.file_menu.insertAction(actions.import_export_separator, action)
        window.document.changed.connect(lambda _changes: self._update())
        self._update()

    def _update(self) -> None:
        self.refresh_action.setEnabled(bool(self.window.document.map.data_sources))

    def editing_actions(self) -> list[QAction]:
        return [self.data_sources, self.refresh_action]

    def edit_sources(self) -> None:
        from .data_sources_dialog import DataSourcesDialog

        dialog = DataSourcesDialog(self.window.document, map_folder(self.window.document), self.window)
        if dialog.exec() and dialog.refresh_wanted:
            self.refresh()

    def _ask_passwords(self) -> bool:
        for source in self.window.document.map.data_sources:
            if source.kind != SourceKind.SQL or source.id in self.passwords:
                continue
            if (source.password_env and os.environ.get(source.password_env)) or os.environ.get(PASSWORD_ENV):
                continue
            text, ok = plain_text.ask_text(
                self.window, translate("LivingMapTools", "Database password"),
                translate("LivingMapTools", "Password for {url} (empty if none; it is not saved in the map):")
                .format(url=source.url), QLineEdit.EchoMode.Password)
            if not ok:
                return False
            self.passwords[source.id] = text
        return True

    def refresh(self) -> list[str] | None:
        """Read the sources and apply what they give as one step; the lines of what changed,
        or None when nothing was applied (an error was shown, or the user cancelled)."""
        document = self.window.document
        if not document.map.data_sources or document.read_only or not self._ask_passwords():
            return None
        try:
            result = compute_refresh(document.journey, map_folder(document), self.passwords)
        except DataSourceError as exc:
            if "password" in str(exc).casefold() or "authentication" in str(exc).casefold():
                self.passwords.clear()  # asked again next time
            plain_text.warning(self.window, translate("LivingMapTools", "Refresh Data"),
                                translate("LivingMapTools", "{problem}\n\nThe map was not changed.")
                                .format(problem=str(exc)))
            return None
        lines = result.describe(document.map)
        lanes = {lane_id: (document.map.find_lane(lane_id).data, points) for lane_id, points in result.points.items()}
        try:
            document.set_data(document.map.data_sources, result.metrics, result.measures, lanes,
                              translate("LivingMapTools", "Refresh data"))
        except ValueError as exc:
            plain_text.warning(self.window, translate("LivingMapTools", "Refresh Data"), str(exc))
            return None
        self._report(lines, result)
        return lines

    def _report(self, lines: list[str], result) -> None:
        if not lines and not result.unmatched and not result.warnings:
            self.window.report(translate("LivingMapTools", "Data refreshed: nothing changed ({rows} rows read)")
                               .format(rows=number(result.rows_read, interface_language())))
            return
        shown = lines[:25] + ([translate("LivingMapTools", "… and {n} more").format(n=len(lines) - 25)]
                             if len(lines) > 25 else [])
        for source, values in result.unmatched.items():
            names = ", ".join(f"« {v} »" if self.window.document.map.language == "fr" else f"“{v}”"
                              for v in list(values)[:5])
            rows = sum(values.values())
            text = ("{source}: {rows} rows name no step of the map ({names})" if rows != 1
                    else "{source}: 1 row names no step of the map ({names})")
            shown.append(translate("LivingMapTools", text)
                         .format(source=source, rows=number(rows, interface_language()), names=names))
        shown += [translate_message(warning, interface_language()) for warning in result.warnings]
        self.window.report(translate("LivingMapTools", "Data refreshed: {n} changes").format(n=len(lines)))
        plain_text.information(self.window, translate("LivingMapTools", "Data refreshed"), "\n".join(shown))
