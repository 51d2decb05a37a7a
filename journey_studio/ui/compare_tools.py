"""File › Compare With… and File › Merge Changes From… in the window.

Compare shows, on the map, what differs from another version (a copy that came back by
e-mail, a backup from the data folder), and lists it in the Compare dock; the marks follow
the map while it is edited. Merge combines another copy into the open map as ONE undoable
step (:meth:`Document.replace_content`), using the version both copies recorded; the marks
then show what the merge brought, and each conflict is settled in the Resolve list. Settling
one merges again with that choice and applies only what the choice changes, as its own undo
step, so edits made since the merge are kept. The Resolve list follows the undo stack
(:mod:`.merge_session`): undoing the merge empties it, a redo brings it back. A file that is
another map (another map id) is merged only after the user says so, and a comparison with
one says that it is another map.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QUrl, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..canvas.compare_overlay import CompareOverlay
from ..canvas.selection import Selection
from ..compare.base_view import FullBase
from ..compare.diff import Difference, diff
from ..compare.merge import Conflict, MergeError, MergeResult, base_view, merge_with
from ..compare.parts import split
from ..compare.wording import one_line
from ..fileformat import JourneyFileError, SUFFIX
from ..fileformat.readers import read_any
from ..model import Journey
from .compare_panel import ComparePanel
from . import plain_text
from .merge_session import MergeSession, ResolveState

translate = QCoreApplication.translate


#: the pause in editing after which the comparison follows the map (ms)
REFRESH_MS = 150


class CompareTools:
    def __init__(self, window):
        self.window = window
        self.document = window.document
        self.overlay = CompareOverlay(window.view.map_scene)
        self.panel = ComparePanel(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        window.tabifyDockWidget(window.inspector, self.panel)  # a tab beside the inspector
        self.panel.hide()
        self.panel.difference_clicked.connect(self.show_difference)
        self.panel.conflict_clicked.connect(self.show_conflict)
        self.panel.resolve_requested.connect(self.resolve)
        self.panel.close_requested.connect(self.close_comparison)
        self.other: Journey | None = None
        self.label = ""
        self.session: MergeSession | None = None
        self._shown: ResolveState | None = None  # the session's state the Resolve list shows
        self.compare_action = QAction(translate("CompareTools", "Co&mpare With…"), window)
        self.compare_action.setStatusTip(translate(
            "CompareTools", "Show on the map what differs from another copy or a backup of this map"))
        self.compare_action.triggered.connect(lambda _=False: self.compare_dialog())
        self.merge_action = QAction(translate("CompareTools", "Merge C&hanges From…"), window)
        self.merge_action.setStatusTip(translate(
            "CompareTools", "Bring the changes of another copy of this map into it (one undo step)"))
        self.merge_action.triggered.connect(lambda _=False: self.merge_dialog())
        actions = window.window_actions
        for action in (self.compare_action, self.merge_action):
            actions.file_menu.insertAction(actions.import_export_separator, action)
        # The marks follow the map as it is edited, once the edits pause: a diff of the whole map
        # (tens of ms on a large one) at every keystroke would make typing lag.
        self._refresh = QTimer(window)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self.refresh_now)
        self.document.changed.connect(self._document_changed)

    def editing_actions(self) -> list[QAction]:
        return [self.merge_action]

    # --- choosing a file --------------------------------------------------------------------
    def _pick(self, title: str) -> str | None:
        dialog = QFileDialog(self.window, title)
        dialog.setNameFilter(translate("CompareTools", "Journey maps (*{suffix} *.bak);;All files (*)")
                             .format(suffix=SUFFIX))
        if self.document.path:
            dialog.setDirectory(str(Path(self.document.path).parent))
        from ..storage.app_dirs import backups_dir

        dialog.setSidebarUrls([*dialog.sidebarUrls(), QUrl.fromLocalFile(str(backups_dir()))])
        return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else None

    def _read(self, path: str) -> Journey | None:
        try:
            if path.endswith(".bak"):  # a backup is a .journey file under another name
                from ..fileformat import load

                return load(path)
            return read_any(path)
        except JourneyFileError as exc:
            plain_text.warning(self.window, translate("CompareTools", "Compare"), str(exc))
            return None

    # --- compare ----------------------------------------------------------------------------
    def compare_dialog(self) -> None:
        path = self._pick(translate("CompareTools", "Compare With"))
        if path:
            self.compare_with(path)

    def compare_with(self, path: str) -> list[Difference] | None:
        other = self._read(path)
        if other is None:
            return None
        self._end_session()
        name = Path(path).name
        label = translate("CompareTools", "Compared with {name}. The marks show what changed in this map "
                          "since {name}.").format(name=name)
        if not self._same_map(other):
            label += "\n" + self._another_map(name, other)
        return self.show_comparison(other, label)

    def _same_map(self, other: Journey) -> bool:
        return other.map.id == self.document.map.id

    def _another_map(self, name: str, other: Journey) -> str:
        title = one_line(other.map.title)
        return translate("CompareTools", "{name} is another map (“{title}”), not a copy of this one.").format(
            name=name, title=title)

    def show_comparison(self, other: Journey, label: str) -> list[Difference]:
        self.other, self.label = other, label
        differences = diff(other, self.document.journey)
        self.overlay.show(differences, other)
        self.panel.show_differences(differences, self._title(differences))
        self.panel.show()
        self.panel.raise_()
        return differences

    def _title(self, differences: list[Difference]) -> str:
        count = translate("CompareTools", "Differences: {n}").format(n=len(differences))
        return f"{self.label}\n{count}"

    def _document_changed(self, _changes) -> None:
        if self.other is not None:
            self._refresh.start()  # (again: the diff waits for a pause in the edits)
        if self.session is not None:
            self._follow_session()

    def refresh_now(self) -> None:
        """The marks and the list follow the map as it is now (pending edits included)."""
        self._refresh.stop()
        if self.other is not None:
            differences = diff(self.other, self.document.journey)
            self.overlay.follow(differences)
            self.panel.show_differences(differences, self._title(differences))

    def close_comparison(self) -> None:
        self._refresh.stop()
        self.other = None
        self._end_session()
        self.overlay.clear()
        self.panel.hide()

    def show_difference(self, difference: Difference) -> None:
        """Select the element the difference names and bring it (or its mark) into view."""
        if self._refresh.isActive():  # clicked before the list caught up with the last edits
            self.refresh_now()
        view = self.window.view
        kind, key = difference.kind, difference.key
        element_id = difference.id
        selection = None
        m = self.document.map
        if kind == "card" and m.find_card(element_id):
            selection = Selection.cards([element_id])
        elif kind == "stage" and m.find_stage(element_id):
            selection = Selection.stage(element_id)
        elif kind == "step" and element_id in m.step_ids():
            selection = Selection.step(element_id)
        elif kind == "lane" and m.find_lane(element_id):
            selection = Selection.lane(element_id)
        elif kind == "point":
            lane_id, step_id = element_id.split("/", 1)
            if (lane_id, step_id) in view.map_scene.points:
                selection = Selection.point(lane_id, step_id)
        if selection is not None:
            self.window.select_from_panel(selection)  # the list of differences stays in front
        mark = self.overlay.mark_of(key)
        if mark is not None and selection is None:
            view.ensureVisible(mark.sceneBoundingRect(), 80, 80)
        elif kind in ("persona", "map"):
            self.window.report(difference.text)

    def show_conflict(self, conflict: Conflict) -> None:
        match = next((d for d in self.overlay.differences if d.key == conflict.key), None)
        self.show_difference(match or Difference("changed", conflict.kind, conflict.key, conflict.message))

    # --- merge ------------------------------------------------------------------------------
    def merge_dialog(self) -> None:
        path = self._pick(translate("CompareTools", "Merge Changes From"))
        if path:
            self.merge_from(path)

    def merge_from(self, path: str, keep_both: bool | None = None,
                   another_map: bool | None = None) -> MergeResult | None:
        """Merge the copy at ``path`` into the open map; ``keep_both`` None asks when needed, and
        ``another_map`` None asks before merging a file that is another map (True merges it)."""
        theirs = self._read(path)
        if theirs is None or self.document.read_only:
            return None
        name = Path(path).name
        if not self._same_map(theirs):
            if another_map is None:
                answer = plain_text.question(
                    self.window, translate("CompareTools", "Merge Changes"),
                    self._another_map(name, theirs) + "\n\n" + translate(
                        "CompareTools", "Merging it would mix the two maps. Merge anyway?"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
                another_map = answer == QMessageBox.StandardButton.Yes
            if not another_map:
                return None
        before = self.document.journey.model_copy(deep=True)
        view = base_view(None, before, theirs)
        if not view.known and keep_both is None:
            answer = plain_text.question(
                self.window, translate("CompareTools", "Merge Changes"),
                translate("CompareTools", "{name} and this map share no saved version, so it cannot be told "
                          "which side changed what.\n\nKeep both versions of each card that differs? "
                          "(No: keep this map's version; every difference is listed to resolve.)")
                .format(name=name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                return None
            keep_both = answer == QMessageBox.StandardButton.Yes
        try:
            result = merge_with(view, before, theirs, keep_both=bool(keep_both))
            self.document.replace_content(result.journey, translate("CompareTools", "Merge changes from {name}")
                                          .format(name=name))
        except (MergeError, ValueError) as exc:
            plain_text.warning(self.window, translate("CompareTools", "Merge Changes"),
                                translate("CompareTools", "{problem}\n\nThe map was not changed.").format(problem=exc))
            return None
        self.session = MergeSession(self.document.undo_stack, name, view, before, theirs, bool(keep_both), result)
        self.show_comparison(before, translate("CompareTools", "Merged {name} ({base}). The marks show what "
                                               "the merge changed.").format(name=name, base=result.base))
        self._show_state(self.session.current())
        self.window.report(translate("CompareTools", "Merged {name}; conflicts: {n}").format(
            name=name, n=len(result.conflicts)))
        return result

    def resolve(self, conflict_id: str, choice: str) -> None:
        """Settle one conflict: merge again with the choice, apply only what it changes."""
        session = self.session
        if session is None or self.document.read_only:
            return
        state = session.current()
        if state is None:  # the merge is undone: there is nothing to settle on this map
            self._follow_session()
            return
        choices = {**state.choices, conflict_id: choice}
        try:
            again = merge_with(session.view, session.before, session.theirs, choices=choices,
                               keep_both=session.keep_both)
            on_top = merge_with(FullBase(split(state.result.journey)), self.document.journey, again.journey)
            self.document.replace_content(on_top.journey, translate("CompareTools", "Resolve conflict"))
        except (MergeError, ValueError) as exc:
            plain_text.warning(self.window, translate("CompareTools", "Resolve"), str(exc))
            return
        session.record(ResolveState(again, choices))
        self._show_state(session.current())

    # --- the Resolve list follows the undo stack ---------------------------------------------
    def _follow_session(self) -> None:
        session = self.session
        state = session.current()
        if state is None and session.gone():  # an edit replaced the undone merge on the stack
            self._end_session()
            self.panel.show_note(translate("CompareTools", "The merge of {name} was undone.")
                                 .format(name=session.name))
        elif state is self._shown:
            return
        elif state is None:
            self._show_state(None)
            self.window.report(translate("CompareTools", "Merge of {name} undone; its conflicts are "
                                         "closed").format(name=session.name))
        else:
            redone = self._shown is None
            self._show_state(state)  # (its current conflict is shown on the map, and in the status bar)
            if redone:
                self.window.report(translate("CompareTools", "Merge of {name} redone; conflicts: {n}").format(
                    name=session.name, n=len(state.result.conflicts)))

    def _show_state(self, state: ResolveState | None) -> None:
        self._shown = state
        if state is None:
            self.panel.show_conflicts([])
            if self.session is not None:
                self.panel.show_note(translate("CompareTools", "The merge of {name} is undone: there is "
                                               "nothing to resolve. Redo brings its conflicts back.")
                                     .format(name=self.session.name))
        else:
            self.panel.show_conflicts(state.result.conflicts)

    def _end_session(self) -> None:
        self.session, self._shown = None, None
        self.panel.show_conflicts([])
