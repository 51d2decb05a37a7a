"""French all the way through: every widget of the main window, every menu, the dialogs, Qt's own
dialogs, the start screen, undo labels and messages, walked in the French interface; any text
that is one of the interface's English strings (or holds an English-only word) fails."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QDoubleSpinBox, QFileDialog, QGroupBox, QLabel, QLineEdit, QMenu,
    QMessageBox, QSpinBox, QTabBar, QTreeView, QWidget,
)

from support import ROOT
from journey_studio import i18n
from journey_studio.document import Document
from journey_studio.templates import new_journey
from journey_studio.ui import file_dialogs, windows
from journey_studio.ui.data_sources_dialog import DataSourcesDialog
from journey_studio.ui.export_dialog import ExportDialog
from journey_studio.ui.localized import localized
from journey_studio.ui.preferences_dialog import PreferencesDialog
from journey_studio.ui.start_window import StartWindow
from journey_studio.ui.template_actions import SaveTemplateDialog

TS = ROOT / "resources" / "i18n" / "journey_studio_fr.ts"
#: words of Qt's and our English interface that never belong in a French screen
ENGLISH_WORDS = re.compile(r"\b(Undo|Redo|Cancel|Look in|Files of type|File name|DPI|process|"
                           r"Untitled|Discard|Apply|Close|Open|Save|Delete|Yes|No|Back|Forward|"
                           r"Detail View|List View|Create New Folder|cards?|stages?|lanes?)\b")


def _normal(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip("…:").strip()


def _english_strings():
    """The interface's English sources whose French differs: exact texts, and patterns for
    those with {placeholders}."""
    exact, patterns = set(), []
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        french = message.findtext("translation") or ""
        if _normal(source) == _normal(french) or len(_normal(source)) < 3:
            continue
        if "{" in source:
            parts = re.split(r"\{\w+\}", _normal(source))
            if sum(len(p.strip()) for p in parts) >= 6:
                patterns.append(re.compile(".+?".join(re.escape(p) for p in parts) + r"\Z"))
        else:
            exact.add(_normal(source))
    return exact, patterns


EXACT, PATTERNS = _english_strings()


def _texts_of(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.statusTip(), widget.whatsThis()]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        texts += [widget.prefix(), widget.suffix()]
    if isinstance(widget, QGroupBox):
        texts.append(QGroupBox.title(widget))  # a subclass may name an attribute "title"
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QTreeView) and widget.model() is not None:
        model = widget.model()
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    for action in widget.actions():
        texts += [action.text(), action.toolTip(), action.statusTip()]
        if action.menu():
            texts += _menu_texts(action.menu())
    return texts


def _menu_texts(menu: QMenu, seen=None) -> list[str]:
    seen = seen if seen is not None else set()
    if id(menu) in seen:
        return []
    seen.add(id(menu))
    menu.aboutToShow.emit()  # menus filled when shown (recent maps, templates)
    texts = [menu.title()]
    for action in menu.actions():
        texts += [action.text(), action.statusTip()]
        if action.menu():
            texts += _menu_texts(action.menu(), seen)
    return texts


def _walk(root: QWidget) -> list[str]:
    texts = _texts_of(root)
    for child in root.findChildren(QWidget):
        texts += _texts_of(child)
    return texts


def _english_in(texts) -> list[str]:
    found = []
    for text in texts:
        for line in (text or "").splitlines():
            normal = _normal(line)
            if not normal:
                continue
            if (normal in EXACT or any(p.match(normal) for p in PATTERNS)
                    or ENGLISH_WORDS.search(normal.replace("Journey Studio", ""))):
                found.append(line)
    return sorted(set(found))


@pytest.fixture
def french(qapp):
    translators = i18n.install_translators(qapp, "fr")
    yield
    i18n.remove_translators(qapp, translators)


def test_the_list_of_english_strings_is_real():
    assert len(EXACT) > 150 and "Export the map as an image" in EXACT
    assert _english_in(["Annuler Modifier la carte", "&Fichier"]) == []
    assert _english_in(["&Undo Move card", "192 DPI", "Clear E&xamples"]) == [
        "&Undo Move card", "192 DPI", "Clear E&xamples"]


def test_main_window_menus_docks_and_toolbar_are_french(qtbot, open_windows, french):
    window = open_windows.new_map("mobile-plan", "fr")
    document = window.document
    document.update_card(document.map.cards[0].id, text="Compare trois offres")
    window.window_actions.clear_examples.trigger()  # a status-bar message
    for key in type(window.inspector.forms).TYPES:  # the inspector builds its forms on first use
        window.inspector.forms[key]
    window.persona_panel()  # made when its tab first shows
    texts = _walk(window) + [window.statusBar().currentMessage()]
    texts += [window.window_actions.undo.text()]
    assert window.window_actions.undo.text() == "&Annuler Effacer les exemples"
    for action in window.menuBar().actions():
        texts += _menu_texts(action.menu())
    assert _english_in(texts) == []
    document.undo_stack.undo()
    assert window.window_actions.redo.text() == "&Rétablir Effacer les exemples"
    document.move_cards([document.map.cards[0].id, document.map.cards[1].id],
                        document.map.step_ids()[0], document.map.lanes[0].id)
    assert _english_in([window.window_actions.undo.text()]) == []


def test_our_dialogs_and_the_start_screen_are_french(qtbot, open_windows, french):
    journey = new_journey("hotel-stay", "fr")
    document = Document.from_journey(journey, None)
    dialogs: list[QWidget] = [ExportDialog(document.journey), PreferencesDialog(),
                              SaveTemplateDialog("Séjour", True), StartWindow(open_windows),
                              file_dialogs.RecoveryDialog([file_dialogs.RecoverableMap(
                                  "", __import__("datetime").datetime.now(), None)]),
                              DataSourcesDialog(document, None)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    texts = [text for dialog in dialogs for text in _walk(dialog)]
    assert _english_in(texts) == []


def test_qts_own_dialogs_and_our_message_boxes_are_french(qtbot, monkeypatch, french):
    file_dialog = QFileDialog(None, "Ouvrir")
    file_dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(file_dialog)
    texts = [_normal(t) for t in _walk(file_dialog)]
    assert "Regarder dans" in texts and "Fichiers de type" in texts and "Nom de fichier" in texts
    assert _english_in(texts) == []
    boxes = []

    def capture(box):
        boxes.append(_walk(box))
        return 0
    monkeypatch.setattr(QMessageBox, "exec", capture)
    holder = windows._holder_name(type("Lock", (), {"holder": None})())
    file_dialogs.ask_file_locked(None, "plan.journey", holder)
    file_dialogs.ask_changed_on_disk(None, "plan.journey")
    file_dialogs.ask_save_failed(None, "plan.journey", "could not save: permission denied")
    windows.show_warnings(None, "plan.mmd", ["a line the format cannot hold"])
    assert len(boxes) == 4
    assert _english_in([t for box in boxes for t in box]) == []


def test_messages_from_the_file_code_are_french_when_shown(french):
    note = "plan.journey is open in Journey Studio (process 6855) of root on this computer"
    assert localized(note) == "plan.journey est ouvert dans Journey Studio (processus 6855) de root sur cet ordinateur"
    assert _english_in([localized("the file is empty")]) == []


def test_units_and_plurals_are_french(qtbot, french):
    dialog = ExportDialog(new_journey("blank", "fr"))
    qtbot.addWidget(dialog)
    texts = _walk(dialog)
    assert not any("DPI" in t for t in texts) and dialog.dpi.suffix() == "\u00a0PPP"
    document = Document.from_journey(new_journey("hotel-stay", "fr"), None)
    document.delete_cards([card.id for card in document.map.cards[:3]])
    assert document.undo_stack.undoText() == "Supprimer 3 cartes"
    document.delete_cards([document.map.cards[0].id])
    assert document.undo_stack.undoText() == "Supprimer la carte"


def test_plural_forms_are_qts_in_both_languages(qapp):
    """The English catalogue holds only plural forms; French says « 0 carte », « 2 cartes »."""
    document = Document.from_journey(new_journey("hotel-stay", "en"), None)
    ids = [card.id for card in document.map.cards]
    english = i18n.install_translators(qapp, "en")
    try:
        document.move_cards(ids[:3], document.map.step_ids()[-1], document.map.lanes[0].id)
        assert document.undo_stack.undoText() == "Move 3 cards"
        document.move_cards(ids[3:4], document.map.step_ids()[-1], document.map.lanes[0].id)
        assert document.undo_stack.undoText() == "Move card"
    finally:
        i18n.remove_translators(qapp, english)
    french = i18n.install_translators(qapp, "fr")
    try:
        from PySide6.QtCore import QCoreApplication

        assert [QCoreApplication.translate("StartScreen", "%n template(s)", "", n) for n in (0, 1, 2)] == [
            "0 modèle", "1 modèle", "2 modèles"]
    finally:
        i18n.remove_translators(qapp, french)
