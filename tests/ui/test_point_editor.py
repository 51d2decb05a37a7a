"""The point editor: score and word of one emotion point, each edit one undo step."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journey_studio.document import Document
from journey_studio.fileformat import load
from journey_studio.ui.point_editor import PointEditor
from journey_studio.vocabulary import EMOTION_WORDS

from support import EXAMPLES

SAAS = next(p for p in EXAMPLES if p.name == "saas-customer.journey")
LANE, STEP = "lane-emotions", "step-reviews"  # -0.5, "doubt"


def make(qtbot, language=None):
    document = Document.from_journey(load(SAAS), str(SAAS))
    if language:
        document.update_map(language=language)
        document.undo_stack.clear()
    editor = PointEditor(document)
    qtbot.addWidget(editor)
    editor.bind_point(LANE, STEP)
    editor.show()
    return document, editor


def point(document):
    return next(p for p in document.map.find_lane(LANE).points if p.step == STEP)


def test_it_shows_the_point_and_honours_the_scale(qtbot):
    document, editor = make(qtbot)
    assert editor.score.value() == -0.5
    assert (editor.score.minimum(), editor.score.maximum()) == (-2, 2)
    assert editor.word.currentText() == "doubt"
    assert "\u22122\u2026+2 scale" in editor.scale_note.text()
    document.set_emotion_scale(0, 10)
    assert (editor.score.minimum(), editor.score.maximum()) == (0, 10)
    assert editor.score.value() == 3.8  # -0.5 on -2..+2, rescaled: 3.75 shown with one decimal
    assert document.undo_stack.count() == 1  # showing the new value wrote nothing


def test_each_arrow_of_the_score_box_is_one_step_and_one_undo_step(qtbot):
    document, editor = make(qtbot)
    editor.score.setFocus()
    QTest.keyClick(editor.score, Qt.Key.Key_Up)
    assert point(document).score == 0  # to the next whole step, as Up on the canvas
    QTest.keyClick(editor.score, Qt.Key.Key_Up)
    assert point(document).score == 1
    assert point(document).label == "doubt"
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert point(document).score == -0.5
    assert editor.score.value() == -0.5  # the field follows the undo


def test_typing_a_score_is_one_undo_step_and_clamped_to_the_scale(qtbot):
    document, editor = make(qtbot)
    editor.score.lineEdit().selectAll()
    QTest.keyClicks(editor.score, "1.5")
    assert document.undo_stack.count() == 0  # nothing while typing
    QTest.keyClick(editor.score, Qt.Key.Key_Return)
    assert point(document).score == 1.5
    assert document.undo_stack.count() == 1
    editor.score.lineEdit().selectAll()
    QTest.keyClicks(editor.score, "9")
    QTest.keyClick(editor.score, Qt.Key.Key_Return)
    assert point(document).score <= 2


def test_the_word_is_offered_in_the_map_language_and_chosen_in_one_step(qtbot):
    document, editor = make(qtbot)
    words = [editor.word.itemText(i) for i in range(editor.word.count())]
    assert words == EMOTION_WORDS["en"]
    editor.word.textActivated.emit("relief")
    editor.word.setEditText("relief")
    editor.word.lineEdit().editingFinished.emit()
    assert point(document).label == "relief" and point(document).score == -0.5
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert editor.word.currentText() == "doubt"


def test_any_word_may_be_typed(qtbot):
    document, editor = make(qtbot)
    editor.word.lineEdit().selectAll()
    QTest.keyClicks(editor.word.lineEdit(), "  mildly amused ")
    QTest.keyClick(editor.word.lineEdit(), Qt.Key.Key_Return)
    assert point(document).label == "mildly amused"
    assert document.undo_stack.count() == 1


def test_french_maps_offer_french_words(qtbot):
    document, editor = make(qtbot, language="fr")
    assert editor.word.itemText(0) == "joie"
    assert editor.word.currentText() == "doubt"  # the point's own word is kept


def test_remove_button_removes_the_point_in_one_step_and_the_editor_goes_idle(qtbot):
    document, editor = make(qtbot)
    QTest.mouseClick(editor.remove, Qt.MouseButton.LeftButton)
    assert all(p.step != STEP for p in document.map.find_lane(LANE).points)
    assert document.undo_stack.count() == 1
    assert not editor.score.isEnabled() and not editor.remove.isEnabled()
    document.undo_stack.undo()
    assert editor.remove.isEnabled() and editor.score.value() == -0.5
