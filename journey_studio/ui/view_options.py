"""View › Persona on the Map: show the persona band above the grid (remembered between sessions)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction

SETTING = "view/personaOnMap"


def persona_on_map_wanted() -> bool:
    return QSettings().value(SETTING, True, type=bool)


class PersonaOnMap:
    """A checkable action in the View menu that adds or removes the persona band on the canvas."""

    def __init__(self, window):
        self.window = window
        self.action = QAction(QCoreApplication.translate("PersonaOnMap", "Persona on the &Map"), window)
        self.action.setCheckable(True)
        self.action.setChecked(persona_on_map_wanted())
        self.action.setStatusTip(QCoreApplication.translate(
            "PersonaOnMap", "Show whose journey this is above the grid"))
        self.action.toggled.connect(self.set_shown)
        window.window_actions.view_menu.addAction(self.action)

    def set_shown(self, shown: bool) -> None:
        QSettings().setValue(SETTING, shown)
        scene = self.window.view.map_scene
        if scene.options.show_persona != shown:
            scene.options = replace(scene.options, show_persona=shown)
            scene.refresh()


EVIDENCE_SETTING = "view/evidence"


class EvidenceBars:
    """View › Evidence: under each step header, how many of its cards are backed by a source
    other than "assumption", so a team sees where the map is guesswork (remembered)."""

    def __init__(self, window):
        self.window = window
        self.action = QAction(QCoreApplication.translate("EvidenceBars", "Evi&dence"), window)
        self.action.setCheckable(True)
        self.action.setStatusTip(QCoreApplication.translate(
            "EvidenceBars", "A bar under each step: the share of its cards backed by evidence"))
        self.action.toggled.connect(self.set_shown)
        window.window_actions.view_menu.addAction(self.action)
        self.action.setChecked(QSettings().value(EVIDENCE_SETTING, False, type=bool))

    def set_shown(self, shown: bool) -> None:
        QSettings().setValue(EVIDENCE_SETTING, shown)
        scene = self.window.view.map_scene
        if scene.options.show_evidence != shown:
            scene.options = replace(scene.options, show_evidence=shown)
            scene.refresh()
