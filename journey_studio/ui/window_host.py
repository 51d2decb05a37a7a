"""The two narrow interfaces between an editor window, the application and the window's helpers.

``WindowHost`` is what a :class:`~journey_studio.ui.main_window.MainWindow` asks of the
application around it: open or create maps (in new windows), say that it closed, quit, and
the shared services (recent files, preferences, the autosave store). The real one is
:class:`journey_studio.app.Application`; a test builds a window alone with a stub of these
few methods. No module under ``ui/`` imports the application or keeps a list of windows.

``MapWindow`` is what the window's helpers (``actions``, ``import_export``, ``window_file``)
use of a window: its document, its host, its status bar and a few names. A window is also
the QWidget their dialogs are parented to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from ..document import Document
    from ..model import Journey, Language
    from ..storage.autosave import AutosaveStore
    from ..storage.disk_state import DiskState
    from ..storage.file_lock import MapFileLock
    from .preferences import Preferences
    from .recent_files import RecentFiles


class WindowHost(Protocol):
    recent_files: RecentFiles
    preferences: Preferences
    autosave_store: AutosaveStore | None  # None: windows do not autosave

    def new_map(self, template: str = "blank", language: Language | str = ...,
                replacing: Any = None) -> Any: ...

    def open_path(self, path: str, parent: Any = None, replacing: Any = None) -> Any: ...

    def import_path(self, path: str, parent: Any = None, replacing: Any = None) -> Any: ...

    def show_unsaved(self, journey: Journey, replacing: Any = None, *, source_name: str = "",
                     note: str = "") -> Any: ...

    def show_document(self, document: Document, replacing: Any = None, *,
                      lock: MapFileLock | None = None, disk_state: DiskState | None = None,
                      note: str = "") -> Any: ...

    def window_closed(self, window: Any) -> None: ...

    def preferences_changed(self) -> None: ...

    def quit(self) -> None: ...


class MapWindow(Protocol):
    document: Document
    host: WindowHost

    def report(self, message: str) -> None: ...

    def confirm(self, question: str) -> bool: ...

    def display_name(self) -> str: ...

    def suggested_file_name(self) -> str: ...

    def is_pristine(self) -> bool: ...

    def save_as(self) -> bool: ...

    def file_state_changed(self) -> None: ...
