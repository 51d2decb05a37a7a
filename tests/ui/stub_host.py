"""A stand-in for the Application: what a MainWindow built alone in a test asks of its host."""

from __future__ import annotations

from journey_studio.ui.preferences import Preferences


class MemoryRecentFiles:
    def __init__(self):
        self.paths: list[str] = []

    def files(self) -> list[str]:
        return list(self.paths)

    def add(self, path: str) -> None:
        self.paths = [path] + [p for p in self.paths if p != path]

    def remove(self, path: str) -> None:
        self.paths = [p for p in self.paths if p != path]

    def clear(self) -> None:
        self.paths = []


class StubHost:
    """Records every request a window makes of its application; opens no window."""

    def __init__(self):
        self.recent_files = MemoryRecentFiles()
        self.preferences = Preferences()
        self.autosave_store = None
        self.requests: list[tuple] = []

    def _record(self, *request):
        self.requests.append(request)

    def new_map(self, template="blank", language="en", replacing=None):
        self._record("new_map", template, str(language), replacing)

    def open_path(self, path, parent=None, replacing=None):
        self._record("open_path", path, replacing)

    def import_path(self, path, parent=None, replacing=None):
        self._record("import_path", path, replacing)

    def show_unsaved(self, journey, replacing=None, **options):
        self._record("show_unsaved", journey.map.title, replacing)

    def show_document(self, document, replacing=None, **options):
        self._record("show_document", document.path, replacing)

    def window_closed(self, window):
        self._record("window_closed", window)

    def preferences_changed(self):
        self._record("preferences_changed")

    def quit(self):
        self._record("quit")
