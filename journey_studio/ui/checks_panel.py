"""View › Checks: what a reviewer would point out, each linked to its place on the map.

The checks themselves are Qt-free (``review/map_checks.py``); this dock lists their findings,
goes to a finding's place on click, and lets each check be turned off (remembered).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox, QDockWidget, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSpinBox, QVBoxLayout, QWidget,
)

from ..canvas.selection import Selection
from ..review.map_checks import DEFAULT_MAX_AGE_DAYS, Finding, run_checks
from .localized import localized
from . import plain_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
SETTINGS_KEY = "checks/off"


def check_titles() -> dict[str, str]:
    return {
        "pain-without-opportunity": translate("ChecksPanel", "Pain point with no opportunity in its step"),
        "step-without-touchpoint": translate("ChecksPanel", "Step with no touchpoint"),
        "unexplained-drop": translate("ChecksPanel", "Emotion drop with no pain point"),
        "empty-stage": translate("ChecksPanel", "Empty stage"),
        "duplicate-card": translate("ChecksPanel", "Duplicate cards"),
        "empty-moment-of-truth": translate("ChecksPanel", "Moment of truth with no card"),
        "old-evidence": translate("ChecksPanel", "Evidence older than (days):"),
    }


class ChecksPanel(QDockWidget):
    def __init__(self, window):
        super().__init__(translate("ChecksPanel", "Checks"), window)
        self.setObjectName("checks")
        self.window = window
        off = QSettings().value(SETTINGS_KEY, [], list) or []
        self.boxes: dict[str, QCheckBox] = {}
        inner = QWidget()
        column = QVBoxLayout(inner)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.list.itemActivated.connect(self.go_to)
        self.list.itemClicked.connect(self.go_to)
        column.addWidget(self.summary)
        column.addWidget(self.list, 1)
        self.max_age = QSpinBox()
        self.max_age.setRange(1, 36_500)
        self.max_age.setValue(DEFAULT_MAX_AGE_DAYS)
        self.max_age.valueChanged.connect(lambda _v: self.refresh())
        for check, title in check_titles().items():
            box = QCheckBox(title)
            box.setChecked(check not in off)
            box.setToolTip(plain_text.escape_for_tooltip(title))
            box.toggled.connect(lambda _on: self._toggled())
            self.boxes[check] = box
            if check == "old-evidence":
                row = QHBoxLayout()
                row.addWidget(box)
                row.addWidget(self.max_age)
                column.addLayout(row)
            else:
                column.addWidget(box)
        self.setWidget(inner)
        window.document.changed.connect(lambda _changes: self.refresh())
        self.visibilityChanged.connect(lambda shown: shown and self.refresh())
        self.findings: list[Finding] = []

    def off(self) -> list[str]:
        return [check for check, box in self.boxes.items() if not box.isChecked()]

    def _toggled(self) -> None:
        QSettings().setValue(SETTINGS_KEY, self.off())
        self.refresh()

    def refresh(self) -> None:
        if self.isHidden():  # closed: nothing to keep up to date
            return
        self.findings = run_checks(self.window.document.map, off=self.off(), max_age_days=self.max_age.value())
        self.list.clear()
        titles = check_titles()
        old_evidence = translate("ChecksPanel", "Old evidence")  # the check box's title ends in a field label
        for finding in self.findings:
            title = old_evidence if finding.check == "old-evidence" else titles[finding.check]
            item = QListWidgetItem(f"{title}\n{localized(finding.message)}")
            item.setData(Qt.ItemDataRole.UserRole, finding)
            self.list.addItem(item)
        count = len(self.findings)
        found = self.tr("%n thing(s) to look at; click one to go there.", "", count)
        self.summary.setText(found if count else translate("ChecksPanel", "Nothing to point out."))

    def go_to(self, item: QListWidgetItem) -> None:
        finding: Finding = item.data(Qt.ItemDataRole.UserRole)
        if finding.kind == "card":
            selection = Selection.cards(finding.ids)
        elif finding.kind == "stage":
            selection = Selection.stage(finding.ids[0])
        elif finding.kind == "step":
            selection = Selection.step(finding.ids[0])
        else:
            selection = Selection.point(finding.ids[0], finding.ids[1])
        self.window.select_from_panel(selection)  # the list stays in front
        self._reveal(finding)

    def _reveal(self, finding: Finding) -> None:
        """Headers and points are not scrolled to by the view itself: centre on them."""
        scene = self.window.view.map_scene
        item = None
        if finding.kind == "stage":
            item = scene.stages.get(finding.ids[0])
        elif finding.kind == "step":
            item = scene.steps.get(finding.ids[0])
        elif finding.kind == "point":
            item = scene.points.get((finding.ids[0], finding.ids[1]))
        if item is not None:
            self.window.view.centerOn(item.sceneBoundingRect().center())


class ChecksTools:
    """Adds View › Checks to the window."""

    def __init__(self, window):
        self.panel = ChecksPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        window.tabifyDockWidget(window.inspector, self.panel)
        self.panel.hide()
        self.show_checks = self.panel.toggleViewAction()
        self.show_checks.setText(translate("ChecksTools", "Chec&ks"))
        self.show_checks.triggered.connect(lambda on: on and self.panel.raise_())
        view = getattr(window.window_actions, "view_menu", None)
        if view is not None:
            view.addAction(self.show_checks)
