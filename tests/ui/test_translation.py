"""The interface in French: menus and dialogs translated, the catalogue complete and compiled."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from journey_studio import i18n
from journey_studio.document import Document
from journey_studio.templates import new_journey
from journey_studio.ui.export_dialog import ExportDialog
from journey_studio.ui.persona_panel import PersonaPanel
from journey_studio.ui.votes_panel import VotesPanel

from support import ROOT

pytestmark = pytest.mark.usefixtures("no_real_dialogs")

TS = ROOT / "resources" / "i18n" / "journey_studio_fr.ts"
QM = ROOT / "resources" / "i18n" / "journey_studio_fr.qm"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@pytest.fixture
def french(qapp):
    translators = i18n.install_translators(qapp, "fr")
    assert translators, "resources/i18n/journey_studio_fr.qm did not load"
    yield
    i18n.remove_translators(qapp, translators)


def _messages():
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            yield context.findtext("name"), message.findtext("source"), translation


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_main_window_menus_are_french(qtbot, open_windows, french):
    window = open_windows.new_map("classic", "fr")
    titles = [title.replace("&", "") for title in _menu_titles(window)]
    assert titles == ["Fichier", "Édition", "Insérer", "Affichage", "Aide"]
    assert window.inspector.windowTitle() == "Inspecteur"
    assert window.inspector.heading.text() == "Parcours"  # nothing selected: the map's form


def _accelerator(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def test_french_menus_have_no_clashing_accelerators(qtbot, open_windows, french):
    window = open_windows.new_map("classic", "fr")
    menus = [window.menuBar()] + [action.menu() for action in window.menuBar().actions()]
    for menu in menus:
        keys = [_accelerator(action.text()) for action in menu.actions() if action.text()]
        keys = [key for key in keys if key]
        assert len(keys) == len(set(keys)), [action.text() for action in menu.actions()]


def test_english_menus_have_no_clashing_accelerators(qtbot, open_windows):
    """Alt+V, L once meant both Lanes and Large Interface: no two items of a menu share a key."""
    window = open_windows.new_map("classic", "en")
    menus = [window.menuBar()] + [action.menu() for action in window.menuBar().actions()]
    for menu in menus:
        keys = [_accelerator(action.text()) for action in menu.actions() if action.text()]
        keys = [key for key in keys if key]
        assert len(keys) == len(set(keys)), [action.text() for action in menu.actions()]


def test_main_window_is_english_without_translators(qtbot, open_windows):
    window = open_windows.new_map("classic", "en")
    assert [t.replace("&", "") for t in _menu_titles(window)][:2] == ["File", "Edit"]
    assert window.inspector.windowTitle() == "Inspector"


def test_dialogs_and_panels_are_french(qtbot, french):
    document = Document.from_journey(new_journey("classic", "fr"), None)
    dialog = ExportDialog(document.journey)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Exporter"
    assert dialog.export_button.text() == "Exporter…"
    assert dialog.pdf_radio.text() == "Document PDF"
    # Qt's own buttons come from qtbase_fr.qm
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    panel = PersonaPanel(document)
    qtbot.addWidget(panel)
    assert panel.choose.text() == "Choisir une photo…"
    votes = VotesPanel(document, lambda card_id: None)
    qtbot.addWidget(votes)
    assert votes.clear_button.text() == "Effacer tous les votes"


def test_plurals_follow_french_rules(french):
    assert i18n.plural(0, "{count} carte", "{count} cartes") == "0 carte"
    assert i18n.plural(2, "{count} carte", "{count} cartes") == "2 cartes"


def test_plurals_follow_english_rules():
    assert i18n.interface_language() == "en"
    assert i18n.plural(0, "{count} card", "{count} cards") == "0 cards"
    assert i18n.plural(1, "{count} card", "{count} cards") == "1 card"


def test_every_message_is_translated_with_the_same_placeholders():
    messages = list(_messages())
    assert len(messages) > 150
    for context, source, translation in messages:
        assert translation is not None and translation.get("type") is None, (context, source)
        forms = translation.findall("numerusform")
        if forms:  # a plural message: French has two forms, each written
            assert len(forms) == 2 and all((f.text or "").strip() for f in forms), (context, source)
            continue
        text = (translation.text or "").strip()
        assert text, (context, source)
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (context, source, text)
        if "&" in source and "&" in text.replace("&&", ""):
            assert text.count("&") == source.count("&"), (context, source, text)


def test_every_message_in_the_code_is_in_the_catalogue(tmp_path):
    """lupdate over the package now gives no message the committed .ts lacks."""
    lupdate = _tool("pyside6-lupdate")
    files = sorted(str(p) for p in (ROOT / "journey_studio").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *files, "-locations", "none", "-ts", str(fresh)], check=True,
                   capture_output=True)
    in_code = {(c.findtext("name"), m.findtext("source"))
               for c in ET.parse(fresh).getroot().iter("context") for m in c.iter("message")}
    committed = {(context, source) for context, source, _ in _messages()}
    assert in_code - committed == set(), "run tools/update_translations.py"
    assert committed - in_code == set(), "run tools/update_translations.py"


def test_compiled_catalogue_is_up_to_date(tmp_path):
    lrelease = _tool("pyside6-lrelease")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run tools/update_translations.py"


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_translators_removed_leave_english(qapp):
    translators = i18n.install_translators(qapp, "fr")
    assert QApplication.translate("ExportDialog", "Export") == "Exporter"
    i18n.remove_translators(qapp, translators)
    assert QApplication.translate("ExportDialog", "Export") == "Export"
