"""Large interface at once, the Votes panel that cuts nothing, one vote count per card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from journey_studio.render.geometry import TextShape

from support import ROOT

pytestmark = pytest.mark.usefixtures("no_real_dialogs")


@pytest.fixture
def window(qtbot, open_windows, tmp_path):
    import shutil

    window = open_windows.open_path(shutil.copy(ROOT / "examples" / "banque-entrepreneuse.journey", tmp_path))  # a window locks its file
    qtbot.waitExposed(window)
    yield window
    from journey_studio.ui.interface_size import apply_interface_size

    apply_interface_size(QApplication.instance(), False)


def test_large_interface_applies_at_once_to_toolbar_docks_and_inspector(qtbot, window):
    acts = window.window_actions
    assert not acts.large_interface.isChecked()
    before = {w: w.font().pointSize() for w in (window.menuBar(), acts.toolbar, window.inspector,
                                                  window.card_palette)}
    width = window.inspector.width()
    acts.large_interface.trigger()
    assert acts.large_interface.isChecked()
    qtbot.waitUntil(lambda: all(w.font().pointSize() > size for w, size in before.items()))  # no restart
    assert acts.toolbar.iconSize().width() > 28
    qtbot.waitUntil(lambda: window.inspector.width() >= width)
    fields = window.inspector.findChildren(type(window.inspector.findChild(__import__(
        "PySide6.QtWidgets", fromlist=["QLineEdit"]).QLineEdit)))
    from journey_studio.ui.interface_size import interface_points

    assert fields and all(f.font().pointSizeF() == interface_points(True) for f in fields)
    acts.large_interface.trigger()
    qtbot.waitUntil(lambda: window.menuBar().font().pointSize() == before[window.menuBar()])


def test_votes_panel_wraps_card_text_instead_of_cutting_it(qtbot, window):
    tools = window.workshop
    for card in window.document.map.cards[:6]:
        window.document.vote(card.id, 2)
    tools.votes_panel.show()
    tools.votes_panel.raise_()
    tree = tools.votes_panel.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)
    qtbot.wait(50)
    metrics = tree.fontMetrics()
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        needed = metrics.boundingRect(QRect(0, 0, tree.columnWidth(1) - 12, 100_000),
                                      int(Qt.TextFlag.TextWordWrap), item.text(1)).height()
        assert tree.visualItemRect(item).height() >= needed, item.text(1)


def test_votes_hint_hides_while_voting_and_a_card_shows_its_count_once(qtbot, window):
    tools = window.workshop
    panel = tools.votes_panel
    for card in window.document.map.cards:
        if card.votes:
            window.document.vote(card.id, -card.votes)
    panel.show()
    assert panel.summary.isVisible() and "Dot Voting" in panel.summary.text()
    tools.dot_voting.trigger()
    assert not panel.summary.isVisible()
    card = window.document.map.cards[0]
    window.document.vote(card.id, 3)
    scene = window.view.map_scene
    box = next(c for c in scene.layout.cards if c.card_id == card.id)
    assert "3" not in [s.text for s in box.shapes if isinstance(s, TextShape)]  # no small count
    assert tools.vote_mode.badges[card.id].votes == 3  # only the big badge
    assert panel.summary.isVisible()  # now it counts the votes
    tools.dot_voting.trigger()
    box = next(c for c in scene.layout.cards if c.card_id == card.id)
    assert "3" in [s.text for s in box.shapes if isinstance(s, TextShape)]  # the footer count is back


def test_large_interface_widens_the_card_palette_instead_of_cutting_its_tiles(qtbot, open_windows, qapp):
    """French titles ("Processus internes") at 1.3 times the size: each tile is as wide as its
    text and icon need, and wholly inside the dock (no cut right edge)."""
    from journey_studio import i18n
    from journey_studio.ui.interface_size import apply_interface_size

    translators = i18n.install_translators(qapp, "fr")
    try:
        window = open_windows.new_map("classic", "fr")
        window.resize(1500, 950)  # docks beside the map, not the small screen's tabs
        qtbot.waitExposed(window)
        window.window_actions.large_interface.trigger()
        palette = window.card_palette
        qtbot.waitUntil(lambda: palette.tiles[0].font().pointSizeF() > 10)
        window.resizeDocks([palette], [120], Qt.Orientation.Horizontal)  # as narrow as it goes
        assert "Processus internes" in [t.text() for t in palette.tiles]

        def whole() -> bool:
            scroll = palette.widget()
            return all(t.width() >= t.sizeHint().width()
                       and t.mapTo(scroll, t.rect().topRight()).x() < scroll.viewport().width()
                       for t in palette.tiles)

        qtbot.waitUntil(whole)
    finally:
        apply_interface_size(qapp, False)
        i18n.remove_translators(qapp, translators)
