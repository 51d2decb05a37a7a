"""The window's workshop tools: View › Present (F5), View › Dot Voting, the Votes panel, and
File › Workshop (the participants' session, the timer).

Built from the window in one call (``WorkshopTools(window)``) so the window and its action
table only need a line each. The actions are also added to the window itself, so their
shortcuts work in presentation mode, where the menus and toolbar are hidden. Closing the
window (or the map) stops the participant server at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog

from .. import APP_NAME
from ..canvas.selection import Selection
from ..canvas.vote_mode import VoteMode
from ..icons import action_icon
from ..workshop.participants import DOTS_MAX
from .presentation import Presentation
from .votes_panel import VotesPanel
from .workshop_invite import InviteCorner, InvitePanel, InviteScreen
from .timer_spot import presentation_spot
from .timer_status import TimerStatus
from .workshop_timer import TimerBadge, WorkshopTimer
from . import plain_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class WorkshopTools(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.presentation = Presentation(window)
        self.vote_mode = VoteMode(window.view)
        self.votes_panel = VotesPanel(
            window.document, lambda card_id: window.select_from_panel(Selection.cards([card_id])), window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.votes_panel)
        window.tabifyDockWidget(window.inspector, self.votes_panel)  # the panel's full height
        self.votes_panel.hide()
        self.timer = WorkshopTimer(self)
        self.timer_badge = TimerBadge(self.timer, window.view)
        self.timer_badge.placer = self._timer_spot
        # in the editor the running countdown is said in the status bar, over no card
        self.timer_status = TimerStatus(self.timer_badge, window)
        window.statusBar().addPermanentWidget(self.timer_status)
        self.presentation.timer = self.timer
        self.session = None
        self.invite_panel: InvitePanel | None = None
        self.invite_screen: InviteScreen | None = None
        self.invite_corner = InviteCorner(window.view)
        self.presentation.toggled.connect(lambda _on: self._show_corner())
        # after the invite's corner: the timer keeps clear of it
        self.presentation.toggled.connect(self.timer_badge.set_presenting)
        self.presentation.toggled.connect(self.timer_status.set_presenting)
        self.presentation.moved.connect(self._place_timer)

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
        self._make_session_actions(window)
        for action in (self.present, self.dot_voting):
            window.addAction(action)  # shortcuts keep working with the menu bar hidden
        self._add_to_menus(window)
        window.installEventFilter(self)
        window.destroyed.connect(self._window_gone)
        self._update_actions()

    # --- actions -------------------------------------------------------------------------------
    def _make_session_actions(self, window) -> None:
        def action(text: str, slot, tip: str = "", checkable: bool = False) -> QAction:
            made = QAction(text, window)
            made.setStatusTip(tip)
            made.setCheckable(checkable)
            (made.toggled if checkable else made.triggered).connect(slot)
            return made

        self.invite = action(translate("WorkshopTools", "&Invite Participants…"), self.invite_participants,
                             translate("WorkshopTools", "Let people add notes and vote from their phones "
                                                        "on this network: shows a QR code and an address"))
        self.invite.setIcon(action_icon("vote"))
        self.show_invite = action(translate("WorkshopTools", "Show Invite &Full Screen"), self.show_invite_screen)
        self.pause = action(translate("WorkshopTools", "&Pause Contributions"),
                            lambda on: self.session and self.session.set_paused(on), checkable=True)
        self.add_notes = action(translate("WorkshopTools", "Participants &Add Notes"),
                                lambda: self.session and self.session.start_contributions())
        self.voting_round = action(translate("WorkshopTools", "Start a &Voting Round…"), self.start_voting_round)
        self.end_round = action(translate("WorkshopTools", "&End the Round"),
                                lambda: self.session and self.session.end_round())
        self.hide_cards = action(translate("WorkshopTools", "&Hide Selected Cards from Phones"), self.hide_selected)
        self.stop = action(translate("WorkshopTools", "&Stop the Session"), self.stop_session,
                           translate("WorkshopTools", "Stop the participant server: the phones' address stops working"))
        self.set_timer = action(translate("WorkshopTools", "Set &Timer…"), self.ask_timer)
        self.toggle_timer = action(translate("WorkshopTools", "Start / Pause Timer"), self.timer.toggle,
                                   translate("WorkshopTools", "In presentation mode, T starts and pauses the timer"))
        self.reset_timer = action(translate("WorkshopTools", "&Reset Timer"), self.timer.reset)
        self.session_actions = [self.show_invite, self.pause, self.add_notes, self.voting_round,
                                self.end_round, self.hide_cards, self.stop]

    def _add_to_menus(self, window) -> None:
        acts = window.window_actions
        acts.present, acts.dot_voting, acts.show_votes = self.present, self.dot_voting, self.show_votes
        acts.invite_participants = self.invite
        file_menu = getattr(acts, "file_menu", None)
        if file_menu is not None:
            menu = file_menu.__class__(translate("WorkshopTools", "Wor&kshop"), file_menu)
            menu.addActions([self.invite, self.show_invite])
            menu.addSeparator()
            menu.addActions([self.pause, self.add_notes, self.voting_round, self.end_round, self.hide_cards])
            menu.addSeparator()
            menu.addAction(self.stop)
            menu.addSeparator()
            menu.addActions([self.set_timer, self.toggle_timer, self.reset_timer])
            before = getattr(acts, "import_export_separator", None)
            file_menu.insertMenu(before, menu) if before is not None else file_menu.addMenu(menu)
            self.menu = menu
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

    def _update_actions(self) -> None:
        running = self.session is not None and self.session.running
        for action in self.session_actions:
            action.setEnabled(running)
        if running:
            self.pause.blockSignals(True)
            self.pause.setChecked(self.session.round.paused)
            self.pause.blockSignals(False)
        self.invite.setText(translate("WorkshopTools", "Show the &Invite…") if running
                            else translate("WorkshopTools", "&Invite Participants…"))
        self._show_corner()

    # --- the participants' session --------------------------------------------------------------
    def invite_participants(self) -> None:
        """Start the session (or show the running one): the invite in a dock and full screen."""
        if self.session is None or not self.session.running:
            from ..workshop.session import WorkshopSession

            if self.window.document.read_only:
                plain_text.information(self.window, APP_NAME, translate(
                    "WorkshopTools", "This map is open read-only: use Save As to run a workshop on your own copy."))
                return
            if self.session is None:
                self.session = WorkshopSession(self.window.document, self)
                self.session.state_changed.connect(self._update_actions)
                self.session.card_added.connect(self._card_added)
            try:
                self.session.start()
            except OSError as error:
                plain_text.warning(self.window, APP_NAME, translate(
                    "WorkshopTools", "The participant server could not start: {reason}").format(
                        reason=error.strerror or str(error)))
                return
            if self.invite_panel is None:
                self.invite_panel = InvitePanel(self.session, self.window)
                self.invite_panel.full_screen_requested.connect(self.show_invite_screen)
                self.invite_panel.stop.clicked.connect(self.stop_session)
                self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.invite_panel)
                self.window.tabifyDockWidget(self.window.inspector, self.invite_panel)  # full height
        self._update_actions()
        if not self.presentation.is_on():
            self.invite_panel.show()
            self.invite_panel.raise_()
        self.show_invite_screen()

    def show_invite_screen(self) -> None:
        if self.session is None or not self.session.running:
            return
        if self.invite_screen is not None:
            self.invite_screen.close()
        screen = InviteScreen(self.session.url(), self.window.document.map.title or APP_NAME)
        screen.destroyed.connect(lambda *_: setattr(self, "invite_screen", None))
        self.invite_screen = screen
        screen.show_on(self.window.screen())

    def start_voting_round(self) -> None:
        if self.session is None:
            return
        dots, ok = QInputDialog.getInt(
            self.window, translate("WorkshopTools", "Voting round"),
            translate("WorkshopTools", "Dots for each participant:"), self.session.round.dots, 1, DOTS_MAX)
        if ok:
            self.session.start_voting(dots)

    def hide_selected(self) -> None:
        if self.session is None:
            return
        ids = self.window.view.selected_card_ids()
        for card_id in ids:
            self.session.set_card_hidden(card_id, True)
        self.window.statusBar().showMessage(
            translate("WorkshopTools", "Hidden from the phones: {count} card(s); they stay on the map").format(
                count=len(ids)) if ids else translate("WorkshopTools", "Select the cards to hide first"), 6000)

    def stop_session(self) -> None:
        if self.session is not None:
            self.session.stop()
        if self.invite_screen is not None:
            self.invite_screen.close()
        if self.invite_panel is not None:
            self.invite_panel.hide()
        self._update_actions()

    def _card_added(self, _card_id: str, nickname: str) -> None:
        self.window.statusBar().showMessage(
            translate("WorkshopTools", "New note from {name}").format(name=nickname), 4000)

    def _show_corner(self) -> None:
        running = self.session is not None and self.session.running
        self.invite_corner.show_url(self.session.url() if running and self.presentation.is_on() else "")
        self._place_timer()

    def _window_gone(self, *_args) -> None:
        if self.session is not None:
            self.session.stop()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.window and event.type() == QEvent.Type.Close:
            # the window decides in its own closeEvent; stop the server once it has really closed
            QTimer.singleShot(0, self, self._stop_if_closed)
        return False

    def _stop_if_closed(self) -> None:
        if not self.window.isVisible():
            self.stop_session()

    # --- the timer ------------------------------------------------------------------------------
    def ask_timer(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self.window, translate("WorkshopTools", "Timer"), translate("WorkshopTools", "Minutes:"),
            max(1, round(self.timer.duration / 60)), 1, 180)
        if ok:
            self.timer.set_duration(minutes * 60)
            self.timer_badge.sync()
            self.window.statusBar().showMessage(translate(
                "WorkshopTools", "Timer set to {minutes} min: T starts it while presenting").format(
                    minutes=minutes), 8000)

    def _timer_spot(self, text: str):
        """Where the timer goes while presenting: clear of the stage on show and of the invite's code."""
        corner = self.invite_corner
        avoid = [corner.geometry()] if corner.isVisible() else []
        return presentation_spot(self.presentation, text, avoid)

    def _place_timer(self) -> None:
        if self.timer_badge.isVisible():
            self.timer_badge.place()

    # --- dot voting in the editor ---------------------------------------------------------------
    def set_voting(self, on: bool) -> None:
        self.vote_mode.set_on(on)
        if self.dot_voting.isChecked() != on:
            self.dot_voting.setChecked(on)
        self.votes_panel.set_voting(on)
        if on and not self.presentation.is_on():
            self.votes_panel.show()
            self.votes_panel.raise_()
        self.window.statusBar().showMessage(
            translate("WorkshopTools", "Dot voting: click a card to add a vote, "
                                       "Shift+click or right-click to take one away")
            if on else translate("WorkshopTools", "Dot voting is off"), 8000)


