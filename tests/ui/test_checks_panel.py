"""View › Checks in a real window: findings listed, a click goes there, a check can be turned off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journey_studio.ui.checks_panel import SETTINGS_KEY

from support import ROOT

pytestmark = pytest.mark.usefixtures("no_real_dialogs")


@pytest.fixture
def window(qtbot, open_windows, tmp_path):
    import shutil

    from PySide6.QtCore import QSettings
    QSettings().remove(SETTINGS_KEY)
    window = open_windows.open_path(shutil.copy(ROOT / "examples" / "banque-entrepreneuse.journey", tmp_path))
    qtbot.waitExposed(window)
    return window


def test_checks_list_findings_go_to_them_and_can_be_turned_off(window, qtbot):
    window.checks.show_checks.trigger()
    panel = window.checks.panel
    assert panel.isVisible()
    checks = [f.check for f in panel.findings]
    assert "pain-without-opportunity" in checks and panel.list.count() == len(checks)
    row = checks.index("pain-without-opportunity")
    item = panel.list.item(row)
    rect = panel.list.visualItemRect(item)
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.selected_card_ids() == panel.findings[row].ids
    panel.boxes["pain-without-opportunity"].click()
    assert "pain-without-opportunity" not in [f.check for f in panel.findings]
    # an edit that answers a finding makes it go away at once
    stage_finding = next(f for f in panel.findings if f.check == "step-without-touchpoint")
    lane = next(lane.id for lane in window.document.map.lanes if lane.kind == "touchpoints")
    window.document.add_card(stage_finding.ids[0], lane, "Relance par e-mail")
    assert stage_finding not in panel.findings


def test_the_summary_says_one_thing_or_several_in_english_and_in_french(window, qapp):
    from journey_studio import i18n

    window.checks.show_checks.trigger()
    panel = window.checks.panel
    several = len(panel.findings)
    assert several > 1

    def only_one(keep: bool) -> None:  # one finding left: the one step without a touchpoint
        for check, box in panel.boxes.items():
            box.setChecked(check == "step-without-touchpoint" or not keep)
        assert len(panel.findings) == (1 if keep else several)

    english = i18n.install_translators(qapp, "en")
    try:
        panel.refresh()
        assert panel.summary.text() == f"{several} things to look at; click one to go there."
        only_one(True)
        assert panel.summary.text() == "1 thing to look at; click it to go there."
    finally:
        i18n.remove_translators(qapp, english)
    french = i18n.install_translators(qapp, "fr")
    try:
        panel.refresh()
        assert panel.summary.text() == "1 point à examiner\u202f; cliquez dessus pour y aller."
        only_one(False)
        assert panel.summary.text() == f"{several} points à examiner\u202f; cliquez sur l’un d’eux pour y aller."
    finally:
        i18n.remove_translators(qapp, french)


def test_the_checks_list_stays_in_front_while_its_findings_are_clicked(window, qtbot):
    window.checks.show_checks.trigger()
    panel = window.checks.panel
    assert panel.list.count() >= 2 and _in_front(panel) and not _in_front(window.inspector)
    for row in (0, 1):
        rect = panel.list.visualItemRect(panel.list.item(row))
        QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.view.selection().kind.name != "NONE"  # selected on the map...
        assert _in_front(panel) and not _in_front(window.inspector)  # ...and the list still in front


def _in_front(dock) -> bool:
    """Whether a dock is the tab shown (a tab behind its neighbour is hidden)."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()
