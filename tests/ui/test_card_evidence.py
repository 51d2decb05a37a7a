"""Evidence on a card, in the inspector: an image checked like the persona photo, links, a source,
a comment thread; every edit one undo step."""

import datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_persona_panel import bomb_header, png_bytes

from journey_studio.ui import plain_text
from journey_studio.document import Document
from journey_studio.templates import new_journey
from journey_studio.ui import card_evidence
from journey_studio.ui.card_evidence import CardEvidence


def make(qtbot):
    document = Document.from_journey(new_journey("classic"), None)
    m = document.map
    card_id = document.add_card(m.step_ids()[0], m.lanes[0].id, "Checkout page")
    document.undo_stack.clear()
    panel = CardEvidence(document)
    qtbot.addWidget(panel)
    panel.bind(card_id)
    return document, panel, card_id


def test_an_image_is_stored_shown_whole_and_undoable(qtbot, tmp_path):
    document, panel, card_id = make(qtbot)
    assets_before = dict(document.journey.assets)  # a template may carry a persona photo
    path = tmp_path / "shot.png"
    path.write_bytes(png_bytes(800, 500))
    assert panel.load_image(str(path))
    card = document.map.find_card(card_id)
    assert card.image in document.journey.assets and not panel.image.pixmap().isNull()
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.map.find_card(card_id).image is None and document.journey.assets == assets_before


def test_image_cards_refuse_what_the_persona_photo_refuses(qtbot, tmp_path, monkeypatch):
    document, panel, _ = make(qtbot)
    messages = []
    monkeypatch.setattr(plain_text, "warning", lambda parent, title, text: messages.append(text))
    for name, data in {"bomb.png": bomb_header(), "notes.png": b"text\n", "cut.png": png_bytes()[:200],
                       "drawing.png": b'<svg xmlns="http://www.w3.org/2000/svg"/>'}.items():
        (tmp_path / name).write_bytes(data)
        before = document.journey.model_dump()
        assert not panel.load_image(str(tmp_path / name))
        assert document.journey.model_dump() == before
    assert document.undo_stack.count() == 0 and len(messages) == 4
    assert all("cannot be used as the card's image" in m for m in messages)
    assert "pixels" in messages[0] and "SVG" in messages[3]


def test_links_source_and_comments_typed_in_are_one_undo_step_each(qtbot, monkeypatch):
    document, panel, card_id = make(qtbot)
    QTest.keyClicks(panel.new_link, "https://example.com/checkout")
    QTest.keyClick(panel.new_link, Qt.Key.Key_Return)
    opened = []
    monkeypatch.setattr(card_evidence.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    item = panel.links.item(0)
    QTest.mouseClick(panel.links.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     panel.links.visualItemRect(item).center())
    assert opened == ["https://example.com/checkout"]
    panel.source.setCurrentIndex(panel.source.findData("interview"))
    panel.source.activated.emit(panel.source.currentIndex())
    QTest.keyClicks(panel.comment, "Is this still true?")
    QTest.keyClick(panel.comment, Qt.Key.Key_Return)
    card = document.map.find_card(card_id)
    assert card.links == ["https://example.com/checkout"]
    assert card.source.kind == "interview" and card.source.date == datetime.date.today()
    assert [c.text for c in card.comments] == ["Is this still true?"] and not card.comments[0].resolved
    panel.thread.item(0).setCheckState(Qt.CheckState.Checked)
    assert document.map.find_card(card_id).comments[0].resolved
    assert document.undo_stack.count() == 4
    assert panel.comments_label.text() == "Comments (1)"


def test_the_link_fields_hint_is_not_cut_in_french_in_the_inspector(qtbot, open_windows, qapp):
    from journey_studio import i18n
    from journey_studio.canvas.selection import Selection

    translators = i18n.install_translators(qapp, "fr")
    try:
        window = open_windows.new_map("hotel-stay", "fr")
        window.resize(1440, 900)
        qtbot.waitExposed(window)
        window.view.select(Selection.cards([window.document.map.cards[0].id]))
        field = window.inspector.findChild(CardEvidence).new_link
        qtbot.waitUntil(field.isVisible)
        hint = field.placeholderText()
        assert hint == "URL ou fichier, puis Entrée" and "Entrée" in field.toolTip()
        room = field.contentsRect().width() - 2 * field.style().pixelMetric(
            field.style().PixelMetric.PM_DefaultFrameWidth) - 8
        assert field.fontMetrics().horizontalAdvance(hint) <= room
    finally:
        i18n.remove_translators(qapp, translators)


def test_remove_link_is_there_only_for_a_chosen_link(qtbot):
    document, panel, card_id = make(qtbot)
    panel.show()
    assert not panel.remove_link_button.isEnabled()  # no link at all
    for link in ("https://example.com/a", "https://example.com/b"):
        QTest.keyClicks(panel.new_link, link)
        QTest.keyClick(panel.new_link, Qt.Key.Key_Return)
    assert panel.links.count() == 2 and not panel.remove_link_button.isEnabled()  # none chosen
    QTest.mouseClick(panel.links.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     panel.links.visualItemRect(panel.links.item(1)).center())
    assert panel.remove_link_button.isEnabled()
    QTest.mouseClick(panel.remove_link_button, Qt.MouseButton.LeftButton)
    assert document.map.find_card(card_id).links == ["https://example.com/a"]  # the chosen one went
    assert not panel.remove_link_button.isEnabled()  # nothing chosen any more
    QTest.mouseClick(panel.links.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     panel.links.visualItemRect(panel.links.item(0)).center())
    assert panel.remove_link_button.isEnabled()
    document.read_only = True
    panel.refresh()
    panel.links.item(0).setSelected(True)
    assert not panel.remove_link_button.isEnabled()  # a read-only map: never
