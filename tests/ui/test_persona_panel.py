"""The persona dock edits through the Document: undoable, and refused photos change nothing."""

import io
import struct
import zlib

from PIL import Image
from PySide6.QtCore import Qt

from journey_studio.ui import plain_text
from journey_studio.document import Document
from journey_studio.templates import new_journey
from journey_studio.ui.persona_panel import PersonaPanel


def make_panel(qtbot):
    document = Document.from_journey(new_journey("blank"), None)
    panel = PersonaPanel(document)
    qtbot.addWidget(panel)
    return document, panel


def png_bytes(width=1600, height=900, color=(200, 120, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, "PNG")
    return out.getvalue()


def bomb_header(width=20000, height=20000) -> bytes:
    """A PNG whose header declares a huge image (the pixels are never there)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk
            + struct.pack(">I", zlib.crc32(chunk)) + b"\x00\x00\x00\x00IEND\xaeB`\x82")


def test_typing_a_name_is_one_undo_step(qtbot):
    document, panel = make_panel(qtbot)
    panel.name.setText("Ana Costa")
    panel.name.editingFinished.emit()
    assert document.map.main_persona.name == "Ana Costa"
    document.undo_stack.undo()
    assert document.map.main_persona.name == ""
    assert panel.name.text() == ""  # the panel follows undo


def test_lists_are_one_item_per_line(qtbot):
    document, panel = make_panel(qtbot)
    panel.lists["goals"].setPlainText("Save time\n\n  Look professional  \n")
    panel.lists["goals"].committed.emit(panel.lists["goals"].toPlainText())
    assert document.map.main_persona.goals == ["Save time", "Look professional"]


def test_a_photo_is_shrunk_stored_and_undoable(qtbot, tmp_path):
    document, panel = make_panel(qtbot)
    path = tmp_path / "me.png"
    path.write_bytes(png_bytes())
    assert panel.load_photo(str(path))
    photo_id = document.map.main_persona.photo
    assert photo_id in document.journey.assets
    stored = Image.open(io.BytesIO(document.journey.assets[photo_id].raw_bytes()))
    assert max(stored.size) == 1024
    assert not panel.photo.pixmap().isNull()
    document.undo_stack.undo()
    assert document.map.main_persona.photo is None and document.journey.assets == {}


def test_refused_images_say_why_and_change_nothing(qtbot, tmp_path, monkeypatch):
    document, panel = make_panel(qtbot)
    messages = []
    monkeypatch.setattr(plain_text, "warning", lambda parent, title, text: messages.append(text))
    cases = {
        "bomb.png": bomb_header(),
        "drawing.png": b'<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>',
        "notes.png": b"just some text renamed to .png\n",
        "cut.png": png_bytes()[:200],
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        before = document.journey.model_dump()
        assert not panel.load_photo(str(tmp_path / name))
        assert document.journey.model_dump() == before
        assert document.undo_stack.count() == 0
    assert len(messages) == 4
    assert all("cannot be used as the persona photo" in m for m in messages)
    assert "pixels" in messages[0] and "SVG" in messages[1]


def test_the_dock_adds_switches_between_and_removes_personas_each_undoable(qtbot):
    document, panel = make_panel(qtbot)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert len(document.map.personas) == 2 and panel.chooser.count() == 2
    second = document.map.personas[1]
    assert panel.persona.id == second.id  # the new persona is shown, its name ready to type over
    panel.name.setText("Karim")
    panel.name.editingFinished.emit()
    assert (document.map.main_persona.name, second.name) == ("", "Karim")
    panel.chooser.activated.emit(0)
    assert panel.persona.id == document.map.main_persona.id and panel.name.text() == ""
    panel.chooser.activated.emit(1)
    assert panel.name.text() == "Karim"
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [p.id for p in document.map.personas] == [document.map.main_persona.id]
    assert not panel.remove_button.isEnabled()  # the last persona stays
    document.undo_stack.undo()
    assert [p.name for p in document.map.personas] == ["", "Karim"] and panel.chooser.count() == 2
