"""A read-only outline of a map (until the canvas editor replaces it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QTreeWidget, QTreeWidgetItem

from .. import APP_NAME
from ..model import Journey


class ViewerWindow(QMainWindow):
    def __init__(self, journey: Journey | None, path: str | None):
        super().__init__()
        self.setWindowTitle(f"{Path(path).name if path else 'Untitled'} — {APP_NAME}")
        tree = QTreeWidget()
        tree.setHeaderLabels(["Map"])
        if journey is not None:
            m = journey.map
            for stage in m.stages:
                stage_item = QTreeWidgetItem([stage.name or "(stage)"])
                tree.addTopLevelItem(stage_item)
                for step in stage.steps:
                    step_item = QTreeWidgetItem([step.name or "(step)"])
                    stage_item.addChild(step_item)
                    for card in m.cards:
                        if card.step == step.id:
                            step_item.addChild(QTreeWidgetItem([card.text]))
            tree.expandAll()
        self.setCentralWidget(tree)
        self.resize(900, 600)
