"""The window's workshop tools: View › Present (F5), View › Dot Voting and the Votes panel.

Built from the window in one call (``WorkshopTools(window)``) so the window and its action
table only need a line each. The actions are also added to the window itself, so their
shortcuts work in presentation mode, where the menus and toolbar are hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from ..canvas.vote_mode import VoteMode
from ..icons import action_icon
from .presentation import Presentation
from .votes_panel import VotesPanel

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class WorkshopTools:
    def __init__(self, window):
        self.window = window
        self.presentation = Presentation(window)
        self.vote_mode = VoteMode(window.view)
        self.votes_panel = VotesPanel(window.document, window.view.select_card, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.votes_panel)
        window.tabifyDockWidget(window.inspector, self.votes_panel)  # the panel's full height
        self.votes_panel.hide()

        self.present = QAction(action_icon("present"), translate("WorkshopTools", "&Present"), window)
        self.present.setShortcut(QKeySequence("F5"))
        self.present.setStatusTip(translate(
            "WorkshopTools", "Show the map full screen for the room, stage by stage (Esc leaves)"))
        self.present.setCheckable(True)
        self.present.triggered.connect(lambda _=False: self.presentation.toggle())
        self.presentation.toggled.connect(self.present.setChecked)

        self.dot_voting = QAction(action_icon("vote"), translate("WorkshopTools", "Dot &Voting"), window)
        self.dot_voting.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.dot_voting.setStatusTip(translate(
            "WorkshopTools", "Click a card to give it a vote; Shift+click or right-click takes one away"))
        self.dot_voting.setCheckable(True)
        self.dot_voting.toggled.connect(self.set_voting)

        self.show_votes = self.votes_panel.toggleViewAction()
        self.show_votes.setText(translate("WorkshopTools", "Vo&tes"))
        for action in (self.present, self.dot_voting):
            window.addAction(action)  # shortcuts keep working with the menu bar hidden
        self._add_to_menus(window)

    def _add_to_menus(self, window) -> None:
        acts = window.window_actions
        acts.present, acts.dot_voting, acts.show_votes = self.present, self.dot_voting, self.show_votes
        menu = getattr(acts, "view_menu", None)
        if menu is not None:
            menu.addSeparator()
            menu.addActions([self.present, self.dot_voting, self.show_votes])
        toolbar = getattr(acts, "toolbar", None)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addActions([self.dot_voting, self.present])
            self.present.setIconText(translate("WorkshopTools", "Present"))
            self.dot_voting.setIconText(translate("WorkshopTools", "Vote"))

    def set_voting(self, on: bool) -> None:
        self.vote_mode.set_on(on)
        if self.dot_voting.isChecked() != on:
            self.dot_voting.setChecked(on)
        if on and not self.presentation.is_on():
            self.votes_panel.show()
            self.votes_panel.raise_()
        self.window.statusBar().showMessage(
            translate("WorkshopTools", "Dot voting: click a card to add a vote, "
                                       "Shift+click or right-click to take one away")
            if on else translate("WorkshopTools", "Dot voting is off"), 8000)
