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
